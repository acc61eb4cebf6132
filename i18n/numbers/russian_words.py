"""Numbers written in Russian words: cardinals in every case and gender, collective numerals and
ordinals, read into one Number per compound ("двух тысяч двадцать четвёртом" = ordinal 2024).

text2num has no Russian. The grammar read here: an optional run of groups "<small> <scale>"
(millions before thousands), then an optional small number (hundreds, tens, units in that order,
or hundreds and a teen), where the last word may be an ordinal. Case and gender agreement is not
checked. Glued ordinals ("двухтысячный", "пятисоттысячный") are one word of combining forms
ending in -сот-, -тысячн-, -миллионн-. Words are looked up with ё folded to е and in lower case.

A scale word alone is a number only in a singular form other than the genitive ("тысяча",
"тысячу", "миллион"), and not right after digits ("21 тысяча" is the digit reader's). Words joined
by a hyphen are numbers only when every part is one ("пять-шесть": 5 and 6).
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from i18n.numbers.model import Number

# The endings Russian glues to an ordinal in digits: "1-й", "25-го", "3-ем", "5-ым" ("5-ми", "5-ти"
# are a cardinal's cases).
ORDINAL_ENDING = r"-(?:й|я|е|ю|м|го|му|ой|ая|ое|ый|ий|ья|ого|ому|ым|ом|ую|ые|ых)"

_HYPHENS = "\\-\u2010\u2011"  # inside a character class

# Cardinals: value -> forms in every case (ё written е).
_UNITS = {
    1: "один одна одно одного одной одному одним одном одну одною",
    2: "два две двух двум двумя", 3: "три трех трем тремя", 4: "четыре четырех четырем четырьмя",
    5: "пять пяти пятью", 6: "шесть шести шестью", 7: "семь семи семью",
    8: "восемь восьми восемью восьмью", 9: "девять девяти девятью",
}
_TEENS = {10: "десят", 11: "одиннадцат", 12: "двенадцат", 13: "тринадцат", 14: "четырнадцат",
          15: "пятнадцат", 16: "шестнадцат", 17: "семнадцат", 18: "восемнадцат", 19: "девятнадцат"}
_TENS = {
    20: "двадцать двадцати двадцатью", 30: "тридцать тридцати тридцатью", 40: "сорок сорока",
    50: "пятьдесят пятидесяти пятьюдесятью", 60: "шестьдесят шестидесяти шестьюдесятью",
    70: "семьдесят семидесяти семьюдесятью", 80: "восемьдесят восьмидесяти восемьюдесятью восьмьюдесятью",
    90: "девяносто девяноста",
}
_HUNDREDS = {
    100: "сто ста", 200: "двести двухсот двумстам двумястами двухстах",
    300: "триста трехсот тремстам тремястами трехстах",
    400: "четыреста четырехсот четыремстам четырьмястами четырехстах",
    **{value * 100: f"{nominative} {genitive}сот {genitive}стам {instrumental}стами {genitive}стах"
       for value, nominative, genitive, instrumental in (
           (5, "пятьсот", "пяти", "пятью"), (6, "шестьсот", "шести", "шестью"), (7, "семьсот", "семи", "семью"),
           (8, "восемьсот", "восьми", "восемью"), (9, "девятьсот", "девяти", "девятью"))},
}
_HUNDREDS[800] += " восьмьюстами"
# Scale words: (forms that are a number on their own, forms that need a number before them). The
# plural forms are vague ("тысячи людей", "миллионы"); so is the genitive singular ("полтора миллиона").
_SCALES = {
    1000: ("тысяча тысячу тысяче тысячей тысячею", "тысячи тысяч тысячам тысячами тысячах"),
    **{value: (f"{stem} {stem}у {stem}ом {stem}е", f"{stem}а {stem}ы {stem}ов {stem}ам {stem}ами {stem}ах")
       for value, stem in ((10**6, "миллион"), (10**9, "миллиард"), (10**12, "триллион"))},
}
_ZERO = "ноль нуль ноля нуля нолю нулю нолем нулем ноле нуле"
_COLLECTIVES = {2: "дво", 3: "тро", 4: "четвер", 5: "пятер", 6: "шестер", 7: "семер", 8: "восьмер", 9: "девятер",
                10: "десятер"}

# Ordinal stems; every stem takes every adjective ending (a few of the forms made are not Russian).
_ORDINAL_UNITS = {1: "перв", 2: "втор", 3: "трет", 4: "четверт", 5: "пят", 6: "шест", 7: "седьм", 8: "восьм",
                  9: "девят"}
_ORDINAL_TENS = {20: "двадцат", 30: "тридцат", 40: "сороков", 50: "пятидесят", 60: "шестидесят",
                 70: "семидесят", 80: "восьмидесят", 90: "девяност"}
_ENDINGS = "ый ой ого ому ым ом ая ую ою ое ые ых ыми"
_THIRD_ENDINGS = "ий ья ье ьи ьего ьему ьим ьем ью ьей ьею ьих ьими"


class _Word(NamedTuple):
    value: int
    role: str  # "unit", "teen", "ten", "hundred", "scale", "alone" (zero, collectives)
    ordinal: bool = False
    alone: bool = False  # a scale word that is a number on its own ("тысяча")
    prefix: int = 0  # a glued scale ordinal's own multiplier: 2 in "двухтысячный"
    after_a_number: bool = False  # "семью" is far more often "family" than 7


def _lexicon() -> dict[str, _Word]:
    words: dict[str, _Word] = {}
    for role, table in (("unit", _UNITS), ("ten", _TENS), ("hundred", _HUNDREDS)):
        for value, forms in table.items():
            words.update((form, _Word(value, role)) for form in forms.split())
    for value, stem in _TEENS.items():
        words.update((stem + ending, _Word(value, "teen")) for ending in ("ь", "и", "ью"))
    for value, (alone, after_a_number) in _SCALES.items():
        words.update((form, _Word(value, "scale", alone=True)) for form in alone.split())
        words.update((form, _Word(value, "scale")) for form in after_a_number.split())
    words.update((form, _Word(0, "alone")) for form in _ZERO.split())
    for value, stem in _COLLECTIVES.items():
        endings = "е их им ими" if value < 4 else "о ых ым ыми"
        words.update((stem + ending, _Word(value, "alone")) for ending in endings.split())
    words.update(("нулев" + ending, _Word(0, "alone", ordinal=True)) for ending in _ENDINGS.split())
    for role, table in (("unit", _ORDINAL_UNITS), ("teen", _TEENS), ("ten", _ORDINAL_TENS)):
        for value, stem in table.items():
            endings = _THIRD_ENDINGS if value == 3 else _ENDINGS
            words.update((stem + ending, _Word(value, role, ordinal=True)) for ending in endings.split())
    words["семью"] = _Word(7, "unit", after_a_number=True)
    return words


_WORDS = _lexicon()

# Combining forms glued before -сот-, -тысячн-, -миллионн-: "двух", "сорока", "пятисот", "одно", "сто".
_UNIT_GENITIVES = {1: "одно", 2: "двух", 3: "трех", 4: "четырех", 5: "пяти", 6: "шести", 7: "семи", 8: "восьми",
                   9: "девяти"}
_COMBINING = {
    **{form: value for value, form in _UNIT_GENITIVES.items()},
    **{stem + "и": value for value, stem in (*_TEENS.items(), *_ORDINAL_TENS.items()) if value not in (40, 90)},
    "сорока": 40, "девяноста": 90, "девяносто": 90, "сто": 100, "ста": 100,
    **{form + "сот": 100 * value for value, form in _UNIT_GENITIVES.items() if value > 1},
}
_GLUED_STEMS = {"сот": 100, "тысячн": 1000, "миллионн": 10**6, "миллиардн": 10**9, "триллионн": 10**12}


def _trie_pattern(words) -> str:
    """A regex matching exactly `words`, factored on common prefixes (Python's re tries a flat
    alternation word by word at every position)."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [char + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        return "(?:" + "|".join(branches) + ")" + ("?" if "" in node else "")

    return pattern(trie)


