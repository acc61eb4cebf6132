"""Large structures kept until the process ends, when the command ends it (the CLI leaves through
os._exit, without tearing down the heap): freeing a catalogue object by object just before
(90,000 entries: 25 ms) would only delay the exit. In any other process (a test, a library
caller, a worker forked from the CLI) nothing is kept."""

from __future__ import annotations

import os

_kept: list[object] = []
# The process whose command ends it, once the CLI says so.
_ending_process: int | None = None


def mark_command_ends_process() -> None:
    """The CLI's word that this process ends when its command returns."""
    global _ending_process
    _ending_process = os.getpid()


def command_ends_process() -> bool:
    """Whether this process ends when its command returns (not in a test calling the CLI, nor in a
    forked worker)."""
    return _ending_process == os.getpid()


def kept_until_exit(item: object) -> None:
    """Keep `item` (no longer needed) from being freed, where the process is about to end anyway:
    the last item given, an earlier one being freed then (so that checking many files one after
    the other holds at most one more catalogue)."""
    if command_ends_process():
        _kept[:] = [item]
