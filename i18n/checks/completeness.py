"""Completeness: entries left untranslated or fuzzy, obsolete leftovers, and entries that differ from the template."""

from __future__ import annotations

from typing import Iterable

from i18n.checks.base import CatalogContext, EntryCheck, Problem, Severity, TemplateCheck
from i18n.po.model import Catalog, Entry


class Untranslated(EntryCheck):
    code = "C401"
    name = "untranslated"
    severity = Severity.WARNING
    description = "The entry (or one of its plural forms) has no translation."

    def check_entry(self, entry: Entry, context: CatalogContext) -> Iterable[Problem]:
        if entry.obsolete or entry.fuzzy or context.is_source_catalogue:
            return
        forms = entry.translations
        empty = [index for index, text in enumerate(forms) if not text]
        if not empty:
            return
        if entry.msgid_plural is None or len(empty) == len(forms):
            yield Problem("untranslated")
        else:
            labels = ", ".join(f"msgstr[{index}]" for index in empty)
            yield Problem(f"partly translated: {labels} empty", subject=labels)


class Fuzzy(EntryCheck):
    code = "C402"
    name = "fuzzy"
    severity = Severity.WARNING
    description = "The translation is marked fuzzy: it is not used until a translator reviews it."

    def check_entry(self, entry: Entry, context: CatalogContext) -> Iterable[Problem]:
        if entry.fuzzy and not entry.obsolete:
            yield Problem("fuzzy translation needs review")


class Obsolete(EntryCheck):
    code = "C403"
    name = "obsolete"
    severity = Severity.INFO
    description = "An obsolete (#~) entry is kept in the catalogue; it is never used."

    def check_entry(self, entry: Entry, context: CatalogContext) -> Iterable[Problem]:
        if entry.obsolete:
            yield Problem("obsolete entry")


class MissingFromCatalogue(TemplateCheck):
    code = "C404"
    name = "missing-entry"
    severity = Severity.WARNING
    description = "A message of the template (POT) is absent from the catalogue: run `factsheet update`."
    # There is nothing to point at in the catalogue: the finding points at the template's entry.
    located_in_template = True

    def check_template(self, catalog: Catalog, template: Catalog,
                       context: CatalogContext) -> Iterable[tuple[Entry, Problem]]:
        present = {entry.key for entry in catalog.entries if not entry.obsolete}
        for entry in template.entries:
            if not entry.obsolete and entry.key not in present:
                yield entry, Problem(f"message is missing from {context.path}")


class ExtraInCatalogue(TemplateCheck):
    code = "C405"
    name = "extra-entry"
    severity = Severity.WARNING
    description = "A live entry of the catalogue is not in the template: run `factsheet update` to make it obsolete."
    located_in_template = False

    def check_template(self, catalog: Catalog, template: Catalog,
                       context: CatalogContext) -> Iterable[tuple[Entry, Problem]]:
        wanted = {entry.key for entry in template.entries if not entry.obsolete}
        for entry in catalog.entries:
            if not entry.obsolete and entry.key not in wanted:
                yield entry, Problem(f"entry is not in {template.path or 'the template'}")
