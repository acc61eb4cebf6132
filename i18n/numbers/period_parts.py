"""The part of a period a date names: its start, middle or end ("early 1990s" / "fin des années
1990", "late February" / "Anfang Februar", "mid-2024" / "к концу 2024 года"). Each language marks
the part right before the period (a month's name, a year, a decade) or, in Japanese, right after
it; a translation that names another part moves the date while keeping every digit.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from i18n.numbers.model import Number

EARLY, MIDDLE, LATE = "start", "middle", "end"

_MONTHS = {
    "en": "january|february|march|april|may|june|july|august|september|october|november|december",
    "fr": "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre",
    "de": "januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember",
    "es": "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre",
    "ru": "январ[яеь]|феврал[яеь]|март[аеу]?|апрел[яеь]|ма[яей]|июн[яеь]|июл[яеь]|август[аеу]?|сентябр[яеь]"
          "|октябр[яеь]|ноябр[яеь]|декабр[яеь]",
}
# What may follow the part's word and precede the period: a month, a year, a decade, in a few
# words ("fin des années 1990", "à la fin de l'année 2024", "в конце 2024 года").
_PERIOD = r"(?:(?:the|de|d['’]|du|des|la|l['’]|el|los|las|del|années?|year|años?|jahres|года|годов|des\s+années)\s+)*" \
          r"(?:{months}|\d{{4}}(?:s|er|-[хе])?)"
# The words of each part, per language, right before the period.
_PARTS_BEFORE = {
    "en": {EARLY: r"early|the\s+beginning\s+of|the\s+start\s+of", MIDDLE: r"mid-?|the\s+middle\s+of|middle\s+of",
           LATE: r"late|the\s+end\s+of"},
    "fr": {EARLY: r"(?:au\s+)?début(?:\s+de|\s+d['’])?|(?:au\s+)?commencement\s+de",
           MIDDLE: r"(?:à\s+la\s+)?mi-|(?:au\s+)?milieu\s+(?:de|d['’])", LATE: r"(?:à\s+la\s+)?fin(?:\s+de|\s+d['’])?"},
    "de": {EARLY: r"anfang|beginn", MIDDLE: r"mitte", LATE: r"ende"},
    "es": {EARLY: r"(?:a\s+)?(?:principios|comienzos|inicios)\s+de", MIDDLE: r"(?:a\s+)?mediados\s+de",
           LATE: r"(?:a\s+)?(?:finales|fines)\s+de"},
    "ru": {EARLY: r"(?:в\s+)?начал[еао]", MIDDLE: r"(?:в\s+|к\s+)?середин[еыу]", LATE: r"(?:в\s+|к\s+)?конц[еуа]"},
}
_JAPANESE_PARTS = {"初め": EARLY, "初頭": EARLY, "上旬": EARLY, "前半": EARLY, "初期": EARLY, "半ば": MIDDLE, "中旬": MIDDLE,
                   "中頃": MIDDLE, "末": LATE, "下旬": LATE, "終わり": LATE, "後半": LATE, "末期": LATE}
_JAPANESE_RE = re.compile(r"(?:\d{4}年代?|\d{1,2}月)(?P<part>" + "|".join(_JAPANESE_PARTS) + ")")


@lru_cache(maxsize=None)
def _parts_re(language: str) -> re.Pattern[str] | None:
    if language not in _PARTS_BEFORE:
        return None
    period = _PERIOD.format(months=_MONTHS[language])
    alternatives = "|".join(f"(?P<{part}>{words})" for part, words in _PARTS_BEFORE[language].items())
    return re.compile(rf"(?i)(?<![^\W\d_])(?:{alternatives})\s*{period}(?![^\W\d_])")


def _parts(text: str, language: str) -> list[Number]:
    """Each part of a period `text` names, as a Number whose value is 0, 1 or 2 (start to end)."""
    if language == "ja":
        found = [(_JAPANESE_PARTS[match.group("part")], match) for match in _JAPANESE_RE.finditer(text)]
    else:
        pattern = _parts_re(language)
        found = [] if pattern is None else [(match.lastgroup, match) for match in pattern.finditer(text)]
    return [Number(Decimal(_ORDER.index(part)), match.group(), match.start(), match.end(), "part of a period")
            for part, match in found]


_ORDER = (EARLY, MIDDLE, LATE)


def may_name_a_part(text: str) -> bool:
    """The cheap test of an English source."""
    lowered = text.lower()  # (substrings first: this runs on nearly every text)
    return (("early" in lowered or "mid" in lowered or "late" in lowered or "beginning of" in lowered
             or "end of" in lowered or "start of" in lowered or "middle of" in lowered)
            and _PART_WORD_RE.search(text) is not None and bool(_parts(text, "en")))


_PART_WORD_RE = re.compile(r"(?i)(?<![^\W\d_])(?:early|mid|late|beginning of|end of|start of|middle of)(?=[\s-])")


def part_changed(source: str, target: str, source_language: str,
                 target_language: str) -> tuple[Number, Number] | None:
    """(a part of the source, one of the translation) when both name as many parts of periods and
    another set of them: "between mid-April and early May" / "zwischen Mitte April und Ende Mai"."""
    source_parts = _parts(source, source_language)
    if not source_parts:
        return None
    target_parts = _parts(target, target_language)
    if len(target_parts) != len(source_parts):
        return None
    # Each part against the one of the same rank first, then against any left of its value.
    pairs = [(part, other) for part, other in zip(source_parts, target_parts) if part.value != other.value]
    left = [other for _, other in pairs]
    unmatched = []
    for part, in_place in pairs:
        same = next((other for other in left if other.value == part.value), None)
        if same is None:
            unmatched.append((part, in_place))
        else:
            left.remove(same)
    return next(((part, other) for part, other in unmatched), None)


def warm(language: str) -> None:
    _parts_re(language)


# A quarter or a half of a year, by its rank ("the first quarter", "Q3", "the second half of 2025"):
# the translation names the same length ("premier trimestre", "2. Quartal", "второе полугодие",
# "上半期"), not the other ("premier semestre" for "first quarter").
# (And a quarter as a unit of time, in a plural or with its "(s)": "Quarter(s)", "every two quarters".)
QUARTER, HALF = Decimal(3), Decimal(6)  # months
_SOURCE_PERIOD_RE = re.compile(r"(?i)\b(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+(?P<p>quarter|half)\b"
                               r"|\b(?P<q>Q[1-4])\b|\b(?P<h>H[12])\b|\b(?P<u>quarter)(?:s\b|\(s\))")
# (A third and a sixth of a year, which Spanish and French name too, are neither: "cuatrimestre", "bimestre".)
_LENGTH_WORDS = {
    "fr": {QUARTER: r"(?<![a-z])trimestre", HALF: r"(?<![a-z])semestre|(?<![a-z])quadrimestre|(?<![a-z])bimestre"},
    "de": {QUARTER: r"quartal", HALF: r"halbjahr|jahreshälfte"},
    "es": {QUARTER: r"(?<![a-z])trimestre", HALF: r"(?<![a-z])semestre|mitad\s+del\s+año|cuatrimestre|(?<![a-z])bimestre"},
    "ru": {QUARTER: r"квартал", HALF: r"полугоди|половин\w*\s+года"},
    "ja": {QUARTER: r"四半期", HALF: r"上半期|下半期|上期|下期|半期"},
}


def may_name_a_length(text: str) -> bool:
    """The cheap test: "quarter", "half", "Q3" or "H1" in the source."""
    return (("uarter" in text or "half" in text or "Q" in text or "H" in text)
            and _SOURCE_PERIOD_RE.search(text) is not None)


def length_changed(source: str, target: str, target_language: str) -> tuple[Number, Number] | None:
    """(the source's quarter or half, the translation's other one) when every such period of the source
    is a quarter and the translation names only halves, or the other way round."""
    words = _LENGTH_WORDS.get(target_language)
    if words is None:
        return None
    found = list(_SOURCE_PERIOD_RE.finditer(source))
    lengths = {QUARTER if (match.group("p") or "").lower() == "quarter" or match.group("q") or match.group("u") else HALF
               for match in found}
    if len(lengths) != 1:
        return None
    length = lengths.pop()
    other = HALF if length == QUARTER else QUARTER
    lowered = target.lower()
    if re.search(words[length], lowered) is not None:
        return None
    said = re.search(words[other], lowered)
    if said is None:
        return None
    first = found[0]
    named = said.group()
    months = Decimal(4) if named.startswith(("cuatri", "quadri")) else Decimal(2) if named == "bimestre" else other
    return (Number(length, first.group(), first.start(), first.end(), "period"),
            Number(months, target[said.start():said.end()], said.start(), said.end(), "period"))

