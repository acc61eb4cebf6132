"""Hostile input through the readers added in the fourteenth round (codes, quarters and halves, days
counted from now, Russian words) and through the whole comparison: soups of their own words, digits
and punctuation never raise, and a pair of identical texts never differs."""

from __future__ import annotations

import re

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from i18n.numbers import compare_numbers
from i18n.numbers.clock_words import read_clocks_in_words
from i18n.numbers.codes import codes_changed
from i18n.numbers.dates import read_dates
from i18n.numbers.notes import without_translator_notes
from i18n.numbers.order import option_values_swapped, pairs_swapped
from i18n.numbers.period_parts import length_changed, may_name_a_length, part_changed
from i18n.numbers.relative import may_count_from_now, moved
from i18n.numbers.symbols import ascii_digits
from i18n.numbers.units import unit_changes

WORDS = {
    "en": "next following tomorrow day week month year quarter half first second Q3 H1 QX7R2M A4 14C UTF-8 every "
          "Tuesday €1 1°C per for within 1 hour seven days a week phase III to by fell rose up more than or",
    "fr": "lendemain surlendemain semaine prochaine mois année trimestre semestre premier chaque euro degré dans "
          "l'heure phase II de à plus moins baissé réduit",
    "de": "übermorgen nächsten Tag Woche Monat Jahr Quartal Halbjahr jeden zweiten Dienstag pro Grad um auf und älter",
    "es": "pasado mañana día siguiente semana que viene mes año trimestre semestre cada martes por persona y noche "
          "unas casi tres cuartas partes",
    "ru": "послезавтра завтра следующей неделе квартал полугодие каждый второй четверг в течение часа на до "
          "двадцать пять тысяч одной трилогии",
    "ja": "翌日 翌々日 来週 再来年 四半期 上半期 毎日2回 月に 数十便 台風19号 10年間 〜 70%オフ 以上 以下",
}
PIECES = st.sampled_from(["1", "12", "0.01", "2,448", "3 940", "–", "-", "(", ")", "（", "）", "%", "×", "x", " "])


def _texts(language: str) -> st.SearchStrategy[str]:
    token = st.one_of(st.sampled_from(WORDS[language].split() + WORDS["en"].split()), PIECES, st.text(max_size=3))
    return st.lists(token, max_size=12).map(" ".join)


@pytest.mark.parametrize("language", sorted(WORDS))
@settings(max_examples=120, deadline=None)
@given(data=st.data())
def test_new_readers_never_raise(language: str, data) -> None:
    source = data.draw(_texts("en"))
    target = data.draw(_texts(language))
    codes_changed(source, target)
    if may_name_a_length(source):
        length_changed(source, target, language)
    if may_count_from_now(source):
        moved(source, target, language)
    compare_numbers(source, target, "en", language)


@pytest.mark.parametrize("language", sorted(WORDS))
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_an_untouched_english_text_agrees_with_itself(language: str, data) -> None:
    source = data.draw(_texts("en"))
    assert codes_changed(source, source) == ()
    if may_count_from_now(source):
        assert moved(source, source, "en") is None


# The readers added in the twentieth round: times of day in words, pairs joined one way, options'
# values, parts of a larger unit.
ROUND_20_WORDS = {
    "en": "from to instead of out of down up 6:30 p.m. 4:45 1 a.m. --speed --time -n = 500 mL 165 cm between sizes "
          "wait before months previous year second-hand 10⁹/L ⅔ 1970s fiftieth",
    "fr": "six heures et demie quart moins le du matin soir de l'après-midi à vers midi et demi de au lieu sur "
          "demi-litre quart de litre 1 min 30 1 h 30 cinquantième 7 jours sur 7 seconde main entre deux",
    "de": "halb neun Viertel vor nach dreiviertel Uhr abends morgens 18.15 von auf statt anstelle einen halben Liter "
          "Viertelliter Siebzigerjahren fünfzigsten zweiter Hand zwischen zwei nie mehr als",
    "es": "las la seis y media cuarto menos de la tarde mañana noche a hasta desde en lugar vez de cada medio litro "
          "segunda mano quincuagésima nunca más de entre dos",
    "ru": "в до с к после около час часу часа двух семь ночи дня вечера утра вместо из пол-литра полугода получаса "
          "пятидесятой суточного тоньше",
    "ja": "から 中 のうち 時 分 半 午前 午後 二酸化 万 〜",
}


def _soups(words: dict[str, str], language: str) -> st.SearchStrategy[str]:
    """Up to 14 tokens: `language`'s words and English's, digits and punctuation, and any 3 characters."""
    token = st.one_of(st.sampled_from(words[language].split() + words["en"].split()), PIECES, st.text(max_size=3))
    return st.lists(token, max_size=14).map(" ".join)


@pytest.mark.parametrize("language", sorted(ROUND_20_WORDS))
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_round_20_readers_never_raise_and_a_text_agrees_with_itself(language: str, data) -> None:
    source = data.draw(_soups(ROUND_20_WORDS, "en"))
    target = data.draw(_soups(ROUND_20_WORDS, language))
    read_clocks_in_words(target, language)
    pairs_swapped(source, target, language)
    option_values_swapped(source, target)
    compare_numbers(source, target, "en", language)
    assert pairs_swapped(source, source, "en") == ()
    assert option_values_swapped(source, source) == ()


# The readers changed in the twenty-first round: ages without their unit, German dates without a
# year, an en dash as a minus, the parts of several months, a comparator before "minus".
ROUND_21_WORDS = {
    "en": "children under aged ages kids 4–11 2½ hours 6:30 a.m.; about mid-April early late May April half-degree "
          "each 1 kWh below −5 °C a dozen 15 minutes",
    "fr": "moins de mois ans semaines début mi-avril fin mai pour chaque kWh inférieures à moins 5 degrés –5 °C "
          "un quart d'heure douzaine",
    "de": "bis zum am vom 31.12. 1.4. 12. Oktober 3200 keine 100 mehr nicht einmal über unter minus Grad Mitte "
          "Anfang Ende April Mai Monaten Jahren",
    "es": "menores de meses años inferiores a –5 °C –10 principios mediados finales de abril mayo por cada kWh",
    "ru": "детей до младше месяцев лет от 4 до 11 ниже выше минус 5 градусов середине конце апреля",
    "ja": "歳未満 か月 週末 第2週末 週間後 坪 ㎡ 450㎡ 4月中旬 5月上旬 下旬 氷点下5度 を上回 隔年",
}


