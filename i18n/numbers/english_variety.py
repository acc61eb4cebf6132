"""British or American English: the words and spellings only one of them writes. British, Irish,
Australian and other Commonwealth English put a numeric date's day first and count floors above the
ground floor; American English puts the month first and counts floors from the ground. A text that
shows both, or neither, tells nothing.
"""

from __future__ import annotations

import re

# Words and spellings only one side writes (case kept: "US" is not "us").
_BRITISH_RE = re.compile(
    r"£|\bU\.?K\.?\b|\b(?:Britain|British|England|Scotland|Scottish|Wales|Welsh|Ireland|Irish|London|Edinburgh"
    r"|Australia|Australian|New\s+Zealand|NHS|HMRC)\b"
    r"|(?i:\b(?:centres?|colours?|favourite|honour|labour|neighbour\w*|behaviour|licence|programmes?"
    r"|metres?|litres?|tyres?|kerb|cheques?|aluminium|organis(?:e|ed|es|ing|ation)|realis(?:e|ed)|catalogue"
    r"|petrol|motorway|postcode|car\s+park|fortnight(?:ly)?|council\s+tax|bank\s+holiday|the\s+lifts?)\b)")
_AMERICAN_RE = re.compile(
    r"\bU\.?S\.?A?\b|\bAmerica(?:n|ns)?\b|\b(?:ET|EST|EDT|CST|CDT|MST|MDT|PST|PDT)\b"
    r"|\b(?:Eastern|Central|Mountain|Pacific)\s+(?:Standard\s+|Daylight\s+)?Time\b|°F|\bIRS\b|\bMedicare\b"
    r"|(?i:\b(?:centers?|colors?|favorite|honor|labor|neighbor\w*|behavior|aluminum|gasoline|zip\s+code"
    r"|Memorial\s+Day|Independence\s+Day|Thanksgiving|Fourth\s+of\s+July)\b)")


def is_british(text: str, unmarked: bool | None = None) -> bool | None:
    """True where `text` is British English or another that writes the day first, False where it is
    American English, None where it shows both; `unmarked` where it shows neither."""
    british = _BRITISH_RE.search(text) is not None
    american = _AMERICAN_RE.search(text) is not None
    if british == american:
        return None if british else unmarked
    return british
