"""Formatting check findings: compiler-style text lines and the JSON document. Pure: strings out."""

from __future__ import annotations

from collections import Counter

from i18n.checks.base import Finding, Severity
from i18n.checks.runner import CheckReport

SEVERITIES = tuple(severity.value for severity in Severity)


# Characters a reader cannot tell from a plain space (or cannot see at all), shown as a mark.
_INVISIBLE = {"\u00a0": "␣", "\u202f": "␣", "\u2009": "␣", "\u2007": "␣", "\u200b": "⸱", "\u2060": "⸱",
              "\u200e": "⸱", "\u200f": "⸱", "\u00ad": "⸱", "\t": "⇥"}


def visible(text: str) -> str:
    """The text with invisible characters marked, and their code points named after it:
    "262\u202f000" -> "262␣000 (U+202F)", so that a suggestion never looks like the wrong text."""
    found = sorted({character for character in text if character in _INVISIBLE})
    if not found:
        return text
    marked = "".join(_INVISIBLE.get(character, character) for character in text)
    return f"{marked} ({', '.join(f'U+{ord(character):04X}' for character in found)})"


def finding_to_dict(item: Finding) -> dict:
    return {
        "path": item.path,
        "line": item.line,
        "msgctxt": item.msgctxt,
        "msgid": item.msgid,
        "form": item.form,
        "check": item.check,
        "code": item.code,
        "severity": item.severity.value,
        "message": item.message,
        "subject": item.subject,
        "suggestion": item.suggestion,
        "suggestion_visible": visible(item.suggestion) if item.suggestion is not None else None,
        "fixable": item.fixable,
        "places": len(item.covers) if item.covers else None,
        "fix": [{"start": edit.start, "end": edit.end, "old": edit.old, "new": edit.new} for edit in item.fix or ()],
    }


def summary(report: CheckReport) -> dict:
    by_severity = Counter(item.severity.value for item in report.findings)
    by_check = Counter(item.check for item in report.findings)
    return {
        "files": len(report.files),
        "entries": report.entries,
        "findings": len(report.findings),
        "by_severity": {severity: by_severity.get(severity, 0) for severity in SEVERITIES},
        "by_check": dict(sorted(by_check.items())),
        "fixable": sum(1 for item in report.findings if item.fixable),
        "unreadable": len(report.failures),
    }


def format_json(report: CheckReport) -> str:
    import json  # not needed by the default text output

    document = {
        "findings": [finding_to_dict(item) for item in report.findings],
        "summary": summary(report),
        "failures": [{"path": failure.path, "line": failure.line, "message": failure.message}
                     for failure in report.failures],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def format_finding(item: Finding) -> str:
    """`path:line: severity: message [name]`, as compilers and linters print a diagnostic; `[*]`
    after the name marks a finding `--fix` fixes."""
    where = f"{item.path}:{item.line}" if item.line else item.path
    message = item.message
    if item.suggestion and item.suggestion in message:
        message = message.replace(item.suggestion, visible(item.suggestion))
    elif item.suggestion:
        label = "fix: " if item.fixable else ""
        message = f"{message} ({label}{visible(item.suggestion)})"
    return f"{where}: {item.severity.value}: {message} [{item.check}]{' [*]' if item.fixable else ''}"


def format_summary_line(report: CheckReport) -> str:
    counts = summary(report)["by_severity"]
    parts = [f"{counts[severity]} {severity}{'s' if counts[severity] != 1 else ''}" for severity in SEVERITIES]
    files = len(report.files)
    fixable = sum(1 for item in report.findings if item.fixable)
    fixes = f"; {fixable} fixable with --fix [*]" if fixable else ""
    return f"{', '.join(parts)} in {files} file{'s' if files != 1 else ''} ({report.entries} entries checked){fixes}"


def format_text(report: CheckReport) -> str:
    lines = [format_finding(item) for item in report.findings]
    lines.append(format_summary_line(report))
    return "\n".join(lines) + "\n"


def format_check_table(checks) -> str:
    """The code table: code, name, severity, description, one check a line."""
    return "".join(f"{check.code}  {check.name:<28} {check.severity.value:<8} {check.description}\n"
                   for check in checks)
