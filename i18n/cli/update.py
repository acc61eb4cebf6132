from pathlib import Path

import click

from i18n.cli.common import project, report_outcomes


@click.command()
@click.option(
    "--template", "-t", "template_path", type=click.Path(dir_okay=False, path_type=Path),
    help="Merge this POT into the CATALOGUES given (as `msgmerge --previous --update`).",
)
@click.argument("catalogues", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
def command(template_path, catalogues):
    """Merge the POT into every locale's catalogue, keeping all translators' work.

    With no arguments, updates the project's catalogues from its POT (a locale without a catalogue
    gets a new one). With --template T.pot CATALOGUE.po ..., updates those files in place.
    New messages come in untranslated; changed ones fuzzy, with the previous msgid; removed ones
    become obsolete (#~) and come back with their translation if the message returns.
    """
    from i18n.pipeline import read_template, update_catalogue, update_project

    if catalogues and template_path is None:
        raise click.UsageError("give the POT file with --template when naming catalogues")
    if template_path is not None:
        if not catalogues:
            raise click.UsageError("name at least one catalogue to update with --template")
        template = read_template(template_path)
        report_outcomes(None, [update_catalogue(path, template) for path in catalogues])
        return
    current = project()
    report_outcomes(current, update_project(current))
