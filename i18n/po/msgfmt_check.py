"""What `msgfmt -c` (GNU gettext 0.21) refuses: format-string mismatches, plural-form errors, newlines.

Format strings are read with the grammar of their flag (`format_directives.GRAMMARS`) and compared
with GNU's rules: a translation of a singular message must use exactly the msgid's directives; a plural
form used for a single `n` (such as French's "un fichier") may leave out the count.
"""

from __future__ import annotations

from dataclasses import dataclass

from i18n.po.flags import declared_formats
from i18n.po.format_directives import GRAMMARS, FormatError, PythonArguments, QtArguments
from i18n.po.model import Catalog, Entry
from i18n.po.plurals import check_plural_forms, plural_use


@dataclass(frozen=True)
class CompileProblem:
    line: int
    message: str


# --- Format strings -------------------------------------------------------------------------------

def check_format(
    kind: str,
    msgid: str,
    msgid_plural: str | None,
    translations: list[str],
    often: tuple[bool, ...] | None,
) -> str | None:
    """The first `msgfmt -c` format complaint for these translations, or None."""
    if kind not in _COMPARE:
        return None  # a flag that names no language msgfmt checks
    grammar = GRAMMARS[kind]
    source_name = "msgid_plural" if msgid_plural is not None else "msgid"
    try:
        source_spec = grammar.arguments(msgid_plural if msgid_plural is not None else msgid, False)
    except FormatError:
        return None  # GNU checks nothing when the msgid itself is not a valid format string
    has_plural_translations = len(translations) > 1
    for index, translation in enumerate(translations):
        strict = (
            msgid_plural is None
            or not has_plural_translations
            or (often is not None and index < len(often) and often[index])
        )
        target_name = f"msgstr[{index}]" if has_plural_translations else "msgstr"
        problem = _form_problem(kind, source_spec, source_name, translation, target_name, strict)
        if problem is not None:
            return problem
    return None


def check_format_form(kind: str, msgid: str, msgid_plural: str | None, translation: str, form: int | None,
                      strict: bool) -> str | None:
    """msgfmt -c's complaint about one translated form (`form` None for a singular entry), or None;
    `strict` unless the form serves only a few n."""
    if kind not in _COMPARE:
        return None
    try:
        source_spec = GRAMMARS[kind].arguments(msgid_plural if msgid_plural is not None else msgid, False)
    except FormatError:
        return None
    source_name = "msgid_plural" if msgid_plural is not None else "msgid"
    target_name = "msgstr" if form is None else f"msgstr[{form}]"
    return _form_problem(kind, source_spec, source_name, translation, target_name, strict)


def _form_problem(kind: str, source_spec, source_name: str, translation: str, target_name: str,
                  strict: bool) -> str | None:
    grammar = GRAMMARS[kind]
    try:
        target_spec = grammar.arguments(translation, True)
    except FormatError as reason:
        return (f"'{target_name}' is not a valid {grammar.label} format string, unlike '{source_name}'. "
                f"Reason: {reason}")
    return _COMPARE[kind](source_spec, target_spec, strict, source_name, target_name)


# C printf (format-c.c) ----------------------------------------------------------------------------

def _compare_positional(source: list, target: list, strict: bool, source_name: str, target_name: str) -> str | None:
    if (len(source) != len(target)) if strict else (len(source) < len(target)):
        return f"number of format specifications in '{source_name}' and '{target_name}' does not match"
    for index in range(min(len(source), len(target))):
        if source[index] != target[index]:
            return f"format specifications in '{source_name}' and '{target_name}' for argument {index + 1} are not the same"
    return None


# Python % (format-python.c) -----------------------------------------------------------------------

