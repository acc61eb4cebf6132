"""Times of day said in words: "halb neun" is 8:30, "Viertel vor fünf" 4:45, "a las seis y media de
la tarde" 18:30, "six heures et demie du soir" 18:30, "до часу ночи" 1:00. An hour said without
the part of the day may be either half of it ("halb neun": 8:30 or 20:30). Read only where the
source states a time (see dates.read_dates), and only in forms that say a clock, not a length of
time: "deux heures" alone may be either, "à deux heures du matin" is a clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache



@dataclass(frozen=True)
class ClockInWords:
    text: str
    start: int
    end: int
    readings: frozenset[tuple[int, int, None]]  # (hour, minute, None), in 24 hours


# The words for the parts of the day that follow an hour ("9 de la noche", "neuf heures du soir",
# "9 Uhr abends", "в 9 вечера"), here and in dates, and whether each moves the hour past noon:
# always (afternoon, evening), never (morning), from 6 on (night; "twelve at night" is midnight), or
# but for 12 (midday: "las 12 del mediodía" is noon, "la 1 del mediodía" one in the afternoon).
DAY_PARTS = {
    "es": {"mañana": "am", "madrugada": "am", "tarde": "pm", "noche": "night", "mediodía": "midday"},
    "pt": {"manhã": "am", "madrugada": "am", "tarde": "pm", "noite": "night"},
    "fr": {"matin": "am", "après-midi": "pm", "soir": "pm"},
    "it": {"mattina": "am", "mattino": "am", "pomeriggio": "pm", "sera": "pm", "notte": "night"},
    "de": {"morgens": "am", "früh": "am", "vormittags": "am", "nachmittags": "pm", "abends": "pm", "nachts": "night",
           "mittags": "midday"},
    "ru": {"утра": "am", "дня": "pm", "вечера": "pm", "ночи": "night"},
}


def day_part_hour(hour: int, word: str, language: str) -> int:
    """The hour of a clock of 24 hours that `hour` (of 12) is, said before the part of the day `word`."""
    part = DAY_PARTS[language][word.lower()]
    if part == "am" or (part == "night" and (hour < 6 or hour == 12)):
        return hour % 12
    if part == "midday" and hour == 12:
        return 12
    return hour % 12 + 12


# What stands between an hour in words and its part of the day.
# ("раз в два дня" is every two days: "дня" says the afternoon after the hour's word only.)
_BEFORE_A_DAY_PART = {"fr": r"\s+(?:du|de\s+l['’])\s*", "es": r"\s+(?:de\s+la|del)\s+", "de": r"\s+(?:Uhr\s+)?",
                      "ru": r"\s+(?:(?P<hour_word>час(?:а|ов)?)\s+)?"}

# Minutes said after the hour in French and Spanish ("et demie", "y cuarto", "menos cuarto").
_FRENCH_MINUTES = r"(?:\s+(?:(?P<half>et\s+demie)|(?P<quarter>et\s+quart)|(?P<to>moins\s+(?:le\s+)?quart)))"
_SPANISH_MINUTES = r"(?:\s+(?:(?P<half>y\s+media)|(?P<quarter>y\s+cuarto)|(?P<to>menos\s+cuarto)))"


# "a las 9", "hasta las diez", "entre las 8 y las 10": an hour with its article alone, after a
# preposition of time (or the first hour of "entre") and before the end of the phrase ("a las dos
# salas" is two rooms).
_SPANISH_HOUR_BEFORE_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:a|desde|hasta|de|entre|sobre|hacia|para|entre\s+las?\s+[\w:.]+\s+y)\s+$")
_SPANISH_HOUR_AFTER_RE = re.compile(r"(?i)\s*(?:[,.;:)!?]|$|\s(?:y|a|hasta|horas?|h|en\s+punto)(?![^\W\d_]))")


@lru_cache(maxsize=None)
def _pattern(language: str) -> re.Pattern[str] | None:
    if language not in _BEFORE_A_DAY_PART:
        return None
    # (Imported here: quantity_words reads month names from dates, which reads these.)
    from i18n.numbers.quantity_words import small_cardinal_pattern

    number = small_cardinal_pattern(language)
    parts = (_BEFORE_A_DAY_PART[language] + "(?P<part>"
             + "|".join(map(re.escape, sorted(DAY_PARTS[language], key=len, reverse=True))) + ")")
    if language == "fr":
        # "six heures et demie", "une heure du matin", "à sept heures" before a part of the day.
        body = (rf"(?P<h>{number})\s+heures?{_FRENCH_MINUTES}?(?:{parts})?"
                r"|(?P<noon>midi|minuit)\s+(?P<half2>et\s+demi)")
    elif language == "es":
        # "a las seis y media", "la una de la tarde", "las siete menos cuarto".
        body = rf"(?:(?P<article>(?<![^\W\d_])las?)\s+)?(?P<h>{number}){_SPANISH_MINUTES}?(?:{parts})?"
    elif language == "de":
        # "halb neun", "Viertel vor fünf", "Viertel nach sechs", "dreiviertel fünf", "acht Uhr abends".
        body = (rf"(?:(?:(?P<half>halb)|(?P<to>Viertel\s+vor|dreiviertel)|(?P<quarter>Viertel\s+nach))"
                rf"\s+(?P<h>{number})(?:\s+Uhr)?|(?P<h2>{number})\s+Uhr)(?:{parts})?")
    else:
        # "в семь вечера", "до двух часов ночи", "в час дня", "до часу ночи", "запись на девять утра".
        body = rf"(?<![^\W\d_])(?:в|до|с|к|после|около|на)\s+(?:(?P<h>{number})|(?P<one>час[уа]?)){parts}"
    return re.compile(r"(?i)(?<![^\W\d_])(?:" + body + r")(?![^\W\d_])")


def _said(match: re.Match[str], language: str) -> bool:
    """Whether the words say a clock, not a length of time: a part of the day, or minutes said as a
    half or a quarter after "à" or "vers" (French) or after the article (Spanish), or German's forms."""
    found = match.groupdict()
    day_part = found.get("part")
    if language == "fr":
        if found.get("noon"):
            return True
        before = match.string[max(0, match.start() - 12):match.start()]
        # ("une heure à une heure et demie": a range of lengths, its "à" no clock's.)
        return bool(day_part) or (bool(found.get("half") or found.get("quarter") or found.get("to"))
                                  and re.search(r"(?i)(?:\bà|\bvers|jusqu['’]à|\bdès)\s+$", before) is not None
                                  and re.search(r"(?i)\bheures?\s+à\s+$", before) is None)
    if language == "ru":
        # ("на три ночи" is for three nights; "запись на девять утра" a time.)
        if day_part and day_part.lower() == "ночи" and match.group().lower().startswith("на"):
            return False
        return not (day_part and day_part.lower() == "дня" and not (found.get("hour_word") or found.get("one")))
    if language == "es":  # (without the article, only before the part of the day: "de nueve de la mañana")
        return bool(day_part or found.get("article") and (
            found.get("half") or found.get("quarter") or found.get("to")
            or _SPANISH_HOUR_BEFORE_RE.search(match.string, 0, match.start()) is not None
            and _SPANISH_HOUR_AFTER_RE.match(match.string, match.end()) is not None))
    return True


