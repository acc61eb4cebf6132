"""A count of one bounded in words: "at least one" / "au plus un", "only one" / "mehr als eine".

The comparison reads "one" as a weak word (an article or a pronoun more often than a count), so the
bound around it goes unread; yet software messages say it all the time ("At least one network must be
specified", "One or more shares depend on it"), and a translation that turns the floor into a
ceiling, or "at least one" into "more than one", says another thing. Each text's phrases fall into
four classes; a translation whose phrases are all of classes the source's do not allow is flagged.
A vague plural ("plusieurs", "mehrere", "複数") says more than one: it contradicts a ceiling, an exact
count, and a floor of one ("One or more shares depend on it" / "Mehrere Freigaben", which leaves out the
one; of the 364 translations of "at least one" and "one or more" in a Debian machine's catalogues,
none says a vague plural alone).
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import Callable

from i18n.numbers.model import BoundMismatch, Number

AT_LEAST_ONE, MORE_THAN_ONE, AT_MOST_ONE, EXACTLY_ONE, SEVERAL = "≥1", ">1", "≤1", "=1", "several"

# The direction each class is named by in a finding (number_checks._BOUND_NAMES).
_DIRECTIONS = {AT_LEAST_ONE: "at least", MORE_THAN_ONE: "above", AT_MOST_ONE: "at most", EXACTLY_ONE: "exactly",
               SEVERAL: "above"}
# The classes of the translation that say what each class of the source says.
_AGREEING = {AT_LEAST_ONE: {AT_LEAST_ONE}, MORE_THAN_ONE: {MORE_THAN_ONE, SEVERAL},
             AT_MOST_ONE: {AT_MOST_ONE, EXACTLY_ONE}, EXACTLY_ONE: {EXACTLY_ONE, AT_MOST_ONE},
             SEVERAL: {SEVERAL, MORE_THAN_ONE, AT_LEAST_ONE}}

_FR_ONE, _DE_ONE, _ES_ONE = r"(?:un|une|1)", r"(?:ein|eine|einen|einem|einer|eines|eins|1)", r"(?:un|uno|una|1)"
_RU_ONE = r"(?:один|одна|одно|одного|одной|одну|одним|одном|1)"
_RU_ONE_GENITIVE = r"(?:одного|одной|1)"
_JA_ONE = r"(?:1|１|一)\s?(?:つ|個|件|台|人|名|本|枚|回|か所|箇所|ヶ所|種類)?\s?"
_JA_TWO = r"(?:2|２|二)\s?(?:つ|個|件|台|人|名|本|枚|回|か所|箇所|ヶ所|種類)?\s?"

_PHRASES = {
    "en": {AT_LEAST_ONE: r"at\s+least\s+one|one\s+or\s+more|a\s+minimum\s+of\s+one|no\s+fewer\s+than\s+one"
                         r"|no\s+less\s+than\s+one|not\s+less\s+than\s+one|minimum\s+of\s+one",
           MORE_THAN_ONE: r"more\s+than\s+(?:one|a\s+single)|two\s+or\s+more|at\s+least\s+two",
           AT_MOST_ONE: r"at\s+most\s+one|no\s+more\s+than\s+(?:one|a\s+single)|not\s+more\s+than\s+(?:one|a\s+single)"
                        r"|(?:a\s+)?maximum\s+of\s+one"
                        r"|zero\s+or\s+one|up\s+to\s+one",
           EXACTLY_ONE: r"only\s+one|exactly\s+one|just\s+one|one\s+and\s+only\s+one|a\s+single|one\s+single",
           SEVERAL: r"several|multiple"},
    "fr": {AT_LEAST_ONE: rf"au\s+moins\s+{_FR_ONE}|{_FR_ONE}\s+ou\s+(?:de\s+|d['’]\s?)?plusieurs|{_FR_ONE}\s+ou\s+plus"
                         rf"|au\s+minimum\s+{_FR_ONE}|minimum\s+{_FR_ONE}",
           MORE_THAN_ONE: r"plus\s+d['’]\s?(?:un|une|1)|deux\s+ou\s+plus|au\s+moins\s+(?:deux|2)",
           AT_MOST_ONE: rf"au\s+plus\s+{_FR_ONE}|au\s+maximum\s+{_FR_ONE}|pas\s+plus\s+d['’]\s?(?:un|une|1)"
                        rf"|{_FR_ONE}\s+au\s+(?:plus|maximum)|z[ée]ro\s+ou\s+{_FR_ONE}",
           EXACTLY_ONE: rf"{_FR_ONE}\s+seule?|exactement\s+{_FR_ONE}|uniquement\s+{_FR_ONE}|qu['’]\s?{_FR_ONE}(?!\s+ou)",
           SEVERAL: r"plusieurs"},
    "de": {AT_LEAST_ONE: rf"mindestens\s+{_DE_ONE}|wenigstens\s+{_DE_ONE}|zumindest\s+{_DE_ONE}"
                         rf"|{_DE_ONE}\s+oder\s+mehrere",
           MORE_THAN_ONE: rf"mehr\s+als\s+{_DE_ONE}|mindestens\s+(?:zwei|2)|zwei\s+oder\s+mehr",
           AT_MOST_ONE: rf"höchstens\s+{_DE_ONE}|maximal\s+{_DE_ONE}|nicht\s+mehr\s+als\s+{_DE_ONE}",
           EXACTLY_ONE: rf"nur\s+{_DE_ONE}|genau\s+{_DE_ONE}|lediglich\s+{_DE_ONE}|{_DE_ONE}\s+einzige|{_DE_ONE}\s+einzeln\w*",
           SEVERAL: r"mehrere"},
    "es": {AT_LEAST_ONE: rf"al\s+menos\s+{_ES_ONE}|como\s+mínimo\s+{_ES_ONE}|por\s+lo\s+menos\s+{_ES_ONE}"
                         rf"|{_ES_ONE}\s+o\s+(?:más|varios|varias)",
           MORE_THAN_ONE: rf"más\s+de\s+{_ES_ONE}|dos\s+o\s+más|al\s+menos\s+(?:dos|2)",
           AT_MOST_ONE: rf"como\s+máximo\s+{_ES_ONE}|a\s+lo\s+sumo\s+{_ES_ONE}|no\s+más\s+de\s+{_ES_ONE}"
                        rf"|máximo\s+{_ES_ONE}",
           EXACTLY_ONE: rf"s[oó]lo\s+{_ES_ONE}|{_ES_ONE}\s+sol[oa]|exactamente\s+{_ES_ONE}|únicamente\s+{_ES_ONE}",
           SEVERAL: r"varios|varias"},
    "ru": {AT_LEAST_ONE: rf"хотя\s+бы\s+{_RU_ONE}|по\s+крайней\s+мере\s+{_RU_ONE}|как\s+минимум\s+{_RU_ONE}"
                         rf"|не\s+менее\s+{_RU_ONE_GENITIVE}|минимум\s+{_RU_ONE}|{_RU_ONE}\s+или\s+(?:нескольк\w*|более)",
           MORE_THAN_ONE: rf"более\s+{_RU_ONE_GENITIVE}|больше\s+{_RU_ONE_GENITIVE}|два\s+или\s+более",
           AT_MOST_ONE: rf"не\s+более\s+{_RU_ONE_GENITIVE}|не\s+больше\s+{_RU_ONE_GENITIVE}|максимум\s+{_RU_ONE}",
           EXACTLY_ONE: rf"только\s+{_RU_ONE}|ровно\s+{_RU_ONE}|лишь\s+{_RU_ONE}|единственн\w*",
           SEVERAL: r"несколько"},
    "ja": {AT_LEAST_ONE: rf"{_JA_ONE}以上|少なくとも\s?{_JA_ONE}|{_JA_ONE}(?:または|もしくは|か)複数",
           MORE_THAN_ONE: rf"{_JA_TWO}(?:以上|またはそれ以上|かそれ以上)|{_JA_ONE}より多",
           AT_MOST_ONE: rf"{_JA_ONE}(?:まで|以下)|最大\s?{_JA_ONE}",
           EXACTLY_ONE: rf"{_JA_ONE}(?:だけ|のみ|しか)|ただ\s?{_JA_ONE}|単一",
           SEVERAL: r"複数"},
}


@lru_cache(maxsize=None)
def _phrases_re(language: str) -> re.Pattern[str] | None:
    phrases = _PHRASES.get(language)
    if phrases is None:
        return None
    edge = r"(?<![\w-])" if language != "ja" else r"(?<![0-9０-９一-九十])"
    end = r"(?![\w-])" if language != "ja" else ""
    return re.compile("|".join(f"{edge}(?P<{_GROUPS[kind]}>{pattern}){end}" for kind, pattern in phrases.items()),
                      re.IGNORECASE)


# Each class's group name in the phrases' pattern, and back.
_GROUPS = {AT_LEAST_ONE: "least", MORE_THAN_ONE: "more", AT_MOST_ONE: "most", EXACTLY_ONE: "exactly", SEVERAL: "several"}
_GROUP_CLASSES = {group: kind for kind, group in _GROUPS.items()}


# A negation in the phrase's sentence turns "more than one" (or "several") into at most one ("cannot use
# more than one of -anrw" / "nur eine", "impossible d'ouvrir plusieurs fichiers", "mehr als eine ... nicht
# möglich").
_NEGATION = {
    "en": r"(?<![\w-])(?:not|cannot|never|no|unable|impossible)(?![\w-])|n['’]t(?![\w-])",
    "fr": r"(?<![\w-])(?:ne|pas|impossible|jamais)(?![\w-])|(?<![\w-])n['’]",
    "de": r"(?<![\w-])(?:nicht|kein\w*|nie|niemals|unmöglich)(?![\w-])",
    "es": r"(?<![\w-])(?:no|nunca|imposible)(?![\w-])",
    "ru": r"(?<![\w-])(?:не|нельзя|невозможно|нет)(?![\w-])",
    "ja": r"(?:ません|できない|できず|られない|しない|ではない|じゃない|不可|禁止)",
}
# ("しなければなりません": must, no negation.)
_JAPANESE_MUST_RE = re.compile(r"(?:なければ|なくては|ねば)(?:なりません|ならない|ならず|いけません|いけない)")
_SENTENCE_END_RE = re.compile(r"[.;:!?。；：！？]|\s[-–—]\s")
_NEGATED = {MORE_THAN_ONE: AT_MOST_ONE, SEVERAL: AT_MOST_ONE}


@lru_cache(maxsize=None)
def _negation_re(language: str) -> re.Pattern[str]:
    return re.compile(_NEGATION[language], re.IGNORECASE)


def _negated(text: str, match: re.Match[str], language: str) -> bool:
    """A negation stands in the phrase's sentence (where it reaches is not worked out: both readings
    stay possible)."""
    negation = _negation_re(language)
    if negation.search(match.group()) is not None:
        return False  # ("no more than one", "pas plus d'un": the phrase's own negation)
    start = max((found.end() for found in _SENTENCE_END_RE.finditer(text, 0, match.start())), default=0)
    end = _SENTENCE_END_RE.search(text, match.end())
    before, after = text[start:match.start()], text[match.end():end.start() if end else len(text)]
    if language == "ja":
        before, after = "", _JAPANESE_MUST_RE.sub("", after)
    return negation.search(before) is not None or negation.search(after) is not None


def _bounds_of_one(text: str, language: str) -> list[tuple[frozenset[str], re.Match[str]]]:
    """Each phrase bounding one, with the classes it may be of: two where a negation may reach it."""
    pattern = _phrases_re(language)
    if pattern is None:
        return []
    found = []
    for match in pattern.finditer(text):
        kind = _GROUP_CLASSES[match.lastgroup]
        kinds = {kind}
        if kind in _NEGATED and _negated(text, match, language):
            kinds.add(_NEGATED[kind])
        found.append((frozenset(kinds), match))
    return found


def may_bound_one(source: str, single: bool = True) -> bool:
    """The cheap test on an English source: it may bound a count of one in words (or, with `single`
    False, in words other than "a single")."""
    lowered = source.lower()
    return ("one" in lowered or "two" in lowered or single and "single" in lowered) and _phrases_re("en").search(source) is not None


def one_bounds_changed(source: str, target: str, source_language: str,
                       target_language: str) -> tuple[BoundMismatch, ...] | None:
    """The bound on one of the source ("at least one") that the translation states otherwise ("au plus
    un", "mehr als eine"), when the translation states none the source's allow; () when it states one
    they allow; None when either text states none."""
    source_bounds = _bounds_of_one(source, source_language)
    if all(kinds == {SEVERAL} for kinds, _ in source_bounds):
        return None
    target_bounds = _bounds_of_one(target, target_language)
    if not target_bounds:
        return None
    allowed = set().union(*(_AGREEING[kind] for kinds, _ in source_bounds for kind in kinds))
    if target_language == "ja" and MORE_THAN_ONE in allowed:
        allowed.add(AT_LEAST_ONE)  # ("more than one" / "1つ以上", as "more than 5" / "5以上")
    return phrases_disagree(source_bounds, target_bounds, allowed, Decimal(1),
                            lambda match: _DIRECTIONS[_GROUP_CLASSES[match.lastgroup]])


def bound_added_to_one(counted: list[Number], source: str, target: str, target_language: str) -> tuple[BoundMismatch, ...]:
    """The source's one plain count of one (`counted`: "needs to have one identifier") that the translation
    bounds: "au moins un identifiant", "höchstens eine Kennung", "al menos una opción"."""
    # (Japanese says a plain "one" of a requirement with 以上 as often as not: "1 capital letter" / "1つ以上の大文字".)
    if len(counted) != 1 or target_language == "ja" or _bounds_of_one(source, "en"):
        return ()
    # (Not "more than one", which a negation of the source may call for: "cannot hold one more" / "pas plus d'une".)
    bounded = [match for kinds, match in _bounds_of_one(target, target_language)
               if not kinds & {EXACTLY_ONE, SEVERAL, MORE_THAN_ONE}]
    if len(bounded) != 1:
        return ()
    match = bounded[0]
    return (BoundMismatch(counted[0], _said(Decimal(1), match), "no comparator", match.group(), "none",
                          _DIRECTIONS[_GROUP_CLASSES[match.lastgroup]]),)


def may_bound_one_in(text: str, language: str) -> bool:
    """The cheap test on a translation: a phrase that may bound one."""
    pattern = _phrases_re(language)
    return pattern is not None and pattern.search(text) is not None


def phrases_disagree(source_bounds: list[tuple[frozenset[str], re.Match[str]]],
                     target_bounds: list[tuple[frozenset[str], re.Match[str]]], allowed: set[str], value: Decimal,
                     direction: Callable[[re.Match[str]], str]) -> tuple[BoundMismatch, ...]:
    """() when the translation's phrases of a class `allowed` are as many as the source's phrases, or
    all its phrases are; else the first phrase of the source and the translation's first one of another
    class, bounding `value` in words, as the mismatch found (`direction` names a phrase's class):
    "at least one criterion ... at least one option" / "au plus un critère ... au moins une option"."""
    others = [match for kinds, match in target_bounds if not kinds & allowed]
    if not others or len(target_bounds) - len(others) >= len(source_bounds):
        return ()
    source_match, target_match = source_bounds[0][1], others[0]
    return (BoundMismatch(_said(value, source_match), _said(value, target_match), source_match.group(),
                          target_match.group(), direction(source_match), direction(target_match)),)


def _said(value: Decimal, match: re.Match[str]) -> Number:
    return Number(value, match.group(), match.start(), match.end(), "word")
