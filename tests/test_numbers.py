"""Reading numbers the way a locale writes them, and comparing a source text with its translation.

The comparison cases include the ones pofilter (Translate Toolkit) gets wrong: it counts digit
strings, so it flags "3.5" -> "3,5", "three" -> "trois" and "20th century" -> "XXe siècle", and
misses "1 cub" -> "10 petits", an added number, and "262,000" left in a French text.
"""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from i18n.numbers import Number, NumberComparison, StyleProblem, compare_numbers, read_numbers

NNBSP = "\u202f"
NBSP = "\u00a0"


def values(text: str, locale: str) -> list[Decimal]:
    return [number.value for number in read_numbers(text, locale)]


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        # Grouping: the locale's CLDR group symbol and its usual alternates.
        ("262 000 hectares", "fr", ["262000"]),
        (f"262{NBSP}000 hectares", "fr", ["262000"]),
        (f"262{NNBSP}000 hectares", "fr", ["262000"]),
        ("1 234 567,5", "fr", ["1234567.5"]),
        ("262,000 hectares", "en", ["262000"]),
        ("1,234,567.5", "en", ["1234567.5"]),
        ("262.000 Hektar", "de", ["262000"]),
        ("1.234.567,5", "de", ["1234567.5"]),
        ("nicht in -2.147.483.648..4.294.967.295", "de", ["-2147483648", "4294967295"]),
        (f"262{NBSP}000 Hektar", "de", ["262000"]),
        ("262’000 Hektaren", "de_CH", ["262000"]),
        ("262'000 Hektaren", "de_CH", ["262000"]),
        (f"262{NBSP}000 гектаров", "ru", ["262000"]),
        # The same characters read differently: a comma starts decimals in French and German.
        ("262,000 hectares", "fr", ["262"]),
        ("262,000 Hektar", "de", ["262"]),
        ("262.000 hectares", "en", ["262"]),
        # Decimals.
        ("3,5 m", "fr", ["3.5"]),
        ("3,5 m", "de", ["3.5"]),
        ("3.5 m", "en", ["3.5"]),
        ("0,127", "fr", ["0.127"]),
        # Percent and per mille, with or without a space.
        (f"60 %, 60%, 60{NBSP}%, 60{NNBSP}%", "fr", ["60", "60", "60", "60"]),
        ("12,5 %", "de", ["12.5"]),
        ("5 ‰", "fr", ["5"]),
        # Ranges give both bounds.
        ("de 25 à 40 léopards", "fr", ["25", "40"]),
        ("25-40 leopards", "en", ["25", "40"]),
        ("25–40 leopards", "en", ["25", "40"]),
        ("between 10 and 15", "en", ["10", "15"]),
        ("entre 10 et 15", "fr", ["10", "15"]),
        ("[5..8]", "en", ["5", "8"]),
        ("32x32 pixels", "en", ["32", "32"]),
        # Scale words.
        ("2.5 million", "en", ["2500000"]),
        ("2,5 millions", "fr", ["2500000"]),
        ("3 milliards", "fr", ["3000000000"]),
        ("3 billion", "en", ["3000000000"]),
        ("2,5 Millionen", "de", ["2500000"]),
        # Numbers in words (text2num), from two up.
        ("three cubs", "en", ["3"]),
        ("twenty-one lions", "en", ["21"]),
        ("trois petits", "fr", ["3"]),
        ("vingt et un lions", "fr", ["21"]),
        ("einundzwanzig Löwen", "de", ["21"]),
        ("drei Junge", "de", ["3"]),
        ("tre gatti e ventuno cani", "it", ["3", "21"]),
        ("três gatos e vinte e um cães", "pt", ["3", "21"]),
        ("drie katten en eenentwintig honden", "nl", ["3", "21"]),
        # Ordinals and centuries.
        ("20th century", "en", ["20"]),
        ("XXe siècle", "fr", ["20"]),
        ("XIVe siècle", "fr", ["14"]),
        ("Ve siècle", "fr", ["5"]),
        ("François Ier", "fr", ["1"]),
        ("20e siècle", "fr", ["20"]),
        ("el siglo XX", "es", ["20"]),
        ("1st, 3rd", "en", ["1", "3"]),
        ("1er, 1re, 3e, 3ème, troisième", "fr", ["1", "1", "3", "3", "3"]),
        # Signs.
        ("-5 °C, −3, +4", "fr", ["-5", "-3", "4"]),
        ("a value of -1", "en", ["-1"]),
        ("-0,5", "fr", ["-0.5"]),
        # A plain space groups only three digits: these are two numbers.
        ("in 2012 300 people", "fr", ["2012", "300"]),
        # Units glued to the number.
        ("10km, 5GB, 64bit", "en", ["10", "5", "64"]),
    ],
)
def test_reads_values_in_the_locale(text: str, locale: str, expected: list[str]) -> None:
    assert values(text, locale) == [Decimal(value) for value in expected]


