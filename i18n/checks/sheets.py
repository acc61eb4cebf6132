"""The checks across rendered sheets: their identity (for the registry) and what they report. How
a sheet is read and compared is checks/sheet_reading.py's, imported only when sheets are checked:
a check of PO files does not need it."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from i18n.checks.base import Problem, RenderedCheck, Severity
from i18n.errors import InputError


class NumberAcrossSheets(RenderedCheck):
    code = "X702"
    name = "number-across-sheets"
    severity = Severity.ERROR
    description = "A section of a rendered sheet does not carry the same numbers as the source locale's sheet."

    def check_sheet(self, source_path: Path, target_path: Path, source_locale: str,
                    target_locale: str) -> Iterable[tuple[int, Problem]]:
        if not target_path.is_file():
            return
        try:
            source_html = source_path.read_text(encoding="utf-8")
            target_html = target_path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise InputError(f"cannot read rendered sheet: {error}", str(target_path)) from None
        from i18n.checks.sheet_reading import compare_sheets  # only a project's check renders sheets

        yield from compare_sheets(source_html, target_html, source_locale, target_locale)


class SheetsNotRendered(RenderedCheck):
    code = "X703"
    name = "sheets-not-rendered"
    severity = Severity.INFO
    description = "No rendered sheets to compare across locales (run `factsheet render`), or a locale lacks one."

    def check_no_sheets(self, source_dir: Path) -> Iterable[Problem]:
        yield Problem(f"no rendered sheets under {source_dir}; run `factsheet render` to compare sheets across locales")

    def check_sheet(self, source_path: Path, target_path: Path, source_locale: str,
                    target_locale: str) -> Iterable[tuple[int, Problem]]:
        if not target_path.is_file():
            yield 0, Problem(f"no {target_locale} sheet for {source_path.name}")
