"""Merging a template into a catalogue, with the results `msgmerge --previous` (GNU gettext 0.21) gives.

The template decides which messages exist and in which order, and their extracted comments,
references and format flags; the catalogue keeps its translations, translator comments, fuzzy
state and our own non-GNU flags (the `ignore-*` silencers, which GNU would drop). A message that
is new in the template takes the translation of the most similar old message, marked fuzzy with
`#|` previous fields; old messages nobody took become obsolete `#~` entries.

Merging is idempotent: merging the same template again changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from i18n.cycles import cycle_collector_paused
from i18n.errors import InputError
from i18n.po.charsets import is_placeholder
from i18n.po.flags import declared_formats, is_gnu_flag, range_of
from i18n.po.language_names import code_for_english_name
from i18n.po import header as po_header
from i18n.po.model import Catalog, Entry
from i18n.po.msgfmt_check import check_format
from i18n.po.plurals import MAX_NPLURALS, PLACEHOLDER, check_plural_forms, rule_use

# The header fields msgmerge rewrites in its order, spelled as their lines start.
_KNOWN_HEADER_FIELDS = tuple(name + ":" for name in po_header.MSGMERGE_ORDER)


@dataclass(frozen=True)
class MergeResult:
    catalog: Catalog
    translated: int
    fuzzy: int
    untranslated: int
    obsolete: int
    # Template messages with no old message at all (msgmerge's "missing").
    new: int
    # Template messages that took a similar old message's translation (msgmerge's "fuzzied").
    fuzzy_matched: int
    # Template messages found as they were (msgmerge's "merged").
    exact: int


def merge_catalog(
    catalog: Catalog,
    template: Catalog,
    *,
    compendia: Sequence[Catalog] = (),
    fuzzy_matching: bool = True,
    for_msgfmt: bool = False,
    progress=None,
) -> MergeResult:
    """msgmerge --previous: `compendia` are further translation memories (--compendium),
    `fuzzy_matching=False` is --no-fuzzy-matching, `for_msgfmt` is --for-msgfmt.
    `progress(done, total)` follows the fuzzy search, the long part of a large merge."""
    with cycle_collector_paused():
        return _merge(catalog, template, compendia, fuzzy_matching, for_msgfmt, progress)


def _merge(catalog: Catalog, template: Catalog, compendia: Sequence[Catalog], fuzzy_matching: bool,
           for_msgfmt: bool, progress) -> MergeResult:
    fuzzy_matching = fuzzy_matching and not for_msgfmt
    old_entries = ([catalog.header] if catalog.header is not None else []) + list(catalog.entries)
    old_entries = _in_template_charset(old_entries, catalog, template)
    exact_index: dict[tuple[str | None, str], int] = {}
    for position, entry in enumerate(old_entries):
        exact_index.setdefault((entry.msgctxt, entry.msgid), position)  # Entry.key
    memory = _Compendia(compendia)
    used = [False] * len(old_entries)

    header = None
    template_header = template.header or Entry(msgid="")
    old_header = _find_exact(old_entries, exact_index.get((None, "")), memory, (None, ""))
    if old_header is not None:
        header = _merge_header(old_header, template_header)
        if catalog.header is not None and old_header is old_entries[0]:
            used[0] = True

    old_plural_rule = _plural_rule(catalog.header, catalog.path)
    old_nplurals = old_plural_rule.nplurals if old_plural_rule else 2
    often = rule_use(old_plural_rule)
    result_nplurals = _nplurals(header, catalog.path)

    exact = fuzzy_matched = new = 0
    found: list[Entry | None] = []
    # Where each found message sits among the old ones (None if not found there).
    exact_positions: list[int | None] = []
    for reference in template.entries:
        if reference.is_header:
            found.append(None)
            exact_positions.append(None)
            continue
        key = (reference.msgctxt, reference.msgid)
        position = exact_index.get(key)
        definition = _find_exact(old_entries, position, memory, key)
        found.append(definition)
        exact_positions.append(position if definition is not None else None)
    searched = [
        (reference.msgctxt, reference.msgid, _neighbours(exact_positions, index))
        for index, (reference, definition) in enumerate(zip(template.entries, found))
        if definition is None and fuzzy_matching
    ]
    # A merge where every message is found as it was builds no fuzzy index at all (nor imports
    # numpy and rapidfuzz). A large search begins in a second process before the found messages
    # are merged here.
    fuzzy_answers = _fuzzy_search()(old_entries, searched, progress) if searched else list
    # The merged entry of each template message, in the template's order (None for none).
    merged_at: list[Entry | None] = [None] * len(found)
    for at, (reference, definition, position) in enumerate(zip(template.entries, found, exact_positions)):
        if definition is None:
            continue
        entry = _merge_entry(definition, reference, False, often, result_nplurals)
        if for_msgfmt and (entry.fuzzy or _first_form(entry) == ""):
            continue
        merged_at[at] = entry
        if position is not None and old_entries[position] is definition:
            used[position] = True
        exact += 1
    fuzzy_positions = iter(fuzzy_answers())
    for at, (reference, definition) in enumerate(zip(template.entries, found)):
        if definition is not None:
            continue
        candidate = position = None
        if fuzzy_matching:
            position = next(fuzzy_positions)
            candidate = old_entries[position] if position is not None else None
            if memory:
                candidate = memory.better_fuzzy(candidate, reference.msgctxt, reference.msgid)
        if candidate is not None:
            merged_at[at] = _merge_entry(candidate, reference, True, often, result_nplurals)
            if position is not None and old_entries[position] is candidate:
                used[position] = True
            fuzzy_matched += 1
        else:
            entry = _untranslated_copy(reference, old_nplurals)
            if not (for_msgfmt and (not any(entry.translations) or entry.fuzzy)):
                merged_at[at] = entry
            new += 1
    merged = [entry for entry in merged_at if entry is not None]

    for position, entry in enumerate(old_entries):
        if not used[position] and not for_msgfmt:
            merged.append(_obsolete_copy(entry))
    # msgmerge does not keep an obsolete message that has no translation to remember.
    merged = [entry for entry in merged if not (entry.obsolete and _first_form(entry) == "")]

    result = Catalog(
        entries=merged,
        header=header,
        charset=_charset_of(header) or catalog.charset,
        newline=catalog.newline,
        bom=catalog.bom,
        path=catalog.path,
    )
    live = result.live_entries()
    fuzzy = translated = 0
    for entry in live:
        if entry.fuzzy:
            fuzzy += 1
        elif entry.translated:
            translated += 1
    return MergeResult(
        catalog=result,
        translated=translated,
        fuzzy=fuzzy,
        untranslated=len(live) - translated - fuzzy,
        obsolete=len(result.entries) - len(live),
        new=new,
        fuzzy_matched=fuzzy_matched,
        exact=exact,
    )


def merge_changes_nothing(old: Catalog, merged: Catalog) -> bool:
    """msgmerge --update's test for leaving the file alone (msgl-equal.c, POT-Creation-Date ignored).

    It compares messages, not bytes: a catalogue whose only difference from the merge is how its
    lines are wrapped, or the template's creation date, is not rewritten.
    """
    before = list(old.entries)
    if old.header is not None:
        before.insert(old.header_position, old.header)
    after = ([merged.header] if merged.header is not None else []) + list(merged.entries)
    return len(before) == len(after) and all(map(_same_message, before, after))


def _same_message(first: Entry, second: Entry) -> bool:
    if first.is_header and second.is_header:
        if _without_pot_creation_date(first.msgstr) != _without_pot_creation_date(second.msgstr):
            return False
    elif first.translations != second.translations:
        return False
    return (
        first.msgctxt == second.msgctxt
        and first.msgid == second.msgid
        and first.msgid_plural == second.msgid_plural
        and first.translator_comments == second.translator_comments
        and first.extracted_comments == second.extracted_comments
        and first.references == second.references
        and first.fuzzy == second.fuzzy
        and _compared_flags(first.flags) == _compared_flags(second.flags)
        and first.previous_msgctxt == second.previous_msgctxt
        and first.previous_msgid == second.previous_msgid
        and first.previous_msgid_plural == second.previous_msgid_plural
        and first.obsolete == second.obsolete
    )


def _compared_flags(flags: list[str]) -> set[str]:
    # GNU compares the format flags and the range; wrap and syntax-check flags do not count.
    return {flag for flag in flags if flag.endswith("-format") or flag.startswith("range:")} | {
        flag for flag in flags if not is_gnu_flag(flag) and flag != "fuzzy"
    }


def _without_pot_creation_date(header: str) -> str:
    # msgstr_equal_ignoring_potcdate: the first line starting with the field is left out.
    return po_header.without_field(header, po_header.POT_CREATION_DATE, first_only=True)


def _fuzzy_search():
    from i18n.po.fuzzy_search import search_started

    return search_started


def _find_exact(old_entries, position: int | None, memory, key) -> Entry | None:
    """message_list_list_search: the catalogue's message (at `position` among the old ones, if
    there), unless only a compendium translates it."""
    current = old_entries[position] if position is not None else None
    if current is not None and _search_weight(current) == 2:
        return current
    return memory.exact(key, current) if memory else current


def _search_weight(entry: Entry) -> int:
    # GNU's test is "msgstr is one empty string": a plural entry with empty forms counts as translated.
    return 1 if entry.msgid_plural is None and entry.msgstr == "" else 2


class _Compendia:
    """The --compendium catalogues, one list of messages in file order."""

    def __init__(self, compendia: Sequence[Catalog]):
        self.entries: list[Entry] = []
        self.index: dict[tuple[str | None, str], list[Entry]] = {}
        for compendium in compendia:
            listed = list(compendium.entries)
            if compendium.header is not None:
                listed.insert(compendium.header_position, compendium.header)
            first_in_file: dict[tuple[str | None, str], Entry] = {}
            for entry in listed:
                first_in_file.setdefault(entry.key, entry)
            for key, entry in first_in_file.items():
                self.index.setdefault(key, []).append(entry)
            self.entries.extend(listed)
        self._fuzzy = None

    def __bool__(self) -> bool:
        return bool(self.entries)

    def exact(self, key, current: Entry | None) -> Entry | None:
        best, best_weight = current, 1 if current is not None else 0
        for entry in self.index.get(key, ()):
            weight = _search_weight(entry)
            if weight > best_weight:
                best, best_weight = entry, weight
        return best

    def better_fuzzy(self, current: Entry | None, msgctxt: str | None, msgid: str) -> Entry | None:
        """definitions_search_fuzzy: a compendium message replaces the catalogue's only when better."""
        from i18n.po.fuzzy_search import FUZZY_THRESHOLD, CompendiumIndex, goal_weight

        if self._fuzzy is None:
            self._fuzzy = CompendiumIndex(self.entries)
        bound = goal_weight(current, msgctxt, msgid) if current is not None else FUZZY_THRESHOLD
        found = self._fuzzy.find(msgctxt, msgid, bound)
        if current is None or (found is not None and goal_weight(found, msgctxt, msgid) > bound):
            return found
        return current


