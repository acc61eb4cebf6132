"""Powers of ten: "6.022 × 10²³", "1.6 × 10^-19", "3e8". Their exponent is written in superscript
digits, which are no digits to the rest of the comparison, or after a caret or an "e": a translation
that writes another exponent ("10³²", "10⁻²³") changes the quantity by orders of magnitude.
"""

from __future__ import annotations

import re

from i18n.numbers.model import Literal, LiteralMismatch

_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
# (An "e" exponent only right after a decimal number: "3.0e8", "1.5E-3"; not "2e" of a name.)
_POWER_RE = re.compile(r"(?<![\w.,])10[\x20\u00a0]?(?:(?P<superscript>⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)|\^\(?(?P<caret>[-−]?\d+)\)?)"
                       r"|(?<=\d)[eE](?P<e>[-−+]?\d+)(?![\w.,])")


# (Each starts with a character class: the engine scans for it at C speed.)
_SIGN_HINT_RE = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹^]")
_E_HINT_RE = re.compile(r"\d[eE][-−+]?\d")


def may_state_a_power(text: str) -> bool:
    """The cheap test: a superscript digit, a caret or an "e" between digits."""
    return ((_SIGN_HINT_RE.search(text) is not None or _E_HINT_RE.search(text) is not None)
            and _POWER_RE.search(text) is not None)


def _exponents(text: str) -> list[tuple[int, re.Match[str]]]:
    found = []
    for match in _POWER_RE.finditer(text):
        written = match.group("superscript") or match.group("caret") or match.group("e")
        exponent = written.translate(_SUPERSCRIPT_DIGITS).replace("−", "-").replace("+", "")
        found.append((int(exponent), match))
    return found


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
