from pathlib import Path

import click

from i18n.cli.common import project, report_outcomes


@click.command()
@click.option("--locale", "locales", multiple=True, metavar="LOCALE",
              help="Locale to review (repeatable); default: every locale but the source locale.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="File to write (one locale only); default: <output>/review/<locale>.html.")
def command(locales, out):
    """A bilingual review page per locale: source and translation side by side, numbers paired,
    every finding of `factsheet check` at its message, a filter for the messages needing attention."""
    from i18n.review_files import write_review_pages

    current = project()
    report_outcomes(current, write_review_pages(current, tuple(locales), out))
