"""Reading PO and POT files exactly as GNU msgfmt 0.21 reads them (po-lex.c and po-gram.y).

The reader is strict: whatever msgfmt rejects as malformed raises InputError naming the file and
the line, and everything msgfmt accepts is read with the values msgfmt gives it.

The text is decoded in the charset the header declares (a large UTF-8 file in pieces of about
1 MB cut between messages, so that its whole text is never held at once).  Nearly every entry of
a real catalogue is written in the canonical form (one keyword and its string per line,
continuation strings on lines of their own), and one compiled pattern matches such an entry
whole; wherever it does not match, the text is split into GNU's tokens and read by a small grammar
that follows po-gram.y, error for error.  Whatever the pattern lets through but is wrong (a bad
escape, a duplicate) is read again by the grammar, which reports it.  Escapes are decoded only
in strings that hold a backslash.  The tests check that the fast path, the pieces and the grammar
alone read the same catalogue or the same error.

Where we part from msgfmt on purpose: a UTF-8 byte order mark is read (and kept), a NUL byte is
refused (GNU silently cuts the string there), a charset name no codec knows is refused (GNU only
warns, then reads the bytes as they are), and `domain` directives are refused (a catalogue here
holds one domain).  msgfmt's checks of message contents (matching final newlines, format
directives, plural expressions) belong to the checker, not to the reader.
"""

from __future__ import annotations

import codecs
import re

from i18n.cycles import cycle_collector_paused
from i18n.errors import InputError
from i18n.po import escapes
from i18n.po.charsets import codec_of
from i18n.po.flags import read_flag_line
from i18n.po.model import Catalog, Entry

# Token kinds of the line items the grammar consumes.
_COMMENT, _KEYWORD, _STRING, _OPEN, _CLOSE, _NUMBER, _JUNK = range(7)

_KEYWORDS = frozenset({"domain", "msgctxt", "msgid", "msgid_plural", "msgstr"})

# The common line: an optional `#~`, `#|` or `#~|` marker, an optional keyword, one string.
_SIMPLE_LINE = re.compile(
    r'(#~\|?|#\|)?[ \t]*(msgctxt|msgid_plural|msgid|msgstr(?:\[([0-9]+)\])?)?[ \t]*'
    r'"((?:[^"\\]|\\.)*)"[ \t\r\f\v]*\Z'
)
_TOKEN = re.compile(
    r'[ \t\r\f\v]*+(?:"((?:[^"\\]|\\.)*)"|([A-Za-z_$@][A-Za-z0-9_$@]*)|([0-9]+)|(\[)|(\])|(#)|(.))'
)
# Possessive: neither part can give back anything that would let a closing quote match.
_S = r'[^"\\\n]*+(?:\\.[^"\\\n]*+)*+'
_FAST_ENTRY = re.compile(
    r'((?:#(?![~|])[^\n]*\n)*)'
    r'((?:(?:#\| msgctxt "' + _S + r'"\n(?:#\| "' + _S + r'"\n)*)?'
    r'#\| msgid "' + _S + r'"\n(?:#\| "' + _S + r'"\n)*(?:#\| msgid_plural "' + _S + r'"\n(?:#\| "' + _S
    + r'"\n)*)?)?)'
    r'(?:msgctxt "(' + _S + r')"\n((?:"' + _S + r'"\n)*))?'
    r'(?P<msgid>)msgid "(' + _S + r')"\n((?:"' + _S + r'"\n)*)'
    r'(?:msgstr "(' + _S + r')"\n((?:"' + _S + r'"\n)*)'
    r'|msgid_plural "(' + _S + r')"\n((?:"' + _S + r'"\n)*)((?:msgstr\[[0-9]+\] "' + _S + r'"\n(?:"' + _S
    + r'"\n)*)+))'
    r'\n*(?=#[^~]|#\n|msgid |msgctxt |\Z)'
)
_FAST_FORM = re.compile(r'msgstr\[([0-9]+)\] "(' + _S + r')"\n((?:"' + _S + r'"\n)*)')
_FAST_PREVIOUS = re.compile(r'#\| (?:(msgctxt|msgid_plural|msgid) )?"(' + _S + r')"\n')
# A line where a new message must begin: a plain comment, or a msgctxt or msgid keyword.
_BOUNDARY = re.compile(r'\n(?=#[^~|]|#\n|#\Z|msgctxt |msgid )')
# The blanks po-lex.c skips between tokens.
_BLANKS = " \t\r\f\v"
# msgctxt and msgid are joined with it in a .mo file, so no string may hold it (po-lex.c).
_EOT = "\x04"
_EOT_MESSAGE = "context separator <EOT> within string"
# A byte invalid in the file's charset, as the surrogate escape that stands for it.
_KEPT_INVALID = re.compile("[\udc80-\udcff]")
_BYTE_ESCAPE = re.compile(r"\\(?:[0-7]|x)")
_SIMPLE_ESCAPES = escapes.BY_LETTER
_ESCAPE = re.compile(r"\\(?:([" + re.escape("".join(_SIMPLE_ESCAPES)) + r"])|([0-7]{1,3})|x([0-9A-Fa-f]+)|(.?))", re.S)
_CRLF_NOT_AFTER_BACKSLASH = re.compile(r"(?<!\\)\r\n")
# Twice as fast as `in` where backslashes abound (before every "n" of a "\\n" escape).
_CONTINUATION = re.compile(rb"\\\n")
# Where a large file is cut into pieces: after a blank line, before a plain comment or a message.
_PIECE_END = re.compile(rb"\n\n(?=#[^~|]|msgid |msgctxt )")
_PIECE_SIZE = 1 << 20
_CHARSET = re.compile(rb'charset=([^ \t\\]*)')
_RAW_STRING = re.compile(rb'"((?:[^"\\\n]|\\.)*)"')
# The header entry as GNU's tokens see it: blanks and blank lines anywhere between them.
_HEADER_STRINGS = re.compile(rb'(?:\s*"(?:[^"\\\n]|\\.)*")+')
_HEADER_START = re.compile(rb'^[ \t]*msgid\s*""(?:\s*"")*\s*msgstr\s*"', re.M)


