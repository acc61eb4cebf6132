"""The bilingual review page: every message of one catalogue beside its source, as one HTML string.

Pure: it is given a catalogue and the findings of the checks, and returns data (`ReviewPage`) and
the HTML built from it. Reading files, running the checks and writing the page belong to the CLI.
The page's markup, style and script are package data under `i18n/review/assets/`; the page loads nothing
from anywhere (its Content-Security-Policy allows only its own inline style and script, by hash).
"""

from __future__ import annotations

import base64
import difflib
import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources

from i18n.locales import english_name, language_tag, text_direction
from i18n.po.model import Catalog, Entry

STATES = ("translated", "fuzzy", "untranslated")
SEVERITIES = ("error", "warning", "info")
# Spaces a French (or other) translation must keep unbroken; shown marked so a reviewer sees them.
NO_BREAK_SPACES = {"\u00a0": "no-break space (U+00A0)", "\u202f": "narrow no-break space (U+202F)"}


@dataclass(frozen=True)
class Piece:
    """A run of a message's text: plain text, a number, or a no-break space.

    `pair` is the 1-based index shared by a source number and the target number of equal value;
    a number without a partner on the other side has `pair` None and `unpaired` True.
    """

    text: str
    kind: str = "text"  # "text" | "number" | "space"
    pair: int | None = None
    unpaired: bool = False
    note: str = ""

    @property
    def title(self) -> str:
        """What the highlight means, for the tooltip."""
        parts = []
        if self.pair is not None:
            parts.append(f"number {self.pair}: the same value on both sides")
        elif self.unpaired:
            parts.append("no number of this value on the other side")
        if self.note:
            parts.append(self.note)
        return "; ".join(parts)


@dataclass(frozen=True)
class Form:
    """One text of a message as it is shown: its label (msgid, msgstr[1], ...) and its pieces."""

    label: str
    pieces: tuple[Piece, ...]

    @property
    def text(self) -> str:
        return "".join(piece.text for piece in self.pieces)

    @property
    def empty(self) -> bool:
        return not self.pieces


@dataclass(frozen=True)
class ReviewFinding:
    location: str  # "path:line"
    severity: str
    code: str
    check: str
    message: str
    form: int | None = None
    suggestion: str | None = None


@dataclass(frozen=True)
class Change:
    """A run of words of a source-text diff: the same on both sides, removed, or added."""

    kind: str  # "same" | "removed" | "added"
    text: str


@dataclass(frozen=True)
class SourceChange:
    """How one source text of a fuzzy entry changed since it was translated (`#| msgid` -> msgid)."""

    label: str  # "msgid" | "msgid_plural"
    before: str
    after: str
    changes: tuple[Change, ...]


_WORD = re.compile(r"\s+|\w+|[^\w\s]")


def word_diff(before: str, after: str) -> tuple[Change, ...]:
    """The words (and spaces and signs) of `after` against `before`: runs kept, removed and added."""
    old, new = _WORD.findall(before), _WORD.findall(after)
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    changes: list[Change] = []

    def add(kind: str, words: list[str]) -> None:
        if not words:
            return
        if changes and changes[-1].kind == kind:
            changes[-1] = Change(kind, changes[-1].text + "".join(words))
        else:
            changes.append(Change(kind, "".join(words)))

    for tag, old_start, old_end, new_start, new_end in matcher.get_opcodes():
        if tag == "equal":
            add("same", old[old_start:old_end])
        else:
            add("removed", old[old_start:old_end])
            add("added", new[new_start:new_end])
    return tuple(changes)


def source_changes(entry: Entry) -> tuple[SourceChange, ...]:
    """For a fuzzy entry, what changed in its msgid and msgid_plural since the `#|` lines were written."""
    if not entry.fuzzy:
        return ()
    found = []
    for label, before, after in (("msgid", entry.previous_msgid, entry.msgid),
                                 ("msgid_plural", entry.previous_msgid_plural, entry.msgid_plural)):
        if before is not None and after is not None:
            found.append(SourceChange(label, before, after, word_diff(before, after)))
    return tuple(found)


