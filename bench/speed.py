"""Side-by-side speed of `factsheet` against the reference tools, in one run on the same inputs.

Sections (all by default; choose with --sections):
  corpus   `factsheet check` (all checks) vs `msgfmt -c` (the floor) vs `pofilter -t numbers` (the
           peer) on one catalogue (default: shared/corpus/debian-fr.po), runs interleaved A B C ...
  sizes    the same three on synthetic catalogues (bench/synthetic.py) of --sizes entries: time per
           entry and the marginal time per entry between sizes (linearity), peak memory vs file size
  startup  `factsheet --help` vs `pybabel --help` (and a bare interpreter, the floor)
  build    `factsheet build` in a copy of the project with build/ and *.mo removed, then again
           with nothing changed
  cores    `factsheet check` on two copies of the catalogue in one call vs on one copy
  profile  (only when asked) cProfile and py-spy of `factsheet check` on the catalogue

Every command is forked by a small launcher and reaped with os.wait4, which gives that child's own
rusage: wall time from perf_counter around fork..reap, CPU time, and peak RSS (ru_maxrss; for a
command that forks workers it is the largest single process, not their sum; ~5 MB is the floor).

Run it with the project's interpreter (where `factsheet` is installed); the reference tools come from
bench/.venv (see bench/requirements.txt). Examples:
  python bench/speed.py --runs 3
  python bench/speed.py --quick
  python bench/speed.py /path/to/other.po --sections corpus --skip-pofilter --json
  python bench/speed.py --sections profile
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = BENCH_DIR.parent
OUT_DIR = BENCH_DIR / "out"
CORPUS_CANDIDATES = [
    PROJECT_ROOT.parent / "shared" / "corpus" / "debian-fr.po",
    Path("/work/shared/corpus/debian-fr.po"),
]
DEFAULT_SIZES = [1_000, 10_000, 100_000, 1_000_000]
BIG_SIZE = 1_000_000
ALL_SECTIONS = ["corpus", "sizes", "startup", "build", "cores"]

sys.path.insert(0, str(BENCH_DIR))
import synthetic  # noqa: E402  (bench/ is not a package)


# --- running one command ------------------------------------------------------------------------


@dataclass(frozen=True)
class Sample:
    wall: float
    cpu: float
    max_rss_kb: int
    # Sampled sum over the process tree every 20 ms (0 unless asked for): for parallel workers.
    tree_rss_kb: int
    # Mean number of the tree's processes running or waiting for a CPU (state R) over the samples:
    # how many cores the command tries to use, whatever else loads the machine.
    mean_runnable: float
    exit_code: int


class CommandFailed(RuntimeError):
    pass


# A child's ru_maxrss is never below the RSS of the process it was forked (or vforked) from: exec
# keeps the old address space's high-water mark. Spawned straight from this script, every command
# would "peak" at this script's own size. So commands are forked by this small launcher (a bare
# interpreter, ~5 MB: that is the floor of what can be measured), which also does the timing, from
# fork to reaping with os.wait4, and reports that child's own rusage.
LAUNCHER_CODE = r"""
import json, os, sys, threading, time
PAGE = os.sysconf("SC_PAGE_SIZE")

def tree_state(root):
    # Sum of the RSS of root and its descendants (shared pages counted in each: an upper bound),
    # and how many of them are running or runnable (state R) right now.
    total, running, stack = 0, 0, [root]
    while stack:
        pid = stack.pop()
        try:
            with open(f"/proc/{pid}/statm") as stream:
                total += int(stream.read().split()[1]) * PAGE
            with open(f"/proc/{pid}/stat") as stream:
                running += stream.read().rpartition(")")[2].split()[0] == "R"
            for task in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{task}/children") as stream:
                    stack += [int(child) for child in stream.read().split()]
        except (OSError, ValueError, IndexError):
            pass
    return total, running

def sample_tree(pid, done, peak):
    while not done.wait(0.02):
        total, running = tree_state(pid)
        peak[0] = max(peak[0], total)
        peak[1] += running
        peak[2] += 1

