"""compare_numbers: do a source text and its translation state the same quantities?

Values are compared as multisets, whatever the writing: "3.5" = "3,5", "three" = "trois",
"20th century" = "XXe siècle", "2.5 million" = "2,5 millions". The kind does not take part: an
ordinal and a cardinal of the same value agree ("the 3rd try" / "essai n° 3"), because
translators legitimately recast one as the other; only values are facts.

Order of matching:
1. equal values;
2. a translation number whose characters, read the source locale's way, give a leftover source
   value is the same number written in a foreign style ("262,000" in French reads 262) and is
   reported as such, not as changed;
3. a leftover 1 or 2 excused by an article-like word on the other side ("1 file" / "un fichier");
4. leftovers paired in text order into `changed`, the rest `missing` / `added`.
A number not valid at all in the target locale ("3.5" in French) is a style problem too, unless it
is identical to a source number standing where a version would (after a name: "Python 3.5").
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from babel import numbers as babel_numbers

from i18n.numbers.digits import DigitReading
from i18n.numbers.masking import mask_non_quantities
from i18n.numbers.model import Number, NumberComparison, StyleProblem
from i18n.numbers.reader import TextReading, may_have_numbers, read_text
from i18n.numbers.symbols import locale_symbols
from i18n.numbers.words import read_number_words

_EMPTY_COMPARISON = NumberComparison((), (), (), ())
_SMALL = (Decimal(1), Decimal(2))


def _suggest(reading: DigitReading, value: Decimal, locale: str) -> str:
    number = reading.number
    formatted = babel_numbers.format_decimal(
        abs(value), locale=locale_symbols(locale).locale, decimal_quantization=False
    )
    sign = number.text[0] if number.text[:1] in ("-", "+", "\u2212") else ""
    if number.kind in ("percent", "permille"):
        symbol = number.text[-1]
        return f"{sign}{formatted}\u00a0{symbol}" if locale_symbols(locale).language == "fr" else f"{sign}{formatted}{symbol}"
    return sign + formatted


def _style_problem(reading: DigitReading, value: Decimal, source_locale: str, target_locale: str) -> StyleProblem:
    number = reading.number
    language = babel_locale_name(target_locale)
    suggestion = _suggest(reading, value, target_locale)
    read_as = format(number.value.normalize(), "f")
    if reading.foreign:
        message = f'"{number.text}" is not written the {language} way; write "{suggestion}"'
    else:
        message = f'"{number.text}" reads as {read_as} in {language}; write "{suggestion}"'
    return StyleProblem(number, message, suggestion)


def babel_locale_name(locale: str) -> str:
    from babel import Locale

    return Locale.parse(locale_symbols(locale).locale).get_display_name("en")


def _weak_values(text: str, locale: str) -> list[Decimal]:
    return [number.value for number in read_number_words(mask_non_quantities(text), text, locale_symbols(locale).language).weak]


def compare_readings(
    source: TextReading, target: TextReading, source_text: str, target_text: str,
    source_locale: str, target_locale: str,
) -> NumberComparison:
    source_numbers = list(source.numbers)
    target_digit = {reading.number: reading for reading in target.digits}
    target_numbers = list(target.numbers)
    if not source_numbers and not target_numbers:
        return _EMPTY_COMPARISON

    unmatched_source: dict[Decimal, list[Number]] = defaultdict(list)
    for number in source_numbers:
        unmatched_source[number.value].append(number)
    leftover_target: list[Number] = []
    for number in target_numbers:
        bucket = unmatched_source.get(number.value)
        if bucket:
            bucket.pop(0)
        else:
            leftover_target.append(number)

    problems: list[StyleProblem] = []
    still_left: list[Number] = []
    for number in leftover_target:
        reading = target_digit.get(number)
        rescued = False
        if reading is not None:
            for alternative in reading.alternatives:
                bucket = unmatched_source.get(alternative)
                if bucket:
                    bucket.pop(0)
                    problems.append(_style_problem(reading, alternative, source_locale, target_locale))
                    rescued = True
                    break
        if not rescued:
            still_left.append(number)
    leftover_target = still_left

    # Foreign-style numbers that did match a source value: flag them unless they look like versions.
    flagged = {problem.number for problem in problems}
    for reading in target.digits:
        if reading.foreign and reading.number not in flagged and not _version_like(target_text, reading.number):
            problems.append(_style_problem(reading, reading.number.value, source_locale, target_locale))

    leftover_source = sorted(
        (number for bucket in unmatched_source.values() for number in bucket), key=lambda number: number.start
    )
    if leftover_source and any(number.value in _SMALL for number in leftover_source):
        weak = _weak_values(target_text, target_locale)
        leftover_source = _excuse(leftover_source, weak)
    if leftover_target and any(number.value in _SMALL for number in leftover_target):
        weak = _weak_values(source_text, source_locale)
        leftover_target = _excuse(leftover_target, weak)

    paired = min(len(leftover_source), len(leftover_target))
    problems.sort(key=lambda problem: problem.number.start)
    return NumberComparison(
        missing=tuple(leftover_source[paired:]),
        added=tuple(leftover_target[paired:]),
        changed=tuple(zip(leftover_source[:paired], leftover_target[:paired])),
        foreign_style=tuple(problems),
    )


def _excuse(numbers: list[Number], weak_values: list[Decimal]) -> list[Number]:
    remaining = list(weak_values)
    kept = []
    for number in numbers:
        if number.value in remaining:
            remaining.remove(number.value)
        else:
            kept.append(number)
    return kept


def _version_like(text: str, number: Number) -> bool:
    """A dotted number right after a capitalised name or "version": "Python 3.5", "GTK+ 2.0"."""
    before = text[: number.start].rstrip()
    if not before:
        return False
    word = before.split()[-1]
    return word[:1].isupper() or word.lower().startswith(("version", "v", "release", "rev"))


def compare_numbers(
    source: str, target: str, source_locale: str = "en", target_locale: str = "fr"
) -> NumberComparison:
    """The quantities of `source` missing from `target`, added, changed, or written in a foreign style."""
    if not may_have_numbers(source, source_locale) and not may_have_numbers(target, target_locale, words=False):
        return _EMPTY_COMPARISON
    source_reading = read_text(source, source_locale)
    # Number words a translation adds to a source without any number ("both" -> "les deux",
    # "a couple" -> "deux") are rephrasing, not facts; digits are still looked at.
    target_reading = read_text(
        target, target_locale, hint=locale_symbols(source_locale).convention, words=bool(source_reading.numbers)
    )
    if not source_reading.numbers and not target_reading.numbers:
        return _EMPTY_COMPARISON
    return compare_readings(source_reading, target_reading, source, target, source_locale, target_locale)
