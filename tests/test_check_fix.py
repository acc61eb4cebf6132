"""`factsheet check --fix` and `--diff`: only safe fixes, only the fixed lines change, GNU accepts the result.

The catalogues are made in the test and put in msgcat's form by msgcat itself, so that "nothing
else changed" can be judged byte for byte, and GNU msgfmt -c and msgcat are the oracles.
"""

from __future__ import annotations

import difflib
import json
import shutil
import subprocess

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from i18n.checks.base import Pair
from i18n.checks.fixes import apply_edits
from i18n.checks.number_checks import NumberForeignStyle
from i18n.checks.typography import NoBreakSpaceBeforePunctuation, _masking_steps, _origin, masked, masked_with_origin
from i18n.cli import cli
from i18n.po.parse import parse_po

NBSP, NNBSP = "\u00a0", "\u202f"

HEADER = '''# French translation of the leopard sheet.
# A translator, 2024.
#
msgid ""
msgstr ""
"Project-Id-Version: leopard 1.0\\n"
"Language: fr\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset={charset}\\n"
"Content-Transfer-Encoding: 8bit\\n"
"Plural-Forms: nplurals=2; plural=(n > 1);\\n"
'''

ENTRIES = '''
#. Shown under the chart.
#: sheet.html:10 sheet.html:42
#, c-format
msgid "Range: %s"
msgstr "Aire de répartition : %s"

#: sheet.html:12
msgid "Are they safe? Not yet!"
msgstr "Sont-elles à l'abri? Pas encore !"

#: sheet.html:14
msgid "The word \\"cub\\" means a young leopard"
msgstr "Le mot « petit» désigne un jeune léopard"

#: sheet.html:16
msgid "About 262,000 people live in the region, which is a long sentence that wraps over several lines in the file."
msgstr "Environ 262,000 personnes vivent dans la région, une longue phrase qui tient sur plusieurs lignes dans le fichier : elle est coupée."

#: sheet.html:18
msgid "An area of 5,000 square kilometres"
msgstr "Une aire de 5 000 kilomètres carrés"

#: sheet.html:20
msgid "About 3 m long"
msgstr "Environ 1.5 m de long"

#: sheet.html:22
#, c-format
msgid "%d leopard counted: 50%% of them"
msgid_plural "%d leopards counted: 50%% of them"
msgstr[0] "%d panthère comptée : 50 %% d'entre elles"
msgstr[1] "%d panthères comptées: 50 %% d'entre elles ; fin"

#: sheet.html:24
#, fuzzy
#| msgid "Old: text"
msgid "New: text"
msgstr "Ancien : texte"

#: sheet.html:26
msgid "Note: the figures are estimates"
msgstr "Note : les chiffres sont des estimations"

#: sheet.html:28
msgid "Already right: yes"
msgstr "Déjà juste\u00a0: oui"

#~ msgid "Gone: away"
#~ msgstr "Parti : loin"
'''


def gnu_catalogue(tmp_path, name="fr.po", charset="UTF-8", newline="\n"):
    """A real-shaped catalogue as msgcat writes it (the form GNU tools keep)."""
    raw = tmp_path / f"raw-{name}"
    raw.write_text(HEADER.format(charset=charset) + ENTRIES, encoding="utf-8")
    path = tmp_path / name
    subprocess.run(["msgcat", "--to-code", charset, "-o", str(path), str(raw)], check=True)
    if newline != "\n":
        path.write_bytes(path.read_bytes().replace(b"\n", newline.encode()))
    return path


def run(*args):
    return CliRunner().invoke(cli, ["check", *map(str, args)])


def msgstr_region_lines(data: bytes) -> set[int]:
    """0-based numbers of the lines that hold a live msgstr or msgstr[n] and its continuations."""
    lines = data.split(b"\n")
    region, inside = set(), False
    for number, line in enumerate(lines):
        if line.startswith(b"msgstr"):
            inside = True
        elif not line.startswith(b'"'):
            inside = False
        if inside:
            region.add(number)
    return region


