"""Days, weeks, months and years counted from now: "the following day" / "翌々日" (the day after),
"next week" / "el mes que viene", "next year" / "再来年". Each is read as (unit, steps from now); a
translation that says only other steps of the same unit, or only another unit, moves the date while
stating no number.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from i18n.numbers.model import Number

DAY, WEEK, MONTH, YEAR = "day", "week", "month", "year"
_STEPS = {DAY: Decimal(1), WEEK: Decimal(7), MONTH: Decimal(30), YEAR: Decimal(365)}

# Per language: (pattern, unit, steps). Longest and most specific first.
_RELATIVE = {
    "en": [(r"the\s+day\s+after\s+tomorrow", DAY, 2), (r"tomorrow", DAY, 1),
           (r"(?:the\s+)?(?:following|next)\s+(?:working\s+|business\s+)?day", DAY, 1),
           (r"the\s+week\s+after\s+next", WEEK, 2), (r"(?:the\s+)?(?:following|next)\s+week", WEEK, 1),
           (r"the\s+month\s+after\s+next", MONTH, 2), (r"(?:the\s+)?(?:following|next)\s+month", MONTH, 1),
           (r"the\s+year\s+after\s+next", YEAR, 2), (r"(?:the\s+)?(?:following|next)\s+year", YEAR, 1),
           # ("by April 1 of the year after you turn 73": the following year.)
           (r"the\s+day\s+after(?!\s+(?:tomorrow|next))", DAY, 1), (r"the\s+year\s+after(?!\s+next)", YEAR, 1)],
    "fr": [(r"surlendemain", DAY, 2), (r"après-demain", DAY, 2), (r"lendemain|demain|jour\s+suivant", DAY, 1),
           (r"semaine\s+(?:prochaine|suivante)|prochaine\s+semaine", WEEK, 1),
           (r"mois\s+(?:prochain|suivant)|prochain\s+mois", MONTH, 1),
           (r"(?:année|an)\s+(?:prochaine?|suivante?)|prochaine\s+année", YEAR, 1)],
    "de": [(r"übermorgen", DAY, 2), (r"morgen|am\s+(?:nächsten|folgenden)\s+(?:Werk|Arbeits)?tag|Folgetag", DAY, 1),
           (r"übernächste[nrs]?\s+Woche", WEEK, 2), (r"nächste[nrs]?\s+Woche|Folgewoche|folgenden\s+Woche", WEEK, 1),
           (r"übernächste[nrs]?\s+Monat", MONTH, 2), (r"nächste[nrs]?\s+Monat|Folgemonat|folgenden\s+Monat", MONTH, 1),
           (r"übernächste[nrs]?\s+Jahr", YEAR, 2), (r"nächste[nrs]?\s+Jahr|Folgejahr|folgenden\s+Jahr", YEAR, 1)],
    "es": [(r"pasado\s+mañana", DAY, 2), (r"segundo\s+día\s+(?:hábil|laborable)", DAY, 2),
           (r"(?:día|jornada)\s+(?:siguiente|hábil\s+siguiente)|siguiente\s+día|mañana", DAY, 1),
           (r"semana\s+(?:que\s+viene|próxima|siguiente)|próxima\s+semana", WEEK, 1),
           (r"mes\s+(?:que\s+viene|próximo|siguiente)|próximo\s+mes", MONTH, 1),
           (r"año\s+(?:que\s+viene|próximo|siguiente)|próximo\s+año", YEAR, 1)],
    "ru": [(r"послезавтра", DAY, 2), (r"завтра|следующ\w+\s+(?:рабоч\w+\s+)?(?:день|дня)", DAY, 1),
           (r"следующ\w+\s+недел\w+", WEEK, 1), (r"следующ\w+\s+месяц\w*", MONTH, 1),
           (r"следующ\w+\s+год\w*", YEAR, 1)],
    "ja": [(r"翌々日|明後日|翌々営業日", DAY, 2), (r"翌日|明日|翌営業日", DAY, 1), (r"再来週|翌々週", WEEK, 2), (r"来週|翌週", WEEK, 1),
           (r"再来月|翌々月", MONTH, 2), (r"来月|翌月", MONTH, 1), (r"再来年|翌々年", YEAR, 2), (r"来年|翌年", YEAR, 1)],
}
# (Not "morgen" inside "Morgenstunden", nor "mañana" as "morning": "por la mañana", "de la mañana".)
_NOT_A_DAY_AHEAD = {"es": re.compile(r"(?i)(?:la|esta|cada|una)\s+$"), "de": re.compile(r"(?i)(?:am|jeden|guten)\s+$")}


@lru_cache(maxsize=None)
def _patterns(language: str) -> list[tuple[re.Pattern[str], str, int]] | None:
    table = _RELATIVE.get(language)
    if table is None:
        return None
    edge, end = ("", "") if language == "ja" else (r"(?<![\w-])", r"(?![\w-])")
    return [(re.compile(edge + f"(?:{pattern})" + end, re.IGNORECASE), unit, steps) for pattern, unit, steps in table]


def _read(text: str, language: str) -> list[tuple[str, int, re.Match[str]]]:
    patterns = _patterns(language)
    if patterns is None:
        return []
    found: list[tuple[str, int, re.Match[str]]] = []
    for pattern, unit, steps in patterns:
        for match in pattern.finditer(text):
            if any(match.start() < other.end() and other.start() < match.end() for _, _, other in found):
                continue
            guard = _NOT_A_DAY_AHEAD.get(language)
            if guard is not None and unit == DAY and guard.search(text, max(0, match.start() - 8), match.start()):
                continue
            found.append((unit, steps, match))
    return found


def may_count_from_now(text: str) -> bool:
    """The cheap test of an English source."""
    lowered = text.lower()
    return ("next" in lowered or "following" in lowered or "tomorrow" in lowered or " after" in lowered) \
        and bool(_read(text, "en"))


def moved(source: str, target: str, target_language: str) -> tuple[Number, Number] | None:
    """(the source's period from now, the translation's) when the translation says none of the
    source's and another instead."""
    said = _read(source, "en")
    told = _read(target, target_language)
    if not said or not told:
        return None
    source_keys = {(unit, steps) for unit, steps, _ in said}
    if any((unit, steps) in source_keys for unit, steps, _ in told):
        return None
    unit, steps, match = said[0]
    other_unit, other_steps, other = told[0]
    return (Number(_STEPS[unit] * steps, match.group(), match.start(), match.end(), "days from now"),
            Number(_STEPS[other_unit] * other_steps, other.group(), other.start(), other.end(), "days from now"))


