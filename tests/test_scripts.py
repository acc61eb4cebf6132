"""The sheet in other scripts, in a real browser: Arabic (right to left), Devanagari, Japanese and
Cyrillic pages built from catalogues the tests make (tests/script_fixtures.py). Each page says its
language and direction, draws its text with a font that has the script's glyphs (asked of Chromium,
which reports the platform fonts it used for a node), writes numbers as CLDR writes them for the
locale, mirrors the chart right to left without reversing a number range, fits a phone without
sideways scrolling, and passes the project's own checks. Screenshots go to test-artifacts/."""

from __future__ import annotations

import io
import subprocess

import pytest
from babel.numbers import format_decimal
from playwright.sync_api import sync_playwright
from pypdf import PdfReader

from i18n.sheets.fonts import font_families
from tests.browser_support import ARTIFACTS, WIDTHS, factsheet, launch, open_page
from tests.project_fixture import copy_real_project
from tests.script_fixtures import SAMPLES, add_locales

LOCALES = ("ar", "hi", "ja", "ru")
DIRECTION = {"ar": "rtl", "hi": "ltr", "ja": "ltr", "ru": "ltr"}
# The pages are published whatever the checks find (publish_with_errors), so that what is tested
# here is the rendering; whether the checks pass is the separate test below.
CHECKED = LOCALES


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    root = copy_real_project(tmp_path_factory.mktemp("scripts") / "project")
    add_locales(root, LOCALES)
    pyproject = root / "pyproject.toml"
    pyproject.write_text(pyproject.read_text(encoding="utf-8").replace(
        'output = "build"', f'output = "build"\npublish_with_errors = {list(LOCALES)!r}'.replace("'", '"')),
        encoding="utf-8")
    factsheet(root, "build")
    return root


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


def sheet_url(root, locale):
    return (root / "build" / locale / "amur-leopard.html").as_uri()


def platform_fonts(page, selector):
    """The fonts Chromium drew the node's text with: [(family, glyphs)]."""
    session = page.context.new_cdp_session(page)
    session.send("DOM.enable")
    session.send("CSS.enable")
    document = session.send("DOM.getDocument")
    node = session.send("DOM.querySelector", {"nodeId": document["root"]["nodeId"], "selector": selector})
    fonts = session.send("CSS.getPlatformFontsForNode", {"nodeId": node["nodeId"]})["fonts"]
    session.detach()
    return [(font["familyName"], font["glyphCount"]) for font in fonts]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("locale", LOCALES)
def test_the_page_says_its_language_and_direction_and_fits(browser, project, locale, width):
    opened = open_page(browser, sheet_url(project, locale), width)
    opened.screenshot(f"script-{locale}-{width}")
    page = opened.page
    assert page.evaluate("document.documentElement.lang") == locale
    assert page.evaluate("document.documentElement.dir") == DIRECTION[locale]
    assert page.evaluate("getComputedStyle(document.body).direction") == DIRECTION[locale]
    assert opened.errors == []
    assert opened.horizontal_overflow() <= 0, "the page scrolls sideways"
    # Nothing of the chart sticks out of the window: no label clipped off either edge.
    outside = page.evaluate("""width => Array.from(document.querySelectorAll('.pop-chart *'))
        .map(node => node.getBoundingClientRect()).filter(box => box.width > 0)
        .filter(box => box.left < -0.5 || box.right > width + 0.5).length""", width)
    assert outside == 0
    page.close()


@pytest.mark.parametrize("locale", LOCALES)
def test_the_text_is_drawn_with_a_font_of_its_script(browser, project, locale):
    opened = open_page(browser, sheet_url(project, locale), 1280)
    used = platform_fonts(opened.page, "main p.lede")
    own = font_families(locale)[0]
    glyphs = dict(used)
    assert glyphs.get(own, 0) >= len(SAMPLES[locale].replace(" ", "")), used
    # The page asks for the script's font first.
    assert opened.page.evaluate("getComputedStyle(document.body).fontFamily").startswith(f'"{own}"')
    opened.page.close()


@pytest.mark.parametrize("locale", LOCALES)
def test_numbers_are_written_as_the_locale_writes_them(browser, project, locale):
    opened = open_page(browser, sheet_url(project, locale), 1280)
    text = opened.page.inner_text("main")
    for figure in (262000, 5000, 300):
        assert format_decimal(figure, locale=locale) in text, (locale, figure)
    if locale == "hi":
        assert "2,62,000" in text  # Indian grouping: lakhs
    ticks = opened.page.eval_on_selector_all(".pop-ticks span", "nodes => nodes.map(node => node.textContent)")
    assert ticks == [format_decimal(value, locale=locale) for value in (0, 100, 200, 300, 400)]
    opened.page.close()


