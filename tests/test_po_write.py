"""The writer against GNU msgcat 0.21: same bytes for tricky entries and for generated catalogues."""

from __future__ import annotations

import subprocess

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from i18n.po.model import Catalog, Entry
from i18n.po.parse import parse_po
from i18n.po.write import format_po

HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'


def msgcat(data: bytes, tmp_path, *options: str) -> bytes:
    source = tmp_path / "in.po"
    source.write_bytes(data)
    result = subprocess.run(["msgcat", "--force-po", *options, str(source)], capture_output=True)
    assert result.returncode == 0, result.stderr.decode()
    return result.stdout


LONG = "The quick brown fox jumps over the lazy dog while the cat watches from the windowsill"
TRICKY = {
    "short fits": 'msgid "a"\nmsgstr "b"\n',
    "long wraps at spaces": f'msgid "{LONG} {LONG}"\nmsgstr ""\n',
    "exactly 79 columns": 'msgid "' + "x" * 70 + '"\nmsgstr ""\n',
    "80 columns with a space": 'msgid "' + "x" * 35 + " " + "y" * 35 + '"\nmsgstr ""\n',
    "one long word": 'msgid "' + "z" * 120 + '"\nmsgstr ""\n',
    "space at the wrap point": 'msgid "' + "w" * 71 + "  next words here" + '"\nmsgstr ""\n',
    "internal newline starts with empty string": 'msgid "one\\ntwo"\nmsgstr "un\\ndeux\\n"\n',
    "newline only at end stays on one line": 'msgid "line\\n"\nmsgstr "ligne\\n"\n',
    "escapes": 'msgid "tab\\there \\"quoted\\" back\\\\slash \\a\\b\\f\\v\\r"\nmsgstr ""\n',
    "octal and hex escapes are normalised": 'msgid "\\101\\x42\\103"\nmsgstr "\\x7e"\n',
    "escape at a wrap point": 'msgid "' + "v" * 60 + ' \\"quoted words that go past the edge\\""\nmsgstr ""\n',
    "CJK is two columns wide": 'msgid "' + "漢字" * 25 + '"\nmsgstr "' + "日本語の文章、" * 12 + '"\n',
    "non-BMP characters": 'msgid "' + "😀 𝒞 " * 30 + '"\nmsgstr ""\n',
    "French punctuation": 'msgid "x"\nmsgstr "' + "« Bonjour » : voilà ; c’est l’été… " * 4 + '"\n',
    "references rewrapped": "#: " + " ".join(f"src/some/long/path/file{n}.c:{n * 100}" for n in range(12)) + '\nmsgid "r"\nmsgstr ""\n',
    "reference with ./ and leading zeros": '#: ./a.c:007 b.c\nmsgid "r2"\nmsgstr ""\n',
    "flags in GNU order": '#, python-format, fuzzy, no-wrap, c-format, range: 1..5\nmsgid "f %d"\nmsgstr "g %d"\n',
    "fuzzy dropped on untranslated": '#, fuzzy, c-format\nmsgid "u %d"\nmsgstr ""\n',
    "possible and impossible formats": '#, possible-sh-format, impossible-c-format, no-python-format\nmsgid "p"\nmsgstr "q"\n',
    "translator comment normalised": '#comment without space\n#  two spaces\n#\n#. extracted\n#.no space\nmsgid "c"\nmsgstr ""\n',
    "msgctxt": 'msgctxt "menu"\nmsgid "Open"\nmsgstr "Ouvrir"\n',
    "plural": 'msgid "one file"\nmsgid_plural "%d files"\nmsgstr[0] "un fichier"\nmsgstr[1] "%d fichiers"\n',
    "previous msgid": f'#, fuzzy\n#| msgctxt "old"\n#| msgid "{LONG}"\n#| msgid_plural "olds"\nmsgctxt "new"\nmsgid "n"\nmsgid_plural "ns"\nmsgstr[0] "x"\nmsgstr[1] "y"\n',
    "several flag lines: GNU keeps the last": '#, fuzzy, c-format\n#: a.c:1\n#, no-wrap\nmsgid "m"\nmsgstr "n"\n',
    "no-wrap honoured": f'#, no-wrap\nmsgid "{LONG} {LONG}"\nmsgstr "{LONG}\\n{LONG}"\n',
    "obsolete entries": f'# kept comment\n#, fuzzy\n#~| msgid "older"\n#~ msgctxt "ctx"\n#~ msgid "{LONG} {LONG}"\n#~ msgstr "o"\n\n#~ msgid "empty is dropped"\n#~ msgstr ""\n',
    "keywords with tabs and several strings a line": 'msgid\t"a" "b"\nmsgstr\t"c"\n"d" "e"\n',
    "spaced plural index": 'msgid "s"\nmsgid_plural "ss"\nmsgstr [0] "x"\nmsgstr[ 1 ] "y"\n',
    "raw control character": 'msgid "bell\x07 raw"\nmsgstr "\x01"\n',
}


