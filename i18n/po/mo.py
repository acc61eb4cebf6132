"""GNU .mo files: the compiled catalogue exactly as `msgfmt` (GNU gettext 0.21) lays it out.

Layout: a 28-byte header (magic 0x950412de, revision 0), the table of original strings, the table
of translations, GNU's hash table, then the strings themselves, each NUL-terminated. Originals are
sorted by their bytes (gettext binary-searches them); a message with context is stored as
"msgctxt\\x04msgid", a plural one as "msgid\\0msgid_plural" with its forms NUL-joined. Fuzzy,
untranslated and obsolete messages are left out; the header is kept even when fuzzy, as msgfmt does,
but without its POT-Creation-Date line.
"""

from __future__ import annotations

import codecs
import struct

from i18n.errors import InputError
from i18n.po.model import Catalog, Entry, header_lines
from i18n.po.msgfmt_check import CompileProblem, validate_for_compile

__all__ = ["format_mo", "compiled_entries", "gnu_hash", "CompileProblem", "validate_for_compile"]

MAGIC = 0x950412DE
_HEADER_SIZE = 28
_CONTEXT_SEPARATOR = b"\x04"


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
    encoding = _python_encoding(catalog.charset, catalog.path)
    pairs = []
    for entry in compiled_entries(catalog):
        key = entry.msgid.encode(encoding)
        if entry.msgctxt is not None:
            key = entry.msgctxt.encode(encoding) + _CONTEXT_SEPARATOR + key
        original = key if entry.msgid_plural is None else key + b"\0" + entry.msgid_plural.encode(encoding)
        translations = entry.translations
        if entry.is_header:
            translations = [_without_pot_creation_date(entry.msgstr)]
        translation = b"\0".join(form.encode(encoding) for form in translations)
        pairs.append((key, original, translation))
    # gettext looks originals up by binary search over strcmp order; the plural part is not compared.
    pairs.sort(key=lambda pair: pair[0])

    count = len(pairs)
    hash_size = _hash_table_size(count)
    originals_offset = _HEADER_SIZE
    translations_offset = originals_offset + 8 * count
    hash_offset = translations_offset + 8 * count
    strings_offset = hash_offset + 4 * hash_size

    original_table, translation_table, blob = [], [], bytearray()
    for _key, original, _translation in pairs:
        original_table.append((len(original), strings_offset + len(blob)))
        blob += original + b"\0"
    for _key, _original, translation in pairs:
        translation_table.append((len(translation), strings_offset + len(blob)))
        blob += translation + b"\0"

    out = bytearray(
        struct.pack("<7I", MAGIC, 0, count, originals_offset, translations_offset, hash_size, hash_offset)
    )
    for length, offset in original_table:
        out += struct.pack("<2I", length, offset)
    for length, offset in translation_table:
        out += struct.pack("<2I", length, offset)
    out += struct.pack(f"<{hash_size}I", *_hash_table([key for key, _o, _t in pairs], hash_size))
    out += blob
    return bytes(out)


def _without_pot_creation_date(header: str) -> str:
    # msgfmt (since 0.20) drops this field so that a rebuilt template alone does not change the .mo.
    lines = header_lines(header)
    return "".join(line for line in lines if not line.startswith("POT-Creation-Date:"))


def _python_encoding(charset: str | None, path: str | None) -> str:
    if not charset or charset.upper() == "CHARSET":
        return "utf-8"  # msgfmt copies such a file's bytes as they are; the reader read them as UTF-8
    try:
        return codecs.lookup(charset).name
    except LookupError:
        raise InputError(f"unknown charset {charset!r}", path=path) from None


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
