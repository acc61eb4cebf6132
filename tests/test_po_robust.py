"""The reader against GNU msgfmt's verdicts on the shared collection of malformed and unusual files.

The rule deciding what the reader must accept or refuse is in bench/robust.py's docstring.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

FOLDER = Path(__file__).parents[2] / "shared" / "robust"
_spec = importlib.util.spec_from_file_location("robust_bench", Path(__file__).parents[1] / "bench" / "robust.py")
robust = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = robust  # dataclasses look their module up there
_spec.loader.exec_module(robust)


def _records() -> list[dict]:
    manifest = FOLDER / "manifest.jsonl"
    if not manifest.exists():
        return []
    return [json.loads(line) for line in manifest.read_text().splitlines() if line.strip()]


RECORDS = _records()
pytestmark = pytest.mark.skipif(not RECORDS, reason=f"{FOLDER} is absent (CI has it)")


@pytest.mark.parametrize("record", RECORDS, ids=[record["file"] for record in RECORDS])
def test_reader_agrees_with_msgfmt(record):
    result = robust.evaluate_case(FOLDER / "cases" / record["file"], record)
    assert result.agrees, f"{result.expected}: {result.outcome}"
