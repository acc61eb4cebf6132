"""i18n.locales, the one owner of the locale rules: the two spellings for Babel, CLDR's knowledge,
names and text direction, as the checks, the number reader and the pages use them."""

from __future__ import annotations

import pytest
from babel import Locale, UnknownLocaleError

from i18n.errors import InputError
from i18n.locales import (
    babel_spelling,
    english_name,
    known_locale,
    language_name,
    language_tag,
    normalise_locale,
    parse_locale,
    text_direction,
)


@pytest.mark.parametrize(("value", "expected"), [
    ("fr-CA", "fr_CA"), ("fr_CA.UTF-8", "fr_CA"), ("sr@latin", "sr"), (" de ", "de"),
    ("", None), (None, None), (".UTF-8", None),
])
def test_normalise_locale_reads_a_written_locale_down_to_the_one_whose_rules_apply(value, expected):
    assert normalise_locale(value) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("pt-BR", "pt_BR"), ("sr@latin", "sr@latin"), ("fr_CA.UTF-8", "fr_CA.UTF_8"), ("zh-Hant-TW", "zh_Hant_TW"),
])
def test_babel_spelling_only_turns_dashes_into_underscores(value, expected):
    assert babel_spelling(value) == expected


def test_the_two_spellings_differ_where_a_modifier_is_written():
    # The number reader names its locale as the caller wrote it; Babel keeps the modifier.
    assert Locale.parse(babel_spelling("sr@latin")).modifier == "latin"
    assert Locale.parse(normalise_locale("sr@latin")).modifier is None


@pytest.mark.parametrize("locale", ["fr", "pt_BR", "ar", "zh_Hant_TW"])
def test_known_locales_parse(locale):
    assert known_locale(locale)
    assert parse_locale(locale.replace("_", "-")) == Locale.parse(locale)


@pytest.mark.parametrize("locale", ["xx", "fr-CA", "", "en_ZZZ"])
def test_unknown_locales_are_refused(locale):
    assert not known_locale(locale)


def test_parse_locale_names_the_unknown_locale():
    with pytest.raises(InputError, match="unknown locale 'xx'"):
        parse_locale("xx")


@pytest.mark.parametrize(("locale", "direction"), [("ar", "rtl"), ("he", "rtl"), ("fa_IR", "rtl"), ("fr", "ltr"),
                                                   ("ja", "ltr")])
def test_text_direction_is_cldrs_character_order(locale, direction):
    assert text_direction(locale) == direction
    assert text_direction(Locale.parse(locale)) == direction


def test_names_and_tags():
    assert language_tag("pt_BR") == "pt-BR"
    assert language_name("fr") == "Français"
    assert language_name("de_CH") == Locale.parse("de_CH").get_display_name("de_CH")[:1].upper() + \
        Locale.parse("de_CH").get_display_name("de_CH")[1:]
    assert english_name("fr_CA") == "French (Canada)"


def test_names_of_an_unknown_locale_raise_babels_error():
    with pytest.raises(UnknownLocaleError):
        text_direction("xx")
