"""compare_numbers: do a source text and its translation state the same quantities?

Values are compared as multisets, whatever the writing: "3.5" = "3,5", "three" = "trois",
"20th century" = "XXe siècle", "2.5 million" = "2,5 millions". The kind takes no part: an ordinal
and a cardinal of the same value agree ("the 3rd try" / "essai n° 3"), because translators
legitimately recast one as the other; only values are facts.

Order of matching, each step on what the previous ones left:
1. A digit number copied character for character from the source ("262,000", "Python 3.5") has
   the source's value: the translator kept the token. It is a style problem only where it is a
   quantity the target locale writes otherwise: a grouped integer, or a decimal followed by a
   unit, a percent or a scale word ("3.5 m"). A bare "3.5" copied as is is a version or a literal
   far more often than a decimal in software text.
2. Equal values; among several candidates, the one at the closest relative position.
3. A translation number whose characters, read the source locale's way, give a leftover source
   value is the same number retyped in a foreign style ("262,000" in French reads 262): a style
   problem, not a change. A number not valid in the target locale at all is one too.
4. Leftovers are excused by a word standing in for them ("un fichier", "both", "aucune",
   "three-way"), by the same digits inside a code on the other side ("iso8601" / "ISO 8601",
   "v2.33" / "version 2.33"), or by a range the other side enumerates ("7-9" / "7, 8 ou 9").
5. What is left is paired in text order into `changed` (digits with digits first); of the rest,
   numbers in words, "1st"/"1er", a value the translation says once more, and an aside the
   source repeats word for word ("(72)" twice, once in the translation) are dropped as
   rephrasing; the others are `missing` / `added` ("bit 0 == 0" / "bit 0 ==" lost a 0).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache, partial
from itertools import permutations
from typing import Callable

from babel import numbers as babel_numbers

from i18n.locales import english_name

from i18n.numbers import (bounds, clicks, codes, compass, count_placeholders, dates, decades, digits, directions,
                          dropped_halves, durations, english_variety, eras, floors, frequencies, halves, hundredths,
                          one_bounds, ones, operators, order, ordinal_counts, period_parts, powers, quantity_words,
                          rates, relative, roman, school_years, single_double, time_units, units, vague_counts,
                          version_bounds, weekdays, whichever, words, zero_bounds)
from i18n.numbers.directions import says_a_decrease_after, says_a_decrease_before, says_a_fall_after
from i18n.numbers.dates import DateReading, compare_dates, names_a_half_day, names_a_month, read_dates
from i18n.numbers.digits import DigitReading, tidy
from i18n.numbers.masking import is_spaced_letter, mask_non_quantities, without_digit_idioms
from i18n.numbers.examples import example_spans, input_spans, localised, span_at
from i18n.numbers.exclusive_ends import exclusive_ends_as_inclusive
from i18n.numbers.literals import (compare_literals, digit_runs, free_runs, literals, lost_in_place, reordered_codes,
                                   same_runs)
from i18n.numbers.bounds import (LOWER, UPPER, comparator, may_bound_a_number, may_have_comparator, may_name_an_extreme,
                                 may_have_bound, says_a_negation, strict, swapped_extreme)
from i18n.numbers.notes import asks_for_a_value, without_added_pointers, without_translator_notes
from i18n.numbers.ones import ONE_AS_A_PRONOUN_BEFORE_RE
from i18n.numbers.model import (AGREEING, BoundMismatch, EraFlip, ExtremeSwap, Literal, LiteralMismatch, Number, NumberComparison,
                                StyleProblem, overlaps)
from i18n.numbers.reader import DIGIT_RE, ROMAN_TRIGGER_RE, TextReading, read_text
from i18n.numbers.pence import cents_as_shares, pence_as_pounds
from i18n.numbers.symbols import (ascii_digits, locale_symbols, measured_fractions_as_decimals,
                                  vulgar_fractions_as_decimals, without_cjk_digit_spaces)
from i18n.numbers.words import (glued_stand_in_end, is_article, meaning, meaning_words, may_have_number_words, may_say_minus, minus_said_around,
                                number_word_test, number_word_vocabulary, read_number_words, said_as_absence, says_below_zero,
                                says_zero, spoken_number, stand_ins, the_other_span)
from i18n.numbers.quantity_words import (joined_words_apart, split_words, quantity_word_test, quantity_word_vocabulary, read_quantity_words,
                                         with_quantity_words)
from i18n.numbers.time_units import said_with_units_alone, weeks_said_in_days

_EMPTY_COMPARISON = AGREEING
# "un", "une", "a", "an" are everywhere: an article excuses a 1 only at about the same place in
# the sentence (as a fraction of the text). Other stand-ins ("both", "aucune", "three-way") are
# rare enough to excuse their value anywhere.
_ARTICLE_REACH = 0.3
# (Russian has no article: its "одна", "одному" count, wherever its word order puts them; nor are
# "one" and "eins" articles: "Use one cup" / "Verwenden Sie 1 Tasse", "one part cement" / "1:3".)
_NUMERAL_ONE_REACH = 0.6
_NUMERAL_ONES = frozenset({"one", "eins"})
# A word for 1 excuses a 1 only at about its place ("a", "un" say 1 everywhere), but an ordinal
# excuses it anywhere ("operand 1" / "первого операнда").
_ORDINAL_ONE_RE = re.compile(r"first|premi[eè]r|erst|primer|перв|第一|最初", re.IGNORECASE)
_WORD_AT_RE = re.compile(r"\w+")
_KANJI_NUMERAL_AT_RE = re.compile("[〇零一二三四五六七八九十百千]+(?:[万億][〇零一二三四五六七八九十百千]*)*")
_CJK_RE = re.compile("[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
# Scripts whose languages put the number elsewhere in the sentence and have no article that says 1
# (Chinese, Japanese, Korean: "1回だけ" at the end; Arabic: "مستند واحد", the numeral after its noun).
_OTHER_ORDER_RE = re.compile("[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af\u0600-\u06ff]")
_GROUPED_RE = re.compile(r"\d{1,3}(?:[,.'\u2019]\d{3})+")
# What makes a copied decimal a measured quantity rather than a version: a unit or measure word.
_QUANTITY_AFTER_RE = re.compile(
    r"[\x20\u00a0\u202f]?(?:%(?![<>{}])|\u2030|°"
    # (A bare "o" is Spanish and Italian "or" as often as the French octet: "2.1 o posterior"; "p"
    # is pence, "53.35 p".)
    r"|(?:k|M|G|T|Ki|Mi|Gi|Ti)?(?:[Bb]|bit|bits|Hz)\b|(?:k|M|G|T|Ki|Mi|Gi|Ti)o\b|(?:m|cm|mm|km|g|kg|mg|s|ms|h|min|p)\b"
    r"|(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|times|secondes?|heures?|jours?"
    r"|semaines?|mois|ans?|années?|fois|metres?|meters?|mètres?|litres?|liters?|percent|pour\s?cent)\b)"
)
# Not a unit after a number: a capital glued to it, a model's ("1.0A"), or a sign of a placeholder ("10.1%}").
_NO_UNIT_AFTER_RE = re.compile(r"[A-Z](?![^\W\d_])|%")
_DIGITS_RE = re.compile(r"[-+\u2212]?\d[\d.,'\u2019\u00a0\u202f\u2009 ]*\d|\d")
_TOKEN_PUNCTUATION = ".,;:!?«»\"'()[]\u2019"
_SEPARATED_DIGITS_RE = re.compile(r"\d[.,'\u2019]\d")
_RANGE_JOINERS = r"-|–|—|to|à|bis|a"
_RANGE_JOIN_RE = re.compile(rf"\s*(?:{_RANGE_JOINERS}|\.\.\.?)\s*")


@lru_cache(maxsize=None)
def _language_name(locale: str) -> str:
    return english_name(locale_symbols(locale).locale)


def _suggest(reading: DigitReading, value: Decimal, text: str, locale: str) -> str:
    """The number as `locale` writes it: CLDR digits and symbols, the words after it kept."""
    symbols = locale_symbols(locale)
    number = reading.number
    digits_value = value.scaleb(-reading.exponent)
    formatted = babel_numbers.format_decimal(abs(digits_value), locale=symbols.locale, decimal_quantization=False)
    # "18.50" keeps its two places: "18,50" (a scaled value's are the scale's: "2,5 millions").
    places = max(0, -digits_value.as_tuple().exponent) if reading.exponent == 0 else 0
    decimal = babel_numbers.get_decimal_symbol(symbols.locale)
    written = len(formatted.partition(decimal)[2])
    if places > written:
        formatted += ("" if written else decimal) + "0" * (places - written)
    # (The sign as written, "+3,50", "−2,75"; the locale's minus where the value alone says it.)
    sign = number.text[:1] if number.text[:1] in "+-\u2212" else symbols.minus if digits_value < 0 else ""
    if number.kind in ("percent", "permille"):
        # CLDR's percent pattern says whether the locale puts a space before the sign.
        pattern = babel_numbers.format_percent(1, locale=symbols.locale)
        between = re.search(r"\d([^\d]*?)" + re.escape(symbols.percent), pattern)
        space = between.group(1) if between else ""
        symbol = symbols.percent if number.kind == "percent" else symbols.permille
        return f"{sign}{formatted}{space}{symbol}"
    return sign + formatted + text[reading.cluster_end:number.end]


def _month_first_problems(source: str, target: str, target_locale: str) -> tuple[StyleProblem, ...]:
    """The source's numeric dates copied into a language whose readers take them another way."""
    language = _language_name(target_locale)
    problems = []
    year_first = dates.writes_the_year_first(target_locale)
    for found, suggestion in dates.month_first_copies(source, target, target_locale):
        if year_first and "y" not in found.re.groupindex:
            message = (f'"{found.group()}" puts the day first, and {language} puts the month first, so its readers '
                       f'take {int(found["d"])} for the month; write "{suggestion}"')
        elif year_first and len(found["y"]) == 2:
            message = (f'"{found.group()}" ends with a two-digit year, and {language} writes the year first, so its '
                       f'readers take {found["m"]} for the year; write "{suggestion}" if it means month {int(found["m"])}')
        elif year_first:
            message = (f'"{found.group()}" may mean either day first or month first, and {language} writes '
                       f'the year first; write "{suggestion}" if it means month {int(found["m"])}')
        else:
            message = f'"{found.group()}" puts the month first, which {language} reads as the day; write "{suggestion}"'
        problems.append(StyleProblem(Number(Decimal(0), found.group(), found.start(), found.end(), "date"),
                                     message, suggestion))
    return tuple(problems)


# "100.000" in an English text: a hundred thousand written the continental way, as a decimal of
# three zeros hardly ever is.
_ROUND_THOUSANDS_RE = re.compile(r"\d{1,3}(?:\.000)+")


def _round_thousands_in_another_style(copied: Number, number: Number) -> bool:
    """The source writes a round number of thousands in the translation's style, which copies it:
    "more than 100.000 dates" / "maximal 100.000 Termine"."""
    return _ROUND_THOUSANDS_RE.fullmatch(copied.text) is not None and number.value == int(copied.text.replace(".", ""))


def _style_problem(reading: DigitReading, value: Decimal, text: str, target_locale: str) -> StyleProblem:
    number = reading.number
    language = _language_name(target_locale)
    suggestion = _suggest(reading, value, text, target_locale)
    if reading.foreign:
        message = f'"{number.text}" is not written the {language} way; write "{suggestion}"'
    else:
        read_as = format(number.value.normalize(), "f")
        message = f'"{number.text}" reads as {read_as} in {language}; write "{suggestion}"'
    return StyleProblem(number, message, suggestion)


def _weak_words(text: str, locale: str) -> list[Number]:
    """The words of `text` that may stand in for a number ("un", "both", "трёх", "二つ")."""
    return list(_read_weak_words(text, locale))


# One comparison asks up to three times for the same text's words.
@lru_cache(maxsize=16)
def _read_weak_words(text: str, locale: str) -> tuple[Number, ...]:
    language = locale_symbols(locale).language
    found = list(read_number_words(mask_non_quantities(text), text, language).weak)
    words = []
    for value, start in stand_ins(text, language):
        # A kanji numeral ends where its counter begins ("二回まで": the bound follows "二").
        word = _KANJI_NUMERAL_AT_RE.match(text, start) or _WORD_AT_RE.match(text, start)
        end = glued_stand_in_end(text, start, language) or (word.end() if word else start + 1)
        words.append(Number(value, text[start:end], start, end, "word"))
    if found and language == "ru":  # (Russian reads its words for one itself: "одной" once, not twice.)
        words = [word for word in words if not overlaps(word, found)]
    return tuple(found + _spoken_together(words, text))


def _spoken_together(words: list[Number], text: str) -> list[Number]:
    """Words that follow each other with only spaces between them and end with a thousand or more,
    read as the one number they say ("двенадцати тысяч" is 12000, not 12 and 1000)."""
    if len(words) < 2:
        return words
    words = sorted(words, key=lambda word: word.start)
    runs: list[list[Number]] = [[words[0]]]
    for word in words[1:]:
        previous = runs[-1][-1]
        if word.start > previous.end and text[previous.end:word.start].isspace():
            runs[-1].append(word)
        else:
            runs.append([word])
    joined = []
    for run in runs:
        # Only before a word for a thousand or more: stems also begin other words ("восьмеричные
        # двухбайтовые", octal two-byte).
        value = spoken_number([word.value for word in run]) if len(run) > 1 and run[-1].value >= 1000 else None
        if value is None:
            joined += run
        else:
            joined.append(Number(value, text[run[0].start:run[-1].end], run[0].start, run[-1].end, "word"))
    return joined


# Between a number and the word that glosses it in the same text: "0 (zero)", "2 (two)", "zero (0)".
_GLOSS_GAP_RE = re.compile(r"[\s(\[\"'«»“”‘’:=-]{0,4}")


def _glossing(word: Number, numbers: tuple[Number, ...], text: str) -> bool:
    """The word repeats a number of the same text beside it: "0 (zero)", "zero (0)"."""
    return any(number.value == word.value and (
        number.end <= word.start and _GLOSS_GAP_RE.fullmatch(text, number.end, word.start)
        or word.end <= number.start and _GLOSS_GAP_RE.fullmatch(text, word.end, number.start))
        for number in numbers)


def _meant_stand_ins(weak: list[Number], numbers: tuple[Number, ...], text: str, other_text: str,
                     language: str) -> list[tuple[Number, str]]:
    """(word, meaning) for the stand-ins of a text that may translate a word of the other text
    ("keine", "zéro", "both").

    Articles stay out ("a", "une", "ein"): languages add and drop them freely ("1 or 2 at a time" /
    "uno o dos a la vez"), so pairing them lost more right translations than it caught errors."""
    found = []
    other_lowered = None
    for word in weak:
        if (word.value == 1 and is_article(word.text, language)) or _glossing(word, numbers, text):
            continue
        kind = meaning(word.text)
        if kind is None:
            continue
        if len(word.text) >= 3:
            other_lowered = other_lowered if other_lowered is not None else other_text.lower()
            lowered = word.text.lower()
            if lowered in other_lowered and lowered in map(str.lower, _WORD_AT_RE.findall(other_text)):
                continue  # the same word in both texts ("octal", "NUL"): no translation of another
        found.append((word, kind))
    return found


def _unpaired_stand_ins(source_weak: list[Number], source_numbers: tuple[Number, ...], source_text: str,
                        source_locale: str, target_weak: list[Number], target_numbers: tuple[Number, ...],
                        target_text: str, target_locale: str) -> tuple[list[Number], list[Number]]:
    """The stand-ins of each text that translate none of the other's words: the translation of a
    word the other text says itself ("0 means no limit" / "1 bedeutet keine Grenze": "keine" says
    "no", not 0) excuses no digit. Words pair by value and meaning (words.meaning), closest places
    first, with a stand-in of the other text or a word that only translates one ("no", "par"). A
    word written the same in both texts ("octal", "NUL"), one glossing a number beside it ("0 (zero)")
    and one of no meaning known pair with nothing and still excuse."""
    source_meant = _meant_stand_ins(source_weak, source_numbers, source_text, target_text,
                                    locale_symbols(source_locale).language)
    target_meant = _meant_stand_ins(target_weak, target_numbers, target_text, source_text,
                                    locale_symbols(target_locale).language)
    if not source_meant and not target_meant:
        return source_weak, target_weak

    def mentions(meant: list[tuple[Number, str]], weak: list[Number], text: str,
                 wanted: frozenset[str]) -> list[tuple[Number, str, bool]]:
        starts = {word.start for word in weak}
        return [(word, kind, True) for word, kind in meant] + [
            (Number(value, text[start:end], start, end, "word"), kind, False)
            for kind, value, start, end in meaning_words(text, wanted) if start not in starts]

    source_mentions = mentions(source_meant, source_weak, source_text, frozenset(kind for _, kind in target_meant))
    target_mentions = mentions(target_meant, target_weak, target_text, frozenset(kind for _, kind in source_meant))
    source_length, target_length = max(len(source_text), 1), max(len(target_text), 1)
    candidates = sorted(
        (abs(source_word.start / source_length - target_word.start / target_length), source_index, target_index)
        for source_index, (source_word, source_kind, source_stands) in enumerate(source_mentions)
        for target_index, (target_word, target_kind, target_stands) in enumerate(target_mentions)
        if (source_stands or target_stands) and source_kind == target_kind and source_word.value == target_word.value)
    paired_source, paired_target = set(), set()
    for _, source_index, target_index in candidates:
        if source_index in paired_source or target_index in paired_target:
            continue
        paired_source.add(source_index)
        paired_target.add(target_index)
    source_paired = {source_mentions[index][0].start for index in paired_source}
    target_paired = {target_mentions[index][0].start for index in paired_target}
    return ([word for word in source_weak if word.start not in source_paired],
            [word for word in target_weak if word.start not in target_paired])


_SIGNS = "+-\u2212"
# Stand-ins that are comparisons themselves: "must be greater than 0" / "doit être positif".
_SELF_BOUNDED = frozenset({"positive", "negative", "nonzero"})


def _excuse_stand_ins(numbers: list[Number], text: str, weak: list[Number], weak_text: str,
                      own_weak: list[Number], locale: str, weak_locale: str
                      ) -> tuple[list[Number], list[tuple[Number, Number]]]:
    """Drop the numbers a word of the other text stands in for, at about the same place in the
    sentence: "1 file" / "un fichier", "both keys" / "les 2 touches". Returns the numbers kept,
    and each excused number with its word. An ordinal excuses a 1 anywhere ("operand 1" /
    "первого операнда") unless `text` has an ordinal 1 of its own (`own_weak`), which it then
    translates ("the first N lines; N defaults to 1"). A signed number is never a word ("+1"), and
    a bounded one ("greater than 1") only a bound word ("au moins un")."""
    if not weak:
        return numbers, []
    length = max(len(text), 1)
    weak_length = max(len(weak_text), 1)
    language = locale_symbols(locale).language
    weak_language = locale_symbols(weak_locale).language
    # ("Only 1 submission is accepted" / "Принимается только одна рукопись".)
    reach = (1.0 if _OTHER_ORDER_RE.search(text + weak_text)
             else _NUMERAL_ONE_REACH if "ru" in (language, weak_language) else _ARTICLE_REACH)
    remaining = list(weak)
    own_ordinal_one = any(word.value == 1 and _ORDINAL_ONE_RE.match(word.text) for word in own_weak)
    # A number bound by a comparator ("greater than 1") dropped from a text that says the comparator
    # ("supérieur à si un ...") is excused only by a bound word ("au moins un").
    compares = may_have_comparator(text, language)
    both_compare = compares and may_have_comparator(weak_text, weak_language)
    weekdays_unnumbered = weekdays.numbers_no_weekday(language)
    kept, excused = [], []
    for number in numbers:
        if number.text[:1] in _SIGNS:
            kept.append(number)
            continue
        bounded = _bound_before(text, number, language) if compares else None
        where = number.start / length
        match = next(
            (
                word for word in remaining
                if word.value == number.value
                # (A month's name stands for its number in digits, "March" / "3月", not for a number
                # in words: "three occasions in March" / "trece ocasiones en marzo".)
                and not (_in_letters(number) and names_a_month(word.text, weak_locale))
                and not (weekdays_unnumbered and weekdays.may_name_a_weekday(word.text, weak_locale))
                and not (number.value == 1 and _no_article_for(number, text, language, word, weak_text, weak_language))
                and (number.value != 1
                     or abs(word.start / weak_length - where) <= (
                         max(reach, _NUMERAL_ONE_REACH) if word.text.lower() in _NUMERAL_ONES else reach)
                     or (not own_ordinal_one and _ORDINAL_ONE_RE.match(word.text) is not None))
                and _may_stand_for_bound(word, weak_text, weak_language, bounded, both_compare)
            ),
            None,
        )
        if match is None:
            kept.append(number)
        else:
            remaining.remove(match)
            excused.append((number, match))
    if any(number.value == 1 for number in kept):
        kept, excused = _second_of_a_pair(kept, excused, weak_text, weak_language)
    return kept, excused


def _no_article_for(one: Number, text: str, language: str, word: Number, weak_text: str, weak_language: str) -> bool:
    """The 1 is one an article of the other text cannot say: a sum of money ("A small service fee" /
    "eine Servicegebühr von 1 €", unless "a euro"), or a person the source never names ("a copy" /
    "受付に1名で")."""
    if not is_article(word.text, weak_language):
        return False
    if _bounded_alone(one, text, language, word, weak_text, weak_language):
        return True
    if units.an_amount_of_money(one, text, language):
        return not units.names_money_at(weak_text, word.end, weak_language)
    return (word.text.lower() in ("a", "an") and text[one.end:one.end + 1] in _PERSONS
            and _a_count_the_source_never_names(one, text, weak_text, language))


def _bounded_alone(one: Number, text: str, language: str, word: Number, weak_text: str, weak_language: str) -> bool:
    """ "ペットを1匹まで", "1 copy at most": a 1 bounded as a limit, which an article the other text
    does not bound ("in a cage") cannot say."""
    if word.text.lower() in _COUNTING_ONES:
        return False
    bound = comparator(text, one, language)
    return (bound is not None and not bounds.from_a_range(bound)
            and comparator(weak_text, word, weak_language) is None
            and not _OR_ANOTHER_AFTER_RE.match(weak_text, word.end))


# Words for one that count as well as they stand for "a": "one helper" / "介助者1名まで".
_COUNTING_ONES = frozenset({"one", "single", "a single"})
# "une ou plusieurs paires", "ein oder mehrere": the article is a count with its own bound.
_OR_ANOTHER_AFTER_RE = re.compile(r"(?i)[\x20\u00a0]+(?:or|ou|oder|o|u|или|либо)[\x20\u00a0]")


def _second_of_a_pair(kept: list[Number], excused: list[tuple[Number, Number]], weak_text: str,
                      weak_language: str) -> tuple[list[Number], list[tuple[Number, Number]]]:
    """ "1 using bars and 1 using a line" / "один ..., другой ...": once a word for one stands for
    the first 1 of a pair, "the other" in the same clause after it stands for the second (further
    on, "другой" is "another": "к одному инстансу ... выберите другой тип")."""
    ones = [word for number, word in excused if number.value == 1 and word.value == 1]
    span = next(filter(None, (_the_other_after(word, weak_text, weak_language) for word in ones)), None)
    if span is None:
        return kept, excused
    second = next(number for number in kept if number.value == 1)
    word = Number(second.value, weak_text[span[0]:span[1]], span[0], span[1], "word")
    return [number for number in kept if number is not second], excused + [(second, word)]


_PAIR_REACH = 40  # characters from "one" to "the other": one clause ("один в виде гистограммы, другой")


def _the_other_after(one: Number, text: str, language: str) -> tuple[int, int] | None:
    span = the_other_span(text[one.end:one.end + _PAIR_REACH], language)
    return None if span is None else (one.end + span[0], one.end + span[1])


def _bound_before(text: str, number: Number, language: str) -> bounds.Comparator | None:
    """The comparator said before `number` ("greater than 1"). One after it ("1 or more") is the
    translation's to reorder ("une ou plusieurs"), which bounds.comparator does not always read."""
    bound = comparator(text, number, language)
    if bound is not None and bound.text in text[max(0, number.start - len(bound.text) - 4):number.start]:
        return bound
    return None


def _may_stand_for_bound(word: Number, text: str, language: str, bound: bounds.Comparator | None,
                         both_compare: bool) -> bool:
    """`word` may stand for a number that `bound` bounds: a comparison itself the same way
    ("greater than 0" / "positif", not "négatif"), or, when both texts say comparators, a word bound
    too ("au moins un" for "at least 1"; the other way, "au plus un", is a bound turned over, which
    _opposite_bounds reports)."""
    if bound is None:
        return True
    kind = "negative" if says_below_zero(text, word.start, language) else meaning(word.text)
    if kind in _SELF_BOUNDED:
        return kind == "nonzero" or (kind == "positive") == (bound.direction == LOWER)
    if bounds.says_a_day_before_as_a_deadline(text, word.start, word.end):
        return True  # "前日までに": the bound of "at least 1 day in advance", said as a day
    return not both_compare or comparator(text, word, language) is not None


def _same_bound_one_apart(pair: tuple[Number, Number], source_text: str, target_text: str,
                          source_locale: str, target_locale: str) -> bool:
    """ "more than 1 URL" / "2つ以上のURL", "fewer than 10" / "9 au plus": the same bound, said
    strictly on one side and inclusively on the other, one apart."""
    source_number, target_number = pair
    if abs(source_number.value - target_number.value) != 1 or any(map(_WITH_DECIMAL_PLACES_RE.search, (
            source_number.text, target_number.text))):
        return False  # (not a measure written to its decimals: "below 6.0" is no "at most 5,0")
    source_bound = comparator(source_text, source_number, locale_symbols(source_locale).language)
    if source_bound is None:
        return False
    target_language = locale_symbols(target_locale).language
    target_bound = comparator(target_text, target_number, target_language)
    if target_bound is None:
        return False
    direction = source_bound.direction
    source_strict, target_strict = strict(source_bound), strict(target_bound)
    if source_number.kind == "year" and target_number.kind == "year":
        # ("born after 1991" / "ab 1992 geboren")
        source_out, target_out = bounds.leaves_the_year_out(source_bound), bounds.leaves_the_year_out(target_bound)
        if source_out is not None and target_out is not None:
            source_strict, target_strict = source_out, target_out
    if target_bound.direction != direction:
        # A negation read on one side only, the other side's sentence negating too ("Do not install more
        # than 4" / "5台以上…設置しないで"): the two phrases' own directions are compared.
        if source_bound.negated == target_bound.negated or bounds.says_no_negation(target_text, target_language,
                                                                                    target_number.start):
            return False
        direction, other = (bounds.opposite(source_bound.direction) if source_bound.negated else source_bound.direction,
                            bounds.opposite(target_bound.direction) if target_bound.negated else target_bound.direction)
        if direction != other:
            return False
        source_strict, target_strict = source_strict != source_bound.negated, target_strict != target_bound.negated
    if source_strict == target_strict:
        return False  # "at most 4" / "höchstens 5": no bound one apart, a changed number
    # "more than 1" / "2つ以上": the inclusive side's number is one further in from the strict one's.
    inward = 1 if direction == LOWER else -1
    step = inward if source_strict else -inward
    return target_number.value - source_number.value == step


# The words of a multiple after its number: "das 1,25-Fache", "1.25 times", "1,25 fois", "1.25倍".
_MULTIPLE_AFTER_RE = re.compile(r"(?i)(?:-?fache?\w*|[\x20\u00a0]*(?:倍|раза?\b|times\b|fois\b|veces\b|x\b|×))")


def _share_said_as_a_multiple(share: Number, multiple: Number, multiple_text: str) -> bool:
    """ "125% of the rated load" / "das 1,25-Fache der Nennlast": one value, as a share and as a multiple."""
    return (share.kind == "percent" and multiple.kind != "percent" and multiple.value * 100 == share.value
            and _MULTIPLE_AFTER_RE.match(multiple_text, multiple.end) is not None)


_HOURS_AND_MINUTES_RE = re.compile(r"(\d{1,2})[\x20\u00a0\u202f]?h[\x20\u00a0\u202f]?(\d\d)")


def _a_length_the_source_gives(time, source: str, source_numbers: tuple[Number, ...], source_language: str) -> bool:
    """A translation's "2 h 14" or "7 h 30" that is a length the source gives ("134 min", "7 hours
    and 30 minutes"), not a time of day."""
    seconds = _seconds_of_hours_and_minutes(_HOURS_AND_MINUTES_RE.fullmatch(time.text))
    return seconds is not None and any(span.seconds == seconds
                                       for span in durations.read_spans(source, source_numbers, source_language))


def _seconds_of_hours_and_minutes(written: re.Match[str] | None) -> int | None:
    """The length of a match of hours (group 1) and minutes (group 2), in seconds."""
    return None if written is None else (int(written.group(1)) * 60 + int(written.group(2))) * 60


_CLOCK_RE = re.compile(r"(\d{1,2}):([0-5]\d)(?::00)?")  # (a race's "6:00:00" too)
# What makes "H:MM" a time of day in English: "at 9:30", "from 3:15", "until", "by", "before", "after".
_A_TIME_OF_DAY_BEFORE_RE = re.compile(r"(?i)\b(?:at|from|until|till|by|before|after|since|to)\s+$")


def _clock_seconds(date: DateReading) -> int | None:
    """The length a time "3:15" would be as hours and minutes, in seconds."""
    return _seconds_of_hours_and_minutes(_CLOCK_RE.fullmatch(date.text) if date.kind == "time" else None)


def _lengths_written_for_clocks(clocks: list[DateReading], target: str, target_numbers: tuple[Number, ...],
                                target_language: str) -> tuple[durations.Span, ...]:
    """The lengths of time the translation says in hours and minutes as long as one of the source's
    times "H:MM" it does not write: "3:15 (men)" / "3時間15分", "a finish in 4:30" / "en 4 h 30 min"
    (a race's time, which English writes as a clock)."""
    seconds = {_clock_seconds(clock) for clock in clocks} - {None}
    if not seconds:
        return ()
    return tuple(span for span in durations.read_spans(target, target_numbers, target_language)
                 if span.seconds in seconds and (span.mixed or span.unit == 3600))


