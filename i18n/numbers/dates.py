"""Dates and times as values: "2017-05-31" = "31/05/2017" = "31.05.2017" = "31 mai 2017" =
"2017年5月31日", and "6 p.m." = "18:00" = "18 h" = "18 Uhr" = "18時". A changed year, day or hour
is an error; a reordered or localised date is not.

A date written with slashes or dots may be day-first or month-first ("05/06/2017"): it is read
both ways where both are valid, and agrees with a date on the other side if either reading does.
Month names are CLDR's for the text's locale (wide and abbreviated, format and stand-alone, so
Russian "мая" and "май" both read), and English ones everywhere (sources are English).

"18 h" or "18 Uhr" alone is more often a duration ("5 h" = five hours) than a time of day: such
short forms are read as times only in a translation whose source states a time.
"""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterator

from i18n.numbers import english_variety, weekdays
from i18n.numbers.clock_words import DAY_PARTS, day_part_hour, may_say_a_clock_in_words, read_clocks_in_words
from i18n.numbers.masking import SPACED_LETTER, SPACED_WORD
from i18n.numbers.symbols import CJK_LETTERS, locale_symbols, punctuation_to_spaces

_TWELVE_HOUR = r"(?P<h12>\d{1,2})(?:[:.](?P<m12>\d{2}))?(?::\d{2})?[\x20\u00a0\u202f]?(?P<ampm>[aApP])\.?[\x20\u00a0]?[mM]\.?(?!\w)"
_TWELVE_HOUR_IN_GERMAN = _TWELVE_HOUR.replace(
    r"[\x20\u00a0\u202f]?(?P<ampm>", r"(?![\x20\u00a0\u202f](?-i:am)[\x20\u00a0\u202f])[\x20\u00a0\u202f]?(?P<ampm>", 1)
# 午後 4, 午前 11:46:30: Japanese says a.m. and p.m. before the hour, or the morning or the evening
# before an hour of the clock ("朝8時", "夜8時" is 20:00; "夜2時" is 2:00; "朝3回" and "毎晩7時間" are no time).
_JAPANESE_EVENING = ("夜", "晩", "夕方")
_JAPANESE_HALF_DAY = (r"(?P<jampm>午前|午後|(?:朝|夜|晩|夕方)(?=[\x20\u00a0]?\d{1,2}(?::|時(?!間))))[\x20\u00a0]?(?P<jh>\d{1,2})(?:[:時](?:(?P<jmin>\d{2}|\d(?=分))|(?<=時)(?P<jhalf>半))?)?"
                      r"(?::\d{2})?(?:分)?")
_CLOCK = r"(?P<h24>\d{1,2}):(?P<m24>\d{2})(?::(?P<s24>\d{2}))?(?!\d|:\d)"  # ("02:14:36: ¡ahorra")
_ISO = r"(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})(?!\d)"
# ("2025/08/15", and with points as Japanese labels write it: "賞味期限：2025.08.15".)
_YMD = rf"(?-i:(?<![^\W{CJK_LETTERS}]|\.))(?<!ersion )(?<!ersión )(?P<ymdy>(?:19|20)\d\d)(?P<ymdsep>[/.])(?P<ymdm>0?[1-9]|1[0-2])(?P=ymdsep)(?P<ymdd>0?[1-9]|[12]\d|3[01])(?![\d.]\d|\d)"
# (Not a day and month before a percentage: "bis zum 30.06. 15 % Rabatt" holds no year 15.)
_NUMERIC = (r"(?P<na>\d{1,2})(?P<sep>[/.\-])[\x20]?(?P<nb>\d{1,2})(?P=sep)[\x20]?(?P<ny>\d{4}|\d{2})(?![\d.]\d)"
            r"(?![\x20\u00a0\u202f]?%)")
# A month and its year: "11/2026", "11.2026" (two digits before a dot: "1.2025" may be a decimal).
# The first day of a range of dotted dates, which says its year once: "vom 01.03. bis 31.03.2024".
_DOTTED_RANGE_START = (r"(?P<rsd>\d{1,2})\.(?P<rsm>\d{1,2})\.(?=[\x20\u00a0]*(?:bis|und|до|по|–|-|—)[\x20\u00a0]*"
                       r"\d{1,2}\.\d{1,2}\.\d{2,4}(?!\d))")
# A German day and month without their year, after the word that places them: "bis zum 31.12.".
_DOTTED_DAY_MONTH = (r"(?:(?<=am[\x20\u00a0])|(?<=zum[\x20\u00a0])|(?<=vom[\x20\u00a0])|(?<=bis[\x20\u00a0])"
                     r"|(?<=ab[\x20\u00a0])|(?<=seit[\x20\u00a0])|(?<=dem[\x20\u00a0])|(?<=den[\x20\u00a0]))"
                     r"(?P<gd>\d{1,2})\.(?P<gm>\d{1,2})\.(?![\d.])")
# Or the year first, as Japanese and Chinese labels write it: "2026.11", "2026/11".
_MONTH_YEAR = (r"(?P<mym>(?:0?[1-9]|1[0-2])(?=/)|0[1-9](?=\.)|1[0-2](?=\.))[/.](?P<myy>(?:19|20)\d\d)"
               r"(?![\d/]|[.,]\d)"
               r"|(?P<ymy>(?:19|20)\d\d)[/.](?P<ymm>0[1-9]|1[0-2])(?![\d/]|[.,]\d|[\x20\u00a0]?[A-Za-zµ°%])")
# (Not "第1月曜日", the first Monday: 月曜 is Monday.)
# (A day's 日 may be said once, at a range's end: "11月22〜24日".)
_CJK_DATE = r"(?:(?P<jy>\d{4})年)?(?P<jm>\d{1,2})月(?!曜)(?:(?P<jd>\d{1,2})(?:日|(?=[〜～\-–]\d{1,2}日)))?"
# A duration to the second, which a clock may write ("2:01:09" / "2 h 01 min 09 s", "2時間1分9秒").
# (Symbols only: a duration in words, "2 hours and 40 minutes", is as often said in words on the
# other side, "zwei Stunden und 40 Minuten", and is compared as numbers.)
_HOURS = r"(?:h|hrs?|Std\.?|ч\.?|時間)"
_MINUTES = r"(?:min\.?|mins|mn|Min\.?|мин\.?|分)"
_SECONDS = r"(?:s|sec\.?|secs|Sek\.?|сек\.?|с|秒)"
_DURATION = (r"(?P<uh>\d{1,2})[\x20\u00a0\u202f]?" + _HOURS + r",?[\x20\u00a0\u202f]?(?:(?:and|et|und|y|и)[\x20\u00a0\u202f])?"
             r"(?P<um>\d{1,2})[\x20\u00a0\u202f]?" + _MINUTES
             + r",?[\x20\u00a0\u202f]?(?:(?:and|et|und|y|и)[\x20\u00a0\u202f])?\d{1,2}[\x20\u00a0\u202f]?" + _SECONDS
             + r"(?![A-Za-zА-яЁё])")
# A clock of minutes and seconds ("4:35 left", "3:42.65"), which a translation writes in minutes and
# seconds ("4 min 35", "3 min 42 s 65", "3分42秒65"): read as the clock reads it, where the source
# states that time (see read_dates).
_MINUTES_AND_SECONDS = (r"(?P<mm>\d{1,2})[\x20\u00a0\u202f]?" + _MINUTES + r"[\x20\u00a0\u202f]?(?P<ss>\d{2})(?:[.,]\d{1,3})?"
                        r"(?:[\x20\u00a0\u202f]?" + _SECONDS + r"(?:[\x20\u00a0\u202f]?\d{2}(?!\d))?)?"
                        r"(?![\d.,]\d|" + SPACED_LETTER + ")")
# A clock's hours and minutes said as a length ("1:25:00" / "1時間25分", "4:30" / "4 h 30 min"): read as
# the clock reads it, where the source states that time (see read_dates).
# (Not whole hours, "6:00:00" / "6時間": "opens at 6:00 for 6 hours" / "6時に開き、6時間" says both.)
_HOURS_AND_MINUTES = (r"(?P<hmh>\d{1,2})[\x20\u00a0\u202f]?(?:時間|h)[\x20\u00a0\u202f]?(?P<hmm>\d{2})[\x20\u00a0\u202f]?"
                      r"(?:分|min\b\.?)(?![\x20\u00a0\u202f]?\d)")
# A clock with dots, in the locales whose CLDR time pattern has them ("15.30" in fi, da, id).
_DOTTED_CLOCK = r"(?P<hd>\d{1,2})\.(?P<md>\d{2})(?:\.(?P<sd>\d{2}))?(?!\d|[.,]\d)"
# German writes a time with a dot before "Uhr" whatever its locale's pattern says: "18.15 Uhr".
_DOTTED_CLOCK_BEFORE_UHR = r"(?P<hu>\d{1,2})\.(?P<mu>[0-5]\d)(?=[\x20\u00a0\u202f]?Uhr(?!\w))"
# Spanish writes one with a dot after "las" or before "h" (the Real Academia allows both): "a las 11.30 h".
_DOTTED_CLOCK_IN_SPANISH = (r"(?:(?<=\blas\x20)|(?<=\bla\x20))(?P<esh>\d{1,2})\.(?P<esm>[0-5]\d)(?![\d.,]\d)"
                            r"|(?P<esh2>\d{1,2})\.(?P<esm2>[0-5]\d)(?=[\x20\u00a0\u202f]?h(?!\w))")
# Short forms of a time of day, read only when the source states a time: "18 h", "18h30", "18 Uhr", "18時".
# ("1 h 12 min" is a duration: minutes written "min" never follow an hour of the clock, nor does a
# slash, "20 h/semaine"; "ab 22 Uhr 70 %" is a share after the hour, no minutes, and so is "um 18 Uhr
# 37,6 µg/m³", "zwischen 7 und 19 Uhr 55 dB(A)".)
_UNIT_AFTER_MINUTES = (r"[\x20\u00a0\u202f]?(?:[\d%\u2030€$°]|(?-i:dB|km|kg|mm|cm|ml|mg|µg|kWh|kW|MHz|Hz|ppm|bar|m|g|l|t|W|V)"
                       r"(?![^\W\d_]))|[.,]\d")
# ("1時限目" is the first class period, no time; "18時限り", until 18:00 only, is one.)
_SHORT_TIME = (r"(?P<hs>\d{1,2})[\x20\u00a0\u202f]?(?:h|Uhr|ч\.?|時(?!間|限(?![り定])))"
               r"(?![\x20\u00a0\u202f]?\d{1,2}[\x20\u00a0\u202f]?(?:min|Min|мин)|/)"
               r"(?:[\x20\u00a0\u202f]?(?:(?P<ms>[0-5]\d)(?!" + _UNIT_AFTER_MINUTES + r")(?:[\x20\u00a0\u202f]?分)?|(?P<ms1>\d)分"
               r"|(?<=時)(?P<mhalf>半)))?"
               r"(?-i:(?!" + SPACED_LETTER + "))")

# Russian says the hour of the clock with "часов" after "в" ("в 15 часов") and at the end of a range
# of hours ("с 11 до 15 часов"); elsewhere "15 часов" is a length of time.
_RUSSIAN_HOURS = (r"(?:(?<=(?<!\w)в\x20)|(?<=(?<!\w)с\x20\d\x20до\x20)|(?<=(?<!\w)с\x20\d\d\x20до\x20))"
                  r"(?P<rh>\d{1,2})\x20час(?:а|ов)(?!\w)")

# An hour with the part of the day that says a.m. or p.m. in words, read where the source states a
# time: "9 de la noche", "9 h du soir", "9 Uhr abends", "9 вечера" (the words: clock_words.DAY_PARTS).
# What may stand between the hour and its part of the day, in each language.
_DAY_PART_JOINS = {
    "es": r"(?:\x20?h)?\x20(?:de\x20la|del)\x20", "pt": r"(?:\x20?h)?\x20da\x20", "it": r"\x20(?:di|del|della)\x20",
    "fr": r"\x20?(?:h|heures?)(?:\x20?(?P<dm2>\d{2}))?\x20(?:du|de\x20l['’])\x20?",
    "de": r"\x20Uhr\x20", "ru": r"(?:\x20(?:ч\.?|час(?:а|ов|ами)?))?\x20",
}
# Russian "дня" after a bare number is days ("3 дня"): the afternoon only after the hour's word.
# "ночи" after a bare number is nights ("3 ночи") but for "в 3 ночи", "до 2 ночи".
_AFTER_THE_HOUR_ONLY = {"дня": r"(?<!\d\x20)дня",
                        "ночи": r"(?:(?<!\d\x20)|" + "|".join(f"(?<={word}\x20{digits}\x20)" for word in ("в", "до", "с", "к")
                                                            for digits in (r"\d", r"\d\d")) + ")ночи"}


