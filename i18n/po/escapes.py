"""The escapes of a PO string: the letter after a backslash and the character it stands for, as
GNU gettext reads (po-lex.c) and writes them (write-po.c). Octal and hex escapes are the reader's."""

from __future__ import annotations

BY_LETTER = {"n": "\n", "t": "\t", "b": "\b", "r": "\r", "f": "\f", "v": "\v", "a": "\a", "\\": "\\", '"': '"'}
# The characters the writer escapes, each with its escape.
WRITTEN = {character: "\\" + letter for letter, character in BY_LETTER.items()}