for request in sys.stdin:
    cwd, err_path, sample, argv = json.loads(request)
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        try:
            if cwd:
                os.chdir(cwd)
            null = os.open(os.devnull, os.O_RDWR)
            err = os.open(err_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.dup2(null, 0)
            os.dup2(null, 1)
            os.dup2(err, 2)
            os.execvp(argv[0], argv)
        except BaseException as error:
            os.write(2, f"launcher: {argv[0]}: {error}\n".encode())
        os._exit(127)
    done, peak = threading.Event(), [0, 0, 0]
    sampler = threading.Thread(target=sample_tree, args=(pid, done, peak)) if sample else None
    if sampler:
        sampler.start()
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    if sampler:
        done.set()
        sampler.join()
    code = os.waitstatus_to_exitcode(status)
    busy = peak[1] / peak[2] if peak[2] else 0.0
    print(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, peak[0] // 1024, busy, code,
          flush=True)
"""


class Launcher:
    """A persistent launcher process: one request (cwd, argv) in, one measurement out."""

    def __init__(self, scratch: Path):
        self.errors = scratch / "stderr.txt"
        # Python commands keep their compiled modules, as on a user's machine: a session that sets
        # PYTHONDONTWRITEBYTECODE would make the project (installed editable, so never compiled
        # ahead) recompile every module on every run while the reference tools' came with pip.
        environment = {name: value for name, value in os.environ.items()
                       if name != "PYTHONDONTWRITEBYTECODE"}
        self.process = subprocess.Popen(
            [sys.executable, "-S", "-c", LAUNCHER_CODE], env=environment,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)

    def run(self, argv: list[str], cwd: Path | None = None, ok_codes=(0,),
            sample_tree: bool = False) -> Sample:
        request = json.dumps([str(cwd or ""), str(self.errors), sample_tree, argv])
        self.process.stdin.write(request + "\n")
        wall, cpu, max_rss, tree_rss, busy, code = self.process.stdout.readline().split()
        sample = Sample(float(wall), float(cpu), int(max_rss), int(tree_rss), float(busy),
                        int(code))
        if sample.exit_code not in ok_codes:
            tail = self.errors.read_bytes()[-2000:].decode("utf-8", "replace")
            raise CommandFailed(f"{shlex.join(argv)} exited {sample.exit_code}:\n{tail}")
        return sample

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait()


LAUNCHER: Launcher | None = None


def run_once(argv: list[str], cwd: Path | None = None, ok_codes=(0,),
             sample_tree: bool = False) -> Sample:
    return LAUNCHER.run(argv, cwd, ok_codes, sample_tree)


@dataclass(frozen=True)
class Tool:
    label: str
    argv: list[str]
    ok_codes: tuple = (0,)
    cwd: Path | None = None
    sample_tree: bool = False


@dataclass
class Summary:
    label: str
    runs: int
    median_s: float
    min_s: float
    max_s: float
    median_cpu_s: float
    peak_rss_mb: float
    peak_tree_rss_mb: float | None
    mean_runnable: float | None
    walls: list = field(default_factory=list)


def summarise(tool: Tool, samples: list[Sample]) -> Summary:
    walls = [sample.wall for sample in samples]
    return Summary(
        label=tool.label,
        runs=len(samples),
        median_s=statistics.median(walls),
        min_s=min(walls),
        max_s=max(walls),
        median_cpu_s=statistics.median(sample.cpu for sample in samples),
        peak_rss_mb=max(sample.max_rss_kb for sample in samples) / 1024,
        peak_tree_rss_mb=(max(sample.tree_rss_kb for sample in samples) / 1024
                          if tool.sample_tree else None),
        mean_runnable=(statistics.median(sample.mean_runnable for sample in samples)
                       if tool.sample_tree else None),
        walls=[round(wall, 4) for wall in walls],
    )


def interleaved(tools: list[Tool], runs: int, before_each=None) -> dict[str, Summary]:
    """A B C A B C ...: each tool once per round, so drifts in machine load hit all alike."""
    samples: dict[str, list[Sample]] = {tool.label: [] for tool in tools}
    for round_number in range(runs):
        for tool in tools:
            if before_each is not None:
                before_each(tool)
            samples[tool.label].append(
                run_once(tool.argv, tool.cwd, tool.ok_codes, tool.sample_tree))
        note(f"  round {round_number + 1}/{runs}: " + ", ".join(
            f"{tool.label} {samples[tool.label][-1].wall:.3f}s" for tool in tools))
    return {tool.label: summarise(tool, samples[tool.label]) for tool in tools}


def note(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# --- the tools ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Toolbox:
    factsheet: list[str]
    check_argv: list[str]  # with "{paths}" standing for the catalogues
    check_is_real: bool
    msgfmt: str
    pofilter: str | None
    pybabel: str | None
    scratch: Path

    def check(self, paths: list[Path], label: str = "factsheet check") -> Tool:
        argv: list[str] = []
        for part in self.check_argv:
            argv += [str(path) for path in paths] if part == "{paths}" else [part]
        if not self.check_is_real:
            label += " (stand-in)"
        # Exit 1 means "issues found", which a real catalogue has.
        return Tool(label, argv, ok_codes=(0, 1), cwd=PROJECT_ROOT)

    def msgfmt_check(self, path: Path) -> Tool:
        return Tool("msgfmt -c", [self.msgfmt, "-c", "-o", os.devnull, str(path)])

    def pofilter_numbers(self, path: Path) -> Tool:
        output = self.scratch / "pofilter-out.po"
        return Tool("pofilter -t numbers",
                    [self.pofilter, "--progress=none", "-t", "numbers", str(path), str(output)])


def real_executable(name: str, *folders: Path) -> str | None:
    """The named program in one of the folders, else on PATH (a pyenv shim is resolved away)."""
    for folder in folders:
        candidate = folder / name
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    found = shutil.which(name)
    if found and "/shims/" in found and shutil.which("pyenv"):
        resolved = subprocess.run(["pyenv", "which", name], capture_output=True, text=True)
        if resolved.returncode == 0:
            return resolved.stdout.strip()
    return found


def check_help(factsheet: list[str]) -> bytes | None:
    """`factsheet check --help`, or None when there is no such command."""
    result = subprocess.run([*factsheet, "check", "--help"], capture_output=True, cwd=PROJECT_ROOT)
    return result.stdout if result.returncode == 0 else None


def make_toolbox(args, scratch: Path) -> Toolbox:
    venv_bin = args.venv / "bin"
    interpreter_bin = Path(sys.executable).parent
    factsheet_path = args.factsheet or real_executable("factsheet", interpreter_bin)
    if factsheet_path is None:
        sys.exit("speed.py: `factsheet` not found; run with the project's interpreter or --factsheet")
    factsheet = [factsheet_path]
    check_is_real = True
    if args.check_cmd:
        check_argv = shlex.split(args.check_cmd.replace("{factsheet}", shlex.quote(factsheet_path)))
    elif (help_text := check_help(factsheet)) is not None:
        # Every pair compared afresh: a run does not learn from the one before (see section_corpus).
        check_argv = [*factsheet, "check", *(["--no-cache"] if b"--no-cache" in help_text else []), "{paths}"]
    else:
        # Before the command lands: the checks' runner if it is there, else polib's parse.
        check_is_real = False
        runner = subprocess.run([sys.executable, "-c", "import i18n.checks.runner"],
                                capture_output=True, cwd=PROJECT_ROOT).returncode == 0
        code = ("import sys\nfrom i18n.checks.runner import check_files\nfrom i18n.checks.engine import CheckOptions\n"
                "check_files(sys.argv[1:], CheckOptions())" if runner else
                "import sys, polib\nfor p in sys.argv[1:]: polib.pofile(p)")
        note("note: `factsheet check` does not exist yet; timing a stand-in instead: "
             + ("i18n.checks.runner.check_files" if runner else "polib's parse"))
        check_argv = [sys.executable, "-c", code, "{paths}"]
    msgfmt = real_executable("msgfmt")
    if msgfmt is None:
        sys.exit("speed.py: msgfmt not found (apt-get install gettext)")
    pofilter = None if args.skip_pofilter else real_executable("pofilter", venv_bin)
    if pofilter is None and not args.skip_pofilter:
        sys.exit(f"speed.py: pofilter not found; python3 -m venv {args.venv} && "
                 f"{venv_bin}/pip install -r bench/requirements.txt (or --skip-pofilter)")
    pybabel = real_executable("pybabel", venv_bin)
    return Toolbox(factsheet, check_argv, check_is_real, msgfmt, pofilter, pybabel, scratch)


def count_entries(path: Path) -> int:
    """Live and obsolete entries, the header left out (a line-start `msgid` or `#~ msgid`)."""
    data = path.read_bytes()
    count = data.count(b"\nmsgid ") + data.count(b"\n#~ msgid ") + data.startswith(b"msgid ")
    has_header = b'msgid ""\nmsgstr' in data[:4096]
    return count - has_header


# --- sections -----------------------------------------------------------------------------------


def compile_package() -> None:
    """Write the package's bytecode: with PYTHONDONTWRITEBYTECODE set (as on some shared machines)
    every edited module would otherwise be compiled again in each timed run, which users, whose
    interpreter writes it once, never pay."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(PROJECT_ROOT / "i18n")], check=False,
                   capture_output=True)