@pytest.mark.parametrize("language", sorted(ROUND_21_WORDS))
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_round_21_readers_never_raise_and_a_text_agrees_with_itself(language: str, data) -> None:
    source = data.draw(_soups(ROUND_21_WORDS, "en"))
    target = data.draw(_soups(ROUND_21_WORDS, language))
    read_dates(ascii_digits(target), language)
    part_changed(source, target, "en", language)
    unit_changes(source, target, "en", language)
    compare_numbers(source, target, "en", language)
    assert part_changed(source, source, "en", "en") is None
    assert unit_changes(source, source, "en", "en") == ()


# The readers changed in the twenty-second round: below zero said after the number, Russian hours
# with "часов", a day and month without a year, Japanese morning and evening hours and "1日2時間",
# a count of one bounded in words.
ROUND_22_WORDS = {
    "en": "by on 03/15 15 March 8 a.m. 8 p.m. between and −10 °C over a year more than once at most one hour "
          "2 capsules 2.5 ml 2022–2023 per day",
    "fr": "degrés sous zéro en dessous au-dessus de moins d'un an plus au plus une heure fois 15/03 8 h 20 h 2.5 ml",
    "de": "Grad unter null über bis zu ein Jahr mindestens höchstens einmal jeweils Kapseln 15.03. 2.5-ml-Markierung",
    "es": "grados bajo cero menos de más un año una vez hasta el 15/03 16/03 las 8:00 2.5 ml",
    "ru": "градусов мороза тепла с до в часов часа 15.03 15.04 по капсулы меньше одного года",
    "ja": "朝 夜 晩 夕方 8時 1日 2時間 日 〜 23年 3/15 まで ずつ 未満",
}
# ... and in the twenty-third: frequencies that agree, every nth unit, lists of hours, the remaining
# part, pence, approximations beside a bound, contracted articles, options glued to Japanese, battery
# sizes, a count of one in digits.
ROUND_23_WORDS = {
    "en": "every two days once a week twice a year per month remaining quarter 7.5p 600 m² or more nothing heavier "
          "than over 3.1 km no later than 4 p.m. in the last 3 years under 18 within 1 metre minimum around the "
          "clock 7:00 and 19:00 every morning third day and up to at least once no harder 1-litre AAA batteries "
          "teenagers --cycles=3 August 2019 one tablet 2–3 14 days two weeks",
    "fr": "un jour sur deux tiers restant voire davantage sans jamais supprimer plus d' au plus tôt à au plus tard à "
          "avant 18 ans à 7 et 19 h tous les matins 3 mm d'épaisseur au minimum 2de classe au-dessus du V CC",
    "de": "jeden zweiten dritten Tag einmal wöchentlich zweimal jährlich im Jahr nichts, was schwerer als höchstens "
          "jedoch mindestens um 7 und um 19 Uhr 0, 6, 12 restliche Viertel jede Nacht 7,5 p 7.5 p",
    "es": "un día sí y otro no cada tercer día por encima del por debajo del antes de los 18 años nada que pese más "
          "de a las 7 y a las 19 h cuarto restante",
    "ru": "через день каждый третий день не чаще раза в неделю не реже примерно до около 6 соток литровые банки "
          "августом июлем не позднее чем через после 2-го каждое утро Еженедельно по утрам двух три",
    "ja": "毎晩7時間 残りの4分の1 7日前から 予約 ごろ以降 24時間体制 2錠 10代 単4電池 --cycles=3で バージョン4.2以降 "
          "（約7個分）以内 毎朝 1日おき",
}


ROUND_24_WORDS = {
    "en": "above the 5.7% threshold of 1 day later up to 48 hours before cancel book per visit every weekend "
          "within 8 hours capped at hundreds added half-litre 12-month 7 days a week tested over 1,000 km "
          "by 03/15 no earlier than Friday 15 November 1 kg a full day below 6.0 at the latest per metre",
    "fr": "au plus tard le 15/03 au plus tôt inférieur au seuil de un jour férié trois milles sous le kilomètre "
          "en un siècle XIXe siècle par visite ou moins présentant une taille de la vitesse minimale est de "
          "jamais avant entre les sangles",
    "de": "unter dem Grenzwert von bis zu einer Körpergröße von bis Baujahr in der Woche am Tag jedes zweite "
          "Wochenende spätestens um 11 Uhr von 7.30 bis 13 Uhr 3 weitere Monate Januarwochen die "
          "Mindestgeschwindigkeit beträgt ein Kilogramm −2.75 +3.50 dpt Jahresmitgliedschaft",
    "es": "baje de No se admiten No se debe por debajo del umbral del una cuarta parte de triplicaran el último "
          "siglo nunca antes del a más tardar la velocidad máxima es de hasta una altura de pueden llegar a",
    "ru": "не позже чем за не раньше чем через более чем по ниже порога в 14-часовую 14-суточную 1100 г топлива "
          "+127 °F на девять утра литром вдвое компактнее за визит каждые вторые выходные",
    "ja": "毎晩22時 月2回 毎週火曜と木曜 毎分120フレーム 止まった状態から 上限の5gを大きく上回った 1キロメートル当たり "
          "1回につき 120センチ以下 毎週末 毎月末",
}


ROUND_25_WORDS = {
    "en": "1.5 times 2.5 times twice below 0 °C above 0 °C up to 30% less than 24 hours before more than 48 hours "
          "in pairs must not exceed faster than slower than 1 in 20 one in five the 2nd 3rd at 0, 1 and 6 months "
          "15th of every month every 2nd day pages 1 to 6 a third offence a third of at the 25 km mark in under 45 "
          "minutes wholesale orders of at least 50 units every 15 minutes 5 free withdrawals each month",
    "fr": "sous zéro températures négatives un sur 20 le IIIe Congrès 0-1-6 mois jusqu'à 30 % le 15 de chaque mois",
    "de": "das Anderthalbfache Eineinhalbfache Zweieinhalbfachen Minusgraden Minustemperaturen unter null jeder 20. "
          "jedem zwanzigsten jeden 15. des Monats jeden 2. Tag 0-1-6 Monate 1 von 20 bis zu sechsfach viertelstündlich "
          "halbstündlich beim dritten jede Woche zweimal jeden Monat fünfmal",
    "es": "bajo cero hasta un 30 % el II Censo la IV Edición la II Guerra Mundial uno de cada 20 del X Axis 0–1–6 "
          "al por mayor de 100 unidades o más mayores de 65 a la tercera",
    "ru": "запрещено запрещается быстрее медленнее каждый 20-й каждое 15-е число каждый 2-й день ниже нуля "
          "по схеме 0–1–6 месяцев не более 160 км/ч на 25-м километре должно исполниться 18 лет быстрее чем за 45 минут "
          "запрещена: держите не более 10 м",
    "ja": "氷点下 零下 氷点下20度 24時間前を過ぎてから 48時間前まで 2台1組 20人に1人 最大30% 1時間あたり 4世帯に1世帯 10社に3社",
}

