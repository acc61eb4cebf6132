"""`factsheet check`: consistency checks over the project's catalogues, or over PO files given as paths."""

from __future__ import annotations

import click

from i18n.cli.progress import DELAY_SECONDS, ProgressBar


def _selectors(values: tuple[str, ...]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


@click.command("check")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "output_format", type=click.Choice(["text", "json", "sarif", "github"]), default="text",
              show_default=True,
              help="Compiler-style lines, one JSON document, a SARIF 2.1.0 log (code scanning), or GitHub "
                   "Actions workflow commands (annotations on the diff).")
@click.option("--color", "colour", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
              help="Colour the text output: auto colours on a terminal unless NO_COLOR is set.")
@click.option("--locale", help="Target locale of the PO files (default: each file's Language header).")
@click.option("--source-locale", default=None, help="Locale of the msgids (default: en, or the project's).")
@click.option("--select", multiple=True, metavar="CHECKS",
              help="Run only these checks: codes (N101), code prefixes (N, T6), names or groups; repeatable.")
@click.option("--ignore", multiple=True, metavar="CHECKS",
              help="Skip these checks (same forms as --select), beside those [tool.factsheet.check] ignores.")
@click.option("--spacing", type=click.Choice(["full", "narrow", "imprimerie-nationale", "plain"]), default=None,
              help="The no-break spaces French typography wants and --fix writes: full (U+00A0), narrow "
                   "(U+202F), imprimerie-nationale (full before : and inside « », narrow before ; ! ? %), "
                   "or plain spaces (only a missing space is wrong). Default: the setting, else full.")
@click.option("--jobs", type=click.IntRange(1, 64), default=2, show_default=True,
              help="Processes to use: several PO files are checked at once, a large one (over 2 MB) in pieces.")
@click.option("--no-cache", "no_cache", is_flag=True,
              help="Compare every pair's numbers afresh: neither read nor write the comparisons remembered from "
                   "earlier runs (in $FACTSHEET_CACHE_DIR, else $XDG_CACHE_HOME/factsheet or ~/.cache/factsheet).")
@click.option("--list-checks", is_flag=True, help="Print the table of checks (code, name, severity) and exit.")
@click.option("--fix", "fix", is_flag=True,
              help="Apply the fixes that cannot change meaning (no-break spaces, a number in another locale's "
                   "style) and write the files, changing nothing else in them.")
