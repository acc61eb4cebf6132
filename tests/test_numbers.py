"""Reading numbers the way a locale writes them, and comparing a source text with its translation."""

from decimal import Decimal

import pytest

from i18n.numbers import Number, compare_numbers, read_numbers

NNBSP = "\u202f"
NBSP = "\u00a0"


def values(text: str, locale: str) -> list[Decimal]:
    return [number.value for number in read_numbers(text, locale)]


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("262 000 hectares", "fr", ["262000"]),
        (f"262{NBSP}000 hectares", "fr", ["262000"]),
        (f"262{NNBSP}000 hectares", "fr", ["262000"]),
        ("262,000 hectares", "fr", ["262"]),
        ("262,000 hectares", "en", ["262000"]),
        ("262.000 Hektar", "de", ["262000"]),
        ("262,000 Hektar", "de", ["262"]),
        ("262’000 Hektaren", "de_CH", ["262000"]),
        ("262'000 Hektaren", "de_CH", ["262000"]),
        ("3,5 m", "fr", ["3.5"]),
        ("3.5 m", "en", ["3.5"]),
        ("60 %, 60%, 60\u00a0%", "fr", ["60", "60", "60"]),
        ("5 ‰", "fr", ["5"]),
        ("de 25 à 40 léopards", "fr", ["25", "40"]),
        ("25-40 leopards", "en", ["25", "40"]),
        ("25–40 leopards", "en", ["25", "40"]),
        ("between 10 and 15", "en", ["10", "15"]),
        ("2.5 million", "en", ["2500000"]),
        ("2,5 millions", "fr", ["2500000"]),
        ("3 milliards", "fr", ["3000000000"]),
        ("2,5 Millionen", "de", ["2500000"]),
        ("three cubs", "en", ["3"]),
        ("trois petits", "fr", ["3"]),
        ("einundzwanzig Löwen", "de", ["21"]),
        ("20th century", "en", ["20"]),
        ("XXe siècle", "fr", ["20"]),
        ("20e siècle", "fr", ["20"]),
        ("1st, 3rd", "en", ["1", "3"]),
        ("1er, 1re, 3e, 3ème, troisième", "fr", ["1", "1", "3", "3", "3"]),
        ("-5 °C, −3", "fr", ["-5", "-3"]),
        ("in 2012 300 people", "fr", ["2012", "300"]),
    ],
)
def test_reads_values_in_the_locale(text: str, locale: str, expected: list[str]) -> None:
    assert values(text, locale) == [Decimal(value) for value in expected]


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("version 1.9.1", "fr"),
        ("v2.0", "en"),
        ("%d files", "en"),
        ("%(count)d items, {0}, {name}, $1, %1$s", "en"),
        ("E123, -B1, x86_64, x86-64, UTF-8, ISO-8859-1, MD5, sha256, IPv6, mp3, 3D", "en"),
        ("2024-05-01 at 12:30", "en"),
        ("see http://example.org/a1 or a1@example.com", "en"),
        ("/usr/lib/x86 file2.txt", "en"),
        ("0x1F, gzip -9, --level=3, F1, Ctrl+1", "en"),
        ("the Ve République, Louis XIV, I said, Le siècle, Ce siècle", "fr"),
        ("one of them is a first try", "en"),
        ("un chien, une vache, le premier", "fr"),
    ],
)
def test_non_quantities_are_not_numbers(text: str, locale: str) -> None:
    assert read_numbers(text, locale) == ()


def test_number_records_text_and_offsets() -> None:
    text = f"Il y a 262{NNBSP}000 hectares"
    (number,) = read_numbers(text, "fr")
    assert number == Number(Decimal(262000), f"262{NNBSP}000", 7, 14, "integer")
    assert text[number.start:number.end] == number.text


@pytest.mark.parametrize(
    ("source", "target", "locale"),
    [
        ("262,000 hectares", "262 000 hectares", "fr"),
        ("262,000 hectares", f"262{NBSP}000 hectares", "fr"),
        ("262,000 hectares", f"262{NNBSP}000 hectares", "fr"),
        ("262,000 hectares", "262.000 Hektar", "de"),
        ("3.5 m", "3,5 m", "fr"),
        ("3.5 m", "3,5 m", "de"),
        ("three cubs", "trois petits", "fr"),
        ("three cubs", "drei Junge", "de"),
        ("20th century", "XXe siècle", "fr"),
        ("20th century", "20e siècle", "fr"),
        ("20th century", "20. Jahrhundert", "de"),
        ("25-40 leopards", "de 25 à 40 léopards", "fr"),
        ("25-40 leopards", "25 à 40 léopards", "fr"),
        ("between 10 and 15", "entre 10 et 15", "fr"),
        ("2.5 million", "2,5 millions", "fr"),
        ("2.5 million", "2,5 Millionen", "de"),
        ("version 1.9.1", "version 1.9.1", "fr"),
        ("%d files", "%d fichiers", "fr"),
        ("1 file", "un fichier", "fr"),
        ("60%", "60 %", "fr"),
        ("in 2012", "en 2012", "fr"),
        ("3rd", "troisième", "fr"),
        ("Python 3.5", "Python 3.5", "fr"),
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
    ],
)
def test_changed_values(source: str, target: str, locale: str, changed: list[tuple[str, str]]) -> None:
    comparison = compare_numbers(source, target, "en", locale)
    assert [(pair[0].value, pair[1].value) for pair in comparison.changed] == [
        (Decimal(a), Decimal(b)) for a, b in changed
    ]
    assert not comparison.missing and not comparison.added


def test_added_and_missing() -> None:
    added = compare_numbers("Some cubs", "Quelques 12 petits")
    assert [number.value for number in added.added] == [Decimal(12)] and not added.missing
    missing = compare_numbers("12 cubs and 3 lions", "12 petits et des lions")
    assert [number.value for number in missing.missing] == [Decimal(3)] and not missing.added


@pytest.mark.parametrize(
    ("source", "target", "locale", "suggestion"),
    [
        ("262,000 hectares", "262,000 hectares", "fr", f"262{NNBSP}000"),
        ("3.5 m", "3.5 m", "fr", "3,5"),
        ("262,000 hectares", "262,000 Hektar", "de", "262.000"),
        ("3.5 m", "3.5 m", "de", "3,5"),
    ],
)
def test_foreign_style(source: str, target: str, locale: str, suggestion: str) -> None:
    comparison = compare_numbers(source, target, "en", locale)
    assert [problem.suggestion for problem in comparison.foreign_style] == [suggestion]
    assert not comparison.changed and not comparison.missing and not comparison.added
    assert not comparison.ok