ROUND_26_WORDS = {
    "en": "25th 31st a fifth and sixth player get a third free 1/3 stop 05/15 to 10/31 Over 60s under-18s 1.5 m² 2 m³ "
          "Eight out of ten three in ten 2.5 times no further than no closer than accessible under two or superior "
          "%1, %2. two-factor 1 entry deleted Ver. 2.1 version 3.4",
    "fr": "vingt-cinquième un tiers un cinquième ni après 20 h au-dessus des 120 m en dessous des 80 % 2FA",
    "de": "keines keiner zweieinhalbmal 5 Vol.-% 3 Gew.-% Drittel einem Drittel nicht vor 8 Uhr dritten gratis",
    "es": "vigésima quinta vigesimoquinto trigésima primera un tercio ni después de las 20:00 hasta un mínimo de Ver",
    "ru": "двадцать пятый тридцать первом не опускается ниже на три ночи мм рт. ст. и более треть %(count)s запись",
    "ja": "昭和62年 令和5年 平成17年 Ver.2.1 1年6か月 1日2時間 ひとつも ダブルクリック 六角形 四捨五入 単3形 8割 5人目 上限は10 下限は 3分の1",
}

ROUND_27_WORDS = {
    "en": "4 times in 24 hours 50p £1 150 mg per kg the 2nd of May half dozen 3:15 at 3:15 after before 31 December "
          "almost three times faster 6-in-1 2-in-1 moving up to 4th place up to 2. none will be more than in pairs "
          "$9 instead of $13.50 fully 50% more by half 6 hours a night over six months or more a week",
    "fr": "tous les quinze jours la moitié 0,50 £ 150 mg/kg hexavalent 2 en 1 à partir du 1er janvier 100 % au plus",
    "de": "ein Viertel größer von denen ein Viertel gab ein Viertel an Sechstklässler sechsgeschossig fünftürig "
          "halben Dutzend bis zum 28. Februar",
    "es": "entre las 8 y las 10 antes del km 10 más abajo hexavalente hasta el 30 de abril",
    "ru": "32-разрядные не позднее чем за сутки в полтора раза почти втрое в сутки 2 в 1",
    "ja": "第1日曜日 (11月〜2月):10時 地上38階・地下4階建て 2〜3回までに 90日より前 7回目以降 3枚目以降 3時間15分 1歳半 "
          "3千冊 1千万 2段ベッド 1泊2食 午前1時 時速 を超えて走行することはできません 保管せず 4月30日までに",
}

ROUND_28_WORDS = {
    "en": "a one-day pass two-thirds full top quarter Under-5s over-65s the 1500s 8% more than in 2022 six days a week "
          "20 hours a day 0.5 ha 90 minutes worked over 16 stitches 15% when two or more at 8 sharp round up to 12 "
          "below about 16 °C 5.8 l/100 km a full day allow 7 days before the first week the first Tuesday daily "
          "Monday to Friday every weekday every fifth day three-course a two-piece €0.30 $38.90 ratio 1:10 avoid "
          "to prevent above once a week each week",
    "fr": "rabattre d'un tiers 6 jours sur 7 20 heures sur 24 XVIe siècle l'année précédente une heure à une heure et "
          "demie le dernier dimanche en semaine 95 centimes évitez de plus de aux moins de 3 ans demi-comprimé",
    "de": "zu drei Vierteln ein Viertel jeder Spende im besten Drittel 16. Jahrhundert im Vorjahr einen ganzen Tag "
          "Drei-Gänge-Menü jeden dritten Dienstag werktags vermeiden Sie meiden der Compact 5.4",
    "es": "media hectárea dura hora y media siglo XVI el año anterior de 10:00 a 12:00 de 6 a 8 de la tarde "
          "no se debe por mayores de 16 superar un máximo de 5 grados bajo cero de lunes a viernes",
    "ru": "младше 15 лет XVI веку годом ранее в получасе 30 евроцентов 38 долларов 90 центов по будням "
          "каждое второе воскресенье месяца программа полдня избегайте",
    "ja": "16世紀 前年比 午後6時半に始まり、7時15分 4回ごとに1回 10回中少なくとも9回 5日間・7日間・10日間の3種類 "
          "7月12日（金）から14日（日） 最初の1か月 1年目 第2土曜日 平日 15分もかかりません 外気温－7℃ 100kmあたり5.8L "
          "45℃を超える過熱を防ぐ 二段ベッド GPA3.0以上 レッスン時間",
}

ROUND_29_WORDS = {
    "en": "8:00 a.m. to 6:30 p.m.; tastings at 11 3,200 m² of office space over five floors a comfort limit of -12 °C "
          "extend up to 30 minutes before do not exceed 5 minutes for more than 2 hours 0x1F3 03/15/2021 09/02/2024 "
          "born in 2008 or later buried under 1.5 m between the ages of 8 and 14 42 cm² 9 kN 1.2 ng/mL 1,192 cc "
          "Boxing Day New Year's Eve 25 or 26 December one trillion a five-axle lorry per additional day per season "
          "every second Saturday daily driving time up to 6 months after 1–5 difficulty scale under 18 150% "
          "a dozen pairs the fifth one each additional room 100 commuting days in a year",
    "fr": "au-delà de 5 minutes un demi-centimètre la minute et demie un casque neuf -25 % 24 h/24 cinquantenaire "
          "aux trois quarts ne compte plus que 6 un visiteur du musée sur trois mineurs 42 m2 ou plus",
    "de": "um bis zu 2 Stunden überschreiten nicht länger als 72 Stunden bis spätestens 30 Minuten siebenmal "
          "Jahrgänge 2008 und jünger unter dem gesetzlichen Mindestwert von 0,5 ppm auf 3 Monatszinsen begrenzt "
          "Zweitaktöl halbstundenweise das Anderthalbfache bis zum 30.06. 15 % 70 % Rabatt auf über 200 1.192 ccm",
    "es": "medio centímetro las 24 horas mayores de 18 años menores de 16 cada año adicional 6 o 12 unidades",
    "ru": "не позднее чем за двое суток полсантиметра к декабрю 2025 года III Международной четверти часа "
          "получасовую в два вечера норма хранения полуторному тарифу 2-литровых на час выше предела",
    "ja": "5分を超えると 最大2時間超過 3,400グラム 2,500g未満 エラー0x1E3 1兆個 12月25日または26日 毎月第2土曜日 "
          "ご利用後6か月以内 5段階評価 1ダース（12足） 3年連続 2部屋目以降 1.5倍 1シーズンにつき",
}

