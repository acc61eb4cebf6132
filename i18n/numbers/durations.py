"""Spans of time said in other units than the other text's: "70 minutes" / "una hora y diez
minutos", "3 hours 15 minutes" / "3 horas y cuarto", "30 seconds" / "eine halbe Minute",
"полминуты", "90 minutes" / "1時間半". Each span is read as its length in seconds, from the
numbers the comparison read and the units of time after them, so that two texts that say the same
length agree whatever their numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from i18n.numbers.bounds import joins_a_range_end
from i18n.numbers.model import BoundMismatch, Number
from i18n.numbers.units import PARTS_BEFORE_A_UNIT, may_name_a_unit, time_unit_at
from i18n.numbers.words import ranks_a_noun

# One of a unit said with an article or alone: "an hour", "une heure", "eine Stunde", "одну минуту".
# ("over the next decade", "in the past year": one unit.)
_ONE = {"en": r"(?:an?|one)(?:\s+(?:full|whole|entire))?|the\s+(?:next|past|last|coming|previous|following)", "fr": r"une?",
        # ("einen ganzen Tag", "a full day": one whole unit.)
        "de": r"(?:eine[rnms]?|ein)(?:\s+(?:ganze[rnms]?|volle[rnms]?))?",
        "es": r"una?|uno|el\s+(?:último|próximo|pasado|siguiente)|la\s+(?:última|próxima|pasada|siguiente)",
        "ru": r"одн[ау]|один|одной"}
# Russian says one unit with no word for one at all: "через час", "за минуту" (in an hour, within
# a minute). Said so, one unit is said otherwise than "1 hour"; with an article it is not.
_BARE = {"ru": r"через|за|на|спустя|в\s+течение|около|примерно|почти|каждый|каждую|каждые|ближайш(?:ий|ую|ие|ее)"
               r"|следующ(?:ий|ую|ее)|последн(?:ий|юю|ее)|не\s+менее|не\s+более|не\s+больше|не\s+меньше|менее|более"
               r"|свыше|больше|меньше|от",
         # Spanish says an hour and a half with no article after a verb or an approximation: "dura hora y media".
         "es": r"(?:dur\w+|tard\w+|llev\w+|aproximadamente|casi|unas?|más\s+de|menos\s+de)(?=\s+hora\s+y\s+(?:media|cuarto)\b)"}
# A half or a quarter added after a unit: "two hours and a half", "3 horas y cuarto", "2 heures et
# demie", "два часа с половиной", "1時間半".
_PART_AFTER = {
    "en": ((r"\s+and\s+a\s+half", "0.5"), (r"\s+and\s+a\s+quarter", "0.25")),
    "fr": ((r"\s+et\s+demie?", "0.5"), (r"\s+et\s+quart", "0.25"), (r"\s+trois\s+quarts", "0.75")),
    "de": ((r"\s+und\s+eine\s+halbe", "0.5"),),
    "es": ((r"\s+y\s+medi[ao]", "0.5"), (r"\s+y\s+cuarto", "0.25"), (r"\s+y\s+tres\s+cuartos", "0.75")),
    "ru": ((r"\s+с\s+половиной", "0.5"), (r"\s+с\s+четвертью", "0.25")),
    "ja": ((r"半", "0.5"),),
}
# What may join the parts of one span: "1 hour and 10 minutes", "1 h, 10 min", "1時間10分".
_JOIN = {"en": r"\s*(?:,\s*|\s+and\s+)?\s*", "fr": r"\s*(?:,\s*|\s+et\s+)?\s*", "de": r"\s*(?:,\s*|\s+und\s+)?\s*",
         "es": r"\s*(?:,\s*|\s+y\s+)?\s*", "ru": r"\s*(?:,\s*|\s+и\s+)?\s*", "ja": r"\s*(?:と)?"}


@dataclass(frozen=True)
class Span:
    """A length of time said in one or more parts: its seconds, where it is, and whether it was
    said in more than one unit or with a half or a quarter (then it may translate another unit)."""

    seconds: Decimal
    start: int
    end: int
    mixed: bool
    unit: Decimal  # the largest unit's seconds: "14 days" and "2 weeks" are one length in two units


_LANGUAGES = frozenset(_JOIN)
_ONE_WORDS = {"article": _ONE, "bare": _BARE}


@lru_cache(maxsize=None)
def _patterns(language: str):
    spaced = language != "ja"
    boundary = r"(?<![^\W\d_])" if spaced else ""
    ones = "|".join(f"(?P<{name}>{_ONE_WORDS[name][language]})" for name in _ONE_WORDS if language in _ONE_WORDS[name])
    one_re = re.compile(boundary + rf"(?:{ones})\s+", re.IGNORECASE) if ones else None
    before_re = re.compile(boundary + "(?:" + "|".join(f"(?P<b{index}>{part})" for index, (part, _) in
                                                       enumerate(PARTS_BEFORE_A_UNIT[language])) + ")",
                           re.IGNORECASE) if language in PARTS_BEFORE_A_UNIT else None
    after_re = re.compile("(?:" + "|".join(f"(?P<a{index}>{part})" for index, (part, _) in
                                          enumerate(_PART_AFTER[language])) + ")(?![^\\W\\d_])",
                          re.IGNORECASE) if language in _PART_AFTER else None
    return one_re, before_re, after_re, re.compile(_JOIN[language], re.IGNORECASE)


def _with_part_after(text: str, position: int, unit: Decimal, language: str) -> tuple[Decimal, int]:
    after_re = _patterns(language)[2]
    found = after_re.match(text, position) if after_re is not None else None
    if found is None:
        return Decimal(0), position
    return unit * Decimal(_PART_AFTER[language][int(found.lastgroup[1:])][1]), found.end()


def _unit_after_part(text: str, position: int, language: str) -> tuple[Decimal, int] | None:
    """The unit after "half" or "an"; in German also glued into one noun ("Viertelstunde"), where
    the unit's noun loses its capital."""
    unit = time_unit_at(text, position, position, language)
    if unit is None and language == "de" and text[position:position + 1].islower():
        unit = time_unit_at(text[:position] + text[position].upper() + text[position + 1:], position, position, language)
    return unit


