"""The engine: every enabled check over one catalogue, dispatched by its kind, and silencing.

The engine knows the kinds of check (base.py) and finds the checks in the registry; it names no
check class, so a new check is one class in its family module plus its line in the registry.

Silencing happens here, once: an entry's `#, ignore-<name>` flags drop that entry's findings of the
named check (or group), and the suppression checks report a flag that names nothing, or silences
nothing.
"""

from __future__ import annotations

import re
from bisect import insort
from dataclasses import dataclass, field, replace
from operator import attrgetter
from pathlib import Path

from i18n.checks.base import (
    AcrossLocalesCheck,
    CatalogCheck,
    CatalogContext,
    ConventionCheck,
    EntryCheck,
    Finding,
    Pair,
    PairCheck,
    RenderedCheck,
    SuppressionCheck,
    TemplateCheck,
    finding,
)
from i18n.checks.config import HEADER_SPACING_FIELD, SPACINGS
from i18n.checks import registry
from i18n.checks.registry import IGNORE_PREFIX, silenced_names
from i18n.cycles import cycle_collector_paused
from i18n.po.model import Catalog, Entry
from i18n.po.symbolic_ids import may_be_symbolic, source_text


@dataclass(frozen=True)
class CheckOptions:
    source_locale: str = "en"
    # Target locale for every file checked; None reads each file's Language header.
    locale: str | None = None
    # Names of the checks to run; None runs them all.
    select: frozenset[str] | None = None
    ignore: frozenset[str] = frozenset()
    # The no-break spaces French typography fixes write (a key of typography.SPACING_CONVENTIONS).
    spacing: str = "full"
    # Where the pairs whose numbers agree are remembered between runs (checks/number_cache.py); None: nowhere.
    cache: str | None = None

    def enabled(self, name: str) -> bool:
        return name not in self.ignore and (self.select is None or name in self.select)


@dataclass(frozen=True)
class CatalogResult:
    path: str
    findings: tuple[Finding, ...]
    entries: int


@dataclass
class _EntryFindings:
    """Findings gathered for one entry before its silencing flags are applied."""

    entry: Entry
    items: list[Finding] = field(default_factory=list)


@dataclass(frozen=True)
class _TriggerGroup:
    """Pair checks sharing trigger characters; a few characters are tested with `in` (ten times
    faster than a regex search), many with one compiled character class."""

    characters: tuple[str, ...]
    pattern: re.Pattern | None
    prefilter: object
    # Characters of which one must occur in the translation (checks that judge only it).
    target_characters: tuple[str, ...]
    target_pattern: re.Pattern | None
    checks: tuple[PairCheck, ...]


def _trigger_groups(pair_checks: list[PairCheck]) -> list[_TriggerGroup]:
    groups: dict[tuple, list[PairCheck]] = {}
    for check in pair_checks:
        key = ("".join(sorted(set(check.triggers or ""))), check.prefilter,
               "".join(sorted(set(check.target_triggers or ""))), check.target_pattern)
        groups.setdefault(key, []).append(check)
    return [
        _TriggerGroup(tuple(key), re.compile(f"[{re.escape(key)}]") if len(key) > 6 else None, prefilter,
                      tuple(target_key), target_pattern, tuple(checks))
        for (key, prefilter, target_key, target_pattern), checks in groups.items()
    ]


def _by_trigger_kind(groups: list[_TriggerGroup]) -> tuple[list, list, list, list, list]:
    """The groups by their one kind of trigger, each as the tuple its loop reads (a loop per kind
    unpacks and tests less than one for all): characters in either text, characters in the target,
    a target pattern (its search), none (a prefilter at most), and any other mix (every field). A
    pair's findings come in the kinds' order; sorting by place and code puts them in the registry's."""
    either, target, pattern, other, mixed = [], [], [], [], []
    for group in groups:
        few_characters = group.pattern is None  # (else a compiled class of many: the mixed loop's)
        if few_characters and not group.target_characters and group.target_pattern is None:
            if group.characters:
                either.append((group.characters, group.prefilter, group.checks))
            else:
                other.append((group.prefilter, group.checks))
        elif few_characters and not group.characters and group.target_pattern is None:
            target.append((group.target_characters, group.prefilter, group.checks))
        elif few_characters and not group.characters and not group.target_characters:
            pattern.append((group.target_pattern.search, group.prefilter, group.checks))
        else:
            mixed.append((group.characters, group.pattern, group.prefilter, group.target_characters,
                          group.target_pattern, group.checks))
    return either, target, pattern, other, mixed


