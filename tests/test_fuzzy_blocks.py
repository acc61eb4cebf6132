"""The fuzzy index's bounds only save work: the group bound (blocks of old messages ruled out by
their largest byte counts), the byte-count bound and the likeliest messages scored first. Every
answer is the one scoring every old message gives (msgmerge's rule, written out below with no
bound at all), and msgmerge's own."""

from __future__ import annotations

import math
import random
import subprocess
from pathlib import Path
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

import i18n.po.fuzzy_search as fuzzy_module
from i18n.po.fuzzy_search import FUZZY_THRESHOLD, FuzzyIndex, goal_weight
from i18n.po.merge import merge_catalog
from i18n.po.model import Entry
from i18n.po.parse import parse_po
from i18n.po.write import format_po

# Few letters, so that many old messages are close to a new one and many are not.
_TEXT = st.text(alphabet="abcdeé =", min_size=0, max_size=40)
_ENTRY = st.tuples(_TEXT, st.sampled_from([None, "menu", "verb"]), st.booleans())


@settings(max_examples=120, deadline=None)
@given(
    old=st.lists(_ENTRY, min_size=0, max_size=80),
    queries=st.lists(st.tuples(_TEXT, st.sampled_from([None, "menu"])), min_size=1, max_size=6),
    block_rows=st.sampled_from([1, 2, 3, 7, 64]),
    seed_positions=st.lists(st.integers(min_value=0, max_value=80), max_size=3),
)
def test_the_group_bound_never_changes_an_answer(old, queries, block_rows, seed_positions):
    entries = [Entry(msgid, msgstr=f"fr {msgid}" if translated else "", msgctxt=context)
               for msgid, context, translated in old]
    plain, grouped = FuzzyIndex(entries, block_rows=0), FuzzyIndex(entries, block_rows=block_rows)
    assert plain.block_rows is None
    for msgid, context in queries:
        for seeds in ((), seed_positions):
            assert grouped.find(context, msgid, seeds) == plain.find(context, msgid, seeds)


def exhaustive_match(entries: list[Entry], msgctxt: str | None, msgid: str) -> int | None:
    """msgmerge's fuzzy match found by scoring every old message with a translation: above 0.6,
    among those sharing a character 4-gram with the msgid (for a msgid under 4 characters, those of
    a byte length within fstrcmp's reach of 0.6); ties to the most shared 4-grams (for a short
    msgid the shortest), then the first in the file."""
    grams = [msgid[start : start + 4] for start in range(len(msgid) - 3)]
    size = len(msgid.encode("utf-8"))
    ratio = 2 / FUZZY_THRESHOLD - 1
    scored = []
    for position, entry in enumerate(entries):
        if not entry.translations or entry.translations[0] == "":
            continue
        length = len(entry.msgid.encode("utf-8"))
        if len(msgid) >= 4:
            shared = sum(1 for gram in grams if gram in entry.msgid)
            if not shared:
                continue
            order = (-shared, position)
        else:
            if not (math.ceil(size / ratio) <= length <= int(size * ratio) and length <= int(12 * ratio)):
                continue
            order = (length, position)
        weight = goal_weight(entry, msgctxt, msgid)
        if weight > FUZZY_THRESHOLD:
            scored.append((-weight, order))
    return min(scored)[1][1] if scored else None


@settings(max_examples=150, deadline=None)
@given(
    old=st.lists(_ENTRY, min_size=0, max_size=80),
    queries=st.lists(st.tuples(_TEXT, st.sampled_from([None, "menu"])), min_size=1, max_size=6),
    seed_positions=st.lists(st.integers(min_value=0, max_value=80), max_size=3),
    guess_among=st.sampled_from([0, 3, 10**9]),
)
def test_every_answer_is_the_one_scoring_every_old_message_gives(old, queries, seed_positions, guess_among):
    entries = [Entry(msgid, msgstr=f"fr {msgid}" if translated else "", msgctxt=context)
               for msgid, context, translated in old]
    with mock.patch.object(fuzzy_module, "_GUESS_AMONG", guess_among), mock.patch.object(fuzzy_module, "_GUESSES", 2):
        index = FuzzyIndex(entries)
        for msgid, context in queries:
            for seeds in ((), seed_positions):
                assert index.find(context, msgid, seeds) == exhaustive_match(entries, context, msgid)


def test_the_likeliest_messages_scored_first_never_change_an_answer():
    # Thousands of sentences from a few words: a new message that is no rewording of an old one
    # leaves hundreds of old messages after the byte counts, the case where a few are scored first.
    rng = random.Random(5)
    words = "file open save the a of to is cannot error user value page new old line".split()
    texts = sorted({" ".join(rng.choice(words) for _ in range(rng.randint(1, 9))) for _ in range(3000)})
    entries = [Entry(text, msgstr="x" if rng.random() < 0.9 else "", msgctxt=rng.choice([None, None, "menu"]))
               for text in texts]
    queries = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 9))) for _ in range(60)]
    index = FuzzyIndex(entries)
    found = [index.find(None, query) for query in queries]
    assert found == [exhaustive_match(entries, None, query) for query in queries]
    assert sum(position is not None for position in found) > 30
    with mock.patch.object(fuzzy_module, "_GUESS_AMONG", 10**9):  # no guesses: the same answers
        assert [index.find(None, query) for query in queries] == found


