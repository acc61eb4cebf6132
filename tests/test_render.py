"""Rendering the fact sheets: `render_sheet` itself and `factsheet render` on a copy of the project.

The copy holds the repository's pyproject.toml, templates/, data/ and locales/ (no .mo, no build
output); each test that needs compiled catalogues builds them with the project's own commands.
"""

from __future__ import annotations

import contextlib
import gettext
import re
import subprocess
import textwrap
from pathlib import Path

import pytest
from babel.numbers import format_decimal
from click.testing import CliRunner
from markupsafe import escape

from i18n.cli import cli
from i18n.sheets.render import render_sheet
from i18n.sheets.data import discover_sheets, load_sheet
from tests.project_fixture import REPOSITORY
from tests.project_fixture import copy_real_project as copy_project

LOCALES = ("en", "fr")
FORMATS = ("html", "md")
SHEET = "amur-leopard"


def run(root: Path, *args: str):
    """A command through click's CliRunner, in the project `root`; it must succeed."""
    with contextlib.chdir(root):
        result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def run_entry_point(root: Path, *args: str) -> subprocess.CompletedProcess:
    """The installed `factsheet` command, error handling and exit codes included."""
    return subprocess.run(["factsheet", *args], cwd=root, capture_output=True, text=True)


def prepare(root: Path) -> Path:
    """Catalogues up to date and compiled, as `factsheet build` leaves them before rendering."""
    for step in ("extract", "update", "compile"):
        run(root, step)
    return root


def set_msgstr(po_path: Path, msgid: str, msgstr: str) -> None:
    """A translator's edit: the msgstr line of one single-line entry, nothing else touched."""
    text = po_path.read_text(encoding="utf-8")
    pattern = re.compile(rf'^(msgid "{re.escape(msgid)}"\nmsgstr )".*"$', re.M)
    assert pattern.search(text), msgid
    po_path.write_text(pattern.sub(lambda match: f'{match.group(1)}"{msgstr}"', text), encoding="utf-8")


