from pathlib import Path

import click

from i18n.cli.common import project


@click.command()
@click.argument("catalogues", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
def command(catalogues, output_format):
    """Per locale (or per file, when several files share a locale): translated, fuzzy, untranslated
    and obsolete messages, counted as `msgfmt --statistics` counts them."""
    import json

    from i18n.po.stats import catalogue_stats
    from i18n.project.operations import project_stats

    stats = catalogue_stats(list(catalogues)) if catalogues else project_stats(project())
    if output_format == "json":
        rows = [
            {
                "label": row.label,
                "locale": row.locale,
                "path": str(row.path),
                "translated": row.translated,
                "fuzzy": row.fuzzy,
                "untranslated": row.untranslated,
                "obsolete": row.obsolete,
                "total": row.total,
                "percent_translated": round(row.percent_translated, 1),
            }
            for row in stats
        ]
        click.echo(json.dumps({"locales": rows}, indent=2, ensure_ascii=False))
        return
    width = max([len(row.label) for row in stats] + [6])
    click.echo(f"{'locale':<{width}}  translated  fuzzy  untranslated  obsolete  complete")
    for row in stats:
        click.echo(
            f"{row.label:<{width}}  {row.translated:>10}  {row.fuzzy:>5}  {row.untranslated:>12}"
            f"  {row.obsolete:>8}  {row.percent_translated:>7.1f}%"
        )
