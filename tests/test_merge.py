"""merge_catalog against the oracle, `msgmerge --previous` from GNU gettext 0.21."""

from __future__ import annotations

import random
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from i18n.po.merge import merge_catalog, similarity
from i18n.po.model import Catalog, Entry
from i18n.po.parse import parse_po

HEADER = """\
# French translation.
msgid ""
msgstr ""
"Project-Id-Version: demo 1.0\\n"
"Report-Msgid-Bugs-To: old@example.org\\n"
"POT-Creation-Date: 2020-01-01 00:00+0000\\n"
"PO-Revision-Date: 2020-02-01 00:00+0000\\n"
"Last-Translator: Ana <ana@example.org>\\n"
"Language-Team: French\\n"
"Language: fr\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"Plural-Forms: nplurals=2; plural=(n > 1);\\n"
"""

RU_HEADER = HEADER.replace("nplurals=2; plural=(n > 1);", "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : 1);")

POT_HEADER = """\
#, fuzzy
msgid ""
msgstr ""
"Project-Id-Version: PACKAGE VERSION\\n"
"Report-Msgid-Bugs-To: new@example.org\\n"
"POT-Creation-Date: 2021-05-05 10:00+0000\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"""

# (name, old catalogue body, new template body); the headers above are prepended.
SCENARIOS = [
    (
        "unchanged",
        """
        #: a.c:1
        msgid "Open the file"
        msgstr "Ouvrir le fichier"
        """,
        """
        #: a.c:1
        msgid "Open the file"
        msgstr ""
        """,
    ),
    (
        "new message",
        """
        msgid "Open"
        msgstr "Ouvrir"
        """,
        """
        msgid "Open"
        msgstr ""

        #. a hint for translators
        #: b.c:7
        msgid "Close the window"
        msgstr ""
        """,
    ),
    (
        "removed messages: translated ones become obsolete, untranslated ones go",
        """
        # keep this note
        #. stale extracted comment
        #: old.c:3
        msgid "Gone for good"
        msgstr "Parti pour de bon"

        msgid "Never translated"
        msgstr ""

        msgid "Stays"
        msgstr "Reste"
        """,
        """
        msgid "Stays"
        msgstr ""
        """,
    ),
    (
        "small edit becomes fuzzy with the previous msgid",
        """
        # translator's remark
        #: a.c:2
        msgid "Open the file"
        msgstr "Ouvrir le fichier"
        """,
        """
        #: a.c:2
        msgid "Open the files"
        msgstr ""
        """,
    ),
    (
        "a different msgid is new, the old one obsolete",
        """
        msgid "Open the file"
        msgstr "Ouvrir le fichier"
        """,
        """
        msgid "Quantum chromodynamics"
        msgstr ""
        """,
    ),
    (
        "msgctxt added",
        """
        msgid "Save"
        msgstr "Enregistrer"
        """,
        """
        msgctxt "menu"
        msgid "Save"
        msgstr ""
        """,
    ),
    (
        "plural added to a singular message",
        """
        msgid "%d file"
        msgstr "%d fichier"
        """,
        """
        msgid "%d file"
        msgid_plural "%d files"
        msgstr[0] ""
        msgstr[1] ""
        """,
    ),
    (
        "plural removed",
        """
        msgid "apple"
        msgid_plural "apples"
        msgstr[0] "pomme"
        msgstr[1] "pommes"
        """,
        """
        msgid "apple"
        msgstr ""
        """,
    ),
    (
        "msgid_plural changed",
        """
        msgid "one apple"
        msgid_plural "%d apples"
        msgstr[0] "une pomme"
        msgstr[1] "%d pommes"
        """,
        """
        msgid "one apple"
        msgid_plural "%d apples in total"
        msgstr[0] ""
        msgstr[1] ""
        """,
    ),
    (
        "obsolete message revived, translated and fuzzy",
        """
        #~ msgid "Revive me"
        #~ msgstr "Ressuscite-moi"

        #, fuzzy
        #~| msgid "Revive him"
        #~ msgid "Revive her"
        #~ msgstr "Ressuscite-la"
        """,
        """
        msgid "Revive me"
        msgstr ""

        msgid "Revive her"
        msgstr ""
        """,
    ),
    (
        "translator comments, our flags and previous fields are kept",
        """
        # a translator comment
        #, python-format, ignore-length
        msgid "Hello %(name)s"
        msgstr "Bonjour %(name)s"

        #, fuzzy
        #| msgid "Welcome home"
        msgid "Welcome back"
        msgstr "Bon retour"
        """,
        """
        #. extracted
        #: t.html:4
        #, python-format
        msgid "Hello %(name)s"
        msgstr ""

        #: t.html:9
        msgid "Welcome back"
        msgstr ""
        """,
    ),
    (
        "an existing fuzzy entry edited again keeps its first previous msgid",
        """
        #, fuzzy
        #| msgid "Delete the file"
        msgid "Delete this file"
        msgstr "Supprimer le fichier"
        """,
        """
        msgid "Delete these files"
        msgstr ""
        """,
    ),
    (
        "becoming a format string with a bad translation turns fuzzy",
        """
        msgid "Progress: %d%%"
        msgstr "Progression"

        msgid "Name: %s"
        msgstr "Nom : %s"
        """,
        """
        #, c-format
        msgid "Progress: %d%%"
        msgstr ""

        #, c-format
        msgid "Name: %s"
        msgstr ""
        """,
    ),
    (
        "non-ASCII edits, short msgids and the best of several candidates",
        """
        msgid "Café à emporter"
        msgstr "Takeaway café"

        msgid "Ok"
        msgstr "D'accord"

        msgid "Delete the selected item"
        msgstr "Supprimer l'élément sélectionné"

        msgid "Delete the selected items now"
        msgstr "Supprimer maintenant les éléments sélectionnés"
        """,
        """
        msgid "Cafés à emporter"
        msgstr ""

        msgid "OK"
        msgstr ""

        msgid "Delete the selected items"
        msgstr ""
        """,
    ),
    (
        # fstrcmp("", "") is 1.0: msgmerge proposes the header for a context with an empty msgid.
        "empty msgid in a context",
        """
        msgid "Open"
        msgstr "Ouvrir"
        """,
        """
        msgid "Open"
        msgstr ""

        msgctxt "menu"
        msgid ""
        msgstr ""
        """,
    ),
    (
        "obsolete template entries: one new, one known, one fuzzy match",
        """
        msgid "Open the file"
        msgstr "Ouvrir le fichier"

        msgid "Kept"
        msgstr "Gardé"
        """,
        """
        #~ msgid "Gone from the code"
        #~ msgstr ""

        #~ msgid "Kept"
        #~ msgstr ""

        #~ msgid "Open the files"
        #~ msgstr ""
        """,
    ),
    (
        "a template made from a translated catalogue, with obsolete entries",
        """
        msgid "One"
        msgstr "Un"
        """,
        """
        msgid "One"
        msgstr "Uno"

        #~ msgid "Two"
        #~ msgstr "Dos"
        """,
    ),
    (
        "empty msgid in a context, another context translated",
        """
        msgctxt "toolbar"
        msgid ""
        msgstr "vide"
        """,
        """
        msgctxt "menu"
        msgid ""
        msgstr ""
        """,
    ),
]


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _comparable(entry: Entry | None):
    if entry is None:
        return None
    fields = {name: getattr(entry, name) for name in Entry.__slots__ if name != "line"}
    # GNU gettext drops flags it does not know; keeping ours is a deliberate difference.
    fields["flags"] = sorted(flag for flag in entry.flags if not flag.startswith("ignore-"))
    return fields


