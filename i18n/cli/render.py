"""`factsheet render`: the project's fact sheets as HTML, Markdown and (with the pdf extra) PDF pages, one folder per locale."""

from pathlib import Path

import click

from i18n.cli.common import project, report_outcomes


@click.command()
@click.option("--locale", "-l", "locales", multiple=True, metavar="LOCALE",
              help="Render this locale (repeatable); default: every locale of the project.")
@click.option("--format", "-f", "formats", multiple=True, type=click.Choice(["html", "md", "pdf"]),
              help="Render this format (repeatable); default: html and md. pdf needs `pip install 'factsheet[pdf]'`.")
@click.option("--page-size", type=click.Choice(["A4", "Letter"]), default="A4", show_default=True,
              help="Paper size of the PDF sheets.")
@click.option("--sheet", "-s", "sheets", multiple=True, metavar="SLUG",
              help="Render this sheet (repeatable); default: every data/<slug>.toml.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Output folder; default: the project's `output` setting (build/).")
def command(locales, formats, sheets, out_dir, page_size):
    """Render the fact sheets to OUT/<locale>/<slug>.html, .md (and .pdf) with the compiled catalogues.

    Every page is rendered before any is written, so an error leaves the output as it was.
    """
    from i18n.project.operations import relative
    from i18n.sheets.render import render_project

    current = project()
    # A PDF is printed from the HTML page, which is written only when html is asked for too.
    wanted = set(formats)
    render_formats = tuple(dict.fromkeys("html" if name == "pdf" else name for name in formats))
    result = render_project(current, locales=locales, formats=render_formats, sheets=sheets, out_dir=out_dir)
    for catalogue in result.stale_catalogues:
        shown = relative(current, catalogue)
        click.echo(f"factsheet: warning: {shown} changed since it was compiled; run `factsheet compile`", err=True)
    pdfs = ()
    if "pdf" in wanted:
        from i18n.sheets.pdf import pdf_pages

        pdfs = pdf_pages([page for page in result.pages if page.output_format == "html"], page_size)
    pages = [page for page in result.pages if not wanted or page.output_format in wanted]
    report_outcomes(current, write_pages(pages) + write_pdfs(pdfs, page_size))


def write_pages(pages):
    """Each page written whole (temporary file and rename), only when its text changed."""
    from i18n.project.operations import FileOutcome
    from i18n.files import write_atomic

    return [
        FileOutcome(page.path, write_atomic(page.path, page.text.encode("utf-8")), f"{page.locale}, {page.output_format}")
        for page in pages
    ]


def write_pdfs(pdfs, page_size):
    from i18n.project.operations import FileOutcome
    from i18n.files import write_atomic

    return [FileOutcome(pdf.path, write_atomic(pdf.path, pdf.data), f"{pdf.locale}, pdf, {page_size}") for pdf in pdfs]