def parse_po(data: bytes, path: str = "<memory>", *, first_line: int = 1, charset: str | None = None) -> Catalog:
    """Read a PO or POT file's bytes; InputError(path, line) for anything msgfmt would reject.

    To read a large file in pieces (each piece must begin where a message may begin, e.g. at a
    comment or `msgid` line that follows a blank line):
    `first_line` is the file's line number of the first line of `data`, so that entry lines and
    error lines are the file's; `charset` is the file's charset (its header's `charset=`, e.g. the
    `charset` of the Catalog read from the first piece) for a piece that holds no header -- when
    given, it is used instead of whatever the piece declares.  Duplicates are found only within
    one piece: the caller compares the keys of the pieces.
    """
    if len(data) > 2 * _PIECE_SIZE:
        catalog = _read_in_pieces(data, path, first_line, charset)
        if catalog is not None:
            return catalog
    decoded = _decoded(data, path, first_line, charset)
    del data  # the bytes are no longer needed: freed now unless the caller holds them
    return _read(decoded, path, first_line, fast=True)


def msgstr_line(lines: list[str], msgid_line: int, first_line: int = 1) -> int:
    """The line of the first `msgstr` keyword of the entry whose `msgid` keyword is on `msgid_line`:
    the line GNU's tools name for an entry's translation, or for a message's first definition.
    `msgid_line` itself when that line holds no msgid keyword. `lines` are a text's lines, the
    first of them the file's line `first_line`."""
    index = msgid_line - first_line
    if not 0 <= index < len(lines) or not _keyword(lines[index]).startswith("msgid"):
        return msgid_line
    for offset in range(index, len(lines)):
        if _keyword(lines[offset]).startswith("msgstr"):
            return first_line + offset
    return msgid_line


def _keyword(line: str) -> str:
    stripped = line.lstrip()
    return stripped[2:].lstrip() if stripped.startswith("#~") else stripped


def _read_in_pieces(data: bytes, path: str, first_line: int, charset: str | None) -> Catalog | None:
    """A large UTF-8 file with LF line ends, decoded and read one piece after the other, so that its
    whole text is never held at once (for debian-fr.po 26 MB: one character beyond U+00FF makes
    Python store every character of a text in two bytes).

    Each piece ends with a blank line before a comment or a `msgid`/`msgctxt` line, where a
    message ends unless the file is malformed there.  None where pieces might read otherwise than
    the whole (a byte order mark, CR LF, backslash-newline, another charset) and on any error:
    the whole file, read again, then reports the error at its exact place."""
    if data.startswith(codecs.BOM_UTF8) or _first_line_ends_with_crlf(data) or _CONTINUATION.search(data):
        return None
    if charset is None:
        charset, codec = _declared_charset(data, path, first_line, False)
    else:
        codec = codec_of(charset, path, first_line)
    if codec != "utf-8" or b"\0" in data or b"\x04" in data:
        return None
    catalog = Catalog(charset=charset, newline="\n", bom=False, path=path)
    reader = _Reader("", path, codec, first_line, False)
    reader.begin(catalog)
    start = 0
    line = first_line
    length = len(data)
    with cycle_collector_paused():
        while start < length:
            cut = _PIECE_END.search(data, start + _PIECE_SIZE)
            end = cut.end() if cut is not None else length
            try:
                reader.text = data[start:end].decode("utf-8")
                reader.counted_position = 0
                reader.counted_line = line
                reader.read_text(fast=True)
            except (InputError, UnicodeDecodeError):
                return None
            line = reader.line_of(len(reader.text))
            start = end
    return catalog


def _parse_through_tokens(data: bytes, path: str = "<memory>") -> Catalog:
    """parse_po with every message read through the token path (what tests compare the fast path to)."""
    return _read(_decoded(data, path, 1, None), path, 1, fast=False)


