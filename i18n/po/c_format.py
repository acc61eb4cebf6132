"""C printf format strings exactly as GNU gettext 0.21 parses them (format-c-parse.h).

One owner for the grammar that both `msgfmt -c`'s c-format check and the .mo writer's
system-dependent strings need: the argument types a string consumes, whether it is valid at all,
and where its ISO C 99 <inttypes.h> directives (`%<PRIu64>`) and glibc `I` flags are, which a .mo
stores as segments the C library fills in at run time.

The parser walks the text character by character as GNU's does; the .mo writer hands it bytes
decoded as Latin-1 so that positions are byte offsets.
"""

from __future__ import annotations

from dataclasses import dataclass

from i18n.po.format_error import invalid_conversion

# Argument types as bit sets, as in format-c-parse.h: two strings agree when the sets are equal.
INTEGER, DOUBLE, CHAR, STRING, OBJC_OBJECT, POINTER, COUNT_POINTER = 1, 2, 3, 4, 5, 6, 7
UNSIGNED = 1 << 3
SIZE_SHORT, SIZE_CHAR, SIZE_LONG, SIZE_LONGLONG = 1 << 4, 2 << 4, 1 << 6, 2 << 6
_SIZE_BITS = {
    "8": 1 << 8, "16": 1 << 9, "32": 1 << 10, "64": 1 << 11,
    "LEAST8": 1 << 12, "LEAST16": 1 << 13, "LEAST32": 1 << 14, "LEAST64": 1 << 15,
    "FAST8": 1 << 16, "FAST16": 1 << 17, "FAST32": 1 << 18, "FAST64": 1 << 19,
    "MAX": 1 << 20, "PTR": 1 << 21,
}
SIZE_INTMAX, SIZE_SIZE_T, SIZE_PTRDIFF = 1 << 20, 1 << 22, 1 << 23
_SIZE_MASK = SIZE_SHORT | SIZE_CHAR | SIZE_LONG | SIZE_LONGLONG | SIZE_SIZE_T | SIZE_PTRDIFF
for _bit in _SIZE_BITS.values():
    _SIZE_MASK |= _bit
_WIDE = SIZE_LONG
_FLAGS = " +-#0'"


class CFormatError(ValueError):
    """Not a valid C format string; the message is GNU's reason, word for word."""


@dataclass(frozen=True)
class CFormat:
    directives: int
    # The type of each argument the string consumes, in argument order.
    arguments: tuple[int, ...]
    # (start, end) of each system-dependent part: "<PRIu64>" with its brackets, or an "I" flag.
    sysdep: tuple[tuple[int, int], ...]


def parse_c_format(text: str, *, translated: bool, objc: bool = False) -> CFormat:
    """Parse as GNU does; raise CFormatError with GNU's reason when the string is not valid."""
    parser = _Parser(text, translated, objc)
    return parser.parse()


def directive_spans(text: str, *, translated: bool, objc: bool = False) -> list[tuple[int, int]]:
    """(first, last) character of each directive GNU recognised before any error (msgcat never
    breaks a line inside one)."""
    parser = _Parser(text, translated, objc)
    try:
        parser.parse()
    except CFormatError:
        pass
    return parser.spans


def sysdep_directives(text: str, *, translated: bool) -> tuple[tuple[int, int], ...]:
    """write-mo.c's view: the system-dependent parts of a valid string (with ObjC extensions), else none."""
    try:
        return parse_c_format(text, translated=translated, objc=True).sysdep
    except CFormatError:
        return ()


