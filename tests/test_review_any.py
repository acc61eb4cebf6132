"""`factsheet review PATH.po`: the review page of any gettext catalogue, with `check`'s findings, and
a word-level diff of what changed in a fuzzy message's source (msgid and msgid_plural)."""

from __future__ import annotations

import json
import subprocess

import pytest
from click.testing import CliRunner
from playwright.sync_api import sync_playwright

from i18n.cli import cli
from i18n.po.model import Entry
from i18n.review.page import Change, source_changes, word_diff
from tests.browser_support import WIDTHS, launch, open_page
from tests.test_review import parse

PO = '''msgid ""
msgstr ""
"Language: fr\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=2; plural=(n > 1);\\n"

#: src/main.c:10
#, c-format
msgid "Error: %s"
msgstr "Erreur : %s"

#: src/main.c:20
#, fuzzy, c-format
#| msgid "%d leopard was counted"
#| msgid_plural "%d leopards were counted"
msgid "%d Amur leopard was counted in 2015"
msgid_plural "%d Amur leopards were counted in 2015"
msgstr[0] "%d panthère a été comptée"
msgstr[1] "%d panthères ont été comptées"

#: src/main.c:30
msgid "About 60 kg"
msgstr "Environ 65 kg"

#: src/main.c:40
#, fuzzy
#| msgid "Open that file"
msgid "Open the file now"
msgstr "Ouvrir le fichier"
'''


@pytest.mark.parametrize("before,after,expected", [
    ("About 100 leopards", "About 110 leopards",
     [("same", "About "), ("removed", "100"), ("added", "110"), ("same", " leopards")]),
    ("Open the file", "Open the file now", [("same", "Open the file"), ("added", " now")]),
    ("a, b", "a b", [("same", "a"), ("removed", ","), ("same", " b")]),
    ("", "New", [("added", "New")]),
])
def test_word_diff(before, after, expected):
    changes = word_diff(before, after)
    assert [(change.kind, change.text) for change in changes] == expected
    # Read back, each side is exactly its text.
    assert "".join(change.text for change in changes if change.kind != "added") == before
    assert "".join(change.text for change in changes if change.kind != "removed") == after


def test_a_plural_entry_diffs_both_source_texts():
    entry = Entry("%d cub", "", msgid_plural="%d cubs seen", msgstr_plural=["a", "b"], flags=["fuzzy"],
                  previous_msgid="%d cub", previous_msgid_plural="%d cubs")
    msgid, plural = source_changes(entry)
    assert (msgid.label, msgid.changes) == ("msgid", (Change("same", "%d cub"),))
    assert plural.label == "msgid_plural" and Change("added", " seen") in plural.changes


def review_of(tmp_path, monkeypatch):
    path = tmp_path / "po" / "fr.po"
    path.parent.mkdir()
    path.write_text(PO, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["review", "po/fr.po"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("po/fr.review.html: written (4 messages: 2 translated, 2 fuzzy, 0 untranslated;")
    return path, tmp_path / "po" / "fr.review.html"


def test_review_of_any_catalogue_has_the_findings_of_check(tmp_path, monkeypatch):
    path, page = review_of(tmp_path, monkeypatch)
    root = parse(page.read_text(encoding="utf-8"))
    shown = sorted((item.find_all(lambda e: "code" in e.classes).__next__().text,
                    next(item.find_all(lambda e: "location" in e.classes)).text)
                   for item in root.find_all(lambda e: "finding" in e.classes))
    checked = json.loads(CliRunner().invoke(cli, ["check", "--format", "json", "po/fr.po"]).stdout)["findings"]
    assert shown == sorted((item["code"], f"{item['path']}:{item['line']}") for item in checked)
    assert len(shown) >= 4  # the typography, the changed number, the two fuzzy messages


def test_review_follows_the_check_settings(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text('[tool.factsheet.check]\nignore = ["T", "fuzzy"]\n', encoding="utf-8")
    _path, page = review_of(tmp_path, monkeypatch)
    codes = {next(item.find_all(lambda e: "code" in e.classes)).text
             for item in parse(page.read_text(encoding="utf-8")).find_all(lambda e: "finding" in e.classes)}
    assert codes == {"N103"}


def test_review_of_files_refuses_bad_input_in_one_line(tmp_path):
    broken = tmp_path / "broken.po"
    broken.write_text('msgid "a"\nmsgstr "b\n', encoding="utf-8")
    result = subprocess.run(["factsheet", "review", str(broken)], capture_output=True, text=True)
    assert result.returncode == 2 and result.stderr.startswith(f"factsheet: error: {broken}:")
    assert len(result.stderr.splitlines()) == 1
    good = tmp_path / "fr.po"
    good.write_text(PO, encoding="utf-8")
    result = subprocess.run(["factsheet", "review", "--out", str(tmp_path / "x.html"), str(good), str(good)],
                            capture_output=True, text=True)
    assert result.returncode == 2 and "--out names one file" in result.stderr


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_the_source_diff_in_the_browser(browser, tmp_path, monkeypatch, width):
    _path, page = review_of(tmp_path, monkeypatch)
    opened = open_page(browser, page.as_uri(), width)
    diffs = opened.page.locator(".source-diff")
    assert diffs.count() == 3  # msgid and msgid_plural of the plural entry, msgid of the other
    plural = opened.page.locator(".source-diff[data-label='msgid_plural']")
    assert plural.locator("ins").all_inner_texts() == [" Amur", " in 2015"]
    last = opened.page.locator(".source-diff").nth(2)
    assert (last.locator("del").all_inner_texts(), last.locator("ins").all_inner_texts()) == (["that"], ["the", " now"])
    # Removed words are struck through and added ones stand out: what a reviewer sees.
    added = opened.page.locator(".source-diff ins").first
    removed = opened.page.locator(".source-diff del").first
    assert added.is_visible() and removed.is_visible()
    assert "line-through" in removed.evaluate("e => getComputedStyle(e).textDecorationLine")
    assert added.evaluate("e => getComputedStyle(e).backgroundColor") != \
        removed.evaluate("e => getComputedStyle(e).backgroundColor")
    assert opened.page.locator(".source-diff[data-label='msgid']").first.inner_text().startswith("%d ")
    # The filter shows the fuzzy messages among those needing attention; nothing broke or overflowed.
    assert opened.errors == [] and opened.horizontal_overflow() == 0
    assert all(url.startswith("file:") for url in opened.requests)
    opened.screenshot(f"review-any-catalogue-{width}")
