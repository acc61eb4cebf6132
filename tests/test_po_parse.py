"""The reader: values as GNU reads them, malformed input refused at the right line, encodings."""

from __future__ import annotations

import codecs
import subprocess

import pytest

from i18n.errors import InputError
from i18n.po.parse import parse_po
from i18n.po.write import format_po

# The header as msgcat writes it (on one line when it fits); a body's first line is line 4.
HEADER = 'msgid ""\nmsgstr "Content-Type: text/plain; charset={charset}\\n"\n\n'
BODY = 3


def header(charset: str = "UTF-8") -> str:
    return HEADER.format(charset=charset)


def gnu(tool: list[str], data: bytes, tmp_path) -> subprocess.CompletedProcess:
    source = tmp_path / "in.po"
    source.write_bytes(data)
    return subprocess.run([*tool, str(source)], capture_output=True)


# ---- values -------------------------------------------------------------------------------------

def test_every_field_is_read():
    data = (header() + "# translator\n#. extracted\n#: a.c:1 b.c:22\n#, fuzzy, c-format\n"
            '#| msgctxt "old ctx"\n#| msgid "old"\n#| msgid_plural "olds"\n'
            'msgctxt "ctx"\nmsgid "one"\nmsgid_plural "many"\nmsgstr[0] "un"\nmsgstr[1] "plusieurs"\n').encode()
    catalog = parse_po(data, "x.po")
    assert catalog.header is not None and catalog.header.msgstr == "Content-Type: text/plain; charset=UTF-8\n"
    [entry] = catalog.entries
    assert (entry.translator_comments, entry.extracted_comments) == (["translator"], ["extracted"])
    assert entry.references == ["a.c:1", "b.c:22"]
    assert entry.flags == ["fuzzy", "c-format"]
    assert (entry.previous_msgctxt, entry.previous_msgid, entry.previous_msgid_plural) == ("old ctx", "old", "olds")
    assert (entry.msgctxt, entry.msgid, entry.msgid_plural) == ("ctx", "one", "many")
    assert entry.msgstr_plural == ["un", "plusieurs"]
    assert entry.line == BODY + 9


@pytest.mark.parametrize("body, field, expected", [
    ('msgid "a\\tb\\n\\"c\\" \\\\ \\a\\b\\f\\v\\r"\nmsgstr ""\n', "msgid", 'a\tb\n"c" \\ \a\b\f\v\r'),
    ('msgid "\\101\\x42\\103\\0101"\nmsgstr ""\n', "msgid", "ABC\b1"),  # at most 3 octal digits
    ('msgid ""\n"multi "\n"line"\nmsgstr ""\n', "msgid", "multi line"),
    ('msgid\t"a" "b"""\nmsgstr "c"\n', "msgid", "ab"),
    ('msgid "x"\nmsgstr "bar\\\nf"\n', "msgstr", "barf"),  # backslash-newline joins lines
    ('   msgid "x"\n   msgstr "indented"\n', "msgstr", "indented"),
    ('msgid "x"\nmsgstr "y"   \n"z"\t\n', "msgstr", "yz"),  # trailing blanks: token path
    ('msgid "x"\nmsgstr "y"\n\n"z"\n', "msgstr", "yz"),  # GNU ignores the blank line
    ('#comment\n#  two\n#\nmsgid "x"\nmsgstr ""\n', "translator_comments", ["comment", " two", ""]),
    ('#, fuzzy,c-format  no-wrap range: 1..3\nmsgid "x"\nmsgstr ""\n', "flags",
     ["fuzzy", "c-format", "no-wrap", "range: 1..3"]),
    ('#, fuzzy, c-format\n#: a.c:1\n#, no-wrap\nmsgid "x"\nmsgstr ""\n', "flags", ["no-wrap"]),  # last line wins
    ('#: a.c:1 a.c:1 b.c : 5 c.c: 7 d.c:x e.c\nmsgid "x"\nmsgstr ""\n', "references",
     ["a.c:1", "b.c:5", "c.c:7", "d.c:x", "e.c"]),
    ('#: \u2068my file.c\u2069:3\nmsgid "x"\nmsgstr ""\n', "references", ["my file.c:3"]),
    ('msgid "x"\nmsgid_plural "xs"\nmsgstr [0] "a"\nmsgstr[ 1 ] "b"\n', "msgstr_plural", ["a", "b"]),
    ('msgid "x"\rmsgstr "cr-only lines"\r', "msgstr", "cr-only lines"),
])
def test_values(body, field, expected, tmp_path):
    data = (header() + body).encode()
    [entry] = parse_po(data).entries
    assert getattr(entry, field) == expected
    assert gnu(["msgfmt", "-o", "/dev/null"], data, tmp_path).returncode == 0


