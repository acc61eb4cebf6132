"""Comparators attached to numbers: "less than 250" is an upper bound, "plus de 250" a lower one.

The same number with opposite comparators on the two sides ("at most 1 bit" / "au moins un bit",
"300 characters or fewer" / "300 caractères minimum") is an error the values alone cannot see.
A comparator on one side only is rephrasing ("up to 5" / "5") and is not reported.

Phrases are read before the number ("at least", "не более", "mindestens", "最大") or after it,
across at most two words ("300 characters or fewer", "250文字以下", "5 Minuten maximal").
Longer phrases win over the shorter ones they contain ("no more than" over "more than",
"не более" over "более").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Protocol

from i18n.numbers import units
from i18n.numbers.alternation import alternation, first_characters
from i18n.numbers.digits import is_cjk
from i18n.numbers.model import BoundMismatch
from i18n.numbers.russian_words import ORDINAL_ENDING
from i18n.numbers.symbols import punctuation_to_spaces


class _Placed(Protocol):
    start: int
    end: int

UPPER = "at most"  # the value is a ceiling: ≤ or <
LOWER = "at least"  # the value is a floor: ≥ or >

_BEFORE = {
    "en": {UPPER: ["at or below", "at or under", "less than or equal to", "smaller than or equal to", "less or equal to", "less or equal than",
                   "smaller or equal to", "lower or equal to", "at most", "up to", "less than", "less then", "fewer than", "no more than", "not more than", "maximum of",
                   "no further than", "no farther than", "not further than", "not farther than", "closer than",
                   "nearer than",
                   "maximum", "max.", "max", "under", "under-", "below", "lower than", "smaller than", "not exceeding",
                   "no greater than", "not greater than", "no larger than", "not larger than", "no bigger than",
                   "not bigger than", "no higher than", "not higher than", "no longer than", "not longer than",
                   "shorter than", "not to exceed", "up to and including", "at the most", "maximum is", "max is",
                   "as much as", "as high as", "up to age", "up to the age of", "until age", "until the age of",
                   "limit is", "limited to", "limit of", "limit", "limit:", "capped at", "earlier than", "not exceed", "must not exceed", "cannot exceed",
                   "can not exceed", "can't exceed", "may not exceed", "should not exceed", "shall not exceed",
                   "no later than", "not later than", "lighter than", "narrower than", "thinner than", "finer than",
                   "shallower than", "cooler than", "colder than", "cheaper than", "slower than", "closer than",
                   "nearer than", "gentler than", "less steep than", "softer than", "weaker than",
                   "does not exceed", "do not exceed", "doesn't exceed",
                   "at most once every", "no more than once every", "no more often than every",
                   "no more often than once every", "<=", "<", "≤"],
           LOWER: ["from the age of", "from age", "at or above", "at or over", "greater than or equal to", "larger than or equal to", "greater or equal to", "greater or equal than",
                   "no closer than", "no nearer than", "not closer than", "further than", "farther than",
                   "no sooner than", "not sooner than",
                   "larger or equal to", "bigger or equal to", "higher or equal to", "at least", "more than", "more then", "greater than", "larger than", "higher than", "steeper than", "over", "over-", "above",
                   "minimum of", "minimum", "min.", "min", "no less than", "not less than", "no fewer than",
                   "exceeding", "exceeds", "exceeded", "exceed", "no smaller than", "not smaller than", "no lower than",
                   "not lower than", "no shorter than", "not shorter than", "bigger than", "longer than", "beyond",
                   "in excess of", "upwards of", "at the least", "minimum is", "min is", "later than",
                   "no earlier than", "not earlier than", "heavier than", "wider than", "taller than", "harder than",
                   "stronger than",
                   "deeper than", "thicker than", "coarser than", "warmer than", "hotter than", "faster than", "starting with", "starting from", "beginning with",
                   "start at", "starts at", "starting at",
                   # A frequency's floor: "at least every 30 months" / "не реже чем раз в 30 месяцев".
                   "at least every", "at least once every",
                   # (The least it takes: "ready in as little as 2 hours" / "最短2時間".)
                   "as little as", "as few as", "as low as", "as short as",
                   ">=", ">", "≥"]},
    "fr": {UPPER: ["max :", "max :", "max:", "égal ou inférieur à", "égale ou inférieure à", "inférieur ou égal à", "inférieure ou égale à", "au plus", "au maximum", "jusqu'à", "jusqu’à", "moins de",
                   "jusqu'au", "jusqu’au", "jusqu'aux", "jusqu’aux", "plus faible que", "plus faibles que",
                   "jusqu'à l'âge de", "jusqu’à l’âge de",
                   "moins d'", "moins d’", "moins du", "pas plus d'", "pas plus d’", "inférieur à", "inférieure à",
                   "inférieurs à", "inférieures à", "inférieurs ou égaux à", "inférieures ou égales à", "maximum", "max.",
                   "pas plus de", "plus petit que", "plus petite que", "plus petits que", "plus petites que",
                   "plus court que", "plus courte que", "en dessous de", "en-dessous de", "au-dessous de", "en deçà de",
                   "en-deçà de",
                   "tout au plus", "au plus tard", "ne dépassant pas", "n'excédant pas", "sans dépasser", "limité à", "limitée à",
                   "maximal", "maximale", "ne doit pas dépasser", "ne peut pas dépasser", "ne peut dépasser",
                   "ne doit pas excéder", "ne peut pas excéder", "ne doivent pas dépasser", "ne peuvent pas dépasser",
                   "ne peut excéder", "ne peuvent excéder", "ne doit excéder", "ne doivent excéder",
                   "ne peuvent dépasser", "ne doit dépasser", "ne doivent dépasser", "sous",
                   "au plus une fois tous les", "au plus une fois toutes les", "pas plus d'une fois tous les",
                   "pas plus d’une fois tous les",
                   "<=", "<", "≤"],
           LOWER: ["min :", "min :", "min:", "dès", "égal ou supérieur à", "égale ou supérieure à", "égaux ou supérieurs à", "égales ou supérieures à",
                   "supérieur ou égal à", "supérieure ou égale à", "au moins", "au minimum", "au plus tôt", "plus de", "plus d'",
                   "plus d’", "plus du", "supérieur à", "supérieure à", "supérieurs à",
                   "supérieures à", "supérieurs ou égaux à", "supérieures ou égales à", "minimum", "min.", "pas moins de",
                   "dépassant", "plus grand que", "plus grande que", "plus grands que", "plus grandes que",
                   "plus long que", "plus longue que", "plus que", "au-dessus de", "au-delà de", "au delà de",
                   "plus fort que", "plus forte que", "plus forts que", "plus fortes que",
                   "dépasse", "dépasser", "excédant", "excède", "excéder", "à partir de", "minimal", "minimale",
                   "dépassent", "dépassera", "dépasseront", "dépassait", "dépassaient", "excèdent", "excédera",
                   "excéderont",
                   "atteint ou dépasse", "atteignent ou dépassent", "atteignant ou dépassant", "atteint ou excède",
                   "au moins tous les", "au moins toutes les", "au moins une fois tous les", "au moins une fois toutes les",
                   "égale ou dépasse", "égal ou dépasse",
                   ">=", ">", "≥"]},
    "de": {UPPER: ["max:", "kleiner oder gleich", "kleiner gleich", "höchstens", "spätestens", "maximal", "bis zu", "bis", "weniger als", "kleiner als", "unter", "max.", "nicht mehr als",
                   "bis zum Alter von", "bis zu einem Alter von",
                   "kleiner als oder gleich", "kürzer als", "niedriger als", "geringer als", "unterhalb von",
                   "unterhalb", "nicht größer als", "nicht höher als", "nicht länger als", "nicht über",
                   "früher als", "maximum von", "maximum", "langsamer als", "nicht schneller als", "dünner als",
                   "leichter als", "schmaler als", "flacher als", "kälter als", "billiger als", "schwächer als",
                   "<=", "<", "≤",
                   # "keine 100 Paare mehr", "nicht einmal 100": fewer than 100.
                   "keine", "nicht einmal", "nicht mal", "höchstens einmal alle", "maximal einmal alle",
                   # ("alle 6 Stunden 1 Tablette, höchstens jedoch 4 Tabletten": but at most.)
                   "höchstens jedoch", "maximal jedoch", "höchstens aber", "maximal aber",
                   "begrenzt auf", "beschränkt auf", "limitiert auf"],
           LOWER: ["min:", "ab", "größer oder gleich", "größer gleich", "mindestens", "frühestens", "mindestens jedoch",
                   "mindestens aber", "minimal", "mehr als", "größer als", "über", "min.", "wenigstens", "nicht weniger als",
                   "größer als oder gleich", "länger als", "höher als", "oberhalb von", "oberhalb",
                   "nicht kleiner als", "nicht niedriger als", "nicht unter", "später als", "minimum von", "minimum",
                   "mind.", "schneller als", "nicht langsamer als", "dicker als", "schwerer als", "breiter als",
                   "tiefer als", "wärmer als", "teurer als", "stärker als", "erreicht oder überschreitet",
                   "erreichen oder überschreiten",
                   "mindestens alle", "mindestens einmal alle",
                   ">=", ">", "≥"]},
    "es": {UPPER: ["máx:", "max:", "igual o inferior a", "igual o inferior al", "igual o menor que", "menor o igual que", "inferior al",
                   "no superior al", "menor o igual a", "como máximo", "a más tardar", "como muy tarde", "a lo sumo", "cuando mucho", "a lo mucho", "hasta", "menos de", "menos del", "menor que", "menores que", "inferior a",
                   "máximo", "máx.", "no más de", "menor de", "menores de", "inferior o igual a", "inferiores a",
                   "por debajo de", "como mucho", "no más que", "más pequeño que", "más pequeña que", "más débil que",
                   "más corto que", "más corta que", "no superior a", "no mayor que", "no mayor de", "sin exceder",
                   "sin superar", "no debe exceder", "no debe superar", "no puede exceder", "no puede superar",
                   "no deben exceder", "no deben superar", "no pueden exceder", "no pueden superar", "no exceda",
                   "no supere", "máxima de", "máximo de", "máximo del", "tope de", "tope del",
                   # ("Si la temperatura baja de 5 °C"; negated, "No baje de los 70 °C" is a floor.)
                   "baja de", "bajan de", "baje de", "bajen de", "bajar de", "bajó de",
                   "como máximo una vez cada", "no más de una vez cada", "limitado a", "limitada a", "limitados a",
                   "limitadas a", "<=", "<", "≤"],
           LOWER: ["mín:", "min:", "igual o superior a", "igual o superior al", "igual o mayor que", "igual o mayor a", "superior al",
                   "no inferior al",
                   "mayor o igual que", "mayor o igual a", "al menos", "como mínimo", "como muy pronto", "por lo menos", "más de", "más del", "mayor que", "mayores que", "superior a",
                   "mínimo", "mín.", "no menos de", "mayor de", "mayores de", "superior o igual a", "superiores a",
                   "por encima de", "más que", "más grande que", "más largo que", "más larga que", "no inferior a",
                   "más fuerte que",
                   "no menor que", "no menor de", "excede", "exceder", "supera", "superar", "sobrepasa",
                   "sobrepasar", "a partir de", "desde", "exceden", "superan", "superen", "supere", "superó", "sobrepasan",
                   "superará", "superarán", "superaron", "excederá", "excederán",
                   "mínima de", "mínimo de", "mínimo del", "alcanza o supera", "alcanzan o superan", "iguala o supera",
                   "al menos cada", "como mínimo cada", "al menos una vez cada",
                   ">=", ">", "≥"]},
    "ru": {UPPER: ["макс.", "макс:", "макс", "младше", "моложе", "меньше или равно", "меньше или равен", "меньшим или равным", "меньшей или равной",
                   "меньшее или равное", "не более", "не больше", "не более чем", "не выше", "не позднее", "не позже", "до", "меньше", "менее", "максимум",
                   # ("Если вам ещё нет 13 лет": under 13.)
                   "ещё нет", "еще нет", "не исполнилось",
                   "максимально", "не превышающ", "ниже", "менее чем", "меньше чем", "не свыше", "не превышает",
                   "не превышать", "вплоть до", "не длиннее", "не должно превышать", "не должен превышать",
                   "не должна превышать", "не должны превышать", "не может превышать", "не могут превышать",
                   "не чаще", "дешевле", "легче", "короче", "мельче", "тоньше", "не дороже", "не тяжелее",
                   "не чаще чем раз в", "не чаще раза в", "не чаще одного раза в", "не чаще чем один раз в",
                   # ("реже трёх раз в день": fewer than three times a day.)
                   "реже", "реже чем",
                   "не старше", "не дальше", "не дальше чем", "не дальше чем в", "не далее", "не далее чем",
                   "не далее чем в", "ближе чем", "ближе чем в",
                   # ("не достиг 120 т": below 120 t.)
                   "не достиг", "не достигла", "не достигло", "не достигли", "не достигает", "не достигают",
                   "слабее", "ближе", "медленнее", "медленнее чем",
                   # ("быстрее чем за 45 минут": in less than 45 minutes.)
                   "быстрее за", "быстрее чем за", "<=", "<", "≤"],
           LOWER: ["мин.:", "мин:", "старше", "больше или равно", "больше или равен", "большим или равным", "большей или равной",
                   "большее или равное", "не ранее", "не раньше", "не менее", "не меньше", "не менее чем", "не меньше чем", "не ниже", "более", "больше", "свыше", "минимум", "хотя бы", "по крайней мере",
                   "выше", "превышающ", "более чем", "больше чем", "не короче", "длиннее", "превышает", "превышать",
                   "превысит", "превысят", "превышают", "превысил", "превысила", "превысило", "превысили",
                   "как минимум", "по меньшей мере", "не реже", "от", "дороже", "тяжелее", "крупнее", "глубже",
                   "толще", "не дешевле", "не легче", "не моложе", "не младше", "не ближе", "не ближе чем",
                   "не ближе чем в", "дальше чем", "дальше чем в", "сильнее", "достигает или превышает",
                   "чаще", "чаще чем", "быстрее", "быстрее чем", "медленнее за", "медленнее чем за",
                   # ("должно исполниться 18 лет": must have turned 18.)
                   "исполнилось", "исполниться", "исполнится",
                   # ("не реже чем раз в 30 месяцев": at least every 30 months.)
                   "не реже чем раз в", "не реже раза в", "не реже одного раза в", "не реже чем один раз в",
                   ">=", ">", "≥"]},
    # ("遅くとも午後8時": at 8 p.m. at the latest; "早くても": at the earliest.)
    "ja": {UPPER: ["最大", "最高", "多くとも", "長くとも", "遅くとも", "遅くても", "高々", "せいぜい", "最長", "最多", "定員",
                   "上限", "<=", "<", "≤"],
           LOWER: ["下限", "最小", "最低", "少なくとも", "短くとも", "早くとも", "早くても", "最短", "最少", ">=", ">", "≥"]},
}


def _with_contracted_articles(table: dict[str, dict[str, list[str]]]) -> dict[str, dict[str, list[str]]]:
    """A phrase that ends in "de" takes the article after it too: "por encima del 20 %", "au-dessus du seuil",
    "au-dessus des 120 m"."""
    for language, articles in (("es", ("del",)), ("fr", ("du", "des"))):
        for phrases in table[language].values():
            phrases += [phrase[:-2] + article for article in articles for phrase in list(phrases)
                        if phrase.endswith(" de") and phrase[:-2] + article not in phrases]
    return table


_BEFORE = _with_contracted_articles(_BEFORE)
_AFTER = {
    "en": {UPPER: ["or fewer", "or less", "or below", "or under", "or lower", "or earlier", "or older", "and older",
                   "or younger", "and younger", "and lower",
                   "and below", "and earlier", "at most", "maximum", "max", "or smaller", "or shorter", "and less",
                   "and fewer", "and under", "or before", "at the most", "or prior", "or weaker", "or lighter", "or slower",
                   "or colder", "or cooler", "and shorter", "or thinner", "or narrower", "or shallower", "or cheaper",
                   "or quieter"],
           LOWER: ["or more", "or greater", "or higher", "or above", "or over", "or later", "or newer", "and higher",
                   "and above", "and later", "and newer", "at least", "minimum", "min", "plus", "or larger", "or bigger",
                   "or longer", "and more", "and up", "and over", "or beyond", "and beyond", "or more recent",
                   "and greater", "at the least", "or after", "onwards", "and onwards", "or stronger", "or heavier",
                   "or faster", "or warmer", "or hotter", "or superior", "and harder", "or harder", "or taller",
                   "and taller", "or wider", "or thicker", "or deeper", "or louder", "or brighter"]},
    "fr": {UPPER: ["ou moins", "ou inférieur", "ou inférieure", "ou antérieur", "ou antérieure", "et inférieur",
                   "au plus tard", "et antérieur", "au plus", "au maximum", "maximum", "max", "ou plus petit", "ou plus ancien",
                   "ou plus ancienne", "ou antérieures", "ou antérieurs", "ou inférieurs", "ou inférieures", "et moins",
                   "tout au plus", "et inférieure", "et antérieure", "et des versions antérieures",
                   "et versions antérieures", "ou une version antérieure", "ou version antérieure"],
           LOWER: ["ou plus", "ou supérieur", "ou supérieure", "ou ultérieur", "ou ultérieure", "ou postérieur",
                   "ou postérieure", "et supérieur", "et plus", "et ultérieur", "au moins", "au minimum", "minimum", "min",
                   "ou plus récent", "ou plus récente", "ou plus récents", "ou plus récentes", "ou plus grand",
                   "ou davantage", "ou au-delà", "et au-delà", "au plus tôt", "ou ultérieurs", "ou ultérieures",
                   "ou supérieurs", "ou supérieures", "et supérieure", "et ultérieure", "et suivantes", "et suivants", "ou suivante",
                   "ou suivantes", "ou postérieurs", "ou postérieures", "et des versions ultérieures",
                   "et versions ultérieures", "ou une version ultérieure", "ou version ultérieure",
                   "ou une version plus récente", "ou après", "et après", "ou plus tard", "voire plus",
                   "voire davantage", "voire au-delà"]},
    "de": {UPPER: ["oder weniger", "oder niedriger", "oder älter", "oder früher", "und niedriger", "höchstens", "unterschritten",
                   "unterschreitet", "unterschreiten",
                   "maximal", "max", "oder kleiner", "oder darunter", "und darunter", "oder kürzer", "und älter",
                   "und weniger", "nicht überschreiten", "nicht übersteigen", "nicht überschritten",
                   "nicht überschreitet", "nicht übersteigt", "oder eine ältere Version",
                   "und ältere Versionen", "oder schwächer", "und schwächer", "oder leichter", "oder langsamer", "oder kälter",
                   "oder geringer", "oder billiger", "oder günstiger"],
           LOWER: ["oder mehr", "oder höher", "oder neuer", "oder später", "und höher", "und neuer", "mindestens",
                   "minimal", "min", "oder größer", "oder darüber", "und darüber", "oder länger", "und mehr",
                   "und später", "oder aktueller", "und aufwärts", "überschritten", "überschreitet", "überschreiten",
                   "nicht unterschreiten", "nicht unterschreitet", "oder jünger", "und jünger",
                   "oder eine neuere Version",
                   "und neuere Versionen", "oder stärker", "und stärker", "oder schwerer", "oder schneller", "oder wärmer",
                   "oder heißer", "oder sogar mehr", "oder sogar länger"]},
    "es": {UPPER: ["o menos", "o inferior", "o anterior", "y anteriores", "como máximo", "máximo", "máx", "o menor",
                   "o menores", "o inferiores", "o anteriores", "y anterior", "a lo sumo", "como mucho",
                   "o más antigua", "o más antiguo", "o una versión anterior", "y versiones anteriores",
                   "o versiones anteriores"],
           LOWER: ["o más", "o superior", "o posterior", "y posteriores", "y superiores", "como mínimo", "mínimo",
                   "mín", "o mayor", "o mayores", "o superiores", "o posteriores", "y posterior", "y superior",
                   "o más reciente", "o más recientes", "o más nuevo", "o más nueva", "al menos", "por lo menos",
                   "y más", "o mas", "y mas", "en adelante", "o una versión posterior", "y versiones posteriores", "o versiones posteriores",
                   "o una versión más reciente", "o después", "y después", "o más tarde", "o incluso más"]},
    "ru": {UPPER: ["или меньше", "или менее", "или ниже", "и ниже", "максимум", "и меньше", "и менее", "или раньше", "или слабее",
                   "и слабее", "и младше", "или младше", "и моложе", "или моложе",
                   *(f"или {degree} {stem}{ending}" for degree, stem in (("менее", "поздн"), ("более", "ранн"))
                     for ending in ("ей", "их", "ие", "ий", "юю", "яя"))],
           LOWER: ["или больше", "или более", "или выше", "или новее", "и выше", "и новее", "минимум", "или позднее", "или позже",
                   "и более", "и больше", "как минимум", "или сильнее", "и сильнее", "и старше", "или старше",
                   "с лишним", "с небольшим",
                   *(f"или {degree} {stem}{ending}" for degree, stem in (("более", "поздн"), ("менее", "ранн"))
                     for ending in ("ей", "их", "ие", "ий", "юю", "яя"))]},
    "ja": {UPPER: ["以下", "未満", "以内", "まで", "以前", "を超えない", "を超えてはな", "を超えてはい", "を超えられ",
                   "を超えることはでき", "を越えてはな", "を越えてはい", "を越えられ", "を越えることはでき", "より小さ", "より少な", "に満たない", "に満たなかった", "に満たず", "にも満たない", "にも満たなかった", "にも満たず", "を下回",
                   "をやや下回", "をわずかに下回", "を少し下回", "を大きく下回",
                   "より短", "より低", "より前", "より古", "を越えない",
                   # ("24時間前を過ぎてから": once 24 hours before is past, so with less than 24 hours left.)
                   "前を過ぎ",
                   # ("15分もかかりません": it takes less than 15 minutes.)
                   "もかからない", "もかかりません", "もかからず",
                   # ("45時間を上限とします": 45 hours as the upper limit.)
                   "を上限", "が上限"],
           LOWER: ["以上", "以降", "以後", "を超え", "超", "より大き", "より多", "より長", "を上回", "をやや上回", "をわずかに上回",
                   # ("12か月経過後に解約": after 12 months have passed.)
                   "経過後", "が経過した後", "を経過した後",
                   "を少し上回", "を大きく上回", "を越え", "超過", "より高",
                   "より後", "より新し",
                   # ("5万台を突破": past 50,000; "4名様からです", "3個からとさせていただきます": from 4, a
                   # threshold said at the sentence's end, not a range's start.)
                   "を突破", "突破", "からです", "からとなります", "からとなっております", "からとさせていただきます",
                   "から承ります", "からのご注文", "からご注文", "からのご予約", "からご予約", "からご利用",
                   "を下限", "が下限"]},
}
_CJK_LANGUAGES = frozenset({"ja", "zh", "ko"})
# An age: "older than 90 days" is at least 90 days old, "90日より古い" too; "newer than 7 days" is
# at most 7 days old. (Before a version, "older than 2.0" is earlier, a ceiling: not read here.)
_AGE_BEFORE = {"en": {"older than": LOWER, "newer than": UPPER, "younger than": UPPER, "more recent than": UPPER,
                      # ("graduated in the last 3 years" / "не более 3 лет назад": at most 3 years ago.)
                      "in the last": UPPER, "within the last": UPPER, "in the past": UPPER, "within the past": UPPER},
               "de": {"älter als": LOWER, "jünger als": UPPER, "neuer als": UPPER},
               # ("Avant 18 ans, l'accord d'un parent": under 18.)
               "fr": {"plus ancien que": LOWER, "plus anciens que": LOWER, "plus anciennes que": LOWER,
                      "plus récent que": UPPER, "plus récents que": UPPER, "plus récentes que": UPPER,
                      "avant": UPPER, "après": LOWER},
               "es": {"más antiguo que": LOWER, "más antiguos que": LOWER, "más antiguas que": LOWER,
                      "más reciente que": UPPER, "más recientes que": UPPER, "antes de los": UPPER,
                      "después de los": LOWER},
               # ("с 16 лет": from the age of 16; "с" alone is also "with", "с 5 друзьями".)
               "ru": {"с": LOWER}}
_AGE_AFTER = {"ja": {"より古": LOWER, "より新し": UPPER}}
_UNIT_OF_TIME_AFTER_RE = re.compile(
    r"[\s\u00a0\u202f]*(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|secondes?|heures?|jours?|semaines?"
    r"|mois|ans|années?|Sekunden?|Minuten?|Stunden?|Tagen?|Tage|Wochen?|Monaten?|Monate|Jahren?|Jahre|segundos?|minutos?"
    r"|horas?|días?|semanas?|meses|mes|años?|日間?|週間?|か月|ヶ月|カ月|年間?|時間"
    r"|лет|года?|месяц(?:ев|а)?|недел[ьиюя]|дн(?:ей|я)|день)(?![A-Za-zÀ-ÿА-яЁё])", re.IGNORECASE)


_AGE_PHRASE_AT_THE_END_RES = {phrase: re.compile(rf"(?<!\w){re.escape(phrase)}[\s\u00a0\u202f]+$")
                              for phrases in _AGE_BEFORE.values() for phrase in phrases}


def _age_phrases(language: str) -> dict[str, str]:
    """The phrases of an age in `language`, before or after the number (the cheap tests look for them)."""
    return _AGE_BEFORE.get(language, _AGE_AFTER.get(language, {}))


# The phrases that bound a person's age in years without its unit ("a quarter of them are younger
# than 25", "Mitglieder, die älter als 25 sind"), before a bare whole number of up to three digits.
_BARE_AGE_PHRASES = frozenset({"older than", "younger than", "älter als", "jünger als"})
_BARE_AGE_RE = re.compile(r"\d{1,3}(?![\d%°'’\w]|[.,:/]\d|[\s\u00a0\u202f]*[%°])")


def _age(text: str, number: _Placed, language: str) -> Comparator | None:
    """An age's comparator ("older than 90 days"): the number must be followed by a unit of time, or
    be a bare age in years after one of `_BARE_AGE_PHRASES`."""
    unit = _UNIT_OF_TIME_AFTER_RE.match(text, number.end)
    if unit is None and ((bare := _BARE_AGE_RE.match(text, number.start)) is None or bare.end() != number.end):
        return None
    before = _AGE_BEFORE.get(language)
    if before is not None:
        start = max(0, number.start - 24)
        window = text[start:number.start].lower()
        for phrase, direction in before.items():
            if unit is None and phrase not in _BARE_AGE_PHRASES:
                continue
            found = _AGE_PHRASE_AT_THE_END_RES[phrase].search(window)
            if found is not None:  # "nicht älter als 24 Stunden" is at most 24 hours old
                turned = _negated(direction, text, start + found.start(), language)
                return Comparator(turned, phrase, turned != direction)
    after = _AGE_AFTER.get(language)
    if after is not None and unit is not None:
        following = text[unit.end():unit.end() + 6]
        for phrase, direction in after.items():
            if following.startswith(phrase):
                return Comparator(direction, phrase)
    return None


# Before and after in time, before a year only: "after 1945" is a floor, "avant 1945" a ceiling
# ("after 3 tries", "vor 3 Tagen", "ago", are no bounds on a year). Japanese says them after the
# year, with the other comparators ("1945年以前", "1945年以降").
_BEFORE_A_YEAR = {
    "en": {UPPER: ["before", "until", "till", "prior to", "by"], LOWER: ["after", "since", "from"]},
    "fr": {UPPER: ["avant", "jusqu'en", "jusqu’en", "d'ici", "d’ici", "d'ici à", "d’ici à"],
           LOWER: ["après", "depuis", "dès", "à partir de"]},
    "de": {UPPER: ["vor", "bis"], LOWER: ["nach", "seit", "ab"]},
    "es": {UPPER: ["antes de", "antes del", "hasta", "para"], LOWER: ["después de", "después del", "desde", "a partir de"]},
    "ru": {UPPER: ["до", "к"], LOWER: ["после", "с", "со", "начиная с", "начиная со"]},
}
# Which of them leave the year out ("born after 1991" is from 1992) and which keep it in ("ab 1992").
_YEAR_LEFT_OUT = frozenset({"after", "before", "prior to", "nach", "vor", "après", "avant", "después de", "después del",
                            "antes de", "antes del", "после", "pre", "post", "older than", "newer than", "younger than",
                            "старше", "младше", "моложе", "новее"})
_YEAR_KEPT_IN = frozenset({"since", "from", "seit", "ab", "depuis", "dès", "à partir de", "desde", "a partir de",
                           "с", "со", "начиная с", "начиная со", "以降", "以前", "jusqu'en", "jusqu’en", "bis", "hasta"})
_YEAR_RE = re.compile(r"1\d{3}|20\d{2}|21\d{2}")
_OLDER_OR_YOUNGER_RE = re.compile(r"(?i)(?:not\s+|nicht\s+|не\s+)?(?:older|younger|älter|jünger|старше|младше|моложе)")
_A_YEAR_RE = re.compile(r"(?<!\d)(?:1\d|2[01])\d\d(?!\d)")


@dataclass(frozen=True)
class Comparator:
    direction: str  # UPPER or LOWER
    text: str  # as written: "less than", "au moins", "以下"
    negated: bool = False  # turned over by a negation before it ("cannot have more than")


def _alternation(table: dict[str, list[str]]) -> tuple[str, str, dict[str, str]]:
    """The phrases of `table` as one alternation, longest first (see alternation.alternation), a
    class of their first characters (for a lookahead) and each one's direction."""
    phrases = sorted({phrase for phrases in table.values() for phrase in phrases}, key=len, reverse=True)
    direction = {phrase.lower(): side for side, phrases_ in table.items() for phrase in phrases_}
    return alternation(phrases), first_characters(phrases), direction


