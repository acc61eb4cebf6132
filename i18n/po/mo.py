"""GNU .mo files: the compiled catalogue exactly as `msgfmt` (GNU gettext 0.21) lays it out.

Layout: a 28-byte header (magic 0x950412de, revision 0), the table of original strings, the table
of translations, GNU's hash table, then the strings themselves, each NUL-terminated. Originals are
sorted by their bytes (gettext binary-searches them); a message with context is stored as
"msgctxt\\x04msgid", a plural one as "msgid\\0msgid_plural" with its forms NUL-joined. Fuzzy,
untranslated and obsolete messages are left out; the header is kept even when fuzzy, as msgfmt does,
but without its POT-Creation-Date line.

A c-format (or objc-format) message with ISO C 99 <inttypes.h> directives (`%<PRIu64>`) or, in its
translation, glibc's `I` flag is a system-dependent string: revision 1 stores it cut into literal
pieces and named segments after the hash table, and the C library rebuilds the msgid its program
asks for ("%lu") when it opens the file. Python's gettext reads such a file and sees the static
messages only, as it does msgfmt's.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from i18n.po import header as po_header
from i18n.po.charsets import PLACEHOLDER, codec_of
from i18n.po.model import Catalog, Entry
from i18n.po.c_format import sysdep_directives
from i18n.po.flags import declared_formats
from i18n.po.msgfmt_check import CompileProblem, validate_for_compile

__all__ = ["format_mo", "compiled_entries", "gnu_hash", "CompileProblem", "validate_for_compile"]

MAGIC = 0x950412DE
_HEADER_SIZE = 28
_CONTEXT_SEPARATOR = b"\x04"


def is_mo(data: bytes) -> bool:
    """Whether `data` begins as a .mo file does (its magic number, in either byte order)."""
    return data[:4] in (MAGIC.to_bytes(4, "little"), MAGIC.to_bytes(4, "big"))


def compiled_entries(catalog: Catalog) -> list[Entry]:
    """The messages msgfmt puts in the .mo: translated (first form non-empty), not fuzzy, not obsolete."""
    entries = []
    if catalog.header is not None and catalog.header.msgstr != "":
        entries.append(catalog.header)
    for entry in catalog.live_entries():
        translations = entry.translations
        if entry.fuzzy or not translations or translations[0] == "":
            continue
        entries.append(entry)
    return entries


def format_mo(catalog: Catalog) -> bytes:
    encoding = codec_of(catalog.charset or PLACEHOLDER, catalog.path)
    static: list[tuple[bytes, bytes]] = []
    sysdep: list[tuple[_SysdepString, _SysdepString]] = []
    compiled = compiled_entries(catalog)
    for entry in compiled:
        key = entry.msgid.encode(encoding)
        context_length = 0
        if entry.msgctxt is not None:
            context = entry.msgctxt.encode(encoding) + _CONTEXT_SEPARATOR
            context_length = len(context)
            key = context + key
        plural = b"" if entry.msgid_plural is None else b"\0" + entry.msgid_plural.encode(encoding)
        translations = entry.translations
        if entry.is_header:
            translations = [_without_pot_creation_date(entry.msgstr)]
        translation = b"\0".join(form.encode(encoding) for form in translations)
        key_parts, translation_parts = _sysdep_parts(entry, key, context_length, translation)
        if key_parts or translation_parts:
            sysdep.append((
                _split_segments(key + b"\0", key_parts, plural[1:] + b"\0" if plural else b""),
                _split_segments(translation + b"\0", translation_parts, b""),
            ))
        else:
            static.append((key, key + plural, translation))
    # gettext looks originals up by binary search over strcmp order; the plural part is not compared.
    static.sort(key=lambda pair: pair[0])
    # write-mo.c sizes the hash table for every message, though only static ones go in it.
    return _layout(static, sysdep, _hash_table_size(len(compiled)))


@dataclass(frozen=True)
class _SysdepString:
    """A string cut around its system-dependent parts: (literal bytes, segment name) pairs, the last
    pair without a name; the C library joins them, putting each name's expansion after its literal."""

    pieces: tuple[tuple[bytes, bytes | None], ...]


def _sysdep_parts(entry: Entry, key: bytes, context_length: int, translation: bytes):
    """The (start, end) byte ranges of system-dependent directives in key and translation."""
    if not declared_formats(entry.flags) & {"c", "objc"}:
        return (), ()
    key_parts = tuple(
        (start + context_length, end + context_length)
        for start, end in sysdep_directives(key[context_length:].decode("latin-1"), translated=False)
    )
    translation_parts = []
    form_start = 0
    for form in translation.split(b"\0"):
        translation_parts.extend(
            (form_start + start, form_start + end)
            for start, end in sysdep_directives(form.decode("latin-1"), translated=True)
        )
        form_start += len(form) + 1
    return key_parts, tuple(translation_parts)


