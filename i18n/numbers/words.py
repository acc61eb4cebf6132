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
from itertools import accumulate, product
from typing import Callable, Iterator

from text_to_num import find_numbers, text2num

from i18n.numbers.model import Number
from i18n.numbers.russian_words import count_compounds, may_have_russian_number_words, read_russian_number_words

SUPPORTED_LANGUAGES = frozenset({"en", "fr", "de", "es", "it", "pt", "nl", "da"})

# Whole words that start a number of value 2 or more, for languages whose number words stand
# apart (and the superlatives a rank may come before: "the second-longest"); a set lookup over the
# split text is ~4x faster than a regex alternation. A hit only means "ask text2num"; text2num decides.
# The superlatives a rank may come before ("the second-longest"); the rare ones also make a text
# worth reading for its words ("most" or "latest" alone would send half the texts there).
_RARE_SUPERLATIVES = """longest largest highest biggest tallest deepest oldest smallest busiest fastest richest
    greatest lowest shortest hottest coldest driest wettest heaviest strongest widest closest youngest poorest
    warmest brightest densest deadliest"""
_COMMON_SUPERLATIVES = "most least best worst earliest latest costliest"
_TRIGGER_WORDS = {
    "en": """two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
        sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
        hundred thousand million billion trillion third fourth fifth sixth seventh eighth ninth
        tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth
        nineteenth twentieth thirtieth fortieth fiftieth hundredth thousandth """ + _RARE_SUPERLATIVES,
    "fr": """deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize
        vingt vingts trente quarante cinquante soixante cent cents mille million millions
        milliard milliards billion billions deuxième troisième quatrième cinquième sixième
        septième huitième neuvième dixième onzième douzième treizième quatorzième quinzième
        seizième vingtième trentième centième millième""",
}
_TRIGGER_WORDS_PUNCTUATION = ("", ",", ".", ")", ";", ":", "!", "?", "'", '"', "»", "’", "'s", "’s")


_EN_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_EN_UNITS = "one two three four five six seven eight nine".split()
_FR_UNITS = "deux trois quatre cinq six sept huit neuf".split()
_FR_TEENS = "dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf".split()
# Hyphenated compounds are whole words to str.split(); listing them keeps the test a set lookup.
_COMPOUNDS = {
    "en": [f"{ten}-{unit}" for ten in _EN_TENS for unit in _EN_UNITS],
    "fr": ["dix-sept", "dix-huit", "dix-neuf", "quatre-vingt", "quatre-vingts"]
    + [f"{ten}-et-un" for ten in ("vingt", "trente", "quarante", "cinquante", "soixante")]
    + [f"{ten}-{unit}" for ten in ("vingt", "trente", "quarante", "cinquante", "soixante", "quatre-vingt")
       for unit in _FR_UNITS]
    + [f"{ten}-{teen}" for ten in ("soixante", "quatre-vingt") for teen in _FR_TEENS]
    + ["soixante-et-onze"],
}


@lru_cache(maxsize=None)
def _trigger_vocabulary(language: str) -> frozenset[str]:
    words = _TRIGGER_WORDS[language].split() + _COMPOUNDS.get(language, [])
    words += [word.capitalize() for word in words]
    # 18,000 strings for English or French: joined at C speed, in half the time of a generator expression.
    return frozenset(map("".join, product(("", "(", '"', "«", "'"), words, _TRIGGER_WORDS_PUNCTUATION)))


# For languages that glue number words together (einundzwanzig) or whose lists are stems: a regex.
_TRIGGERS = {
    "de": r"\b(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig"
    r"|vierzig|hundert|tausend|million|milliarde|billion|eins?und|zwan|dritt|sech|sieb|ein\w*(?:zig|ßig|hundert|tausend))",
    "es": r"\b(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince"
    r"|dieci|veint|trein|cuarent|cincuent|sesent|setent|ochent|novent|cien|doscient|trescient|cuatrocient|quinient"
    r"|seiscient|setecient|ochocient|novecient"
    r"|mil|millón|millones|tercer|cuart|quint|sext|séptim|octav|noven|décim)",
    "it": r"\b(?:due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|tredici"
    r"|quattordici|quindici|sedici|diciasette|diciassette|diciotto|diciannove|venti|trenta"
    r"|quarant|cinquant|sessant|settant|ottant|novant|vent|trent|cento|mille|mila|milion|miliard"
    r"|terz|quart|quint|sest|settim|ottav|non[oa]|decim)",
    "pt": r"\b(?:dois|duas|três|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|treze|catorze"
    r"|quatorze|quinze|dezesseis|dezasseis|dezessete|dezassete|dezoito|dezenove|dezanove|vinte"
    r"|trinta|quarenta|cinquenta|sessenta|setenta|oitenta|noventa|cem|cento|duzent|trezent|mil"
    r"|milhão|milhões|quatrocent|quinhent|seiscent|setecent|oitocent|novecent|terceir|quart|quint|sext|sétim|oitav"
    r"|non[oa]|décim)",
    "nl": r"\b(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien"
    r"|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd|duizend|miljoen|eenen|vijftien|zestien"
    r"|zeventien|achttien|negentien|elf"
    r"|miljard|derde)",
    "da": r"\b(?:(?:\w+og)?(?:tyve|tredive|fyrre|halvtreds|tres|halvfjerds|firs|halvfems)|to|tre|fire|fem|seks|syv"
    r"|otte|ni|ti|elleve|tolv|tretten|fjorten|femten|seksten|sytten|atten|nitten|hundrede|tusind|million)\b",
}

# Single words that are only a scale ("million", "hundred"): without a quantifier they mean "very
# many", not a count, unless the other side writes the number. A hundred and a thousand need no
# quantifier outside English ("cent ans", "cien años", "tausend Einwohner"): there they count.
_BARE_SCALES = frozenset(
    {Decimal(10) ** 2, Decimal(10) ** 3, Decimal(10) ** 6, Decimal(10) ** 9, Decimal(10) ** 12}
)
_BARE_SCALES_WITHOUT_QUANTIFIER = {"en": _BARE_SCALES}
# ... and the English article is their quantifier: "a thousand", "a trillion" count.
_AFTER_THE_ARTICLE_RE = re.compile(r"(?<![^\W\d_])[Aa] $")
_LARGE_SCALES = frozenset({Decimal(10) ** 6, Decimal(10) ** 9, Decimal(10) ** 12})
# Ordinal words that double as ordinary words: "second" (time), "seconde", "segundo", "secondo".
_AMBIGUOUS_WORDS = frozenset({"second", "seconds", "seconde", "secondes", "segundo", "secondo"})

_TOKEN_RE = re.compile(r"\w+|[^\w\s]|\s+")
# "Second-hand" is used, not a rank: "de seconde main", "de segunda mano", "aus zweiter Hand", "из
# вторых рук". The nouns after the ordinal, and the lookahead an ordinal word's pattern ends with.
_SECOND_HAND_NOUNS = r"hand|main|mano|рук"
NOT_SECOND_HAND = rf"(?![\s-]+(?:{_SECOND_HAND_NOUNS})(?![^\W\d_]))"
# Phrases whose number word is no quantity: the colon ("deux-points"), "third party", "second-hand".
# Wars named by how long they lasted ("the Hundred Years' War", "der Dreißigjährige Krieg"): names, no counts.
_NAMED_WARS = {
    "en": r"|\b(?:Hundred|Thirty|Seven|Eighty)\s+Years['’]?\s+War\b|\bSix[- ]Day\s+War\b",
    "fr": r"|\bguerre\s+de\s+(?:Cent|Trente|Sept|Quatre-Vingts)\s+Ans\b|\bguerre\s+des\s+Six\s+Jours\b",
    "es": r"|\bguerra\s+de\s+los\s+(?:Cien|Treinta|Siete|Ochenta)\s+Años\b|\bguerra\s+de\s+los\s+Seis\s+Días\b",
    "de": r"|\b(?:Hundert|Dreißig|Sieben|Achtzig)jährige[nmrs]?\s+Krieg\w*|\bSechstagekrieg\w*",
}
_IDIOMS = {
    # ("dix pour cent": the hundred of "per cent" is none; "trois milles" are nautical miles, the
    # thousand "mille" taking no "s".)
    # ("un casque neuf": new, after its noun, as "neufs" always is; "neuf casques" is nine.)
    "fr": re.compile(r"\bdeux-points?\b|(?<=\bpour )cent\b|\bseconde\s+main\b|\bmilles\b|\bneufs\b"
                     r"|\b(?:un|une|le|la|les|des|du|ce|cet|cette|ces|votre|vos|notre|nos|son|sa|ses|leur|leurs|mon|ma"
                     r"|mes)\s+(?!(?:vingt|trente|quarante|cinquante|soixante|cent|mille)\b)[^\W\d_]{3,}\s+neuf\b"
                     + _NAMED_WARS["fr"], re.IGNORECASE),
    # ("una cuarta parte de la tierra" is a quarter, read among the fractions, no fourth; "la tercera
    # parte" of a list, with nothing after it, is a third part.)
    # ("dos puntos" is the colon where it names one: "(:)", "separados por dos puntos".)
    "es": re.compile(r"(?<=\bpor )ciento\b|\bsegunda\s+mano\b|\bdos\s+puntos\b(?=\s*\(\s*:\s*\)|\s*[«\"“]\s*:)"
                     r"|(?<=\bpor )dos\s+puntos\b"
                     r"|\b(?:tercera|cuarta|quinta|décima)s?\s+partes?(?=\s+(?:de|del)\b)" + _NAMED_WARS["es"], re.IGNORECASE),
    "en": re.compile(r"\b(?:third[- ]part(?:y|ies)|two[- ]way|second[- ]hand)\b" + _NAMED_WARS["en"], re.IGNORECASE),
    "de": re.compile(r"\bzweiter\s+Hand\b" + _NAMED_WARS["de"], re.IGNORECASE),
}


