"""Reading and writing catalogue files by path: the only place the PO reader and writer touch disk."""

from __future__ import annotations

from pathlib import Path

from i18n.errors import InputError
from i18n.po.model import Catalog
from i18n.po.parse import parse_po
from i18n.files import Fingerprint, contents_and_fingerprint, regular_file_contents, write_atomic


def read_catalog(path: str | Path) -> tuple[Catalog, Fingerprint]:
    """The catalogue at `path` and the fingerprint of the bytes it was read from (for write_catalog)."""
    path = Path(path)
    contents, before = contents_and_fingerprint(path)
    return _parsed(path, contents), before


def read_catalog_only(path: str | Path) -> Catalog:
    """read_catalog for a command that writes nothing back, with the same errors, without digesting
    the file."""
    path = Path(path)
    return _parsed(path, regular_file_contents(path))


def _parsed(path: Path, contents: bytes | None) -> Catalog:
    """`contents` parsed; without them (a device or FIFO, or nothing there) the path is read, for
    its bytes or its error."""
    try:
        return parse_po(contents if contents is not None else path.read_bytes(), str(path))
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}", path=str(path)) from None


def write_catalog(path: str | Path, catalog: Catalog, expected: Fingerprint | bool = False) -> bool:
    """Write the catalogue in msgcat's form; False when the file already held exactly those bytes.

    `expected` is the fingerprint read_catalog returned: a file changed on disk since is not overwritten.
    """
    from i18n.po.write import format_po  # the writer is not needed by commands that only read

    return write_atomic(Path(path), format_po(catalog), expected=expected)
