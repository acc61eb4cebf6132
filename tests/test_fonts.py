"""Which fonts a page asks for, by its locale's script, and the Debian packages that provide them
(the families are checked against fontconfig, which WeasyPrint and Chromium draw with)."""

from __future__ import annotations

import subprocess

import pytest

from i18n.sheets.fonts import SCRIPT_FONTS, css_font_stack, debian_packages, font_families, script_of


@pytest.mark.parametrize("locale, script", [
    ("en", "Latn"), ("fr", "Latn"), ("ru", "Cyrl"), ("ar", "Arab"), ("fa", "Arab"), ("he", "Hebr"),
    ("hi", "Deva"), ("ja", "Jpan"), ("ko", "Kore"), ("zh", "Hans"), ("zh_TW", "Hant"), ("sr_Latn", "Latn"),
    ("sr", "Cyrl"), ("el", "Grek"), ("th", "Thai"),
])
def test_the_script_of_a_locale_is_cldrs_likely_one(locale, script):
    assert script_of(locale) == script


def test_the_page_asks_for_its_scripts_fonts_first_then_latin_ones():
    assert font_families("hi")[0] == "Noto Sans Devanagari"
    assert font_families("ar")[:2] == ("Noto Sans Arabic", "Noto Naskh Arabic")
    assert font_families("ru") == font_families("en") == ("Noto Sans", "DejaVu Sans")
    assert css_font_stack("ja") == '"Noto Sans CJK JP", "Noto Sans", "DejaVu Sans", sans-serif'


def test_packages_are_named_once_latin_first():
    assert debian_packages(["en", "ar", "hi", "ja", "zh"]) == ("fonts-noto-core", "fonts-dejavu-core", "fonts-noto-cjk")
    assert debian_packages(["en", "fr", "ru"]) == ("fonts-noto-core", "fonts-dejavu-core")


INSTALLED = ("Latn", "Cyrl", "Grek", "Arab", "Hebr", "Deva", "Jpan", "Kore", "Hans", "Hant", "Thai")


@pytest.mark.parametrize("script", INSTALLED)
def test_every_named_family_is_one_fontconfig_knows(script):
    """With .ci/run's packages installed, fontconfig resolves each family to itself (not a fallback)."""
    for family in SCRIPT_FONTS[script][0] or ("Noto Sans", "DejaVu Sans"):
        found = subprocess.run(["fc-match", "-f", "%{family}", family], capture_output=True, text=True, check=True).stdout
        assert family in found.split(","), (family, found)
