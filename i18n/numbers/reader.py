"""read_numbers: every quantity of a text, read the way the text's locale writes numbers.

The fast path matters: most texts have no digit, no number word and no Roman ordinal, and leave
after one precompiled regex search.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from i18n.numbers.digits import DigitReading, read_digits
from i18n.numbers.masking import mask_non_quantities
from i18n.numbers.model import Number
from i18n.numbers.roman import read_roman
from i18n.numbers.symbols import Convention, locale_symbols
from i18n.numbers.words import read_number_words, trigger_pattern

_ROMAN_TRIGGER = r"\b[IVXLCDM]+(?:ᵉʳ|ʳᵉ|ᵉ|ème|eme|ième|er|re|e|è|th|st|nd|rd)?(?:\b|[ \u00a0\u202f]+[sScCJ])"


@dataclass(frozen=True)
class TextReading:
    """Everything the comparison needs to know about one text."""

    digits: tuple[DigitReading, ...]
    others: tuple[Number, ...]  # words and Roman numerals
    weak: tuple[Number, ...]  # "one", "un", "first": not Numbers, may excuse a 1 or 2 in digits

    @property
    def numbers(self) -> tuple[Number, ...]:
        found = [reading.number for reading in self.digits] + list(self.others)
        found.sort(key=lambda number: number.start)
        return tuple(found)


_EMPTY = TextReading((), (), ())
_DIGIT_RE = re.compile(r"\d")


@lru_cache(maxsize=None)
def _prefilter(language: str) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    words = trigger_pattern(language)
    any_number = r"\d|" + _ROMAN_TRIGGER + (f"|(?i:{words})" if words else "")
    return re.compile(any_number), (re.compile(words, re.IGNORECASE) if words else None)


def read_text(text: str, locale: str, hint: Convention | None = None) -> TextReading:
    symbols = locale_symbols(locale)
    anything, words = _prefilter(symbols.language)
    if not anything.search(text):
        return _EMPTY
    masked = mask_non_quantities(text)
    digits = read_digits(masked, text, symbols, hint) if _DIGIT_RE.search(masked) else ()
    roman = read_roman(masked, text)
    word_numbers: tuple[Number, ...] = ()
    weak: tuple[Number, ...] = ()
    if words is not None and words.search(masked):
        word_reading = read_number_words(masked, text, symbols.language)
        taken = [(reading.number.start, reading.number.end) for reading in digits]
        taken += [(number.start, number.end) for number in roman]

        def free(number: Number) -> bool:
            return all(number.end <= start or number.start >= end for start, end in taken)

        word_numbers = tuple(filter(free, word_reading.numbers))
        weak = tuple(filter(free, word_reading.weak))
    return TextReading(digits, roman + word_numbers, weak)


def read_numbers(text: str, locale: str) -> tuple[Number, ...]:
    """Every quantity in `text`, read with the CLDR number symbols of `locale`, in text order."""
    return read_text(text, locale).numbers