# What a measure is may stand between a comparator and its number: "ab einer Körpergröße von 1,20 m",
# "bis zu einer Tiefe von", "à partir d'une taille de", "hasta una altura de", "up to a depth of";
# in German a noun alone after "bis" ("bis Baujahr 2021"; not after "ab": "ab Geburt bis 9 kg" is a range).
# (Not a floor named there: "hasta un mínimo de 2 m" is at least 2 m, "up to a minimum of".)
# (Not a bound's own word: "superar un máximo de 180" is "un máximo de 180", a ceiling.)
_MEASURE_NAMED_AFTER = {
    # ("up to magnitude 7.5", "at least level 3": a scale's name right before its number.)
    "en": r"(?:an? (?!minim|maxim)[^\W\d_]+ of |(?:magnitude|level|grade|category|force|class|size|step|stage) )?",
    "fr": r"(?:une? (?!minim|maxim)[^\W\d_]+ (?:de |d'|d’))?",
    # ("ab einer gefühlten Temperatur von 38 °C": an adjective may stand before the noun.)
    "de": r"(?:(?:einer|einem|einen|eines) (?:(?-i:[a-zäöüß])[^\W\d_]+ )?(?!minim|maxim)[^\W\d_]+ von "
          r"|(?<=bis )(?-i:[A-ZÄÖÜ])(?!inim|axim)[^\W\d_]+ )?",
    "es": r"(?:una? (?!m[ií]nim|m[aá]xim)[^\W\d_]+ de |(?:magnitud|nivel|grado|categoría|clase|fuerza) )?",
}
# ("como mínimo con 7 días de antelación": at least 7 days ahead.)
_ARTICLE_AFTER = {"es": r"(?:a |en |por |con )?(?:el |la |los |las |un |una )?",
                  # ("не позже чем за 5 дней", "не раньше чем через 4 месяца", "более чем по 200")
                  "ru": r"(?:,? ?чем )?(?:на |в |за |до |для |у |через |по )?",
                  "fr": r"(?:les |le |la )?", "de": r"(?:das |die |der |den |dem )?"}


@lru_cache(maxsize=None)
def _patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]] | None:
    if language not in _BEFORE:
        return None
    before, before_firsts, before_direction = _alternation(_BEFORE[language])
    after, _, after_direction = _alternation(_AFTER[language])
    if language in _CJK_LANGUAGES:
        # A particle may follow ("最大で2行", "最低でも 3 つ", "最大値は 255").
        before_re = re.compile(r"(?P<phrase>" + before + r")(?:値は|値|でも|で|は)?[\s:：]{0,2}$")
        # (Not across の, which makes the phrase a noun's: "32kgの重量超過手荷物" is overweight baggage.)
        # (Not past a closing bracket, unless it closes on the number itself, "(0600)以上":
        # "30g（角砂糖約7個分）以内" bounds the 30.)
        # (Past a bracket that holds no number: "5,000円（税込）未満".)
        after_re = re.compile(r"^[)）]?(?:[^\d。、,.の（()）]{0,3}[（(][^\d（()）]{1,8}[)）])?[^\d。、,.の）)]{0,6}?(?P<phrase>"
                              + after + r")")
    else:
        # Word edges, except around signs ("<", ">=", "P<0.001"); a Spanish article or preposition
        # ("como máximo el 70 %", "hasta un 50 %", "como mínimo a 50 m"), a Russian preposition ("не менее чем на 5") or a currency sign may follow
        # ("over $75").
        # (The lookahead lets most places fail on one test.)
        # ("Maximum: 200 pieces": a label's colon may follow.)
        before_re = re.compile(r"(?i)(?:(?:(?<!\w)|(?=[<>≤≥]))(?=" + before_firsts + r")(?P<phrase>" + before
                               + r"))(?:[\s\u00a0\u202f]?:)?[\s\u00a0\u202f]{0,2}(?:de |d'|d’)?" + _ARTICLE_AFTER.get(language, "")
                               + _MEASURE_NAMED_AFTER.get(language, "") + r"(?:(?-i:US|A|C|NZ|HK|S)?[$€£¥]\s?)?$")
        # Across at most two words (or _WORDS_BEFORE_AFTER), never a conjunction ("at least 1 and at
        # most 79") nor the "to" of a range ("from 0 to maximum speed"), or a unit's
        # symbol ("38 °C or higher", "70 °C maximum", "100 km/h or more")...
        # ... or a closing bracket or quote: "(0600) or less"; a unit's weighting, "55 dB(A) nicht unterschreiten".
        after_re = re.compile(r"(?i)^(?:%>|[)\]\"'»”’])?[\s\u00a0\u202f]*(?:(?:(?!(?:and|or|y|o|et|ou|und|oder|и|или|to|from|à"
                              r"|hasta|bis|до)\b)(?:[dl]['’])?[^\W\d]+(?:/[^\W\d]+)?[²³]?(?:\([^\W\d]{1,3}\))?"
                              # ... a chemical formula, "95 g/km of CO2 or less"...
                              r"|[A-Z][A-Za-z]{0,2}[2-4₂-₄](?![\d.,])"
                              # ... a Russian unit abbreviated in small letters, "мм рт. ст. и более" (not a
                              # sentence's end, "14 cm. Minimum: 7 cm")...
                              r"|(?<![^\W\d])[а-яё]{1,3}\.(?=[\s\u00a0\u202f][а-яё])|°[CFcf]?|℃|[$€£¥₽])"
                              r"[\s\u00a0\u202f]+){0," + _WORDS_BEFORE_AFTER.get(language, "2")
                              + r"}?(?:\(?)(?P<phrase>"
                              + after + r")(?!\w)" + _NOT_A_COMPARATOR_AFTER.get(language, ""))
    return before_re, after_re, {**before_direction, **after_direction}


# "avec 115 taches solaires au plus fort de l'activité": at the peak, no ceiling.
# How many words may stand between a number and the comparator after it: "3 mm d'épaisseur au
# maximum", "3 cm de ancho como máximo", "30 Minuten am Tag höchstens", "3 times a week or more".
_WORDS_BEFORE_AFTER = {"en": "3", "de": "3", "fr": "3", "es": "3", "ru": "3"}
# ("2025 vous parviendra au plus tard le 15/03": the latest moment is the one after.)
_NOT_A_COMPARATOR_AFTER = {"fr": r"(?![\s\u00a0\u202f]+(?:fort|forte|haut|haute|bas|basse|tôt|tard|vite|près|juste"
                                 r"|profond|profonde|loin|vif|vive)(?!\w))"
                                 r"(?!(?:(?<=tard)|(?<=tôt))[\s\u00a0\u202f]+(?:le|la|l['’]|les|à|au|en|dans|d['’]ici|\d)(?!\w))",
                           # "two adults and up to three children": the next number's "up to"; "to 100% at
                           # least once a month": the frequency's "at least".
                           "en": r"(?!(?<=\bup)[\s\u00a0\u202f]+to\b)(?!(?:(?<=\bleast)|(?<=\bmost))[\s\u00a0\u202f]+"
                                 r"(?:once|twice|thrice|\d+\s+times|every|each)\b)"
                                 # ("travel 30 minutes earlier or later": a shift either way, no floor)
                                 r"(?<!earlier or later)(?<!later or earlier)(?<!sooner or later)"}


# "cannot have more than 2^32" is a ceiling: a negated modal just before a comparator turns it
# over (a bare "not" elsewhere in the sentence does not: "not vacuumed in over 2 billion").
_NEGATIONS = {
    "en": r"cannot|can['’]t|can not|must not|mustn['’]t|may not|should not|shouldn['’]t|could not|couldn['’]t"
          r"|does not|doesn['’]t|do not|don['’]t|will not|won['’]t|shall not|never"
          # ("Avoid more than 400 mg a day", "to prevent overheating above 45 °C": kept under.)
          r"|avoid|prevent|prevents",
    # ("ne doivent pas dépasser 55 cm ni peser plus de 8 kg": "ni" goes on negating.)
    "fr": r"évite[rz]?|évitant|empêche[rz]?|ni|ne peut pas|ne peuvent pas|ne peux pas|ne pouvez pas|ne pouvons pas|ne doit pas|ne doivent pas"
          r"|ne peut|ne peux|ne doit|ne peuvent|ne doivent|ne pourra|ne pourront|ne saurait|ne sauraient"
          r"|ne devrai\w* pas|ne pourra pas|ne pourront pas|ne pourrait pas|ne pourraient pas|ne devra pas"
          r"|ne devront pas|ne pas|impossible de|sans que|n['’](?:a|ont|est|sont|avez|avons|ai|as)\s+pas",
    "de": r"vermeide[nt]?|verhinder\w*|kann nicht|können nicht|darf nicht|dürfen nicht|kann keine|können keine|darf keine|dürfen keine"
          r"|sollte nicht|sollten nicht|soll nicht|sollen nicht|darf nie|dürfen nie|ohne dass|keine[rs]?|niemand",
    # Spanish negates a comparator with "no" and any verb: "que no tenga más de 24 horas".
    # ("Ninguna caja debería pesar más de 20 kg": no box.)
    "es": r"evite[ns]?|evitar|evitando|impedir|no se debe|no se deben|no se recomienda|no se puede|no se pueden|no puede|no pueden|no debe|no deben|no se permite|no se permiten|no|ni|sin que"
          r"|ningun[oa]|ningún|nadie|nunca",
    # ("запрещено двигаться быстрее": forbidden to; not "запрещена: держите не более", a clause of its own.)
    "ru": r"избега\w*|не может|не могут|нельзя|не должн\w*|запрещ\w*(?=[ \u00a0]+[^\W\d_])",
}


# A bare "not" turns over the comparator right after it ("is not greater than or equal to 1" / "1未満"),
# and so does "no", with or without a noun ("no warmer than 15 °C"; "no band below 6.0": every band
# is 6.0 or more; "keine Lasten über 25 kg"), "without" and a verb ("sans retirer plus de 20 %";
# not "sin electricidad a menos de 120 000 hogares", without power), and "nothing" ("nichts, was
# schwerer als 5 kg ist").
_NEGATIONS_JUST_BEFORE = {"en": "not|nor|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|no(?:[\\s\u00a0]+[^\\W\\d]+)?"
                                "|without[\\s\u00a0]+[^\\W\\d]+ing|nothing|none"
                                # ("none will be more than 200 m from the current stop".)
                                # ("none is younger than 25", "nobody may be older than 70".)
                                "|(?:none(?:[\\s\u00a0]+of[\\s\u00a0]+[^\\W\\d]+(?:[\\s\u00a0]+[^\\W\\d]+)?)?|nobody|no[\\s\u00a0]+one)"
                                "[\\s\u00a0]+(?:(?:will|would|can|may|should|must|shall)"
                                "[\\s\u00a0]+be|is|are|was|were)"
                                # ("no carer looks after more than 15", "so that none covers more than 150 km".)
                                "|(?:none|nobody|no[\\s\u00a0]+one|no(?:[\\s\u00a0]+[^\\W\\d]+){1,6}?)[\\s\u00a0]+(?:[^\\W\\d]+s"
                                "|(?:should|must|may|can|will|shall|could|would)[\\s\u00a0]+[^\\W\\d]+)"
                                "(?:[\\s\u00a0]+(?:after|for|over|on|up|out))?",
                          "fr": "pas|non|jamais|sans(?:[\\s\u00a0]+jamais)?[\\s\u00a0]+[^\\W\\d]+(?:er|ir|re)"
                                "|aucune?[\\s\u00a0]+[^\\W\\d]+|rien(?:[\\s\u00a0]+de)?",
                          "de": "nicht|nie|niemals|ohne|kein\\w*[\\s\u00a0]+[^\\W\\d]+|nichts(?:,?[\\s\u00a0]+(?:was|das))?"
                                # ("kein Sack darf weniger als 25 kg wiegen".)
                                "|kein\\w*[\\s\u00a0]+[^\\W\\d]+[\\s\u00a0]+(?:darf|dürfen|soll|sollte|sollten|kann|können)",
                          "es": "no|nunca|jamás|sin[\\s\u00a0]+[^\\W\\d]+(?:ar|er|ir)|ningun[oa]?[\\s\u00a0]+[^\\W\\d]+"
                                "|nada(?:[\\s\u00a0]+que[\\s\u00a0]+[^\\W\\d]+)?",
                          # ("не опускается ниже 3,0", "не поднимается выше": a verb between.)
                          "ru": "не(?:[\\s\u00a0]+[^\\W\\d]+(?:[её]т|ют|ит|ят|[её]тся|ются|ится|ятся|ть|ться))?|ни|ничего"}


@lru_cache(maxsize=None)
def _negation_re(language: str) -> re.Pattern[str] | None:
    words = _NEGATIONS.get(language)
    if not words:
        return None
    # (The words between stay in the negation's clause: "нельзя. Можно прикрепить не менее 10", "If you
    # cannot attend, please cancel at least 48 hours in advance".)
    # (French says more small words between: "ne pouvez pas grouper des lignes de moins de 2"; none that
    # opens another clause: "Ne pas utiliser si la température est inférieure à 25 °C".)
    if language == "fr":
        word = r"(?:[^\w.,!?;。！？、，]+(?!(?:si|s['’]il|quand|lorsque|que|qui|et|ou|mais|car)(?!\w))\w+){0,5}"
    else:
        word = r"(?:[^\w.,!?;。！？、，]+\w+){0,3}"
    return re.compile(r"(?i)(?<!\w)(?:(?:" + words + r")" + word + "|"
                      + _NEGATIONS_JUST_BEFORE[language] + r")[\s\u00a0]+$")


# A phrase that holds its own negation ("no more than", "nicht kleiner als", "не более", "ne doit pas
# dépasser", "を超えない"): its direction is read whole, and the negation was seen.
_NEGATION_IN_PHRASE_RE = re.compile(
    r"(?i)(?<!\w)(?:no|not|never|pas|ne|n|nicht|nie|kein\w*|не|ни|sin|sans)(?!\w)|n['’]t\b"
    r"|ない|ては|られ|ることはでき")


def says_a_negation(bound: Comparator) -> bool:
    """A negation was read with the bound: one that turned it over ("cannot have more than") or one
    inside its phrase ("nicht kleiner als")."""
    return bound.negated or _NEGATION_IN_PHRASE_RE.search(bound.text) is not None


# Any word of negation at all: a translation without one bounds its numbers plainly, so a bound
# the source's negation turned over ("Do not store above 25 °C") must point the same way there.
# (Avoiding and preventing count: "Temperaturen über 70 °C meiden" keeps under 70 °C.)
_ANY_NEGATION_RES = {
    "en": re.compile(r"(?i)(?<![\w-])(?:not|no|never|without|nor|none|cannot|unable|impossible|avoid\w*|prevent\w*)(?![\w-])"
                     r"|n['’]t\b"),
    "fr": re.compile(r"(?i)(?<!\w)(?:ne|n|pas|sans|jamais|aucune?|ni|non|impossible|évit\w*|empêch\w*)(?!\w)"),
    "de": re.compile(r"(?i)(?<!\w)(?:nicht|nie|niemals|ohne|kein\w*|weder|noch|unmöglich|(?:ver)?meid\w*"
                     r"|verhinder\w*)(?!\w)"),
    "es": re.compile(r"(?i)(?<!\w)(?:no|sin|nunca|jamás|ningun[oa]?|ni|imposible|evit\w*|imped\w*|impid\w*)(?!\w)"),
    "ru": re.compile(r"(?i)(?<!\w)(?:не|ни|нельзя|без|нет|невозможн\w*|избега\w*)(?!\w)"),
    "ja": re.compile(r"ない|ません|ず|禁止|避け|ぬ|無い|防|控え"),
}


_SENTENCE_END_RE = re.compile(r"[!?;\n。！？]|\.(?!\d)")


def says_no_negation(text: str, language: str, position: int | None = None) -> bool:
    """`text`, or the sentence of it around `position`, holds no word of negation (False for a
    language without the list): "À conserver à moins de 25 °C. Ne pas congeler." bounds its 25 plainly."""
    pattern = _ANY_NEGATION_RES.get(language)
    if pattern is None:
        return False
    start, end = 0, len(text)
    if position is not None:
        start = max((found.end() for found in _SENTENCE_END_RE.finditer(text, 0, position)), default=0)
        after = _SENTENCE_END_RE.search(text, position)
        end = len(text) if after is None else after.start()
    return pattern.search(text, start, end) is None


# A clause that opens on a negated order negates its comparators, however far: "Do not run the drill
# for more than 15 minutes", "No conservar a temperatura superior a 25 °C", "Ne remplissez jamais le
# tube à plus de 2 cm" (a comma, a colon or a full stop ends the clause).
_NEGATED_ORDERS = {
    "en": r"(?:please\s+)?(?:do\s+not|don['’]t|never)",
    # An order, not a statement: "Ne remplissez jamais", "Ne pas conserver", not "Ne convient pas".
    "fr": r"(?:ne\s+(?:jamais|pas)|(?:ne\s+|n['’])(?:(?:l['’]|les\s+|la\s+|le\s+|en\s+|y\s+))?[^\W\d]+ez(?:-(?:la|le|les))?"
          r"\s+(?:jamais|pas))",
    # (An impersonal order, "No se debe conservar", but no statement in the passive: "No se admiten
    # furgonetas de más de 3,5 t".)
    "es": r"(?:nunca|no\s+(?:se\s+(?:debe|deben|puede|pueden|recomienda|aconseja)|(?!se\s)[^\W\d]+(?:ar|er|ir|e|en))(?!\w))",
    # (Russian labels order with an infinitive: "Не принимать более 8 таблеток".)
    "ru": r"(?:никогда\s+не|не\s+[^\W\d]+(?:йте|ите|ьте|ть|ти|чь)(?:ся)?(?!\w))",
    # "Verwenden Sie niemals Wasser, das kälter als 40 °C ist", "Niemals ... füllen".
    "de": r"(?:[^\W\d]+e?n\s+Sie\s+(?:niemals|nie|nicht|keine?[nmrs]?)(?!\w)|niemals|nie)",
}
_CLAUSE_END_RE = re.compile(r"[;:!?\n]|[.,](?!\d)")
# A clause of its own opens after the order: "Do not open the hive when the temperature is below 14 °C"
# bounds the temperature, not the order.
_SUBORDINATORS = {
    "en": r"if|when|whenever|while|unless|until|once|where|because|since|as\s+soon\s+as",
    "fr": r"si|s['’]il|s['’]ils|quand|lorsque|lorsqu['’]|tant\s+que|dès\s+que|pendant\s+que|car|parce\s+que",
    "es": r"si|cuando|mientras|hasta\s+que|porque|en\s+cuanto",
    "ru": r"если|когда|пока|как\s+только|потому\s+что",
    "de": r"wenn|falls|sobald|solange|während|weil",
}
_SUBORDINATOR_RES = {language: re.compile(rf"(?i)(?<!\w)(?:{words})(?!\w)") for language, words in _SUBORDINATORS.items()}


@lru_cache(maxsize=None)
def _negated_order_re(language: str) -> re.Pattern[str] | None:
    words = _NEGATED_ORDERS.get(language)
    return None if words is None else re.compile(r"(?i)^\s*" + words + r"(?!\w)")


_CONJUNCTION_RE = re.compile(r"(?i)(?<!\w)(?:and|et|und|y|и|then|puis|dann)\s+")
_RELATIVE_PRONOUN_RE = re.compile(r"(?i)(?<!\w)(?:that|which|who|whose|qui|que|dont|der|die|das|welche[rsmn]?|que|quien"
                                  r"|cuy[oa]s?|который|которая|которое|которые|которого|которой)(?!\w)")


def _last_conjunction(window: str, start: int) -> re.Match[str] | None:
    found = None
    for found in _CONJUNCTION_RE.finditer(window, start):
        pass
    return found


def _opens_on_a_negated_order(text: str, start: int, language: str) -> bool:
    pattern = _negated_order_re(language)
    if pattern is None:
        return False
    window = text[max(0, start - 80):start]
    ends = list(_CLAUSE_END_RE.finditer(window))
    if ends:
        window = window[ends[-1].end():]
    elif start > 80:
        return False
    order = pattern.match(window)
    if order is not None:
        # ... up to a conjunction and a verb of its own: "no coloque más de 20 m² al día y mantenga la
        # estancia por debajo de 5 °C" bounds the temperature plainly.
        conjunction = _last_conjunction(window, order.end())
        if (conjunction is not None and window[conjunction.end():conjunction.end() + 1].isalpha()
                and pattern.match(window[conjunction.end():]) is None):
            return False
    else:
        # ... or on a conjunction: "Vaporisez à 20 cm et n'appliquez pas plus de trois fois par jour".
        conjunction = _last_conjunction(window, 0)
        if conjunction is not None:
            window = window[conjunction.end():]
            order = pattern.match(window)
            if order is not None and _RELATIVE_PRONOUN_RE.search(window, order.end()) is not None:
                return False  # "and never use a seat that is more than 10 years old": the seat's age
    subordinator = _SUBORDINATOR_RES.get(language)
    return order is not None and (subordinator is None or subordinator.search(window, order.end()) is None)


def opposite(direction: str) -> str:
    """The other direction: a floor for a ceiling, a ceiling for a floor."""
    return LOWER if direction == UPPER else UPPER


def _negated(direction: str, text: str, start: int, language: str) -> str:
    pattern = _negation_re(language)
    # A bound in brackets is an aside the sentence's negation does not reach: "Do not fill the tank
    # (max. 3 litres)".
    opening = text.rfind("(", 0, start)
    aside = opening + 1 if opening >= 0 and ")" not in text[opening:start] else 0
    # (Sixty characters: "No point along a kitchen countertop wall may be more than 24 inches".)
    if pattern is None or (pattern.search(text[max(aside, start - 60):start]) is None
                           and not _opens_on_a_negated_order(text[aside:], start - aside, language)):
        return direction
    noun = _NOUN_OF_A_PREPOSITION_RES.get(language)
    if noun is not None and noun.search(text, max(0, start - 30), start) is not None:
        return direction  # "Do not use in kittens under 8 weeks": the kittens are under 8 weeks
    group = _AGE_GROUP_AFTER_A_PREPOSITION_RES.get(language)
    if group is not None and group.match(text, start) and _PREPOSITION_BEFORE_RES[language].search(
            text, max(0, start - 12), start):
        return direction  # "No debe ser utilizado por mayores de 16 años": the people over 16
    if language == "en" and _FOR_AT_LEAST_RE.match(text, max(0, start - 4), start + 8):
        return direction  # "don't smoke for at least 48 hours": not smoking lasts 48 hours or more
    return opposite(direction)


_FOR_AT_LEAST_RE = re.compile(r"(?i)for\s+at\s+least")
# A group of people named by its bound, after a preposition: "por mayores de 16", "aux moins de 12 ans".
_AGE_GROUP_AFTER_A_PREPOSITION_RES = {"es": re.compile(r"(?i)(?:mayores|menores)\s+de\b"),
                                      "fr": re.compile(r"(?i)(?:moins|plus)\s+de\b")}
_PREPOSITION_BEFORE_RES = {"es": re.compile(r"(?i)(?<![\w-])(?:por|a|para|con|entre)\s+(?:los\s+|las\s+)?$"),
                           "fr": re.compile(r"(?i)(?<![\w-])(?:aux|par\s+les|pour\s+les|chez\s+les)\s+$")}



