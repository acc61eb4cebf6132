"""`check --format json` writes its document exactly as json.dumps(indent=2, ensure_ascii=False) would
(report.format_json lays out the findings itself, for speed)."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from i18n.checks.base import Edit, Finding, Severity
from i18n.checks.report import finding_to_dict, format_json, summary
from i18n.checks.runner import CheckReport, ReadFailure

# Texts with what json escapes (quotes, backslashes, control characters), what it keeps (non-ASCII,
# no-break spaces), and what looks like the document's own layout.
TEXTS = st.text(alphabet=st.sampled_from(['a', ' ', '"', '\\', '\n', '\t', '\x00', '\x1f', 'é', '\u00a0', '\u202f',
                                          '😀', '[', ']', '{', '}', ':', ',', 'f', 'i', 'x']), max_size=12)
EDITS = st.builds(Edit, st.integers(0, 99), st.integers(0, 99), TEXTS, TEXTS)


@st.composite
def findings(draw, covers=True):
    fix = draw(st.one_of(st.none(), st.just(()), st.lists(EDITS, min_size=1, max_size=3).map(tuple)))
    return Finding(
        path=draw(TEXTS), line=draw(st.integers(0, 10**6)), msgctxt=draw(st.one_of(st.none(), TEXTS)),
        msgid=draw(st.one_of(st.none(), TEXTS)), check=draw(st.sampled_from(["nbsp-inside-guillemets", "fix"])),
        code="T602", severity=draw(st.sampled_from(list(Severity))), message=draw(TEXTS),
        form=draw(st.one_of(st.none(), st.integers(0, 5))), subject=draw(TEXTS),
        suggestion=draw(st.one_of(st.none(), TEXTS)), fix=fix,
        covers=tuple(draw(st.lists(findings(covers=False), max_size=2))) if covers else (),
    )


def _as_json_dumps_writes_it(report: CheckReport) -> str:
    document = {
        "findings": [finding_to_dict(item) for item in report.findings],
        "summary": summary(report),
        "failures": [{"path": failure.path, "line": failure.line, "message": failure.message}
                     for failure in report.failures],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


@settings(max_examples=300, deadline=None)
@given(st.lists(findings(), max_size=4),
       st.lists(st.builds(ReadFailure, TEXTS, st.one_of(st.none(), st.integers(1, 9)), TEXTS), max_size=2))
def test_the_document_is_what_json_dumps_writes(items, failures):
    report = CheckReport(findings=tuple(items), files=("fr.po",), entries=len(items), failures=tuple(failures))
    assert format_json(report) == _as_json_dumps_writes_it(report)