_NO_FLAGS: frozenset[str] = frozenset()
_new_tuple = tuple.__new__
# The engine makes a singular entry's Pair from its fields in this order.
assert Pair._fields == ("source", "target", "form", "few_n", "flags", "source_locale", "target_locale", "other_source")


@dataclass(frozen=True)
class PartResult:
    """The findings over part of a catalogue's entries, and the convention tallies
    (check name -> conforming places, deviating places by kind) that the whole catalogue settles."""

    findings: list[Finding]
    tallies: dict[str, tuple[int, dict[str, int]]]
    live: int


def check_catalog(catalog: Catalog, context: CatalogContext, options: CheckOptions = CheckOptions(),
                  template: Catalog | None = None, source_catalog: Catalog | None = None,
                  source_context: CatalogContext | None = None) -> CatalogResult:
    """Every enabled check over one catalogue; with `template`, its completeness against the POT;
    with `source_catalog`, its texts against the source-locale catalogue's (the checks across locales)."""
    part = check_part(catalog, context, options, source_catalog, source_context)
    findings = settle_conventions(part.findings, part.tallies, catalog.header, context.path)
    if template is not None:
        for check in registry.CHECKS:
            if issubclass(check, TemplateCheck) and options.enabled(check.name):
                where = template.path or context.path if check.located_in_template else context.path
                for entry, problem in check().check_template(catalog, template, context):
                    findings.append(finding(check, where, entry, problem))
    findings.sort(key=lambda item: item.sort_key)
    return CatalogResult(context.path, tuple(findings), part.live)


def settle_conventions(findings: list[Finding], tallies: dict[str, tuple[int, dict[str, int]]],
                       header: Entry | None, path: str) -> list[Finding]:
    """Per-entry findings of a convention the catalogue mostly does not follow become one finding
    at the header (a catalogue-wide habit, not thousands of slips). Findings in order stay in order."""
    unfollowed = {}
    for name, (conforming, deviating) in tallies.items():
        check = registry.BY_NAME[name]
        if not check.mostly_followed(conforming, deviating):
            unfollowed[name] = finding(check, path, header, check.catalogue_problem(conforming, deviating))
    if not unfollowed:
        return findings
    kept = [item for item in findings if item.check not in unfollowed]
    for name, catalogue_finding in unfollowed.items():
        covered = tuple(item for item in findings if item.check == name)
        insort(kept, replace(catalogue_finding, covers=covered), key=_SORT_KEY)
    return kept


_SORT_KEY = attrgetter("sort_key")


def check_part(catalog: Catalog, context: CatalogContext, options: CheckOptions,
               source_catalog: Catalog | None = None, source_context: CatalogContext | None = None,
               whole: bool = True) -> PartResult:
    """The entry, pair and catalogue checks over `catalog`; with `whole` False, the catalogue is
    a part of a file (its header a copy, looked at by the part that holds it) and catalogue
    checks do not run."""
    # The checks make no reference cycles (the collector cost about 5 % of the time).
    with cycle_collector_paused():
        return _check_entries(catalog, context, options, source_catalog, source_context, whole)


