"""Writing files whole, and never over somebody else's change: the one owner of the project's writes.

A regular file is written to a temporary file beside it, then renamed over it, so a reader sees the
old file or the new one, never half of one. Around that:

- Writers of one folder take turns: each holds an exclusive `flock` on the folder while it checks,
  writes and renames (a folder lock leaves no lock file behind, and the kernel releases it when a
  writer dies, even by kill -9).
- A file read for a merge is written back only if it still holds what was read: its fingerprint
  (a digest of its bytes) is compared when the lock is taken and again once the temporary file is
  written, and its identity (inode, size, times) last, just before the rename. A change made
  meanwhile -- by another `factsheet`, or by an editor that takes no lock -- stops the write with
  an error instead of being overwritten; only a non-locking writer that saves in the few
  microseconds between that last look and the rename can still be missed.
- A writer killed mid-write leaves its temporary file (`.<name>.<8 random>.tmp`): the next write of
  that file removes it. Under the lock no other writer can be using one, so any such file there is
  stale.
- A symlink is written through (the file it points to is replaced, as `msgmerge -U` does); the
  replaced file keeps its permissions and, where allowed, its owner; a target that is not a regular
  file (/dev/null, a FIFO, a device) is written in place, never replaced by a regular file.
"""

from __future__ import annotations

import errno
import fcntl
import hashlib
import os
import re
import signal
import stat
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from i18n.errors import FactsheetError, InputError, display_path

# What `fingerprint` returns: a digest of the file's bytes, or None if there is no file.
Fingerprint = bytes | None
# "-o -", as msgfmt and msgmerge take it: the data goes to standard output.
STANDARD_OUTPUT = "-"
CHANGED_ON_DISK = "changed on disk since it was read; not overwritten, run the command again"


@dataclass(frozen=True)
class FileOutcome:
    """A file an operation wrote (`changed`) or found already up to date, with what it holds (`detail`)."""

    path: Path
    changed: bool
    detail: str = ""


def counted(number: int, noun: str) -> str:
    """"1 message", "2 messages": an outcome's detail in English, the language of the CLI."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def fingerprint(path: str | Path) -> Fingerprint:
    """What the file holds, as a digest; None if it does not exist. Take it before reading the file."""
    contents = _contents(path)
    if isinstance(contents, os.stat_result):
        return _special_fingerprint(contents)
    return _digest(contents) if contents is not None else None


def contents_and_fingerprint(path: str | Path) -> tuple[bytes | None, Fingerprint]:
    """regular_file_contents and fingerprint from one reading: the fingerprint is that of the
    very bytes returned."""
    contents = _contents(path)
    if isinstance(contents, os.stat_result):
        return None, _special_fingerprint(contents)
    return contents, (_digest(contents) if contents is not None else None)


def regular_file_contents(path: str | Path) -> bytes | None:
    """The bytes of the regular file at `path`, with fingerprint's errors (a folder, a file that
    cannot be opened); None where nothing is there, or a device or FIFO (not read here)."""
    contents = _contents(path)
    return contents if isinstance(contents, bytes) else None


def _contents(path: str | Path) -> bytes | os.stat_result | None:
    """The bytes of the regular file at `path`, the status of a device or FIFO (never read: /dev/zero
    has no end, a FIFO would block), or None if nothing is there."""
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        if not stat.S_ISREG(info.st_mode):
            return info
        with open(path, "rb") as stream:
            return stream.read()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise InputError(f"cannot read: {_reason(error, Path(path))}", display_path(path)) from None


def write_atomic(path: str | Path, data: bytes, expected: Fingerprint | bool = False) -> bool:
    """Write `data` to `path` whole; False if the file already holds exactly those bytes.

    `expected` is the fingerprint taken when the file was read: if the file holds anything else
    when it is about to be replaced, nothing is written and FactsheetError is raised. Pass False
    (the default) for files the command owns outright (pages, .mo files). A file that cannot be
    written is an InputError naming it (exit 2).
    """
    if str(path) == STANDARD_OUTPUT:
        _write_standard_output(data)
        return True
    shown = display_path(path)
    target = Path(os.path.realpath(path))
    try:
        info = os.stat(target)
    except FileNotFoundError:
        info = None
    except OSError as error:
        raise InputError(f"cannot write: {_reason(error, target)}", shown) from None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise InputError("cannot write: it is a folder", shown)
    if info is not None and not stat.S_ISREG(info.st_mode):
        _write_in_place(target, data, shown)
        return True
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with _folder_lock(target.parent) as locked:
            return _replace(target, data, expected, shown, clean=locked)
    except FactsheetError:
        raise
    except OSError as error:
        raise InputError(f"cannot write: {_reason(error, target)}", shown) from None


def _replace(target: Path, data: bytes, expected: Fingerprint | bool, shown: str, *, clean: bool) -> bool:
    """Under the folder lock: the temporary file, the checks and the rename."""
    if clean:
        _remove_stale_temporaries(target)
    identity = _identity(target)
    current = _read_if_regular(target)
    if current == data:
        return False
    if expected is not False and _fingerprint_of(current) != expected:
        raise FactsheetError(CHANGED_ON_DISK, shown)
    # ^C held off from just before the temporary file exists until the cleanup below covers it: an
    # interruption that came in between would leave the file behind.
    held = _hold_interruptions()
    try:
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except BaseException:
        _release_interruptions(held)
        raise
    try:
        _release_interruptions(held)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            _copy_ownership(stream.fileno(), target)
            os.fsync(stream.fileno())
        # Writing a large file takes a while: whatever changed meanwhile must still stop the rename.
        # The contents tell any change up to the moment they are read again; the file's identity,
        # checked last, a change made while they were read (leaving a few microseconds to an editor
        # that takes no lock).
        if expected is not False and (fingerprint(target) != expected or _identity(target) != identity):
            raise FactsheetError(CHANGED_ON_DISK, shown)
        os.replace(temporary, target)
    except BaseException:
        try:
            os.unlink(temporary)
        except FileNotFoundError:
            pass
        raise
    return True


_INTERRUPTIONS = frozenset(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))


def _hold_interruptions():
    """Block the signals that end a command (they wait, pending), where the platform can."""
    if not hasattr(signal, "pthread_sigmask"):
        return None
    return signal.pthread_sigmask(signal.SIG_BLOCK, _INTERRUPTIONS)


def _release_interruptions(previous) -> None:
    if previous is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


@contextmanager
def _folder_lock(folder: Path):
    """An exclusive flock on the folder for the block, which gets whether it holds it: without lock
    support (some network file systems) the fingerprint checks still guard the file, and stale
    temporaries are left alone, as another writer may be using one."""
    descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX)
            locked = True
        except OSError as error:
            if error.errno not in (errno.ENOLCK, errno.EOPNOTSUPP, errno.EINVAL, errno.EBADF):
                raise
            locked = False
        yield locked
        try:
            os.fsync(descriptor)  # the rename itself reaches the disk
        except OSError:
            pass
    finally:
        os.close(descriptor)  # releases the lock


def temporary_name_pattern(target: Path) -> re.Pattern:
    """The names `write_atomic` gives the temporary files of `target` (tempfile.mkstemp's 8 characters)."""
    return re.compile(rf"\.{re.escape(target.name)}\.[a-z0-9_]{{8}}\.tmp")


def _remove_stale_temporaries(target: Path) -> None:
    pattern = temporary_name_pattern(target)
    try:
        names = os.listdir(target.parent)
    except OSError:
        return
    for name in names:
        if pattern.fullmatch(name):
            leftover = target.parent / name
            try:
                if stat.S_ISREG(os.lstat(leftover).st_mode):
                    os.unlink(leftover)
            except OSError:
                pass


def _identity(target: Path) -> tuple[int, ...] | None:
    """What changes with any write to or replacement of the file (the times to the file system's tick)."""
    try:
        info = os.stat(target)
    except FileNotFoundError:
        return None
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)


