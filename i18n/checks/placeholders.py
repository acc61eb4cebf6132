"""Placeholder checks: printf (`%d`, `%1$s`), python-format (`%(name)s`, which is also how Babel
extracts the variables of Jinja `{% trans %}` blocks) and brace (`{0}`, `{name}`) placeholders.

Which syntaxes a text uses comes from the entry's flags (`c-format`, `python-format`,
`python-brace-format`, and their `no-` forms); without a flag only unambiguous shapes count, so
that "50% off" or a shell's `{}` is not mistaken for a placeholder. An entry flagged with another
language (`java-format`, `sh-format`...) is read by that language's grammar in
`checks.msgfmt_rules` (F802), not guessed at here.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable

from i18n.checks.base import PairCheck, Pair, Problem, Severity
from i18n.po.flags import declared_formats
from i18n.po.format_directives import GRAMMARS

# The format languages these checks read; an entry declared in another is left to F802.
READ_BY_PLACEHOLDER_CHECKS = frozenset({"c", "python", "python-brace"})

# The directives' shapes are the grammars table's (the prose patterns of c, python and python-brace).
_PRINTF_FLAGGED = re.compile(GRAMMARS["c"].prose.flagged)
_PRINTF_GUESSED = re.compile(GRAMMARS["c"].prose.unflagged)
_PYTHON_NAMED = re.compile(GRAMMARS["python"].prose.flagged)
_BRACE_FLAGGED = re.compile(GRAMMARS["python-brace"].prose.flagged)
_BRACE_GUESSED = re.compile(GRAMMARS["python-brace"].prose.unflagged)


def _plain(pattern: re.Pattern) -> re.Pattern:
    """The same pattern without groups, for a quick findall of the directives' texts."""
    return re.compile(re.sub(r"\(\?P<\w+>", "(?:", pattern.pattern))


_PRINTF_FLAGGED_TEXT = _plain(_PRINTF_FLAGGED)
_PRINTF_GUESSED_TEXT = _plain(_PRINTF_GUESSED)

# A strftime pattern ("%a %b %e %H:%M") is not printf, whatever its `%e` looks like.
_STRFTIME = re.compile(r"%[HMYjbBTZ]")

_CONVERSION_TYPE = {**dict.fromkeys("di", "int"), **dict.fromkeys("ouxX", "unsigned"), "c": "char",
                    **dict.fromkeys("eEfFgGaA", "double"), "s": "string", "p": "pointer", "n": "count pointer",
                    "C": "wide char", "S": "wide string"}


def argument_type(length: str | None, conversion: str) -> str:
    """The argument type a directive takes, as msgfmt compares them: flags, width and precision do
    not matter (%#llx = %llx, %.250s = %s); the length does, except `l` before a float (%lf = %f)."""
    if conversion.startswith("<PRI"):
        # A <inttypes.h> macro (%<PRIu64>): its letter gives the sign, the rest the width.
        return f"{conversion[5:-1]} {_CONVERSION_TYPE[conversion[4]]}"
    base = _CONVERSION_TYPE.get(conversion, conversion)
    length = {"q": "ll", "Z": "z"}.get(length or "", length or "")
    if base == "double":
        return "long double" if length == "L" else "double"
    if base in ("string", "char"):
        return f"wide {base}" if length == "l" else base
    return f"{length} {base}".strip()


@dataclass(frozen=True)
class Placeholder:
    text: str
    # What the placeholder stands for: an argument number ("1"), a name ("count"), or a brace field.
    argument: str
    kind: str


def _printf_placeholders(text: str, pattern: re.Pattern) -> list[Placeholder]:
    found = []
    next_argument = 1
    for match in pattern.finditer(text):
        conversion = match.group("conversion")
        if conversion == "%":
            continue
        if match.group("position"):
            argument = match.group("position")
        else:
            # An unnumbered `*` width or precision consumes an argument of its own.
            for part in (match.group("width"), match.group("precision")):
                if part == "*":
                    next_argument += 1
            argument = str(next_argument)
            next_argument += 1
        found.append(Placeholder(match.group(0), argument, argument_type(match.group("length"), conversion)))
    return found