@dataclass(frozen=True)
class ReviewMessage:
    number: int
    msgctxt: str | None
    line: int
    state: str
    source: tuple[Form, ...]
    target: tuple[Form, ...]
    findings: tuple[ReviewFinding, ...]
    notes: tuple[str, ...]
    references: tuple[str, ...]
    unpaired_numbers: int
    # A fuzzy entry's source text before it changed (`#| msgid`): what the translation was made from.
    previous_source: str | None = None
    # ... and the word-level diff of each `#|` source text against the current one.
    source_changes: tuple[SourceChange, ...] = ()

    @property
    def needs_attention(self) -> bool:
        return self.state != "translated" or bool(self.findings) or self.unpaired_numbers > 0


@dataclass(frozen=True)
class Language:
    """How a locale's text is marked up: `lang` (BCP 47) and `dir`, and its name in English."""

    locale: str
    tag: str
    direction: str
    english_name: str


def language(locale: str) -> Language:
    from babel import Locale, UnknownLocaleError

    try:
        parsed = Locale.parse(locale)
    except (UnknownLocaleError, ValueError):
        return Language(locale, locale.replace("_", "-"), "ltr", locale)
    return Language(locale, language_tag(parsed), text_direction(parsed), english_name(parsed) or locale)


@dataclass(frozen=True)
class ReviewPage:
    title: str
    catalogue: str  # the catalogue's path as shown
    source: Language
    target: Language
    messages: tuple[ReviewMessage, ...]
    # Findings about the file, its header or entries not shown (obsolete ones).
    other_findings: tuple[ReviewFinding, ...]

    @property
    def state_counts(self) -> dict[str, int]:
        counts = Counter(message.state for message in self.messages)
        return {state: counts.get(state, 0) for state in STATES}

    @property
    def severity_counts(self) -> dict[str, int]:
        counts = Counter(finding.severity for finding in self.all_findings)
        known = {severity: counts.pop(severity, 0) for severity in SEVERITIES}
        return {**known, **dict(sorted(counts.items()))}

    @property
    def all_findings(self) -> list[ReviewFinding]:
        return [f for message in self.messages for f in message.findings] + list(self.other_findings)

    @property
    def attention_count(self) -> int:
        return sum(message.needs_attention for message in self.messages)


def entry_state(entry: Entry) -> str:
    """The message's state as msgfmt --statistics counts it (see i18n.po.stats)."""
    from i18n.po.stats import msgfmt_state

    return msgfmt_state(entry)


def build_review(catalog: Catalog, findings, *, source_locale: str, target_locale: str,
                 catalogue_label: str, location=None, source_catalog: Catalog | None = None) -> ReviewPage:
    """The review data of `catalog`: each live entry with its findings; the rest kept aside.

    `findings` are the checks' findings for this catalogue (and its template); each one is attached
    to the message with its (msgctxt, msgid). `location(finding) -> str` formats where it is
    (default `path:line`). With `source_catalog` (the source locale's own catalogue), a message
    whose source text an editor reworded there is shown, and its numbers paired, as reworded --
    that is the text the source-language sheet shows and the translation must match.
    """
    edited = _edited_sources(source_catalog) if source_catalog is not None else {}
    location = location or (lambda f: f"{f.path}:{f.line}")
    by_key: dict[tuple[str | None, str], list] = {}
    live = [entry for entry in catalog.entries if not entry.obsolete and not entry.is_header]
    live_keys = {entry.key for entry in live}
    other = []
    for found in sorted(findings, key=_finding_order):
        key = (found.msgctxt, found.msgid)
        if found.msgid is not None and key in live_keys:
            by_key.setdefault(key, []).append(_review_finding(found, location))
        else:
            other.append(_review_finding(found, location))
    messages = []
    for number, entry in enumerate(live, start=1):
        source, target, unpaired = paired_forms(entry, source_locale, target_locale, edited.get(entry.key))
        messages.append(ReviewMessage(
            number=number,
            msgctxt=entry.msgctxt,
            line=entry.line,
            state=entry_state(entry),
            source=source,
            target=target,
            findings=tuple(by_key.get(entry.key, ())),
            notes=tuple(entry.extracted_comments),
            references=tuple(entry.references),
            unpaired_numbers=unpaired,
            previous_source=entry.previous_msgid if entry.fuzzy else None,
            source_changes=source_changes(entry),
        ))
    source, target = language(source_locale), language(target_locale)
    return ReviewPage(
        title=f"Review of the {target.english_name} translation ({target_locale})",
        catalogue=catalogue_label,
        source=source,
        target=target,
        messages=tuple(messages),
        other_findings=tuple(other),
    )


