from pathlib import Path

import click

from i18n.cli.common import project, report_outcomes
from i18n.cli.progress import ProgressBar
from i18n.cycles import cycle_collector_paused

_FILE = click.Path(dir_okay=False, path_type=Path)


@click.command()
@click.option(
    "--template", "-t", "template_path", type=_FILE,
    help="Merge this POT into the CATALOGUES given (as `msgmerge --previous --update`).",
)
@click.option("-o", "--output-file", "output", type=_FILE,
              help="Write the result here instead of updating the catalogue (one catalogue; - for standard output).")
@click.option("-C", "--compendium", "compendia", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              multiple=True, help="A further library of translations (may be given several times).")
@click.option("-N", "--no-fuzzy-matching", is_flag=True, help="Do not look for similar messages.")
@click.option("--for-msgfmt", is_flag=True,
              help="Only what msgfmt needs: no fuzzy matching, no untranslated, fuzzy or obsolete messages, "
                   "no translator comments or locations.")
@click.option("-s", "--sort-output", is_flag=True, help="Sort the messages by msgid.")
@click.option("-F", "--sort-by-file", is_flag=True, help="Sort the messages by their locations.")
@click.option("--add-location", type=click.Choice(["full", "file", "never"]), default="full", show_default=True,
              help="Write '#: file:line' locations, file names only, or none.")
@click.option("--no-location", is_flag=True, help="The same as --add-location=never.")
@click.option("-w", "--width", type=click.IntRange(min=1), default=79, show_default=True, help="Page width.")
@click.option("--no-wrap", is_flag=True, help="Do not break long message lines.")
@click.option("--backup", type=click.Choice(["none", "off", "simple", "never", "numbered", "t", "existing", "nil"]),
              default="none", show_default=True, help="Keep a copy of a catalogue before changing it, as msgmerge.")
@click.option("--suffix", help="The simple backup suffix (default ~, or $SIMPLE_BACKUP_SUFFIX).")
@click.argument("catalogues", nargs=-1, type=_FILE)
def command(template_path, output, compendia, no_fuzzy_matching, for_msgfmt, sort_output, sort_by_file,
            add_location, no_location, width, no_wrap, backup, suffix, catalogues):
    """Merge the POT into every locale's catalogue, keeping all translators' work.

    With no arguments, updates the project's catalogues from its POT (a locale without a catalogue
    gets a new one). With --template T.pot CATALOGUE.po ..., updates those files in place, taking
    msgmerge's options. New messages come in untranslated; changed ones fuzzy, with the previous
    msgid; removed ones become obsolete (#~) and come back with their translation if the message returns.
    """
    # Reading, merging and writing build hundreds of thousands of objects and no cycles: the cycle
    # collector would only walk them again and again (half a second of a large merge's writing).
    with cycle_collector_paused():
        _update(template_path, output, compendia, no_fuzzy_matching, for_msgfmt, sort_output, sort_by_file,
                add_location, no_location, width, no_wrap, backup, suffix, catalogues)


def _update(template_path, output, compendia, no_fuzzy_matching, for_msgfmt, sort_output, sort_by_file,
            add_location, no_location, width, no_wrap, backup, suffix, catalogues):
    from i18n.project.operations import read_template, update_catalogue, update_project
    from i18n.po.msgmerge_options import MergeOptions
    from i18n.po.read_ahead import read_ahead

    if catalogues and template_path is None:
        raise click.UsageError("give the POT file with --template when naming catalogues")
    if sort_output and sort_by_file:
        raise click.UsageError("--sort-output and --sort-by-file are mutually exclusive")
    options = MergeOptions(
        compendia=tuple(compendia), fuzzy_matching=not no_fuzzy_matching, for_msgfmt=for_msgfmt,
        sort="msgid" if sort_output else "file" if sort_by_file else None, width=width, wrap=not no_wrap,
        locations="never" if no_location else add_location, backup=backup,
        **({"suffix": suffix} if suffix else {}),
    )
    if template_path is not None:
        if not catalogues:
            raise click.UsageError("name at least one catalogue to update with --template")
        if output is not None and len(catalogues) != 1:
            raise click.UsageError("-o/--output-file takes exactly one catalogue")
        # A large template is read by a second process while the first catalogue is read here.
        template = read_ahead(lambda: read_template(template_path), template_path)
        outcomes = []
        for path in catalogues:
            with ProgressBar(f"Merging {path.name}") as bar:
                try:
                    outcomes.append(update_catalogue(path, template, options=options, output=output, progress=bar))
                except Exception:
                    template()  # a template that cannot be read is the error to report, as when it was read first
                    raise
        report_outcomes(None, outcomes)
        return
    if options != MergeOptions() or output is not None:
        raise click.UsageError("msgmerge's options apply to catalogues named with --template")
    current = project()
    report_outcomes(current, update_project(current, progress_for=lambda path: ProgressBar(f"Merging {path.name}")))
