"""Files are written whole or not at all, and somebody else's edit is never overwritten."""

from __future__ import annotations

import os

import pytest

from i18n.errors import FactsheetError
from i18n.safe_write import fingerprint, write_atomic


@pytest.mark.parametrize("interruption", [OSError("disk full"), KeyboardInterrupt()])
def test_an_interrupted_write_leaves_the_old_file_whole_and_no_temporary_file(tmp_path, monkeypatch, interruption):
    target = tmp_path / "fr.po"
    target.write_bytes(b"old contents\n")

    def fail(*args):
        raise interruption

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(type(interruption)):
        write_atomic(target, b"new contents\n")
    assert target.read_bytes() == b"old contents\n"
    assert [path.name for path in tmp_path.iterdir()] == ["fr.po"]


def test_unchanged_bytes_are_not_rewritten(tmp_path):
    target = tmp_path / "out.html"
    assert write_atomic(target, b"<p>1</p>") is True
    before = target.stat().st_mtime_ns
    assert write_atomic(target, b"<p>1</p>") is False
    assert target.stat().st_mtime_ns == before


def test_a_file_changed_since_it_was_read_is_not_overwritten(tmp_path):
    target = tmp_path / "fr.po"
    target.write_bytes(b"as read\n")
    seen = fingerprint(target)
    target.write_bytes(b"a translator saved meanwhile\n")
    with pytest.raises(FactsheetError, match="changed on disk"):
        write_atomic(target, b"ours\n", expected=seen)
    assert target.read_bytes() == b"a translator saved meanwhile\n"


def test_a_new_file_gets_its_folder_and_ordinary_permissions(tmp_path):
    target = tmp_path / "build" / "fr" / "sheet.md"
    write_atomic(target, b"# Titre\n")
    assert target.read_bytes() == b"# Titre\n"
    assert target.stat().st_mode & 0o777 == 0o644 & ~_umask()


def _umask():
    mask = os.umask(0)
    os.umask(mask)
    return mask
