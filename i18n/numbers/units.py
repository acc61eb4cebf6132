"""The unit after a number: "5 km" / "5 m", "10 MB" / "10 Go", "30 seconds" / "30 minutes". The same
digits with a unit of the same dimension at another scale are a changed quantity, in every language
(the units' symbols are CLDR's and SI's; the words are each language's, every form).

A unit is compared only where both texts write one after the same digits, and only within a
dimension: "5 m" may be metres or minutes, so it agrees with either; a unit the translation drops,
adds or converts ("5 miles" / "8 km", whose digits differ) is left to the rest of the comparison.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from itertools import product
from typing import Callable

from i18n.numbers.alternation import GroupedPattern
from i18n.numbers.model import Number, UnitChange
from i18n.po.format_directives import GRAMMARS
from i18n.numbers.digits import cluster_value
from i18n.numbers.russian_words import is_a_russian_cardinal
from i18n.numbers.symbols import ascii_digits, locale_symbols
from i18n.numbers.words import WRITTEN_WITHOUT_SPACES, says_alcohol_in_degrees

# Each unit: its dimension, then its forms in each language as regular expressions (symbols are
# case-sensitive, words are not: a word's forms start lowercase; "_" is a space). The forms of "any"
# hold in every language. A form that names two units ("m": metre or minute) is listed under both.
_DEGREE_WORDS = {"en": "degrees?", "fr": "degrés?", "de": "Grad", "es": "grados?", "ru": "градус(?:а|ов|ами)?",
                 "ja": "度"}
# Japanese "キロ" alone (not "キロピクセル") is a kilogram, a kilometre or a speed ("23キロ", a pitch's
# "150キロ"): any, against a source's tonnes, miles or miles per hour.
_JAPANESE_KIRO = "キロ(?![ァ-ヶー]|毎時|平方)"
_UNITS: dict[str, tuple[str, dict[str, str]]] = {
    "nanosecond": ("time", {"any": "ns", "en": "nanoseconds? nsecs?", "fr": "nanosecondes?", "de": "Nanosekunden?",
                            "es": "nanosegundos?", "ru": "нс наносекунд[аыу]?", "ja": "ナノ秒"}),
    "microsecond": ("time", {"any": "µs μs", "en": "microseconds? usecs?", "fr": "microsecondes?",
                             "de": "Mikrosekunden?", "es": "microsegundos?", "ru": "мкс микросекунд[аыу]?",
                             "ja": "マイクロ秒"}),
    "millisecond": ("time", {"any": "ms", "en": "milliseconds? msecs?", "fr": "millisecondes?",
                             "de": "Millisekunden? ms", "es": "milisegundos?", "ru": "мс миллисекунд[аыу]?",
                             "ja": "ミリ秒"}),
    "second": ("time", {"any": "s", "en": "seconds? secs?", "fr": "secondes? sec", "de": "Sekunden? Sek\\.? sekündig\\w*",
                        "es": "segundos? seg",
                        "ru": "сек секунд(?:а|ы|у|ам|ах|ами)? (?<=-)секундн\\w* с(?=[\\x20\\u00a0]*(?:[.,;:)\\]]|$))", "ja": "秒"}),
    "minute": ("time", {"any": "min m", "en": "minutes? mins?", "fr": "minutes?", "de": "Minuten? Min\\.? minütig\\w*",
                        "es": "minutos?", "ru": "мин минут(?:а|ы|у|ам|ах|ами)? (?<=-)минутн\\w*", "ja": "分(?!の[0-9０-９一二三四五六七八九十何])"}),
    "hour": ("time", {"any": "h", "en": "hours? hrs?", "fr": "heures?", "de": "Stunden? Std\\.? stündig\\w*",
                      "es": "horas?", "ru": "час(?:а|ов|ам|ах|ами|у)? (?<=-)часов\\w+ ч(?!\\.?[\\x20\\u00a0]?л\\.)\\.?", "ja": "時間"}),
    # A business day is no calendar day: "within 14 days" / "в течение 14 рабочих дней" changes the term.
    "business day": ("time", {"en": "business_days? working_days?", "fr": "jours?_ouvr(?:ée?s?|ables?)",
                              "de": "Werktagen? Arbeitstagen?", "es": "días?_hábil(?:es)? días?_laborables?",
                              "ru": "рабоч(?:их|ий|его|ие)_дн(?:ей|я|ь|и)", "ja": "営業日"}),
    # (A public holiday is no length: "un jour férié", "un día festivo"; and a business day is the unit
    # above, whose form the longer form here would hide.)
    "day": ("time", {"en": "days?", "fr": "jours?(?![\\x20\\u00a0]+(?:fériés?|ouvr))", "de": "Tag(?:e|en)? tägig\\w*",
                     "es": "días?(?![\\x20\\u00a0]+(?:festivos?|feriados?|hábil|laborable))",
                     "ru": "дн(?:я|ей|ям|ях|ями) день сут(?:ки|ок|кам|ками|ках) (?<=-)дневн\\w* (?<=-)суточн\\w*",
                     "ja": "日間? 日(?!本) 暦日"}),
    "fortnight": ("time", {"en": "fortnights?", "fr": "quinzaines?", "es": "quincenas?"}),
    "week": ("time", {"en": "weeks?", "fr": "semaines?", "de": "Wochen? wöchig\\w*", "es": "semanas?",
                      "ru": "недел(?:ь|и|ю|я|е|ям|ях|ями) нед\\.? (?<=-)недельн\\w*", "ja": "週(?:間|(?!末))"}),
    "month": ("time", {"en": "months?", "fr": "mois", "de": "Monate?n? monatig\\w*", "es": "mes(?:es)?",
                       # ("半月分": half a month's worth.)
                       "ru": "месяц(?:а|ев|ам|ах|ами|е|у)? (?<=-)месячн\\w*", "ja": "[かヶカヵケ]月 月(?<=半月)"}),
    "year": ("time", {"en": "years? yrs?\\.?", "fr": "ans? années?", "de": "Jahr(?:e|en|es)? jährig\\w*", "es": "años?",
                      "ru": "год(?:а|ов|ам|ах|ами|у)? лет (?<=-)летн\\w* (?<=-)годичн\\w*", "ja": "年間? 年 歳"}),
    "decade": ("time", {"en": "decades?", "fr": "décennies?", "de": "Jahrzehnten?|Jahrzehnte", "es": "décadas?",
                        "ru": "десятилети(?:й|я|е|ю|ями?)"}),
    "century": ("time", {"en": "centur(?:y|ies)", "fr": "siècles?", "de": "Jahrhunderten?", "es": "siglos?",
                         "ru": "век(?:а|ов)?|столети(?:е|я|й)", "ja": "世紀"}),
    "byte": ("data", {"any": "B(?:/s)?", "en": "bytes?", "fr": "octets? o(?:/s)?", "de": "Bytes?", "es": "bytes?",
                      "ru": "Б(?:/с)? байт(?:а|у|ом|е|ы|ов|ам|ами|ах)?", "ja": "バイト"}),
    "kilobyte": ("data", {"any": "[kK]B(?:/s)?", "en": "kilobytes?", "fr": "[kK]o(?:/s)? kilo-?octets?", "de": "Kilobytes?",
                          "es": "kilobytes?", "ru": "[кК]Б(?:/с)? Кб кб [кК]байт(?:а|у|ом|е|ы|ов|ам|ами|ах)? килобайт(?:а|у|ом|е|ы|ов|ам|ами|ах)?", "ja": "キロバイト"}),
    "megabyte": ("data", {"any": "MB(?:/s)?", "en": "megabytes?", "fr": "Mo(?:/s)? méga-?octets?", "de": "Megabytes?",
                          "es": "megabytes?", "ru": "МБ(?:/с)? Мб Мбайт(?:а|у|ом|е|ы|ов|ам|ами|ах)? мегабайт(?:а|у|ом|е|ы|ов|ам|ами|ах)?", "ja": "メガバイト"}),
    "gigabyte": ("data", {"any": "GB(?:/s)?", "en": "gigabytes?", "fr": "Go(?:/s)? giga-?octets?", "de": "Gigabytes?",
                          "es": "gigabytes?", "ru": "ГБ(?:/с)? Гб Гбайт(?:а|у|ом|е|ы|ов|ам|ами|ах)? гигабайт(?:а|у|ом|е|ы|ов|ам|ами|ах)?", "ja": "ギガバイト"}),
    "terabyte": ("data", {"any": "TB(?:/s)?", "en": "terabytes?", "fr": "To(?:/s)? téra-?octets?", "de": "Terabytes?",
                          "es": "terabytes?", "ru": "ТБ(?:/с)? Тб Тбайт(?:а|у|ом|е|ы|ов|ам|ами|ах)? терабайт(?:а|у|ом|е|ы|ов|ам|ами|ах)?", "ja": "テラバイト"}),
    "petabyte": ("data", {"any": "PB(?:/s)?", "en": "petabytes?", "fr": "Po(?:/s)? péta-?octets?", "de": "Petabytes?",
                          "es": "petabytes?", "ru": "ПБ(?:/с)? Пб Пбайт(?:а|у|ом|е|ы|ов|ам|ами|ах)? петабайт(?:а|у|ом|е|ы|ов|ам|ами|ах)?", "ja": "ペタバイト"}),
    # The binary prefixes are other units: "2 GiB" is not "2 GB" (a translation keeps the "i" 214
    # times in 215 in the machine's catalogues).
    "kibibyte": ("data", {"any": "[kK]iB(?:/s)?", "en": "kibibytes?", "fr": "[kK]io(?:/s)? kibi-?octets?",
                          "de": "Kibibytes?", "es": "kibibytes?", "ru": "[кК]иБ(?:/с)? кибибайт(?:а|у|ом|е|ы|ов|ам|ами|ах)?",
                          "ja": "キビバイト"}),
    "pebibyte": ("data", {"any": "PiB(?:/s)?", "en": "pebibytes?", "fr": "Pio(?:/s)? pébi-?octets?", "de": "Pebibytes?",
                          "es": "pebibytes?", "ru": "ПиБ(?:/с)? пебибайт(?:а|у|ом|е|ы|ов|ам|ами|ах)?", "ja": "ペビバイト"}),
    "mebibyte": ("data", {"any": "MiB(?:/s)?", "en": "mebibytes?", "fr": "Mio(?:/s)? mébi-?octets?", "de": "Mebibytes?",
                          "es": "mebibytes?", "ru": "МиБ(?:/с)? мебибайт(?:а|у|ом|е|ы|ов|ам|ами|ах)?", "ja": "メビバイト"}),
    "gibibyte": ("data", {"any": "GiB(?:/s)?", "en": "gibibytes?", "fr": "Gio(?:/s)? gibi-?octets?", "de": "Gibibytes?",
                          "es": "gibibytes?", "ru": "ГиБ(?:/с)? гибибайт(?:а|у|ом|е|ы|ов|ам|ами|ах)?", "ja": "ギビバイト"}),
    "tebibyte": ("data", {"any": "TiB(?:/s)?", "en": "tebibytes?", "fr": "Tio(?:/s)? tébi-?octets?", "de": "Tebibytes?",
                          "es": "tebibytes?", "ru": "ТиБ(?:/с)? тебибайт(?:а|у|ом|е|ы|ов|ам|ами|ах)?", "ja": "テビバイト"}),
    "kibibit": ("data", {"any": "[kK]ib(?:it)?(?:/s)?", "en": "kibibits?", "fr": "kibibits?", "de": "Kibibits?",
                         "es": "kibibits?", "ru": "[кК]ибит(?:/с)? кибибит\\w*", "ja": "キビビット"}),
    "mebibit": ("data", {"any": "Mib(?:it)?(?:/s)?", "en": "mebibits?", "fr": "mébibits?", "de": "Mebibits?",
                         "es": "mebibits?", "ru": "Мибит(?:/с)? мебибит\\w*", "ja": "メビビット"}),
    "bit": ("data", {"en": "bits?", "fr": "bits?", "de": "Bits?", "es": "bits?", "ru": "бит(?:а|у|ом|е|ы|ов|ам|ами|ах)?",
                     "ja": "ビット"}),
    "kilobit": ("data", {"any": "[kK]bits?(?:/s)? [kK]bps", "en": "kilobits?", "fr": "kilobits?", "de": "Kilobits?",
                         "es": "kilobits?", "ru": "[кК]бит(?:/с)? килобит\\w*", "ja": "キロビット"}),
    "megabit": ("data", {"any": "Mbits?(?:/s)? Mbps Mb/s", "en": "megabits?", "fr": "mégabits?", "de": "Megabits?",
                         "es": "megabits?", "ru": "Мбит(?:/с)? Мб мегабит\\w*", "ja": "メガビット"}),
    "gigabit": ("data", {"any": "Gbits?(?:/s)? Gbps", "en": "gigabits?", "fr": "gigabits?", "de": "Gigabits?",
                         "es": "gigabits?", "ru": "Гбит(?:/с)? гигабит\\w*", "ja": "ギガビット"}),
    "terabit": ("data", {"any": "Tbits?(?:/s)? Tbps", "en": "terabits?", "fr": "térabits?", "de": "Terabits?",
                         "es": "terabits?", "ru": "Тбит(?:/с)? терабит\\w*", "ja": "テラビット"}),
    # Rain in litres per square metre is millimetres ("40 mm" / "40 l/m²").
    # (A bare "nm" is a nanometre in a laboratory, a nautical mile at sea: listed under both.)
    "nanometre": ("length", {"any": "nm", "en": "nanomet(?:re|er)s?", "fr": "nanomètres?", "de": "Nanometern?",
                             "es": "nanómetros?", "ru": "нм нанометр(?:а|у|ом|е|ы|ов|ам|ами|ах)?", "ja": "ナノメートル"}),
    "micrometre": ("length", {"any": "µm μm", "en": "micromet(?:re|er)s? microns?", "fr": "micromètres? microns?",
                              "de": "Mikrometern? Mikron", "es": "micrómetros? micras?",
                              "ru": "мкм микрометр(?:а|у|ом|е|ы|ов|ам|ами|ах)? микрон(?:а|у|ом|е|ы|ов|ам|ами|ах)?", "ja": "マイクロメートル ミクロン"}),
    # (Rain in litres per square metre: "50 Liter Regen pro Quadratmeter" is 50 mm.)
    "millimetre": ("length", {"any": "mm l/m² l/m2", "en": "millimet(?:re|er)s?",
                              "fr": "millimètres? litres_(?:de_pluie_)?par_mètre_carré",
                              "de": "Millimetern? Liter_(?:Regen_|Niederschlag_)?(?:pro|je)_Quadratmeter",
                              "es": "milímetros? litros_(?:de_lluvia_)?por_metro_cuadrado",
                              "ru": "мм миллиметр(?:а|у|ом|е|ы|ов|ам|ами|ах)? (?<=-)миллиметров\\w+",
                              "ja": "ミリ(?:メートル)?(?![秒グリ])"}),
    "centimetre": ("length", {"any": "cm", "en": "centimet(?:re|er)s?", "fr": "centimètres?",
                              "de": "Zentimetern?", "es": "centímetros?", "ru": "см сантиметр(?:а|у|ом|е|ы|ов|ам|ами|ах)? (?<=-)сантиметров\\w+",
                              "ja": "センチ(?:メートル)?"}),
    # ("300 Höhenmeter": metres of climb; "hm" is no hectometre there.)
    "metre": ("length", {"any": "m", "en": "met(?:re|er)s?", "fr": "mètres?", "de": "Metern? Höhenmetern? Hm",
                         "es": "metros?", "ru": "(?<!-)м метр(?:а|ов|ах|ам|ами|е|у)? (?<=-)метров\\w+", "ja": "メートル"}),
    "kilometre": ("length", {"any": "km", "en": "kilomet(?:re|er)s?", "fr": "kilomètres?",
                             "de": "Kilometern?", "es": "kilómetros?", "ru": "км километр(?:а|ов|ах|ам|ами|е|у)? (?<=-)километров\\w+",
                             "ja": "キロメートル " + _JAPANESE_KIRO}),
    "inch": ("length", {"any": "″", "en": "inch(?:es)? in\\. in(?=\\))", "fr": "pouces? po", "de": "Zoll", "es": "pulgadas?",
                        "ru": "дюйм(?:а|ов|ах|ам|ами|е|у)?", "ja": "インチ"}),
    "foot": ("length", {"any": "ft", "en": "feet foot", "fr": "pieds?", "de": "Fuß", "es": "pies?",
                        "ru": "фут(?:а|ов|ах|ам|ами|е|у)?", "ja": "フィート"}),
    "yard": ("length", {"any": "yd", "en": "yards?", "fr": "yards?", "de": "Yards?", "es": "yardas?",
                        "ru": "ярд(?:а|ов|ах)?", "ja": "ヤード"}),
    "mile": ("length", {"any": "mi", "en": "miles?", "fr": "milles? miles?", "de": "Meilen?", "es": "millas?",
                        "ru": "мил(?:ь|и|я|ю|е|ей|ях|ям|ями)", "ja": "マイル"}),
    # (At sea a French, Spanish or Russian mile is a nautical one: "18 milles", "1,8 millas", "мили".)
    "nautical mile": ("length", {"any": "nmi nm NM", "en": "nautical_miles?",
                                 "fr": "milles?_nautiques? milles?_marins? milles?",
                                 "de": "Seemeilen?", "es": "millas?_náuticas? millas?_marinas? millas?",
                                 "ru": "морск\\w*_мил(?:ь|и|я|ю|е|ей|ях|ям|ями) мил(?:ь|и|я|ю|е|ей|ях|ям|ями)",
                                 "ja": "海里"}),
    # Astronomy's lengths: "1 AU", "4.24 light-years", "70 km/s per megaparsec".
    "astronomical unit": ("length", {"any": "AU", "en": "astronomical_units?", "fr": "UA unités?_astronomiques?",
                                     "de": "AE Astronomischen?_Einheiten?", "es": "UA ua unidades?_astronómicas?",
                                     "ru": "а\\.[\\x20\\u00a0]?е\\. астрономическ\\w+_единиц\\w*", "ja": "天文単位 au"}),
    "light-year": ("length", {"en": "light-years? light_years?", "fr": "années?-lumière", "de": "Lichtjahren? Lichtjahre",
                              "es": "años?_luz años?-luz", "ru": "светов\\w+_(?:лет|год\\w*)", "ja": "光年"}),
    "parsec": ("length", {"any": "pc", "en": "parsecs?", "fr": "parsecs?", "de": "Parsecs?", "es": "pársecs? parsecs?",
                          "ru": "парсек(?:а|ов|ам|ах|ами|е|у)?", "ja": "パーセク"}),
    "kiloparsec": ("length", {"any": "kpc", "en": "kiloparsecs?", "fr": "kiloparsecs?", "de": "Kiloparsecs?",
                              "es": "kilopársecs? kiloparsecs?", "ru": "килопарсек(?:а|ов|ам|ах|ами|е|у)?", "ja": "キロパーセク"}),
    "megaparsec": ("length", {"any": "Mpc", "en": "megaparsecs?", "fr": "mégaparsecs? megaparsecs?",
                              "de": "Megaparsecs?", "es": "megapársecs? megaparsecs?",
                              "ru": "мегапарсек(?:а|ов|ам|ах|ами|е|у)?", "ja": "メガパーセク"}),
    "square metre": ("area", {"any": "m² m2 ㎡", "en": "square_met(?:re|er)s?", "fr": "mètres?_carrés?",
                              "de": "Quadratmetern?", "es": "metros?_cuadrados?", "ru": "м² кв\\.?_?м",
                              "ja": "平方メートル"}),
    "square foot": ("area", {"any": "sq\\.?_?ft ft² ft2", "en": "square_f(?:ee|oo)t", "fr": "pieds?_carrés?",
                             "de": "Quadratfuß", "es": "pies?_cuadrados?", "ru": "кв\\.?_?фут\\w* квадратн\\w*_фут\\w*",
                             "ja": "平方フィート"}),
    "hectare": ("area", {"any": "ha", "en": "hectares?", "fr": "hectares?", "de": "Hektar", "es": "hectáreas?",
                         "ru": "га гектар(?:а|ов|ах|ам|ами|е|у)?", "ja": "ヘクタール"}),
    "square millimetre": ("area", {"any": "mm² mm2 ㎟", "en": "square_millimet(?:re|er)s?", "fr": "millimètres?_carrés?",
                                   "de": "Quadratmillimetern?", "es": "milímetros?_cuadrados?", "ru": "мм² кв\\.?_?мм",
                                   "ja": "平方ミリ(?:メートル)?"}),
    "square centimetre": ("area", {"any": "cm² cm2 ㎠", "en": "square_centimet(?:re|er)s?", "fr": "centimètres?_carrés?",
                                   "de": "Quadratzentimetern?", "es": "centímetros?_cuadrados?", "ru": "см² кв\\.?_?см",
                                   "ja": "平方センチ(?:メートル)?"}),
    "square kilometre": ("area", {"any": "km² km2 ㎢", "en": "square_kilomet(?:re|er)s? sq\\.?_?km",
                                  "fr": "kilomètres?_carrés?", "de": "Quadratkilometern?",
                                  "es": "kilómetros?_cuadrados?", "ru": "км² кв\\.?_?км квадратн\\w*_километр\\w*",
                                  "ja": "平方キロ(?:メートル)?"}),
    "are": ("area", {"ja": "アール", "ru": "сот(?:ка|ки|ку|кой|ке|ок|кам|ками|ках)"}),
    "tatami mat": ("area", {"en": "tatami_mats? tatamis?", "ja": "畳"}),
    # (Japanese land and floor areas: "50坪", "50 tsubo".)
    "tsubo": ("area", {"en": "tsubo", "ja": "坪"}),
    "acre": ("area", {"en": "acres?", "fr": "acres?", "de": "Acres? Morgen", "es": "acres?", "ru": "акр(?:а|ов|ах|ам|ами|е|у)?",
                      "ja": "エーカー"}),
    "microgram": ("mass", {"any": "µg μg mcg", "en": "micrograms?", "fr": "microgrammes?", "de": "Mikrogramm",
                           "es": "microgramos?", "ru": "мкг микрограмм(?:а|у|ом|е|ы|ов|ам|ами|ах)?", "ja": "マイクログラム"}),
    "milligram": ("mass", {"any": "mg", "en": "milligrams?", "fr": "milligrammes?", "de": "Milligramm",
                           "es": "miligramos?", "ru": "мг миллиграмм(?:а|у|ом|е|ы|ов|ам|ами|ах)?", "ja": "ミリグラム"}),
    "gram": ("mass", {"any": "g", "en": "grams?", "fr": "grammes?", "de": "Gramm", "es": "gramos?",
                      "ru": "г(?!\\w) грамм(?:а|ов|ах|ам|ами)?", "ja": "グラム"}),
    "kilogram": ("mass", {"any": "kg", "en": "kilograms? kilos?", "fr": "kilogrammes? kilos?",
                          "de": "Kilogramm Kilos?", "es": "kilogramos? kilos?", "ru": "кг килограмм(?:а|ов|ах|ам|ами|е|у)? (?<=-)килограммов\\w+",
                          "ja": "キログラム " + _JAPANESE_KIRO}),
    "centner": ("mass", {"ru": "центнер(?:а|у|ом|е|ы|ов|ам|ами|ах)? ц"}),
    # (Emissions: "965 MtCO2e" is 965 million tonnes of CO2 equivalent.)
    "megatonne": ("mass", {"any": "Mt Mt_?CO2e? Mt_?CO₂e? MtCO2eq", "en": "megatonnes?", "fr": "mégatonnes?",
                           "de": "Megatonnen?", "es": "megatoneladas?", "ru": "Мт мегатонн\\w*", "ja": "メガトン"}),
    "kilotonne": ("mass", {"any": "kt kt_?CO2e? kt_?CO₂e?", "en": "kilotonnes?", "fr": "kilotonnes?", "de": "Kilotonnen?",
                           "es": "kilotoneladas?", "ru": "кт килотонн\\w*", "ja": "キロトン"}),
    "tonne": ("mass", {"any": "t", "en": "tonnes? tons?", "fr": "tonnes?", "de": "Tonnen?", "es": "toneladas?",
                       "ru": "тонн(?:а|ы|у|ой|е|ах|ам|ами)? (?<=-)тонн\\w{2,} т(?!\\.[\\x20\\u00a0]?[дпе])", "ja": "トン"}),
    "pound": ("mass", {"any": "lbs?", "en": "pounds?", "fr": "livres?", "de": "Pfund", "es": "libras?",
                       "ru": "фунт(?:а|у|ом|е|ы|ов|ам|ами|ах)?", "ja": "ポンド"}),
    # (An ounce of a liquid is often a fluid ounce: "8 oz of water" / "約240ml".)
    "ounce": ("mass", {"any": "oz", "en": "ounces?", "fr": "onces?", "de": "Unzen?", "es": "onzas?",
                       "ru": "унци(?:я|и|ю|й|ям)", "ja": "オンス"}),
    "fluid ounce": ("volume", {"any": "fl\\.?_?oz\\.? oz", "en": "fluid_ounces? ounces?", "fr": "onces?",
                               "de": "Unzen?", "es": "onzas?", "ru": "унци(?:я|и|ю|й|ям)", "ja": "液量オンス オンス"}),
    "kilometre per hour": ("speed", {"any": "km/h kph", "en": "kilomet(?:re|er)s?_per_hour km_per_hour km_an_hour",
                                     "fr": "kilomètres?-heure kilomètres?_par_heure km_par_heure",
                                     "de": "Stundenkilometern? Kilometern?_pro_Stunde km_pro_Stunde",
                                     "es": "kilómetros?_por_hora km_por_hora",
                                     "ru": "км/ч км_в_час километр(?:а|у|ом|е|ы|ов|ам|ами|ах)?_в_час", "ja": "キロ毎時 " + _JAPANESE_KIRO}),
    # (A pitch's speed is "101マイル" in Japanese, as a mile.)
    "mile per hour": ("speed", {"any": "mph mi/h", "en": "miles?_per_hour miles?_an_hour", "fr": "miles?_à_l['’]heure",
                                "ru": "миль/ч миль_в_час", "ja": "マイル毎時 マイル"}),
    "knot": ("speed", {"any": "kn", "en": "knots?", "fr": "nœuds?", "de": "Knoten", "es": "nudos?", "ru": "узл(?:а|ов)|узел",
                       "ja": "ノット"}),
    "metre per second": ("speed", {"any": "m/s", "ru": "м/с"}),
    "millimetre per second": ("speed", {"any": "mm/s", "ru": "мм/с"}),
    "centimetre per second": ("speed", {"any": "cm/s", "ru": "см/с"}),
    "kilometre per second": ("speed", {"any": "km/s", "ru": "км/с"}),
    # (A length of text: "16 characters" is no "16 bytes".)
    "character": ("text", {"en": "characters? chars?", "fr": "caractères?", "de": "Zeichen", "es": "caracteres?",
                           "ru": "символ(?:а|у|ом|е|ы|ов|ам|ами|ах)? знак(?:а|у|ом|е|ы|ов|ам|ами|ах)?", "ja": "文字"}),
    "pixel": ("picture", {"any": "px", "en": "pixels?", "fr": "pixels?", "de": "Pixeln?", "es": "píxeles|píxel",
                          "ru": "пиксел(?:ь|я|ей|ов)", "ja": "ピクセル 画素"}),
    "kilopixel": ("picture", {"en": "kilopixels?", "fr": "kilopixels?", "de": "Kilopixeln?", "es": "kilopíxeles?",
                              "ru": "килопиксел\\w*", "ja": "キロピクセル"}),
    "megapixel": ("picture", {"any": "MP Mpx", "en": "megapixels?", "fr": "mégapixels?", "de": "Megapixeln?",
                              "es": "megapíxeles|megapíxel", "ru": "мегапиксел\\w* Мп", "ja": "メガピクセル|万画素"}),
    "horsepower": ("power", {"any": "hp HP PS", "fr": "ch CV", "es": "CV", "ru": "л\\.\\s?с\\.?", "ja": "馬力"}),
    "hertz": ("frequency", {"any": "Hz hz HZ", "ru": "Гц", "ja": "ヘルツ"}),
    "beats per minute": ("heart rate", {"any": "bpm", "ru": "уд\\.?/мин"}),
    "kilohertz": ("frequency", {"any": "kHz khz KHz Khz KHZ", "ru": "кГц"}),
    "megahertz": ("frequency", {"any": "MHz Mhz MHZ mhz", "ru": "МГц"}),
    "gigahertz": ("frequency", {"any": "GHz Ghz GHZ ghz", "ru": "ГГц"}),
    "watt-hour": ("energy", {"any": "Wh", "ru": "Вт·ч Вт⋅ч"}),
    # (Food's "calories" are kilocalories: "120 calories" / "120 kcal".)
    "kilocalorie": ("energy", {"any": "kcal", "en": "kilocalories? calories?", "fr": "kilocalories? calories?",
                               "de": "Kilokalorien? Kalorien?", "es": "kilocalorías? calorías?",
                               "ru": "ккал килокалори(?:я|и|й|ю|ям|ях|ями) калори(?:я|и|й|ю|ям|ях|ями)",
                               "ja": "キロカロリー カロリー"}),
    "kilojoule": ("energy", {"any": "kJ", "en": "kilojoules?", "fr": "kilojoules?", "de": "Kilojoule",
                             "es": "kilojulios?", "ru": "кДж килоджоул(?:ь|я|ей|ями?)", "ja": "キロジュール"}),
    "megajoule": ("energy", {"any": "MJ", "ru": "МДж", "ja": "メガジュール"}),
    "kilowatt-hour": ("energy", {"any": "kWh", "en": "kilowatt-hours?", "fr": "kilowattheures?", "de": "Kilowattstunden?",
                                 "es": "kilovatios?[-_]hora", "ru": "кВт·ч кВт⋅ч", "ja": "キロワット時"}),
    "megawatt-hour": ("energy", {"any": "MWh", "ru": "МВт·ч МВт⋅ч"}),
    # An energy rating per square metre: "90 kWh/m²" is not "90 Wh/m²".
    # (German energy certificates say the year in the unit: "kWh/(m²·a)".)
    "kilowatt-hour per square metre": ("energy per area", {"any": "kWh/m² kWh/m2 kWh/\\(m²[·⋅]a\\)", "ru": "кВт·ч/м² кВт⋅ч/м²"}),
    "watt-hour per square metre": ("energy per area", {"any": "Wh/m² Wh/m2", "ru": "Вт·ч/м² Вт⋅ч/м²"}),
    "gigawatt-hour": ("energy", {"any": "GWh", "ru": "ГВт·ч ГВт⋅ч"}),
    "terawatt-hour": ("energy", {"any": "TWh", "ru": "ТВт·ч ТВт⋅ч"}),
    "watt": ("power", {"any": "W", "en": "watts?", "fr": "watts?", "de": "Watt", "es": "vatios?", "ru": "Вт ватт(?:а|у|ом|е|ы|ов|ам|ами|ах)?",
                       "ja": "ワット"}),
    "kilowatt": ("power", {"any": "kW", "en": "kilowatts?", "fr": "kilowatts?", "de": "Kilowatt", "es": "kilovatios?",
                           "ru": "кВт киловатт(?:а|у|ом|е|ы|ов|ам|ами|ах)?", "ja": "キロワット"}),
    "megawatt": ("power", {"any": "MW", "en": "megawatts?", "fr": "mégawatts?", "de": "Megawatt", "es": "megavatios?",
                           "ru": "МВт мегаватт(?:а|у|ом|е|ы|ов|ам|ами|ах)?", "ja": "メガワット"}),
    "gigawatt": ("power", {"any": "GW", "en": "gigawatts?", "fr": "gigawatts?", "de": "Gigawatt", "es": "gigavatios?",
                           "ru": "ГВт гигаватт(?:а|у|ом|е|ы|ов|ам|ами|ах)?", "ja": "ギガワット"}),
    # A degree said as a word is of either scale: it is listed under both.
    "celsius": ("temperature", {"any": "°C ℃", **_DEGREE_WORDS}),
    "fahrenheit": ("temperature", {"any": "°F ℉", **_DEGREE_WORDS}),
    "kelvin": ("temperature", {"any": "K(?![\\w/])", "en": "kelvins?", "fr": "kelvins?", "de": "Kelvin", "es": "kelvins?",
                               "ru": "К(?![\\w/]) кельвин(?:а|у|ом|е|ы|ов|ам|ами|ах)?", "ja": "ケルビン"}),
    "light-year": ("length", {"en": "light-years?", "fr": "années?-lumière", "de": "Lichtjahren?",
                              "es": "años?(?:-|_)luz", "ru": "светов(?:ых|ого|ой)_(?:лет|года?)", "ja": "光年"}),
    "parsec": ("length", {"en": "parsecs?", "fr": "parsecs?", "de": "Parsecs?", "es": "pársecs?|parsecs?",
                          "ru": "парсек(?:а|ов|ах|ам|ами|е|у)?", "ja": "パーセク"}),
    "microlitre": ("volume", {"any": "µl µL μl μL", "en": "microlit(?:re|er)s?", "fr": "microlitres?",
                              "de": "Mikrolitern?", "es": "microlitros?", "ru": "мкл микролитр(?:а|у|ом|е|ы|ов|ам|ами|ах)?",
                              "ja": "マイクロリットル"}),
    # (An engine's cubic centimetres: "1,192 cc" / "1192cc", "1.192 ccm", "1192 см³".)
    "millilitre": ("volume", {"any": "ml mL cc cm³ cm3", "en": "millilit(?:re|er)s?", "fr": "millilitres?",
                              "de": "Millilitern? ccm", "es": "mililitros?", "ru": "мл миллилитр(?:а|у|ом|е|ы|ов|ам|ами|ах)? см³ куб\\.?_?см",
                              "ja": "ミリリットル"}),
    "cubic metre": ("volume", {"any": "m³ m3", "en": "cubic_met(?:re|er)s?", "fr": "mètres?_cubes?",
                               "de": "Kubikmetern?", "es": "metros?_cúbicos?", "ru": "м³ кубометр(?:а|у|ом|е|ы|ов|ам|ами|ах)?"
                               " кубическ(?:ий|их|ого)_метр(?:а|у|ом|е|ы|ов|ам|ами|ах)?", "ja": "立方メートル"}),
    "cubic hectometre": ("volume", {"any": "hm³ hm3", "en": "cubic_hectomet(?:re|er)s?", "fr": "hectomètres?_cubes?",
                                    "de": "Kubikhektometern?", "es": "hectómetros?_cúbicos?", "ru": "гм³ млн_м³"}),
    "cubic kilometre": ("volume", {"any": "km³ km3", "en": "cubic_kilomet(?:re|er)s?", "fr": "kilomètres?_cubes?",
                                   "de": "Kubikkilometern?", "es": "kilómetros?_cúbicos?", "ru": "км³"}),
    # Concentrations (of a pollutant in air or water): "120 µg/m³" is not "120 mg/m³".
    "microgram per cubic metre": ("concentration", {"any": "[µμ]g/m³ [µμ]g/m3 mcg/m³", "ru": "мкг/м³ мкг/м3"}),
    "milligram per cubic metre": ("concentration", {"any": "mg/m³ mg/m3", "ru": "мг/м³ мг/м3"}),
    # Fuel economy: "58 mpg" is no "58 km/l" (a conversion between them: _fuel_per_100_km).
    "mile per gallon": ("fuel economy", {"any": "mpg", "en": "miles?_per_gallon", "fr": "miles?_par_gallon",
                                         "de": "Meilen_pro_Gallone", "es": "millas_por_galón",
                                         "ru": "мил(?:ь|и|я|ях)_на_галлон\\w*", "ja": "マイル/ガロン"}),
    "kilometre per litre": ("fuel economy", {"any": "km/[lL]", "ru": "км/л"}),
    # (Its hundred may be masked as no number: "l/xxx km".)
    "litre per 100 km": ("fuel economy", {"any": "[lL]/(?:100|xxx)_?km", "ru": "л/(?:100|xxx)_?км",
                                          "ja": "[lLℓ]/(?:100|xxx)_?km"}),
    # (In water a part per million is a milligram per litre, a part per billion a microgram.)
    # A density: "1.19 g/cm³" is not "1,19 kg/cm³" (in the concentrations' unit, a gram per cubic metre).
    "gram per cubic metre": ("concentration", {"any": "g/m³ g/m3", "ru": "г/м³ г/м3"}),
    "kilogram per cubic metre": ("concentration", {"any": "kg/m³ kg/m3", "ru": "кг/м³ кг/м3"}),
    "gram per cubic centimetre": ("concentration", {"any": "g/cm³ g/cm3 g/m[lL]", "ru": "г/см³ г/см3 г/мл"}),
    "kilogram per cubic centimetre": ("concentration", {"any": "kg/cm³ kg/cm3", "ru": "кг/см³ кг/см3"}),
    "kilogram per litre": ("concentration", {"any": "kg/[lL] kg/dm³", "ru": "кг/л кг/дм³"}),
    "milligram per millilitre": ("concentration", {"any": "mg/m[lL]", "ru": "мг/мл"}),
    "microgram per millilitre": ("concentration", {"any": "[µμ]g/m[lL] mcg/m[lL]", "ru": "мкг/мл"}),
    # A share of a volume: "2 mL/L" is no "2 mg/L".
    "millilitre per litre": ("volume share", {"any": "m[lL]/[lL]", "ru": "мл/л"}),
    # A torque: "25 N·m" is not "25 N·cm".
    # A force: "9 kN" is not "9 Н" (a lone Latin "N" is as often a name).
    "newton": ("force", {"en": "newtons?", "fr": "newtons?", "de": "Newton", "es": "newtons?", "ru": "Н ньютон\\w*",
                         "ja": "ニュートン"}),
    "kilonewton": ("force", {"any": "kN", "en": "kilonewtons?", "fr": "kilonewtons?", "de": "Kilonewton",
                             "es": "kilonewtons?", "ru": "кН килоньютон\\w*", "ja": "キロニュートン"}),
    "nanogram per millilitre": ("concentration", {"any": "ng/m[lL]", "ru": "нг/мл"}),
    "picogram per millilitre": ("concentration", {"any": "pg/m[lL]", "ru": "пг/мл"}),
    "newton metre": ("torque", {"any": "N[·⋅]m Nm N_m", "ru": "Н[·⋅]м", "ja": "ニュートンメートル"}),
    "newton centimetre": ("torque", {"any": "N[·⋅]cm Ncm", "ru": "Н[·⋅]см"}),
    "kilonewton metre": ("torque", {"any": "kN[·⋅]m kNm", "ru": "кН[·⋅]м"}),
    "microgram per litre": ("concentration", {"any": "[µμ]g/[lL] ppb", "ru": "мкг/л"}),
    "milligram per litre": ("concentration", {"any": "mg/[lL] ppm", "ru": "мг/л"}),
    # A blood level: "1.5 mg/dL" is not "1,5 mg/l".
    "milligram per decilitre": ("concentration", {"any": "mg/d[lL]", "ru": "мг/дл"}),
    "gram per decilitre": ("concentration", {"any": "g/d[lL]", "ru": "г/дл"}),
    "micromole per litre": ("amount concentration", {"any": "[µμ]mol/[lL] umol/[lL]", "ru": "мкмоль/л"}),
    "millimole per litre": ("amount concentration", {"any": "mmol/[lL]", "ru": "ммоль/л"}),
    "mole per litre": ("amount concentration", {"any": "mol/[lL]", "ru": "моль/л"}),
    "gram per litre": ("concentration", {"any": "g/[lL]", "ru": "г/л"}),
    # Emissions per kilometre: "80 mg/km" is not "80 g/km".
    "milligram per kilometre": ("emission", {"any": "mg/km", "ru": "мг/км"}),
    "gram per kilometre": ("emission", {"any": "g/km", "ru": "г/км"}),
    "kilogram per kilometre": ("emission", {"any": "kg/km", "ru": "кг/км"}),
    # A dose or a residue per kilogram: "0.01 mg/kg" is not "0,01 g/kg".
    "microgram per kilogram": ("concentration", {"any": "[µμ]g/kg mcg/kg", "ru": "мкг/кг"}),
    # (In food a part per million is a milligram per kilogram: "20 ppm gluten" / "20 mg/kg".)
    "milligram per kilogram": ("concentration", {"any": "mg/kg ppm", "ru": "мг/кг"}),
    "gram per kilogram": ("concentration", {"any": "g/kg", "ru": "г/кг"}),
    "centilitre": ("volume", {"any": "cl cL", "en": "centilit(?:re|er)s?", "fr": "centilitres?", "de": "Zentilitern?",
                              "es": "centilitros?", "ru": "сл сантилитр(?:а|у|ом|е|ы|ов|ам|ами|ах)?", "ja": "センチリットル"}),
    "decilitre": ("volume", {"any": "dl dL", "en": "decilit(?:re|er)s?", "fr": "décilitres?", "de": "Decilitern?",
                             "es": "decilitros?", "ru": "дл децилитр(?:а|у|ом|е|ы|ов|ам|ами|ах)?", "ja": "デシリットル"}),
    "gallon": ("volume", {"en": "gallons?", "fr": "gallons?", "de": "Gallonen?", "es": "galón|galones", "ru": "галлон(?:а|у|ом|е|ы|ов|ам|ами|ах)?",
                          "ja": "ガロン"}),
    # (Wine and harvests: "55 hl/ha".)
    "hectolitre": ("volume", {"any": "hl hL", "en": "hectolit(?:re|er)s?", "fr": "hectolitres?", "de": "Hektolitern?",
                              "es": "hectolitros?", "ru": "гл гектолитр(?:а|у|ом|е|ы|ов|ам|ами|ах)?", "ja": "ヘクトリットル"}),
    "litre": ("volume", {"any": "l L", "en": "lit(?:re|er)s?", "fr": "litres?", "de": "Litern?", "es": "litros?",
                         "ru": "л литр(?:а|ов|ах|ам|ами|е|у)? (?<=-)литров\\w*", "ja": "リットル"}),
    "cup": ("volume", {"en": "cups?", "fr": "tasses?", "de": "Tassen?", "es": "tazas?", "ru": "стакан(?:а|у|ом|е|ы|ов|ам|ами|ах)?",
                       "ja": "カップ"}),
    "tablespoon": ("volume", {"en": "tablespoons? tbsp", "fr": "cuillères?_à_soupe", "de": "Esslöffeln? EL",
                              "es": "cucharadas?", "ru": "столов\\w*_ложк\\w* ст\\._?л\\."}),
    "teaspoon": ("volume", {"en": "teaspoons? tsp", "fr": "cuillères?_à_café", "de": "Teelöffeln? TL",
                            "es": "cucharaditas?", "ru": "чайн\\w*_ложк\\w* ч\\._?л\\."}),
    "pascal": ("pressure", {"any": "Pa N/m² N/m2", "ru": "Па Н/м²", "ja": "パスカル"}),
    "hectopascal": ("pressure", {"any": "hPa", "ru": "гПа", "ja": "ヘクトパスカル"}),
    "kilopascal": ("pressure", {"any": "kPa kN/m² kN/m2", "ru": "кПа кН/м²", "ja": "キロパスカル"}),
    "megapascal": ("pressure", {"any": "MPa", "ru": "МПа", "ja": "メガパスカル"}),
    "millibar": ("pressure", {"any": "mbar", "ru": "мбар", "ja": "ミリバール"}),
    "bar": ("pressure", {"any": "bar", "en": "bars", "fr": "bars", "es": "bares", "ru": "бар(?:а|у|ом|е|ы|ов|ам|ами|ах)?", "ja": "バール"}),
    "psi": ("pressure", {"any": "psi", "ru": "фунт(?:ов)?_на_кв\\.?_?дюйм"}),
    "milliampere": ("current", {"any": "mA", "ru": "мА", "ja": "ミリアンペア"}),
    "ampere": ("current", {"any": "A", "en": "amps? amperes?", "fr": "ampères?", "de": "Ampere", "es": "amperios?",
                           "ru": "А ампер(?:а|у|ом|е|ы|ов|ам|ами|ах)?", "ja": "アンペア"}),
    "millivolt": ("voltage", {"any": "mV", "ru": "мВ", "ja": "ミリボルト"}),
    "volt": ("voltage", {"any": "V", "en": "volts?", "fr": "volts?", "de": "Volt", "es": "voltios?",
                         "ru": "В вольт(?:а|у|ом|е|ы|ов|ам|ами|ах)?", "ja": "ボルト"}),
    "kilovolt": ("voltage", {"any": "kV", "ru": "кВ", "ja": "キロボルト"}),
    "milliampere-hour": ("charge", {"any": "mAh", "ru": "мА[·⋅]ч мАч"}),
    "ampere-hour": ("charge", {"any": "Ah", "ru": "А[·⋅]ч"}),
    "ohm": ("resistance", {"any": "Ω", "en": "ohms?", "fr": "ohms?", "de": "Ohm", "es": "ohmios?|ohms?",
                           "ru": "Ом ом(?:а|у|ом|е|ы|ов|ам|ами|ах)?", "ja": "オーム"}),
    "kilohm": ("resistance", {"any": "kΩ", "en": "kilohms?", "fr": "kilohms?", "de": "Kiloohm", "es": "kiloohmios?|kilohmios?",
                              "ru": "кОм килоом(?:а|у|ом|е|ы|ов|ам|ами|ах)?", "ja": "キロオーム"}),
    "megohm": ("resistance", {"any": "MΩ", "en": "megohms?", "fr": "mégohms?", "de": "Megaohm", "es": "megaohmios?|megohmios?",
                              "ru": "МОм мегаом(?:а|у|ом|е|ы|ов|ам|ами|ах)?", "ja": "メガオーム"}),
    "picofarad": ("capacitance", {"any": "pF", "ru": "пФ"}),
    "nanofarad": ("capacitance", {"any": "nF", "ru": "нФ"}),
    "microfarad": ("capacitance", {"any": "µF μF uF", "ru": "мкФ"}),
    "millifarad": ("capacitance", {"any": "mF", "ru": "мФ"}),
    "microhenry": ("inductance", {"any": "µH μH uH", "ru": "мкГн"}),
    "millihenry": ("inductance", {"any": "mH", "ru": "мГн"}),
    # Money: the symbol or code after the amount here ("50 $", "9,99 €"); before it, see _CURRENCY_BEFORE.
    "dollar": ("money", {"any": "[$] USD US[$] [$]US", "en": "dollars?", "fr": "dollars?", "de": "Dollars?", "es": "dólar(?:es)?",
                         "ru": "доллар(?:а|у|ом|е|ы|ов|ам|ами|ах)?", "ja": "ドル"}),
    "euro": ("money", {"any": "€ EUR", "en": "euros?", "fr": "euros?", "de": "Euros?", "es": "euros?", "ru": "евро",
                       "ja": "ユーロ"}),
    # (The bare word is a pound of either kind: listed under both, it is never compared across them.)
    "cent": ("money", {"en": "cents?", "fr": "centimes?", "de": "Cents?", "es": "céntimos?|centavos?",
                       "ru": "цент(?:а|у|ом|е|ы|ов|ам|ами|ах)?", "ja": "セント"}),
    "pound sterling": ("money", {"any": "£ GBP", "en": "pounds?_sterling pounds?", "fr": "livres?_sterling livres?",
                                 "de": "Pfund_Sterling Pfund", "es": "libras?_esterlinas? libras?",
                                 "ru": "фунт(?:а|у|ом|е|ы|ов|ам|ами|ах)?_стерлингов фунт(?:а|у|ом|е|ы|ов|ам|ами|ах)?", "ja": "ポンド"}),
    # ("10p." ends a sentence: pence; "10 p. 5" is a page.)
    "penny": ("money", {"en": "p(?![.\\w]) (?<=\\d)p(?=\\.(?!\\w)) pence pennies penny", "fr": "pence", "de": "Pence",
                        "es": "peniques?",
                        "ru": "пенс(?:а|у|ом|е|ы|ов|ам|ами|ах)?", "ja": "ペンス"}),
    "yen": ("money", {"any": "¥ JPY", "en": "yen", "fr": "yens?", "de": "Yen", "es": "yenes|yen", "ru": "иен[аы]?",
                      "ja": "円"}),
    "rouble": ("money", {"any": "₽ RUB", "en": "roubles?|rubles?", "fr": "roubles?", "de": "Rubeln?", "es": "rublos?",
                         "ru": "руб(?:л(?:ь|я|ей))?\\.?", "ja": "ルーブル"}),
    "swiss franc": ("money", {"any": "CHF Fr\\."}),
    # (Cryptocurrencies by their tickers: "2 BTC" is no "2 ETH".)
    "bitcoin": ("money", {"any": "BTC ₿", "en": "bitcoins?", "fr": "bitcoins?", "de": "Bitcoins?", "es": "bitcoins?",
                          "ru": "биткоин(?:а|у|ом|е|ы|ов|ам|ами|ах)?", "ja": "ビットコイン"}),
    "ether": ("money", {"any": "ETH", "ja": "イーサ"}),
    "yuan": ("money", {"any": "CNY RMB", "en": "yuan renminbi", "fr": "yuans?", "de": "Yuan", "es": "yuanes|yuan",
                       "ru": "юан(?:ь|я|ей|ями?)", "ja": "人民元 元"}),
    "rupee": ("money", {"any": "₹ INR", "en": "rupees?", "fr": "roupies?", "de": "Rupien?", "es": "rupias?",
                        "ru": "рупи(?:я|и|й|ями?)", "ja": "ルピー"}),
    # A change of a percentage in points is no change in percent ("up 3.4 points" / "+3,4 %").
    "percent": ("share", {"any": "% ％", "en": "percent per_cent", "fr": "pour_cent", "de": "Prozent",
                          "es": "por_ciento", "ru": "процент(?:а|у|ом|е|ы|ов|ам|ами|ах)?", "ja": "パーセント"}),
    # (Noise and signal levels: "up to 30 dB" is no "30 %".)
    "decibel": ("sound level", {"any": "dB dBA", "en": "decibels?", "fr": "décibels?", "de": "Dezibel",
                                "es": "decibelios?", "ru": "дБ децибел(?:а|у|ом|е|ы|ов|ам|ами|ах)?", "ja": "デシベル"}),
    "part per million": ("share", {"any": "ppm", "ru": "млн⁻¹"}),
    "part per billion": ("share", {"any": "ppb"}),
    # A lens's power ("−2.75 dioptres", "+3,50 dpt").
    "dioptre": ("optical power", {"any": "dpt", "en": "dioptres? diopters?", "fr": "dioptries?", "de": "Dioptrien?",
                                  "es": "dioptrías?", "ru": "дптр диоптри(?:я|и|й|ю|ями|ях)", "ja": "ディオプトリー?"}),
    # "Points" alone may be a share's or a score's, an index's ("the Nikkei fell 4,451 points", "4451円").
    "point": ("score", {"en": "points?", "fr": "points?", "de": "Punkte?n?", "es": "puntos?", "ru": "пункт(?:а|у|ом|е|ы|ов|ам|ами|ах)?",
                        "ja": "ポイント"}),
    # ("25 basis points" is a quarter of a percentage point.)
    "basis point": ("share", {"en": "basis_points?", "fr": "points?_de_base", "de": "Basispunkte?n?",
                              "es": "puntos?_básicos", "ru": "базисн\\w*_пункт\\w*", "ja": "ベーシスポイント"}),
    "percentage point": ("share", {"en": "percentage_points? points? pp",
                                   "fr": "points?(?![\\x20\\u00a0]de[\\x20\\u00a0]base)(?:_de_pourcentage)? pts?",
                                   "de": "Prozentpunkte?n? Punkte?n?",
                                   "es": "puntos?(?![\\x20\\u00a0]básicos?)(?:_porcentual(?:es)?)?",
                                   "ru": "п\\._?п\\. процентн\\w*_пункт\\w* пункт(?:а|у|ом|е|ы|ов|ам|ами|ах)?",
                                   # (Not a shop's points: "5%ポイント還元" gives back 5 % in points.)
                                   "ja": "ポイント(?!還元|付与|進呈|バック|プレゼント|獲得|加算)"
                                         " [%％]ポイント(?!還元|付与|進呈|バック|プレゼント|獲得|加算) パーセントポイント"}),
}

# Each unit's size in its dimension's base unit (second, byte, metre, square metre, gram, hertz),
# and the units of the imperial system (a conversion to metric is rounded: "5 miles" / "8 km").
_SIZE = {
    "gram per kilometre": "1", "kilogram per kilometre": "1000",
    # (A rate raised "by 25 basis points" is raised "de 0,25 point", "um 0,25 %".)
    "percent": "1", "percentage point": "1", "basis point": "0.01",
    "millisecond": "0.001", "second": "1", "minute": "60", "hour": "3600", "day": "86400", "week": "604800", "fortnight": "1209600",
    "month": "2629800", "year": "31557600", "decade": "315576000", "century": "3155760000",
    "nanosecond": "1e-9", "microsecond": "1e-6",
    "byte": "1", "kilobyte": "1e3", "megabyte": "1e6", "gigabyte": "1e9", "terabyte": "1e12", "petabyte": "1e15",
    "pebibyte": "1125899906842624",
    "kibibyte": "1024", "mebibyte": "1048576", "gibibyte": "1073741824", "tebibyte": "1099511627776",
    "bit": "0.125", "kibibit": "128", "mebibit": "131072", "kilobit": "125", "megabit": "125e3", "gigabit": "125e6", "terabit": "125e9",
    "nanometre": "1e-9", "micrometre": "1e-6", "nautical mile": "1852", "millimetre": "0.001", "centimetre": "0.01", "metre": "1", "kilometre": "1000",
    "inch": "0.0254", "foot": "0.3048", "yard": "0.9144", "mile": "1609.344", "horsepower": "745.7",
    "astronomical unit": "149597870700", "light-year": "9460730472580800", "parsec": "3.0857e16",
    "kiloparsec": "3.0857e19", "megaparsec": "3.0857e22",
    "microgram per kilogram": "0.000001", "milligram per kilogram": "0.001", "gram per kilogram": "1",
    "square millimetre": "1e-6", "square centimetre": "1e-4", "newton": "1", "kilonewton": "1e3",
    "nanogram per millilitre": "0.001", "picogram per millilitre": "0.000001",
    "square metre": "1", "tsubo": "3.305785", "are": "100", "hectare": "1e4", "square kilometre": "1e6", "acre": "4046.8564224",
    "square foot": "0.09290304",
    "microgram": "0.000001", "milligram": "0.001", "gram": "1", "kilogram": "1000", "tonne": "1e6", "kilotonne": "1e9", "megatonne": "1e12", "pound": "453.59237",
    "ounce": "28.349523125", "fluid ounce": "0.0295735295625",
    "hertz": "1", "kilohertz": "1e3", "megahertz": "1e6", "gigahertz": "1e9",
    "kilometre per hour": "0.2777777777777777777777777778", "mile per hour": "0.44704", "metre per second": "1",
    "millimetre per second": "0.001", "centimetre per second": "0.01", "kilometre per second": "1000",
    "pixel": "1", "kilopixel": "1e3", "megapixel": "1e6",
    "watt-hour": "1", "kilojoule": "0.2777777777777777777777777778", "megajoule": "277.7777777777777777777777778",
    "kilocalorie": "1.162222222222222222222222222", "kilowatt-hour": "1e3", "megawatt-hour": "1e6", "gigawatt-hour": "1e9", "terawatt-hour": "1e12",
    "cubic metre": "1000", "watt": "1", "kilowatt": "1e3", "megawatt": "1e6", "gigawatt": "1e9", "centner": "1e5",
    "light-year": "9460730472580800", "parsec": "30856775814913673", "microlitre": "0.000001", "millilitre": "0.001", "litre": "1",
    "centilitre": "0.01", "decilitre": "0.1", "hectolitre": "100", "gallon": "3.785411784", "cubic hectometre": "1e9",
    "cubic kilometre": "1e12", "microgram per cubic metre": "0.000001", "milligram per cubic metre": "0.001",
    "microgram per litre": "0.001", "milligram per litre": "1", "gram per litre": "1000",
    "gram per cubic metre": "1", "kilogram per cubic metre": "1000", "gram per cubic centimetre": "1e6",
    "kilogram per cubic centimetre": "1e9", "kilogram per litre": "1e6", "milligram per millilitre": "1000",
    "microgram per millilitre": "1", "newton metre": "1", "newton centimetre": "0.01", "kilonewton metre": "1000",
    "pascal": "1", "hectopascal": "100", "kilopascal": "1000", "megapascal": "1e6", "millibar": "100", "bar": "1e5",
    "psi": "6894.757293168", "milliampere": "0.001", "ampere": "1", "millivolt": "0.001", "volt": "1", "kilovolt": "1e3",
    "cup": "0.2365882365", "tablespoon": "0.01478676478125", "teaspoon": "0.00492892159375",
    "milliampere-hour": "0.001", "ampere-hour": "1", "ohm": "1", "kilohm": "1e3", "megohm": "1e6", "picofarad": "1e-12", "nanofarad": "1e-9", "microfarad": "1e-6",
    "millifarad": "0.001", "microhenry": "1e-6", "millihenry": "0.001", "milligram per decilitre": "10",
    "gram per decilitre": "10000", "micromole per litre": "0.001", "millimole per litre": "1", "mole per litre": "1000",
}
_IMPERIAL = frozenset({"inch", "foot", "yard", "horsepower", "mile", "acre", "square foot", "pound", "ounce", "fluid ounce",
                       "mile per hour", "gallon", "psi",
                       "cup", "tablespoon", "teaspoon"})
# A cup or a spoon is American (its size above), metric or Japanese: a conversion may use any.
_OTHER_SIZES = {"cup": ("0.25", "0.2"), "tablespoon": ("0.015",), "teaspoon": ("0.005",)}
# Data sizes may be counted in powers of 1024 ("1.5 GB" / "1536 MB"): a decimal unit may stand for
# its binary one, so a source's "5 MB" may be the translation's "5 Mio"; a source's "5 MiB" is not "5 Mo".
_BINARY_OF = {"kilobyte": "kibibyte", "megabyte": "mebibyte", "gigabyte": "gibibyte", "terabyte": "tebibyte",
              "petabyte": "pebibyte"}
# How close two sizes must be to be one quantity: a year is 365 or 365.25 days; a conversion
# between systems is rounded.
_SAME_SYSTEM_TOLERANCE = Decimal("0.005")
_CONVERSION_TOLERANCE = Decimal("0.05")


# A number as written (grouped, decimal, full-width digits made ASCII), not glued to a word or
# an option before it ("x86", "--timeout=5m", "v2"; in Japanese, a Latin letter); then before its unit an
# optional space or the hyphen of a compound ("a 7-day trial", "30-minütige", "24-месячная").
# (The first digit comes first, so that re skips ahead to digits; the lookbehind after it looks at
# the character before it.)
_DIGITS = r"(?P<number>\d{}\d*(?:[.,\u00a0\u202f' ]\d+)*)"
_SPACE_OR_HYPHEN = r"(?:[ \u00a0\u202f]|-(?=[^\W\d_]))?"
# ("<strong>30</strong> days": the closing tag of the number's emphasis between it and its unit.)
_CLOSING_TAG = r"(?:</(?:b|strong|em|i|span)>(?=[ \u00a0\u202f]))?"
# (A minus or plus sign after a space is the number's: "-10°C", "+127 °F"; after a digit a minus joins
# a range: "5-10 km"; after a letter either is a name's: "COVID-19", "C++11".)
_NOT_AFTER = r"(?<![\w.,=/:]\d)(?<![\w.,=/:+-]\+\d)(?<![^\W\d_.,=/:+-]-\d)"
_NOT_AFTER_WITHOUT_SPACES = r"(?<![\dA-Za-z.,=/:+-]\d)"


# The adjective French and Spanish put between a count and its unit: "les 6 prochains jours", "las 3
# últimas horas".
_BETWEEN_NUMBER_AND_UNIT = {
    "fr": r"(?:(?i:prochain|derni[eè]r|premi[eè]r)e?s?[ \u00a0])?",
    # ("2 or more months in a row": the comparator between.)
    "en": r"(?:(?i:calendar|consecutive|straight|successive|full|whole|further|additional|extra|more|vertical"
          r"|linear|or[ \u00a0]+(?:more|fewer|less|longer))[ \u00a0])?",
    "es": r"(?:(?i:próxim|últim|primer)[oa]s?[ \u00a0])?",
    "de": r"(?:(?i:weiter|zusätzlich|voll|ganz|letzt|nächst|erst)e[nr]?[ \u00a0])?",
    # ("рабочие недели"; "рабочих дней" is a business day, a unit of its own.)
    "ru": r"(?:(?i:календарн|последн|ближайш)\w*[ \u00a0]|(?i:рабоч)\w*[ \u00a0](?!дн|день))?",
}
_DECADE_RE = re.compile(r"\d{3}0")
_YEAR_RE = re.compile(r"1\d{3}|20\d\d")


def _is_a_year_abbreviated(unit_written: str, match: re.Match) -> bool:
    """Russian "г." after a year is "год": "в 2019 г.". Grams take no full stop unless a sentence
    ends there: "1100 г топлива", "45 г"."""
    if unit_written not in ("г", "г.") or not _YEAR_RE.fullmatch(match.group("number")):
        return False
    return unit_written == "г." or not _GRAMS_AFTER_RE.match(match.string, match.end())


_GRAMS_AFTER_RE = re.compile(r"[\x20\u00a0]+[^\W\d_]")
# A currency written before its amount ("$50", "€ 500", "US$ 1,000", "USD 20"), in every language.
_CURRENCY_BEFORE = {"$": "dollar", "US$": "dollar", "USD": "dollar", "€": "euro", "EUR": "euro", "£": "pound sterling",
                    "GBP": "pound sterling", "¥": "yen", "JPY": "yen", "₽": "rouble", "RUB": "rouble",
                    "CHF": "swiss franc", "₹": "rupee", "INR": "rupee", "CNY": "yuan"}
_CURRENCIES_BEFORE = "|".join(map(re.escape, sorted(_CURRENCY_BEFORE, key=len, reverse=True)))
_CURRENCY_BEFORE_RE = re.compile(
    r"(?<![\w$])(?P<currency>" + _CURRENCIES_BEFORE + r")[ \u00a0\u202f]?"
    + _DIGITS.format("") + r"(?![\d$])")


@dataclass(frozen=True)
class _Patterns:
    """A language's patterns: a number and its unit, a unit right after a place, a unit standing as
    a word; and the units each of the patterns' unit groups may be."""

    measure: GroupedPattern
    after: GroupedPattern
    word: GroupedPattern
    units_of_group: dict[str, frozenset[str]]

    def units(self, match: re.Match[str]) -> frozenset[str]:
        # (The unit's group closes last: nothing after it captures.)
        return self.units_of_group[match.lastgroup]