def warm_up(box: Toolbox) -> None:
    """One untimed run of each command on a tiny catalogue: page cache and compiled modules."""
    compile_package()
    tiny = synthetic.ensure_catalogue(10, out_dir=OUT_DIR)
    tools = [box.check([tiny]), box.msgfmt_check(tiny), Tool("help", [*box.factsheet, "--help"]),
             Tool("build help", [*box.factsheet, "build", "--help"], ok_codes=(0, 2))]
    if box.pofilter:
        tools.append(box.pofilter_numbers(tiny))
    if box.pybabel:
        tools.append(Tool("pybabel", [box.pybabel, "--help"]))
    for tool in tools:
        run_once(tool.argv, tool.cwd, tool.ok_codes)


def interpreter_baseline(box: Toolbox) -> Summary:
    """`factsheet check` on a 10-entry catalogue: the interpreter and modules, no data to speak of."""
    tiny = synthetic.ensure_catalogue(10, out_dir=OUT_DIR)
    tool = box.check([tiny], "factsheet check (10 entries)")
    return interleaved([tool], 3)[tool.label]


def catalogue_tools(box: Toolbox, path: Path) -> list[Tool]:
    tools = [box.check([path]), box.msgfmt_check(path)]
    if box.pofilter:
        tools.append(box.pofilter_numbers(path))
    return tools


def remembered_check(box: Toolbox, path: Path) -> Tool | None:
    """`factsheet check` as in an edit-and-check loop: the numbers of the pairs it compared in an
    earlier run are remembered (checks/number_cache.py), here in a store of the scratch folder
    filled by one untimed run first."""
    if "--no-cache" not in box.check_argv:
        return None
    store = box.scratch / "number-store"
    argv = ["env", f"FACTSHEET_CACHE_DIR={store}", *[part for part in box.check([path]).argv if part != "--no-cache"]]
    tool = Tool("factsheet check (pairs remembered)", argv, ok_codes=(0, 1), cwd=PROJECT_ROOT)
    run_once(tool.argv, tool.cwd, tool.ok_codes)
    return tool


def section_corpus(box: Toolbox, path: Path, runs: int) -> dict:
    note(f"corpus: {path} ({runs} runs)")
    tools = catalogue_tools(box, path)
    remembered = remembered_check(box, path)
    results = interleaved(tools + ([remembered] if remembered else []), runs)
    return {
        "path": str(path),
        "bytes": path.stat().st_size,
        "entries": count_entries(path),
        "tools": {label: asdict(summary) for label, summary in results.items()},
    }


def section_sizes(box: Toolbox, sizes: list[int], runs: int, big_runs: int) -> dict:
    rows = []
    for size in sizes:
        note(f"sizes: generating/reusing a {size}-entry catalogue")
        path = synthetic.ensure_catalogue(size, out_dir=OUT_DIR)
        run_once([box.msgfmt, "-c", "-o", os.devnull, str(path)])  # valid, and now in page cache
        size_runs = min(runs, big_runs) if size >= BIG_SIZE else runs
        note(f"sizes: {size} entries, {path.stat().st_size / 1e6:.1f} MB ({size_runs} runs)")
        results = interleaved(catalogue_tools(box, path), size_runs)
        rows.append({
            "entries": size,
            "path": str(path),
            "bytes": path.stat().st_size,
            "tools": {label: asdict(summary) for label, summary in results.items()},
        })
    return {"rows": rows}


