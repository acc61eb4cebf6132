"""What a locale code may be: the one owner of the rule, since a locale names folders and files.

A project's locale becomes a folder (`locales/<locale>/LC_MESSAGES/`, `build/<locale>/`), so it must
be a locale code and nothing else: GNU's language[_TERRITORY][@modifier] (with CLDR's _Script as
well, and `-` taken for `_`), letters and digits only. Babel alone accepts anything after `@`,
`de@x/../../victim` included.
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
    without_modifier = code.split("@")[0].replace("-", "_")
    try:
        Locale.parse(without_modifier)
    except (UnknownLocaleError, ValueError):
        if found.group("language") not in PLURALS:
            raise InputError(f"unknown locale {code!r}: neither CLDR nor GNU gettext knows it", path, line) from None
    return code
