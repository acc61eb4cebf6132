"""Counting a catalogue's messages as `msgfmt --statistics` counts them (GNU gettext's msgfmt.c).

A message's state is decided by its first translated form: empty -> untranslated (even when it
is marked fuzzy); otherwise fuzzy when marked so; otherwise translated -- a plural message with
msgstr[0] filled and another form empty is translated. The header and obsolete (#~) entries are
not messages; obsolete entries are counted apart.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from i18n.po.model import Catalog, Entry

STATES = ("translated", "fuzzy", "untranslated")


def msgfmt_state(entry: Entry) -> str:
    """"translated", "fuzzy" or "untranslated", as msgfmt --statistics counts the entry."""
    first = (entry.msgstr_plural[0] if entry.msgstr_plural else "") if entry.msgid_plural is not None else entry.msgstr
    if not first:
        return "untranslated"
    return "fuzzy" if entry.fuzzy else "translated"


@dataclass(frozen=True)
class CatalogueStats:
    label: str  # the locale, or the file when several files share it
    locale: str
    path: Path
    translated: int
    fuzzy: int
    untranslated: int
    obsolete: int

    @property
    def total(self) -> int:
        return self.translated + self.fuzzy + self.untranslated

    @property
    def percent_translated(self) -> float:
        return 100.0 * self.translated / self.total if self.total else 100.0

    def msgfmt_line(self) -> str:
        """The sentence msgfmt --statistics prints (in the C locale) for these counts."""
        parts = [f"{self.translated} translated message{'s' if self.translated != 1 else ''}"]
        if self.fuzzy:
            parts.append(f"{self.fuzzy} fuzzy translation{'s' if self.fuzzy != 1 else ''}")
        if self.untranslated:
            parts.append(f"{self.untranslated} untranslated message{'s' if self.untranslated != 1 else ''}")
        return ", ".join(parts) + "."


def count_catalogue(catalog: Catalog, locale: str, path: Path) -> CatalogueStats:
    counts = Counter(msgfmt_state(entry) for entry in catalog.entries if not entry.obsolete and not entry.is_header)
    obsolete = sum(1 for entry in catalog.entries if entry.obsolete)
    return CatalogueStats(locale, locale, path, counts["translated"], counts["fuzzy"], counts["untranslated"], obsolete)


def labelled(rows: list[CatalogueStats], shown_path) -> list[CatalogueStats]:
    """Rows labelled by locale, or by file (`shown_path(path)`) where several files share a locale."""
    sharing = Counter(row.locale for row in rows)
    return [row if sharing[row.locale] == 1 and row.locale else
            CatalogueStats(shown_path(row.path), row.locale, row.path, row.translated, row.fuzzy, row.untranslated,
                           row.obsolete)
            for row in rows]


def catalogue_stats(paths: list[Path], shown_path=str) -> list[CatalogueStats]:
    """Counts of PO files of any project, each file's locale from its Language header."""
    from i18n.po.io import read_catalog

    rows = []
    for path in paths:
        catalog, _ = read_catalog(path)
        rows.append(count_catalogue(catalog, catalog.language or "", path))
    return labelled(rows, shown_path)
