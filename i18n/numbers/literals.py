"""Digits that are no quantity, compared literally, both ways: codes and identifiers ("AX.25",
"Cortex-A53", "vrp1", "0x3"), options ("--max-depth=0", "[-4|-6]"), versions ("1.0.2"), dates.

Every digit run of a text that the number reader did not read as a quantity, and that is no
placeholder (the placeholder check owns those), must appear in the other text as a digit run of
the same value, anywhere: the letters around it may be transliterated or localised ("Strg+1" for
"Ctrl+1", "МР3" for "MP3"), the run may be a number there ("ISO 8601" / "iso8601"), the parts of
a date may be reordered ("2017-05-31" / "31.05.2017"), but "AX.25" -> "AX." or "0x3" -> "Ox3" lose
a run. Runs compare by value ("05" = "5"), counted as multisets.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from functools import lru_cache
from itertools import accumulate
from typing import Iterable

from i18n.numbers.codes import names_a_battery_size
from i18n.numbers.masking import PLACEHOLDER_RE, SPACED_WORD
from i18n.numbers.model import Literal, LiteralMismatch
from i18n.numbers.powers import is_a_power_base
from i18n.numbers.symbols import CJK_LETTERS

_RUN_RE = re.compile(r"\d+")
_TOKEN_RE = re.compile(r"(?:" + SPACED_WORD + r"|[-.+/=:#~|])+")
_OPTION_RE = re.compile(r"-{1,2}[A-Za-z0-9]")
_DATE_RE = re.compile(r"\d{4}-\d\d-\d\d|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}:\d\d")
_VERSION_RE = re.compile(r"[vV]?\d+(?:\.\d+)+")
_TRAILING = ".:-/|=+"
_CJK_LETTER_RE = re.compile(f"[{CJK_LETTERS}]")
_CJK_LETTER_BEFORE_RE = re.compile(f"[{CJK_LETTERS}](?!.*[{CJK_LETTERS}])", re.DOTALL)


def _placeholder_spans(text: str) -> list[tuple[int, int]]:
    if "%" not in text and "{" not in text and "$" not in text and "&#" not in text and "<" not in text and "辺" not in text:
        return []
    return [match.span() for match in PLACEHOLDER_RE.finditer(text)]


def _outside(runs: list[tuple[str, int, int]], spans: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """The runs that overlap none of `spans`. Many of both (a long help text) are looked up by
    bisection over the spans in order, with the furthest end reached before each: testing every
    run against every span took time in the square of their number."""
    if len(runs) * len(spans) <= 64:
        return [run for run in runs if all(run[2] <= low or run[1] >= high for low, high in spans)]
    spans = sorted(spans)
    starts = [low for low, _ in spans]
    reach = list(accumulate((high for _, high in spans), max))
    kept = []
    for run in runs:
        before = bisect_left(starts, run[2])  # the spans that start before the run ends
        if before == 0 or reach[before - 1] <= run[1]:
            kept.append(run)
    return kept


def _kind(token: str) -> str:
    if _DATE_RE.search(token):
        return "date"
    if _OPTION_RE.match(token):
        return "option"
    if _VERSION_RE.fullmatch(token):
        return "version"
    return "code"


def _token_around(text: str, start: int, end: int) -> tuple[str, int, int]:
    for match in _TOKEN_RE.finditer(text, max(0, start - 80), min(len(text), end + 80)):
        if match.start() <= start and match.end() >= end:
            low, high = match.span()
            # (Kana and kanji end a code that Japanese writes against them: "をVer.2.1.4以降に".)
            cjk_before = _CJK_LETTER_BEFORE_RE.search(text, low, start)
            if cjk_before is not None:
                low = cjk_before.end()
            cjk_after = _CJK_LETTER_RE.search(text, end, high)
            if cjk_after is not None:
                high = cjk_after.start()
            while high > end and text[high - 1] in _TRAILING:
                high -= 1
            return text[low:high], low, high
    return text[start:end], start, end


# The minutes of whole hours that open or close a range, "de 10:00 a 12:00" for "from 10 to 12", say
# no number of their own (one time alone may be a length misread: "after 3 hours" / "a las 3:00").
_RANGE_JOINER = r"[\x20\u00a0\u202f]*(?:-|–|—|a|à|au|to|bis|до|〜|～|~)[\x20\u00a0\u202f]*"
_OPENS_A_RANGE_RE = re.compile(rf"\d:00(?![\d:]){_RANGE_JOINER}\d{{1,2}}:\d\d(?!\d)")
_CLOSES_A_RANGE_RE = re.compile(rf"(?<!\d)\d{{1,2}}:\d\d{_RANGE_JOINER}\d{{1,2}}:$")


def _minutes_of_a_whole_hour_in_a_range(text: str, start: int, end: int) -> bool:
    """The run "00" at `start` is the minutes of a time that opens or closes a range."""
    if start < 2 or text[start - 1] != ":" or text[end:end + 1] == ":" or text[end:end + 1].isdigit():
        return False
    return (_OPENS_A_RANGE_RE.match(text, start - 2) is not None
            or _CLOSES_A_RANGE_RE.search(text, max(0, start - 24), start) is not None)


def digit_runs(ascii_text: str) -> list[tuple[str, int, int]]:
    """All digit runs outside placeholders, by value ("05" -> "5"), each with its place."""
    placeholders = _placeholder_spans(ascii_text)
    runs = [(match.group().lstrip("0") or "0", match.start(), match.end()) for match in _RUN_RE.finditer(ascii_text)
            if not is_a_power_base(ascii_text, match.start(), match.end())
            and not (match.group() == "00" and _minutes_of_a_whole_hour_in_a_range(ascii_text, match.start(), match.end()))
            and not (match.group() in ("2", "3") and _UNIT_POWER_BEFORE_RE.search(ascii_text, max(0, match.start() - 8),
                                                                                   match.start()))]
    if "0x" in ascii_text or "0X" in ascii_text:
        runs = _with_hexadecimal_runs(ascii_text, runs)
    return _outside(runs, placeholders) if placeholders else runs


# The power of a unit written without its superscript: "42 m2", "3 cm3" are "42 m²", "3 cm³".
_UNIT_POWER_BEFORE_RE = re.compile(r"\d[\x20\u00a0\u202f]?(?:[kcdm]?m|ft|in|мм|см|км|м)$")


# A hexadecimal number with a letter among its digits is one run, by its value: "0x1F3" against
# "0x1E3" differs though its decimal runs ("1", "3") agree.
_HEXADECIMAL_RE = re.compile(r"(?<![0-9A-Za-z])0[xX](?P<digits>[0-9A-Fa-f]*[A-Fa-f][0-9A-Fa-f]*)(?![0-9A-Za-z])")


def _with_hexadecimal_runs(ascii_text: str, runs: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    spans = [match.span("digits") for match in _HEXADECIMAL_RE.finditer(ascii_text) if len(match.group("digits")) <= 32]
    if not spans:
        return runs
    kept = [run for run in runs if all(run[2] <= low or run[1] >= high for low, high in spans)]
    kept += [(str(int(ascii_text[low:high], 16)), low, high) for low, high in spans]
    return sorted(kept, key=lambda run: run[1])


def same_runs(source: list[tuple[str, int, int]], target: list[tuple[str, int, int]]) -> bool:
    return len(source) == len(target) and sorted(run[0] for run in source) == sorted(run[0] for run in target)


def free_runs(runs: list[tuple[str, int, int]], taken: Iterable) -> list[tuple[str, int, int]]:
    """The digit runs that no quantity or date read (`taken`: anything with .start and .end)."""
    spans = [(item.start, item.end) for item in taken]
    return _outside(runs, spans) if spans else list(runs)


def literals(ascii_text: str, original: str, runs: list[tuple[str, int, int]]) -> list[Literal]:
    """The free digit runs as literals, each with the token it stands in and that token's kind."""
    found = []
    for digits, start, end in runs:
        token, low, high = _token_around(original, start, end)
        found.append(Literal(token, digits, low, high, _kind(ascii_text[low:high])))
    return found


