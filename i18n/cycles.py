"""The cycle collector paused while a large structure without reference cycles is built or walked
(a catalogue read, merged or checked, the findings gathered): over 100,000 entries the collector
would only walk the same objects again and again."""

from __future__ import annotations

import gc
from contextlib import contextmanager


@contextmanager
def cycle_collector_paused():
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
