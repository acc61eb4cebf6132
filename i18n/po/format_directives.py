"""Format-string grammars: the one table from a format flag (`c-format`, `python-brace-format`...) to
how GNU gettext 0.21 reads the strings it flags, which msgfmt -c's check and the writer share.

Each grammar gives what msgfmt -c compares between a msgid and its translation (the arguments a
string consumes, or GNU's reason why it is no valid format string) and where its directives are;
the grammars the checks look for in prose (c, python, python-brace...) also give the looser
patterns that the placeholder checks, extraction and the typography and number masks use.

write-po.c parses a string with the first format language its entry is flagged with (c-format,
possible-python-format...) and never breaks a line inside a directive it recognised: not between
`%` and `.*s`, nor between the two `%` of `%%`. A directive the parser rejects may be broken.
Languages without a parser here are wrapped as plain text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from i18n.po.c_format import CFormatError, parse_c_format
from i18n.po.c_format import directive_spans as c_directive_spans
from i18n.po.format_error import FormatError, invalid_conversion

# gettext 0.21's format_language[] order: the first flagged language decides.
FORMAT_LANGUAGES = (
    "c", "objc", "python", "python-brace", "java", "java-printf", "csharp", "javascript", "scheme",
    "lisp", "elisp", "librep", "ruby", "sh", "awk", "lua", "object-pascal", "smalltalk", "qt",
    "qt-plural", "kde", "kde-kuit", "boost", "tcl", "perl", "perl-brace", "php", "gcc-internal",
    "gfc-internal", "ycp",
)
_RANK = {language: rank for rank, language in enumerate(FORMAT_LANGUAGES)}


def wrapping_language(flags: list[str]) -> str | None:
    """The format language write-po.c parses an entry's strings with (yes or possible), if any."""
    states: dict[str, bool] = {}
    for flag in flags:
        if not flag.endswith("-format"):
            continue
        name = flag[: -len("-format")]
        possible = True
        for lead in ("no-", "possible-", "impossible-"):
            if name.startswith(lead):
                name, possible = name[len(lead) :], lead == "possible-"
                break
        if name in _RANK:
            states[name] = possible  # the last flag for a language wins, as when GNU reads them
    flagged = [name for name, possible in states.items() if possible]
    return min(flagged, key=_RANK.__getitem__) if flagged else None


def unbreakable_positions(language: str | None, text: str, translated: bool) -> frozenset[int]:
    """Indices of the characters of `text` before which msgcat may not break a line."""
    grammar = GRAMMARS.get(language)
    if grammar is None:
        return frozenset()
    spans = grammar.spans(text, translated)
    return frozenset(index for first, last in spans for index in range(first + 1, last + 1))


# Python % (format-python.c) -------------------------------------------------------------------

_PYTHON_TYPES = {
    **dict.fromkeys("diuoxX", "int"),
    **dict.fromkeys("efgEG", "float"),
    "c": "char",
    "s": "string",
    "r": "string",
    "%": "none",  # only a named "%(x)%" takes an argument
}
_PYTHON_FLAGS = frozenset("-+ #0")
_PYTHON_MIXED = "The string refers to arguments both through argument names and through unnamed argument specifications."


@dataclass(frozen=True)
class PythonArguments:
    named: dict[str, str]
    unnamed: list[str]


def parse_python(text: str) -> tuple[PythonArguments, list[tuple[int, int]]]:
    """format-python.c: '%', an optional (name) with nested parentheses, flags, width, precision,
    one size letter, then the conversion, which ends the directive. The types of the arguments,
    by name or in order, and the spans. "%.0s" takes any type; "%%" counts as a directive."""
    named: list[tuple[str, str]] = []
    unnamed: list[str] = []
    spans: list[tuple[int, int]] = []
    directive = 0
    position = text.find("%")
    while position >= 0:
        start = position
        position += 1
        directive += 1
        name = None
        if text.startswith("(", position):
            depth = 0
            position += 1
            name_start = position
            while position < len(text):
                if text[position] == "(":
                    depth += 1
                elif text[position] == ")":
                    if depth == 0:
                        break
                    depth -= 1
                position += 1
            if position >= len(text):
                raise FormatError("The string ends in the middle of a directive.", spans)
            name = text[name_start:position]
            position += 1
        while position < len(text) and text[position] in _PYTHON_FLAGS:
            position += 1
        zero_precision = False
        for part in ("width", "precision"):
            if part == "precision":
                if text.startswith(".", position):
                    position += 1
                else:
                    continue
            if text.startswith("*", position):
                if named:
                    raise FormatError(_PYTHON_MIXED, spans)
                unnamed.append("int")
                position += 1
            else:
                digits_end = _skip_digits(text, position)
                if part == "precision" and digits_end > position:
                    zero_precision = text.count("0", position, digits_end) == digits_end - position
                position = digits_end
        if position < len(text) and text[position] in "hlL":
            position += 1
        if position >= len(text):
            raise FormatError("The string ends in the middle of a directive.", spans)
        conversion = text[position]
        kind = _PYTHON_TYPES.get(conversion)
        if kind is None:
            raise FormatError(invalid_conversion(directive, conversion), spans)
        if kind == "string" and zero_precision:
            kind = "any"
        if name is not None:
            if unnamed:
                raise FormatError(_PYTHON_MIXED, spans)
            named.append((name, kind))
        elif conversion != "%":
            if named:
                raise FormatError(_PYTHON_MIXED, spans)
            unnamed.append(kind)
        spans.append((start, position))
        position = text.find("%", position + 1)
    return PythonArguments(_merged_python_names(named, spans), unnamed), spans


def _merged_python_names(named: list[tuple[str, str]], spans: list[tuple[int, int]]) -> dict[str, str]:
    """One type per name, "any" giving way to the other; the first name (in byte order) used with two
    other types is refused, as GNU's sort-and-merge does."""
    merged: dict[str, str] = {}
    conflicting: set[str] = set()
    for name, kind in named:
        known = merged.get(name)
        if known is None or known == "any":
            merged[name] = kind
        elif kind != "any" and kind != known:
            conflicting.add(name)
    if conflicting:
        first = min(conflicting, key=lambda name: name.encode("utf-8", "surrogatepass"))
        raise FormatError(f"The string refers to the argument named '{first}' in incompatible ways.", spans)
    return merged


# Python str.format (format-python-brace.c as in 0.21: no empty "{}" fields) -------------------

_BRACE_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_BRACE_NUMBER = re.compile(r"[0-9]+")
# [[fill]align][sign][#][0][width][.precision][type], the fill looked for two characters ahead as GNU does.
_BRACE_SPEC = re.compile(r"(?:.[<>=^]|[<>=^])?[-+ ]?#?0?[0-9]*(?:\.[0-9]*)?[bcdoxXneEfFgG%]?", re.S)


def parse_python_brace(text: str) -> tuple[set[str], list[tuple[int, int]]]:
    """format-python-brace.c (0.21): '{{' is a literal brace; a field is a name or number with
    .attribute and [item] parts, then ':' and either one nested field or a standard spec. The
    fields' names, each with its format spec (0.21 names an argument by the whole field: "{n:d}"
    and "{n}" differ), and the spans. Directives are numbered from 0, by those already read."""
    names: set[str] = set()
    spans: list[tuple[int, int]] = []
    text += "\0\0"  # GNU looks one character past the end for a fill
    position = 0
    while text[position] != "\0":
        if text[position] != "{":
            position += 1
        elif text[position + 1] == "{":
            position += 2
        else:
            start = position
            position = _brace_field(text, position, len(spans), spans, toplevel=True)
            names.add(text[start + 1 : position])
            spans.append((start, position))
            position += 1
    return names, spans


def _brace_reason(directive: int, what: str, character: str) -> str:
    # GNU prints the character with %c: at the end of the string it prints NUL, which ends the reason.
    if character == "\0":
        return f"In the directive number {directive}, '"
    return f"In the directive number {directive}, '{character}' cannot start {what}."


def _brace_field(text: str, start: int, directive: int, spans: list[tuple[int, int]], *, toplevel: bool) -> int:
    """The position of the field's closing '}'; FormatError with GNU's reason when it is invalid."""
    position = start + 1
    field = _BRACE_NAME.match(text, position) or _BRACE_NUMBER.match(text, position)
    if field is None:
        raise FormatError(_brace_reason(directive, "a field name", text[position]), spans)
    position = field.end()
    while text[position] in ".[":
        if text[position] == ".":
            field = _BRACE_NAME.match(text, position + 1)
            if field is None:
                raise FormatError(_brace_reason(directive, "a getattr argument", text[position + 1]), spans)
            position = field.end()
        else:
            field = _BRACE_NAME.match(text, position + 1) or _BRACE_NUMBER.match(text, position + 1)
            if field is None:
                raise FormatError(_brace_reason(directive, "a getitem argument", text[position + 1]), spans)
            if text[field.end()] != "]":
                raise FormatError("The string ends in the middle of a directive.", spans)
            position = field.end() + 1
    if text[position] == ":":
        if not toplevel:
            raise FormatError(f"In the directive number {directive}, no more nesting is allowed in a format "
                              "specifier.", spans)
        position += 1
        if text[position] == "{":
            if text[position + 1] == "{":
                position += 2  # "{{" read as a nested directive: a brace, then the spec must end
            else:
                position = _brace_field(text, position, directive, spans, toplevel=False) + 1
        else:
            position = _BRACE_SPEC.match(text, position).end()
        if text[position] != "}":
            raise FormatError("The string ends in the middle of a directive.", spans)
    if text[position] != "}":
        raise FormatError(f"In the directive number {directive}, there is an unterminated format directive.", spans)
    return position