def _edited_sources(source_catalog: Catalog) -> dict:
    """(msgctxt, msgid) -> the source catalogue's text, for singular entries an editor reworded."""
    return {
        entry.key: entry.msgstr
        for entry in source_catalog.entries
        if not entry.obsolete and not entry.is_plural and entry.translated and entry.msgstr != entry.msgid
    }


def _finding_order(found) -> tuple:
    name = _severity_name(found.severity)
    rank = SEVERITIES.index(name) if name in SEVERITIES else len(SEVERITIES)
    return (rank, found.path, found.line, found.code)


def _severity_name(severity) -> str:
    return getattr(severity, "value", severity)


def _review_finding(found, location) -> ReviewFinding:
    return ReviewFinding(
        location=location(found),
        severity=_severity_name(found.severity),
        code=found.code,
        check=found.check,
        message=found.message,
        form=getattr(found, "form", None),
        suggestion=_visible(getattr(found, "suggestion", None)),
    )


def _visible(suggestion: str | None) -> str | None:
    from i18n.checks.report import visible  # the one way findings show invisible characters

    return visible(suggestion) if suggestion else suggestion


# --- numbers -----------------------------------------------------------------------------------


def paired_forms(entry: Entry, source_locale: str, target_locale: str,
                 edited_source: str | None = None) -> tuple[tuple[Form, ...], tuple[Form, ...], int]:
    """Source and target texts of `entry` cut into pieces, numbers of equal value paired.

    Each translated form is paired with the source text it translates (msgstr[0] with msgid, the
    others with msgid_plural; a language with one form translates msgid_plural); a number is paired
    when a number of the same value stands in the corresponding text on the other side, one for
    one. Equal values share one index across the whole message. Numbers of a source text that no
    form translates yet are left unmarked (there is nothing to pair them with). `edited_source` is
    the source catalogue's rewording of a singular msgid. Returns also how many numbers are unpaired.
    """
    from i18n.numbers import read_numbers

    if entry.is_plural:
        source_texts = [("msgid", entry.msgid), ("msgid_plural", entry.msgid_plural)]
        target_texts = [(f"msgstr[{index}]", text) for index, text in enumerate(entry.msgstr_plural)]
        single_form = len(entry.msgstr_plural) == 1
        source_of = [1 if (index > 0 or single_form) else 0 for index in range(len(target_texts))]
    elif edited_source is not None:
        # The msgid stays visible below the reworded text but pairs with nothing.
        source_texts = [(f"{source_locale} catalogue", edited_source), ("msgid", entry.msgid)]
        target_texts = [("msgstr", entry.msgstr)]
        source_of = [0]
    else:
        source_texts = [("msgid", entry.msgid)]
        target_texts = [("msgstr", entry.msgstr)]
        source_of = [0]

    source_numbers = [list(read_numbers(text, source_locale)) for _, text in source_texts]
    target_numbers = [list(read_numbers(text, target_locale)) if text else [] for _, text in target_texts]
    source_paired: list[set[int]] = [set() for _ in source_texts]
    target_paired: list[set[int]] = [set() for _ in target_texts]
    for target_index, numbers in enumerate(target_numbers):
        source_index = source_of[target_index]
        taken: set[int] = set()
        for position, number in enumerate(numbers):
            for candidate_position, candidate in enumerate(source_numbers[source_index]):
                if candidate_position not in taken and candidate.value == number.value:
                    taken.add(candidate_position)
                    target_paired[target_index].add(position)
                    source_paired[source_index].add(candidate_position)
                    break
    pair_index: dict = {}
    for all_numbers, paired in ((source_numbers, source_paired), (target_numbers, target_paired)):
        for numbers, positions in zip(all_numbers, paired):
            for position in sorted(positions):
                pair_index.setdefault(numbers[position].value, len(pair_index) + 1)
    translated_sources = {source_of[index] for index, (_, text) in enumerate(target_texts) if text}
    foreign, source_flagged, target_flagged = _judged_spans(
        source_texts, target_texts, source_of, source_locale, target_locale
    )

    source_forms = tuple(
        Form(label, tuple(_pieces(text, numbers, positions, pair_index, judged=index in translated_sources,
                                  flagged=source_flagged.get(index, set()))))
        for index, ((label, text), numbers, positions) in enumerate(zip(source_texts, source_numbers, source_paired))
    )
    target_forms = tuple(
        Form(label, tuple(_pieces(text, numbers, positions, pair_index, foreign=foreign.get(index, {}),
                                  flagged=target_flagged.get(index, set()))))
        for index, ((label, text), numbers, positions) in enumerate(zip(target_texts, target_numbers, target_paired))
    )
    unpaired = sum(piece.unpaired for form in source_forms + target_forms for piece in form.pieces)
    return source_forms, target_forms, unpaired