def _gnu_merge(folder: Path, old: Path, template: Path) -> bytes:
    return subprocess.run(
        ["msgmerge", "--previous", "--quiet", "-o", "-", str(old), str(template)],
        check=True,
        capture_output=True,
    ).stdout


def _run(tmp_path: Path, old_text: str, template_text: str, header: str = HEADER):
    old = _write(tmp_path, "old.po", header + textwrap.dedent(old_text))
    template = _write(tmp_path, "new.pot", POT_HEADER + textwrap.dedent(template_text))
    ours = merge_catalog(parse_po(old.read_bytes(), str(old)), parse_po(template.read_bytes(), str(template)))
    gnu = parse_po(_gnu_merge(tmp_path, old, template), "msgmerge-output")
    return ours, gnu


def _state(entry: Entry) -> str:
    if entry.obsolete:
        return "obsolete"
    if entry.fuzzy:
        return "fuzzy-with-previous" if entry.previous_msgid is not None else "fuzzy"
    return "translated" if entry.translated else "untranslated"


@pytest.mark.parametrize("name, old_text, template_text", SCENARIOS, ids=[s[0] for s in SCENARIOS])
def test_entries_match_msgmerge(tmp_path, name, old_text, template_text):
    ours, gnu = _run(tmp_path, old_text, template_text)
    assert [(e.msgctxt, e.msgid, _state(e)) for e in ours.catalog.entries] == [
        (e.msgctxt, e.msgid, _state(e)) for e in gnu.entries
    ]
    assert [_comparable(e) for e in ours.catalog.entries] == [_comparable(e) for e in gnu.entries]
    assert _comparable(ours.catalog.header) == _comparable(gnu.header)


