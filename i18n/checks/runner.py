"""Checking PO files given as paths (a linter for any gettext project): read each file, run the
engine over it, and gather one report. Several files, or one large file, go to the parallel
runner (checks/parallel.py), imported only then.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from i18n.checks import number_cache
from i18n.checks.base import Finding
from i18n.checks.context import catalog_context
from i18n.checks.engine import CatalogResult, CheckOptions, check_catalog
from i18n.errors import InputError
from i18n.lifetime import kept_until_exit
from i18n.po.model import Catalog


@dataclass(frozen=True)
class ReadFailure:
    """A file that could not be read: reported like the CLI reports an InputError."""

    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        return str(InputError(self.message, self.path, self.line))


@dataclass(frozen=True)
class CheckReport:
    findings: tuple[Finding, ...]
    files: tuple[str, ...]
    entries: int
    failures: tuple[ReadFailure, ...] = ()

    @property
    def has_errors(self) -> bool:
        return any(item.severity.value == "error" for item in self.findings)


def _read(path: Path) -> Catalog:
    from i18n.po.io import read_catalog_only

    return read_catalog_only(path)


def check_file(path: str, options: CheckOptions) -> CatalogResult | ReadFailure:
    """Read and check one PO file; an unreadable file comes back as data (it crosses processes)."""
    try:
        catalog = _read(Path(path))
    except InputError as error:
        return ReadFailure(error.path or path, error.line, error.message)
    except OSError as error:
        return ReadFailure(path, None, f"cannot read: {error.strerror}")
    result = check_read_catalogue(catalog, path, options)
    kept_until_exit((catalog, result))
    return result


def check_read_catalogue(catalog: Catalog, path: str, options: CheckOptions) -> CatalogResult:
    """Check a catalogue already read from `path`."""
    # A template's entries are untranslated by nature.
    is_template = path.endswith(".pot")
    return check_catalog(catalog, catalog_context(catalog, path, options, is_source=is_template), options)


# A file larger than this, checked alone, is cut into pieces that `jobs` processes take in turn.
SPLIT_ABOVE_BYTES = 2_000_000


def check_files(paths: list[str], options: CheckOptions, jobs: int = 2, progress=None) -> CheckReport:
    """Check PO files; several are checked in parallel in `jobs` processes, and one large file
    in `jobs` parts. `progress(done, total)` is told how many files are done, or for one large
    file how many of its bytes. With `options.cache`, the pairs whose numbers agree are remembered
    there for the next run (checks/number_cache.py)."""
    report_of_all = _check_files(paths, options, jobs, progress)
    if options.cache is not None:
        number_cache.merge(options.cache)
    return report_of_all


def _check_files(paths: list[str], options: CheckOptions, jobs: int, progress) -> CheckReport:
    done = progress or (lambda count, total: None)
    if len(paths) == 1 and jobs > 1 and not paths[0].endswith(".pot"):
        path = paths[0]
        try:
            size = os.path.getsize(path)
        except OSError:
            size = 0
        if size > SPLIT_ABOVE_BYTES:
            from i18n.checks.parallel import check_file_in_parts

            result = check_file_in_parts(path, options, jobs, progress)
            if result is not None:
                return report([result], paths)
    if len(paths) > 1 and jobs > 1:
        from i18n.checks.parallel import check_files_in_processes

        results = check_files_in_processes(paths, options, jobs, done)
    else:
        results = []
        for path in paths:
            results.append(check_file(path, options))
            done(len(results), len(paths))
    return report(results, paths)


def report(results: list, paths: list[str], extra: list[Finding] = ()) -> CheckReport:
    """One report from the catalogues' results (and read failures), then `extra` findings."""
    findings = [item for result in results if isinstance(result, CatalogResult) for item in result.findings]
    findings.extend(extra)
    return CheckReport(
        findings=tuple(findings),
        files=tuple(paths),
        entries=sum(result.entries for result in results if isinstance(result, CatalogResult)),
        failures=tuple(result for result in results if isinstance(result, ReadFailure)),
    )


__all__ = ["CheckReport", "ReadFailure", "check_file", "check_files", "check_read_catalogue", "report"]
