"""The catalogue context: the facts about one catalogue that every check reads (its locale, its
plural layout, whether it is the source locale's), computed once per catalogue."""

from __future__ import annotations

from typing import TYPE_CHECKING

from i18n.checks.base import CatalogContext
from i18n.checks.headers import layout_for
from i18n.locales import known_locale, normalise_locale
from i18n.po.model import Catalog

if TYPE_CHECKING:
    from i18n.checks.engine import CheckOptions


def catalog_context(catalog: Catalog, path: str, options: CheckOptions, is_source: bool = False,
                    every_message_formatted: bool = False) -> CatalogContext:
    locale = normalise_locale(options.locale) or normalise_locale(catalog.language)
    if locale is not None and not known_locale(locale):
        locale = None
    return CatalogContext(
        path=path,
        source_locale=options.source_locale,
        target_locale=locale,
        plurals=layout_for(catalog, locale),
        is_source_catalogue=is_source,
        every_message_formatted=every_message_formatted,
    )
