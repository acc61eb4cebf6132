"""How often: a frequency read as times per day, so that its two halves may move between the count
and the period and still agree ("every three months" / "four times a year" agree; "every three
months" / "tres veces al año" do not, though both say three). rates.py compares a rate's unit of
time; this module compares how many times per unit.

A frequency is a count of times (once, twice, "3 fois", "zweimal", "два раза", "2回"; one when
unsaid) per a number of units ("every two years", "alle zwei Wochen", "каждые полгода", "3か月ごと";
one when unsaid), or an adverb ("daily", "mensuel", "wöchentlich", "ежегодно", "毎月"). Only texts
whose frequencies all read are compared, one for one in text order; a range ("every 4 to 6 hours")
leaves the text unread.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from i18n.numbers.alternation import GroupedPattern
from i18n.numbers.model import Number
from i18n.numbers.quantity_words import small_cardinal, small_cardinal_pattern
from i18n.numbers.symbols import ascii_digits
from i18n.numbers.units import may_name_a_unit

# Each unit's length in days (a month is a twelfth of a year).
_DAYS = {"second": Decimal(1) / 86400, "minute": Decimal(1) / 1440, "quarter_hour": Decimal(1) / 96,
         "half_hour": Decimal(1) / 48,
         "hour": Decimal(1) / 24, "day": Decimal(1),
         "week": Decimal(7), "fortnight": Decimal(14), "month": Decimal("30.4375"), "quarter": Decimal("91.3125"),
         "half_year": Decimal("182.625"), "year": Decimal("365.25"), "decade": Decimal("3652.5")}

# The words after "second" that are no noun it ranks ("every second Saturday" is a rank, "every
# second of the day" a unit of time); rates.py asks the same.
NOT_A_NOUN_AFTER_A_RANK = (r"and|or|of|to|for|in|on|at|from|by|with|is|are|was|were|until|while|when|after|before|during"
                           r"|per|the|that|which|so|but|as|if|than")

# Per language, each unit's forms (one group per unit).
_UNITS = {
    # (A weekday or a weekend after "every" is a week: "every Tuesday", "jeden zweiten Dienstag", "каждый
    # второй четверг", "every weekend", "un week-end sur deux".)
    # ("every second Saturday", "every second water change": a rank, no second of time.)
    "en": {"second": rf"seconds?(?!\s+(?!(?:{NOT_A_NOUN_AFTER_A_RANK})\b)[A-Za-z]{{3,}})", "minute": r"minutes?", "half_hour": r"half[\s-]hours?", "hour": r"hours?",
           "day": r"days?|mornings?|evenings?|nights?",
           "week": r"weekends?|weeks?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?",
           "fortnight": r"fortnights?", "month": r"months?", "quarter": r"quarters?", "year": r"years?",
           "decade": r"decades?"},
    "fr": {"second": r"secondes?", "minute": r"minutes?", "half_hour": r"demi-heures?", "hour": r"heures?",
           "day": r"jours?|matins?|soirs?|nuits?",
           "week": r"semaines?|week-ends?|weekends?|fins?\s+de\s+semaine|lundis?|mardis?|mercredis?|jeudis?|vendredis?|samedis?|dimanches?",
           "fortnight": r"quinzaines?", "month": r"mois", "quarter": r"trimestres?", "half_year": r"semestres?",
           "year": r"ans|an|années?", "decade": r"décennies?"},
    "de": {"second": r"Sekunden?", "minute": r"Minuten?", "hour": r"Stunden?", "day": r"Tage?n?|Morgen|Abend|Nacht",
           "week": r"Wochenenden?|Wochen?|Montags?|Dienstags?|Mittwochs?|Donnerstags?|Freitags?|Samstags?|Sonntags?",
           "month": r"Monate?n?|Monats", "quarter": r"Quartale?s?", "half_year": r"Halbjahre?s?",
           "year": r"Jahre?s?n?", "decade": r"Jahrzehnte?s?"},
    "es": {"second": r"segundos?", "minute": r"minutos?", "half_hour": r"media\s+hora", "hour": r"horas?",
           "day": r"días?|mañanas?|noches?|tardes?",
           "week": r"semanas?|fines?\s+de\s+semana|lunes|martes|miércoles|jueves|viernes|sábados?|domingos?",
           "fortnight": r"quincenas?", "month": r"mes(?:es)?", "quarter": r"trimestres?", "half_year": r"semestres?",
           "year": r"años?", "decade": r"décadas?"},
    "ru": {"second": r"секунд[уы]?", "minute": r"минут[уы]?", "half_hour": r"полчаса", "hour": r"час(?:а|ов)?",
           "day": r"день|дня|дней|сутки|суток|утро|вечер|ночь",
           "week": r"недел[юиь]|недель|выходные|понедельник|вторник|сред[уы]|четверг|пятниц[уы]|суббот[уы]|воскресень[ея]",
           "month": r"месяц(?:а|ев)?", "quarter": r"квартал(?:а|ов)?",
           "half_year": r"полгода|полугодие", "year": r"год(?:а)?|лет", "decade": r"десятилети[ея]"},
    "ja": {"second": r"秒", "minute": r"分", "hour": r"時間", "day": r"日", "week": r"週間|週",
           # ("月2回", "月に1回": a month with no number before it, which would make it a month's name.)
           "month": r"[かヶカヵケ]月|(?<![0-9０-９〇一二三四五六七八九十毎])月(?=に|[0-9０-９一二三四五六七八九十]+[回便本])",
           "quarter": r"四半期", "half_year": r"半年", "year": r"年"},
}

# Adverbs and adjectives of once a unit.
_ONCE_A = {
    "en": {"quarter_hour": r"quarter-hourly", "half_hour": r"half-hourly", "hour": r"hourly", "day": r"daily", "week": r"weekly",
           "fortnight": r"fortnightly", "month": r"monthly",
           # ("Annual Pass", "annual passport": a ticket good for a year, no frequency.)
           "quarter": r"quarterly", "year": r"yearly|annually|annual(?!\s+pass)"},
    "fr": {"day": r"quotidien(?:ne)?s?|quotidiennement|journali(?:er|ère)s?", "week": r"hebdomadaires?|hebdomadairement",
           "month": r"mensuel(?:le)?s?|mensuellement", "quarter": r"trimestriel(?:le)?s?|trimestriellement",
           "half_year": r"semestriel(?:le)?s?|semestriellement", "year": r"annuel(?:le)?s?|annuellement"},
    # ("im Viertelstundentakt": every quarter of an hour.)
    "de": {"quarter_hour": r"viertelstündlich\w*|viertelstundentakt", "half_hour": r"halbstündlich\w*|halbstundentakt",
           "hour": r"stündlich\w*|stundentakt",
           "day": r"täglich\w*",
           "fortnight": r"zweiwöchentlich\w*|vierzehntäg\w*",
           "week": r"wöchentlich\w*", "month": r"monatlich\w*", "quarter": r"vierteljährlich\w*|quartalsweise",
           "half_year": r"halbjährlich\w*", "year": r"jährlich\w*"},
    "es": {"day": r"diari[oa]s?|diariamente", "week": r"semanal(?:es)?|semanalmente", "fortnight": r"quincenal(?:es)?",
           "month": r"mensual(?:es)?|mensualmente", "quarter": r"trimestral(?:es)?|trimestralmente",
           "half_year": r"semestral(?:es)?", "year": r"anual(?:es)?|anualmente"},
    "ru": {"hour": r"ежечасн\w*", "day": r"ежедневн\w*", "week": r"еженедельн\w*", "month": r"ежемесячн\w*",
           "quarter": r"ежеквартальн\w*", "year": r"ежегодн\w*"},
    # ("毎週火曜と木曜" is every Tuesday and Thursday: twice a week, not once; "毎週土曜日" once.)
    # ("毎時20分に発車": at 20 past every hour, once an hour.)
    # (And a publication's: "日刊", "週刊", "月刊", "季刊"; "隔月刊" is every other month.)
    "ja": {"hour": r"毎時(?=[0-9０-９]{1,2}分(?![間以未]))",
           "day": r"毎日|隔日|毎朝|毎晩|毎夜|日刊",
           "week": r"毎週(?![月火水木金土日]曜?日?(?:と|・|、|,|や|及び|および|または|か)[月火水木金土日])|隔週|週刊",
           "month": r"毎月|隔月|月刊|月額|月々|月払い",
           "quarter": r"季刊",
           "year": r"毎年|隔年|年刊|年額|年払い"},
}

# Per language: the constructions, with groups k (times), n (units), o (every other), u (the unit).
_TIMES = {
    "en": r"(?:(?P<once>once)|(?P<twice>twice)|(?P<thrice>thrice)|(?P<k>{n})\s+times)",
    "fr": r"(?:(?P<once>une)|(?P<k>{n}))\s+fois",
    "de": r"(?:(?P<once>einmal)|(?P<twice>zweimal)|(?P<thrice>dreimal)|(?P<k>{n})(?:-?mal|\s+Mal))",
    "es": r"(?:(?P<once>una)\s+vez|(?P<k>{n})\s+veces)",
    "ru": r"(?:(?P<twice>дважды)|(?P<thrice>трижды)|(?P<k>{n})\s+раза?|(?P<once>раза?))",  # ("не чаще раза в неделю")
}
_PER = {
    "en": r"(?:a|an|per|each|every|in\s+a)",
    "fr": r"(?:par|chaque|l['’]|tous\s+les|toutes\s+les)",
    "de": r"(?:pro|im|am|in\s+der|in\s+einem|je|jede[nrs]?|alle|die)",
    "es": r"(?:al|a\s+la|por|cada|en\s+el|en\s+la)",
    "ru": r"(?:в|за)",
}
_EVERY = {
    "en": r"(?:every|each)",
    "fr": r"(?:tous\s+les|toutes\s+les|chaque)",
    "de": r"(?:alle|jede[nmrs]?)",
    "es": r"(?:cada|tod[oa]s\s+l[oa]s)",
    "ru": r"(?:кажд(?:ый|ую|ое|ые|ого|ой|ых))",
}
_OTHER = {"en": r"other|second|third|fourth|fifth|sixth|seventh|tenth", "de": r"zweite[nrs]?|dritte[nrs]?|vierte[nrs]?",
          "es": r"otro|otra|tercer|tercera|cuarto|cuarta",
          "ru": r"втор(?:ой|ую|ое|ые|ого|ом)|трет(?:ий|ью|ье|ьи|ьего|ьем)|четв[её]рт(?:ый|ую|ое|ые|ого|ом)"}
# Every other unit is every two, every third one every three ("jeden dritten Tag", "каждый третий день").
_NTH = (("other", 2), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6), ("seventh", 7), ("tenth", 10),
        ("zweite", 2), ("dritte", 3), ("vierte", 4),
        ("otr", 2), ("tercer", 3), ("cuart", 4), ("втор", 2), ("трет", 3), ("четв", 4))
# What may follow a count whose unit is said with another: "instead of", "statt", "or".
_ELLIPSIS_BEFORE = (r"instead|rather|or|and|au\s+lieu|plutôt|ou|et|statt|anstatt|oder|und|en\s+lugar|en\s+vez|o|y"
                    r"|вместо|или|и")
# A period's adjective naming a limit, no frequency: "daily driving time", "the daily bag".
# ("the annual statement", "the weekly outlook", "daily totals": a thing named by its period.)
_NOT_A_LIMIT = (r"(?!\s+(?:driving|working|rest|limit|allowance|average|maximum|minimum|cap|quota|bag|statements?"
                r"|pensions?|premiums?"
                r"|reports?|outlook|overview|totals?|summary|budget|income|salary|accounts|general\s+meeting)\b)")
# A range of counts or of periods: "every 4 to 6 hours", "2–3 times a week", "tous les 2 ou 3 jours".
_RANGE_JOINER = r"\s*(?:-|–|to|or|à|ou|bis|oder|a|o|y|до|или|～|〜)\s*"


@lru_cache(maxsize=None)
def _frequency_re(language: str) -> GroupedPattern | None:
    if language == "ja":
        return _japanese_re()
    if language not in _TIMES:
        return None
    number = small_cardinal_pattern(language)
    unit = "|".join(f"(?P<{name}>{form})" for name, form in _UNITS[language].items())
    other = _OTHER.get(language)
    period = (rf"(?:(?P<o>{other})\s+|" if other else r"(?:") + rf"(?P<n>{number})(?P<nr>{_RANGE_JOINER}{number})?\s+)?"
    times = _TIMES[language].replace("{n}", number)
    once_a = "|".join(f"(?P<{name}_a>{form})" for name, form in _ONCE_A[language].items())
    # (Not the end of a grouped number: "500,000 times a year" is no 000 times.)
    edge, end = r"(?<![\w-])(?<!\d[,.\u00a0\u202f\x20])", r"(?![\w-])"
    alternatives = [
        # "3 times a year", "twice every 2 weeks", "deux fois par jour", "zweimal pro Woche", "два раза в день".
        rf"{edge}(?:(?P<kr>{number}){_RANGE_JOINER})?{times}\s+{_PER[language]}\s*{period}(?:{unit}){end}",
        # "every 2 years", "every other day", "tous les deux ans", "alle zwei Wochen", "каждые полгода";
        # "every year and a half", "cada año y medio", "tous les ans et demi" (every 18 months).
        # (Not "every second Saturday of the month": one Saturday a month.)
        rf"{edge}{_EVERY[language]}\s+{period}(?:{unit})(?P<half>\s+(?:{_AND_A_HALF[language]}))?{end}"
        rf"(?!\s+(?:of|in|du|del|im|des)\s+(?:the\s+|each\s+|every\s+|a\s+)?(?:month|mois|mes|Monats?)\b|\s+месяца\b)",
        # "daily", "four times daily", "zweimal täglich" (not a limit or a pass named by its period:
        # "daily driving time", "an annual pass").
        rf"{edge}(?:{times}\s+)?(?:{once_a}){end}" + (_NOT_A_LIMIT if language == "en" else ""),
        # A unit said once for two: "every 12 minutes instead of every 15", "alle 12 statt alle 15
        # Minuten" (read as no frequency: the text is left unread).
        rf"{edge}{_EVERY[language]}\s+(?P<bare>{number})(?=\s*(?:[.,;:!?)](?!\d)|$)|\s+(?:{_ELLIPSIS_BEFORE}){end})",
    ]
    if language == "ru":
        # "раз в два года": once in two years.
        alternatives.insert(0, rf"{edge}раз\s+в\s+(?P<n2>{number})\s+(?:{unit}){end}")
    if language == "de":
        # "jeden Monat fünfmal": the count after the period, five times a month (before "jeden Monat").
        alternatives.insert(0, rf"{edge}jede[nrs]?\s+(?:{unit})\s+{times}{end}")
        # "täglich 650-mal", "wöchentlich zweimal": the adverb before the count.
        alternatives.insert(0, rf"{edge}(?:{once_a})\s+{times}{end}")
    if language == "fr":
        # "un jour sur deux", "une semaine sur trois": every two days, every three weeks.
        alternatives.append(rf"{edge}(?:un|une)\s+(?:{unit})\s+sur\s+(?P<n>{number}){end}")
    if language == "es":
        # "un día sí y otro no": every other day.
        alternatives.append(rf"{edge}una?\s+(?:{unit})\s+sí\s+y\s+(?P<o>otr[oa])\s+no{end}")
    # (A group name once per pattern: each alternative's names take its index, which _per_day drops.)
    return GroupedPattern(re.compile("|".join(f"(?:{_suffixed(alternative, index)})"
                                              for index, alternative in enumerate(alternatives)), re.IGNORECASE))


def _suffixed(pattern: str, index: int) -> str:
    return re.sub(r"\(\?P<(\w+)>", lambda match: f"(?P<{match.group(1)}__{index}>", pattern)


def _japanese_re() -> GroupedPattern:
    number = small_cardinal_pattern("ja")
    unit = "|".join(f"(?P<{name}>{form})" for name, form in _UNITS["ja"].items())
    once_a = "|".join(f"(?P<{name}_a>{form})" for name, form in _ONCE_A["ja"].items())
    alternatives = [
        # "毎日2回" (twice every day), "毎月2回" (whose 月 the unit's pattern leaves to the month's name).
        rf"毎(?:{unit})(?P<k>{number})回(?!目)",
        rf"毎(?P<month>月)(?P<k>{number})回(?!目)",
        # "年に2回", "1日3回", "2週間に1回", "3か月に1回".
        # (A range, "週に2〜3回", "7〜10日ごと", is read as none.)
        # ("1日最大5回": at most five times a day.)
        # ("半年に1度": once every half year, 度 for 回.)
        rf"(?P<n>{number})?(?:{unit})(?:に|当たり|あたり)?(?:最大|最多|最低|最小|約)?(?:(?P<kr>{number})[〜～~\-–])?(?P<k>{number})"
        # ("週4便": four flights a week, 便 counting the journeys; "1時間に1本": a bus an hour.)
        # ("年に一度以上": 度 of a kanji count before 以上 is a time, of digits a degree: "25度以上".)
        rf"(?:回(?!目)|便(?!目|名)|本(?!目)|度(?![\d.,]|目|C|℃|を|の)(?:(?!以|未)|(?<=[一二三四五六七八九十]度)))",
        # "3か月ごと", "2年ごとに", "1日おき" (every other day), "20分間隔で" (at 20-minute intervals).
        rf"(?:(?P<nr>{number})[〜～~\-–])?(?P<n>{number})?(?:{unit})(?P<every>ごと|毎|おき|間隔)",
        once_a,
    ]
    return GroupedPattern(re.compile("|".join(f"(?:{_suffixed(alternative, index)})"
                                              for index, alternative in enumerate(alternatives))))


_EVERY_OTHER_A = {"隔日", "隔週", "隔月", "隔年"}


def _per_day(match: re.Match[str], language: str) -> Decimal | None:
    groups = {name.split("__")[0]: value for name, value in match.groupdict().items() if value is not None}
    if "nr" in groups or "kr" in groups:
        return None  # a range
    unit = next((name for name in _DAYS if name in groups), None)
    adverb = next((name[:-2] for name in groups if name.endswith("_a")), None)
    times = Decimal(1)
    if "twice" in groups:
        times = Decimal(2)
    elif "thrice" in groups:
        times = Decimal(3)
    elif "k" in groups:
        times = small_cardinal(language, groups["k"])
    if adverb is not None:
        period = _DAYS[adverb] * (2 if match.group() in _EVERY_OTHER_A else 1)
        return None if times is None else times / period
    if unit is None:
        return None
    count = Decimal(1)
    if "o" in groups:
        word = groups["o"].lower()
        count = Decimal(next(value for start, value in _NTH if word.startswith(start)))
    elif "n" in groups or "n2" in groups:
        count = small_cardinal(language, groups.get("n") or groups["n2"])
    if times is None or count is None or count == 0:
        return None
    if groups.get("every") == "おき":
        # "1日おき" is every other day; "10分おき" is as often read every 10 minutes as every 11.
        if unit != "day" or count != 1:
            return None
        count = Decimal(2)
    if unit == "day" and language in _WEEKS_IN_DAYS:
        count = _WEEKS_IN_DAYS[language].get(count, count)
    if "half" in groups:
        count += Decimal("0.5")
    return times / (count * _DAYS[unit])


# A half after the unit: "every year and a half", "cada año y medio".
_AND_A_HALF = {"en": r"and\s+a\s+half", "fr": r"et\s+demie?", "de": r"und\s+ein(?:e|en)?\s+halb(?:e|en)?",
               "es": r"y\s+medi[oa]", "ru": r"с\s+половиной"}


# "Tous les quinze jours" is every fortnight, "cada ocho días" every week.
_WEEKS_IN_DAYS = {language: {Decimal(8): Decimal(7), Decimal(15): Decimal(14)} for language in ("fr", "es")}


@lru_cache(maxsize=None)
def _every_n_units_re() -> re.Pattern[str]:
    """English "six-monthly", "two-weekly", "3-yearly": every six months, two weeks, three years
    (looked for apart, in a text with "-" and "ly" only: one more alternative slowed every text)."""
    return re.compile(rf"(?i)(?<![\w-])(?P<n>{small_cardinal_pattern('en')})-(?:(?P<hour>hour)|(?P<day>dai|day)"
                      rf"|(?P<week>week)|(?P<month>month)|(?P<year>year))ly(?![\w-])")


@lru_cache(maxsize=None)
def _german_every_n_units_re() -> re.Pattern[str]:
    """German "zweistündlich", "vierwöchentlich", "dreimonatlich", "5-jährlich": every two hours, four
    weeks, three months, five years; "im 30-Minuten-Takt", every 30 minutes (looked for apart, in a
    text with "lich" or "akt" only)."""
    return re.compile(r"(?i)(?<![\w-])(?P<n>[0-9]{1,2}(?=-)|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf)"
                      r"-?(?:(?P<hour>stündlich|stunden-?takt)|(?P<minute>minuten-?takt)|(?P<day>täglich)"
                      r"|(?P<week>wöchentlich)|(?P<month>monatlich)|(?P<year>jährlich))\w*")


_Found = tuple[re.Match[str], Decimal | None]  # a frequency as written, and how many times a day (None: unread)


# (One comparison asks for the same text's frequencies from rates, quantity words and compare.)
@lru_cache(maxsize=32)
def _frequencies(text: str, language: str) -> tuple[_Found, ...]:
    pattern = _frequency_re(language)
    if pattern is None:
        return ()
    # (Full-width digits are one character each, as their ASCII: the places stay right.)
    found = [(match, _per_day(match, language)) for match in pattern.finditer(ascii_digits(text))]
    if language == "en" and "ly" in text and "-" in text:
        found = sorted(found + [(match, _per_day(match, language)) for match in _every_n_units_re().finditer(text)],
                       key=lambda item: item[0].start())
    elif language == "de" and ("lich" in text or "akt" in text):
        counted = [(match, _per_day(match, language)) for match in _german_every_n_units_re().finditer(ascii_digits(text))]
        # (The adverb inside the count's word is the count's: "stündlich" of "zweistündlich".)
        found = sorted([item for item in found
                        if not any(other.start() <= item[0].start() < other.end() for other, _ in counted)] + counted,
                       key=lambda item: item[0].start())
    return tuple(found)


_TRIGGERS = re.compile(r"(?i)\b(?:every|each|once|twice|thrice|times|hourly|daily|weekly|fortnightly|monthly"
                       r"|quarterly|yearly|annually|annual)\b")


def may_state_a_frequency(text: str) -> bool:
    """The cheap test of an English source: substrings (it runs on nearly every text), then words."""
    lowered = text.lower()
    return (("every" in lowered or "each" in lowered or "once" in lowered or "twice" in lowered or "thrice" in lowered
             or "times" in lowered or "hourly" in lowered or "daily" in lowered or "weekly" in lowered
             or "fortnightly" in lowered or "monthly" in lowered or "quarterly" in lowered or "yearly" in lowered
             or "annual" in lowered) and _TRIGGERS.search(text) is not None)


_EACH_UNIT_ONLY_RE = re.compile(r"(?i)(?:each|every)\s+[^\W\d_]+")


def frequencies_changed(source: str, target: str, source_language: str,
                        target_language: str) -> tuple[tuple[Number, Number], ...]:
    """The source's frequencies said as another number of times per day in the translation: "every
    three months" / "tres veces al año", "twice a day" / "один раз в день", "each year" / "毎月"."""
    source_found = _frequencies(source, source_language)
    if not source_found or any(value is None for _, value in source_found):
        return ()
    target_found = _frequencies(target, target_language)
    if len(target_found) < len(source_found):
        # "once a week, on the same day each week": the second says the first again, which a
        # translation may leave out ("toujours le même jour").
        source_found = tuple(found for index, found in enumerate(source_found)
                             if not (_EACH_UNIT_ONLY_RE.fullmatch(found[0].group())
                                     and any(other[1] == found[1] for other in source_found[:index])))
    if len(target_found) != len(source_found) or any(value is None for _, value in target_found):
        return ()
    # Each frequency pairs first with one of the same value, wherever the translation says it; the
    # rest pair in text order.
    left = list(target_found)
    unpaired = []
    for source_match, source_value in source_found:
        values = _said_values(source, (source_match, source_value), source_language)
        same = next((found for found in left for value in values if _agree(value, found[1])), None)
        if same is None:
            unpaired.append((source_match, source_value))
        else:
            left.remove(same)
    return tuple((_as_number(source_match, source_value), _as_number(target_match, target_value))
                 for (source_match, source_value), (target_match, target_value) in zip(unpaired, left))


