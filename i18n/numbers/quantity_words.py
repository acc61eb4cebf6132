"""Quantities said in words: multipliers ("twice", "triplé", "zweimal", "вдвое", "2倍"), fractions
("a third", "un quart", "каждый пятый", "3分の1"), approximate counts ("a dozen", "une vingtaine",
"Hunderte", "数百"), ordinals ("third", "segundo", "1st", "второй", "第2") and frequencies
("every two years", "tous les ans", "毎年"), in en, fr, de, es, ru and ja.

Only conflicts are reported: a source quantity of one kind whose value the translation states
nowhere (in words or digits, same kind or not) while it states another value of that kind
("doubled" / "triplé"). A quantity word the translation drops or adds is rephrasing, and is left
alone, as the digit-free words of the rest of the comparison are.

Every pattern reads a word only where it is a quantity: "half" not in "half-open" as a fraction of
something; "second" not as a unit of time; "once", "tiers" (third parties), "Viertel" (a district),
"un cuarto" (a room) are read only in a construction that makes them a number ("le quart
supérieur", "das obere Drittel"), or not at all. When unsure, a word is left out. A word of an
idiom or a type ("double precision", "double-click", "third parties") is read: a translation may
drop it ("des tiers"), never name another value ("triple précision", "an Vierte"). "Half an
hour" is a duration of 30 minutes ("30分").

Pairing is one for one ("first ... second" / "deuxième ... second" leaves 1 against 2), and a
value that only the other text's own quantity words or a number both texts state ("range 1-4")
does not excuse a conflict.

The fast path is a set lookup of the source's words: most texts hold none of these words.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from itertools import product
from typing import Callable, Iterable

from i18n.numbers import bounds, directions
from i18n.numbers.anchors import anchors, finder, ignorecase_key, lowered_for_anchors
from i18n.numbers.dates import month_names_pattern
from i18n.numbers.model import Number, NumberComparison, overlaps
from i18n.numbers.russian_words import ORDINAL_ENDING
from i18n.numbers.symbols import locale_symbols, symbols_to_spaces
from i18n.numbers.time_units import weeks_of_days
from i18n.numbers.units import time_unit_at
from i18n.numbers.words import NOT_SECOND_HAND, japanese_numeral_value

KINDS = ("duration", "fraction", "frequency", "multiplier", "approximate count", "ordinal")

# Approximate counts that are also other words ("la cinquantaine", an age; "en quarantaine").
_APPROXIMATIONS_BEFORE_OF = {
    "fr": "quarantaine:40 quarantaines:40 cinquantaine:50 cinquantaines:50 soixantaine:60 soixantaines:60",
    "es": "treintena:30 cuarentena:40 cincuentena:50",
}

# Cardinal words that may count a multiplier, a fraction's denominator or a frequency's period.
_CARDINALS = {
    "en": "one:1 two:2 three:3 four:4 five:5 six:6 seven:7 eight:8 nine:9 ten:10 eleven:11 twelve:12 thirteen:13"
          " fourteen:14 fifteen:15 sixteen:16 seventeen:17 eighteen:18 nineteen:19 twenty:20 thirty:30 forty:40"
          " fifty:50",
    "fr": "un:1 une:1 deux:2 trois:3 quatre:4 cinq:5 six:6 sept:7 huit:8 neuf:9 dix:10 onze:11 douze:12 treize:13"
          " quatorze:14 quinze:15 seize:16 vingt:20 trente:30 quarante:40 cinquante:50",
    "de": "ein:1 eine:1 einer:1 eins:1 einem:1 zwei:2 drei:3 vier:4 fünf:5 sechs:6 sieben:7 acht:8 neun:9 zehn:10"
          " elf:11 zwölf:12 dreizehn:13 vierzehn:14 fünfzehn:15 sechzehn:16 siebzehn:17 achtzehn:18 neunzehn:19"
          " zwanzig:20 dreißig:30 vierzig:40 fünfzig:50",
    "es": "un:1 uno:1 una:1 dos:2 tres:3 cuatro:4 cinco:5 seis:6 siete:7 ocho:8 nueve:9 diez:10 once:11 doce:12"
          " trece:13 catorce:14 quince:15 dieciséis:16 veinte:20 treinta:30 cuarenta:40 cincuenta:50",
    "ru": "один:1 одна:1 одно:1 одного:1 одной:1 одну:1 два:2 две:2 двух:2 трёх:3 трех:3 три:3 четыре:4"
          " четырёх:4 четырех:4 пять:5 пяти:5 шесть:6 шести:6 семь:7 семи:7 восемь:8 восьми:8 девять:9"
          " девяти:9 десять:10 десяти:10 одиннадцать:11 одиннадцати:11 двенадцать:12 двенадцати:12 двадцать:20"
          " двадцати:20",
}

# Ordinal words, every form; the value is the rank.
_EN_ORDINALS = ("first:1 second:2 third:3 fourth:4 fifth:5 sixth:6 seventh:7 eighth:8 ninth:9 tenth:10"
                " eleventh:11 twelfth:12 thirteenth:13 fourteenth:14 fifteenth:15 sixteenth:16 seventeenth:17"
                " eighteenth:18 nineteenth:19 twentieth:20 thirtieth:30 fortieth:40 fiftieth:50 sixtieth:60"
                " seventieth:70 eightieth:80 ninetieth:90 hundredth:100 thousandth:1000")


def _forms(stems: str, endings: str) -> str:
    """ "втор:2" with endings "ой ая" -> "второй:2 вторая:2"."""
    return " ".join(f"{stem}{ending}:{value}" for stem, value in (item.split(":") for item in stems.split())
                    for ending in endings.split())


_ORDINALS = {
    "en": _EN_ORDINALS,
    "fr": "premier:1 première:1 premiers:1 premières:1 second:2 seconde:2 seconds:2 "
          + _forms("deuxième:2 troisième:3 quatrième:4 cinquième:5 sixième:6 septième:7 huitième:8 neuvième:9"
                   " dixième:10 onzième:11 douzième:12 treizième:13 quatorzième:14 quinzième:15 seizième:16"
                   " dix-septième:17 dix-huitième:18 dix-neuvième:19 vingtième:20 trentième:30 quarantième:40"
                   " cinquantième:50 soixantième:60 soixante-dixième:70 quatre-vingtième:80 quatre-vingt-dixième:90"
                   " centième:100 millième:1000", "_ s").replace("_", ""),
    # "achten" is the verb "to heed": left out.
    "de": _forms("erst:1 zweit:2 dritt:3 viert:4 fünft:5 sechst:6 siebt:7 siebent:7 neunt:9 zehnt:10 elft:11"
                 " zwölft:12 dreizehnt:13 vierzehnt:14 fünfzehnt:15 sechzehnt:16 siebzehnt:17 achtzehnt:18"
                 " neunzehnt:19 zwanzigst:20 dreißigst:30 vierzigst:40 fünfzigst:50 sechzigst:60 siebzigst:70"
                 " achtzigst:80 neunzigst:90 hundertst:100 tausendst:1000", "e er es en em") + " achte:8 achter:8 achtes:8 achtem:8",
    "es": _forms("primer:1 tercer:3", "_ o a os as").replace("_", "") + " "
          + _forms("decimoprimer:11 decimotercer:13", "_ o a os as").replace("_", "") + " "
          + _forms("segund:2 cuart:4 quint:5 sext:6 séptim:7 octav:8 noven:9 décim:10 undécim:11 duodécim:12"
                   " decimosegund:12 decimocuart:14 decimoquint:15 decimosext:16 decimoséptim:17 decimoctav:18"
                   " decimonoven:19 vigésim:20 trigésim:30 cuadragésim:40 quincuagésim:50 sexagésim:60 septuagésim:70"
                   " octogésim:80 nonagésim:90 centésim:100 milésim:1000", "o a"),
    "ru": _forms("перв:1 четвёрт:4 четверт:4 пят:5 девят:9 десят:10", "ый ая ое ые ого ой ую ом ых ым ыми ому")
          + " " + _forms("втор:2 шест:6 седьм:7 восьм:8", "ой ая ое ые ого ую ом ых ым ыми ому") + " "
          + _forms("трет:3", "ий ья ье ьи ьего ьей ью ьем ьих ьим ьими ьему") + " "
          + _forms("одиннадцат:11 двенадцат:12 тринадцат:13 четырнадцат:14 пятнадцат:15 шестнадцат:16"
                   " семнадцат:17 восемнадцат:18 девятнадцат:19 двадцат:20 тридцат:30 пятидесят:50 шестидесят:60"
                   " семидесят:70 восьмидесят:80 девяност:90", "ый ая ое ые ого ой ую ом ых ым ыми ому")
          + " " + _forms("сороков:40", "ой ая ое ые ого ую ом ых ым ыми ому")
          # (Not "сотых", "тысячных": hundredths, thousandths.)
          + " " + _forms("сот:100 тысячн:1000", "ый ая ое ого ой ую ом ому"),
}

# The tens that begin an ordinal of two words: Spanish ordinal tens, apart or joined to the units
# ("vigésima quinta", "vigesimoquinto"), Russian cardinal tens ("двадцать пятый", "тридцать первого").
_COMPOUND_ORDINAL_TENS = {
    "es": _forms("vigésim:20 trigésim:30 cuadragésim:40 quincuagésim:50 sexagésim:60 septuagésim:70 octogésim:80"
                 " nonagésim:90 vigesim:20 trigesim:30 cuadragesim:40 quincuagesim:50 sexagesim:60 septuagesim:70"
                 " octogesim:80 nonagesim:90", "o a"),
    "ru": "двадцать:20 тридцать:30 сорок:40 пятьдесят:50 шестьдесят:60 семьдесят:70 восемьдесят:80 девяносто:90",
}

_HALF_OF_A_UNIT = (r"(?:acre|hectare|day|hour|minute|second|week|month|year|decade|century|mile|kilomet(?:re|er)|met(?:re|er)"
                   r"|lit(?:re|er)|gallon|pint|pound|kilo|inch|foot|cup|teaspoon|tablespoon|ton|tonne|degree|point|size|step|bottle"
                   r"|glass|page|dose|tablet|pill|turn|band|star|mark|grade)")

# A part of a unit glued to it in German: "auf die Achtelsekunde genau", "ein Zehntelmillimeter".
_GERMAN_PARTS_OF_A_UNIT = " ".join(
    f"{part}{unit}:{value}"
    for part, value in (("drittel", "0.3333"), ("viertel", "0.25"), ("dreiviertel", "0.75"), ("fünftel", "0.2"),
                        ("achtel", "0.125"), ("zehntel", "0.1"), ("hundertstel", "0.01"), ("tausendstel", "0.001"))
    for unit in ("sekunde", "sekunden", "millimeter", "millimeters", "zentimeter", "meter", "liter", "liters",
                 "litern", "gramm", "grad", "kilo", "kilogramm", "prozent", "prozentpunkt", "prozentpunkte",
                 "prozentpunkten", "punkt", "punkte", "punkten", "stufe", "stufen", "schritt", "schritten"))

# Fixed words of the other kinds: word -> value; a phrase is matched with any run of spaces.
_FIXED = {
    "en": {
        "multiplier": "twice:2 thrice:3 doubled:2 doubling:2 tripled:3 tripling:3 quadrupled:4 twofold:2"
                      " threefold:3 fourfold:4 fivefold:5 sixfold:6 sevenfold:7 eightfold:8 ninefold:9 tenfold:10"
                      " hundredfold:100 thousandfold:1000 two-fold:2 three-fold:3 four-fold:4 ten-fold:10"
                      " twelvefold:12 fifteenfold:15 twentyfold:20 thirtyfold:30 fortyfold:40 fiftyfold:50"
                      " sixtyfold:60 seventyfold:70 eightyfold:80 ninetyfold:90 five-fold:5 twenty-fold:20"
                      " in_duplicate:2 triplicate:3 quadruplicate:4",
        "fraction": "half:0.5 halves:0.5 halved:0.5 halfway:0.5",
        "approximate count": "dozen:12 dozens:12 several_dozen:12 a_few_dozen:12",
    },
    "fr": {
        "multiplier": "double:2 doubler:2 doublé:2 doublée:2 doublés:2 doublées:2 doublement:2 triple:3"
                      " tripler:3 triplé:3 triplée:3 triplés:3 triplées:3 quadruple:4 quadruplé:4 quadruplée:4"
                      " doublez:2 triplez:3 doublez-la:2 doublez-le:2 doublez-les:2 triplez-la:3 triplez-le:3"
                      " triplez-les:3 doublent:2 triplent:3 quadruplent:4 doublera:2 tripleront:3 doubleront:2"
                      " triplera:3 doublait:2 triplait:3 triplement:3 quadruplement:4",
        "fraction": "moitié:0.5 demi:0.5 demie:0.5",
        "approximate count": "dizaine:10 dizaines:10 douzaine:12 douzaines:12 quinzaine:15 quinzaines:15"
                             " vingtaine:20 vingtaines:20 trentaine:30 trentaines:30 centaine:100 centaines:100"
                             " millier:1000 milliers:1000",
    },
    "de": {
        "multiplier": "zweimal:2 doppelt:2 doppelte:2 doppelten:2 doppelter:2 verdoppelt:2 verdoppeln:2"
                      " verdoppelte:2 zweifach:2 zweifache:2 dreimal:3 dreifach:3 dreifache:3 verdreifacht:3"
                      " verdreifachen:3 viermal:4 vierfach:4 vierfache:4 vervierfacht:4 zehnmal:10 zehnfach:10"
                      " hundertmal:100 hundertfach:100 tausendmal:1000 tausendfach:1000 "
                      # (The verbs' other forms: "verdreifachte sich", "verdoppelten", "vervierfachen".)
                      + _forms("verdoppelt:2 verdreifacht:3 vervierfacht:4 verzehnfacht:10", "e en es er em")
                      + " verdoppelst:2 verdopple:2 verdreifachen:3 vervierfachen:4 verzehnfachen:10 verzehnfacht:10"
                      # ("das Anderthalbfache des Tagespreises": 1.5 times the daily rate.)
                      + " anderthalbfach:1.5 eineinhalbfach:1.5 zweieinhalbfach:2.5 dreieinhalbfach:3.5 "
                      + " anderthalbmal:1.5 eineinhalbmal:1.5 zweieinhalbmal:2.5 dreieinhalbmal:3.5 viereinhalbmal:4.5 "
                      + _forms("anderthalbfach:1.5 eineinhalbfach:1.5 zweieinhalbfach:2.5 dreieinhalbfach:3.5",
                               "e en es er em"),
        "fraction": "hälfte:0.5 halb:0.5 halbe:0.5 halben:0.5 halber:0.5 halbes:0.5 halbiert:0.5 halbieren:0.5"
                    " dreiviertel:0.75 gedrittelt:0.3333 geviertelt:0.25 " + _forms("halbiert:0.5", "e en es er em")
                    + " " + _GERMAN_PARTS_OF_A_UNIT,
        "approximate count": "einige_dutzend:12 mehrere_dutzend:12 dutzend:12 dutzende:12 dutzenden:12 hunderte:100 hunderten:100 tausende:1000"
                             " tausenden:1000",
    },
    "es": {
        "multiplier": "doble:2 dobles:2 duplica:2 duplicar:2 duplicado:2 duplicada:2 duplicó:2 triple:3"
                      " triples:3 triplica:3 triplicar:3 triplicado:3 triplicada:3 triplicó:3 cuádruple:4"
                      " cuadruplica:4 cuadruplicado:4 duplican:2 duplicaba:2 duplicaban:2 duplicaron:2"
                      " duplicará:2 duplicarán:2 triplican:3 triplicaba:3 triplicaban:3 triplicaron:3"
                      " triplicará:3 triplicarán:3 cuadruplicó:4 cuadruplicaba:4 duplicarse:2 triplicarse:3 cuadruplicarse:4"
                      " duplícalo:2 duplícala:2 duplícalos:2 duplícalas:2 duplíquelo:2 duplíquela:2 duplique:2"
                      " triplícalo:3 triplícala:3 triplícalos:3 triplícalas:3 triplíquelo:3 triplíquela:3 triplique:3"
                      # (The subjunctive: "después de que las olas triplicaran la altura prevista".)
                      " dupliquen:2 duplicara:2 duplicaran:2 duplicase:2 duplicasen:2 tripliquen:3 triplicara:3"
                      " triplicaran:3 triplicase:3 triplicasen:3 cuadrupliquen:4 cuadruplicara:4 cuadruplicaran:4"
                      " duplicados:2 duplicadas:2 triplicados:3 triplicadas:3",
        "fraction": "mitad:0.5 tercera_parte:0.3333 terceras_partes:0.3333 cuarta_parte:0.25 cuartas_partes:0.25"
                    " quinta_parte:0.2 décima_parte:0.1",
        "approximate count": "decena:10 decenas:10 docena:12 docenas:12 veintena:20 veintenas:20 centenar:100"
                             " centenares:100 cientos:100 millares:1000 miles:1000",
    },
    "ru": {
        "multiplier": "дважды:2 вдвое:2 удвоить:2 удвоен:2 удвоено:2 удвоена:2 удвоился:2 удвоилось:2"
                      " удвоилась:2 удвоились:2 удвоение:2 удваивает:2 удваивают:2 утраивает:3 утраивают:3 трижды:3"
                      " втрое:3 утроить:3 утроен:3 утроено:3 утроена:3 утроился:3 утроилось:3 утроилась:3 утроились:3 утроение:3 четырежды:4"
                      " удвоит:2 удвоят:2 удвоим:2 удвоил:2 удвоила:2 удвоили:2 утроит:3 утроят:3 утроим:3 утроил:3"
                      " утроила:3 утроили:3"
                      " вчетверо:4 учетверилось:4 учетверилась:4 вдесятеро:10 полуторном:1.5 полуторный:1.5"
                      " полуторная:1.5 полуторного:1.5 полуторную:1.5 "
                      + _forms("удвоенн:2 утроенн:3 учетверённ:4 учетверенн:4", "ый ая ое ые ого ой ую ым ом ыми ых ому")
                      # ("двойную дозу", "тройную": a double, a triple dose.)
                      + " " + _forms("двойн:2 тройн:3", "ой ая ое ые ого ую ым ом ыми ых ому"),
        "fraction": "половина:0.5 половину:0.5 половины:0.5 половиной:0.5 половине:0.5 треть:0.3333"
                    " трети:0.3333 четверть:0.25 четверти:0.25 четвертью:0.25"
                    # ("пятой части веса": a fifth of its weight.)
                    " пятая_часть:0.2 пятую_часть:0.2 пятой_части:0.2 десятая_часть:0.1 десятую_часть:0.1"
                    " десятой_части:0.1",
        "approximate count": "дюжина:12 дюжины:12 дюжину:12 дюжин:12 десяток:10 десятка:10 десятки:10"
                             " десятков:10 десятками:10 десяткам:10 десятках:10 десятком:10 десятке:10 сотни:100 сотен:100 сотнями:100"
                             " сотням:100 сотнях:100 сотня:100 сотню:100 сотней:100",
    },
}

_INTO_PARTS = {"halves": Decimal(2), "thirds": Decimal(3), "quarters": Decimal(4), "fourths": Decimal(4),
               "fifths": Decimal(5), "sixths": Decimal(6), "eighths": Decimal(8), "tenths": Decimal(10)}
_WEEKDAYS_EN = r"mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?"

_FRACTION_NAMES = {  # denominators as nouns, with the numerator before them
    "en": "third:3 thirds:3 quarter:4 quarters:4 fifth:5 fifths:5 tenth:10 tenths:10",
    "fr": "tiers:3 quart:4 quarts:4 cinquième:5 cinquièmes:5 dixième:10 dixièmes:10",
    "de": "drittel:3 viertel:4 fünftel:5 zehntel:10 drittels:3 viertels:4 fünftels:5 zehntels:10 dritteln:3"
          " vierteln:4 fünfteln:5 zehnteln:10",
    "es": "tercio:3 tercios:3 cuarto:4 cuartos:4 quinto:5 quintos:5 décimo:10 décimos:10 décima:10 décimas:10",
    "ru": "трети:3 третей:3 четверти:4 четвертей:4 пятых:5 десятых:10",
}
# What may follow such a fraction in a language where the noun alone is something else ("tiers":
# third parties, "Viertel": a district, "cuarto": a room): "un tiers des", "ein Viertel der".
# The words before a part that make it a fraction, and the parts ("un tiers" alone may be a third
# party, "ein Viertel" a district, "un cuarto" a room).
_BOUNDED_PARTS = {
    "fr": (r"(?:environ|moins|plus|près|presque|quasiment|seulement|seule?|pas\s+plus|au\s+moins|au\s+plus|au\s+maximum"
           r"|au\s+minimum|à\s+peine)\s+(?:d['’]\s*|du\s+)?", r"(?:un|le)\s+|(?<=du\s)",
           "tiers:3 quart:4 cinquième:5 dixième:10"),
    "de": (r"(?:zu|um|etwa|rund|knapp|fast|gut|nur|über|unter|mehr\s+als|weniger\s+als|höchstens|mindestens|maximal"
           r"|ungefähr)\s+", r"(?:ein|einem|eines|einen)\s+", "viertel:4 drittel:3 fünftel:5 zehntel:10"),
    "es": (r"(?:cerca\s+de|alrededor\s+de|más\s+de|menos\s+de|casi|aproximadamente|apenas|como\s+máximo|al\s+menos"
           r"|como\s+mínimo|solo|sólo|solamente|únicamente)\s+", r"(?:un|el)\s+", "cuarto:4 tercio:3 quinto:5 décimo:10"),
}
_FRACTION_AFTER = {
    # ("Un quart" before a comma or a conjunction is a part: "d'environ un quart pour atteindre".)
    # ("dont un tiers", "dont le quart": a part of what was just named.)
    # ("achevée aux trois quarts et devrait": the plural too.)
    "fr": r"(?:(?=\s+(?:de|des|du|d['’]))|(?:(?<=quart)|(?<=quarts))(?=\s*[,.;:!?)]|\s+(?:et|ou|pour|à|en|sur)\b)"
          + "".join(rf"|(?<=dont\s{article}\s{part})" for article in ("un", "le")
                  for part in ("tiers", "quart", "cinquième", "dixième"))
          + r")",
    # ("Drittel", "Fünftel" and "Zehntel", unlike "Viertel", a district, are parts alone.)
    "de": r"(?:(?=\s+(?:der|des|aller|von|so|[dms]ein(?:er|es)|ihr(?:er|es)|unser(?:er|es)|eur(?:er|es)|dies(?:er|es)"
          r"|jede[rs]|davon)\b)|(?<=drittel)|(?<=fünftel)|(?<=zehntel)"
          # ("zwei Viertel", "drei Viertel": a count of parts; "einen viertel Teelöffel", lower case before
          # a noun: an adjective; "Ein Viertel (1/4)", a label's: no district either.)
          + "".join(rf"|(?<={count}\sviertel)" for count in ("zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"))
          + r"|(?-i:(?<=\sviertel)(?=\s+[A-ZÄÖÜ]))|(?<=viertel)(?=\s*(?:\(|$))"
          # ("zu zwei Dritteln gefüllt", "zu drei Vierteln": a count of parts, never a district.)
          + "".join(rf"|(?<={count}\s{part}n)" for count in ("zwei", "drei", "vier") for part in ("drittel", "viertel", "fünftel"))
          # ("auf ein Viertel zurückgegangen": a change's; "ein Viertel größer": a comparison's; "von
          # denen ein Viertel", "gab ein Viertel an": a part of the people or things just named.)
          + r"|(?<=viertel)(?=\s*[,.;:!?)]|\s+(?:und|oder|weniger|mehr|zurück\w*|gesunken|gestiegen|gefallen|geschrumpft"
          r"|gewachsen|reduziert|verringert|gekürzt|gesenkt|erhöht|verkleinert|vergrößert|größer|kleiner|höher"
          r"|niedriger|länger|kürzer|teurer|billiger|günstiger|schneller|langsamer|an(?=\s*[,.;:!?]))\b)"
          + "".join(rf"|(?<={before}\sein\sviertel)" for before in ("von\\sdenen", "davon", "darunter", "gab", "gaben",
                                                                  "sagte", "sagten", "nannte", "nannten"))
          + r")",
    # ("Tercio", unlike "cuarto", a room, is a third alone: "un tercio lo sabe"; so are "décimas",
    # tenths of a unit: "unas tres décimas".)
    "es": r"(?:(?=\s+(?:de|del|menos|más)\b)|(?<=tercio)|(?<=tercios)|(?<=décimas))",
}

# A part named with the side of the whole it is ("top-half", "le quart supérieur"), or as what is
# left ("the remaining quarter", "le tiers restant"): the pattern around the part, and the parts'
# denominators.
_SIDES = {
    "en": r"(?:top|bottom|left|right|upper|lower|remaining)[\s-]+{part}",
    "fr": r"{part}\s+(?:sup[ée]rieur|inf[ée]rieur|haut|bas|gauche|droit|restant)\w*",
    "de": r"(?:ober|unter|link|recht|restlich|verbleibend|übrig|best|schlechtest)e[nrs]?\s+{part}",
    "es": r"{part}\s+(?:superior|inferior|izquierd|derech|restante)\w*",
}
_SIDE_PARTS = {"en": "half:2 third:3 quarter:4", "fr": "moitié:2 tiers:3 quart:4", "de": "Hälfte:2 Drittel:3 Viertel:4",
               "es": "mitad:2 tercio:3 cuarto:4"}

# Parts of an hour said in words, in minutes: "half an hour" is 30 ("30分", "une demi-heure"), not
# a half of something ("half an hour" / "die Hälfte" would be another value).
_DURATIONS = {
    "en": "half an hour:30 half-hour:30 half hour:30 quarter of an hour:15 quarter-hour:15 quarter hour:15"
          " an hour and a half:90 three quarters of an hour:45",
    "fr": "demi-heure:30 demie heure:30 demi heure:30 quart d'heure:15 quart d’heure:15 heure et demie:90"
          " trois quarts d'heure:45 trois quarts d’heure:45",
    "de": "halbe Stunde:30 halben Stunde:30 Viertelstunde:15 Viertelstunden:15 viertel Stunde:15"
          " Dreiviertelstunde:45 anderthalb Stunden:90 eineinhalb Stunden:90"
          " halbstündig:30 halbstündige:30 halbstündigen:30 halbstündiger:30 halbstündiges:30"
          " viertelstündige:15 viertelstündigen:15 viertelstündiger:15 viertelstündiges:15",
    "es": "media hora:30 cuarto de hora:15 hora y media:90 tres cuartos de hora:45",
    "ru": "полчаса:30 получаса:30 получасе:30 получасом:30 четверть часа:15 четверти часа:15 полтора часа:90"
          " полутора часов:90",
}

_UNITS = {
    "en": r"(?:second|minute|hour|day|week|month|year)s?",
    "fr": r"(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans|années?|an)",
    "de": r"(?:Sekunden?|Minuten?|Stunden?|Tage?|Wochen?|Monate?|Jahre?)",
    "es": r"(?:segundos?|minutos?|horas?|días?|semanas?|mes(?:es)?|años?)",
    "ru": r"(?:секунд\w*|минут\w*|час\w*|день|дня|дней|недел\w*|месяц\w*|год\w*|лет)",
}
_ONCE_A_UNIT = {  # "daily", "täglich", "hebdomadaire": every one unit, adverbs and adjectives
    "en": "daily hourly weekly monthly yearly annually",
    "fr": "quotidiennement hebdomadairement mensuellement annuellement quotidien quotidiens quotidienne"
          " quotidiennes hebdomadaire hebdomadaires mensuel mensuels mensuelle mensuelles annuel annuels annuelle"
          " annuelles",
    "de": " ".join(word + ending for word in "täglich stündlich wöchentlich monatlich jährlich".split()
                   for ending in ("", "e", "en", "er", "es", "em")),
    "es": "diariamente semanalmente mensualmente anualmente diario diaria diarios diarias semanal semanales"
          " mensual mensuales anual anuales",
    "ru": "ежедневно ежечасно еженедельно ежемесячно ежегодно",
}

# Nouns after "a third" that make it an ordinal ("a third party", "a third attempt"), not a fraction.
_EN_ORDINAL_NOUNS = ("party|parties|time|place|level|line|column|row|argument|item|field|byte|character|element"
                     "|option|parameter|step|attempt|try|page|tab|offen[cs]e|violation|infringement|breach|warning"
                     "|strike|round|stage|edition|game|match|race|lap|dose|injection|reminder|visit|session|lesson"
                     "|test|exam|generation|wave|phase|floor|prize|copy|version|release|child|person"
                     "|shot|ticket|pair|bag|night|day|week|month|year|drink|meal|ride|room|car|seat|slot|order|booking"
                     "|purchase|payment|instal?lment|set|choice|group|way|method|mode|player|team|candidate|account"
                     "|device|file|folder|server|user|factor|source|sheet|entry|book|volume|album|song|track|term|goal")

# Digits or kanji numerals, not both: "第3四半期" is the 3rd quarter (四半期), not a 3 and a 4.
_JA_NUMERAL = r"(?:[0-9]+|[〇一二三四五六七八九十百千]+)"

_Reader = Callable[[re.Match[str]], "Decimal | None"]


@dataclass(frozen=True)
class _Rule:
    kind: str
    pattern: re.Pattern[str]
    value: _Reader
    # A string (lower case) every match holds, when it is a better anchor than the pattern's own
    # (the noun of "the third time" instead of fourteen ordinals).
    anchor: str | None = None


# "Hundreds of thousands", "des centaines de milliers", "Hunderttausende", "cientos de miles",
# "сотни тысяч": tens, a joiner, a scale.
_COMPOUND_APPROXIMATIONS = {
    "en": ("tens:10 hundreds:100 thousands:1000", "thousands:1000 millions:1000000 billions:1000000000", r"\s+of\s+"),
    "fr": ("dizaines:10 centaines:100 milliers:1000", "milliers:1000 millions:1000000 milliards:1000000000", r"\s+de\s+"),
    "de": ("zehn:10 hundert:100", "tausende:1000 tausenden:1000", ""),
    "es": ("decenas:10 cientos:100 centenares:100 miles:1000", "miles:1000 millones:1000000", r"\s+de\s+"),
    "ru": ("десятки:10 десятков:10 десятками:10 сотни:100 сотен:100 сотнями:100 тысячи:1000 тысяч:1000",
           "тысяч:1000 миллионов:1000000 миллиардов:1000000000", r"\s+"),
}
_COUNTED_DOZENS = {"en": "dozens?", "fr": "douzaines?", "de": "Dutzend(?:e|en)?", "es": "docenas?",
                   "ru": "дюжин[аыу]?"}
# Half a dozen is six, whatever "half" and "dozen" say apart.
# (And the other parts of a round count: "medio centenar" is fifty, "eine Viertelmillion" 250,000.)
_PARTS_OF_ROUND_COUNTS = {"en": "half a dozen:6 half-dozen:6 half dozen:6 half a million:500000 quarter of a million:250000",
                          "fr": "demi-douzaine:6 demi-millier:500 demi-million:500000",
                          "de": "halbes Dutzend:6 halben Dutzend:6 Viertelmillion:250000 halbe Million:500000 halben Million:500000"
                                " Dreiviertelmillion:750000",
                          "es": "media docena:6 medio centenar:50 medio millar:500 medio millón:500000",
                          "ru": "полдюжины:6 пол-дюжины:6 полудюжины:6 полудюжину:6 полсотни:50 полтысячи:500 полмиллиона:500000"}


# Half of a unit said as one word with it: "medio litro", "un demi-litre", "пол-литра" (0.5 l); and half a
# turn, "demi-tour", "media vuelta", "пол-оборота".
# ("medio" alone is as often "average", "demi" a prefix of many words: only before a unit.)
_UNITS_HALVED = {
    "es": r"litros?|kilos?|kilogramos?|metros?|kilómetros?|tazas?|vasos?|cucharadas?|cucharaditas?|botellas?|hectáreas?"
          r"|comprimidos?|pastillas?|raciones?|porciones?|vueltas?",
    "fr": r"litres?|kilos?|kilogrammes?|mètres?|kilomètres?|tasses?|cuillères?|bouteilles?|verres?|hectares?|comprimés?"
          r"|pastilles?|portions?|tours?",
    "ru": r"литра|литр|кило|килограмма|метра|стакана|ложки|бутылки|гектара|таблетки|порции|оборота|оборот",
}
_HALF_BEFORE_A_UNIT = {
    "es": rf"(?<![\w-])medi[oa](?=\s+(?:{_UNITS_HALVED['es']})\b)",
    "fr": rf"(?<![\w-])demi-(?=(?:{_UNITS_HALVED['fr']})\b)",
    "ru": rf"(?<![\w-])пол[-\s]?(?=(?:{_UNITS_HALVED['ru']})(?!\w))",
}


# What "every second ..." counts when it is a frequency, not a share: times, days and the like.
# A rank in digits from the second ("jeder 20.", "каждый 20-й"), and the nouns after which it is a
# day or a time, not one in so many.
_RANK_IN_DIGITS = r"(?:[2-9]|[1-9]\d{1,3})(?!\d)"
_DE_TIME_NOUNS = (r"(?:des\b|im\b|eines\b|Tag|Woche|Monat|Jahr|Stunde|Minute|Sekunde|Mal\b|Januar|Februar|März|April"
                  r"|Mai\b|Juni|Juli|August|September|Oktober|November|Dezember|Montag|Dienstag|Mittwoch|Donnerstag"
                  r"|Freitag|Samstag|Sonntag|Wochenende|Quartal)")
_RU_TIME_NOUNS = r"(?:д[не]|недел|месяц|год|лет|час|минут|секунд|числ|раз\b|квартал|сутк|понедельн|вторн|сред|четверг|пятниц|суббот|воскресен)"
_EN_TIME_NOUNS = (r"(?:second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|time|turn|round"
                  r"|session|shift|cycle|run|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february"
                  r"|march|april|may|june|july|august|september|october|november|december|morning|evening|afternoon"
                  r"|line|row|page|column|word|character|frame|step|iteration|one|other)s?")


def _table(spec: str) -> dict[str, Decimal]:
    """ "треть:0.3333 пятая_часть:0.2" -> {"треть": 0.3333, "пятая часть": 0.2} (an underscore joins two words)."""
    return {word.lower().replace("_", " "): Decimal(value)
            for word, value in (item.rsplit(":", 1) for item in spec.split())}


def _table_of_phrases(spec: str) -> dict[str, Decimal]:
    """ "half an hour:30 quart d'heure:15" -> {"half an hour": 30, "quart d'heure": 15}."""
    return {phrase.strip().lower(): Decimal(value) for phrase, value in re.findall(r"\s*([^:]+):(\d+)", spec)}


def _alternation(words) -> str:
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in sorted(words, key=len, reverse=True))


def _table_key(text: str) -> str:
    """The key of a table's words for what their pattern matched: lower case, and a run of white
    space one space, as `_alternation` lets it be ("media  docena" is "media docena")."""
    key = ignorecase_key(text)
    return key if key.isalpha() else " ".join(key.split())


def _small(language: str, text: str) -> Decimal | None:
    if text.isdigit():
        return Decimal(int(text))
    if _DECIMAL_RE.fullmatch(text):
        return Decimal(text.replace(",", "."))
    if language == "ja":
        return Decimal(japanese_numeral_value(text))
    value = _table(_CARDINALS.get(language, "")).get(_table_key(text))
    return value


def _word_rule(kind: str, table: dict[str, Decimal], before: str = "", after: str = "") -> _Rule:
    pattern = re.compile(rf"(?<![\w-]){before}(?P<w>{_alternation(table)})(?![\w-]){after}", re.IGNORECASE)
    return _Rule(kind, pattern, lambda match: table[_table_key(match.group("w"))])


def _fraction_value(numerator: Decimal | None, denominator: Decimal | None) -> Decimal | None:
    if numerator is None or not denominator or numerator >= denominator:
        return None
    return (numerator / denominator).quantize(Decimal("0.0001"))


def _counted(language: str, kind: str, pattern: str, group: str = "n", numerator: str | None = None,
             minimum: int = 2) -> _Rule:
    """A rule whose value is the small number in group `group` ("three times", "every 2 years"), or a
    fraction numerator/denominator when `numerator` names the group of the numerator."""
    compiled = re.compile(pattern, re.IGNORECASE)

    def value(match: re.Match[str]) -> Decimal | None:
        count = _small(language, match.group(group))
        if numerator is None:
            if count is not None and "and_a_half" in compiled.groupindex and match.group("and_a_half"):
                count += Decimal("0.5")  # "trois fois et demie", "tres veces y media"
            return count if count is not None and count >= minimum else None
        return _fraction_value(_small(language, match.group(numerator)), count)

    return _Rule(kind, compiled, value)


_DECIMAL_RE = re.compile(r"\d+[.,]\d+")


def _number(language: str) -> str:
    return r"(?:\d+|" + _alternation(_table(_CARDINALS[language])) + ")"


# A change by a part ("reduced by a third", "réduit d'un tiers", "um ein Viertel gesunken", "se redujo en
# una cuarta parte", "сократилось на треть"): the part's words, and the verbs of change one must
# follow where the words alone are something else ("d'un tiers": of a third party; "en un cuarto":
# in a room).
_BY_A_PART = {
    "fr": (r"d['’]un\s+(?P<p>tiers|quart|cinquième|dixième)|de\s+(?P<h>moitié)",
           r"rédui|diminu|baiss|augment|accr|chut|recul|progress|grimp|rabatt|raccourc|taill|coup"),
    "de": (r"um\s+(?:ein|die)\s+(?P<p>Drittel|Viertel|Fünftel|Zehntel|(?P<h>Hälfte))", None),
    "es": (r"en\s+una?\s+(?:(?P<p>tercio|cuarto|quinto|décimo)|(?P<q>tercera|cuarta|quinta|décima)\s+parte)"
           r"|(?:a|en|por)\s+la\s+(?P<h>mitad)",
           r"reduj|reduc|disminu|baj|aument|crec|cay|ca[ií]d|subi"),
    "ru": (r"на\s+(?P<p>треть|четверть|пятую|десятую)|(?P<h>наполовину)", None),
}
_PART_VALUES = {"tiers": 3, "quart": 4, "cinquième": 5, "dixième": 10, "drittel": 3, "viertel": 4, "fünftel": 5,
                "zehntel": 10, "tercio": 3, "cuarto": 4, "quinto": 5, "décimo": 10, "tercera": 3, "cuarta": 4,
                "quinta": 5, "décima": 10, "треть": 3, "четверть": 4, "пятую": 5, "десятую": 10}


def _by_a_part_rule(language: str) -> _Rule:
    parts, verbs = _BY_A_PART[language]
    verb_before = re.compile(rf"(?<![\w-])(?:{verbs})\w*(?:\s+[^\s.,;:!?]+){{0,4}}\s+$", re.IGNORECASE) if verbs else None

    def value(match: re.Match[str]) -> Decimal | None:
        if verb_before is not None and verb_before.search(match.string, 0, match.start()) is None:
            return None
        if match.group("h"):
            return Decimal("0.5")
        part = match.group("p") or match.groupdict().get("q")
        return _fraction_value(Decimal(1), Decimal(_PART_VALUES[part.lower()]))

    return _Rule("fraction", re.compile(rf"(?<![\w-])(?:{parts})(?![\w-])", re.IGNORECASE), value)


def small_cardinal_pattern(language: str) -> str:
    """A pattern of a small count in `language`: digits, or one of its cardinal words ("zwei")."""
    return _JA_NUMERAL if language == "ja" else _number(language)


def small_cardinal(language: str, text: str) -> Decimal | None:
    """The value of a small count matched by small_cardinal_pattern."""
    return _small(language, text)


@lru_cache(maxsize=None)
def _ordinal_table(language: str) -> dict[str, Decimal]:
    return _table(_ORDINALS[language]) if language in _ORDINALS else {}


def ordinal_value(language: str, word: str) -> Decimal | None:
    """The rank an ordinal word of `language` says ("third" -> 3), or None."""
    return _ordinal_table(language).get(_table_key(word))


@lru_cache(maxsize=None)
def _rules(language: str) -> tuple[_Rule, ...]:
    """The readers of `language`, in priority order (an earlier rule's span is not read again)."""
    if language == "ja":
        return _japanese_rules()
    if language not in _ORDINALS:
        return ()
    number = _number(language)
    rules: list[_Rule] = []
    if language in _PARTS_OF_ROUND_COUNTS:  # (before "half" is read as a fraction and "dozen" as twelve)
        rules.append(_word_rule("approximate count", _table_of_phrases(_PARTS_OF_ROUND_COUNTS[language])))
    # A count of dozens is their product: "two dozen", "zwei Dutzend", "deux douzaines", "две дюжины".
    rules.append(_Rule("approximate count", re.compile(
        rf"(?<![\w-])(?P<n>{number})\s+(?:{_COUNTED_DOZENS[language]})(?![\w-])", re.IGNORECASE),
        lambda match: None if (count := _small(language, match.group("n"))) is None or count < 2 else count * 12))
    if language == "en":  # "one and a half times": a multiplier of 1.5, not a half
        rules.append(_Rule("multiplier", re.compile(
            rf"(?<![\w-])(?P<n>{number})\s+and\s+a\s+half\s+times(?![\w-])", re.IGNORECASE),
            lambda match: None if (count := _small(language, match.group("n"))) is None else count + Decimal("0.5")))
    if language in _HALF_BEFORE_A_UNIT:
        rules.append(_Rule("fraction", re.compile(_HALF_BEFORE_A_UNIT[language], re.IGNORECASE),
                           lambda match: Decimal("0.5")))
    fixed = _FIXED[language]
    ordinals = _table(_ORDINALS[language])
    names = _table(_FRACTION_NAMES[language])
    after = _FRACTION_AFTER.get(language, "")
    edge, end = r"(?<![\w-])", r"(?![\w-])"
    durations = _table_of_phrases(_DURATIONS[language])
    rules.append(_Rule("duration", _word_rule("duration", durations).pattern,
                       lambda match: durations[_table_key(match.group("w"))],
                       # (German's adjectives, "halbstündig", hold no "stunde": their anchors are the pattern's.)
                       {"en": "hour", "fr": "heure", "de": None, "es": "hora", "ru": "час"}[language]))
    # Fractions: "one in four", "three out of ten", "a third", "two thirds", "every fifth" (ru, de).
    # (A numerator in digits of at most two, a denominator that is no year: "300 of the 450 deputies"
    # is a count, "5 in 2024" no fraction.)
    small = number.replace(r"\d+", r"\d{1,2}(?!\d|[.,]\d)", 1)
    whole = number.replace(r"\d+", r"(?!(?:19|20)\d\d)\d{1,4}(?!\d|[.,]\d)", 1)
    if language == "en":
        # ("9 times out of 10": nine in ten; "4 times in 24 hours", "1 in 3 days": how often, no share.)
        share = _counted(language, "fraction", rf"{edge}(?P<m>{small})\s+(?:times\s+)?(?:in|out\s+of)\s+(?P<n>{whole}){end}",
                         numerator="m")
        rules.append(_Rule(share.kind, share.pattern, lambda match, share=share: None if time_unit_at(
            match.string, match.end(), match.end(), "en") is not None else share.value(match)))
        # "every second household", "every fifth child": one in two, one in five (as "jeder zweite",
        # "каждый пятый"); not "every second day", a frequency, nor "every second" of time.
        # ("every other joist": one in two; "every other time you fill up" too.)
        rules.append(_Rule("fraction", re.compile(
            rf"{edge}every\s+(?P<w>other|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
            rf"(?=\s+time\b|\s+(?!(?:{_EN_TIME_NOUNS})\b)(?!(?:one|ones|time|times|week|weekend|{_WEEKDAYS_EN})\b)[^\W\d_]{{3,}})",
            re.IGNORECASE),
            lambda match: _fraction_value(Decimal(1), ordinals.get(match.group("w").lower(), Decimal(2)))))
        # ("divide into thirds": each part a third.)
        rules.append(_Rule("fraction", re.compile(
            rf"{edge}(?<=into\s)(?P<w>halves|thirds|quarters|fourths|fifths|sixths|eighths|tenths){end}", re.IGNORECASE),
            lambda match: _fraction_value(Decimal(1), _INTO_PARTS[match.group("w").lower()])))
        # ("Save 1/3" / "un tiers", "ein Drittel": a fraction in digits, which the translation may say.)
        rules.append(_counted(language, "fraction", _DIGIT_FRACTION, numerator="m"))
        rules.append(_counted(language, "fraction",
                              rf"{edge}(?P<m>one|two|three|four|five|six|seven|eight|nine|a)[\s-]+(?P<n>{_alternation(names)}){end}"
                              rf"(?!\s+(?:{_EN_ORDINAL_NOUNS}))",
                              numerator="m"))
    elif language == "ru":
        rules.append(_counted(language, "fraction", rf"{edge}(?P<m>{small})\s+из\s+(?P<n>{whole}){end}", numerator="m"))
        rules.append(_Rule("fraction", re.compile(
            rf"{edge}кажд(?:ый|ая|ое|ого|ую|ой|ому|ым|ом)\s+(?P<w>{_alternation(ordinals)}){end}", re.IGNORECASE),
            lambda match: _fraction_value(Decimal(1), ordinals[_table_key(match.group("w"))])))
        # "каждый 20-й пользователь": one in 20 (not "каждый 2-й день", "каждое 15-е число": a day).
        rules.append(_Rule("fraction", re.compile(
            rf"{edge}кажд(?:ый|ая|ое|ого|ую|ой|ому|ым|ом)\s+(?P<d>{_RANK_IN_DIGITS})-(?:й|я|е|го|ю|ой|му|м)"
            rf"(?=\s+(?!{_RU_TIME_NOUNS})[^\W\d_]{{3,}})", re.IGNORECASE),
            lambda match: _fraction_value(Decimal(1), Decimal(match.group("d")))))
        rules.append(_counted(language, "fraction", rf"{edge}(?P<m>{number})\s+(?P<n>{_alternation(names)}){end}",
                              numerator="m"))
    elif language == "de":
        rules.append(_counted(language, "fraction", rf"{edge}(?P<m>{small})\s+von\s+(?P<n>{whole}){end}", numerator="m"))
        rules.append(_Rule("fraction", re.compile(
            rf"{edge}jede[rsnm]?\s+(?P<w>{_alternation(ordinals)}){end}", re.IGNORECASE),
            lambda match: _fraction_value(Decimal(1), ordinals[_table_key(match.group("w"))])))
        # "jeder 20. Nutzer": one in 20 (not "jeden 15. des Monats", "jeden 2. Tag": a day).
        rules.append(_Rule("fraction", re.compile(
            rf"{edge}jede[rsnm]?\s+(?P<d>{_RANK_IN_DIGITS})\.(?=\s+(?!{_DE_TIME_NOUNS})[^\W\d_]{{3,}})", re.IGNORECASE),
            lambda match: _fraction_value(Decimal(1), Decimal(match.group("d")))))
        rules.append(_counted(language, "fraction", rf"{edge}(?P<m>{number}|die|das|den|des|eines|einen)\s+(?P<n>{_alternation(names)}){end}{after}",
                              numerator="m"))
    else:
        article = {"fr": "un|une|le|la|les|au|aux|du", "es": "un|una|el|la|los|las"}[language]
        connector = {"fr": r"sur", "es": r"de\s+cada"}[language]
        rules.append(_counted(language, "fraction", rf"{edge}(?P<m>{small})\s+{connector}\s+(?P<n>{whole}){end}",
                              numerator="m"))
        # ("toutes les deux fois", "cada dos veces": one time in two.)
        every_nth_time = {"fr": rf"{edge}toutes\s+les\s+(?P<n>{whole})\s+fois{end}",
                          "es": rf"{edge}cada\s+(?P<n>{whole})\s+veces{end}"}[language]
        rules.append(_Rule("fraction", re.compile(every_nth_time, re.IGNORECASE),
                           lambda match: _fraction_value(Decimal(1), _small(language, match.group("n")))))
        rules.append(_counted(language, "fraction",
                              rf"{edge}(?P<m>{article}|{number})\s+(?P<n>{_alternation(names)}){end}{after}",
                              numerator="m"))
    rules[-1] = _article_as_one(language, rules[-1])
    if language != "en":  # ("a third" / "1/3 der Plätze": a fraction in digits, as in English)
        rules.append(_counted(language, "fraction", _DIGIT_FRACTION, numerator="m"))
    # One in a number, and a part by its rank: "одна из пяти", "einer von fünf", "une bouteille sur
    # cinq" (a noun between), "una quinta parte", "la tercera parte".
    if language == "ru":
        rules.append(_counted(language, "fraction",
                              rf"{edge}(?P<m>один|одна|одно|одну|одного|одной|1)\s+из\s+(?P<n>{number}){end}",
                              numerator="m"))
    elif language == "de":
        # (Any numerator: "vier von fünf Erwachsenen" is 80 %.)
        rules.append(_counted(language, "fraction", rf"{edge}(?P<m>eine[rsm]?|eins|{number})\s+von\s+(?P<n>{number}){end}",
                              numerator="m"))
    elif language == "fr":
        # ("une voiture contrôlée sur quatre", "quatre chances sur dix", "un visiteur du musée sur trois":
        # up to three words between.)
        rules.append(_counted(language, "fraction",
                              rf"{edge}(?P<m>un|une|{number})\s+(?:[^\W\d_]+\s+){{1,3}}sur\s+(?P<n>{number}){end}",
                              numerator="m"))
    elif language == "es":
        ranks = _table("tercera:3 cuarta:4 quinta:5 sexta:6 séptima:7 octava:8 décima:10")
        rules.append(_Rule("fraction", re.compile(
            rf"{edge}(?:una|la)\s+(?P<w>{_alternation(ranks)})\s+parte{end}", re.IGNORECASE),
            lambda match, ranks=ranks: _fraction_value(Decimal(1), ranks[_table_key(match.group("w"))])))
        # "las tres cuartas partes", "dos terceras partes".
        plural_ranks = _table("terceras:3 cuartas:4 quintas:5 sextas:6 séptimas:7 octavas:8 décimas:10")
        rules.append(_Rule("fraction", re.compile(
            rf"{edge}(?P<m>{number})\s+(?P<w>{_alternation(plural_ranks)})\s+partes{end}", re.IGNORECASE),
            lambda match, ranks=plural_ranks: _fraction_value(_small(language, match.group("m")),
                                                              ranks[_table_key(match.group("w"))])))
    # A part after a comparator or an approximation is a fraction, whatever follows it: "d'environ un
    # tiers.", "moins d'un quart ont", "à plus du tiers", "zu einem Viertel", "más de un cuarto".
    if language in _BOUNDED_PARTS:
        lead, article, parts = _BOUNDED_PARTS[language]
        denominators = _table(parts)
        # (The comparator is read before the part, as for any number: the part alone is the fraction.)
        rules.append(_Rule("fraction", re.compile(
            rf"{edge}(?:{lead})(?P<part>(?:{article})(?P<w>{_alternation(denominators)})){end}", re.IGNORECASE),
                           lambda match, denominators=denominators: _fraction_value(
                               Decimal(1), denominators[_table_key(match.group("w"))])))
    # A part of a screen or a page by its side, or what is left: "top-half", "upper third", "le quart
    # supérieur", "das obere Drittel", "el tercio inferior", "the remaining quarter" (the noun alone is
    # read nowhere else: "tiers").
    if language in _SIDES:
        pattern = _SIDES[language]
        parts = _table(_SIDE_PARTS[language])
        rules.append(_Rule("fraction", re.compile(
            rf"{edge}{pattern.format(part='(?P<w>' + _alternation(parts) + ')')}{end}", re.IGNORECASE),
            lambda match: _fraction_value(Decimal(1), parts[_table_key(match.group("w"))])))
    if language in _BY_A_PART:
        rules.append(_by_a_part_rule(language))
    # (Not the half of a multiplier: "trois fois et demie", "tres veces y media".)
    rules.append(_word_rule("fraction", _table(fixed["fraction"]),
                            {"fr": r"(?<!fois\set\s)", "es": r"(?<!veces\sy\s)"}.get(language, "")))
    if language == "en":  # a half of a unit as a compound: "a half-acre lot", "a half-day course"
        rules.append(_Rule("fraction", re.compile(rf"{edge}(?P<part>half)-(?={_HALF_OF_A_UNIT}s?(?![\w-]))",
                                                  re.IGNORECASE), lambda match: Decimal("0.5")))
    # Frequencies: "every two years", "every day", "tous les ans", "alle 2 Jahre", "каждый год".
    rules += _frequency_rules(language, number)
    rules.append(_word_rule("frequency", {word: Decimal(1) for word in _ONCE_A_UNIT[language].split()}))
    # Multipliers: fixed words, and "three times", "3 fois", "dreimal", "tres veces", "три раза".
    rules.append(_word_rule("multiplier", _table(fixed["multiplier"])))
    if language == "en":
        # "may be re-elected once", "only once", "turn them once halfway through", "exchanged once for
        # $12", "go out once and return": a count of one time, which "deux fois" changes ("Once installed", "once a year" are a
        # conjunction and a frequency; "more than once" is "2回以上", a bound; "at once" is now).
        rules.append(_Rule("multiplier", re.compile(
            r"(?<![\w-])(?<!than\s)(?<!least\s)(?<!most\s)(?<!at\s)(?<=[^\W\d_]\s)once(?=\s*(?:[.,;:!?)]|$)"
            r"|\s+(?:only|halfway|during|within|before|after|per|for|free|with|by|and(?!\s+for\s+all))\b)"),
            lambda match: Decimal(1)))
    # "double" / "triple" wherever they stand: before a word ("double space"), alone ("Double"), as
    # the type ("long double", "double precision") and in compounds ("double-click", "double-quote").
    # A translation may drop them ("double quotes" / "guillemets droits"), which is never reported;
    # it may not name another multiplier ("double precision" / "triple précision").
    # English reads them alone too (French has them among its fixed words); both read the first
    # part of a compound ("double-click", "triple-clic"), not of an option ("-mlong-double").
    ending = {"en": r"(?![\w-])|(?=-[^\W\d_])", "fr": r"(?=-[^\W\d_])"}.get(language)
    if ending is not None:
        table = _table("double:2 doubles:2 triple:3 triples:3 quadruple:4")
        rules.append(_Rule("multiplier", re.compile(rf"{edge}(?P<w>{_alternation(table)})(?:{ending})", re.IGNORECASE),
                           lambda match: table[_table_key(match.group("w"))]))
    # "the third time", "zum dritten Mal", "une troisième fois": an ordinal that counts times, which
    # "twice" or "трижды" may translate (see quantity_word_changes).
    time = _TIME_NOUN[language]
    rules.append(_Rule("ordinal", re.compile(rf"{edge}(?P<w>{_alternation(ordinals)})\s+{time}{end}", re.IGNORECASE),
                       lambda match: ordinals[_table_key(match.group("w"))], time.lower()))
    times = {"en": r"times", "fr": r"fois", "de": r"(?:-?mal|\s+Mal)", "es": r"veces", "ru": r"раза?"}[language]
    space = "" if language == "de" else r"\s+"
    # ("2.5-fold", "2,5-mal": the whole number, not its last digit; "9,312 times", "9 312 fois": a
    # count in grouped digits, read by the digit reader, not a multiplier of 9.312 or 312.)
    groups = "".join(sorted(set(",.") & locale_symbols(language).convention.groups))
    grouped = rf"(?!\d{{1,3}}(?:[{groups}]\d{{3}})+(?![\d.,]))" if groups else ""
    multiplier = rf"(?:{grouped}\d+[.,]\d+|{number})"
    after_a_number = r"(?<![\w.,-])(?<!\d\s)"
    and_a_half = {"fr": r"(?P<and_a_half>\s+et\s+demie)?", "es": r"(?P<and_a_half>\s+y\s+media)?"}.get(language, "")
    # (Not a size: "60 mal 30 Meter" is 60 by 30.)
    by = r"(?![\s\u00a0]+\d)" if language == "de" else ""
    rules.append(_counted(language, "multiplier", rf"{after_a_number}(?P<n>{multiplier}){space}{times}{and_a_half}{end}{by}"))
    rules.append(_counted(language, "multiplier", rf"{after_a_number}(?P<n>{multiplier})-?fold{end}" if language == "en"
                          else rf"{after_a_number}(?P<n>{multiplier})-?fach\w*" if language == "de" else r"(?!x)x"))
    # "multiplied by five", "multiplié par plus de quatre", "multiplicado por cinco", "в полтора раза".
    multiplied = {"en": r"multiplied\s+by\s+(?:more\s+than\s+|almost\s+|nearly\s+)?",
                  "fr": r"multipli(?:é|ée|és|ées|er)\s+par\s+(?:plus\s+de\s+|près\s+de\s+|presque\s+)?",
                  "es": r"multiplicad[oa]s?\s+por\s+(?:más\s+de\s+|casi\s+)?"}.get(language)
    if multiplied is not None:
        rules.append(_counted(language, "multiplier", rf"{edge}{multiplied}(?P<n>{multiplier}){end}"))
    # "divided by three", "divise à peu près par trois", "se divide por cuatro": a part, a third.
    divided = {"en": r"divid(?:e|es|ed|ing)\s+(?:roughly\s+|about\s+|almost\s+)?by\s+",
               "fr": r"divis(?:e|es|ent|é|ée|és|ées|er|ait|aient|era|eront)\s+(?:à\s+peu\s+près\s+|environ\s+"
                     r"|presque\s+|quasiment\s+)?par\s+",
               "es": r"divid(?:e|en|ió|ieron|ido|ida|idos|idas|ir)\s+(?:aproximadamente\s+|casi\s+)?(?:por|entre)\s+"}.get(language)
    if divided is not None:
        rules.append(_Rule("fraction", re.compile(rf"{edge}{divided}(?P<n>{number}){end}", re.IGNORECASE),
                           lambda match: _fraction_value(Decimal(1), _small(language, match.group("n")))))
    if language == "ru":
        rules.append(_Rule("multiplier", re.compile(rf"{edge}полтор[аы]\s+раза{end}", re.IGNORECASE),
                           lambda match: Decimal("1.5")))
    # Approximate counts: "hundreds of thousands" (a compound, first), fixed words, and "hundreds of",
    # "des centaines".
    tens, scales, joiner = _COMPOUND_APPROXIMATIONS[language]
    tens, scales = _table(tens), _table(scales)
    rules.append(_Rule("approximate count", re.compile(
        rf"{edge}(?P<a>{_alternation(tens)}){joiner}(?P<b>{_alternation(scales)}){end}", re.IGNORECASE),
        lambda match, tens=tens, scales=scales: (tens[_table_key(match.group("a"))]
                                                 * scales[_table_key(match.group("b"))])))
    rules.append(_word_rule("approximate count", _table(fixed["approximate count"])))
    if language in _APPROXIMATIONS_BEFORE_OF:
        # ("quarantaine" and "cuarentena" are also a quarantine: a count only before "de".)
        rules.append(_word_rule("approximate count", _table(_APPROXIMATIONS_BEFORE_OF[language]),
                                after=r"(?=\s+d(?:e\b|['’]))"))
    if language == "en":
        # ("hundreds of", "hundreds more", "with hundreds added every week"; not "the hundreds digit".)
        rules.append(_word_rule("approximate count", _table("tens:10 hundreds:100 thousands:1000 millions:1000000"
                                                             " billions:1000000000"),
                                after=r"(?=\s+(?:of|more|added|upon|each|every)\b)"))
    # Ordinals of two words, tens and units: "vigésima quinta", "vigesimoquinto", "двадцать пятый".
    if language in _COMPOUND_ORDINAL_TENS:
        tens = _table(_COMPOUND_ORDINAL_TENS[language])
        units = {word: value for word, value in ordinals.items() if 1 <= value <= 9}
        rules.append(_Rule("ordinal", re.compile(
            rf"{edge}(?P<t>{_alternation(tens)})\s*(?P<u>{_alternation(units)}){end}", re.IGNORECASE),
            lambda match, tens=tens, units=units: (tens[_table_key(match.group("t"))]
                                                   + units[_table_key(match.group("u"))])))
    # Ordinals: words, and "1st", "1er", "1.º", "1-й".
    rules.append(_Rule("ordinal", re.compile(rf"{edge}(?P<w>{_alternation(ordinals)}){end}{NOT_SECOND_HAND}",
                                             re.IGNORECASE), _ordinal_reader(language, ordinals)))
    if language == "en":  # ... and the first part of a compound: "third-year students", "second-level domain"
        # (Not "third-party", someone else's.)
        rules.append(_Rule("ordinal", re.compile(rf"{edge}(?P<w>{_alternation(ordinals)})(?=-[^\W\d_])(?!-part(?:y|ies)\b)"
                                                 rf"{NOT_SECOND_HAND}",
                                                 re.IGNORECASE), _ordinal_reader(language, ordinals)))
    digit_ordinal = {"en": r"(?:st|nd|rd|th)", "fr": r"(?:er|re|e|è|ème|ᵉ|ᵉʳ)", "es": r"\.?[ºª]",
                     "ru": ORDINAL_ENDING, "de": r"(?!x)x"}[language]
    # (A day's ordinal before its month is the date's: "le 1er juillet", "the 1st of May", "1-го мая".)
    # ("the 2nd-generation valve": before a compound's hyphen too.)
    rules.append(_counted(language, "ordinal", rf"(?<![\w.,-])(?P<n>\d{{1,3}}){digit_ordinal}(?!\w|-\d)"
                                                rf"(?![\s\u00a0]+(?:of[\s\u00a0]+|de[\s\u00a0]+)?(?:{month_names_pattern(language)}))",
                          minimum=1))
    return tuple(rules)


def _article_as_one(language: str, rule: _Rule) -> _Rule:
    """ "a third", "un quart", "die Hälfte": the article is the numerator 1."""
    articles = {"a", "an", "un", "une", "le", "la", "les", "au", "aux", "du", "el", "los", "las", "die", "das", "den",
                "des", "eines", "einen"}

    def value(match: re.Match[str]) -> Decimal | None:
        numerator = match.group("m")
        count = _small(language, match.group("n")) or _table(_FRACTION_NAMES[language]).get(match.group("n").lower())
        if numerator.lower() in articles:
            return _fraction_value(Decimal(1), count)
        return _fraction_value(_small(language, numerator), count)

    return _Rule(rule.kind, rule.pattern, value)


_RATE_BEFORE_RE = re.compile(r"(?:\d|\b(?:per|each|every|par|chaque|por|cada|medio|micro\w*|milli\w*|nano\w*))"
                             r"[\s\u00a0]*$", re.IGNORECASE)
_ONE_BEFORE_RE = re.compile(r"\b(?:a|an|one|half|un|une|la|cette|una|este|ese|otro)[\s\u00a0]*$", re.IGNORECASE)
_NEXT_WORD_RE = re.compile(r"[\s\u00a0]+([^\W\d_]+)")
# Words after "a second" / "une seconde" that leave it a unit of time ("a second or two", "une seconde et").
_TIME_FOLLOWERS = frozenset("""or and to for of before after later ago in the while then ou et de pour avant après plus
    puis o y para antes después más luego""".split())


def _ordinal_reader(language: str, ordinals: dict[str, Decimal]) -> _Reader:
    """An ordinal word, unless it is a unit of time ("5 seconds", "per second", "une seconde")."""

    def value(match: re.Match[str]) -> Decimal | None:
        word = _table_key(match.group("w"))
        if word.startswith(("second", "segund")):
            text = match.string
            if word in ("seconds", "secondes", "segundos") or text[match.end():match.end() + 1] in ("(", "s"):
                return None
            if _RATE_BEFORE_RE.search(text, 0, match.start()):
                return None
            if _ONE_BEFORE_RE.search(text, 0, match.start()):
                following = _NEXT_WORD_RE.match(text, match.end())  # "a second attempt", not "a second."
                if following is None:
                    return None
                # "a second or two", but "a second or third attempt".
                if following.group(1).lower() in _TIME_FOLLOWERS:
                    after = _NEXT_WORD_RE.match(text, following.end())
                    if after is None or _table_key(after.group(1)) not in ordinals:
                        return None
        return ordinals[word]

    return value


def _frequency_rules(language: str, number: str) -> list[_Rule]:
    units = _UNITS[language]
    edge = r"(?<![\w-])"
    each = {
        "en": r"every",
        "fr": r"(?:tous\s+les|toutes\s+les|chaque)",
        "de": r"(?:alle|jede[rsn]?)",
        "es": r"(?:cada|todos\s+los|todas\s+las)",
        "ru": r"(?:кажд(?:ый|ую|ое|ые|ого|ой|ых)|раз\s+в)",
    }[language]
    other = {"en": r"other|second", "fr": r"(?!x)x", "de": r"zweiten", "es": r"(?!x)x", "ru": r"(?!x)x"}[language]
    compiled = re.compile(rf"{edge}{each}\s+(?:(?P<o>{other})\s+|(?P<n>{number})(?:\s*(?:-|–|to|à|bis|a|до|или|or|ou|o)\s*{number})?\s+)?"
                          rf"(?P<u>{units})(?![\w-])", re.IGNORECASE)

    def value(match: re.Match[str]) -> Decimal | None:
        if match.group("o"):
            return Decimal(2)
        if match.group("n"):
            count = _small(language, match.group("n"))
            return weeks_of_days(count, match.group("u"), language) or count
        return Decimal(1)

    return [_Rule("frequency", compiled, value)]


def _japanese_rules() -> tuple[_Rule, ...]:
    def small(text: str) -> Decimal:
        return _small("ja", text)  # digits, decimals ("2.5倍") or kanji

    def fraction(match: re.Match[str]) -> Decimal | None:
        return _fraction_value(small(match.group("m")), small(match.group("n")))

    def counted(match: re.Match[str]) -> Decimal | None:
        count = small(match.group("n"))
        return count if count > 1 else None

    def fixed(table: dict[str, int]) -> _Reader:
        return lambda match: Decimal(table[match.group()])

    def every_few(match: re.Match[str]) -> Decimal | None:
        """ "7日ごと" is every week, as "every 7 days" is ("7日おき" is every eighth day); a range
        ("7〜10日ごと") is read by its first count, as the other languages' are."""
        count = small(match.group("r") or match.group("n"))
        weeks = weeks_of_days(count, match.group("u"), "ja") if match.group("k") != "おき" else None
        return weeks or (count if count >= 2 else None)

    return (
        _Rule("fraction", re.compile(rf"(?P<n>{_JA_NUMERAL})分の(?P<m>{_JA_NUMERAL})"), fraction),
        # ("3等分": cut into thirds, each a third.)
        _Rule("fraction", re.compile(rf"(?P<n>{_JA_NUMERAL})等分"),
              lambda match: _fraction_value(Decimal(1), small(match.group("n")))),
        # ("4人に1人", "4世帯に1世帯", "10社に3社": one, or three, in so many of the same counter.)
        _Rule("fraction", re.compile(rf"(?P<n>{_JA_NUMERAL})(?P<c>[つ個人]|[\u4e00-\u9fff]{{1,3}}?)に(?P<m>{_JA_NUMERAL})(?P=c)"),
              fraction),
        # ("2回につき1回", "3回に1回", "4回ごとに1回": once in two, three, four times.)
        # ("3回のご来店ごとに1回": once every three visits.)
        # ("1回につき1回": every time, all of them.)
        _Rule("fraction", re.compile(rf"(?P<n>{_JA_NUMERAL})回(?:の[^\d、。]{{1,6}}?)?(?:につき|に|ごとに|毎に)(?P<m>{_JA_NUMERAL})回"),
              lambda match: Decimal(1) if small(match.group("n")) == small(match.group("m")) == 1 else fraction(match)),
        # ("10回中少なくとも9回": nine times in ten.)
        _Rule("fraction", re.compile(rf"(?P<n>{_JA_NUMERAL})回中(?:少なくとも|最低|約|およそ)?(?P<m>{_JA_NUMERAL})回"), fraction),
        # ("半カップ", "半玉", "半回転": half a cup, half a head, half a turn.)
        _Rule("fraction", re.compile(r"半分|半数|半額|半減|(?<![0-9〇一二三四五六七八九十])半(?=カップ|杯|個|枚|玉|片|束|袋|缶|切れ|回転|周)"),
              lambda match: Decimal("0.5")),
        # ("half the buffer" / "バッファーの1/2": a fraction in digits, as in the other languages.)
        _Rule("fraction", re.compile(r"(?<![\d/.,])(?P<m>[1-9])/(?P<n>[2-9]|10)(?![\d/.,])"), fraction),
        _Rule("frequency", re.compile(r"毎(?:秒|分|時間|時|日|週|月|年)|(?<![0-9〇一二三四五六七八九十])(?:日|週|月|年)(?:ごと|毎)"),
              lambda match: Decimal(1)),
        _Rule("frequency", re.compile(rf"(?:(?P<r>{_JA_NUMERAL})[〜～~\-–])?(?P<n>{_JA_NUMERAL})"
                                      rf"(?P<u>秒|分|時間|日|週間|週|か月|ヶ月|カ月|年)(?P<k>ごと|おき|毎)"),
              every_few),
        # (Not the ten of "数十回", some tens of times; "二度" is twice, "25度" a temperature.)
        _Rule("multiplier", re.compile(rf"(?<![0-9.,数第])(?P<n>[0-9]+[.,][0-9]+|{_JA_NUMERAL})(?:倍|回(?!目))"
                                       r"|(?<![0-9.,数〇一二三四五六七八九十])(?P<k>[二三四五六七八九十])度(?!目)"),
              lambda match: counted(match) if match.group("n") else small(match.group("k"))),
        _Rule("multiplier", re.compile(r"(?<![0-9〇一二三四五六七八九十百千])倍(?!精度)|二重|三重"),
              fixed({"倍": 2, "二重": 2, "三重": 3})),
        # ("a double measure" / "ダブルで", "double room" / "ダブルルーム": never "シングル".)
        _Rule("multiplier", re.compile(r"シングル|ダブル|トリプル"), fixed({"シングル": 1, "ダブル": 2, "トリプル": 3})),
        # "数十万" (some hundreds of thousands), "数百万", "数億" first.
        _Rule("approximate count", re.compile(r"数(?P<a>十|百|千)?(?P<b>万|億|兆)"),
              lambda match: Decimal({"十": 10, "百": 100, "千": 1000}.get(match.group("a") or "", 1)
                                    * {"万": 10 ** 4, "億": 10 ** 8, "兆": 10 ** 12}[match.group("b")])),
        _Rule("approximate count", re.compile(r"数十|十数|数百|数千|数万|半ダース|ダース"),
              fixed({"数十": 10, "十数": 12, "数百": 100, "数千": 1000, "数万": 10000, "半ダース": 6, "ダース": 12})),
        # "数件", "数枚", "数人": a few, no dozens.
        _Rule("approximate count", re.compile(r"(?<![0-9〇一二三四五六七八九十百千万])数(?=[件枚個人名本台頭匹社点種カ隻軒羽冊棟基])"),
              lambda match: Decimal(5)),
        # ("3件目", "2台目", "5日目": a counter and 目; "1号車", a train's car by its number. Not "3項目",
        # three items, nor "5科目", "3品目".)
        _Rule("ordinal", re.compile(rf"第(?P<n>{_JA_NUMERAL})|(?P<k>{_JA_NUMERAL})(?:番目|つ目|回目|位|号車"
                                    r"|(?:件|個|人|台|本|枚|日|年|週|杯|軒|曲|冊|周|戦|局|問|度|通|着|泊|名|社|便|組|代"
                                    r"|試合|段|段階|ページ|行|列|か月|ヶ月|カ月|週間|時間|[ァ-ヶー]{2,6})目)"),
              lambda match: small(match.group("n") or match.group("k"))),
        # ("your first ride" / "初回のご乗車", "on the first day" / "初日に".)
        _Rule("ordinal", re.compile(r"最初|初回|初日"), lambda match: Decimal(1)),
    )


# The fast path: words of the source that start one of the readings above.
_TRIGGERS = {
    "en": "twice thrice doubled doubling tripled tripling quadrupled twofold threefold fourfold fivefold sixfold"
          " sevenfold eightfold ninefold tenfold hundredfold thousandfold"
          " double doubles triple triples quadruple fold half halves halved third thirds quarter quarters fifth fifths"
          " tenth tenths dozen dozens tens hundreds thousands millions billions every daily hourly weekly monthly"
          " yearly annually annual quarterly fortnightly times one One 1 first second fourth sixth seventh"
          " eighth ninth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
          " twentieth hundredth divided divides once duplicate triplicate quadruplicate"
          # Compounds of a multiplier, whole (the text is split at spaces only).
          " double-click double-clicks double-clicked double-clicking double-precision double-quote double-quotes"
          " double-quoted double-colon double-byte double-width double-space double-spaced double-sided double-word"
          " double-buffering double-buffered triple-click triple-clicks triple-clicked triple-clicking "
          + " ".join(f"{side}-{part}" for side in "top bottom left right upper lower".split()
                     for part in ("half", "third", "quarter")),
}


# What a word of the text may be split with: punctuation and code quotes ("%<double%>", '"double".').
_PREFIXES = ("", "(", "[", '"', "'", "«", "“", "‘", "%<", "`")
_SUFFIXES = ("", ",", ".", ")", "]", ":", ";", "!", "?", '"', "'", "»", "”", "’", "'s", "’s", "),", ").", '".', '",',
             "'.", "',", "%>", "%>,", "%>.", "`")


@lru_cache(maxsize=None)
def _trigger_vocabulary(language: str) -> frozenset[str]:
    if language not in _TRIGGERS:
        return frozenset()
    # With every word of the fixed tables ("thirtyfold", "dozen").
    words = _TRIGGERS[language].split() + [entry.split(":")[0] for table in _FIXED.get(language, {}).values()
                                           for entry in table.split()]
    words += [word.capitalize() for word in words]
    # 16,000 strings for English: joined at C speed, in half the time of a generator expression.
    return frozenset(map("".join, product(_PREFIXES, words, _SUFFIXES)))


_DIGIT_ORDINAL_RE = re.compile(r"\d(?:st|nd|rd|th)\b")
_DIGIT_FRACTION = r"(?<![\d/.,])(?P<m>[1-9])/(?P<n>[2-9]|10)(?![\d/.,])"
_DIGIT_FRACTION_RE = re.compile(_DIGIT_FRACTION)
# "one" alone is everywhere: it starts a reading only in "one in four", "one out of ten".
_ONE_IN_RE = re.compile(r"\b(?:one|One|1)\s+(?:in|out\s+of)\s")
_ONES = frozenset(map("".join, product(_PREFIXES, ("one", "One", "1"), _SUFFIXES)))
# ... and so many in so many: "three in ten", "8 out of 10".
_SO_MANY_IN_RE = re.compile(r"(?i)\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:times\s+)?(?:in|out\s+of)\s+"
                            r"(?:\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a\s+hundred|hundred)\b")


@lru_cache(maxsize=None)
def quantity_word_test(language: str) -> Callable[[str], bool]:
    """The cheap test run on every source: could a text hold a quantity in words? A set lookup of
    its words; only a text with a digit before "st", "nd", "rd" or "th" meets a regex."""
    vocabulary = _trigger_vocabulary(language)
    if not vocabulary:
        return lambda text: False
    search_ordinal = _DIGIT_ORDINAL_RE.search

    def test(text: str) -> bool:
        words = text.split()
        if vocabulary.isdisjoint(words) and vocabulary.isdisjoint(words := split_words(text, words)):
            if search_ordinal(text) is not None:
                return True
            if "/" in text and _DIGIT_FRACTION_RE.search(text) is not None:
                return True
            if (" in " in text or " out of " in text) and _SO_MANY_IN_RE.search(text) is not None:
                return True
            if "-" not in text and "/" not in text:
                return False
            words = joined_words_apart(text)
            if vocabulary.isdisjoint(words):
                return False
        if _ONES.isdisjoint(words) or not _ONES.issuperset(vocabulary.intersection(words)):
            return True
        return _ONE_IN_RE.search(text) is not None

    return test


# A sign glued before a word, which the vocabularies list in a few forms only ("(two", "«deux",
# "%twice"): the readers see the word after any sign. (A hyphen or a slash: see joined_words_apart.)
_GLUED_PUNCTUATION_RE = re.compile(r"[^\w\s/-][^\W\d_]")


def split_words(text: str, words: list[str] | None = None) -> list[str]:
    """The words of `text` split at spaces (`words`, when the caller has them), and where punctuation
    is glued before a word (":hourly", "[twice"), split at that punctuation too: the readers see
    those words."""
    words = text.split() if words is None else words
    if _GLUED_PUNCTUATION_RE.search(text) is not None:
        return words + symbols_to_spaces(text).split()
    return words


def joined_words_apart(text: str) -> list[str]:
    """The words of `text`, those joined by a hyphen or a slash apart ("double-fork", "First/next")."""
    return text.replace("-", " ").replace("/", " ").split()


def quantity_word_vocabulary(language: str) -> frozenset[str]:
    """The words of `quantity_word_test`: a text split into words none of which is one passes it
    only with an ordinal in digits (see `has_digit_ordinal`); an empty set: the test never passes."""
    return _trigger_vocabulary(language)


def has_digit_ordinal(text: str) -> bool:
    return _DIGIT_ORDINAL_RE.search(text) is not None


def may_have_quantity_words(text: str, language: str) -> bool:
    return quantity_word_test(language)(text)


@lru_cache(maxsize=None)
def _rules_with_anchors(language: str) -> tuple[tuple[_Rule, frozenset[str] | None], ...]:
    """Each rule with the strings one of which its matches contain: most rules are skipped with a
    few substring tests instead of a scan of the text."""
    return tuple((rule, frozenset((rule.anchor,)) if rule.anchor else anchors(rule.pattern)) for rule in _rules(language))


@lru_cache(maxsize=None)
def _rules_with_anchor_tests(language: str) -> tuple[tuple[_Rule, Callable[[str], bool] | None], ...]:
    """_rules_with_anchors with each set's test (anchors.finder) built once, instead of looked up
    rule after rule for every text read (as may_match does)."""
    return tuple((rule, None if found is None else finder(found)) for rule, found in _rules_with_anchors(language))


def warm(language: str) -> None:
    """Build what reading `language`'s quantity words builds on first use (see compare.warm)."""
    quantity_word_test(language)
    _rules_with_anchor_tests(language)


def read_quantity_words(text: str, language: str) -> tuple[Number, ...]:
    """The multipliers, fractions, approximate counts, ordinals and frequencies of `text`."""
    found: list[Number] = []
    taken: list[tuple[int, int]] = []
    lowered = lowered_for_anchors(text)
    for rule, holds_an_anchor in _rules_with_anchor_tests(language):
        if holds_an_anchor is not None and lowered is not None and not holds_an_anchor(lowered):
            continue
        for match in rule.pattern.finditer(text):
            start, end = match.span()
            if match.group().isupper() and len(match.group()) > 2:  # a metavariable: "FIRST", "LAST"
                continue
            if any(start < other_end and end > other_start for other_start, other_end in taken):
                continue
            try:
                value = rule.value(match)
            except KeyError:  # a spelling the pattern matches under IGNORECASE and no table holds: "K" (Kelvin)
                continue
            if value is None:
                continue
            taken.append((start, end))
            if "part" in match.re.groupindex:  # what the words before it only make a quantity
                start, end = match.span("part")
            found.append(Number(value, text[start:end], start, end, rule.kind))
    found.sort(key=lambda number: number.start)
    return tuple(found)


def _agree(kind: str, source: Decimal, target: Decimal) -> bool:
    if kind == "approximate count":  # "a dozen" / "une douzaine", "dozens" / "数十"
        low, high = sorted((source, target))
        # ("A dozen" is twelve, "about a dozen" about twelve: neither is "une dizaine".)
        return low > 0 and high / low < Decimal("1.2")
    return source == target


# Vague plurals: "dozens", "des dizaines", "Dutzende", "decenas", "десятки", "数十" are some tens,
# not "a dozen", "une douzaine", "十数" (a count about its value); "hundreds" are some hundreds.
_VAGUE_PLURALS = frozenset(
    "tens dozens hundreds thousands millions billions dizaines douzaines vingtaines centaines milliers dutzende"
    " dutzenden hunderte hunderten tausende tausenden decenas docenas veintenas centenares cientos millares miles"
    " десятки десятков десятками десяткам десятках дюжин сотни сотен сотнями сотням сотнях тысячи тысяч тысячам"
    " тысячами тысячах".split())


def _vague_plural(item: Number) -> bool:
    first = item.text.split(None, 1)[0].lower() if item.text.strip() else ""
    return (first in _VAGUE_PLURALS or _SOME_DOZENS_RE.match(item.text) is not None or first.endswith(("tausende", "tausenden", "hunderte", "hunderten"))
            or _SOME_TENS_RE.match(item.text) is not None)


_SOME_TENS_RE = re.compile(r"数[十百千万億兆]")
# ("several dozen" / "数十", "des dizaines": some dozens.)
_SOME_DOZENS_RE = re.compile(r"(?i)(?:several|a\s+few|einige|mehrere)\s+(?:dozen|dutzend)")


def _items_agree(kind: str, item: Number, other: Number) -> bool:
    """Two quantity words of `kind` say the same: approximate counts are both vague plurals of one
    order of magnitude ("dozens" / "des dizaines"), or both the same count ("a dozen" / "une
    douzaine")."""
    if kind != "approximate count":
        return _agree(kind, item.value, other.value)
    if _vague_plural(item) != _vague_plural(other):
        return False
    if _vague_plural(item):
        return item.value > 0 and other.value > 0 and item.value.adjusted() == other.value.adjusted()
    return _agree(kind, item.value, other.value)


def _stated(value: Decimal, kind: str, values: set[Decimal]) -> bool:
    """`value` is said by the other text in some form: any number, or a fraction as a percent."""
    if value in values or (kind == "fraction" and (value * 100).quantize(Decimal(1)) in
                           {v.quantize(Decimal(1)) for v in values if v == v.to_integral_value()}):
        return True
    return kind == "approximate count" and any(_agree(kind, value, other) for other in values)


def _free_values(numbers: tuple[Number, ...], items: tuple[Number, ...], kind: str) -> Counter[Decimal]:
    """How many times a text states each value outside its own quantity words (which pairing
    already compared: the "deuxième" of "le deuxième" is no second statement of a 2). An ordinal
    is translated by a number in digits ("the third row" / "la fila 3"), not by a cardinal word
    ("both", "a pair", "deux")."""
    return Counter(number.value for number in numbers if not overlaps(number, items)
                   and not (kind == "ordinal" and number.kind == "word"))


def _said_elsewhere(kind: str, items: tuple[Number, ...], free: Counter[Decimal], own_free: Counter[Decimal]
                    ) -> Counter[Decimal]:
    """The values a text may translate quantity words of `kind` of the other text with, each as
    often as it says it: its quantity words of other kinds ("twice" / "zum zweiten Mal"), and the
    numbers it states more often than the other text does: a number both state ("range 1-4" /
    "plage 1-4") is the translation of that number, not of "first"."""
    said = Counter({value: count - own_free[value] for value, count in free.items() if count > own_free[value]})
    # (A frequency's period of one, "chaque mois", is said by no number: it translates no "first".)
    said.update(item.value for item in items if item.kind != kind and not (item.kind == "frequency" and item.value == 1))
    return said


def _not_said_elsewhere(items: list[Number], kind: str, said: Counter[Decimal], vague_ones_too: bool = False
                        ) -> list[Number]:
    """The items no value of `said` translates, each value spent on one item ("double-decker ...
    twice as many" / "de dos pisos ... el triple": one 2 said, for two)."""
    said = Counter(said)
    left = []
    for item in items:
        if vague_ones_too and _vague_plural(item):
            left.append(item)
        elif said[item.value] > 0:
            said[item.value] -= 1
        elif not _stated(item.value, kind, {value for value, count in said.items() if count > 0}):
            left.append(item)
    return left


# The noun of "the third time" in each language.
_TIME_NOUN = {"en": "time", "fr": "fois", "de": "Mal", "es": "vez", "ru": "раз"}
_TIME_NOUNS = frozenset(noun.lower() for noun in _TIME_NOUN.values())


def _counts_times(item: Number) -> bool:
    """An ordinal read with its noun of times: "the third time", "zum dritten Mal"."""
    return item.kind == "ordinal" and item.text.rsplit(None, 1)[-1].lower() in _TIME_NOUNS


# A frequency over a range ("every two to three years", "tous les deux à trois ans", "alle 2-3
# Jahre") holds its low end as its value: a translation that drops either end is another frequency.
_RANGE_IN_ITEM_RE = re.compile(r"\w\s+(?:to|or|à|ou|bis|oder|a|o|до|или)\s+\w|\w\s*[-–〜～]\s*\w|から")


def _is_range(item: Number) -> bool:
    return item.kind == "frequency" and _RANGE_IN_ITEM_RE.search(item.text) is not None


def _pair_off(kind: str, left_source: list[Number], left_target: list[Number],
              may_pair: Callable[[Number], bool] = lambda item: True, partner_first: bool = False) -> None:
    """Remove from both lists the items that agree in value, one for one. Only items of the target
    list (of the source list with `partner_first`) that `may_pair` accepts are paired."""
    for item in list(left_source):
        if partner_first and not may_pair(item):
            continue
        partner = next((other for other in left_target if (partner_first or may_pair(other))
                        and _items_agree(kind, item, other) and _is_range(item) == _is_range(other)), None)
        if partner is not None:
            left_source.remove(item)
            left_target.remove(partner)


# A multiplier that divides: a word of less right after it ("вдвое меньше", "deux fois moins",
# "zweimal weniger", "dos veces menos") or of cutting right before it ("уменьшена вдвое").
_LESS_AFTER_RE = re.compile(r"(?i).{0,3}?(?:меньш|дешевл|ниже|короч|слабе|реже|медленне|тоньше|мельче|легче|сократ|сокращ"
                            r"|компактне|сниз|сниж|уменьш|seltener|moins|plus\s+(?:petit|court|bas|léger|lent|fin|mince"
                            r"|étroit|compact)|weniger|kleiner|geringer|niedriger|kürzer|dünner|schmaler|leichter|langsamer"
                            r"|kompakter|menos|menor|más\s+(?:fin|delgad|estrech|liger|lent|compact)|less|fewer|smaller"
                            r"|cheaper|lower|shorter|thinner"
                            r"|narrower|lighter|slower|decrease|reduction|drop|fall|decline)")
# (Russian may put the object between: "уменьшило размер образа вдвое", "сократило энергопотребление
# домашних аквариумов примерно вдвое".)
_CUT_BEFORE_RE = re.compile(r"(?i)(?<!\w)(?:(?:уменьш|сократил|сократит|сокращ|снизил|сниж|пада|упад|упал|увар|выпар)\w*"
                            r"(?:\s+[^\W\d][\w-]*){0,5}"
                            r"|divis\w*|geteilt|halbiert"
                            r"|reduced|cut|decreased|fell|fallen|dropped|shrank|shrunk|lowered|divided\s+by)\s+$")
_AND_A_HALF_RE = re.compile(r"(?i)\band\s+a\s+$")


def _divides(item: Number, text: str) -> bool:
    """The multiplier divides rather than multiplies."""
    return (_LESS_AFTER_RE.match(text, item.end, item.end + 20) is not None
            or _CUT_BEFORE_RE.search(text, max(0, item.start - 80), item.start) is not None)


def _agreeing_frequencies(source_items: tuple[Number, ...], target_items: tuple[Number, ...], source: str,
                          target: str, source_language: str,
                          target_language: str) -> tuple[frozenset[Number], frozenset[Number]]:
    """The frequencies among each text's items that agree with one of the other text, as
    frequencies.py reads them ("every two days" / "jeden zweiten Tag", "once a week" / "einmal
    wöchentlich"): they are translated, and pair with nothing else."""
    from i18n.numbers.frequencies import agreeing_spans  # (frequencies counts with this module's cardinals)
    source_spans, target_spans = agreeing_spans(source, target, source_language, target_language)

    def inside(items: tuple[Number, ...], spans: list[tuple[int, int]]) -> frozenset[Number]:
        return frozenset(item for item in items if item.kind == "frequency"
                         and any(item.start < end and item.end > start for start, end in spans))

    return inside(source_items, source_spans), inside(target_items, target_spans)


_AFTER_THE_RE = re.compile(r"(?i)\bafter\s+the\s+$")
_FROM_THE_BEFORE_RE = re.compile(r"(?i)(?:\bab\s+(?:der|dem|den)|\bà\s+partir\s+(?:de\s+la|du)|\ba\s+partir\s+(?:del|de\s+la)"
                                 r"|(?<!\w)начиная\s+с)\s+$")
_FROM_THE_AFTER_RE = re.compile(r"(?:件|回|個|人|枚|本|台|冊|部|点)?(?:目|番目)(?:以降|から)")  # "6件目以降"


def after_one_said_from_the_next(source_number: Number, source_text: str, target_number: Number, target_text: str) -> bool:
    """ "a fee applies to each request after the fifth" / "ab der sechsten Bestellung", "6件目以降"."""
    return (target_number.value == source_number.value + 1
            and _AFTER_THE_RE.search(source_text, max(0, source_number.start - 12), source_number.start) is not None
            and (_FROM_THE_BEFORE_RE.search(target_text, max(0, target_number.start - 20), target_number.start) is not None
                 or _FROM_THE_AFTER_RE.match(target_text, target_number.end) is not None))


def quantity_word_changes(source_items: tuple[Number, ...], target_items: tuple[Number, ...],
                          source_numbers: Callable[[], Iterable[Number]],
                          target_numbers: Callable[[], Iterable[Number]],
                          source_text: str, target_text: str,
                          translated: tuple[frozenset[Number], frozenset[Number]] | None = None
                          ) -> tuple[tuple[Number, Number], ...]:
    """(source, translation) pairs of quantities of one kind whose values conflict; `translated`
    holds items of each side known to agree with the other's, which pair with nothing.

    `source_numbers` / `target_numbers` give every number each text states otherwise (in digits
    or words, words standing in for small numbers included): a value the other text states
    outside its own quantity words of this kind, and more often than this text does, is not a
    conflict. They are costly, and only asked for when a kind is left unpaired on both sides.
    Pairing is by multiset: "first ... second" / "zweite ... zweite" leaves 1 against 2."""
    source_translated, target_translated = translated or (frozenset(), frozenset())
    left = {kind: ([item for item in source_items if item.kind == kind and item not in source_translated],
                   [item for item in target_items if item.kind == kind and item not in target_translated])
            for kind in KINDS}
    turned = _multipliers_turned(*left["multiplier"], source_text, target_text)
    source_ordinals, target_ordinals = left["ordinal"]
    for item in list(source_ordinals):
        partner = next((other for other in target_ordinals
                        if after_one_said_from_the_next(item, source_text, other, target_text)), None)
        if partner is not None:
            source_ordinals.remove(item)
            target_ordinals.remove(partner)
    _firsts_said_up_to_a_rank(source_ordinals, target_ordinals, source_text, target_text)
    for kind, (left_source, left_target) in left.items():
        _pair_off(kind, left_source, left_target)
    # "twice" / "la deuxième fois", "a second time" / "дважды": a count of times is an ordinal that
    # may translate a multiplier, either way; left over, it is compared with the other side's
    # multipliers when that side has no ordinal left to compare it with.
    (source_multipliers, target_multipliers), (source_ordinals, target_ordinals) = left["multiplier"], left["ordinal"]
    _pair_off("multiplier", source_multipliers, target_ordinals, _counts_times)
    _pair_off("multiplier", source_ordinals, target_multipliers, _counts_times, partner_first=True)
    for own, other_ordinals, multipliers, other_multipliers in (
            (source_ordinals, target_ordinals, source_multipliers, target_multipliers),
            (target_ordinals, source_ordinals, target_multipliers, source_multipliers)):
        if other_multipliers and not other_ordinals:
            multipliers += [item for item in own if _counts_times(item)]
            own[:] = [item for item in own if not _counts_times(item)]
    candidates = [(kind, left_source, left_target) for kind, (left_source, left_target) in left.items()
                  if left_source and left_target]
    # A multiplier against a fraction, alone on each side ("twice as long" / "la mitad", "half that" /
    # "doppelt so viel", "a third" / "el triple"): one of them is the other way round. Not a
    # multiplier that divides ("вдвое меньше", "deux fois moins", "halbiert"), nor the half of "one
    # and a half times".
    (source_fractions, target_fractions) = left["fraction"]
    # (Once is no multiple: "turning them once halfway through" / "une fois à mi-cuisson".)
    source_multiples = [item for item in source_multipliers if not _divides(item, source_text) and item.value != 1]
    target_multiples = [item for item in target_multipliers if not _divides(item, target_text) and item.value != 1]
    source_parts = [item for item in source_fractions if not _AND_A_HALF_RE.search(source_text, 0, item.start)
                    and not _every_nth_counted(item, target_multiples)]
    if source_multiples and target_fractions and not target_multipliers and not source_fractions:
        candidates.append(("multiplier", source_multiples, target_fractions))
    elif source_parts and target_multiples and not target_fractions and not source_multipliers:
        candidates.append(("fraction", source_parts, target_multiples))
    divided = _parts_said_as_divisions(source_parts, [item for item in target_multipliers if _divides(item, target_text)],
                                       source_text) if not (target_fractions or source_multipliers) else []
    source_approximations, target_approximations = left["approximate count"]
    lone_approximations = source_approximations if not target_approximations else []
    if not candidates and not lone_approximations and not divided and not turned:
        return ()
    source_stated, target_stated = tuple(source_numbers()), tuple(target_numbers())
    changes = turned + divided + _approximations_said_as_words(lone_approximations, source_stated, target_stated, target_items)
    # (A word of another kind that found its partner translates nothing else: "the third claim ...
    # a double deductible" / "la tercera ... el triple".)
    unpaired_source = tuple(item for items, _ in left.values() for item in items)
    unpaired_target = tuple(item for _, items in left.values() for item in items)
    for kind, left_source, left_target in candidates:
        source_free = _free_values(source_stated, source_items, kind)
        target_free = _free_values(target_stated, target_items, kind)
        in_target = _said_elsewhere(kind, unpaired_target, target_free, source_free)
        in_source = _said_elsewhere(kind, unpaired_source, source_free, target_free)
        left_source = _not_said_elsewhere(left_source, kind, in_target, vague_ones_too=True)
        left_target = _not_said_elsewhere(left_target, kind, in_source)
        changes += zip(left_source, left_target)
    changes.sort(key=lambda pair: pair[0].start)
    return tuple(changes)


_FIRST_COUNT_RE = re.compile(r"(?i)\s+(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b")


def _firsts_said_up_to_a_rank(source_ordinals: list[Number], target_ordinals: list[Number], source_text: str,
                              target_text: str) -> None:
    """ "the first five rows" / "前から5列目まで": the first N, said as up to the N-th rank, taken out
    of both lists."""
    for item in list(source_ordinals):
        count = _FIRST_COUNT_RE.match(source_text, item.end) if item.text.lower() == "first" else None
        if count is None:
            continue
        value = _small("en", count["n"])
        partner = next((other for other in target_ordinals if other.value == value
                        and target_text.startswith("まで", other.end)), None)
        if partner is not None:
            source_ordinals.remove(item)
            target_ordinals.remove(partner)


def _every_nth_counted(part: Number, multiples: list[Number]) -> bool:
    """ "every third visit" / "ご来店3回ごとに": one in three, said as a count of times."""
    return (part.text.lower().startswith("every ") and part.value > 0
            and any(abs(item.value * part.value - 1) < Decimal("0.02") for item in multiples))


def _multipliers_turned(source_multipliers: list[Number], target_multipliers: list[Number], source_text: str,
                        target_text: str) -> list[tuple[Number, Number]]:
    """A multiplier the translation turns the other way, taken out of both lists: "twice as many" /
    "вдвое меньше", "trois fois moins" / "three times more" (every multiplier of that value on the
    other side goes the other way)."""
    turned = []
    def counted(item: Number) -> bool:
        return " " in item.text or any(map(str.isdigit, item.text))

    for item in list(source_multipliers):
        divides = _divides(item, source_text)
        same_value = [other for other in target_multipliers if other.value == item.value]
        # (Two counted multipliers, "4 times larger" / "trois fois moins", are a bound's: see
        # bounds.py; "three times as many" / "втрое меньше" is not.)
        if counted(item) and all(map(counted, same_value)):
            continue
        if same_value and all(_divides(other, target_text) != divides for other in same_value):
            turned.append((item, same_value[0]))
            source_multipliers.remove(item)
            target_multipliers.remove(same_value[0])
    return turned


_BY_BEFORE_RE = re.compile(r"(?i)\bby\s+$")


def _parts_said_as_divisions(parts: list[Number], divisions: list[Number], source_text: str
                             ) -> list[tuple[Number, Number]]:
    """A part of the source against a multiplier that divides, alone on each side: "half the size" is
    "вдвое меньше", "a third less" (two thirds) is not "втрое меньше" (a third)."""
    if len(parts) != 1 or len(divisions) != 1 or divisions[0].value <= 1:
        return []
    part, division = parts[0], divisions[0]
    reduced_by = (_LESS_AFTER_RE.match(source_text, part.end, part.end + 20) is not None
                  or _BY_BEFORE_RE.search(source_text, max(0, part.start - 8), part.start) is not None)
    share = 1 - part.value if reduced_by else part.value
    return [] if abs(share - 1 / division.value) < Decimal("0.02") else [(part, division)]


def _approximations_said_as_words(approximations: list[Number], source_stated: tuple[Number, ...],
                                  target_stated: tuple[Number, ...], target_items: tuple[Number, ...]
                                  ) -> list[tuple[Number, Number]]:
    """An approximate count the translation says as one number in words of another value: "about a
    dozen" / "etwa zwanzig", "около двадцати". (A number in digits it adds is reported as added.)"""
    if not approximations:
        return []
    source_values = Counter(number.value for number in source_stated)
    said = [number for number in target_stated if number.kind == "word" and number.value >= 2
            and not overlaps(number, target_items)]
    unexplained = [number for number in said if Counter(other.value for other in said)[number.value]
                   > source_values[number.value]]
    if len(approximations) != 1 or len(unexplained) != 1:
        return []
    approximation, said_instead = approximations[0], unexplained[0]
    if not _vague_plural(approximation) and _agree("approximate count", approximation.value, said_instead.value):
        return []  # ("dozens" / "двенадцать" is no count of some tens)
    return [(approximation, said_instead)]


def _unpaired(items: tuple[Number, ...], others: tuple[Number, ...]) -> tuple[Number, ...]:
    """`items` less those paired with one of `others` of the same kind and value."""
    left = list(others)
    kept = []
    for item in items:
        partner = next((other for other in left if other.kind == item.kind and _items_agree(item.kind, item, other)),
                       None)
        if partner is None:
            kept.append(item)
        else:
            left.remove(partner)
    return tuple(kept)


def _in_words(items: tuple[Number, ...]) -> tuple[Number, ...]:
    """The quantity words that leave a number unwritten: those without a digit ("duodécima", not
    "5º", which was compared as a number), and the fractions by rank ("jeder 20.", "каждый 20-й":
    the one of one in 20 is in "jeder", not in digits as in "1 von 20")."""
    return tuple(item for item in items if not any(map(str.isdigit, item.text))
                 or item.kind == "fraction" and len(_DIGIT_RUNS_RE.findall(item.text)) == 1)


_DIGIT_RUNS_RE = re.compile(r"\d+")


def _inside_paired(number: Number, items: tuple[Number, ...], others: tuple[Number, ...]) -> bool:
    """A number in digits that is part of a quantity word the other text says too: the "2" of
    "2倍" against "doubled"."""
    return any(overlaps(number, [item]) and item not in _unpaired(items, others) for item in items)


def _without_words_inside_paired(missing: tuple[Number, ...], added: tuple[Number, ...],
                                 source_items: tuple[Number, ...], target_items: tuple[Number, ...],
                                 source_numbers: Callable[[], Iterable[Number]],
                                 target_numbers: Callable[[], Iterable[Number]]
                                 ) -> tuple[tuple[Number, ...], tuple[Number, ...]]:
    """`missing` and `added` less the numbers that a word inside a paired quantity word was taken
    for: in "three times that for 3 axles" / "втрое больше ... с тремя осями", "three" of "three
    times" pairs with "тремя", leaving "3" missing, though each text says 3 once outside its
    quantity words."""
    source_paired = [item for item in source_items if item not in _unpaired(source_items, target_items)]
    target_paired = [item for item in target_items if item not in _unpaired(target_items, source_items)]
    if not source_paired or not target_paired:
        return missing, added
    source_stated, target_stated = tuple(source_numbers()), tuple(target_numbers())

    def inside(items: list[Number], stated: tuple[Number, ...]) -> set[Decimal]:
        return {item.value for item in items
                if any(number.kind == "word" and number.value == item.value and overlaps(number, [item])
                       for number in stated)}

    def free(stated: tuple[Number, ...], items: tuple[Number, ...]) -> Counter:
        return Counter(number.value for number in stated if not overlaps(number, items))

    source_free, target_free = free(source_stated, source_items), free(target_stated, target_items)
    return (_left_over(missing, inside(source_paired, source_stated), source_free - target_free),
            _left_over(added, inside(target_paired, target_stated), target_free - source_free))


def _left_over(numbers: tuple[Number, ...], values: set[Decimal], excess: Counter) -> tuple[Number, ...]:
    """`numbers` less those of `values` beyond what `excess` counts of their value."""
    kept, allowed = [], Counter(excess)
    for number in numbers:
        if number.value not in values:
            kept.append(number)
        elif allowed[number.value] > 0:
            allowed[number.value] -= 1
            kept.append(number)
    return tuple(kept)


def _inside_a_share_said_as_a_percent(number: Number, items: tuple[Number, ...],
                                      other_numbers: Callable[[], Iterable[Number]]) -> bool:
    """The 1 of "1 in 10" that the translation says as "10 %"."""
    shares = [item for item in items if item.kind == "fraction" and overlaps(number, [item])]
    if not shares:
        return False
    percents = {other.value for other in other_numbers() if other.kind == "percent"}
    return any((share.value * 100).quantize(Decimal(1)) in percents for share in shares)


def _part_of_said(part: Number, other: Number, items: tuple[Number, ...]) -> bool:
    """`part` is a word inside a quantity word that `other` says: "five" of "one in five" / "20 %",
    "fifth" of "a fifth" / "20 %", and "1" of "1 in 4" / "25 %"."""
    return ((part.kind in ("word", "ordinal") and part.text[:1].isalpha() or other.kind == "percent")
            and _said_by(other, tuple(item for item in items if overlaps(part, [item]))))


def _said_by(number: Number, items: tuple[Number, ...]) -> bool:
    """A number in digits the other text says in words: "2 fois" / "twice", "50 %" / "half"."""
    for item in items:
        # (An approximate count said in digits is its value: "a dozen eggs" / "卵10個" is ten.)
        if item.value == number.value if item.kind == "approximate count" else _agree(item.kind, item.value, number.value):
            return True
        if item.kind == "fraction" and number.kind == "percent" and number.value == (item.value * 100).quantize(Decimal(1)):
            return True
    return False


_TIMES_AFTER_RE = re.compile(r"[\x20\u00a0]?(?:times\b|×|x\b)")


def _missing_said_in_words(comparison: NumberComparison, source: str, target: str,
                           target_language: str) -> NumberComparison:
    """`comparison` without the source's numbers the translation says as an approximate count or a
    fraction in words: "some 40 sites" / "une quarantaine de sites", "50 %" / "la moitié"; and a
    multiplier in digits said as one in words ("1,000 times" / "tausendmal"); a decimal said as a
    part whose numerator was paired with it ("0.3" / "tres décimas"), or a count of dozens whose
    count was ("24" / "zwei Dutzend")."""
    if not comparison.missing and not any(old.value < 1 <= new.value or new.kind == "word" for old, new in comparison.changed):
        return comparison
    # Only counts and parts: an ordinal or a multiplier in words translates a word of the source
    # ("second axis" / "deuxième axe"), and a quantity word with digits ("2-й") had them compared.
    items = _in_words(read_quantity_words(target, target_language))
    in_words = tuple(item for item in items if item.kind in ("approximate count", "fraction"))
    multipliers = tuple(item for item in items if item.kind == "multiplier")
    # ("a 30-minute ride" / "eine halbstündige Fahrt": a length in minutes said as a word.)
    durations = tuple(item for item in items if item.kind == "duration")
    missing = tuple(number for number in comparison.missing if not _said_by(number, in_words) and not (
        multipliers and _TIMES_AFTER_RE.match(source, number.end) and _said_by(number, multipliers)) and not (
        durations and _MINUTES_AFTER_RE.match(source, number.end) and _said_by(number, durations)))
    # (... and the count of a count of dozens: "24 cookies" / "zwei Dutzend Kekse".)
    changed = tuple(pair for pair in comparison.changed if not overlaps(
        pair[1], [item for item in in_words if _agree(item.kind, item.value, pair[0].value)
                  and (item.kind == "fraction") == (pair[0].value < 1)]))
    if missing == comparison.missing and changed == comparison.changed:
        return comparison
    return replace(comparison, missing=missing, changed=changed)


_MINUTES_AFTER_RE = re.compile(r"[\s\u00a0-]?min(?:ute)?s?\b", re.IGNORECASE)


def _percents_said_as_multiples(comparison: NumberComparison, source_items: tuple[Number, ...],
                                target_items: tuple[Number, ...]) -> NumberComparison:
    """`comparison` without a percent of 100 or more that the translation says as its multiple: "150%
    of the daily rate" / "das Anderthalbfache des Tagessatzes", "1日料金の1.5倍" (a multiple the source
    says itself, "double pay, i.e. 200%", answers for no percent)."""
    said_by_source = Counter(item.value for item in source_items if item.kind == "multiplier")
    multiples = []
    for item in target_items:
        if item.kind == "multiplier":
            if said_by_source[item.value] > 0:
                said_by_source[item.value] -= 1
            else:
                multiples.append(item)
    said = {number.value for number in comparison.missing + tuple(old for old, _ in comparison.changed)
            if number.kind == "percent" and number.value >= 100
            and any(item.value * 100 == number.value for item in multiples)}
    if not said:
        return comparison
    multiple_items = [item for item in multiples if item.value * 100 in said]
    return replace(
        comparison,
        missing=tuple(number for number in comparison.missing if not (number.kind == "percent" and number.value in said)),
        added=tuple(number for number in comparison.added if not any(
            number.value * 100 in said and number.start >= item.start and number.end <= item.end for item in multiple_items)),
        changed=tuple(pair for pair in comparison.changed if not (pair[0].kind == "percent" and pair[0].value in said)))


def _percents_made_multipliers(comparison: NumberComparison, source_numbers: Callable[[], Iterable[Number]],
                               target_numbers: Callable[[], Iterable[Number]], source_items: tuple[Number, ...],
                               target_items: tuple[Number, ...]) -> NumberComparison:
    """`comparison` with a percent of the source that the translation makes a multiplier of the same
    digits as a changed number: "reduced by 40%" / "в 40 раз" (forty times), "by 3%" / "3倍"; only
    where the translation says that value as a percent less often, and as a multiplier more often,
    than the source ("3 times faster and 3% cheaper" / "в 3 раза быстрее и на 3 % дешевле")."""
    def multipliers(items: tuple[Number, ...]) -> Counter:
        return Counter(item.value for item in items if item.kind == "multiplier")

    extra = multipliers(target_items) - multipliers(source_items)
    if not extra:
        return comparison
    source_percents = [number for number in source_numbers() if number.kind == "percent"]
    target_percents = Counter(number.value for number in target_numbers() if number.kind == "percent")
    made = []
    for percent in source_percents:
        if extra[percent.value] > 0 and target_percents[percent.value] < sum(
                1 for other in source_percents if other.value == percent.value):
            item = next(item for item in target_items if item.kind == "multiplier" and item.value == percent.value)
            made.append((percent, item))
            extra[percent.value] -= 1
    if not made:
        return comparison
    return replace(comparison, changed=tuple(sorted(comparison.changed + tuple(made), key=lambda pair: pair[0].start)))


def _percents_said_as_fractions(comparison: NumberComparison, target: str, target_language: str) -> NumberComparison:
    """`comparison` without a percent of the source that a fraction written with digits says in
    the translation, and without that fraction's digits: "75%" / "4分の3", "25 %" / "1/4"."""
    if not comparison.changed or not any(old.kind == "percent" for old, _ in comparison.changed):
        return comparison
    fractions = [item for item in read_quantity_words(target, target_language) if item.kind == "fraction"]
    said = [item for item in fractions if any(old.kind == "percent" and _said_by(old, (item,))
                                              and overlaps(new, [item]) for old, new in comparison.changed)]
    if not said:
        return comparison
    return replace(comparison,
                   changed=tuple(pair for pair in comparison.changed
                                 if not (pair[0].kind == "percent" and any(overlaps(pair[1], [item]) and
                                                                            _said_by(pair[0], (item,)) for item in said))),
                   added=tuple(number for number in comparison.added if not overlaps(number, said)))


_PERCENT_RE = re.compile(r"\d[\x20\u00a0\u202f]?%")
# A percent after its number, by sign or word ("80 %", "80 Prozent", "80 pour cent", "8割").
_PERCENT_AFTER_RE = re.compile(r"(?i)[\x20\u00a0\u202f]?(?:[%％]|割|prozent|pour[\x20\u00a0-]?cent|por[\x20\u00a0]ciento"
                               r"|процент\w*|パーセント)")


# A share rounded to the nearest ten per cent ("one in three" / "約3割") is within this many points.
_ROUNDED_SHARE_POINTS = Decimal(4)
_APPROXIMATE_BEFORE_A_SHARE_RE = re.compile(r"(?i)(?:約|およそ|おおよそ|ほぼ|(?<![\w-])(?:environ|près\s+de|etwa|rund|ungefähr|circa|ca\.|fast"
                                            r"|alrededor\s+del?|aproximadamente|casi|cerca\s+del?|примерно|около|почти"
                                            r"|приблизительно))[\x20\u00a0]*$")


def _fractions_said_as_percents(comparison: NumberComparison, source: str, target: str, source_language: str,
                                target_numbers: Callable[[], Iterable[Number]]) -> NumberComparison:
    """`comparison` without a part of the source that the translation says as a percent, and
    without its numbers: "Eight out of ten" / "80 %", "three in ten" / "3割"."""
    fractions = [item for item in read_quantity_words(source, source_language)
                 if item.kind == "fraction" and 0 < item.value < 1]
    if not fractions:
        return comparison
    percents = [number for number in target_numbers()
                if number.kind == "percent" or _PERCENT_AFTER_RE.match(target, number.end) is not None]
    said = {}
    for fraction in fractions:
        percent = next((number for number in percents if number not in said.values()
                        and abs(number.value - fraction.value * 100) < Decimal("0.5")), None)
        if percent is None:
            # "About one in three" / "約3割": a rounded share, said to be approximate on either side.
            percent = next((number for number in percents if number not in said.values()
                            and abs(number.value - fraction.value * 100) < _ROUNDED_SHARE_POINTS
                            and (bounds.approximate_word(source, fraction, source_language) is not None
                                 or _APPROXIMATE_BEFORE_A_SHARE_RE.search(target, max(0, number.start - 16),
                                                                          number.start) is not None)), None)
        if percent is not None:
            said[fraction] = percent
    if not said:
        return comparison
    parts, percents_said = list(said), list(said.values())
    return replace(comparison,
                   changed=tuple(pair for pair in comparison.changed
                                 if not (overlaps(pair[0], parts) and overlaps(pair[1], percents_said))),
                   missing=tuple(number for number in comparison.missing if not overlaps(number, parts)),
                   added=tuple(number for number in comparison.added if not overlaps(number, percents_said)))


def with_quantity_words(comparison: NumberComparison, source: str, target: str, source_language: str,
                        target_language: str, source_numbers: Callable[[], Iterable[Number]],
                        target_numbers: Callable[[], Iterable[Number]]) -> NumberComparison:
    """`comparison` with the conflicting quantity words added as changed values (those the
    comparison has not reported already), and without the numbers in digits the other text says
    in words ("twice" / "2 fois"); a percent of the source said as a fraction in digits or made a
    multiplier is compared too ("75%" / "4分の3", "by 40%" / "в 40 раз")."""
    comparison = _with_quantity_words(comparison, source, target, source_language, target_language, source_numbers,
                                      target_numbers)
    if (comparison.changed or comparison.missing) and quantity_word_test(source_language)(source):
        comparison = _fractions_said_as_percents(comparison, source, target, source_language, target_numbers)
    if "%" in source and _rules(target_language) and _PERCENT_RE.search(source) is not None:
        comparison = _percents_said_as_multiples(comparison, read_quantity_words(source, source_language),
                                                 read_quantity_words(target, target_language))
        comparison = _percents_made_multipliers(
            _percents_said_as_fractions(comparison, target, target_language), source_numbers, target_numbers,
            read_quantity_words(source, source_language), read_quantity_words(target, target_language))
        if any(number.kind == "percent" for number in comparison.missing):
            comparison = _falls_said_as_divisions(comparison, source, target, source_language, target_language)
    if comparison.changed and source_language == "en":
        comparison = _rises_said_as_multiples(comparison, source, target, source_language, target_language)
    return comparison


# A rise said before its share, a few words away: "increasing the total by half", "exceeds your
# average by more than 50%" (1.5倍を超え).
_A_RISE_BEFORE_RE = re.compile(r"(?i)\b(?:increas\w*|rais(?:e|es|ed|ing)|grow\w*|grew|boost\w*|exceed\w*|surpass\w*)\b"
                               r"[^.;:!?]*\bby\s+(?:more\s+than\s+|over\s+|at\s+least\s+|up\s+to\s+)?$")


def _rises_said_as_multiples(comparison: NumberComparison, source: str, target: str,
                             source_language: str, target_language: str) -> NumberComparison:
    """`comparison` without a rise by a share that the translation says as the multiple it makes:
    "50% more food" / "1.5倍のフード", "increasing the total by half" / "в полтора раза"."""
    def said_as_a_multiple(old: Number, new: Number) -> bool:
        share = old.value / 100 if old.kind == "percent" else old.value if old.kind == "fraction" else None
        if share is None or not 0 < share < 10 or new.value != 1 + share:
            return False
        if new.kind != "multiplier" and bounds.multiple_word_end(target, new.end) is None:
            return False
        direction = directions.said_direction(source, old, source_language)
        if not (direction[0] == directions.UP if direction is not None
                else _A_RISE_BEFORE_RE.search(source, max(0, old.start - 60), old.start) is not None):
            return False
        # (Bounded the same way: "by more than 50%" is not "1.5倍を下回った".)
        source_bound, target_bound = bounds.comparator(source, old, source_language), bounds.comparator(target, new, target_language)
        return source_bound is None or target_bound is None or source_bound.direction == target_bound.direction

    changed = tuple(pair for pair in comparison.changed if not said_as_a_multiple(*pair))
    return comparison if len(changed) == len(comparison.changed) else replace(comparison, changed=changed)


def _falls_said_as_divisions(comparison: NumberComparison, source: str, target: str, source_language: str,
                             target_language: str) -> NumberComparison:
    """`comparison` without a fall by a percent that the translation says as a division: "a decline
    of 50%" / "сократилась вдвое" (halved), 75% / "вчетверо", 90% / "в десять раз"."""
    divisions = [item for item in read_quantity_words(target, target_language)
                 if item.kind == "multiplier" and item.value > 1
                 and directions.says_a_fall_near(target, item.start, target_language)]
    if not divisions:
        return comparison
    def said_as_a_division(number: Number) -> bool:
        left = 1 - number.value / 100  # what the fall leaves: a half for 50 %
        return (number.kind == "percent" and left > 0
                and directions.says_a_fall_near(source, number.start, source_language)
                and any(abs(item.value * left - 1) < Decimal("0.01") for item in divisions))

    missing = tuple(number for number in comparison.missing if not said_as_a_division(number))
    return comparison if len(missing) == len(comparison.missing) else replace(comparison, missing=missing)


# A rank the source gives a day, a meeting or a year ("the first Saturday of every month", "from the
# second day after", "before your first lesson"), and the words Japanese ranks them with beside
# digits: 初 (初回, 初日, 初年度), 最初, 翌 (the next), 第, 前 and 後 (前半, 後半), 開始 ("利用開始日": the
# first day of use).
_RANKED_TIME_AFTER_RE = re.compile(
    r"(?i)[\x20\u00a0-](?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|day|week|month|year"
    r"|lesson|visit|session|class|night|inning|quarter|semester|term)s?\b")
_JAPANESE_RANK_WORDS_RE = re.compile(r"初|最初|翌|第|前半|後半|[一二三四五六七八九十]+[日回週年]目|次回|今回|開始[日週月年]|始業")


# A rank and its noun in capitals are a name: "First Class" (ファーストクラス), "Second Round".
_A_NAME_IN_CAPITALS_RE = re.compile(r"[A-Z][a-z]+[\x20\u00a0-]+[A-Z]")


def _ranks_of_a_time_dropped(source_items: tuple[Number, ...], target_items: tuple[Number, ...], source: str,
                             target: str, target_numbers: Callable[[], Iterable[Number]]) -> tuple[Number, ...]:
    """The source's ranks of a day, a meeting or a year ("first Saturday", "second day") that a
    Japanese translation says in no form: no rank, no number of its value, no word that ranks."""
    ranks = [item for item in source_items if item.kind == "ordinal" and item.value <= 10
             and _RANKED_TIME_AFTER_RE.match(source, item.end) and not _A_NAME_IN_CAPITALS_RE.match(source, item.start)]
    if not ranks or any(item.kind == "ordinal" for item in target_items) or _JAPANESE_RANK_WORDS_RE.search(target):
        return ()
    values = {number.value for number in target_numbers()}
    return tuple(item for item in ranks if item.value not in values)


def _with_quantity_words(comparison: NumberComparison, source: str, target: str, source_language: str,
                         target_language: str, source_numbers: Callable[[], Iterable[Number]],
                         target_numbers: Callable[[], Iterable[Number]]) -> NumberComparison:
    """`comparison` with the conflicting quantity words added as changed values (those the
    comparison has not reported already), and without the numbers in digits the other text says
    in words ("twice" / "2 fois"). The other numbers are only read when needed."""
    if not _rules(target_language):
        return comparison
    source_items = read_quantity_words(source, source_language) if quantity_word_test(source_language)(source) else ()
    if not source_items:
        return _missing_said_in_words(comparison, source, target, target_language)
    target_items = read_quantity_words(target, target_language)
    # Only a word the other side does not say in words itself may stand for a number in digits.
    missing = tuple(number for number in comparison.missing
                    if not _said_by(number, _unpaired(target_items, source_items))
                    and not _inside_paired(number, source_items, _in_words(target_items))
                    and not _inside_a_share_said_as_a_percent(number, source_items, target_numbers))
    added = tuple(number for number in comparison.added if not _said_by(number, _unpaired(source_items, target_items))
                  and not _inside_paired(number, target_items, source_items))
    if missing or added:
        missing, added = _without_words_inside_paired(missing, added, source_items, target_items,
                                                      source_numbers, target_numbers)
    translated = (_agreeing_frequencies(source_items, target_items, source, target, source_language, target_language)
                  if any(item.kind == "frequency" for item in source_items + target_items) else None)
    changes = quantity_word_changes(source_items, target_items, source_numbers, target_numbers, source, target,
                                    translated)
    # A pair already reported as changed stays as it is, unless it is of two words that a pair of
    # quantities covers ("three" / "два" inside "three times" / "в два раза"), or of a number the
    # translation says in words and a word of another quantity ("50 % ... every two weeks" / "la
    # moitié ... tous les quinze jours"); a number reported missing or added that a pair covers is
    # reported as the pair ("twice" / "3回": changed, not "3" added).
    said_in_words = tuple(item for item in _unpaired(target_items, source_items)
                          if item.kind in ("fraction", "approximate count"))
    translated_fractions = {item.value for item in target_items if item.kind == "fraction"}
    unpaired_source = _unpaired(source_items, target_items)
    paired_source = [item for item in source_items if item not in unpaired_source]
    unpaired_counts = tuple(item for item in unpaired_source if item.kind == "approximate count")
    changed = tuple(old for old in comparison.changed if not (
        old[0].kind == "word" and old[1].kind == "word" and any(overlaps(old[0], [pair[0]]) for pair in changes))
        and not _part_of_said(old[0], old[1], source_items) and not _part_of_said(old[1], old[0], target_items)
        and not (old[1].kind == "word" and _said_by(old[0], said_in_words) and overlaps(old[1], target_items))
        # ("a dozen ... a third" / "zwölf ... ein Drittel": the third of the fraction against the dozen.)
        and not (old[0].text[:1].isalpha() and overlaps(old[0], [item for item in source_items if item.kind == "fraction"
                                                                  and item.value in translated_fractions])
                 and old[1].text[:1].isalpha()
                 and _said_by(old[1], tuple(item for item in source_items if item.kind == "approximate count")))
        # ("half a dozen wines four times a year" / "viermal im Jahr sechs Weine": the four is in a
        # pair of quantities, the six is the approximate count's.)
        and not (old[0].kind == "word" and old[1].kind == "word" and overlaps(old[0], paired_source)
                 and _said_by(old[1], unpaired_counts)))
    # (... and "sieben" there is the half dozen's, not the four's.)
    if len(unpaired_counts) == 1:
        changed = tuple((unpaired_counts[0], old[1]) if old[0].kind == "word" and old[1].kind == "word"
                        and overlaps(old[0], paired_source) else old for old in changed)
    new = tuple(pair for pair in changes if not overlaps(pair[0], [old[0] for old in changed])
                and not overlaps(pair[1], [old[1] for old in changed]))
    if target_language == "ja":
        missing += _ranks_of_a_time_dropped(source_items, target_items, source, target, target_numbers)
    missing = tuple(number for number in missing if not any(overlaps(number, [pair[0]]) for pair in new))
    added = tuple(number for number in added if not any(overlaps(number, [pair[1]]) for pair in new))
    if not new and missing == comparison.missing and added == comparison.added and changed == comparison.changed:
        return comparison
    return replace(comparison, missing=missing, added=added,
                   changed=tuple(sorted(changed + new, key=lambda pair: pair[0].start)))
