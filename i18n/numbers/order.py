"""Two numbers a text joins one way only: a change or a span "from 68 to 61" (the first value, then
the last), "12 instead of 15" (the new value, then the one it replaces), a part of a whole "3 of 5".
A translation that joins the same two numbers the other way round ("61から68に", "statt von Gleis
12 ... von Gleis 9", "5 von 3") swaps them while every digit is kept, which no count of numbers
sees. Only a swap is reported: both numbers found, each in the other's place.
"""

from __future__ import annotations

import re
from functools import lru_cache

from i18n.numbers.model import Literal, LiteralMismatch

# A number (its groups may be spaced: "1 284,50"), or a named placeholder for one ("%(n)s of %(total)s",
# "{done} of {total}"), named "a" or "b" in text order.
_DIGITS = r"\d(?:\d|[.,](?=\d)|[\x20\u00a0\u202f](?=\d{3}))*"
_NAMED_PLACEHOLDER = r"%\([A-Za-z_]\w*\)[sdi]|\{[A-Za-z_]\w*\}|%[1-9]\$[sdi]"
_A, _B = (rf"(?<![\d.,])(?P<{name}>{_DIGITS}|{_NAMED_PLACEHOLDER})(?!\d)" for name in "ab")
# What may stand between a number and the word that joins it to the other (a unit, a noun), and
# the words between that joining word and the other number ("every", "platform", "Gleis").
_BETWEEN = r"[^\d;:.!?。、]{0,24}?"
_WORDS = r"(?:[^\W\d_]+\s+){0,2}"

# Per language: (pattern, kind, the group of the first value): a "change" joins its first value
# to its last ("from 30 to 15", "15 instead of 30": 30 first), a "part" a part to its whole.
_JOINS = {
    "en": [(rf"(?i)\bfrom\s+{_WORDS}{_A}{_BETWEEN}\s+to\s+{_WORDS}{_B}", "change", "a"),
           (rf"(?i){_A}{_BETWEEN}\s+instead\s+of\s+{_WORDS}{_B}", "change", "b"),
           (rf"(?i)\bto\s+{_A}{_BETWEEN},?\s+(?:down|up)\s+from\s+{_B}", "change", "b"),
           (rf"(?i){_A}\s+(?:out\s+)?of\s+(?:the\s+)?{_B}", "part", "a")],
    "fr": [(rf"(?i)\bde\s+{_WORDS}{_A}{_BETWEEN}\s+à\s+{_WORDS}{_B}", "change", "a"),
           (rf"(?i){_A}{_BETWEEN}\s+au\s+lieu\s+d(?:e\s+|['’]){_WORDS}{_B}", "change", "b"),
           (rf"(?i){_A}\s+sur\s+{_B}", "part", "a")],
    "de": [(rf"(?i)\bvon\s+{_WORDS}{_A}{_BETWEEN}\s+(?:auf|zu)\s+{_WORDS}{_B}", "change", "a"),
           (rf"(?i){_A}{_BETWEEN}\s+(?:statt|anstatt|anstelle)\s+(?:von\s+)?{_WORDS}{_B}", "change", "b"),
           (rf"(?i){_A}\s+von\s+{_B}", "part", "a")],
    "es": [(rf"(?i)\b(?:de|desde)\s+{_WORDS}{_A}{_BETWEEN}\s+(?:a|hasta)\s+{_WORDS}{_B}", "change", "a"),
           (rf"(?i){_A}{_BETWEEN}\s+en\s+(?:lugar|vez)\s+de\s+{_WORDS}{_B}", "change", "b"),
           (rf"(?i){_A}\s+de\s+(?:cada\s+)?{_B}", "part", "a")],
    "ru": [(rf"(?i)(?<![^\W\d_])с\s+{_WORDS}{_A}{_BETWEEN}\s+до\s+{_WORDS}{_B}", "change", "a"),
           (rf"(?i){_A}{_BETWEEN}\s+вместо\s+{_WORDS}{_B}", "change", "b"),
           (rf"(?i){_A}\s+из\s+{_B}", "part", "a")],
    "ja": [(rf"{_A}[^\d、。]{{0,8}}?から[^\d、。]{{0,4}}?{_B}", "change", "a"),
           (rf"{_A}[^\d、。]{{0,8}}?(?:中|のうち)\s?{_B}", "part", "b")],
}


