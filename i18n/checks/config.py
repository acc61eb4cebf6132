"""`[tool.factsheet.check]`: how a team runs the checks, read like a linter's settings.

    [tool.factsheet.check]
    select = ["N", "P", "T"]            # codes, code prefixes, names or groups (default: all)
    ignore = ["nbsp-in-number"]
    spacing = "imprimerie-nationale"    # full | narrow | imprimerie-nationale | plain
    [tool.factsheet.check.per-file-ignores]
    "locales/ja/**/*.po" = ["T"]
    [tool.factsheet.check.severity]
    untranslated = "warning"            # a check's name or code -> error | warning | info

The table is found in the nearest pyproject.toml above the folder `check` runs in, both for the
project and for PO files of any gettext project given as paths. A catalogue may also declare its
own spacing in its header (`X-Typography-Spacing: plain`, for one written for terminals), which
wins over the setting. Unknown keys, checks and values are errors that name their line.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace
from pathlib import Path

from i18n.checks.base import Finding, Severity
from i18n.errors import ConfigError
from i18n.pyproject import nearest_factsheet_table

SPACINGS = ("full", "narrow", "imprimerie-nationale", "plain")
HEADER_SPACING_FIELD = "X-Typography-Spacing"
_KEYS = ("select", "ignore", "per-file-ignores", "severity", "spacing")


@dataclass(frozen=True)
class CheckConfig:
    # Check names to run (None: all) and to skip.
    select: frozenset[str] | None = None
    ignore: frozenset[str] = frozenset()
    # (glob pattern relative to `root`, check names) in the order written.
    per_file_ignores: tuple[tuple[str, frozenset[str]], ...] = ()
    severity: tuple[tuple[str, Severity], ...] = ()
    spacing: str = "full"
    root: Path | None = None
    source: Path | None = None

    def ignored_in(self, path: str) -> frozenset[str]:
        """The check names that per-file-ignores turn off for `path`."""
        if not self.per_file_ignores:
            return frozenset()
        candidates = {path.replace(os.sep, "/")}
        if self.root is not None:
            relative = os.path.relpath(os.path.abspath(path), self.root)
            if not relative.startswith(os.pardir):
                candidates.add(relative.replace(os.sep, "/"))
        names: set[str] = set()
        for pattern, checks in self.per_file_ignores:
            if any(_matches(candidate, pattern) for candidate in candidates):
                names |= checks
        return frozenset(names)

    def apply(self, findings: tuple[Finding, ...]) -> tuple[Finding, ...]:
        """The findings with per-file ignores dropped and severities overridden."""
        if not self.per_file_ignores and not self.severity:
            return findings
        overrides = dict(self.severity)
        ignored_by_path: dict[str, frozenset[str]] = {}
        kept = []
        for item in findings:
            ignored = ignored_by_path.get(item.path)
            if ignored is None:
                ignored = ignored_by_path[item.path] = self.ignored_in(item.path)
            if item.check in ignored:
                continue
            severity = overrides.get(item.check)
            kept.append(replace(item, severity=severity) if severity is not None and severity != item.severity else item)
        return tuple(kept)


def _matches(path: str, pattern: str) -> bool:
    import fnmatch

    # `**/` also matches no folder at all, as in .gitignore and ruff.
    return fnmatch.fnmatchcase(path, pattern) or ("**/" in pattern and fnmatch.fnmatchcase(path, pattern.replace("**/", "")))


def load_check_config(start: Path | None = None) -> CheckConfig:
    """The settings of the nearest [tool.factsheet.check] above `start` (the working folder), or the defaults."""
    start = (start or Path.cwd()).resolve()
    found = nearest_factsheet_table(start, lambda table: isinstance(table, dict) and "check" in table)
    if found is None:
        return CheckConfig()
    path, table = found
    return config_from_table(table["check"], path)


def config_from_table(table, path: Path) -> CheckConfig:
    from i18n.checks.registry import BY_CODE, BY_NAME, resolve

    text = path.read_text(encoding="utf-8", errors="replace")
    where = str(path)

    def fail(message: str, key: str) -> None:
        raise ConfigError(f"[tool.factsheet.check] {message}", where, line_of_key(text, key))

    if not isinstance(table, dict):
        raise ConfigError("[tool.factsheet.check] must be a table", where, line_of_key(text, "check"))
    for key in table:
        if key not in _KEYS:
            fail(f"unknown setting {key!r} (known: {', '.join(_KEYS)})", key)

    def selectors(key: str, value) -> frozenset[str]:
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            fail(f"{key} must be a list of check codes, prefixes, names or groups", key)
        try:
            return resolve(value)
        except ValueError as error:
            unknown = str(error).split("'")[1] if "'" in str(error) else key
            raise ConfigError(f"[tool.factsheet.check] {key}: {error}", where,
                              line_of_key(text, key, value=unknown)) from None

    select = selectors("select", table["select"]) if "select" in table else None
    ignore = selectors("ignore", table["ignore"]) if "ignore" in table else frozenset()
    per_file = []
    if "per-file-ignores" in table:
        value = table["per-file-ignores"]
        if not isinstance(value, dict):
            fail("per-file-ignores must be a table of glob = [checks]", "per-file-ignores")
        for pattern, checks in value.items():
            per_file.append((pattern, selectors(pattern, checks)))
    severity = []
    if "severity" in table:
        value = table["severity"]
        if not isinstance(value, dict):
            fail("severity must be a table of check = \"error\" | \"warning\" | \"info\"", "severity")
        for name, level in value.items():
            check = BY_NAME.get(name) or BY_CODE.get(name.upper())
            if check is None:
                fail(f"severity: unknown check {name!r}", name)
            if level not in ("error", "warning", "info"):
                fail(f"severity of {name} must be \"error\", \"warning\" or \"info\", not {level!r}", name)
            severity.append((check.name, Severity(level)))
    spacing = table.get("spacing", "full")
    if spacing not in SPACINGS:
        fail(f"spacing must be one of {', '.join(SPACINGS)}, not {spacing!r}", "spacing")
    return CheckConfig(select, ignore, tuple(per_file), tuple(severity), spacing, path.parent, path)


def line_of_key(text: str, key: str, value: str | None = None) -> int | None:
    """The line where `key` is set (tomllib gives no positions): a `key =` line, or a `[...key]`
    table header; with `value`, the line under the key's setting that holds that string."""
    quoted = re.escape(key)
    assignment = re.compile(rf'^\s*(?:"{quoted}"|\'{quoted}\'|{quoted})\s*=', re.M)
    header = re.compile(rf'^\s*\[+[^\]]*\b{quoted}\s*\]+', re.M)
    in_table = text.find("[tool.factsheet.check")
    best = None
    for pattern in (assignment, header):
        match = pattern.search(text, max(in_table, 0)) or pattern.search(text)
        if match is not None:
            best = match
            break
    if best is None:
        return None
    line = text.count("\n", 0, best.start()) + 1
    if value is not None:
        found = re.compile(rf'["\']{re.escape(value)}["\']').search(text, best.start())
        if found is not None:
            return text.count("\n", 0, found.start()) + 1
    return line
