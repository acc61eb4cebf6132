"""The catalogue context: the facts about one catalogue that every check reads (its locale, its
plural layout, whether it is the source locale's), computed once per catalogue."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePath
from typing import TYPE_CHECKING

from i18n.checks.base import CatalogContext
from i18n.checks.headers import layout_for
from i18n.locales import known_locale, normalise_locale
from i18n.po import header as po_header
from i18n.po.language_names import code_for_english_name
from i18n.po.model import Catalog

if TYPE_CHECKING:
    from i18n.checks.engine import CheckOptions


def catalog_context(catalog: Catalog, path: str, options: CheckOptions, is_source: bool = False,
                    every_message_formatted: bool = False) -> CatalogContext:
    chosen = catalogue_locale(catalog, path, options.locale)
    return CatalogContext(
        path=path,
        source_locale=options.source_locale,
        target_locale=chosen.locale,
        plurals=layout_for(catalog, chosen.locale),
        is_source_catalogue=is_source,
        every_message_formatted=every_message_formatted,
        locale_origin=chosen.origin,
    )


@dataclass(frozen=True)
class LocaleChoice:
    locale: str | None
    # None when the locale was asked for or is the header's Language; else where it was read.
    origin: str | None = None


def catalogue_locale(catalog: Catalog, path: str | None, requested: str | None = None) -> LocaleChoice:
    """The locale a catalogue is checked in: the one asked for, else its Language field; when that
    field is missing or empty (old catalogues, Django's `"Language: \\n"`), the Language-Code of
    Zope's and Plone's, its Language-Team's English name, as msgmerge reads it, then its file's
    name, as gettext projects name catalogues (`po/fr.po`, `fr/LC_MESSAGES/app.po`). None when
    nothing names a locale CLDR knows."""
    for value, origin in ((requested, None), (catalog.language, None)):
        locale = normalise_locale(value)
        if locale:
            return LocaleChoice(locale if known_locale(locale) else None, origin)
    code = normalise_locale(catalog.header_field(po_header.LANGUAGE_CODE) or "")
    if code and known_locale(code):
        return LocaleChoice(code, "its Language-Code")
    team = _team_language(catalog.header_field(po_header.LANGUAGE_TEAM) or "")
    if team and known_locale(team):
        return LocaleChoice(team, "its Language-Team")
    named = _language_of_file_name(path)
    if named:
        return LocaleChoice(named, "its file name")
    return LocaleChoice(None)


def _team_language(team: str) -> str | None:
    """"French <traduc@traduc.org>" -> fr: the name before the address."""
    name = re.split(r"[<(]|https?://", team, maxsplit=1)[0].strip()
    return normalise_locale(code_for_english_name(name)) if name else None


# How a catalogue's file or folder spells a locale: fr, pt_BR, sr@latin, zh-Hant.
_LOCALE_NAME = re.compile(r"[a-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})*(?:@[a-z]+)?")


def _language_of_file_name(path: str | None) -> str | None:
    if not path:
        return None
    file = PurePath(path)
    stem = file.name.removesuffix(".po").removesuffix(".pot") if file.suffix in (".po", ".pot") else None
    candidates = [file.parent.parent.name] if file.parent.name == "LC_MESSAGES" else []
    if stem:
        candidates += [stem, stem.rsplit(".", 1)[-1]]
    for candidate in candidates:
        if _LOCALE_NAME.fullmatch(candidate):
            locale = normalise_locale(candidate)
            if locale and known_locale(locale):
                return locale
    return None
