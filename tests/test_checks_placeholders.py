"""Placeholder checks (P2xx): printf, python-format (also Jinja trans variables as Babel extracts
them), brace; run singular, plural and silenced, in French and German; msgfmt as the oracle."""

from __future__ import annotations

import subprocess

import pytest

from i18n.po.model import Entry
from tests.checks_support import MODES, assert_check_table, catalogue, run

C = ("c-format",)
PY = ("python-format",)
BRACE = ("python-brace-format",)

CASES = [
    # (check name, source, translation, locale, flags, subjects expected)
    ("placeholder-missing", "%d cubs were born", "des petits sont nés", "fr", C, ["%d"]),
    ("placeholder-missing", "%d cubs were born", "Junge wurden geboren", "de", C, ["%d"]),
    ("placeholder-missing", "%d cubs were born", "%d petits sont nés", "fr", C, []),
    ("placeholder-missing", "%s has %d cubs", "%2$d Junge hat %1$s", "de", C, []),
    ("placeholder-missing", "100%% sure: %s", "sûr à 100%% : %s", "fr", C, []),
    ("placeholder-missing", "%(count)s cubs", "des petits", "fr", PY, ["%(count)s"]),
    # A Jinja {% trans %} block's variables, as Babel extracts them.
    ("placeholder-missing", "%(population)s leopards live in %(region)s.",
     "%(population)s léopards vivent en Russie.", "fr", PY, ["%(region)s"]),
    ("placeholder-missing", "{name} runs", "court", "fr", BRACE, ["{name}"]),
    ("placeholder-missing", "{0} runs", "läuft", "de", (), ["{0}"]),
    # Without the flag, `{word}` is a word in braces (GCC's "{anonymous}") and "50% of" is text.
    ("placeholder-missing", "{anonymous} runs", "{anonyme} court", "fr", (), []),
    ("placeholder-missing", "50% of cubs", "50 % des petits", "fr", (), []),
    ("placeholder-extra", "Cubs", "%d petits", "fr", C, ["%d"]),
    ("placeholder-extra", "Cubs", "%d Junge", "de", C, ["%d"]),
    ("placeholder-extra", "%(count)s cubs", "%(count)s petits de %(mere)s", "fr", PY, ["%(mere)s"]),
    ("placeholder-extra", "{name} runs", "{name} court {vite}", "fr", BRACE, ["{vite}"]),
    ("placeholder-extra", "%s runs", "%s läuft", "de", C, []),
    ("placeholder-type-changed", "%1$s weighs %2$d kg", "%1$s pèse %2$s kg", "fr", C, ["%2$d"]),
    ("placeholder-type-changed", "%1$s weighs %2$d kg", "%1$s wiegt %2$d kg", "de", C, []),
    ("placeholder-reordered", "%s weighs %d kg", "%d kg pour %s", "fr", C, ["%d %s"]),
    # msgfmt compares argument types: flags, width, precision and `l` before a float do not count.
    ("placeholder-type-changed", "size %#llx, name %.250s", "taille %llx, nom %s", "fr", C, []),
    ("placeholder-type-changed", "every %.1fs", "alle %.1lf s", "de", C, []),
    ("placeholder-type-changed", "%s has %d cubs", "%s a %s petits", "fr", C, ["%d"]),
    ("placeholder-type-changed", "index %<PRIu64> of %s", "Index %<PRIx64> von %s", "de", C, []),
    ("placeholder-missing", "index %<PRIu64> of %s", "index de %s", "fr", C, ["%s"]),
    # A strftime pattern is not printf.
    ("placeholder-missing", "%a %b %e %H:%M:%S %Y", "%a %d %b %Y %H:%M:%S", "fr", (), []),
    ("placeholder-reordered", "%s weighs %d kg", "%2$d kg wiegt %1$s", "de", C, []),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("name", "source", "target", "locale", "flags", "expected"), CASES)
def test_placeholder_checks(name, source, target, locale, flags, expected, mode):
    assert_check_table(name, mode, source, target, locale, expected, flags)


def test_no_c_format_turns_printf_checking_off():
    entry = Entry(msgid="%d cubs", msgstr="des petits", flags=["no-c-format"])
    assert run(catalogue([entry], "fr"), select={"placeholder-missing"}) == []


def test_singular_form_may_use_the_plural_sources_placeholder():
    # French msgstr[0] serves n = 0 and 1: "%d petit" there is right although msgid has no %d.
    entry = Entry(msgid="One cub", msgid_plural="%d cubs", flags=["c-format"], msgstr_plural=["%d petit", "%d petits"])
    assert run(catalogue([entry], "fr"), select={"placeholder-extra", "placeholder-missing"}) == []


def test_one_form_language_translates_the_plural_source():
    entry = Entry(msgid="One cub", msgid_plural="%d cubs", flags=["c-format"], msgstr_plural=["子供%d匹"])
    assert run(catalogue([entry], "ja"), select={"placeholder-extra", "placeholder-missing"}) == []
    entry = Entry(msgid="One cub", msgid_plural="%d cubs", flags=["c-format"], msgstr_plural=["子供"])
    [finding] = run(catalogue([entry], "ja"), select={"placeholder-missing"})
    assert (finding.form, finding.subject) == (0, "%d")


PLURAL_ORACLE = [
    # (locale, msgstr[0], msgstr[1]); msgfmt -c decides whether the pair is acceptable.
    ("fr", "un petit", "%d petits"),
    ("de", "ein Junges", "%d Junge"),
    ("fr", "%d petit", "%d petits"),
    ("fr", "%d petit", "des petits"),
    ("de", "%d Junges", "Junge"),
    ("pl", "jedno młode", "%d młode"),
]


def _po(locale: str, forms: tuple[str, ...]) -> str:
    from tests.checks_support import PLURAL_FORMS

    lines = ['msgid ""', 'msgstr ""', f'"Language: {locale}\\n"', '"Content-Type: text/plain; charset=UTF-8\\n"',
             f'"Plural-Forms: {PLURAL_FORMS[locale]}\\n"', "", "#, c-format", 'msgid "One cub"', 'msgid_plural "%d cubs"']
    nplurals = int(PLURAL_FORMS[locale].split(";")[0].split("=")[1])
    padded = list(forms) + [forms[-1]] * (nplurals - len(forms))
    lines += [f'msgstr[{index}] "{text}"' for index, text in enumerate(padded)]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(("locale", "form0", "form1"), PLURAL_ORACLE)
def test_plural_placeholder_rules_agree_with_msgfmt(tmp_path, locale, form0, form1):
    path = tmp_path / "oracle.po"
    path.write_text(_po(locale, (form0, form1)), encoding="utf-8")
    msgfmt = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(path)], capture_output=True, text=True)
    from i18n.po.io import read_catalog

    catalog, _ = read_catalog(path)
    findings = run(catalog, select={"placeholder-missing", "placeholder-extra"})
    assert bool(findings) == (msgfmt.returncode != 0), msgfmt.stderr