# A comparator right after the noun of a preposition qualifies that noun, whatever negates the verb:
# "do not give to children under 12", "ne pas donner aux enfants de moins de 12 ans", "no dar a
# niños menores de 12 años", "nicht an Kinder unter 12 Jahren geben".
# (Not the quantity itself: "No conservar a temperatura superior a 25 °C" is at most 25.)
_MEASURED_NOUNS = (r"(?!(?:temperatur\w*|température\w*|speed\w*|vitesse\w*|velocidad\w*|geschwindigkeit\w*"
                   r"|heights?|hauteur\w*|altura\w*|höhe\w*|weights?|poids|peso\w*|gewicht\w*|pressures?"
                   r"|pression\w*|presión|druck\w*|sizes?|tailles?|tamaño\w*|größe\w*|depths?|profondeur\w*"
                   r"|profundidad\w*|tiefe\w*|температур\w*|скорост\w*|высот\w*|вес\w*|давлени\w*|размер\w*"
                   r"|глубин\w*)\s)")
_NOUN_OF_A_PREPOSITION_RES = {language: re.compile(r"(?i)(?<![\w-])(?:" + prepositions + r")\s+" + articles
                                                   + _MEASURED_NOUNS + r"[^\W\d]+\s+" + joiner + r"$")
                              for language, (prepositions, articles, joiner) in {
                                  # ("plugged in for more than 8 hours": "in" is an adverb there.)
                                  "en": ("in|for|to|on|with|among|from",
                                         r"(?!(?:the|a|an|for|to|in|on|at|with|by|from|of|up|out|off)\b)", ""),
                                  "fr": ("à|aux|au|pour|chez|dans|avec|parmi", r"(?:les\s+|la\s+|le\s+|l['’])?",
                                         r"(?:de\s+|d['’])?"),
                                  "es": ("a|en|para|con|entre", r"(?:los\s+|las\s+|el\s+|la\s+)?", r"(?:de\s+)?"),
                                  "de": ("an|bei|für|mit|unter", r"(?:den\s+|die\s+|der\s+|dem\s+)?", ""),
                                  "ru": ("при|для|у|среди", "", ""),
                              }.items()}


# A plus sign glued to a number that stands alone says "or more" in every language: "2+ days",
# "(18+)"; not "2+3", "C++" nor a terminal's colour code "~2+".
_OR_MORE_RE = re.compile(r"\+(?![\w+])")
_DIGIT_OR_MORE_RE = re.compile(r"(?<![^\s(\[])\d[\d.,]*" + _OR_MORE_RE.pattern)


def _says_or_more(text: str) -> bool:
    return "+" in text and _DIGIT_OR_MORE_RE.search(text) is not None


# A limit the text names and says is passed: "exceeded its limit of 512 MiB" ("well above the
# recommended maximum of 5 g") is the translation's "sein Limit von 512 MiB überschritten", "上限の 2
# GiB を超えて": a ceiling named, a floor passed.
_LIMIT_NOUNS = frozenset({"limit of", "maximum of", "a maximum of", "limit is", "maximum is", "maximum"})
# ("more than twice the safe limit of 500" passes it too.)
_EXCEEDS_RE = re.compile(r"\bexceed|\b(?:above|over|beyond|surpass\w*|more\s+than|twice|times)\s+"
                         r"(?:the\s+|its\s+|their\s+|an?\s+)?(?:[\w-]+\s+){0,4}?(?:limit|maximum)")
_FLOOR_NOUNS = frozenset({"minimum of", "a minimum of", "minimum is", "minimum"})
_FALLS_SHORT_RE = re.compile(r"\b(?:below|under|beneath|short\s+of)\s+(?:the\s+|its\s+|their\s+|an?\s+)?"
                             r"(?:[\w-]+\s+){0,4}?minimum")
_PASSING = {"fr": ("dépass", "excéd"), "de": ("überschr", "übersteig"), "es": ("exced", "supera", "sobrepasa"),
            "ru": ("превыш",), "ja": ("超え", "超過", "越え", "上回")}


# The translation's nouns for a limit, which may stand apart from its number: "el valor límite de
# dióxido de nitrógeno de 40 µg/m³", "предельный уровень диоксида азота — 40 мкг/м³".
_LIMIT_NOUNS_SAID = {"fr": r"limite|plafond|seuil", "de": r"grenz|limit|obergrenze|höchstwert",
                     "es": r"límite|tope|umbral", "ru": r"предел|лимит|норматив", "ja": r"上限|基準値|限度|規制値|限界"}


@lru_cache(maxsize=None)
def _limit_nouns_said_re(language: str) -> re.Pattern[str] | None:
    nouns = _LIMIT_NOUNS_SAID.get(language)
    return None if nouns is None else re.compile(r"(?i)(?:" + nouns + r")[^.;!?。]*$")


def _names_the_limit_before(target: str, position: int, language: str) -> bool:
    pattern = _limit_nouns_said_re(language)
    return pattern is not None and pattern.search(target, max(0, position - 80), position) is not None


def passes_a_named_limit(source_bound: Comparator, target_bound: Comparator, source_text: str,
                         target_language: str) -> bool:
    """The source names a limit that it says is exceeded, which the translation says as the passing,
    or a minimum it says is not reached ("below the legal minimum of 0.5 ppm" / "unter dem
    gesetzlichen Mindestwert von 0,5 ppm", "法定最低基準の0.5 ppmを下回"): a ceiling there."""
    phrase = source_bound.text.lower()
    if phrase in _FLOOR_NOUNS:
        return target_bound.direction == UPPER and _FALLS_SHORT_RE.search(source_text.lower()) is not None
    return (phrase in _LIMIT_NOUNS and _EXCEEDS_RE.search(source_text.lower()) is not None
            and any(stem in target_bound.text.lower() for stem in _PAST_A_LIMIT.get(target_language, ())))


# A limit named after the number that the source says is passed ("the file exceeds the 10 MB limit",
# "over the 50 GB monthly cap"): the number is the limit itself, which the translation may state as a
# maximum ("dépasse la taille maximale de 10 Mo", "上限の10MBを超えています").
_LIMIT_AFTER_RE = re.compile(r"(?i)[\x20\u00a0]*(?:[^\W\d_]+[\x20\u00a0-]+){0,3}?(?:limit|maximum|cap|ceiling|quota|allowance)\b")
# (A maximum named, not an adverb's "at most": "die maximale Größe von", not "höchstens", "maximal 50".)
_MAXIMUM_WORD_RE = re.compile(r"(?i)maximal\w*(?![\x20\u00a0]*\d)|maximum[\x20\u00a0]+(?:de|of|von)|máxim[oa][\x20\u00a0]+de"
                              r"|höchst(?!ens)\w+|obergrenze|limit|límite|tope|plafond|максимальн|предел|上限")
_PASSES_THE_RE = re.compile(r"(?i)\b(?:exceed\w*|over|above|beyond|past|surpass\w*)\s+(?:the|its|their|your|this|that)\s+$")


def passes_the_limit_it_names(source_bound: Comparator, target_bound: Comparator, source_text: str,
                              source_number: _Placed) -> bool:
    """"exceeds the 10 MB limit" / "la taille maximale de 10 Mo": the number is the limit on both sides."""
    return (target_bound.direction == UPPER and source_bound.direction == LOWER
            and _MAXIMUM_WORD_RE.search(target_bound.text) is not None
            and _PASSES_THE_RE.search(source_text, max(0, source_number.start - 40), source_number.start) is not None
            and _LIMIT_AFTER_RE.match(source_text, source_number.end) is not None)


# A limit the source forbids passing ("must not exceed 25 °C") that the translation says as what
# happens past it: "au-delà de 5 minutes, il risque de devenir amer", "5分を超えると苦みが出る", "nicht
# länger als zwei Stunden über 25 °C". And a length a negation covers ("should not exceed 25 °C for
# more than 2 hours", "must not be left on the siding for more than 72 hours"), which the translation
# says as a ceiling ("2時間を超えないように", "nicht länger als 72 Stunden").
_AT_THE_LATEST = ("no later than", "not later than", "au plus tard", "spätestens", "a más tardar", "como muy tarde",
                  "не позднее", "не позже")
_BEFORE_AN_EVENT_RE = re.compile(r"(?i)(?:[\s\u00a0]+[^\W\d_]+){0,2}[\s\u00a0]+before\b")
# (A forbidding negation, not a state: "Apps you have not opened for more than 3 months" are unopened
# for longer than that.)
_NEGATED_EXCEEDING_RE = re.compile(r"(?i)(?:\b(?:must|should|may|can|shall|will|do|does|did|could|would)\s+not|\bcannot"
                                   r"|\b(?:must|should|can|won|don|doesn|didn|could|would)n?['’]t|(?<!have\s)(?<!has\s)\bnever)"
                                   r"\s[^.;:!?]*?\bfor\s+(?:more|longer)\s+than\s+$")
# The words past a limit: the verbs of passing, and the words for above or beyond.
_PAST_A_LIMIT = {language: _PASSING[language] + above for language, above in (
    ("fr", ("au-delà", "au-dessus")), ("de", ("über", "oberhalb", "jenseits")), ("es", ("por encima", "más allá")),
    ("ru", ("выше", "свыше", "сверх")), ("ja", ()))}
_BEYOND_WHICH = {"fr": ("au-delà",), "es": ("más allá",), "de": ("jenseits",)}
_CONDITIONAL_AFTER_RE = re.compile(r"[^。、]{0,6}?(?:ると|る場合|た場合|たら|れば)")


def restated_the_other_way(source_text: str, source_number: _Placed, source_bound: Comparator, target_text: str,
                           target_bound: Comparator, target_language: str, target_end: int) -> bool:
    """The source's bound that the translation says the other way round without changing it: a
    forbidden limit, or the length a negation covers (see _NEGATED_EXCEEDING_RE), or "up to 30
    minutes before", which English says of a window and of a deadline, said as the deadline
    ("spätestens 30 Minuten vor", not "frühestens")."""
    source_phrase = source_bound.text.lower()
    if source_phrase == "up to" and any(latest in " ".join(target_bound.text.lower().split()) for latest in _AT_THE_LATEST):
        # (Not "bought up to 90 days in advance": a window, which "не позднее чем за 90 дней" changes.)
        return _BEFORE_AN_EVENT_RE.match(source_text, source_number.end) is not None
    source_start = source_number.start
    if source_bound.direction == UPPER and "exceed" in source_phrase and says_a_negation(source_bound):
        target_phrase = target_bound.text.lower()
        if target_bound.direction != LOWER or not any(stem in target_phrase for stem in _PAST_A_LIMIT.get(target_language, ())):
            return False
        return (any(word in target_phrase for word in _BEYOND_WHICH.get(target_language, ()))
                or not says_no_negation(target_text, target_language, target_end)
                or target_language == "ja" and _CONDITIONAL_AFTER_RE.match(target_text, target_end) is not None)
    return (source_bound.direction == LOWER and target_bound.direction == UPPER
            and _NEGATED_EXCEEDING_RE.search(source_text, max(0, source_start - 120), source_start) is not None)


# How far a value falls, said with the word for "up to": "pouvant descendre jusqu'à −40", "bis zu −40 Grad",
# "bajar hasta los −40", "опускаться до −40°", "－40まで下がる".
_DOWN_TO = {"fr": ("jusqu'", "jusqu’"), "de": ("bis",), "es": ("hasta",), "ru": ("до",), "ja": ("まで",)}
_DESCENT_RES = {"fr": re.compile(r"(?i)descend|baiss|chut|tomb"), "de": re.compile(r"(?i)sink|fall|fäll"),
                "es": re.compile(r"(?i)baj|descend|ca[eíy]"),
                "ru": re.compile(r"(?i)опуска|опуст|понижа|пониз|снижа|сниз|пада|упа"),
                "ja": re.compile("下が|下回|低下")}
_MINUS_AT_RE = re.compile("[-−－]")


def says_how_low_it_falls(source_bound: Comparator, target_bound: Comparator, target_text: str, target_position: int,
                          language: str) -> bool:
    """The least a value falls to ("as low as -40"), said as how far it falls: the translation's "up to"
    before a negative number, or beside a verb of falling."""
    if source_bound.text.lower() != "as low as" or language not in _DOWN_TO:
        return False
    if not target_bound.text.lower().startswith(_DOWN_TO[language]):
        return False
    return (_MINUS_AT_RE.match(target_text, target_position) is not None
            or _DESCENT_RES[language].search(target_text) is not None)


def in_words(bound: Comparator) -> bool:
    """A comparator said in words ("at least", "or more", "jusqu'à"), not a sign ("<", "+") or a
    multiplier ("4 times")."""
    return any(character.isalpha() for character in bound.text) and not any(
        character.isdigit() for character in bound.text)


@dataclass(frozen=True)
class _Span:
    start: int
    end: int


# Dimensions ("55 × 40 × 20 cm"): one comparator for all, before the first or after the last.
_DIMENSIONS_RE = re.compile(r"\d+(?:[.,]\d+)?(?:[\x20\u00a0\u202f]?(?:cm|mm|m)?[\x20\u00a0\u202f]?[×xX][\x20\u00a0\u202f]?"
                            r"\d+(?:[.,]\d+)?)+")


_VERB_WITH_UP_RE = re.compile(r"(?i)\b(?:adds|added|sums?|summed|rounds?|rounded|make|makes|made|making|top|tops"
                              r"|topped|topping)[\x20\u00a0]+$")
_DIFFERENCE_WORDS = frozenset({"mehr als", "weniger als", "more than", "fewer than", "less than"})
_DIFFERENCE_BEFORE_RE = re.compile(r"(?i)(?:\d[\d.,]*[\x20\u00a0\u202f]?(?:%|Prozent\w*|percent|per\s+cent|-?mal|times)?"
                                   r"|Prozent\w*|percent|Drittel|Viertel|Hälfte|Fünftel|third|quarter|half|doppelt\w*|\w+mal"
                                   r"|twice)"
                                   r"[\x20\u00a0\u202f]*[,–—-]?[\x20\u00a0\u202f]*$")


_BOTH_SIDES_BEFORE_RE = re.compile(r"(?i)(?:over|above|über|plus|más|más\s+de)\s*/\s*(?:under|below|unter|moins|menos)\s*$")
_BY_BEFORE_RE = re.compile(r"(?i)\blimits?\s+by\s+(?:\d[\d.,]*\s*(?:to|-|–)\s*)?$")


def comparator(text: str, number: _Placed, language: str) -> Comparator | None:
    """The comparator attached to `number` in `text`, if the language is one this module reads."""
    found = _comparator(text, number, language)
    if (found is not None and found.text.lower() in _DIFFERENCE_WORDS and _YEAR_RE.fullmatch(text, number.start, number.end)
            and _DIFFERENCE_BEFORE_RE.search(text, max(0, number.start - len(found.text) - 40),
                                             max(0, text.lower().rfind(found.text.lower(), 0, number.start)))):
        return None  # "ein Drittel mehr als 2022", "12% more than 2022": compared with that year, not bounded
    if found is not None and _BOTH_SIDES_BEFORE_RE.search(text, max(0, number.start - 16), number.start):
        return None  # "Bet on over/under 2.5 goals", "über/unter": a line bet on either side, no bound
    if (found is not None and found.text.lower() == "up to" and _VERB_WITH_UP_RE.search(
            text, max(0, number.start - 24), max(0, text.lower().rfind("up to", 0, number.start)))):
        return None  # "the shares added up to 100%", "make up to 1 L": a verb's "up", no ceiling
    if (found is not None and found.text.lower() in _PLACE_PREPOSITIONS
            and text[number.start:number.end].lower() in _ONE_AS_A_WORD
            and not units.names_a_unit_at(text, number.end, language)):
        return None  # "billed under one tariff" / "über einen Tarif", "under one roof": a place, no bound
    if found is not None and found.text[:5].lower() == "limit" and (
            any(sign in text[max(0, number.start - 1):number.start + 1] for sign in "-\u2212")
            or _TIMES_AFTER_RE.match(text, number.end)
            or _LIMIT_OF_NO_DIRECTION_RE.search(text, max(0, number.start - 40), number.start)
            or _BY_BEFORE_RE.search(text, max(0, number.start - 24), number.start)):
        # "a comfort limit of -12 °C": a limit below zero is as often the lowest as the highest; "the
        # limit is three times the daily bag": the limit's size; "detection limit 0.5 mg/l": the lowest;
        # "exceeding the speed limit by 20 to 40 km/h": by how much it is passed.
        return None
    if found is not None and _OLDER_OR_YOUNGER_RE.match(found.text) and _YEAR_RE.fullmatch(text, number.start, number.end):
        # "версии старше 2015 года", "older than 2015": older than a year is before it, as for an age after it.
        return Comparator(opposite(found.direction), found.text, found.negated)
    if (found is not None and language == "ru" and _EARLIER_OR_LATER_RE.search(found.text) is not None
            and _AGO_AFTER_RE.match(text, number.end) is not None):
        # "не ранее чем 12 месяцев назад": no earlier than 12 months ago, so at most 12 months old.
        return Comparator(opposite(found.direction), found.text, found.negated)
    # "at least 100 yards (91 m)", "exceed 10 mph (16 km/h)", "above 6,500 ft (about 2,000 m)": a value
    # converted in brackets is bounded as the one before it.
    opening = None
    if found is None and number.start and text[number.start - 1] in "(（":
        opening = number.start - 1
    elif (found is None or found.text.lower() in _ABOUT_WORDS) and "(" in text[max(0, number.start - 16):number.start]:
        bracket = _ABOUT_IN_BRACKETS_RE.search(text, max(0, number.start - 16), number.start)
        opening = bracket.start() if bracket is not None else None
    if opening is not None:
        before = _MEASURE_BEFORE_A_BRACKET_RE.search(text, max(0, opening - 24), opening)
        if before is not None:
            found = _comparator(text, _Span(before.start("n"), before.end("n")), language) or found
    if found is None and ("×" in text or "x" in text or "X" in text):
        for dimensions in _DIMENSIONS_RE.finditer(text, max(0, number.start - 40), number.end + 40):
            if dimensions.start() <= number.start and number.end <= dimensions.end():
                first = re.match(r"\d+(?:[.,]\d+)?", dimensions.group())
                last = re.search(r"\d+(?:[.,]\d+)?$", dimensions.group())
                for end in (_Span(dimensions.start(), dimensions.start() + first.end()),
                            _Span(dimensions.start() + last.start(), dimensions.end())):
                    if (end.start, end.end) != (number.start, number.end):
                        found = found or _comparator(text, end, language)
    return found


# "within 32,000 km of Earth" is at most that far, and "within 8 hours" that long (its placement, a
# deadline, is read in durations.py).
_DISTANCE = (r"[\x20\u00a0]?(?:km|kilomet(?:re|er)s?|miles?|mi|m|met(?:re|er)s?|feet|ft|yards?|yd|nautical\s+miles?"
             r"|light-years?|inch(?:es)?|cm|centimet(?:re|er)s?|mm|millimet(?:re|er)s?|AU|parsecs?"
             # ("within 10° of the Sun": an angle's distance.)
             r"|°|degrees?)(?![\w-])")
# (And "within a 10-minute walk": a length said as the walk it takes.)
_WITHIN_BEFORE_RE = re.compile(r"(?i)(?<![\w-])within\s+(?:an?\s+|the\s+first\s+)?$")
_DISTANCE_AFTER_RE = re.compile(r"(?i)" + _DISTANCE)
_WITHIN_A_MEASURE_RE = re.compile(r"(?i)(?<![\w-])within\s+[\d.,]+(?:" + _DISTANCE + "|" + _UNIT_OF_TIME_AFTER_RE.pattern + ")")


# A Russian ordinal in digits ("максимум 25-го цикла": the peak of the 25th cycle) is no amount a
# comparator bounds.
_ORDINAL_ENDING_RE = re.compile(ORDINAL_ENDING + r"(?!\w)")


_TIMES_AFTER_RE = re.compile(r"(?i)[\s\u00a0]+times\b")
# (A measure in a unit that is converted: "100 yards (91 m)", "10 mph (16 km/h)", "350 °F (180 °C)"; not "5
# fichiers (3,5 Mo)", two quantities.)
_MEASURE_BEFORE_A_BRACKET_RE = re.compile(
    r"(?<![\d.,])(?P<n>\d+(?:[.,]\d+)?)[\s\u00a0]?(?:yards?|yd|ft|feet|foot|inch(?:es)?|in\.?|mph|miles?|mi|lbs?|pounds?"
    r"|oz|ounces?|°\s?[FC]|gallons?|gal|acres?|sq\.?\s?ft|square\s+f(?:ee|oo)t|ft²|km/h|km|m²|m|cm|mm|kg|g|l|L|ml|kWh|psi|bar"
    r"|hp|PS|км/ч|км|м|см|мм|кг|г|л|мл|миль(?:/ч)?|футов|дюймов|фунтов|キロ|マイル|メートル)[\s\u00a0]*$")
_ABOUT_WORDS = frozenset({"about", "approximately", "approx.", "around", "roughly", "circa", "ca."})
_ABOUT_IN_BRACKETS_RE = re.compile(r"\((?:about|approximately|approx\.|around|roughly|circa|ca\.)[\x20\u00a0]+$",
                                   re.IGNORECASE)
_EARLIER_OR_LATER_RE = re.compile(r"(?i)ранее|раньше|позднее|позже")
_AGO_AFTER_RE = re.compile(r"[\s\u00a0]+[а-яё]+[\s\u00a0]+назад\b")
_LIMIT_OF_NO_DIRECTION_RE = re.compile(r"(?i)\b(?:detection|quantification|reporting|comfort)\s+limit\b")


def _comparator(text: str, number: _Placed, language: str) -> Comparator | None:
    patterns = _patterns(language)
    if patterns is None:
        return None
    if language in ("ru", "uk") and _ORDINAL_ENDING_RE.match(text, number.end) is not None:
        return None
    age = _age(text, number, language)
    if age is not None:
        if " ".join(age.text.lower().split()) in _BEFORE_OR_AFTER_WORDS:
            # "une pause après 4,5 heures de conduite au maximum": the bound after it bounds the length.
            return _comparator_after(text, number, language, patterns[1], patterns[2]) or age
        return age
    if language == "en" and _WITHIN_BEFORE_RE.search(text, max(0, number.start - 20), number.start) is not None \
            and (_DISTANCE_AFTER_RE.match(text, number.end + text.startswith("-", number.end)) is not None
                 or _UNIT_OF_TIME_AFTER_RE.match(text, number.end + text.startswith("-", number.end)) is not None):
        return Comparator(UPPER, "within")  # ("within 32,000 km of Earth", "within the first 12 months")
    before_re, after_re, directions = patterns
    if _OR_MORE_RE.match(text, number.end) and _DIGIT_OR_MORE_RE.match(text, number.start):
        return Comparator(LOWER, "+")
    multiple = _multiple(text, number, language)
    if multiple is not None:
        nearly = _NEARLY_BEFORE_RES.get(language)
        if multiple.direction == LOWER and nearly is not None and (
                found_nearly := nearly.search(text, max(0, number.start - 24), number.start)) is not None:
            # "almost three times faster" / "почти втрое быстрее", "3倍近く": just under the multiple.
            return Comparator(UPPER, found_nearly.group().strip())
        if multiple.direction == LOWER:
            # "up to 35 times faster" / "最大35倍": the ceiling said before a multiple that goes up bounds it.
            ceiling = _comparator_before(text, number, language, before_re, directions)
            if ceiling is not None and ceiling.direction == UPPER:
                return ceiling
        return multiple
    # Japanese puts the comparator right after the number and its counter: there it wins over one
    # further before ("最低でも 1 以下" is "1 or less", whatever "at least" said); not after a time
    # offset ("最低 2 日前まで" is "at least 2 days before").
    if language in _CJK_LANGUAGES:
        after = _comparator_after(text, number, language, after_re, directions)
        if after is None and (converted := _CONVERSION_IN_BRACKETS_AFTER_RE.match(text, number.end)) is not None:
            # "0.05MPa（0.5bar）以下": the comparator after the converted value in brackets is both's.
            after = _comparator_after(text, _Span(number.start, converted.end()), language, after_re, directions)
        if says_a_day_before_as_a_deadline(text, number.start, number.end):
            return _comparator_before(text, number, language, before_re, directions)
        if after is not None and after.text.startswith("から") and _SPAN_BEFORE_FROM_RE.match(text, number.end):
            after = None  # "7日前からご予約": from 7 days before, the span's "から" (see below)
        if (after is not None and _INSIDE_BRACKETS_RE.match(text, number.end, text.find(after.text, number.end))
                and _RANGE_IN_BRACKETS_BEFORE_RE.search(text, max(0, number.start - 24), number.start)):
            after = None  # "推奨範囲（18.5～24.9）を上回る": the bracket's noun is bounded, not its range
        if after is not None and _TIGHT_AFTER_RE.match(text, number.end, number.end + 6 + len(after.text)):
            if after.text == "超過" and (ceiling := _comparator_before(text, number, language, before_re, directions)):
                return ceiling  # "運転時間を最大2時間超過できます": exceeded by up to 2 hours
            return after
        # "1998年から今日まで": the ceiling after "から" is the end of a span this number starts.
        if after is not None and after.direction == UPPER and not _SPAN_BEFORE_FROM_RE.match(text, number.end):
            between = text[number.end:text.find(after.text, number.end)]
            if "から" in between and not any(character.isdigit() for character in between):
                return Comparator(LOWER, "から")
        # "24時間前以降" is from 24 hours before on, so at most 24 hours ahead ("no later than 24 hours
        # before" is at least 24 hours ahead); "24時間前以前" the other way.
        if after is not None and after.text in ("以降", "以後", "以前") and _SPAN_BEFORE_AND_AFTER_RE.match(text, number.end):
            return Comparator(LOWER if after.text == "以前" else UPPER, "前" + after.text)
        # "48時間前までに解約" (cancel by 48 hours before) is a deadline, which English says "at least 48
        # hours before" as often as "up to 48 hours before": no bound either way, but one said before it.
        if after is not None and after.text == "まで" and _SPAN_BEFORE_UNTIL_RE.match(text, number.end):
            return _comparator_before(text, number, language, before_re, directions)
        # "7日前から予約できます" (bookable from 7 days before) is "up to 7 days in advance".
        if after is None and _SPAN_BEFORE_FROM_RE.match(text, number.end):
            return _comparator_before(text, number, language, before_re, directions) or Comparator(UPPER, "前から")
        before = _comparator_before(text, number, language, before_re, directions)
        # "定員は6〜10名", "最大3〜5日": a ceiling said before a range is its far end's.
        ranged = _JAPANESE_RANGE_GOES_ON_RE.match(text, number.end) is not None
        if before is not None and before.direction == UPPER and ranged:
            before = None
        extreme = None if after is not None else _extreme_of_a_noun(text, number, language)
        if extreme is not None and extreme.direction == UPPER and ranged:
            extreme = None
        return before or after or _range_end(text, number, language) or extreme or _from_alone(text, number)
    before = _comparator_before(text, number, language, before_re, directions)
    if before is not None and " ".join(before.text.lower().split()) in _RANGE_END_WORDS:
        # "bis 85 Jahre und älter", "hasta 85 y más", "до 85 лет и старше": the end of a list of ranges
        # that is open upwards (not a verb of passing: "um bis zu 2 Stunden überschreiten" exceeds by up to 2).
        after = _comparator_after(text, number, language, after_re, directions)
        if after is not None and any(stem in after.text.lower() for stem in _PASSING.get(language, ())):
            return before
        return after or before
    if before is not None and before.text.lower() in ("limit", "the limit"):
        # "reach the limit 3 or more times": the noun is reached; "or more" bounds the count.
        after = _comparator_after(text, number, language, after_re, directions)
        if after is not None and after.text.lower().startswith(("or ", "and ")):
            return after
    return (before
            or _comparator_after(text, number, language, after_re, directions)
            or _past_a_named_threshold(text, number, language)
            or _range_end(text, number, language)
            or _before_or_after_a_year(text, number, language)
            or (_from_a_floor(text, number) or _extreme_of_a_noun(text, number) or _capped_at(text, number)
                if language == "en" else _extreme_of_a_noun(text, number, language)))