def agreeing_spans(source: str, target: str, source_language: str,
                   target_language: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The spans of the frequencies that agree although their numbers differ ("every three months"
    / "cuatro veces al año"), in the source and in the translation: their numbers are no error."""
    agreeing = _agreeing(source, target, source_language, target_language)
    return ([source[0].span() for source, _ in agreeing], [target[0].span() for _, target in agreeing])


def agreeing_pairs(source: str, target: str, source_language: str,
                   target_language: str) -> list[tuple[Number, Number]]:
    """The frequencies of the source and of the translation that agree ("at least once a month" /
    "höchstens einmal im Monat"), as numbers of times a year, to compare what bounds them."""
    return [(_as_number(*source), _as_number(*target))
            for source, target in _agreeing(source, target, source_language, target_language)]


def _agreeing(source: str, target: str, source_language: str, target_language: str) -> list[tuple[_Found, _Found]]:
    """((match, per day) of the source, the same of the translation) for each frequency of the source
    that one of the translation agrees with, each of the translation's taken once."""
    left = [found for found in _frequencies(target, target_language) if found[1] is not None]
    pairs = []
    for found in _frequencies(source, source_language):
        values = _said_values(source, found, source_language)
        same = next((other for other in left for value in values if _agree(value, other[1])), None)
        if same is not None:
            left.remove(same)
            pairs.append((found, same))
    return pairs


# A count of things, one to eight words before "each month" or "every day": "5 free withdrawals each
# month", "3 meals every day", "3 slips can be reissued free of charge each year" (not a length or a
# measure: "30 minutes each day", "2 litres every day").
_EACH_UNIT_RE = re.compile(r"(?i)(?:each|every)\s+[^\W\d_]+")
_COUNT_OF_THINGS_BEFORE_RE = re.compile(r"(?i)(?<![\w.,])(?P<n>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                                        r"|(?:a\s+)?dozen)"
                                        r"\s+(?P<things>(?:[^\W\d_]+[\s-]+){1,8})$")