@lru_cache(maxsize=None)
def _patterns(language: str) -> _Patterns:
    units_of: dict[str, set[str]] = defaultdict(set)
    for unit, (_, forms) in _UNITS.items():
        for form in (forms.get("any", "") + " " + forms.get(language, "")).split():
            units_of[form.replace("_", "[ \u00a0]")].add(unit)
    # Longest forms first, so that "km²" is tried before "km" and "kg" before "g".
    alternatives = sorted(units_of, key=len, reverse=True)
    case_insensitive = [form for form in alternatives if form[:1].islower() and len(form) > 3]
    case_sensitive = [form for form in alternatives if form not in case_insensitive]
    # One alternation, longest first across both kinds: "кВт·ч" (a word's case) before "кВт" (a symbol's).
    alternatives_in_order = sorted([(form, f"(?P<u{index}>{form})") for index, form in enumerate(case_sensitive)]
                                   + [(form, f"(?P<w{index}>(?i:{form}))") for index, form in enumerate(case_insensitive)],
                                   key=lambda pair: len(pair[0]), reverse=True)
    unit = "|".join(group for _, group in alternatives_in_order)
    without_spaces = language in WRITTEN_WITHOUT_SPACES
    before = _NOT_AFTER_WITHOUT_SPACES if without_spaces else _NOT_AFTER
    # (Not the unit of an unknown compound, "10 Mbit/s", but that of a quantity per area, mass or year:
    # "30 kg/ha", "72 kWh/m²/an".)
    # (Glued to kana or kanji in Japanese, never to a Latin letter: "2 BTCを" holds no byte.)
    after = r"(?![A-Za-z])" if without_spaces else (r"(?![^\W\d_])(?!\d)"
                                       r"(?!/(?!(?:ha|га|m²|м²|m2|kg|кг|an|a|yr|year|Jahr|año|год)(?![^\W\d_]))[^\W\d_])")
    # (One class of the forms' first letters lets most numbers fail before the alternation is tried.)
    firsts = "".join(sorted({first for form in units_of for first in _first_letters(form)}
                            | {form[0].upper() for form in case_insensitive}))
    groups = {f"u{index}": frozenset(units_of[form]) for index, form in enumerate(case_sensitive)}
    groups.update({f"w{index}": frozenset(units_of[form]) for index, form in enumerate(case_insensitive)})
    between = _BETWEEN_NUMBER_AND_UNIT.get(language, "")

    def a_unit(before_the_unit: str) -> GroupedPattern:
        return GroupedPattern(re.compile(f"{before_the_unit}(?=[{re.escape(firsts)}])(?:{unit}){after}"))

    return _Patterns(a_unit(_DIGITS.format(before) + _CLOSING_TAG + _SPACE_OR_HYPHEN + between),
                     a_unit(_SPACE_OR_HYPHEN),
                     a_unit(r"(?<![^\W\d_])"), groups)