def _neighbours(exact_positions: list[int | None], index: int, reach: int = 6) -> list[int]:
    """Old positions around where the template's message `index` sits among exactly found ones:
    a reworded message is usually there (a first guess for the fuzzy search, never its answer)."""
    before = next((p for p in reversed(exact_positions[max(0, index - reach) : index]) if p is not None), None)
    after = next((p for p in exact_positions[index + 1 : index + 1 + reach] if p is not None), None)
    guesses = []
    if before is not None:
        guesses.extend(range(before + 1, before + 1 + reach))
    if after is not None:
        guesses.extend(range(max(0, after - reach), after))
    return guesses


# --- Entries -------------------------------------------------------------------------------------


def _first_form(entry: Entry) -> str:
    translations = entry.translations
    return translations[0] if translations else ""


def _merge_entry(old: Entry, reference: Entry, force_fuzzy: bool, often, result_nplurals: int) -> Entry:
    old_fuzzy = "fuzzy" in old.flags
    fuzzy = old_fuzzy or force_fuzzy
    # Same msgid but a different msgid_plural (or none) needs the translator's eyes.
    if not fuzzy and reference.msgid_plural != old.msgid_plural:
        fuzzy = True
    translations = list(old.msgstr_plural) if old.msgid_plural is not None else [old.msgstr]
    flags = _flag_plan(tuple(old.flags), tuple(reference.flags))
    for kind in flags.new_formats:
        # A message that becomes a format string must still pass `msgfmt -c`, or it turns fuzzy.
        if not fuzzy and check_format(kind, reference.msgid, reference.msgid_plural, translations,
                                      often.for_flags(reference.flags)) is not None:
            fuzzy = True
    if flags.range_lost:
        fuzzy = True

    if reference.msgid_plural is not None:
        if old.msgid_plural is None:
            # A message that gained a plural: each form starts as the old singular translation.
            translations = translations * result_nplurals
            fuzzy = True
        msgstr, msgstr_plural = "", translations
    else:
        if old.msgid_plural is not None and len(translations) > 1:
            fuzzy = True
        msgstr, msgstr_plural = (translations[0] if translations else ""), []
    if not _keeps_previous(fuzzy, translations):
        previous = (None, None, None)
    elif old_fuzzy:
        previous = (old.previous_msgctxt, old.previous_msgid, old.previous_msgid_plural)
    else:
        previous = (old.msgctxt, old.msgid, old.msgid_plural)
    # Positional, in the order of Entry's fields: one merged entry per message of the template.
    return Entry(reference.msgid, msgstr, reference.msgid_plural, msgstr_plural, reference.msgctxt,
                 list(old.translator_comments), list(reference.extracted_comments), list(reference.references),
                 (["fuzzy"] if fuzzy else []) + flags.gnu_flags + flags.own_flags, *previous, reference.obsolete)


