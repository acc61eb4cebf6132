"""The output formats of a sheet, one row each: a new format is one row here plus its templates.

A format is rendered from the templates (`layouts/<name>.j2` and `macros/<name>.j2`, chosen by the
`format` variable), or printed from another format's page (PDF from HTML). A rendered format says
how a translation or a data value becomes text in it: escaped, whatever a translator or a data file
typed, so that markup comes only from the templates.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markupsafe import Markup
# markupsafe is imported where it is used, so that the command line can list the formats cheaply.


def html_text(text: str) -> Markup:
    """A translation as HTML text; a passage left in the source language says so with its own `lang`
    (the page's `lang` is the target locale's). Attributes take the text without the mark (|striptags)."""
    from markupsafe import Markup, escape

    lang = getattr(text, "lang", None)
    if lang is None:
        return escape(text)
    return Markup('<span lang="%s">%s</span>') % (lang, text)


def markdown_text(text: str) -> Markup:
    """A translation as Markdown text: HTML-escaped, and its brackets backslashed so that it cannot
    open a link or an image (`[x](javascript:...)`); the template's own Markdown is left alone."""
    from markupsafe import Markup, escape

    return Markup(str(escape(text)).replace("[", "\\[").replace("]", "\\]"))


def markdown_data(value):
    """The sheet's data with every string as Markdown text (see `markdown_text`)."""
    if isinstance(value, Mapping):
        return MappingProxyType({key: markdown_data(item) for key, item in value.items()})
    if isinstance(value, tuple):
        return tuple(markdown_data(item) for item in value)
    if isinstance(value, str):
        return markdown_text(value)
    return value


def markdown_quotes(text: str) -> str:
    # Quotes need no escaping in Markdown text; `<`, `>` and `&` stay escaped, so a message still
    # cannot inject markup into a wiki that renders inline HTML.
    return text.replace("&#39;", "'").replace("&#34;", '"')


def print_pdf(pages: Sequence, page_size: str) -> tuple[bytes, ...]:
    """The PDF of each rendered HTML page (see i18n.sheets.pdf), every one made before any is written."""
    from i18n.sheets.pdf import pdf_pages

    return tuple(pdf.data for pdf in pdf_pages(pages, page_size))


def _unchanged(value):
    return value


@dataclass(frozen=True)
class OutputFormat:
    name: str
    suffix: str
    # Rendered when no format is asked for.
    by_default: bool = True
    # A translation as text of this format (for a rendered format).
    as_text: Callable[[str], Markup] = html_text
    # The sheet's data as the templates see it; HTML's autoescape needs nothing more.
    data_as_text: Callable = _unchanged
    # Last touches to the rendered text, before blank lines and trailing spaces are tidied.
    finish: Callable[[str], str] = _unchanged
    # A printed format: the format whose pages it prints, and the printer (pages, page size -> bytes each).
    printed_from: str | None = None
    print_pages: Callable[[Sequence, str], tuple[bytes, ...]] | None = None


FORMATS: dict[str, OutputFormat] = {
    output_format.name: output_format
    for output_format in (
        OutputFormat("html", ".html"),
        OutputFormat("md", ".md", as_text=markdown_text, data_as_text=markdown_data, finish=markdown_quotes),
        OutputFormat("pdf", ".pdf", by_default=False, printed_from="html", print_pages=print_pdf),
    )
}


def rendered_formats() -> tuple[str, ...]:
    """The formats rendered from templates (not printed from another's pages)."""
    return tuple(name for name, output_format in FORMATS.items() if output_format.printed_from is None)


def default_formats() -> tuple[str, ...]:
    """The formats rendered when none is asked for."""
    return tuple(name for name, output_format in FORMATS.items() if output_format.by_default)