_WITH_DECIMAL_PLACES_RE = re.compile(r"\d[.,]\d{1,2}$")
_BOUNDED_WORDS = frozenset({"multiplier", "fraction", "approximate count"})


def _multipliers_bounded_otherwise(source: str, target: str, source_locale: str,
                                   target_locale: str) -> tuple[BoundMismatch, ...]:
    """A count of times or a share said in words, bounded the other way: "no more than twice" / "не
    менее двух раз", "up to three times" / "mindestens dreimal", "at least a third" / "au plus un tiers";
    or nearly reached on one side and exceeded on the other: "more than twice" / "почти вдвое", "nearly
    half" / "более половины"."""
    source_language, target_language = locale_symbols(source_locale).language, locale_symbols(target_locale).language
    source_items = [_with_its_article(item, source) for item in read_quantity_words(source, source_language)
                    if item.kind in _BOUNDED_WORDS]
    if not source_items:
        return ()
    target_items = [_with_its_article(item, target) for item in read_quantity_words(target, target_language)
                    if item.kind in _BOUNDED_WORDS]
    pairs = [(item, other) for item in source_items for other in target_items if item.value == other.value]
    return (_opposite_bounds(pairs, source, target, source_locale, target_locale)
            or _nearly_against_a_floor(pairs, source, target, source_language, target_language))


def _nearly_against_a_floor(pairs: list[tuple[Number, Number]], source: str, target: str, source_language: str,
                            target_language: str) -> tuple[BoundMismatch, ...]:
    """The first pair whose one side is nearly reached ("почти", "近く": from below) and the other
    passed by a floor in words, unless a negation turned it."""
    for item, other in pairs:
        source_bound, target_bound = (_bound_or_nearly(source, item, source_language),
                                      _bound_or_nearly(target, other, target_language))
        if source_bound and target_bound and source_bound[1] != target_bound[1] and "nearly" in (
                source_bound[2], target_bound[2]):
            return (BoundMismatch(item, other, source_bound[0], target_bound[0], source_bound[1], target_bound[1]),)
    return ()


def _bound_or_nearly(text: str, item: Number, language: str) -> tuple[str, str, str] | None:
    """(The words, LOWER or UPPER, "bound" or "nearly") of a comparator in words, or of a word of
    nearly reaching, attached to a quantity in words."""
    bound = comparator(text, item, language)
    if bound is not None:
        return (bound.text, bound.direction, "bound") if bounds.in_words(bound) and not bound.negated else None
    nearly = bounds.nearly_word(text, item, language)
    return (nearly, UPPER, "nearly") if nearly is not None else None


# The article of "fewer than a dozen", "mehr als ein Dutzend", "más de una docena": the comparator
# stands before it.
_ARTICLE_BEFORE_RE = re.compile(r"(?i)(?<![^\W\d_])(?:an?|une?|ein(?:e[mnr]?)?|una?|uno)\s+$")


def _with_its_minus_word(number: Number, text: str, language: str) -> Number:
    """ "minus 5" or "5 grados bajo cero" for the 5 said negative by the words around it."""
    start, end = minus_said_around(text, number.start, number.end, language)
    return Number(-number.value, text[start:end], start, end, number.kind)


def _with_its_article(item: Number, text: str) -> Number:
    article = _ARTICLE_BEFORE_RE.search(text, max(0, item.start - 6), item.start)
    return item if article is None else replace(item, start=article.start(), text=text[article.start():item.end])


def _written_as_it_is_elsewhere(source_number: Number, target_number: Number, target_text: str) -> bool:
    """The source's number written to its decimals ("3.0") was paired with another mention of its
    value ("3"), while the translation writes it as it is elsewhere (in a code: "GPA3.0以上")."""
    return (source_number.text != target_number.text and "." in source_number.text
            and re.search(rf"(?<![\d.,]){re.escape(source_number.text)}(?![\d]|[.,]\d)", target_text) is not None)


def _opposite_bounds(pairs: list[tuple[Number, Number]], source_text: str, target_text: str,
                     source_locale: str, target_locale: str,
                     key: Callable[[Number], object] = lambda number: number.value) -> tuple[BoundMismatch, ...]:
    """Pairs of equal values whose comparators point opposite ways ("at most 1" / "au moins un")."""
    source_language = locale_symbols(source_locale).language
    target_language = locale_symbols(target_locale).language
    if not pairs or not may_have_bound(source_text, source_language):
        return ()
    found = []
    for sources, targets in _by_value(pairs, key):
        source_bounds = [comparator(source_text, number, source_language) for number in sources]
        if not any(source_bounds):
            continue
        target_bounds = [comparator(target_text, number, target_language) for number in targets]
        targets, target_bounds = _reordered_to_agree(sources, source_bounds, targets, target_bounds, source_text,
                                                     target_text, source_language, target_language)
        for source_number, source_bound, target_number, target_bound in zip(sources, source_bounds, targets,
                                                                            target_bounds):
            if _written_as_it_is_elsewhere(source_number, target_number, target_text):
                continue  # "a GPA of 3.0 or higher ... up to three years" / "GPA3.0以上 ... 最長3年間"
            if (source_bound is not None and target_bound is not None and _RANGE_MARK_RE.search(target_bound.text)
                    and _RANGE_END_AFTER_RE.match(source_text, source_number.end)):
                continue  # "limited to 10–15 couples" / "10～15組": a range's start, bounded as the range
            if (source_bound is not None and target_bound is not None
                    and source_bound.text.lower().startswith("between")
                    and _RANGE_MARK_AFTER_RE.match(target_text, target_number.end)):
                continue  # "between 1 and 10" / "1～10まで", "最大試行回数は 1 - 10": the range, bounded as a whole
            if (source_bound is not None and target_bound is not None
                    and _comparable(source_bound, target_bound, target_text, target_language, target_number.start,
                                    source_text)
                    and not bounds.passes_a_named_limit(source_bound, target_bound, source_text, target_language)
                    and not bounds.passes_the_limit_it_names(source_bound, target_bound, source_text, source_number)
                    and not bounds.restated_the_other_way(source_text, source_number, source_bound, target_text,
                                                          target_bound, target_language, target_number.end)):
                found.append(BoundMismatch(source_number, target_number, source_bound.text, target_bound.text,
                                           source_bound.direction, target_bound.direction))
            elif (source_bound is not None and target_bound is not None
                  and _strictness_changed((source_number, target_number), source_bound, target_bound, source_text,
                                          target_text, target_language)):
                found.append(BoundMismatch(source_number, target_number, source_bound.text, target_bound.text,
                                           bounds.strictness(source_bound), bounds.strictness(target_bound)))
        # A bound whose mention the other side left unbounded may be on another mention that the
        # source leaves unbounded ("no larger than 10000 x 10000" / "10000 x 10000ピクセル以上"):
        # one bounded the same way there answers for it, else one bounded the other way is an error.
        free_targets = [(number, bound) for number, bound, source_bound in zip(targets, target_bounds, source_bounds)
                        if bound is not None and source_bound is None]
        for source_number, source_bound, target_bound in zip(sources, source_bounds, target_bounds):
            if source_bound is None or target_bound is not None or not free_targets:
                continue
            same = next((free for free in free_targets if free[1].direction == source_bound.direction), None)
            opposite = same or next((free for free in free_targets
                                     if _comparable(source_bound, free[1], target_text, target_language,
                                                    free[0].start)), None)
            if opposite is None:
                continue
            free_targets.remove(opposite)
            if opposite is not same:
                found.append(BoundMismatch(source_number, opposite[0], source_bound.text, opposite[1].text,
                                           source_bound.direction, opposite[1].direction))
    found.sort(key=lambda mismatch: mismatch.source.start)
    return tuple(_one_per_dimensions(found, source_text))


_WORD_AFTER_RE = re.compile(r"\s+\w+")


def _bounded_one(text: str, locale: str) -> Number | None:
    """The one count of one said in words with a comparator before it; None if none or several."""
    language = locale_symbols(locale).language
    found = []
    for match in words.counts_of_one(text, language):
        if match.groupdict().get("unit") and not units.names_a_unit_at(text, match.start("unit"), language):
            continue
        # (Said with its unit where it has one: "a year", "ein Jahr".)
        unit = _WORD_AFTER_RE.match(text, match.end()) if units.names_a_unit_at(text, match.end(), language) else None
        end = match.end() if unit is None else unit.end()
        one = Number(Decimal(1), text[match.start():end], match.start(), end, "word")
        bound = comparator(text, one, language)
        if bound is not None and text[:match.start()].rstrip().lower().endswith(bound.text.lower().rstrip()):
            found.append(one)
    return found[0] if len(found) == 1 else None


def _one_bounded_otherwise(source: str, target: str, source_locale: str, target_locale: str) -> tuple[BoundMismatch, ...]:
    """A count of one bounded one way in the source and the other in the translation, both said in
    words: "over a year" / "bis zu ein Jahr", "not more than once" / "mindestens einmal"."""
    source_one = _bounded_one(source, source_locale)
    target_one = _bounded_one(target, target_locale) if source_one is not None else None
    if target_one is None:
        return ()
    return _opposite_bounds([(source_one, target_one)], source, target, source_locale, target_locale)


_DIMENSION_LINK_RE = re.compile(r"[\x20\u00a0\u202f]?(?:cm|mm|m)?[\x20\u00a0\u202f]?[×xX][\x20\u00a0\u202f]?")


def _one_per_dimensions(found: list[BoundMismatch], source_text: str) -> list[BoundMismatch]:
    """One finding for "55 × 40 × 20 cm" bounded the other way, not one per dimension."""
    kept: list[BoundMismatch] = []
    for mismatch in found:
        if (kept and (kept[-1].source_comparator, kept[-1].target_comparator)
                == (mismatch.source_comparator, mismatch.target_comparator)
                and _DIMENSION_LINK_RE.fullmatch(source_text, kept[-1].source.end, mismatch.source.start)):
            kept[-1] = replace(kept[-1], source=replace(kept[-1].source, end=mismatch.source.end,
                                                        text=source_text[kept[-1].source.start:mismatch.source.end]))
            continue
        kept.append(mismatch)
    return kept


def _strictness_changed(pair: tuple[Number, Number], source_bound: bounds.Comparator, target_bound: bounds.Comparator,
                        source_text: str, target_text: str, target_language: str) -> bool:
    """The same direction, the source including its number and the translation excluding it: "10 or
    more" / "plus de 10", "at least 18" / "18歳超". The other way, "over 18" / "ab 18", "more than
    10" / "10以上", "below 25 °C" / "nicht über 25 °C", is how many translators say the source's
    loose bound: reported only where the source says strictness in so many words and the
    translation a plain floor or ceiling ("more than 16" / "mindestens 16"), in Japanese for a count
    only, as its 以上 and 以下 stand for "more than" and "less than" of a measure in most translations;
    and for an age under a limit, which Japanese says exactly ("under 12" is "12歳未満", not "12歳以下")."""
    # (A number in words only in the translation, and from 3 up: "10 or more" / "более десяти"; not
    # the idioms of small counts, "more than one" / "deux ou plus".)
    if (source_bound.direction != target_bound.direction or source_bound.negated or target_bound.negated
            or _in_letters(pair[0]) or _in_letters(pair[1]) and pair[1].value < 3):
        return False
    source_strict, target_strict = bounds.clearly_strict(source_bound), bounds.clearly_strict(target_bound)
    if source_strict is False and target_strict is True:
        return True
    if source_strict is not True or target_strict is not False:
        return False
    if source_bound.direction == UPPER and _AGE_AFTER_RE.match(target_text, pair[1].end) is not None:
        return True
    # (Japanese says "more than 15 minutes", "fewer than 500 residents" or "more than 60%" as "15分以上",
    # "500人以下", "60％以上" as often as not: only a small count is compared there, where one more is
    # another case: "more than 12 people" /
    # "12人以上", "greater than 0" / "0 以上".)
    return (bounds.strict_in_so_many_words(source_bound) and bounds.plainly_inclusive(target_bound)
            and (target_language != "ja" or pair[0].value < _SMALL_COUNT and pair[0].kind != "percent"
                 and not units.names_a_unit_at(source_text, pair[0].end, "en")))


_SMALL_COUNT = 100


_AGE_AFTER_RE = re.compile(r"[\x20\u00a0]?(?:歳|才)")


_RANGE_MARK_RE = re.compile(r"\d[\x20\u00a0]*[～〜~–—-][\x20\u00a0]*\d")
_RANGE_MARK_AFTER_RE = re.compile(r"[\x20\u00a0]*[～〜~–—-][\x20\u00a0]*\d")



def _comparable(source_bound: bounds.Comparator, target_bound: bounds.Comparator, target_text: str,
                target_language: str, target_position: int | None = None, source_text: str = "") -> bool:
    """The two bounds point opposite ways, and neither was turned over by a negation the other side
    shows no sign of. A negation is read in a few words of each language only ("ne pas utiliser ...
    moins de" escapes it): a bound turned over by one is never reported, only ever excused; by one on
    each side ("cannot have more than" / "ne peut pas avoir moins de", or "cannot be greater than" /
    "darf nicht kleiner als", the negation inside the phrase), it is compared; and so is a source's
    bound turned over against a translation with no word of negation at all in the sentence of its
    number ("Do not store above 25 °C" / "25℃以上で保存してください")."""
    if ((_RANGE_MARK_RE.search(target_bound.text) or bounds.joins_a_range(target_bound))
            and bounds.multiple_word_end(source_bound.text, 0) is not None):
        return False  # "three to four times more efficient" / "3～4倍の効率", "drei- bis viermal": the range's end is no bound
    if (source_bound.negated and target_position is not None
            and bounds.forbids_what_it_bounds(target_text, target_position, target_bound, target_language)):
        return bounds.opposite(target_bound.direction) != source_bound.direction
    # ... and one in a condition whose outcome the translation refuses, against a source that states
    # its bound plainly, with no condition of its own ("A minimum of 10 participants is required" /
    # "10名に満たない場合は開講しません").
    if (source_text and target_position is not None
            and bounds.states_a_plain_requirement(source_text, source_bound, "en")
            and bounds.refuses_what_it_bounds(target_text, target_position, target_bound, target_language)):
        return bounds.opposite(target_bound.direction) != source_bound.direction
    if (target_position is not None and source_bound.direction == LOWER
            and bounds.says_how_low_it_falls(source_bound, target_bound, target_text, target_position, target_language)):
        return False  # "as low as -40" / "pouvant descendre jusqu'à −40"
    return target_bound.direction != source_bound.direction and (
        source_bound.negated == target_bound.negated
        or says_a_negation(source_bound) and says_a_negation(target_bound)
        or source_bound.negated and not says_a_negation(target_bound)
        and bounds.says_no_negation(target_text, target_language, target_position)
        # (Japanese negates the verb of its comparator, "5割を下回らない": read there for sure, and
        # compared against a source with no word of negation at all.)
        or target_bound.negated and target_language == "ja" and bool(source_text)
        and bounds.says_no_negation(source_text, "en"))


def _reordered_to_agree(sources: list[Number], source_bounds: list[bounds.Comparator | None], targets: list[Number],
                        target_bounds: list[bounds.Comparator | None], source_text: str, target_text: str,
                        source_language: str, target_language: str
                        ) -> tuple[list[Number], list[bounds.Comparator | None]]:
    """The k-th mention of a value on one side goes with its k-th mention on the other, unless
    another order of a few mentions gives more of them the same unit: a translation may turn its
    clauses around ("intensity 1 or greater within a week" / "1週間で震度1以上")."""
    if not 2 <= len(targets) <= 4 or not any(source_bounds):
        return targets, target_bounds
    # (Not mentions whose bounds agree in their own order, the unit said once for both: "minimum of %d,
    # maximum of %d characters" / "mínimo de %d caracteres y un máximo de %d".)
    if all(source_bound is not None and target_bound is not None and source_bound.direction == target_bound.direction
           for source_bound, target_bound in zip(source_bounds, target_bounds)):
        return targets, target_bounds
    source_units = [units.units_at(source_text, number.end, source_language) for number in sources]
    target_units = [units.units_at(target_text, number.end, target_language) for number in targets]

    def same_units(order: tuple[int, ...]) -> int:
        return sum(1 for own, index in zip(source_units, order) if own & target_units[index])
    identity = tuple(range(len(targets)))
    best = max(permutations(identity), key=same_units)
    if same_units(best) <= same_units(identity):
        return targets, target_bounds
    return [targets[index] for index in best], [target_bounds[index] for index in best]


def _units_after(known: dict[Number, frozenset[str]], number: Number, text: str, language: str) -> frozenset[str]:
    """The units the word after `number` may be, each looked up once in `known`."""
    if number not in known:
        known[number] = units.units_at(text, number.end, language)
    return known[number]


def _by_value(pairs: list[tuple[Number, Number]], key: Callable[[Number], object]
              ) -> list[tuple[list[Number], list[Number]]]:
    """The pairs' source and target numbers by value (or token), each side in text order: a pair
    alone, or every mention of a value said several times ("more than 2^32-2" / "menos de 2^32-2")."""
    groups: dict[object, tuple[list[Number], list[Number]]] = {}
    for source_number, target_number in pairs:
        group = groups.setdefault(key(source_number), ([], []))
        group[0].append(source_number)
        group[1].append(target_number)
    for sources, targets in groups.values():
        sources.sort(key=lambda number: number.start)
        targets.sort(key=lambda number: number.start)
    return list(groups.values())


def _count_said_once_for_each(number: Number, numbers: tuple[Number, ...], text: str, target: TextReading,
                              target_text: str) -> bool:
    """A count of the same things the source says twice ("2 capsules at 8 a.m. and 2 capsules at 8
    p.m.") that the translation says once for each ("jeweils 2 Kapseln", "по 2 капсулы", "2カプセル
    ずつ"). Without such a word, a repeat dropped is a lost number ("5th level ... another 5th level")."""
    counted = _COUNTED_RE.match(text, number.end) if number.kind in ("integer", "decimal") else None
    if counted is None or not any(
            other is not number and other.value == number.value
            and (other_counted := _COUNTED_RE.match(text, other.end)) is not None
            and other_counted.group(1).lower() == counted.group(1).lower() for other in numbers):
        return False
    return any(said.value == number.value and (_FOR_EACH_BEFORE_RE.search(target_text, max(0, said.start - 10), said.start)
                                               or _FOR_EACH_AFTER_RE.match(target_text, said.end))
               for said in target.numbers)


# A word that gives a count to each: "jeweils 2", "je 2", "по 2", "chacun", "cada uno", "2カプセルずつ".
_FOR_EACH_BEFORE_RE = re.compile(r"(?i)(?<![\w-])(?:jeweils|je|по|each)\s+$")
_FOR_EACH_AFTER_RE = re.compile(r"(?i)[^\W\d_]{0,6}?ずつ|[\x20\u00a0]+[^\W\d_]+[\x20\u00a0]+(?:chacune?|cada\s+un[oa]|each)\b")


# The word a count counts: "2 capsules", not "0 or", "1 depending".
_COUNTED_RE = re.compile(r"[\x20\u00a0\u202f]?(?!(?:or|and|to|of|in|on|at|for|from|by|if|is|are|was|were|the|an?|per|than)\b)"
                         r"([^\W\d_]{2,})(?<!ing)\b")


def _repeated_aside(number: Number, numbers: tuple[Number, ...], text: str) -> bool:
    """A number said again in words, or an aside the source repeats word for word ("(72)" twice,
    "(700-300 BCE)" twice) that a translation says once. Any other repeat dropped ("bit 0 == 0" /
    "bit 0 ==") is a lost number."""
    if _in_letters(number):
        return True
    aside = _aside_around(number, text)
    return aside is not None and any(
        other is not number and (other_aside := _aside_around(other, text)) is not None
        and other_aside[0] != aside[0] and other_aside[1] == aside[1]
        for other in numbers if other.value == number.value)


# A short unit's symbol right after a number: "0 ppm", "5 V", "2 mg".
_SHORT_UNIT_AFTER_RE = re.compile(r"[\x20\u00a0\u202f]?([^\W\d_]{1,4}(?:/[^\W\d_]{1,3})?|°[CF]|%)(?![^\W\d_])")


def _measure_listed_again(number: Number, numbers: tuple[Number, ...], text: str, language: str) -> bool:
    """The same measure listed twice, which a translation may say once for both: "0 ppm ammonia,
    0 ppm nitrite" / "Ammoniak und Nitrit bei 0 ppm"."""
    unit = _SHORT_UNIT_AFTER_RE.match(text, number.end)
    if unit is None or not units.names_a_unit_at(text, unit.start(1), language):
        return False  # ("0 or 1 ... 0 or 1": no measure)
    return any(
        other is not number and other.value == number.value and _LISTED_NEXT_RE.fullmatch(
            text, min(number.end, other.end), max(number.start, other.start)) is not None
        and (other_unit := _SHORT_UNIT_AFTER_RE.match(text, other.end)) is not None
        and other_unit.group(1) == unit.group(1) for other in numbers)


# What stands between two measures of a list: the first's unit and thing, then a comma or "and".
_LISTED_NEXT_RE = re.compile(r"[\x20\u00a0\u202f]?[^\W\d_]{1,4}(?:/[^\W\d_]{1,3})?[\x20\u00a0\u202f]+[^\W\d_]+"
                             r"(?:,|[\x20\u00a0]and)[\x20\u00a0]+")


def _aside_around(number: Number, text: str) -> tuple[int, str] | None:
    """Where the bracketed aside holding `number` opens ("(72)", "[1-9]"), and its text; or None."""
    opening = max(text.rfind("(", 0, number.start), text.rfind("[", 0, number.start))
    if opening < 0:
        return None
    closing = text.find(")" if text[opening] == "(" else "]", number.end)
    if closing < 0 or "\n" in text[opening:closing] or closing - opening > 40:
        return None
    return opening, text[opening:closing + 1]


_CURRENCIES_AFTER_A_NUMBER = ("円", "元", "원", "ドル")


def _one_with_a_counter(number: Number, text: str) -> bool:
    """A lone 1 with a Chinese, Japanese or Korean counter after it ("1ページ", "1 バイト", "1つ")
    says "a", "per" or "uni-": these languages count what English leaves to an article."""
    if number.text not in ("1", "１") or (number.start and text[number.start - 1].isdigit()):
        return False
    after = text[number.end:number.end + 2].lstrip(" ")
    # (Not money: "送料1円" is a price of one yen, never "a".)
    return bool(after) and bool(_CJK_RE.match(after)) and not after.startswith(_CURRENCIES_AFTER_A_NUMBER)


# What says "once" in English: "per visit", "a single use", "each session".
_ONCE_IN_ENGLISH = (r"once|one[-\s]?(?:time|off|shot)|single|per|each|every|twice|thrice|times?"
                    r"|an?\s+(?:visit|session|use|go|try|round|ride|wash|lesson|class|game)")


# Japanese counters after a 1 (periods, times, persons), each with what an English source says of it in any form.
_COUNTED_IN_ENGLISH = (
    (re.compile(r"時間"), re.compile(r"(?i)\b(?:hours?|hourly|hrs?|h|o['’]clock|24/7|60[-\s]minutes?)\b|\d\s?(?:h|hrs?)\b"
                                  r"|\d[ap]\.?m\b")),
    (re.compile(r"日(?!本)"), re.compile(r"(?i)\b(?:days?|daily|nights?|nightly|overnight|24/7|today|tomorrow|tonight"
                                        r"|24[-\s]hours?"
                                        r"|weekdays?|per\s+diem|(?:a)?round[-\s]the[-\s]clock)\b")),
    (re.compile(r"週"), re.compile(r"(?i)\b(?:weeks?|weekly|7\s+days|seven\s+days)\b")),
    (re.compile(r"[かヶカケ]月"), re.compile(r"(?i)\b(?:months?|monthly|30\s+days)\b")),
    (re.compile(r"年(?!生|目|度)"), re.compile(r"(?i)\b(?:years?|yearly|annual|annually|12\s+months|per\s+annum|a\s+year)\b")),
    (re.compile(r"分(?!の)"), re.compile(r"(?i)\b(?:minutes?|mins?|hours?)\b")),
    # (Once: "per visit" / "1回につき", "a single use" / "1回限り", "each session" / "1回"; and each of
    # them, said of the sessions themselves: "Public skating sessions last 90 to 120 minutes" / "1回あたり
    # の時間"; not "1回無料", one free lesson, a limit "Trial lessons are free" never sets.)
    (re.compile(r"回(?:あたり|当たり|につき)"), re.compile(rf"(?i)\b(?:{_ONCE_IN_ENGLISH}|sessions|visits|rides|lessons)\b")),
    (re.compile(r"回(?!目|転)"), re.compile(rf"(?i)\b(?:{_ONCE_IN_ENGLISH})\b")),
    # (One person: "per guest" / "お一人様", "a single adult" / "大人1名".)
    (re.compile(r"[名人](?!分|前|用|乗り|部屋|掛け)"), re.compile(
        r"(?i)\b(?:per|each|every|one|single|individual|solo|alone|an?|only)\s+(?:[^\W\d_]+\s+)?"
        r"(?:person|guest|adult|child|kid|infant|baby|customer|member|visitor|participant|applicant|patient|student"
        r"|passenger|player|user|senior|companion|driver|owner|resident|attendee|diner|head|friend|partner|spouse"
        r"|colleague|relative|carer|caregiver|escort)s?\b|\b(?:alone|solo|per\s+head"
        r"|single|individual(?:ly)?|someone|somebody|anyone|one\s+of)\b")),
)


# The counters of persons after a 1: "1名", "1人".
_PERSONS = ("名", "人")
# "1回2錠", "1回最大12分", "1回のプレイ時間は15〜25分": an amount each time, which a dose or a session's
# length says in English without a word for the time.
_AN_AMOUNT_EACH_TIME_RE = re.compile(r"(?:回|名様?|人)[^\d０-９、。，,）)]{0,10}?[0-9０-９]")


def _a_count_the_source_never_names(number: Number, target_text: str, source_text: str, target_language: str) -> bool:
    """A 1 before a Japanese period ("1時間前までに", an hour before), 回 (once) or a person (1名) that the
    source names in no form: no "hour", "hourly", "an hour"; no "once", "per", "each"; no "a guest": a
    length or a count the translation adds, no "a" said with a counter."""
    if (target_language != "ja" or _AN_AMOUNT_EACH_TIME_RE.match(target_text, number.end)
            or frequencies.in_a_counted_period(target_text, number.start)):
        return False
    for counter, named in _COUNTED_IN_ENGLISH:
        if counter.match(target_text, number.end):
            return named.search(source_text) is None
    return False


# Words that give a share to each of many: "each evacuee", "per guest", "apiece", "/kg".
_DISTRIBUTES_RE = re.compile(r"(?i)\b(?:each|per|every|apiece|a\s+head)\b|/")


# "€4.98/kg" / "4,98 € за 1 кг", "(1 kg = 4,98 €)": the 1 of a rate the source writes with a slash.
_SLASHED_UNIT_RE = re.compile(r"/[\x20\u00a0]?[^\W\d_]")


def _one_of_a_rate(number: Number, text: str, source: str, language: str) -> bool:
    return (number.value == 1 and number.text in ("1", "１") and _SLASHED_UNIT_RE.search(source) is not None
            and units.names_a_unit_at(text, number.end, language))


def _written_elsewhere(number: Number, other_text: str, own_text: str = "") -> bool:
    """The same characters stand in the other text inside a code or version that is no quantity
    there: "ISO 8601" / "iso8601", "PGP 2" / "PGP2-style", "version 2.33" / "v2.33", "9 h" / "9AM"."""
    digits = _DIGITS_RE.match(number.text)
    if digits is None:
        return False
    digits = digits.group()
    if not own_text:
        return bool(_glued_places(digits, other_text))
    # A code both texts hold ("e2") stands for no number one of them lost; the number itself, if
    # glued ("~1B"), is not such a code.
    own = sum(1 for start in _glued_places(digits, own_text) if not number.start <= start < number.end)
    return len(_glued_places(digits, other_text)) > own


# A text's numbers often repeat their digits ("1" and "1", "2" and "2.5"): each scan is done once.
@lru_cache(maxsize=256)
def _glued_places(digits: str, text: str) -> tuple[int, ...]:
    return tuple(_glued_at(digits, text))


def _glued_at(digits: str, text: str) -> list[int]:
    """Where `digits` stand glued to a letter on one side, inside a code rather than as a number of
    their own ("-1" is no code; kana and kanji next to a digit make no code: "ビット0" is "bit 0"),
    left to right without overlaps. Found with str.find: a regex per number costs its compilation."""
    found = []
    index = text.find(digits)
    while index >= 0:
        end = index + len(digits)
        before = text[index - 1:index]
        after = text[end:end + 1]
        # ("Cortex-A53", and an abbreviation's full stop: "Ver.2.1", "Nr.5".)
        if (((is_spaced_letter(before) or before in ("-", ".") and is_spaced_letter(text[index - 2:index - 1]))
             and not after.isdecimal())
                or (not before.isdecimal() and before not in (".", ",") and is_spaced_letter(after))):
            found.append(index)
            index = text.find(digits, end)
        else:
            index = text.find(digits, index + 1)
    return found


def _spend_literal_run(digits: str | None, spare: Counter[str]) -> bool:
    """Whether a run of `digits` the other text has inside codes beyond this one's (`spare`) may
    stand for the number ("ISO 8601" / "iso8601"), spending it: one run stands for one number
    ("16x16" / "aufx16" lost a 16). The same code on both sides ("FILE2") stands for no number."""
    if digits is None or spare[digits] <= 0:
        return False
    spare[digits] -= 1
    return True


def _digits_of(number: Number) -> str | None:
    """The digit run a whole number is written with, as literals.py keys it ("102", "-1" -> "1")."""
    if number.value != number.value.to_integral_value() or number.text[:1].isalpha():
        return None
    return str(int(abs(number.value)))


