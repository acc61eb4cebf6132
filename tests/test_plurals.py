"""plural_forms against msginit and CLDR; the plural-expression evaluator against Python's gettext."""

from __future__ import annotations

import gettext
import re
import subprocess

import pytest

from i18n.errors import InputError
from i18n.po.plurals import (
    GNU_PLURAL_TABLE,
    PLACEHOLDER,
    check_plural_forms,
    compile_plural_expression,
    nplurals_of,
    parse_plural_forms,
    plural_count,
    plural_forms,
)

POT = """\
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=INTEGER; plural=EXPRESSION;\\n"

msgid "x"
msgstr ""
"""


@pytest.mark.parametrize(
    "locale, nplurals, samples",
    [
        ("ru", 3, {1: 0, 2: 1, 5: 2, 11: 2, 21: 0, 22: 1}),
        ("ja", 1, {0: 0, 1: 0, 7: 0}),
        ("fr", 2, {0: 0, 1: 0, 2: 1}),
        ("en", 2, {0: 1, 1: 0, 2: 1}),
        ("pl", 3, {1: 0, 2: 1, 5: 2, 12: 2, 22: 1}),
        ("ar", 6, {0: 0, 1: 1, 2: 2, 3: 3, 11: 4, 99: 4, 100: 5, 102: 5, 111: 4}),
        ("hu", 2, {1: 0, 2: 1}),
        ("pt-BR", 2, {0: 0, 1: 0, 2: 1}),
        ("de_CH", 2, {1: 0, 2: 1}),
    ],
)
def test_expected_forms(locale, nplurals, samples):
    rule = parse_plural_forms(plural_forms(locale))
    assert rule.nplurals == nplurals
    assert {n: rule.evaluate(n) for n in samples} == samples


