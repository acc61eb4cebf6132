"""Alternations of literal phrases ("at least|at most|more than") written for the regex engine's speed.

re tries the branches of an alternation one after the other at every place of a text. Grouped by
first character ("a(?:t\\s+least|t\\s+most)|m(?:ore\\s+than)"), a place costs one test per first
character instead of one per phrase: the patterns over the tables of comparators, quantity words
and anchors search three times faster.
"""

from __future__ import annotations

import re
import sys
from typing import Callable, Iterable, Iterator


def escaped(phrase: str) -> str:
    """`phrase` as a pattern, each space matching any run of white space (a phrase may be broken
    across lines: "2 or\\nlater")."""
    return re.escape(phrase).replace("\\ ", r"\s+")


def alternation(phrases: Iterable[str], escape: Callable[[str], str] = escaped) -> str:
    """The phrases, in their order, as one alternation grouped by first character. It matches where
    the plain alternation ("|".join) matches, and at each place the same phrase first: the phrases
    that may match there are one group's, kept in their order. (When two first characters are one
    letter in two cases, two groups could match at one place under IGNORECASE: the plain
    alternation is returned.) `escape` writes a piece of a phrase as a pattern."""
    phrases = list(phrases)
    groups: dict[str, list[str]] = {}
    for phrase in phrases:
        groups.setdefault(phrase[:1], []).append(phrase[1:])
    if len({_case_blind(first) for first in groups}) < len(groups) or "" in groups:
        return "|".join(map(escape, phrases))
    return "|".join(escape(first) + "(?:" + "|".join(map(escape, rests)) + ")" for first, rests in groups.items())


def _case_blind(character: str) -> str:
    """What IGNORECASE compares: case folded, and the Turkish i's and the long s with their
    letter (re matches "ı" and "İ" with "i", "ſ" with "s")."""
    return character.casefold().replace("ı", "i").replace("i\u0307", "i").replace("ſ", "s")


def first_characters(phrases: Iterable[str]) -> str:
    """A class of the phrases' first characters, for a lookahead that lets most places of a text
    fail on one test before the alternation is tried."""
    firsts = dict.fromkeys(phrase[0] for phrase in phrases)
    return "[" + "".join(r"\s" if first == " " else re.escape(first) for first in firsts) + "]"


_NAMED_GROUP_RE = re.compile(r"\\.|\[(?:\\.|[^\]\\])*\]|(\(\?P<\w+>)", re.DOTALL)


def without_groups(pattern: str) -> str:
    """`pattern` with each named group made a non-capturing one: it matches the same texts at the
    same places (the pattern refers to none of its groups)."""
    return _NAMED_GROUP_RE.sub(lambda match: "(?:" if match.group(1) else match.group(), pattern)


class GroupedPattern:
    """A compiled pattern with many named groups (one per phrase of an alternation, to tell which
    matched), searched as its twin without them. Each group costs every branch of an alternation a
    save of its marks: the twin searches up to twenty times faster, and finds the same matches;
    only where it finds one is the grouped pattern matched, for its groups."""

    __slots__ = ("grouped", "plain")

    def __init__(self, grouped: re.Pattern[str]):
        if "(?P=" in grouped.pattern or "(?(" in grouped.pattern:
            raise ValueError("a pattern that refers to its groups matches otherwise without them")
        self.grouped = grouped
        self.plain = re.compile(without_groups(grouped.pattern), grouped.flags)

    @property
    def pattern(self) -> str:
        return self.grouped.pattern

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self.plain.match(text, pos, endpos) is None else self.grouped.match(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        found = self.plain.search(text, pos, endpos)
        return None if found is None else self.grouped.match(text, found.start(), endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        for found in self.plain.finditer(text, pos, endpos):
            yield self.grouped.match(text, found.start(), endpos)