# A German count glued to what it counts: "sechsstellig" (six digits), "dreitägig", "zweijährig".
_GERMAN_COUNT_IN_A_COMPOUND_RE = re.compile(
    r"(?i)(?<![^\W\d_])(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)"
    r"((?:stellig|tägig|jährig|stündig|wöchig|monatig|minütig|köpfig|teilig|stufig|polig|geschossig|stöckig|sitzig"
    r"|türig|spurig|zimmrig|flammig|personen|zimmer|sitzer|türer)\w*)")


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
def _trigger_re(language: str) -> re.Pattern[str] | None:
    pattern = _TRIGGERS.get(language)
    return re.compile(pattern, re.IGNORECASE) if pattern else None


@lru_cache(maxsize=None)
def number_word_test(language: str) -> Callable[[str], bool]:
    """A cheap test for `language`: could a text hold a number word worth asking text2num about?
    Built once per language; it runs on every text, so it is a closure over a frozen set."""
    if language == "ru":
        return may_have_russian_number_words
    if language in _TRIGGER_WORDS:
        vocabulary = _trigger_vocabulary(language)

        def by_words(text: str) -> bool:
            return not vocabulary.isdisjoint(text.replace("-", " ").replace("/", " ").split())

        return by_words
    pattern = _trigger_re(language)
    if pattern is None:
        return lambda text: False
    return lambda text: pattern.search(text) is not None


def number_word_vocabulary(language: str) -> frozenset[str] | None:
    """The words (with their punctuation) whose presence in the split text is `number_word_test`'s
    whole question, once "-" and "/" are spaces; None for a language tested with a regex."""
    return _trigger_vocabulary(language) if language in _TRIGGER_WORDS else None


# Asked of the same source up to three times per comparison.
@lru_cache(maxsize=64)
def may_have_number_words(text: str, language: str) -> bool:
    return number_word_test(language)(text)


def _numbered(names: str) -> dict[str, int]:
    """ "january jan|february feb|..." -> {"january": 1, "jan": 1, "february": 2, ...}: each
    "|"-separated group names the next number, from 1."""
    return {name: number for number, group in enumerate(names.split("|"), 1) for name in group.split()}


def _arabic_words(words: dict[int, str]) -> dict[str, int]:
    """Each word with and without the article ("واحد", "الواحد"; "اثنين", "الاثنين")."""
    return {form: value for value, group in words.items() for word in group.split()
            for form in (word, "ال" + word)}


# Words that stand for a small number without being one, per language: they never count as
# Numbers, but excuse a 0, 1 or 2 written in digits on the other side ("both" / "les 2 touches",
# "twice" / "2 fois", "Got 0 lines" / "aucune ligne", "a file" / "1 fichier").
_STAND_INS = {
    "en": {"zeroth": 0, "nonzero": 0, "negative": 0, "positive": 0, "a": 1, "an": 1, "per": 1, "once": 1, "single": 1, "both": 2, "twice": 2, "double": 2, "doubly": 2,
           "dual": 2, "pair": 2, "zero": 0, "zeros": 0, "zeroes": 0, "none": 0, "nothing": 0, "empty": 0, "first": 1, "second": 2,
           "binary": 2, "octal": 8, "decimal": 10, "hexadecimal": 16, "hex": 16, "decade": 10, "century": 100,
           "fortnight": 2, "noon": 12, "midday": 12, "twin": 2, "twins": 2,
           # Months and weekdays, which Chinese, Japanese and Korean write with their number (2月, 星期一, 2월).
           **_numbered("january jan|february feb|march mar|april apr||june jun|july jul|august aug"
                       "|september sep sept|october oct|november nov|december dec"),
           **_numbered("monday mon|tuesday tue tues|wednesday wed|thursday thu thur thurs|friday fri"
                       "|saturday sat|sunday sun")},
    "fr": {"négatif": 0, "négative": 0, "négatifs": 0, "négatives": 0, "positif": 0, "positive": 0,
           "zéro": 0, "aucun": 0, "aucune": 0, "rien": 0, "nul": 0, "nulle": 0, "vide": 0,
           "double": 2, "paire": 2, "seul": 1, "seule": 1, "unique": 1, "premier": 1, "première": 1,
           "second": 2, "seconde": 2, "binaire": 2, "octal": 8, "octale": 8, "décimal": 10, "décimale": 10,
           "hexadécimal": 16, "hexadécimale": 16,
           # An anniversary by its years: "our 50th anniversary" / "notre cinquantenaire".
           "cinquantenaire": 50, "centenaire": 100, "bicentenaire": 200, "tricentenaire": 300,
           "centennal": 100, "centennale": 100, "centennaux": 100, "centennales": 100,
           # ("1 cm every 100 years" / "1 cm par siècle".)
           "siècle": 100, "décennie": 10,
           # A vaccine's or a combination's count of parts ("6-in-1" / "hexavalent").
           **{f"{stem}valent{ending}": count for stem, count in (("bi", 2), ("tri", 3), ("tétra", 4), ("penta", 5),
                                                                  ("hexa", 6), ("hepta", 7)) for ending in ("", "e", "s", "es")},
           # A span by its years or months: "a 3-year vaccine" / "un vaccin triennal", "6-month" / "semestriel".
           **{f"{stem}{ending}": count for stem, count in (("biennal", 2), ("triennal", 3), ("quadriennal", 4),
                                                           ("quinquennal", 5), ("décennal", 10), ("bimestriel", 2),
                                                           ("trimestriel", 3), ("semestriel", 6))
              for ending in ("", "e", "s", "es")},
           **{"biennaux": 2, "triennaux": 3, "quadriennaux": 4, "quinquennaux": 5, "décennaux": 10}},
    "de": {"ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "eines": 1, "null": 0, "kein": 0, "keine": 0, "keinen": 0, "keiner": 0, "keinem": 0, "keines": 0, "beide": 2, "beiden": 2, "zweimal": 2, "einmal": 1,
           # ("7 infusions" / "siebenmal aufgießen": a count of times, glued; "dreimal", "viermal" and
           # "zehnmal" are read as multipliers.)
           **{f"{stem}mal": count for count, stem in ((5, "fünf"), (6, "sechs"), (7, "sieben"), (8, "acht"),
                                                      (9, "neun"), (11, "elf"), (12, "zwölf"))},
           "erste": 1, "ersten": 1, "erster": 1, "zweite": 2, "zweiten": 2, "zweiter": 2, "binär": 2, "oktal": 8,
           "dezimal": 10, "hexadezimal": 16, "minusgrade": 0, "minusgraden": 0, "minustemperaturen": 0,
           "jahrhundert": 100, "jahrzehnt": 10},
    "es": {"cero": 0, "ningún": 0, "ninguna": 0, "nulo": 0, "nula": 0, "ambos": 2, "ambas": 2, "primer": 1,
           "primero": 1, "primera": 1, "segundo": 2, "segunda": 2, "tercer": 3, "tercero": 3, "tercera": 3,
           "binario": 2, "octal": 8, "decimal": 10, "hexadecimal": 16,
           "cincuentenario": 50, "centenario": 100, "bicentenario": 200, "tricentenario": 300, "siglo": 100,
           "década": 10,
           **{f"{stem}valente{ending}": count for stem, count in (("bi", 2), ("tri", 3), ("tetra", 4), ("penta", 5),
                                                                  ("hexa", 6), ("hepta", 7)) for ending in ("", "s")},
           **{f"{stem}{ending}": count for stem, count in (("bienal", 2), ("trienal", 3), ("cuatrienal", 4),
                                                           ("quinquenal", 5), ("decenal", 10), ("bimestral", 2),
                                                           ("trimestral", 3), ("semestral", 6))
              for ending in ("", "es")}},
    "it": {"zero": 0, "nessun": 0, "nessuna": 0, "entrambi": 2, "entrambe": 2},
    "pt": {"zero": 0, "nenhum": 0, "nenhuma": 0, "ambos": 2, "ambas": 2},
    "nl": {"nul": 0, "geen": 0, "beide": 2, "tweemaal": 2},
    # Danish ordinals ("tredje niveau" for "3rd level"); "anden" and "andet" are as often "another"
    # as "second": left out.
    "da": {"første": 1, "tredje": 3, "fjerde": 4, "femte": 5, "sjette": 6, "syvende": 7, "ottende": 8,
           "niende": 9, "tiende": 10, "begge": 2, "ingen": 0, "nul": 0},
    # Swedish ordinals ("andra" is as often "other" as "second": left out).
    "sv": {"första": 1, "tredje": 3, "fjärde": 4, "femte": 5, "båda": 2, "bägge": 2},
    # Arabic numerals and ordinals 0-10 and the tens in words, masculine and feminine, bare and with
    # the article ("مستند واحد" one document, "الأيام السبعة" the seven days, "الإصدار الثاني" the
    # second version).
    "ar": _arabic_words({0: "صفر", 1: "واحد واحدة أول أولى", 2: "اثنان اثنين اثنتان اثنتين ثاني ثانية",
                         3: "ثلاث ثلاثة ثالث ثالثة", 4: "أربع أربعة رابع رابعة", 5: "خمس خمسة خامس خامسة",
                         6: "ست ستة سادس سادسة", 7: "سبع سبعة سابع سابعة", 8: "ثمان ثماني ثمانية ثامن ثامنة",
                         9: "تسع تسعة تاسع تاسعة", 10: "عشر عشرة عاشر عاشرة", 20: "عشرون عشرين",
                         30: "ثلاثون ثلاثين", 40: "أربعون أربعين", 50: "خمسون خمسين", 60: "ستون ستين",
                         70: "سبعون سبعين", 80: "ثمانون ثمانين", 90: "تسعون تسعين", 100: "مئة مائة", 1000: "ألف"}),
}
# A date's month written as a word stands for its number ("2/29" / "29. Februar", "31 mai").
_MONTHS = {
    "fr": "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre",
    "de": "januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember",
    "es": "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre",
    "it": "gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre",
    "pt": "janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro",
}
_STAND_INS.update({language: {**_STAND_INS[language], **_numbered(months)} for language, months in _MONTHS.items()})
_WORD_RE = re.compile(r"[^\W\d_]+")