def _hours(hour: int, match: re.Match[str], language: str) -> tuple[int, ...]:
    """The hour of 24 the words say, or both halves of the day when they name no part of it."""
    part = match.group("part")
    return (day_part_hour(hour, part, language),) if part else (hour % 12, hour % 12 + 12)


def read_clocks_in_words(text: str, language: str) -> tuple[ClockInWords, ...]:
    """The times of day `text` says in words."""
    pattern = _pattern(language)
    if pattern is None:
        return ()
    from i18n.numbers.quantity_words import small_cardinal

    found = []
    for match in pattern.finditer(text):
        if not _said(match, language):
            continue
        groups = match.groupdict()
        if groups.get("noon"):
            hour, minute = (12 if groups["noon"].lower() == "midi" else 0), 30
            found.append(ClockInWords(match.group(), match.start(), match.end(), frozenset({(hour, minute, None)})))
            continue
        if groups.get("one"):
            hour = 1
        else:
            value = small_cardinal(language, groups.get("h") or groups.get("h2") or "")
            if value is None or value != int(value) or not 1 <= value <= 12:
                continue
            hour = int(value)
        minute = 0
        if groups.get("half"):
            minute = 30
            if language == "de":
                hour -= 1  # "halb neun": half way to nine
        elif groups.get("quarter"):
            minute = 15
        elif groups.get("to"):
            hour, minute = hour - 1, 45
        hour = hour or 12
        if language == "ru" and hour < 4 and match.group().lower().endswith("вечера") and not groups.get("hour_word"):
            continue  # "в два вечера" is on two evenings: no evening starts at two
        found.append(ClockInWords(match.group(), match.start(), match.end(),
                                  frozenset((each, minute, None) for each in _hours(hour, match, language))))
    return tuple(found)


def may_say_a_clock_in_words(text: str, language: str) -> bool:
    """The cheap test."""
    return _pattern(language) is not None and _pattern(language).search(text) is not None