@dataclass(frozen=True)
class _FlagPlan:
    """What a merge takes from the old and the template's flags, worked out once per pair of flag lists."""

    # Format languages the template declares and the old message did not (its translation is checked).
    new_formats: tuple[str, ...]
    # The old message had a range the template's does not stay within.
    range_lost: bool
    # The template's GNU flags (but fuzzy), and the old message's own non-GNU ones.
    gnu_flags: list[str]
    own_flags: list[str]


_FLAG_PLANS: dict[tuple[tuple[str, ...], tuple[str, ...]], _FlagPlan] = {}


def _flag_plan(old_flags: tuple[str, ...], reference_flags: tuple[str, ...]) -> _FlagPlan:
    plan = _FLAG_PLANS.get((old_flags, reference_flags))
    if plan is not None:
        return plan
    old_kinds = declared_formats(old_flags, include_possible=True)
    old_range = range_of(old_flags)
    new_range = range_of(reference_flags)
    plan = _FlagPlan(
        new_formats=tuple(kind for kind in declared_formats(reference_flags, include_possible=True)
                          if kind not in old_kinds),
        range_lost=old_range is not None and not (
            new_range is not None and new_range[0] >= old_range[0] and new_range[1] <= old_range[1]),
        gnu_flags=[flag for flag in reference_flags if flag != "fuzzy" and is_gnu_flag(flag)],
        own_flags=[flag for flag in old_flags if flag != "fuzzy" and not is_gnu_flag(flag)],
    )
    if len(_FLAG_PLANS) < 4096:  # a catalogue uses a few combinations; a hostile one cannot grow this
        _FLAG_PLANS[(old_flags, reference_flags)] = plan
    return plan


