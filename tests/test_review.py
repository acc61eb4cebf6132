"""The review page: its data (states, findings at their messages, numbers paired) and its HTML
(escaped, `lang` on each side, self-contained), then `factsheet review` on a small project."""

from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from i18n.checks.base import Finding, Severity
from i18n.po.model import Catalog, Entry
from i18n.review.page import build_review, render_review_page

CATALOGUE = "locales/fr/LC_MESSAGES/messages.po"


def review(entries, findings=(), target="fr"):
    return build_review(Catalog(entries=list(entries)), list(findings), source_locale="en",
                        target_locale=target, catalogue_label=CATALOGUE)


def found(entry, code="N101", severity=Severity.ERROR, message="number missing", path=CATALOGUE, line=None):
    return Finding(path=path, line=entry.line if line is None else line, msgctxt=entry.msgctxt, msgid=entry.msgid,
                   check="number-missing", code=code, severity=severity, message=message)


class Element:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []

    @property
    def classes(self):
        return (self.attrs.get("class") or "").split()

    @property
    def text(self):
        return "".join(child if isinstance(child, str) else child.text for child in self.children)

    def find_all(self, predicate):
        for child in self.children:
            if isinstance(child, Element):
                if predicate(child):
                    yield child
                yield from child.find_all(predicate)