def _in_letters(number: Number) -> bool:
    """ "three", "troisième", "XXe" (a kind alone cannot tell "troisième" from "3e")."""
    return number.text[0].isalpha()


def _stands_alone_weakly(number: Number) -> bool:
    """Unpaired, these are rephrasing: numbers in words, and "1st"/"1er" ("au 1er plan")."""
    return _in_letters(number) or (number.kind == "ordinal" and number.value == 1)


def _words_added(source: str, target: str, source_locale: str, target_locale: str) -> tuple[Number, ...]:
    """The counts and ranks of two or more in words that a translation whose numbers otherwise agree
    adds: "Deux repas sont servis" for "Meals are served", "au-delà du deuxième" for "each". Unlike one,
    no article says them; the source's "both", "a pair" or "secondary" says two, and a word inside a
    length of time or a frequency the comparison has read ("tous les deux jours") is that reading's."""
    source_language, target_language = locale_symbols(source_locale).language, locale_symbols(target_locale).language
    target_numbers, target_items = read_text(target, target_locale).numbers, read_quantity_words(target, target_language)
    words = [number for number in (*target_numbers,
                                   *(item for item in target_items
                                     if item.kind == "multiplier" and _COUNT_OF_TIMES_RE.search(item.text)))
             if _in_letters(number) and number.value >= 2 and number.value == int(number.value)
             and not number.text.isupper()]  # (a keyword's name: "ВТОРОЙ" for "FIRST")
    if not words:
        return ()
    said = {number.value for number in (*_stated_values(source, source_locale),
                                         *read_quantity_words(source, source_language))}
    # (A length of time the source has none of is added as a whole: "valid from 1 April" / "ab dem 1. April
    # für zwölf Monate".)
    source_spans = durations.read_spans(source, read_text(source, source_locale).numbers, source_language)
    lengths = {span.seconds for span in source_spans}
    spans = tuple(span for span in durations.read_spans(target, target_numbers, target_language) if source_spans
                  and (span.seconds in lengths or span.mixed or any(other.mixed for other in source_spans)))
    read_otherwise = [*spans, *frequencies.frequencies_read(target, target_language),
                      *(item for item in target_items if item.kind in ("fraction", "approximate count"))]
    return tuple(number for number in words
                 if number.value not in said and not overlaps(number, read_otherwise)
                 and not _word_added_by_rephrasing(number, target, source, target_language))


# A count of two to twelve in words that the translation states nowhere, in any form, is lost. Japanese
# counts what it names with a counter ("電池を2本"), where English says "two batteries"; the other
# languages say it too, but for the counts a context implies (below).
_KEEPS_ITS_COUNTS = frozenset({"ja", "fr", "de", "es", "ru"})
# ("two consecutive hyphens" / "連続するハイフン", "the two sides", "one or two", "two dozen": no count kept.)
_COUNT_WORD_NOT_KEPT_RE = re.compile(r"(?i)[\x20\u00a0]+(?:consecutive|adjacent|successive|subsequent|or|to|and|dozen"
                                     r"|hundred|thousand|million|billion|times|fold|thirds|quarters|halves|fifths"
                                     r"|-)\b")
# The thing counted right after the count: "two side dishes", "three 60 ml glasses" (not "in two", "two of").
_NOUN_COUNTED_AFTER_RE = re.compile(r"(?i)[\x20\u00a0]+(?!(?:of|in|at|on|and|or|to|for|with|by|from|is|are|was|were|more"
                                    r"|less|each|per|a|an|the)\b)[^\W_]")
_THE_BEFORE_RE = re.compile(r"(?i)\b(?:the|these|those|both|its|their|every|each|all|of|per)[\x20\u00a0]+$")


def _count_words_dropped(source: str, target: str, source_locale: str, target_locale: str) -> tuple[Number, ...]:
    """The source's counts of two to twelve in words ("two side dishes") that a translation into a
    language that keeps its counts says in no form at all: no digits, no numeral, no word of that value."""
    source_language, target_language = locale_symbols(source_locale).language, locale_symbols(target_locale).language
    counts = [number for number in read_text(source, source_locale).numbers
              if _in_letters(number) and number.kind == "word" and 2 <= number.value <= 12
              and _COUNT_WORD_NOT_KEPT_RE.match(source, number.end) is None
              and _THE_BEFORE_RE.search(source, max(0, number.start - 8), number.start) is None
              # ("more than three" / "4つ以上": a strict bound may be said one apart.)
              and ((bound := comparator(source, number, source_language)) is None or not strict(bound))
              # (A measure or a length of time may be said in another unit: "seven days" / "1週間".)
              and not units.names_a_unit_at(source, number.end, source_language)
              and _NOUN_COUNTED_AFTER_RE.match(source, number.end) is not None]
    source_items = read_quantity_words(source, source_language) if counts or "dozen" in source else ()
    counts = [number for number in counts if not overlaps(number, [*source_items,
                                                                   *frequencies.frequencies_read(source, source_language)])]
    # ... and "a dozen volunteers", which Japanese says "12名" or "十数名".
    counts += [Number(item.value, source[article.start():item.end], article.start(), item.end, "word")
               for item in source_items if item.text.lower() == "dozen"
               and (article := _A_DOZEN_BEFORE_RE.search(source, max(0, item.start - 8), item.start)) is not None
               and _NOUN_COUNTED_AFTER_RE.match(source, item.end) is not None]
    if target_language != "ja":
        # (A count implied by what is done with it, "swap two inputs" / "échanger les entrées", "two files
        # are the same", "Two Sided" / "Recto verso", "single/two letter": many translations leave it unsaid.)
        counts = [number for number in counts
                  if _IMPLIED_PAIR_BEFORE_RE.search(source, max(0, number.start - 24), number.start) is None
                  and _RANGE_END_BEFORE_RE.search(source, max(0, number.start - 8), number.start) is None
                  and _IMPLIED_PAIR_AFTER_RE.match(source, number.end) is None]
    if not counts:
        return ()
    said = _values_said(target, target_locale)
    return tuple(number for number in counts if number.value not in said
                 and not _count_said_in_a_compound(number.value, target, target_language)
                 and not _the_things_counted(number, source, target, target_language))


# "for two modes" / "pour les modes": the things counted, named with a definite article, are those the
# reader knows of.
_DEFINITE_PLURAL_RES = {"fr": re.compile(r"(?i)(?<!\w)les(?!\w)"), "de": re.compile(r"(?i)(?<!\w)(?:die|den|der)(?!\w)"),
                        "es": re.compile(r"(?i)(?<!\w)(?:los|las)(?!\w)")}


def _the_things_counted(number: Number, source: str, target: str, target_language: str) -> bool:
    pattern = _DEFINITE_PLURAL_RES.get(target_language)
    if pattern is None:
        return False
    where = number.start / max(len(source), 1)
    return any(abs(article.start() / max(len(target), 1) - where) <= _ARTICLE_REACH
               for article in pattern.finditer(target))


_IMPLIED_PAIR_BEFORE_RE = re.compile(r"(?i)\b(?:swap|swapping|exchange|switch|compare|comparing|between|merge|merging"
                                     r"|join|joining|combine|pair|both)\b[^.;:!?]{0,16}$"
                                     r"|\b(?:one|single|\d+)[\x20\u00a0]*(?:or|and|/)[\x20\u00a0]*$")
_RANGE_END_BEFORE_RE = re.compile(r"(?i)\bto\s+$|[-–]\s*$")  # ("one to four hex digits": the range's end)
_IMPLIED_PAIR_AFTER_RE = re.compile(r"(?i)[-\x20\u00a0]*(?:sided|possible|letter|digit|way)\b"
                                    r"|(?:[\x20\u00a0]+[^\W\d_]+){1,2}[\x20\u00a0]+(?:are|is)[\x20\u00a0]+"
                                    r"(?:the\s+same|identical|equal|different)\b")
# A count said inside a word of the translation ("Dreischichtbetrieb", "sechsseitig", "двухфакторная"),
# or glued to its digits ("из 2х букв").
_COUNT_STEMS = {
    "de": ("", "", "zwei|beid|doppel|paar", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf",
           "zwölf|dutzend"),
    "ru": ("", "", "дву|двух|двое|пар|об[аеи]", "тр[её]х|тре", "четыр", "пят", "шест", "сем[иь]", "восьм", "девят",
           "десят", "одиннадцат", "двенадцат|дюжин"),
}


def _count_said_in_a_compound(value: Decimal, target: str, language: str) -> bool:
    """Whether the translation says `value` glued to other letters: its digits ("2х") or its stem."""
    if re.search(rf"(?<!\d){value}(?!\d|[.,]\d)", target) is not None:
        return True
    stems = _COUNT_STEMS.get(language)
    return stems is not None and value <= 12 and re.search(f"(?i){stems[int(value)]}", target) is not None


_BOTH_SAID_RE = re.compile(r"両|双|ペア|一対|ふたつ|ふたり|二人")
_A_DOZEN_BEFORE_RE = re.compile(r"(?i)\b(?:a|one)\s+$")


# The other end of a range after a number: "–7" of "5–7".
_RANGE_END_AFTER_RE = re.compile(rf"[\x20\u00a0\u202f]*(?:{_RANGE_JOINERS}|до)[\x20\u00a0\u202f]*\d+(?:[.,]\d+)?")


def _past_its_range_end(text: str, end: int) -> int:
    found = _RANGE_END_AFTER_RE.match(text, end)
    return end if found is None else found.end()


def _units_said_as_multiples(source: str, target: str, source_locale: str,
                             target_locale: str) -> tuple[tuple[Number, Number], ...]:
    """The source's amounts of a unit ("added 5–7 days") that the translation says as multiples
    ("увеличилось в 5–7 раз"), each with its partner, both as written with their words."""
    source_language = locale_symbols(source_locale).language
    counted, multiples = [], []
    for number in read_text(source, source_locale).numbers:
        end = _past_its_range_end(source, number.end)
        if bounds.says_a_multiple_after(source, end):
            multiples.append(number.value)
        elif units.names_a_unit_at(source, end, source_language) and not (counted and counted[-1][1] == end):
            counted.append((number, end))
    if counted:  # ("doubled ... within two weeks" / "2週間で...2倍": the multiple is the doubling's)
        multiples += [item.value for item in read_quantity_words(source, source_language)
                      if item.kind == "multiplier"]
    found = []
    for number in read_text(target, target_locale).numbers if counted else ():
        end = bounds.multiple_word_end(target, _past_its_range_end(target, number.end))
        if end is None:
            continue
        if number.value in multiples:
            multiples.remove(number.value)
            continue
        partner = next((pair for pair in counted if pair[0].value == number.value), None)
        if partner is not None:
            counted.remove(partner)
            found.append((_with_its_word(partner[0], source, partner[1]),
                          replace(number, text=target[number.start:end], end=end)))
    return tuple(found)


_WORD_RE = re.compile(r"[\x20\u00a0\u202f-]*(?:[^\W\d_]+|[^\w\s])")


def _with_its_word(number: Number, text: str, end: int) -> Number:
    """ "5–7 days": the number, the rest of its range and the word after them."""
    word = _WORD_RE.match(text, end)
    end = end if word is None else word.end()
    return replace(number, text=text[number.start:end], end=end)


def _range_ends_in_words_lost(source: TextReading, source_text: str, target_values: set[Decimal],
                              target_text: str, target_language: str) -> frozenset[Number]:
    """The ends of the source's ranges said in words ("two to three days") that the translation
    lost while keeping the other end ("entre uno y tres días", "до трёх дней"): unlike a number
    word alone, which translations drop or rephrase, such an end was changed or cut off."""
    lost = set()
    for first, second in _written_range_pairs(source, source_text):
        for end, other in ((first, second), (second, first)):
            if (_in_letters(end) and end.value not in target_values and other.value in target_values
                    and not (end.value == 1 and words.says_one_in_words(target_text))):
                lost.add(end)
    return frozenset(lost)


def _inside_range(number: Number, ranges: list[tuple[Decimal, Decimal]], own_ends: frozenset[int]) -> bool:
    """8 in "7, 8 ou 9" for "7-9": strictly inside one of the ranges the other side enumerates
    (see _enumerated_ranges). Not a number that ends a range of its own text ("0-2, 2-4" against
    "0-2, 0-4": the 2 was changed, not enumerated)."""
    value = number.value
    return number.start not in own_ends and any(low < value < high for low, high in ranges)


def _written_range_pairs(reading: TextReading, text: str) -> list[tuple[Number, Number]]:
    """The two ends of each range `text` writes ("7-9", "7 to 9", "01..53"), in text order."""
    numbers = reading.numbers
    return [(first, second) for first, second in zip(numbers, numbers[1:])
            if _RANGE_JOIN_RE.fullmatch(text, first.end, second.start)]


def _range_ends(reading: TextReading, text: str) -> frozenset[int]:
    """Where the numbers that begin or end a range `text` writes ("0-2") start."""
    return frozenset(number.start for pair in _written_range_pairs(reading, text) for number in pair)


def _enumerated_ranges(reading: TextReading, text: str, own_values: set[Decimal], own: TextReading | None = None,
                       own_text: str = "") -> list[tuple[Decimal, Decimal]]:
    """The ranges `text` writes ("7-9") whose bounds are both values of the other side, which may
    enumerate them ("7, 8 ou 9"); not those the other side writes too ("(01..12)" and "(00..59)" /
    "(..12)" and "(00..59)"). Worked out once per side: asked number by number, they took time in
    the square of the numbers of a long text."""
    written = frozenset((first.value, second.value) for first, second in _written_range_pairs(own, own_text)
                        ) if own is not None else frozenset()
    return [(low.value, high.value) for low, high in _written_range_pairs(reading, text)
            if low.value < high.value and low.value in own_values and high.value in own_values
            and (low.value, high.value) not in written and _enumerated(low.value, high.value, own_values)]


# The most values an enumeration spells out ("7, 8 ou 9" for "7-9"; "1 à 100" is no list).
_ENUMERATION_LIMIT = 31


def _enumerated(low: Decimal, high: Decimal, values: set[Decimal]) -> bool:
    """Every whole number between `low` and `high` is among `values`: "7, 8 ou 9" lists "7-9",
    while "30" and "1 à 100" only say a number that happens to lie inside "1-100"."""
    if low != low.to_integral_value() or high != high.to_integral_value() or high - low > _ENUMERATION_LIMIT:
        return False
    return all(Decimal(value) in values for value in range(int(low) + 1, int(high)))


# (A word of three letters or more, no code: "Vitamin D3 1,000 IU" is an amount.)
_NAME_BEFORE_RE = re.compile(r"(?<![\w-])([A-Z][^\W\d_]{2,})[\x20\u00a0]$")


def _named_alike(number: Number, text: str, other_text: str) -> bool:
    """`number` ends a name that both texts write alike: "the Compact 5.4" / "der Compact 5.4"."""
    name = _NAME_BEFORE_RE.search(text, max(0, number.start - 40), number.start)
    return name is not None and re.search(rf"(?<![\w-]){re.escape(name.group(1))}[\x20\u00a0]{re.escape(number.text)}(?![\w.,])",
                                          other_text) is not None


_LETTERS_GLUED_RE = re.compile(r"[A-Za-z]+(?![\w])")


def _code_kept(number: Number, text: str, other_text: str, language: str) -> bool:
    """`number` with the letters glued after it is a code both texts write alike: "Patch 7.34b" (not
    "2.5kg", a measure)."""
    letters = _LETTERS_GLUED_RE.match(text, number.end)
    if letters is None or units.names_a_unit_at(text, number.end, language):
        return False
    code = re.escape(number.text + letters.group())
    return re.search(rf"(?<![\w.,]){code}(?!\w)", other_text) is not None


def _quantity_like(reading: DigitReading, text: str, language: str) -> bool:
    number = reading.number
    if number.kind in ("percent", "permille", "scaled"):
        return True
    if _GROUPED_RE.fullmatch(number.text.lstrip("-+\u2212")):
        return True
    if number.text[:1] in "-+\u2212" and number.kind == "decimal":
        return True  # a signed decimal is an amount, never a version ("−2.75", "+3.50")
    # (A unit of the language, an amount of money too: "2.5 ml", "18,50ユーロ" in Japanese, "18.50 €"
    # in French; a German compound joins it with a hyphen, "2.5-ml-Markierung".)
    # ("2.5 bis 20 ml": the start of a range, the unit after its end.)
    return any(_QUANTITY_AFTER_RE.match(text, end) is not None
               or _NO_UNIT_AFTER_RE.match(text, end) is None
               and units.names_a_unit_at(text, end + text.startswith("-", end), language)
               for end in {number.end, _past_its_range_end(text, number.end)})


def _measured(number: Number, text: str, language: str) -> bool:
    """A unit follows `number` where it stands ("82.3 years"), or it is a pH ("a pH of 4.6"): a
    quantity, whatever its copy stands beside."""
    return _NO_UNIT_AFTER_RE.match(text, number.end) is None and (
        number.kind == "decimal" and (_QUANTITY_AFTER_RE.match(text, number.end) is not None
                                      or _PH_BEFORE_RE.search(text, max(0, number.start - 16), number.start))
        or units.names_a_unit_at(text, number.end, language))


_PH_BEFORE_RE = re.compile(r"\bpH\b[^\d\w]*(?:\w+[^\d\w]+)?$")


def compare_readings(
    source: TextReading, target: TextReading, source_text: str, target_text: str,
    source_locale: str, target_locale: str,
    source_literals: Counter[str] = Counter(), target_literals: Counter[str] = Counter(),
    source_dates: tuple[DateReading, ...] = (), target_dates: tuple[DateReading, ...] = (),
) -> NumberComparison:
    """`source_literals` / `target_literals`: the digit runs each text has inside codes, options
    and paths; a number whose digits the other text has there is accounted for ("102-key" /
    "(102/QWERTZ/...)", "End+1" / "final+1"). `source_dates` / `target_dates`: the dates read
    apart, whose month names stand in for no number ("15 March 2025" excuses no "trois")."""
    source_texts = {reading.number.text: reading.number for reading in source.digits}
    target_readings = {reading.number: reading for reading in target.digits}
    target_language = locale_symbols(target_locale).language
    problems: list[StyleProblem] = []

    # 1. Literal copies take the source's value; a number said negative in words ("氷点下20度", "20
    # grados bajo cero") takes its negative where the source has that.
    value_of: dict[Number, Decimal] = {}
    negative_source_values = {number.value for number in source.numbers if number.value < 0}
    signed: dict[Number, Number] = {}  # each such number with its words, "minus 5", for its comparator
    for number in target.numbers:
        value_of[number] = number.value
        if (-number.value in negative_source_values
                and minus_said_around(target_text, number.start, number.end, target_language) is not None):
            value_of[number] = -number.value
            signed[number] = _with_its_minus_word(number, target_text, target_language)
        reading = target_readings.get(number)
        copied = source_texts.get(number.text) if reading is not None else None
        if copied is None:
            continue
        value_of[number] = copied.value
        # ("12B" copied as it is, a locker's number, is no style: its digits read alike everywhere; nor
        # is the input a program reads, "(syntax: -18.2412)".)
        if ((copied.value != number.value or reading.foreign)
                and (_quantity_like(reading, target_text, target_language)
                     or _measured(copied, source_text, locale_symbols(source_locale).language))
                and _DIGITS_AND_A_LETTER_RE.fullmatch(number.text) is None
                and not _named_alike(number, target_text, source_text)
                and not _code_kept(number, target_text, source_text, target_language)
                and span_at(copied.start, input_spans(source_text)) is None
                and not _round_thousands_in_another_style(copied, number)):
            problems.append(_style_problem(reading, copied.value, target_text, target_locale))

    # 2. Equal values, closest relative position first.
    source_length = max(len(source_text), 1)
    target_length = max(len(target_text), 1)
    unmatched: dict[Decimal, list[Number]] = {}
    for number in source.numbers:
        unmatched.setdefault(number.value, []).append(number)
    # The same characters first ("1000" with "1000", not with "1K"), then a unit both name, for a value
    # said more than once ("12 months ... 12M" / "12か月 ... 「12M」"), then the closest places, over all
    # candidates at once ("1ページ" and the "1" of "1-3" each find their own partner).
    said_often = {value for value, count in Counter(value_of[number] for number in target.numbers).items()
                  if count > 1 or len(unmatched.get(value, ())) > 1}
    source_language = locale_symbols(source_locale).language
    units_of = partial(_units_after, {})

    def no_shared_unit(source_number: Number, number: Number) -> bool:
        return value_of[number] in said_often and units_of(source_number, source_text, source_language).isdisjoint(
            units_of(number, target_text, target_language))
    candidates = sorted(
        ((source_number.text != number.text, no_shared_unit(source_number, number),
          abs(source_number.start / source_length - number.start / target_length), source_index, target_index)
         for target_index, number in enumerate(target.numbers)
         for source_index, source_number in enumerate(unmatched.get(value_of[number], ()))),
        key=lambda candidate: candidate[:3])
    taken_source: dict[Decimal, set[int]] = {}
    partner_of: dict[int, Number] = {}
    for *_, source_index, target_index in candidates:
        if target_index in partner_of:
            continue
        value = value_of[target.numbers[target_index]]
        taken = taken_source.setdefault(value, set())
        if source_index not in taken:
            taken.add(source_index)
            partner_of[target_index] = unmatched[value][source_index]
    for value, taken in taken_source.items():
        unmatched[value] = [number for index, number in enumerate(unmatched[value]) if index not in taken]
    leftover_target = [number for index, number in enumerate(target.numbers) if index not in partner_of]
    equal_pairs = [(partner_of[index], signed.get(target.numbers[index], target.numbers[index]))
                   for index in sorted(partner_of)]
    # A short scale sign may be a unit on the other side ("1.0K" / "1,0K", "5 B" bytes / "5 o"):
    # a number that agrees without its scale is the same number.
    # The same sign on both sides is the same unit, whatever scale each locale gives it ("1024B" /
    # "1024 B": bytes, not 10^9 in English and 10^12 in Spanish). 万 and 億 are scales alone.
    # (Not a scale word: "250 mil" is 250,000 in Spanish.)
    unscaled, sign_of = {}, {}
    for reading, locale in [(reading, source_locale) for reading in source.digits] + [
            (reading, target_locale) for reading in target.digits]:
        sign = reading.number.text[reading.cluster_end - reading.number.start:].strip()
        if (reading.exponent and len(sign) <= 3 and not _CJK_RE.match(sign)
                and not digits.is_a_scale_word(sign, locale)):
            unscaled[reading.number] = tidy(reading.number.value.scaleb(-reading.exponent))
            sign_of[reading.number] = sign.casefold()
    if unscaled and leftover_target:
        still_left_target = []
        for number in leftover_target:
            partner = next((candidate for candidates in unmatched.values() for candidate in candidates
                            if candidate.value == unscaled.get(number) or unscaled.get(candidate) == value_of[number]
                            or (number in sign_of and unscaled.get(candidate) == unscaled[number]
                                and sign_of.get(candidate) == sign_of[number])),
                           None)
            if partner is None:
                still_left_target.append(number)
                continue
            unmatched[partner.value].remove(partner)
            # "65K" on both sides, read as 65000 and 65: the same characters, whose bound is compared.
            if target_text.startswith(partner.text, number.start) or source_text.startswith(number.text, partner.start):
                equal_pairs.append((partner, number))
        leftover_target = still_left_target

    # A source number written in another convention ("100.000" in an English text) agrees with
    # the translation's number of its other reading ("10万"): the source's style is no translator's slip.
    # (Not one grouped as the source's locale groups: "3,500" in English is 3500, and "3.500" in Japanese,
    # which writes decimals as English does, is 3.5.)
    source_convention = locale_symbols(source_locale).convention
    source_alternatives = {reading.number: reading.alternatives for reading in source.digits
                           if reading.alternatives and not digits.grouped_as_its_convention(reading.number.text,
                                                                                            source_convention)}
    if source_alternatives and leftover_target:
        still_left_target = []
        for number in leftover_target:
            partner = next((candidate for candidates in unmatched.values() for candidate in candidates
                            if value_of[number] in source_alternatives.get(candidate, ())), None)
            if partner is None:
                still_left_target.append(number)
                continue
            unmatched[partner.value].remove(partner)
            equal_pairs.append((partner, number))
        leftover_target = still_left_target

    # 3. Foreign style: retyped numbers whose other reading is a leftover source value, and
    # numbers that are not valid in the target locale at all.
    flagged = {problem.number for problem in problems}
    still_left: list[Number] = []
    for number in leftover_target:
        reading = target_readings.get(number)
        rescued = False
        if reading is not None:
            for alternative in reading.alternatives:
                if unmatched.get(alternative) and not any(  # ("3.4 kg" / "3,400グラム": converted, not retyped)
                        units.same_quantity(partner, source_text, locale_symbols(source_locale).language, number,
                                            target_text, target_language)
                        for partner in unmatched[alternative]):
                    unmatched[alternative].pop(0)
                    problems.append(_style_problem(reading, alternative, target_text, target_locale))
                    flagged.add(number)
                    rescued = True
                    break
        if not rescued:
            still_left.append(number)
    leftover_target = still_left
    for reading in target.digits:
        number = reading.number
        if (reading.foreign and number not in flagged and number.text not in source_texts
                and not _written_elsewhere(number, source_text) and _quantity_like(reading, target_text, target_language)):
            problems.append(_style_problem(reading, number.value, target_text, target_locale))

    # 4. Excuses.
    leftover_source = sorted((number for bucket in unmatched.values() for number in bucket), key=lambda n: n.start)
    target_values = set(value_of.values())
    source_values = {number.value for number in source.numbers}
    if leftover_source:
        target_ranges = _enumerated_ranges(target, target_text, source_values, source, source_text)
        source_ends = _range_ends(source, source_text) if target_ranges else frozenset()
        spare_runs = target_literals - source_literals
        leftover_source = [
            number for number in leftover_source
            if not _written_elsewhere(number, target_text, source_text)
            and not _inside_range(number, target_ranges, source_ends)
            and not _spend_literal_run(_digits_of(number), spare_runs)
        ]
    if leftover_target:
        source_ranges = _enumerated_ranges(source, source_text, target_values, target, target_text)
        target_ends = _range_ends(target, target_text) if source_ranges else frozenset()
        leftover_target = [
            number for number in leftover_target
            if not _written_elsewhere(number, source_text)
            and not _inside_range(number, source_ranges, target_ends)
            # ("1kmあたり" says "per"; "1名様につき" too, where the source distributes in any way or
            # names the person.)
            and not (number.value == 1 and rates.one_says_per(target_text, number.end,
                                                              locale_symbols(target_locale).language)
                     and (_DISTRIBUTES_RE.search(source_text) is not None
                          or not _a_count_the_source_never_names(number, target_text, source_text,
                                                                 locale_symbols(target_locale).language)))
            and not (target_text.startswith("世", number.end) and number.value in roman.named_roman_values(source_text))
            and _digits_of(number) not in source_literals  # a translator's own count ("3ファイル" for "-3")
            and not (number.kind == "percent" and number.value == 100 and _WHOLE_SAID_RE.search(source_text))
            and not _the_next_after_the_source_count(number, target_text, source_values, source_text, source_locale)
        ]
    if leftover_source or leftover_target:
        source_weak, target_weak = _weak_words(source_text, source_locale), _weak_words(target_text, target_locale)
        if source_dates or target_dates:
            source_weak = [word for word in source_weak if not overlaps(word, source_dates)]
            target_weak = [word for word in target_weak if not overlaps(word, target_dates)]
        source_free_weak, target_free_weak = source_weak, target_weak
        if leftover_source and target_weak or leftover_target and source_weak:
            source_free_weak, target_free_weak = _unpaired_stand_ins(
                source_weak, source.numbers, source_text, source_locale, target_weak, target.numbers, target_text,
                target_locale)
        # A word already paired as a number stands in for nothing else ("двух" for one of two 2s).
        if equal_pairs:
            paired_sources, paired_targets = [pair[0] for pair in equal_pairs], [pair[1] for pair in equal_pairs]
            source_free_weak = [word for word in source_free_weak if not overlaps(word, paired_sources)]
            target_free_weak = [word for word in target_free_weak if not overlaps(word, paired_targets)]
    if leftover_source:
        leftover_source, excused = _excuse_stand_ins(
            leftover_source, source_text, target_free_weak, target_text, source_weak, source_locale, target_locale)
        equal_pairs += excused
    if leftover_target:
        leftover_target, excused = _excuse_stand_ins(
            leftover_target, target_text, source_free_weak, source_text, target_weak, target_locale, source_locale)
        equal_pairs += [(word, number) for number, word in excused]
    # "more than two characters" / "3 文字以上": the same bound one apart, the number in words
    # (paired by value with another "2" or read as a stand-in).
    if leftover_target and may_have_comparator(source_text, locale_symbols(source_locale).language):
        source_words = _weak_words(source_text, source_locale) + [n for n in source.numbers if _in_letters(n)]
        leftover_target = [number for number in leftover_target if not any(
            _same_bound_one_apart((word, number), source_text, target_text, source_locale, target_locale)
            for word in source_words)]
    if leftover_source and may_have_comparator(source_text, locale_symbols(source_locale).language):
        target_words = _weak_words(target_text, target_locale) + [n for n in target.numbers if _in_letters(n)]
        leftover_source = [number for number in leftover_source if not any(
            _same_bound_one_apart((number, word), source_text, target_text, source_locale, target_locale)
            for word in target_words)]
        # ... and in digits: "more than 4" / "5台以上".
        for number in [number for number in leftover_source if not _in_letters(number)]:
            partner = next((other for other in leftover_target if not _in_letters(other) and _same_bound_one_apart(
                (number, other), source_text, target_text, source_locale, target_locale)), None)
            if partner is not None:
                leftover_source.remove(number)
                leftover_target.remove(partner)

    # 5. Pair what is left: digits with digits first, then words with what remains. A number in
    # words left alone is rephrasing far more often than an error ("two or more" / "plusieurs",
    # "Two Sided" / "Recto verso"), so it is dropped rather than reported missing or added; so is
    # an unpaired repeat of a value the other side has ("(72)" said twice, translated once).
    changed: list[tuple[Number, Number]] = []
    converted: list[tuple[Number, Number]] = []  # one quantity in two units
    source_digits = [number for number in leftover_source if not _in_letters(number)]
    target_digits = [number for number in leftover_target if not _in_letters(number)]
    source_language = locale_symbols(source_locale).language
    if source_digits and len(target_digits) > len(source_digits):
        # One quantity in another unit pairs first ("75 cl" / "（1本750ml）"), not by order.
        for number in list(source_digits):
            partner = next((other for other in target_digits if units.same_quantity(
                number, source_text, source_language, other, target_text, target_language)), None)
            if partner is not None:
                source_digits.remove(number)
                target_digits.remove(partner)
                leftover_source.remove(number)
                leftover_target.remove(partner)
                converted.append((number, partner))
    changed += zip(source_digits, target_digits)
    paired = min(len(source_digits), len(target_digits))
    rest_source = source_digits[paired:] + [number for number in leftover_source if _in_letters(number)]
    rest_target = target_digits[paired:] + [number for number in leftover_target if _in_letters(number)]
    rest_source.sort(key=lambda number: number.start)
    rest_target.sort(key=lambda number: number.start)
    paired = min(len(rest_source), len(rest_target))
    changed += zip(rest_source[:paired], rest_target[:paired])
    source_english = source_language == "en"
    # One quantity in two units ("at least 1.2 m" / "120センチ以上") is no change, but its bounds are compared.
    # (In words, a length of time: its bounds are the spans' to compare, "48 hours" / "deux jours".)
    # (Not a temperature said below zero in words: "5 grados bajo cero" is −5 °C, not 5 °F.)
    same_quantity = [pair for pair in changed
                     if units.same_quantity(pair[0], source_text, source_language, pair[1], target_text, target_language)
                     and not (pair[0].value < 0 < pair[1].value
                              and minus_said_around(target_text, pair[1].start, pair[1].end, target_language) is not None)]
    converted += [pair for pair in same_quantity if not (_in_letters(pair[0]) or _in_letters(pair[1]))]
    changed = [pair for pair in changed
               if pair not in same_quantity
               and not _same_bound_one_apart(pair, source_text, target_text, source_locale, target_locale)
               and not _share_said_as_a_multiple(pair[0], pair[1], target_text)
               and not _share_said_as_a_multiple(pair[1], pair[0], source_text)
               and not quantity_words.after_one_said_from_the_next(pair[0], source_text, pair[1], target_text)
               and not (source_english and weeks_said_in_days(pair[0].value, source_text, pair[0].end, pair[1].value,
                                                              target_text, pair[1].end, target_language))
               and not _scaled_by_range_end(pair, target_text, target.numbers)
               and not _scaled_by_range_end((pair[1], pair[0]), source_text, source.numbers)
               and not _written_whole_otherwise(pair, source_text, source.numbers, target_text, target.numbers)
               and not _both_scaled_by_range_ends(pair, source_text, source.numbers, target_text, target.numbers)
               and not _year_range_end_cut(pair[0], source_text, pair[1].value)
               and not _year_range_end_cut(pair[1], target_text, pair[0].value)
               and not (pair[0].value < 0 and pair[1].value == -pair[0].value
                        and (says_a_decrease_before(target_text, pair[1].start, target_language)
                             or says_a_fall_after(target_text, pair[1].end, target_language)))
               and not (pair[1].value < 0 and pair[0].value == -pair[1].value
                        and (says_a_decrease_before(source_text, pair[0].start, locale_symbols(source_locale).language)
                             or says_a_decrease_after(source_text, pair[0].end, locale_symbols(source_locale).language)
                             or minus_said_around(source_text, pair[0].start, pair[0].end,
                                                  locale_symbols(source_locale).language) is not None))
               and not compass.signed_as_its_hemisphere(pair[0], pair[1], target_text, target_language)
               and not compass.signed_as_its_hemisphere(pair[1], pair[0], source_text, source_language)
               and not (_decade(pair[0], source_text) and pair[1].value == pair[0].value % 100)
               and not (_short_decade(pair[0], source_text) and pair[1].value % 100 == pair[0].value
                        and 1900 <= pair[1].value < 2100)
               and not (pair[1].value == pair[0].value * _MEGA and _MEGA_UNIT_AFTER_RE.match(source_text, pair[0].end))]
    if leftover_source and target_language in _TARGET_WORDS_AS_STAND_INS:
        changed += _words_said_as_other_words(rest_source[paired:], target_free_weak, source_values, target_locale)
    elif leftover_source and target_language == "de":  # (its counts glued to a noun: "Dreijahresvertrag")
        compounds = {word.start: word for word in target_free_weak if words.is_a_german_count_compound(word.text)}
        changed += _words_said_as_other_words(rest_source[paired:], list(compounds.values()), source_values,
                                              target_locale)
    if leftover_target and source_english:
        changed += _one_said_as_another_word(source_free_weak, source_text, rest_target[paired:], target_text,
                                             target_locale)
    # "1.5%" / "1,5 ‰": the same digits, a tenth of the value.
    changed += [pair for pair in equal_pairs if {pair[0].kind, pair[1].kind} == _PER_CENT_AND_MILLE]
    # "10% of the units" / "10 квартир", "3% of players" / "3人": a share said as a count.
    # (Not a multiplier's count, "в 40 раз": that finding is the multiplier's.)
    changed += [pair for pair in equal_pairs if pair[0].kind == "percent" and pair[1].kind in _COUNT_KINDS
                and not words.says_a_share_after(target_text, pair[1].end)
                and not bounds.says_a_multiple_after(target_text, pair[1].end)]
    changed.sort(key=lambda pair: pair[0].start)
    range_ends_lost = (_range_ends_in_words_lost(source, source_text, target_values, target_text, target_language)
                       if any(map(_in_letters, rest_source[paired:])) else frozenset())
    missing = tuple(
        number for number in rest_source[paired:]
        if (not _stands_alone_weakly(number) or number in range_ends_lost)
        and not (source_english and said_with_units_alone(number.value, source_text, number.end, target_text,
                                                          target_language))
        and (number.value not in target_values or not (_repeated_aside(number, source.numbers, source_text)
                                                        or _measure_listed_again(number, source.numbers, source_text,
                                                                                 source_language)))
        and not (number.value in target_values
                 and _count_said_once_for_each(number, source.numbers, source_text, target, target_text))
        and not said_as_absence(number, source_text, target_text, target_language)
        and not units.one_said_by_its_unit(number, source_text, target_text, target_language)
        and not units.said_as_a_part_of_a_unit(number, source_text, locale_symbols(source_locale).language,
                                               target_text, target_language)
        and not _conversion_dropped(number, source.numbers, source_text, target_values,
                                    locale_symbols(source_locale).language)
        and not _fiscal_year_end(number, source_text, target_text)
        and not (_decade(number, source_text)
                 and (f"{int(number.value) % 100:02d}" in _SHORT_DECADE_RE.findall(target_text)
                      or decades.said_as_a_decade_word(int(number.value), target_text, target_language)))
    )
    added = tuple(
        number for number in rest_target[paired:]
        if not _stands_alone_weakly(number)
        and (value_of[number] not in source_values
             or _count_repeated_for_another_thing(number, target.numbers, target_text, source_text, target_language))
        and not (_one_with_a_counter(number, target_text)
                 and not _a_count_the_source_never_names(number, target_text, source_text, target_language))
        and not _one_of_a_rate(number, target_text, source_text, target_language)
        and not _dollars_masked_as_a_placeholder(number, source_text, target_text)
        and not _conversion_dropped(number, target.numbers, target_text, source_values, target_language)
        and not units.converts_a_unit_named_before(number, target_text, target_language)
        and not units.said_as_a_part_of_a_unit(number, target_text, target_language, source_text,
                                               locale_symbols(source_locale).language)
        and not _japanese_designation(number, target_text, source_text)
        and not _second_onwards(number, target_text, source_text, source_values)
        and not _decade_in_years(number, target_text, source_text)
        and not relative.names_the_neighbouring_year(number, source_text)
        and not (source_english and words.nothing_said_as_a_zero_price(number, target_text, source_text))
    )
    problems.sort(key=lambda problem: problem.number.start)
    return NumberComparison(
        missing=missing,
        added=added,
        changed=tuple(changed),
        foreign_style=tuple(problems),
        bounds=_opposite_bounds(equal_pairs + converted + _weak_pairs(source, source_text, target_text,
                                                                                      source_locale, target_locale),
                                source_text, target_text, source_locale, target_locale),
    )


