"""Files are written whole or not at all, and somebody else's edit is never overwritten.

The races are run with real processes: concurrent writers, a process stopped (SIGSTOP) or killed
(SIGKILL) while its temporary file is being written.
"""

from __future__ import annotations

import contextlib
import os
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from i18n.errors import FactsheetError, InputError
from i18n.files import fingerprint, temporary_name_pattern, write_atomic

REPOSITORY = Path(__file__).resolve().parents[1]

# One writer: reads the file, then writes SIZE bytes over it, guarded by what it read.
WRITER = """
import sys
from pathlib import Path
from i18n.errors import FactsheetError
from i18n.files import fingerprint, write_atomic
target, size = Path(sys.argv[1]), int(sys.argv[2])
seen = fingerprint(target)
try:
    print("written" if write_atomic(target, b"w" * size, expected=seen) else "unchanged", flush=True)
except FactsheetError as error:
    print(f"refused: {error}", flush=True)
    sys.exit(1)
"""

# Many read-modify-write rounds: each round appends its own line, guarded by what it read.
APPENDER = """
import sys
from pathlib import Path
from i18n.errors import FactsheetError
from i18n.files import fingerprint, write_atomic
target, name, rounds = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
written = refused = 0
for number in range(rounds):
    seen = fingerprint(target)
    data = target.read_bytes()
    try:
        write_atomic(target, data + f"{name}-{number}\\n".encode(), expected=seen)
        written += 1
    except FactsheetError:
        refused += 1
print(written, refused)
"""

LARGE = 96 * 1024 * 1024


def python(script: str, *args) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", script, *map(str, args)], cwd=REPOSITORY,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def temporaries(target: Path) -> list[str]:
    pattern = temporary_name_pattern(target)
    return [name for name in os.listdir(target.parent) if pattern.fullmatch(name)]


def stop_mid_write(target: Path, how: signal.Signals, attempts: int = 5) -> subprocess.Popen:
    """A writer of a large file, sent `how` while its temporary file exists (tried again if the
    writer happened to finish between our seeing the file and the signal)."""
    for _ in range(attempts):
        writer = python(WRITER, target, LARGE)
        deadline = time.monotonic() + 60
        while not temporaries(target) and writer.poll() is None and time.monotonic() < deadline:
            pass
        os.kill(writer.pid, how)
        if temporaries(target):
            return writer
        if how == signal.SIGSTOP:
            os.kill(writer.pid, signal.SIGCONT)
        writer.communicate()
        target.write_bytes(b"original\n")
    pytest.fail("never caught the writer while its temporary file existed")


def test_concurrent_read_modify_write_rounds_lose_no_update(tmp_path):
    target = tmp_path / "fr.po"
    target.write_bytes(b"")
    writers = [python(APPENDER, target, f"w{index}", 25) for index in range(6)]
    counts = []
    for writer in writers:
        out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
        counts.append(tuple(map(int, out.split())))
    written = sum(done for done, _ in counts)
    lines = target.read_text().splitlines()
    # Every round that said "written" is in the file; a round that would have lost one was refused.
    assert len(lines) == written
    assert len(set(lines)) == written
    assert written + sum(refused for _, refused in counts) == 6 * 25
    assert temporaries(target) == []


def test_a_change_made_while_the_temporary_file_is_written_stops_the_rename(tmp_path):
    target = tmp_path / "fr.po"
    target.write_bytes(b"original\n")
    before = target.stat()
    writer = stop_mid_write(target, signal.SIGSTOP)
    # Same size, same modification time: only the contents tell the change.
    target.write_bytes(b"EDITED!!\n")
    os.utime(target, ns=(before.st_atime_ns, before.st_mtime_ns))
    os.kill(writer.pid, signal.SIGCONT)
    out, err = writer.communicate(timeout=120)
    assert writer.returncode == 1, (out, err)
    assert out.strip() == f"refused: {target}: changed on disk since it was read; not overwritten, run the command again"
    assert target.read_bytes() == b"EDITED!!\n"
    assert temporaries(target) == []


def test_a_writer_killed_mid_write_leaves_the_file_whole_and_its_leftover_is_removed_next_time(tmp_path):
    target = tmp_path / "fr.po"
    target.write_bytes(b"original\n")
    writer = stop_mid_write(target, signal.SIGKILL)
    writer.communicate(timeout=60)
    assert writer.returncode == -signal.SIGKILL
    assert target.read_bytes() == b"original\n"
    assert len(temporaries(target)) == 1
    # Another file's leftover-like name and an unrelated file are left alone.
    (tmp_path / ".de.po.abcdefgh.tmp").write_bytes(b"not ours to judge")
    (tmp_path / "notes.tmp").write_bytes(b"mine")

    assert write_atomic(target, b"next\n", expected=fingerprint(target)) is True
    assert target.read_bytes() == b"next\n"
    assert temporaries(target) == []
    assert sorted(path.name for path in tmp_path.iterdir()) == [".de.po.abcdefgh.tmp", "fr.po", "notes.tmp"]


