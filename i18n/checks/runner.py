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
from i18n.checks.config import HEADER_SPACING_FIELD, SPACINGS
from i18n.checks.headers import layout_for
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
from i18n.locales import known_locale, normalise_locale
from i18n.po.model import Catalog, Entry


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


def catalog_context(catalog: Catalog, path: str, options: CheckOptions, is_source: bool = False,
                    every_message_formatted: bool = False) -> CatalogContext:
    locale = normalise_locale(options.locale) or normalise_locale(catalog.language)
    if locale is not None and not known_locale(locale):
        locale = None
    return CatalogContext(
        path=path,
        source_locale=options.source_locale,
        target_locale=locale,
        plurals=layout_for(catalog, locale),
        is_source_catalogue=is_source,
        every_message_formatted=every_message_formatted,
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
    for name, catalogue_finding in unfollowed.items():
        covered = tuple(item for item in findings if item.check == name)
        kept.append(replace(catalogue_finding, covers=covered))
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
    declared = catalog.header_field(HEADER_SPACING_FIELD) if catalog.header is not None else None
    if declared in SPACINGS:  # the catalogue's own choice wins over the team's setting
        options = replace(options, spacing=declared)
    for check in instances:
        configure = getattr(check, "configure", None)
        if configure is not None:
            configure(options)
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
        if entry.flags and any(flag.startswith(IGNORE_PREFIX) for flag in entry.flags):
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

    # Without the source-locale catalogue (a file checked alone) the check across locales cannot
    # run: a flag is judged on the checks it silences that can ("ignore-number-mismatch" on N1xx).
    cannot_run = frozenset() if across is not None else frozenset({NumberAcrossLocales.name})
    for gathered in by_entry.values():
        findings.extend(_apply_silencing(gathered, path, active, cannot_run))

    tallies = {check.name: (check.conforming, dict(check.deviating))
               for check in pair_checks if isinstance(check, ConventionCheck)}
    live = sum(1 for entry in catalog.entries if not entry.obsolete)
    return _PartResult(findings, tallies, live)


def _apply_silencing(gathered: _EntryFindings, path: str, active: set[str],
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
        if names is None:
            kept.append(finding(UnknownIgnoreFlag, path, entry,
                                Problem(f"'{flag}' names no check or group", subject=flag)))
        elif judged and (names - cannot_run) and names - cannot_run <= active and not names & raised:
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


# A file larger than this, checked alone, is cut into pieces that `jobs` processes take in turn.
SPLIT_ABOVE_BYTES = 2_000_000
# Pieces shrink towards the end of the file, each about an eighth of what is left (for two
# processes) within these bounds: large pieces while there is much to do, small ones last, so
# that the processes run out of work within a few milliseconds of each other (a file's halves
# can differ by 20% in cost, and a 512 KB piece takes ~50 ms).
PIECE_BYTES = 1024 * 1024
_SMALLEST_PIECE_BYTES = 128 * 1024
# Pieces are handed out as one-byte tokens on a pipe.
_MOST_PIECES = 255
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


def _piece_starts(size: int, jobs: int) -> list[int]:
    """Where the pieces after the first should begin (each is then moved to an entry's start)."""
    smallest = min(_SMALLEST_PIECE_BYTES, PIECE_BYTES)
    # A file too large for 1 MB pieces gets larger ones: half the tokens at most for them, so
    # that the shrinking pieces at the end still have tokens left.
    largest = max(PIECE_BYTES, -(-size // (_MOST_PIECES // 2)))
    starts: list[int] = []
    position = 0
    while len(starts) < _MOST_PIECES - 1:
        position += min(largest, max(smallest, (size - position) // (4 * jobs)))
        if position >= size:
            break
        starts.append(position)
    if len(starts) < jobs - 1:  # a small file: one piece per process
        starts = [size * index // jobs for index in range(1, jobs)]
    return starts


def _split_points(path: str, size: int, starts: list[int]) -> list[int] | None:
    """The offset right after the header entry, then the first entry boundary at or after each
    of `starts`; read a window at a time, so that no process holds the whole file."""
    with open(path, "rb") as handle:
        first = _boundary_after(handle, 0, size)
        if first is None:
            return None
        points = [first]
        for start in starts:
            found = _boundary_after(handle, max(start, points[-1]), size)
            if found is None:
                break
            points.append(found)
    return sorted(set(points)) if len(points) > 1 else None


def _read_piece(path: str, start: int, end: int) -> bytes:
    with open(path, "rb") as handle:
        handle.seek(start)
        piece = handle.read(end - start)
    if any(unsafe in piece for unsafe in _UNSAFE_TO_CUT):
        raise ValueError("this file cannot be cut between entries")
    return piece


# The fields of a Finding in order: findings cross the pipe as tuples of them (a frozen dataclass
# pickles about six times slower than a tuple, and the child's pickling delays the parent).
_FINDING_FIELDS = tuple(item.name for item in fields(Finding))


def _finding_rows(findings: list[Finding]) -> list[tuple]:
    return [tuple(item.__dict__.values()) for item in findings]


def _findings_from_rows(rows: list[tuple], line_offset: int) -> list[Finding]:
    findings = []
    new = object.__new__
    for row in rows:
        item = new(Finding)
        # What unpickling the dataclass itself would do: set its fields without calling __init__.
        item.__dict__.update(zip(_FINDING_FIELDS, row))
        item.__dict__["line"] += line_offset
        findings.append(item)
    return findings


@dataclass(frozen=True)
class _PieceResult:
    """One piece checked: its findings as rows whose lines count from the piece's first line
    (line 1; the header copy parsed before it has lines 0 and below), the convention tallies,
    how many live entries and lines it holds, and the hashes of its entries' keys."""

    index: int
    rows: list[tuple]
    tallies: dict[str, tuple[int, dict[str, int]]]
    live: int
    lines: int
    key_hashes: set[int]


def _check_piece(path: str, index: int, prefix: bytes, start: int, end: int,
                 options: CheckOptions) -> tuple[_PieceResult, Entry | None]:
    """Read, parse and check bytes [start, end) of a file. Piece 0 holds the header and gets the
    catalogue checks; any other is parsed behind a copy of the header (`prefix`, which decides
    charset, language and plural forms) and returned with that copy as its header."""
    from i18n.po.parse import parse_po

    piece = _read_piece(path, start, end)
    lines = piece.count(b"\n")
    if index == 0:
        catalog = parse_po(piece, path)
    else:
        prefix_lines = prefix.count(b"\n")
        catalog = parse_po(prefix + piece, path, first_line=1 - prefix_lines)
        if catalog.header is None or catalog.header.line > 0 or any(entry.line <= 0 for entry in catalog.entries[:1]):
            raise ValueError("the piece's prefix is not exactly the header entry")
    del piece
    context = catalog_context(catalog, path, options)
    part = _check_part(catalog, context, options, whole=index == 0)
    keys = _key_hashes(catalog.entries)
    if index == 0 and catalog.header is not None:
        keys.add(hash(catalog.header.key))
    # Sorted here, in parallel: the pieces' lines follow each other, so the merge only concatenates.
    part.findings.sort(key=attrgetter("sort_key"))
    result = _PieceResult(index, _finding_rows(part.findings), part.tallies, part.live, lines, keys)
    return result, catalog.header


# Entry.key, read without a Python-level call per entry (C-speed over 50,000 entries). Hashes
# stand for the keys across pieces (a forked child hashes as its parent does): a collision only
# sends the file down the serial path, which reports true duplicates exactly.
_KEY_FIELDS = attrgetter("msgctxt", "msgid")


def _key_hashes(entries: list[Entry]) -> set[int]:
    return set(map(hash, map(_KEY_FIELDS, entries)))


def _take_pieces(queue: int, path: str, prefix: bytes, bounds: list[tuple[int, int]],
                 options: CheckOptions, taking=None) -> list[_PieceResult]:
    """Check pieces, one token from the queue at a time, until the queue is empty; `taking(index)`
    is called as a piece is taken."""
    results = []
    while token := os.read(queue, 1):
        index = token[0]
        if taking is not None:
            taking(index)
        results.append(_check_piece(path, index, prefix, *bounds[index], options)[0])
    return results


def _check_file_in_parts(path: str, options: CheckOptions, jobs: int, progress=None) -> CatalogResult | None:
    """check_file for one large file, its pieces checked by `jobs` processes; None when the
    file cannot be cut, or a piece fails to read (the serial path then reports the error)."""
    # Merging makes an object per finding and no reference cycle: the collector would only walk
    # the parent's heap again and again.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _check_pieces_without_collector(path, options, jobs, progress)
    finally:
        if collecting:
            gc.enable()


def _check_pieces_without_collector(path: str, options: CheckOptions, jobs: int,
                                    progress=None) -> CatalogResult | None:
    try:
        size = os.path.getsize(path)
        points = _split_points(path, size, _piece_starts(size, jobs))
        if points is None or not hasattr(os, "fork"):
            return None
        with open(path, "rb") as handle:
            prefix = handle.read(points[0])
    except (OSError, ValueError):
        return None
    bounds = list(zip([0] + points[1:], points[1:] + [size]))
    # Every piece but the first (the header's, checked here) is a token on a pipe; whichever
    # process is free takes the next one, the parent included, and the last token read ends the work.
    queue, writing = os.pipe()
    os.write(writing, bytes(range(1, len(bounds))))
    os.close(writing)
    children = []

    def taking(index: int) -> None:
        # Tokens are read in order: every byte before this piece is checked or being checked.
        progress(bounds[index][0], size)

    try:
        for _ in range(jobs - 1):
            children.append(_fork_worker(queue, path, prefix, bounds, options))
        first, header = _check_piece(path, 0, prefix, *bounds[0], options)
        results = [first] + _take_pieces(queue, path, prefix, bounds, options, taking if progress else None)
    except Exception:  # noqa: BLE001 -- any failure: the serial path reads and reports exactly
        results = None
    finally:
        os.close(queue)
    for child in children:
        received = _collect_worker(child)
        if results is not None:
            results = results + received if received is not None else None
    if results is None:
        return None
    merged = _merge_pieces(path, sorted(results, key=attrgetter("index")), header)
    if progress is not None:
        progress(size, size)
    return merged


def _merge_pieces(path: str, results: list[_PieceResult], header: Entry | None) -> CatalogResult | None:
    """One catalogue's result from its pieces' (in file order): lines made the file's, tallies
    summed, conventions settled over the whole file; None on a key that two pieces share."""
    seen: set[int] = set()
    findings: list[Finding] = []
    tallies: dict[str, tuple[int, dict[str, int]]] = {}
    live = 0
    line_before = 0  # the file's line just before the current piece's first line
    for result in results:
        if not seen.isdisjoint(result.key_hashes):
            return None  # a duplicate across pieces: the serial reader reports it at its line
        seen |= result.key_hashes
        findings.extend(_findings_from_rows(result.rows, line_before))
        line_before += result.lines
        live += result.live
        for name, (conforming, deviating) in result.tallies.items():
            total_conforming, total_deviating = tallies.get(name, (0, {}))
            for what, count in deviating.items():
                total_deviating[what] = total_deviating.get(what, 0) + count
            tallies[name] = (total_conforming + conforming, total_deviating)
    settled = _settle_conventions(findings, tallies, header, path)
    if settled is not findings:  # a convention's findings became one at the header
        settled.sort(key=attrgetter("sort_key"))
    return CatalogResult(path, tuple(settled), live)


def _fork_worker(queue: int, path: str, prefix: bytes, bounds: list[tuple[int, int]],
                 options: CheckOptions) -> tuple[int, int]:
    """Fork a child that takes pieces from the queue and pickles their results to a pipe."""
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
                result = _take_pieces(queue, path, prefix, bounds, options)
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


def _collect_worker(child: tuple[int, int]) -> list[_PieceResult] | None:
    import pickle

    pid, reading = child
    try:
        with os.fdopen(reading, "rb") as pipe:
            result = pickle.load(pipe)
    except Exception:  # noqa: BLE001 -- a child that died sends nothing
        result = None
    os.waitpid(pid, 0)
    return result


def check_files(paths: list[str], options: CheckOptions, jobs: int = 2, progress=None) -> CheckReport:
    """Check PO files; several are checked in parallel in `jobs` processes, and one large file
    in `jobs` parts. `progress(done, total)` is told how many files are done, or for one large
    file how many of its bytes."""
    done = progress or (lambda count, total: None)
    if len(paths) == 1 and jobs > 1 and not paths[0].endswith(".pot"):
        path = paths[0]
        try:
            size = os.path.getsize(path)
        except OSError:
            size = 0
        if size > SPLIT_ABOVE_BYTES:
            result = _check_file_in_parts(path, options, jobs, progress)
            if result is not None:
                return _report([result], paths)
    if len(paths) > 1 and jobs > 1:
        # Imported here: it costs more start-up time than checking one small file.
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=min(jobs, len(paths))) as executor:
            results = []
            for result in executor.map(check_file, paths, repeat(options), chunksize=max(1, len(paths) // (jobs * 4))):
                results.append(result)
                done(len(results), len(paths))
    else:
        results = []
        for path in paths:
            results.append(check_file(path, options))
            done(len(results), len(paths))
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
    options = replace(options, source_locale=source_locale, locale=None)
    catalogues: dict[str, tuple[Catalog, CatalogContext]] = {}
    for locale in project.locales:
        path = project.existing_catalogue(locale)
        catalog = _read(path)
        locale_options = replace(options, locale=locale)
        catalogues[locale] = (catalog, catalog_context(catalog, str(path), locale_options, locale == source_locale,
                                                     every_message_formatted=True))
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