def _said_values(text: str, found: _Found, language: str) -> list[Decimal]:
    """The times a day a frequency of `text` may stand for: its own, and with a count of things
    before it, that many times it ("5 free withdrawals each month": five times a month)."""
    if found[1] is None:
        return []
    count = _count_of_things_before(text, found[0]) if language == "en" else None
    values = [found[1]] if count is None else [found[1], found[1] * count]
    # "more than once a week" / "週2回以上": a strict bound's next count of times.
    times = _TIMES_AFTER_MORE_THAN_RE.match(text, found[0].start()) if language == "en" else None
    if times is not None and _MORE_THAN_BEFORE_RE.search(text, max(0, found[0].start() - 12), found[0].start()):
        counted = {"once": 1, "twice": 2, "thrice": 3}.get(times.group(1).lower()) or small_cardinal("en", times.group(1))
        if counted:
            values.append(found[1] * (counted + 1) / counted)
    return values


_MORE_THAN_BEFORE_RE = re.compile(r"(?i)\bmore\s+than\s+$")
_TIMES_AFTER_MORE_THAN_RE = re.compile(r"(?i)(once|twice|thrice|\d+|two|three|four|five|six)(?:\s+times)?\b")


def _count_of_things_before(text: str, match: re.Match[str]) -> Decimal | None:
    if _EACH_UNIT_RE.fullmatch(match.group()) is None:
        return None
    before = _COUNT_OF_THINGS_BEFORE_RE.search(text, max(0, match.start() - 48), match.start())
    # (Not a unit, of time or of a measure, nor nights or times, which units.py does not name.)
    if before is None or may_name_a_unit(before.group("things"), "en") \
            or _NIGHTS_OR_TIMES_RE.search(before.group("things")) is not None:
        return None
    count = Decimal(12) if before.group("n").lower().endswith("dozen") else small_cardinal("en", before.group("n"))
    return count if count is not None and count >= 2 else None


