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

# A Python format field with a lower-case name, its format spec allowed ("{count:,}"); not "{{count}}",
# "${count}" or "%{count}" (Ruby's, a shell's), nor an uppercase metavariable ("{INTEGER}"). Glued to a
# letter of a script without spaces it is still a field ("コメント{count}件").
_FIELD_RE = re.compile(r"(?<![{$%#\\A-Za-z0-9_])\{(?P<name>[a-z_][a-z0-9_]*)(?:[!:][^{}\s]{0,12})?\}(?!\})")

_COUNT_NAME_PARTS = frozenset({
    "count", "counts", "counted", "n", "num", "number", "total", "amount", "quantity", "qty", "size", "limit", "max",
    "min", "maximum", "minimum", "page", "pages", "percent", "percentage", "pct", "seconds", "minutes", "hours",
    "days", "weeks", "months", "years", "age", "price", "cost", "level", "score", "length", "width", "height",
    "weight", "distance", "speed", "temperature", "rate", "remaining", "left", "index", "rank", "position",
})


def _counts(name: str) -> bool:
    return any(part in _COUNT_NAME_PARTS for part in name.split("_"))


def may_hold_a_count_field(source: str) -> bool:
    """The cheap test: a brace field in the source."""
    return "{" in source and _FIELD_RE.search(source) is not None


def count_fields_lost(source: str, target: str) -> tuple[LiteralMismatch, ...]:
    """The source's count fields the translation does not keep, each as a missing literal."""
    wanted = [found for found in _FIELD_RE.finditer(source) if _counts(found.group("name"))]
    if not wanted:
        return ()
    kept = Counter(found.group("name") for found in _FIELD_RE.finditer(target))
    lost = []
    for found in wanted:
        name = found.group("name")
        if kept[name]:
            kept[name] -= 1
            continue
        lost.append(LiteralMismatch(Literal(found.group(), "", found.start(), found.end(), "placeholder"), None))
    return tuple(lost)
