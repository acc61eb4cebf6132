"""`factsheet check` output for machines and people: SARIF 2.1.0, GitHub workflow commands, colour.

SARIF is validated with jsonschema against a strict schema written here from the SARIF 2.1.0
specification (OASIS Standard, sections 3.13-3.30) for the objects `check` writes: every object
closed (no unknown property), every required property and enumerated value as the standard says.
OASIS's own schema file is not vendored: its repository grants no licence to redistribute it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from i18n.checks.registry import CHECKS
from i18n.cli import cli

MESSAGE = {"type": "object", "additionalProperties": False, "required": ["text"],
           "properties": {"text": {"type": "string", "minLength": 1}}}
REGION = {"type": "object", "additionalProperties": False, "required": ["startLine"],
          "properties": {"startLine": {"type": "integer", "minimum": 1}}}
PHYSICAL_LOCATION = {
    "type": "object", "additionalProperties": False, "required": ["artifactLocation"],
    "properties": {
        "artifactLocation": {"type": "object", "additionalProperties": False, "required": ["uri"],
                             "properties": {"uri": {"type": "string", "format": "uri-reference", "minLength": 1}}},
        "region": REGION,
    },
}
LOCATION = {"type": "object", "additionalProperties": False, "required": ["physicalLocation"],
            "properties": {"physicalLocation": PHYSICAL_LOCATION}}
LEVEL = {"enum": ["none", "note", "warning", "error"]}
PROPERTY_BAG = {"type": "object"}
SARIF_SCHEMA = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "type": "object", "additionalProperties": False, "required": ["version", "runs"],
    "properties": {
        "$schema": {"type": "string", "format": "uri"},
        "version": {"enum": ["2.1.0"]},
        "runs": {"type": "array", "minItems": 1, "items": {
            "type": "object", "additionalProperties": False, "required": ["tool"],
            "properties": {
                "tool": {"type": "object", "additionalProperties": False, "required": ["driver"], "properties": {
                    "driver": {"type": "object", "additionalProperties": False, "required": ["name"], "properties": {
                        "name": {"type": "string", "minLength": 1},
                        "version": {"type": "string"},
                        "rules": {"type": "array", "uniqueItems": True, "items": {
                            "type": "object", "additionalProperties": False, "required": ["id"], "properties": {
                                "id": {"type": "string", "minLength": 1},
                                "name": {"type": "string"},
                                "shortDescription": MESSAGE,
                                "defaultConfiguration": {"type": "object", "additionalProperties": False,
                                                         "properties": {"level": LEVEL}},
                                "properties": PROPERTY_BAG,
                            }}},
                    }},
                }},
                "invocations": {"type": "array", "items": {
                    "type": "object", "additionalProperties": False, "required": ["executionSuccessful"],
                    "properties": {
                        "executionSuccessful": {"type": "boolean"},
                        "toolExecutionNotifications": {"type": "array", "items": {
                            "type": "object", "additionalProperties": False, "required": ["message"],
                            "properties": {"level": LEVEL, "message": MESSAGE,
                                           "locations": {"type": "array", "items": LOCATION}}}},
                    }}},
                "results": {"type": "array", "items": {
                    "type": "object", "additionalProperties": False, "required": ["message"],
                    "properties": {
                        "ruleId": {"type": "string"},
                        "ruleIndex": {"type": "integer", "minimum": -1},
                        "level": LEVEL,
                        "message": MESSAGE,
                        "locations": {"type": "array", "items": LOCATION},
                        "properties": PROPERTY_BAG,
                    }}},
            }}},
    },
}

PO = '''msgid ""
msgstr ""
"Language: fr\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=2; plural=(n > 1);\\n"

#: sheet.html:3
msgid "About 60 kg on average: 100% sure"
msgstr "Environ 65 kg en moyenne : 100% sûr"

msgid "Untranslated"
msgstr ""
'''


def catalogue(folder: Path, name: str = "fr.po") -> Path:
    path = folder / name
    path.write_text(PO, encoding="utf-8")
    return path


def invoke(*args, env=None):
    return CliRunner().invoke(cli, ["check", *map(str, args)], env=env)


def test_sarif_is_valid_and_carries_every_finding(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    catalogue(tmp_path / "po" if (tmp_path / "po").mkdir() is None else tmp_path)
    result = invoke("--format", "sarif", "po/fr.po")
    assert result.exit_code == 1
    log = json.loads(result.stdout)
    validator = jsonschema.Draft7Validator(SARIF_SCHEMA, format_checker=jsonschema.FormatChecker())
    validator.validate(log)
    [run] = log["runs"]
    rules = run["tool"]["driver"]["rules"]
    assert [rule["id"] for rule in rules] == [check.code for check in CHECKS]
    text = json.loads(invoke("--format", "json", "po/fr.po").stdout)["findings"]
    assert len(run["results"]) == len(text)
    for result_item, finding in zip(run["results"], text):
        # ruleIndex points at the rule of the same id (SARIF 3.27.6).
        assert rules[result_item["ruleIndex"]]["id"] == result_item["ruleId"] == finding["code"]
        assert result_item["level"] == {"error": "error", "warning": "warning", "info": "note"}[finding["severity"]]
        location = result_item["locations"][0]["physicalLocation"]
        # A relative URI against the folder it was run from, as code scanning resolves it.
        assert location["artifactLocation"]["uri"] == "po/fr.po"
        assert location["region"]["startLine"] == finding["line"]
    assert run["invocations"] == [{"executionSuccessful": True}]


def test_sarif_reports_an_unreadable_file_as_a_failed_invocation(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    broken = tmp_path / "broken.po"
    broken.write_text('msgid "a"\nmsgstr "b\n', encoding="utf-8")
    result = invoke("--format", "sarif", broken)
    assert result.exit_code == 2
    log = json.loads(result.stdout)
    jsonschema.Draft7Validator(SARIF_SCHEMA).validate(log)
    [invocation] = log["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False
    assert invocation["toolExecutionNotifications"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] >= 1


def test_sarif_schema_rejects_what_the_standard_forbids():
    # The schema is strict: a wrong level or an unknown property fails (so the test above can fail).
    log = {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}},
                                         "results": [{"message": {"text": "m"}, "level": "warn"}]}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(log, SARIF_SCHEMA)
    log["runs"][0]["results"][0] = {"message": {"text": "m"}, "severity": "error"}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(log, SARIF_SCHEMA)


def test_github_workflow_commands_escape_their_data(tmp_path):
    path = catalogue(tmp_path, "fr,odd:name.po")
    lines = invoke("--format", "github", path).stdout.splitlines()
    escaped_path = str(path).replace(":", "%3A").replace(",", "%2C")
    po_lines = PO.splitlines()
    number = next(line for line in lines if "number-changed" in line)
    assert number.startswith(f"::error file={escaped_path},line={po_lines.index('#: sheet.html:3') + 2},"
                             "title=N103 number-changed::")
    percent = next(line for line in lines if "before '%25'" in line)
    assert percent.startswith("::warning ") and "'%25'" in percent and "100␣%25" in percent
    untranslated = next(line for line in lines if "untranslated" in line)
    assert untranslated.startswith("::notice ") or untranslated.startswith("::warning ")
    # Every line is one command: no raw newline or unescaped % leaks into the data.
    assert all(line.startswith("::") for line in lines)
    assert all("%" not in line.split("::", 2)[2].replace("%25", "").replace("%0A", "").replace("%0D", "")
               for line in lines)


def test_github_message_with_a_newline_stays_on_one_line(tmp_path):
    path = tmp_path / "nl.po"
    path.write_text(PO + '''
msgid "See\\nExamples: here"
msgstr "Voir\\nExemples: ici"
''', encoding="utf-8")
    lines = invoke("--format", "github", path).stdout.splitlines()
    line = next(line for line in lines if "Exemples" in line)
    assert "%0AExemples: ici" in line
    assert all(line.startswith("::") for line in lines)


@pytest.mark.parametrize("args,env,coloured", [
    (["--color", "always"], {}, True),
    (["--color", "never"], {}, False),
    ([], {}, False),  # CliRunner's output is not a terminal: piped output has no colour
    (["--color", "always"], {"NO_COLOR": "1"}, True),  # an explicit choice wins over NO_COLOR
])
def test_colour_only_when_wanted(tmp_path, args, env, coloured):
    result = invoke(*args, catalogue(tmp_path), env=env)
    assert ("\x1b[" in result.stdout) is coloured
    if coloured:
        line = next(line for line in result.stdout.splitlines() if "number-changed" in line)
        assert "\x1b[31m\x1b[1merror\x1b[0m" in line  # severity
        assert "\x1b[35m\x1b[1m60\x1b[0m" in line  # the number in question
        assert f"\x1b[1m{tmp_path / 'fr.po'}:" in line  # file:line


def test_no_color_turns_off_colour_on_a_terminal(tmp_path, monkeypatch):
    from i18n.cli.check import _colour_wanted

    monkeypatch.setattr("sys.stdout.isatty", lambda: True, raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert _colour_wanted("auto")
    monkeypatch.setenv("NO_COLOR", "1")
    assert not _colour_wanted("auto")
    monkeypatch.setenv("NO_COLOR", "")
    assert _colour_wanted("auto")


def test_list_checks_as_json():
    rows = json.loads(invoke("--list-checks", "--format", "json").stdout)
    assert [row["code"] for row in rows] == [check.code for check in CHECKS]
    by_name = {row["name"]: row for row in rows}
    assert by_name["nbsp-before-punctuation"]["fixable"] is True
    assert by_name["number-changed"]["fixable"] is False
    assert set(rows[0]) == {"code", "name", "severity", "fixable", "description"}
    assert invoke("--list-checks", "--format", "sarif").exit_code == 2


def _run_with_terminal_stderr(args, cwd, env):
    """Run a command whose stderr is a terminal (a pseudo-terminal) and stdout a pipe."""
    import pty
    import subprocess

    leader, follower = pty.openpty()
    process = subprocess.Popen(args, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=follower)
    os.close(follower)
    stdout = process.stdout.read()
    terminal = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the follower side closed: the process has ended
            break
        if not chunk:
            break
        terminal += chunk
    process.wait()
    os.close(leader)
    return process.returncode, stdout.decode(), terminal.decode(errors="replace")


def test_a_progress_bar_on_a_terminal_only_for_long_work(tmp_path):
    import subprocess

    paths = [str(catalogue(tmp_path, f"fr{index}.po")) for index in range(25)]
    env = {key: value for key, value in os.environ.items() if key not in ("CI", "NO_COLOR")}
    env["TERM"] = "xterm"
    code, stdout, terminal = _run_with_terminal_stderr(["factsheet", "check", "--format", "json", *paths],
                                                       tmp_path, env)
    assert code == 1
    assert "Checking" in terminal and "100%" in terminal
    assert len(json.loads(stdout)["findings"]) == 25 * len(json.loads(invoke("--format", "json", paths[0]).stdout)["findings"])
    # Piped, in CI, or for a few files: no bar.
    piped = subprocess.run(["factsheet", "check", *paths], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert "Checking" not in piped.stderr
    _code, _stdout, terminal = _run_with_terminal_stderr(["factsheet", "check", *paths], tmp_path, {**env, "CI": "true"})
    assert "Checking" not in terminal
    _code, _stdout, terminal = _run_with_terminal_stderr(["factsheet", "check", *paths[:3]], tmp_path, env)
    assert "Checking" not in terminal


def test_a_suggestion_shows_each_invisible_character_marked_and_names_each_once_in_order():
    from itertools import product

    from i18n.checks.report import visible

    marks = {"\u00a0": "␣", "\u202f": "␣", "\u2009": "␣", "\u2007": "␣", "\u200b": "⸱", "\u2060": "⸱",
             "\u200e": "⸱", "\u200f": "⸱", "\u00ad": "⸱", "\t": "⇥"}
    for characters in product([*marks, "a", " "], repeat=3):
        text = "x" + "".join(characters)
        invisible = sorted(set(text) & set(marks))
        expected = "".join(marks.get(character, character) for character in text)
        if invisible:
            expected += f" ({', '.join(f'U+{ord(character):04X}' for character in invisible)})"
        assert visible(text) == expected, repr(text)
