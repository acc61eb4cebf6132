"""Roman numerals where they are numbers: centuries and ordinals ("XXe siècle", "XIVe", "Ier").

A lone "I", "V" or "X" is a word or a letter; "Louis XIV" is a name. Only a Roman numeral with an
ordinal ending (two letters or more, or "Ier") or followed by a word for "century" (or Russian's
"квартал", a quarter of the year, and the parts Russian numbers before their noun: "III фазы", "II
стадии", "I степени", "II группы"), or following a noun that numbers parts or kinds ("Act II", "Type I") is read.
Single "L", "C", "D", "M" are never read: "Le siècle", "Ce siècle", "De".
"""

from __future__ import annotations

import re
from decimal import Decimal

from i18n.numbers.model import Literal, LiteralMismatch, Number

_VALID_ROMAN_RE = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}

ROMAN_RE = re.compile(
    r"(?<![\w-])(?P<roman>[IVXLCDM]{1,8})"
    r"(?P<suffix>ᵉʳ|ʳᵉ|ᵉ|ème|eme|ième|er|re|e|è|th|st|nd|rd)?(?!\w)"
    r"(?P<century>[ \u00a0\u202f]+(?:siècles?|century|centuries|Jahrhunderts?|siglos?|secolos?"
    r"|séculos?|eeuw|århundrede|век(?:а|е|у|ом|ов|ах|ами)?|квартал(?:а|е|у|ом)?"
    r"|фаз(?:а|ы|е|у|ой)|стади(?:я|и|ю|ей)|степен(?:ь|и|ью)|категори(?:я|и|ю|ей)|групп(?:а|ы|е|у|ой)?)\b)?"
)


# Spanish, Italian and Portuguese put the century word first: "siglo XX", "secolo XIV". (The word
# edge before the "s" is looked for behind it: a pattern that starts with a letter lets re skip to
# the s's of a text at C speed, a third faster on every text read.)
CENTURY_FIRST_RE = re.compile(
    r"s(?<!\w.)(?:iglos?|ecolos?|éculos?)[ \u00a0\u202f]+(?P<roman>[IVXLCDM]{1,8})(?!\w)", re.IGNORECASE
)


# Spanish and Italian number an edition or an event with a Roman numeral between the article and
# the name: "el II Censo Anual", "la IV Edición", "il III Congresso" (the 2nd census, the 4th edition);
# or a century named before, at the end of a clause: "en el siglo XIII y ... en el XIX."
ARTICLE_FIRST_RE = re.compile(
    r"(?<![\w-])(?:[Ee]l|[Ll]a|[Ll]os|[Ll]as|[Dd]el|[Aa]l|[Ii]l|[Ll]o|[Gg]li|[Dd]ella|[Dd]ello)[ \u00a0]+"
    r"(?P<roman>[IVXLC]{1,7})(?:[ \u00a0]+(?=[A-ZÁÉÍÓÚÑ][a-záéíóúñàèìòù])|(?=[.,;:)]|$)(?<=[IVX]))"
)


# Russian numbers an event the same way, before its capitalised name: "III Международная конференция",
# "XV Всероссийский съезд" (the 3rd, the 15th).
EVENT_FIRST_RU_RE = re.compile(r"(?<![\w-])(?P<roman>[IVXLC]{2,7})[ \u00a0]+(?=[А-ЯЁ][а-яё])")


# A part, a level or a kind numbered after its noun: "Act II", "Type I diabetes", "Phase III",
# "acte II", "Teil III", "tomo IV", "Часть II" (the 2nd act, ...).
NOUN_FIRST_RE = re.compile(
    r"(?<![\w-])(?:act|acte|akt|acto|part|partie|teil|parte|часть|части|book|livre|buch|libro|книга|volume|vol|tome"
    r"|band|tomo|том|chapter|chapitre|kapitel|capítulo|глава|phase|fase|stage|stufe|level|niveau|nivel|уровень"
    r"|type|typ|tipo|тип|class|classe|klasse|clase|класс|category|catégorie|kategorie|categoría|grade|season|saison"
    r"|staffel|temporada|сезон|round|world\s+war|действие)\.?[ \u00a0]+(?P<roman>(?-i:[IVX]{1,5}))(?![\w-])",
    re.IGNORECASE)