def _compare_python(source: PythonArguments, target: PythonArguments, strict: bool, source_name: str, target_name: str) -> str | None:
    if source.named and target.unnamed:
        return f"format specifications in '{source_name}' expect a mapping, those in '{target_name}' expect a tuple"
    if source.unnamed and target.named:
        return f"format specifications in '{source_name}' expect a tuple, those in '{target_name}' expect a mapping"
    if source.named or target.named:
        for name in sorted(set(source.named) | set(target.named)):
            if name not in source.named:
                return f"a format specification for argument '{name}', as in '{target_name}', doesn't exist in '{source_name}'"
            if name not in target.named:
                if strict:
                    return f"a format specification for argument '{name}' doesn't exist in '{target_name}'"
                continue
            if not _python_types_agree(source.named[name], target.named[name], strict):
                return f"format specifications in '{source_name}' and '{target_name}' for argument '{name}' are not the same"
        return None
    # Unlike C's, Python's unnamed arguments must match in number even in a form used for a single n.
    if len(source.unnamed) != len(target.unnamed):
        return f"number of format specifications in '{source_name}' and '{target_name}' does not match"
    for index in range(len(target.unnamed)):
        if not _python_types_agree(source.unnamed[index], target.unnamed[index], strict):
            return f"format specifications in '{source_name}' and '{target_name}' for argument {index + 1} are not the same"
    return None


def _python_types_agree(first: str, second: str, strict: bool) -> bool:
    return first == second or (not strict and "any" in (first, second))


# Python str.format (format-python-brace.c as in 0.21: no empty "{}" fields) ----------------------

def _compare_brace(source: set[str], target: set[str], strict: bool, source_name: str, target_name: str) -> str | None:
    # 0.21 compares brace names only under strict checking: a plural form used for a single n
    # may both drop and add fields.
    if not strict:
        return None
    for name in sorted(source | target):
        if name not in source:
            return f"a format specification for argument '{name}' doesn't exist in '{source_name}'"
        if name not in target:
            return f"a format specification for argument '{name}' doesn't exist in '{target_name}'"
    return None


# KDE (format-kde.c): %1 ... %99; a translation may leave out one argument unless strict -------

def _compare_kde(source: list[int], target: list[int], strict: bool, source_name: str, target_name: str) -> str | None:
    missing = None
    for number in sorted(set(source) | set(target)):
        if number not in source:
            return f"a format specification for argument {number}, as in '{target_name}', doesn't exist in '{source_name}'"
        if number not in target:
            if strict:
                return f"a format specification for argument {number} doesn't exist in '{target_name}'"
            if missing is not None:
                return (
                    f"a format specification for arguments {missing} and {number} doesn't exist in "
                    f"'{target_name}', only one argument may be ignored"
                )
            missing = number
    return None


# Qt (format-qt.c): %0 ... %99 and %L1; "simple" strings have neither L nor two digits -----------

def _compare_qt(source: QtArguments, target: QtArguments, strict: bool, source_name: str, target_name: str) -> str | None:
    if source.simple and not target.simple:
        return (
            f"'{source_name}' is a simple format string, but '{target_name}' is not: it contains an 'L' flag "
            "or a double-digit argument number"
        )
    for number in sorted(source.used | target.used):
        if number not in target.used:
            return f"a format specification for argument {number} doesn't exist in '{target_name}'"
        if number not in source.used:
            return f"a format specification for argument {number}, as in '{target_name}', doesn't exist in '{source_name}'"
    return None


# Qt plural (format-qt-plural.c): %n and %Ln -----------------------------------------------------

def _compare_qt_plural(source: int, target: int, strict: bool, source_name: str, target_name: str) -> str | None:
    if (source == 0 and target > 0) or (strict and source > 0 and target == 0):
        return f"number of format specifications in '{source_name}' and '{target_name}' does not match"
    return None


# Perl brace (format-perl-brace.c): {name}; a translation may add names, and drop some unless strict

def _compare_perl_brace(source: set[str], target: set[str], strict: bool, source_name: str, target_name: str) -> str | None:
    if strict:
        for name in sorted(source - target):
            return f"a format specification for argument '{name}' doesn't exist in '{target_name}'"
    return None


# C# (format-csharp.c, grammar in format_directives): {0}, {1,-5:x}; '{{' and '}}' are braces -----

