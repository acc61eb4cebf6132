"""Rendered sheets across locales: each locale's HTML sheet carries the source locale's numbers,
region by region, and within a region block by block (paragraph, item, cell, caption, chart
label) when both locales have the same blocks. The regions are the `<section>`, `<aside>` (key
facts, notes) and `<figure>` (charts) elements, and the rest of the page outside them (title,
introduction, footer), so every number a reader can see is compared; a page without any of those
elements is cut into the stretches between headings.

Sections pair by `id` when both have one, else by position. Text is taken outside tags, so an SVG
coordinate or a CSS length is not a number of the sheet; a chart's visible labels are.

Imported only when rendered sheets are checked (checks/sheets.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Iterable

from i18n.checks.base import Problem

_SECTION = re.compile(r"<(section|aside|figure)\b([^>]*)>(.*?)</\1\s*>", re.IGNORECASE | re.DOTALL)
_BODY = re.compile(r"<body\b[^>]*>(.*)</body\s*>", re.IGNORECASE | re.DOTALL)
_ATTRIBUTE = r"""\b{}\s*=\s*["']([^"']+)["']"""
_HEADING = re.compile(r"<h[1-6]\b[^>]*>", re.IGNORECASE)
_INVISIBLE = re.compile(r"<(script|style|head|title)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^<>]*>")
_SPACES = re.compile(r"[ \t\r\n]+")


_BLOCK = re.compile(
    r"<(p|li|dt|dd|td|th|caption|figcaption|blockquote|h[1-6]|desc|text)\b[^>]*>(.*?)</\1\s*>",
    re.IGNORECASE | re.DOTALL,
)


@dataclass(frozen=True)
class Block:
    line: int
    text: str


@dataclass(frozen=True)
class Section:
    key: str
    line: int
    text: str
    # The section's paragraphs, list items, cells, captions and chart labels, in order: compared
    # one by one when both locales have as many, so a changed figure is found where it stands.
    blocks: tuple[Block, ...] = ()


def _blocks(document: str, start: int, end: int) -> tuple[Block, ...]:
    found = []
    for match in _BLOCK.finditer(document, start, end):
        text = visible_text(match.group(2))
        if text:
            found.append(Block(document.count("\n", 0, match.start()) + 1, text))
    return tuple(found)


def visible_text(fragment: str) -> str:
    import html  # only rendered sheets need it: a check of PO files does not import it

    fragment = _INVISIBLE.sub(" ", fragment)
    return _SPACES.sub(" ", html.unescape(_TAG.sub(" ", fragment))).strip()


def _region_key(tag: str, attributes: str, counts: dict[str, int]) -> str:
    for name in ("id", "aria-labelledby", "class"):
        found = re.search(_ATTRIBUTE.format(name), attributes, re.IGNORECASE)
        if found:
            return found.group(1) if tag.lower() == "section" and name == "id" else f"{tag.lower()}.{found.group(1)}"
    counts[tag] = counts.get(tag, 0) + 1
    return f"{tag.lower()}-{counts[tag]}"


def sheet_sections(document: str) -> tuple[Section, ...]:
    """The sheet's regions in order: `<section>`, `<aside>` and `<figure>` elements and the page
    outside them; else heading-led stretches, else the body."""
    sections = []
    matches = list(_SECTION.finditer(document))
    if matches:
        counts: dict[str, int] = {}
        for match in matches:
            key = _region_key(match.group(1), match.group(2), counts)
            sections.append(Section(key, document.count("\n", 0, match.start()) + 1, visible_text(match.group(3)),
                                    _blocks(document, match.start(3), match.end(3))))
        # The rest of the page, with the regions blanked out (newlines kept, so lines still hold).
        rest = _SECTION.sub(lambda match: "\n" * match.group().count("\n"), document)
        body = _BODY.search(rest)
        start, end = (body.start(1), body.end(1)) if body else (0, len(rest))
        text = visible_text(rest[start:end])
        if text:
            sections.append(Section("page", rest.count("\n", 0, start) + 1, text, _blocks(rest, start, end)))
        return tuple(sections)
    starts = [match.start() for match in _HEADING.finditer(document)] or [0]
    bounds = starts + [len(document)]
    for index, (start, end) in enumerate(zip(bounds, bounds[1:])):
        sections.append(Section(f"#{index + 1}", document.count("\n", 0, start) + 1, visible_text(document[start:end]),
                                _blocks(document, start, end)))
    return tuple(sections)


def compare_sheets(source_document: str, target_document: str, source_locale: str,
                   target_locale: str) -> Iterable[tuple[int, Problem]]:
    """(line in the target sheet, problem) for each number a target section lost, added or changed."""
    from i18n.checks.number_checks import value_findings
    from i18n.numbers import compare_numbers

    source_sections = sheet_sections(source_document)
    target_sections = sheet_sections(target_document)
    by_key = {section.key: section for section in source_sections}
    keyed = all(not section.key.startswith("#") for section in target_sections)
    for index, target in enumerate(target_sections):
        source = by_key.get(target.key) if keyed else (
            source_sections[index] if index < len(source_sections) else None)
        if source is None:
            yield target.line, Problem(f"section {target.key} has no counterpart in the {source_locale} sheet",
                                       subject=target.key)
            continue
        if source.blocks and len(source.blocks) == len(target.blocks):
            pieces = [(s.text, t.text, t.line) for s, t in zip(source.blocks, target.blocks)]
        else:
            pieces = [(source.text, target.text, target.line)]
        where = f"section {target.key}"
        for source_text, target_text, line in pieces:
            comparison = compare_numbers(source_text, target_text, source_locale=source_locale,
                                         target_locale=target_locale)
            # A comparator a sheet's sentence drops is its catalogue's finding, where the translator
            # works: a sheet's section is many sentences, and their words of bounding seldom stand
            # where this comparison looks for them.
            if any(bound.target_direction == "none" for bound in comparison.bounds):
                comparison = replace(comparison, bounds=tuple(
                    bound for bound in comparison.bounds if bound.target_direction != "none"))
            for _, message, subject in value_findings(comparison, f"the {source_locale} sheet", "this sheet"):
                yield line, Problem(f"{where}: {message}", subject=subject)
    if len(target_sections) < len(source_sections) and not keyed:
        yield 1, Problem(f"{len(source_sections) - len(target_sections)} section(s) of the {source_locale} "
                         "sheet are missing")
