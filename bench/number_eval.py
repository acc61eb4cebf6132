"""Held-out evaluation of the numbers comparison on real catalogues: recall on seeded errors and
the share of untouched real translations flagged, per language.

    python bench/number_eval.py [--split tune|eval] [--languages fr,de,es,ru,ja] [--show 20]
    python bench/number_eval.py --catalogues 'wheels/**/{lang}/LC_MESSAGES/*.po'   # a fresh set

Real pairs come from the machine at run time: `msgunfmt /usr/share/locale/<lang>/LC_MESSAGES/*.mo`
for de, es, ru, ja (and any other language given), and /work/shared/corpus/debian-fr.po for fr.
Each catalogue (each msgid for fr) falls by a hash of its name into the `tune` half, the only one
looked at while building the check, or the `eval` half, kept for measuring. Seeded errors are
made in pairs the check leaves quiet: a changed digit, a dropped number, a changed year, a
comparator turned into its opposite ("au moins" -> "au plus").

A second population measures quantities in words: the pairs whose msgid holds a multiplier,
fraction, approximate count, ordinal or frequency word (found by this script's own regex, broader
than the check's tables), with or without a digit. Its seeded error swaps such a word of the
translation for another value of the same kind ("deux fois" -> "trois fois", "первый" ->
"второй"), from this script's own list.
"""

from __future__ import annotations

import argparse
import glob
import hashlib
import os
import random
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from i18n.numbers import compare_numbers  # noqa: E402
from i18n.po.io import read_catalog  # noqa: E402
from i18n.po.symbolic_ids import source_text  # noqa: E402

FRENCH_CORPUS = Path("/work/shared/corpus/debian-fr.po")
LOCALE_DIR = Path("/usr/share/locale")

# Opposite comparators, both ways, per language (the seeded "swapped comparator" error).
OPPOSITES = {
    "fr": [("au moins", "au plus"), ("plus de", "moins de"), ("minimum", "maximum"), ("supérieur", "inférieur")],
    "de": [("mindestens", "höchstens"), ("mehr als", "weniger als"), ("Minimum", "Maximum"),
           ("größer als", "kleiner als"), ("über", "unter")],
    "es": [("al menos", "como máximo"), ("más de", "menos de"), ("mínimo", "máximo"), ("mayor", "menor")],
    "ru": [("не менее", "не более"), ("больше", "меньше"), ("минимум", "максимум"), ("более", "менее"),
           ("минимальн", "максимальн")],
    "ja": [("以上", "以下"), ("超", "未満"), ("最小", "最大"), ("少なくとも", "最大で")],
}
# Where a changed digit is no number error but a placeholder's or a tag's (the placeholder and markup
# checks own those): "%(value2)s", "{0}", "<h1>".
_PLACEHOLDER = re.compile(r"%\(\w*\)[-+#0 ]*\d*(?:\.\d+)?[a-zA-Z]|%(?:\d+\$)?[-+#0 ']*\d*(?:\.\d+)?[hlLqjzt]*[a-zA-Z%]"
                          r"|%\d|\{[^{}]*\}|\$\{?\w+\}?|&#?\w+;|</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>")
_NUMBER = re.compile(r"(?<![\d.,])\d+(?:[.,\u00a0\u202f ]\d+)*")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


# The msgid holds a quantity in words (deliberately broad: every sense of each word).
_QUANTITY_WORD = re.compile(
    r"\b(?:twice|thrice|double[ds]?|doubling|triple[ds]?|tripling|quadruple[ds]?|\w+fold|half|halves|halved"
    r"|thirds?|quarters?|fifths?|dozens?|tens|hundreds|thousands|millions|first|second|third|fourth|fifth|sixth"
    r"|seventh|eighth|ninth|tenth|twelfth|\d+(?:st|nd|rd|th)|every|daily|hourly|weekly|monthly|yearly|annually"
    r"|times|one\s+in|one\s+out\s+of)\b", re.IGNORECASE)
