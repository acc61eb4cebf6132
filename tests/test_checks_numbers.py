"""Number checks (N1xx): tables of (source, translation, locale, expected numbers), each run as a
singular entry, as a plural entry and with the check's ignore flag."""

from __future__ import annotations

import pytest

from i18n.po.model import Entry
from tests.checks_support import MODES, assert_check_table, catalogue, run

CASES = [
    # (check name, source, translation, locale, subjects expected)
    ("number-changed", "The leopard weighs 60 kg.", "Le léopard pèse 65 kg.", "fr", ["60"]),
    ("number-changed", "The leopard weighs 60 kg.", "Der Leopard wiegt 65 kg.", "de", ["60"]),
    ("number-changed", "The leopard weighs 60 kg.", "Le léopard pèse 60 kg.", "fr", []),
    ("number-missing", "About 3 cubs.", "Quelques petits.", "fr", ["3"]),
    ("number-missing", "About 3 cubs.", "Einige Junge.", "de", ["3"]),
    ("number-missing", "About 3 cubs.", "Environ 3 petits.", "fr", []),
    ("number-added", "Cubs.", "3 petits.", "fr", ["3"]),
    ("number-added", "Cubs.", "3 Junge.", "de", ["3"]),
    ("number-added", "Cubs.", "Des petits.", "fr", []),
    ("number-foreign-style", "It runs at 1.5 m/s.", "Il court à 1.5 m/s.", "fr", ["1.5"]),
    ("number-foreign-style", "It runs at 1.5 m/s.", "Er läuft 1.5 m/s.", "de", ["1.5"]),
    ("number-foreign-style", "It runs at 1.5 m/s.", "Il court à 1,5 m/s.", "fr", []),
    ("number-foreign-style", "It runs at 1.5 m/s.", "Er läuft 1,5 m/s.", "de", []),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("name", "source", "target", "locale", "expected"), CASES)
def test_number_checks(name, source, target, locale, expected, mode):
    assert_check_table(name, mode, source, target, locale, expected)


@pytest.mark.parametrize("locale", ["fr", "de"])
def test_number_mismatch_flag_silences_every_value_check(locale):
    entry = Entry(msgid="Only 100 remain in 2020.", msgstr="Il n'en reste que 120 en 2021.",
                  flags=["ignore-number-mismatch"])
    findings = run(catalogue([entry], locale))
    assert [f.check for f in findings] == []


@pytest.mark.parametrize(("locale", "singular"), [("de", "Ein Junges wurde gesehen."), ("fr", "Un petit a été vu.")])
def test_a_form_for_one_count_may_spell_the_count_out(locale, singular):
    entry = Entry(msgid="1 cub was seen.", msgid_plural="%d cubs were seen.", flags=["c-format"],
                  msgstr_plural=[singular, "%d Junge wurden gesehen." if locale == "de" else "%d petits ont été vus."])
    findings = run(catalogue([entry], locale), select={"number-missing", "placeholder-missing"})
    assert findings == []


@pytest.mark.parametrize(("locale", "forms"), [
    ("es", ["1 firma no comprobada", "%d firmas no comprobadas"]),
    ("de", ["1 Signatur nicht geprüft", "%d Signaturen nicht geprüft"]),
])
def test_a_form_for_one_count_may_write_the_count_in_digits(locale, forms):
    entry = Entry(msgid="%d signature not checked", msgid_plural="%d signatures not checked", flags=["c-format"],
                  msgstr_plural=forms)
    assert run(catalogue([entry], locale), select={"number-added"}) == []
    # A count the form does not serve is still reported.
    wrong = Entry(msgid=entry.msgid, msgid_plural=entry.msgid_plural, flags=["c-format"],
                  msgstr_plural=["2 " + forms[0].split(" ", 1)[1], forms[1]])
    assert [f.subject for f in run(catalogue([wrong], locale), select={"number-added"})] == ["2"]


@pytest.mark.parametrize("first_form", ["%(count)s запись удалена", "Запись удалена"])
def test_a_first_form_for_many_counts_drops_the_msgid_one_for_the_count(first_form):
    # Russian msgstr[0] serves 1, 21, 31...: it rightly says the count, or nothing, for "1".
    entry = Entry(msgid="1 entry deleted", msgid_plural="%(count)s entries deleted", flags=["python-format"],
                  msgstr_plural=[first_form, "%(count)s записи удалены", "%(count)s записей удалено"])
    assert run(catalogue([entry], "ru"), select={"number-missing"}) == []
    # A number of the msgid that its plural keeps too is no count ("Page 1 of %d").
    kept = Entry(msgid="Page 1 of %d file", msgid_plural="Page 1 of %d files", flags=["c-format"],
                 msgstr_plural=["Страница из %d файла", "Страница 1 из %d файлов", "Страница 1 из %d файлов"])
    assert [(f.form, f.subject) for f in run(catalogue([kept], "ru"), select={"number-missing"})] == [(0, "1")]
    # The first form writing "1" where the msgid has the count is still reported.
    written = Entry(msgid="%(count)s entry deleted", msgid_plural="%(count)s entries deleted", flags=["python-format"],
                    msgstr_plural=["1 запись удалена", "%(count)s записи удалены", "%(count)s записей удалено"])
    assert [(f.form, f.subject) for f in run(catalogue([written], "ru"), select={"number-added"})] == [(0, "1")]


