"""Numbers written in words ("three", "trois", "einundzwanzig", "troisième"), read with text2num.

text2num (Rust, PyPI `text2num`) knows the number grammar of en, fr, de, es, it, pt, nl and da;
this module only finds where number words may be (a cheap per-language regex, so that the ~90% of
texts without one never reach text2num), feeds text2num tokens that keep their offsets, and
decides which readings are quantities.

Rule for the small numbers: "one", "un"/"une", "ein"/"eine", "first"/"premier", and "second"
(also a unit of time) are articles or adjectives far more often than quantities, so they are
not Numbers; they are returned separately as weak words, and the comparison only uses them to
excuse a "1"/"2" written in digits on the other side ("1 file" = "un fichier").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from text_to_num import find_numbers

from i18n.numbers.model import Number

SUPPORTED_LANGUAGES = frozenset({"en", "fr", "de", "es", "it", "pt", "nl", "da"})

# Words (or, for languages that glue number words together, stems) that start a number word of
# value 2 or more. A hit only means "ask text2num"; text2num decides.
_TRIGGERS = {
    "en": r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty"
    r"|ninety|hundred|thousand|million|billion|trillion|third|fourth|fifth|sixth|seventh|eighth"
    r"|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth"
    r"|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|hundredth|thousandth)\b",
    "fr": r"\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze"
    r"|seize|vingts?|trente|quarante|cinquante|soixante|cents?|mille|millions?|milliards?"
    r"|billions?|deuxième|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième"
    r"|dixième|onzième|douzième|treizième|quatorzième|quinzième|seizième|vingtième|trentième"
    r"|centième|millième)",
    "de": r"\b(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig"
    r"|vierzig|hundert|tausend|million|milliarde|billion|eins?und|zwan|dritt)",
    "es": r"\b(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince"
    r"|dieci|veint|trein|cuarent|cincuent|sesent|setent|ochent|novent|cien|doscient|trescient"
    r"|mil|millón|millones|tercer|cuart|quint|sext|séptim|octav|noven|décim)",
    "it": r"\b(?:due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|tredici"
    r"|quattordici|quindici|sedici|diciasette|diciassette|diciotto|diciannove|venti|trenta"
    r"|quaranta|cinquanta|sessanta|settanta|ottanta|novanta|cento|mille|mila|milion|miliard"
    r"|terz|quart|quint|sest|settim|ottav|non[oa]|decim)",
    "pt": r"\b(?:dois|duas|três|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|treze|catorze"
    r"|quatorze|quinze|dezesseis|dezasseis|dezessete|dezassete|dezoito|dezenove|dezanove|vinte"
    r"|trinta|quarenta|cinquenta|sessenta|setenta|oitenta|noventa|cem|cento|duzent|trezent|mil"
    r"|milhão|milhões|terceir|quart|quint|sext|sétim|oitav|non[oa]|décim)",
    "nl": r"\b(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien"
    r"|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd|duizend|miljoen"
    r"|miljard|derde)",
    "da": r"\b(?:to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|tyve|tredive|fyrre|halvtreds"
    r"|hundrede|tusind|million)\b",
}

# Single words that are only a scale ("million", "mille", "hundred"): without a quantifier they
# mean "very many", not a count, unless the other side writes the number.
_BARE_SCALES = frozenset(
    {Decimal(10) ** 2, Decimal(10) ** 3, Decimal(10) ** 6, Decimal(10) ** 9, Decimal(10) ** 12}
)
# Ordinal words that double as ordinary words: "second" (time), "seconde", "segundo", "secondo".
_AMBIGUOUS_WORDS = frozenset({"second", "seconds", "seconde", "secondes", "segundo", "secondo"})

_TOKEN_RE = re.compile(r"\w+|[^\w\s]|\s+")


class _Token:
    __slots__ = ("_text",)

    def __init__(self, text: str) -> None:
        self._text = text

    def text(self) -> str:
        return self._text

    def nt_separated(self, previous: object) -> bool:
        return False

    def not_a_number_part(self) -> bool:
        # Digits are read by the digit reader; masked spans are not words.
        return self._text[0].isdigit() or self._text[0] == "\x00"


@lru_cache(maxsize=None)
def trigger_pattern(language: str) -> str | None:
    return _TRIGGERS.get(language)


@dataclass(frozen=True)
class WordReading:
    numbers: tuple[Number, ...]
    weak: tuple[Number, ...]


def read_number_words(masked: str, original: str, language: str) -> WordReading:
    """Number words of `language` in `masked` (the text with non-quantities blanked out)."""
    if language not in SUPPORTED_LANGUAGES:
        return WordReading((), ())
    matches = list(_TOKEN_RE.finditer(masked))
    tokens = [_Token(match.group()) for match in matches]
    numbers: list[Number] = []
    weak: list[Number] = []
    for occurrence in find_numbers(tokens, language, threshold=0):
        start = matches[occurrence.start].start()
        end = matches[occurrence.end - 1].end()
        written = original[start:end]
        value = Decimal(str(occurrence.value)).normalize()
        if value == value.to_integral_value():
            value = value.quantize(Decimal(1))
        number = Number(value, written, start, end, "ordinal" if occurrence.is_ordinal else "word")
        single_word = occurrence.end - occurrence.start == 1
        if (
            value < 2
            or written.lower() in _AMBIGUOUS_WORDS
            or (single_word and value in _BARE_SCALES and not occurrence.is_ordinal)
        ):
            weak.append(number)
        else:
            numbers.append(number)
    return WordReading(tuple(numbers), tuple(weak))