_HOUR = Decimal(3600)
# (Not "4 h 30 min", read by its own unit, nor "4 h 30 %".)
_MINUTES_AFTER_THE_HOUR_RE = re.compile(r"[\x20\u00a0\u202f]?([0-5]\d)(?![\d:%]|[.,]\d|[\x20\u00a0\u202f]?(?:min|mn|sec|s\b|Min|Sek|мин|сек|分|秒))")

_MINUTE = Decimal(60)
# ("1 min 30" is a minute and a half, "1 min 30 entre les séries" too; not "5 min 30 personnes".)
_SECONDS_AFTER_THE_MINUTE_RE = re.compile(
    _MINUTES_AFTER_THE_HOUR_RE.pattern + r"(?![\x20\u00a0\u202f]*(?!(?:entre|et|à|pour|puis|avant|après|par|de|zwischen|und"
    r"|bis|vor|nach|pro|y|para|antes|después|между|и|до|после|на)(?![^\W\d_]))[^\W\d_])")

# ("twice a day", "six days a week", "8 hours a day", "100 commuting days in a year": a frequency's
# unit, no length.)
_TIMES_BEFORE_RE = re.compile(r"(?i)\b(?:once|twice|thrice|times|(?:second|minute|hour|day|night|week|month)s)"
                              r"\s+(?:in\s+)?$")


_A_MONTH_BEFORE_JA_RE = re.compile(r"(?:毎|翌|今|来|先|同)月$")
_EVERY_AFTER_JA_RE = re.compile(r"(?:ごと|毎|おき|間隔)")


