"""Rules of msgfmt that refuse a catalogue although the reader read it (family F8xx).

The newline rule, applied even without -c: a msgid and its translations (and msgid_plural) either
all begin with a newline or none does, and the same at the end.  po.msgfmt_check owns the rule;
`compile` refuses the catalogue by it, `check` reports it here."""

from __future__ import annotations

from typing import Iterable

from i18n.checks.base import Pair, PairCheck, Problem, Severity
from i18n.po.msgfmt_check import newline_mismatch


class NewlineMismatch(PairCheck):
    code = "F801"
    name = "newline-mismatch"
    severity = Severity.ERROR
    description = ("The source text and the translation do not both begin (or end) with a newline: "
                   "msgfmt and `factsheet compile` refuse the catalogue.")
    # A mismatch needs a newline in one of the two texts.
    triggers = "\n"

    def check_pair(self, pair: Pair) -> Iterable[Problem]:
        # A form of a plural entry is compared with msgid, as msgfmt does.  msgid and msgid_plural
        # are compared on form 0, or on form 1 when only msgid_plural holds a newline (then form 0,
        # which pairs msgid with msgstr[0], usually has none to trigger this check).
        msgid = pair.source if pair.other_source is None or pair.form == 0 else pair.other_source
        if pair.other_source is not None and (pair.form == 0 or (pair.form == 1 and "\n" not in msgid)):
            edge = newline_mismatch(pair.source, pair.other_source)
            if edge is not None:
                yield Problem(f"'msgid' and 'msgid_plural' entries do not both {edge} with '\\n'", subject=edge)
                return
        edge = newline_mismatch(msgid, pair.target)
        if edge is not None:
            yield Problem(f"'msgid' and '{pair.label}' entries do not both {edge} with '\\n'", subject=edge)