@pytest.mark.parametrize(
    ("text", "locale", "kinds"),
    [
        ("262 000", "fr", ["integer"]),
        ("3,5", "fr", ["decimal"]),
        ("60 %", "fr", ["percent"]),
        ("5 ‰", "fr", ["permille"]),
        ("3e, troisième", "fr", ["ordinal", "ordinal"]),
        ("en 2012", "fr", ["year"]),
        # Years are never grouped: "2 012" and "1,984" are integers, not years.
        ("2 012", "fr", ["integer"]),
        ("1,984", "en", ["integer"]),
        ("trois", "fr", ["word"]),
        ("XXe", "fr", ["roman"]),
        ("2,5 millions", "fr", ["scaled"]),
    ],
)
def test_kinds(text: str, locale: str, kinds: list[str]) -> None:
    assert [number.kind for number in read_numbers(text, locale)] == kinds


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("version 1.9.1", "fr"),
        ("v2.0", "en"),
        ("%d files", "en"),
        ("%(count)d items, {0}, {name}, $1, %1$s, %3$.*2$s", "en"),
        ("E123, -B1, x86_64, x86-64, UTF-8, non-UTF-8, ISO-8859-1, MD5, sha256, IPv6, mp3, 3D", "en"),
        ("2024-05-01 at 12:30, 04/04/2310, 4 pm, 11:46:30 am", "en"),
        ("see http://example.org/a1 or a1@example.com", "en"),
        ("/usr/lib/x86 file2.txt a/b/c9", "en"),
        ("0x1F, gzip -9, --level=3, F1, Ctrl+1, Ctrl + 2", "en"),
        ("%{in GCC%}", "en"),
        ("the Ve République, Louis XIV, I said, Le siècle, Ce siècle", "fr"),
        ("one of them is a first try", "en"),
        ("un chien, une vache, le premier", "fr"),
        ("séparés par un deux-points", "fr"),
        ("shared with third parties through a two-way pipe", "en"),
    ],
)
def test_non_quantities_are_not_numbers(text: str, locale: str) -> None:
    assert read_numbers(text, locale) == ()


def test_number_records_text_and_offsets() -> None:
    text = f"Il y a 262{NNBSP}000 hectares et 3,5 m"
    numbers = read_numbers(text, "fr")
    assert numbers == (
        Number(Decimal(262000), f"262{NNBSP}000", 7, 14, "integer"),
        Number(Decimal("3.5"), "3,5", 27, 30, "decimal"),
    )
    assert all(text[number.start:number.end] == number.text for number in numbers)