def _parts(text: str, numbers: tuple[Number, ...], language: str) -> list[tuple[Decimal, Decimal, int, int, bool]]:
    """(seconds, unit, start, end, has a half or a quarter) of each count of a unit of time."""
    one_re, before_re, _, _ = _patterns(language)
    found = []
    # (A part of a unit is no count of it: "четверть часа" is 15 minutes, not four hours.)
    parts = PARTS_BEFORE_A_UNIT.get(language)
    shares = ({match.start(): Decimal(parts[int(match.lastgroup[1:])][1]) for match in before_re.finditer(text)}
              if before_re is not None and parts is not None else {})
    for number in numbers:
        if number.start in shares and number.text[:1].isalpha() and number.value != shares[number.start]:
            continue
        # "a 15-minute break": the unit after a hyphen.
        after = number.end + 1 if text[number.end:number.end + 1] == "-" else number.end
        unit = time_unit_at(text, after, after, language)
        if unit is not None and language == "ja" and (
                _A_MONTH_BEFORE_JA_RE.search(text, max(0, number.start - 2), number.start)
                or _EVERY_AFTER_JA_RE.match(text, unit[1])):
            continue  # "毎月25日": the 25th of each month, a day; "1時間ごと": how often, no length
        if unit is not None:
            extra, end = _with_part_after(text, unit[1], unit[0], language)
            minutes = (_MINUTES_AFTER_THE_HOUR_RE.match(text, end) if unit[0] == _HOUR and not extra
                       else _SECONDS_AFTER_THE_MINUTE_RE.match(text, end) if unit[0] == _MINUTE and not extra
                       else None)
            if minutes is not None and number.value >= 10:
                continue  # "19 h 45", "18 h 30": a time of day
            if minutes is not None:  # "4 h 30", "2 h 40", "1 min 30": the next unit's count without it
                extra, end = Decimal(int(minutes.group(1))) * unit[0] / 60, minutes.end()
            found.append((number.value * unit[0] + extra, unit[0], number.start, end, bool(extra)))
            continue
        # (A number that is itself a unit's word, "second", says no span.)
        unit = (time_unit_at(text, number.start, number.end, language, inside=True)
                if time_unit_at(text, number.start, number.start, language) is None else None)
        if unit is not None:  # a half read with its number and unit: "deux heures et demie" is 2.5
            found.append((number.value * unit[0], unit[0], number.start, number.end, True))
            continue
        unit = _unit_of_the_range_end(text, number, numbers, language)
        if unit is not None:  # "between 1.5 and 3 hours": 1.5 hours
            found.append((number.value * unit, unit, number.start, number.end, False))
    starts = {part[2] for part in found}
    for pattern, fractions in ((one_re, None), (before_re, PARTS_BEFORE_A_UNIT.get(language))):
        if pattern is None:
            continue
        for match in pattern.finditer(text):
            unit = _unit_after_part(text, match.end(), language) if match.start() not in starts else None
            if unit is None or (language == "en" and text.startswith(("second", "Second"), match.end())
                                and ranks_a_noun(text, match.end(), unit[1])):
                continue  # ("after a second claim": a rank)
            if language == "en" and _TIMES_BEFORE_RE.search(text, max(0, match.start() - 11), match.start()):
                continue
            share = Decimal(1) if fractions is None else Decimal(fractions[int(match.lastgroup[1:])][1])
            extra, end = _with_part_after(text, unit[1], unit[0], language)
            found.append((share * unit[0] + extra, unit[0], match.start(), end,
                          fractions is not None or bool(extra) or match.lastgroup == "bare"))
    found.sort(key=lambda part: part[2])
    # ("half an hour" holds "an hour": the longer reading stands.)
    return [part for part in found if not any(other is not part and other[2] <= part[2] and part[3] <= other[3]
                                              and other[3] - other[2] > part[3] - part[2] for other in found)]


def _unit_of_the_range_end(text: str, number: Number, numbers: tuple[Number, ...], language: str) -> Decimal | None:
    """The unit of time said once after the second number of a range that `number` opens."""
    second = joins_a_range_end(text, number.end, language)
    if second is None:
        return None
    end = next((other for other in numbers if other.start == second), None)
    if end is None or end.value <= number.value:
        return None
    unit = time_unit_at(text, end.end, end.end, language)
    return unit[0] if unit is not None else None