_NIGHTS_OR_TIMES_RE = re.compile(r"(?i)\b(?:nights?|times?)\b")


def _agree(value: Decimal, other: Decimal) -> bool:
    # (Four weeks are no month, a month is 30 or 31 days.)
    return abs(value - other) <= value * Decimal("0.04")


def _as_number(match: re.Match[str], per_day: Decimal) -> Number:
    per_year = (per_day * Decimal("365.25")).quantize(Decimal("0.01")).normalize()
    return Number(per_year, match.group(), match.start(), match.end(), "frequency")


# A count of times a period that a Japanese translation states ("1日1回", "週2回", "毎月3回") where the
# source says no frequency nor any rate at all: a limit the source does not set ("Spend 3,000 coins to
# reroll" / "1日1回、3,000コインを消費して").
# (And a price per hour the source does not set: "rented for ¥500" / "1時間500円で".)
# (Full-width digits too: "１日３回".)
_COUNTED_A_PERIOD_JA_RE = re.compile(r"(?:[1１]日|[1１]週間?|週|月|年|毎日|毎週|毎月|毎年)に?[0-9０-９一二三四五六七八九十]+"
                                     r"(?:回(?!目)|[点個枚本杯名組](?=まで|限り|限定))"
                                     r"|[1１]回に限り|[1１]日(?:あたり|当たり|につき)|[1１]時間(?:あたり|当たり|につき)"
                                     r"|[1１]時間(?=[0-9０-９][0-9０-９,，]*円)")
