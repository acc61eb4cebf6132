"""The kind of value each locale filter formats: a filter given a value of the wrong kind (a word
where a number is expected) refuses it with WrongKind before formatting it, so that the error can
name the data file's key rather than fail inside Babel."""

from __future__ import annotations

import datetime
import decimal
from collections.abc import Callable, Mapping


class WrongKind(Exception):
    """A filter was given a value it cannot format (a word where a number is expected)."""

    def __init__(self, value, expected: str, filter_name: str):
        super().__init__(f"{filter_name} expects {expected}, not {shown(value)}")
        self.value = value
        self.expected = expected
        self.filter_name = filter_name


def _is_number(value) -> bool:
    return isinstance(value, (int, float, decimal.Decimal)) and not isinstance(value, bool)


def _is_whole(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_date(value) -> bool:
    if isinstance(value, datetime.date):
        return True
    if not isinstance(value, str):
        return False
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


# Filter name -> (test of its value, the kind named in the error).
FILTER_KINDS: dict[str, tuple[Callable[[object], bool], str]] = {
    "number": (_is_number, "a number"),
    "percent": (_is_number, "a number (a share: 0.6 for 60 %)"),
    "unit": (_is_number, "a number"),
    "year": (_is_whole, "a whole number (a year)"),
    "date": (_is_date, "a date (2012-04-05)"),
}


def kind_checked(filters: Mapping[str, Callable]) -> dict[str, Callable]:
    """The filters, each refusing a value of the wrong kind with WrongKind before formatting it."""

    def guarded(name: str, format_value: Callable, accepts: Callable[[object], bool], expected: str) -> Callable:
        def check_then_format(value, *args, **kwargs):
            if not accepts(value):
                raise WrongKind(value, expected, name)
            return format_value(value, *args, **kwargs)

        return check_then_format

    checked = dict(filters)
    for name, (accepts, expected) in FILTER_KINDS.items():
        if name in checked:
            checked[name] = guarded(name, checked[name], accepts, expected)
    return checked


def shown(value) -> str:
    """A data value as an error message quotes it."""
    if isinstance(value, Mapping):
        return "a table"
    if isinstance(value, tuple):
        return "an array"
    text = repr(str(value) if isinstance(value, str) else value)
    return text if len(text) <= 40 else text[:37] + "..."
