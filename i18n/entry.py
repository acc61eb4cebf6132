"""The `factsheet` command's entry point: Ctrl-C is one line even while Python loads the command.

Loading click and the command takes a good part of a short run; a Ctrl-C then would print a
KeyboardInterrupt traceback from inside some import. Until `i18n.cli.main` takes over (it turns
Ctrl-C into "factsheet: interrupted", exit 130), a handler of our own says the same and stops.
"""

from __future__ import annotations

import os
import signal


def main() -> None:
    with interrupt_ends_loading():
        from i18n.cli import main as run_command
    run_command()


class interrupt_ends_loading:
    """While the block runs, Ctrl-C prints "factsheet: interrupted" and exits 130 at once."""

    def __enter__(self):
        self.previous = signal.signal(signal.SIGINT, _stop)

    def __exit__(self, *exception) -> None:
        signal.signal(signal.SIGINT, self.previous)


def _stop(signum, frame) -> None:
    # Nothing is open for writing yet: no clean-up to wait for.
    os.write(2, b"factsheet: interrupted\n")
    os._exit(130)
