"""Running the checks: over one catalogue (pure), over PO files given as paths (a linter for any
gettext project, files in parallel), and over the project (catalogues against the template, the
source-locale catalogue against the others, rendered sheets across locales).

Silencing happens here, once: an entry's `#, ignore-<name>` flags drop that entry's findings of the
named check (or group), and a flag that names nothing, or silences nothing, is itself reported.
"""

from __future__ import annotations

import gc
import os
import re
from dataclasses import dataclass, field, fields, replace
from itertools import repeat
from operator import attrgetter
from pathlib import Path

from i18n.checks.base import (
    CatalogCheck,
    CatalogContext,
    ConventionCheck,
    EntryCheck,
    Finding,
    Pair,
    PairCheck,
    Problem,
    TemplateCheck,
    finding,
)
from i18n.checks.headers import known_locale, layout_for, normalise_locale
from i18n.checks.number_checks import NumberAcrossLocales
from i18n.checks.registry import (
    CHECKS,
    IGNORE_PREFIX,
    UnknownIgnoreFlag,
    UnusedIgnoreFlag,
    silenced_names,
)
from i18n.checks.sheets import NumberAcrossSheets, SheetsNotRendered, compare_sheets
from i18n.errors import InputError
from i18n.po.model import Catalog, Entry


@dataclass(frozen=True)
class CheckOptions:
    source_locale: str = "en"
    # Target locale for every file checked; None reads each file's Language header.
    locale: str | None = None
    # Names of the checks to run; None runs them all.
    select: frozenset[str] | None = None
    ignore: frozenset[str] = frozenset()

    def enabled(self, name: str) -> bool:
        return name not in self.ignore and (self.select is None or name in self.select)


@dataclass(frozen=True)
class ReadFailure:
    """A file that could not be read: reported like the CLI reports an InputError."""

    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        return str(InputError(self.message, self.path, self.line))


@dataclass(frozen=True)
class CatalogResult:
    path: str
    findings: tuple[Finding, ...]
    entries: int


@dataclass(frozen=True)
class CheckReport:
    findings: tuple[Finding, ...]
    files: tuple[str, ...]
    entries: int
    failures: tuple[ReadFailure, ...] = ()

    @property
    def has_errors(self) -> bool:
        return any(item.severity.value == "error" for item in self.findings)


@dataclass
class _EntryFindings:
    """Findings gathered for one entry before its silencing flags are applied."""

    entry: Entry
    items: list[Finding] = field(default_factory=list)


def catalog_context(catalog: Catalog, path: str, options: CheckOptions, is_source: bool = False) -> CatalogContext:
    locale = normalise_locale(options.locale) or normalise_locale(catalog.language)
    if locale is not None and not known_locale(locale):
        locale = None
    return CatalogContext(
        path=path,
        source_locale=options.source_locale,
        target_locale=locale,
        plurals=layout_for(catalog, locale),
        is_source_catalogue=is_source,
    )


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


_NO_FLAGS: frozenset[str] = frozenset()


@dataclass(frozen=True)
class _PartResult:
    """The findings over part of a catalogue's entries, and the convention tallies
    (check name -> conforming places, deviating places by kind) that the whole catalogue settles."""

    findings: list[Finding]
    tallies: dict[str, tuple[int, dict[str, int]]]
    live: int


def check_catalog(catalog: Catalog, context: CatalogContext, options: CheckOptions = CheckOptions(),
                  template: Catalog | None = None, source_catalog: Catalog | None = None,
                  source_context: CatalogContext | None = None) -> CatalogResult:
    """Every enabled check over one catalogue; with `template`, its completeness against the POT;
    with `source_catalog`, its numbers against the source-locale catalogue's texts."""
    part = _check_part(catalog, context, options, source_catalog, source_context)
    findings = _settle_conventions(part.findings, part.tallies, catalog.header, context.path)
    if template is not None:
        for check in CHECKS:
            if issubclass(check, TemplateCheck) and options.enabled(check.name):
                where = template.path or context.path if check.located_in_template else context.path
                for entry, problem in check().check_template(catalog, template, context):
                    findings.append(finding(check, where, entry, problem))
    findings.sort(key=lambda item: item.sort_key)
    return CatalogResult(context.path, tuple(findings), part.live)


