"""The reader's fast path (one pattern per well-formed entry) against its token path, and reading
a file in pieces (parse_po's first_line and charset) against reading it whole."""

from __future__ import annotations

import dataclasses
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from i18n.errors import InputError
from i18n.po import parse
from i18n.po.parse import _parse_through_tokens, parse_po

HEADER = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
          '"Plural-Forms: nplurals=2; plural=n != 1;\\n"\n\n')


def outcome(read, data: bytes):
    """Everything a read gives: every field of every entry and of the catalogue, or the error."""
    try:
        catalog = read(data)
    except InputError as error:
        return ("error", str(error))
    return dataclasses.asdict(catalog)


# Pieces of a string's inside: plain text, the escapes GNU knows, byte escapes that may run into
# the next piece, and an escape GNU refuses.
STRING_PIECES = ["a", "b", " ", "é", "€", "%d", "\\n", "\\t", '\\"', "\\\\", "\\101", "\\x41", "\\7", "\\x4",
                 "1", "f", "\\q"]
COMMENTS = ["# translator", "#", "#. extracted", "#.no space", "#: a.c:1 b.c:2", "#: a.c:01", "#, fuzzy, c-format",
            "#, range: 1..5", "#! odd", "#:file with: 3"]


@st.composite
def po_string(draw) -> str:
    """A keyword's string list: one or more quoted parts, each on its own line."""
    parts = draw(st.lists(st.lists(st.sampled_from(STRING_PIECES), max_size=4).map("".join), min_size=1, max_size=3))
    return "\n".join(f'"{part}"' for part in parts)


def keyword(prefix: str, name: str, value: str) -> str:
    lines = value.split("\n")
    return "".join(f"{prefix}{name} {lines[0]}\n" if number == 0 else f"{prefix}{line}\n"
                   for number, line in enumerate(lines))


@st.composite
def entry(draw) -> str:
    obsolete = draw(st.booleans()) and draw(st.booleans())
    prefix = "#~ " if obsolete else ""
    text = "".join(f"{comment}\n" for comment in draw(st.lists(st.sampled_from(COMMENTS), max_size=3)))
    if draw(st.booleans()) and draw(st.booleans()):
        previous = "#~| " if obsolete else "#| "
        if draw(st.booleans()):
            text += keyword(previous, "msgctxt", draw(po_string()))
        text += keyword(previous, "msgid", draw(po_string()))
        if draw(st.booleans()):
            text += keyword(previous, "msgid_plural", draw(po_string()))
    if draw(st.booleans()) and draw(st.booleans()):
        text += keyword(prefix, "msgctxt", draw(po_string()))
    # Few distinct msgids, so that duplicates occur.
    text += keyword(prefix, "msgid", f'"{draw(st.sampled_from(["a", "b", "c", "d", "e", "é", "f g"]))}"')
    if draw(st.booleans()) and draw(st.booleans()):
        text += keyword(prefix, "msgid_plural", draw(po_string()))
        for index in range(draw(st.integers(1, 3))):
            text += keyword(prefix, f"msgstr[{index}]", draw(po_string()))
    else:
        text += keyword(prefix, "msgstr", draw(po_string()))
    return text


@st.composite
def catalogue(draw) -> bytes:
    entries = draw(st.lists(entry(), max_size=6))
    text = HEADER + "".join(entry_text + draw(st.sampled_from(["\n", "", "\n\n"])) for entry_text in entries)
    # Now and then a change only the token path reads: extra blanks, a keyword alone on its line.
    for change in draw(st.lists(st.sampled_from(['msgid  "', 'msgid\n"', 'msgstr\t"', '"  \n']), max_size=1)):
        text = text.replace(change.replace("  ", " ").replace("\t", " ").replace('msgid\n"', 'msgid "')
                            .replace('"  \n', '"\n'), change, 1)
    return text.encode()


def read_in_small_pieces(data: bytes):
    """parse_po as it reads a large file: in pieces (here of a few dozen bytes)."""
    size = parse._PIECE_SIZE
    parse._PIECE_SIZE = 24
    try:
        return parse_po(data)
    finally:
        parse._PIECE_SIZE = size


@settings(max_examples=300, deadline=None)
@given(data=catalogue())
def test_fast_path_reads_what_the_token_path_reads(data):
    expected = outcome(_parse_through_tokens, data)
    assert outcome(parse_po, data) == expected
    assert outcome(read_in_small_pieces, data) == expected


def test_fast_path_handles_a_catalogue_the_token_path_must_finish():
    # An entry the fast pattern does not match between entries it does.
    data = (HEADER + 'msgid "a"\nmsgstr "x"\n\nmsgid   "b"  \nmsgstr "y"\n\n#. c\nmsgid "c"\nmsgstr "z"\n').encode()
    assert outcome(parse_po, data) == outcome(_parse_through_tokens, data)
    assert [entry.msgid for entry in parse_po(data).entries] == ["a", "b", "c"]


def test_a_large_file_is_read_in_pieces_that_hold_all_its_entries():
    entries = "".join(f'#. c{n % 7}\n#: f.c:{n}\nmsgid "m{n}\\n"\n"é"\nmsgstr "t{n}"\n\n' for n in range(40))
    data = (HEADER + entries + "# trailing comment\n").encode()
    pieces = []
    original = parse._Reader.read_text

    def counting(reader, fast):
        pieces.append(reader.text)
        original(reader, fast)

    parse._Reader.read_text = counting
    try:
        catalog = read_in_small_pieces(data)
    finally:
        parse._Reader.read_text = original
    assert len(pieces) > 10 and "".join(pieces) == data.decode()
    assert dataclasses.asdict(catalog) == dataclasses.asdict(_parse_through_tokens(data))


# ---- reading a file in pieces -------------------------------------------------------------------

def pieces_of(data: bytes, count: int) -> list[tuple[bytes, int]]:
    """`data` cut before up to `count - 1` messages that follow a blank line, each piece with its first line."""
    starts = [0] + [match.end() for match in re.finditer(rb"\n\n(?=#|msgid)", data)][1:count]
    ends = starts[1:] + [len(data)]
    return [(data[start:end], data.count(b"\n", 0, start) + 1) for start, end in zip(starts, ends)]


@pytest.mark.parametrize("charset", ["UTF-8", "ISO-8859-1"])
def test_a_file_read_in_pieces_gives_the_entries_and_lines_of_the_whole(charset):
    header = HEADER.replace("UTF-8", charset)
    body = "".join(f'#: f.c:{n}\nmsgid "m{n} é"\nmsgstr ""\n"t{n} ü\\n"\n\n' for n in range(30))
    data = (header + body).encode(charset)
    whole = parse_po(data, "f.po")
    read = [parse_po(piece, "f.po", first_line=line, charset=whole.charset) for piece, line in pieces_of(data, 4)]
    assert len(read) == 4
    assert [dataclasses.asdict(entry) for piece in read for entry in piece.entries] == [
        dataclasses.asdict(entry) for entry in whole.entries]


def test_an_error_in_a_piece_is_reported_at_the_files_line():
    data = (HEADER + 'msgid "a"\nmsgstr "x"\n\nmsgid "b"\nmsgstr "\\q"\n').encode()
    (_first, _), (second, line) = pieces_of(data, 2)
    with pytest.raises(InputError) as whole_error:
        parse_po(data, "f.po")
    with pytest.raises(InputError) as piece_error:
        parse_po(second, "f.po", first_line=line, charset="UTF-8")
    assert str(piece_error.value) == str(whole_error.value)
    assert piece_error.value.line == data.count(b"\n", 0, data.index(b'msgstr "\\q')) + 1