_RATE_ADVERBS = r"daily|weekly|monthly|yearly|annual|annually|hourly|nightly"
_PERIODS = r"day|week|month|year|hour|night|minute|weekday|weekend"
_EACH_BEFORE = r"\b(?:an?|per|each|every)\s+(?:[^\W\d_]+\s+)?"
# (Not "per load", "each item": a price per thing, which says nothing of how often.)
_SAYS_A_RATE_RE = re.compile(rf"(?i)\b(?:{_RATE_ADVERBS}|once|twice|thrice|times|limit\w*|up\s+to|max\w*)\b"
                             rf"|{_EACH_BEFORE}(?:{_PERIODS}|session|visit|time|use|stay|order|purchase|account|person|customer"
                             r"|booking|trip|ride|term|semester|class|lesson)s?\b")
# A count a period ("1日3回", "1日1点限り") is a rate of time: only a rate of time in the source says it,
# not "3 entries per account", "limit one per customer", "3 times during the event".
_SAYS_A_RATE_OF_TIME_RE = re.compile(rf"(?i)\b(?:{_RATE_ADVERBS})\b|{_EACH_BEFORE}(?:{_PERIODS})s?\b")
_A_PERIOD_JA_RE = re.compile(r"[日週月年]|時間")


_MANY_BEFORE_RE = re.compile(r"(?i)(?:(?<![\d.,])(?!1\b)\d[\d,.]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven"
                             r"|twelve|fifteen|twenty|thirty|forty|sixty|ninety|several|few|many))[\s-]*$")
