"""The days of the week by their names: "on Tuesday" / "el jueves", "closed on Mondays" / "по
воскресеньям закрыт" name another day, as a changed date does.

The names are CLDR's (wide, in every context), with the forms each language inflects them into where
this module knows them: plurals ("Mondays", "lundis", "sábados"), German's adverb ("montags"), the
Slavic cases ("в среду", "по пятницам", "w środę"); Japanese's 月曜 with or without 日.
"""

from __future__ import annotations

import datetime
import re
from decimal import Decimal
from functools import lru_cache

from i18n.numbers.model import Number
from i18n.numbers.symbols import locale_symbols

# Each day from Monday, as stems and the endings they take (a stem alone is a form too).
_INFLECTED = {
    "ru": ("понедельник(?:а|у|ом|е|и|ов|ам|ами|ах)?", "вторник(?:а|у|ом|е|и|ов|ам|ами|ах)?",
           "сред(?:а|у|ы|е|ой|ам|ами|ах)", "четверг(?:а|у|ом|е|и|ов|ам|ами|ах)?",
           "пятниц(?:а|у|ы|е|ей|ам|ами|ах)", "суббот(?:а|у|ы|е|ой|ам|ами|ах)",
           "воскресень(?:е|я|ю|ем|и|ям|ями|ях)"),
    "uk": ("понеділ(?:ок|ка|ку|ком|ки|ків|кам|ками|ках)", "вівтор(?:ок|ка|ку|ком|ки|ків|кам|ками|ках)",
           "серед(?:а|у|и|ою|ам|ами|ах)", "четвер(?:га|гу|гом|ги|гів|гам|гами|гах)?",
           "п[ʼ'’]ятниц(?:я|ю|і|ею|ям|ями|ях)", "субот(?:а|у|и|ою|ам|ами|ах)", "неділ(?:я|ю|і|ею|ям|ями|ях)"),
    "pl": ("poniedział(?:ek|ku|kiem|ki|ków|kami|kach)", "wtor(?:ek|ku|kiem|ki|ków|kami|kach)",
           "środ(?:a|y|ę|zie|ą|ami|ach)", "czwart(?:ek|ku|kiem|ki|ków|kami|kach)",
           "piąt(?:ek|ku|kiem|ki|ków|kami|kach)", "sobot(?:a|y|ę|cie|ą|ami|ach)", "niedziel(?:a|i|ę|ą|e|ami|ach)"),
    # 月曜, 月曜日: the day's kanji before 曜 (第1月曜日 is the first Monday, not January).
    "ja": ("月曜日?", "火曜日?", "水曜日?", "木曜日?", "金曜日?", "土曜日?", "日曜日?"),
}
# The endings added to CLDR's names: plurals, and German's "montags" and "Montagen".
_ENDINGS = {"en": "s?", "fr": "s?", "es": "s?", "de": "(?:s|e|en)?"}
# English names only with their capital: "sun" is no Sunday, "Mon" is not tried.
_CASE_SENSITIVE = frozenset({"en"})
_NIGHT_AFTER_RE = re.compile(r"[ \u00a0]night", re.IGNORECASE)


@lru_cache(maxsize=None)
def _weekday_re(locale: str) -> re.Pattern[str] | None:
    language = locale_symbols(locale).language
    stems = _INFLECTED.get(language)
    if stems is None:
        from babel.dates import get_day_names

        try:
            names = get_day_names("wide", context="format", locale=locale)
        except Exception:  # an unknown locale
            return None
        ending = _ENDINGS.get(language, "")
        stems = tuple(re.escape(names[day] if language in _CASE_SENSITIVE else names[day].lower()) + ending
                      for day in range(7))
        if language == "de":  # ("an Sonn- und Feiertagen": the day's name cut before a compound's "und".)
            stems = tuple(rf"(?:{stem}|{re.escape(names[day][:-3].lower())}-(?=\s+(?:und|oder|bis)\s))"
                          if names[day].endswith("tag") else stem for day, stem in enumerate(stems))
    groups = "|".join(f"(?P<d{day}>{stem})" for day, stem in enumerate(stems))
    flags = 0 if language in _CASE_SENSITIVE else re.IGNORECASE
    if language == "ja":
        return re.compile(groups)
    return re.compile(rf"(?<![^\W\d_])(?:{groups})(?![^\W\d_])", flags)


