"""What `msgfmt -c` (GNU gettext 0.21) refuses: format-string mismatches, plural-form errors, newlines.

Format strings are checked for the `c-format`, `python-format` and `python-brace-format` flags with
GNU's rules: a translation of a singular message must use exactly the msgid's directives; a plural
form used for a single `n` (such as French's "un fichier") may leave out the count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from i18n.po.format_directives import (
    CSharpFormatError,
    FormatError,
    parse_awk,
    parse_boost,
    parse_csharp,
    parse_elisp,
    parse_gcc_internal,
    parse_gfc_internal,
    parse_java,
    parse_java_printf,
    parse_javascript,
    parse_librep,
    parse_lua,
    parse_object_pascal,
    parse_perl,
    parse_php,
    parse_ruby,
    parse_sh,
    parse_tcl,
    parse_smalltalk,
)
from i18n.po.flags import declared_formats
from i18n.po.model import Catalog, Entry
from i18n.po.plurals import check_plural_forms, plural_use


@dataclass(frozen=True)
class CompileProblem:
    line: int
    message: str


# --- Format strings -------------------------------------------------------------------------------

# The format languages checked here (gettext 0.21 checks 30; the others pass unchecked for now).
CHECKED_FORMATS = ("c", "objc", "python", "python-brace", "kde", "qt", "qt-plural", "perl-brace", "csharp", "sh",
                   "smalltalk", "javascript", "php", "lua", "awk", "tcl", "object-pascal", "java-printf", "perl", "ruby", "ycp", "boost", "java", "elisp", "librep",
                   "gfc-internal", "gcc-internal")


class _Invalid(Exception):
    """A string that is not a valid format string of its kind; the text is GNU's reason."""


def check_format(
    kind: str,
    msgid: str,
    msgid_plural: str | None,
    translations: list[str],
    often: tuple[bool, ...] | None,
) -> str | None:
    """The first `msgfmt -c` format complaint for these translations, or None."""
    if kind not in CHECKED_FORMATS:
        return None
    parse, compare, language = _PARSERS[kind]
    source_name = "msgid_plural" if msgid_plural is not None else "msgid"
    try:
        source_spec = parse(msgid_plural if msgid_plural is not None else msgid, False)
    except _Invalid:
        return None  # GNU checks nothing when the msgid itself is not a valid format string
    has_plural_translations = len(translations) > 1
    for index, translation in enumerate(translations):
        strict = (
            msgid_plural is None
            or not has_plural_translations
            or (often is not None and index < len(often) and often[index])
        )
        target_name = f"msgstr[{index}]" if has_plural_translations else "msgstr"
        try:
            target_spec = parse(translation, True)
        except _Invalid as reason:
            return f"'{target_name}' is not a valid {language} format string, unlike '{source_name}'. Reason: {reason}"
        problem = compare(source_spec, target_spec, strict, source_name, target_name)
        if problem is not None:
            return problem
    return None


# C printf (format-c.c) ----------------------------------------------------------------------------

def _parse_gnu_c(text: str, translated: bool, objc: bool) -> tuple[int, ...]:
    """Argument types through the one C grammar (c_format), GNU's reason when the string is invalid."""
    from i18n.po.c_format import CFormatError, parse_c_format

    try:
        return parse_c_format(text, translated=translated, objc=objc).arguments
    except CFormatError as error:
        raise _Invalid(str(error)) from None


def _compare_positional(source: list, target: list, strict: bool, source_name: str, target_name: str) -> str | None:
    if (len(source) != len(target)) if strict else (len(source) < len(target)):
        return f"number of format specifications in '{source_name}' and '{target_name}' does not match"
    for index in range(min(len(source), len(target))):
        if source[index] != target[index]:
            return f"format specifications in '{source_name}' and '{target_name}' for argument {index + 1} are not the same"
    return None


# Python % (format-python.c) -----------------------------------------------------------------------

_PYTHON_CONVERSIONS = {
    **dict.fromkeys("diuoxX", "int"),
    **dict.fromkeys("eEfFgG", "float"),
    "c": "char",
    "s": "any",
    "r": "any",
}


@dataclass(frozen=True)
class _PythonSpec:
    named: dict[str, str]
    unnamed: list[str]


