"""Numbers in running text: read them the way each locale writes them, compare source and translation.

Public API: Number, StyleProblem, NumberComparison, read_numbers, compare_numbers.

Modules: symbols (CLDR symbols through Babel, cached per locale), masking (placeholders, versions,
codes, idioms such as "24/7": never numbers), digits (digit clusters read in the locale's
convention, with foreign readings and scale words), words (text2num, stand-ins), roman
(centuries, ordinals, names' numerals), reader (read_numbers and its fast prefilter), compare
(compare_numbers and the rules that keep it quiet), quantity_words (multipliers, fractions,
approximate counts, ordinals and frequencies in words, compared by kind). Each kind of meaning has
its own module: dates (dates and times as values), weekdays, literals (codes, options, versions),
bounds (comparators), directions (a rise or a fall), units, rates (per minute, monthly), durations
(spans of time in other units), halves, eras, compass (hemispheres), anchors, alternation, examples,
notes, time_units, model (the frozen results).

Decisions, in short:
- "one"/"un"/"une"/"ein", "first"/"premier", "second" are not Numbers (articles, adjectives, a
  unit of time); they only excuse a 1 or 2 written in digits on the other side.
- Values are compared, not kinds: "3rd" = "3" = "troisième" = "III" when the values agree.
- Years are 4-digit ungrouped integers 1000-2199 ("2012"); "2 012" and "1,984" are integers.
- "3D", "x86-64", "UTF-8", "v2.0", "1.9.1", "%d", "{0}", "2024-05-01", "12:30", "0x1F", "--level=3"
  are not quantities. "-9" is an option in a text with command-line options, else negative.
- A number in words without a counterpart is rephrasing and is not reported; paired with a
  different number it is reported as changed.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from i18n.numbers.compare import compare_numbers
    from i18n.numbers.model import Number, NumberComparison, StyleProblem
    from i18n.numbers.reader import read_numbers

# Imported when first asked for: the readers compile hundreds of patterns, and a check whose
# pairs are all remembered (checks/number_cache.py) needs only the model.
_EXPORTS = {"compare_numbers": "i18n.numbers.compare", "read_numbers": "i18n.numbers.reader",
            "Number": "i18n.numbers.model", "NumberComparison": "i18n.numbers.model",
            "StyleProblem": "i18n.numbers.model"}


def __getattr__(name: str):
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(_EXPORTS[name]), name)
    globals()[name] = value
    return value

__all__ = ["Number", "NumberComparison", "StyleProblem", "compare_numbers", "read_numbers"]
