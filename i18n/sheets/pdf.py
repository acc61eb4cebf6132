"""PDF output: a rendered HTML sheet printed to PDF by WeasyPrint, an optional extra.

WeasyPrint embeds (subsets) every font it uses and writes real text, so the PDF's text can be
selected and searched, and the no-break spaces of French typography survive as characters.
Nothing here imports WeasyPrint until a PDF is asked for; without it (or without the Pango
library it needs) the error says how to install it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from i18n.errors import FactsheetError

PAGE_SIZES = ("A4", "Letter")
INSTALL_HINT = "PDF output needs WeasyPrint: pip install 'factsheet[pdf]'"
# Debian's names for what WeasyPrint loads at import (Pango) and a font family to draw with.
SYSTEM_PACKAGES = "libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core"


class PdfUnavailable(FactsheetError):
    """WeasyPrint (or a system library it needs) is not installed."""


def _weasyprint():
    try:
        import weasyprint
    except ImportError:
        raise PdfUnavailable(INSTALL_HINT) from None
    except OSError as error:  # WeasyPrint is installed but cannot load Pango
        raise PdfUnavailable(
            f"WeasyPrint cannot load its system libraries ({error}); on Debian: apt-get install {SYSTEM_PACKAGES}"
        ) from None
    return weasyprint


def page_css(page_size: str) -> str:
    """The @page rule for the chosen paper; margins suit both sizes."""
    if page_size not in PAGE_SIZES:
        raise ValueError(f"page size must be one of {', '.join(PAGE_SIZES)}, not {page_size!r}")
    return f"@page {{ size: {page_size}; margin: 18mm 16mm 20mm; }}"


def html_to_pdf(html: str, base_url: str | None, page_size: str = "A4") -> bytes:
    """The PDF of `html`; `base_url` resolves its relative links (the folder of the HTML file).

    WeasyPrint fetches only file: and data: URLs here: a sheet is self-contained, and a link to
    the network must not make a build hang or depend on it.
    """
    paper = page_css(page_size)
    weasyprint = _weasyprint()
    fetcher = weasyprint.URLFetcher(allowed_protocols=("file", "data"))
    document = weasyprint.HTML(string=html, base_url=base_url, url_fetcher=fetcher)
    return document.write_pdf(stylesheets=[weasyprint.CSS(string=paper)])


@dataclass(frozen=True)
class PdfPage:
    path: Path
    locale: str
    data: bytes


def pdf_pages(html_pages, page_size: str = "A4") -> tuple[PdfPage, ...]:
    """A PDF for each rendered HTML page (anything with `path`, `locale` and `text`), named like it
    with `.pdf`; every PDF is made before any is written, as the other formats are."""
    page_css(page_size)
    _weasyprint()  # fail before the first page, not after some
    return tuple(
        PdfPage(page.path.with_suffix(".pdf"), page.locale,
                html_to_pdf(page.text, page.path.parent.resolve().as_uri() + "/", page_size))
        for page in html_pages
    )
