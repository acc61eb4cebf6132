"""A sum said as a difference, or the other way: "the ECB rate plus 8 percentage points" / "abzüglich acht
Prozentpunkten", "220 minus your age" / "220 plus votre âge", "「220＋年齢」".

The digits agree, so the comparison passes; the operation does not. Here an English "plus" or "minus"
next to a number is an operation, and a translation that says the other operation and never the
source's has turned it over. French "plus de" and "moins de", Spanish "más de", "menos que" compare;
they are no operations.
"""

from __future__ import annotations

import re
from functools import lru_cache

from i18n.numbers.model import Literal, LiteralMismatch

PLUS, MINUS = "plus", "minus"
# (Not a sign: "at minus 5 °C", "temperatures of minus 10", "(minus 3)": no left operand.)
_SOURCE_RE = re.compile(r"(?i)(?:\d[\d.,]*%?\s+(?P<after>plus|minus)(?![\w-])"
                        r"|(?<![\w-])(?<!\bat\s)(?<!\bof\s)(?<!\bto\s)(?<!\bby\s)(?<!\bis\s)(?<!\bfrom\s)(?<!\bbelow\s)"
                        r"(?<!\bas\s)(?<!\babout\s)(?<!\baround\s)(?<!\breach\s)(?<!\breaches\s)(?<![(,:=])(?<![(,:=]\s)"
                        r"(?<=\w\s)(?P<before>plus|minus)\s+\d)")
_COMPARING = r"(?!\s+(?:de|d['’]|del|que|als|than)(?![\w]))"
_WORDS = {
    "fr": {PLUS: r"plus" + _COMPARING, MINUS: r"moins" + _COMPARING},
    "de": {PLUS: r"plus|zuzüglich|zzgl\.?", MINUS: r"minus|abzüglich|abzgl\.?"},
    "es": {PLUS: r"más" + _COMPARING, MINUS: r"menos" + _COMPARING},
    "ru": {PLUS: r"плюс", MINUS: r"минус"},
    "ja": {PLUS: r"[＋+]|プラス|加え|足し|上乗せ", MINUS: r"[－−]|マイナス|差し引|引い|減じ"},
}


# A translation's operation stands next to a number: after one ("220 plus votre âge") or before one, in
# digits or in words ("abzüglich acht Prozentpunkten"); a "plus" elsewhere is an adverb ("ne ... plus").
_NUMBER_WORDS = (r"\d|(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|ein|eine|zwei|drei|vier|fünf|sechs|sieben"
                 r"|acht|neun|zehn|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|од\w+|два|две|три|четыре|пять"
                 r"|шесть|семь|восемь|девять|десять)(?![\w-])")


@lru_cache(maxsize=None)
def _target_res(language: str) -> dict[str, re.Pattern[str]] | None:
    words = _WORDS.get(language)
    if words is None:
        return None
    if language == "ja":
        return {operation: re.compile(pattern) for operation, pattern in words.items()}
    return {operation: re.compile(rf"(?i)(?:(?<=\d)|(?<=\d[\x20\u00a0])|(?<=\d[%‰][\x20\u00a0]))(?:{pattern})(?![\w-])"
                                  rf"|(?<![\w-])(?:{pattern})(?=[\x20\u00a0]+(?:{_NUMBER_WORDS}))")
            for operation, pattern in words.items()}


def may_operate(source: str) -> bool:
    """The cheap test of an English source."""
    return ("plus" in source or "minus" in source or "Plus" in source or "Minus" in source) and \
        _SOURCE_RE.search(source) is not None


def operations_turned(source: str, target: str, target_language: str) -> tuple[LiteralMismatch, ...]:
    """The source's operation next to a number that the translation says as the other one only."""
    patterns = _target_res(target_language)
    if patterns is None:
        return ()
    said = {operation: pattern.search(target) for operation, pattern in patterns.items()}
    for found in _SOURCE_RE.finditer(source):
        operation = (found.group("after") or found.group("before")).lower()
        other = MINUS if operation == PLUS else PLUS
        if said[operation] is None and said[other] is not None:
            word = found.group("after") or found.group("before")
            start = found.start("after") if found.group("after") else found.start("before")
            other_found = said[other]
            return (LiteralMismatch(Literal(word, operation, start, start + len(word), "operation"),
                                    Literal(other_found.group(), other, other_found.start(), other_found.end(),
                                            "operation")),)
    return ()


# A tolerance or a range on both sides: "±5 EV", "12.7 mm ± 0.1 mm", "+/- 2". A translation that writes the
# same amount with one sign only ("+5 EV", "12,7 mm − 0,1 mm") has kept one side of it.
_PLUS_OR_MINUS = r"(?:±|\+/[-−]|\+[-−](?!\d[-−])|＋－|\+−)"
_SOURCE_PLUS_OR_MINUS_RE = re.compile(_PLUS_OR_MINUS + r"[\x20\u00a0\u202f]?(?P<amount>\d+(?:[.,]\d+)?)")
_ONE_SIGN_BEFORE_RE = re.compile(r"(?<![±/+＋])[+\-−＋－][\x20\u00a0\u202f]?$")
_BOTH_SIGNS_BEFORE_RE = re.compile(_PLUS_OR_MINUS + r"[\x20\u00a0\u202f]?$")


def may_say_plus_or_minus(source: str) -> bool:
    """The cheap test: "±" or "+/-" in the source."""
    return "±" in source or "+/" in source or "+-" in source or "+−" in source


def plus_or_minus_halved(source: str, target: str) -> tuple[LiteralMismatch, ...]:
    """The source's amounts after "±" that the translation writes after one sign only, and nowhere after
    both or after each ("±5 EV" / "+5 EV", "± 0.1 mm" / "− 0,1 mm"; not "de -5 à +5")."""
    for found in _SOURCE_PLUS_OR_MINUS_RE.finditer(source):
        digits = re.sub(r"\D", "", found.group("amount"))
        signed, signs, both = None, set(), False
        for other in re.finditer(r"(?<![\d.,])\d+(?:[.,]\d+)?(?![\d])", target):
            if re.sub(r"\D", "", other.group()) != digits:
                continue
            before = target[max(0, other.start() - 4):other.start()]
            if _BOTH_SIGNS_BEFORE_RE.search(before):
                both = True
            elif (sign := _ONE_SIGN_BEFORE_RE.search(before)) is not None:
                signs.add(sign.group().strip() in "+＋")
                signed = signed or other
        # ("±5" / "von -5 bis +5": both sides, said apart.)
        if signed is not None and not both and len(signs) == 1:
            sign = _ONE_SIGN_BEFORE_RE.search(target, max(0, signed.start() - 2), signed.start())
            start = sign.start() if sign is not None else signed.start()
            return (LiteralMismatch(Literal(found.group(), "±", found.start(), found.end(), "sign"),
                                    Literal(target[start:signed.end()], target[start], start, signed.end(), "sign")),)
    return ()
