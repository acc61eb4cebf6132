"""The `factsheet` command: a thin click layer over the core.

Each command lives in its own module here and imports the core it needs only when it runs, so
`factsheet --help` stays fast. Every FactsheetError becomes one line on stderr and its exit code.
"""

from __future__ import annotations

import importlib
import sys

import click

from i18n import __version__, lifetime

# Command name -> module under i18n.cli that defines `command`.
COMMANDS = {
    "build": "build",
    "check": "check",
    "compile": "compile",
    "extract": "extract",
    "init": "init",
    "render": "render",
    "review": "review",
    "stats": "stats",
    "update": "update",
}


class LazyGroup(click.Group):
    """Loads a command's module only when that command is listed or run."""

    def list_commands(self, ctx):
        return sorted(COMMANDS)

    def get_command(self, ctx, name):
        module_name = COMMANDS.get(name)
        if module_name is None:
            return None
        try:
            module = importlib.import_module(f"i18n.cli.{module_name}")
        except ModuleNotFoundError as error:
            if error.name == f"i18n.cli.{module_name}":
                return None
            raise
        return module.command

    def invoke(self, ctx):
        """Runs the command; a FactsheetError (bad input, a refused write) is one line on stderr and its
        exit code, so that no command handles errors itself."""
        from i18n.errors import FactsheetError

        try:
            return super().invoke(ctx)
        except FactsheetError as error:
            for line in error.lines():
                click.echo(f"factsheet: error: {line}", err=True)
            ctx.exit(error.exit_code)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factsheet")
def cli():
    """Multilingual fact sheets from gettext catalogues: extract, update, compile, check, render.

    Project commands read [tool.factsheet] in the nearest pyproject.toml above the current folder.
    """


def main(argv: list[str] | None = None) -> None:
    from i18n.errors import FactsheetError

    lifetime.mark_command_ends_process()  # main leaves through _exit_now

    try:
        # Without standalone mode, click returns a command's ctx.exit(code) instead of exiting.
        result = cli.main(args=argv, prog_name="factsheet", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("factsheet: interrupted", err=True)
        sys.exit(130)
    except click.exceptions.NoArgsIsHelpError as error:
        error.show()  # `factsheet` alone: the help, as click gives it
        sys.exit(error.exit_code)
    except click.UsageError as error:
        command = error.ctx.command_path if error.ctx is not None else "factsheet"
        click.echo(f"factsheet: error: {_one_line(error.format_message())} (see `{command} --help`)", err=True)
        sys.exit(error.exit_code)
    except click.ClickException as error:
        click.echo(f"factsheet: error: {_one_line(error.format_message())}", err=True)
        sys.exit(error.exit_code)
    except FactsheetError as error:
        for line in error.lines():
            click.echo(f"factsheet: error: {line}", err=True)
        sys.exit(error.exit_code)
    except KeyboardInterrupt:
        click.echo("factsheet: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(1)
    _exit_now(result if isinstance(result, int) and not isinstance(result, bool) else 0)


def _one_line(message: str) -> str:
    return " ".join(message.split())


def _exit_now(code: int) -> None:
    """Exit without tearing down the heap: freeing a 100,000-entry catalogue object by object
    takes longer than the command's own output. Every file is written and closed by now; the
    standard streams are flushed here."""
    import os

    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:
        code = code or 1
    os._exit(code)
