"""msgmerge's fuzzy search (msgl-fsearch.c, message.c): the old message most similar to a new msgid.

The answer is exactly msgmerge's: among old messages with a translation that share a character
4-gram with the msgid (or, for a msgid under 4 characters, have a suitable byte length), the one
with the highest fstrcmp similarity plus a 0.00001 bonus for a matching or absent context, above
0.6; ties go to the one sharing the most 4-grams, then to the first in the file. msgmerge gets
there by scoring candidates one by one in that order with an early-exit fstrcmp; here every
candidate left after a byte-count bound is scored at once in C (rapidfuzz's cdist of the Indel
distance), and fstrcmp is
(len1 + len2 - distance) / (len1 + len2) on the UTF-8 bytes. Many searches run on both cores.
"""

from __future__ import annotations

import marshal
import math
import os
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence

import numpy
from rapidfuzz import process
from rapidfuzz.distance import Indel

from i18n.po.model import Entry

# msgmerge's FUZZY_THRESHOLD: a fuzzy match needs a similarity above this.
FUZZY_THRESHOLD = 0.6
_NGRAM = 4
_SHORT_STRING_MAX_BYTES = (_NGRAM - 1) * 4
_LENGTH_RATIO = 2 / FUZZY_THRESHOLD - 1
_SHORT_MSG_MAX = int(_SHORT_STRING_MAX_BYTES * _LENGTH_RATIO)
_CONTEXT_BONUS = 0.00001
# The largest count of one byte value a text's histogram holds.
_COUNT_CAP = 255
# How many of a msgid's byte values the byte-count bound adds up between two prunings of the texts.
_RARE_BYTES = 4
# Once this few old messages are left, they are scored without looking at further byte counts.
_FEW_ROWS = 64
# When more old messages than this are left to score, the _GUESSES likeliest are scored first.
_GUESS_AMONG = 256
_GUESSES = 16
# Old messages are grouped by this many consecutive rows (in length order); each group keeps the
# largest count of every byte value, so that one byte-count bound can rule out the whole group.
_BLOCK_ROWS = 16
# Below this much work (searches x old messages) a second process costs more than it saves.
_PARALLEL_MIN_WORK = 2_000_000