@click.option("--diff", "diff", is_flag=True, help="Show what --fix would change, as a unified diff, and write nothing.")
@click.pass_context
def command(ctx, paths, output_format, colour, locale, source_locale, select, ignore, spacing, jobs, no_cache,
            list_checks, fix, diff):
    """Check catalogues for consistency: numbers, placeholders, markup, completeness, headers, typography.

    Without PATHS, checks the project: each locale's catalogue against the template, each
    translation against its source, the source-locale catalogue's texts against each other
    locale's, and the rendered sheets across locales. With PATHS, checks those PO files of any
    gettext project. Silence one check on one entry with a `#, ignore-<name>` flag.

    Settings come from [tool.factsheet.check] in the nearest pyproject.toml above the current
    folder, in both modes: select, ignore, per-file-ignores, severity, spacing.

    Exit status: 0 without errors, 1 with error findings, 2 for bad arguments or unreadable input.
    """
    import gc

    from i18n import lifetime

    # Neither catalogues nor findings hold reference cycles: the cycle collector would only walk a
    # large catalogue and its findings again and again (0.2 s for 90,000 entries), and once more
    # when switched on again, unless the process ends with the command.
    if gc.isenabled():
        gc.disable()
        if not lifetime.command_ends_process():
            ctx.call_on_close(gc.enable)
    from i18n.checks.engine import CheckOptions
    from i18n.checks.registry import CHECKS, resolve
    from i18n.checks.report import format_check_table, format_check_table_json
    from i18n.checks.runner import check_files
    from i18n.locales import known_locale, normalise_locale

    if fix and diff:
        raise click.UsageError("--fix writes the fixes and --diff only shows them: give one of them")

    if list_checks:
        if output_format not in ("text", "json"):
            raise click.BadParameter("--list-checks prints text or json", param_hint="--format")
        click.echo(format_check_table_json(CHECKS) if output_format == "json" else format_check_table(CHECKS), nl=False)
        return
    for option, value in (("--locale", locale), ("--source-locale", source_locale)):
        if value is not None and not known_locale(normalise_locale(value) or ""):
            raise click.BadParameter(f"unknown locale {value!r}", param_hint=option)
    from dataclasses import replace

    from i18n.checks.config import load_check_config

    config = load_check_config()
    try:
        selected = resolve(_selectors(select)) if select else config.select
        ignored = config.ignore | (resolve(_selectors(ignore)) if ignore else frozenset())
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--select/--ignore") from None
    chosen_spacing = spacing or config.spacing

    def run_checks():
        report = find()
        return replace(report, findings=config.apply(report.findings))

    def find():
        if paths:
            from i18n.checks.number_cache import default_directory

            options = CheckOptions(normalise_locale(source_locale) or "en", normalise_locale(locale), selected, ignored,
                                   chosen_spacing, cache=None if no_cache else str(default_directory()))
            if 1 < len(paths) < PROGRESS_FROM_FILES:
                return check_files(list(paths), options, jobs=jobs)
            # Many files: a bar at once. One file: a bar if it takes long (a large file, in pieces).
            with ProgressBar("Checking", delay=0 if len(paths) > 1 else DELAY_SECONDS) as bar:
                return check_files(list(paths), options, jobs=jobs, progress=bar)
        if locale is not None:
            raise click.UsageError("--locale applies to PO files given as paths; the project names its locales")
        from i18n.cli.common import project
        from i18n.project.checking import check_project

        current = project()
        if source_locale is not None and normalise_locale(source_locale) != current.source_locale:
            raise click.UsageError("--source-locale applies to PO files given as paths; the project sets source_locale")
        return check_project(current, CheckOptions(current.source_locale, None, selected, ignored, chosen_spacing))

    if fix or diff:
        report, fixed_count = _fix_or_diff(run_checks, write=fix)
    else:
        report = run_checks()

    if diff:
        if fixed_count:
            ctx.exit(1)
        return
    use_colour = output_format == "text" and _colour_wanted(colour)
    # No file could be read: the text output has nothing to say beyond the error lines below.
    if not (output_format == "text" and report.failures and len(report.failures) == len(report.files)):
        click.echo(_formatted(report, output_format, use_colour), nl=False, color=use_colour)
    if fix:
        remaining = len(report.findings)
        click.echo(f"Fixed {fixed_count} finding{'s' if fixed_count != 1 else ''}, {remaining} remain"
                   f"{'s' if remaining == 1 else ''}.", err=output_format != "text")
    for failure in report.failures:
        click.echo(f"factsheet: error: {failure}", err=True)
    if report.failures:
        ctx.exit(2)
    if report.has_errors:
        ctx.exit(1)


def _fix_or_diff(run_checks, write: bool):
    """Fix every file of the report; write them (`write`) and check again, or print the diff.

    Returns the report to print (the second check's after writing) and how many findings were fixed."""
    from pathlib import Path

    from i18n.checks.fixes import fix_file, unified_diff
    from i18n.files import fingerprint, write_atomic

    report = run_checks()
    states = {path: fingerprint(Path(path)) for path in report.files}
    by_path: dict[str, list] = {}
    for item in report.findings:
        if item.fixable:
            by_path.setdefault(item.path, []).append(item)
    patches = [fix_file(path, by_path[path]) for path in report.files if path in by_path]
    fixed = sum(len(patch.fixed) for patch in patches if patch.changed)
    if not write:
        for patch in patches:
            if patch.changed:
                click.echo(unified_diff(patch), nl=False)
        noun = "finding" if fixed == 1 else "findings"
        click.echo(f"Would fix {fixed} {noun} in {sum(1 for patch in patches if patch.changed)} file(s).", err=True)
        return report, fixed
    for patch in patches:
        if patch.changed:
            # Somebody else's edit since the check read the file is never overwritten.
            try:
                write_atomic(Path(patch.path), patch.after, expected=states.get(patch.path, False))
            except OSError as error:
                from i18n.errors import FactsheetError

                raise FactsheetError(f"cannot write the fixes: {error.strerror or error}", patch.path) from None
    return (run_checks() if fixed else report), fixed


# Fewer files than this are checked in about a second: no progress bar for them.
PROGRESS_FROM_FILES = 20


def _colour_wanted(choice: str) -> bool:
    """--color always/never, or on a terminal unless NO_COLOR is set (to anything but "")."""
    import os
    import sys

    if choice != "auto":
        return choice == "always"
    return not os.environ.get("NO_COLOR") and sys.stdout.isatty()


def _formatted(report, output_format: str, colour: bool) -> str:
    from i18n.checks import report as formats

    if output_format == "json":
        return formats.format_json(report)
    if output_format == "github":
        return formats.format_github(report)
    if output_format == "sarif":
        import os

        from i18n import __version__
        from i18n.checks.registry import CHECKS

        return formats.format_sarif(report, CHECKS, __version__, root=os.getcwd())
    return formats.format_text(report, click.style if colour else formats.plain)
