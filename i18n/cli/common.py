"""What several commands share: the project lookup and the error/progress conventions."""

from __future__ import annotations

import os
import sys

import click


def project():
    """The project around the working directory; a ConfigError (exit 2) if there is none."""
    from i18n.project.config import load_project

    return load_project()


def use_colour(stream=None) -> bool:
    stream = stream or sys.stdout
    return "NO_COLOR" not in os.environ and hasattr(stream, "isatty") and stream.isatty()


def styled(text: str, stream=None, **style) -> str:
    return click.style(text, **style) if use_colour(stream) else text


def progress(message: str) -> None:
    """A progress line on stderr, shown only on a terminal a person watches (not in a pipe or CI log)."""
    from i18n.cli.progress import terminal_wanted

    if terminal_wanted():
        click.echo(styled(message, sys.stderr, dim=True), err=True)


def report_outcomes(current, outcomes) -> None:
    """One line per file: what was written, or that it was already up to date."""
    from i18n.files import STANDARD_OUTPUT
    from i18n.project.operations import relative

    for outcome in outcomes:
        to_stdout = str(outcome.path) == STANDARD_OUTPUT
        if to_stdout:
            shown = "standard output"
        else:
            shown = relative(current, outcome.path) if current is not None else str(outcome.path)
        state = "written" if outcome.changed else "unchanged"
        detail = f" ({outcome.detail})" if outcome.detail else ""
        # A file written to standard output is followed by its report on stderr, not inside it.
        click.echo(f"{shown}: {state}{detail}", err=to_stdout)
