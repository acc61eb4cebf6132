"""Property: a number Babel formats for a locale (CLDR symbols, grouping, decimals, percent) reads
back with read_numbers as the value it was formatted from, alone and inside a sentence."""

from decimal import Decimal

from babel import numbers as babel_numbers
from hypothesis import given, settings
from hypothesis import strategies as st

from i18n.numbers import compare_numbers, read_numbers

LOCALES = ["en", "fr", "de", "de_CH", "es", "it", "ru", "pt_BR", "nl"]

amounts = st.decimals(
    min_value=Decimal("-999999999.999"),
    max_value=Decimal("999999999.999"),
    places=3,
    allow_nan=False,
    allow_infinity=False,
)
whole_amounts = st.integers(min_value=0, max_value=10**12)


@settings(max_examples=300, deadline=None)
@given(amount=amounts, locale=st.sampled_from(LOCALES))
def test_formatted_decimal_reads_back(amount: Decimal, locale: str) -> None:
    written = babel_numbers.format_decimal(amount, locale=locale, decimal_quantization=False)
    (number,) = read_numbers(f"Total: {written} units.", locale)
    assert number.value == amount
    assert number.text == written


@settings(max_examples=200, deadline=None)
@given(amount=whole_amounts, locale=st.sampled_from(LOCALES))
def test_formatted_integer_reads_back_with_grouping(amount: int, locale: str) -> None:
    written = babel_numbers.format_decimal(amount, locale=locale, group_separator=True)
    assert [number.value for number in read_numbers(written, locale)] == [Decimal(amount)]


@settings(max_examples=200, deadline=None)
@given(
    fraction=st.decimals(min_value=Decimal("0"), max_value=Decimal("100"), places=4, allow_nan=False),
    locale=st.sampled_from(LOCALES),
)
def test_formatted_percent_reads_back(fraction: Decimal, locale: str) -> None:
    written = babel_numbers.format_percent(fraction, locale=locale, decimal_quantization=False)
    (number,) = read_numbers(written, locale)
    assert number.value == fraction * 100
    assert number.kind == "percent"


@settings(max_examples=200, deadline=None)
@given(amount=amounts, target=st.sampled_from(LOCALES))
def test_same_value_in_two_locales_compares_ok(amount: Decimal, target: str) -> None:
    source = f"about {babel_numbers.format_decimal(amount, locale='en', decimal_quantization=False)} units"
    translation = f"~ {babel_numbers.format_decimal(amount, locale=target, decimal_quantization=False)} u."
    assert compare_numbers(source, translation, "en", target).ok


@settings(max_examples=200, deadline=None)
@given(amount=st.integers(min_value=1000, max_value=10**9), target=st.sampled_from(["fr", "de", "es", "it", "ru", "pt_BR", "nl"]))
def test_changed_value_is_never_ok(amount: int, target: str) -> None:
    source = f"{babel_numbers.format_decimal(amount, locale='en')} hectares"
    translation = f"{babel_numbers.format_decimal(amount + 1, locale=target)} ha"
    comparison = compare_numbers(source, translation, "en", target)
    assert [(a.value, b.value) for a, b in comparison.changed] == [(Decimal(amount), Decimal(amount + 1))]
