"""The Amur leopard sheet's content in both languages.

Every figure of data/amur-leopard.toml appears in every page as that page's language writes it
(CLDR through Babel), years are never grouped and none is invented, the chart draws only the dated
estimates, and the French catalogue is complete, accepted by `msgfmt -c` and typeset the French way.
"""

from __future__ import annotations

import re
import subprocess
import tomllib
import xml.etree.ElementTree as ET

import pytest
from babel.numbers import format_decimal, format_percent
from babel.units import format_unit

from i18n.po.io import read_catalog
from tests.test_render import REPOSITORY, SHEET, copy_project, page, prepare, run

LOCALES = ("en", "fr")
FORMATS = ("html", "md")
DATA = tomllib.loads((REPOSITORY / "data" / f"{SHEET}.toml").read_text(encoding="utf-8"))
# Keys whose value is a calendar year (never grouped: 2012, not 2,012).
YEAR_KEYS = {"year", "created", "construction_started"}
NARROW_NBSP, NBSP = "\u202f", "\u00a0"


def figures(table, path=()):
    """(path, key, value) for every number in the data file."""
    for key, value in table.items():
        if isinstance(value, dict):
            yield from figures(value, (*path, key))
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            yield (*path, key), key, value


def written_as(key: str, value, locale: str) -> str:
    """How the page must write a figure: the unit named by the key's suffix, CLDR's digits and spaces."""
    if key in YEAR_KEYS:
        return str(value)
    if isinstance(value, float):
        return format_percent(value, locale=locale)
    if key.endswith("_km2"):
        return format_unit(value, "area-square-kilometer", length="short", locale=locale)
    if key.endswith("_ha"):
        return format_unit(value, "area-hectare", locale=locale)
    if key.endswith("_m"):
        return format_unit(value, "length-meter", length="short", locale=locale)
    return format_decimal(value, locale=locale)


ALL_FIGURES = list(figures(DATA))
DATA_YEARS = {value for _, key, value in ALL_FIGURES if key in YEAR_KEYS}


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    root = prepare(copy_project(tmp_path_factory.mktemp("content") / "project"))
    run(root, "render")
    return root


@pytest.fixture(scope="module")
def french_catalogue(project):
    catalog, _ = read_catalog(project / "locales" / "fr" / "LC_MESSAGES" / "messages.po")
    return catalog


def without_chart(html: str) -> str:
    return re.sub(r"<figure.*?</figure>", "", html, flags=re.S)


# --- figures -----------------------------------------------------------------------------------


def test_the_data_file_holds_the_sheets_figures():
    assert len(ALL_FIGURES) >= 30
    assert DATA_YEARS == {2007, 2012, 2016, 2018}


@pytest.mark.parametrize("output_format", FORMATS)
@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("path, key, value", ALL_FIGURES, ids=[".".join(path) for path, _, _ in ALL_FIGURES])
def test_every_figure_appears_as_the_language_writes_it(project, locale, output_format, path, key, value):
    assert written_as(key, value, locale) in page(project, locale, output_format)


@pytest.mark.parametrize(
    "locale, expected",
    [
        ("en", ["262,000 hectares", "5,000 km²", "60%", "2012"]),
        ("fr", [f"262{NARROW_NBSP}000{NBSP}hectares", f"5{NARROW_NBSP}000{NARROW_NBSP}km²", f"60{NBSP}%", "2012"]),
    ],
)
def test_the_park_and_the_range_in_each_languages_own_digits(project, locale, expected):
    for output_format in FORMATS:
        text = page(project, locale, output_format)
        for figure in expected:
            assert figure in text


@pytest.mark.parametrize("output_format", FORMATS)
@pytest.mark.parametrize("locale", LOCALES)
def test_years_are_the_data_files_never_grouped_never_invented(project, locale, output_format):
    text = re.sub(r'xmlns="[^"]*"', "", page(project, locale, output_format))  # the SVG namespace's "2000"
    years = {int(year) for year in re.findall(r"(?<![\d.,#])(1[5-9]\d\d|20\d\d)(?![\d.,])", text)}
    assert years == DATA_YEARS
    for year in DATA_YEARS:
        thousands, rest = divmod(year, 1000)
        assert not re.search(rf"{thousands}[,.\s\u202f\u00a0]{rest:03d}", text)


def undated_estimates():
    return [(key, estimate) for key, estimate in DATA["population"].items() if "year" not in estimate]