class TreeBuilder(HTMLParser):
    """Enough of an HTML tree to read what a browser would show (void elements closed at once)."""

    VOID = {"meta", "input", "br", "img", "link"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = self.current = Element("#document", {}, None)

    def handle_starttag(self, tag, attrs):
        element = Element(tag, attrs, self.current)
        self.current.children.append(element)
        if tag not in self.VOID:
            self.current = element

    def handle_endtag(self, tag):
        node = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.current = node.parent

    def handle_data(self, data):
        self.current.children.append(data)


def parse(html: str) -> Element:
    builder = TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root


def texts(root: Element, side: str):
    """The `.text` paragraphs of one side (source or target), message by message."""
    return [paragraph for paragraph in root.find_all(lambda e: "text" in e.classes and _side_of(e) == side)]


def _side_of(element):
    node = element.parent
    while node is not None:
        if "side" in node.classes:
            return "source" if "source" in node.classes else "target"
        node = node.parent
    return None


# --- data ----------------------------------------------------------------------------------------


def test_states_are_counted_as_msgfmt_counts_them():
    page = review([
        Entry("One", "Un", line=3),
        Entry("Two", "Deux", flags=["fuzzy"], line=6),
        Entry("Three", "", line=9),
        Entry("cub", msgid_plural="cubs", msgstr_plural=["petit", ""], line=12),
        Entry("Gone", "Parti", obsolete=True, line=15),
    ])
    # msgfmt --statistics: a plural message with msgstr[0] filled is translated.
    assert [message.state for message in page.messages] == ["translated", "fuzzy", "untranslated", "translated"]
    assert page.state_counts == {"translated": 2, "fuzzy": 1, "untranslated": 1}
    assert page.attention_count == 2


def test_findings_go_to_the_message_with_their_context_and_msgid():
    plain = Entry("Spring", "Printemps", line=3)
    season = Entry("Spring", "Printemps", msgctxt="season", line=7)
    water = Entry("Spring", "Source", msgctxt="water", line=11)
    header_problem = Finding(path=CATALOGUE, line=1, msgctxt=None, msgid=None, check="language-missing",
                             code="H501", severity=Severity.WARNING, message="no Language header")
    page = review([plain, season, water], [found(water, message="wrong word"), header_problem,
                                           found(plain, severity=Severity.INFO, message="note")])
    by_context = {message.msgctxt: message for message in page.messages}
    assert [f.message for f in by_context["water"].findings] == ["wrong word"]
    assert [f.message for f in by_context[None].findings] == ["note"]
    assert by_context["season"].findings == ()
    assert [f.message for f in page.other_findings] == ["no Language header"]
    assert page.other_findings[0].location == f"{CATALOGUE}:1"
    assert page.severity_counts == {"error": 1, "warning": 1, "info": 1}
    assert by_context["water"].needs_attention and not by_context["season"].needs_attention


def _numbers(forms):
    return [(piece.text, piece.pair, piece.unpaired) for form in forms for piece in form.pieces if piece.kind == "number"]


@pytest.mark.parametrize(("source", "target", "source_numbers", "target_numbers"), [
    # Equal values pair, whatever the locale's way of writing them; each value gets its own index.
    ("The park covers 262,000 hectares since 2012.", "Le parc couvre 262\u202f000 hectares depuis 2012.",
     [("262,000", 1, False), ("2012", 2, False)], [("262\u202f000", 1, False), ("2012", 2, False)]),
    # Order does not matter, values do.
    ("From 2012 to 2024", "De 2024 à 2012", [("2012", 1, False), ("2024", 2, False)], [("2024", 2, False), ("2012", 1, False)]),
    # A changed value leaves both sides unpaired.
    ("About 100 leopards", "Environ 110 léopards", [("100", None, True)], [("110", None, True)]),
    # One for one: a value written twice needs two partners (a number word is a partner too).
    ("3 males and 3 females", "3 mâles et trois femelles", [("3", 1, False), ("3", 1, False)],
     [("3", 1, False), ("trois", 1, False)]),
    # A repeated value said once in the translation is left unpaired and, as `factsheet check`
    # judges it, marked: the translation lost a number ("3 females" / "des femelles").
    ("3 males and 3 females", "3 mâles et des femelles", [("3", 1, False), ("3", None, True)], [("3", 1, False)]),
    # ... unless the source repeats a whole aside the translation says once.
    ("Males (born 2020); females (born 2020)", "Mâles et femelles (nés en 2020)",
     [("2020", 1, False), ("2020", None, False)], [("2020", 1, False)]),
    # "262,000" in French reads as 262: no partner, and the French one is marked (foreign style).
    ("262,000 hectares", "262,000 hectares", [("262,000", None, False)], [("262,000", None, True)]),
    # "a third" is an ordinal word in English; "le tiers" is no number: nothing the checker reports.
    ("the southern third of the range", "le tiers sud de l’aire", [("third", None, False)], []),
])
def test_numbers_are_paired_by_value(source, target, source_numbers, target_numbers):
    page = review([Entry(source, target, line=2)])
    message = page.messages[0]
    assert _numbers(message.source) == source_numbers
    assert _numbers(message.target) == target_numbers
    assert message.unpaired_numbers == sum(unpaired for *_, unpaired in _numbers(message.source) + _numbers(message.target))


def test_a_number_in_the_source_way_is_explained():
    message = review([Entry("It covers 262,000 hectares.", "Il couvre 262,000 hectares.", line=2)]).messages[0]
    [number] = [piece for piece in message.target[0].pieces if piece.kind == "number"]
    assert "262\u202f000" in number.note and "262,000" in number.title


def test_an_untranslated_source_number_is_not_called_unpaired():
    message = review([Entry("About 100 leopards", "", line=2)]).messages[0]
    assert _numbers(message.source) == [("100", None, False)]
    assert message.unpaired_numbers == 0


def test_plural_forms_pair_with_the_text_they_translate():
    entry = Entry("%(n)s cub in 2024", msgid_plural="%(n)s cubs in 2024",
                  msgstr_plural=["%(n)s petit en 2024", "%(n)s petits en 2023"], line=4)
    message = review([entry]).messages[0]
    assert [form.label for form in message.source] == ["msgid", "msgid_plural"]
    assert [form.label for form in message.target] == ["msgstr[0]", "msgstr[1]"]
    assert _numbers(message.target) == [("2024", 1, False), ("2023", None, True)]
    # msgid_plural's 2024 has no partner in msgstr[1] (it says 2023).
    assert _numbers(message.source) == [("2024", 1, False), ("2024", None, True)]


def test_no_break_spaces_are_their_own_pieces_and_the_text_is_kept():
    text = "Population\u202f: «\u00a0environ 100\u00a0»"
    message = review([Entry("Population: “about 100”", text, line=2)]).messages[0]
    assert message.target[0].text == text
    assert [piece.text for piece in message.target[0].pieces if piece.kind == "space"] == ["\u202f", "\u00a0", "\u00a0"]


# --- HTML --------------------------------------------------------------------------------------------


HOSTILE = [
    "<script>alert('x')</script>",
    "</p><img src=x onerror=alert(1)>",
    "Tom & Jerry &amp; &lt;b&gt; \"quoted\" 'single'",
    "{{ 7 * 7 }} {% raw %}",
    "  two leading spaces\nand a second line  ",
]


@pytest.mark.parametrize("hostile", HOSTILE)
def test_catalogue_text_is_shown_as_text_never_as_markup(hostile):
    entry = Entry(f"Source {hostile}", hostile, msgctxt=hostile, line=2,
                  extracted_comments=[hostile], references=[hostile])
    html = render_review_page(review([entry], [found(entry, message=hostile)]))
    root = parse(html)
    assert len(list(root.find_all(lambda e: e.tag == "script"))) == 1  # ours
    assert not list(root.find_all(lambda e: e.tag == "img" or "onerror" in e.attrs))
    [target] = texts(root, "target")
    assert target.text == hostile
    [source] = texts(root, "source")
    assert source.text == f"Source {hostile}"
    assert hostile in root.text  # the context, the note, the finding: as text


@settings(max_examples=60, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n<>&\"'\u202f\u00a0"), max_size=40))
def test_any_translation_reads_back_unchanged(translation):
    html = render_review_page(review([Entry("A 262,000 test", translation, line=2)]))
    [target] = texts(parse(html), "target")
    assert target.text == (translation or "(empty)")


