"""Applying the fixes that findings carry to a catalogue file, changing nothing else in it.

A check owns how its problem is fixed (Problem.fix: edits of one translated form). Here the edits
of a file's findings are put together: a finding whose edits overlap an earlier one's, or whose
text no longer matches, is left alone. Each changed `msgstr` (or `msgstr[n]`) is written again as
msgcat writes it, and every other byte of the file is kept; the result is read back and must
hold exactly the entries expected, or nothing is changed.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, fields, replace

from i18n.checks.base import Edit, Finding
from i18n.errors import InputError
from i18n.po.charsets import writing_codec
from i18n.po.model import Catalog, Entry


@dataclass(frozen=True)
class FilePatch:
    """What fixing one file gives: its bytes before and after, and the findings fixed."""

    path: str
    before: bytes
    after: bytes
    fixed: tuple[Finding, ...]

    @property
    def changed(self) -> bool:
        return self.before != self.after


def apply_edits(text: str, edits: list[Edit]) -> str:
    """`text` with non-overlapping edits made (in any order given)."""
    for edit in sorted(edits, key=lambda item: item.start, reverse=True):
        text = text[:edit.start] + edit.new + text[edit.end:]
    return text


def _overlaps(edit: Edit, taken: list[Edit]) -> bool:
    # Two insertions at one place, or an insertion inside a replaced span, overlap too; the very
    # same edit (one space that two rules want no-break) does not.
    return edit not in taken and any(edit.start < other.end and other.start < edit.end or edit.start == other.start
               or (edit.start == edit.end and other.start < edit.start < other.end)
               or (other.start == other.end and edit.start < other.start < edit.end) for other in taken)


def _chosen_edits(entry: Entry, findings: list[Finding]) -> tuple[dict[int | None, list[Edit]], list[Finding]]:
    """The edits of each form of `entry` and the findings they fix, first come first served."""
    by_form: dict[int | None, list[Edit]] = {}
    fixed = []
    for item in findings:
        form = item.form
        if form is None and entry.msgid_plural is not None:
            continue
        texts = entry.msgstr_plural if entry.msgid_plural is not None else [entry.msgstr]
        index = form or 0
        if index >= len(texts):
            continue
        text = texts[index]
        taken = by_form.setdefault(form, [])
        if any(text[edit.start:edit.end] != edit.old or _overlaps(edit, taken) for edit in item.fix):
            continue
        taken.extend(edit for edit in item.fix if edit not in taken)
        fixed.append(item)
    return by_form, fixed


def fix_file(path: str, findings: list[Finding] | tuple[Finding, ...]) -> FilePatch:
    """The file at `path` with the fixable findings about it fixed (nothing is written here)."""
    from i18n.po.parse import parse_po

    try:
        with open(path, "rb") as handle:
            before = handle.read()
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}", path=path) from None
    # A catalogue-wide finding is fixed through the per-entry findings it stands for.
    expanded = [covered for item in findings for covered in (item.covers or (item,))]
    fixable = [item for item in expanded if item.fix and item.path == path and item.line > 0]
    if not fixable:
        return FilePatch(path, before, before, ())
    catalog = parse_po(before, path)
    codec = writing_codec(catalog.charset)
    by_line = {entry.line: entry for entry in catalog.entries if not entry.obsolete}
    findings_by_line: dict[int, list[Finding]] = {}
    for item in fixable:
        findings_by_line.setdefault(item.line, []).append(item)
    replacements: dict[int, tuple[Entry, dict[int | None, str]]] = {}
    fixed_by_line: dict[int, list[Finding]] = {}
    for line, items in sorted(findings_by_line.items()):
        entry = by_line.get(line)
        if entry is None or "fuzzy" in entry.flags:
            continue
        by_form, entry_fixed = _chosen_edits(entry, items)
        new_texts = {}
        for form, edits in by_form.items():
            if edits:
                old = entry.msgstr_plural[form] if form is not None else entry.msgstr
                new_texts[form] = _writable(apply_edits(old, edits), codec)
        if new_texts and None not in new_texts.values():
            replacements[line] = (entry, new_texts)
            fixed_by_line[line] = entry_fixed
    for line in _refused_by_msgfmt(catalog, replacements):
        del replacements[line]
    fixed = [item for line in replacements for item in fixed_by_line[line]]
    if not replacements:
        return FilePatch(path, before, before, ())
    after = _spliced(before, catalog, replacements, path)
    _verify(after, catalog, replacements, path)
    return FilePatch(path, before, after, tuple(fixed))


def _fixed_entry(entry: Entry, new_texts: dict[int | None, str]) -> Entry:
    if entry.msgid_plural is None:
        return replace(entry, msgstr=new_texts[None])
    return replace(entry, msgstr_plural=[new_texts.get(index, text) for index, text in enumerate(entry.msgstr_plural)])


def _refused_by_msgfmt(catalog: Catalog, replacements) -> list[int]:
    """Lines of the entries whose fixed text msgfmt -c would judge worse than the original (a fix
    that touched a format directive no check knew of): those are left as they are."""
    from i18n.po.msgfmt_check import validate_for_compile

    def problems(entries: list[Entry]) -> dict[int, set[str]]:
        found: dict[int, set[str]] = {}
        for problem in validate_for_compile(Catalog(entries=entries, header=catalog.header)):
            found.setdefault(problem.line, set()).add(problem.message)
        return found

    before = problems([entry for entry, _texts in replacements.values()])
    after = problems([_fixed_entry(entry, texts) for entry, texts in replacements.values()])
    return [line for line, messages in after.items() if line in replacements and not messages <= before.get(line, set())]


def _spliced(data: bytes, catalog: Catalog, replacements: dict[int, tuple[Entry, dict[int | None, str]]],
             path: str) -> bytes:
    """`data` with the lines of each replaced msgstr field written again, every other line kept."""
    from i18n.po.write import format_field

    codec = writing_codec(catalog.charset)
    bom = codecs.BOM_UTF8 if data.startswith(codecs.BOM_UTF8) else b""
    body = data[len(bom):]
    lines = body.split(b"\n")  # the last item is what follows the last newline (usually b"")
    newline = catalog.newline.encode("ascii")
    for line_number in sorted(replacements, reverse=True):
        entry, new_texts = replacements[line_number]
        for form in sorted(new_texts, key=lambda value: -1 if value is None else value, reverse=True):
            keyword = b"msgstr" if form is None else f"msgstr[{form}]".encode("ascii")
            start = line_number - 1
            while start < len(lines) and not _starts_field(lines[start], keyword):
                start += 1
            end = start + 1
            while end < len(lines) and lines[end].lstrip(b" \t").startswith(b'"'):
                end += 1
            if start >= len(lines) or any(line.rstrip(b"\r").endswith(b"\\") for line in lines[start:end]):
                raise InputError("cannot rewrite this entry's translation in place", path=path, line=line_number)
            name = "msgstr" if form is None else f"msgstr[{form}]"
            written = format_field(name, new_texts[form], entry.flags, catalog.charset)
            ending = newline[:-1]  # the CR of a CRLF file, kept on every line
            lines[start:end] = [item.encode(codec) + ending for item in written]
    return bom + b"\n".join(lines)


def _writable(text: str, codec: str) -> str | None:
    """The text, with a narrow no-break space made a full one where the charset has only that
    (ISO-8859-1 has U+00A0, not U+202F); None when the charset cannot hold it at all."""
    for candidate in (text, text.replace("\u202f", "\u00a0")):
        try:
            candidate.encode(codec)
            return candidate
        except UnicodeEncodeError:
            continue
    return None


def _starts_field(line: bytes, keyword: bytes) -> bool:
    rest = line[len(keyword):] if line.startswith(keyword) else None
    return rest is not None and rest[:1] in (b" ", b"\t", b'"')


_COMPARED = tuple(item.name for item in fields(Entry) if item.name != "line")


def _verify(after: bytes, catalog: Catalog, replacements, path: str) -> None:
    """Read the fixed bytes back: every entry as before but the fixed translations, or an error."""
    from i18n.po.parse import parse_po

    fixed = parse_po(after, path)
    expected = {line: new_texts for line, (_entry, new_texts) in replacements.items()}
    old_entries = ([catalog.header] if catalog.header else []) + catalog.entries
    new_entries = ([fixed.header] if fixed.header else []) + fixed.entries
    if len(old_entries) != len(new_entries):
        raise InputError("the fixed file does not read back as the same entries; not fixed", path=path)
    for old, new in zip(old_entries, new_entries):
        for name in _COMPARED:
            want = getattr(old, name)
            if name == "msgstr" and None in expected.get(old.line, {}):
                want = expected[old.line][None]
            elif name == "msgstr_plural" and old.line in expected:
                want = [expected[old.line].get(index, text) for index, text in enumerate(want)]
            if getattr(new, name) != want:
                raise InputError(f"the fixed file does not read back as expected ({name}); not fixed",
                                 path=path, line=old.line)


def unified_diff(patch: FilePatch) -> str:
    """The patch as `diff -u` shows it (text decoded as UTF-8, other bytes escaped)."""
    import difflib

    before = patch.before.decode("utf-8", "backslashreplace").splitlines(keepends=True)
    after = patch.after.decode("utf-8", "backslashreplace").splitlines(keepends=True)
    lines = difflib.unified_diff(before, after, f"a/{patch.path}", f"b/{patch.path}")
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)
