"""The unit after a number, language by language (fr, de, es, ru, ja): the same digits with a unit
of the same dimension at another scale are a changed quantity; the unit's symbol, word, plural,
declension or a localised symbol ("Mo", "МБ", "ヶ月") is the same unit. Each row runs as a singular
entry, as the many-values form of a plural entry and silenced by its ignore flag."""

from __future__ import annotations

import pytest

from i18n.numbers import compare_numbers
from i18n.numbers.units import unit_changes
from tests.checks_support import MODES, assert_check_table

CASES = [
    # A placeholder before a unit: the placeholder pairs the two, the unit is compared.
    ("Replace (%2$d KB) with (%3$d KB)?", "Remplacer (%2$d Ko) par (%3$d Ko) ?", "fr", []),
    ("Replace (%2$d KB) with (%3$d KB)?", "Remplacer (%2$d Ko) par (%3$d Mo) ?", "fr", ["%3$d KB"]),
    ("Replace (%2$d KB) with (%3$d KB)?", "（%2$d KB）を（%3$d MB）で置き換えますか？", "ja", ["%3$d KB"]),
    ("Retry in %d seconds.", "Erneuter Versuch in %d Sekunden.", "de", []),
    ("Retry in %d seconds.", "Erneuter Versuch in %d Minuten.", "de", ["%d seconds"]),
    ("{size} MB free", "{size} Mo libres", "fr", []),
    ("{size} MB free", "{size} Go libres", "fr", ["{size} MB"]),
    ("Retry in %d seconds.", "Повторить через %d мин.", "ru", ["%d seconds"]),
    ("%pB: warning: %u bytes", "%pB : avertissement : %u octets", "fr", []),
    ("Time: %.3f ms", "時間: %.3f ミリ秒", "ja", []),
    # Across dimensions, when both units are of one dimension only and written apart from the number.
    ("Upgrade for 20% off.", "Скидка 20 $ при переходе.", "ru", ["20%"]),
    ("Temperatures are 10 degrees below average.", "Temperaturas un 10 % por debajo de la media.", "es", ["10 degrees"]),
    ("Temperatures are 10 degrees below average.", "Temperaturas 10 grados por debajo de la media.", "es", []),
    ("Heat the oven to 180 degrees.", "Den Ofen auf 180 °C vorheizen.", "de", []),
    ("Heat the oven to 180 °C.", "Den Ofen auf 180 °F vorheizen.", "de", ["180 °C"]),
    ("Tickets cost £35.", "Les billets coûtaient 35 livres.", "fr", []),
    ("Up to 40 mm of rain.", "Hasta 40 l/m² de lluvia.", "es", []),
    ("It lies 4.24 light-years away.", "Se encuentra a 4,24 años luz.", "es", []),
    ("The panels made 14.2 kWh today.", "Панели выработали 14,2 кВт·ч сегодня.", "ru", []),
    ("Use the 32bit mode.", "Использовать режим 32t.", "ru", []),
    # Cents, cubic metres; "dernières" and "business" between a number and its unit.
    ("Each additional kilometre costs 25 cents.", "Cada kilómetro adicional cuesta 25 euros.", "es", ["25 cents"]),
    ("Each additional kilometre costs 25 cents.", "Cada kilómetro adicional cuesta 25 céntimos.", "es", []),
    ("Water use was 142 litres.", "Расход воды составил 142 кубометра.", "ru", ["142 litres"]),
    ("Water use was 142 m³.", "Расход воды составил 142 кубометра.", "ru", []),
    ("Over the last 7 days.", "Au cours des 7 dernières semaines.", "fr", ["7 days"]),
    ("Over the last 7 days.", "Au cours des 7 derniers jours.", "fr", []),
    ("Refunds take up to 5 business days.", "El reembolso tarda hasta 5 semanas.", "es", ["5 business days"]),
    ("Refunds take up to 5 business days.", "El reembolso tarda hasta 5 días hábiles.", "es", []),
    # Micrograms, microlitres, megabits; a business day is no calendar day.
    ("Add 250 µL of buffer to each well.", "Ajouter 250 mL de tampon dans chaque puits.", "fr", ["250 µL"]),
    ("Add 250 µL of buffer to each well.", "Добавить в каждую лунку по 250 мкл буфера.", "ru", []),
    ("Each 10 ml contains 200 mg of ibuprofen.", "Cada 10 ml contienen 200 µg de ibuprofeno.", "es", ["200 mg"]),
    ("Sequential reads of 7,000 MB/s.", "Des débits de lecture de 7 000 Mb/s.", "fr", ["7,000 MB/s"]),
    ("Register within 14 days of arrival.", "Зарегистрироваться в течение 14 рабочих дней после прибытия.", "ru",
     ["14 days"]),
    ("Claims must be filed within 30 days.", "保険金の請求は30営業日以内に行う必要があります。", "ja", ["30 days"]),
    ("Refunds take up to 5 business days.", "Le remboursement prend jusqu’à 5 jours ouvrés.", "fr", []),
    # A currency or unit after a scale word, or before the number: paired by value.
    ("Revenue rose 8.5% to $4.2 billion.", "Der Umsatz stieg um 8,5 % auf 4,2 Mrd. Euro.", "de", ["$4.2 billion"]),
    ("Revenue rose 8.5% to $4.2 billion.", "Der Umsatz stieg um 8,5 % auf 4,2 Mrd. US-Dollar.", "de", []),
    ("A deal worth $19bn.", "Un contrat de 19 milliards d’euros.", "fr", ["$19bn"]),
    ("A deal worth $19bn.", "Un contrat de 19 milliards de dollars.", "fr", []),
    ("A deal worth 19 billion euros.", "Un contrat de 19 Md€.", "fr", []),
    ("The club paid a €105 million fee.", "Клуб заплатил 105 млн фунтов.", "ru", ["€105 million"]),
    ("The club paid a €105 million fee.", "Клуб заплатил 105 млн евро.", "ru", []),
    ("It sold for £3.2 million.", "320万ドルで落札された。", "ja", ["£3.2 million"]),
    ("It sold for £3.2 million.", "320万ポンドで落札された。", "ja", []),
    ("Valued at ¥1.5 trillion.", "Valorada en 1,5 billones de dólares.", "es", ["¥1.5 trillion"]),
    ("Valued at ¥1.5 trillion.", "Valorada en 1,5 billones de yenes.", "es", []),
    ("A harvest of 2.5 million tonnes.", "Une récolte de 2,5 millions de kilos.", "fr", ["2.5 million tonnes"]),
    ("A harvest of 2.5 million tonnes.", "Une récolte de 2,5 millions de tonnes.", "fr", []),
    # Rates per decade, and after a slash ("KB/s", "KB/分").
    ("Sea ice has shrunk by 13% per decade.", "La banquise recule de 13 % par an.", "fr", ["per decade"]),
    ("Sea ice has shrunk by 13% per decade.", "La banquise recule de 13 % par décennie.", "fr", []),
    ("Everest grows by about 4 millimetres a year.", "Der Everest wächst pro Jahrzehnt um etwa vier Millimeter.", "de",
     ["a year"]),
    ("Speed limited to 500 KB/s.", "速度を 500 KB/分に制限します。", "ja", ["/s"]),
    ("Speed limited to 500 KB/s.", "速度を 500 KB/秒に制限します。", "ja", []),
    ("Speed limited to 500 KB/s.", "Vitesse limitée à 500 Ko/min.", "fr", ["/s"]),
    ("Gusts of up to 90 km/h.", "Rafales jusqu’à 90 km/h.", "fr", []),
    # A number in digits with a unit, said in words by the translation.
    ("It will hibernate in 5 minutes.", "Hibernará dentro de cinco horas.", "es", ["5 minutes"]),
    ("It will hibernate in 5 minutes.", "Hibernará dentro de cinco minutos.", "es", []),
    ("Only 3 days of frost in December.", "В декабре было всего три недели с заморозками.", "ru", ["3 days"]),
    ("Only 3 days of frost in December.", "В декабре было всего три дня с заморозками.", "ru", []),
    # Data sizes: symbols, words and the French octet.
    ("The upload limit is 20 MB per file.", "La limite d’envoi est de 20 Mo par fichier.", "fr", []),
    ("The upload limit is 20 MB per file.", "La limite d’envoi est de 20 Go par fichier.", "fr", ["20 MB"]),
    ("The upload limit is 20 MB per file.", "Das Upload-Limit beträgt 20 MB pro Datei.", "de", []),
    ("The upload limit is 20 MB per file.", "Das Upload-Limit beträgt 20 KB pro Datei.", "de", ["20 MB"]),
    ("The upload limit is 20 MB per file.", "El límite de subida es de 20 megabytes por archivo.", "es", []),
    ("The upload limit is 20 MB per file.", "El límite de subida es de 20 GB por archivo.", "es", ["20 MB"]),
    ("The upload limit is 20 MB per file.", "Ограничение загрузки — 20 МБ на файл.", "ru", []),
    ("The upload limit is 20 MB per file.", "Ограничение загрузки — 20 ГБ на файл.", "ru", ["20 MB"]),
    # French and Spanish put an adjective between the count and its unit.
    ("Snow expected in the next 6 hours.", "Neige attendue dans les 6 prochaines heures.", "fr", []),
    ("Snow expected in the next 6 hours.", "Neige attendue dans les 6 prochains jours.", "fr", ["6 hours"]),
    ("Errors in the last 3 hours", "Errores en las 3 últimas horas", "es", []),
    ("Errors in the last 3 hours", "Errores en las 3 últimas semanas", "es", ["3 hours"]),
    # Energy and power, and the Russian centner (100 kg).
    ("The panels generated 14.2 kWh today.", "Die Module haben heute 14,2 kWh erzeugt.", "de", []),
    ("The panels generated 14.2 kWh today.", "Die Module haben heute 14,2 Wh erzeugt.", "de", ["14.2 kWh"]),
    ("It passed 1,000 GW.", "Superó los 1000 MW.", "es", ["1,000 GW"]),
    ("A 60 W bulb.", "Une ampoule de 60 W.", "fr", []),
    ("It yields 6 to 8 tonnes.", "Он даёт от 6 до 8 центнеров.", "ru", ["8 tonnes"]),
    # Decades and centuries are units of time: "four decades" is forty years.
    ("It stood for nearly four decades.", "Estuvo en pie durante casi cuarenta años.", "es", []),
    ("It stood for nearly four decades.", "Sie stand fast vier Jahrhunderte lang.", "de", ["four decades"]),
    ("It stood for 4 decades.", "40年間建っていた。", "ja", []),
    ("It lasted two centuries.", "Il a duré 200 ans.", "fr", []),
    # Money: a currency before or after the amount, symbol, code or word.
    ("Free shipping on orders of $50 or more.", "Livraison gratuite dès 50 $ d’achat.", "fr", []),
    ("Free shipping on orders of $50 or more.", "Livraison gratuite dès 50 € d’achat.", "fr", ["$50"]),
    ("Free shipping on orders of $50 or more.", "Kostenloser Versand ab 50 USD.", "de", []),
    ("Free shipping on orders of $50 or more.", "Kostenloser Versand ab 50 Euro.", "de", ["$50"]),
    ("Transfers of $10,000 or more", "Переводы от 10 000 долларов", "ru", []),
    ("Transfers of $10,000 or more", "Переводы от 10 000 рублей", "ru", ["$10,000"]),
    ("Withdraw up to €500 per day.", "Retire hasta 500 € al día.", "es", []),
    ("Withdraw up to €500 per day.", "Retire hasta 500 $ al día.", "es", ["€500"]),
    ("It costs ¥500.", "500円です。", "ja", []),
    ("It costs $4.99.", "4.99円です。", "ja", ["$4.99"]),
    # A dollar sign glued to a register or a shell parameter on both sides is no currency.
    ("the source register must not be $31", "регистром источника не должен быть $31", "ru", []),
    # A change in percentage points is no change in percent.
    ("It rose by 1.5 percentage points to 7.2%.", "Il a augmenté de 1,5 point pour atteindre 7,2 %.", "fr", []),
    ("It rose by 1.5 percentage points to 7.2%.", "Il a augmenté de 1,5 % pour atteindre 7,2 %.", "fr",
     ["1.5 percentage points"]),
    ("It rose by 1.5 percentage points to 7.2%.", "Sie stieg um 1,5 Prozentpunkte auf 7,2 %.", "de", []),
    ("It rose by 1.5 percentage points to 7.2%.", "Sie stieg um 1,5 Prozent auf 7,2 %.", "de", ["1.5 percentage points"]),
    ("It rose by 1.5 percentage points to 7.2%.", "Subió 1,5 puntos porcentuales, hasta el 7,2 %.", "es", []),
    ("It rose by 1.5 percentage points to 7.2%.", "Вырос на 1,5 п. п., до 7,2 %.", "ru", []),
    ("It rose by 1.5 percentage points to 7.2%.", "Вырос на 1,5 %, до 7,2 %.", "ru", ["1.5 percentage points"]),
    ("Turnout was up 3.4 points at 71.2%.", "投票率は71.2%で3.4ポイント上昇した。", "ja", []),
    ("Turnout was up 3.4 points at 71.2%.", "投票率は71.2%で3.4%上昇した。", "ja", ["3.4 points"]),
    # Astronomical lengths and volumes, kitchen measures included.
    ("It lies 4.24 light-years away.", "Она находится в 4,24 светового года.", "ru", []),
    ("It lies 4.24 light-years away.", "Она находится в 4,24 парсека.", "ru", ["4.24 light-years"]),
    ("It lies 4.24 light-years away.", "Elle se trouve à 4,24 années-lumière.", "fr", []),
    ("Add 500 ml of milk.", "Ajoutez 500 ml de lait.", "fr", []),
    ("Add 500 ml of milk.", "Ajoutez 500 l de lait.", "fr", ["500 ml"]),
    ("Fold in two cups of flour.", "Zwei Tassen Mehl unterheben.", "de", []),
    ("Fold in two cups of flour.", "Zwei Esslöffel Mehl unterheben.", "de", ["two cups"]),
    ("Fold in 2 cups of flour.", "Incorporez 2 cuillères à soupe de farine.", "fr", ["2 cups"]),
    # A data rate is its unit per second: "MB/s" is megabytes, "Mbit/s" megabits.
    ("Downloading at 45.2 MB/s", "Téléchargement à 45,2 Mo/s", "fr", []),
    ("Downloading at 45.2 MB/s", "Téléchargement à 45,2 Ko/s", "fr", ["45.2 MB/s"]),
    ("Downloading at 45.2 MB/s", "Download mit 45,2 MB/s", "de", []),
    ("Downloading at 45.2 MB/s", "Download mit 45,2 KB/s", "de", ["45.2 MB/s"]),
    ("Downloading at 45.2 MB/s", "Загрузка со скоростью 45,2 МБ/с", "ru", []),
    ("Downloading at 45.2 MB/s", "Загрузка со скоростью 45,2 Мбит/с", "ru", ["45.2 MB/s"]),
    ("Downloading at 45.2 MB/s", "Descargando a 45,2 Gbit/s", "es", ["45.2 MB/s"]),
    ("The upload limit is 20 MB per file.", "アップロードの上限は1ファイルあたり20MBです。", "ja", []),
    ("The upload limit is 20 MB per file.", "アップロードの上限は1ファイルあたり20ギガバイトです。", "ja", ["20 MB"]),
    ("Keep at least 1.5 GB free.", "Gardez au moins 1,5 Go libre.", "fr", []),
    ("Keep at least 1.5 GB free.", "Gardez au moins 1,5 To libre.", "fr", ["1.5 GB"]),
    # Times: a timeout in seconds is not one in minutes.
    ("The request times out after 30 seconds.", "La requête expire au bout de 30 s.", "fr", []),
    ("The request times out after 30 seconds.", "La requête expire au bout de 30 minutes.", "fr", ["30 seconds"]),
    ("The request times out after 30 seconds.", "Die Anfrage läuft nach 30 Sekunden ab.", "de", []),
    ("The request times out after 30 seconds.", "Die Anfrage läuft nach 30 Minuten ab.", "de", ["30 seconds"]),
    ("The request times out after 30 seconds.", "La solicitud caduca a los 30 minutos.", "es", ["30 seconds"]),
    ("The request times out after 30 seconds.", "Запрос прерывается через 30 секунд.", "ru", []),
    ("The request times out after 30 seconds.", "Запрос прерывается через 30 минут.", "ru", ["30 seconds"]),
    ("The request times out after 30 seconds.", "リクエストは30秒でタイムアウトします。", "ja", []),
    ("The request times out after 30 seconds.", "リクエストは30分でタイムアウトします。", "ja", ["30 seconds"]),
    ("Poll every 250 ms.", "Interroger toutes les 250 millisecondes.", "fr", []),
    ("Poll every 250 ms.", "Interroger toutes les 250 secondes.", "fr", ["250 ms"]),
    ("The trial lasts 14 days.", "Das Probeabo dauert 14 Tage.", "de", []),
    ("The trial lasts 14 days.", "Das Probeabo dauert 14 Wochen.", "de", ["14 days"]),
    ("Cubs stay with their mother for 2 years.", "Детёныши остаются с матерью 2 года.", "ru", []),
    ("Cubs stay with their mother for 2 years.", "Детёныши остаются с матерью 2 месяца.", "ru", ["2 years"]),
    ("Cubs stay with their mother for 2 years.", "子は2年間母親と過ごす。", "ja", []),
    ("Cubs stay with their mother for 2 years.", "子は2か月間母親と過ごす。", "ja", ["2 years"]),
    # Lengths, areas, masses.
    ("A male roams over 60 km.", "Un mâle parcourt plus de 60 km.", "fr", []),
    ("A male roams over 60 km.", "Un mâle parcourt plus de 60 m.", "fr", ["60 km"]),
    ("A male roams over 60 km.", "Самец проходит более 60 м.", "ru", ["60 km"]),
    ("A male roams over 60 km.", "Самец проходит более 60 км.", "ru", []),
    ("The reserve covers 4,000 hectares.", "La réserve couvre 4 000 ha.", "fr", []),
    ("The reserve covers 4,000 hectares.", "La réserve couvre 4 000 km².", "fr", ["4,000 hectares"]),
    ("The reserve covers 4,000 hectares.", "Das Schutzgebiet umfasst 4.000 Hektar.", "de", []),
    ("The reserve covers 4,000 hectares.", "La reserva abarca 4.000 kilómetros cuadrados.", "es", ["4,000 hectares"]),
    ("The reserve covers 4,000 hectares.", "Заповедник занимает 4000 гектаров.", "ru", []),
    ("An adult weighs up to 48 kg.", "Un adulte pèse jusqu’à 48 kilos.", "fr", []),
    ("An adult weighs up to 48 kg.", "Ein erwachsenes Tier wiegt bis zu 48 g.", "de", ["48 kg"]),
    ("An adult weighs up to 48 kg.", "Взрослая особь весит до 48 кг.", "ru", []),
    ("The CPU runs at 800 MHz.", "Процессор работает на частоте 800 ГГц.", "ru", ["800 MHz"]),
    ("The CPU runs at 800 MHz.", "CPUは800MHzで動作します。", "ja", []),
    # Speeds and pictures.
    ("The train reaches 300 km/h.", "Der Zug erreicht 300 mph.", "de", ["300 km/h"]),
    ("The train reaches 300 km/h.", "Der Zug erreicht 300 km/h.", "de", []),
    ("The road is limited to 50 mph.", "La route est limitée à 80 km/h.", "fr", []),
    ("Photos above 40 megapixels are resized.", "40 キロピクセルを超える写真は縮小されます。", "ja", ["40 megapixels"]),
    ("Photos above 40 megapixels are resized.", "Las fotos de más de 40 megapíxeles se redimensionan.", "es", []),
    # One quantity in another unit: a conversion, exact within a system, rounded between systems.
    ("Rotate the keys every 14 days.", "Die Schlüssel alle 2 Wochen wechseln.", "de", []),
    ("Rotate the keys every 14 days.", "Die Schlüssel alle 3 Wochen wechseln.", "de", ["14"]),
    ("Keep the logs for 48 hours.", "Conserver les journaux pendant deux jours.", "fr", []),
    ("Keep the logs for 24 months.", "Conservar los registros durante 2 años.", "es", []),
    ("Keep the logs for 24 months.", "Conservar los registros durante 3 años.", "es", ["24"]),
    ("The trail is 5 miles long.", "Le sentier fait 8 km.", "fr", []),
    ("The trail is 5 miles long.", "Le sentier fait 5 km.", "fr", ["5 miles"]),
    ("Reserve 1.5 GB.", "1536 MB reservieren.", "de", []),
    # Numbers in words before their unit, on either side.
    ("The scan takes about two hours.", "L’analyse prend environ deux minutes.", "fr", ["two hours"]),
    ("The scan takes about two hours.", "L’analyse prend environ deux heures.", "fr", []),
    ("Logs are kept for thirty days.", "Protokolle werden 30 Stunden lang aufbewahrt.", "de", ["thirty days"]),
    ("Logs are kept for thirty days.", "Protokolle werden 30 Tage lang aufbewahrt.", "de", []),
    ("Logs are kept for thirty days.", "Журналы хранятся тридцать недель.", "ru", ["thirty days"]),
    ("Logs are kept for thirty days.", "ログは30週間保存されます。", "ja", ["thirty days"]),
    ("Logs are kept for thirty days.", "ログは30日間保存されます。", "ja", []),
    # Rates and frequencies: the unit of time of "per", "every", "twice a".
    # A rate said by an adjective, an adverb or after a slash ("daily" / "mensuel", "/month" / "par an").
    ("Daily limit: €500.", "Plafond journalier : 500 €.", "fr", []),
    ("Daily limit: €500.", "Plafond mensuel : 500 €.", "fr", ["Daily"]),
    ("Daily limit: €500.", "Месячный лимит: 500 €.", "ru", ["Daily"]),
    ("You will be charged $4.99 per month.", "Ihnen werden monatlich 4,99 $ berechnet.", "de", []),
    ("You will be charged $4.99 per month.", "Ihnen werden jährlich 4,99 $ berechnet.", "de", ["per month"]),
    ("Upgrade for $9.99/month.", "Passez à l’offre pour 9,99 $ par mois.", "fr", []),
    ("Upgrade for $9.99/month.", "Passez à l’offre pour 9,99 $ par an.", "fr", ["/month"]),
    ("Upgrade for $9.99/month.", "Mejora por 9,99 $ al año.", "es", ["/month"]),
    # Quarters and half-years, adverbs, German compounds and "in der Woche", Japanese 月額 and 年額.
    ("Payments are due quarterly, on 15 April.", "Die Zahlungen sind monatlich fällig, jeweils am 15. April.", "de",
     ["quarterly"]),
    ("Payments are due quarterly, on 15 April.", "Die Zahlungen sind vierteljährlich fällig, jeweils am 15. April.", "de",
     []),
    ("Payments are due quarterly, on 15 April.", "納付は四半期ごとで、期限は4月15日です。", "ja", []),
    ("Rent is due on the 1st of every month.", "Le loyer est à payer le 1er de chaque trimestre.", "fr", ["every month"]),
    ("Rent of €1,240 per month, indexed annually.", "Alquiler de 1240 € mensuales, actualizado semestralmente.", "es",
     ["annually"]),
    ("Rent of €1,240 per month, indexed annually.", "Alquiler de 1240 € mensuales, actualizado anualmente.", "es", []),
    ("Repay it in 24 monthly instalments of £215.", "Zahlen Sie ihn in 24 Wochenraten von je 215 £ zurück.", "de",
     ["monthly"]),
    ("Repay it in 24 monthly instalments of £215.", "Zahlen Sie ihn in 24 Monatsraten von je 215 £ zurück.", "de", []),
    ("It costs $9.99 per month or $99 per year.", "Es kostet 9,99 $ in der Woche oder 99 $ im Jahr.", "de",
     ["per month"]),
    ("It costs $9.99 per month or $99 per year.", "Es kostet 9,99 $ im Monat oder 99 $ im Jahr.", "de", []),
    ("Service charges: €210 per month.", "管理費：年額210ユーロ。", "ja", ["per month"]),
    ("Service charges: €210 per month.", "管理費：月額210ユーロ。", "ja", []),
    ("Reduce the dose by a quarter every 3 days.", "3日ごとに用量を4分の1ずつ減らす。", "ja", []),
    ("At 100 km/h for 20 seconds per lap.", "À 100 km/h pendant 20 secondes par tour.", "fr", []),
    ("Allow 60 requests per minute.", "Autoriser 60 requêtes par minute.", "fr", []),
    ("Allow 60 requests per minute.", "Autoriser 60 requêtes par heure.", "fr", ["per minute"]),
    ("Allow 60 requests per minute.", "60 Anfragen pro Minute erlauben.", "de", []),
    ("Allow 60 requests per minute.", "60 Anfragen pro Stunde erlauben.", "de", ["per minute"]),
    ("Allow 60 requests per minute.", "Permitir 60 solicitudes por segundo.", "es", ["per minute"]),
    ("Allow 60 requests per minute.", "Разрешить 60 запросов в минуту.", "ru", []),
    ("Allow 60 requests per minute.", "Разрешить 60 запросов в секунду.", "ru", ["per minute"]),
    ("Allow 60 requests per minute.", "1分あたり60件のリクエストを許可する。", "ja", []),
    ("Allow 60 requests per minute.", "1時間あたり60件のリクエストを許可する。", "ja", ["per minute"]),
    ("Rangers visit the camera traps twice a month.", "Les gardes relèvent les pièges photo deux fois par mois.",
     "fr", []),
    ("Rangers visit the camera traps twice a month.", "Die Ranger prüfen die Kamerafallen zweimal im Jahr.", "de",
     ["twice a month"]),
    ("Rangers visit the camera traps twice a month.", "Los guardas revisan las cámaras trampa dos veces por semana.",
     "es", ["twice a month"]),
    ("Rangers visit the camera traps twice a month.", "レンジャーは月2回カメラトラップを点検する。", "ja", []),
    ("Rangers visit the camera traps twice a month.", "レンジャーは年2回カメラトラップを点検する。", "ja", ["twice a month"]),
    ("Rangers walk 15 km a day.", "Les gardes parcourent 15 km par semaine.", "fr", ["a day"]),
    ("Rangers walk 15 km a day.", "Les gardes parcourent 15 km par jour.", "fr", []),
    ("Rain falls 300 days a year in the forest.", "Il pleut 300 jours par mois dans la forêt.", "fr", ["a year"]),
    ("Cubs sleep 16 hours a night.", "Jungtiere schlafen 16 Stunden pro Woche.", "de", ["a night"]),
    ("Cubs sleep 16 hours a night.", "Jungtiere schlafen 16 Stunden pro Nacht.", "de", []),
    ("Sync every hour.", "Synchroniser toutes les heures.", "fr", []),
    ("Sync every hour.", "Synchroniser tous les jours.", "fr", ["every hour"]),
    ("Sync every hour.", "Синхронизировать каждый день.", "ru", ["every hour"]),
]