def section_startup(box: Toolbox, runs: int) -> dict:
    tools = [Tool("factsheet --help", [*box.factsheet, "--help"])]
    if box.pybabel:
        tools.append(Tool("pybabel --help", [box.pybabel, "--help"]))
    tools.append(Tool("python -c pass", [sys.executable, "-c", "pass"]))
    startup_runs = max(20, 4 * runs)
    note(f"startup ({startup_runs} runs)")
    results = interleaved(tools, startup_runs)
    return {"tools": {label: asdict(summary) for label, summary in results.items()}}


def copy_project(destination: Path) -> Path:
    """The project's tree without git, build outputs, compiled catalogues and the bench's files."""

    def ignored(folder: str, names: list[str]) -> set[str]:
        skip = {".git", "build", "__pycache__", ".pytest_cache", ".hypothesis", "test-artifacts"}
        if Path(folder) == PROJECT_ROOT:
            skip |= {"bench"}
        return {name for name in names if name in skip or name.endswith((".mo", ".egg-info"))}

    shutil.copytree(PROJECT_ROOT, destination, ignore=ignored)
    return destination


def remove_build_outputs(tree: Path) -> None:
    shutil.rmtree(tree / "build", ignore_errors=True)
    for compiled in tree.rglob("*.mo"):
        compiled.unlink()


def section_build(box: Toolbox, runs: int) -> dict:
    help_check = subprocess.run([*box.factsheet, "build", "--help"], capture_output=True)
    if help_check.returncode != 0:
        note("build: `factsheet build` does not exist yet; skipped")
        return {"available": False}
    tree = copy_project(box.scratch / "project-copy")
    clean = Tool("factsheet build (clean)", [*box.factsheet, "build"], cwd=tree)
    unchanged = Tool("factsheet build (unchanged)", [*box.factsheet, "build"], cwd=tree)

    def before(tool: Tool) -> None:
        if tool is clean:
            remove_build_outputs(tree)

    note(f"build: in {tree} ({runs} runs)")
    results = interleaved([clean, unchanged], runs, before_each=before)
    return {"available": True, "tools": {label: asdict(summary) for label, summary in results.items()}}


def section_cores(box: Toolbox, path: Path, runs: int) -> dict:
    folder = box.scratch / "copies"
    folder.mkdir(exist_ok=True)
    copies = [folder / f"copy{number}-{path.name}" for number in (1, 2)]
    for copy in copies:
        shutil.copyfile(path, copy)
    one = replace(box.check(copies[:1], "check 1 catalogue"), sample_tree=True)
    two = replace(box.check(copies, "check 2 catalogues"), sample_tree=True)
    note(f"cores: {path.name} x1 vs x2 in one call ({runs} runs)")
    results = interleaved([one, two], runs)
    return {"tools": {label: asdict(summary) for label, summary in results.items()},
            "cpu_count": os.cpu_count()}


def section_profile(box: Toolbox, path: Path) -> dict:
    """cProfile (deterministic, inflates small calls) and py-spy (sampling) of one check run."""
    import pstats

    if not box.check_is_real:
        note("profile: skipped, `factsheet check` does not exist yet")
        return {}
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    profile_file = OUT_DIR / "check.prof"
    # In one process: `factsheet` leaves through os._exit, which `python -m cProfile` never
    # survives to write its file (PROFILE_CODE turns that exit into SystemExit; no child forks).
    cprofile_argv = [sys.executable, "-c", PROFILE_CODE, str(profile_file), "check", "--no-cache", "--jobs", "1", str(path)]
    note(f"profile: {shlex.join(cprofile_argv)}")
    run_once(cprofile_argv, cwd=PROJECT_ROOT, ok_codes=(0, 1))
    stats = pstats.Stats(str(profile_file))
    total = stats.total_tt
    rows = []
    for (filename, line, function), (_, calls, tottime, cumtime, _) in stats.stats.items():
        rows.append({"function": f"{shorten(filename)}:{line}({function})", "calls": calls,
                     "self_s": tottime, "self_share": tottime / total,
                     "cum_s": cumtime, "cum_share": cumtime / total})
    result = {
        "cprofile_file": str(profile_file),
        "total_s": total,
        "by_self": sorted(rows, key=lambda row: -row["self_s"])[:25],
        "by_cumulative": [row for row in sorted(rows, key=lambda row: -row["cum_s"])
                          if "i18n" in row["function"]][:25],
    }
    note("profile: CPU time of each check alone")
    result["per_check"] = per_check_costs(path)
    py_spy = real_executable("py-spy", BENCH_DIR / ".venv" / "bin")
    if py_spy:
        collapsed = OUT_DIR / "check.py-spy.txt"
        argv = [py_spy, "record", "--format", "raw", "--rate", "250", "--output", str(collapsed),
                "--", *[a if a != "{paths}" else str(path) for a in box.check_argv]]
        note(f"profile: {shlex.join(argv)}")
        try:
            run_once(argv, cwd=PROJECT_ROOT, ok_codes=(0, 1))
            result["py_spy"] = summarise_collapsed(collapsed)
            result["py_spy_file"] = str(collapsed)
        except CommandFailed as error:
            note(f"profile: py-spy failed: {error}")
    return result


