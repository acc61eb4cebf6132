"""`factsheet update --template T CATALOGUE` against `msgmerge --update --previous` (GNU gettext 0.21):
the same bytes when the file changes, and the file left alone when msgmerge leaves it alone."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

CATALOGUE = """\
msgid ""
msgstr ""
"Project-Id-Version: demo 1.0\\n"
"POT-Creation-Date: 2020-01-01 00:00+0000\\n"
"PO-Revision-Date: 2020-02-01 00:00+0000\\n"
"Language-Team: French\\n"
"Language: fr\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=2; plural=(n > 1);\\n"

#: a.c:1
msgid "Open the file"
msgstr "Ouvrir le fichier"

#: a.c:2
#, c-format
msgid "Saved %d files"
msgstr "%d fichiers "
"enregistrés"
"""

TEMPLATE = """\
#, fuzzy
msgid ""
msgstr ""
"Project-Id-Version: PACKAGE VERSION\\n"
"POT-Creation-Date: {date}\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

#: a.c:1
msgid "Open the file"
msgstr ""

#: a.c:2
#, c-format
msgid "Saved %d files"
msgstr ""
{extra}"""


def _both(tmp_path: Path, catalogue: str, template: str) -> tuple[Path, Path, Path]:
    ours = tmp_path / "ours.po"
    ours.write_text(catalogue, encoding="utf-8")
    gnu = tmp_path / "gnu.po"
    shutil.copy(ours, gnu)
    pot = tmp_path / "new.pot"
    pot.write_text(template, encoding="utf-8")
    result = subprocess.run(["factsheet", "update", "--template", str(pot), str(ours)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    subprocess.run(["msgmerge", "--quiet", "--update", "--previous", "--backup=none", str(gnu), str(pot)], check=True)
    return ours, gnu, pot


@pytest.mark.parametrize("date", ["2020-01-01 00:00+0000", "2024-06-30 12:00+0200"])
def test_nothing_but_the_template_date_changed_leaves_the_file_alone(tmp_path, date):
    ours, gnu, _pot = _both(tmp_path, CATALOGUE, TEMPLATE.format(date=date, extra=""))
    # The two-line msgstr is not how msgcat would wrap it, and the date differs: msgmerge keeps the file.
    assert gnu.read_text(encoding="utf-8") == CATALOGUE
    assert ours.read_text(encoding="utf-8") == CATALOGUE


def test_a_real_change_rewrites_the_file_as_msgmerge_does(tmp_path):
    extra = '\n#: b.c:9\nmsgid "Close"\nmsgstr ""\n'
    ours, gnu, _pot = _both(tmp_path, CATALOGUE, TEMPLATE.format(date="2024-06-30 12:00+0200", extra=extra))
    assert gnu.read_bytes() != CATALOGUE.encode()
    assert ours.read_bytes() == gnu.read_bytes()


def test_a_moved_reference_rewrites_the_file(tmp_path):
    template = TEMPLATE.format(date="2020-01-01 00:00+0000", extra="").replace("a.c:1", "a.c:10")
    ours, gnu, _pot = _both(tmp_path, CATALOGUE, template)
    assert "a.c:10" in gnu.read_text(encoding="utf-8")
    assert ours.read_bytes() == gnu.read_bytes()