def test_obsolete_entries_keep_comments_and_previous():
    data = (header() + '# note\n#, fuzzy\n#~| msgid "before"\n#~ msgctxt "c"\n#~ msgid "gone"\n#~ msgstr "parti"\n').encode()
    [entry] = parse_po(data).entries
    assert entry.obsolete and entry.translator_comments == ["note"] and entry.previous_msgid == "before"
    assert (entry.msgctxt, entry.msgid, entry.msgstr) == ("c", "gone", "parti")


def test_entry_line_is_the_msgid_keyword_line():
    data = (header() + '#: a.c:1\nmsgctxt "c"\nmsgid "a"\nmsgstr ""\n\nmsgid   "b"\nmsgstr ""\n').encode()
    assert [entry.line for entry in parse_po(data).entries] == [BODY + 3, BODY + 6]


def test_fast_and_token_paths_agree():
    clean = header() + "".join(f'#: f.c:{n}\nmsgid "m{n}"\nmsgstr "t{n}"\n\n' for n in range(20))
    messy = clean.replace('msgstr "t7"', 'msgstr   "t7"  ').replace('msgid "m12"', 'msgid\t"m" "12"')
    assert format_po(parse_po(messy.encode())) == format_po(parse_po(clean.encode()))


# ---- malformed input ------------------------------------------------------------------------------

BAD = {
    "unterminated string": ('msgid "a\nmsgstr ""\n', 1, "end-of-line within string", True),
    "unterminated at end of file": ('msgid "a"\nmsgstr "b', 2, "end-of-line within string", True),
    "bad escape": ('msgid "a\\q"\nmsgstr ""\n', 1, "invalid control sequence", True),
    "hex escape without digits": ('msgid "a"\nmsgstr "\\xg"\n', 2, "invalid control sequence", True),
    "duplicate": ('msgid "a"\nmsgstr ""\n\nmsgid "a"\nmsgstr "x"\n', 4, "duplicate message definition", True),
    "duplicate of an obsolete entry": ('msgid "a"\nmsgstr ""\n\n#~ msgid "a"\n#~ msgstr "x"\n', 4, "duplicate", True),
    "msgstr[N] without msgid_plural": ('msgid "a"\nmsgstr[0] "b"\n', 1, "missing 'msgid_plural' section", True),
    "msgid_plural with plain msgstr": ('msgid "a"\nmsgid_plural "b"\nmsgstr "c"\n', 3, "syntax error", True),
    "msgid_plural at end of file": ('msgid "a"\nmsgid_plural "b"\n', 1, "missing 'msgstr[]' section", True),
    "plural forms out of order": ('msgid "a"\nmsgid_plural "b"\nmsgstr[1] "c"\n', 3, "nonzero index", True),
    "repeated plural index": ('msgid "a"\nmsgid_plural "b"\nmsgstr[0] "c"\nmsgstr[0] "d"\n', 4, "wrong index", True),
    "keywords out of order": ('msgstr "b"\nmsgid "a"\n', 1, "syntax error", True),
    "msgctxt then msgstr": ('msgctxt "c"\nmsgstr "b"\n', 2, "syntax error", True),
    "missing msgstr": ('msgid "a"\n\nmsgid "b"\nmsgstr ""\n', 1, "missing 'msgstr' section", True),
    "comment inside an entry": ('msgid "a"\n# note\nmsgstr ""\n', 1, "missing 'msgstr' section", True),
    "garbage line": ('msgid "a"\nmsgstr "b"\nhello world\n', 3, 'keyword "hello" unknown', True),
    "unquoted msgstr": ('msgid "a"\nmsgstr b\n', 2, 'keyword "b" unknown', True),
    "stray string": ('msgid "a"\nmsgstr ""\n\n# note\n"loose"\nmsgid "b"\nmsgstr ""\n', 5, "syntax error", True),
    # GNU reads a NUL as the end of the string; we refuse it.
    "NUL byte": ('msgid "a"\nmsgstr "b\0"\n', 2, "NUL", False),
    "inconsistent obsolete marks": ('#~ msgid "a"\nmsgstr "b"\n', 2, "inconsistent use of #~", True),
    "comment after #| keeps the next line previous": ('#| # note\nmsgid "a"\nmsgstr ""\n', 3, "syntax error", True),
    "comment inside previous strings": ('#| msgid "p"\n#| # note\n#| "q"\nmsgid "a"\nmsgstr ""\n', 2, "syntax error", True),
    "domain directive": ('domain "other"\nmsgid "a"\nmsgstr ""\n', 1, "domain", False),
    "EOT byte in a msgid": ('msgid "a\x04b"\nmsgstr "c"\n', 1, "context separator <EOT> within string", True),
    "EOT escape in a msgstr": ('msgid "a"\nmsgstr "b\\004"\n', 2, "context separator <EOT> within string", True),
    "EOT hex escape in a msgctxt": ('msgctxt "\\x04"\nmsgid "a"\nmsgstr "b"\n', 1, "separator <EOT>", True),
    "EOT in a continued string": ('msgid ""\n"a"\n"\x04"\nmsgstr "b"\n', 3, "separator <EOT>", True),
    "EOT in a previous msgid": ('#| msgid "a\x04"\nmsgid "a"\nmsgstr "b"\n', 1, "separator <EOT>", True),
    "EOT in an obsolete msgstr": ('#~ msgid "a"\n#~ msgstr "\\4"\n', 2, "separator <EOT>", True),
    "no-break space after a keyword": ('msgid\u00a0"a"\nmsgstr "b"\n', 1, "syntax error", True),
    "narrow no-break space after a keyword": ('msgid "a"\nmsgstr\u202f"b"\n', 2, "syntax error", True),
    "line separator after a string": ('msgid "a"\nmsgstr "b"\u2028\n', 2, "syntax error", True),
    "ideographic space on a line of its own": ('msgid "a"\nmsgstr "b"\n\u3000\nmsgid "c"\nmsgstr ""\n', 3,
                                               "syntax error", True),
    "information separator between messages": ('msgid "a"\nmsgstr "b"\n\x1c\n', 3, "syntax error", True),
}