# A unit and the same measure converted in brackets after a number: "MPa（0.5bar）".
_CONVERSION_IN_BRACKETS_AFTER_RE = re.compile(r"[^\d\s（(。、]{0,8}[（(](?:約)?[0-9０-９][^）)]{0,16}[）)]")


# A Japanese range going on after its first end: "6〜10名", "3～5日", "2-3回".
_JAPANESE_RANGE_GOES_ON_RE = re.compile(r"[^\d〜～~\-–から]{0,4}?(?:〜|～|~|-|–|から)[0-9０-９]")


# Words for before and after a moment, which a comparator after the number overrides.
_BEFORE_OR_AFTER_WORDS = frozenset({"after", "before", "après", "avant", "nach", "vor", "después de", "antes de",
                                    "после", "перед"})


# A verb that caps or limits, its object, then "at" or "to": "the rules cap total nitrogen at 170
# kg/ha", "limits each household to 2 bins".
_CAPPED_AT_RE = re.compile(r"(?i)(?<![\w-])(?:cap|caps|capped|capping|limit|limits|limited|limiting)\s+"
                           r"(?:[\w-]+\s+){0,4}?(?:at|to)\s+(?:[$€£¥]\s?)?$")
_CAPPED_AT_NUMBER_RE = re.compile(_CAPPED_AT_RE.pattern.removesuffix("$") + r"\d")


def _capped_at(text: str, number: _Placed) -> Comparator | None:
    if not any(map(text.__contains__, ("cap", "Cap", "limit", "Limit"))):
        return None
    found = _CAPPED_AT_RE.search(text, max(0, number.start - 60), number.start)
    return None if found is None else Comparator(UPPER, found.group().strip())


# A comparator that names the threshold it compares with, before the number ("above the threshold
# of 5.7%", "unter dem Grenzwert von 5,7 %", "inférieur au seuil de 5,7 %", "por debajo del umbral
# del 5,7 %", "ниже порога в 5,7 %") or, in English, around it ("above the 5.7% threshold").
_ABOVE = {"en": r"above|over|exceeds?|exceeding|exceeded|beyond",
          "de": r"über|oberhalb|überschreitet|überschreiten|überschritten",
          "fr": r"au-dessus|au\s+dessus|au-delà|au\s+delà|supérieure?s?|dépasse|dépassent|dépassant",
          "es": r"por\s+encima|superior(?:es)?|más\s+allá|supera|superan|sobrepasa|sobrepasan",
          "ru": r"выше|больше|сверх|превыша\w*|превысил\w*"}
_BELOW = {"en": r"below|under|beneath",
          "de": r"unter|unterhalb|unterschreitet|unterschreiten|unterschritten",
          "fr": r"au-dessous|au\s+dessous|en\s+dessous|en-dessous|en\s+deçà|en-deçà|inférieure?s?",
          "es": r"por\s+debajo|inferior(?:es)?",
          "ru": r"ниже|меньше"}
_THRESHOLD_NAMED_BEFORE = {
    "en": r"(?:the|a|an|its|their|your|our)\s+(?:[\w-]+\s+){0,2}?(?:threshold|limit|mark|level|target|range|average"
          r"|norm|cap|ceiling|benchmark|goal)s?\s+of\s+",
    "de": r"(?:dem|den|der|des|einem|einer|ihrem|ihren|seinem|unserem)\s+(?:[\w-]+\s+)?[\w-]*(?:grenze|grenzwert"
          r"|schwelle|schwellenwert|limit|wert|bereich|ziel|marke|durchschnitt|mittel|norm|niveau)\w*\s+"
          r"(?:von\s+|in\s+Höhe\s+von\s+)?",
    "fr": r"(?:du|de\s+la|de\s+l['’]|des|au|aux|à\s+la|à\s+l['’])\s*(?:[\w-]+\s+)?(?:seuil|limite|plafond|plage"
          r"|valeur|moyenne|objectif|niveau|norme|fourchette|intervalle|barre|cible)s?(?:\s+[\w-]+){0,2}?\s+"
          r"(?:de\s+|d['’]|des\s+|du\s+|fixée?\s+à\s+)",
    "es": r"(?:del?|de\s+la|al|a\s+la|el|la|los)\s+(?:[\w-]+\s+)?(?:umbral|límite|rango|valor|media|promedio"
          r"|objetivo|nivel|norma|tope|intervalo)(?:es|s)?(?:\s+[\w-]+){0,2}?\s+(?:de\s+la\s+|del\s+|de\s+)(?:los\s+|las\s+)?",
    "ru": r"(?:[\w-]+\s+)?(?:порог\w*|предел\w*|норм[аыуе]\w*|уровн\w*|уровень|значени\w*|диапазон\w*|лимит\w*"
          r"|средн\w*|планк\w*|отметк\w*)(?:\s+[\w-]+){0,2}?\s+(?:в\s+)?",
}
_THRESHOLD_NAMED_AFTER_RE = re.compile(r"(?i)[\x20\u00a0]*(?:%|[^\W\d_]+\.?)?[\x20\u00a0-]*(?:[\w-]+\s+)?"
                                       r"(?:threshold|limit|mark|level|target|range|average|norm|cap|ceiling|benchmark"
                                       r"|goal)s?\b")


@lru_cache(maxsize=None)
def _named_threshold_res(language: str) -> tuple[re.Pattern[str], re.Pattern[str] | None] | None:
    if language not in _THRESHOLD_NAMED_BEFORE:
        return None
    sides = rf"(?P<above>{_ABOVE[language]})|(?P<below>{_BELOW[language]})"
    named_before = re.compile(rf"(?i)(?<![\w-])(?:{sides})\s+{_THRESHOLD_NAMED_BEFORE[language]}$")
    named_after = (re.compile(rf"(?i)(?<![\w-])(?:{sides})\s+(?:the|a|an|its|their|your|our)\s+$")
                   if language == "en" else None)
    return named_before, named_after


def _past_a_named_threshold(text: str, number: _Placed, language: str) -> Comparator | None:
    patterns = _named_threshold_res(language)
    if (patterns is None or joins_a_range_end(text, number.end, language) is not None
            or _YEAR_RE.fullmatch(text, number.start, number.end)):
        return None  # (a range's ends are compared as a range; "ниже уровня 2022 года" is a base)
    named_before, named_after = patterns
    window_start = max(0, number.start - 80)
    found = named_before.search(text, window_start, number.start)
    if found is None and named_after is not None and _THRESHOLD_NAMED_AFTER_RE.match(text, number.end):
        found = named_after.search(text, window_start, number.start)
    if found is None:
        return None
    side = LOWER if found.group("above") else UPPER
    direction = _negated(side, text, found.start(), language)
    return Comparator(direction, found.group().strip(), direction != side)


# "a minimum efficiency of 92%", "the maximum load per axle is 10 t", "the minimum age for the night
# excursion is 14": an extreme said of a noun before the number.
# (And a label: "Minimum top-up: 1,000 yen", "Maximum balance: 50,000 yen".)
# (And a label without its colon at a text's or a sentence's start: "Minimum order ¥15,000".)
_EXTREME_OF_A_NOUN_RE = re.compile(r"(?i)(?<![\w-])(?:(?:a|the)\s+(?P<extreme>minimum|maximum)\s+(?:[a-z-]+\s+){1,5}"
                                   r"(?:of|is|was)\s+(?:[$€£¥]\s?)?|(?<![^\s(])(?P<label>minimum|maximum)\s+[a-z-]+(?:\s+[a-z-]+){0,5}:\s*"
                                   r"(?:[$€£¥]\s?)?|(?:^|(?<=[.;:!?]\s)|(?<=\())(?P<bare>minimum|maximum)\s+[a-z-]+(?:\s+[a-z-]+){0,2}"
                                   r"\s+(?:[$€£¥]\s?)?)$")
_EXTREME_OF_A_NUMBER_RE = re.compile(_EXTREME_OF_A_NOUN_RE.pattern.removesuffix("$") + r"[$€£¥]?\d")


# ... and in other languages: "la velocidad máxima es de 12 km/h", "la vitesse maximale est de", "die
# Höchstgeschwindigkeit beträgt".
_EXTREME_OF_A_NOUN_RES = {
    "es": re.compile(r"(?i)(?<![\w-])(?:la|el|los|las|una?)\s+[^\W\d_]+\s+(?P<extreme>máxim[oa]s?|mínim[oa]s?)"
                     r"(?:\s+(?:es|será|era|fue|permitid[oa]|autorizad[oa]))?\s+de\s+(?:l[oa]s\s+)?$"),
    "fr": re.compile(r"(?i)(?<![\w-])(?:la|le|les|une?)\s+[^\W\d_]+\s+(?P<extreme>maxima(?:le|l|ux|les)|minima(?:le|l|ux|les)"
                     r"|maximum|minimum)(?:\s+(?:est|sera|était|autorisée?))?\s+(?:de\s+|d['’]\s*)$"),
    # (With what it is of between: "Die Mindestteilnehmerzahl für diesen Kurs beträgt 8".)
    "de": re.compile(r"(?<![\w-])(?P<extreme>Höchst|Mindest|Maximal|Minimal)[^\W\d_]+"
                     r"(?:\s+(?:für|bei|im|am|pro|je|des|der|dieses|dieser|eines|einer)(?:\s+[^\W\d_]+){1,3})?"
                     r"\s+(?:beträgt|liegt\s+bei|von)\s+$"),
}
# ... and as a label before a colon: "Durée minimale de location : une journée", "Periodo mínimo de
# alquiler: 1 día", "Mindestmietdauer: 1 Tag", "Минимальный срок аренды: 1 день", "最低レンタル期間：1日".
_EXTREME_LABELS = {
    "es": r"(?<![\w-])[^\W\d_]+\s+(?P<label>máxim[oa]s?|mínim[oa]s?)(?:\s+[^\W\d_]+){0,3}\s*:\s*",
    "fr": r"(?<![\w-])[^\W\d_]+\s+(?P<label>maxima(?:le|l|ux|les)|minima(?:le|l|ux|les)|maximum|minimum)"
          r"(?:\s+[^\W\d_'’]+|\s+d['’][^\W\d_]+){0,3}\s*:\s*",
    "de": r"(?<![\w-])(?P<label>Höchst|Mindest|Maximal|Minimal)[^\W\d_]+\s*:\s*",
    "ru": r"(?<![\w-])(?P<label>максимальн|минимальн)[^\W\d_]*(?:\s+[^\W\d_]+){0,3}\s*:\s*",
    # (And "最小計量は150kg", the noun's topic; not "最大の特徴は", an adjective.)
    "ja": r"(?P<label>最低|最小|最大|最高|最長|最短)(?:[^\d\s：:、。]{1,8}[：:]|(?!の)[^\d\s：:、。はの]{1,8}は)\s*"
          r"|(?<=の)(?P<limit>上限|下限)(?:額|値|金額)?(?:は|[：:])\s*",
}
_EXTREME_OF_A_NOUN_RES = {language: re.compile(r"(?:" + pattern.pattern.removeprefix("(?i)").removesuffix("$") + "|"
                                               + _EXTREME_LABELS[language] + r")$", pattern.flags)
                          if language in _EXTREME_LABELS else pattern
                          for language, pattern in {**_EXTREME_OF_A_NOUN_RES,
                                                    "ru": re.compile(r"(?!x)x"), "ja": re.compile(r"(?!x)x")}.items()}
_LOWEST = ("min", "mín", "мин", "最低", "最小", "最短", "下限")  # (lowercased: "minimum", "mínima", "Mindest", "Minimal")
# The same followed by a digit (the cheap test of may_bound_a_number).
_EXTREME_OF_A_NUMBER_RES = {language: re.compile(pattern.pattern.removesuffix("$") + r"[$€£¥]?\d", pattern.flags)
                            for language, pattern in _EXTREME_OF_A_NOUN_RES.items()}


def _extreme_of_a_noun(text: str, number: _Placed, language: str = "en") -> Comparator | None:
    pattern = _EXTREME_OF_A_NOUN_RE if language == "en" else _EXTREME_OF_A_NOUN_RES.get(language)
    found = None if pattern is None else pattern.search(text, max(0, number.start - 50), number.start)
    if found is None:
        return None
    group = next(name for name in ("label", "bare", "extreme", "limit") if name in found.re.groupindex and found.group(name))
    phrase = found.group()[found.start(group) - found.start():].strip()  # "minimum efficiency of"
    return Comparator(LOWER if found.group(group).lower().startswith(_LOWEST) else UPPER, phrase)


@lru_cache(maxsize=None)
def _year_bound_res(language: str) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]] | None:
    """The phrase before a year that ends where the year begins, the same followed by a year (the
    cheap test), and each phrase's direction."""
    if language not in _BEFORE_A_YEAR:
        return None
    return _phrase_before_res(_BEFORE_A_YEAR[language], r"(?:(?:the )?year |l['’]an |el año |(?:de )?l['’]année )?",
                              r"(?:" + _YEAR_RE.pattern + r")(?!\d)")


def _phrase_before_res(table: dict[str, list[str]], between: str,
                       then: str) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """A phrase of `table` and the words `between` that end where a value begins, the same followed
    by the value's start `then` (the cheap test), and each phrase's direction."""
    before, _, directions = _alternation(table)
    phrase = r"(?i)(?<!\w)(?P<phrase>" + before + r")[\s\u00a0\u202f]{1,2}" + between
    return re.compile(phrase + "$"), re.compile(phrase + then), directions


def _phrase_right_before(text: str, start: int,
                         patterns: tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]) -> Comparator | None:
    """The comparator whose phrase ends where a value starts at `start`."""
    found = patterns[0].search(text[max(0, start - 24):start])
    if found is None:
        return None
    phrase = _matched_phrase(found)
    return Comparator(patterns[2][phrase], found.group("phrase")) if phrase in patterns[2] else None


def may_bound_a_year(text: str, language: str) -> bool:
    """The cheap test: a year after a word for before or after ("after 1945", "avant 1900", "pre-1970")."""
    patterns = _year_bound_res(language)
    return patterns is not None and _A_YEAR_RE.search(text) is not None and (
        patterns[1].search(text) is not None or language == "en" and _PRE_OR_POST_YEAR_RE.search(text) is not None)


# "Pre-1970", "post-2000 buildings": before and after the year, joined to it.
_PRE_OR_POST_RE = re.compile(r"(?i)(?<![\w-])(?:(?P<pre>pre)|post)-$")
_PRE_OR_POST_YEAR_RE = re.compile(r"(?i)(?<![\w-])(?:pre|post)-(?:1\d|20)\d\d(?!\d)")


def _before_or_after_a_year(text: str, number: _Placed, language: str) -> Comparator | None:
    patterns = _year_bound_res(language)
    if patterns is None or _YEAR_RE.fullmatch(text, number.start, number.end) is None:
        return None
    if language == "en" and (joined := _PRE_OR_POST_RE.search(text, max(0, number.start - 5), number.start)):
        return Comparator(UPPER if joined.group("pre") else LOWER, joined.group()[:-1])
    return _phrase_right_before(text, number.start, patterns)


# Before and after a date or a time of day ("before 6 p.m." / "nach 18 Uhr", "by 31 March" / "après
# le 31 mars"): said just before it, an article between, or in Japanese just after it ("午後6時以降").
_BEFORE_A_MOMENT = {
    "en": {UPPER: ["before", "until", "till", "prior to", "by", "no later than", "not later than", "not after", "up to",
                   "up until", "through"],
           LOWER: ["after", "since", "from", "starting", "starting on", "starting from", "no earlier than",
                   "not earlier than", "not before", "later than"]},
    "fr": {UPPER: ["avant", "jusqu'à", "jusqu’à", "jusqu'au", "jusqu’au", "d'ici", "d’ici", "d'ici au", "d’ici au",
                   "au plus tard", "au plus tard à", "pas après", "jamais après"],
           LOWER: ["après", "depuis", "dès", "à partir de", "à partir du", "à compter de", "à compter du",
                   "au plus tôt", "au plus tôt à", "pas avant", "jamais avant"]},
    "de": {UPPER: ["vor", "bis", "bis zum", "bis spätestens", "spätestens", "nicht nach"],
           LOWER: ["nach", "ab", "seit", "frühestens", "nicht vor"]},
    "es": {UPPER: ["antes de", "antes del", "hasta", "a más tardar", "nunca después de", "nunca después del",
                   "no después de", "no después del"],
           LOWER: ["después de", "después del", "desde", "a partir de", "a partir del", "nunca antes de",
                   "nunca antes del", "no antes de", "no antes del"]},
    "ru": {UPPER: ["до", "к", "не позднее", "не позже"], LOWER: ["после", "с", "со", "начиная с", "не ранее", "не раньше"]},
}
# (And a weekday before the date: "no earlier than Friday 15 November", "au plus tard le vendredi 15".)
_MOMENT_ARTICLES = {"en": "(?:the )?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?",
                    "fr": "(?:le |la |l['’]|les )?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),? )?",
                    "de": "(?:dem |den |der |am |zum |um )?(?:(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),? "
                          "(?:dem |den |der )?)?",
                    "es": "(?:el |la |las |los )?(?:(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo),? )?"}
_AFTER_A_MOMENT_JA = {"までに": UPPER, "まで": UPPER, "以前": UPPER, "より前": UPPER, "前": UPPER,
                      "以降": LOWER, "以後": LOWER, "から": LOWER, "より後": LOWER}
_AFTER_A_MOMENT_JA_RE = re.compile("|".join(sorted(_AFTER_A_MOMENT_JA, key=len, reverse=True)))
# "遅くとも午後8時" (at 8 p.m. at the latest), "早くても10時" (at the earliest).
_WEEKDAY_RIGHT_BEFORE_RE = re.compile(r"(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[\x20\u00a0]+$")
_LATEST_OR_EARLIEST_BEFORE_JA_RE = re.compile(r"([遅早])く[とて]も[、\s]?$")


@lru_cache(maxsize=None)
def _moment_bound_res(language: str) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]] | None:
    """The phrase before a date or time that ends where it begins, the same followed by a digit (the
    cheap test), and each phrase's direction."""
    if language not in _BEFORE_A_MOMENT:
        return None
    return _phrase_before_res(_BEFORE_A_MOMENT[language], _MOMENT_ARTICLES.get(language, ""), r"\d")


def may_bound_a_moment(text: str, language: str) -> bool:
    """The cheap test: a word for before or after just before a digit ("before 18:00", "by 31 May")."""
    patterns = _moment_bound_res(language)
    return patterns is not None and patterns[1].search(text) is not None


def moment_comparator(text: str, moment: _Placed, language: str) -> Comparator | None:
    """Whether the date or time of day at `moment` is a deadline (at most) or a start (at least)."""
    if language == "ja":
        found = _AFTER_A_MOMENT_JA_RE.match(text, moment.end)
        if found:
            return Comparator(_AFTER_A_MOMENT_JA[found.group()], found.group())
        before = _LATEST_OR_EARLIEST_BEFORE_JA_RE.search(text, max(0, moment.start - 8), moment.start)
        return Comparator(UPPER if before.group(1) == "遅" else LOWER, before.group().rstrip("、 ")) if before else None
    patterns = _moment_bound_res(language)
    before = None if patterns is None else _phrase_right_before(text, moment.start, patterns)
    if (before is not None and moment.kind == "time"
            and _WEEKDAY_RIGHT_BEFORE_RE.search(text, max(0, moment.start - 14), moment.start)
            and _WEEKDAY_RIGHT_BEFORE_RE.search(text, 0, max(0, text.rfind(before.text, 0, moment.start)))):
        before = None  # "Monday through Friday, 8:00–14:00": the days' range, not the time's bound
    if before is not None:
        # ("ni après 20 h", "nicht vor 8 Uhr": turned over by a negation before it.)
        turned = _negated(before.direction, text, text.rfind(before.text, 0, moment.start), language)
        return before if turned == before.direction else Comparator(turned, before.text, negated=True)
    if language not in _AFTER_A_MOMENT:
        return None
    after = _AFTER_A_MOMENT[language].match(text, moment.end)
    return None if after is None else Comparator(UPPER if after.group("latest") else LOWER, after.group().strip(" ,"))


# The latest or the earliest moment said after it: "15 November at the latest", "le 15 novembre au
# plus tard", "el 15 de noviembre a más tardar".
_AFTER_A_MOMENT = {
    "en": re.compile(r"(?i),?[\s\u00a0]+at\s+the\s+(?:(?P<latest>latest)|earliest)\b"),
    "fr": re.compile(r"(?i),?[\s\u00a0]+au\s+plus\s+(?:(?P<latest>tard)|tôt)\b"),
    "es": re.compile(r"(?i),?[\s\u00a0]+(?:(?P<latest>a\s+más\s+tardar|como\s+muy\s+tarde)|como\s+muy\s+pronto)\b"),
}


# A range bounds both its ends: "between 0 and 56", "from 1 to 65535" is a floor on the first and
# a ceiling on the second, against which "0 以下" is turned over. Only a range whose ends are in
# order: "reduced from 10 to 5" is a change, not a range.
_RANGE_NUMBER = r"([-+\u2212]?\d[\d.,]*)"
_CURRENCY_SIGN = r"(?:[$€£¥₽]\s?)?"
_RANGES = {
    "en": (r"between|from|range(?: of)?", r"and|to|through|until|till"),
    "fr": (r"entre|de|compris entre", r"et|à"),
    "de": (r"zwischen|von", r"und|bis"),
    "es": (r"entre|de|desde", r"y|a|hasta"),
    "ru": (r"между|от|с", r"и|до|по"),
    "ja": (None, r"から|～|〜"),
}
_RANGE_WORDS = {"en": ("between", "Between", "from", "From", "range", "Range"), "fr": ("entre", "Entre", "de ", "De "),
                "de": ("zwischen", "Zwischen", "von", "Von"), "es": ("entre", "Entre", "de ", "De ", "desde", "Desde"),
                "ru": ("между", "Между", "от ", "От ", "с ", "С "), "ja": ("から", "～", "〜")}


@lru_cache(maxsize=None)
def _range_re(language: str) -> re.Pattern[str] | None:
    words = _RANGES.get(language)
    if words is None:
        return None
    opening, joining = words
    if opening is None:  # "1 から 65535", "0〜56": the ends are joined, nothing opens the range
        return re.compile(r"(?<![\d.,])" + _RANGE_NUMBER + r"\s*[^\d\s、。,]{0,4}?\s*(?:" + joining + r")\s*"
                          + _RANGE_NUMBER)
    # ("between ¥5,000 and ¥500,000": a currency's sign before either end.)
    return re.compile(r"(?i)(?<!\w)(?:" + opening + r")\s+" + _CURRENCY_SIGN + _RANGE_NUMBER + r"\s+(?:" + joining
                      + r")\s+" + _CURRENCY_SIGN + _RANGE_NUMBER)


@lru_cache(maxsize=None)
def _range_join_re(language: str) -> re.Pattern[str] | None:
    words = _RANGES.get(language)
    if words is None:
        return None
    return re.compile(r"(?i)[\x20\u00a0\u202f]*(?:[-–—〜～]|(?<![^\W\d_])(?:" + words[1] + r")(?![^\W\d_]))"
                      r"[\x20\u00a0\u202f]*(?=[-+\u2212]?\d|[^\W\d_])")


def joins_a_range_end(text: str, position: int, language: str) -> int | None:
    """Where the range's second number starts when `position`, right after a number, joins it to a
    second one ("1.5 to 3", "1,5 à 3", "1.5–3", "one to two"), else None (the caller finds that
    number there)."""
    pattern = _range_join_re(language)
    found = pattern.match(text, position) if pattern is not None else None
    return found.end() if found is not None else None


# A multiplier with a comparative: "4 times larger" goes up, "4-mal kleiner", "в 4 раза меньше",
# "4 fois plus petit", "4 veces menor", "4 倍小さい" go down. Up reads as a floor, down as a ceiling
# ("times larger" / "fois plus petit" is a bound turned over); "4 times as large" has no direction.
_MULTIPLES = {
    # ("three times as efficient" is three times more so.)
    "en": (r"(?:times|x|×|-fold)\s+", r"larger|bigger|greater|higher|longer|more|wider|taller|heavier|faster|quicker"
                                      r"|as(?=\s+[^\W\d])",
           r"smaller|lower|shorter|less|fewer|narrower|lighter|slower"),
    "fr": (r"fois\s+", r"supérieur\w*|plus(?!\s+(?:petit|court|bas|faible|léger|légère|étroit|mince|lent)\w*)",
           r"inférieur\w*|moins|plus\s+(?:petit|court|bas|faible|léger|légère|étroit|mince|lent)\w*"),
    "de": (r"-?\s*(?:mal|fach)\s+", r"größer|höher|länger|mehr|breiter|schwerer|umfangreicher|schneller",
           r"kleiner|niedriger|kürzer|weniger|geringer|schmaler|leichter|langsamer"),
    "es": (r"veces\s+", r"superior\w*|mayor|mayores|más(?!\s+(?:pequeñ|cort|baj|chic|estrech|liger|delgad|lent)\w*)",
           r"inferior\w*|menor|menores|menos|más\s+(?:pequeñ|cort|baj|chic|estrech|liger|delgad|lent)\w*"),
    "ru": (r"раз[а]?\s+", r"больше|выше|длиннее|шире|тяжелее|крупнее|дольше|более|быстрее",
           r"меньше|ниже|короче|уже|легче|мельче|менее|медленнее"),
    "ja": (r"倍\s*(?:も)?", r"大き|高|長|多|広|重|速", r"小さ|低|短|少な|狭|軽|遅"),
}
_MULTIPLE_WORDS = {"en": ("times", "x ", "×", "-fold"), "fr": ("fois",), "de": ("mal", "fach"), "es": ("veces",),
                   "ru": ("раз",), "ja": ("倍",)}