_ENDINGS_PATTERN = _trie_pattern(_ENDINGS.split())
_GLUED_RE = re.compile(rf"(?P<prefix>(?:{_trie_pattern(_COMBINING)}){{0,3}})(?P<stem>{'|'.join(_GLUED_STEMS)})"
                       rf"{_ENDINGS_PATTERN}")
_COMBINING_RE = re.compile("|".join(sorted(_COMBINING, key=len, reverse=True)))  # longest first: "пятидесяти"
# A count of two words glued to what it counts: "двадцатичетырёхлетний" (24 years old); one word,
# "трёхэтажный", is read with the number words.
_COUNT_COMPOUND_RE = re.compile(rf"(?<![^\W\d_])(?P<prefix>(?:{_trie_pattern(_COMBINING)}){{2,3}})(?:недельн|дневн|месячн"
                                r"|летн|часов|минутн|секундн|этажн|томн|серийн)")


def count_compounds(text: str) -> list[tuple[int, int]]:
    """(count, start) of the counts glued to what they count in a Russian `text`."""
    lowered = text.lower().replace("ё", "е")
    found = []
    for match in _COUNT_COMPOUND_RE.finditer(lowered):
        found.append((sum(_COMBINING[part.group()] for part in _COMBINING_RE.finditer(match.group("prefix"))),
                      match.start()))
    return found