def test_a_symlinked_file_is_written_through_the_link(tmp_path):
    real = tmp_path / "shared" / "fr.po"
    real.parent.mkdir()
    real.write_bytes(b"old\n")
    link = tmp_path / "project" / "fr.po"
    link.parent.mkdir()
    os.symlink(os.path.relpath(real, link.parent), link)
    assert write_atomic(link, b"new\n", expected=fingerprint(link)) is True
    assert link.is_symlink()
    assert real.read_bytes() == b"new\n"
    assert sorted(os.listdir(link.parent)) == ["fr.po"]


@pytest.mark.parametrize("mode", [0o600, 0o640, 0o755])
def test_the_replaced_file_keeps_its_permissions(tmp_path, mode):
    target = tmp_path / "fr.po"
    target.write_bytes(b"old\n")
    os.chmod(target, mode)
    write_atomic(target, b"new\n")
    assert stat.S_IMODE(target.stat().st_mode) == mode


def null_device(folder: Path) -> Path:
    """A character device like /dev/null: a node of our own as root (so that a regression cannot
    replace the machine's /dev/null), the real one otherwise (which then cannot be replaced)."""
    if os.geteuid() != 0:
        return Path("/dev/null")
    node = folder / "null"
    os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    return node


def test_a_device_stays_a_device(tmp_path):
    device = null_device(tmp_path)
    assert write_atomic(device, b"anything") is True
    assert stat.S_ISCHR(os.stat(device).st_mode)
    assert [name for name in os.listdir(device.parent) if name.startswith(".null.")] == []


def test_a_fifo_is_written_in_place(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    assert write_atomic(fifo, b"through the pipe\n") is True
    reader.join(timeout=30)
    assert received == [b"through the pipe\n"]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_a_file_where_a_folder_is_needed_is_one_error_naming_it(tmp_path):
    (tmp_path / "build").write_bytes(b"a file, not a folder")
    with pytest.raises(InputError) as raised:
        write_atomic(tmp_path / "build" / "fr" / "sheet.html", b"<p>")
    assert str(raised.value) == f"{tmp_path}/build/fr/sheet.html: cannot write: {tmp_path}/build is a file, not a folder"
    with contextlib.chdir(tmp_path):
        with pytest.raises(InputError) as raised:
            write_atomic(Path("build/fr/sheet.html"), b"<p>")
    assert str(raised.value) == "build/fr/sheet.html: cannot write: build is a file, not a folder"
    assert raised.value.exit_code == 2


def test_a_folder_where_the_file_should_be_is_an_error(tmp_path):
    (tmp_path / "fr.po").mkdir()
    with pytest.raises(InputError, match="cannot write: it is a folder"):
        write_atomic(tmp_path / "fr.po", b"x")


def test_an_interrupted_write_leaves_the_old_file_whole_and_no_temporary_file(tmp_path):
    target = tmp_path / "fr.po"
    target.write_bytes(b"old contents\n")
    writer = stop_mid_write(target, signal.SIGSTOP)
    os.kill(writer.pid, signal.SIGINT)
    os.kill(writer.pid, signal.SIGCONT)
    writer.communicate(timeout=60)
    assert writer.returncode != 0
    assert target.read_bytes() == b"old contents\n"
    assert temporaries(target) == []


def test_unchanged_bytes_are_not_rewritten(tmp_path):
    target = tmp_path / "out.html"
    assert write_atomic(target, b"<p>1</p>") is True
    before = target.stat().st_mtime_ns
    assert write_atomic(target, b"<p>1</p>") is False
    assert target.stat().st_mtime_ns == before


def test_a_file_changed_since_it_was_read_is_not_overwritten(tmp_path):
    target = tmp_path / "fr.po"
    target.write_bytes(b"as read\n")
    seen = fingerprint(target)
    target.write_bytes(b"a translator saved meanwhile\n")
    with pytest.raises(FactsheetError, match="changed on disk"):
        write_atomic(target, b"ours\n", expected=seen)
    assert target.read_bytes() == b"a translator saved meanwhile\n"


def test_a_file_created_since_it_was_found_missing_is_not_overwritten(tmp_path):
    target = tmp_path / "fr.po"
    seen = fingerprint(target)
    target.write_bytes(b"somebody else's new file\n")
    with pytest.raises(FactsheetError, match="changed on disk"):
        write_atomic(target, b"ours\n", expected=seen)


def test_a_new_file_gets_its_folder_and_ordinary_permissions(tmp_path):
    target = tmp_path / "build" / "fr" / "sheet.md"
    write_atomic(target, b"# Titre\n")
    assert target.read_bytes() == b"# Titre\n"
    assert target.stat().st_mode & 0o777 == 0o644 & ~_umask()


def _umask():
    mask = os.umask(0)
    os.umask(mask)
    return mask
