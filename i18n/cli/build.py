import click

from i18n.cli.common import progress, project, report_outcomes


@click.command()
@click.option("--force", is_flag=True, help="Build even if nothing changed since the last build.")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
def command(force, quiet):
    """Extract, update, compile and render every locale: the main job.

    With nothing changed since the last build (templates, data, catalogues, settings), it says so
    and does nothing.
    """
    from i18n.pipeline import build_project

    current = project()
    result = build_project(current, force=force, step=lambda name: progress(f"factsheet: {name}..."))
    if quiet:
        return
    if result.up_to_date:
        click.echo("up to date: nothing changed since the last build (use --force to build anyway)")
        return
    report_outcomes(current, result.outcomes)
