"""factsheet's Python API: what the commands do, on values instead of files and output.

    import i18n

    catalog = i18n.read_catalogue("po/fr.po")
    merged = i18n.merge(catalog, i18n.read_catalogue("po/app.pot"))   # msgmerge --previous
    po_bytes = i18n.format_catalogue(merged)                          # msgcat's bytes
    mo_bytes = i18n.compile_mo(merged)                                # msgfmt's bytes
    for finding in i18n.check("po/fr.po", source_locale="en"):       # factsheet check, as data
        print(finding.line, finding.code, finding.message)

Catalogues are `i18n.po.model.Catalog` objects; findings are frozen `i18n.checks.base.Finding`s.
Bad input raises `i18n.errors.FactsheetError` (InputError for a file that cannot be read), whose
`path` and `line` say where; nothing here prints, and only `write_catalogue` writes.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from i18n import _API
from i18n.errors import FactsheetError, InputError
from i18n.po.model import Catalog

# The names are listed once, in i18n/__init__.py, which exports them lazily.
__all__ = list(_API)


def read_catalogue(path: str | Path) -> Catalog:
    """The PO or POT file at `path`, read as GNU gettext reads it (a malformed file raises InputError at its line)."""
    from i18n.po.io import read_catalog

    return read_catalog(path)[0]


def parse_catalogue(data: bytes, name: str = "<memory>") -> Catalog:
    """A catalogue from the bytes of a PO file; `name` is the file named in errors."""
    from i18n.po.parse import parse_po

    return parse_po(data, name)


def format_catalogue(catalog: Catalog, width: int = 79) -> bytes:
    """The catalogue as a PO file, byte for byte as `msgcat` writes it."""
    from i18n.po.write import format_po

    return format_po(catalog, width)


def write_catalogue(path: str | Path, catalog: Catalog) -> bool:
    """Write the catalogue to `path` atomically, in msgcat's form; False if the file already held those bytes."""
    from i18n.po.io import write_catalog

    return write_catalog(path, catalog)


def merge(catalog: Catalog, template: Catalog, *, compendia: Sequence[Catalog] = (),
          fuzzy_matching: bool = True) -> Catalog:
    """`template` (a POT) merged into `catalog` as `msgmerge --previous` merges them: new messages
    untranslated, changed ones fuzzy with their previous msgid, removed ones obsolete."""
    from i18n.po.merge import merge_catalog

    return merge_catalog(catalog, template, compendia=compendia, fuzzy_matching=fuzzy_matching).catalog


def compile_mo(catalog: Catalog) -> bytes:
    """The .mo file of the catalogue, byte for byte as `msgfmt` writes it; a catalogue `msgfmt -c`
    refuses raises FactsheetError (ManyErrors: `errors` holds each, at the line msgfmt names)."""
    from i18n.project.operations import compiled_mo

    return compiled_mo(catalog, catalog.path)


def check(path: str | Path, *, source_locale: str = "en", locale: str | None = None,
          select: Sequence[str] = (), ignore: Sequence[str] = ()) -> tuple:
    """The findings of `factsheet check PATH` (without any pyproject.toml settings), in file order.

    `locale` is the translation's (default: the file's Language header); `select` and `ignore` take
    codes, prefixes, names or groups, as the command's options do.
    """
    from i18n.checks.registry import resolve
    from i18n.checks.runner import CheckOptions, check_files

    try:
        options = CheckOptions(source_locale, locale, resolve(list(select)) if select else None,
                               resolve(list(ignore)) if ignore else frozenset())
    except ValueError as error:
        raise FactsheetError(str(error)) from None
    report = check_files([str(path)], options, jobs=1)
    if report.failures:
        failure = report.failures[0]
        raise InputError(failure.message, failure.path, failure.line)
    return report.findings


def render_sheet(data_file: str | Path, templates: str | Path, locale: str, output_format: str = "html", *,
                 mo_file: str | Path | None = None, locales: Sequence[str] = ()) -> str:
    """The page of the sheet whose data file is `data_file`, rendered with the templates under
    `templates` in `locale` and `output_format` (html or md), translated by the compiled catalogue
    `mo_file` (none: the templates' own text); the page links to its versions in `locales`."""
    from gettext import NullTranslations

    from i18n.sheets import render
    from i18n.sheets.data import load_sheet

    sheet = load_sheet(Path(data_file))
    translations = render.load_translations(Path(mo_file), required=True) if mo_file else NullTranslations()
    return render.render_sheet(sheet, locale, output_format, templates_dir=Path(templates), translations=translations,
                               locales=tuple(locales) or (locale,), catalogue=None)
