"""A count of a unit of time said as one of the next unit ("Last 7 days" / "La última semana",
"Last 12 months" / "Un an", "24 hours" / "ein Tag"), or one unit said as its adjective ("1 month
frequency" / "Месячная частота"): the same span, without the number."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Callable, Iterable

from text_to_num import text2num

from i18n.numbers.model import Number, UnitChange
from i18n.numbers.words import WRITTEN_WITHOUT_SPACES

# The English source's count and unit, and the unit it makes exactly one of.
_ONE_OF_NEXT = {
    (Decimal(7), "day"): "week",
    (Decimal(24), "hour"): "day",
    (Decimal(60), "minute"): "hour",
    (Decimal(60), "second"): "minute",
    (Decimal(12), "month"): "year",
    (Decimal(52), "week"): "year",
    (Decimal(365), "day"): "year",
}
_UNIT_AFTER_RE = re.compile(r"[\x20\u00a0]?(?:calendar[\x20\u00a0]|business[\x20\u00a0])?"
                            r"(day|hour|minute|second|month|week|year)(?:s|ly)?\b", re.IGNORECASE)
# Each unit's word in each language, as a lowercase stem that begins a word of the translation
# ("jour", not the "jours" of "toujours"; Japanese has no spaces: anywhere).
_UNIT_WORDS = {
    "week": {"fr": ("semaine", "hebdomadaire"), "de": ("woche", "wöchentlich"), "es": ("semana",),
             "pt": ("semana",), "it": ("settiman",), "ru": ("недел",), "uk": ("тижн", "тиждень"), "ja": ("週",)},
    "year": {"fr": ("année", "annuel", "un an", "1 an"), "de": ("jahr", "jähr"), "es": ("año", "anual"),
             "pt": ("ano", "anual"), "it": ("anno", "annual"), "ru": ("год", "годич"), "uk": ("рік", "рок"),
             "ja": ("年",)},
    "day": {"fr": ("jour", "quotidien"), "de": ("tag", "tägl"), "es": ("día", "diari"), "pt": ("dia", "diári"),
            "it": ("giorn",), "ru": ("день", "дня", "сутк", "суток", "дневн"), "uk": ("день", "доб"), "ja": ("日",)},
    "hour": {"fr": ("heure",), "de": ("stunde", "stündl"), "es": ("hora",), "pt": ("hora",), "it": ("ora",),
             "ru": ("час",), "uk": ("годин",), "ja": ("時間",)},
    "minute": {"fr": ("minute",), "de": ("minute", "minütl"), "es": ("minuto",), "pt": ("minuto",),
               "it": ("minut",), "ru": ("минут",), "uk": ("хвилин",), "ja": ("分",)},
    "month": {"fr": ("mois", "mensuel"), "de": ("monat",), "es": ("mes", "mensual"), "pt": ("mês", "mes", "mensal"),
              "it": ("mes", "mensil"), "ru": ("месяц", "месяч"), "uk": ("місяц",), "ja": ("月", "ヶ月", "か月", "カ月")},
}
# A length of time in words in the source: "within three years", "two months' rent".
# (Not a frequency, "every three months", which "vierteljährlich" says: the frequencies' to compare.)
_SPAN_IN_WORDS_RE = re.compile(r"(?i)(?<![\w-])(?<!every\s)(?<!each\s)(?<!once\s)"
                               r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                               r"[\x20\u00a0-](?P<unit>day|week|month|year|hour|minute)s?\b(?![-\x20\u00a0]old\b)")


def span_in_words_dropped(source: str, target: str, target_language: str,
                          stated: Callable[[], Iterable[Decimal]]) -> Number | None:
    """The one length of time the English source says in words ("within three years") that the
    translation drops entirely: no number of its value (`stated`: the translation's values, asked for
    only then) and no word for any unit of time at all, so no other unit said it either ("24 mois" for
    "two years")."""
    found = list(_SPAN_IN_WORDS_RE.finditer(source))
    if len(found) != 1:
        return None
    span = found[0]
    value = Decimal(text2num(span.group("n").lower(), "en"))
    # (A unit the source names elsewhere, "24 hours a day for three weeks", is that mention's in the
    # translation; so are Japanese weekdays and dates, "月曜日", "5月31日".)
    elsewhere = source[:span.start()] + " " + source[span.end():]
    checked = _JAPANESE_DAYS_RE.sub("", target) if target_language == "ja" else target
    if any(_names(checked, words.get(target_language, ()), target_language) for unit, words in _UNIT_WORDS.items()
           if not _ENGLISH_UNIT_NAMED[unit].search(elsewhere)) or value in set(stated()):
        return None
    return Number(value, span.group(), span.start(), span.end(), "word")


_ENGLISH_UNIT_NAMED = {"week": re.compile(r"(?i)week|fortnight"), "year": re.compile(r"(?i)year|annual"),
                       "day": re.compile(r"(?i)day|daily|night"), "hour": re.compile(r"(?i)hour|o['’]clock|\d\s?[ap]\.?m\b"),
                       "minute": re.compile(r"(?i)minute|\bmins?\b"), "month": re.compile(r"(?i)month")}
_JAPANESE_DAYS_RE = re.compile(r"[月火水木金土日]曜日?|\d{1,2}月\d{1,2}日|[0-9０-９]{1,2}日")


# One unit said as the unit's adjective ("1 month frequency" / "Месячная частота", "1 hourly" /
# "horaire"): a lowercase stem that begins a word of the translation (Japanese: anywhere).
_UNIT_ADJECTIVES = {
    "day": {"fr": ("quotidien", "journalier"), "de": ("tägl", "tages"), "es": ("diari",), "pt": ("diári",),
            "it": ("giornalier", "quotidian"), "ru": ("дневн", "суточн", "ежедневн"), "ja": ("日次", "毎日")},
    "hour": {"fr": ("horaire",), "de": ("stündl",), "es": ("horari",), "pt": ("horári",), "it": ("orari",),
             "ru": ("часов", "ежечасн"), "ja": ("毎時", "時間ごと")},
    "minute": {"de": ("minütl",), "ru": ("минутн", "ежеминутн"), "ja": ("毎分", "分ごと")},
    "week": {"fr": ("hebdomadaire",), "de": ("wöchentl",), "es": ("semanal",), "pt": ("semanal",),
             "it": ("settimanal",), "ru": ("недельн", "еженедельн"), "ja": ("週次", "毎週")},
    "month": {"fr": ("mensuel",), "de": ("monatl",), "es": ("mensual",), "pt": ("mensal",), "it": ("mensil",),
              "ru": ("месячн", "ежемесячн"), "ja": ("月次", "毎月")},
    "year": {"fr": ("annuel",), "de": ("jährl",), "es": ("anual",), "pt": ("anual",), "it": ("annual",),
             "ru": ("годов", "годичн", "ежегодн"), "ja": ("年次", "毎年")},
}


# "within 1 hour" said as within the unit, without a number: "dans l'heure", "в течение часа".
_WITHIN_BEFORE_RE = re.compile(r"(?i)\bwithin\s+$")
_WITHIN_THE_UNIT = {
    "fr": {"hour": r"dans\s+l['’]heure", "day": r"dans\s+la\s+journée", "week": r"dans\s+la\s+semaine",
           "month": r"dans\s+le\s+mois", "year": r"dans\s+l['’]année"},
    "ru": {"hour": r"в\s+течение\s+часа", "day": r"в\s+течение\s+(?:дня|суток)", "week": r"в\s+течение\s+недели",
           "month": r"в\s+течение\s+месяца", "year": r"в\s+течение\s+года"},
    "de": {"hour": r"innerhalb\s+(?:der\s+(?:ersten\s+)?|einer\s+)Stunde", "day": r"innerhalb\s+eines\s+Tages",
           "week": r"innerhalb\s+einer\s+Woche", "month": r"innerhalb\s+eines\s+Monats",
           "year": r"innerhalb\s+eines\s+Jahres"},
    "es": {"hour": r"en\s+la\s+(?:primera\s+)?hora", "day": r"en\s+el\s+día", "week": r"en\s+la\s+semana",
           "month": r"en\s+el\s+mes", "year": r"en\s+el\s+año"},
}


def _within_the_unit(target: str, unit: str, target_language: str) -> bool:
    pattern = _WITHIN_THE_UNIT.get(target_language, {}).get(unit)
    return pattern is not None and re.search(pattern, target, re.IGNORECASE) is not None


def _names(target: str, words: tuple[str, ...], target_language: str) -> bool:
    """One of `words` (lowercase stems) begins a word of `target` (anywhere, in a language written
    without spaces)."""
    lowered = target.lower()
    start = "" if target_language in WRITTEN_WITHOUT_SPACES else r"(?<![^\W\d_])"
    return any(re.search(start + re.escape(word), lowered) for word in words)


def said_with_units_alone(value: Decimal, source: str, end: int, target: str, target_language: str) -> bool:
    """The English source's `value`, ending at `end` before a unit of time, is said by the
    translation with units and no number: one of the next unit, which the source does not name
    ("7 days" / "une semaine"), or, for 1, the unit's adjective ("1 month frequency" / "Месячная
    частота")."""
    found = _UNIT_AFTER_RE.match(source, end)
    if found is None:
        return False
    unit = found.group(1).lower()
    if value == 1 and _names(target, _UNIT_ADJECTIVES.get(unit, {}).get(target_language, ()), target_language):
        return True
    if value == 1 and _WITHIN_BEFORE_RE.search(source, 0, end - 1) and _within_the_unit(target, unit, target_language):
        return True
    next_unit = _ONE_OF_NEXT.get((value, unit))
    # A source that names the next unit itself may be translated by that word ("7 days, 52 weeks").
    if next_unit is None or re.search(rf"\b{next_unit}", source, re.IGNORECASE):
        return False
    # (Japanese counts the one unit: "1時間", "一週間"; "レッスン時間" is a lesson's length, no hour.)
    words = _UNIT_WORDS[next_unit].get(target_language, ())
    return _names(target, tuple(one + word for word in words for one in ("1", "一", "１")) if target_language == "ja"
                  else words, target_language)