def _day_part_pattern(language: str) -> str | None:
    parts = DAY_PARTS.get(language)
    if parts is None:
        return None
    words = "|".join(_AFTER_THE_HOUR_ONLY.get(word, re.escape(word)) for word in sorted(parts, key=len, reverse=True))
    return (rf"(?P<dh>\d{{1,2}})(?::(?P<dm>\d{{2}}))?{_DAY_PART_JOINS[language]}(?P<dp>{words})(?!\w)")


def _names_a_day_part(text: str, locale: str) -> bool:
    lowered = text.lower()
    return any(word in lowered for word in DAY_PARTS.get(locale_symbols(locale).language, ()))


@dataclass(frozen=True)
class DateReading:
    text: str
    start: int
    end: int
    kind: str  # "date" or "time"
    readings: frozenset[tuple[int | None, int | None, int | None]]  # (year, month, day) or (hour, minute, None)

    @property
    def shown(self) -> str:
        """One reading as ISO writes it, for messages: "2017-05-31", "18:00"."""
        first = sorted(self.readings, key=lambda item: tuple(-1 if part is None else part for part in item))[0]
        if self.kind == "time":
            seconds = _CLOCK_SECONDS_RE.search(self.text)
            return f"{first[0]:02d}:{first[1]:02d}" + (f":{seconds.group(1)}" if seconds else "")
        year, month, day = first
        return "-".join(f"{part:02d}" if index else str(part) for index, part in enumerate((year, month, day))
                        if part is not None)


def _cldr_names(getter: Callable[..., dict[int, str]], locale: str) -> Iterator[tuple[int, str]]:
    """(number, lower-cased name) of each month or weekday name CLDR gives `locale` and English,
    wide and abbreviated, format and stand-alone (an unknown locale: English names only)."""
    for name in (locale, "en"):
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                try:
                    names = getter(width, context=context, locale=name)
                except Exception:  # an unknown locale
                    continue
                for number, written in names.items():
                    yield number, written.lower()


@lru_cache(maxsize=None)
def _month_names(locale: str) -> dict[str, int]:
    from babel.dates import get_month_names

    names: dict[str, int] = {}
    for number, month in _cldr_names(get_month_names, locale):
        if not any(character.isdigit() for character in month) and len(month) >= 3:
            names.setdefault(month, number)
            names.setdefault(month.rstrip("."), number)
    for case in _OTHER_CASES.get(locale_symbols(locale).language, ()):
        for number, month in enumerate(case.split(), 1):
            names.setdefault(month, number)
            names.setdefault(month.replace("ё", "е"), number)
    return names


# Cases of the months that CLDR does not list, each in month order: Russian's prepositional ("в
# октябре 2022 года") and instrumental ("по сравнению с августом 2019 года").
_OTHER_CASES = {"ru": ("январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре",
                       "январём февралём мартом апрелем маем июнем июлем августом сентябрём октябрём ноябрём декабрём",
                       # (The dative: "к декабрю 2025 года", by December 2025.)
                       "январю февралю марту апрелю маю июню июлю августу сентябрю октябрю ноябрю декабрю")}


# Days an English text names without their date, which a translation may give by it: "Boxing Day" /
# "le 26 décembre", "12月26日".
_NAMED_DAYS = {"christmas eve": (12, 24), "christmas day": (12, 25), "boxing day": (12, 26), "new year's eve": (12, 31),
               "new year's day": (1, 1), "valentine's day": (2, 14), "halloween": (10, 31), "bastille day": (7, 14),
               "st patrick's day": (3, 17), "st. patrick's day": (3, 17)}
_NAMED_DAY_RE = re.compile(r"(?i)\b(?:" + "|".join(name.replace("'", "['’]").replace(".", r"\.").replace(" ", r"\s+")
                                                    for name in _NAMED_DAYS) + r")")


# A night said by the day it ends on ("the night of October 14" / "die Nacht zum 15. Oktober", "в ночь на
# 15 октября") or by both its days ("la nuit du 14 au 15 octobre", "la noche del 14 al 15 de octubre").
_NIGHT_OF_RE = re.compile(r"(?i)\bnight\s+of\b")
_NIGHT_TO = {"de": r"Nacht\s+(?:zum|auf\s+den)\s+", "ru": r"ночь\s+на\s+"}
_NIGHT_FROM_TO = {"fr": r"nuit\s+du\s+\d{1,2}(?:er)?\s+au\s+", "es": r"noche\s+del\s+\d{1,2}\s+al\s+"}
_NIGHT_SAID_RES = {language: re.compile(f"(?i){said}\\d") for language, said in {**_NIGHT_TO, **_NIGHT_FROM_TO}.items()}
_NIGHT_TO_RES = {language: re.compile(f"(?i){said}$") for language, said in _NIGHT_TO.items()}


def may_say_a_night(source: str, target: str, target_language: str) -> bool:
    """The cheap test: the source names "the night of" a day, the translation a night by its days."""
    return (target_language in _NIGHT_SAID_RES and _NIGHT_OF_RE.search(source) is not None
            and _NIGHT_SAID_RES[target_language].search(target) is not None)


def night_ending_on_its_own_day(source: str, target: str, source_locale: str,
                                target_locale: str) -> tuple[DateReading, DateReading] | None:
    """(the source's date, the translation's) when a night the source names by the day it starts on ("the
    night of October 14") is said ending on that same day ("die Nacht zum 14. Oktober"): a day early."""
    pattern = _NIGHT_TO_RES.get(locale_symbols(target_locale).language)
    if pattern is None:
        return None
    source_dates = [date for date in read_dates(source, source_locale) if date.kind == "date"]
    for date in read_dates(target, target_locale):
        if date.kind == "date" and pattern.search(target, max(0, date.start - 24), date.start):
            same = next((other for other in source_dates if other.shown == date.shown), None)
            if same is not None:
                return same, date
    return None


def the_night_after(source_day: str, target_day: str) -> bool:
    """Whether the translation's date ("10-15", as DateReading.shown writes it) is the day after the
    source's ("10-14"): the night said by the day it ends on."""
    month, _, day = target_day.rpartition("-")
    if not day.isdigit():
        return False
    source_month, _, source_date = source_day.rpartition("-")
    return source_month == month and source_date.isdigit() and int(source_date) + 1 == int(day)


def without_named_days(source: str, target: str, target_locale: str) -> str:
    """`target` with the digits of the dates the source names by their day's name lettered out ("Boxing
    Day" / "el 26 de diciembre"): no number of their own."""
    lowered = source.lower()
    if "day" not in lowered and "eve" not in lowered and "ween" not in lowered:
        return target
    for found in _NAMED_DAY_RE.finditer(source):
        month, day = _NAMED_DAYS[" ".join(found.group().lower().replace("’", "'").split())]
        if re.search(rf"(?<![\d.,]){day}(?![\d]|[.,]\d)", source):
            continue  # "New Year's Eve (31 December)": the source gives the date too
        names = [re.escape(name) for name, number in _month_names(target_locale).items() if number == month]
        patterns = [rf"(?<![\d.,])(?P<m>{month})月(?P<d>{day})日"]
        if names:
            patterns.append(rf"(?i)(?<![\d.,])(?P<d>{day})(?:\.|er)?[\x20\u00a0\u202f]*(?:de[\x20\u00a0]+)?"
                            rf"(?:{'|'.join(sorted(names, key=len, reverse=True))})(?![^\W\d_])")
        for pattern in patterns:
            target = re.sub(pattern, _lettered_day_and_month, target)
    return target


# The days a translation may name instead of their date ("closed on 24 December" / "an Heiligabend
# geschlossen"), by language: (month, day) -> names, in lower case, "|" between two.
_DAYS_NAMED_IN = {
    "de": {(12, 24): "heiligabend|heiligen abend", (12, 31): "silvester", (1, 1): "neujahr", (2, 14): "valentinstag"},
    "fr": {(12, 24): "veille de noël|réveillon de noël", (12, 25): "jour de noël", (12, 31): "saint-sylvestre",
           (1, 1): "jour de l'an|jour de l’an", (2, 14): "saint-valentin"},
    "es": {(12, 24): "nochebuena", (12, 25): "día de navidad", (12, 31): "nochevieja", (1, 1): "año nuevo",
           (2, 14): "san valentín"},
    "ja": {(12, 24): "クリスマスイブ|クリスマス・イブ", (12, 25): "クリスマス当日", (12, 31): "大晦日|大みそか",
           (1, 1): "元日|元旦", (2, 14): "バレンタインデー"},
}


def _day_names_pattern(names: str) -> str:
    return "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in names.split("|"))


_DAY_NAMED_RES = {language: re.compile("|".join(f"(?P<d{month}_{day}>{_day_names_pattern(names)})"
                                                for (month, day), names in days.items()), re.IGNORECASE)
                  for language, days in _DAYS_NAMED_IN.items()}
# (The cheap test: a piece of each name, as the names may be written, capitalised or not.)
_DAY_NAME_HINTS = {"de": ("eiligabend", "eiligen", "ilvester", "eujahr", "alentinstag"),
                   "fr": ("oël", "ylvestre", "our de l", "alentin"), "es": ("ochebuena", "avidad", "ochevieja", "ño nuevo",
                                                                       "ño Nuevo", "alentín"),
                   "ja": ("クリスマス", "大晦日", "大みそか", "元日", "元旦", "バレンタイン")}


def without_dates_the_translation_names(source: str, target: str, target_locale: str) -> str:
    """`source` with the day of each English date the translation names by its day's name lettered
    out ("open until 24 December" / "bis Heiligabend geöffnet", "on 1 January" / "an Neujahr")."""
    language = locale_symbols(target_locale).language
    pattern = _DAY_NAMED_RES.get(language)
    if pattern is None or not any(map(target.__contains__, _DAY_NAME_HINTS[language])):
        return source
    for found in pattern.finditer(target):
        month, day = map(int, found.lastgroup[1:].split("_"))
        if re.search(rf"(?<![\d.,]){day}(?!\d|[.,]\d)", target):
            continue  # "an Silvester (31. Dezember)": the translation gives the date too
        # (The month's first three letters begin all its English names: "Dec", "Dec.", "December".)
        stem = min((name for name, number in _month_names("en").items() if number == month), key=len)[:3]
        source = re.sub(rf"(?i)(?<![\d.,]){day}(?=(?:st|nd|rd|th)?[\x20\u00a0]+(?:of[\x20\u00a0]+)?{stem}\w*\b)"
                        rf"|(?<=\b{stem})(?P<after>\w*\.?[\x20\u00a0]+){day}(?![\d.,]\d|\d)",
                        lambda match: (match.group("after") or "") + "x" * len(str(day)), source)
    return source


def _lettered_day_and_month(match: re.Match[str]) -> str:
    """The match with the digits of its day and month ("d", "m") lettered out."""
    places = {position - match.start() for group in ("d", "m") if group in match.re.groupindex and match.group(group)
              for position in range(match.start(group), match.end(group))}
    return "".join("x" if index in places else character for index, character in enumerate(match.group()))


@lru_cache(maxsize=None)
def month_names_pattern(locale: str) -> str:
    """An alternation of the month's names in `locale`, every form and case, longest first. (English
    "may" is a month only with its capital: "version 3 may be wrong".)"""
    return "|".join(sorted((re.escape(name) for name in _month_names(locale) if name != "may"), key=len, reverse=True))


