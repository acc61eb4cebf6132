"""How the number comparison behaves on a real catalogue: how many entries have numbers, how many
are flagged (by missing / added / changed / foreign style), how long it takes, and a random sample
of flagged entries to read by hand.

    python bench/number_findings.py [/work/shared/corpus/debian-fr.po] [--sample 50] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter

import polib

from i18n.numbers import compare_numbers, read_numbers

DEFAULT_CORPUS = "/work/shared/corpus/debian-fr.po"


def translation_pairs(path: str) -> list[tuple[str, str]]:
    pairs = []
    for entry in polib.pofile(path, wrapwidth=0):
        if entry.obsolete or "fuzzy" in entry.flags or not entry.msgid:
            continue
        if entry.msgid_plural:
            forms = [entry.msgstr_plural[index] for index in sorted(entry.msgstr_plural)]
            if forms and all(forms):
                pairs.append((entry.msgid, forms[0]))
                pairs.extend((entry.msgid_plural, form) for form in forms[1:])
        elif entry.msgstr:
            pairs.append((entry.msgid, entry.msgstr))
    return pairs


def describe(comparison) -> str:
    parts = []
    parts += [f"missing {n.text!r}" for n in comparison.missing]
    parts += [f"added {n.text!r}" for n in comparison.added]
    parts += [f"changed {a.text!r}->{b.text!r}" for a, b in comparison.changed]
    parts += [f"style {p.number.text!r}->{p.suggestion!r}" for p in comparison.foreign_style]
    return "; ".join(parts)


def _mutate_value(target: str, number) -> str:
    """The translation with one number's last digit changed (a typo a reviewer should catch)."""
    text = number.text
    index = max(i for i, character in enumerate(text) if character.isdigit())
    digit = text[index]
    replacement = "1" if digit == "0" else ("7" if digit == "9" else str(int(digit) + 1))
    return target[: number.start] + text[:index] + replacement + text[index + 1:] + target[number.end:]


def print_recall(pairs, comparisons, arguments) -> None:
    """Seeded errors in clean entries: how many does the comparison catch?"""
    rng = random.Random(arguments.seed)
    clean = [pair for pair, comparison in zip(pairs, comparisons) if comparison.ok]
    changed_total = changed_caught = 0
    dropped_total = dropped_caught = 0
    style_total = style_caught = 0
    for source, target in rng.sample(clean, len(clean)):
        numbers = [n for n in read_numbers(target, arguments.target_locale) if n.text[0].isdigit()]
        if not numbers:
            continue
        number = rng.choice(numbers)
        if changed_total < 1000:
            changed_total += 1
            mutated = _mutate_value(target, number)
            changed_caught += not compare_numbers(source, mutated, arguments.source_locale, arguments.target_locale).ok
        if dropped_total < 1000:
            dropped_total += 1
            mutated = target[: number.start] + target[number.end:]
            dropped_caught += not compare_numbers(source, mutated, arguments.source_locale, arguments.target_locale).ok
        if number.value >= 1000 and number.value == number.value.to_integral_value() and number.kind != "year":
            # Write the number the English way inside the French text.
            style_total += 1
            english = f"{int(number.value):,}"
            mutated = target[: number.start] + english + target[number.end:]
            result = compare_numbers(source, mutated, arguments.source_locale, arguments.target_locale)
            style_caught += bool(result.foreign_style)
    print("seeded errors in clean entries with numbers:")
    print(f"  last digit changed:    {changed_caught}/{changed_total} caught")
    print(f"  number deleted:        {dropped_caught}/{dropped_total} caught")
    print(f"  written 262,000-style: {style_caught}/{style_total} caught as foreign style")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", default=DEFAULT_CORPUS)
    parser.add_argument("--sample", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--source-locale", default="en")
    parser.add_argument("--target-locale", default="fr")
    arguments = parser.parse_args()

    pairs = translation_pairs(arguments.corpus)
    started = time.process_time()
    comparisons = [
        compare_numbers(source, target, arguments.source_locale, arguments.target_locale)
        for source, target in pairs
    ]
    elapsed = time.process_time() - started

    with_numbers = sum(
        1 for source, target in pairs
        if read_numbers(source, arguments.source_locale) or read_numbers(target, arguments.target_locale)
    )
    flagged = [(pair, comparison) for pair, comparison in zip(pairs, comparisons) if not comparison.ok]
    by_kind = Counter()
    for _, comparison in flagged:
        for kind in ("missing", "added", "changed", "foreign_style"):
            if getattr(comparison, kind):
                by_kind[kind] += 1

    print(f"translation pairs:       {len(pairs)}")
    print(f"pairs with numbers:      {with_numbers}")
    print(f"pairs flagged:           {len(flagged)} ({100 * len(flagged) / max(with_numbers, 1):.2f}% of those with numbers)")
    for kind in ("missing", "added", "changed", "foreign_style"):
        print(f"  {kind + ':':22} {by_kind[kind]}")
    print(f"compare time:            {elapsed:.3f} s total, {10000 * elapsed / len(pairs):.3f} s per 10,000 pairs")

    print_recall(pairs, comparisons, arguments)

    sample = random.Random(arguments.seed).sample(flagged, min(arguments.sample, len(flagged)))
    print(f"\nrandom sample of {len(sample)} flagged pairs:")
    for index, ((source, target), comparison) in enumerate(sample, 1):
        print(f"\n[{index}] {describe(comparison)}\n  en: {source!r}\n  fr: {target!r}")


if __name__ == "__main__":
    main()