class FuzzyIndex:
    """Old messages with a translation, sorted by the byte length of their msgids.

    fstrcmp(a, b) <= 2 min(|a|, |b|) / (|a| + |b|), so only a window of lengths can reach a given
    similarity: each search scores that window in C with the best similarity known so far as the
    cut-off, after a few likely candidates (the old messages where the new one sits in the file)
    have raised it. Messages that share no 4-gram with the msgid are then set aside, as msgmerge
    never looks at them.
    """

    def __init__(self, old_entries: Sequence[Entry], block_rows: int | None = None):
        """`block_rows` (default _BLOCK_ROWS) is the size of the groups; 0 searches without the group
        bound (the same answers, more slowly)."""
        block_rows = _BLOCK_ROWS if block_rows is None else block_rows
        self.entries = old_entries
        # Those with a first translation (Entry.translations[0], spelled out: this runs over every
        # old message). The header is a candidate too, as in msgmerge: only a msgctxt with an empty
        # msgid can reach it.
        positions = [
            position for position, entry in enumerate(old_entries)
            if (entry.msgstr if entry.msgid_plural is None else entry.msgstr_plural and entry.msgstr_plural[0])
        ]
        # One character per byte: rapidfuzz's fastest strings, and its distances are on bytes.
        texts = [old_entries[position].msgid.encode("utf-8").decode("latin-1") for position in positions]
        lengths = numpy.fromiter(map(len, texts), dtype=numpy.int64, count=len(texts))
        order = numpy.argsort(lengths, kind="stable")  # by length, then position
        self.length_array = lengths[order]
        order = order.tolist()
        self.lengths = self.length_array.tolist()
        self.positions = [positions[row] for row in order]
        self.texts = [texts[row] for row in order]
        self.text_at = dict(zip(self.positions, self.texts))
        self.text_array = numpy.array(self.texts, dtype=object)  # picked by row numbers in C
        self.short_by_length: dict[int, list[int]] = {}
        for length, position in zip(self.lengths, self.positions):
            if length > _SHORT_MSG_MAX:
                break
            self.short_by_length.setdefault(length, []).append(position)
        self.histograms = _byte_histograms(self.texts)
        self.expected_shared = _expected_shared(self.histograms)
        self.block_rows = block_rows if block_rows and self.texts else None
        if self.block_rows:
            self.block_maxima = numpy.maximum.reduceat(self.histograms, numpy.arange(0, len(self.texts), block_rows),
                                                       axis=1)

    def find(self, msgctxt: str | None, msgid: str, seeds: Sequence[int] = ()) -> int | None:
        """The position of msgmerge's fuzzy match for this message, or None.

        `seeds` are positions worth scoring first; they change the speed, never the answer.
        """
        target = msgid.encode("utf-8").decode("latin-1")
        entries = self.entries
        if len(msgid) >= _NGRAM:
            grams = {msgid[start : start + _NGRAM] for start in range(len(msgid) - _NGRAM + 1)}

            def shares_a_gram(position: int) -> bool:
                text = entries[position].msgid
                return any(gram in text for gram in grams)
        else:
            length = len(target)
            allowed = set()
            for candidate_length in range(math.ceil(length / _LENGTH_RATIO), int(length * _LENGTH_RATIO) + 1):
                allowed.update(self.short_by_length.get(candidate_length, ()))
            if not allowed:
                return None
            shares_a_gram = allowed.__contains__

        def weigh(position: int, text: str) -> float:
            total = len(target) + len(text)
            weight = (total - Indel.distance(target, text)) / total if total else 1.0
            context = entries[position].msgctxt
            if context is None or (msgctxt is not None and msgctxt == context):
                weight += _CONTEXT_BONUS
            return weight

        best_weight = FUZZY_THRESHOLD
        for position in seeds:
            text = self.text_at.get(position)
            if text is not None and shares_a_gram(position):
                best_weight = max(best_weight, weigh(position, text))
        # Everything that may reach best_weight once its context bonus is added, with room for
        # rapidfuzz's rounding.
        cutoff = best_weight - 2 * _CONTEXT_BONUS - 1e-9
        size = len(target)
        lowest = math.floor(size * cutoff / (2 - cutoff))
        highest = math.ceil(size * (2 - cutoff) / cutoff)
        start, end = bisect_left(self.lengths, lowest), bisect_right(self.lengths, highest)
        # The common subsequence is at most the bytes both have (sum of the smaller counts of each
        # byte value): a bound numpy checks for the whole window before anything is scored. The
        # query's byte values that old messages most often have fewer of come first; every few
        # values, texts that cannot reach the cut-off even if all the remaining bytes were shared
        # are dropped.
        query = numpy.bincount(numpy.frombuffer(target.encode("latin-1"), dtype=numpy.uint8), minlength=256)
        present = numpy.flatnonzero(query)
        counts = numpy.minimum(query[present], _COUNT_CAP)
        shortfall = counts - self.expected_shared[present, counts]
        present = present[numpy.argsort(-shortfall, kind="stable")].tolist()
        histograms = self.histograms
        rows = range(start, end)  # an array once the first byte counts have ruled texts out
        contiguous = True
        if self.block_rows and present and end > start:
            blocks = self._hopeful_blocks(query, present, size, cutoff, start, end)
            if blocks is not None:
                block_rows = self.block_rows
                rows = (blocks[:, None] * block_rows + numpy.arange(block_rows)).ravel()
                rows = rows[(rows >= start) & (rows < end)]
                contiguous = False
        # Counts are kept as one byte (a text's count over 255 is stored as 255), so a query byte
        # seen more than 255 times counts its excess as always shared.
        counter = numpy.int16 if size < 12_000 else numpy.int32  # needed stays below 2.4 x size
        lengths = self.length_array[start:end] if contiguous else self.length_array[rows]
        needed = numpy.ceil(cutoff * (size + lengths) / 2).astype(counter)
        common = numpy.zeros(len(rows), dtype=counter)
        remaining = size
        for done, byte in enumerate(present, start=1):
            column = histograms[byte, start:end] if contiguous else histograms[byte, rows]
            count = int(query[byte])
            common += numpy.minimum(column, min(count, _COUNT_CAP))
            remaining -= min(count, _COUNT_CAP)
            if done % _RARE_BYTES == 0 or done == len(present):
                alive = numpy.flatnonzero(common >= needed - remaining)
                if len(alive) < len(rows) // 3 or len(alive) <= _FEW_ROWS or done == len(present):
                    rows = alive + start if contiguous else rows[alive]
                    common, needed, contiguous = common[alive], needed[alive], False
                if len(rows) <= _FEW_ROWS:  # scoring these costs less than reading more byte counts
                    break
            if not len(rows):
                break
        if contiguous:  # an empty msgid has no byte to count
            rows = numpy.arange(start, end)
        elif len(rows) > _GUESS_AMONG:
            # Still many: the few with the most bytes in common are scored first, as the seeds are,
            # and the better cut-off they give rules out most of the others before they are scored.
            lengths = self.length_array[rows]
            likely = numpy.argsort(-(common + remaining) / (size + lengths), kind="stable")[:_GUESSES]
            for row in rows[likely].tolist():
                position = self.positions[row]
                if shares_a_gram(position):
                    best_weight = max(best_weight, weigh(position, self.text_array[row]))
            cutoff = best_weight - 2 * _CONTEXT_BONUS - 1e-9
            needed = numpy.ceil(cutoff * (size + lengths) / 2)
            lowest = math.floor(size * cutoff / (2 - cutoff))
            highest = math.ceil(size * (2 - cutoff) / cutoff)
            rows = rows[(common + remaining >= needed) & (lengths >= lowest) & (lengths <= highest)]
        if not len(rows):
            return None
        # The exact distances, in C; a row over the largest distance the window allows is out.
        choices = self.text_array[rows].tolist()
        totals = size + self.length_array[rows]
        allowed = int((1 - max(cutoff, 0.0)) * int(totals.max())) + 1
        distances = process.cdist([target], choices, scorer=Indel.distance, dtype=numpy.int32,
                                  score_cutoff=allowed)[0]
        # fstrcmp of two empty strings is 1.0: a msgctxt with an empty msgid matches the header.
        similarities = numpy.where(totals == 0, 1.0, (totals - distances) / numpy.maximum(totals, 1))
        hopeful = numpy.flatnonzero((distances <= allowed) & (similarities + _CONTEXT_BONUS > FUZZY_THRESHOLD))
        positions = self.positions
        best: list[int] = []
        best_weight = FUZZY_THRESHOLD
        # Highest similarity first: once a level is beaten, lower ones cannot win.
        for index in hopeful[numpy.argsort(-similarities[hopeful], kind="stable")].tolist():
            if similarities[index] + _CONTEXT_BONUS < best_weight:
                break
            position = positions[int(rows[index])]
            if not shares_a_gram(position):
                continue
            weight = weigh(position, choices[index])
            if weight > best_weight:
                best_weight, best = weight, [position]
            elif weight == best_weight and best:
                best.append(position)
        if len(best) <= 1:
            return best[0] if best else None
        if len(msgid) < _NGRAM:
            # msgmerge walks short messages by byte length, then in file order.
            return min(best, key=lambda position: (len(self.text_at[position]), position))
        # msgmerge meets candidates by decreasing count of shared 4-grams, then in file order.
        positions_grams = [msgid[start : start + _NGRAM] for start in range(len(msgid) - _NGRAM + 1)]

        def shared(position: int) -> int:
            text = entries[position].msgid
            return sum(1 for gram in positions_grams if gram in text)

        return min(best, key=lambda position: (-shared(position), position))

    def _hopeful_blocks(self, query: numpy.ndarray, present: list[int], size: int, cutoff: float,
                        start: int, end: int) -> numpy.ndarray | None:
        """The blocks of rows start..end whose largest byte counts may reach the cut-off, or None
        when most of them may. A row's bytes in common are at most its block's (each count is at most
        the block's largest), and its block's shortest row in the window needs the fewest, so a
        block ruled out holds only rows the per-row bound would rule out too."""
        block_rows = self.block_rows
        first, last = start // block_rows, (end - 1) // block_rows
        shared = numpy.minimum(query[present], _COUNT_CAP).astype(numpy.uint8)
        common = numpy.minimum(self.block_maxima[present, first : last + 1], shared[:, None]).sum(axis=0,
                                                                                                  dtype=numpy.int32)
        shortest = self.length_array[numpy.maximum(numpy.arange(first, last + 1) * block_rows, start)]
        needed = numpy.ceil(cutoff * (size + shortest) / 2)
        hopeful = numpy.flatnonzero(common + (size - int(shared.sum(dtype=numpy.int64))) >= needed)
        if len(hopeful) * 2 > last + 1 - first:  # reading a slice costs less than picking rows
            return None
        return hopeful + first

    def _find_each(self, queries, progress) -> list[int | None]:
        if progress is None:
            return [self.find(*query) for query in queries]
        results = []
        for query in queries:
            results.append(self.find(*query))
            progress(len(results), len(queries))
        return results


