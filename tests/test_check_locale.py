"""Which locale a catalogue is checked in when its header does not say: many real catalogues have
no Language field (written before gettext 0.18, or Django's `"Language: \\n"`), yet their team or
their file name says it, and msginit/msgmerge read the team the same way."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

PAIR = ('msgid "Cortex-A53 boards: 262,000 sold"\n'
        'msgstr "Cartes Cortex-A8 : 226 000 vendues"\n')


def _msginit_catalogue(tmp_path: Path, locale: str) -> str:
    """A real header, as msginit writes it for `locale`, with the pair above."""
    pot = tmp_path / "messages.pot"
    pot.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                   + PAIR.replace('msgstr "Cartes Cortex-A8 : 226 000 vendues"', 'msgstr ""'), encoding="utf-8")
    made = subprocess.run(["msginit", "--no-translator", "-l", locale, "-i", str(pot), "-o", "-"],
                          capture_output=True, text=True, check=True, cwd=tmp_path).stdout
    return made.replace('msgstr ""\n\n', 'msgstr ""\n', 1).rsplit('msgstr ""', 1)[0] + PAIR.split("\n")[1] + "\n"


def _check(path: Path) -> list[dict]:
    result = subprocess.run(["factsheet", "check", "--format", "json", str(path)], capture_output=True, text=True)
    assert result.returncode in (0, 1), result.stderr
    return json.loads(result.stdout)["findings"]


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _without_language(text: str) -> str:
    return "".join(line for line in text.splitlines(True) if not line.startswith('"Language: '))


@pytest.mark.parametrize("where", ["po/fr.po", "locale/fr/LC_MESSAGES/django.po", "po/app.fr.po",
                                   "translations/fr_FR.po"])
def test_a_catalogue_without_language_is_checked_in_the_locale_its_file_name_gives(tmp_path, where):
    text = _without_language(_msginit_catalogue(tmp_path, "fr"))
    assert "Language:" not in text
    findings = _check(_write(tmp_path / where, text))
    assert {item["check"] for item in findings} >= {"number-changed", "language-missing"}
    [missing] = [item for item in findings if item["check"] == "language-missing"]
    assert "checked as fr" in missing["message"] and "file name" in missing["message"]


def test_an_empty_language_falls_back_to_the_language_team(tmp_path):
    # msginit --no-translator writes "Language-Team: none"; a team's own catalogue names the team.
    text = _msginit_catalogue(tmp_path, "fr").replace("Language-Team: none", "Language-Team: French <traduc@traduc.org>")
    assert '"Language-Team: French <' in text
    text = "".join('"Language: \\n"\n' if line.startswith('"Language: ') else line for line in text.splitlines(True))
    findings = _check(_write(tmp_path / "messages.po", text))
    assert "number-changed" in {item["check"] for item in findings}
    [missing] = [item for item in findings if item["check"] == "language-missing"]
    assert "checked as fr" in missing["message"] and "Language-Team" in missing["message"]


@pytest.mark.parametrize("where", ["messages.po", "po/main.po", "fr/messages.po"])
def test_nothing_names_a_locale_then_no_locale_is_guessed(tmp_path, where):
    text = _without_language(_msginit_catalogue(tmp_path, "fr"))
    assert '"Language-Team: none' in text
    findings = _check(_write(tmp_path / where, text))
    [missing] = [item for item in findings if item["check"] == "language-missing"]
    assert "checked as" not in missing["message"]
    assert "number-changed" not in {item["check"] for item in findings}


def test_the_header_language_wins_over_the_file_name(tmp_path):
    text = _msginit_catalogue(tmp_path, "fr")
    findings = _check(_write(tmp_path / "de.po", text))
    assert "language-missing" not in {item["check"] for item in findings}
    # French rules: "226 000" is read as a French number, so the change is reported as a change.
    assert "number-changed" in {item["check"] for item in findings}


def test_a_zope_catalogue_is_checked_in_its_language_code(tmp_path):
    # i18ndude writes Plone's catalogues with "Language-Code: de" and no Language field.
    text = _without_language(_msginit_catalogue(tmp_path, "fr"))
    text = text.replace('"Language-Team: none\\n"\n', '"Language-Team: Plone i18n <plone-i18n@lists.sourceforge.net>\\n"\n'
                        '"Language-Code: fr\\n"\n')
    assert '"Language-Code: fr' in text
    findings = _check(_write(tmp_path / "plone.po", text))
    assert "number-changed" in {item["check"] for item in findings}
    [missing] = [item for item in findings if item["check"] == "language-missing"]
    assert "checked as fr" in missing["message"] and "Language-Code" in missing["message"]
