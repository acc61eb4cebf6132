"""The suite's own processes take Ctrl-C even when the suite was started where it is ignored: a
shell script's `cmd &` ignores SIGINT, and children inherit that, so the interruption tests would
wait for a signal that never acts."""

import signal

if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)

import os
import shutil
import tempfile

import pytest


@pytest.fixture(scope="session", autouse=True)
def _numbers_remembered_apart():
    """`factsheet check` remembers the pairs whose numbers agree (checks/number_cache.py): in a
    folder of the suite's own, never the user's."""
    folder = tempfile.mkdtemp(prefix="factsheet-suite-cache-")
    before = os.environ.get("FACTSHEET_CACHE_DIR")
    os.environ["FACTSHEET_CACHE_DIR"] = folder
    yield folder
    if before is None:
        os.environ.pop("FACTSHEET_CACHE_DIR", None)
    else:
        os.environ["FACTSHEET_CACHE_DIR"] = before
    shutil.rmtree(folder, ignore_errors=True)