def read_spans(text: str, numbers: tuple[Number, ...], language: str) -> tuple[Span, ...]:
    """The lengths of time `text` says, each run of parts in falling units read as one span (an
    ordinal counts none: "the third week" is no three weeks)."""
    if language not in _LANGUAGES:
        return ()
    numbers = tuple(number for number in numbers if number.kind != "ordinal")
    join_re = _patterns(language)[3]
    spans: list[Span] = []
    previous_unit = None
    for seconds, unit, start, end, halved in _parts(text, numbers, language):
        last = spans[-1] if spans else None
        if (last is not None and previous_unit is not None and unit < previous_unit and start >= last.end
                and join_re.fullmatch(text, last.end, start) and not _per_one_unit(text, last, start, language)):
            spans[-1] = Span(last.seconds + seconds, last.start, end, True, last.unit)
        else:
            spans.append(Span(seconds, start, end, halved, unit))
        previous_unit = unit
    return tuple(spans)


_DAY = Decimal(86400)
_WEEK = 7 * _DAY


def _per_one_unit(text: str, last: Span, start: int, language: str) -> bool:
    """Japanese "1日2時間" is two hours a day: one day or week right before another part says "per"
    ("1年6か月", a year and six months, is eighteen months)."""
    return language == "ja" and start == last.end and not last.mixed and _DAY <= last.seconds == last.unit <= _WEEK


def may_say_a_span(text: str, language: str) -> bool:
    """The cheap test: `text` names a unit."""
    return language in _LANGUAGES and may_name_a_unit(text, language)


def matched_spans(source_spans: tuple[Span, ...], target_spans: tuple[Span, ...]) -> tuple[list[Span], list[Span]]:
    """The spans of each text that the other says as long in other words: equal lengths, one of
    the two said in more than one unit or with a half or a quarter, or the two in other units."""
    left = [span for span in target_spans]
    # A span said alike in the same unit ("14 days" / "14 jours") is no partner for another ("two
    # weeks" / "trois semaines").
    unpaired = []
    for span in source_spans:
        same = next((other for other in left if other.seconds == span.seconds and other.unit == span.unit
                     and not (other.mixed or span.mixed)), None)
        if same is None:
            unpaired.append(span)
        else:
            left.remove(same)
    matched_source, matched_target = [], []
    for span in unpaired:
        partner = next((other for other in left if other.seconds == span.seconds
                        and (other.mixed or span.mixed or other.unit != span.unit)), None)
        if partner is None:
            continue
        left.remove(partner)
        matched_source.append(span)
        matched_target.append(partner)
    return matched_source, matched_target


# The source's lengths of time compared here are those it counts back or forward ("a year ago",
# "in ten months", "over the past two decades", "for three days"): not a rate's unit ("$10 a
# month"), an age ("aged 12 years"), a year ("since 2021") nor "a second day".
# The words before such a length, those after it, and the nouns it may own ("a week's notice").
_BEFORE_A_SPAN = (r"for|over|in|within|during|past|last|next|after|before|than|by|allow|takes?|took|lasts?|go|goes|went"
                  r"|spend|spends|spent|wait|waits|waited")
_AFTER_A_SPAN = r"ago|earlier|later|from now|after|before|in advance"
_OWNED_BY_A_SPAN = r"notice|supply|supplies|worth|wait|rest|leave|stay"
_ENGLISH_SPAN_UNITS = r"seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?"
_SPAN_CONTEXT_BEFORE_RE = re.compile(rf"(?i)\b(?:{_BEFORE_A_SPAN})"
                                     r"(?:\s+(?:about|around|roughly|nearly|almost|approximately|some|just|at\s+least"
                                     r"|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than|more\s+than|less\s+than))?"
                                     r"(?:\s+the)?(?:\s+(?:past|last|next|first|coming|previous|following))?\s+$")
# ("A fortnight after your operation", "a week's notice", "a fortnight's supply": a length counted
# from a moment, or an amount measured in time.)
_AGO_RE = re.compile(rf"(?i)\s+(?:{_AFTER_A_SPAN})\b|['’]s\s+(?:{_OWNED_BY_A_SPAN})\b")
# The cheap test of an English source: a length of time counted back or forward, as a few words.
_COUNTED_SPAN_RE = re.compile(
    rf"(?i)\b(?:{_AFTER_A_SPAN}|{_BEFORE_A_SPAN})\s+(?:\S+\s+){{0,3}}?(?:{_ENGLISH_SPAN_UNITS})\b"
    rf"|\b(?:{_ENGLISH_SPAN_UNITS})(?:['’]s)?\s+(?:{_AFTER_A_SPAN}|{_OWNED_BY_A_SPAN})\b")