# A multiplier's word right after a number ("в 40 раз", "3 fois", "3x"), for the findings it owns.
# (A word of letters ends there, with its endings: "5-fache", "в 2 раза", not "32-разрядные".)
_MULTIPLE_WORD_AFTER_RE = re.compile(
    r"(?i)[\x20\u00a0\u202f-]*(?:(?:" + "|".join(sorted({re.escape(word.strip(" -")) for words in _MULTIPLE_WORDS.values()
                                                         for word in words if word.strip() != "x"}, key=len, reverse=True))
    + r")(?:(?<=раз)а|(?<=fach)e[nmrs]?|(?<=mal)ig\w*)?(?:(?<=[倍×])|(?![^\W\d_]))|x(?![^\W\d_]))")


# A number, or the end of a range, with a multiplier's word after it ("5 fois", "5–7 раз", "2倍").
_NUMBER_AND_MULTIPLE_RE = re.compile(
    r"(?i)\d[\x20\u00a0\u202f-]*(?:" + "|".join(sorted({re.escape(word.strip(" -")) for words in _MULTIPLE_WORDS.values()
                                                         for word in words if word.strip() not in ("x", "×")},
                                                        key=len, reverse=True)) + ")")


def may_say_a_multiple(text: str) -> bool:
    """The cheap test: a number with a multiplier's word after it ("5 fois", "в 5–7 раз", "2倍")."""
    return _NUMBER_AND_MULTIPLE_RE.search(text) is not None


def says_a_multiple_after(text: str, end: int) -> bool:
    """Whether a multiplier's word follows the number ending at `end`."""
    return multiple_word_end(text, end) is not None


def multiple_word_end(text: str, end: int) -> int | None:
    """Where the multiplier's word after the number ending at `end` ends ("5 раз", "5-Fache", "2倍")."""
    found = _MULTIPLE_WORD_AFTER_RE.match(text, end)
    return None if found is None else found.end()


@lru_cache(maxsize=None)
def _multiple_re(language: str) -> re.Pattern[str] | None:
    words = _MULTIPLES.get(language)
    if words is None:
        return None
    multiplier, up, down = words
    edge = "" if language in _CJK_LANGUAGES else r"(?!\w)"
    return re.compile(r"(?i)\s*" + multiplier + r"(?:(?P<up>" + up + r")|(?P<down>" + down + r"))" + edge)


@lru_cache(maxsize=None)
def _multiple_of_digits_re(language: str) -> re.Pattern[str]:
    return re.compile(r"\d" + _multiple_re(language).pattern.replace("(?i)", "", 1), re.IGNORECASE)


def _multiple(text: str, number: _Placed, language: str) -> Comparator | None:
    pattern = _multiple_re(language)
    found = pattern.match(text, number.end) if pattern is not None else None
    if found is None:
        return None
    return Comparator(LOWER if found.group("up") else UPPER, found.group().strip())


def states_a_multiple(text: str, number: _Placed, language: str) -> bool:
    """A multiplier follows the number ("4 fois plus", "в четыре раза больше"): a factor, no bound on it."""
    return _multiple(text, number, language) is not None


def may_state_a_multiple(text: str, language: str) -> bool:
    """The cheap test for a multiplier's words ("times", "fois", "раз", "倍")."""
    words = _MULTIPLE_WORDS.get(language)
    return words is not None and any(word in text for word in words)


def may_have_bound(text: str, language: str) -> bool:
    """Could `text` bound a value at all: a comparator, a range or a multiplier with a comparative."""
    return (may_have_comparator(text, language) or may_state_a_range(text, language)
            or may_state_a_multiple(text, language) or may_bound_a_year(text, language))


def may_state_a_range(text: str, language: str) -> bool:
    """The cheap test for a range's words ("between", "from", "entre", "から")."""
    words = _RANGE_WORDS.get(language)
    return words is not None and any(word in text for word in words) and _range_re(language).search(text) is not None


def _ordered(first: str, second: str) -> bool:
    try:
        return float(first.rstrip(".,").replace(",", "")) <= float(second.rstrip(".,").replace(",", ""))
    except ValueError:
        return True


def _range_end(text: str, number: _Placed, language: str) -> Comparator | None:
    pattern = _range_re(language)
    if pattern is None or not any(word in text for word in _RANGE_WORDS[language]):
        return None
    for found in pattern.finditer(text, max(0, number.start - 30), number.end + 30):
        if found.start(1) == number.start and _ordered(found.group(1), found.group(2)):
            capped = _RANGE_CAPPED_AFTER_RE.match(text, found.end())
            # ("週2〜3回までに": up to two or three times a week, both ends under a ceiling.)
            if capped is not None and not ("から" in found.group() and "まで" in capped.group()):
                return Comparator(UPPER, found.group() + capped.group())
            return Comparator(LOWER, found.group())
        if found.start(2) == number.start and _ordered(found.group(1), found.group(2)):
            return Comparator(UPPER, found.group())
    return None


# A ceiling after a range's second end, which bounds the whole range: "1〜2%までにとどめる",
# "2〜3回以内", "2 or 3 times at most" (not the "まで" of "5年から35年まで", from 5 to 35 years).
_RANGE_CAPPED_AFTER_RE = re.compile(r"\s?[^\d\s。、,.]{0,3}?(?:まで(?=に|と)|以下|以内)|(?i:[\x20\u00a0\u202f]?[^\W\d_]{0,12}?"
                                    r"[\x20\u00a0\u202f]+(?:at\s+most|maximum|au\s+maximum|au\s+plus|höchstens|maximal"
                                    r"|como\s+máximo|como\s+mucho|максимум)\b)")


# A number inside brackets that close before the comparator after it (not "25℃（77°F）以上", whose 25
# stands before them).
_RANGE_IN_BRACKETS_BEFORE_RE = re.compile(r"[(（\[［][^)）\]］]*[～〜~\-–][^)）\]］]*$")
_INSIDE_BRACKETS_RE = re.compile(r"[^(（\[［「『]*[)）\]］」』]")
# "3歳からのお子様", "5名様から": a floor said by から after a count and its counter, with no other end
# of a range after it in the clause ("3歳から6歳まで" is a range, read as one). After an amount of yen
# whatever follows ("5,980円から。", "120万円から投資できます"), unless a number does: "170円から180円に".
_FROM_ALONE_JA_RE = re.compile(r"(?:(?:(?![はがをのにへでともや])[^\d\s。、,.前後]){0,3}から(?=の|は|が|、|ご|お|で|と|受|利|参|申|入)"
                               r"|[万億]?円から(?![\s　]*[\d０-９〇一二三四五六七八九十百千万]))(?![^。]*?\d[^。]{0,4}?(?:まで|以下|未満))")


def says_a_day_before_as_a_deadline(text: str, start: int, end: int) -> bool:
    """ "前日までに" (by the day before): a deadline, as "48時間前までに" is, which English says as "at least
    1 day in advance" as often as "up to 1 day in advance"; no bound either way."""
    return text[start:end] in ("前日", "前々日") and text.startswith("まで", end)


def _from_alone(text: str, number: _Placed) -> Comparator | None:
    return Comparator(LOWER, "から") if _FROM_ALONE_JA_RE.match(text, number.end) else None


_TIGHT_AFTER_RE = re.compile(r"\s?[^\d\s。、,.前後]{0,2}\s?(?:以上|以下|未満|超|以内|まで|を[超越]え|より|に(?:も)?満た|[をが][上下]限"
                             r"|を(?:やや|わずかに|少し|大きく)?[上下]回)")


# A comparative's conjunction, and an amount with its unit said right before the comparative.
_DIFFERENCE_RE = re.compile(r"(?:\bthan|\bals|\bque|чем)$")
_AMOUNT_BEFORE_RE = re.compile(r"\d(?P<unit>[\s\u00a0\u202f]*(?:%|[^\W\d_]+\.?))[\s\u00a0\u202f]+$")
_MONEY_BEFORE_RE = re.compile(r"(?<![\w.,])[$€£¥][\s\u00a0]?\d[\d.,]*[\s\u00a0\u202f]+$")


def _says_an_amount_before(text: str, position: int, language: str) -> bool:
    """A number and its unit end right before `position`: "9 Liter ", "12 % ", "£15 " (not "2010 kamen ")."""
    found = _AMOUNT_BEFORE_RE.search(text, max(0, position - 24), position)
    if found is None:
        return _MONEY_BEFORE_RE.search(text, max(0, position - 24), position) is not None
    return found.group("unit").strip() == "%" or units.names_a_unit_at(text, found.start("unit"), language)


def _matched_phrase(match: re.Match[str]) -> str:
    """A comparator's phrase as the tables write it: lowercase, one space between words."""
    return " ".join(match.group("phrase").lower().split())


_WHOLESALE_BEFORE_RE = re.compile(r"(?i)\bal[\s\u00a0]+por[\s\u00a0]+$")  # (not "utilizado por mayores de 16")
# A rank, and a verb of motion before "up to" it ("moving up to 4th place").
_A_RANK_RE = re.compile(r"(?i)(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
                        r"|\d+[\s\u00a0]+(?:place|position|spot|rank))\b")
_MOVED_UP_RE = re.compile(r"(?i)\b(?:mov|climb|jump|ris|go|com|step)(?:e|es|ed|ing|s)?[\s\u00a0]+$|\b(?:went|came|rose)[\s\u00a0]+$")
# A verb that puts something under a name, an address or a licence.
_FOUND_UNDER_RE = re.compile(r"(?i)\b(?:available|accessible|reachable|found|listed|filed|published|released|licen[sc]ed"
                             r"|distributed|known|registered|stored|saved|sold)[\s\u00a0]+$")
_RESTRICTIVE_NE_BEFORE_RE = re.compile(r"(?i)(?<![^\W\d_])n(?:e\s+|['’])(?:[^\W\d_]+\s+){1,2}$")
_LAID_UNDER_RE = re.compile(r"(?i)\b(?:buried|trapped|submerged|sunk|hidden|lying|lies|lay)(?:[\s\u00a0]+\w+)?[\s\u00a0]+$")
_A_SPEED_AFTER_RE = re.compile(r"[\s\u00a0\u202f]*(?:км/ч|км/час|км в час|м/с|миль/ч|миль в час|узл\w*|[КкМмГг]бит/с"
                               r"|[КкМмГг]Б/с|кадр\w* в секунду|об/мин)")


def _comparator_before(text: str, number: _Placed, language: str, before_re: re.Pattern[str],
                       directions: dict[str, str]) -> Comparator | None:
    # (Forty characters: "ab einer gefühlten Temperatur von 38 °C".)
    window = text[max(0, number.start - 40):number.start]
    before = before_re.search(window)
    if before is not None:
        phrase = _matched_phrase(before)
        if phrase[-1] in "<>" and window.endswith(phrase) and text[number.start:number.start + 1].isalpha():
            return None  # an angle bracket: "<mb_cur_min>"
        start = max(0, number.start - 40) + before.start()
        if (_DIFFERENCE_RE.search(phrase) and _NEGATION_IN_PHRASE_RE.search(phrase) is None
                and _says_an_amount_before(text, start, language)):
            # "9 Liter weniger als 2021": the difference is 9, 2021 the base it is taken from (not
            # "innerhalb von 24 Stunden nicht weniger als 8": a negated comparative bounds).
            return None
        if phrase in ("as much as", "as high as") and _TIMES_BEFORE_RE.search(text, max(0, start - 12), start):
            return None  # "three times as much as 12 kg": 12 is the base, not a ceiling
        if phrase.lower() in ("under", "below", "over", "above") and _RANGE_GOES_ON_RE.match(text, number.end):
            return None  # "buried under 4 to 6 metres of ash": a place, and a range
        if phrase.lower() == "over" and _VERB_OF_OVER_BEFORE_RE.search(text, max(0, start - 16), start):
            return None  # "the jackpot has rolled over 14 times": a verb's particle, no floor
        if (phrase.lower() == "over" and _SPREAD_BEFORE_OVER_RE.search(text, max(0, start - 24), start)
                and _SPAN_COUNTED_AFTER_RE.match(text, number.end)):
            return None  # "the course runs over six Saturday mornings", "paid over 12 months": across them
        if phrase in ("plus que", "plus qu'", "plus qu’") and _RESTRICTIVE_NE_BEFORE_RE.search(
                text, max(0, start - 30), start):
            return None  # "dès qu'elle ne compte plus que 6 oiseaux": only 6 left, no floor
        if phrase == "under" and _FOUND_UNDER_RE.search(text, max(0, start - 24), start):
            return None  # "accessible under two different URLs", "released under 3 licences": where, not how many
        if phrase in ("under", "beneath") and _LAID_UNDER_RE.search(text, max(0, start - 24), start):
            return None  # "buried under 1.5 m of snow": where it lies
        if phrase == "up to" and _A_RANK_RE.match(text, number.start) and _MOVED_UP_RE.search(
                text, max(0, start - 16), start):
            return None  # "moving up to 4th place": a move to a rank, no ceiling
        if phrase == "от" and _RUSSIAN_RANGE_END_RE.match(text, number.end):
            return None  # "от 0 до 100" is a range, read as one elsewhere; "от 40 минут" is at least 40
        if phrase.lower().startswith("mayor") and _WHOLESALE_BEFORE_RE.search(text, max(0, start - 8), start):
            return None  # "un pedido al por mayor de 100 unidades": a wholesale order, no floor
        if phrase.lower() in ("быстрее", "быстрее чем") and not _A_SPEED_AFTER_RE.match(text, number.end):
            return None  # faster than a speed ("быстрее 160 км/ч"), not "в 2 раза быстрее 4G"
        if phrase in _AT_THE_LATEST_OR_EARLIEST and _A_SPAN_BEFORE_RE.match(text, number.end):
            return None  # "遅くとも3日前までに": a deadline 3 days ahead, said "at least 3 days before" too
        if phrase in directions and not (start > 0 and text[start - 1] == "%"):  # "%<PRIu32>": GCC markup
            # Two comparators in a row, "au moins jusqu'à 15 mois" (at least until): the first one bounds.
            if phrase in _RANGE_END_WORDS:
                first = before_re.search(text[max(0, start - 30):start])
                # (Not "over" of a time it takes: "repayable over up to 15 years" is at most 15.)
                if first is not None and _matched_phrase(first) in directions and _matched_phrase(first).lower() != "over":
                    phrase, before, start = _matched_phrase(first), first, max(0, start - 30) + first.start()
            direction = _negated(directions[phrase], text, start, language)
            if phrase in _UP_TO and _counts_back_a_length(text, number.end, language):
                return _up_to_before(text, start, language)
            counted_back = _COUNTED_BACK_RES.get(language) if phrase.lower() in _DEADLINES else None
            if counted_back is not None and (counted_back.match(text, number.end) or language == "ru" and (
                    before.group().rstrip().endswith(" за") or text.startswith("за ", number.start))):
                # ("не позднее чем за 2 рабочих дня", "не позднее чем за сутки": "за" alone counts back.)
                # "no later than 6 weeks before", "spätestens 30 Minuten vor": at least that long before,
                # whatever negates the clause ("sofern er nicht spätestens 6 Wochen vor Ablauf gekündigt
                # wird": unless cancelled at least 6 weeks before).
                return Comparator(opposite(directions[phrase]), before.group().strip())
            return Comparator(direction, before.group().strip(), direction != directions[phrase])
    return None


# The latest or the earliest moment, said before a length of time counted back from another moment
# ("6 weeks before the event", "30 Minuten vor Abflug", "2 часа до вылета", "6 semanas de antelación"):
# that length is bounded the other way round.
_DEADLINES = frozenset({"no later than", "not later than", "no earlier than", "not earlier than", "au plus tard",
                        "au plus tôt", "spätestens", "frühestens", "a más tardar", "como muy tarde", "como muy pronto",
                        "не позднее", "не позже", "не ранее", "не раньше"})
_BACK = {"en": r"before|ahead|in\s+advance|prior", "fr": r"avant|à\s+l['’]avance|d['’]avance",
         "de": r"vor|vorher|zuvor|im\s+Voraus", "es": r"antes|de\s+antelación|de\s+anticipación",
         "ru": r"до|раньше|заранее"}
_FORTH = {"en": r"after|later", "fr": r"après|plus\s+tard", "de": r"nach|danach|später", "es": r"después|más\s+tarde",
          "ru": r"после|позже|спустя"}
# (Within the clause and not past a word counting forth: "frühestens 30 Tage und spätestens 2 Stunden
# vor der Abholung" counts both back.)
_COUNTED_BACK_RES = {language: re.compile(rf"(?i)(?:(?!(?<![^\W\d_])(?:{_FORTH[language]})(?![^\W\d_]))[^.;:!?]){{0,45}}?"
                                          rf"(?<![^\W\d_])(?:{words})(?![^\W\d_])") for language, words in _BACK.items()}

_TIMES_BEFORE_RE = re.compile(r"(?i)\b(?:times|twice|half)\s+$")
_RANGE_GOES_ON_RE = re.compile(r"[\x20\u00a0]*(?:to|[-–—])[\x20\u00a0]*\d")
_RUSSIAN_RANGE_END_RE = re.compile(r"[^,.;:!?]{0,40}?(?<!\w)до(?!\w)")
# "Rates from €129", "from 4 months of age": a floor, said by "from" alone before an amount of money
# or an age (not "from 9 a.m. to 5 p.m.", a range, nor "leaders from 27 countries", an origin).
_FROM_AN_AMOUNT_RE = re.compile(r"(?i)(?<!\w)from[\x20\u00a0]+(?P<money>[$€£¥][\x20\u00a0]?)?$")
_FROM_A_FLOOR_HINT_RE = re.compile(r"from[\x20\u00a0]+(?:[$€£¥\d]|(?:[a-z]+[\x20\u00a0]+)?(?:level|lv|lvl|rank|age|grade|tier"
                                   r"|stage)\b)")
# "available from level 20", "from age 12", "from player rank 5": a floor on a level.
_FROM_A_LEVEL_RE = re.compile(r"(?i)(?<!\w)from[\x20\u00a0]+(?:(?:player|character|account|user|member(?:ship)?)[\x20\u00a0]+)?"
                              r"(?:level|lv\.?|lvl\.?|rank|age|grade|tier|stage)[\x20\u00a0]*$")
_OF_AGE_RE = re.compile(r"(?i)[\x20\u00a0]*(?:days?|weeks?|months?|years?)[\x20\u00a0]+(?:of[\x20\u00a0]+age|old)\b")
# (The range's other end is a value: "from €9 to €12", "from 4 months until the age of 12"; not "from
# €17.99 and cannot be cancelled".)
_ENGLISH_RANGE_END_RE = re.compile(r"(?i)[^,;:!?]{0,40}?(?:(?<!\w)(?:to|until|till|through|thru|and)(?!\w)"
                                   r"(?=\s+(?:[^\W\d_]+\s+){0,3}(?:[$€£¥]\s?)?\d|\s+(?:noon|midnight)\b)|[-–—]\s*\d)")


def _from_a_floor(text: str, number: _Placed) -> Comparator | None:
    if (_FROM_A_LEVEL_RE.search(text, max(0, number.start - 32), number.start) is not None
            and _ENGLISH_RANGE_END_RE.match(text, number.end) is None):
        return Comparator(LOWER, "from")
    found = _FROM_AN_AMOUNT_RE.search(text, max(0, number.start - 8), number.start)
    if found is None or _ENGLISH_RANGE_END_RE.match(text, number.end):
        return None
    if found.group("money") is None and _OF_AGE_RE.match(text, number.end) is None and not (
            _PLURAL_NOUN_AFTER_RE.match(text, number.end) is not None
            and _MONEY_RE.search(text, max(0, number.start - 80), number.end + 80) is not None):
        return None
    return Comparator(LOWER, "from")


# A price tier: "€14.20 per copy from 10 copies", "from 500 copies, the price drops to €0.06".
_PLURAL_NOUN_AFTER_RE = re.compile(r"[\x20\u00a0]+(?!(?:days|weeks|months|years|hours|minutes|seconds)\b)[^\W\d_]{2,}s\b")
_MONEY_RE = re.compile(r"[$€£¥₽][\x20\u00a0]?\d|\d[\x20\u00a0]?(?:€|£|₽|cents?\b|pence\b|euros?\b|dollars?\b|r(?:o)?ubles?\b"
                       r"|yen\b|pesos?\b|francs?\b|(?:USD|EUR|GBP|RUB|JPY|CHF)\b)")


_UP_TO = frozenset({"up to", "jusqu'à", "jusqu’à", "bis zu", "bis", "hasta", "до", "вплоть до"})


def _counts_back_a_length(text: str, end: int, language: str) -> bool:
    """A length of time right after `end`, then a word counting it back: "48 hours before arrival",
    "2 working days in advance", "48 Stunden vor", "за 48 часов до заезда" (not "до 15", a range's end)."""
    pattern = _LENGTH_COUNTED_BACK_RES.get(language)
    return pattern is not None and pattern.match(text, end) is not None


_LENGTH_COUNTED_BACK_RES = {
    language: re.compile(r"(?i)[\s\u00a0]*(?:[^\W\d_]+[\s\u00a0]+)?" + _UNIT_OF_TIME_AFTER_RE.pattern.removeprefix(
        r"[\s\u00a0\u202f]*") + rf"[\s\u00a0]+(?:[^\W\d_]+[\s\u00a0]+)?(?:{words})(?![^\W\d_])(?![\s\u00a0]*\d)")
    for language, words in _BACK.items()}


# "Cancel up to 48 hours before" is a deadline (at least 48 hours before), "book up to 30 days in
# advance" a window (at most 30 days before). English says which by its verb; a translation's "bis
# zu", "hasta", "jusqu'à" or "до" may be either, and so bounds neither way.
_DEADLINE_VERBS_RE = re.compile(r"(?i)\b(?:cancel\w*|refund\w*|chang\w*|amend\w*|modif\w*|extend\w*|renew\w*"
                                r"|withdraw\w*|free\s+of\s+charge)\b")
_WINDOW_VERBS_RE = re.compile(r"(?i)\b(?:book\w*|reserv\w*|purchas\w*|buy|bought|order\w*|on\s+sale|available|stay"
                              r"|stays|staying|arriv\w*|enter\w*)\b")


def _up_to_before(text: str, start: int, language: str) -> Comparator | None:
    if language != "en":
        return None
    clause = text[max(0, start - 80):start]
    clause = clause[max((found.end() for found in _SENTENCE_END_RE.finditer(clause)), default=0):]
    if _DEADLINE_VERBS_RE.search(clause):
        return Comparator(LOWER, "up to")
    if _WINDOW_VERBS_RE.search(clause):
        return Comparator(UPPER, "up to")
    return None


_RANGE_END_WORDS = frozenset({"jusqu'à", "jusqu’à", "hasta", "hasta los", "hasta las", "hasta el", "hasta la", "bis",
                              "bis zu", "до", "вплоть до", "up to"})
_RANGE_JOINER_WORDS = frozenset({"to", "à", "a", "bis", "до"})


def joins_a_range(bound: Comparator) -> bool:
    """A bound read from the word that joins a range's ends: "bis" of "drei- bis viermal"."""
    return " ".join(bound.text.lower().split()) in _RANGE_JOINER_WORDS


def from_a_range(bound: Comparator) -> bool:
    """A bound read from a range the number ends ("1～2週間", "between 1 and 2", "drei- bis
    viermal"), not from a comparator's words."""
    return joins_a_range(bound) or any(character.isdigit() for character in bound.text)


# A count in words right before a comparator after a number: the comparator bounds the count.
_COUNT_WORDS = {"en": "two three four five six seven eight nine ten eleven twelve",
                "fr": "deux trois quatre cinq six sept huit neuf dix onze douze",
                "de": "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf",
                "es": "dos tres cuatro cinco seis siete ocho nueve diez once doce",
                "ru": "два две двух три трёх трех четыре четырёх четырех пять пяти шесть шести семь семи восемь"
                      " восьми девять девяти десять десяти"}
_COUNT_WORD_BEFORE_RES = {language: re.compile(rf"(?i)(?<!\w)(?:{'|'.join(words.split())})[\s\u00a0\u202f]+$")
                          for language, words in _COUNT_WORDS.items()}


def _comparator_after(text: str, number: _Placed, language: str, after_re: re.Pattern[str],
                      directions: dict[str, str]) -> Comparator | None:
    after = after_re.search(text[number.end:number.end + 40])
    if (after is not None and language not in _CJK_LANGUAGES
            and _NUMBER_NEXT_RE.match(text, number.end + after.end()) is not None
            and not (_POSTFIX_ONLY_RE.match(after.group("phrase"))
                     and _DIGIT_NEXT_RE.match(text, number.end + after.end()))):
        return None  # "aged 5 to 17 get at least 60 minutes": the comparator is the next number's
    if after is not None and _COUNT_WORD_BEFORE_RES.get(language) is not None and _COUNT_WORD_BEFORE_RES[language].search(
            after.group(), 0, after.start("phrase")):
        return None  # "15% when two or more siblings enrol": the comparator is the count word's
    if after is not None:
        phrase = " ".join(after.group("phrase").lower().split())
        if phrase.rstrip(".") in _ABBREVIATIONS and phrase.startswith(("min", "мин", "mín")) and not after.group(
                )[:after.start("phrase")].strip():
            return None  # "1 hr 25 min": minutes
        if phrase == "plus" and _PLUS_ADDS_RE.match(text, number.end + after.end()) is not None:
            return None  # "up to six passengers plus the pilot": an addition
        if language in _CJK_LANGUAGES and text.startswith("の端数", number.end + after.end()):
            return None  # "1,000円未満の端数を切り捨て": rounded to the nearest 1,000, no bound
        if language in _CJK_LANGUAGES and after.group()[:after.start("phrase")].endswith(("これ", "それ", "あれ")):
            return None  # "タイムライン%u上にこれ以上WALがありません": no more ("これ以上"), of no number
        if phrase in directions and not _qualifies_a_word(phrase, text, number.end + after.end(), language):
            # Japanese negates after the comparator: "より小さくならない", "以上にはできません".
            if (language in _CJK_LANGUAGES and _NEGATION_IN_PHRASE_RE.search(phrase) is None
                    and _JAPANESE_NEGATION_AFTER_RE.match(text, number.end + after.end())):
                return Comparator(opposite(directions[phrase]),
                                  " ".join(after.group("phrase").split()), True)
            if phrase in _YOUNGER_OR_OLDER and _RANGE_ENDS_BEFORE_RE.search(text, max(0, number.start - 12), number.start):
                return None  # "repot young trees every 1–2 years and older trees every 3–5": the trees' age
            if phrase in _YOUNGER_OR_OLDER and _YEAR_RE.fullmatch(text, number.start, number.end):
                # "1964 года рождения и моложе", "Jahrgänge 2008 und jünger": born in that year or later.
                return Comparator(LOWER if _YOUNGER_OR_OLDER[phrase] == UPPER else UPPER,
                                  " ".join(after.group("phrase").split()))
            if phrase in _AGE_OR_VERSION and not _names_a_version(text, number):
                # "18 or older" is an age: at least 18 ("2.0 or older" is a version: at most 2.0).
                return Comparator(_AGE_OR_VERSION[phrase], " ".join(after.group("phrase").split()))
            if (phrase in _BEFORE_A_SPAN_JA and not _YEAR_RE.fullmatch(text, number.start, number.end)
                    and _A_SPAN_UNIT_JA_RE.fullmatch(text, number.end, number.end + after.start("phrase"))):
                # "90日より前のデータ": data from before 90 days ago, older than 90 days.
                return Comparator(LOWER, after.group("phrase"))
            return Comparator(directions[phrase], " ".join(after.group("phrase").split()))
    return None


