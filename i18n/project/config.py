"""Project settings: the `[tool.factsheet]` table of the nearest pyproject.toml above a folder."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from i18n.errors import ConfigError, InputError
from i18n.locales import SHAPE, check_locale_code, is_locale_code
from i18n.pyproject import nearest_factsheet_table

DEFAULTS = {
    "source_locale": "en",
    "locales": ["en"],
    "domain": "messages",
    "templates": "templates",
    "catalogues": "locales",
    "data": "data",
    "output": "build",
    # Share of a locale's messages (percent) that must be translated for `build` to publish it; below
    # 100, the untranslated passages are published in the source language, each marked with its lang.
    "publish_threshold": 100,
    # Locales `build` publishes even when the checks find errors in them.
    "publish_with_errors": [],
}
# The settings that name folders: each one inside the project, so that every path the commands
# write stays there (and can be shown relative to it).
FOLDERS = ("templates", "catalogues", "data", "output")
DOMAIN = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*")


@dataclass(frozen=True)
class Project:
    root: Path
    source_locale: str
    locales: tuple[str, ...]
    domain: str
    templates_dir: Path
    catalogues_dir: Path
    data_dir: Path
    output_dir: Path
    publish_threshold: float = 100
    publish_with_errors: tuple[str, ...] = ()

    @property
    def template_path(self) -> Path:
        """The POT file: `<catalogues>/<domain>.pot`."""
        return self.catalogues_dir / f"{self.domain}.pot"

    def catalogue_path(self, locale: str) -> Path:
        # The locale becomes a folder name: only a locale code may (never `de@x/../../victim`).
        return self.catalogues_dir / check_locale_code(locale) / "LC_MESSAGES" / f"{self.domain}.po"

    def existing_catalogue(self, locale: str) -> Path:
        """The locale's catalogue, which must be a file: an InputError with what to do otherwise."""
        path = self.catalogue_path(locale)
        if path.is_file():
            return path
        if path.exists() or path.is_symlink():
            raise InputError(f"the catalogue of locale {locale!r} is not a file (a folder, or a link to nothing); "
                              "move it away, then run `factsheet update`", str(path))
        raise InputError(f"no catalogue for locale {locale!r}: run `factsheet init {locale}`", str(path))

    def mo_path(self, locale: str) -> Path:
        return self.catalogues_dir / check_locale_code(locale) / "LC_MESSAGES" / f"{self.domain}.mo"


def load_project(start: Path | None = None) -> Project:
    start = (start or Path.cwd()).resolve()
    found = nearest_factsheet_table(start)
    if found is None:
        raise ConfigError(
            f"no pyproject.toml with a [tool.factsheet] table in {start} or any folder above it"
        )
    pyproject, settings = found
    return project_from_settings(pyproject.parent, settings, pyproject)


def project_from_settings(root: Path, settings: dict, source: Path | None = None) -> Project:
    where = str(source or root / "pyproject.toml")
    # [tool.factsheet.check] is the checker's own table (i18n.checks.config reads it).
    unknown = set(settings) - set(DEFAULTS) - {"check"}
    if unknown:
        raise ConfigError(f"unknown [tool.factsheet] setting {sorted(unknown)[0]!r}", where)
    merged = {**DEFAULTS, **settings}
    for name in ("source_locale", "domain", "templates", "catalogues", "data", "output"):
        if not isinstance(merged[name], str) or not merged[name]:
            raise ConfigError(f"[tool.factsheet] {name} must be a non-empty string", where)
    for name in FOLDERS:
        if not _inside(merged[name]):
            raise ConfigError(f"[tool.factsheet] {name} must be a folder inside the project, as a relative path "
                              f"such as {DEFAULTS[name]!r}; not {merged[name]!r}", where)
    if not DOMAIN.fullmatch(merged["domain"]):
        raise ConfigError(f"[tool.factsheet] domain must be a file name without a folder, such as 'messages'; "
                          f"not {merged['domain']!r}", where)
    locales = merged["locales"]
    if not isinstance(locales, list) or not locales or not all(isinstance(x, str) and x for x in locales):
        raise ConfigError("[tool.factsheet] locales must be a non-empty list of locale codes", where)
    for name, value in [("source_locale", merged["source_locale"]), *(("locales", locale) for locale in locales)]:
        if not is_locale_code(value):
            raise ConfigError(f"[tool.factsheet] {name}: {value!r} is not a locale code: {SHAPE}", where)
    threshold = merged["publish_threshold"]
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not 0 <= threshold <= 100:
        raise ConfigError("[tool.factsheet] publish_threshold must be a percentage from 0 to 100", where)
    with_errors = merged["publish_with_errors"]
    if not isinstance(with_errors, list) or not all(isinstance(x, str) and x for x in with_errors):
        raise ConfigError("[tool.factsheet] publish_with_errors must be a list of locale codes", where)
    return Project(
        root=root,
        source_locale=merged["source_locale"],
        locales=tuple(locales),
        domain=merged["domain"],
        templates_dir=root / merged["templates"],
        catalogues_dir=root / merged["catalogues"],
        data_dir=root / merged["data"],
        output_dir=root / merged["output"],
        publish_threshold=threshold,
        publish_with_errors=tuple(with_errors),
    )


def _inside(folder: str) -> bool:
    """Whether a relative path stays inside the folder it is relative to (symlinks are the user's business)."""
    normal = os.path.normpath(folder)
    return not os.path.isabs(folder) and normal != ".." and not normal.startswith(".." + os.sep) and "\0" not in folder
