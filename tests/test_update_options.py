"""msgmerge's options on `factsheet update --template`, each against msgmerge 0.21's output bytes."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

CATALOGUE = """\
# French translation.
# Ana <ana@example.org>, 2020.
msgid ""
msgstr ""
"Project-Id-Version: demo 1.0\\n"
"POT-Creation-Date: 2020-01-01 00:00+0000\\n"
"PO-Revision-Date: 2020-02-01 00:00+0000\\n"
"Last-Translator: Ana <ana@example.org>\\n"
"Language-Team: French <fr@li.org>\\n"
"Language: fr\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"Plural-Forms: nplurals=2; plural=(n > 1);\\n"

# Keep it short.
#: src/window.c:40 src/main.c:12
msgid "Open the selected file in a new window"
msgstr "Ouvrir le fichier choisi dans une nouvelle fenêtre"

#: src/main.c:30
msgid "Quit"
msgstr "Quitter"

#: src/main.c:31
#, fuzzy
msgid "Save"
msgstr "Enregistrer"

#: src/main.c:32
msgid "Print"
msgstr ""

#: src/zoom.c:5
#, c-format
msgid "%d file"
msgid_plural "%d files"
msgstr[0] "%d fichier"
msgstr[1] "%d fichiers"

#~ msgid "Old message"
#~ msgstr "Ancien message"
"""

TEMPLATE = """\
#, fuzzy
msgid ""
msgstr ""
"Project-Id-Version: demo 1.1\\n"
"Report-Msgid-Bugs-To: bugs@example.org\\n"
"POT-Creation-Date: 2021-05-05 10:00+0000\\n"
"PO-Revision-Date: YEAR-MO-DA HO:MI+ZONE\\n"
"Last-Translator: FULL NAME <EMAIL@ADDRESS>\\n"
"Language-Team: LANGUAGE <LL@li.org>\\n"
"Language: \\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"Plural-Forms: nplurals=INTEGER; plural=EXPRESSION;\\n"

#. The main menu.
#: src/window.c:44 src/main.c:12 src/window.c:7
msgid "Open the selected files in a new window"
msgstr ""

#: src/main.c:30
msgid "Quit"
msgstr ""

#: src/main.c:31
msgid "Save"
msgstr ""

#: src/main.c:32
msgid "Print"
msgstr ""

#: src/zoom.c:5 src/aaa.c:9
#, c-format
msgid "%d file"
msgid_plural "%d files"
msgstr[0] ""
msgstr[1] ""

#: src/about.c:3
msgid "About this application and its many wonderful authors, who wrote it over many years"
msgstr ""

#: src/about.c:4
msgid "Close the dialog"
msgstr ""

msgid "Zoom"
msgstr ""
"""

COMPENDIUM = """\
msgid ""
msgstr ""
"Project-Id-Version: team memory\\n"
"Language-Team: French <fr@li.org>\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=2; plural=(n > 1);\\n"

# From the team.
msgid "Close the dialog"
msgstr "Fermer la boîte de dialogue"

msgid "Print"
msgstr "Imprimer"

msgid "Quit"
msgstr "Quitter l'application"

msgid "Zoom in"
msgstr "Agrandir"
"""

SECOND_COMPENDIUM = """\
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"

msgid "Close the dialog"
msgstr "Fermer le dialogue"

