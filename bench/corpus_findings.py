"""All checks of `factsheet check` on the Debian French corpus: what they find, and how fast.

Prints the findings by check, the share of entries whose numbers are flagged, the time the checks
take (CPU, excluding the parse), and a seeded random sample of number findings to read by eye.

    python bench/corpus_findings.py [--corpus PATH] [--sample 50] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter
from pathlib import Path

from i18n.checks.registry import BY_NAME
from i18n.checks.context import catalog_context
from i18n.checks.engine import CheckOptions, check_catalog
from i18n.numbers import read_numbers
from i18n.po.io import read_catalog

DEFAULT_CORPUS = Path("/work/shared/corpus/debian-fr.po")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sample", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=3, help="timing runs (the best is kept)")
    arguments = parser.parse_args()

    started = time.process_time()
    catalog, _ = read_catalog(arguments.corpus)
    parse_seconds = time.process_time() - started
    options = CheckOptions()
    context = catalog_context(catalog, str(arguments.corpus), options)

    timings = {}
    for label, run_options in (("all checks", options),
                               ("all but number checks", CheckOptions(ignore=frozenset(
                                   name for name in BY_NAME if name.startswith("number-"))))):
        best = float("inf")
        for _ in range(arguments.runs):
            started = time.process_time()
            result = check_catalog(catalog, context, run_options)
            best = min(best, time.process_time() - started)
        timings[label] = best
    result = check_catalog(catalog, context, options)
    findings = result.findings

    print(f"corpus: {arguments.corpus} ({result.entries} live entries, target locale {context.target_locale})")
    print(f"parse: {parse_seconds:.2f} s CPU")
    for label, seconds in timings.items():
        print(f"checks, {label}: {seconds:.2f} s CPU (best of {arguments.runs}), "
              f"{seconds / max(result.entries, 1) * 1e6:.1f} µs per entry")
    print()
    print("findings by check:")
    by_check = Counter(finding.check for finding in findings)
    for name, count in sorted(by_check.items(), key=lambda item: (BY_NAME[item[0]].code, item[0])):
        check = BY_NAME[name]
        entries = len({finding.line for finding in findings if finding.check == name})
        print(f"  {check.code} {name:<28} {check.severity.value:<8} {count:>6} findings on {entries:>6} entries")
    print(f"  total {len(findings)}")

    number_findings = [finding for finding in findings if finding.code.startswith("N1")]
    flagged_lines = {finding.line for finding in number_findings}
    with_numbers = sum(
        1 for entry in catalog.entries
        if not entry.obsolete and not entry.fuzzy and any(entry.translations)
        and (any(ch.isdigit() for ch in entry.msgid) or read_numbers(entry.msgid, "en"))
    )
    live = result.entries
    print()
    print(f"entries with a number finding: {len(flagged_lines)} = {len(flagged_lines) / live:.2%} of live entries, "
          f"{len(flagged_lines) / max(with_numbers, 1):.2%} of the {with_numbers} translated entries whose msgid has a number")

    entries_by_line = {entry.line: entry for entry in catalog.entries}
    sample = random.Random(arguments.seed).sample(number_findings, min(arguments.sample, len(number_findings)))
    print()
    print(f"random sample of {len(sample)} number findings (seed {arguments.seed}):")
    for index, finding in enumerate(sorted(sample, key=lambda item: item.line), 1):
        entry = entries_by_line[finding.line]
        target = entry.msgstr if entry.msgid_plural is None else entry.msgstr_plural[finding.form or 0]
        print(f"\n[{index}] line {finding.line} {finding.check}: {finding.message}")
        print(f"    en: {_clip(entry.msgid)}")
        print(f"    fr: {_clip(target)}")


def _clip(text: str, width: int = 220) -> str:
    flat = text.replace("\n", "⏎")
    return flat if len(flat) <= width else flat[:width] + "…"


if __name__ == "__main__":
    main()
