"""Number checks: a translation carries the source's numbers, written the target locale's way.

The reading and pairing of numbers is `i18n.numbers.compare_numbers`; these checks only report
what it returns. The same comparison serves the check across locales (the source-locale
catalogue's own text against another locale's), whose findings live in the X7xx family.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable

from i18n.checks import number_cache
from i18n.checks.base import AcrossLocalesCheck, Edit, PairCheck, Pair, Problem, Severity
from i18n.checks.context import catalog_context
from i18n.checks.placeholders import (PlaceholderMissing, compare_placeholders, printf_directives,
                                      reads_brace_placeholders)
from i18n.numbers.count_placeholders import names_a_count
from i18n.numbers.model import AGREEING
from i18n.po.parse import parse_po

if TYPE_CHECKING:
    from i18n.checks.engine import CheckOptions


@lru_cache(maxsize=64)
def _comparison(source: str, target: str, source_locale: str, target_locale: str):
    # The number checks look at the same pair in turn: read its numbers once.
    from i18n.numbers import compare_numbers

    return compare_numbers(source, target, source_locale=source_locale, target_locale=target_locale)


@lru_cache(maxsize=None)
def _difference_test(source_locale: str, target_locale: str):
    # (The readers are imported when a pair is first compared: not at all when every pair is remembered.)
    from i18n.numbers.compare import difference_test

    return difference_test(source_locale, target_locale)


def number_comparison(pair: Pair):
    """The numbers comparison for a pair, or None when the target locale is unknown."""
    if pair.target_locale is None:
        return None
    return _remembered(pair.source, pair.target, pair.source_locale, pair.target_locale, _comparison)


def has_number_problems(pair: Pair) -> bool:
    """Whether the pair's numbers comparison found anything."""
    if pair.target_locale is None:
        return False
    return not _remembered(pair.source, pair.target, pair.source_locale, pair.target_locale,
                           _compared_if_they_may_differ).ok


def _remembered(source: str, target: str, source_locale: str, target_locale: str, compare):
    """`compare`'s comparison of a pair, through the store of remembered pairs when there is one."""
    store = number_cache.active()
    if store is None:
        return compare(source, target, source_locale, target_locale)
    digest = store.digest(source, target, source_locale, target_locale)
    comparison = AGREEING if digest in store.agreeing else store.comparison(digest)
    if comparison is None:
        comparison = compare(source, target, source_locale, target_locale)
        store.learn(digest, comparison)
    else:
        store.used.append(digest)
    return comparison


def _compared_if_they_may_differ(source: str, target: str, source_locale: str, target_locale: str):
    # Most pairs have no number at all: decided before the comparison is looked up.
    if not _difference_test(source_locale, target_locale)(source, target):
        return AGREEING
    return _comparison(source, target, source_locale, target_locale)


def prepare(header: bytes, path: str, options: CheckOptions) -> None:
    """Build now the number checks' tables and patterns for the locales of the catalogue whose
    header entry is `header`, when `options` run any of them: the parallel runner calls this
    before it forks, so that its workers share them instead of each building them again."""
    if not any(map(options.enabled, _PAIR_CHECK_NAMES)):
        return
    store = number_cache.use(options.cache)
    context = catalog_context(parse_po(header, path), path, options)
    # (With pairs remembered, few are compared: the workers build what they need.)
    if context.target_locale is not None and not (store is not None and store.agreeing):
        from i18n.numbers.compare import warm

        warm(context.source_locale, context.target_locale)


def _dropped_count(pair: Pair, number) -> bool:
    """A form used for a few n only (msgstr[0]: 1, or 0 and 1) may spell such a count out, drop it,
    or write it in digits."""
    return pair.few_n is not None and number.value in pair.few_n


def _count_of_a_shared_form(pair: Pair, number) -> bool:
    """A first form used for many n (Russian msgstr[0]: 1, 21, 31...) rightly drops the 1 of its
    msgid where msgid_plural has the count ("1 entry deleted" / "%(count)s entries deleted" /
    "%(count)s запись удалена")."""
    return (pair.form == 0 and pair.few_n is None and pair.other_source is not None and number.value == 1
            and number.text not in pair.other_source)


