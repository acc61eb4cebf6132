"""The `#,` flag vocabulary (i18n.po.flags) against GNU msgcat 0.21: the flags it keeps are GNU's."""

from __future__ import annotations

import subprocess

import pytest

from i18n.po.flags import is_gnu_flag, read_flag_line
from i18n.po.parse import parse_po
from i18n.po.write import format_po

FLAGS = ["fuzzy", "c-format", "no-c-format", "possible-python-format", "python-brace-format", "no-format",
         "foo-format", "no-foo-format", "range: 1..5", "no-wrap", "ignore-length", "rust-format", "x-check"]
# GNU 0.21 reads these but writes none of them (wrap is its default; impossible is its "undecided").
KNOWN_NOT_WRITTEN = ["wrap", "impossible-c-format", "ellipsis-unicode-check", "no-bullet-unicode-check"]


def _msgcat(tmp_path, text: str) -> bytes:
    path = tmp_path / "t.po"
    path.write_text(text, encoding="utf-8")
    return subprocess.run(["msgcat", str(path)], capture_output=True, check=True).stdout


@pytest.mark.parametrize("flag", FLAGS)
def test_a_flag_is_gnus_when_msgcat_keeps_it(tmp_path, flag):
    text = f'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n#, {flag}\nmsgid "a"\nmsgstr "b"\n'
    assert (b"#," in _msgcat(tmp_path, text)) == is_gnu_flag(flag)


@pytest.mark.parametrize("flag", KNOWN_NOT_WRITTEN)
def test_flags_gnu_reads_without_writing_them_are_gnus(flag):
    assert is_gnu_flag(flag)


def test_the_written_line_is_msgcats_with_our_flags_after_it(tmp_path):
    line = ", ".join(reversed(FLAGS + KNOWN_NOT_WRITTEN))
    text = f'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n#, {line}\nmsgid "a"\nmsgstr "b"\n'
    ours = format_po(parse_po(text.encode())).decode()
    ours_flags = read_flag_line(ours.split("#,")[1].split("\n")[0])
    gnu = _msgcat(tmp_path, text).decode()
    gnu_flags = read_flag_line(gnu.split("#,")[1].split("\n")[0])
    assert [flag for flag in ours_flags if is_gnu_flag(flag) and not flag.endswith("-check")] == gnu_flags
    assert [flag for flag in ours_flags if not is_gnu_flag(flag)] == [
        "x-check", "rust-format", "ignore-length", "no-foo-format", "foo-format", "no-format"]