def goal_weight(entry: Entry, msgctxt: str | None, msgid: str) -> float:
    """fuzzy_search_goal_function: fstrcmp of the msgids plus the context bonus."""
    first, second = msgid.encode("utf-8"), entry.msgid.encode("utf-8")
    total = len(first) + len(second)
    weight = 1.0 if total == 0 else (total - Indel.distance(first, second)) / total
    if entry.msgctxt is None or (msgctxt is not None and msgctxt == entry.msgctxt):
        weight += _CONTEXT_BONUS
    return weight


class CompendiumIndex:
    """The compendia's fuzzy index, searched as msgmerge searches it: for a msgid of 4 characters or
    more, only the first few candidates sharing the most 4-grams (the square root of the number of
    messages, at least 10), in that order."""

    def __init__(self, entries: Sequence[Entry]):
        self.entries = entries
        self.grams: dict[str, list[int]] = {}
        self.short_by_length: dict[int, list[int]] = {}
        for position, entry in enumerate(entries):
            if not entry.translations or entry.translations[0] == "":
                continue
            msgid = entry.msgid
            for gram in dict.fromkeys(msgid[start : start + _NGRAM] for start in range(len(msgid) - _NGRAM + 1)):
                self.grams.setdefault(gram, []).append(position)
            length = len(msgid.encode("utf-8"))
            if length <= _SHORT_MSG_MAX:
                self.short_by_length.setdefault(length, []).append(position)
        self.first_few = max(10, int(math.sqrt(len(entries))))

    def find(self, msgctxt: str | None, msgid: str, lower_bound: float) -> Entry | None:
        if len(msgid) >= _NGRAM:
            counts: dict[int, int] = {}
            for start in range(len(msgid) - _NGRAM + 1):
                for position in self.grams.get(msgid[start : start + _NGRAM], ()):
                    counts[position] = counts.get(position, 0) + 1
            candidates = sorted(counts, key=lambda position: (-counts[position], position))[: self.first_few]
        else:
            length = len(msgid.encode("utf-8"))
            candidates = [
                position
                for candidate_length in range(math.ceil(length / _LENGTH_RATIO), int(length * _LENGTH_RATIO) + 1)
                for position in self.short_by_length.get(candidate_length, ())
            ]
        best, best_weight = None, lower_bound
        for position in candidates:
            weight = goal_weight(self.entries[position], msgctxt, msgid)
            if weight > best_weight:
                best, best_weight = self.entries[position], weight
        return best