def compare_literals(source: list[Literal], source_places: list[tuple[str, int, int]], target: list[Literal],
                     target_places: list[tuple[str, int, int]], source_text: str = "",
                     target_text: str = "") -> tuple[LiteralMismatch, ...]:
    """Literals whose digits the other text lacks, and options it does not write as they are; a
    lost one and a new one of the same kind pair up. `*_places`: every digit run of each text."""
    source_runs = Counter(run[0] for run in source_places)
    target_runs = Counter(run[0] for run in target_places)
    if source_text and target_text:
        # Runs of a token both texts write as it is ("ISO 3166-1 alpha-2") are spent on it: they
        # cannot stand for a code's lost digits ("(cca2)" -> "(cca1)").
        spent = _shared_token_runs(source_places, source_text, target_text,
                                   {literal.text.casefold() for literal in source + target})
        source_runs -= spent
        target_runs -= spent
    # A code the other text writes as it is ("ARG1", "string2") is there, however often either
    # side mentions it.
    loose = _loose_tokens(source + target, source_text + "\n" + target_text)
    source_written = _written_in(source, target_text, loose)
    target_written = _written_in(target, source_text, loose)
    # The runs of a code found as it is are spent on it: they cannot also stand for another one.
    target_left = target_runs - Counter(literal.digits for literal, written in zip(source, source_written) if written)
    source_left = source_runs - Counter(literal.digits for literal, written in zip(target, target_written) if written)
    lost = _unmatched(_once_each([literal for literal, written in zip(source, source_written) if not written], loose),
                      target_left)
    new = _unmatched(_once_each([literal for literal, written in zip(target, target_written) if not written], loose),
                     source_left)
    if source_text or target_text:
        for literal, other in _codes_with_other_digits(source, source_written, target, target_written):
            lost += [] if literal in lost else [literal]
            new += [] if other in new else [other]
        lost += [literal for literal in _options_kept(source, target_text) if literal not in lost]
        lost += [literal for literal in _codes_without_digits(source, target_text, source_text)
                 if all(literal.text.casefold() not in other.text.casefold() for other in lost)]
        new += [literal for literal in _options_kept(target, source_text) if literal not in new]
        lost = _one_per_token(lost)
        new = _one_per_token(new)
    new = [literal for literal in new if not names_a_battery_size(target_text, literal.start, literal.digits, source_text)]
    lost = [literal for literal in lost if not _said_by_its_name(literal, target_text)]
    new = [literal for literal in new if not _spelled_out_in(literal, source_text)]
    mismatches = []
    for literal in lost:
        partner = next((candidate for candidate in new if candidate.kind == literal.kind), None)
        if partner is not None:
            new.remove(partner)
        mismatches.append(LiteralMismatch(literal, partner))
    mismatches += [LiteralMismatch(None, literal) for literal in new]
    return tuple(mismatches)


