"""Spans of a text that look numeric but are not quantities: placeholders, versions, identifiers...

They are compared literally by other checks; here they are blanked out (same length, so offsets
hold) before numbers are read, so that "%d", "1.9.1", "UTF-8" or "2024-05-01" never count.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from i18n.numbers.symbols import ascii_digits
from i18n.numbers.weekdays import weekdays_named
from i18n.po.format_directives import AMOUNT_SCALE, GRAMMARS

MASK = "\x00"

_CJK_RANGES = "\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef"
SPACED_WORD = "[^\\W" + _CJK_RANGES + "]"  # a word character of a script that spaces its words
SPACED_LETTER = "[^\\W\\d_" + _CJK_RANGES + "]"  # a letter of such a script
_CJK_SPANS = tuple((_CJK_RANGES[index], _CJK_RANGES[index + 2]) for index in range(0, len(_CJK_RANGES), 3))


def is_spaced_letter(character: str) -> bool:
    """Whether one character is a SPACED_LETTER (asked with str methods: compiling the class takes
    milliseconds); an empty string is none."""
    return (character.isalnum() and not character.isdecimal()
            and not any(low <= character <= high for low, high in _CJK_SPANS))

# The placeholders of every syntax a message may hold (printf, Python, Ruby's %{name}, Qt's %1,
# shell's $1, GCC's %< %>, brace fields), as the grammars table has them blanked before numbers.
PLACEHOLDER_PATTERNS = [
    pattern
    for language in ("c", "python", "ruby", "qt", "sh", "gcc-internal", "python-brace")
    for pattern in GRAMMARS[language].prose.number_masks
]

# A command-line option's name and value, after its dashes (Japanese glues its words to the value:
# "--cycles=3でセルフテスト").
_OPTION = r"[A-Za-z][A-Za-z0-9_-]*(?:=[^\s" + _CJK_RANGES + "]*)?"
# A path's segment, of a script that spaces its words ("1万5000g/m²/24h" holds none).
_PATH_SEGMENT = "(?:" + SPACED_WORD + "|[.-])+"

_PATTERNS = [
    # URLs and e-mail addresses.
    r"\b[a-zA-Z][\w+.-]*://\S+",
    r"\bwww\.\S+",
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    *PLACEHOLDER_PATTERNS,
    # HTML's numeric character references ("I&#39;m", "&#x27;").
    r"&#(?:\d+|[xX][0-9a-fA-F]+);",
    # ISO 8601 dates and times, clock times.
    r"\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b",
    r"\b\d{1,2}:\d{2}(?::\d{2})?\b",
    # Dates written with slashes (04/04/2310, 2024/05/01).
    r"\b\d{1,2}/\d{1,2}/\d{2,4}\b",
    r"\b\d{4}/\d{1,2}/\d{1,2}\b",
    # Hexadecimal, and the bare prefix of "0x%x".
    r"\b0[xX][0-9a-fA-F]*",
    # IPv4 addresses, "255.255.255.255" too (four parts up to 255, none with a leading zero: "1.000.000.000"
    # is grouped).
    r"(?<![\d.,])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\d,]|\.\d)",
    # Versions: three or more dotted parts, or a "v" prefix.
    # ("1.000.000" is a German-style grouped number, not a version)
    r"\b(?!\d{1,3}(?:\.\d{3}){2,}(?!\d|\.\d))\d+(?:\.\d+){2,}[\w.+~-]*",
    r"\b[vV]\d+(?:\.\d+)*\b",
    # Japanese battery sizes: "単3形" is AA, "単4" AAA; "3辺の合計" (see PLACEHOLDER_RE).
    r"単[1-6](?=形|電池|乾電池|アルカリ)|3辺(?=の?合計)",
    # Keyboard shortcuts.
    r"(?i:\b(?:ctrl|control|alt|altgr|shift|meta|super|cmd|command|strg|maj|option)"
    r"\s?[+-]\s?)+" + SPACED_WORD + "+",
    # Command-line options: --level=3, -O2 (a bare "-9" is left to the digit reader).
    r"(?<![\w-])--?" + _OPTION,
    # File names and paths.
    # ("+/-" is a plus-minus sign, not a path)
    r"(?<![\w/])(?:~|\.{1,2})?/(?<!\+/)[^\s\"'()<>]+",
    # (one slash is no path: "32bit/64bit", "km/h"; nor is a unit glued to a Japanese number,
    # "1万5000g/m²/24h": no segment of Chinese or Japanese, none glued to it; nor units per a number,
    # "58 mL/min/1.73 m²")
    r"\b(?<![" + _CJK_RANGES + r"])(?!(?:(?:[mµμ]?[gLl]|ml|min|[hsd]|[cmk]?m|kg)/)+\d)"
    + _PATH_SEGMENT + r"(?:/" + _PATH_SEGMENT + r"){2,}",
    r"\b[\w.-]+/[\w-]*\.[a-zA-Z]\w*",
    # Identifiers and codes: letters glued to digits (E123, x86_64, MD5, sha256, IPv6, mp3, F1,
    # iso8601, C90, file2.txt), or a name with a capital joined to digits (UTF-8, non-UTF-8, C++90).
    # A lower-case English prefix is a word, not a code: "pre-2007", "base-64", "non-0".
    # Chinese, Japanese and Korean write no spaces: their letters next to digits make no code.
    r"(?<!" + SPACED_WORD + r")(?<![.+-])" + SPACED_LETTER + SPACED_WORD + r"*?\d" + SPACED_WORD + r"*(?:(?:[-+]+|\.(?!\.))" + SPACED_WORD + r"+)*",
    # (An ellipsis joins no code: "0.5*WAIT...1.5*WAIT" holds the number 1.5; "Pre-1970", "Post-2000"
    # are before and after a year, as in lower case.)
    r"(?<!" + SPACED_WORD + r")(?<![.+-])(?=[\w.+-]*\d)(?=[\w.+-]*[A-Z])(?!(?i:pre|post)-(?:1\d|20)\d\d(?![\w.-]))" + SPACED_LETTER + r"+(?:(?:[-+]+|\.(?!\.))"
    + SPACED_WORD + r"+)+",
]

NON_QUANTITY_RE = re.compile("|".join(f"(?:{p})" for p in _PATTERNS))
# A tag with attributes ('<strong class="mr16">', '<img width="16">'): the markup check's.
_ATTRIBUTES_TAG = r"<[A-Za-z][\w:-]*\s[^<>=]*=[^<>]*>"
_ATTRIBUTES_TAG_RE = re.compile(_ATTRIBUTES_TAG)
# Placeholders, the character references of markup ("&#160;"), tags with attributes and headings
# ("<h2>"): their digits are compared by the placeholder and markup checks, never as numbers or codes;
# nor are the digits of a few set phrases ("3辺の合計", a bag's total dimensions).
PLACEHOLDER_RE = re.compile("|".join(f"(?:{p})" for p in PLACEHOLDER_PATTERNS) + r"|&#[xX]?[0-9a-fA-F]+;|"
                            + _ATTRIBUTES_TAG + r"|</?[hH][1-6]>|3辺(?=の?合計)")


# Only the whitespace-separated chunks that hold a digit can hide a number, and there are few of
# them: masking chunk by chunk is many times faster than running NON_QUANTITY_RE over whole texts.
# ("$5 million" is one chunk: the scale word tells an amount from the shell's $5.)
_CHUNK_WITH_DIGIT_RE = re.compile(r"(?<!\S)[^\s\d]*\d\S*(?:(?<=\$\d)" + AMOUNT_SCALE + ")?")
# Non-quantities outside the chunks with digits: long options (whose words are no number words:
# "--two-phase"), clock times ("4 pm"). The pattern starts with one character class, so the regex
# engine skips to candidates at C speed; the lookbehinds tell which alternative started.
_SPACED_RE = re.compile(
    r"[-\d](?:(?<=-)-" + _OPTION +
    r"|(?<=\d)(?<![\d:]\d)\d?(?::\d{2}){0,2}[ \u00a0]?[apAP]\.?[mM]\.?(?!\w))"
)
# "Ctrl + 1".
_SPACED_SHORTCUT_RE = re.compile(
    r"(?i:\b(?:ctrl|control|alt|altgr|shift|meta|super|cmd|command|strg|maj|option)\s[+-]\s)" + SPACED_WORD + "+"
)


# Digits that say no quantity: "3rd party" is an outsider, as "third party" is, not a rank
# (translations say "tiers", "Dritte"); "24/7", "24x7" and "24時間365日" are round the clock, every
# day ("rund um die Uhr", "круглосуточно").
_HALF_BOARD_RE = re.compile(r"(?i)\bhalf[\s-]board\b|\bdinner,?\s+bed\s+and\s+breakfast\b")
_IN_ONE_TRANSLATED_RE = re.compile(r"(\d[\x20\u00a0-]?(?:en|in|в)[\x20\u00a0-]?)1(?![\w.,]?\d)")
_THIRD_PARTY_RE = re.compile(r"(?<![\w.,])3(?=rd[-\s]+[Pp]art(?:y|ies)(?!\w))")
_ROUND_THE_CLOCK_RE = re.compile(r"(?<![\d/.,])24(?:/7|/365|[x×]7)(?![\d/]|[.,]\d)|24時間(?:365日|年中無休)"
                                 r"|(?<!\d)(?:24[\x20\u00a0\u202f]?h[\x20\u00a0\u202f]?/[\x20\u00a0\u202f]?24"
                                 r"|7[\x20\u00a0\u202f]?j[\x20\u00a0\u202f]?/[\x20\u00a0\u202f]?7"
                                 r"|7[\x20\u00a0\u202f]jours[\x20\u00a0\u202f]sur[\x20\u00a0\u202f]7"
                                 r"|24[\x20\u00a0\u202f]heures[\x20\u00a0\u202f]sur[\x20\u00a0\u202f]24)(?!\d)")

# ... and so are "24 hours a day", "7 days a week" and "365 days a year", where the translation says
# them in words of its own ("rund um die Uhr", "24 h/24", "круглосуточно, без выходных", "年中無休"; a
# "24-hour guideline" is "суточный норматив").
_ALL_DAY_RE = re.compile(r"(?<![\d.,])24(?: hours a day\b|-hour\b)")
_EVERY_DAY_RE = re.compile(r"(?<![\d.,])(?:7 days a week|365 days a year)\b")
_TWELVE_MONTHS_RE = re.compile(r"(?<![\d.,])12(?=-month\b)")
_YEARLY_SAID_RE = re.compile(r"(?i)annuel|anual|(?<!halb)jahres|(?<!halb)jährlich|(?<!полу)годов|годичн|ежегодн|年間|年会費|1年")
# Seven days a week said with its digit, after a source's "24/7": "an 7 Tagen die Woche", "7 días a la semana".
_SEVEN_DAYS_SAID_RE = re.compile(r"(?<![\d.,])7(?=[\x20\u00a0\u202f]?(?:Tagen?|días|jours|дней|days)\b)")
_OUT_OF_A_WHOLE = (
    (re.compile(r"(?<=jours[\x20\u00a0\u202f]sur[\x20\u00a0\u202f])7(?!\d)"), re.compile(r"(?i)\bdays?\s+(?:a|per|each)\s+week\b")),
    (re.compile(r"(?<=heures[\x20\u00a0\u202f]sur[\x20\u00a0\u202f])24(?!\d)"), re.compile(r"(?i)\bhours?\s+(?:a|per|each)\s+day\b")),
)
_AGE_GROUP_RE = re.compile(r"(?i)(?<![\w-])(under|over)-(\d{1,2})s(?![\w-])")
# (Not the hour of "7:00", "7 h 30", "7時30分", "7 Uhr".)
_SEVEN_RE = re.compile(r"(?<![\d.,:])7(?![\d.,:]\d|\d|[\x20\u00a0\u202f]?(?:h|Uhr|ч|時)(?![^\W\d_]))")
_EACH_ADDITIONAL_RE = re.compile(r"(?i)\b(?:each|every|per)\s+(?:additional|extra|further|subsequent)\b")
_RANK_SAID_RE = re.compile(r"(?i)\b(?:second|third|fourth|fifth|\d+(?:nd|rd|th))\b")
_SECOND_ONWARDS_RE = re.compile(r"(?<![\d.,])2(?=[^\d\s、。]{0,3}目以降)")
_DOZEN_RESTATED_RE = re.compile(r"((?:ダース|[Dd]ouzaines?|Dutzend|docenas?|дюжин\w*)[\x20\u00a0]*[（(][\x20\u00a0]*)12(?!\d)")
_UNDER_18_RE = re.compile(r"(?i)\bunder(?:\s+the\s+age\s+of)?\s+18(?![\d.,]\d|\d)")
_MINORS_SAID_RE = re.compile(r"(?i)\bmineur|menores\s+de\s+edad|minderjährig|несовершеннолетн|未成年")
_18_AND_OVER_RE = re.compile(r"(?i)(?<![\d.,])18(?=\+|\s+(?:years?\s+(?:old\s+|of\s+age\s+)?)?(?:and|or)\s+(?:over|older|above))"
                             r"|\b(?:over|above)(?:\s+the\s+age\s+of)?\s+18(?![\d.,]\d|\d)")
_ADULTS_SAID_RE = re.compile(r"(?i)\bmajeur|mayor(?:es)?\s+de\s+edad|volljährig|(?<!не)совершеннолетн")
# The age of majority bounded each way, and the words of a translation that say the same age.
_AGES_OF_MAJORITY = ((_UNDER_18_RE, _MINORS_SAID_RE), (_18_AND_OVER_RE, _ADULTS_SAID_RE))
# A split in halves: "shared 50/50" / "je zur Hälfte", "à parts égales", "a partes iguales", "пополам", "折半".
_FIFTY_FIFTY_RE = re.compile(r"(?<![\d.,])50\s?[/:-]\s?50(?![\d.,]?\d)")
_HALVES_SAID_RE = re.compile(r"(?i)hälft|zu\s+gleichen\s+Teilen|moitié|parts?\s+égales|mitad|partes\s+iguales"
                             r"|a\s+medias|пополам|поровну|равных\s+дол|половин|折半|半分|半々|等分")
_SCALE_FROM_ONE_RE = re.compile(r"(?<![\d.,])1(?=[\x20\u00a0]*(?:[–-]|to)[\x20\u00a0]*\d{1,3}(?![\d.,]\d)[^.;:!?]{0,24}?\bscale\b)"
                                r"|(?<=\bscale of )1(?=[\x20\u00a0]*(?:[–-]|to)[\x20\u00a0]*\d)"
                                r"|(?<=\bscale from )1(?=[\x20\u00a0]*(?:[–-]|to)[\x20\u00a0]*\d)")
_ONE_RE = re.compile(r"(?<![\d.,])1(?![\d]|[.,]\d)")
_TWENTY_FOUR_RE = re.compile(r"(?<![\d.,])24(?![\d]|[.,]\d)")
# The translation's own words for them: round the clock, every day.
_ALL_DAY_SAID_RE = re.compile(r"(?i)xx\s?h\s?/\s?xx|xx\sheures\ssur\sxx|rund um die uhr|суточн|jour et nuit"
                              r"|nuit et jour|d[ií]a y noche|noche y d[ií]a|tag und nacht|день и ночь|en permanence|non-stop|sans interruption"
                              r"|ininterrumpid|ununterbrochen|a toda hora|à toute heure|終日|昼夜|xx時間")
_EVERY_DAY_SAID_RE = re.compile(r"(?i)x\s?j\s?/\s?x|x\sjours\ssur\sx|без выходных|年中無休|無休|xxx日|tous les jours"
                                r"|todos los d[ií]as|jeden tag|täglich|каждый день|ежедневно|毎日|sans interruption|sin interrupción|ohne ruhetag")


# The hundred of a fuel consumption's unit ("5,2 l/100 km") is the unit's, no number.
_PER_100_KM_RE = re.compile(r"(?<=[lLℓл]/)100(?=[\x20\u00a0\u202f]?(?:km|км)(?![A-Za-zА-яЁё]))")
# (Japanese says it first: "100kmあたり5.8L".)
_PER_100_KM_JA_RE = re.compile(r"(?<![\d.,])100(?=[\x20\u00a0\u202f]?(?:km|ｋｍ|キロ)(?:あたり|当たり|につき))")


# An oven's gas mark; the seven of "24/7"; a day as a rate, and the same day said as 24 hours.
_GAS_MARK_RE = re.compile(r"(?i)\bgas\s+mark\s+(\d{1,2})\b")
# ("las 24 horas del día", "24時間体制": round the clock, which translators give for "24/7".)
_ROUND_THE_CLOCK_HOURS_RE = re.compile(r"24[\x20\u00a0\u202f]?(?:horas\s+del\s+día|(?<=las\s24)\s+horas|heures\s+sur|Stunden\s+am\s+Tag"
                                       r"|часа\s+в\s+сутки|時間体制|時間態勢|時間(?:利用|営業|対応|受付|開館|オープン|いつでも))")
# (Unless the days are given otherwise: "las 24 horas del día, de lunes a viernes".)
_END_OF_A_WEEK_RE = re.compile(r"(?i)viernes|freitag|vendredi|пятниц|金曜|friday|sábado|samstag|samedi|суббот|土曜")
_TEEN_RE = re.compile(r"(?i)\bteen")
_PER_MILLE_RE = re.compile(r"(?i)\bper\s+(?:mille|mil|thousand|1,?000)\b|‰")
_OVER_A_THOUSAND_RE = re.compile(r"(?<![\d.,])1,?000(?=分の)")
_BUY_ONE_GET_ONE_RE = re.compile(r"(?i)\bbuy\s+(?:one|1)\b[^.;]{0,20}?\bget\s+(?:one|1|a\s+second|the\s+second)\b")
_SECOND_ONE_RE = re.compile(r"(?<![\d.,])2(?=[^\d\s、。]{0,2}目)")
_DECADE_RANGE_RE = re.compile(r"(?<![\d.,])([1-9]0)[\x20\u00a0]?[-–—〜~][\x20\u00a0]?([1-9]9)(?![\d.,]?\d)")
_CLOCK_LENGTH_RE = re.compile(r"(?<![\d.,:])(\d{1,2}):([0-5]\d)(?::([0-5]\d))?(?![\d:]|[.,]\d)")


def _clock_lengths_said_in_units(source: str, target: str) -> tuple[str, str]:
    for found in _CLOCK_LENGTH_RE.finditer(source):
        hours, minutes, seconds = int(found.group(1)), int(found.group(2)), found.group(3)
        said = rf"(?<![\d.,]){hours}時間(?:{minutes:02d}|{minutes})分" if minutes else rf"(?<![\d.,]){hours}時間(?:00分)?"
        if seconds is not None:
            said += rf"(?:{seconds}|{int(seconds)})秒"
        in_target = re.search(said, target)
        if in_target is not None:
            source, target = _lettered_at(source, found), _lettered_at(target, in_target)
    return source, target


_INTO_PARTS_RE = re.compile(r"(?i)\bin(?:to)?\s+(halves|thirds|quarters|fourths)\b")
_PARTS_OF = {"halves": 2, "thirds": 3, "quarters": 4, "fourths": 4}
_PARTS_WORDS = {2: "zwei|deux|dos|два|две|2|二", 3: "drei|trois|tres|три|3|三", 4: "vier|quatre|cuatro|четыре|4|四"}


@lru_cache(maxsize=None)
def _parts_counted_re(parts: int) -> re.Pattern[str]:
    words = _PARTS_WORDS[parts]
    # (The parts' noun after the count, or the clause's end: not the 2 of "in 2 Portionen backen".)
    parts_after = (r"(?=\s+(?:Teile|Lagen|Stücke|Streifen|Hälften|parts|parties|morceaux|plis|partes|trozos|pedazos"
                   r"|част\w*|сло\w*|кус\w*)\b|\s*[.,;:!]|\s*$)")
    return re.compile(rf"(?i)(?:(?<=\bin\s)|(?<=\ben\s)|(?<=\bна\s))(?:{words})(?![\w]){parts_after}"
                      rf"|(?:{words})(?=等分|つ折り|つに)")


_JANUARY_TO_DECEMBER_RE = re.compile(r"(?<![\d年])1月[～〜~\-–から]{1,2}12月")
_DATE_DAY_RE = re.compile(r"(?<![\d.,])(\d{1,2})月(\d{1,2})日(?:[（(]([月火水木金土日])曜?日?[)）])?")
_DAY_WITH_WEEKDAY_RE = re.compile(r"(?<![\d.,月/])(?:翌)?(\d{1,2})(?=日[（(]([月火水木金土日])曜?日?[)）])")
_WEEKDAYS_JA = "月火水木金土日"


def _days_of_named_weekdays(source: str, target: str) -> str:
    """`target` with a bare day that follows one of its dates within the week lettered, where it is the
    day of a weekday the source names (and falls on it, counted from that date's own weekday) and the
    source writes no such number."""
    dates = [(int(found.group(2)), found.group(3)) for found in _DATE_DAY_RE.finditer(target)]
    if not dates:
        return target
    named = weekdays_named(source, "en")

    def falls_after(day: int, weekday: str, other: int, other_weekday: str | None) -> bool:
        if other_weekday is None:
            return 0 < day - other <= 6
        return day - other == (_WEEKDAYS_JA.index(weekday) - _WEEKDAYS_JA.index(other_weekday)) % 7 > 0

    def lettered(match: re.Match[str]) -> str:
        day, weekday = int(match.group(1)), match.group(2)
        if (_WEEKDAYS_JA.index(weekday) in named
                and any(falls_after(day, weekday, other, other_weekday) for other, other_weekday in dates)
                and re.search(rf"(?<![\d.,:]){day}(?![\d]|[.,:]\d)", source) is None):
            return "x" * len(match.group(1))
        return match.group(1)
    return _DAY_WITH_WEEKDAY_RE.sub(lettered, target)


_BEFORE_NOON_RE = re.compile(r"(?i)\b(?:before|after)\s+noon\b")
_TWELVE_O_CLOCK_RE = re.compile(r"(?<![\d.,:])12(?=[\x20\u00a0\u202f]?(?:Uhr|h\b|時(?!間))|:00(?!\d))")
_SIZE_IN_GO_RE = re.compile(r"(?<![\d.,])(\d{1,2})(?=号[\x20\u00a0]*[（(][\x20\u00a0]*(?:直径|約)?(\d{1,3})[\x20\u00a0]*(?:cm|センチ))")
_DIGITS_COUNTED_RE = re.compile(r"((?:下|末尾|上|先頭|最後の|下位|上位)[\x20\u00a0]?)([1-9])(?=桁[^\d]{0,4}?(\d+|[*＊●xX]+)(?!\d))")
_BATTERY_SIZE_RE = re.compile(r"単([1-5])(?=形|[乾]?電池)")
_BATTERY_SIZES = {"1": "D", "2": "C", "3": "AA", "4": "AAA", "5": "AAAA"}


def _names_battery_size(source: str, digit: str) -> bool:
    # ("AA batteries", "AA-size cells", "two AA 1.5 V batteries".)
    return re.search(rf"(?<![A-Za-z]){_BATTERY_SIZES[digit]}(?![A-Za-z])[\s-]*(?:[\w.]+[\s-]+){{0,2}}?(?:batter|cell|size)",
                     source, re.IGNORECASE) is not None


_ROUND_THE_CLOCK_WORDS_RE = re.compile(r"(?i)\b(?:a?round[\s-]the[\s-]clock|day\s+and\s+night|night\s+and\s+day"
                                       r"|non-?stop|at\s+all\s+hours)\b")
_SEVEN_OF_24_7_RE = re.compile(r"(?<=(?<![\d/.,])24/)7(?![\d/]|[.,]\d)")
_PER_DAY_RE = re.compile(r"(?i)\b(?:per|a|each|every)\s+day\b|\bdaily\b")
_PER_DAY_SAID_RE = re.compile(r"(?i)\b(?:am|pro|je)\s+Tag\b|täglich|\bpar\s+jour\b|quotidien|\b(?:al|por)\s+día\b|diari"
                              r"|\bв\s+(?:день|сутки)\b|ежедневн|1日(?:あたり|当たり|に)|毎日")
_DAY_AS_HOURS_RE = re.compile(r"(?<![\d.,])24(?=[\x20\u00a0\u202f]?(?:Stunden|heures|horas|час(?:а|ов)?|時間|h\b))")


# Numeronyms, words written with the count of their middle letters: internationalisation, localisation.
# (Not a configuration key's part: "i18n.commitEncoding".)
_NUMERONYM_RE = re.compile(r"(?i)(?<![\w.-])(?:i18n|l10n|g11n|a11y|m17n|k8s|c14n|p13n|i14y|e13n)(?!\w|\.\w)")


_NUMERONYM_SHAPED_RE = re.compile(r"(?<![\w-])[^\W\d_]\d{1,2}[^\W\d_]{1,2}(?!\w)")


def _numeronyms_as_words(source: str, target: str) -> tuple[str, str]:
    """The source's numeronyms as letters where the translation keeps them or spells them out; one the
    translation writes with other digits ("k8s" / "k9s") stays, to be compared."""
    for match in _NUMERONYM_RE.finditer(source):
        kept = re.search(rf"(?i)(?<![\w-]){re.escape(match.group())}(?!\w)", target)
        if kept is not None:
            target = _lettered_at(target, kept)
        elif _NUMERONYM_SHAPED_RE.search(target) is not None or re.search(
                rf"(?i)(?<![\w-]){match.group()[0]}{match.group()[-1]}(?![^\W\d_])", target) is not None:
            continue  # (written with other digits, or none: "i18n-Konfiguration" / "in-Konfiguration", "l10n" / "ln")
        source = _lettered_at(source, match)
    return source, target


def _lettered(match: re.Match[str]) -> str:
    return re.sub(r"\d", "x", match.group())


def _lettered_at(text: str, match: re.Match[str]) -> str:
    """`text` with the digits of `match` (found in it) lettered out."""
    return text[:match.start()] + _lettered(match) + text[match.end():]


# A ratio "1:10" (a dilution, a map's scale), which the translation may write "1/10", "1:10", "10分の1"
# or "10倍に希釈" ("10倍に薄める"): the same ratio, no time of day and no two numbers.
# (Not a time: "1:30 p.m.", "um 1:30 Uhr".)
_NOT_A_TIME = r"(?![\x20\u00a0\u202f]?(?:[aApP]\.?[\x20\u00a0]?[mM]\b|Uhr\b|h\b|o['’]clock))"
_RATIO_RE = re.compile(r"(?<![\d:.,])1:(\d{1,3}(?:[,\u00a0\u202f ]\d{3})*|\d+)(?![\d:]|[.,]\d)" + _NOT_A_TIME)
_RATIO_FORMS = (r"(?<![\d/.,])1[\x20\u00a0\u202f]?[/:][\x20\u00a0\u202f]?{n}(?![\d/]|[.,]\d)" + _NOT_A_TIME,
                r"(?<![\d.,]){n}分の1",
                r"(?<![\d.,]){n}倍に?(?:希釈|薄め)")


def _ratios_said_alike(source: str, target: str) -> tuple[str, str]:
    for match in _RATIO_RE.finditer(source):
        digits = re.sub(r"\D", "", match.group(1))
        grouped = r"[,.\u00a0\u202f ]?".join(digits) if len(digits) > 3 else digits
        if len(digits) > 4:  # Japanese counts in 万: "1:25,000" / "2万5000分の1", "2万5千分の1"
            tens_of_thousands, rest = divmod(int(digits), 10000)
            rest_forms = f"(?:{rest}|{rest // 1000}千)" if rest and rest % 1000 == 0 else str(rest or "")
            grouped = f"(?:{grouped}|{tens_of_thousands}万{rest_forms})"
        for form in _RATIO_FORMS:
            found = re.search(form.format(n=grouped), target)
            if found is not None:
                source, target = _lettered_at(source, match), _lettered_at(target, found)
                break
    return source, target


_TO_ONE_RE = re.compile(r"(?<![\d.,:])(\d+(?:[.,]\d+)?):1(?![\d:]|[.,]\d)")
_TO_ONE_SAID_RE = re.compile(r"\d[\x20\u00a0]?[:：対比][\x20\u00a0]?\d|[/対比][\x20\u00a0]?[1１一](?!\d|[.,]\d)|\sк\s1(?!\d)")

# "three times lighter" / "ein Drittel so schwer", "three times less" / "втрое меньше": a multiple of
# less said as the part it leaves, in words (the multiple's words are lettered out; a part in digits,
# "3分の1", keeps the multiple's count to pair with). Not "twice as fast" / "halb so schnell": half
# the time and half the speed read alike.
_MULTIPLE_OF_LESS_RE = re.compile(
    r"(?i)\b(?:(?P<two>twice|two\s+times|2\s+times)|(?P<three>three\s+times|3\s+times)|(?P<four>four\s+times|4\s+times))"
    r"(?=\s+(?:as\s+(?:light|small|cheap|short)\b|(?:lighter|smaller|cheaper|shorter|thinner|less|fewer)\b))")
_PARTS_SAID = {"two": re.compile(r"(?i)\bHälfte|\bmoitié|\bmitad|\bполовин|半分"),
               "three": re.compile(r"(?i)\bDrittel\b|\bun\s+tiers\b|\bun\s+tercio\b|\bтреть\b|三分の一"),
               "four": re.compile(r"(?i)\bViertel\b|\bun\s+quart\b|\bun\s+cuarto\b|\bчетверть\b|四分の一")}


# A short number dialled or quoted in pairs of digits, as French writes them: "call 3230" / "appelez le
# 32 30".
_PAIRED_DIGITS_RE = re.compile(r"(?<![\d.,])\d\d(?:[\x20\u00a0]\d\d)+(?![\d.,]?\d)")
# (Not a date's year or a part of a code: "25/03/2025" / "20 25/03/2025".)
_WHOLE_NUMBER_RE = re.compile(r"(?<![\d.,/:])(?<!\d[\x20\u00a0-])\d{4,8}(?![\d.,/:]?\d|[\x20\u00a0-]\d)")


def _numbers_said_in_pairs(source: str, target: str) -> tuple[str, str]:
    for match in _WHOLE_NUMBER_RE.finditer(source):
        digits = match.group()
        if len(digits) % 2:
            continue
        pairs = r"[\x20\u00a0]".join(digits[index:index + 2] for index in range(0, len(digits), 2))
        found = re.search(rf"(?<![\d.,/:])(?<!\d[\x20\u00a0]){pairs}(?![\d.,/:]?\d|[\x20\u00a0]\d)", target)
        if found is not None:
            source, target = _lettered_at(source, match), _lettered_at(target, found)
    return source, target


def _multiples_said_as_parts(source: str, target: str) -> str:
    return _MULTIPLE_OF_LESS_RE.sub(lambda match: _lettered_words(match) if _PARTS_SAID[match.lastgroup].search(target)
                                    else match.group(), source)


def _lettered_words(match: re.Match[str]) -> str:
    return re.sub(r"[^\s]", "x", match.group())


_A_FEW_RE = re.compile(r"(?i)(?<![\w-])a\s+(couple|few)(?![\w-])")


def _a_few_said_as(vague: str, low: int, high: int) -> bool:
    """ "a couple" said as "1〜2", "2〜3", "2 ou 4"; "a few" as "2〜3", "3〜5"."""
    return low < high <= low + 2 and low in ((1, 2) if vague == "couple" else (2, 3))
# Small counts a range of a few is said with, in digits or words ("2〜3", "二、三", "deux ou trois",
# "zwei bis drei", "dos o tres", "двух-трёх").
_RANGE_VALUES = {**{str(value): value for value in range(1, 7)}, **{chr(0xFF10 + value): value for value in range(1, 7)},
                 **{word: value for value, words in (
                     (1, "一 un une ein eine uno una один одна одного одной"),
                     (2, "二 deux zwei dos два две двух"), (3, "三 trois drei tres три трёх трех"),
                     (4, "四 quatre vier cuatro четыре четырёх четырех"), (5, "五 cinq fünf cinco пять пяти"))
                    for word in words.split()}}
_RANGE_WORD = r"(?:[1-6１-６]|[一二三四五]|" + "|".join(word for word in _RANGE_VALUES if not word.isdigit() and len(word) > 1) + ")"
_SMALL_RANGE_RE = re.compile(
    rf"(?i)(?<![A-Za-zÀ-ÿА-яЁё\d.,]){_RANGE_WORD.replace('(?:', '(', 1)}\s?(?:[〜～~\-–、]|\s(?:ou|à|bis|oder|o|a|или|до|or|to)\s)\s?"
    rf"{_RANGE_WORD.replace('(?:', '(', 1)}(?![\w.,]?\d)")


# "50 W on 2 m and 50 W on 70 cm" / "auf 2 m und 70 cm jeweils 50 W", "4 pairs of skis and 4 pairs of
# boots" / "それぞれ最大4組": a value the source repeats, said once for each.
# (The value said once stands right after the word for each, or right before "ずつ"; the source's
# two mentions are joined by "and", in one clause.)
_EACH_SAID_RE = re.compile(r"(?i)(?:\bjeweils|それぞれ(?:最大|最低|約)?|\bchacun(?:e|s|es)?\s+(?:de|d['’])|\bcada\s+un[oa]\s+(?:de|con))"
                           r"[\s\u00a0]*(?P<each>\d+(?:[.,]\d+)?)|(?P<each_ja>\d+(?:[.,]\d+)?)\D{0,2}ずつ")
_JOINED_BY_AND_RE = re.compile(r"(?:(?!\bor\b)[^.;:!?])*\band\b(?:(?!\bor\b)[^.;:!?])*")
_PLAIN_NUMBER_RE = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)?(?![.,]?\d)")


def _repeats_said_once(source: str, target: str) -> str:
    each = {re.sub(r"\D", "", found.group("each") or found.group("each_ja")) for found in _EACH_SAID_RE.finditer(target)}
    said = Counter(digits for found in _PLAIN_NUMBER_RE.findall(target) if (digits := re.sub(r"\D", "", found)) in each)
    repeated = Counter(re.sub(r"\D", "", found) for found in _PLAIN_NUMBER_RE.findall(source))
    seen: Counter[str] = Counter()
    last_end: dict[str, int] = {}

    def once(match: re.Match[str]) -> str:
        digits = re.sub(r"\D", "", match.group())
        seen[digits] += 1
        previous, last_end[digits] = last_end.get(digits), match.end()
        if (repeated[digits] > 1 and 0 < said[digits] < seen[digits] and previous is not None
                and _JOINED_BY_AND_RE.fullmatch(source, previous, match.start())):
            return _lettered(match)
        return match.group()
    return _PLAIN_NUMBER_RE.sub(once, source)


# "A 25% deposit" / "ein Viertel als Anzahlung", "50% off" / "半額": a share said as the part it is.
_SHARE_RE = re.compile(r"(?<![\d.,])(25|50|75)(?:[.,]0)?[\x20\u00a0\u202f]?%")
_PARTS_OF_SHARES = {
    "25": re.compile(r"(?i)\b(?:ein|einem|eines|einen)\s+Viertel|\bun\s+quart\b|\bun\s+cuarto\b|cuarta\s+parte|четверт"
                     r"|4分の1|1/4|¼"),
    "50": re.compile(r"(?i)Hälfte|\bmoitié|\bmitad|половин|半分|半数|半額"),
    "75": re.compile(r"(?i)drei\s+Viertel|Dreiviertel|trois\s+quarts|tres\s+cuartos|три\s+четверти|4分の3|3/4|¾"),
}


def _shares_said_as_parts(source: str, target: str) -> str:
    def said(match: re.Match[str]) -> str:
        share = match.group(1)
        if re.search(rf"(?<![\d.,]){share}(?![\d]|[.,]\d)", target) is None and _PARTS_OF_SHARES[share].search(target):
            return _lettered(match)
        return match.group()
    return _SHARE_RE.sub(said, source)


# Japanese names a quarter by its months: "7〜9月期" is the third quarter ("第3四半期").
_MONTHS_OF_A_QUARTER_RE = re.compile(r"(?<![\d.,])(1|4|7|10)[〜～~\-–](3|6|9|12)月期")
_QUARTER_OF_MONTHS = {("1", "3"): 1, ("4", "6"): 2, ("7", "9"): 3, ("10", "12"): 4}
_RANKED_QUARTER_RE = re.compile(r"(?i)\b(?:(?P<word>first|second|third|fourth)\s+quarter|Q(?P<digit>[1-4]))\b")
_QUARTER_RANKS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def _quarters_said_by_their_months(source: str, target: str) -> str:
    """`target` with each quarter said by its months ("7〜9月期") that the source names by its rank
    written as the rank ("第3四半期", as long)."""
    ranks = {_QUARTER_RANKS[found.group("word").lower()] if found.group("word") else int(found.group("digit"))
             for found in _RANKED_QUARTER_RE.finditer(source)}

    def ranked(match: re.Match[str]) -> str:
        rank = _QUARTER_OF_MONTHS.get((match.group(1), match.group(2)))
        if rank is None or rank not in ranks:
            return match.group()
        return f"第{rank}四半期".ljust(len(match.group()))
    return _MONTHS_OF_A_QUARTER_RE.sub(ranked, target)


_KINDS_COUNTED_RE = re.compile(r"(?<![\d.,])[2-9](?=(?:種類|通り|年連続))")
_LIST_ITEM = r"(?:\d[\d.,]*|[$€£¥]\d[\d.,]*)(?:[\x20\u00a0-]?(?!(?:and|or)\b)[^\W\d_]+){0,2}"
_LIST_RE = re.compile(rf"{_LIST_ITEM}(?:(?:,[\x20\u00a0]*(?:and[\x20\u00a0]+|or[\x20\u00a0]+)?|[\x20\u00a0]+(?:and|or)[\x20\u00a0]+)"
                      rf"{_LIST_ITEM})+")
_LIST_SEPARATOR_RE = re.compile(r",[\x20\u00a0]*(?:and[\x20\u00a0]+|or[\x20\u00a0]+)?|[\x20\u00a0]+(?:and|or)[\x20\u00a0]+(?=[$€£¥\d])")


def _list_lengths(text: str) -> set[int]:
    """How many items each list of numbers of `text` holds ("24, 48 or 72 hours": 3)."""
    return {len(_LIST_SEPARATOR_RE.split(match.group())) for match in _LIST_RE.finditer(text)}


def without_digit_idioms(source: str, target: str) -> tuple[str, str]:
    """`_without_idioms_in_ascii` for texts in any digits: the idioms of "２４時間３６５日" are those of
    "24時間365日"; where lettering keeps a text's length, its other digits stay as written."""
    plain = _without_idioms_in_ascii(source, target)
    ascii_source, ascii_target = ascii_digits(source), ascii_digits(target)
    if ascii_source is source and ascii_target is target:
        return plain
    lettered = _without_idioms_in_ascii(ascii_source, ascii_target)
    if lettered == (ascii_source, ascii_target):
        return plain
    return (_as_written(source, ascii_source, lettered[0]), _as_written(target, ascii_target, lettered[1]))


def _as_written(original: str, in_ascii: str, lettered: str) -> str:
    if len(lettered) != len(original):
        return lettered
    return "".join(kept if new == ascii else new for kept, ascii, new in zip(original, in_ascii, lettered))


def _without_idioms_in_ascii(source: str, target: str) -> tuple[str, str]:
    """Both texts with the digits of "3rd party", of the one of "6-in-1", of round the clock ("24/7", "24 h/24", "7 j/7",
    "7 jours sur 7", "24時間365日"), of a ratio both write ("1:10" / "au 1/10"), of a day said as 24 hours ("per day" /
    "in 24 Stunden"), of the hundred of "l/100 km" and of a gas mark the translation leaves out, as
    letters (same length): no number, no code. The source's "24/7" stays where the translation writes
    its hours and days in digits ("24 horas al día, 7 días a la semana")."""
    if "1" in source or "8" in source:  # ("Git's i18n setup" / "настройки интернационализации": a word)
        source, target = _numeronyms_as_words(source, target)
    if "月期" in target:
        target = _quarters_said_by_their_months(source, target)
    # "Under-5s", "the over-65s": ages bounded, as in "children under 5" (no code).
    if "der-" in source or "ver-" in source:
        source = _AGE_GROUP_RE.sub(lambda match: f"{match.group(1)} {match.group(2)} ", source)
    if "rd" in source:
        source = _THIRD_PARTY_RE.sub("x", source)
    if "-in-1" in source:  # the one of a combination, "6-in-1", "2-in-1" (a hexavalent vaccine, no count of one)
        source = _IN_ONE_TRANSLATED_RE.sub(r"\1x", source)  # (and "4 in 1" beside it, as the translation's is read)
        target = _IN_ONE_TRANSLATED_RE.sub(r"\1x", target)  # "2 en 1", "2 в 1", "2in1"
    if "rd" in target:
        target = _THIRD_PARTY_RE.sub("x", target)
    if "24" in target or "7" in target:
        target = _ROUND_THE_CLOCK_RE.sub(_lettered, target)
    # (A 24 the translation keeps may be another's: "from 24 December ... 24 hours a day" / "du 24 décembre
    # ... 24 h/24".)
    if "24" in source and len(_TWENTY_FOUR_RE.findall(target)) < len(_TWENTY_FOUR_RE.findall(source)):
        lettered = _ROUND_THE_CLOCK_RE.sub(_lettered, source)
        if lettered != source and "7" in target:
            target = _SEVEN_DAYS_SAID_RE.sub("x", target)
        source = lettered
        if _ALL_DAY_SAID_RE.search(target) is not None:
            source = _ALL_DAY_RE.sub(_lettered, source)
    # "24/7" / "24 horas, todos los días", "年中無休・24時間": the hours kept in digits, the days in words.
    if "24/7" in source and _SEVEN_RE.search(target) is None and (
            _EVERY_DAY_SAID_RE.search(target) is not None
            or _ROUND_THE_CLOCK_HOURS_RE.search(target) is not None and _END_OF_A_WEEK_RE.search(target) is None):
        source = _SEVEN_OF_24_7_RE.sub("x", source)
    # "6 days a week" / "6 jours sur 7", "20 hours a day" / "20 heures sur 24": the week's days, the day's hours.
    if " sur 7" in target or " sur 24" in target:
        for out_of, per_unit in _OUT_OF_A_WHOLE:
            if per_unit.search(source) is not None:
                target = out_of.sub(_lettered, target)
    # "around the clock" / "24時間体制", "las 24 horas del día": round the clock said with its hours.
    if ("24" in target and len(_TWENTY_FOUR_RE.findall(target)) > len(_TWENTY_FOUR_RE.findall(source))
            and _ROUND_THE_CLOCK_WORDS_RE.search(source) is not None):
        target = _ROUND_THE_CLOCK_HOURS_RE.sub(_lettered, target)
    # "each additional room" / "2部屋目以降": the second onwards.
    if "以降" in target and _EACH_ADDITIONAL_RE.search(source) is not None and _RANK_SAID_RE.search(source) is None:
        target = _SECOND_ONWARDS_RE.sub("x", target)
    # "a dozen pairs" / "1ダース（12足）": the dozen said again in digits.
    if "12" in target and "dozen" in source.lower():
        target = _DOZEN_RESTATED_RE.sub(lambda match: match.group(1) + "xx", target)
    # "operators under 18" / "les conducteurs mineurs", "aged 18 and over" / "majeurs": the age of majority
    # said by its word.
    if "18" in source and "18" not in target:
        for age, said in _AGES_OF_MAJORITY:
            if said.search(target) is not None:
                source = age.sub(lambda match: match.group()[:-2] + "xx", source)
    # "shared 50/50" / "je zur Hälfte": a split in halves.
    if "50" in source and "50" not in target and _HALVES_SAID_RE.search(target) is not None:
        source = _FIFTY_FIFTY_RE.sub(_lettered, source)
    # "graded 3 on our 1–5 scale" / "5段階評価で「3」", "по пятибалльной шкале": a scale by its top.
    if "scale" in source and _SCALE_FROM_ONE_RE.search(source) is not None and _ONE_RE.search(target) is None:
        source = _SCALE_FROM_ONE_RE.sub("x", source)
    # "5-day, 7-day and 10-day versions" / "5日間・7日間・10日間の3種類": the count of a list's kinds.
    if "種類" in target or "通り" in target or "年連続" in target:
        lengths = _list_lengths(source)
        target = _KINDS_COUNTED_RE.sub(lambda match: "x" if int(match.group()) in lengths else match.group(), target)
    # "bunk beds" / "2段ベッド", "half board" / "1泊2食付き": Japanese lodging's set phrases.
    if "段ベッド" in target and "bunk" in source.lower():
        target = target.replace("2段ベッド", "x段ベッド").replace("二段ベッド", "x段ベッド")
    if "泊2食" in target and _HALF_BOARD_RE.search(source) is not None:
        target = target.replace("1泊2食", "x泊x食")
    # "AAA batteries" / "単4電池": Japanese numbers battery sizes.
    if "単" in target:
        target = _BATTERY_SIZE_RE.sub(lambda match: _lettered(match) if _names_battery_size(source, match.group(1))
                                      else match.group(), target)
    # "18 cm pots" / "6号（18cm）": Japanese sizes pots and cakes in 号 of 3 cm.
    if "号" in target:
        target = _SIZE_IN_GO_RE.sub(
            lambda match: "x" * len(match.group(1)) if 3 * int(match.group(1)) == int(match.group(2)) else match.group(1),
            target)
    # "before noon" / "bis 12 Uhr", "avant 12 h", "12時まで": the morning's end said by the clock (which
    # dates.py does not read as noon: "before noon" is also "le matin").
    if "noon" in source and _BEFORE_NOON_RE.search(source) is not None:
        target = _TWELVE_O_CLOCK_RE.sub(_lettered, target)
    # "15.5 per mille" / "1,000分の15.5": the thousand a share per mille is said over.
    if "分の" in target and _PER_MILLE_RE.search(source) is not None:
        target = _OVER_A_THOUSAND_RE.sub(lambda match: "x" * len(match.group()) + "分の", target)
    # "Buy one, get one half price" / "2杯目が半額": the second one is the one it gets.
    if "目" in target and _BUY_ONE_GET_ONE_RE.search(source) is not None:
        target = _SECOND_ONE_RE.sub("x", target)
    # "30–39" / "30代": Japanese names an age's decade by its start.
    if "代" in target:
        for found in _DECADE_RANGE_RE.finditer(source):
            if int(found.group(2)) == int(found.group(1)) + 9 and f"{found.group(1)}代" in target:
                source = _lettered_at(source, found)
                target = target.replace(f"{found.group(1)}代", "xx代", 1)
    # "finish times from 3:30 to 5:00" / "3時間30分から5時間まで": a length of time written as a clock's.
    if "時間" in target and ":" in source:
        source, target = _clock_lengths_said_in_units(source, target)
    # "fold in thirds" / "in drei Lagen falten", "en trois", "3等分": the parts counted.
    if "in" in source and (found := _INTO_PARTS_RE.search(source)) is not None:
        target = _parts_counted_re(_PARTS_OF[found.group(1).lower()]).sub(_lettered_words, target)
    # "a couple of minutes" / "2〜3分", "deux ou trois minutes": a vague few said as a small range.
    if ((few := _A_FEW_RE.search(source)) is not None and (found := _SMALL_RANGE_RE.search(target)) is not None
            and not re.search(rf"(?<!\d){found.group(1)}(?!\d)", source)
            and _a_few_said_as(few.group(1).lower(), _RANGE_VALUES[found.group(1).lower()],
                               _RANGE_VALUES[found.group(2).lower()])):
        source = _A_FEW_RE.sub(_lettered_words, source)
        target = _lettered_words(found).join((target[:found.start()], target[found.end():]))
    # "in a calendar year" / "1月～12月の1年間": the year's months said by their ends.
    if "12月" in target and "calendar year" in source.lower():
        target = _JANUARY_TO_DECEMBER_RE.sub(_lettered, target)
    # "from 22:00 on Saturday, October 12 until 06:00 on Sunday" / "10月12日（土）22時から13日（日）6時まで":
    # the date of the weekday the source names.
    if "日（" in target or "日(" in target:
        target = _days_of_named_weekdays(source, target)
    # "card ending in 4821" / "下4桁が4821": how many digits the number that follows shows (when the
    # source does not count them itself: "last two digits of year" / "下2桁 (00..99)").
    if "桁" in target and "digit" not in source.lower():
        target = _DIGITS_COUNTED_RE.sub(
            lambda match: match.group(1) + "x" if len(match.group(3)) == int(match.group(2)) else match.group(), target)
    # "teenagers" / "10代": Japanese names the teens by their tens.
    if "10代" in target and _TEEN_RE.search(source) is not None:
        target = target.replace("10代", "xx代")
    # "per day" / "in 24 Stunden": a day said as its hours (not where the translation says the day
    # itself: "zwei Stunden am Tag ... 24 Stunden vorab").
    if ("24" in target and "24" not in source and _PER_DAY_RE.search(source) is not None
            and _PER_DAY_SAID_RE.search(target) is None):
        target = _DAY_AS_HOURS_RE.sub(_lettered, target)
    # (The translation's other 7s answer for the source's other 7s: "7 days a week, from 7 a.m." /
    # "täglich von 7 bis 22 Uhr".)
    if ((("7 days a week" in source and len(_SEVEN_RE.findall(target)) < len(_SEVEN_RE.findall(source)))
         or ("365 days a year" in source and "365" not in target))
            and _EVERY_DAY_SAID_RE.search(target) is not None):
        source = _EVERY_DAY_RE.sub(_lettered, source)
    # "a 12-month membership" / "abonnement annuel", "Jahresmitgliedschaft", "годовой абонемент".
    if "12" in source and "12" not in target and _TWELVE_MONTHS_RE.search(source) and _YEARLY_SAID_RE.search(target):
        source = _TWELVE_MONTHS_RE.sub(_lettered, source)
    if "1:" in source:
        source, target = _ratios_said_alike(source, target)
    if _PAIRED_DIGITS_RE.search(target) is not None:
        source, target = _numbers_said_in_pairs(source, target)
    if " times " in source or "twice as" in source:
        source = _multiples_said_as_parts(source, target)
    if ("eweils" in target or "それぞれ" in target or "ずつ" in target or "hacun" in target or "ada un" in target) \
            and _EACH_SAID_RE.search(target) is not None:
        source = _repeats_said_once(source, target)
    if "%" in source:
        source = _shares_said_as_parts(source, target)
    # "a glide ratio of 9.5:1" / "滑空比は9.5": the ratio's one said by its name.
    if ":1" in source and _TO_ONE_SAID_RE.search(target) is None:
        source = _TO_ONE_RE.sub(r"\1:x", source)
    # An oven's gas mark, which translations for ovens without gas drop ("200 °C (Gas Mark 6)" / "200 °C").
    if "Gas Mark" in source or "gas mark" in source:
        source = _GAS_MARK_RE.sub(lambda match: match.group() if re.search(rf"(?<!\d){match.group(1)}(?!\d)", target)
                                  else _lettered(match), source)
    if "/100" in source or "/100" in target:
        if "/100" in source and "100" in target:
            target = _PER_100_KM_JA_RE.sub(_lettered, target)
        source, target = _PER_100_KM_RE.sub(_lettered, source), _PER_100_KM_RE.sub(_lettered, target)
    return source, target


def _blank(match: re.Match[str]) -> str:
    return MASK * len(match.group())


def _mask_chunk(match: re.Match[str]) -> str:
    return _masked_chunk(match.group())


# The same chunks ("%1$s", "64-bit", "UTF-8", "(%d)") come back entry after entry: of the 21,720
# chunks that debian-fr.po's number comparisons mask, 5,972 are distinct.
@lru_cache(maxsize=8192)
def _masked_chunk(chunk: str) -> str:
    return NON_QUANTITY_RE.sub(_blank, chunk)


# The comparison masks a text to read its numbers and again to read its words for small numbers.
@lru_cache(maxsize=64)
def mask_non_quantities(text: str) -> str:
    """The text with every non-quantity span replaced by MASK characters of the same length.

    Non-quantities without a digit ("%s", "{name}") are left alone: they cannot be read as numbers.
    """
    if "+ " in text or "- " in text:
        text = _SPACED_SHORTCUT_RE.sub(_blank, text)
    if "<" in text:
        text = _ATTRIBUTES_TAG_RE.sub(_blank, text)
    text = _SPACED_RE.sub(_blank, text)
    masked = _CHUNK_WITH_DIGIT_RE.sub(_mask_chunk, text)
    if "$" in text and MASK + MASK in masked:
        masked = _dollars_kept(text, masked)
    if "pH" in text or "SPF" in text:
        masked = _ph_values_kept(text, masked)
    return masked


# A pH glued to its value is a measure, not a code: "pH5.8以下", "pH7"; so is a sun protection factor,
# "SPF30以上".
_PH_VALUE_RE = re.compile(r"(?<![A-Za-z])(?:pH|SPF)(?P<value>\d{1,2}(?:\.\d{1,2})?)(?![A-Za-z\d]|\.\d)")


def _ph_values_kept(text: str, masked: str) -> str:
    """`masked` with the values glued to "pH" unmasked."""
    for found in _PH_VALUE_RE.finditer(text):
        start, end = found.span("value")
        masked = masked[:start] + text[start:end] + masked[end:]
    return masked


# The shell's positional "$9", which a chunk alone cannot tell from nine dollars: the words before
# it tell ("costs $9", see the grammar's mask), and so does another amount in dollars ("about $9
# instead of $13.50").
_SHELL_POSITIONAL_RE = re.compile(GRAMMARS["sh"].prose.number_masks[0])
_DOLLAR_DIGIT_RE = re.compile(r"(?<![\w$])\$\d(?!\d)")
_DOLLAR_AMOUNT_RE = re.compile(r"(?<![\w$])\$(?:\d\d|\d[.,]\d\d(?!\d))")


def _dollars_kept(text: str, masked: str) -> str:
    """`masked` with the "$9" that are amounts of money unmasked."""
    amounts_beside = _DOLLAR_AMOUNT_RE.search(text) is not None
    for found in _DOLLAR_DIGIT_RE.finditer(text):
        start, end = found.span()
        if masked[start:end] == MASK * (end - start) and (
                amounts_beside or _SHELL_POSITIONAL_RE.match(text, start) is None):
            masked = masked[:start] + text[start:end] + masked[end:]
    return masked