@pytest.mark.parametrize("name, old_text, template_text", SCENARIOS, ids=[s[0] for s in SCENARIOS])
def test_output_bytes_match_msgmerge(tmp_path, name, old_text, template_text):
    from i18n.po.write import format_po

    old = _write(tmp_path, "old.po", HEADER + textwrap.dedent(old_text).replace(", ignore-length", ""))
    template = _write(tmp_path, "new.pot", POT_HEADER + textwrap.dedent(template_text))
    ours = merge_catalog(parse_po(old.read_bytes(), str(old)), parse_po(template.read_bytes(), str(template)))
    assert format_po(ours.catalog) == _gnu_merge(tmp_path, old, template)


def test_new_plural_message_gets_the_catalogue_number_of_forms(tmp_path):
    ours, gnu = _run(
        tmp_path,
        "",
        """
        msgid "%d day"
        msgid_plural "%d days"
        msgstr[0] ""
        msgstr[1] ""
        """,
        header=RU_HEADER,
    )
    assert ours.catalog.entries[0].msgstr_plural == ["", "", ""]
    assert [_comparable(e) for e in ours.catalog.entries] == [_comparable(e) for e in gnu.entries]


def test_header_keeps_unknown_fields_and_takes_template_dates(tmp_path):
    header = HEADER.replace('"Language: fr\\n"\n', '"X-Custom: kept\\n"\n').replace(
        '"Plural-Forms', '"X-Generator: Poedit 3.0\\n"\n"Plural-Forms'
    )
    ours, gnu = _run(tmp_path, 'msgid "a"\nmsgstr "b"\n', 'msgid "a"\nmsgstr ""\n', header=header)
    fields = ours.catalog.header_fields()
    assert ("X-Custom", "kept") in fields and ("X-Generator", "Poedit 3.0") in fields
    assert ours.catalog.header_field("POT-Creation-Date") == "2021-05-05 10:00+0000"
    assert ours.catalog.header_field("Report-Msgid-Bugs-To") == "new@example.org"
    # Language was missing: msgmerge adds it, empty, next to Language-Team.
    assert ours.catalog.header_field("Language") == ""
    assert ours.catalog.header.msgstr == gnu.header.msgstr


def test_catalogue_without_header_gets_none(tmp_path):
    ours, gnu = _run(tmp_path, 'msgid "a"\nmsgstr "b"\n', 'msgid "a"\nmsgstr ""\n', header="")
    assert ours.catalog.header is None and gnu.header is None
    assert [_comparable(e) for e in ours.catalog.entries] == [_comparable(e) for e in gnu.entries]