_DIGITS_RE = re.compile(r"\d+")


def _stem(literal: Literal) -> str:
    """A code's letters and signs, its digits left out: "dc-#" for "DC-20" and "DC-02"."""
    return _DIGITS_RE.sub("#", literal.text.casefold())


def _codes_with_other_digits(source: list[Literal], source_written: list[bool], target: list[Literal],
                             target_written: list[bool]) -> list[tuple[Literal, Literal]]:
    """Codes of the source that the translation writes with other digits ("ref. DC-20" / "réf.
    DC-02"), the same letters around them, whatever digits it has elsewhere ("20 ml")."""
    unwritten = [literal for literal, written in zip(target, target_written) if not written and literal.kind == "code"]
    found = []
    for literal, written in zip(source, source_written):
        stem = _stem(literal)
        if written or literal.kind != "code" or not any(character.isalpha() for character in stem):
            continue
        others = [other for other in unwritten if _stem(other) == stem and other.digits != literal.digits]
        if len(others) == 1:
            unwritten.remove(others[0])
            found.append((literal, others[0]))
    return found


def _run_values(token: str) -> list[int]:
    return [int(run) for run in _RUN_RE.findall(token)]


_REORDERED_KINDS = frozenset({"code", "version"})


def reordered_codes(source: list[Literal], target: list[Literal], source_text: str,
                    target_text: str) -> tuple[LiteralMismatch, ...]:
    """A code or version whose runs the other text has, in another order in one of the same shape:
    "U07.1" / "U01.7", "v2.1" / "v1.2" (the runs are compared by value, so each alone is found)."""
    unwritten_targets = {literal.text: literal for literal in target
                         if literal.kind in _REORDERED_KINDS and literal.text not in source_text}
    found = []
    for literal in source:
        if (literal.kind not in _REORDERED_KINDS or literal.text in target_text
                or any(mismatch.source.text == literal.text for mismatch in found)):
            continue
        shape, runs = _shape(literal.text), _run_values(literal.text)
        partner = next((other for other in unwritten_targets.values() if _shape(other.text) == shape
                        and sorted(_run_values(other.text)) == sorted(runs) and _run_values(other.text) != runs), None)
        if partner is not None:
            found.append(LiteralMismatch(literal, partner))
            del unwritten_targets[partner.text]
    return tuple(found)