ROUND_30_WORDS = {
    "en": "a quarter of whom are under 25 none of our guides is younger than 21 older than 70 480 times a day "
          "up to six passengers plus the pilot 18 plus 40 plus VAT at least 20 for spirits and at least 18 for wine "
          "a glide ratio of 9.5:1 4:1 1:30 p.m. 12 noon 2 p.m. 500,000th guest 3.5 times 1 cm every 100 years "
          "7 days a week from 7:30 a.m. 125% of rated load 50–90% 25th anniversary golden wedding 1/8 second "
          "a 1/2-inch hose three times lighter 50 W on 2 m and 50 W on 70 cm Monday–Friday from 9 to 5 "
          "each request after the fifth a 25% deposit 10 millionth stroke no bag should weigh more than 25 kg "
          "Room 4.12 on 22 May added up to 100%",
    "fr": "noces d'or 3 fois et demie par siècle 8 h-12 h, 12 h-16 h 7 jours sur 7 dès 7 h 30 20 ans révolus, et 18 ans "
          "jusqu'à six passagers 1:4 deux fois et demie",
    "de": "älter als 25 jünger als 30 täglich 650-mal wöchentlich zweimal 19 Uhr 55 dB(A) 18 Uhr 30 Achtelsekunde "
          "ein Zehntelmillimeter silbernes Priesterjubiläum an Schalter 3 am Tor B12 das 1,25-Fache "
          "mindestens 20 Jahre alt sein, und 18 für Wein hundertjährigen Jubiläum pro Jahrhundert 1:30 Uhr "
          "12 Uhr mittags ½-Zoll jeweils 50 W ab der sechsten Drittelstufen 10-millionsten Route 4 bis zum 15. Mai "
          "Raum 4.12 Sechserteams hundertjährlichen ein Viertel als Anzahlung 60 mal 30 Meter",
    "es": "a las 6:15 de la tarde las 12 del mediodía la una del mediodía bodas de plata como mínimo 20 años y 18 "
          "tres veces y media por siglo",
    "ru": "500-тысячного гостя 6:15 вечера золотую свадьбу 9,5 не моложе 20 лет, а вино — с 18 лет",
    "ja": "25歳以上 金婚式 滑空比は9.5 5〜9割 年中無休、午前7時30分 定格荷重の1.5倍 1対2 長くとも90分 半年に1度 "
          "それぞれ最大4組 8目ずつ 6件目以降 9時〜17時 4分の1インチ",
}

ROUND_31_WORDS = {
    "en": "February 27, 2026 April 1, 2025 aged 7 to 14 6-11 between 6 and 11 must not exceed 55 dB(A) hourly "
          "every two hours every other Saturday every four weeks Meals are served 3 hours colon tertiary the 1990s "
          "how often flour and water a dozen twice aged 18 and over over 18 18+ shared 50/50 split 50-50 "
          "below 50 rubles. Top up now no more than 30 pupils just over 16 km in triplicate in duplicate quadruplicate "
          "Max. 4 passengers from 100 points from 27 countries 29.80 yen 600 rpm 12 to 15 miles 01/05/2025 06/07/2025 "
          "within three years six months Maximum: 200 halfway into thirds every other joist 2025-08-15 2023.10.1 "
          "20 m/s around midday 100 bpm from the age of 10 months 50% to 70% the annual statement weekly outlook "
          "exceed 10 mph (16 km/h) at least 100 yards (91 m) Minimum top-up: 1,000 yen 6/5/2025",
    "fr": "de 6 à moins de 12 ans deux repas au-delà du deuxième séparant deux vérifications les deux ingrédients "
          "années quatre-vingt-dix deux fois troisième clients majeurs à parts égales pour moitié",
    "de": "von 6 bis unter 12 Jahren 7 Jahren bis unter 15 55 dB(A) nicht unterschreiten zweistündlich vierwöchentlich "
          "dreimonatlich 4-wöchentlich 5-jährlich zweijährlich je zwei Kopien zweimal darauf achten am achten Tag "
          "die beiden zwölf Volljährigen je zur Hälfte gut 16 km reichlich zwei Stunden dreifacher Ausfertigung "
          "Dreipersonenhaushalts Dreizimmerwohnung Zweisitzer 19 bis 24 km für zwölf Monate 06/07/2025 "
          "um die Mittagszeit ab einer gefühlten Temperatur von 38 °C",
    "es": "de 6 a menos de 12 años dos puntos (:) estos dos puntos a partir de la tercera once (una vez) "
          "como mínimo por 30 alumnos mayores de edad a partes iguales entre las 9.00 y las 11.30 h a las 9.30",
    "ru": "две душевые между двумя проверками эти два 3-м этаже совершеннолетних пополам меньше 50 ₽. Пополните "
          "600 об/мин не более 2 кг не ранее чем 12 месяцев назад не позднее 12 мая",
    "ja": "令和8年2月27日 2025年（令和7年）4月1日 令和元年 平成３０年 昭和45年 7歳以上15歳未満 3歳以上7歳未満 "
          "毎週土曜日 毎週火曜と木曜 隔週土曜日 2回目以降 折半 成人 週4便 月4便 1日3便 JL123便 4名様からです "
          "3個からとさせていただきます 5万台を突破 29円80銭 1時間に1本 100ポイント以上 5,000円（税込）未満 "
          "2025.08.15 3等分 二等分 風速20メートル 最大25メートルの突風 100bpmを下回る 半ダース 1ダース ９：００～１８：００",
}