def _named_placeholders(text: str) -> list[Placeholder]:
    return [Placeholder(m.group(0), m.group("name"), "named") for m in _PYTHON_NAMED.finditer(text)
            if m.group("name") is not None and m.group("conversion") != "%"]


def _brace_placeholders(text: str, pattern: re.Pattern) -> list[Placeholder]:
    found = []
    automatic = 0
    for match in pattern.finditer(text):
        name = match.group("name")
        if name is None:
            name = str(automatic)
            automatic += 1
        found.append(Placeholder(match.group(0), name.split(".")[0].split("[")[0], "brace"))
    return found


@dataclass(frozen=True)
class PlaceholderComparison:
    missing: tuple[Placeholder, ...]
    extra: tuple[Placeholder, ...]
    # (source placeholder, target placeholder) for one argument used with another type.
    changed: tuple[tuple[Placeholder, Placeholder], ...]
    # Unnumbered printf placeholders in another order (the arguments cannot follow them).
    reordered: tuple[Placeholder, ...]


_EMPTY = PlaceholderComparison((), (), (), ())


def _syntaxes(pair: Pair) -> tuple[bool, bool, bool]:
    """(printf flagged, printf guessed, brace) for the pair; flags win over guesses."""
    flags = pair.flags
    if not flags:  # most entries: printf guessed unless the source is a strftime format
        return False, _STRFTIME.search(pair.source) is None, True
    printf_flagged = "c-format" in flags or "python-format" in flags
    another_language = any(flag.endswith("-format") for flag in flags) and bool(
        declared_formats(list(flags)) - READ_BY_PLACEHOLDER_CHECKS)
    printf_guessed = (not printf_flagged and not another_language and "no-c-format" not in flags
                      and "no-python-format" not in flags and not _STRFTIME.search(pair.source))
    brace = "no-python-brace-format" not in flags and ("python-brace-format" in flags or not another_language)
    return printf_flagged, printf_guessed, brace


def reads_brace_placeholders(flags: frozenset[str]) -> bool:
    """Whether these checks compare an entry's named brace placeholders ("{count}"): only when it is
    flagged python-brace-format, as an unflagged "{name}" may be a metavariable to translate."""
    return "python-brace-format" in flags


def _compare_arguments(source: list[Placeholder], target: list[Placeholder],
                       positional: bool) -> tuple[list, list, list, list]:
    """Like msgfmt: unnumbered directives take arguments 1, 2, ... in order, and each argument must
    keep its type. Unnumbered directives of the same types in another order are one reordering."""
    missing, extra, changed, reordered = [], [], [], []
    source_kinds = [p.kind for p in source]
    target_kinds = [p.kind for p in target]
    if source_kinds == target_kinds and not positional:
        return missing, extra, changed, reordered
    if not positional and Counter(source_kinds) == Counter(target_kinds):
        reordered.extend(target)
        return missing, extra, changed, reordered
    source_by_argument = {p.argument: p for p in source}
    target_by_argument = {p.argument: p for p in target}
    for argument, placeholder in source_by_argument.items():
        other = target_by_argument.get(argument)
        if other is None:
            missing.append(placeholder)
        elif other.kind != placeholder.kind:
            changed.append((placeholder, other))
    extra.extend(p for a, p in target_by_argument.items() if a not in source_by_argument)
    return missing, extra, changed, reordered


def _compare_by_name(source: list[Placeholder], target: list[Placeholder]) -> tuple[list, list]:
    if not source and not target:
        return [], []
    source_names = Counter(p.argument for p in source)
    target_names = Counter(p.argument for p in target)
    missing = [p for p in source if p.argument not in target_names]
    extra = [p for p in target if p.argument not in source_names]
    return _unique(missing), _unique(extra)


def _unique(placeholders: list[Placeholder]) -> list[Placeholder]:
    seen = set()
    kept = []
    for placeholder in placeholders:
        if placeholder.text not in seen:
            seen.add(placeholder.text)
            kept.append(placeholder)
    return kept


def compare_placeholders(pair: Pair) -> PlaceholderComparison:
    """What the translation lost, added, retyped or reordered among the source's placeholders."""
    source, target = pair.source, pair.target
    if "%" not in source and "%" not in target and "{" not in source and "{" not in target:
        return _EMPTY
    # The four placeholder checks look at the same pair in turn: compare it once.
    last_pair, last_result = _last_comparison
    if last_pair is pair:
        return last_result
    result = _compare(pair)
    _last_comparison[:] = [pair, result]
    return result


