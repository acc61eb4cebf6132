"""A version's bound: "4.2.1 or later" / "4.2.1以前", "older than 2.7" / "posteriores a la 2.7", ">= 1.0" /
"> 1.0".

A version is a code, compared literally, and the comparators of quantities do not read its words
("or later", "older than", "since"), so a translation that turned "this version or newer" into
"this version or older" kept every digit and passed. Here each dotted version of the source with a
version's comparator right before or after it is looked up in the translation, where the same
version's comparator must bound it the same side; of two signs, strictness is compared too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from i18n.numbers.bounds import says_no_negation
from i18n.numbers.model import Literal, LiteralMismatch

FROM, ABOVE, UP_TO, BELOW = "≥", ">", "≤", "<"
_SIDE = {FROM: "up", ABOVE: "up", UP_TO: "down", BELOW: "down"}

_VERSION = r"(?<![\d.])\d+(?:\.\d+){1,3}[a-z]?(?![\d.]*\d)"
_VERSION_WORD = {"en": r"(?:versions?\s+|v)?", "fr": r"(?:(?:la|les)\s+)?(?:versions?\s+)?",
                 "de": r"(?:(?:der|die)\s+)?(?:Versions?\s+|Version\s+)?", "es": r"(?:(?:la|las)\s+)?(?:versi[oó]n(?:es)?\s+)?",
                 "ru": r"(?:верси[ийяюе]\s+)?", "ja": r"(?:バージョン\s*)?"}

# Per language: (before the version, after it), each a list of (phrase, bound).
_PHRASES = {
    "en": ([(r">=|≥|=>", FROM), (r">", ABOVE), (r"<=|≤|=<", UP_TO), (r"<", BELOW),
            (r"(?:newer|later|higher|greater)\s+than", ABOVE), (r"(?:older|earlier|lower)\s+than", BELOW),
            (r"before|prior\s+to|pre-", BELOW), (r"since|starting\s+(?:with|from|at)|as\s+of|at\s+least", FROM),
            (r"up\s+to|until|through|at\s+most", UP_TO)],
           [(r"(?:or|and)\s+(?:later|newer|higher|above|greater|up|more\s+recent|beyond)|\+", FROM),
            (r"(?:or|and)\s+(?:earlier|older|lower|below|before|prior)", UP_TO)]),
    "fr": ([(r">=|≥", FROM), (r">", ABOVE), (r"<=|≤", UP_TO), (r"<", BELOW),
            (r"(?:à\s+partir\s+de|depuis|dès|au\s+moins)", FROM),
            (r"(?:postérieure?s?|supérieure?s?|ultérieure?s?)\s+à|plus\s+récente?s?\s+que", ABOVE),
            (r"(?:antérieure?s?|inférieure?s?)\s+à|avant|plus\s+ancienne?s?\s+que|précédant", BELOW),
            (r"jusqu['’]à|au\s+plus", UP_TO)],
           [(r"ou\s+(?:une\s+)?(?:versions?\s+)?(?:ultérieure?s?|supérieure?s?|plus\s+récente?s?|plus|après)"
             r"|et\s+(?:(?:les\s+)?versions?\s+)?(?:supérieure?s?|ultérieure?s?|plus)"
             r"|\+", FROM),
            (r"ou\s+(?:une\s+)?(?:versions?\s+)?(?:antérieure?s?|inférieure?s?|plus\s+ancienne?s?|avant)"
             r"|et\s+(?:(?:les\s+)?versions?\s+)?(?:inférieure?s?|antérieure?s?)", UP_TO)]),
    "de": ([(r">=|≥", FROM), (r">", ABOVE), (r"<=|≤", UP_TO), (r"<", BELOW),
            (r"ab|seit|mindestens", FROM), (r"(?:neuer|höher|später|größer)\s+als", ABOVE),
            (r"(?:älter|niedriger|früher|kleiner)\s+als|vor", BELOW), (r"bis|höchstens", UP_TO)],
           [(r"oder\s+(?:eine\s+)?(?:neuer|höher|später|aktueller|größer)e?r?|und\s+(?:neuer|höher|später)|\+", FROM),
            (r"oder\s+(?:eine\s+)?(?:älter|niedriger|früher)e?r?|und\s+(?:älter|niedriger|früher)", UP_TO)]),
    "es": ([(r">=|≥", FROM), (r">", ABOVE), (r"<=|≤", UP_TO), (r"<", BELOW),
            (r"a\s+partir\s+de|desde|al\s+menos", FROM),
            (r"(?:posteriores?|superiores?)\s+a|más\s+recientes?\s+que|más\s+nuevas?\s+que", ABOVE),
            (r"(?:anteriores?|inferiores?)\s+a|antes\s+de|más\s+antiguas?\s+que|más\s+viejas?\s+que", BELOW),
            (r"hasta|como\s+máximo", UP_TO)],
           [(r"o\s+(?:una\s+)?(?:versi[oó]n\s+)?(?:posterior(?:es)?|superior(?:es)?|más\s+reciente|más\s+nueva|mayor)"
             r"|(?:y|en)\s+adelante|\+", FROM),
            (r"o\s+(?:una\s+)?(?:versi[oó]n\s+)?(?:anterior(?:es)?|inferior(?:es)?|más\s+antigua|menor)", UP_TO)]),
    "ru": ([(r">=|≥", FROM), (r">", ABOVE), (r"<=|≤", UP_TO), (r"<", BELOW),
            (r"начиная\s+с|с(?=\s+верси)|не\s+ниже|не\s+старее|как\s+минимум", FROM),
            (r"(?:выше|новее|позднее|позже),?\s+(?:чем\s+)?", ABOVE),
            (r"(?:ниже|старее|раньше|ранее|до),?\s+(?:чем\s+)?", BELOW), (r"не\s+выше|не\s+новее", UP_TO)],
           [(r"(?:или|и)\s+(?:новее|выше|более\s+поздн\w+)|\+", FROM),
            (r"(?:или|и)\s+(?:ниже|старее|более\s+ранн\w+)", UP_TO)]),
    "ja": ([(r">=|≥", FROM), (r">", ABOVE), (r"<=|≤", UP_TO), (r"<", BELOW)],
           [(r"以降|以上|より新しい|より後|から|超|\+", FROM), (r"以前|以下|より古い|より前|未満|まで", UP_TO)]),
}
_SPACE = r"[\x20\u00a0\u202f]*"


@lru_cache(maxsize=None)
def _patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    if language not in _PHRASES:
        return None
    before, after = _PHRASES[language]
    word = _VERSION_WORD[language]
    edge = "" if language == "ja" else r"(?<![\w-])"
    before_re = re.compile(edge + "(?:" + "|".join(f"(?P<b{index}>{phrase})" for index, (phrase, _) in enumerate(before))
                           + rf"){_SPACE}{word}(?P<version>{_VERSION})", re.IGNORECASE)
    end = "" if language == "ja" else r"(?![\w-])"
    after_re = re.compile(rf"(?P<version>{_VERSION}){_SPACE}(?:"
                          + "|".join(f"(?P<a{index}>{phrase})" for index, (phrase, _) in enumerate(after)) + f"){end}",
                          re.IGNORECASE)
    return before_re, after_re


def _bounded_versions(text: str, language: str) -> list[tuple[str, str, re.Match[str]]]:
    """(version, bound, match) for each version of `text` with a version's comparator beside it."""
    patterns = _patterns(language)
    if patterns is None:
        return []
    before, after = _PHRASES[language]
    found = []
    for pattern, phrases, prefix in ((patterns[0], before, "b"), (patterns[1], after, "a")):
        for match in pattern.finditer(text):
            index = next(int(name[1:]) for name, value in match.groupdict().items()
                         if name.startswith(prefix) and value is not None)
            found.append((match.group("version"), phrases[index][1], match))
    return found