def _decoded(data: bytes, path: str, first_line: int, charset: str | None) -> tuple[str, str, str, bool, str, bool, bool]:
    """The text of the file (CR LF line ends made LF), its charset, codec, byte order mark, newline,
    whether a backslash-newline occurs in it, and whether bytes invalid in the charset were kept
    (as surrogates, see _decode)."""
    bom = data.startswith(codecs.BOM_UTF8)
    if bom:
        data = data[3:]
    # Backslash-newline continues a line: rare, and its search is one of the slowest steps.
    continued = _CONTINUATION.search(data) is not None
    if charset is None:
        charset, codec = _declared_charset(data, path, first_line, continued)
    else:
        codec = codec_of(charset, path, first_line)
    if bom and codec != "utf-8":
        raise InputError(f"file starts with a UTF-8 byte order mark but declares charset {charset}",
                         path=path, line=first_line)
    text, invalid_kept = _decode(data, codec, path, first_line)
    newline = "\r\n" if _first_line_ends_with_crlf(data) else "\n"
    if newline == "\r\n":
        # In a CRLF file the CR belongs to the line ending, not to comments (GNU would keep it in
        # them and then write LF endings; we write the CRLF back instead).
        # A backslash before CR LF is no line continuation for GNU (it sees the CR): keep that CR.
        text = text.replace("\r\n", "\n") if "\\\r\n" not in text else _CRLF_NOT_AFTER_BACKSLASH.sub("\n", text)
    if codec != "utf-8":  # elsewhere byte 0x5C may be half of a character
        continued = "\\\n" in text
    return text, charset, codec, bom, newline, continued, invalid_kept


def _read(decoded: tuple[str, str, str, bool, str, bool, bool], path: str, first_line: int, fast: bool) -> Catalog:
    text, charset, codec, bom, newline, continued, invalid_kept = decoded
    catalog = Catalog(charset=charset, newline=newline, bom=bom, path=path)
    # Building 100,000 entries would otherwise run the cycle collector hundreds of times for
    # nothing: the reader makes no reference cycles.
    with cycle_collector_paused():
        reader = _Reader(text, path, codec, first_line, continued)
        reader.invalid_kept = invalid_kept
        reader.read_into(catalog, fast)
    return catalog


def _declared_charset(data: bytes, path: str, first_line: int, continued: bool) -> tuple[str, str]:
    """The charset the header entry declares (GNU looks for `charset=` in its msgstr) and its codec."""
    if continued:
        data = data.replace(b"\\\n", b"")  # line continuations
    header = _HEADER_START.search(data)
    if header is None:
        return "UTF-8", "utf-8"
    strings = _HEADER_STRINGS.match(data, header.end() - 1)
    # GNU looks for "charset=" in the header's msgstr, its strings joined, up to a blank or newline.
    value = b"".join(_RAW_STRING.findall(strings.group())) if strings else b""
    declared = _CHARSET.search(value)
    if declared is None or not declared.group(1):
        return "UTF-8", "utf-8"
    name = declared.group(1).decode("ascii", "replace")
    return name, codec_of(name, path, data.count(b"\n", 0, header.end()) + first_line)


def _decode(data: bytes, codec: str, path: str, first_line: int) -> tuple[str, bool]:
    """The text, and whether it keeps bytes that are invalid in the charset.

    GNU's lexer complains of such bytes only inside strings: a comment may hold them (msgcat
    writes them back as they were).  So they are kept as Python's surrogate escapes (U+DC80..U+DCFF,
    written back as the same bytes), and the reader refuses them in strings."""
    invalid_kept = False
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        text = data.decode(codec, "surrogateescape")
        invalid_kept = True
    except UnicodeError as error:
        line = data.count(b"\n", 0, getattr(error, "start", 0)) + first_line
        raise InputError(f"invalid multibyte sequence: not valid {codec} text", path=path, line=line) from None
    # For UTF-8 a NUL byte is a NUL character, and bytes are searched faster than text.
    nul = text.find("\0") if codec != "utf-8" or b"\0" in data else -1
    if nul != -1:
        from i18n.po.mo import is_mo

        if first_line == 1 and is_mo(data):
            raise InputError("a compiled .mo file, not a PO file (msgunfmt turns it back into one)", path=path, line=1)
        raise InputError("NUL character in the file", path=path, line=text.count("\n", 0, nul) + first_line)
    return text, invalid_kept


def _first_line_ends_with_crlf(data: bytes) -> bool:
    end = data.find(b"\n")
    return end > 0 and data[end - 1:end] == b"\r"


def _unescape_match(match: re.Match) -> str:
    simple, octal, hexa, bad = match.groups()
    if simple is not None:
        return _SIMPLE_ESCAPES[simple]
    if octal is not None:
        return chr(int(octal, 8) & 0xFF)
    if hexa is not None:
        return chr(int(hexa, 16) & 0xFF)
    raise ValueError(bad)


def _no_match() -> None:
    """What a fast run calls instead of the scanner when the token path must read on."""
    return None


class _ChunkTooShort(Exception):
    """A chunk of text read through the token path ended inside a message."""