# ... or a length said with a half or a quarter of its unit.
_PART_OF_A_SPAN_RE = re.compile(rf"(?i)\b(?:half|quarter)(?:\s+of)?[\s-]+(?:an?\s+)?(?:{_ENGLISH_SPAN_UNITS})\b"
                                rf"|\b(?:{_ENGLISH_SPAN_UNITS})\s+and\s+a\s+(?:half|quarter)\b")


def names_a_unit_of_time(text: str) -> bool:
    """The cheapest test of an English text's lengths of time: substrings only."""
    lowered = text.lower()
    return ("second" in lowered or "minute" in lowered or "hour" in lowered or "day" in lowered or "week" in lowered
            or "month" in lowered or "year" in lowered or "decade" in lowered or "fortnight" in lowered)


def may_count_a_span(text: str) -> bool:
    """The cheap test of spans_changed for an English source: substrings first."""
    lowered = text.lower()
    return (names_a_unit_of_time(text)
            and (_COUNTED_SPAN_RE.search(text) is not None
                 or ("half" in lowered or "quarter" in lowered) and _PART_OF_A_SPAN_RE.search(text) is not None))
# Two lengths that differ by no more than this are one length said another way: "a week" / "huit
# jours", "a month" / "4 semaines", "a year" / "52 semaines".
_SAME_LENGTH = Decimal("0.15")


def spans_changed(source: str, source_numbers: tuple[Number, ...], source_language: str, target: str,
                  target_numbers: tuple[Number, ...], target_language: str) -> tuple[tuple[Span, Span], ...]:
    """The one length of time of each text, counted back or forward in the source, when they differ:
    "61% a year ago" / "il y a deux ans", "in ten months" / "1カ月ぶり", "a decade ago" / "vor
    zwanzig Jahren"."""
    every_source_span = read_spans(source, _counts(source_numbers), source_language)
    every_target_span = read_spans(target, _counts(target_numbers), target_language)
    source_spans = _one_length(every_source_span, source, source_language)
    target_spans = _one_length(every_target_span, target, target_language)
    if not source_spans or len(source_spans) != len(target_spans):  # the one length left over, if any
        source_left, target_left = _unequal(every_source_span, every_target_span)
        source_spans = _one_length(source_left, source, source_language)
        target_spans = _one_length(target_left, target, target_language)
        # (Not where either may be read otherwise: a part of a unit, or a count the other text states
        # apart from any length, "at least 5 but fewer than 10 years" / "al menos 5 años pero inferior a 10".)
        if (any(span.mixed for span in source_spans + target_spans)
                or _counts_stated_apart(source_spans, source_numbers, target_numbers, every_target_span)
                or _counts_stated_apart(target_spans, target_numbers, source_numbers, every_source_span)):
            return ()
    if not source_spans or len(source_spans) != len(target_spans):
        return ()
    first, last = source_spans[0], source_spans[-1]
    # (A length said with a half or a quarter, "half an hour", is a length wherever it stands.)
    counted = (_SPAN_CONTEXT_BEFORE_RE.search(source, max(0, first.start - 30), first.start) is not None
               or _AGO_RE.match(source, last.end) is not None or last.mixed and _PART_OF_A_SPAN_RE.search(source))
    if not counted or _OR_SO_RE.match(source, last.end):
        return ()
    changed = next(((span, other) for span, other in zip(source_spans, target_spans)
                    if not _same_length(span.seconds, other.seconds)), None)
    return (changed,) if changed is not None else ()


def _unequal(source_spans: tuple[Span, ...], target_spans: tuple[Span, ...]) -> tuple[tuple[Span, ...], tuple[Span, ...]]:
    """The spans of each text that no span of the other says as long ("a fortnight ... a 25-year
    guarantee" / "trois semaines ... garantie de 25 ans" leaves the fortnight and the three weeks)."""
    left = list(target_spans)
    unequal = []
    for span in source_spans:
        same = next((other for other in left if _same_length(span.seconds, other.seconds)), None)
        if same is None:
            unequal.append(span)
        else:
            left.remove(same)
    return tuple(unequal), tuple(left)