def _msginit_plural_forms(tmp_path, locale: str) -> str:
    pot = tmp_path / "t.pot"
    pot.write_text(POT, encoding="utf-8")
    output = subprocess.run(
        ["msginit", "--no-translator", "-l", locale, "-i", str(pot), "-o", "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    joined = re.sub(r'"\n"', "", output)
    return re.search(r"Plural-Forms: (.*?)\\n", joined).group(1)


# Every language of GNU's plural table, a catalogue name of its own (pt_BR), territories and a
# modifier that fall back to the language, as msginit looks them up.
GNU_LOCALES = sorted(GNU_PLURAL_TABLE) + ["pt_PT", "fr_CA", "de_CH", "nb_NO", "sr_RS", "en_GB", "es_MX", "sr@latin"]


@pytest.mark.parametrize("locale", GNU_LOCALES)
def test_same_text_as_msginit(tmp_path, locale):
    assert plural_forms(locale) == _msginit_plural_forms(tmp_path, locale)
    assert plural_count(locale) == nplurals_of(_msginit_plural_forms(tmp_path, locale))


@pytest.mark.parametrize("locale", ["ar", "zh", "cy", "mt", "is", "ka"])
def test_outside_gnu_table_msginit_leaves_the_placeholder_and_cldr_decides(tmp_path, locale):
    assert _msginit_plural_forms(tmp_path, locale) == PLACEHOLDER
    rule = parse_plural_forms(plural_forms(locale))
    assert rule.nplurals == plural_count(locale) >= 1


# Languages outside GNU's table (which gives ga 3 forms and he 2, where CLDR has 5 and 3).
@pytest.mark.parametrize("locale", ["ar", "cy", "haw", "kw", "yue", "ckb", "mt", "gd", "br", "is", "mk", "zh"])
def test_every_integer_gets_the_form_of_its_cldr_category(locale):
    """Forms follow CLDR's integer categories in CLDR order, and none of them is unreachable."""
    from babel import Locale

    cldr = Locale.parse(locale).plural_form
    rule = parse_plural_forms(plural_forms(locale))
    categories = [tag for tag in ("zero", "one", "two", "few", "many", "other") if tag in {cldr(n) for n in range(1001)}]
    assert rule.nplurals == len(categories)
    assert all(rule.evaluate(n) == categories.index(cldr(n)) for n in range(1001))


@pytest.mark.parametrize("locale", ["ru", "fr", "pl", "ar", "cy", "he", "ga", "hu", "haw", "kw", "yue", "ckb", "mt",
                                    "en", "ja", "pt_BR", "lv", "br", "gd", "tr"])
def test_plural_count_is_the_nplurals_of_plural_forms(locale):
    assert plural_count(locale) == nplurals_of(plural_forms(locale))


@pytest.mark.parametrize("locale", ["xx", "zz_QQ", "", "not a locale"])
def test_unknown_locale(locale):
    with pytest.raises(InputError) as raised:
        plural_forms(locale)
    assert str(raised.value) == f"unknown locale {locale!r}"
    assert raised.value.exit_code == 2


def _all_table_expressions():
    from babel.messages.plurals import PLURALS

    return sorted({expression for _nplurals, expression in PLURALS.values()})


@pytest.mark.parametrize("expression", _all_table_expressions())
def test_evaluator_agrees_with_python_gettext(expression):
    ours = compile_plural_expression(expression)
    reference = gettext.c2py(expression)
    assert [ours(n) for n in range(0, 300)] == [reference(n) for n in range(0, 300)]


@pytest.mark.parametrize(
    "value, expected",
    [("nplurals=3; plural=n%3;", 3), ("nplurals = 1; plural=0;", 1), (" nplurals=6; plural=(n==0 ? 0 : 5);", 6)],
)
def test_nplurals_of(value, expected):
    assert nplurals_of(value) == expected


@pytest.mark.parametrize("value", ["", "plural=n;", "nplurals=x; plural=n;", "nplurals=0; plural=0;"])
def test_nplurals_of_rejects(value):
    with pytest.raises(InputError):
        nplurals_of(value)


@pytest.mark.parametrize("expression", ["n+", "(n", "n ? 1", "m == 1", "n == 1 :", "", "(" * 10000 + "n" + ")" * 10000])
def test_invalid_expressions(expression):
    with pytest.raises(InputError):
        compile_plural_expression(expression)


# Values msgfmt -c must judge as we do: nesting up to bison's stack limit, division by zero that a
# short-circuit avoids or not, wrap-around to "negative" values, nplurals beyond unsigned long.
HEADER_VALUES = [
    "nplurals=2; plural=n/0;",
    "nplurals=2; plural=n%0;",
    "nplurals=2; plural=n != 0 && 1/n;",
    "nplurals=2; plural=n == 0 ? 0 : 5/n > 1;",
    "nplurals=2; plural=(n == 0 || 7%n) ? 1 : 0;",
    "nplurals=2; plural=0 ? n/0 : 1;",
    "nplurals=2; plural=1 ? n/0 : 1;",
    "nplurals=2; plural=0 - n;",
    "nplurals=2; plural=n+;",
    "nplurals=2; plural=n ? 1;",
    "nplurals=2; plural=!!!n;",
    "nplurals=3; plural=n == 1 ? 0 : n == 2 ? 1 : 2;",
    "nplurals=3; plural=n > 1 ? n > 2 ? 2 : 1 : 0;",
    "nplurals=1; plural=n;",
    "nplurals=0; plural=0;",
    "nplurals=x; plural=0;",
    "nplurals=99999999999999999999; plural=n != 1;",
    "nplurals= 2; plural=n != 1;",
    "nplurals=2;plural=n!=1",
    "nplurals=2; xplural=n!=1;",
    "nplurals=2; plural= (n != 1);",
    "nplurals=2; plural=" + "+".join(["n"] * 1500) + ";",
    "nplurals=99999; plural=" + "+".join(["n"] * 1500) + ";",
    "nplurals=2; plural=" + "(" * 9995 + "n != 1" + ")" * 9995 + ";",
    "nplurals=2; plural=" + "(" * 9996 + "n != 1" + ")" * 9996 + ";",
    "nplurals=2; plural=" + "!" * 9997 + "n;",
    "nplurals=2; plural=" + "!" * 9998 + "n;",
    "nplurals=2; plural=" + "n ? " * 4997 + "1" + " : 0" * 4997 + ";",
    "nplurals=2; plural=" + "n ? " * 4998 + "1" + " : 0" * 4998 + ";",
    "nplurals=2; plural=" + "0 ? 0 : " * 2499 + "n != 1;",
    "nplurals=2; plural=" + "0 ? 0 : " * 2500 + "n != 1;",
    "nplurals=9; plural=" + "n + (" * 3332 + "0" + ")" * 3332 + " > 5;",
    "nplurals=9; plural=" + "n + (" * 3333 + "0" + ")" * 3333 + " > 5;",
]


def _msgfmt_problem(tmp_path, value: str) -> str | None:
    po = tmp_path / "p.po"
    po.write_text(f'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Plural-Forms: {value}\\n"\n',
                  encoding="utf-8")
    result = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(po)], capture_output=True, text=True)
    errors = [line.split(":", 2)[2].strip() for line in result.stderr.splitlines()
              if line.startswith(str(po)) and "warning:" not in line]
    assert (result.returncode == 0) == (not errors)
    return errors[0] if errors else None


@pytest.mark.parametrize("value", HEADER_VALUES, ids=range(len(HEADER_VALUES)))
def test_plural_forms_judged_as_msgfmt_c_judges_them(tmp_path, value):
    assert check_plural_forms(value).problem == _msgfmt_problem(tmp_path, value)


def test_unusable_value_raises_gnus_message():
    with pytest.raises(InputError, match="plural expression can produce division by zero"):
        parse_plural_forms("nplurals=2; plural=n%0;")


CATALOGUE = """\
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: {value}\\n"

msgid "a"
msgid_plural "as"
msgstr[0] "x"
msgstr[1] "y"
"""