ROUND_32_WORDS = {
    "en": "100 bpm 130 mmHg hundreds of only once the second and any further a dozen free withdrawals each month "
          "over up to 15 years range of 18.5 to 24.9 Minimum rental period: from 48 hours up to 1 hour "
          "one and a quarter times one and three quarters 2 × AAA (LR03) infants up to 3 years old "
          "v2.4.1 or later COVID-19 01/04/2025 (DD/MM/YYYY) 12/01/2023 (MM/DD/YYYY) limited to 10–15 couples "
          "every 20 minutes up to age 15 until the age of 12 by the 25th the first floor the ground floor "
          "the 3rd floor the first-floor studio less than $5 at least $1 a fee of $3 within a 10-minute walk "
          "Minimum order for free pickup: $25 your second ride up to two small bags "
          "-20°C to 50°C (-4°F to 122°F) overnight stay with dinner and breakfast more than once a week "
          "a quarter turn No point along a kitchen countertop wall may be more than 24 inches a third shot "
          "a minimum of 4 anglers groups of up to 8 "
          "03/25/2025 04/03/2025 25/03/2025 10 mph 15 mph have not opened for more than 3 months must not be left "
          "for more than 72 hours exceeds the 10 MB limit over the 50 GB monthly cap from 12 months of age "
          "from 2,000 rubles since 1998 until 1998 about one in three at midnight 3-year 6-month a double measure "
          "triple-click two side dishes two consecutive more than three two hands",
    "fr": "Durée minimale de location : une journée la taille maximale de 10 Mo jusqu’à l’âge de 12 mois jusqu'à l'âge de 12 mois environ 30 % triennal "
          "triennaux semestrielle biennales",
    "de": "Mindestmietdauer: 1 Tag die monatliche Obergrenze von 50 GB bis zum Alter von 12 Monaten bis zu einem Alter von maximal 50",
    "es": "a las 23:59 trienal bienales semestral desde 2000 pesos Periodo mínimo de alquiler: 1 día",
    "ru": "при заказе до 2000 руб. от 2000 ₽ Минимальный срок аренды: 1 день",
    "ja": "2025/03/25 2025/3/24 04/03/2025 25/03/2025 時速約16km 時速24キロ 3か月未満 上限の10MB 1998年から今日までに "
          "午後3時から閉店まで 約3割 23時59分 シングル ダブル トリプル 両手 二品 100bpm以下 120mmHg 数十回 二度限り 3件目以降 "
          "3項目 1号車 毎月12回まで 最長15年 推奨範囲（18.5～24.9）を上回る u=rw (0600)以上 最低レンタル期間：1日 "
          "48時間前から1時間前まで 1.25倍 単4形（LR03）×2本 1日1回、 年に一度以上 3歳からのお子様 7日前からご予約 "
          "24時間前以降 24時間前以前 45時間を上限 45時間を下限 午後12時 午後12時半 1回に限り 1日あたり "
          "Ver.2.1.4以降 新型コロナウイルス感染症 1回につき10～15組 毎時20分に 15歳から 毎月25日までに 一万円札 "
          "三億五千万円 万一 11/30（土） 11/30まで 1/2 半数は県外から 2階 １階 1階と2階 徒歩１０分以内 初回 初日 "
          "-20℃～50℃ 1泊2食付き 前日までに 前々日まで 翌々日 週2回以上 1時間500円 1時間あたり 最初の1時間500円 二段階 "
          "午前12時 午前12時半 午後0時 3回のご来店ごとに1回 入院初日から 猛暑日 真夏日 夏日 熱帯夜 半回転 "
          "1時間ごとに ２０２２年（令和４年）１月１日 7-3/4インチ 3ショット目 最大8名様まで 最小目盛り",
}

ROUND_33_WORDS = {
    "en": "Tuesday special 12/06/2024 centre licence the lift Thursday, 6/5/2025 Independence Day 07/04/2025 Mountain Time "
          "$2.99/lb per square foot $4/sq ft once a term per semester up to 5 ads per day 10th every other oil change "
          "every other time within 18 inches within 5 cm more than 3 floors the first floor the 2nd floor valid until 10/11/24 "
          "expire after 30 days ¥500 per load double the daily rent half of your tax a third of the seats an hour before "
          "around the clock per guest Minimum order ¥15,000 A minimum order of ¥15,000 from player level 20 from age 12 "
          "no more than 3 days after the April day-service 1:25:00 4:00 to 4:30 Section 4.2 Grade 9 10th grade "
          "no standing charge free delivery Flat 5 (415) 555-0182 within 4 to 6 weeks after from €17.99 and cannot "
          "If you cannot show a ticket, twice the full fare within three years two days' worth every six months",
    "fr": "toutes les deux fois par trimestre par pied carré à au moins 5 cm",
    "de": "jedes zweite Mal pro Semester Quadratfuß Dreijahresvertrag Sechsmonatsabo Zweitageskarte Geschäftsjahres "
          "Halbjahresvergleich bis zu 17,99 € ab 17,99 €",
    "es": "cada dos veces cada tres veces por semestre pie cuadrado",
    "ru": "через раз квадратный фут кв. фут",
    "ja": "火曜日限定 2枚で ３号エレベーター 台風19号 4号車 1キロあたり 1平方フィートあたり 1平方メートルあたり 毎学期 各学期 "
          "週最大5回 月最大3回 第10回 数十人 数百人 18インチ以内 4階建て未満 4階建て以上 1回につき1回 2回につき1回 "
          "10/11/24 12/31/25 1日1回 週1回 日割り賃料の2倍 倍額 半分 1時間前までに 1日24時間 1回無料 1回2錠 "
          "1回最大12分 お子様1名 お一人様3,000円 送料1円 基本料金0円 15,000円まで 15,000円以上から レベル20まで "
          "焙煎後3日以内 1時間25分 4時間00分〜4時間30分 第4条第2項 第5章第1節 中学3年生 高校1年生 小学4～6年生",
}

ROUND_34_WORDS = {
    "en": "on Saturday wait a few minutes hold for 5 seconds once a year after the first 12 months born after 1991 "
          "before 2010 since 2015 A small service fee €1 a dollar -1000 (-1453) 1939 -1945 2,150 sq ft 700 sq ft (65 m²) "
          "1 tbsp 2 tsp 3 mm/s 3 km/s from 29/12 to 6/1 on 7/1 58 mL/min/1.73 m² 24 hours a day for three weeks "
          "1 1/2 times 2-1/4 inch between 6 and 10 students cast in 1633 5% back in points a copy a staff member "
          "0° to 35°C (32° to 95°F) 3 to 5 miles (5 to 8 km) a dozen volunteers one stop away 30 minutes earlier or later "
          "duplicate third-party thousandths of a second the other each side",
    "fr": "le samedi pendant 6 semaines des deux dernières années à partir de 2008 jusqu'en 2009 une caution de 1 € "
          "environ 200 m² 3 cm/s du 29 décembre au 6 janvier 2,25 tasses deux fois des deux côtés",
    "de": "Für Samstag in 6 Stunden warten Sie 5 Minuten der letzten zwei Jahre ab 1992 nach 2008 bis 2011 "
          "Servicegebühr von 1 € 2-Mann-Team Dritten einstündigen 1,5-Zoll-Rohr 4 bis 8 km",
    "es": "el viernes en 5 cajas después de 2014 milésimas de segundo cuarto 2 g de sal",
    "ru": "две только одну второго третьих десятым",
    "ja": "5分待って 5秒間 1日を通して 約200平方メートル 65㎡以上 小さじ1 大さじ2 3cm/s 12月29日から1月6日 "
          "1.73m² 24時間体制 3週間 1.5倍量 定員は6〜10名 最大3〜5日 寛永10年（1633年） 5%ポイント還元 5ポイント上昇 "
          "受付に1名で スタッフ1名 0～35℃ 十数名 ダース 9月2日から 隣の 30分早めるか 2008年以降",
}

