"""Locale-bound Jinja filters: numbers, percentages, units, years and dates as CLDR writes them (Babel).

A figure is typed once, as a plain number in a sheet's data file; these filters decide how each
language writes it ("262,000" in English, "262 000" with U+202F in French).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from babel import Locale
from babel.dates import format_date, format_skeleton
from babel.numbers import format_decimal, format_percent
from babel.units import format_unit


def locale_filters(locale: str | Locale) -> dict[str, Callable]:
    """The filters a template gets for one render locale: number, percent, unit, year, date."""
    cldr_locale = Locale.parse(locale)

    def number(value) -> str:
        return format_decimal(value, locale=cldr_locale)

    def percent(value) -> str:
        """`value` is a share: 0.6 is written "60%" in English, "60 %" in French."""
        return format_percent(value, locale=cldr_locale)

    def unit(value, measurement_unit: str, length: str = "long") -> str:
        """`measurement_unit` is a CLDR unit id such as "area-hectare" or "area-square-kilometer".

        A line never breaks between a figure and its unit ("5,000 km²", "6 m"): CLDR's plain
        spaces become no-break spaces (French already has U+202F or U+00A0 there)."""
        return format_unit(value, measurement_unit, length=length, locale=cldr_locale).replace(" ", "\u00a0")

    def year(value) -> str:
        # A calendar year through the CLDR "y" skeleton: never grouped (2012, not 2,012) and in the
        # locale's own digits where it has them.
        return format_skeleton("y", date(int(value), 1, 1), locale=cldr_locale)

    def date_filter(value, style: str = "long") -> str:
        """`style` is a CLDR date length ("short", "medium", "long", "full") or a pattern."""
        if isinstance(value, str):
            value = date.fromisoformat(value)
        return format_date(value, format=style, locale=cldr_locale)

    return {
        "number": number,
        "percent": percent,
        "unit": unit,
        "year": year,
        "date": date_filter,
    }
