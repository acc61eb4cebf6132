"""Locales: the one owner of what a locale code may be, how it is spelt for Babel, whether CLDR
knows it, its names and its text direction.

A project's locale becomes a folder (`locales/<locale>/LC_MESSAGES/`, `build/<locale>/`), so it must
be a locale code and nothing else: GNU's language[_TERRITORY][@modifier] (with CLDR's _Script as
well, and `-` taken for `_`), letters and digits only. Babel alone accepts anything after `@`,
`de@x/../../victim` included.

Two spellings for Babel, because their callers need both: `normalise_locale` reads a value a user
or a header wrote (`fr_CA.UTF-8`, `sr@latin`, "" for none) down to the locale whose rules apply
(`fr_CA`, `sr`, None), as the checks and the review pages choose rules; `babel_spelling` only turns
a BCP 47 dash into gettext's underscore (`pt-BR` -> `pt_BR`) and keeps the rest as written (Babel
keeps `@latin` as the Locale's modifier), as the number reader and the plural table name a locale
they are handed.
"""

from __future__ import annotations

import re

from i18n.errors import InputError

LOCALE_CODE = re.compile(
    r"(?P<language>[a-z]{2,3})"
    r"(?:[_-](?P<script>[A-Z][a-z]{3}))?"
    r"(?:[_-](?P<territory>[A-Z]{2}|[0-9]{3}))?"
    r"(?:@(?P<modifier>[A-Za-z][A-Za-z0-9]{0,15}))?"
)
SHAPE = "language[_TERRITORY][@modifier], as in fr, pt_BR, sr@latin"


def is_locale_code(value: object) -> bool:
    """Whether `value` has the shape of a locale code (it may still be one nobody knows)."""
    return isinstance(value, str) and LOCALE_CODE.fullmatch(value) is not None


def check_locale_code(value: object, path: str | None = None, line: int | None = None) -> str:
    """`value` if it has the shape of a locale code; an InputError (exit 2) otherwise."""
    if not is_locale_code(value):
        raise InputError(f"{value!r} is not a locale code: {SHAPE}", path, line)
    return value


def check_known_locale(value: object, path: str | None = None, line: int | None = None) -> str:
    """`value` if it is a locale code that CLDR (through Babel) or GNU gettext's plural table knows."""
    from babel import Locale, UnknownLocaleError
    from babel.messages.plurals import PLURALS

    code = check_locale_code(value, path, line)
    found = LOCALE_CODE.fullmatch(code)
    without_modifier = babel_spelling(code.split("@")[0])
    try:
        Locale.parse(without_modifier)
    except (UnknownLocaleError, ValueError):
        if found.group("language") not in PLURALS:
            raise InputError(f"unknown locale {code!r}: neither CLDR nor GNU gettext knows it", path, line) from None
    return code


def normalise_locale(value: str | None) -> str | None:
    """`fr-CA`, `fr_CA.UTF-8`, `sr@latin` -> Babel's `fr_CA`, `sr`; None for an empty value."""
    if not value:
        return None
    value = value.strip().split(".")[0].split("@")[0].replace("-", "_")
    return value or None


def babel_spelling(locale: str) -> str:
    """`pt-BR` -> `pt_BR`: the dash of BCP 47 as gettext's underscore, nothing else changed."""
    return locale.replace("-", "_")


def known_locale(value: str) -> bool:
    """Whether CLDR (through Babel) knows `value` as it is spelt."""
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(value)
    except (UnknownLocaleError, ValueError, TypeError):
        return False
    return True


def parse_locale(locale: str):
    """The Babel Locale for `locale` ("pt-BR" or "pt_BR"); InputError for an unknown one."""
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(babel_spelling(locale))
    except (UnknownLocaleError, ValueError, TypeError):
        raise InputError(f"unknown locale {locale!r}") from None


# The names and direction below take a gettext locale code or a Babel Locale already parsed, and
# raise Babel's UnknownLocaleError or ValueError for a locale CLDR does not know.

def language_tag(locale) -> str:
    """The BCP 47 form of a gettext locale code, for `lang` and `hreflang`: pt_BR -> pt-BR."""
    from babel import Locale

    return str(Locale.parse(locale)).replace("_", "-")


def language_name(locale) -> str:
    """The language's name in itself, capitalised as a menu label is: "English", "Français"."""
    from babel import Locale

    name = Locale.parse(locale).get_display_name(locale) or locale
    return name[:1].upper() + name[1:]


def english_name(locale) -> str | None:
    """The locale's name in English ("French (Canada)"), as CLDR gives it."""
    from babel import Locale

    return Locale.parse(locale).get_display_name("en")


def text_direction(locale) -> str:
    """"rtl" for a right-to-left script, "ltr" otherwise (the `dir` attribute)."""
    from babel import Locale

    return "rtl" if Locale.parse(locale).character_order == "right-to-left" else "ltr"