ROUND_35_WORDS = {
    "en": "130 cm or taller or thinner or cheaper go out once and return once and for all one and a half times "
          "0.53 oz (15 g) 8 fl oz every third visit the first five rows $5 or more within the first 12 months "
          "450 vertical metres a minimum of 10 participants about one in five "
          "the minimum age for the tour is 14 none longer than 140 yards make up to 1 L 95 g/km of CO2 or less "
          "grades 7 to 9 grade 9 on 20/12 and on 06/12 the first Saturday the second day your first lesson drawer 3 "
          "pH of 5.8 101 mph 16% ABV each evacuee per person",
    "fr": "une ou plusieurs paires deux fois et demie au tiers",
    "de": "ein oder mehrere höchstens 95 g/km CO₂ 5 ml tropfenweise 18 Minuten Schrank 3",
    "es": "20 minutos unos 20 °C una vez y media",
    "ru": "удвоит утроит удвоили утроила полуторной двойной не старше 14 лет 3 минут 3 капли",
    "ja": "14日の昼ごろまで お昼まで 昼休み 06/12に 12/03 午後5時 1週間で震度1以上 12か月以内 「12M」 ペットを1匹まで "
          "1～2週間 35℃を超える環境では充電しないでください 5kg未満の物を持ち上げないで 表示されないことがあります "
          "101マイル 150キロ 中学1〜3年生 高校1～3年生 アルコール度数16度 pH5.8以下 pH7.2～7.6 3回すすいで 3番の引き出し "
          "毎月土曜日 初回レッスン 第2日曜日 1名様につき 1人あたり 30分480円 30分580円 医療費−267,000円 外気温−7℃ "
          "お二人まで 三つ 24時30分 26時 8オンス（約240ml） 3回ごと 5列目まで 10名に満たない場合は開講しません "
          "以下でなければならない 1,000円未満の端数 5ドル未満 $5以上 12か月経過後",
}
ROUND_36_WORDS = {
    "en": "no earlier than 8:15 p.m. nor more than 5¼ ounces one-on-one every 5 minutes between ¥5,000 and ¥500,000 "
          "the first day of travel rolled over 14 times 2 or more months in a row runs over six Saturday mornings "
          "48MP 55 hl/ha 1/60 and 1/250 s before noon 4 × 8 ft under one tariff Monday through Friday, 8:00 "
          "15.5 per mille SPF 30 or higher 50 tsubo up to ¥100,000 per day in a calendar year fold in thirds "
          "reach the limit 3 or more times an annual pension 3 payment slips each year",
    "fr": "dans un délai de 2 à 4 semaines après le 32 30 en trois 60 hl/ha",
    "de": "Fünftagewoche zweistündlich im 30-Minuten-Takt mittags Freitagmittag 300 Höhenmeter 24 Stunden am Tag "
          "in drei Lagen über einen Tarif",
    "es": "como mínimo con 7 días de antelación",
    "ru": "тройную дозу I и II групп на 1 м² не ранее чем через 7 суток",
    "ja": "120万円から投資できます 遅くとも午後8時15分 早くても6月10日 遅くとも3日前までに 月1〜2回 5と4分の1オンス "
          "1on1 5分後に 5,000円以上50万円以下 利用開始日 4月12日（土）から3日間 05/11/2023 下4桁が4821 6号（18cm） "
          "1,000倍に薄めて 1時限目 18時限り 4800万画素 1/60〜1/250秒 半月分 年３回まで 始業日 通算6か月以上 "
          "1,000分の15.5 月10％ SPF30以上 2年以上連続 7月20日～8月31日 13日（日） 1月～12月 50坪 3等分 1日10万円まで",
}

ROUND_37_WORDS = {
    "en": "Do not fill the tank (max. 3 litres) every other month 7 to 8 hours before June 1981 finish – 6:00:00 "
          "Daily quests 3 entries per account below 50% (day/month): 05/12, 15/12 24.2 effective megapixels "
          "exceeds your average by more than 50% 5 or more consecutive nights half a dozen four times a year "
          "capped at US$22 on the 10th of March, June, September and December salary band E9",
    "de": "Die Mindestteilnehmerzahl für diesen Kurs beträgt 8 (max. 3 Liter) Entgeltgruppe E 9, Stufe 3 "
          "viermal im Jahr sechs Weine am 10. März, 10. Juni",
    "ja": "１クラスの人数は８名から１５名まで 隔月刊 月刊 季刊 週刊 日刊 7時間以上8時間未満 1981年5月以前 "
          "1月14日は休業いたします。15日は正午から デイリー ウィークリー マンスリー 1日3回まで お一人様１日１点限り "
          "5割を下回らないように 最小計量は150kg 1.5倍を超えた 連続5泊未満 24.11.03 14時 下限は22米ドル "
          "8文字以上でなくてはなりません 3月10日、6月10日",
}

