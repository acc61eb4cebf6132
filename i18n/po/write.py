"""Writing a catalogue in the exact form GNU msgcat 0.21 gives it (write-po.c), in its own charset.

One deliberate difference: GNU drops `#,` flags it does not know; they are kept here (our checker's
`ignore-...` flags live there), written after the known ones in the order they were read.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from i18n.cycles import cycle_collector_paused
from i18n.errors import FactsheetError
from i18n.po import escapes
from i18n.po.charsets import writing_codec
from i18n.po.flags import (FUZZY, NO_WRAP, SYNTAX_CHECKS, SYNTAX_RANK, WRAP, check_flag, format_flag, format_rank,
                           wrap_disabled, written_range)
from i18n.po.format_directives import FORMAT_LANGUAGES, unbreakable_positions, wrapping_language
from i18n.po.linebreak import break_points
from i18n.po.model import Catalog, Entry

_REFERENCE_LINE = re.compile(r"(.*):[0-9]+\Z", re.S)

_ESCAPES = escapes.WRITTEN
_NEEDS_ESCAPE = re.compile("[" + re.escape("".join(_ESCAPES)) + "]")
_ESCAPE_SEQUENCE_BYTES = re.compile(rb"\\.")
_WIDE_POSSIBLE = re.compile(r"[^\x00-\u02ff]")


@dataclass(frozen=True)
class WriteStyle:
    """msgcat's and msgmerge's output options: --width, --no-wrap, --add-location=full|file|never,
    and --for-msgfmt's omission of translator comments."""

    wrap: bool = True
    locations: str = "full"
    translator_comments: bool = True


_DEFAULT_STYLE = WriteStyle()


def format_po(catalog: Catalog, width: int = 79, style: WriteStyle = _DEFAULT_STYLE) -> bytes:
    """The catalogue as msgcat writes it, encoded in its charset with its newline and BOM."""
    codec = writing_codec(catalog.charset)
    encoding = catalog.charset.upper()
    messages = [entry for entry in catalog.entries if not entry.obsolete]
    if catalog.header is not None:
        before = sum(1 for entry in catalog.entries[:catalog.header_position] if not entry.obsolete)
        messages.insert(before, catalog.header)
    written = [(entry, False) for entry in messages] + [
        # GNU writes no obsolete entry whose (first) translation is empty.
        (entry, True) for entry in catalog.entries
        if entry.obsolete and (entry.msgstr_plural[0] if entry.msgid_plural is not None and entry.msgstr_plural
                               else entry.msgstr)
    ]
    job = (written, width, encoding, codec, style)
    with cycle_collector_paused():  # a line list and a few tuples an entry, no cycles
        text = _on_two_cores(job) if len(written) >= _PARALLEL_MIN_ENTRIES else _text_of(*job)
    text = text + "\n" if written else ""
    if catalog.newline != "\n":
        text = text.replace("\n", catalog.newline)
    try:
        data = text.encode(codec, "surrogateescape")  # bytes the reader kept from comments as they were
    except UnicodeEncodeError as error:
        raise FactsheetError(f"cannot write {error.object[error.start]!r} in charset {catalog.charset}",
                             catalog.path) from None
    if catalog.bom:
        data = codecs.BOM_UTF8 + data
    return data


def _text_of(written: list[tuple[Entry, bool]], width: int, encoding: str, codec: str, style: WriteStyle) -> str:
    """The entries (each with whether it is written as obsolete), a blank line between two."""
    lines: list[str] = []
    for entry, obsolete in written:
        if lines:
            lines.append("")
        _write_entry(lines, entry, width, encoding, codec, obsolete=obsolete, style=style)
    return "\n".join(lines)


# From this many entries on, a forked child writes the second half while this process writes the first.
_PARALLEL_MIN_ENTRIES = 20_000
# What the forked child writes: set before the fork, so that only the text comes back.
_SHARED_JOB: tuple | None = None


