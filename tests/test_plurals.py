"""plural_forms against msginit and CLDR; the plural-expression evaluator against Python's gettext."""

from __future__ import annotations

import gettext
import re
import subprocess

import pytest

from i18n.errors import InputError
from i18n.po.plurals import compile_plural_expression, nplurals_of, parse_plural_forms, plural_count, plural_forms

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


# Languages where GNU's table agrees with CLDR on integers (GNU 0.21 has no rule for ar or zh, and
# an older one for ga: 3 forms where CLDR has 5).
@pytest.mark.parametrize("locale", ["ru", "ja", "fr", "en", "de", "pl", "cs", "sk", "lt", "sl", "ro", "uk", "hr"])
def test_same_rule_as_msginit(tmp_path, locale):
    ours = parse_plural_forms(plural_forms(locale))
    gnu = parse_plural_forms(_msginit_plural_forms(tmp_path, locale))
    assert ours.nplurals == gnu.nplurals
    assert [ours.evaluate(n) for n in range(0, 1001)] == [gnu.evaluate(n) for n in range(0, 1001)]


@pytest.mark.parametrize("locale", ["ru", "fr", "pl", "ar", "cy", "he", "ga", "hu", "haw", "kw", "yue", "ckb", "mt"])
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


@pytest.mark.parametrize("expression", ["n+", "(n", "n ? 1", "m == 1", "n == 1 :", "", "(" * 5000 + "n" + ")" * 5000])
def test_invalid_expressions(expression):
    with pytest.raises(InputError):
        compile_plural_expression(expression)
