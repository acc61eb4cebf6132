"""A count of one said as another count: "Take one capsule" / "Prendre deux gélules".

The comparison reads "one" only to excuse a 1 written in digits: it is an article or a pronoun far
more often than a count ("one of", "one by one", "the one that"), and a number word that a
translation adds is rephrasing far more often than an error ("both" / "les deux"). Here "one" is a
count when it stands right before a noun and the source says no other count in words; the
translation counts with a single cardinal word of 2 to 12, has no word for one, and writes the
same numbers in digits as the source, none of them the value of its word; or it counts a noun in
digits, 2 to 12, the only digits it writes beyond the source's ("one tablet" / "2錠"). A one after
"more than" is two or more: only a count the translation bounds strictly ("plus de deux") says
otherwise.
"""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal
from functools import lru_cache

from i18n.numbers.bounds import LOWER, comparator, strict, two_or_more
from i18n.numbers.model import Number
from i18n.numbers.words import says_zero

# "one" or "a single" before a noun: not "one of", "one or more", "one by one", "one another".
_ONE_BEFORE_A_NOUN_RE = re.compile(
    r"(?i)(?<![\w-])(?:(?:one|a\s+single|one\s+single)\s+(?:[\"“«‘'][^\"”»’'\n]{1,20}[\"”»’']\s+)?(?!(?:of|or|by|and|another|more|at|in|on|to|for|from|with|time|day|way|thing|such|which"
    r"|that|who|whom|whose|the|a|an|is|was|are|were|will|can|could|may|might|must|should|would|has|had|have|per\s+cent"
    r"|after|before|less|fewer|only|at|each|hand|it|you|we|they|he|she)\b)"
    # (A quoted name may stand before the noun: 'one "%s" format identifier'.)
    # ... or joined to it: "a one-day pass", not "one-to-one", "one-way", "one-off".
    r"|one-(?!(?:to|by|on|off|way|stop|liners?|sided|time|size)\b))[^\W\d_]")
# The ranks before "one" that make it the one of a rank: "get the fifth one free".
_RANKS = r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|last|\d+(?:st|nd|rd|th)"
_RANK_BEFORE_RE = re.compile(rf"(?i)\b(?:{_RANKS})\s+$")
# A word before "one" that makes it a pronoun: "no one", "the fifth one", "the only one", "your only
# one"; not "Only one antlered buck per hunter", a count.
ONE_AS_A_PRONOUN_BEFORE_RE = re.compile(rf"(?:\b(?:no|any|every|some|the|this|that|which|each|other|a|{_RANKS}"
                                         r"|(?:the|my|your|his|her|its|our|their)\s+only)"
                                         r"|\d|[^\W\d_]'s)\s+$", re.IGNORECASE)
# Words of the source that may stand for a 2 or more without saying it.
_IMPLIED_COUNTS_RE = re.compile(
    r"(?i)\b(?:one|single|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|both|pair|pairs|couple|twice|double"
    r"|doubled|second|either|neither|dozen|several|few|multiple|many|plural|twins?|dual|between)\b"
    # (Not a frequency: "one dose every year" counts one.)
    r"|\b(?:each|every)\b(?!\s+(?:day|week|month|year|hour|morning|evening|night|autumn|spring|summer|winter"
    r"|season)s?\b|\s+\d)")  # (nor "every 12 hours")
_DIGITS_RE = re.compile(r"\d+")
_ARTICLE_RE = re.compile(r"(?i)(?<![\w-])an?(?![\w-])(?!\s+single\b)")
# ("between" said as a preposition: not "entre deux tailles", which counts the two.)
_BETWEEN_SAID_RE = re.compile(r"(?i)(?<![^\W\d_])(?:entre|zwischen|между)(?![^\W\d_])"
                              r"(?!\s+(?:deux|dos|zwei|двумя|двух)\b)")