def _placeholder_compared_elsewhere(pair: Pair) -> bool:
    """The placeholder checks compare an entry's brace placeholders when it is flagged python-brace-format;
    a form used for a few n only may drop its count's placeholder (msgstr[0] "Un commentaire")."""
    return pair.few_n is not None or reads_brace_placeholders(pair.flags)


_BOUND_NAMES = {"at most": "a ceiling", "at least": "a floor", "approximately": "an approximation",
                "by": "the amount of a change", "to": "the level it reaches", "past": "before now",
                "future": "after now", "lapse": "the time after which it happens", "within": "a deadline",
                "within an event": "a deadline counted from an event", "window": "a time span after an event",
                "from an event": "a time after an event", "up to after an event": "a latest time after an event",
                "none": "not bounded", "up": "a rise", "down": "a fall",
                "above": "a floor it is not part of", "from": "a floor it is part of",
                "below": "a ceiling it is not part of", "up to": "a ceiling it is part of", "exactly": "an exact count",
                "other than": "a value it must not be"}
_RANKS = {"first": "the first", "last": "the last", "second to last": "the second to last"}
_LITERAL_KINDS = frozenset({"code", "version", "option", "identifier", "placeholder", "date", "time"})
_KIND_NAMES = {"integer": "count", "decimal": "count", "word": "count", "scaled": "count", "roman": "count",
               "ordinal": "ordinal", "year": "year", "percent": "percent", "permille": "per mille",
               "span": "days", "short span": "minutes", "frequency": "times a year",
               "part of a period": "0 start, 1 middle, 2 end",
               "period": "months", "days from now": "days from now"}


def reading(number) -> str:
    """What the comparison read, so a translator sees why: "262,000 (read 262000, count)"."""
    if number.kind == "vague":
        return f"{number.text} (no exact count)"
    value = format(number.value.normalize(), "f")
    kind = _KIND_NAMES.get(number.kind, number.kind)
    return f"{number.text} ({kind})" if number.text == value else f"{number.text} (read {value}, {kind})"


def literal_reading(literal) -> str:
    return f"{literal.kind} {literal.text}"


def _what(literal) -> str:
    """ "its digits 25 are", or for a date "2017-05-31 is" (what was looked for)."""
    if literal.kind in ("date", "time"):
        return f"{literal.digits} is"
    if literal.kind == "placeholder":
        return "the number it stands for is"
    return f"its digits {literal.digits} are"