_PERIODS_NAMED = {"時間": re.compile(r"(?i)\b(?:hours?|hrs?|hourly)\b"), "日": re.compile(r"(?i)\b(?:days?|daily|nights?)\b"),
                  "週": re.compile(r"(?i)\b(?:weeks?|weekly)\b"), "月": re.compile(r"(?i)\b(?:months?|monthly)\b"),
                  "年": re.compile(r"(?i)\b(?:years?|yearly|annual\w*)\b")}


def in_a_counted_period(text: str, at: int) -> bool:
    """Whether the character at `at` of a Japanese text is inside a count of times a period ("1日1回",
    "週2回"), which frequency_added reports whole (not "1回に限り", no period)."""
    return any(found.start() <= at < found.end() and not found.group().startswith(("1回", "１回"))
               for found in _COUNTED_A_PERIOD_JA_RE.finditer(text))


def frequency_added(source: str, target: str, source_language: str, target_language: str) -> Number | None:
    """The frequency with a count that a Japanese translation adds to a source that states none."""
    if target_language != "ja" or source_language != "en":
        return None
    said = _COUNTED_A_PERIOD_JA_RE.search(target)
    if said is None or _frequencies(source, source_language):
        return None
    rate = _SAYS_A_RATE_OF_TIME_RE if _A_PERIOD_JA_RE.search(said.group()) else _SAYS_A_RATE_RE
    if rate.search(source) is not None:
        return None
    period = next((english for japanese, english in _PERIODS_NAMED.items() if japanese in said.group()), None)
    # ("¥500 for the first hour" / "最初の1時間500円"; not "expire after 30 days", a span of many.)
    if period is not None and any(_MANY_BEFORE_RE.search(source, max(0, found.start() - 16), found.start()) is None
                                  for found in period.finditer(source)):
        return None
    found = next((found for found in _frequencies(target, target_language)
                  if found[1] is not None and found[0].start() <= said.start() < found[0].end()), None)
    return (Number(Decimal(1), said.group(), said.start(), said.end(), "frequency") if found is None
            else _as_number(*found))