@lru_cache(maxsize=None)
def _date_re(locale: str, short_times: bool) -> re.Pattern[str]:
    months = month_names_pattern(locale)
    months += "|(?-i:May|MAY)"
    space = r"[\x20\u00a0\u202f]"
    # "31 mai 2017", "31. Mai 2017", "31 de mayo de 2017", "31 мая 2017 г.", "May 31, 2017", "May 2017",
    # "octubre de 2021".
    # (The full stop of an abbreviation, "Feb.", "janv.", not a sentence's after "February".)
    abbreviated = r"(?:(?<![^\W\d_]{5})\.)?"
    # ("the 2nd of May": "of" after an ordinal day.)
    day_month = (rf"(?P<wd>\d{{1,2}})(?:\.|er|ᵉʳ|st|nd|rd|th|-?го)?{space}+(?:de{space}+|(?<=(?:st|nd|rd|th){space})of{space}+)?"
                 rf"(?P<wm>{months})(?!\w){abbreviated}"
                 rf"(?:,?{space}+(?:de{space}+)?(?P<wy>(?:1\d|2[01])\d\d)(?!\d))?")
    # (Not a rate: "APR 6.9%".)
    month_day = (rf"(?<!\w)(?P<vm>{months})(?!\w){abbreviated}{space}+(?:(?P<vd>\d{{1,2}})(?:st|nd|rd|th)?"
                 rf"(?!\d|[.,]\d|{space}?%)(?:,?{space}+(?P<vy>\d{{4}})(?!\d))?|(?:de{space}+)?(?P<vy2>\d{{4}})(?!\d))")
    # (German's "am" is a preposition: "an Schalter 3 am Tor B12", "2 am Tag".)
    twelve_hour = _TWELVE_HOUR_IN_GERMAN if locale_symbols(locale).language == "de" else _TWELVE_HOUR
    alternatives = [_ISO, _YMD, _NUMERIC, _MONTH_YEAR, _JAPANESE_HALF_DAY, twelve_hour, _DURATION, _CLOCK, day_month,
                    month_day, _CJK_DATE, _DOTTED_RANGE_START, _DOTTED_DAY_MONTH]
    if short_times:
        # (The part of the day first: "a las 6:15 de la tarde" is no plain clock.)
        day_part = _day_part_pattern(locale_symbols(locale).language)
        alternatives = ([day_part] if day_part else []) + alternatives + [_MINUTES_AND_SECONDS, _HOURS_AND_MINUTES,
                                                                          _SHORT_TIME]
        if locale_symbols(locale).time_separator == ".":
            alternatives.append(_DOTTED_CLOCK)
        elif locale_symbols(locale).language == "de":
            alternatives.append(_DOTTED_CLOCK_BEFORE_UHR)
        elif locale_symbols(locale).language == "es":
            alternatives.append(_DOTTED_CLOCK_IN_SPANISH)
        if locale_symbols(locale).language == "ru":
            alternatives.append(_RUSSIAN_HOURS)
    # The letter classes are case-blind already (their scripts' ranges hold both cases): kept out
    # of IGNORECASE, which compiles a class by lower-casing each of its 40,000 characters.
    return re.compile(r"(?-i:(?<!" + SPACED_WORD + r"))" + _NOT_A_PIECE + r"(?:" + "|".join(f"(?:{pattern})" for pattern in alternatives)
                      + ")", re.IGNORECASE)


# A date is no piece of another ("2024-05-31", "1.13"), but may end a range of days that says its
# month once: "12-13 de agosto", "12./13. August".
# (A colon after a word or a bracket is a label's: "リマインダー:9時", "(11月〜2月):10時".)
_NOT_A_PIECE = (r"(?:(?<![.:/-])|(?<=(?<![\d.,:/-])\d-)|(?<=(?<![\d.,:/-])\d\d-)|(?<=(?<![\d.,:/-])\d\./)"
                r"|(?<=(?<![\d.,:/-])\d\d\./)|(?<=[^\W\d_]:)|(?<=[)\]）]:)|(?<=(?<![^\W\d_])h-)|(?<=\dUhr-)|(?<=\sUhr-))")


def _valid(year: int | None, month: int | None, day: int | None) -> bool:
    return (month is None or 1 <= month <= 12) and (day is None or 1 <= day <= 31)


def _years(written: str) -> list[int]:
    year = int(written)
    return [year] if len(written) == 4 else [2000 + year, 1900 + year]


def _readings(match: re.Match[str], locale: str) -> tuple[str, frozenset] | None:
    found = match.groupdict()
    # A clock of twelve hours tells no hour after 12 ("72pm" is no time).
    if found["h12"] is not None:
        return _time(int(found["h12"]), int(found["m12"] or 0), 12,
                     lambda hour: hour % 12 + (12 if found["ampm"].lower() == "p" else 0))
    if found["jh"] is not None and found["jampm"] in ("午前", "午後") and int(found["jh"]) == 12:
        # ("午前12時" is noon and "午後12時" midnight: Japanese counts each half of the day from 0, 午前0時
        # being midnight and 午後0時 noon.)
        minute = 30 if found["jhalf"] else int(found["jmin"] or 0)
        if minute >= 60:
            return None
        return "time", (frozenset({(12, minute, None)}) if found["jampm"] == "午前"
                        else frozenset({(0, minute, None), (24, minute, None)}))
    if found["jh"] is not None:
        # (After the word for the morning or the night, an hour past 12 is of a 24-hour clock: "毎晩22時".)
        twenty_four = found["jampm"] not in ("午前", "午後") and int(found["jh"]) > 12
        return _time(int(found["jh"]), 30 if found["jhalf"] else int(found["jmin"] or 0), 24 if twenty_four else 12,
                     lambda hour: hour if twenty_four else hour % 12 + (
                         12 if found["jampm"] == "午後" or found["jampm"] in _JAPANESE_EVENING and 4 <= hour <= 11 else 0))
    if found["h24"] is not None:
        return _time(int(found["h24"]), int(found["m24"]))
    if found["uh"] is not None:
        return _time(int(found["uh"]), int(found["um"]))
    if found.get("dh") is not None:
        language = locale_symbols(locale).language
        return _time(int(found["dh"]), int(found["dm"] or found.get("dm2") or 0), 12,
                     lambda hour: day_part_hour(hour, found["dp"], language))
    if found.get("hd") is not None:
        return _time(int(found["hd"]), int(found["md"]))
    if found.get("hu") is not None:
        return _time(int(found["hu"]), int(found["mu"]))
    if found.get("esh") is not None or found.get("esh2") is not None:
        return _time(int(found["esh"] or found["esh2"]), int(found["esm"] or found["esm2"]))
    if found.get("mm") is not None:
        return _time(int(found["mm"]), int(found["ss"]))
    if found.get("hmh") is not None:
        return _time(int(found["hmh"]), int(found["hmm"]))
    if found.get("rh") is not None:
        return _time(int(found["rh"]), 0)
    if found.get("hs") is not None:
        return _time(int(found["hs"]), 30 if found["mhalf"] else int(found["ms"] or found["ms1"] or 0))
    if found["iy"] is not None:
        readings = {(int(found["iy"]), int(found["im"]), int(found["id"]))}
    elif found["ymdy"] is not None:
        readings = {(int(found["ymdy"]), int(found["ymdm"]), int(found["ymdd"]))}
    elif found["na"] is not None:
        first, second = int(found["na"]), int(found["nb"])
        orders = {True: ((second, first),), False: ((first, second),)}.get(_day_first(locale),
                                                                          ((second, first), (first, second)))
        if len(orders) == 2 and writes_the_year_first(locale):
            # A reader of a language that writes the year first takes "05/11/2023" and "7/9" month
            # first, as its own "7/9（土）", and "25/03/2025" the one way it can be read.
            orders = ((first, second),) if first <= 12 else ((second, first),)
        readings = {(year, month, day) for year in _years(found["ny"]) for month, day in orders}
        if writes_the_year_first(locale) and len(found["na"]) == 2 and len(found["ny"]) == 2:
            # ... and "24.11.03" year first, as Japanese food labels write it.
            readings = {(year, second, int(found["ny"])) for year in _years(found["na"])}
    elif found["mym"] is not None:
        readings = {(int(found["myy"]), int(found["mym"]), None)}
    elif found["ymm"] is not None:
        readings = {(int(found["ymy"]), int(found["ymm"]), None)}
    elif found["rsd"] is not None:
        readings = {(None, int(found["rsm"]), int(found["rsd"]))}
    elif found["gd"] is not None:
        readings = {(None, int(found["gm"]), int(found["gd"]))}
    elif found["wm"] is not None:
        month = _month_names(locale)[found["wm"].lower().rstrip(".")]
        readings = {(int(found["wy"]) if found["wy"] else None, month, int(found["wd"]))}
    elif found["vm"] is not None:
        month = _month_names(locale)[found["vm"].lower().rstrip(".")]
        year = found["vy"] or found["vy2"]
        readings = {(int(year) if year else None, month, int(found["vd"]) if found["vd"] else None)}
    elif found["jm"] is not None:
        year = found["jy"]
        readings = {(int(year) if year else None, int(found["jm"]) if found["jm"] else None,
                     int(found["jd"]) if found["jd"] else None)}
    else:
        return None
    readings = {reading for reading in readings if _valid(*reading)}
    if readings:
        return "date", frozenset(readings)
    # "14.15.20" in a locale that writes its times with dots: a time, not a date.
    if (found["na"] is not None and found["sep"] == "." and len(found["ny"]) == 2
            and locale_symbols(locale).time_separator == "."):
        return _time(int(found["na"]), int(found["nb"]))
    return None


# A numeric date that only reads month first, with its year ("03/15/2024": no 15th month; not
# "03/27", a card's month and year, nor "12/31/99", an example of a format).
_MONTH_FIRST_RE = re.compile(r"(?<![\d/.\-])(?P<m>0?[1-9]|1[0-2])(?P<sep>/)(?P<d>1[3-9]|2\d|3[01])/(?P<y>\d{4})"
                             r"(?![\d/]|[.\-]\d)")


_EITHER_WAY_RE = re.compile(r"(?<![\d/.\-])(?P<m>0?[1-9]|1[0-2])(?P<sep>/)(?P<d>0?[1-9]|1[0-2])/(?P<y>(?:19|20)\d\d)"
                           r"(?![\d/]|[.\-]\d)")


# A date with two digits of its year, "10/11/24", as the source says it: after a word that introduces a
# date or a label's colon ("valid until 10/11/24", "Date: 10/11/24").
_SHORT_YEAR_RE = re.compile(r"(?<![\d/.\-])(?P<m>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01])/(?P<y>\d\d)(?![\d/]|[.\-]\d)")
_INTRODUCES_A_DATE_RE = re.compile(r"(?i)(?:\b(?:on|by|until|till|before|after|from|due|since|dated?|expires?|effective)"
                                   r"\s+|:\s*)$")


def _said_as_a_date(written: str, source: str) -> bool:
    at = source.find(written)
    return _INTRODUCES_A_DATE_RE.search(source, max(0, at - 12), at) is not None


# Without its year, only after a word that introduces a date in the source ("by 03/15", "on 12/24"),
# and not where a card or a product expires ("expires on 03/27" is March 2027).
_MONTH_DAY_RE = re.compile(r"(?<![\d/.\-])(?P<m>0?[1-9]|1[0-2])/(?P<d>1[3-9]|2\d|3[01])(?![\d/]|[.\-]\d)")
_BEFORE_A_DATE_RE = re.compile(r"(?i)\b(?:on|by|until|till|before|after|from|due|since)\s+$")
_EXPIRY_RE = re.compile(r"(?i)\b(?:expir\w*|exp|valid|thru|use\s+by|best\s+before|good\s+until)\b")


def month_first_copies(source: str, target: str, locale: str) -> list[tuple[re.Match[str], str]]:
    """The source's numeric dates copied as they are into a text whose readers take them another way,
    each with the date written their way: month-first ones ("03/15/2024", "by 03/15") in a locale that
    writes the day first ("15/03/2024"); ones that read either way round ("04/03/2025") there too, and
    in a locale that writes the year first, where nothing tells the day from the month ("2025/04/03")."""
    if writes_the_year_first(locale):
        # (With two digits of its year, "10/11/24" reads there as 24 November 2010.)
        return [(found, f"{found['y']}/{found['m']}/{found['d']}") for found in _EITHER_WAY_RE.finditer(target)
                if found.group() in source and int(found['m']) != int(found['d'])] + [
            (found, f"20{found['y']}/{found['m']}/{found['d']}") for found in _SHORT_YEAR_RE.finditer(target)
            if found.group() in source and _said_as_a_date(found.group(), source)] + _day_first_copies(source, target)
    if _day_first(locale) is not True:
        return []
    copies = [(found, f"{found['d']}/{found['m']}/{found['y']}") for found in _MONTH_FIRST_RE.finditer(target)
              if found.group() in source]
    # A date either way round ("01/05/2025"), copied: American English, the msgids' usual, means 5 January,
    # which the translation's readers take for 1 May; British English ("£", "centre") means what they read.
    if english_variety.is_british(source) is not True:
        copies += [(found, f"{found['d']}/{found['m']}/{found['y']}") for found in _EITHER_WAY_RE.finditer(target)
                   if found.group() in source and found['m'] != found['d']]
    if "/" in source:
        copies += [(found, f"{found['d']}/{found['m']}") for found in _MONTH_DAY_RE.finditer(target)
                   if any(_BEFORE_A_DATE_RE.search(source, max(0, said.start() - 12), said.start())
                          and not _EXPIRY_RE.search(source, max(0, said.start() - 25), said.start())
                          for said in _MONTH_DAY_RE.finditer(source) if said.group() == found.group())]
    return copies


_SMALL_DAY_MONTH_RE = re.compile(r"(?<![\d/.\-])(?P<d>0?[1-9]|1[0-2])/(?P<m>0?[1-9]|1[0-2])(?![\d/]|[.\-]\d)")