_DECADE_RE, _SHORT_DECADE_RE = decades.DECADE_RE, decades.SHORT_DECADE_RE
_PER_CENT_AND_MILLE = frozenset({"percent", "permille"})
_COUNT_KINDS = frozenset({"integer", "decimal", "word"})


# A count in digits before the thing it counts: "4 dossiers", "2 флешки", "3つのアルバム" (not "4 x", "4 de 5").
_THING_COUNTED_AFTER_RE = re.compile(r"[\x20\u00a0]?(?:(?!(?:x|de|of|von|из|à|a|au|bis|to|et|y|und|и|ou|o|oder|или|h|min|s)"
                                     r"(?![^\W\d_]))[^\W\d_]{2,}|[つ個枚台本件人名冊](?:の|を|に|へ|が))")


def _count_repeated_for_another_thing(number: Number, numbers: tuple[Number, ...], text: str, source: str,
                                      language: str) -> bool:
    """A count the source gives once that the translation gives a second time, for another thing:
    "Copy 4 files to the selected folders?" / "Copier 4 fichiers dans les 4 dossiers sélectionnés ?".
    (A measure given again is units.measures_added_beside_another's: "5 Minuten ... 5 Sekunden".)"""
    if (number.kind != "integer" or not 2 <= number.value < 1000 or _THING_COUNTED_AFTER_RE.match(text, number.end) is None
            or units.names_a_unit_at(text, number.end, language)):
        return False
    same = [other for other in numbers if other.value == number.value and other is not number]
    digits = str(int(number.value))
    return (len(same) == 1 and same[0].kind == "integer"
            and _THING_COUNTED_AFTER_RE.match(text, same[0].end) is not None
            and len(re.findall(rf"(?<![\d.,]){digits}(?![\d.,]\d|\d)", source)) == 1
            and text[same[0].end:number.start].count("(") == text[same[0].end:number.start].count(")"))


def _japanese_designation(number: Number, text: str, source: str) -> bool:
    """A number Japanese adds as a name: "台風19号" for "Typhoon Hagibis", "単4形" for "AAA", "1泊2食付き"
    for "an overnight stay with dinner and breakfast"."""
    if text.startswith("号", number.end) and _NUMBERED_BY_NAME_RE.search(source) is not None:
        return True
    if (number.value == int(number.value) and codes.names_a_battery_size(
            text, number.start, str(int(number.value)), source)):
        return True
    if number.value == 1 and text.startswith("泊", number.end):
        return _OVERNIGHT_RE.search(source) is not None
    return number.value == 2 and text.startswith("食", number.end) and _TWO_MEALS_RE.search(source) is not None


# What Japanese numbers where English names it: a typhoon (台風19号 for Hagibis).
_NUMBERED_BY_NAME_RE = re.compile(r"(?i)\b(?:typhoons?|tropical\s+storms?|storms?)\b")
_OVERNIGHT_RE = re.compile(r"(?i)\bovernight\b|\b(?:a|one|per)\s+night\b")
_TWO_MEALS_RE = re.compile(r"(?i)\b(?:dinner\s+and\s+breakfast|breakfast\s+and\s+dinner|half[\s-]board)\b")


# "The first year is free, then $95 a year" / "初年度無料、2年目以降は年95ドル": the second on is
# what "after that", "thereafter" say.
_SECOND_ONWARDS_RE = re.compile(r"(?:回|年|日|週|か月|ヶ月|カ月|人|個|台|泊|時間)目以降")
_FIRST_RE = re.compile(r"(?i)\bfirst\b")


def _says_the_word(text: str, word: str) -> bool:
    """`text` holds `word` as a whole word, in any case."""
    lowered, word = text.lower(), word.lower()
    found = lowered.find(word)
    while found >= 0:
        end = found + len(word)
        if not (found and lowered[found - 1].isalpha()) and not (end < len(lowered) and lowered[end].isalpha()):
            return True
        found = lowered.find(word, found + 1)
    return False


# English words that say a small count or rank without a number word: "tertiary" / "troisième".
_SAID_BY_AN_ENGLISH_WORD = {
    2: re.compile(r"(?i)\b(?:secondary|dual|twin|twins|pair|pairs|couple|double|binary|bilingual|bidirectional|biweekly"
                  r"|bimonthly|biannual|biennial|duplex|stereo|side[- ]by[- ]side|duplicated?|duplicates|other|each[- ]side"
                  r"|either[- ]side|more[- ]than[- ]one)\b"),
    3: re.compile(r"(?i)\b(?:tertiary|ternary|triple|trio|triplet|triennial|trilingual|third[- ]part(?:y|ies))\b"),
    4: re.compile(r"(?i)\b(?:quaternary|quadruple|quartet|quad|quarters?|quarterly)\b"),
    # (A unit's parts: "in thousandths of a second" / "en milésimas de segundo".)
    10: re.compile(r"(?i)\btenths?\b"),
    100: re.compile(r"(?i)\bhundredths?\b"),
    1000: re.compile(r"(?i)\bthousandths?\b"),
}
# "le nombre de secondes séparant deux vérifications" for "how often": an interval said between two things.
_BETWEEN_TWO_RE = {"fr": re.compile(r"(?i)\b(?:entre|séparant|sépare|séparent)\s+$"),
                   "es": re.compile(r"(?i)\b(?:entre|separa|separan)\s+$"),
                   "de": re.compile(r"(?i)\bzwischen\s+$"), "ru": re.compile(r"(?i)\bмежду\s+$")}
# A count of times in words ("zweimal", "deux fois", "dos veces", "дважды"), not a double or a multiple.
_COUNT_OF_TIMES_RE = re.compile(r"(?i)^(?:[^\W\d_]+mal|[^\W\d_]+\s+(?:fois|veces|раза?)|дважды|трижды)$")
_GERMAN_NOUN_NEXT_RE = re.compile(r"\s+(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ]")
# "les deux", "die beiden", "los dos", "эти два": the two things the source has named, with "and" or "or".
_THE_TWO_BEFORE_RE = re.compile(r"(?i)(?<![^\W\d_])(?:les|ces|des|aux|los|las|estos|estas|die|der|den|diese|dieser"
                                r"|diesen|эти|этих|этими)\s+$")
_TWO_NAMED_RE = re.compile(r"(?i)\b(?:and|or|both)\b|&")
_COLON_SAID_RE = re.compile(r"(?i)(?:\s+puntos|-?\s*points?)\b")
_CONJUNCTION_AFTER_RE = re.compile(r"(?i)\s+(?:et|y|und|и|and)\b")
_BETWEEN_TWO_NAMED_RE = re.compile(r"(?i)\bbetween\s+(?![\d.,\s]+and\b)[^.;:!?]{1,80}?\s+and\s+")
# Cut in two: "en deux", "en dos", "in zwei", "на две" (части), after a verb of cutting in the source.
_IN_TWO_BEFORE_RE = re.compile(r"(?i)(?<![^\W\d_])(?:en|in|на)\s+$")
_SPLIT_RE = re.compile(r"(?i)\b(?:split\w*|snap\w*|halv\w*|cut\w*|divid\w*|break\w*|broke\w*|fold\w*|apart|in\s+half)\b")


def _word_added_by_rephrasing(number: Number, text: str, source: str, language: str) -> bool:
    """A number word the translation adds that says nothing new: a word the source has as written (a
    keyword kept, "once" in a Spanish text), a count the source says by an English word ("tertiary" /
    "troisième"), or the two things an interval lies between ("how often" / "séparant deux
    vérifications")."""
    if _says_the_word(source, number.text):
        return True
    if language == "de" and number.text == "achten" and _GERMAN_NOUN_NEXT_RE.match(text, number.end) is None:
        return True  # "darauf achten": to pay attention, no eighth
    english = _SAID_BY_AN_ENGLISH_WORD.get(int(number.value)) if number.value == int(number.value) else None
    if english is not None and english.search(source) is not None:
        return True
    if number.value % 10 == 0 and 10 <= number.value <= 90 and _DECADE_RE.search(source) is not None:
        return True  # "the 1990s" / "les années quatre-vingt-dix"
    if number.value == 2 and _COLON_SAID_RE.match(text, number.end) is not None and "colon" in source.lower():
        return True  # "Remove this colon" / "Remueve estos dos puntos"
    if (number.value == 2 and _THE_TWO_BEFORE_RE.search(text, max(0, number.start - 8), number.start) is not None
            and _TWO_NAMED_RE.search(source) is not None):
        return True  # "Mix flour and water" / "Mélangez les deux ingrédients"
    if number.value == 2 and _BETWEEN_TWO_NAMED_RE.search(source) is not None:
        return True  # "a mismatch between the versions of A and B" / "Deux versions incompatibles"
    if (number.value == 2 and _IN_TWO_BEFORE_RE.search(text, max(0, number.start - 4), number.start) is not None
            and _SPLIT_RE.search(source) is not None):
        return True  # "can be snapped to make it smaller" / "se puede partir en dos"
    between = _BETWEEN_TWO_RE.get(language)
    return (number.value == 2 and between is not None and between.search(text, max(0, number.start - 12), number.start)
            is not None and _CONJUNCTION_AFTER_RE.match(text, number.end) is None)


def _second_onwards(number: Number, text: str, source: str, source_values: set[Decimal]) -> bool:
    """ "2回目以降" (from the second on) after the source's first, "6回目以降" after its first 5."""
    return (_SECOND_ONWARDS_RE.match(text, number.end) is not None and _FIRST_RE.search(source) is not None
            and (number.value == 2 or number.value - 1 in source_values))


def _without_the_next_onwards(comparison: NumberComparison, source: str, target: str) -> NumberComparison:
    """`comparison` without "first" / "2回目以降" said after it ("before first use. After that" /
    "2回目以降"): the times from the next one on."""
    changed = tuple(pair for pair in comparison.changed
                    if not (pair[0].kind == pair[1].kind == "ordinal" and pair[1].value == pair[0].value + 1
                            and target.startswith("以降", pair[1].end)
                            and _AFTER_THAT_RE.search(source) is not None))
    return comparison if len(changed) == len(comparison.changed) else replace(comparison, changed=changed)


_AFTER_THAT_RE = re.compile(r"(?i)\b(?:after\s+that|thereafter|afterwards|from\s+then\s+on)\b")


_DECADE_WORD_RE = re.compile(r"(?i)\bdecades?\b")
_TEN_YEARS_AFTER_RE = re.compile(r"[\x20\u00a0\u202f]?(?:年間?|ans\b|années\b|Jahre|años|лет\b)")


def _decade_in_years(number: Number, text: str, source: str) -> bool:
    """ "Each decade" / "どの10年間も", "dix ans": a decade said as ten years."""
    return (number.value == 10 and _TEN_YEARS_AFTER_RE.match(text, number.end) is not None
            and _DECADE_WORD_RE.search(source) is not None)


# A quarter of the year by its code ("Q3 2025"), which translations say in words: "troisième trimestre",
# "tercer trimestre", "III квартал", "3. Quartal", "第3四半期".
_QUARTER_RE = re.compile(r"(?<![\w-])Q[1-4](?![\w-])")
_QUARTER_WORD_RE = re.compile(r"trimestre|quartal|квартал|кв\.|四半期|quarter", re.IGNORECASE)
# (Russian writes a quarter's rank in Roman numerals: "I кв. 2019 г.", "IV квартал".)
_ROMAN_QUARTER_RE = re.compile(r"(?<!\w)(IV|I{1,3})[\x20\u00a0]?(?:кв\.|квартал|trimestre|Quartal)")
_ROMAN_RANKS = {"I": 1, "II": 2, "III": 3, "IV": 4}
_BEFORE_A_QUARTER_WORD_RE = re.compile(r"[\x20\u00a0](?:" + _QUARTER_WORD_RE.pattern + ")", re.IGNORECASE)


def _quarter_said(mismatch: LiteralMismatch, target: str, target_locale: str) -> bool:
    """A quarter's code the translation says with its word and its rank."""
    if mismatch.target is not None or not _QUARTER_RE.fullmatch(mismatch.source.text):
        return False
    if _QUARTER_WORD_RE.search(target) is None:
        return False
    rank = Decimal(mismatch.source.digits)
    if any(_ROMAN_RANKS[match.group(1)] == rank for match in _ROMAN_QUARTER_RE.finditer(target)):
        return True
    return any(number.value == rank for number in _stated_values(target, target_locale)) or any(
        item.kind == "ordinal" and item.value == rank  # "im ersten Quartal", "primer trimestre"
        for item in read_quantity_words(target, locale_symbols(target_locale).language))


_DECADE_MARK_AFTER_RE = re.compile(r"['’]?s\b")


def _short_decade(number: Number, text: str) -> bool:
    """ "the '90s", "early 90s": a decade by its last two digits, which a translation may write
    whole ("les années 1990", "1990年代")."""
    return (len(number.text) == 2 and number.text.endswith("0")
            and _DECADE_MARK_AFTER_RE.match(text, number.end) is not None)


def _decade_code_added(mismatch: LiteralMismatch, source: str) -> bool:
    """A code the translation adds that is a decade of the source by its last two digits ("90er-Jahre")."""
    return (mismatch.source is None and _SHORT_DECADE_RE.match(mismatch.target.text) is not None
            and any(found.group()[2:4] == mismatch.target.digits for found in _DECADE_RE.finditer(source)))


def _decade(number: Number, text: str) -> bool:
    return number.text.isdigit() and _DECADE_RE.match(text, number.start) is not None


# The languages whose number words the comparison reads only as stand-ins (declined, glued to their
# counter, or unknown to text2num): "два", "trzech", "neljän", "三十".
_TARGET_WORDS_AS_STAND_INS = frozenset({"ru", "uk", "pl", "fi", "ja"})


def _words_said_as_other_words(left_source: list[Number], target_words: list[Number], source_values: set[Decimal],
                               target_locale: str) -> list[tuple[Number, Number]]:
    """A number in words of the source, left alone, against the one word of the translation that
    stands for another number, which the source does not state: "Three files" /
    "Удалены два файла", "eighteen months" / "八か月". (Left alone, each is taken for rephrasing.)"""
    source_words = [number for number in left_source if _in_letters(number) and number.value >= 2]
    if len(source_words) != 1:
        return []
    # (These languages have no article: their word for one is the number.)
    said = [word for word in target_words if word.value >= 1 and word.value not in source_values
            and not names_a_month(word.text, target_locale)]
    if len(said) != 1 or said[0].value == source_words[0].value:
        return []
    return [(source_words[0], said[0])]


# "one" counting a noun ("one extra tablet", "one hour late"), not a pronoun or an idiom: "one of",
# "no one", "the one", "one another", "one by one", "one day" (some day), "one-way".
_COUNTING_ONE_RE = re.compile(r"(?<![\w-])one(?![\w-])(?!\s+(?:of|or|another|by|day|and|to|at|in|is|was|from|for"
                              r"|with|that|which|who|per)\b)"
                              r"(?=\s+[^\W_])", re.IGNORECASE)

def _one_may_be_said_otherwise(source: str, target: str, source_locale: str, target_locale: str) -> bool:
    """An English "one" counting a noun, and a translation that may say a number in words."""
    return (locale_symbols(source_locale).language == "en" and _COUNTING_ONE_RE.search(source) is not None
            and may_have_number_words(target, locale_symbols(target_locale).language))


def _one_said_as_another_word(source_weak: list[Number], source_text: str, left_target: list[Number],
                              target_text: str, target_locale: str) -> list[tuple[Number, Number]]:
    """An English "one" counting a noun against the one word of the translation, at about the same
    place, that states another small count: "one extra tablet" / "deux comprimés
    supplémentaires", "with one change" / "с двумя пересадками"."""
    ones = [word for word in source_weak if word.value == 1 and _COUNTING_ONE_RE.match(source_text, word.start)
            and ONE_AS_A_PRONOUN_BEFORE_RE.search(source_text, max(0, word.start - 12), word.start) is None]
    if len(ones) != 1 or any(word.value >= 2 for word in source_weak):
        return []
    where = ones[0].start / max(len(source_text), 1)
    said = [number for number in left_target if _in_letters(number) and number.kind != "ordinal"
            and number.value == number.value.to_integral_value() and 2 <= number.value <= 12
            and abs(number.start / max(len(target_text), 1) - where) <= _ARTICLE_REACH
            and number.text.lower() not in _ADJECTIVES_LIKE_NUMBERS
            and not names_a_month(number.text, target_locale)
            and not _two_that_between_implies(number, target_text, source_text)]
    if len(said) == 1 and said[0].value in {item.value for item in read_quantity_words(source_text, "en")
                                            if item.kind == "approximate count"}:
        return []  # "a dozen hunters may share one blind" / "zwölf Jäger": the dozen's twelve
    return [(ones[0], said[0])] if len(said) == 1 else []


# "between sizes" / "entre deux tailles", "zwischen zwei Größen", "между двумя размерами".
_BETWEEN_A_NOUN_RE = re.compile(r"(?i)\bbetween\s+(?!\d)[^\W\d_]")
_BETWEEN_BEFORE_RE = re.compile(r"(?i)(?<![^\W\d_])(?:entre|zwischen|между)\s+$")


def _two_that_between_implies(number: Number, text: str, source: str) -> bool:
    """A 2 right after the translation's "between", where the source says "between" and a noun."""
    return (number.value == 2 and _BETWEEN_BEFORE_RE.search(text, max(0, number.start - 12), number.start) is not None
            and _BETWEEN_A_NOUN_RE.search(source) is not None)


# (French "neuf" is also "new".)
_ADJECTIVES_LIKE_NUMBERS = frozenset({"neuf"})


# A range's joiners, with the Russian and Japanese ones (not read as ranges elsewhere).
# (A word ends there: the " a" of " and" joins nothing.)
_RANGE_TO_RE = re.compile(rf"\s*(?:{_RANGE_JOINERS}|до|〜|～|から)(?![^\W\d_])\s*", re.IGNORECASE)
_LEADING_NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)?")


# A range of years whose end keeps its last two digits: "2024–25", "1914-18", "2022〜23年".
_YEAR_BEFORE_RANGE_END_RE = re.compile(r"(?<!\d)(1\d|20|21)\d\d\s?[-–—/〜～~]\s?$")


def _year_range_end_cut(number: Number, text: str, other_value: Decimal) -> bool:
    """`number` ends a range of years with its last two digits ("2024–25"), and the other side
    writes that year whole (2025)."""
    if len(number.text) != 2 or not number.text.isdigit():
        return False
    start = _YEAR_BEFORE_RANGE_END_RE.search(text, max(0, number.start - 7), number.start)
    return start is not None and other_value == int(start.group(1)) * 100 + number.value


# "$8" is a shell's positional parameter to the placeholder masks, so the source states no 8; a
# translation that writes 8 as dollars ("8 $", "8 Dollar", "8ドル") has it from there.
_DOLLAR_AFTER_RE = re.compile(r"[\s\u00a0\u202f]?(?:\$|US\$|USD|dollars?|Dollar|d[óo]lar(?:es)?|долл\w*|ドル)")


def _dollars_masked_as_a_placeholder(number: Number, source: str, target: str) -> bool:
    if "$" not in source or not number.text.isdigit() or f"${number.text}" not in source:
        return False
    before = target[max(0, number.start - 4):number.start]
    return _DOLLAR_AFTER_RE.match(target, number.end) is not None or "$" in before or "USD" in before


def _fiscal_year_end(number: Number, source: str, target: str) -> bool:
    """`number` ends a fiscal year said by its two years ("fiscal 2023–24"), which Japanese says by
    its first year ("2023年度", the year from April 2023)."""
    if "年度" not in target or len(number.text) != 2 or not number.text.isdigit():
        return False
    start = _YEAR_BEFORE_RANGE_END_RE.search(source, max(0, number.start - 7), number.start)
    if start is None:
        return False
    first_year = source[start.start():start.start() + 4]
    return int(first_year[2:]) + 1 == number.value % 100 and f"{first_year}年度" in target


_BETWEEN_BEFORE_RE = re.compile(r"(?i)(?:between|entre|zwischen|между)\s+$")
_BETWEEN_AND_RE = re.compile(r"\s*(?:and|et|und|y|и)\s+")


# A quantity and its conversion in brackets, either way round: "73 miles (117 km)", "(33 psi)".
# "73 miles (117 km)", "2 448 miles (environ 3 940 km)", "2448マイル（約3940キロ）"; of a range, each
# end with its own: "28–31 °C (82–88 °F)", "-20°C to 50°C (-4°F to 122°F)", "50 à 100 mm (2 à 4 pouces)".
# (And of a size, each side with its own: "4 × 8 ft (1220 × 2440 mm)".)
_CONVERTED_RANGE_JOINERS = r"(?:[-–—~〜×xX]|to|and|à|et|bis|und|a|y|hasta|до|и)"
_BRACKETED_AFTER_RE = re.compile(rf"(?:[^()（）\d]{{0,4}}?\s*{_CONVERTED_RANGE_JOINERS}\s*[-−]?\d[\d.,]*)?[^()（）\d]{{0,20}}[(（]\s*"
                                 rf"(?:[^\W\d]{{1,12}}\.?\s*){{0,2}}"
                                 rf"(?:[-−]?\d[\d.,]*[^()（）\d]{{0,4}}?\s*{_CONVERTED_RANGE_JOINERS}\s*)?[-−]?$")


def _conversion_dropped(number: Number, numbers: tuple[Number, ...], text: str, target_values: set[Decimal],
                        language: str) -> bool:
    """The source gives `number` with its conversion in brackets ("73 miles (117 km)"), and the
    translation keeps the other one: a localised text gives one system's figure."""
    for other in numbers:
        if other is number or other.value not in target_values:
            continue
        first, second = (number, other) if number.start < other.start else (other, number)
        if (_BRACKETED_AFTER_RE.match(text[first.end:second.start]) is not None
                and units.same_quantity(number, text, language, other, text, language)):
            return True
    # ... or starts the converted range in brackets: "0° to 35°C (32° to 95°F)" / "0～35℃".
    if text[:number.start].rstrip().endswith(("(", "（")):
        end = next((other for other in numbers if other.start > number.end
                    and _DEGREES_RANGE_JOIN_RE.fullmatch(text, number.end, other.start)), None)
        return end is not None and _conversion_dropped(end, numbers, text, target_values, language)
    return False


