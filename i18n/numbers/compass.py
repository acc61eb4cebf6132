"""Latitudes and longitudes: the same degrees in the other hemisphere are another place ("8.6°W" /
"8,6° E", "47.3°N" / "47,3° ю. ш.", "48.8566° N" / "南緯48.8566度").

Each language's letters for the four points ("O" is west in French and Spanish, east in German),
Russian's "с. ш." / "в. д.", Japanese's 北緯 and 東経 before the number. The English letters are
read in every language, where translations often keep them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from i18n.numbers.model import Literal, LiteralMismatch, Number

NORTH, SOUTH, EAST, WEST = "N", "S", "E", "W"
_ENGLISH = {"N": NORTH, "S": SOUTH, "E": EAST, "W": WEST}
_LETTERS = {"fr": {"O": WEST}, "es": {"O": WEST}, "it": {"O": WEST}, "pt": {"O": WEST}, "de": {"O": EAST},
            "nl": {"O": EAST}}
_RUSSIAN = {"с": NORTH, "ю": SOUTH, "в": EAST, "з": WEST}
_JAPANESE = {"北緯": NORTH, "南緯": SOUTH, "東経": EAST, "西経": WEST}
_DEGREES = r"(?P<degrees>\d{1,3}(?:[.,]\d+)?)"
_SPACE = r"[\x20\u00a0\u202f]?"
# (The minutes and seconds after the degrees: "45°49′57″N".)
_MINUTES_AND_SECONDS = (rf"(?:\d{{1,2}}(?:[.,]\d+)?{_SPACE}[′']{_SPACE}"
                        rf"(?:\d{{1,2}}(?:[.,]\d+)?{_SPACE}(?:″|\"|''){_SPACE})?)?")


@lru_cache(maxsize=None)
def _coordinate_re(language: str) -> re.Pattern[str]:
    letters = "".join(sorted(set(_ENGLISH) | set(_LETTERS.get(language, {}))))
    alternatives = [_DEGREES + _SPACE + r"°" + _SPACE + _MINUTES_AND_SECONDS + rf"(?P<letter>[{letters}])(?![^\W\d_])"]
    if language == "ru":
        alternatives.append(_DEGREES.replace("degrees", "rdegrees") + _SPACE + r"°" + _SPACE + _MINUTES_AND_SECONDS
                            + r"(?P<russian>[сювз])\."
                            + _SPACE + r"[шд]\.")
    if language == "ja":
        alternatives.append(r"(?P<japanese>北緯|南緯|東経|西経)" + _SPACE + _DEGREES.replace("degrees", "jdegrees")
                            + r"(?:度|°)")
    return re.compile("|".join(alternatives))


def _coordinates(text: str, language: str) -> list[tuple[str, str, int, int, str]]:
    """(degrees as ASCII digits, point, start, end, as written) of each coordinate of `text`."""
    found = []
    for match in _coordinate_re(language).finditer(text):
        if match.group("letter"):
            letter = match.group("letter")
            point = _LETTERS.get(language, {}).get(letter) or _ENGLISH[letter]
            degrees = match.group("degrees")
        elif language == "ru" and match.group("russian"):
            point, degrees = _RUSSIAN[match.group("russian")], match.group("rdegrees")
        else:
            point, degrees = _JAPANESE[match.group("japanese")], match.group("jdegrees")
        found.append((degrees.replace(",", "."), point, match.start(), match.end(), match.group()))
    return found


def may_state_a_coordinate(text: str) -> bool:
    """The cheap test of an English source: a degree sign."""
    return "°" in text


def hemispheres_changed(source: str, target: str, source_language: str,
                        target_language: str) -> tuple[LiteralMismatch, ...]:
    """The source's coordinates whose degrees the translation places in another hemisphere, where
    none of its coordinates with those degrees is in the source's."""
    changed = []
    target_coordinates = _coordinates(target, target_language)
    for degrees, point, start, end, written in _coordinates(source, source_language):
        same_degrees = [other for other in target_coordinates if other[0] == degrees]
        if not same_degrees or any(other[1] == point for other in same_degrees):
            continue
        other = same_degrees[0]
        changed.append(LiteralMismatch(Literal(written, f"{degrees} {point}", start, end, "coordinate"),
                                       Literal(other[4], f"{other[0]} {other[1]}", other[2], other[3], "coordinate")))
    return tuple(changed)


def signed_as_its_hemisphere(signed: Number, unsigned: Number, unsigned_text: str, language: str) -> bool:
    """A negative latitude or longitude ("-118.25") written as its degrees south or west ("118,25° W",
    "西経118.25度", "34,05° ю. ш.")."""
    if not (signed.value < 0 and unsigned.value == -signed.value) or "°" not in unsigned_text and "緯" not in unsigned_text \
            and "経" not in unsigned_text:
        return False
    return any(point in (SOUTH, WEST) and start <= unsigned.start and unsigned.end <= end
               for _, point, start, end, _ in _coordinates(unsigned_text, language))


def warm(language: str) -> None:
    """Build now the pattern of `language`'s coordinates (see compare.warm)."""
    _coordinate_re(language)
