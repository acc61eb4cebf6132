"""Codes whose letters or leading zeros changed: "QX7R2M" / "QX7R2N", "N700S" / "N700A", "14C" / "14A",
"A4" / "B4", "CLM-2024-08817" / "CLM-2024-8817". The digit runs of a code are compared by value
elsewhere (literals.py); here a code of capital letters and digits that the translation does not
keep is compared with the translation's code that differs from it by one character.

A translation keeps such codes as they are, or writes them in another script ("МР3", "14С" in
Cyrillic), which is never compared; the quarter codes ("Q3" / "T3") are said otherwise on purpose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from i18n.numbers.model import Literal, LiteralMismatch

# Capital letters and digits, both, at least two characters, hyphens inside: not "Covid-19", "x86",
# "1080p", "A320neo" (lower case), nor a quarter ("Q3").
# (Edges are ASCII: Japanese glues its particles to a code, "B4に".)
_CODE_RE = re.compile(r"(?<![A-Za-z0-9_\-.])(?=[A-Z0-9-]*[0-9])(?=[A-Z0-9-]*[A-Z])[A-Z0-9]+(?:-[A-Z0-9]+)*"
                      r"(?![A-Za-z0-9_\-]|\.[A-Za-z0-9])")
_QUARTER_RE = re.compile(r"Q[1-4]")


# A chemical formula names a substance, which a translation may name in words ("CO2" / "dioxyde de
# carbone", "CO₂" with a subscript) or by its formula where the source used words ("carbon price" /
# "CO2-Preis"): its digits are no number of the text.
_FORMULA_RE = re.compile(r"(?:CO2|CH4|N2O|SO2|NO2|H2O|NH3|SF6|O3|PM2[.,]5|PM10)(?:e|eq)?(?![0-9])")


def names_a_compound(token: str) -> bool:
    """`token` holds a chemical formula and no other digit: "CO2", "CO2-Preis", "MtCO2e", "PM2.5"."""
    return _FORMULA_RE.search(token) is not None and not any(map(str.isdigit, _FORMULA_RE.sub("", token)))


# A telephone number: groups of digits joined by spaces or hyphens, at least seven digits, an
# optional "+" and country code. Its digits are compared as written: "0321" is not "321".
# (An area code may stand in brackets, "+1 (800) 555-0199", first too, "(415) 555-0182", or be one
# digit, "+33 4 50 00 12 34".)
_PHONE_RE = re.compile(r"(?<![\w.,+-])(?:\+?\d{1,4}[\x20\u00a0-](?:\(\d{1,4}\)|\d{1,4})|\(\d{2,4}\)[\x20\u00a0]?\d{2,4})"
                       r"(?:[\x20\u00a0-](?:\(\d{2,4}\)|\d{2,4})){1,}(?![\w.,]?\d)")


def _phone_numbers(text: str) -> list[re.Match[str]]:
    return [match for match in _PHONE_RE.finditer(text) if sum(map(str.isdigit, match.group())) >= 7]


def phone_number_spans(text: str) -> list[tuple[int, int]]:
    """Where `text`'s telephone numbers stand ("(415) 555-0182"), whose groups are no range."""
    return [found.span() for found in _phone_numbers(text)]


@dataclass(frozen=True)
class PhoneNumbers:
    """The telephone numbers of a source and its translation, read once: those both write with the
    same digits, grouped alike or not ("0800 123 4567" / "08 00 12 34 567"), and those the
    translation writes with a zero lost or added at the head of a group ("+44 20 7946 0321" /
    "+44 20 7946 321"), which the digits compared by value miss."""

    same_in_source: tuple[Literal, ...]
    same_in_target: tuple[Literal, ...]
    redialled: tuple[LiteralMismatch, ...]


def compare_phone_numbers(source: str, target: str) -> PhoneNumbers:
    source_phones = {phone.digits: phone for phone in map(_phone, _phone_numbers(source))}
    target_list = [_phone(match) for match in _phone_numbers(target)]
    target_phones = {phone.digits: phone for phone in target_list}
    # A number dialled from abroad is the national one without its trunk zero: "+44 20 7946 0321" is
    # "020 7946 0321", "+33 4 50 00 12 34" is "04 50 00 12 34".
    for phone in target_list:
        if phone.digits not in source_phones:
            twin = next((other for other in source_phones.values() if _one_number(phone, other)), None)
            if twin is not None:
                source_phones[phone.digits] = twin
    same = [phone for phone in target_list if phone.digits in source_phones]
    redialled = []
    for digits, phone in source_phones.items():
        if digits in target_phones:
            continue
        other = next((candidate for key, candidate in target_phones.items()
                      if key != digits and key.replace("0", "") == digits.replace("0", "") and key[:3] == digits[:3]),
                     None)
        if other is not None:
            redialled.append(LiteralMismatch(phone, other))
    return PhoneNumbers(tuple(source_phones[phone.digits] for phone in same), tuple(same), tuple(redialled))


