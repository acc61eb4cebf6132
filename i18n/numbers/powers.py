"""Powers of ten written with a superscript exponent: "6.022 × 10²³". Superscript digits are no
digits to the rest of the comparison, so a translation that writes another exponent ("10³²",
"10⁻²³") changes the quantity by orders of magnitude unseen. (An exponent after a caret or an "e",
"10^23", "3e8", is in ordinary digits and compared with them.)
"""

from __future__ import annotations

import re
from decimal import Decimal

from i18n.numbers.model import Literal, LiteralMismatch, Number

_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
_POWER_RE = re.compile(r"(?<![\w.,])10[\x20\u00a0]?(?P<exponent>⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)")
# (A character class first: the engine scans for it at C speed.)
_HINT_RE = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]")


def may_state_a_power(text: str) -> bool:
    """The cheap test: a superscript digit, then a power of ten."""
    return _HINT_RE.search(text) is not None and _POWER_RE.search(text) is not None


_EXPONENT_AFTER_RE = re.compile(r"[\x20\u00a0]?⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]")


def is_a_power_base(text: str, start: int, end: int) -> bool:
    """Whether the digits from `start` to `end` are the ten of a power ("10⁹/L"), which this module
    compares by its exponent: no code of its own."""
    return text[start:end] == "10" and _EXPONENT_AFTER_RE.match(text, end) is not None


def _exponents(text: str) -> list[tuple[int, re.Match[str]]]:
    return [(int(match.group("exponent").translate(_SUPERSCRIPT_DIGITS)), match) for match in _POWER_RE.finditer(text)]


def exponents_changed(source: str, target: str) -> tuple[LiteralMismatch, ...]:
    """The source's powers of ten the translation writes with another exponent (where it writes one)."""
    target_exponents = _exponents(target)
    unmatched = []
    for exponent, match in _exponents(source):
        same = next((power for power in target_exponents if power[0] == exponent), None)
        if same is None:
            unmatched.append((exponent, match))
        else:
            target_exponents.remove(same)
    return tuple(LiteralMismatch(Literal(match.group(), str(exponent), match.start(), match.end(), "power of ten"),
                                 Literal(other.group(), str(other_exponent), other.start(), other.end(), "power of ten"))
                 for (exponent, match), (other_exponent, other) in zip(unmatched, target_exponents))


# A count in scientific notation: "250 ×10³/µL", a value a translation may write whole ("25.0万/µL");
# of a range, its start takes its end's power ("150–400 ×10³").
_TIMES_A_POWER_RE = re.compile(r"(?:[\x20\u00a0]?[-–〜～~][\x20\u00a0]?\d[\d.,]*)?"
                               r"[\x20\u00a0]?[×xX·][\x20\u00a0]?10(?P<exponent>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})")


def value_written_whole(number: Number, text: str) -> Decimal | None:
    """`number` times the power of ten written after it, or after its range's end; None without one."""
    power = _TIMES_A_POWER_RE.match(text, number.end)
    return None if power is None else number.value.scaleb(int(power.group("exponent").translate(_SUPERSCRIPT_DIGITS)))
