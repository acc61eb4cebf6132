"""A number and a half, said as one number in every language ("two and a half hours", "deux heures
et demie", "anderthalb Stunden", "dos años y medio", "полтора часа", "2年半"): it agrees with its
value in digits and in other units, and a half compound of another count is a change. Each row
runs as a singular entry, as the many-values form of a plural entry and silenced by its ignore flag."""

from __future__ import annotations

import pytest

from i18n.numbers.halves import read_halves
from tests.checks_support import MODES, assert_check_table

CHANGED = "number-changed"

CASES = [
    # Any noun between ("une tasse et demie"), and "1½" read as 1.5 (and quoted so); "a third and a
    # half" is no 1.5.
    ("Add 1½ cups of flour.", "Ajoutez une tasse et demie de farine.", "fr", []),
    ("Add 1½ cups of flour.", "Ajoutez deux tasses et demie de farine.", "fr", ["1.5"]),
    ("Add 1½ cups of flour.", "Añade una taza y media de harina.", "es", []),
    ("Add 1½ cups of flour.", "Fügen Sie eineinhalb Tassen Mehl hinzu.", "de", []),
    ("Add 1½ cups of flour.", "Добавьте полтора стакана муки.", "ru", []),
    ("Add 1½ cups of flour.", "Ajoutez 2,5 tasses de farine.", "fr", ["1.5"]),
    ("It killed between a third and a half of them.", "その3分の1から半数が命を落とした。", "ja", []),
    ("The walk takes two and a half hours.", "La marche dure deux heures et demie.", "fr", []),
    ("The walk takes two and a half hours.", "La marche dure 2,5 heures.", "fr", []),
    ("The walk takes two and a half hours.", "La marche dure une heure et demie.", "fr", ["two and a half"]),
    ("The walk takes 2.5 hours.", "Die Wanderung dauert zweieinhalb Stunden.", "de", []),
    ("The walk takes 2.5 hours.", "Die Wanderung dauert anderthalb Stunden.", "de", ["2.5"]),
    ("The walk takes an hour and a half.", "La caminata dura hora y media.", "es", []),
    ("The walk takes an hour and a half.", "La caminata dura 90 minutos.", "es", []),
    ("The walk takes an hour and a half.", "La caminata dura dos horas y media.", "es", ["an hour and a half"]),
    ("The walk takes an hour and a half.", "Прогулка занимает полтора часа.", "ru", []),
    ("The walk takes an hour and a half.", "Прогулка занимает два с половиной часа.", "ru", ["an hour and a half"]),
    ("Cubs stay two and a half years with their mother.", "子は2年半母親と過ごす。", "ja", []),
    ("Cubs stay two and a half years with their mother.", "子は1年半母親と過ごす。", "ja", ["two and a half"]),
    ("Cubs stay two and a half years with their mother.", "Les petits restent deux ans avec leur mère.", "fr",
     ["two and a half"]),
    # Half a scale.
    ("The park lost half a million trees.", "公園は50万本の木を失った。", "ja", []),
    ("The park lost half a million trees.", "Парк потерял полмиллиона деревьев.", "ru", []),
    ("The park lost half a million trees.", "Парк потерял полтора миллиона деревьев.", "ru", ["half a million"]),
    # A decade or a century said in digits.
    ("Prices doubled in a decade.", "価格は10年で2倍になった。", "ja", []),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("source", "target", "locale", "expected"), CASES)
def test_halves(source, target, locale, expected, mode):
    assert_check_table(CHANGED, mode, source, target, locale, expected)


@pytest.mark.parametrize(("text", "language", "value", "written"), [
    ("It took an hour and a half.", "en", "1.5", "an hour and a half"),
    ("Wait three and a half days.", "en", "3.5", "three and a half"),
    ("Il faut trois ans et demi.", "fr", "3.5", "trois ans et demi"),
    ("Es dauert dreieinhalb Tage.", "de", "3.5", "dreieinhalb"),
    ("Tarda tres días y medio.", "es", "3.5", "tres días y medio"),
    ("Нужно полторы недели.", "ru", "1.5", "полторы"),
    ("3時間半かかる。", "ja", "3.5", "3時間半"),
])
def test_readings(text, language, value, written):
    [number] = read_halves(text, language)
    assert (str(number.value), number.text) == (value, written)


def test_a_half_alone_is_no_number():
    assert read_halves("Half of the files", "en") == ()
    assert read_halves("une demi-heure", "fr") == ()
