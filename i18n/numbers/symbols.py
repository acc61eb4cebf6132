"""The number symbols of a locale, taken from CLDR through Babel, with the alternates people type.

Everything is computed once per locale (lru_cache): callers read numbers in tens of thousands of
strings and must not call Babel per number.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable
from unicodedata import decomposition

from babel import Locale, UnknownLocaleError
from babel import numbers as babel_numbers

from i18n.locales import babel_spelling

# CLDR uses U+202F (fr), U+00A0 (ru, pl, sv...) or U+2009; writers type any of them or a plain space.
SPACE_GROUPS = frozenset(" \u00a0\u202f\u2009")
# de_CH and de_LI group with an apostrophe: CLDR has had U+2019 and U+0027 in turn, and U+02BC is
# seen in the wild. Any of them reads, whatever one Babel release says.
APOSTROPHE_GROUPS = frozenset("'\u2019\u02bc")
# U+066C ARABIC THOUSANDS SEPARATOR and U+066B ARABIC DECIMAL SEPARATOR are never anything else.
ARABIC_GROUP = "\u066c"
ARABIC_DECIMAL = "\u066b"


@dataclass(frozen=True)
class Convention:
    """One way of writing a number: which characters group digits and which one starts decimals."""

    name: str
    groups: frozenset[str]
    decimal: str
    # Digits per group, last group first: (3, 3) mostly; (3, 2) in India (2,62,000); (2, 2) in tok.
    grouping: tuple[int, int] = (3, 3)


@dataclass(frozen=True)
class LocaleSymbols:
    locale: str
    language: str
    convention: Convention
    plus: str
    minus: str
    percent: str
    permille: str
    # What CLDR puts between hours and minutes ("HH:mm", "H.mm" in fi, da, id).
    time_separator: str = ":"


def _alternates(group: str) -> frozenset[str]:
    if group in SPACE_GROUPS:
        return SPACE_GROUPS | {ARABIC_GROUP}
    if group in APOSTROPHE_GROUPS:
        return APOSTROPHE_GROUPS | {ARABIC_GROUP}
    # A locale that groups with a comma or period still reads a no-break space as a group (SI style).
    return frozenset({group, "\u00a0", "\u202f", "\u2009", ARABIC_GROUP})


# The languages of Switzerland and Liechtenstein, whose texts group digits with an apostrophe
# wherever their language is written.
_SWISS_LANGUAGES = frozenset({"de", "fr", "it", "rm"})


# The languages whose orthography groups digits with a space, whatever CLDR's symbol (the Real
# Academia Española's Ortografía, 2010; the Duden and DIN 5008 for German: "12 000 kWh").
_SPACE_GROUPING_ACADEMIES = frozenset({"es", "de"})


@lru_cache(maxsize=None)
def locale_symbols(locale: str) -> LocaleSymbols:
    name = babel_spelling(locale)
    try:
        parsed = Locale.parse(name)
    except (UnknownLocaleError, ValueError):
        parsed = Locale.parse("en")
        name = "en"
    decimal = babel_numbers.get_decimal_symbol(parsed)
    group = babel_numbers.get_group_symbol(parsed)
    latn = parsed.number_symbols.get("latn", {})
    groups = _alternates(group)
    if parsed.language in _SWISS_LANGUAGES:
        groups |= APOSTROPHE_GROUPS  # "CHF 2'300": Switzerland's and Liechtenstein's grouping
    if parsed.language in _SPACE_GROUPING_ACADEMIES:
        groups |= SPACE_GROUPS  # "10 925 m": the Real Academia's and the Duden's grouping, a plain space included
    return LocaleSymbols(
        locale=name,
        language=parsed.language,
        convention=Convention(name, groups, decimal, grouping=tuple(parsed.decimal_formats[None].grouping)),
        plus=babel_numbers.get_plus_sign_symbol(parsed).strip("\u200e\u200f\u061c"),
        minus=babel_numbers.get_minus_sign_symbol(parsed).strip("\u200e\u200f\u061c"),
        percent=latn.get("percentSign", "%").strip("\u200e\u200f\u061c"),
        permille=latn.get("perMille", "\u2030").strip("\u200e\u200f\u061c"),
        time_separator=_time_separator(parsed.time_formats["short"].pattern),
    )


def _time_separator(pattern: str) -> str:
    found = re.search(r"[Hhk]+([^\w\s'])m", pattern)
    return found.group(1) if found else ":"


# The writing conventions a foreign-style number can come from, tried after the locales' own.
COMMON_CONVENTIONS = (
    Convention("comma-group point-decimal", frozenset(","), "."),
    Convention("period-group comma-decimal", frozenset("."), ","),
    Convention("space-group comma-decimal", SPACE_GROUPS, ","),
    Convention("apostrophe-group point-decimal", APOSTROPHE_GROUPS, "."),
    Convention("Indian comma-group point-decimal", frozenset(","), ".", grouping=(3, 2)),
)


@lru_cache(maxsize=None)
def _native_digits_table() -> dict[int, str]:
    """Every Unicode decimal digit (Arabic-Indic ٢, Persian ۲, Devanagari २, full-width ２...) to
    its ASCII digit, and the full-width and Arabic signs to theirs: one character for one, so
    offsets in the text hold."""
    import unicodedata

    # Decimal digits come in runs of ten starting at a zero: one test per run start is enough.
    table = {}
    code = 0x0660
    while code < 0x1FBFA:
        if unicodedata.category(chr(code)) == "Nd" and unicodedata.digit(chr(code)) == 0:
            for digit in range(10):
                table[code + digit] = str(digit)
            code += 10
        else:
            code += 1
    table.update({ord("\uff0c"): ",", ord("\uff0e"): ".", ord("\uff05"): "%", ord("\u066a"): "%",
                  ord("\uff0b"): "+", ord("\uff0d"): "-", ord("\u2236"): ":"})
    return table


# A digit that is not 0-9, or a sign the table rewrites: two plain classes, searched at C speed.
_NATIVE_RE = re.compile(r"[^\D0-9]|[\uff0c\uff0e\uff05\u066a\uff0b\uff0d\u2236]")


def ascii_digits(text: str) -> str:
    """`text` with every non-ASCII digit written as its ASCII digit (same length, same offsets)."""
    if text.isascii() or _NATIVE_RE.search(text) is None:
        return text
    return text.translate(_native_digits_table())


_VULGAR_FRACTIONS = {"½": "5", "¼": "25", "¾": "75"}
_VULGAR_RE = re.compile(r"(?<![\d.,])(\d{1,3})\s?([½¼¾])")
# (A lone one, "¼-inch", is a number too: the prefilters look for these signs beside the digits.)
_LONE_VULGAR_RE = re.compile(r"(?<![\d.,])([½¼¾])")


# Japanese writes 1½ "1と1/2", and half a spoon or a cup "小さじ1/2", "1/2カップ", "1/4個" (halves
# and quarters only: exact decimals).
_SLASHED_FRACTIONS = {"1/2": "5", "1/4": "25", "3/4": "75"}
_DECIMAL_OF_SLASHED = {fraction: re.compile(rf"(?<![\d.,])0[.,]{digits}(?!\d)")
                       for fraction, digits in _SLASHED_FRACTIONS.items()}
# (Or with a hyphen, as a measure in inches is written: "7-3/4インチ".)
_JAPANESE_MIXED_RE = re.compile(r"(?<![\d.,/])(\d{1,3})(?:と|-)(1/2|1/4|3/4)(?![\d/])")
# "5と4分の1オンス" (five and a quarter ounces), "1と2分の1カップ".
_FRACTIONS_IN_WORDS = {"2分の1": "5", "4分の1": "25", "4分の3": "75"}
_JAPANESE_MIXED_IN_WORDS_RE = re.compile(r"(?<![\d.,/])(\d{1,3})と(2分の1|4分の1|4分の3)(?!\d)")
# "1 1/2 times", "2-1/4 inches": a whole number and a half or a quarter, as English writes them.
_MIXED_RE = re.compile(r"(?<![\d.,/])(\d{1,3})[\x20\u00a0-](1/2|1/4|3/4)(?![\d/])")
_JAPANESE_SPOON_RE = re.compile(r"(?<=小さじ|大さじ|カップ)(1/2|1/4|3/4)(?![\d/])")
_JAPANESE_MEASURED_RE = re.compile(r"(?<![\d.,/])(1/2|1/4|3/4)(?=カップ|杯|個|本|枚|玉|片|束|袋|缶|切れ|リットル|ℓ"
                                   r"|インチ|フィート|マイル|ポンド|オンス|ガロン|時間)")


# The same in English, before its unit: "a 1/2-inch hose", "1/4 cup of sugar".
_ENGLISH_MEASURED_RE = re.compile(r"(?<![\d.,/])(1/2|1/4|3/4)(?=[-\x20](?:inch|inches|in\.|cup|cups|teaspoons?|tablespoons?"
                                  r"|tsp|tbsp|miles?|pounds?|lbs?|oz|ounces?|gallons?|pints?|hours?|turns?)\b)")


def measured_fractions_as_decimals(text: str, other: str, decimal: str) -> str:
    """`text` with "1/2カップ", "1/4個", "1/2-inch" written as decimals ("0.5カップ"), unless `other`
    writes the same fraction: half a cup said "half a cup" in the other text, or "1/2 cup" there too."""
    if "/" not in text:
        return text

    def written(match: re.Match[str]) -> str:
        fraction = match.group()
        if fraction in other:
            return fraction
        if _VULGAR_OF[fraction] in other:  # ("¾-inch" / "3/4インチ": the same sign either way)
            return _VULGAR_OF[fraction]
        return f"0{decimal}{_SLASHED_FRACTIONS[fraction]}"
    if text.isascii():
        # (An English fraction only where the other text writes its decimal: "½-Zoll" is read "0,5" by
        # now, while "4分の1インチ" keeps its own fraction.)
        return _ENGLISH_MEASURED_RE.sub(
            lambda match: written(match) if _DECIMAL_OF_SLASHED[match.group()].search(other) else match.group(), text)
    return _JAPANESE_MEASURED_RE.sub(written, text)


_VULGAR_OF = {"1/2": "½", "1/4": "¼", "3/4": "¾"}
# The other vulgar fractions ("⅔", "⅛") have no short decimal: they are written with a slash, as
# the other text may write them ("2/3 cup" / "⅔ Tasse").
_SLASHED_OF_VULGAR = {chr(code): "".join(chr(int(part, 16)) for part in decomposition(chr(code)).split()[1:])
                      .replace("⁄", "/") for code in range(0x2150, 0x215F) if chr(code) not in "½¼¾"}
_OTHER_VULGAR_RE = re.compile(r"(\d?)([" + "".join(_SLASHED_OF_VULGAR) + "])")


def vulgar_fractions_as_decimals(text: str, decimal: str) -> str:
    """`text` with "1½" and "2¾" written as decimals in the locale's way ("1.5", "2,75"): the value,
    which the other text may write "полтора", "eineinhalb", "1,5"."""
    if "/" in text:
        text = _MIXED_RE.sub(lambda match: f"{match.group(1)}{decimal}{_SLASHED_FRACTIONS[match.group(2)]}", text)
    if "/" in text and not text.isascii():
        text = _JAPANESE_MIXED_RE.sub(lambda match: f"{match.group(1)}{decimal}{_SLASHED_FRACTIONS[match.group(2)]}",
                                      text)
        text = _JAPANESE_SPOON_RE.sub(lambda match: f"0{decimal}{_SLASHED_FRACTIONS[match.group(1)]}", text)
    if "と" in text and "分の" in text:
        text = _JAPANESE_MIXED_IN_WORDS_RE.sub(
            lambda match: f"{match.group(1)}{decimal}{_FRACTIONS_IN_WORDS[match.group(2)]}", text)
    if not text.isascii() and _OTHER_VULGAR_RE.search(text) is not None:
        text = _OTHER_VULGAR_RE.sub(lambda match: f"{match.group(1)}{' ' if match.group(1) else ''}"
                                                  f"{_SLASHED_OF_VULGAR[match.group(2)]}", text)
    if "½" not in text and "¼" not in text and "¾" not in text:
        return text
    text = _VULGAR_RE.sub(lambda match: f"{match.group(1)}{decimal}{_VULGAR_FRACTIONS[match.group(2)]}", text)
    return _LONE_VULGAR_RE.sub(lambda match: f"0{decimal}{_VULGAR_FRACTIONS[match.group(1)]}", text)


# Kana and kanji, as the inside of a character class: the scripts that write digits against their words.
CJK_LETTERS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヶ"
# Software translations into Japanese often space Latin text and digits off ("2025 年 4 月 30 日",
# "1 億 2000 万個", "4 分の 1"): a space between a digit and a CJK character is no space in the number.
# (Not after digits glued to Latin text or symbols: "F11 キー", "Ctrl+2 で", "--max-count=5 を".)
_CJK_DIGIT_SPACE_RE = re.compile(rf"(?<![A-Za-z0-9_+=/.:#-])([0-9\uff10-\uff19](?:[0-9\uff10-\uff19.,]*[0-9\uff10-\uff19])?)"
                                 rf"[ \u00a0\u202f\u2009]+(?=[{CJK_LETTERS}])"
                                 rf"|(?<=[{CJK_LETTERS}])[ \u00a0\u202f\u2009]+(?=[0-9\uff10-\uff19])")


def without_cjk_digit_spaces(text: str) -> str:
    """`text` without the spaces between a digit and a Chinese or Japanese character."""
    if text.isascii():
        return text
    return _CJK_DIGIT_SPACE_RE.sub(lambda match: match.group(1) or "", text)


_ASCII_SYMBOLS_AS_SPACES = bytes.maketrans(string.punctuation.encode(), b" " * len(string.punctuation))
_SYMBOL_RE = re.compile(r"[^\w\s]")


def symbols_to_spaces(text: str) -> str:
    """`text` with every character that is neither a letter, a digit, "_" nor a space written as a
    space: the words a reader finds after any sign ("%twice", "¿doble") stand apart."""
    if text.isascii():
        return text.encode().translate(_ASCII_SYMBOLS_AS_SPACES).decode()
    return _SYMBOL_RE.sub(" ", text)


def punctuation_to_spaces(characters: str) -> Callable[[str], str]:
    """A function that writes each of `characters` in a text as a space, before it is split into
    words: for an ASCII text (nearly every msgid) bytes.translate, four times faster than the
    regex substitution that other texts get (str.translate is twice as slow again on them)."""
    pattern = re.compile("[" + re.escape(characters) + "]")
    ascii_characters = "".join(character for character in characters if character.isascii()).encode()
    ascii_table = bytes.maketrans(ascii_characters, b" " * len(ascii_characters))

    def replace(text: str) -> str:
        if text.isascii():
            return text.encode().translate(ascii_table).decode()
        return pattern.sub(" ", text)

    return replace