def _untranslated_copy(reference: Entry, nplurals: int) -> Entry:
    copy = Entry(
        msgid=reference.msgid,
        msgstr=reference.msgstr,
        msgid_plural=reference.msgid_plural,
        msgstr_plural=list(reference.msgstr_plural),
        msgctxt=reference.msgctxt,
        translator_comments=list(reference.translator_comments),
        extracted_comments=list(reference.extracted_comments),
        references=list(reference.references),
        flags=list(reference.flags),
        previous_msgctxt=reference.previous_msgctxt,
        previous_msgid=reference.previous_msgid,
        previous_msgid_plural=reference.previous_msgid_plural,
        obsolete=False,  # message_copy: a new message is live, even from an obsolete template entry
    )
    if copy.msgid_plural is not None and not any(copy.msgstr_plural):
        copy.msgstr_plural = [""] * nplurals
    if not _keeps_previous(copy.fuzzy, copy.translations):
        copy.previous_msgctxt = copy.previous_msgid = copy.previous_msgid_plural = None
    return copy


def _keeps_previous(fuzzy: bool, translations: list[str]) -> bool:
    """msgmerge keeps the #| lines only on a fuzzy translation."""
    return fuzzy and bool(translations) and translations[0] != ""


def _obsolete_copy(old: Entry) -> Entry:
    return Entry(
        msgid=old.msgid,
        msgstr=old.msgstr,
        msgid_plural=old.msgid_plural,
        msgstr_plural=list(old.msgstr_plural),
        msgctxt=old.msgctxt,
        translator_comments=list(old.translator_comments),
        flags=list(old.flags),
        previous_msgctxt=old.previous_msgctxt,
        previous_msgid=old.previous_msgid,
        previous_msgid_plural=old.previous_msgid_plural,
        obsolete=True,
    )