def _counts_stated_apart(spans: tuple[Span, ...], numbers: tuple[Number, ...], other_numbers: tuple[Number, ...],
                         other_spans: tuple[Span, ...]) -> bool:
    """A count of `spans` is a value the other text states outside its own spans."""
    counts = {number.value for number in numbers if any(span.start <= number.start < span.end for span in spans)}
    return any(number.value in counts for number in other_numbers
               if not any(span.start <= number.start < span.end for span in other_spans))


def _one_length(spans: tuple[Span, ...], text: str, language: str) -> tuple[Span, ...]:
    """`spans` when they say one length of time: one span, or the two ends of a range ("one to two
    weeks", "deux à trois semaines"); else none."""
    if len(spans) == 1 or len(spans) == 2 and joins_a_range_end(text, spans[0].end, language) == spans[1].start:
        return spans
    return ()


# ("wait a second or two": a length said loosely.)
_OR_SO_RE = re.compile(r"(?i)\s+or\s+(?:two|three|so|more|less|longer)\b")


def _counts(numbers: tuple[Number, ...]) -> tuple[Number, ...]:
    """The numbers that may count units of time: no year, no percent, no ordinal ("a second day"), no
    Roman numeral ("le XIXe siècle")."""
    return tuple(number for number in numbers if number.kind not in ("year", "percent", "permille", "ordinal", "roman")
                 and number.value < 1000)


def _same_length(seconds: Decimal, other: Decimal) -> bool:
    # (A length read with a minus, "by −10 hours", is as long as itself.)
    return abs(seconds - other) <= _SAME_LENGTH * max(abs(seconds), abs(other))


def warm(language: str) -> None:
    """Build now the patterns of `language`'s spans (see compare.warm)."""
    if language in _LANGUAGES:
        _patterns(language)
    _direction_res(language)


# A span placed before or after now: "3 days ago" / "3 日後" (three days later) is the other way;
# and a span that bounds a deadline, "within 30 days" / "30日以内", against the lapse of time after
# which something happens, "nach 30 Tagen", "через 30 минут", "28日以降". ("In 30 days" may be said
# either way: "dentro de 30 días", "через 30 дней".)
# Per language and placement: the words after the span, then those before its number.
_PLACES = {
    "past": {"en": (r"ago|before|earlier", None), "fr": (r"avant|plus\s+tôt|auparavant", r"il\s+y\s+a"),
             "de": (r"früher|zuvor|vorher", r"vor"), "es": (r"antes|atrás", r"hace"),
             "ru": (r"назад|раньше|тому\s+назад", None), "ja": (r"前", None)},
    "future": {"en": (r"later|from\s+now|hence", r"in"), "fr": (r"plus\s+tard", r"dans"),
               "de": (r"später", r"in"), "es": (r"más\s+tarde", r"dentro\s+de"), "ru": (r"позже", None),
               "ja": (None, None)},
    "lapse": {"en": (r"after", r"after"), "fr": (r"après", r"après|au\s+bout\s+d['’]?(?:e\s+)?"),
              "de": (r"danach|nach", r"nach"), "es": (r"después", r"tras|después\s+de|al\s+cabo\s+de"),
              "ru": (r"спустя|после", r"через|спустя|по\s+истечении|по\s+прошествии|не\s+ранее(?:\s+чем)?(?:\s+через)?"),
              "ja": (r"後|たって|以降|以後|経過後", None)},
    # (With "at the latest" before the span, its "after" counts the deadline from an event.)
    "within": {"en": (None, r"within|no\s+later\s+than|not\s+later\s+than"),
               "fr": (None, r"sous|dans\s+les|d['’]ici|au\s+plus\s+tard|en\s+moins\s+de"
                            r"|dans\s+un\s+délai\s+(?:maximum\s+|maximal\s+)?de"),
               "de": (None, r"innerhalb(?:\s+(?:von|der|des))?|binnen|spätestens"),
               "es": (None, r"en\s+un\s+plazo\s+(?:máximo\s+)?de|en\s+menos\s+de|como\s+máximo|a\s+más\s+tardar"
                            r"|dentro\s+de\s+los"),
               "ru": (None, r"в\s+течение|в\s+пределах|не\s+позднее(?:\s+чем)?(?:\s+через)?"), "ja": (r"以内|内に", None)},
}
# Placements that say the same or may: "in 30 days" is "через 30 дней" (after that lapse) and is
# "within 30 days" as often; "within the last 30 days" is in the past. A deadline counted from an
# event ("innerhalb von 14 Tagen nach der Einreise") is a deadline.
_AGREE = frozenset({frozenset({"future", "lapse"}), frozenset({"future", "within"}), frozenset({"past", "within"}),
                    frozenset({"from an event", "lapse"}), frozenset({"from an event", "future"}),
                    frozenset({"within", "within an event"}), frozenset({"window", "within an event"}),
                    frozenset({"window", "from an event"}), frozenset({"window", "within"}),
                    frozenset({"up to after an event", "within"}), frozenset({"up to after an event", "within an event"}),
                    frozenset({"up to after an event", "from an event"}),
                    *(frozenset({"range after an event", other}) for other in ("from an event", "lapse", "within",
                                                                                "within an event", "up to after an event"))})