@pytest.mark.parametrize(("locale", "tag", "direction"), [("fr", "fr", "ltr"), ("pt_BR", "pt-BR", "ltr"), ("ar", "ar", "rtl")])
def test_each_side_says_its_language(locale, tag, direction):
    html = render_review_page(review([Entry("Key facts", "Texte", line=2)], target=locale))
    root = parse(html)
    [source], [target] = texts(root, "source"), texts(root, "target")
    assert (source.attrs["lang"], source.attrs["dir"]) == ("en", "ltr")
    assert (target.attrs["lang"], target.attrs["dir"]) == (tag, direction)
    assert root.find_all(lambda e: e.tag == "html").__next__().attrs["lang"] == "en"


def test_the_page_loads_nothing_and_its_policy_allows_only_its_own_style_and_script():
    html = render_review_page(review([Entry("Key facts", "Faits clés", line=2)]))
    root = parse(html)
    [policy] = root.find_all(lambda e: e.attrs.get("http-equiv") == "Content-Security-Policy")
    [script] = root.find_all(lambda e: e.tag == "script")
    [style] = root.find_all(lambda e: e.tag == "style")

    def digest(text):
        return base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()

    content = policy.attrs["content"]
    assert "default-src 'none'" in content
    assert f"script-src 'sha256-{digest(script.text)}'" in content
    assert f"style-src 'sha256-{digest(style.text)}'" in content
    assert "src" not in script.attrs
    links = [e.attrs.get("href") for e in root.find_all(lambda e: "href" in e.attrs)]
    assert links and all(link.startswith("#") for link in links)
    assert not re.search(r"https?://", html)