def _day_first_copies(source: str, target: str) -> list[tuple[re.Match[str], str]]:
    """The source's dates without a year that it shows are day first ("on 20/12 ... on 06/12",
    "close 12/03 ... £20"), copied into a text that puts the month first: "06/12" reads as 12 June."""
    if "/" not in source or "/" not in target:
        return []
    day_first = {date.text: next(iter(date.readings)) for date in read_dates(source, "en")
                 if date.kind == "date" and len(date.readings) == 1 and _SMALL_DAY_MONTH_RE.fullmatch(date.text)}
    return [(found, f"{month}/{day}") for found in _SMALL_DAY_MONTH_RE.finditer(target)
            if found.group() in day_first
            for _, month, day in [day_first[found.group()]]
            if int(found["d"]) == day != month]


@lru_cache(maxsize=None)
def writes_the_year_first(locale: str) -> bool:
    """Whether `locale` writes the year first in a numeric date ("2026/01/06" in Japanese), from CLDR's
    short date pattern."""
    if locale_symbols(locale).language == "en":
        return False
    from babel.dates import get_date_format

    try:
        pattern = get_date_format("short", locale=locale_symbols(locale).locale).pattern
    except Exception:  # an unknown locale
        return False
    year, month = pattern.find("y"), pattern.find("M")
    return 0 <= year < month


@lru_cache(maxsize=None)
def _day_first(locale: str) -> bool | None:
    """Whether `locale` writes the day before the month in a numeric date ("06.01.2026" is 6 January
    in German), from CLDR's short date pattern; None for English, whose texts may be American or
    British ("03/04/2025" is read both ways), and for a locale that writes the year first, whose
    readers take a date that ends with its year as the writer meant it, either way round."""
    if locale_symbols(locale).language == "en" or writes_the_year_first(locale):
        return None
    from babel.dates import get_date_format

    try:
        pattern = get_date_format("short", locale=locale_symbols(locale).locale).pattern
    except Exception:  # an unknown locale: both ways
        return None
    day, month = pattern.find("d"), pattern.find("M")
    return None if day < 0 or month < 0 else day < month


def _time(hour: int, minute: int, last_hour: int = 24,
          to_24_hours: Callable[[int], int] = lambda hour: hour) -> tuple[str, frozenset] | None:
    """The reading of a time of day, or None when no clock of `last_hour` hours tells it."""
    if hour > last_hour or minute >= 60:
        return None
    return "time", frozenset({(to_24_hours(hour), minute, None)})


# Every date or time has one of these: a digit joined to another by ":", "/", "." or "-", a
# 12-hour clock, a CJK date or time sign, "18 h" or "18 Uhr"; or else a month name.
# (One character class first, so re skips to digits and CJK signs at C speed; the lookbehinds
# tell which of them started.)
_HINT_RE = re.compile(r"[\d年月時午](?:(?<=[年月時午])|(?<=\d)(?:[:/.\-]\x20?\d|[\x20\u00a0\u202f]?[aApP]\.?[\x20\u00a0]?[mM]"
                      r"|[\x20\u00a0\u202f]?(?:h(?:\d\d)?|heures?|Uhr|ч|час(?:а|ов))(?!\w)|[\x20\u00a0\u202f]?(?:min|Min|мин)\.?[\x20\u00a0\u202f]?\d\d|分\d\d秒))")
# Each becomes a space before the words are split.
_punctuation_as_spaces = punctuation_to_spaces("().,;:!?\"'’«»“”[]{}<>/-\u00a0\u202f")


@lru_cache(maxsize=None)
def _month_words(locale: str) -> frozenset[str]:
    return frozenset(name.rstrip(".") for name in _month_names(locale))


def warm(locale: str, short_times: bool = False) -> None:
    """Build what reading `locale`'s dates builds on first use (see compare.warm); `short_times`:
    the pattern for a translation whose source states a time too."""
    _month_words(locale)
    _weekday_words(locale)
    _day_first(locale)
    writes_the_year_first(locale)
    _date_re(locale, False)
    if short_times:
        _date_re(locale, True)
        may_say_a_clock_in_words("", locale_symbols(locale).language)


_TWELVE_HOUR_RE = re.compile(_TWELVE_HOUR)


def names_a_half_day(text: str) -> bool:
    """`text` tells a time by a.m. or p.m. ("9 a.m.", "6:30pm"): its hour may be said in words
    by the other side ("9 de la noche" is 21:00), with the same digits."""
    return ("m" in text or "M" in text) and _TWELVE_HOUR_RE.search(text) is not None


def names_noon_or_midnight(text: str, locale: str) -> bool:
    """`text` tells a time by its word for noon or midnight, which the other side may write as
    "12 h" or "24時". (Asked of most English texts: substrings first.)"""
    language = locale_symbols(locale).language
    if language == "en" and "noon" not in text and "idnight" not in text and "midday" not in text:
        return False
    pattern = _NOON_RES.get(language)
    return pattern is not None and pattern.search(text) is not None


def names_a_clock_in_words(text: str, locale: str) -> bool:
    """Whether `text` says a time of day in words ("halb neun", "à six heures et demie")."""
    return may_say_a_clock_in_words(text, locale_symbols(locale).language)


def names_a_month(text: str, locale: str) -> bool:
    """`text` holds a month's name in `locale` or in English ("March 3", "3 mai", "3 мая"; "May"
    only with its capital)."""
    words = _punctuation_as_spaces(text).split()
    return not _month_words(locale).isdisjoint(word.lower() for word in words if word != "may")


# Noon and midnight said in words are times of the clock: "until noon" / "bis 12 Uhr". Read in an
# English source, and in a translation whose source states a time ("midi" is also the south).
# ("before noon" is the morning, which a translation may say as such: "午前中", "le matin".)
# ("Noon" alone, capitalised, is also a language of Senegal.)
_NOON = {"en": (r"(?<!before )(?<!after )(?-i:noon|midday)", r"(?-i:midnight|Midnight)"), "fr": (r"midi", r"minuit"),
         # ("mittags", at midday; "Freitagmittag", Friday noon.)
         "de": (r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)?[Mm]ittag(?:szeit)?|mittags", r"Mitternacht"),
         "es": (r"mediod[ií]a", r"medianoche"),
         # ("программа полдня" is a half-day programme: "полдня" is noon only after "в", "до", "после", "с", "к".)
         "ru": (r"полд(?:ень|нем)|(?:(?<=в\s)|(?<=с\s)|(?<=к\s)|(?<=до\s)|(?<=после\s))полдня|полудн(?:я|ю|ем)",
                r"полноч(?:ь|и)|полуноч(?:и|ью)"),
         # ("昼" alone is also the daytime and lunch: noon only as "昼ごろ", "お昼まで".)
         "ja": (r"正午|(?<![\u3005\u4e00-\u9fff])お?昼(?=ごろ|頃|まで)", r"真夜中")}
# ("après-midi" is the afternoon: no noon after a hyphen.)
_NOON_RES = {language: re.compile(("" if language == "ja" else r"(?<![^\W\d_])(?<!-)") + f"(?:(?P<noon>{noon})|(?P<midnight>{midnight}))"
                                  + ("" if language == "ja" else r"(?![^\W\d_])"), re.IGNORECASE)
             for language, (noon, midnight) in _NOON.items()}


_MEAL_OF_NOON_RE = re.compile(r"(?i)(?<![^\W\d_])(?:menus?|repas|déjeuners?|pauses?|services?|formules?|plats?|cartes?"
                              r"|buffets?|menús?|comidas?|almuerzos?|pausas?|servicios?|cartas?)[\x20\u00a0]+d(?:u|e|el)[\x20\u00a0]+$")
_HOUR_OF_THE_MIDDAY_RE = re.compile(r"(?i)(?<![^\W\d_])(?:[1-4]|una|dos|tres|cuatro)(?::\d\d)?\s+del\s+$")
# The hour a noon or midnight word may follow as its own ("12:00 noon", "12 midnight"): one time.
_HOUR_BEFORE_NOON_RE = re.compile(r"(?:12|00?|24)(?::00)?[\x20\u00a0]?$")


def _noon_and_midnight(text: str, times: list[DateReading], language: str) -> list[DateReading]:
    taken = [(time.start, time.end) for time in times]
    found = []
    for match in _NOON_RES[language].finditer(text):
        if any(start < match.end() and match.start() < end for start, end in taken):
            continue
        if language == "es" and _HOUR_OF_THE_MIDDAY_RE.search(text, max(0, match.start() - 16), match.start()):
            continue  # "la una del mediodía": the part of the day of another hour
        if _MEAL_OF_NOON_RE.search(text, max(0, match.start() - 24), match.start()):
            continue  # "le menu du midi", "el menú del mediodía": lunch, no time of the clock
        # (A deadline "at midnight" is its day's last minute as often as 24:00: "a las 23:59".)
        readings = (frozenset({(12, 0, None)}) if match.group("noon")
                    else frozenset({(0, 0, None), (24, 0, None), (23, 59, None)}))
        hour = _HOUR_BEFORE_NOON_RE.search(text, max(0, match.start() - 6), match.start())
        if hour is not None and any(time.end == hour.start() + len(hour.group().rstrip()) for time in times):
            continue  # "12:00 noon": the clock's time is read already
        start = hour.start() if hour is not None else match.start()
        found.append(DateReading(text[start:match.end()], start, match.end(), "time", readings))
    return found


# A day and month without a year, in English, only where a weekday or "on" shows it is a date:
# "Sunday, 9/14", "on 14/9", and a date padded with a zero, or in a range with one, "06/01–09/30",
# "05/01–10/15", "05/15 to 10/31" ("24/7", "16/9" and "3/4" elsewhere are no dates).
_YEARLESS_DATE_RE = re.compile(
    r"(?i)(?:\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,?|\b(?:on|by|until"
    r"|till|due))[\x20\u00a0]+(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\d/])"
    r"|(?<![\d/.,:])(?:(?=0\d/\d\d|\d\d/0\d)|(?=\d\d/\d\d(?:[–-]|\x20(?:to|and|through)\x20)0\d/\d\d)|(?<=\d/\d\d[–-])"
    r"|(?<=\d/\d\d\x20to\x20)|(?<=\d/\d\d\x20and\x20)|(?<=\d/\d\d\x20through\x20))"
    r"(?P<a2>\d\d)/(?P<b2>\d\d)(?![\d/]|[.,]\d)")


_SLASHED_DAY_AND_MONTH_RE = re.compile(r"(?<![\d/.,:])(\d{1,2})/(\d{1,2})(?![\d/]|[.,]\d)")


def _add_either_way(text: str, start: int, end: int, first: int, second: int, dates: list[DateReading],
                    taken: list[tuple[int, int]]) -> None:
    """Read `first`/`second` as a day and a month either way round, where nothing read already overlaps it."""
    if any(other_start < end and start < other_end for other_start, other_end in taken):
        return
    readings = frozenset(reading for reading in ((None, first, second), (None, second, first)) if _valid(*reading))
    if readings:
        dates.append(DateReading(text[start:end], start, end, "date", readings))
        taken.append((start, end))


def _yearless_dates(text: str, found: list[DateReading]) -> list[DateReading]:
    taken = [(date.start, date.end) for date in found]
    dates = []
    for match in _YEARLESS_DATE_RE.finditer(text):
        a, b = ("a", "b") if match.group("a") else ("a2", "b2")
        start, end = match.start(a), match.end(b)
        if any(other_start < end and start < other_end for other_start, other_end in taken):
            continue
        first, second = int(match.group(a)), int(match.group(b))
        # ("09/27", "expires on 03/27" is also a card's month and year: September 2027, March 2027.)
        month_year = ((2000 + second, first, None),) if a == "a2" or second > 12 else ()
        readings = frozenset(reading for reading in ((None, first, second), (None, second, first), *month_year)
                             if _valid(*reading))
        if readings:
            dates.append(DateReading(text[start:end], start, end, "date", readings))
            taken.append((start, end))
    # ("from 27/12 onwards": after "from", "after", "before" or "since", a day past the 12th makes it
    # a date; "from 1/2 to 3/4 cup" are fractions.)
    for match in _DAY_AFTER_A_MOMENT_WORD_RE.finditer(text):
        if max(int(match.group("a")), int(match.group("b"))) > 12:
            _add_either_way(text, *match.span("date"), int(match.group("a")), int(match.group("b")), dates, taken)
    # ("Posting dates (day/month): Europe 05/12, Asia 15/12": a text that names the format.)
    if _FORMAT_NAMED_RE.search(text):
        for match in _SLASHED_DAY_AND_MONTH_RE.finditer(text):
            _add_either_way(text, *match.span(), int(match.group(1)), int(match.group(2)), dates, taken)
    # ("from 29/12 to 6/1": the end of a range that starts with a date is one.)
    for date in list(dates):
        match = _YEARLESS_RANGE_END_RE.match(text, date.end)
        if match is None:
            continue
        start, end = match.span("date")
        first, second = int(match.group("a")), int(match.group("b"))
        readings = frozenset(reading for reading in ((None, first, second), (None, second, first)) if _valid(*reading))
        if readings and not any(other_start < end and start < other_end for other_start, other_end in taken):
            dates.append(DateReading(text[start:end], start, end, "date", readings))
            taken.append((start, end))
    return sorted(dates, key=lambda date: date.start)


