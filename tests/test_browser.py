"""The built pages in a real browser (Debian's headless Chromium through playwright): the fact sheets
and the review pages say their language, fit a phone and a desktop without sideways scrolling, run
without a console error, draw the chart with labels in the page's language, and the review filter
works from the keyboard. Screenshots go to test-artifacts/."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import sync_playwright

from i18n.po.io import read_catalog
from i18n.po.model import Catalog, Entry
from i18n.review.page import build_review, render_review_page
from tests.browser_support import WIDTHS, factsheet, launch, open_page
from tests.project_fixture import copy_real_project as copy_project

SHEET = "amur-leopard.html"
VISIBLE_MESSAGES = "Array.from(document.querySelectorAll('#messages > .message')).filter(m => m.checkVisibility()).length"


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """A copy of the repository's project with its sheets and review pages built."""
    root = copy_project(tmp_path_factory.mktemp("browser") / "project")
    for step in (["build"], ["review"]):
        factsheet(root, *step)
    return root


def project_locales(root):
    from i18n.project.config import load_project

    settings = load_project(root)
    return settings.source_locale, settings.locales


def locales_of_repository():
    from tests.browser_support import REPOSITORY

    return project_locales(REPOSITORY)


SOURCE_LOCALE, LOCALES = locales_of_repository()
TARGET_LOCALES = [locale for locale in LOCALES if locale != SOURCE_LOCALE]


def sheet_url(root, locale):
    return (root / "build" / locale / SHEET).as_uri()


def review_url(root, locale):
    return (root / "build" / "review" / f"{locale}.html").as_uri()


def assert_fits_and_runs_clean(opened, url):
    assert opened.errors == [], opened.errors
    assert opened.horizontal_overflow() <= 0, "the page scrolls sideways"
    outside = [request for request in opened.requests if not request.startswith(("file:", "data:"))]
    assert outside == [], outside


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("locale", LOCALES)
def test_sheet_says_its_language_fits_and_runs_clean(browser, project, locale, width):
    url = sheet_url(project, locale)
    opened = open_page(browser, url, width)
    opened.screenshot(f"sheet-{locale}-{width}")
    assert opened.page.evaluate("document.documentElement.lang") == locale.replace("_", "-")
    assert_fits_and_runs_clean(opened, url)
    opened.page.close()


def chart_labels(page):
    """The chart's visible labels (its title, groups, rows and axis; the figures left out) and its size on the page."""
    chart = page.locator(".pop-chart").first
    box = chart.bounding_box()
    words = chart.evaluate(
        "chart => Array.from(chart.querySelectorAll('.pop-title, .pop-group-title, .pop-label, .pop-when, .pop-axis-label'))"
        ".map(node => (node.firstChild && node.firstChild.nodeType === 3 ? node.firstChild.textContent : node.textContent).trim())"
        ".filter(text => /\\p{L}/u.test(text))"
    )
    return box, words


@pytest.mark.parametrize("locale", TARGET_LOCALES)
def test_chart_is_drawn_with_labels_in_the_page_language(browser, project, locale):
    source_page = open_page(browser, sheet_url(project, SOURCE_LOCALE), 1280)
    target_page = open_page(browser, sheet_url(project, locale), 1280)
    source_box, source_words = chart_labels(source_page.page)
    target_box, target_words = chart_labels(target_page.page)
    target_page.page.locator("figure").first.screenshot(path=str(target_page.screenshot(f"chart-{locale}")))
    for box in (source_box, target_box):
        assert box is not None and box["width"] > 100 and box["height"] > 100
    assert target_page.page.locator(".pop-chart").first.is_visible()
    catalog, _ = read_catalog(project / "locales" / locale / "LC_MESSAGES" / "messages.po")
    translation = {entry.msgid: entry.msgstr for entry in catalog.entries if entry.translated and not entry.is_plural}
    # Each English label that is a whole message must appear as the catalogue translates it.
    expected = [translation[word] for word in source_words if word in translation]
    assert expected, f"no chart label of {source_words} is translated in the {locale} catalogue"
    for word in expected:
        assert word in target_words, (word, target_words)
    untranslated_left = [word for word in source_words if word in translation and translation[word] != word
                         and word in target_words]
    assert untranslated_left == []
    source_page.page.close()
    target_page.page.close()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("locale", TARGET_LOCALES)
