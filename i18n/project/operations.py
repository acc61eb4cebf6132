"""The project's operations -- extract, update, init, compile, stats, build -- each returning a frozen result.

Each operation writes only when the bytes change, so running it again with nothing changed in the
templates touches no file (no new POT-Creation-Date, no new .mo).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path

from i18n.errors import FactsheetError, InputError, ManyErrors
from i18n.files import FileOutcome, counted
from i18n.po.model import Catalog
from i18n.po.stats import CatalogueStats, count_catalogue
from i18n.project.config import Project


def now_stamp() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M%z")


def relative(project: Project, path: Path) -> str:
    try:
        return path.relative_to(project.root).as_posix()
    except ValueError:
        return str(path)


# --- extract -----------------------------------------------------------------------------------


def extract_project(project: Project) -> FileOutcome:
    """Messages of the project's templates into its POT; the old file is kept when only the date would change."""
    from i18n.po.extract import extract_messages
    from i18n.po import header as po_header
    from i18n.po.io import read_catalog, write_catalog
    from i18n.po.write import format_po

    target = project.template_path
    result = extract_messages(
        project.templates_dir, project.root, project_id=project_id(project), creation_date=now_stamp()
    )
    expected = None
    if target.exists():
        old, expected = read_catalog(target)
        old_date = old.header_field(po_header.POT_CREATION_DATE) if old.header else None
        if old_date:
            header = result.catalog.header
            header.msgstr = po_header.set_field(header.msgstr, po_header.POT_CREATION_DATE, old_date)
            if format_po(result.catalog) == format_po(old):
                return FileOutcome(target, False, counted(result.messages, "message"))
            header.msgstr = po_header.set_field(header.msgstr, po_header.POT_CREATION_DATE, now_stamp())
    changed = write_catalog(target, result.catalog, expected=expected)
    return FileOutcome(target, changed, counted(result.messages, "message"))


def project_id(project: Project) -> str:
    import tomllib

    try:
        with (project.root / "pyproject.toml").open("rb") as handle:
            meta = tomllib.load(handle).get("project", {})
    except (OSError, tomllib.TOMLDecodeError):
        meta = {}
    name, version = meta.get("name"), meta.get("version")
    return f"{name} {version}" if name and version else (name or "PACKAGE VERSION")


# --- update and init ---------------------------------------------------------------------------


def read_template(path: Path) -> Catalog:
    from i18n.po.io import read_catalog

    if not path.exists():
        raise InputError("template not found; run `factsheet extract` first", str(path))
    return read_catalog(path)[0]


def update_catalogue(path: Path, template: Catalog | Callable[[], Catalog], *, source_locale: bool = False,
                     options=None, output: Path | None = None, progress=None) -> FileOutcome:
    """Merge `template` into the catalogue at `path` in place, as `msgmerge --previous --update` does.

    `options` (i18n.po.msgmerge_options.MergeOptions) are msgmerge's; with `output` the result goes
    there and `path` is only read (msgmerge -o; `path` may be /dev/null). `progress(done, total)`
    follows the merge's fuzzy search. `template` may be a callable giving it, called once the
    catalogue is read.
    """
    from i18n.po.io import read_catalog
    from i18n.po.merge import merge_catalog, merge_changes_nothing
    from i18n.po.msgmerge_options import MergeOptions, back_up, sort_catalogue
    from i18n.po.write import format_po
    from i18n.files import write_atomic

    options = options or MergeOptions()
    catalog, expected = read_catalog(path)
    if callable(template):  # read meanwhile by another process (i18n.po.read_ahead)
        template = template()
    compendia = [read_catalog(compendium)[0] for compendium in options.compendia]
    result = merge_catalog(catalog, template, compendia=compendia, fuzzy_matching=options.fuzzy_matching,
                           for_msgfmt=options.for_msgfmt, progress=progress)
    merged = result.catalog
    if source_locale:
        fill_from_source(merged)
    sort_catalogue(merged, options.sort)
    data = format_po(merged, options.width, options.style)
    if output is not None:
        changed = write_atomic(output, data)
    elif merge_changes_nothing(catalog, merged):
        changed = False
    else:
        if options.backup not in ("none", "off") and path.exists() and path.read_bytes() != data:
            back_up(path, options.backup, options.suffix)
        changed = write_atomic(path, data, expected=expected)
    states = count_catalogue(merged, "", path)
    detail = f"{states.translated} translated, {states.fuzzy} fuzzy, {states.untranslated} untranslated"
    if states.obsolete:
        detail += f", {states.obsolete} obsolete"
    return FileOutcome(output or path, changed, detail)