class _Parser:
    def __init__(self, text: str, translated: bool, objc: bool) -> None:
        # A NUL stands for C's end of string, so that look-ahead never runs off the text.
        self.text = text + "\0"
        self.translated = translated
        self.objc = objc
        self.directives = 0
        self.numbered: list[tuple[int, int]] = []
        self.unnumbered: list[int] = []
        self.sysdep: list[tuple[int, int]] = []
        # (position of '%', position of the conversion character) of each complete directive.
        self.spans: list[tuple[int, int]] = []

    def parse(self) -> CFormat:
        text = self.text
        position = 0
        while text[position] != "\0":
            if text[position] != "%":
                position += 1
                continue
            end = self._directive(position + 1)
            self.spans.append((position, end - 1))
            position = end
        return CFormat(self.directives, self._arguments(), tuple(self.sysdep))

    def _number_then_dollar(self, position: int) -> tuple[int, int]:
        """(m, position after "m$") when digits and a '$' follow; (0, position) otherwise."""
        text = self.text
        end = position
        while text[end].isascii() and text[end].isdigit():
            end += 1
        if end > position and text[end] == "$":
            return int(text[position:end]), end + 1
        return 0, position

    def _add(self, number: int, argument_type: int) -> None:
        if number:
            if self.unnumbered:
                raise CFormatError(_MIXES)
            self.numbered.append((number, argument_type))
        else:
            if self.numbered:
                raise CFormatError(_MIXES)
            self.unnumbered.append(argument_type)

    def _directive(self, position: int) -> int:
        text = self.text
        self.directives += 1
        directive = self.directives
        number, after = self._number_then_dollar(position)
        if after != position and number == 0:
            raise CFormatError(f"In the directive number {directive}, the argument number 0 is not a positive integer.")
        position = after
        while True:
            if text[position] in _FLAGS and text[position] != "\0":
                position += 1
            elif self.translated and text[position] == "I":
                self.sysdep.append((position, position + 1))
                position += 1
            else:
                break
        position = self._width_or_precision(position, directive, "width")
        if text[position] == ".":
            position = self._width_or_precision(position + 1, directive, "precision")
        if text[position] == "<":
            return self._inttypes_macro(position, number, directive)
        size = 0
        while True:
            char = text[position]
            if char == "h":
                size = SIZE_CHAR if size & (SIZE_SHORT | SIZE_CHAR) else SIZE_SHORT
            elif char == "l":
                size = SIZE_LONGLONG if size & (SIZE_LONG | SIZE_LONGLONG) else SIZE_LONG
            elif char in "Lq":
                size = SIZE_LONGLONG
            elif char == "j":
                size = SIZE_INTMAX
            elif char in "zZ":
                size = SIZE_SIZE_T
            elif char == "t":
                size = SIZE_PTRDIFF
            else:
                break
            position += 1
        char = text[position]
        wide = _WIDE if size & (SIZE_LONG | SIZE_LONGLONG) else 0
        if char in "%m":
            argument_type = 0
        elif char == "c":
            argument_type = CHAR | wide
        elif char == "C":
            argument_type = CHAR | _WIDE
        elif char == "s":
            argument_type = STRING | wide
        elif char == "S":
            argument_type = STRING | _WIDE
        elif char in "id":
            argument_type = INTEGER | (size & _SIZE_MASK)
        elif char in "ouxX":
            argument_type = INTEGER | UNSIGNED | (size & _SIZE_MASK)
        elif char in "eEfFgGaA":
            argument_type = DOUBLE | (size & SIZE_LONGLONG)
        elif char == "@" and self.objc:
            argument_type = OBJC_OBJECT
        elif char == "p":
            argument_type = POINTER
        elif char == "n":
            argument_type = COUNT_POINTER | (size & _SIZE_MASK)
        elif char == "\0":
            raise CFormatError("The string ends in the middle of a directive.")
        else:
            raise CFormatError(invalid_conversion(directive, char))
        if argument_type:
            self._add(number, argument_type)
        return position + 1

    def _width_or_precision(self, position: int, directive: int, part: str) -> int:
        text = self.text
        if text[position] == "*":
            position += 1
            number, after = self._number_then_dollar(position)
            if after != position and number == 0:
                raise CFormatError(
                    f"In the directive number {directive}, the {part}'s argument number 0 is not a positive integer."
                )
            self._add(number, INTEGER)
            return after
        while text[position].isascii() and text[position].isdigit():
            position += 1
        return position

    def _inttypes_macro(self, start: int, number: int, directive: int) -> int:
        # P R I { d | i | o | u | x | X } { { | LEAST | FAST } { 8 | 16 | 32 | 64 } | MAX | PTR }
        text = self.text
        position = start + 1
        bad_macro = (
            f"In the directive number {directive}, the token after '<' is not the name of a format "
            "specifier macro. The valid macro names are listed in ISO C 99 section 7.8.1."
        )
        if not text.startswith("PRI", position):
            raise CFormatError(bad_macro)
        position += 3
        conversion = text[position]
        if conversion in "id":
            argument_type = INTEGER
        elif conversion in "ouxX":
            argument_type = INTEGER | UNSIGNED
        else:
            raise CFormatError(bad_macro)
        position += 1
        for name in ("MAX", "PTR", "LEAST8", "LEAST16", "LEAST32", "LEAST64",
                     "FAST8", "FAST16", "FAST32", "FAST64", "8", "16", "32", "64"):
            if text.startswith(name, position):
                argument_type |= _SIZE_BITS[name]
                position += len(name)
                break
        else:
            raise CFormatError(bad_macro)
        if text[position] != ">":
            raise CFormatError(f"In the directive number {directive}, the token after '<' is not followed by '>'.")
        self.sysdep.append((start, position + 1))
        self._add(number, argument_type)
        return position + 1

    def _arguments(self) -> tuple[int, ...]:
        if not self.numbered:
            return tuple(self.unnumbered)
        by_number: dict[int, int] = {}
        for number, argument_type in sorted(self.numbered, key=lambda pair: pair[0]):
            if by_number.setdefault(number, argument_type) != argument_type:
                raise CFormatError(f"The string refers to argument number {number} in incompatible ways.")
        for expected, number in enumerate(sorted(by_number), start=1):
            if number != expected:
                raise CFormatError(
                    f"The string refers to argument number {number} but ignores argument number {expected}."
                )
        return tuple(by_number[number] for number in sorted(by_number))


_MIXES = (
    "The string refers to arguments both through absolute argument numbers and through unnumbered "
    "argument specifications."
)