def page(root: Path, locale: str, output_format: str, slug: str = SHEET) -> str:
    return (root / "build" / locale / f"{slug}.{output_format}").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A copy of the project with every page rendered by `factsheet render`."""
    root = prepare(copy_project(tmp_path_factory.mktemp("render") / "project"))
    run(root, "render")
    return root


@pytest.fixture
def project(tmp_path):
    return prepare(copy_project(tmp_path / "project"))


# --- pages and links ---------------------------------------------------------------------------


def test_render_writes_every_locale_and_format_by_default(built):
    written = sorted(path.relative_to(built / "build").as_posix() for path in (built / "build").rglob("*.*"))
    assert written == sorted(f"{locale}/{SHEET}.{fmt}" for locale in LOCALES for fmt in FORMATS)


def test_a_second_render_changes_no_file(built):
    result = run(built, "render")
    assert result.output.count("unchanged") == len(LOCALES) * len(FORMATS)


@pytest.mark.parametrize("locale", LOCALES)
def test_html_page_says_its_language_and_links_to_every_other_version(built, locale):
    html = page(built, locale, "html")
    assert re.search(rf'<html lang="{locale}"', html)
    assert re.search(rf'<span aria-current="page" lang="{locale}">', html)
    for other in set(LOCALES) - {locale}:
        href = f"../{other}/{SHEET}.html"
        assert f'<link rel="alternate" hreflang="{other}" href="{href}">' in html
        assert re.search(rf'<a href="{re.escape(href)}" hreflang="{other}"', html)
        assert (built / "build" / locale / href).resolve().is_file()
    assert f'href="../{locale}/' not in html


@pytest.mark.parametrize("locale", LOCALES)
def test_markdown_page_links_to_every_other_version(built, locale):
    text = page(built, locale, "md")
    for other in set(LOCALES) - {locale}:
        link = re.search(rf"\]\((\.\./{other}/{SHEET}\.md)\)", text)
        assert link and (built / "build" / locale / link.group(1)).resolve().is_file()


@pytest.mark.parametrize("locale", LOCALES)
def test_html_page_is_standalone_and_fits_phone_and_print(built, locale):
    html = page(built, locale, "html")
    assert html.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in html
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    for forbidden in ("<script", "javascript:", "@import", "url("):
        assert forbidden not in html.lower()
    assert not re.search(r'(src|href)="(https?:)?//', html), "nothing is fetched from the network"
    assert not re.search(r"\son[a-z]+\s*=", html)
    assert "@media print" in html and "max-width" in html
    assert re.search(r'<aside class="key-facts"[^>]*>.*?<dl>.*?<dt>.*?</dd>.*?</dl>', html, re.S)
    figure = re.search(r"<figure.*?</figure>", html, re.S).group(0)
    # The chart is an image with a text alternative, and its figures are a table with a caption.
    assert re.search(r'<div class="pop-chart"[^>]* role="img" aria-label="[^"]{40,}"', figure)
    assert re.search(r"<table[^>]*>\s*<caption>[^<]+</caption>.*</table>", figure, re.S)


@pytest.mark.parametrize("locale", LOCALES)
def test_markdown_page_is_plain_markdown(built, locale):
    text = page(built, locale, "md")
    lines = text.splitlines()
    assert lines[0].startswith("# ") and sum(line.startswith("# ") for line in lines) == 1
    assert sum(line.startswith("## ") for line in lines) >= 6
    assert "| --- | --- |" in lines
    assert not re.search(r"</?[a-zA-Z][^>]*>", text)
    assert "&#39;" not in text and "&#34;" not in text


def test_locale_format_and_output_folder_can_be_chosen(project, tmp_path):
    out = tmp_path / "site"
    result = run(project, "render", "--locale", "fr", "--format", "md", "--out", str(out))
    assert [path.relative_to(out).as_posix() for path in out.rglob("*.*")] == [f"fr/{SHEET}.md"]
    assert not (project / "build").exists()
    assert "fr/amur-leopard.md: written" in result.output


# --- errors --------------------------------------------------------------------------------------


def assert_one_line_error(result: subprocess.CompletedProcess, exit_codes, starts: str):
    assert result.returncode in exit_codes, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith(f"factsheet: error: {starts}"), result.stderr


@pytest.mark.parametrize(
    "args, message",
    [(["--locale", "de"], "unknown locale 'de'"), (["--sheet", "snow-leopard"], "unknown sheet 'snow-leopard'")],
)
def test_unknown_locale_or_sheet_is_exit_2(project, args, message):
    result = run_entry_point(project, "render", *args)
    assert_one_line_error(result, {2}, message)
    assert not (project / "build").exists()


def test_unknown_format_is_a_usage_error(project):
    result = run_entry_point(project, "render", "--format", "docx")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "'docx' is not one of 'html', 'md', 'pdf'" in result.stderr


def insert_after(path: Path, marker: str, text: str) -> int:
    """Insert `text` as a line after the first line containing `marker`; its line number."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    line_number = next(index for index, line in enumerate(lines, start=1) if marker in line) + 1
    lines.insert(line_number - 1, text + "\n")
    path.write_text("".join(lines), encoding="utf-8")
    return line_number


@pytest.mark.parametrize(
    "template, marker, broken",
    [
        ("sheets/amur-leopard.j2", "{% block content %}", "{% if %}"),  # syntax error in the sheet
        ("sheets/amur-leopard.j2", "{% block content %}", "{{ data.no_such_table.value }}"),  # StrictUndefined
        ("macros/html.j2", "sheet is written once", "{% endfor %}"),  # syntax error in an imported template
        ("layouts/html.j2", "<head>", "{{ 1 / 0 }}"),  # runtime error in the layout
    ],
)
def test_template_error_is_one_line_naming_template_and_line(project, template, marker, broken):
    line = insert_after(project / "templates" / template, marker, broken)
    result = run_entry_point(project, "render", "--format", "html")
    assert_one_line_error(result, {1, 2}, f"templates/{template}:{line}: ")
    assert not (project / "build").exists()


