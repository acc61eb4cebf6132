"""A large catalogue read in a second process while this one does other work: `update` reads the
template there while it reads the catalogue here, the two reads of a large merge on both cores.

The child sends the catalogue back as marshal data (strings, lists and numbers: several times
faster to write and to read than pickled objects). If anything goes wrong there, the file is read
again here when the catalogue is asked for, so that an error is the one a direct read reports.
"""

from __future__ import annotations

import marshal
import operator
import os
from collections.abc import Callable
from dataclasses import fields
from pathlib import Path

from i18n.po.model import Catalog, Entry

# Below this size a second process costs more than the read it saves.
_MIN_BYTES = 1 << 20

_ENTRY_VALUES = operator.attrgetter(*(field.name for field in fields(Entry)))
_CATALOG_FIELDS = tuple(field.name for field in fields(Catalog) if field.name not in ("entries", "header"))


def read_ahead(read: Callable[[], Catalog], path: Path) -> Callable[[], Catalog]:
    """`read()` (which reads the file at `path`) started now; the returned callable gives its catalogue
    or raises its error. A small file, or a system without fork or a second core, is read at once."""
    try:
        large = path.stat().st_size >= _MIN_BYTES
    except OSError:
        large = False
    if not large or not hasattr(os, "fork") or (os.cpu_count() or 1) < 2:
        catalog = read()
        return lambda: catalog
    try:
        reading, writing = os.pipe()
        child = os.fork()
    except OSError:  # no second process to be had
        catalog = read()
        return lambda: catalog
    if child == 0:
        _send(read, reading, writing)
    os.close(writing)
    return _Pending(child, reading, read)


def _send(read: Callable[[], Catalog], reading: int, writing: int) -> None:
    """The child's whole life: read, send the catalogue (nothing on any error), exit."""
    try:
        os.close(reading)
        try:
            data = _dumps(read())
        except BaseException:  # the parent reads the file itself and reports the error
            data = b""
        with os.fdopen(writing, "wb") as pipe:
            pipe.write(data)
    finally:
        os._exit(0)  # no atexit handlers, no flushing of buffers the parent owns


class _Pending:
    def __init__(self, child: int, reading: int, read: Callable[[], Catalog]):
        self.child, self.reading, self.read = child, reading, read
        self.catalog: Catalog | None = None

    def __call__(self) -> Catalog:
        if self.catalog is None:
            with os.fdopen(self.reading, "rb") as pipe:
                data = pipe.read()
            os.waitpid(self.child, 0)
            self.catalog = _loads(data) if data else self.read()
        return self.catalog


def _dumps(catalog: Catalog) -> bytes:
    header = _ENTRY_VALUES(catalog.header) if catalog.header is not None else None
    return marshal.dumps(([_ENTRY_VALUES(entry) for entry in catalog.entries], header,
                          [getattr(catalog, name) for name in _CATALOG_FIELDS]))


def _loads(data: bytes) -> Catalog:
    entries, header, values = marshal.loads(data)
    return Catalog(entries=[Entry(*entry) for entry in entries], header=Entry(*header) if header is not None else None,
                   **dict(zip(_CATALOG_FIELDS, values)))