def _check_entries(catalog: Catalog, context: CatalogContext, options: CheckOptions,
                   source_catalog: Catalog | None, source_context: CatalogContext | None,
                   whole: bool) -> PartResult:
    instances = [check() for check in registry.CHECKS if options.enabled(check.name)]
    declared = catalog.header_field(HEADER_SPACING_FIELD) if catalog.header is not None else None
    if declared in SPACINGS:  # the catalogue's own choice wins over the team's setting
        options = replace(options, spacing=declared)
    for check in instances:
        configure = getattr(check, "configure", None)
        if configure is not None:
            configure(options)
    entries_flags: set[str] = set()
    for entry in catalog.entries:
        if entry.flags:
            entries_flags.update(entry.flags)
    pair_checks = [check for check in instances if isinstance(check, PairCheck) and check.applies(context)
                   and (check.flag_triggers is None or not entries_flags.isdisjoint(check.flag_triggers))]
    entry_checks = [check for check in instances if isinstance(check, EntryCheck)]
    catalog_checks = [check for check in instances if isinstance(check, CatalogCheck)]
    across = [check for check in instances if isinstance(check, AcrossLocalesCheck)]
    if source_catalog is None or source_context is None:
        across = []
    # Checks whose silencing flags can be judged: every enabled one that looks at entries (one that
    # does not apply to this locale, like French typography in German, leaves its flags unused).
    active = {check.name for check in instances if isinstance(check, (PairCheck, EntryCheck))}
    active.update(check.name for check in across)
    suppression_checks = [check() for check in registry.CHECKS if issubclass(check, SuppressionCheck)]
    groups = _by_trigger_kind(_trigger_groups(pair_checks))
    # A symbolic id's entry: msgfmt's rules read its msgid, the other checks the text it stands for.
    msgid_groups = _by_trigger_kind(_trigger_groups([check for check in pair_checks if check.reads_msgid]))
    text_groups = _by_trigger_kind(_trigger_groups([check for check in pair_checks if not check.reads_msgid]))
    path = context.path
    source_by_key = _source_texts(source_catalog) if across else {}

    findings: list[Finding] = []
    by_entry: dict[int, _EntryFindings] = {}

    def record(entry: Entry | None, item: Finding) -> None:
        gathered = by_entry.get(id(entry)) if entry is not None else None
        if gathered is None:
            findings.append(item)
        else:
            gathered.items.append(item)

    def run_checks(checks: tuple[PairCheck, ...], pair: Pair, entry: Entry) -> None:
        for check in checks:
            for problem in check.check_pair(pair):
                record(entry, finding(check, path, entry, problem, pair.form))

    for entry in ([catalog.header] if catalog.header is not None and whole else []) + catalog.entries:
        if entry.flags and any(flag.startswith(IGNORE_PREFIX) for flag in entry.flags):
            by_entry[id(entry)] = _EntryFindings(entry)

    for check in catalog_checks if whole else ():
        for entry, problem in check.check_catalog(catalog, context):
            record(entry, finding(check, path, entry, problem))

    layout = context.plurals
    source_locale, target_locale = context.source_locale, context.target_locale
    obsolete = 0
    for entry in catalog.entries:
        # Entry checks look only at obsolete, plural, untranslated and fuzzy entries (see EntryCheck).
        if entry.obsolete or entry.msgid_plural is not None or not entry.msgstr or "fuzzy" in entry.flags:
            for check in entry_checks:
                for problem in check.check_entry(entry, context):
                    record(entry, finding(check, path, entry, problem))
            if entry.obsolete:
                obsolete += 1
                continue
            if "fuzzy" in entry.flags:
                continue
        if entry.msgid_plural is None:
            # PluralLayout.pairs for the common singular entry, without a generator per entry (and
            # without the named tuple's Python-level __new__).
            flags = entry.flags
            entry_pairs = ((_new_tuple(Pair, (entry.msgid, entry.msgstr, None, None,
                                              frozenset(flags) if flags else _NO_FLAGS, source_locale,
                                              target_locale, None)), groups),) if entry.msgstr else ()
            if entry_pairs and may_be_symbolic(entry.msgid):
                text = source_text(entry)
                if text != entry.msgid:
                    msgid_pair = entry_pairs[0][0]
                    entry_pairs = ((msgid_pair, msgid_groups), (msgid_pair._replace(source=text), text_groups))
        else:
            entry_pairs = [(pair, groups) for pair in layout.pairs(entry, source_locale, target_locale)]
        for pair, (either_groups, target_groups, pattern_groups, other_groups, mixed_groups) in entry_pairs:
            source, target = pair.source, pair.target
            # Each kind of trigger in its own loop (inlined: this runs once per form of every entry).
            for characters, prefilter, checks in either_groups:
                for character in characters:
                    if character in source or character in target:
                        break
                else:
                    continue
                if prefilter is None or prefilter(pair):
                    run_checks(checks, pair, entry)
            for characters, prefilter, checks in target_groups:
                for character in characters:
                    if character in target:
                        break
                else:
                    continue
                if prefilter is None or prefilter(pair):
                    run_checks(checks, pair, entry)
            for search, prefilter, checks in pattern_groups:
                if search(target) is not None and (prefilter is None or prefilter(pair)):
                    run_checks(checks, pair, entry)
            for prefilter, checks in other_groups:
                if prefilter is None or prefilter(pair):
                    run_checks(checks, pair, entry)
            for characters, pattern, prefilter, target_characters, target_pattern, checks in mixed_groups:
                if target_characters:
                    for character in target_characters:
                        if character in target:
                            break
                    else:
                        continue
                elif target_pattern is not None and target_pattern.search(target) is None:
                    continue
                if pattern is not None:
                    if pattern.search(source) is None and pattern.search(target) is None:
                        continue
                elif characters:
                    for character in characters:
                        if character in source or character in target:
                            break
                    else:
                        continue
                if prefilter is not None and not prefilter(pair):
                    continue
                run_checks(checks, pair, entry)
        if across:
            sources = _across_sources(entry, source_by_key, layout, source_context)
            if sources is not None:
                for pair in layout.pairs(entry, source_locale, target_locale, sources=sources):
                    for check in across:
                        for problem in check.check_pair(pair):
                            record(entry, finding(check, path, entry, problem, pair.form))

    # Without the source-locale catalogue (a file checked alone) the checks across locales cannot
    # run: a flag is judged on the checks it silences that can ("ignore-number-mismatch" on N1xx).
    cannot_run = frozenset() if across else frozenset(
        check.name for check in registry.CHECKS if issubclass(check, AcrossLocalesCheck))
    for gathered in by_entry.values():
        findings.extend(_apply_silencing(gathered, path, active, suppression_checks, cannot_run))

    tallies = {check.name: (check.conforming, dict(check.deviating))
               for check in pair_checks if isinstance(check, ConventionCheck)}
    live = len(catalog.entries) - obsolete
    return PartResult(findings, tallies, live)