def test_counts(tmp_path):
    ours, _ = _run(
        tmp_path,
        """
        msgid "Open the file"
        msgstr "Ouvrir le fichier"

        msgid "Keep"
        msgstr "Garder"

        msgid "Unrelated old text"
        msgstr "Ancien"
        """,
        """
        msgid "Keep"
        msgstr ""

        msgid "Open the files"
        msgstr ""

        msgid "Brand new"
        msgstr ""
        """,
    )
    assert (ours.exact, ours.fuzzy_matched, ours.new) == (1, 1, 1)
    assert (ours.translated, ours.fuzzy, ours.untranslated, ours.obsolete) == (1, 1, 1, 1)


# A template with obsolete entries is merged as msgmerge merges it, which is not idempotent: a new
# message from an obsolete template entry is live the first time, matched and made obsolete the next.
STABLE_SCENARIOS = [scenario for scenario in SCENARIOS if "#~" not in scenario[2]]


@pytest.mark.parametrize("name, old_text, template_text", STABLE_SCENARIOS, ids=[s[0] for s in STABLE_SCENARIOS])
def test_merging_twice_changes_nothing(tmp_path, name, old_text, template_text):
    template_path = _write(tmp_path, "new.pot", POT_HEADER + textwrap.dedent(template_text))
    template = parse_po(template_path.read_bytes(), str(template_path))
    catalog = parse_po((HEADER + textwrap.dedent(old_text)).encode(), "old.po")
    once = merge_catalog(catalog, template).catalog
    twice = merge_catalog(once, template).catalog
    assert [_comparable(e) for e in twice.entries] == [_comparable(e) for e in once.entries]
    assert _comparable(twice.header) == _comparable(once.header)


@pytest.mark.parametrize("name, old_text, template_text", STABLE_SCENARIOS, ids=[s[0] for s in STABLE_SCENARIOS])
def test_merged_file_merged_again_keeps_every_byte(tmp_path, name, old_text, template_text):
    from i18n.po.write import format_po

    template_path = _write(tmp_path, "new.pot", POT_HEADER + textwrap.dedent(template_text))
    template = parse_po(template_path.read_bytes(), str(template_path))
    written = format_po(merge_catalog(parse_po((HEADER + textwrap.dedent(old_text)).encode(), "old.po"), template).catalog)
    again = format_po(merge_catalog(parse_po(written, "merged.po"), template).catalog)
    assert again == written


_WORDS = (
    "open save close file files folder window the a this these selected item items delete "
    "rename copy move new old recent settings user account password cannot could not be found "
    "your changes were saved error warning please try again later"
).split()


@pytest.mark.parametrize("seed", range(6))
def test_random_edits_pick_the_same_fuzzy_matches_as_msgmerge(tmp_path, seed):
    rng = random.Random(seed)
    sentences = sorted({" ".join(rng.choices(_WORDS, k=rng.randint(2, 8))).capitalize() for _ in range(40)})
    old_body = "".join(f'msgid "{text}"\nmsgstr "T{index}: {text.upper()}"\n\n' for index, text in enumerate(sentences))
    edited = []
    for text in sentences:
        words = text.split()
        roll = rng.random()
        if roll < 0.3:
            words[rng.randrange(len(words))] = rng.choice(_WORDS)
        elif roll < 0.4:
            words.insert(rng.randrange(len(words) + 1), rng.choice(_WORDS))
        elif roll < 0.5:
            words = rng.choices(_WORDS, k=len(words))
        edited.append(" ".join(words))
    template_body = "".join(f'msgid "{text}"\nmsgstr ""\n\n' for text in dict.fromkeys(edited))
    ours, gnu = _run(tmp_path, old_body, template_body)
    assert [_comparable(e) for e in ours.catalog.entries] == [_comparable(e) for e in gnu.entries]