# Languages text2num does not read, and German compounds: word stems that stand for a small
# number in any declension ("трёх", "восьми", "вторая", "Zweierpotenz"), longest stems first.
_STEMS = {
    "ru": [
        ("одиннадцат", 11), ("двенадцат", 12), ("тринадцат", 13), ("четырнадцат", 14), ("пятнадцат", 15),
        ("шестнадцат", 16), ("семнадцат", 17), ("восемнадцат", 18), ("девятнадцат", 19), ("двадцат", 20),
        ("тридцат", 30), ("сорок", 40), ("пятьдесят", 50), ("шестьдесят", 60), ("семьдесят", 70),
        ("восемьдесят", 80), ("девяност", 90), ("двест", 200), ("тысяч", 1000), ("сотн", 100),
        # Declined tens and hundreds ("пятидесяти", "трёхсот"), which begin like their units.
        ("пятидесят", 50), ("шестидесят", 60), ("семидесят", 70), ("восьмидесят", 80), ("двухсот", 200),
        ("трист", 300), ("трёхсот", 300), ("трехсот", 300), ("четырест", 400), ("четырёхсот", 400),
        ("четырехсот", 400), ("пятьсот", 500), ("пятисот", 500), ("шестьсот", 600), ("шестисот", 600),
        ("семьсот", 700), ("семисот", 700), ("восемьсот", 800), ("восьмисот", 800), ("девятьсот", 900),
        ("девятисот", 900),
        ("миллион", 1000000), ("миллиард", 1000000000),
        ("нул", 0), ("ноль", 0), ("нол", 0), ("ничего", 0), ("ни одн", 0), ("один", 1), ("одна", 1), ("одно", 1),
        ("одни", 1), ("одну", 1), ("одной", 1), ("одном", 1), ("перв", 1), ("единиц", 1), ("два", 2), ("две", 2),
        ("двух", 2), ("двум", 2), ("втор", 2), ("двой", 2), ("двое", 2), ("двоич", 2), ("дву", 2), ("три", 3),
        ("трёх", 3), ("трех", 3), ("трём", 3), ("трем", 3), ("трет", 3), ("трой", 3), ("трое", 3),
        ("четыр", 4), ("четвёр", 4), ("четвер", 4), ("пят", 5), ("шест", 6), ("семь", 7), ("семи", 7),
        ("седьм", 7), ("восем", 8), ("восьм", 8), ("девят", 9), ("десят", 10), ("сто", 100), ("ненул", 0),
        # Multiplicative adverbs ("втрое выше": three times higher).
        ("вдвое", 2), ("втрое", 3), ("вчетверо", 4), ("впятеро", 5), ("вшестеро", 6), ("всемеро", 7),
        ("ввосьмеро", 8), ("вдесятеро", 10),
        # Months, as a date writes them ("29 февраля" for "2/29").
        ("январ", 1), ("феврал", 2), ("апрел", 4), ("июн", 6), ("июл", 7), ("август", 8), ("сентябр", 9),
        ("октябр", 10), ("ноябр", 11), ("декабр", 12),
    ],
    "uk": [
        ("одинадцят", 11), ("дванадцят", 12), ("тринадцят", 13), ("чотирнадцят", 14), ("п'ятнадцят", 15),
        ("п’ятнадцят", 15), ("шістнадцят", 16), ("сімнадцят", 17), ("вісімнадцят", 18), ("дев'ятнадцят", 19),
        ("дев’ятнадцят", 19), ("двадцят", 20), ("тридцят", 30), ("сорок", 40), ("п'ятдесят", 50), ("п’ятдесят", 50),
        ("двісті", 200), ("тисяч", 1000), ("сотн", 100), ("нул", 0), ("один", 1), ("одна", 1), ("одне", 1),
        ("одного", 1), ("одній", 1), ("одну", 1), ("перш", 1), ("два", 2), ("дві", 2), ("двох", 2), ("двом", 2),
        ("двій", 2), ("три", 3), ("трьох", 3), ("трьом", 3), ("трет", 3), ("чотир", 4), ("четвер", 4),
        ("п'ят", 5), ("п’ят", 5), ("шіст", 6), ("шост", 6), ("сім", 7), ("семи", 7), ("сьом", 7), ("вісім", 8),
        ("восьм", 8), ("дев'ят", 9), ("дев’ят", 9), ("десят", 10), ("сто", 100), ("дво", 2),
        # "другий" (second) in every case; "друг" alone is a friend.
        ("другий", 2), ("друга", 2), ("друге", 2), ("другого", 2), ("другої", 2), ("другому", 2), ("другою", 2),
        ("другим", 2), ("другій", 2), ("других", 2), ("другу", 2), ("другі", 2),
        # Months, as a date writes them ("29 лютого" for "2/29").
        ("січ", 1), ("лютого", 2), ("лютий", 2), ("берез", 3), ("квітн", 4), ("квітен", 4), ("травн", 5),
        ("травен", 5), ("червн", 6), ("червен", 6), ("липн", 7), ("липен", 7), ("серпн", 8), ("серпен", 8),
        ("верес", 9), ("жовтн", 10), ("жовтен", 10), ("листопад", 11), ("груд", 12),
    ],
    "pl": [
        ("jedenaś", 11), ("dwanaś", 12), ("trzynaś", 13), ("czternaś", 14), ("piętnaś", 15), ("szesnaś", 16),
        ("siedemnaś", 17), ("osiemnaś", 18), ("dziewiętnaś", 19), ("dwadzieści", 20), ("dwudziest", 20),
        ("trzydzieści", 30), ("czterdzieści", 40), ("pięćdziesiąt", 50), ("tysiąc", 1000), ("tysięc", 1000),
        ("zero", 0), ("jeden", 1), ("jedna", 1), ("jedno", 1), ("jednego", 1), ("jednej", 1), ("pierw", 1),
        ("dwa", 2), ("dwie", 2), ("dwóch", 2), ("dwu", 2), ("dwom", 2), ("trzy", 3), ("trzech", 3), ("trzec", 3),
        ("czter", 4), ("czwart", 4), ("pięć", 5), ("pięci", 5), ("piąt", 5), ("sześć", 6), ("sześci", 6),
        ("szóst", 6), ("siedem", 7), ("siedmi", 7), ("siódm", 7), ("osiem", 8), ("ośmi", 8), ("ósm", 8),
        ("dziewięć", 9), ("dziewięci", 9), ("dziewiąt", 9), ("dziesięć", 10), ("dziesięci", 10), ("dziesiąt", 10),
        ("sto", 100), ("drugi", 2), ("druga", 2), ("drugie", 2), ("drugą", 2), ("drudzy", 2),
    ],
    "de": [("zweier", 2), ("dreier", 3), ("vierer", 4), ("achter", 8), ("zweifach", 2), ("dreifach", 3)]
    # A count of time inside a compound: "dreimonatige Probezeit", "vierwöchige Pause",
    # "Dreijahreszeitraum" (3 months, 4 weeks, 3 years).
    + [(number + period, value)
       for number, value in (("ein", 1), ("zwei", 2), ("drei", 3), ("vier", 4), ("fünf", 5), ("sechs", 6),
                             ("sieben", 7), ("acht", 8), ("neun", 9), ("zehn", 10), ("elf", 11), ("zwölf", 12))
       for period in ("sekünd", "minüt", "stünd", "täg", "wöch", "monatig", "monats", "jähr", "jahres", "wochen",
                      "tages", "stunden")],
    # Finnish declines its numbers ("kahden", "neljän", "kahdeksaa", "yhdellä") and joins them to
    # words ("kaksiargumenttimuotoa"); "toinen" is as often "another" as "second": left out.
    "fi": [
        ("nolla", 0), ("yksi", 1), ("yhde", 1), ("yhte", 1), ("ensimmäi", 1), ("kaksi", 2), ("kahde", 2),
        ("kaksin", 2), ("kolm", 3), ("nelj", 4), ("viisi", 5), ("viide", 5), ("kuusi", 6), ("kuude", 6),
        ("seitsem", 7), ("kahdeksa", 8), ("yhdeksä", 9), ("kymmen", 10), ("sata", 100), ("tuhat", 1000),
        ("tuhanne", 1000),
        ("tammikuu", 1), ("helmikuu", 2), ("maaliskuu", 3), ("huhtikuu", 4), ("toukokuu", 5), ("kesäkuu", 6),
        ("heinäkuu", 7), ("elokuu", 8), ("syyskuu", 9), ("lokakuu", 10), ("marraskuu", 11), ("joulukuu", 12),
    ],
}
# Words that begin like a stem above and say no number: "столбец" (column), "триггер", "однако"
# (however), "одновременно" (at once), "вторичный" (secondary), "двоеточие" (colon), "четверг"
# (Thursday). Matched at a word's start, before the stems.
_NOT_STEMS = {
    "ru": "стол стор стои стоя стоп сток стой сточ стон тригг тринид трилог трилл трибун трико триум трикот"
          " однак одновремен однород однознач одинаков"
          " вторичн второстеп вторник вторг вторж двоеточ двусмысл двер первичн первонач третичн семит семинар"
          " семье семьи семья четверг пятн(?!адцат) пятниц тройник",
    "uk": "стор стол стій триг тривал однак одночас двокрап двер другов другар",
    "pl": "stop stol stos stoi trzyma",
    "fi": "yksin yksit yksik yksil yhteen yhteens yhteinen yhteis yhtey yhteyd satama satam kuusen",
}
# The languages written without spaces between words: their words are found anywhere.
WRITTEN_WITHOUT_SPACES = frozenset({"ja", "zh"})
# (两 and 兩 are Chinese's 2 before a counter: "两个字段".)
_JAPANESE_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
                    "八": 8, "九": 9}
