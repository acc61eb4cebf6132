"""One large PO file checked in parts by forked processes gives exactly the serial findings:
same lines, same catalogue-level decisions, same errors for a file that cannot be read."""

from __future__ import annotations

import pytest

from i18n.checks import parallel as parallel_runner, runner
from i18n.checks.engine import CheckOptions
from i18n.checks.runner import ReadFailure, check_files

HEADER = ('msgid ""\nmsgstr ""\n"Language: fr\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
          '"Plural-Forms: nplurals=2; plural=(n > 1);\\n"\n\n')


def _entry(index: int) -> str:
    """Entries of every kind the checks look at, varied by index."""
    kind = index % 8
    if kind == 0:
        return f'#: src/a.c:{index}\nmsgid "Warning {index}: %s"\nmsgstr "Attention {index} : %s"\n'
    if kind == 1:
        return f'msgid "{index} files of 262,000"\nmsgstr "{index + 1} fichiers sur 262 000"\n'
    if kind == 2:
        return (f'msgid "one file {index}"\nmsgid_plural "%d files {index}"\n'
                f'msgstr[0] "un fichier {index}"\nmsgstr[1] "fichiers {index}"\n')
    if kind == 3:
        return f'#, fuzzy\nmsgid "fuzzy {index}"\nmsgstr "flou {index}"\n'
    if kind == 4:
        return f'msgctxt "menu"\nmsgid "the \\"{index}\\" key"\nmsgstr "la touche « {index} »"\n'
    if kind == 5:
        return f'#, ignore-number-changed\nmsgid "Take {index} steps"\nmsgstr "Faites {index} pas"\n'
    if kind == 6:
        return f'msgid "untranslated {index}"\nmsgstr ""\n'
    return f'#~ msgid "old {index}"\n#~ msgstr "ancien {index}"\n'


def _write(tmp_path, entries: list[str]) -> str:
    path = tmp_path / "big.po"
    path.write_text(HEADER + "\n".join(entries), encoding="utf-8")
    return str(path)


def _both_ways(path: str, monkeypatch, jobs: int, piece_bytes: int = parallel_runner.PIECE_BYTES):
    serial = check_files([path], CheckOptions(), jobs=1)
    monkeypatch.setattr(runner, "SPLIT_ABOVE_BYTES", 0)
    monkeypatch.setattr(parallel_runner, "PIECE_BYTES", piece_bytes)
    in_parts = []
    original = parallel_runner.check_file_in_parts
    monkeypatch.setattr(parallel_runner, "check_file_in_parts",
                        lambda *arguments: in_parts.append(original(*arguments)) or in_parts[-1])
    parallel = check_files([path], CheckOptions(), jobs=jobs)
    return serial, parallel, in_parts


def test_results_read_a_little_at_a_time_give_the_serial_findings(tmp_path, monkeypatch):
    # A pipe of one page, read a page at a time: the workers wait for the parent, and a result
    # arrives in many reads (its length and its pickle cut anywhere).
    monkeypatch.setattr(parallel_runner, "_PIPE_BYTES", 4096)
    path = _write(tmp_path, [_entry(index) for index in range(600)])
    serial, parallel, in_parts = _both_ways(path, monkeypatch, 3, piece_bytes=2000)
    assert in_parts and in_parts[0] is not None
    assert parallel.findings == serial.findings
    assert parallel.entries == serial.entries


@pytest.mark.parametrize("jobs", [2, 3])
@pytest.mark.parametrize("count", [40, 400])
# One piece per process, or many more pieces than processes (taken in turn from the queue).
@pytest.mark.parametrize("piece_bytes", [parallel_runner.PIECE_BYTES, 500])
def test_parts_give_the_serial_findings(tmp_path, monkeypatch, jobs, count, piece_bytes):
    path = _write(tmp_path, [_entry(index) for index in range(count)])
    serial, parallel, in_parts = _both_ways(path, monkeypatch, jobs, piece_bytes)
    assert in_parts and in_parts[0] is not None  # the file really was checked in parts
    assert parallel.findings == serial.findings
    assert parallel.entries == serial.entries
    assert {item.check for item in serial.findings} >= {"number-changed", "nbsp-before-punctuation", "untranslated"}