def _first_letters(form: str) -> str:
    """The letters a unit's form may begin with: "kK" for "[kK]i?B"."""
    return form[1:form.index("]")] if form.startswith("[") else form[0]


@dataclass(frozen=True)
class _Measure:
    key: object  # what pairs two measures: a number's digits ("262000" for "262,000" and "262 000"), or its value
    units: frozenset[str]
    text: str  # "5 km", "two hours"
    start: int
    value: Decimal | None = None


def has_a_measure_unsaid_in_digits(source: str, target: str, source_language: str, target_language: str) -> bool:
    """Whether a number of the source with a unit has no number with a unit and the same digits
    in the translation (which may then say it in words)."""
    source_measures = _measures_in_digits(source, source_language)
    if not source_measures:
        return False
    target_keys = {measure.key for measure in _measures_in_digits(target, target_language)}
    return any(measure.key not in target_keys for measure in source_measures)


_PER_BEFORE_RE = re.compile(r"(?i)(?<![^\W\d_])(?:per|pro|je|par|por|на|за)\s+$")
_PER_AFTER_RE = re.compile(r"\s?(?:あたり|当たり|につき)")


@lru_cache(maxsize=64)
def _measures_in_digits(text: str, language: str) -> list[_Measure]:
    patterns = _patterns(language)
    measures = []
    for match in patterns.measure.finditer(ascii_digits(text)):
        unit_written = match.string[match.end("number"):match.end()].strip()
        if unit_written == "s" and (_DECADE_RE.fullmatch(match.group("number"))  # "the 1990s"
                                    or _AGE_GROUP_BEFORE_RE.search(text, max(0, match.start() - 6), match.start())
                                    or (match.group("number")[-1:] == "0" and _DECADE_BEFORE_RE.search(
                                        text, max(0, match.start() - 16), match.start()))):
            continue  # ("Over 60s", "under-18s": people of an age; "the 1980s and 90s": a decade)
        if _is_a_year_abbreviated(unit_written, match):  # "в 2019 г."
            continue
        digits = "".join(character for character in match.group("number") if character.isdigit())
        if language == "ja" and says_alcohol_in_degrees(text, match.end() - 1):
            continue  # "アルコール度数16度": a share, which the digit comparison reads as one
        if language == "ja" and match.start() > 0 and text[match.start() - 1] == "月" and unit_written.startswith("日"):
            continue  # "7月20日": a date's day, no 20 days
        measures.append(_Measure(digits, _as_speed(patterns.units(match), text, match.start()),
                                 text[match.start():match.end()].strip().replace("/xxx", "/100"), match.start(),
                                 cluster_value(match.group("number"), locale_symbols(language).convention)))
    if "万" in text or "億" in text:
        measures = _with_scaled_measures(measures, ascii_digits(text), patterns)
    if "さじ" in text and language == "ja":
        measures += [_Measure(match.group("number").replace(".", ""), frozenset({_JAPANESE_SPOONS[match.group(1)]}),
                              match.group(), match.start(), Decimal(match.group("number")))
                     for match in _JAPANESE_SPOON_RE.finditer(ascii_digits(text))]
    currencies = _CURRENCY_BEFORE_RE.finditer(ascii_digits(text)) if any(map(text.__contains__, _CURRENCY_BEFORE)) else ()
    for match in currencies:
        digits = "".join(character for character in match.group("number") if character.isdigit())
        measures.append(_Measure(digits, frozenset({_CURRENCY_BEFORE[match.group("currency")]}),
                                 text[match.start():match.end()], match.start()))
    return measures


