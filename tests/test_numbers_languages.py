"""Number checks language by language (fr, de, es, ru, ja, and Arabic-Indic, Persian and Indian
digits): every kind of number the check compares, right and wrong. Each row runs as a singular
entry, as the many-values form of a plural entry and silenced by its ignore flag (which must then
be reported unused exactly when the row expects nothing)."""

from __future__ import annotations

import pytest

from tests.checks_support import MODES, assert_check_table

MISSING, ADDED, CHANGED = "number-missing", "number-added", "number-changed"

CASES = [
    # Grouping, decimals, compact forms, scale words.
    (CHANGED, "The park covers 262,000 ha.", "Le parc couvre 226 000 ha.", "fr", ["262,000"]),
    (CHANGED, "The park covers 262,000 ha.", "Le parc couvre 262 000 ha.", "fr", []),
    (CHANGED, "About 2.5 million people.", "Environ 2,5 M de personnes.", "fr", []),
    (CHANGED, "About 2.5 million people.", "Environ 2,6 M de personnes.", "fr", ["2.5 million"]),
    (CHANGED, "About 262,000 visitors.", "Environ 262 k visiteurs.", "fr", []),
    (CHANGED, "About 2.5 million in 1900.", "Environ 2,5 millions en 1990.", "fr", ["1900"]),
    (CHANGED, "About 2.5 million in 1900.", "Etwa 2,5 Millionen im Jahr 1900.", "de", []),
    (CHANGED, "About 2.5 million in 1900.", "Etwa 2,5 Mio. im Jahr 1909.", "de", ["1900"]),
    (CHANGED, "The park covers 262,000 ha.", "Der Park umfasst 262.000 ha.", "de", []),
    (CHANGED, "The park covers 262,000 ha.", "Der Park umfasst 262’000 ha.", "de_CH", []),
    (CHANGED, "The park covers 262,000 ha.", "Der Park umfasst 262'000 ha.", "de_CH", []),
    (CHANGED, "The park covers 262,000 ha.", "Der Park umfasst 226’000 ha.", "de_CH", ["262,000"]),
    (CHANGED, "The park covers 262,000 ha.", "El parque abarca 262.000 ha.", "es", []),
    (CHANGED, "The park covers 262,000 ha.", "El parque abarca 262.500 ha.", "es", ["262,000"]),
    (CHANGED, "The park covers 262,000 ha.", "Парк занимает 262 тыс. га.", "ru", []),
    (CHANGED, "The park covers 262,000 ha.", "Парк занимает 262 000 га.", "ru", []),
    (CHANGED, "The park covers 262,000 ha.", "Парк занимает 226 000 га.", "ru", ["262,000"]),
    (CHANGED, "More than 40,000 birds.", "Более 40 тысяч птиц.", "ru", []),
    (CHANGED, "2.5 million tonnes.", "2,5 миллиона тонн.", "ru", []),
    (CHANGED, "2.5 million tonnes.", "3,5 миллиона тонн.", "ru", ["2.5 million"]),
    (CHANGED, "About 40,000 birds.", "約4万羽の鳥。", "ja", []),
    (CHANGED, "About 40,000 birds.", "約5万羽の鳥。", "ja", ["40,000"]),
    (CHANGED, "14,000 visitors.", "1万4000人の訪問者。", "ja", []),
    (CHANGED, "1.2 billion tonnes.", "12億トン。", "ja", []),
    (CHANGED, "90% of the range.", "生息域の9割。", "ja", []),
    (CHANGED, "57 leopards.", "５７頭のヒョウ。", "ja", []),
    (CHANGED, "1,000 yen.", "１，０００円。", "ja", []),
    (CHANGED, "1,000 yen.", "１，５００円。", "ja", ["1,000"]),
    (CHANGED, "The park covers 262,000 ha.", "تغطي الحديقة ٢٦٢٬٠٠٠ هكتار.", "ar", []),
    (CHANGED, "The park covers 262,000 ha.", "تغطي الحديقة ٢٢٦٬٠٠٠ هكتار.", "ar", ["262,000"]),
    (CHANGED, "The park covers 262,000 ha.", "پارک ۲۶۲٬۰۰۰ هکتار است.", "fa", []),
    (CHANGED, "The park covers 262,000 ha.", "उद्यान 2,62,000 हेक्टेयर में फैला है।", "hi", []),
    (CHANGED, "The park covers 262,000 ha.", "उद्यान २,६२,००० हेक्टेयर में फैला है।", "hi", []),
    (CHANGED, "The park covers 262,000 ha.", "उद्यान 2,26,000 हेक्टेयर में फैला है।", "hi", ["262,000"]),
    # Codes, identifiers and versions: their digits, literally, both ways.
    (MISSING, "Use the AX.25 protocol.", "Utilisez le protocole AX.", "fr", ["AX.25"]),
    (MISSING, "Use the AX.25 protocol.", "Utilisez le protocole AX.25.", "fr", []),
    (CHANGED, "A Cortex-A53 core.", "Ein Cortex-A8-Kern.", "de", ["Cortex-A53"]),
    (CHANGED, "A Cortex-A53 core.", "Ein Cortex-A53-Kern.", "de", []),
    (MISSING, "Run vrp1 first.", "Ejecute primero vrpl.", "es", ["vrp1"]),
    (MISSING, "Mask 0x3 is set.", "Маска Ox3 установлена.", "ru", ["0x3"]),
    (MISSING, "Mask 0x3 is set.", "Маска 0x3 установлена.", "ru", []),
    (MISSING, "An MP3 file.", "Файл МР3.", "ru", []),
    (CHANGED, "Needs GPL version 3.", "GPL バージョン 2 が必要です。", "ja", ["3"]),
    (MISSING, "Needs X.509 certificates.", "X.509 証明書が必要です。", "ja", []),
    (MISSING, "Needs X.509 certificates.", "X. 証明書が必要です。", "ja", ["X.509"]),
    (MISSING, "Press Ctrl+1.", "Drücken Sie Strg+1.", "de", []),
    # A code mentioned more or fewer times than in the source (translations repeat a code or name
    # it once), unless a mention lost its digits.
    (MISSING, "The version of libxml2 is not compatible with the libxml2 headers.",
     "Die Version von libxml2 passt nicht zu den Header-Dateien.", "de", []),
    (MISSING, "The version of libxml2 is not compatible with the libxml2 headers.",
     "Die Version von libxml passt nicht zu den libxml2-Headern.", "de", ["libxml2"]),
    (ADDED, "If ARG1 ARG2 given, -m presumed.", "ARG1 ARG2 が指定されると -m が仮定されます。通常は ARG1 ARG2 に指定します。",
     "ja", []),
    (ADDED, "If ARG1 ARG2 given, -m presumed.", "ARG1 ARG2 が指定されると -m が仮定されます。通常は ARG1 ARG3 に指定します。",
     "ja", ["ARG3"]),
    (ADDED, "ARRAY2 is extended to the length of ARRAY1.",
     "MENGE2 wird auf die Länge von MENGE1 vergrößert. In MENGE2 dürfen Klassen stehen.", "de", []),
    (ADDED, "ARRAY2 is extended to the length of ARRAY1.",
     "MENGE2 wird auf die Länge von MENGE1 vergrößert. In MENGE3 dürfen Klassen stehen.", "de", ["MENGE3"]),
    # Command-line options.
    (CHANGED, "Use --max-depth=0 to stop.", "Utilisez --max-depth=1 pour arrêter.", "fr", ["--max-depth=0"]),
    (CHANGED, "Use --max-depth=0 to stop.", "Utilisez --max-depth=0 pour arrêter.", "fr", []),
    (CHANGED, "usage: ping [-4|-6] host", "Aufruf: ping [-4|-5] Rechner", "de", ["-6"]),
    (CHANGED, "usage: ping [-4|-6] host", "Aufruf: ping [-4|-6] Rechner", "de", []),
    (MISSING, "-0, --null  end lines with 0 byte", "-, --null  terminar líneas con el byte 0", "es", ["-0"]),
    # Dates and times are values.
    (CHANGED, "Released on 2017-05-31.", "Publiée le 31.05.2016.", "de", ["2017-05-31"]),
    (CHANGED, "Released on 2017-05-31.", "Veröffentlicht am 31.05.2017.", "de", []),
    (CHANGED, "Released on 2017-05-31.", "Publiée le 31 mai 2017.", "fr", []),
    (CHANGED, "Released on 2017-05-31.", "Publiée le 31/05/2017.", "fr", []),
    (CHANGED, "Released on 2017-05-31.", "Publiée le 30 mai 2017.", "fr", ["2017-05-31"]),
    (CHANGED, "Released on 2017-05-31.", "Publicado el 31 de mayo de 2017.", "es", []),
    (CHANGED, "Released on 2017-05-31.", "Выпущено 31 мая 2017 г.", "ru", []),
    (CHANGED, "Released on 2017-05-31.", "2017年5月31日にリリース。", "ja", []),
    (CHANGED, "Released on 2017-05-31.", "2016年5月31日にリリース。", "ja", ["2017-05-31"]),
    # An example the translator replaced by their locale's own is no changed fact; an example
    # kept with one number changed is.
    (CHANGED, "%x  the date (e.g., 12/31/99)", "%x  das Datum (z. B. 18.11.2005)", "de", []),
    (CHANGED, "%x  the date (e.g., 12/31/99)", "%x  das Datum (z. B. 31.12.1989)", "de", ["12/31/99"]),
    (CHANGED, "%r  the time (e.g., 11:11:04 PM)", "%r  die Uhrzeit (z. B. 03:11:30)", "de", []),
    (CHANGED, "Page ranges, e.g. 1-3,7,11", "Druckbereiche, z.B. 5-11,19,85", "de", []),
    (CHANGED, "Page ranges, e.g. 1-3,7,11", "Druckbereiche, z.B. 1-3,7,12", "de", ["11"]),
    (CHANGED, "Page ranges, e.g. 1-3,7,11", "ページ範囲 (例: 5-11,19,85)", "ja", []),
    (CHANGED, "Page ranges, 1-3,7,11", "Druckbereiche, z.B. 5-11,19,85", "de", ["1", "3", "7"]),
    (CHANGED, "Feeding at 6 p.m.", "Repas à 18 h.", "fr", []),
    (CHANGED, "Feeding at 6 p.m.", "Repas à 18:00.", "fr", []),
    (CHANGED, "Feeding at 6 p.m.", "Fütterung um 18 Uhr.", "de", []),
    (CHANGED, "Feeding at 6 p.m.", "Fütterung um 16:00.", "de", ["6 p.m."]),
    (CHANGED, "Feeding at 6 p.m.", "給餌は18時。", "ja", []),
    (CHANGED, "It takes 5 hours.", "Cela prend 5 h.", "fr", []),
    # Comparators attached to numbers.
    (CHANGED, "Use less than 250 characters.", "Utilisez plus de 250 caractères.", "fr", ["250"]),
    (CHANGED, "Use less than 250 characters.", "Utilisez moins de 250 caractères.", "fr", []),
    (CHANGED, "At most 1 bit is set.", "Au moins un bit est positionné.", "fr", ["1"]),
    (CHANGED, "300 characters or fewer.", "300 caractères minimum.", "fr", ["300"]),
    (CHANGED, "300 characters or fewer.", "300 caractères maximum.", "fr", []),
    (CHANGED, "At least 3 files.", "Höchstens 3 Dateien.", "de", ["3"]),
    (CHANGED, "At least 3 files.", "Mindestens 3 Dateien.", "de", []),
    (CHANGED, "More than 5 errors.", "Menos de 5 errores.", "es", ["5"]),
    (CHANGED, "More than 5 errors.", "Más de 5 errores.", "es", []),
    (CHANGED, "No more than 40 items.", "Не менее 40 элементов.", "ru", ["40"]),
    (CHANGED, "No more than 40 items.", "Не более 40 элементов.", "ru", []),
    (CHANGED, "Up to 250 characters.", "250文字以上。", "ja", ["250"]),
    (CHANGED, "Up to 250 characters.", "250文字以下。", "ja", []),
    (CHANGED, "Requires DD2.0 or higher.", "Nécessite DD2.0 ou inférieur.", "fr", ["DD2.0"]),
    (CHANGED, "Requires DD2.0 or higher.", "Nécessite DD2.0 ou supérieur.", "fr", []),
    (CHANGED, "Cannot have more than 8 levels.", "Kann nicht mehr als 8 Ebenen haben.", "de", []),
    # Numbers in words and Roman centuries, declined or in kanji: no false alarm.
    (MISSING, "4 cubs.", "Четыре детёныша.", "ru", []),
    (MISSING, "Lasts 3 days.", "Длится трёх дней.", "ru", []),
    (MISSING, "Built in the 12th century.", "Построено в XII веке.", "ru", []),
    (MISSING, "2 cubs.", "二つの子。", "ja", []),
    (MISSING, "Instead of 8 spaces.", "Вместо восьми пробелов.", "ru", []),
    (MISSING, "Must be a power of 2.", "Muss eine Zweierpotenz sein.", "de", []),
    (MISSING, "At the 2nd level.", "En el segundo nivel.", "es", []),
    (MISSING, "A value of 0 turns it off.", "ゼロにすると無効になります。", "ja", []),
    (MISSING, "Byte with octal value NNN.", "8 進数の値 NNN のバイト。", "ja", []),
    (ADDED, "Byte with octal value NNN.", "8 進数の値 NNN のバイト。", "ja", []),
    (MISSING, "4 cubs.", "Пять детёнышей.", "ru", ["4"]),
    # Japanese counts what English leaves to an article: a lone 1 with a counter ("1ページ").
    (ADDED, "Set the page length to N lines.", "1ページの行数を N にする。", "ja", []),
    (ADDED, "Supports only unibyte locales.", "1 バイトのロケールのみサポートします。", "ja", []),
    (ADDED, "Supports only unibyte locales.", "12バイトのロケールのみサポートします。", "ja", ["12"]),
    (CHANGED, "Use 2 pages.", "1ページを使う。", "ja", ["2"]),
    # An exclusive bound in words, said inclusively one apart ("more than two" / "3 文字以上").
    (ADDED, "A missing second character implies a colon. You may give more than two characters.",
     "2 番目の文字がない場合はコロンです。3 文字以上を指定できます。", "ja", []),
    (ADDED, "A missing second character implies a colon. You may give more than two characters.",
     "2 番目の文字がない場合はコロンです。4 文字以上を指定できます。", "ja", ["4"]),
    (ADDED, "A missing second character implies a colon. You may give more than two characters.",
     "2 番目の文字がない場合はコロンです。3 文字以下を指定できます。", "ja", ["3"]),
    # Ranges, intervals, signs next to kana.
    (CHANGED, "Between 10 and 20 cubs.", "10〜20頭の子。", "ja", []),
    (CHANGED, "Between 10 and 20 cubs.", "10～20頭の子。", "ja", []),
    (CHANGED, "Irish, Old (to 1453)", "アイルランド語, 古 (-1453)", "ja", []),
    (CHANGED, "Minimum temperature: −5 °C.", "最低気温は−5 °C。", "ja", []),
    (CHANGED, "Out of range [1,16].", "Hors de l'intervalle [1, 16].", "fr", []),
    (CHANGED, "Out of range [1,16].", "Hors de l'intervalle [1, 15].", "fr", ["16"]),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("name", "source", "target", "locale", "expected"), CASES)
def test_number_kinds_by_language(name, source, target, locale, expected, mode):
    assert_check_table(name, mode, source, target, locale, expected)
