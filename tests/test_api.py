"""The Python API (i18n.api, exported from i18n): each call against GNU gettext doing the same job."""

from __future__ import annotations

import subprocess
import textwrap
from pathlib import Path

import pytest

import i18n
from i18n.checks.base import Finding

HEADER = """\
msgid ""
msgstr ""
"Project-Id-Version: tiny 1.0\\n"
"POT-Creation-Date: 2026-01-01 10:00+0000\\n"
"PO-Revision-Date: 2026-01-02 10:00+0000\\n"
"Language: fr\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"Plural-Forms: nplurals=2; plural=(n > 1);\\n"
"""

CATALOGUE = HEADER + """
# A translator's note, kept.
#: templates/tiny.j2:1
msgid "Key facts"
msgstr "Chiffres clés"

#: templates/tiny.j2:2
#, python-format
msgid "The park covers %(area)s hectares, an area that is larger than many of the other parks of the region."
msgstr "Le parc couvre %(area)s hectares, une surface plus grande que celle de bien des parcs de la région."

#: templates/tiny.j2:3
msgid "One cub was seen."
msgid_plural "%(count)s cubs were seen."
msgstr[0] "Un petit a été vu."
msgstr[1] "%(count)s petits ont été vus."

#: templates/tiny.j2:4
msgid "The population was 262,000 in 2012."
msgstr "La population était de 226 000 en 2012."
"""

TEMPLATE = HEADER.replace('"Language: fr\\n"\n', "").replace("2026-01-01", "2026-02-01") + """
#: templates/tiny.j2:1
msgid "Key facts"
msgstr ""

#: templates/tiny.j2:3
msgid "One cub was seen."
msgid_plural "%(count)s cubs were seen."
msgstr[0] ""
msgstr[1] ""

#: templates/tiny.j2:4
msgid "The population was 262,000 in 2013."
msgstr ""

#: templates/tiny.j2:5
msgid "A new message"
msgstr ""
"""


def gnu(*command: str) -> bytes:
    return subprocess.run(command, check=True, capture_output=True).stdout


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    po, pot = tmp_path / "fr.po", tmp_path / "tiny.pot"
    po.write_text(CATALOGUE, encoding="utf-8")
    pot.write_text(TEMPLATE, encoding="utf-8")
    return po, pot


def test_read_and_format_give_msgcats_bytes(files):
    po, _ = files
    catalog = i18n.read_catalogue(po)
    assert [entry.msgid for entry in catalog.entries][:2] == ["Key facts", catalog.entries[1].msgid]
    assert catalog.entries[0].msgstr == "Chiffres clés"
    assert i18n.format_catalogue(catalog) == gnu("msgcat", str(po))
    assert i18n.format_catalogue(i18n.parse_catalogue(po.read_bytes(), str(po))) == gnu("msgcat", str(po))


def test_write_catalogue_writes_msgcats_form_and_reports_no_change(files, tmp_path):
    po, _ = files
    target = tmp_path / "copy.po"
    assert i18n.write_catalogue(target, i18n.read_catalogue(po)) is True
    assert target.read_bytes() == gnu("msgcat", str(po))
    assert i18n.write_catalogue(target, i18n.read_catalogue(target)) is False


def test_merge_gives_msgmerges_bytes(files):
    po, pot = files
    merged = i18n.merge(i18n.read_catalogue(po), i18n.read_catalogue(pot))
    assert i18n.format_catalogue(merged) == gnu("msgmerge", "--quiet", "--previous", str(po), str(pot), "-o", "-")
    changed = next(entry for entry in merged.entries if entry.msgid.endswith("in 2013."))
    assert changed.fuzzy and changed.previous_msgid == "The population was 262,000 in 2012."


def test_compile_mo_gives_msgfmts_bytes(files):
    po, _ = files
    assert i18n.compile_mo(i18n.read_catalogue(po)) == gnu("msgfmt", "-o", "-", str(po))


def test_compile_mo_refuses_what_msgfmt_c_refuses(tmp_path):
    bad = tmp_path / "bad.po"
    bad.write_text(HEADER + '\n#, c-format\nmsgid "%d cubs"\nmsgstr "%s petits"\n', encoding="utf-8")
    gnu = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(bad)], capture_output=True, text=True)
    assert gnu.returncode != 0
    with pytest.raises(i18n.FactsheetError) as refused:
        i18n.compile_mo(i18n.read_catalogue(bad))
    # msgfmt names the msgstr keyword's line, and so do we.
    assert f"{bad}:{refused.value.line}: {refused.value.errors[0].message}" in gnu.stderr.splitlines()
    assert refused.value.path == str(bad) and refused.value.line == 14


def test_check_returns_the_commands_findings_as_data(files, tmp_path):
    po, _ = files
    findings = i18n.check(po, source_locale="en")
    assert all(isinstance(item, Finding) for item in findings)
    changed = [item for item in findings if item.code == "N103"]
    assert [(item.line, item.msgid) for item in changed] == [(29, "The population was 262,000 in 2012.")]
    assert "262,000" in changed[0].message and "226 000" in changed[0].message
    # The same findings `factsheet check --format json` prints, in the same order.
    import json

    printed = json.loads(subprocess.run(["factsheet", "check", "--format", "json", str(po)],
                                        capture_output=True, text=True, cwd=tmp_path).stdout)["findings"]
    assert [(item.line, item.code) for item in findings] == [(item["line"], item["code"]) for item in printed]
    assert i18n.check(po, select=["typography"]) == tuple(item for item in findings if item.code.startswith("T"))


def test_check_of_a_malformed_file_raises_at_its_line(tmp_path):
    broken = tmp_path / "broken.po"
    broken.write_text(HEADER + '\nmsgid "open\nmsgstr ""\n', encoding="utf-8")
    with pytest.raises(i18n.InputError) as error:
        i18n.check(broken)
    assert error.value.path == str(broken) and error.value.line == 12


def test_render_sheet_translates_with_the_compiled_catalogue(tmp_path):
    (tmp_path / "templates" / "sheets").mkdir(parents=True)
    (tmp_path / "data").mkdir()
    (tmp_path / "templates" / "sheets" / "tiny.j2").write_text(textwrap.dedent("""\
        <p lang="{{ lang }}">{{ _("Key facts") }}: {{ data.area|number }}</p>
        """), encoding="utf-8")
    (tmp_path / "data" / "tiny.toml").write_text("area = 262000\n", encoding="utf-8")
    po = tmp_path / "fr.po"
    po.write_text(CATALOGUE, encoding="utf-8")
    mo = tmp_path / "fr.mo"
    mo.write_bytes(gnu("msgfmt", "-o", "-", str(po)))
    page = i18n.render_sheet(tmp_path / "data" / "tiny.toml", tmp_path / "templates", "fr", mo_file=mo)
    assert page == '<p lang="fr">Chiffres clés: 262\u202f000</p>\n'
    source = i18n.render_sheet(tmp_path / "data" / "tiny.toml", tmp_path / "templates", "en", "md")
    assert source == '<p lang="en">Key facts: 262,000</p>\n'