# Japanese names its spoons before their count: "大さじ1" is a tablespoon, "小さじ1/2" half a teaspoon.
_JAPANESE_SPOONS = {"大さじ": "tablespoon", "小さじ": "teaspoon"}
_JAPANESE_SPOON_RE = re.compile(r"(大さじ|小さじ)[\x20\u00a0]?(?P<number>\d+(?:\.\d+)?)(?![\d/.])")
_AGE_GROUP_BEFORE_RE = re.compile(r"(?i)\b(?:over|under)[\x20-]$")
_DECADE_BEFORE_RE = re.compile(r"(?i)(?:\d{3}0(?:s|['’]s)[\x20\u00a0]*(?:and|or|to|through|-|–|/)|\b(?:early|mid|late)-?)[\x20\u00a0]*$")


# Japanese says a speed as a distance after 時速 ("per hour") or 秒速 ("per second"): "時速40キロ".
_SPEED_OF_DISTANCE = {"時速": {"kilometre": "kilometre per hour", "mile": "mile per hour"},
                      "秒速": {"metre": "metre per second"}}


# (Also before "約" or a range's first end: "時速約0.14km", "時速25〜30km", "時速50kmから30km"; or in
# brackets after such a speed: "時速250キロ（155マイル）"; "時速にして約4万300 km": as a speed per hour.)
_SPEED_BEFORE_RE = re.compile(r"(時速|秒速)(?:は|が|も|にして|で)?[\x20\u00a0]?(?:約|およそ|最高|最大)?"
                              r"(?:[0-9０-９.,万億]+(?:km|キロ(?:メートル)?|m|メートル|マイル)?(?:[〜～~\-–]|から))?$")
