"""Whether a build is up to date: a digest of every input, stored beside the outputs after a build.

Kept free of heavy imports so that `factsheet build` with nothing changed answers in milliseconds.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from i18n.project.config import Project

STAMP_NAME = ".factsheet-build"


def stamp_path(project: Project) -> Path:
    return project.output_dir / STAMP_NAME


def input_digest(project: Project) -> str:
    """A digest of the inputs' contents and of the toolkit's own code."""
    digest = hashlib.sha256()
    inputs = [project.root / "pyproject.toml"]
    for folder in (project.templates_dir, project.data_dir, project.catalogues_dir):
        if folder.is_dir():
            inputs += [path for path in folder.rglob("*") if path.is_file() and path.suffix != ".mo"]
    for path in sorted(inputs):
        digest.update(path.relative_to(project.root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    code = Path(__file__).parents[1]  # the whole i18n package, not just project/
    for path in sorted(p for p in code.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        stat = path.stat()
        digest.update(f"{path.relative_to(code)}:{stat.st_mtime_ns}:{stat.st_size}\0".encode())
    return digest.hexdigest()


def is_up_to_date(project: Project) -> bool:
    """True when the inputs are those of the last build and every file it wrote is still there."""
    try:
        digest, *outputs = stamp_path(project).read_text(encoding="utf-8").splitlines()
    except (OSError, ValueError):
        return False
    if not all((project.root / output).is_file() for output in outputs):
        return False
    return digest == input_digest(project)


def record_build(project: Project, outputs: list[Path]) -> None:
    from i18n.files import write_atomic

    lines = [input_digest(project), *sorted(path.relative_to(project.root).as_posix() for path in outputs)]
    write_atomic(stamp_path(project), ("\n".join(lines) + "\n").encode("utf-8"))
