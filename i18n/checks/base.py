"""The check framework: what a check is, what it looks at, and what it reports.

A check is a small class whose identity lives in class attributes (`code`, `name`, `severity`,
`description`). It looks at one thing and yields `Problem`s -- plain data saying what is wrong --
which the engine (engine.py) turns into located `Finding`s. A pair check sees one source text
and one translated form (`Pair`): `PluralLayout.pairs` pairs a plural entry's forms, and the
engine makes a singular entry's one pair itself (the common case, without a generator).
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Callable, ClassVar, Iterable, Iterator, NamedTuple

from i18n.po.model import Catalog, Entry
from i18n.po.plurals import OFTEN, PROBE

if TYPE_CHECKING:
    from pathlib import Path


class Severity(enum.Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class Edit(NamedTuple):
    """One replacement in a translated form: `old` at [start, end) becomes `new`."""

    start: int
    end: int
    old: str
    new: str


@dataclass(frozen=True)
class Problem:
    """What one check found in one place, before it is located in a file."""

    message: str
    # The text the problem is about (a number, a placeholder, a tag), for machines and sorting.
    subject: str = ""
    suggestion: str | None = None
    # The edits of the translated form that fix the problem without changing its meaning (the
    # check that finds a problem owns its fix); None when fixing it needs judgment.
    fix: tuple[Edit, ...] | None = None


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    msgctxt: str | None
    msgid: str | None
    check: str
    code: str
    severity: Severity
    message: str
    # Index of the plural form the finding is about; None for a singular entry or the whole entry.
    form: int | None = None
    subject: str = ""
    suggestion: str | None = None
    fix: tuple[Edit, ...] | None = None
    # For a catalogue-wide finding of a convention (see ConventionCheck): the per-entry findings
    # it stands for, which `--fix` fixes.
    covers: tuple["Finding", ...] = ()

    @property
    def fixable(self) -> bool:
        return bool(self.fix) or any(item.fixable for item in self.covers)

    @property
    def sort_key(self) -> tuple:
        return (self.path, self.line, self.code, self.form if self.form is not None else -1, self.subject)


class Pair(NamedTuple):
    """One source text and one translated form of an entry, with what a check needs to judge them.

    A named tuple rather than a frozen dataclass: one is made for every form of every entry, and
    a tuple is made five times faster."""

    source: str
    target: str
    # Plural form index; None for a singular entry.
    form: int | None
    # The few values of n this plural form serves (German msgstr[0]: (1,); French: (0, 1)), or None
    # when it serves many. Like msgfmt, such a rare form may drop the count's placeholder.
    few_n: tuple[int, ...] | None
    flags: frozenset[str]
    source_locale: str
    target_locale: str | None
    # For a plural form, the entry's other source text (msgid_plural for form 0, msgid otherwise):
    # like msgfmt, a form may use what either source text has.
    other_source: str | None = None

    @property
    def label(self) -> str:
        return "msgstr" if self.form is None else f"msgstr[{self.form}]"


@dataclass(frozen=True)
class CatalogContext:
    """Per-catalogue facts computed once (locale, plural layout) so that no check calls Babel per entry."""

    path: str
    source_locale: str
    target_locale: str | None
    plurals: "PluralLayout"
    # The source-locale catalogue's own entries are not translations; untranslated is normal there.
    is_source_catalogue: bool = False
    # A factsheet project's catalogue: the renderer formats every message with `%` (see PercentFormat).
    every_message_formatted: bool = False
    # Where target_locale was read when the header's Language field did not give it.
    locale_origin: str | None = None


@dataclass(frozen=True)
class PluralLayout:
    """How a locale's plural forms map to values of n, from the Plural-Forms expression."""

    nplurals: int
    # For each form, the values of n it serves when they are fewer than msgfmt's "often" threshold
    # (5 among 0..1000), or None when the form serves many.
    few_n: tuple[tuple[int, ...] | None, ...]
    # For each form, a count it serves (to pair forms across locales), or None.
    first_n: tuple[int | None, ...]
    # The form each n in 0..len-1 selects.
    form_of_n: tuple[int, ...] = ()

    def form_for(self, n: int) -> int:
        return self.form_of_n[n] if n < len(self.form_of_n) else self.nplurals - 1

    def pairs(self, entry: Entry, source_locale: str, target_locale: str | None,
              sources: tuple[str, ...] | None = None) -> Iterator[Pair]:
        """Each non-empty translated form with the source text it translates.

        Form 0 translates msgid and the others msgid_plural -- except in a language with one form
        (nplurals=1), whose msgstr[0] stands for every n and so translates msgid_plural.
        `sources` overrides the source texts, one per form (used across locales).
        """
        flags = frozenset(entry.flags)
        if entry.msgid_plural is None:
            if entry.msgstr:
                source = sources[0] if sources else entry.msgid
                yield Pair(source, entry.msgstr, None, None, flags, source_locale, target_locale)
            return
        for index, target in enumerate(entry.msgstr_plural):
            if not target:
                continue
            if sources is not None:
                source = sources[min(index, len(sources) - 1)]
            elif index == 0 and self.nplurals != 1:
                source = entry.msgid
            else:
                source = entry.msgid_plural
            other = entry.msgid_plural if source == entry.msgid else entry.msgid
            few_n = self.few_n[index] if index < len(self.few_n) else None
            yield Pair(source, target, index, few_n, flags, source_locale, target_locale, other)