# Searched in the lowered text: a number word, or a combining form or stem that may begin a glued
# ordinal. That it starts a word is checked apart (a lookbehind at every position costs more than the search).
_TRIGGER_RE = re.compile(
    rf"{_trie_pattern([*_WORDS, *_COMBINING, *_GLUED_STEMS])}(?:(?:[а-яё]{{0,40}}?(?:{'|'.join(_GLUED_STEMS)}))?"
    rf"{_ENDINGS_PATTERN})?(?![^\W\d_])".replace("е", "[её]"))
_CHUNK_RE = re.compile(rf"[\w{_HYPHENS}]+")
_HYPHEN_RE = re.compile(f"[{_HYPHENS}]")
_SLOT = {"hundred": 3, "ten": 2, "teen": 2, "unit": 1}  # a word fits while the last one's slot is higher


class _Token(NamedTuple):
    start: int
    end: int
    word: _Word
    apart: bool  # one of a hyphenated pair ("пять-шесть"): a number by itself


def read_russian_number_words(text: str) -> tuple[Number, ...]:
    """Numbers written in Russian words in `text`, in text order: cardinals in every case and gender
    ("два", "двух", "двумя", "двадцать пять", "ста двадцати трёх", "двух тысяч", "трёх миллионов"),
    collective numerals ("двое", "троих", "пятеро"), ordinals in every gender, case and number
    ("третий", "третьего", "двадцать пятом", "сотый", "двухтысячном") as kind "ordinal"; kind "word" otherwise."""
    if not isinstance(text, str) or not may_have_russian_number_words(text):
        return ()
    tokens = _tokens(text)
    numbers: list[Number] = []
    i = 0
    while i < len(tokens):
        end, value, ordinal = _read_number(tokens, i, text)
        if end == i:
            i += 1
            continue
        start, stop = tokens[i].start, tokens[end - 1].end
        numbers.append(Number(Decimal(value), text[start:stop], start, stop, "ordinal" if ordinal else "word"))
        i = end
    return tuple(numbers)


def is_a_russian_cardinal(word: str) -> bool:
    """Whether `word` alone is a Russian cardinal number word, in any case ("два", "двух", "тысяч")."""
    found = _look_up(word)
    return found is not None and not found.ordinal


