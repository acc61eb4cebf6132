import click

from i18n.cli.common import project, report_outcomes


@click.command()
@click.argument("locale")
@click.option("--force", is_flag=True, help="Replace an existing catalogue.")
def command(locale, force):
    """Start a catalogue for LOCALE from the POT, with CLDR's plural forms (`init ru` gets three)."""
    from i18n.locales import check_known_locale
    from i18n.project.operations import init_catalogue

    check_known_locale(locale)
    current = project()
    outcome = init_catalogue(current, locale, force=force)
    report_outcomes(current, [outcome])
    if locale not in current.locales:
        click.echo(f"add {locale!r} to `locales` under [tool.factsheet] in pyproject.toml to build it")
