"""Zero bounded in words, and the signs: "greater than or equal to zero" / "égal ou inférieur à zéro",
"zero (or negative)" / "zéro (ou positif)", "non-zero" / "нулевыми".

The comparison reads "zero" as a weak word (it says "none" as often as a value), so the bound around
it goes unread. Each text's phrases fall into classes; a translation whose phrases are all of classes
the source's do not allow is flagged. "Positive" and "negative" are loose: French "positif" includes
zero ("strictement positif" does not), and every language uses them for either; they agree with the
strict and the inclusive bound of their side, never with the other side's.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from i18n.numbers.model import BoundMismatch
from i18n.numbers.one_bounds import phrases_disagree

ABOVE, FROM, BELOW, UP_TO, POSITIVE, NEGATIVE, NONZERO, ZERO = ">0", "≥0", "<0", "≤0", "+", "-", "≠0", "=0"

# The direction each class is named by in a finding (number_checks._BOUND_NAMES).
_DIRECTIONS = {ABOVE: "above", FROM: "at least", BELOW: "below", UP_TO: "at most", POSITIVE: "above",
               NEGATIVE: "below", NONZERO: "other than", ZERO: "exactly"}
_AGREEING = {ABOVE: {ABOVE, POSITIVE, NONZERO}, FROM: {FROM, POSITIVE}, BELOW: {BELOW, NEGATIVE, NONZERO},
             UP_TO: {UP_TO, NEGATIVE}, POSITIVE: {POSITIVE, ABOVE, FROM, NONZERO},
             NEGATIVE: {NEGATIVE, BELOW, UP_TO, NONZERO}, NONZERO: {NONZERO, ABOVE, BELOW, POSITIVE, NEGATIVE},
             ZERO: {ZERO, FROM, UP_TO}}
# A negation in the phrase's sentence turns each class over ("must not be negative": zero or more).
_NEGATED = {ABOVE: UP_TO, FROM: BELOW, BELOW: FROM, UP_TO: ABOVE, POSITIVE: UP_TO, NEGATIVE: FROM, NONZERO: ZERO,
            ZERO: NONZERO}

_ZERO = {"en": r"(?:zero|0)", "fr": r"(?:z[ée]ro|0)", "de": r"(?:null|0)", "es": r"(?:cero|0)",
         "ru": r"(?:нул[ьяюе]|нолю|ноль|0)", "ja": r"(?:ゼロ|０|0|零)"}
_OR = r"\s*\(?\s*(?:or|ou|oder|o|или)\s+"


def _phrases(language: str) -> dict[str, str]:
    zero = _ZERO[language]
    return {
        "en": {FROM: rf"(?:greater|more|larger|higher)\s+than\s+or\s+equal\s+to\s+{zero}|equal\s+to\s+or\s+(?:greater|more|larger|higher)\s+than\s+{zero}"
                     rf"|{zero}{_OR}(?:greater|more|higher|positive|above)\)?|at\s+least\s+{zero}|non-?negative|positive{_OR}{zero}",
               UP_TO: rf"(?:less|lower|smaller)\s+than\s+or\s+equal\s+to\s+{zero}|equal\s+to\s+or\s+(?:less|lower|smaller)\s+than\s+{zero}"
                      rf"|{zero}{_OR}(?:less|lower|negative|below)\)?|at\s+most\s+{zero}|non-?positive|negative{_OR}{zero}",
               ABOVE: rf"(?:greater|more|larger|higher|bigger)\s+than\s+{zero}|above\s+{zero}|strictly\s+positive",
               BELOW: rf"(?:less|lower|smaller|fewer)\s+than\s+{zero}|below\s+{zero}|strictly\s+negative",
               POSITIVE: r"positive", NEGATIVE: r"negative",
               NONZERO: rf"non-?zero|other\s+than\s+{zero}|different\s+from\s+{zero}", ZERO: rf"equal\s+to\s+{zero}"},
        "fr": {FROM: rf"(?:supérieure?s?|égale?s?)\s+ou\s+(?:égale?s?|supérieure?s?)\s+à\s+{zero}|{zero}\s+ou\s+plus"
                     rf"|positi(?:f|ve|fs|ves)\s+ou\s+nul(?:le)?s?|au\s+moins\s+{zero}|non[\s-]négati(?:f|ve|fs|ves)|{zero}{_OR}positi\w+\)?",
               UP_TO: rf"(?:inférieure?s?|égale?s?)\s+ou\s+(?:égale?s?|inférieure?s?)\s+à\s+{zero}|{zero}\s+ou\s+moins"
                      rf"|négati(?:f|ve|fs|ves)\s+ou\s+nul(?:le)?s?|au\s+plus\s+{zero}|{zero}{_OR}négati\w+\)?",
               ABOVE: rf"supérieure?s?\s+à\s+{zero}|plus\s+grande?s?\s+que\s+{zero}|strictement\s+positi\w+",
               BELOW: rf"inférieure?s?\s+à\s+{zero}|plus\s+petite?s?\s+que\s+{zero}|strictement\s+négati\w+",
               POSITIVE: r"positi(?:f|ve|fs|ves)", NEGATIVE: r"négati(?:f|ve|fs|ves)",
               NONZERO: rf"non[\s-]nul(?:le)?s?|différente?s?\s+de\s+{zero}|non[\s-]z[ée]ro", ZERO: rf"égale?s?\s+à\s+{zero}"},
        "de": {FROM: rf"größer\s+(?:als\s+)?oder\s+gleich\s+{zero}|{zero}\s+oder\s+(?:größer|mehr|positiv\w*)|mindestens\s+{zero}"
                     rf"|nicht\s+negativ\w*(?!\s+oder\s+{zero})|positiv\w*\s+oder\s+{zero}",
               UP_TO: rf"kleiner\s+(?:als\s+)?oder\s+gleich\s+{zero}|{zero}\s+oder\s+(?:kleiner|weniger|negativ\w*)|höchstens\s+{zero}"
                      rf"|nicht\s+positiv\w*|negativ\w*\s+oder\s+{zero}",
               ABOVE: rf"(?:größer|mehr|höher)\s+als\s+{zero}|über\s+{zero}|echt\s+positiv\w*|streng\s+positiv\w*",
               BELOW: rf"(?:kleiner|weniger|niedriger)\s+als\s+{zero}|unter\s+{zero}|echt\s+negativ\w*|streng\s+negativ\w*",
               POSITIVE: r"positiv\w*", NEGATIVE: r"negativ\w*",
               NONZERO: rf"ungleich\s+{zero}|nicht\s+{zero}|von\s+{zero}\s+verschieden\w*", ZERO: rf"gleich\s+{zero}"},
        "es": {FROM: rf"(?:mayor|superior)\s+(?:que\s+|a\s+)?o\s+igual\s+(?:que|a)\s+{zero}|igual\s+o\s+(?:mayor|superior)\s+(?:que|a)\s+{zero}"
                     rf"|{zero}\s+o\s+(?:más|mayor|positivo)|al\s+menos\s+{zero}|no\s+negativ[oa]s?|positiv[oa]s?\s+o\s+{zero}",
               UP_TO: rf"(?:menor|inferior)\s+(?:que\s+|a\s+)?o\s+igual\s+(?:que|a)\s+{zero}|igual\s+o\s+(?:menor|inferior)\s+(?:que|a)\s+{zero}"
                      rf"|{zero}\s+o\s+(?:menos|menor|negativo)|como\s+máximo\s+{zero}|negativ[oa]s?\s+o\s+{zero}",
               ABOVE: rf"(?:mayor|superior)e?s?\s+(?:que|a)\s+{zero}|estrictamente\s+positiv[oa]s?",
               BELOW: rf"(?:menor|inferior)e?s?\s+(?:que|a)\s+{zero}|estrictamente\s+negativ[oa]s?",
               POSITIVE: r"positiv[oa]s?", NEGATIVE: r"negativ[oa]s?",
               NONZERO: rf"distint[oa]s?\s+de\s+{zero}|diferente\s+de\s+{zero}", ZERO: rf"igual\s+a\s+{zero}"},
        "ru": {FROM: rf"(?:больше|более)\s+или\s+равн\w+\s+{zero}|равн\w+\s+или\s+(?:больше|более)\s+{zero}|не\s+меньше\s+{zero}"
                     rf"|не\s+менее\s+{zero}|неотрицательн\w*|{zero}\s+или\s+(?:больше|положительн\w*)",
               UP_TO: rf"(?:меньше|менее)\s+или\s+равн\w+\s+{zero}|равн\w+\s+или\s+(?:меньше|менее)\s+{zero}|не\s+больше\s+{zero}"
                      rf"|не\s+более\s+{zero}|неположительн\w*|{zero}\s+или\s+(?:меньше|отрицательн\w*)",
               ABOVE: rf"(?:больше|более)\s+{zero}|строго\s+положительн\w*",
               BELOW: rf"(?:меньше|менее)\s+{zero}|строго\s+отрицательн\w*",
               POSITIVE: r"положительн\w*", NEGATIVE: r"отрицательн\w*",
               NONZERO: r"ненулев\w*|отличн\w+\s+от\s+нул\w*", ZERO: rf"равн\w+\s+{zero}|нулев\w*"},
        "ja": {FROM: rf"{zero}以上|非負|{zero}(?:または|もしくは|か)(?:正|プラス)|(?:正|プラス)の?(?:値|数)?(?:または|もしくは|か){zero}",
               UP_TO: rf"{zero}以下|{zero}(?:または|もしくは|か)(?:負|マイナス)|(?:負|マイナス)の?(?:値|数)?(?:または|もしくは|か){zero}", ABOVE: rf"{zero}より大き|{zero}を超え|{zero}超",
               BELOW: rf"{zero}より小さ|{zero}未満", POSITIVE: r"正の|プラス", NEGATIVE: r"負の|マイナス",
               NONZERO: rf"{zero}以外|非{zero}", ZERO: rf"{zero}に等し"},
    }[language]


# Each class's group name in the phrases' pattern, and back.
_GROUPS = {ABOVE: "above", FROM: "from", BELOW: "below", UP_TO: "upto", POSITIVE: "pos", NEGATIVE: "neg",
           NONZERO: "nonzero", ZERO: "zero"}
_GROUP_CLASSES = {group: kind for kind, group in _GROUPS.items()}
_MAY_BOUND_ZERO_RE = re.compile(r"(?i)zero|negative|positive")


@lru_cache(maxsize=None)
def _phrases_re(language: str) -> re.Pattern[str] | None:
    if language not in _ZERO:
        return None
    edge = r"(?<![\w-])" if language != "ja" else r"(?<![0-9０-９])"
    end = r"(?![\w-])" if language != "ja" else r"(?![0-9０-９])"
    # (Longer phrases first: "greater than or equal to zero" before "greater than zero".)
    return re.compile("|".join(f"{edge}(?P<{_GROUPS[kind]}>{pattern}){end}"
                               for kind, pattern in _phrases(language).items()), re.IGNORECASE)


def may_bound_zero(source: str) -> bool:
    """The cheap test on an English source (substrings first: it runs on nearly every message)."""
    return (("ero" in source or "ERO" in source or "egativ" in source or "ositiv" in source or "EGATIV" in source
             or "OSITIV" in source) and _MAY_BOUND_ZERO_RE.search(source) is not None
            and _phrases_re("en").search(source) is not None)


# A negation right before the phrase, two words at most between ("must not be negative", "ne doit pas
# être négatif"), or in Japanese right after it ("0以下ではない"), turns it over; one further away may
# govern another part of the sentence ("for no grace period"), and leaves the phrase as it is.
_NEGATION_BEFORE = {
    "en": r"(?<![\w-])(?:not|never|cannot|n['’]t)\s+(?:[^\W\d_]+\s+){0,2}$",
    "fr": r"(?<![\w-])(?:ne|n['’]|jamais)\s*(?:[^\W\d_]+\s+){0,3}$",
    "de": r"(?<![\w-])(?:nicht|nie|niemals|kein\w*)\s+(?:[^\W\d_]+\s+){0,2}$",
    "es": r"(?<![\w-])(?:no|nunca)\s+(?:[^\W\d_]+\s+){0,2}$",
    "ru": r"(?<![\w-])(?:не|нельзя|никогда)\s+(?:[^\W\d_]+\s+){0,2}$",
}
_NEGATION_AFTER_JA_RE = re.compile(r"^.{0,3}(?:ではない|ではありません|でない|にできない|にはできない|にできません|にはできません)")


@lru_cache(maxsize=None)
def _negation_re(reach: str, language: str) -> re.Pattern[str] | None:
    """The negation of `language` right "before" a phrase, or anywhere "in the sentence"."""
    pattern = (_NEGATION_BEFORE if reach == "before" else _NEGATION_IN_THE_SENTENCE).get(language)
    return None if pattern is None else re.compile(pattern, re.IGNORECASE)


# (Not over a conjunction: "no aliniado o negativo" negates the first of the two.)
_CONJUNCTION_RE = re.compile(r"(?i)(?<![\w-])(?:or|and|ou|et|oder|und|o|y|или|и)(?![\w-])")


def _negated(text: str, match: re.Match[str], language: str) -> bool:
    if language == "ja":
        return _NEGATION_AFTER_JA_RE.match(text[match.end():match.end() + 16]) is not None
    before = _negation_re("before", language)
    found = None if before is None else before.search(text, max(0, match.start() - 40), match.start())
    return found is not None and _CONJUNCTION_RE.search(text, found.start(), match.start()) is None


# A negation elsewhere in the phrase's sentence may or may not reach it ("Negative values are not
# allowed" / "Seules les valeurs positives ou nulles sont autorisées"): both readings stay possible.
# (Not a determiner's "no": "zero (or negative) for no grace period"; "unless" and "except" are: "unless
# the width is negative" / "если ширина неотрицательна".)
_NEGATION_IN_THE_SENTENCE = {
    "en": r"(?<![\w-])(?:not|never|cannot|unless|except)(?![\w-])|n['’]t(?![\w-])",
    "fr": r"(?<![\w-])(?:ne|jamais|aucun\w*|sauf)(?![\w-])|(?<![\w-])n['’]",
    "de": r"(?<![\w-])(?:nicht|nie|niemals|kein\w*|außer)(?![\w-])",
    "es": r"(?<![\w-])(?:no|nunca|ningun\w*|salvo|excepto)(?![\w-])",
    "ru": r"(?<![\w-])(?:не|нельзя|кроме)(?![\w-])",
    "ja": r"(?:ない|ません|できず)",
}
_SENTENCE_END_RE = re.compile(r"[.;:!?。；：！？]\s")


def _in_a_negated_sentence(text: str, match: re.Match[str], language: str) -> bool:
    negation = _negation_re("in the sentence", language)
    if negation is None:
        return False
    start = max((found.end() for found in _SENTENCE_END_RE.finditer(text, 0, match.start())), default=0)
    end = _SENTENCE_END_RE.search(text, match.end())
    return (negation.search(text, start, match.start()) is not None
            or negation.search(text, match.end(), end.start() if end else len(text)) is not None)


def _bounds_of_zero(text: str, language: str) -> list[tuple[frozenset[str], re.Match[str]]]:
    """Each phrase bounding zero, with the classes it may be of: its own, turned over by a negation right
    before it; both, where a negation elsewhere in its sentence may reach it."""
    pattern = _phrases_re(language)
    if pattern is None:
        return []
    found = []
    for match in pattern.finditer(text):
        kind = _GROUP_CLASSES[match.lastgroup]
        if _negated(text, match, language):
            kinds = {_NEGATED[kind]}
        elif _in_a_negated_sentence(text, match, language):
            kinds = {kind, _NEGATED[kind]}
        else:
            kinds = {kind}
        found.append((frozenset(kinds), match))
    return found


def zero_bounds_changed(source: str, target: str, source_language: str,
                        target_language: str) -> tuple[BoundMismatch, ...] | None:
    """The bound on zero or the sign of the source ("at least zero", "negative") that the translation
    states otherwise ("au plus zéro", "positif"), when it states none the source's allow; () when it
    states one they allow; None when either text states none."""
    source_bounds = _bounds_of_zero(source, source_language)
    if not source_bounds:
        return None
    target_bounds = _bounds_of_zero(target, target_language)
    if not target_bounds:
        return None
    allowed = set().union(*(_AGREEING[kind] for kinds, _ in source_bounds for kind in kinds))
    return phrases_disagree(source_bounds, target_bounds, allowed, Decimal(0),
                            lambda match: _DIRECTIONS[_GROUP_CLASSES[match.lastgroup]])
