"""How the number comparison behaves on a real catalogue: how many entries have numbers, how many
are flagged (by missing / added / changed / foreign style), how long it takes, and a random sample
of flagged entries to read by hand.

    python bench/number_findings.py [/work/shared/corpus/debian-fr.po] [--sample 50] [--seed 1]

On debian-fr.po (89,691 translated entries), 2026-11-23: 3,323 entries have numbers; 22 are
flagged (0.66%: 10 changed, 8 added, 3 missing, 1 foreign style); read by hand, 12 of the 22 are
worth a translator's look (1989 -> 1998, 0555 -> 0755, 4 -> 10 years, 31 -> 32 bit, a stale
"Kerberos 4" line, "1.9.1" -> "1.9", "1.000.000" in French...). Seeded errors in clean entries:
96% of changed digits, 85% of deleted numbers and 98% of English-grouped numbers are caught.
Every source number rewritten by Babel in fr, de, de_CH, ru, es: 0 of 2,577 sentences flagged.
For comparison, `pofilter -t numbers` flags 102 entries of the same file, 15 of them ours; its
other flags are mostly rephrasings ("(0..7)" / "(0-7)", ">= 0" / "positif ou nul").
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path
import time
from collections import Counter

from i18n.numbers import compare_numbers, read_numbers

DEFAULT_CORPUS = str(Path(__file__).resolve().parents[2] / "shared" / "corpus" / "debian-fr.po")


def translation_pairs(path: str) -> tuple[list[tuple[str, str]], list[int]]:
    """(source, translation) pairs of the translated entries (a plural entry gives one pair per
    form: msgid with msgstr[0], msgid_plural with the others), and each pair's entry number."""
    pairs: list[tuple[str, str]] = []
    owners: list[int] = []
    from i18n.po.io import read_catalog

    for index, entry in enumerate(read_catalog(path)[0].entries):
        if entry.obsolete or "fuzzy" in entry.flags or not entry.msgid:
            continue
        if entry.msgid_plural:
            forms = list(entry.msgstr_plural)
            if forms and all(forms):
                pairs.append((entry.msgid, forms[0]))
                pairs.extend((entry.msgid_plural, form) for form in forms[1:])
                owners.extend([index] * len(forms))
        elif entry.msgstr:
            pairs.append((entry.msgid, entry.msgstr))
            owners.append(index)
    return pairs, owners


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


def print_relocalised(pairs, source_locale: str) -> None:
    """Every source number rewritten by Babel for another locale: a perfect translation of the
    numbers, which must never be flagged (false positives on real sentences)."""
    from babel.numbers import format_decimal

    sources = [source for source, _ in pairs]
    print("sources with their numbers rewritten by Babel (must not be flagged):")
    for locale in ("fr", "de", "de_CH", "ru", "es"):
        total = flagged = 0
        for source in sources:
            numbers = [n for n in read_numbers(source, source_locale) if n.kind in ("integer", "decimal")]
            if not numbers:
                continue
            total += 1
            target = source
            for number in reversed(numbers):
                written = format_decimal(number.value, locale=locale, decimal_quantization=False)
                written = "+" + written if number.text.startswith("+") else written
                target = target[: number.start] + written + target[number.end:]
            flagged += not compare_numbers(source, target, source_locale, locale).ok
        print(f"  {locale:6} {flagged}/{total} flagged")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", default=DEFAULT_CORPUS)
    parser.add_argument("--sample", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--source-locale", default="en")
    parser.add_argument("--target-locale", default="fr")
    arguments = parser.parse_args()

    pairs, owners = translation_pairs(arguments.corpus)
    started = time.process_time()
    comparisons = [
        compare_numbers(source, target, arguments.source_locale, arguments.target_locale)
        for source, target in pairs
    ]
    elapsed = time.process_time() - started

    with_numbers = {
        owner for owner, (source, target) in zip(owners, pairs)
        if read_numbers(source, arguments.source_locale) or read_numbers(target, arguments.target_locale)
    }
    flagged = [(pair, comparison) for pair, comparison in zip(pairs, comparisons) if not comparison.ok]
    flagged_entries = {owner for owner, comparison in zip(owners, comparisons) if not comparison.ok}
    by_kind = Counter()
    for _, comparison in flagged:
        for kind in ("missing", "added", "changed", "foreign_style"):
            if getattr(comparison, kind):
                by_kind[kind] += 1

    print(f"translated entries:      {len(set(owners))} ({len(pairs)} source/translation pairs)")
    print(f"entries with numbers:    {len(with_numbers)}")
    print(f"entries flagged:         {len(flagged_entries)} "
          f"({100 * len(flagged_entries) / max(len(with_numbers), 1):.2f}% of those with numbers)")
    print("pairs flagged, by kind:")
    for kind in ("missing", "added", "changed", "foreign_style"):
        print(f"  {kind + ':':22} {by_kind[kind]}")
    print(f"compare time (CPU):      {elapsed:.3f} s total, {10000 * elapsed / len(pairs):.3f} s per 10,000 pairs")

    print_recall(pairs, comparisons, arguments)
    print_relocalised(pairs, arguments.source_locale)

    sample = random.Random(arguments.seed).sample(flagged, min(arguments.sample, len(flagged)))
    print(f"\nrandom sample of {len(sample)} flagged pairs:")
    for index, ((source, target), comparison) in enumerate(sample, 1):
        print(f"\n[{index}] {describe(comparison)}\n  en: {source!r}\n  fr: {target!r}")


if __name__ == "__main__":
    main()
