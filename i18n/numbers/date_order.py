"""Which way round an English text's numeric dates read, where "04/03/2025" reads either way: the
weekday named beside a date ("Thursday, 6/5/2025" is 5 June 2025, a Thursday), or the English the
text is written in. British, Irish, Australian and other Commonwealth English put the day first;
American English the month. A text that shows both kinds of English, or neither, tells nothing.
"""

from __future__ import annotations

import datetime
import re

# Words and spellings only one side writes (case kept: "US" is not "us").
_DAY_FIRST_RE = re.compile(
    r"£|\bU\.?K\.?\b|\b(?:Britain|British|England|Scotland|Scottish|Wales|Welsh|Ireland|Irish|London|Edinburgh"
    r"|Australia|Australian|New\s+Zealand|NHS|HMRC)\b"
    r"|(?i:\b(?:centres?|colours?|favourite|honour|labour|neighbour\w*|behaviour|licence|programmes?"
    r"|metres?|litres?|tyres?|kerb|cheques?|aluminium|organis(?:e|ed|es|ing|ation)|realis(?:e|ed)|catalogue"
    r"|petrol|motorway|postcode|car\s+park|fortnight(?:ly)?|council\s+tax|bank\s+holiday)\b)")
_MONTH_FIRST_RE = re.compile(
    r"\bU\.?S\.?A?\b|\bAmerica(?:n|ns)?\b|\b(?:ET|EST|EDT|CST|CDT|MST|MDT|PST|PDT)\b"
    r"|\b(?:Eastern|Central|Mountain|Pacific)\s+(?:Standard\s+|Daylight\s+)?Time\b|°F|\bIRS\b|\bMedicare\b"
    r"|(?i:\b(?:centers?|colors?|favorite|honor|labor|neighbor\w*|behavior|aluminum|gasoline|zip\s+code"
    r"|Memorial\s+Day|Independence\s+Day|Thanksgiving|Fourth\s+of\s+July)\b)")


def regional_order(text: str) -> bool | None:
    """True where `text` is American English (month first), False where it is British or another
    English that writes the day first, None where it shows both or neither."""
    day_first = _DAY_FIRST_RE.search(text) is not None
    month_first = _MONTH_FIRST_RE.search(text) is not None
    return None if day_first == month_first else month_first


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# A weekday right before or after the date: "Thursday, 6/5/2025", "on 04/11/2025 (Tuesday)".
_WEEKDAY_BEFORE_RE = re.compile(r"(?i)\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*(?:the\s+)?$")
_WEEKDAY_AFTER_RE = re.compile(r"(?i)\s*[,(]?\s*(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b")


def weekday_named_beside(text: str, start: int, end: int) -> int | None:
    """The day of the week (0 for Monday) that `text` names right before or after its characters
    `start`..`end`, or None."""
    found = _WEEKDAY_BEFORE_RE.search(text, max(0, start - 14), start) or _WEEKDAY_AFTER_RE.match(text, end)
    if found is None:
        return None
    return next(day for day, name in enumerate(_WEEKDAYS) if name.startswith(found.group(1).lower()))


def falls_on(year: int | None, month: int | None, day: int | None, weekday: int) -> bool:
    """Whether the date falls on `weekday` (0 for Monday); a date without its year may."""
    if year is None or month is None or day is None:
        return True
    try:
        return datetime.date(year, month, day).weekday() == weekday
    except ValueError:
        return False