# "more than one source" is two or more ("de dos formas"), "at least one" as many.
_BOUNDED_BEFORE_RE = re.compile(r"(?i)\b(?:than|least|most|over|under|exceeding|beyond)\s+$")
_STRICT_BOUND_BEFORE_RE = re.compile(r"(?i)(?<!\bno\s)(?<!\bnot\s)\b(?:more|fewer|less)\s+than\s+$|\b(?:over|under|exceeding|beyond)\s+$")
# Per language: the cardinal words of 2 to 12, and the words for one that may count a noun.
_FR = "deux trois quatre cinq six sept huit neuf dix onze douze"
_DE = "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf"
_ES = "dos tres cuatro cinco seis siete ocho nueve diez once doce"
_RU = ("два:2 две:2 двух:2 двум:2 двумя:2 три:3 трёх:3 трех:3 трём:3 трем:3 тремя:3 четыре:4 четырёх:4 четырех:4"
       " пять:5 пяти:5 шесть:6 шести:6 семь:7 семи:7 восемь:8 восьми:8 девять:9 девяти:9 десять:10 десяти:10")
_CARDINALS = {
    "fr": ({word: Decimal(value) for value, word in enumerate(_FR.split(), 2)}, "un une"),
    "de": ({word: Decimal(value) for value, word in enumerate(_DE.split(), 2)}, "ein eine einen einem einer eines eins"),
    "es": ({word: Decimal(value) for value, word in enumerate(_ES.split(), 2)}, "un uno una"),
    "ru": ({pair.split(":")[0]: Decimal(pair.split(":")[1]) for pair in _RU.split()},
           "один одна одно одного одну одной одним"),
    "ja": ({word: Decimal(value) for value, word in enumerate("二 三 四 五 六 七 八 九 十".split(), 2)}, "一"),
}
# Japanese writes a count in kanji glued to its counter: "お二人", "三つ", "四本".
_JAPANESE_COUNTER = r"(?=人|名|つ|本|枚|個|台|回|杯|件|点|冊|匹|頭|部|通|組|泊|脚|足|着|箱|袋|缶)"


