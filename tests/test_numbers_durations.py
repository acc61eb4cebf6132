"""Lengths of time said in other units (issue 11): "70 minutes" / "una hora y diez minutos", "30
seconds" / "полминуты", "90 minutes" / "1時間半". A span the translation says as long in other
words gives no finding; one it says as another length is still reported. Each row runs as a
singular entry, a plural entry and silenced with the check's flag."""

from __future__ import annotations

import pytest

from i18n.numbers import compare_numbers
from i18n.numbers.durations import read_spans
from i18n.numbers.reader import read_text
from tests.checks_support import MODES, assert_check_table

MISSING, CHANGED = "number-missing", "number-changed"

CASES = [
    # (check, source, translation, locale, source numbers reported)
    # A length counted back or forward, said as another length ("a year ago" / "il y a deux ans"); not
    # a rate's unit, an age, nor a year.
    (CHANGED, "The reservoir is at 38% of capacity, down from 61% a year ago.",
     "Le réservoir est à 38 % de sa capacité, contre 61 % il y a deux ans.", "fr", ["a year"]),
    (CHANGED, "The reservoir is at 38% of capacity, down from 61% a year ago.",
     "Le réservoir est à 38 % de sa capacité, contre 61 % il y a un an.", "fr", []),
    (CHANGED, "The reservoir is at 38% of capacity, down from 61% a year ago.",
     "貯水率は現在38％で、1か月前の61％から低下している。", "ja", ["a year"]),
    (CHANGED, "Prices are nearly double what they were a decade ago.",
     "Die Preise sind fast doppelt so hoch wie vor zwanzig Jahren.", "de", ["a decade"]),
    (CHANGED, "Prices are nearly double what they were a decade ago.",
     "Die Preise sind fast doppelt so hoch wie vor zehn Jahren.", "de", []),
    (CHANGED, "Brent climbed above $90 a barrel for the first time in ten months.",
     "ブレント原油は1カ月ぶりに1バレル＝90ドルを上回った。", "ja", ["ten months"]),
    (CHANGED, "The population has doubled over the past two decades.",
     "За последние три десятилетия численность удвоилась.", "ru", ["two"]),
    (CHANGED, "The population has doubled over the past two decades.", "個体数はこの20年で2倍に増えた。", "ja", []),
    (CHANGED, "The trial lasts a week.", "L'essai dure huit jours.", "fr", []),
    (CHANGED, "Applicants must be 18 or older and earn $30,000 or more a year.",
     "Antragsteller müssen mindestens 18 Jahre alt sein und 30.000 Dollar oder mehr im Jahr verdienen.", "de", []),
    (CHANGED, "Prices rose 2.4% year over year, the smallest increase since 2021.",
     "В годовом выражении цены выросли на 2,4% — это самый низкий рост с 2021 года.", "ru", []),
    # Minutes said after the hour without their unit: "4 h 30" is four and a half hours.
    (CHANGED, "It fully recharges in about 4.5 hours.", "Elle se recharge complètement en 4 h 30 environ.", "fr", []),
    (CHANGED, "It fully recharges in about 4.5 hours.", "Elle se recharge complètement en 4 h 40 environ.", "fr",
     ["4.5"]),
    (CHANGED, "Simmer for 1½ hours.", "Laissez mijoter 1 h 30.", "fr", []),
    (CHANGED, "A performance lasts about 70 minutes.", "Una interpretación dura cerca de una hora y diez minutos.", "es", []),
    (CHANGED, "A performance lasts about 70 minutes.", "Una interpretación dura cerca de una hora y veinte minutos.",
     "es", ["70"]),
    (CHANGED, "About 3 hours 15 minutes left.", "Quedan unas 3 horas y cuarto.", "es", []),
    (MISSING, "About 3 hours 15 minutes left.", "Quedan unas 3 horas y media.", "es", ["15"]),
    (MISSING, "Retrying in 30 seconds.", "Повторная попытка через полминуты.", "ru", []),
    (MISSING, "Retrying in 30 seconds.", "Повторная попытка через минуту.", "ru", ["30"]),
    (MISSING, "He finished 30 seconds faster.", "Er war eine halbe Minute schneller.", "de", []),
    (CHANGED, "He finished 30 seconds faster.", "Er war zwei Minuten schneller.", "de", ["30"]),
    (CHANGED, "It takes 90 minutes.", "所要時間は1時間半です。", "ja", []),
    (CHANGED, "It takes 90 minutes.", "所要時間は2時間半です。", "ja", ["90"]),
    (CHANGED, "It takes 90 minutes.", "Cela prend une heure et demie.", "fr", []),
    (CHANGED, "It takes 90 minutes.", "Это занимает полтора часа.", "ru", []),
    (CHANGED, "It takes 90 minutes.", "Es dauert anderthalb Stunden.", "de", []),
    (CHANGED, "It takes 90 minutes.", "Es dauert zwei Stunden.", "de", ["90"]),
    (CHANGED, "It takes 2 hours 30 minutes.", "Cela prend deux heures et demie.", "fr", []),
    (CHANGED, "It takes 2 hours 30 minutes.", "Cela prend trois heures et demie.", "fr", ["2"]),
    (MISSING, "Sync every 15 minutes.", "Synchroniser tous les quarts d’heure.", "fr", []),
    (MISSING, "Sync every 15 minutes.", "Synchroniser toutes les demi-heures.", "fr", ["15"]),
    # Days to years too; a unit after a hyphen; Russian says one unit with no word for one.
    (MISSING, "Delete backups older than 6 months.", "Sicherungen löschen, die älter als ein halbes Jahr sind.", "de", []),
    (MISSING, "Delete backups older than 6 months.", "Sicherungen löschen, die älter als ein Jahr sind.", "de", ["6"]),
    (CHANGED, "It lasted 18 months.", "Cela a duré un an et demi.", "fr", []),
    (CHANGED, "It lasted 18 months.", "Cela a duré deux ans et demi.", "fr", ["18"]),
    (CHANGED, "A 15-minute break follows the second lesson.", "Une pause d’un quart d’heure suit le deuxième cours.",
     "fr", []),
    (MISSING, "It sleeps after 1 hour.", "Компьютер перейдёт в спящий режим через час.", "ru", []),
    (MISSING, "It sleeps after 2 hours.", "Компьютер перейдёт в спящий режим через час.", "ru", ["2"]),
    # One length in two units, one of them in words.
    (MISSING, "Your free trial ends in 14 days.", "Пробный период закончится через две недели.", "ru", []),
    (CHANGED, "Your free trial ends in 14 days.", "Пробный период закончится через три недели.", "ru", ["14"]),
    # A span before or after now, turned the other way.
    (CHANGED, "It expired on January 2, 2025 (3 days ago).", "2025年1月2日（3 日後）に有効期限が切れました。", "ja", ["3"]),
    (CHANGED, "It expired on January 2, 2025 (3 days ago).", "2025年1月2日（3 日前）に有効期限が切れました。", "ja", []),
    (CHANGED, "It expired on January 2, 2025 (3 days ago).", "Es ist am 02.01.2025 abgelaufen (in 3 Tagen).", "de", ["3"]),
    (CHANGED, "It expired on January 2, 2025 (3 days ago).", "Es ist am 02.01.2025 abgelaufen (vor 3 Tagen).", "de", []),
    (CHANGED, "Check-in closes 45 minutes before departure.", "L’enregistrement ferme 45 minutes après le départ.", "fr",
     ["45"]),
    (CHANGED, "Check-in closes 45 minutes before departure.", "L’enregistrement ferme 45 minutes avant le départ.", "fr", []),
    (CHANGED, "It expires in 5 days.", "Истекает через 5 дней.", "ru", []),
    # A deadline ("within 30 days", "30日以内") against the lapse after which a thing happens ("nach 30
    # Tagen", "через 30 минут", "28日以降"); "in 30 days" may be either, and a deadline may count from
    # an event ("innerhalb von 14 Tagen nach der Einreise", "au plus tard 15 minutes après").
    (CHANGED, "Please reply within 48 hours.", "48時間以降にご返信ください。", "ja", ["48"]),
    (CHANGED, "Please reply within 48 hours.", "48時間以内にご返信ください。", "ja", []),
    (CHANGED, "Claims must be filed within 30 days.", "Schadensmeldungen müssen nach 30 Tagen eingereicht werden.", "de",
     ["30"]),
    (CHANGED, "Claims must be filed within 30 days.",
     "Schadensmeldungen müssen innerhalb von 30 Tagen eingereicht werden.", "de", []),
    (CHANGED, "Read the absorbance within 30 minutes.", "Измерьте оптическую плотность через 30 минут.", "ru", ["30"]),
    (CHANGED, "Read the absorbance within 30 minutes.", "Измерьте оптическую плотность в течение 30 минут.", "ru", []),
    (CHANGED, "It will arrive in 3 days.", "Он придёт через 3 дня.", "ru", []),
    (CHANGED, "The parcel arrives within 3 days.", "El paquete llega dentro de 3 días.", "es", []),
    (CHANGED, "Register within 14 days of arrival.", "Melden Sie sich innerhalb von 14 Tagen nach der Einreise an.", "de",
     []),
    (CHANGED, "Please arrive no later than 15 minutes after your booking.",
     "Merci d’arriver au plus tard 15 minutes après l’heure de réservation.", "fr", []),
    (CHANGED, "Check-in closes 45 minutes before departure.", "L’enregistrement ferme 45 minutes après le départ.",
     "fr", ["45"]),
    (CHANGED, "Be back on board no later than 30 minutes before sailing.",
     "Seien Sie spätestens 30 Minuten nach dem Ablegen wieder an Bord.", "de", ["30"]),
    (CHANGED, "Be back on board no later than 30 minutes before sailing.",
     "Seien Sie spätestens 30 Minuten vor dem Ablegen wieder an Bord.", "de", []),
    (CHANGED, "Notes are only editable for 5 minutes after being saved.",
     "Заметки можно редактировать только в течение 5 минут после сохранения.", "ru", []),
    # A deadline counted from an event is not the moment that long after it ("60 jours après",
    # "через 1 час после"); a moment after an event may be given a deadline.
    (CHANGED, "Claims must be reported within 60 days of the date of loss.",
     "Le sinistre doit être déclaré 60 jours après la date du dommage.", "fr", ["60"]),
    (CHANGED, "Claims must be reported within 60 days of the date of loss.",
     "Le sinistre doit être déclaré dans un délai de 60 jours à compter de la date du dommage.", "fr", []),
    (CHANGED, "Claims must be reported within 60 days of the date of loss.",
     "Le sinistre doit être déclaré au plus tard 60 jours après la date du dommage.", "fr", []),
    (CHANGED, "Claims must be reported within 60 days of the date of loss.",
     "О страховом случае необходимо сообщить по истечении 60 дней с даты его наступления.", "ru", ["60"]),
    (CHANGED, "Orders can be cancelled within 1 hour of being placed.",
     "Заказ можно отменить не ранее чем через 1 час после оформления.", "ru", ["1"]),
    (CHANGED, "Orders can be cancelled within 1 hour of being placed.",
     "Заказ можно отменить в течение 1 часа после оформления.", "ru", []),
    (CHANGED, "Orders can be cancelled within 2 hours of being placed.",
     "Заказ можно отменить через 2 часа после оформления.", "ru", ["2"]),
    (CHANGED, "Please arrive no later than 15 minutes after your booking.",
     "Merci d’arriver 15 minutes après l’heure de réservation.", "fr", ["15"]),
    (CHANGED, "Register within 14 days of arrival.", "Regístrese dentro de los 14 días siguientes a su llegada.",
     "es", []),
    (CHANGED, "Register within 14 days of arrival.", "Regístrese 14 días después de su llegada.", "es", ["14"]),
    # A moment after an event is no deadline ("deleted 90 days after you close it" / "90日以内"); "for 5
    # minutes after being saved" is a window, which may be one.
    (CHANGED, "The link expires 2 hours after it is sent.", "Die Verknüpfung läuft innerhalb von 2 Stunden nach dem Versand ab.",
     "de", ["2"]),
    (CHANGED, "The link expires 2 hours after it is sent.", "Die Verknüpfung läuft 2 Stunden nach dem Versand ab.", "de",
     []),
    (CHANGED, "Your account will be deleted 90 days after you close it.", "アカウントは閉鎖から90日以内に完全に削除されます。",
     "ja", ["90"]),
    (CHANGED, "Your account will be deleted 90 days after you close it.", "アカウントは閉鎖から90日後に完全に削除されます。",
     "ja", []),
    (CHANGED, "Your SIM remains active for 180 days after your last top-up.",
     "Votre carte SIM reste active 180 jours après votre dernière recharge.", "fr", []),
    (CHANGED, "Notes are only editable for 5 minutes after being saved.",
     "Заметки можно редактировать только через 5 минут после сохранения.", "ru", ["5"]),
    (MISSING, "This may take up to 90 seconds.", "Это может занять до полутора минут.", "ru", []),
    (CHANGED, "This may take up to 90 seconds.", "Это может занять до полутора часов.", "ru", ["90"]),
    (CHANGED, "It expired 5 days ago.", "Истекает через 5 дней.", "ru", ["5"]),
    # "second" is a rank here, not a span; "a full day" is not "1 day" said otherwise.
    (CHANGED, "Left Win to first layout; Menu to second layout",
     "Win gauche (deuxième disposition), Menu (seconde disposition)", "fr", ["first"]),
    (CHANGED, "Left Win to first layout; Menu to second layout",
     "Win gauche (première disposition), Menu (seconde disposition)", "fr", []),
    (MISSING, "A full day: if you enter \"1 day\", it ends that day.", "Un día completo: si introduces \"día\", termina ese día.",
     "es", ["1"]),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("check", "source", "target", "locale", "expected"), CASES)
def test_spans_said_in_other_units(check, source, target, locale, expected, mode):
    assert_check_table(check, mode, source, target, locale, expected)


@pytest.mark.parametrize(("text", "locale", "seconds"), [
    ("1 hour and 10 minutes", "en", [4200]),
    ("una hora y diez minutos", "es", [4200]),
    ("deux heures et demie", "fr", [9000]),
    ("полчаса, потом 2 часа", "ru", [1800, 7200]),
    ("1時間20分", "ja", [4800]),
    ("eine Viertelstunde", "de", [900]),
    ("18 h 30", "fr", []),  # a time of day, no span
    ("2 h 30", "fr", [9000]),
])
def test_reads_spans_in_seconds(text, locale, seconds):
    spans = read_spans(text, read_text(text, locale).numbers, locale)
    assert [int(span.seconds) for span in spans] == seconds


@pytest.mark.parametrize("text", ["Shift the clock by −10 hours.", "8 by −10 hour ( × 2.5 ） ml on"])
def test_a_length_read_with_a_minus_is_as_long_as_itself(text):
    # (Hypothesis found the second: a negative length was never the same as itself.)
    assert compare_numbers(text, text, "en", "en").changed == ()