# "every 5 minutes" / "5分後に" (once, after five minutes): a repetition the translation makes a
# single delay, with no word of repeating anywhere in it.
_EVERY_N_UNITS_EN_RE = re.compile(r"(?i)\bevery\s+(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                                  r"|fifteen|twenty|thirty|forty|sixty)\s+(second|minute|hour|day|week|month|year)s?\b")
_AFTER_UNITS_JA = {"second": "秒", "minute": "分", "hour": "時間", "day": "日", "week": "週間", "month": "[かヶカヵケ]月",
                   "year": "年"}
_REPEATING_JA_RE = re.compile(r"ごと|毎|おき|間隔|繰り返|たびに|度に|都度|定期|[0-9０-９一二三四五六七八九十何数]回")


def repetition_made_a_delay(source: str, target: str, source_language: str, target_language: str) -> Number | None:
    """The source's "every N units" that a Japanese translation says as "N units後", said once."""
    if source_language != "en" or target_language != "ja" or "後" not in target or _REPEATING_JA_RE.search(target):
        return None
    written = ascii_digits(target)
    for found in _EVERY_N_UNITS_EN_RE.finditer(source):
        count = small_cardinal("en", found.group(1))
        if count is not None and count >= 2 and re.search(
                rf"(?<![\d.]){count}{_AFTER_UNITS_JA[found.group(2).lower()]}後", written):
            return Number(Decimal(1) / count, found.group(), found.start(), found.end(), "frequency")
    return None