# KDE (format-kde.c): %1 ... %99; a translation may leave out one argument unless strict -------

_KDE_DIRECTIVE = re.compile(r"%([1-9][0-9]*)")


def parse_kde(text: str) -> tuple[list[int], list[tuple[int, int]]]:
    matches = list(_KDE_DIRECTIVE.finditer(text))
    spans = _match_spans(matches)
    numbers = sorted({int(match.group(1)) for match in matches})
    for index, number in enumerate(numbers):
        if number > index + 1:
            for later in range(index, len(numbers)):
                if numbers[later] > later + 2:
                    raise FormatError(
                        f"The string refers to argument number {numbers[later]} but ignores the arguments "
                        f"{index + 1} and {later + 2}.", spans
                    )
            break
    return numbers, spans


# Qt (format-qt.c): %0 ... %99 and %L1; "simple" strings have neither L nor two digits -----------

@dataclass(frozen=True)
class QtArguments:
    simple: bool
    used: frozenset[int]


_QT_DIRECTIVE = re.compile(r"%(L?)([0-9])([0-9]?)")


def parse_qt(text: str) -> tuple[QtArguments, list[tuple[int, int]]]:
    simple = True
    used = set()
    matches = list(_QT_DIRECTIVE.finditer(text))
    for match in matches:
        if match.group(1) or match.group(3):
            simple = False
        used.add(int(match.group(2) + match.group(3)))
    return QtArguments(simple, frozenset(used)), _match_spans(matches)


# Qt plural (format-qt-plural.c): %n and %Ln; Perl brace (format-perl-brace.c): {name} ----------

_QT_PLURAL_DIRECTIVE = re.compile(r"%L?n")
_PERL_BRACE_DIRECTIVE = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def parse_qt_plural(text: str) -> tuple[int, list[tuple[int, int]]]:
    matches = list(_QT_PLURAL_DIRECTIVE.finditer(text))
    return len(matches), _match_spans(matches)


def parse_perl_brace(text: str) -> tuple[set[str], list[tuple[int, int]]]:
    matches = list(_PERL_BRACE_DIRECTIVE.finditer(text))
    return {match.group(1) for match in matches}, _match_spans(matches)


def _match_spans(matches) -> list[tuple[int, int]]:
    return [(match.start(), match.end() - 1) for match in matches]


def parse_csharp(text: str) -> tuple[int, list[tuple[int, int]]]:
    """format-csharp.c: the number of arguments ({0}..{n} -> n+1) and the directives' spans
    ('{{' and '}}' included)."""
    spans: list[tuple[int, int]] = []
    arguments = directives = 0
    position, length = 0, len(text)

    def fail(reason: str):
        return FormatError(reason, spans)

    while position < length:
        char = text[position]
        start = position
        position += 1
        if char == "{":
            if position < length and text[position] == "{":
                position += 1
            else:
                directives += 1
                digits = re.match(r"[0-9]+", text[position:])
                if digits is None:
                    raise fail(f"In the directive number {directives}, '{{' is not followed by an argument number.")
                number = int(digits.group())
                position += digits.end()
                if text.startswith(",", position):
                    position += 1
                    if text.startswith("-", position):
                        position += 1
                    width = re.match(r"[0-9]+", text[position:])
                    if width is None:
                        raise fail(f"In the directive number {directives}, ',' is not followed by a number.")
                    position += width.end()
                if text.startswith(":", position):
                    close = text.find("}", position)
                    position = length if close < 0 else close
                if position >= length:
                    raise fail("The string ends in the middle of a directive: found '{' without matching '}'.")
                if text[position] != "}":
                    raise fail(
                        f"The directive number {directives} ends with an invalid character '{text[position]}' instead of '}}'."
                    )
                position += 1
                arguments = max(arguments, number + 1)
            spans.append((start, position - 1))
        elif char == "}":
            if position < length and text[position] == "}":
                position += 1
            elif directives == 0:
                raise fail("The string starts in the middle of a directive: found '}' without matching '{'.")
            else:
                raise fail(f"The string contains a lone '}}' after directive number {directives}.")
            spans.append((start, position - 1))
    return arguments, spans



_SH_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


_SH_NON_ASCII = "The string refers to a shell variable with a non-ASCII name."
_SH_BRACE_SYNTAX = ("The string refers to a shell variable with complex shell brace syntax. This syntax is "
                    "unsupported here due to security reasons.")
_SH_CONTEXT_DEPENDENT = "The string refers to a shell variable whose value may be different inside shell functions."
_SH_EMPTY = "The string refers to a shell variable with an empty name."
_UNTERMINATED = "The string ends in the middle of a directive."


def _sh_name_character(character: str) -> bool:
    return character.isascii() and (character.isalnum() or character == "_")


def parse_sh(text: str) -> tuple[set[str], list[tuple[int, int]]]:
    """format-sh.c: $name and ${name} (no shell operators); the names used and the spans."""
    names: set[str] = set()
    spans: list[tuple[int, int]] = []
    position = text.find("$")
    while position >= 0:
        start = position
        position += 1
        following = text[position : position + 1]
        if following == "{":
            name_start = position = position + 1
            while position < len(text) and text[position] != "}":
                character = text[position]
                if not character.isascii():
                    raise FormatError(_SH_NON_ASCII, spans)
                if position > name_start and character in "-=+?:":
                    raise FormatError(_SH_BRACE_SYNTAX, spans)
                if not _sh_name_character(character) or (position == name_start and character.isdigit()):
                    raise FormatError(_SH_CONTEXT_DEPENDENT, spans)
                position += 1
            if position == len(text):
                raise FormatError(_UNTERMINATED, spans)
            if position == name_start:
                raise FormatError(_SH_EMPTY, spans)
            name = text[name_start:position]
            position += 1
        elif following and following.isascii() and (following.isalpha() or following == "_"):
            match = _SH_NAME.match(text, position)
            name = match.group()
            position = match.end()
        elif following:
            raise FormatError(_SH_CONTEXT_DEPENDENT if following.isascii() else _SH_NON_ASCII, spans)
        else:
            raise FormatError(_UNTERMINATED, spans)
        names.add(name)
        spans.append((start, position - 1))
        position = text.find("$", position)
    return names, spans


def parse_smalltalk(text: str) -> tuple[set[int], list[tuple[int, int]]]:
    """format-smalltalk.c: %1 ... %9 and %%; the argument numbers used and the spans."""
    used: set[int] = set()
    spans: list[tuple[int, int]] = []
    directives = 0
    position = text.find("%")
    while position >= 0:
        directives += 1
        following = text[position + 1 : position + 2]
        if following == "%" or (following and "1" <= following <= "9"):
            if following != "%":
                used.add(int(following))
            spans.append((position, position + 1))
            position = text.find("%", position + 2)
            continue
        if not following:
            raise FormatError("The string ends in the middle of a directive.", spans)
        if following.isascii() and following.isprintable():
            raise FormatError(
                f"In the directive number {directives}, the character '{following}' is not a digit between 1 and 9.",
                spans,
            )
        raise FormatError(
            f"The character that terminates the directive number {directives} is not a digit between 1 and 9.", spans
        )
    return used, spans


_JAVASCRIPT_TYPES = {"c": "char", "s": "string", "f": "float", "j": "any", **dict.fromkeys("bdoxX", "integer")}


def parse_javascript(text: str) -> tuple[list[tuple[int, str]], list[tuple[int, int]]]:
    """format-javascript.c: %[n$][-+ 0I]*[width][.precision]conversion; the (number, type) of each
    argument in number order, and the spans."""
    spans: list[tuple[int, int]] = []
    numbered: list[tuple[int, str]] = []
    unnumbered: list[tuple[int, str]] = []
    directives = 0
    position = text.find("%")
    while position >= 0:
        start = position
        directives += 1
        position += 1
        number = 0
        digits = re.match(r"([0-9]+)\$", text[position:])
        if digits is not None:
            number = int(digits.group(1))
            if number == 0:
                raise FormatError(
                    f"In the directive number {directives}, the argument number 0 is not a positive integer.", spans
                )
            position += digits.end()
        position = re.compile(r"[-+ 0I]*[0-9]*(?:\.[0-9]*)?").match(text, position).end()
        if position >= len(text):
            raise FormatError("The string ends in the middle of a directive.", spans)
        conversion = text[position]
        if conversion != "%":
            kind = _JAVASCRIPT_TYPES.get(conversion)
            if kind is None:
                raise FormatError(invalid_conversion(directives, conversion), spans)
            if (number and unnumbered) or (not number and numbered):
                raise FormatError(
                    "The string refers to arguments both through absolute argument numbers and through unnumbered "
                    "argument specifications.", spans,
                )
            if number:
                numbered.append((number, kind))
            else:
                unnumbered.append((len(unnumbered) + 1, kind))
        spans.append((start, position))
        position = text.find("%", position + 1)
    if unnumbered:
        return unnumbered, spans
    by_number: dict[int, str] = {}
    for number, kind in sorted(numbered):
        if by_number.setdefault(number, kind) != kind:
            raise FormatError(f"The string refers to argument number {number} in incompatible ways.", spans)
    return sorted(by_number.items()), spans