@pytest.mark.parametrize(
    ("source", "target", "locale"),
    [
        # pofilter false positives.
        ("3.5 m", "3,5 m", "fr"),
        ("three cubs", "trois petits", "fr"),
        ("20th century", "XXe siècle", "fr"),
        # Grouping spaces of every kind.
        ("262,000 hectares", "262 000 hectares", "fr"),
        ("262,000 hectares", f"262{NBSP}000 hectares", "fr"),
        ("262,000 hectares", f"262{NNBSP}000 hectares", "fr"),
        # German groups with a period and starts decimals with a comma.
        ("262,000 hectares", "262.000 Hektar", "de"),
        ("3.5 m", "3,5 m", "de"),
        ("three cubs", "drei Junge", "de"),
        ("20th century", "20. Jahrhundert", "de"),
        ("2.5 million", "2,5 Millionen", "de"),
        ("12.5%", "12,5 %", "de"),
        ("20th century", "20e siècle", "fr"),
        ("the 20th century", "el siglo XX", "es"),
        ("25-40 leopards", "de 25 à 40 léopards", "fr"),
        ("25-40 leopards", "25 à 40 léopards", "fr"),
        ("between 10 and 15", "entre 10 et 15", "fr"),
        ("2.5 million", "2,5 millions", "fr"),
        ("60%", "60 %", "fr"),
        ("in 2012", "en 2012", "fr"),
        ("3rd", "troisième", "fr"),
        ("the 1st", "le 1er", "fr"),
        # Not quantities: compared literally elsewhere.
        ("version 1.9.1", "version 1.9.1", "fr"),
        ("%d files", "%d fichiers", "fr"),
        # A bare decimal copied as is is a version or a literal, not a French-style problem.
        ("Python 3.5", "Python 3.5", "fr"),
        ("with GCC 8.2", "avec GCC 8.2", "fr"),
        ("range [0,127]", "plage [0,127]", "fr"),
        # Rephrasing seen in real catalogues.
        ("1 file", "un fichier", "fr"),
        ("Both Shift keys", "Les 2 touches Maj", "fr"),
        ("Got 0 lines", "Aucune ligne", "fr"),
        ("exponent less than 0", "exposant négatif", "fr"),
        ("two or more files", "plusieurs fichiers", "fr"),
        ("two-way pipe", "tube bidirectionnel", "fr"),
        ("three-way merge", "fusion à 3 points", "fr"),
        ("received a second argument", "a reçu un 2e argument", "fr"),
        ("ISO 8859 character sets", "jeux de caractères ISO-8859", "fr"),
        ("uses iso8601 format", "utilise le format ISO 8601", "fr"),
        ("downgrade to v2.33", "revenez à la version 2.33", "fr"),
        ("for 4.2BSD pipes", "pour les tubes BSD 4.2", "fr"),
        ("before using 7-9!", "avant d'utiliser 7, 8 ou 9 !", "fr"),
        ("32x32 multiply", "multiplication 32×32", "fr"),
        ("Format '3.0 (custom)'", "Le format « 3.0 (personnalisé) » (« 3.0 (custom) »)", "fr"),
        ("set page width to (72) characters, -s turns off (72)", "largeur de page (72 colonnes)", "fr"),
    ],
)
def test_same_quantities_are_ok(source: str, target: str, locale: str) -> None:
    comparison = compare_numbers(source, target, "en", locale)
    assert comparison.ok, comparison


@pytest.mark.parametrize(
    ("source", "target", "locale", "changed"),
    [
        ("1 cub", "10 petits", "fr", [("1", "10")]),
        ("262,000 hectares", "226 000 hectares", "fr", [("262000", "226000")]),
        ("262,000 hectares", "226.000 Hektar", "de", [("262000", "226000")]),
        ("three cubs", "quatre petits", "fr", [("3", "4")]),
        ("three cubs", "4 petits", "fr", [("3", "4")]),
        ("Copyright (C) 1989, 1991", "Copyright © 1998, 1991", "fr", [("1989", "1998")]),
        ("must be >=0555", "doit être >=0755", "fr", [("555", "755")]),
        ("4 years, 11 months ago", "il y a 10 ans et 11 mois", "fr", [("4", "10")]),
        ("day of week (1..7)", "jour de la semaine (2..7)", "fr", [("1", "2")]),
        ("2.5 million", "2,5 milliards", "fr", [("2500000", "2500000000")]),
        # "billion" is 10^9 in English and 10^12 in French.
        ("3 billion", "3 billions", "fr", [("3000000000", "3000000000000")]),
        ("spec (1.9.1, 1.10)", "spécification (1.9, 1.10)", "fr", []),
    ],
)
def test_changed_values(source: str, target: str, locale: str, changed: list[tuple[str, str]]) -> None:
    comparison = compare_numbers(source, target, "en", locale)
    assert [(pair[0].value, pair[1].value) for pair in comparison.changed] == [
        (Decimal(a), Decimal(b)) for a, b in changed
    ]
    assert not comparison.missing
    assert not comparison.ok


