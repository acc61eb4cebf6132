"""The one exception family the core raises; the CLI turns each into a one-line message and an exit code."""

from __future__ import annotations

import os


class FactsheetError(Exception):
    """An operation failed (exit 1). `path` and `line` locate the cause when there is one."""

    exit_code = 1

    def __init__(self, message: str, path: str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __str__(self) -> str:
        if self.path is None:
            return self.message
        if self.line is None:
            return f"{self.path}: {self.message}"
        return f"{self.path}:{self.line}: {self.message}"

    def lines(self) -> list[str]:
        """What the CLI prints, one line each."""
        return [str(self)]


class ManyErrors(FactsheetError):
    """Several errors in one file, each at its own line, and what they stopped (exit 1)."""

    def __init__(self, errors: list[FactsheetError], outcome: str, path: str | None = None):
        first = errors[0]
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        super().__init__(f"{first.message}{more}; {outcome}", first.path, first.line)
        self.errors = errors
        self.summary = FactsheetError(f"{len(errors)} error{'s' if len(errors) > 1 else ''}; {outcome}", path)

    def lines(self) -> list[str]:
        if len(self.errors) == 1:
            return [str(self)]
        return [str(error) for error in self.errors] + [str(self.summary)]


class InputError(FactsheetError):
    """Bad arguments or input that cannot be read: a malformed file, an unknown locale (exit 2)."""

    exit_code = 2


class ConfigError(InputError):
    """A missing or invalid `[tool.factsheet]` setting."""


def display_path(path) -> str | None:
    """A path as the user would type it: relative to the working folder when inside it, else as is."""
    if path is None:
        return None
    try:
        relative = os.path.relpath(path)
    except ValueError:
        return str(path)
    return str(path) if relative.startswith("..") else relative


def not_utf8(error: UnicodeDecodeError, path) -> InputError:
    """A file that is not UTF-8, at the line of its first bad byte."""
    data = error.object if isinstance(error.object, (bytes, bytearray)) else b""
    line = data[: error.start].count(b"\n") + 1 if data else None
    byte = f" (byte 0x{data[error.start]:02x})" if error.start < len(data) else ""
    return InputError(f"not UTF-8: {error.reason}{byte}", display_path(path), line)
