import click

from i18n.cli.common import project, report_outcomes


@click.command()
def command():
    """Extract the templates' messages into the project's POT file."""
    from i18n.project.operations import extract_project

    current = project()
    report_outcomes(current, [extract_project(current)])