def _split_segments(data: bytes, parts, tail: bytes) -> _SysdepString:
    pieces = []
    last = 0
    for start, end in parts:
        name = data[start:end]
        if len(name) >= 2 and name.startswith(b"<") and name.endswith(b">"):
            name = name[1:-1]
        pieces.append((data[last:start], name))
        last = end
    pieces.append((data[last:] + tail, None))
    return _SysdepString(tuple(pieces))


_SEGMENTS_END = 0xFFFFFFFF


def _layout(static, sysdep, hash_size: int) -> bytes:
    """write-mo.c's write_table with alignment 1: revision 0, or 1 when there are sysdep strings."""
    count = len(static)
    header_size = 48 if sysdep else _HEADER_SIZE
    originals_offset = header_size
    translations_offset = originals_offset + 8 * count
    hash_offset = translations_offset + 8 * count
    offset = hash_offset + 4 * hash_size

    segment_names: list[bytes] = []
    for pair in sysdep:
        for string in pair:
            for _literal, name in string.pieces:
                if name is not None and name not in segment_names:
                    segment_names.append(name)
    segments_offset = offset
    offset += 8 * len(segment_names)
    original_sysdep_offset = offset
    offset += 4 * len(sysdep)
    translation_sysdep_offset = offset
    offset += 4 * len(sysdep)
    descriptors_offset = offset
    descriptor_sizes = [[4 + 8 * len(pair[m].pieces) for pair in sysdep] for m in (0, 1)]
    offset += sum(map(sum, descriptor_sizes))

    blob = bytearray()

    def place(data: bytes) -> tuple[int, int]:
        at = offset + len(blob)
        blob.extend(data)
        return at

    original_table = [(len(original), place(original + b"\0")) for _key, original, _t in static]
    translation_table = [(len(translation), place(translation + b"\0")) for _k, _o, translation in static]
    segment_table = [(len(name) + 1, place(name + b"\0")) for name in segment_names]
    descriptors = bytearray()
    for m in (0, 1):
        for pair in sysdep:
            string = pair[m]
            descriptors += struct.pack("<I", place(b"".join(literal for literal, _name in string.pieces)))
            for literal, name in string.pieces:
                reference = _SEGMENTS_END if name is None else segment_names.index(name)
                descriptors += struct.pack("<2I", len(literal), reference)

    # Major revision 1 only when an "I" flag is used: older gettext() crashes on it.
    revision = ((1 << 16) if b"I" in segment_names else 0) + (1 if sysdep else 0)
    out = bytearray(
        struct.pack("<7I", MAGIC, revision, count, originals_offset, translations_offset, hash_size, hash_offset)
    )
    if sysdep:
        out += struct.pack(
            "<5I", len(segment_names), segments_offset, len(sysdep), original_sysdep_offset, translation_sysdep_offset
        )
    for length, at in original_table + translation_table:
        out += struct.pack("<2I", length, at)
    out += struct.pack(f"<{hash_size}I", *_hash_table([key for key, _o, _t in static], hash_size))
    if sysdep:
        for length, at in segment_table:
            out += struct.pack("<2I", length, at)
        for m in (0, 1):
            at = descriptors_offset + sum(descriptor_sizes[0]) * m
            for size in descriptor_sizes[m]:
                out += struct.pack("<I", at)
                at += size
        out += descriptors
    out += blob
    return bytes(out)


def _without_pot_creation_date(header: str) -> str:
    # msgfmt (since 0.20) drops this field so that a rebuilt template alone does not change the .mo.
    return po_header.without_field(header, po_header.POT_CREATION_DATE)


def gnu_hash(data: bytes) -> int:
    """hash_string from gettext's hash-string.c (a PJW hash kept to 32 bits)."""
    value = 0
    for byte in data:
        value = ((value << 4) + byte) & 0xFFFFFFFF
        high = value & 0xF0000000
        if high:
            value ^= high >> 24
            value ^= high
    return value


def _hash_table_size(count: int) -> int:
    # write-mo.c: next_prime(4/3 of the message count), and never below 3.
    size = _next_prime(count * 4 // 3)
    return size if size > 2 else 3


def _next_prime(seed: int) -> int:
    candidate = seed | 1
    while not _gnu_is_prime(candidate):
        candidate += 2
    return candidate


def _gnu_is_prime(candidate: int) -> bool:
    # Copied from gettext's is_prime, which calls 1 prime and 3 not; the .mo layout depends on it.
    divisor = 3
    square = divisor * divisor
    while square < candidate and candidate % divisor != 0:
        divisor += 1
        square += 4 * divisor
        divisor += 1
    return candidate % divisor != 0


def _hash_table(keys: list[bytes], size: int) -> list[int]:
    table = [0] * size
    for index, key in enumerate(keys):
        value = gnu_hash(key)
        slot = value % size
        step = 1 + value % (size - 2)
        while table[slot] != 0:
            slot = slot - (size - step) if slot >= size - step else slot + step
        table[slot] = index + 1
    return table
