"""French typography (T6xx): no-break spaces before ; : ! ? %, inside « », between digit groups.
Quiet on what is not prose: URLs, times, placeholders, entities, texts copied verbatim, other languages."""

from __future__ import annotations

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
    ("nbsp-before-punctuation", "Ready?", "Prêt ?", "fr_CA", []),
    ("nbsp-before-punctuation", "Note: x", "Note : x", "fr_CA", [":"]),
    ("nbsp-before-punctuation", "50% of cubs", "50 % des petits", "fr", ["%"]),
    ("nbsp-before-punctuation", "50% of cubs", "50% des petits", "fr", ["%"]),
    ("nbsp-before-punctuation", "50% of cubs", f"50{NNBSP}% des petits", "fr", []),
    ("nbsp-before-punctuation", "50% of cubs", "50 % der Jungen", "de", []),
    ("nbsp-inside-guillemets", 'the "Amur" leopard', "le léopard « Amour »", "fr", ["«", "»"]),
    ("nbsp-inside-guillemets", 'the "Amur" leopard', f"le léopard «{NBSP}Amour{NBSP}»", "fr", []),
    ("nbsp-inside-guillemets", 'the "Amur" leopard', "der »Amur«-Leopard", "de", []),
    ("nbsp-in-number", "262,000 people", "262 000 personnes", "fr", ["262 000"]),
    ("nbsp-in-number", "262,000 people", f"262{NNBSP}000 personnes", "fr", []),
    ("nbsp-in-number", "Versions 2 100", "Versions 2 100", "fr", []),
    ("nbsp-in-number", "262,000 people", "262 000 Menschen", "de", []),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("name", "source", "target", "locale", "expected"), CASES)
def test_typography_checks(name, source, target, locale, expected, mode):
    if locale == "fr_CA":
        from tests.checks_support import PLURAL_FORMS

        assert "fr_CA" in PLURAL_FORMS
    assert_check_table(name, mode, source, target, locale, expected)