def changed_lines(before: bytes, after: bytes) -> tuple[set[int], set[int]]:
    matcher = difflib.SequenceMatcher(a=before.split(b"\n"), b=after.split(b"\n"), autojunk=False)
    old, new = set(), set()
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if tag != "equal":
            old |= set(range(a1, a2))
            new |= set(range(b1, b2))
    return old, new


def test_fix_changes_only_the_fixed_translations_and_gnu_accepts_the_result(tmp_path):
    path = gnu_catalogue(tmp_path)
    before = path.read_bytes()
    result = run("--fix", path)
    after = path.read_bytes()

    assert "Fixed 17 findings" in result.output, result.output
    old, new = changed_lines(before, after)
    assert old and old <= msgstr_region_lines(before)
    assert new <= msgstr_region_lines(after)
    # GNU: msgfmt -c accepts it and msgcat writes exactly these bytes.
    subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(path)], check=True)
    assert subprocess.run(["msgcat", str(path)], check=True, capture_output=True).stdout == after

    catalog = parse_po(after)
    texts = {entry.msgid: entry.translations for entry in catalog.entries}
    assert texts["Range: %s"] == [f"Aire de répartition{NBSP}: %s"]
    assert texts["Are they safe? Not yet!"] == [f"Sont-elles à l'abri{NBSP}? Pas encore{NBSP}!"]
    assert texts['The word "cub" means a young leopard'] == [f"Le mot «{NBSP}petit{NBSP}» désigne un jeune léopard"]
    assert texts["An area of 5,000 square kilometres"] == [f"Une aire de 5{NBSP}000{NBSP}kilomètres carrés"]
    assert texts["About 262,000 people live in the region, which is a long sentence that wraps over several "
                 "lines in the file."][0].startswith(f"Environ 262{NNBSP}000{NBSP}personnes")
    assert texts["%d leopard counted: 50%% of them"] == [
        f"%d panthère comptée{NBSP}: 50{NBSP}%% d'entre elles",
        f"%d panthères comptées{NBSP}: 50{NBSP}%% d'entre elles{NBSP}; fin",
    ]
    # Judgment is never applied: a changed figure, a fuzzy entry, the obsolete entry.
    # (the figure stays; only the space before its unit became a no-break one)
    assert texts["About 3 m long"] == [f"Environ 1.5{NBSP}m de long"]
    assert texts["New: text"] == ["Ancien : texte"]
    assert "Parti : loin" in after.decode()
    assert texts["Already right: yes"] == [f"Déjà juste{NBSP}: oui"]

    second = run("--format", "json", path)
    findings = json.loads(second.stdout)["findings"]
    assert not any(item["fixable"] for item in findings)
    assert {item["check"] for item in findings} <= {"fuzzy", "obsolete", "number-changed", "number-foreign-style"}
    again = run("--fix", path)
    assert "Fixed 0 findings" in again.output
    assert path.read_bytes() == after


def test_a_silenced_check_is_not_fixed(tmp_path):
    # (msgcat drops flags it does not know, so this file is written by hand)
    path = tmp_path / "silenced.po"
    path.write_text(HEADER.format(charset="UTF-8") + '''
#, ignore-nbsp-before-punctuation
msgid "Usage: leopard"
msgstr "Usage : leopard"

msgid "Error: leopard"
msgstr "Erreur : léopard"
''', encoding="utf-8")
    before = path.read_text(encoding="utf-8")
    result = run("--fix", path)
    assert "Fixed 1 finding," in result.output
    assert path.read_text(encoding="utf-8") == before.replace("Erreur : ", f"Erreur{NBSP}: ")


