"""What `factsheet check --select N` reports on the real catalogues of each language, for the
README: findings per number check, the share of entries with a number that get one, and a
seeded sample of findings to read by hand.

    python bench/language_findings.py [--languages fr,de,es,ru,ja] [--split eval] [--sample 50] [--seed 1]

Catalogues: `msgunfmt /usr/share/locale/<lang>/LC_MESSAGES/*.mo` (each package falls by a hash of
its name into number_eval.py's tune or eval half; `--split all` takes both), and for fr
/work/shared/corpus/debian-fr.po, whose msgids fall into the halves one by one. The check runs as a
user runs it, one `factsheet check` over the language's catalogues, JSON out.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from number_eval import FRENCH_CORPUS, LOCALE_DIR, in_tune_half  # noqa: E402
from i18n.po.io import read_catalog  # noqa: E402

_DIGIT = re.compile(r"\d")


def catalogues(language: str, split: str, folder: Path) -> list[Path]:
    if language == "fr":
        return [FRENCH_CORPUS]
    found = []
    for mo in sorted((LOCALE_DIR / language / "LC_MESSAGES").glob("*.mo")):
        if split != "all" and in_tune_half(mo.stem) != (split == "tune"):
            continue
        po = folder / f"{language}-{mo.stem}.po"
        if subprocess.run(["msgunfmt", "-o", str(po), str(mo)], capture_output=True).returncode == 0:
            found.append(po)
    return found


def kept(language: str, split: str, msgid: str) -> bool:
    """For fr, the split is by msgid (the corpus is one file)."""
    return language != "fr" or split == "all" or in_tune_half(msgid) == (split == "tune")


def measure(language: str, split: str, sample: int, seed: int) -> None:
    folder = Path(tempfile.mkdtemp())
    try:
        paths = catalogues(language, split, folder)
        result = subprocess.run(["factsheet", "check", "--select", "N", "--format", "json", "--locale", language,
                                 *map(str, paths)], capture_output=True, text=True)
        findings = json.loads(result.stdout)["findings"]
        entries: dict[tuple[str, int], tuple[str, str]] = {}
        with_number = 0
        for path in paths:
            catalog, _ = read_catalog(path)
            for entry in catalog.entries:
                if entry.obsolete or entry.fuzzy or not entry.msgid or not kept(language, split, entry.msgid):
                    continue
                translations = entry.msgstr_plural or [entry.msgstr]
                if not any(translations):
                    continue
                entries[(str(path), entry.line)] = (entry.msgid, " | ".join(translations))
                with_number += bool(_DIGIT.search(entry.msgid))
        findings = [item for item in findings if (item["path"], item["line"]) in entries]
        flagged = {(item["path"], item["line"]) for item in findings}
        by_check = Counter(item["check"] for item in findings)
        print(f"\n== {language} ({split}): {len(paths)} catalogues, {len(entries):,} translated entries, "
              f"{with_number:,} with a digit in the msgid")
        for check in ("number-missing", "number-added", "number-changed", "number-foreign-style"):
            entries_of = len({(item["path"], item["line"]) for item in findings if item["check"] == check})
            print(f"   {check:22} {by_check[check]:5} findings on {entries_of:4} entries")
        share = len(flagged) / with_number if with_number else 0.0
        print(f"   entries flagged: {len(flagged)} = {share:.2%} of the entries with a number")
        chosen = random.Random(seed).sample(findings, min(sample, len(findings)))
        for index, item in enumerate(chosen, 1):
            msgid, msgstr = entries[(item["path"], item["line"])]
            print(f"   [{index}] {Path(item['path']).name}:{item['line']} {item['message']}")
            print(f"       en: {msgid[:300]!r}")
            print(f"       {language}: {msgstr[:300]!r}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--languages", default="fr,de,es,ru,ja")
    parser.add_argument("--split", choices=("tune", "eval", "all"), default="eval")
    parser.add_argument("--sample", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    arguments = parser.parse_args()
    for language in arguments.languages.split(","):
        measure(language, arguments.split, arguments.sample, arguments.seed)


if __name__ == "__main__":
    main()