_SPEED_IN_BRACKETS_RE = re.compile(r"(時速|秒速)[0-9０-９.,]+[^\d（(]{0,8}[（(](?:約|およそ)?$")


def _as_speed(units: frozenset[str], text: str, start: int) -> frozenset[str]:
    """The units of a number at `start`, read as a speed after 時速 or 秒速."""
    if "速" not in text:
        return units
    said = _SPEED_BEFORE_RE.search(text, max(0, start - 24), start)
    bracketed = _SPEED_IN_BRACKETS_RE.search(text, max(0, start - 24), start)
    for prefix, speeds in _SPEED_OF_DISTANCE.items():
        if ((said is not None and said.group(1) == prefix or bracketed is not None and bracketed.group(1) == prefix)
                and units & speeds.keys()):
            return frozenset(speeds[unit] for unit in units if unit in speeds)
    return units


# A Japanese amount in 億 and 万 before its unit: "1万5000ドル" is 15,000 dollars, "2億円" 200 million yen.
_SCALED_RE = re.compile(r"(?<![\d.,])(?=\d+[億万])(?:(?P<oku>\d{1,4})億)?(?:(?P<man>\d{1,4})万)?(?P<rest>\d{1,4})?")


def _with_scaled_measures(measures: list[_Measure], text: str, patterns: _Patterns) -> list[_Measure]:
    """`measures` with the amounts said in 億 and 万 keyed by their value's digits, in place of the
    part after the last scale word ("5000ドル" of "1万5000ドル")."""
    for match in _SCALED_RE.finditer(text):
        if not (match.group("oku") or match.group("man")):
            continue
        unit = patterns.after.match(text, match.end())
        if unit is None:
            continue
        value = (int(match.group("oku") or 0) * 10**8 + int(match.group("man") or 0) * 10**4
                 + int(match.group("rest") or 0))
        measures = [measure for measure in measures if not match.start() <= measure.start < match.end()]
        measures.append(_Measure(str(value), _as_speed(patterns.units(unit), text, match.start()),
                                 text[match.start():unit.end()], match.start(), Decimal(value)))
    return measures


def _measures_of(numbers: tuple[Number, ...], text: str, language: str) -> list[_Measure]:
    """The numbers of `numbers` written right before a unit, keyed by value."""
    measures = []
    adjective = _ADJECTIVE_BEFORE_A_UNIT.get(language)
    for number in numbers:
        if language == "ru" and _RUSSIAN_COUNTED_ADJECTIVE_RE.search(number.text) is not None:
            continue  # ("восьмибитного символа": an 8-bit character, its unit inside the word)
        found = _unit_at(text, number.start, number.end, language, inside=False)
        if found is None and adjective is not None and (between := adjective.match(text, number.end)) is not None:
            found = _unit_at(text, between.end(), between.end(), language, inside=False)  # "dos últimos años"
        if found is not None:
            measures.append(_Measure(number.value, _as_speed(_patterns(language).units(found), text, number.start),
                                     number.text + text[number.end:found.end()] if found.start() > number.end
                                     else number.text + found.group(),
                                     number.start))
    return measures


_DIMENSION = {unit: dimension for unit, (dimension, _) in _UNITS.items()}
# A Russian adjective made of a count and a noun: "восьмибитного", "двухчасовой", "пятилитровая".
_RUSSIAN_COUNTED_ADJECTIVE_RE = re.compile(r"(?i)^(?:одно|двух|трёх|трех|четырёх|четырех|пяти|шести|семи|восьми"
                                           r"|девяти|десяти)[а-яё]{3,}(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ых|их|ому"
                                           r"|ему|ым|им|ую|юю|ыми|ими)$")


def _dimensions(units: frozenset[str]) -> frozenset[str]:
    return frozenset(_DIMENSION[unit] for unit in units)


