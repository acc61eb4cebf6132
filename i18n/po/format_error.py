"""The one error every format-string grammar raises (format_directives and the grammar modules it
registers share it), and the reasons GNU words the same way in every grammar."""

from __future__ import annotations


class FormatError(ValueError):
    """Not a valid format string of its language; the message is GNU's reason (may be empty), and
    `spans` holds the directives found before the error."""

    def __init__(self, reason: str, spans: list[tuple[int, int]]):
        super().__init__(reason)
        self.spans = spans


def invalid_conversion(directive: int, character: str) -> str:
    """GNU's INVALID_CONVERSION_SPECIFIER: the character is named only when it is printable ASCII."""
    if character.isascii() and character.isprintable():
        return f"In the directive number {directive}, the character '{character}' is not a valid conversion specifier."
    return f"The character that terminates the directive number {directive} is not a valid conversion specifier."