def _one_number(one: Literal, other: Literal) -> bool:
    """The same number, one written for dialling from abroad ("+CC ...") and the other at home ("0...")."""
    abroad, home = (one, other) if one.text.startswith("+") else (other, one)
    return (abroad.text.startswith("+") and home.digits.startswith("0") and not home.text.startswith("+")
            and any(abroad.digits[length:] == home.digits[1:] for length in (1, 2, 3)))


def _phone(match: re.Match[str]) -> Literal:
    return Literal(match.group(), _digits(match.group()), match.start(), match.end(), "code")


def _digits(text: str) -> str:
    return "".join(filter(str.isdigit, text))


def may_hold_a_code(text: str) -> bool:
    """The cheap test of a source."""
    return _CODE_RE.search(text) is not None


def _one_apart(one: str, other: str) -> bool:
    """One character replaced, dropped or added."""
    if abs(len(one) - len(other)) > 1 or one == other:
        return False
    if len(one) == len(other):
        return sum(a != b for a, b in zip(one, other)) == 1
    short, long = sorted((one, other), key=len)
    return any(long[:index] + long[index + 1:] == short for index in range(len(long)))


_WORD_IN_CAPITALS_RE = re.compile(r"[A-Z]{4,}")


def _compared(code: str) -> bool:
    """A code, not a quarter ("Q3") nor a word in capitals with a number ("COMMANDS-2", "CHAR1"), which
    translators translate."""
    return _QUARTER_RE.fullmatch(code) is None and _WORD_IN_CAPITALS_RE.search(code) is None


def codes_changed(source: str, target: str) -> tuple[LiteralMismatch, ...]:
    """The source's codes the translation writes one character apart, each with that other code
    (a hyphen added or dropped is the same code: "UTF8" / "UTF-8", "SHA1" / "SHA-1")."""
    target_codes = [match for match in _CODE_RE.finditer(target)]
    if not target_codes:
        return ()
    kept = {match.group().replace("-", "") for match in target_codes}
    found = []
    for match in _CODE_RE.finditer(source):
        code = match.group()
        if code.replace("-", "") in kept or not _compared(code) or code in target:
            continue
        other = next((candidate for candidate in target_codes
                      if _one_apart(code.replace("-", ""), candidate.group().replace("-", ""))
                      and candidate.group() not in source), None)
        if other is not None:
            found.append(LiteralMismatch(Literal(code, code, match.start(), match.end(), "identifier"),
                                         Literal(other.group(), other.group(), other.start(), other.end(), "identifier")))
    return tuple(found)


# A ratio of two parts: "3:1", "9 : 1", "1∶10" (no clock time: its minutes have two digits, and a
# ratio's reversal is what is looked for).
# ("2:1", and Japanese "2対1".)
# (Japanese writes the colon full width too: "4：3".)
_RATIO_RE = re.compile(r"(?<![\d:.,])(\d{1,3})[\x20\u00a0\u202f]?[:∶：対][\x20\u00a0\u202f]?(\d{1,3})(?![\d:：]|[.,]\d)")


def may_state_a_ratio(text: str) -> bool:
    """The cheap test: a colon between digits."""
    return (":" in text or "∶" in text or "対" in text) and _RATIO_RE.search(text) is not None


def ratios_reversed(source: str, target: str) -> tuple[LiteralMismatch, ...]:
    """The source's ratios the translation writes the other way round ("3:1" / "1:3"), where it does
    not also write them as the source does."""
    target_ratios = [(match.group(1).lstrip("0"), match.group(2).lstrip("0"), match)
                     for match in _RATIO_RE.finditer(target)]
    reversed_ratios = []
    for match in _RATIO_RE.finditer(source):
        first, second = match.group(1).lstrip("0"), match.group(2).lstrip("0")
        if first == second:
            continue
        same = next((ratio for ratio in target_ratios if ratio[:2] == (first, second)), None)
        if same is not None:
            target_ratios.remove(same)
            continue
        other = next((ratio for ratio in target_ratios if ratio[:2] == (second, first)), None)
        if other is not None:
            target_ratios.remove(other)
            reversed_ratios.append(LiteralMismatch(
                Literal(match.group(), f"{first}:{second}", match.start(), match.end(), "ratio"),
                Literal(other[2].group(), f"{second}:{first}", other[2].start(), other[2].end(), "ratio")))
    return tuple(reversed_ratios)


# A fraction in digits, "3/4" (not a part of a date, "3/4/2024", or a path).
_FRACTION_RE = re.compile(r"(?<![\d/.,:])(\d{1,2})/(\d{1,2})(?![\d/:]|[.,]\d)")


