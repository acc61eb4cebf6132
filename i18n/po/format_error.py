"""The one error every format-string grammar raises (format_directives and the grammar modules it
registers share it)."""

from __future__ import annotations


class FormatError(ValueError):
    """Not a valid format string of its language; the message is GNU's reason (may be empty), and
    `spans` holds the directives found before the error."""

    def __init__(self, reason: str, spans: list[tuple[int, int]]):
        super().__init__(reason)
        self.spans = spans