# --- Header ----------------------------------------------------------------------------------------


def _merge_header(old: Entry, reference: Entry) -> Entry:
    """The catalogue's header with the template's Report-Msgid-Bugs-To and POT-Creation-Date."""
    known: dict[int, str] = {}
    unknown = ""
    text = old.msgstr
    for line in po_header.lines(text):
        for index, name in enumerate(_KNOWN_HEADER_FIELDS):
            if line[: len(name)].lower() == name.lower():
                known[index] = line[len(name) :]
                break
        else:
            unknown += line if line.endswith("\n") else line + "\n"
    language_index = po_header.MSGMERGE_ORDER.index(po_header.LANGUAGE)
    team_index = po_header.MSGMERGE_ORDER.index(po_header.LANGUAGE_TEAM)
    if language_index not in known and team_index in known:
        code = _language_from_team(known[team_index])
        known[language_index] = f" {code}\n" if code else " \n"
    known = {index: value if value.endswith("\n") else value + "\n" for index, value in known.items()}
    for name in ("Report-Msgid-Bugs-To", po_header.POT_CREATION_DATE):
        value = po_header.found_text(reference.msgstr, name)
        if value is not None:
            known[po_header.MSGMERGE_ORDER.index(name)] = value if value.endswith("\n") else value + "\n"
    msgstr = "".join(_KNOWN_HEADER_FIELDS[index] + known[index] for index in sorted(known)) + unknown
    gnu_flags = [flag for flag in reference.flags if flag != "fuzzy" and is_gnu_flag(flag)]
    own_flags = [flag for flag in old.flags if flag != "fuzzy" and not is_gnu_flag(flag)]
    return Entry(
        msgid="",
        msgstr=msgstr,
        translator_comments=list(old.translator_comments),
        extracted_comments=list(reference.extracted_comments),
        references=list(reference.references),
        flags=(["fuzzy"] if old.fuzzy else []) + gnu_flags + own_flags,
    )


def _language_from_team(value: str) -> str | None:
    """msgmerge 0.21's reading of a Language-Team value: its English name, e-mail or URL dropped.

    GNU keeps the line's newline in the value and trims only blanks, so a team named without an
    address ("German\\n") never matches a name; "German <de@li.org>\\n" does.
    """
    team = value.strip(" \t")
    start = max(team.rfind(" "), team.rfind("\t")) + 1
    last_word = team[start:]
    if last_word and (last_word.startswith("<") or last_word.endswith(">") or "@" in team or "/" in team):
        team = team[:start].rstrip(" \t")
    return code_for_english_name(team)


