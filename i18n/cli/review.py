from pathlib import Path

import click

from i18n.cli.common import report_outcomes


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--locale", "locales", multiple=True, metavar="LOCALE",
              help="Project: locale to review (repeatable; default: every locale but the source locale). "
                   "PO files: their target locale (default: each file's Language header).")
@click.option("--source-locale", default=None, help="Locale of the msgids of PO files given as paths (default: en).")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="File to write (one locale or file only); default: <output>/review/<locale>.html, "
                   "or <file>.review.html beside a PO file.")
def command(paths, locales, source_locale, out):
    """A bilingual review page per locale: source and translation side by side, numbers paired,
    every finding of `factsheet check` at its message, a filter for the messages needing attention.

    With PATHS, one page per PO file of any gettext project, with the findings `factsheet check
    PATH` reports; a fuzzy message shows, word by word, how its source changed since it was translated.
    """
    if paths:
        _review_files(paths, locales, source_locale, out)
        return
    from i18n.cli.common import project
    from i18n.review.write import write_review_pages

    if source_locale is not None:
        raise click.UsageError("--source-locale applies to PO files given as paths; the project sets source_locale")
    current = project()
    report_outcomes(current, write_review_pages(current, tuple(locales), out))


def _review_files(paths, locales, source_locale, out) -> None:
    from i18n.checks.config import load_check_config
    from i18n.checks.engine import CheckOptions
    from i18n.locales import known_locale, normalise_locale
    from i18n.review.write import write_catalogue_reviews

    if len(locales) > 1:
        raise click.BadParameter("give one target locale for PO files", param_hint="--locale")
    locale = locales[0] if locales else None
    for option, value in (("--locale", locale), ("--source-locale", source_locale)):
        if value is not None and not known_locale(normalise_locale(value) or ""):
            raise click.BadParameter(f"unknown locale {value!r}", param_hint=option)
    config = load_check_config()
    options = CheckOptions(normalise_locale(source_locale) or "en", normalise_locale(locale), config.select,
                           config.ignore, config.spacing)
    report_outcomes(None, write_catalogue_reviews(list(paths), options, config, out))
