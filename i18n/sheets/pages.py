"""The project's pages: every sheet in each locale and format asked for, rendered in memory (a
printed format, PDF, printed from the pages it is made from), then written.

Nothing is written until every page is made, so a failure in any page leaves every file as it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from i18n.errors import FactsheetError, InputError
from i18n.files import FileOutcome, write_atomic
from i18n.sheets.formats import FORMATS, default_formats
from i18n.locales import language_tag
from i18n.sheets.render import MarkUntranslated, load_translations, output_name, render_sheet


@dataclass(frozen=True)
class RenderedPage:
    sheet: str
    locale: str
    output_format: str
    path: Path
    text: str


@dataclass(frozen=True)
class OutputPage:
    """A page as it is written: its bytes, and what its line in the command's report says."""

    path: Path
    data: bytes
    detail: str


@dataclass(frozen=True)
class ProjectRender:
    # The pages rendered from templates: those of the formats asked for, and those a printed format prints.
    pages: tuple[RenderedPage, ...]
    # Catalogues edited since their .mo was compiled: the pages show the older translations.
    stale_catalogues: tuple[Path, ...]
    # The formats asked for (or those rendered by default).
    formats: tuple[str, ...]


def render_project(
    project,
    *,
    locales: Sequence[str] = (),
    formats: Sequence[str] = (),
    sheets: Sequence[str] = (),
    out_dir: Path | None = None,
) -> ProjectRender:
    """Every page asked for (all sheets and locales, the default formats), rendered in memory.

    Pages go to `<out_dir or the project's output>/<locale>/<slug>.<ext>`; nothing is written here,
    so a failure in any page leaves every file as it was. A printed format (PDF) gets the pages it
    prints from (HTML) here, and is printed by `output_pages`.
    """
    from i18n.sheets.data import discover_sheets

    chosen_locales = _chosen(locales, project.locales, "locale")
    asked_formats = _chosen(formats, tuple(FORMATS), "format") if formats else default_formats()
    chosen_formats = tuple(dict.fromkeys(FORMATS[name].printed_from or name for name in asked_formats))
    available = discover_sheets(project.data_dir)
    chosen_sheets = [sheet for sheet in available if not sheets or sheet.slug in sheets]
    for slug in sheets:
        if slug not in {sheet.slug for sheet in available}:
            known = ", ".join(sheet.slug for sheet in available)
            raise InputError(f"unknown sheet {slug!r}; the project's sheets are {known}")
    target = out_dir or project.output_dir

    pages, stale = [], []
    for locale in chosen_locales:
        mo_path = project.mo_path(locale)
        translations = load_translations(mo_path, required=locale != project.source_locale)
        if locale != project.source_locale:
            translations.add_fallback(MarkUntranslated(language_tag(project.source_locale)))
        if _stale(mo_path, project.catalogue_path(locale)):
            stale.append(project.catalogue_path(locale))
        for sheet in chosen_sheets:
            for output_format in chosen_formats:
                text = render_sheet(
                    sheet,
                    locale,
                    output_format,
                    templates_dir=project.templates_dir,
                    translations=translations,
                    locales=project.locales,
                    catalogue=project.catalogue_path(locale),
                )
                path = target / locale / output_name(sheet, output_format)
                pages.append(RenderedPage(sheet.slug, locale, output_format, path, text))
    return ProjectRender(pages=tuple(pages), stale_catalogues=tuple(stale), formats=asked_formats)


def output_pages(rendered: ProjectRender, page_size: str = "A4") -> tuple[OutputPage, ...]:
    """The pages of the formats asked for, as they are written: the rendered ones, then each printed
    format's (every page printed before any is written)."""
    pages = [OutputPage(page.path, page.text.encode("utf-8"), f"{page.locale}, {page.output_format}")
             for page in rendered.pages if page.output_format in rendered.formats]
    for name in rendered.formats:
        printed = FORMATS[name]
        if printed.printed_from is None:
            continue
        sources = [page for page in rendered.pages if page.output_format == printed.printed_from]
        for page, data in zip(sources, printed.print_pages(sources, page_size)):
            pages.append(OutputPage(page.path.with_suffix(printed.suffix), data, f"{page.locale}, {name}, {page_size}"))
    return tuple(pages)


def write_pages(pages: Sequence[OutputPage]) -> list[FileOutcome]:
    """Each page written whole (temporary file and rename), only when its bytes changed."""
    return [FileOutcome(page.path, write_atomic(page.path, page.data), page.detail) for page in pages]


def _chosen(asked: Sequence[str], known: Sequence[str], kind: str) -> tuple[str, ...]:
    for value in asked:
        if value not in known:
            raise InputError(f"unknown {kind} {value!r}; the project's {kind}s are {', '.join(known)}")
    return tuple(dict.fromkeys(asked)) if asked else tuple(known)


def _stale(compiled: Path, source: Path) -> bool:
    """True if compiling `source` now would give another .mo than `compiled`.

    Only a catalogue edited after its .mo is compiled again (in memory): `compile` leaves a .mo
    untouched when an edit changes no translation, so an older .mo is not necessarily stale.
    """
    from i18n.po.io import read_catalog
    from i18n.po.mo import format_mo

    try:
        if compiled.stat().st_mtime_ns >= source.stat().st_mtime_ns:
            return False
        return format_mo(read_catalog(source)[0]) != compiled.read_bytes()
    except FileNotFoundError:
        return False
    except FactsheetError:
        return True  # the catalogue does not even read: certainly not what the .mo holds
