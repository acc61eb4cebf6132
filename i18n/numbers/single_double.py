"""A thing's count said by "single", "double" or "triple" before it, said with another count:
"a single dash" / "un double tiret", "only single instance" / "nur zwei Instanzen", "double
quotes" / "comillas simples".

These adjectives are no quantity the comparison reads (translations drop them freely: "double
quotes" / "guillemets", "single sign-on" / "authentification unique"), so only a replacement
counts: the translation says another of these counts, or a small cardinal, where the source says
neither.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from i18n.numbers.model import Number

# Before a noun; not the clicks and taps clicks.py reads, nor "double-check", "single-handedly".
_SOURCE_RE = re.compile(r"(?i)(?<![\w-])(?P<word>single|double|triple)(?=[- ](?!(?:click|tap|check|handed)\w*)[^\W\d_])")
_SOURCE_VALUES = {"single": 1, "double": 2, "triple": 3}
# Per language, the words that say each count (the cardinals too: "deux instances").
_TARGET_WORDS = {
    "fr": {1: r"simples?|seule?s?|uniques?", 2: r"doubles?|deux", 3: r"triples?|trois"},
    "de": {1: r"einfach\w*|einzel\w*|einzig\w*", 2: r"doppel\w*|zweifach\w*|zwei", 3: r"dreifach\w*|drei"},
    "es": {1: r"simples?|sencill[oa]s?|únic[oa]s?|sol[oa]s?", 2: r"dobles?|dos", 3: r"triples?|tres"},
    "ru": {1: r"одинарн\w*|одиночн\w*|единствен\w*|один|одн(?:а|о|ого|ой|у|им|ом)",
           2: r"двойн\w*|два|две|двух|двум", 3: r"тройн\w*|три|тр[её]х"},
    "ja": {1: r"シングル|単一|一重|[1１一]つ", 2: r"ダブル|二重|[2２二]つ", 3: r"トリプル|三重|[3３三]つ"},
}
# A count the source says otherwise, which may be the translation's: "two", "2", "both".
_SOURCE_COUNTS_RE = re.compile(r"(?i)(?<![\w-])(?:one|two|three|both|twice|once|thrice)(?![\w-])|(?<![\d.,])[1-3](?![\d]|[.,]\d)")
_COUNT_WORD_VALUES = {"one": 1, "once": 1, "two": 2, "both": 2, "twice": 2, "three": 3, "thrice": 3}


@lru_cache(maxsize=None)
def _target_re(language: str) -> re.Pattern[str]:
    table = _TARGET_WORDS[language]
    if language == "ja":
        return re.compile("|".join(f"(?P<n{value}>{words})" for value, words in table.items()))
    return re.compile("|".join(f"(?P<n{value}>(?<![^\\W\\d_])(?:{words})(?![^\\W\\d_]))"
                               for value, words in table.items()), re.IGNORECASE)


def may_say_single_or_double(text: str) -> bool:
    """The cheap test of an English source."""
    lowered = text.lower()
    return ("single" in lowered or "double" in lowered or "triple" in lowered) and _SOURCE_RE.search(text) is not None


def said_with_another_count(source: str, target: str, target_language: str) -> tuple[Number, Number] | None:
    """(the source's "single", "double" or "triple", the translation's other count), or None."""
    if target_language not in _TARGET_WORDS:
        return None
    said = [(match, _SOURCE_VALUES[match.group("word").lower()]) for match in _SOURCE_RE.finditer(source)]
    found = [(match, int(match.lastgroup[1:])) for match in _target_re(target_language).finditer(target)]
    source_values = {value for _, value in said} | {
        _COUNT_WORD_VALUES.get(count.group().lower(), 0) or int(count.group()) for count in _SOURCE_COUNTS_RE.finditer(source)}
    target_values = {value for _, value in found}
    lost = [(match, value) for match, value in said if value not in target_values]
    other = [(match, value) for match, value in found if value not in source_values]
    if not lost or not other:
        return None
    (source_match, source_value), (target_match, target_value) = lost[0], other[0]
    return (Number(Decimal(source_value), source_match.group("word"), source_match.start(), source_match.end(), "word"),
            Number(Decimal(target_value), target_match.group(), target_match.start(), target_match.end(), "word"))
