"""An ordinal said as a count: "Second Action" / "Zwei Aktionen", "the third term" / "los tres términos".

The comparison pairs numbers by value, so a rank and a count of the same value agree. An English ordinal
in words (second to twelfth) that the translation says only as a cardinal word of the same value, with
no ordinal of that value in any form, names another thing: two actions, not the second one. "every
second day" is a frequency ("cada dos días"), read elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from i18n.numbers.model import Number

_ORDINAL_WORD_RE = re.compile(r"(?i)second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth")
# The translation's ordinals in digits: "2.", "2-й", "2º", "2e", "2nd", "第2", "2番目".
_DIGIT_ORDINAL_RES = (re.compile(r"(?<!\d)(?P<n>\d{1,2})(?:\.(?!\d)|-?(?:й|я|е|го|ая|ое|ой|ом|ую)\b|[ºª°]|e\b|ème\b|er\b|re\b"
                                 r"|st\b|nd\b|rd\b|th\b|番目|位)"),
                      re.compile(r"第(?P<n>\d{1,2})"))


# A rank names the noun after it ("Second Action", "the third line"); not a unit of time ("one second by
# default", "leap second"), a fraction ("One Fourth") or a word of another use after it ("second to none").
_NOUN_AFTER_RE = re.compile(r"[\x20\u00a0]+(?!(?:by|to|of|and|or|in|on|at|for|per|is|was|as|than|from|with|after|before"
                            r"|since|ago|later|earlier|left|remaining|each|half|quarter)\b)[^\W\d_]")
_NOT_A_RANK_BEFORE_RE = re.compile(r"(?i)\b(?:one|a|an|per|each|every|leap|half|two|three|four|five|six|seven|eight"
                                   r"|nine|ten|eleven|twelve|\d+)[\x20\u00a0-]+$")
# Japanese says a rank with counters of its own ("二拠点目", "三年連続"): not read here.
_RANKS_SAID_ALIKE = frozenset({"fr", "de", "es", "ru"})


def may_rank(source: str) -> bool:
    """The cheap test of an English source: an ordinal word of two to twelve."""
    return _ORDINAL_WORD_RE.search(source) is not None


def ordinal_said_as_a_count(source: str, source_words: Iterable[Number], target_words: Iterable[Number],
                            target_values: Callable[[], Iterable[Number]], target: str,
                            target_language: str) -> tuple[Number, Number] | None:
    """(the source's ordinal, the translation's cardinal) when the source's one ordinal word is said only
    as a count. `source_words` and `target_words` are the texts' quantity words, `target_values` its
    numbers in digits and words."""
    words = list(source_words)
    if target_language not in _RANKS_SAID_ALIKE:
        return None
    ordinals = [word for word in words if word.kind == "ordinal" and word.text.isalpha()
                and 2 <= word.value <= 12 and _ORDINAL_WORD_RE.fullmatch(word.text)
                and _NOUN_AFTER_RE.match(source, word.end) is not None
                and _NOT_A_RANK_BEFORE_RE.search(source, max(0, word.start - 12), word.start) is None]
    if len(ordinals) != 1 or any(word.kind == "frequency" and word.start <= ordinals[0].start < word.end
                                 for word in words):
        return None
    ordinal = ordinals[0]
    said_as_ordinals = [word for word in target_words if word.kind == "ordinal"]
    if any(word.value == ordinal.value for word in said_as_ordinals):
        return None
    if any(int(found.group("n")) == ordinal.value for pattern in _DIGIT_ORDINAL_RES for found in pattern.finditer(target)):
        return None
    ordinal_texts = {word.text for word in said_as_ordinals}
    # (Not a count inside a compound, "двухэтапная проверка" for "the second step of verification".)
    counts = [number for number in target_values()
              if number.kind == "word" and number.value == ordinal.value and number.text not in ordinal_texts
              and not target[number.end:number.end + 1].isalpha()]
    return (ordinal, counts[0]) if len(counts) == 1 else None