def test_the_remaining_findings_are_counted(tmp_path):
    path = gnu_catalogue(tmp_path)
    result = run("--fix", path)
    remaining = len([line for line in result.stdout.splitlines() if line.startswith(str(path))])
    assert f", {remaining} remain." in result.output
    assert remaining >= 2  # the fuzzy entry and the changed figure


def test_diff_shows_the_fix_and_writes_nothing(tmp_path):
    path = gnu_catalogue(tmp_path)
    before = path.read_bytes()
    result = run("--diff", path)
    assert result.exit_code == 1
    assert path.read_bytes() == before
    assert result.stdout.startswith(f"--- a/{path}\n+++ b/{path}\n")
    added = [line[1:] for line in result.stdout.splitlines() if line.startswith("+") and not line.startswith("+++")]
    removed = [line[1:] for line in result.stdout.splitlines() if line.startswith("-") and not line.startswith("---")]
    assert f'msgstr "Aire de répartition{NBSP}: %s"' in added
    assert 'msgstr "Aire de répartition : %s"' in removed
    assert "Would fix 17 findings in 1 file(s)." in result.stderr

    # The diff, applied by patch(1), gives exactly what --fix writes.
    patched = tmp_path / "patched.po"
    patched.write_bytes(before)
    subprocess.run(["patch", "-s", str(patched)], input=result.stdout.encode(), check=True)
    run("--fix", path)
    assert patched.read_bytes() == path.read_bytes()


@pytest.mark.parametrize("charset,newline", [("ISO-8859-1", "\n"), ("UTF-8", "\r\n")])
def test_fix_keeps_the_charset_and_line_ends(tmp_path, charset, newline):
    path = gnu_catalogue(tmp_path, charset=charset, newline=newline)
    before = path.read_bytes()
    run("--fix", path)
    after = path.read_bytes()
    assert after != before
    assert after.count(b"\r\n") == after.count(b"\n") if newline == "\r\n" else b"\r" not in after
    catalog = parse_po(after)
    assert catalog.charset == charset
    # ISO-8859-1 has no narrow no-break space: the number gets the full one.
    long_entry = next(entry for entry in catalog.entries if entry.msgid.startswith("About 262,000"))
    expected_space = NBSP if charset == "ISO-8859-1" else NNBSP
    assert long_entry.msgstr.startswith(f"Environ 262{expected_space}000")
    if newline == "\n":
        subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(path)], check=True)
        assert subprocess.run(["msgcat", str(path)], check=True, capture_output=True).stdout == after


def test_findings_say_whether_they_are_fixable_and_show_invisible_characters(tmp_path):
    # Few places: each is its own finding (many would become one for the catalogue, see the next test).
    path = tmp_path / "few.po"
    path.write_text(HEADER.format(charset="UTF-8") + ENTRIES.split("#: sheet.html:18")[0], encoding="utf-8")
    text = run(path).stdout
    line = next(item for item in text.splitlines() if "Aire de" in item or "répartition" in item)
    assert line.endswith("[nbsp-before-punctuation] [*]")
    assert "répartition␣: %s (U+00A0)" in line
    foreign = next(item for item in text.splitlines() if "[number-foreign-style]" in item and "262" in item)
    assert "262␣000 (U+202F)" in foreign
    assert "fixable with --fix [*]" in text.splitlines()[-1]

    document = json.loads(run("--format", "json", gnu_catalogue(tmp_path)).stdout)
    by_check = {}
    for item in document["findings"]:
        by_check.setdefault(item["check"], []).append(item)
    assert not any(item["fixable"] for item in by_check["number-changed"])
    fixable = next(item for item in by_check["number-foreign-style"] if item["fixable"])
    assert fixable["fix"] == [{"start": 8, "end": 15, "old": "262,000", "new": f"262{NNBSP}000"}]
    assert fixable["suggestion_visible"] == "262␣000 (U+202F)"
    assert document["summary"]["fixable"] == sum(1 for item in document["findings"] if item["fixable"])


