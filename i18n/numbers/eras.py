"""The era of a year or century: "49 BC" / "49 d. C.", "the 2nd century AD" / "2. Jahrhundert v. Chr.",
"紀元前2世紀". A translation that names the era the source does not, where the source names the
other, has turned dates before Christ into dates after (or the reverse); an era the source leaves
unsaid may be added ("in 79" / "en 79 apr. J.-C.") or dropped ("2nd century AD" / "2世紀").
"""

from __future__ import annotations

import re
from functools import lru_cache

from i18n.numbers.symbols import ascii_digits

BEFORE, AFTER = "before the common era", "of the common era"

# Per language, the words for each era (whole words; abbreviations with or without their spaces).
_ERAS = {
    "en": (r"BCE?|B\.\s?C\.(?:\s?E\.)?|before Christ|before\s(?:the\s)?(?:common|Christian|our)\sera",
           r"AD|CE|A\.\s?D\.|C\.\s?E\.|anno Domini|(?<!before\s)(?<!before\sthe\s)(?:common|Christian)\sera"),
    "fr": (r"av(?:ant|\.)\s?J\.?-?C\.?|avant\s(?:notre\sère|l['’]ère\scommune)|av\.\s?n\.\s?è\.",
           r"apr(?:ès|\.)\s?J\.?-?C\.?|de\snotre\sère|de\sl['’]ère\scommune|apr\.\s?n\.\s?è\."),
    "de": (r"v\.\s?Chr\.?|vor\sChristus|v\.\s?u\.\s?Z\.|vor\sunserer\sZeitrechnung",
           r"n\.\s?Chr\.?|nach\sChristus|(?<!v\.\s)(?<!v\.)u\.\s?Z\.|(?<!vor\s)unserer\sZeitrechnung"),
    "es": (r"a\.\s?(?:de\s)?C\.|antes\sde\sCristo|a\.\s?n\.\s?e\.|antes\sde\s(?:nuestra|la)\s(?:era|era\scomún)",
           r"d\.\s?(?:de\s)?C\.|después\sde\sCristo|d\.\s?n\.\s?e\.|(?<!antes\s)de\snuestra\sera"),
    "ru": (r"(?:до|д\.)\s?н\.\s?э\.?|до\sнашей\sэры|до\sР\.\s?Х\.",
           r"(?<!до\s)(?<!до)(?<!д\.\s)(?<!д\.)н\.\s?э\.?|(?<!до\s)нашей\sэры|от\sР\.\s?Х\."),
    # (紀元 before a year, without 前, is the common era: "紀元79年".)
    "ja": (r"紀元前|西暦紀元前", r"紀元後|(?<!紀元)西暦(?!紀元前)|紀元(?=[0-9０-９〇一二三四五六七八九十])"),
}


@lru_cache(maxsize=None)
def _era_res(language: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    eras = _ERAS.get(language)
    if eras is None:
        return None
    edge = "" if language == "ja" else r"(?<![^\W\d_])"
    end = "" if language == "ja" else r"(?![^\W\d_])"
    return tuple(re.compile(f"{edge}(?:{words}){end}") for words in eras)


# A cheap test first: a piece of every era's words, as a substring.
_HINTS = {"en": ("BC", "AD", "CE", "B.", "A.", "Christ", "Domini", "era"), "fr": ("J.", "J-C", "ère"),
          "de": ("Chr", "Z.", "Zeitrechnung"), "es": ("C.", "Cristo", "era"), "ru": ("н.", "н э", "эры", "Р."),
          "ja": ("紀元", "西暦")}


def _eras(text: str, language: str) -> dict[str, list[str]]:
    """The eras `text` names, each with its words as written."""
    patterns = _era_res(language)
    if patterns is None or not any(map(text.__contains__, _HINTS[language])):
        return {}
    found = {}
    for era, pattern in zip((BEFORE, AFTER), patterns):
        words = pattern.findall(text)
        if words:
            found[era] = words
    return found


# A source that names no era but has a year or a century: its dates are of the common era.
_DATED_RE = re.compile(r"\d|centur")


def flipped_era(source: str, target: str, source_language: str,
                target_language: str) -> tuple[str, str, str, str] | None:
    """(source word, target word, source era, target era) when the translation places a date in the
    era the source does not: the source names one era and the translation the other ("49 BC ... 44
    BC" / "49 d. C. ... 44 a. C."); the source names none and the translation the era before ("25
    December 800" / "800 года до н. э.", source word ""); or the source names both and the
    translation only the era before, more often ("3rd century BC to the 1st century AD" / "du IIIe
    siècle av. J.-C. au Ier siècle av. J.-C.")."""
    source_eras = _eras(source, source_language)
    if not source_eras and _DATED_RE.search(source) is None:
        return None
    target_eras = _eras(target, target_language)
    if not source_eras:
        return ("", target_eras[BEFORE][0], AFTER, BEFORE) if BEFORE in target_eras else None
    if len(source_eras) == 2:
        if AFTER not in target_eras and len(target_eras.get(BEFORE, ())) > len(source_eras[BEFORE]):
            return source_eras[AFTER][0], target_eras[BEFORE][-1], AFTER, BEFORE
        return None
    (source_era, source_words), = source_eras.items()
    other = AFTER if source_era == BEFORE else BEFORE
    if other not in target_eras:
        return None
    return source_words[0], target_eras[other][0], source_era, other


def warm(language: str) -> None:
    """Build what naming eras builds on first use (see compare.warm)."""
    _era_res(language)


# Japan's era names (gengō) and the common year before each era's first: 令和8年 is 2018 + 8 = 2026.
_JAPANESE_ERA_YEAR_ZERO = {"令和": 2018, "平成": 1988, "昭和": 1925, "大正": 1911, "明治": 1867}
_JAPANESE_ERA_YEAR_RE = re.compile(r"(令和|平成|昭和|大正|明治)[\s\u3000]?(元|[0-9０-９]{1,2})年")
# The same year said both ways, one in brackets: "2025年（令和7年）", "令和7年（2025年）".
# (Full-width digits outside: "２０２２年（令和４年）".)
_BRACKETED_TWIN_RE = re.compile(r"(?P<year>[0-9０-９]{4})年[(（](?P<again>[0-9]{4})年[)）]|[(（](?P<first>[0-9]{4})年[)）]"
                                r"(?=[0-9０-９]{4}年)")


def japanese_era_years_as_common(text: str) -> str:
    """`text` with its years of a Japanese era written as common years ("令和8年" -> "2026年"), and a year
    then said twice, once in brackets, said once ("2025年（令和7年）4月1日" -> "2025年4月1日")."""
    if "和" not in text and "平成" not in text and "大正" not in text and "明治" not in text:
        return text

    def common(match: re.Match[str]) -> str:
        number = match.group(2)
        year = 1 if number == "元" else int(ascii_digits(number))
        return f"{_JAPANESE_ERA_YEAR_ZERO[match.group(1)] + year}年"

    written = _JAPANESE_ERA_YEAR_RE.sub(common, text)
    if written == text:
        return text
    def once(twin: re.Match[str]) -> str:
        if twin.group("year") is None:
            return ""
        return f"{twin.group('year')}年" if ascii_digits(twin.group("year")) == twin.group("again") else twin.group()

    return _BRACKETED_TWIN_RE.sub(once, written)