def test_a_count_placeholder_dropped_is_one_finding_of_the_check_that_compares_it():
    """Unflagged, "{count}" is the number check's; flagged python-brace-format, the placeholder check's."""
    unflagged = Entry(msgid="{count} trails within 5 km", msgstr="Sentiers à moins de 5 km", line=10)
    flagged = Entry(msgid="{count} trails within 5 km", msgstr="Sentiers à moins de 5 km", line=20,
                    flags=["python-brace-format"])
    findings = run(catalogue([unflagged, flagged], "fr"), select={"number-missing", "placeholder-missing"})
    assert [(f.line, f.code, f.subject) for f in findings] == [(10, "N101", "{count}"), (20, "P201", "{count}")]
    assert "{count}" in findings[0].message and "number it stands for" in findings[0].message
    # A form for one count only may drop it ("Un sentier"); the form for many may not.
    plural = Entry(msgid="{count} trail", msgid_plural="{count} trails", line=30,
                   msgstr_plural=["Un sentier", "Sentiers"])
    assert [(f.form, f.subject) for f in run(catalogue([plural], "fr"), select={"number-missing"})] == [(1, "{count}")]


def test_a_printf_count_dropped_is_the_number_checks_only_when_the_placeholder_checks_are_off():
    """ "%d files" / "Fichiers": P201's in a full run; N101's when only the number checks run (--select N1)."""
    entries = [Entry(msgid="%d files could not be synced.", msgstr="Impossible de synchroniser les fichiers.", line=10),
               Entry(msgid="%(n)s of %(total)s tests passed", msgstr="%(n)s tests réussis", line=20),
               Entry(msgid="Hello %s", msgstr="Bonjour", line=30),
               Entry(msgid="%d file", msgid_plural="%d files", line=40, msgstr_plural=["Un fichier", "Fichiers"])]
    full = run(catalogue(entries, "fr"), select={"number-missing", "placeholder-missing"})
    assert [(f.line, f.code, f.subject) for f in full] == [
        (10, "P201", "%d"), (20, "P201", "%(total)s"), (30, "P201", "%s"), (40, "P201", "%d")]
    alone = run(catalogue(entries, "fr"), select={"number-missing"})
    # (Not "%s", a name; nor the form for one file, which may spell its count out.)
    assert [(f.line, f.form, f.code, f.subject) for f in alone] == [
        (10, None, "N101", "%d"), (20, None, "N101", "%(total)s"), (40, 1, "N101", "%d")]
    assert "number it stands for" in alone[0].message


def test_a_form_for_many_counts_keeps_the_number():
    # Polish msgstr[1] serves 2-4, 22-24, ...: a number dropped there is a mistake.
    entry = Entry(msgid="1 cub", msgid_plural="5 cubs", msgstr_plural=["1 młode", "młode", "5 młodych"])
    findings = run(catalogue([entry], "pl"), select={"number-missing"})
    assert [(f.form, f.subject) for f in findings] == [(1, "5")]


def test_finding_points_at_the_msgid_line_and_names_the_number():
    entry = Entry(msgid="The park covers 262,000 ha.", msgstr="Le parc couvre 226 000 ha.", line=42)
    [finding] = run(catalogue([entry], "fr"), select={"number-changed"})
    assert (finding.line, finding.code, finding.subject) == (42, "N103", "262,000")
    assert "262,000" in finding.message and "226 000" in finding.message


def test_a_bound_finding_names_what_is_bounded():
    """A bounded number is a "number"; an identifier bounded the other way is named as one."""
    entries = [Entry(msgid="Keep it under 40 characters.", msgstr="Au moins 40 caractères.", line=10),
               Entry(msgid="The value must be less than maxSize.", msgstr="La valeur doit dépasser maxSize.", line=20)]
    findings = run(catalogue(entries, "fr"), select={"number-changed"})
    messages = {finding.line: finding.message for finding in findings}
    assert messages[10].startswith("number 40 of the source is a ceiling")
    assert messages[20].startswith("identifier maxSize of the source is a ceiling")