def layout_from_function(nplurals: int, plural_of, probe: int = PROBE) -> PluralLayout:
    """Evaluate a plural function over n = 0..1000 once, as msgfmt does to find the rare forms."""
    served: list[list[int]] = [[] for _ in range(nplurals)]
    forms = []
    for n in range(probe):
        form = plural_of(n)
        forms.append(form)
        if 0 <= form < nplurals and len(served[form]) < OFTEN:
            served[form].append(n)
    few_n = tuple(tuple(values) if len(values) < OFTEN else None for values in served)
    # The representative count of a form: its smallest n above 0 (French msgstr[0] serves 0 and 1
    # but pairs with English "one"), 0 only for a form that serves nothing else.
    first_n = tuple(next((n for n in values if n > 0), values[0]) if values else None for values in served)
    return PluralLayout(nplurals, few_n, first_n, tuple(forms))


GERMANIC_LAYOUT = layout_from_function(2, lambda n: int(n != 1))


class Check:
    """Identity shared by every kind of check."""

    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity]
    description: ClassVar[str]
    # Whether the check attaches fixes (Problem.fix) to some of its findings.
    fixable: ClassVar[bool] = False


class PairCheck(Check):
    """Looks at one source text and one translated form."""

    # Characters of which one must occur in the source or the translation for the check to have
    # anything to say (e.g. "<" for markup); None when any pair may fail. The engine tests each
    # distinct set once per pair, so that most pairs cost a few `in` tests.
    triggers: ClassVar[str | None] = None
    # A cheap test shared by checks that look at the same thing (the number checks all read the
    # pair's numbers): the engine skips those checks for a pair it rejects.
    prefilter: ClassVar["Callable[[Pair], bool] | None"] = None
    # For a check that looks only at the translation: characters of which one must occur in the
    # target for the check to have anything to say (or count), tested instead of `triggers`.
    target_triggers: ClassVar[str | None] = None
    # The same as a pattern to search in the target, where characters cannot say it (any digit).
    target_pattern: ClassVar["re.Pattern[str] | None"] = None
    # Flags of which one must be on an entry for the check to have anything to say there: the
    # engine leaves the check out over a catalogue (or part) where no entry has one.
    flag_triggers: ClassVar[frozenset[str] | None] = None
    # A check of msgfmt's own rules reads an entry's msgid as it is, not the text a symbolic id
    # stands for (see po.symbolic_ids), which the other checks compare the translation with.
    reads_msgid: ClassVar[bool] = False

    @classmethod
    def applies(cls, context: "CatalogContext") -> bool:
        """Whether the check runs on this catalogue at all (e.g. French typography on French)."""
        return True

    def check_pair(self, pair: Pair) -> Iterable[Problem]:
        raise NotImplementedError


class ConventionCheck(PairCheck):
    """A pair check about a typographic convention that a catalogue may deliberately not follow.

    An instance serves one catalogue (or one part of it): `check_pair` counts the places that
    follow the convention and those that deviate. When a catalogue deviates in most places (as
    Debian's French, written for terminals, sets plain spaces before ':' on purpose), a warning on
    every entry is noise: the engine then reports one finding for the catalogue instead.
    """

    # Fewer deviating places than this are always reported entry by entry.
    MIN_PLACES_FOR_CONVENTION: ClassVar[int] = 10

    def __init__(self) -> None:
        self.conforming = 0
        # Deviating places by what deviates (a sign, "after «", "digit groups").
        self.deviating: dict[str, int] = {}

    def count_deviation(self, what: str, places: int = 1) -> None:
        self.deviating[what] = self.deviating.get(what, 0) + places

    @classmethod
    def mostly_followed(cls, conforming: int, deviating: dict[str, int]) -> bool:
        """Whether per-entry findings are kept: few deviations, or at least as many conforming places."""
        total = sum(deviating.values())
        return total < cls.MIN_PLACES_FOR_CONVENTION or conforming >= total

    @classmethod
    def catalogue_problem(cls, conforming: int, deviating: dict[str, int]) -> Problem:
        raise NotImplementedError


