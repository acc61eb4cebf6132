"""The direction of a change (issue 11): "15% less" / "15 % de plus", "up 3.2 points" / "en baisse de
3,2 points", "1.8 degrees above" / "1,8 grados por debajo". The same amount said as a rise on one
side and a fall on the other is a changed number; a level ("to 4"), a bound ("more than 150,000")
or a direction the translation leaves unsaid is not. Each row runs as a singular entry, a plural
entry and silenced with the check's flag."""

from __future__ import annotations

import pytest

from i18n.numbers.directions import DOWN, UP, said_direction
from i18n.numbers.reader import read_text
from tests.checks_support import MODES, assert_check_table

CASES = [
    ("Emissions reached 37.4 billion tonnes, up 1.1% on the previous year.",
     "Выбросы достигли 37,4 млрд т, снизившись на 1,1 % по сравнению с предыдущим годом.", "ru", ["1.1%"]),
    ("Emissions reached 37.4 billion tonnes, up 1.1% on the previous year.",
     "Выбросы достигли 37,4 млрд т, увеличившись на 1,1 % по сравнению с предыдущим годом.", "ru", []),
    ("The final cost was 15% over the revised budget.",
     "Итоговая стоимость оказалась на 15 % ниже пересмотренного бюджета.", "ru", ["15%"]),
    ("The final cost was 15% over the revised budget.",
     "Итоговая стоимость оказалась на 15 % выше пересмотренного бюджета.", "ru", []),
    ("Children 5 and under travel free.", "Les enfants de 5 ans et moins voyagent gratuitement.", "fr", []),
    # A second quantity between the amount and the comparative owns it ("10% two years later").
    ("Quotas were cut by 25% in 2019 and by a further 10% two years later.",
     "輸入割当は2019年に25%削減され、その2年後にさらに10%削減された。", "ja", []),
    ("It rose by 10% two years later.", "Il a augmenté de 10 % deux ans plus tard.", "fr", []),
    ("It was released 30 seconds later.", "Il a été publié 30 secondes plus tôt.", "fr", ["30"]),
    # A comparative after the amount, and its unit.
    ("Farmers harvested 2.4 million tonnes, 15% less than last year.",
     "Les agriculteurs ont récolté 2,4 millions de tonnes, soit 15 % de plus que l’an dernier.", "fr", ["15%"]),
    ("Farmers harvested 2.4 million tonnes, 15% less than last year.",
     "Les agriculteurs ont récolté 2,4 millions de tonnes, soit 15 % de moins que l’an dernier.", "fr", []),
    ("July averaged 24.6°C, 1.8 degrees above the 1991–2020 mean.",
     "Julio promedió 24,6 °C, 1,8 grados por debajo de la media de 1991-2020.", "es", ["1.8"]),
    ("July averaged 24.6°C, 1.8 degrees above the 1991–2020 mean.",
     "Julio promedió 24,6 °C, 1,8 grados por encima de la media de 1991-2020.", "es", []),
    ("The trench is about 2 km deeper than Everest is tall.", "Впадина примерно на 2 км меньше высоты Эвереста.", "ru",
     ["2"]),
    ("The trench is about 2 km deeper than Everest is tall.", "Впадина примерно на 2 км глубже, чем высота Эвереста.",
     "ru", []),
    ("The 2010s averaged 0.2 °C warmer than the 2000s.", "Die 2010er-Jahre lagen im Mittel 0,2 °C unter den 2000ern.",
     "de", ["0.2"]),
    ("The 2010s averaged 0.2 °C warmer than the 2000s.", "Die 2010er-Jahre lagen im Mittel 0,2 °C über den 2000ern.",
     "de", []),
    ("CO₂ reached 421 ppm, 50% higher than pre-industrial levels.", "CO₂濃度は421ppmに達し、産業革命前より50%低くなった。", "ja",
     ["50%"]),
    ("CO₂ reached 421 ppm, 50% higher than pre-industrial levels.", "CO₂濃度は421ppmに達し、産業革命前より50%高くなった。", "ja",
     []),
    # A word of change before the amount.
    ("Cooldown reduced by 20% at level 10.", "Temps de recharge augmenté de 20 % au niveau 10.", "fr", ["20%"]),
    ("Cooldown reduced by 20% at level 10.", "Temps de recharge réduit de 20 % au niveau 10.", "fr", []),
    ("Turnout was 68.4%, up 3.2 points from 2019.", "La participation a atteint 68,4 %, en baisse de 3,2 points par rapport à 2019.",
     "fr", ["3.2"]),
    ("Turnout was 68.4%, up 3.2 points from 2019.", "La participation a atteint 68,4 %, en hausse de 3,2 points par rapport à 2019.",
     "fr", []),
    ("Capacity has decreased by 13% since purchase.", "購入時から容量が13%増加しています。", "ja", ["13%"]),
    ("Capacity has decreased by 13% since purchase.", "購入時から容量が13%減少しています。", "ja", []),
    ("An increase of 8% on last year.", "8 % weniger als im Vorjahr.", "de", ["8%"]),
    ("An increase of 8% on last year.", "8 % mehr als im Vorjahr.", "de", []),
    ("An increase of 8% on last year.", "Рост на 8 % по сравнению с прошлым годом.", "ru", []),
    ("An increase of 8% on last year.", "Снижение на 8 % по сравнению с прошлым годом.", "ru", ["8%"]),
    # Later and earlier.
    ("Apply half at sowing and half 6 weeks later.", "Apporter la moitié au semis et l’autre moitié 6 semaines avant.", "fr",
     ["6"]),
    ("Apply half at sowing and half 6 weeks later.", "Apporter la moitié au semis et l’autre moitié 6 semaines plus tard.",
     "fr", []),
    # No direction on one side, a level, a bound, speed: nothing to compare.
    ("Revenue rose 8.5% to $4.2 billion.", "Le chiffre d’affaires a atteint 4,2 milliards de dollars (+8,5 %).", "fr", []),
    ("Within a decade more than 150,000 were in use.", "En moins de dix ans, plus de 150 000 étaient en service.", "fr", []),
    ("He ran 30 seconds faster than his record.", "Cruzó la meta 30 segundos menos que su récord.", "es", []),
    ("Children aged 5 and under travel free.", "Les enfants de 5 ans et moins voyagent gratuitement.", "fr", []),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("source", "target", "locale", "expected"), CASES)
def test_directions_of_change(source, target, locale, expected, mode):
    assert_check_table("number-changed", mode, source, target, locale, expected)


@pytest.mark.parametrize(("text", "language", "direction"), [
    ("prices fell 3% in May", "en", DOWN), ("a 13% increase", "en", UP), ("fell to 4", "en", None),
    ("en hausse de 4 %", "fr", UP), ("4 % de moins", "fr", DOWN), ("2 degrés plus bas", "fr", DOWN),
    ("um 5 % gestiegen", "de", UP), ("5 % weniger", "de", DOWN), ("un 5 % más", "es", UP),
    ("5 minutos más tarde", "es", UP), ("снизилась на 5 %", "ru", DOWN), ("в 2 раза больше", "ru", UP),
    ("5%増", "ja", UP), ("5%減", "ja", DOWN), ("more than 5", "en", None),
])
def test_reads_the_direction_attached_to_a_number(text, language, direction):
    number = read_text(text, language).numbers[0]
    said = said_direction(text, number, language)
    assert (said[0] if said else None) == direction
