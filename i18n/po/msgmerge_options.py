"""The msgmerge options `factsheet update` takes for explicit files, named as msgmerge names them.

One frozen record of them, and the steps that are not merging or writing themselves: sorting the
result (--sort-output, --sort-by-file) and the backup --update makes (--backup, --suffix).
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from i18n.po.model import Catalog, Entry
from i18n.po.write import WriteStyle

_REFERENCE_LINE = re.compile(r"(.*):([0-9]+)\Z", re.S)


@dataclass(frozen=True)
class MergeOptions:
    compendia: tuple[Path, ...] = ()
    fuzzy_matching: bool = True
    for_msgfmt: bool = False
    sort: str | None = None  # "msgid" (--sort-output) or "file" (--sort-by-file)
    width: int = 79
    wrap: bool = True
    locations: str = "full"
    backup: str = "none"
    suffix: str = field(default_factory=lambda: os.environ.get("SIMPLE_BACKUP_SUFFIX") or "~")

    @property
    def style(self) -> WriteStyle:
        if self.for_msgfmt:
            return WriteStyle(wrap=self.wrap, locations="never", translator_comments=False)
        return WriteStyle(wrap=self.wrap, locations=self.locations)


def sort_catalogue(catalog: Catalog, how: str | None) -> None:
    """Sort the entries as msgmerge does before writing; obsolete entries stay last, in that order."""
    if how is None:
        return
    if how == "file":
        for entry in catalog.entries:
            entry.references = sorted(entry.references, key=_reference_key)
        key = _file_order
    else:
        key = _msgid_order
    ordered = sorted(catalog.entries, key=key)
    catalog.entries = [entry for entry in ordered if not entry.obsolete] + [e for e in ordered if e.obsolete]
    catalog.header_position = 0


def _msgid_order(entry: Entry):
    # cmp_by_msgid: strcmp of the msgids (code point order is UTF-8 byte order), then no context first.
    return (entry.msgid, entry.msgctxt is not None, entry.msgctxt or "")


def _reference_key(reference: str) -> tuple[str, int]:
    split = _REFERENCE_LINE.match(reference)
    # A reference without a line number has GNU's line (size_t) -1, compared as int: -1.
    return (split.group(1), int(split.group(2))) if split else (reference, -1)


def _file_order(entry: Entry):
    # cmp_by_filepos: no reference first, then the first (sorted) reference, then as --sort-output.
    first = _reference_key(entry.references[0]) if entry.references else ("", 0)
    return (bool(entry.references), first, _msgid_order(entry))


def back_up(path: Path, control: str, suffix: str) -> Path | None:
    """Copy `path` aside as msgmerge --update --backup=CONTROL does before replacing it."""
    if control in ("none", "off") or not path.exists():
        return None
    numbered = _numbered_backups(path)
    if control in ("numbered", "t") or (control in ("existing", "nil") and numbered):
        target = path.with_name(f"{path.name}.~{max(numbered, default=0) + 1}~")
    else:
        target = path.with_name(path.name + suffix)
    shutil.copy2(path, target)
    return target


def _numbered_backups(path: Path) -> list[int]:
    pattern = re.compile(re.escape(path.name) + r"\.~([1-9][0-9]*)~\Z")
    return [int(match.group(1)) for name in os.listdir(path.parent or ".") if (match := pattern.match(name))]
