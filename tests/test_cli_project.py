"""The project commands -- extract, init, update, compile, stats -- through click's CliRunner on a temporary project."""

from __future__ import annotations

import gettext
import json
import subprocess

import pytest
from click.testing import CliRunner

from i18n.cli import cli
from i18n.po.io import read_catalog
from tests.project_fixture import write_project


@pytest.fixture
def project(tmp_path, monkeypatch):
    root = write_project(tmp_path / "tiny")
    monkeypatch.chdir(root)
    return root


def run(*args, expect=0):
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == expect, result.output
    return result


def invoke_main(*args):
    """Run the real entry point (error handling included) in a subprocess."""
    return subprocess.run(["factsheet", *args], capture_output=True, text=True)


def test_extract_writes_trimmed_messages_with_translator_comments(project):
    run("extract")
    template, _ = read_catalog(project / "locales" / "messages.pot")
    by_id = {entry.msgid: entry for entry in template.entries}
    assert set(by_id) == {"Key facts", "The park covers %(area)s hectares.", "One cub was seen."}
    assert by_id["The park covers %(area)s hectares."].extracted_comments == ["the area of the national park"]
    assert by_id["One cub was seen."].msgid_plural == "%(count)s cubs were seen."
    assert "python-format" in by_id["The park covers %(area)s hectares."].flags
    assert by_id["Key facts"].references == ["templates/tiny.html.j2:1"]
    assert subprocess.run(["msgfmt", "-c", "-o", "/dev/null", "locales/messages.pot"]).returncode == 0


def test_extract_twice_changes_no_byte(project):
    run("extract")
    pot = project / "locales" / "messages.pot"
    before = pot.read_bytes()
    result = run("extract")
    assert "unchanged" in result.output
    assert pot.read_bytes() == before


def test_template_that_does_not_parse_is_an_error_with_its_line(project):
    (project / "templates" / "broken.html.j2").write_text("<p>\n{% trans %}never closed\n", encoding="utf-8")
    result = invoke_main("extract")
    assert result.returncode == 2
    assert result.stderr.startswith("factsheet: error: templates/broken.html.j2:")
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (project / "locales" / "messages.pot").exists()


def test_update_creates_catalogues_and_fills_the_source_locale(project):
    run("extract")
    run("update")
    english, _ = read_catalog(project / "locales" / "en" / "LC_MESSAGES" / "messages.po")
    french, _ = read_catalog(project / "locales" / "fr" / "LC_MESSAGES" / "messages.po")
    assert all(entry.translated for entry in english.entries)
    assert not any(entry.translated for entry in french.entries)
    assert french.plural_forms.startswith("nplurals=2;")


def test_update_keeps_translations_and_marks_changed_messages_fuzzy(project):
    run("extract")
    run("update")
    po = project / "locales" / "fr" / "LC_MESSAGES" / "messages.po"
    text = po.read_text(encoding="utf-8").replace(
        'msgid "Key facts"\nmsgstr ""', '# relu par Anne\nmsgid "Key facts"\nmsgstr "Chiffres clés"'
    )
    po.write_text(text, encoding="utf-8")
    template = project / "templates" / "tiny.html.j2"
    template.write_text(template.read_text(encoding="utf-8").replace("hectares.", "hectares in all."), encoding="utf-8")
    run("extract")
    run("update")
    catalog, _ = read_catalog(po)
    by_id = {entry.msgid: entry for entry in catalog.entries}
    assert by_id["Key facts"].msgstr == "Chiffres clés"
    assert by_id["Key facts"].translator_comments and "relu par Anne" in by_id["Key facts"].translator_comments[0]
    before = po.read_bytes()
    run("extract")
    run("update")
    assert po.read_bytes() == before, "an update with nothing changed must not touch the catalogue"


@pytest.mark.parametrize("locale, forms", [("ru", 3), ("ja", 1), ("fr", 2), ("ar", 6)])
def test_init_takes_plural_forms_from_cldr(project, locale, forms):
    run("extract")
    run("init", locale)
    catalog, _ = read_catalog(project / "locales" / locale / "LC_MESSAGES" / "messages.po")
    assert catalog.plural_forms.startswith(f"nplurals={forms};")
    plural = next(entry for entry in catalog.entries if entry.is_plural)
    assert len(plural.msgstr_plural) == forms
    check = subprocess.run(
        ["msgfmt", "-c", "-o", "/dev/null", str(project / "locales" / locale / "LC_MESSAGES" / "messages.po")],
        capture_output=True, text=True,
    )
    assert check.returncode == 0, check.stderr


