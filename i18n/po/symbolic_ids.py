"""Symbolic message ids: catalogues made by Zope, Plone and i18ndude name a message by an id
("description_still_failure_reason2") and give its English text in an extracted comment,
`#. Default: "Your computer may be behind a firewall..."`. The checks that compare a translation
with its source compare it with that text; an id without one has no text to compare with."""

from __future__ import annotations

import re

from i18n.po.escapes import BY_LETTER
from i18n.po.model import Entry

_SYMBOLIC_RE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)+")  # snake_case, one underscore at least
# Plone's ids are also written with hyphens ("front-text"), like some words ("e-mail", "utf-8"): such
# an id stands for its `Default:` text only where it has one.
_HYPHENATED_RE = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)+")
_DEFAULT_PREFIX = 'Default: "'
_ESCAPE_RE = re.compile(r"\\(.)")


def may_be_symbolic(msgid: str) -> bool:
    """The cheap test for the checks' hot loop: an underscore or a hyphen, and no space."""
    return ("_" in msgid or "-" in msgid) and " " not in msgid


def source_text(entry: Entry) -> str:
    """The text a singular entry's translation says: its msgid, or for a symbolic id its
    `Default:` text, or with none the translation itself (nothing to compare it with) unless that
    is an id too ("max_value_2" / "max_value_3" is a changed identifier)."""
    msgid = entry.msgid
    if not may_be_symbolic(msgid):
        return msgid
    hyphenated = _SYMBOLIC_RE.fullmatch(msgid) is None
    if hyphenated and _HYPHENATED_RE.fullmatch(msgid) is None:
        return msgid
    if any(flag.endswith("-format") and not flag.startswith("no-") for flag in entry.flags):
        return msgid  # msgfmt -c checks its format directives against the msgid itself
    comments = entry.extracted_comments
    for index, comment in enumerate(comments):
        if comment.startswith(_DEFAULT_PREFIX) and comment.endswith('"') and len(comment) > len(_DEFAULT_PREFIX):
            return _unescaped("\n".join(piece for piece in (comment[len(_DEFAULT_PREFIX):-1],
                                                           *_continued(comments[index + 1:])) if piece))
    if hyphenated:
        return msgid
    return msgid if _SYMBOLIC_RE.fullmatch(entry.msgstr) else entry.msgstr


def _continued(comments) -> list[str]:
    """The lines of a long `Default:` text, each a quoted comment of its own after it
    (`#. Default: ""`, `#. "  <h2>Find out more</h2>"`, ...)."""
    lines = []
    for comment in comments:
        if len(comment) < 2 or comment[0] != '"' or comment[-1] != '"':
            break
        lines.append(comment[1:-1])
    return lines


def _unescaped(text: str) -> str:
    return _ESCAPE_RE.sub(lambda match: BY_LETTER.get(match.group(1), match.group(0)), text)