# No unit to compare: a unit dropped, added or converted, a decade, an option, another dimension.
QUIET = [
    ("The reserve covers 4,000 hectares.", "La réserve couvre 4 000.", "fr"),
    ("Wait 10 minutes.", "Attendez 10 min.", "fr"),
    ("Timeout: 5m", "Délai : 5 min", "fr"),
    ("The road is 5 miles long.", "La route fait 8 km.", "fr"),
    ("Popular in the 1990s.", "1990年代に流行した。", "ja"),
    ("Use --timeout=5s.", "Utilisez --timeout=5m.", "fr"),
    ("A 64-bit build.", "Une version 64 bits.", "fr"),
    ("Set 5 MB.", "Définir 5 Mio.", "fr"),
    ("Sync every hour.", "Stündlich synchronisieren.", "de"),
    ("Twice a day.", "Deux fois par jour.", "fr"),
    ("Renew the key a year later.", "Renouvelez la clé un mois plus tard.", "fr"),
    ("It rained for a day.", "Il a plu une semaine.", "fr"),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("source", "target", "locale", "expected"), CASES)
def test_units(source, target, locale, expected, mode):
    assert_check_table("number-changed", mode, source, target, locale, expected)


@pytest.mark.parametrize(("source", "target", "locale"), QUIET)
def test_no_unit_to_compare(source, target, locale):
    comparison = compare_numbers(source, target, "en", locale)
    assert not comparison.units, comparison


def test_finding_names_both_units():
    [change] = unit_changes("Retry after 10 s.", "Réessayer après 10 min.", "en", "fr")
    assert (change.source, change.target, change.source_units, change.target_units) == (
        "10 s", "10 min", ("second",), ("minute",))
