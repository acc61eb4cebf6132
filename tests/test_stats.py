"""`factsheet stats` counts as `msgfmt --statistics` does (GNU msgfmt is the oracle), labels rows
by file where several files share a locale, and prints the same as JSON."""

from __future__ import annotations

import json
import os
import subprocess

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from i18n.cli import cli

HEADER = '''{header_flag}msgid ""
msgstr ""
"Language: {locale}\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=2; plural=(n > 1);\\n"
'''

# (fuzzy, plural, forms): every case msgfmt decides differently or the old count got wrong.
CASES = {
    "translated": (False, False, ["A"]),
    "fuzzy with empty msgstr": (True, False, [""]),
    "fuzzy": (True, False, ["B"]),
    "untranslated": (False, False, [""]),
    "plural, second form empty": (False, True, ["C", ""]),
    "plural, first form empty": (False, True, ["", "C"]),
    "plural, all empty": (False, True, ["", ""]),
    "fuzzy plural, second form empty": (True, True, ["D", ""]),
    "fuzzy plural, first form empty": (True, True, ["", "D"]),
}


def entry_text(number: int, fuzzy: bool, plural: bool, forms: list[str]) -> str:
    lines = ["#, fuzzy"] if fuzzy else []
    lines.append(f'msgid "m{number}"')
    if plural:
        lines.append(f'msgid_plural "m{number}s"')
        lines += [f'msgstr[{index}] "{form}"' for index, form in enumerate(forms)]
    else:
        lines.append(f'msgstr "{forms[0]}"')
    return "\n".join(lines) + "\n"


def catalogue(path, entries, locale="fr", fuzzy_header=False, obsolete=0):
    text = HEADER.format(locale=locale, header_flag="#, fuzzy\n" if fuzzy_header else "")
    text += "".join("\n" + entry_text(number, *case) for number, case in enumerate(entries))
    text += "".join(f'\n#~ msgid "old{number}"\n#~ msgstr "vieux"\n' for number in range(obsolete))
    path.write_text(text, encoding="utf-8")
    return path


def msgfmt_counts(path) -> tuple[int, int, int]:
    result = subprocess.run(["msgfmt", "--statistics", "-o", os.devnull, str(path)], capture_output=True,
                            text=True, env={**os.environ, "LC_ALL": "C"})
    numbers = {"translated": 0, "fuzzy": 0, "untranslated": 0}
    for part in result.stderr.strip().rstrip(".").split(", "):
        count, word = part.split(" ", 2)[:2]
        numbers[word] = int(count)
    return numbers["translated"], numbers["fuzzy"], numbers["untranslated"]


def stats_json(*paths):
    result = CliRunner().invoke(cli, ["stats", "--format", "json", *map(str, paths)])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["locales"]


@pytest.mark.parametrize("name", list(CASES))
def test_each_rule_agrees_with_msgfmt(tmp_path, name):
    path = catalogue(tmp_path / "one.po", [CASES[name]])
    [row] = stats_json(path)
    assert (row["translated"], row["fuzzy"], row["untranslated"]) == msgfmt_counts(path)


def test_the_text_output_agrees_with_msgfmt_and_counts_obsolete_apart(tmp_path):
    path = catalogue(tmp_path / "all.po", list(CASES.values()), fuzzy_header=True, obsolete=2)
    [row] = stats_json(path)
    assert (row["translated"], row["fuzzy"], row["untranslated"]) == msgfmt_counts(path) == (2, 2, 5)
    assert row["obsolete"] == 2 and row["total"] == 9 and row["percent_translated"] == 22.2
    text = CliRunner().invoke(cli, ["stats", str(path)]).stdout.splitlines()
    assert text[1].split() == ["fr", "2", "2", "5", "2", "22.2%"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(list(CASES.values())), min_size=1, max_size=12))
def test_any_mix_agrees_with_msgfmt(tmp_path_factory, entries):
    path = catalogue(tmp_path_factory.mktemp("mix") / "mix.po", entries)
    [row] = stats_json(path)
    assert (row["translated"], row["fuzzy"], row["untranslated"]) == msgfmt_counts(path)


def test_rows_are_labelled_by_file_where_files_share_a_locale(tmp_path):
    first = catalogue(tmp_path / "app-fr.po", [CASES["translated"]])
    second = catalogue(tmp_path / "doc-fr.po", [CASES["untranslated"]])
    german = catalogue(tmp_path / "de.po", [CASES["translated"]], locale="de")
    rows = stats_json(first, second, german)
    assert [row["label"] for row in rows] == [str(first), str(second), "de"]
    assert [row["locale"] for row in rows] == ["fr", "fr", "de"]
    text = CliRunner().invoke(cli, ["stats", str(first), str(second), str(german)]).stdout.splitlines()
    assert [line.split()[0] for line in text[1:]] == [str(first), str(second), "de"]
    # The text and the JSON say the same.
    for line, row in zip(text[1:], rows):
        assert line.split()[1:5] == [str(row[key]) for key in ("translated", "fuzzy", "untranslated", "obsolete")]


@pytest.mark.parametrize("entries", [[CASES["translated"]], list(CASES.values())], ids=["one", "every case"])
def test_compile_reports_the_messages_msgfmt_writes(tmp_path, entries):
    path = catalogue(tmp_path / "some.po", entries)
    result = CliRunner().invoke(cli, ["compile", "-o", str(tmp_path / "some.mo"), str(path)])
    assert result.exit_code == 0, result.output
    translated = msgfmt_counts(path)[0]
    noun = "message" if translated == 1 else "messages"
    assert result.stdout.strip().endswith(f": written ({translated} {noun})")