class EntryCheck(Check):
    """Looks at one entry as a whole (its state, its number of forms).

    Runs only on entries that are obsolete, fuzzy, plural or not fully translated: a translated
    singular entry has nothing for these checks, and skipping it keeps 100,000 entries fast.
    """

    def check_entry(self, entry: Entry, context: CatalogContext) -> Iterable[Problem]:
        raise NotImplementedError


class CatalogCheck(Check):
    """Looks at a catalogue as a whole (its header); yields (entry or None, problem)."""

    def check_catalog(self, catalog: Catalog, context: CatalogContext) -> Iterable[tuple[Entry | None, Problem]]:
        raise NotImplementedError


class TemplateCheck(Check):
    """Looks at a catalogue against its template (POT)."""

    # Whether the entries yielded belong to the template (located there) or to the catalogue.
    located_in_template: ClassVar[bool] = False

    def check_template(self, catalog: Catalog, template: Catalog,
                       context: CatalogContext) -> Iterable[tuple[Entry, Problem]]:
        raise NotImplementedError


class AcrossLocalesCheck(Check):
    """Looks at one translated form against the source-locale catalogue's text of the same message
    (the pair's source), when that text differs from the msgid; runs only when the project's
    source-locale catalogue is checked with the catalogue."""

    def check_pair(self, pair: Pair) -> Iterable[Problem]:
        raise NotImplementedError


class RenderedCheck(Check):
    """Looks at a project's rendered sheets: each locale's against the source locale's sheet of
    the same name."""

    def check_no_sheets(self, source_dir: "Path") -> Iterable[Problem]:
        """Problems when the source locale has no rendered sheet (under `source_dir`)."""
        return ()

    def check_sheet(self, source_path: "Path", target_path: "Path", source_locale: str,
                    target_locale: str) -> Iterable[tuple[int, Problem]]:
        """(line in the target sheet, problem); `target_path` may not exist."""
        return ()


class SuppressionCheck(Check):
    """A check about the `ignore-<name>` flags themselves, judged once the entry's other checks ran."""

    def check_flag(self, flag: str, silenced: frozenset[str] | None, silences_nothing: bool) -> Iterable[Problem]:
        """Problems with one flag: `silenced` is the check names it silences (None: it names
        nothing); `silences_nothing`, whether it could have silenced a finding here and did not."""
        raise NotImplementedError


_new_object = object.__new__


def problem(message: str, subject: str = "", suggestion: str | None = None,
            fix: tuple[Edit, ...] | None = None) -> Problem:
    """Problem(...) for a check that reports thousands (its fields set as unpickling sets them: a
    frozen dataclass's __init__ costs three times as much)."""
    item = _new_object(Problem)
    item.__dict__.update(message=message, subject=subject, suggestion=suggestion, fix=fix)
    return item


assert [item.name for item in fields(Problem)] == ["message", "subject", "suggestion", "fix"]
# finding() sets a Finding's fields as unpickling does, in field order (the order its __dict__
# keeps, which parallel.py relies on): a frozen dataclass's __init__ costs twice as much.
assert [item.name for item in fields(Finding)] == ["path", "line", "msgctxt", "msgid", "check", "code", "severity",
                                                   "message", "form", "subject", "suggestion", "fix", "covers"]


def finding(check: type[Check] | Check, path: str, entry: Entry | None, problem: Problem,
            form: int | None = None) -> Finding:
    item = _new_object(Finding)
    item.__dict__.update(
        path=path,
        line=entry.line if entry is not None else 0,
        msgctxt=entry.msgctxt if entry is not None else None,
        msgid=entry.msgid if entry is not None else None,
        check=check.name,
        code=check.code,
        severity=check.severity,
        message=problem.message,
        form=form,
        subject=problem.subject,
        suggestion=problem.suggestion,
        fix=problem.fix,
        covers=(),
    )
    return item