# Swaps for the seeded error in words: (whole word or phrase, replacement of another value).
WORD_SWAPS = {
    "fr": [("deux fois", "trois fois"), ("doublé", "triplé"), ("double", "triple"), ("la moitié", "le quart"),
           ("premier", "deuxième"), ("première", "deuxième"), ("deuxième", "troisième"), ("second", "troisième"),
           ("seconde", "troisième"), ("troisième", "quatrième"), ("quatrième", "cinquième"),
           ("douzaine", "vingtaine"), ("dizaine", "centaine"), ("centaines", "milliers"), ("milliers", "centaines"),
           ("tous les jours", "tous les deux jours"), ("chaque jour", "tous les trois jours"), ("1er", "2e")],
    "de": [("zweimal", "dreimal"), ("doppelt", "dreifach"), ("Hälfte", "Drittel"), ("erste", "zweite"),
           ("ersten", "zweiten"), ("erster", "zweiter"), ("erstes", "zweites"), ("zweite", "dritte"),
           ("zweiten", "dritten"), ("dritte", "vierte"), ("Dutzend", "Hundert"), ("Hunderte", "Tausende"),
           ("Tausende", "Hunderte"), ("täglich", "alle drei Tage"), ("jeden Tag", "alle zwei Tage")],
    "es": [("dos veces", "tres veces"), ("doble", "triple"), ("la mitad", "un tercio"), ("primer", "tercer"),
           ("primero", "tercero"), ("primera", "tercera"), ("segundo", "cuarto"), ("segunda", "cuarta"),
           ("tercer", "quinto"), ("docena", "veintena"), ("cientos", "millares"), ("miles", "cientos"),
           ("cada día", "cada dos días"), ("todos los días", "cada tres días")],
    "ru": [("дважды", "трижды"), ("вдвое", "втрое"), ("первый", "второй"), ("первая", "вторая"),
           ("первое", "второе"), ("первого", "третьего"), ("второй", "третий"), ("вторая", "третья"),
           ("половину", "треть"), ("половина", "четверть"), ("сотни", "тысячи"), ("тысячи", "сотни"),
           ("каждый день", "каждые два дня"), ("ежедневно", "каждые три дня")],
    "ja": [("2倍", "3倍"), ("2回", "3回"), ("最初", "2番目"), ("毎日", "2日ごと"), ("半分", "3分の1"), ("第1", "第2"),
           ("第2", "第3"), ("1番目", "2番目"), ("2番目", "3番目"), ("数百", "数千"), ("数千", "数百")],
}


def in_tune_half(name: str) -> bool:
    return hashlib.sha1(name.encode()).digest()[0] < 128


def pairs_of(language: str, split: str, catalogues: str | None = None) -> list[tuple[str, str, str]]:
    """(origin, msgid, msgstr) for the translated non-plural entries of the split; with `catalogues`
    (a glob naming .po files, {lang} standing for the language), of all of those files instead (a
    symbolic id's source being its Default text, as the check reads it)."""
    found = []
    if catalogues:
        for path in sorted(glob.glob(catalogues.format(lang=language), recursive=True)):
            try:
                catalog, _ = read_catalog(Path(path))
            except Exception:  # noqa: BLE001 -- an unreadable catalogue is skipped
                continue
            for entry in catalog.entries:
                if (not entry.obsolete and not entry.fuzzy and entry.msgid_plural is None and entry.msgstr
                        and entry.msgid):
                    found.append((path, source_text(entry), entry.msgstr))
        return found
    if language == "fr":
        catalog, _ = read_catalog(FRENCH_CORPUS)
        for entry in catalog.entries:
            if entry.obsolete or entry.fuzzy or entry.msgid_plural is not None or not entry.msgstr:
                continue
            if in_tune_half(entry.msgid) == (split == "tune"):
                found.append(("debian-fr", entry.msgid, entry.msgstr))
        return found
    for path in sorted(glob.glob(str(LOCALE_DIR / language / "LC_MESSAGES" / "*.mo"))):
        package = Path(path).stem
        if in_tune_half(package) != (split == "tune"):
            continue
        with tempfile.NamedTemporaryFile("w+", suffix=".po", delete=False) as handle:
            temporary = handle.name
        try:
            subprocess.run(["msgunfmt", "--no-wrap", "-o", temporary, path], check=True,
                           capture_output=True)
            catalog, _ = read_catalog(Path(temporary))
        except (subprocess.CalledProcessError, Exception):  # an unreadable catalogue is skipped
            continue
        finally:
            os.unlink(temporary)
        for entry in catalog.entries:
            if entry.msgid_plural is None and entry.msgstr and entry.msgid:
                found.append((package, entry.msgid, entry.msgstr))
    return found


