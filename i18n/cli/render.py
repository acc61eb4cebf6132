"""`factsheet render`: the project's fact sheets as HTML and Markdown pages, one folder per locale."""

from pathlib import Path

import click

from i18n.cli.common import project, report_outcomes


@click.command()
@click.option("--locale", "-l", "locales", multiple=True, metavar="LOCALE",
              help="Render this locale (repeatable); default: every locale of the project.")
@click.option("--format", "-f", "formats", multiple=True, type=click.Choice(["html", "md"]),
              help="Render this format (repeatable); default: both.")
@click.option("--sheet", "-s", "sheets", multiple=True, metavar="SLUG",
              help="Render this sheet (repeatable); default: every data/<slug>.toml.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Output folder; default: the project's `output` setting (build/).")
def command(locales, formats, sheets, out_dir):
    """Render the fact sheets to OUT/<locale>/<slug>.html and .md with the compiled catalogues.

    Every page is rendered before any is written, so an error leaves the output as it was.
    """
    from i18n.pipeline import relative
    from i18n.render import render_project

    current = project()
    result = render_project(current, locales=locales, formats=formats, sheets=sheets, out_dir=out_dir)
    for catalogue in result.stale_catalogues:
        shown = relative(current, catalogue)
        click.echo(f"factsheet: warning: {shown} changed since it was compiled; run `factsheet compile`", err=True)
    report_outcomes(current, write_pages(result.pages))


def write_pages(pages):
    """Each page written whole (temporary file and rename), only when its text changed."""
    from i18n.pipeline import FileOutcome
    from i18n.safe_write import write_atomic

    return [
        FileOutcome(page.path, write_atomic(page.path, page.text.encode("utf-8")), f"{page.locale}, {page.output_format}")
        for page in pages
    ]