def _weekdays_named(text: str, locale: str) -> list[tuple[int, int, int]]:
    """(day from 0 for Monday, start, end) of each day of the week `text` names."""
    weekday_re = _weekday_re(locale)
    if weekday_re is None:
        return []
    return [(int(match.lastgroup[1:]), match.start(), match.end()) for match in weekday_re.finditer(text)]


def weekdays_named(text: str, locale: str) -> frozenset[int]:
    """The days of the week `text` names, from 0 for Monday."""
    return frozenset(day for day, _, _ in _weekdays_named(text, locale))


# Languages that write a day of the week with its number ("2ª feira", "thứ 2", "周六"): only there
# may a digit stand for a weekday's name.
_DAYS_NUMBERED = frozenset({"pt", "vi", "zh"})


def numbers_no_weekday(language: str) -> bool:
    """A digit of `language` never stands for a day of the week: Japanese says 火曜日 where Chinese
    says 星期二, so "Tuesday" does not excuse a 2 in Japanese ("2枚で" for "any pizza on Tuesday"),
    nor "Saturday" a 6 in German ("in 6 Stunden")."""
    return language not in _DAYS_NUMBERED


def may_name_a_weekday(text: str, locale: str) -> bool:
    """The cheap test of weekdays_changed: for English, "day" is in every name."""
    if locale_symbols(locale).language == "en" and "day" not in text:
        return False
    weekday_re = _weekday_re(locale)
    return weekday_re is not None and weekday_re.search(text) is not None


def weekdays_changed(source: str, target: str, source_locale: str,
                     target_locale: str) -> list[tuple[tuple[int, int, int], tuple[int, int, int]]]:
    """The days of the week the source names that the translation names as other days, each as
    (day, start, end) of both texts; nothing where either names none."""
    source_days = _weekdays_named(source, source_locale)
    if not source_days:
        return []
    left = _weekdays_named(target, target_locale)
    unmatched = []
    for day in source_days:
        # "Thursday night" is "die Nacht zum Freitag", "la nuit de jeudi à vendredi": either day.
        days = {day[0], (day[0] + 1) % 7} if _NIGHT_AFTER_RE.match(source, day[2]) else {day[0]}
        partner = next((other for other in left if other[0] in days), None)
        if partner is None:
            unmatched.append(day)
        else:
            left.remove(partner)
    return list(zip(unmatched, left))


def warm(locale: str) -> None:
    """Build now the pattern of `locale`'s days (see compare.warm)."""
    _weekday_re(locale)


# A day by its rank in the month: "the first Tuesday", "le troisième mardi", "am zweiten Sonntag",
# "el primer lunes", "в последний вторник", "第1火曜日". A translation that ranks it otherwise moves
# every date of it (the last is -1).
_RANKS = {
    "en": (r"(?P<r>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+",
           {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "last": -1}),
    "fr": (r"(?P<r>premier|1er|deuxième|second|2e|troisième|3e|quatrième|4e|dernier)\s+",
           {"premier": 1, "1er": 1, "deuxième": 2, "second": 2, "2e": 2, "troisième": 3, "3e": 3, "quatrième": 4,
            "4e": 4, "dernier": -1}),
    "de": (r"(?P<r>erste[nmrs]?|zweite[nmrs]?|dritte[nmrs]?|vierte[nmrs]?|letzte[nmrs]?|[1-4]\.)\s+",
           {"erste": 1, "1.": 1, "zweite": 2, "2.": 2, "dritte": 3, "3.": 3, "vierte": 4, "4.": 4, "letzte": -1}),
    "es": (r"(?P<r>primer|segundo|tercer|cuarto|último)\s+",
           {"primer": 1, "segundo": 2, "tercer": 3, "cuarto": 4, "último": -1}),
    "ru": (r"(?P<r>перв\w+|втор\w+|трет\w+|четв[её]рт\w+|последн\w+)\s+",
           {"перв": 1, "втор": 2, "трет": 3, "четв": 4, "послед": -1}),
    "ja": (r"(?:第(?P<r>[1-4１-４一二三四])|(?P<last>最終))", {"1": 1, "１": 1, "一": 1, "2": 2, "２": 2, "二": 2,
                                                              "3": 3, "３": 3, "三": 3, "4": 4, "４": 4, "四": 4}),
}