JAPANESE_UNITS = {"十": 10, "百": 100, "千": 1000}
# Words whose kanji numeral is no number ("一部" part, "十分" enough, "統一" unified, "一覧" list,
# "二酸化炭素" carbon dioxide):
# matched first, so that their numeral excuses no digit on the other side.
_JAPANESE_IDIOMS = """一部 一覧 一致 一般 一時 一意 一括 一定 一連 一方 一旦 一緒 一貫 一体 一応 一切 一環 一種 一層
    一斉 一新 一見 一様 一向 一杯 一瞬 一端 一同 一帯 一律 一式 一面 一因 一気 一息 一生 一挙 一概 一目 一流 一掃 一転
    一変 統一 同一 唯一 均一 万一 逐一 随一 画一 十分 十字 三角 四角 五角 六角 八角 百科 千差万別 四半期 四半世紀
    四捨五入 五輪 七夕 八百屋 三脚
    一酸化 二酸化 三酸化 二硫化 二塩化 一価 二価 三価""".split()
# (万 and 億 after a numeral: "一万円", "三万人", "十二億"; not first, "万一" is "in case".)
_JAPANESE_NUMERAL_RE = re.compile("(?:" + "|".join(_JAPANESE_IDIOMS) + "|一番(?!目))|([〇零一二两兩三四五六七八九十百千]+"
                                  "(?:[万億][〇零一二两兩三四五六七八九十百千]*)*|ゼロ)")


@lru_cache(maxsize=None)
def _stem_re(language: str) -> re.Pattern[str] | None:
    stems = _STEMS.get(language)
    if not stems:
        return None
    ordered = sorted(stems, key=lambda item: len(item[0]), reverse=True)
    not_stems = _NOT_STEMS.get(language)
    excluded = "(?!" + "|".join(not_stems.split()) + ")" if not_stems else ""
    return re.compile(r"(?<![^\W\d_])" + excluded + "(?:" + "|".join(f"(?P<s{index}>{re.escape(stem)})"
                                                    for index, (stem, _) in enumerate(ordered)) + ")",
                      re.IGNORECASE)


@lru_cache(maxsize=None)
def _stem_values(language: str) -> dict[str, int]:
    ordered = sorted(_STEMS.get(language, []), key=lambda item: len(item[0]), reverse=True)
    return {f"s{index}": value for index, (_, value) in enumerate(ordered)}


def japanese_numeral_value(text: str) -> int | None:
    """二 -> 2, 十六 -> 16, 三百五十 -> 350, 二〇二四 -> 2024, ゼロ -> 0, 一万 -> 10000, 三億五千万 -> 350000000."""
    if text == "ゼロ":
        return 0
    if "万" in text or "億" in text:
        total = 0
        for large, size in (("億", 10 ** 8), ("万", 10 ** 4)):
            if large in text:
                head, text = text.split(large, 1)
                total += (japanese_numeral_value(head) if head else 1) * size
        return total + (japanese_numeral_value(text) if text else 0)
    if not any(character in JAPANESE_UNITS for character in text):
        return int("".join(str(_JAPANESE_DIGITS[character]) for character in text))
    total, digit = 0, None
    for character in text:
        if character in _JAPANESE_DIGITS:
            digit = _JAPANESE_DIGITS[character]
        else:
            total += (1 if digit is None else digit) * JAPANESE_UNITS[character]
            digit = None
    return total + (digit or 0)


# An anniversary named by its metal or stone: "his 25th anniversary" / "sein silbernes Jubiläum".
_NAMED_ANNIVERSARIES = {
    "en": {f"{name} {occasion}": years for name, years in (("silver", 25), ("golden", 50), ("diamond", 60), ("ruby", 40))
           for occasion in ("jubilee", "wedding", "anniversary")},
    "de": {**{f"{stem}{ending} {noun}": years for stem, years in (("silbern", 25), ("golden", 50), ("diamanten", 60))
              for ending in ("e", "es", "en") for noun in ("Jubiläum", "Hochzeit", "Priesterjubiläum", "Dienstjubiläum",
                                                            "Ehejubiläum", "Firmenjubiläum", "Vereinsjubiläum")},
           **{f"{stem}{noun}": years for stem, years in (("silber", 25), ("gold", 50), ("diamant", 60))
              for noun in ("hochzeit", "jubiläum")}},
    "fr": {f"{occasion} {metal}": years for metal, years in (("d'argent", 25), ("d’argent", 25), ("d'or", 50), ("d’or", 50),
                                                            ("de diamant", 60))
           for occasion in ("noces", "jubilé")},
    "es": {f"{occasion} de {metal}": years for metal, years in (("plata", 25), ("oro", 50), ("diamante", 60))
           for occasion in ("bodas", "jubileo", "aniversario")},
    "ru": {f"{stem}{ending} {noun}": years for stem, years in (("серебрян", 25), ("золот", 50), ("бриллиантов", 60))
           for ending in ("ая", "ой", "ую", "ый", "ого", "ом") for noun in ("свадьб", "юбиле")},
    "ja": {"銀婚式": 25, "金婚式": 50, "ダイヤモンド婚式": 60, "銀婚": 25, "金婚": 50},
}

