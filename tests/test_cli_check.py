"""`factsheet check` through click's CliRunner: the text and JSON contracts and the exit codes."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from i18n.cli import cli

HEADER = '''msgid ""
msgstr ""
"Language: {locale}\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=2; plural={plural};\\n"

'''
PLURAL = {"fr": "(n > 1)", "de": "(n != 1)"}

CLEAN = '''#, c-format
msgid "The leopard weighs %d kg."
msgstr "{weighs} %d kg."
'''
WRONG_NUMBER = '''#: sheet.html:3
msgid "About 60 kg on average."
msgstr "{about} 65 kg."
'''
TRANSLATIONS = {"fr": {"weighs": "Le léopard pèse", "about": "Environ"},
                "de": {"weighs": "Der Leopard wiegt", "about": "Etwa"}}


def po_file(tmp_path, name: str, locale: str, *bodies: str, with_language: bool = True):
    text = HEADER.format(locale=locale, plural=PLURAL[locale])
    if not with_language:
        text = text.replace(f'"Language: {locale}\\n"\n', "")
    text += "\n".join(body.format(**TRANSLATIONS[locale]) for body in bodies)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def invoke(*args):
    return CliRunner().invoke(cli, ["check", *map(str, args)])


@pytest.mark.parametrize("locale", ["fr", "de"])
def test_clean_file_exits_0(tmp_path, locale):
    result = invoke(po_file(tmp_path, "ok.po", locale, CLEAN))
    assert result.exit_code == 0, result.output
    assert "0 errors" in result.stdout


@pytest.mark.parametrize("locale", ["fr", "de"])
def test_error_finding_exits_1_with_a_compiler_style_line(tmp_path, locale):
    path = po_file(tmp_path, "bad.po", locale, CLEAN, WRONG_NUMBER)
    result = invoke(path)
    assert result.exit_code == 1
    line = next(text for text in result.stdout.splitlines() if "[number-changed]" in text)
    msgid_line = path.read_text(encoding="utf-8").splitlines().index('msgid "About 60 kg on average."') + 1
    assert line.startswith(f"{path}:{msgid_line}: error: ")


def test_silencing_flag_from_the_issue_turns_the_error_off(tmp_path):
    path = po_file(tmp_path, "flag.po", "fr", CLEAN, "#, ignore-number-mismatch\n" + WRONG_NUMBER)
    result = invoke(path)
    assert result.exit_code == 0, result.stdout


def test_json_contract(tmp_path):
    fr = po_file(tmp_path, "fr.po", "fr", CLEAN, WRONG_NUMBER, '#, ignore-nothing-at-all\nmsgid "Spots"\nmsgstr ""\n')
    de = po_file(tmp_path, "de.po", "de", CLEAN)
    result = invoke("--format", "json", fr, de)
    assert result.exit_code == 1
    document = json.loads(result.stdout)
    assert set(document) >= {"findings", "summary"}
    for finding in document["findings"]:
        assert {"path", "line", "msgctxt", "msgid", "check", "code", "severity", "message"} <= set(finding)
    checks = {finding["check"]: finding for finding in document["findings"]}
    assert set(checks) == {"number-changed", "unknown-ignore-flag", "untranslated"}
    assert checks["number-changed"]["msgid"] == "About 60 kg on average."
    assert checks["number-changed"]["code"] == "N103"
    summary = document["summary"]
    assert summary["files"] == 2
    assert summary["entries"] == 4
    assert summary["by_severity"] == {"error": 1, "warning": 2, "info": 0}
    assert summary["by_check"] == {"number-changed": 1, "unknown-ignore-flag": 1, "untranslated": 1}


def test_locale_option_replaces_a_missing_language_header(tmp_path):
    path = po_file(tmp_path, "nolang.po", "fr", WRONG_NUMBER, with_language=False)
    without = json.loads(invoke("--format", "json", path).stdout)
    assert "number-changed" not in {f["check"] for f in without["findings"]}
    assert "language-missing" in {f["check"] for f in without["findings"]}
    with_locale = invoke("--format", "json", "--locale", "fr", path)
    assert with_locale.exit_code == 1
    assert "number-changed" in {f["check"] for f in json.loads(with_locale.stdout)["findings"]}


def test_malformed_po_exits_2_with_file_and_line_and_no_traceback(tmp_path):
    good = po_file(tmp_path, "good.po", "fr", CLEAN)
    bad = tmp_path / "bad.po"
    bad.write_text('msgid ""\nmsgstr ""\n"Language: fr\\n"\n\nmsgid "unterminated\nmsgstr ""\n', encoding="utf-8")
    result = invoke(good, bad)
    assert result.exit_code == 2
    assert f"{bad}:5:" in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize("arguments", [
    ["--locale", "xx-nowhere"],
    ["--select", "Z999"],
    ["--format", "yaml"],
    ["no-such-file.po"],
])
def test_bad_arguments_exit_2(tmp_path, arguments):
    path = po_file(tmp_path, "ok.po", "fr", CLEAN)
    result = invoke(*arguments, path)
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_select_and_ignore(tmp_path):
    path = po_file(tmp_path, "bad.po", "fr", WRONG_NUMBER)
    assert invoke("--ignore", "number-mismatch", path).exit_code == 0
    assert invoke("--select", "T6", path).exit_code == 0
    assert invoke("--select", "N1", path).exit_code == 1


def test_list_checks_prints_the_code_table():
    result = CliRunner().invoke(cli, ["check", "--list-checks"])
    assert result.exit_code == 0
    assert any(line.split()[:2] == ["N101", "number-missing"] for line in result.stdout.splitlines())


PYPROJECT = """[tool.factsheet]
source_locale = "en"
locales = ["en", "fr"]
"""


def write_project(root, fr_body: str):
    (root / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    (root / "locales").mkdir()
    header = HEADER.replace('"Language: {locale}\\n"\n', "").format(locale="", plural="(n != 1)")
    (root / "locales" / "messages.pot").write_text(
        header + 'msgid "About 60 kg on average."\nmsgstr ""\n\nmsgid "Spots"\nmsgstr ""\n', encoding="utf-8")
    for locale, body in (("en", 'msgid "About 60 kg on average."\nmsgstr "About 62 kg on average."\n\n'
                                'msgid "Spots"\nmsgstr "Spots"\n'), ("fr", fr_body)):
        folder = root / "locales" / locale / "LC_MESSAGES"
        folder.mkdir(parents=True)
        text = HEADER.format(locale=locale, plural=PLURAL.get(locale, "(n != 1)")) + body
        (folder / "messages.po").write_text(text, encoding="utf-8")


def test_project_check_covers_template_sources_and_sheets(tmp_path, monkeypatch):
    write_project(tmp_path, 'msgid "About 60 kg on average."\nmsgstr "Environ 60 kg en moyenne."\n\n'
                            'msgid "Rosettes"\nmsgstr "Rosettes"\n')
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["check", "--format", "json"])
    assert result.exit_code == 1, result.output
    findings = json.loads(result.stdout)["findings"]
    by_check = {}
    for finding in findings:
        by_check.setdefault(finding["check"], []).append(finding)
    # The English copy says 62 where its msgid and the French text say 60; the French entry
    # "Rosettes" is not in the POT, "Spots" is missing from it, and nothing is rendered yet.
    assert set(by_check) == {"number-changed", "number-across-locales", "extra-entry", "missing-entry",
                             "sheets-not-rendered"}
    assert by_check["number-changed"][0]["path"].endswith("en/LC_MESSAGES/messages.po")
    assert by_check["number-across-locales"][0]["path"].endswith("fr/LC_MESSAGES/messages.po")
    assert by_check["missing-entry"][0]["msgid"] == "Spots"
    assert by_check["sheets-not-rendered"][0]["severity"] == "info"


def test_project_check_without_a_template_is_a_bad_input(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["check"])
    assert result.exit_code == 2
    assert "messages.pot" in result.stderr


def test_check_leaves_the_cycle_collector_as_it_found_it(tmp_path):
    """The command switches the cycle collector off while it runs; a caller that keeps its
    process (here the test run) gets it back on, also after a failing check."""
    import gc

    path = po_file(tmp_path, "fr.po", "fr", WRONG_NUMBER)
    assert gc.isenabled()
    for arguments in (["check", str(path)], ["check", "--select", "no-such-check", str(path)]):
        result = CliRunner().invoke(cli, arguments)
        assert result.exit_code in (1, 2), result.output
        assert gc.isenabled()
