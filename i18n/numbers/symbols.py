"""The number symbols of a locale, taken from CLDR through Babel, with the alternates people type.

Everything is computed once per locale (lru_cache): callers read numbers in tens of thousands of
strings and must not call Babel per number.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel import numbers as babel_numbers

# CLDR uses U+202F (fr), U+00A0 (ru, pl, sv...) or U+2009; writers type any of them or a plain space.
SPACE_GROUPS = frozenset(" \u00a0\u202f\u2009")
# de_CH groups with U+2019; a typewriter apostrophe is the everyday spelling of it.
APOSTROPHE_GROUPS = frozenset("'\u2019")


@dataclass(frozen=True)
class Convention:
    """One way of writing a number: which characters group digits and which one starts decimals."""

    name: str
    groups: frozenset[str]
    decimal: str


@dataclass(frozen=True)
class LocaleSymbols:
    locale: str
    language: str
    convention: Convention
    plus: str
    minus: str
    percent: str
    permille: str


def _alternates(group: str) -> frozenset[str]:
    if group in SPACE_GROUPS:
        return SPACE_GROUPS
    if group in APOSTROPHE_GROUPS:
        return APOSTROPHE_GROUPS
    # A locale that groups with a comma or period still reads a no-break space as a group (SI style).
    return frozenset({group, "\u00a0", "\u202f", "\u2009"})


def normalise_locale(locale: str) -> str:
    return locale.replace("-", "_")


@lru_cache(maxsize=None)
def locale_symbols(locale: str) -> LocaleSymbols:
    name = normalise_locale(locale)
    try:
        parsed = Locale.parse(name)
    except (UnknownLocaleError, ValueError):
        parsed = Locale.parse("en")
        name = "en"
    decimal = babel_numbers.get_decimal_symbol(parsed)
    group = babel_numbers.get_group_symbol(parsed)
    latn = parsed.number_symbols.get("latn", {})
    return LocaleSymbols(
        locale=name,
        language=parsed.language,
        convention=Convention(name, _alternates(group), decimal),
        plus=babel_numbers.get_plus_sign_symbol(parsed).strip("\u200e\u200f\u061c"),
        minus=babel_numbers.get_minus_sign_symbol(parsed).strip("\u200e\u200f\u061c"),
        percent=latn.get("percentSign", "%").strip("\u200e\u200f\u061c"),
        permille=latn.get("perMille", "\u2030").strip("\u200e\u200f\u061c"),
    )


# The writing conventions a foreign-style number can come from, tried after the locales' own.
COMMON_CONVENTIONS = (
    Convention("comma-group point-decimal", frozenset(","), "."),
    Convention("period-group comma-decimal", frozenset("."), ","),
    Convention("space-group comma-decimal", SPACE_GROUPS, ","),
    Convention("apostrophe-group point-decimal", APOSTROPHE_GROUPS, "."),
)