def _lcs_reference(first: bytes, second: bytes) -> int:
    previous = [0] * (len(second) + 1)
    for byte in first:
        current = [0]
        for index, other in enumerate(second):
            current.append(previous[index] + 1 if byte == other else max(previous[index + 1], current[index]))
        previous = current
    return previous[-1]


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=60), st.binary(max_size=60), st.floats(min_value=0.0, max_value=1.0))
def test_bit_parallel_similarity_agrees_with_dynamic_programming(first, second, lower_bound):
    total = len(first) + len(second)
    exact = 2 * _lcs_reference(first, second) / total if total else 1.0
    # Below the bound the value is only promised to be below it (fstrcmp_bounded returns 0.0).
    assert similarity(first, second, lower_bound) == (exact if exact >= lower_bound or not total else 0.0)


@pytest.mark.parametrize(
    "first, second, expected",
    [(b"abc", b"abc", 1.0), (b"abcd", b"abxd", 0.75), (b"", b"x", 0.0), (b"close", b"c l o s e", 10 / 14)],
)
def test_similarity_is_fstrcmp(first, second, expected):
    assert similarity(first, second) == pytest.approx(expected)


def test_merge_in_memory_catalogue():
    catalog = Catalog(entries=[Entry(msgid="Hello world", msgstr="Bonjour le monde")])
    template = Catalog(entries=[Entry(msgid="Hello, world")])
    result = merge_catalog(catalog, template)
    entry = result.catalog.entries[0]
    assert entry.fuzzy and entry.msgstr == "Bonjour le monde" and entry.previous_msgid == "Hello world"


@pytest.mark.parametrize("template_charset, expected_charset", [("UTF-8", "UTF-8"), ("CHARSET", "ISO-8859-1")])
def test_latin1_catalogue_is_converted_only_for_a_utf8_template(tmp_path, template_charset, expected_charset):
    from i18n.po.write import format_po

    old = tmp_path / "old.po"
    old.write_bytes(
        'msgid ""\nmsgstr ""\n"Project-Id-Version: x\\n"\n"Content-Type: text/plain; charset=ISO-8859-1\\n"\n\n'
        'msgid "Coffee"\nmsgstr "Café"\n\nmsgid "Gone"\nmsgstr "Parti à jamais"\n'.encode("latin-1")
    )
    template = _write(
        tmp_path,
        "new.pot",
        f'msgid ""\nmsgstr ""\n"POT-Creation-Date: 2022-01-01 00:00+0000\\n"\n'
        f'"Content-Type: text/plain; charset={template_charset}\\n"\n\nmsgid "Coffee"\nmsgstr ""\n',
    )
    result = merge_catalog(parse_po(old.read_bytes(), str(old)), parse_po(template.read_bytes(), str(template)))
    assert result.catalog.charset.upper() == expected_charset
    assert format_po(result.catalog) == _gnu_merge(tmp_path, old, template)


@pytest.mark.parametrize(
    "team, language",
    [
        ("German <de@li.org>", "de"),
        ("Russian <gnu@d07.ru>", "ru"),
        ("Polish <translation-team-pl@lists.sourceforge.net>", "pl"),
        ("Brazilian Portuguese <ldp-br@bazar.conectiva.com.br>", "pt_BR"),
        ("Chinese (simplified) <i18n-zh@googlegroups.com>", "zh_CN"),
        ("French https://traduc.org/", "fr"),
        # GNU keeps the line's newline in a name with no address after it: no name matches.
        ("German", ""),
        ("Klingon <tlh@example.org>", ""),
    ],
)
def test_missing_language_is_filled_from_the_team_as_msgmerge_does(tmp_path, team, language):
    from i18n.po.write import format_po

    header = HEADER.replace("Language-Team: French", f"Language-Team: {team}").replace('"Language: fr\\n"\n', "")
    assert "Language:" not in header
    old = _write(tmp_path, "old.po", header + 'msgid "Open"\nmsgstr "Öffnen"\n')
    template = _write(tmp_path, "new.pot", POT_HEADER + 'msgid "Open"\nmsgstr ""\n')
    ours = merge_catalog(parse_po(old.read_bytes(), str(old)), parse_po(template.read_bytes(), str(template)))
    gnu = _gnu_merge(tmp_path, old, template)
    assert f'"Language: {language}\\n"'.encode() in gnu
    assert format_po(ours.catalog) == gnu