# "up to ¥100,000 per day" / "10万円まで": a quantity per unit of time whose unit a Japanese
# translation says nowhere (no 日 at all, nor 毎; no 週, 月, 年). Not round the clock ("24 hours a
# day" / "24時間", "7 days a week" / "毎日").
_PER_PERIOD_EN = {"日": "day", "週": "week", "月": "month", "年": "year"}
_QUANTITY_PER_PERIOD_RE = {kanji: re.compile(
    r"(?i)(?<![\w.,])(?!24\s+hours?\s+a\s+day)(?!7\s+days\s+a\s+week)(?!365\s+days\s+a\s+year)"
    r"(?!12\s+months\s+a\s+year)\d[\d,.]*\s*(?:[^\W\d_]+\s+){0,3}(?:per|a|each)\s+" + unit + r"\b")
    for kanji, unit in _PER_PERIOD_EN.items()}


def period_of_a_rate_dropped(source: str, target: str, source_language: str, target_language: str) -> Number | None:
    """The source's quantity per day, week, month or year whose period a Japanese translation never names."""
    if source_language != "en" or target_language != "ja":
        return None
    for kanji, pattern in _QUANTITY_PER_PERIOD_RE.items():
        if kanji in target or kanji == "日" and ("毎" in target or "デイリー" in target):
            continue
        found = pattern.search(source)
        if found is not None:
            return Number(Decimal(0), found.group(), found.start(), found.end(), "frequency")
    return None


def warm(language: str) -> None:
    """Build now the pattern of `language`'s frequencies (see compare.warm)."""
    _frequency_re(language)
    if language == "en":
        _every_n_units_re()


def frequencies_read(text: str, language: str) -> tuple[Number, ...]:
    """Where `text` says how often, read or not (a range), each as a Number of its times per day (0
    when unread): what a count in words inside it says belongs to the frequency."""
    return tuple(Number(value or Decimal(0), match.group(), match.start(), match.end(), "frequency")
                 for match, value in _frequencies(text, language))
