"""The `%` rule shared by `check` (P205) and the renderer: what Python's `%` refuses, and only that.

Python itself is the oracle for the rule (every text the rule passes formats; every text Python
refuses, the rule reports), and GNU msgfmt -c for python-format entries of any gettext project.
"""

from __future__ import annotations

import subprocess

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from i18n.checks.base import CatalogContext, GERMANIC_LAYOUT, Pair
from i18n.checks.placeholders import PercentFormat, message_value_names, percent_format_problems

NAMES = frozenset({"num", "area"})


@pytest.mark.parametrize("text, problems", [
    ("40 %% des cas", []),
    ("%(num)s ans", []),
    ("%(area)s soit %(num)d %%", []),
    ("%(num)5.1f", []),
    ("40 % des cas", ["% d"]),
    ("Donnée en %", ["%"]),
    ("%d ans", ["%d"]),
    ("%s ans", ["%s"]),
    ("%(count)s ans", ["%(count)s"]),
    ("50%-60%", ["%-60%"]),
    ("%(num ans", ["%(num ans"]),
    ("%(num)*d", ["%(num)*d"]),
    ("100 %z", ["%z"]),
    ("100 % z", ["% z"]),
])
def test_the_rule_with_named_values(text, problems):
    assert [problem.text for problem in percent_format_problems(text, NAMES)] == problems


@pytest.mark.parametrize("text, problems", [
    ("%d files", []),
    ("%s weighs %5.1f kg", []),
    ("100 %", ["%"]),
    ("%q", ["%q"]),
])
def test_the_rule_with_values_in_order(text, problems):
    assert [problem.text for problem in percent_format_problems(text, None)] == problems


percent_texts = st.lists(st.sampled_from(list("%()ds -.*0123z") + ["num", "area", "x", "é"]), max_size=12).map("".join)


@settings(max_examples=3000, deadline=None)
@given(percent_texts)
@example("%(area)d")  # found by the property in CI: a number's conversion for a text value
def test_what_the_rule_passes_python_formats_and_what_python_refuses_the_rule_reports(text):
    problems = percent_format_problems(text, NAMES, text_names=frozenset({"area"}))
    try:
        text % {"num": 3, "area": "5 000 km²"}
    except (TypeError, ValueError, KeyError):
        assert problems, text
    else:
        # Python also formats `%s` with the whole mapping ("{'num': 3}") and `%-60%` as one "%",
        # dropping the text: the rule refuses those too, and nothing else Python accepts.
        assert all(problem.text[-1] in "sra%" for problem in problems), (text, problems)


def test_plural_messages_may_use_num_the_count_jinja_passes():
    assert message_value_names("%(num)s cub", "%(num)s cubs", plural=True) == {"num"}
    assert message_value_names("One cub", "Cubs: %(count)s", plural=True) == {"count", "num"}
    assert message_value_names("Habitat loss", None, plural=False) == frozenset()


def pair(source, target, flags=()):
    return Pair(source, target, None, None, frozenset(flags), "en", "fr")


def findings(check_pair, every_message: bool):
    check = PercentFormat()
    context = CatalogContext("fr.po", "en", "fr", GERMANIC_LAYOUT, every_message_formatted=every_message)
    assert check.applies(context)
    return [problem.subject for problem in check.check_pair(check_pair)]


@pytest.mark.parametrize("source, target, flags, in_project, elsewhere", [
    # A factsheet project formats every message; another program only its python-format ones.
    ("Data in percent", "Donnée en %", (), ["%"], []),
    # Without named values, `% d` is a directive of its own there: placeholder-extra (P202) reports it.
    ("40%% of cases", "40 % des cas", ("python-format",), ["% d"], []),
    ("%(num)s years", "%d ans", ("python-format",), ["%d"], ["%d"]),
    # A program's `_("%d files") % n`: values in order, so `%d` is fine there.
    ("%d files", "%d fichiers", ("python-format",), ["%d"], []),
    ("50% off", "50 % de remise", ("c-format",), ["% d"], []),
    ("It covers %(area)s.", "Elle couvre %(area)d.", ("python-format",), ["%(area)d"], ["%(area)d"]),
])
def test_the_check_applies_to_every_message_of_a_project_and_to_python_format_elsewhere(
        source, target, flags, in_project, elsewhere):
    assert findings(pair(source, target, flags), every_message=True) == in_project
    assert findings(pair(source, target, flags), every_message=False) == elsewhere


@pytest.mark.parametrize("msgid, msgstr", [
    ("%(num)s%% of cases", "%(num)s % des cas"),
    ("%(num)s years", "%d ans"),
    ("%(num)s years", "%(num)s ans (%)"),
    ("%(num)s years", "%(num)s ans"),
    ("%(num)s%% of cases", "%(num)s %% des cas"),
    ("%d files", "%d fichiers"),
    ("%d files", "%d fichiers à 100 %"),
    # A value the source formats as text, formatted as a number: both refuse it.
    ("Its range covers %(area)s.", "Son aire couvre %(area)d."),
    ("Its range covers %(area)s.", "Son aire couvre %(area)s."),
])
def test_on_python_format_entries_check_and_msgfmt_agree(tmp_path, msgid, msgstr):
    po = tmp_path / "fr.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: fr\\n"\n\n'
        f'#, python-format\nmsgid "{msgid}"\nmsgstr "{msgstr}"\n', encoding="utf-8")
    msgfmt = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(po)], capture_output=True, text=True)
    assert (msgfmt.returncode != 0) == bool(findings(pair(msgid, msgstr, ("python-format",)), every_message=False)), \
        msgfmt.stderr