def _compare_csharp(source: int, target: int, strict: bool, source_name: str, target_name: str) -> str | None:
    if (source != target) if strict else (source < target):
        return f"number of format specifications in '{source_name}' and '{target_name}' does not match"
    return None


# Shell (format-sh.c) and Smalltalk (format-smalltalk.c), grammars in format_directives -----------

def _compare_names(source: set, target: set, strict: bool, source_name: str, target_name: str) -> str | None:
    # format-sh.c: a translation may not add a name, and may drop one unless strict.
    for name in sorted(source | target):
        if name not in source:
            return f"a format specification for argument '{name}', as in '{target_name}', doesn't exist in '{source_name}'"
        if name not in target and strict:
            return f"a format specification for argument '{name}' doesn't exist in '{target_name}'"
    return None


def _compare_smalltalk(source: set, target: set, strict: bool, source_name: str, target_name: str) -> str | None:
    for number in range(1, max(source | target | {0}) + 1):
        used_source, used_target = number in source, number in target
        if (used_source != used_target) if strict else (not used_source and used_target):
            if used_source:
                return f"a format specification for argument {number} doesn't exist in '{target_name}'"
            return f"a format specification for argument {number}, as in '{target_name}', doesn't exist in '{source_name}'"
    return None


def _compare_javascript(source: list, target: list, strict: bool, source_name: str, target_name: str) -> str | None:
    source_numbers = {number for number, _kind in source}
    target_numbers = {number for number, _kind in target}
    for number in sorted(source_numbers | target_numbers):
        if number not in source_numbers:
            return f"a format specification for argument {number}, as in '{target_name}', doesn't exist in '{source_name}'"
        if number not in target_numbers and strict:
            return f"a format specification for argument {number} doesn't exist in '{target_name}'"
    source_index = 0
    for target_index, (number, kind) in enumerate(target):
        while source[source_index][0] != number:
            source_index += 1
        source_kind = source[source_index][1]
        # GNU compares the translation's type at the msgid's index here (an index slip in 0.21).
        slipped = target[source_index][1] if source_index < len(target) else None
        if not (source_kind == kind or (not strict and "any" in (source_kind, slipped))):
            return f"format specifications in '{source_name}' and '{target_name}' for argument {number} are not the same"
        source_index += 1
    return None


def _compare_lua(source: list, target: list, strict: bool, source_name: str, target_name: str) -> str | None:
    # format-lua.c compares argument by argument and is always strict.
    for index in range(max(len(source), len(target))):
        if index >= len(source):
            return f"a format specification for argument {index + 1}, as in '{target_name}', doesn't exist in '{source_name}'"
        if index >= len(target):
            return f"a format specification for argument {index + 1} doesn't exist in '{target_name}'"
        if source[index] != target[index]:
            return f"format specifications in '{source_name}' and '{target_name}' for argument {index + 1} are not the same"
    return None


def _compare_numbered(source: list, target: list, strict: bool, source_name: str, target_name: str,
                      braces: bool = False) -> str | None:
    """format-awk.c's check, shared by the printf-like languages whose arguments are (number, type)
    pairs sorted by number: no new number, none missing unless not strict, the same types. Java's
    MessageFormat names an argument {n}."""
    source_types, target_types = dict(source), dict(target)
    label = (lambda number: f"{{{number}}}") if braces else str
    for number in sorted(source_types.keys() | target_types.keys()):
        if number not in source_types:
            return (f"a format specification for argument {label(number)}, as in '{target_name}', doesn't exist in "
                    f"'{source_name}'")
        if number not in target_types and strict:
            return f"a format specification for argument {label(number)} doesn't exist in '{target_name}'"
    for number, kind in target:
        if source_types[number] != kind:
            return (f"format specifications in '{source_name}' and '{target_name}' for argument {label(number)} are "
                    "not the same")
    return None