# A version's prefix, which translations write their own way: "v2.4.1" / "Ver.2.1.4".
_VERSION_PREFIX_RE = re.compile(r"^(?:[vV](?:er(?:sion)?)?\.?\s?)(?=\d)")


def _shape(token: str) -> str:
    return _RUN_RE.sub("#", _VERSION_PREFIX_RE.sub("", token))


def _shared_token_runs(places: list[tuple[str, int, int]], text: str, other_text: str,
                       literal_tokens: set[str]) -> Counter[str]:
    """The digit runs of the tokens that `other_text` writes as well, as often as both texts write
    them: tokens with more than digits ("3166-1", "2.0"; a bare "1" may be another 1), not literals."""
    mentions: dict[str, dict[int, list[str]]] = {}
    for digits, start, end in places:
        token, low, _ = _token_around(text, start, end)
        key = token.casefold()
        if key not in literal_tokens and not key.isdigit():
            mentions.setdefault(key, {}).setdefault(low, []).append(digits)
    spent: Counter[str] = Counter()
    for token, by_start in mentions.items():
        for runs in list(by_start.values())[:_occurrences(token, other_text)]:
            spent.update(runs)
    return spent


def lost_in_place(source: list[Literal], target_text: str, source_text: str) -> tuple[LiteralMismatch, ...]:
    """With the same digit runs on both sides: the options the translation does not write as they
    are, and the codes it shows without their digits ("FILE2" -> "FILEの", the "2" gone to "2段組")."""
    lost = _options_kept(source, target_text)
    lost += [literal for literal in _codes_without_digits(source, target_text, source_text)
             if all(literal.text.casefold() not in other.text.casefold() for other in lost)]
    return tuple(LiteralMismatch(literal, None) for literal in _one_per_token(lost))


def _one_per_token(literals_: list[Literal]) -> list[Literal]:
    """In text order, each token once ("-mv850e3v5" holds three digit runs, and is one option)."""
    seen: set[tuple[int, str]] = set()
    unique = []
    for literal in sorted(literals_, key=lambda literal: literal.start):
        if (literal.start, literal.text) not in seen:
            seen.add((literal.start, literal.text))
            unique.append(literal)
    return unique


def _codes_without_digits(source: list[Literal], target_text: str, source_text: str) -> list[Literal]:
    """The codes the translation writes fewer times than the source, showing their letters alone
    ("DOC2" / "DOC")."""
    folded, source_folded = target_text.casefold(), source_text.casefold()
    lost, seen = [], set()
    for literal in source:
        key = literal.text.casefold()
        if literal.kind != "code" or key in seen or folded.count(key) >= source_folded.count(key):
            continue
        seen.add(key)
        stem = _DIGITS.split(key)[0].strip(_TRAILING)
        # More often alone in the translation than in the source ("PGP2-style ... PGP" / "PGP 2
        # ... PGP" shows nothing lost), unless its digits follow it a word or two later ("Static
        # Menu2" / "Menu statique 2").
        if (sum(character.isalpha() for character in stem) >= 2
                and _stem_alone(stem, folded) > _stem_alone(stem, source_folded)
                and not _digits_shortly_after(stem, literal.digits, folded, source_folded)):
            lost.append(literal)
            continue
        # A one-letter code ("D3" -> "D"): its capital alone, as a word, case kept (French "d'",
        # "a" and "y" are words).
        letter = literal.text[:1]
        if (len(stem) == 1 and "A" <= letter <= "Z" and literal.text[1:2].isdigit()
                and _capital_alone(letter, target_text) > _capital_alone(letter, source_text)
                and not _digits_shortly_after(stem, literal.digits, folded, source_folded)):
            lost.append(literal)
            continue
        # Digits gone from inside a code, the rest of it written as it is ("html4_writer" /
        # "html_writer").
        skeleton = _DIGITS.sub("", key).strip(_TRAILING)
        if (stem and skeleton != stem and sum(character.isalpha() for character in skeleton) >= 2
                and _occurrences(skeleton, folded) > _occurrences(skeleton, source_folded)):
            lost.append(literal)
    return lost