# (A character class first, so re skips to the capitals at C speed; the lookbehind then checks the
# numeral starts a word.)
_LONE_ROMAN_RE = re.compile(r"[IVX](?<![\w-][IVX])[IVX]{0,4}(?![\w-])")


def may_follow_its_noun(text: str) -> bool:
    """The cheap test for NOUN_FIRST_RE: a Roman numeral of I, V and X standing alone ("Act II")."""
    return _LONE_ROMAN_RE.search(text) is not None and NOUN_FIRST_RE.search(text) is not None


def roman_value(letters: str) -> int:
    total = 0
    for index, letter in enumerate(letters):
        value = _VALUES[letter]
        if index + 1 < len(letters) and _VALUES[letters[index + 1]] > value:
            total -= value
        else:
            total += value
    return total


def read_roman(masked: str, original: str) -> tuple[Number, ...]:
    found = []
    for match in ROMAN_RE.finditer(masked):
        letters, suffix, century = match.group("roman", "suffix", "century")
        if not (suffix or century) or not _VALID_ROMAN_RE.fullmatch(letters):
            continue
        if len(letters) == 1 and (letters not in "IVX" or (not century and suffix not in ("er", "ᵉʳ"))):
            continue
        if suffix in ("er", "ᵉʳ") and letters != "I":
            continue  # only the first is "Ier" ("premier"); "Ver" is Spanish for "to view"
        end = match.end("suffix") if suffix else match.end("roman")
        found.append(
            Number(Decimal(roman_value(letters)), original[match.start():end], match.start(), end, "roman")
        )
    for match in (*CENTURY_FIRST_RE.finditer(masked), *ARTICLE_FIRST_RE.finditer(masked),
                  *EVENT_FIRST_RU_RE.finditer(masked),
                  *(NOUN_FIRST_RE.finditer(masked) if may_follow_its_noun(masked) else ())):
        letters = match.group("roman")
        if _VALID_ROMAN_RE.fullmatch(letters):
            start, end = match.span("roman")
            found.append(Number(Decimal(roman_value(letters)), original[start:end], start, end, "roman"))
    found += _other_ends(found, masked, original)
    found.sort(key=lambda number: number.start)
    return tuple(found)


# The other end of a range of centuries, which says "century" once: "siglos XIV y XVII", "в XIV–XVII
# веках", "XIV al XVII".
_JOIN = r"[ \u00a0\u202f]*(?:-|–|—|y|al|a|et|à|and|to|bis|und|и|по)[ \u00a0\u202f]*"
_END_AFTER_RE = re.compile(_JOIN + r"(?P<roman>[IVXLCDM]{1,8})(?!\w)")
_END_BEFORE_RE = re.compile(r"(?<![\w-])(?P<roman>[IVXLCDM]{1,8})" + _JOIN + "$")


def _other_ends(found: list[Number], masked: str, original: str) -> list[Number]:
    starts = {number.start for number in found}
    ends = []
    for number in found:
        for match in (_END_AFTER_RE.match(masked, number.end),
                      _END_BEFORE_RE.search(masked, max(0, number.start - 16), number.start)):
            if match is None or match.start("roman") in starts:
                continue
            letters = match.group("roman")
            if _VALID_ROMAN_RE.fullmatch(letters) and (len(letters) > 1 or letters in "IVX"):
                start, end = match.span("roman")
                ends.append(Number(Decimal(roman_value(letters)), original[start:end], start, end, "roman"))
                starts.add(start)
    return ends


# A name's Roman numeral ("Louis XIV", "Henry VIII", "Ludwig XV.", "Людовик XIII"): no quantity, but
# a name the translation keeps, or writes in digits ("ルイ14世"). Two letters or more, after a word
# with a capital.
# Or after a word that numbers a part, however written: "phase III", "étape II", "тип IV".
_NUMBERED_PARTS = ("phase|stage|type|class|grade|level|part|chapter|volume|title|article|step|round|étape|classe"
                   "|niveau|partie|chapitre|tome|titre|fase|tipo|clase|nivel|parte|capítulo|título|фаза|этап|тип"
                   "|класс|уровень|часть|глава|том|раздел|стадия|степень|klasse|stufe|typ|teil|kapitel|band|kategorie"
                   "|category|catégorie|categoría|категория|класса|типа|этапа|фазы|степени|категории"
                   "|annex|annexe|anexo|anhang|appendix|apéndice|приложени[еяю]|book|livre|libro|buch|книга|act|acte|acto|akt")
