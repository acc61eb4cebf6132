"""`factsheet render`: the project's fact sheets as HTML, Markdown and (with the pdf extra) PDF pages, one folder per locale."""

from pathlib import Path

import click

from i18n.cli.common import project, report_outcomes
from i18n.sheets.formats import FORMATS


@click.command()
@click.option("--locale", "-l", "locales", multiple=True, metavar="LOCALE",
              help="Render this locale (repeatable); default: every locale of the project.")
@click.option("--format", "-f", "formats", multiple=True, type=click.Choice(list(FORMATS)),
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
    from i18n.sheets.pages import output_pages, render_project, write_pages

    current = project()
    result = render_project(current, locales=locales, formats=formats, sheets=sheets, out_dir=out_dir)
    for catalogue in result.stale_catalogues:
        shown = relative(current, catalogue)
        click.echo(f"factsheet: warning: {shown} changed since it was compiled; run `factsheet compile`", err=True)
    report_outcomes(current, write_pages(output_pages(result, page_size)))