def test_a_catalogue_wide_finding_is_fixed_through_the_places_it_stands_for(tmp_path):
    path = gnu_catalogue(tmp_path)
    document = json.loads(run("--format", "json", path).stdout)
    wide = next(item for item in document["findings"] if item["check"] == "nbsp-before-punctuation")
    header_line = path.read_text(encoding="utf-8").splitlines().index('msgid ""') + 1
    assert wide["line"] == header_line and wide["fixable"] and wide["places"] == 10
    assert "[nbsp-before-punctuation] [*]" in run(path).stdout
    run("--fix", path)
    after = json.loads(run("--format", "json", path).stdout)
    assert not [item for item in after["findings"] if item["check"] == "nbsp-before-punctuation"]


def test_fix_and_diff_together_are_refused(tmp_path):
    result = run("--fix", "--diff", gnu_catalogue(tmp_path))
    assert result.exit_code == 2


def test_a_file_changed_since_the_check_is_not_overwritten(tmp_path, monkeypatch):
    from i18n.checks import fixes

    path = gnu_catalogue(tmp_path)
    original_fix_file = fixes.fix_file

    def edited_meanwhile(*args, **kwargs):
        patch = original_fix_file(*args, **kwargs)
        path.write_bytes(path.read_bytes() + b"\n#~ msgid \"x\"\n#~ msgstr \"y\"\n")
        return patch

    monkeypatch.setattr(fixes, "fix_file", edited_meanwhile)
    edited = None
    result = run("--fix", path)
    edited = path.read_bytes()
    assert result.exit_code == 1
    assert "changed on disk" in result.output
    assert edited.endswith(b'#~ msgstr "y"\n')


@pytest.mark.parametrize("text", [
    "Voir <b>x</b> : &nbsp;oui http://a.b/c : %s fin",
    "« %s» et «x» &amp; « %(name)s »",
    "{count} : 50 % et 1 000",
])
def test_masking_with_origin_maps_each_masked_position_back(text):
    masked_text, origin = masked_with_origin(text)
    assert masked_text == masked(text)
    assert len(origin) == len(masked_text) + 1
    for position, character in enumerate(masked_text):
        if character not in "\x00\u00a0":
            assert text[origin[position]] == character


# Texts made of the pieces masking acts on: URLs, addresses, tags, directives, fields, entities.
_MASKED_PIECES = st.sampled_from(["http://a.b/c", "www.x.org", "a@b.fr", "<b>", "</a>", "%s", "%(name)s", "%1$d",
                                  "{count}", "{0:>3}", "&nbsp;", "&#160;", "&amp;", "&#x202f;", " ", ":", "«", "»",
                                  "%", "&", "<", "{", "x", "é", "12", "\u00a0"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_MASKED_PIECES, max_size=12).map("".join))
def test_fix_positions_map_back_as_masked_with_origin_does(text):
    # The fixes map positions back from the replaced spans alone: the same positions as the list.
    _masked_text, origin = masked_with_origin(text)
    steps = _masking_steps(text)
    assert [_origin(steps, position) for position in range(len(origin))] == origin


@pytest.mark.parametrize("source,target,fixed", [
    ("Error: %s", "Erreur : %s", f"Erreur{NBSP}: %s"),
    ("See <a href='x:y'>this</a>: now", "Voir <a href='x:y'>ceci</a> : maintenant",
     f"Voir <a href='x:y'>ceci</a>{NBSP}: maintenant"),
    ("Really?", "Vraiment  ?", f"Vraiment {NBSP}?"),  # the width of an aligned column is kept
])
def test_punctuation_fixes_land_in_the_original_text(source, target, fixed):
    pair = Pair(source, target, None, None, frozenset(), "en", "fr")
    problems = list(NoBreakSpaceBeforePunctuation().check_pair(pair))
    assert problems and all(problem.fix for problem in problems)
    edits = [edit for problem in problems for edit in problem.fix]
    assert apply_edits(target, edits) == fixed


