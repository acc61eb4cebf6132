"""A half the translation does not say: "Half-Open Connections" / "Connexions ouvertes", "in the last
half hour" / "in der letzten Stunde", "half of one month's interest" / "los intereses de un mes".

A translation says a half in many ways: a word of its own ("demi", "halb", "medio", "пол", "半"), a
value ("30 minutes", "1 h 30", "0,5", "50 %", "1/2"), a division ("вдвое", "divisé par deux"), or only
in part ("parcialmente abiertas", "лишь частично"). A half said in none of them is lost. A half of a
game ("half-time", "each half lasts 45 minutes") is a period, not a value, and "only half installed" a
degree.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from decimal import Decimal

from i18n.numbers.model import Number

_HALF_RE = re.compile(r"(?i)(?<![\w-])half(?![\w])")
# "half-time", "halftime", "each half", "both halves": a period of a game; "half duplex", "half
# precision", "half word": a kind of thing a program names.
_NOT_A_VALUE_RE = re.compile(
    r"(?i)half[- ]?(?:time|duplex|precision|width|word|float|sectdiff|bright|adder|open(?=\s+interval))"
    # A degree, not a value: "only half configured", "a half-dead page", "half-baked".
    r"|half[- ](?:[^\W\d_]+ed|dead|done|baked|asleep|empty|full)\b")

_SAID = {
    "fr": r"(?i)demi|mi-|moiti|semi|partiel",
    "de": r"(?i)halb|hälft|teilweise|semi",
    "es": r"(?i)medi[oa]|mitad|semi|parcial",
    "ru": r"(?i)пол|вдвое|частичн|наполовину",
    "ja": r"半|部分|途中",
}
_SAID_RE = {language: re.compile(said + r"|half|½|\d\s?/\s?2\b|\d[.,]5\b") for language, said in _SAID.items()}

# The values that may say a half: of an hour or a minute (30, 90), a division by two, or a half of a
# power of ten ("0,5", "50 %", "500 000" for half a million).
_HALF_VALUES = frozenset({Decimal(2), Decimal(30), Decimal(90)})
# A time at half past ("19:30", "7 h 30") is read as a time, not as its minutes.
_HALF_PAST_RE = re.compile(r"(?<!\d)30(?!\d)|３０")


def _says_a_half(value: Decimal) -> bool:
    return value in _HALF_VALUES or value % 1 == Decimal("0.5") or value.normalize().as_tuple().digits == (5,)


def may_drop_a_half(source: str, target_language: str) -> bool:
    """The cheap test: an English "half" and a language whose ways of saying it are known."""
    return target_language in _SAID_RE and ("half" in source or "Half" in source)


def half_dropped(source: str, target: str, target_language: str, source_numbers: Callable[[], Iterable[Number]],
                 target_numbers: Callable[[], Iterable[Number]]) -> Number | None:
    """The source's half (one, as a value) that the translation says in no way. A count of the translation
    that the source does not state may be the half said with its noun ("half a dozen" / "six", "half a
    mile" / "800 m"); another part ("a quarter") or a "no" may not."""
    halves = [found for found in _HALF_RE.finditer(source)
              if not _NOT_A_VALUE_RE.match(source, found.start()) and not _a_period_before(source, found.start())]
    if len(halves) != 1 or _SAID_RE[target_language].search(target) is not None or _HALF_PAST_RE.search(target):
        return None
    found = halves[0]
    numbers = list(target_numbers())
    if any(_says_a_half(number.value) for number in numbers):
        return None
    parts = {number.text for number in numbers if number.kind == "fraction"}
    said = {number.value for number in numbers if number.text not in parts}
    stated = list(source_numbers())
    if said - {number.value for number in stated} - {Decimal(0), Decimal(1)}:
        return None
    # A half inside a phrase read whole ("half a dozen", 6), the phrase's value said.
    if any(number.start <= found.start() < number.end and number.value in said for number in stated):
        return None
    return Number(Decimal("0.5"), found.group(), found.start(), found.end(), "fraction")


_PERIOD_BEFORE_RE = re.compile(r"(?i)(?:each|either|both|every)\s+$")


def _a_period_before(source: str, start: int) -> bool:
    return _PERIOD_BEFORE_RE.search(source, max(0, start - 12), start) is not None
