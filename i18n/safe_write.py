"""Writing files whole: a temporary file in the same folder, then a rename over the target."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from i18n.errors import FactsheetError


def fingerprint(path: Path) -> tuple[int, int] | None:
    """What identifies the file's state on disk (mtime in ns, size), or None if it does not exist."""
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    return (stat.st_mtime_ns, stat.st_size)


def write_atomic(path: Path, data: bytes, expected: tuple[int, int] | None | bool = False) -> bool:
    """Write `data` to `path` through a temporary file and a rename; False if the file already holds it.

    `expected` is the fingerprint taken when the file was read: if the file changed on disk since,
    nothing is written and FactsheetError is raised (somebody else's edit is never overwritten).
    Pass False (the default) to skip that guard.
    """
    path = Path(path)
    if expected is not False and fingerprint(path) != expected:
        raise FactsheetError("changed on disk since it was read; not overwritten, run the command again", str(path))
    try:
        if path.read_bytes() == data:
            return False
    except FileNotFoundError:
        pass
    except OSError as error:
        raise FactsheetError(f"cannot read: {error.strerror}", str(path)) from None
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        try:
            os.chmod(temporary, 0o644 & ~_umask())
        except OSError:
            pass
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except FileNotFoundError:
            pass
        raise
    return True


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
