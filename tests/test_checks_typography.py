"""French typography (T6xx): no-break spaces before ; : ! ? %, inside « », between digit groups.
Quiet on what is not prose: URLs, times, placeholders, entities, texts copied verbatim, other languages."""

from __future__ import annotations

import re

import pytest

from tests.checks_support import MODES, assert_check_table

NBSP, NNBSP = "\u00a0", "\u202f"

CASES = [
    ("nbsp-before-punctuation", "Warning: %s", "Attention : %s", "fr", [":"]),
    ("nbsp-before-punctuation", "Warning: %s", f"Attention{NBSP}: %s", "fr", []),
    ("nbsp-before-punctuation", "Warning: %s", f"Attention{NNBSP}: %s", "fr", []),
    ("nbsp-before-punctuation", "Warning: %s", "Attention: %s", "fr", [":"]),
    ("nbsp-before-punctuation", "Really? Yes!", "Vraiment ? Oui !", "fr", ["!", "?"]),
    ("nbsp-before-punctuation", "Warning: %s", "Warnung: %s", "de", []),
    ("nbsp-before-punctuation", "Visit http://example.org/?a=1 now!", f"Visitez http://example.org/?a=1 maintenant{NBSP}!", "fr", []),
    ("nbsp-before-punctuation", "At 12:30", "À 12:30", "fr", []),
    ("nbsp-before-punctuation", "%s: not found", "%s: introuvable", "fr", []),
    ("nbsp-before-punctuation", "Note: see", "Note&nbsp;: voir", "fr", []),
    ("nbsp-before-punctuation", "rarp: bad packet", "rarp: paquet erroné", "fr", []),
    ("nbsp-before-punctuation", "fy_flow_info: block %d", "fy_flow_info: le bloc %d", "fr", []),
    ("nbsp-before-punctuation", "a ? b : c", "a ? b : c si", "fr", []),
    ("nbsp-before-punctuation", "Warning: %s", "Attention   : %s", "fr", [":"]),
    # Spaces that begin the text or a line are indentation, not a space before the sign.
    ("nbsp-before-punctuation", "Options:\n  : none", f"Options{NBSP}:\n  : aucune", "fr", []),
    ("nbsp-before-punctuation", "  : none", "  : aucune", "fr", []),
    ("nbsp-before-punctuation", "Ready?", "Prêt ?", "fr_CA", []),
    ("nbsp-before-punctuation", "Note: x", "Note : x", "fr_CA", [":"]),
    ("nbsp-before-punctuation", "50% of cubs", "50 % des petits", "fr", ["%"]),
    ("nbsp-before-punctuation", "50% of cubs", "50% des petits", "fr", ["%"]),
    ("nbsp-before-punctuation", "50% of cubs", "50  % des petits", "fr", ["%"]),
    ("nbsp-before-punctuation", "the % sign", "le signe %", "fr", []),
    ("nbsp-before-punctuation", "50% of cubs", f"50{NNBSP}% des petits", "fr", []),
    ("nbsp-before-punctuation", "50% of cubs", "50 % der Jungen", "de", []),
    # GCC's %{ %} %< %> directives are no percent signs.
    ("nbsp-before-punctuation", "%{in GCC 10.1%}", "%{dans GCC 10.1%}", "fr", []),
    ("nbsp-before-punctuation", "in %<-O2%>", "dans %<-O2%>", "fr", []),
    ("nbsp-inside-guillemets", 'the "Amur" leopard', "le léopard « Amour »", "fr", ["«", "»"]),
    ("nbsp-inside-guillemets", 'the "Amur" leopard', f"le léopard «{NBSP}Amour{NBSP}»", "fr", []),
    ("nbsp-inside-guillemets", 'the "Amur" leopard', "der »Amur«-Leopard", "de", []),
    ("nbsp-in-number", "262,000 people", "262 000 personnes", "fr", ["262 000"]),
    ("nbsp-in-number", "262,000 people", f"262{NNBSP}000 personnes", "fr", []),
    ("nbsp-in-number", "Versions 2 100", "Versions 2 100", "fr", []),
    ("nbsp-in-number", "262,000 people", "262 000 Menschen", "de", []),
    # A number and its unit, in every language.
    ("nbsp-before-unit", "A range of 5,000 km²", "Une aire de 5 000 km²", "fr", ["5 000 km²"]),
    ("nbsp-before-unit", "A range of 5,000 km²", "A range of 5,000 km²", "en", ["5,000 km²"]),
    ("nbsp-before-unit", "It is 6 m long", "Sie ist 6 m lang", "de", ["6 m"]),
    ("nbsp-before-unit", "It is 6 m long", f"Elle mesure 6{NNBSP}m", "fr", []),
    ("nbsp-before-unit", "about 60 kg", "environ 60 kg et 6 m", "fr", ["60 kg"]),
    ("nbsp-before-unit", "%d applies", "8 s'applique", "fr", []),  # "s" before an apostrophe is no second
    ("nbsp-before-unit", "a 32-bit value", "une valeur 32 bits", "fr", ["32 bits"]),
    ("nbsp-before-unit", "in 3 months", "dans 3 mois", "fr", []),
    ("nbsp-before-unit", "type #2 m", "type #2 m", "en", []),
    # French: a count and its noun, the bounds of a range.
    ("nbsp-after-count", "30 leopards", "30 panthères", "fr", ["30 panthères"]),
    ("nbsp-after-count", "84 adults", f"84{NBSP}adultes", "fr", []),
    ("nbsp-after-count", "10 to 15 years", "10 à 15 ans", "fr", ["10 à 15"]),
    ("nbsp-after-count", "1 leopard", "1 panthère", "fr", []),  # 0 and 1 name more often than they count
    ("nbsp-after-count", "2 more", "2 de plus", "fr", []),
    ("nbsp-after-count", "version 2 files", "version 2 fichiers", "fr", []),
    ("nbsp-after-count", "IEEE 754 known", "IEEE 754 connus", "fr", []),
    ("nbsp-after-count", "30 leopards", "30 Leoparden", "de", []),
    ("nbsp-after-count", "30 leopards", "30 leopards", "fr", []),  # copied verbatim
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("name", "source", "target", "locale", "expected"), CASES)
def test_typography_checks(name, source, target, locale, expected, mode):
    if locale == "fr_CA":
        from tests.checks_support import PLURAL_FORMS

        assert "fr_CA" in PLURAL_FORMS
    assert_check_table(name, mode, source, target, locale, expected)