def _parse_python(text: str) -> _PythonSpec:
    named: dict[str, str] = {}
    unnamed: list[str] = []
    position = 0
    directive = 0
    while True:
        position = text.find("%", position)
        if position < 0:
            break
        position += 1
        directive += 1
        name = None
        if position < len(text) and text[position] == "(":
            depth = 1
            start = position + 1
            position += 1
            while position < len(text) and depth:
                depth += {"(": 1, ")": -1}.get(text[position], 0)
                position += 1
            if depth:
                raise _Invalid("The string ends in the middle of a directive.")
            name = text[start : position - 1]
        while position < len(text) and text[position] in "-+ #0":
            position += 1
        for part in ("width", "precision"):
            if part == "precision":
                if position < len(text) and text[position] == ".":
                    position += 1
                else:
                    continue
            if position < len(text) and text[position] == "*":
                unnamed.append("int")
                position += 1
            else:
                while position < len(text) and text[position].isdigit():
                    position += 1
        while position < len(text) and text[position] in "hlL":
            position += 1
        if position >= len(text):
            raise _Invalid("The string ends in the middle of a directive.")
        conversion = text[position]
        position += 1
        if conversion == "%":
            directive -= 1
            continue
        argument_type = _PYTHON_CONVERSIONS.get(conversion)
        if argument_type is None:
            raise _Invalid(
                f"In the directive number {directive}, the character '{conversion}' is not a valid conversion specifier."
            )
        if name is None:
            unnamed.append(argument_type)
        elif named.setdefault(name, argument_type) != argument_type:
            raise _Invalid(f"The string refers to the argument named '{name}' in incompatible ways.")
    if named and unnamed:
        raise _Invalid("The string refers to arguments both through argument names and through unnamed argument specifications.")
    return _PythonSpec(named, unnamed)


def _compare_python(source: _PythonSpec, target: _PythonSpec, strict: bool, source_name: str, target_name: str) -> str | None:
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
    if (len(source.unnamed) != len(target.unnamed)) if strict else (len(source.unnamed) < len(target.unnamed)):
        return f"number of format specifications in '{source_name}' and '{target_name}' does not match"
    for index in range(min(len(source.unnamed), len(target.unnamed))):
        if not _python_types_agree(source.unnamed[index], target.unnamed[index], strict):
            return f"format specifications in '{source_name}' and '{target_name}' for argument {index + 1} are not the same"
    return None


def _python_types_agree(first: str, second: str, strict: bool) -> bool:
    return first == second or (not strict and "any" in (first, second))


# Python str.format (format-python-brace.c as in 0.21: no empty "{}" fields) ----------------------

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*|[0-9]+")


def _parse_python_brace(text: str) -> set[str]:
    names: set[str] = set()
    position = 0
    directive = 0
    while True:
        position = text.find("{", position)
        if position < 0:
            return names
        if text.startswith("{{", position):
            position += 2
            continue
        directive += 1
        position = _parse_brace_field(text, position, directive, names, toplevel=True)


def _parse_brace_field(text: str, position: int, directive: int, names: set[str], *, toplevel: bool) -> int:
    start = position + 1
    match = _IDENTIFIER.match(text, start)
    if match is None:
        if start >= len(text):
            raise _Invalid("The string ends in the middle of a directive.")
        raise _Invalid(f"In the directive number {directive}, '{text[start]}' cannot start a field name.")
    position = match.end()
    while position < len(text) and text[position] in ".[":
        if text[position] == ".":
            attribute = re.compile(r"[A-Za-z_][A-Za-z0-9_]*").match(text, position + 1)
            if attribute is None:
                raise _Invalid(f"In the directive number {directive}, a getattr argument is not a name.")
            position = attribute.end()
        else:
            item = _IDENTIFIER.match(text, position + 1)
            if item is None or not text.startswith("]", item.end()):
                raise _Invalid(f"In the directive number {directive}, there is an unterminated getitem argument.")
            position = item.end() + 1
    if position < len(text) and text[position] == ":":
        if not toplevel:
            raise _Invalid(f"In the directive number {directive}, no more nesting is allowed in a format specifier.")
        position += 1
        if position < len(text) and text[position] == "{":
            position = _parse_brace_field(text, position, directive, names, toplevel=False)
        else:
            spec = re.compile(r"(.?[<>=^])?[-+ ]?#?0?[0-9]*(\.[0-9]+)?[bcdoxXneEfFgG%]?").match(text, position)
            position = spec.end()
    if position >= len(text) or text[position] != "}":
        raise _Invalid(f"The directive number {directive} is unterminated.")
    if toplevel:
        # 0.21 names an argument by the whole field, format spec included: "{n:d}" and "{n}" differ.
        names.add(text[start:position])
    return position + 1


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

def _parse_kde(text: str) -> list[int]:
    numbers = sorted({int(match.group(1)) for match in _KDE_DIRECTIVE.finditer(text)})
    for index, number in enumerate(numbers):
        if number > index + 1:
            for later in range(index, len(numbers)):
                if numbers[later] > later + 2:
                    raise _Invalid(
                        f"The string refers to argument number {numbers[later]} but ignores the arguments "
                        f"{index + 1} and {later + 2}."
                    )
            break
    return numbers


_KDE_DIRECTIVE = re.compile(r"%([1-9][0-9]*)")


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

@dataclass(frozen=True)
class _QtSpec:
    simple: bool
    used: frozenset[int]


_QT_DIRECTIVE = re.compile(r"%(L?)([0-9])([0-9]?)")