class _Reader:
    """One pass over the decoded text.

    Most entries are matched whole by one compiled pattern (_FAST_ENTRY).  Where it does not
    match, the text up to the next place where a new message must begin (a plain comment line,
    or a `msgctxt`/`msgid` line) is split into GNU's tokens and read by the grammar; a chunk that
    ends inside a message is read again, longer, so chunking never changes what is read.
    """

    def __init__(self, text: str, path: str, codec: str, first_line: int, continued: bool):
        self.text = text
        self.path = path
        self.codec = codec
        self.items: list[tuple] = []
        self.first_line = first_line
        self.continued = continued
        self.counted_position = 0
        self.counted_line = first_line
        self.isolates = codec == "utf-8"
        # A raw EOT byte: every string is read through the token path, which looks for it.
        self.eot = _EOT in text
        # Bytes invalid in the charset, kept as surrogates: the token path refuses them in strings.
        self.invalid_kept = False
        self.carry_previous = False
        # The messages the grammar has read so far from the current chunk.
        self.parsed: list[tuple[list[tuple], Entry]] = []
        # One copy of each extracted comment text (the same one often stands before many entries).
        self.shared: dict[str, str] = {}

    def error(self, message: str, line: int) -> InputError:
        return InputError(message, path=self.path, line=line)

    def line_of(self, position: int) -> int:
        """1-based line of a text offset (counted from the last offset asked for)."""
        if position >= self.counted_position:
            self.counted_line += self.text.count("\n", self.counted_position, position)
        else:
            self.counted_line -= self.text.count("\n", position, self.counted_position)
        self.counted_position = position
        return self.counted_line

    def read_into(self, catalog: Catalog, fast: bool = True) -> None:
        """Read the whole text into `catalog`; `fast=False` reads all of it through the token path
        (the reference the fast path is tested against)."""
        self.begin(catalog)
        self.read_text(fast)

    def begin(self, catalog: Catalog) -> None:
        self.catalog = catalog
        # Keys: the msgid alone when there is no msgctxt (no tuple to build), else (msgctxt, msgid).
        self.seen: dict[str | tuple[str, str], int] = {}
        self.pending: list[tuple] = []

    def read_text(self, fast: bool) -> None:
        """Read self.text (all of a file, or a piece of it that ends between messages) into the
        catalogue; comments after the last message stay pending for the next piece."""
        catalog = self.catalog
        text = self.text
        length = len(text)
        if not fast or self.continued or self.eot or self.invalid_kept:  # all through the token path
            self.read_chunk(0, length)
            return
        entries = catalog.entries
        seen = self.seen
        remember = seen.setdefault
        shared = self.shared
        count = text.count
        decode = self.decode_string
        joined = self.joined
        line = self.counted_line
        counted = self.counted_position
        pending = self.pending
        carry = self.carry_previous
        position = 0
        while position < length:
            # The fast run: entries matched one after the other, each where the last one ended
            # (a scanner's match() starts where its last match ended, and None ends the run).
            match = None
            for match in iter(_FAST_ENTRY.scanner(text, position).match if not carry else _no_match, None):
                (comments, previous, context, context_more, _msgid_start, msgid, msgid_more, msgstr,
                 msgstr_more, plural, plural_more, forms) = match.groups()
                start = match.start(5)
                line += count("\n", counted, start)
                counted = start
                try:
                    if msgid_more:
                        msgid = joined(msgid, msgid_more, line)
                    elif "\\" in msgid:
                        msgid = decode(msgid, line)
                    if context is not None:
                        context = joined(context, context_more, line) if context_more else decode(context, line)
                    if plural is None:
                        if msgstr_more:
                            msgstr = joined(msgstr, msgstr_more, line)
                        elif "\\" in msgstr:
                            msgstr = decode(msgstr, line)
                        values = []
                    else:
                        msgstr = ""
                        plural, values = self.fast_plural(plural, plural_more, forms, line)
                    if comments and not pending and comments[1] == "." and comments.find("\n") == len(comments) - 1:
                        # The commonest block: one `#.` line (often the same text again and again).
                        extracted = comments[3:-1] if comments[2] == " " else comments[2:-1]
                        extracted = shared.setdefault(extracted, extracted)
                        # Positional: the reader's hottest line (field order of model.Entry).
                        entry = Entry(msgid, msgstr, plural, values, context, [], [extracted], [], [],
                                      None, None, None, False, line)
                    else:
                        entry = Entry(msgid, msgstr, plural, values, context, [], [], [], [],
                                      None, None, None, False, line)
                        if pending:
                            self.apply_comments(entry, pending)
                            pending = self.pending = []
                        if comments:
                            self.apply_comment_block(entry, comments)
                    if previous:
                        self.apply_previous(entry, previous, line)
                    if context is None:
                        if not msgid:
                            self.add_entry(entry)  # the header
                        elif remember(msgid, line) != line:
                            self.add_entry(entry)  # raises: a duplicate
                        else:
                            entries.append(entry)
                    elif remember((context, msgid), line) != line:
                        self.add_entry(entry)
                    else:
                        entries.append(entry)
                except InputError:
                    # The token path knows the exact line of what is wrong in the entry.
                    self.counted_line, self.counted_position = line, counted
                    self.read_chunk(match.start(), match.end(), complete=True)
                    raise
            if match is not None:
                position = match.end()
            if position >= length:
                break
            # Through the token path up to the next place where a message must begin.
            self.counted_line, self.counted_position = line, counted
            self.pending = pending
            self.carry_previous = carry
            position = self.read_careful_run(position)
            line = self.counted_line
            counted = position
            pending = self.pending
            carry = self.carry_previous
        self.pending = pending
        self.counted_line, self.counted_position = line, counted

    def read_careful_run(self, position: int) -> int:
        """Read from `position` through the token path up to the next place where a new message
        must begin (returned); a run that ends inside a message is read again, longer."""
        text = self.text
        length = len(text)
        found = _BOUNDARY.search(text, position)
        end = found.start() + 1 if found else length
        carried = self.carry_previous
        while True:
            try:
                self.read_chunk(position, end)
                break
            except _ChunkTooShort:
                self.carry_previous = carried
                found = _BOUNDARY.search(text, position + 2 * (end - position))
                end = found.start() + 1 if found else length
        return end

    def read_chunk(self, start: int, end: int, complete: bool = False) -> None:
        """Read text[start:end] through the token path; `complete` when it surely ends between
        messages (otherwise an error may only mean the chunk was cut inside a message)."""
        at_end = complete or end >= len(self.text)
        self.items = []
        first_line = self.line_of(start)
        try:
            self.tokenize(self.text[start:end], first_line)
            messages, pending = self.grammar()
        except InputError:
            if not at_end:
                raise _ChunkTooShort() from None
            # The messages read before the error come first, as on the fast path: a duplicate
            # among them is the error reported.
            for _comments, entry in self.parsed:
                self.add_entry(entry)
            raise
        self.line_of(end)
        for comments, entry in messages:
            if comments:
                self.apply_comments(entry, comments)
            self.add_entry(entry)
        self.pending = pending

    def add_entry(self, entry: Entry) -> None:
        catalog = self.catalog
        key = entry.msgid if entry.msgctxt is None else (entry.msgctxt, entry.msgid)
        seen = self.seen
        if key in seen:
            first = msgstr_line(self.text.split("\n"), seen[key], self.first_line)  # where GNU places the first definition
            raise self.error(f"duplicate message definition (first defined at line {first})", entry.line)
        seen[key] = entry.line
        if key == "" and not entry.obsolete and catalog.header is None:
            catalog.header = entry
            catalog.header_position = len(catalog.entries)
        else:
            catalog.entries.append(entry)

    def fast_plural(self, plural: str, plural_more: str, forms: str, line: int) -> tuple[str, list[str]]:
        """The msgid_plural and the msgstr[N] strings of an entry the fast pattern matched."""
        values = []
        for index, first, more in _FAST_FORM.findall(forms):
            if int(index) != len(values):
                raise self.error("plural form has wrong index", line)
            values.append(self.joined(first, more, line))
        return self.joined(plural, plural_more, line), values

    def apply_comment_block(self, entry: Entry, block: str) -> None:
        """The comment lines the fast pattern matched before a message (each ends with a newline)."""
        for text in block[:-1].split("\n"):
            lead = text[1:2]
            if lead == ":":
                references = entry.references
                for reference in _references(text[2:], self.isolates):
                    if reference not in references:
                        references.append(reference)
            elif lead == ".":
                entry.extracted_comments.append(text[3:] if text[2:3] == " " else text[2:])
            elif lead == ",":
                entry.flags = read_flag_line(text[2:])
            elif lead == "!":
                self.apply_comments(entry, [(_COMMENT, text[1:], None, entry.line, False, False)])
            else:
                entry.translator_comments.append(text[2:] if lead == " " else text[1:])

    def joined(self, first: str, more: str, line: int) -> str:
        """A string and its continuation lines (each `"..."` and a newline), decoded."""
        if not more:
            return self.decode_string(first, line) if "\\" in first else first
        # No string holds a newline, so quote, newline, quote only ever stands between two strings.
        raw = first + more[1:-2].replace('"\n"', "")
        if "\\" not in raw:
            return raw
        if "\\\\" not in raw:
            # Every backslash opens an escape, and these never reach into the next string.
            value = raw.replace("\\n", "\n").replace('\\"', '"').replace("\\t", "\t")
            if "\\" not in value:
                return value
        # Each part is decoded alone: an octal or hex escape never spans two strings.
        decode = self.decode_string
        return "".join([decode(part, line) for part in [first, *more[1:-2].split('"\n"')]])

    def apply_previous(self, entry: Entry, block: str, line: int) -> None:
        """`#| msgctxt`, `#| msgid`, `#| msgid_plural` lines (the pattern checked their form)."""
        field = None
        values: dict[str, str] = {}
        for keyword, raw in _FAST_PREVIOUS.findall(block):
            if keyword:
                field = keyword
                values[field] = ""
            values[field] += self.decode_string(raw, line)
        entry.previous_msgctxt = values.get("msgctxt")
        entry.previous_msgid = values.get("msgid")
        entry.previous_msgid_plural = values.get("msgid_plural")

    # ---- lines to items -----------------------------------------------------------------------

    def tokenize(self, text: str, first_line: int) -> None:
        items = self.items
        append = items.append
        simple_line = _SIMPLE_LINE.match
        lines = text.split("\n")
        ended_with_newline = not lines[-1]
        if ended_with_newline:
            lines.pop()  # what follows the last newline is no line
        continued = "\\\n" in text
        number = 0
        count = len(lines)
        while number < count:
            line = lines[number]
            number += 1
            lineno = number + first_line - 1
            if continued and line.endswith("\\") and (number < count or ended_with_newline):
                # po-lex.c drops a backslash that is followed by a newline, together with it.
                pieces = [line[:-1]]
                while True:
                    following = lines[number] if number < count else ""
                    number += 1
                    if following.endswith("\\") and (number < count or ended_with_newline):
                        pieces.append(following[:-1])
                        continue
                    pieces.append(following)
                    break
                line = "".join(pieces)
            if self.carry_previous:
                self.carry_previous = bool(line) and self.tokenize_line(line, lineno, previous=True)
                continue
            if not line:
                continue
            first = line[0]
            if first == "#":
                second = line[1:2]
                if second != "~" and second != "|":
                    if self.invalid_kept and _KEPT_INVALID.match(second):
                        # po-lex.c reads the character after "#" before it stops checking bytes.
                        raise self.error("invalid multibyte sequence", lineno)
                    append((_COMMENT, line[1:], None, lineno, False, False))
                    continue
            match = simple_line(line)
            if match is not None:
                marker, keyword, index, raw = match.groups()
                obsolete = previous = False
                if marker is not None:
                    obsolete = marker[1] == "~"
                    previous = marker[-1] == "|"
                if keyword is not None:
                    if index is not None:
                        append((_KEYWORD, "msgstr", int(index), lineno, obsolete, previous))
                    else:
                        append((_KEYWORD, keyword, None, lineno, obsolete, previous))
                append((_STRING, raw, None, lineno, obsolete, previous))
                continue
            if not line.strip(_BLANKS):
                continue
            self.carry_previous = self.tokenize_line(line, lineno)

    def tokenize_line(self, line: str, lineno: int, previous: bool = False) -> bool:
        """GNU's tokens of one line that the common pattern does not cover.

        True when the line ends in a comment begun after `#|`: po-lex.c reads that comment's
        newline without resetting the "previous" state, so it carries on to the next line."""
        append = self.items.append
        obsolete = False
        position = 0
        length = len(line)
        while position < length:
            match = _TOKEN.match(line, position)
            if match is None:  # only blanks are left
                break
            position = match.end()
            raw, word, digits, opening, closing, hash_sign, junk = match.groups()
            if raw is not None:
                append((_STRING, raw, None, lineno, obsolete, previous))
            elif word is not None:
                if word not in _KEYWORDS:
                    append((_JUNK, f'keyword "{word}" unknown', None, lineno, obsolete, previous))
                    return False
                append((_KEYWORD, word, None, lineno, obsolete, previous))
            elif digits is not None:
                append((_NUMBER, int(digits), None, lineno, obsolete, previous))
            elif opening is not None:
                append((_OPEN, None, None, lineno, obsolete, previous))
            elif closing is not None:
                append((_CLOSE, None, None, lineno, obsolete, previous))
            elif hash_sign is not None:
                # po-lex.c: `#~` and `#|` switch the rest of the line to obsolete / previous
                # wherever they stand; any other `#` starts a comment.
                following = line[position:position + 1]
                if following == "~":
                    obsolete = True
                    position += 1
                    if line[position:position + 1] == "|":
                        previous = True
                        position += 1
                elif following == "|":
                    previous = True
                    position += 1
                else:
                    if self.invalid_kept and _KEPT_INVALID.match(following):
                        raise self.error("invalid multibyte sequence", lineno)
                    append((_COMMENT, line[position:], None, lineno, obsolete, previous))
                    return previous
            elif junk == '"':
                append((_JUNK, "end-of-line within string", None, lineno, obsolete, previous))
                return False
            elif junk is not None:  # po-lex.c skips only ASCII blanks: U+00A0 or U+2028 is junk
                append((_JUNK, "syntax error", None, lineno, obsolete, previous))
                return False
        return False

    # ---- the grammar ----------------------------------------------------------------------------

    def grammar(self) -> tuple[list[tuple[list[tuple], Entry]], list[tuple]]:
        """The messages of the current items, each with the comments before it, and the comments
        left after the last message."""
        items = self.items
        count = len(items)
        messages = self.parsed = []
        comments: list[tuple] = self.pending
        position = 0
        while position < count:
            item = items[position]
            kind = item[0]
            if kind == _COMMENT:
                comments = comments + [item]
                position += 1
                continue
            if kind == _KEYWORD and item[1] == "domain":
                raise self.error(
                    "'domain' directive: a catalogue with several domains is not supported", item[3])
            entry, position = self.message(position)
            messages.append((comments, entry))
            comments = []
        return messages, comments

    def strings(self, position: int, obsolete: bool, previous: bool, keyword_line: int,
                keyword: str) -> tuple[str, int]:
        """The string list after a keyword, concatenated and decoded."""
        items = self.items
        count = len(items)
        parts = []
        while position < count:
            item = items[position]
            if item[0] != _STRING or item[5] != previous:
                break
            if item[4] != obsolete:
                raise self.error("inconsistent use of #~", item[3])
            if self.invalid_kept and _KEPT_INVALID.search(item[1]):
                raise self.error("invalid multibyte sequence", item[3])
            part = self.decode_string(item[1], item[3])
            if self.eot and _EOT in part:
                raise self.error(_EOT_MESSAGE, item[3])
            parts.append(part)
            position += 1
        if not parts:
            if position < count:
                raise self.syntax_error(position, f"syntax error: '{keyword}' without a string")
            raise self.error(f"syntax error: '{keyword}' without a string", keyword_line)
        return ("".join(parts) if len(parts) != 1 else parts[0]), position

    def decode_string(self, raw: str, line: int) -> str:
        if "\\" not in raw:
            return raw
        if "\\\\" not in raw:
            # No escaped backslash: every backslash opens an escape, so the common ones can be
            # replaced one after the other.
            value = raw.replace("\\n", "\n").replace('\\"', '"').replace("\\t", "\t")
            if "\\" not in value:
                return value
        try:
            value = _ESCAPE.sub(_unescape_match, raw)
        except ValueError:
            raise self.error("invalid control sequence", line) from None
        if _BYTE_ESCAPE.search(raw) and any(ord(char) > 0x7F for char in value):
            value = self.recode_byte_escapes(raw, line)
        if "\0" in value:
            raise self.error("NUL character (\\0 escape) in a string", line)
        if _EOT in value:
            raise self.error(_EOT_MESSAGE, line)
        return value

    def recode_byte_escapes(self, raw: str, line: int) -> str:
        """Octal and hex escapes denote bytes in the file's charset: rebuild the bytes, then decode."""
        pieces = bytearray()
        position = 0
        try:
            for match in _ESCAPE.finditer(raw):
                pieces += raw[position:match.start()].encode(self.codec)
                simple, octal, hexa, _bad = match.groups()
                if simple is not None:
                    pieces += _SIMPLE_ESCAPES[simple].encode("ascii")
                else:
                    pieces.append(int(octal, 8) & 0xFF if octal is not None else int(hexa, 16) & 0xFF)
                position = match.end()
            pieces += raw[position:].encode(self.codec)
            return bytes(pieces).decode(self.codec)
        except UnicodeError:
            raise self.error(f"invalid multibyte sequence: escapes give bytes that are not valid {self.codec}",
                             line) from None

    def expect_keyword(self, position: int, name: str, previous: bool) -> bool:
        items = self.items
        if position >= len(items):
            return False
        item = items[position]
        return item[0] == _KEYWORD and item[1] == name and item[5] == previous and item[2] is None

    def message(self, position: int) -> tuple[Entry, int]:
        items = self.items
        count = len(items)
        first = items[position]
        obsolete = first[4]
        entry = Entry(msgid="", obsolete=obsolete)

        # #| previous msgctxt / msgid / msgid_plural
        if first[5]:
            if self.expect_keyword(position, "msgctxt", True):
                entry.previous_msgctxt, position = self.strings(position + 1, obsolete, True, first[3], "#| msgctxt")
            if not self.expect_keyword(position, "msgid", True):
                raise self.syntax_error(position)
            entry.previous_msgid, position = self.strings(position + 1, obsolete, True, items[position][3], "#| msgid")
            if self.expect_keyword(position, "msgid_plural", True):
                entry.previous_msgid_plural, position = self.strings(
                    position + 1, obsolete, True, items[position][3], "#| msgid_plural")
            if position < count and items[position][5]:
                raise self.syntax_error(position)

        if self.expect_keyword(position, "msgctxt", False):
            self.check_obsolete(position, obsolete)
            entry.msgctxt, position = self.strings(position + 1, obsolete, False, items[position][3], "msgctxt")
        if not self.expect_keyword(position, "msgid", False):
            raise self.syntax_error(position)
        self.check_obsolete(position, obsolete)
        entry.line = items[position][3]
        entry.msgid, position = self.strings(position + 1, obsolete, False, entry.line, "msgid")

        if self.expect_keyword(position, "msgid_plural", False):
            self.check_obsolete(position, obsolete)
            entry.msgid_plural, position = self.strings(position + 1, obsolete, False, items[position][3],
                                                        "msgid_plural")
            forms: list[str] = []
            while True:
                index, after = self.plural_keyword(position)
                if index is None:
                    break
                if index != len(forms):
                    message = "first plural form has nonzero index" if not forms else "plural form has wrong index"
                    raise self.error(message, items[position][3])
                self.check_obsolete(position, obsolete)
                value, position = self.strings(after, obsolete, False, items[position][3], f"msgstr[{index}]")
                forms.append(value)
            if not forms:
                self.check_junk(position)
                if self.expect_keyword(position, "msgstr", False):
                    raise self.error("syntax error: plain 'msgstr' after 'msgid_plural'",
                                     self.line_at(position + 1))
                raise self.error("missing 'msgstr[]' section", entry.line)
            entry.msgstr_plural = forms
        elif self.expect_keyword(position, "msgstr", False) and self.plural_keyword(position)[0] is None:
            self.check_obsolete(position, obsolete)
            entry.msgstr, position = self.strings(position + 1, obsolete, False, items[position][3], "msgstr")
        elif self.plural_keyword(position)[0] is not None:
            raise self.error("missing 'msgid_plural' section", entry.line)
        else:
            self.check_junk(position)
            raise self.error("missing 'msgstr' section", entry.line)

        if position < count:
            following = items[position]
            kind = following[0]
            if kind == _STRING or kind == _NUMBER or kind == _OPEN or kind == _CLOSE or kind == _JUNK:
                raise self.syntax_error(position)
            if kind == _KEYWORD and following[1] in ("msgstr", "msgid_plural") and not following[5]:
                raise self.syntax_error(position)
        return entry, position

    def plural_keyword(self, position: int) -> tuple[int | None, int]:
        """`msgstr[N]` at position (one item, or `msgstr` `[` N `]` as separate tokens)."""
        items = self.items
        count = len(items)
        if position >= count:
            return None, position
        item = items[position]
        if item[0] != _KEYWORD or item[1] != "msgstr" or item[5]:
            return None, position
        if item[2] is not None:
            return item[2], position + 1
        if position + 1 < count and items[position + 1][0] == _OPEN:
            if (position + 3 < count and items[position + 2][0] == _NUMBER
                    and items[position + 3][0] == _CLOSE):
                return items[position + 2][1], position + 4
            raise self.syntax_error(position + 2 if items[position + 1][0] == _OPEN else position + 1)
        return None, position

    def syntax_error(self, position: int, message: str = "syntax error") -> InputError:
        """The error at an item: what the lexer found wrong there, if it did, else `message`."""
        items = self.items
        if position < len(items):
            item = items[position]
            return self.error(item[1] if item[0] == _JUNK else message, item[3])
        return self.error(message, self.line_at(position))

    def check_junk(self, position: int) -> None:
        """GNU's lexer reports a bad token when the grammar looks ahead at it, before the grammar's
        own complaint about the message that precedes it."""
        if position < len(self.items):
            item = self.items[position]
            # A stray character is only the grammar's "syntax error", which comes after.
            if item[0] == _JUNK and item[1] != "syntax error":
                raise self.syntax_error(position)

    def check_obsolete(self, position: int, obsolete: bool) -> None:
        item = self.items[position]
        if item[4] != obsolete:
            raise self.error("inconsistent use of #~", item[3])

    def line_at(self, position: int) -> int:
        items = self.items
        if position < len(items):
            return items[position][3]
        return max(1, self.text.count("\n") + (0 if self.text.endswith("\n") else 1)) + self.first_line - 1

    def apply_comments(self, entry: Entry, comments: list[tuple]) -> None:
        """Sort the `#` lines before a message the way po_callback_comment_dispatcher does."""
        for item in comments:
            text = item[1]
            lead = text[:1]
            if lead == ".":
                text = text[1:]
                entry.extracted_comments.append(text[1:] if text[:1] == " " else text)
            elif lead == ":":
                for reference in _references(text[1:], self.isolates):
                    if reference not in entry.references:
                        entry.references.append(reference)
            elif lead == "," or lead == "!":
                # Each `#,` line replaces the flags before it: GNU starts every line from nothing.
                entry.flags = read_flag_line(text[1:])
            else:
                entry.translator_comments.append(text[1:] if text[:1] == " " else text)


