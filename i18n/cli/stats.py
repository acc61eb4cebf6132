from pathlib import Path

import click

from i18n.cli.common import project


@click.command()
@click.argument("catalogues", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
def command(catalogues, output_format):
    """Per locale: translated, fuzzy, untranslated and obsolete messages."""
    import json

    from i18n.pipeline import catalogue_stats, project_stats

    stats = [catalogue_stats(path) for path in catalogues] if catalogues else project_stats(project())
    if output_format == "json":
        rows = [
            {
                "locale": row.locale,
                "path": str(row.path),
                "translated": row.translated,
                "fuzzy": row.fuzzy,
                "untranslated": row.untranslated,
                "obsolete": row.obsolete,
                "total": row.total,
            }
            for row in stats
        ]
        click.echo(json.dumps({"locales": rows}, indent=2, ensure_ascii=False))
        return
    width = max([len(row.locale) for row in stats] + [6])
    click.echo(f"{'locale':<{width}}  translated  fuzzy  untranslated  obsolete  complete")
    for row in stats:
        click.echo(
            f"{row.locale:<{width}}  {row.translated:>10}  {row.fuzzy:>5}  {row.untranslated:>12}"
            f"  {row.obsolete:>8}  {row.percent_translated:>7.1f}%"
        )