def _parse_qt(text: str) -> _QtSpec:
    simple = True
    used = set()
    for match in _QT_DIRECTIVE.finditer(text):
        if match.group(1) or match.group(3):
            simple = False
        used.add(int(match.group(2) + match.group(3)))
    return _QtSpec(simple, frozenset(used))


def _compare_qt(source: _QtSpec, target: _QtSpec, strict: bool, source_name: str, target_name: str) -> str | None:
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

def _parse_qt_plural(text: str) -> int:
    return len(re.findall(r"%L?n", text))


def _compare_qt_plural(source: int, target: int, strict: bool, source_name: str, target_name: str) -> str | None:
    if (source == 0 and target > 0) or (strict and source > 0 and target == 0):
        return f"number of format specifications in '{source_name}' and '{target_name}' does not match"
    return None


# Perl brace (format-perl-brace.c): {name}; a translation may add names, and drop some unless strict

def _parse_perl_brace(text: str) -> set[str]:
    return set(re.findall(r"\{([A-Za-z_][A-Za-z0-9_]*)\}", text))


def _compare_perl_brace(source: set[str], target: set[str], strict: bool, source_name: str, target_name: str) -> str | None:
    if strict:
        for name in sorted(source - target):
            return f"a format specification for argument '{name}' doesn't exist in '{target_name}'"
    return None


# C# (format-csharp.c, grammar in format_directives): {0}, {1,-5:x}; '{{' and '}}' are braces -----

def _parse_csharp(text: str) -> int:
    try:
        return parse_csharp(text)[0]
    except CSharpFormatError as error:
        raise _Invalid(str(error)) from None


def _compare_csharp(source: int, target: int, strict: bool, source_name: str, target_name: str) -> str | None:
    if (source != target) if strict else (source < target):
        return f"number of format specifications in '{source_name}' and '{target_name}' does not match"
    return None


# Shell (format-sh.c) and Smalltalk (format-smalltalk.c), grammars in format_directives -----------

def _parse_with(parser):
    def parse(text: str, _translated: bool):
        try:
            return parser(text)[0]
        except FormatError as error:
            raise _Invalid(str(error)) from None

    return parse


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


_PARSERS = {
    "c": (lambda text, translated: _parse_gnu_c(text, translated, False), _compare_positional, "C"),
    "objc": (lambda text, translated: _parse_gnu_c(text, translated, True), _compare_positional, "Objective C"),
    "python": (lambda text, _translated: _parse_python(text), _compare_python, "Python"),
    "python-brace": (lambda text, _translated: _parse_python_brace(text), _compare_brace, "Python brace"),
    "kde": (lambda text, _translated: _parse_kde(text), _compare_kde, "KDE"),
    "qt": (lambda text, _translated: _parse_qt(text), _compare_qt, "Qt"),
    "qt-plural": (lambda text, _translated: _parse_qt_plural(text), _compare_qt_plural, "Qt plural"),
    "perl-brace": (lambda text, _translated: _parse_perl_brace(text), _compare_perl_brace, "Perl brace"),
    "csharp": (lambda text, _translated: _parse_csharp(text), _compare_csharp, "C#"),
    "sh": (_parse_with(parse_sh), _compare_names, "Shell"),
    "smalltalk": (_parse_with(parse_smalltalk), _compare_smalltalk, "Smalltalk"),
    # format-smalltalk.c serves YCP's sformat strings too: one grammar, another name.
    "ycp": (_parse_with(parse_smalltalk), _compare_smalltalk, "YCP"),
    "javascript": (_parse_with(parse_javascript), _compare_javascript, "JavaScript"),
    # PHP's check is JavaScript's without the "any" type (%j), which PHP lacks.
    "php": (_parse_with(parse_php), _compare_javascript, "PHP"),
    "lua": (_parse_with(parse_lua), _compare_lua, "Lua"),
    "awk": (_parse_with(parse_awk), _compare_numbered, "awk"),
    "tcl": (_parse_with(parse_tcl), _compare_numbered, "Tcl"),
    "object-pascal": (_parse_with(parse_object_pascal), _compare_numbered, "Object Pascal"),
    "java-printf": (_parse_with(parse_java_printf), _compare_numbered, "Java printf"),
    "perl": (_parse_with(parse_perl), _compare_numbered, "Perl"),
    "ruby": (_parse_with(parse_ruby), _compare_ruby, "Ruby"),
    "boost": (_parse_with(parse_boost), _compare_numbered, "Boost"),
    "elisp": (_parse_with(parse_elisp), _compare_numbered, "Emacs Lisp"),
    "librep": (_parse_with(parse_librep), _compare_numbered, "librep"),
    "gfc-internal": (_parse_with(parse_gfc_internal), _compare_gfc, "GFC internal"),
    "gcc-internal": (_parse_with(parse_gcc_internal), _compare_gcc, "GCC internal"),
    "java": (_parse_with(parse_java), lambda *pair: _compare_numbered(*pair, braces=True), "Java MessageFormat"),
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
        if problem is None:
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