PROFILE_CODE = r"""
import cProfile, os, sys
out = sys.argv[1]
sys.argv = ["factsheet"] + sys.argv[2:]


def leave(code):
    raise SystemExit(code)


os._exit = leave
from i18n.entry import main
profile = cProfile.Profile()
try:
    profile.runcall(main)
except SystemExit:
    pass
profile.dump_stats(out)
"""


# CPU time of reading, of the runner's loop with no check, and of each check alone, in one process.
# It uses the checks' internal API, so it is skipped (with a note) if that API changes.
PER_CHECK_CODE = r"""
import json, sys, time
from i18n.po.io import read_catalog
from i18n.checks.context import catalog_context
from i18n.checks.engine import check_catalog, CheckOptions
from i18n.checks.registry import CHECKS
path = sys.argv[1]
start = time.process_time()
catalog, _ = read_catalog(path)
read = time.process_time() - start
def timed(options):
    start = time.process_time()
    result = check_catalog(catalog, catalog_context(catalog, path, options), options)
    return time.process_time() - start, len(result.findings)
loop, _ = timed(CheckOptions(select=frozenset({"no-such-check"})))
everything, findings = timed(CheckOptions())
each = {}
for check in CHECKS:
    seconds, found = timed(CheckOptions(select=frozenset({check.name})))
    each[check.name] = [seconds - loop, found]
print(json.dumps({"read_s": read, "loop_s": loop, "all_s": everything, "findings": findings,
                  "each": each}))
"""


def per_check_costs(path: Path) -> dict | None:
    result = subprocess.run([sys.executable, "-c", PER_CHECK_CODE, str(path)], capture_output=True,
                            text=True, cwd=PROJECT_ROOT)
    if result.returncode != 0:
        note(f"profile: per-check costs skipped: {result.stderr.strip().splitlines()[-1:]}")
        return None
    return json.loads(result.stdout)


def shorten(filename: str) -> str:
    for marker in ("/i18n/", "/site-packages/", "/lib/python3"):
        if marker in filename:
            return marker.strip("/") + "/" + filename.split(marker, 1)[1]
    return filename


def summarise_collapsed(path: Path) -> dict:
    """Self and inclusive sample shares per function from py-spy's collapsed stacks."""
    self_counts: dict[str, int] = {}
    inclusive: dict[str, int] = {}
    total = 0
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        stack, _, count_text = line.rpartition(" ")
        if not stack or not count_text.isdigit():
            continue
        count = int(count_text)
        total += count
        frames = [shorten_frame(frame) for frame in stack.split(";")]
        self_counts[frames[-1]] = self_counts.get(frames[-1], 0) + count
        for frame in set(frames):
            inclusive[frame] = inclusive.get(frame, 0) + count
    top_self = sorted(self_counts.items(), key=lambda item: -item[1])[:25]
    top_inclusive = sorted(((frame, n) for frame, n in inclusive.items() if "i18n" in frame),
                           key=lambda item: -item[1])[:25]
    return {
        "samples": total,
        "by_self": [{"function": frame, "share": n / total} for frame, n in top_self],
        "by_inclusive": [{"function": frame, "share": n / total} for frame, n in top_inclusive],
    }


def shorten_frame(frame: str) -> str:
    """py-spy's 'function (file:line)' without the line, so one function is one row."""
    name, _, location = frame.partition(" (")
    filename = location.rstrip(")").rsplit(":", 1)[0]
    return f"{name} ({shorten(filename)})"


# --- report -------------------------------------------------------------------------------------


def median(section: dict, label: str) -> float | None:
    tool = tool_entry(section, label)
    return tool["median_s"] if tool else None


def by_prefix(mapping: dict, label: str):
    """The value for label, or for the first key that starts with it ("... (stand-in)")."""
    return mapping.get(label) or next(
        (value for key, value in mapping.items() if key.startswith(label)), None)


def tool_entry(section: dict, label: str) -> dict | None:
    return by_prefix(section.get("tools", {}), label)


