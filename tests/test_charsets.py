"""The one charset policy (i18n.po.charsets) and the commands that read catalogues through it."""

from __future__ import annotations

import subprocess

import pytest

from i18n.errors import InputError
from i18n.po.charsets import codec_of, refusal
from i18n.po.parse import parse_po

# Python codecs that are no charset a PO file can be written in: byte and text transforms, escape
# and domain-name encodings, and charsets that do not keep ASCII as it is.
NOT_CHARSETS = ["base64", "hex", "zlib", "rot13", "rot_13", "uu", "bz2", "quopri", "punycode", "idna",
                "unicode_escape", "raw_unicode_escape", "utf-16", "UTF-32", "utf-7", "cp037", "undefined"]
BAD_NAMES = ["utf-8\0", "utf\0-8", "é", "utf\x7f8"]
CHARSETS = {"ISO-8859-1": "é", "ISO-8859-15": "€", "KOI8-R": "ё", "CP1251": "ж", "EUC-JP": "日本",
            "SHIFT_JIS": "日本", "GB18030": "中文", "BIG5": "中文", "EUC-KR": "한국", "UTF-8": "ü", "utf8": "ü",
            "CP1252": "€", "ISO-8859-7": "ά"}


def _catalogue(charset: str, text: str = "x") -> bytes:
    return (f'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset={charset}\\n"\n\n'
            f'msgid "a"\nmsgstr "{text}"\n').encode("utf-8")


@pytest.mark.parametrize("name", NOT_CHARSETS + BAD_NAMES)
def test_refused_in_one_line_at_the_header(name):
    with pytest.raises(InputError) as raised:
        parse_po(_catalogue(name), "t.po")
    assert raised.value.path == "t.po" and raised.value.line == 2
    assert "\n" not in str(raised.value) and "charset" in raised.value.message
    if name not in BAD_NAMES:
        assert raised.value.message == refusal(name)


@pytest.mark.parametrize("name", NOT_CHARSETS + BAD_NAMES[:1])
@pytest.mark.parametrize("command", [["check"], ["compile"], ["update", "-t", "t.pot"]])
def test_commands_give_a_one_line_error_and_exit_2(tmp_path, name, command):
    (tmp_path / "t.po").write_bytes(_catalogue(name))
    (tmp_path / "t.pot").write_bytes(b'msgid "a"\nmsgstr ""\n')
    run = subprocess.run(["factsheet", *command, "t.po"], capture_output=True, text=True, cwd=tmp_path)
    output = run.stdout + run.stderr
    assert "Traceback" not in output
    assert run.returncode == 2, output
    assert f"t.po:2: {refusal(name)}" in run.stderr and run.stderr.count("\n") == 1


@pytest.mark.parametrize("name, text", CHARSETS.items())
def test_real_charsets_compile_as_msgfmt_compiles_them(tmp_path, name, text):
    po = tmp_path / "t.po"
    po.write_bytes(f'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset={name}\\n"\n\nmsgid "a"\nmsgstr "{text}"\n'
                   .encode(codec_of(name)))
    assert parse_po(po.read_bytes()).entries[0].msgstr == text
    subprocess.run(["msgfmt", "-o", str(tmp_path / "gnu.mo"), str(po)], check=True, capture_output=True)
    subprocess.run(["factsheet", "compile", str(po), "-o", str(tmp_path / "ours.mo")], check=True, capture_output=True)
    assert (tmp_path / "ours.mo").read_bytes() == (tmp_path / "gnu.mo").read_bytes()


def test_the_template_placeholder_reads_utf8():
    assert codec_of("CHARSET") == codec_of("charset") == "utf-8"
    assert parse_po(_catalogue("CHARSET", "x")).entries[0].msgstr == "x"


def test_placeholder_with_non_ascii_text_compiles_to_msgfmts_bytes(tmp_path):
    po = tmp_path / "t.po"
    po.write_bytes(_catalogue("CHARSET", "café ☕"))
    subprocess.run(["msgfmt", "-o", str(tmp_path / "gnu.mo"), str(po)], check=True, capture_output=True)
    run = subprocess.run(["factsheet", "compile", str(po), "-o", str(tmp_path / "ours.mo")], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "ours.mo").read_bytes() == (tmp_path / "gnu.mo").read_bytes()