_REFERENCE = re.compile(r"\u2068([^\u2069]*)\u2069(?::([0-9]+))?|([^ \t\n]+)")
# gettext 0.21 recognises U+2068/U+2069 around a file name only in a UTF-8 file.
_REFERENCE_PLAIN = re.compile(r"[^ \t\n]+")
_REFERENCE_TAIL = re.compile(r"[ \t\n]*:[ \t\n]*([0-9]+)(?=[ \t\n]|\Z)")
_REFERENCE_NUMBER_AFTER = re.compile(r"[ \t\n]*([0-9]+)(?=[ \t\n]|\Z)")
_REFERENCE_NUMBER_END = re.compile(r"(.+):([0-9]+)\Z", re.S)


def _references(text: str, isolates: bool) -> list[str]:
    """The references of a `#:` line as po_parse_comment_filepos reads them, each "file:line" or
    "file" (a file name with spaces comes between U+2068 and U+2069 and is stored without them)."""
    if ": " not in text and " :" not in text and "\t" not in text and "\u2068" not in text and not text.endswith(":"):
        # The usual line, "file:line" tokens between spaces.
        references = []
        for token in text.split(" "):
            if not token:
                continue
            file_name, colon, number = token.rpartition(":")
            if colon and file_name and number[:1] == "0" and number.isdigit() and number.isascii():
                token = f"{file_name}:{int(number)}"
            references.append(token)
        return references
    references = []
    position = 0
    length = len(text)
    while position < length:
        match = (_REFERENCE if isolates else _REFERENCE_PLAIN).search(text, position)
        if match is None:
            break
        position = match.end()
        isolated, isolated_line, token = match.groups() if isolates else (None, None, match.group())
        if isolated is not None:
            references.append(f"{isolated}:{int(isolated_line)}" if isolated_line else isolated)
            continue
        tail = _REFERENCE_TAIL.match(text, position)
        if tail is not None:  # "file : 12"
            references.append(f"{token}:{int(tail.group(1))}")
            position = tail.end()
            continue
        if token.endswith(":"):  # "file: 12"
            after = _REFERENCE_NUMBER_AFTER.match(text, position)
            if after is not None:
                references.append(f"{token[:-1]}:{int(after.group(1))}")
                position = after.end()
                continue
        split = _REFERENCE_NUMBER_END.match(token)
        if split is not None:
            references.append(f"{split.group(1)}:{int(split.group(2))}")
        else:
            references.append(token)
    return references