def _judged_spans(source_texts, target_texts, source_of, source_locale, target_locale):
    """What the number checks judge, so that the page marks exactly what `factsheet check` reports.

    Returns, per target text, (start, end) -> why for numbers written another locale's way
    ("262,000" in French), and the (start, end) spans of the source and target numbers that the
    comparison reports as missing, added or changed. A number left unpaired but not reported
    (an article, "a third" against "le tiers") is shown plainly, not as a problem.
    """
    from i18n.numbers import compare_numbers

    foreign: dict[int, dict] = {}
    source_flagged: dict[int, set] = {}
    target_flagged: dict[int, set] = {}
    for index, (_, target) in enumerate(target_texts):
        if not target:
            continue
        source_index = source_of[index]
        comparison = compare_numbers(source_texts[source_index][1], target, source_locale, target_locale)
        foreign[index] = {
            (problem.number.start, problem.number.end): problem.message for problem in comparison.foreign_style
        }
        source_side = [*comparison.missing, *(pair[0] for pair in comparison.changed)]
        target_side = [*comparison.added, *(pair[1] for pair in comparison.changed),
                       *(problem.number for problem in comparison.foreign_style)]
        source_flagged.setdefault(source_index, set()).update((n.start, n.end) for n in source_side)
        target_flagged.setdefault(index, set()).update((n.start, n.end) for n in target_side)
    return foreign, source_flagged, target_flagged


def _pieces(text: str, numbers, paired_positions, pair_index, *, judged: bool = True, foreign=None, flagged=frozenset()):
    cursor = 0
    for position, number in enumerate(numbers):
        if number.start > cursor:
            yield from _text_pieces(text[cursor:number.start])
        paired = position in paired_positions
        note = (foreign or {}).get((number.start, number.end), "")
        yield Piece(text[number.start:number.end], "number",
                    pair=pair_index.get(number.value) if paired else None,
                    unpaired=judged and not paired and (number.start, number.end) in flagged, note=note)
        cursor = number.end
    if cursor < len(text):
        yield from _text_pieces(text[cursor:])


def _text_pieces(text: str):
    start = 0
    for index, char in enumerate(text):
        if char in NO_BREAK_SPACES:
            if index > start:
                yield Piece(text[start:index])
            yield Piece(char, "space", note=NO_BREAK_SPACES[char])
            start = index + 1
    if start < len(text):
        yield Piece(text[start:])


# --- HTML --------------------------------------------------------------------------------------


@cache
def _asset(name: str) -> str:
    return resources.files("i18n.review").joinpath("assets", name).read_text(encoding="utf-8")


@cache
def _environment():
    import jinja2

    return jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined,
                              trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)


def csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def render_review_page(page: ReviewPage) -> str:
    """The page as one self-contained HTML document (catalogue text is always escaped)."""
    style, script = _asset("review.css"), _asset("review.js")
    template = _environment().from_string(_asset("review.html.j2"))
    return template.render(
        page=page,
        style=style,
        script=script,
        style_hash=csp_hash(style),
        script_hash=csp_hash(script),
        states=STATES,
    )