_RANK_HINT_RE = re.compile(r"[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ll]ast|[1-4](?:st|nd|rd|th)")
_EVERY_DAY_HINT_RE = re.compile(r"aily|[Ee](?:very|ach) day|days a week|eekday|Monday|working day|business day")


def may_rank_a_weekday(text: str) -> bool:
    """The cheap test of an English source for rank_changed: a word of rank."""
    return _RANK_HINT_RE.search(text) is not None


def may_say_every_day_or_working_days(text: str) -> bool:
    """The cheap test of an English source for every_day_changed."""
    return _EVERY_DAY_HINT_RE.search(text) is not None


def _rank(word: str, table: dict[str, int]) -> int | None:
    word = word.lower()
    if word in table:
        return table[word]
    stem = word.rstrip("nmrs") if word[:1].isascii() else word
    return table.get(stem) or next((rank for key, rank in table.items() if len(key) >= 4 and word.startswith(key)), None)


def _ranked_days(text: str, locale: str) -> list[tuple[int, int, int, int]]:
    """(rank, day, start, end) of each day of the week `text` names by its rank in the month."""
    language = locale_symbols(locale).language
    ranks = _RANKS.get(language)
    if ranks is None:
        return []
    before = re.compile(rf"(?i)(?<![^\W\d_]){ranks[0]}$" if language != "ja" else rf"{ranks[0]}$")
    found = []
    for day, start, end in _weekdays_named(text, locale):
        rank = before.search(text, max(0, start - 16), start)
        if rank is None:
            continue
        if rank.groupdict().get("last"):
            value = -1
        else:
            value = _rank(rank.group("r"), ranks[1])
        if value is not None:
            found.append((value, day, rank.start(), end))
    return found


def rank_changed(source: str, target: str, source_locale: str, target_locale: str) -> tuple[Number, Number] | None:
    """(the source's ranked day, the translation's) when the one day of the week the source ranks in
    its month ("the first Tuesday") is ranked otherwise in the translation ("jeden dritten Dienstag")."""
    said, told = _ranked_days(source, source_locale), _ranked_days(target, target_locale)
    if len(said) != 1 or len(told) != 1 or said[0][0] == told[0][0]:
        return None
    (rank, _, start, end), (other_rank, _, other_start, other_end) = said[0], told[0]
    return (Number(Decimal(rank), source[start:end], start, end, "ordinal"),
            Number(Decimal(other_rank), target[other_start:other_end], other_start, other_end, "ordinal"))


# Every day against the working days only: "open daily" / "de lunes a viernes", "平日" (and back).
_EVERY_DAY_EN_RE = re.compile(r"(?i)\b(?:daily|every\s+day|each\s+day|(?:7|seven)\s+days\s+a\s+week)\b")
_WORKING_DAYS_EN_RE = re.compile(r"(?i)\b(?:weekdays|on\s+working\s+days|on\s+business\s+days)\b")
_WORKING_DAYS = {
    "fr": r"en\s+semaine|jours\s+ouvr(?:ables|és)", "de": r"werktags|wochentags|an\s+(?:Werk|Wochen)tagen",
    "es": r"entre\s+semana|(?:en\s+)?días\s+(?:laborables|hábiles)", "ru": r"по\s+будням|в\s+будн(?:и|ие\s+дни)|в\s+рабочие\s+дни",
    "ja": r"平日",
}
_EVERY_DAY = {
    "fr": r"tous\s+les\s+jours|chaque\s+jour|quotidiennement|7\s+jours\s+sur\s+7", "de": r"täglich|jeden\s+Tag",
    "es": r"todos\s+los\s+días|cada\s+día|a\s+diario|diariamente", "ru": r"ежедневно|каждый\s+день|без\s+выходных",
    "ja": r"毎日|年中無休",
}