def test_summary_and_filter_are_on_the_page():
    entries = [Entry("One", "Un", line=2), Entry("Two", "", line=5), Entry("Three", "Trois", flags=["fuzzy"], line=8)]
    root = parse(render_review_page(review(entries, [found(entries[0])])))
    counts = {e.classes[1]: e.text for e in root.find_all(lambda e: "count" in e.classes)}
    assert counts["state-translated"].split()[0] == "1"
    assert counts["state-untranslated"].split()[0] == "1"
    assert counts["severity-error"].split()[0] == "1"
    [toggle] = root.find_all(lambda e: e.attrs.get("id") == "only-attention")
    assert toggle.attrs["type"] == "checkbox"
    [label] = root.find_all(lambda e: e.tag == "label" and e.attrs.get("for") == "only-attention")
    attention = [e.attrs["data-attention"] for e in root.find_all(lambda e: "message" in e.classes)]
    assert attention == ["true", "true", "true"]
    [finding_item] = root.find_all(lambda e: "finding" in e.classes)
    assert f"{CATALOGUE}:2" in finding_item.text


# --- factsheet review --------------------------------------------------------------------------------

NUMBERS_TEMPLATE = """\
<h1>{{ _("Key facts") }}</h1>
<p>{{ _("The range covers 262,000 hectares.") }}</p>
<p>{{ _("About 100 leopards were counted in 2024.") }}</p>
<p>{{ _("Status") }}</p>
"""

FRENCH = {
    "Key facts": ("Faits clés", []),
    "The range covers 262,000 hectares.": ("Le territoire couvre 262\u202f000\u00a0hectares.", []),
    "About 100 leopards were counted in 2024.": ("Environ 110 léopards ont été comptés en 2024.", []),
    "Status": ("<script>alert(1)</script>", ["fuzzy"]),
}


