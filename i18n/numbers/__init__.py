"""Numbers in running text: read them the way each locale writes them, compare source and translation.

Public API: Number, StyleProblem, NumberComparison, read_numbers, compare_numbers.
"""

from i18n.numbers.compare import compare_numbers
from i18n.numbers.model import Number, NumberComparison, StyleProblem
from i18n.numbers.reader import read_numbers

__all__ = ["Number", "NumberComparison", "StyleProblem", "compare_numbers", "read_numbers"]