def evaluate_targets(report: dict) -> list[dict]:
    """Each target with what was measured and whether it is met.

    Time ratios are judged on wall time, unless other work loaded the machine during the run
    (load average above the CPU count): then on CPU time, which contention barely changes for a
    single-process command, and the verdict says so."""
    targets = []
    meta = report["meta"]
    loaded = max(meta["load_before"][0], meta.get("load_after", [0])[0]) > meta["cpus"]
    basis = "median_cpu_s" if loaded else "median_s"
    basis_name = "CPU" if loaded else "wall"

    def add(name: str, measured: str, met: bool | None, judged_on: str | None = None) -> None:
        targets.append({"target": name, "measured": measured, "met": met,
                        "basis": judged_on or basis_name})

    def ratio_text(first: dict, second: dict) -> str:
        return (f"wall {first['median_s'] / second['median_s']:.2f}x, "
                f"CPU {first['median_cpu_s'] / second['median_cpu_s']:.2f}x")

    corpus = report.get("corpus")
    baseline_mb = report.get("baseline", {}).get("peak_rss_mb")
    if corpus:
        check = tool_entry(corpus, "factsheet check")
        msgfmt = tool_entry(corpus, "msgfmt -c")
        pofilter = tool_entry(corpus, "pofilter -t numbers")
        ratio = check[basis] / msgfmt[basis]
        add("check <= 1.5x msgfmt -c (corpus)", ratio_text(check, msgfmt), ratio <= 1.5)
        remembered = corpus["tools"].get("factsheet check (pairs remembered)")
        if remembered:
            add("check <= 1.5x msgfmt -c (corpus, checked again: pairs remembered)", ratio_text(remembered, msgfmt),
                remembered[basis] / msgfmt[basis] <= 1.5)
        if pofilter:
            speedup = pofilter[basis] / check[basis]
            add("check >= 5x faster than pofilter -t numbers (corpus)",
                ratio_text(pofilter, check), speedup >= 5)
            if remembered:
                add("check >= 5x faster than pofilter -t numbers (corpus, checked again: pairs remembered)",
                    ratio_text(pofilter, remembered), pofilter[basis] / remembered[basis] >= 5)
        if baseline_mb is not None:
            file_mb = corpus["bytes"] / 2**20
            extra = check["peak_rss_mb"] - baseline_mb
            add("check peak RSS <= 4x file + interpreter (corpus)",
                f"{extra:.0f} MB over the interpreter's {baseline_mb:.0f} MB = "
                f"{extra / file_mb:.2f}x the {file_mb:.1f} MB file", extra <= 4 * file_mb, "peak RSS")
    sizes = report.get("sizes", {}).get("rows", [])
    if len(sizes) >= 2:
        key = "marginal_cpu_us_per_entry" if loaded else "marginal_us_per_entry"
        marginals = [by_prefix(row[key], "factsheet check") for row in sizes[1:]]
        marginals = [marginal for marginal in marginals if marginal]
        if len(marginals) >= 2:
            spread = max(marginals) / min(marginals)
            add(f"check cost linear {sizes[0]['entries']:,}..{sizes[-1]['entries']:,} entries",
                "marginal us/entry " + ", ".join(f"{m:.1f}" for m in marginals)
                + f" (max/min {spread:.2f})", spread <= 1.5)
        if baseline_mb is not None:
            worst = max((tool_entry(row, "factsheet check")["peak_rss_mb"] - baseline_mb)
                        / (row["bytes"] / 2**20) for row in sizes if row["bytes"] > 2**20)
            add("check peak RSS <= 4x file + interpreter (synthetic > 1 MB)",
                f"worst {worst:.2f}x", worst <= 4, "peak RSS")
    startup = report.get("startup")
    if startup and tool_entry(startup, "pybabel --help"):
        ours = tool_entry(startup, "factsheet --help")
        theirs = tool_entry(startup, "pybabel --help")
        add("factsheet --help no slower than pybabel --help",
            f"{ours['median_s'] * 1000:.0f} ms vs {theirs['median_s'] * 1000:.0f} ms wall, "
            f"{ours['median_cpu_s'] * 1000:.0f} vs {theirs['median_cpu_s'] * 1000:.0f} ms CPU",
            ours[basis] <= theirs[basis] * 1.05)
    build = report.get("build")
    if build and build.get("available"):
        unchanged = tool_entry(build, "factsheet build (unchanged)")
        add("factsheet build with nothing changed well under 1 s (< 0.5 s)",
            f"{unchanged['median_s'] * 1000:.0f} ms wall, "
            f"{unchanged['median_cpu_s'] * 1000:.0f} ms CPU", unchanged[basis] < 0.5)
    cores = report.get("cores")
    if cores:
        one = tool_entry(cores, "check 1 catalogue")
        two = tool_entry(cores, "check 2 catalogues")
        ratio = two["median_s"] / one["median_s"]
        cpus = min(2, cores.get("cpu_count") or 1)
        if loaded:  # wall time says little: judge on how many processes were trying to run
            add("check uses both cores (1 catalogue in pieces, 2 catalogues at once)",
                f"mean runnable processes {one['mean_runnable']:.2f} and {two['mean_runnable']:.2f}; "
                f"2 vs 1: {ratio:.2f}x wall",
                min(one["mean_runnable"], two["mean_runnable"]) >= 0.8 * cpus, "runnable procs")
        else:
            busy_one = one["median_cpu_s"] / one["median_s"]
            busy_two = two["median_cpu_s"] / two["median_s"]
            add("check uses both cores (1 catalogue in pieces, 2 catalogues at once)",
                f"CPU/wall {busy_one:.2f} and {busy_two:.2f}; 2 vs 1: {ratio:.2f}x wall",
                min(busy_one, busy_two) >= 0.8 * cpus, "CPU/wall")
    return targets


def add_derived(report: dict) -> None:
    """Per-entry and marginal per-entry times, and memory per file size, for the sizes rows."""
    rows = report.get("sizes", {}).get("rows", [])
    previous = None
    for row in rows:
        row["us_per_entry"] = {label: tool["median_s"] / row["entries"] * 1e6
                               for label, tool in row["tools"].items()}
        row["marginal_us_per_entry"] = {}
        row["marginal_cpu_us_per_entry"] = {}
        if previous is not None:
            added = row["entries"] - previous["entries"]
            for label, tool in row["tools"].items():
                if label in previous["tools"]:
                    before = previous["tools"][label]
                    row["marginal_us_per_entry"][label] = (
                        (tool["median_s"] - before["median_s"]) / added * 1e6)
                    row["marginal_cpu_us_per_entry"][label] = (
                        (tool["median_cpu_s"] - before["median_cpu_s"]) / added * 1e6)
        previous = row


