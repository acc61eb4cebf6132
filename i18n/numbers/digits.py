"""Numbers written with digits, read with the symbols of the text's locale.

A digit cluster ("262 000", "3,5", "1.234.567,89") is read in the locale's own convention. When it
is not valid there ("3.5" in French: a period is no French number symbol), it is read in the
first foreign convention where it is valid and marked foreign. A valid cluster that another
convention reads differently ("262,000" is 262 in French, 262000 in English) keeps that other
value as an alternative reading; the comparison uses it to tell a foreign-style number from a
changed one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from i18n.numbers.model import Number
from i18n.numbers.symbols import COMMON_CONVENTIONS, SPACE_GROUPS, Convention, LocaleSymbols

_SEPARATORS = ".,'\u2019\u00a0\u202f\u2009"
_SPLIT_RE = re.compile(r"(\D)")

_ORDINAL_SUFFIXES = {
    "en": {"st", "nd", "rd", "th"},
    "fr": {"e", "er", "re", "ère", "ème", "eme", "ieme", "ième", "è", "ᵉ", "ᵉʳ", "ʳᵉ", "nd", "nde"},
    "es": {"º", "ª", "o", "a", "er", "ro", "do", "to", "vo", "no", "mo"},
    "it": {"º", "ª", "o", "a"},
    "pt": {"º", "ª", "o", "a"},
    "nl": {"e", "ste", "de"},
    "ca": {"r", "n", "t", "è", "a", "º", "ª"},
}
_COMMON_ORDINAL_SUFFIXES = {"º", "ª", "ᵉ"}
# Units written glued to the number ("10km", "5GB", "2x"): the number is still a quantity.
_UNITS = frozenset(
    "k K M G T m km cm mm µm nm g kg mg µg t l L ml cl dl s ms µs ns min h d w y px pt em dp sp "
    "dpi ppi fps Hz kHz MHz GHz b B bit bits kb kB KB Kb MB Mb GB Gb TB PB KiB MiB GiB TiB "
    "ko Ko Mo Go To octets Kio Mio Gio V mV W kW mW kWh Wh A mA mAh x X × ° °C °F K".split()
)
_SCALES = {
    "en": {"thousand": 3, "million": 6, "millions": 6, "billion": 9, "billions": 9, "trillion": 12},
    "fr": {"mille": 3, "million": 6, "millions": 6, "milliard": 9, "milliards": 9, "billion": 12, "billions": 12},
    "de": {"tausend": 3, "million": 6, "millionen": 6, "mio.": 6, "milliarde": 9, "milliarden": 9, "mrd.": 9,
           "billion": 12, "billionen": 12},
    "es": {"mil": 3, "millón": 6, "millones": 6, "billón": 12, "billones": 12},
    "it": {"mila": 3, "mille": 3, "milione": 6, "milioni": 6, "miliardo": 9, "miliardi": 9},
    "pt": {"mil": 3, "milhão": 6, "milhões": 6, "milhao": 6, "milhoes": 6, "bilhão": 9, "bilhões": 9},
    "nl": {"duizend": 3, "miljoen": 6, "miljard": 9, "biljoen": 12},
}


_OPTION_RE = re.compile(r"(?<![\w-])--?[A-Za-z]")
_UNIT_AFTER_RE = re.compile(r"[\x20\u00a0\u202f]?(?:°|\u2030|%)")


@dataclass(frozen=True)
class DigitReading:
    number: Number
    foreign: bool  # not valid in the locale; value read in another convention
    alternatives: tuple[Decimal, ...]  # what other conventions read the same characters as
    cluster_end: int = 0  # where the digits end (before a percent sign, suffix or scale word)
    exponent: int = 0  # power of ten a scale word applied ("2,5 millions": 6)


def cluster_value(cluster: str, convention: Convention) -> Decimal | None:
    """The value of a digit cluster in one convention, or None when it is not valid there."""
    parts = _SPLIT_RE.split(cluster)
    chunks, separators = parts[0::2], parts[1::2]
    if not separators:
        return Decimal(cluster)
    decimal_count = separators.count(convention.decimal)
    if decimal_count > 1 or (decimal_count == 1 and separators[-1] != convention.decimal):
        return None
    integer_chunks = chunks[:-1] if decimal_count else chunks
    group_separators = separators[:-1] if decimal_count else separators
    if group_separators:
        if not all(separator in convention.groups for separator in group_separators):
            return None
        # A grouped number has 1-3 leading digits, never a leading zero ("0,127" is no 127).
        leading = integer_chunks[0]
        if not 1 <= len(leading) <= 3 or leading[0] == "0" or any(len(chunk) != 3 for chunk in integer_chunks[1:]):
            return None
    digits = "".join(integer_chunks)
    if decimal_count:
        digits += "." + chunks[-1]
    return Decimal(digits)


@lru_cache(maxsize=None)
def _cluster_re(spaced_groups: bool, signs: str, percent_signs: str) -> re.Pattern[str]:
    # A plain space groups digits only in locales that group with a space, and only before exactly
    # three digits ("262 000"); elsewhere "in 2012 300 people" is two numbers.
    space = r"|\x20(?=\d{3}(?!\d))" if spaced_groups else ""
    sign_characters = r"+\u2212\-" + re.escape(signs)
    return re.compile(
        # A match starts with a sign or a digit: said first, it lets re skip to those characters
        # (five times faster than trying the optional sign and the lookbehinds everywhere).
        r"(?=[" + sign_characters + r"\d])"
        # Signs: the locale's CLDR plus and minus, and the ASCII and U+2212 ones everyone types.
        r"(?P<sign>(?<![\w.,])[" + sign_characters + r"])?"
        # Not inside a word or a cluster; "5..8" and "32x32" still give both numbers.
        r"(?:(?<![\w.,])|(?<=\.\.)|(?<=\d[x×]))(?<!\d['\u2019])(?P<cluster>\d+(?:(?:[" + _SEPARATORS + r"]" + space + r")\d+)*)"
        r"(?:[\x20\u00a0\u202f\u2009]?(?P<percent>[%\u2030" + re.escape(percent_signs) + r"])"
        r"|(?P<suffix>[^\W\d_]+|°[CF]?)(?!\w)|(?=[x×]\d)"
        r"|(?![\w]))"
    )


@lru_cache(maxsize=None)
def _scale_re(language: str) -> re.Pattern[str] | None:
    scales = _SCALES.get(language)
    if not scales:
        return None
    words = "|".join(sorted((re.escape(word) for word in scales), key=len, reverse=True))
    return re.compile(r"[\x20\u00a0\u202f]+(?P<scale>" + words + r")(?!\w)", re.IGNORECASE)


def tidy(value: Decimal) -> Decimal:
    """2.5E+6 as 2500000: scaled values print as the integers they are."""
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value


def _kind(cluster: str, value: Decimal, has_decimals: bool) -> str:
    if has_decimals:
        return "decimal"
    if len(cluster) == 4 and cluster.isdigit() and 1000 <= value <= 2199:
        return "year"
    return "integer"


def _other_readings(cluster: str, conventions: tuple[Convention, ...]) -> list[tuple[Decimal, Convention]]:
    readings = []
    for convention in conventions:
        value = cluster_value(cluster, convention)
        if value is not None:
            readings.append((value, convention))
    return readings


@lru_cache(maxsize=None)
def _other_conventions(own: Convention, hint: Convention | None) -> tuple[Convention, ...]:
    first = (hint,) if hint is not None and hint != own else ()
    return first + tuple(convention for convention in COMMON_CONVENTIONS if convention not in (own, hint))


@lru_cache(maxsize=None)
def _ordinal_suffixes(language: str) -> frozenset[str]:
    return frozenset(_ORDINAL_SUFFIXES.get(language, set()) | _COMMON_ORDINAL_SUFFIXES)


def read_digits(
    masked: str, original: str, symbols: LocaleSymbols, hint: Convention | None = None
) -> tuple[DigitReading, ...]:
    """Every digit number of `masked` (non-quantities blanked out) read in `symbols`' locale.

    `hint` is the convention tried first for a number not valid in the locale (the source
    locale's, when comparing a translation with its source).
    """
    own = symbols.convention
    others = _other_conventions(own, hint)
    ordinal_suffixes = _ordinal_suffixes(symbols.language)
    scale_re = _scale_re(symbols.language)
    found: list[DigitReading] = []
    cluster_re = _cluster_re(
        bool(own.groups & SPACE_GROUPS), symbols.plus + symbols.minus, symbols.percent + symbols.permille
    )
    for match in cluster_re.finditer(masked):
        cluster = match.group("cluster")
        suffix = match.group("suffix")
        kind_override = None
        if suffix:
            if suffix in ordinal_suffixes or suffix.lower() in ordinal_suffixes:
                kind_override = "ordinal"
            elif suffix not in _UNITS:
                continue  # "3D", "1Ki", "9AM": codes and identifiers, not quantities
        pieces = [(cluster, match.start("cluster"))]
        value = cluster_value(cluster, own)
        foreign = False
        read_as = own
        alternatives: tuple[Decimal, ...] = ()
        if value is None:
            readings = _other_readings(cluster, others)
            if readings:
                (value, read_as), foreign = readings[0], True
                alternatives = tuple(reading for reading, _ in readings[1:] if reading != value)
            else:
                # A list ("1,2,3") or numbers that only a space joined: read each piece alone.
                pieces = [
                    (piece.group(), match.start("cluster") + piece.start())
                    for piece in re.finditer(r"\d+", cluster)
                ]
        elif len(cluster) > 1 and not cluster.isdigit():
            alternatives = tuple(
                dict.fromkeys(reading for reading, _ in _other_readings(cluster, others) if reading != value)
            )
        if len(pieces) > 1:
            for text, start in pieces:
                number = Number(Decimal(text), text, start, start + len(text), _kind(text, Decimal(text), False))
                found.append(DigitReading(number, False, (), number.end))
            continue
        start, end = match.start("cluster"), match.end("cluster")
        cluster_end = end
        exponent = 0
        sign = match.group("sign")
        if (sign == "-" and cluster.isdigit() and not match.group("percent")
                and not _UNIT_AFTER_RE.match(masked, end) and _OPTION_RE.search(original)):
            # In a text with command-line options, "-9" is one more option ("-0 ... -9",
            # "gzip -9 --best"); elsewhere it is a negative number, as CLDR writes it.
            continue
        if sign:
            start = match.start("sign")
            if sign != "+" and sign != symbols.plus:
                value = -value
                alternatives = tuple(-alternative for alternative in alternatives)
        has_decimals = read_as.decimal in cluster
        kind = kind_override or _kind(cluster, abs(value), has_decimals)
        percent = match.group("percent")
        if percent:
            kind = "permille" if percent == symbols.permille or percent == "\u2030" else "percent"
            end = match.end("percent")
        elif suffix and kind_override:
            end = match.end("suffix")
        elif scale_re is not None and not suffix:
            scale = scale_re.match(masked, end)
            if scale:
                exponent = _SCALES[symbols.language][scale.group("scale").lower()]
                value = tidy(value.scaleb(exponent))
                alternatives = tuple(tidy(alternative.scaleb(exponent)) for alternative in alternatives)
                kind = "scaled"
                end = scale.end()
        found.append(
            DigitReading(Number(value, original[start:end], start, end, kind), foreign, alternatives, cluster_end, exponent)
        )
    return tuple(found)
