"""A range of whole numbers whose upper end the translation says exclusively: "aged 7 to 14" /
"7歳以上15歳未満" (7 or over, under 15), "von 6 bis unter 15 Jahren", "de 6 à moins de 15 ans". The
same ages, said the way tariffs, doses and laws of those languages say them: the exclusive end is
rewritten as the inclusive one the source names ("7歳以上14歳以下") before numbers are compared.
"""

from __future__ import annotations

import re

# Per language: the range with an exclusive end (groups `low` and `high` on its numbers, `exclusive` on the
# words that make the end exclusive), and what those words become once the end is inclusive.
_EXCLUSIVE_RANGES = {
    "ja": (re.compile(r"(?P<low>[0-9]+)(?P<unit>[^\d、。,.]{0,3}?)以上[、,・\s]?(?P<high>[0-9]+)(?P=unit)?(?P<exclusive>未満)"),
           "以下"),
    "de": (re.compile(r"(?i)(?<![\w.,])(?P<low>[0-9]+)(?:[\s\u00a0][^\W\d]+)?[\s\u00a0]+bis[\s\u00a0]+"
                      r"(?P<exclusive>(?:unter|unterhalb von)[\s\u00a0]+)(?P<high>[0-9]+)(?![\d.,]\d)"), ""),
    "fr": (re.compile(r"(?i)(?<![\w.,])(?P<low>[0-9]+)(?:[\s\u00a0][^\W\d]+)?[\s\u00a0]+à[\s\u00a0]+"
                      r"(?P<exclusive>moins[\s\u00a0]+de[\s\u00a0]+)(?P<high>[0-9]+)(?![\d.,]\d)"), ""),
    "es": (re.compile(r"(?i)(?<![\w.,])(?P<low>[0-9]+)(?:[\s\u00a0][^\W\d]+)?[\s\u00a0]+a[\s\u00a0]+"
                      r"(?P<exclusive>menos[\s\u00a0]+de[\s\u00a0]+)(?P<high>[0-9]+)(?![\d.,]\d)"), ""),
}
# What the exclusive end's words are, to test for cheaply before the pattern runs.
_HINTS = {"ja": "未満", "de": "unter", "fr": "moins de", "es": "menos de"}
# The source's ranges of whole numbers, their ends inclusive: "7 to 14", "7-14", "between 7 and 14".
_SOURCE_RANGE_RE = re.compile(r"(?<![\w.,])(?P<low>[0-9]+)(?:[\s\u00a0]+[^\W\d]+)?(?:[\s\u00a0]*[-–—][\s\u00a0]*"
                              r"|[\s\u00a0]+(?:to|through|thru|and)[\s\u00a0]+)(?P<high>[0-9]+)(?![\d.,]\d|\d)")


# Japanese says a range of lengths with its two bounds: "7 to 8 hours" / "7時間以上8時間未満" (or
# "以下"), the ends the source's.
_JAPANESE_BOUNDED_RANGE_RE = re.compile(r"(?P<low>[0-9]+)(?P<unit>[^\d、。,.]{0,3}?)(?P<over>以上[、,・\s]?)"
                                        r"(?P<high>[0-9]+)(?P=unit)?(?P<under>未満|以下)")


def exclusive_ends_as_inclusive(source: str, target: str, language: str) -> str:
    """`target` with each range whose upper end is exclusive rewritten with the inclusive end, where
    `source` names that range with its inclusive end (and the same lower end); and in Japanese,
    a range said with its two bounds written as a range, where the source names those ends."""
    hint = _HINTS.get(language)
    if hint is None or (hint not in target and not (language == "ja" and "以下" in target)):
        return target
    pattern, inclusive_words = _EXCLUSIVE_RANGES[language]
    ranges = {(int(found.group("low")), int(found.group("high"))) for found in _SOURCE_RANGE_RE.finditer(source)}
    if language == "ja":
        target = _JAPANESE_BOUNDED_RANGE_RE.sub(lambda match: _as_a_range(match, ranges), target)

    def inclusive(match: re.Match[str]) -> str:
        low, high = int(match.group("low")), int(match.group("high"))
        if high - 1 <= low or (low, high - 1) not in ranges:
            return match.group()
        # (The two spans rewritten, in the order they stand: the high end and its exclusive words.)
        edits = sorted(((*match.span("high"), str(high - 1)), (*match.span("exclusive"), inclusive_words)))
        written, at = [], match.start()
        for start, end, replacement in edits:
            written += [target[at:start], replacement]
            at = end
        return "".join(written) + target[at:match.end()]

    return pattern.sub(inclusive, target)


# Units of a length or a measure, whose upper bound "未満" may end a range: not ages nor counts, where
# "7歳以上14歳未満" leaves out the 14-year-olds of "aged 7 to 14".
_MEASURE_RE = re.compile(r"(?:時間|分|秒|[A-Za-z%％℃°].*)?")


def _as_a_range(match: re.Match[str], ranges: set[tuple[int, int]]) -> str:
    if ((int(match.group("low")), int(match.group("high"))) not in ranges
            or (match.group("under") == "未満" and not _MEASURE_RE.fullmatch(match.group("unit")))):
        return match.group()
    text = match.string
    return (text[match.start():match.start("over")] + "〜" + text[match.end("over"):match.start("under")]
            + text[match.end("under"):match.end()])