@pytest.mark.parametrize("body", TRICKY.values(), ids=TRICKY.keys())
def test_tricky_entries_are_written_as_msgcat_writes_them(body, tmp_path):
    data = (HEADER + body).encode("utf-8")
    assert format_po(parse_po(data)) == msgcat(data, tmp_path)


@pytest.mark.parametrize("header, collapsed", [
    ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n', True),
    ('msgid ""\nmsgstr ""\n"Project-Id-Version: x\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n', False),
])
def test_a_header_that_fits_one_line_is_collapsed(header, collapsed, tmp_path):
    data = (header + '\nmsgid "a"\nmsgstr "b"\n').encode()
    written = format_po(parse_po(data))
    assert written == msgcat(data, tmp_path)
    assert written.startswith(b'msgid ""\nmsgstr "Content-Type') == collapsed


def test_header_keeps_its_place(tmp_path):
    data = ('msgid "before"\nmsgstr "x"\n\n' + HEADER + 'msgid "after"\nmsgstr "y"\n').encode()
    assert format_po(parse_po(data)) == msgcat(data, tmp_path)


@pytest.mark.parametrize("width", [40, 79, 100])
def test_other_widths(width, tmp_path):
    data = (HEADER + f'#: {"a/b.c:1 " * 12}\nmsgid "{LONG} {LONG}"\nmsgstr "{LONG}"\n').encode()
    assert format_po(parse_po(data), width=width) == msgcat(data, tmp_path, f"--width={width}")


def test_unknown_flags_are_kept_after_the_known_ones():
    data = (HEADER + '#, ignore-number-mismatch, c-format, fuzzy, x-custom\nmsgid "%d"\nmsgstr "%d"\n').encode()
    assert b"#, fuzzy, c-format, ignore-number-mismatch, x-custom\n" in format_po(parse_po(data))


# ---- generated catalogues -------------------------------------------------------------------

CHARACTERS = list("abcxyz ") + [" ", "  ", "\n", "\t", '"', "\\", "\r", "\a", "-", "/", ".", ",", "%s", "é", "ß",
                                "漢", "字", "。", "、", "😀", "𝒞", "«", "»", "\u00a0", "(", ")", "\x01",
                                "wordwordwordwordwordword", "x" * 70]
strings = st.lists(st.sampled_from(CHARACTERS), max_size=40).map("".join)
known_flags = st.lists(st.sampled_from(["fuzzy", "c-format", "no-c-format", "python-format", "sh-format",
                                        "no-wrap", "range: 0..10", "python-brace-format", "qt-format"]),
                       max_size=3, unique=True)
references = st.lists(st.from_regex(r"[a-z]{1,12}/[a-z_]{1,20}\.(c|py):[1-9][0-9]{0,4}", fullmatch=True),
                      max_size=8, unique=True)
comment_lines = st.lists(st.text(alphabet="abc xyz.:é", max_size=30), max_size=2)


@st.composite
def entries(draw):
    plural = draw(st.booleans())
    obsolete = draw(st.integers(0, 4)) == 0
    entry = Entry(
        msgid=draw(strings.filter(bool)),
        msgctxt=draw(st.none() | strings),
        translator_comments=draw(comment_lines),
        extracted_comments=[] if obsolete else draw(comment_lines),
        references=[] if obsolete else draw(references),
        flags=draw(known_flags),
        obsolete=obsolete,
    )
    if plural:
        entry.msgid_plural = draw(strings)
        entry.msgstr_plural = draw(st.lists(strings, min_size=1, max_size=4))
    else:
        entry.msgstr = draw(strings)
    if draw(st.booleans()):
        entry.previous_msgid = draw(strings)
        entry.previous_msgctxt = draw(st.none() | strings)
        entry.previous_msgid_plural = draw(st.none() | strings)
    return entry