def test_review_page_fits_marks_languages_and_runs_clean(browser, project, locale, width):
    url = review_url(project, locale)
    opened = open_page(browser, url, width)
    opened.screenshot(f"review-{locale}-{width}")
    assert_fits_and_runs_clean(opened, url)
    page = opened.page
    messages = page.locator("#messages > .message").count()
    assert messages > 0
    assert page.locator(f".side.source .text[lang='{SOURCE_LOCALE}']").count() >= messages
    assert page.locator(f".side.target .text[lang='{locale.replace('_', '-')}']").count() >= messages
    # Side by side on a wide screen, one above the other on a phone.
    source_box = page.locator(".side.source").first.bounding_box()
    target_box = page.locator(".side.target").first.bounding_box()
    if width >= 1000:
        assert target_box["x"] > source_box["x"] + source_box["width"] - 1
        assert abs(target_box["y"] - source_box["y"]) < 1
    else:
        assert target_box["y"] >= source_box["y"] + source_box["height"] - 1
    page.close()


def press_tab_until(page, element_id, limit=10):
    for presses in range(1, limit + 1):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement && document.activeElement.id") == element_id:
            return presses
    raise AssertionError(f"#{element_id} not reached with {limit} presses of Tab")


@pytest.mark.parametrize("locale", TARGET_LOCALES)
def test_review_filter_works_from_the_keyboard(browser, project, locale):
    opened = open_page(browser, review_url(project, locale), 375)
    page = opened.page
    total = page.locator("#messages > .message").count()
    needing = page.locator("#messages > .message[data-attention='true']").count()
    assert page.evaluate(VISIBLE_MESSAGES) == total
    press_tab_until(page, "only-attention")
    page.keyboard.press("Space")
    assert page.locator("#only-attention").is_checked()
    assert page.evaluate(VISIBLE_MESSAGES) == needing
    assert page.locator("#visible-count").inner_text() == f"Showing {needing} of {total} messages"
    opened.screenshot(f"review-{locale}-filtered-375")
    page.keyboard.press("Space")
    assert page.evaluate(VISIBLE_MESSAGES) == total
    assert opened.errors == []
    page.close()


def test_review_filter_hides_exactly_the_messages_without_problems(browser, tmp_path):
    entries = [
        Entry("Fine 2024", "Bien 2024", line=2),
        Entry("Changed 100", "Changé 110", line=5),
        Entry("Fuzzy", "Flou", flags=["fuzzy"], line=8),
        Entry("Empty", "", line=11),
        Entry("Also fine", "Aussi bien", line=14),
    ]
    page_html = render_review_page(build_review(Catalog(entries=entries), [], source_locale="en", target_locale="fr",
                                                catalogue_label="fr.po"))
    path = tmp_path / "review.html"
    path.write_text(page_html, encoding="utf-8")
    opened = open_page(browser, path.as_uri(), 1280)
    page = opened.page
    press_tab_until(page, "only-attention")
    page.keyboard.press("Space")
    shown = page.evaluate(
        "Array.from(document.querySelectorAll('#messages > .message')).filter(m => m.checkVisibility())"
        ".map(m => m.querySelector('.side.source .text').textContent)"
    )
    assert shown == ["Changed 100", "Fuzzy", "Empty"]
    assert opened.errors == []
    page.close()


HOSTILE = "<script>alert('from the catalogue')</script><img src=x onerror=\"alert('img')\">"


def test_catalogue_markup_is_shown_as_text_in_the_browser(browser, tmp_path):
    entries = [Entry("Status", HOSTILE, msgctxt=HOSTILE, line=2, extracted_comments=[HOSTILE])]
    page_html = render_review_page(build_review(Catalog(entries=entries), [], source_locale="en", target_locale="fr",
                                                catalogue_label="fr.po"))
    path = tmp_path / "hostile.html"
    path.write_text(page_html, encoding="utf-8")
    opened = open_page(browser, path.as_uri(), 375)
    page = opened.page
    opened.screenshot("review-hostile-375")
    assert page.locator(".side.target .text").inner_text() == HOSTILE
    assert page.locator("img").count() == 0
    assert page.evaluate("document.scripts.length") == 1
    assert opened.errors == []  # no alert() ran (a dialog is recorded as an error)
    assert all(not re.match(r"https?:", request) for request in opened.requests)
    page.close()


@pytest.mark.parametrize("locale", LOCALES)
def test_key_fact_labels_take_at_most_two_lines_on_paper(browser, project, locale):
    """Printed, the key facts' labels keep to one or two lines (A4's text column is about 680 px)."""
    page = browser.new_page(viewport={"width": 680, "height": 1000})
    page.emulate_media(media="print")
    page.goto(sheet_url(project, locale))
    # Lines of a label's text: the distinct tops of the boxes of its words (the cell may be taller).
    lines = page.eval_on_selector_all(".key-facts dt", """terms => terms.map(term => {
        const range = document.createRange();
        range.selectNodeContents(term);
        return new Set(Array.from(range.getClientRects()).map(box => Math.round(box.top))).size;
    })""")
    assert lines and max(lines) <= 2, lines
    page.close()
