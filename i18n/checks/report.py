"""The report formats of check findings: compiler-style text lines, the JSON document, GitHub Actions
workflow commands, a SARIF 2.1.0 log, and the table of checks. Pure: strings out."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from i18n.checks.base import Finding, Severity
from i18n.checks.runner import CheckReport

SEVERITIES = tuple(severity.value for severity in Severity)


# Characters a reader cannot tell from a plain space (or cannot see at all), shown as a mark.
_INVISIBLE = {"\u00a0": "␣", "\u202f": "␣", "\u2009": "␣", "\u2007": "␣", "\u200b": "⸱", "\u2060": "⸱",
              "\u200e": "⸱", "\u200f": "⸱", "\u00ad": "⸱", "\t": "⇥"}

_CODE_POINTS = {character: f"U+{ord(character):04X}" for character in _INVISIBLE}
_OTHER_THAN_NO_BREAK_SPACE = re.compile("[" + "".join(re.escape(character) for character in _INVISIBLE if character != "\u00a0") + "]")
assert not set(_INVISIBLE.values()) & set(_INVISIBLE), "a mark must not be marked again"


def visible(text: str) -> str:
    """The text with invisible characters marked, and their code points named after it:
    "262\u202f000" -> "262␣000 (U+202F)", so that a suggestion never looks like the wrong text."""
    if "\u00a0" in text and _OTHER_THAN_NO_BREAK_SPACE.search(text) is None:
        return f"{text.replace(chr(0xA0), '␣')} (U+00A0)"  # most suggestions: a fix's no-break spaces
    # A suggestion holds one or two of them: a replace each is twice as fast as str.translate.
    found = [character for character in _INVISIBLE if character in text]
    if not found:
        return text
    marked = text
    for character in found:
        marked = marked.replace(character, _INVISIBLE[character])
    found.sort()
    return f"{marked} ({', '.join([_CODE_POINTS[character] for character in found])})"


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


def _severity_counts(findings) -> dict[str, int]:
    # Members compared by identity at C speed (an Enum hashes, and reads .value, in Python).
    severities = [item.severity for item in findings]
    return {severity.value: severities.count(severity) for severity in Severity}


def _fixable_count(findings) -> int:
    return sum(1 for item in findings if item.fixable)


def summary(report: CheckReport) -> dict:
    by_check = Counter(item.check for item in report.findings)
    return {
        "files": len(report.files),
        "entries": report.entries,
        "findings": len(report.findings),
        "by_severity": _severity_counts(report.findings),
        "by_check": dict(sorted(by_check.items())),
        "fixable": _fixable_count(report.findings),
        "unreadable": len(report.failures),
    }


def format_json(report: CheckReport) -> str:
    """The document {"findings": [...], "summary": {...}, "failures": [...]} as json.dumps writes it
    with indent=2 (each finding written by _finding_json)."""
    import json  # not needed by the default text output

    rest = json.dumps({
        "summary": summary(report),
        "failures": [{"path": failure.path, "line": failure.line, "message": failure.message}
                     for failure in report.failures],
    }, ensure_ascii=False, indent=2)
    findings = [_finding_json(item) for item in report.findings]
    listed = "[\n    " + ",\n    ".join(findings) + "\n  ]" if findings else "[]"
    return '{\n  "findings": ' + listed + ",\n" + rest.removeprefix("{\n") + "\n"


def _finding_json(item: Finding) -> str:
    """json.dumps(finding_to_dict(item), ensure_ascii=False, indent=2) for an item of the findings
    (two levels deep). json indents in pure Python (0.15 s over debian-fr.po's 10,000 findings);
    its C encoder writes a container of scalars with indent 2's separators, all but the line breaks
    after its opening and before its closing bracket. A finding is one but for its edits."""
    fields = finding_to_dict(item)
    edits = fields["fix"]
    if not edits:
        return _flat_json(fields, 2)
    fields["fix"] = []
    listed = "[\n" + ",\n".join(["        " + _flat_json(edit, 4) for edit in edits]) + "\n      ]"
    # A string's quotes are escaped: `"fix": []` can only be the key and its placeholder.
    return _flat_json(fields, 2).replace('"fix": []', '"fix": ' + listed, 1)


def _flat_json(container: dict | list, level: int) -> str:
    """json.dumps(container, ensure_ascii=False, indent=2) `level` deep, for a non-empty container
    of scalars and empty containers."""
    text = "".join(_c_encoder(level + 1)(container, level + 1))
    return f"{text[0]}\n{'  ' * (level + 1)}{text[1:-1]}\n{'  ' * level}{text[-1]}"


@lru_cache(maxsize=None)
def _c_encoder(level: int):
    """json's C encoder with the separators of indent 2 at `level` (what json.dumps(ensure_ascii=False)
    sets up, but for them)."""
    from json.encoder import JSONEncoder, c_make_encoder, encode_basestring

    separator = ",\n" + "  " * level
    if c_make_encoder is None:  # a Python without json's C module
        return lambda value, _level: JSONEncoder(ensure_ascii=False, separators=(separator, ": ")).iterencode(value)
    return c_make_encoder(None, None, encode_basestring, None, ": ", separator, False, False, True)


def plain(text: str, **_styles) -> str:
    return text


# The styles of each part of a finding when colour is on (click.style's keywords).
SEVERITY_STYLES = {"error": {"fg": "red", "bold": True}, "warning": {"fg": "yellow", "bold": True},
                   "info": {"fg": "cyan"}}
LOCATION_STYLE = {"bold": True}
SUBJECT_STYLE = {"fg": "magenta", "bold": True}


def format_finding(item: Finding, style=plain) -> str:
    """`path:line: severity: message [name]`, as compilers and linters print a diagnostic; `[*]`
    after the name marks a finding `--fix` fixes. `style(text, **click_style)` colours the parts
    (severity, file:line, the number or sign in question); the default adds nothing."""
    where = style(f"{item.path}:{item.line}" if item.line else item.path, **LOCATION_STYLE)
    message = item.message
    if style is not plain and item.subject and len(item.subject) > 0 and item.subject in message:
        message = message.replace(item.subject, style(item.subject, **SUBJECT_STYLE), 1)
    if item.suggestion and item.suggestion in message:
        message = message.replace(item.suggestion, visible(item.suggestion))
    elif item.suggestion:
        label = "fix: " if item.fixable else ""
        message = f"{message} ({label}{visible(item.suggestion)})"
    severity = style(item.severity.value, **SEVERITY_STYLES[item.severity.value])
    return f"{where}: {severity}: {message} [{item.check}]{' [*]' if item.fixable else ''}"


def format_summary_line(report: CheckReport) -> str:
    counts = _severity_counts(report.findings)
    parts = [f"{counts[severity]} {severity}{'s' if counts[severity] != 1 else ''}" for severity in SEVERITIES]
    files = len(report.files)
    fixable = _fixable_count(report.findings)
    fixes = f"; {fixable} fixable with --fix [*]" if fixable else ""
    return f"{', '.join(parts)} in {files} file{'s' if files != 1 else ''} ({report.entries} entries checked){fixes}"


def _plain_finding(item: Finding) -> str:
    """format_finding(item) without colour: the same line, without a style call per part (a large
    catalogue's report has tens of thousands of lines)."""
    message = item.message
    suggestion = item.suggestion
    fixable = True if item.fix else item.fixable  # (the property's first test, without its call)
    if suggestion:
        if suggestion in message:
            message = message.replace(suggestion, visible(suggestion))
        else:
            message = f"{message} ({'fix: ' if fixable else ''}{visible(suggestion)})"
    where = f"{item.path}:{item.line}" if item.line else item.path
    return f"{where}: {item.severity._value_}: {message} [{item.check}]{' [*]' if fixable else ''}"


def format_text(report: CheckReport, style=plain) -> str:
    if style is plain:
        lines = [_plain_finding(item) for item in report.findings]
    else:
        lines = [format_finding(item, style) for item in report.findings]
    lines.append(format_summary_line(report))
    return "\n".join(lines) + "\n"


def format_check_table(checks) -> str:
    """The code table: code, name, severity, description, one check a line (`[*]`: --fix fixes it)."""
    return "".join(f"{check.code}  {check.name:<28} {check.severity.value:<8} "
                   f"{'[*] ' if check.fixable else ''}{check.description}\n" for check in checks)


def format_check_table_json(checks) -> str:
    import json

    rows = [{"code": check.code, "name": check.name, "severity": check.severity.value,
             "fixable": check.fixable, "description": check.description} for check in checks]
    return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"


# --- GitHub Actions workflow commands ------------------------------------------------------------

_GITHUB_COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def _github_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _github_property(text: str) -> str:
    return _github_data(text).replace(":", "%3A").replace(",", "%2C")


def format_github(report: CheckReport) -> str:
    """One workflow command a finding (`::error file=f,line=n,title=t::message`): GitHub Actions
    shows each as an annotation on the pull request's diff."""
    lines = []
    for item in report.findings:
        properties = [f"file={_github_property(item.path)}"]
        if item.line:
            properties.append(f"line={item.line}")
        properties.append(f"title={_github_property(f'{item.code} {item.check}')}")
        message = item.message
        if item.suggestion and item.suggestion not in message:
            message = f"{message} ({'fix: ' if item.fixable else ''}{visible(item.suggestion)})"
        lines.append(f"::{_GITHUB_COMMANDS[item.severity.value]} {','.join(properties)}::{_github_data(message)}")
    for failure in report.failures:
        properties = [f"file={_github_property(failure.path)}"] + ([f"line={failure.line}"] if failure.line else [])
        lines.append(f"::error {','.join(properties)}::{_github_data(failure.message)}")
    return "".join(line + "\n" for line in lines)


# --- SARIF 2.1.0 ------------------------------------------------------------------------------------

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_SARIF_LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def _artifact_uri(path: str, root: str | None) -> str:
    """The path relative to `root` with / separators (what code scanning resolves against the
    repository), or a file: URI when it lies outside."""
    import os
    from pathlib import Path
    from urllib.parse import quote

    absolute = os.path.abspath(path)
    if root is not None:
        relative = os.path.relpath(absolute, root)
        if not relative.startswith(os.pardir):
            return quote(Path(relative).as_posix())
    return Path(absolute).as_uri()


def format_sarif(report: CheckReport, checks, version: str, root: str | None = None) -> str:
    """The report as a SARIF 2.1.0 log: one run, its rules the check table, one result a finding."""
    import json

    rule_index = {check.code: index for index, check in enumerate(checks)}
    rules = [{
        "id": check.code,
        "name": check.name,
        "shortDescription": {"text": check.description},
        "defaultConfiguration": {"level": _SARIF_LEVELS[check.severity.value]},
        "properties": {"fixable": check.fixable},
    } for check in checks]
    results = []
    for item in report.findings:
        location = {"physicalLocation": {"artifactLocation": {"uri": _artifact_uri(item.path, root)}}}
        if item.line:
            location["physicalLocation"]["region"] = {"startLine": item.line}
        properties = {"check": item.check, "fixable": item.fixable}
        if item.msgid is not None:
            properties["msgid"] = item.msgid
        if item.msgctxt is not None:
            properties["msgctxt"] = item.msgctxt
        if item.form is not None:
            properties["form"] = item.form
        if item.suggestion is not None:
            properties["suggestion"] = visible(item.suggestion)
        result = {
            "ruleId": item.code,
            "level": _SARIF_LEVELS[item.severity.value],
            "message": {"text": item.message},
            "locations": [location],
            "properties": properties,
        }
        if item.code in rule_index:
            result["ruleIndex"] = rule_index[item.code]
        results.append(result)
    notifications = [{
        "level": "error",
        "message": {"text": failure.message},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": _artifact_uri(failure.path, root)},
            **({"region": {"startLine": failure.line}} if failure.line else {})}}],
    } for failure in report.failures]
    run = {
        "tool": {"driver": {"name": "factsheet", "version": version, "rules": rules}},
        "invocations": [{"executionSuccessful": not report.failures,
                         **({"toolExecutionNotifications": notifications} if notifications else {})}],
        "results": results,
    }
    document = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