@lru_cache(maxsize=None)
def _said_re(table: str, language: str) -> re.Pattern[str] | None:
    words = (_WORKING_DAYS if table == "working" else _EVERY_DAY).get(language)
    if words is None:
        return None
    return re.compile(words if language == "ja" else rf"(?i)(?<![^\W\d_])(?:{words})(?![^\W\d_])")


# (The words between two days of a range: "de lunes a viernes", "Montag bis Freitag", "月曜日から金曜日".)
_RANGE_BETWEEN_RE = re.compile(r"[\s\u00a0]*(?:-|–|—|to|au|à|bis|a|al|по|до|から|〜|～)[\s\u00a0]*(?:[^\W\d_]+[\s\u00a0]+)?",
                               re.IGNORECASE)


def _working_days_range(text: str, locale: str) -> tuple[int, int] | None:
    """Where `text` names Monday to Friday as a range."""
    days = _weekdays_named(text, locale)
    for (day, start, end), (other, other_start, other_end) in zip(days, days[1:]):
        if day == 0 and other == 4 and _RANGE_BETWEEN_RE.fullmatch(text, end, other_start) is not None:
            return start, other_end
    return None


def every_day_changed(source: str, target: str, source_locale: str, target_locale: str) -> tuple[Number, Number] | None:
    """(the source's days, the translation's) when the English source's "daily" became the working
    days only ("de lunes a viernes", "平日"), or its working days became every day ("täglich")."""
    language = locale_symbols(target_locale).language
    every_day = _EVERY_DAY_EN_RE.search(source)
    working_words = _said_re("working", language)
    if (every_day is not None and not _weekdays_named(source, source_locale)
            and _WORKING_DAYS_EN_RE.search(source) is None and "weekend" not in source):
        span = _working_days_range(target, target_locale)
        if span is None:
            found = working_words.search(target) if working_words is not None else None
            span = found.span() if found is not None else None
        return None if span is None else (
            Number(Decimal(7), every_day.group(), every_day.start(), every_day.end(), "days a week"),
            Number(Decimal(5), target[span[0]:span[1]], span[0], span[1], "days a week"))
    working = _working_days_range(source, source_locale)
    if working is None:
        found = _WORKING_DAYS_EN_RE.search(source)
        working = found.span() if found is not None else None
    words = _said_re("every", language)
    told = words.search(target) if words is not None and working is not None else None
    if (told is None or _working_days_range(target, target_locale) is not None
            or working_words is not None and working_words.search(target) is not None):
        return None
    return (Number(Decimal(5), source[working[0]:working[1]], working[0], working[1], "days a week"),
            Number(Decimal(7), told.group(), told.start(), told.end(), "days a week"))


_ENGLISH_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# A weekday right before or after the date: "Thursday, 6/5/2025", "on 04/11/2025 (Tuesday)".
_ENGLISH_WEEKDAY = r"\b(?P<day>mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday|s|r|rs)?\b\.?"
_WEEKDAY_BEFORE_RE = re.compile(rf"(?i){_ENGLISH_WEEKDAY},?\s*(?:the\s+)?$")
_WEEKDAY_AFTER_RE = re.compile(rf"(?i)\s*[,(]?\s*{_ENGLISH_WEEKDAY}")


def weekday_named_beside(text: str, start: int, end: int) -> int | None:
    """The day of the week (0 for Monday) that an English `text` names right before or after its
    characters `start`..`end` ("Thursday, 6/5/2025"), or None."""
    found = _WEEKDAY_BEFORE_RE.search(text, max(0, start - 14), start) or _WEEKDAY_AFTER_RE.match(text, end)
    if found is None:
        return None
    return next(day for day, name in enumerate(_ENGLISH_WEEKDAYS) if name.startswith(found.group("day").lower()))


def falls_on(year: int | None, month: int | None, day: int | None, weekday: int) -> bool:
    """Whether the date falls on `weekday` (0 for Monday); a date without its year may."""
    if year is None or month is None or day is None:
        return True
    try:
        return datetime.date(year, month, day).weekday() == weekday
    except ValueError:
        return False
