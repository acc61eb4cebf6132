"""A rate's or a frequency's unit of time, said without a number: "60 requests per minute" / "par
heure", "twice a month" / "zweimal im Jahr", "every hour" / "tous les jours", "a night" / "pro
Woche"; and the unit of quantity a price or a yield is given per ("€0.38 per litre" / "je
Kilogramm", "7.9 tonnes per hectare" / "por acre", "kg CO2/kWh" / "CO2/MWh"). Each rate of the
source must find one of the same unit in the translation; a rate the translation drops or says
otherwise ("stündlich") is left alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from i18n.numbers.alternation import GroupedPattern, alternation
from i18n.numbers.frequencies import NOT_A_NOUN_AFTER_A_RANK, agreeing_spans
from i18n.numbers.model import UnitChange

# The forms, per language: "per minute", "twice a year", "every
# hour"; "par heure", "toutes les heures"; "pro Stunde", "zweimal im Monat"; "por hora", "al mes";
# "в час", "каждую минуту"; "毎時", "1時間あたり", "月2回". Each language's pattern has one group per unit.
_RATE_UNITS = ("second", "minute", "hour", "day", "night", "week", "month", "quarter", "half_year", "year", "decade",
               "stay", "occasion", "season", "term")
# A school's term is a quarter or a half of its year, as the school counts them ("once a term" /
# "une fois par trimestre", "毎学期").
_TERM_LIKE = frozenset({"term", "quarter", "half_year"})
# ("per visit", "pro Buchung", "за посещение", "1回あたり": each time, not each unit of time. Not
# "a visit", "alle Fahrten" (all the trips), "a la reserva", "в поездку".)
_OCCASIONS = {
    "en": r"(?<![Aa]\s)(?<![Aa]n\s)(?:visit|trip|journey|session|booking|ride|use|order)",
    "fr": r"(?:visite|trajet|voyage|séance|réservation|commande|utilisation|passage)s?",
    "de": r"(?<!alle\s)(?:Besuch|Fahrt|Reise|Sitzung|Buchung|Bestellung|Nutzung|Anwendung)",
    "es": r"(?<!\ba\sla\s)(?<!\bal\s)(?:visita|viaje|trayecto|sesión|reserva|pedido|uso)",
    "ru": r"(?<!\bв\s)(?:визит|посещение|поездку|сеанс|бронирование|заказ)",
    "ja": r"回(?:あたり|当たり|につき|ごと)|(?<=毎)回",
}
# Per language: the patterns of a rate, each with {} where the unit stands, and the units' forms.
_RATES = {
    # ("€6 per additional day", "each extra hour".)
    "en": ((r"\b(?:per|every|each|(?:once|twice|thrice|times)\s+an?)\s+(?:(?:additional|extra|further)\s+)?(?:{})\b",
            # "100 mm of rain a year", not "for a year", "a year ago", "in a day" (a rate is reported
            # only against a rate of another unit in the translation).
            r"(?<![\w-])(?<!\bfor )(?<!\bin )(?<!\bwithin )(?<!\bafter )(?<!\babout )(?<!\bover )(?<!\bthan )"
            # ("a quarter" alone is more often a fourth: "by a quarter every 3 days".)
            r"(?<!\bhalf )(?<!\bonce )(?<!\btwice )(?<!\btimes )an?\s+(?!quarter\b|stay\b)(?:{})\b"
            r"(?!\s+(?:ago|later|earlier|before|after|old|long|away)\b|[-’'])"),
           # ("every weekday": every day, of the working ones.)
           ("second", "minute", "hour", "(?:week|working\\s+|business\\s+)?day", "night", "week", "month", "quarter",
            "half-year|half\\s+year", "year", "decade", "stay", _OCCASIONS["en"], "season", "term|semester")),
    # ("129 £ la nuit", "9,99 € le mois": the article after an amount of money.)
    "fr": ((r"\b(?:par|chaque|toutes\s+les|tous\s+les)\s+(?:{})\b",
            r"(?:(?<=[$€£¥][\x20\u00a0\u202f])|(?<=euros\s)|(?<=dollars\s)|(?<=livres\s))(?:la|le|l['’])\s*(?:{})\b"),
           ("secondes?", "minutes?", "heures?", "jours?", "nuits?", "semaines?", "mois", "trimestres?", "semestres?",
            "ans?|années?", "décennies?", "séjours?", _OCCASIONS["fr"], "saisons?")),
    # ("9,99 $ in der Woche", "200 Sets im Monat", "99 $ im Jahr" after an amount; not "im Jahr 2020",
    # "im Monat Mai", "in der Woche vor Ostern", "am Tag der Abreise".)
    # ("pro Person und Nacht", "por persona y noche": the second unit of one rate.)
    "de": ((r"\b(?:pro|je|jede[nrs]?|alle|(?:einmal|zweimal|dreimal|mal)\s+(?:in\s+der|am|im|die|pro)"
            r"|pro\s+[^\W\d_]+\s+und)\s+(?:{})\b",
            r"(?<=\d\s[$€£¥%]\s)(?:in\s+der|im|am)\s+(?:{})\b(?!\s*\d)",
            r"(?<=\d[\s\u00a0])(?:[^\W\d_]+\s+){1,2}(?P<said>(?:in\s+der|im|am)\s+(?:{}))\b(?!\s*\d)(?!\s+(?:vo[mnr]|des|der|nach"
            r"|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b)"),
           ("Sekunden?", "Minuten?", "Stunden?", "Tage?", "Nacht|Nächte", "Wochen?", "Monate?", "Quartale?",
            "Halbjahre?", "Jahre?", "Jahrzehnte?", "Aufenthalte?", _OCCASIONS["de"], "Saison|Spielzeit")),
    "es": ((r"\b(?:por|cada|todos\s+los|todas\s+las|al|a\s+la|por\s+[^\W\d_]+\s+y)\s+(?:{})\b",),
           ("segundos?", "minutos?", "horas?", "días?", "noches?", "semanas?", "mes(?:es)?", "trimestres?", "semestres?",
            "años?", "décadas?", "estancias?|estadías?", _OCCASIONS["es"], "temporadas?")),
    "ru": ((r"(?<!\w)(?:в|за|кажд(?:ую|ый|ое|ые|ого))\s+(?:{})(?!\w)",),
           ("секунду", "минуту", "час", "день|сутки", "ночь", "неделю", "месяц", "квартал", "полугодие", "год",
            "десятилетие", r"(?:весь\s+(?:период|срок)\s+)?(?:проживани[ея]|пребывани[ея])", _OCCASIONS["ru"], "сезон")),
    # "月2回", "年に1回", "月1〜2回": the unit before a count of times.
    # (Not the "1日" of "7月31日" nor of "10月1日", nor the "1月" of "2024年1月": a 1 or 一 after no
    # digit, no 月 and no 年; nor "第1日曜日", the first Sunday; nor "1時", one o'clock.)
    # ("1月から", "一月に": January; "1か月", "1月あたり": a month.)
    # ("1分29秒" is a length, no rate per minute, but "毎分120フレーム" is; "時速", "分速", "秒速" are per
    # hour, minute, second.)
    "ja": ((r"(?:毎|(?<![\d０-９月年第])1(?!月(?!あたり|当たり|ごと))|(?<![〇一二三四五六七八九十年])一(?!月(?!あたり|当たり|ごと)))"
            r"(?:{})(?:あたり|当たり)?(?!(?<=[0-9０-９一][分秒])[0-9０-９])", r"(?:{})(?:あたり|当たり|ごと)",
            r"(?:{})(?<=[時分秒])速",
            r"(?:{})に?\d+(?:[〜～~\-–]\d+)?回", r"(?<![0-9０-９〇一二三四五六七八九十年])(?:{})に(?=数[十百千]|[0-9〇一二三四五六七八九十]+[便回本件]|[0-9０-９])"),
           ("秒", "分", "時間|(?<=毎)時|時(?=速)", "日(?!曜)", "晩|夜|泊", "週間?", "[かヶカヵケ]?月", "四半期", "半期", "年", "10年", "滞在",
            _OCCASIONS["ja"], "シーズン", "学期")),
}


_NONE = "(?!)"  # a form no text has
# ("週20GB", "年間60万人"; "週最大5回", at most five a week.)
_JA_PERIOD_BEFORE = "(?<![0-9０-９〇一二三四五六七八九十毎]){}(?=(?:最大|最高|最低|最少|上限)?[0-9０-９〇一二三四五六七八九十])"

# The units of quantity a rate may be given per, said after the language's "per" (never after "a":
# "half a litre" is no rate) or a slash, one form per unit. (Japanese "キロ" alone may be a kilogram
# or a kilometre: left out.)
_PER_UNITS = ("litre", "kilogram", "gram", "ounce", "hectare", "are", "acre", "kilometre", "mile", "kilowatt_hour",
              "megawatt_hour", "tonne", "pound", "gallon", "barrel", "square_metre", "cubic_metre", "kilobyte",
              "megabyte", "gigabyte", "terabyte", "metre", "kilo", "square_foot")
# Japanese "キロ" alone is a kilogram or a kilometre: either, but no pound nor mile.
_EITHER_KILO = {"kilo": ("kilogram", "kilometre")}
# (The symbols of data sizes keep their case: "/mo" is a month.)
_DATA_SIZES = ("kilobytes?|(?-i:KB|kB)", "megabytes?|(?-i:MB)", "gigabytes?|(?-i:GB)", "terabytes?|(?-i:TB)")
_PER = {
    # ("$2,450 an ounce": "a" right after an amount is "per".)
    "en": ((r"\bper\s+(?:{})(?![\w-])", r"(?<=\d\x20)an?\s+(?:{})(?![\w-])"),
           ("lit(?:re|er)", "kilo(?:gram(?:me)?)?|kg", "gram(?:me)?|g", "ounce|oz", "hectare|ha", _NONE, "acre",
            "kilomet(?:re|er)|km", "mile|mi", "kWh", "MWh", "(?:metric\\s+)?ton(?:ne)?|t", "pound|lb", "gallon|gal",
            "barrel|bbl", "square\\s+met(?:re|er)|m²|m2", "cubic\\s+met(?:re|er)|m³|m3", *_DATA_SIZES, "met(?:re|er)",
            _NONE, "square\\s+f(?:oo|ee)t|sq\\.?\\s?ft|ft²|ft2")),
    # ("32 centimes le kWh", "3 € le kilo": the article after a price is "per".)
    "fr": ((r"\bpar\s+(?:{})(?![\w-])",
            r"(?:[€$£¥]|\beuros?|\bcentimes?|\bdollars?|\bcents?)\s+(?:le|la|l['’])\s*(?:{})(?![\w-])"),
           ("litre|l", "kilo(?:gramme)?|kg", "gramme|g", "once", "hectare|ha", "are", "acre", "kilomètre|km", "mille",
            "kWh", "MWh", "tonne|t", "livre", "gallon", "baril", "mètre\\s+carré|m²|m2",
            "mètre\\s+cube|m³|m3", "kilo-?octets?|(?-i:Ko|ko)", "méga-?octets?|(?-i:Mo)", "giga-?octets?|(?-i:Go)",
            "téra-?octets?|(?-i:To)", "mètre", _NONE, "pied\\s+carré")),
    "de": ((r"\b(?:pro|je)\s+(?:{})(?![\w-])",),
           ("Liter|l", "Kilo(?:gramm)?|kg", "Gramm|g", "Unze", "Hektar|ha", "Ar", "Acre", "Kilometer|km", "Meile", "kWh",
            "MWh", "Tonne|t", "Pfund", "Gallone", "Barrel|Fass", "Quadratmeter|m²|m2", "Kubikmeter|m³|m3", *_DATA_SIZES,
            "Meter", _NONE, "Quadratfuß")),
    "es": ((r"\bpor\s+(?:{})(?![\w-])",
            r"(?:[€$£¥]|\beuros?|\bcéntimos?|\bdólares?)\s+(?:el|la)\s+(?:{})(?![\w-])"),
           ("litro|l", "kilo(?:gramo)?|kg", "gramo|g", "onza", "hectárea|ha", "área", "acre", "kilómetro|km", "milla",
            "kWh", "MWh", "tonelada|t", "libra", "galón", "barril", "metro\\s+cuadrado|m²|m2",
            "metro\\s+cúbico|m³|m3", *_DATA_SIZES, "metro", _NONE, "pie\\s+cuadrado")),
    "ru": ((r"(?<!\w)(?:за|на)\s+(?:1\s+)?(?:{})(?!\w)",),
           ("литр|л", "килограмм|кг", "грамм|г", "унцию", "гектар|га", _NONE, "акр", "километр|км", "милю", "кВт[·⋅]?ч",
            "МВт[·⋅]?ч", "тонну|т", "фунт", "галлон", "баррель", "квадратный\\s+метр|кв\\.\\s?м|м²",
            "кубический\\s+метр|куб\\.\\s?м|м³", "килобайт|(?-i:КБ|Кб|кБ)", "мегабайт|(?-i:МБ|Мб)", "гигабайт|(?-i:ГБ|Гб)",
            "терабайт|(?-i:ТБ|Тб)", "метр", _NONE, "квадратный\\s+фут|кв\\.\\s?фут")),
    "ja": ((r"1?(?:{})(?:あたり|当たり)",),
           ("リットル|L", "キログラム|kg", "グラム|g", "オンス", "ヘクタール|ha", "アール", "エーカー", "キロメートル|km",
            "マイル", "kWh", "MWh", "トン|t", "ポンド", "ガロン", "バレル", "平方メートル|m²|㎡", "立方メートル|m³|㎥",
            "キロバイト|KB", "メガバイト|MB", "ギガバイト|GB", "テラバイト|TB", "メートル", "キロ(?![グメバワリ])", "平方フィート")),
}
# After a slash: "mg/kg", "kg CO2/kWh", "€/l" (not "km/h", a unit of speed whose hour is a rate's).
_PER_SLASHED = ("l|L|л", "kg|кг", "g|г", "oz", "ha|га", _NONE, _NONE, "km|км", "mi", "kWh|кВт[·⋅]?ч",
                "MWh|МВт[·⋅]?ч", "t|т", "lb", "gal", "bbl", "m²|m2|м²|㎡", "m³|m3|м³|㎥", "(?-i:KB|kB|Ko|КБ)",
                "(?-i:MB|Mo|МБ)", "(?-i:GB|Go|ГБ)", "(?-i:TB|To|ТБ)", _NONE, _NONE, "ft²|ft2|sq\\.?\\s?ft")


# The same units said by an adjective or an adverb ("daily limit" / "plafond mensuel", "per month" /
# "jährlich"), or after a slash ("$9.99/month"; not "km/h" nor "m/s", which are units): per language,
# the words and the forms after a slash, one per unit, "(?!)" where a language has none.
_RATE_WORD_TEMPLATE = r"(?<![\w-])(?:{words})(?![\w-])|/(?:{slashed})(?!\w)"
_RATE_WORDS = {
    "en": ((_NONE, _NONE, "hourly", "daily", "nightly", "weekly", "monthly", "quarterly", "half-yearly|semi-annual(?:ly)?",
            "yearly|annual(?!\\s+pass)|annually", _NONE),
           ("s|sec", "min", "h|hr", "day", "night", "wk|week", "mo|month", "quarter", _NONE, "yr|year", _NONE)),
    "fr": ((_NONE, _NONE, _NONE, "quotidien(?:ne)?s?|journali(?:er|ère)s?|quotidiennement", _NONE,
            "hebdomadaires?|hebdomadairement", "(?:bi)?mensuel(?:le)?s?|mensuellement", "trimestriel(?:le)?s?|trimestriellement",
            "semestriel(?:le)?s?|semestriellement", "annuel(?:le)?s?|annuellement", _NONE),
           ("s", "min", "h", "jour|j", "nuit", "semaine", "mois", "trimestre", "semestre", "an", _NONE)),
    "de": ((_NONE, "minütlich\\w*", "stündlich\\w*|Stunden(?:lohn|satz)\\w*",
            "täglich\\w*|Tages(?:durchschnitt|limit|satz|lohn)\\w*", "nächtlich\\w*",
            "wöchentlich\\w*|Wochen(?:durchschnitt|limit|rate|raten|lohn|stunden)\\w*",
            "monatlich\\w*|Monats(?:durchschnitt|limit|rate|raten|miete|beitrag|lohn|gehalt|stunden)\\w*",
            "vierteljährlich\\w*|quartalsweise", "halbjährlich\\w*",
            "jährlich\\w*|Jahres(?:durchschnitt|limit|rate|raten|miete|beitrag|lohn|gehalt)\\w*", _NONE),
           ("s|Sek", "min|Min", "h|Std", "Tag", "Nacht", "Woche", "Monat", "Quartal", _NONE, "Jahr", _NONE)),
    "es": ((_NONE, _NONE, _NONE, "diari[oa]s?|diariamente", _NONE, "semanal(?:es)?|semanalmente",
            "mensual(?:es)?|mensualmente", "trimestral(?:es)?|trimestralmente", "semestral(?:es)?|semestralmente",
            "anual(?:es)?|anualmente", _NONE),
           ("s|seg", "min", "h", "día", "noche", "semana", "mes", "trimestre", "semestre", "año", _NONE)),
    "ru": ((_NONE, "ежеминутн\\w*", "ежечасн\\w*", "ежедневн\\w*|суточн\\w*", _NONE, "еженедельн\\w*",
            "ежемесячн\\w*|месячн\\w*", "ежеквартальн\\w*|квартальн\\w*", "полугодов\\w*",
            "ежегодн\\w*|годов(?:ой|ая|ое|ые|ого|ую|ом|ых)", _NONE),
           ("с|сек", "мин", "ч", "день|сут", "ночь", "нед", "мес", "квартал", _NONE, "год", _NONE)),
    # (月額 and 年額: the amount a month, a year; 月会費 and 年会費, a membership fee.)
    # ("年間60万人", "週20GB": a period before its amount is a rate; "3年間" is three years.)
    # (日次, 月次, デイリー, マンスリー: daily, monthly; "年7％" is 7 % a year, "月10％" 10 % a month.)
    "ja": ((_NONE, _NONE, _NONE, "日額|日次|デイリー", _NONE, "週額|週次|ウィークリー|" + _JA_PERIOD_BEFORE.format("週間?"),
            "月額|月次|月会費|マンスリー|" + _JA_PERIOD_BEFORE.format("月間") + "|(?<![0-9０-９〇一二三四五六七八九十毎今昨来前])月(?=[0-9０-９.]+[%％])",
            _NONE, _NONE,
            "年額|年次|年会費|" + _JA_PERIOD_BEFORE.format("年間") + "|(?<![0-9０-９〇一二三四五六七八九十毎今昨来前])年(?=[0-9０-９.]+[%％])",
            _NONE),
           ("秒|s", "分|min", "時|時間|h", "日", _NONE, "週", "月", _NONE, _NONE, "年", _NONE)),
}

_EN_RATE_WORDS = ("per ", "/", " an ounce", " a litre", " a liter", " a kilo", " a gram", " a hectare", " an acre",
                  " a mile", " a kilometre", " a kilometer", "every ", "twice ", "times ", "once ", "thrice ", " a day", " a night", " a week",
                  " a month", " a year", " an hour", " a minute", " a second", "hourly", "daily", "nightly", "weekly",
                  "monthly", "quarterly", "yearly", "annual", "/day", "/night", "/wk", "/week", "/mo", "/yr", "/year", "/s", "/min", "/h",
                  "decade")


def _may_state_a_rate(text: str) -> bool:
    """The cheap test of an English source (nearly every one): one search for any of the substrings."""
    lowered = text.lower()
    return _EN_RATE_WORDS_RE.search(lowered) is not None


_EN_RATE_WORDS_RE = re.compile(alternation(_EN_RATE_WORDS, re.escape))


@lru_cache(maxsize=None)
def _rate_re(language: str) -> GroupedPattern | None:
    """One pattern of `language`'s rates; each unit's group is named "<unit>__<pattern index>"."""
    if language not in _RATES:
        return None
    templates, forms = _RATES[language]
    alternatives = []
    for index, template in enumerate(templates):
        units = "|".join(f"(?P<{unit}__{index}>{form})" for unit, form in zip(_RATE_UNITS, forms))
        alternatives.append(template.replace("{}", units))
    if language in _PER:
        templates, forms = _PER[language]
        for index, template in enumerate(templates):
            alternatives.append(template.replace("{}", "|".join(f"(?P<{unit}__p{index}>{form})"
                                                                for unit, form in zip(_PER_UNITS, forms))))
        alternatives.append("/(?:" + "|".join(f"(?P<{unit}__q>{form})" for unit, form in zip(_PER_UNITS, _PER_SLASHED))
                            + r")(?![\w²³])")
    if language in _RATE_WORDS:
        words, slashed = _RATE_WORDS[language]
        template = _RATE_WORD_TEMPLATE if language != "ja" else "(?:{words})|/(?:{slashed})"
        alternatives.append(template.format(
            words="|".join(f"(?P<{unit}__w>{form})" for unit, form in zip(_RATE_UNITS, words)),
            slashed="|".join(f"(?P<{unit}__s>{form})" for unit, form in zip(_RATE_UNITS, slashed))))
    return GroupedPattern(re.compile("|".join(alternatives), 0 if language == "ja" else re.IGNORECASE))


_Rate = tuple[str, str, int]  # unit, as written, where


def _rates(text: str, language: str) -> list[_Rate]:
    """(unit, as written, where) of each rate of `text`."""
    pattern = _rate_re(language)
    if pattern is None:
        return []
    found = []
    for match in pattern.finditer(text):
        groups = match.groupdict()
        unit = next(name for name, value in groups.items() if value is not None and name != "said").split("__")[0]
        if unit == "second" and language == "en" and _RANK_OF_A_NOUN_RE.match(text, match.end()) \
                and _A_OR_EVERY_BEFORE_RE.search(text, 0, match.end()):
            continue  # "a second treatment", "every second water change": a rank before its noun

        if unit == "week" and language == "en" and _SEVEN_DAYS_BEFORE_RE.search(text, 0, match.start()):
            unit = _EVERY_DAY_OF_THE_WEEK
        said = "said" if groups.get("said") else 0  # (the rate's words, not the noun before them)
        found.append((unit, match.group(said), match.start(said)))
    return found


_A_OR_EVERY_BEFORE_RE = re.compile(r"(?i)\b(?:an?|every|each)\s+second$")
# ("every second Saturday of the month": a weekday, with its capital.)
_RANK_OF_A_NOUN_RE = re.compile(rf"\s+(?!(?:{NOT_A_NOUN_AFTER_A_RANK})\b)[a-z]{{3,}}"
                                r"|\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\b")


# "seven days a week" is every day: a rate per week or per day ("7 дней в неделю", "täglich", "毎日").
# (The comparison letters the 7 away when the translation says "every day": "x days a week".)
_EVERY_DAY_OF_THE_WEEK = "week (every day)"
_SEVEN_DAYS_BEFORE_RE = re.compile(r"(?i)\b(?:seven|7|x)\s+days\s+$")



def rate_changes(source: str, target: str, source_language: str, target_language: str) -> tuple[UnitChange, ...]:
    """The source's rates whose unit of time the translation gives as another: "100 requests per
    minute" / "100 requêtes par heure", "twice a year" / "zweimal im Monat"."""
    if source_language == "en" and not _may_state_a_rate(source):
        return ()
    source_rates = _rates(source, source_language)
    if not source_rates:
        return ()
    target_rates = _rates(target, target_language)
    unmatched, left = _unpaired(source_rates, target_rates)
    if unmatched and left:
        # A frequency that agrees is translated, whatever its unit: "twice a year" / "halbjährlich",
        # and pairs with nothing else ("€180 per month ... twice a year" / "180 € im Jahr ... zweimal jährlich").
        source_spans, target_spans = agreeing_spans(source, target, source_language, target_language)
        if source_spans:
            unmatched, left = _unpaired([rate for rate in source_rates if not _inside(rate, source_spans)],
                                        [rate for rate in target_rates if not _inside(rate, target_spans)])
    # A rate of time pairs with one of time, a rate per quantity with one per quantity: "weekly" is
    # not what "je Unze" says instead.
    changes = []
    for per_quantity in (False, True):
        source_side = [rate for rate in unmatched if (rate[0] in _PER_UNITS) == per_quantity]
        target_side = [rate for rate in left if (rate[0] in _PER_UNITS) == per_quantity]
        changes += [UnitChange(text, other_text, (unit,), (other_unit,), start)
                    for (unit, text, start), (other_unit, other_text, _) in zip(source_side, target_side)]
    return tuple(sorted(changes, key=lambda change: change.start))