# ("deleted 90 days after you close it" is a moment, not "within 90 days"; "editable for 5 minutes
# after being saved", "in the first 48 hours after" are a window after the event, which a deadline
# may say, "в течение 5 минут после", and a moment too, "reste active 180 jours après": see
# _FOR_BEFORE_RE.)
_WORD_AFTER_RE = re.compile(r"[\x20\u00a0\u202f]+(?:[^\W\d_]|\d+-?[^\W\d_])")  # (an ordinal too: "после 2-го")
_WAIT_BEFORE_RE = re.compile(r"(?i)\b(?:wait(?:s|ed|ing)?|allow(?:s|ed|ing)?)\s+(?:for\s+)?(?:at\s+least\s+)?"
                             r"(?:another\s+|a\s+further\s+)?$")
_WAIT_AND_BEFORE_RE = re.compile(r"(?i)\b(?:wait(?:s|ed|ing)?|allow(?:s|ed|ing)?)\b[^.;!?]*[\s,]and\s+(?:at\s+least\s+)?"
                                 r"(?:another\s+|a\s+further\s+)?$")
_UP_TO_BEFORE_RE = re.compile(r"(?i)\b(?:up\s+to|no\s+more\s+than|not\s+more\s+than|at\s+most)\s+$")
_RANGE_OPENS_BEFORE_RE = re.compile(r"\d[\x20\u00a0\u202f]*(?:[-–—]|to|à|bis|a|до)[\x20\u00a0\u202f]*$")
_FOR_BEFORE_RE = re.compile(r"(?i)\b(?:(?:for|during)\s+(?:up\s+to\s+|the\s+first\s+)?|(?:in|within|over)\s+the\s+first\s+)$")


def _placements_agree(source_place: str, target_place: str) -> bool:
    return frozenset({source_place, target_place}) in _AGREE


