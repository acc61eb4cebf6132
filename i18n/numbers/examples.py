"""Examples a translator may localise: "(e.g., 12/31/99)" / "(z. B. 18.11.2005)", "e.g. 1-3,7,11"
/ "z.B. 5-11,19,85". An example runs from its marker to the closing parenthesis or the end of the
line. When the translation's example shares few numbers with the source's, it is the translator's
own illustration, not a changed fact; an example kept with one number changed is a slip."""

from __future__ import annotations

import re

_RUN_RE = re.compile(r"\d+")

# Markers of an example, per language: the abbreviations and the words ("for example", "Beispiel:").
_MARKERS = {
    "en": r"\be\.\s?g\.|\beg(?=[\s,:])|\bfor (?:example|instance)\b|\bexamples?:",
    "de": r"\bz\.\s?B\.|\bzum Beispiel\b|\bbeispielsweise\b|\bbspw\.|\bBeispiele?:",
    "fr": r"\bp\.\s?ex\.|\bpar exemple\b|\bexemples?\s?:",
    "es": r"\bp\.\s?ej\.|\bej\.|\bpor ejemplo\b|\bejemplos?:",
    "ru": r"\bнапр\.|\bнапример\b|\bпримеры?:",
    "ja": r"例えば|例[:：]|[(（]例",
}
_COMPILED = {language: re.compile(pattern, re.IGNORECASE) for language, pattern in _MARKERS.items()}


def example_spans(text: str, language: str) -> tuple[tuple[int, int], ...]:
    """Where the examples of `text` are, as (start, end) offsets; none for an unknown language."""
    pattern = _COMPILED.get(language)
    if pattern is None:
        return ()
    return tuple(_span_from(text, match.end(), match.start()) for match in pattern.finditer(text))


# Markers of the input a program reads, whose numbers a translation copies as they are: "(syntax:
# -18.2412 or -18:9:48.21)", "valid values are 12.0154".
_INPUT_MARKERS_RE = re.compile(r"(?i)\bsyntax\b|\b(?:valid|accepted|allowed)\s+values?\b|\binput\s+format\b")


def input_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where an English text shows the input a program reads, as (start, end) offsets: from its
    marker to the closing parenthesis or the end of the line."""
    if "yntax" not in text and "alue" not in text and "nput" not in text:
        return ()
    return tuple(_span_from(text, match.end(), match.start()) for match in _INPUT_MARKERS_RE.finditer(text))


def _span_from(text: str, end: int, start: int) -> tuple[int, int]:
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    closing = text.find(")", end, line_end)
    closing = text.find("）", end, line_end) if closing < 0 else closing
    return start, line_end if closing < 0 else closing


def span_at(start: int, spans: tuple[tuple[int, int], ...]) -> tuple[int, int] | None:
    return next((span for span in spans if span[0] <= start < span[1]), None)


# A country calling code, the one number of an example: "(e.g. +1 for the US)" / "(p. ex. +33 pour la France)".
_CALLING_CODE_RE = re.compile(r"(?<![\w+])\+[1-9]\d{0,2}(?![\d\w])")
# A time zone's offset from UTC, likewise the translator's own: "(e.g., -0400)" / "(z. B. +0100)".
_UTC_OFFSET_RE = re.compile(r"(?<![\w+-])[+-](?:0\d|1[0-4]):?[0-5]\d(?::?[0-5]\d)?(?![\d\w])")


def localised(source: str, source_span: tuple[int, int], target: str, target_span: tuple[int, int]) -> bool:
    """The translation's example is another one, not the source's with a slip: each has at least
    two numbers and fewer than half of the translation's are the source's ("12/31/99" /
    "18.11.2005", "11:11:04 PM" / "03:11:30"; not "31.12.1999" / "31.12.1989"), or each is a
    country's calling code or a time zone's UTC offset, the translator's own ("+1" / "+33",
    "-0400" / "+0100")."""
    source_example, target_example = source[source_span[0]:source_span[1]], target[target_span[0]:target_span[1]]
    if _one_utc_offset(source_example) and _one_utc_offset(target_example):
        return True
    source_runs = {run.lstrip("0") for run in _RUN_RE.findall(source_example)}
    target_runs = {run.lstrip("0") for run in _RUN_RE.findall(target_example)}
    if len(source_runs) == 1 and len(target_runs) == 1:
        return (len(_CALLING_CODE_RE.findall(source_example)) == 1
                and len(_CALLING_CODE_RE.findall(target_example)) == 1)
    return len(source_runs) >= 2 and len(target_runs) >= 2 and 2 * len(source_runs & target_runs) < len(target_runs)


def _one_utc_offset(example: str) -> bool:
    """The example's only number is one UTC offset ("-0400", "+01:00:00")."""
    offsets = _UTC_OFFSET_RE.findall(example)
    return len(offsets) == 1 and len(_RUN_RE.findall(example)) == len(_RUN_RE.findall(offsets[0]))
