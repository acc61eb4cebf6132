"""Header lines end at "\\n" only, as GNU reads them: `update` keeps a value holding \\v, \\f or U+2028."""

from __future__ import annotations

import subprocess

import pytest

from i18n.po.header import lines as header_lines
from i18n.po.parse import parse_po

BREAKS_FOR_PYTHON_ONLY = ["\\v", "\\f", "\u2028", "\u2029", "\u0085", "\x1c", "\x1d", "\x1e"]


@pytest.mark.parametrize("inside", BREAKS_FOR_PYTHON_ONLY)
def test_update_keeps_the_field_whole_run_after_run_like_msgmerge(tmp_path, inside):
    po = tmp_path / "t.po"
    po.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
                  f'"X-Note: before{inside}after\\n"\n"Language: fr\\n"\n\nmsgid "a"\nmsgstr "b"\n', encoding="utf-8")
    (tmp_path / "t.pot").write_text('msgid "a"\nmsgstr ""\n', encoding="utf-8")
    gnu = subprocess.run(["msgmerge", "-q", "t.po", "t.pot", "-o", "-"], capture_output=True, cwd=tmp_path, check=True)
    for _run in range(3):
        subprocess.run(["factsheet", "update", "-t", "t.pot", "t.po"], capture_output=True, cwd=tmp_path, check=True)
        assert po.read_bytes() == gnu.stdout
    catalog = parse_po(po.read_bytes())
    assert catalog.header_field("X-Note").startswith("before") and catalog.header_field("Language") == "fr"


def test_header_lines_split_at_newlines_only():
    assert header_lines("A: 1\u2028x\nB: 2\x0b\n\nC") == ["A: 1\u2028x\n", "B: 2\x0b\n", "\n", "C"]
    assert header_lines("") == []


def test_reading_and_setting_fields_keeps_every_other_byte():
    from i18n.po import header

    text = "Project-Id-Version: demo 1\nX-Note: a POT-Creation-Date: inside\nPOT-Creation-Date: 2020\nPOT-Creation-Date: 2021"
    assert header.field(text, "pot-creation-date") == "2020"
    # msgmerge's reading finds the name anywhere, even inside another field's value.
    assert header.found_text(text, "POT-Creation-Date") == " inside\n"
    assert header.found_text(text, "Language") is None
    assert header.without_field(text, "POT-Creation-Date", first_only=True) == text.replace("POT-Creation-Date: 2020\n", "")
    assert header.without_field(text, "POT-Creation-Date") == "Project-Id-Version: demo 1\nX-Note: a POT-Creation-Date: inside\n"
    assert header.set_field(text, "POT-Creation-Date", "x") == (
        "Project-Id-Version: demo 1\nX-Note: a POT-Creation-Date: inside\nPOT-Creation-Date: x\nPOT-Creation-Date: x")
    assert header.text_of(header.in_gnu_order({"Language": "fr", "Project-Id-Version": "p"})) == (
        "Project-Id-Version: p\nLanguage: fr\n")
