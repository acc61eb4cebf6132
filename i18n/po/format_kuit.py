"""KDE KUIT format strings (format-kde-kuit.c, GNU gettext 0.21): KDE's %1 ... %99 directives in
text that must be a well-formed XML fragment, such as `<filename>%1</filename> is missing`.

GNU wraps the string in `<gt:kuit xmlns:gt="...">...</gt:kuit>`, writes every `&` that does not
start a character reference as `&amp;` (a Qt accelerator, `&Open`), and hands it to
libxml2; an error's reason is libxml2's own message. msgfmt is linked with libxml2, so the same
library is asked here, and its messages come out word for word. On a system without libxml2 the
Python standard library's expat decides instead: the same verdict on well-formedness, in expat's
words.
"""

from __future__ import annotations

import functools
import re

from i18n.po.format_error import FormatError

_NAMESPACE = "https://www.gnu.org/s/gettext/kde"
_OPEN = f'<gt:kuit xmlns:gt="{_NAMESPACE}">'
_CLOSE = "</gt:kuit>"
# xmlParserOption: XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOBLANKS | XML_PARSE_NONET.
_PARSE_OPTIONS = 32 | 64 | 256 | 2048

# is_reference(): only a character reference is kept as one. GNU's test for an entity reference
# (`&lt;`) reads name characters to the end of the string and fails at the first other one, ';'
# included, so every entity reference is escaped as text.
_CHARACTER_REFERENCE = re.compile(r"&#(?:x[0-9A-Fa-f]*|[0-9]+);")


def kuit_markup_problem(text: str) -> str | None:
    """Why GNU's libxml2 finds the KUIT text no well-formed fragment, or None when it is one."""
    text = text.split("\0", 1)[0]  # GNU hands libxml2 a C string
    escaped = []
    position = 0
    while (ampersand := text.find("&", position)) >= 0:
        escaped.append(text[position:ampersand])
        escaped.append("&" if _CHARACTER_REFERENCE.match(text, ampersand) else "&amp;")
        position = ampersand + 1
    escaped.append(text[position:])
    document = (_OPEN + "".join(escaped) + _CLOSE).encode("utf-8", "surrogateescape")
    libxml2 = _libxml2()
    return _libxml2_problem(libxml2, document) if libxml2 is not None else _expat_problem(document)


def _libxml2_problem(libxml2, document: bytes) -> str | None:
    libxml2.xmlResetLastError()
    tree = libxml2.xmlReadMemory(document, len(document), b"", None, _PARSE_OPTIONS)
    if tree:
        libxml2.xmlFreeDoc(tree)
        return None
    error = libxml2.xmlGetLastError()
    message = error.contents.message if error else None
    return message.decode("utf-8", "replace").rstrip("\n") if message else ""


def _expat_problem(document: bytes) -> str | None:
    import xml.parsers.expat

    parser = xml.parsers.expat.ParserCreate()
    try:
        parser.Parse(document, True)
    except xml.parsers.expat.ExpatError as error:
        return xml.parsers.expat.ErrorString(error.code)
    return None


@functools.cache
def _libxml2():
    """libxml2 through ctypes, or None; ctypes is imported only here, when a KUIT string is first
    checked (with ctypes.util it costs every `factsheet check` 10 ms of start-up)."""
    import ctypes
    import ctypes.util

    class _XmlError(ctypes.Structure):
        # The head of libxml2's struct _xmlError, as far as its message.
        _fields_ = [("domain", ctypes.c_int), ("code", ctypes.c_int), ("message", ctypes.c_char_p)]

    # The soname first: find_library runs ldconfig or a compiler to search.
    for name in ("libxml2.so.2", "find"):
        try:
            library = ctypes.CDLL(ctypes.util.find_library("xml2") if name == "find" else name)
            library.xmlReadMemory.restype = ctypes.c_void_p
            library.xmlReadMemory.argtypes = [ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_char_p,
                                              ctypes.c_int]
            library.xmlFreeDoc.argtypes = [ctypes.c_void_p]
            library.xmlGetLastError.restype = ctypes.POINTER(_XmlError)
            library.xmlResetLastError.restype = None
            return library
        except (OSError, AttributeError, TypeError):
            continue
    return None


def parse_kde_kuit(text: str, parse_kde) -> tuple[list[int], list[tuple[int, int]]]:
    """format-kde-kuit.c: the markup first, then KDE's directives (`parse_kde`)."""
    problem = kuit_markup_problem(text)
    if problem is not None:
        raise FormatError(f"error while parsing: {problem}", [])
    return parse_kde(text)
