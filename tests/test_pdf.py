"""PDF sheets through WeasyPrint: paper sizes, embedded fonts, selectable text that keeps French
no-break spaces, the chart drawn, and a one-line hint when WeasyPrint is not installed.

The text is read with pypdf, which follows the PDF's ToUnicode map (pdftotext prints every no-break
space as a plain space, so it cannot tell whether one survived); fonts are listed by pdffonts.
"""

from __future__ import annotations

import io
import subprocess
import sys

import pytest
from pypdf import PdfReader

from i18n.sheets.pdf import PAGE_SIZES, PdfUnavailable, html_to_pdf, page_css
from i18n.po.io import read_catalog
from tests.browser_support import ARTIFACTS, factsheet
from tests.project_fixture import copy_real_project as copy_project

# Points (1/72 in): ISO 216 A4 is 210 x 297 mm, US Letter 8.5 x 11 in.
PAPER_POINTS = {"A4": (210 / 25.4 * 72, 297 / 25.4 * 72), "Letter": (8.5 * 72, 11 * 72)}
FRENCH_SAMPLE = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Panthère de l’Amour</title></head>
<body><h1>Panthère de l’Amour</h1>
<p>Environ 262\u202f000\u00a0hectares, soit 60\u00a0% de l’habitat\u202f; «\u00a0en danger\u00a0».</p>
<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><text x="10" y="30">Année</text></svg>
</body></html>"""


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def embedded_fonts(path) -> list[tuple[str, str]]:
    """(font name, emb column) for each font pdffonts lists."""
    listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = listing.splitlines()[2:]
    fonts = []
    for row in rows:
        columns = row.split()
        # name, type (one or two words), encoding, emb, sub, uni, object, ID: emb is the 5th from the end.
        fonts.append((columns[0], columns[-5]))
    return fonts


@pytest.mark.parametrize("page_size", PAGE_SIZES)
def test_paper_size_is_the_one_asked_for(page_size):
    box = PdfReader(io.BytesIO(html_to_pdf(FRENCH_SAMPLE, None, page_size))).pages[0].mediabox
    width, height = PAPER_POINTS[page_size]
    assert float(box.width) == pytest.approx(width, abs=0.5)
    assert float(box.height) == pytest.approx(height, abs=0.5)


def test_text_is_selectable_and_keeps_no_break_spaces(tmp_path):
    data = html_to_pdf(FRENCH_SAMPLE, None, "A4")
    text = pdf_text(data)
    assert "Panthère de l’Amour" in text
    assert "262\u202f000\u00a0hectares" in text
    assert "60\u00a0%" in text and "«\u00a0en danger\u00a0»" in text
    assert "Année" in text  # SVG text is text too
    path = tmp_path / "sample.pdf"
    path.write_bytes(data)
    fonts = embedded_fonts(path)
    assert fonts and all(emb == "yes" for _name, emb in fonts), fonts


def test_an_unknown_paper_size_is_refused():
    with pytest.raises(ValueError, match="A4, Letter"):
        page_css("A5")


def test_nothing_is_fetched_from_the_network(tmp_path):
    picture = tmp_path / "dot.svg"
    picture.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>')
    html = ('<html><body><p>Local</p><img src="dot.svg">'
            '<img src="http://127.0.0.1:9/never.png"><link rel="stylesheet" href="https://example.invalid/x.css"></body></html>')
    fetched = []

    import weasyprint

    original = weasyprint.URLFetcher.fetch

    def spy(self, url, *args, **kwargs):
        fetched.append(url)
        return original(self, url, *args, **kwargs)

    weasyprint.URLFetcher.fetch = spy
    try:
        data = html_to_pdf(html, tmp_path.as_uri() + "/", "A4")
    finally:
        weasyprint.URLFetcher.fetch = original
    assert "Local" in pdf_text(data)
    assert any(url.endswith("dot.svg") for url in fetched)


def test_without_weasyprint_the_error_says_how_to_install_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "weasyprint", None)  # `import weasyprint` now raises ImportError
    with pytest.raises(PdfUnavailable, match=r"pip install 'factsheet\[pdf\]'"):
        html_to_pdf(FRENCH_SAMPLE, None, "A4")


# --- factsheet render --format pdf on a copy of the project --------------------------------------


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    root = copy_project(tmp_path_factory.mktemp("pdf") / "project")
    factsheet(root, "build")
    return root


def french(project, msgid):
    catalog, _ = read_catalog(project / "locales" / "fr" / "LC_MESSAGES" / "messages.po")
    [entry] = [entry for entry in catalog.entries if entry.msgid == msgid and entry.msgctxt is None]
    assert entry.translated, msgid
    return entry.msgstr


@pytest.mark.parametrize("page_size", PAGE_SIZES)
def test_render_writes_the_french_pdf_sheet(project, page_size):
    result = factsheet(project, "render", "--format", "pdf", "--locale", "fr", "--page-size", page_size)
    path = project / "build" / "fr" / "amur-leopard.pdf"
    assert "build/fr/amur-leopard.pdf" in result.stdout
    data = path.read_bytes()
    reader = PdfReader(io.BytesIO(data))
    width, height = PAPER_POINTS[page_size]
    assert float(reader.pages[0].mediabox.width) == pytest.approx(width, abs=0.5)
    assert float(reader.pages[0].mediabox.height) == pytest.approx(height, abs=0.5)
    text = pdf_text(data)
    assert french(project, "Amur leopard") in text
    # The park's area as French writes it: a narrow no-break space (or a no-break space) between groups.
    assert "262\u202f000" in text or "262\u00a0000" in text
    assert "262,000" not in text
    # The chart is drawn: its axis label is only in the chart.
    assert french(project, "Number of leopards") in text
    fonts = embedded_fonts(path)
    assert fonts and all(emb == "yes" for _name, emb in fonts), fonts
    # Pictures of the pages, to look at (test-artifacts/pdf-fr-A4-1.png, ...).
    ARTIFACTS.mkdir(exist_ok=True)
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(path), str(ARTIFACTS / f"pdf-fr-{page_size}")], check=True)


def test_render_pdf_without_weasyprint_is_one_line(project):
    script = ("import sys; sys.modules['weasyprint'] = None; from i18n.cli import main; "
              "main(['render', '--format', 'pdf', '--locale', 'fr'])")
    result = subprocess.run([sys.executable, "-c", script], cwd=project, capture_output=True, text=True)
    assert result.returncode in (1, 2)
    assert "Traceback" not in result.stderr
    [line] = result.stderr.strip().splitlines()
    assert "pip install 'factsheet[pdf]'" in line


def test_render_pdf_alone_writes_only_pdfs_and_again_nothing(project, tmp_path):
    out = tmp_path / "out"
    first = factsheet(project, "render", "--format", "pdf", "--out", str(out))
    assert sorted(path.relative_to(out).as_posix() for path in out.rglob("*") if path.is_file()) == [
        "en/amur-leopard.pdf", "fr/amur-leopard.pdf"]
    assert first.stdout.count(": written") == 2
    again = factsheet(project, "render", "--format", "pdf", "--out", str(out))
    assert again.stdout.count(": unchanged") == 2  # the same bytes: no date or random id in the file


@pytest.mark.parametrize("page_size", PAGE_SIZES)
@pytest.mark.parametrize("locale", ["en", "fr"])
def test_the_sheet_is_two_or_three_full_pages_numbered_under_a_running_title(project, tmp_path, locale, page_size):
    out = tmp_path / "out"
    factsheet(project, "render", "--format", "pdf", "--locale", locale, "--page-size", page_size, "--out", str(out))
    path = out / locale / "amur-leopard.pdf"
    pages = [page.extract_text() for page in PdfReader(path).pages]
    assert 2 <= len(pages) <= 3
    title = "Amur leopard" if locale == "en" else french(project, "Amur leopard")
    for number, text in enumerate(pages, start=1):
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        assert f"{number} / {len(pages)}" in lines, lines[-3:]
        if number > 1:
            assert title in lines, lines[:3]  # the running title, alone on its line, on every page after the first
    # The last page is not a leftover: it holds at least a third of a full page's text.
    assert len(pages[-1]) >= len(pages[0]) / 3
    # No page ends with a heading whose text went on to the next page.
    import re

    html = (project / "build" / locale / "amur-leopard.html").read_text(encoding="utf-8")
    headings = {re.sub(r"<[^>]+>", "", heading).strip() for heading in re.findall(r"<h[23][^>]*>(.*?)</h[23]>", html)}
    for number in range(1, len(pages)):
        # pdftotext -layout writes lines top to bottom as they stand on the page (pypdf follows the
        # content stream, where positioned boxes come late).
        text = subprocess.run(["pdftotext", "-layout", "-f", str(number), "-l", str(number), str(path), "-"],
                              capture_output=True, text=True, check=True).stdout
        body = [line.strip() for line in text.splitlines() if line.strip()]
        assert re.fullmatch(r"\d+ ?/ ?\d+", body[-1]), body[-1]
        assert body[-2] not in headings and len(body) > 10, body[-3:]
    ARTIFACTS.mkdir(exist_ok=True)
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(path), str(ARTIFACTS / f"pdf-{locale}-{page_size}")], check=True)