# Stand-ins read with their case: "May" the month, not "may" the verb.
_CASED_STAND_INS = {"en": {"May": 5, "MAY": 5}}
# The same in the scripts written without spaces, found anywhere ("正の値": a positive value).
# ("ひとつも", "一つも": not a single one, before a negated verb; "ダブルクリック": a double click.)
_GLUED_STAND_INS = {"ja": {"正の": 0, "正数": 0, "負の": 0, "負数": 0, "非ゼロ": 0, "ゼロ以外": 0, "氷点下": 0, "零下": 0,
                           "ひとつも": 0, "一つも": 0, "ダブル": 2, **_NAMED_ANNIVERSARIES["ja"],
                           # ("7 days and 1 day before" / "7日前と前日": the day before.)
                           "前日": 1, "翌日": 1, "前々日": 2, "翌々日": 2,
                           # ("from day 1" / "初日から", "your 1st visit" / "初回".)
                           "初日": 1, "初回": 1,
                           # The Meteorological Agency's days by their highest temperature: "extremely hot
                           # days (35 °C or higher)" / "猛暑日", "days of 30 °C or more" / "真夏日".
                           "猛暑日": 35, "真夏日": 30, "夏日": 25, "熱帯夜": 25},
                    "fr": _NAMED_ANNIVERSARIES["fr"], "es": _NAMED_ANNIVERSARIES["es"],
                    "zh": {"正数": 0, "负数": 0, "非零": 0},
                    # ("суточный билет": a 24-hour ticket; "недельная карта": 7 days; a quarter or half a century.)
                    "ru": {"суточн": 24, "недельн": 7, "четверть века": 25, "четверти века": 25, "полвека": 50,
                           "полувека": 50, "получасов": 30, "полуторн": 1.5, **_NAMED_ANNIVERSARIES["ru"]},
                    "ko": {"하나": 1, "둘": 2, "셋": 3, "넷": 4},
                    # (Pairs are two only when one works in them: "in pairs" / "par 2", not "pairs of ospreys".)
                    "en": {"in pairs": 2, **_NAMED_ANNIVERSARIES["en"]},
                    # A pupil of a school year: "Sechstklässler" is in Year 6.
                    "de": {**{f"{stem}klässl": year for year, stem in enumerate(
                        "erst zweit dritt viert fünft sechst siebt acht neunt zehnt elft zwölft".split(), start=1)},
                           # ("2-stroke oil" / "Zweitaktöl", "one rider" / "Einsitzer", "in 30-minute
                           # increments" / "halbstundenweise".)
                           "zweitakt": 2, "viertakt": 4, "einsitzer": 1, "zweisitzer": 2, "dreisitzer": 3,
                           "halbstünd": 30, "halbstunden": 30, "viertelstünd": 15, **_NAMED_ANNIVERSARIES["de"]}}
# (Russian's and English's begin a word: "понедельник" holds no "недельн", "семинедельном" says its own seven.)
# (The words are in lower case but for German nouns, and found so or capitalised: "Суточный", "In
# pairs"; a case-blind pattern would cost every text more.)
_GLUED_STAND_IN_RES = {language: re.compile(("(?<![^\\W\\d_])" if language in ("ru", "en") else "") + "(?:" + "|".join(
                           dict.fromkeys(form for word in words for form in (word, word[:1].upper() + word[1:]))) + ")")
                       for language, words in _GLUED_STAND_INS.items()}
_GLUED_STAND_IN_VALUES = {language: {word.lower(): value for word, value in words.items()}
                          for language, words in _GLUED_STAND_INS.items()}


def glued_stand_in_end(text: str, start: int, language: str) -> int | None:
    """Where a stand-in glued to the words around it ("ダブル" in "ダブルクリック") ends, or None."""
    glued = _GLUED_STAND_IN_RES.get(language)
    found = glued.match(text, start) if glued is not None else None
    return found.end() if found is not None else None


def spoken_number(values: list[Decimal]) -> Decimal | None:
    """The number that words read one by one say together, in the order a number is spoken
    ("двенадцати тысяч": 12, 1000 -> 12000; "двадцать пять": 20, 5 -> 25), or None when they are
    no one number ("три четыре")."""
    total, current, last = Decimal(0), Decimal(0), None
    for value in values:
        if value >= 1000:
            if last is not None and last >= 1000:
                return None
            total += (current or 1) * value
            current = Decimal(0)
        elif last is not None and last < 1000 and value >= last:
            return None
        else:
            current += value
        last = value
    return total + current


def stand_ins(text: str, language: str) -> list[tuple[Decimal, int]]:
    """(value, offset) of the words of `text` that stand in for a small number (see _STAND_INS)."""
    idioms = _IDIOMS.get(language)
    if idioms is not None:  # (no stand-in in an idiom: the "hundert" of "der Hundertjährige Krieg")
        text = idioms.sub(lambda match: "\x00" * len(match.group()), text)
    table = _STAND_INS.get(language, {})
    found = [
        (Decimal(table[match.group()]), match.start())
        for match in _WORD_RE.finditer(text.lower())
        if match.group() in table
    ]
    cased = _CASED_STAND_INS.get(language)
    if cased is not None:
        found += [(Decimal(cased[match.group()]), match.start())
                  for match in _WORD_RE.finditer(text) if match.group() in cased]
    stems = _stem_re(language)
    if stems is not None:
        values = _stem_values(language)
        found += [(Decimal(values[match.lastgroup]), match.start()) for match in stems.finditer(text)]
    if language in WRITTEN_WITHOUT_SPACES:
        found += [(Decimal(japanese_numeral_value(match.group(1))), match.start())
                  for match in _JAPANESE_NUMERAL_RE.finditer(text) if match.group(1)]
    glued = _GLUED_STAND_IN_RES.get(language)
    if glued is not None:
        found += [(Decimal(_GLUED_STAND_IN_VALUES[language][match.group().lower()]), match.start())
                  for match in glued.finditer(text)]
    if language == "de" and _GERMAN_COUNT_COMPOUND_HINT_RE.search(text) is not None:
        found += _german_count_compounds(text)
    if language == "ru":
        found += [(Decimal(value), start) for value, start in count_compounds(text)]
    return found


# A count glued to what it counts in German: "400-year-old" / "vierhundertjährig", "our herd of 14
# horses" / "unsere vierzehnköpfige Herde", "a 10-visit card" / "die Zehnerkarte".
# ("Zweijahresvertrag", "Dreimonatsabo", "Zweitageskarte": the count before a noun's period; "Fünftagewoche",
# a week of five working days.)
_GERMAN_COUNTED = ("jährig|jährlich|köpfig|tägig|stündig|wöchig|monatig|teilig|stöckig|sprachig|stufig"
                   "|jahres|monats|wochen|tages|stunden|tagewoche")
_GERMAN_COUNTED_AFTER_ER = "karte|block|pack|abo|ticket|team|gruppe|abteil|zimmer|set|tisch"
_GERMAN_COUNT_COMPOUND_HINT_RE = re.compile(rf"(?i){_GERMAN_COUNTED}|er(?:{_GERMAN_COUNTED_AFTER_ER})")
_GERMAN_COUNT_COMPOUND_RE = re.compile(rf"(?i)(?<![^\W\d_])(?P<count>[a-zäöüß]{{3,40}}?)(?:(?:{_GERMAN_COUNTED})"
                                       rf"|(?<=[a-zäöüß]{{3}})er(?:{_GERMAN_COUNTED_AFTER_ER}))")


def is_a_german_count_compound(word: str) -> bool:
    """`word` is a count glued to what it counts: "Dreijahresvertrag", "vierzehnköpfig", "Zehnerkarte"."""
    return _GERMAN_COUNT_COMPOUND_RE.match(word) is not None and bool(_german_count_compounds(word))


def _german_count_compounds(text: str) -> list[tuple[Decimal, int]]:
    found = []
    for match in _GERMAN_COUNT_COMPOUND_RE.finditer(text):
        try:
            value = text2num(match.group("count").lower(), "de")
        except ValueError:
            continue  # "mehrjährig", "halbtägig", "langjährig": no count
        found.append((Decimal(value), match.start()))
    return found


# Articles and "one", which say 1 in passing: languages add and drop them freely ("at a time" /
# "a la vez"), so they are never taken for the translation of the other text's article.
_ARTICLES = {
    "en": frozenset({"a", "an", "one"}),
    "fr": frozenset({"un", "une"}),
    "de": frozenset({"ein", "eine", "einen", "einem", "einer", "eines", "eins"}),
    "es": frozenset({"un", "una", "uno"}),
    "it": frozenset({"un", "una", "uno"}),
    "pt": frozenset({"um", "uma"}),
    "nl": frozenset({"een", "één"}),
}


