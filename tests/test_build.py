"""`factsheet build` on a copy of the real project: the sheets, no churn, and nothing done when nothing changed."""

from __future__ import annotations

import subprocess

import pytest

from tests.project_fixture import copy_real_project

CATALOGUES = ("locales/messages.pot", "locales/en/LC_MESSAGES/messages.po", "locales/fr/LC_MESSAGES/messages.po")


def factsheet(root, *args):
    return subprocess.run(["factsheet", *args], cwd=root, capture_output=True, text=True)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = copy_real_project(tmp_path_factory.mktemp("project"))
    before = {name: (root / name).read_bytes() for name in CATALOGUES}
    result = factsheet(root, "build")
    assert result.returncode == 0, result.stderr
    return root, before, result


def test_build_writes_every_sheet_and_mo_file(built):
    root, _, _ = built
    for locale in ("en", "fr"):
        for suffix in ("html", "md"):
            assert (root / "build" / locale / f"amur-leopard.{suffix}").stat().st_size > 1000
        assert (root / "locales" / locale / "LC_MESSAGES" / "messages.mo").is_file()


def test_build_of_the_committed_project_changes_no_catalogue_byte(built):
    root, before, _ = built
    for name in CATALOGUES:
        assert (root / name).read_bytes() == before[name], f"{name} churned"


def test_committed_catalogues_pass_msgfmt_check(built):
    root, _, _ = built
    for name in CATALOGUES[1:]:
        check = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(root / name)], capture_output=True, text=True)
        assert check.returncode == 0, check.stderr


def test_build_again_with_nothing_changed_does_nothing(built):
    root, _, _ = built
    mtimes = {path: path.stat().st_mtime_ns for path in (root / "build").rglob("*") if path.is_file()}
    result = factsheet(root, "build")
    assert result.returncode == 0
    assert "up to date" in result.stdout
    assert {path: path.stat().st_mtime_ns for path in (root / "build").rglob("*") if path.is_file()} == mtimes


def test_build_notices_a_translators_change(tmp_path):
    root = copy_real_project(tmp_path / "project")
    assert factsheet(root, "build").returncode == 0
    po = root / "locales" / "fr" / "LC_MESSAGES" / "messages.po"
    text = po.read_text(encoding="utf-8")
    assert "Panthère de l’Amour" in text
    po.write_text(text.replace('msgstr "Panthère de l’Amour"', 'msgstr "Panthère de l’Amour (relue)"', 1), encoding="utf-8")
    result = factsheet(root, "build")
    assert result.returncode == 0 and "up to date" not in result.stdout
    assert "Panthère de l’Amour (relue)" in (root / "build" / "fr" / "amur-leopard.html").read_text(encoding="utf-8")


def test_build_notices_a_deleted_output(tmp_path):
    root = copy_real_project(tmp_path / "project")
    assert factsheet(root, "build").returncode == 0
    (root / "build" / "en" / "amur-leopard.md").unlink()
    result = factsheet(root, "build")
    assert "up to date" not in result.stdout
    assert (root / "build" / "en" / "amur-leopard.md").is_file()
