"""French typography: no-break spaces where a line break must not fall.

French sets a space before `; : ! ?` and `%`, inside « », and between digit groups (1 000). A plain
space there lets the line break before the sign or split the number, so it must be U+00A0 (no-break
space) or U+202F (narrow no-break space). Canadian French sets no space before `; ! ?` (OQLF), so
only `:`, `%` and « » apply there.

To stay quiet on real catalogues the text is first masked: placeholders, URLs, e-mail addresses,
HTML tags and entities are blanked out; `12:30`, `http:` or `%s:` never fire (a sign counts only
after a letter); and a translation identical to its source (a command, a code) is not judged.

A catalogue that mostly sets plain spaces (Debian's, written for terminals) gets one finding for
the whole catalogue instead of one per entry (see ConventionCheck).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Iterable

from i18n.checks.base import ConventionCheck, Edit, Pair, Problem, Severity, problem
from i18n.locales import babel_spelling
from i18n.po.format_directives import GRAMMARS

NO_BREAK_SPACES = "\u00a0\u202f"
NO_BREAK_SPACE = "\u00a0"
NARROW_NO_BREAK_SPACE = "\u202f"

# The no-break space a fix writes, by place ("colon", "other" for ; ! ?, "percent", "guillemet",
# "digits", "unit"), for each convention a team may choose. "imprimerie-nationale" is the
# Imprimerie nationale's rule: a full no-break space before the colon and inside « », a narrow one
# before ; ! ? and % and between digit groups.
SPACING_CONVENTIONS: dict[str, dict[str, str]] = {
    "full": dict.fromkeys(("colon", "other", "percent", "guillemet", "digits", "unit"), NO_BREAK_SPACE),
    "narrow": dict.fromkeys(("colon", "other", "percent", "guillemet", "digits", "unit"), NARROW_NO_BREAK_SPACE),
    # A catalogue written for terminals may choose plain spaces: then only a missing space is wrong.
    "plain": dict.fromkeys(("colon", "other", "percent", "guillemet", "digits", "unit"), " "),
    "imprimerie-nationale": {"colon": NO_BREAK_SPACE, "guillemet": NO_BREAK_SPACE, "unit": NO_BREAK_SPACE,
                             "other": NARROW_NO_BREAK_SPACE, "percent": NARROW_NO_BREAK_SPACE,
                             "digits": NARROW_NO_BREAK_SPACE},
}
DEFAULT_SPACING = "full"


def _place_of(sign: str) -> str:
    return {":": "colon", "%": "percent", "«": "guillemet", "»": "guillemet"}.get(sign, "other")

_MASKS = (
    # (a string that must occur for the mask to matter, the pattern blanked out)
    ("://", re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://\S*")),
    ("www.", re.compile(r"\bwww\.\S+")),
    ("@", re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")),
    ("<", re.compile(r"<[^<>]*>")),
    # printf and Python directives, and brace fields, as the grammars table has them blanked.
    ("%", re.compile(GRAMMARS["c"].prose.typography_mask + "|" + GRAMMARS["python"].prose.typography_mask)),
    ("{", re.compile(GRAMMARS["python-brace"].prose.typography_mask)),
)
_ENTITY = re.compile(r"&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);")
_NO_BREAK_ENTITIES = {"&nbsp;": "\u00a0", "&#160;": "\u00a0", "&#xa0;": "\u00a0", "&#8239;": "\u202f", "&#x202f;": "\u202f"}
# A masked span: not a letter, not a space, not a digit, so it neither triggers nor excuses a rule.
_MASKED = "\x00"

# Patterns start with a literal or a character set (lookbehinds after it) so that re can skip
# ahead quickly: these run on most of a catalogue's texts.
# A sign with a plain space before it (the match is the sign alone; the spaces are counted back).
_PLAIN_SPACE_BEFORE = re.compile(r"[;:!?](?<= [;:!?])(?![=:;!?/])")
_NO_SPACE_BEFORE = re.compile(r"([;:!?])(?<=[^\W\d_].)(?=\s|$)")
_WORD_BEFORE = re.compile(r"[\w.-]+$")
# Masking only removes matches, so a raw text without a candidate needs no masking at all.
# (the sign first, then what precedes it: re skips ahead to the signs at C speed, 3x faster than
# an alternation whose branches start differently)
# A "%" after a space counts only after a number ("50 %"), not before a printf directive ("de %s").
_CANDIDATE_BEFORE_SIGN = r"(?<= [;:!?])|(?<=\d %)|(?<=  %)|(?<=[^\W\d_][;:!?])(?=\s|$)|(?<=\d%)"
_PUNCTUATION_CANDIDATE = re.compile(r"[;:!?%](?:" + _CANDIDATE_BEFORE_SIGN + ")")
# All that nbsp-before-punctuation counts or judges: a sign after a no-break space, or a candidate.
_PUNCTUATION_TRIGGER = re.compile(r"[;:!?%](?:(?<=[\u00a0\u202f].)|" + _CANDIDATE_BEFORE_SIGN + ")")
# A percent sign with a plain space before it (the spaces, and the digit before them, are checked back).
_PLAIN_SPACE_BEFORE_PERCENT = re.compile(r"%(?<= %)")
# (not before { } < > ' " |: "%}" and "%<" are GCC's and other tools' format directives)
_NO_SPACE_BEFORE_PERCENT = re.compile(r"(%)(?<=\d%)(?![\w%{}<>'\"|])")
_OPENING_GUILLEMET = re.compile(r"«(?![" + NO_BREAK_SPACES + "])")
# (the sign first: re skips ahead to it, where a leading lookbehind is tried at every position)
_CLOSING_GUILLEMET = re.compile(r"»(?<![" + NO_BREAK_SPACES + "]»)")
_PLAIN_SPACE_GROUPED_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?: \d{3})+(?![\d]|[.,]\d)")
# A cheap first test for it: starting with a literal space, re skips ahead to each space.
_PLAIN_SPACE_GROUP_CANDIDATE = re.compile(r" \d\d\d(?<=\d \d\d\d)")
_NO_BREAK_GROUP_CANDIDATE = re.compile(r"[\u00a0\u202f]\d\d\d(?<=\d[\u00a0\u202f]\d\d\d)")
# The places that follow the convention, counted to learn the catalogue's own habit.
_NO_BREAK_BEFORE_SIGN = re.compile(r"[\u00a0\u202f][;:!?%]")
# One match per number: its last group (starting with the no-break space, for re to skip ahead).
_NO_BREAK_GROUPED_NUMBER = re.compile(r"[\u00a0\u202f]\d{3}(?<=\d[\u00a0\u202f]\d{3})(?![\d\u00a0\u202f]|[.,]\d)")
_WANTED = "French typography wants a no-break space (U+202F or U+00A0)"


def _has_no_break_space(text: str) -> bool:
    return "\u00a0" in text or "\u202f" in text


def _places(deviating: dict[str, int], describe) -> str:
    return ", ".join(f"{describe(what)} in {count} place{'s' if count != 1 else ''}"
                     for what, count in sorted(deviating.items(), key=lambda item: (-item[1], item[0])))


def is_french(locale: str | None) -> bool:
    return bool(locale) and (locale == "fr" or locale.startswith(("fr_", "fr-")))


def _canadian(locale: str | None) -> bool:
    return bool(locale) and babel_spelling(locale).startswith("fr_CA")


@lru_cache(maxsize=None)
def _signs_for(locale: str | None) -> str:
    return ":" if _canadian(locale) else ";:!?"


@lru_cache(maxsize=16)
def masked(text: str) -> str:
    """The text with placeholders, URLs, addresses and tags blanked and no-break entities decoded."""
    for needle, pattern in _MASKS:
        if needle in text:
            text = pattern.sub(_MASKED, text)
    if "&" in text:
        text = _ENTITY.sub(lambda match: _NO_BREAK_ENTITIES.get(match.group(0).lower(), _MASKED), text)
    return text


def masked_with_origin(text: str) -> tuple[str, list[int]]:
    """`masked(text)` and, for each of its positions (and its end), the position in `text` it
    comes from: a fix found in the masked text is made in the original."""
    origin = list(range(len(text) + 1))
    for needle, pattern in _MASKS:
        if needle in text:
            text, origin = _substituted(pattern, lambda _match: _MASKED, text, origin)
    if "&" in text:
        text, origin = _substituted(
            _ENTITY, lambda match: _NO_BREAK_ENTITIES.get(match.group(0).lower(), _MASKED), text, origin)
    return text, origin


def _substituted(pattern: re.Pattern, replacement, text: str, origin: list[int]) -> tuple[str, list[int]]:
    pieces: list[str] = []
    new_origin: list[int] = []
    last = 0
    for match in pattern.finditer(text):
        pieces.append(text[last:match.start()])
        new_origin.extend(origin[last:match.start()])
        replaced = replacement(match)
        pieces.append(replaced)
        new_origin.extend([origin[match.start()]] * len(replaced))
        last = match.end()
    pieces.append(text[last:])
    new_origin.extend(origin[last:])
    return "".join(pieces), new_origin


@lru_cache(maxsize=16)
def _masking_steps(text: str) -> tuple[tuple[list[int], list[tuple[int, int, int, int]]], ...]:
    """The replacements `masked(text)` makes, step by step: for each step that changes the text,
    the start of each replacement in its result, and (start, end, start before, end before).
    (Cached: a translation's fixes for several signs, or of two checks, need the same steps.)"""
    steps = []
    for needle, pattern in _MASKS:
        if needle in text:
            text, step = _replaced_spans(pattern, lambda _match: _MASKED, text)
            steps.append(step)
    if "&" in text:
        text, step = _replaced_spans(
            _ENTITY, lambda match: _NO_BREAK_ENTITIES.get(match.group(0).lower(), _MASKED), text)
        steps.append(step)
    return tuple(steps)


def _replaced_spans(pattern: re.Pattern, replacement, text: str):
    pieces: list[str] = []
    starts: list[int] = []
    spans: list[tuple[int, int, int, int]] = []
    last = 0
    length = 0  # of the result so far
    for match in pattern.finditer(text):
        start, end = match.span()
        pieces.append(text[last:start])
        length += start - last
        replaced = replacement(match)
        pieces.append(replaced)
        starts.append(length)
        spans.append((length, length + len(replaced), start, end))
        length += len(replaced)
        last = end
    pieces.append(text[last:])
    return "".join(pieces), (starts, spans)


def _origin(steps, position: int) -> int:
    """masked_with_origin's origin[position], from the steps alone (no list as long as the text)."""
    for starts, spans in reversed(steps):
        index = bisect_right(starts, position) - 1
        if index >= 0:
            new_start, new_end, old_start, old_end = spans[index]
            # Inside a replacement: where it began; after it: the same distance after its end.
            position = old_start if position < new_end else old_end + (position - new_end)
    return position


def _original_edits(target: str, spans: list[tuple[int, int, str]]) -> tuple[Edit, ...]:
    """Edits of `target` for replacements found in its masked text: (start, end, new) there."""
    steps = _masking_steps(target)
    if not steps:  # nothing was masked: the positions are the target's (most fixes)
        return tuple([_new_tuple(Edit, (start, end, target[start:end], new)) for start, end, new in spans])
    edits = []
    for start, end, new in spans:
        first, last = _origin(steps, start), _origin(steps, end)
        edits.append(_new_tuple(Edit, (first, last, target[first:last], new)))
    return tuple(edits)


# Edit(...) without the named tuple's Python-level __new__ (an edit is made for every fix).
_new_tuple = tuple.__new__


def _fixed_excerpt(target: str, edit: Edit) -> str:
    """A few words around an edit, as the fix writes them."""
    start = max(0, edit.start - 12)
    text = target[start:edit.start] + edit.new + target[edit.end:edit.end + 12]
    return text.split("\n")[-1] if "\n" in target[start:edit.start] else text.split("\n")[0]


def _judged_text(pair: Pair) -> str | None:
    if pair.target == pair.source:  # copied verbatim: a command, a code, a name
        return None
    return masked(pair.target)


def _spaces_start(text: str, sign: int) -> int:
    """Where the plain spaces just before `text[sign]` begin (the patterns saw at least one)."""
    start = sign - 1
    while start > 0 and text[start - 1] == " ":
        start -= 1
    return start


def _excerpt(text: str, start: int, end: int) -> str:
    return text[max(0, start - 12):end + 12].replace(_MASKED, "…").strip()


def _summarised(occurrences: list[tuple[str, str, int, int]], what: str, pair: Pair,
                spacing: dict[str, str]) -> Iterable[Problem]:
    """One problem per sign for a pair: "plain space before ':' (3 places)", with the fix that
    sets the convention's no-break space at each place (spans of the masked text)."""
    by_sign: dict[str, list[tuple[str, int, int]]] = {}
    for sign, excerpt, start, end in occurrences:
        by_sign.setdefault(sign, []).append((excerpt, start, end))
    for sign, places_found in by_sign.items():
        places = f", {len(places_found)} places" if len(places_found) > 1 else ""
        space = spacing[_place_of(sign)]
        fix = _original_edits(pair.target, [(start, end, space) for _excerpt, start, end in places_found])
        excerpt = places_found[0][0]
        yield problem(f"{what} '{sign}' in {pair.label} (\"{excerpt}\"{places})", sign,
                      _fixed_excerpt(pair.target, fix[0]), fix)


class FrenchTypography(ConventionCheck):
    """The French rules of spacing: they apply to French targets only."""

    spacing: dict[str, str] = SPACING_CONVENTIONS[DEFAULT_SPACING]
    fixable = True

    def configure(self, options) -> None:
        self.spacing = SPACING_CONVENTIONS[getattr(options, "spacing", DEFAULT_SPACING)]

    @classmethod
    def applies(cls, context) -> bool:
        return is_french(context.target_locale)


class NoBreakSpaceBeforePunctuation(FrenchTypography):
    code = "T601"
    name = "nbsp-before-punctuation"
    severity = Severity.WARNING
    description = "French sets a no-break space (U+00A0 or U+202F) before ; : ! ? and %, not a plain space or none."
    # Only the translation is judged, and every count and finding needs a sign after a no-break
    # space (counted) or a candidate (judged): the engine searches for both at once, and calls the
    # check for about half the translations that hold one of the signs.
    target_pattern = _PUNCTUATION_TRIGGER

    @classmethod
    def catalogue_problem(cls, conforming: int, deviating: dict[str, int]) -> Problem:
        def describe(what: str) -> str:
            kind, sign = what.split(" ", 1)
            return f"{'a plain space' if kind == 'plain' else 'no space'} before '{sign}'"

        return Problem(f"this catalogue writes {_places(deviating, describe)} (a no-break space in "
                       f"{conforming}); {_WANTED}", subject="catalogue",
                       suggestion="use a no-break space (U+00A0 or U+202F) before ; : ! ? and %")

    def check_pair(self, pair: Pair) -> Iterable[Problem]:
        # Runs on a third of a catalogue's texts: the helpers are inlined.
        target = pair.target
        if "\u00a0" in target or "\u202f" in target:
            self.conforming += len(_NO_BREAK_BEFORE_SIGN.findall(target))
        if not _PUNCTUATION_CANDIDATE.search(target) or target == pair.source:
            return
        text = masked(target)
        # Canadian French sets no space before ; ! ? (OQLF), only before : and %.
        signs = _signs_for(pair.target_locale)
        plain, missing = [], []
        for match in _PLAIN_SPACE_BEFORE.finditer(text):
            start = _spaces_start(text, match.start())
            if start == 0 or text[start - 1].isspace():  # spaces that begin the text or a line
                continue
            sign = match.group()
            # The source's own spacing (an operator, a usage line) is not French typography.
            if sign in signs and f" {sign}" not in pair.source and self.spacing[_place_of(sign)] != " ":
                plain.append((sign, _excerpt(text, start, match.end()), match.start() - 1, match.start()))
        for match in _NO_SPACE_BEFORE.finditer(text):
            sign = match.group(1)
            if sign not in signs:
                continue
            word = _WORD_BEFORE.search(text, 0, match.start())
            # A program or field name ("fy_flow_info:", "rarp:", "Usage:" kept in English) is
            # code, not prose: skip names with _ . - or digits, and words the source has before the sign.
            if word is not None and (not word.group(0).isalpha() or f"{word.group(0)}{sign}" in pair.source):
                continue
            missing.append((sign, _excerpt(text, match.start(), match.end()), match.start(), match.start()))
        if "%" in text:
            for match in _PLAIN_SPACE_BEFORE_PERCENT.finditer(text):
                start = _spaces_start(text, match.start())
                if start > 0 and text[start - 1].isdecimal() and self.spacing["percent"] != " ":
                    plain.append(("%", _excerpt(text, start, match.end()), match.start() - 1, match.start()))
            for match in _NO_SPACE_BEFORE_PERCENT.finditer(text):
                missing.append(("%", _excerpt(text, match.start(), match.end()), match.start(), match.start()))
        for place in plain:
            self.count_deviation(f"plain {place[0]}")
        for place in missing:
            self.count_deviation(f"none {place[0]}")
        if plain:
            yield from _summarised(plain, "plain space (a line may break) before", pair, self.spacing)
        if missing:
            yield from _summarised(missing, "no space before", pair, self.spacing)


class NoBreakSpaceInsideGuillemets(FrenchTypography):
    code = "T602"
    name = "nbsp-inside-guillemets"
    severity = Severity.WARNING
    description = "French sets a no-break space (U+00A0 or U+202F) after « and before »."
    target_triggers = "«»"

    @classmethod
    def catalogue_problem(cls, conforming: int, deviating: dict[str, int]) -> Problem:
        return Problem(f"this catalogue writes no no-break space {_places(deviating, str)} (one in "
                       f"{conforming}); {_WANTED} inside « »", subject="catalogue",
                       suggestion="put U+00A0 or U+202F after « and before »")

    def check_pair(self, pair: Pair) -> Iterable[Problem]:
        target = pair.target
        if _has_no_break_space(target):
            self.conforming += (target.count("«\u00a0") + target.count("«\u202f") + target.count("\u00a0»")
                                + target.count("\u202f»"))
        if not (_OPENING_GUILLEMET.search(pair.target) or _CLOSING_GUILLEMET.search(pair.target)):
            return
        text = _judged_text(pair)
        if text is None:
            return
        space = self.spacing["guillemet"]
        for pattern, where in ((_OPENING_GUILLEMET, "after «"), (_CLOSING_GUILLEMET, "before »")):
            matches = list(pattern.finditer(text))
            if space == " ":  # plain spaces chosen: only a guillemet touching a word is wrong
                neighbour = 1 if where == "after «" else -1
                matches = [match for match in matches if 0 <= match.start() + neighbour < len(text)
                           and not text[match.start() + neighbour].isspace()]
            if matches:
                self.count_deviation(where, len(matches))
                excerpt = _excerpt(text, matches[0].start(), matches[0].end())
                places = f", {len(matches)} places" if len(matches) > 1 else ""
                spans = [_guillemet_span(text, match.start(), where == "after «") for match in matches]
                fix = _original_edits(pair.target, [(*span, space) for span in spans]) if None not in spans else None
                suggestion = _fixed_excerpt(pair.target, fix[0]) if fix else f"put U+00A0 or U+202F {where}"
                yield problem(f"no no-break space {where} in {pair.label} (\"{excerpt}\"{places})",
                              where[-1], suggestion, fix)


def _guillemet_span(text: str, sign: int, opening: bool) -> tuple[int, int] | None:
    """The span a no-break space replaces beside a guillemet at `sign`: the plain space next to it,
    or nothing (an insertion) when a word touches it; None at a line's edge (no safe fix)."""
    neighbour = sign + 1 if opening else sign - 1
    if neighbour < 0 or neighbour >= len(text):
        return None
    character = text[neighbour]
    if character == " ":
        return (neighbour, neighbour + 1)
    if character.isspace():
        return None
    return (sign + 1, sign + 1) if opening else (sign, sign)


def _may_group_digits(pair: Pair) -> bool:
    """Whether the translation holds a digit, a space (plain or no-break) and three digits. Two
    searches that start with the space: re skips ahead to a literal, and a pattern that starts
    with \\d is tried at every position (four times slower on a catalogue's texts)."""
    target = pair.target
    return _PLAIN_SPACE_GROUP_CANDIDATE.search(target) is not None or (
        ("\u00a0" in target or "\u202f" in target) and _NO_BREAK_GROUP_CANDIDATE.search(target) is not None)


class NoBreakSpaceInNumber(FrenchTypography):
    code = "T603"
    name = "nbsp-in-number"
    severity = Severity.WARNING
    description = "Digit groups (1 000) are separated by a no-break space, so a line break cannot split the number."
    # Every count and finding needs a digit, a space (plain or no-break) and three digits in the
    # translation: 12 of debian-fr.po's 7,632 translations with a digit have one.
    prefilter = staticmethod(_may_group_digits)

    @classmethod
    def catalogue_problem(cls, conforming: int, deviating: dict[str, int]) -> Problem:
        count = sum(deviating.values())
        return Problem(f"this catalogue groups digits with a plain space in {count} number{'s' if count != 1 else ''} "
                       f"(with a no-break space in {conforming}); {_WANTED} between digit groups",
                       subject="catalogue", suggestion="1\u202f000")

    def check_pair(self, pair: Pair) -> Iterable[Problem]:
        target = pair.target
        if "\u00a0" in target or "\u202f" in target:
            self.conforming += len(_NO_BREAK_GROUPED_NUMBER.findall(target))
        if " " not in target or not _PLAIN_SPACE_GROUP_CANDIDATE.search(target) or self.spacing["digits"] == " ":
            return
        text = _judged_text(pair)
        if text is None:
            return
        for match in _PLAIN_SPACE_GROUPED_NUMBER.finditer(text):
            number = match.group(0)
            if number in pair.source:  # the source writes it so (a list of numbers, a version)
                continue
            self.count_deviation("digit groups")
            space = self.spacing["digits"]
            spans = [(match.start() + offset, match.start() + offset + 1, space)
                     for offset, character in enumerate(number) if character == " "]
            yield Problem(f"number {number} is grouped with plain spaces in {pair.label}",
                          subject=number, suggestion=number.replace(" ", space),
                          fix=_original_edits(pair.target, spans))


# --- Numbers and what they count ------------------------------------------------------------------

# Unit symbols (SI, data, money, typography) that a number must not be parted from; a symbol ends
# where no letter, digit, superscript, slash or apostrophe follows ("8 s'applique" is no second).
_UNITS = ("km²|km³|km/h|km|m²|m³|m|cm²|cm|mm|µm|nm|kg|mg|g|t|ha|l|ml|cl|°C|°F|h|min|s|ms|µs|ns|"
          "Go|Mo|ko|Ko|To|Gio|Mio|Kio|Tio|GB|MB|KB|kB|TB|GiB|MiB|KiB|TiB|Gb|Mb|kb|Hz|kHz|MHz|GHz|W|kW|MW|"
          "V|mA|A|€|px|pt|dpi|ppp|bits?|octets?|bytes?")
# A number: digit groups (5,000 / 5 000 / 5.000 / 5'000), then an optional decimal part.
_NUMBER = r"\d{1,3}(?:[,.' \u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_NUMBER_UNIT = re.compile(r"(?<![\w.,#°/-])(?:" + _NUMBER + r")( )(?:" + _UNITS + r")(?![\w²³/'’])")
_UNIT_CANDIDATE = re.compile(r"\d[ \u00a0\u202f](?:" + _UNITS + r")(?![\w²³/'’])")
_COUNT_CANDIDATE = re.compile(r"\d[ \u00a0\u202f](?:à[ \u00a0\u202f]\d|[^\W\d_][^\W\d_-]*[sx](?![\w'’-]))")
# ([0-9], not \d: re tests an ASCII range twice as fast as the Unicode digit category, and this
# search runs on every translation; quantities in other digits are not judged)
_QUANTITY_CANDIDATE = re.compile(r"[0-9][ \u00a0\u202f](?:à[ \u00a0\u202f]\d|(?:" + _UNITS + r")(?![\w²³/'’])"
                                 r"|[^\W\d_][^\W\d_-]*[sx](?![\w'’-]))")
_NUMBER_NO_BREAK_UNIT = re.compile(r"\d[\u00a0\u202f](?:" + _UNITS + r")(?![\w²³/'’])")


class NoBreakSpaceBeforeUnit(ConventionCheck):
    code = "T604"
    name = "nbsp-before-unit"
    severity = Severity.WARNING
    description = ("A number and its unit (5 km, 6 m, 5,000 km², 32 bits) are joined by a no-break space, so "
                   "a line break cannot part them (in every language).")
    fixable = True
    # Every count and finding needs a digit, a space and a unit in the translation (one search
    # shared with nbsp-after-count: the runner tests a pattern once for the checks that share it).
    target_pattern = _QUANTITY_CANDIDATE
    spacing: dict[str, str] = SPACING_CONVENTIONS[DEFAULT_SPACING]

    def configure(self, options) -> None:
        self.spacing = SPACING_CONVENTIONS[getattr(options, "spacing", DEFAULT_SPACING)]

    @classmethod
    def catalogue_problem(cls, conforming: int, deviating: dict[str, int]) -> Problem:
        count = sum(deviating.values())
        return Problem(f"this catalogue parts a number from its unit with a plain space in {count} "
                       f"place{'s' if count != 1 else ''} (with a no-break space in {conforming}); a no-break "
                       "space (U+00A0 or U+202F) keeps them on one line", subject="catalogue",
                       suggestion="5\u00a0km")

    def check_pair(self, pair: Pair) -> Iterable[Problem]:
        space = self.spacing["unit"]
        if space == " " or not _UNIT_CANDIDATE.search(pair.target):
            return
        if "\u00a0" in pair.target or "\u202f" in pair.target:
            self.conforming += len(_NUMBER_NO_BREAK_UNIT.findall(pair.target))
        text = masked(pair.target)
        matches = list(_NUMBER_UNIT.finditer(text))
        if not matches:
            return
        self.count_deviation("number unit", len(matches))
        fix = _original_edits(pair.target, [(match.start(1), match.end(1), space) for match in matches])
        quantity = matches[0].group(0)
        places = f", {len(matches)} places" if len(matches) > 1 else ""
        yield Problem(f"plain space between the number and the unit of \"{quantity}\" in {pair.label} (a line may "
                      f"break between them{places})", subject=quantity,
                      suggestion=quantity.replace(" ", space), fix=fix)


# French function words that follow a number without being what it counts ("2 de plus", "3 ou 4").
_NOT_COUNTED = frozenset("""de du des d sur sous à au aux et ou en le la les l un une pour par dans avec est sont a ont
entre vers contre chez sans selon ni mais que qui dont où ce cet cette ces se sa son ses leur leurs mon ma mes ton
ta tes notre nos votre vos il elle ils elles on je tu nous vous y pas plus moins ne n fois""".split())
# A number that names (version 2, étape 3, n° 5) rather than counts.
_NAMING_BEFORE = re.compile(r"(?:n°|no|numéro|version|v|étape|ligne|colonne|page|chapitre|section|article|niveau|"
                            r"mode|type|option|IEEE|ISO|RFC|UTF|ECMA)\s*$", re.I)
# A count (2 or more; 0 and 1 more often name something) and a plural word after it.
_COUNTED = re.compile(r"(?<![\w.,:/#°-])(" + _NUMBER + r")( )([^\W\d_][^\W\d_-]*(?:-[^\W\d_]+)*[sx])(?![\w'’-])")
_NO_BREAK_COUNT = re.compile(r"\d[\u00a0\u202f](?:à[\u00a0\u202f]\d|[^\W\d_]+[sx]\b)")
_RANGE = re.compile(r"(?<![\w.,:/#°-])(?:" + _NUMBER + r")( )à( )(?:" + _NUMBER + r")(?![\w.,])")


def _count_value(number: str) -> float:
    digits = re.sub(r"[^\d.,]", "", number)
    head = re.split(r"[.,]", digits)[0] if re.search(r"[.,]\d{1,2}$", digits) else re.sub(r"[.,]", "", digits)
    return float(head or 0)


class NoBreakSpaceAfterCount(FrenchTypography):
    code = "T605"
    name = "nbsp-after-count"
    severity = Severity.INFO
    description = ("French joins a count to the noun it counts (30 panthères, 84 adultes) and the bounds of a "
                   "range (10 à 15 ans) with no-break spaces. A heuristic: a number of 2 or more, a plural word.")
    # Every count and finding needs a digit, a space, and a plural word or "à" in the translation.
    target_pattern = _QUANTITY_CANDIDATE

    @classmethod
    def catalogue_problem(cls, conforming: int, deviating: dict[str, int]) -> Problem:
        count = sum(deviating.values())
        return Problem(f"this catalogue parts a count from its noun, or the bounds of a range, with a plain space "
                       f"in {count} place{'s' if count != 1 else ''} (with a no-break space in {conforming})",
                       subject="catalogue", suggestion="30\u00a0panthères, 10\u00a0à\u00a015\u00a0ans")

    def check_pair(self, pair: Pair) -> Iterable[Problem]:
        space = self.spacing["unit"]
        if space == " " or pair.target == pair.source or not _COUNT_CANDIDATE.search(pair.target):
            return
        if "\u00a0" in pair.target or "\u202f" in pair.target:
            self.conforming += len(_NO_BREAK_COUNT.findall(pair.target))
        text = masked(pair.target)
        spans, shown = [], []
        for match in _RANGE.finditer(text):
            spans += [(match.start(1), match.end(1), space), (match.start(2), match.end(2), space)]
            shown.append(match.group(0))
        for match in _COUNTED.finditer(text):
            word = match.group(3)
            if (word.lower() in _NOT_COUNTED or _count_value(match.group(1)) < 2
                    or _NAMING_BEFORE.search(text, 0, match.start())
                    or re.fullmatch(_UNITS, word)):  # a unit: nbsp-before-unit's
                continue
            spans.append((match.start(2), match.end(2), space))
            shown.append(match.group(0))
        if not spans:
            return
        self.count_deviation("count", len(shown))
        places = f", {len(shown)} places" if len(shown) > 1 else ""
        yield Problem(f"plain space inside \"{shown[0]}\" in {pair.label} (a line may break inside the "
                      f"quantity{places})", subject=shown[0], suggestion=shown[0].replace(" ", space),
                      fix=_original_edits(pair.target, sorted(set(spans))))