# What follows "plus" when it adds a thing to the number rather than bounding it ("18 plus").
_PLUS_ADDS_RE = re.compile(r"(?i)[\s\u00a0]+(?:(?:the|a|an|one|two|three|your|their|his|her|our|its|any|each|every|VAT"
                           r"|tax|taxes|shipping|postage|delivery|fees?|tips?|service|booking)\b|[$€£\d])")
_BEFORE_A_SPAN_JA = frozenset({"より前", "以前", "より古"})
_A_SPAN_UNIT_JA_RE = re.compile(r"(?:日|日間|週間|か月|ヶ月|カ月|ヵ月|年|年間|時間|分)")


# The age a comparator bounds, as a ceiling or a floor: a year of birth it bounds the other way.
_YOUNGER_OR_OLDER = {"и младше": UPPER, "или младше": UPPER, "и моложе": UPPER, "или моложе": UPPER, "и старше": LOWER,
                     "или старше": LOWER, "or younger": UPPER, "and younger": UPPER, "or older": LOWER,
                     "and older": LOWER, "und jünger": UPPER, "oder jünger": UPPER, "und älter": LOWER,
                     "oder älter": LOWER}


# ("12 or more 750 mL bottles": "or more" right before a number bounds what comes before it.)
_POSTFIX_ONLY_RE = re.compile(r"(?i)(?:or|ou|oder|o|или)\s")
_DIGIT_NEXT_RE = re.compile(r"[\s\u00a0\u202f]+\d")
# (And the other way: "65 Jahre oder jünger" is at most 65, "Version 3 oder jünger" version 3 or later.)
_AGE_OR_VERSION = {phrase: _YOUNGER_OR_OLDER[phrase] for phrase in ("or older", "and older", "und älter", "oder älter",
                                                                    "oder jünger", "und jünger")}
# (Or a number in words with its article: "bis 2027 mindestens eine halbe Million".)
# (After an abbreviation's full stop too: "1 suitcase of max. 23 kg".)
_NUMBER_NEXT_RE = re.compile(r"\.?[\s\u00a0\u202f]*(?:(?:de|d['’]|the|el|la|los|las|der|die|das|чем"
                             r"|than\s+or\s+equal\s+to|than|or\s+equal\s+to)\s*)?[$€£¥]?\s?\d"
                             r"|[\s\u00a0\u202f]+(?i:eine[mnrs]?|ein|one|une?|uno|una)\s+(?i:halbe?|half|demi|media|medio|"
                             r"million|millions?|millionen|milliarden?|millones|mil|tausend|thousand|hundred|hundert)"
                             # ("One in ten checks it at most five times", "one in four report at least one
                             # damaged item": the next number's, in words.)
                             r"|[\s\u00a0\u202f]+(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|deux"
                             r"|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze|vingt|zwei|drei|vier|fünf|sechs|sieben|acht"
                             r"|neun|zehn|elf|zwölf|zwanzig|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|veinte"
                             r"|двух|двум|два|две|тр[её]х|три|четыр\w+|пят[иь]|шест[иь]|сем[иь]|восьм[иь]|восемь|девят[иь]"
                             r"|десят[иь])(?![\w-])")
_VERSION_BEFORE_RE = re.compile(r"(?i)(?:version|release|v|windows|macos|os\s*x|android|ios|kernel|linux|python|api"
                                r"|level|firmware|build|edition|gtk|qt|java|php|perl|ruby|node|openssl|glibc|gcc)"
                                r"[\s\u00a0]*$")


def _names_a_version(text: str, number: _Placed) -> bool:
    """The number is a version: dotted, or after a product's or a version's name."""
    return ("." in text[number.start:number.end]
            or _VERSION_BEFORE_RE.search(text, max(0, number.start - 16), number.start) is not None)


_SPAN_BEFORE_UNTIL_RE = re.compile(r"[^\d\s。、]{0,3}?前まで")
_VERB_OF_OVER_BEFORE_RE = re.compile(r"(?i)\b(?:roll(?:s|ed|ing)?|carr(?:y|ies|ied|ying)|hand(?:s|ed|ing)?"
                                     r"|skip(?:s|ped|ping)?|jump(?:s|ed|ing)?|step(?:s|ped|ping)?)[\s\u00a0]+$")
_RANGE_ENDS_BEFORE_RE = re.compile(r"\d[\x20\u00a0]*(?:[-–—]|to)[\x20\u00a0]*$")
_SPREAD_BEFORE_OVER_RE = re.compile(r"(?i)\b(?:runs?|ran|running|held|spread|spreads|taught|staggered|split|divided"
                                    r"|paid|payable|repaid|repayable|spans?|spanning|takes?\s+place|delivered)[\s\u00a0]+$")
_SPAN_COUNTED_AFTER_RE = re.compile(r"(?i)[\s\u00a0-]+(?:[^\W\d_]+[\s\u00a0]+)?(?:mornings?|afternoons?|evenings?|nights?|days?"
                                    r"|weeks?|weekends?|months?|years?|sessions?|lessons?|classes|semesters?|terms?"
                                    r"|instal+ments?|payments?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b")
_PLACE_PREPOSITIONS = frozenset({"under", "over", "above", "below", "über", "unter", "sous", "sur", "bajo", "sobre",
                                 "под", "над"})
_ONE_AS_A_WORD = frozenset({"one", "a", "an", "ein", "eine", "einen", "einem", "einer", "un", "une", "uno", "una",
                            "один", "одну", "одним", "одной", "одном"})
_AT_THE_LATEST_OR_EARLIEST = frozenset({"遅くとも", "遅くても", "早くとも", "早くても"})
_A_SPAN_BEFORE_RE = re.compile(r"[^\d\s。、]{0,4}?前")
_SPAN_BEFORE_FROM_RE = re.compile(r"[^\d\s。、]{0,3}?前から")
_SPAN_BEFORE_AND_AFTER_RE = re.compile(r"[^\d\s。、]{0,3}?前(?:以降|以後|以前)")
# (Or after the verb that follows: "8錠を超えて服用しないでください", do not take more than 8.)
# ("を下回らない": the verb's own stem ends in ら before its negation; "ずつ", each, is none.)
# A noun the bound qualifies, then an order that forbids, in the same sentence and before any other
# number: "を超える環境では、本機を充電しないでください", "を超える物を持ち上げないでください".
_JAPANESE_FORBIDDEN_LATER_RE = re.compile(
    r"[るいな]?の?[^\d０-９。！？!?.,，、]{1,12}?(?:では|には|で|に|での|を|は)[、,]?[^\d０-９。！？!?]{0,30}?"
    r"(?:ないで(?:ください|下さい)|ないこと(?![がもは])|禁止|お?控えください|避けてください|ご遠慮ください"
    r"|ないようにしてください|ては(?:いけ|なら))")


def forbids_what_it_bounds(text: str, position: int, bound: Comparator, language: str) -> bool:
    """A Japanese bound after its number qualifies the conditions an order later in the sentence
    forbids: "35℃を超える環境では本機を充電しないでください", as "Do not charge the device above
    35 °C" (whose negation turns the source's bound over)."""
    return (_NEGATION_IN_PHRASE_RE.search(bound.text) is None
            and _said_after_the_bound(text, position, bound, language, _JAPANESE_FORBIDDEN_LATER_RE))


def _said_after_the_bound(text: str, position: int, bound: Comparator, language: str, pattern: re.Pattern[str]) -> bool:
    """`pattern` matches right after the phrase of a Japanese bound on the number at `position`."""
    if language not in _CJK_LANGUAGES or bound.negated:
        return False
    place = text.find(bound.text, position, position + 24)
    return place >= 0 and pattern.match(text, place + len(bound.text)) is not None


def refuses_what_it_bounds(text: str, position: int, bound: Comparator, language: str) -> bool:
    """A Japanese bound in a condition whose outcome the sentence refuses: "10名に満たない場合は開講
    しません" (fewer than 10: no course), "20kgを超える場合はお受けできません"."""
    return _said_after_the_bound(text, position, bound, language, _REFUSED_IF_AFTER_RE)


def states_a_plain_requirement(text: str, bound: Comparator, language: str) -> bool:
    """An English bound that states a requirement ("a minimum of 10", "at least 18", "up to 2") in a
    text with no condition, negation or cancellation of its own, which would say the outcome itself."""
    return (language == "en" and not bound.negated and _REQUIREMENT_RE.search(bound.text) is not None
            and says_no_negation(text, language) and _SUBORDINATOR_RES[language].search(text) is None
            and _CANCELLED_RE.search(text) is None)


_REQUIREMENT_RE = re.compile(r"(?i)\b(?:minimum|maximum|at\s+least|at\s+most|up\s+to|no\s+(?:more|fewer|less)\s+than)\b")
_CANCELLED_RE = re.compile(r"(?i)\b(?:cancel\w*|otherwise|waived?)\b")


# A Japanese condition whose outcome is refused, in the same sentence.
# (Not "なければならない", must.)
_REFUSED_IF_AFTER_RE = re.compile(r"[^。\d０-９]{0,8}?(?:場合は?|(?<!なけれ)(?<!なくて)なら(?!な)|ときは?|際は)[、,]?[^。\d０-９]{0,30}?"
                                  r"(?:ません|ない|中止|不可|お断り)")


# (Not the double negation of "must": "%d以上でなくてはなりません", "でなければならない".)
_JAPANESE_NEGATION_AFTER_RE = re.compile(r"(?:[くにでと]?[はも]?(?:なら|なり|でき|なれ)?|ら|り|れ)"
                                         r"(?:ない|なく|ません|ず(?!つ))(?!て[はも]?(?:なら|なり|いけ|だめ|ダメ))"
                                         r"(?!(?<=なく)て[はも])"
                                         r"|て[^\d。、．，]{1,6}?(?:し(?:ない|ません)|せず)"
                                         # "を超えて走行してはならない": a verb between, then "must not";
                                         # "を超えて走行することはできません": then "cannot".
                                         r"|て[^\d。、．，]{0,10}?(?:ては(?:なら|いけ)|ないで(?:ください|下さい))"
                                         r"|て[^\d。、．，]{1,10}?(?:こと[はがも])?でき(?:ない|ません|ず)"
                                         # "45℃を超える過熱を防ぐ", "400mgを超える摂取は避けて": prevented, avoided.
                                         r"|[^\d。、．，]{0,8}?[をは](?:防|避け|控え)")


def names_an_extreme(bound: Comparator, language: str) -> bool:
    """The comparator is an extreme's word alone ("maximum", "最大"): before a name rather than a
    number, it names a limit ("Maximum {variable} exceeded") instead of bounding it."""
    extremes = _extreme_res(language)
    text = bound.text.rstrip(".:： ")
    return extremes is not None and any(pattern.fullmatch(text) is not None for pattern in extremes)


# Strict bounds ("more than 5", "plus de 5", "5未満") against inclusive ones ("at least 5", "5 or
# more", "no more than 5", "5以上"): "more than 1" = "2つ以上", but "at most 4" is not "höchstens 5".
_STRICT_RE = re.compile(
    r"than|then|over|under|below|above|exceed|beyond|excess|^[<>]$|plus de|moins de|plus que|moins que"
    r"|supérieur|inférieur|dépass|excéd|au-delà|au delà|au-dessus|dessous|mehr als|weniger als|größer als"
    r"|kleiner als|länger als|kürzer als|höher als|niedriger als|geringer als|über|unter|más de|menos de"
    r"|más que|menos que|mayor|menor|superior|inferior|exced|super|sobrepas|encima|debajo|более|больше|менее"
    r"|меньше|свыше|выше|ниже|превыша|длиннее|короче|старше|младше|моложе|плюс|未満|超|より|を上回|を下回|に満た|^plus \w+ que$|^más \w+ que$| als$")
_INCLUSIVE_RE = re.compile(
    r"or equal|ou égale?|oder gleich|o igual|или равн|^(?:no|not|pas|nicht|не) |<=|>=|≤|≥"
    # "atteint ou dépasse", "reaches or exceeds": the number reached is in.
    r"|(?:atteint|atteign|égale?|erreich|alcanza|iguala|достига|reach|meet)\w*\s+(?:ou|oder|o|или|or)\s"
    r"|(?:not|n't|pas|no|не|nicht)\b.*(?:exceed|dépass|excéd|exced|exceda|super|превыша)|を[超越]え(?:な|ては|られ|ることはでき)"
    r"|^(?:or|and|ou|et|oder|und|o|y|или|и) ")


def strict(bound: Comparator) -> bool:
    """The bound excludes its number ("more than 5", "5未満"; "not more than 5" does not)."""
    text = bound.text.lower()
    return (_STRICT_RE.search(text) is not None and _INCLUSIVE_RE.search(text) is None) != bound.negated


# Comparators that say whether their number is in ("at least 18", "18 or more", "18歳以上") or out
# ("more than 18", "plus de 18", "18歳未満"); the others ("до 18", "bis", "まで", "up to") leave it
# open in some uses and are never compared for it.
_EXCLUDING = {
    "en": "more than|greater than|larger than|higher than|fewer than|less than|lower than|smaller than|over|under"
          "|above|below|exceeding|in excess of|older than|younger than|beyond",
    "fr": "plus de|plus d'|plus d’|moins de|moins d'|moins d’|supérieur à|supérieure à|supérieurs à|supérieures à"
          "|inférieur à|inférieure à|inférieurs à|inférieures à|au-delà de|au-dessus de|au-dessous de|en dessous de"
          "|plus que|moins que|dépassant",
    "de": "mehr als|weniger als|über|unter|größer als|kleiner als|höher als|niedriger als|länger als|kürzer als"
          "|oberhalb|unterhalb|älter als|jünger als",
    # ("mayores de 18 años" says 18 and over as often as over 18: left open; "menores de 16" is under 16.)
    "es": "más de|menos de|superior a|superior al|superiores a|inferior a|inferior al|inferiores a|mayor que"
          "|menor de|menor que|menores de|por encima de|por debajo de|más que|menos que"
          "|baja de|bajan de|baje de|bajen de|bajar de|bajó de",
    "ru": "более|больше|менее|меньше|свыше|старше|младше|моложе|выше|ниже|более чем|менее чем|больше чем|меньше чем",
    "ja": "超|超え|を超え|を超える|超過|未満|より多|より少な|より大き|より小さ|を上回|を下回|より高|より低|より長|より短|に満た",
}
_INCLUDING = {
    "en": "at least|at most|or more|or less|or fewer|or older|or over|and over|and above|or above|or higher|and higher"
          "|or below|or under|and under|no more than|no less than|no fewer than|not more than|not less than|up to"
          "|a maximum of|maximum of|a minimum of|minimum of|maximum|minimum|not exceed|must not exceed|cannot exceed"
          "|or greater|and up|or younger|and older|or lower|and more|at or below|at or under|at or above|at or over",
    "fr": "au moins|au plus|au minimum|au maximum|minimum|maximum|jusqu'à|jusqu’à|ou plus|ou moins|et plus|et moins"
          "|pas plus de|pas moins de|tout au plus|à partir de|dès|ou davantage|et au-delà|ou au-delà|égal ou supérieur à"
          "|égale ou supérieure à|égaux ou supérieurs à|égales ou supérieures à|supérieur ou égal à|supérieure ou égale à",
    "de": "mindestens|höchstens|bis zu|maximal|minimal|oder mehr|oder weniger|und mehr|und älter|oder älter|ab"
          "|nicht mehr als|nicht weniger als|nicht über|nicht unter|nicht überschreiten|nicht übersteigen"
          "|nicht unterschreiten|und darüber|oder darüber|und darunter|oder darunter|oder höher|oder niedriger",
    "es": "al menos|por lo menos|como mínimo|como máximo|mínimo|máximo|hasta|o más|o menos|y más|no más de|no menos de"
          "|a partir de|en adelante|o superior|o inferior|o mayor|o menor|y mayores|igual o superior a|igual o superior al"
          "|igual o mayor que|igual o mayor a|igual o inferior a|igual o inferior al|mayor o igual que|mayor o igual a",
    "ru": "не менее|не более|не меньше|не больше|не менее чем|не более чем|как минимум|минимум|максимум|не старше"
          "|не моложе|не младше|или больше|или более|и более|и больше|или меньше|или менее|и менее|и старше|и младше"
          "|не выше|не ниже|хотя бы|по крайней мере",
    "ja": "以上|以下|以内|最大|最小|最高|最低|上限|下限|を超えない|を下回らない",
}
_CLEARLY = {language: {**{phrase: False for phrase in _INCLUDING[language].split("|")},
                       **{phrase: True for phrase in _EXCLUDING[language].split("|")}} for language in _EXCLUDING}
_ALL_CLEARLY = {phrase: strictness for table in _CLEARLY.values() for phrase, strictness in table.items()}


def leaves_the_year_out(bound: Comparator) -> bool | None:
    """For a bound on a year: True for "after 1991" (1992 on), False for "ab 1992", None when the
    phrase is not one of those."""
    text = " ".join(bound.text.lower().split())
    if text in _YEAR_LEFT_OUT:
        return not bound.negated
    if text in _YEAR_KEPT_IN:
        return bound.negated
    return None


def clearly_strict(bound: Comparator) -> bool | None:
    """True when the bound's phrase excludes its number, False when it includes it, None when the
    phrase leaves it open or is not known."""
    return _ALL_CLEARLY.get(" ".join(bound.text.lower().rstrip("$€£¥ ").split()))


# "more than", "fewer than": strictness said in so many words (not "over", "under", which often
# stand for a loose bound).
_STRICT_IN_SO_MANY_WORDS = frozenset({"more than", "greater than", "fewer than", "less than", "in excess of",
                                      "exceeding", "exceeds"})
# A threshold, "dès 50 €", "ab 18", is how shops and ages say "over"; "nicht über 25 °C", "не более
# 20", "200 м и менее" are a ceiling said the translator's way: none is a plain floor or ceiling.
_THRESHOLDS = frozenset({"ab", "dès", "à partir de", "a partir de", "от", "desde", "jusqu'à", "jusqu’à", "bis",
                         "bis zu", "hasta", "до", "from", "up to"})
_NEGATION_FIRST_RE = re.compile(r"(?i)(?:nicht|не|no|pas|ne|not|nunca|jamais|kein\w*)\b|и\s+(?:менее|более)")


def strict_in_so_many_words(bound: Comparator) -> bool:
    return " ".join(bound.text.lower().split()) in _STRICT_IN_SO_MANY_WORDS


def plainly_inclusive(bound: Comparator) -> bool:
    """The bound is a plain "at least" or "at most", or a threshold that starts at its number ("ab 12" is
    no "more than 12", which is "ab 13"): no ceiling's threshold, no negation said first."""
    text = " ".join(bound.text.lower().split())
    return ((text not in _THRESHOLDS or text in _FLOOR_THRESHOLDS and bound.direction == LOWER)
            and _NEGATION_FIRST_RE.match(bound.text) is None)


_FLOOR_THRESHOLDS = frozenset({"ab", "dès", "à partir de", "a partir de", "desde", "от"})


def strictness(bound: Comparator) -> str:
    """The bound's direction and whether it excludes its number, as a BoundMismatch names them."""
    excludes = clearly_strict(bound)
    if bound.direction == LOWER:
        return "above" if excludes else "from"
    return "below" if excludes else "up to"


# "More than one" is "two or more": "2つ以上", "zwei oder mehr", "au moins deux", "два и более"; and
# Japanese 複数 (several) says it in one word.
_MORE_THAN_ONE_RES = {
    "en": re.compile(r"\bmore\s+than\s+(?:one|once|1)\b", re.IGNORECASE),
    "fr": re.compile(r"\bplus\s+d['’]\s*(?:une?|1)\b", re.IGNORECASE),
    "de": re.compile(r"\bmehr\s+als\s+(?:eine?[nmrs]?|einmal|1)\b", re.IGNORECASE),
    "es": re.compile(r"\bmás\s+de\s+(?:una?|1)\b", re.IGNORECASE),  # ("más de una vez": once)
    "ru": re.compile(r"(?:больше|более)\s+(?:одного|одной|1)(?!\w)", re.IGNORECASE),
    "ja": re.compile(r"複数"),
}


def says_more_than_one(text: str, language: str) -> bool:
    pattern = _MORE_THAN_ONE_RES.get(language)
    return pattern is not None and pattern.search(text) is not None


def two_or_more(text: str, number: _Placed, language: str) -> bool:
    """`number` is a 2 with an inclusive floor: "2つ以上", "at least two", "два и более"."""
    if number.value != 2:
        return False
    bound = comparator(text, number, language)
    return bound is not None and bound.direction == LOWER and not strict(bound)


# "(0600) или более строгие": "or more" before an adjective makes a comparative ("stricter"),
# no bound on the number. The bare comparatives, and the endings of an adjective after them.
_BARE_COMPARATIVES = frozenset({"or more", "or less", "ou plus", "ou moins", "o más", "o mas", "o menos", "или более",
                                "или менее", "и более", "и менее"})
_ADJECTIVE_AFTER = {
    # (Not a verb: "85 or more receive a distinction".)
    "en": re.compile(r"[\s\u00a0]+(?!(?:receive|give|live|arrive|achieve|derive|drive|strive|survive|thrive|deprive"
                     r"|represent|prevent|went|sent|spent|meant|ensure|endure|procure"
                     # (Nor an adjective that has no degrees: "5 or more consecutive nights".)
                     r"|consecutive|successive|cumulative|respective|subsequent|different|separate|distinct)\b)"
                     r"[^\W\d]+(?:ive|ict|ous|ent|ant|ure)\b",
                     re.IGNORECASE),
    # (An adjective, by its ending or among the short ones: "ou plus élevé", "ou plus récente", "ou moins
    # grand"; not a verb, "3 000 pas ou plus interrompt", "6 ou moins sont rares".)
    # (Nor a participle before its object: "18 ans ou moins présentant une perte auditive".)
    "fr": re.compile(r"[\s\u00a0]+(?:[^\W\d]+(?:ifs?|ives?|eux|euses?|iques?|ables?|ibles?|ales?|aux|ée?s?|eures?|ières?"
                     r"|ants?(?![\s\u00a0]+(?:une?|des?|du|d['’]|la|le|les|à|au|aux|en)\b)|antes?)\b"
                     r"|(?:grand|petit|long|court|haut|gros|fort|récent|lourd|lent|chaud|froid|large"
                     r"|jeune|ancien|léger|légère|cher|chère|vieux|vieille|fin|tard|tôt)(?:e|ue|ne|se)?s?\b)",
                     re.IGNORECASE),
    "es": re.compile(r"[\s\u00a0]+[^\W\d]+(?:iv[oa]s?|bles?|entes?|antes?|os[oa]s?)\b", re.IGNORECASE),
    "ru": re.compile(r"[\s\u00a0]+[^\W\d]+(?:ые|ие|ий|ый|ая|яя|ое|ее|ой|ых|их)\b", re.IGNORECASE),
}


def _qualifies_a_word(phrase: str, text: str, end: int, language: str) -> bool:
    adjective = _ADJECTIVE_AFTER.get(language)
    return phrase in _BARE_COMPARATIVES and adjective is not None and adjective.match(text, end) is not None


@lru_cache(maxsize=None)
def _phrases_by_first_word(language: str) -> tuple[dict[str, tuple[str, ...]], tuple[str, ...]]:
    """Comparator phrases of `language` in lower case, signs aside, by their first word; for the
    languages written without spaces, the phrases themselves."""
    phrases = {phrase.lower() for table in (_BEFORE[language], _AFTER[language])
               for side in table.values() for phrase in side if phrase[0].isalpha()}
    if language in _CJK_LANGUAGES:
        return {}, tuple(sorted(phrases))
    by_word: dict[str, list[str]] = {}
    for phrase in phrases:
        by_word.setdefault(_WORD_RE.match(phrase).group(), []).append(phrase)
    return {word: tuple(items) for word, items in by_word.items()}, ()


_WORD_RE = re.compile(r"[^\W\d_]+")
_SIGN_RE = re.compile(r"(?:<=|>=|<|>|≤|≥)[\x20\u00a0]?\d")
# Each becomes a space before the words are split.
_punctuation_as_spaces = punctuation_to_spaces("().,;:!?\"'«»“”‘’[]{}<>/\\-—–…\u00a0\u202f")


@lru_cache(maxsize=1024)
def may_have_comparator(text: str, language: str) -> bool:
    """The cheap test: could `text` hold a comparator of `language` at all? Words are looked up in
    a table, phrases found with str.find. (A sign counts before a digit only: "<b>" is markup.)"""
    if language not in _BEFORE:
        return False
    by_word, phrases = _phrases_by_first_word(language)
    lowered = text.lower()
    if any(map(lowered.__contains__, _age_phrases(language))) or (language == "en" and (
            "within " in lowered or "from " in lowered and _FROM_A_FLOOR_HINT_RE.search(lowered) is not None)):
        return True
    if phrases:
        if any(phrase in lowered for phrase in phrases):
            return True
    else:
        first_words = by_word.keys() & _punctuation_as_spaces(lowered).split()
        if first_words:
            spaced = " ".join(lowered.split())  # a phrase broken across lines
            for word in first_words:
                if any(map(spaced.__contains__, by_word[word])):
                    return True
    return (("<" in text or ">" in text or "≤" in text or "≥" in text) and _SIGN_RE.search(text) is not None
            or _says_or_more(text)
            or language == "en" and ("cap" in lowered or "limit" in lowered) and _CAPPED_AT_RE.search(text) is not None)