def _apply_silencing(gathered: _EntryFindings, path: str, active: set[str], suppression_checks: list[SuppressionCheck],
                     cannot_run: frozenset[str] = frozenset()) -> list[Finding]:
    entry = gathered.entry
    ignored: dict[str, frozenset[str] | None] = {
        flag: silenced_names(flag[len(IGNORE_PREFIX):]) for flag in entry.flags if flag.startswith(IGNORE_PREFIX)
    }
    silenced = frozenset().union(*(names for names in ignored.values() if names))
    kept = [item for item in gathered.items if item.check not in silenced]
    raised = {item.check for item in gathered.items}
    # Pair checks do not run on fuzzy, obsolete or untranslated entries: a flag there is not unused.
    judged = not entry.obsolete and "fuzzy" not in entry.flags and any(entry.translations)
    for flag, names in ignored.items():
        silences_nothing = bool(names is not None and judged and (names - cannot_run)
                                and names - cannot_run <= active and not names & raised)
        for check in suppression_checks:
            for problem in check.check_flag(flag, names, silences_nothing):
                kept.append(finding(check, path, entry, problem))
    return kept


def _source_texts(source_catalog: Catalog) -> dict:
    return {entry.key: entry for entry in source_catalog.entries if not entry.obsolete}


def _across_sources(entry: Entry, source_by_key: dict, layout, source_context: CatalogContext) -> tuple[str, ...] | None:
    """The source-locale catalogue's texts for each form of `entry`, when they differ from the msgid."""
    source_entry = source_by_key.get(entry.key)
    if source_entry is None or source_entry.fuzzy or not all(source_entry.translations):
        return None
    if source_entry.msgid_plural is None:
        if source_entry.msgstr == source_entry.msgid or entry.msgid_plural is not None:
            return None
        return (source_entry.msgstr,)
    if entry.msgid_plural is None:
        return None
    originals = [source_entry.msgid] + [source_entry.msgid_plural] * (len(source_entry.msgstr_plural) - 1)
    if source_entry.msgstr_plural == originals:
        return None
    source_layout = source_context.plurals
    texts = []
    for first_n in layout.first_n:
        index = source_layout.form_for(first_n) if first_n is not None else len(source_entry.msgstr_plural) - 1
        texts.append(source_entry.msgstr_plural[min(index, len(source_entry.msgstr_plural) - 1)])
    return tuple(texts)


def check_rendered_sheets(output_dir: Path, source_locale: str, locales, options: CheckOptions) -> list[Finding]:
    """The rendered-output checks: each locale's `<output>/<locale>/*.html` against the source
    locale's sheet of the same name."""
    checks = [check() for check in registry.CHECKS
              if issubclass(check, RenderedCheck) and options.enabled(check.name)]
    findings = []
    source_dir = output_dir / source_locale
    source_sheets = sorted(source_dir.glob("*.html")) if source_dir.is_dir() else []
    if not source_sheets:
        for check in checks:
            for problem in check.check_no_sheets(source_dir):
                findings.append(finding(check, str(source_dir), None, problem))
        return findings
    for locale in locales:
        if locale == source_locale:
            continue
        for source_path in source_sheets:
            target_path = output_dir / locale / source_path.name
            for check in checks:
                for line, problem in check.check_sheet(source_path, target_path, source_locale, locale):
                    findings.append(replace(finding(check, str(target_path), None, problem), line=line))
    return findings


def rendered_checks_enabled(options: CheckOptions) -> bool:
    return any(issubclass(check, RenderedCheck) and options.enabled(check.name) for check in registry.CHECKS)


__all__ = ["CheckOptions", "CatalogResult", "check_catalog", "check_rendered_sheets"]