@pytest.mark.parametrize("spelling", ["utf-8", "Utf-8", "UTF-8"])
def test_utf8_spellings_become_gnus_name_under_a_utf8_template(tmp_path, spelling):
    from i18n.po.write import format_po

    old = _write(tmp_path, "old.po", HEADER.replace("charset=UTF-8", f"charset={spelling}") + 'msgid "a"\nmsgstr "é"\n')
    template = _write(tmp_path, "new.pot", POT_HEADER + 'msgid "a"\nmsgstr ""\n')
    ours = merge_catalog(parse_po(old.read_bytes(), str(old)), parse_po(template.read_bytes(), str(template)))
    gnu = _gnu_merge(tmp_path, old, template)
    assert b"charset=UTF-8" in gnu
    assert format_po(ours.catalog) == gnu


@pytest.mark.parametrize(
    "flag, msgid, msgstr",
    [
        ("kde-format", "%1 of %2", "%1 sur"),
        ("kde-format", "%1 of %2", "%2 sur %1"),
        ("qt-format", "%1 of %2", "%1 sur %L2"),
        ("qt-plural-format", "%n files", "des fichiers"),
        ("perl-brace-format", "{name} is {age}", "{name}"),
        ("objc-format", "%@ and %d", "%d et %@"),
        ("c-format", "%<PRIu64> bytes", "%<PRId64> octets"),
        ("python-format", "%(n)d items", "%(n)s éléments"),
        ("python-brace-format", "{n} items", "{m} éléments"),
        ("csharp-format", "{0} of {1}", "{0} sur {2}"),
        ("sh-format", "$name has $count", "$name a"),
        ("smalltalk-format", "%1 of %2", "%1 sur"),
        ("javascript-format", "%s has %d", "%d a %s"),
        ("php-format", "%s has %d", "%d a %s"),
        ("lua-format", "%s has %d", "%s a"),
        ("awk-format", "%s has %d", "%d a %s"),
        ("tcl-format", "%s has %d", "%s a"),
        ("object-pascal-format", "%s has %d", "%d a %s"),
        ("java-printf-format", "%s has %d", "%d a %s"),
        ("perl-format", "%s has %d", "%d a %s"),
        ("ruby-format", "%s has %d", "%d a %s"),
        ("ycp-format", "%1 has %2", "%2 a %1 %3"),
        ("boost-format", "%1% has %2%", "%2% a"),
        ("java-format", "{0} has {1}", "{1} a {0} {2}"),
        ("elisp-format", "%s has %d", "%d a %s"),
        ("librep-format", "%s has %d", "%s a"),
        ("gfc-internal-format", "%s at %L", "%L : %s"),
        ("gcc-internal-format", "%qs has %d", "%d a"),
        ("kde-kuit-format", "<b>%1</b> of %2", "<b>%1</b> sur"),
        ("kde-kuit-format", "<b>%1</b> of %2", "<b>%1</i> sur %2"),
        ("kde-kuit-format", "<b>%1</b> of %2", "<i>%2</i> : %1"),
        ("lisp-format", "~a has ~d", "~d a ~a"),
        ("lisp-format", "~a has ~d", "~a a ~"),
        ("lisp-format", "~{~a~^, ~}", "~{~a~^ et ~}"),
        ("scheme-format", "~a has ~d", "~a a"),
        ("scheme-format", "~a: ~:[no~;yes~]", "~a : ~:[non~]"),
        ("scheme-format", "~a has ~d", "~a a ~d"),
    ],
)
def test_a_format_flag_the_translation_fails_makes_it_fuzzy_as_msgmerge_does(tmp_path, flag, msgid, msgstr):
    from i18n.po.write import format_po

    old = _write(tmp_path, "old.po", HEADER + f'\nmsgid "{msgid}"\nmsgstr "{msgstr}"\n')
    template = _write(tmp_path, "new.pot", POT_HEADER + f'\n#, {flag}\nmsgid "{msgid}"\nmsgstr ""\n')
    ours = merge_catalog(parse_po(old.read_bytes(), str(old)), parse_po(template.read_bytes(), str(template)))
    assert format_po(ours.catalog) == _gnu_merge(tmp_path, old, template)