def format_table(headers: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *rows)]
    lines = ["  ".join(str(cell).rjust(width) if index else str(cell).ljust(width)
                       for index, (cell, width) in enumerate(zip(line, widths)))
             for line in [headers, *rows]]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


def tools_table(section: dict, reference: str | None = None) -> str:
    sampled = any(tool.get("peak_tree_rss_mb") is not None for tool in section["tools"].values())
    headers = ["command", "median s", "min s", "max s", "CPU s", "peak RSS MB"]
    if sampled:
        headers += ["tree RSS MB", "runnable procs"]
    if reference:
        headers.append(f"x {reference}")
    rows = []
    reference_time = median(section, reference) if reference else None
    for label, tool in section["tools"].items():
        row = [label, f"{tool['median_s']:.3f}", f"{tool['min_s']:.3f}", f"{tool['max_s']:.3f}",
               f"{tool['median_cpu_s']:.3f}", f"{tool['peak_rss_mb']:.1f}"]
        if sampled:
            row += [f"{tool['peak_tree_rss_mb']:.1f}", f"{tool['mean_runnable']:.2f}"]
        if reference_time:
            row.append(f"{tool['median_s'] / reference_time:.2f}")
        rows.append(row)
    return format_table(headers, rows)


def print_report(report: dict) -> None:
    out = []
    meta = report["meta"]
    out.append(f"# factsheet speed, {meta['date']} on {meta['machine']} ({meta['cpus']} CPUs), "
               f"runs={meta['runs']}")
    out.append(f"# check command: {meta['check_command']}")
    out.append("# load average (1, 5, 15 min) before: {:.2f} {:.2f} {:.2f}, after: {:.2f} {:.2f} "
               "{:.2f}".format(*meta["load_before"], *meta.get("load_after", (0, 0, 0))))
    if "baseline" in report:
        out.append(f"# interpreter baseline (check on 10 entries): "
                   f"{report['baseline']['peak_rss_mb']:.1f} MB peak RSS, "
                   f"{report['baseline']['median_s'] * 1000:.0f} ms wall, "
                   f"{report['baseline']['median_cpu_s'] * 1000:.0f} ms CPU")
    if "corpus" in report:
        corpus = report["corpus"]
        out.append(f"\n## corpus: {corpus['path']} ({corpus['entries']:,} entries, "
                   f"{corpus['bytes'] / 1e6:.1f} MB)")
        out.append(tools_table(corpus, "msgfmt -c"))
    if report.get("sizes", {}).get("rows"):
        out.append("\n## sizes (synthetic): time per entry, marginal time per entry, memory")
        baseline = report.get("baseline", {}).get("peak_rss_mb", 0.0)
        rows = []
        for row in report["sizes"]["rows"]:
            for label, tool in row["tools"].items():
                marginal = row["marginal_us_per_entry"].get(label)
                cpu_marginal = row["marginal_cpu_us_per_entry"].get(label)
                rows.append([f"{row['entries']:,}", f"{row['bytes'] / 1e6:.1f}", label,
                             str(tool["runs"]), f"{tool['median_s']:.3f}",
                             f"{row['us_per_entry'][label]:.2f}",
                             f"{marginal:.2f}" if marginal is not None else "-",
                             f"{cpu_marginal:.2f}" if cpu_marginal is not None else "-",
                             f"{tool['peak_rss_mb']:.0f}",
                             f"{tool['peak_rss_mb'] / (row['bytes'] / 2**20):.2f}",
                             f"{(tool['peak_rss_mb'] - baseline) / (row['bytes'] / 2**20):.2f}"
                             if label.startswith("factsheet") else "-"])
        out.append(format_table(["entries", "MB", "command", "runs", "median s", "us/entry",
                                 "marginal us/entry", "marginal CPU us/entry", "peak RSS MB", "RSS/file",
                                 "(RSS-interp)/file"], rows))
        out.append(f"(marginal: extra time per extra entry since the previous size; "
                   f"interp: the {baseline:.0f} MB baseline above)")
    if "startup" in report:
        out.append("\n## start-up")
        out.append(tools_table(report["startup"], "pybabel --help"))
    if report.get("build", {}).get("available"):
        out.append("\n## build (copy of the project)")
        out.append(tools_table(report["build"]))
    if "cores" in report:
        out.append(f"\n## cores: one call on 2 copies vs 1 ({report['cores']['cpu_count']} CPUs)")
        out.append(tools_table(report["cores"], "check 1 catalogue"))
    if report.get("targets"):
        out.append("\n## targets")
        out.append(format_table(["target", "measured", "met", "judged on"], [
            [target["target"], target["measured"],
             {True: "yes", False: "NO", None: "?"}[target["met"]], target["basis"]]
            for target in report["targets"]]))
    if report.get("profile"):
        profile = report["profile"]
        out.append(f"\n## cProfile of factsheet check ({profile['total_s']:.2f} s under the "
                   f"profiler; {profile['cprofile_file']})")
        out.append(format_table(["function", "calls", "self s", "self %", "cum %"], [
            [row["function"], str(row["calls"]), f"{row['self_s']:.3f}",
             f"{100 * row['self_share']:.1f}", f"{100 * row['cum_share']:.1f}"]
            for row in profile["by_self"]]))
        out.append("\n## cProfile, cumulative, i18n functions")
        out.append(format_table(["function", "calls", "cum s", "cum %"], [
            [row["function"], str(row["calls"]), f"{row['cum_s']:.3f}",
             f"{100 * row['cum_share']:.1f}"] for row in profile["by_cumulative"]]))
        if profile.get("per_check"):
            costs = profile["per_check"]
            out.append(f"\n## CPU per stage, in one process: read {costs['read_s']:.3f} s, runner loop "
                       f"with no check {costs['loop_s']:.3f} s, all checks {costs['all_s']:.3f} s "
                       f"({costs['findings']} findings); each check alone, loop subtracted "
                       "(checks sharing a cache each pay for it here):")
            out.append(format_table(["check", "CPU s", "findings"], [
                [name, f"{seconds:.3f}", str(found)] for name, (seconds, found)
                in sorted(costs["each"].items(), key=lambda item: -item[1][0])
                if seconds >= 0.005]))
        if "py_spy" in profile:
            spy = profile["py_spy"]
            out.append(f"\n## py-spy ({spy['samples']} samples): self time")
            out.append(format_table(["function", "self %"], [
                [row["function"], f"{100 * row['share']:.1f}"] for row in spy["by_self"]]))
            out.append("\n## py-spy: inclusive time, i18n functions")
            out.append(format_table(["function", "incl %"], [
                [row["function"], f"{100 * row['share']:.1f}"] for row in spy["by_inclusive"]]))
    print("\n".join(out))