_last_comparison: list = [None, _EMPTY]


def _compare(pair: Pair) -> PlaceholderComparison:
    source, target = pair.source, pair.target
    has_percent = "%" in source or "%" in target
    has_brace = "{" in source or "{" in target
    printf_flagged, printf_guessed, brace_allowed = _syntaxes(pair)
    if not has_brace and "%(" not in source and "%(" not in target and (printf_flagged or printf_guessed):
        # Most texts with a "%" keep the source's directives as they are: one C-speed findall each.
        quick = _PRINTF_FLAGGED_TEXT if printf_flagged else _PRINTF_GUESSED_TEXT
        if quick.findall(source) == quick.findall(target):
            return _EMPTY
    missing, extra, changed, reordered = [], [], [], []
    if has_percent and (printf_flagged or printf_guessed):
        pattern = _PRINTF_FLAGGED if printf_flagged else _PRINTF_GUESSED
        source_printf = _printf_placeholders(source, pattern)
        # Without a flag, a translation's "%" counts only if the source has placeholders.
        if source_printf or printf_flagged:
            target_printf = _printf_placeholders(target, pattern)
            positional = any(m.group("position") for m in pattern.finditer(source + target))
            results = _compare_arguments(source_printf, target_printf, positional)
            for bucket, result in zip((missing, extra, changed, reordered), results):
                bucket.extend(result)
        source_named = _named_placeholders(source)
        if source_named or printf_flagged:
            named_missing, named_extra = _compare_by_name(source_named, _named_placeholders(target))
            missing.extend(named_missing)
            extra.extend(named_extra)
    if has_brace and brace_allowed:
        pattern = _BRACE_FLAGGED if reads_brace_placeholders(pair.flags) else _BRACE_GUESSED
        source_brace = _brace_placeholders(source, pattern)
        if source_brace or "python-brace-format" in pair.flags:
            brace_missing, brace_extra = _compare_by_name(source_brace, _brace_placeholders(target, pattern))
            missing.extend(brace_missing)
            extra.extend(brace_extra)
    if not (missing or extra or changed or reordered):
        return _EMPTY
    return PlaceholderComparison(tuple(missing), tuple(extra), tuple(changed), tuple(reordered))


def has_placeholder_problems(pair: Pair) -> bool:
    """Whether the pair's placeholder comparison found anything (the four checks' shared prefilter:
    most pairs with a "%" keep their directives, and are then decided by one call, not four)."""
    source, target = pair.source, pair.target
    if (not pair.flags and "{" not in source and "{" not in target and "%(" not in source and "%(" not in target
            and _STRFTIME.search(source) is None):
        # _compare's first step for the commonest pair (no flag: printf guessed), without its calls.
        return _PRINTF_GUESSED_FINDALL(source) != _PRINTF_GUESSED_FINDALL(target) and compare_placeholders(
            pair) is not _EMPTY
    return compare_placeholders(pair) is not _EMPTY


_PRINTF_GUESSED_FINDALL = _PRINTF_GUESSED_TEXT.findall


def printf_directives(text: str) -> list[str]:
    """The printf directives of `text` as written, as an unflagged entry's are read: positional ("%d",
    "%1$lu") then named ("%(count)s"); "%%" is none."""
    return ([directive for directive in _PRINTF_GUESSED_FINDALL(text) if directive != "%%"]
            + [found.group() for found in _PYTHON_NAMED.finditer(text) if found.group("conversion") != "%"])


class PlaceholderMissing(PairCheck):
    code = "P201"
    name = "placeholder-missing"
    severity = Severity.ERROR
    triggers = "%{"
    prefilter = staticmethod(has_placeholder_problems)
    description = ("A placeholder of the source is absent from the translation. Like msgfmt, a plural "
                   "form used for a few n only (msgstr[0] in French or German) may drop it.")

    def check_pair(self, pair: Pair) -> Iterable[Problem]:
        if pair.few_n is not None:
            return
        for placeholder in compare_placeholders(pair).missing:
            yield Problem(f"placeholder {placeholder.text} of the source is missing from {pair.label}",
                          subject=placeholder.text)


