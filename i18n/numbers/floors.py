"""Floors by their number. British English counts floors above the ground floor, Japanese (as American
English) from it: "the first floor" is 2階 in a British text, 1階 in an American one; "the ground floor"
is 1階. A count of storeys ("more than 3 floors" / "4階建て") is no floor.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from i18n.numbers import quantity_words
from i18n.numbers.model import Number, NumberComparison, StyleProblem
from i18n.numbers.reader import read_text
from i18n.numbers.symbols import locale_symbols

# (A floor by its rank, "the 3rd floor", "the 2nd and 3rd floors"; not a count of storeys, "more than
# 3 floors" / "4階建て".)
_FLOOR_AFTER_RE = re.compile(r"(?i)(?P<rank>st|nd|rd|th)?[\x20\u00a0-]+floor(?P<plural>s)?\b")
_FLOOR_WORDS_RE = re.compile(r"(?i)\b([^\W\d_]+)[\x20\u00a0-]+floor\b")
_JAPANESE_FLOOR_RE = re.compile(r"[\x20\u00a0]?階(?!建)")


def _floors_read(source: str, target: str, source_locale: str, target_locale: str
                 ) -> tuple[list[Number], list[Number], list[Number]]:
    """The source's floors by their rank, each as a Number of its value (the ground floor 0), those of
    them read in digits, and the translation's floors ("3階")."""
    source_language = locale_symbols(source_locale).language
    floors = []
    for found in _FLOOR_WORDS_RE.finditer(source):
        value = Decimal(0) if found.group(1).lower() == "ground" else quantity_words.ordinal_value(source_language,
                                                                                                  found.group(1))
        if value is not None:
            floors.append(Number(value, found.group(1), found.start(1), found.end(1), "ordinal"))

    def a_source_floor(number: Number) -> bool:
        after = _FLOOR_AFTER_RE.match(source, number.end)
        return after is not None and (not after.group("plural") or after.group("rank") is not None
                                      or number.kind == "ordinal")

    in_digits = [number for number in read_text(source, source_locale).numbers if a_source_floor(number)]
    target_floors = [number for number in read_text(target, target_locale).numbers
                     if _JAPANESE_FLOOR_RE.match(target, number.end) is not None]
    return floors + in_digits, in_digits, target_floors


def without_floors_counted_from_the_ground(comparison: NumberComparison, source: str, target: str, source_locale: str,
                                           target_locale: str) -> NumberComparison:
    """`comparison` without the floors that the translation numbers one up from the source's, every one
    of them (not "the 1st floor" / "1階と2階", a floor added)."""
    floors, in_digits, target_floors = _floors_read(source, target, source_locale, target_locale)
    if not floors or sorted(floor.value for floor in target_floors) != sorted(floor.value + 1 for floor in floors):
        return comparison

    def a_floor(number: Number) -> bool:
        return _JAPANESE_FLOOR_RE.match(target, number.end) is not None

    return replace(
        comparison,
        added=tuple(number for number in comparison.added if not a_floor(number)),
        missing=tuple(number for number in comparison.missing if number not in in_digits),
        changed=tuple(pair for pair in comparison.changed if not (a_floor(pair[1]) and pair[0] in in_digits)))


def british_floors_not_counted_up(source: str, target: str, source_locale: str, target_locale: str
                                  ) -> tuple[StyleProblem, ...]:
    """A British text's floors that the translation numbers as they stand, where Japanese counts one
    up: "the first floor" (above the ground floor) / "1階" (the ground floor)."""
    floors, _, target_floors = _floors_read(source, target, source_locale, target_locale)
    if not floors or sorted(floor.value for floor in target_floors) != sorted(floor.value for floor in floors):
        return ()
    problems = []
    for floor in target_floors:
        said = next(other for other in floors if other.value == floor.value)
        suggestion = f"{floor.value + 1}階"
        problems.append(StyleProblem(floor, f'the "{said.text} floor" of British English is one above the ground '
                                            f'floor, which Japanese counts as the first; write "{suggestion}"', suggestion))
    return tuple(problems)