DUPLICATES = {
    "plain": 'msgid "a"\nmsgstr ""\n\nmsgid "a"\nmsgstr "x"\n',
    "wrapped strings, with a context": ('msgctxt "c"\nmsgid ""\n"a"\nmsgstr ""\n"b"\n\nmsgctxt "c"\nmsgid "a"\n'
                                       'msgstr "x"\n'),
    "plural": 'msgid "a"\nmsgid_plural ""\n"as"\nmsgstr[0] "x"\nmsgstr[1] "y"\n\nmsgid "a"\nmsgstr "x"\n',
    "obsolete": '#~ msgid ""\n#~ "a"\n#~ msgstr "x"\n\nmsgid "a"\nmsgstr "y"\n',
}


@pytest.mark.parametrize("body", DUPLICATES.values(), ids=DUPLICATES.keys())
def test_a_duplicate_names_both_lines_as_msgfmt_does(body, tmp_path):
    """msgfmt names the duplicate's msgid line, and the first definition's msgstr line."""
    data = (header() + body).encode()
    result = gnu(["msgfmt", "-o", "/dev/null"], data, tmp_path).stderr.decode()
    duplicate, first = (int(line.split(":")[1]) for line in result.splitlines() if line.startswith(str(tmp_path)))
    with pytest.raises(InputError) as raised:
        parse_po(data, "bad.po")
    assert raised.value.line == duplicate
    assert raised.value.message == f"duplicate message definition (first defined at line {first})"
    assert first > BODY + 1  # the first definition starts on the first line of the body; its msgstr is later


@pytest.mark.parametrize("body, line, message, gnu_rejects", BAD.values(), ids=BAD.keys())
def test_malformed_input_is_refused_at_its_line(body, line, message, gnu_rejects, tmp_path):
    data = (header() + body).encode()
    with pytest.raises(InputError) as raised:
        parse_po(data, "bad.po")
    assert (raised.value.path, raised.value.line) == ("bad.po", BODY + line)
    assert message in raised.value.message
    assert "\n" not in str(raised.value)
    assert (gnu(["msgfmt", "-o", "/dev/null"], data, tmp_path).returncode != 0) == gnu_rejects


@pytest.mark.parametrize("data, line, message", [
    (header().encode() + b'msgid "a"\nmsgstr "\xff\xfe"\n', BODY + 2, "invalid multibyte sequence"),
    (header("ASCII").encode() + b'msgid "a"\nmsgstr "caf\xc3\xa9"\n', BODY + 2, "invalid multibyte sequence"),
    (header("KOI8-Q").encode(), 2, "unknown charset"),
    (codecs.BOM_UTF8 + header("ISO-8859-1").encode(), 1, "byte order mark"),
    (header().encode() + b'msgid "a"\nmsgstr "\\377"\n', BODY + 2, "invalid multibyte sequence"),
])
def test_text_not_valid_in_its_charset_is_refused_at_its_line(data, line, message):
    with pytest.raises(InputError) as raised:
        parse_po(data, "bad.po")
    assert raised.value.line == line and message in raised.value.message


