from pathlib import Path

import click

from i18n.cli.common import project, report_outcomes


@click.command()
@click.argument("catalogues", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="The .mo file (one catalogue only; - for standard output).")
def command(catalogues, output):
    """Compile catalogues to .mo files; a catalogue with errors is refused and nothing is written.

    With no arguments, compiles every locale of the project next to its .po file.
    Fuzzy and untranslated messages are left out, as msgfmt does.
    """
    from i18n.project.operations import compile_catalogue, compile_project

    if output is not None and len(catalogues) != 1:
        raise click.UsageError("-o/--output takes exactly one catalogue")
    if catalogues:
        report_outcomes(None, [compile_catalogue(path, output) for path in catalogues])
        return
    current = project()
    report_outcomes(current, compile_project(current))
