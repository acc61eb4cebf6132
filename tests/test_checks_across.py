"""Across languages (X7xx): the source-locale catalogue's text against another locale's, and the
rendered sheets section by section."""

from __future__ import annotations

from i18n.checks.context import catalog_context
from i18n.checks.engine import CheckOptions, check_catalog, check_rendered_sheets
from i18n.checks.sheet_reading import compare_sheets, sheet_sections
from i18n.po.model import Entry
from tests.checks_support import catalogue


def across(en_entries, fr_entries):
    en = catalogue(en_entries, "en")
    fr = catalogue(fr_entries, "fr")
    options = CheckOptions(select=frozenset({"number-across-locales", "unused-ignore-flag"}))
    en_context = catalog_context(en, "en.po", CheckOptions(locale="en"), is_source=True)
    result = check_catalog(fr, catalog_context(fr, "fr.po", options), options, source_catalog=en,
                           source_context=en_context)
    return [(f.check, f.subject, f.form) for f in result.findings]


def test_english_copy_and_french_text_carry_the_same_numbers():
    msgid = "About 100 leopards."
    assert across([Entry(msgid=msgid, msgstr="About 120 leopards.")],
                  [Entry(msgid=msgid, msgstr="Environ 100 léopards.")]) == [("number-across-locales", "120", None)]
    assert across([Entry(msgid=msgid, msgstr="About 120 leopards.")],
                  [Entry(msgid=msgid, msgstr="Environ 120 léopards.")]) == []


def test_english_text_equal_to_the_msgid_is_not_compared_again():
    msgid = "About 100 leopards."
    assert across([Entry(msgid=msgid, msgstr=msgid)], [Entry(msgid=msgid, msgstr="Environ 100 léopards.")]) == []


def test_flag_silences_the_check_across_locales():
    msgid = "About 100 leopards."
    assert across([Entry(msgid=msgid, msgstr="About 120 leopards.")],
                  [Entry(msgid=msgid, msgstr="Environ 100 léopards.", flags=["ignore-number-mismatch"])]) == []


def test_plural_forms_pair_by_the_counts_they_serve():
    en = Entry(msgid="%d cub", msgid_plural="%d cubs", msgstr_plural=["one cub of 2", "%d cubs of 3"])
    fr = Entry(msgid="%d cub", msgid_plural="%d cubs", msgstr_plural=["%d petit sur 2", "%d petits sur 4"])
    assert across([en], [fr]) == [("number-across-locales", "3", 1)]


SHEET_EN = """<html><body>
<section id="facts"><h2>Facts</h2><p>About 120 leopards live in 8,000 km².</p></section>
<section id="cubs"><h2>Cubs</h2><p>Litters of 3 cubs.</p></section>
</body></html>"""
SHEET_FR = """<html><body>
<section id="facts"><h2>Faits</h2><p>Environ 120 léopards vivent sur 8 000 km².</p></section>
<section id="cubs"><h2>Petits</h2><p>Portées de 4 petits.</p></section>
</body></html>"""


def test_sections_pair_by_id_and_report_the_changed_number_at_its_line():
    problems = list(compare_sheets(SHEET_EN, SHEET_FR, "en", "fr"))
    assert [(line, problem.subject) for line, problem in problems] == [(3, "3")]


def test_sections_without_section_elements_split_at_headings():
    sections = sheet_sections("<h1>A</h1><p>1</p><h2>B</h2><p>2</p>")
    assert [section.text for section in sections] == ["A 1", "B 2"]


def test_svg_coordinates_are_not_numbers_of_the_sheet():
    sections = sheet_sections('<section><svg><rect x="12" y="40"/><text x="5">1990</text></svg></section>')
    assert sections[0].text == "1990"


def test_absent_sheets_are_an_info_not_an_error(tmp_path):
    findings = check_rendered_sheets(tmp_path / "build", "en", ("en", "fr"), CheckOptions())
    assert [(f.check, f.severity.value) for f in findings] == [("sheets-not-rendered", "info")]


def test_rendered_sheets_are_compared_per_locale(tmp_path):
    for locale, document in (("en", SHEET_EN), ("fr", SHEET_FR)):
        (tmp_path / locale).mkdir()
        (tmp_path / locale / "amur-leopard.html").write_text(document, encoding="utf-8")
    findings = check_rendered_sheets(tmp_path, "en", ("en", "fr"), CheckOptions())
    assert [(f.check, f.path.endswith("fr/amur-leopard.html"), f.line) for f in findings] == [
        ("number-across-sheets", True, 3)]


def test_numbers_swapped_between_paragraphs_are_found_block_by_block():
    english = "<section id='a'>\n<p>120 leopards.</p>\n<p>8 cubs.</p>\n</section>"
    french = "<section id='a'>\n<p>8 léopards.</p>\n<p>120 petits.</p>\n</section>"
    problems = list(compare_sheets(english, french, "en", "fr"))
    assert sorted((line, problem.subject) for line, problem in problems) == [(2, "120"), (3, "8")]


def test_every_number_a_reader_sees_is_compared_key_facts_notes_and_the_page_around_sections():
    english = """<html><head><title>2024</title></head><body>
<h1>Amur leopard</h1><p class="lede">About 120 left.</p>
<aside class="key-facts" aria-labelledby="key-facts-heading"><h2 id="key-facts-heading">Key facts</h2>
<dl><div><dt>Population</dt><dd>120</dd></div><div><dt>Range</dt><dd>8,000 km²</dd></div></dl></aside>
<section id="a"><h2>A</h2><p>3 cubs.</p></section>
<aside class="note" aria-labelledby="note-heading"><h2 id="note-heading">Note</h2><p>Counted in 2015.</p></aside>
<figure class="chart-figure"><figcaption>Count</figcaption><svg><text x="5">1990</text></svg></figure>
</body></html>"""
    french = (english.replace("About 120 left.", "Il en reste environ 102.")
              .replace("<dd>8,000 km²</dd>", "<dd>800 km²</dd>")
              .replace("3 cubs.", "3 petits.").replace("Counted in 2015.", "Comptés en 2016.")
              .replace(">1990<", ">1999<"))
    problems = sorted((line, problem.subject, problem.message.split(":")[0]) for line, problem in
                      compare_sheets(english, french, "en", "fr"))
    assert problems == [(2, "120", "section page"), (4, "8,000", "section aside.key-facts-heading"),
                        (6, "2015", "section aside.note-heading"), (7, "1990", "section figure.chart-figure")]


def test_a_sheet_whose_numbers_all_agree_outside_sections_too_has_no_finding():
    english = "<body><p>120 left.</p><aside class='note'><p>Since 2015.</p></aside><section><p>3</p></section></body>"
    french = "<body><p>120 restants.</p><aside class='note'><p>Depuis 2015.</p></aside><section><p>3</p></section></body>"
    assert list(compare_sheets(english, french, "en", "fr")) == []