ROUND_38_WORDS = {
    "en": "reduces noise by up to 30 dB ready in as little as 2 hours by the 2060s several dozen errors "
          "a couple of minutes a few minutes by 25 basis points Call us 24/7 monthly fee at least one "
          "at most one more than one only one exactly one one or more cannot use more than one not supported "
          "in GB (ms) in milliseconds 16 characters UTC-05:00 GMT+3 -05:00 code -1 Reduce by half "
          "two-factor three-step at first the first page in Q3 255.255.255.255 at 6 p.m.",
    "fr": "au moins un au plus une plus d'une un seul plusieurs deux ou trois minutes ne pas impossible "
          "0,25 point 30 décibels",
    "de": "mindestens eine höchstens ein mehr als einem nur eine genau ein mehrere einige Dutzend zwei bis drei "
          "nicht möglich 0,25 Prozentpunkte Drei-Faktor zuletzt zuerst im dritten Quartal Untergrenze Maximalgröße",
    "es": "al menos un como máximo una más de un sólo uno varios dos o tres no se admite",
    "ru": "хотя бы один не более одной более одного только одна ровно одну несколько к 2060-м годам "
          "в 2060-м году две-три не может 30 дБ в МБ восьмибитного символа 16 символов Уварите вдвое",
    "ja": "1 つ以上 1つだけ 1つしか 複数 2つ以上 2つまたはそれ以上 最大30dB 最短2時間 数十件 2〜3分 二、三分 "
          "２４時間３６５日 月額 年額 できません なければなりません 0.25％ UTC−5 GMT+3 コード-1で 月払い 年払い",
}
ROUND_39_WORDS = {
    "en": "on 03/04/2025 %(n)s containers %d files {count} items at least %d more than {count} between zero and %d "
          "at most %d columns skipping over %u bytes links A and B over 15,000 km Double click single-click "
          "double-tap click twice triple-click can not be zero zero errors from zero to greater than zero non-zero "
          "Go to last tab the last pieces last name a single dash double quotes One of this one or more (MB) "
          "Per Hour in seconds on Sundays between 1 and 10 -1.5 EV 1,024 KB YYYY-MM-DD %Y-%m-%dT up to %.1f",
    "fr": "Plus de %(n)s au moins %d le nombre maximal de double clic simple clic cliquez deux fois trois fois "
          "un seul clic zéro aucun un torrent logements neufs Un désactive dernier avant-dernière double tiret "
          "Deux de celles-ci d’un ou de plusieurs jusqu’au 5e étage ne pouvez pas grouper de moins de AAAA-JJ-MM (Ko)",
    "de": "mehr als %(n)s mindestens %d Doppelklick Einfachklick klicken Sie zweimal dreimal Eins Null Null-Byte "
          "am 03.04.2025 höchstens {count} Höchstzahl vorletzten ersten Reiter zwei Instanzen doppelter Mehrere "
          "Zwei von diesen an Sonn- und Feiertagen stärker als schwächer als in Millisekunden JJJJ-TT-MM",
    "es": "más de %(n)s doble clic un solo clic dos veces tres veces uno ningún cero menor que uno penúltimo "
          "comillas simples dos de los más fuerte que AAAA-DD-MM",
    "ru": "более %(n)s максимальное число столбцов: %d двойной щелчок одинарном клике дважды трижды один единицы "
          "ни одного ноль 1 февраля 2026 г. предпоследней два экземпляра одного или нескольких меньшим или равным "
          "ГГГГ-ДД-ММ Два из этих",
    "ja": "%d個以上 0以上%d以下 これ以上 ダブルクリック ダブル・クリック シングルクリック 2回クリック 1以上 ゼロ "
          "2024年12月9日 最初のタブ 最後から2番目 シングルクォート 1つ以上 複数 3.500行 12.800円 1万8432.56 −1.5EV "
          "1～10まで (ミリ秒) 一つまたは複数",
}

ROUND_40_WORDS = {
    "en": "250 thousand 250 Two Thirds (2/3) one per line more than one wildcard Only one hh:mm:ss %H:%M:%S "
          "Pre-1970 Post-2000 3/4 of the height 3:4 older than 2015 Limited to 1 use syntax: -18.2412 "
          "50°52′21.92″N 100.000 the Hundred Years' War the 19th <strong>30</strong> days 0.28 AU in mm "
          "equal to or greater than zero zero (or negative) non-zero must not be negative a single unless",
    "fr": "250 mille deux par ligne plus de deux Un seul HH:MM Après 1970 4/3 de la hauteur 4:3 syntaxe : -18.2412 "
          "18°9'48.21\"S guerre de Cent Ans <strong>30</strong> dernières semaines 0,28 UA années-lumière "
          "égal ou inférieur à zéro zéro (ou positif) non-nul ne doit pas être négatif positifs ou nuls",
    "de": "250 Tsd. Zwei Viertel (2/3) Ein Viertel einen viertel Teelöffel mehr als zwei Begrenzt auf eine JJJJ-MM-TT HH:MM "
          "Gebäude nach 2000 50°52'21.92\"N 100.000 des Hundertjährigen Krieges 0,28 Lichtjahren kleiner als null "
          "nicht negativ oder null keine positive Ganzzahl eine einzelne mehrere",
    "es": "250 mil más de dos cónyuges dos o más Limitado a un uso Después de 1970 en el XIX guerra de los Cien Años "
          "mayor que o igual a cero cero (o positivo) no aliniado o negativo",
    "ru": "250 тыс. по два на строку более двух чч:мм:сс После 1970 старше 2015 года в сантиметрах 1 а. е. "
          "равно или меньше нуля ненулевыми не менее одной единственный",
    "ja": "250万人 4：3 1970年より以後 HH:MM:SS 時速にして約4万300 km 30〜50光年 ゼロ (またはプラス) "
          "負の値もしくはゼロにはできません 単一の値 複数",
}

ROUND_41_WORDS = {
    "en": "two patterns one of the modules only one token a single commit Both cables single quotes cannot 4.2.1 or later "
          "older than 2.7 since 1.0.2 >= 1.0 pre-8.0 plus 8 percentage points 220 minus your age at minus 5 class I "
          "Annex II every N minutes 27 Mhz 45°49′57″N more than 12 people a mile (1.6 km) 7\" Tablet UTC−05:00 "
          "the 1980s and 90s lunch menu 1:25,000 24 to 48 hours a third set over/under 2.5 limit by 20 to 40",
    "fr": "plusieurs motifs tous les modules aucune les deux l'une des 4.2.1 ou version ultérieure antérieures à la 2.7 "
          "220 plus votre âge moins 8 points classe de produits II l'annexe III toutes les N heures 27 khz 45°49′57″ S "
          "un mile (1,6 km) 25 cm (10 po) menu du midi un à deux jours deux douzaines 1 min 30 entre Patch 7.34b "
          "ne ... plus Impossible d'ouvrir plusieurs fichiers 4 fichiers dans les 4 dossiers o mas",
    "de": "mehreren Seiten alle ihrer keinen Token eine der 8.0 oder älter ab 12 Personen abzüglich acht zuzüglich "
          "Stadium II Anhang V alle N Sekunden 27 Ghz 45°49′57″ S, 6°51′52″ O zwei Dutzend Über/Unter 3,5 ab 13",
    "es": "varios patrones todos los módulos ninguno ambos uno de posteriores a la 2.7 o una versión posterior "
          "220 más tu edad más de dos tipo IV los 1980 y los 90 menú del mediodía entre uno y dos días partir en dos "
          "dos o mas caracteres",
    "ru": "нескольких документов все обоих одного из версии выше, чем 2.7 с версии 8.0 и новее минус 8 плюс "
          "класс изделий II 45°49′57″ ю. ш. до 320 км/ч (200 миль/ч) 2 файлов на 2 флешки",
    "ja": "いずれか 両方 片方 複数 すべて 4.2.1以前 1.0.2 以降 「220＋年齢」 差し引いた N時間ごとに 北緯45度49分57秒 西経 "
          "12人以上 15分以上 2万5千分の1 1マイル（1.6km） 1980～90年代 3枚の写真を3つのアルバムに オーバー/アンダー2.5",
}