def _plural_rule(header: Entry | None, path: str | None = None):
    """The header's plural rule; None for none, the POT placeholder or a value without "nplurals="
    or "plural=" (msgmerge then assumes 2 forms); InputError when check and compile would refuse
    it (plurals.check_plural_forms is the one rule) or it asks for more forms than GNU calls sensible."""
    if header is None:
        return None
    found = po_header.found_text(header.msgstr, po_header.PLURAL_FORMS)
    value = found.removesuffix("\n") if found is not None else None
    if value is None or PLACEHOLDER.split(";")[0] in value:
        return None
    checked = check_plural_forms(value.strip())
    if checked.incomplete:
        return None
    if checked.problem is None and checked.nplurals > MAX_NPLURALS:
        checked = replace(checked, problem=f"nplurals = {checked.nplurals} is out of range (at most {MAX_NPLURALS})")
    if checked.problem is not None:
        raise InputError(f"invalid Plural-Forms: {checked.problem}", path=path, line=header.line or None)
    return checked.rule


def _nplurals(header: Entry | None, path: str | None = None) -> int:
    rule = _plural_rule(header, path)
    return rule.nplurals if rule else 2


def _charset_of(header: Entry | None) -> str | None:
    if header is None:
        return None
    match = re.search(r"charset=([^\s;]+)", header.msgstr)
    return match.group(1) if match else None


def _in_template_charset(old_entries: list[Entry], catalog: Catalog, template: Catalog) -> list[Entry]:
    """msgmerge converts the catalogue to UTF-8 when the template is UTF-8: only the header says so here."""
    template_charset = _charset_of(template.header)
    old_charset = _charset_of(catalog.header)
    if (
        template_charset is None
        or template_charset.upper() != "UTF-8"
        or old_charset is None
        or old_charset == "UTF-8"
        or is_placeholder(old_charset)
    ):
        # Any other spelling of UTF-8 ("utf-8") is rewritten to GNU's canonical name below.
        return old_entries
    header = old_entries[0]
    converted = Entry(**{name: getattr(header, name) for name in Entry.__slots__})
    converted.msgstr = header.msgstr.replace(f"charset={old_charset}", "charset=UTF-8", 1)
    return [converted, *old_entries[1:]]


# --- Fuzzy search ----------------------------------------------------------------------------------


def similarity(first: bytes, second: bytes, lower_bound: float = 0.0) -> float:
    """gnulib's fstrcmp: (len1 + len2 - insertions - deletions) / (len1 + len2), on bytes.

    Returns 0.0 when the result is below `lower_bound` (fstrcmp_bounded gives up early there too).
    """
    if not first and not second:
        return 1.0
    common = _bounded_lcs(_byte_masks(first), len(first), second, lower_bound)
    return 0.0 if common is None else 2 * common / (len(first) + len(second))


def _byte_masks(text: bytes) -> dict[int, int]:
    masks: dict[int, int] = {}
    for index, byte in enumerate(text):
        masks[byte] = masks.get(byte, 0) | (1 << index)
    return masks


def _bounded_lcs(masks: dict[int, int], length: int, other: bytes, lower_bound: float) -> int | None:
    """LCS of the masked text and `other`, or None once fstrcmp cannot reach `lower_bound`."""
    total = length + len(other)
    if total == 0 or 2 * min(length, len(other)) / total < lower_bound:
        return None
    full = (1 << length) - 1
    row = full
    remaining = len(other)
    for byte in other:
        matches = row & masks.get(byte, 0)
        row = ((row + matches) | (row - matches)) & full
        remaining -= 1
        if remaining & 15 == 0 and 2 * (length - row.bit_count() + remaining) / total < lower_bound:
            return None
    common = length - row.bit_count()
    return common if 2 * common / total >= lower_bound else None
