"""The CLI keeps a checked catalogue until the process ends (it leaves through os._exit) instead of
freeing it entry by entry just before; any other process frees it as usual."""

from __future__ import annotations

import os

from i18n import lifetime
from i18n.checks.engine import CheckOptions
from i18n.checks.runner import check_files
from i18n.po.model import Catalog

CATALOGUE = 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "a"\nmsgstr "b"\n'


def _catalogue(tmp_path) -> str:
    path = tmp_path / "fr.po"
    path.write_text(CATALOGUE, encoding="utf-8")
    return str(path)


def test_a_checked_catalogue_is_freed_where_the_command_does_not_end_the_process(tmp_path, monkeypatch):
    monkeypatch.setattr(lifetime, "_kept", [])
    check_files([_catalogue(tmp_path)], CheckOptions(), jobs=1)
    assert lifetime._kept == []


def test_a_checked_catalogue_is_kept_where_the_command_ends_the_process_and_not_in_a_forked_worker(
        tmp_path, monkeypatch):
    monkeypatch.setattr(lifetime, "_kept", [])
    monkeypatch.setattr(lifetime, "_ending_process", None)
    lifetime.mark_command_ends_process()
    other = tmp_path / "other"
    other.mkdir()
    report = check_files([_catalogue(tmp_path), _catalogue(other)], CheckOptions(), jobs=1)
    assert report.entries == 2
    # The last catalogue checked, with its findings (an earlier one is freed then: many files hold
    # at most one more).
    [(catalog, result)] = lifetime._kept
    assert isinstance(catalog, Catalog) and catalog.path == str(other / "fr.po")
    assert result.path == str(other / "fr.po")
    pid = os.fork()
    if pid == 0:  # a worker forked from the CLI's process: nothing is kept there
        lifetime.kept_until_exit(object())
        os._exit(len(lifetime._kept))
    _pid, status = os.waitpid(pid, 0)
    assert os.WEXITSTATUS(status) == 1
