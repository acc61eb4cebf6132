"""A new translation catalogue made from a template, as `msginit --no-translator` makes it.

Nothing here reads the clock: the dates and the copyright year come from the template's
POT-Creation-Date (msginit uses today's year), so `init` on the same template gives the same bytes.
"""

from __future__ import annotations

import re

from i18n.po import header as po_header
from i18n.locales import parse_locale
from i18n.po.model import Catalog, Entry
from i18n.po.plurals import nplurals_of, plural_forms

_YEAR = re.compile(r"\b(\d{4})-\d\d-\d\d")


def new_catalog(template: Catalog, locale: str, *, project_id: str | None = None) -> Catalog:
    """Every template message untranslated, with a header filled in for `locale`.

    InputError for a locale Babel does not know.
    """
    parsed = parse_locale(locale)
    language = str(parsed)
    plural_value = plural_forms(language)
    nplurals = nplurals_of(plural_value)

    template_fields = template.header_fields()
    known = {name.lower(): value for name, value in template_fields}
    pot_date = known.get("pot-creation-date", "")
    package_version = project_id or known.get("project-id-version") or "PACKAGE VERSION"
    values = {
        "Project-Id-Version": package_version,
        "Report-Msgid-Bugs-To": known.get("report-msgid-bugs-to", ""),
        "POT-Creation-Date": pot_date,
        # msginit dates a fresh catalogue like its template: no revision has happened yet.
        "PO-Revision-Date": pot_date,
        "Last-Translator": "Automatically generated",
        "Language-Team": "none",
        "Language": language,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": plural_value,
    }
    fields = po_header.in_gnu_order(values)
    standard = {name.lower() for name in po_header.GNU_ORDER}
    fields += [(name, value) for name, value in template_fields if name.lower() not in standard]

    header = Entry(
        msgid="",
        msgstr=po_header.text_of(fields),
        translator_comments=_header_comments(
            template.header.translator_comments if template.header else [], parsed, package_version, pot_date
        ),
    )
    entries = [_untranslated_copy(entry, nplurals) for entry in template.live_entries()]
    return Catalog(entries=entries, header=header, charset="UTF-8", newline=template.newline)


def _header_comments(template_comments: list[str], parsed, package_version: str, pot_date: str) -> list[str]:
    """The template's header comments with msginit's substitutions (title, package, year, author)."""
    package = package_version.split(" ")[0] if package_version else "PACKAGE"
    year_match = _YEAR.search(pot_date)
    year = year_match.group(1) if year_match else "YEAR"
    english_name = parsed.get_display_name("en") or str(parsed)
    comments = []
    for comment in template_comments:
        if comment == "SOME DESCRIPTIVE TITLE.":
            comment = f"{english_name} translations for {package} package."
        elif comment == "FIRST AUTHOR <EMAIL@ADDRESS>, YEAR.":
            comment = f"Automatically generated, {year}."
        else:
            comment = comment.replace("PACKAGE", package).replace("YEAR", year)
        comments.append(comment)
    return comments


def _untranslated_copy(entry: Entry, nplurals: int) -> Entry:
    return Entry(
        msgid=entry.msgid,
        msgstr="",
        msgid_plural=entry.msgid_plural,
        msgstr_plural=[""] * nplurals if entry.msgid_plural is not None else [],
        msgctxt=entry.msgctxt,
        translator_comments=list(entry.translator_comments),
        extracted_comments=list(entry.extracted_comments),
        references=list(entry.references),
        flags=[flag for flag in entry.flags if flag != "fuzzy"],
    )