_YEARLESS_RANGE_END_RE = re.compile(r"[\x20\u00a0]*(?:to|until|till|through|[–-])[\x20\u00a0]*"
                                    r"(?P<date>(?P<a>\d{1,2})/(?P<b>\d{1,2}))(?![\d/]|[.,]\d)")
_DAY_AFTER_A_MOMENT_WORD_RE = re.compile(r"(?i)\b(?:from|after|before|since)[\x20\u00a0]+(?P<date>(?P<a>\d{1,2})/(?P<b>\d{1,2}))"
                                         r"(?![\d/]|[.,]\d)")


# A day and month without a year in a translation whose source gives one: "15/03", "15.03", "3/15".
# (A dot joins them only where it starts no decimals, before a month of two digits: not "2.5 kg".)
_DAY_MONTH_RE = re.compile(r"(?<![\w/.,:-])(?P<a>\d{1,2})(?:(?P<sep>\.)(?=\d\d)|/)(?P<b>\d{1,2})(?![\d/]|[.,:]\d|-\d)")


_TO_AN_HOUR_RE = re.compile(r"[\x20\u00a0\u202f]*(?:-|–|—|bis|à|a|до)[\x20\u00a0\u202f]*\d{1,2}(?:[.:]\d{2})?"
                            r"[\x20\u00a0\u202f]*(?:Uhr|h|ч)(?!\w)")


def _yearless_day_months(text: str, found: list[DateReading], decimal: str) -> list[DateReading]:
    taken = [(date.start, date.end) for date in found]
    dates = []
    for match in _DAY_MONTH_RE.finditer(text):
        start, end = match.start(), match.end()
        if (match.group("sep") == "." and decimal == ".") or any(
                other_start < end and start < other_end for other_start, other_end in taken):
            continue
        if match.group("sep") == "." and _TO_AN_HOUR_RE.match(text, end):
            continue  # "von 7.30 bis 13 Uhr": the start of a range of hours (see _range_hours)
        first, second = int(match.group("a")), int(match.group("b"))
        readings = frozenset(reading for reading in ((None, first, second), (None, second, first)) if _valid(*reading))
        if readings:
            dates.append(DateReading(match.group(), start, end, "date", readings))
    return dates


# A bare hour in an English text that gives other times by the twelve-hour clock: "the concert
# starts at 8:30 p.m. and ends around 11." (either half of the day: 11:00 or 23:00), "at 8 sharp"; not the end of
# a range of numbers, "at 10:30 a.m. for ages 3 to 6.", nor a bound, "may buy up to 2.".
_CLOCK_WORDS = r"o['’]clock|sharp\b|on\s+the\s+dot\b"
_BARE_HOUR_RE = re.compile(r"(?i)(?<![\w-])(?:at|around|about|until|till|by|before|after|(?<!\d\x20)(?<!\bup\x20)to)\s+"
                           r"(?P<h>1[0-2]|[1-9])"
                           r"(?=\s*(?:[.,](?!\d)|[;:)!?]|" + _CLOCK_WORDS + "|$))")
_SAYS_THE_CLOCK_RE = re.compile(r"(?i)\s*(?:" + _CLOCK_WORDS + ")")
# Opening hours said by bare hours that cross noon: "Monday–Friday from 9 to 5", "open 8 to 4 daily"
# (9:00 to 17:00; "from 3 to 6" crosses nothing and stays two numbers).
_OFFICE_HOURS_RE = re.compile(r"(?i)\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekdays|daily|open|opens|hours:?)"
                              r"(?:[\x20,]*(?:to|through|[–-])[\x20]*(?:mon|tues|wednes|thurs|fri|satur|sun)days?)?[\x20,]*"
                              r"(?:from\x20+|(?P<between>between\x20+))?(?P<a>[6-9]|1[01])\x20*"
                              r"(?(between)and|(?:to|until|till|[–-]))\x20*(?P<b>[1-8])"
                              r"(?![\d:]|[.,]\d|\x20*(?:[ap]\.?m|hours|years|days|weeks|months|minutes|people|persons|children"
                              r"|kg|km|%))")


def _may_say_office_hours(text: str) -> bool:
    return ("day" in text or "open" in text or "ours" in text) and _OFFICE_HOURS_RE.search(text) is not None


def _office_hours(text: str, found: list[DateReading]) -> list[DateReading]:
    taken = [(date.start, date.end) for date in found]
    hours = []
    for match in _OFFICE_HOURS_RE.finditer(text):
        if any(start < match.end() and match.start() < end for start, end in taken):
            continue
        morning, afternoon = int(match.group("a")), int(match.group("b"))
        hours.append(DateReading(match.group("a"), match.start("a"), match.end("a"), "time",
                                 frozenset({(morning, 0, None)})))
        hours.append(DateReading(match.group("b"), match.start("b"), match.end("b"), "time",
                                 frozenset({(afternoon + 12, 0, None)})))
    return hours


def _bare_hours(text: str, found: list[DateReading]) -> list[DateReading]:
    """Each bare hour: in the afternoon when it follows an earlier afternoon time ("8:30 p.m. ...
    around 11"), else in either half of the day ("11 p.m. ... closes at 2")."""
    marked = [date for date in found if date.kind == "time" and _HALF_DAY_RE.search(date.text)]
    if not marked and _SAYS_THE_CLOCK_RE.search(text) is None:
        return []
    taken = [(date.start, date.end) for date in found]
    hours = []
    for match in _BARE_HOUR_RE.finditer(text):
        start, end = match.span("h")
        if any(other_start < end and start < other_end for other_start, other_end in taken):
            continue
        if not marked and _SAYS_THE_CLOCK_RE.match(text, end) is None:
            continue  # (alone, an hour says the clock only with "o'clock" or "sharp")
        hour = int(match.group("h"))
        before = [date for date in marked if date.end <= start]
        # ("open 8 a.m. to 6:30 p.m.; tastings at 11": hours that span the day leave either half.)
        afternoon = before and _AFTERNOON_RE.search(before[-1].text) and all(
            reading[0] - 12 <= hour % 12 for reading in before[-1].readings) and all(
            _AFTERNOON_RE.search(date.text) for date in before)
        # ("by 7:45 a.m.; the briefing starts at 8 sharp": the same morning.)
        morning = before and not _AFTERNOON_RE.search(before[-1].text) and all(
            reading[0] <= hour % 12 for reading in before[-1].readings)
        readings = ({(hour % 12 + 12, 0, None)} if afternoon else {(hour % 12, 0, None)} if morning
                    else {(hour, 0, None), (hour + 12, 0, None)})
        hours.append(DateReading(match.group("h"), start, end, "time", frozenset(readings)))
    return hours


_GROUPED_AFTER_RE = re.compile(r",\d{3}(?!\d)")  # (not "1:31.402", a lap's time)
_RATIO_BEFORE_RE = re.compile(r"(?i)\b(?:ratios?|verhältnis\w*|rapport|taux\s+d['’]encadrement|proporción|соотношени\w*"
                              r"|scales?|échelle|maßstab\w*|escala|масштаб\w*)\b"
                              r"[^.;!?]*$")


def read_dates(text: str, locale: str, short_times: bool = False,
               clocks: frozenset[tuple[int, int, None]] = frozenset(),
               day_months: bool = False) -> tuple[DateReading, ...]:
    """The dates and times of `text` (digits already ASCII), in text order. `clocks`: the source's
    times, the only ones minutes and seconds ("4 min 35") may write ("9分40秒後" is a span);
    `day_months`: whether the source gives a date without its year, which "15/03" may write."""
    language = locale_symbols(locale).language
    if _HINT_RE.search(text) is None and not names_a_month(text, locale) and not (
            short_times and _names_a_day_part(text, locale)) and not (
            (short_times or language == "en") and language in _NOON_RES and _NOON_RES[language].search(text)) and not (
            short_times and may_say_a_clock_in_words(text, language)) and not (
            language == "en" and _may_say_office_hours(text)):
        return ()
    found = []
    for match in _date_re(locale, short_times).finditer(text):
        read = _readings(match, locale)
        if read is not None and read[0] == "time" and ":" in match.group() and _RATIO_BEFORE_RE.search(
                text, max(0, match.start() - 64), match.start()):
            continue  # "a ratio of 1:10 for ages 9 to 12": parts, no time (not "Le rapport ... à 18 h")
        if read is not None and read[0] == "time" and _GROUPED_AFTER_RE.match(text, match.end()) is not None:
            continue  # "1:25,000": a map's scale
        if read is not None and (not short_times or match.group("mm") is None and match.group("hmh") is None
                                 or read[1] & clocks):
            found.append(DateReading(match.group(), match.start(), match.end(), read[0], read[1]))
    language = locale_symbols(locale).language
    if language == "en" and "/" in text:
        found = _in_the_order_shown(sorted(found + _yearless_dates(text, found), key=lambda date: date.start), text)
    elif day_months:
        found = sorted(found + _yearless_day_months(text, found, locale_symbols(locale).convention.decimal),
                       key=lambda date: date.start)
    if language == "ja" and "/" in text:
        found = sorted(found + _japanese_month_days(text, found), key=lambda date: date.start)
    if (short_times or language == "en") and language in _NOON_RES:
        found = sorted(found + _noon_and_midnight(text, found, language), key=lambda date: date.start)
    if language == "en" and _may_say_office_hours(text):
        found = sorted(found + _office_hours(text, found), key=lambda date: date.start)
    if found and any(date.kind == "date" for date in found):
        found = sorted(found + _range_days(text, found, locale) + _range_months(text, found, locale),
                       key=lambda date: date.start)
        shares_a_day = " of " in text if language == "en" else language != "ja"
        if shares_a_day:
            found = sorted(found + _months_sharing_a_day(text, found, locale), key=lambda date: date.start)
    if short_times and may_say_a_clock_in_words(text, language):
        found = sorted(found + _clocks_in_words(text, found, language), key=lambda date: date.start)
    if found and any(date.kind == "time" for date in found):
        found = sorted(found + _range_hours(text, found) + _listed_hours(text, found)
                       + _hyphened_range_ends(text, found), key=lambda date: date.start)
        found = _half_day_shared(text, found)
        if language == "en":
            found = sorted(_clocks_of_either_half(found) + _bare_hours(text, found), key=lambda date: date.start)
        if language == "ja":
            found = [_past_midnight(date) for date in found]
    return tuple(found)


def _past_midnight(date: DateReading) -> DateReading:
    """Japanese counts the hours after midnight on from 24: "24時30分" is also the next day's 0:30."""
    late = frozenset((hour - 24, minute, second) for hour, minute, second in date.readings
                     if date.kind == "time" and isinstance(hour, int) and 24 <= hour <= 29)
    return DateReading(date.text, date.start, date.end, date.kind, date.readings | late) if late else date


_CLOCK_RE = re.compile(r"(\d{1,2}):\d{2}")


def _clocks_of_either_half(found: list[DateReading]) -> list[DateReading]:
    """In an English text that gives its times by the twelve-hour clock ("starts at 7:30 p.m."), a
    time with no a.m. or p.m. of its own ("doors open at 6:45") may be in either half of the day."""
    if not any(date.kind == "time" and _HALF_DAY_RE.search(date.text) for date in found) or any(
            date.kind == "time" and (clock := _CLOCK_RE.fullmatch(date.text)) and int(clock.group(1)) > 12
            for date in found):
        return found
    widened = []
    for date in found:
        clock = _CLOCK_RE.fullmatch(date.text) if date.kind == "time" else None
        if clock is not None and 1 <= int(clock.group(1)) <= 11:
            date = DateReading(date.text, date.start, date.end, date.kind, date.readings | frozenset(
                (reading[0] + 12, *reading[1:]) for reading in date.readings if reading[0] < 12))
        widened.append(date)
    return widened


# Japanese writes a date without its year month first with a slash, before a weekday or a particle:
# "11/30（土）", "11/30まで" (not "1/2", a half, alone).
_JAPANESE_MONTH_DAY_RE = re.compile(r"(?<![\d/.,])(1[0-2]|0?[1-9])/(3[01]|[12]\d|0?[1-9])(?![\d/.,])"
                                    r"(?=[（(]|まで|から|〜|～|より|に|の|は|で)")


