""".mo revision 1: c-format messages with <inttypes.h> macros (%<PRIu64>) or the glibc I flag.

Oracles: msgfmt 0.21 (byte for byte), the C library's gettext through the `gettext` and `ngettext`
programs of gettext-base (the program finds the translation under its expanded msgid), and
Python's gettext module (which reads the file and finds the static messages).
"""

from __future__ import annotations

import gettext
import io
import os
import struct
import subprocess
from pathlib import Path

import pytest

from i18n.po.c_format import CFormatError, parse_c_format, sysdep_directives
from i18n.po.mo import MAGIC, format_mo
from i18n.po.parse import parse_po

HEADER = """\
msgid ""
msgstr ""
"Project-Id-Version: tool 2.1\\n"
"POT-Creation-Date: 2022-01-01 00:00+0000\\n"
"Language: de\\n"
"Content-Type: text/plain; charset={charset}\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"

"""

CATALOGUES = {
    "several macros": """
#, c-format
msgid "Read %<PRIu64> blocks"
msgstr "%<PRIu64> Blöcke gelesen"

#, c-format
msgid "Offset %<PRIx64>, size %<PRIdMAX>, %s"
msgstr "Versatz %<PRIx64>, Größe %<PRIdMAX>, %s"

#, c-format
msgid "%<PRIuFAST32> fast, %<PRIdLEAST16> least, %<PRIoPTR> ptr, %<PRIX8> hex"
msgstr "%<PRIuFAST32> schnell, %<PRIdLEAST16> mindestens, %<PRIoPTR> Zeiger, %<PRIX8> hex"

msgid "Plain"
msgstr "Schlicht"

#, c-format
msgid "%zu plain items"
msgstr "%zu schlichte Dinge"
""",
    "plurals and contexts": """
#, c-format
msgctxt "disk"
msgid "%<PRIu64> byte free"
msgid_plural "%<PRIu64> bytes free"
msgstr[0] "%<PRIu64> Byte frei"
msgstr[1] "%<PRIu64> Bytes frei"

#, c-format
msgctxt "memory"
msgid "%<PRIu64> byte free"
msgstr "%<PRIu64> Byte Speicher frei"

#, c-format
msgid "%1$<PRId32> of %2$s"
msgstr "%2$s: %1$<PRId32>"

#, c-format
msgid "%d line"
msgid_plural "%d lines"
msgstr[0] "%d Zeile"
msgstr[1] "%d Zeilen"
""",
    "only the translation is system-dependent": """
#, c-format
msgid "%d files"
msgstr "%Id Dateien"

#, c-format
msgid "%s: %u"
msgstr "%s: %Iu"
""",
    "flags that do and do not count": """
#, possible-c-format
msgid "%<PRIu16> maybe"
msgstr "%<PRIu16> vielleicht"

#, objc-format
msgid "%@ has %<PRIu64>"
msgstr "%@ hat %<PRIu64>"

#, no-c-format
msgid "%<PRIu64> literal"
msgstr "%<PRIu64> wörtlich"

msgid "%<PRIu64> unflagged"
msgstr "%<PRIu64> ohne Flag"

#, c-format
msgid "%<PRIu64> and %<PRIfoo> broken"
msgstr "%<PRIu64> und %<PRIfoo> kaputt"

#, c-format, fuzzy
msgid "%<PRIu64> fuzzy"
msgstr "%<PRIu64> unscharf"

#, c-format
msgid "%<PRIu64> untranslated"
msgstr ""
""",
}


def _write(tmp_path: Path, name: str, charset: str = "UTF-8") -> Path:
    path = tmp_path / "messages.po"
    text = HEADER.format(charset=charset) + CATALOGUES[name]
    path.write_bytes(text.encode("utf-8" if charset == "UTF-8" else charset))
    return path


def _ours(path: Path) -> bytes:
    return format_mo(parse_po(path.read_bytes(), str(path)))


def _msgfmt(path: Path) -> bytes:
    out = path.with_suffix(".gnu.mo")
    subprocess.run(["msgfmt", "-o", str(out), str(path)], check=True, capture_output=True)
    return out.read_bytes()


@pytest.mark.parametrize("name", CATALOGUES)
def test_bytes_equal_msgfmt(tmp_path, name):
    path = _write(tmp_path, name)
    ours = _ours(path)
    assert ours == _msgfmt(path)
    _magic, revision = struct.unpack_from("<2I", ours)
    assert revision & 0xFFFF == 1  # minor revision 1: there are system-dependent strings


def test_latin1_catalogue_bytes_equal_msgfmt(tmp_path):
    path = tmp_path / "messages.po"
    text = HEADER.format(charset="ISO-8859-1") + '#, c-format\nmsgid "%<PRIu64> bytes"\nmsgstr "%<PRIu64> Größe"\n'
    path.write_bytes(text.encode("latin-1"))
    assert _ours(path) == _msgfmt(path)


def test_the_i_flag_needs_major_revision_1(tmp_path):
    data = _ours(_write(tmp_path, "only the translation is system-dependent"))
    _magic, revision = struct.unpack_from("<2I", data)
    assert revision == (1 << 16) + 1


def test_no_sysdep_strings_stay_revision_0(tmp_path):
    path = tmp_path / "messages.po"
    path.write_text(HEADER.format(charset="UTF-8") + '#, c-format\nmsgid "%lu bytes"\nmsgstr "%lu Bytes"\n')
    data = _ours(path)
    assert struct.unpack_from("<2I", data) == (MAGIC, 0)
    assert data == _msgfmt(path)