def test_a_merge_with_nothing_to_search_builds_no_fuzzy_index(tmp_path, monkeypatch):
    import i18n.po.fuzzy_search as fuzzy_module

    built = []

    class Recording(fuzzy_module.FuzzyIndex):
        def __init__(self, entries):
            built.append(len(entries))
            super().__init__(entries)

    monkeypatch.setattr(fuzzy_module, "FuzzyIndex", Recording)
    old = _write(tmp_path, "old.po", HEADER + 'msgid "Open"\nmsgstr "Ouvrir"\n\nmsgid "Gone"\nmsgstr "Parti"\n')
    same = _write(tmp_path, "same.pot", POT_HEADER + 'msgid "Open"\nmsgstr ""\n')
    merge_catalog(parse_po(old.read_bytes(), str(old)), parse_po(same.read_bytes(), str(same)))
    assert built == []
    changed = _write(tmp_path, "changed.pot", POT_HEADER + 'msgid "Open!"\nmsgstr ""\n')
    merge_catalog(parse_po(old.read_bytes(), str(old)), parse_po(changed.read_bytes(), str(changed)))
    assert built == [3]


def test_many_searches_on_two_cores_give_msgmerge_bytes(tmp_path, monkeypatch):
    import i18n.po.fuzzy_search as fuzzy_module
    from i18n.po.write import format_po

    monkeypatch.setattr(fuzzy_module, "_PARALLEL_MIN_WORK", 0)  # this small merge, split as a large one is

    rng = random.Random(7)
    words = "file folder open close save cannot error user option value line page print copy move".split()
    sentences = sorted({" ".join(rng.choice(words) for _ in range(rng.randint(2, 9))) for _ in range(600)})
    old_body = "".join(f'\nmsgid "{text}"\nmsgstr "fr {text}"\n' for text in sentences)
    # Every other message reworded (more searches than one process takes), plus some short ones.
    new_texts = [text + (" again" if index % 2 else "") for index, text in enumerate(sentences)] + ["fil", "ab"]
    template_body = "".join(f'\nmsgid "{text}"\nmsgstr ""\n' for text in new_texts)
    old = _write(tmp_path, "old.po", HEADER + old_body + '\nmsgid "fi"\nmsgstr "fi"\n')
    template = _write(tmp_path, "new.pot", POT_HEADER + template_body)
    ours = merge_catalog(parse_po(old.read_bytes(), str(old)), parse_po(template.read_bytes(), str(template)))
    assert ours.fuzzy_matched > 64
    assert format_po(ours.catalog) == _gnu_merge(tmp_path, old, template)
    monkeypatch.setattr(fuzzy_module, "_PARALLEL_MIN_WORK", 10**12)  # and in one process
    ours = merge_catalog(parse_po(old.read_bytes(), str(old)), parse_po(template.read_bytes(), str(template)))
    assert format_po(ours.catalog) == _gnu_merge(tmp_path, old, template)


