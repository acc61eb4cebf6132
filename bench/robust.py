"""Check the PO reader against GNU msgfmt's verdicts on 125 malformed and unusual files.

    python bench/robust.py [FOLDER]        (default: ../shared/robust next to the repository)

FOLDER holds `cases/*.po` and `manifest.jsonl` (see its README).  Each file gets an expected
outcome from the manifest, by this rule:

* REJECT when plain `msgfmt` (no -c) rejects the file (`msgfmt_nocheck_exit` != 0): a syntax
  error, a bad escape, a duplicate, text not valid in its charset.  Also REJECT a file the
  manifest calls invalid whose text msgcat cannot read either (`msgcat_exit` != 0: no usable
  charset for non-ASCII bytes, a charset name that is not one).
* ACCEPT everything else.  A file that only `msgfmt -c` rejects (missing header, plural
  expression, format mismatches, empty file) is well-formed: those are checks on a catalogue,
  and a reader that refused them would make them impossible to report.
* Two deliberate departures from GNU, both asked for by the issue: a UTF-8 byte order mark is
  read (GNU 0.21 calls it a syntax error), so a file whose only fault is its BOM is ACCEPT; and a
  file using `domain` directives is UNSUPPORTED: our catalogue holds one domain, so the reader
  must refuse it with a clear error rather than merge the domains silently.

A REJECT (or UNSUPPORTED) passes when the reader raises InputError carrying the file and a line
(exit 2, one line), never another exception.  An ACCEPT passes when the catalogue read is
written back exactly as GNU msgcat writes the file (`msgcat --force-po`; for a CRLF or BOM file,
msgcat of the file without them; flags GNU does not know are left out of the comparison since we
keep them on purpose).  Where msgcat itself fails or mangles a legacy charset, the values are
compared instead: through `msgcat --to-code=UTF-8`, or else with the translations `msgfmt` compiles
into a .mo file.  Prints a table and totals; exits 1 on any disagreement.
"""

from __future__ import annotations

import codecs
import copy
import json
import re
import struct
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPOSITORY))

from i18n.errors import InputError  # noqa: E402
from i18n.po.model import Catalog  # noqa: E402
from i18n.po.parse import parse_po  # noqa: E402
from i18n.po.flags import is_gnu_flag  # noqa: E402
from i18n.po.write import format_po  # noqa: E402

DEFAULT_FOLDER = REPOSITORY.parent / "shared" / "robust"


@dataclass(frozen=True)
class CaseResult:
    file: str
    expected: str  # "accept", "reject" or "unsupported"
    outcome: str  # what our reader did, in a few words
    agrees: bool
    gnu_line: int | None = None
    our_line: int | None = None