ROUND_42_WORDS = {
    "en": "{count} trails {total} {num_items} {fname} Half-Open the last half hour half of half a dozen only half installed "
          "zero torrents Zero means failed to zero a record towards zero two fingers swap two inputs Two Sided one to four "
          "as low as -40 more than 60% on the 1st of January, April, July and October 2 to 4 inches (50 to 100 mm) "
          "one \"%s\" format identifier enter your password twice about %(n)s 24.2 megapixels Limited to one 16 KiB 25 kn "
          "the night of October 14 Second Action the third term every second day one second whichever is higher",
    "fr": "{count} sentiers {cuenta} Connexions semi-ouvertes la moitié de 30 minutes 0,5 un torrent Zéro signifie "
          "jusqu'à −40 descendre le 1er janvier, avril, juillet et octobre 50 à 100 mm (2 à 4 pouces) au moins un "
          "à nouveau au moins %(n)s 24,2 millions de pixels 16 Kib nuit du 14 au 15 octobre trois lignes le plus faible",
    "de": "{count} Wege die letzte Stunde halb erneut Nullblock mit einem Torrent Dreischichtbetrieb Beidseitig bis zu −40 Grad "
          "am 1. Januar, April, Juli und Oktober 50 bis 100 mm (2 bis 4 Zoll) höchstens eine max. %(n)s 25 kn "
          "Nacht zum 15. Oktober Zwei Aktionen 2. Aktion welcher Betrag niedriger ist",
    "es": "{cuenta} comentarios la mitad de parcialmente abiertas una calificación de diez el 1 de enero, abril, julio y "
          "octubre entre 50 y 100 mm (de 2 a 4 pulgadas) al menos una hasta los −40 noche del 14 al 15 de octubre "
          "Dos clases cada dos días lo que sea menor",
    "ru": "{num_images} вдвое Каждый тайм обнуления положительным до −40° опускаться 1 января, апреля, июля и октября "
          "хотя бы один не менее %(n)s из 2х букв в ночь на 15 октября Два Действия что меньше",
    "ja": "コメント{count}件 30秒後 完了していません －40まで下がる 60％以上 一つ以上 約%(n)s枚 2420万画素 いずれか低い方",
}


ROUND_43_WORDS = {
    "en": "Use one cup one part cement three parts latitude -34.05, longitude -118.25 −3.1 points -95 dBm 10Gbit ±5 EV "
          "12.7 mm ± 0.1 mm +/- 2 Quarter(s) two quarters third quarter three quarters %d files %(n)s of %(total)s "
          "%-encoding %time %(n)s of %(total)s {done} of {total} Min: 40 a quarter turn",
    "fr": "Max : 40 demi-tour {total} sur {done} 1 tasse 1:3 34,05° S, 118,25° E Semestre(s) Trimestre(s) quadrimestre "
          "bimestre +0,05 mm ±0,05 mm +/- 0,05 mm de -5 à +5 Impossible de synchroniser les fichiers",
    "de": "Verwenden Sie 1 Tasse 12,7 mm − 0,1 mm +5 Jahren Halbjahr Quartal 5 Prozent weniger %(total)s von %(n)s Max: 40",
    "es": "tercer cuatrimestre primer bimestre −5 EV 40,4, -3,7 Máx: 40 media vuelta",
    "ru": "34,05° ю. ш., 118,25° в. д. +5 EV с шагом 1/3 Макс: 40 Мин.: 40 пол-оборота %(total)s из %(n)s",
    "ja": "北緯34.05度、西経118.25度 南緯 東経 3.1ポイント低下 5パーセント増加 10（最低）〜10（最高） 95dBm（弱） ±5EV +5EV "
          "%(n)s 件中 %(total)s 件",
}


@pytest.mark.parametrize(("words", "language"), [(words, language) for words in (ROUND_22_WORDS, ROUND_23_WORDS,
                                                                                 ROUND_24_WORDS, ROUND_25_WORDS,
                                                                                 ROUND_26_WORDS, ROUND_27_WORDS,
                                                                                 ROUND_28_WORDS, ROUND_29_WORDS,
                                                                                 ROUND_30_WORDS, ROUND_31_WORDS,
                                                                                 ROUND_32_WORDS, ROUND_33_WORDS,
                                                                                 ROUND_34_WORDS, ROUND_35_WORDS,
                                                                                 ROUND_36_WORDS, ROUND_37_WORDS,
                                                                                 ROUND_38_WORDS, ROUND_39_WORDS,
                                                                                 ROUND_40_WORDS, ROUND_41_WORDS,
                                                                                 ROUND_42_WORDS, ROUND_43_WORDS)
                                                  for language in sorted(words)])
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_latest_readers_never_raise_and_a_text_agrees_with_itself(words: dict[str, str], language: str, data) -> None:
    source = data.draw(_soups(words, "en"))
    target = data.draw(_soups(words, language))
    read_dates(ascii_digits(target), language, short_times=True, day_months=True)
    compare_numbers(source, target, "en", language)
    # (Not a text holding a translator's note, which the comparison drops from a translation only, nor
    # one with a clock time, "8:00" or "8 a.m.", after which a translation's "11 h" is read as an hour
    # and a source's is not.)
    assume(without_translator_notes(source) == source and ":" not in source
           and not re.search(r"(?i)\b[ap]\.m\.", source))
    itself = compare_numbers(source, source, "en", "en")
    assert (itself.missing, itself.added, itself.changed, itself.bounds, itself.units) == ((),) * 5


def test_a_combination_beside_another_agrees_with_itself() -> None:
    # Found by the test above in CI's lower-bounds run: "6-in-1" masked the one of the source's hyphenated
    # combination only, and the translation's "4 in 1" too, so the same text lost a 1 against itself.
    itself = compare_numbers("6-in-1 4 in 1", "6-in-1 4 in 1", "en", "es")
    assert (itself.missing, itself.added, itself.changed) == ((), (), ())


def test_a_word_of_change_before_an_age_group_agrees_with_itself() -> None:
    # Found by the test above on a fresh clone: the source's "Under-5s" is spelled "Under 5" for the
    # comparison, and "Under" was read as the fall of the "1" before it on one side only.
    itself = compare_numbers("1 more Under-5s", "1 more Under-5s", "en", "en")
    assert itself.bounds == () and itself.changed == ()
