"""Catalogues with symbolic message ids (Zope, Plone, i18ndude): the checks compare a translation
with the English text of its `#. Default:` comment, msgfmt's own rules with the msgid itself."""

from __future__ import annotations

import subprocess
from dataclasses import replace

import pytest

from i18n.po.model import Entry
from i18n.po.symbolic_ids import source_text
from tests.checks_support import catalogue, run


def symbolic(msgid: str, default: str | None, msgstr: str, flags: tuple[str, ...] = ()) -> Entry:
    comments = [f'Default: "{default}"'] if default is not None else []
    return Entry(msgid=msgid, msgstr=msgstr, extracted_comments=comments, flags=list(flags))


COMPARED = {"number-changed", "number-missing", "number-added", "markup-mismatch", "placeholder-missing",
            "placeholder-extra"}


def names(entry: Entry, locale: str = "fr") -> list[str]:
    return sorted(finding.check for finding in run(catalogue([entry], locale), select=COMPARED))


@pytest.mark.parametrize(("entry", "expected"), [
    # The translation says the Default's number, not the id's.
    (symbolic("help_smtp_port", "Usually '25'.", "En général « 25 »."), []),
    (symbolic("help_smtp_port", "Usually '25'.", "En général « 52 »."), ["number-changed"]),
    (symbolic("help_smtp_port", "Usually '25'.", "En général, le port par défaut."), ["number-missing"]),
    # The id's own digits are no number of the text.
    (symbolic("description_still_failure_reason2", "Your browser may refuse cookies.",
              "Votre navigateur refuse peut-être les cookies."), []),
    # Tags are those of the Default.
    (symbolic("label_link", 'See <a href=\\"${url}\\">the list</a>.', 'Voir <a href="${url}">la liste</a>.'), []),
    (symbolic("label_link", 'See <a href=\\"${url}\\">the list</a>.', "Voir la liste."),
     ["markup-mismatch", "markup-mismatch"]),
    # Without a Default, an id has no text to compare with.
    (symbolic("monthly_day_of_month_1", None, "jour"), []),
    (symbolic("yearly_interval_2", None, "an(s)"), []),
])
def test_checks_compare_the_translation_with_the_default_text(entry, expected):
    assert names(entry) == expected


def test_a_long_default_is_read_with_its_quoted_lines():
    # i18ndude writes a Default of several lines as `#. Default: ""` and one quoted comment per line.
    entry = Entry(msgid="front-text", msgstr="<h2>Soutenez la fondation</h2><p>Un organisme 501(c)(3).</p>",
                  extracted_comments=['Default: ""', '"  <h2>Support the Foundation</h2>"',
                                      '"  <p>A 501(c)(3) charity.</p>"', "Other note"])
    assert source_text(entry) == "  <h2>Support the Foundation</h2>\n  <p>A 501(c)(3) charity.</p>"
    assert names(entry) == []
    assert names(replace(entry, msgstr="<h2>Soutenez la fondation</h2><p>Un organisme caritatif.</p>")) == [
        "number-missing", "number-missing"]


@pytest.mark.parametrize(("msgid", "has_default", "expected"), [
    ("front-text", True, "Welcome to Plone"),   # Plone's hyphenated id with its Default
    ("e-mail", False, "e-mail"),                # a hyphenated word without one is its own text
    ("utf-8", False, "utf-8"),
])
def test_a_hyphenated_id_stands_for_its_default_only_where_it_has_one(msgid, has_default, expected):
    entry = symbolic(msgid, "Welcome to Plone" if has_default else None, "Bienvenue")
    assert source_text(entry) == expected


def test_the_default_is_read_with_its_escapes():
    entry = symbolic("label_quote", 'Say \\"${name}\\"\\n', "Dites « ${name} »")
    assert source_text(entry) == 'Say "${name}"\n'


@pytest.mark.parametrize("entry", [
    Entry(msgid="Static Menu2", msgstr="Menu statique 2"),          # prose: its own text
    Entry(msgid="max_value_2", msgstr="max_value_3"),               # an id translated as an id
    symbolic("label_count", "%d files", "%d fichiers", flags=("c-format",)),  # msgfmt reads the msgid
])
def test_the_msgid_stays_the_source_where_it_is_the_text_or_msgfmt_reads_it(entry):
    assert source_text(entry) == entry.msgid


def test_msgfmt_rules_still_read_the_msgid(tmp_path):
    """A Default that ends with a newline where the msgid does not: msgfmt -c accepts the entry when
    the translation follows the msgid, and so does the check; it refuses a translation ending with
    one, and so does the check."""
    for msgstr, refused in (("Un commentaire.", False), ("Un commentaire.\\n", True)):
        path = tmp_path / "fr.po"
        path.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: fr\\n"\n\n'
                        '#. Default: "A comment.\\n"\nmsgid "mail_notification_message"\n'
                        f'msgstr "{msgstr}"\n', encoding="utf-8")
        gnu = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(path)], capture_output=True, text=True)
        ours = subprocess.run(["factsheet", "check", "--select", "newline-mismatch", str(path)],
                              capture_output=True, text=True)
        assert (gnu.returncode != 0) == refused
        assert ("newline-mismatch" in ours.stdout) == refused