def _expected_shared(histograms: numpy.ndarray) -> numpy.ndarray:
    """For each byte value and count k, how many of k such bytes an old message has on average
    (the mean of min(k, its count)): the byte values a query has more of than most messages rule
    out the most messages, and are counted first."""
    texts = max(histograms.shape[1], 1)
    at_least = numpy.zeros((256, _COUNT_CAP + 1), dtype=numpy.float64)
    for byte in range(256):
        counts = numpy.bincount(histograms[byte], minlength=_COUNT_CAP + 1)
        # at_least[byte, k]: the share of messages with at least k such bytes (k >= 1).
        at_least[byte, 1:] = counts[::-1].cumsum()[::-1][1:] / texts
    return at_least.cumsum(axis=1)


def _byte_histograms(texts: list[str]) -> numpy.ndarray:
    """How often each byte value occurs in each text, up to _COUNT_CAP: one row per byte value, one
    column per text (a search reads a few byte values over a window of texts), built in pieces to
    bound memory."""
    histograms = numpy.zeros((256, len(texts)), dtype=numpy.uint8)
    piece = 4096
    for first in range(0, len(texts), piece):
        chunk = texts[first : first + piece]
        data = numpy.frombuffer("".join(chunk).encode("latin-1"), dtype=numpy.uint8)
        rows = numpy.repeat(numpy.arange(len(chunk), dtype=numpy.int64), [len(text) for text in chunk])
        counts = numpy.bincount(rows * 256 + data, minlength=len(chunk) * 256)
        histograms[:, first : first + len(chunk)] = numpy.minimum(counts, _COUNT_CAP).reshape(len(chunk), 256).T
    return histograms


