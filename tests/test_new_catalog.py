"""new_catalog against `msginit --no-translator` (GNU gettext 0.21)."""

from __future__ import annotations

import subprocess

import pytest

from i18n.errors import InputError
from i18n.po.model import Entry
from i18n.po.header import GNU_ORDER as GNU_HEADER_ORDER
from i18n.po.new_catalog import new_catalog
from i18n.po.parse import parse_po

TEMPLATE = """\
# SOME DESCRIPTIVE TITLE.
# Copyright (C) YEAR THE PACKAGE'S COPYRIGHT HOLDER
# This file is distributed under the same license as the PACKAGE package.
# FIRST AUTHOR <EMAIL@ADDRESS>, YEAR.
#
#, fuzzy
msgid ""
msgstr ""
"Project-Id-Version: demo 1.2\\n"
"Report-Msgid-Bugs-To: bugs@example.org\\n"
"POT-Creation-Date: 2021-05-05 10:00+0000\\n"
"PO-Revision-Date: YEAR-MO-DA HO:MI+ZONE\\n"
"Last-Translator: FULL NAME <EMAIL@ADDRESS>\\n"
"Language-Team: LANGUAGE <LL@li.org>\\n"
"Language: \\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=CHARSET\\n"
"Content-Transfer-Encoding: 8bit\\n"
"Plural-Forms: nplurals=INTEGER; plural=EXPRESSION;\\n"

#. shown on the home page
#: templates/home.html:3
#, python-format
msgid "Hello %(name)s"
msgstr ""

msgctxt "menu"
msgid "Open"
msgstr ""

#: templates/list.html:9
msgid "%(n)d file"
msgid_plural "%(n)d files"
msgstr[0] ""
msgstr[1] ""
"""


def _msginit(tmp_path, locale: str, template_text: str = TEMPLATE):
    pot = tmp_path / "messages.pot"
    pot.write_text(template_text, encoding="utf-8")
    output = subprocess.run(
        ["msginit", "--no-translator", "-l", locale, "-i", str(pot), "-o", "-"],
        check=True,
        capture_output=True,
    ).stdout
    return parse_po(pot.read_bytes(), str(pot)), parse_po(output, "msginit-output")


def _comparable(entry: Entry):
    return {name: getattr(entry, name) for name in Entry.__slots__ if name != "line"}


@pytest.mark.parametrize("locale", ["fr", "ru", "pl", "ja", "de"])
def test_like_msginit(tmp_path, locale):
    template, gnu = _msginit(tmp_path, locale)
    ours = new_catalog(template, locale)
    assert [_comparable(e) for e in ours.entries] == [_comparable(e) for e in gnu.entries]
    ours_fields = dict(ours.header_fields())
    gnu_fields = dict(gnu.header_fields())
    # msginit picks the charset from the user's locale; we always write UTF-8.
    assert ours_fields.pop("Content-Type") == "text/plain; charset=UTF-8"
    gnu_fields.pop("Content-Type")
    assert ours_fields == gnu_fields
    assert [name for name, _value in ours.header_fields()] == list(GNU_HEADER_ORDER)
    assert not ours.header.fuzzy


def test_plural_entries_get_the_locale_number_of_forms(tmp_path):
    template, _gnu = _msginit(tmp_path, "fr")
    for locale, forms in (("ru", 3), ("ja", 1), ("ar", 6)):
        plural = [entry for entry in new_catalog(template, locale).entries if entry.is_plural]
        assert [len(entry.msgstr_plural) for entry in plural] == [forms]


def test_reproducible_and_dated_from_the_template(tmp_path):
    template, _gnu = _msginit(tmp_path, "fr")
    first = new_catalog(template, "fr", project_id="factsheet 0.1")
    second = new_catalog(template, "fr", project_id="factsheet 0.1")
    assert first == second
    assert first.header_field("Project-Id-Version") == "factsheet 0.1"
    assert first.header_field("PO-Revision-Date") == "2021-05-05 10:00+0000"
    assert any("2021" in comment for comment in first.header.translator_comments)


@pytest.mark.parametrize("locale", ["xx", "english", "fr_ZZZ9"])
def test_unknown_locale_is_input_error(tmp_path, locale):
    template, _gnu = _msginit(tmp_path, "fr")
    with pytest.raises(InputError, match="unknown locale"):
        new_catalog(template, locale)


OWN_COMMENTS = TEMPLATE.replace("# SOME DESCRIPTIVE TITLE.\n", "# Demo site strings.\n# Reviewed by the PACKAGE team\n")


@pytest.mark.parametrize("locale, template_text", [("ru", TEMPLATE), ("fr", TEMPLATE), ("de", OWN_COMMENTS)])
def test_written_like_msginit_but_for_clock_and_charset(tmp_path, locale, template_text):
    import re

    from i18n.po.write import format_po

    template, _gnu = _msginit(tmp_path, locale, template_text)
    gnu_bytes = subprocess.run(
        ["msginit", "--no-translator", "-l", locale, "-i", str(tmp_path / "messages.pot"), "-o", "-"],
        check=True,
        capture_output=True,
    ).stdout.decode("utf-8")
    # msginit stamps the copyright year from the clock and the charset from the user's locale.
    gnu_bytes = re.sub(r"(Copyright \(C\) |Automatically generated, )\d{4}", r"\g<1>2021", gnu_bytes)
    gnu_bytes = re.sub(r"charset=[A-Za-z0-9-]+", "charset=UTF-8", gnu_bytes)
    assert format_po(new_catalog(template, locale)).decode("utf-8") == gnu_bytes
