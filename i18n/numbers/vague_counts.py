"""An exact count said as a vague amount: "two patterns" / "plusieurs motifs", "one of the modules" /
"todos los módulos", "only one token left" / "keinen Token", "both options" / "いずれか".

The comparison lets a small count in words go unsaid: "the two files" is "les fichiers" as often as
"les deux fichiers", and "one" is an article or a pronoun more often than a count. A translation
that puts a word of no exact amount in its place (several, all, none, both, either) has changed
it. Here a count of the source is one to twelve, "single" or "both", not bounded, not a pronoun
("no one", "the one"), in a source that says no vague amount of its own; the translation says no
word of the count's value, and has a vague word of a class that cannot stand for it: "both" is no
"one", "either" is no "both", and "all" stands for "the two" but not for "two".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from decimal import Decimal
from functools import lru_cache

from i18n.numbers.bounds import comparator, says_no_negation
from i18n.numbers.model import Number
from i18n.numbers.ones import ONE_AS_A_PRONOUN_BEFORE_RE

MANY, ALL, NONE, BOTH, EITHER = "many", "all", "none", "both", "either"

_COUNTS = {"one": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "both": 2}
_COUNT_RE = re.compile(r"(?i)(?<![\w'’-])(" + "|".join(_COUNTS) + r")(?![\w'’-])")
# After the count: a compound ("two-factor", read elsewhere), a choice or a range ("one or more", "two to
# three"), a pronoun's "one another" / "one by one", a scale or a multiple ("two hundred", "two thirds").
_NOT_A_COUNT_AFTER_RE = re.compile(
    r"(?i)(?:-|['’]s\b|\s+(?:or|to|and|another|by|at\s+a\s+time|more|hundred|thousand|million|billion|dozen|times"
    r"|fold|thirds?|quarters?|halves|fifths|percent|per\s*cent|way|day|point)\b)")
# The source's own vague amounts, and the classes of vague words each may be said with.
_SOURCE_VAGUE_RE = re.compile(
    r"(?i)(?<![\w-])(?:(?P<many>several|multiple|some|few|many|various|numerous|plenty|lots|couple|plural|most)"
    r"|(?P<all>all|every|each|whole|entire)|(?P<none>none|zero)|(?P<either>any|either|neither))(?![\w-])")
# "single" naming a kind, not a count: "single quotes", "single precision", "a single-user mode".
_SINGLE_KIND_AFTER_RE = re.compile(r"(?i)\s+(?:quot\w*|precision|click\w*|taps?|sign|spac\w*|users?|bytes?|mode|page"
                                   r"\s+view|line\s+spacing|column\s+layout)\b")
_THE_BEFORE_RE = re.compile(r"(?i)(?<![\w-])(?:the|these|those|its|their|your|our|my|all)\s+$")

# Per language, each class of vague words (words of the language, at word edges but in Japanese).
_VAGUE = {
    "fr": {MANY: r"plusieurs|quelques|multiples|divers(?:es)?|nombreu(?:x|ses)|certain(?:e)?s",
           ALL: r"tou(?:s|tes)\s+les|l['’]ensemble\s+des",
           NONE: r"aucun(?:e)?",
           BOTH: r"les\s+deux|tou(?:s|tes)\s+(?:les\s+)?deux",
           EITHER: r"l['’]une?\s+ou\s+l['’]autre|l['’]une?\s+d(?:es|['’]eux|['’]elles)"},
    "de": {MANY: r"mehrere[nmrs]?|einige[nmrs]?|etliche[nmrs]?|viele[nmrs]?|zahlreiche[nmrs]?|verschiedene[nmrs]?",
           ALL: r"alle[nmrs]?|sämtliche[nmrs]?",
           NONE: r"kein(?:e[nmrs]?)?",
           BOTH: r"beide[nmrs]?",
           EITHER: r"eine[nmrs]?\s+(?:der|von)|entweder"},
    "es": {MANY: r"varios|varias|algun[oa]s|múltiples|much[oa]s|poc[oa]s|diversos|diversas|numeros[oa]s",
           ALL: r"tod[oa]s",
           NONE: r"ningun[oa]|ningún",
           BOTH: r"amb[oa]s|l[oa]s\s+dos",
           EITHER: r"un[oa]?\s+de"},
    "ru": {MANY: r"нескольк\w*|многи\w*|множеств\w*|немного|немноги\w*|мало",
           ALL: r"все|всех|всем|всеми",
           NONE: r"никак\w*|ни\s+одн\w*",
           BOTH: r"оба|обе|обоих|обеих|обоим|обеим|обоими|обеими",
           EITHER: r"одн\w*\s+из|либо"},
    "ja": {MANY: r"いくつか|いくつも|複数|多数|多く|数[個件つ人名台本枚回]|何[個件つ人名台本枚回]か",
           ALL: r"すべて|全て|全部|あらゆる",
           NONE: r"ひとつも|一つも",
           BOTH: r"両方|双方|両者",
           EITHER: r"いずれか|どちらか|どれか|片方"},
}
# The words for one that a translation may count with, articles included: a vague word beside one
# of them is the translation's own.
_ONE_WORDS = {"fr": r"une?|seule?", "de": r"ein(?:e[mnrs]?)?|einzige[nmrs]?", "es": r"un[oa]?|sol[oa]|únic[oa]",
              "ru": r"один|одна|одно|одного|одну|одной|одним|одном|единствен\w*", "ja": r"一|1|１|ひと|片方"}


@lru_cache(maxsize=None)
def _vague_re(language: str) -> re.Pattern[str] | None:
    table = _VAGUE.get(language)
    if table is None:
        return None
    words = "|".join(f"(?P<{name}>{pattern})" for name, pattern in table.items())
    return re.compile(words if language == "ja" else rf"(?i)(?<![\w'’-])(?:{words})(?![\w-])")


@lru_cache(maxsize=None)
def _one_re(language: str) -> re.Pattern[str]:
    words = _ONE_WORDS[language]
    return re.compile(words if language == "ja" else rf"(?i)(?<![\w-])(?:{words})(?![\w-])")


def may_count(source: str) -> bool:
    """The cheap test of an English source: a count of one to twelve in words, or "single", "both"."""
    return _COUNT_RE.search(source) is not None


def may_say_vaguely(target: str, language: str) -> bool:
    """The cheap test of a translation: a word of no exact amount."""
    pattern = _vague_re(language)
    return pattern is not None and pattern.search(target) is not None


def _classes_against(count: str, number: Number, the_before: bool) -> frozenset[str]:
    """The vague classes that cannot stand for the source's count."""
    if number.value == 1:
        return frozenset({MANY, ALL, NONE, BOTH})
    if count == "both":
        return frozenset({MANY, NONE, EITHER})
    return frozenset({MANY, NONE, EITHER} if the_before else {MANY, ALL, NONE, EITHER})


