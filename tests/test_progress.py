"""A progress bar for long work (a large merge, a large single-file check), on a terminal only:
drawn on stderr when it is a terminal, never when it is a pipe or in CI, and the output the same
either way (for a merge, byte for byte msgmerge's)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import threading

from i18n.checks import runner
from i18n.cli import progress

HEADER = ('msgid ""\nmsgstr ""\n"Language: fr\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
          '"Plural-Forms: nplurals=2; plural=(n > 1);\\n"\n\n')
WORDS = "alpha beta gamma delta epsilon zeta theta iota kappa lambda".split()


def _source(index: int) -> str:
    return f"Message {index} about the {WORDS[index % 10]} and {WORDS[index // 10 % 10]} of item {index * 7}"


def _merge_inputs(folder, count: int):
    """A catalogue of `count` translated messages and a template where every msgid changed a little:
    each message is a fuzzy search over the whole catalogue (a few seconds for 1,450, on two cores)."""
    old = folder / "fr.po"
    old.write_text(HEADER + "".join(
        f'#: src/a.c:{index}\nmsgid "{_source(index)}"\nmsgstr "Traduction {index} du {WORDS[index % 10]}"\n\n'
        for index in range(count)), encoding="utf-8")
    template = folder / "messages.pot"
    template.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n' + "".join(
        f'#: src/a.c:{index}\nmsgid "{_source(index)}, changed"\nmsgstr ""\n\n' for index in range(count)),
        encoding="utf-8")
    return old, template


def _large_catalogue(folder):
    """A catalogue three times runner.SPLIT_ABOVE_BYTES, which `check` reads in pieces on several processes
    (a few seconds)."""
    entries = []
    size = len(HEADER)
    index = 0
    while size <= runner.SPLIT_ABOVE_BYTES * 3:
        # One entry in a hundred changes its number: a finding all along the file.
        entry = (f'#: src/a.c:{index}\nmsgid "Open the file of item {index}"\n'
                 f'msgstr "Ouvrir le fichier de l\u2019article {index}"\n\n' if index % 100 else
                 f'msgid "Take {index} steps"\nmsgstr "Faites {index + 1} pas"\n\n')
        entries.append(entry)
        size += len(entry.encode("utf-8"))
        index += 1
    path = folder / "big.po"
    path.write_text(HEADER + "".join(entries), encoding="utf-8")
    return path


def _environment(**settings):
    """A terminal's environment where a bar shows at once: whether quick work draws none is tested
    on a clock the test moves (test_quick_work_draws_no_bar_and_slow_work_does), not on this machine's speed."""
    env = {key: value for key, value in os.environ.items() if key not in ("CI", "NO_COLOR")}
    env["TERM"] = "xterm"
    env[progress.DELAY_VARIABLE] = "0"
    env.update(settings)
    return env


def _run_on_terminal(args, cwd, env):
    """Run a command whose stderr is a pseudo-terminal and stdout a pipe: (status, stdout, terminal)."""
    import pty

    leader, follower = pty.openpty()
    process = subprocess.Popen(args, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=follower)
    os.close(follower)
    chunks = []

    def read_terminal():  # read as it comes, so that a long bar never fills the terminal's buffer
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the follower side closed: the process has ended
                break
            if not chunk:
                break
            chunks.append(chunk)

    reader = threading.Thread(target=read_terminal)
    reader.start()
    stdout = process.stdout.read()
    process.wait()
    reader.join()
    os.close(leader)
    return process.returncode, stdout, b"".join(chunks).decode(errors="replace")