def _capital_alone(letter: str, text: str) -> int:
    """How often the capital `letter` stands in `text` as a word of its own, or as the first part
    of a compound ("A-Seite") or before a word of a script without spaces ("D時間"), not followed
    by digits ("A-4")."""
    return _capitals_alone_re().findall(text).count(letter)


@lru_cache(maxsize=None)
def _capitals_alone_re() -> re.Pattern[str]:
    # One pattern for every capital: compiled once per process, not once per letter.
    return re.compile(r"(?<![\w'’\-./=<])([A-Z])(?!" + SPACED_WORD + r")(?![-_.]?\d)")


def _digits_shortly_after(stem: str, digits: str, text: str, source_text: str) -> bool:
    """`stem`, then up to two words, then `digits` as a number of their own, in `text` ("E 9" for
    "E9", "Menu statique 2" for "Static Menu2"), the translation having that number no fewer times
    than the source."""
    found = re.search(r"(?<!\w)" + re.escape(stem) + r"(?:\s+[^\W\d_]+){0,2}\s+0*" + re.escape(digits) + r"(?!\w|[.,]\d)",
                      text)
    return found is not None and _runs_of(digits, text) >= _runs_of(digits, source_text)


def _runs_of(digits: str, text: str) -> int:
    return sum(1 for run in _DIGITS.findall(text) if (run.lstrip("0") or "0") == digits)


def _stem_alone(stem: str, text: str) -> int:
    """How often `stem` stands in `text` as a word of its own, followed by a space, the end,
    punctuation or a letter of a script without spaces ("FILE と", "FILEの"), not by a digit, "-"
    or "_" ("UTF-8")."""
    count, index = 0, text.find(stem)
    while index >= 0:
        end = index + len(stem)
        after = text[end:end + 1]
        spaced_digits = after.isspace() and text[end:].lstrip()[:1].isdigit()  # "RFC 4648"
        if ((not index or not _WORD_CHARACTER.match(text[index - 1]) and text[index - 1] not in "-_./=<")
                and not spaced_digits and (not after or not _WORD_CHARACTER.match(after) and after not in "-_.")):
            count += 1
        index = text.find(stem, index + 1)
    return count


def _options_kept(literals_: list[Literal], other_text: str) -> list[Literal]:
    """Options are command syntax, never translated: "-0" or "--max-depth=0" must stand in the
    other text as written (its digits elsewhere, "byte 0", do not stand for it)."""
    lost = []
    for literal in literals_:
        if literal.kind != "option":
            continue
        # "--from-file=FILE1": the value is a placeholder the translator may translate ("DATEI1");
        # the name, and a value without letters ("--max-depth=0"), are not.
        name, _, value = literal.text.partition("=")
        written = literal.text if value and not any(character.isalpha() for character in value) else name
        if any(character.isdigit() for character in written) and not _occurrences(written, other_text, fold=False):
            lost.append(literal)
    return lost


_WORD_CHARACTER = re.compile(SPACED_WORD)


def _occurrences(token: str, text: str, fold: bool = True) -> int:
    """How many times `token` stands in `text` as a whole token (not inside a longer word, code
    or option). Searched with str.find: a regex built per token would cost its compilation."""
    if fold:
        token, text = token.casefold(), text.casefold()
    count, index = 0, text.find(token)
    while index >= 0:
        end = index + len(token)
        before = text[index - 1] if index else " "
        after = text[end] if end < len(text) else " "
        glued_after = after in "-." and end + 1 < len(text) and _WORD_CHARACTER.match(text[end + 1])
        # Inside a longer token joined by a sign ("A+0x" holds no "0x" of its own).
        glued_before = before in "+=#~|" and index >= 2 and _WORD_CHARACTER.match(text[index - 2])
        if not _WORD_CHARACTER.match(before) and before not in "-." and not _WORD_CHARACTER.match(after) \
                and not glued_after and not glued_before:
            count += 1
        index = text.find(token, index + 1)
    return count


_DIGITS = re.compile(r"\d+")


