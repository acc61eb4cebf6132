"""Decades: "the 1950s" is ten years, not the year 1950. A decade is said by its first year and a
mark, before it ("les années 1950", "la década de 1950", "los años 1950") or after it ("1950s",
"1950er", "1950-х", "1950年代"); the same four digits without any mark are a year. A translation
that turns one into the other ("In the 1950s" / "En 1950", "in 1950" / "in den 1950er-Jahren")
changes the date while keeping every digit.
"""

from __future__ import annotations

import re
from decimal import Decimal

from i18n.numbers.model import Number

# A decade said by its last two digits: "the 1990s" / "les années 90", "die 90er", "90-х", "noventa".
DECADE_RE = re.compile(r"\d{3}0(?:s|['’]s)\b")
SHORT_DECADE_RE = re.compile(r"(?<![\d.,])(\d0)(?:er|-?х|-?е|s|['’]s)?(?![\d.,]?\d)")

_YEAR_OF_A_DECADE_RE = re.compile(r"(?<![\d.,/-])(1[5-9]\d0|20[0-9]0)(?![\d.,]?\d)")
# (Russian "1950-й", "1950-го" are the year; "1950-е", "1950-х" the decade.)
_MARK_AFTER_RE = re.compile(r"(?:s|['’]s|er|-?(?:е|х|ые|ых|ми)(?!\w)|年代)")
_MARKS_BEFORE = {
    "fr": r"années",
    "es": r"(?:años|décadas?\s+de(?:\s+los)?|decenios?\s+de)",
    "it": r"(?:anni|decennio)",
    "pt": r"(?:anos|década\s+de)",
    "de": r"(?:Jahrzehnt|Dekade)",
    "ru": r"(?:десятилетие|десятилетия)",
    "en": r"decade",
}
_MARKED_LANGUAGES = frozenset(_MARKS_BEFORE) | {"ja"}


def may_name_a_decade(text: str) -> bool:
    """The cheap test: four digits that may be a decade's first year."""
    return _YEAR_OF_A_DECADE_RE.search(text) is not None


# A list that goes on with a year no decade starts: "les années 2020 et 2021" are two years.
_LIST_WITH_A_YEAR_RE = re.compile(r"\s*(?:,|et|ou|y|o|e|und|oder|и|или|-|–)\s*\d{3}[1-9](?!\d)")


def _marked(text: str, year: re.Match[str], language: str) -> bool:
    if _MARK_AFTER_RE.match(text, year.end()) is not None:
        return True
    if _LIST_WITH_A_YEAR_RE.match(text, year.end()) is not None:
        return False
    before = _MARKS_BEFORE.get(language)
    # (One mark may serve a list: "les années 2000 et 2010". After a number it counts years:
    # "66,8 años en 2000".)
    return before is not None and re.search(
        r"(?i)(?<!\d[\s\u00a0])\b" + before + r"[\s\u00a0]+(?:de\s+|del\s+|\w\w?\s+)?(?:\d{4}\s*(?:,|et|ou|y|o|e|und|oder|и|или|à|a|-|–)\s*)*$",
        text[max(0, year.start() - 48):year.start()]) is not None


def _years(text: str, language: str) -> dict[str, list[bool]]:
    """Each first year of a decade in `text`, with whether each mention is marked as the decade."""
    found: dict[str, list[bool]] = {}
    for year in _YEAR_OF_A_DECADE_RE.finditer(text):
        found.setdefault(year.group(), []).append(_marked(text, year, language))
    return found


def decades_said_as_years(source: str, target: str, source_language: str,
                          target_language: str) -> tuple[tuple[Number, Number], ...]:
    """The decades of the source that the translation says as the year, and the years it says as
    the decade: (source, target) pairs of the same four digits."""
    if target_language not in _MARKED_LANGUAGES or source_language not in _MARKED_LANGUAGES:
        return ()
    source_years = _years(source, source_language)
    if not source_years:
        return ()
    target_years = _years(target, target_language)
    changed = []
    for year, source_marks in source_years.items():
        target_marks = target_years.get(year)
        if not target_marks or len(set(source_marks)) > 1 or len(set(target_marks)) > 1:
            continue
        if source_marks[0] != target_marks[0]:
            source_at = source.index(year)
            target_at = target.index(year)
            changed.append((_reading(source, source_at, source_marks[0]), _reading(target, target_at, target_marks[0])))
    return tuple(changed)


def _reading(text: str, start: int, decade: bool) -> Number:
    mark = _MARK_AFTER_RE.match(text, start + 4) if decade else None
    end = mark.end() if mark is not None else start + 4
    return Number(Decimal(text[start:start + 4]), text[start:end], start, end, "decade" if decade else "year")