@lru_cache(maxsize=None)
def _direction_res(language: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """A placement's word right after a span (its group named after it), and one right before its number."""
    if language not in _PLACES["past"]:
        return None
    edge = "" if language == "ja" else r"(?![^\W\d_])"
    afters = [f"(?P<{name}>{words[language][0]})" for name, words in _PLACES.items() if words[language][0]]
    after = re.compile(rf"[\s\u00a0\u202f]*(?:{'|'.join(afters)}){edge}", re.IGNORECASE)
    befores = [f"(?P<{name}>{words[language][1]})" for name, words in _PLACES.items() if words[language][1]]
    # (The word may stand before a range's first end: "within 4 to 6 weeks after".)
    before = re.compile(r"(?<![^\W\d_])(?:" + "|".join(befores) + r")[\s\u00a0\u202f]+"
                        r"(?:\d+(?:[.,]\d+)?[\s\u00a0\u202f]*(?:[-–—]|to|or|à|ou|bis|oder|a|o|до|или)[\s\u00a0\u202f]*)?$",
                        re.IGNORECASE) if befores else None
    return after, before


def _directions(text: str, numbers: tuple[Number, ...], language: str) -> list[tuple[Number, str, str]]:
    """(number, its placement, the word) of each span of `text` placed before or after now, or bounding
    a deadline."""
    patterns = _direction_res(language)
    if patterns is None:
        return []
    after, before = patterns
    found = []
    for number in numbers:
        unit = time_unit_at(text, number.end, number.end, language, business_days=True)
        if unit is None:
            continue
        placed = after.match(text, unit[1])
        said_before = before.search(text, max(0, number.start - 32), number.start) if before is not None else None
        if placed is None:
            placed = said_before
        if placed is not None:
            place = placed.lastgroup
            if place == "lapse" and placed.start() >= number.end and _WORD_AFTER_RE.match(text, placed.end()):
                # "5 minutes after being saved"; "в течение 5 минут после" is a deadline from the event,
                # "через 5 минут после" the lapse after it.
                place = "from an event"
                if said_before is not None and said_before.lastgroup in ("within", "lapse"):
                    place = "within an event" if said_before.lastgroup == "within" else "lapse"
                    placed = said_before
                elif language == "en" and _FOR_BEFORE_RE.search(text, max(0, number.start - 20), number.start):
                    place = "window"  # "editable for 5 minutes after being saved"
                elif language == "en" and _UP_TO_BEFORE_RE.search(text, max(0, number.start - 14), number.start):
                    # "a refund up to 6 months after your journey": by then at the latest, which a
                    # translation says as a deadline or keeps ("bis zu 6 Monate nach").
                    place = "up to after an event"
                elif _RANGE_OPENS_BEFORE_RE.search(text, max(0, number.start - 12), number.start):
                    # "2–4 weeks after your appointment": the range's far end bounds when, as "dans un
                    # délai de 2 à 4 semaines après" does, and is a lapse too ("3〜5日後").
                    place = "range after an event"
            elif (place == "past" and language == "en" and placed.start() >= number.end
                  and (_WAIT_BEFORE_RE.search(text, max(0, number.start - 24), number.start)
                       or _WAIT_AND_BEFORE_RE.search(text, max(0, number.start - 120), number.start))):
                # "wait 4 months before donating", "allow 7 days before" (then it comes) / "nach vier Monaten";
                # "wait 24 hours after laying the tiles before grouting, and 7 days before loading".
                continue
            found.append((number, place, placed.group().strip()))
    return found


_ENGLISH_UNIT_OF_TIME = (r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|(?:business\s+|working\s+)?days?|weeks?|months?"
                         r"|years?)")
_PLACED_SPAN_RE = re.compile(rf"(?i)\b(?:in|within|after)\s+\S+\s+{_ENGLISH_UNIT_OF_TIME}\b|\b{_ENGLISH_UNIT_OF_TIME}\s+"
                             r"(?:ago|before|earlier|later|after|from\s+now|hence)\b")


_DIGIT_AND_UNIT_OF_TIME_RE = re.compile(rf"\d[\s\u00a0]*{_ENGLISH_UNIT_OF_TIME}\b", re.IGNORECASE)


def may_place_a_span(text: str, language: str) -> bool:
    """The cheap test of an English source: a unit of time before "ago", "later"..., or after "in"
    (first, digits before a unit of time: most texts have none)."""
    return language != "en" or (_DIGIT_AND_UNIT_OF_TIME_RE.search(text) is not None
                                and _PLACED_SPAN_RE.search(text) is not None)


def directions_flipped(source: str, source_numbers: tuple[Number, ...], source_language: str, target: str,
                       target_numbers: tuple[Number, ...], target_language: str) -> list[BoundMismatch]:
    """Spans of the same length the two texts place on opposite sides of now, paired by value (as a
    bound turned over: the words, then "past" or "future")."""
    source_placed = _directions(source, source_numbers, source_language)
    if not source_placed:
        return []
    left = _directions(target, target_numbers, target_language)
    flipped = []
    for placed in source_placed:
        same = next((other for other in left if other[0].value == placed[0].value and other[1] == placed[1]), None)
        if same is not None:
            left.remove(same)
            continue
        other = next((other for other in left if other[0].value == placed[0].value), None)
        if other is not None:
            left.remove(other)
            if placed[1] != other[1] and not _placements_agree(placed[1], other[1]):
                flipped.append(BoundMismatch(placed[0], other[0], placed[2], other[2], placed[1], other[1]))
    return flipped