# (A degree sign may stand on the range's first end: "0° to 35°C".)
_DEGREES_RANGE_JOIN_RE = re.compile(rf"°?\s*(?:{_RANGE_JOINERS}|〜|～|до)\s*")


_DIGITS_AND_A_LETTER_RE = re.compile(r"\d+[A-Za-z]")
_PLAIN_DECIMAL_RE = re.compile(r"\d+(?:[.,]\d+)?")  # "20", "6,1": a range's start without its own scale


def _written_whole_otherwise(pair: tuple[Number, Number], source_text: str, source_numbers: tuple[Number, ...],
                             target_text: str, target_numbers: tuple[Number, ...]) -> bool:
    """ "250 ×10³/µL" / "25.0万/µL", "150–400 ×10³" / "15.0〜40.0万": a count in scientific notation
    on one side, the value it writes on the other (a range's start scaled as its end)."""
    source_whole, target_whole = (powers.value_written_whole(pair[0], source_text),
                                  powers.value_written_whole(pair[1], target_text))
    if source_whole is None and target_whole is None:
        return False
    source_value = source_whole or _range_start_scaled(pair[0], source_text, source_numbers) or pair[0].value
    target_value = target_whole or _range_start_scaled(pair[1], target_text, target_numbers) or pair[1].value
    return source_value == target_value


def _scaled_by_range_end(pair: tuple[Number, Number], target_text: str, target_numbers: tuple[Number, ...]) -> bool:
    """ "20,000 to 80,000" / "от 20 до 80 тысяч", "de 20 à 80 millions": the start of the
    translation's range takes its end's scale word (and the source's, called the other way round)."""
    source_number, number = pair
    if _PLAIN_DECIMAL_RE.fullmatch(number.text) is None:
        return False
    return _range_start_scaled(number, target_text, target_numbers) == source_number.value


def _both_scaled_by_range_ends(pair: tuple[Number, Number], source_text: str, source_numbers: tuple[Number, ...],
                               target_text: str, target_numbers: tuple[Number, ...]) -> bool:
    """ "between 100 and 400 billion" / "entre 100 000 y 400 000 millones": each range's start takes
    its end's scale, in its own way."""
    scaled = _range_start_scaled(pair[0], source_text, source_numbers)
    return scaled is not None and scaled == _range_start_scaled(pair[1], target_text, target_numbers)


def _range_start_scaled(number: Number, text: str, numbers: tuple[Number, ...]) -> Decimal | None:
    """The value of a range's start with its end's scale word, or None."""
    joined = _RANGE_TO_RE.match(text, number.end)
    if joined is None and _BETWEEN_BEFORE_RE.search(text, max(0, number.start - 10), number.start):
        joined = _BETWEEN_AND_RE.match(text, number.end)  # "between 20 and 50 million"
    if joined is None:
        return None
    end = next((other for other in numbers if other.start == joined.end()), None)
    if end is None or end.kind != "scaled":
        return None
    spaced = _SPACE_GROUPED_RE.match(end.text)  # "400 000 millones"
    if spaced is not None:
        leading = Decimal(re.sub(r"\D", "", spaced.group()))
    else:
        found = _LEADING_NUMBER_RE.match(end.text)
        leading = Decimal(found.group().replace(",", ".")) if found is not None else Decimal(0)
    return number.value * end.value / leading if leading else None


_SPACE_GROUPED_RE = re.compile(r"\d{1,3}(?:[\x20\u00a0\u202f]\d{3})+(?![\d.,])")


def _weak_pairs(source: TextReading, source_text: str, target_text: str, source_locale: str,
                target_locale: str) -> list[tuple[Number, Number]]:
    """Words for small numbers on both sides, paired by value when the source bounds them
    ("at least one argument" / "au plus un argument")."""
    if not source.weak or not may_have_comparator(source_text, locale_symbols(source_locale).language):
        return []
    words = _weak_words(target_text, target_locale)
    pairs = []
    for number in source.weak:
        partner = next((word for word in words if word.value == number.value), None)
        if partner is not None:
            words.remove(partner)
            pairs.append((number, partner))
    return pairs


def _token_not_kept(source_tokens: list[str], target: str) -> bool:
    """Some token of the source with a digit and a letter or a leading dash ("-3", "FILE2") is
    not in the translation as it is."""
    for token in source_tokens:
        token = token.strip(_TOKEN_PUNCTUATION)
        if (token[:1] == "-" or any(map(str.isalpha, token))) and token not in target:
            return True
    return False


_RUNS_IN_A_TOKEN_RE = re.compile(r"\d\D+\d")
_DIGIT_GROUPS_RE = re.compile(r"\d[\x20\u00a0-]\d\d+[\x20\u00a0-]\d|\d[\x20\u00a0]\(\d|\(\d{2,4}\)[\x20\u00a0]?\d")


def _without_phones_regrouped(comparison: NumberComparison, phones: codes.PhoneNumbers) -> NumberComparison:
    """`comparison` without the numbers read inside telephone numbers both texts write with the same
    digits, however grouped."""
    source_phones, target_phones = phones.same_in_source, phones.same_in_target
    if not target_phones or not (comparison.missing or comparison.added or comparison.changed):
        return comparison
    return replace(comparison, missing=tuple(number for number in comparison.missing if not overlaps(number, source_phones)),
                   added=tuple(number for number in comparison.added if not overlaps(number, target_phones)),
                   changed=tuple(pair for pair in comparison.changed
                                 if not (overlaps(pair[0], source_phones) and overlaps(pair[1], target_phones))))


def _same_plain_digits(source_tokens: list[str], target_tokens: list[str]) -> bool:
    """Both texts hold the same digit tokens, none with a decimal or group separator ("%1$s",
    "(72)", "2 files" / "2 fichiers"): then no number can differ or be in a foreign style."""
    if len(source_tokens) != len(target_tokens):
        return False
    source_tokens = sorted(token.strip(_TOKEN_PUNCTUATION) for token in source_tokens)
    target_tokens = sorted(token.strip(_TOKEN_PUNCTUATION) for token in target_tokens)
    return source_tokens == target_tokens and not any(map(_SEPARATED_DIGITS_RE.search, source_tokens))


_search_digit = DIGIT_RE.search
# A digit or a Roman numeral's trigger, in one search that starts with a character class (re
# skips ahead to candidates at C speed); the lookbehinds tell which of the two started the match.
assert ROMAN_TRIGGER_RE.pattern.startswith("[IVXL](")
_DIGIT_OR_ROMAN = r"[\d¼½¾IVXL](?:(?<=[\d¼½¾])|(?<=[IVXL])" + ROMAN_TRIGGER_RE.pattern[len("[IVXL]"):] + ")"
# (A vulgar fraction, "¼-inch", is a number: see symbols.vulgar_fractions_as_decimals.)
_search_digit_or_fraction = re.compile(r"[\d¼½¾]").search
_search_digit_or_roman = re.compile(_DIGIT_OR_ROMAN).search
# The same for an ASCII text (nearly every English msgid), where \d is [0-9]: a third faster.
_search_ascii_digit_or_roman = re.compile(_DIGIT_OR_ROMAN.replace("\\d", "0-9", 1)).search


def _values_may_differ(source: str, target: str, source_locale: str = "en") -> bool:
    """False when the comparison of values is sure to find nothing: neither text has a digit and the source
    no number word. A translation's numbers in letters ("trois", "XXe") are only ever reported
    when paired with a source number. Most texts stop here, so the cheapest tests come first."""
    search_source = _search_ascii_digit_or_roman if source.isascii() else _search_digit_or_roman
    language = locale_symbols(source_locale).language
    return (search_source(source) is not None or _search_digit(target) is not None
            or may_have_number_words(source, language) or halves.may_say_a_half(source, language)
            or language == "en" and dates.names_noon_or_midnight(source, source_locale))


def may_differ(source: str, target: str, source_locale: str = "en", target_locale: str | None = None) -> bool:
    """False when compare_numbers is sure to find nothing (see _values_may_differ), and the source
    has no quantity in words either ("twice", "a third")."""
    return difference_test(source_locale, target_locale)(source, target)


@lru_cache(maxsize=None)
def difference_test(source_locale: str = "en", target_locale: str | None = None) -> Callable[[str, str], bool]:
    """may_differ for one pair of locales, as one closure: it runs on every message of a catalogue,
    and most leave after two regex searches and a set lookup, so every call it saves counts."""
    search_ascii, search_any, search_target = _search_ascii_digit_or_roman, _search_digit_or_roman, _search_digit_or_fraction
    word_test = _word_test(source_locale)
    english = source_locale == "en"
    target_language = locale_symbols(target_locale).language if target_locale else ""
    measures_a_placeholder = partial(units.measures_a_placeholder, language=locale_symbols(source_locale).language)

    def test(source: str, target: str) -> bool:
        if ((search_ascii if source.isascii() else search_any)(source) is not None
                or search_target(target) is not None or word_test(source) or measures_a_placeholder(source)):
            return True
        if english and _counts_in_words_only(source, target, target_language):
            return True
        if english and "hichever" in source and whichever.may_choose_between_two(source) and \
                whichever.choice_turned(source, target, target_language) is not None:
            return True
        if dates.may_write_a_format(source) and dates.format_changed(source, target) is not None:
            return True
        if english and _changed_in_words_only(source, target, source_locale, target_locale, target_language):
            return True
        if (english and ("%" in source or "{" in source) and _COUNT_PLACEHOLDER_RE.search(source) is not None
                and bounds.may_add_a_comparator(target, target_language)):
            return True  # "%(n)s containers" / "plus de %(n)s conteneurs"
        if count_placeholders.may_hold_a_count_field(source) and count_placeholders.count_fields_lost(source, target):
            return True  # "{count} trails" / "Sentiers"
        if english and _joins_two_placeholders(source) and order.pairs_swapped(source, target, target_language):
            return True  # "%(n)s of %(total)s" / "%(total)s von %(n)s"
        if ("II" in source or "IV" in source or "VI" in source or "IX" in source or "XI" in source) and \
                roman.may_name_a_roman(target) and roman.named_roman_values(source):
            return True  # "Louis XIV", "phase III": a name's numeral, with no digit, against another
        if roman.may_name_a_single_roman(source) and roman.named_romans_changed(source, target):
            return True  # "class I" / "classe III"
        if english and not may_name_an_extreme(source, "en"):
            return False
        return _swapped_extreme(source, target, source_locale, target_locale) is not None

    return test


def _joins_two_placeholders(source: str) -> bool:
    """The cheap test of two named placeholders joined as a part of a whole: "%(n)s of %(total)s"."""
    return " of " in source and ("%(" in source or "{" in source) and order.may_join_two_numbers(source)


def _changed_in_words_only(source: str, target: str, source_locale: str, target_locale: str | None,
                           target_language: str) -> bool:
    """For an English text with no digit, the rules that read counts in words and find them changed: asked
    whole here, as few texts that pass their cheap tests hold a change, and a text let through costs a
    whole comparison."""
    return ((clicks.may_count_clicks(source) and clicks.clicks_changed(source, target, target_language) is not None)
            or (ones.may_say_zero(source)
                and (ones.zero_said_as_another(source, target, target_language) is not None
                     or ones.zero_dropped(source, target, target_language) is not None))
            or (target_language != "" and zero_bounds.may_bound_zero(source)
                and bool(zero_bounds.zero_bounds_changed(source, target, "en", target_language)))
            or (single_double.may_say_single_or_double(source)
                and single_double.said_with_another_count(source, target, target_language) is not None)
            or (units.may_label_a_unit(source) and target_language != ""
                and units.may_name_a_unit(target, target_language))
            or (target_locale is not None and weekdays.may_name_a_weekday(source, source_locale)
                and bool(weekdays.weekdays_changed(source, target, source_locale, target_locale)))
            or (("one" in source or "single" in source or "both" in source or "One" in source or "Both" in source)
                and target_locale is not None
                and _count_said_vaguely(source, target, target_language, target_locale) is not None)
            or (ones.may_count_one(source) and target_language != ""
                and one_bounds.may_bound_one_in(target, target_language)
                and bool(one_bounds.bound_added_to_one(_unbounded_ones(source), source, target, target_language)))
            # ("One of this must be specified" / "Zwei von diesen müssen ...": a count added.)
            or (("one of" in source or "One of" in source) and ones.may_count_more(target, target_language))
            or (target_language in _FIRST_WORDS and ("last" in source or "Last" in source)
                and (last := _LAST_RE.search(source)) is not None
                and _last_said_otherwise(last, source, target, target_language) is not None))


def _counts_in_words_only(source: str, target: str, target_language: str) -> bool:
    """A text with no number word the cheap tests know that still counts: a frequency ("each year",
    "once a month"), a count of one before a noun against a count in the translation ("one
    capsule" / "deux gélules"), a length of time with an article, a month by name, or the part of a
    month."""
    lowered = source.lower()
    if one_bounds.may_bound_one(source, single=False):  # "at least one" / "au plus un"
        return True
    if "single" in lowered and one_bounds.one_bounds_changed(
            source, target, "en", target_language):  # ("a single" is asked whole: it is common and rarely changed)
        return True
    if "one" in lowered or "each" in lowered or "once" in lowered or "single" in lowered:
        if _EACH_ONCE_OR_ONE_RE.search(source) is not None and (frequencies.may_state_a_frequency(source) or (
                ones.may_count_one(source) and (not target_language or ones.may_count_more(target, target_language)))):
            return True
    # ... or a length of time counted with an article or "one" ("a year ago" / "il y a deux ans",
    # "postponed by a month", "one day later"), or the part of a month ("late February" / "Anfang Februar").
    if (" a " in lowered or " an " in lowered or "one " in lowered or lowered.startswith(("a ", "an "))) \
            and durations.may_count_a_span(source):
        return True
    # ... or months by name ("from November to April" / "de novembre à août") ...
    if dates.may_name_a_month_in_full(source, "en"):
        return True
    # ... or noon or midnight ("at noon" / "à minuit") ...
    if dates.names_noon_or_midnight(source, "en"):
        return True
    return (("early" in lowered or "mid" in lowered or "late" in lowered or "of" in lowered)
            and period_parts.may_name_a_part(source))


_EACH_ONCE_OR_ONE_RE = re.compile(r"(?i)\b(?:each|once|one|single)\b")


def _swapped_extreme(source: str, target: str, source_locale: str, target_locale: str | None):
    source_language = "en" if source_locale == "en" else locale_symbols(source_locale).language
    if target_locale is None or not may_name_an_extreme(source, source_language):
        return None
    return swapped_extreme(source, target, source_language, locale_symbols(target_locale).language)


def warm(source_locale: str, target_locale: str) -> None:
    """Build now the CLDR symbols, word tables and patterns that comparing texts of these two
    locales builds on first use. Nothing else changes: a process that forks workers calls this
    first, so that they share what it built instead of each building it again."""
    difference_test(source_locale, target_locale)
    source_symbols, target_symbols = locale_symbols(source_locale), locale_symbols(target_locale)
    digits.warm(source_symbols)
    digits.warm(target_symbols, source_symbols.convention)
    dates.warm(source_locale)
    dates.warm(target_locale, short_times=True)
    for symbols in (source_symbols, target_symbols):
        bounds.warm(symbols.language)
        words.warm(symbols.language)
        quantity_words.warm(symbols.language)
        units.warm(symbols.language)
        rates.warm(symbols.language)
        frequencies.warm(symbols.language)
        period_parts.warm(symbols.language)
        halves.warm(symbols.language)
        eras.warm(symbols.language)
        durations.warm(symbols.language)
        directions.warm(symbols.language)
        compass.warm(symbols.language)
        order.warm(symbols.language)
    weekdays.warm(source_locale)
    weekdays.warm(target_locale)


_FULL_WIDTH_COLON_RE = re.compile(r"(?<=[0-9０-９])：(?=[0-9０-９]{2})")
# A wind's speed, which Japanese forecasts give in metres: "風速20メートル", "最大25メートルの突風" are m/s.
_WIND_IN_METRES_RE = re.compile(r"(?<=風)([^。、\d]{0,6}?[0-9]+(?:\.[0-9]+)?)メートル|([0-9]+(?:\.[0-9]+)?)メートル(?=[^。、\d]{0,3}?風)")
# Yen and sen, a hundredth of a yen: "29円80銭" is 29.80 yen.
_YEN_AND_SEN_RE = re.compile(r"([0-9]+)円([0-9]{1,2})銭")


def _values_written_out(text: str, locale: str) -> str:
    """`text` with the values written in a way of their own rewritten as plain numbers: digits spaced
    off from Japanese, vulgar fractions ("1½"), hundredths of a second ("9秒58", "12 centièmes"), the
    years of a Japanese era ("令和8年") and yen with sen ("29円80銭")."""
    symbols = locale_symbols(locale)
    decimal = symbols.convention.decimal
    if symbols.language == "ja":
        text = eras.japanese_era_years_as_common(text)
        if "銭" in text:
            text = _YEN_AND_SEN_RE.sub(lambda match: f"{match.group(1)}.{int(match.group(2)):02d}円", text)
        if "：" in text:
            text = _FULL_WIDTH_COLON_RE.sub(":", text)  # "９：００～１８：００"
        if "風" in text and "メートル" in text:
            text = _WIND_IN_METRES_RE.sub(lambda match: f"{match.group(1) or match.group(2)}m/s", text)
    return hundredths.as_decimals(vulgar_fractions_as_decimals(without_cjk_digit_spaces(text), decimal),
                                  symbols.language, decimal)