def _compare_ruby(source: tuple, target: tuple, strict: bool, source_name: str, target_name: str) -> str | None:
    """format-ruby.c: named arguments compared as names (a translation may drop one unless strict);
    positional ones always strictly, by count and then type by type."""
    (source_named, source_numbered), (target_named, target_numbered) = source, target
    if source_named and target_numbered:
        return (f"format specifications in '{source_name}' expect a hash table, those in '{target_name}' expect "
                "individual arguments")
    if source_numbered and target_named:
        return (f"format specifications in '{source_name}' expect individual arguments, those in '{target_name}' "
                "expect a hash table")
    source_types, target_types = dict(source_named), dict(target_named)
    for name in sorted(source_types.keys() | target_types.keys(), key=lambda name: name.encode("utf-8", "surrogateescape")):
        if name not in source_types:
            return f"a format specification for argument '{name}', as in '{target_name}', doesn't exist in '{source_name}'"
        if name not in target_types and strict:
            return f"a format specification for argument '{name}' doesn't exist in '{target_name}'"
    for name, kind in target_named:
        if source_types[name] != kind:
            return f"format specifications in '{source_name}' and '{target_name}' for argument '{name}' are not the same"
    if len(source_numbered) != len(target_numbered):
        return f"number of format specifications in '{source_name}' and '{target_name}' does not match"
    for index, ((_number, source_kind), (_other, target_kind)) in enumerate(zip(source_numbered, target_numbered)):
        if source_kind != target_kind:
            return f"format specifications in '{source_name}' and '{target_name}' for argument {index + 1} are not the same"
    return None


def _compare_gfc(source: tuple, target: tuple, strict: bool, source_name: str, target_name: str) -> str | None:
    """format-gfc-internal.c: the arguments in order (a translation may drop trailing ones unless
    strict), then the same use of %C."""
    (source_types, source_locus), (target_types, target_locus) = source, target
    if (len(source_types) != len(target_types)) if strict else (len(source_types) < len(target_types)):
        return f"number of format specifications in '{source_name}' and '{target_name}' does not match"
    for index, kind in enumerate(target_types):
        if source_types[index] != kind:
            return f"format specifications in '{source_name}' and '{target_name}' for argument {index + 1} are not the same"
    if source_locus and not target_locus:
        return f"'{source_name}' uses %C but '{target_name}' doesn't"
    if target_locus and not source_locus:
        return f"'{source_name}' does not use %C but '{target_name}' uses %C"
    return None


def _compare_gcc(source: tuple, target: tuple, strict: bool, source_name: str, target_name: str) -> str | None:
    """format-gcc-internal.c: the arguments as format-awk.c compares them, then the same use of %m."""
    problem = _compare_numbered(source[0], target[0], strict, source_name, target_name)
    if problem is not None:
        return problem
    if source[1] and not target[1]:
        return f"'{source_name}' uses %m but '{target_name}' doesn't"
    if target[1] and not source[1]:
        return f"'{source_name}' does not use %m but '{target_name}' uses %m"
    return None


def _compare_lisp(*arguments) -> str | None:
    from i18n.po.format_lisp import compare  # loaded with the Lisp grammar, when a string needs it

    return compare(*arguments)


# msgfmt -c's comparison of a translation's arguments with its msgid's, for each grammar it checks.
_COMPARE = {
    "c": _compare_positional,
    "objc": _compare_positional,
    "python": _compare_python,
    "python-brace": _compare_brace,
    "kde": _compare_kde,
    "kde-kuit": _compare_kde,
    # Lisp and Scheme compare constraints on argument lists (format_lisp.compare).
    "lisp": _compare_lisp,
    "scheme": _compare_lisp,
    "qt": _compare_qt,
    "qt-plural": _compare_qt_plural,
    "perl-brace": _compare_perl_brace,
    "csharp": _compare_csharp,
    "sh": _compare_names,
    "smalltalk": _compare_smalltalk,
    "ycp": _compare_smalltalk,
    "javascript": _compare_javascript,
    # PHP's check is JavaScript's without the "any" type (%j), which PHP lacks.
    "php": _compare_javascript,
    "lua": _compare_lua,
    "awk": _compare_numbered,
    "tcl": _compare_numbered,
    "object-pascal": _compare_numbered,
    "java-printf": _compare_numbered,
    "perl": _compare_numbered,
    "ruby": _compare_ruby,
    "boost": _compare_numbered,
    "elisp": _compare_numbered,
    "librep": _compare_numbered,
    "gfc-internal": _compare_gfc,
    "gcc-internal": _compare_gcc,
    "java": lambda *pair: _compare_numbered(*pair, braces=True),
}