_HINT_RE = re.compile(r"\d\.\d")


def may_bound_a_version(source: str) -> bool:
    """The cheap test of an English source: a dotted number with a version's comparator beside it."""
    return _HINT_RE.search(source) is not None and bool(_bounded_versions(source, "en"))


def version_bounds_changed(source: str, target: str, target_language: str) -> tuple[LiteralMismatch, ...]:
    """The source's bounded versions that the translation bounds the other side, or as a sign of
    another strictness (">= 1.0" / "> 1.0")."""
    target_bounds = _bounded_versions(target, target_language) if _HINT_RE.search(target) else []
    # (A negation said on one side only restates the bound the other way: "not supported with archives made
    # by pre-8.0 pg_dump" / "возможно только для архивов ... версии 8.0 и новее".)
    if not target_bounds or says_no_negation(source, "en") != says_no_negation(target, target_language):
        return ()
    changed = []
    for version, bound, match in _bounded_versions(source, "en"):
        others = [(other_bound, other) for other_version, other_bound, other in target_bounds if other_version == version]
        if not others or any(_agree(bound, other_bound, match, other) for other_bound, other in others):
            continue
        other = others[0][1]
        changed.append(LiteralMismatch(Literal(match.group(), version, match.start(), match.end(), "version"),
                                       Literal(other.group(), version, other.start(), other.end(), "version")))
    return tuple(changed)


_SIGNS = frozenset(">=≥<≤")


def _agree(bound: str, other_bound: str, match: re.Match[str], other: re.Match[str]) -> bool:
    if _SIDE[bound] != _SIDE[other_bound]:
        return False
    signs = match.group()[:1] in _SIGNS and other.group()[:1] in _SIGNS
    return bound == other_bound or not signs