# The sign said as a word before a number: "minus 40 Grad", "マイナス65℃", "氷点下40度" (below
# freezing). Not a comparator's "moins" or "menos" ("au moins 40", "al menos 40").
_MINUS_BEFORE = {
    "en": r"(?<![\w-])minus\s$",
    "fr": r"(?<!au\s)(?<!du\s)(?<![\w-])moins\s$",
    "de": r"(?<![\w-])minus\s$",
    "es": r"(?<!al\s)(?<!lo\s)(?<![\w-])(?:menos|bajo\scero\sa?)\s$",
    "ru": r"(?<![\w-])минус\s$",
    # (Said once for a range: "氷点下4〜7度" is −4 to −7.)
    "ja": r"(?:マイナス|氷点下|零下)\s?(?:\d+(?:\.\d+)?\s?(?:〜|～|~|から)\s?)?$",
}
_MINUS_BEFORE_RES = {language: re.compile(pattern, re.IGNORECASE) for language, pattern in _MINUS_BEFORE.items()}


# Below zero said after the number and its unit: "8 degrees below zero", "8 grados bajo cero".
_BELOW_ZERO_AFTER = {
    "en": r"below\s+(?:zero|freezing)", "fr": r"(?:en\s+)?(?:dessous\s+de\s+|sous\s+)(?:z[ée]ro|0)",
    "de": r"unter\s+(?:null|dem\s+Gefrierpunkt)", "es": r"bajo\s+cero", "ru": r"ниже\s+нуля|мороза",
}
_BELOW_ZERO_AFTER_RES = {language: re.compile(r"[\s\u00a0\u202f]*(?:°\s*[CF]?|[^\W\d_]+\.?)?[\s\u00a0\u202f]*(?:" + words + ")",
                                              re.IGNORECASE) for language, words in _BELOW_ZERO_AFTER.items()}


_BELOW_ZERO_RES = {language: re.compile(words, re.IGNORECASE) for language, words in _BELOW_ZERO_AFTER.items()}


def says_below_zero(text: str, start: int, language: str) -> bool:
    """The word at `start` is the zero of "below zero" ("bajo cero", "unter null", "sous zéro"),
    which says a negative temperature as "négatives" and "Minusgrade" do."""
    pattern = _BELOW_ZERO_RES.get(language)
    return pattern is not None and any(found.start() <= start < found.end() for found in pattern.finditer(text))


# The cheap test of minus_said_around: a word that may say minus or below zero.
_MINUS_WORDS = {"en": "minus|below", "fr": "moins|dessous|sous", "de": "minus|unter", "es": "menos|bajo",
                "ru": "минус|ниже|мороза", "ja": "マイナス|氷点下|零下"}
_MINUS_WORD_RES = {language: re.compile(words, re.IGNORECASE) for language, words in _MINUS_WORDS.items()}


def may_say_minus(text: str, language: str) -> bool:
    if language == "en":  # (two substrings: an English source is nearly every text)
        lowered = text.lower()
        return "minus" in lowered or "below" in lowered
    pattern = _MINUS_WORD_RES.get(language)
    return pattern is not None and pattern.search(text) is not None


def minus_said_around(text: str, start: int, end: int, language: str) -> tuple[int, int] | None:
    """Where the number from `start` to `end` is said to be negative in words, with those words
    ("minus 8", "8 degrees below zero"); None if it is not."""
    before = _MINUS_BEFORE_RES.get(language)
    found = before.search(text, max(0, start - 12), start) if before is not None else None
    if found is not None:
        return found.start(), end
    after = _BELOW_ZERO_AFTER_RES.get(language)
    found = after.match(text, end) if after is not None else None
    return (start, found.end()) if found is not None else None


# Words that say a count of nothing: "sans erreur", "ohne Fehler", "no se encontraron amenazas",
# "ошибок нет", "エラーなし" (a plain negation, "no se encontraron", says too much else).
_ABSENCE = {
    "fr": r"sans|aucune?|pas\s+d[e'’]", "de": r"ohne|kein\w*", "es": r"sin|ningun[oa]?|ningún|no",
    "ru": r"без|нет|не|ни", "ja": r"なし|ゼロ|ません|ない",
}
_ABSENCE_RES = {language: re.compile(rf"(?<![^\W\d_])(?:{words})(?![^\W\d_])" if language != "ja" else words,
                                     re.IGNORECASE) for language, words in _ABSENCE.items()}
_SOURCE_ABSENCE_RE = re.compile(r"(?<![^\W\d_])(?:no|none|not|without|never|nothing|nobody|unlimited|disables?"
                                r"|off|lacks?|lacking|missing|absent|empty|unset)(?![^\W\d_])|n['’]t\b",
                                re.IGNORECASE)
# "0 errors", "0 threats found": a 0 followed by the things it counts, not by a preposition or a verb.
_COUNTS_RE = re.compile(r"[\x20\u00a0\u202f](?!(?:on|in|at|to|for|or|and|if|is|are|was|were|means?|by|as|of"
                        r"|the|an?|with|from|then|when|will|disables?|turns?|sets?)\b)[^\W\d_]", re.IGNORECASE)
# How far, in characters, the word of absence may stand from the place of the 0 it says.
_ABSENCE_REACH = 30


def said_as_absence(number: Number, text: str, other_text: str, other_language: str) -> bool:
    """A "0" that counts the things named after it ("0 errors", "0 threats found"), said by the other
    text as an absence at about its place ("sans erreur", "угроз не обнаружено")."""
    # A text that says an absence itself ("0 means no limit") has the other's word for that.
    if number.text != "0" or _COUNTS_RE.match(text, number.end) is None or _SOURCE_ABSENCE_RE.search(text):
        return False
    pattern = _ABSENCE_RES.get(other_language)
    if pattern is None:
        return False
    place = number.start / max(len(text), 1) * len(other_text)
    return any(abs(found.start() - place) <= _ABSENCE_REACH for found in pattern.finditer(other_text))


# A price of nothing ("基本料金0円", "0 €", "$0") and how English says it: "free", "no standing charge",
# "at no cost", "without charge".
_ZERO_PRICE_RE = re.compile(r"[\x20\u00a0]?(?:円|ドル|ユーロ|ポンド|€|£|\$|yen|euros?|dollars?|EUR|USD|JPY|руб|₽)")
_NOTHING_TO_PAY_RE = re.compile(r"(?i)\b(?:free|no\s+(?:[a-z-]+\s+){0,2}(?:charges?|fees?|costs?|payments?|deposits?|fares?|prices?)"
                                r"|without\s+(?:any\s+)?(?:charges?|fees?|costs?|payment)|at\s+no\s+(?:extra\s+|additional\s+)?cost"
                                r"|nothing\s+to\s+pay)\b")


def nothing_said_as_a_zero_price(number: Number, text: str, english_source: str) -> bool:
    """A price of 0 in a translation whose English source says there is nothing to pay: "no standing
    charge" / "基本料金0円", "free delivery" / "送料0円"."""
    return (number.text == "0" and (_ZERO_PRICE_RE.match(text, number.end) is not None
                                    or text[max(0, number.start - 1):number.start] in ("$", "€", "£", "¥"))
            and _NOTHING_TO_PAY_RE.search(english_source) is not None)


# A count of one said by an article or "once" ("over a year", "more than once", "bis zu ein Jahr",
# "menos de una vez", "moins d'un an"), for the comparator before it. (The English article counts
# only before a unit: "over a network" bounds nothing; its group "unit" says where that starts.)
_COUNTS_OF_ONE = {"en": r"one|once|a\s+single|an?(?=\s+(?P<unit>\w))", "fr": r"une?|une\s+fois",
                  "de": r"ein(?:e[mnrs]?)?|einmal", "es": r"una?|uno|una\s+vez",
                  "ru": r"одн(?:ого|ой|у|им|а|о)|один|однажды"}
_COUNTS_OF_ONE_RES = {language: re.compile(rf"(?i)(?<![\w-])(?<=[\s'’])(?:{words})(?![\w-])")
                      for language, words in _COUNTS_OF_ONE.items()}
# A word for one in any of these languages, which may say a range's end of 1 ("de uno a tres").
_ANY_WORD_FOR_ONE_RE = re.compile(r"(?i)(?<![^\W\d_])(?:une?|uno|una|ein\w*|одн\w*|один)(?![^\W\d_])")


def counts_of_one(text: str, language: str) -> Iterator[re.Match[str]]:
    """Where `text` says a count of one in words that a comparator may stand before (none for a
    language without the list)."""
    pattern = _COUNTS_OF_ONE_RES.get(language)
    return iter(()) if pattern is None else pattern.finditer(text)


