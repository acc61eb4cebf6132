"""The `#,` flags GNU gettext 0.21 understands, and how one `#,` line is read: the one flag vocabulary.

GNU's reader (read-catalog-abstract.c, po_parse_comment_special) knows `fuzzy`, `LANG-format` with
a `no-`, `possible-` or `impossible-` lead for each language of format.c's table, `range: MIN..MAX`,
`wrap` / `no-wrap` and the `NAME-check` / `no-NAME-check` syntax checks; it ignores any other token.
Those other flags are ours (the checker's `ignore-*` silencers, an `x-format` of a newer gettext):
the writer keeps them after GNU's and a merge keeps them from the old catalogue.
"""

from __future__ import annotations

import re
from functools import lru_cache

FUZZY = "fuzzy"
WRAP = "wrap"
NO_WRAP = "no-wrap"
# The syntax checks in GNU's order (message.c, syntax_check_name).
SYNTAX_CHECKS = ("ellipsis-unicode", "space-ellipsis", "quote-unicode", "bullet-unicode")
# The leads of a format flag and the value each gives (no lead: "yes").
FORMAT_LEADS = (("no-", "no"), ("possible-", "possible"), ("impossible-", "impossible"))

SYNTAX_RANK = {name: rank for rank, name in enumerate(SYNTAX_CHECKS)}

# GNU splits a `#,` line at these characters.
_SEPARATORS = re.compile(r"[\n \t\r\f\v,]+")
# A range flag as the reader stores it ("range: 1..5"), the form the writer and is_gnu_flag accept.
_RANGE = re.compile(r"range: ?([0-9]+)\.\.([0-9]+)\Z")
# The looser reading the merge and the format checks give a range (any blanks, any decimal digits).
_RANGE_BOUNDS = re.compile(r"range:\s*(\d+)\.\.(\d+)")


@lru_cache(maxsize=None)
def format_languages() -> tuple[str, ...]:
    """GNU's format languages in the order it writes their flags (format.c's table)."""
    from i18n.po.format_directives import FORMAT_LANGUAGES  # the grammars load only when a flag is judged

    return tuple(FORMAT_LANGUAGES)


@lru_cache(maxsize=None)
def _format_ranks() -> dict[str, int]:
    return {language: rank for rank, language in enumerate(format_languages())}


def format_rank(language: str) -> int | None:
    """The language's place in GNU's order of format flags; None for a language GNU does not know."""
    return _format_ranks().get(language)


def read_flag_line(text: str) -> list[str]:
    """The flags of one `#,` line (its text after `#,`), each once, in the order written.  `range:`
    and its value are two tokens in GNU's reader; they are kept as one flag `range: a..b`."""
    flags = []
    for flag in _SEPARATORS.split(text):
        if flag and flag not in flags:
            flags.append(flag)
    if "range:" in flags:
        at = flags.index("range:")
        if at + 1 < len(flags) and re.fullmatch(r"[0-9]+\.\.[0-9]+", flags[at + 1]):
            flags[at:at + 2] = [f"range: {flags[at + 1]}"]
    return flags


def format_flag(flag: str) -> tuple[str, str] | None:
    """("c", "no") for `no-c-format`: the language named (known to GNU or not) and its value
    ("yes", "no", "possible" or "impossible"); None when the flag is no `*-format` flag."""
    if not flag.endswith("-format"):
        return None
    name = flag[:-7]
    for lead, value in FORMAT_LEADS:
        if name.startswith(lead):
            return name[len(lead):], value
    return name, "yes"


def check_flag(flag: str) -> tuple[str, str] | None:
    """("ellipsis-unicode", "no") for `no-ellipsis-unicode-check`; None for no `*-check` flag."""
    if not flag.endswith("-check"):
        return None
    name = flag[:-6]
    if name.startswith("no-"):
        return name[3:], "no"
    return name, "yes"


def written_range(flag: str) -> tuple[int, int] | None:
    """The bounds of a range flag in the reader's form `range: a..b`; None for any other flag."""
    match = _RANGE.match(flag)
    return (int(match.group(1)), int(match.group(2))) if match is not None else None


def is_gnu_flag(flag: str) -> bool:
    """Whether GNU gettext knows the flag (and so writes it in its own place, or drops it)."""
    if flag in (FUZZY, WRAP, NO_WRAP) or _RANGE.match(flag):
        return True
    declared = format_flag(flag)
    if declared is not None:
        return format_rank(declared[0]) is not None
    checked = check_flag(flag)
    if checked is not None:
        return checked[0] in SYNTAX_RANK
    return False


def wrap_disabled(flags: list[str]) -> bool:
    """Whether the entry is not to be wrapped: GNU keeps the last of `wrap` / `no-wrap`."""
    state = False
    for flag in flags:
        if flag == NO_WRAP:
            state = True
        elif flag == WRAP:
            state = False
    return state


def range_of(flags: list[str]) -> tuple[int, int] | None:
    """The (min, max) of the first `range: min..max` flag, if any."""
    for flag in flags:
        match = _RANGE_BOUNDS.fullmatch(flag)
        if match:
            return int(match.group(1)), int(match.group(2))
    return None


def declared_formats(flags: list[str], *, include_possible: bool = True) -> set[str]:
    """The format languages a message is declared to be ("c-format" -> "c"); "no-" and
    "impossible-" flags excluded, "possible-" ones only with include_possible."""
    kinds = set()
    for flag in flags:
        declared = format_flag(flag)
        if declared is None or declared[1] in ("no", "impossible"):
            continue
        if declared[1] == "possible" and not include_possible:
            continue
        kinds.add(declared[0])
    return kinds