def _settle_conventions(findings: list[Finding], tallies: dict[str, tuple[int, dict[str, int]]],
                        header: Entry | None, path: str) -> list[Finding]:
    """Per-entry findings of a convention the catalogue mostly does not follow become one finding
    at the header (a catalogue-wide habit, not thousands of slips)."""
    from i18n.checks.registry import BY_NAME

    unfollowed = {}
    for name, (conforming, deviating) in tallies.items():
        check = BY_NAME[name]
        if not check.mostly_followed(conforming, deviating):
            unfollowed[name] = finding(check, path, header, check.catalogue_problem(conforming, deviating))
    if not unfollowed:
        return findings
    kept = [item for item in findings if item.check not in unfollowed]
    kept.extend(unfollowed.values())
    return kept


def _check_part(catalog: Catalog, context: CatalogContext, options: CheckOptions,
                source_catalog: Catalog | None = None, source_context: CatalogContext | None = None,
                whole: bool = True) -> _PartResult:
    """The entry, pair and catalogue checks over `catalog`; with `whole` False, the catalogue is
    a part of a file (its header a copy, looked at by the part that holds it) and catalogue
    checks do not run."""
    # The checks make no reference cycles; over 100,000 entries the cycle collector would only
    # walk the whole catalogue again (about 5% of the time), as in the reader.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _check_entries(catalog, context, options, source_catalog, source_context, whole)
    finally:
        if collecting:
            gc.enable()


def _check_entries(catalog: Catalog, context: CatalogContext, options: CheckOptions,
                   source_catalog: Catalog | None, source_context: CatalogContext | None,
                   whole: bool) -> _PartResult:
    instances = [check() for check in CHECKS if options.enabled(check.name)]
    pair_checks = [check for check in instances if isinstance(check, PairCheck)
                   and not isinstance(check, NumberAcrossLocales) and check.applies(context)]
    entry_checks = [check for check in instances if isinstance(check, EntryCheck)]
    catalog_checks = [check for check in instances if isinstance(check, CatalogCheck)]
    across = next((check for check in instances if isinstance(check, NumberAcrossLocales)), None)
    if source_catalog is None or source_context is None:
        across = None
    # Checks whose silencing flags can be judged: every enabled one that looks at entries (one that
    # does not apply to this locale, like French typography in German, leaves its flags unused).
    active = {check.name for check in instances if isinstance(check, (PairCheck, EntryCheck))}
    active.discard(NumberAcrossLocales.name)
    if across is not None:
        active.add(across.name)
    groups = [(group.characters, group.pattern, group.prefilter, group.target_characters, group.target_pattern,
               group.checks)
              for group in _trigger_groups(pair_checks)]
    path = context.path
    source_by_key = _source_texts(source_catalog) if across is not None else {}

    findings: list[Finding] = []
    by_entry: dict[int, _EntryFindings] = {}

    def record(entry: Entry | None, item: Finding) -> None:
        gathered = by_entry.get(id(entry)) if entry is not None else None
        if gathered is None:
            findings.append(item)
        else:
            gathered.items.append(item)

    for entry in ([catalog.header] if catalog.header is not None and whole else []) + catalog.entries:
        if any(flag.startswith(IGNORE_PREFIX) for flag in entry.flags):
            by_entry[id(entry)] = _EntryFindings(entry)

    for check in catalog_checks if whole else ():
        for entry, problem in check.check_catalog(catalog, context):
            record(entry, finding(check, path, entry, problem))

    layout = context.plurals
    source_locale, target_locale = context.source_locale, context.target_locale
    for entry in catalog.entries:
        # Entry checks look only at obsolete, plural, untranslated and fuzzy entries (see EntryCheck).
        if entry.obsolete or entry.msgid_plural is not None or not entry.msgstr or "fuzzy" in entry.flags:
            for check in entry_checks:
                for problem in check.check_entry(entry, context):
                    record(entry, finding(check, path, entry, problem))
            if entry.obsolete or "fuzzy" in entry.flags:
                continue
        if entry.msgid_plural is None:
            # PluralLayout.pairs for the common singular entry, without a generator per entry.
            flags = entry.flags
            entry_pairs = (Pair(entry.msgid, entry.msgstr, None, None, frozenset(flags) if flags else _NO_FLAGS,
                                source_locale, target_locale),) if entry.msgstr else ()
        else:
            entry_pairs = layout.pairs(entry, source_locale, target_locale)
        for pair in entry_pairs:
            source, target = pair.source, pair.target
            for characters, pattern, prefilter, target_characters, target_pattern, checks in groups:
                # The group runs when one of its characters occurs in either text, and one of its
                # target characters in the translation (inlined: this loop runs once per form of
                # every entry).
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
                for check in checks:
                    for problem in check.check_pair(pair):
                        record(entry, finding(check, path, entry, problem, pair.form))
        if across is not None:
            sources = _across_sources(entry, source_by_key, layout, source_context)
            if sources is not None:
                for pair in layout.pairs(entry, source_locale, target_locale, sources=sources):
                    for problem in across.check_pair(pair):
                        record(entry, finding(across, path, entry, problem, pair.form))

    for gathered in by_entry.values():
        findings.extend(_apply_silencing(gathered, path, active))

    tallies = {check.name: (check.conforming, dict(check.deviating))
               for check in pair_checks if isinstance(check, ConventionCheck)}
    live = sum(1 for entry in catalog.entries if not entry.obsolete)
    return _PartResult(findings, tallies, live)