# --- The whole catalogue --------------------------------------------------------------------------


def validate_for_compile(catalog: Catalog) -> list[CompileProblem]:
    """Every error `msgfmt -c` would stop on, in file order, each at its entry's line."""
    problems: list[CompileProblem] = []
    # msgfmt leaves fuzzy and untranslated messages out before checking anything.
    compiled = [
        entry
        for entry in catalog.live_entries()
        if not entry.fuzzy and entry.translations and entry.translations[0] != ""
    ]
    header_line = catalog.header.line if catalog.header is not None else 0
    if catalog.header is None or catalog.header.msgstr == "":
        # msgfmt -c (--check-header): an untranslated header is no header; a fuzzy one is fine.
        problems.append(CompileProblem(header_line or 1, "PO file header missing or invalid"))
    plural_value = catalog.plural_forms
    plural_check = None
    if plural_value is not None:
        plural_check = check_plural_forms(plural_value)
        if plural_check.problem is not None:
            problems.append(CompileProblem(header_line, plural_check.problem))
    plural_entries = [entry for entry in compiled if entry.is_plural]
    if plural_entries and plural_value is None:
        problems.append(
            CompileProblem(
                plural_entries[0].line,
                'message catalog has plural form translations, but lacks a header entry with '
                '"Plural-Forms: nplurals=INTEGER; plural=EXPRESSION;"',
            )
        )
    if plural_check is not None and plural_check.problem is None:
        for entry in plural_entries:
            forms = len(entry.msgstr_plural)
            if forms != plural_check.nplurals:
                detail = f"only {forms}" if forms < plural_check.nplurals else f"{forms}"
                problems.append(
                    CompileProblem(
                        entry.line,
                        f"nplurals = {plural_check.nplurals} in the header but this message has {detail} plural forms",
                    )
                )
                break  # GNU reports the mismatch once, at the first message that shows it
    use = plural_use(plural_check)
    for entry in compiled:
        problem = _newline_problem(entry)
        # msgfmt checks nothing in an entry whose msgid is empty (check_pair), context or not.
        if problem is None and entry.msgid != "":
            for kind in sorted(declared_formats(entry.flags)):
                problem = check_format(kind, entry.msgid, entry.msgid_plural, entry.translations,
                                       use.for_flags(entry.flags))
                if problem is not None:
                    break
        if problem is not None:
            problems.append(CompileProblem(entry.line, problem))
    problems.sort(key=lambda problem: problem.line)
    return problems


def _newline_problem(entry: Entry) -> str | None:
    if entry.msgid == "":
        return None
    for edge in ("begin", "end"):
        if entry.msgid_plural is not None:
            if _differ_at(edge, entry.msgid, entry.msgid_plural):
                return f"'msgid' and 'msgid_plural' entries do not both {edge} with '\\n'"
            for index, form in enumerate(entry.msgstr_plural):
                if _differ_at(edge, entry.msgid, form):
                    return f"'msgid' and 'msgstr[{index}]' entries do not both {edge} with '\\n'"
        elif _differ_at(edge, entry.msgid, entry.msgstr):
            return f"'msgid' and 'msgstr' entries do not both {edge} with '\\n'"
    return None


def _differ_at(edge: str, msgid: str, other: str) -> bool:
    if edge == "begin":
        return msgid.startswith("\n") != other.startswith("\n")
    return msgid.endswith("\n") != other.endswith("\n")


def newline_mismatch(msgid: str, other: str) -> str | None:
    """msgfmt's rule for one pair of texts: "begin" or "end" where one has a newline that the other
    lacks, else None (the check `newline-mismatch` applies it to each translated form)."""
    return next((edge for edge in ("begin", "end") if _differ_at(edge, msgid, other)), None)