@pytest.fixture
def translated_project(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from i18n.cli import cli
    from i18n.po.io import read_catalog, write_catalog
    from tests.project_fixture import write_project

    root = write_project(tmp_path / "tiny", template=NUMBERS_TEMPLATE)
    monkeypatch.chdir(root)
    for step in (["extract"], ["update"]):
        result = CliRunner().invoke(cli, step, catch_exceptions=False)
        assert result.exit_code == 0, result.output
    path = root / "locales" / "fr" / "LC_MESSAGES" / "messages.po"
    catalog, fingerprint = read_catalog(path)
    for entry in catalog.entries:
        entry.msgstr, flags = FRENCH[entry.msgid]
        entry.flags = [*entry.flags, *flags]
    write_catalog(path, catalog, expected=fingerprint)
    return root


def run_cli(*args):
    import subprocess

    return subprocess.run(["factsheet", *args], capture_output=True, text=True)


def test_review_command_writes_the_page_with_the_checks_findings(translated_project):
    from i18n.po.io import read_catalog

    result = run_cli("review")
    assert result.returncode == 0, result.stderr
    page_path = translated_project / "build" / "review" / "fr.html"
    assert result.stdout.startswith("build/review/fr.html: written")
    root = parse(page_path.read_text(encoding="utf-8"))
    messages = {_message_source(item): item for item in root.find_all(lambda e: "message" in e.classes)}
    assert set(messages) == set(FRENCH)
    catalog, _ = read_catalog(translated_project / "locales" / "fr" / "LC_MESSAGES" / "messages.po")
    line_of = {entry.msgid: entry.line for entry in catalog.entries}
    changed = messages["About 100 leopards were counted in 2024."]
    findings = [item.text for item in changed.find_all(lambda e: "finding" in e.classes)]
    assert any(f"locales/fr/LC_MESSAGES/messages.po:{line_of['About 100 leopards were counted in 2024.']}" in text
               for text in findings), findings
    assert messages["The range covers 262,000 hectares."].attrs["data-attention"] == "false"
    status = messages["Status"]
    assert status.attrs["data-state"] == "fuzzy"
    assert [t.text for t in texts(status, "target")] == ["<script>alert(1)</script>"]
    assert len(list(root.find_all(lambda e: e.tag == "script"))) == 1
    # Running it again with nothing changed rewrites nothing.
    again = run_cli("review")
    assert again.stdout.startswith("build/review/fr.html: unchanged")


def _message_source(message):
    [source] = texts(message, "source")
    return source.text


@pytest.mark.parametrize(("args", "expected"), [
    (["--locale", "de"], "unknown locale 'de'"),
    (["--locale", "en", "--locale", "fr", "--out", "x.html"], "--out names one file"),
])
def test_review_command_refuses_bad_arguments_in_one_line(translated_project, args, expected):
    result = run_cli("review", *args)
    assert result.returncode == 2
    assert expected in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (translated_project / "x.html").exists()


def test_review_command_says_which_catalogue_is_missing(translated_project):
    (translated_project / "locales" / "fr" / "LC_MESSAGES" / "messages.po").unlink()
    result = run_cli("review", "--out", "fr.html")
    assert result.returncode == 2
    assert "locales/fr/LC_MESSAGES/messages.po" in result.stderr and "factsheet init fr" in result.stderr
    assert not (translated_project / "fr.html").exists()


def test_review_command_writes_where_it_is_told(translated_project):
    result = run_cli("review", "--locale", "fr", "--out", "elsewhere/fr-review.html")
    assert result.returncode == 0, result.stderr
    assert (translated_project / "elsewhere" / "fr-review.html").is_file()
    assert not (translated_project / "build" / "review").exists()


def test_a_source_text_reworded_in_the_source_catalogue_is_what_the_translation_is_paired_with():
    entry = Entry("About 100 leopards live there.", "Environ 110 panthères y vivent.", line=2)
    english = Catalog(entries=[Entry("About 100 leopards live there.", "About 110 leopards live there.", line=2)])
    page = build_review(Catalog(entries=[entry]), [], source_locale="en", target_locale="fr",
                        catalogue_label=CATALOGUE, source_catalog=english)
    message = page.messages[0]
    assert [form.label for form in message.source] == ["en catalogue", "msgid"]
    assert message.source[0].text == "About 110 leopards live there."
    assert _numbers(message.source) == [("110", 1, False), ("100", None, False)]
    assert _numbers(message.target) == [("110", 1, False)]
    assert message.unpaired_numbers == 0


def test_review_shows_every_finding_factsheet_check_reports_for_the_locale(translated_project):
    import json
    from pathlib import Path

    checked = run_cli("check", "--format", "json")
    assert checked.returncode in (0, 1), checked.stderr
    catalogue = (translated_project / "locales" / "fr" / "LC_MESSAGES" / "messages.po").resolve()
    sheets = (translated_project / "build" / "fr").resolve()

    def about_french(path):
        path = Path(path).resolve()
        return path == catalogue or sheets in path.parents

    expected = sorted(
        (item["code"], f"{Path(item['path']).resolve().relative_to(translated_project.resolve()).as_posix()}"
                       + (f":{item['line']}" if item["line"] else ""))
        for item in json.loads(checked.stdout)["findings"] if about_french(item["path"])
    )
    assert expected, "the fixture's French catalogue should give findings"
    assert run_cli("review").returncode == 0
    root = parse((translated_project / "build" / "review" / "fr.html").read_text(encoding="utf-8"))
    shown = sorted(
        (item.find_all(lambda e: "code" in e.classes).__next__().text,
         item.find_all(lambda e: "location" in e.classes).__next__().text)
        for item in root.find_all(lambda e: "finding" in e.classes)
    )
    assert shown == expected, shown


def test_a_fuzzy_message_shows_the_source_text_its_translation_was_made_from():
    entry = Entry("About 110 leopards", "Environ 100 panthères", flags=["fuzzy"], previous_msgid="About 100 leopards", line=3)
    root = parse(render_review_page(review([entry])))
    [previous] = root.find_all(lambda e: "previous" in e.classes)
    assert previous.attrs["lang"] == "en" and previous.attrs["data-label"] == "msgid"
    [removed] = previous.find_all(lambda e: e.tag == "del")
    [added] = previous.find_all(lambda e: e.tag == "ins")
    assert (removed.text, added.text) == ("100", "110")
    assert previous.text == "About 100110 leopards"
    translated = Entry("Key facts", "L’essentiel", previous_msgid="Facts", line=7)  # not fuzzy: nothing to show
    assert review([translated]).messages[0].previous_source is None
    assert review([translated]).messages[0].source_changes == ()