def _japanese_month_days(text: str, found: list[DateReading]) -> list[DateReading]:
    return [DateReading(match.group(), match.start(), match.end(), "date",
                        frozenset({(None, int(match.group(1)), int(match.group(2)))}))
            for match in _JAPANESE_MONTH_DAY_RE.finditer(text)
            if not any(date.start < match.end() and match.start() < date.end for date in found)]


_SLASHED_RE = re.compile(r"(\d{1,2})/(\d{1,2})(?:/\d{2,4})?")


_FORMAT_NAMED_RE = re.compile(r"\b(DD|MM|dd|mm|[Dd]ay|[Mm]onth)\s?/\s?(?:MM|DD|mm|dd|[Dd]ay|[Mm]onth)(?:\s?/\s?(?:YYYY|YY|yyyy|yy|[Yy]ear))?\b")


def _in_the_order_shown(found: list[DateReading], text: str) -> list[DateReading]:
    """An English text's numeric dates, read in the one order its dates that can be read only one
    way show: "installed on 03/15/2021 and inspected on 09/02/2024" is American throughout (2
    September), as "from 11/03 to 11/14" is (3 November)."""
    orders = set()
    for date in found:
        slashed = _SLASHED_RE.fullmatch(date.text) if date.kind == "date" else None
        if slashed is not None:
            first, second = int(slashed.group(1)), int(slashed.group(2))
            if first != second and (first > 12) != (second > 12):
                orders.add(second > 12)  # True: the month first
    # ... or that the text names: "01/04/2025 (DD/MM/YYYY)".
    for named in _FORMAT_NAMED_RE.finditer(text):
        orders.add(named.group(1).upper() in ("MM", "MONTH"))
    found = [_on_its_weekday(date, text) for date in found]
    if not orders:  # ... or else its English: "£", "centre" are British, "color", "ET" American; and
        # a text that shows neither is American, as msgids are: a translation that reads "03/04/2025"
        # as 3 April has moved the date a month.
        british = english_variety.is_british(text, unmarked=False)
        orders = set() if british is None else {not british}
    if len(orders) != 1:
        return found
    month_first = orders.pop()
    shown = []
    for date in found:
        slashed = _SLASHED_RE.fullmatch(date.text) if date.kind == "date" else None
        if slashed is not None:
            month = int(slashed.group(1) if month_first else slashed.group(2))
            kept = frozenset(reading for reading in date.readings if reading[1] == month)
            if kept and kept != date.readings:
                date = DateReading(date.text, date.start, date.end, date.kind, kept)
        shown.append(date)
    return shown


def _on_its_weekday(date: DateReading, text: str) -> DateReading:
    """A date read either way round, read the way that falls on the weekday named beside it
    ("Thursday, 6/5/2025" is 5 June)."""
    if date.kind != "date" or len(date.readings) < 2:
        return date
    weekday = weekdays.weekday_named_beside(text, date.start, date.end)
    if weekday is None:
        return date
    kept = frozenset(reading for reading in date.readings if weekdays.falls_on(*reading, weekday))
    return DateReading(date.text, date.start, date.end, date.kind, kept) if kept else date


def _clocks_in_words(text: str, found: list[DateReading], language: str) -> list[DateReading]:
    """The times of day `text` says in words, where no date or time already read stands."""
    return [DateReading(clock.text, clock.start, clock.end, "time", clock.readings)
            for clock in read_clocks_in_words(text, language)
            if not any(date.start < clock.end and clock.start < date.end for date in found)]


# A range of clock times joined by a hyphen, "7:00-9:30": its end (the date pattern reads
# nothing right after a hyphen, which joins the parts of codes and ISO dates).
_HYPHENED_END_RE = re.compile(r"-(\d{1,2}):(\d{2})(?![\d:])")


def _hyphened_range_ends(text: str, times: list[DateReading]) -> list[DateReading]:
    found = []
    for time in times:
        match = _HYPHENED_END_RE.match(text, time.end) if time.kind == "time" else None
        read = match and _time(int(match.group(1)), int(match.group(2)))
        if read:
            found.append(DateReading(match.group()[1:], match.start() + 1, match.end(), read[0], read[1]))
    return found


# A half of the day said once for a range of times: "between 7:40 and 8:05 PM", "午後7時40分から8時5分".
_TIME_JOIN_RE = re.compile(r"[\x20\u00a0\u202f]*(?:and|to|until|till|et|à|bis|und|y|a|и|до|-|–|—|から|〜|～)"
                           r"[\x20\u00a0\u202f]*")
# Japanese says the half of the day once for the times of one sentence: "午後6時半に始まり、7時15分に終わります".
_JAPANESE_CLAUSE_RE = re.compile(r"[^。！？\n\d０-９]{1,12}")
# (Or a part of the day after it where the hours are of twelve: "de 6 a 8 de la tarde", "с 6 до 8 вечера";
# not French's or German's hours of 24, "de 11 h à 1 h du matin".)
_AFTERNOON_PARTS = r"tarde|noche|вечера|дня"
_HALF_DAY_RE = re.compile(rf"[aApP]\.?[\x20\u00a0]?[mM]\.?$|^(?:午前|午後)|(?:{_AFTERNOON_PARTS}|mañana|утра)$")
_AFTERNOON_RE = re.compile(rf"[pP]\.?[\x20\u00a0]?[mM]\.?$|^午後|(?:{_AFTERNOON_PARTS})$")


_TO_AN_HOUR_OF_24_RE = re.compile(r"[\x20\u00a0]*(?:〜|～|~|-|–|から|to|bis|à|a|до)[\x20\u00a0]*(?:1[3-9]|2[0-4])(?::|時|h\b|[\x20\u00a0]?Uhr)")


def _half_day_shared(text: str, times: list[DateReading]) -> list[DateReading]:
    """Each time of twelve hours joined to one that says a.m. or p.m. when it says none itself reads
    in the half of the day that keeps the two in order: 7:40 is 19:40 before "and 8:05 PM", 6:30 is
    18:30 in "from 6:30 to 9:30 p.m.", 10 is 10:00 in "from 10 to 2 p.m."."""
    shared = list(times)
    for index, (first, second) in enumerate(zip(times, times[1:])):
        if first.kind != "time" or second.kind != "time" or not (
                _TIME_JOIN_RE.fullmatch(text, first.end, second.start)
                or first.text.startswith(("午前", "午後")) and _JAPANESE_CLAUSE_RE.fullmatch(text, first.end, second.start)):
            continue
        marked = [bool(_HALF_DAY_RE.search(time.text)) for time in (first, second)]
        if marked[0] == marked[1]:
            continue
        plain_index = index if marked[1] else index + 1
        plain, marker = shared[plain_index], (second if marked[1] else first)
        if not plain.text[:1].isdigit():
            continue  # noon and midnight say their half of the day
        if plain_index == index + 1 and _TO_AN_HOUR_OF_24_RE.match(text, plain.end):
            continue  # "午後1時、土曜日が10時〜14時": hours of 24, the afternoon said for another time
        afternoon = bool(_AFTERNOON_RE.search(marker.text))
        marker_hour = min(hour for hour, _, _ in marker.readings) % 12
        readings = set()
        for hour, minute, rest in plain.readings:
            if hour > 12:
                readings.add((hour, minute, rest))
                continue
            in_order = hour % 12 <= marker_hour if plain_index == index else hour % 12 >= marker_hour
            readings.add((hour % 12 + (12 if afternoon == in_order else 0), minute, rest))
        shared[plain_index] = DateReading(plain.text, plain.start, plain.end, plain.kind, frozenset(readings))
    return shared


# The start of a range of hours that says "o'clock" once: "von 9 bis 17 Uhr", "de 9 a 17 h".
# (Not the digits of a code: "la porte B12 à 18 h 20" holds no range of hours.)
_HOUR_BEFORE_RE = re.compile(r"(?:(?<=zwischen )|(?<=between )|(?<=entre )|(?<=между )|(?<![\w.,:/])"
                             r"|(?<=[\u3040-\u30ff\u4e00-\u9fff]))(?P<hour>\d{1,2})"
                             r"(?:\.(?P<minute>[0-5]\d))?[\x20\u00a0\u202f]*(?P<joiner>-|–|—|〜|～|~|bis|à|a|au|до|to|(?P<and>und|and|et|y|и))"
                             r"[\x20\u00a0\u202f]*(?:las?[\x20\u00a0]+)?"
                             # "von 11 bis etwa 16 Uhr": the other end may be approximate.
                             r"(?:(?:etwa|ca\.|circa|gegen|about|around|approximately|environ|vers|hacia|sobre|около|примерно)"
                             r"[\x20\u00a0\u202f]+)?$")


def _range_hours(text: str, times: list[DateReading]) -> list[DateReading]:
    taken = [(time.start, time.end) for time in times]
    found = []
    for time in times:
        if time.kind != "time":
            continue
        match = _HOUR_BEFORE_RE.search(text, max(0, time.start - 30), time.start)
        if match is None or any(start < match.end("hour") and match.start("hour") < end for start, end in taken):
            continue
        if match.group("and") and re.search(r"(?:zwischen|between|entre|между)\s(?:las?\s)?$",
                                            text[max(0, match.start() - 13):match.start()], re.IGNORECASE) is None:
            continue  # "and" joins a range only after "between"
        joiner = match.group("joiner")
        if (joiner in ("à", "a", "au")
                and re.search(r"(?:\bde|entre|del|desde)\s$", text[max(0, match.start() - 7):match.start()],
                              re.IGNORECASE) is None):
            continue  # "de 9 à 17 h", not "terminal 5 à 18 h 45"
        hour, minute = int(match.group("hour")), int(match.group("minute") or 0)
        end = match.end("minute") if match.group("minute") else match.end("hour")  # ("von 7.30 bis 13 Uhr")
        if hour <= 24:
            found.append(DateReading(text[match.start("hour"):end], match.start("hour"), end, "time",
                                     frozenset({(hour, minute, None)})))
    return found


# The hours of a list that says "o'clock" once, after the word that places them: "um 7 und um 19
# Uhr", "um 0, 6, 12 und 18 Uhr", "à 7 et 19 h", "a las 7 y a las 19 h", "в 7 и 19 ч".
_LISTED_HOURS_RE = re.compile(r"(?<![\w.,:/])(?:um|à|a\s+las?|в)[\x20\u00a0](?P<hours>\d{1,2}(?:,[\x20\u00a0]\d{1,2})*)"
                              r"[\x20\u00a0]+(?:und|et|y|и)[\x20\u00a0]+(?:(?:um|à|a\s+las?|в)[\x20\u00a0]+)?$")


def _listed_hours(text: str, times: list[DateReading]) -> list[DateReading]:
    taken = [(time.start, time.end) for time in times]
    found = []
    for time in times:
        if time.kind != "time" or not time.text[:1].isdigit():
            continue
        match = _LISTED_HOURS_RE.search(text, max(0, time.start - 40), time.start)
        if match is None:
            continue
        for hour in _HOUR_RE.finditer(text, match.start("hours"), match.end("hours")):
            value = int(hour.group())
            if value <= 24 and not any(start < hour.end() and hour.start() < end for start, end in taken):
                found.append(DateReading(hour.group(), hour.start(), hour.end(), "time", frozenset({(value, 0, None)})))
    return found


_HOUR_RE = re.compile(r"\d{1,2}")


# The other end of a range of days that says its month once: "du 6 au 8 octobre", "vom 6. bis
# 8. Oktober", "12./13. August", "с 6 по 8 октября", "October 6 to 8", "10月6日から8日", weekdays allowed between
# ("du lundi 6 au mercredi 8 octobre"); not the digits of a code ("SAVE25 до 31 декабря"). The bare
# day takes the month and year of its date.
# (A joiner in words is a word of its own: not the "a" of "arranca", nor the "по" of "получить". The
# night "vom 12. auf den 13. August", "с 12 на 13 августа" joins two days.)
# ("25 or 26 December", "12月25日または26日": the month said once for either day.)
_RANGE_DAY_JOINER = (r"(?:-|–|—|/|から|〜|～|(?:[・、と]|または|か)(?=\d{1,2}日)|(?:to|through|au|à|bis|auf|al|a|hasta|по|до|на"
                     r"|(?P<and>and|et|und|y|и|or|ou|oder|o|или))(?![^\W\d_]))")