def errors(comparison) -> list[str]:
    """What the comparison reports as errors or changes (style problems aside)."""
    found = [f"missing {number.text}" for number in comparison.missing]
    found += [f"added {number.text}" for number in comparison.added]
    found += [f"changed {a.text} -> {b.text}" for a, b in comparison.changed]
    for mismatch in getattr(comparison, "literals", ()):
        found.append(f"{mismatch.kind} {mismatch.source and mismatch.source.text} -> "
                     f"{mismatch.target and mismatch.target.text}")
    for bound in getattr(comparison, "bounds", ()):
        found.append(f"bound {bound}")
    for swap in getattr(comparison, "extremes", ()):
        found.append(f"extreme {swap.source} -> {swap.target}")
    return found


def _free_spans(text: str, pattern: re.Pattern[str]) -> list[re.Match[str]]:
    blocked = [match.span() for match in _PLACEHOLDER.finditer(text)]
    return [match for match in pattern.finditer(text)
            if all(match.end() <= start or match.start() >= end for start, end in blocked)]


def mutations(target: str, language: str, rng: random.Random) -> list[tuple[str, str]]:
    found = []
    numbers = _free_spans(target, _NUMBER)
    if numbers:
        match = rng.choice(numbers)
        digit_positions = [index for index in range(match.start(), match.end()) if target[index].isdigit()]
        position = rng.choice(digit_positions)
        new_digit = rng.choice([digit for digit in "0123456789" if digit != target[position]])
        found.append(("digit", target[:position] + new_digit + target[position + 1:]))
        match = rng.choice(numbers)
        start, end = match.span()
        if end < len(target) and target[end] == " ":
            end += 1
        elif start > 0 and target[start - 1] == " ":
            start -= 1
        found.append(("dropped", target[:start] + target[end:]))
    years = _free_spans(target, _YEAR)
    if years:
        match = rng.choice(years)
        year = int(match.group()) + rng.choice([-10, -2, -1, 1, 2, 10])
        found.append(("year", target[:match.start()] + str(year) + target[match.end():]))
    # A comparator next to a number (within a few characters), as a whole word outside Japanese.
    for first, second in OPPOSITES.get(language, []):
        swapped = None
        for old, new in ((first, second), (second, first)):
            edge = "" if language == "ja" else r"(?<!\w)"
            close = r"(?=.{0,12}\d)|(?<=\d.{0,12})" if language == "ja" else r"(?=\W{1,3}\d)|(?<=\d\W{1,3}(?:\w+\W{1,3})?)"
            match = re.search(edge + re.escape(old) + ("" if language == "ja" else r"(?!\w)"), target)
            if match and re.search(r"\d", target) and (re.match(close.split("|")[0], target[match.end():]) or
                                                       re.search(r"\d.{0,15}$", target[:match.start()])):
                swapped = target[:match.start()] + new + target[match.end():]
                break
        if swapped:
            found.append(("comparator", swapped))
            break
    return found


def word_swap(target: str, language: str, rng: random.Random) -> str | None:
    """The translation with one quantity word swapped for another value, or None."""
    edge_before, edge_after = ("", "") if language == "ja" else (r"(?<![\w-])", r"(?![\w-])")
    candidates = []
    for old, new in WORD_SWAPS.get(language, []):
        for match in _free_spans(target, re.compile(edge_before + re.escape(old) + edge_after, re.IGNORECASE)):
            candidates.append((match, new))
    if not candidates:
        return None
    match, new = rng.choice(candidates)
    if match.group()[:1].isupper():
        new = new[:1].upper() + new[1:]
    return target[:match.start()] + new + target[match.end():]


