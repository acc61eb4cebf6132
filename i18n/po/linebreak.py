"""Where GNU msgcat may break a PO string: Unicode line breaking with libunistring's rules.

GNU gettext wraps strings with libunistring's `ulc_width_linebreaks_v2` (UAX #14 break
opportunities, East Asian widths that depend on the file's charset).  Reproducing its exact tables
by hand drifts with every Unicode version, so when the system's libunistring is present (it is
wherever GNU gettext is) the break positions come from that same function; otherwise an
approximation in Python is used (breaks after spaces and hyphens, wide East Asian characters).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import unicodedata


_CJK_ENCODINGS = frozenset({
    "EUC-JP", "EUC-KR", "EUC-TW", "GB2312", "GBK", "GB18030", "BIG5", "BIG5-HKSCS", "CP949",
    "JOHAB", "SHIFT_JIS", "CP932", "CP936", "CP950",
})


def _load_libunistring():
    for name in ("libunistring.so.2", "libunistring.so.5", ctypes.util.find_library("unistring")):
        if not name:
            continue
        try:
            library = ctypes.CDLL(name)
        except OSError:
            continue
        function = getattr(library, "u8_width_linebreaks_v2", None) or getattr(library, "u8_width_linebreaks", None)
        if function is None:
            continue
        function.restype = ctypes.c_int
        function.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_int, ctypes.c_int,
                             ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p]
        return function
    return None


_u8_width_linebreaks = _load_libunistring()


def break_points(data: bytes, overrides: bytes, width: int, start_column: int, encoding: str) -> list[int]:
    """Byte offsets in UTF-8 `data` before which a line breaks, as ulc_width_linebreaks decides.

    `width` and `start_column` are as GNU's wrap() passes them; a byte 1 in `overrides` forbids a
    break before that byte (inside an escape sequence).
    """
    if _u8_width_linebreaks is not None:
        result = _result_buffer(len(data) or 1)
        _u8_width_linebreaks(data, len(data), width, start_column, 0, overrides,
                             encoding.encode("ascii", "replace"), result)
        raw = ctypes.string_at(result, len(data))
        breaks = []
        position = raw.find(b"\x02")
        while position != -1:
            breaks.append(position)
            position = raw.find(b"\x02", position + 1)
        return breaks
    return _python_break_points(data, overrides, width, start_column, encoding)


_buffer = ctypes.create_string_buffer(4096)


def _result_buffer(size: int):
    """One buffer for every call (allocating one per string was a tenth of a large file's writing),
    grown when a string is longer."""
    global _buffer
    if len(_buffer) < size:
        _buffer = ctypes.create_string_buffer(size)
    return _buffer


def char_width(char: str, encoding: str) -> int:
    """Columns a character takes, as uc_width counts them."""
    if char < "\u0300":
        return 1
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    east_asian = unicodedata.east_asian_width(char)
    if east_asian in ("W", "F"):
        return 2
    if east_asian == "A" and encoding.upper() in _CJK_ENCODINGS:
        return 2
    return 1


def _python_break_points(data, overrides, width, start_column, encoding):
    """An approximation of UAX #14: a break is possible after spaces, after a hyphen before a
    letter, and around wide (ideographic) characters."""
    text = data.decode("utf-8")
    offsets = []
    prohibited = []
    offset = 0
    for char in text:
        offsets.append(offset)
        prohibited.append(bool(overrides[offset]))
        offset += len(char.encode("utf-8"))
    possible = []
    previous = ""
    for index, char in enumerate(text):
        allowed = False
        if index > 0 and not prohibited[index] and char != " ":
            if previous == " ":
                allowed = True
            elif previous == "-" and char.isalpha():
                allowed = True
            elif char_width(char, encoding) == 2 or char_width(previous, encoding) == 2:
                allowed = char not in "\u3001\u3002\uff0c\uff0e\uff09\u300d" and previous not in "\uff08\u300c"
        possible.append(allowed)
        previous = char
    breaks = []
    last_break = None
    last_column = start_column
    piece_width = 0
    for index, char in enumerate(text):
        if possible[index]:
            if last_break is not None and last_column + piece_width > width:
                breaks.append(offsets[last_break])
                last_column = 0
            last_break = index
            last_column += piece_width
            piece_width = 0
        piece_width += char_width(char, encoding)
    if last_break is not None and last_column + piece_width > width:
        breaks.append(offsets[last_break])
    return breaks