_AGE_BEFORE_A_DAY_RE = re.compile(r"(?i)\b(?:under|over|aged?|ages|below|above)[\x20\u00a0-]+$")
_OTHER_LANGUAGES_JOINER_RE = re.compile(r"(?i)(?<![\w])(?:au|à|bis|auf|al|a|hasta|по|до|на|et|und|y|и|ou|oder|o|или)(?![\w])")
_DAY_BEFORE_RE = re.compile(r"(?<![\d.,:/])(?<![A-Za-z])(?P<day>\d{1,2})(?:\.|er|st|nd|rd|th|日)?[\x20\u00a0\u202f]*"
                            + _RANGE_DAY_JOINER + r"[\x20\u00a0\u202f]*(?P<between>(?:[^\W\d_]+\.?,?[\x20\u00a0\u202f]+){0,2})$")
# (Japanese puts the day of the week in brackets after the date: "7月12日（金）から14日（日）".)
_DAY_AFTER_RE = re.compile(r"(?:[（(][月火水木金土日](?:曜日?)?[）)])?(?:夜|朝|昼|夕方|未明|深夜|午前|午後)?[\x20\u00a0\u202f]*"
                           + _RANGE_DAY_JOINER
                           + r"[\x20\u00a0\u202f]*(?P<between>(?:[^\W\d_]+\.?,?[\x20\u00a0\u202f]+){0,2})(?P<day>\d{1,2})"
                           # (Not a count after a Japanese date: "4月1日から14週間" is fourteen weeks, "から3日間"
                           # three days.)
                           r"(?:st|nd|rd|th|日)?(?![\d.,:/]\d|\d|日?[間分目]|[週年時分秒人個件回台か万億]|[\x20\u00a0\u202f]?[%％‰°])"
                           r"(?:,?[\x20\u00a0\u202f]+(?P<year>\d{4})(?!\d))?")


def _between(match: re.Match[str], date: DateReading, text: str) -> str:
    """The words between the joiner and the date's day (or the bare day)."""
    if match.end() <= date.start:
        return text[match.end("and"):date.start]
    return text[match.end("and"):match.start("day")]


_ARTICLES = frozenset("the le la l' el los las der die das den dem zum zur am".split())


@lru_cache(maxsize=None)
def _weekday_words(locale: str) -> frozenset[str]:
    from babel.dates import get_day_names

    return frozenset(_ARTICLES | {day.rstrip(".") for _, day in _cldr_names(get_day_names, locale)})


def _only_weekdays(words: str, locale: str) -> bool:
    return _weekday_words(locale).issuperset(word.rstrip(".,").lower() for word in words.split())


_NIGHT_JOINER_RE = re.compile(r"[\x20\u00a0\u202f]*(?:на|auf)(?!\w)")


_WORD_JOINER_RE = re.compile(r"[^\W\d_]{2,}")


def _range_days(text: str, dates: list[DateReading], locale: str) -> list[DateReading]:
    taken = [(date.start, date.end) for date in dates]
    english = locale_symbols(locale).language == "en"
    found = []
    for date in dates:
        if date.kind != "date":
            continue
        for match, year in ((_DAY_BEFORE_RE.search(text, max(0, date.start - 40), date.start), None),
                            (_DAY_AFTER_RE.match(text, date.end), "year")):
            if match is None or any(start < match.end("day") and match.start("day") < end for start, end in taken):
                continue
            if english and (_OTHER_LANGUAGES_JOINER_RE.search(match.group()) is not None
                            or _AGE_BEFORE_A_DAY_RE.search(text, max(0, match.start("day") - 8), match.start("day"))):
                continue  # "under 18 a 05/15": "a" joins no English range; "under-18s and 05/15": an age
            if year and _NIGHT_JOINER_RE.match(text, date.end):
                continue  # "с 12 на 13 августа" joins a night; "30 апреля на глубину 2 см" joins nothing
            # "and" joins a range only with nothing but articles and weekdays between ("entre le lundi 6
            # et le mercredi 8 octobre"), not "update 2 and the March 3 release"; nor does any other
            # joiner join across other words ("Form W-2 to employees by January 31").
            if match.group("and") and not _only_weekdays(_between(match, date, text), locale):
                continue
            if match.group("between") and not _only_weekdays(match.group("between"), locale):
                continue
            if (not year and locale_symbols(locale).language == "de" and _WORD_JOINER_RE.search(match.group())
                    and text[match.end("day"):match.end("day") + 1] != "."):
                continue  # "Route 4 bis zum 15. Mai": a German day has its dot ("vom 4. bis zum 15. Mai")
            day = int(match.group("day"))
            stated_year = int(match.group("year")) if year and match.group("year") else None
            readings = frozenset((stated_year or reading[0], reading[1], day) for reading in date.readings
                                 if reading[1] is not None and reading[2] is not None and _valid(None, reading[1], day))
            if readings:
                end = match.end("year") if stated_year else match.end("day")
                found.append(DateReading(text[match.start("day"):end], match.start("day"), end, "date", readings))
                taken.append((match.start("day"), end))
    return found + _listed_days(text, found, taken)


# A year a Japanese notice says once, before the day it dates: "2025年の春季健診は、4月8日より".
_YEAR_APART_JA_RE = re.compile(r"(?<![\d.,])(?P<year>(?:19|20)\d\d)年(?![\d度間]|[0-9]*月)")


def with_the_year_said_apart(text: str, dates: tuple[DateReading, ...],
                             source_dates: tuple[DateReading, ...]) -> tuple[DateReading, ...]:
    """A Japanese text's dates with the year it says apart, earlier in the sentence, given to a day
    without its own where the source dates that day in that year (and the year itself read as that
    date, so that it is no number of its own)."""
    added = []
    for year in _YEAR_APART_JA_RE.finditer(text):
        sentence_end = text.find("。", year.end())
        later = [date for date in dates if date.kind == "date" and year.end() <= date.start
                 and (sentence_end < 0 or date.start < sentence_end)]
        for date in later:
            days = {reading[1:] for reading in date.readings if reading[0] is None and None not in reading[1:]}
            dated = frozenset((int(year.group("year")), *day) for day in days
                              if any((int(year.group("year")), *day) in other.readings for other in source_dates))
            if dated:
                added.append(DateReading(year.group(), year.start(), year.end(), "date", dated))
                added.append(DateReading(date.text, date.start, date.end, date.kind, date.readings | dated))
                dates = tuple(other for other in dates if other is not date)
                break
    return tuple(sorted(dates + tuple(added), key=lambda date: date.start)) if added else dates


# A later day of the month just named, in a sentence of its own: "1月14日は休業いたします。15日は正午から
# 営業を再開します。" (not a count of days: "15日以内", "15日間").
_LATER_DAY_JA_RE = re.compile(r"(?:(?<=[。、\n\s])|^)(?P<day>[12]?\d|3[01])日(?=は|から|より|まで|に|の|[（(])")


def later_days_of_the_month(text: str, dates: tuple[DateReading, ...],
                            source_dates: tuple[DateReading, ...]) -> tuple[DateReading, ...]:
    """A Japanese text's dates with the later days of a month it has named that the source names as
    dates (a bare "15日" is no date where the source says "the 15th" or "15 days")."""
    named = [date for date in _later_days(text, list(dates))
             if any(other.kind == "date" and other.readings & date.readings for other in source_dates)]
    return tuple(sorted(dates + tuple(named), key=lambda date: date.start)) if named else dates


def _later_days(text: str, dates: list[DateReading]) -> list[DateReading]:
    found = []
    for match in _LATER_DAY_JA_RE.finditer(text):
        day = int(match.group("day"))
        before = [date for date in dates if date.kind == "date" and date.end <= match.start()
                  and match.start() - date.end <= 60]
        if not before or any(date.start <= match.start("day") < date.end for date in dates):
            continue
        readings = frozenset((reading[0], reading[1], day) for reading in before[-1].readings
                             if reading[1] is not None and reading[2] is not None and reading[2] < day
                             and _valid(reading[0], reading[1], day))
        if readings:
            found.append(DateReading(match.group("day"), match.start("day"), match.end("day"), "date", readings))
    return found


# The other months of a list that says its day once: "on the 10th of March, June, September and December",
# "le 1er janvier, avril, juillet et octobre", "am 1. Januar, April, Juli und Oktober".
_OF_A_MONTH_RE = re.compile(r"(?i)(?:st|nd|rd|th)[\x20\u00a0]+of[\x20\u00a0]+[^\W\d_]+$")
_MONTH_AFTER_ITS_DAY_RE = re.compile(r"\d(?:\.|er|º|-?го)?[\x20\u00a0]+(?:de[\x20\u00a0]+)?[^\W\d_]+$")
_NEXT_MONTH_RE = re.compile(r"(?:,[\x20\u00a0]*|,?[\x20\u00a0]+(?:and|or|&|et|ou|und|oder|y|e|o|u|и|или)[\x20\u00a0]+)"
                            r"(?P<month>[^\W\d_]+)")


def _months_sharing_a_day(text: str, dates: list[DateReading], locale: str) -> list[DateReading]:
    names = _lowercase_month_names(locale)
    english = locale_symbols(locale).language == "en"
    found = []
    for date in dates:
        days = {reading[2] for reading in date.readings}
        if date.kind != "date" or len(days) != 1 or None in days or (
                _OF_A_MONTH_RE if english else _MONTH_AFTER_ITS_DAY_RE).search(date.text) is None:
            continue
        day, years = days.pop(), {reading[0] for reading in date.readings}
        at = date.end
        while (match := _NEXT_MONTH_RE.match(text, at)) is not None and match.group("month").lower() in names:
            month = names[match.group("month").lower()]
            readings = frozenset((year, month, day) for year in years if _valid(year, month, day))
            if readings:
                found.append(DateReading(match.group("month"), match.start("month"), match.end("month"), "date",
                                         readings))
            at = match.end()
    return found


# More days of a list that says its month once: "9, 10 and 12 May", "5月9日・10日・12日".
_LISTED_DAY_BEFORE_RE = re.compile(r"(?<![\d.,:/])(?<![A-Za-z])(?P<day>\d{1,2})(?:\.|er|st|nd|rd|th)?[\x20\u00a0\u202f]*"
                                   r"[,、・][\x20\u00a0\u202f]*$")
_LISTED_DAY_AFTER_RE = re.compile(r"日?[・、][\x20\u00a0\u202f]*(?P<day>\d{1,2})(?=日)")


def _listed_days(text: str, days: list[DateReading], taken: list[tuple[int, int]]) -> list[DateReading]:
    found = []
    last = list(days)
    while last:
        added = []
        for date in last:
            for match in (_LISTED_DAY_BEFORE_RE.search(text, max(0, date.start - 8), date.start),
                          _LISTED_DAY_AFTER_RE.match(text, date.end)):
                if match is None or any(start < match.end("day") and match.start("day") < end for start, end in taken):
                    continue
                day = int(match.group("day"))
                readings = frozenset((reading[0], reading[1], day) for reading in date.readings
                                     if reading[1] is not None and _valid(None, reading[1], day))
                if readings:
                    added.append(DateReading(match.group("day"), match.start("day"), match.end("day"), "date", readings))
                    taken.append((match.start("day"), match.end("day")))
        found += added
        last = added
    return found


# The first month of a range that says its year once: "between March and November 2022", "de mars à
# novembre 2022", "von März bis November 2022" (Japanese writes the year first: "2022年3月から11月").
_MONTH_BEFORE_RE = re.compile(r"(?P<month>[^\W\d_]+)\.?,?[\x20\u00a0\u202f]*" + _RANGE_DAY_JOINER
                              + r"[\x20\u00a0\u202f]*$")


def _range_months(text: str, dates: list[DateReading], locale: str) -> list[DateReading]:
    names = _lowercase_month_names(locale)
    found = []
    for date in dates:
        years = {reading[0] for reading in date.readings if reading[2] is None and reading[0] is not None}
        if date.kind != "date" or len(years) != 1:
            continue
        match = _MONTH_BEFORE_RE.search(text, max(0, date.start - 30), date.start)
        month = names.get(match.group("month").lower()) if match is not None else None
        if month is not None:
            found.append(DateReading(match.group("month"), match.start("month"), match.end("month"), "date",
                                     frozenset({(years.pop(), month, None)})))
    return found


@lru_cache(maxsize=None)
def _lowercase_month_names(locale: str) -> dict[str, int]:
    return {name.lower(): number for name, number in {**_month_names("en"), **_month_names(locale)}.items()}


def _stated_years(dates: tuple[DateReading, ...]) -> frozenset[int]:
    return frozenset(reading[0] for date in dates if date.kind == "date" for reading in date.readings
                     if reading[0] is not None)


def _same_day_one_without_year(first: DateReading, second: DateReading) -> bool:
    return any(one[1:] == other[1:] and (one[0] is None) != (other[0] is None)
               for one in first.readings for other in second.readings)


def _in_digits(date: DateReading) -> bool:
    return any(character.isdigit() for character in date.text)


