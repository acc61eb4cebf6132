"""Checking the project, the one way `factsheet check` (without paths), `build` and the review
pages do it: each locale's catalogue against the template and against the source-locale
catalogue, then the rendered sheets across locales.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from i18n.checks.base import CatalogContext, Finding
from i18n.checks.context import catalog_context
from i18n.checks.engine import (
    CatalogResult,
    CheckOptions,
    check_catalog,
    check_rendered_sheets,
    rendered_checks_enabled,
)
from i18n.checks.runner import CheckReport, report
from i18n.errors import InputError
from i18n.po.model import Catalog


@dataclass(frozen=True)
class _Catalogue:
    catalog: Catalog
    context: CatalogContext


@dataclass(frozen=True)
class LocaleCheck:
    """What checking the project says about one locale, with the catalogues it read (the
    locale's, and the source locale's when there is one to compare with)."""

    catalog: Catalog
    source_catalog: Catalog | None
    findings: tuple[Finding, ...]


def check_project(project, options: CheckOptions) -> CheckReport:
    """The project's catalogues against the template and against the source-locale catalogue,
    then its rendered sheets across locales."""
    template = _read_template(project)
    source_locale = project.source_locale
    options = replace(options, source_locale=source_locale, locale=None)
    catalogues = {locale: _read_catalogue(project, locale, options) for locale in project.locales}
    source = catalogues.get(source_locale)
    results = [_check(catalogue, options, template, None if locale == source_locale else source)
               for locale, catalogue in catalogues.items()]
    sheet_findings = []
    if rendered_checks_enabled(options):
        sheet_findings = check_rendered_sheets(project.output_dir, source_locale, project.locales, options)
    paths = [str(project.template_path)] + [catalogue.context.path for catalogue in catalogues.values()]
    return report(results, paths, sheet_findings)


def check_locale(project, locale: str, options: CheckOptions) -> LocaleCheck:
    """What check_project reports about `locale`: its catalogue against the template and the
    source-locale catalogue (when it exists), and its rendered sheets against the source locale's."""
    template = _read_template(project)
    source_locale = project.source_locale
    options = replace(options, source_locale=source_locale, locale=None)
    catalogue = _read_catalogue(project, locale, options)
    source = None
    if locale != source_locale and project.catalogue_path(source_locale).is_file():
        source = _read_catalogue(project, source_locale, options)
    findings = list(_check(catalogue, options, template, source).findings)
    if locale != source_locale:
        sheets_dir = project.output_dir / locale
        findings.extend(item for item in check_rendered_sheets(project.output_dir, source_locale, project.locales,
                                                               options)
                        if _is_under(Path(item.path), sheets_dir))
    return LocaleCheck(catalogue.catalog, source.catalog if source is not None else None, tuple(findings))


def _check(catalogue: _Catalogue, options: CheckOptions, template: Catalog,
           source: _Catalogue | None) -> CatalogResult:
    return check_catalog(catalogue.catalog, catalogue.context, options, template=template,
                         source_catalog=source.catalog if source is not None else None,
                         source_context=source.context if source is not None else None)


def _read_template(project) -> Catalog:
    template_path = project.template_path
    if not template_path.is_file():
        raise InputError("no template: run `factsheet extract` first", str(template_path))
    return _read(template_path)


def _read_catalogue(project, locale: str, options: CheckOptions) -> _Catalogue:
    path = project.existing_catalogue(locale)
    catalog = _read(path)
    context = catalog_context(catalog, str(path), replace(options, locale=locale),
                              is_source=locale == project.source_locale, every_message_formatted=True)
    return _Catalogue(catalog, context)


def _read(path: Path) -> Catalog:
    from i18n.po.io import read_catalog

    return read_catalog(path)[0]


def _is_under(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True
