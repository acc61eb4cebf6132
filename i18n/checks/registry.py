"""The code table: every check, its stable code and kebab-case name, in code order.

Like ruff's rule table, a code is never reused: a check that is removed keeps its code in
RETIRED_CODES. Families: N1xx numbers, P2xx placeholders, M3xx markup, C4xx completeness,
H5xx headers, T6xx typography, X7xx across languages, F8xx what msgfmt refuses, S9xx the silencing flags themselves.

A translator silences a check on one entry with `#, ignore-<name>`; GROUPS names a family of
checks one flag silences together (`#, ignore-number-mismatch`).
"""

from __future__ import annotations

from typing import Iterable

from i18n.checks.base import Check, Problem, Severity, SuppressionCheck
from i18n.checks.completeness import ExtraInCatalogue, Fuzzy, MissingFromCatalogue, Obsolete, Untranslated
from i18n.checks.headers import (
    CharsetInvalid,
    CharsetMissing,
    HeaderMissing,
    LanguageMissing,
    LanguageUnknown,
    PluralFormCount,
    PluralFormsInvalid,
    PluralFormsMismatch,
    PluralFormsMissing,
)
from i18n.checks.markup import MarkupMismatch, MarkupScript
from i18n.checks.msgfmt_rules import FormatRefused, NewlineMismatch
from i18n.checks.number_checks import NumberAcrossLocales, NumberAdded, NumberChanged, NumberForeignStyle, NumberMissing
from i18n.checks.placeholders import (
    PercentFormat,
    PlaceholderExtra,
    PlaceholderMissing,
    PlaceholderReordered,
    PlaceholderTypeChanged,
)
from i18n.checks.sheets import NumberAcrossSheets, SheetsNotRendered
from i18n.checks.typography import (
    NoBreakSpaceAfterCount,
    NoBreakSpaceBeforePunctuation,
    NoBreakSpaceBeforeUnit,
    NoBreakSpaceInNumber,
    NoBreakSpaceInsideGuillemets,
)


class UnknownIgnoreFlag(SuppressionCheck):
    code = "S901"
    name = "unknown-ignore-flag"
    severity = Severity.WARNING
    description = "An `ignore-<name>` flag names no check or group: it silences nothing (a typo?)."

    def check_flag(self, flag: str, silenced: frozenset[str] | None, silences_nothing: bool) -> Iterable[Problem]:
        if silenced is None:
            yield Problem(f"'{flag}' names no check or group", subject=flag)


class UnusedIgnoreFlag(SuppressionCheck):
    code = "S902"
    name = "unused-ignore-flag"
    severity = Severity.WARNING
    description = "An `ignore-<name>` flag silences nothing on its entry any more: remove it."

    def check_flag(self, flag: str, silenced: frozenset[str] | None, silences_nothing: bool) -> Iterable[Problem]:
        if silences_nothing:
            yield Problem(f"'{flag}' silences nothing on this entry", subject=flag)


CHECKS: tuple[type[Check], ...] = (
    NumberMissing,
    NumberAdded,
    NumberChanged,
    NumberForeignStyle,
    PlaceholderMissing,
    PlaceholderExtra,
    PlaceholderTypeChanged,
    PlaceholderReordered,
    PercentFormat,
    NewlineMismatch,
    FormatRefused,
    MarkupMismatch,
    MarkupScript,
    Untranslated,
    Fuzzy,
    Obsolete,
    MissingFromCatalogue,
    ExtraInCatalogue,
    LanguageMissing,
    LanguageUnknown,
    PluralFormsMissing,
    PluralFormsInvalid,
    PluralFormsMismatch,
    PluralFormCount,
    CharsetMissing,
    CharsetInvalid,
    HeaderMissing,
    NoBreakSpaceBeforePunctuation,
    NoBreakSpaceInsideGuillemets,
    NoBreakSpaceInNumber,
    NoBreakSpaceBeforeUnit,
    NoBreakSpaceAfterCount,
    NumberAcrossLocales,
    NumberAcrossSheets,
    SheetsNotRendered,
    UnknownIgnoreFlag,
    UnusedIgnoreFlag,
)

# Codes once used and withdrawn; never to be given to another check.
RETIRED_CODES: frozenset[str] = frozenset()

GROUPS: dict[str, frozenset[str]] = {
    "number-mismatch": frozenset({"number-missing", "number-added", "number-changed", "number-across-locales"}),
    "placeholder-mismatch": frozenset({"placeholder-missing", "placeholder-extra", "placeholder-type-changed",
                                       "placeholder-reordered"}),
    "typography": frozenset({"nbsp-before-punctuation", "nbsp-inside-guillemets", "nbsp-in-number",
                             "nbsp-before-unit", "nbsp-after-count"}),
}

BY_NAME: dict[str, type[Check]] = {check.name: check for check in CHECKS}
BY_CODE: dict[str, type[Check]] = {check.code: check for check in CHECKS}

IGNORE_PREFIX = "ignore-"


def silenced_names(flag_name: str) -> frozenset[str] | None:
    """Check names an `ignore-<flag_name>` flag silences; None when the name is unknown."""
    if flag_name in BY_NAME:
        return frozenset({flag_name})
    return GROUPS.get(flag_name)


def resolve(selectors: tuple[str, ...] | list[str]) -> frozenset[str]:
    """Check names for codes, code prefixes (`N1`, `T`), names or group names; ValueError for an unknown one."""
    names: set[str] = set()
    for selector in selectors:
        if selector in BY_NAME or selector in GROUPS:
            names |= silenced_names(selector)
            continue
        matched = {check.name for check in CHECKS if check.code.startswith(selector.upper())}
        if not matched or not selector:
            raise ValueError(f"unknown check {selector!r}")
        names |= matched
    return frozenset(names)