def test_bad_data_file_names_its_line(project):
    line = insert_after(project / "data" / f"{SHEET}.toml", "[names]", "area = = 5")
    result = run_entry_point(project, "render")
    assert_one_line_error(result, {2}, f"data/{SHEET}.toml:{line}: invalid TOML")


def test_missing_template_is_reported_at_the_data_files_setting(project):
    data = project / "data" / f"{SHEET}.toml"
    text = data.read_text(encoding="utf-8")
    line = text[: text.index("template =")].count("\n") + 1
    data.write_text(text.replace('"sheets/amur-leopard.j2"', '"sheets/nowhere.j2"'), encoding="utf-8")
    result = run_entry_point(project, "render")
    assert_one_line_error(result, {2}, f"data/{SHEET}.toml:{line}: template 'sheets/nowhere.j2' not found")


def test_uncompiled_translation_is_an_error_not_an_english_page(project):
    (project / "locales" / "fr" / "LC_MESSAGES" / "messages.mo").unlink()
    result = run_entry_point(project, "render", "--locale", "fr")
    assert_one_line_error(result, {1}, "locales/fr/LC_MESSAGES/messages.mo: no compiled catalogue")


# --- translators and new sheets ---------------------------------------------------------------


def test_a_translators_edit_reaches_the_french_sheet(project):
    po = project / "locales" / "fr" / "LC_MESSAGES" / "messages.po"
    set_msgstr(po, "Threats", "Ce qui menace la panthère")
    stale = run_entry_point(project, "render", "--locale", "fr")
    assert "messages.po changed since it was compiled" in stale.stderr
    assert "Ce qui menace" not in page(project, "fr", "html")

    run(project, "build")
    assert ">Ce qui menace la panthère</h2>" in page(project, "fr", "html")
    assert "## Ce qui menace la panthère" in page(project, "fr", "md")
    assert "Ce qui menace" not in page(project, "en", "html")


def test_an_edit_that_changes_no_translation_is_not_called_stale(project):
    po = project / "locales" / "fr" / "LC_MESSAGES" / "messages.po"
    po.write_text("# Relu par l’équipe.\n" + po.read_text(encoding="utf-8"), encoding="utf-8")
    result = run_entry_point(project, "render", "--locale", "fr")
    assert result.returncode == 0 and result.stderr == ""


SECOND_DATA = """\
# No [sheet] table: the template is sheets/<slug>.j2.
[range]
area_km2 = 1234567
"""
SECOND_TEMPLATE = """\
{% extends "layouts/" ~ format ~ ".j2" %}
{% import "macros/" ~ format ~ ".j2" as f %}
{% block title %}{{ _("Snow test sheet") }}{% endblock %}
{% block description %}{{ _("Snow test sheet") }}{% endblock %}
{% block content %}
{% call f.section(_("Snow test range"), "range") %}
{% call f.para() %}
{% trans area=data.range.area_km2|number %}It ranges over {{ area }} square kilometres.{% endtrans %}
{% endcall %}
{% endcall %}
{% endblock %}
"""


def test_a_second_sheet_is_only_a_data_file_a_template_and_its_messages(project):
    (project / "data" / "snow-test.toml").write_text(SECOND_DATA, encoding="utf-8")
    (project / "templates" / "sheets" / "snow-test.j2").write_text(SECOND_TEMPLATE, encoding="utf-8")
    run(project, "extract")
    run(project, "update")
    po = project / "locales" / "fr" / "LC_MESSAGES" / "messages.po"
    set_msgstr(po, "Snow test sheet", "Fiche d’essai neige")
    run(project, "compile")
    run(project, "render")

    for locale in LOCALES:
        for fmt in FORMATS:
            assert (project / "build" / locale / f"snow-test.{fmt}").is_file()
            assert (project / "build" / locale / f"{SHEET}.{fmt}").is_file()
        html = page(project, locale, "html", "snow-test")
        assert f'<html lang="{locale}"' in html
        assert format_decimal(1234567, locale=locale) in html
        assert 'hreflang="' in html
    assert "<title>Fiche d’essai neige</title>" in page(project, "fr", "html", "snow-test")
    assert "# Snow test sheet" in page(project, "en", "md", "snow-test")