def _changes(source_measures: list[_Measure], target_measures: list[_Measure],
             said_apart: Callable[[str, int], bool] = lambda unit, position: False,
             said_apart_in_source: Callable[[str, int], bool] = lambda unit, position: False) -> tuple[UnitChange, ...]:
    """The source's measures that no measure of the translation with the same key states in one of
    their units, against one with the same key in another unit of their dimension. `said_apart`
    (and `said_apart_in_source`): whether the translation (the source) names a unit near a place."""
    left = list(target_measures)
    unmatched = []
    for measure in source_measures:
        units = measure.units | {_BINARY_OF[unit] for unit in measure.units if unit in _BINARY_OF}
        # (By digits, "262,000 ha" / "262 000 ha", or by value: "1.2 m" / "1,20 m".)
        partner = next((other for other in left if other.units & units and (
            other.key == measure.key or measure.value is not None and other.value == measure.value)), None)
        if partner is None:
            unmatched.append(measure)
        else:
            left.remove(partner)
    changes = []
    for measure in unmatched:
        partner = next((other for other in left if other.key == measure.key
                        and _dimensions(other.units) & _dimensions(measure.units)), None)
        # (Across dimensions, not a "one" in words, which stands nearly everywhere: "about one
        # teaspoon" / "1日2,300mg".)
        if partner is None and measure.key != Decimal(1):
            partner = next((other for other in left if other.key == measure.key
                            and (_unambiguous(other) and _unambiguous(measure)
                                 or _powers_of_one_unit(measure.units, other.units))
                            and not _rate_said_apart(measure.units, other, said_apart)
                            and not _rate_said_apart(other.units, measure, said_apart_in_source)),
                           None)
        if partner is not None:
            left.remove(partner)
            if _one_quantity_of_measures(measure, partner):
                continue
            changes.append(UnitChange(measure.text, partner.text, tuple(sorted(measure.units)),
                                      tuple(sorted(partner.units)), measure.start))
    return tuple(changes)


def _powers_of_one_unit(units: frozenset[str], others: frozenset[str]) -> bool:
    """ "m²" / "m", "km" / "km²", "m³" / "m²": one unit to another power ("m" alone is also a minute,
    but after the source's square metres it is the metre)."""
    def base(unit: str) -> str:
        return unit.removeprefix("square ").removeprefix("cubic ")
    return any(unit != other and base(unit) == base(other) for unit in units for other in others)


def _rate_said_apart(rates: frozenset[str], amount: _Measure, said_apart: Callable[[str, int], bool]) -> bool:
    """ "0.25 mg/L" / "1リットル中0.25mg": a rate whose amount the other text gives in the rate's unit
    and whose "per" it says apart, naming near it the unit it is per ("7.5 mg/kg" / "7,5 mg" is not;
    "150 mg per kg" / "150 mg/kg" is)."""
    return any(rate.startswith(unit + " per ") and said_apart(rate.split(" per ", 1)[1], amount.start)
               for rate in rates for unit in amount.units)


@lru_cache(maxsize=None)
def _unit_name_re(unit: str, language: str) -> re.Pattern[str] | None:
    forms = _UNITS.get(unit, ("", {}))[1]
    words = [form.replace("_", "[ \u00a0]") for form in (forms.get("any", "") + " " + forms.get(language, "")).split()]
    edge, end = ("", "") if language in WRITTEN_WITHOUT_SPACES else (r"(?<![^\W\d_])", r"(?![^\W\d_])")
    return re.compile(edge + "(?:" + "|".join(words) + ")" + end) if words else None


# A measure in brackets right after a unit's name: "en moins d'un mile (1,6 km)", "1マイル（1.6km）".
_BRACKET_OPENED_RE = re.compile(r"[\x20\u00a0]*[(（][\x20\u00a0]*(?:[^\W\d_]{1,8}\.?[\x20\u00a0]+|約|ca\.[\x20\u00a0]*)?$")


def converts_a_unit_named_before(number: Number, text: str, language: str) -> bool:
    """`number` measures, in brackets, one of the unit named right before them ("a mile (1.6 km)",
    "un pouce (2,54 cm)"), in another unit of its dimension."""
    bracket = _BRACKET_OPENED_RE.search(text, max(0, number.start - 16), number.start)
    own_units = units_at(text, number.end, language) if bracket is not None else frozenset()
    if not own_units:
        return False
    before = text[max(0, bracket.start() - 24):bracket.start()]
    for unit in _SIZE:
        if (unit not in own_units and any(_DIMENSION.get(unit) == _DIMENSION.get(own) for own in own_units)
                and (named := _unit_name_re(unit, language)) is not None
                and any(found.end() == len(before) for found in named.finditer(before))
                and any(_one_quantity(Decimal(1), unit, number.value, own) for own in own_units)):
            return True
    return False


def _names_the_unit(text: str, unit: str, language: str) -> bool:
    pattern = _unit_name_re(unit, language)
    return pattern is not None and pattern.search(text) is not None


def _one_quantity_of_measures(source: _Measure, target: _Measure) -> bool:
    """ "165 cm" / "1,65 m": the same digits, another value, one quantity ("420 ppm" / "420 ppb" is not)."""
    return (source.value is not None and target.value is not None and source.value != target.value
            and any(_one_quantity(source.value, source_unit, target.value, target_unit)
                    for source_unit, target_unit in product(source.units, target.units)))


_GLUED_LETTER_RE = re.compile(r"\d[A-Za-zА-Яа-яЁё](?![A-Za-zА-Яа-яЁё])")


def _unambiguous(measure: _Measure) -> bool:
    """A unit of one dimension only ("km²" or "%", not "m": a metre or a minute), not glued to its
    number as a single Latin or Cyrillic letter ("32t" is more often a name than tonnes; "340mL" is
    millilitres, and Japanese glues its units, "40マイル"): one to compare across dimensions."""
    return len(_dimensions(measure.units)) == 1 and _GLUED_LETTER_RE.search(measure.text) is None


# An age said without its unit is in years: "children under 12" / "дети младше 12 месяцев" is another
# age. (Not where the source counts in months or weeks: "babies aged 6 to 12 months".)
_AGE_WITHOUT_ITS_UNIT_RE = {"en": re.compile(
    r"\b(?:(?:children|child|kids?|infants?|toddlers|teenagers|teens|minors|pupils|players|people|persons|visitors"
    r"|guests|anyone|riders|passengers|participants|boys|girls)[\x20\u00a0]+(?:aged[\x20\u00a0]+)?"
    r"(?:under|over|below|above|older[\x20\u00a0]+than|younger[\x20\u00a0]+than|up[\x20\u00a0]+to|from)"
    r"|aged|ages?)[\x20\u00a0]+(?P<number>\d{1,2})(?!\d|[.,:]\d|[%/])"
    r"(?![\x20\u00a0]+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"
    r"(?:[\x20\u00a0]*(?:[-–]|to|and)[\x20\u00a0]*(?P<end>\d{1,2})(?!\d|[.,:]\d|[%/]))?", re.IGNORECASE)}
_AGES_IN_SHORTER_UNITS_RE = re.compile(r"\b(?:months?|weeks?|mos?)\b", re.IGNORECASE)


def _ages_without_their_unit(text: str, language: str, measures: list[_Measure]) -> list[_Measure]:
    pattern = _AGE_WITHOUT_ITS_UNIT_RE.get(language)
    if pattern is None or _AGES_IN_SHORTER_UNITS_RE.search(text) is not None:
        return []
    measured = {measure.start for measure in measures}
    return [_Measure(match.group(group), frozenset({"year"}), match.group(), match.start(group), Decimal(match.group(group)))
            for match in pattern.finditer(text) for group in ("number", "end")
            if match.group(group) is not None and match.start(group) not in measured]


def unit_changes(source: str, target: str, source_language: str, target_language: str) -> tuple[UnitChange, ...]:
    """The source's numbers whose unit the translation writes as another of the same dimension after
    the same digits, or the same placeholder ("%d KB" / "%d Mo"), with no other such number of the
    source's unit."""
    source_measures = [*_measures_in_digits(source, source_language), *_measures_of_placeholders(source, source_language)]
    source_measures += _ages_without_their_unit(source, source_language, source_measures)
    if not source_measures:
        return ()
    target_measures = [measure for measure in _measures_in_digits(target, target_language)
                       if not _one_given_per(measure, target, source_measures, source, source_language)]
    return _changes(source_measures, [*target_measures, *_measures_of_placeholders(target, target_language)],
                    lambda unit, position: _names_the_unit(target[max(0, position - 8):position + 20], unit,
                                                           target_language),
                    lambda unit, position: _names_the_unit(source[max(0, position - 8):position + 20], unit,
                                                           source_language))


def _one_given_per(measure: _Measure, text: str, source_measures: list[_Measure], source: str,
                   source_language: str) -> bool:
    """The translation's "на 1 м²", "1m²あたり": the one a rate is given per, where the source names the
    unit with no number ("per m²") and writes no 1 of that dimension."""
    if measure.key != "1":
        return False
    end = text.find(measure.text, measure.start) + len(measure.text)  # (its text is stripped of spaces)
    return ((_PER_BEFORE_RE.search(text, max(0, measure.start - 6), measure.start) is not None
             or _PER_AFTER_RE.match(text, end) is not None)
            and any(_names_the_unit(source, unit, source_language) for unit in measure.units)
            and not any(other.key == "1" and _dimensions(other.units) & _dimensions(measure.units)
                        for other in source_measures))


def measures_added_in_another_unit(source_numbers: Callable[[], tuple[Number, ...]], source: str, target: str,
                                   source_language: str, target_language: str) -> tuple[UnitChange, ...]:
    """The translation's measures in digits that repeat a source measure's digits in another unit of
    its dimension, beside one that keeps them in the source's unit: "wait a few minutes and hold for
    5 seconds" / "warten Sie 5 Minuten und halten Sie 5 Sekunden", where the source states no 5 in
    minutes in any form."""
    source_measures = _measures_in_digits(source, source_language)
    if not source_measures:
        return ()
    target_measures = _measures_in_digits(target, target_language)
    source_count, target_count = Counter(m.key for m in source_measures), Counter(m.key for m in target_measures)
    if not any(target_count[key] > source_count[key] > 0 for key in target_count):
        return ()
    stated = None
    added = []
    for measure in target_measures:
        same_key = [other for other in source_measures if other.key == measure.key]
        # (Not a 1, which a word says as often: "a full day" / "1日を通して".)
        if (target_count[measure.key] <= len(same_key) or measure.value == 1 or not _unambiguous(measure)
                or any(other.units & measure.units for other in same_key)
                or not any(_dimensions(other.units) == _dimensions(measure.units) and _unambiguous(other)
                           for other in same_key)
                or any(_one_quantity_of_measures(other, measure) for other in same_key)):
            continue
        if not all(any(kept.key == other.key and kept.units & other.units for kept in target_measures)
                   for other in same_key):
            continue
        if stated is None:
            stated = _measures_of(source_numbers(), source, source_language)
        if any(other.key == measure.value and other.units & measure.units for other in stated):
            continue
        added.append(UnitChange(same_key[0].text, measure.text, tuple(sorted(same_key[0].units)),
                                tuple(sorted(measure.units)), same_key[0].start))
    return tuple(added)


def measures_added_beside_another(source_numbers: Callable[[], tuple[Number, ...]],
                                 target_numbers: Callable[[], tuple[Number, ...]], source: str, target: str,
                                 source_language: str, target_language: str) -> tuple[int, ...]:
    """Where the translation's lengths of time in digits start that repeat a value the source states
    fewer times, and never as a length of time ("Let the burner cool before putting it back in
    cupboard 3" / "3 Minuten abkühlen ... in Schrank 3"), or a measure it says more often than the
    source says its value at all ("Bake the first tray for 18 minutes, then bake the second" /
    "18 Minuten backen, danach das zweite Blech 18 Minuten")."""
    measures = [measure for measure in _measures_in_digits(target, target_language)
                if measure.value is not None and measure.value > 1 and _unambiguous(measure)]
    if not measures:
        return ()
    source_count = Counter(number.value for number in source_numbers())
    target_count = Counter(number.value for number in target_numbers())
    measures = [measure for measure in measures if target_count[measure.value] > source_count[measure.value] > 0]
    if not measures:
        return ()
    stated = _measures_of(source_numbers(), source, source_language)
    lengths = [measure.start for measure in measures if _dimensions(measure.units) == {"time"}
               and not any(other.key == measure.value and "time" in _dimensions(other.units) for other in stated)]
    repeated = []
    for measure in measures:
        same = [other for other in measures if other.value == measure.value and other.units & measure.units]
        # (Not the period of a price said again: "30分480円 ... 30分580円".)
        if (len(same) > source_count[measure.value] and measure is same[-1]
                and not _A_NUMBER_NEXT_RE.match(target, measure.start + len(measure.text))):
            repeated.append(measure.start)
    return tuple(lengths + [start for start in repeated if start not in lengths])


_A_NUMBER_NEXT_RE = re.compile(r"[\x20\u00a0]?[0-9０-９¥$€£]")


# The placeholders that may stand for a number: printf's, Python's, brace fields and Qt's.
_NUMBER_PLACEHOLDERS = "|".join(f"(?:{pattern})" for language in ("c", "python", "python-brace", "qt")
                                for pattern in GRAMMARS[language].prose.number_masks)


@lru_cache(maxsize=None)
def _placeholder_unit_re(language: str, letters: bool = False) -> re.Pattern[str]:
    # A space or a compound's hyphen between the two ("%d KB", "{streak}-day"): "%pB" is a pointer's
    # directive, not bytes. Glued only after a brace field ("{seconds}s") or in a language written
    # without spaces ("{minutes}分", "%d秒").
    glued = "" if language in WRITTEN_WITHOUT_SPACES else r"(?:(?=[ \u00a0\u202f])|-|(?<=\}))"
    start, placeholder = ("", _LETTER_FOR_A_NUMBER) if letters else ("(?=[%{])", _NUMBER_PLACEHOLDERS)
    return re.compile(f"{start}(?P<placeholder>{placeholder}){glued}-?" + _patterns(language).after.plain.pattern)


# A capital letter standing for a number in a setting's label: "every N minutes", "the last X days".
_LETTER_FOR_A_NUMBER = r"(?<![\w'’.-])[NX](?![A-Za-z0-9_À-ÿ'’.-])"


# The end of a numeric directive or a brace field, then a letter (after a space or a hyphen, or
# glued): what the full search needs; or such a capital letter before a word.
_PLACEHOLDER_BEFORE_A_WORD_RE = re.compile(r"[%}](?:(?<=%)(?:\([^)\s]*\))?[-+ #0'.*\d$]*[hlLqjztI\d]*[diufFgGeExXs]"
                                           r"|(?<=\}))[ \u00a0\u202f-]?[^\W\d_]")
_LETTER_BEFORE_A_WORD_RE = re.compile(r"(?<![\w'’.-])[NX](?:[ \u00a0]?[^\W\d_]|(?=[\u3040-\u9fff]))")


def _may_hold_a_letter(text: str) -> bool:
    return ("N" in text or "X" in text) and _LETTER_BEFORE_A_WORD_RE.search(text) is not None