def test_an_error_far_into_a_large_file_is_found_at_its_line():
    body = "".join(f'msgid "m{n}"\nmsgstr "t{n}"\n\n' for n in range(3000))
    data = (header() + body + 'msgid "late"\nmsgstr "x\\q"\n').encode()
    with pytest.raises(InputError) as raised:
        parse_po(data, "big.po")
    assert raised.value.line == BODY + 3000 * 3 + 2


# ---- encodings --------------------------------------------------------------------------------------

ENCODED = {
    "ISO-8859-1": ('msgid "coffee"\nmsgstr "café crème"\n', "café crème"),
    "KOI8-R": ('msgid "file"\nmsgstr "файл"\n', "файл"),
    # 許 and 功 end in byte 0x5C, a backslash in ASCII: it must not be read as an escape.
    "BIG5": ('msgid "merit"\nmsgstr "許功蓋"\n', "許功蓋"),
    "EUC-JP": ('msgid "Japanese"\nmsgstr "日本語"\n', "日本語"),
    "SHIFT_JIS": ('msgid "display"\nmsgstr "表示ソフト"\n', "表示ソフト"),
}


@pytest.mark.parametrize("charset, case", ENCODED.items(), ids=ENCODED.keys())
def test_legacy_charsets_round_trip(charset, case, tmp_path):
    body, value = case
    data = (header(charset) + body).encode(codecs.lookup(charset).name)
    catalog = parse_po(data)
    assert catalog.charset == charset and catalog.entries[0].msgstr == value
    assert format_po(catalog) == data
    assert gnu(["msgcat"], data, tmp_path).stdout == data


@pytest.mark.parametrize("charset, sample", [
    ("EUC-JP", "日本語のテキスト、「括弧」（全角）αβγ§° abc "),
    ("SHIFT_JIS", "表示ソフトの能力、予定。ｱｲｳ "),
    ("BIG5", "許功蓋中文字測試，標點符號。「引號」 "),
    ("KOI8-R", "Съешь же ещё этих мягких французских булок "),
])
def test_long_strings_in_legacy_charsets_wrap_as_msgcat_wraps_them(charset, sample, tmp_path):
    # In a CJK charset GNU counts ambiguous-width characters (Greek, §) as two columns.
    data = (header(charset) + f'msgid "{sample * 4}"\nmsgstr "{sample * 7}"\n').encode(codecs.lookup(charset).name)
    assert format_po(parse_po(data)) == gnu(["msgcat"], data, tmp_path).stdout


def test_bom_and_crlf_are_kept(tmp_path):
    plain = (header() + "# note\n#: a.c:1\nmsgid \"a\"\nmsgstr \"é\"\n").encode()
    data = codecs.BOM_UTF8 + plain.replace(b"\n", b"\r\n")
    catalog = parse_po(data)
    assert (catalog.bom, catalog.newline) == (True, "\r\n")
    entry = catalog.entries[0]
    assert entry.translator_comments == ["note"] and entry.references == ["a.c:1"]
    assert format_po(catalog) == data
    assert gnu(["msgcat"], plain, tmp_path).stdout == plain


# ---- mutated files: same verdict as msgfmt, same values as msgcat ----------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from i18n.po.flags import is_gnu_flag  # noqa: E402

SOUND = (header() + "# comment\n#. extracted\n#: a.c:1 b.c:2\n#, fuzzy, c-format\n#| msgid \"old %d\"\n"
         'msgid "new %d"\nmsgstr "nouveau %d"\n\nmsgctxt "ctx"\nmsgid "one"\nmsgid_plural "many"\n'
         'msgstr[0] "un"\nmsgstr[1] "plusieurs"\n\nmsgid ""\n"long text here\\n"\n"second line"\n'
         'msgstr "x\\ty\\"z\\\\"\n\n#, fuzzy\n#~| msgid "po"\n#~ msgctxt "c"\n#~ msgid "obs"\n#~ msgstr ""\n#~ "ol"\n')
PIECES = ['"', "\\", "\n", " ", "#", "#~ ", "#| ", "msgid ", "msgstr ", "msgstr[0] ", "msgid_plural ", "msgctxt ",
          "[", "]", "0", "\t", "\r", '""', '"a"', "\\n", "\\\n", "#,", "#: x.c:3\n", "\\x4", "\\7", "é",
          "\x04", "\\004", "\u00a0", "\u202f", "\u2028", "\v", "\f"]
