"""Formatting check findings: compiler-style text lines and the JSON document. Pure: strings out."""

from __future__ import annotations

from collections import Counter

from i18n.checks.base import Finding, Severity
from i18n.checks.runner import CheckReport

SEVERITIES = tuple(severity.value for severity in Severity)


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
    """`path:line: severity: message [name]`, as compilers and linters print a diagnostic."""
    where = f"{item.path}:{item.line}" if item.line else item.path
    message = item.message
    if item.suggestion and item.suggestion not in message:
        message = f"{message} ({item.suggestion})"
    return f"{where}: {item.severity.value}: {message} [{item.check}]"


def format_summary_line(report: CheckReport) -> str:
    counts = summary(report)["by_severity"]
    parts = [f"{counts[severity]} {severity}{'s' if counts[severity] != 1 else ''}" for severity in SEVERITIES]
    files = len(report.files)
    return f"{', '.join(parts)} in {files} file{'s' if files != 1 else ''} ({report.entries} entries checked)"


def format_text(report: CheckReport) -> str:
    lines = [format_finding(item) for item in report.findings]
    lines.append(format_summary_line(report))
    return "\n".join(lines) + "\n"


def format_check_table(checks) -> str:
    """The code table: code, name, severity, description, one check a line."""
    return "".join(f"{check.code}  {check.name:<28} {check.severity.value:<8} {check.description}\n"
                   for check in checks)