# A year said by its neighbour in the source: "in 2023, up 18% on the previous year" / "qu'en 2022".
_YEAR_BEFORE_RE = re.compile(r"(?i)\b(?:the\s+(?:previous|prior|preceding)\s+year|the\s+year\s+before"
                             r"|a\s+year\s+(?:earlier|before))\b")
_YEAR_AFTER_RE = re.compile(r"(?i)\b(?:the\s+(?:following|next)\s+year|the\s+year\s+after|a\s+year\s+later)\b")
_YEAR_RE = re.compile(r"(?<![\d.,])(1[89]\d\d|20\d\d)(?![\d.,]?\d)")


def names_the_neighbouring_year(number: Number, source: str) -> bool:
    """Whether `number`, a year the translation states, is the year before or after one the source
    states, which the source calls "the previous year" or "the following year"."""
    if not (1800 <= number.value < 2100 and number.value == int(number.value)):
        return False
    years = {int(found.group()) for found in _YEAR_RE.finditer(source)}
    return bool(int(number.value) + 1 in years and _YEAR_BEFORE_RE.search(source)
                or int(number.value) - 1 in years and _YEAR_AFTER_RE.search(source))


# ... and in the translation: "8% more than in 2022" / "8 % mehr als im Vorjahr", "前年比".
_YEAR_BEFORE_SAID = {
    "fr": r"(?:l['’]|d['’])(?:année|an|exercice)\s+(?:précédente?|dernière?|passée?|d['’]avant)|un\s+an\s+plus\s+tôt",
    "de": r"Vorjahr\w*|(?:vorigen|vergangenen|letzten)\s+Jahr\w*|(?:ein\s+Jahr\s+(?:zuvor|früher)|im\s+Jahr\s+davor)",
    "es": r"(?:año|ejercicio)\s+(?:anterior|pasado|precedente)|un\s+año\s+antes",
    "ru": r"годом\s+(?:ранее|раньше)|(?:прошл|предыдущ)\w+\s+год\w*|год\s+назад",
    "ja": r"前年|昨年|去年",
}
_YEAR_AFTER_SAID = {
    "fr": r"(?:l['’]|d['’])(?:année|an)\s+(?:suivante?|d['’]après)|un\s+an\s+plus\s+tard",
    "de": r"Folgejahr\w*|(?:im\s+Jahr\s+darauf|ein\s+Jahr\s+später|im\s+(?:folgenden|nächsten)\s+Jahr)",
    "es": r"año\s+(?:siguiente|posterior)|un\s+año\s+(?:después|más\s+tarde)",
    "ru": r"годом\s+позже|(?:следующ|последующ)\w+\s+год\w*|через\s+год",
    "ja": r"翌年",
}


@lru_cache(maxsize=None)
def _neighbour_said_res(language: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    if language not in _YEAR_BEFORE_SAID:
        return None
    edge, end = ("", "") if language == "ja" else (r"(?<![\w-])", r"(?![\w-])")
    return tuple(re.compile(edge + f"(?:{table[language]})" + end, re.IGNORECASE)
                 for table in (_YEAR_BEFORE_SAID, _YEAR_AFTER_SAID))


def said_as_the_neighbouring_year(number: Number, source: str, target: str, language: str) -> bool:
    """Whether `number`, a year of the source the translation does not state, is the year before or
    after another year both state, which the translation calls "the previous year" or "the following
    year"."""
    patterns = _neighbour_said_res(language)
    if patterns is None or not (1800 <= number.value < 2100 and number.value == int(number.value)):
        return False
    source_years = {int(found.group()) for found in _YEAR_RE.finditer(source)}
    target_years = {int(found.group()) for found in _YEAR_RE.finditer(target)}
    year = int(number.value)
    return any(year + step in source_years and year + step in target_years and pattern.search(target)
               for step, pattern in zip((1, -1), patterns))