# The word for days, per language; and a week and a fortnight said in days, as French, Spanish,
# Italian and Portuguese say them: "huit jours", "quinze jours", "quince días", "quindici giorni".
_DAY_WORDS = {"en": r"days?", "fr": r"jours?", "de": r"tage?", "es": r"d[ií]as?", "it": r"giorni",
              "pt": r"dias?", "ru": r"день|дня|дней", "ja": r"日"}
_DAY_WORD_RE = re.compile(r"(?:" + "|".join(_DAY_WORDS.values()) + r")$", re.IGNORECASE)
_IDIOMATIC_WEEKS = frozenset({"fr", "es", "it", "pt"})
_WEEKS_IN_DAYS = {Decimal(1): Decimal(8), Decimal(2): Decimal(15)}
_DAYS_IN_WEEKS = {days: weeks for weeks, days in _WEEKS_IN_DAYS.items()}
_DAYS_AFTER_RE = {language: re.compile(r"[\x20\u00a0]+(?:" + _DAY_WORDS[language] + r")\b", re.IGNORECASE)
                  for language in _IDIOMATIC_WEEKS}


def weeks_of_days(count: Decimal | None, unit: str, language: str) -> Decimal | None:
    """A frequency's count of days that is a whole number of weeks, as weeks ("every 14 days": 2),
    with "huit jours" and "quinze jours" (fr, es, it, pt) a week and a fortnight; None otherwise."""
    if count is None or not _DAY_WORD_RE.match(unit):
        return None
    if count in (7, 14):
        return count / 7
    if language in _IDIOMATIC_WEEKS:
        return _DAYS_IN_WEEKS.get(count)
    return None