def _apply_silencing(gathered: _EntryFindings, path: str, active: set[str]) -> list[Finding]:
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
        if names is None:
            kept.append(finding(UnknownIgnoreFlag, path, entry,
                                Problem(f"'{flag}' names no check or group", subject=flag)))
        elif judged and names <= active and not names & raised:
            kept.append(finding(UnusedIgnoreFlag, path, entry,
                                Problem(f"'{flag}' silences nothing on this entry", subject=flag)))
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


# --- Files -------------------------------------------------------------------------------------


def _read(path: Path) -> Catalog:
    from i18n.po.io import read_catalog

    catalog, _fingerprint = read_catalog(path)
    return catalog


def check_file(path: str, options: CheckOptions) -> CatalogResult | ReadFailure:
    """Read and check one PO file; an unreadable file comes back as data (it crosses processes)."""
    try:
        catalog = _read(Path(path))
    except InputError as error:
        return ReadFailure(error.path or path, error.line, error.message)
    except OSError as error:
        return ReadFailure(path, None, f"cannot read: {error.strerror}")
    # A template's entries are untranslated by nature.
    is_template = path.endswith(".pot")
    return check_catalog(catalog, catalog_context(catalog, path, options, is_source=is_template), options)


# A file larger than this, checked alone, is split into parts checked in parallel.
SPLIT_ABOVE_BYTES = 2_000_000
# A line that starts an entry after a blank line: where a file can be cut between entries.
_ENTRY_BOUNDARY = re.compile(rb"\n\n(?=#|msgctxt|msgid)")


_WINDOW = 1 << 16
_UNSAFE_TO_CUT = (b"\\\n", b"\r")  # line continuations, CR LF endings: read such a file whole


def _boundary_after(handle, offset: int, size: int) -> int | None:
    """The offset of the first entry that starts after a blank line at or after `offset`."""
    while offset < size:
        handle.seek(offset)
        window = handle.read(_WINDOW + 64)
        found = _ENTRY_BOUNDARY.search(window)
        if found is not None:
            return offset + found.end()
        offset += _WINDOW
    return None


