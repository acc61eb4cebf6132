"""read_numbers: every quantity of a text, read the way the text's locale writes numbers.

The fast path matters: most texts have no digit, no number word and no Roman ordinal, and leave
after one precompiled regex search.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from i18n.numbers.digits import DigitReading, read_digits
from i18n.numbers.halves import may_say_a_half, read_halves
from i18n.numbers.masking import MASK, mask_non_quantities
from i18n.numbers.model import Number, overlaps
from i18n.numbers.roman import ARTICLE_FIRST_RE, CENTURY_FIRST_RE, EVENT_FIRST_RU_RE, may_follow_its_noun, read_roman
from i18n.numbers.symbols import Convention, ascii_digits, locale_symbols
from i18n.numbers.words import may_have_number_words, read_number_words

# Starts with a character class, so the regex engine scans for the letters at C speed. One
# letter needs "er" (Ier) or a century word after it ("Ve siècle").
ROMAN_TRIGGER_RE = re.compile(
    r"[IVXL](?:[IVXLC]+(?:ᵉʳ|ʳᵉ|ᵉ|ème|eme|ième|er|re|e|è|th|st|nd|rd)(?!\w)|er(?!\w)|ᵉʳ"
    r"|(?:e|ᵉ|th)?[ \u00a0\u202f]+(?:siècle|century|Jahrhundert|siglo|secolo|século|eeuw|århundrede|век|квартал"
    r"|фаз|стади|степен|категори|групп))"
)
DIGIT_RE = re.compile(r"\d")


@dataclass(frozen=True)
class TextReading:
    """Everything the comparison needs to know about one text."""

    numbers: tuple[Number, ...]  # in text order
    digits: tuple[DigitReading, ...]  # how each number written in digits was read
    weak: tuple[Number, ...]  # "one", "un", "first": not Numbers, may excuse a 1 or 2 in digits


_EMPTY = TextReading((), (), ())


def read_text(text: str, locale: str, hint: Convention | None = None, words: bool = True,
              not_numbers: tuple[tuple[int, int], ...] = ()) -> TextReading:
    """Read `text` in `locale`; `hint` is tried first for numbers foreign to the locale.

    `words=False` skips numbers written in words (the comparison does not look for them in a
    translation whose source has no number at all). `not_numbers` are spans read otherwise (dates).
    """
    if hint is None and words and not not_numbers:
        return _read_plainly(text, locale)
    return _read(text, locale, hint, words, not_numbers)


_MINUTES_MARK_RE = re.compile(r"(?<=°\d)['\u2019](?=\d)|(?<=°\d\d)['\u2019](?=\d)")


# One comparison reads the same text plainly several times (for its units, spans, signs, ranges).
@lru_cache(maxsize=32)
def _read_plainly(text: str, locale: str) -> TextReading:
    return _read(text, locale, None, True, ())


def _read(text: str, locale: str, hint: Convention | None, words: bool,
          not_numbers: tuple[tuple[int, int], ...]) -> TextReading:
    symbols = locale_symbols(locale)
    has_digit = DIGIT_RE.search(text) is not None
    has_words = words and may_have_number_words(text, symbols.language)
    has_roman = (ROMAN_TRIGGER_RE.search(text) is not None or CENTURY_FIRST_RE.search(text) is not None
                 or ARTICLE_FIRST_RE.search(text) is not None
                 or symbols.language == "ru" and EVENT_FIRST_RU_RE.search(text) is not None
                 or may_follow_its_noun(text))
    has_half = may_say_a_half(text, symbols.language)
    if not (has_digit or has_words or has_roman or has_half):
        return _EMPTY
    masked = mask_non_quantities(ascii_digits(text))
    if "°" in masked:  # ("50°52'21.92"N": the minutes' mark, no Swiss group separator.)
        masked = _MINUTES_MARK_RE.sub("\u2032", masked)
    for start, end in not_numbers:  # dates and times, compared as such
        masked = masked[:start] + MASK * (end - start) + masked[end:]
    digits = read_digits(masked, text, symbols, hint) if has_digit else ()
    numbers = [reading.number for reading in digits]
    if has_roman:
        numbers += read_roman(masked, text)
    weak: tuple[Number, ...] = ()
    if has_words:
        word_reading = read_number_words(masked, text, symbols.language)
        taken = [(number.start, number.end) for number in numbers]

        def free(number: Number) -> bool:
            return all(number.end <= start or number.start >= end for start, end in taken)

        numbers += filter(free, word_reading.numbers)
        weak = tuple(filter(free, word_reading.weak))
    if has_half:
        halves = read_halves(ascii_digits(text), symbols.language)
        if halves:
            numbers = [number for number in numbers if not overlaps(number, halves)] + list(halves)
            weak = tuple(number for number in weak if not overlaps(number, halves))
    numbers.sort(key=lambda number: number.start)
    return TextReading(tuple(numbers), digits, weak)



def read_numbers(text: str, locale: str) -> tuple[Number, ...]:
    """Every quantity in `text`, read with the CLDR number symbols of `locale`, in text order."""
    return read_text(text, locale).numbers