Query = tuple[str | None, str, Sequence[int]]


def search_started(old_entries: Sequence[Entry], queries: Sequence[Query],
                   progress=None) -> Callable[[], list[int | None]]:
    """FuzzyIndex(old_entries).find() for each (msgctxt, msgid, seeds), begun now; the callable
    returned gives the answers in order. With many searches a second process builds its own index
    and starts searching at once, while the caller does other work; when called, this process
    builds its index and searches too, both taking the next few searches left until none is.
    `progress(done, total)` is told how many searches are taken."""
    queries = list(queries)
    if (len(queries) < 2 or len(queries) * len(old_entries) < _PARALLEL_MIN_WORK or (os.cpu_count() or 1) < 2
            or not hasattr(os, "fork")):
        return lambda: FuzzyIndex(old_entries)._find_each(queries, progress)
    try:
        return _SharedSearch(old_entries, queries, progress)
    except OSError:  # no second process to be had (limits, no /dev/shm): search here
        return lambda: FuzzyIndex(old_entries)._find_each(queries, progress)


# How many searches one process takes at a time.
_TAKEN_AT_ONCE = 8


class _SharedSearch:
    """The child takes searches from the front of the list, this process from the back: each one's
    answers are one run of the list, and the two meet wherever their speeds make them meet."""

    def __init__(self, old_entries: Sequence[Entry], queries: list[Query], progress):
        import multiprocessing

        self.old_entries, self.queries, self.progress = old_entries, queries, progress
        # [front, back): the searches nobody has taken yet.
        self.left = multiprocessing.get_context("fork").Array("q", [0, len(queries)])
        reading, writing = os.pipe()
        try:
            self.child = os.fork()
        except OSError:
            os.close(reading)
            os.close(writing)
            raise
        if self.child == 0:
            self._child(reading, writing)
        os.close(writing)
        self.reading = reading

    def _child(self, reading: int, writing: int) -> None:
        answers: list[int | None] = []
        try:
            os.close(reading)
            try:
                index = FuzzyIndex(self.old_entries)
                while True:
                    start, end, _left = self._take(from_back=False)
                    if start == end:
                        break
                    answers.extend(index.find(*query) for query in self.queries[start:end])
            except BaseException:  # what this process took and did not answer, the parent searches
                pass
            with os.fdopen(writing, "wb") as pipe:
                pipe.write(marshal.dumps(answers))
        finally:
            os._exit(0)  # no atexit handlers, no flushing of buffers the parent owns

    def _take(self, from_back: bool) -> tuple[int, int, int]:
        """The next few searches nobody has taken, from the front or the back of the list: their
        (start, end) in it, and how many are left untaken after them."""
        with self.left.get_lock():
            front, back = self.left[0], self.left[1]
            taken = min(_TAKEN_AT_ONCE, back - front)
            if from_back:
                self.left[1] = back - taken
                return back - taken, back, back - taken - front
            self.left[0] = front + taken
            return front, front + taken, back - front - taken

    def __call__(self) -> list[int | None]:
        total = len(self.queries)
        try:
            index = FuzzyIndex(self.old_entries)
            mine: list[list[int | None]] = []
            while True:
                start, end, left = self._take(from_back=True)
                if start == end:
                    break
                mine.append([index.find(*query) for query in self.queries[start:end]])
                if self.progress is not None:
                    self.progress(total - left, total)
            with os.fdopen(self.reading, "rb") as pipe:
                self.reading = None
                data = pipe.read()
        finally:
            if self.reading is not None:
                os.close(self.reading)
            os.waitpid(self.child, 0)
        theirs = marshal.loads(data) if data else []
        front = self.left[0]
        if len(theirs) < front:  # the child stopped early: the rest of its part is searched here
            theirs.extend(index.find(*query) for query in self.queries[len(theirs) : front])
        answers = theirs[:front]
        for part in reversed(mine):
            answers.extend(part)
        if self.progress is not None:
            self.progress(total, total)
        return answers
