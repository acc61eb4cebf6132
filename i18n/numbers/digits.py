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

from i18n.numbers.anchors import ignorecase_key
from i18n.numbers.masking import SPACED_WORD
from i18n.numbers.model import Number
from i18n.numbers.symbols import ARABIC_DECIMAL, COMMON_CONVENTIONS, SPACE_GROUPS, Convention, LocaleSymbols
from i18n.numbers.words import JAPANESE_UNITS

_SEPARATORS = ".,'\u2019\u02bc\u066c\u066b\u00a0\u202f\u2009"
_SPLIT_RE = re.compile(r"(\D)")

_ORDINAL_SUFFIXES = {
    "en": {"st", "nd", "rd", "th"},
    "fr": {"e", "er", "re", "ère", "ème", "eme", "ieme", "ième", "è", "ᵉ", "ᵉʳ", "ʳᵉ", "nd", "nde", "de"},
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
    "ko Ko Mo Go To octets Kio Mio Gio V mV W kW mW kWh Wh A mA mAh x X × ° °C °F K rpm ppm mL µL μL "
    "ha m² m2 km² km2 m³ m3 mph psi hPa lb lbs oz MW GW MWh GWh TWh bps kbps Kbps Mbps Gbps Tbps "
    "bar mbar Pa kPa MPa GPa N kN MN J kJ MJ cal kcal dB lx lm sec hr hrs cc ccm cm² cm2 mm² mm2 cm³ cm3 ng pg "
    "bpm mmHg ft yd mi gal Ah VA kVA Wp kWp hp PS lux nits THz ft² ft2 sqm sqft MP Mpx hl hL EV "
    "dBm dBi dBA dBW dBFS kbit Mbit Gbit Tbit".split()
)
_SCALES = {
    # ("$19bn", "£1.2tn": the press's short scales.)
    "en": {"thousand": 3, "million": 6, "millions": 6, "billion": 9, "billions": 9, "trillion": 12, "bn": 9, "tn": 12,
           # ("its 10 millionth stroke" / "累計1,000万ストローク".)
           "thousandth": 3, "millionth": 6, "billionth": 9},
    "fr": {"mille": 3, "million": 6, "millions": 6, "milliard": 9, "milliards": 9, "billion": 12, "billions": 12,
           "millième": 3, "millionième": 6},
    "de": {"tausend": 3, "tsd.": 3, "million": 6, "millionen": 6, "mio.": 6, "milliarde": 9, "milliarden": 9, "mrd.": 9,
           "billion": 12, "billionen": 12,
           **{f"{stem}{ending}": exponent for stem, exponent in (("tausendst", 3), ("millionst", 6))
              for ending in ("e", "en", "er", "es", "em")}},
    "es": {"mil": 3, "millón": 6, "millones": 6, "billón": 12, "billones": 12, "milésimo": 3, "milésima": 3,
           "millonésimo": 6, "millonésima": 6},
    "it": {"mila": 3, "mille": 3, "milione": 6, "milioni": 6, "miliardo": 9, "miliardi": 9},
    "pt": {"mil": 3, "milhão": 6, "milhões": 6, "milhao": 6, "milhoes": 6, "bilhão": 9, "bilhões": 9},
    "nl": {"duizend": 3, "miljoen": 6, "miljard": 9, "biljoen": 12},
    # (CLDR gives Russian's nominative and genitive forms; these are the other cases: "в 51 тысячу".)
    "ru": {**{f"тысяч{ending}": 3 for ending in ("у", "е", "ей", "ам", "ами", "ах")},
           **{f"{stem}{ending}": exponent for stem, exponent in (("миллион", 6), ("миллиард", 9), ("триллион", 12))
              for ending in ("у", "ом", "е", "ам", "ами", "ах")},
           # ("500-тысячный гость": the 500,000th guest.)
           **{f"{stem}{ending}": exponent for stem, exponent in (("тысячн", 3), ("миллионн", 6), ("миллиардн", 9))
              for ending in ("ый", "ая", "ое", "ые", "ого", "ой", "ую", "ом", "ому", "ых", "ым", "ыми")}},
}