def _loose_tokens(literals_: list[Literal], both_texts: str) -> set[str]:
    """The codes whose mentions may be counted loosely: a translation repeats a code or names it
    once for two mentions ("ARG1 ... ARG1", "libxml2 ... the header files", a translated
    metavariable "MENGE2" for "ARRAY2" said once more). Not so when either text shows any of its
    codes without their digits ("ARG", "x%v" for "0x%v"): a mention may have lost them."""
    loose = set()
    folded = both_texts.casefold()
    for token in {literal.text.casefold() for literal in literals_}:
        stem = _DIGITS.split(token)[0].strip(_TRAILING) or _DIGITS.sub("", token).strip(_TRAILING)
        if sum(character.isalpha() for character in stem) < 2 or _stem_shown(stem, folded):
            return set()  # one code without its digits: every mention counts
        loose.add(token)
    return loose


def _stem_shown(stem: str, text: str) -> bool:
    """`stem` begins a word of `text` without a digit after it ("DATEI und", "DATEIund", "AMD-ISA"),
    nor a joint and a digit ("UTF-8", "ISO_8859": the code itself)."""
    index = text.find(stem)
    while index >= 0:
        end = index + len(stem)
        digit_at = end + 1 if text[end:end + 1] in ("-", "_", ".") else end
        if (not index or not _WORD_CHARACTER.match(text[index - 1])) and not text[digit_at:digit_at + 1].isdigit():
            return True
        index = text.find(stem, index + 1)
    return False


def _once_each(literals_: list[Literal], loose: set[str]) -> list[Literal]:
    """A loosely counted code needs its digits once, however often it is mentioned."""
    first_mention: dict[str, int] = {}
    kept = []
    for literal in literals_:
        key = literal.text.casefold()
        if key in loose and first_mention.setdefault(key, literal.start) != literal.start:
            continue
        kept.append(literal)
    return kept


def _written_in(literals_: list[Literal], other_text: str, loose: set[str] = frozenset()) -> list[bool]:
    """For each literal: its whole token stands in the other text (case aside), as many times as
    this text has it so far ("0x%v ... 0x%v" against "0x%v ... x%v" finds the first only), or at
    all for a loosely counted code."""
    mentions: dict[str, list[int]] = {}
    for literal in literals_:
        starts = mentions.setdefault(literal.text.casefold(), [])
        if literal.start not in starts:
            starts.append(literal.start)
    available = {token: _occurrences(token, other_text) for token in mentions}
    return [available[key] > 0 and (key in loose or mentions[key].index(literal.start) < available[key])
            for literal in literals_ for key in (literal.text.casefold(),)]


def _unmatched(literals_: list[Literal], other_runs: Counter[str]) -> list[Literal]:
    """The literals whose run the other text has fewer times than this text's literals have it.

    Counted against the literals only, not the whole text: translations repeat or drop a
    code's mention ("ARG1 ... ARG1" for "ARG1", "FILE1" for "file 1") far more often than
    they lose one occurrence of a run the other text still shows elsewhere."""
    need = Counter(literal.digits for literal in literals_)
    short = {digits: count - other_runs.get(digits, 0) for digits, count in need.items()
             if count > other_runs.get(digits, 0)}
    found = []
    for literal in reversed(literals_):  # the last ones of a repeated run are the extra ones
        if short.get(literal.digits, 0) > 0:
            short[literal.digits] -= 1
            found.append(literal)
    found.reverse()
    # One token reported once, for its first lost run ("Cortex-A53" -> "Cortex-A8").
    seen, unique = set(), []
    for literal in found:
        if (literal.start, literal.text) not in seen:
            seen.add((literal.start, literal.text))
            unique.append(literal)
    return unique


# A code the translation may say by its name instead: "COVID-19" is "新型コロナウイルス感染症" in Japanese.
_NAMES_OF_CODES = {"covid-19": re.compile(r"新型コロナ|コロナウイルス|コロナ禍")}


def _said_by_its_name(literal: Literal, text: str) -> bool:
    name = _NAMES_OF_CODES.get(literal.text.casefold())
    return name is not None and name.search(text) is not None


_ENGLISH_DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _spelled_out_in(literal: Literal, text: str) -> bool:
    """The code is the English words of the other text with their digits as digits: "1on1" for
    "one-on-one", "2in1" for "two-in-one"."""
    if not literal.text.isascii() or not re.fullmatch(r"[A-Za-z]*\d[A-Za-z\d]*", literal.text):
        return False
    spelled = _DIGITS_RE.sub(lambda run: "".join(_ENGLISH_DIGIT_WORDS[int(digit)] for digit in run.group()),
                             literal.text).casefold()
    return spelled in re.sub(r"[^a-z]", "", text.casefold())
