"""Markup checks (M3xx): same HTML tags as the source; nothing that runs script in a translation."""

from __future__ import annotations

import pytest

from tests.checks_support import MODES, assert_check_table

CASES = [
    ("markup-mismatch", "<b>Amur</b> leopard", "Léopard de l'<b>Amour", "fr", ["</b>"]),
    ("markup-mismatch", "<b>Amur</b> leopard", "<b>Amurleopard</b>", "de", []),
    ("markup-mismatch", 'See the <a href="/map">map</a>.', 'Voir la <a href="/carte">carte</a>.', "fr", []),
    ("markup-mismatch", "See the map.", "Siehe die <em>Karte</em>.", "de", ["</em>", "<em>"]),
    # A usage line's metavariables are not markup, translated or not.
    ("markup-mismatch", "Usage: prune <time>", "Usage : prune <durée>", "fr", []),
    ("markup-mismatch", "<invalid condition code>", "<code de condition invalide>", "fr", []),
    # The values of the attributes no translation changes are the source's (not "alt", "title", "href").
    ("markup-mismatch", '<span size="18000"><b>Guake properties</b></span>',
     '<span size="1800"><b>Propriétés de Guake</b></span>', "fr", ['<span size="18000">']),
    ("markup-mismatch", '<span size="18000"><b>Guake properties</b></span>',
     '<span size="18000"><b>Guake-Einstellungen</b></span>', "de", []),
    ("markup-mismatch", '<strong class="mr16">Note</strong>', "<strong>Remarque</strong>", "fr",
     ['<strong class="mr16">']),
    ("markup-mismatch", '<img src="a.png" alt="2 leopards" width="16">', '<img src="a-fr.png" alt="2 léopards" width="16">',
     "fr", []),
    ("markup-mismatch", '<a class="x" href="/en/map">map</a> and <a class="y">list</a>',
     '<a class="y">liste</a> et <a class="x" href="/fr/carte">carte</a>', "fr", []),
    ("markup-script", "Read more", "Lire <script>alert(1)</script>", "fr", ["<script>"]),
    ("markup-script", "Read more", "<style>body{}</style>Mehr", "de", ["<style>"]),
    ("markup-script", 'The <a href="/map">map</a>', '<a href="javascript:alert(1)">carte</a>', "fr",
     ["javascript: URL"]),
    ("markup-script", "<b>Map</b>", '<b onclick="steal()">Karte</b>', "de", ["onclick= attribute"]),
    ("markup-script", "[map](/map)", "[carte](javascript:alert(1))", "fr", ["javascript: link"]),
    # What the source itself carries is the developer's: the translation may keep it.
    ("markup-script", "include FILE in HTML <style> output", "inclure FICHIER dans la sortie HTML <style>",
     "fr", []),
    ("markup-script", "<b>Map</b>", "<b>Karte</b>", "de", []),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("name", "source", "target", "locale", "expected"), CASES)
def test_markup_checks(name, source, target, locale, expected, mode):
    assert_check_table(name, mode, source, target, locale, expected)
