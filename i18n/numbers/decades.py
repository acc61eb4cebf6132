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
# (Russian "1950-й", "1950-го" are the year; "1950-е", "1950-х" the decade; "к 2060-м годам" the decade,
# "в 2060-м году" the year.)
_MARK_AFTER_RE = re.compile(r"(?:s|['’]s|er|-?(?:е|х|ые|ых|ми|ыми)(?!\w)|-(?:м|ым)(?=[\s\u00a0]+годам)|年代)")
_MARKS_BEFORE = {
    "fr": r"années",
    "es": r"(?:años|décadas?\s+de(?:\s+los)?|decenios?\s+de|los)",
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


# A mark said once after a range of decades: "1920～30年代", "1920–30s", "1920-30-х".
_RANGE_OF_DECADES_RE = re.compile(r"\s?[～〜~\-–]\s?(?:\d\d)?\d0(?=" + _MARK_AFTER_RE.pattern + ")")


def _marked(text: str, year: re.Match[str], language: str) -> bool:
    if _MARK_AFTER_RE.match(text, year.end()) is not None or _RANGE_OF_DECADES_RE.match(text, year.end()):
        return True
    if _LIST_WITH_A_YEAR_RE.match(text, year.end()) is not None:
        return False
    before = _MARKS_BEFORE.get(language)
    # (One mark may serve a list: "les années 2000 et 2010". After a number it counts years:
    # "66,8 años en 2000". "The decade to 2020" ends in the year.)
    return before is not None and re.search(
        r"(?i)(?<!\d[\s\u00a0])\b" + before + r"[\s\u00a0]+(?:de\s+|del\s+|(?!(?i:to|до)\s)\w\w?\s+)?(?:\d{4}\s*(?:,|et|ou|y|o|e|und|oder|и|или|à|a|-|–)\s*)*$",
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


# An age by its decade: "runners in their 50s", "people in their twenties". A translation may say it
# as a range of ages ("50–59 лет", "de entre 50 y 59 años", "от 20 до 30 лет"), by the decade ("20代")
# or by a word of its own ("quinquagénaires", "in den Fünfzigern").
_AGE_DECADE_RE = re.compile(
    r"(?i)\b(?:their|his|her|your|my|our|its)\s+(?:early\s+|mid-?\s*|late\s+)?"
    r"(?:(?P<digits>[1-9]0)['’]?s|(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b")
_DECADE_WORDS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
                 "eighties": 80, "nineties": 90}
_AGE_DECADE_WORDS = {
    "fr": {30: "trentenaires?", 40: "quadragénaires?", 50: "quinquagénaires?", 60: "sexagénaires?",
           70: "septuagénaires?", 80: "octogénaires?", 90: "nonagénaires?"},
    "es": {30: "treintañer[oa]s?", 40: "cuarent(?:on(?:es)?|ona?s?|añer[oa]s?)", 50: "cincuent(?:on(?:es)?|ona?s?|añer[oa]s?)",
           60: "sesent(?:on(?:es)?|ona?s?|añer[oa]s?)", 70: "setent(?:on(?:es)?|ona?s?|añer[oa]s?)",
           80: "octogenari[oa]s?", 90: "nonagenari[oa]s?"},
    "de": {20: "Zwanzigern?", 30: "Dreißigern?", 40: "Vierzigern?", 50: "Fünfzigern?", 60: "Sechzigern?",
           70: "Siebzigern?", 80: "Achtzigern?", 90: "Neunzigern?"},
}


def ages_of_a_decade(source: str) -> tuple[int, ...]:
    """The first ages of the decades of age an English source names: "in their 50s" -> 50."""
    if "their" not in source and " his " not in source and " her " not in source and "your" not in source \
            and " my " not in source and " our " not in source:
        return ()
    return tuple(int(match.group("digits")) if match.group("digits") else _DECADE_WORDS[match.group("word").lower()]
                 for match in _AGE_DECADE_RE.finditer(source))


def said_as_an_age_range(value: Decimal, decades: tuple[int, ...], target: str) -> bool:
    """Whether `value` may be a bound of the ages of one of `decades` ("50" or "59" of "50–59"; the
    last only where `target` also says the first)."""
    return any(value == decade or value in (decade + 9, decade + 10)
               and re.search(rf"(?<![\d.,]){decade}(?![\d.,]?\d)", target) is not None for decade in decades)


def names_a_decade_of_age(target: str, decade: int, language: str) -> bool:
    """Whether `target` names the decade of age in a word of its own ("quinquagénaires")."""
    word = _AGE_DECADE_WORDS.get(language, {}).get(decade)
    return word is not None and re.search(r"(?i)(?<!\w)" + word + r"(?!\w)", target) is not None


# German says a decade of the calendar by its tens in one word: "in den Siebzigerjahren", "die
# Neunziger", "der Achtzigerjahre".
_GERMAN_TENS = {20: "zwanziger", 30: "dreißiger", 40: "vierziger", 50: "fünfziger", 60: "sechziger", 70: "siebziger",
                80: "achtziger", 90: "neunziger"}

_GERMAN_DECADE_RES = {tens: re.compile(r"(?i)(?<!\w)" + word + r"(?:n|-?jahren?)?(?!\w)")
                      for tens, word in _GERMAN_TENS.items()}


def said_as_a_decade_word(year: int, target: str, language: str) -> bool:
    """Whether `target` names the decade starting in `year` by a word of its own ("Siebzigerjahre")."""
    if language != "de" or year % 100 not in _GERMAN_TENS:
        return False
    return _GERMAN_DECADE_RES[year % 100].search(target) is not None


# A century said by its hundreds: "the 1500s" is the 16th century ("le XVIe siècle", "das 16.
# Jahrhundert", "el siglo XVI", "XVI век", "16世紀").
_HUNDREDS_RE = re.compile(r"(?<![\d.,])(1\d|20)00(?:s|['’]s)\b")
_CENTURY_WORD = r"(?:siècles?|century|centuries|Jahrhunderts?|век(?:а|е|у|ом|ов|ах)?|世紀)"


def _roman(value: int) -> str:
    letters = ""
    for number, symbol in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while value >= number:
            letters += symbol
            value -= number
    return letters


def _century_re(century: int) -> re.Pattern[str]:
    roman = _roman(century)
    return re.compile(
        rf"(?<![\w-]){roman}(?=(?:e|ᵉ|ème|th)?[\s\u00a0\u202f]+{_CENTURY_WORD})"
        rf"|(?<![\d.,-]){century}(?=(?:\.|th|e|ᵉ|ème|-?(?:й|го|м))?[\s\u00a0\u202f]*{_CENTURY_WORD})"
        rf"|(?<=siglo[\s\u00a0]){roman}(?!\w)|(?<=siglos[\s\u00a0]){roman}(?!\w)")


def hundreds_said_as_centuries(source: str, target: str) -> tuple[str, str]:
    """Both texts with a century the source says by its hundreds ("the 1500s") and the translation
    by its rank ("le XVIe siècle") lettered out (same length): one date, said two ways."""
    if "00s" not in source and "00’s" not in source and "00's" not in source:
        return source, target
    for hundreds in _HUNDREDS_RE.finditer(source):
        said = _century_re(int(hundreds.group(1)) + 1).search(target)
        if said is not None:
            source = source[:hundreds.start()] + "x" * (hundreds.end() - hundreds.start()) + source[hundreds.end():]
            target = target[:said.start()] + "x" * (said.end() - said.start()) + target[said.end():]
    return source, target