# "£240m", "$5m": right after a currency sign, the English press writes a million "m" (else metres).
_CURRENCY_SIGNS = "$£€¥"
_MONEY_MILLION_RE = re.compile(r"(?P<sign>m)(?![^\W\d_])")
_MILLION = (6, True)
_MONEY_IN_MILLIONS_RE = re.compile("[" + re.escape(_CURRENCY_SIGNS) + r"]\d[\d.,]*m(?![^\W\d_])")

# Pence glued to their amount ("53.35p", "7.5p", "50p"); not a video's lines ("1080p", "720p").
_PENCE_RE = re.compile(r"\d{1,2}(?:\.\d\d?)?p")
_OPTION_RE = re.compile(r"(?<![\w-])--?[A-Za-z]")
_UNIT_AFTER_RE = re.compile(r"[\x20\u00a0\u202f]?(?:°|\u2030|%)")


@dataclass(frozen=True)
class DigitReading:
    number: Number
    foreign: bool  # not valid in the locale; value read in another convention
    alternatives: tuple[Decimal, ...]  # what other conventions read the same characters as
    cluster_end: int = 0  # where the digits end (before a percent sign, suffix or scale word)
    exponent: int = 0  # power of ten a scale word applied ("2,5 millions": 6)


_DIGIT_CLUSTER_RE = re.compile(r"\d+(?:\D\d+)*")


def grouped_as_its_convention(written: str, convention: Convention) -> bool:
    """Whether the digits of `written` are grouped as `convention` groups them, with no decimals ("3,500"
    in English): its other conventions' readings (3.5) say no more than a slip would."""
    cluster = _DIGIT_CLUSTER_RE.search(written)
    if cluster is None:
        return False
    separators = set(_SPLIT_RE.split(cluster.group())[1::2])
    return (bool(separators) and convention.decimal not in separators
            and cluster_value(cluster.group(), convention) is not None)


def cluster_value(cluster: str, convention: Convention) -> Decimal | None:
    """The value of a digit cluster in one convention, or None when it is not valid there."""
    parts = _SPLIT_RE.split(cluster)
    chunks, separators = parts[0::2], parts[1::2]
    if not separators:
        return Decimal(cluster)
    if ARABIC_DECIMAL in separators:
        separators = [convention.decimal if separator == ARABIC_DECIMAL else separator for separator in separators]
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
        last, other = convention.grouping
        if len(integer_chunks) == 2:
            other = last
        if (not 1 <= len(leading) <= other or leading[0] == "0" or len(integer_chunks[-1]) != last
                or any(len(chunk) != other for chunk in integer_chunks[1:-1])):
            return None
    digits = "".join(integer_chunks)
    if decimal_count:
        digits += "." + chunks[-1]
    return Decimal(digits)