def test_init_unknown_locale_is_a_bad_argument(project):
    run("extract")
    result = invoke_main("init", "xx_YY")
    assert result.returncode == 2
    assert "xx_YY" in result.stderr and "Traceback" not in result.stderr


def test_compile_writes_mo_that_gettext_reads(project):
    run("extract")
    run("update")
    po = project / "locales" / "fr" / "LC_MESSAGES" / "messages.po"
    po.write_text(
        po.read_text(encoding="utf-8").replace('msgid "Key facts"\nmsgstr ""', 'msgid "Key facts"\nmsgstr "Chiffres clés"'),
        encoding="utf-8",
    )
    run("compile")
    with (po.with_suffix(".mo")).open("rb") as handle:
        translations = gettext.GNUTranslations(handle)
    assert translations.gettext("Key facts") == "Chiffres clés"


def test_compile_refuses_a_catalogue_with_errors_and_writes_nothing(project):
    run("extract")
    run("update")
    po = project / "locales" / "fr" / "LC_MESSAGES" / "messages.po"
    po.write_text(
        po.read_text(encoding="utf-8").replace(
            'msgid "The park covers %(area)s hectares."\nmsgstr ""',
            'msgid "The park covers %(area)s hectares."\nmsgstr "Le parc couvre %(surface)s hectares."',
        ),
        encoding="utf-8",
    )
    result = invoke_main("compile")
    assert result.returncode == 1
    assert "locales/fr/LC_MESSAGES/messages.po:" in result.stderr and "Traceback" not in result.stderr
    assert not po.with_suffix(".mo").exists()


def test_stats_json_counts_states(project):
    run("extract")
    run("update")
    data = json.loads(run("stats", "--format", "json").output)
    by_locale = {row["locale"]: row for row in data["locales"]}
    assert by_locale["en"]["translated"] == 3 and by_locale["en"]["untranslated"] == 0
    assert by_locale["fr"]["untranslated"] == 3 and by_locale["fr"]["translated"] == 0


def test_commands_work_from_a_subfolder(project, monkeypatch):
    monkeypatch.chdir(project / "templates")
    run("extract")
    assert (project / "locales" / "messages.pot").is_file()


def test_no_project_is_a_one_line_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = invoke_main("extract")
    assert result.returncode == 2
    assert "[tool.factsheet]" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_unknown_setting_is_named(project):
    pyproject = project / "pyproject.toml"
    pyproject.write_text(pyproject.read_text() + 'colour = "blue"\n', encoding="utf-8")
    result = invoke_main("extract")
    assert result.returncode == 2 and "colour" in result.stderr


def test_version_and_help():
    assert "factsheet" in run("--version").output
    for name in ("extract", "update", "init", "compile", "stats"):
        assert "Usage:" in run(name, "--help").output


@pytest.mark.parametrize("command", [["compile"], ["update", "--template", "locales/messages.pot"], ["stats"]])
def test_a_malformed_catalogue_is_one_line_with_file_and_line(project, command):
    run("extract")
    bad = project / "bad.po"
    bad.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "open\nmsgstr ""\n', encoding="utf-8")
    before = bad.read_bytes()
    result = invoke_main(*command, "bad.po")
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("factsheet: error: bad.po:5:"), result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert bad.read_bytes() == before
    assert not (project / "bad.mo").exists()


def test_source_locale_follows_a_reworded_message_but_keeps_an_editors_wording(project):
    run("extract")
    run("update")
    english = project / "locales" / "en" / "LC_MESSAGES" / "messages.po"
    english.write_text(
        english.read_text(encoding="utf-8").replace('msgstr "Key facts"', 'msgstr "Key figures"'), encoding="utf-8"
    )
    template = project / "templates" / "tiny.html.j2"
    template.write_text(
        template.read_text(encoding="utf-8").replace("hectares.", "hectares in all.").replace("Key facts", "Key facts!"),
        encoding="utf-8",
    )
    run("extract")
    run("update")
    catalog, _ = read_catalog(english)
    by_id = {entry.msgid: entry for entry in catalog.entries}
    refreshed = by_id["The park covers %(area)s hectares in all."]
    assert refreshed.msgstr == refreshed.msgid and not refreshed.fuzzy and refreshed.previous_msgid is None
    reworded = by_id["Key facts!"]
    assert reworded.fuzzy and reworded.msgstr == "Key figures" and reworded.previous_msgid == "Key facts"
