"""Rules of msgfmt that refuse a catalogue although the reader read it (family F8xx).

The newline rule, applied even without -c: a msgid and its translations (and msgid_plural) either
all begin with a newline or none does, and the same at the end.  And msgfmt -c's format-string
check, for the flagged languages whose directives the placeholder checks (P2xx) do not read
(kde, kde-kuit, lisp, scheme, java, sh...).  po.msgfmt_check owns both rules; `compile` refuses
the catalogue by them, `check` reports them here."""

from __future__ import annotations

from typing import Iterable

from i18n.checks.base import Pair, PairCheck, Problem, Severity
from i18n.checks.placeholders import READ_BY_PLACEHOLDER_CHECKS
from i18n.po.flags import declared_formats
from i18n.po.format_directives import GRAMMARS, FormatError
from i18n.po.msgfmt_check import check_format_form, newline_mismatch


class NewlineMismatch(PairCheck):
    code = "F801"
    name = "newline-mismatch"
    severity = Severity.ERROR
    description = ("The source text and the translation do not both begin (or end) with a newline: "
                   "msgfmt and `factsheet compile` refuse the catalogue.")
    # A mismatch needs a newline in one of the two texts.
    triggers = "\n"
    reads_msgid = True

    def check_pair(self, pair: Pair) -> Iterable[Problem]:
        source, target = pair.source, pair.target
        if (pair.other_source is None and (source[:1] == "\n") == (target[:1] == "\n")
                and (source[-1:] == "\n") == (target[-1:] == "\n")):
            return  # the common case, a singular pair whose edges agree, without newline_mismatch's calls
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


# The flags F802 reads: every language msgfmt checks but those the placeholder checks read (P201-P205),
# and python-format for the plural forms P201 leaves alone.
_PYTHON_FLAGS = frozenset({"python-format", "possible-python-format"})
_FLAGS = frozenset(
    f"{lead}{language}-format"
    for language in GRAMMARS.keys() - READ_BY_PLACEHOLDER_CHECKS
    for lead in ("", "possible-")
) | _PYTHON_FLAGS


class FormatRefused(PairCheck):
    code = "F802"
    name = "format-refused"
    severity = Severity.ERROR
    description = ("A translation fails msgfmt -c's format-string check for its entry's format flag (kde-format, "
                   "kde-kuit-format, lisp-format, scheme-format, java-format... every language msgfmt checks but "
                   "those the placeholder checks read, and an unnamed python-format argument left out of a plural "
                   "form for a few n, which msgfmt refuses unlike a C one): msgfmt's own message; msgfmt and "
                   "`factsheet compile` refuse the catalogue.")

    flag_triggers = _FLAGS

    @staticmethod
    def prefilter(pair: Pair) -> bool:
        return not pair.flags.isdisjoint(_FLAGS)

    def applies(self, context) -> bool:  # an instance method: it notes which source each form translates
        self.one_form = context.plurals.nplurals == 1
        return True

    def check_pair(self, pair: Pair) -> Iterable[Problem]:
        # msgfmt checks neither fuzzy entries nor one whose msgid is empty.
        if "fuzzy" in pair.flags:
            return
        if pair.form is None:
            msgid, msgid_plural = pair.source, None
        elif pair.form == 0 and not self.one_form:
            msgid, msgid_plural = pair.source, pair.other_source
        else:
            msgid, msgid_plural = pair.other_source, pair.source
        if msgid == "":
            return
        strict = pair.form is None or pair.few_n is None
        kinds = declared_formats(list(pair.flags))
        for kind in sorted(kinds - READ_BY_PLACEHOLDER_CHECKS):
            problem = check_format_form(kind, msgid, msgid_plural, pair.target, pair.form, strict)
            if problem is not None:
                yield Problem(problem, subject=kind)
                return
        if not strict and "python" in kinds and _drops_an_unnamed_argument(msgid_plural or msgid, pair.target):
            # A form for a few n may leave out a C argument or a named Python one (P201 lets it),
            # but msgfmt counts unnamed Python arguments in every form.
            problem = check_format_form("python", msgid, msgid_plural, pair.target, pair.form, strict)
            if problem is not None:
                yield Problem(problem, subject="python")


def _drops_an_unnamed_argument(source: str, target: str) -> bool:
    grammar = GRAMMARS["python"]
    try:
        return len(grammar.arguments(target, True).unnamed) < len(grammar.arguments(source, False).unnamed)
    except FormatError:
        return False  # an invalid string is the placeholder checks' to report (P205)