catalogues = st.lists(entries(), max_size=6, unique_by=lambda entry: (entry.msgctxt, entry.msgid)).map(
    lambda listed: Catalog(
        header=Entry(msgid="", msgstr="Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=2; plural=n>1;\n"),
        entries=listed))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(catalogue=catalogues)
def test_generated_catalogues_are_written_as_msgcat_writes_them(catalogue, tmp_path):
    written = format_po(catalogue)
    assert written == msgcat(written, tmp_path)
    assert format_po(parse_po(written)) == written


# ---- path-level reading and writing -----------------------------------------------------------

def test_read_then_write_catalog(tmp_path):
    from i18n.errors import FactsheetError
    from i18n.po.io import read_catalog, write_catalog

    path = tmp_path / "fr.po"
    path.write_bytes((HEADER + 'msgid   "a"\nmsgstr "b"\n').encode())
    catalog, fingerprint = read_catalog(path)
    assert catalog.path == str(path) and catalog.entries[0].msgstr == "b"
    assert write_catalog(path, catalog, expected=fingerprint) is True  # rewritten in msgcat's form
    catalog, fingerprint = read_catalog(path)
    assert write_catalog(path, catalog, expected=fingerprint) is False
    catalog.entries[0].msgstr = "c"
    path.write_bytes(path.read_bytes() + b"\n")  # somebody else's edit meanwhile
    with pytest.raises(FactsheetError):
        write_catalog(path, catalog, expected=fingerprint)


def test_reading_a_missing_file_is_an_input_error(tmp_path):
    from i18n.errors import InputError
    from i18n.po.io import read_catalog

    with pytest.raises(InputError) as raised:
        read_catalog(tmp_path / "missing.po")
    assert raised.value.exit_code == 2 and raised.value.path == str(tmp_path / "missing.po")


@pytest.mark.parametrize("text", [f"{LONG} {LONG}", "a " * 60, "word" * 5 + " " + "x" * 70 + " tail"])
def test_line_breaking_without_libunistring_agrees_on_plain_text(text):
    from i18n.po import linebreak

    data = text.encode()
    overrides = bytes(len(data))
    expected = linebreak.break_points(data, overrides, 76, 6, "UTF-8")
    assert expected  # every case needs breaking
    assert linebreak._python_break_points(data, overrides, 76, 6, "UTF-8") == expected


def test_plural_entry_without_forms_is_written_as_a_template_entry(tmp_path):
    catalogue = Catalog(entries=[Entry(msgid="a file", msgid_plural="%d files")])
    written = format_po(catalogue)
    assert written.endswith(b'msgstr[0] ""\nmsgstr[1] ""\n')
    assert written == msgcat(written, tmp_path)


@pytest.mark.parametrize("entries", [2, 3, 7])
def test_a_catalogue_written_by_two_processes_has_msgcats_bytes(entries, tmp_path, monkeypatch):
    import i18n.po.write as write_module

    bodies = list(TRICKY.values())[:entries - 1] + ['#, fuzzy\n#~ msgid "gone"\n#~ msgstr "parti"\n']
    data = (HEADER + "\n".join(bodies)).encode("utf-8")
    alone = format_po(parse_po(data))
    monkeypatch.setattr(write_module, "_PARALLEL_MIN_ENTRIES", 2)  # split as a large catalogue is
    monkeypatch.setattr(write_module, "_text_of", _counting(write_module._text_of, calls := []))
    split = format_po(parse_po(data))
    # This process wrote the first half of the header, the messages and the obsolete one; a child the rest.
    assert calls == [(entries + 1) // 2]
    assert split == alone == msgcat(data, tmp_path)


def _counting(function, calls):
    def counted(*arguments):
        calls.append(len(arguments[0]))
        return function(*arguments)
    return counted