# --- found at run time by the C library ------------------------------------------------------------

_LONG_IS_64 = struct.calcsize("l") == 8
# <inttypes.h> on glibc: what each macro expands to, which is the msgid a C program asks for.
PRI = {
    "PRIu64": "lu" if _LONG_IS_64 else "llu",
    "PRIx64": "lx" if _LONG_IS_64 else "llx",
    "PRIdMAX": "ld" if _LONG_IS_64 else "lld",
    "PRId32": "d",
}


def _install(tmp_path: Path, name: str) -> dict[str, str]:
    folder = tmp_path / "locale" / "de" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "tool.mo").write_bytes(_ours(_write(tmp_path, name)))
    return {
        **os.environ,
        "TEXTDOMAINDIR": str(tmp_path / "locale"),
        "LC_ALL": "C.UTF-8",
        "LANGUAGE": "de",
    }


def _c_gettext(environment, *arguments: str) -> str:
    return subprocess.run(
        ["gettext", "-d", "tool", *arguments], env=environment, check=True, capture_output=True, text=True
    ).stdout


def test_c_library_finds_the_expanded_messages(tmp_path):
    environment = _install(tmp_path, "several macros")
    assert _c_gettext(environment, f"Read %{PRI['PRIu64']} blocks") == f"%{PRI['PRIu64']} Blöcke gelesen"
    asked = f"Offset %{PRI['PRIx64']}, size %{PRI['PRIdMAX']}, %s"
    assert _c_gettext(environment, asked) == f"Versatz %{PRI['PRIx64']}, Größe %{PRI['PRIdMAX']}, %s"
    assert _c_gettext(environment, "Plain") == "Schlicht"
    assert _c_gettext(environment, "%zu plain items") == "%zu schlichte Dinge"
    # The macro's own name is not a msgid any more: a program never asks for it.
    assert _c_gettext(environment, "Read %<PRIu64> blocks") == "Read %<PRIu64> blocks"


def test_c_library_finds_plurals_contexts_and_numbered_arguments(tmp_path):
    environment = _install(tmp_path, "plurals and contexts")
    u64 = PRI["PRIu64"]
    singular, plural = f"%{u64} byte free", f"%{u64} bytes free"
    ngettext = ["ngettext", "-d", "tool", "-c", "disk", singular, plural]
    run = lambda n: subprocess.run([*ngettext, n], env=environment, check=True, capture_output=True, text=True).stdout  # noqa: E731
    assert run("1") == f"%{u64} Byte frei"
    assert run("7") == f"%{u64} Bytes frei"
    assert _c_gettext(environment, "-c", "memory", singular) == f"%{u64} Byte Speicher frei"
    assert _c_gettext(environment, f"%1${PRI['PRId32']} of %2$s") == f"%2$s: %1${PRI['PRId32']}"


def test_c_library_expands_the_i_flag(tmp_path):
    environment = _install(tmp_path, "only the translation is system-dependent")
    assert _c_gettext(environment, "%d files") == "%Id Dateien"
    assert _c_gettext(environment, "%s: %u") == "%s: %Iu"


# --- Python still reads every file -----------------------------------------------------------------


@pytest.mark.parametrize("name", CATALOGUES)
def test_python_gettext_reads_the_file_and_its_static_messages(tmp_path, name):
    translations = gettext.GNUTranslations(io.BytesIO(_ours(_write(tmp_path, name))))
    assert translations.info()["language"] == "de"
    if name == "several macros":
        assert translations.gettext("Plain") == "Schlicht"
    if name == "plurals and contexts":
        assert translations.ngettext("%d line", "%d lines", 3) == "%d Zeilen"
    if name == "flags that do and do not count":
        assert translations.gettext("%<PRIu64> unflagged") == "%<PRIu64> ohne Flag"
        assert translations.gettext("%<PRIu64> literal") == "%<PRIu64> wörtlich"


# --- the grammar -----------------------------------------------------------------------------------


def test_sysdep_directives_are_found_where_gnu_finds_them():
    assert sysdep_directives("a %<PRIu64> b %5.2<PRIdMAX>", translated=False) == ((3, 11), (18, 27))
    assert sysdep_directives("%Id %'Iu", translated=True) == ((1, 2), (6, 7))
    # The I flag only exists in translations; a string that is not valid C has no segments at all.
    assert sysdep_directives("%Id", translated=False) == ()
    assert sysdep_directives("%<PRIu64> %<PRIbad>", translated=False) == ()
    assert sysdep_directives("%1$<PRIu64> %<PRIu64>", translated=False) == ()


@pytest.mark.parametrize(
    "text, reason",
    [
        ("%<PRIq64>", "the token after '<' is not the name of a format specifier macro"),
        ("%<PRIu64", "the token after '<' is not followed by '>'"),
        ("%0$d", "argument number 0 is not a positive integer"),
        ("%2$d", "refers to argument number 2 but ignores argument number 1"),
        ("%1$d %1$s", "refers to argument number 1 in incompatible ways"),
        ("%y", "the character 'y' is not a valid conversion specifier"),
        ("%5", "ends in the middle of a directive"),
    ],
)
def test_invalid_strings_give_gnus_reason(text, reason):
    with pytest.raises(CFormatError, match=reason):
        parse_c_format(text, translated=True)
