"""Brace placeholders that stand for a number: "{count} trails within 5 km", "Page {page} of {total}".

A translation that drops one ("Sentiers à moins de 5 km") or renames it ("{cuenta} comentarios") has lost
the number the program puts there. The placeholder checks compare brace placeholders only in entries
flagged python-brace-format, as msgfmt does; without the flag a "{name}" may be a metavariable the
translator rightly translates ("\\x{HEXNUMBER}" / "\\x{NOMBRE_HEXA}", "{anonymous}" / "{anonyme}"). A name
that says it counts or measures ("count", "n", "total", "max_size", "num_items") is a number's place, and
the number check compares it.
"""

from __future__ import annotations

import re
from collections import Counter

from i18n.numbers.model import Literal, LiteralMismatch
from i18n.po.format_directives import GRAMMARS

# A Python format field as the grammar table reads it ("{count}", "{count:,}"; not "{{count}}", "${count}");
# counted only with a lower-case identifier for a name, not a metavariable ("{INTEGER}").
_FIELD_RE = re.compile(GRAMMARS["python-brace"].prose.flagged)
_LOWER_CASE_NAME_RE = re.compile(r"[a-z_][a-z0-9_]*")

_COUNT_NAME_PARTS = frozenset({
    "count", "counts", "counted", "n", "num", "number", "total", "amount", "quantity", "qty", "size", "limit", "max",
    "min", "maximum", "minimum", "page", "pages", "percent", "percentage", "pct", "seconds", "minutes", "hours",
    "days", "weeks", "months", "years", "age", "price", "cost", "level", "score", "length", "width", "height",
    "weight", "distance", "speed", "temperature", "rate", "remaining", "left", "index", "rank", "position",
})


def _name(field: re.Match[str]) -> str | None:
    """The field's name ("count" of "{count.real:,}"), if it is a lower-case identifier."""
    name = (field.group("name") or "").split(".")[0].split("[")[0]
    return name if _LOWER_CASE_NAME_RE.fullmatch(name) else None


def names_a_count(name: str | None) -> bool:
    """ "count", "n", "max_size", "num_items": a name that says it counts or measures."""
    return name is not None and any(part in _COUNT_NAME_PARTS for part in name.split("_"))


def may_hold_a_count_field(source: str) -> bool:
    """The cheap test: a brace field in the source."""
    return "{" in source and _FIELD_RE.search(source) is not None


def count_fields_lost(source: str, target: str) -> tuple[LiteralMismatch, ...]:
    """The source's count fields the translation does not keep, each as a missing literal."""
    wanted = [found for found in _FIELD_RE.finditer(source) if names_a_count(_name(found))]
    if not wanted:
        return ()
    kept = Counter(map(_name, _FIELD_RE.finditer(target)))
    lost = []
    for found in wanted:
        name = _name(found)
        if kept[name]:
            kept[name] -= 1
            continue
        lost.append(LiteralMismatch(Literal(found.group(), "", found.start(), found.end(), "placeholder"), None))
    return tuple(lost)