# --- render_sheet: escaping ------------------------------------------------------------------


class HostileTranslations(gettext.NullTranslations):
    """Every translation starts with markup a translator should not be able to inject."""

    PREFIX = "<script>alert('x')</script><b onclick=\"evil()\">[link](javascript:alert(1))"

    def gettext(self, message):
        return self.PREFIX + message

    def ngettext(self, singular, plural, count):
        return self.PREFIX + (singular if count == 1 else plural)


@pytest.mark.parametrize("output_format", FORMATS)
def test_markup_in_a_translation_comes_out_as_text(output_format):
    sheet = load_sheet(REPOSITORY / "data" / f"{SHEET}.toml")
    text = render_sheet(
        sheet, "fr", output_format,
        templates_dir=REPOSITORY / "templates", translations=HostileTranslations(), locales=LOCALES,
    )
    escaped = str(escape(HostileTranslations.PREFIX))
    if output_format == "md":
        escaped = escaped.replace("&#39;", "'").replace("&#34;", '"').replace("[", "\\[").replace("]", "\\]")
    assert "<script" not in text and "<b " not in text and "href=\"javascript" not in text
    if output_format == "md":
        # No Markdown link either: each bracket of the message is backslashed.
        assert not re.search(r"(?<!\\)\]\(javascript:", text)
    # Every message went through the escaping, gettext and ngettext (a message with a count) alike.
    assert text.count(escaped) >= 80
    assert escaped + "more than 300 leopards around the world" in text
    # Markup from the template itself (the scientific name's emphasis) is still markup.
    emphasis = "<em>Panthera pardus orientalis</em>" if output_format == "html" else "*Panthera pardus orientalis*"
    assert emphasis in text


def test_render_sheet_needs_no_catalogue_for_the_source_language():
    (sheet,) = [sheet for sheet in discover_sheets(REPOSITORY / "data") if sheet.slug == SHEET]
    text = render_sheet(
        sheet, "en", "md", templates_dir=REPOSITORY / "templates",
        translations=gettext.NullTranslations(), locales=("en",),
    )
    assert text.startswith("# Amur leopard\n")
    assert "Other languages" not in text


@pytest.mark.parametrize("locale, tag", [("pt_BR", "pt-BR"), ("zh_Hant_TW", "zh-Hant-TW"), ("fr", "fr")])
def test_lang_attribute_is_the_bcp47_form_of_the_locale(locale, tag):
    sheet = load_sheet(REPOSITORY / "data" / f"{SHEET}.toml")
    html = render_sheet(
        sheet, locale, "html", templates_dir=REPOSITORY / "templates",
        translations=gettext.NullTranslations(), locales=("en", locale),
    )
    assert f'<html lang="{tag}" dir="ltr">' in html
    assert f'hreflang="en" href="../en/{SHEET}.html"' in html


def test_right_to_left_locale_gets_dir_rtl():
    sheet = load_sheet(REPOSITORY / "data" / f"{SHEET}.toml")
    html = render_sheet(
        sheet, "ar", "html", templates_dir=REPOSITORY / "templates",
        translations=gettext.NullTranslations(), locales=("ar",),
    )
    assert '<html lang="ar" dir="rtl">' in html
    assert format_decimal(262000, locale="ar") in html


@pytest.mark.parametrize("name", ["Amur_Leopard.toml", "leopard .toml"])
def test_data_file_names_are_slugs(tmp_path, name):
    from i18n.errors import InputError

    path = tmp_path / name
    path.write_text(textwrap.dedent("[x]\ny = 1\n"), encoding="utf-8")
    with pytest.raises(InputError, match="slug"):
        load_sheet(path)


@pytest.mark.parametrize(
    "locale, number, year",
    [("en", "2,012", "2012"), ("fr", "2\u202f012", "2012"), ("de", "2.012", "2012"), ("ru", "2\u00a0012", "2012")],
)
def test_a_year_is_never_grouped_though_the_same_number_is(locale, number, year):
    from i18n.sheets.formatting import locale_filters

    filters = locale_filters(locale)
    assert filters["number"](2012) == number
    assert filters["year"](2012) == year