def value_findings(comparison, where: str, label: str, pair: Pair | None = None):
    """(check name, message, subject) for every value the comparison found missing, added or
    changed, literal or bounded; `where` names the source side, `label` the translation side."""
    for number in comparison.missing:
        if pair is None or not (_dropped_count(pair, number) or _count_of_a_shared_form(pair, number)):
            yield "number-missing", f"number {reading(number)} of {where} is missing from {label}", number.text
    for mismatch in comparison.literals:
        if mismatch.target is None and not (pair is not None and mismatch.kind == "placeholder"
                                            and _placeholder_compared_elsewhere(pair)):
            yield ("number-missing", f"{literal_reading(mismatch.source)} of {where}: {_what(mismatch.source)} "
                   f"not in {label}", mismatch.source.text)
    for number in comparison.added:
        # "%d signature" / msgstr[0] "1 firma": a form for n = 1 only may write its count.
        if pair is None or not _dropped_count(pair, number):
            yield "number-added", f"number {reading(number)} in {label} is not in {where}", number.text
    for mismatch in comparison.literals:
        if mismatch.source is None:
            yield ("number-added", f"{literal_reading(mismatch.target)} in {label}: {_what(mismatch.target)} "
                   f"not in {where}", mismatch.target.text)
    for source_number, target_number in comparison.changed:
        yield ("number-changed", f"number {reading(source_number)} of {where} is {reading(target_number)} in {label}",
               source_number.text)
    for mismatch in comparison.literals:
        if mismatch.source is not None and mismatch.target is not None:
            if mismatch.kind in ("date", "time", "coordinate"):
                detail = f"read {mismatch.source.digits} and {mismatch.target.digits}"
            elif mismatch.kind == "date format":
                detail = f"{mismatch.source.digits}, then {mismatch.target.digits}"
            elif mismatch.kind == "night":
                detail = "the night ending on that day, one day early"
            elif mismatch.kind == "sign":
                detail = "one sign of the two"
            elif mismatch.kind == "identifier":
                detail = "one character apart"
            elif mismatch.kind == "ratio":
                detail = "the other way round"
            elif mismatch.kind == "pair":
                detail = "the two numbers the other way round"
            elif mismatch.kind == "power of ten":
                detail = f"exponent {mismatch.source.digits}, then {mismatch.target.digits}"
            elif mismatch.source.digits == mismatch.target.digits:
                detail = "its digits in another order"
            else:
                detail = f"digits {mismatch.source.digits}, then {mismatch.target.digits}"
            yield ("number-changed", f"{literal_reading(mismatch.source)} of {where} is {mismatch.target.text} "
                   f"in {label} ({detail})", mismatch.source.text)
    for bound in comparison.bounds:
        # What is bounded: a number, or a code, version or identifier written the same on both sides.
        bounded = bound.source.kind if bound.source.kind in _LITERAL_KINDS else "number"
        yield ("number-changed",
               f"{bounded} {bound.source.text} of {where} is {_BOUND_NAMES[bound.source_direction]} "
               f"(\"{bound.source_comparator}\") but {_BOUND_NAMES[bound.target_direction]} in {label} "
               f"(\"{bound.target_comparator}\" {bound.target.text})", bound.source.text)
    for change in comparison.units:
        yield ("number-changed",
               f"{change.source} of {where} is {change.target} in {label}: another unit "
               f"({' or '.join(change.source_units)}, then {' or '.join(change.target_units)})", change.source)
    for flip in comparison.eras:
        said = f"the era \"{flip.source}\"" if flip.source else "no era, so the common era,"
        yield ("number-changed",
               f"{said} of {where} ({flip.source_era}) is \"{flip.target}\" in {label} "
               f"({flip.target_era})", flip.source or flip.target)
    for swap in comparison.extremes:
        if swap.source_direction in _RANKS:
            yield ("number-changed",
                   f"the rank \"{swap.source}\" of {where} is \"{swap.target}\" in {label}, "
                   f"{_RANKS[swap.target_direction]}", swap.source)
            continue
        yield ("number-changed",
               f"the limit \"{swap.source}\" of {where} is {_BOUND_NAMES[swap.source_direction]} but "
               f"\"{swap.target}\" in {label} is {_BOUND_NAMES[swap.target_direction]}", swap.source)


def _use_the_store(check, options) -> None:
    """The number checks' `configure`: the store of remembered comparisons `options` names, or none; and
    whether number-missing reports the printf placeholders for numbers (see below)."""
    number_cache.use(getattr(options, "cache", None))
    _printf_counts_here[0] = options.enabled(NumberMissing.name) and not options.enabled(PlaceholderMissing.name)


# Whether this run's number checks report a dropped printf placeholder that stands for a number
# ("%d files" / "Fichiers"): only when the placeholder checks do not run ("--select N1"), which
# otherwise report it (one mistake, one finding).
_printf_counts_here = [False]


def _number_directives(text: str) -> list[str]:
    """The printf directives of `text` that may stand for a number ("%d", "%1$lu", "%.2f", "%(count)s")."""
    return [directive for directive in printf_directives(text) if directive[-1] in "diufFxXo" or directive[1] == "("]


def _stands_for_a_number(placeholder, source: str) -> bool:
    """ "%d", "%lu", "%.1f", "%(count)s", "%(total)d"; not a word's letters after a percent sign ("%-encoding",
    "%time"), nor a float in exponent form ("%E", an error message in some programs' formats)."""
    if re.search(re.escape(placeholder.text) + "(?![^\\W_])", source) is None:
        return False
    if placeholder.kind == "named":
        return placeholder.text[-1] in "diuf" or names_a_count(placeholder.argument)
    return placeholder.kind.split()[-1] in ("int", "unsigned") or placeholder.text[-1] in "fF"


def lost_number_placeholders(pair: Pair) -> list:
    """The source's printf placeholders that stand for a number and the translation drops, when this
    run reports them here; none for a form used for a few n only, which may spell its count out."""
    if not _printf_counts_here[0] or "%" not in pair.source or pair.few_n is not None:
        return []
    # (The cheap test first: most translations keep every such directive as written.)
    wanted = _number_directives(pair.source)
    if not wanted:
        return []
    kept = _number_directives(pair.target)
    if wanted == kept or not Counter(wanted) - Counter(kept):
        return []
    return [placeholder for placeholder in compare_placeholders(pair).missing
            if _stands_for_a_number(placeholder, pair.source)]