def _read_if_regular(target: Path) -> bytes | None:
    try:
        with open(target, "rb") as stream:
            return stream.read()
    except FileNotFoundError:
        return None


def _fingerprint_of(contents: bytes | None) -> Fingerprint:
    return None if contents is None else _digest(contents)


def _digest(contents: bytes) -> bytes:
    return hashlib.sha256(contents).digest()  # the fastest of hashlib's where the CPU has SHA instructions


def _special_fingerprint(info: os.stat_result) -> bytes:
    # A device or FIFO is never read: its identity stands for it.
    return f"special:{info.st_dev}:{info.st_ino}:{info.st_rdev}".encode()


def _copy_ownership(descriptor: int, target: Path) -> None:
    """The new file gets the replaced file's permissions (and owner, where allowed); a new file
    the ordinary ones (0644 less the umask)."""
    try:
        info = os.stat(target)
    except FileNotFoundError:
        os.fchmod(descriptor, 0o644 & ~_umask())
        return
    os.fchmod(descriptor, stat.S_IMODE(info.st_mode))
    if (info.st_uid, info.st_gid) != (os.geteuid(), os.getegid()):
        try:
            os.fchown(descriptor, info.st_uid, info.st_gid)
        except OSError:
            pass


def _write_in_place(target: Path, data: bytes, shown: str) -> None:
    try:
        with open(target, "wb") as stream:
            stream.write(data)
    except OSError as error:
        raise InputError(f"cannot write: {_reason(error, target)}", shown) from None


def _write_standard_output(data: bytes) -> None:
    view = memoryview(data)
    try:
        while view:
            view = view[os.write(1, view):]
    except BrokenPipeError:
        raise  # the reader stopped early (`| head`): the command ends quietly, as `check` does
    except OSError as error:
        raise InputError(f"cannot write: {os.strerror(error.errno)}", "standard output") from None


def _reason(error: OSError, target: Path) -> str:
    """The error in words, naming the file that stands where a folder is needed."""
    if error.errno == errno.EISDIR:
        return "it is a folder, not a file"
    if error.errno in (errno.ENOTDIR, errno.EEXIST):
        for folder in [target.parent, *target.parent.parents]:
            if folder.exists() and not folder.is_dir():
                return f"{display_path(folder)} is a file, not a folder"
    return error.strerror or str(error)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