def compare_numbers(
    source: str, target: str, source_locale: str = "en", target_locale: str = "fr"
) -> NumberComparison:
    """The quantities of `source` missing from `target`, added, changed, or written in a foreign style."""
    if asks_for_a_value(source):
        return _EMPTY_COMPARISON
    if _search_digit(target) is not None:
        target = without_translator_notes(target)
    source, target = without_added_pointers(*without_digit_idioms(source, target))
    target = dates.without_named_days(source, target, target_locale)
    if "条" in target or "章" in target or "節" in target:
        target = codes.sections_said_in_parts(source, target)
    if "年" in target and "grade" in source.lower():
        target = school_years.school_years_as_grades(source, target)
    source = dates.without_dates_the_translation_names(source, target, target_locale)
    source, target = decades.hundreds_said_as_centuries(source, target)
    source, target = _values_written_out(source, source_locale), _values_written_out(target, target_locale)
    target = exclusive_ends_as_inclusive(source, target, locale_symbols(target_locale).language)
    if source_locale.startswith("en"):
        source = pence_as_pounds(source, target)
    target = cents_as_shares(target, source, locale_symbols(target_locale).convention.decimal)
    target = measured_fractions_as_decimals(target, source, locale_symbols(target_locale).convention.decimal)
    if source_locale.startswith("en"):
        source = measured_fractions_as_decimals(source, target, ".")
    comparison = _compare_values(source, target, source_locale, target_locale)
    if comparison.changed and any(pair[0].value < 0 for pair in comparison.changed):
        comparison = replace(comparison, changed=tuple(
            pair for pair in comparison.changed if not _minus_read_as_a_hyphen(pair, target)))
    if comparison.literals and (_DECADE_RE.search(source) or _QUARTER_RE.search(source)):
        comparison = replace(comparison, literals=tuple(
            mismatch for mismatch in comparison.literals
            if not _decade_code_added(mismatch, source) and not _quarter_said(mismatch, target, target_locale)))
    if _LITERAL_FORM_TRIGGERS.search(source) is not None:
        otherwise = _literals_written_otherwise(ascii_digits(source), ascii_digits(target), comparison.literals)
        if otherwise:
            comparison = replace(comparison, literals=comparison.literals + otherwise)
    # One mistake, one finding: "a maximum of 40" / "un minimum de 40" is already a bound turned over.
    extreme = None if comparison.bounds else _swapped_extreme(source, target, source_locale, target_locale)
    if extreme is not None:
        comparison = replace(comparison, extremes=(ExtremeSwap(*extreme),))
    source_language, target_language = locale_symbols(source_locale).language, locale_symbols(target_locale).language
    changed_units = rates.rate_changes(source, target, source_language, target_language)
    if source_language == "en" and ("first" in source or "First" in source):
        first = time_units.first_unit_changed(source, target, target_language)
        if first is not None:
            changed_units += (first,)
    if _search_digit(source) is not None or units.measures_a_placeholder(source, source_language):
        changed_units += units.unit_changes(source, target, source_language, target_language)
    if ((may_have_number_words(source, source_language)
         or source_language == "en" and ("one" in source or "One" in source) and _ONE_RE.search(source))
            and units.may_name_a_unit(source, source_language)):
        changed_units += units.word_unit_changes(lambda: _stated_values(source, source_locale),
                                                 lambda: _measured_values(target, target_locale, source, source_locale),
                                                 source, target, source_language, target_language)
    if (not changed_units and _search_digit(source) is not None and digits.may_scale_a_number(source, source_locale)
            and _search_digit(target) is not None):
        changed_units += units.scaled_unit_changes(lambda: _stated_values(source, source_locale),
                                                   lambda: _stated_values(target, target_locale),
                                                   source, target, source_language, target_language)
    if (not changed_units and _search_digit(source) is not None
            and units.has_a_measure_unsaid_in_digits(source, target, source_language, target_language)
            and units.may_name_a_unit(target, target_language)):
        changed_units += units.digit_unit_changes_in_words(lambda: _stated_values(source, source_locale),
                                                           lambda: _stated_values(target, target_locale),
                                                           source, target, source_language, target_language)
    if not changed_units and comparison.ok and _search_digit(source) is not None:
        changed_units += units.measures_added_in_another_unit(lambda: _stated_values(source, source_locale),
                                                              source, target, source_language, target_language)
    if not changed_units and comparison.ok:
        changed_units += units.labelled_units_changed(source, target, source_language, target_language)
    if changed_units:
        comparison = replace(comparison, units=tuple(sorted(changed_units, key=lambda change: change.start)))
    elif comparison.ok and _search_digit(source) is not None and _search_digit(target) is not None:
        added = _measures_added_beside_another(source, target, source_locale, target_locale)
        if added:
            comparison = replace(comparison, added=added)
    if not comparison.bounds and (bounds.may_be_loose(source, source_language) or (
            bounds.may_say_nearly(target, target_language) and may_have_comparator(source, source_language))):
        loose = _loose_bounds_changed(source, target, source_locale, target_locale)
        if loose:
            comparison = replace(comparison, bounds=loose)
    if (not comparison.bounds and source_language == "en" and ("%" in source or "{" in source)
            and _COUNT_PLACEHOLDER_RE.search(source) is not None):
        loose = _approximate_placeholders_bounded(source, target, source_language, target_language)
        if loose:
            comparison = replace(comparison, bounds=loose)
    if not comparison.bounds and (" by " in source or " less " in source or " fewer " in source):
        by_and_to = _by_made_to(source, target, source_locale, target_locale)
        if by_and_to:
            comparison = replace(comparison, bounds=by_and_to)
    if not comparison.bounds and " to " in source:
        to_and_by = _levels_made_amounts(source, target, source_locale, target_locale)
        if to_and_by:
            comparison = replace(comparison, bounds=tuple(to_and_by))
    if (comparison.changed or comparison.missing or comparison.added) and (
            source_language != "en" or frequencies.may_state_a_frequency(source)):
        comparison = _frequencies_said_otherwise(comparison, source, target, source_language, target_language)
    looked_otherwise = comparison.ok
    if looked_otherwise:
        said_otherwise = _said_otherwise_in_words(source, target, source_locale, target_locale)
        if said_otherwise:
            comparison = replace(comparison, changed=comparison.changed + said_otherwise)
    era = eras.flipped_era(source, target, source_language, target_language)
    if era is not None:
        comparison = replace(comparison, eras=(EraFlip(*era),))
    comparison = with_quantity_words(comparison, source, target, source_language, target_language,
                                     lambda: _stated_values(source, source_locale),
                                     lambda: _stated_values(target, target_locale))
    if comparison.changed and any(pair[0].kind == "fraction" == pair[1].kind for pair in comparison.changed):
        # "lose about a third of your range" / "通常の3分の2程度まで落ち込む": the loss said as what is left.
        comparison = replace(comparison, changed=tuple(
            pair for pair in comparison.changed if not _loss_said_as_what_is_left(pair, source, target, target_language)))
    if comparison.changed and any(pair[0].kind == "multiplier" for pair in comparison.changed):
        # "more than three times a year" / "年4回以上": the same bound, one apart, said in words.
        comparison = replace(comparison, changed=tuple(
            pair for pair in comparison.changed
            if not (pair[0].kind == "multiplier" and _same_bound_one_apart(pair, source, target, source_locale,
                                                                            target_locale))))
    if comparison.changed and "以降" in target:
        comparison = _without_the_next_onwards(comparison, source, target)
    if comparison.ok and not looked_otherwise:  # ("tripled" / "3倍" explained, the rest is compared)
        said_otherwise = _said_otherwise_in_words(source, target, source_locale, target_locale)
        if said_otherwise:
            comparison = replace(comparison, changed=comparison.changed + said_otherwise)
    if (comparison.ok and source_language == "en" and ("third" in source or "quarter" in source or "fifth" in source
                                                        or "tenth" in source) and _A_PART_RE.search(source) is not None):
        denominator = _part_said_as_its_denominator(source, target, source_locale, target_locale)
        if denominator is not None:
            comparison = replace(comparison, changed=(denominator,))
    if comparison.ok and (" times" in source or "twice" in source or "thrice" in source):
        dropped_times = _times_dropped(source, target, source_locale, target_locale)
        if dropped_times is not None:
            comparison = replace(comparison, missing=(dropped_times,))
    if comparison.ok and source_language == "en":
        span = time_units.span_in_words_dropped(
            source, target, target_language, lambda: (number.value for number in (
                *_stated_values(target, target_locale), *read_quantity_words(target, target_language))))
        if span is not None:
            comparison = replace(comparison, missing=(span,))
    if comparison.ok and source_language == "en" and dropped_halves.may_drop_a_half(source, target_language):
        half = dropped_halves.half_dropped(
            source, target, target_language,
            lambda: (*_stated_values(source, source_locale), *read_quantity_words(source, source_language)),
            lambda: (*_stated_values(target, target_locale), *read_quantity_words(target, target_language)))
        if half is not None:  # "Half-Open Connections" / "Connexions ouvertes"
            comparison = replace(comparison, missing=(half,))
    if (comparison.ok and source_language == "en" and target_language in _STATES_EVERY_SHARE
            and _SHARE_OF_RE.search(source) is not None):
        dropped_share = _shares_dropped(source, target, source_locale, target_locale)
        if dropped_share is not None:
            comparison = replace(comparison, missing=(dropped_share,))
    if comparison.ok and dates.may_name_a_month_in_full(source, source_locale):
        comparison = _with_names_changed(comparison, source, dates.months_changed(source, target, source_locale,
                                                                                  target_locale), target, source_locale)
    if comparison.ok and weekdays.may_name_a_weekday(source, source_locale):
        comparison = _with_names_changed(comparison, source, weekdays.weekdays_changed(source, target, source_locale,
                                                                                       target_locale), target, source_locale)
    if comparison.ok and quantity_word_test(source_language)(source) and (
            may_have_comparator(source, source_language) or bounds.may_say_nearly(source, source_language)):
        turned = _multipliers_bounded_otherwise(source, target, source_locale, target_locale)
        if turned:
            comparison = replace(comparison, bounds=turned)
    if (comparison.ok and source_language == "en" and may_have_comparator(source, source_language)
            and frequencies.may_state_a_frequency(source)):
        # "at least once a month" / "höchstens einmal im Monat", "at least every 7 days" / "höchstens alle 7 Tage"
        turned = _opposite_bounds(frequencies.agreeing_pairs(source, target, source_language, target_language),
                                  source, target, source_locale, target_locale)
        if turned:
            comparison = replace(comparison, bounds=turned)
    if comparison.ok and target_language == "ja" and ("回" in target or "時間" in target or "日" in target):
        frequency = frequencies.frequency_added(source, target, source_language, target_language)
        if frequency is not None:
            comparison = replace(comparison, added=(frequency,))
    if comparison.ok and target_language == "ja" and ("per " in source or " a " in source or "each " in source):
        period = frequencies.period_of_a_rate_dropped(source, target, source_language, target_language)
        if period is not None:
            comparison = replace(comparison, missing=(period,))
    if comparison.ok and target_language == "ja" and "後" in target:
        repetition = frequencies.repetition_made_a_delay(source, target, source_language, target_language)
        if repetition is not None:
            comparison = replace(comparison, missing=(repetition,))
    if comparison.ok and target_language in _KEEPS_ITS_COUNTS and (may_have_number_words(source, source_language)
                                                                 or "dozen" in source):
        dropped_words = _count_words_dropped(source, target, source_locale, target_locale)
        # (A count said as a vague amount, "two backups" / "plusieurs sauvegardes", is the vague-count check's.)
        if dropped_words and (source_language != "en"
                              or _count_said_vaguely(source, target, target_language, target_locale) is None):
            comparison = replace(comparison, missing=dropped_words)
    # (Only where the check compares the pair at all: a source with no number in any form is passed over.)
    if (comparison.ok and may_have_number_words(target, target_language)
            and difference_test(source_locale, target_locale)(source, target)):
        added_words = _words_added(source, target, source_locale, target_locale)
        if added_words:
            comparison = replace(comparison, added=added_words)
    if "/" in source:
        month_first = _month_first_problems(source, target, target_locale)
        if month_first:
            comparison = replace(comparison, foreign_style=comparison.foreign_style + month_first)
    if comparison.ok and codes.may_state_an_offset(source):
        flipped_offsets = codes.offsets_flipped(source, target)
        if flipped_offsets:
            comparison = replace(comparison, literals=flipped_offsets)
    if comparison.ok and source_language == "en" and _joins_two_placeholders(source) and _search_digit(source) is None:
        swapped = order.pairs_swapped(source, target, target_language)
        if swapped:  # "%(n)s of %(total)s" / "%(total)s von %(n)s" (with digits, below)
            comparison = replace(comparison, literals=swapped)
    if comparison.ok and codes.may_hold_a_code(source):
        recoded = codes.codes_changed(source, target)
        if recoded:
            comparison = replace(comparison, literals=recoded)
    if comparison.ok and _search_digit(source) is not None:
        if powers.may_state_a_power(source):
            changed_powers = powers.exponents_changed(source, target)
            if changed_powers:
                comparison = replace(comparison, literals=changed_powers)
        # (Not among _LITERAL_FORMS beside a size's swapped sides: every clock time would be looked up
        # there as a pattern of its own, compiled on the hot path.)
        if codes.may_state_a_ratio(source):
            reversed_ratios = codes.ratios_reversed(source, target)
            if reversed_ratios:
                comparison = replace(comparison, literals=reversed_ratios)
        if comparison.ok and "/" in source and "/" in target:  # "3/4 of the height" / "4/3 de la hauteur"
            inverted = codes.fractions_inverted(source, target)
            if inverted:
                source_dates = read_dates(ascii_digits(source), source_locale)
                inverted = tuple(mismatch for mismatch in inverted if not any(
                    date.start <= mismatch.source.start < date.end for date in source_dates))
                if inverted:
                    comparison = replace(comparison, literals=inverted)
        if comparison.ok and source_language == "en" and order.may_join_two_numbers(source):
            swapped = order.pairs_swapped(source, target, target_language)
            if swapped:
                comparison = replace(comparison, literals=swapped)
        if comparison.ok and order.may_set_two_options(source):
            swapped = order.option_values_swapped(source, target)
            if swapped:
                comparison = replace(comparison, literals=swapped)
    if "0" in source and _DIGIT_GROUPS_RE.search(source) is not None:
        phones = codes.compare_phone_numbers(source, target)
        comparison = _without_phones_regrouped(comparison, phones)
        if comparison.ok and phones.redialled:
            comparison = replace(comparison, literals=phones.redialled)
    if comparison.ok and source_language == "en" and operators.may_operate(source):
        turned = operators.operations_turned(source, target, target_language)
        if turned:  # "the ECB rate plus 8 points" / "abzüglich acht Prozentpunkten"
            comparison = replace(comparison, literals=turned)
    if comparison.ok and operators.may_say_plus_or_minus(source):
        halved = operators.plus_or_minus_halved(ascii_digits(source), ascii_digits(target))
        if halved:  # "±5 EV" / "+5 EV"
            comparison = replace(comparison, literals=halved)
    if comparison.ok and source_language == "en" and version_bounds.may_bound_a_version(source):
        versions = version_bounds.version_bounds_changed(source, target, target_language)
        if versions:  # "4.2.1 or later" / "4.2.1以前"
            comparison = replace(comparison, literals=versions)
    if comparison.ok and roman.may_name_a_roman(source):
        renamed = roman.named_romans_changed(source, target)
        if renamed:
            comparison = replace(comparison, literals=renamed)
    if comparison.literals and "ight" in source and dates.may_say_a_night(source, target, target_language):
        # "the night of October 14" / "die Nacht zum 15. Oktober", "la nuit du 14 au 15 octobre"
        source_days = [date.shown for date in read_dates(ascii_digits(source), source_locale) if date.kind == "date"]
        comparison = replace(comparison, literals=tuple(
            mismatch for mismatch in comparison.literals if not (
                mismatch.kind == "date" and mismatch.target is not None
                # (Not where the source gives both days itself: "the night of August 12–13".)
                and len(source_days) == 1 and dates.the_night_after(source_days[0], mismatch.target.digits))))
    if comparison.ok and "ight" in source and dates.may_say_a_night(source, target, target_language):
        early = dates.night_ending_on_its_own_day(ascii_digits(source), ascii_digits(target), source_locale, target_locale)
        if early is not None:  # "the night of October 14" / "die Nacht zum 14. Oktober"
            comparison = replace(comparison, literals=(LiteralMismatch(
                Literal(early[0].text, early[0].shown, early[0].start, early[0].end, "night"),
                Literal(early[1].text, early[1].shown, early[1].start, early[1].end, "night")),))
    if comparison.ok and source_language == "en" and ordinal_counts.may_rank(source):
        ranked = ordinal_counts.ordinal_said_as_a_count(
            source, read_quantity_words(source, source_language), read_quantity_words(target, target_language),
            lambda: _stated_values(target, target_locale), target, target_language)
        if ranked is not None:  # "Second Action" / "Zwei Aktionen"
            comparison = replace(comparison, changed=(ranked,))
    if comparison.ok and source_language == "en" and whichever.may_choose_between_two(source):
        turned_choice = whichever.choice_turned(source, target, target_language)
        if turned_choice is not None:  # "whichever is higher" / "lo que sea menor"
            comparison = replace(comparison, extremes=(turned_choice,))
    if comparison.ok and count_placeholders.may_hold_a_count_field(source):
        lost_fields = count_placeholders.count_fields_lost(source, target)
        if lost_fields:  # "{count} trails" / "Sentiers", "{count} comments" / "{cuenta} comentarios"
            comparison = replace(comparison, literals=lost_fields)
    if comparison.ok and compass.may_state_a_coordinate(source):
        hemispheres = compass.hemispheres_changed(ascii_digits(source), ascii_digits(target), source_language,
                                                  target_language)
        if hemispheres:
            comparison = replace(comparison, literals=hemispheres)
    if (comparison.ok and directions.may_say_a_direction(source, source_language)
            and directions.may_say_a_direction(target, target_language)):
        flips = directions.flipped_directions(read_text(source, source_locale).numbers,
                                              read_text(target, target_locale).numbers,
                                              source, target, source_language, target_language)
        if flips:
            comparison = replace(comparison, bounds=tuple(flips))
    if may_say_minus(source, source_language):
        comparison = _with_minus_words_dropped(comparison, source, target, source_locale, target_locale)
    if not comparison.ok and target_language == "ja" and "階" in target and "floor" in source.lower():
        comparison = floors.without_floors_counted_from_the_ground(comparison, source, target, source_locale,
                                                                   target_locale)
    if (comparison.ok and target_language == "ja" and "階" in target and "floor" in source.lower()
            and english_variety.is_british(source)):
        not_counted_up = floors.british_floors_not_counted_up(source, target, source_locale, target_locale)
        if not_counted_up:
            comparison = replace(comparison, foreign_style=comparison.foreign_style + not_counted_up)
    if comparison.added or comparison.missing:
        comparison = _without_two_or_more_said_otherwise(comparison, source, target, source_language, target_language)
    if (comparison.added or comparison.missing) and source_language == "en":
        comparison = _without_ages_of_a_decade(comparison, source, target, target_language)
    if comparison.missing:
        comparison = replace(comparison, missing=tuple(
            number for number in comparison.missing
            if not relative.said_as_the_neighbouring_year(number, source, target, target_language)))
    if comparison.missing and _FROM_ZERO_RE.search(source) is not None:
        comparison = _without_zero_said_as_standstill(comparison, target, target_language)
    if comparison.ok and may_have_comparator(source, source_language):
        lost = bounds.dropped(source, read_text(source, source_locale).numbers, target,
                              read_text(target, target_locale).numbers, source_language, target_language)
        if lost is None and _COUNT_PLACEHOLDER_RE.search(source) is not None:
            lost = bounds.dropped(source, _count_placeholders(source), target, _count_placeholders(target),
                                  source_language, target_language, key=_placeholder_text)
        if lost is not None:
            comparison = replace(comparison, bounds=(lost,))
    if comparison.ok and bounds.may_say_a_multiple(target) and units.may_name_a_unit(source, source_language):
        multiples = _units_said_as_multiples(source, target, source_locale, target_locale)
        if multiples:
            comparison = replace(comparison, changed=multiples)
    if (comparison.ok and source_language == "en" and may_have_comparator(source, source_language)
            and may_have_comparator(target, target_language)):
        turned = _one_bounded_otherwise(source, target, source_locale, target_locale)
        if turned:
            comparison = replace(comparison, bounds=turned)
    if comparison.ok and source_language == "en" and bounds.may_add_a_comparator(target, target_language):
        gained = bounds.added(source, read_text(source, source_locale).numbers, target,
                              read_text(target, target_locale).numbers, source_language, target_language)
        if gained is None and _COUNT_PLACEHOLDER_RE.search(source) is not None:
            gained = bounds.added(source, _count_placeholders(source), target, _count_placeholders(target),
                                  source_language, target_language, key=_placeholder_text)
        if gained is not None:
            comparison = replace(comparison, bounds=(gained,))
    if comparison.ok and _TWO_JOINED_RE.search(source) is not None:
        comparison = _with_ranges_made_lists(comparison, source, target, source_locale, target_locale)
    if not comparison.bounds and durations.may_place_a_span(source, source_language):
        flipped = durations.directions_flipped(source, _stated_values(source, source_locale), source_language,
                                               target, _stated_values(target, target_locale), target_language)
        if flipped:
            comparison = replace(comparison, bounds=tuple(flipped))
    if (comparison.missing or comparison.added or comparison.changed) and durations.may_say_a_span(source, source_language):
        comparison = _without_spans_said_otherwise(comparison, source, target, source_locale, target_locale)
    if (not comparison.bounds and (source_language != "en" or durations.names_a_unit_of_time(source))
            and may_have_comparator(source, source_language) and durations.may_say_a_span(source, source_language)):
        turned = _spans_bounded_otherwise(source, target, source_locale, target_locale)
        if turned:
            comparison = replace(comparison, bounds=turned)
    if comparison.ok and not looked_otherwise and (source_language != "en" or frequencies.may_state_a_frequency(source)):
        # (A change that a length of time said otherwise explained away hid a changed frequency:
        # "once a week ... one week before" / "раз в две недели ... за неделю до".)
        frequency_changes = frequencies.frequencies_changed(source, target, source_language, target_language)
        if frequency_changes:
            comparison = replace(comparison, changed=frequency_changes)
    if comparison.units and comparison.changed:
        comparison = _one_finding_per_place(comparison)
    if source_language == "en" and one_bounds.may_bound_one(source):
        comparison = _with_bounds_of_one(comparison, source, target, source_language, target_language)
    if (comparison.ok and source_language == "en" and ones.may_count_one(source)
            and one_bounds.may_bound_one_in(target, target_language)):
        bounded_one = one_bounds.bound_added_to_one(_unbounded_ones(source), source, target, target_language)
        if bounded_one:  # "needs to have one identifier" / "a besoin d'au moins un identifiant"
            comparison = replace(comparison, bounds=bounded_one)
    if comparison.ok and source_language == "en" and zero_bounds.may_bound_zero(source):
        bounded_zero = zero_bounds.zero_bounds_changed(source, target, source_language, target_language)
        if bounded_zero:  # "equal to or greater than zero" / "égal ou inférieur à zéro"
            comparison = replace(comparison, bounds=bounded_zero)
    if comparison.ok and source_language == "en" and "-" in source and (
            in_a_compound := _COUNT_IN_A_COMPOUND_RE.search(source)) is not None:
        compound = _compound_count_changed(in_a_compound, source, target, source_locale, target_locale)
        if compound is not None:
            comparison = replace(comparison, changed=(compound,))
    if comparison.ok and source_language == "en":
        vague = _count_said_vaguely(source, target, target_language, target_locale)
        if vague is not None:  # "two patterns" / "plusieurs motifs", "one of the modules" / "todos los módulos"
            comparison = replace(comparison, changed=(vague,))
    if (comparison.ok and source_language == "en" and target_language in _FIRST_WORDS
            and ("first" in source or "First" in source) and (first := _FIRST_RE.search(source)) is not None):
        last = _first_said_last(first, source, target, target_language)
        if last is not None:
            comparison = replace(comparison, extremes=(last,))
    if (comparison.ok and source_language == "en" and target_language in _FIRST_WORDS
            and ("last" in source or "Last" in source) and (last := _LAST_RE.search(source)) is not None):
        first = _last_said_otherwise(last, source, target, target_language)
        if first is not None:
            comparison = replace(comparison, extremes=(first,))
    if comparison.ok and source_language == "en" and clicks.may_count_clicks(source):
        clicked = clicks.clicks_changed(source, target, target_language)  # "double click" / "simple clic"
        if clicked is not None:
            comparison = replace(comparison, changed=(clicked,))
    if (source_language == "en" and (comparison.ok or _only_words_added(comparison))
            and single_double.may_say_single_or_double(source)):
        counted = single_double.said_with_another_count(source, target, target_language)  # "single dash" / "double tiret"
        if counted is not None:
            comparison = replace(comparison, changed=(counted,), added=tuple(
                number for number in comparison.added if number.start != counted[1].start))
    if comparison.ok and dates.may_write_a_format(source):
        format_change = dates.format_changed(source, target)  # "YYYY-MM-DD" / "AAAA-DD-MM", "hh:mm:ss" / "hh:mm"
        if format_change is not None:
            said, written = format_change.said, format_change.written
            comparison = replace(comparison, literals=(LiteralMismatch(
                Literal(said.group(), format_change.said_fields, said.start(), said.end(), "date format"),
                Literal(written.group(), format_change.written_fields, written.start(), written.end(), "date format")),))
    if comparison.ok and source_language == "en" and ones.may_say_zero(source):
        zero = ones.zero_said_as_another(source, target, target_language)  # "zero torrents" / "un torrent"
        if zero is not None:
            comparison = replace(comparison, changed=(zero,))
        elif (lost_zero := ones.zero_dropped(source, target, target_language)) is not None:
            comparison = replace(comparison, missing=(lost_zero,))  # "a grade of zero" / "una calificación de diez"
    if comparison.added and _QUARTER_RE.search(source) is not None:
        # "in Q3" / "au troisième trimestre", "в третьем квартале": the quarter's rank in words.
        ranks = {Decimal(found.group()[1]) for found in _QUARTER_RE.finditer(source)}
        comparison = replace(comparison, added=tuple(
            number for number in comparison.added
            if not (number.value in ranks and _BEFORE_A_QUARTER_WORD_RE.match(target, number.end) is not None)))
    return comparison


def _only_words_added(comparison: NumberComparison) -> bool:
    return bool(comparison.added) and all(number.kind == "word" for number in comparison.added) and replace(
        comparison, added=()).ok


def _one_finding_per_place(comparison: NumberComparison) -> NumberComparison:
    """One mistake, one finding: a unit changed where a number read with it is already changed
    ("hourly" / "30分ごと" is a frequency changed and a rate of another unit)."""
    changed_at = {source.start for source, _ in comparison.changed}
    return replace(comparison, units=tuple(change for change in comparison.units if change.start not in changed_at))


def _with_names_changed(comparison: NumberComparison, source: str,
                        renamed: list[tuple[tuple[int, int, int], tuple[int, int, int]]], target: str,
                        source_locale: str) -> NumberComparison:
    """`comparison` with the months or days named by their names (`renamed`: each (number, start, end)
    in the source and in the translation) that the translation names as others."""
    if not renamed:
        return comparison
    examples = example_spans(source, locale_symbols(source_locale).language)
    changed = tuple((Number(Decimal(old[0]), source[old[1]:old[2]], old[1], old[2], "word"),
                     Number(Decimal(new[0]), target[new[1]:new[2]], new[1], new[2], "word"))
                    for old, new in renamed
                    if span_at(old[1], examples) is None)  # an example's month may be the reader's own
    return replace(comparison, changed=comparison.changed + changed) if changed else comparison


# "5 minus 3", "4 GiB minus 1": a subtraction, not a negative number.
_OPERATOR_MINUS_RE = re.compile(r"(?:[\d)]|\d[\s\u00a0]?[A-Za-zµ°%]{1,4})[\s\u00a0]*$")


# "From 0 to 96 km/h" is said from a standstill: "с места до 96 км/ч", "静止状態から", "aus dem Stand".
_FROM_ZERO_RE = re.compile(r"\bfrom\s+0\s+to\b|(?<![\d.,])0\s*[-–]\s*\d+\s*(?:km/h|mph)", re.IGNORECASE)
_STANDSTILL_RES = {"ru": re.compile(r"с\s+места|разгон\w*\s+до", re.IGNORECASE),
                   "ja": re.compile(r"(?:静止|停止|止まった|停車)(?:状態|ところ)?から"),
                   "de": re.compile(r"aus\s+dem\s+Stand", re.IGNORECASE),
                   "fr": re.compile(r"départ\s+arrêté|(?:de|à\s+partir\s+de)\s+l['’]arrêt", re.IGNORECASE),
                   "es": re.compile(r"desde\s+parad[oa]|desde\s+cero", re.IGNORECASE)}


def _without_zero_said_as_standstill(comparison: NumberComparison, target: str, target_language: str) -> NumberComparison:
    pattern = _STANDSTILL_RES.get(target_language)
    if pattern is None or pattern.search(target) is None:
        return comparison
    missing = tuple(number for number in comparison.missing if number.value != 0)
    return comparison if len(missing) == len(comparison.missing) else replace(comparison, missing=missing)


def _without_two_or_more_said_otherwise(comparison: NumberComparison, source: str, target: str,
                                        source_language: str, target_language: str) -> NumberComparison:
    """`comparison` without the 2 bounded from below ("2つ以上", "at least 2") that the other text says
    as "more than one" ("not more than one row" / "2行以上...ない")."""
    added = tuple(number for number in comparison.added
                  if not (bounds.says_more_than_one(source, source_language)
                          and bounds.two_or_more(target, number, target_language)))
    missing = tuple(number for number in comparison.missing
                    if not (bounds.says_more_than_one(target, target_language)
                            and bounds.two_or_more(source, number, source_language)))
    if added == comparison.added and missing == comparison.missing:
        return comparison
    return replace(comparison, added=added, missing=missing)


def _without_ages_of_a_decade(comparison: NumberComparison, source: str, target: str,
                              target_language: str) -> NumberComparison:
    """`comparison` without the bounds of a decade of age the translation says as a range ("in their
    50s" / "50–59 лет", "their twenties" / "от 20 до 30 лет") or by a word ("quinquagénaires")."""
    ages = decades.ages_of_a_decade(source)
    if not ages:
        return comparison
    added = tuple(number for number in comparison.added
                  if not decades.said_as_an_age_range(number.value, ages, target))
    missing = tuple(number for number in comparison.missing
                    if not (number.value in ages and decades.names_a_decade_of_age(target, int(number.value),
                                                                                    target_language)))
    return replace(comparison, added=added, missing=missing)


def _with_minus_words_dropped(comparison: NumberComparison, source: str, target: str, source_locale: str,
                              target_locale: str) -> NumberComparison:
    """`comparison` with the source's numbers said negative in words ("minus 8 degrees") that the
    translation writes as the same positive number, with no minus in sign or word ("8 °C")."""
    source_language, target_language = locale_symbols(source_locale).language, locale_symbols(target_locale).language
    negated = []
    for number in read_text(source, source_locale).numbers:
        span = minus_said_around(source, number.start, number.end, source_language) if number.value > 0 else None
        if span is not None and _OPERATOR_MINUS_RE.search(source, max(0, span[0] - 20), span[0]) is None:
            negated.append(Number(-number.value, source[span[0]:span[1]], span[0], span[1], number.kind))
    if not negated:
        return comparison
    target_numbers = read_text(target, target_locale).numbers
    left = [number for number in target_numbers if number.value > 0]
    dropped = []
    for number in negated:
        if any(other.value == number.value for other in target_numbers):
            continue
        said_negative = next((other for other in left if other.value == -number.value and minus_said_around(
            target, other.start, other.end, target_language) is not None), None)
        if said_negative is not None:
            left.remove(said_negative)
            continue
        positive = next((other for other in left if other.value == -number.value), None)
        if positive is not None:
            left.remove(positive)
            dropped.append((number, positive))
    if not dropped:
        return comparison
    return replace(comparison, changed=tuple(sorted(comparison.changed + tuple(dropped), key=lambda pair: pair[0].start)))


# Two numbers joined as a range ("3–7", "1 to 1024", "11時15分〜15時45分") or as a list ("3 y 7",
# "1、1024", "11:15 and 15:45"); "between 3 and 7" and "(-1, 255)" are ranges. ("20 or 30 minutes" is
# as often "20–30 minutes": no list.)
_TWO_JOINED_RE = re.compile(r"\d[\s\u00a0\u202f]*(?:[–—\-~〜～、,]|to|and|through)[\s\u00a0\u202f]*\d", re.IGNORECASE)
_RANGE_BETWEEN_RE = re.compile(r"[\s\u00a0\u202f]*(?:[–—\-〜～]|to|through|à|au|bis|a|al|hasta|до|по|から)"
                               r"[\s\u00a0\u202f]*$", re.IGNORECASE)
_LIST_BETWEEN_RE = re.compile(r"[\s\u00a0\u202f]*(?:,|、|and|et|und|y|e|и)[\s\u00a0\u202f]*$", re.IGNORECASE)
# ("between the ages of 8 and 14", "between weeks 24 and 28".)
_BETWEEN_WORD_RE = re.compile(r"(?:between|entre|zwischen|между)(?:[\s\u00a0\u202f]+[^\W\d_]+){0,3}[\s\u00a0\u202f]+$",
                              re.IGNORECASE)


def _joined_pairs(text: str, numbers: tuple[Number, ...]) -> list[tuple[str, Number, Number]]:
    """("range" or "list", first, second) for each two numbers of `text` side by side."""
    ordered = sorted(numbers, key=lambda number: number.start)
    found = []
    for first, second in zip(ordered, ordered[1:]):
        between = text[first.end:second.start]
        if len(between) > 6 or text[first.start - 1:first.start] == "/" or text[second.end:second.end + 1] == "/":
            continue  # (nor the parts of fractions: "between 1/60 and 1/250 s" / "1/60〜1/250秒")
        if _RANGE_BETWEEN_RE.fullmatch(between) or _LIST_BETWEEN_RE.fullmatch(between) and (
                _BETWEEN_WORD_RE.search(text, max(0, first.start - 30), first.start)
                or 0 < first.start and text[first.start - 1] in "([（［" and text[second.end:second.end + 1] in (")", "]", "）", "］")):
            found.append(("range", first, second))
        elif _LIST_BETWEEN_RE.fullmatch(between):
            found.append(("list", first, second))
    # Three numbers or more joined by dashes are a sequence, not ranges: "0–1–6 months", a schedule.
    dashed = [kind == "range" and _DASHED_RE.fullmatch(text, first.end, second.start) is not None
              for kind, first, second in found]
    for index, (kind, first, second) in enumerate(found):
        if dashed[index] and (index > 0 and dashed[index - 1] and found[index - 1][2] is first
                              or index + 1 < len(found) and dashed[index + 1] and found[index + 1][1] is second):
            found[index] = ("list", first, second)
    return found


_DASHED_RE = re.compile(r"[\s\u00a0\u202f]*[–—\-][\s\u00a0\u202f]*")


def _with_ranges_made_lists(comparison: NumberComparison, source: str, target: str, source_locale: str,
                            target_locale: str) -> NumberComparison:
    """`comparison` with the ranges of the source the translation lists ("pages 3–7" / "páginas 3 y
    7", "ports 1–1024" / "ポート 1、1024"), and the lists it makes ranges, as changed numbers."""
    source_pairs = _joined_pairs(source, read_text(source, source_locale).numbers)
    if not source_pairs:
        return comparison
    # (Not the year of one date and the day of the next: "between 5 December 2024 and 4 January 2025".)
    source_dates = read_dates(ascii_digits(source), source_locale)
    phones = codes.phone_number_spans(source)
    source_pairs = [pair for pair in source_pairs if not (overlaps(pair[1], source_dates) or overlaps(pair[2], source_dates))
                    and not any(start <= pair[1].start and pair[2].end <= end for start, end in phones)]
    if not source_pairs:
        return comparison
    target_pairs = _joined_pairs(target, read_text(target, target_locale).numbers)
    changed = []
    for kind, first, second in source_pairs:
        alike = [pair for pair in target_pairs if pair[1].value == first.value and pair[2].value == second.value]
        other = next((pair for pair in alike if pair[0] == kind), alike[0] if alike else None)
        if other is not None:
            target_pairs.remove(other)
        # (A range of two neighbours is the list of them: "1 to 2 digits" / "1, 2 文字".)
        if other is not None and other[0] != kind and abs(second.value - first.value) > 1:
            changed.append((Number(second.value, source[first.start:second.end], first.start, second.end, second.kind),
                            Number(other[2].value, target[other[1].start:other[2].end], other[1].start, other[2].end,
                                   other[2].kind)))
    return replace(comparison, changed=comparison.changed + tuple(changed)) if changed else comparison


def _said_otherwise_in_words(source: str, target: str, source_locale: str,
                             target_locale: str) -> tuple[tuple[Number, Number], ...]:
    """A value the translation says otherwise where no digit differs, the first one found: a
    frequency ("every three months" / "tres veces al año"), a count of one ("one capsule" / "deux
    gélules"), a length of time ("a year ago" / "il y a deux ans"), the part of a period ("early
    1990s" / "fin des années 1990"), a decade said as a year ("the 1950s" / "En 1950")."""
    source_language, target_language = locale_symbols(source_locale).language, locale_symbols(target_locale).language
    english = source_language == "en"
    if not english or frequencies.may_state_a_frequency(source):
        frequency_changes = frequencies.frequencies_changed(source, target, source_language, target_language)
        if frequency_changes:
            return frequency_changes
    if english:
        one = ones.one_said_as_another(source, target, target_language) if ones.may_count_one(source) else None
        if one is not None:
            return (one,)
        ranked = weekdays.rank_changed(source, target, source_locale, target_locale) \
            if weekdays.may_rank_a_weekday(source) and weekdays.may_name_a_weekday(source, source_locale) else None
        if ranked is not None:
            return (ranked,)
        days = weekdays.every_day_changed(source, target, source_locale, target_locale) \
            if weekdays.may_say_every_day_or_working_days(source) else None
        if days is not None:
            return (days,)
        span_changes = _spans_changed(source, target, source_locale, target_locale) \
            if durations.may_count_a_span(source) else ()
        if span_changes:
            return span_changes
        part = period_parts.part_changed(source, target, source_language, target_language) \
            if period_parts.may_name_a_part(source) else None
        if part is not None:
            return (part,)
        length = period_parts.length_changed(source, target, target_language) \
            if period_parts.may_name_a_length(source) else None
        if length is not None:
            return (length,)
        later = relative.moved(source, target, target_language) if relative.may_count_from_now(source) else None
        if later is not None:
            return (later,)
    if decades.may_name_a_decade(source):
        return decades.decades_said_as_years(source, target, source_language, target_language)
    return ()


def _spans_changed(source: str, target: str, source_locale: str, target_locale: str) -> tuple[tuple[Number, Number], ...]:
    """The one length of time the translation says otherwise, as a changed pair: "a year ago" / "il y
    a deux ans"."""
    source_language, target_language = locale_symbols(source_locale).language, locale_symbols(target_locale).language
    # (A month's name stands for its number, never for a count: "the April day-service" is no 4 days.)
    counts = tuple(number for number in _stated_values(source, source_locale)
                   if not (number.kind == "word" and names_a_month(number.text, source_locale)))
    pairs = durations.spans_changed(source, counts, source_language,
                                    target, _measured_values(target, target_locale, source, source_locale),
                                    target_language)
    return tuple((_span_as_number(source, span), _span_as_number(target, other)) for span, other in pairs)


def _span_as_number(text: str, span: durations.Span) -> Number:
    """A length of time in days, or in minutes when shorter than a day ("two minutes" is no 0 days)."""
    if span.seconds < 86400:
        minutes = (span.seconds / 60).quantize(Decimal("0.01")).normalize()
        return Number(minutes, text[span.start:span.end].strip(), span.start, span.end, "short span")
    days = (span.seconds / 86400).quantize(Decimal("0.01")).normalize()
    return Number(days, text[span.start:span.end].strip(), span.start, span.end, "span")


def _without_spans_said_otherwise(comparison: NumberComparison, source: str, target: str, source_locale: str,
                                  target_locale: str) -> NumberComparison:
    """`comparison` less the numbers of lengths of time each text says as long in other units:
    "70 minutes" / "una hora y diez minutos", "30 seconds" / "полминуты"."""
    source_spans, target_spans = _spans_said_alike(source, target, source_locale, target_locale)
    if not source_spans:
        return comparison
    missing = [number for number in comparison.missing if not overlaps(number, source_spans)]
    added = [number for number in comparison.added if not overlaps(number, target_spans)]
    changed = []
    for pair in comparison.changed:
        in_source, in_target = overlaps(pair[0], source_spans), overlaps(pair[1], target_spans)
        if in_source and not in_target and pair[1].kind not in _WORD_KINDS:
            if not _stated_outside(pair[1], source, source_locale, source_spans):
                added.append(pair[1])  # the span's number was paired with another: that one is added
        elif in_target and not in_source and pair[0].kind not in _WORD_KINDS:
            if not _stated_outside(pair[0], target, target_locale, target_spans):
                missing.append(pair[0])
        elif not in_source and not in_target:
            changed.append(pair)
    return replace(comparison, missing=tuple(sorted(missing, key=lambda number: number.start)),
                   added=tuple(sorted(added, key=lambda number: number.start)), changed=tuple(changed))


_WORD_KINDS = frozenset({"word", "ordinal"})


# (Asked by the spans said otherwise and by the spans bounded otherwise, of one comparison.)
@lru_cache(maxsize=16)
def _spans_said_alike(source: str, target: str, source_locale: str,
                      target_locale: str) -> tuple[tuple[durations.Span, ...], tuple[durations.Span, ...]]:
    """The lengths of time each text says as long as one of the other, in other words, pair by pair."""
    source_spans, target_spans = durations.matched_spans(
        durations.read_spans(source, _stated_values(source, source_locale), locale_symbols(source_locale).language),
        durations.read_spans(target, _stated_values(target, target_locale), locale_symbols(target_locale).language))
    return tuple(source_spans), tuple(target_spans)