@lru_cache(maxsize=None)
def _cluster_re(spaced_groups: bool, signs: str, percent_signs: str, percent_first: bool = False,
                own_separators: str = "") -> re.Pattern[str]:
    # A plain space groups digits only in locales that group with a space, and only before exactly
    # three digits ("262 000"); elsewhere "in 2012 300 people" is two numbers.
    space = r"|\x20(?=\d{3}(?!\d))" if spaced_groups else ""
    sign_characters = r"+\u2212\-" + re.escape(signs)
    other_signs = r"+\u2212" + re.escape(signs.replace("-", ""))
    return re.compile(
        # A match starts with a sign or a digit: said first, it lets re skip to those characters
        # (five times faster than trying the optional sign and the lookbehinds everywhere).
        r"(?=[\u2013" + sign_characters + (r"%\u2030" + re.escape(percent_signs) if percent_first else "") + r"\d])"
        # "%50" in Turkish, Basque...: the percent sign first, as CLDR writes it there.
        + (r"(?:(?<!\w)(?P<prepercent>[%\u2030" + re.escape(percent_signs) + r"])[\x20\u00a0\u202f]?)?" if percent_first else "")
        # Signs: the locale's CLDR plus and minus, and the ASCII and U+2212 ones everyone types.
        # A hyphen is a minus sign only after no letter of any script ("計算単位-17" is a name's
        # hyphen), except a hiragana particle ("デフォルトは-1"); U+2212 and the locale's own minus
        # keep the spaced-script rule. After "+" or "+/" it is half of a plus-minus ("5.2+-0.2").
        # An en dash glued to a temperature is its minus ("inferiores a –5 °C"), not a range's dash.
        # (Japanese's full-width minus, read as a hyphen, glued to a kanji before a temperature: "外気温－7℃";
        # any other sign glued to katakana or a kanji is an operator: "医療費−267,000円" subtracts.)
        + r"(?P<sign>(?:(?<![\w.,+])(?<!\+/)|(?<=[\u3041-\u309f])|(?<=[\u4e00-\u9fff])(?=-\d[\d.,]*(?:℃|°)))-|(?<!" + SPACED_WORD + r")(?<![.,])"
        r"(?:(?<![\u30a0-\u30ff\u4e00-\u9fff])|(?=.\d[\d.,]*(?:℃|°)))[" + other_signs + r"]"
        r"|(?<![\w.,])(?<!\d[\x20\u00a0])\u2013(?=\d[\d.,]*[\x20\u00a0\u202f]?(?:°|℃)))?"
        # Not inside a word or a cluster; "5..8" and "32x32" still give both numbers.
        r"(?:(?<!" + SPACED_WORD + r")(?<![.,])|(?<=\.\.)|(?<=\d[x×]))(?<!\d['\u2019\u02bc])(?P<cluster>\d+(?:(?:[" + _SEPARATORS + re.escape(own_separators) + r"]" + space + r")\d+)*)"
        # (German's percent by volume or weight: "5 Vol.-%", "3 Gew.-%".)
        r"(?:[\x20\u00a0\u202f\u2009]?(?:(?:Vol|Gew|Masse|Mol)\.?-)?(?P<percent>[%\u2030" + re.escape(percent_signs) + r"])"
        # (Japanese glues a Latin unit to the number and a particle to the unit: "200mgを", "3,500rpmで";
        # 割, tenths, is glued to whatever follows: "9割が約80℃".)
        r"|(?P<suffix>割|[A-Za-z]+[²³]?(?=[\u3040-\u30ff\u4e00-\u9fff])|(?:[^\W\d_]+[²³]?|°[CF]?)(?!\w))|(?=[x×]\d)"
        r"|(?=[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff])"
        r"|(?![\w]))"
    )


_RUSSIAN_ABBREVIATIONS = {"тыс.": 3, "тыс": 3, "млн": 6, "млн.": 6, "млрд": 9, "млрд.": 9, "трлн": 12}
_BIDI_MARKS = "\u200e\u200f\u061c\u200b"


def is_cjk(character: str) -> bool:
    """Chinese, Japanese, Korean: no spaces between words, scale signs (万, 億, 만) glued to digits."""
    return "\u2e80" <= character <= "\u9fff" or "\uac00" <= character <= "\ud7af" or "\uf900" <= character <= "\ufaff"


@lru_cache(maxsize=None)
def compact_scales(locale: str) -> dict[str, tuple[int, bool]]:
    """Scale words and signs after a number in `locale` -> (power of ten, is a short sign).

    Read from CLDR's compact decimal formats through Babel ("0 k", "00 M", "0 Mio'.'", "0000万",
    "0 тысяч", "0 millions") for every locale, and from the project's list of scale words.
    """
    from babel import Locale

    scales: dict[str, tuple[int, bool]] = {}
    language = locale.split("_")[0]
    for word, exponent in _SCALES.get(language, {}).items():
        scales[word] = (exponent, False)
    if language == "ru":
        scales.update((word, (exponent, True)) for word, exponent in _RUSSIAN_ABBREVIATIONS.items())
    try:
        formats = Locale.parse(locale).compact_decimal_formats
    except Exception:  # an unknown locale has no compact formats
        return scales
    for style in ("short", "long"):
        for by_plural in formats.get(style, {}).values():
            for magnitude, pattern in by_plural.items():
                text = pattern.pattern.split(";")[0].replace("'", "").strip(_BIDI_MARKS)
                match = re.fullmatch(r"(0+)[\x20\u00a0\u202f]?(.+)", text)
                if match is None or any(character.isdigit() for character in match.group(2)):
                    continue  # a sign before the number, or no scale at all ("0")
                suffix = match.group(2).strip(" " + _BIDI_MARKS)
                exponent = len(magnitude) - 1 - (len(match.group(1)) - 1)
                short = len(suffix) <= 4 or is_cjk(suffix[0])
                key = suffix if short else suffix.lower()
                scales.setdefault(key, (exponent, short))
    return scales


