"""`factsheet update --template` against `msgmerge --previous --update`, timed in one run.

The old catalogue is the Debian corpus (shared/corpus/debian-fr.po, or the path given); the
template is made from it: every 37th message dropped, every 41st reworded, three new ones added
(the "corpus" case), and the same with 2,000 new unmatched messages (the "new" case). Both tools
update a fresh copy of the catalogue each run, runs interleaved (ours, GNU, ours, GNU ...) so that
load on the shared machine hits both alike; the outputs must be byte-identical.

  python bench/merge_speed.py                 # both cases, 3 runs each
  python bench/merge_speed.py --runs 5 --cases corpus
  python bench/merge_speed.py --sizes 1000,10000,50000   # linear growth: time per entry
  python bench/merge_speed.py --cases= --synthetic --sizes 1000,10000,100000,1000000 --gnu-up-to 100000

--sizes cuts the corpus to each size, or with --synthetic takes bench/synthetic.py's French
catalogue of that size (made once in bench/out); the template is derived the same way (3 new).
Each size line gives factsheet's time per entry and its marginal cost per entry since the
previous size; msgmerge, whose fuzzy search grows as n², runs only up to --gnu-up-to entries.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
CORPUS = [BENCH_DIR.parent.parent / "shared" / "corpus" / "debian-fr.po", Path("/work/shared/corpus/debian-fr.po")]


def make_template(catalogue: Path, out: Path, new: int, limit: int | None = None) -> int:
    """Write the template; return how many messages it has."""
    from i18n.po.model import Catalog, Entry
    from i18n.po.parse import parse_po
    from i18n.po.write import format_po

    old = parse_po(catalogue.read_bytes(), str(catalogue))
    live = [entry for entry in old.entries if not entry.obsolete]
    if limit is not None:
        live = live[:limit]
    entries = []
    for index, entry in enumerate(live, start=1):
        if index % 37 == 0:
            continue
        msgid, plural = entry.msgid, entry.msgid_plural
        if index % 41 == 0:
            msgid = msgid + " (reworded)"
            plural = plural + " (reworded)" if plural is not None else None
        entries.append(Entry(
            msgid=msgid, msgid_plural=plural, msgctxt=entry.msgctxt,
            msgstr_plural=["", ""] if plural is not None else [],
            extracted_comments=list(entry.extracted_comments), references=list(entry.references),
            flags=[flag for flag in entry.flags if flag.endswith("-format") or flag in ("no-wrap",)],
        ))
    for number in range(new):
        # Words no catalogue message shares much with, so that nothing matches.
        entries.append(Entry(msgid=f"Zqx {number} vwk {number * 7919 % 10007} jjh qqz {number:x}"))
    header = Entry(msgid="", msgstr=(
        "Project-Id-Version: PACKAGE VERSION\nReport-Msgid-Bugs-To: \nPOT-Creation-Date: 2030-01-01 00:00+0000\n"
        "PO-Revision-Date: YEAR-MO-DA HO:MI+ZONE\nLast-Translator: FULL NAME <EMAIL@ADDRESS>\n"
        "Language-Team: LANGUAGE <LL@li.org>\nLanguage: \nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n"), flags=["fuzzy"])
    out.write_bytes(format_po(Catalog(entries=entries, header=header)))
    return len(entries)


def cut_catalogue(catalogue: Path, out: Path, limit: int) -> None:
    from i18n.po.model import Catalog
    from i18n.po.parse import parse_po
    from i18n.po.write import format_po

    old = parse_po(catalogue.read_bytes(), str(catalogue))
    live = [entry for entry in old.entries if not entry.obsolete][:limit]
    out.write_bytes(format_po(Catalog(entries=live, header=old.header, charset=old.charset)))


def timed(command: list[str]) -> tuple[float, float]:
    """Wall time, and CPU time (user + system, the command's own processes included): on a shared
    machine the CPU time moves less with the load than the wall time."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def compare(name: str, catalogue: Path, template: Path, runs: int, work: Path,
            gnu_runs: bool = True) -> tuple[float, float, float | None, bool | None]:
    """Medians of factsheet's wall and CPU time, msgmerge's wall time, and whether the outputs agree."""
    ours_times, gnu_times, ours_cpu, gnu_cpu = [], [], [], []
    identical = True
    for _run in range(runs):
        ours, gnu = work / "ours.po", work / "gnu.po"
        shutil.copy(catalogue, ours)
        wall, cpu = timed(["factsheet", "update", "--template", str(template), str(ours)])
        ours_times.append(wall)
        ours_cpu.append(cpu)
        if gnu_runs:
            shutil.copy(catalogue, gnu)
            wall, cpu = timed(["msgmerge", "--quiet", "--previous", "--update", "--backup=none", str(gnu), str(template)])
            gnu_times.append(wall)
            gnu_cpu.append(cpu)
            identical = identical and ours.read_bytes() == gnu.read_bytes()
    ours_median, cpu_median = statistics.median(ours_times), statistics.median(ours_cpu)
    if not gnu_runs:
        print(f"{name:>22}: ours {ours_median:7.2f} s (CPU {cpu_median:7.2f} s)  msgmerge not run", flush=True)
        return ours_median, cpu_median, None, None
    gnu_median = statistics.median(gnu_times)
    print(f"{name:>22}: ours {ours_median:7.2f} s (CPU {cpu_median:7.2f} s)  msgmerge {gnu_median:7.2f} s"
          f" (CPU {statistics.median(gnu_cpu):7.2f} s)  ratio {ours_median / gnu_median:5.2f}x"
          f"  byte-identical: {'yes' if identical else 'NO'}", flush=True)
    return ours_median, cpu_median, gnu_median, identical


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("catalogue", nargs="?", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cases", default="corpus,new")
    parser.add_argument("--sizes", default="", help="comma-separated entry counts for the growth table")
    parser.add_argument("--synthetic", action="store_true", help="sizes from bench/synthetic.py, not the corpus")
    parser.add_argument("--gnu-up-to", type=int, default=None, help="run msgmerge only up to this many entries")
    parser.add_argument("--one-run-above", type=int, default=None, help="a single run for larger sizes")
    args = parser.parse_args()
    catalogue = args.catalogue or next((path for path in CORPUS if path.exists()), None)
    if catalogue is None and not (args.synthetic and not args.cases):
        print("no catalogue: give a path (the Debian corpus is shared/corpus/debian-fr.po)", file=sys.stderr)
        return 2
    ok = True
    sys.path.insert(0, str(BENCH_DIR))
    from speed import compile_package  # bench/ is not a package

    compile_package()
    with tempfile.TemporaryDirectory(prefix="merge-speed-") as folder:
        work = Path(folder)
        for case in filter(None, args.cases.split(",")):
            template = work / f"{case}.pot"
            new = {"corpus": 3, "new": 2000}[case]
            make_template(catalogue, template, new)
            ok &= compare(f"{case} (+{new} new)", catalogue, template, args.runs, work)[3]
        sizes = [int(size) for size in args.sizes.split(",") if size]
        previous = None
        for size in sizes:
            if args.synthetic:
                sys.path.insert(0, str(BENCH_DIR))
                from synthetic import ensure_catalogue

                cut = ensure_catalogue(size)
            else:
                cut = work / f"cut-{size}.po"
                cut_catalogue(catalogue, cut, size)
            template = work / f"cut-{size}.pot"
            make_template(cut, template, 3)
            gnu_runs = args.gnu_up_to is None or size <= args.gnu_up_to
            runs = 1 if args.one_run_above is not None and size > args.one_run_above else args.runs
            ours, cpu, gnu, identical = compare(f"{size} entries", cut, template, runs, work, gnu_runs)
            ok &= identical is not False
            line = f"{'':>22}  ours {ours / size * 1e6:7.1f} µs/entry (CPU {cpu / size * 1e6:7.1f})"
            if previous is not None:
                marginal = (ours - previous[1]) / (size - previous[0]) * 1e6
                marginal_cpu = (cpu - previous[2]) / (size - previous[0]) * 1e6
                line += f", marginal {marginal:7.1f} µs/entry (CPU {marginal_cpu:7.1f})"
            print(line, flush=True)
            previous = (size, ours, cpu)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