def _spans_bounded_otherwise(source: str, target: str, source_locale: str,
                             target_locale: str) -> tuple[BoundMismatch, ...]:
    """A length of time each text says in other units, bounded the other way: "at least half an hour"
    / "не более получаса", "at least 48 hours" / "au plus deux jours"."""
    source_language, target_language = locale_symbols(source_locale).language, locale_symbols(target_locale).language
    found = []
    for span, other in zip(*_spans_said_alike(source, target, source_locale, target_locale)):
        source_bound = comparator(source, span, source_language)
        target_bound = comparator(target, other, target_language)
        if (source_bound is not None and target_bound is not None
                and _comparable(source_bound, target_bound, target, target_language, other.start)
                and not bounds.restated_the_other_way(source, span, source_bound, target, target_bound,
                                                      target_language, other.end)):
            found.append(BoundMismatch(_span_as_number(source, span), _span_as_number(target, other),
                                       source_bound.text, target_bound.text, source_bound.direction,
                                       target_bound.direction))
    return tuple(found)


def _stated_outside(number: Number, text: str, locale: str, spans: tuple[durations.Span, ...]) -> bool:
    """`text` states `number`'s value outside its spans: "a dozen" for the 12 that the comparison
    paired with the number of a span said otherwise ("15 minutes" / "un quart d'heure")."""
    said = (*_stated_values(text, locale), *quantity_words.read_quantity_words(text, locale_symbols(locale).language))
    return any(value.value == number.value and not overlaps(value, spans) for value in said)


def _approximate_placeholders_bounded(source: str, target: str, source_language: str,
                                      target_language: str) -> tuple[BoundMismatch, ...]:
    """A count placeholder the source calls approximate that the translation bounds: "Shots remaining:
    about %(n)s" / "Vues restantes : au moins %(n)s"."""
    found = []
    targets = _count_placeholders(target)
    for placeholder in _count_placeholders(source):
        approximate = bounds.approximate_word(source, placeholder, source_language)
        if approximate is None or comparator(source, placeholder, source_language) is not None:
            continue
        for other in targets:
            if other.text != placeholder.text:
                continue
            bound = comparator(target, other, target_language)
            if (bound is not None and not bound.negated and bounds.in_words(bound)
                    and not bounds.approximate_word(target, other, target_language)):
                found.append(BoundMismatch(placeholder, other, approximate, bound.text, bounds.APPROXIMATELY,
                                           bound.direction))
    return tuple(found)


def _loose_bounds_changed(source: str, target: str, source_locale: str,
                          target_locale: str) -> tuple[BoundMismatch, ...]:
    """A bound said loosely on one side against a bound in words on the other: a number the source
    calls approximate that the translation bounds ("about 40 minutes" / "más de 40 minutos"), and a
    number nearly reached against a floor ("nearly 11,000" / "plus de 11 000", "more than 80,000"
    / "cerca de 80 000")."""
    source_language, target_language = locale_symbols(source_locale).language, locale_symbols(target_locale).language
    found = []
    source_values = _stated_values(source, source_locale)
    for number in source_values:
        # ("over a million": the comparator stands before the article of a number in words.)
        source_bound = comparator(source, _with_its_article(number, source) if number.kind == "word" else number,
                                  source_language)
        approximate = None if source_bound else bounds.approximate_word(source, number, source_language)
        nearly = None if source_bound else bounds.nearly_word(source, number, source_language)
        floor = source_bound if source_bound and source_bound.direction == LOWER and not source_bound.negated \
            and bounds.in_words(source_bound) else None
        # ("around 2050" / "к 2050 году", "2050年頃までに": a year approximated, then a deadline.)
        if not (approximate or nearly or floor) or (approximate and number.kind == "year"):
            continue
        if number.kind == "word" and overlaps(number, [item for item in read_quantity_words(source, source_language)
                                                       if item.kind == "fraction"]):
            continue  # "about one in five" / "約2割": the fraction is approximate, not a one of its own
        alike = _stated_alike(number, target, target_locale)
        mentions = [other for other in source_values if other.value == number.value]
        if len(mentions) > 1:  # "fewer than 100, around 100" / "moins de 100, environ 100": in order
            # ... or by unit where one mention of the translation has the number's: "at least 3 days' worth,
            # about 3 liters" / "3リットルを目安に、最低3日分".
            own = units.units_at(source, number.end, source_language)
            same_unit = [other for other in alike if own & units.units_at(target, other.end, target_language)]
            if len(alike) == len(mentions) and len(same_unit) == 1:
                alike = same_unit
            else:
                alike = alike[mentions.index(number):][:1] if len(alike) == len(mentions) else []
        for other in alike:
            bound = comparator(target, other, target_language)
            strict = (bound if bound is not None and not bound.negated and bounds.in_words(bound)
                      and not bounds.states_a_multiple(target, other, target_language) else None)
            if approximate and strict and not bounds.approximate_word(target, other, target_language):
                found.append(BoundMismatch(number, other, approximate, strict.text, bounds.APPROXIMATELY,
                                           strict.direction))
            elif nearly and strict and strict.direction == LOWER:
                found.append(BoundMismatch(number, other, nearly, strict.text, UPPER, LOWER))
            elif floor and bound is None and (word := bounds.nearly_word(target, other, target_language)):
                found.append(BoundMismatch(number, other, floor.text, word, LOWER, UPPER))
            else:
                continue
            break
    return tuple(found)


# "a third less memory": the change by a share.
_SHARE_LESS_RE = re.compile(r"(?i)\s+(?:less|fewer|more|cheaper|smaller|shorter|lower|higher)\b")


_LOSS_BEFORE_RE = re.compile(r"(?i)\b(?:los[et]|losing|cut|cuts|reduced?|reduces|drops?|dropped|falls?|fell"
                             r"|decreases?|decreased)\b(?:\s+[^\W\d_]+){0,2}\s+(?:by\s+)?$")
_LEFT_AFTER_JA_RE = re.compile(r"[^\d。、]{0,4}?(?:まで|に(?:減|落|下|な))")


def _loss_said_as_what_is_left(pair: tuple[Number, Number], source: str, target: str, target_language: str) -> bool:
    share, other = pair
    if share.kind != "fraction" or other.kind != "fraction" or abs(share.value + other.value - 1) > Decimal("0.01"):
        return False
    if _LOSS_BEFORE_RE.search(source, max(0, share.start - 30), share.start) is None:
        return False
    return (bounds.to_a_share_word(target, other, target_language) is not None
            or target_language == "ja" and _LEFT_AFTER_JA_RE.match(target, other.end) is not None)


def _shares_made_levels(source: str, target: str, source_language: str,
                        target_language: str) -> list[BoundMismatch]:
    """ "fell by two-thirds" / "cayó a dos tercios", "a third less" / "3分の1に減少"."""
    if not bounds.says_shares_reached(target_language):
        return []
    found = []
    for share in read_quantity_words(source, source_language):
        # (By half is to half: "cut by half" / "reducido a la mitad".)
        if share.kind != "fraction" or share.value == Decimal("0.5") or not (
                bounds.changed_by(source, share, source_language) or _SHARE_LESS_RE.match(source, share.end)):
            continue
        for other in read_quantity_words(target, target_language):
            if other.kind != "fraction" or other.value != share.value:
                continue
            word = bounds.to_a_share_word(target, other, target_language)
            if word is not None:
                found.append(BoundMismatch(share, other, "by", word, bounds.BY, bounds.TO))
                break
    return found


# A count of times in an English source: "repeat twice", "three times a day", "4 times".
# (Not the last group of a number grouped with spaces: "3 940 times" is read as 3940 times.)
_TIMES_SAID_RE = re.compile(r"(?i)(?<![\w.,-])(?<!\d[ \u00a0\u202f])(?:(?P<twice>twice)|(?P<thrice>thrice)|(?P<n>two|three|four|five|six|seven|eight"
                            r"|nine|ten|\d+)\s+times)(?![\w-])")
_NOT_BEFORE_RE = re.compile(r"(?i)\b(?:cannot|can['’]t|not|never|no)\b")
_DOUBLED_OPTION_RE = re.compile(r"(?<![\w-])-([A-Za-z])\1+\b")
_TIMES_VALUES = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _times_dropped(source: str, target: str, source_locale: str, target_locale: str) -> Number | None:
    """A count of times the translation does not state at all, in digits, words or quantity words:
    "repeat the circuit twice" / "повторите круг", "capped at twice the fees" / "料金を上限とする"."""
    if locale_symbols(source_locale).language != "en":
        return None
    said = list(_TIMES_SAID_RE.finditer(source))
    if len(said) != 1:
        return None
    match = said[0]
    # (The negation of its own clause: "If you cannot show a ticket, you pay twice the fare" counts twice.)
    if _NOT_BEFORE_RE.search(source, max(0, match.start() - 30), match.start()) or _DOUBLED_OPTION_RE.search(target):
        return None  # "cannot use X twice" / "X は1回しか使用できません"; "give twice" / "-vv"
    count = match.group("n")
    value = Decimal(2 if match.group("twice") else 3 if match.group("thrice")
                    else _TIMES_VALUES.get(count.lower(), 0) if not count.isdigit() else int(count))
    if value < 2:
        return None
    target_language = locale_symbols(target_locale).language
    if (value == 2 and target_language in _ONCE_MORE_RES and _TYPED_BEFORE_RE.search(source, 0, match.start())
            and _ONCE_MORE_RES[target_language].search(target)
            and all(number.value != 1 for number in _stated_values(_ONCE_MORE_RES[target_language].sub(" ", target),
                                                                   target_locale))):
        # "enter your new password twice" / "Ihr neues Passwort erneut eingeben": once, then again (not
        # "確認のために…1回入力", which says once only).
        return None
    # ("twice a year" / "halbjährlich": the count is the frequency's, which the translation keeps.)
    if any(start <= match.start() < end
           for start, end in frequencies.agreeing_spans(source, target, "en", target_language)[0]):
        return None
    stated = {number.value for number in _stated_values(target, target_locale)}
    stated |= {item.value for item in read_quantity_words(target, target_language)}
    if value in stated:
        return None
    return Number(value, match.group(), match.start(), match.end(), "word")


# A value typed twice, to be confirmed: said as typed again.
_TYPED_BEFORE_RE = re.compile(r"(?i)\b(?:enter|type|input|key\s+in)\b")
_ONCE_MORE_RES = {"fr": re.compile(r"(?i)à nouveau|de nouveau|une nouvelle fois|encore une fois|\bre(?:saisi|tap|entr)"),
                  "de": re.compile(r"(?i)erneut|nochmals|noch einmal|wiederhol"),
                  "es": re.compile(r"(?i)otra vez|de nuevo|nuevamente|\bre(?:escrib|introduc|pet)"),
                  "ru": re.compile(r"(?i)снова|ещё раз|еще раз|повторно"),
                  "ja": re.compile("再度|もう一度|再入力|確認のため")}


# A multiple or a part of an amount the sentence names: "double the daily rent", "half of your tax",
# "a third of the seats" (not "half an hour", which a translation says in minutes, nor "half the time").
_SHARE_OF_RE = re.compile(
    r"(?i)(?<![\w-])(?:(?P<word>double|triple|treble|(?:a|one)\s+third|two\s+thirds|(?:a|one)\s+quarter"
    r"|three\s+quarters)(?:\s+of)?|(?P<half>half)\s+of)\s+(?:the|your|their|its|our|his|her|this|that|all|each)\s+"
    r"(?!(?:time|battle|fun|story|way|world|people)\b)[^\W\d_]")
_SHARE_VALUES = {"double": Decimal(2), "triple": Decimal(3), "treble": Decimal(3), "half": Decimal("0.5"),
                 "third": Decimal(1) / 3, "thirds": Decimal(2) / 3, "quarter": Decimal("0.25"), "quarters": Decimal("0.75")}
# What says each in another form: a third as 3 ("3分の1", "1/3"), a half as 2 ("半分" is read as 0.5).
_SHARE_FORMS = {"double": {2, 200}, "triple": {3, 300}, "treble": {3, 300}, "half": {Decimal("0.5"), 2, 50},
                "third": {3}, "thirds": {3, 2}, "quarter": {4, 25}, "quarters": {4, 3, 75}}


def _shares_dropped(source: str, target: str, source_locale: str, target_locale: str) -> Number | None:
    """A multiple or a part of an amount that a Japanese translation states in no form, in digits, words
    or quantity words: "charged at double the daily rent" / "日割り賃料をご請求します", "half of your tax is
    deductible" / "税は控除できます"."""
    said = list(_SHARE_OF_RE.finditer(source))
    if len(said) != 1 or _NOT_BEFORE_RE.search(source, max(0, said[0].start() - 20), said[0].start()):
        return None
    match = said[0]
    group = "word" if match.group("word") else "half"
    key = match.group(group).lower().split()[-1]
    target_language = locale_symbols(target_locale).language
    stated = {number.value for number in _stated_values(target, target_locale)}
    stated |= {item.value for item in read_quantity_words(target, target_language)}
    if stated & {Decimal(form) for form in _SHARE_FORMS[key]} or _SHARE_SAID_RE.search(target):
        return None
    return Number(_SHARE_VALUES[key], match.group(group), match.start(group), match.end(group), "word")


# The words for a half, a double, a third that no reader reads as a number ("半", "倍", "分の").
_SHARE_SAID_RE = re.compile(r"半|倍|両|ダブル|分の|[0-9０-９〇一二三四五六七八九十]割")
# Translations that state every multiple and part of an amount they keep. (In the other languages a
# right translation was seen to leave one unsaid.)
_STATES_EVERY_SHARE = frozenset({"ja"})


def _said_the_other_way(source: str, target: str, source_locale: str, target_locale: str,
                        said: Callable[[str, Number, str], bool], other_word: Callable[[str, Number, str], str | None],
                        directions: tuple[str, str]) -> list[BoundMismatch]:
    """The source's numbers that `said` reads as one side of a change (its amount or its level) whose
    equal in the translation `other_word` reads as the other side."""
    source_language, target_language = locale_symbols(source_locale).language, locale_symbols(target_locale).language
    found = []
    for number in _stated_values(source, source_locale):
        if not said(source, number, source_language):
            continue
        for other in _stated_alike(number, target, target_locale):
            word = other_word(target, other, target_language)
            if word is not None:
                found.append(BoundMismatch(number, other, directions[0], word, *directions))
                break
    return found


def _levels_made_amounts(source: str, target: str, source_locale: str, target_locale: str) -> list[BoundMismatch]:
    """ "fell to 4.2%" / "снизилась на 4,2 %", "auf" said "um"."""
    if (locale_symbols(source_locale).language != "en"
            or not bounds.says_amounts_of_change(locale_symbols(target_locale).language)
            or not bounds.may_change_to_a_number(source)):
        return []
    return _said_the_other_way(source, target, source_locale, target_locale, bounds.changed_to,
                               bounds.by_an_amount_word, (bounds.TO, bounds.BY))


def _by_made_to(source: str, target: str, source_locale: str, target_locale: str) -> tuple[BoundMismatch, ...]:
    """The amount of a change made the level it reaches: "dropped by 20%" / "auf 20 % gesunken"."""
    source_language, target_language = locale_symbols(source_locale).language, locale_symbols(target_locale).language
    return tuple(_shares_made_levels(source, target, source_language, target_language)
                 + _said_the_other_way(source, target, source_locale, target_locale, bounds.changed_by,
                                       bounds.changed_to_word, (bounds.BY, bounds.TO)))


_A_PART_RE = re.compile(r"(?i)\b(?:a|one)\s+(?:third|quarter|fifth|tenth)\b")


def _part_said_as_its_denominator(source: str, target: str, source_locale: str,
                                  target_locale: str) -> tuple[Number, Number] | None:
    """ "a third of the couples" / "три пары": a part of one of the source that the translation says as
    no part at all, but as a count of its denominator, which the source states nowhere."""
    source_language, target_language = locale_symbols(source_locale).language, locale_symbols(target_locale).language
    parts = [item for item in read_quantity_words(source, source_language)
             if item.kind == "fraction" and item.value > 0 and (1 / item.value).quantize(Decimal("0.01")) in _DENOMINATORS]
    target_items = read_quantity_words(target, target_language) if parts else ()
    if not parts or any(item.kind == "fraction" for item in target_items):
        return None
    # (The part's own rank, "third" of "a third", states no 3.)
    source_values = {number.value for number in _stated_values(source, source_locale) if not overlaps(number, parts)}
    multipliers = [item for item in target_items if item.kind == "multiplier"]
    for part in parts:
        denominator = (1 / part.value).quantize(Decimal("0.01"))
        # (Nor a division: "cinq fois moins", "в пять раз тоньше", "втрое"; nor a rank, the other
        # meaning of "a fifth": "a fifth player" / "un cinquième joueur", "5人目".)
        # (Nor the part said as a percentage: "a tenth" / "10 %", "1割".)
        said = next((number for number in _stated_values(target, target_locale) if number.value == denominator
                     and number.kind != "ordinal"
                     and not (number.kind == "percent" and number.value == (part.value * 100).quantize(Decimal(1)))
                     and _RANK_COUNTER_AFTER_RE.match(target, number.end) is None
                     and _PART_NOUN_AFTER_RE.match(target, number.end) is None
                     and not bounds.says_a_multiple_after(target, number.end) and not overlaps(number, multipliers)),
                    None)
        if said is not None and denominator not in source_values:
            return part, said
    return None


_DENOMINATORS = frozenset({Decimal("3.00"), Decimal("4.00"), Decimal("5.00"), Decimal("10.00")})
# A Japanese rank: a counter and 目 after the number ("5人目", "3袋目", "2番目").
_RANK_COUNTER_AFTER_RE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]{0,2}?目")
# A rank before the noun for a part is the part itself: "пятую часть", "la tercera parte", "ein fünfter Teil".
_PART_NOUN_AFTER_RE = re.compile(r"(?i)[\s\u00a0]+(?:част|parte|partie|Teil)")


def _stated_alike(number: Number, text: str, locale: str) -> list[Number]:
    """The numbers `text` states with `number`'s value."""
    return [other for other in _stated_values(text, locale) if other.value == number.value]


# English "one", which may_have_number_words leaves to the stand-ins ("one of them").
_ONE_RE = re.compile(r"(?i)(?<![\w-])one(?![\w-])")


# Asked of the same text by the units in words and by the quantity words.
@lru_cache(maxsize=16)
def _more_digit_runs(text: str, other: str) -> bool:
    """A run of digits `text` writes more often than `other` does."""
    runs = Counter(_DIGIT_RUN_RE.findall(ascii_digits(text)))
    return bool(runs - Counter(_DIGIT_RUN_RE.findall(ascii_digits(other))))


_DIGIT_RUN_RE = re.compile(r"\d+")


def _measures_added_beside_another(source: str, target: str, source_locale: str, target_locale: str
                                  ) -> tuple[Number, ...]:
    """The translation's measures that repeat a value the source says fewer times, as another thing or
    in another unit (see units.measures_added_beside_another), and in Japanese its counts of times (N回)
    beside a source that counts no times: "Return the thermometers to drawer 3 after rinsing them"
    / "3回すすいでから3番の引き出しに". Dates and times of day are no lengths."""
    source_language, target_language = locale_symbols(source_locale).language, locale_symbols(target_locale).language
    # (The cheap test: the translation writes a run of digits more often than the source, or may
    # say a value again in words, or counts times in Japanese.)
    counts_times = target_language == "ja" and "回" in target
    if not (_more_digit_runs(target, source) or may_have_number_words(target, target_language) or counts_times):
        return ()

    @lru_cache(maxsize=2)
    def undated(text: str, locale: str) -> tuple[Number, ...]:
        moments = read_dates(ascii_digits(text), locale, short_times=True)
        return tuple(number for number in _stated_values(text, locale)
                     if number.kind != "year" and not overlaps(number, moments))
    starts = set(units.measures_added_beside_another(partial(undated, source, source_locale),
                                                    partial(undated, target, target_locale), source, target,
                                                    source_language, target_language))
    if counts_times and _TIMES_COUNTED_RE.search(source) is None:
        source_count = Counter(number.value for number in undated(source, source_locale))
        target_count = Counter(number.value for number in undated(target, target_locale))
        starts.update(number.start for number in undated(target, target_locale)
                      if number.value > 1 and _TIMES_AFTER_RE.match(target, number.end)
                      and target_count[number.value] > source_count[number.value] > 0)
    return tuple(number for number in undated(target, target_locale) if number.start in starts) if starts else ()


# A count of times in Japanese (not 2回目, the second; 3回転, three turns), and the English words
# that count times or name what 回 counts ("5回" is also the fifth inning).
_TIMES_AFTER_RE = re.compile(r"回(?!目|転|線|路|生|戦|忌)")
_TIMES_COUNTED_RE = re.compile(r"(?i)\b(?:once|twice|thrice|times?|rounds?|repeat\w*|reps?|doses?|visits?|sessions?"
                               r"|uses?|innings?|\d+x)\b")


def _stated_values(text: str, locale: str) -> tuple[Number, ...]:
    """Every number `text` states in digits or words, small numbers' stand-ins included (but not the
    articles, "a" / "une": too weak to state a 1)."""
    numbers = read_text(text, locale).numbers
    # (A Russian number word is read as a number and listed as a stand-in too: once. English "one"
    # is no article: it states its 1, "one to two weeks", "one minute".)
    return (*numbers, *(word for word in _weak_words(text, locale)
                        if (word.value != 1 or word.text.lower() == "one" and locale_symbols(locale).language == "en")
                        and not overlaps(word, numbers)))


def _count_said_vaguely(source: str, target: str, target_language: str,
                        target_locale: str) -> tuple[Number, Number] | None:
    """vague_counts' finding for an English source, its cheap tests first (the difference test and the
    whole comparison ask alike)."""
    if not (vague_counts.may_count(source) and vague_counts.may_say_vaguely(target, target_language)):
        return None
    return vague_counts.count_said_vaguely(source, target, target_language, partial(_values_said, target, target_locale))


def _values_said(text: str, locale: str) -> set[Decimal]:
    """The values `text` states in digits, words or quantity words ("a dozen", "両手")."""
    said = {number.value for number in (*_stated_values(text, locale),
                                         *read_quantity_words(text, locale_symbols(locale).language))}
    if _BOTH_SAID_RE.search(text) is not None:  # ("two hands" / "両手", "a pair")
        said.add(Decimal(2))
    return said


# (Asked by the unit comparison and by the lengths of time, of one comparison.)
@lru_cache(maxsize=16)
def _measured_values(target: str, target_locale: str, source: str, source_locale: str) -> tuple[Number, ...]:
    """The translation's stated values but its times of day, when the source states one: "à 2 h 30"
    is no length of two hours."""
    values = _stated_values(target, target_locale)
    if not values or _search_digit(source) is None or not any(
            date.kind == "time" for date in read_dates(ascii_digits(source), source_locale)):
        return values
    times = [date for date in read_dates(ascii_digits(target), target_locale, short_times=True) if date.kind == "time"]
    return tuple(value for value in values if not overlaps(value, times)) if times else values


def _unbounded_ones(source: str) -> list[Number]:
    """The source's counting ones, each if no comparator bounds it ("Limited to one purchase")."""
    return [one for one in ones.counted_ones(source) if comparator(source, one, "en") is None]


# A unit of a million of another ("24.2 megapixels" / "24,2 millions de pixels", "2420万画素").
_MEGA = Decimal(1_000_000)
# ("24.2 effective megapixels")
_MEGA_UNIT_AFTER_RE = re.compile(r"(?:[\x20\u00a0]+[a-z]+)?[\x20\u00a0-]?(?:(?i:mega)[a-z]+|MP\b|Mpx\b)")


def _minus_read_as_a_hyphen(pair: tuple[Number, Number], target: str) -> bool:
    """A negative number of the source whose minus the translation glued to a word, where the reading
    takes a hyphen: "code -1" / "コード-1で"."""
    source_number, target_number = pair
    return (source_number.value < 0 and target_number.value == -source_number.value and target_number.start > 0
            and target[target_number.start - 1] in "-\u2212\uff0d")


# The minus sign a translation types inside a code: "UTC−5" is "UTC-5" (same length, same offsets).
_MINUS_IN_A_CODE_RE = re.compile(r"(?<=[A-Za-z])\u2212(?=\d)")


def _compare_values(source: str, target: str, source_locale: str, target_locale: str) -> NumberComparison:
    if "\u2212" in target:
        target = _MINUS_IN_A_CODE_RE.sub("-", target)
    if "\u2212" in source:  # (and the source's: "UTC−05:00" on both sides)
        source = _MINUS_IN_A_CODE_RE.sub("-", source)
    if not _values_may_differ(source, target, source_locale):
        return _token_bounds(source, target, source_locale, target_locale)
    # The whitespace-separated tokens that hold a digit (C-speed: split, then one search per token).
    source_tokens = list(filter(_search_digit, source.split()))
    target_tokens = list(filter(_search_digit, target.split()))
    if (source_tokens and target_tokens and not may_have_number_words(source, locale_symbols(source_locale).language)
            and not ROMAN_TRIGGER_RE.search(source) and not roman.may_follow_its_noun(source)
            and _same_plain_digits(source_tokens, target_tokens)
            # ("250" / "250 тыс.", "250 mille": the same digits, a scale word added on one side.)
            and not digits.may_scale_a_number(target, target_locale)
            and not digits.may_scale_a_number(source, source_locale)
            and not (may_bound_a_number(source, locale_symbols(source_locale).language)
                     # A range in the translation is read against a comparator of the source only
                     # when their numbers differ: a range on both sides is nearly always the same.
                     and may_bound_a_number(target, locale_symbols(target_locale).language, ranges=False))
            and not names_a_month(source, source_locale) and not names_a_half_day(source)
            and not dates.names_noon_or_midnight(source, source_locale)
            and not bounds.may_bound_a_moment(source, locale_symbols(source_locale).language)
            and not _one_may_be_said_otherwise(source, target, source_locale, target_locale)):
        return _token_bounds(source, target, source_locale, target_locale)
    source_ascii, target_ascii = ascii_digits(source), ascii_digits(target)
    source_dates = read_dates(source_ascii, source_locale) \
        if source_tokens or dates.names_noon_or_midnight(source, source_locale) else ()
    # A translation's dates are read only against the source's: without any there, their digits
    # are compared as numbers and codes, which tells an added date just as well.
    target_has_dates = source_dates and (target_tokens or dates.names_noon_or_midnight(target, target_locale)
                                         or dates.names_a_clock_in_words(target, target_locale))
    target_dates = read_dates(target_ascii, target_locale, short_times=any(date.kind == "time" for date in source_dates),
                              clocks=frozenset(reading for date in source_dates if date.kind == "time"
                                               for reading in date.readings),
                              day_months=any(date.kind == "date" and any(reading[0] is None for reading in date.readings)
                                             for date in source_dates)
                              ) if target_has_dates else ()
    if target_dates and "." in target:
        target_dates = tuple(date for date in target_dates if not _number_the_source_keeps(date, source_ascii, source_dates))
    if target_dates:
        target_dates = tuple(date for date in target_dates if not _hour_the_source_writes_bare(date, source_ascii, source_dates))
        if locale_symbols(target_locale).language == "ja":
            target_dates = dates.later_days_of_the_month(target_ascii, target_dates, source_dates)
            target_dates = dates.with_the_year_said_apart(target_ascii, target_dates, source_dates)
    source_reading = read_text(source, source_locale, not_numbers=tuple((date.start, date.end) for date in source_dates))
    # Number words a translation adds to a source without any number ("both" -> "les deux",
    # "a couple" -> "deux") are rephrasing, not facts; digits are still looked at.
    target_reading = read_text(
        target, target_locale, hint=locale_symbols(source_locale).convention,
        words=bool(source_reading.numbers) or _one_may_be_said_otherwise(source, target, source_locale, target_locale),
        not_numbers=tuple((date.start, date.end) for date in target_dates),
    )
    source_places = digit_runs(source_ascii)
    target_places = digit_runs(target_ascii)
    same_digits = same_runs(source_places, target_places)
    source_free = free_runs(source_places, source_reading.numbers + source_dates)
    target_free = free_runs(target_places, target_reading.numbers + target_dates)
    # Tokens and kinds are only worked out when needed: when the runs differ, or for comparators.
    bounded = may_have_comparator(source, locale_symbols(source_locale).language) and (
        bool(source_free) or _IDENTIFIER_RE.search(source) is not None)
    if not same_digits or bounded:
        source_literals = literals(source_ascii, source, source_free)
        target_literals = literals(target_ascii, target, target_free)
    else:
        source_literals = target_literals = []
    # The same digit runs on both sides: no code lost one (an option reordered is no number error),
    # unless an option or a code stands without its digits, which went elsewhere ("-3" -> "-" and
    # "3ファイル", "FILE2" -> "FILEの" and "2段組").
    if same_digits:
        mismatched_literals = ()
        if source_free and _token_not_kept(source_tokens, target):
            source_literals = source_literals or literals(source_ascii, source, source_free)
            mismatched_literals = lost_in_place(source_literals, target, source)
    else:
        mismatched_literals = compare_literals(
            source_literals, source_places, target_literals, target_places, source, target)
    # A code whose digits all stand in the translation, in another order ("v2.3" / "v3.2"), also
    # when another number is said otherwise ("8 languages" / "huit langues").
    if not mismatched_literals and source_free and any(
            _RUNS_IN_A_TOKEN_RE.search(token) is not None and token.strip(_TOKEN_PUNCTUATION) not in target
            for token in source_tokens):
        source_literals = source_literals or literals(source_ascii, source, source_free)
        target_literals = target_literals or literals(target_ascii, target, target_free)
        mismatched_literals = reordered_codes(source_literals, target_literals, source, target)
    if mismatched_literals:
        mismatched_literals = tuple(mismatch for mismatch in _not_spelled_out(mismatched_literals, source, target,
                                                                                source_locale, target_locale)
                                    if not _a_compound_named_otherwise(mismatch))
    lengths_for_clocks: tuple[durations.Span, ...] = ()
    if source_dates or target_dates:
        mismatched_dates = compare_dates(source_dates, target_dates)
        if any(target_date is None for _, target_date in mismatched_dates):
            lengths_for_clocks = _lengths_written_for_clocks(
                [source_date for source_date, target_date in mismatched_dates if target_date is None
                 and _A_TIME_OF_DAY_BEFORE_RE.search(source, max(0, source_date.start - 10), source_date.start) is None],
                target, target_reading.numbers, locale_symbols(target_locale).language)
        mismatched_literals += tuple(
            LiteralMismatch(_date_literal(source_date), _date_literal(target_date))
            for source_date, target_date in mismatched_dates
            # ("April to October" / "4月から10月": a month the source names in words; "134 min" /
            # "durée : 2 h 14": a length written as a clock; "3:15 (men)" / "3時間15分": a clock
            # read as a length.)
            if not (source_date is None and (dates.month_named_in(target_date, source, source_locale)
                                             or _a_length_the_source_gives(target_date, source, source_reading.numbers,
                                                                           locale_symbols(source_locale).language)))
            and not (target_date is None and any(_clock_seconds(source_date) == span.seconds
                                                 for span in lengths_for_clocks))
            and not (source_date is not None and target_date is not None
                     and dates.next_day_said_inclusively(source_date, target_date, source, target,
                                                         locale_symbols(target_locale).language)))
    literal_bounds = _literal_bounds(source, target, source_literals, target_literals, source_locale,
                                     target_locale) if bounded else ()
    if source_dates and target_dates:
        literal_bounds += _moment_bounds(source_ascii, target_ascii, source_dates, target_dates, source_locale,
                                         target_locale)
    if not source_reading.numbers and not target_reading.numbers and not source_reading.weak:
        if not (mismatched_literals or literal_bounds):
            return _EMPTY_COMPARISON
        return _examples_aside(NumberComparison((), (), (), (), mismatched_literals, literal_bounds),
                               source, target, source_locale, target_locale)
    comparison = compare_readings(
        source_reading, target_reading, source, target, source_locale, target_locale,
        Counter(run[0] for run in source_free), Counter(run[0] for run in target_free), source_dates, target_dates)
    if lengths_for_clocks and comparison.added:
        comparison = replace(comparison, added=tuple(number for number in comparison.added if not any(
            span.start <= number.start and number.end <= span.end for span in lengths_for_clocks)))
    if mismatched_literals or literal_bounds:
        comparison = replace(comparison, literals=mismatched_literals,
                             bounds=tuple(sorted(comparison.bounds + literal_bounds, key=lambda bound: bound.source.start)))
    return _examples_aside(comparison, source, target, source_locale, target_locale)


