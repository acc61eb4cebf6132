"""The Amur leopard sheet's content in both languages.

Every figure of data/amur-leopard.toml appears in every page as that page's language writes it
(CLDR through Babel), years are never grouped and none is invented, the chart and the table show
every estimate with what it counts and its year or "no year given", the sheet makes none of the
claims an editor found unsupported by the source material, and the French catalogue is complete,
accepted by `msgfmt -c` and typeset the French way (no-break spaces between a number and its noun).
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
    # A figure and its unit never part at a line end: CLDR's plain spaces become no-break spaces.
    if key.endswith("_km2"):
        return format_unit(value, "area-square-kilometer", length="short", locale=locale).replace(" ", NBSP)
    if key.endswith("_ha"):
        return format_unit(value, "area-hectare", locale=locale).replace(" ", NBSP)
    if key.endswith("_m"):
        return format_unit(value, "length-meter", length="short", locale=locale).replace(" ", NBSP)
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
    # 2018 in the source material heads a separate snippet: no fact of the sheet is dated by it.
    assert DATA_YEARS == {2007, 2012, 2016}


@pytest.mark.parametrize("output_format", FORMATS)
@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("path, key, value", ALL_FIGURES, ids=[".".join(path) for path, _, _ in ALL_FIGURES])
def test_every_figure_appears_as_the_language_writes_it(project, locale, output_format, path, key, value):
    assert written_as(key, value, locale) in page(project, locale, output_format)


@pytest.mark.parametrize(
    "locale, expected",
    [
        ("en", [f"262,000{NBSP}hectares", f"5,000{NBSP}km²", f"6{NBSP}m", "60%", "2012"]),
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
    text = page(project, locale, output_format)
    years = {int(year) for year in re.findall(r"(?<![\d.,#])(1[5-9]\d\d|20\d\d)(?!\d|[.,]\d)", text)}
    assert years == DATA_YEARS
    for year in DATA_YEARS:
        thousands, rest = divmod(year, 1000)
        assert not re.search(rf"{thousands}[,.\s\u202f\u00a0]{rest:03d}", text)


def chart_of(html: str) -> str:
    return re.search(r'<div class="pop-chart".*?<p class="pop-axis-label">.*?</p>\n</div>', html, re.S).group(0)


@pytest.mark.parametrize("locale", LOCALES)
def test_the_chart_draws_every_estimate_and_dates_only_the_dated_one(project, locale, french_catalogue):
    html = page(project, locale, "html")
    chart = chart_of(html)
    estimates = DATA["population"]
    rows = [row for row in re.split(r'<div class="pop-row', chart)[1:] if not row.startswith(" pop-axis")]
    assert len(rows) == len(estimates)
    assert chart.count('class="pop-mark ') == len(estimates)
    no_year = "no year given" if locale == "en" else translation(french_catalogue, "no year given")
    whens = re.findall(r'<span class="pop-when">(.*?)</span>', chart)
    assert sorted(whens) == sorted([str(estimate["year"]) if "year" in estimate else no_year
                                    for estimate in estimates.values()])
    for estimate in estimates.values():
        for field in ("low", "high", "count", "below", "about", "above"):
            if field in estimate:
                assert format_decimal(estimate[field], locale=locale) in chart


def translation(catalog, msgid, context=None):
    [entry] = [entry for entry in catalog.live_entries() if entry.msgid == msgid and entry.msgctxt == context]
    return entry.msgstr


@pytest.mark.parametrize("locale", LOCALES)
def test_the_table_gives_every_estimate_and_leaves_no_cell_empty(project, locale):
    html = page(project, locale, "html")
    table = re.search(r'<table class="estimates">.*?</table>', html, re.S).group(0)
    body = re.search(r"<tbody>(.*?)</tbody>", table, re.S).group(1)
    rows = re.findall(r"<tr>(.*?)</tr>", body, re.S)
    # Ten statements of the material; the Russian rise (two figures) and the park's count (two) are one each.
    assert len(rows) == len(DATA["population"]) - 2
    for row in rows:
        cells = re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)
        assert len(cells) == 5 and all(re.sub(r"<[^>]+>", "", cell).strip() for cell in cells), row


@pytest.mark.parametrize("locale", LOCALES)
def test_chart_text_comes_from_the_catalogue(project, locale, french_catalogue):
    chart = chart_of(page(project, locale, "html"))
    title = "Amur leopard population estimates, by what they count"
    axis = "Number of leopards"
    if locale == "fr":
        title, axis = translation(french_catalogue, title), translation(french_catalogue, axis)
    label = re.search(r'aria-label="([^"]*)"', chart).group(1)
    assert label.startswith(title.replace("’", "’")) and len(label) > len(title) + 40
    assert f'<p class="pop-axis-label">{axis}</p>' in chart


@pytest.mark.parametrize("locale", LOCALES)
def test_the_markdown_page_carries_every_estimate_in_its_table(project, locale):
    text = page(project, locale, "md")
    rows = [line for line in text.splitlines() if line.startswith("| ") and "---" not in line]
    for estimate in DATA["population"].values():
        for field in ("low", "high", "count", "below", "about", "above"):
            if field in estimate:
                assert any(format_decimal(estimate[field], locale=locale) in row for row in rows), (estimate, field)


@pytest.mark.parametrize("output_format", FORMATS)
@pytest.mark.parametrize("locale", LOCALES)
def test_the_seeds_noise_stays_out_and_the_leopard_cat_is_only_a_note(project, locale, output_format):
    text = page(project, locale, output_format)
    for noise in ("37.", "Yes?", "No?", "©", "archived", "archivé"):
        assert noise not in text
    assert text.count("Tsushima") == 1


# Claims a bilingual editor found in earlier versions that the source material does not make.
UNSUPPORTED = {
    "en": ["cubs seen", "Good news came", "cold country", "exception among", "carries animals", "It stands on",
           "priority species", "brink of extinction", "in Primorsky Krai, Russia, between Vladivostok and the Chinese border\n",
           "to more than"],
    "fr": ["suitée", "Bonne nouvelle", "pays froids", "exception", "permet aux animaux", "Il se trouve sur",
           "espèce prioritaire", "au bord de l’extinction", "à pas de loup", "d’ici", "Objet",
           "Début du passage", "l’Extrême-Orient (", "léopard de l’Extrême"],
}


@pytest.mark.parametrize("output_format", FORMATS)
@pytest.mark.parametrize("locale", LOCALES)
def test_no_claim_the_source_material_does_not_make(project, locale, output_format):
    text = page(project, locale, output_format)
    for phrase in UNSUPPORTED[locale]:
        assert phrase not in text, phrase
    # The main threats as the material states them, and the 2016 crossing only begun.
    assert ("habitat loss and poaching" if locale == "en" else "perte d’habitat et braconnage") in text
    assert ("began building" if locale == "en" else "a lancé la construction") in text


def visible_text(html: str) -> str:
    html = re.sub(r"<(style|head)\b.*?</\1>", "", html, flags=re.S)
    return re.sub(r"<[^>]+>", "", html)


def test_french_numbers_keep_their_nouns_and_ranges_on_one_line(project):
    text = visible_text(page(project, "fr", "html"))
    assert "léopard d’Extrême-Orient" in text
    assert f"P.{NBSP}bengalensis" in text
    assert f"ci\u2011dessous" in text and "ci-dessous" not in text
    assert f"10{NBSP}à{NBSP}15{NBSP}ans" in text and f"15{NBSP}à{NBSP}20{NBSP}ans" in text
    for figure in ("30", "84", "15"):
        assert re.search(rf"(?<![\d{NARROW_NBSP}]){figure}{NBSP}\w", text), figure
    # No number is followed by a plain space and a word (a noun it counts, or "à" in a range);
    # a conjunction or a preposition after a year or a bare figure may start the next line.
    assert not re.findall(r"\d (?!et\b|dans\b)[^\W\d_]", text)


def test_english_units_stay_with_their_figures(project):
    text = visible_text(page(project, "en", "html"))
    for figure in (f"5,000{NBSP}km²", f"6{NBSP}m", f"3{NBSP}m", f"262,000{NBSP}hectares"):
        assert figure in text
    assert f"P.{NBSP}bengalensis" in text


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
