"""pyproject.toml: the one reader of factsheet's settings, its [tool.factsheet] table."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from i18n.errors import ConfigError


def nearest_factsheet_table(start: Path, wanted: Callable[[object], bool] = lambda table: True,
                            ) -> tuple[Path, object] | None:
    """The nearest pyproject.toml at or above `start` whose [tool.factsheet] table is `wanted`, with
    that table: each file is read once."""
    for folder in [start, *start.parents]:
        candidate = folder / "pyproject.toml"
        if not candidate.is_file():
            continue
        tool = read_toml(candidate).get("tool")
        if isinstance(tool, dict) and "factsheet" in tool and wanted(tool["factsheet"]):
            return candidate, tool["factsheet"]
    return None


def read_toml(path: Path) -> dict:
    import tomllib  # only when a pyproject.toml is found

    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"invalid TOML: {error}", str(path)) from None
    except OSError as error:
        raise ConfigError(f"cannot read: {error.strerror}", str(path)) from None