def _second_half() -> str:
    written, *rest = _SHARED_JOB
    return _text_of(written[len(written) // 2 :], *rest)


def _on_two_cores(job: tuple) -> str:
    import multiprocessing
    import os

    global _SHARED_JOB
    if (os.cpu_count() or 1) < 2 or not hasattr(os, "fork") or multiprocessing.current_process().daemon:
        return _text_of(*job)
    written, *rest = job
    _SHARED_JOB = job
    try:
        with multiprocessing.get_context("fork").Pool(1) as pool:
            child = pool.apply_async(_second_half)
            first = _text_of(written[: len(written) // 2], *rest)
            return first + "\n\n" + child.get()
    except OSError:  # no second process to be had
        return _text_of(*job)
    finally:
        _SHARED_JOB = None


def _first_translation(entry: Entry) -> str:
    if entry.msgid_plural is not None:
        return entry.msgstr_plural[0] if entry.msgstr_plural else ""
    return entry.msgstr


def _write_entry(lines: list[str], entry: Entry, width: int, encoding: str, codec: str, obsolete: bool,
                 style: WriteStyle = _DEFAULT_STYLE) -> None:
    for comment in entry.translator_comments if style.translator_comments else ():
        for part in comment.split("\n"):
            lines.append("# " + part if part else "#")
    for comment in entry.extracted_comments:
        for part in comment.split("\n"):
            lines.append("#. " + part if part else "#.")
    if entry.references:
        if style.locations == "full":
            _write_references(lines, entry.references, width, codec)
        elif style.locations == "file":
            _write_references(lines, _file_names(entry.references), width, codec)
    flags, flags_no_wrap, language = _flag_facts(entry)
    if flags:
        lines.append(flags)
    no_wrap = not style.wrap or flags_no_wrap
    previous_prefix = "#~| " if obsolete else "#| "
    if entry.previous_msgctxt is not None:
        _wrap(lines, previous_prefix, "msgctxt", entry.previous_msgctxt, no_wrap, width, encoding, language)
    if entry.previous_msgid is not None:
        _wrap(lines, previous_prefix, "msgid", entry.previous_msgid, no_wrap, width, encoding, language)
    if entry.previous_msgid_plural is not None:
        _wrap(lines, previous_prefix, "msgid_plural", entry.previous_msgid_plural, no_wrap, width, encoding, language)
    prefix = "#~ " if obsolete else ""
    if entry.msgctxt is not None:
        _wrap(lines, prefix, "msgctxt", entry.msgctxt, no_wrap, width, encoding, language)
    _wrap(lines, prefix, "msgid", entry.msgid, no_wrap, width, encoding, language)
    if entry.msgid_plural is not None:
        _wrap(lines, prefix, "msgid_plural", entry.msgid_plural, no_wrap, width, encoding, language)
        # An entry made in memory with no forms yet is written as xgettext writes a template's.
        for index, form in enumerate(entry.msgstr_plural or ["", ""]):
            _wrap(lines, prefix, f"msgstr[{index}]", form, no_wrap, width, encoding, language)
    else:
        _wrap(lines, prefix, "msgstr", entry.msgstr, no_wrap, width, encoding, language)


def _file_names(references: list[str]) -> list[str]:
    """--add-location=file: each file once, without line numbers, in order of first mention."""
    names = []
    for reference in references:
        split = _REFERENCE_LINE.match(reference)
        name = split.group(1) if split else reference
        if name not in names:
            names.append(name)
    return names


def _write_references(lines: list[str], references: list[str], width: int, codec: str) -> None:
    """`#:` lines as message_print_comment_filepos fills them: a new line when the next one would
    pass the page width (counted in bytes of the file's charset, like GNU)."""
    line = "#:"
    column = 2
    for reference in references:
        while reference.startswith("./"):
            reference = reference[2:]
        split = _REFERENCE_LINE.match(reference)
        file_name = split.group(1) if split else reference
        if " " in file_name or "\t" in file_name:
            # gettext 0.21 isolates a file name with spaces between U+2068 and U+2069.
            reference = "\u2068" + file_name + "\u2069" + reference[len(file_name):]
        length = (len(reference) if reference.isascii() else len(reference.encode(codec, "replace"))) + 1
        if column > 2 and column + length > width:
            lines.append(line)
            line = "#:"
            column = 2
        line += " " + reference
        column += length
    lines.append(line)


# The few combinations of flags a catalogue uses, each worked out once.
_FLAG_FACTS: dict[tuple, tuple[str, bool, str | None]] = {}


def _flag_facts(entry: Entry) -> tuple[str, bool, str | None]:
    """The entry's `#,` line, whether its flags turn wrapping off, and the format language its
    strings are wrapped by."""
    key = (*entry.flags, bool(_first_translation(entry)), entry.obsolete)
    facts = _FLAG_FACTS.get(key)
    if facts is None:
        facts = (flag_line(entry), wrap_disabled(entry.flags), wrapping_language(entry.flags))
        if len(_FLAG_FACTS) < 4096:
            _FLAG_FACTS[key] = facts
    return facts


def flag_line(entry: Entry) -> str:
    """The `#,` line msgcat writes for the entry's flags ('' when it writes none), unknown flags last."""
    fuzzy = False
    formats: dict[int, str] = {}
    checks: dict[int, str] = {}
    range_flag = None
    no_wrap = None
    unknown: list[str] = []
    for flag in entry.flags:
        if flag == FUZZY:
            fuzzy = True
            continue
        if flag == WRAP or flag == NO_WRAP:
            no_wrap = flag == NO_WRAP
            continue
        declared = format_flag(flag)
        rank = format_rank(declared[0]) if declared is not None else None
        if rank is not None:
            value = declared[1]
            formats[rank] = value if value != "possible" else "yes"
            continue
        checked = check_flag(flag)
        if checked is not None and checked[0] in SYNTAX_RANK:
            name, value = checked
            checks[SYNTAX_RANK[name]] = value
            continue
        bounds = written_range(flag)
        if bounds is not None:
            low, high = bounds
            range_flag = f"range: {low}..{high}" if low <= high else None
            continue
        if flag not in unknown:
            unknown.append(flag)
    written = []
    if fuzzy and _first_translation(entry):
        written.append("fuzzy")
    for rank in sorted(formats):
        value = formats[rank]
        if value == "yes":
            written.append(f"{FORMAT_LANGUAGES[rank]}-format")
        elif value == "no":
            written.append(f"no-{FORMAT_LANGUAGES[rank]}-format")
    if range_flag is not None and not entry.obsolete:  # GNU does not keep a range on an obsolete entry
        written.append(range_flag)
    if no_wrap:
        written.append("no-wrap")
    for rank in sorted(checks):
        name = SYNTAX_CHECKS[rank] + "-check"
        written.append(name if checks[rank] == "yes" else "no-" + name)
    written.extend(unknown)
    if not written:
        return ""
    return "#, " + ", ".join(written)


def _portions(value: str) -> list[str]:
    """The value cut after each newline, as wrap() walks it."""
    if "\n" not in value:
        return [value]
    parts = value.split("\n")
    portions = [part + "\n" for part in parts[:-1]]
    if parts[-1]:
        portions.append(parts[-1])
    return portions


def _escape(portion: str) -> str:
    if _NEEDS_ESCAPE.search(portion) is None:
        return portion
    return _NEEDS_ESCAPE.sub(lambda match: _ESCAPES[match.group()], portion)


def _wrap(lines: list[str], prefix: str, name: str, value: str, no_wrap: bool, width: int,
          encoding: str, language: str | None = None) -> None:
    """write-po.c's wrap(): one keyword and its string, cut at GNU's break points (never inside a
    directive of the entry's format language)."""
    available = width - len(prefix) - 2  # columns for the text of a continuation line
    if "\n" not in value:
        # Most strings: one portion that fits on the keyword's line.
        escaped = _escape(value)
        if no_wrap or _fits(escaped, len(name) + 1, available):
            lines.append(f'{prefix}{name} "{escaped}"')
            return
    portions = _portions(value)
    unbreakable = _NO_DIRECTIVES if language is None else _Unbreakable(language, value, name.startswith("msgstr"))
    first_line = True
    count = len(portions)
    offset = 0
    for number, portion in enumerate(portions):
        portion_offset = offset
        offset += len(portion)
        escaped = _escape(portion)
        if first_line:
            if number == count - 1 and (no_wrap or _fits(escaped, len(name) + 1, available)):
                lines.append(f'{prefix}{name} "{escaped}"')
                return
            if count == 1 and (no_wrap or (len(name) + 1 <= available and len(
                    _split_at_breaks(escaped, len(name) + 1, available, encoding,
                                     unbreakable.within(portion, portion_offset))) == 1)):
                lines.append(f'{prefix}{name} "{escaped}"')
                return
            lines.append(f'{prefix}{name} ""')
            first_line = False
        if no_wrap or _fits(escaped, 0, available):
            lines.append(f'{prefix}"{escaped}"')
            continue
        for piece in _split_at_breaks(escaped, 0, available, encoding, unbreakable.within(portion, portion_offset)):
            lines.append(f'{prefix}"{piece}"')


def _fits(escaped: str, start_column: int, available: int) -> bool:
    """Whether the escaped text needs no break: true when even at two columns a character it fits."""
    length = len(escaped)
    if start_column + length > available:
        return False
    if _WIDE_POSSIBLE.search(escaped) is None:
        return True
    return start_column + 2 * length <= available


class _Unbreakable:
    """The characters of one string before which no line may break, found only if a line must break."""

    def __init__(self, language: str | None, value: str, translated: bool) -> None:
        self.language, self.value, self.translated = language, value, translated
        self.positions: frozenset[int] | None = None

    def within(self, portion: str, offset: int) -> list[int]:
        """Byte offsets, in the escaped UTF-8 portion, of the first byte of each such character."""
        if self.language is None:
            return []
        if self.positions is None:
            self.positions = unbreakable_positions(self.language, self.value, self.translated)
        if not self.positions:
            return []
        inside = sorted(position - offset for position in self.positions if offset <= position < offset + len(portion))
        if not inside or (portion.isascii() and _NEEDS_ESCAPE.search(portion) is None):
            return inside
        # Each escaped character takes one byte more than it had.
        return [len(portion[:index].encode("utf-8")) + len(_NEEDS_ESCAPE.findall(portion, 0, index))
                for index in inside]


_NO_DIRECTIVES = _Unbreakable(None, "", False)


def _split_at_breaks(escaped: str, start_column: int, available: int, encoding: str,
                     unbreakable: list[int] = ()) -> list[str]:
    """The escaped text cut where GNU starts new lines (a single piece when it does not).

    wrap() lets a line break before the backslash of an escape but never inside it, nor before
    the `\\n` that ends a portion, nor inside a format directive.
    """
    data = escaped.encode("utf-8")
    overrides = bytearray(len(data))
    for byte in unbreakable:
        overrides[byte] = 1
    if "\\" in escaped:
        for match in _ESCAPE_SEQUENCE_BYTES.finditer(data):
            overrides[match.start() + 1] = 1
        if data.endswith(b"\\n"):
            overrides[len(data) - 2] = 1
    breaks = break_points(data, bytes(overrides), available, start_column, encoding)
    if not breaks:
        return [escaped]
    pieces = []
    start = 0
    for cut in breaks:
        pieces.append(data[start:cut].decode("utf-8"))
        start = cut
    pieces.append(data[start:].decode("utf-8"))
    return pieces


def format_field(name: str, value: str, flags: list[str], charset: str = "UTF-8", width: int = 79) -> list[str]:
    """One keyword of a live entry and its string (`msgstr[1] "..."`) as msgcat writes it, one
    item a line, without line ends: for rewriting one field of a file and nothing else."""
    lines: list[str] = []
    _wrap(lines, "", name, value, wrap_disabled(flags), width, charset.upper())
    return lines