def evaluate_words(language: str, split: str, show: int, seed: int,
                   catalogues: str | None = None) -> dict[str, object]:
    rng = random.Random(seed)
    pairs = [pair for pair in pairs_of(language, split, catalogues) if _QUANTITY_WORD.search(pair[1])]
    flagged, missed = [], []
    tried = caught = 0
    for origin, source, target in pairs:
        found = errors(compare_numbers(source, target, "en", language))
        if found:
            flagged.append((origin, source, target, found))
            continue
        mutated = word_swap(target, language, rng)
        if mutated is None or mutated == target:
            continue
        tried += 1
        if errors(compare_numbers(source, mutated, "en", language)):
            caught += 1
        else:
            missed.append((origin, source, mutated))
    print(f"\n== {language} ({split} half): {len(pairs)} real pairs with a quantity word in the msgid")
    print(f"   flagged untouched: {len(flagged)} = {len(flagged) / max(len(pairs), 1):.2%}")
    print(f"   seeded word swap: {caught} / {tried} caught = {caught / max(tried, 1):.1%}")
    for origin, source, target, found in rng.sample(flagged, min(show, len(flagged))):
        print(f"   FLAG [{origin}] {'; '.join(found)}\n      en: {_clip(source)}\n      {language}: {_clip(target)}")
    for origin, source, mutated in rng.sample(missed, min(show // 2, len(missed))):
        print(f"   MISS word [{origin}]\n      en: {_clip(source)}\n      {language}: {_clip(mutated)}")
    return {"pairs": len(pairs), "flagged": len(flagged), "tried": tried, "caught": caught}


def evaluate(language: str, split: str, show: int, seed: int,
             catalogues: str | None = None) -> dict[str, object]:
    rng = random.Random(seed)
    pairs = [pair for pair in pairs_of(language, split, catalogues) if re.search(r"\d", pair[1])]
    flagged = []
    caught, tried = Counter(), Counter()
    missed = defaultdict(list)
    for origin, source, target in pairs:
        found = errors(compare_numbers(source, target, "en", language))
        if found:
            flagged.append((origin, source, target, found))
            continue
        for kind, mutated in mutations(target, language, rng):
            if mutated == target:
                continue
            tried[kind] += 1
            if errors(compare_numbers(source, mutated, "en", language)):
                caught[kind] += 1
            else:
                missed[kind].append((origin, source, mutated))
    total_tried, total_caught = sum(tried.values()), sum(caught.values())
    print(f"\n== {language} ({split} half): {len(pairs)} real pairs with a digit in the msgid")
    print(f"   flagged untouched: {len(flagged)} = {len(flagged) / max(len(pairs), 1):.2%} "
          "(an upper bound of the false-alarm rate: some are real mistakes)")
    for kind in sorted(tried):
        print(f"   seeded {kind:<10}: {caught[kind]:>5} / {tried[kind]:<5} caught = {caught[kind] / tried[kind]:.1%}")
    print(f"   recall, all seeded errors: {total_caught} / {total_tried} = {total_caught / max(total_tried, 1):.1%}")
    for origin, source, target, found in rng.sample(flagged, min(show, len(flagged))):
        print(f"   FLAG [{origin}] {'; '.join(found)}\n      en: {_clip(source)}\n      {language}: {_clip(target)}")
    for kind, items in missed.items():
        for origin, source, mutated in rng.sample(items, min(show // 4, len(items))):
            print(f"   MISS {kind} [{origin}]\n      en: {_clip(source)}\n      {language}: {_clip(mutated)}")
    return {"pairs": len(pairs), "flagged": len(flagged), "tried": total_tried, "caught": total_caught}


def _clip(text: str, width: int = 200) -> str:
    flat = text.replace("\n", "⏎")
    return flat if len(flat) <= width else flat[:width] + "…"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("tune", "eval"), default="eval")
    parser.add_argument("--languages", default="fr,de,es,ru,ja")
    parser.add_argument("--show", type=int, default=0, help="flagged pairs and misses to print per language")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--only", choices=("digits", "words", "both"), default="both",
                        help="the population: msgids with a digit, with a quantity word, or both tables")
    parser.add_argument("--catalogues", metavar="GLOB",
                        help="measure on these .po files instead of the machine's halves ({lang} stands for "
                             "the language, ** for any folders): catalogues never looked at while building")
    arguments = parser.parse_args()
    populations = {"digits": ("a digit", evaluate), "words": ("a quantity word", evaluate_words)}
    for name, (label, function) in populations.items():
        if arguments.only not in (name, "both"):
            continue
        summary = {}
        for language in arguments.languages.split(","):
            summary[language] = function(language, arguments.split, arguments.show, arguments.seed, arguments.catalogues)
        print(f"\n| language | real pairs with {label} | flagged | seeded errors | caught (recall) |")
        print("| --- | ---: | ---: | ---: | ---: |")
        for language, row in summary.items():
            print(f"| {language} | {row['pairs']:,} | {row['flagged']:,} ({row['flagged'] / max(row['pairs'], 1):.2%}) "
                  f"| {row['tried']:,} | {row['caught']:,} ({row['caught'] / max(row['tried'], 1):.1%}) |")


if __name__ == "__main__":
    main()