def fill_from_source(catalog: Catalog) -> None:
    """In the source locale's catalogue a message translates to itself unless an editor wrote otherwise.

    New entries get msgstr = msgid (as `msgen` does); a fuzzy entry whose translation was the previous
    source text is refreshed to the new one; a real rewording (a translation that differs) is left fuzzy.
    """
    for entry in catalog.entries:
        if entry.obsolete:
            continue
        if entry.fuzzy:
            previous = _source_forms(entry, entry.previous_msgid, entry.previous_msgid_plural or entry.previous_msgid)
            refresh = entry.previous_msgid is not None and entry.translations == previous
        else:
            refresh = not any(entry.translations)
        if not refresh:
            continue
        if entry.is_plural:
            entry.msgstr_plural = _source_forms(entry, entry.msgid, entry.msgid_plural)
        else:
            entry.msgstr = entry.msgid
        entry.flags = [flag for flag in entry.flags if flag != "fuzzy"]
        entry.previous_msgctxt = entry.previous_msgid = entry.previous_msgid_plural = None


def _source_forms(entry, singular: str | None, plural: str | None) -> list:
    """What each translated form of `entry` says in the source language: msgstr[0] the singular, the rest the plural."""
    if not entry.is_plural:
        return [singular]
    return [singular, *[plural] * (len(entry.msgstr_plural) - 1)]


def update_project(project: Project, progress_for=lambda path: None) -> list[FileOutcome]:
    """Every locale's catalogue updated from the POT; a locale without a catalogue gets a new one.

    `progress_for(path)` gives the `progress(done, total)` callback for the merge into that catalogue
    (None for none), so that the CLI can show one bar per long merge."""
    template = read_template(project.template_path)
    outcomes = []
    for locale in project.locales:
        path = project.catalogue_path(locale)
        if not path.exists():
            outcomes.append(init_catalogue(project, locale, template=template))
        else:
            outcomes.append(update_catalogue(path, template, source_locale=locale == project.source_locale,
                                             progress=progress_for(path)))
    return outcomes


def init_catalogue(project: Project, locale: str, *, template: Catalog | None = None, force: bool = False) -> FileOutcome:
    from i18n.po.io import write_catalog
    from i18n.po.new_catalog import new_catalog

    template = template or read_template(project.template_path)
    path = project.catalogue_path(locale)
    if path.exists() and not force:
        raise FactsheetError("catalogue already exists; use `factsheet update` (or --force to start again)", str(path))
    catalog = new_catalog(template, locale, project_id=project_id(project))
    if locale == project.source_locale:
        fill_from_source(catalog)
    write_catalog(path, catalog)
    return FileOutcome(path, True, f"new catalogue, Plural-Forms: {catalog.plural_forms}")


# --- compile -----------------------------------------------------------------------------------


def compile_catalogue(path: Path, out: Path | None = None) -> FileOutcome:
    """A .mo file from the catalogue at `path`; a catalogue with errors is refused and nothing is written."""
    from i18n.files import write_atomic
    from i18n.po.io import read_catalog
    from i18n.po.mo import compiled_entries

    catalog, _ = read_catalog(path)
    data = compiled_mo(catalog, str(path))
    target = out or path.with_suffix(".mo")
    changed = write_atomic(target, data)
    translated = sum(1 for entry in compiled_entries(catalog) if entry is not catalog.header)
    return FileOutcome(target, changed, counted(translated, "message"))


def compiled_mo(catalog: Catalog, path: str | None = None) -> bytes:
    """The .mo file's bytes, as msgfmt writes them. A catalogue msgfmt -c refuses raises ManyErrors:
    every error, each at the line msgfmt names when the file at `path` can be read again."""
    from i18n.po.mo import format_mo, validate_for_compile
    from i18n.po.parse import msgstr_line

    problems = validate_for_compile(catalog)
    if problems:
        try:
            # Latin-1 keeps every byte and line; msgfmt names an entry's msgstr line.
            lines = Path(path).read_bytes().decode("latin-1").split("\n") if path is not None else None
        except OSError:
            lines = None
        errors = [FactsheetError(problem.message, path,
                                 msgstr_line(lines, problem.line) if lines is not None else problem.line)
                  for problem in problems]
        raise ManyErrors(errors, "nothing written", path)
    return format_mo(catalog)


def compile_project(project: Project) -> list[FileOutcome]:
    return [compile_catalogue(project.catalogue_path(locale), project.mo_path(locale)) for locale in project.locales]


# --- stats -------------------------------------------------------------------------------------


def project_stats(project: Project) -> list[CatalogueStats]:
    """Each locale's catalogue counted as `msgfmt --statistics` counts (i18n.po.stats owns the rule)."""
    return [_locale_stats(project.existing_catalogue(locale), locale) for locale in project.locales]