# msgfmt checks of message contents that a reader leaves to the checker.
CONTENT_CHECKS = ("do not both",)


@st.composite
def mutated(draw):
    text = SOUND
    for _ in range(draw(st.integers(1, 3))):
        position = draw(st.integers(0, len(text)))
        if draw(st.booleans()):
            text = text[:position] + draw(st.sampled_from(PIECES)) + text[position:]
        else:
            text = text[:position] + text[position + draw(st.integers(1, 4)):]
    return text


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=mutated())
def test_mutated_files_get_msgfmts_verdict_and_msgcats_values(text, tmp_path):
    data = text.encode()
    verdict = gnu(["msgfmt", "-o", "/dev/null"], data, tmp_path)
    try:
        catalog = parse_po(data, "mutated.po")
    except InputError as error:
        # Deliberate: a NUL, a charset no codec knows, or escapes making bytes invalid in the
        # charset are refused (GNU reads on with a cut or broken string).
        deliberate = ("NUL", "unknown charset", "invalid charset name", "is not a charset", "escapes give bytes")
        assert verdict.returncode != 0 or any(reason in error.message for reason in deliberate), error
        return
    assert verdict.returncode == 0 or any(check in verdict.stderr.decode() for check in CONTENT_CHECKS)
    if verdict.returncode == 0:
        for entry in ([catalog.header] if catalog.header else []) + catalog.entries:
            entry.flags = [flag for flag in entry.flags if is_gnu_flag(flag)]
        plain = data.replace(b"\r\n", b"\n") if catalog.newline != "\n" else data
        catalog.newline = "\n"
        rewritten = gnu(["msgcat", "--force-po"], plain, tmp_path)
        if rewritten.returncode == 0:  # msgcat refuses charset names that are not portable
            assert format_po(catalog) == rewritten.stdout


# ---- bytes invalid in the charset ----------------------------------------------------------------

INVALID_IN_COMMENTS = {
    "translator comment": b"# bad \xff byte\n",
    "extracted comment": b"#. cut \xc3\n",
    "reference": b"#: src/f\xe9.c:1\n",
    "flags": b"#, fuzzy, c-format\xfe\n",
    "several": b"# \xff\n#. \xfe\xfe\n#: a\xc3.c:2\n",
}


@pytest.mark.parametrize("comments", INVALID_IN_COMMENTS.values(), ids=INVALID_IN_COMMENTS.keys())
def test_invalid_bytes_in_comments_are_read_as_msgfmt_reads_them_and_written_back(comments, tmp_path):
    data = header().encode() + comments + b'msgid "a"\nmsgstr "b"\n\n# ok\nmsgid "c"\nmsgstr "d"\n'
    assert gnu(["msgfmt", "-o", "/dev/null"], data, tmp_path).returncode == 0
    catalog = parse_po(data, "t.po")
    assert [entry.msgstr for entry in catalog.entries] == ["b", "d"]
    for entry in catalog.entries:  # msgcat keeps only the flags GNU knows; we keep them all
        entry.flags = [flag for flag in entry.flags if is_gnu_flag(flag)]
    assert format_po(catalog) == gnu(["msgcat", "--force-po"], data, tmp_path).stdout


@pytest.mark.parametrize("body, line", [
    (b'msgid "a"\nmsgstr "b\xff"\n', 2),
    (b'msgid "a"\nmsgstr ""\n"b\xc3"\n', 3),
    (b'#| msgid "o\xff"\nmsgid "a"\nmsgstr "b"\n', 1),
    (b'#~ msgid "a\xfe"\n#~ msgstr "b"\n', 1),
    (b'# fine \xff\nmsgctxt "\xff"\nmsgid "a"\nmsgstr "b"\n', 2),
    # po-lex.c reads the character after "#" (to tell "#~" and "#|") before it stops checking.
    (b'msgid "x"\nmsgstr "y"\n\n#\xb8 source\nmsgid "a"\nmsgstr "b"\n', 4),
    (b'msgid "a"\nmsgstr "b" #\xc3 after\n', 2),
])
def test_invalid_bytes_in_strings_are_refused_where_msgfmt_refuses_them(body, line, tmp_path):
    data = header().encode() + body
    verdict = gnu(["msgfmt", "-o", "/dev/null"], data, tmp_path)
    assert verdict.returncode != 0 and b"invalid multibyte sequence" in verdict.stderr
    with pytest.raises(InputError) as raised:
        parse_po(data, "t.po")
    assert raised.value.line == BODY + line and raised.value.message == "invalid multibyte sequence"