def weeks_said_in_days(source_value: Decimal, source: str, source_end: int, target_value: Decimal, target: str,
                       target_end: int, target_language: str) -> bool:
    """ "two weeks" / "quinze jours", "1 week" / "huit jours": the English source's count of weeks
    is the translation's idiomatic count of days."""
    days = _DAYS_AFTER_RE.get(target_language)
    if days is None or _WEEKS_IN_DAYS.get(source_value) != target_value:
        return False
    unit = _UNIT_AFTER_RE.match(source, source_end)
    return unit is not None and unit.group(1).lower() == "week" and days.match(target, target_end) is not None


# The first of a unit of time: "in the first week" / "la première semaine", "im ersten Monat", "el
# primer año", "в первый месяц". A translation that says the first of another unit moves the span
# ("first week" / "первый месяц") while stating no number.
_FIRST_UNIT_RES = {
    "en": re.compile(r"(?i)\bfirst\s+(?P<u>day|week|month|year|hour)s?\b"),  # (not "night": "初日の夜")
    "fr": re.compile(r"(?i)(?<!\w)premi(?:er|ère)s?\s+(?P<u>jour|semaine|mois|année|an|heure|nuit)s?(?!\w)"),
    "de": re.compile(r"(?i)(?<!\w)erste[nmrs]?\s+(?P<u>Tag|Woche|Monat|Jahr|Stunde|Nacht)\w*"),
    "es": re.compile(r"(?i)(?<!\w)primer[oa]?s?\s+(?P<u>día|semana|mes|año|hora|noche)\w*"),
    "ru": re.compile(r"(?i)(?<!\w)перв\w+\s+(?P<u>д(?:ень|ня|не)|недел\w*|месяц\w*|год\w*|час\w*|ноч\w*|сут\w*)"),
    # ("最初の1か月", "最初の週", "初年度", "1年目", "1週目".)
    "ja": re.compile(r"(?:最初の1?|初)(?P<u>日|週|か月|ヶ月|カ月|年|時間|晩|夜)|(?<![\d.,])1(?P<v>週|か月|ヶ月|カ月|年|日)目"),
}
_FIRST_UNIT_NAMES = {"day": "day", "week": "week", "month": "month", "year": "year", "hour": "hour", "night": "night",
                     "jour": "day", "semaine": "week", "mois": "month", "année": "year", "an": "year", "heure": "hour",
                     "nuit": "night", "tag": "day", "woche": "week", "monat": "month", "jahr": "year", "stunde": "hour",
                     "nacht": "night", "día": "day", "semana": "week", "mes": "month", "año": "year", "hora": "hour",
                     "noche": "night", "ден": "day", "дня": "day", "дне": "day", "недел": "week", "месяц": "month",
                     "год": "year", "час": "hour", "ноч": "night", "сут": "day", "日": "day", "週": "week",
                     "か月": "month", "ヶ月": "month", "カ月": "month", "年": "year", "時間": "hour", "晩": "night",
                     "夜": "night"}


def _first_units(text: str, language: str) -> list[tuple[str, re.Match[str]]]:
    pattern = _FIRST_UNIT_RES.get(language)
    if pattern is None:
        return []
    found = []
    for match in pattern.finditer(text):
        word = (match.group("u") or match.groupdict().get("v") or "").lower()
        unit = _FIRST_UNIT_NAMES.get(word) or next((name for stem, name in _FIRST_UNIT_NAMES.items()
                                                    if word.startswith(stem) and len(stem) >= 3), None)
        if unit is not None:
            found.append((unit, match))
    return found


def first_unit_changed(source: str, target: str, target_language: str) -> UnitChange | None:
    """The English source's one "first week" that is the translation's one "premier mois"."""
    said = _first_units(source, "en")
    if len(said) != 1:
        return None
    told = _first_units(target, target_language)
    if len(told) != 1 or said[0][0] == told[0][0]:
        return None
    (unit, match), (other_unit, other) = said[0], told[0]
    return UnitChange(match.group(), other.group(), (unit,), (other_unit,), match.start())
