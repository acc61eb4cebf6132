"""The progress bar the CLI draws for the core's long work, on a terminal only.

The core reports progress by calling `progress(done, total)` and never prints; a command passes
`ProgressBar(label)` as that callback. The bar appears on stderr once the work has taken
`DELAY_SECONDS` (or FACTSHEET_PROGRESS_DELAY seconds) and is not nearly done, so that quick work
shows nothing; never in a pipe, a file, a CI log (CI set) or on a dumb terminal.
"""

from __future__ import annotations

import os
import sys
import time

import click

DELAY_SECONDS = 0.5
DELAY_VARIABLE = "FACTSHEET_PROGRESS_DELAY"
# Redraws at most this often: the core may report progress thousands of times a second.
_REDRAW_SECONDS = 0.1


def terminal_wanted() -> bool:
    """Whether stderr is a terminal that a person watches: not a pipe, a file, a CI log or a dumb terminal."""
    return sys.stderr.isatty() and not os.environ.get("CI") and os.environ.get("TERM") != "dumb"


class ProgressBar:
    """A `progress(done, total)` callback drawing click's bar; a context manager that ends the bar."""

    def __init__(self, label: str, delay: float | None = None):
        self.label = label
        self.delay = _delay_from_environment() if delay is None else delay
        self.wanted = terminal_wanted()
        self.started = time.monotonic()
        self.bar = None
        self.shown = 0
        self.last_drawn = 0.0
        self.finished = False

    def __call__(self, done: int, total: int) -> None:
        if not self.wanted or total <= 0 or self.finished:
            return
        if done >= total:  # the work is over: the bar, if shown, ends at once
            self.finish()
            return
        now = time.monotonic()
        if self.bar is None:
            if now - self.started < self.delay or done * 10 >= total * 9:
                return
            self.bar = click.progressbar(length=total, label=self.label, file=sys.stderr)
            self.bar.__enter__()
        elif now - self.last_drawn < _REDRAW_SECONDS:
            return
        self.last_drawn = now
        if done > self.shown:
            self.bar.update(done - self.shown)
            self.shown = done

    def finish(self, completed: bool = True) -> None:
        """The bar, if shown, drawn full (`completed`) and ended with its line."""
        self.finished = True
        if self.bar is not None:
            if completed and self.shown < self.bar.length:
                self.bar.update(self.bar.length - self.shown)
            self.bar.__exit__(None, None, None)
            self.bar = None

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(self, kind, value, traceback) -> None:
        self.finish(completed=kind is None)


def _delay_from_environment() -> float:
    try:
        return max(0.0, float(os.environ.get(DELAY_VARIABLE, DELAY_SECONDS)))
    except ValueError:
        return DELAY_SECONDS
