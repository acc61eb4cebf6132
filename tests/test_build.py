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


def test_a_change_to_any_of_the_toolkits_code_makes_the_build_stale(tmp_path):
    """The build's record covers the whole i18n package, not only the folder build_state.py is in."""
    import os

    import i18n.sheets.render
    from i18n.project.build_state import input_digest
    from i18n.project.config import load_project

    project = load_project(copy_real_project(tmp_path))
    before = input_digest(project)
    code = i18n.sheets.render.__file__
    times = os.stat(code)
    try:
        os.utime(code, ns=(times.st_atime_ns, times.st_mtime_ns + 1))
        assert input_digest(project) != before
    finally:
        os.utime(code, ns=(times.st_atime_ns, times.st_mtime_ns))
    assert input_digest(project) == before


def test_build_notices_a_deleted_output(tmp_path):
    root = copy_real_project(tmp_path / "project")
    assert factsheet(root, "build").returncode == 0
    (root / "build" / "en" / "amur-leopard.md").unlink()
    result = factsheet(root, "build")
    assert "up to date" not in result.stdout
    assert (root / "build" / "en" / "amur-leopard.md").is_file()


# --- publish only what was checked ------------------------------------------------------------------

FINDING_LINE = r"^\S+:\d+: error: .+ \[[a-z-]+\]$"


def edit_catalogue(root, locale, old, new):
    po = root / "locales" / locale / "LC_MESSAGES" / "messages.po"
    text = po.read_text(encoding="utf-8")
    assert old in text
    po.write_text(text.replace(old, new, 1), encoding="utf-8")


def set_setting(root, line):
    pyproject = root / "pyproject.toml"
    pyproject.write_text(pyproject.read_text(encoding="utf-8").replace('output = "build"', f'output = "build"\n{line}'),
                         encoding="utf-8")


@pytest.fixture
def wrong_figure(tmp_path):
    """A copy of the project whose French catalogue adds a figure the English sheet does not have."""
    root = copy_real_project(tmp_path / "project")
    edit_catalogue(root, "fr", 'msgstr "Adultes"', 'msgstr "Adultes (5 ans)"')
    return root


def test_build_refuses_a_locale_with_errors_lists_them_and_publishes_the_others(wrong_figure):
    result = factsheet(wrong_figure, "build")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    import re

    findings = [line for line in lines if re.match(FINDING_LINE, line)]
    assert findings and all("build/fr/amur-leopard.html" in line for line in findings), lines
    assert any("[number-across-sheets]" in line for line in findings)
    assert lines[-1] == "factsheet: error: fr not published: 1 error found by the checks"
    assert not (wrong_figure / "build" / "fr").exists()
    assert (wrong_figure / "build" / "en" / "amur-leopard.html").is_file()
    assert not [path for path in wrong_figure.iterdir() if path.name.startswith(".factsheet-check")]
    # A refused build is not recorded as done: the next one checks again.
    again = factsheet(wrong_figure, "build")
    assert again.returncode == 1 and "up to date" not in again.stdout


def test_publish_with_errors_lets_a_named_locale_through(wrong_figure):
    set_setting(wrong_figure, 'publish_with_errors = ["fr"]')
    result = factsheet(wrong_figure, "build")
    assert result.returncode == 0, result.stderr
    assert "(5" in (wrong_figure / "build" / "fr" / "amur-leopard.html").read_text(encoding="utf-8")


@pytest.fixture
def partly_german(tmp_path):
    """The project with a German catalogue in which only 3 messages are translated."""
    root = copy_real_project(tmp_path / "project")
    pyproject = root / "pyproject.toml"
    pyproject.write_text(pyproject.read_text(encoding="utf-8").replace('locales = ["en", "fr"]', 'locales = ["en", "fr", "de"]'),
                         encoding="utf-8")
    assert factsheet(root, "init", "de").returncode == 0
    for msgid, msgstr in (("Amur leopard", "Amurleopard"), ("Key facts", "Das Wichtigste"), ("Biology", "Biologie")):
        edit_catalogue(root, "de", f'msgid "{msgid}"\nmsgstr ""', f'msgid "{msgid}"\nmsgstr "{msgstr}"')
    return root


def test_a_partly_translated_locale_is_not_published_by_default(partly_german):
    result = factsheet(partly_german, "build")
    assert result.returncode == 1
    total = (partly_german / "locales" / "messages.pot").read_text(encoding="utf-8").count("\nmsgid ") - 1
    assert result.stderr.strip().splitlines()[-1] == (
        f"factsheet: error: de not published: 3 of {total} messages translated ({300 / total:.0f}%), "
        "below publish_threshold = 100")
    assert not (partly_german / "build" / "de").exists()
    assert (partly_german / "build" / "fr" / "amur-leopard.html").is_file()


def test_below_the_threshold_each_untranslated_passage_says_its_language(partly_german):
    set_setting(partly_german, "publish_threshold = 0")
    result = factsheet(partly_german, "build")
    assert result.returncode == 0, result.stderr
    html = (partly_german / "build" / "de" / "amur-leopard.html").read_text(encoding="utf-8")
    assert '<html lang="de"' in html
    assert "<h1>Amurleopard</h1>" in html and "Das Wichtigste" in html
    assert '<h2 id="biology-heading">Biologie</h2>' in html
    assert '<span lang="en">Conservation</span>' in html
    assert '<p class="lede"><span lang="en">The Amur leopard, or Far Eastern leopard' in html
    # Attributes take the text without the mark.
    assert 'content="Fact sheet on the Amur leopard' in html and 'aria-label="Amur leopard population' in html
    # The French page, fully translated, has no passage marked as English.
    assert 'lang="en">' not in (partly_german / "build" / "fr" / "amur-leopard.html").read_text(encoding="utf-8").split("<main>")[1]


def test_builds_findings_are_the_lines_check_prints_for_the_published_pages(wrong_figure):
    import re

    refused = factsheet(wrong_figure, "build")
    assert refused.returncode == 1
    from_build = [line for line in refused.stderr.splitlines() if re.match(FINDING_LINE, line)]
    set_setting(wrong_figure, 'publish_with_errors = ["fr"]')
    assert factsheet(wrong_figure, "build").returncode == 0
    checked = factsheet(wrong_figure, "check")
    assert checked.returncode == 1
    from_check = [line for line in checked.stdout.splitlines() if ": error: " in line]
    assert from_build == from_check