@lru_cache(maxsize=None)
def _patterns(language: str) -> tuple[tuple[re.Pattern[str], str, str], ...]:
    return tuple((re.compile(pattern), kind, first) for pattern, kind, first in _JOINS.get(language, ()))


def warm(language: str) -> None:
    """Build now the patterns of `language`'s joined pairs (see compare.warm)."""
    _patterns(language)


def _digits(text: str) -> str:
    """A number's digits ("1 284,50": "128450"), or a placeholder as written."""
    if text[0] in "%{":
        return text
    return "".join(character for character in text if character.isdigit()).lstrip("0") or "0"


def _joined(text: str, language: str) -> list[tuple[str, str, str, re.Match[str]]]:
    """(kind, first value's digits, last value's digits, match) of each pair `text` joins."""
    found = []
    for pattern, kind, first in _patterns(language):
        for match in pattern.finditer(text):
            one, other = (match.group("a"), match.group("b")) if first == "a" else (match.group("b"), match.group("a"))
            found.append((kind, _digits(one), _digits(other), match))
    return found


# (One pass for the cheap test: a word that joins, or a digit before "of".)
_JOINING_RE = re.compile(r"(?i)\bfrom\b|\binstead\s+of\b|(?:\d|\)[sdi]|\}|\$[sdi])\s+(?:out\s+)?of\s+(?:the\s+)?[\d%{]")


def may_join_two_numbers(text: str) -> bool:
    """The cheap test of an English source."""
    return (_JOINING_RE.search(text) is not None
            and any(pattern.search(text) for pattern, _, _ in _patterns("en")))


def pairs_swapped(source: str, target: str, target_language: str) -> tuple[LiteralMismatch, ...]:
    """The pairs the English source joins that the translation joins the other way round, and
    nowhere the source's way."""
    target_pairs = _joined(target, target_language)
    if not target_pairs:
        return ()
    swapped = []
    for kind, first, last, match in _joined(source, "en"):
        if first == last or any((other[1], other[2]) == (first, last) for other in target_pairs if other[0] == kind):
            continue
        other = next((pair for pair in target_pairs if pair[0] == kind and (pair[1], pair[2]) == (last, first)), None)
        if other is not None:
            swapped.append(LiteralMismatch(
                Literal(match.group().strip(), f"{first}, {last}", match.start(), match.end(), "pair"),
                Literal(other[3].group().strip(), f"{last}, {first}", other[3].start(), other[3].end(), "pair")))
    return tuple(swapped)


# A command-line option and its value: "--speed 4000", "-n 5", "--time=15".
_OPTION_VALUE_RE = re.compile(r"(?<![\w-])(?P<name>--?[A-Za-z][\w-]*)[\x20=](?P<value>\d+)(?![\w.,])")


def may_set_two_options(text: str) -> bool:
    """The cheap test: two options with values."""
    return "-" in text and len(_OPTION_VALUE_RE.findall(text)) >= 2


def option_values_swapped(source: str, target: str) -> tuple[LiteralMismatch, ...]:
    """Options of the source whose values the translation gives each other: "--speed 4000 --time
    15" / "--speed 15 --time 4000"."""
    source_options = {match.group("name"): match for match in _OPTION_VALUE_RE.finditer(source)}
    target_options = {match.group("name"): match for match in _OPTION_VALUE_RE.finditer(target)}
    swapped = []
    for name, match in source_options.items():
        other = target_options.get(name)
        if other is None or other.group("value") == match.group("value"):
            continue
        partner = next((found for found_name, found in source_options.items() if found_name != name
                        and found.group("value") == other.group("value")
                        and found_name in target_options
                        and target_options[found_name].group("value") == match.group("value")), None)
        if partner is not None:
            swapped.append(LiteralMismatch(
                Literal(match.group(), match.group("value"), match.start(), match.end(), "pair"),
                Literal(other.group(), other.group("value"), other.start(), other.end(), "pair")))
    return tuple(swapped)
