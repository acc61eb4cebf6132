"""A small project of the tests' own, written into a temporary folder (no dependency on the real sheet)."""

from __future__ import annotations

import textwrap
from pathlib import Path

PYPROJECT = """\
[project]
name = "tiny"
version = "1.0"

[tool.factsheet]
source_locale = "en"
locales = ["en", "fr"]
"""

TEMPLATE = """\
<h1>{{ _("Key facts") }}</h1>
{# Translators: the area of the national park #}
<p>{% trans area=area %}The park covers {{ area }} hectares.{% endtrans %}</p>
<p>{% trans count=cubs %}
  One cub was seen.
{% pluralize %}
  {{ count }} cubs were seen.
{% endtrans %}</p>
"""


def write_project(root: Path, template: str = TEMPLATE) -> Path:
    (root / "templates").mkdir(parents=True)
    (root / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    (root / "templates" / "tiny.html.j2").write_text(textwrap.dedent(template), encoding="utf-8")
    return root


REPOSITORY = Path(__file__).resolve().parents[1]
PROJECT_PARTS = ("pyproject.toml", "templates", "data", "locales")


def copy_real_project(target: Path) -> Path:
    """A copy of this repository's project (settings, templates, data, catalogues), without compiled files."""
    import shutil

    target.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        source = REPOSITORY / part
        if source.is_dir():
            shutil.copytree(source, target / part, ignore=shutil.ignore_patterns("*.mo"))
        else:
            shutil.copy2(source, target / part)
    return target
