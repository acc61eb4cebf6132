"""A large template read by a second process (i18n.po.read_ahead) is the catalogue a direct read
gives, field for field; a template that cannot be read is still the error `update` reports first,
as when it was read before the catalogue; and the merge is msgmerge's."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from i18n.po.io import read_catalog
from i18n.po.read_ahead import _MIN_BYTES, read_ahead

HEADER = (
    '# Translator comment\n#, fuzzy\nmsgid ""\nmsgstr ""\n"Project-Id-Version: demo\\n"\n'
    '"Content-Type: text/plain; charset=UTF-8\\n"\n"Plural-Forms: nplurals=2; plural=(n > 1);\\n"\n\n'
)


def _large_template(path: Path) -> None:
    """Over _MIN_BYTES of messages with every kind of field a catalogue holds."""
    parts = [HEADER]
    number = 0
    while sum(map(len, parts)) < _MIN_BYTES + 10_000:
        parts.append(
            f"#. Extracted {number}\n#: src/file{number % 7}.c:{number}\n#, c-format, no-wrap\n"
            f'#| msgid "Earlier ünïcode {number}"\nmsgctxt "ctx {number % 3}"\n'
            f'msgid "Message {number} with %d thing and «quotes» to make it long enough"\n'
            f'msgid_plural "Messages {number} with %d things"\nmsgstr[0] ""\nmsgstr[1] ""\n\n'
            f'msgid "Plain {number}\\tTab"\nmsgstr ""\n\n'
        )
        number += 1
    path.write_text("".join(parts), encoding="utf-8")


def test_a_large_file_read_ahead_is_the_catalogue_read_directly(tmp_path):
    template = tmp_path / "big.pot"
    _large_template(template)
    calls = []
    pending = read_ahead(lambda: calls.append(1) or read_catalog(template)[0], template)
    received = pending()
    assert calls == []  # read by the other process
    direct = read_catalog(template)[0]
    assert received == direct
    assert received.header == direct.header and received.header.translator_comments == ["Translator comment"]
    assert len(received.entries) > 5_000 and received.entries[-1].msgid.startswith("Plain")
    assert all(type(entry.line) is int and entry.line > 0 for entry in received.entries)
    assert pending() is received  # read once


def test_a_read_that_fails_in_the_child_is_done_again_and_raises_there(tmp_path):
    template = tmp_path / "big.pot"
    _large_template(template)
    calls = []
    marker = tmp_path / "child-ran"
    parent = os.getpid()

    def read():
        if os.getpid() != parent:
            marker.touch()
            raise RuntimeError("child failed")
        calls.append(parent)
        return read_catalog(template)[0]

    pending = read_ahead(read, template)
    # The child's failure is not seen here: the parent reads the file itself when asked.
    assert pending() == read_catalog(template)[0]
    assert marker.exists() and calls == [parent]


def test_a_small_file_is_read_at_once(tmp_path):
    template = tmp_path / "small.pot"
    template.write_text(HEADER + 'msgid "One"\nmsgstr ""\n', encoding="utf-8")
    calls = []
    pending = read_ahead(lambda: calls.append(1) or read_catalog(template)[0], template)
    assert calls == [1]
    assert pending().entries[0].msgid == "One"


def test_update_with_a_large_template_is_msgmerge_s_merge(tmp_path):
    template = tmp_path / "big.pot"
    _large_template(template)
    catalogue = tmp_path / "ours.po"
    catalogue.write_text(HEADER.replace("#, fuzzy\n", "") + 'msgid "Plain 3\\tTab"\nmsgstr "Simple 3"\n\n'
                         'msgid "Plain 4 old"\nmsgstr "Simple 4"\n', encoding="utf-8")
    gnu = tmp_path / "gnu.po"
    shutil.copy(catalogue, gnu)
    ours = subprocess.run(["factsheet", "update", "--template", str(template), str(catalogue)],
                          capture_output=True, text=True)
    assert ours.returncode == 0, ours.stderr
    subprocess.run(["msgmerge", "--quiet", "--previous", "--update", "--backup=none", str(gnu), str(template)],
                   check=True, capture_output=True)
    assert catalogue.read_bytes() == gnu.read_bytes()
    assert b'msgid "Plain 4 old"' in gnu.read_bytes()  # obsolete now, kept


def test_a_broken_large_template_is_reported_before_a_broken_catalogue(tmp_path):
    template = tmp_path / "big.pot"
    _large_template(template)
    with template.open("a", encoding="utf-8") as file:
        file.write('\nmsgid "Unterminated\n')
    catalogue = tmp_path / "broken.po"
    catalogue.write_text('msgid "x"\nmsgstr "y"\nmsgid "x"\nmsgstr "again"\nwhat\n', encoding="utf-8")
    result = subprocess.run(["factsheet", "update", "--template", str(template), str(catalogue)],
                            capture_output=True, text=True)
    assert result.returncode == 2
    assert "big.pot" in result.stderr and "broken.po" not in result.stderr
    assert "Traceback" not in result.stderr
    assert catalogue.read_text(encoding="utf-8").startswith('msgid "x"')