@pytest.mark.parametrize("expression", ["n/0", "n%0", "(n != 1) + n%(n-n)"])
def test_check_compile_and_update_all_refuse_what_the_one_rule_refuses(tmp_path, expression):
    po = tmp_path / "d.po"
    text = CATALOGUE.format(value=f"nplurals=2; plural={expression};")
    po.write_text(text, encoding="utf-8")
    (tmp_path / "d.pot").write_text('msgid "a"\nmsgid_plural "as"\nmsgstr[0] ""\nmsgstr[1] ""\n', encoding="utf-8")
    runs = {
        name: subprocess.run(["factsheet", *args], capture_output=True, text=True, cwd=tmp_path)
        for name, args in {
            "update": ["update", "-t", "d.pot", "d.po"],
            "compile": ["compile", "d.po", "-o", "d.mo"],
            "check": ["check", "d.po"],
        }.items()
    }
    gnu = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", "d.po"], capture_output=True, text=True, cwd=tmp_path)
    for name, run in runs.items():
        assert "Traceback" not in run.stderr
        # compile names the line msgfmt names (the header's msgstr); check and update the header's entry.
        where = "d.po:2:" if name == "compile" else "d.po:1:"
        assert where in run.stdout + run.stderr, name
        assert name != "compile" or f"{where} plural expression can produce division by zero" in gnu.stderr
        assert "plural expression can produce division by zero" in run.stdout + run.stderr, name
    assert runs["update"].returncode == 2 and runs["update"].stderr.count("\n") == 1
    assert runs["compile"].returncode != 0 and runs["check"].returncode != 0
    assert po.read_text(encoding="utf-8") == text
    assert not (tmp_path / "d.mo").exists()


@pytest.mark.parametrize("nplurals", ["101", "99999999999999999999"])
def test_update_refuses_more_forms_than_gnu_calls_sensible(tmp_path, nplurals):
    po = tmp_path / "d.po"
    po.write_text(CATALOGUE.format(value=f"nplurals={nplurals}; plural=n != 1;"), encoding="utf-8")
    (tmp_path / "d.pot").write_text('msgid "b"\nmsgid_plural "bs"\nmsgstr[0] ""\nmsgstr[1] ""\n', encoding="utf-8")
    run = subprocess.run(["factsheet", "update", "-t", "d.pot", "d.po"], capture_output=True, text=True, cwd=tmp_path)
    assert run.returncode == 2
    assert run.stderr.startswith("factsheet: error: d.po:1: invalid Plural-Forms: nplurals = ")
    assert run.stderr.count("\n") == 1


def test_update_keeps_the_pot_placeholder_like_msgmerge(tmp_path):
    po = tmp_path / "d.po"
    po.write_text(CATALOGUE.format(value=PLACEHOLDER), encoding="utf-8")
    (tmp_path / "d.pot").write_text('msgid "a"\nmsgid_plural "as"\nmsgstr[0] ""\nmsgstr[1] ""\n', encoding="utf-8")
    run = subprocess.run(["factsheet", "update", "-t", "d.pot", "d.po"], capture_output=True, text=True, cwd=tmp_path)
    gnu = subprocess.run(["msgmerge", "-q", "d.po", "d.pot", "-o", "-"], capture_output=True, text=True, cwd=tmp_path)
    assert run.returncode == 0
    assert po.read_text(encoding="utf-8") == gnu.stdout


HOSTILE_VALUES = [
    "nplurals=99999999999999999999; plural=n != 1;",
    "nplurals=2; plural=" + "+".join(["n"] * 1500) + ";",
    "nplurals=1501; plural=" + "+".join(["n"] * 1500) + ";",
    "nplurals=2; plural=" + "(" * 1500 + "n != 1" + ")" * 1500 + ";",
    "nplurals=2; plural=" + "(" * 20000 + "n != 1" + ")" * 20000 + ";",
]


@pytest.mark.parametrize("value", HOSTILE_VALUES, ids=range(len(HOSTILE_VALUES)))
def test_hostile_plural_forms_give_one_line_verdicts_and_compile_agrees_with_msgfmt(tmp_path, value):
    po = tmp_path / "d.po"
    po.write_text(CATALOGUE.format(value=value), encoding="utf-8")
    (tmp_path / "d.pot").write_text('msgid "a"\nmsgid_plural "as"\nmsgstr[0] ""\nmsgstr[1] ""\n', encoding="utf-8")
    gnu = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", "d.po"], capture_output=True, cwd=tmp_path)
    for args in (["check", "d.po"], ["compile", "d.po", "-o", "d.mo"], ["update", "-t", "d.pot", "d.po"]):
        run = subprocess.run(["factsheet", *args], capture_output=True, text=True, cwd=tmp_path)
        assert "Traceback" not in run.stderr and run.returncode in (0, 1, 2)
        if run.returncode and args[0] != "check":
            assert run.stderr.startswith("factsheet: error: d.po:") and run.stderr.count("\n") == 1
        if args[0] == "compile":
            assert (run.returncode == 0) == (gnu.returncode == 0)