def may_have_russian_number_words(text: str) -> bool:
    """The cheap test: a word that may start a number word."""
    lowered = text.lower()
    return any(match.start() == 0 or not lowered[match.start() - 1].isalpha()
               for match in _TRIGGER_RE.finditer(lowered))


def _tokens(text: str) -> list[_Token]:
    tokens = []
    for chunk in _CHUNK_RE.finditer(text):
        word = _look_up(chunk.group())
        if word is not None:
            tokens.append(_Token(chunk.start(), chunk.end(), word, False))
            continue
        parts = _HYPHEN_RE.split(chunk.group())
        words = [_look_up(part) for part in parts] if len(parts) > 1 else [None]
        if not all(words):  # "трёх-дневный", "5-летний", "во-первых", "двух- и трёх…": not numbers
            continue
        start = chunk.start()
        for part, word in zip(parts, words):
            tokens.append(_Token(start, start + len(part), word, True))
            start += len(part) + 1
    return tokens


@lru_cache(maxsize=4096)
def _look_up(word: str) -> _Word | None:
    folded = word.lower().replace("ё", "е")
    found = _WORDS.get(folded)
    if found is not None or not folded:
        return found
    glued = _GLUED_RE.fullmatch(folded)
    if glued is None:
        return None
    parts = _COMBINING_RE.findall(glued["prefix"])
    prefix = _small_number([_COMBINING[part] for part in parts])
    if prefix is None or "".join(parts) != glued["prefix"]:
        return None
    scale = _GLUED_STEMS[glued["stem"]]
    if scale == 100:  # "сотый", "двухсотый": the hundreds of an ordinal
        return _Word(100 * (prefix or 1), "hundred", ordinal=True) if prefix < 10 else None
    return _Word(scale, "scale", ordinal=True, prefix=prefix)


def _small_number(parts: list[int]) -> int | None:
    """The value of a number below 1000 from its parts in order (hundreds, tens, units), or None."""
    slot = 4
    for part in parts:
        role = "hundred" if part >= 100 else "ten" if part >= 20 else "teen" if part >= 10 else "unit"
        if _SLOT[role] >= slot:
            return None
        slot = 1 if role == "teen" else _SLOT[role]
    return sum(parts)


def _read_number(tokens: list[_Token], i: int, text: str) -> tuple[int, int, bool]:
    """The longest number starting at tokens[i]: (index after its last token, value, ordinal)."""
    total, small, slot, last_scale = 0, 0, 4, float("inf")
    k = i
    while k < len(tokens):
        token, word = tokens[k], tokens[k].word
        if k > i and (token.apart or tokens[k - 1].apart or not text[tokens[k - 1].end:token.start].isspace()):
            break
        if word.role == "alone":
            if k > i:
                break
            return k + 1, word.value, word.ordinal
        if word.role == "scale":
            if word.value >= last_scale:
                break
            if word.ordinal:  # "тысячный", "двухтысячном", "две тысячи трёхсоттысячный"
                if small and word.prefix:
                    break
                return k + 1, total + (small or word.prefix or 1) * word.value, True
            if not small and not (word.alone and (k > i or not _after_digits(text, token.start))):
                break
            total, small, slot, last_scale = total + (small or 1) * word.value, 0, 4, word.value
        else:
            if _SLOT[word.role] >= slot or (k == i and word.after_a_number):
                break
            small, slot = small + word.value, 1 if word.role == "teen" else _SLOT[word.role]
            if word.ordinal:
                return k + 1, total + small, True
        k += 1
    return k, total + small, False


def _after_digits(text: str, start: int) -> bool:
    """Whether a scale word at `start` is the scale of digits: "1 миллион", "21 тысяча" (the caller's)."""
    return text[max(0, start - 20):start].rstrip()[-1:].isdigit()
