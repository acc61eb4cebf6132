"""Text in a message that is no part of the translation's content: a msgid that asks the
translator for a value instead of a translation, and the notes a translator adds to a msgstr.
Their numbers are not compared."""

from __future__ import annotations

import re

from i18n.numbers.anchors import anchors, lowered_for_anchors, may_match

# gtk's "calendar:week_start:0" (the translation is the locale's first weekday, "1"), and gnupg's
# "22 translator: see certreg-ui.c:..." (the translation is a column width).
_MESSAGE_KEY_RE = re.compile(r"[a-z][a-z_]*(?::[A-Za-z0-9_]+)+\Z")
_TO_TRANSLATORS_RE = re.compile(r"\btranslators?\b\s*(?::|see\b|note\b|please\b)", re.IGNORECASE)
_TO_TRANSLATORS_ANCHORS = anchors(_TO_TRANSLATORS_RE)  # "translator": a substring test spares most texts the scan

# The marks a translator's note opens with, in the languages the check reads.
_NOTE_RE = re.compile(
    r"(?P<open>[(\[]\s*)?(?:\bN\.?\s?d\.?\s?T\b\.?|\bnote du traducteur\b|\btranslator'?s? note\b|\btranslators?:"
    r"|\bAnm\.\s?d\.\s?Ü(?:bers)?\.|\bAnmerkung des Übersetzers\b|\bN\.\s?del\s?T\.|\bnota del traductor\b"
    r"|\bприм(?:\.|ечание)\s?(?:пер(?:ев)?\.?|переводчика)|訳注|訳者注)",
    re.IGNORECASE,
)
# Every mark holds one of these, lowercased: a plain substring test spares most texts the regex.
_NOTE_HINTS = ("ndt", "n.d", "n. d", "transl", "anm", "del t", "traduct", "прим", "訳注", "訳者注")


def asks_for_a_value(msgid: str) -> bool:
    """The msgid is a key or an instruction to the translator: its msgstr is a value, not a
    translation, and shares no numbers with it."""
    return _MESSAGE_KEY_RE.match(msgid) is not None or (
        may_match(_TO_TRANSLATORS_ANCHORS, lowered_for_anchors(msgid)) and _TO_TRANSLATORS_RE.search(msgid) is not None)


def without_translator_notes(text: str) -> str:
    """`text` with each translator's note ("(NdT : ...)", "訳注: ...") blanked out, same length:
    to its closing bracket when it opens with one, else to the end of its line."""
    lowered = text.lower()
    if not any(map(lowered.__contains__, _NOTE_HINTS)) or _NOTE_RE.search(text) is None:
        return text
    pieces, done = [], 0
    for match in _NOTE_RE.finditer(text):
        if match.start() < done:
            continue
        if match.group("open"):
            close = min((index for index in (text.find(")", match.end()), text.find("]", match.end())) if index >= 0),
                        default=len(text) - 1) + 1
        else:
            close = text.find("\n", match.end())
            close = len(text) if close < 0 else close
        pieces.append(text[done:match.start()] + " " * (close - match.start()))
        done = close
    return "".join(pieces) + text[done:]


# A manual-page reference ("fread(3)", "top(1)") the translator adds to a name the source gives
# without one: a pointer for the reader, no number of the text.
_MANUAL_REFERENCE_RE = re.compile(r"([A-Za-z_][\w.-]*)\([1-9][a-z]?\)")
# Its section part alone, which every reference holds: searched first, it spares the texts with
# brackets but no reference ("(%d)", "(default)") a scan that tries every word as a name.
_SECTION_RE = re.compile(r"\([1-9][a-z]?\)")
# printf's "#" flag writes the "0x" itself: "%#llx" and "0x%llx" print the same.
_HEX_PREFIX_RE = re.compile(r"0[xX](?=%[-+ 0-9.]*(?:(?:hh|h|ll|l|j|z|t|L|q)?[xX]|<PRI[xX]\w*>))")


_ENCODED_BREAK_RE = re.compile(r"%%0[AaDd]")


def without_added_pointers(source: str, target: str) -> tuple[str, str]:
    """`source` and `target` with what only restates the other's form blanked out, same length:
    a manual-page reference the translation adds, the "0x" one side writes for the other's
    "%#x", and a line break written "%%0A"."""
    if "(" in target and _SECTION_RE.search(target) is not None:
        target = _MANUAL_REFERENCE_RE.sub(lambda match: _blank_reference(match, source), target)
    # gnupg's pinentry texts break their lines with an escaped "%0A", which no translation must keep.
    if "%0" in source:
        source = _ENCODED_BREAK_RE.sub("    ", source)
    if "%0" in target:
        target = _ENCODED_BREAK_RE.sub("    ", target)
    if "%#" in source and "0x" not in source and "0X" not in source:
        target = _HEX_PREFIX_RE.sub("  ", target)
    elif "%#" in target and "0x" not in target and "0X" not in target:
        source = _HEX_PREFIX_RE.sub("  ", source)
    return source, target


def _blank_reference(match: re.Match, source: str) -> str:
    name, reference = match.group(1), match.group()[len(match.group(1)):]
    # Compared as usual when the source refers to a page too, or states the number at all
    # ("see man 5 apt.conf" / "apt.conf(5)").
    if name + "(" in source or reference in source or re.search(r"(?<![\w.])" + reference[1] + r"(?![\w.])", source):
        return match.group()
    return name + " " * len(reference)