# --- main ---------------------------------------------------------------------------------------


def default_catalogue() -> Path | None:
    return next((path for path in CORPUS_CANDIDATES if path.is_file()), None)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=__doc__.split("\n\n", 1)[1])
    parser.add_argument("catalogue", nargs="?", type=Path,
                        help="PO file for corpus/cores/profile (default: debian-fr.po if present)")
    parser.add_argument("--runs", type=int, help="timed runs of each command (default 5; quick 2)")
    parser.add_argument("--sizes", help="synthetic sizes, comma-separated "
                        "(default 1000,10000,100000,1000000; quick 1000,10000)")
    parser.add_argument("--big-runs", type=int, default=1,
                        help=f"runs for sizes of {BIG_SIZE:,} entries and more (default 1)")
    parser.add_argument("--sections", help=f"comma-separated, from {','.join(ALL_SECTIONS)},profile")
    parser.add_argument("--skip-pofilter", action="store_true", help="leave Translate Toolkit out")
    parser.add_argument("--quick", action="store_true",
                        help="2 runs, sizes 1000 and 10000 only: a smoke test of the harness")
    parser.add_argument("--json", action="store_true", help="print the report as JSON instead")
    parser.add_argument("--save", type=Path, help="also write the report as JSON to this file")
    parser.add_argument("--venv", type=Path, default=BENCH_DIR / ".venv",
                        help="virtualenv holding the reference tools (default bench/.venv)")
    parser.add_argument("--factsheet", help="the factsheet executable (default: beside python)")
    parser.add_argument("--check-cmd", help='check command template, e.g. '
                        '"{factsheet} check --jobs 2 {paths}"')
    args = parser.parse_args(argv)
    args.runs = args.runs or (2 if args.quick else 5)
    if args.sizes is not None:
        args.sizes = [int(size) for size in args.sizes.replace("_", "").split(",") if size]
    else:
        args.sizes = [1_000, 10_000] if args.quick else DEFAULT_SIZES
    args.sections = args.sections.split(",") if args.sections else list(ALL_SECTIONS)
    unknown = set(args.sections) - {*ALL_SECTIONS, "profile"}
    if unknown:
        parser.error(f"unknown sections: {', '.join(sorted(unknown))}")
    if args.catalogue is None:
        args.catalogue = default_catalogue()
    needs_catalogue = {"corpus", "cores", "profile"} & set(args.sections)
    if needs_catalogue and (args.catalogue is None or not args.catalogue.is_file()):
        parser.error(f"no catalogue for {', '.join(sorted(needs_catalogue))}: "
                     "pass a PO file path")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    global LAUNCHER
    with tempfile.TemporaryDirectory(prefix="factsheet-bench-") as scratch:
        LAUNCHER = Launcher(Path(scratch))
        box = make_toolbox(args, Path(scratch))
        report: dict = {"meta": {
            "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
            "machine": f"{platform.system()} {platform.machine()}, Python {platform.python_version()}",
            "cpus": os.cpu_count(),
            "runs": args.runs,
            "check_command": shlex.join(box.check_argv),
            "check_is_real": box.check_is_real,
            "sections": args.sections,
            "load_before": os.getloadavg(),
        }}
        try:
            note("warming up (compiled modules, page cache)")
            warm_up(box)
            if {"corpus", "sizes"} & set(args.sections):
                report["baseline"] = asdict(interpreter_baseline(box))
            if "corpus" in args.sections:
                report["corpus"] = section_corpus(box, args.catalogue, args.runs)
            if "sizes" in args.sections:
                report["sizes"] = section_sizes(box, args.sizes, args.runs, args.big_runs)
                add_derived(report)
            if "startup" in args.sections:
                report["startup"] = section_startup(box, args.runs)
            if "build" in args.sections:
                report["build"] = section_build(box, args.runs)
            if "cores" in args.sections:
                report["cores"] = section_cores(box, args.catalogue, args.runs)
            if "profile" in args.sections:
                report["profile"] = section_profile(box, args.catalogue)
        except CommandFailed as error:
            print(f"speed.py: {error}", file=sys.stderr)
            return 1
        finally:
            LAUNCHER.close()
            report["meta"]["load_after"] = os.getloadavg()
        report["targets"] = evaluate_targets(report)
    if args.save:
        args.save.write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print_report(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
