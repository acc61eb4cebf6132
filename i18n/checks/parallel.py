"""The parallel file runner: several PO files in a pool of processes, and one large file in
pieces that forked processes take in turn. Imported only when several files or a large one are
checked (as Black imports its concurrency module only then): it costs start-up time.
"""

from __future__ import annotations

import gc
import os
import re
from array import array
from dataclasses import dataclass, fields, replace
from functools import partial
from itertools import repeat
from operator import attrgetter

from i18n.checks import number_cache
from i18n.checks.base import Edit, Finding
from i18n.checks.context import catalog_context
from i18n.checks.engine import CatalogResult, CheckOptions, check_part, settle_conventions
from i18n.checks.number_checks import prepare as prepare_number_checks
from i18n.cycles import cycle_collector_paused
from i18n.lifetime import kept_until_exit
from i18n.po.model import Entry


def check_files_in_processes(paths: list[str], options: CheckOptions, jobs: int, done) -> list:
    """check_file over several files in `jobs` processes, in order; `done(count, total)` after each."""
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=min(jobs, len(paths))) as executor:
        results = []
        for result in executor.map(_check_file_in_a_worker, paths, repeat(options),
                                   chunksize=max(1, len(paths) // (jobs * 4))):
            results.append(result)
            done(len(results), len(paths))
    return results


def _check_file_in_a_worker(path: str, options: CheckOptions):
    """check_file in a pool's worker, which leaves what it learnt for the parent to merge."""
    from i18n.checks.runner import check_file

    result = check_file(path, options)
    if options.cache is not None:
        number_cache.flush()
    return result


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
# Line continuations, CR LF endings: read such a file whole. (A backslash-newline is searched
# for with a pattern: `in` is four times slower where backslashes abound, before every "n" of "\\n".)
_CONTINUED_LINE = re.compile(rb"\\\n")


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
    if b"\r" in piece or _CONTINUED_LINE.search(piece) is not None:
        raise ValueError("this file cannot be cut between entries")
    return piece


# The fields of a Finding in order: findings cross the pipe as tuples of them (a frozen dataclass
# pickles about six times slower than a tuple, and the child's pickling delays the parent), their
# edits as plain tuples (a named tuple is unpickled through a Python-level __new__: eight times slower).
_FINDING_FIELDS = tuple(item.name for item in fields(Finding))
_FIX = _FINDING_FIELDS.index("fix")


def _finding_rows(findings: list[Finding]) -> list[tuple]:
    rows = []
    for item in findings:
        row = tuple(item.__dict__.values())
        if row[_FIX]:
            row = (*row[:_FIX], tuple(map(tuple, row[_FIX])), *row[_FIX + 1:])
        rows.append(row)
    return rows


def _findings_from_rows(rows: list[tuple]) -> list[Finding]:
    findings = []
    new = object.__new__
    # Edit._make without its Python-level call and length check (the rows are our own).
    edit = partial(tuple.__new__, Edit)
    for row in rows:
        item = new(Finding)
        # What unpickling the dataclass itself would do: set its fields without calling __init__.
        values = item.__dict__
        values.update(zip(_FINDING_FIELDS, row))
        if row[_FIX]:
            values["fix"] = tuple(map(edit, row[_FIX]))
        findings.append(item)
    return findings


def _moved(findings: list[Finding], line_offset: int) -> list[Finding]:
    """A piece's findings, their lines made the file's (they have not been shared yet)."""
    if line_offset:
        for item in findings:
            item.__dict__["line"] += line_offset
    return findings


@dataclass(frozen=True)
class _PieceResult:
    """One piece checked: its findings (as rows while they cross the pipe) whose lines count from
    the piece's first line (line 1; the header copy parsed before it has lines 0 and below), the
    convention tallies, how many live entries and lines it holds, and the hashes of its entries' keys."""

    index: int
    findings: list[Finding] | None
    rows: list[tuple] | None
    tallies: dict[str, tuple[int, dict[str, int]]]
    live: int
    lines: int
    key_hashes: array


def _check_piece(path: str, index: int, prefix: bytes, start: int, end: int,
                 options: CheckOptions, as_rows: bool = False) -> tuple[_PieceResult, Entry | None]:
    """Read, parse and check bytes [start, end) of a file. Piece 0 holds the header and gets the
    catalogue checks; any other is parsed behind a copy of the header (`prefix`, which decides
    charset, language and plural forms) and returned with that copy as its header. `as_rows`:
    the findings are to cross the pipe."""
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
    part = check_part(catalog, context, options, whole=index == 0)
    keys = _key_hashes(catalog.entries)
    if index == 0 and catalog.header is not None:
        keys.append(hash(catalog.header.key))
    # Sorted here, in parallel: the pieces' lines follow each other, so the merge only concatenates.
    part.findings.sort(key=attrgetter("sort_key"))
    findings, rows = (None, _finding_rows(part.findings)) if as_rows else (part.findings, None)
    result = _PieceResult(index, findings, rows, part.tallies, part.live, lines, keys)
    return result, catalog.header


# Entry.key, read without a Python-level call per entry (C-speed over 50,000 entries). Hashes
# stand for the keys across pieces (a forked child hashes as its parent does): a collision only
# sends the file down the serial path, which reports true duplicates exactly.
_KEY_FIELDS = attrgetter("msgctxt", "msgid")


def _key_hashes(entries: list[Entry]) -> array:
    # An array, not a set: it crosses the pipe as one block of bytes (a set pickles int by int).
    return array("q", map(hash, map(_KEY_FIELDS, entries)))


class _KeySeenTwice(Exception):
    """Two pieces hold the same key hash: the serial path reads the file and reports exactly."""


def _take_pieces(queue: int, path: str, prefix: bytes, bounds: list[tuple[int, int]],
                 options: CheckOptions, checked, taking=None, as_rows: bool = False) -> None:
    """Check pieces, one token from the queue at a time, until the queue is empty; `taking(index)`
    is called as a piece is taken, `checked(result)` as it is checked. `as_rows`: the results are
    to cross the pipe."""
    while token := os.read(queue, 1):
        index = token[0]
        if taking is not None:
            taking(index)
        checked(_check_piece(path, index, prefix, *bounds[index], options, as_rows)[0])


def check_file_in_parts(path: str, options: CheckOptions, jobs: int, progress=None) -> CatalogResult | None:
    """check_file for one large file, its pieces checked by `jobs` processes; None when the
    file cannot be cut, or a piece fails to read (the serial path then reports the error)."""
    # Merging makes an object per finding and no reference cycle.
    with cycle_collector_paused():
        return _check_pieces_without_collector(path, options, jobs, progress)


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

    def taking(index: int) -> None:
        # Tokens are read in order: every byte before this piece is checked or being checked.
        progress(bounds[index][0], size)

    # The key hashes of every piece received so far: each piece's join as it comes, while the
    # other processes still work.
    seen: set[int] = set()
    workers: list[_Worker] = []
    results: list[_PieceResult] | None = []

    def checked(result: _PieceResult) -> None:
        _add_keys(seen, result.key_hashes)
        results.append(result)
        for worker in workers:  # whatever the workers have sent meanwhile
            worker.receive(seen, wait=False)

    try:
        # The number checks' tables and patterns, built once here for every worker to inherit.
        prepare_number_checks(prefix, path, options)
        for _ in range(jobs - 1):
            workers.append(_fork_worker(queue, path, prefix, bounds, options))
        first, header = _check_piece(path, 0, prefix, *bounds[0], options)
        checked(first)
        _take_pieces(queue, path, prefix, bounds, options, checked, taking if progress else None)
    except Exception:  # noqa: BLE001 -- any failure: the serial path reads and reports exactly
        results = None
    finally:
        os.close(queue)
    for worker in workers:
        received = worker.finish(seen if results is not None else None)
        results = results + received if results is not None and received is not None else None
    if results is None:
        return None
    merged = _merge_pieces(path, sorted(results, key=attrgetter("index")), header)
    # Freeing the hashes (and, with the report, the findings) object by object would delay the exit.
    kept_until_exit((seen, results))
    if progress is not None:
        progress(size, size)
    return merged


def _add_keys(seen: set[int], key_hashes: array) -> None:
    """Add a piece's key hashes to `seen`; _KeySeenTwice at one that was there (a duplicate across
    pieces, which the serial reader reports at its line). One pass: the set grows by fewer than
    their number only if one was there (a piece's own keys are distinct)."""
    expected = len(seen) + len(key_hashes)
    seen.update(key_hashes)
    if len(seen) != expected:
        raise _KeySeenTwice()


def _merge_pieces(path: str, results: list[_PieceResult], header: Entry | None) -> CatalogResult:
    """One catalogue's result from its pieces' (in file order, their keys known to be distinct):
    lines made the file's, tallies summed, conventions settled over the whole file."""
    findings: list[Finding] = []
    tallies: dict[str, tuple[int, dict[str, int]]] = {}
    live = 0
    line_before = 0  # the file's line just before the current piece's first line
    for result in results:
        findings.extend(_moved(result.findings, line_before))
        line_before += result.lines
        live += result.live
        for name, (conforming, deviating) in result.tallies.items():
            total_conforming, total_deviating = tallies.get(name, (0, {}))
            for what, count in deviating.items():
                total_deviating[what] = total_deviating.get(what, 0) + count
            tallies[name] = (total_conforming + conforming, total_deviating)
    return CatalogResult(path, tuple(settle_conventions(findings, tallies, header, path)), live)


# A piece's result crosses the pipe as its length in these bytes, then its pickle; a length of
# zero ends a worker's results (without it, the worker failed).
_LENGTH_BYTES = 4
_ENDED = bytes(_LENGTH_BYTES)
# A worker writes each result as it is checked: in a pipe this large it never waits for the
# parent, which reads between its own pieces (about 100 KB a piece; the default pipe holds 64 KB).
_PIPE_BYTES = 1 << 20


def _fork_worker(queue: int, path: str, prefix: bytes, bounds: list[tuple[int, int]],
                 options: CheckOptions) -> _Worker:
    """Fork a child that takes pieces from the queue and sends each result down a pipe."""
    import pickle

    reading, writing = os.pipe()
    _widen(writing)
    pid = os.fork()
    if pid == 0:  # the child: never returns
        status = 0
        # The child leaves through os._exit: the cycle collector would only walk its heap again.
        gc.disable()
        try:
            os.close(reading)
            with os.fdopen(writing, "wb") as pipe:

                def send(result: _PieceResult) -> None:
                    data = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
                    pipe.write(len(data).to_bytes(_LENGTH_BYTES, "little") + data)
                    pipe.flush()

                try:
                    _take_pieces(queue, path, prefix, bounds, options, send, as_rows=True)
                    number_cache.flush()  # (before the end mark: the parent merges the fragment then)
                    pipe.write(_ENDED)
                except Exception:  # noqa: BLE001 -- no end mark: the parent reads serially
                    pass
        except BaseException:  # noqa: BLE001 -- a child must never run the parent's code on
            status = 1
        finally:
            os._exit(status)
    os.close(writing)
    os.set_blocking(reading, False)
    return _Worker(pid, reading)


def _widen(pipe: int) -> None:
    import fcntl

    try:
        fcntl.fcntl(pipe, fcntl.F_SETPIPE_SZ, _PIPE_BYTES)
    except (AttributeError, OSError):  # not Linux, or above the system's limit: the worker may wait
        pass


class _Worker:
    """A forked worker seen from the parent: the results it has sent, read as they come."""

    def __init__(self, pid: int, pipe: int):
        self.pid = pid
        self.pipe = pipe
        self.unread = bytearray()
        self.results: list[_PieceResult] = []
        self.ended = False

    def receive(self, seen: set[int], wait: bool) -> None:
        """Take in the results the worker has sent (all of them, to its end, when `wait`): their
        findings made objects again, their key hashes added to `seen`."""
        import pickle

        if wait:
            os.set_blocking(self.pipe, True)
        while chunk := self._read():
            self.unread += chunk
        unread = self.unread
        position = 0
        while len(unread) - position >= _LENGTH_BYTES:
            length = int.from_bytes(unread[position:position + _LENGTH_BYTES], "little")
            if length == 0:
                self.ended = True
                position += _LENGTH_BYTES
                break
            if len(unread) - position - _LENGTH_BYTES < length:
                break
            start = position + _LENGTH_BYTES
            result = pickle.loads(unread[start:start + length])
            position = start + length
            _add_keys(seen, result.key_hashes)
            self.results.append(replace(result, findings=_findings_from_rows(result.rows), rows=None))
        del unread[:position]

    def _read(self) -> bytes:
        try:
            return os.read(self.pipe, _PIPE_BYTES)
        except BlockingIOError:
            return b""

    def finish(self, seen: set[int] | None) -> list[_PieceResult] | None:
        """All the worker's results once it has ended (None if it failed, or `seen` is None: the
        parent failed, and the worker is only waited for)."""
        try:
            if seen is not None:
                self.receive(seen, wait=True)
            else:  # read to the end: a worker never waits on a full pipe
                os.set_blocking(self.pipe, True)
                while self._read():
                    pass
        except Exception:  # noqa: BLE001 -- a duplicate key, or a child that died mid-result
            seen = None
        finally:
            os.close(self.pipe)
            os.waitpid(self.pid, 0)
        return self.results if seen is not None and self.ended else None

