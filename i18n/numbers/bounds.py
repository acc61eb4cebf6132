"""Comparators attached to numbers: "less than 250" is an upper bound, "plus de 250" a lower one.

The same number with opposite comparators on the two sides ("at most 1 bit" / "au moins un bit",
"300 characters or fewer" / "300 caractères minimum") is an error the values alone cannot see.
A comparator on one side only is rephrasing ("up to 5" / "5") and is not reported.

Phrases are read before the number ("at least", "не более", "mindestens", "最大") or after it,
across at most two words ("300 characters or fewer", "250文字以下", "5 Minuten maximal").
Longer phrases win over the shorter ones they contain ("no more than" over "more than",
"не более" over "более").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from typing import Protocol


class _Placed(Protocol):
    start: int
    end: int

UPPER = "at most"  # the value is a ceiling: ≤ or <
LOWER = "at least"  # the value is a floor: ≥ or >

_BEFORE = {
    "en": {UPPER: ["less than or equal to", "smaller than or equal to", "at most", "up to", "less than", "less then", "fewer than", "no more than", "not more than", "maximum of",
                   "maximum", "max.", "max", "under", "below", "lower than", "smaller than", "not exceeding",
                   "no greater than", "not greater than", "<=", "<", "≤"],
           LOWER: ["greater than or equal to", "larger than or equal to", "at least", "more than", "more then", "greater than", "larger than", "higher than", "over", "above",
                   "minimum of", "minimum", "min.", "min", "no less than", "not less than", "no fewer than",
                   "exceeding", "exceeds", ">=", ">", "≥"]},
    "fr": {UPPER: ["inférieur ou égal à", "inférieure ou égale à", "au plus", "au maximum", "jusqu'à", "jusqu’à", "moins de", "inférieur à", "inférieure à",
                   "inférieurs à", "inférieures à", "maximum", "max.", "pas plus de", "<=", "<", "≤"],
           LOWER: ["supérieur ou égal à", "supérieure ou égale à", "au moins", "au minimum", "plus de", "supérieur à", "supérieure à", "supérieurs à",
                   "supérieures à", "minimum", "min.", "pas moins de", "dépassant", ">=", ">", "≥"]},
    "de": {UPPER: ["kleiner oder gleich", "kleiner gleich", "höchstens", "maximal", "bis zu", "weniger als", "kleiner als", "unter", "max.", "nicht mehr als",
                   "<=", "<", "≤"],
           LOWER: ["größer oder gleich", "größer gleich", "mindestens", "minimal", "mehr als", "größer als", "über", "min.", "wenigstens", "nicht weniger als",
                   ">=", ">", "≥"]},
    "es": {UPPER: ["menor o igual que", "menor o igual a", "como máximo", "a lo sumo", "hasta", "menos de", "menor que", "menores que", "inferior a",
                   "máximo", "máx.", "no más de", "<=", "<", "≤"],
           LOWER: ["mayor o igual que", "mayor o igual a", "al menos", "como mínimo", "por lo menos", "más de", "mayor que", "mayores que", "superior a",
                   "mínimo", "mín.", "no menos de", ">=", ">", "≥"]},
    "ru": {UPPER: ["меньше или равно", "меньше или равен", "не более", "не больше", "не более чем", "не выше", "до", "меньше", "менее", "максимум",
                   "максимально", "не превышающ", "ниже", "<=", "<", "≤"],
           LOWER: ["больше или равно", "больше или равен", "не менее", "не меньше", "не ниже", "более", "больше", "свыше", "минимум", "хотя бы", "по крайней мере",
                   "выше", "превышающ", ">=", ">", "≥"]},
    "ja": {UPPER: ["最大", "最高", "<=", "<", "≤"],
           LOWER: ["最小", "最低", "少なくとも", ">=", ">", "≥"]},
}
_AFTER = {
    "en": {UPPER: ["or fewer", "or less", "or below", "or under", "or lower", "or earlier", "or older", "and lower",
                   "and below", "and earlier", "at most", "maximum", "max"],
           LOWER: ["or more", "or greater", "or higher", "or above", "or over", "or later", "or newer", "and higher",
                   "and above", "and later", "and newer", "at least", "minimum", "min", "plus"]},
    "fr": {UPPER: ["ou moins", "ou inférieur", "ou inférieure", "ou antérieur", "ou antérieure", "et inférieur",
                   "et antérieur", "au plus", "au maximum", "maximum", "max"],
           LOWER: ["ou plus", "ou supérieur", "ou supérieure", "ou ultérieur", "ou ultérieure", "ou postérieur",
                   "ou postérieure", "et supérieur", "et plus", "et ultérieur", "au moins", "au minimum", "minimum", "min"]},
    "de": {UPPER: ["oder weniger", "oder niedriger", "oder älter", "oder früher", "und niedriger", "höchstens",
                   "maximal", "max"],
           LOWER: ["oder mehr", "oder höher", "oder neuer", "oder später", "und höher", "und neuer", "mindestens",
                   "minimal", "min"]},
    "es": {UPPER: ["o menos", "o inferior", "o anterior", "y anteriores", "como máximo", "máximo", "máx"],
           LOWER: ["o más", "o superior", "o posterior", "y posteriores", "y superiores", "como mínimo", "mínimo",
                   "mín"]},
    "ru": {UPPER: ["или меньше", "или менее", "или ниже", "и ниже", "максимум"],
           LOWER: ["или больше", "или более", "или выше", "или новее", "и выше", "и новее", "минимум"]},
    "ja": {UPPER: ["以下", "未満", "以内", "まで", "以前", "を超えない", "より小さ", "より少な"],
           LOWER: ["以上", "以降", "を超え", "超", "より大き", "より多", "より長"]},
}
_CJK_LANGUAGES = frozenset({"ja", "zh", "ko"})


@dataclass(frozen=True)
class Comparator:
    direction: str  # UPPER or LOWER
    text: str  # as written: "less than", "au moins", "以下"
    negated: bool = False  # turned over by a negation before it ("cannot have more than")


def _alternation(table: dict[str, list[str]]) -> tuple[str, dict[str, str]]:
    phrases = sorted({phrase for phrases in table.values() for phrase in phrases}, key=len, reverse=True)
    direction = {phrase.lower(): side for side, phrases_ in table.items() for phrase in phrases_}
    return "|".join(re.escape(phrase) for phrase in phrases), direction


@lru_cache(maxsize=None)
def _patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]] | None:
    if language not in _BEFORE:
        return None
    before, before_direction = _alternation(_BEFORE[language])
    after, after_direction = _alternation(_AFTER[language])
    if language in _CJK_LANGUAGES:
        before_re = re.compile(r"(?:" + before + r")[\s:：]{0,2}$")
        after_re = re.compile(r"^[^\d。、,.]{0,6}?(?P<phrase>" + after + r")")
    else:
        # Word edges, except around signs ("<", ">=").
        before_re = re.compile(r"(?i)(?:(?<!\w)(?:" + before + r"))[\s\u00a0\u202f]{0,2}(?:de |d'|d’)?$")
        # Across at most two words, never a conjunction ("at least 1 and at most 79").
        after_re = re.compile(r"(?i)^[\s\u00a0\u202f]*(?:(?!(?:and|or|y|o|et|ou|und|oder|и|или)\b)[^\W\d]+"
                              r"[\s\u00a0\u202f]+){0,2}?(?:\(?)(?P<phrase>"
                              + after + r")(?!\w)")
    return before_re, after_re, {**before_direction, **after_direction}


# "cannot have more than 2^32" is a ceiling: a negated modal just before a comparator turns it
# over (a bare "not" elsewhere in the sentence does not: "not vacuumed in over 2 billion").
_NEGATIONS = {
    "en": r"cannot|can't|can not|must not|mustn't|may not|should not|shouldn't|could not|couldn't"
          r"|does not|doesn't|do not|don't|will not|won't",
    "fr": r"ne peut pas|ne peuvent pas|ne doit pas|ne doivent pas|ne peut|ne doit|impossible de",
    "de": r"kann nicht|können nicht|darf nicht|dürfen nicht|kann keine|können keine",
    "es": r"no se puede|no se pueden|no puede|no pueden|no debe|no deben",
    "ru": r"не может|не могут|нельзя|не должн\w*",
}


@lru_cache(maxsize=None)
def _negation_re(language: str) -> re.Pattern[str] | None:
    words = _NEGATIONS.get(language)
    return re.compile(r"(?i)(?<!\w)(?:" + words + r")(?:\W+\w+){0,2}\W+$") if words else None


def _negated(direction: str, text: str, start: int, language: str) -> str:
    pattern = _negation_re(language)
    if pattern is None or pattern.search(text[max(0, start - 40):start]) is None:
        return direction
    return LOWER if direction == UPPER else UPPER


def comparator(text: str, number: _Placed, language: str) -> Comparator | None:
    """The comparator attached to `number` in `text`, if the language is one this module reads."""
    patterns = _patterns(language)
    if patterns is None:
        return None
    before_re, after_re, directions = patterns
    window = text[max(0, number.start - 30):number.start]
    before = before_re.search(window)
    if before is not None:
        phrase = before.group().strip(" \u00a0\u202f:：").lower()
        for suffix in (" de", " d'", " d’"):
            if phrase.endswith(suffix) and phrase not in directions:
                phrase = phrase[: -len(suffix)].strip()
        start = max(0, number.start - 30) + before.start()
        if phrase in directions and not (start > 0 and text[start - 1] == "%"):  # "%<PRIu32>": GCC markup
            direction = _negated(directions[phrase], text, start, language)
            return Comparator(direction, before.group().strip(), direction != directions[phrase])
    after = after_re.search(text[number.end:number.end + 40])
    if after is not None:
        phrase = after.group("phrase").lower()
        if phrase in directions:
            return Comparator(directions[phrase], after.group("phrase"))
    return None


@lru_cache(maxsize=None)
def _phrases_by_first_word(language: str) -> tuple[dict[str, tuple[str, ...]], tuple[str, ...]]:
    """Comparator phrases of `language` in lower case, signs aside, by their first word; for the
    languages written without spaces, the phrases themselves."""
    phrases = {phrase.lower() for table in (_BEFORE[language], _AFTER[language])
               for side in table.values() for phrase in side if phrase[0].isalpha()}
    if language in _CJK_LANGUAGES:
        return {}, tuple(sorted(phrases))
    by_word: dict[str, list[str]] = {}
    for phrase in phrases:
        by_word.setdefault(_WORD_RE.match(phrase).group(), []).append(phrase)
    return {word: tuple(items) for word, items in by_word.items()}, ()


_WORD_RE = re.compile(r"[^\W\d_]+")
_SIGN_RE = re.compile(r"(?:<=|>=|<|>|≤|≥)[\x20\u00a0]?\d")
# Each becomes a space before the words are split (one regex substitution: str.translate is twice
# as slow on a text with any character beyond ASCII).
_PUNCTUATION_RE = re.compile("[" + re.escape("().,;:!?\"'«»“”‘’[]{}<>/\\-—–…\u00a0\u202f") + "]")


@lru_cache(maxsize=1024)
def may_have_comparator(text: str, language: str) -> bool:
    """The cheap test: could `text` hold a comparator of `language` at all? Words are looked up in
    a table, phrases found with str.find. (A sign counts before a digit only: "<b>" is markup.)"""
    if language not in _BEFORE:
        return False
    by_word, phrases = _phrases_by_first_word(language)
    lowered = text.lower()
    if phrases:
        if any(phrase in lowered for phrase in phrases):
            return True
    else:
        words = _PUNCTUATION_RE.sub(" ", lowered).split()
        if not by_word.keys().isdisjoint(words):
            for word in by_word.keys() & set(words):
                if any(phrase in lowered for phrase in by_word[word]):
                    return True
    return ("<" in text or ">" in text or "≤" in text or "≥" in text) and _SIGN_RE.search(text) is not None


@lru_cache(maxsize=None)
def _bound_number_re(language: str) -> re.Pattern[str] | None:
    if language not in _BEFORE:
        return None
    before, _ = _alternation(_BEFORE[language])
    after, _ = _alternation(_AFTER[language])
    if language in _CJK_LANGUAGES:
        return re.compile(r"(?:" + before + r").{0,4}\d|\d.{0,8}(?:" + after + ")")
    return re.compile(r"(?i)(?<!\w)(?:" + before + r")\W{1,3}(?:\w+\W{1,3})?\d"
                      r"|\d\W{0,2}(?:[^\W\d]+\W{1,2}){0,2}(?:" + after + r")(?!\w)")


def may_bound_a_number(text: str, language: str) -> bool:
    """Stricter than may_have_comparator: a comparator next to a digit ("at most 5", "5 or more")."""
    pattern = _bound_number_re(language)
    return pattern is not None and may_have_comparator(text, language) and pattern.search(text) is not None