@pytest.mark.parametrize("source,target,fixable", [
    ("262,000 people", "262,000 personnes", True),
    ("1.5 m", "1.5 m", True),
    ("about 3 m", "environ 1.5 m", False),  # a changed figure needs judgment
])
def test_a_number_is_restyled_only_when_it_then_matches_the_source(source, target, fixable):
    pair = Pair(source, target, None, None, frozenset(), "en", "fr")
    problems = list(NumberForeignStyle().check_pair(pair))
    assert problems
    assert bool(problems[0].fix) is fixable


def test_tools_are_installed():
    for tool in ("msgfmt", "msgcat", "patch"):
        assert shutil.which(tool), f"{tool} is needed by these tests"


def test_a_fix_that_msgfmt_would_refuse_is_not_applied(tmp_path, monkeypatch):
    # A directive no check knows of: the typography rule would space "%!" (say a tool's own
    # directive), and the fix is dropped if msgfmt -c then judges the entry worse than before.
    from i18n.checks import fixes
    from i18n.po.msgfmt_check import CompileProblem

    path = tmp_path / "fr.po"
    path.write_text(HEADER.format(charset="UTF-8") + '''
#, c-format
msgid "Error: %s"
msgstr "Erreur : %s"

msgid "Note: this"
msgstr "Note : ceci"
''', encoding="utf-8")
    from i18n.po import msgfmt_check

    original = msgfmt_check.validate_for_compile

    def stricter(catalog):
        # As if the no-break space broke the c-format entry's directive.
        found = list(original(catalog))
        found += [CompileProblem(entry.line, "format specifications differ") for entry in catalog.entries
                  if "c-format" in entry.flags and NBSP in entry.msgstr]
        return found

    monkeypatch.setattr(msgfmt_check, "validate_for_compile", stricter)
    assert "validate_for_compile" not in vars(fixes)  # looked up when fixing, so the stricter one is used
    result = run("--fix", path)
    assert "Fixed 1 finding," in result.output
    text = path.read_text(encoding="utf-8")
    assert 'msgstr "Erreur : %s"' in text and f'msgstr "Note{NBSP}: ceci"' in text


def test_fix_in_project_mode_fixes_the_project_catalogues(tmp_path, monkeypatch):
    from tests.project_fixture import write_project

    root = write_project(tmp_path / "tiny")
    monkeypatch.chdir(root)
    runner = CliRunner()
    for command in (["extract"], ["update"]):
        assert runner.invoke(cli, command).exit_code == 0
    path = root / "locales" / "fr" / "LC_MESSAGES" / "messages.po"
    catalog = parse_po(path.read_bytes())
    text = path.read_text(encoding="utf-8").replace('msgid "Key facts"\nmsgstr ""', 'msgid "Key facts"\nmsgstr "L\'essentiel : faits"')
    path.write_text(text, encoding="utf-8")
    template_before = (root / "locales" / "messages.pot").read_bytes()
    result = runner.invoke(cli, ["check", "--fix"])
    assert "Fixed 1 finding," in result.output, result.output
    assert f'msgstr "L\'essentiel{NBSP}: faits"' in path.read_text(encoding="utf-8")
    assert (root / "locales" / "messages.pot").read_bytes() == template_before
    assert len(parse_po(path.read_bytes()).entries) == len(catalog.entries)


def test_a_file_that_cannot_be_written_is_a_one_line_error(tmp_path, monkeypatch):
    import os

    path = gnu_catalogue(tmp_path)
    before = path.read_bytes()

    def refused(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refused)
    result = run("--fix", path)
    assert result.exit_code == 2
    assert result.stderr == f"factsheet: error: {path}: cannot write: Permission denied\n"
    assert path.read_bytes() == before
    assert not [name for name in os.listdir(tmp_path) if name.endswith(".tmp")]
