"""The table of output formats (i18n/sheets/formats.py): a new format is one row there plus its templates."""

from __future__ import annotations

import shutil

import pytest

from i18n.project.config import load_project
from i18n.sheets import formats
from i18n.sheets.formats import FORMATS, OutputFormat, markdown_data, markdown_text
from i18n.sheets.pages import output_pages, render_project, write_pages
from tests.project_fixture import copy_real_project
from tests.test_render import prepare


def test_the_command_offers_exactly_the_tables_formats():
    from i18n.cli.render import command

    choice = next(param for param in command.params if param.name == "formats").type
    assert tuple(choice.choices) == tuple(FORMATS) == ("html", "md", "pdf")
    assert formats.default_formats() == ("html", "md")
    assert formats.rendered_formats() == ("html", "md")


def test_a_new_format_is_one_row_plus_its_templates(tmp_path, monkeypatch):
    root = prepare(copy_real_project(tmp_path / "project"))
    for folder in ("layouts", "macros"):
        shutil.copy(root / "templates" / folder / "md.j2", root / "templates" / folder / "txt.j2")
    row = OutputFormat("txt", ".txt", by_default=False, as_text=markdown_text, data_as_text=markdown_data)
    monkeypatch.setitem(FORMATS, "txt", row)

    project = load_project(root)
    rendered = render_project(project, formats=("txt",), locales=("fr",))
    outcomes = write_pages(output_pages(rendered))
    assert [(outcome.path.relative_to(root).as_posix(), outcome.detail) for outcome in outcomes] == [
        ("build/fr/amur-leopard.txt", "fr, txt")
    ]
    markdown = render_project(project, formats=("md",), locales=("fr",)).pages[0].text
    # The md templates, copied: the same page but for the links to the other versions' file names.
    assert (root / "build/fr/amur-leopard.txt").read_text(encoding="utf-8") == markdown.replace(".md)", ".txt)")
    assert "txt" not in render_project(project, locales=("fr",)).formats


def test_an_unknown_format_names_the_tables_formats(tmp_path):
    from i18n.errors import InputError

    project = load_project(copy_real_project(tmp_path / "project"))
    with pytest.raises(InputError, match="unknown format 'docx'; the project's formats are html, md, pdf"):
        render_project(project, formats=("docx",))
