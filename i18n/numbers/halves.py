"""A number and a half, said as one number: "two and a half hours", "an hour and a half", "deux heures
et demie", "anderthalb Stunden", "dos años y medio", "полтора часа", "два с половиной года", "1時間半".
Each is the value n + 0.5 ("2.5 hours" / "deux heures et demie" agree), over the whole phrase, so
that neither its count ("deux") nor its half ("demie") is read apart from it. English says a quarter
and three quarters so too ("one and a quarter times" / "1.25倍").
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from i18n.numbers.model import Number
from i18n.numbers.quantity_words import small_cardinal, small_cardinal_pattern

_HALF = Decimal("0.5")

# A cheap test first: the word for a half, as a substring.
_TRIGGERS = {"en": ("half", "Half", "quarter"), "fr": ("demi",), "de": ("einhalb", "anderthalb", "Anderthalb", "Einhalb", "halbe"),
             "es": ("medio", "media"), "ru": ("полтор", "Полтор", "половин", "пол"), "ja": ("半",)}

# Per language, patterns whose group "n" is the count (absent: one) and the value is n + 0.5.
_PATTERNS = {
    # (A count, one noun, and a half: "an hour and a half", "une tasse et demie", "una taza y media".)
    "en": (r"(?<![\w-])(?P<n>{n})\s+and\s+(?:a\s+half|(?P<quarters>a\s+quarter|three\s+quarters?))(?![\w-])",
           r"(?<![\w-])(?:an?|(?P<n>{n}))\s+(?!(?:third|quarter|fifth|tenth|dozen|hundred|thousand|million|billion)s?\b)"
           r"[^\W\d_]+\s+and\s+a\s+half(?![\w-])"),
    # ("une cuillère à soupe et demie": a noun with its complement.)
    # ("dans la minute et demie": within the minute and a half.)
    "fr": (r"(?<![\w-])(?:une?|la|le|(?P<n>{n}))\s+[^\W\d_]+(?:\s+(?:à|de|d['’])\s*[^\W\d_]+)?\s+et\s+demie?(?![\w-])",),
    "de": (r"(?<![\w-])(?:anderthalb|eineinhalb|(?P<n>{n})einhalb)(?![\w-])",),
    "es": (r"(?<![\w-])(?:una?\s+|(?P<n>{n})\s+)?[^\W\d_]+\s+y\s+medi[oa](?![\w-])",),
    "ru": (r"(?<![\w-])(?:полтор(?:а|ы|ух|ом|ой)|полутора)(?![\w-])", r"(?<![\w-])(?P<n>{n})\s+с\s+половиной(?![\w-])"),
    # (2025年半ば: mid-2025; "1カップ半", "2杯半": a measure and a half.)
    "ja": (r"(?P<n>{n})(?:時間|日|週間|か月|ヶ月|カ月|年|分|秒|歳|カップ|杯|個|枚|玉|切れ)半(?!ば)",),
}


# Half a scale: "half a million" (500,000), "un demi-million", "eine halbe Million", "medio millón",
# "полмиллиона".
_HALF_SCALES = {
    "en": r"(?<![\w-])half\s+an?\s+(?P<s>million|billion|thousand|hundred)(?![\w-])",
    "fr": r"(?<![\w-])(?:un\s+)?demi-(?P<s>million|milliard)(?![\w-])",
    "de": r"(?<![\w-])(?:eine\s+)?halbe\s+(?P<s>Million|Milliarde)(?![\w-])",
    "es": r"(?<![\w-])medio\s+(?P<s>millón)(?![\w-])",
    "ru": r"(?<![\w-])пол(?P<s>миллиона|тысячи)(?![\w-])",
}
# A count and a half of a scale: "полтора миллиона" is 1,500,000, as are "eineinhalb Millionen", "un
# million et demi" and "un millón y medio"; "zweieinhalb Millionen" is 2,500,000.
_ONE_AND_A_HALF_SCALES = {
    "ru": r"(?<![\w-])(?:полтор[аы]|полутора)\s+(?P<s15>миллион(?:а|ов)?|миллиард(?:а|ов)?|тысяч[иа]?)(?![\w-])",
    "de": r"(?<![\w-])(?:anderthalb|(?P<n>{n})einhalb)\s+(?P<s15>Millionen|Milliarden|tausend)(?![\w-])",
    "fr": r"(?<![\w-])(?:une?|(?P<n>{n}))\s+(?P<s15>millions?|milliards?)\s+et\s+demi(?![\w-])",
    "es": r"(?<![\w-])(?:una?|(?P<n>{n}))\s+(?P<s15>mill(?:ón|ones))\s+y\s+medio(?![\w-])",
}
_SCALE_STEMS = (("миллион", 10 ** 6), ("миллиард", 10 ** 9), ("тысяч", 1000), ("million", 10 ** 6),
                ("milliard", 10 ** 9), ("tausend", 1000), ("mill", 10 ** 6))
_SCALES = {"million": 10 ** 6, "billion": 10 ** 9, "thousand": 1000, "hundred": 100, "milliard": 10 ** 9,
           "milliarde": 10 ** 9, "millón": 10 ** 6, "миллиона": 10 ** 6, "тысячи": 1000}


@lru_cache(maxsize=None)
def _compiled(language: str) -> tuple[re.Pattern[str], ...]:
    count = small_cardinal_pattern(language)
    flags = 0 if language == "ja" else re.IGNORECASE
    patterns = tuple(re.compile(pattern.replace("{n}", count), flags) for pattern in _PATTERNS[language])
    half_scale = _HALF_SCALES.get(language)
    one_and_a_half = _ONE_AND_A_HALF_SCALES.get(language)
    return (((re.compile(one_and_a_half.replace("{n}", count), flags),) if one_and_a_half else ()) + patterns
            + ((re.compile(half_scale, flags),) if half_scale else ()))


def may_say_a_half(text: str, language: str) -> bool:
    return any(trigger in text for trigger in _TRIGGERS.get(language, ()))


def read_halves(text: str, language: str) -> tuple[Number, ...]:
    """The numbers and a half of `text` (digits already ASCII), in text order; kind "word" when
    the count is in words, "decimal" when in digits."""
    if not may_say_a_half(text, language):
        return ()
    found: list[Number] = []
    for pattern in _compiled(language):
        for match in pattern.finditer(text):
            if any(match.start() < other.end and match.end() > other.start for other in found):
                continue
            if "s15" in pattern.groupindex:
                scale = next(size for stem, size in _SCALE_STEMS if match.group("s15").lower().startswith(stem))
                count = small_cardinal(language, match.group("n")) if "n" in pattern.groupindex and match.group("n") \
                    else Decimal(1)
                if count is not None:
                    found.append(Number(((count + _HALF) * scale).quantize(Decimal(1)), match.group(), match.start(),
                                        match.end(), "word"))
                continue
            if "s" in pattern.groupindex:
                value = _HALF * _SCALES[match.group("s").lower()]
                found.append(Number(value.quantize(Decimal(1)), match.group(), match.start(), match.end(), "word"))
                continue
            count = match.group("n") if "n" in pattern.groupindex else None
            value = small_cardinal(language, count) if count else Decimal(1)
            if value is None:
                continue
            kind = "decimal" if count and count[0].isdigit() else "word"
            quarters = match.group("quarters") if "quarters" in pattern.groupindex else None
            part = _HALF if quarters is None else Decimal("0.25") if quarters.lower().startswith("a") else Decimal("0.75")
            found.append(Number(value + part, match.group(), match.start(), match.end(), kind))
    found.sort(key=lambda number: number.start)
    return tuple(found)


def warm(language: str) -> None:
    """Build now the patterns of `language` (see compare.warm)."""
    if language in _PATTERNS:
        _compiled(language)
