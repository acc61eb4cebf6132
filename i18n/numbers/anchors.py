"""Anchors of a regex: lower-case strings one of which every match contains, so that a plain
substring test can tell that a pattern cannot match a text before the regex engine scans it.

Read from the pattern's parse tree (the standard library's own `re._parser`), so the anchors
always follow the pattern. Only ASCII characters of the pattern make anchors, and
`lowered_for_anchors` gives the lower-cased text only where lowering is exact for them: under
IGNORECASE a character matches an ASCII letter exactly when its lower case is that letter,
except "ı" (i), "ſ" (s) and "İ" (whose lower case is two characters); a text holding one of
those three gets no lowered form, and every pattern is tried on it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable
from re import _constants as sre
from re import _parser

from i18n.numbers.alternation import alternation

# Alternatives multiplied out along a run of fixed pieces, up to this many strings.
_MOST_ALTERNATIVES = 64
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (sre.ASSERT, sre.ASSERT_NOT, sre.AT)


def anchors(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-case strings one of which every match of `pattern` contains, or None when none are known."""
    try:
        found = _sequence(list(_parser.parse(pattern.pattern, pattern.flags)))
    except Exception:  # a pattern this reading does not know: no anchors, the pattern always runs
        return None
    return found if found and "" not in found else None


def ignorecase_key(text: str) -> str:
    """The lower-case spelling of a word an IGNORECASE pattern matched, for looking it up in a
    table of lower-case words: "ſecond" and "bİllİon" matched "second" and "billion"."""
    lowered = text.lower()
    if "ı" in lowered or "ſ" in lowered or "i\u0307" in lowered:
        lowered = lowered.replace("ı", "i").replace("ſ", "s").replace("i\u0307", "i")
    return lowered


def lowered_for_anchors(text: str) -> str | None:
    """`text` lower-cased for the anchor test, or None when that test does not hold for it."""
    if "ı" in text or "ſ" in text or "İ" in text:
        return None
    return text.lower()


def may_match(found: frozenset[str] | None, lowered: str | None) -> bool:
    """False only when no match can exist: none of the anchors is in the lowered text."""
    return found is None or lowered is None or finder(found)(lowered)


@lru_cache(maxsize=None)
def finder(found: frozenset[str]) -> Callable[[str], bool]:
    """Whether a text holds one of the anchors. An anchor that holds another is in a text only
    when that one is too: only the shortest count. One or two are substring tests (C-speed, no
    regex call); more, one search for all (re skips to their first characters at C speed)."""
    needed = sorted(anchor for anchor in found if not any(other != anchor and other in anchor for other in found))
    if len(needed) == 1:
        (anchor,) = needed
        return lambda text: anchor in text
    if len(needed) == 2:
        first, second = needed
        return lambda text: first in text or second in text
    search = re.compile(alternation(sorted(needed, key=len, reverse=True), re.escape)).search
    return lambda text: search(text) is not None


def _fixed(items) -> set[str] | None:
    """The strings a sequence of items matches when it can match only a few fixed strings."""
    strings = {""}
    for op, av in items:
        piece = _fixed_piece(op, av)
        if piece is None or len(strings) * len(piece) > _MOST_ALTERNATIVES:
            return None
        strings = {before + after for before in strings for after in piece}
    return strings


def _fixed_piece(op, av) -> set[str] | None:
    if op is sre.LITERAL:
        return {chr(av).lower()} if av < 128 else None
    if op in _ZERO_WIDTH:
        return {""}
    if op is sre.SUBPATTERN:
        return _fixed(av[-1])
    if op is sre.BRANCH:
        return _union(_fixed(branch) for branch in av[1])
    if op is sre.IN and all(kind is sre.LITERAL and value < 128 for kind, value in av):
        return {chr(value).lower() for _, value in av}
    return None


def _sequence(items) -> frozenset[str] | None:
    """Every item of a sequence matches: the most selective anchors of any stretch of it."""
    best: frozenset[str] | None = None
    run = {""}
    for op, av in items:
        piece = _fixed_piece(op, av)
        if piece is not None and len(run) * len(piece) <= _MOST_ALTERNATIVES:
            run = {before + after for before in run for after in piece}
            continue
        best = _better(best, frozenset(run))
        run = {""}
        best = _better(best, _inside(op, av))
    return _better(best, frozenset(run))


def _inside(op, av) -> frozenset[str] | None:
    """Anchors of an item that is no fixed string: a group, alternatives, a repeat at least once."""
    if op is sre.SUBPATTERN:
        return _sequence(av[-1])
    if op is sre.BRANCH:
        found = _union(_sequence(branch) for branch in av[1])
        return frozenset(found) if found is not None else None
    if op in _REPEATS and av[0] >= 1:
        return _sequence(av[2])
    return None


def _union(parts) -> set[str] | None:
    found: set[str] = set()
    for part in parts:
        if part is None or "" in part:
            return None
        found |= part
    return found


def _better(first: frozenset[str] | None, second: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two anchor sets: the longer shortest anchor, then the fewer anchors."""
    candidates = [found for found in (first, second) if found and "" not in found]
    if not candidates:
        return None
    return max(candidates, key=lambda found: (min(map(len, found)), -len(found)))
