"""Which Python codec reads and writes a catalogue whose header says `charset=NAME`: the one policy.

A PO file is ASCII at heart (keywords, quotes, backslash escapes), so GNU reads it byte by byte in
any charset that keeps those bytes as they are.  Python knows many codecs that are no such
charset: byte transforms (base64, hex, zlib, bz2, uu, quopri), text transforms (rot13), encodings
of escapes or of domain names (unicode_escape, punycode, idna), and charsets that spell ASCII
otherwise (UTF-16, UTF-7, EBCDIC).  Reading a file through one of them would give other text than
GNU reads, or fail in the codec.  So a name is accepted only when its codec is a text encoding that
maps every ASCII character to the same single byte and back.
"""

from __future__ import annotations

import codecs
import re
import warnings
from functools import lru_cache

from i18n.errors import InputError

# The template's placeholder: GNU reads such a file's bytes as they are, i.e. as UTF-8 text here,
# and msgfmt copies them to the .mo unchanged, i.e. encoded in UTF-8 again.
PLACEHOLDER = "CHARSET"

# Printable ASCII: GNU takes any such name to iconv; a NUL, control or non-ASCII character is no name.
_NAME = re.compile(r"[\x21-\x7e]+\Z")
# Every ASCII byte, and sequences that escape-decoding and shifting codecs would read otherwise.
_ASCII = bytes(range(128)) + b"\\u00e9\\x41\\101+AGE-~{"


def is_placeholder(name: str) -> bool:
    return name.upper() == PLACEHOLDER


@lru_cache(maxsize=64)
def _codec_or_reason(name: str) -> tuple[str | None, str | None]:
    if is_placeholder(name):
        return "utf-8", None
    if not _NAME.match(name):
        return None, f"invalid charset name {name!r} declared in the header"
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None, f"unknown charset {name!r} declared in the header"
    reason = f"charset {name!r} declared in the header is not a charset a PO file can be written in"
    if not getattr(info, "_is_text_encoding", True):
        return None, reason
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # unicode_escape warns of the invalid escapes it is shown
            ascii_transparent = (info.decode(_ASCII)[0] == _ASCII.decode("ascii")
                                 and info.encode(_ASCII.decode("ascii"))[0] == _ASCII)
    except (UnicodeError, ValueError, TypeError, LookupError):
        ascii_transparent = False
    if not ascii_transparent:
        return None, reason
    return info.name, None


def codec_of(name: str, path: str | None = None, line: int | None = None) -> str:
    """Python's codec for a header's charset name; InputError (at path, line) when the policy refuses it."""
    codec, reason = _codec_or_reason(name)
    if codec is None:
        raise InputError(reason, path=path, line=line)
    return codec


def writing_codec(name: str) -> str:
    """The codec the writer encodes a catalogue in: the policy's, else UTF-8.  Every file the reader
    accepted has a name the policy accepts; only a catalogue made in memory can carry another (a
    merge takes the name from the header's text, where an escape can spell "charset=")."""
    codec, _reason = _codec_or_reason(name)
    return codec if codec is not None else "utf-8"


def refusal(name: str) -> str | None:
    """Why the policy refuses a charset name (None when it accepts it): for checks that report, not raise."""
    return _codec_or_reason(name)[1]
