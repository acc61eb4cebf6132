"""The direction of a change: "up 3.2 points" / "en baisse de 3,2 points", "15% less" / "15 % de
plus", "1.8 degrees above" / "1,8 grados por debajo", "reduced by 20%" / "augmenté de 20 %". The
same amount said as a rise on one side and as a fall on the other has changed its meaning.

A direction is read only where its word is attached to the number: a word of change right before it
("rose 8%", "a drop of 3 %", "en baisse de 4", "снизилась на 4") or a comparative right after it and
its unit ("15% less", "2 km deeper", "um 5 % gestiegen", "13%増加"). "Fell to 4" is a level,
not a change; "more than 5" a bound (see bounds.py). A comparative counts in the direction of its
adjective: "later" and "more expensive" are rises, "cheaper" and "earlier" falls ("30 seconds
faster" is as often "30 segundos menos": speed is left out). "A decade more than 150,000" bounds
the number after it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from i18n.numbers.model import BoundMismatch, Number

UP, DOWN = "up", "down"

# Words of change right before the amount (with "by", "de", "um", "на"... between).
_RISE_BEFORE = {
    "en": r"up|rose|risen|rises?|rising|increas\w*|grew|grow(?:n|s|ing)?|gain(?:ed|s)?|climb(?:ed|s|ing)?"
          r"|jump(?:ed|s)?|soar(?:ed|s)?|rais(?:ed|es)|boost(?:ed|s)?|extend(?:ed|s)?|higher|added|adds",
    "fr": r"hausse|augment\w*|progress\w*|grimp\w*|accru\w*|accroissement|major\w*|bond\w*|relev\w*"
          r"|prolong\w*|allong\w*|gagn\w*",
    "de": r"Anstieg|Zunahme|Plus|Erhöhung|Zuwachs|gestiegen|stieg|steigt|steigen|erhöht\w*|zugenommen|gewachsen"
          r"|wuchs|wächst|verteuert\w*|verlängert\w*|angehoben",
    "es": r"aument\w*|sub(?:e|en|ió|ieron|ido|ida|ir)|crec\w*|increment\w*|alza|ascen\w*|elev\w*|ampli\w*|gan(?:ó|a|an)",
    "ru": r"увелич\w*|вырос\w*|выраст\w*|повыс\w*|повыш\w*|рост\w*|прирост\w*|подня\w*|подорожа\w*|прибав\w*|продл\w*",
}
# (The falls are the ones a minus sign may stand for, and more.)
_FALL_BEFORE = {
    "en": r"down|decreas\w*|declin\w*|drop(?:ped|s)?|fell|fall(?:en|s|ing)?|lower(?:ed)?|minus|loss|lost"
          r"|reduc(?:ed|tion|es)|cut|shr[au]nk|slipp?\w*|eased|save|saving|savings|discount(?:ed)?",
    "fr": r"baisse|diminution|recul|chute|perte|réduction|(?<!au\s)(?<!du\s)moins|diminu\w*|baiss\w*|recul\w*|chut\w*"
          r"|perd\w*|rédui\w*|minor\w*|abaiss\w*|raccourci\w*",
    "de": r"minus|weniger|Rückgang|Minus|Verlust|gesunken|gefallen|gesenkt|sank|fiel|verringert|reduziert|verkürzt",
    "es": r"baja|bajada|descenso|caída|disminución|reducción|pérdida|(?<!al\s)(?<!lo\s)menos|baj\w*|descendi\w*|cay\w*"
          r"|disminu\w*|reduj\w*|reduc\w*|recort\w*|rebaj\w*",
    "ru": r"минус|снижени\w*|уменьшени\w*|падени\w*|сократи\w*|снизи\w*|упал\w*|уменьшил\w*|меньше|сниж\w*"
          r"|сокращ\w*|уменьш\w*|опусти\w*|подешев\w*",
    "ja": r"減|低下|減少|下落",
}
_LINK_BEFORE = {"en": r"(?:\s+(?:by|of))?(?:\s+(?:a|about|around|some|nearly|almost|roughly|just))?\s",
                "fr": r"(?:\s+(?:de|d['’]))?(?:\s+(?:près\s+de|environ))?\s?", "de": r"(?:\s+(?:um|von))?(?:\s+(?:rund|etwa|fast))?\s",
                "es": r"(?:\s+(?:de|en|un|el))*(?:\s+(?:casi|cerca\s+de|unos?|alrededor\s+del?))?\s",
                "ru": r"(?:\s+на)?(?:\s+(?:почти|около|примерно))?\s", "ja": r"\s?"}

# Comparatives right after the amount and its unit. Multi-word forms first: "plus tôt" is earlier.
_RISE_AFTER = {
    # ("86% over 31 years", "10% over the past decade": a span of time, not a rise.)
    # ("lost 4.2 kg over six months", "over the past year", "over several weeks": a period, no rise.)
    "en": r"more|higher|above|over(?!\s+(?:\d|(?:the|a)\s+(?:past|next|last|previous|following|period|decade|year"
          r"|month|week|day)|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|a\s+few"
          r"|a\s+couple)\s+(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|seasons?)\b))"
          r"|warmer|hotter|longer|deeper|larger|bigger|greater|heavier|taller|extra|later"
          # ("from 48 hours up to 1 hour before": the start of a range, no rise.)
          r"|older|increase|rise|gain|up(?![\x20\u00a0]+(?:to|until|till)\b)",
    "fr": r"plus\s+tard|de\s+plus|en\s+plus|plus(?!\s+(?:bas|basse|faible|petit|court|courte|lent|lente|tôt|froid|froide"
          r"|léger|légère|jeune|vite|rapide))|supplémentaires?|au-dessus|de\s+hausse|d['’]augmentation",
    "de": r"mehr|höher|über|wärmer|länger|teurer|größer|zusätzlich\w*|später|älter|Plus|Zuwachs|Anstieg|gestiegen"
          r"|gewachsen|zugenommen|erhöht|angehoben",
    # ("300 m antes del km 10", "después de la salida": a place or a moment, no change.)
    "es": r"más\s+tarde|más(?!\s+(?:baj|pequeñ|cort|lent|temprano|frí|barat|joven|rápid|abajo))|por\s+encima|adicionales?"
          r"|después(?!\s+del?\s)",
    "ru": r"больше|выше|дольше|теплее|глубже|дороже|старше|позже|длиннее|крупнее|сильнее",
    "ja": r"増|上昇|高|多|上回|延長|アップ|値上|後",
}
_FALL_AFTER = {
    "en": r"less|fewer|lower|below|under|cooler|colder|shorter|shallower|smaller|lighter|cheaper|earlier|younger"
          # ("40% off", not "30 cm off the grass": away from something.)
          r"|decrease|drop|fall|decline|reduction|loss|down|off(?!\s+(?:the|a|an|your|its|their|our|any)\b)",
    "fr": r"plus\s+(?:tôt|bas|basse|faible|petit|court|courte|lent|lente|froid|froide|léger|légère|jeune)|de\s+moins"
          r"|en\s+moins|moins|en\s+dessous|au-dessous|de\s+baisse|de\s+diminution",
    "de": r"weniger|niedriger|unter|kälter|kürzer|billiger|günstiger|kleiner|früher|jünger|Minus|Rückgang|gesunken"
          r"|gefallen|zurückgegangen|zurück|verringert|reduziert|gesenkt|abgenommen",
    "es": r"más\s+(?:baj|pequeñ|cort|lent|temprano|frí|barat|joven|abajo)\w*|menos|por\s+debajo|antes(?!\s+del?\s)",
    "ru": r"меньше|ниже|короче|холоднее|дешевле|младше|раньше|мельче|слабее",
    "ja": r"減|低下|低|少な|下回|短縮|ダウン|値下|引き下げ|前|短",
}
# ("10% two years later": a second quantity, and the comparative is its own.)
_NUMBER_WORDS = (r"|one|two|three|four|five|six|seven|eight|nine|ten|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf"
                 r"|dix|ein|eine|einen|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|uno|una|dos|tres|cuatro|cinco"
                 r"|seis|siete|ocho|nueve|diez|один|одна|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять")
# Up to two words of unit between the amount and its comparative ("2 km deeper", "1.8 degrees
# above", "в 2 раза меньше"), none a conjunction, a preposition or a verb ("5 and under" is a
# bound, "Kerberos 4 is no longer supported" no change).
_NOT_A_UNIT = (r"(?!(?:and|or|than|of|in|on|at|to|the|a|an|for|from|by|with|is|are|was|were|be|been|no|not|any|it|this|that"
               r"|et|ou|que|de|du|des|à|en|est|sont|ne|pas|und|oder|als|von|im|ist|sind|war|nicht|kein\w*|y|o|del|es|son"
               r"|и|или|чем|в|на|не|это" + _NUMBER_WORDS + r")(?![^\W\d_]))")
# (An abbreviation's point, not a sentence's end: "50 rubles. Top up now" has no "up" of the 50.)
_UNIT = (r"(?:[\x20\u00a0\u202f]" + _NOT_A_UNIT
         + r"(?:[^\W\d_]+(?:\.(?![\x20\u00a0\u202f]+[A-ZÀ-ÖØ-ÞА-ЯЁ]))?|[°%‰℃$€£¥]\S*))")
# (A year after it is the base of the change: "12 % weniger als 2019".)
_NOT_A_BOUND_AFTER = (r"(?![\x20\u00a0\u202f]+(?:than|que|de|als|чем)[\x20\u00a0\u202f]+[-+\u2212]?(?!(?:19|20)\d\d(?!\d|[.,]\d))"
                      r"\d)")
# (A unit in katakana may be longer: "3.1ポイント低下", "5パーセント増".)
_JAPANESE_UNIT = r"(?:(?:[ァ-ヺー]{2,6}|[^\s\d、。ぁ-ゖ（）()［］\[\]「」]{0,3}?)(?:も|ほど)?)"


@lru_cache(maxsize=None)
def _patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    if language not in _FALL_BEFORE:
        return None
    rise_before = _RISE_BEFORE.get(language)
    before = (r"(?<![\w-])(?:" + (rf"(?P<up>{rise_before})|" if rise_before else "") + rf"(?P<down>{_FALL_BEFORE[language]}))"
              + _LINK_BEFORE[language] + "$")
    if language == "ja":
        after = rf"%?{_JAPANESE_UNIT}(?:(?P<up>{_RISE_AFTER[language]})|(?P<down>{_FALL_AFTER[language]}))"
    else:
        after = (rf"%?{_UNIT}{{0,2}}[\x20\u00a0\u202f]+(?:(?P<down>{_FALL_AFTER[language]})|(?P<up>{_RISE_AFTER[language]}))"
                 # ("70 % Rabatt auf über 200 Kleider", "Under-5s": the word is the next number's.)
                 r"(?![^\W\d_])(?![\x20\u00a0\u202f]*-?\d)" + _NOT_A_BOUND_AFTER)
    return re.compile(before, re.IGNORECASE), re.compile(after, re.IGNORECASE)


def said_direction(text: str, number: Number, language: str) -> tuple[str, str] | None:
    """(UP or DOWN, the word as written) of the change `number` is the amount of, if a word says it."""
    patterns = _patterns(language)
    if patterns is None:
        return None
    found = _word_before(text, number.start, patterns[0]) or patterns[1].match(text, number.end)
    if found is None:
        return None
    side = UP if found.group("up") else DOWN
    return side, (found.group("up") or found.group("down"))


@lru_cache(maxsize=None)
def _fall_word_re(language: str) -> re.Pattern[str] | None:
    words = _FALL_BEFORE.get(language)
    edge = "" if language == "ja" else r"(?<![\w-])"
    return None if words is None else re.compile(rf"{edge}(?:{words})", re.IGNORECASE)


def says_a_fall_near(text: str, position: int, language: str, reach: int = 40) -> bool:
    """A word for a fall stands in the `reach` characters before `position` ("a decline of more than
    50%", "сократилась более чем вдвое")."""
    pattern = _fall_word_re(language)
    return pattern is not None and pattern.search(text, max(0, position - reach), position) is not None


def says_a_decrease_before(text: str, position: int, language: str) -> bool:
    """A word for a fall ends right before `position`: "down 4", "a drop of 3", "en baisse de 4"."""
    patterns = _patterns(language)
    found = _word_before(text, position, patterns[0]) if patterns is not None else None
    return found is not None and found.group("down") is not None


def _word_before(text: str, position: int, before: re.Pattern[str]) -> re.Match[str] | None:
    """A word of change ending right before `position` (within 40 characters)."""
    return before.search(text, max(0, position - 40), position)


def says_a_fall_after(text: str, end: int, language: str) -> bool:
    """A word for a fall right after the amount ending at `end` and its unit, where Japanese says it:
    "3.1ポイント低下" (not "-10（最低）", a label in brackets)."""
    patterns = _patterns(language) if language == "ja" else None
    found = patterns[1].match(text, end) if patterns is not None else None
    return found is not None and found.group("down") is not None


# A discount after its amount: "40% off" (or "40%% off", printf's percent sign) is −40 %.
_DISCOUNT_AFTER_RES = {"en": re.compile(r"%?[\x20\u00a0]+off(?![^\W\d_])", re.IGNORECASE)}


def says_a_decrease_after(text: str, position: int, language: str) -> bool:
    """A word for a cut starts right after `position`: "40% off"."""
    pattern = _DISCOUNT_AFTER_RES.get(language)
    return pattern is not None and pattern.match(text, position) is not None


def flipped_directions(source_numbers: tuple[Number, ...], target_numbers: tuple[Number, ...], source: str,
                       target: str, source_language: str, target_language: str) -> list[BoundMismatch]:
    """The source's amounts of a change said as a rise or a fall whose translation, the same value,
    says the other direction, where no number of that value there says the source's (as a bound
    turned over: the words, then UP or DOWN)."""
    flips = []
    for number in source_numbers:
        said = said_direction(source, number, source_language)
        if said is None:
            continue
        partners = [other for other in target_numbers if other.value == number.value]
        directions = [(other, said_direction(target, other, target_language)) for other in partners]
        if any(other_said is not None and other_said[0] == said[0] for _, other_said in directions):
            continue
        opposite = next(((other, other_said) for other, other_said in directions if other_said is not None), None)
        if opposite is not None:
            flips.append(BoundMismatch(number, opposite[0], said[1], opposite[1][1], said[0], opposite[1][0]))
    return flips


def may_say_a_direction(text: str, language: str) -> bool:
    """The cheap test: a word of change or a comparative stands in `text`."""
    return _direction_word_re(language).search(text.lower()) is not None


@lru_cache(maxsize=None)
def _direction_word_re(language: str) -> re.Pattern[str]:
    words = [table[language] for table in (_RISE_BEFORE, _FALL_BEFORE, _RISE_AFTER, _FALL_AFTER) if language in table]
    if not words:
        return re.compile(r"(?!)")
    # (At word starts only, where words are spaced, and on the lowercased text, without IGNORECASE:
    # the alternation is tried a few times per text, on literal characters.)
    start = "" if language == "ja" else r"\b"
    return re.compile(start + "(?:" + "|".join(f"(?:{word.lower()})" for word in words) + ")")


def warm(language: str) -> None:
    """Build now the patterns of `language` (see compare.warm)."""
    _patterns(language)
    _direction_word_re(language)
    _fall_word_re(language)