def test_a_long_merge_shows_a_bar_on_a_terminal_and_writes_msgmerges_bytes(tmp_path):
    old, template = _merge_inputs(tmp_path, 1450)
    status, stdout, terminal = _run_on_terminal(
        ["factsheet", "update", "--template", str(template), str(old), "-o", "ours.po"], tmp_path, _environment())
    assert status == 0, terminal
    assert "Merging fr.po" in terminal and "100%" in terminal
    assert stdout.decode() == "ours.po: written (0 translated, 1450 fuzzy, 0 untranslated)\n"
    subprocess.run(["msgmerge", "--quiet", "--previous", "-o", "theirs.po", str(old), str(template)], cwd=tmp_path,
                   check=True)
    assert (tmp_path / "ours.po").read_bytes() == (tmp_path / "theirs.po").read_bytes()

    # Piped or in CI: the same output, and no bar.
    piped = subprocess.run(["factsheet", "update", "--template", str(template), str(old), "-o", "piped.po"],
                           cwd=tmp_path, env=_environment(), capture_output=True)
    assert piped.returncode == 0 and piped.stderr == b""
    assert piped.stdout == stdout.replace(b"ours.po", b"piped.po")
    assert (tmp_path / "piped.po").read_bytes() == (tmp_path / "theirs.po").read_bytes()
    status, _stdout, terminal = _run_on_terminal(
        ["factsheet", "update", "--template", str(template), str(old), "-o", "ci.po"], tmp_path, _environment(CI="true"))
    assert status == 0 and terminal == ""


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _draw(monkeypatch, reports: list[tuple[float, int, int]]) -> str:
    """What a ProgressBar draws on a terminal for `reports` of (seconds since start, done, total),
    on a clock the test moves (a merge's own duration depends on the machine's load)."""
    terminal = _Terminal()
    now = [1000.0]
    monkeypatch.setattr(progress.time, "monotonic", lambda: now[0])
    monkeypatch.setattr(progress.sys, "stderr", terminal)
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv(progress.DELAY_VARIABLE, raising=False)
    monkeypatch.setenv("TERM", "xterm")
    with progress.ProgressBar("Merging fr.po") as bar:
        for seconds, done, total in reports:
            now[0] = 1000.0 + seconds
            bar(done, total)
    return terminal.getvalue()


def test_quick_work_draws_no_bar_and_slow_work_does(monkeypatch):
    quick = [(0.01 * step, step, 5) for step in range(6)]
    assert _draw(monkeypatch, quick) == ""
    # Nearly done when the delay has passed: not worth a bar either.
    assert _draw(monkeypatch, [(0.1, 0, 10), (progress.DELAY_SECONDS + 0.1, 9, 10), (0.9, 10, 10)]) == ""
    slow = [(0.4 * step, step, 5) for step in range(6)]
    drawn = _draw(monkeypatch, slow)
    assert "Merging fr.po" in drawn and "100%" in drawn


def test_a_large_file_checked_in_pieces_shows_a_bar_on_a_terminal_only(tmp_path):
    path = _large_catalogue(tmp_path)
    args = ["factsheet", "check", "--format", "json", str(path)]
    status, stdout, terminal = _run_on_terminal(args, tmp_path, _environment())
    assert status == 1
    assert "Checking" in terminal and "100%" in terminal
    piped = subprocess.run(args, cwd=tmp_path, env=_environment(), capture_output=True)
    assert piped.returncode == 1 and b"Checking" not in piped.stderr
    assert piped.stdout == stdout
    findings = json.loads(stdout)["findings"]
    # The findings cover the whole file, not one piece.
    changed_lines = [item["line"] for item in findings if item["check"] == "number-changed"]
    assert len(changed_lines) == len(findings) > 500 and max(changed_lines) > path.read_text().count("\n") - 500
    status, ci_stdout, terminal = _run_on_terminal(args, tmp_path, _environment(CI="true"))
    assert status == 1 and "Checking" not in terminal and ci_stdout == stdout


def test_build_shows_its_steps_on_a_terminal_only(tmp_path):
    from tests.project_fixture import copy_real_project

    root = copy_real_project(tmp_path / "project")
    status, stdout, terminal = _run_on_terminal(["factsheet", "build"], root, _environment())
    assert status == 0, terminal
    steps = [line.strip() for line in terminal.splitlines() if line.strip()]
    assert [step for step in steps if "factsheet:" in step] == [
        f"\x1b[2mfactsheet: {name}...\x1b[0m" for name in ("extract", "update", "compile", "render", "check")]
    assert b"build/fr/amur-leopard.html: written" in stdout
    status, ci_stdout, terminal = _run_on_terminal(["factsheet", "build", "--force"], root, _environment(CI="true"))
    assert status == 0 and terminal == ""
    assert ci_stdout.replace(b"written", b"unchanged") == stdout.replace(b"written", b"unchanged")
