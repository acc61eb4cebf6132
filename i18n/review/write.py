"""The review pages of a project: read a locale's catalogue, check it as `factsheet check` does, write its page.

The page itself is built by the pure `i18n.review.page`; this module reads the files it needs (the
template, the source-locale catalogue, the locale's catalogue, the rendered sheets) and writes
`<output>/review/<locale>.html` through `write_atomic`.
"""

from __future__ import annotations

from pathlib import Path

from i18n.errors import InputError
from i18n.files import FileOutcome, counted
from i18n.project.config import Project
from i18n.project.operations import relative
from i18n.review.page import ReviewPage, build_review, render_review_page


def review_locales(project: Project, requested: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The locales asked for (each one a locale of the project), or every non-source locale."""
    for locale in requested:
        if locale not in project.locales:
            raise InputError(f"unknown locale {locale!r}; the project's locales are {', '.join(project.locales)}",
                             str(project.root / "pyproject.toml"))
    if requested:
        return tuple(dict.fromkeys(requested))
    return tuple(locale for locale in project.locales if locale != project.source_locale)


def default_review_path(project: Project, locale: str) -> Path:
    return project.output_dir / "review" / f"{locale}.html"


def project_review(project: Project, locale: str) -> ReviewPage:
    from i18n.checks.config import load_check_config
    from i18n.checks.engine import CheckOptions
    from i18n.project.checking import check_locale

    config = load_check_config(project.root)
    checked = check_locale(project, locale, CheckOptions(project.source_locale, locale, config.select, config.ignore,
                                                         config.spacing))
    findings = list(config.apply(checked.findings))
    path = project.existing_catalogue(locale)
    catalog = checked.catalog
    source_catalog = checked.source_catalog

    def location(item) -> str:
        shown = relative(project, Path(item.path))
        return f"{shown}:{item.line}" if item.line else shown

    return build_review(catalog, findings, source_locale=project.source_locale, target_locale=locale,
                        catalogue_label=relative(project, path), location=location, source_catalog=source_catalog)


def write_review_pages(project: Project, locales: tuple[str, ...] = (), out: Path | None = None) -> list[FileOutcome]:
    """One review page per locale; `out` names the file when a single locale is reviewed."""
    from i18n.files import write_atomic

    chosen = review_locales(project, locales)
    if not chosen:
        raise InputError("the project has no locale besides the source locale to review",
                         str(project.root / "pyproject.toml"))
    if out is not None and len(chosen) > 1:
        raise InputError(f"--out names one file but {len(chosen)} locales are reviewed; add --locale")
    outcomes = []
    for locale in chosen:
        page = project_review(project, locale)
        target = out if out is not None else default_review_path(project, locale)
        # "replace": a comment may keep bytes invalid in its charset (po.parse), shown as "?".
        changed = write_atomic(target, render_review_page(page).encode("utf-8", "replace"))
        outcomes.append(FileOutcome(target, changed, _detail(page)))
    return outcomes


def _read(path: Path, missing: str):
    from i18n.po.io import read_catalog

    if not path.is_file():
        raise InputError(missing, str(path))
    return read_catalog(path)[0]


# --- Any gettext catalogue ---------------------------------------------------------------------


def default_catalogue_review_path(path: Path) -> Path:
    """`po/fr.po` -> `po/fr.review.html`, beside the catalogue."""
    return path.with_name(f"{path.stem}.review.html")


def catalogue_review(path: Path, options, config=None) -> ReviewPage:
    """The review page of one PO file of any gettext project, with exactly the findings
    `factsheet check PATH` reports (the same options and [tool.factsheet.check] settings)."""
    from i18n.checks.context import catalogue_locale
    from i18n.checks.runner import check_read_catalogue

    # Read once: the page shows the very text the findings were made on.
    catalog = _read(path, "no such catalogue")
    findings = check_read_catalogue(catalog, str(path), options).findings
    findings = config.apply(findings) if config is not None else findings
    target_locale = catalogue_locale(catalog, str(path), options.locale).locale or "und"
    return build_review(catalog, findings, source_locale=options.source_locale, target_locale=target_locale,
                        catalogue_label=str(path))


def write_catalogue_reviews(paths: list[Path], options, config=None, out: Path | None = None) -> list[FileOutcome]:
    """One review page per PO file; `out` names the file when a single catalogue is reviewed."""
    from i18n.files import write_atomic

    if out is not None and len(paths) > 1:
        raise InputError(f"--out names one file but {len(paths)} catalogues are reviewed")
    outcomes = []
    for path in paths:
        page = catalogue_review(path, options, config)
        target = out if out is not None else default_catalogue_review_path(path)
        changed = write_atomic(target, render_review_page(page).encode("utf-8"))
        outcomes.append(FileOutcome(target, changed, _detail(page)))
    return outcomes


def _detail(page: ReviewPage) -> str:
    counts = page.state_counts
    severities = page.severity_counts
    return (f"{counted(len(page.messages), 'message')}: {counts['translated']} translated, {counts['fuzzy']} fuzzy, "
            f"{counts['untranslated']} untranslated; {counted(severities['error'], 'error')}, "
            f"{counted(severities['warning'], 'warning')}")