# --- The catalogue's own convention ------------------------------------------------------------
# (check, a target that follows French typography, one that deviates the catalogue's way)
CONVENTIONS = [
    ("nbsp-before-punctuation", f"Attention{NNBSP}: fichier {{n}}", "Attention : fichier {n}"),
    ("nbsp-before-punctuation", f"Attention{NBSP}: fichier {{n}}", "Attention: fichier {n}"),
    ("nbsp-inside-guillemets", f"le fichier «{NBSP}{{n}}{NBSP}»", "le fichier « {n} »"),
    ("nbsp-in-number", f"{{n}} : 262{NNBSP}000 lignes", "{n} : 262 000 lignes"),
    ("nbsp-before-unit", f"{{n}} fait 6{NBSP}m", "{n} fait 6 m"),
    ("nbsp-after-count", f"{{n}} compte 30{NBSP}panthères", "{n} compte 30 panthères"),
]


_CONVENTION_SOURCES = {"nbsp-before-punctuation": "Warning: file {n}", "nbsp-inside-guillemets": 'the file "{n}"',
                       "nbsp-in-number": "{n}: 262,000 lines", "nbsp-before-unit": "{n} is 6 m",
                       "nbsp-after-count": "{n} counts 30 leopards"}


def _findings(name: str, conforming: str, deviating: str, deviating_count: int, conforming_count: int):
    """A catalogue whose first `deviating_count` entries deviate and the others conform, and its
    `name` findings; each entry has its own placeholder, so that no two entries are alike."""
    from i18n.po.model import Entry
    from tests.checks_support import catalogue, run

    entries = []
    for index in range(deviating_count + conforming_count):
        target = deviating if index < deviating_count else conforming
        placeholder = f"{{n{index}}}"
        entries.append(Entry(msgid=_CONVENTION_SOURCES[name].replace("{n}", placeholder),
                             msgstr=target.replace("{n}", placeholder)))
    catalog = catalogue(entries)
    return catalog, [item for item in run(catalog) if item.check == name]


@pytest.mark.parametrize(("name", "conforming", "deviating"), CONVENTIONS)
def test_a_mostly_right_catalogue_reports_its_one_slip_at_the_entry(name, conforming, deviating):
    catalog, findings = _findings(name, conforming, deviating, deviating_count=1, conforming_count=30)
    slip = catalog.entries[0]
    assert [(item.line, item.msgid) for item in findings] == [(slip.line, slip.msgid)] * len(findings)
    assert findings and "this catalogue" not in findings[0].message


@pytest.mark.parametrize(("name", "conforming", "deviating"), CONVENTIONS)
def test_a_catalogue_that_mostly_deviates_gets_one_catalogue_finding_at_its_header(name, conforming, deviating):
    catalog, findings = _findings(name, conforming, deviating, deviating_count=40, conforming_count=3)
    assert len(findings) == 1
    assert findings[0].line == catalog.header.line
    assert findings[0].msgid == ""
    assert "this catalogue" in findings[0].message and "40" in findings[0].message


@pytest.mark.parametrize(("name", "conforming", "deviating"), CONVENTIONS)
def test_a_few_slips_without_any_no_break_space_are_still_reported_one_by_one(name, conforming, deviating):
    catalog, findings = _findings(name, conforming, deviating, deviating_count=3, conforming_count=0)
    assert sorted({item.line for item in findings}) == sorted(entry.line for entry in catalog.entries)


@pytest.mark.parametrize(("deviating_count", "conforming_count", "per_entry"), [
    (10, 10, True),   # half the places follow the convention: it is the catalogue's convention
    (11, 10, False),
    (9, 0, True),     # too few places to speak of a convention
    (10, 0, False),
])
def test_the_convention_threshold(deviating_count, conforming_count, per_entry):
    name, conforming, deviating = CONVENTIONS[0]
    _catalog, findings = _findings(name, conforming, deviating, deviating_count, conforming_count)
    assert (len(findings) == deviating_count) is per_entry
    assert (len(findings) == 1 and "this catalogue" in findings[0].message) is not per_entry


# The nbsp-in-number gate must let through every translation with a digit, a space (plain or
# no-break) and three digits, whatever the digits' script: it is two faster searches, not the one
# pattern that says so.
_GROUPED_DIGITS = re.compile(r"\d[ \u00a0\u202f]\d\d\d")


def test_digit_group_gate_is_the_pattern_it_stands_for():
    from hypothesis import given, settings, strategies as st

    from i18n.checks.base import Pair
    from i18n.checks.typography import _may_group_digits

    alphabet = st.sampled_from(["1", "٢", "۳", "٤", "7", " ", NBSP, NNBSP, "a", "é", ",", "\n"])

    @settings(max_examples=500, deadline=None)
    @given(st.lists(alphabet, max_size=14).map("".join))
    def agrees(target):
        pair = Pair("source", target, None, None, frozenset(), "en", "fr")
        assert _may_group_digits(pair) == (_GROUPED_DIGITS.search(target) is not None)

    agrees()