class PlaceholderExtra(PairCheck):
    code = "P202"
    name = "placeholder-extra"
    severity = Severity.ERROR
    triggers = "%{"
    prefilter = staticmethod(has_placeholder_problems)
    description = "The translation has a placeholder the source does not have."

    def check_pair(self, pair: Pair) -> Iterable[Problem]:
        extra = compare_placeholders(pair).extra
        if extra and pair.other_source:
            # A plural form may use the other source text's placeholders (msgstr[0] "%d fichier").
            extra = [p for p in extra if p.text not in pair.other_source]
        for placeholder in extra:
            yield Problem(f"placeholder {placeholder.text} in {pair.label} is not in the source",
                          subject=placeholder.text)


class PlaceholderTypeChanged(PairCheck):
    code = "P203"
    name = "placeholder-type-changed"
    severity = Severity.ERROR
    triggers = "%{"
    prefilter = staticmethod(has_placeholder_problems)
    description = ("A printf argument has another type in the translation (%1$s vs %1$d, %s vs %d in the same "
                   "place); flags, width and precision may differ, as msgfmt allows.")

    def check_pair(self, pair: Pair) -> Iterable[Problem]:
        for source, target in compare_placeholders(pair).changed:
            yield Problem(f"placeholder {source.text} of the source is {target.text} in {pair.label}",
                          subject=source.text)


class PlaceholderReordered(PairCheck):
    code = "P204"
    name = "placeholder-reordered"
    severity = Severity.ERROR
    triggers = "%{"
    prefilter = staticmethod(has_placeholder_problems)
    description = "Unnumbered printf placeholders appear in another order; reorder with %1$s, %2$d instead."

    def check_pair(self, pair: Pair) -> Iterable[Problem]:
        reordered = compare_placeholders(pair).reordered
        if reordered:
            order = " ".join(p.text for p in reordered)
            yield Problem(f"unnumbered placeholders reordered in {pair.label} ({order}); "
                          "number them (%1$s, %2$s) to change their order", subject=order)


# --- Python's `%` with a mapping: the renderer's rule ----------------------------------------------
# Jinja's new-style gettext formats every translation it returns: `translation % variables`, the
# variables being the message's named values (and `num`, the count, in a plural message). This is
# the one reading of that rule: `check` reports what it refuses, and the renderer says the same
# words at the catalogue entry when a translation slips through.

_PERCENT_DIRECTIVE = re.compile(GRAMMARS["python"].prose.formatted)
_PYTHON_CONVERSIONS = frozenset("diouxXeEfFgGcrsa%")
_PERCENT_SIGN_ADVICE = "write %% for a percent sign"
_PYTHON_FORMAT_FLAG = frozenset({"python-format"})


@dataclass(frozen=True)
class PercentProblem:
    # The directive as written ("% d", "%d", "%(nmu)s", a final "%").
    text: str
    message: str