@lru_cache(maxsize=None)
def is_a_scale_word(word: str, locale: str) -> bool:
    """`word` is one of `locale`'s scale words ("mil", "тысяч"), not a short sign ("K", "M") that may
    be a unit too."""
    scale = compact_scales(locale).get(ignorecase_key(word))
    return scale is not None and not scale[1]


@lru_cache(maxsize=None)
def _scale_re(locale: str) -> re.Pattern[str] | None:
    scales = compact_scales(locale)
    if not scales:
        return None
    words = sorted((word for word, (_, short) in scales.items() if not short), key=len, reverse=True)
    signs = sorted((word for word, (_, short) in scales.items() if short), key=len, reverse=True)
    cjk = [sign for sign in signs if is_cjk(sign[0])]
    signs = [sign for sign in signs if not is_cjk(sign[0])]
    alternatives = []
    if words:
        # ("a 2.8-billion-kilometre journey": a hyphen may join the scale word too.)
        alternatives.append(r"(?:[\x20\u00a0\u202f]*|-)(?P<word>(?i:" + "|".join(map(re.escape, words)) + r"))(?!\w)")
    if signs:
        # "262 k", "2.5M", "3 Mio.", "40 тыс.": case counts ("5 m" is five metres).
        alternatives.append(r"[\x20\u00a0\u202f]?(?P<sign>" + "|".join(map(re.escape, signs)) + r")(?![^\W\d_])")
    if cjk:
        # "230万", and "230 万" as Japanese software writes it, a space after the digits.
        alternatives.append(r"[\x20\u00a0]?(?P<cjk>" + "|".join(map(re.escape, cjk)) + r")")
    return re.compile("|".join(alternatives))


def may_scale_a_number(text: str, locale: str) -> bool:
    """The cheap test: a scale word or sign of `locale` follows a digit ("2 million", "4,2 Mrd.", "320万")."""
    scale_re = _scale_after_a_digit_re(locale)
    return scale_re is not None and (scale_re.search(text) is not None
                                     or (locale.split("_")[0] == "en" and _MONEY_IN_MILLIONS_RE.search(text) is not None))


@lru_cache(maxsize=None)
def _scale_after_a_digit_re(locale: str) -> re.Pattern[str] | None:
    scale_re = _scale_re(locale)
    return None if scale_re is None else re.compile(r"\d(?:" + scale_re.pattern + ")")


_CJK_REST_RE = re.compile(r"(?:\d[,，]\d{3}|\d{1,4})(?:\.\d+)?(?![\d,.])")  # 1万4000, 3万8,000, 1万8432.56
# The units below 万 a CJK number may write after its digits, as powers of ten: 1万2千 is 12,000.
_KANJI_UNITS = {unit: len(str(value)) - 1 for unit, value in JAPANESE_UNITS.items()}


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


@lru_cache(maxsize=None)
def _percent_first(locale: str) -> bool:
    from babel import Locale

    try:
        pattern = Locale.parse(locale).percent_formats[None].pattern
    except Exception:  # an unknown locale writes percents as English does
        return False
    return pattern.strip(_BIDI_MARKS).startswith("%")


_INTERVAL_RE = re.compile(r"\d+,\d+")


def _in_brackets(text: str, match: re.Match[str]) -> bool:
    start, end = match.start(), match.end("cluster")
    return start > 0 and end < len(text) and text[start - 1] + text[end] in ("[]", "{}", "[)", "(]", "[[", "]]", "][")


