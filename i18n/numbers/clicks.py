"""Clicks counted in words: "double-click" / "simple clic", "single click" / "Doppelklick".

A click's count is a multiplier no digit writes, and a translation that turns a double click into a
single one (or back) changes what the user must do. Each side's counts are read from the words of
its language; a translation that says only "click" for the source's double click counts one.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from i18n.numbers.model import Number

# (count, words) per language: the words that say a click or a tap of that count.
_COUNTED_CLICKS = {
    "en": ((2, r"double[- ]?(?:click|tap)\w*|(?:click|tap)(?:s|ed|ing)?\s+twice"),
           (1, r"single[- ]?(?:click|tap)\w*|one[- ](?:click|tap)\w*"),
           (3, r"triple[- ]?(?:click|tap)\w*")),
    "fr": ((2, r"double[- ]?(?:cli(?:c|qu)|touch|tap)\w*|(?:cli(?:c|qu)\w*|touch\w*|appuy\w*)\s+deux\s+fois"
               r"|deux\s+clics|deux\s+fois"),
           (1, r"simple[- ]?(?:clic|touch|tap)\w*|clic\s+simple|(?:un\s+)?seul\s+clic|une\s+seule\s+fois"),
           (3, r"triple[- ]?(?:cli(?:c|qu)|tap)\w*|trois\s+fois")),
    "de": ((2, r"doppel[- ]?(?:klick|tipp|tap)\w*|doppelt\s+(?:an)?(?:klick|tipp)\w*|zweimal\s+(?:an)?(?:klick|tipp)\w*"
               r"|(?:an)?(?:klick|tipp)\w*(?:\s+\w+)?\s+zweimal|zweimal"),
           (1, r"(?:einfach|einzel)[- ]?(?:klick|tipp)\w*|einfache[nmrs]?\s+(?:klick|tipp)\w*"
               r"|einmal(?:ige[nmrs]?)?\s+(?:an)?(?:klick|tipp)\w*"),
           (3, r"dreifach[- ]?(?:klick|tipp)\w*|dreimal")),
    "es": ((2, r"dobles?[- ]?(?:clic|pulsaci[oó]n|toque)\w*|(?:clic|pulsaci[oó]n|toque)\w*\s+dobles?"
               r"|(?:clic|pulse|pulsa|toque|toca)\w*\s+dos\s+veces|dos\s+clics|dos\s+veces"),
           (1, r"(?:un\s+)?solo\s+(?:clic|toque)\w*|(?:clic|toque)\s+(?:simple|único|sencillo)|simple\s+clic\w*"),
           (3, r"triples?[- ]?clic\w*|tres\s+veces")),
    "ru": ((2, r"двойн\w*\s+(?:щелч\w*|клик\w*|нажат\w*|касан\w*)|дважды\s+(?:щ[её]лк\w*|кликн\w*|нажм\w*|нажат\w*|коснит\w*)"
               r"|двукратн\w*\s+(?:щелч\w*|клик\w*|нажат\w*)|дважды"),
           (1, r"(?:одинарн|одиночн)\w*\s+(?:щелч\w*|клик\w*|нажат\w*)|одним\s+(?:щелчком|кликом|нажатием|касанием)"),
           (3, r"тройн\w*\s+(?:щелч\w*|клик\w*)|трижды")),
    "ja": ((2, r"ダブル[・･\s]?(?:クリック|タップ)|[2２二]回(?:クリック|タップ)"),
           (1, r"(?:シングル|ワン)[・･\s]?(?:クリック|タップ)|[1１一]回(?:クリック|タップ)"),
           (3, r"トリプル[・･\s]?クリック|[3３三]回(?:クリック|タップ)")),
}
# A click of no count said: one (its count may stand apart: "Cliquez deux fois sur un mot, trois fois sur
# une ligne", "Щёлкните по карте дважды").
_PLAIN_CLICKS = {"en": r"click\w*|tap(?:s|ped|ping)?", "fr": r"cli(?:c|qu)\w*", "de": r"(?:an)?klick\w*",
                 "es": r"clic\w*", "ru": r"щ[её]лк\w*|щелч\w*|клик\w*", "ja": r"クリック"}


@lru_cache(maxsize=None)
def _counted_re(language: str) -> re.Pattern[str] | None:
    table = _COUNTED_CLICKS.get(language)
    if table is None:
        return None
    bounded = language != "ja"
    return re.compile("|".join(
        f"(?P<n{count}>" + (rf"(?<![^\W\d_])(?:{words})" if bounded else words) + ")" for count, words in table),
        re.IGNORECASE)


@lru_cache(maxsize=None)
def _plain_re(language: str) -> re.Pattern[str]:
    words = _PLAIN_CLICKS[language]
    return re.compile(words if language == "ja" else rf"(?i)(?<![^\W\d_])(?:{words})")


def may_count_clicks(text: str) -> bool:
    """The cheap test: an English text that may count its clicks or taps."""
    lowered = text.lower()
    return ("click" in lowered or "tap" in lowered) and _counted_re("en").search(text) is not None


def _clicks(text: str, language: str) -> list[Number]:
    pattern = _counted_re(language)
    found = [Number(Decimal(int(match.lastgroup[1:])), match.group(), match.start(), match.end(), "word")
             for match in pattern.finditer(text)]
    taken = [(number.start, number.end) for number in found]
    found += [Number(Decimal(1), match.group(), match.start(), match.end(), "word")
              for match in _plain_re(language).finditer(text)
              if not any(start <= match.start() < end for start, end in taken)]
    return sorted(found, key=lambda number: number.start)


def clicks_changed(source: str, target: str, target_language: str) -> tuple[Number, Number] | None:
    """The source's first counted click whose count the translation's clicks do not say, with the
    translation's click said instead ("Double click opens diff" / "Simple clic ouvre les différences");
    None when they agree, or when either side says no click of a language known here."""
    if target_language not in _COUNTED_CLICKS:
        return None
    source_clicks = _clicks(source, "en")
    counted = [number for number in source_clicks if _counted_re("en").fullmatch(number.text)]
    target_clicks = _clicks(target, target_language)
    if not counted or not target_clicks:
        return None
    said = {number.value for number in target_clicks}
    for number in counted:
        if number.value not in said:
            return number, next((click for click in target_clicks
                                 if click.value not in {one.value for one in source_clicks}), target_clicks[0])
    return None