def says_one_in_words(text: str) -> bool:
    return _ANY_WORD_FOR_ONE_RE.search(text) is not None


def is_article(word: str, language: str) -> bool:
    """ "a", "une", "einem", "uno": an article or the word for one."""
    return word.lower() in _ARTICLES.get(language, ())


# What a stand-in means, for telling which stand-ins of two texts translate each other: the words
# of every language for one meaning, stand-ins or not ("no" says the "keine" of a translation;
# "par", "pro", "por" its "per"). Whole words; a stand-in of no meaning here pairs with nothing.
_MEANINGS = {
    "none": (0, r"none|nothing|no|without|aucune?s?|rien|sans|kein\w*|ohne|ning[uú]n[oa]?s?|nada|sin"
                r"|нет|без|ничего", ""),
    "zero": (0, r"zero(?:e?s)?|z[ée]ros?|nul(?:le)?s?|ceros?|нул\w*|ноль", "ゼロ|零|〇"),
    "empty": (0, r"empty|vides?|leer\w*|vac[ií][oa]s?|пуст\w*", ""),
    "negative": (0, r"n[eé]gati(?:ve|f|fs|ves|vo|va|vos|vas)|отрицат\w*|minusgraden?|minustemperaturen",
                 "負の|負数|负数|氷点下|零下"),
    "positive": (0, r"positi(?:ve|f|fs|ves|vo|va|vos|vas)|положит\w*", "正の|正数"),
    "nonzero": (0, r"non-?zero|ненул\w*", "非ゼロ|ゼロ以外|非零"),
    "per": (1, r"per|par|pro|je|por", ""),
    "first": (1, r"first|premi[eè]re?s?|erste[nmrs]?|primer[oa]?s?|перв\w*", "最初|第一|一番目"),
    "second": (2, r"second|deuxième|seconde?|zweit\w*|segund[oa]s?|втор\w*", "第二|二番目"),
    "both": (2, r"both|beide\w*|ambos|ambas|оба|обе|обоих|обеих", "両"),
}
# Whole words, except in the scripts written without spaces ("ゼロの").
_MEANING_RE = re.compile("|".join(
    f"(?P<{name}>(?<![^\\W\\d_])(?:{words})(?![^\\W\\d_])" + (f"|{glued})" if glued else ")")
    for name, (_, words, glued) in _MEANINGS.items()), re.IGNORECASE)


def meaning(word: str) -> str | None:
    """ "keine" -> "none", "zéro" -> "zero", "pro" -> "per"; None for a word of no meaning listed."""
    found = _MEANING_RE.match(word)
    return found.lastgroup if found else None


@lru_cache(maxsize=None)
def _one_meaning_re(name: str) -> re.Pattern[str]:
    _, words, glued = _MEANINGS[name]
    return re.compile(r"(?<![^\W\d_])(?:" + words + r")(?![^\W\d_])" + (f"|{glued}" if glued else ""), re.IGNORECASE)


def meaning_words(text: str, meanings: frozenset[str]) -> list[tuple[str, Decimal, int, int]]:
    """(meaning, value, start, end) of the words of `text` that say one of `meanings` (see _MEANINGS)."""
    return [(name, Decimal(_MEANINGS[name][0]), found.start(), found.end())
            for name in sorted(meanings) for found in _one_meaning_re(name).finditer(text)]


_ZERO_MEANINGS = frozenset({"zero", "none", "empty"})
# (German's zero, "null", and Russian's "not one", which say zero only in a translation: English's "null"
# is no number.)
_ZERO_SAID_RE = re.compile(r"(?i)(?<![^\W\d_])(?:null|ни\s+одн\w*)(?![^\W\d_])")


def says_zero(text: str) -> bool:
    """Whether a translation has a word for zero, none or empty ("zéro", "aucun", "leer", "Null",
    "ни одного")."""
    return bool(meaning_words(text, _ZERO_MEANINGS)) or _ZERO_SAID_RE.search(text) is not None


# "The other" of two: after a word for one ("один ..., другой ..."), it stands for the second 1 of a
# pair ("1 using bars and 1 using a line").
_THE_OTHER = {
    "en": r"the other",
    "fr": r"l['’]autre",
    "de": r"(?:der|die|das|den|dem) andere[nmrs]?",
    "es": r"(?:el otro|la otra)",
    "it": r"(?:l['’]altr[oa])",
    "pt": r"(?:o outro|a outra)",
    "ru": r"друг(?:ой|ая|ое|ую|им|ом)",
    "ja": r"もう一方|もう片方|他方",
}


def the_other_span(text: str, language: str) -> tuple[int, int] | None:
    """Where `text` says "the other" of two ("l'autre", "другой"), or None."""
    words = _THE_OTHER.get(language)
    if words is None:
        return None
    if language not in WRITTEN_WITHOUT_SPACES:
        words = r"(?<![^\W\d_])(?:" + words + r")(?![^\W\d_])"
    found = re.search(words, text, re.IGNORECASE)
    return found.span() if found else None


def warm(language: str) -> None:
    """Build what reading `language`'s number words builds on first use (see compare.warm)."""
    number_word_test(language)
    for name in _MEANINGS:
        _one_meaning_re(name)
    _stem_re(language)
    _stem_values(language)


@dataclass(frozen=True)
class WordReading:
    numbers: tuple[Number, ...]
    weak: tuple[Number, ...]


# The comparison reads a text's words for its numbers, then again for the words standing in for
# small numbers ("un", "both"): the same masked text, read once.
@lru_cache(maxsize=64)
def read_number_words(masked: str, original: str, language: str) -> WordReading:
    """Number words of `language` in `masked` (the text with non-quantities blanked out)."""
    if language == "ru":
        return _russian_number_words(masked, original)
    if language not in SUPPORTED_LANGUAGES:
        return WordReading((), ())
    idioms = _IDIOMS.get(language)
    if idioms is not None:
        masked = idioms.sub(lambda match: "\x00" * len(match.group()), masked)
    if language == "de" and ("ig" in masked or "person" in masked or "zimmer" in masked or "sitzer" in masked
                             or "türer" in masked):
        masked = _GERMAN_COUNT_IN_A_COMPOUND_RE.sub(lambda match: match.group(1) + "\x00" * len(match.group(2)), masked)
    # The tokens cover the text end to end (a word, a space run or one other character each), so
    # each one's offset is the sum of the lengths before it.
    words = _TOKEN_RE.findall(masked)
    starts = list(accumulate(map(len, words), initial=0))
    numbers: list[Number] = []
    weak: list[Number] = []
    bare_scales = _BARE_SCALES_WITHOUT_QUANTIFIER.get(language, _LARGE_SCALES)
    percent_after = _PERCENT_WORD_AFTER_RES.get(language)
    for occurrence in find_numbers(list(map(_Token, words)), language, threshold=0):
        start = starts[occurrence.start]
        end = starts[occurrence.end]
        written = original[start:end]
        value = Decimal(str(occurrence.value)).normalize()
        if value == value.to_integral_value():
            value = value.quantize(Decimal(1))
        kind = ("ordinal" if occurrence.is_ordinal
                else "percent" if percent_after is not None and percent_after.match(original, end) else "word")
        number = Number(value, written, start, end, kind)
        single_word = occurrence.end - occurrence.start == 1
        # "two-way", "three-phase", "two-byte": an adjective more than a count; translators
        # write "bidirectionnel", "double octet". Not a length or a size: "a three-hour cut", "a
        # six-month extension", "a two-bedroom flat", "a three-course meal", "a two-piece suit" count.
        compound = (original[end:end + 1] == "-" and original[end + 1:end + 2].isalpha()
                    and _MEASURED_COMPOUND_RE.match(original, end) is None)
        ranks_a_superlative = occurrence.is_ordinal and _SUPERLATIVE_AFTER_RE.match(original, end) is not None
        if not ranks_a_superlative and (
            compound
            or value < 2
            or written.lower() in _AMBIGUOUS_WORDS and not ranks_a_noun(masked, start, end)
            or (single_word and value in bare_scales and not occurrence.is_ordinal
                and not _AFTER_THE_ARTICLE_RE.search(masked, 0, start))
        ):
            weak.append(number)
        else:
            numbers.append(number)
    if weak and numbers:
        numbers, weak = _ones_starting_a_range(original, numbers, weak)
    glued = _GLUED_RANK_RES.get(language)
    if glued is not None:
        numbers += [Number(Decimal(_GLUED_RANKS[match.group(1).lower()]), match.group(), match.start(), match.end(),
                           "ordinal") for match in glued.finditer(masked)]
        numbers.sort(key=lambda number: number.start)
    if language == "en" and "trillion" in masked.lower():
        numbers, weak = _with_trillions(masked, original, numbers, weak)
    return WordReading(tuple(numbers), tuple(weak))


