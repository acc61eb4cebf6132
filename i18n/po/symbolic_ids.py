"""Symbolic message ids: catalogues made by Zope, Plone and i18ndude name a message by an id
("description_still_failure_reason2") and give its English text in an extracted comment,
`#. Default: "Your computer may be behind a firewall..."`. The checks that compare a translation
with its source compare it with that text; an id without one has no text to compare with."""

from __future__ import annotations

import re

from i18n.po.escapes import BY_LETTER
from i18n.po.model import Entry

_SYMBOLIC_RE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)+")  # snake_case, one underscore at least
_DEFAULT_PREFIX = 'Default: "'
_ESCAPE_RE = re.compile(r"\\(.)")


def may_be_symbolic(msgid: str) -> bool:
    """The cheap test for the checks' hot loop: an underscore and no space."""
    return "_" in msgid and " " not in msgid


def source_text(entry: Entry) -> str:
    """The text a singular entry's translation says: its msgid, or for a symbolic id its
    `Default:` text, or with none the translation itself (nothing to compare it with) unless that
    is an id too ("max_value_2" / "max_value_3" is a changed identifier)."""
    msgid = entry.msgid
    if not may_be_symbolic(msgid) or not _SYMBOLIC_RE.fullmatch(msgid):
        return msgid
    if any(flag.endswith("-format") and not flag.startswith("no-") for flag in entry.flags):
        return msgid  # msgfmt -c checks its format directives against the msgid itself
    for comment in entry.extracted_comments:
        if comment.startswith(_DEFAULT_PREFIX) and comment.endswith('"') and len(comment) > len(_DEFAULT_PREFIX):
            return _ESCAPE_RE.sub(lambda match: BY_LETTER.get(match.group(1), match.group(0)),
                                  comment[len(_DEFAULT_PREFIX):-1])
    return msgid if _SYMBOLIC_RE.fullmatch(entry.msgstr) else entry.msgstr