msgid "About this application and its wonderful authors"
msgstr "À propos de cette application et de ses merveilleux auteurs"
"""


@pytest.fixture()
def files(tmp_path):
    (tmp_path / "fr.po").write_text(CATALOGUE, encoding="utf-8")
    (tmp_path / "new.pot").write_text(TEMPLATE, encoding="utf-8")
    (tmp_path / "team.po").write_text(COMPENDIUM, encoding="utf-8")
    (tmp_path / "more.po").write_text(SECOND_COMPENDIUM, encoding="utf-8")
    return tmp_path


def _ours(folder: Path, old: str, *options: str) -> bytes:
    out = folder / "ours.po"
    result = subprocess.run(
        ["factsheet", "update", "--template", str(folder / "new.pot"), "-o", str(out), *options, old],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stderr
    return out.read_bytes()


def _gnu(folder: Path, old: str, *options: str) -> bytes:
    return subprocess.run(
        ["msgmerge", "--quiet", "--previous", "-o", "-", *options, old, str(folder / "new.pot")],
        check=True, capture_output=True,
    ).stdout


OPTION_SETS = {
    "plain": [],
    "no fuzzy matching": ["--no-fuzzy-matching"],
    "sort output": ["--sort-output"],
    "sort by file": ["--sort-by-file"],
    "file locations": ["--add-location=file"],
    "no locations": ["--add-location=never"],
    "no location flag": ["--no-location"],
    "for msgfmt": ["--for-msgfmt"],
    "narrow": ["--width=40"],
    "no wrap": ["--no-wrap"],
    "compendium": ["--compendium={team}"],
    "two compendia": ["--compendium={team}", "--compendium={more}"],
    "compendium, sorted, no fuzzy": ["-C", "{team}", "-s", "-N"],
}


@pytest.mark.parametrize("name", OPTION_SETS)
def test_options_give_msgmerge_bytes(files, name):
    options = [option.format(team=files / "team.po", more=files / "more.po") for option in OPTION_SETS[name]]
    assert _ours(files, str(files / "fr.po"), *options) == _gnu(files, str(files / "fr.po"), *options)


@pytest.mark.parametrize("compendia", [["team"], ["team", "more"], ["more", "team"]])
def test_dev_null_as_the_old_catalogue_takes_everything_from_compendia(files, compendia):
    options = [f"--compendium={files / name}.po" for name in compendia]
    ours = _ours(files, "/dev/null", *options)
    assert ours == _gnu(files, "/dev/null", *options)
    assert "Fermer".encode() in ours


@pytest.mark.parametrize("control, expected", [("simple", "fr.po~"), ("numbered", "fr.po.~1~"), ("existing", "fr.po~")])
def test_backup_keeps_the_old_file_as_msgmerge_update_does(files, control, expected):
    gnu_folder = files / "gnu"
    gnu_folder.mkdir()
    shutil.copy(files / "fr.po", gnu_folder / "fr.po")
    subprocess.run(["msgmerge", "--quiet", "--previous", "--update", f"--backup={control}",
                    str(gnu_folder / "fr.po"), str(files / "new.pot")], check=True)
    result = subprocess.run(["factsheet", "update", "--template", str(files / "new.pot"), f"--backup={control}",
                             str(files / "fr.po")], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert (gnu_folder / expected).exists() and (files / expected).exists()
    assert (files / expected).read_text(encoding="utf-8") == CATALOGUE
    assert (files / "fr.po").read_bytes() == (gnu_folder / "fr.po").read_bytes()


def test_no_backup_when_nothing_changes(files):
    subprocess.run(["factsheet", "update", "--template", str(files / "new.pot"), str(files / "fr.po")], check=True)
    subprocess.run(["factsheet", "update", "--template", str(files / "new.pot"), "--backup=simple",
                    str(files / "fr.po")], check=True)
    assert not (files / "fr.po~").exists()


def test_msgmerge_options_need_explicit_catalogues(tmp_path):
    result = subprocess.run(["factsheet", "update", "--no-wrap"], capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 2
    assert "--template" in result.stderr and "Traceback" not in result.stderr


def test_dash_as_the_output_writes_msgmerges_bytes_to_stdout_and_the_report_to_stderr(files):
    result = subprocess.run(["factsheet", "update", "--template", str(files / "new.pot"), "-o", "-",
                             str(files / "fr.po")], capture_output=True, cwd=files)
    assert result.returncode == 0, result.stderr
    assert result.stdout == _gnu(files, str(files / "fr.po"))
    assert result.stderr.decode().startswith("standard output: written (")
    assert not (files / "-").exists()
    assert (files / "fr.po").read_text(encoding="utf-8") == CATALOGUE