@pytest.mark.parametrize("locale", LOCALES)
def test_the_chart_draws_the_dated_estimates_and_lists_the_others_beside_it(project, locale):
    html = page(project, locale, "html")
    svg = re.search(r"<svg.*?</svg>", html, re.S).group(0)
    root = ET.fromstring(svg)
    bars = root.findall("{http://www.w3.org/2000/svg}rect")
    dated = [estimate for estimate in DATA["population"].values() if "year" in estimate]
    assert len(bars) == len(dated) >= 1
    for estimate in dated:
        assert str(estimate["year"]) in svg
    rest = without_chart(html)
    assert undated_estimates()
    for key, estimate in undated_estimates():
        for field, value in estimate.items():
            assert format_decimal(value, locale=locale) in rest, (key, field)


@pytest.mark.parametrize("locale", LOCALES)
def test_chart_text_comes_from_the_catalogue(project, locale, french_catalogue):
    html = page(project, locale, "html")
    svg = ET.fromstring(re.search(r"<svg.*?</svg>", html, re.S).group(0))
    title = svg.find("{http://www.w3.org/2000/svg}title").text
    labels = {"".join(node.itertext()) for node in svg.iter("{http://www.w3.org/2000/svg}text")}
    translations = {entry.msgid: entry.msgstr for entry in french_catalogue.live_entries()}
    year = translations["Year"] if locale == "fr" else "Year"
    assert year in labels
    expected_title = "Amur leopard: dated population estimates and events"
    assert title == (translations[expected_title] if locale == "fr" else expected_title)
    assert svg.find("{http://www.w3.org/2000/svg}desc").text.strip()


@pytest.mark.parametrize("locale", LOCALES)
def test_the_markdown_page_carries_the_charts_figures_as_a_table(project, locale):
    text = page(project, locale, "md")
    for estimate in DATA["population"].values():
        if "year" in estimate:
            row = re.search(rf"^\| {estimate['year']} \|.*\|$", text, re.M)
            assert row and format_decimal(estimate["high"], locale=locale) in row.group(0)


@pytest.mark.parametrize("output_format", FORMATS)
@pytest.mark.parametrize("locale", LOCALES)
def test_the_seeds_noise_stays_out_and_the_leopard_cat_is_only_a_note(project, locale, output_format):
    text = page(project, locale, output_format)
    for noise in ("37.", "Yes?", "No?", "©", "archived", "archivé"):
        assert noise not in text
    assert text.count("Tsushima") == 1


# --- the French catalogue ------------------------------------------------------------------------


def test_french_catalogue_is_complete_and_msgfmt_accepts_it(project, french_catalogue):
    live = [entry for entry in french_catalogue.live_entries() if not entry.is_header]
    assert len(live) >= 80
    assert [entry.msgid for entry in live if entry.fuzzy or not entry.translated] == []
    po = project / "locales" / "fr" / "LC_MESSAGES" / "messages.po"
    check = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(po)], capture_output=True, text=True)
    assert check.returncode == 0, check.stderr


def test_no_figure_is_typed_in_a_message(french_catalogue):
    """Figures come from the data file through the locale's filters, so a message holds no digit."""
    for entry in french_catalogue.live_entries():
        assert not re.search(r"\d", entry.msgid + (entry.msgid_plural or "")), entry.msgid


def test_messages_with_a_count_have_plural_forms(french_catalogue):
    counted = [entry for entry in french_catalogue.live_entries() if "%(num)s" in entry.msgid]
    assert len(counted) >= 10
    for entry in counted:
        assert entry.is_plural, entry.msgid
        singular, plural = entry.msgstr_plural
        assert singular != plural, entry.msgid


def french_texts(catalog):
    for entry in catalog.live_entries():
        if not entry.is_header:
            for text in entry.translations:
                yield entry.msgid, re.sub(r"%\(\w+\)s", "0", text)


def test_french_typography_spaces_quotes_and_apostrophes(french_catalogue):
    for msgid, text in french_texts(french_catalogue):
        assert not re.search(rf"[^{NARROW_NBSP}{NBSP}][;:!?]", text), msgid
        assert not re.search(rf"«[^{NARROW_NBSP}]|[^{NARROW_NBSP}]»", text), msgid
        assert "'" not in text and '"' not in text, msgid


@pytest.mark.parametrize("output_format", FORMATS)
def test_the_french_pages_leave_no_english_sentence(project, french_catalogue, output_format):
    text = page(project, "fr", output_format)
    for entry in french_catalogue.live_entries():
        if entry.is_header or entry.msgstr == entry.msgid:
            continue
        longest = max(re.split(r"%\(\w+\)s", entry.msgid), key=len)
        if len(longest) >= 24:  # shorter ones may be names the French text quotes ("Amur leopard")
            assert longest not in text, entry.msgid
