"""Fractions of a second said the way timekeepers say them: "9秒58" is 9.58 seconds, "0秒12" 0.12;
"12 centièmes", "12 Hundertstel", "12 centésimas", "12 сотых" are 0.12 (of a second, said or not).
Each is rewritten as the decimal it is, in the text's own decimal sign, before numbers are read.
"""

from __future__ import annotations

import re

# Japanese puts the hundredths after 秒 (not before 分 or 秒 again: "1分30秒" is no decimal; after
# minutes, "3分42秒65" is read whole as a clock's minutes and seconds).
_JAPANESE_RE = re.compile(r"(?<![\d.,分])(?<!分\d)(\d{1,2})秒(\d{2})(?![\d分秒])")
_HUNDREDTHS_WORDS = {"fr": r"centièmes?", "de": r"Hundertstel(?:sekunden?)?", "es": r"centésimas?",
                     "ru": r"сотых|сотые|сотую|сотой", "en": r"hundredths?"}
_HUNDREDTHS_RES = {language: re.compile(rf"(?<![\d.,])(\d{{1,2}})[\x20\u00a0\u202f]({words})(?![^\W\d_])", re.IGNORECASE)
                   for language, words in _HUNDREDTHS_WORDS.items()}
# (A cheap test first: the word's stem, or 秒 followed by a digit.)
_STEMS = {"fr": "centième", "de": "undertstel", "es": "centésima", "ru": "соты", "en": "undredth"}


def as_decimals(text: str, language: str, decimal: str) -> str:
    """`text` with the hundredths of a second written as decimals ("9秒58" -> "9.58秒",
    "12 centièmes" -> "0,12 centièmes")."""
    if language == "ja":
        if "秒" not in text:
            return text
        return _JAPANESE_RE.sub(lambda match: f"{match.group(1)}{decimal}{match.group(2)}秒", text)
    stem = _STEMS.get(language)
    if stem is None or stem not in text:
        return text
    return _HUNDREDTHS_RES[language].sub(
        lambda match: f"0{decimal}{int(match.group(1)):02d} {match.group(2)}", text)