# The seconds of a clock that states them: "2:00:35", "18.30.05".
_CLOCK_SECONDS_RE = re.compile(r"\d[:.]\d\d[:.](\d\d)(?!\d)")
_DURATION_SECONDS_RE = re.compile(r"(?<!\d)(\d{1,2})[\x20\u00a0\u202f]?" + _SECONDS + r"$")


def _seconds_agree(one: DateReading, other: DateReading) -> bool:
    """Two clocks that both state their seconds state the same ones ("2:00:35" is not "2:00:53", nor
    "1:42:07" "1 ч 42 мин 17 с")."""
    if one.kind != "time":
        return True
    seconds = [_seconds(date.text) for date in (one, other)]
    return None in seconds or seconds[0] == seconds[1]


def _seconds(text: str) -> int | None:
    found = _CLOCK_SECONDS_RE.search(text) or _DURATION_SECONDS_RE.search(text)
    return int(found.group(1)) if found else None


def day_after(reading: tuple[int | None, int | None, int | None], step: int) -> tuple[int | None, int | None, int | None]:
    """A date reading (year, month, day) moved by `step` days (the year may be unsaid)."""
    year, month, day = reading
    if month is None or day is None or not _valid(year, month, day):
        return reading
    try:
        moved = datetime.date(year or 2001, month, day) + datetime.timedelta(days=step)
    except ValueError:
        return reading
    return (moved.year if year is not None else None, moved.month, moved.day)


# "after 31 December" is "from 1 January", "before 1 May" is "until 30 April": the day after (or
# before) the source's date, said with a word that includes it (Japanese's after the date).
_AFTER_OR_BEFORE_RE = re.compile(r"(?i)\b(?:(?P<after>after)|(?P<before>before))\s+(?:the\s+)?$")
_INCLUSIVE_FROM_RES = {language: re.compile(pattern, re.IGNORECASE) for language, pattern in {
    "fr": r"(?:à\s+partir|dès|depuis)\s+(?:du|le|de\s+la)\s+$", "de": r"(?:ab|seit)\s+(?:dem\s+)?$",
    "es": r"(?:a\s+partir|desde)\s+(?:del|el)\s+$", "ru": r"(?:^|\s)(?:с|начиная\s+с)\s+$", "ja": r"(?:以降|以後|から)"}.items()}
_INCLUSIVE_UNTIL_RES = {language: re.compile(pattern, re.IGNORECASE) for language, pattern in {
    "fr": r"jusqu['’]au\s+$", "de": r"bis\s+(?:zum\s+|einschließlich\s+)?$", "es": r"hasta\s+(?:el\s+)?$",
    "ru": r"(?:^|\s)(?:по|до)\s+$", "ja": r"まで|以前"}.items()}


def next_day_said_inclusively(source_date: DateReading, target_date: DateReading, source: str, target: str,
                               target_language: str) -> bool:
    """The translation's date is the day after (before) the source's, which the source says is after
    (before) it, with a word that includes that day: "after 31 December" / "à partir du 1er janvier"."""
    said = _AFTER_OR_BEFORE_RE.search(source, max(0, source_date.start - 12), source_date.start)
    if said is None or source_date.kind != "date" or target_date.kind != "date":
        return False
    step = 1 if said.group("after") else -1
    mark = (_INCLUSIVE_FROM_RES if step == 1 else _INCLUSIVE_UNTIL_RES).get(target_language)
    if mark is None:
        return False
    said_inclusively = (mark.match(target, target_date.end) if target_language == "ja"
                        else mark.search(target, max(0, target_date.start - 24), target_date.start))
    return said_inclusively is not None and any(
        _next_said(reading, step) & target_date.readings for reading in source_date.readings)


def _next_said(reading: tuple[int | None, int | None, int | None], step: int) -> set[tuple[int | None, int | None, int | None]]:
    """The day after (before) a date; for a month ("before June 1981"), the month after (before)
    it, and its first (last) day."""
    year, month, day = reading
    if day is not None or month is None or not 1 <= month <= 12:
        return {day_after(reading, step)}
    month += step
    if month in (0, 13):
        year, month = (None if year is None else year + step), (12 if month == 0 else 1)
    edge = 1 if step == 1 else calendar.monthrange(year or 2001, month)[1]
    return {(year, month, None), (year, month, edge)}


def compare_dates(source: tuple[DateReading, ...],
                  target: tuple[DateReading, ...]) -> list[tuple[DateReading | None, DateReading | None]]:
    """Dates and times of one side that no date or time of the other side agrees with, paired in
    text order by kind: (source, target), (source, None) missing, (None, target) added."""
    left_target = list(target)
    lost = []
    # Noon and midnight in words pair first, with words if they can ("noon" / "mediodía"): "12pm
    # is noon" / "72pm es mediodía" has lost its 12pm, not its noon.
    left_source = list(source)
    for alike in (True, False):
        for date in list(left_source):
            partner = next((other for other in left_target if other.kind == date.kind and other.readings & date.readings
                            and (_in_digits(other) == _in_digits(date) or not alike)
                            and _seconds_agree(date, other)), None)
            if partner is not None:
                left_source.remove(date)
                left_target.remove(partner)
    lost = left_source
    # A range says its year once, each language at its own end ("May 31st – June 4th, 2017" /
    # "2017年5月31日から6月4日"): a date without its year agrees on month and day, when both
    # texts state the same years.
    if lost and left_target and _stated_years(source) == _stated_years(target):
        for date in list(lost):
            partner = next((other for other in left_target if other.kind == date.kind == "date"
                            and _same_day_one_without_year(date, other)), None)
            if partner is not None:
                lost.remove(date)
                left_target.remove(partner)
    # A date the translation says twice, once in words and once in digits ("im März 2027 (03/27)"),
    # is no date of its own.
    agreed = [date for date in source if date not in lost]
    left_target = [date for date in left_target
                   if not any(other.kind == date.kind and other.readings & date.readings for other in agreed)]
    pairs: list[tuple[DateReading | None, DateReading | None]] = []
    for date in lost:
        partner = next((other for other in left_target if other.kind == date.kind), None)
        if partner is not None:
            left_target.remove(partner)
        pairs.append((date, partner))
    pairs += [(None, date) for date in left_target]
    return pairs


@lru_cache(maxsize=None)
def _wide_month_names(locale: str) -> dict[str, int]:
    """The full names of the months in `locale` alone, every case CLDR and this module know."""
    from babel.dates import get_month_names

    names: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        try:
            months = get_month_names("wide", context=context, locale=locale)
        except Exception:  # an unknown locale
            return {}
        for number, written in months.items():
            if not any(character.isdigit() for character in written):
                names.setdefault(written.lower(), number)
    for case in _OTHER_CASES.get(locale_symbols(locale).language, ()):
        for number, month in enumerate(case.split(), 1):
            names.setdefault(month, number)
            names.setdefault(month.replace("ё", "е"), number)
    return names


# An English month's name, capitalised; "May" not first in a sentence, where it may ask leave.
_ENGLISH_MONTH_RE = re.compile(r"\b(?:January|February|March|April|June|July|August|September|October|November"
                               r"|December|(?<![.!?]\s)(?<!^)May)\b")
_WORD_RE = re.compile(r"[^\W\d_]+")


# (One search for a month's name anywhere, three times as fast as twelve substring tests.)
_ENGLISH_MONTH_HINT_RE = re.compile(r"[JFMASOND](?:anuary|ebruary|arch|pril|ay|une|uly|ugust|eptember|ctober|ovember"
                                    r"|ecember)")


def may_name_a_month_in_full(text: str, locale: str) -> bool:
    """The cheap test of months_changed."""
    if locale_symbols(locale).language == "en":
        return _ENGLISH_MONTH_HINT_RE.search(text) is not None and _ENGLISH_MONTH_RE.search(text) is not None
    return names_a_month(text, locale)


def _months_named(text: str, locale: str) -> list[tuple[int, int, int]]:
    """(month, start, end) of each month `text` names by its full name."""
    if locale_symbols(locale).language == "en":
        names = _wide_month_names("en")
        return [(names[match.group().lower()], match.start(), match.end()) for match in _ENGLISH_MONTH_RE.finditer(text)]
    names = _wide_month_names(locale)
    return [(names[match.group().lower()], match.start(), match.end())
            for match in _WORD_RE.finditer(text) if match.group().lower() in names]


def month_named_in(date: DateReading, text: str, locale: str) -> bool:
    """`date` is a month alone ("4月", "10月") that `text` names by its full name ("April")."""
    if date.kind != "date" or any(reading[0] is not None or reading[2] is not None for reading in date.readings):
        return False
    named = {month for month, _, _ in _months_named(text, locale)}
    return any(reading[1] in named for reading in date.readings)


def months_changed(source: str, target: str, source_locale: str,
                   target_locale: str) -> list[tuple[tuple[int, int, int], tuple[int, int, int]]]:
    """The months the source names that the translation names as other months ("in March" /
    "en mai"), each as (month, start, end) of both texts; nothing where either names none."""
    source_months = _months_named(source, source_locale)
    if not source_months:
        return []
    target_months = _months_named(target, target_locale)
    left = list(target_months)
    unmatched = []
    for month in source_months:
        partner = next((other for other in left if other[0] == month[0]), None)
        if partner is None:
            unmatched.append(month)
        else:
            left.remove(partner)
    changed = list(zip(unmatched, left))
    if changed:  # ("after 31 December" / "à partir du 1er janvier": the next day is in the next month.)
        source_dates, target_dates = read_dates(source, source_locale), read_dates(target, target_locale)
        changed = [(month, other) for month, other in changed
                   if not _days_apart_by_one(_date_around(source_dates, month), _date_around(target_dates, other))]
    return changed


def _date_around(found: tuple[DateReading, ...], month: tuple[int, int, int]) -> DateReading | None:
    return next((date for date in found if date.kind == "date" and date.start <= month[1] and month[2] <= date.end), None)


def _days_apart_by_one(source: DateReading | None, target: DateReading | None) -> bool:
    return source is not None and target is not None and any(
        day_after(reading, step) in target.readings for reading in source.readings for step in (1, -1))


# An ISO 8601 date's format, the year, the month and the day ("YYYY-MM-DD", "%Y-%m-%d"), written with the
# day and the month the other way round in a translation ("AAAA-DD-MM", "%Y-%d-%m", "ГГГГ-ДД-ММ"): ISO
# fixes the order, whatever the language writes its dates in.
_ISO_FORMAT_RE = re.compile(r"(?:%Y|YYYY|yyyy)-(?:%m|MM)-(?:%d|DD|dd)")
_ISO_FORMAT_SWAPPED_RE = re.compile(r"(?:%Y|YYYY|yyyy|AAAA|aaaa|JJJJ|jjjj|ГГГГ|гггг)-(?:%d|DD|dd|JJ|jj|TT|tt|ДД|дд)"
                                    r"-(?:%m|MM|ММ|мм)")
# A time's format, with its seconds or without ("hh:mm:ss", "%H:%M", "чч:мм:сс"): a translation keeps them.
_TIME_FORMAT_RE = re.compile(r"(?<![\w%])(?:%H|%I|HH|hh|ЧЧ|чч)[:：](?:%M|MM|mm|ММ|мм)(?P<seconds>[:：](?:%S|SS|ss|СС|сс))?"
                             r"(?![\w%])")


@dataclass(frozen=True)
class FormatChange:
    """A date or time format the translation writes with other fields: "YYYY-MM-DD" / "AAAA-DD-MM",
    "hh:mm:ss" / "hh:mm"."""
    said: re.Match[str]
    written: re.Match[str]
    said_fields: str
    written_fields: str


def may_write_a_format(text: str) -> bool:
    """The cheap test of a source."""
    return "YYYY-" in text or "%Y-" in text or "yyyy-" in text or (":" in text and (
        "mm" in text or "MM" in text or "%M" in text))


def format_changed(source: str, target: str) -> FormatChange | None:
    """The source's date or time format that the translation writes with its fields in another order
    or with one fewer or more, or None."""
    said = _ISO_FORMAT_RE.search(source)
    swapped = _ISO_FORMAT_SWAPPED_RE.search(target) if said is not None else None
    if said is not None and swapped is not None:
        return FormatChange(said, swapped, "year, month, day", "year, day, month")
    times_said = list(_TIME_FORMAT_RE.finditer(source))
    times_written = list(_TIME_FORMAT_RE.finditer(target))
    if not times_said or len(times_said) != len(times_written):
        return None  # (a format left out or added is another matter)
    for time_said, time_written in zip(times_said, times_written):
        if bool(time_said.group("seconds")) != bool(time_written.group("seconds")):
            return FormatChange(time_said, time_written, *(
                "hours, minutes, seconds" if time.group("seconds") else "hours, minutes" for time in (time_said, time_written)))
    return None