_NAMED_ROMAN_RE = re.compile(r"(?<![\w-])(?:[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]*|(?i:" + _NUMBERED_PARTS + r"))\.?[ \u00a0]+"
                             r"(?P<roman>[IVXLCDM]{2,8})(?![\w-])")


# ... and a single letter there: "class I", "Type V", "stade I" (a lone "I" elsewhere is a pronoun or a letter).
_SINGLE_NAMED_ROMAN_RE = re.compile(r"(?<![\w-])(?i:" + _NUMBERED_PARTS + r")\.?[ \u00a0]+(?P<roman>[IVX])(?![\w'’-])")
# A translation's numeral of two letters or more anywhere: "classe de produits II".
_ROMAN_ANYWHERE_RE = re.compile(r"(?<![\w'’-])(?P<roman>[IVX]{2,4})(?![\w'’-])")


# Letters that are abbreviations far more often than numerals: "400 V DC" / "CC", "CD", "CV", "MD", "ml".
_ABBREVIATIONS = frozenset("CC CD CI CL CM CV DC DI DIV DL DM LI MC MD MI MIX ML MM".split())


def _named_romans(text: str) -> list[tuple[int, re.Match[str]]]:
    return [(roman_value(match.group("roman")), match) for match in _NAMED_ROMAN_RE.finditer(text)
            if _VALID_ROMAN_RE.fullmatch(match.group("roman")) and match.group("roman") not in _ABBREVIATIONS]


def named_roman_values(text: str) -> frozenset[int]:
    """The values of the Roman numerals of `text`'s names: "Louis XIV" says the 14 of "ルイ14世"."""
    return frozenset(value for value, _ in _named_romans(text)) if may_name_a_roman(text) else frozenset()


_TWO_ROMAN_LETTERS_RE = re.compile(r"[IVXLCDM]{2}")


def may_name_a_roman(text: str) -> bool:
    """The cheap test of named_romans_changed: two Roman letters in a row, or one after a part's word."""
    return _TWO_ROMAN_LETTERS_RE.search(text) is not None or may_name_a_single_roman(text)


def may_name_a_single_roman(text: str) -> bool:
    """One Roman letter after a part's word: "class I"."""
    return _LONE_ROMAN_LETTER_RE.search(text) is not None and _SINGLE_NAMED_ROMAN_RE.search(text) is not None


_LONE_ROMAN_LETTER_RE = re.compile(r"[ \u00a0][IVX](?![\w'’-])")


def _single_named_romans(text: str) -> list[tuple[int, re.Match[str]]]:
    if _LONE_ROMAN_LETTER_RE.search(text) is None:
        return []
    return [(roman_value(match.group("roman")), match) for match in _SINGLE_NAMED_ROMAN_RE.finditer(text)]


def named_romans_changed(source: str, target: str) -> tuple[LiteralMismatch, ...]:
    """The source's names' Roman numerals that the translation writes as another ("Louis XIV" /
    "Louis XVI"), where it writes neither the same numeral nor its value in digits."""
    target_romans = _named_romans(target) + _single_named_romans(target)
    source_romans = _named_romans(source) + _single_named_romans(source)
    if any(len(match.group("roman")) == 1 for _, match in source_romans):
        target_romans += [(roman_value(match.group("roman")), match) for match in _ROMAN_ANYWHERE_RE.finditer(target)
                          if _VALID_ROMAN_RE.fullmatch(match.group("roman"))]
    if not target_romans:
        return ()
    changed = []
    for value, match in source_romans:
        if any(other == value for other, _ in target_romans) or re.search(rf"(?<!\d){value}(?!\d)", target):
            continue
        other_value, other = next(((other_value, other) for other_value, other in target_romans), (None, None))
        changed.append(LiteralMismatch(
            Literal(match.group("roman"), str(value), match.start("roman"), match.end("roman"), "numeral"),
            Literal(other.group("roman"), str(other_value), other.start("roman"), other.end("roman"), "numeral")))
    return tuple(changed)