def boxes(page, selector):
    return page.eval_on_selector_all(selector, "nodes => nodes.map(node => node.getBoundingClientRect().toJSON())")


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("locale", LOCALES)
def test_the_chart_runs_in_the_pages_direction_and_keeps_ranges_in_order(browser, project, locale, width):
    opened = open_page(browser, sheet_url(project, locale), width)
    page = opened.page
    page.locator(".pop-chart").screenshot(path=str(ARTIFACTS / f"script-chart-{locale}-{width}.png"))
    first, *_middle, last = boxes(page, ".pop-ticks span")
    rtl = DIRECTION[locale] == "rtl"
    # Zero starts the scale: at the left, or at the right of a right-to-left page.
    assert (first["left"] > last["right"]) if rtl else (first["right"] < last["left"])
    # A range reads low to high from left to right inside its isolate, whatever the page's direction.
    order = page.evaluate("""() => Array.from(document.querySelectorAll('.pop-value bdi.range')).map(bdi => {
        const text = bdi.firstChild, dash = text.textContent.indexOf('–');
        const range = document.createRange();
        range.setStart(text, 0); range.setEnd(text, dash); const low = range.getBoundingClientRect();
        range.setStart(text, dash + 1); range.setEnd(text, text.textContent.length); const high = range.getBoundingClientRect();
        return [text.textContent, low.left < high.left];
    })""")
    assert len(order) >= 5 and all(in_order for _text, in_order in order), order
    # No written figure overlaps another one's mark or the mark of its own row.
    rows = page.eval_on_selector_all(".pop-track", """tracks => tracks.map(track => {
        const mark = track.querySelector('.pop-mark').getBoundingClientRect();
        const value = track.querySelector('.pop-value').getBoundingClientRect();
        return mark.right <= value.left + 0.5 || value.right <= mark.left + 0.5;
    })""")
    assert rows and all(rows)
    page.close()


def test_right_to_left_mirrors_the_marks(browser, project):
    opened = open_page(browser, sheet_url(project, "ar"), 1280)
    english = open_page(browser, sheet_url(project, "en"), 1280)
    for page in (opened.page, english.page):
        page.evaluate("window.scrollTo(0, 0)")
    ar_track, en_track = boxes(opened.page, ".pop-track")[0], boxes(english.page, ".pop-track")[0]
    ar_mark, en_mark = boxes(opened.page, ".pop-mark")[0], boxes(english.page, ".pop-mark")[0]
    # The same share of the scale from the start: the left edge in English, the right edge in Arabic.
    en_share = (en_mark["left"] - en_track["left"]) / en_track["width"]
    ar_share = (ar_track["right"] - ar_mark["right"]) / ar_track["width"]
    assert ar_share == pytest.approx(en_share, abs=0.01)
    opened.page.close()
    english.page.close()


@pytest.mark.parametrize("locale", CHECKED)
def test_the_projects_checks_pass_on_each_script(project, locale):
    result = subprocess.run(["factsheet", "check"], cwd=project, capture_output=True, text=True)
    errors = [line for line in result.stdout.splitlines() if ": error: " in line and f"/{locale}/" in line]
    assert errors == []


@pytest.mark.parametrize("locale", LOCALES)
def test_the_pdf_embeds_the_scripts_font(project, tmp_path, locale):
    out = tmp_path / "out"
    factsheet(project, "render", "--format", "pdf", "--locale", locale, "--out", str(out))
    path = out / locale / "amur-leopard.pdf"
    listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = [row.split() for row in listing.splitlines()[2:]]
    own = font_families(locale)[0].replace(" ", "")
    assert any(own in row[0].replace("-", "") for row in rows), listing
    assert all(row[-5] == "yes" for row in rows), listing
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages)
    assert SAMPLES[locale].split()[0] in text or locale == "ar"  # Arabic is stored in visual order
    ARTIFACTS.mkdir(exist_ok=True)
    subprocess.run(["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "2", str(path), str(ARTIFACTS / f"script-pdf-{locale}")],
                   check=True)


def test_ci_installs_the_fonts_these_scripts_need():
    from i18n.sheets.fonts import debian_packages
    from tests.project_fixture import REPOSITORY

    script = (REPOSITORY / ".ci" / "run").read_text(encoding="utf-8")
    for package in debian_packages(LOCALES):
        assert package in script, package