# "fully electric" / "100 % électrique", "all files" / "100 % des fichiers".
_WHOLE_SAID_RE = re.compile(r"(?i)\b(?:fully|entirely|completely|totally|wholly|all)\b")
# Japanese counts what is beyond the source's count from the next one: "up to 6 free withdrawals;
# each additional one" / "7回目以降", "your second card is free; each additional card" / "3枚目以降".
_NTH_ONWARD_RE = re.compile(r"(?:[回枚人台件個本名着]目|番目)以降")


def _the_next_after_the_source_count(number: Number, target: str, source_values: set[Decimal], source: str,
                                     source_locale: str) -> bool:
    return _NTH_ONWARD_RE.match(target, number.end) is not None and (
        number.value - 1 in source_values
        or any(word.value == number.value - 1 and not is_article(word.text, locale_symbols(source_locale).language)
               for word in _weak_words(source, source_locale)))


# Values whose digits all stay when they are written wrongly, so that only their form tells: a
# version with its parts in another order ("2.3.1" / "3.2.1") or without its trailing zero ("3.10" /
# "3.1": not a decimal), a size with its sides swapped ("1920 × 1080" / "1080 × 1920"), an exponent
# that lost its sign ("1e-6" / "1e6"). Each kind: the source's pattern, and where the translation
# writes it wrongly (the wrong form and its place), or None.
# (A version of three or more parts is not a German-style grouped number, "1.000.000"; its edges
# are ASCII, as Japanese glues its words to it, "バージョン1.2.0以降".)
_VERSION_RE = re.compile(r"(?<![A-Za-z0-9_.])[vV]?(?!\d{1,3}(?:\.\d{3}){2,}(?![\d.]))\d+(?:\.\d+){2,}"
                         r"(?![A-Za-z0-9_]|\.[A-Za-z0-9])")


def _reordered(match: re.Match[str], target: str) -> tuple[str, int] | None:
    version = match.group().lstrip("vV")
    written = [(other.group().lstrip("vV"), other.start()) for other in _VERSION_RE.finditer(target)]
    if any(text == version for text, _ in written):
        return None
    parts = sorted(version.split("."))
    return next(((text, start) for text, start in written if sorted(text.split(".")) == parts), None)


def _written_in_one_of(forms: Callable[[re.Match[str]], tuple[str, ...]]):
    """A finder of the first of `forms` the translation writes, unless it writes the source's own."""
    def find(match: re.Match[str], target: str) -> tuple[str, int] | None:
        if _written_as(match.group().replace(" ", ""), target) is not None:
            return None
        return next(((form, where) for form in forms(match) if (where := _written_as(form, target)) is not None), None)
    return find


_LITERAL_FORMS = (
    ("version", _VERSION_RE, _reordered),
    ("size", re.compile(r"(?<![\w.,])(\d+) ?[×xX] ?(\d+)(?![\w.,]\d|\w)"),
     _written_in_one_of(lambda match: (match.group(2) + "×" + match.group(1),))),
    # (Not an amount of money, "$3.60" / "3.6ドル".)
    ("version", re.compile(r"(?<![\w.,$€£¥₽₹])(\d+)\.(\d*0)(?![\w.,]?\d)(?![\x20\u00a0]?[$€£¥₽₹])"),
     _written_in_one_of(lambda match: (match.group(1) + "." + match.group(2).rstrip("0"),)
                        if match.group(2).rstrip("0") else ())),
    ("number", re.compile(r"(?<![\w.,])(\d+(?:\.\d+)?)[eE]([-+]?)(\d+)(?!\w)"),
     _written_in_one_of(lambda match: tuple(match.group(1) + e + sign + match.group(3) for e in "eE"
                                            for sign in ("", "-", "+") if sign != match.group(2)))),
)
_LITERAL_FORM_TRIGGERS = re.compile(r"\d\.\d+\.\d|\d ?[×xX] ?\d|\d\.\d*0(?![\w.,]?\d)|\d[eE][-+]?\d")


def _literals_written_otherwise(source: str, target: str, known: tuple[LiteralMismatch, ...]
                                ) -> tuple[LiteralMismatch, ...]:
    """The source's versions, sizes and exponents that the translation writes not as they are but in
    a wrong form of _LITERAL_FORMS, where their digits are all there."""
    reported = {mismatch.source.start for mismatch in known if mismatch.source is not None}
    found = []
    for kind, pattern, written_wrongly in _LITERAL_FORMS:
        for match in pattern.finditer(source):
            written = match.group()
            wrong = None if match.start() in reported else written_wrongly(match, target)
            if wrong is not None:
                form, where = wrong
                found.append(LiteralMismatch(Literal(written, written, match.start(), match.end(), kind),
                                             Literal(form, form, where, where + len(form), kind)))
    return tuple(found)


def _written_as(form: str, text: str) -> int | None:
    """Where `form` stands in `text` as a whole token (spaces around "×" optional), or None."""
    pattern = re.sub(r"\\?[×xX]", " ?[×xX] ?", re.escape(form)) if re.fullmatch(r"\d+[×xX]\d+", form) else re.escape(form)
    # (ASCII edges: Japanese glues its words to it, "残差が1e-8に".)
    found = re.search(r"(?<![A-Za-z0-9_.,])" + pattern + r"(?![A-Za-z0-9_]|[.,]\d)", text)
    return None if found is None else found.start()


_LEADING_DIGITS_RE = re.compile(r"\d+[^\W\d_]+")


# A count in an English compound adjective: "two-factor", "three-step", "four-eyes" (the reading of
# words holds it weak: "two-way" is "bidirectionnel" as often).
_COUNT_IN_A_COMPOUND_RE = re.compile(
    r"(?i)(?<![\w-])(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)-(?!(?:thirds?|quarters?|fifths?"
    r"|halves|tenths?)(?![\w-]))[a-z]+")


def _compound_count_changed(found: re.Match[str], source: str, target: str, source_locale: str,
                            target_locale: str) -> tuple[Number, Number] | None:
    """The count of a compound adjective (`found` in `source`: "two-factor") that the translation states
    as another count ("Drei-Faktor", "三要素", "à trois facteurs") and nowhere as its own."""
    value = quantity_words.small_cardinal("en", found.group(1))
    if value is None:
        return None
    source_values = {number.value for number in _stated_values(source, source_locale)} | {value}
    target_numbers = _stated_values(target, target_locale)
    said = sum(number.value == value for number in target_numbers)
    # (Each compound of the source said: "Two-factor ... Enable two-factor" / "Двухфакторная ... многофакторную".)
    if said >= sum(quantity_words.small_cardinal("en", other.group(1)) == value
                   for other in _COUNT_IN_A_COMPOUND_RE.finditer(source)):
        return None
    others = [] if said else [number for number in target_numbers
                              if 2 <= number.value <= 12 and number.value not in source_values]
    if not others and (vague := _compound_said_vaguely_re(locale_symbols(target_locale).language)) is not None and (
            said := vague.search(target)) is not None:
        # ("à plusieurs facteurs", "Multi-Factor", "однофакторную", "多段階": many or one, not the count.)
        return (Number(value, found.group(1), found.start(1), found.end(1), "word"),
                Number(Decimal(1 if said.group("one") else 0), said.group(), said.start(), said.end(), "word"))
    if len(others) != 1:
        return None
    return Number(value, found.group(1), found.start(1), found.end(1), "word"), others[0]


# A compound's count said as many or as one, per language: (many, one), each glued to a noun as the
# compound is ("à plusieurs facteurs", "Multi-Factor", "многофакторную"; not a "plusieurs" anywhere).
_COMPOUND_SAID_VAGUELY = {
    "fr": (r"à\s+plusieurs\s+[^\W\d_]+|multi-[^\W\d_]+|multifact\w*", r"à\s+un\s+(?:seul\s+)?facteur|mono-[^\W\d_]+|monofact\w*"),
    "de": (r"mehrstufig\w*|Mehr-?Faktor\w*|Multi-[^\W\d_]+|Multifaktor\w*", r"einstufig\w*|Ein-Faktor\w*|Single-[^\W\d_]+"),
    "es": (r"de\s+múltiples\s+[^\W\d_]+|multi-[^\W\d_]+|multifactor\w*", r"de\s+un\s+(?:solo\s+)?factor|monofactor\w*"),
    "ru": (r"многофактор\w*|многоэтап\w*|многоступенчат\w*|мульти\w*", r"однофактор\w*|одноэтап\w*|одноступенчат\w*"),
    "ja": (r"多段階|多要素", r"一段階|一要素|1段階|1要素"),
}


@lru_cache(maxsize=None)
def _compound_said_vaguely_re(language: str) -> re.Pattern[str] | None:
    if language not in _COMPOUND_SAID_VAGUELY:
        return None
    many, one = _COMPOUND_SAID_VAGUELY[language]
    edge, end = (r"", r"") if language == "ja" else (r"(?<![\w-])", r"(?![\w])")
    return re.compile(rf"(?i){edge}(?:(?P<many>{many})|(?P<one>{one})){end}")


# "first" turned into "last" ("Choose a network at first" / "zuletzt", "最後に"): the words for the first
# and the last of a series, per language.
_FIRST_RE = re.compile(r"(?i)(?<![\w-])first(?![\w-])")
_ANY_END_RE = re.compile(r"(?i)(?<![\w-])(?:last|latest|final|finally|end|ends|ending|recent|newest|previous|lately)(?![\w-])")
_FIRST_WORDS = {
    "fr": (r"premi(?:er|ère|ers|ères)|d['’]abord|1(?:er|re|ère)", r"derni(?:er|ère|ers|ères)|en\s+dernier"),
    "de": (r"erst\w*|zuerst|1\.", r"letzt\w*|zuletzt"),
    "es": (r"primer\w*|1\.?[ºª]", r"últim[oa]s?|por\s+último"),
    "ru": (r"перв\w*|сначала|сперва|1-?[йяеоm]\w*", r"последн\w*"),
    "ja": (r"最初|初|はじめ|まず|第一|第1|１|1番目|一番目|一つ目|1つ目|先頭", r"最後|最終(?!的)|末尾"),
}


@lru_cache(maxsize=None)
def _first_words_res(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    first, last = _FIRST_WORDS[language]
    if language == "ja":
        return re.compile(first), re.compile(last)
    return re.compile(rf"(?i)(?<![\w-])(?:{first})"), re.compile(rf"(?i)(?<![\w-])(?:{last})(?![\w-])")


def _first_said_last(said_first: re.Match[str], source: str, target: str, target_language: str) -> ExtremeSwap | None:
    """The source's "first" (`said_first`: of a series, a step) that the translation says as the last,
    where it says no first and the source names no end of anything."""
    return _end_said_as_the_other(said_first, source, target, target_language, "first")


def _end_said_as_the_other(said: re.Match[str], source: str, target: str, target_language: str,
                           end: str) -> ExtremeSwap | None:
    """The source's first or last (`end`) that the translation says as the other end, where it says no
    end of its own kind and the source names no end of the other kind."""
    if (_ANY_END_RE if end == "first" else _ANY_START_RE).search(source) is not None:
        return None
    first, last = _first_words_res(target_language)
    own, other = (first, last) if end == "first" else (last, first)
    said_other = other.search(target)
    if said_other is None or own.search(target) is not None:
        return None
    return ExtremeSwap(said.group(), said_other.group(), end, "last" if end == "first" else "first")


# "last" of a series ("Go to last tab"), not "last name", "at last", "last but not least" nor a span
# ("last 3 days", "last week", which translations say with "past" or "recent" words too).
_LAST_RE = re.compile(r"(?i)(?<![\w-])(?<!at\s)last(?![\w-])(?!\s+(?:name|names|but|resort|minute|night|week|weeks|month"
                      r"|months|year|years|time|day|days|hour|hours))")
_ANY_START_RE = re.compile(r"(?i)(?<![\w-])(?:first|earliest|initial|initially|start|starts|starting|begin\w*|oldest"
                           r"|1st)(?![\w-])")
_SECOND_TO_LAST_RE = re.compile(r"(?i)penultimate|second[- ](?:to[- ])?last|next[- ]to[- ]last|last\s+but\s+one")
_SECOND_TO_LAST_RES = {language: re.compile(("" if language == "ja" else r"(?i)(?<![\w-])") + words)
                       for language, words in (("fr", r"avant-derni(?:er|ère|ers|ères)"), ("de", r"vorletzt\w*"),
                                               ("es", r"penúltim[oa]s?"), ("ru", r"предпоследн\w*"),
                                               ("ja", r"最後から[2２二]番目"))}


def _last_said_otherwise(said_last: re.Match[str], source: str, target: str,
                         target_language: str) -> ExtremeSwap | None:
    """The source's "last" (of a series: "Go to last tab") that the translation says as the first
    ("Zum ersten Reiter") or the second to last ("penúltimo"), where it says no last and the source
    names no start of anything."""
    second_to_last = _SECOND_TO_LAST_RES[target_language].search(target)
    if second_to_last is not None and _SECOND_TO_LAST_RE.search(source) is None:
        return ExtremeSwap(said_last.group(), second_to_last.group(), "last", "second to last")
    return _end_said_as_the_other(said_last, source, target, target_language, "last")


def _with_bounds_of_one(comparison: NumberComparison, source: str, target: str, source_language: str,
                        target_language: str) -> NumberComparison:
    """The bounds on one in words compared as phrases ("at least one" / "au plus un"), where nothing else
    was found (one mistake, one finding); phrases that agree clear the bounds found on the word "one"
    alone, which see no negation ("not more than one" / "не может ... более одной")."""
    bounded_one = one_bounds.one_bounds_changed(source, target, source_language, target_language)
    if bounded_one is None:
        return comparison
    if comparison.ok or not bounded_one and comparison.bounds and all(
            bound.source.value == 1 and bound.source.kind == "word" for bound in comparison.bounds):
        return replace(comparison, bounds=bounded_one)
    return comparison


def _a_compound_named_otherwise(mismatch: LiteralMismatch) -> bool:
    """A chemical formula one side writes and the other names otherwise ("CO2" / "dioxyde de carbone")."""
    return (mismatch.source is None) != (mismatch.target is None) and codes.names_a_compound(
        (mismatch.source or mismatch.target).text)


def _not_spelled_out(mismatches: tuple[LiteralMismatch, ...], source: str, target: str, source_locale: str,
                     target_locale: str) -> tuple[LiteralMismatch, ...]:
    """Without the codes one text writes and the other spells out, their number in words: "2FA" /
    "двухфакторная", "Zwei-Faktor", "二要素"; "3way" / "a tre vie"; "3D" / "Тривимірна"; and the
    other way, "two-factor authentication" / "autenticación de dos factores (2FA)"."""
    lost = [mismatch for mismatch in mismatches if mismatch.target is None and mismatch.source is not None
            and _LEADING_DIGITS_RE.fullmatch(mismatch.source.text)]
    new = [mismatch for mismatch in mismatches if mismatch.source is None and mismatch.target is not None
           and _LEADING_DIGITS_RE.fullmatch(mismatch.target.text)]
    if lost:
        said_in_target = _values_said_in_words(target, target_locale)
        lost = [mismatch for mismatch in lost if Decimal(mismatch.source.digits) in said_in_target]
    if new:
        said_in_source = _values_said_in_words(source, source_locale)
        new = [mismatch for mismatch in new if Decimal(mismatch.target.digits) in said_in_source]
    return tuple(mismatch for mismatch in mismatches if mismatch not in lost and mismatch not in new)


def _values_said_in_words(text: str, locale: str) -> set[Decimal]:
    said = {word.value for word in _weak_words(text, locale)}
    said.update(number.value for number in
                read_number_words(mask_non_quantities(text), text, locale_symbols(locale).language).numbers)
    return said


def _examples_aside(comparison: NumberComparison, source: str, target: str, source_locale: str,
                    target_locale: str) -> NumberComparison:
    """Findings between an example of the source and another example in the translation are
    dropped: the translator shows what their locale prints ("(e.g., 12/31/99)" / "(z. B. 18.11.2005)")."""
    if not (comparison.missing or comparison.added or comparison.changed or comparison.literals):
        return comparison
    source_spans = example_spans(source, locale_symbols(source_locale).language)
    target_spans = example_spans(target, locale_symbols(target_locale).language) if source_spans else ()
    if not target_spans:
        return comparison
    swapped = {(source_span, target_span) for source_span in source_spans for target_span in target_spans
               if localised(source, source_span, target, target_span)}
    if not swapped:
        return comparison

    def aside(source_item, target_item) -> bool:
        source_span = span_at(source_item.start, source_spans) if source_item is not None else None
        target_span = span_at(target_item.start, target_spans) if target_item is not None else None
        if source_item is not None and source_span is None or target_item is not None and target_span is None:
            return False
        return any((source_span is None or pair[0] == source_span) and (target_span is None or pair[1] == target_span)
                   for pair in swapped)

    return replace(
        comparison,
        missing=tuple(number for number in comparison.missing if not aside(number, None)),
        added=tuple(number for number in comparison.added if not aside(None, number)),
        changed=tuple(pair for pair in comparison.changed if not aside(*pair)),
        literals=tuple(mismatch for mismatch in comparison.literals if not aside(mismatch.source, mismatch.target)),
    )


# A token no dictionary holds, the same on both sides: a placeholder ("{max}", "%(limit)d", "%d"; a
# bare "%s" is as often a name as a quantity, and in nearly every message) or
# an identifier in camelCase or with an underscore ("maxIOPS", "max_size"). Codes with digits are
# literals.py's.
_VALUE_PLACEHOLDER = (r"\{[^\W\d][\w.]*\}|\{[$%#]?[^{}\d\s][^{}]{0,60}?[$%#]?\}"
                      r"|%\([A-Za-z_]\w*\)[-+#0 ]*\d*(?:\.\d+)?[sdiufeEgG]|%(?:\d+\$)?[-+#0 ]*\d*(?:\.\d+)?(?:l|ll|z|j)?[diufeEgG]")
_IDENTIFIER_RE = re.compile(
    _VALUE_PLACEHOLDER +
    r"|(?<![\w%{$-])(?=[A-Za-z]*[a-z][A-Z]|[A-Za-z]\w*_)[A-Za-z_]\w*(?![\w}])")


# A placeholder of a count or a value ("%d", "%(n)s", "{count}", "%.1f"; not "%s", as often a name): a
# comparator that a translation adds to it or drops changes the count as a number's would ("%(n)s
# containers" / "plus de %(n)s conteneurs").
_COUNT_PLACEHOLDER_RE = re.compile(_VALUE_PLACEHOLDER)


def _count_placeholders(text: str) -> tuple[Number, ...]:
    return tuple(Number(Decimal(0), found.group(), found.start(), found.end(), "placeholder")
                 for found in _COUNT_PLACEHOLDER_RE.finditer(text))


def _placeholder_text(number: Number) -> str:
    return number.text


def _identifiers(text: str) -> list[Literal]:
    return [Literal(found.group(), "", found.start(), found.end(), "identifier")
            for found in _IDENTIFIER_RE.finditer(text)]


def _may_bound_a_token(text: str, language: str) -> bool:
    """The cheap test for _literal_bounds without digits: an identifier or placeholder, and a comparator."""
    return may_have_comparator(text, language) and _IDENTIFIER_RE.search(text) is not None


def _literal_bounds(source: str, target: str, source_literals: list[Literal], target_literals: list[Literal],
                    source_locale: str, target_locale: str) -> tuple[BoundMismatch, ...]:
    """The same code, version, identifier or placeholder bounded the other way ("DD2.0 or higher" /
    "DD2.0 ou inférieur", "less than maxIOPS" / "größer als maxIOPS", "fewer than {max}" / "{max} 文字超")."""
    source_language = locale_symbols(source_locale).language
    if not may_have_comparator(source, source_language):
        return ()
    # Only identifiers the source bounds are looked for in the translation.
    bounded = [literal for literal in _identifiers(source)
               if (bound := comparator(source, literal, source_language)) is not None
               and not bounds.names_an_extreme(bound, source_language)]
    source_literals = source_literals + bounded
    if not source_literals:
        return ()
    target_literals = target_literals + (_identifiers(target) if bounded else [])
    # The k-th mention of a code on one side goes with its k-th mention on the other.
    def mentions(items: list[Literal]) -> dict[tuple[str, int], Literal]:
        found, seen, counts = {}, set(), {}
        for literal in items:
            if literal.start in seen:
                continue
            seen.add(literal.start)
            key = literal.text.casefold()
            counts[key] = counts.get(key, 0) + 1
            found[(key, counts[key])] = literal
        return found

    target_mentions = mentions(target_literals)
    pairs = [(_as_number(literal), _as_number(target_mentions[key]))
             for key, literal in mentions(source_literals).items() if key in target_mentions]
    return _opposite_bounds(pairs, source, target, source_locale, target_locale,
                            key=lambda number: number.text.casefold())


def _frequencies_said_otherwise(comparison: NumberComparison, source: str, target: str, source_language: str,
                                target_language: str) -> NumberComparison:
    """The comparison without the numbers of a frequency said with other numbers and the same value
    ("every three months" / "cuatro veces al año")."""
    source_spans, target_spans = frequencies.agreeing_spans(source, target, source_language, target_language)
    if not source_spans:
        return comparison

    def inside(number: Number, spans: list[tuple[int, int]]) -> bool:
        return any(start <= number.start and number.end <= end for start, end in spans)

    return replace(comparison,
                   changed=tuple(pair for pair in comparison.changed
                                 if not (inside(pair[0], source_spans) and inside(pair[1], target_spans))),
                   missing=tuple(number for number in comparison.missing if not inside(number, source_spans)),
                   added=tuple(number for number in comparison.added if not inside(number, target_spans)))


_DOTTED_DAY_MONTH_RE = re.compile(r"\d{1,2}\.\d{1,2}\.?")


def _hour_the_source_writes_bare(date: DateReading, source: str, source_dates: tuple[DateReading, ...]) -> bool:
    """A whole hour of the translation that the source writes as a bare number, no time of its own:
    "Monday to Friday 8–12, Thursday also 3–6 p.m." / "Mo.–Fr. 8–12 Uhr, Do. 15–18 Uhr"."""
    if date.kind != "time" or not date.readings or any(reading[1] != 0 for reading in date.readings):
        return False
    if any(other.kind == "time" and other.readings & date.readings for other in source_dates):
        return False  # (the source's own time: "after 6 p.m." / "à partir de 18 h", whatever "aged 18" says)
    for hour in {reading[0] for reading in date.readings}:
        for found in re.finditer(rf"(?<![\d.,:]){hour}(?![\d]|[.,:]\d)", source):
            if not any(other.start <= found.start() < other.end for other in source_dates):
                return True
    return False


def _number_the_source_keeps(date: DateReading, source: str, source_dates: tuple[DateReading, ...]) -> bool:
    """A dotted day and month of the translation that the source writes as it is, as no date: "Room
    4.12" / "Raum 4.12" is no 4 December."""
    if date.kind != "date" or _DOTTED_DAY_MONTH_RE.fullmatch(date.text) is None:
        return False
    written = date.text.rstrip(".")
    if re.search(rf"(?<![\d.,]){re.escape(written)}(?![\d]|[.,]\d)", source) is None:
        return False
    return not any(other.start <= source.find(written) < other.end for other in source_dates)


def _moment_bounds(source: str, target: str, source_dates: tuple[DateReading, ...],
                   target_dates: tuple[DateReading, ...], source_locale: str,
                   target_locale: str) -> tuple[BoundMismatch, ...]:
    """The same date or time of day bounded the other way: "before 6 p.m." / "nach 18 Uhr", "by 1 May"
    / "después del 1 de mayo"."""
    source_language, target_language = locale_symbols(source_locale).language, locale_symbols(target_locale).language
    found = []
    left = list(target_dates)
    for date in source_dates:
        partner = next((other for other in left if other.kind == date.kind and other.readings & date.readings), None)
        if partner is None:
            continue
        left.remove(partner)
        source_bound = bounds.moment_comparator(source, date, source_language)
        target_bound = bounds.moment_comparator(target, partner, target_language) if source_bound else None
        if target_bound is not None and _comparable(source_bound, target_bound, target, target_language, partner.start):
            found.append(BoundMismatch(_moment_as_number(date), _moment_as_number(partner), source_bound.text,
                                       target_bound.text, source_bound.direction, target_bound.direction))
    return tuple(found)


def _moment_as_number(date: DateReading) -> Number:
    return Number(Decimal(0), date.text, date.start, date.end, date.kind)


def _token_bounds(source: str, target: str, source_locale: str, target_locale: str) -> NumberComparison:
    """For a pair whose values cannot differ: an identifier or placeholder bounded the other way."""
    if not _may_bound_a_token(source, locale_symbols(source_locale).language):
        return _EMPTY_COMPARISON
    found = _literal_bounds(source, target, [], [], source_locale, target_locale)
    return NumberComparison((), (), (), (), (), found) if found else _EMPTY_COMPARISON


def _date_literal(date: DateReading | None) -> Literal | None:
    return None if date is None else Literal(date.text, date.shown, date.start, date.end, date.kind)


def _as_number(literal: Literal) -> Number:
    return Number(Decimal(literal.digits or 0), literal.text, literal.start, literal.end, literal.kind)


@lru_cache(maxsize=None)
def _number_word_test(locale: str) -> Callable[[str], bool]:
    return number_word_test(locale_symbols(locale).language)


@lru_cache(maxsize=None)
def _quantity_word_test(locale: str) -> Callable[[str], bool]:
    return quantity_word_test(locale_symbols(locale).language)


_CAPITALS_RE = re.compile(r"[A-Z]{2}")


@lru_cache(maxsize=None)
def _word_test(locale: str) -> Callable[[str], bool]:
    """For a text without a digit: _number_word_test or _quantity_word_test, with one split of the
    text and one set lookup for both when the number words are a vocabulary (a text without "-" or
    "/" splits the same for both)."""
    number_test, quantity_test = _number_word_test(locale), _quantity_word_test(locale)
    language = locale_symbols(locale).language
    number_words = number_word_vocabulary(language)
    if number_words is None:
        return lambda text: number_test(text) or quantity_test(text)
    quantity_words = quantity_word_vocabulary(language)
    # An identifier or placeholder bounded ("less than maxIOPS") is looked for after these words only.
    bound_words = bounds.token_bound_words(language)
    number_or_quantity_words = number_words | quantity_words
    either = number_or_quantity_words | bound_words  # (each union of these 45,000 words costs milliseconds)

    def bounds_a_token(words: list[str], text: str) -> bool:
        return (not bound_words.isdisjoint(words) and _IDENTIFIER_RE.search(text) is not None
                and _may_bound_a_token(text, language))

    def test(text: str) -> bool:
        # The text has no digit (may_differ asks only then): no ordinal in digits ("5th") either,
        # so the quantity test passes only with one of its words.
        if _CAPITALS_RE.search(text) is not None:  # "HOURLY": the rates' and words' readers ignore case
            text += " " + text.lower()
        words = text.split()
        if either.isdisjoint(words):
            words = split_words(text, words)
        if "-" not in text and "/" not in text:
            if either.isdisjoint(words):
                return False
            if number_or_quantity_words.isdisjoint(words):  # a comparator's word only
                return _IDENTIFIER_RE.search(text) is not None and _may_bound_a_token(text, language)
        elif quantity_words.isdisjoint(words):
            return (number_test(text) or bounds_a_token(words, text)
                    or not quantity_words.isdisjoint(joined_words_apart(text)) and quantity_test(text))
        return number_test(text) or quantity_test(text) or bounds_a_token(words, text)

    return test