def expected_outcome(record: dict, data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        stripped = data[3:]
        if _msgfmt_accepts(stripped):
            return "accept"
    if re.search(rb"^[ \t]*domain[ \t]", data, re.M) and record["msgfmt_nocheck_exit"] == 0:
        return "unsupported"
    if record["msgfmt_nocheck_exit"] != 0:
        return "reject"
    if record["kind"] == "invalid" and record["msgcat_exit"] != 0:
        return "reject"
    return "accept"


def evaluate(folder: Path) -> list[CaseResult]:
    records = [json.loads(line) for line in (folder / "manifest.jsonl").read_text().splitlines() if line.strip()]
    return [evaluate_case(folder / "cases" / record["file"], record) for record in records]


def evaluate_case(path: Path, record: dict) -> CaseResult:
    data = path.read_bytes()
    expected = expected_outcome(record, data)
    gnu_line = _first_error_line(record)
    try:
        catalog = parse_po(data, str(path))
    except InputError as error:
        good = error.path == str(path) and isinstance(error.line, int) and "\n" not in str(error)
        outcome = f"InputError line {error.line}: {error.message}"
        return CaseResult(path.name, expected, outcome, good and expected != "accept", gnu_line, error.line)
    except Exception as error:  # noqa: BLE001 - the bench reports any crash as a failure
        return CaseResult(path.name, expected, f"CRASH {type(error).__name__}: {error}", False, gnu_line)
    if expected != "accept":
        return CaseResult(path.name, expected, "read without error", False, gnu_line)
    same, how = _same_as_gnu(path, data, catalog)
    return CaseResult(path.name, expected, how, same, gnu_line)


def _first_error_line(record: dict) -> int | None:
    message = record.get("msgfmt_nocheck_first_error") or ""
    match = re.match(r"[^:]+:(\d+):", message)
    return int(match.group(1)) if match else None


def _msgfmt_accepts(data: bytes) -> bool:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "case.po"
        source.write_bytes(data)
        return subprocess.run(["msgfmt", "-o", "/dev/null", str(source)], capture_output=True).returncode == 0


def _known_flags_only(catalog: Catalog) -> Catalog:
    """The catalogue without the flags GNU drops (kept by us on purpose), with LF and no BOM."""
    trimmed = copy.deepcopy(catalog)
    for entry in ([trimmed.header] if trimmed.header else []) + trimmed.entries:
        entry.flags = [flag for flag in entry.flags if is_gnu_flag(flag)]
    trimmed.newline = "\n"
    trimmed.bom = False
    return trimmed


def _run(arguments: list[str], data: bytes) -> subprocess.CompletedProcess:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "case.po"
        source.write_bytes(data)
        return subprocess.run([*arguments, str(source)], capture_output=True, cwd=folder)


def _same_as_gnu(path: Path, data: bytes, catalog: Catalog) -> tuple[bool, str]:
    plain = data[3:] if catalog.bom else data
    if catalog.newline == "\r\n":
        plain = plain.replace(b"\r\n", b"\n")
    ours = format_po(_known_flags_only(catalog))
    gnu = _run(["msgcat", "--force-po"], plain)
    if gnu.returncode == 0 and gnu.stdout == ours:
        return True, "read; written as msgcat writes it"
    converted = _run(["msgcat", "--force-po", "--to-code=UTF-8"], plain)
    if converted.returncode == 0 and catalog.charset.upper() not in ("UTF-8", "UTF8"):
        as_utf8 = _known_flags_only(catalog)
        as_utf8.charset = "UTF-8"
        if as_utf8.header is not None:
            as_utf8.header.msgstr = re.sub(r"charset=[^ \t\n]*", "charset=UTF-8", as_utf8.header.msgstr, count=1)
        if format_po(as_utf8) == converted.stdout:
            return True, "read; same as msgcat --to-code=UTF-8"
    if gnu.returncode != 0:
        values_same = _same_values_as_msgfmt(plain, catalog)
        if values_same is not None:
            return values_same, "read; values as msgfmt compiles them (msgcat refuses the file)" if values_same \
                else "values differ from msgfmt's compiled ones"
        return False, "msgcat refuses the file and msgfmt too"
    return False, "written form differs from msgcat's"


def _same_values_as_msgfmt(data: bytes, catalog: Catalog) -> bool | None:
    """Compare the translations with the ones msgfmt compiles (read straight from the .mo file,
    decoded in the catalogue's charset: msgunfmt itself mangles a file without a charset)."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "case.po"
        compiled = Path(folder) / "case.mo"
        source.write_bytes(data)
        if subprocess.run(["msgfmt", "-o", str(compiled), str(source)], capture_output=True).returncode != 0:
            return None
        mo = compiled.read_bytes()
    codec = codecs.lookup(catalog.charset).name if catalog.charset.upper() != "CHARSET" else "utf-8"
    order = "<" if mo[:4] == b"\xde\x12\x04\x95" else ">"
    count, originals, translations = struct.unpack(order + "3I", mo[8:20])
    got = {}
    for index in range(count):
        length, offset = struct.unpack(order + "2I", mo[originals + 8 * index: originals + 8 * index + 8])
        key = mo[offset:offset + length].decode(codec)
        length, offset = struct.unpack(order + "2I", mo[translations + 8 * index: translations + 8 * index + 8])
        value = mo[offset:offset + length].decode(codec)
        context, _, msgid = key.rpartition("\x04") if "\x04" in key else (None, "", key)
        got[(context, msgid.split("\0")[0])] = value.split("\0")
    ours = {(entry.msgctxt, entry.msgid): entry.translations for entry in catalog.entries
            if entry.translated and not entry.obsolete}
    if catalog.header is not None and catalog.header.msgstr:
        ours[(None, "")] = [catalog.header.msgstr]
    return ours == got


def main(arguments: list[str]) -> int:
    folder = Path(arguments[0]) if arguments else DEFAULT_FOLDER
    results = evaluate(folder)
    width = max(len(result.file) for result in results)
    same_line = 0
    rejects = 0
    for result in results:
        mark = "ok  " if result.agrees else "FAIL"
        lines = ""
        if result.expected != "accept" and result.our_line is not None:
            rejects += 1
            same_line += result.gnu_line == result.our_line
            lines = f" (msgfmt line {result.gnu_line})" if result.gnu_line != result.our_line else ""
        print(f"{mark} {result.file:<{width}} {result.expected:<11} {result.outcome[:90]}{lines}")
    agreed = sum(result.agrees for result in results)
    print(f"\nagreement: {agreed}/{len(results)}; rejected files reported at msgfmt's own line: "
          f"{same_line}/{rejects}")
    return 0 if agreed == len(results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
