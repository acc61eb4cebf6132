"""[tool.factsheet.check]: select, ignore, per-file-ignores, severity and spacing, in project mode
and for PO files of any gettext project; unknown keys are errors with their line; the pre-commit hook."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from i18n.cli import cli
from tests.project_fixture import write_project

NBSP, NNBSP = "\u00a0", "\u202f"

PO = '''msgid ""
msgstr ""
"Language: fr\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=2; plural=(n > 1);\\n"
{extra}
msgid "Error: the leopard has 60 spots! Really?"
msgstr "Erreur : le léopard a 65 taches ! Vraiment ?"

msgid "Untranslated"
msgstr ""
'''


def gettext_project(root: Path, settings: str, extra_header: str = "") -> Path:
    """Another project's folder: its pyproject.toml has only our check settings."""
    (root / "po").mkdir(parents=True)
    (root / "pyproject.toml").write_text(f'[project]\nname = "other"\n\n[tool.factsheet.check]\n{settings}',
                                         encoding="utf-8")
    path = root / "po" / "fr.po"
    path.write_text(PO.format(extra=extra_header), encoding="utf-8")
    return path


def check(*args):
    return CliRunner().invoke(cli, ["check", *map(str, args)])


def findings(*args) -> list[dict]:
    result = check("--format", "json", *args)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)["findings"]


def test_select_ignore_and_severity_apply_to_files_of_any_project(tmp_path, monkeypatch):
    path = gettext_project(tmp_path, 'select = ["N", "C", "T"]\nignore = ["untranslated"]\n'
                                     '[tool.factsheet.check.severity]\nnumber-changed = "warning"\n')
    monkeypatch.chdir(tmp_path)
    found = findings("po/fr.po")
    assert {item["check"] for item in found} == {"number-changed", "nbsp-before-punctuation", "nbsp-after-count"}
    assert next(item for item in found if item["check"] == "number-changed")["severity"] == "warning"
    assert check("po/fr.po").exit_code == 0  # the only error became a warning
    # The command line still selects, and adds to the ignored checks.
    assert {item["check"] for item in findings("--ignore", "T", "po/fr.po")} == {"number-changed"}
    assert {item["check"] for item in findings("--select", "untranslated,N", "po/fr.po")} == {"number-changed"}


def test_settings_are_found_from_a_subfolder_and_not_elsewhere(tmp_path, monkeypatch):
    path = gettext_project(tmp_path / "other", 'ignore = ["T"]\n')
    monkeypatch.chdir(path.parent)
    assert not any(item["code"].startswith("T") for item in findings("fr.po"))
    monkeypatch.chdir(tmp_path)  # above the project: its settings do not apply
    assert any(item["code"].startswith("T") for item in findings(path))


def test_per_file_ignores_match_paths_relative_to_the_settings(tmp_path, monkeypatch):
    path = gettext_project(tmp_path, '[tool.factsheet.check.per-file-ignores]\n"po/*.po" = ["nbsp-before-punctuation"]\n'
                                     '"**/de.po" = ["N"]\n')
    monkeypatch.chdir(tmp_path)
    checks = {item["check"] for item in findings("po/fr.po")}
    assert "nbsp-before-punctuation" not in checks and "number-changed" in checks
    monkeypatch.chdir(tmp_path / "po")  # the same file named from elsewhere
    assert "nbsp-before-punctuation" not in {item["check"] for item in findings("fr.po")}
    other = tmp_path / "elsewhere" / "fr.po"
    other.parent.mkdir()
    other.write_bytes(path.read_bytes())
    assert "nbsp-before-punctuation" in {item["check"] for item in findings(other)}


@pytest.mark.parametrize("spacing,expected", [
    ("full", f"Erreur{NBSP}: le léopard a 65{NBSP}taches{NBSP}! Vraiment{NBSP}?"),
    ("narrow", f"Erreur{NNBSP}: le léopard a 65{NNBSP}taches{NNBSP}! Vraiment{NNBSP}?"),
    ("imprimerie-nationale", f"Erreur{NBSP}: le léopard a 65{NBSP}taches{NNBSP}! Vraiment{NNBSP}?"),
])
def test_spacing_decides_what_fix_writes(tmp_path, monkeypatch, spacing, expected):
    path = gettext_project(tmp_path, f'spacing = "{spacing}"\n')
    monkeypatch.chdir(tmp_path)
    check("--fix", "po/fr.po")
    assert f'msgstr "{expected}"' in path.read_text(encoding="utf-8")


