"""Header checks: Language, Plural-Forms (against CLDR and against each entry's forms), charset.

Also turns the header's plural rule (read by po.plurals) into a `PluralLayout`, once per catalogue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from i18n.checks.base import (
    GERMANIC_LAYOUT,
    CatalogCheck,
    CatalogContext,
    EntryCheck,
    PluralLayout,
    Problem,
    Severity,
    layout_from_function,
)
from i18n.po.charsets import is_placeholder, refusal
from i18n.po.header import CONTENT_TYPE
from i18n.locales import known_locale, normalise_locale
from i18n.po.model import Catalog, Entry

_CHARSET = re.compile(r"charset\s*=\s*([^\s;]+)", re.IGNORECASE)


@dataclass(frozen=True)
class ParsedPluralForms:
    nplurals: int | None
    layout: PluralLayout | None
    # Why the value could not be used; None when it could.
    error: str | None


# A catalogue checked in pieces asks once per piece: evaluating EXPR 1,001 times costs ~3 ms.
@lru_cache(maxsize=64)
def plural_layout(value: str) -> ParsedPluralForms:
    """The plural layout of a Plural-Forms value, as po.plurals.check_plural_forms reads and evaluates it."""
    from i18n.po.plurals import MAX_NPLURALS, check_plural_forms

    checked = check_plural_forms(value)
    if checked.problem is not None:
        return ParsedPluralForms(checked.nplurals or None, None, checked.problem)
    rule = checked.rule
    if rule.nplurals > MAX_NPLURALS:
        return ParsedPluralForms(rule.nplurals, None, f"nplurals={rule.nplurals} is out of range")
    layout = layout_from_function(rule.nplurals, rule.evaluate)
    if any(first is None for first in layout.first_n[:1]):
        return ParsedPluralForms(rule.nplurals, None, "plural expression never selects form 0")
    return ParsedPluralForms(rule.nplurals, layout, None)


def cldr_nplurals(locale: str) -> int | None:
    """nplurals `factsheet init` writes for the locale (GNU's table, else CLDR: i18n.po.plurals), or None."""
    from i18n.po.plurals import plural_count

    try:
        return plural_count(locale)
    except Exception:  # an unknown locale is reported by LanguageUnknown, not here
        return None


def layout_for(catalog: Catalog, locale: str | None) -> PluralLayout:
    """The catalogue's own Plural-Forms if usable, else CLDR's for the locale, else n != 1."""
    declared = catalog.plural_forms
    if declared:
        parsed = plural_layout(declared)
        if parsed.layout is not None:
            return parsed.layout
    if locale and known_locale(locale):
        try:
            from i18n.po.plurals import plural_forms

            parsed = plural_layout(plural_forms(locale))
            if parsed.layout is not None:
                return parsed.layout
        except Exception:
            pass
    return GERMANIC_LAYOUT


class HeaderMissing(CatalogCheck):
    code = "H509"
    name = "header-missing"
    severity = Severity.WARNING
    description = "The catalogue has no header entry (msgid \"\"): charset and plural rules are guessed."

    def check_catalog(self, catalog: Catalog, context: CatalogContext):
        if catalog.header is None:
            yield None, Problem("no header entry (msgid \"\")")


class LanguageMissing(CatalogCheck):
    code = "H501"
    name = "language-missing"
    severity = Severity.WARNING
    description = "The header has no Language field, so locale rules cannot be chosen from the file."

    def check_catalog(self, catalog: Catalog, context: CatalogContext):
        if catalog.header is not None and not catalog.language:
            guessed = f" (checked as {context.target_locale}, from {context.locale_origin})" if context.locale_origin else ""
            yield catalog.header, Problem(f"header has no Language field{guessed}")


class LanguageUnknown(CatalogCheck):
    code = "H502"
    name = "language-unknown"
    severity = Severity.ERROR
    description = "The header's Language is not a locale CLDR knows."

    def check_catalog(self, catalog: Catalog, context: CatalogContext):
        language = normalise_locale(catalog.language)
        if catalog.header is not None and language and not known_locale(language):
            yield catalog.header, Problem(f"unknown Language {catalog.language!r}", subject=catalog.language or "")


class PluralFormsMissing(CatalogCheck):
    code = "H503"
    name = "plural-forms-missing"
    severity = Severity.WARNING
    description = "The header has no Plural-Forms field; gettext then assumes English rules."

    def check_catalog(self, catalog: Catalog, context: CatalogContext):
        if catalog.header is not None and not catalog.plural_forms:
            hint = ""
            if context.target_locale and known_locale(context.target_locale):
                from i18n.po.plurals import plural_forms

                try:
                    hint = plural_forms(context.target_locale)
                except Exception:
                    hint = ""
            yield catalog.header, Problem("header has no Plural-Forms field", suggestion=hint or None)


class PluralFormsInvalid(CatalogCheck):
    code = "H504"
    name = "plural-forms-invalid"
    severity = Severity.ERROR
    description = "The header's Plural-Forms cannot be read or its expression cannot be evaluated."

    def check_catalog(self, catalog: Catalog, context: CatalogContext):
        declared = catalog.plural_forms
        if catalog.header is not None and declared:
            parsed = plural_layout(declared)
            if parsed.error:
                yield catalog.header, Problem(f"invalid Plural-Forms: {parsed.error}", subject=declared)


class PluralFormsMismatch(CatalogCheck):
    code = "H505"
    name = "plural-forms-mismatch"
    severity = Severity.WARNING
    description = ("The header's nplurals differs from the number of plural forms the language has "
                   "(GNU msginit's table, else CLDR).")

    def check_catalog(self, catalog: Catalog, context: CatalogContext):
        declared = catalog.plural_forms
        locale = context.target_locale
        if catalog.header is None or not declared or not locale or not known_locale(locale):
            return
        parsed = plural_layout(declared)
        expected = cldr_nplurals(locale)
        if parsed.nplurals is not None and expected is not None and parsed.nplurals != expected:
            from i18n.po.plurals import plural_forms

            yield catalog.header, Problem(
                f"Plural-Forms has nplurals={parsed.nplurals} but {locale} has {expected} forms",
                subject=declared,
                suggestion=plural_forms(locale),
            )


class PluralFormCount(EntryCheck):
    code = "H506"
    name = "plural-form-count"
    severity = Severity.ERROR
    description = "A plural entry does not have exactly nplurals msgstr[n] forms."

    def check_entry(self, entry: Entry, context: CatalogContext) -> Iterable[Problem]:
        if entry.msgid_plural is None or entry.obsolete:
            return
        count = len(entry.msgstr_plural)
        expected = context.plurals.nplurals
        if count != expected and any(entry.msgstr_plural):
            yield Problem(f"{count} plural forms where the header's Plural-Forms has nplurals={expected}")


class CharsetMissing(CatalogCheck):
    code = "H507"
    name = "charset-missing"
    severity = Severity.WARNING
    description = "The header's Content-Type declares no charset (or the template's CHARSET)."

    def check_catalog(self, catalog: Catalog, context: CatalogContext):
        if catalog.header is not None and _declared_charset(catalog) is None:
            yield catalog.header, Problem("header declares no charset", suggestion="Content-Type: text/plain; charset=UTF-8")


class CharsetInvalid(CatalogCheck):
    code = "H508"
    name = "charset-invalid"
    severity = Severity.ERROR
    description = "The header's charset is not an encoding Python (or gettext) knows."

    def check_catalog(self, catalog: Catalog, context: CatalogContext):
        charset = _declared_charset(catalog) if catalog.header is not None else None
        if charset is None:
            return
        if refusal(charset) is not None:
            yield catalog.header, Problem(f"unknown charset {charset!r}", subject=charset)


def _declared_charset(catalog: Catalog) -> str | None:
    """The Content-Type's charset; None when it names none or still says the template's CHARSET."""
    match = _CHARSET.search(catalog.header_field(CONTENT_TYPE) or "")
    if match is None or is_placeholder(match.group(1)):
        return None
    return match.group(1)