def _unpaired(source_rates: list[_Rate], target_rates: list[_Rate]) -> tuple[list[_Rate], list[_Rate]]:
    """The rates of each side left when each of the source's takes the first of the same unit."""
    left = list(target_rates)
    unmatched = []
    for rate in source_rates:
        unit = rate[0]
        # (A night is a day's: "6 hours a night" / "6 часов в сутки", "€80 a night" / "80 € par jour".)
        partner = next((other for other in left if other[0] == unit or (
            unit == _EVERY_DAY_OF_THE_WEEK and other[0] in ("week", "day")) or {unit, other[0]} == {"night", "day"}
            or unit in _EITHER_KILO.get(other[0], ()) or "term" in (unit, other[0]) and {unit, other[0]} <= _TERM_LIKE),
                       None)
        if partner is None:
            unmatched.append(rate)
        else:
            left.remove(partner)
    return unmatched, left


def _inside(rate: _Rate, spans: list[tuple[int, int]]) -> bool:
    start, end = rate[2], rate[2] + len(rate[1])
    return any(start < span_end and end > span_start for span_start, span_end in spans)


# Japanese says "per kilometre" as "1kmあたり": that 1 is the rate's "per", no count.
_ONE_PER_RE = {"ja": re.compile(r"[^\s\d、。,]{0,4}?(?:あたり|当たり|につき|ごと)")}


def one_says_per(text: str, number_end: int, language: str) -> bool:
    """Whether the 1 ending at `number_end` says "per" ("1kmあたり25セント")."""
    pattern = _ONE_PER_RE.get(language)
    return pattern is not None and pattern.match(text, number_end) is not None


def warm(language: str) -> None:
    """Build now the pattern of `language`'s rates (see compare.warm)."""
    _rate_re(language)