_PHP_TYPES = {"c": "char", "s": "string", "e": "float", "f": "float", **dict.fromkeys("bduoxX", "integer")}
# A "'" flag takes the next byte as the padding: of a non-ASCII character, GNU takes only the first byte.
_PHP_MODIFIERS = re.compile(r"(?:[0\- ]|'[\x00-\x7f]?)*[0-9]*(?:\.[0-9]+)?l?")


def parse_php(text: str) -> tuple[list[tuple[int, str]], list[tuple[int, int]]]:
    """format-php.c: %[n$][0- 'c]*[width][.precision][l]conversion, %% a literal percent; the
    (number, type) of each argument in number order, and the spans."""
    spans: list[tuple[int, int]] = []
    arguments: list[tuple[int, str]] = []
    directives = unnumbered = 0
    position = text.find("%")
    while position >= 0:
        start = position
        directives += 1
        position += 1
        if text.startswith("%", position):
            spans.append((start, position))
            position = text.find("%", position + 1)
            continue
        unnumbered += 1
        number = unnumbered
        digits = re.match(r"([0-9]+)\$", text[position:])
        if digits is not None:
            if int(digits.group(1)) == 0:
                raise FormatError(
                    f"In the directive number {directives}, the argument number 0 is not a positive integer.", spans
                )
            number = int(digits.group(1))
            unnumbered -= 1
            position += digits.end()
        position = _PHP_MODIFIERS.match(text, position).end()
        if position >= len(text):
            raise FormatError("The string ends in the middle of a directive.", spans)
        kind = _PHP_TYPES.get(text[position])
        if kind is None:
            raise FormatError(invalid_conversion(directives, text[position]), spans)
        arguments.append((number, kind))
        spans.append((start, position))
        position = text.find("%", position + 1)
    by_number: dict[int, str] = {}
    for number, kind in sorted(arguments, key=lambda pair: pair[0]):
        if by_number.setdefault(number, kind) != kind:
            raise FormatError(f"The string refers to argument number {number} in incompatible ways.", spans)
    return sorted(by_number.items()), spans


_LUA_TYPES = {"c": "char", "s": "string", "q": "escaped string", **dict.fromkeys("diouXx", "integer"),
              **dict.fromkeys("aAEefgG", "float")}


def parse_lua(text: str) -> tuple[list[str], list[tuple[int, int]]]:
    """format-lua.c: %[width][.precision]conversion, %% a literal percent; the argument types in
    order, and the spans."""
    spans: list[tuple[int, int]] = []
    arguments: list[str] = []
    position = text.find("%")
    while position >= 0:
        start = position
        position += 1
        if not text.startswith("%", position):
            position = re.compile(r"[0-9]*(?:\.[0-9]*)?").match(text, position).end()
            if position >= len(text):
                raise FormatError("The string ends in the middle of a directive.", spans)
            kind = _LUA_TYPES.get(text[position])
            if kind is None:
                raise FormatError(invalid_conversion(len(arguments) + 1, text[position]), spans)
            arguments.append(kind)
        spans.append((start, position))
        position = text.find("%", position + 1)
    return arguments, spans


def _conversion_error(text: str, position: int, directives: int, spans: list[tuple[int, int]]) -> FormatError:
    """GNU's reason for a directive that ends at `position` without a valid conversion."""
    if position >= len(text):
        return FormatError("The string ends in the middle of a directive.", spans)
    return FormatError(invalid_conversion(directives, text[position]), spans)