def measures_a_placeholder(text: str, language: str) -> bool:
    """The cheap test: a placeholder stands before a unit ("%d KB", "{size} MB", "N minutes")."""
    if (("%" in text or "{" in text) and _PLACEHOLDER_BEFORE_A_WORD_RE.search(text) is not None
            and _placeholder_unit_re(language).search(text) is not None):
        return True
    # (A source's letter stands between spaces: "every N minutes".)
    return ((" N " in text or " X " in text or text.startswith(("N ", "X "))) and _may_hold_a_letter(text)
            and _placeholder_unit_re(language, letters=True).search(text) is not None)


def _measures_of_placeholders(text: str, language: str) -> list[_Measure]:
    """A placeholder before a unit, keyed by the placeholder as written: "%2$d" pairs with "%2$d"."""
    patterns = _patterns(language)
    measures = []
    for letters, holds in ((False, ("%" in text or "{" in text) and _PLACEHOLDER_BEFORE_A_WORD_RE.search(text) is not None),
                           (True, _may_hold_a_letter(text))):
        if not holds:
            continue
        for match in _placeholder_unit_re(language, letters).finditer(text):
            unit = patterns.after.match(text, match.end("placeholder") + text.startswith("-", match.end("placeholder")))
            measures.append(_Measure(match.group("placeholder"), patterns.units(unit), match.group().strip(),
                                     match.start()))
    return measures


_SPAN_UNITS = ("century", "decade", "year", "month", "fortnight", "week", "day", "hour", "minute", "second")


@lru_cache(maxsize=None)
def _between_re(language: str) -> re.Pattern[str]:
    """The adjective of _BETWEEN_NUMBER_AND_UNIT, with the space before it."""
    return re.compile(r"[ \u00a0\u202f]+" + _BETWEEN_NUMBER_AND_UNIT[language].removesuffix("?"))


def time_unit_at(text: str, start: int, end: int, language: str, inside: bool = False,
                 business_days: bool = False) -> tuple[Decimal, int] | None:
    """The length in seconds of the unit of time (a decade to a second) written right after `end` (after a
    number, or after "half" or "an"), or with `inside` within `start`..`end` ("deux heures et
    demie" read as one number), and where its word ends. With `business_days`, a business day
    counts as a day (where only the placement of the span matters)."""
    found = _unit_at(text, start, end, language, inside=inside)
    if found is None and language in _BETWEEN_NUMBER_AND_UNIT:  # "24 consecutive months"
        between = _between_re(language).match(text, end)
        found = _unit_at(text, between.end(), between.end(), language, inside=False) if between else None
    if found is None:
        return None
    units = _patterns(language).units(found)
    sizes = {_SIZE[unit] for unit in units if unit in _SPAN_UNITS}
    if business_days and "business day" in units:
        sizes.add(_SIZE["day"])
    return (Decimal(sizes.pop()), found.end()) if len(sizes) == 1 else None


def may_name_a_unit(text: str, language: str) -> bool:
    """The cheap test: a unit's form stands as a word of `text`."""
    return _patterns(language).word.search(text) is not None


def word_unit_changes(source_numbers: Callable[[], tuple[Number, ...]], target_numbers: Callable[[], tuple[Number, ...]],
                      source: str, target: str, source_language: str, target_language: str) -> tuple[UnitChange, ...]:
    """unit_changes for the source's numbers in words ("two hours" / "deux minutes", "every thirty
    days" / "alle 30 Stunden"), paired by value; the translation's numbers are read only when needed."""
    source_measures = _measures_of(source_numbers(), source, source_language)
    if not any(measure.text[0].isalpha() for measure in source_measures):
        return ()
    # (The measures in digits take their partners first: "two weeks ... 2 metres" / "beiden
    # Januarwochen ... 2 Meter" leaves no "2 Meter" for the weeks.)
    changes = _changes(source_measures, _measures_of(target_numbers(), target, target_language))
    return tuple(change for change in changes if change.source[0].isalpha())


def _digits_of(measure_text: str) -> str:
    """The digits of a measure's number: "262" of "262 000 ha"... up to its first letter or sign."""
    number = re.match(r"[\d.,\x20\u00a0\u202f]*", measure_text).group()
    return "".join(character for character in number if character.isdigit())


def digit_unit_changes_in_words(source_numbers: Callable[[], tuple[Number, ...]],
                                target_numbers: Callable[[], tuple[Number, ...]], source: str, target: str,
                                source_language: str, target_language: str) -> tuple[UnitChange, ...]:
    """unit_changes for the source's numbers in digits that the translation says in words or with a
    scale sign ("5 minutes" / "cinco horas", "3 days" / "три недели", "13,450 km" / "1万3450マイル"),
    paired by value."""
    said_in_digits = {measure.key for measure in _measures_in_digits(target, target_language)}
    source_measures = [measure for measure in _measures_of(source_numbers(), source, source_language)
                       if measure.text[0].isdigit() and _digits_of(measure.text) not in said_in_digits]
    if not source_measures:
        return ()
    said_otherwise = tuple(number for number in target_numbers() if number.kind in ("word", "scaled"))
    target_measures = _measures_of(said_otherwise, target, target_language)
    return _changes(source_measures, target_measures) if target_measures else ()


# The word French and Spanish put between a scale word and its unit: "19 milliards d'euros", "1,5
# billones de dólares".
_AFTER_A_SCALE_WORD = {"fr": re.compile(r"[ \u00a0\u202f]*(?:de|d['\u2019])(?=[\w ])"),
                       "es": re.compile(r"[ \u00a0\u202f]*de(?= )")}
_CURRENCY_JUST_BEFORE_RE = re.compile("(?:" + _CURRENCIES_BEFORE + r")[ \u00a0\u202f]?$")


def scaled_unit_changes(source_numbers: Callable[[], tuple[Number, ...]],
                        target_numbers: Callable[[], tuple[Number, ...]], source: str, target: str,
                        source_language: str, target_language: str) -> tuple[UnitChange, ...]:
    """unit_changes for numbers with a scale word, paired by value: "$4.2 billion" / "4,2 Mrd.
    Euro", "€105 million" / "105 млн фунтов", "£3.2 million" / "320万ドル"."""
    source_measures = _scaled_measures(source_numbers(), source, source_language)
    if not source_measures:
        return ()
    target_measures = _scaled_measures(target_numbers(), target, target_language)
    return _changes(source_measures, target_measures) if target_measures else ()


def an_amount_of_money(number: Number, text: str, language: str) -> bool:
    """ "€1", "1 €", "1 Euro", "1ドル": the number is a sum of money."""
    return (_CURRENCY_JUST_BEFORE_RE.search(text, max(0, number.start - 4), number.start) is not None
            or names_money_at(text, number.end, language))


def names_money_at(text: str, position: int, language: str) -> bool:
    """A currency's name or sign starts at `position`, after spaces: "a euro", "one $"."""
    found = _unit_at(text, position, position, language, inside=False)
    return found is not None and "money" in _dimensions(_patterns(language).units(found))


def _scaled_measures(numbers: tuple[Number, ...], text: str, language: str) -> list[_Measure]:
    measures = []
    for number in numbers:
        if number.kind != "scaled":
            continue
        before = _CURRENCY_JUST_BEFORE_RE.search(text, max(0, number.start - 4), number.start)
        if before is not None:
            currency = _CURRENCY_BEFORE[before.group().strip(" \u00a0\u202f")]
            measures.append(_Measure(number.value, frozenset({currency}), before.group() + number.text, number.start))
            continue
        end = number.end
        linked = _AFTER_A_SCALE_WORD.get(language)
        if linked is not None and (link := linked.match(text, end)) is not None:
            end = link.end()
        found = _unit_at(text, number.start, end, language, inside=False)
        if found is not None:
            measures.append(_Measure(number.value, _as_speed(_patterns(language).units(found), text, number.start),
                                     text[number.start:found.end()], number.start))
    return measures


# French and Italian put "last" and "next" between a count and its unit: "les vingt dernières
# années" (the last two decades), "le due prossime settimane".
_ADJECTIVE_BEFORE_A_UNIT = {
    "fr": re.compile(r"\s+(?:derni[eè]re?s?|prochaine?s?|premi[eè]re?s?|pass[ée]e?s?|bonne?s?)(?=\s)"),
    "it": re.compile(r"\s+(?:ultim[oiae]|prossim[oiae]|prim[oiae]|passat[oiae])(?=\s)"),
    "es": re.compile(r"\s+(?:últim[oa]s?|próxim[oa]s?|primer[oa]s?|pasad[oa]s?)(?=\s)"),
    "en": re.compile(r"(?i)\s+(?:effective|usable)(?=\s)"),  # "24.2 effective megapixels"
}


def _unit_at(text: str, start: int, end: int, language: str, inside: bool = True) -> re.Match[str] | None:
    """A unit written right after `end`, or (with `inside`) inside the number from `start` to `end`
    ("an hour and a half", "anderthalb Stunden" is read whole)."""
    after = _patterns(language).after
    text = ascii_digits(text)
    found = after.match(text, end)
    if found is None and inside:
        # (Not the end of a word: the "t" of "vingt" is no tonne.)
        found = next((match for match in after.finditer(text, start, end) if match.group().strip()
                      and not (match.start() > 0 and text[match.start() - 1].isalpha()
                               and not match.group()[:1].isspace())), None)
    return found


def units_at(text: str, position: int, language: str) -> frozenset[str]:
    """The units the word right after `position` (after at most one space) may be, if it names one."""
    found = _unit_at(text, position, position, language, inside=False)
    return _patterns(language).units(found) if found is not None else frozenset()


def names_a_unit_at(text: str, position: int, language: str) -> bool:
    """A unit's symbol or word starts at `position` (after at most one space)."""
    return _unit_at(text, position, position, language, inside=False) is not None


def _sizes(unit: str) -> tuple[Decimal, ...]:
    size = Decimal(_SIZE[unit])
    if unit in _OTHER_SIZES:
        return (size, *map(Decimal, _OTHER_SIZES[unit]))
    return (size, Decimal(_SIZE[_BINARY_OF[unit]])) if unit in _BINARY_OF else (size,)


# Fuel economy, compared as litres per 100 km: a distance per volume is its inverse (the kilometres
# in each distance unit, the litres in each volume unit: a gallon is imperial or American).
_KILOMETRES_IN = {"kilometre per litre": Decimal(1), "mile per gallon": Decimal("1.609344")}
_FUEL_ECONOMY = frozenset({"litre per 100 km", *_KILOMETRES_IN})
_GALLONS = (Decimal("4.54609"), Decimal("3.785411784"))


def _fuel_per_100_km(unit: str, value: Decimal, gallon: Decimal) -> Decimal:
    if unit == "litre per 100 km":
        return value
    litres = gallon if unit == "mile per gallon" else Decimal(1)
    return 100 * litres / (value * _KILOMETRES_IN[unit])


def _one_quantity(source_value: Decimal, source_unit: str, target_value: Decimal, target_unit: str) -> bool:
    if {source_unit, target_unit} == {"celsius", "fahrenheit"}:  # rounded: 100 °F is 38 °C, 350 °F 180 °C
        celsius, fahrenheit = ((source_value, target_value) if source_unit == "celsius"
                               else (target_value, source_value))
        exact = (fahrenheit - 32) * 5 / 9
        return abs(exact - celsius) <= max(Decimal(1), _CONVERSION_TOLERANCE * abs(exact))
    if {source_unit, target_unit} <= _FUEL_ECONOMY and source_unit != target_unit and source_value and target_value:
        return any(abs(_fuel_per_100_km(source_unit, source_value, gallon)
                       - _fuel_per_100_km(target_unit, target_value, gallon))
                   <= _CONVERSION_TOLERANCE * _fuel_per_100_km(source_unit, source_value, gallon) for gallon in _GALLONS)
    if (source_unit == target_unit or source_unit not in _SIZE or target_unit not in _SIZE
            or _DIMENSION[source_unit] != _DIMENSION[target_unit]):
        return False
    converted = (source_unit in _IMPERIAL) != (target_unit in _IMPERIAL)
    tolerance = _CONVERSION_TOLERANCE if converted else _SAME_SYSTEM_TOLERANCE
    # A conversion is rounded to the digits the translation writes: "¼ inch" (6.35 mm) is "6 mm".
    rounding = Decimal(5).scaleb(target_value.as_tuple().exponent - 1) if converted else Decimal(0)
    return any(source_value * source_size and abs(source_value * source_size - target_value * target_size)
               <= max(tolerance * abs(source_value * source_size), rounding * target_size)
               for source_size, target_size in product(_sizes(source_unit), _sizes(target_unit)))


# A half or a quarter of a unit, before it: "half an hour", "une demi-heure", "eine halbe Minute",
# "media hora", "полчаса", "anderthalb Stunden" (one and a half), "un demi-litre", "einen Viertelliter".
PARTS_BEFORE_A_UNIT = {
    "en": ((r"half\s+an?|half-an?|half-", "0.5"), (r"(?:a|one)\s+quarter\s+of\s+an?|quarter-", "0.25"),
           (r"three\s+quarters\s+of\s+an?", "0.75"), (r"an?\s+(?:hour\s+)?and\s+a\s+half", "1.5")),
    "fr": ((r"(?:une?\s+)?demi-", "0.5"), (r"(?:un\s+)?quarts?\s+d(?:e\s+|['’])", "0.25"), (r"trois\s+quarts\s+d['’]", "0.75")),
    "de": ((r"(?:eine[rnms]?\s+)?halbe[nrs]?\s+", "0.5"), (r"(?:eine[rnm]?\s+)?viertel", "0.25"),
           (r"(?:eine[rnm]?\s+)?dreiviertel", "0.75"), (r"anderthalb\s+|eineinhalb\s+", "1.5")),
    "es": ((r"(?:una?\s+)?medi[ao]\s+", "0.5"), (r"(?:un\s+)?cuarto\s+de\s+", "0.25"),
           (r"tres\s+cuartos\s+de\s+", "0.75")),
    "ru": ((r"полтор[аы]\s+|полутора\s+", "1.5"), (r"полу(?!тор)", "0.5"), (r"пол-?", "0.5"), (r"четверт[ьи]\s+", "0.25"),
           (r"три\s+четверти\s+", "0.75")),
    "ja": ((r"半(?!分)", "0.5"),),  # (半分 is a half, hardly ever half a minute)
}


@lru_cache(maxsize=None)
def _parts_before_a_unit_re(language: str) -> re.Pattern[str] | None:
    parts = PARTS_BEFORE_A_UNIT.get(language)
    if parts is None or language == "ja":
        return None
    return re.compile(r"(?i)(?<![^\W\d_])(?:" + "|".join(f"(?P<p{index}>{part})" for index, (part, _) in enumerate(parts))
                      + ")")