def count_said_vaguely(source: str, target: str, target_language: str,
                       stated_values: Callable[[], Collection[Decimal]]) -> tuple[Number, Number] | None:
    """(the source's count, the translation's vague word) when the translation says a count of the source
    as no exact amount; `stated_values` gives the values the translation states in any form."""
    vague_re = _vague_re(target_language)
    if vague_re is None or not says_no_negation(source, "en"):
        return None
    counts = _counts(source)
    vague = list(vague_re.finditer(target)) if counts else []
    if not vague:
        return None
    # A vague word that may stand for another of the source's counts is that count's: "Both Shift keys
    # ..., one Shift key" / "両方の ... 片方の".
    explained = {found.lastgroup for found in _SOURCE_VAGUE_RE.finditer(source)}
    vague = [found for found in vague if found.lastgroup not in explained
             and all(found.lastgroup in _classes_against(*count) for count in counts)]
    # (The vague words blanked first: "aucun", "keinen" are negations, and "いずれか" holds a "ず".)
    if vague and not says_no_negation(vague_re.sub(" ", target), target_language):
        vague = [found for found in vague if found.lastgroup == NONE]
    if not vague:
        return None
    if _one_re(target_language).search(target) is not None:
        counts = [count for count in counts if count[1].value != 1]
    said = set(stated_values()) if counts else set()
    for word, number, the_before in counts:
        if number.value in said:
            continue
        against = _classes_against(word, number, the_before)
        for found in vague:
            if found.lastgroup in against:
                return number, Number(Decimal(0), found.group(), found.start(), found.end(), "vague")
    return None


def _counts(source: str) -> list[tuple[str, Number, bool]]:
    """(word, number, after "the") for each unbounded count of the source that is no pronoun."""
    counts = []
    for found in _COUNT_RE.finditer(source):
        word = found.group(1).lower()
        before = source[max(0, found.start() - 24):found.start()]
        if (_NOT_A_COUNT_AFTER_RE.match(source, found.end()) is not None
                or (word == "one" and ONE_AS_A_PRONOUN_BEFORE_RE.search(before) is not None)
                or (word == "single" and _SINGLE_KIND_AFTER_RE.match(source, found.end()) is not None)):
            continue
        number = Number(Decimal(_COUNTS[word]), found.group(1), found.start(), found.end(), "word")
        bound = comparator(source, number, "en")
        if bound is None or bound.text.lower() in ("only", "just"):
            counts.append((word, number, _THE_BEFORE_RE.search(before) is not None))
    return counts