def _has_missing_numbers(pair: Pair) -> bool:
    """The number checks' shared prefilter (one for the four, so that the engine runs it once a pair)."""
    return has_number_problems(pair) or bool(lost_number_placeholders(pair))


class _ValueCheck(PairCheck):
    severity = Severity.ERROR
    prefilter = staticmethod(_has_missing_numbers)
    configure = _use_the_store

    def check_pair(self, pair: Pair) -> Iterable[Problem]:
        comparison = number_comparison(pair)
        if comparison is None:
            return
        for name, message, subject in value_findings(comparison, "the source", pair.label, pair):
            if name == self.name:
                yield Problem(message, subject=subject)


class NumberMissing(_ValueCheck):
    code = "N101"
    name = "number-missing"
    description = ("A number of the source (a count, or the digits of a code, option, version or date) is absent "
                   "from the translation; with the placeholder checks off, a placeholder for a number too.")

    def check_pair(self, pair: Pair) -> Iterable[Problem]:
        yield from super().check_pair(pair)
        for placeholder in lost_number_placeholders(pair):
            yield Problem(f"placeholder {placeholder.text} of the source: the number it stands for is not in "
                          f"{pair.label}", subject=placeholder.text)


class NumberAdded(_ValueCheck):
    code = "N102"
    name = "number-added"
    severity = Severity.WARNING
    description = "The translation has a number (or a code's digits) the source does not have."


class NumberChanged(_ValueCheck):
    code = "N103"
    name = "number-changed"
    description = ("A number of the source has another value in the translation, a code or option other "
                   "digits, or the same number the opposite comparator (less than / plus de).")


class NumberForeignStyle(PairCheck):
    code = "N104"
    name = "number-foreign-style"
    severity = Severity.WARNING
    description = "A number of the translation is written in another locale's style (1,5 vs 1.5, 1,000 vs 1 000)."
    prefilter = staticmethod(_has_missing_numbers)
    fixable = True
    configure = _use_the_store

    def check_pair(self, pair: Pair) -> Iterable[Problem]:
        comparison = number_comparison(pair)
        if comparison is None:
            return
        for style in comparison.foreign_style:
            yield Problem(f"number {style.number.text} in {pair.label}: {style.message}",
                          subject=style.number.text, suggestion=style.suggestion,
                          fix=_style_fix(pair, comparison, style))


def _style_fix(pair: Pair, comparison, style) -> tuple[Edit, ...] | None:
    """The number rewritten the target locale's way, when that cannot change what it says: after
    the edit it matches a number of the source, and no other number is missing, added or changed."""
    number = style.number
    if pair.target[number.start:number.end] != number.text:
        return None
    fixed = pair.target[:number.start] + style.suggestion + pair.target[number.end:]
    after = _remembered(pair.source, fixed, pair.source_locale, pair.target_locale, _comparison)
    end = number.start + len(style.suggestion)
    touches = lambda other: other.start < end and number.start < other.end  # noqa: E731
    if (len(after.missing) > len(comparison.missing) or len(after.added) > len(comparison.added)
            or len(after.changed) > len(comparison.changed) or any(touches(item) for item in after.added)
            or any(touches(target) for _source, target in after.changed)
            or any(touches(problem.number) for problem in after.foreign_style)):
        return None
    return (Edit(number.start, number.end, number.text, style.suggestion),)


class NumberAcrossLocales(AcrossLocalesCheck):
    """Run with the source-locale catalogue's translation as the pair's source."""

    code = "X701"
    name = "number-across-locales"
    severity = Severity.ERROR
    description = ("The source-locale catalogue's text of a message and this locale's text do not carry "
                   "the same numbers (checked when the source-locale text differs from the msgid).")

    def check_pair(self, pair: Pair) -> Iterable[Problem]:
        comparison = number_comparison(pair)
        if comparison is None:
            return
        where = f"the {pair.source_locale} catalogue's text"
        for _, message, subject in value_findings(comparison, where, pair.label, pair):
            yield Problem(message, subject=subject)


_PAIR_CHECK_NAMES = (NumberMissing.name, NumberAdded.name, NumberChanged.name, NumberForeignStyle.name)