@lru_cache(maxsize=None)
def _reading_setup(symbols: LocaleSymbols) -> tuple[re.Pattern[str], re.Pattern[str] | None,
                                                   dict[str, tuple[int, bool]], frozenset[str]]:
    """What reading a locale's digits needs, worked out once per locale."""
    own = symbols.convention
    cluster_re = _cluster_re(
        bool(own.groups & SPACE_GROUPS), symbols.plus + symbols.minus, symbols.percent + symbols.permille,
        _percent_first(symbols.locale),
        "".join(sorted(set(own.groups | {own.decimal}) - set(_SEPARATORS) - SPACE_GROUPS)),
    )
    return cluster_re, _scale_re(symbols.locale), compact_scales(symbols.locale), _ordinal_suffixes(symbols.language)


def warm(symbols: LocaleSymbols, hint: Convention | None = None) -> None:
    """Build what reading `symbols`' digits builds on first use (see compare.warm)."""
    _reading_setup(symbols)
    _other_conventions(symbols.convention, hint)
    _scale_after_a_digit_re(symbols.locale)


_TENTHS_RANGE_END_RE = re.compile(r"[〜～~\-–][\x20\u00a0]?\d{1,2}[\x20\u00a0]?割")
# The hundredths after tenths: "2割5分" is 25 %.
_TENTHS_AND_HUNDREDTHS_RE = re.compile(r"([1-9])分(?![0-9０-９秒])")


# Japan's eras and the common-era year each began in: "昭和62年" is 1987, "令和5年" 2023.
_JAPANESE_ERAS = {"明治": 1868, "大正": 1912, "昭和": 1926, "平成": 1989, "令和": 2019}


_KANJI_PAIR_RE = re.compile(r"[\u4e00-\u9fff]{2}")
_COMMON_ERA_IN_BRACKETS_RE = re.compile(r"[（(]([12]\d{3})年?[）)]")


def _said_with_kanji(masked: str, original: str, start: int, end: int) -> DigitReading | None:
    """The value of `masked[start:end]` with the kanji around it, or None: a Japanese era's year
    ("昭和62年" is 1987) or a floor below ground ("地下2階" is level -2)."""
    before, after, digits = original[max(0, start - 2):start], masked[end:end + 1], masked[start:end]
    if not digits.isdigit():
        return None
    if before in _JAPANESE_ERAS and after == "年":
        value, kind = Decimal(_JAPANESE_ERAS[before] + int(digits) - 1), "year"
    elif after == "年" and _KANJI_PAIR_RE.fullmatch(before) and (
            glossed := _COMMON_ERA_IN_BRACKETS_RE.match(original, end + 1)) is not None:
        # An older era's year with its common-era year beside it: "寛永10年（1633年）" is 1633.
        value, kind = Decimal(glossed.group(1)), "year"
    elif before == "地下" and after == "階" and not _A_COUNT_OF_FLOORS_RE.match(original, end + 1) and (
            _FLOORS_ABOVE_BEFORE_RE.search(original, max(0, start - 12), start - 2) is None):
        value, kind = -Decimal(digits), "integer"
    else:
        return None
    return DigitReading(Number(value, original[start - 2:end + 1], start - 2, end + 1, kind), False, (), end)


# A building's floors below ground are counted: "地上38階・地下4階建て" (4 basement levels).
_A_COUNT_OF_FLOORS_RE = re.compile(r"建")
_FLOORS_ABOVE_BEFORE_RE = re.compile(r"地上\d+階[・、]?$")