def test_plain_spaces_chosen_in_the_header_report_only_missing_spaces(tmp_path, monkeypatch):
    path = gettext_project(tmp_path, 'spacing = "narrow"\n', extra_header='"X-Typography-Spacing: plain\\n"\n')
    path.write_text(path.read_text(encoding="utf-8").replace("Vraiment ?", "Vraiment?"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    typography = [item for item in findings("po/fr.po") if item["code"].startswith("T")]
    assert [item["subject"] for item in typography] == ["?"]
    check("--fix", "po/fr.po")
    assert 'msgstr "Erreur : le léopard a 65 taches ! Vraiment ?"' in path.read_text(encoding="utf-8")


def test_project_mode_reads_the_same_settings(tmp_path, monkeypatch):
    root = write_project(tmp_path / "tiny")
    monkeypatch.chdir(root)
    runner = CliRunner()
    for command in (["extract"], ["update"]):
        assert runner.invoke(cli, command).exit_code == 0
    before = {item["check"] for item in findings()}
    assert "untranslated" in before
    with (root / "pyproject.toml").open("a", encoding="utf-8") as handle:
        handle.write('\n[tool.factsheet.check]\nignore = ["untranslated"]\n'
                     '[tool.factsheet.check.severity]\nmissing-entry = "info"\n')
    after = {item["check"] for item in findings()}
    assert after == before - {"untranslated"}


@pytest.mark.parametrize("settings,line,words", [
    ('select = ["N"]\ncolour = "blue"\n', 6, "unknown setting 'colour'"),
    ('select = ["N", "Q9"]\n', 5, "unknown check 'Q9'"),
    ('spacing = "wide"\n', 5, "spacing must be one of"),
    ('[tool.factsheet.check.severity]\nnumber-changed = "fatal"\n', 6, "must be \"error\", \"warning\" or \"info\""),
    ('[tool.factsheet.check.severity]\nno-such-check = "info"\n', 6, "unknown check 'no-such-check'"),
    ('[tool.factsheet.check.per-file-ignores]\n"po/*.po" = ["Z"]\n', 6, "unknown check 'Z'"),
])
def test_a_bad_setting_is_an_error_with_its_line(tmp_path, settings, line, words):
    gettext_project(tmp_path, settings)
    result = subprocess.run(["factsheet", "check", "po/fr.po"], cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr.startswith(f"factsheet: error: {tmp_path / 'pyproject.toml'}:{line}: ")
    assert words in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1


HOOKS = Path(__file__).resolve().parents[1] / ".pre-commit-hooks.yaml"


def hook_fields() -> dict[str, str]:
    """The hook's scalar fields (the file is a list of one flat mapping)."""
    fields = {}
    for line in HOOKS.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^[- ] (\w+): (.*)$", line)
        if match:
            fields[match.group(1)] = match.group(2).strip()
    return fields


def test_pre_commit_hook_runs_only_on_po_files_and_passes_options_through(tmp_path):
    hook = hook_fields()
    assert hook["id"] == "factsheet-check" and hook["language"] == "python"
    assert hook.get("pass_filenames", "true") == "true"
    files = re.compile(hook["files"])
    changed = ["po/fr.po", "po/messages.pot", "README.md", "po/fr.po.orig", "src/app.py"]
    selected = [name for name in changed if files.search(name)]
    assert selected == ["po/fr.po"]
    # pre-commit runs `entry args... files...` from the repository's root.
    gettext_project(tmp_path, 'select = ["N", "T"]\n')
    command = hook["entry"].split() + ["--ignore", "T", "--format", "github"] + selected
    result = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [line for line in result.stdout.splitlines() if line.startswith("::")]
    assert "number-changed" in result.stdout and "T601" not in result.stdout


def test_the_project_review_page_follows_the_same_settings(tmp_path, monkeypatch):
    root = write_project(tmp_path / "tiny")
    monkeypatch.chdir(root)
    runner = CliRunner()
    for command in (["extract"], ["update"]):
        assert runner.invoke(cli, command).exit_code == 0
    page = root / "build" / "review" / "fr.html"
    assert runner.invoke(cli, ["review"]).exit_code == 0
    assert "C401" in page.read_text(encoding="utf-8")
    with (root / "pyproject.toml").open("a", encoding="utf-8") as handle:
        handle.write('\n[tool.factsheet.check]\nignore = ["untranslated"]\n')
    assert runner.invoke(cli, ["review"]).exit_code == 0
    assert "C401" not in page.read_text(encoding="utf-8")