def percent_format_problems(text: str, names: Iterable[str] | None,
                            text_names: frozenset[str] = frozenset()) -> list[PercentProblem]:
    """What `text % values` refuses, `values` being a mapping with these names (None: a tuple or
    single value, as `_("%d files") % n` gives), those of `text_names` holding text (which `%d`
    refuses). Empty when the text formats."""
    if "%" not in text:
        return []
    known = None if names is None else frozenset(names)
    problems = []
    for match in _PERCENT_DIRECTIVE.finditer(text):
        directive, name, conversion = match.group(0), match.group("name"), match.group("conversion")
        if name is not None and match.group("closed") is None:
            problems.append(PercentProblem(directive, f"`{directive}` opens a name it never closes; {_PERCENT_SIGN_ADVICE}"))
        elif not conversion:
            problems.append(PercentProblem(directive, f"a `%` ends the text; {_PERCENT_SIGN_ADVICE}"))
        elif conversion not in _PYTHON_CONVERSIONS:
            problems.append(PercentProblem(directive, f"`{directive}` is no placeholder ({conversion!r} is not a "
                                                      f"conversion); {_PERCENT_SIGN_ADVICE}"))
        elif conversion == "%" and directive != "%%":
            problems.append(PercentProblem(directive, f"`{directive}` prints one % and drops what lies between; "
                                                      f"{_PERCENT_SIGN_ADVICE}"))
        elif conversion == "%" or known is None:
            continue
        elif name is None:
            named = ", ".join(f"%({value})s" for value in sorted(known)) or "none"
            if directive.startswith("% ") or not known:
                problems.append(PercentProblem(directive, f"`{directive}` reads as a placeholder without a name; "
                                                          f"{_PERCENT_SIGN_ADVICE}"))
            else:
                problems.append(PercentProblem(directive, f"`{directive}` has no name, but this message's values are "
                                                          f"named: {named}"))
        elif "*" in (match.group("width") or "") + (match.group("precision") or ""):
            problems.append(PercentProblem(directive, f"`{directive}`: a `*` width takes a value without a name"))
        elif name not in known:
            named = ", ".join(f"%({value})s" for value in sorted(known)) or "none"
            problems.append(PercentProblem(directive, f"`{directive}`: this message has no value named {name!r} "
                                                      f"(its values: {named})"))
        elif name in text_names and conversion not in _TEXT_CONVERSIONS:
            problems.append(PercentProblem(directive, f"`{directive}` formats a number, but {name!r} is text: "
                                                      f"write `%({name})s`"))
    return problems


_TEXT_CONVERSIONS = frozenset("sra")


def message_text_value_names(*sources: str | None) -> frozenset[str]:
    """The named placeholders a message's source texts only ever format as text (`%(area)s`): a
    translation's `%(area)d` fails on a text value (GNU msgfmt -c reports it too)."""
    conversions: dict[str, set[str]] = {}
    for source in sources:
        for match in _PYTHON_NAMED.finditer(source or ""):
            if match.group("name") is not None:
                conversions.setdefault(match.group("name"), set()).add(match.group(0)[-1])
    return frozenset(name for name, used in conversions.items() if used <= _TEXT_CONVERSIONS)


def message_value_names(*sources: str | None, plural: bool) -> frozenset[str]:
    """The names a message's translation may use: its source texts' named placeholders, and `num`
    in a plural message (Jinja's ngettext always passes the count as `num`)."""
    names = {match.group("name") for source in sources if source
             for match in _PYTHON_NAMED.finditer(source) if match.group("name") is not None}
    return frozenset(names | {"num"} if plural else names)


def _uses_names(source: str) -> bool:
    return any(match.group("name") is not None for match in _PYTHON_NAMED.finditer(source))


class PercentFormat(PairCheck):
    code = "P205"
    name = "percent-format-invalid"
    severity = Severity.ERROR
    target_triggers = "%"
    description = ("The translation is not what Python's `%` formats: a lone `%` (write `%%`), a placeholder "
                   "without a name where the message's values are named, an unknown conversion. Checked on "
                   "python-format messages, and in a factsheet project on every message, since the renderer "
                   "formats each translation so.")

    # Set per catalogue by `applies`: a factsheet project's catalogue, whose every message is formatted.
    every_message_formatted = False

    def applies(self, context) -> bool:  # an instance method here: it notes the catalogue's kind
        self.every_message_formatted = getattr(context, "every_message_formatted", False)
        # Elsewhere only python-format messages are read: the engine leaves the check out of a
        # catalogue that has none.
        self.flag_triggers = None if self.every_message_formatted else _PYTHON_FORMAT_FLAG
        return True

    def check_pair(self, pair: Pair) -> Iterable[Problem]:
        if self.every_message_formatted:
            names = message_value_names(pair.source, pair.other_source, plural=pair.form is not None)
        elif "python-format" in pair.flags:
            # A program's own `%`: with a mapping when the source names its values, else with values in order.
            mapping = _uses_names(pair.source) or bool(pair.other_source and _uses_names(pair.other_source))
            names = message_value_names(pair.source, pair.other_source, plural=False) if mapping else None
        else:
            return
        text_names = message_text_value_names(pair.source, pair.other_source) - {"num"} if names else frozenset()
        for problem in percent_format_problems(pair.target, names, text_names):
            yield Problem(f"{problem.message} (in {pair.label})", subject=problem.text)