# A limit named by its extreme: a maximum is a ceiling, a minimum a floor. "Maximum Height" /
# "Минимальная высота" says the opposite whether or not a number follows. (One word per side,
# never both on one side: "the minimum and maximum" / "le minimum et le maximum" is no swap.)
_EXTREMES = {
    # (And a limit's name: "upper bound", "Untergrenze", "borne inférieure", "нижний предел".)
    "en": (r"max(?:imum|imal|imally|ima)?|upper\s+(?:bound|limit)|upper(?=\s*(?:[.,;:)]|$))|largest|highest|greatest",
           r"min(?:imum|imal|imally|ima)?|lower\s+(?:bound|limit)|lower(?=\s*(?:[.,;:)]|$))|smallest|lowest"),
    "fr": (r"max(?:imum|imal|imale|imaux|imales|ima)?|(?:limite|borne)\s+supérieure",
           r"min(?:imum|imal|imale|imaux|imales|ima)?|(?:limite|borne)\s+inférieure"),
    # (Inside a compound too: "Tageshöchstdosis", "Tagesmindestdosis", "Maximalgröße"; not "zumindest", at least.)
    "de": (r"max(?:imum|imal|imale[nmrs]?|ima)?|maximal\w+|höchst\w*|[^\W\d_]+(?:höchst|maximal)\w*|\w*obergrenze\w*"
           r"|obere[nmrs]?\s+grenze",
           r"min(?:imum|imal|imale[nmrs]?|ima)?|minimal\w+|mindest\w*|(?!zumindest)[^\W\d_]+(?:mindest|minimal)\w*"
           r"|\w*untergrenze\w*|untere[nmrs]?\s+grenze"),
    "es": (r"máxim[oa]s?|máx|max|(?:límite|cota)\s+superior", r"mínim[oa]s?|mín|min|(?:límite|cota)\s+inferior"),
    "it": (r"massim[oaie]|max", r"minim[oaie]|min"),
    "pt": (r"máxim[oa]s?|máx|max", r"mínim[oa]s?|mín|min"),
    # ("как минимум", "как максимум": at least, at most, comparators rather than a limit's name.)
    "ru": (r"(?<!как\s)(?:максим\w*|макс)|верхн\w+\s+(?:предел|границ)\w*",
           r"(?<!как\s)(?:миним\w*|мин)|нижн\w+\s+(?:предел|границ)\w*"),
    "uk": (r"максим\w*|макс", r"мінім\w*|мін"),
    "pl": (r"maksym\w*|maks|max", r"minim\w*|min"),
    "ja": (r"最大|最高|最長|最多|上限", r"最小|最低|最短|最少|下限"),
    "zh": (r"最大|最高|最长|最長|最多|上限", r"最小|最低|最短|最少|下限"),
}


@lru_cache(maxsize=None)
def _extreme_res(language: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    words = _EXTREMES.get(language)
    if words is None:
        return None
    if language in _CJK_LANGUAGES:
        return re.compile(words[0]), re.compile(words[1])
    return tuple(re.compile(r"(?i)(?<![\w-])(?:" + side + r")(?![\w-])") for side in words)


def may_name_an_extreme(text: str, language: str) -> bool:
    """The cheap test for swapped_extreme on an English text (nearly every source): a few substring
    tests, four times faster than its patterns. Other languages' sources go to the patterns."""
    if language == "en":
        return ("max" in text or "min" in text or "Max" in text or "Min" in text or "MAX" in text or "MIN" in text
                or "pper" in text or "ower" in text or "gest" in text or "ghest" in text or "lest" in text
                or "owest" in text)
    return True


def swapped_extreme(source: str, target: str, source_language: str,
                    target_language: str) -> tuple[str, str, str, str] | None:
    """(source word, target word, source direction, target direction) when the source names
    extremes of one direction only and the translation one of the other direction: instead of the
    source's ("Maximum height" / "Минимальная высота") or beside it ("Maximum size (0: no limit)" /
    "Taille maximale (0 : pas de minimum)"), unless the source bounds a value that way in other
    words ("Maximum 10, at least 2" / "Maximum 10, minimum 2")."""
    source_res, target_res = _extreme_res(source_language), _extreme_res(target_language)
    if source_res is None or target_res is None:
        return None
    source_max, source_min = _extreme(source_res[0], source), _extreme(source_res[1], source)
    if (source_max is None) == (source_min is None):
        return None
    target_max, target_min = _extreme(target_res[0], target), _extreme(target_res[1], target)
    # Beside the source's, only a whole word counts ("мин" is as often minutes).
    if source_max is not None and target_min is not None and (target_max is None or (
            target_min.group().lower() not in _ABBREVIATIONS and not _bounds_that_way(source, LOWER, source_language)
            and not _bounds_an_age(source, LOWER))) and not _said_of_a_value_bounded_so(
                target_min, target, source, LOWER, source_language):
        return source_max.group(), target_min.group(), UPPER, LOWER
    if source_min is not None and target_max is not None and (target_min is None or (
            target_max.group().lower() not in _ABBREVIATIONS and not _bounds_that_way(source, UPPER, source_language)
            and not _bounds_an_age(source, UPPER))) and not _said_of_a_value_bounded_so(
                target_max, target, source, UPPER, source_language):
        return source_min.group(), target_max.group(), LOWER, UPPER
    return None


_VALUE_AFTER_RE = re.compile(r"[\s\u00a0]*(?:of[\s\u00a0]+|de[\s\u00a0]+)?(\d+(?:[.,]\d+)?)")


def _said_of_a_value_bounded_so(extreme: re.Match[str], target: str, source: str, direction: str,
                                source_language: str) -> bool:
    """The translation's extreme word stands right before a value that the source bounds that way in
    other words: "a minimum of 4 ... groups of up to 8" / "4名以上 ... 最大8名"."""
    value = _VALUE_AFTER_RE.match(target, extreme.end())
    if value is None:
        return False
    for found in re.finditer(r"(?<![\d.,])" + re.escape(value.group(1)) + r"(?![\d]|[.,]\d)", source):
        bound = comparator(source, _Span(found.start(), found.end()), source_language)
        if bound is not None and bound.direction == direction:
            return True
    return False


def _bounds_an_age(text: str, direction: str) -> bool:
    """ "16 or older" bounds an age from below, though "or older" after a version bounds it from above."""
    lowered = text.lower()
    return any(bound == direction and phrase in lowered for phrase, bound in _AGE_OR_VERSION.items())


_ABBREVIATIONS = frozenset({"min", "max", "мин", "макс", "mín", "máx", "maks"})


# The words of a comparator that may bound an identifier or placeholder rather than a number
# ("less than maxIOPS", "at least {min}"): a set lookup on a text without digits.
_TOKEN_BOUND_WORDS = {"en": frozenset({"than", "least", "most", "fewer", "exceed", "exceeds"})}


def token_bound_words(language: str) -> frozenset[str]:
    return _TOKEN_BOUND_WORDS.get(language, frozenset())


# "5 min", "10 мин", "600 об/мин" (a minute's share of a rate): minutes, no minimum.
_UNIT_BEFORE_RE = re.compile(r"\d[\s\u00a0]?$|/$")


def _extreme(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first extreme `pattern` finds in `text` that is no unit after a number."""
    found = pattern.search(text)
    if found is None or found.group().lower() not in ("min", "мин", "mín"):
        return found
    for found in pattern.finditer(text):
        if not (found.group().lower() in ("min", "мин", "mín") and _UNIT_BEFORE_RE.search(text, 0, found.start())):
            return found
    return None


def _bounds_that_way(text: str, direction: str, language: str) -> bool:
    """`text` holds a comparator of `direction` ("up to", "or more"), whatever it is next to: its
    phrases looked up by their first word (no pattern of its own to build)."""
    patterns = _patterns(language)
    if patterns is None:
        return False
    if direction == UPPER and language == "en" and _WITHIN_A_MEASURE_RE.search(text) is not None:
        return True  # ("within 1 metre", "within 8 hours": at most that far, that long)
    directions = patterns[2]
    by_word, phrases = _phrases_by_first_word(language)
    lowered = " ".join(text.lower().split())
    if phrases:
        return any(directions.get(phrase) == direction and phrase in lowered for phrase in phrases)
    spaced = " " + " ".join(_punctuation_as_spaces(lowered).split()) + " "
    return any(directions.get(phrase) == direction and " " + phrase + " " in spaced
               for word in set(spaced.split()) & by_word.keys() for phrase in by_word[word])


@lru_cache(maxsize=None)
def _bound_number_re(language: str) -> re.Pattern[str] | None:
    """may_bound_a_number's pattern (searched for a match at all, never read)."""
    if language not in _BEFORE:
        return None
    before, before_firsts, _ = _alternation(_BEFORE[language])
    after, _, _ = _alternation(_AFTER[language])
    if language in _CJK_LANGUAGES:
        return re.compile(r"(?:" + before + r").{0,4}\d|\d.{0,8}(?:" + after + ")")
    # The number may be a code's digits ("greater than ARG2", "v6.00.a%> or greater"), or follow a
    # few words ("не позже чем за 5", "unter dem Grenzwert von 50").
    # (The lookahead lets most places fail on one test.)
    return re.compile(r"(?i)(?<!\w)(?=" + before_firsts + r")(?:" + before + r")\W{1,3}(?:\w+\W{1,3}){0,3}[^\W\d]*\d"
                      r"|\d\W{0,2}(?:[^\W\d]+\W{1,3}){0," + _WORDS_BEFORE_AFTER.get(language, "2") + r"}(?:" + after
                      + r")(?!\w)")


APPROXIMATELY = "approximately"
# An English number said to be approximate: the word right before it ("about 40", "roughly two hours").
_APPROXIMATE_BEFORE_RE = re.compile(r"(?<![\w-])(?:about|approximately|approx\.|around|roughly|circa|ca\.|some"
                                    r"|an\s+estimated|estimated)\s+$", re.IGNORECASE)
_DESTINATION_BEFORE_RE = re.compile(r"(?<![\w-])(?:to|from|until|till|below|under|above|over|than|least|most)\s+$",
                                     re.IGNORECASE)
_SMALL_EN_NUMBERS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty"
                     "|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|half")
_LOOSE_HINTS = ("bout", "pprox", "around", "Around", "oughly", "irca", "ca.", "some ", "Some ", "stimated", "early",
                "lmost", "lose to", "just ")
_LOOSE_NUMBER_RE = re.compile(r"(?i)(?<![\w-])(?:about|approximately|approx\.|around|roughly|circa|ca\.|some"
                              r"|estimated|nearly|almost|close\s+to|just\s+under|just\s+short\s+of)\s+(?:\d|(?:an?\s+)?(?:"
                              + _SMALL_EN_NUMBERS + r")\b)")


def may_be_loose(text: str, language: str) -> bool:
    """The cheap test: could `text` call one of its numbers approximate or nearly reached ("about
    40", "nearly two hours")? English only (the sources' language)."""
    return (language == "en" and any(map(text.__contains__, _LOOSE_HINTS))
            and _LOOSE_NUMBER_RE.search(text) is not None)


# The same in a translation, where "to" may stand between ("примерно до 5 см": to about 5 cm), or
# after the number in Japanese ("5月15日ごろ以降").
_APPROXIMATE_BEFORE_RES = {language: re.compile(rf"(?i)(?<![\w-])(?:{words})\s+(?:{to}\s+)?$")
                           for language, words, to in (
    ("fr", r"environ|approximativement|vers", r"à|jusqu['’]à"),
    ("de", r"etwa|rund|ungefähr|circa|ca\.", r"bis|auf"),
    ("es", r"alrededor\s+de|aproximadamente|unos|unas", r"hasta|a"),
    ("ru", r"примерно|около|приблизительно", r"до"))}
_APPROXIMATE_AFTER_RES = {"ja": re.compile(r"[^\d\s。、]{0,2}?(?:ごろ|頃|程度|前後|くらい|ぐらい|ほど)")}


def approximate_word(text: str, number: _Placed, language: str) -> str | None:
    """The word that calls `number` approximate ("about", "roughly", "примерно", "ごろ")."""
    if language != "en":
        found = _word_beside(text, number, language, _APPROXIMATE_BEFORE_RES, _APPROXIMATE_AFTER_RES, 30)
        return None if found is None else found.group().strip()
    found = _APPROXIMATE_BEFORE_RE.search(text, max(0, number.start - 20), number.start)
    # "risen to around 4,500" / "выросла примерно до 4500", "4500頭まで": the translation's "to" is the
    # source's, not a bound; "below about 16 °C" is bounded, its approximation no bound of its own.
    if found is None or _DESTINATION_BEFORE_RE.search(text, max(0, found.start() - 6), found.start()):
        return None
    return found.group().strip()


# A number said to be nearly reached, a ceiling that is not quite one ("nearly 11,000", "près de
# 11 000", "40年近く"): against a floor ("more than 11,000" / "près de 11 000") it turns the bound over.
_NEARLY_BEFORE = {
    "en": r"nearly|almost|close\s+to|just\s+under|just\s+short\s+of",
    "fr": r"près\s+d[e'’]|presque|quasi(?:ment)?|pas\s+loin\s+d[e'’]",
    "de": r"fast|knapp|beinahe|nahezu",
    "es": r"casi|cerca\s+de",
    "ru": r"почти|без\s+малого",
}
_NEARLY_AFTER = {"ja": r"近く|近い|弱"}
_NEARLY_BEFORE_RES = {language: re.compile(rf"(?<![\w-])(?:{words})(?:\s+(?:les?|la|l['’]|die|der|das|el|los|las))?\s+$",
                                           re.IGNORECASE) for language, words in _NEARLY_BEFORE.items()}
_NEARLY_HINTS = {"en": ("early", "lmost", "lose to", "just "), "fr": ("rès", "resque", "uasi", "oin"),  # ("Près de" starts a sentence)
                 "de": ("fast", "Fast", "napp", "einahe", "ahezu"), "es": ("asi", "erca"), "ru": ("очти", "малого"),
                 "ja": ("近く", "近い", "弱")}
_NEARLY_ANYWHERE_RES = {**{language: re.compile(rf"(?i)(?<![\w-])(?:{words})\s") for language, words in _NEARLY_BEFORE.items()},
                        **{language: re.compile(rf"\d[^\d。、,.]{{0,4}}?(?:{words})") for language, words in _NEARLY_AFTER.items()}}
_NEARLY_AFTER_RES = {language: re.compile(rf"[^\d。、,.]{{0,4}}?(?:{words})") for language, words in _NEARLY_AFTER.items()}


def may_say_nearly(text: str, language: str) -> bool:
    """The cheap test: could `text` say of a number that it is nearly reached?"""
    pattern = _NEARLY_ANYWHERE_RES.get(language)
    return (pattern is not None and any(map(text.__contains__, _NEARLY_HINTS[language]))
            and pattern.search(text) is not None)


def _word_beside(text: str, number: _Placed, language: str, before_res: dict[str, re.Pattern[str]],
                 after_res: dict[str, re.Pattern[str]], reach: int) -> re.Match[str] | None:
    """The word of `language` right before `number` (within `reach` characters), or for a language
    that says it after the number, right after it."""
    before = before_res.get(language)
    if before is not None:
        return before.search(text, max(0, number.start - reach), number.start)
    after = after_res.get(language)
    return after.match(text, number.end) if after is not None else None


def nearly_word(text: str, number: _Placed, language: str) -> str | None:
    """The word that says `number` is nearly reached ("nearly", "près de", "fast", "近く")."""
    found = _word_beside(text, number, language, _NEARLY_BEFORE_RES, _NEARLY_AFTER_RES, 24)
    if found is None:
        return None
    return found.group().strip() if language in _NEARLY_BEFORE_RES else found.group()[-2:]


BY, TO = "by", "to"
# A change by an amount or to a level: "rose by 20%" / "stieg um 20 %", "fell to 20%" / "sank auf 20 %".
_CHANGE_VERBS = (r"rise|rose|risen|rises|rising|grow|grew|grown|grows|growing|increased?|increases|increasing|fall|fell"
                 r"|fallen|falls|falling|drop|dropped|drops|dropping|declined?|declines|declining|decreased?|decreases"
                 r"|decreasing|went\s+(?:up|down)|cut|cuts|cutting|reduced?|reduces|reducing|raised?|raises|raising|lower"
                 r"|lowers|lowered|lowering|jumped|climbed|slipped|shrank|shrunk|extend|extends|extended|extending"
                 r"|shorten|shortens|shortened|lengthen|lengthens|lengthened|expand|expands|expanded")
# ("declined by an average of 69%": an amount may be approximate; "cut net migration by 85%": the
# verb's object may stand between.)
_CHANGED_BY_RE = re.compile(rf"(?i)(?<![\w-])(?:(?:{_CHANGE_VERBS})(?:\s+(?!by\b)[^\W\d]+){{0,6}}"
                            r"|go\s+(?:up|down)|up|down)\s+by\s+"
                            r"(?:(?:an\s+average\s+of|an\s+estimated|about|around|roughly|nearly|almost|some|approximately)\s+)?$")
# ("Turn the flow temperature down to 55°C": a level, said after its verb's object.)
# ("reduce their hours to 80%": the verb's object may stand between.)
_CHANGED_TO = (rf"(?<![\w-])(?:(?:{_CHANGE_VERBS})(?:\s+(?!to\b|by\b|from\b)[^\W\d]+){{0,3}}"
               rf"|(?:turn|bring|set)\w*(?:\s+(?!to\b|by\b)[^\W\d]+){{0,4}}\s+down)\s+to\s+")
_CHANGED_TO_RE = re.compile(rf"(?i){_CHANGED_TO}$")
_CHANGED_TO_A_NUMBER_RE = re.compile(rf"(?i){_CHANGED_TO}[$€£¥]?\d")
_TO_BEFORE = {"de": r"auf", "fr": r"à", "es": r"al|hasta\s+el|hasta", "ru": r"до"}
# (With a word of approximation between: "auf rund 40 %", "до примерно 40 %".)
_ABOUT_AFTER_TO = {"de": r"rund|etwa|ca\.|circa|knapp|gut|fast|nahezu|ungefähr", "fr": r"environ|peu\s+près",
                   "es": r"aproximadamente|casi|cerca\s+del?|alrededor\s+del?", "ru": r"примерно|около|почти"}
_TO_BEFORE_RES = {language: re.compile(rf"(?i)(?<![\w-])(?:{words})[\s\u00a0]+(?:(?:{_ABOUT_AFTER_TO[language]})[\s\u00a0]+)?$")
                  for language, words in _TO_BEFORE.items()}
_TO_AFTER_RES = {"ja": re.compile(r"[%％]?に(?:まで)?(?:[増減上下低削縮抑]|な|達)")}
# A share a change reaches: "cayó a dos tercios", "se redujo a una cuarta parte", "3分の1に減少".
_TO_A_SHARE_BEFORE_RES = {"es": re.compile(r"(?i)(?<![\w-])(?<!torno\s)(?:a|hasta)\s+$"),  # not "en torno a", about
                          "fr": re.compile(r"(?i)(?<![\w-])(?:à|au|jusqu['’]à)\s+$"),
                          "de": re.compile(r"(?i)(?<![\w-])auf\s+$"), "ru": re.compile(r"(?i)(?<![\w-])до\s+$")}
_TO_A_SHARE_AFTER_RES = {"ja": re.compile(r"に(?:まで)?(?:[増減上下低削縮抑]|な|達)")}
# The amount of a change in a translation: "снизилась на 4,2 %", "sank um", "a baissé de", "4.2%低下".
_BY_AN_AMOUNT_BEFORE_RES = {
    # ("сократить рабочее время на 80 %": the verb's object may stand between.)
    "ru": re.compile(r"(?i)(?:сниз|сократ|уменьш|упад|упал|выраст|выросл|вырос|увелич|повыс|подорож|подешев|продл|удлин"
                     r"|расшир)\w*(?:\s+[^\W\d]+){0,2}\s+на\s+$"),
    "de": re.compile(r"(?i)(?<![\w-])um\s+$"),
    "fr": re.compile(r"(?i)(?:baiss|augment|recul|progress|diminu|chut|grimp|régress|cr[uû]|rédui|abaiss|relev)\w*\s+de\s+$"),
}
_BY_AN_AMOUNT_AFTER_RES = {"ja": re.compile(r"(?:[%％]|ポイント|℃|度)?(?:減少|増加|上昇|低下|減|増|下げ|上げ)")}


def changed_by(text: str, number: _Placed, language: str) -> bool:
    """`number` is the amount of a change in an English text: "rose by 20%"."""
    return language == "en" and _CHANGED_BY_RE.search(text, max(0, number.start - 44), number.start) is not None


def changed_to(text: str, number: _Placed, language: str) -> bool:
    """`number` is the level a change reaches in an English text: "fell to 4.2%"."""
    return language == "en" and _CHANGED_TO_RE.search(text, max(0, number.start - 60), number.start) is not None


def may_change_to_a_number(text: str) -> bool:
    """The cheap test of changed_to: a verb of change, "to" and a number."""
    return _CHANGED_TO_A_NUMBER_RE.search(text) is not None


def says_amounts_of_change(language: str) -> bool:
    """by_an_amount_word reads `language`."""
    return language in _BY_AN_AMOUNT_BEFORE_RES or language in _BY_AN_AMOUNT_AFTER_RES


def by_an_amount_word(text: str, number: _Placed, language: str) -> str | None:
    """The word that makes `number` the amount of a change: "снизилась на 4,2 %", "um 4,2 %", "4.2%低下"."""
    found = _word_beside(text, number, language, _BY_AN_AMOUNT_BEFORE_RES, _BY_AN_AMOUNT_AFTER_RES, 30)
    return found.group().strip() if found is not None else None


def says_shares_reached(language: str) -> bool:
    """to_a_share_word reads `language`."""
    return language in _TO_A_SHARE_BEFORE_RES or language in _TO_A_SHARE_AFTER_RES


def to_a_share_word(text: str, share: _Placed, language: str) -> str | None:
    """The word that makes `share` the share a change reaches: "a dos tercios", "3分の1に減少"."""
    found = _word_beside(text, share, language, _TO_A_SHARE_BEFORE_RES, _TO_A_SHARE_AFTER_RES, 12)
    return found.group().strip() if found is not None else None


def changed_to_word(text: str, number: _Placed, language: str) -> str | None:
    """The word that makes `number` the level a change reaches: "auf 20 %", "à 20 %", "до 20 %", "20%に"."""
    found = _word_beside(text, number, language, _TO_BEFORE_RES, _TO_AFTER_RES, 12)
    if found is None:
        return None
    return found.group().strip() if language in _TO_BEFORE_RES else "に"


def warm(language: str) -> None:
    """Build what reading `language`'s comparators and extremes builds on first use (see compare.warm)."""
    if language in _BEFORE:
        _patterns(language)
        _phrases_by_first_word(language)
        _bound_number_re(language)
    _range_re(language)
    _range_join_re(language)
    _multiple_re(language)
    _multiple_of_digits_re(language)
    _range_or_multiple_words_re(language)
    _negation_re(language)
    _limit_nouns_said_re(language)
    _named_threshold_res(language)
    _extreme_res(language)
    _year_bound_res(language)
    _moment_bound_res(language)
    _negated_order_re(language)
    _strong_comparator_re(language)
    _bounding_words_re(language)


def may_bound_a_number(text: str, language: str, ranges: bool = True) -> bool:
    """Stricter than may_have_bound: a comparator next to a digit ("at most 5", "5 or more"), a
    multiplier ("4 times larger") or, with `ranges`, a range of digits ("between 0 and 56")."""
    pattern = _bound_number_re(language)
    if pattern is None:
        return False
    if may_have_comparator(text, language) and (pattern.search(text) is not None or _says_or_more(text)):
        return True
    if may_bound_a_year(text, language):
        return True
    lowered = text.lower()
    if any(map(lowered.__contains__, _age_phrases(language))) and (
            _UNIT_OF_TIME_AFTER_RE.search(text) is not None or any(map(lowered.__contains__, _BARE_AGE_PHRASES))):
        return True
    if language == "en" and "within " in lowered and _WITHIN_A_MEASURE_RE.search(text) is not None:
        return True
    if language == "en" and "imum " in lowered and _EXTREME_OF_A_NUMBER_RE.search(text) is not None:
        return True
    if language == "en" and ("cap" in lowered or "limit" in lowered) and _CAPPED_AT_NUMBER_RE.search(text) is not None:
        return True
    if language in _EXTREME_OF_A_NUMBER_RES and _EXTREME_OF_A_NUMBER_RES[language].search(text) is not None:
        return True
    return _range_or_multiple_words_re(language).search(text) is not None and (
        ranges and may_state_a_range(text, language) or _multiple_of_digits_re(language).search(text) is not None)


@lru_cache(maxsize=None)
def _range_or_multiple_words_re(language: str) -> re.Pattern[str]:
    """One search for the words of a range or a multiplier: may_bound_a_number asks it of every
    text whose numbers are the same on both sides."""
    words = _RANGE_WORDS.get(language, ()) + _MULTIPLE_WORDS.get(language, ())
    return re.compile("|".join(map(re.escape, words)) or "(?!)")



# A comparator the translation drops: "at least 2 digits" / "zwei Ziffern". Reported only for the
# source's plain comparators, and only where no word near the translation's number might bound
# it: this module reads comparators attached to a number, but translations bound numbers in many
# more ways ("pouvant atteindre 90 km/h", "entre 8 et 64", "spätestens 24 Stunden vor"), and a
# report on each of those would bury the dropped ones (a first try that asked only for an attached
# comparator flagged 87 real translations, nearly all wrongly).
_PLAIN_COMPARATORS = frozenset({
    "at least", "at most", "up to", "no more than", "no fewer than", "no less than", "not more than", "not less than",
    "more than", "fewer than", "less than", "a maximum of", "a minimum of", "maximum of", "minimum of", "or more",
    "or less", "or fewer", "over", "under", "exceeding", "at the most", "at the least", "not exceed",
    "must not exceed", "cannot exceed", "upwards of", "in excess of", "or later", "and later", "or newer", "and newer",
    "or higher", "and higher", "or above", "and above", "and up", "or greater", "or over", "and more", "or longer",
    "or older", "or earlier", "or below", "or lower", "or under", "and below", "and under", "limit of", "capped at",
    "no later than", "not later than"})
# Words near a number that may bound it, beyond the comparators above (lowercase): each a whole
# word, or the start of words when it ends in "*".
_MAY_BOUND_NEAR = {
    "fr": "limit*|plafon*|max|max.|maxim*|min|min.|minim*|jusqu*|moins|plus|dès|à partir|supérieur*|inférieur*"
          "|dépass*|excéd*|atteindr*|atteint*|atteign*|entre|près|presque|environ|au plus tard|au plus tôt|seulement|hauteur"
          "|sous"
          "|seuls|seules|ou plusieurs|ultérieur*|postérieur*|antérieur*|suivant*|récent*|révolu*|dans les",
    "de": "*höchst*|*mindest*|maximal*|minimal*|max|max.|maxim*|min|min.|minim*|bis|ab|über|unter|mehr|weniger|grenze*"
          "|*grenz*|limit*|überschreit*|übersteig*|zwischen|knapp|fast|etwa|rund|spätestens|frühestens|erreich*"
          "|kleiner*|größer*|älter*|jünger*|neuer*|länger*|kürzer*|höher*|niedriger*|nur|oberhalb|unterhalb"
          "|oder mehrere|begrenz*|beschränk*|kälter|wärmer|später*|früher*|innerhalb|binnen",
    "es": "máx|máx.|máxim*|mín|mín.|mínim*|min|min.|hasta|desde|más|menos|límite*|limit*|superior*|inferior*|exced*"
          "|supera*|sobre|entre|casi|cerca|unos|unas|a más tardar|alcanz*|menor*|mayor*|solo|sólo|únicamente|o varios"
          "|o varias|posterior*|anterior*|reciente*|dentro de|en un plazo|cumplidos|como muy tarde|como muy pronto"
          "|siguientes|llegar|llega|llegan|llegue|lleguen",
    "ru": "макс|макс.|максим*|мин|мин.|миним*|до|от|более|менее|больше|меньше|свыше|ниже|выше|превыш*|предел*"
          "|лимит*|между|почти|около|за|не позднее|не ранее|достиг*|хотя|младше|старше|раньше|позже|дольше|короче"
          "|только|лишь|или несколько|огранич*|поздн*|ранн*|в течение|в пределах|допуст*|норм*",
    "ja": "最大|最小|最高|最低|まで|以上|以下|未満|超|以内|少|上限|下限|限|より|狭|低|多|高|弱|強|余り|あまり|近く|約|から|〜|～|達す"
          "|だけ|のみ|制限|以降|以前|下回|上回|越え|を切|割り込|割っ",
}
# The words from one number to the next that join the second to the first, in one clause: "20 ans
# révolus pour les spiritueux, et 18" (a bound said once for both).
_JOINED_TO_THE_LAST_RES = {**{language: re.compile(rf"(?i)[^.;:!?\d]{{0,60}}(?:{words})[\s\u00a0]+(?:[^\W\d_]+[\s\u00a0]+)?")
                              for language, words in (("fr", r"\bet|\bou"), ("es", r"\by|\be|\bo|\bu"),
                                                      ("de", r"\bund|\boder|\bsowie"), ("ru", r"(?<!\w)(?:и|или|а)"))},
                           "ja": re.compile(r"[^。；！？\d]{0,30}[、と]")}
_WORD_AFTER_RE = re.compile(r"[\s\u00a0\u202f]*([^\W\d_]+|[^\w\s]|$)")
# The words after a number that name no thing of its own: "18 para el vino", "16 pour les grandes".
_NO_NOUN_AFTER = frozenset("para por pour für for для в на de à a en y et und и o ou oder или".split())


def _same_thing_counted(text: str, first_end: int, second_end: int) -> bool:
    """The second number counts what the first does: the same word follows it, or none ("mindestens
    20 Jahre ... und 18 für Wein", not "mindestens 12 Zeichen ... und zwei Ziffern")."""
    first, second = _WORD_AFTER_RE.match(text, first_end), _WORD_AFTER_RE.match(text, second_end)
    word = second.group(1).lower()
    return (not word[:1].isalpha() or word in _NO_NOUN_AFTER or is_cjk(word[0]) or word == first.group(1).lower())

# German puts the verb that bounds a number at the end of its clause, however far.
_BOUNDING_VERB_AT_THE_END_RES = {"de": re.compile(r"(?i)[^.;:!?]*?\b(?:überschreit|übersteig|unterschreit|begrenz|beschränk|limitier)\w*"
                                                  r"[\s\u00a0]*(?:[.,;:!?]|$)")}
# The same for an English source, beside its comparators.
_SOURCE_MAY_BOUND_NEAR = (
    "least|most|up to|over|under|above|below|more|less|fewer|min|min.|minim*|max|max.|maxim*|limit*|cap|caps|capped"
    "|exceed*|beyond|within|plus|nearly|almost|about|around|roughly|approximately|some|only|ceiling|floor|top"
    "|high*|low|lower|lowest|peak*|as many|as much|upward*|+|≥|≤|>|<|excess*|surpass*|greater|smaller"
    "|longer|shorter|until|till|by|before|after|since|older|younger|newer|earlier|later|old|age|aged|ages"
    # ("unable to work for 30 consecutive days" / "引き続き30日以上": a run long enough.)
    "|consecutive|in a row")
_NEAR = 30
# "over 15 years" is as often during them as more than them.
_SPAN_OF_TIME_AFTER_RE = re.compile(r"\s+(?:(?:field|full|whole|long|short|consecutive|straight|successive|working"
                                    r"|school|academic|calendar|fiscal)\s+)?"
                                    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|years?"
                                    r"|decades?|seasons?|quarters?|terms?|semesters?|generations?|centuries|periods?"
                                    r"|games|matches|rounds|races|laps|stages|sessions|innings)\b",
                                    re.IGNORECASE)
# "spread over 20 sites" (across), "sum up to 1" (a total), "round up to 12": no bounds.
# (And a stretch covered: "tested over 1,000 km", "driven over 500 miles", "worked over 16 stitches",
# "repaid over 24 months", "played over 32 boards".)
_SPREAD_OVER_RE = re.compile(r"(?:(?:spread|distributed|scattered|divided|split|tested|trialled|trialed|driven|ridden"
                             r"|cycled|run|walked|hiked|travell?ed|covered|measured|recorded|worked|knit(?:ted)?|crocheted"
                             r"|repeated|repeat|paid|repaid|payable|averaged|calculated|played|held|contested|staged"
                             r"|hosted)\s+over|(?:sums?|summing|adds?"
                             r"|adding|rounds?|rounded|rounding)\s+up\s+to)\s+$", re.IGNORECASE)
# An amount over a stretch: "climbs 1,250 m over 8.5 km", "5% over 3 years", "drops 840 vertical metres
# over 3.1 km", "5:42 min/km over 10.2 km", "3,200 m² of office space over five floors".
_AMOUNT_BEFORE_OVER_RE = re.compile(r"\d[\x20\u00a0]?(?:%|[^\W\d_]+\.?)(?:[/\x20\u00a0][^\W\d_]+\.?){0,2}"
                                    r"(?:[\x20\u00a0]+of(?:[\x20\u00a0]+[^\W\d_]+){1,3})?"
                                    r"[\x20\u00a0]+over[\x20\u00a0]+$", re.IGNORECASE)


_LETTER_BEFORE = r"(?<![^\W\d_])"
_LETTER_AFTER = r"(?![^\W\d_])"


# A bounding word that ends another word: "約" (about) in "予約" (a booking), "契約" (a contract).
_CJK_COMPOUND_ENDS = {"約": "予契節条要集公制規誓婚協解確特先盟密違"}


def _cjk_word(word: str) -> str:
    before = _CJK_COMPOUND_ENDS.get(word)
    return re.escape(word) if before is None else f"(?<![{before}]){re.escape(word)}"


@lru_cache(maxsize=None)
def _bounding_words_re(language: str) -> re.Pattern[str]:
    """The words of _MAY_BOUND_NEAR (or _SOURCE_MAY_BOUND_NEAR for "en") and the comparators of
    `language`, each found as a word of its own or, when marked with "*", as a word's start ("min"
    is not in "minutes", nor "entre" in "entregar")."""
    listed = _SOURCE_MAY_BOUND_NEAR if language == "en" else _MAY_BOUND_NEAR.get(language, "")
    words = {word for word in listed.split("|") if word}
    for table in (_BEFORE, _AFTER):
        for phrases in table.get(language, {}).values():
            words.update(phrase.lower() for phrase in phrases)
    if language in _CJK_LANGUAGES:
        return re.compile("|".join(map(_cjk_word, sorted(words, key=len, reverse=True))))
    whole = sorted((word for word in words if not word.endswith("*")), key=len, reverse=True)
    starts = sorted((word[:-1] for word in words if word.endswith("*")), key=len, reverse=True)
    inside = [word[1:] for word in starts if word.startswith("*")]
    starts = [word for word in starts if not word.startswith("*")]
    alternatives = [_LETTER_BEFORE + "(?:" + "|".join(map(re.escape, whole)) + ")" + _LETTER_AFTER]
    if starts:
        alternatives.append(_LETTER_BEFORE + "(?:" + "|".join(map(re.escape, starts)) + ")")
    if inside:
        alternatives.append("(?:" + "|".join(map(re.escape, inside)) + ")")
    return re.compile("|".join(alternatives))


# Words of about and nearly: neither stands for a floor ("more than 21,000 km" / "unos 21 000 km",
# "more than a third" / "почти треть"); for a ceiling, nearly may ("just under 10" / "knapp 10"),
# about may not ("fewer than 3,000" / "unas 3000").
_APPROXIMATE_NEAR = {
    "fr": {"environ", "près", "presque", "approximativement", "quelque"},
    "de": {"etwa", "rund", "knapp", "fast", "ungefähr", "circa", "ca."},
    "es": {"casi", "cerca", "unos", "unas", "aproximadamente", "alrededor"},
    "ru": {"почти", "около", "примерно", "приблизительно"},
    "ja": {"約", "近く", "弱", "およそ", "程度", "前後"},
}
_NEARLY_NEAR = {"fr": {"près", "presque"}, "de": {"knapp", "fast"}, "es": {"casi", "cerca"}, "ru": {"почти"},
                "ja": {"近く", "弱"}}


def _approximate_word(near: str, language: str) -> str | None:
    approximate = _APPROXIMATE_NEAR.get(language, ())
    return next((found.group() for found in _bounding_words_re(language).finditer(near) if found.group() in approximate),
                None)


def _may_bound_near(near: str, language: str, floor: bool = False) -> bool:
    if language not in _APPROXIMATE_NEAR:
        return _bounding_words_re(language).search(near) is not None
    not_a_bound = (_APPROXIMATE_NEAR[language] if floor
                   else _APPROXIMATE_NEAR[language] - _NEARLY_NEAR.get(language, set()))
    return any(found.group() not in not_a_bound for found in _bounding_words_re(language).finditer(near))


# The comparators a translation may add only by changing the meaning: never a range's end ("bis
# 900", "до 7000", "hasta un 12 %" are as often the source's plain "to 900" or an idiom).
_STRONG_COMPARATORS = {
    "fr": frozenset({"plus de", "moins de", "au moins", "au plus", "au maximum", "au minimum", "supérieur à",
                     "inférieur à", "pas plus de", "pas moins de"}),
    "de": frozenset({"mehr als", "weniger als", "mindestens", "höchstens", "maximal", "minimal"}),
    "es": frozenset({"más de", "menos de", "al menos", "como mínimo", "como máximo", "por lo menos", "superior a",
                     "inferior a"}),
    "ru": frozenset({"более", "менее", "не более", "не менее", "не выше", "не ниже", "свыше", "больше", "меньше",
                     "как минимум", "как максимум", "минимум", "максимум"}),
    "ja": frozenset({"以上", "以下", "未満", "超"}),
}
@lru_cache(maxsize=None)
def _strong_comparator_re(language: str) -> re.Pattern[str] | None:
    strong = _STRONG_COMPARATORS.get(language)
    return None if strong is None else re.compile("|".join(map(re.escape, sorted(strong, key=len, reverse=True))))


def may_add_a_comparator(text: str, language: str) -> bool:
    """The cheap test of added: one of the strong comparators stands in `text`."""
    pattern = _strong_comparator_re(language)
    return pattern is not None and pattern.search(text.lower()) is not None


def _text_near(lowered: str, number: _Placed) -> str:
    """The lowercased text within _NEAR characters of `number` and the number itself, each run of
    spaces or a line break counted as one space, and the rest of a word cut at the end."""
    after = " ".join(lowered[number.start:number.end + 4 * _NEAR].split())
    cut = _NEAR + number.end - number.start
    before = " ".join(lowered[max(0, number.start - 4 * _NEAR):number.start].split())
    start = max(0, len(before) - _NEAR)
    outside = _WORD_END_RE.search(before, 0, start).group()
    inside = _WORD_START_RE.match(before, start).group()
    # (A word cut at the start is kept whole when most of it is inside: "[м]аксимальный вес — 32 кг".)
    return ((outside if len(inside) > len(outside) else "") + before[start:] + " "
            + after[:cut] + _WORD_START_RE.match(after, cut).group())


_WORD_START_RE = re.compile(r"\w*")
_WORD_END_RE = re.compile(r"\w*$")


# Comparators that may bound a number from afar, or a word: "the maximum number of filters is four",
# "at least day-granularity", "more than the available 48", "to fit into 1024 bytes".
# (And a threshold said by what it is enough for: "six months of coverage is enough to qualify" /
# "通算6か月以上あれば".)
_BOUNDS_SOMETHING_RE = re.compile(r"\b(?:at least|at most|more than|less than|fewer than|up to|maximum|minimum"
                                  r"|limit(?:s|ed|ing)?\b|exceed|fit(?:s|ting)?\b|enough\b|sufficient|qualif(?:y|ies|ied)\b"
                                  r"|eligib)")


def _words_near(lowered: str, number: _Placed, before: int = 3, after: int = 3) -> str:
    """The `before` words before `number`, the number and the `after` words after it."""
    return " ".join(lowered[:number.start].split()[-before:] + [lowered[number.start:number.end]]
                    + lowered[number.end:].split()[:after])


def added(source: str, source_numbers: tuple[_Placed, ...], target: str, target_numbers: tuple[_Placed, ...],
          source_language: str, target_language: str,
          key: Callable[[Any], object] = lambda number: number.value) -> BoundMismatch | None:
    """The first number the translation bounds with a strong comparator ("más de 33", "не более 58",
    "92点以上") whose one partner of the same value in the source has no word near it that might bound
    it. `key`: what makes two numbers the same (a placeholder's text: "plus de %(n)s")."""
    strong = _STRONG_COMPARATORS.get(target_language)
    if source_language != "en" or strong is None:
        return None
    lowered = source.lower()
    source_directions = None
    for number in target_numbers:
        bound = comparator(target, number, target_language)
        if bound is None or bound.negated or " ".join(bound.text.lower().split()) not in strong:
            continue
        if source_directions is None:
            source_directions = {found.direction for other in source_numbers
                                 if (found := comparator(source, other, source_language)) is not None}
        if bound.direction in source_directions:
            continue  # a comparator said once for two numbers: "at least 13 (16 in the EU)" / "не менее 16"
        same = [other for other in source_numbers if key(other) == key(number)]
        if len(same) != 1 or sum(key(other) == key(number) for other in target_numbers) != 1:
            continue
        if _RANGE_OPENED_BEFORE_RE.search(source, max(0, same[0].start - 60), same[0].start):
            continue
        if (bound.direction == LOWER and _FROM_BEFORE_RE.search(lowered, max(0, same[0].start - 8), same[0].start)
                is not None and _ENGLISH_RANGE_END_RE.match(source, same[0].end) is None
                and _PLACES_AFTER_RE.match(lowered, same[0].end) is None):
            continue  # "redeemed from 100 points" / "100ポイント以上": a threshold said from below
        near = _words_near(lowered, same[0])
        if not _may_bound_near(near, source_language) and _BOUNDS_SOMETHING_RE.search(lowered) is None:
            return BoundMismatch(same[0], number, "no comparator", bound.text, "none", bound.direction)
    return None


# (Not an origin: "leaders from 27 countries".)
_PLACES_AFTER_RE = re.compile(r"[\x20\u00a0]+(?:countries|nations|states|regions|cities|towns|provinces|schools"
                              r"|universities|companies|sources)\b")
_FROM_BEFORE_RE = re.compile(r"(?<!\w)from[\x20\u00a0]+(?:[$€£¥][\x20\u00a0]?)?$")


# The little words between a comparator and its number: "à moins de 100", "less than 5", "не более чем 3".
_GAP_TO_A_NUMBER_RE = re.compile(r"[\s\u00a0]*(?:(?:de|d['’]|du|des|à|la|le|les|than|als|que|чем)[\s\u00a0]*)?")


# (A range's first word bounds its last number too: "entre 1 et 79".)
_RANGE_OPENERS = frozenset({"between", "from", "entre", "de", "zwischen", "von", "desde", "между", "от"})


def _without_words_of_other_numbers(lowered: str, number: _Placed, numbers: tuple[_Placed, ...],
                                    language: str) -> str:
    """`lowered` with the bounding words right before another number, and all from the next number
    on, made spaces, where words stand between the two: "environ 60 % de la population vit à moins de
    100 km" does not bound the 60, nor "450 калорий за 30-минутную" the 450, nor "не более 3 удочек и
    ... 5 рыб" the 5. (Numbers joined without words may share their bound: "höchstens 55 × 40 × 20",
    "24 bits/192 kHz maximum".)"""
    if language in _CJK_LANGUAGES:
        return lowered
    later = [other for other in numbers if other.start >= number.end
             and len(_A_WORD_RE.findall(lowered, number.end, other.start)) >= 2]
    # (Not across a dash that stands for the verb: "не должны превышать 55 см, а вес — 8 кг".)
    earlier = [other for other in numbers if other.end <= number.start
               and len(_A_WORD_RE.findall(lowered, other.end, number.start)) >= 2
               and "—" not in lowered[other.end:number.start] and " – " not in lowered[other.end:number.start]]
    if later:  # (the numbers are in text order)
        lowered = lowered[:later[0].start] + " " * (len(lowered) - later[0].start)
    words = _bounding_words_re(language)
    for other in earlier + later[:1]:
        for found in words.finditer(lowered, max(0, other.start - 24), other.start):
            if found.group() not in _RANGE_OPENERS and _GAP_TO_A_NUMBER_RE.fullmatch(lowered, found.end(), other.start):
                lowered = lowered[:found.start()] + " " * (found.end() - found.start()) + lowered[found.end():]
    return lowered


_A_WORD_RE = re.compile(r"[^\W\d_]+")


def _unbounded_near(lowered: str, number: _Placed, bound: Comparator, phrase: str, numbers: tuple[_Placed, ...],
                    text: str, language: str) -> str | None:
    """The words near `number` in the translation (`lowered`), when none of them may bound it as
    `bound` does; None when one may."""
    if comparator(text, number, language) is not None:
        return None  # its own ("2 UGB par hectare au maximum du 1er novembre")
    # A version's "or later" may move far from it: "version 3 de la licence GNU GPL ou suivante".
    others = _without_words_of_other_numbers(lowered, number, numbers, language)
    near = others if phrase in _LATER_PHRASES else _text_near(others, number)
    if language in _CJK_LANGUAGES and _CJK_RANGE_MARK_RE.search(
            lowered, max(0, number.start - 3), number.end + 3) is None:
        near = _CJK_RANGE_MARK_RE.sub("", near)  # "11月24日～27日、70%オフ": another range
    # (The source's own comparator counts: a passage left in the source's language keeps it.)
    postfix = _POSTFIX_LATER_RES.get((language, bound.direction)) if phrase in _POSTFIX_PHRASES else None
    if postfix is not None and postfix.match(lowered, number.end):
        return None  # "100 jours de trajet domicile-travail ou plus": "or more" after the noun's words
    if (bound.text.lower() in near or _may_bound_near(near, language, bound.direction == LOWER)
            or _age(text, number, language) is not None  # ("с 16 лет": from the age of 16)
            or language in _CJK_LANGUAGES and _SPAN_BEFORE_FROM_RE.match(text, number.end)  # ("7日前から")
            or bound.direction == LOWER and language == "de" and _A_GOOD_BEFORE_RE.search(
                lowered, max(0, number.start - 12), number.start) is not None):  # ("just over 16 km" / "gut 16 km")
        return None
    return near


_A_GOOD_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?:gut|gute|guten|reichlich)\s+$")


