"""The project's fact sheets: one per `<data>/<slug>.toml`, each naming the template that writes it.

A sheet is its data file: the figures the sheet shows (typed once, formatted per locale by the
template's filters) and an optional `[sheet]` table whose `template` names the template under the
templates folder (default `sheets/<slug>.j2`). Adding a sheet is adding a data file and a template;
no code changes.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from i18n.errors import InputError, display_path, not_utf8

SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")
TOML_POSITION = re.compile(r"\(at line (\d+), column \d+\)")
TEMPLATE_KEY = re.compile(r"^\s*template\s*=")
TABLE_HEADER = re.compile(r"^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$")
KEY_ASSIGNMENT = re.compile(r"^\s*((?:\"[^\"]*\"|'[^']*'|[A-Za-z0-9_-]+)(?:\s*\.\s*(?:\"[^\"]*\"|'[^']*'|[A-Za-z0-9_-]+))*)\s*=")
DOTTED_PART = re.compile(r"\"[^\"]*\"|'[^']*'|[A-Za-z0-9_-]+")


@dataclass(frozen=True)
class Sheet:
    slug: str
    # The template's name for the Jinja loader, relative to the templates folder, '/'-separated.
    template: str
    data_path: Path
    # The data file's tables and values, read-only (tables as mappings, arrays as tuples).
    data: Mapping[str, Any]
    # Line of the `template =` setting in the data file, to point at it when the template is missing.
    template_line: int | None = None


def discover_sheets(data_dir: Path) -> tuple[Sheet, ...]:
    """Every sheet of the project, by slug; an InputError if there is none or a data file is bad."""
    if not data_dir.is_dir():
        raise InputError("data folder not found", display_path(data_dir))
    sheets = tuple(load_sheet(path) for path in sorted(data_dir.glob("*.toml")))
    if not sheets:
        raise InputError("no fact sheet: the data folder holds no <slug>.toml file", display_path(data_dir))
    return sheets


def load_sheet(path: Path) -> Sheet:
    slug = path.stem
    if not SLUG.match(slug):
        raise InputError(
            "a sheet's data file is named <slug>.toml with lower-case letters, digits and hyphens", display_path(path)
        )
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise not_utf8(error, path) from None
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror}", display_path(path)) from None
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message, line = _toml_error(error)
        raise InputError(f"invalid TOML: {message}", display_path(path), line) from None

    settings = document.pop("sheet", {})
    if not isinstance(settings, dict):
        raise InputError("`sheet` must be a table: [sheet] template = \"sheets/<slug>.j2\"", display_path(path))
    unknown = sorted(set(settings) - {"template"})
    if unknown:
        raise InputError(f"unknown [sheet] setting {unknown[0]!r}", display_path(path), _line_of(text, re.compile(rf"^\s*{re.escape(unknown[0])}\s*=")))
    template = settings.get("template", f"sheets/{slug}.j2")
    template_line = _line_of(text, TEMPLATE_KEY)
    if not isinstance(template, str) or not template or template.startswith("/") or ".." in template.split("/"):
        raise InputError("[sheet] template must be a path inside the templates folder", display_path(path), template_line)
    return Sheet(slug=slug, template=template, data_path=path, data=_frozen(document), template_line=template_line)


def key_path_of(data: Mapping[str, Any], value: Any) -> tuple[str | int, ...] | None:
    """Where in the data (as keys and array indexes) this very object is, or None."""
    if isinstance(data, Mapping):
        items = data.items()
    elif isinstance(data, tuple):
        items = enumerate(data)
    else:
        return None
    for key, item in items:
        if item is value:
            return (key,)
        inner = key_path_of(item, value)
        if inner is not None:
            return (key, *inner)
    return None


def key_line(data_path: Path, key_path: tuple[str | int, ...]) -> int | None:
    """The line that sets `key_path` in the data file (under its [table] header, or as a dotted key);
    for an array's item, the line of the array."""
    names = tuple(str(part) for part in key_path[: next((i for i, p in enumerate(key_path) if isinstance(p, int)), len(key_path))])
    try:
        lines = data_path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    table: tuple[str, ...] = ()
    for number, line in enumerate(lines, start=1):
        header = TABLE_HEADER.match(line)
        if header:
            table = _dotted(header.group(1))
            continue
        assignment = KEY_ASSIGNMENT.match(line)
        if assignment and table + _dotted(assignment.group(1)) == names:
            return number
    return None


def _dotted(key: str) -> tuple[str, ...]:
    return tuple(part.strip().strip("\"'") for part in DOTTED_PART.findall(key))


def _frozen(value: Any) -> Any:
    if isinstance(value, dict):
        return MappingProxyType({key: _frozen(item) for key, item in value.items()})
    if isinstance(value, list):
        return tuple(_frozen(item) for item in value)
    return value


def _toml_error(error: tomllib.TOMLDecodeError) -> tuple[str, int | None]:
    # Python 3.11's TOMLDecodeError keeps the position only in its message: "... (at line 3, column 7)".
    text = str(error)
    found = TOML_POSITION.search(text)
    if found is None:
        return text, None
    return text[: found.start()].rstrip(), int(found.group(1))


def _line_of(text: str, pattern: re.Pattern) -> int | None:
    for number, line in enumerate(text.splitlines(), start=1):
        if pattern.match(line):
            return number
    return None