def test_the_group_bound_rules_out_groups_that_cannot_match():
    rng = random.Random(3)
    texts = ["".join(rng.choice("abcdefgh ") for _ in range(rng.randint(20, 60))) for _ in range(2000)]
    entries = [Entry(text, msgstr="x") for text in texts]
    index = FuzzyIndex(entries, block_rows=16)
    query = "zzzz yyyy xxxx wwww qqqq abc"  # shares hardly a byte with any of them
    blocks = index._hopeful_blocks(*_window(index, query))
    assert blocks is not None and len(blocks) == 0
    assert index.find(None, query) is None
    close = texts[1234][:-1] + "!"
    blocks = index._hopeful_blocks(*_window(index, close))
    assert blocks is None or 1234 // 16 in blocks
    assert index.find(None, close) == FuzzyIndex(entries, block_rows=0).find(None, close) == 1234


def _window(index: FuzzyIndex, msgid: str):
    from bisect import bisect_left, bisect_right

    import numpy

    size, cutoff = len(msgid), 0.6 - 2e-5 - 1e-9
    query = numpy.bincount(numpy.frombuffer(msgid.encode(), dtype=numpy.uint8), minlength=256)
    start = bisect_left(index.lengths, int(size * cutoff / (2 - cutoff)))
    end = bisect_right(index.lengths, int(size * (2 - cutoff) / cutoff) + 1)
    return query, numpy.flatnonzero(query).tolist(), size, cutoff, start, end


HEADER = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
          '"Plural-Forms: nplurals=2; plural=(n > 1);\\n"\n')


def test_small_groups_give_msgmerges_bytes(tmp_path: Path, monkeypatch):
    import i18n.po.fuzzy_search as fuzzy_module

    monkeypatch.setattr(fuzzy_module, "_BLOCK_ROWS", 5)
    rng = random.Random(11)
    words = "file folder open close save cannot error user option value line page print copy move".split()
    sentences = sorted({" ".join(rng.choice(words) for _ in range(rng.randint(1, 12))) for _ in range(700)})
    old = tmp_path / "old.po"
    old.write_text(HEADER + "".join(f'\nmsgid "{text}"\nmsgstr "fr {text}"\n' for text in sentences), "utf-8")
    # Reworded messages (close matches) and unrelated ones (no match: whole groups ruled out).
    new_texts = [text + " now" for text in sentences[::3]] + [f"zq{n} wxyz kjvq {n * 7}" for n in range(60)]
    template = tmp_path / "new.pot"
    template.write_text(HEADER + "".join(f'\nmsgid "{text}"\nmsgstr ""\n' for text in new_texts), "utf-8")
    ours = merge_catalog(parse_po(old.read_bytes(), str(old)), parse_po(template.read_bytes(), str(template)))
    assert ours.fuzzy_matched > 100
    gnu = subprocess.run(["msgmerge", "--previous", "--quiet", "-o", "-", str(old), str(template)],
                         check=True, capture_output=True).stdout
    assert format_po(ours.catalog) == gnu


def _shared_search_inputs():
    rng = random.Random(11)
    words = "file folder open close save cannot error user option value line page print".split()
    texts = sorted({" ".join(rng.choice(words) for _ in range(rng.randint(2, 8))) for _ in range(400)})
    entries = [Entry(text, msgstr=f"fr {text}") for text in texts]
    queries = [(None, text + " again", ()) for text in texts[::3]] + [(None, "zzz qqq", ()), (None, "ab", ())]
    return entries, queries


def test_a_search_shared_by_two_processes_gives_every_answer_in_order(monkeypatch):
    entries, queries = _shared_search_inputs()
    monkeypatch.setattr(fuzzy_module, "_PARALLEL_MIN_WORK", 0)
    told = []
    answers = fuzzy_module.search_started(entries, queries, lambda done, total: told.append((done, total)))()
    expected = [FuzzyIndex(entries).find(*query) for query in queries]
    assert answers == expected and sum(answer is not None for answer in answers) > 100
    assert told[-1] == (len(queries), len(queries))
    assert [done for done, _total in told] == sorted(done for done, _total in told)


def test_searches_the_second_process_took_and_did_not_answer_are_answered_here(monkeypatch, tmp_path):
    import os

    entries, queries = _shared_search_inputs()
    monkeypatch.setattr(fuzzy_module, "_PARALLEL_MIN_WORK", 0)
    parent, marker = os.getpid(), tmp_path / "child-failed"
    find = FuzzyIndex.find
    calls = [0]

    def failing_in_the_child(self, *query):
        calls[0] += 1
        if os.getpid() != parent and calls[0] > 5:
            marker.touch()
            raise RuntimeError("the child stops")
        return find(self, *query)

    monkeypatch.setattr(FuzzyIndex, "find", failing_in_the_child)
    answers = fuzzy_module.search_started(entries, queries)()
    assert marker.exists()
    monkeypatch.setattr(FuzzyIndex, "find", find)
    assert answers == [FuzzyIndex(entries).find(*query) for query in queries]