def said_as_a_part_of_a_unit(number: Number, source: str, source_language: str, target: str,
                             target_language: str) -> bool:
    """ "500 mL" / "un demi-litre", "einen halben Liter", "medio litro"; "250 mL" / "einen Viertelliter";
    "500 metres" / "medio kilómetro": a quantity said as a part of a larger unit, in words (and the
    other way round: "half-litre jars" / "bocaux de 500 ml")."""
    pattern = _parts_before_a_unit_re(target_language)
    source_unit = _unit_at_or_after_its_range(source, number, source_language) if pattern is not None else None
    if source_unit is None:
        return False
    source_kinds = _patterns(source_language).units(source_unit)
    for part in pattern.finditer(target):
        position = part.end()
        if target_language == "de" and target[position:position + 1].islower():  # "Viertelliter"
            target = target[:position] + target[position].upper() + target[position + 1:]
        found = _unit_at(target, position, position, target_language, inside=False)
        if found is None:
            continue
        share = Decimal(PARTS_BEFORE_A_UNIT[target_language][int(part.lastgroup[1:])][1])
        # (The same unit too: "0.5 cm" / "un demi-centimètre", "medio centímetro", "полсантиметра".)
        if any(number.value == share if source_kind == target_kind else _one_quantity(number.value, source_kind, share,
                                                                                      target_kind)
               for source_kind, target_kind in product(source_kinds, _patterns(target_language).units(found))):
            return True
    return False


# ("rounded up to the nearest £1" / "à la livre supérieure", "auf das nächste volle Pfund".)
_EACH_BEFORE_RE = re.compile(r"(?i)\b(?:every|each|per|nearest)\s+$")


def one_said_by_its_unit(number: Number, source: str, target: str, target_language: str) -> bool:
    """ "1 point for every €1 spent" / "pour chaque euro dépensé", "for every 1°C" / "pro Grad": one of
    a currency or a unit after "every", "each", "per" or "nearest", said by the unit's name alone; in
    Russian, one of a measure said by its unit's singular ("1 litre of water" / "литром воды") or
    before a noun by the unit's adjective ("1-litre jars" / "литровые банки")."""
    if number.value != 1:
        return False
    if target_language in _ONE_OF_A_UNIT_SAID and _said_by_its_unit_alone(number, source, target, target_language):
        return True
    if target_language == "ru" and (adjective := _ONE_UNIT_ADJECTIVE_RE.match(source, number.end)) is not None:
        stem = _RUSSIAN_UNIT_ADJECTIVES[adjective.group("unit").lower().rstrip("s")]
        return re.search(rf"(?i)(?<![^\W\d_]){stem}(?:ый|ая|ое|ые|ых|ую|ой|ом|ыми|ого|ому)(?![^\W\d_])",
                         target) is not None
    currency = _CURRENCY_BEFORE.get(source[number.start - 1:number.start]) if number.start > 0 else None
    if currency is not None:
        units, start = {currency}, number.start - 1
    else:
        found = _unit_at(source, number.start, number.end, "en", inside=False)
        units, start = (_patterns("en").units(found) if found is not None else set()), number.start
    if not units or _EACH_BEFORE_RE.search(source, 0, start) is None:
        return False
    # (A symbol of every language too, "pour chaque kWh", but not a lone letter, "h", "m".)
    forms = [form for unit in units
             for form in (_UNITS[unit][1].get(target_language, "").split()
                          + [symbol for symbol in _UNITS[unit][1].get("any", "").split() if len(symbol) > 1])]
    return any(re.search(r"(?i)(?<![^\W\d_])" + form.replace("_", r"\s") + r"(?![^\W\d_])", target) for form in forms)


# One of a measure said by its unit after an article ("1 litre" / "un litre", "einen Liter", "un
# kilo"), or in Russian by the unit's singular alone: "in 1 litre of water" / "литром воды", "1 kg of
# flour" / "килограмм муки" (each unit's stem and singular endings).
_ONE_ARTICLES = {"fr": "une?|le|la", "es": "una?|uno", "de": "ein(?:e[nmrs]?)?"}  # ("sous le kilomètre")
_ONE_OF_A_UNIT_SAID = frozenset({"ru", *_ONE_ARTICLES})
_RUSSIAN_SINGULARS = {"litre": ("литр", "|а|у|ом|е"), "kilogram": ("килограмм", "|а|у|ом|е"), "gram": ("грамм", "|а|у|ом|е"),
                      "metre": ("метр", "|а|у|ом|е"), "kilometre": ("километр", "|а|у|ом|е"),
                      "centimetre": ("сантиметр", "|а|у|ом|е"), "tonne": ("тонн", "а|у|ы|ой|е")}
_RUSSIAN_SINGULAR_RES = {unit: re.compile(rf"(?i)(?<![^\W\d_])(?<!\d[\x20\u00a0]){stem}(?:{endings})(?![^\W\d_])")
                         for unit, (stem, endings) in _RUSSIAN_SINGULARS.items()}


def _said_by_its_unit_alone(number: Number, source: str, target: str, language: str) -> bool:
    found = _unit_at(source, number.start, number.end, "en", inside=False)
    if found is None or re.search(r"(?<![\d.,])1(?![\d.,])", target):
        return False
    if language == "ru":
        return any(unit in _RUSSIAN_SINGULAR_RES and _RUSSIAN_SINGULAR_RES[unit].search(target) is not None
                   and not _number_word_before(target, _RUSSIAN_SINGULAR_RES[unit].search(target).start())
                   for unit in _patterns("en").units(found))
    # (Not where the source says one of that unit with its own article: "A full day ... '1 day'" /
    # "Un día completo ... 'día'".)
    return any(_said_after(_ONE_ARTICLES[language], _UNITS[unit][1].get(language, ""), target)
               and not _said_after("an?|one", _UNITS[unit][1].get("en", ""), source, adjective=True)
               for unit in _patterns("en").units(found))


def _said_after(articles: str, forms: str, text: str, adjective: bool = False) -> bool:
    """One of the unit's forms right after an article (or, with `adjective`, a word after it: "a full day")."""
    between = r"[\x20\u00a0]+(?:[^\W\d_]+[\x20\u00a0]+)?" if adjective else r"[\x20\u00a0]+"
    return any(re.search(rf"(?i)(?<![^\W\d_])(?:{articles}){between}(?:{form.replace('_', r'[ ]')})(?![^\W\d_])",
                         text) for form in forms.split())


_WORD_BEFORE_RE = re.compile(r"([^\W_]+)[\x20\u00a0-]*$")


def _number_word_before(text: str, start: int) -> bool:
    """A count right before a Russian unit: digits, a cardinal ("двух литров") or a half ("пол", "полтора")."""
    before = _WORD_BEFORE_RE.search(text, max(0, start - 24), start)
    if before is None:
        return False
    word = before.group(1)
    return word[0].isdigit() or word.lower() in ("пол", "полтора", "полутора") or is_a_russian_cardinal(word)


# A unit of one before a noun ("1-litre jars", "1 kg bags") and the stem of its Russian adjective.
_RUSSIAN_UNIT_ADJECTIVES = {"litre": "литров", "liter": "литров", "kilo": "килограммов", "kilogram": "килограммов",
                            "kg": "килограммов", "metre": "метров", "meter": "метров", "hour": "часов",
                            "minute": "минутн"}
_ONE_UNIT_ADJECTIVE_RE = re.compile(r"(?i)[-\x20\u00a0](?P<unit>" + "|".join(_RUSSIAN_UNIT_ADJECTIVES)
                                    + r")[-\x20\u00a0][^\W\d_]")
_RANGE_END_RE = re.compile(r"(?:[\x20\u00a0\u202f]?[-–—~〜～×][\x20\u00a0\u202f]?|[\x20\u00a0\u202f](?:to|à|bis|a|al|до|и|and|et|und|y)"
                           r"[\x20\u00a0\u202f])(?P<end>\d[\d.,]*)")


def _unit_at_or_after_its_range(text: str, number: Number, language: str) -> re.Match[str] | None:
    """The unit after `number`, or after the end of the range or size it starts ("28–31 °C", "210 ×
    297 mm")."""
    unit = _unit_at(text, number.start, number.end, language)
    if unit is None and (end := _RANGE_END_RE.match(text, number.end)) is not None:
        unit = _unit_at(text, end.start("end"), end.end("end"), language)
    return unit


def _unit_after_its_number(text: str, number: Number, language: str) -> re.Match[str] | None:
    """The unit after a number or its range, or after an adjective between ("24.2 effective
    megapixels", "los 3 últimos años")."""
    found = _unit_at_or_after_its_range(text, number, language)
    if found is None and language in _ADJECTIVE_BEFORE_A_UNIT:
        adjective = _ADJECTIVE_BEFORE_A_UNIT[language].match(text, number.end)
        found = _unit_at(text, adjective.end(), adjective.end(), language) if adjective else None
    return found


def same_quantity(source_number: Number, source: str, source_language: str,
                  target_number: Number, target: str, target_language: str) -> bool:
    """Whether two different numbers, each before a unit, are one quantity in two units: "14 days"
    / "2 Wochen", "48 hours" / "2 jours", "5 miles" / "8 km", "an hour and a half" / "90 minutes"."""
    source_unit = _unit_after_its_number(source, source_number, source_language)
    if source_unit is None and target_number.value == source_number.value * 100:
        return _said_in_cents(source_number, source, target_number, target, target_language)
    target_unit = _unit_after_its_number(target, target_number, target_language) if source_unit is not None else None
    if target_unit is None:
        return False
    return any(_one_quantity(_value_before_its_unit(source, source_number), source_kind,
                             _value_before_its_unit(target, target_number), target_kind)
               for source_kind, target_kind in product(
                   _as_speed(_patterns(source_language).units(source_unit), source, source_number.start),
                   _as_speed(_patterns(target_language).units(target_unit), target, target_number.start)))


_NUMERATOR_BEFORE_RE = re.compile(r"(?<![\d/.,])(\d{1,3})/$")


def _value_before_its_unit(text: str, number: Number) -> Decimal:
    """The number's value, or the fraction's whose denominator it is: "4/32 inch" is an eighth of an inch."""
    numerator = _NUMERATOR_BEFORE_RE.search(text, max(0, number.start - 4), number.start)
    if numerator is None or not number.value:
        return number.value
    return Decimal(numerator.group(1)) / number.value


# The currencies whose hundredth is a cent ("€0.35" / "35 centimes", "$0.99" / "99 центов").
_OF_CENTS = frozenset({"euro", "dollar"})


def _said_in_cents(source_number: Number, source: str, target_number: Number, target: str, target_language: str) -> bool:
    """ "€0.35" / "35 centimes", "35 Cent": an amount before which the source writes a currency of cents,
    said in cents."""
    before = _CURRENCY_JUST_BEFORE_RE.search(source, max(0, source_number.start - 4), source_number.start)
    if before is None or _CURRENCY_BEFORE[before.group().strip(" \u00a0\u202f")] not in _OF_CENTS:
        return False
    found = _unit_at(target, target_number.start, target_number.end, target_language, inside=False)
    return found is not None and "cent" in _patterns(target_language).units(found)


def warm(language: str) -> None:
    """Build now the patterns of `language`'s numbers with units (see compare.warm)."""
    _patterns(language)
    _placeholder_unit_re(language)
    _parts_before_a_unit_re(language)
    if language in _BETWEEN_NUMBER_AND_UNIT:
        _between_re(language)


# A unit the source names as a label, with no number: "Size in GB", "Timeout (ms)", "in milliseconds",
# "the number of seconds".
# The values come later or elsewhere ("Default: 25"), so a translation that names another unit of that
# dimension ("in MB", "(秒)") changes them all.
_LABEL_BEFORE_RE = re.compile(r"(?i)(?:(?P<in>(?<![\w-])(?:in|number\s+of))|[(\[]|,)[\x20\u00a0]*(?=[^\W\d_])")
_LABEL_AFTER_RE = re.compile(r"[\x20\u00a0]*(?:[)\].,;:]|$)")
# The dimensions whose units a label names without ambiguity, and the units whose short symbols say
# other things ("in s", "(m)").
_LABEL_DIMENSIONS = frozenset({"data", "time", "length", "mass", "picture", "frequency", "power", "volume"})
_LABEL_UNITS_NOT = frozenset({"second", "minute", "day", "week", "month", "year", "metre", "gram", "byte", "litre"})


# The cheap test of an English text with no digit: a unit it may name as a label, or a rate ("per hour").
_MAY_LABEL_A_UNIT_RE = re.compile(
    # (One character class first: the engine skips to its characters at C speed.)
    r"(?i)(?=[(\[inp])(?:\(|\[|\bin\s+|\bnumber\s+of\s+|\bper\s+)(?:[KMGTP]i?B\b|[KMGT]b(?:it)?s?\b|bytes?\b|bits?\b|ms\b|[µu]s\b"
    r"|(?:milli|micro|nano)?seconds?\b|minutes?\b|hours?\b|days?\b|weeks?\b|months?\b|years?\b|px\b|pixels?\b"
    r"|[kMG]?Hz\b|k?W\b|kWh\b|k?g\b|kilo(?:gram|met)\w*|(?:centi|milli)?met(?:re|er)s?\b|[kcm]m\b|inch\w*|feet\b"
    r"|miles?\b|lit(?:re|er)s?\b|m[lL]\b|dpi\b|fps\b)")


def may_label_a_unit(text: str) -> bool:
    return _MAY_LABEL_A_UNIT_RE.search(text) is not None


def labelled_units_changed(source: str, target: str, source_language: str,
                           target_language: str) -> tuple[UnitChange, ...]:
    """The unit the source names as a label ("Size in GB") that the translation names as another of
    the same dimension ("Größe in MB"), naming the source's nowhere."""
    if source_language == target_language:
        return ()
    patterns = _patterns(source_language)
    named = in_source = None  # (worked out once, at the first label)
    for before in _LABEL_BEFORE_RE.finditer(source):
        found = patterns.word.match(source, before.end())
        if found is None:
            continue
        units = patterns.units(found)
        if units & _LABEL_UNITS_NOT and found.group().isascii() and len(found.group()) <= 2:
            continue
        if before.group("in") is None and _LABEL_AFTER_RE.match(source, found.end()) is None:
            continue
        dimensions = {_DIMENSION[unit] for unit in units} & _LABEL_DIMENSIONS
        if not dimensions:
            continue
        if named is None:
            named = _units_named(target, target_language)
            # (Not a unit the source names too, with its number: "in bytes ... Example: 20000 = 20KB" / "20KB".)
            in_source = {unit for other_units, _ in _units_named(source, source_language) for unit in other_units}
        if any(other_units & units for other_units, _ in named):
            continue
        changed = next(((other_units, other) for other_units, other in named
                        if {_DIMENSION[unit] for unit in other_units} & dimensions and not other_units & in_source),
                       None)
        if changed is not None:
            return (UnitChange(found.group(), changed[1].group(), tuple(sorted(units)), tuple(sorted(changed[0])),
                               found.start()),)
    return ()


def _units_named(text: str, language: str) -> list[tuple[frozenset[str], re.Match[str]]]:
    """Every unit `text` names, as a word or glued to kana and kanji ("バイト単位", "（秒）")."""
    patterns = _patterns(language)
    if language not in WRITTEN_WITHOUT_SPACES:
        return [(patterns.units(found), found) for found in patterns.word.finditer(text)]
    return [(patterns.units(found), found) for found in patterns.after.finditer(text)
            if found.group().strip() and not (found.start() > 0 and text[found.start() - 1].isascii()
                                              and text[found.start() - 1].isalnum())]
