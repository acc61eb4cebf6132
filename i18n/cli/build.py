import click

from i18n.cli.common import progress, project, report_outcomes
from i18n.cli.progress import ProgressBar


@click.command()
@click.option("--force", is_flag=True, help="Build even if nothing changed since the last build.")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
@click.pass_context
def command(ctx, force, quiet):
    """Extract, update, compile, render and check every locale, and publish those that pass: the main job.

    A locale is not published if less of it is translated than `publish_threshold` (percent, 100 by
    default) or if the checks find an error in its catalogue or its pages, unless
    `publish_with_errors` names it; the findings are listed as `check` prints them and the exit
    status is 1. With nothing changed since the last build (templates, data, catalogues, settings),
    it says so and does nothing.
    """
    from i18n.project.operations import build_project

    current = project()
    result = build_project(current, force=force, step=lambda name: progress(f"factsheet: {name}..."),
                           progress_for=lambda path: ProgressBar(f"Merging {path.name}"))
    if result.refused:
        from i18n.checks.report import format_finding

        for refused in result.refused:
            for finding in refused.findings:
                click.echo(format_finding(finding), err=True)
            click.echo(f"factsheet: error: {refused.locale} not published: {refused.reason}", err=True)
    if not quiet and result.up_to_date:
        click.echo("up to date: nothing changed since the last build (use --force to build anyway)")
    elif not quiet:
        report_outcomes(current, result.outcomes)
    if result.refused:
        ctx.exit(1)