def read_digits(
    masked: str, original: str, symbols: LocaleSymbols, hint: Convention | None = None
) -> tuple[DigitReading, ...]:
    """Every digit number of `masked` (non-quantities blanked out) read in `symbols`' locale.

    `hint` is the convention tried first for a number not valid in the locale (the source
    locale's, when comparing a translation with its source).
    """
    own = symbols.convention
    others = _other_conventions(own, hint)
    cluster_re, scale_re, scales, ordinal_suffixes = _reading_setup(symbols)
    found: list[DigitReading] = []
    consumed = 0
    for match in cluster_re.finditer(masked):
        if match.start() < consumed:
            continue
        cluster = match.group("cluster")
        if symbols.language == "ja":
            said_with_kanji = _said_with_kanji(masked, original, match.start("cluster"), match.end("cluster"))
            if said_with_kanji is not None:
                found.append(said_with_kanji)
                continue
        suffix = match.group("suffix")
        kind_override = None
        scale = None
        following = masked[match.end("cluster"):match.end("cluster") + 1]
        if scale_re is not None and following and (following in " \u00a0\u202f-" or following.isalpha()) \
                and not match.group("percent"):
            scale = scale_re.match(masked, match.end("cluster"))
        if (scale is None and following == "m" and symbols.language == "en" and match.start("cluster")
                and masked[match.start("cluster") - 1] in _CURRENCY_SIGNS):
            scale = _MONEY_MILLION_RE.match(masked, match.end("cluster"))
        tenths_end = None
        if suffix and scale is None and suffix[0] == "割":
            tenths_end = match.start("suffix") + 1
        elif not suffix and scale is None and masked[match.end():match.end() + 2] in (" 割", "\u00a0割"):
            tenths_end = match.end() + 2  # "8 割", spaced as Japanese software writes it
        elif not suffix and scale is None and _TENTHS_RANGE_END_RE.match(masked, match.end()) is not None:
            tenths_end = match.end()  # "5〜9割": the start of a range of tenths
        if tenths_end is not None:
            kind_override = "percent"  # 9割: nine tenths
        elif suffix and scale is None:
            if suffix in ordinal_suffixes or suffix.lower() in ordinal_suffixes:
                kind_override = "ordinal"
            elif (suffix not in _UNITS and not is_cjk(suffix[0]) and not _PENCE_RE.fullmatch(match.group())
                  and not (suffix == "er" and symbols.language == "de")):
                continue  # "3D", "1Ki", "9AM": codes and identifiers, not quantities ("400er-Körnung" is 400)
        pieces = [(cluster, match.start("cluster"))]
        # "[1,16]", "{2,5}": an interval or a repeat count, two numbers in any locale.
        interval = "," in cluster and _INTERVAL_RE.fullmatch(cluster) is not None and _in_brackets(masked, match)
        value = None if interval else cluster_value(cluster, own)
        foreign = False
        read_as = own
        alternatives: tuple[Decimal, ...] = ()
        if value is None:
            readings = () if interval else _other_readings(cluster, others)
            if readings:
                (value, read_as), foreign = readings[0], True
                alternatives = tuple(reading for reading, _ in readings[1:] if reading != value)
            if value is None:
                # A list ("1,2,3"), an interval ("[1,16]") or numbers that only a space joined:
                # read each piece alone.
                pieces = [
                    (piece.group(), match.start() + piece.start())
                    for piece in re.finditer(r"-?\d+", masked[match.start():match.end("cluster")])
                ]
        elif len(cluster) > 1 and not cluster.isdigit() and _may_be_grouped_otherwise(cluster, value):
            # A whole number grouped as its locale groups ("209,000") is no decimal with a zero
            # fraction in another locale (209): nobody writes 209 so. ("100.000" in an English
            # text, read 100, may still be 100000.)
            alternatives = tuple(
                dict.fromkeys(reading for reading, _ in _other_readings(cluster, others) if reading != value
                              and not (reading < value and _whole(reading) and _whole(value)))
            )
        if len(pieces) > 1:
            for text, start in pieces:
                number = Number(Decimal(text), original[start:start + len(text)], start, start + len(text),
                                _kind(text, Decimal(text), False))
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
        before_sign = masked[:match.start("sign")]
        if sign and sign != "+" and len(cluster) == 4 and _kind(cluster, value, False) == "year" and (
                before_sign.strip() and not before_sign[-1:].isdigit()):
            # "(-1453)": up to the year 1453; "1939 -1945": a range. (A text that starts with it,
            # "-1000", says a negative number, as CLDR writes one.)
            sign = None
        elif (sign == "-" and cluster.isdigit() and len(cluster) >= 3 and match.start("sign") > 0
              and masked[match.start("sign") - 1] == "(" and masked[end:end + 1] == ")"):
            sign = None  # "Irish, Old (-900)": ISO 639's "(to 900)"
        if not sign and start >= 2 and masked[start - 1] in _CURRENCY_SIGNS and masked[start - 2] in "-\u2212" and (
                start == 2 or not masked[start - 3].isalnum()):
            sign = masked[start - 2]  # "-$420.00": the minus before the currency
        if sign:
            start = match.start("sign") if match.group("sign") else start
            if sign != "+" and sign != symbols.plus:
                value = -value
                alternatives = tuple(-alternative for alternative in alternatives)
        has_decimals = read_as.decimal in cluster or ARABIC_DECIMAL in cluster
        kind = kind_override or _kind(cluster, abs(value), has_decimals)
        if tenths_end is not None:
            end = tenths_end  # 割 alone: the counter after it is no part of the number
        percent = match.group("percent")
        prepercent = match.groupdict().get("prepercent")
        if prepercent and not percent:
            percent, start = prepercent, match.start("prepercent")
        if percent:
            kind = "permille" if percent == symbols.permille or percent == "\u2030" else "percent"
            end = max(end, match.end("percent"))
        elif kind_override == "percent":
            value = value * 10
            hundredths = _TENTHS_AND_HUNDREDTHS_RE.match(masked, end)
            if hundredths is not None:  # "2割5分": 25 %
                value += Decimal(hundredths.group(1))
                end = consumed = hundredths.end()
        elif suffix and kind_override:
            end = match.end("suffix")
        elif scale is not None:
            found_scale = scale.groupdict()
            word, cjk = found_scale.get("word"), found_scale.get("cjk")
            exponent = scales.get(ignorecase_key(word) if word else found_scale.get("sign") or cjk, _MILLION)[0]
            value = tidy(value.scaleb(exponent))
            alternatives = tuple(tidy(alternative.scaleb(exponent)) for alternative in alternatives)
            kind = "scaled"
            end = scale.end()
            largest = exponent
            unit_follows = bool(cjk)
            while unit_follows:  # 1万4000, 1億2000万, 1万2千: the smaller units that follow add up
                rest = _CJK_REST_RE.match(masked, end)
                if rest is None:
                    break
                following = scale_re.match(masked, rest.end())
                cjk = following.groupdict().get("cjk") if following is not None else None
                kanji_unit = _KANJI_UNITS.get(masked[rest.end():rest.end() + 1], 0) if not cjk else 0
                smaller = scales[cjk][0] if cjk else kanji_unit
                rest_digits = rest.group().replace(",", "").replace("，", "")
                if smaller >= exponent or (not smaller and len(rest_digits.partition(".")[0]) > exponent) or (
                        "." in rest_digits and (smaller or following is not None)):
                    break
                value += Decimal(rest_digits).scaleb(smaller) * (1 if value >= 0 else -1)
                end = following.end() if cjk else rest.end() + (1 if kanji_unit else 0)
                exponent = smaller
                unit_follows = bool(cjk or kanji_unit)
            consumed, exponent = end, largest
        elif masked[end:end + 1] == "千" and cluster.isdigit() and symbols.language in ("ja", "zh"):
            # "3千冊" is 3,000 books, "1千万円" ten million yen (万 and 億 are CLDR's scales; 千 alone is not).
            value, kind, end = value * 1000, "scaled", end + 1
            if masked[end:end + 1] in ("万", "億"):
                value, end = value * (10**4 if masked[end] == "万" else 10**8), end + 1
            consumed = end
        found.append(
            DigitReading(Number(value, original[start:end], start, end, kind), foreign, alternatives, cluster_end, exponent)
        )
    return tuple(found)


def _may_be_grouped_otherwise(cluster: str, value: Decimal) -> bool:
    """Whether a decimal of three places may be another convention's grouping: "100.000" and "1.500"
    may be, "42.195" (the marathon's kilometres) is a decimal as written."""
    return _whole(value) or not cluster.rstrip("%٪‰").endswith(tuple("123456789"))


def _whole(value: Decimal) -> bool:
    return value == value.to_integral_value()