def test_a_byte_repeated_more_than_255_times_still_finds_msgmerges_match(tmp_path):
    # The fuzzy index counts each byte value up to 255: the rest of a long run must still count
    # as shared, or a match this close (the neighbour of "Keep", scored first) would be lost.
    from i18n.po.write import format_po

    ruler, other = "=" * 300 + " Total", "=" * 280 + " Sum"
    old = _write(tmp_path, "old.po", HEADER + f'\nmsgid "{ruler}"\nmsgstr "fr total"\n'
                 f'\nmsgid "Keep"\nmsgstr "Garder"\n\nmsgid "{other}"\nmsgstr "fr somme"\n')
    template = _write(tmp_path, "new.pot", POT_HEADER + f'\nmsgid "{"=" * 310} Totals"\nmsgstr ""\n'
                      '\nmsgid "Keep"\nmsgstr ""\n')
    ours = merge_catalog(parse_po(old.read_bytes(), str(old)), parse_po(template.read_bytes(), str(template)))
    assert ours.fuzzy_matched == 1 and ours.catalog.entries[0].msgstr == "fr total"
    assert format_po(ours.catalog) == _gnu_merge(tmp_path, old, template)


@pytest.mark.parametrize("separator", ["\u2028", "\\v", "\\f", "\u0085"])
def test_a_header_value_with_a_line_separator_stays_one_field(tmp_path, separator):
    from i18n.po.write import format_po

    header = HEADER.replace("Project-Id-Version: demo 1.0", f"Project-Id-Version: demo{separator}1.0")
    old = _write(tmp_path, "old.po", header + 'msgid "Open"\nmsgstr "Ouvrir"\n')
    template = _write(tmp_path, "new.pot", POT_HEADER + 'msgid "Open"\nmsgstr ""\n')
    ours = merge_catalog(parse_po(old.read_bytes(), str(old)), parse_po(template.read_bytes(), str(template)))
    once = format_po(ours.catalog)
    assert once == _gnu_merge(tmp_path, old, template)
    again = _write(tmp_path, "again.po", once.decode())
    twice = merge_catalog(parse_po(again.read_bytes(), str(again)), parse_po(template.read_bytes(), str(template)))
    assert format_po(twice.catalog) == once


def test_an_update_with_nothing_to_search_does_not_load_the_fuzzy_search(tmp_path):
    old = _write(tmp_path, "old.po", HEADER + 'msgid "Open"\nmsgstr "Ouvrir"\n')
    template = _write(tmp_path, "new.pot", POT_HEADER + 'msgid "Open"\nmsgstr ""\n')
    script = (
        "import sys; from pathlib import Path; from i18n.project.operations import read_template, update_catalogue; "
        f"update_catalogue(Path({str(old)!r}), read_template(Path({str(template)!r}))); "
        "print('numpy' in sys.modules, 'rapidfuzz' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "False"]


def test_flags_gnu_does_not_know_are_the_catalogues_and_its_syntax_checks_the_templates(tmp_path):
    # msgmerge drops the template's `foo-format` (no format language GNU knows) as it drops any unknown
    # flag; ours keeps the catalogue's unknown flags instead (a translator's work), never the template's.
    old_text = """
        #, zed-format, no-quote-unicode-check, ignore-length
        msgid "Open %d files"
        msgstr "Ouvrir %d fichiers"
        """
    template_text = """
        #, foo-format, c-format, ellipsis-unicode-check
        msgid "Open %d files"
        msgstr ""
        """
    from i18n.po.flags import is_gnu_flag
    from i18n.po.write import format_po

    ours, gnu = _run(tmp_path, old_text, template_text)
    entry = ours.catalog.entries[0]
    assert "foo-format" not in gnu.entries[0].flags
    assert [flag for flag in entry.flags if is_gnu_flag(flag)] == [
        flag for flag in gnu.entries[0].flags if is_gnu_flag(flag)] + ["ellipsis-unicode-check"]
    # msgmerge.c takes the syntax checks from the template (result->do_syntax_check = ref's); gettext
    # 0.21 reads them but writes none, so its output cannot show it.
    assert entry.flags == ["c-format", "ellipsis-unicode-check", "zed-format", "ignore-length"]
    written = format_po(ours.catalog).decode()
    assert "#, c-format, ellipsis-unicode-check, zed-format, ignore-length\n" in written
    without_ours = written.replace(", ellipsis-unicode-check, zed-format, ignore-length", "")
    assert without_ours.encode() == _gnu_merge(tmp_path, tmp_path / "old.po", tmp_path / "new.pot")