# "un à deux jours", "entre uno y dos días", "one to two weeks": a one that starts a range is a count.
_RANGE_JOINER_RE = re.compile(r"(?i)[\x20\u00a0]*(?:à|a|au|bis|to|y|ou|o|oder|or|[-–])[\x20\u00a0]*")


def _ones_starting_a_range(original: str, numbers: list[Number],
                           weak: list[Number]) -> tuple[list[Number], list[Number]]:
    starts = {number.start for number in numbers if number.kind == "word"}
    ones = [number for number in weak if number.value == 1 and number.kind == "word"
            and (joiner := _RANGE_JOINER_RE.match(original, number.end)) is not None and joiner.end() in starts]
    if not ones:
        return numbers, weak
    return (sorted(numbers + ones, key=lambda number: number.start),
            [number for number in weak if number not in ones])


# text2num stops at billions: "one trillion" is 10¹².
_TRILLIONS_RE = re.compile(r"(?i)\b(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+trillions?\b")
_TRILLION_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                    "eight": 8, "nine": 9, "ten": 10}


def _with_trillions(masked: str, original: str, numbers: list[Number],
                    weak: list[Number]) -> tuple[list[Number], list[Number]]:
    for match in _TRILLIONS_RE.finditer(masked):
        def apart(number: Number) -> bool:
            return number.end <= match.start() or number.start >= match.end()
        numbers = [number for number in numbers if apart(number)]
        weak = [number for number in weak if apart(number)]
        numbers.append(Number(Decimal(_TRILLION_COUNTS[match.group("n").lower()]) * 10 ** 12,
                              original[match.start():match.end()], match.start(), match.end(), "word"))
    numbers.sort(key=lambda number: number.start)
    return numbers, weak


_MEASURED_COMPOUND_RE = re.compile(
    r"-(?:second|minute|hour|day|night|week|month|year|decade|mile|met(?:re|er)|kilomet(?:re|er)|foot|feet|inch|lit(?:re|er)"
    r"|gallon|pound|kilo(?:gram)?|ton(?:ne)?|storey|story|seat(?:er)?|person|bedroom|room|course|piece|pack|star|door"
    r"|wheel|player|berth|lesson|session|axle|cycle|tier|level|floor|lane|bay|hole|round|stage|act|episode|volume|bed"
    # (German joins them too: "Drei-Gänge-Menü", "Vier-Sterne-Hotel", "Zwei-Zimmer-Wohnung".)
    r"|gänge|sterne|zimmer|personen|tage|wochen|monate|jahre|stunden|minuten)s?(?![\w])", re.IGNORECASE)


def _russian_number_words(masked: str, original: str) -> WordReading:
    """Russian has no text2num grammar: russian_words reads it. One ("один", "первый") and a scale
    alone ("тысяча") are weak, as in the other languages."""
    numbers: list[Number] = []
    weak: list[Number] = []
    for found in read_russian_number_words(masked):
        number = Number(found.value, original[found.start:found.end], found.start, found.end, found.kind)
        alone = " " not in number.text.strip()
        (weak if found.value < 2 or (alone and found.value in _LARGE_SCALES) else numbers).append(number)
    return WordReading(tuple(numbers), tuple(weak))


# "The second day", "a second warning": after a determiner and before a noun, "second" ranks it (not
# "wait a second", "a second later": a moment).
_DETERMINER_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?:the|its|their|his|her|our|your|my|an?|le|la|el|der|die|das|den"
                                   r"|dem)\s+$", re.IGNORECASE)
# (Not a moment: "a second later", "a second or two", "a second per frame".)
_NOUN_AFTER_RE = re.compile(r"\s+(?!(?:of|or|and|to|in|on|at|is|was|are|were|de|et|ou|und|oder|y|o|later|earlier|ago"
                            r"|before|after|longer|shorter|per|each|too|more|less|faster|slower|left|remaining"
                            r"|passed|elapsed)\b)[^\W\d_]{3,}", re.IGNORECASE)


# A number in words followed by the language's word for per cent is a percentage ("zehn Prozent").
_PERCENT_WORDS = {"en": "percent|per cent", "fr": "pour cent", "de": "Prozent", "es": "por ciento", "it": "per cento",
                  "pt": "por cento", "ru": r"процент\w*", "ja": "パーセント"}
_PERCENT_WORD_AFTER_RES = {language: re.compile(r"[\x20\u00a0]+(?:" + words + r")(?!\w)", re.IGNORECASE)
                           for language, words in _PERCENT_WORDS.items() if language not in ("ru", "ja")}
# A share said after its number in words, or in percentage points ("10 процентов", "3 Prozentpunkte",
# "3 п. п.", "3ポイント"), as so many in a hundred ("drei von hundert Spendern"), in a compound
# ("5-prozentige", "5-процентный", "95-%-KI", "0,1 Gewichtsprozent", "0.1重量％"), or once after the
# last of a range or a list ("de 10 à 80 %", "10, 15 или 20 %", "5.25～5.50％").
_PERCENT_ALTERNATION = "|".join(_PERCENT_WORDS.values())
# (After the end of a range that says the share once: "del 50 al 70 %", "de 50 à 70 %".)
_SHARE_AFTER_RE = re.compile(
    r"(?i)(?:[\x20\u00a0\u202f]*(?:[-–—]|to|à|a|al|bis|до|y)[\x20\u00a0\u202f]*\d+(?:[.,]\d+)?)?"
    r"[\x20\u00a0\u202f-]*(?:[%％‰]|" + _PERCENT_ALTERNATION
    + r"|points?|punkte?|puntos?|пункт\w*|п\.\s?п\.|pp\b|p\.\s?p\.|ポイント|割"
    r"|[^\W\d_]*(?:prozent|процент)|[^\W\d_]{1,3}[%％]"
    r"|[^\W\d_]*\s+(?:von|sur|de\s+cada|из|out\s+of|in)\s+(?:hundert|cent|cien|ста|100|a\s+hundred)(?![\w.,]))"
    r"|(?:[\x20\u00a0\u202f]*(?:[-–—~〜～,/]|and|or|to|et|ou|à|und|oder|bis|auf|y|o|a|и|или|до|по)"
    # ("entre el 60 y el 75 %": an article before the last.)
    r"[\x20\u00a0\u202f]*(?:(?:el|la|les|le|the)[\x20\u00a0\u202f]+)?\d[\d.,]*)+[\x20\u00a0\u202f]*(?:[%％]|"
    + _PERCENT_ALTERNATION + r")")


def says_a_share_after(text: str, end: int) -> bool:
    """Whether a percent sign or word, or percentage points, follow the number ending at `end`, or
    the degrees Japanese gives alcohol by volume in ("16% ABV" / "アルコール度数16度")."""
    return _SHARE_AFTER_RE.match(text, end) is not None or says_alcohol_in_degrees(text, end)


def says_alcohol_in_degrees(text: str, end: int) -> bool:
    """The number ending at `end` is alcohol by volume in Japanese degrees: "アルコール度数16度", a
    share of 16 %, no temperature."""
    return text.startswith("度", end) and _ALCOHOL_BEFORE_RE.search(text, max(0, end - 16), end) is not None


_ALCOHOL_BEFORE_RE = re.compile(r"アルコール(?:度数|分)?[はが：:]?[\x20\u00a0]?(?:約|およそ)?[0-9０-９.．]+$")


def ranks_a_noun(masked: str, start: int, end: int) -> bool:
    """The word at `start`..`end` ("second") stands between a determiner and a noun: a rank."""
    return (_DETERMINER_BEFORE_RE.search(masked, max(0, start - 8), start) is not None
            and _NOUN_AFTER_RE.match(masked, end) is not None)


# An ordinal that ranks a superlative is a rank, never a unit of time or an adjective: "the
# second-longest reign", "the third largest city"; German glues the two ("zweitlängste",
# "dritthöchste", "drittbeste").
_SUPERLATIVE_AFTER_RE = re.compile(
    r"[-\x20](?:" + "|".join((_COMMON_SUPERLATIVES + " " + _RARE_SUPERLATIVES).split()) + r")\b", re.IGNORECASE)
_GLUED_RANKS = {"zweit": 2, "dritt": 3, "viert": 4, "fünft": 5, "sechst": 6, "siebt": 7, "acht": 8, "neunt": 9,
                "zehnt": 10}
_GLUED_RANK_RES = {"de": re.compile(r"(?<![^\W\d_])(" + "|".join(_GLUED_RANKS) + r")[a-zäöü]*?[sß]te[nmrs]?(?![^\W\d_])",
                                    re.IGNORECASE)}
