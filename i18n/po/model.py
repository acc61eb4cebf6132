"""The in-memory catalogue: entries as GNU gettext sees them, nothing a translator wrote left out.

Entries are plain (mutable, slotted) dataclasses because a catalogue of 100,000 entries is built
entry by entry by the reader and rewritten by `update`; results of operations are frozen elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from i18n.po import header as po_header


@dataclass(slots=True)
class Entry:
    # po.parse builds entries positionally (its hottest line): add new fields at the end only.
    msgid: str
    msgstr: str = ""
    msgid_plural: str | None = None
    # msgstr[0], msgstr[1], ... in index order; empty unless msgid_plural is set.
    msgstr_plural: list[str] = field(default_factory=list)
    msgctxt: str | None = None
    # Each `#` line's text after the `#` exactly as GNU keeps it (see po.parse for the normalisation).
    translator_comments: list[str] = field(default_factory=list)
    # Each `#.` line's text after `#.` and one space.
    extracted_comments: list[str] = field(default_factory=list)
    # `#:` references, one token ("file:line" or "file") each.
    references: list[str] = field(default_factory=list)
    # `#,` flags in the order they were read; the writer puts them in GNU's order.
    flags: list[str] = field(default_factory=list)
    previous_msgctxt: str | None = None
    previous_msgid: str | None = None
    previous_msgid_plural: str | None = None
    obsolete: bool = False
    # 1-based line of the `msgid` keyword in the file read; 0 for an entry made in memory.
    line: int = 0

    @property
    def key(self) -> tuple[str | None, str]:
        return (self.msgctxt, self.msgid)

    @property
    def is_header(self) -> bool:
        return self.msgid == "" and self.msgctxt is None

    @property
    def is_plural(self) -> bool:
        return self.msgid_plural is not None

    @property
    def fuzzy(self) -> bool:
        return "fuzzy" in self.flags

    @property
    def translations(self) -> list[str]:
        """Every translated form: [msgstr] for a singular entry, msgstr[0..n] for a plural one."""
        return self.msgstr_plural if self.msgid_plural is not None else [self.msgstr]

    @property
    def translated(self) -> bool:
        """Nothing left for a translator: every form non-empty and not fuzzy (msgfmt counts a plural
        with msgstr[0] filled as translated: that rule is `po.stats.msgfmt_state`)."""
        return not self.fuzzy and all(self.translations) and bool(self.translations)


@dataclass(slots=True)
class Catalog:
    """A PO or POT file: the header entry (if any) and the other entries in file order."""

    entries: list[Entry] = field(default_factory=list)
    header: Entry | None = None
    # How many of `entries` come before the header in the file (msgcat keeps the header there).
    header_position: int = 0
    # How the file was stored, so that it is written back the same way.
    charset: str = "UTF-8"
    newline: str = "\n"
    bom: bool = False
    path: str | None = None

    def header_fields(self) -> list[tuple[str, str]]:
        """The header's `Name: value` fields in order (an unknown field is kept like any other)."""
        return po_header.fields(self.header.msgstr) if self.header is not None else []

    def header_field(self, name: str) -> str | None:
        """The value of the header's first field of that name (in any case), or None."""
        return po_header.field(self.header.msgstr, name) if self.header is not None else None

    @property
    def language(self) -> str | None:
        return self.header_field(po_header.LANGUAGE) or None

    @property
    def plural_forms(self) -> str | None:
        return self.header_field(po_header.PLURAL_FORMS)

    def live_entries(self) -> list[Entry]:
        return [entry for entry in self.entries if not entry.obsolete]

    def obsolete_entries(self) -> list[Entry]:
        return [entry for entry in self.entries if entry.obsolete]
