"""Catalogues in other scripts, made by the tests (never shipped as content): every message gets a
short sample text in the locale's script followed by the message's placeholders, so that a page in
Arabic, Devanagari, Japanese or Cyrillic can be rendered, checked and looked at."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from i18n.po.io import read_catalog, write_catalog

# A few words in each script: "sample text".
SAMPLES = {
    "ar": "نص تجريبي",
    "hi": "परीक्षण पाठ",
    "ja": "テスト文",
    "ru": "Пробный текст",
}
PLACEHOLDER = re.compile(r"%\(\w+\)s")
RANGE = "%(low)s–%(high)s"


def sample_translation(msgid: str, sample: str) -> str:
    """The sample with each of the message's placeholders after it (words between the figures, as in
    a sentence, so that two figures never touch); a number range keeps its own form."""
    if msgid == RANGE:
        return RANGE
    return " ".join([sample, *(f"{placeholder} {sample}" for placeholder in PLACEHOLDER.findall(msgid))])


def add_locales(root: Path, locales) -> None:
    """Add `locales` to the project at `root`, each with a complete sample catalogue."""
    pyproject = root / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    listed = re.search(r"^locales = \[(.*)\]$", text, re.M)
    extra = "".join(f', "{locale}"' for locale in locales)
    pyproject.write_text(text[:listed.end(1)] + extra + text[listed.end(1):], encoding="utf-8")
    for locale in locales:
        subprocess.run(["factsheet", "init", locale], cwd=root, check=True, capture_output=True)
        path = root / "locales" / locale / "LC_MESSAGES" / "messages.po"
        catalog, expected = read_catalog(path)
        for entry in catalog.entries:
            if entry.is_plural:
                entry.msgstr_plural = [sample_translation(entry.msgid_plural, SAMPLES[locale])] * len(entry.msgstr_plural)
            else:
                entry.msgstr = sample_translation(entry.msgid, SAMPLES[locale])
        write_catalog(path, catalog, expected=expected)