def fractions_inverted(source: str, target: str) -> tuple[LiteralMismatch, ...]:
    """The source's fractions below one ("3/4") the translation writes upside down ("4/3") and never as
    the source does. A date ("on 3/4" / "le 4/3") is the caller's to tell apart."""
    target_fractions = [(match.group(1).lstrip("0"), match.group(2).lstrip("0"), match)
                        for match in _FRACTION_RE.finditer(target)]
    inverted = []
    for match in _FRACTION_RE.finditer(source):
        top, bottom = match.group(1).lstrip("0"), match.group(2).lstrip("0")
        if not top or not bottom or int(top) >= int(bottom) or any(
                fraction[:2] == (top, bottom) for fraction in target_fractions):
            continue
        other = next((fraction for fraction in target_fractions if fraction[:2] == (bottom, top)), None)
        if other is not None:
            inverted.append(LiteralMismatch(
                Literal(match.group(), f"{top}/{bottom}", match.start(), match.end(), "fraction"),
                Literal(other[2].group(), f"{bottom}/{top}", other[2].start(), other[2].end(), "fraction")))
    return tuple(inverted)


# A battery's size, which Japanese names by a number: 単1 is D (LR20), 単2 C, 単3 AA, 単4 AAA, 単5 N (LR1).
_BATTERY_SIZES = {digits: re.compile(rf"\b(?:{names})\b") for digits, names in (
    ("1", "D|LR20"), ("2", "C|LR14"), ("3", "AA|LR6"), ("4", "AAA|LR03"), ("5", "N|LR1"))}


def names_a_battery_size(text: str, start: int, digits: str, source: str) -> bool:
    """The digits at `start` of a Japanese `text` name the battery size that `source` names ("単4" / "AAA")."""
    size = _BATTERY_SIZES.get(digits)
    return size is not None and start > 0 and text[start - 1] == "単" and size.search(source) is not None


# A numbered section of a text ("Section 4.2", "clause 12.3", "§ 5.1"), which Japanese and Chinese
# law and terms say by its parts: "第4条第2項", "4条2項", "第5章第1節".
_SECTION_RE = re.compile(r"(?i)(?:\b(?:sections?|clauses?|articles?|art\.|sec\.|paragraphs?|para\.|chapters?|rules?|parts?)"
                         r"|§)[\x20\u00a0]*(?P<n>\d+)\.(?P<m>\d+)(?![.\d])")
_SECTION_IN_PARTS_RE = re.compile(r"第?(?P<n>\d+)(?:条|章|節|部|編)の?第?(?P<m>\d+)(?:項|節|号|条|款)")


def sections_said_in_parts(source: str, target: str) -> str:
    """`target` with each numbered section of the source that it says by its parts ("Section 4.2" /
    "第4条第2項") written as the source's number ("第4.2項"), so the two compare as one."""
    sections = {(found["n"], found["m"]) for found in _SECTION_RE.finditer(source)}
    if not sections:
        return target

    def joined(found: re.Match[str]) -> str:
        if (found["n"], found["m"]) not in sections:
            return found.group()
        return found.group()[:found.start("n") - found.start()] + f"{found['n']}.{found['m']}" + found.group()[
            found.end("m") - found.start():]

    return _SECTION_IN_PARTS_RE.sub(joined, target)


# An offset from UTC: "UTC-5", "GMT+3", "UTC−05:00", "(-05:00)". Its sign says which side of
# Greenwich: "+05:00" for "-05:00" is another time zone.
_UTC_OFFSET_RE = re.compile(r"(?:(?<![A-Za-z])(?:UTC|GMT)\s?(?P<sign>[+\-\u2212])(?P<hours>\d{1,2}(?::\d\d)?)"
                            r"|(?<![\w:.+\-\u2212])(?P<bare_sign>[+\-\u2212])(?P<bare_hours>\d\d:\d\d)(?![\d:]))")


def may_state_an_offset(text: str) -> bool:
    """The cheap test: `text` may hold an offset from UTC."""
    return ("UTC" in text or "GMT" in text or ":" in text) and _UTC_OFFSET_RE.search(text) is not None


def _offsets(text: str) -> list[tuple[str, str, re.Match[str]]]:
    found = []
    for match in _UTC_OFFSET_RE.finditer(text):
        sign = (match.group("sign") or match.group("bare_sign")).replace("\u2212", "-")
        found.append((sign, match.group("hours") or match.group("bare_hours"), match))
    return found


def offsets_flipped(source: str, target: str) -> tuple[LiteralMismatch, ...]:
    """The source's offsets from UTC that the translation writes with the other sign ("UTC-05:00" /
    "UTC+05:00"), where it writes none with the source's."""
    target_offsets = _offsets(target)
    flipped = []
    for sign, hours, match in _offsets(source):
        same_hours = [(other_sign, other) for other_sign, other_hours, other in target_offsets if other_hours == hours]
        if same_hours and all(other_sign != sign for other_sign, _ in same_hours):
            other = same_hours[0][1]
            flipped.append(LiteralMismatch(Literal(match.group(), sign + hours, match.start(), match.end(), "time"),
                                           Literal(other.group(), same_hours[0][0] + hours, other.start(), other.end(),
                                                   "time")))
    return tuple(flipped)
