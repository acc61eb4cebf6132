"""`factsheet check` remembers the pairs whose numbers it compared (checks/number_cache.py): checked
again, a catalogue reports exactly what a fresh check reports, compares only its edited pairs,
and a store that is damaged, unwritable or from another version changes nothing."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import i18n
import i18n.numbers
from i18n.checks import number_cache
from i18n.checks.engine import CheckOptions
from i18n.checks.runner import check_files

ROOT = Path(i18n.__file__).resolve().parent.parent

HEADER = '''msgid ""
msgstr ""
"Language: fr\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=2; plural=(n > 1);\\n"

'''
# Agreeing numbers, a changed one, a bound turned over, a number in the English style (fixable),
# a code's digits dropped, and texts without numbers.
BODIES = [
    ('The leopard weighs %d kg.', 'Le léopard pèse %d kg.'),
    ('About 60 kg on average.', 'Environ 65 kg en moyenne.'),
    ('Fewer than 120 leopards survive.', 'Plus de 120 léopards survivent.'),
    ('Its range covers 262,000 hectares.', 'Son aire couvre 262,000 hectares.'),
    ('Use the AX.25 protocol.', 'Utilisez le protocole AX.'),
    ('The park opened in 2012.', 'Le parc a ouvert en 2012.'),
    ('Open the map.', 'Ouvrez la carte.'),
    ('Every 2 weeks, at 6 p.m.', 'Toutes les 2 semaines, à 18 h.'),
]


def write_catalogue(path: Path, bodies=BODIES) -> Path:
    text = HEADER + "\n".join(f'msgid "{source}"\nmsgstr "{target}"\n' for source, target in bodies)
    path.write_text(text, encoding="utf-8")
    return path


def cli_check(path: Path, store: Path | None, *options: str) -> subprocess.CompletedProcess:
    environment = dict(os.environ)
    if store is None:
        options = ("--no-cache", *options)
    else:
        environment["FACTSHEET_CACHE_DIR"] = str(store)
    return subprocess.run([sys.executable, "-m", "i18n", "check", "--format", "json", *options, str(path)],
                          capture_output=True, text=True, cwd=ROOT, env=environment)


def same_as_fresh(path: Path, store: Path) -> subprocess.CompletedProcess:
    fresh, remembered = cli_check(path, None), cli_check(path, store)
    assert remembered.returncode == fresh.returncode == 1, remembered.stderr
    assert remembered.stdout == fresh.stdout
    assert remembered.stderr == fresh.stderr == ""
    return remembered


def test_checked_again_a_catalogue_reports_what_a_fresh_check_reports(tmp_path: Path) -> None:
    catalogue = write_catalogue(tmp_path / "fr.po")
    store = tmp_path / "store"
    first = same_as_fresh(catalogue, store)
    assert sorted(path.suffix for path in store.iterdir()) == [".bin", ".jsonl"]
    # The four mistakes, and the fix of the number in the English style, come back from the store.
    assert same_as_fresh(catalogue, store).stdout == first.stdout
    for wrong in ("65", "120", "262,000", "AX.25"):
        assert wrong in first.stdout
    # An edit is compared afresh: a number changed in a pair that agreed is reported.
    edited = [(source, target.replace("2012", "2021")) for source, target in BODIES]
    write_catalogue(catalogue, edited)
    assert "2021" in same_as_fresh(catalogue, store).stdout


@pytest.fixture
def counted_comparisons(monkeypatch):
    """The texts compare_numbers is asked to compare (none: `forbid` makes it fail)."""
    asked: list[tuple[str, str]] = []
    real = i18n.numbers.compare_numbers
    state = {"forbid": False}

    def counting(source, target, *args, **kwargs):
        assert not state["forbid"], f"compared again: {source!r}"
        asked.append((source, target))
        return real(source, target, *args, **kwargs)

    monkeypatch.setattr(i18n.numbers, "compare_numbers", counting)
    from i18n.checks import number_checks

    number_checks._comparison.cache_clear()
    yield asked, state
    number_checks._comparison.cache_clear()
    number_cache.use(None)


def test_only_the_edited_pairs_are_compared_again(tmp_path: Path, counted_comparisons) -> None:
    asked, state = counted_comparisons
    catalogue = write_catalogue(tmp_path / "fr.po")
    options = CheckOptions("en", "fr", cache=str(tmp_path / "store"))
    first = check_files([str(catalogue)], options, jobs=1)
    assert len(asked) >= 6
    from i18n.checks import number_checks

    number_checks._comparison.cache_clear()
    state["forbid"] = True
    assert check_files([str(catalogue)], options, jobs=1).findings == first.findings
    state["forbid"] = False
    asked.clear()
    write_catalogue(catalogue, [(source, target.replace("65 kg", "80 kg")) if "60" in source else (source, target)
                                for source, target in BODIES])
    again = check_files([str(catalogue)], options, jobs=1)
    assert {source for source, _ in asked} == {"About 60 kg on average."}
    assert len(again.findings) == len(first.findings)


def test_a_large_catalogue_checked_in_pieces_keeps_what_every_process_learnt(tmp_path: Path,
                                                                             counted_comparisons) -> None:
    asked, state = counted_comparisons
    bodies = [(f"Item {index}: {index % 97} kg in {1900 + index % 120}.",
               f"Élément {index} : {index % 97 + (index % 1000 == 0)} kg en {1900 + index % 120}.")
              for index in range(30_000)]
    catalogue = write_catalogue(tmp_path / "fr.po", bodies)
    assert catalogue.stat().st_size > 2_000_000
    store = tmp_path / "store"
    options = CheckOptions("en", "fr", cache=str(store))
    first = check_files([str(catalogue)], options, jobs=2)
    assert len([item for item in first.findings if item.code == "N103"]) == 30
    assert not list(store.glob("*.part"))
    from i18n.checks import number_checks

    number_checks._comparison.cache_clear()
    number_cache.use(None)  # read back from the files, as a new run would
    state["forbid"] = True
    assert check_files([str(catalogue)], options, jobs=2).findings == first.findings


def test_a_damaged_store_is_no_store(tmp_path: Path) -> None:
    catalogue = write_catalogue(tmp_path / "fr.po")
    store = tmp_path / "store"
    cli_check(catalogue, store)
    agreeing, = store.glob("*.bin")
    differing, = store.glob("*.jsonl")
    agreeing.write_bytes(agreeing.read_bytes()[:-5] + os.urandom(37))
    lines = differing.read_text(encoding="utf-8").splitlines()
    digest = lines[0].split("\t")[0]
    damaged = [f"{digest}\t" + "[" * 100_000, f"{lines[1].split(chr(9))[0]}\t{{\"t\": \"os.system\", \"f\": [\"ls\"]}}",
               f"{lines[2].split(chr(9))[0]}\t{{\"t\": \"NumberComparison\", \"f\": [[], [], [], []]}}",
               f"{lines[3].split(chr(9))[0]}\t{{\"d\": \"not a number\"}}", "zz\tnot json", "\t", "\x00" * 40]
    differing.write_text("\n".join(damaged), encoding="utf-8")
    same_as_fresh(catalogue, store)


def test_an_unwritable_store_leaves_the_check_as_it_was(tmp_path: Path) -> None:
    catalogue = write_catalogue(tmp_path / "fr.po")
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    same_as_fresh(catalogue, blocker / "store")
    assert blocker.read_text() == "not a folder"


def test_another_version_starts_afresh_and_its_files_are_dropped(tmp_path: Path) -> None:
    copy = tmp_path / "tree"
    shutil.copytree(ROOT / "i18n", copy / "i18n", ignore=shutil.ignore_patterns("__pycache__"))
    code = "from i18n.checks.number_cache import fingerprint; print(fingerprint().hex())"

    def fingerprint_of_copy() -> str:
        return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=copy,
                              env=dict(os.environ, PYTHONPATH=str(copy))).stdout.strip()

    before = fingerprint_of_copy()
    with open(copy / "i18n" / "numbers" / "units.py", "a", encoding="utf-8") as handle:
        handle.write("\n# a change\n")
    after = fingerprint_of_copy()
    assert after != before
    store = tmp_path / "store"
    store.mkdir()
    stale = store / f"numbers-{after}.bin"
    stale.write_bytes(os.urandom(32))
    same_as_fresh(write_catalogue(tmp_path / "fr.po"), store)
    assert not stale.exists()


@settings(max_examples=300, deadline=None)
@given(agreeing=st.binary(max_size=200), differing=st.binary(max_size=400))
def test_any_bytes_in_the_store_read_as_some_pairs_or_none(tmp_path_factory, agreeing: bytes, differing: bytes) -> None:
    folder = tmp_path_factory.mktemp("store")
    stem = number_cache._stem_path(folder)
    Path(stem + ".bin").write_bytes(agreeing)
    Path(stem + ".jsonl").write_bytes(differing)
    store = number_cache.use(folder)
    try:
        assert all(len(digest) == 16 for digest in store.agreeing)
        for digest in list(store.differing):
            comparison = store.comparison(digest)
            assert comparison is None or not comparison.ok
    finally:
        number_cache.use(None)


def test_several_catalogues_checked_by_a_pool_leave_one_store(tmp_path: Path, counted_comparisons) -> None:
    asked, state = counted_comparisons
    paths = [str(write_catalogue(tmp_path / f"fr{index}.po", BODIES[index:] + BODIES[:index])) for index in range(3)]
    store = tmp_path / "store"
    options = CheckOptions("en", "fr", cache=str(store))
    first = check_files(paths, options, jobs=2)
    assert not list(store.glob("*.part"))
    assert sorted(path.suffix for path in store.iterdir()) == [".bin", ".jsonl"]
    from i18n.checks import number_checks

    number_checks._comparison.cache_clear()
    number_cache.use(None)
    state["forbid"] = True
    assert check_files(paths, options, jobs=1).findings == first.findings


def test_a_store_past_its_bound_keeps_the_last_run(tmp_path: Path, monkeypatch) -> None:
    catalogue = write_catalogue(tmp_path / "fr.po")
    store = tmp_path / "store"
    options = CheckOptions("en", "fr", cache=str(store))
    check_files([str(catalogue)], options, jobs=1)
    agreeing, = store.glob("*.bin")
    old = os.urandom(16 * 50)
    agreeing.write_bytes(agreeing.read_bytes() + old)
    number_cache.use(None)
    monkeypatch.setattr(number_cache, "_MOST_PAIRS", 20)
    write_catalogue(catalogue, [(source, target.replace("2012", "2013")) for source, target in BODIES])
    try:
        check_files([str(catalogue)], options, jobs=1)
        kept = agreeing.read_bytes()
        assert all(old[start:start + 16] not in {kept[index:index + 16] for index in range(0, len(kept), 16)}
                   for start in range(0, len(old), 16))
        assert 0 < len(kept) // 16 <= len(BODIES)
    finally:
        number_cache.use(None)


_JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
                     lambda children: st.lists(children, max_size=4)
                     | st.dictionaries(st.sampled_from(["t", "f", "d", "x"]), children, max_size=3), max_leaves=20)
_SHAPED = st.builds(lambda name, fields: {"t": name, "f": fields},
                    st.one_of(st.sampled_from(["Number", "NumberComparison", "Literal", "LiteralMismatch",
                                               "BoundMismatch", "UnitChange", "os.system"]), _JSON),
                    st.lists(_JSON, max_size=10))
_LINE = st.builds(lambda digest, value: digest + "\t" + json.dumps(value),
                  st.text("0123456789abcdef", min_size=32, max_size=32), st.one_of(_JSON, _SHAPED))


@settings(max_examples=300, deadline=None)
@given(lines=st.lists(_LINE, max_size=6))
def test_any_json_in_the_store_reads_as_a_comparison_or_none(tmp_path_factory, lines: list[str]) -> None:
    folder = tmp_path_factory.mktemp("store")
    Path(number_cache._stem_path(folder) + ".jsonl").write_text("\n".join(lines), encoding="utf-8")
    store = number_cache.use(folder)
    try:
        for digest in list(store.differing):
            comparison = store.comparison(digest)
            assert comparison is None or not comparison.ok
    finally:
        number_cache.use(None)