def test_added_and_missing() -> None:
    added = compare_numbers("Some cubs", "Quelques 12 petits")
    assert [number.value for number in added.added] == [Decimal(12)] and not added.missing
    missing = compare_numbers("12 cubs and 3 lions", "12 petits et des lions")
    assert [number.value for number in missing.missing] == [Decimal(3)] and not missing.added
    assert compare_numbers("Occitan (post 1500)", "Occitan").missing[0].text == "1500"
    assert compare_numbers("mechanisms", "Kerberos 4 mechanisms").added[0].value == 4


def test_multiset_counts_repeats_once() -> None:
    comparison = compare_numbers("2 files and 2 folders", "2 fichiers et 3 dossiers")
    assert [(a.value, b.value) for a, b in comparison.changed] == [(Decimal(2), Decimal(3))]


def test_a_lone_number_word_is_rephrasing_but_a_changed_one_is_reported() -> None:
    assert compare_numbers("for two modes", "pour les modes").ok
    comparison = compare_numbers("hash function 2 must have two arguments", "la fonction 1 doit avoir deux arguments")
    assert [(a.value, b.value) for a, b in comparison.changed] == [(Decimal(2), Decimal(1))]


@pytest.mark.parametrize(
    ("source", "target", "locale", "suggestion"),
    [
        ("262,000 hectares", "262,000 hectares", "fr", f"262{NNBSP}000"),
        ("3.5 m", "3.5 m", "fr", "3,5"),
        ("262,000 hectares", "262,000 Hektar", "de", "262.000"),
        ("3.5 m", "3.5 m", "de", "3,5"),
        ("MB 1,000,000", "Mo 1.000.000", "fr", f"1{NNBSP}000{NNBSP}000"),
        ("12.5%", "12.5 %", "fr", f"12,5{NBSP}%"),
        ("2.5 million", "2.5 millions", "fr", "2,5 millions"),
        ("1,500 files", "1,500 Dateien", "de", "1.500"),
    ],
)
def test_foreign_style(source: str, target: str, locale: str, suggestion: str) -> None:
    comparison = compare_numbers(source, target, "en", locale)
    assert [problem.suggestion for problem in comparison.foreign_style] == [suggestion]
    assert not comparison.changed and not comparison.missing and not comparison.added
    assert not comparison.ok


def test_foreign_style_message_names_the_reading() -> None:
    (problem,) = compare_numbers("262,000 hectares", "262,000 hectares").foreign_style
    assert problem == StyleProblem(
        Number(Decimal("262.000"), "262,000", 0, 7, "decimal"),
        f'"262,000" reads as 262 in French; write "262{NNBSP}000"',
        f"262{NNBSP}000",
    )


def test_no_numbers_is_ok_and_empty() -> None:
    assert compare_numbers("Open the file", "Ouvrir le fichier") == NumberComparison((), (), (), ())
    assert compare_numbers("", "").ok


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        ("Open the file", "Ouvrir le fichier", False),
        ("Open 3 files", "Ouvrir les fichiers", True),  # a digit in the source
        ("Open the files", "Ouvrir 3 fichiers", True),  # a digit in the translation only
        ("Open three files", "Ouvrir les fichiers", True),  # a number word in the source
        ("In the XXth century", "Au siècle", True),  # a Roman ordinal in the source
        ("I am Louis XIV", "Je suis Louis", False),  # a Roman name, no ordinal: no number
        ("Louis XIV", "Louis XIVe", True),  # a name's numeral against the translation's (compared, agrees)
        ("Louis XIV", "Louis", False),
        ("Use \u0663 items", "Utiliser des éléments", True),  # any Unicode digit counts, as in the reader
    ],
)
def test_may_differ_rejects_only_texts_without_any_number(source, target, expected):
    from i18n.numbers.compare import may_differ

    assert may_differ(source, target, "en") is expected
    if not expected:
        comparison = compare_numbers(source, target, source_locale="en", target_locale="fr")
        assert not (comparison.missing or comparison.added or comparison.changed or comparison.foreign_style)


@given(st.lists(st.sampled_from(list("IVXLCethrsndm 0123456789-") + ["century", "eme", "er", "th"]), max_size=20)
       .map("".join))
def test_the_ascii_search_for_digits_and_roman_ordinals_agrees_with_the_unicode_one(text):
    from i18n.numbers.compare import _search_ascii_digit_or_roman, _search_digit_or_roman

    assert (_search_ascii_digit_or_roman(text) is None) == (_search_digit_or_roman(text) is None)
