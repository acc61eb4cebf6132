"""Completeness (C4xx), headers (H5xx) and the silencing flags themselves (S9xx)."""

from __future__ import annotations

import pytest

from i18n.checks.context import catalog_context
from i18n.checks.engine import CheckOptions, check_catalog
from i18n.po.model import Catalog, Entry
from tests.checks_support import catalogue, header, run


def codes(findings) -> list[str]:
    return sorted(f.check for f in findings)


@pytest.mark.parametrize(("entry", "expected"), [
    (Entry(msgid="Leopard", msgstr=""), ["untranslated"]),
    (Entry(msgid="Leopard", msgstr="Léopard"), []),
    (Entry(msgid="Leopard", msgstr="Léopard", flags=["fuzzy"]), ["fuzzy"]),
    (Entry(msgid="Leopard", msgstr="", flags=["fuzzy"]), ["fuzzy"]),
    (Entry(msgid="Leopard", msgstr="Léopard", obsolete=True), ["obsolete"]),
    (Entry(msgid="cub", msgid_plural="cubs", msgstr_plural=["petit", ""]), ["untranslated"]),
    (Entry(msgid="cub", msgid_plural="cubs", msgstr_plural=["", ""]), ["untranslated"]),
    (Entry(msgid="Leopard", msgstr="", flags=["ignore-untranslated"]), []),
])
@pytest.mark.parametrize("locale", ["fr", "de"])
def test_completeness(entry, expected, locale):
    assert codes(run(catalogue([entry], locale), select={"untranslated", "fuzzy", "obsolete"})) == expected


def test_partly_translated_plural_names_the_empty_form():
    entry = Entry(msgid="cub", msgid_plural="cubs", msgstr_plural=["petit", ""])
    [finding] = run(catalogue([entry], "fr"), select={"untranslated"})
    assert finding.subject == "msgstr[1]"


def test_source_locale_catalogue_is_not_untranslated():
    catalog = catalogue([Entry(msgid="Leopard", msgstr="")], "en")
    options = CheckOptions()
    result = check_catalog(catalog, catalog_context(catalog, "en.po", options, is_source=True), options)
    assert [f.check for f in result.findings] == []


@pytest.mark.parametrize(("catalog_entries", "template_entries", "expected"), [
    ([Entry(msgid="a", msgstr="A")], [Entry(msgid="a"), Entry(msgid="b")], ["missing-entry"]),
    ([Entry(msgid="a", msgstr="A"), Entry(msgid="old", msgstr="vieux")], [Entry(msgid="a")], ["extra-entry"]),
    ([Entry(msgid="a", msgstr="A"), Entry(msgid="old", msgstr="vieux", obsolete=True)], [Entry(msgid="a")], ["obsolete"]),
    ([Entry(msgid="a", msgstr="A", msgctxt="x")], [Entry(msgid="a")], ["extra-entry", "missing-entry"]),
])
def test_catalogue_against_template(catalog_entries, template_entries, expected):
    catalog = catalogue(catalog_entries, "fr")
    template = Catalog(entries=template_entries, header=header(None), path="messages.pot")
    options = CheckOptions()
    result = check_catalog(catalog, catalog_context(catalog, "fr.po", options), options, template=template)
    assert codes(result.findings) == expected
    missing = [f for f in result.findings if f.check == "missing-entry"]
    assert all(f.path == "messages.pot" for f in missing)


HEADER_CHECKS = {"language-missing", "language-unknown", "plural-forms-missing", "plural-forms-invalid",
                 "plural-forms-mismatch", "plural-form-count", "charset-missing", "charset-invalid", "header-missing"}


@pytest.mark.parametrize(("locale", "options", "expected"), [
    ("fr", {}, []),
    ("de", {}, []),
    (None, {"plural_forms": "nplurals=2; plural=(n != 1);"}, ["language-missing"]),
    ("xx", {"plural_forms": "nplurals=2; plural=(n != 1);"}, ["language-unknown"]),
    ("fr", {"plural_forms": ""}, ["plural-forms-missing"]),
    ("fr", {"plural_forms": "nplurals=2; plural=n/0;"}, ["plural-forms-invalid"]),
    ("fr", {"plural_forms": "nplurals=2; plural=(n >;"}, ["plural-forms-invalid"]),
    ("de", {"plural_forms": "nplurals=3; plural=(n==1 ? 0 : n==2 ? 1 : 2);"}, ["plural-forms-mismatch"]),
    ("fr", {"charset": "CHARSET"}, ["charset-missing"]),
    ("fr", {"charset": "no-such-charset"}, ["charset-invalid"]),
])
def test_header_checks(locale, options, expected):
    catalog = catalogue([Entry(msgid="Leopard", msgstr="Léopard")], locale, **options)
    assert codes(run(catalog, select=HEADER_CHECKS)) == expected


def test_header_missing():
    catalog = Catalog(entries=[Entry(msgid="Leopard", msgstr="Léopard", line=1)], header=None, path="x.po")
    assert "header-missing" in codes(run(catalog, select=HEADER_CHECKS))


@pytest.mark.parametrize(("locale", "forms", "expected"), [
    ("fr", ["petit", "petits"], []),
    ("fr", ["petit", "petits", "petitz"], ["plural-form-count"]),
    ("de", ["Junges"], ["plural-form-count"]),
    ("ja", ["子供"], []),
])
def test_each_plural_entry_has_nplurals_forms(locale, forms, expected):
    entry = Entry(msgid="cub", msgid_plural="cubs", msgstr_plural=forms)
    assert codes(run(catalogue([entry], locale), select={"plural-form-count"})) == expected


@pytest.mark.parametrize(("flags", "expected"), [
    (["ignore-number-changed"], []),
    (["ignore-number-mismatch"], []),
    (["ignore-number-chnaged"], ["number-changed", "unknown-ignore-flag"]),
    (["ignore-number-changed", "ignore-markup-mismatch"], ["unused-ignore-flag"]),
    (["ignore-typography", "ignore-number-changed"], ["unused-ignore-flag"]),
])
@pytest.mark.parametrize("locale", ["fr", "de"])
def test_silencing_flags_are_checked(flags, expected, locale):
    entry = Entry(msgid="The leopard weighs 60 kg.", msgstr="Le léopard pèse 65\u00a0kg.", flags=flags)
    assert codes(run(catalogue([entry], locale))) == expected


def test_unused_flag_on_an_untranslated_entry_is_not_judged():
    entry = Entry(msgid="The leopard weighs 60 kg.", msgstr="", flags=["ignore-number-changed"])
    assert codes(run(catalogue([entry], "fr"), select={"number-changed", "unused-ignore-flag"})) == []


def test_number_mismatch_flag_silencing_nothing_is_unused_in_a_file_checked_alone():
    # The group also silences the check across locales, which cannot run without the project.
    entry = Entry(msgid="The leopard weighs 60 kg.", msgstr="Le léopard pèse 60\u00a0kg.", flags=["ignore-number-mismatch"])
    assert codes(run(catalogue([entry], "fr"))) == ["unused-ignore-flag"]
    needed = Entry(msgid="The leopard weighs 60 kg.", msgstr="Le léopard pèse 65\u00a0kg.", flags=["ignore-number-mismatch"])
    assert codes(run(catalogue([needed], "fr"))) == []


def test_flag_for_a_check_not_selected_is_not_judged():
    entry = Entry(msgid="Leopard", msgstr="Léopard", flags=["ignore-number-changed"])
    assert codes(run(catalogue([entry], "fr"), select={"untranslated", "unused-ignore-flag"})) == []