def _split_points(path: str, size: int, parts: int) -> list[int] | None:
    """Offsets that cut the file into `parts` pieces between entries, the first right after the
    header entry; read a window at a time, so that no process holds the whole file."""
    with open(path, "rb") as handle:
        first = _boundary_after(handle, 0, size)
        if first is None:
            return None
        points = [first]
        for index in range(1, parts):
            found = _boundary_after(handle, max(size * index // parts, points[-1]), size)
            if found is None:
                break
            points.append(found)
    return sorted(set(points)) if len(points) > 1 else None


def _read_range(path: str, start: int, end: int) -> tuple[bytes, int]:
    """The bytes [start, end) of the file and the 1-based line on which they start."""
    lines = 1
    with open(path, "rb") as handle:
        done = 0
        while done < start:
            block = handle.read(min(1 << 20, start - done))
            if not block:
                break
            lines += block.count(b"\n")
            done += len(block)
        piece = handle.read(end - start)
    if any(unsafe in piece for unsafe in _UNSAFE_TO_CUT):
        raise ValueError("this file cannot be cut between entries")
    return piece, lines


# The fields of a Finding in order: findings cross the pipe as tuples of them (a frozen dataclass
# pickles about six times slower than a tuple, and the child's pickling delays the parent).
_FINDING_FIELDS = tuple(item.name for item in fields(Finding))


def _finding_rows(findings: list[Finding]) -> list[tuple]:
    return [tuple(item.__dict__.values()) for item in findings]


def _findings_from_rows(rows: list[tuple]) -> list[Finding]:
    findings = []
    new = object.__new__
    for row in rows:
        item = new(Finding)
        # What unpickling the dataclass itself would do: set its fields without calling __init__.
        item.__dict__.update(zip(_FINDING_FIELDS, row))
        findings.append(item)
    return findings


def _check_piece(path: str, prefix: bytes, start: int, end: int, options: CheckOptions) -> tuple[_PartResult, set]:
    """Read, parse and check bytes [start, end) of a file behind a copy of its header (`prefix`,
    which decides charset, language and plural forms); entries keep the file's line numbers."""
    from i18n.po.parse import parse_po

    piece, first_line = _read_range(path, start, end)
    catalog = parse_po(prefix + piece, path)
    del piece
    prefix_lines = prefix.count(b"\n")
    if catalog.header is None or catalog.header.line > prefix_lines or \
            any(entry.line <= prefix_lines for entry in catalog.entries[:1]):
        raise ValueError("the piece's prefix is not exactly the header entry")
    offset = first_line - 1 - prefix_lines
    for entry in catalog.entries:
        entry.line += offset
    context = catalog_context(catalog, path, options)
    part = _check_part(catalog, context, options, whole=False)
    part = _PartResult(_finding_rows(part.findings), part.tallies, part.live)
    # Hashes stand for the keys (a forked child hashes as its parent does): a collision only
    # sends the file down the serial path, which reports true duplicates exactly.
    return part, _key_hashes(catalog.entries)


# Entry.key, read without a Python-level call per entry (C-speed over 50,000 entries).
_KEY_FIELDS = attrgetter("msgctxt", "msgid")


def _key_hashes(entries: list[Entry]) -> set[int]:
    return set(map(hash, map(_KEY_FIELDS, entries)))


def _check_file_in_parts(path: str, options: CheckOptions, parts: int) -> CatalogResult | None:
    """check_file for one large file, its parts checked in `parts` processes; None when the
    file cannot be cut, or a part fails to read (the serial path then reports the error)."""
    # Merging makes an object per finding and no reference cycle: the collector would only walk
    # the parent's heap again and again.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _check_parts_without_collector(path, options, parts)
    finally:
        if collecting:
            gc.enable()


def _check_parts_without_collector(path: str, options: CheckOptions, parts: int) -> CatalogResult | None:
    from i18n.po.parse import parse_po

    try:
        size = os.path.getsize(path)
        points = _split_points(path, size, parts)
        if points is None or not hasattr(os, "fork"):
            return None
        bounds = list(zip(points, points[1:] + [size]))
        head, _first_line = _read_range(path, 0, bounds[0][1])
    except (OSError, ValueError):
        return None
    prefix = head[:points[0]]
    # Each forked child reads its own piece and sends back only its findings; the first piece,
    # with the real header, is checked here meanwhile.
    children = [_fork_piece(path, prefix, start, end, options) for start, end in bounds[1:]]
    try:
        catalog = parse_po(head, path)
        del head
        context = catalog_context(catalog, path, options)
        first = _check_part(catalog, context, options)
    except Exception:  # noqa: BLE001 -- any failure: the serial path reads and reports exactly
        first = None
    if first is not None:
        header = catalog.header
        seen = _key_hashes(catalog.entries)
        if header is not None:
            seen.add(hash(header.key))
        del catalog  # before the children's findings arrive
    results = [_collect_piece(child) for child in children]
    if first is None or any(result is None for result in results):
        return None
    findings = list(first.findings)
    tallies = {name: (conforming, dict(deviating)) for name, (conforming, deviating) in first.tallies.items()}
    live = first.live
    for part, keys in results:
        if not seen.isdisjoint(keys):
            return None  # a duplicate across parts: the serial reader reports it at its line
        seen |= keys
        findings.extend(_findings_from_rows(part.findings))
        live += part.live
        for name, (conforming, deviating) in part.tallies.items():
            total_conforming, total_deviating = tallies[name]
            for what, count in deviating.items():
                total_deviating[what] = total_deviating.get(what, 0) + count
            tallies[name] = (total_conforming + conforming, total_deviating)
    findings = _settle_conventions(findings, tallies, header, path)
    findings.sort(key=lambda item: item.sort_key)
    return CatalogResult(path, tuple(findings), live)


def _fork_piece(path: str, prefix: bytes, start: int, end: int, options: CheckOptions) -> tuple[int, int]:
    """Fork a child that checks bytes [start, end) of the file and pickles its result to a pipe."""
    import pickle

    reading, writing = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        status = 0
        # The child leaves through os._exit: the cycle collector would only walk its heap again.
        gc.disable()
        try:
            os.close(reading)
            try:
                result = _check_piece(path, prefix, start, end, options)
            except Exception:  # noqa: BLE001 -- reported as "no result": the parent reads serially
                result = None
            with os.fdopen(writing, "wb") as pipe:
                pickle.dump(result, pipe, protocol=pickle.HIGHEST_PROTOCOL)
        except BaseException:  # noqa: BLE001 -- a child must never run the parent's code on
            status = 1
        finally:
            os._exit(status)
    os.close(writing)
    return pid, reading


def _collect_piece(child: tuple[int, int]):
    import pickle

    pid, reading = child
    try:
        with os.fdopen(reading, "rb") as pipe:
            result = pickle.load(pipe)
    except Exception:  # noqa: BLE001 -- a child that died sends nothing
        result = None
    os.waitpid(pid, 0)
    return result


def check_files(paths: list[str], options: CheckOptions, jobs: int = 2) -> CheckReport:
    """Check PO files; several are checked in parallel in `jobs` processes, and one large file
    in `jobs` parts."""
    if len(paths) == 1 and jobs > 1 and not paths[0].endswith(".pot"):
        path = paths[0]
        try:
            size = os.path.getsize(path)
        except OSError:
            size = 0
        if size > SPLIT_ABOVE_BYTES:
            result = _check_file_in_parts(path, options, jobs)
            if result is not None:
                return _report([result], paths)
    if len(paths) > 1 and jobs > 1:
        # Imported here: it costs more start-up time than checking one small file.
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=min(jobs, len(paths))) as executor:
            results = list(executor.map(check_file, paths, repeat(options), chunksize=max(1, len(paths) // (jobs * 4))))
    else:
        results = [check_file(path, options) for path in paths]
    return _report(results, paths)


def _report(results: list, paths: list[str], extra: list[Finding] = ()) -> CheckReport:
    findings = [item for result in results if isinstance(result, CatalogResult) for item in result.findings]
    findings.extend(extra)
    return CheckReport(
        findings=tuple(findings),
        files=tuple(paths),
        entries=sum(result.entries for result in results if isinstance(result, CatalogResult)),
        failures=tuple(result for result in results if isinstance(result, ReadFailure)),
    )


# --- The project -------------------------------------------------------------------------------


def check_project(project, options: CheckOptions) -> CheckReport:
    """The project's catalogues against the template and against the source-locale catalogue,
    then its rendered sheets across locales."""
    template_path = project.template_path
    if not template_path.is_file():
        raise InputError("no template: run `factsheet extract` first", str(template_path))
    template = _read(template_path)
    source_locale = project.source_locale
    options = CheckOptions(source_locale, None, options.select, options.ignore)
    catalogues: dict[str, tuple[Catalog, CatalogContext]] = {}
    for locale in project.locales:
        path = project.catalogue_path(locale)
        if not path.is_file():
            raise InputError(f"no catalogue for locale {locale!r}: run `factsheet init {locale}`", str(path))
        catalog = _read(path)
        locale_options = CheckOptions(source_locale, locale, options.select, options.ignore)
        catalogues[locale] = (catalog, catalog_context(catalog, str(path), locale_options, locale == source_locale))
    source_catalog, source_context = catalogues.get(source_locale, (None, None))
    results = []
    for locale, (catalog, context) in catalogues.items():
        is_source = locale == source_locale
        results.append(check_catalog(
            catalog, context, options, template=template,
            source_catalog=None if is_source else source_catalog,
            source_context=None if is_source else source_context,
        ))
    sheet_findings = []
    if options.enabled(NumberAcrossSheets.name) or options.enabled(SheetsNotRendered.name):
        sheet_findings = check_rendered_sheets(project.output_dir, source_locale, project.locales, options)
    paths = [str(template_path)] + [context.path for _catalog, context in catalogues.values()]
    return _report(results, paths, sheet_findings)


def check_rendered_sheets(output_dir: Path, source_locale: str, locales, options: CheckOptions) -> list[Finding]:
    """Each locale's `<output>/<locale>/*.html` against the source locale's sheet of the same name."""
    findings = []
    source_dir = output_dir / source_locale
    source_sheets = sorted(source_dir.glob("*.html")) if source_dir.is_dir() else []
    if not source_sheets:
        if options.enabled(SheetsNotRendered.name):
            findings.append(finding(SheetsNotRendered, str(source_dir), None,
                                    Problem(f"no rendered sheets under {source_dir}; run `factsheet render` "
                                            "to compare sheets across locales")))
        return findings
    for locale in locales:
        if locale == source_locale:
            continue
        for source_path in source_sheets:
            target_path = output_dir / locale / source_path.name
            if not target_path.is_file():
                if options.enabled(SheetsNotRendered.name):
                    findings.append(finding(SheetsNotRendered, str(target_path), None,
                                            Problem(f"no {locale} sheet for {source_path.name}")))
                continue
            if not options.enabled(NumberAcrossSheets.name):
                continue
            try:
                source_html = source_path.read_text(encoding="utf-8")
                target_html = target_path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as error:
                raise InputError(f"cannot read rendered sheet: {error}", str(target_path)) from None
            for line, problem in compare_sheets(source_html, target_html, source_locale, locale):
                findings.append(replace(finding(NumberAcrossSheets, str(target_path), None, problem), line=line))
    return findings


__all__ = [
    "CheckOptions", "CheckReport", "CatalogResult", "ReadFailure",
    "catalog_context", "check_catalog", "check_file", "check_files", "check_project", "check_rendered_sheets",
]