def _merge_numbered(arguments: list[tuple[int, str]], spans: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """The arguments sorted by number, one per number; a number used with two types is GNU's
    "incompatible ways" error (every directive was still marked, so `spans` is complete)."""
    merged: dict[int, str] = {}
    clash = None
    for number, kind in sorted(arguments, key=lambda pair: pair[0]):
        if merged.setdefault(number, kind) != kind and clash is None:
            clash = number
    if clash is not None:
        raise FormatError(f"The string refers to argument number {clash} in incompatible ways.", spans)
    return sorted(merged.items())


_DIGITS = re.compile(r"[0-9]+")
_MIXED = ("The string refers to arguments both through absolute argument numbers and through unnumbered "
          "argument specifications.")
_AWK_TYPES = {"c": "char", "s": "string", "i": "integer", "d": "integer", **dict.fromkeys("ouxX", "unsigned"),
              **dict.fromkeys("eEfgG", "float")}


def _skip_digits(text: str, position: int) -> int:
    digits = _DIGITS.match(text, position)
    return digits.end() if digits else position


def parse_awk(text: str) -> tuple[list[tuple[int, str]], list[tuple[int, int]]]:
    """format-awk.c: %[m$][#0- +]*[*[m$]|width][.(*[m$]|precision)]conversion, numbered and
    unnumbered arguments exclusive; the (number, type) of each argument, and the spans."""
    spans: list[tuple[int, int]] = []
    numbered: list[tuple[int, str]] = []
    unnumbered: list[tuple[int, str]] = []
    directives = 0

    def argument_number(position: int, what: str) -> tuple[int, int]:
        digits = _DIGITS.match(text, position)
        if digits is None or not text.startswith("$", digits.end()):
            return 0, position
        if int(digits.group()) == 0:
            raise FormatError(
                f"In the directive number {directives}, the {what}argument number 0 is not a positive integer.", spans)
        return int(digits.group()), digits.end() + 1

    def add(number: int, kind: str) -> None:
        if (number and unnumbered) or (not number and numbered):
            raise FormatError(_MIXED, spans)
        if number:
            numbered.append((number, kind))
        else:
            unnumbered.append((len(unnumbered) + 1, kind))

    position = text.find("%")
    while position >= 0:
        start = position
        directives += 1
        number, position = argument_number(position + 1, "")
        while position < len(text) and text[position] in " +-#0":
            position += 1
        if text.startswith("*", position):
            width, position = argument_number(position + 1, "width's ")
            add(width, "integer")
        else:
            position = _skip_digits(text, position)
        if text.startswith(".", position):
            position += 1
            if text.startswith("*", position):
                precision, position = argument_number(position + 1, "precision's ")
                add(precision, "integer")
            else:
                position = _skip_digits(text, position)
        conversion = text[position : position + 1]
        if conversion != "%":
            kind = _AWK_TYPES.get(conversion) if conversion else None
            if kind is None:
                raise _conversion_error(text, position, directives, spans)
            add(number, kind)
        spans.append((start, position))
        position = text.find("%", position + 1)
    if unnumbered:
        return unnumbered, spans
    return _merge_numbered(numbered, spans), spans


_TCL_TYPES = {"c": "char", "s": "string", "i": "integer", "d": "integer", **dict.fromkeys("ouxX", "unsigned"),
              **dict.fromkeys("eEfgG", "float")}


def parse_tcl(text: str) -> tuple[list[tuple[int, str]], list[tuple[int, int]]]:
    """format-tcl.c: %[m$][#0- +]*[*|width][.(*|precision)][h|l]conversion; after %m$ the count
    goes on from m, so a '*' takes the argument m and the conversion m+1. Numbered and unnumbered
    directives are exclusive. The (number, type) of each argument, and the spans."""
    spans: list[tuple[int, int]] = []
    arguments: list[tuple[int, str]] = []
    seen_numbered = seen_unnumbered = False
    directives = 0
    number = 1
    position = text.find("%")
    while position >= 0:
        start = position
        directives += 1
        position += 1
        if not text.startswith("%", position):
            digits = _DIGITS.match(text, position)
            is_numbered = digits is not None and text.startswith("$", digits.end())
            if is_numbered:
                if int(digits.group()) == 0:
                    raise FormatError(
                        f"In the directive number {directives}, the argument number 0 is not a positive integer.", spans)
                number = int(digits.group())
                position = digits.end() + 1
                if seen_unnumbered:
                    raise FormatError(_MIXED, spans)
                seen_numbered = True
            else:
                if seen_numbered:
                    raise FormatError(_MIXED, spans)
                seen_unnumbered = True
            while position < len(text) and text[position] in " +-#0":
                position += 1
            if text.startswith("*", position):
                arguments.append((number, "integer"))
                number += 1
                position += 1
            else:
                position = _skip_digits(text, position)
            if text.startswith(".", position):
                position += 1
                if text.startswith("*", position):
                    arguments.append((number, "integer"))
                    number += 1
                    position += 1
                else:
                    position = _skip_digits(text, position)
            short = text.startswith("h", position)
            if short or text.startswith("l", position):
                position += 1
            conversion = text[position : position + 1]
            kind = _TCL_TYPES.get(conversion) if conversion else None
            if kind is None:
                raise _conversion_error(text, position, directives, spans)
            if short and kind in ("integer", "unsigned"):
                kind = "short " + kind
            arguments.append((number, kind))
            number += 1
        spans.append((start, position))
        position = text.find("%", position + 1)
    return _merge_numbered(arguments, spans), spans


_PASCAL_TYPES = {**dict.fromkeys("dux", "integer"), **dict.fromkeys("efgnm", "float"), "s": "string", "p": "pointer"}


def parse_object_pascal(text: str) -> tuple[list[tuple[int, str]], list[tuple[int, int]]]:
    """format-pascal.c: %% or %[index:][-][width|*][.(precision|*)]conversion, conversions in
    either case. Arguments count from 0; an index ("1:", ":" for 0) does not move the count, and
    '*:' reads the index itself as an integer argument. The (number, type) of each argument, and
    the spans."""
    spans: list[tuple[int, int]] = []
    arguments: list[tuple[int, str]] = []
    unnumbered = 0
    directives = 0
    position = text.find("%")
    while position >= 0:
        start = position
        directives += 1
        position += 1
        if not text.startswith("%", position):
            index: int | str | None = None
            digits = re.compile(r"[0-9]*:").match(text, position)
            if digits is not None:
                index = int(digits.group()[:-1] or 0)
                position = digits.end()
            elif text.startswith("*:", position):
                index = "unknown"
                position += 2
            if text.startswith("-", position):
                position += 1
            if text.startswith("*", position):
                arguments.append((unnumbered, "integer"))
                unnumbered += 1
                position += 1
            else:
                position = _skip_digits(text, position)
            if text.startswith(".", position):
                if _DIGITS.match(text, position + 1):
                    position = _skip_digits(text, position + 1)
                elif text.startswith("*", position + 1):
                    arguments.append((unnumbered, "integer"))
                    unnumbered += 1
                    position += 2
            conversion = text[position : position + 1]
            kind = _PASCAL_TYPES.get(conversion.lower()) if conversion.isascii() and conversion else None
            if kind is None:
                raise _conversion_error(text, position, directives, spans)
            if index is None or index == "unknown":
                arguments.append((unnumbered, "integer" if index else kind))
                unnumbered += 1
            else:
                arguments.append((index, kind))
        spans.append((start, position))
        position = text.find("%", position + 1)
    return _merge_numbered(arguments, spans), spans


# format-java-printf.c: each conversion, its argument type, and the flags, width (w) and precision (p)
# it refuses, in the order GNU reports them.
_JAVA_PRINTF_CONVERSIONS = {
    "%": (None, "#0 +,(p"),
    "n": (None, "#0- +,(wp"),
    **dict.fromkeys("bBhHsS", ("general", "0 +,(")),
    **dict.fromkeys("cC", ("character", "#0 +,(p")),
    "d": ("integer", "#p"),
    **dict.fromkeys("oxX", ("integer", ",p")),
    **dict.fromkeys("eEfgG", ("float", "")),
    **dict.fromkeys("aA", ("float", ",(")),
    **dict.fromkeys("tT", ("date", "#0 +,(p")),
}
_JAVA_DATE_SUFFIXES = frozenset("HIklMSLNpzZsQBbhAaCYyjmdeRTrDFc")
_JAVA_FLAGS = re.compile(r"[#0\- +,(]*")


def parse_java_printf(text: str) -> tuple[list[tuple[int, str]], list[tuple[int, int]]]:
    """format-java-printf.c: %[m$|<][#0- +,(]*[width][.precision]conversion, %tX for dates;
    numbered and unnumbered arguments may mix ('%<' reuses the previous directive's argument).
    The (number, type) of each argument, and the spans."""
    spans: list[tuple[int, int]] = []
    arguments: list[tuple[int, str]] = []
    unnumbered = last = directives = 0
    position = text.find("%")
    while position >= 0:
        start = position
        directives += 1
        position += 1
        number = 0
        if text.startswith("<", position):
            if last == 0:
                raise FormatError(
                    f"In the directive number {directives}, the reference to the argument of the previous directive "
                    "is invalid.", spans)
            number = last
            position += 1
        else:
            digits = _DIGITS.match(text, position)
            if digits is not None and text.startswith("$", digits.end()):
                if int(digits.group()) == 0:
                    raise FormatError(
                        f"In the directive number {directives}, the argument number 0 is not a positive integer.", spans)
                number = int(digits.group())
                position = digits.end() + 1
        flags_end = _JAVA_FLAGS.match(text, position).end()
        present = set(text[position:flags_end])
        position = flags_end
        if _DIGITS.match(text, position):
            position = _skip_digits(text, position)
            present.add("w")
        if text.startswith(".", position):
            position += 1
            if not _DIGITS.match(text, position):
                if position >= len(text):
                    raise FormatError("The string ends in the middle of a directive.", spans)
                raise FormatError(f"In the directive number {directives}, the precision is missing.", spans)
            position = _skip_digits(text, position)
            present.add("p")
        conversion = text[position : position + 1]
        if conversion not in _JAVA_PRINTF_CONVERSIONS or not conversion:
            raise _conversion_error(text, position, directives, spans)
        kind, refused = _JAVA_PRINTF_CONVERSIONS[conversion]
        for flag in refused:
            if flag in present:
                if flag == "w":
                    reason = f"a width is invalid for the conversion '{conversion}'."
                elif flag == "p":
                    reason = f"a precision is invalid for the conversion '{conversion}'."
                else:
                    reason = f"the flag '{flag}' is invalid for the conversion '{conversion}'."
                raise FormatError(f"In the directive number {directives}, {reason}", spans)
        if kind == "date":
            position += 1
            if position >= len(text):
                raise FormatError("The string ends in the middle of a directive.", spans)
            if text[position] not in _JAVA_DATE_SUFFIXES:
                raise FormatError(
                    f"In the directive number {directives}, for the conversion '{conversion}', the character "
                    f"'{text[position]}' is not a valid conversion suffix.", spans)
        if kind is not None:
            if number == 0:
                unnumbered += 1
                number = unnumbered
            arguments.append((number, kind))
            last = number
        spans.append((start, position))
        position = text.find("%", position + 1)
    return _merge_numbered(arguments, spans), spans


_NONZERO_NUMBER = re.compile(r"[1-9][0-9]*")
# format-perl.c's argument types: a base type, "unsigned", and a size ("short", "V", "ptr", "long", "long long").
_PERL_SIZES = (("ll", "long long"), ("l", "long"), ("h", "short"), ("L", "long long"), ("q", "long long"),
               ("V", "V"), ("I64", "long long"), ("I32", ""), ("I", "ptr"))


def parse_perl(text: str) -> tuple[list[tuple[int, str]], list[tuple[int, int]]]:
    """format-perl.c: %[m$][#0- +]*[v|*v|*m$v][*[m$]|width][.(*[m$]|digits)][size]conversion,
    numbered and unnumbered arguments mixed freely (m starts with a nonzero digit). The (number,
    type) of each argument, and the spans."""
    spans: list[tuple[int, int]] = []
    arguments: list[tuple[int, str]] = []
    unnumbered = directives = 0

    def numbered_at(position: int) -> tuple[int, int]:
        digits = _NONZERO_NUMBER.match(text, position)
        if digits is None or not text.startswith("$", digits.end()):
            return 0, position
        return int(digits.group()), digits.end() + 1

    def next_unnumbered() -> int:
        nonlocal unnumbered
        unnumbered += 1
        return unnumbered

    position = text.find("%")
    while position >= 0:
        start = position
        directives += 1
        number, position = numbered_at(position + 1)
        while position < len(text) and text[position] in " +-#0":
            position += 1
        vectorize = False
        if text.startswith("v", position):
            position += 1
            vectorize = True
        elif text.startswith("*v", position):
            position += 2
            vectorize = True
            arguments.append((next_unnumbered(), "vector"))
        elif text.startswith("*", position):
            vector_number, after = numbered_at(position + 1)
            if vector_number and text.startswith("v", after):
                position = after + 1
                vectorize = True
                arguments.append((vector_number, "vector"))
        if vectorize:
            arguments.append((number or next_unnumbered(), "vector"))
        if text.startswith("*", position):
            width_number, position = numbered_at(position + 1)
            arguments.append((width_number or next_unnumbered(), "integer"))
        else:
            digits = _NONZERO_NUMBER.match(text, position)
            position = digits.end() if digits else position
        if text.startswith(".", position):
            position += 1
            if text.startswith("*", position):
                precision_number, position = numbered_at(position + 1)
                arguments.append((precision_number or next_unnumbered(), "integer"))
            else:
                position = _skip_digits(text, position)
        size = ""
        for spelling, name in _PERL_SIZES:
            if text.startswith(spelling, position):
                size = name
                position += len(spelling)
                break
        conversion = text[position : position + 1]
        kind = _perl_type(conversion, size) if conversion else None
        if kind is None:
            if conversion in ("e", "E", "f", "F", "g", "G"):
                raise FormatError(
                    f"In the directive number {directives}, the size specifier is incompatible with the conversion "
                    f"specifier '{conversion}'.", spans)
            raise _conversion_error(text, position, directives, spans)
        if kind and not vectorize:
            arguments.append((number or next_unnumbered(), kind))
        spans.append((start, position))
        position = text.find("%", position + 1)
    return _merge_numbered(arguments, spans), spans


def _perl_type(conversion: str, size: str) -> str | None:
    """The argument type of a Perl conversion ("" for %%), None when GNU refuses it."""
    if conversion == "%":
        return ""
    fixed = {"c": "char", "s": "string", "_": "vector", "p": "pointer", "D": "integer V",
             "U": "unsigned integer V", "O": "unsigned integer V"}
    if conversion in fixed:
        return fixed[conversion]
    if conversion in "id":
        return f"integer {size}".strip()
    if conversion in "uboxX":
        return f"unsigned integer {size}".strip()
    if conversion in "eEfFgG":
        return None if size in ("short", "long") else f"float {size}".strip()
    if conversion == "n":
        return f"count pointer {size}".strip()
    return None


_RUBY_TYPES = {"%": None, "\n": None, "s": "any", "p": "escaped any", "c": "char",
               **dict.fromkeys("diuoxXbB", "integer"), **dict.fromkeys("fgGeEaA", "float")}
_NAMED_MIX = "The string refers to arguments both through argument names and through unnamed argument specifications."


def parse_ruby(text: str) -> tuple[tuple[list[tuple[str, str]], list[tuple[int, str]]], list[tuple[int, int]]]:
    """format-ruby.c: '%', then flags, m$, <name>, width (digits, *, *m$) and precision (.digits,
    .*, .*m$) in any order (flags first, width before precision), then a conversion or {name};
    arguments all named, all numbered or all unnumbered. ((named, numbered) arguments, spans)."""
    spans: list[tuple[int, int]] = []
    named: list[tuple[str, str]] = []
    numbered: list[tuple[int, str]] = []
    unnumbered: list[tuple[int, str]] = []
    directives = 0
    position = text.find("%")
    while position >= 0:
        start = position
        directives += 1
        position += 1
        name = None
        number = width_number = precision_number = 0
        seen_width = seen_precision = width_next = precision_next = False

        def fail(reason: str) -> FormatError:
            return FormatError(reason, spans)

        def check_numbered(two: str | None = None) -> None:
            if named or name is not None:
                raise fail(_NAMED_MIX)
            if unnumbered or width_next or precision_next:
                raise fail(_MIXED)

        def check_unnumbered() -> None:
            if named or name is not None:
                raise fail(_NAMED_MIX)
            if numbered or number or width_number or precision_number:
                raise fail(_MIXED)

        def check_name() -> None:
            if numbered or number or width_number or precision_number or unnumbered or width_next or precision_next:
                raise fail(_NAMED_MIX)
            if name is not None:
                raise fail(f"In the directive number {directives}, two names are given for the same argument.")

        def check_width() -> None:
            if seen_precision:
                raise fail(f"In the directive number {directives}, the width is given after the precision.")
            if seen_width:
                raise fail(f"In the directive number {directives}, a width is given twice.")

        while True:
            char = text[position : position + 1]
            if char and char in " #+-0":
                if seen_width:
                    raise fail(f"In the directive number {directives}, a flag is given after the width.")
                if seen_precision:
                    raise fail(f"In the directive number {directives}, a flag is given after the precision.")
                position += 1
            elif char == "<":
                check_name()
                close = text.find(">", position + 1)
                if close < 0:
                    raise fail("The string ends in the middle of a directive.")
                name = text[position + 1 : close]
                position = close + 1
            elif char and char in "0123456789":
                digits = _DIGITS.match(text, position)
                position = digits.end()
                if text.startswith("$", position):
                    check_numbered()
                    if number:
                        raise fail(f"In the directive number {directives}, two numbers are given for the same argument.")
                    number = int(digits.group())
                    position += 1
                else:
                    check_width()
                    seen_width = True
            elif char == "*":
                position += 1
                digits = _DIGITS.match(text, position)
                if digits is not None and text.startswith("$", digits.end()):
                    check_numbered()
                    check_width()
                    if int(digits.group()) == 0:
                        raise fail(f"In the directive number {directives}, the argument number 0 is not a positive integer.")
                    seen_width, width_number = True, int(digits.group())
                    position = digits.end() + 1
                    continue
                check_unnumbered()
                check_width()
                seen_width = width_next = True
            elif char == ".":
                position += 1
                if text.startswith("*", position):
                    position += 1
                    digits = _DIGITS.match(text, position)
                    if digits is not None and text.startswith("$", digits.end()):
                        check_numbered()
                        if seen_precision:
                            raise fail(f"In the directive number {directives}, a precision is given twice.")
                        if int(digits.group()) == 0:
                            raise fail(
                                f"In the directive number {directives}, the argument number 0 is not a positive integer.")
                        seen_precision, precision_number = True, int(digits.group())
                        position = digits.end() + 1
                        continue
                    check_unnumbered()
                    if seen_precision:
                        raise fail(f"In the directive number {directives}, a precision is given twice.")
                    seen_precision = precision_next = True
                    continue
                position = _skip_digits(text, position)
                if seen_precision:
                    raise fail(f"In the directive number {directives}, a precision is given twice.")
                seen_precision = True
            else:
                break
        conversion = text[position : position + 1]
        if conversion == "{":
            check_name()
            close = text.find("}", position + 1)
            if close < 0:
                raise fail("The string ends in the middle of a directive.")
            name = text[position + 1 : close]
            position = close
            kind = "any"
        elif conversion and conversion in _RUBY_TYPES:
            kind = _RUBY_TYPES[conversion]
        else:
            raise _conversion_error(text, position, directives, spans)
        if seen_width:
            if width_number:
                numbered.append((width_number, "integer"))
            elif width_next:
                unnumbered.append((len(unnumbered) + 1, "integer"))
        if seen_precision:
            if precision_number:
                numbered.append((precision_number, "integer"))
            elif precision_next:
                unnumbered.append((len(unnumbered) + 1, "integer"))
        if kind is not None:
            if name is not None:
                named.append((name, kind))
            elif number:
                numbered.append((number, kind))
            else:
                if named:
                    raise fail(_NAMED_MIX)
                if numbered:
                    raise fail(_MIXED)
                unnumbered.append((len(unnumbered) + 1, kind))
        spans.append((start, position))
        position = text.find("%", position + 1)
    if unnumbered:
        numbered_arguments = unnumbered
    else:
        numbered_arguments = _merge_numbered(numbered, spans)
    by_name: dict[str, str] = {}
    clash = None
    for argument, kind in sorted(named, key=lambda pair: pair[0].encode("utf-8", "surrogateescape")):
        if by_name.setdefault(argument, kind) != kind and clash is None:
            clash = argument
    if clash is not None:
        raise FormatError(f"The string refers to the argument named '{clash}' in incompatible ways.", spans)
    named_arguments = sorted(by_name.items(), key=lambda pair: pair[0].encode("utf-8", "surrogateescape"))
    return (named_arguments, numbered_arguments), spans


_BOOST_TYPES = {**dict.fromkeys("cC", "char"), **dict.fromkeys("sS", "any"), **dict.fromkeys("idouxX", "integer"),
                **dict.fromkeys("eEfgG", "float"), "p": "pointer", "t": None, "n": None}


def parse_boost(text: str) -> tuple[list[tuple[int, str]], list[tuple[int, int]]]:
    """format-boost.c: %%, %m%, or %[|][m$][flags][*[m$]|width][.(*[m$]|digits)][hlL]*conversion[|]
    (a '%|' directive ends with '|' and may omit the conversion); numbered and unnumbered arguments
    exclusive, an "any" argument agrees with any other use of its number. (number, type), spans."""
    spans: list[tuple[int, int]] = []
    numbered: list[tuple[int, str]] = []
    unnumbered: list[tuple[int, str]] = []
    directives = 0

    def add(number: int, kind: str) -> None:
        if (number and unnumbered) or (not number and numbered):
            raise FormatError(_MIXED, spans)
        if number:
            numbered.append((number, kind))
        else:
            unnumbered.append((len(unnumbered) + 1, kind))

    def argument_number(position: int, what: str) -> tuple[int, int]:
        digits = _DIGITS.match(text, position)
        if digits is None or not text.startswith("$", digits.end()):
            return 0, position
        if int(digits.group()) == 0:
            raise FormatError(
                f"In the directive number {directives}, the {what}argument number 0 is not a positive integer.", spans)
        return int(digits.group()), digits.end() + 1

    position = text.find("%")
    while position >= 0:
        start = position
        directives += 1
        position += 1
        if text.startswith("%", position):
            spans.append((start, position))
            position = text.find("%", position + 1)
            continue
        brackets = text.startswith("|", position)
        position += brackets
        number, kind, done = 0, None, False
        digits = _NONZERO_NUMBER.match(text, position)
        if digits is not None:
            after = text[digits.end() : digits.end() + 1]
            if (after == "%" and not brackets) or after == "$":
                number = int(digits.group())
                kind, done = ("any", True) if after == "%" else (None, False)
                position = digits.end() + 1
        if not done:
            while position < len(text) and text[position] in " +-#0'_=hl":
                position += 1
            if text.startswith("*", position):
                width, position = argument_number(position + 1, "width's ")
                add(width, "integer")
            else:
                position = _skip_digits(text, position)
            if text.startswith(".", position):
                position += 1
                if text.startswith("*", position):
                    precision, position = argument_number(position + 1, "precision's ")
                    add(precision, "integer")
                else:
                    position = _skip_digits(text, position)
            while position < len(text) and text[position] in "hlL":
                position += 1
            conversion = text[position : position + 1]
            if conversion == "T":
                if position + 1 >= len(text):
                    raise FormatError("The string ends in the middle of a directive.", spans)
                position += 2
            elif conversion == "|" and brackets:
                kind = "any"
            elif conversion and conversion in _BOOST_TYPES:
                kind = _BOOST_TYPES[conversion]
                position += 1
            else:
                raise _conversion_error(text, position, directives, spans)
            if brackets:
                if position >= len(text):
                    raise FormatError("The string ends in the middle of a directive.", spans)
                if text[position] != "|":
                    raise FormatError(f"The directive number {directives} starts with | but does not end with |.", spans)
                position += 1
        if kind is not None:
            add(number, kind)
        spans.append((start, position - 1))
        position = text.find("%", position)
    if unnumbered:
        return unnumbered, spans
    return _merge_with_wildcard(numbered, spans, "any"), spans


def _merge_with_wildcard(arguments: list[tuple[int, str]], spans: list[tuple[int, int]], wildcard: str
                         ) -> list[tuple[int, str]]:
    """_merge_numbered where the `wildcard` type gives way to any other use of its number."""
    merged: dict[int, str] = {}
    clash = None
    for argument, kind in sorted(arguments, key=lambda pair: pair[0]):
        known = merged.setdefault(argument, kind)
        if known == wildcard:
            merged[argument] = kind
        elif kind not in (wildcard, known) and clash is None:
            clash = argument
    if clash is not None:
        raise FormatError(f"The string refers to argument number {clash} in incompatible ways.", spans)
    return sorted(merged.items())


class _JavaText:
    """A Java MessageFormat string read as format-java.c reads its C string: past the end is NUL,
    and a quote toggles quoting unless doubled (the first of two quotes is skipped)."""

    def __init__(self, text: str):
        self.text = text

    def at(self, position: int) -> str:
        return self.text[position] if position < len(self.text) else "\0"

    def handle_quote(self, position: int, quoting: bool) -> tuple[int, bool]:
        if self.at(position) == "'":
            position += 1
            if self.at(position) != "'":
                quoting = not quoting
        return position, quoting

    def escape_length(self, position: int) -> int:
        """How far a backslash sequence reaches: \\uXXXX is six characters, any other two."""
        if self.at(position + 1) == "u" and all(self.at(position + k) in _HEX for k in range(2, 6)):
            return 6
        return 2


_HEX = frozenset("0123456789abcdefABCDEF")
_JAVA_DATE_STYLES = frozenset({"short", "medium", "long", "full"})
_JAVA_NUMBER_STYLES = frozenset({"currency", "percent", "integer"})


def parse_java(text: str) -> tuple[list[tuple[int, str]], list[tuple[int, int]]]:
    """format-java.c: MessageFormat {n}, {n,time|date[,style]}, {n,number[,style]},
    {n,choice[,pattern]} whose clauses are MessageFormats again; quotes protect braces.
    The (number, type) of each argument, and the top-level directives' spans."""
    spans: list[tuple[int, int]] = []
    state = {"directives": 0, "arguments": [], "spans": spans}
    _java_message(text, state, spans)
    return _merge_with_wildcard(state["arguments"], spans, "object"), spans


def _java_message(text: str, state: dict, spans: list[tuple[int, int]] | None) -> None:
    reader = _JavaText(text)
    marks = spans if spans is not None else []  # a choice's clauses are not marked for the writer

    def fail(reason: str) -> FormatError:
        return FormatError(reason, list(state["spans"]))

    position, quoting = 0, False
    while True:
        position, quoting = reader.handle_quote(position, quoting)
        char = reader.at(position)
        if not quoting and char == "{":
            start = position
            state["directives"] += 1
            directive = state["directives"]
            depth = 0
            position += 1
            element_start = position
            while reader.at(position) != "\0":
                if reader.at(position) == "{":
                    depth += 1
                elif reader.at(position) == "}":
                    if depth == 0:
                        break
                    depth -= 1
                position += 1
            if reader.at(position) == "\0":
                raise fail("The string ends in the middle of a directive: found '{' without matching '}'.")
            element = text[element_start:position]
            position += 1
            digits = _DIGITS.match(element)
            if digits is None:
                raise fail(f"In the directive number {directive}, '{{' is not followed by an argument number.")
            number, rest = int(digits.group()), element[digits.end():]
            kind = "object"
            if rest == "":
                pass
            elif rest.startswith((",time", ",date")):
                kind, style = "date", rest[5:]
                if style and not style.startswith(","):
                    raise fail(f'In the directive number {directive}, "{rest[1:5]}" is not followed by a comma.')
            elif rest.startswith((",number", ",choice")):
                kind, style = "number", rest[7:]
                if style and not style.startswith(","):
                    raise fail(f'In the directive number {directive}, "{rest[1:7]}" is not followed by a comma.')
                if style and rest.startswith(",number"):
                    style = style[1:]
                    if style not in _JAVA_NUMBER_STYLES and not _java_number_format(style):
                        raise fail(
                            f'In the directive number {directive}, the substring "{style}" is not a valid number style.')
                elif style:
                    _java_choice(style[1:], state, fail)
            else:
                raise fail(
                    f'In the directive number {directive}, the argument number is not followed by a comma and one of '
                    '"time", "date", "number", "choice".')
            state["arguments"].append((number, kind))
            marks.append((start, position - 1))
        elif not quoting and char == "}":
            raise fail("The string starts in the middle of a directive: found '}' without matching '{'.")
        elif char != "\0":
            position += 1
        else:
            return


def _java_number_format(text: str) -> bool:
    """format-java.c's number_format_parse: prefix, integer (#, 0 and ','), fraction, exponent,
    suffix, and at most one ';' negative pattern."""
    reader = _JavaText(text)
    quoting = seen_semicolon = False
    position, quoting = reader.handle_quote(0, quoting)

    def step(position: int, quoting: bool) -> tuple[int, bool]:
        return reader.handle_quote(position + 1, quoting)

    while True:
        while reader.at(position) != "\0" and not (not quoting and reader.at(position) in "0#"):
            position += reader.escape_length(position) if reader.at(position) == "\\" else 1
            position, quoting = reader.handle_quote(position, quoting)
        if not (not quoting and reader.at(position) in "0#"):
            return False
        while not quoting and reader.at(position) == "#":
            position, quoting = step(position, quoting)
            if not quoting and reader.at(position) == ",":
                position, quoting = step(position, quoting)
        while not quoting and reader.at(position) == "0":
            position, quoting = step(position, quoting)
            if not quoting and reader.at(position) == ",":
                position, quoting = step(position, quoting)
        if not quoting and reader.at(position) == ".":
            position, quoting = step(position, quoting)
            while not quoting and reader.at(position) == "0":
                position, quoting = step(position, quoting)
            while not quoting and reader.at(position) == "#":
                position, quoting = step(position, quoting)
        if not quoting and reader.at(position) == "E":
            saved = position
            position, quoting = step(position, quoting)
            if not quoting and reader.at(position) == "0":
                while True:
                    position, quoting = step(position, quoting)
                    if quoting or reader.at(position) != "0":
                        break
            else:
                position, quoting = saved, False
        while reader.at(position) != "\0" and (seen_semicolon or not (not quoting and reader.at(position) == ";")):
            position += reader.escape_length(position) if reader.at(position) == "\\" else 1
            position, quoting = reader.handle_quote(position, quoting)
        if seen_semicolon or not (not quoting and reader.at(position) == ";"):
            break
        # GNU never sets seen_semicolon: the ';' starts the next round as a prefix character (0.21).
    return reader.at(position) == "\0"


def _java_choice(text: str, state: dict, fail) -> None:
    """format-java.c's choice_format_parse: number separator MessageFormat, clauses split by '|'."""
    reader = _JavaText(text)
    position, quoting = reader.handle_quote(0, False)
    if reader.at(position) == "\0":
        return
    while True:
        nonempty = False
        while reader.at(position) != "\0" and not (
            not quoting and (reader.at(position) in "<#|" or text.startswith("\\u2264", position))
        ):
            position += reader.escape_length(position) if reader.at(position) == "\\" else 1
            nonempty = True
            position, quoting = reader.handle_quote(position, quoting)
        if reader.at(position) == "\0":
            return
        directive = state["directives"]
        if not nonempty:
            raise fail(f"In the directive number {directive}, a choice contains no number.")
        if reader.at(position) in "<#":
            position += 1
        elif text.startswith("\\u2264", position):
            position += 6
        else:
            raise fail(
                f"In the directive number {directive}, a choice contains a number that is not followed by '<', '#' "
                "or '\\u2264'.")
        position, quoting = reader.handle_quote(position, quoting)
        clause = []
        while reader.at(position) != "\0" and not (not quoting and reader.at(position) == "|"):
            clause.append(reader.at(position))
            position, quoting = reader.handle_quote(position + 1, quoting)
        _java_message("".join(clause), state, None)
        if reader.at(position) == "\0":
            return
        position, quoting = reader.handle_quote(position + 1, quoting)


_ELISP_TYPES = {"c": "char", **dict.fromkeys("dixXo", "integer"), **dict.fromkeys("eEfgG", "float"),
                "s": "pretty object", "S": "object"}
_LIBREP_TYPES = {"c": "char", **dict.fromkeys("dxXo", "integer"), "s": "pretty object", "S": "object"}


def parse_elisp(text: str) -> tuple[list[tuple[int, str]], list[tuple[int, int]]]:
    """format-elisp.c: %[m$][#0- +]*[*|width][.(*|digits)]conversion; %m$ sets the current
    argument number, every argument read moves it on. (number, type) of each argument, spans."""
    return _lisp_printf(text, " +-#0", True, _ELISP_TYPES)


def parse_librep(text: str) -> tuple[list[tuple[int, str]], list[tuple[int, int]]]:
    """format-librep.c: elisp's grammar with the flags -^0+ and space, no '*', fewer conversions."""
    return _lisp_printf(text, "-^0+ ", False, _LIBREP_TYPES)


def _lisp_printf(text: str, flags: str, stars: bool, types: dict[str, str]
                 ) -> tuple[list[tuple[int, str]], list[tuple[int, int]]]:
    spans: list[tuple[int, int]] = []
    arguments: list[tuple[int, str]] = []
    number = 1
    directives = 0
    position = text.find("%")
    while position >= 0:
        start = position
        directives += 1
        position += 1
        digits = _DIGITS.match(text, position)
        if digits is not None and text.startswith("$", digits.end()) and int(digits.group()) > 0:
            number = int(digits.group())
            position = digits.end() + 1
        while position < len(text) and text[position] in flags:
            position += 1
        if stars and text.startswith("*", position):
            arguments.append((number, "integer"))
            number += 1
            position += 1
        else:
            position = _skip_digits(text, position)
        if text.startswith(".", position):
            position += 1
            if stars and text.startswith("*", position):
                arguments.append((number, "integer"))
                number += 1
                position += 1
            else:
                position = _skip_digits(text, position)
        conversion = text[position : position + 1]
        if conversion != "%":
            kind = types.get(conversion) if conversion else None
            if kind is None:
                raise _conversion_error(text, position, directives, spans)
            arguments.append((number, kind))
            number += 1
        spans.append((start, position))
        position = text.find("%", position + 1)
    return _merge_numbered(arguments, spans), spans


_GFC_TYPES = {"C": "void", "L": "locus", "c": "char", "s": "string", "i": "integer", "d": "integer",
              "u": "unsigned integer", "li": "long integer", "ld": "long integer", "lu": "unsigned long integer"}


def parse_gfc_internal(text: str) -> tuple[tuple[tuple[str, ...], bool], list[tuple[int, int]]]:
    """format-gfc-internal.c: %% or %[m$](C|L|c|s|[l](i|d|u)); %m$ sets the current argument,
    every argument from the first to the highest must be used, and %C (the current locus) takes a
    place but no value. ((argument types in order, whether %C is used), spans)."""
    spans: list[tuple[int, int]] = []
    arguments: list[tuple[int, str]] = []
    number, directives = 1, 0
    position = text.find("%")
    while position >= 0:
        start = position
        directives += 1
        position += 1
        if not text.startswith("%", position):
            digits = _DIGITS.match(text, position)
            if digits is not None and text.startswith("$", digits.end()):
                if int(digits.group()) == 0:
                    raise FormatError(
                        f"In the directive number {directives}, the argument number 0 is not a positive integer.", spans)
                number = int(digits.group())
                position = digits.end() + 1
            conversion = text[position : position + 1]
            if conversion == "l":
                position += 1
                conversion += text[position : position + 1]
            if conversion not in _GFC_TYPES or conversion == "l":
                raise _conversion_error(text, position, directives, spans)
            arguments.append((number, _GFC_TYPES[conversion]))
            number += 1
        spans.append((start, position))
        position = text.find("%", position + 1)
    merged = _merge_numbered(arguments, spans)
    for index, (argument, _kind) in enumerate(merged):
        if argument != index + 1:
            raise FormatError(
                f"The string refers to argument number {argument} but ignores argument number {index + 1}.", spans)
    types = tuple(kind for _argument, kind in merged if kind != "void")
    return (types, any(kind == "void" for _argument, kind in arguments)), spans


_GCC_TYPES = {"c": "char", "s": "string", "p": "pointer", "H": "location", "J": "tree decl", "K": "tree statement",
              "D": "tree decl", "F": "tree funcdecl", "T": "tree type", "E": "tree expression", "A": "tree argument",
              "C": "tree code", "L": "languages", "O": "tree code binop", "P": "integer funcparam",
              "Q": "tree code assop", "V": "tree cv"}


def parse_gcc_internal(text: str) -> tuple[tuple[list[tuple[int, str]], bool], list[tuple[int, int]]]:
    """format-gcc-internal.c: %%, %<, %>, %', %m, or %[m$][q][l|ll|w][+][#] then a conversion,
    '.NNNs' or '.*[m-1$]s'; numbered and unnumbered arguments exclusive.
    (((number, type) of each argument, whether %m is used), spans)."""
    spans: list[tuple[int, int]] = []
    numbered: list[tuple[int, str]] = []
    unnumbered: list[tuple[int, str]] = []
    uses_errno = False
    directives = 0

    def fail(reason: str) -> FormatError:
        return FormatError(reason, spans)

    def add(number: int, kind: str) -> None:
        if (number and unnumbered) or (not number and numbered):
            raise fail(_MIXED)
        if number:
            numbered.append((number, kind))
        else:
            unnumbered.append((len(unnumbered) + 1, kind))

    position = text.find("%")
    while position >= 0:
        start = position
        directives += 1
        position += 1
        char = text[position : position + 1]
        if char and char in "%<>'":
            pass
        elif char == "m":
            uses_errno = True
        else:
            number = 0
            digits = _DIGITS.match(text, position)
            if digits is not None and text.startswith("$", digits.end()):
                if int(digits.group()) == 0:
                    raise fail(f"In the directive number {directives}, the argument number 0 is not a positive integer.")
                number = int(digits.group())
                position = digits.end() + 1
            counts = {"q": 0, "l": 0, "w": 0, "+": 0, "#": 0}
            while text[position : position + 1] in ("q", "l", "w", "+", "#"):
                flag = text[position]
                limit = 2 if flag == "l" else 1
                if counts[flag] >= limit or (flag == "l" and counts["w"]) or (flag == "w" and counts["l"]):
                    raise fail(f"In the directive number {directives}, the flags combination is invalid.")
                counts[flag] += 1
                position += 1
            size = {2: "long long", 1: "long"}.get(counts["l"], "wide" if counts["w"] else "")
            conversion = text[position : position + 1]
            if conversion == ".":
                position += 1
                if _DIGITS.match(text, position):
                    position = _skip_digits(text, position)
                    if not text.startswith("s", position):
                        if position >= len(text):
                            raise fail("The string ends in the middle of a directive.")
                        raise fail(f"In the directive number {directives}, a precision is not allowed before "
                                   f"'{text[position]}'.")
                elif text.startswith("*", position):
                    position += 1
                    precision = 0
                    digits = _DIGITS.match(text, position)
                    if digits is not None and text.startswith("$", digits.end()):
                        value = int(digits.group())
                        if value == 0:
                            raise fail(f"In the directive number {directives}, the width's argument number 0 is not a "
                                       "positive integer.")
                        if unnumbered or number == 0:
                            raise fail(_MIXED)
                        if value != number - 1:
                            raise fail(f"In the directive number {directives}, the argument number for the precision "
                                       f"must be equal to {number - 1}.")
                        precision = value
                        position = digits.end() + 1
                    add(precision, "integer")
                    if not text.startswith("s", position):
                        if position >= len(text):
                            raise fail("The string ends in the middle of a directive.")
                        raise fail(f"In the directive number {directives}, a precision specification is not allowed "
                                   f"before '{text[position]}'.")
                else:
                    raise fail(f"In the directive number {directives}, the precision specification is invalid.")
                kind = "string"
            elif conversion and conversion in "iduox":
                kind = ("integer" if conversion in "id" else "unsigned integer") + (f" {size}" if size else "")
            elif conversion and conversion in _GCC_TYPES:
                kind = _GCC_TYPES[conversion]
            else:
                raise _conversion_error(text, position, directives, spans)
            add(number, kind)
        spans.append((start, position))
        position = text.find("%", position + 1)
    arguments = unnumbered if unnumbered else _merge_numbered(numbered, spans)
    return (arguments, uses_errno), spans


# --- The table: one grammar per format flag --------------------------------------------------------


@dataclass(frozen=True)
class ProsePatterns:
    """A grammar's directives as the checks find them in a message's prose: looser than GNU's parser,
    which stops at the first directive it rejects, and each as loose as its caller needs (the
    regular expressions' source text, compiled by each caller as it combines them)."""

    # A directive of a text flagged with the format (the placeholder checks).
    flagged: str | None = None
    # A directive of a text no format flag speaks for: only the shapes no prose has.
    unflagged: str | None = None
    # What makes extraction flag a message with the format (Babel's rule).
    extracted: str | None = None
    # What the language itself reads as a directive when it formats, valid or not.
    formatted: str | None = None
    # Blanked out before the typography checks read the prose: no space flag, since the "% d" of
    # "50 % des" is French typography.
    typography_mask: str | None = None
    # Blanked out before numbers are read: a "%" right after a number is a percent sign.
    number_masks: tuple[str, ...] = ()


@dataclass(frozen=True)
class FormatGrammar:
    """How GNU gettext reads the strings of one format flag (`<language>-format`)."""

    language: str
    # GNU's name for it in msgfmt's messages: "not a valid Python brace format string".
    label: str
    # (text, translated) -> (what msgfmt compares, the directives' spans); FormatError when invalid.
    parse: Callable[[str, bool], tuple[object, list[tuple[int, int]]]]
    prose: ProsePatterns = ProsePatterns()

    @property
    def flag(self) -> str:
        return f"{self.language}-format"

    def arguments(self, text: str, translated: bool) -> object:
        """What msgfmt -c compares between a msgid and its translation; FormatError when invalid."""
        return self.parse(text, translated)[0]

    def spans(self, text: str, translated: bool) -> list[tuple[int, int]]:
        """(first, last) character of each directive recognised before any error."""
        try:
            return self.parse(text, translated)[1]
        except FormatError as error:
            return error.spans


class _CGrammar(FormatGrammar):
    # c_format walks the string once for the types and once for the spans, each as GNU does.
    def arguments(self, text: str, translated: bool) -> tuple[int, ...]:
        try:
            return parse_c_format(text, translated=translated, objc=self.language == "objc").arguments
        except CFormatError as error:
            raise FormatError(str(error), []) from None

    def spans(self, text: str, translated: bool) -> list[tuple[int, int]]:
        return c_directive_spans(text, translated=translated, objc=self.language == "objc")


def _untranslated(parse: Callable[[str], tuple[object, list[tuple[int, int]]]]):
    """A parser for a language whose translations are read as their msgids are."""
    return lambda text, _translated: parse(text)


# The prose patterns of the grammars the checks look for.

# printf as msgfmt reads it: %[n$][flags][width][.precision][length]conversion.
_C_FLAGGED = (
    r"%(?:(?P<position>\d+)\$)?(?P<flags>[-+ #0'I]*)(?P<width>\d+|\*(?:\d+\$)?)?"
    r"(?:\.(?P<precision>\d+|\*(?:\d+\$)?)?)?(?P<length>hh|h|ll|l|L|q|j|z|Z|t)?(?P<conversion>[diouxXeEfFgGaAcspnCS%]|<PRI[diouxX]\w*>)"
)
# Without a format flag: no space or I flags (so "50 % of" and "5% of" are text).
_C_UNFLAGGED = (
    r"%(?:(?P<position>[1-9]\d*)\$)?(?P<flags>[-+#0]*)(?P<width>\d+|\*)?"
    r"(?:\.(?P<precision>\d+|\*)?)?(?P<length>hh|h|ll|l|L|q|j|z|t)?(?P<conversion>[diouxXeEfFgGcsp%]|<PRI[diouxX]\w*>)"
)
# Python's named form, flagged or not. `%%` is matched (and skipped) first, so that "%%(end)" is
# text, not a named placeholder.
_PYTHON_NAMED = r"%%|%\((?P<name>[^()]*)\)[-+ #0]*(?:\d+|\*)?(?:\.\d+)?[hlL]?(?P<conversion>[diouxXeEfFgGcrsa%])"
# A brace field; without the flag only numbered fields count: `{anonymous}` or `{INTEGER}` in a
# C program's text is a word in braces, `{0}` is a placeholder in any syntax that has them.
_BRACE_FLAGGED = r"(?<![{$%])\{(?P<name>[A-Za-z_][\w.]*(?:\[[^\]{}]*\])?|\d+)?(?:![rsa])?(?::[^{}]*)?\}(?!\})"
_BRACE_UNFLAGGED = r"(?<![{$%#\\])\{(?P<name>\d+)\}(?!\})"
_BRACE_IN_PROSE = r"\{[^{}\s]*\}"

# A scale word after "$5" makes it an amount ("$5 million", "$5 millones"), not the shell's $5.
AMOUNT_SCALE = (r"[ \u00a0]?(?i:thousand|mill?(?:i?o|ó)n|mill?iard|bill?(?:i?o|ó)n|trill?(?:i?o|ó)n|тысяч|миллион|миллиард"
                r"|bn\b|tn\b)")

# A rate after "$4" ("$4/month", "$4 per seat", "$4 off"), a bound ("$5 or more"), or a price's verb
# before it ("costs $4", "save $5") makes it an amount too.
AMOUNT_PER = (r"/(?i:mo|month|yr|year|wk|week|day|night|hr|hour|user|seat|person)\b"
              r"|[ \u00a0](?i:per|each|off|a\s+(?:month|year|week|day|night)|an\s+hour"
              r"|(?:or|ou|oder|o|или)\s+(?:more|less|above|over|under|higher|lower|plus|moins|mehr|weniger|más"
              r"|menos|больше|более|меньше|менее))\b|(?=以上|以下|未満|超)")
_AMOUNT_WORDS_BEFORE = "".join(rf"(?<!\b{word} )" for word in ("costs", "cost", "pay", "paid", "save", "Save", "only",
                                                              "just", "extra", "from", "over", "under", "earn",
                                                              "than", "least", "most", "fee"))

_PROSE = {
    "c": ProsePatterns(
        flagged=_C_FLAGGED,
        unflagged=_C_UNFLAGGED,
        # With the kernel's and binutils' %pB / %pA extensions.
        typography_mask=r"%p[A-Za-z]|%(?:\d+\$)?[-+#0]*(?:\d+|\*)?(?:\.(?:\d+|\*))?(?:hh|h|ll|l|L|q|j|z|t)?[diouxXeEfFgGaAcspnm]",
        number_masks=(
            # Positional (%1$s) too; a "%" right after a number is a percent sign ("60 % des" must
            # not become the placeholder "% d").
            r"(?<!\d)(?<!\d[ \u00a0\u202f])%(?:\d+\$)?[-+#0']*(?:\d+|\*)?(?:\.(?:\d+|\*))?"
            r"(?:hh|h|ll|l|L|q|j|z|t|I64|I32)?[diouxXeEfFgGcCsSpnaA%]",
            r"%\d+\$[-+#0' ]*(?:\d+|\*(?:\d+\$)?)?(?:\.(?:\d+|\*(?:\d+\$)?))?[a-zA-Z]{1,2}",
        ),
    ),
    "python": ProsePatterns(
        flagged=_PYTHON_NAMED,
        unflagged=_PYTHON_NAMED,
        extracted=r"%(?:\([^)]*\))?[-#0 +]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[diouxXeEfFgGcrsa%]",
        # CPython's PyUnicode_Format: %[(key)][flags][width][.precision][length modifier]conversion,
        # the conversion being any character (or none at the end).
        formatted=(r"(?s)%(?:\((?P<name>[^()]*)(?P<closed>\))?)?(?P<flags>[-+ #0]*)(?P<width>\*|\d+)?"
                   r"(?:\.(?P<precision>\*|\d*))?[hlL]?(?P<conversion>.?)"),
        typography_mask=r"%\([^()]*\)[-+ #0]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa]",
        number_masks=(r"%\([^)\s]*\)[-+#0 ]*\d*(?:\.\d+)?[a-zA-Z]",),
    ),
    "python-brace": ProsePatterns(
        flagged=_BRACE_FLAGGED,
        unflagged=_BRACE_UNFLAGGED,
        typography_mask=_BRACE_IN_PROSE,
        number_masks=(_BRACE_IN_PROSE,),
    ),
    "ruby": ProsePatterns(number_masks=(r"%\{[^}\s]*\}",)),
    # Qt's %1 (KDE's too).
    # ("%1." and "%1," end a sentence or a clause; "%1.5" is no placeholder.)
    "qt": ProsePatterns(number_masks=(r"(?<!\d)(?<!\d[ \u00a0\u202f])%\d(?!\d|[.,]\d)",)),
    # A variable, or one positional digit: "$30,000", "$50" and "$5 million" are amounts of money.
    "sh": ProsePatterns(number_masks=(r"\$\{\w+\}|\$[A-Za-z_]\w*|(?=\$\d)" + _AMOUNT_WORDS_BEFORE + r"\$\d(?![\d,.]?\d)(?!"
                                      + AMOUNT_SCALE + "|" + AMOUNT_PER + ")",)),
    # GCC diagnostics markup: %< %> %{ %}.
    "gcc-internal": ProsePatterns(number_masks=(r"%[<>{}]",)),
}


def _grammar(language: str, label: str, parse) -> FormatGrammar:
    return FormatGrammar(language, label, parse, _PROSE.get(language, ProsePatterns()))


# The KUIT, Lisp and Scheme grammars are modules of their own, loaded when a string of theirs is
# parsed (a millisecond of start-up that nearly no catalogue needs).
def _parse_kde_kuit(text: str):
    from i18n.po.format_kuit import parse_kde_kuit

    return parse_kde_kuit(text, parse_kde=parse_kde)


def _parse_lisp(text: str):
    from i18n.po.format_lisp import parse_lisp

    return parse_lisp(text)


def _parse_scheme(text: str):
    from i18n.po.format_lisp import parse_scheme

    return parse_scheme(text)


# Every format language GNU gettext 0.21 parses that is parsed here, by its flag's name.
GRAMMARS: dict[str, FormatGrammar] = {
    "c": _CGrammar("c", "C", None, _PROSE["c"]),
    "objc": _CGrammar("objc", "Objective C", None),
    **{
        language: _grammar(language, label, _untranslated(parse))
        for language, label, parse in (
            ("python", "Python", parse_python),
            ("python-brace", "Python brace", parse_python_brace),
            ("kde", "KDE", parse_kde),
            ("kde-kuit", "KDE KUIT", _parse_kde_kuit),
            ("lisp", "Lisp", _parse_lisp),
            ("scheme", "Scheme", _parse_scheme),
            ("qt", "Qt", parse_qt),
            ("qt-plural", "Qt plural", parse_qt_plural),
            ("perl-brace", "Perl brace", parse_perl_brace),
            ("csharp", "C#", parse_csharp),
            ("sh", "Shell", parse_sh),
            ("smalltalk", "Smalltalk", parse_smalltalk),
            # format-smalltalk.c serves YCP's sformat strings too: one grammar, another name.
            ("ycp", "YCP", parse_smalltalk),
            ("javascript", "JavaScript", parse_javascript),
            ("php", "PHP", parse_php),
            ("lua", "Lua", parse_lua),
            ("awk", "awk", parse_awk),
            ("tcl", "Tcl", parse_tcl),
            ("object-pascal", "Object Pascal", parse_object_pascal),
            ("java-printf", "Java printf", parse_java_printf),
            ("perl", "Perl", parse_perl),
            ("ruby", "Ruby", parse_ruby),
            ("boost", "Boost", parse_boost),
            ("elisp", "Emacs Lisp", parse_elisp),
            ("librep", "librep", parse_librep),
            ("gfc-internal", "GFC internal", parse_gfc_internal),
            ("gcc-internal", "GCC internal", parse_gcc_internal),
            ("java", "Java MessageFormat", parse_java),
        )
    },
}


def grammar_of(flag: str) -> FormatGrammar | None:
    """The grammar of a format flag ("c-format" -> C's), None for a flag that names none."""
    return GRAMMARS.get(flag.removesuffix("-format")) if flag.endswith("-format") else None