def _locale_stats(path: Path, locale: str) -> CatalogueStats:
    from i18n.po.io import read_catalog

    return count_catalogue(read_catalog(path)[0], locale, path)


# --- build -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RefusedLocale:
    """A locale `build` did not publish, and why: too little translated, or errors the checks found."""

    locale: str
    reason: str
    # The check findings that stopped it (i18n.checks.base.Finding), as `check` reports them.
    findings: tuple = ()


@dataclass(frozen=True)
class BuildResult:
    up_to_date: bool
    outcomes: tuple[FileOutcome, ...] = ()
    refused: tuple[RefusedLocale, ...] = ()


def build_project(project: Project, *, force: bool = False, step=lambda name: None,
                  progress_for=lambda path: None) -> BuildResult:
    """Extract, update, compile, render and check every locale, then publish the locales that pass;
    with nothing changed since the last build, nothing.

    A locale is published only if enough of it is translated (`publish_threshold`, percent) and the
    checks -- run on the catalogues and on the very pages about to be written -- find no error in it
    (unless `publish_with_errors` names it). `step(name)` is called before each stage so that the
    CLI can show progress; `progress_for` is update_project's.
    """
    from i18n.project.build_state import is_up_to_date, record_build

    if not force and is_up_to_date(project):
        return BuildResult(up_to_date=True)
    from i18n.sheets.pages import output_pages, render_project, write_pages

    outcomes: list[FileOutcome] = []
    step("extract")
    outcomes.append(extract_project(project))
    step("update")
    outcomes += update_project(project, progress_for)
    step("compile")
    outcomes += compile_project(project)
    step("render")
    rendered = render_project(project)
    step("check")
    refused = {item.locale: item for item in _incomplete_locales(project)}
    for item in _locales_with_errors(project, rendered.pages):
        refused.setdefault(item.locale, item)
    publish = [page for page in rendered.pages if page.locale not in refused]
    outcomes += write_pages(output_pages(replace(rendered, pages=tuple(publish))))
    ordered = tuple(refused[locale] for locale in project.locales if locale in refused)
    if not ordered:
        record_build(project, [outcome.path for outcome in outcomes])
    return BuildResult(up_to_date=False, outcomes=tuple(outcomes), refused=ordered)


def _incomplete_locales(project: Project) -> list[RefusedLocale]:
    """Locales whose share of translated messages is below the project's publish_threshold."""
    refused = []
    for locale in project.locales:
        if locale == project.source_locale:
            continue
        stats = _locale_stats(project.catalogue_path(locale), locale)
        if stats.percent_translated < project.publish_threshold:
            refused.append(RefusedLocale(
                locale,
                f"{stats.translated} of {stats.total} messages translated ({stats.percent_translated:.0f}%), "
                f"below publish_threshold = {project.publish_threshold:g}",
            ))
    return refused


def _locales_with_errors(project: Project, pages) -> list[RefusedLocale]:
    """The project's checks over its catalogues and over `pages` (written to a scratch folder, not
    published): each locale with an error finding, unless publish_with_errors names it. A finding
    that belongs to no one locale (the template's) stops every locale."""
    import dataclasses
    import shutil
    import tempfile

    from i18n.checks.engine import CheckOptions
    from i18n.project.checking import check_project

    scratch = Path(tempfile.mkdtemp(prefix="factsheet-check-"))
    try:
        for page in pages:
            target = scratch / page.path.relative_to(project.output_dir)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(page.text, encoding="utf-8")
        report = check_project(dataclasses.replace(project, output_dir=scratch), CheckOptions(project.source_locale))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    errors = [item for item in report.findings if item.severity.value == "error"]
    by_locale: dict[str, list] = {}
    for item in errors:
        owner = _locale_of(project, scratch, item.path)
        published = Path(item.path)
        if scratch in published.parents:  # said of the page where it would have been published
            item = dataclasses.replace(item, path=str(project.output_dir / published.relative_to(scratch)))
        for locale in [owner] if owner else project.locales:
            by_locale.setdefault(locale, []).append(item)
    return [
        RefusedLocale(locale, f"{len(found)} error{'s' if len(found) != 1 else ''} found by the checks", tuple(found))
        for locale, found in by_locale.items()
        if locale not in project.publish_with_errors
    ]


def _locale_of(project: Project, scratch: Path, path: str) -> str | None:
    """The locale a finding's file belongs to: its catalogue's, or its rendered page's."""
    where = Path(path)
    for locale in project.locales:
        for folder in (project.catalogue_path(locale).parent, scratch / locale):
            if where == folder or folder in where.parents:
                return locale
    return None