_CJK_RANGE_MARK_RE = re.compile(r"[〜～]|から")
# The source's "or more" and "or fewer", which a translation may say after the words of its noun.
_POSTFIX_PHRASES = frozenset({"or more", "and more", "or over", "and over", "or above", "and above", "or fewer",
                              "or less", "or under", "and under", "or below", "and below"})
_POSTFIX_LATER_RES = {(language, direction): re.compile(rf"[^.;:!?\d]{{0,60}}?\b(?:{words})\b")
                      for language, direction, words in (
    ("fr", LOWER, r"(?:ou|et)\s+(?:plus|davantage)"), ("fr", UPPER, r"(?:ou|et)\s+moins"),
    ("es", LOWER, r"o\s+más"), ("es", UPPER, r"o\s+menos"),
    ("de", LOWER, r"(?:oder|und)\s+(?:mehr|darüber)"), ("de", UPPER, r"(?:oder|und)\s+(?:weniger|darunter)"),
    ("ru", LOWER, r"или\s+(?:больше|более)"), ("ru", UPPER, r"или\s+(?:меньше|менее)"))}
_LATER_PHRASES = frozenset({"or later", "and later", "or newer", "and newer"})
_NOT_A_WORD_RE = re.compile(r"[^\w\s]")


def _phrase(bound: Comparator) -> str:
    """The comparator's words alone: "over $" is "over"."""
    return " ".join(_NOT_A_WORD_RE.sub(" ", bound.text.lower()).split())


def _last_word(text: str) -> str:
    words = text.split()
    return words[-1].lower() if words else ""


# The extreme a translation names before the number instead of bounding it: "le nombre maximal de
# colonnes est 5", "максимальное число столбцов: 5", "最大列数: 5".
_EXTREMES_NAMED = {
    UPPER: {"fr": r"maxima(?:l|le|ux|les)", "de": r"maxima(?:l|le[nmrs]?)|höchst(?:zahl|wert|anzahl|e[nmrs]?)",
            "es": r"máxim[oa]s?", "ru": r"максимальн\w*|наибольш\w*|предельн\w*", "ja": r"最大|上限|最長|最多"},
    LOWER: {"fr": r"minima(?:l|le|ux|les)", "de": r"minima(?:l|le[nmrs]?)|mindest(?:zahl|wert|anzahl|e[nmrs]?)",
            "es": r"mínim[oa]s?", "ru": r"минимальн\w*|наименьш\w*", "ja": r"最小|下限|最短|最少|最低"},
}
_EXTREME_NAMED_RES = {(direction, language): re.compile(rf"(?i)(?<![^\W\d_])(?:{words})(?![^\W\d_])[^.;!?。]*$"
                                                         if language != "ja" else rf"(?:{words})[^.;!?。]*$")
                      for direction, table in _EXTREMES_NAMED.items() for language, words in table.items()}


def _names_the_extreme_before(target: str, position: int, direction: str, language: str) -> bool:
    pattern = _EXTREME_NAMED_RES.get((direction, language))
    return pattern is not None and pattern.search(target, max(0, position - 60), position) is not None


# A count said as a range's end: "between zero and %d inclusive" / "0以上%d以下".
_RANGE_OPENED_BEFORE_RE = re.compile(r"(?i)\b(?:between|from)\b[^.;:!?]{0,40}\b(?:and|to|through)[\x20\u00a0]+$")
# A distance a line runs over: "the cable links Marseille and Singapore over 15,000 km".
_LINKS_OVER_RE = re.compile(r"(?i)\b(?:links?|linked|linking|connects?|connected|connecting|joins?|joined|joining"
                            r"|stretch(?:es|ed|ing)?|extends?|extended|extending)\b[^.;:!?]{0,60}\bover[\x20\u00a0]+$")


def dropped(source: str, source_numbers: tuple[_Placed, ...], target: str, target_numbers: tuple[_Placed, ...],
            source_language: str, target_language: str,
            key: Callable[[Any], object] = lambda number: number.value) -> BoundMismatch | None:
    """The first number the source bounds with a plain comparator whose one partner of the same value
    in the translation has no word near it that might bound it (`key` as for added)."""
    if source_language != "en" or target_language not in _MAY_BOUND_NEAR:
        return None
    lowered = target.lower()
    kept_before = None  # the last bound the translation kept: the source's phrase, the translation's last word
    for number in source_numbers:
        bound = comparator(source, number, source_language)
        phrase = None if bound is None or bound.negated else _phrase(bound)
        if phrase not in _PLAIN_COMPARATORS:
            continue
        if (bound.text.lower() in ("over", "under") and (_YEAR_RE.fullmatch(source, number.start, number.end)
                                                         or _SPAN_OF_TIME_AFTER_RE.match(source, number.end))
                or bound.text.lower() == "over" and _AMOUNT_BEFORE_OVER_RE.search(source, 0, number.start)
                or _SPREAD_OVER_RE.search(source, 0, number.start)
                or bound.text.lower() == "over" and _LINKS_OVER_RE.search(source, max(0, number.start - 90),
                                                                           number.start)):
            continue  # "a gain of 4 points over 2019", "a rise over 15 years", "climbs 1,250 m over 8.5 km",
            # "spread over 20 sites", "sum up to 1"
        # A value said more than once ("at least 30 minutes (EI 30)" / "30 minutos (EI 30)") lost its
        # bound when no mention of it in the translation has a word near that may bound it (the
        # translation may say them in another order).
        same = [other for other in target_numbers if key(other) == key(number)]
        if not same or len(same) != sum(key(other) == key(number) for other in source_numbers):
            continue
        unbounded = [(other, near) for other in same
                     if (near := _unbounded_near(lowered, other, bound, phrase, target_numbers, target,
                                                 target_language)) is not None]
        if len(unbounded) != len(same):
            bounded = next(other for other in same if all(other is not free for free, _ in unbounded))
            kept = comparator(target, bounded, target_language)
            kept_before = (phrase, _last_word(kept.text) if kept is not None else None, bounded.end)
        elif kept_before is not None and kept_before[0] == phrase and (
                _last_word(target[:unbounded[0][0].start]) == kept_before[1]
                or _JOINED_TO_THE_LAST_RES[target_language].fullmatch(target, kept_before[2], unbounded[0][0].start)
                and _same_thing_counted(target, kept_before[2], unbounded[0][0].end)):
            # "under 5 mmol/L and LDL under 3" / "inférieur à 5 mmol/l, et le LDL à 3", "at least 20 for
            # spirits and at least 18 for wine" / "como mínimo 20 años para licores y 18 para vino": said once.
            continue
        elif bound.text.lower() in _LIMIT_NOUNS and _names_the_limit_before(target, unbounded[0][0].start,
                                                                             target_language):
            continue
        elif _names_the_extreme_before(target, unbounded[0][0].start, bound.direction, target_language):
            continue  # "at most %d columns" / "максимальное число столбцов в таблице: %d"
        elif _BOUNDING_VERB_AT_THE_END_RES.get(target_language) is not None and _BOUNDING_VERB_AT_THE_END_RES[
                target_language].match(target, unbounded[0][0].end):
            continue  # "darf 60 Stunden in einer einzelnen Woche ... nicht überschreiten": the verb comes last
        else:
            other, near = unbounded[0]
            end = _range_end(target, other, target_language)
            if end is not None and end.direction == bound.direction:
                continue  # "a minimum of 7 and a maximum of 28 days" / "de 7 à 28 jours"
            about = _approximate_word(near, target_language)
            if about is not None:  # "more than 21,000" / "unos 21 000"
                return BoundMismatch(number, other, bound.text, about, bound.direction, APPROXIMATELY)
            return BoundMismatch(number, other, bound.text, "no comparator", bound.direction, "none")
    return None