@lru_cache(maxsize=None)
def _target_res(language: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    if language not in _CARDINALS:
        return None
    counts, ones = _CARDINALS[language]
    alternation = "|".join(sorted(counts, key=len, reverse=True))
    if language == "ja":
        kanji = r"(?<![\u3005\u4e00-\u9fff])"
        return (re.compile(rf"{kanji}(?P<w>{alternation}){_JAPANESE_COUNTER}"),
                re.compile(rf"{kanji}(?:{ones}){_JAPANESE_COUNTER}"))
    return (re.compile(rf"(?i)(?<![\w-])(?P<w>{alternation})\s+[^\W\d_]"),
            # (Before a word: the "ein" that ends "Nehmen Sie ... ein" is the verb's.)
            re.compile(rf"(?i)(?<![\w-])(?:{'|'.join(ones.split())})\s+[^\W\d_]"))


def may_count_one(text: str) -> bool:
    """The cheap test of an English source."""
    lowered = text.lower()
    return ("one" in lowered or "single" in lowered) and _ONE_BEFORE_A_NOUN_RE.search(text) is not None


def may_count_more(text: str, language: str) -> bool:
    """The cheap test of a translation: a cardinal word of 2 to 12 before a word."""
    patterns = _target_res(language)
    return patterns is not None and patterns[0].search(text) is not None


def counted_ones(source: str) -> list[Number]:
    """The source's "one"s that count a noun ("one identifier", 'one "%s" format identifier'), not the one
    of a rank ("the fifth one")."""
    return [Number(Decimal(1), one.group()[:3], one.start(), one.start() + 3, "word")
            for one in _ONE_BEFORE_A_NOUN_RE.finditer(source)
            if one.group()[:3].lower() == "one" and one.group()[3:4] != "-"
            and _RANK_BEFORE_RE.search(source, max(0, one.start() - 16), one.start()) is None]


def one_said_as_another(source: str, target: str, target_language: str) -> tuple[Number, Number] | None:
    """(the source's "one", the translation's count) when a count of one became another."""
    ones = [one for one in _ONE_BEFORE_A_NOUN_RE.finditer(source)
            if _RANK_BEFORE_RE.search(source, max(0, one.start() - 16), one.start()) is None]
    # "more than one source" is two or more ("de dos formas"); "at least one" / "no more than one" stay one.
    implied = [word for word in _IMPLIED_COUNTS_RE.findall(source)
               if not (word.lower() == "between" and _BETWEEN_SAID_RE.search(target))]  # ("entre les sangles")
    if not ones or len(implied) != len(ones) or any(word.lower() not in ("one", "single") for word in implied):
        return None
    # "more than one wildcard" is two or more: said "au moins deux", "zwei oder mehr", never "plus de deux".
    bounded = [one for one in ones if _STRICT_BOUND_BEFORE_RE.search(source, 0, one.start()) is not None]
    counted = [one for one in ones if one not in bounded]
    patterns = _target_res(target_language)  # (None for a language whose words this module does not know)
    said = list(patterns[0].finditer(target)) if patterns is not None else []
    if bounded:
        said = [word for word in said if not two_or_more(target, _word_number(word, target_language), target_language)]
        # ("from more than one source" / "de dos formas distintas": two, loosely; "más de dos": not two.)
        if not counted and not any(_strictly_more_than(target, _word_number(word, target_language), target_language)
                                   for word in said):
            return None
    # The translation's words for one answer for the source's other ones and its articles ("a weight"
    # / "un poids"): one of the source's ones is left for the count.
    if len(said) > 1 or patterns is not None and len(patterns[1].findall(target)) > len(ones) - 1 + len(
            _ARTICLE_RE.findall(source)):
        return None
    one = (counted or bounded)[0]
    said_one = re.match(r"(?i)(?:one\s+single|a\s+single|one)", source[one.start():])
    source_one = Number(Decimal(1), said_one.group(), one.start(), one.start() + said_one.end(), "word")
    source_digits, target_digits = Counter(_DIGITS_RE.findall(source)), Counter(_DIGITS_RE.findall(target))
    if not said:
        if not counted:
            return None
        # ... or in digits before its noun, the translation's only digits beyond the source's ("1錠" / "2錠").
        added = target_digits - source_digits
        if source_digits - target_digits or sum(added.values()) != 1:
            return None
        digits = next(iter(added))
        count = next((found for found in _COUNTED_DIGITS_RE.finditer(target) if found.group("d") == digits), None)
        if count is None or not 2 <= int(digits) <= 12:
            return None
        return source_one, Number(Decimal(digits), digits, count.start("d"), count.end("d"), "integer")
    # Other numbers in digits are left as they are ("30 minutes" / "30 minutes").
    if source_digits != target_digits:
        return None
    said_count = _word_number(said[0], target_language)
    if str(said_count.value) in source_digits:
        return None
    return source_one, said_count


def _strictly_more_than(text: str, number: Number, language: str) -> bool:
    bound = comparator(text, number, language)
    return bound is not None and bound.direction == LOWER and strict(bound)


def _word_number(word: re.Match[str], language: str) -> Number:
    return Number(_CARDINALS[language][0][word.group("w").lower()], word.group("w"), word.start("w"), word.end("w"), "word")


# Digits that count a noun: "2錠", "2 Tabletten" (not a part of a longer number, a range or a code).
# (Not a month, a day or an hour of a date or a time: "9月2日" for "2 September".)
_COUNTED_DIGITS_RE = re.compile(r"(?<![A-Za-z\d.,:/〜～~–-])(?P<d>\d{1,2})(?![\d.,:/〜～~–-])(?!月(?!間)|日|時(?!間))"
                                r"\s?[^\W\d_]")


# "zero" as a value: not "non-zero", "zero-based", "zero-day", "below zero" or "from zero" (from scratch),
# but "from zero to 10".
_ZERO_RE = re.compile(r"(?i)(?<![\w-])(?<!below\s)(?<!above\s)(?:(?<!from\s)zero|zero(?=\s+to\b))(?![\w-])")
# "zero" as a verb ("failed to zero a record", "zero out the buffer") or a direction ("rounding towards zero").
_ZERO_AS_A_VERB_RE = re.compile(r"(?i)zero\s+(?:out|a|an|the|all|it|them)\b")
_TOWARDS_BEFORE_RE = re.compile(r"(?i)towards?\s+$")
# Zero said inside a word ("Nullseite", "обнуления", "ゼロ"), or a bound at zero said as a sign ("positive",
# "неотрицательным").
_ZERO_IN_A_WORD = {"fr": r"z[ée]ro|\bnul(?:le)?s?\b|positi|négati|negati", "de": r"null|positiv|negativ",
                   "es": r"cero|\bnul[oa]s?\b|positiv|negativ", "ru": r"нул|положительн|отрицательн",
                   "ja": r"ゼロ|零|正の|負の|正数|負数|以上"}
_ZERO_IN_A_WORD_RES = {language: re.compile("(?i)" + words) for language, words in _ZERO_IN_A_WORD.items()}


def zero_dropped(source: str, target: str, target_language: str) -> Number | None:
    """The source's one "zero", a value, that the translation says in no way: "a grade of zero" / "una
    calificación de diez", "Zero means that buttons will always be used" / "Un signifie ...". (A zero
    that became another count is zero_said_as_another's.)"""
    zeros = [found for found in _ZERO_RE.finditer(source) if _ZERO_AS_A_VERB_RE.match(source, found.start()) is None
             and _TOWARDS_BEFORE_RE.search(source, max(0, found.start() - 8), found.start()) is None]
    if (len(zeros) != 1 or target_language not in _ZERO_IN_A_WORD_RES or _ZERO_DIGIT_RE.search(target)
            or says_zero(target) or _ZERO_IN_A_WORD_RES[target_language].search(target)):
        return None
    return Number(Decimal(0), zeros[0].group(), zeros[0].start(), zeros[0].end(), "word")


# What may say zero in a translation: the digit, or a word for zero, none or empty (words._MEANINGS).
_ZERO_DIGIT_RE = re.compile(r"(?<![\d.,])[0０](?!\d|[.,]\d)")
# The words for one in a translation that say the number, no article ("un torrent" may be either).
_ONE_WORDS = {"fr": r"un\s+seul|une\s+seule", "de": r"eins", "es": r"uno",
              "ru": r"один|одн(?:а|о|ого|ой|у|им|ом)|единиц\w*", "ja": r"[一1１](?:つ|件|個|人|回|台|本|枚)"}
_CARDINAL_WORD_RE = re.compile(r"(?i)(?<![\w-])(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|both|twice"
                               r"|double|triple)(?![\w-])")
# "greater than zero" / "1以上", "mindestens 1": the same for a count.
_ABOVE_ZERO_RE = re.compile(r"(?i)\b(?:greater|more|larger|bigger|higher)\s+than\s+$")


def may_say_zero(text: str) -> bool:
    """The cheap test of an English source."""
    return "zero" in text.lower() and _ZERO_RE.search(text) is not None


def zero_said_as_another(source: str, target: str, target_language: str) -> tuple[Number, Number] | None:
    """(the source's "zero", the translation's count) when zero became one or another count: "Show
    filters with zero torrents" / "avec un torrent", "can not be zero" / "nicht Eins sein"."""
    zeros = list(_ZERO_RE.finditer(source))
    if len(zeros) != 1 or target_language not in _ONE_WORDS or _ZERO_DIGIT_RE.search(target) or says_zero(target):
        return None
    zero = Number(Decimal(0), zeros[0].group(), zeros[0].start(), zeros[0].end(), "word")
    source_digits, target_digits = Counter(_DIGITS_RE.findall(source)), Counter(_DIGITS_RE.findall(target))
    added = target_digits - source_digits
    if added and not (list(added) == ["1"] and _ABOVE_ZERO_RE.search(source, 0, zeros[0].start())):
        digits = next(iter(added))
        at = re.search(rf"(?<!\d){digits}(?!\d)", target)
        return zero, Number(Decimal(digits), digits, at.start(), at.end(), "integer")
    counts = _target_res(target_language)
    # (Not a count the source says in words too: "two warnings and zero errors" / "dos advertencias".)
    more = counts[0].search(target) if counts is not None and _CARDINAL_WORD_RE.search(source) is None else None
    if more is not None:
        return zero, Number(_CARDINALS[target_language][0][more.group("w").lower()], more.group("w"),
                            more.start("w"), more.end("w"), "word")
    spaced = target_language != "ja"
    one = re.search((r"(?i)(?<![\w-])(?:" + _ONE_WORDS[target_language] + r")(?![\w-])") if spaced
                    else _ONE_WORDS[target_language], target)
    if one is None or _ABOVE_ZERO_RE.search(source, 0, zeros[0].start()):
        return None
    return zero, Number(Decimal(1), one.group(), one.start(), one.end(), "word")