def test_a_convention_is_settled_over_the_whole_file_not_per_part(tmp_path, monkeypatch):
    # Plain spaces before ':' in the first half, no-break spaces in the second: neither part alone
    # has the whole file's balance (more no-break spaces: every slip is reported at its entry).
    entries = [f'msgid "Warning {index}: x"\nmsgstr "Attention {index} : x"\n' for index in range(30)]
    entries += [f'msgid "Note {index}: x"\nmsgstr "Note {index}\u202f: x"\n' for index in range(31)]
    path = _write(tmp_path, entries)
    serial, parallel, in_parts = _both_ways(path, monkeypatch, 2)
    assert in_parts[0] is not None
    assert parallel.findings == serial.findings
    assert len([item for item in serial.findings if item.check == "nbsp-before-punctuation"]) == 30


def test_findings_come_in_file_order_when_no_convention_is_settled(tmp_path, monkeypatch):
    # Without kinds 0 and 4, and with fewer than 10 of kind 1, no convention becomes one finding at
    # the header, so the merged pieces are not sorted again: each piece's order must already be right.
    path = _write(tmp_path, [_entry(index) for index in range(64) if index % 8 not in (0, 4)])
    serial, parallel, in_parts = _both_ways(path, monkeypatch, 2, piece_bytes=500)
    assert in_parts[0] is not None
    assert not any(item.line <= 6 for item in serial.findings)  # nothing at the header
    assert {"unused-ignore-flag", "untranslated"} <= {item.check for item in serial.findings}
    assert parallel.findings == serial.findings


@pytest.mark.parametrize("broken", [
    'msgid "Warning 8: %s"\nmsgstr "doublon"\n',   # a duplicate of an entry in the first part
    'msgid "unterminated\nmsgstr "x"\n',           # a syntax error in the last part
])
def test_a_file_that_cannot_be_read_fails_as_in_the_serial_path(tmp_path, monkeypatch, broken):
    entries = [_entry(index) for index in range(200)]
    entries.append(broken)
    path = _write(tmp_path, entries)
    serial, parallel, _in_parts = _both_ways(path, monkeypatch, 2, piece_bytes=2000)
    assert serial.failures and isinstance(serial.failures[0], ReadFailure)
    assert parallel.failures == serial.failures
    assert parallel.findings == serial.findings == ()


@pytest.mark.parametrize("size", [3_000_000, 13_400_000, 253_000_000, 10_000_000_000])
@pytest.mark.parametrize("jobs", [2, 4])
def test_pieces_shrink_towards_the_end_and_fit_the_queue(size, jobs):
    starts = parallel_runner._piece_starts(size, jobs)
    sizes = [end - start for start, end in zip([0] + starts, starts + [size])]
    assert len(sizes) <= parallel_runner._MOST_PIECES  # one token each on the queue
    assert sizes[:-1] == sorted(sizes[:-1], reverse=True)  # large first, small last
    # The last pieces are small whatever the file's size: the processes finish close together.
    assert max(sizes[-4:]) <= parallel_runner._SMALLEST_PIECE_BYTES


def test_the_parallel_runner_is_imported_only_for_several_files_or_a_large_one(tmp_path):
    import subprocess
    import sys

    small = _write(tmp_path, [_entry(index) for index in range(8)])
    code = ("import sys\nfrom i18n.checks.engine import CheckOptions\nfrom i18n.checks.runner import check_files\n"
            "check_files(sys.argv[1:], CheckOptions(), jobs=2)\nprint('i18n.checks.parallel' in sys.modules)")

    def imports_parallel(*paths: str) -> bool:
        result = subprocess.run([sys.executable, "-c", code, *paths], capture_output=True, text=True, check=True)
        return result.stdout.strip() == "True"

    assert not imports_parallel(small)
    assert imports_parallel(small, small)


def test_a_check_of_po_files_loads_neither_the_sheet_reader_nor_the_rare_format_grammars(tmp_path):
    import subprocess
    import sys

    path = _write(tmp_path, [_entry(index) for index in range(8)])
    code = ("import sys\nfrom i18n.checks.engine import CheckOptions\nfrom i18n.checks.runner import check_files\n"
            "check_files(sys.argv[1:], CheckOptions(), jobs=1)\n"
            "print(sorted(name for name in ('i18n.checks.sheet_reading', 'i18n.po.format_lisp', 'i18n.po.format_kuit')"
            " if name in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code, path], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
