"""Plural forms: the gettext `Plural-Forms` value for a locale, and reading and judging one.

`plural_forms` answers what `msginit` puts in a new catalogue's header: GNU's own table for the
languages it knows, CLDR (through Babel) for the others.  `check_plural_forms` is the one rule for
a header's value -- what `msgfmt -c` accepts, with GNU's messages -- that `check`, `compile` and
`update` all apply; `parse_plural_forms` gives the usable rule or raises that same message.
It also owns msgfmt's "often" rule (`PluralUse`): a form the rule selects for many n must keep
every format directive, one it selects for few (French "un fichier") may leave the count out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from i18n.errors import InputError
from i18n.po.flags import range_of
from i18n.locales import parse_locale

# CLDR's canonical category order; gettext form indices follow it (zero=0, one=1, ...).
_CLDR_TAG_ORDER = ("zero", "one", "two", "few", "many", "other")
# Integers examined when deciding which CLDR categories an integer count can reach.
_INTEGER_SAMPLE = range(0, 1001)

# GNU gettext 0.21's plural table (gettext-tools/src/plural-table.c): msginit looks the catalogue
# name up first ("pt_BR"), then the language alone ("pt").  Kept here because CLDR changes between
# Babel releases (2.19 writes French as `(((n >= 0 && n <= 1)) ? 0 : 1)`) and GNU's text does not;
# for ga (3 forms where CLDR has 5) and he (2 where CLDR has 3) GNU's older rule is what msginit writes.
GNU_PLURAL_TABLE: dict[str, str] = {
    **dict.fromkeys(("ja", "vi", "ko"), "nplurals=1; plural=0;"),
    **dict.fromkeys(
        ("en", "de", "nl", "sv", "da", "no", "nb", "nn", "fo", "es", "pt", "it", "bg", "el", "fi", "et",
         "he", "eo", "hu", "tr"),
        "nplurals=2; plural=(n != 1);",
    ),
    **dict.fromkeys(("pt_BR", "fr"), "nplurals=2; plural=(n > 1);"),
    "lv": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n != 0 ? 1 : 2);",
    "ga": "nplurals=3; plural=n==1 ? 0 : n==2 ? 1 : 2;",
    "ro": "nplurals=3; plural=n==1 ? 0 : (n==0 || (n%100 > 0 && n%100 < 20)) ? 1 : 2;",
    "lt": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && (n%100<10 || n%100>=20) ? 1 : 2);",
    **dict.fromkeys(
        ("ru", "uk", "be", "sr", "hr"),
        "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
    ),
    **dict.fromkeys(("cs", "sk"), "nplurals=3; plural=(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2;"),
    "pl": "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
    "sl": "nplurals=4; plural=(n%100==1 ? 0 : n%100==2 ? 1 : n%100==3 || n%100==4 ? 2 : 3);",
}

# msgl-check.c calls more forms than this "nonsense" (it keeps no statistics for them); `update`
# refuses to write that many msgstr[N] lines, `check` reports it.
MAX_NPLURALS = 100

# What a POT file and `msginit` for a language GNU does not know leave in the header.
PLACEHOLDER = "nplurals=INTEGER; plural=EXPRESSION;"


def _gnu_table_value(parsed) -> str | None:
    """msginit's table entry for the locale: by its catalogue name, then by its language."""
    for key in (str(parsed), parsed.language):
        if key in GNU_PLURAL_TABLE:
            return GNU_PLURAL_TABLE[key]
    return None


def plural_forms(locale: str) -> str:
    """The `Plural-Forms` header value ("nplurals=N; plural=EXPR;") for `locale`.

    GNU's table where it has the language (what msginit writes); otherwise from CLDR.
    CLDR also classifies fractions and compact exponents, which a gettext count never is: taken
    whole, Russian would get 4 forms (`other` serves only 1.5) and French 3 (`many` is for
    "1 million" written 1e6). So only the categories an integer count 0..1000 reaches become forms,
    in CLDR order. When the table Babel ships (used by `pybabel init`) has a rule that agrees on
    those integers, its familiar text is used instead.  That table is not trusted blindly: its
    Arabic rule swaps CLDR's many (11..99) and other (100..102).
    """
    from babel.messages.plurals import PLURALS

    parsed = parse_locale(locale)
    gnu = _gnu_table_value(parsed)
    if gnu is not None:
        return gnu
    derived = _plural_forms_from_cldr(parsed)
    derived_rule = parse_plural_forms(derived)
    for key in (str(parsed), parsed.language):
        if key in PLURALS:
            nplurals, expression = PLURALS[key]
            table = f"nplurals={nplurals}; plural={expression};"
            try:
                table_rule = parse_plural_forms(table)
            except InputError:
                break
            if table_rule.nplurals == derived_rule.nplurals and all(
                table_rule.evaluate(n) == derived_rule.evaluate(n) for n in _INTEGER_SAMPLE
            ):
                return table
            break
    return derived


def plural_count(locale: str) -> int:
    """The nplurals of `plural_forms(locale)`, without writing its expression (a third of the work)."""
    parsed = parse_locale(locale)
    gnu = _gnu_table_value(parsed)
    if gnu is not None:
        return nplurals_of(gnu)
    return len(_integer_categories(parsed.plural_form))


def _integer_categories(rule) -> list[str]:
    """The CLDR categories an integer count 0..1000 reaches, in CLDR order: the gettext forms."""
    reached = {rule(n) for n in _INTEGER_SAMPLE}
    return [tag for tag in _CLDR_TAG_ORDER if tag in reached]


def _plural_forms_from_cldr(parsed) -> str:
    # Babel's CLDR-to-C compiler, the one behind babel.plural.to_gettext (which keeps every
    # category, fractions included, so it cannot be used as is).
    from babel.plural import _GettextCompiler

    rule = parsed.plural_form
    tags = _integer_categories(rule)
    reached = set(tags)
    if len(tags) == 1:
        return "nplurals=1; plural=0;"
    conditions = {tag: ast for tag, ast in rule.abstract if tag in reached}
    # The last integer category becomes the fallback: every integer reaches one of `tags`.
    fallback = tags[-1] if "other" not in reached else "other"
    compile_ast = _GettextCompiler().compile
    branches = [
        f"{compile_ast(conditions[tag])} ? {tags.index(tag)} : "
        for tag in tags
        if tag != fallback and tag in conditions
    ]
    return f"nplurals={len(tags)}; plural=({''.join(branches)}{tags.index(fallback)});"


# --- Reading and judging a Plural-Forms value ----------------------------------------------------


@dataclass(frozen=True)
class PluralRule:
    nplurals: int
    expression: str
    evaluate: Callable[[int], int]


@dataclass(frozen=True)
class PluralFormsCheck:
    """What `msgfmt -c` makes of a header's Plural-Forms value."""

    # 0 when the value gives no valid nplurals.
    nplurals: int
    rule: PluralRule | None
    # For each form: is it used for at least 5 of n = 0..1000?  None for a problem or nplurals > 100.
    often: tuple[bool, ...] | None
    # GNU's message for what is wrong; None when the value is usable.
    problem: str | None
    # "nplurals=" or "plural=" is missing: GNU then counts the header as having no plural rule
    # (msgfmt -c complains only when a message is plural; msgmerge assumes 2 forms).
    incomplete: bool = False


_NPLURALS = re.compile(r"nplurals\s*=\s*")
_DIGITS = re.compile(r"[0-9]+")
# msgl-check.c (check_plural_eval) evaluates the expression for n = 0..PROBE-1; a form met at least
# OFTEN times there "applies to many n", and its translations are checked strictly.
PROBE = 1001
OFTEN = 5
_ULONG_MAX = (1 << 64) - 1


def nplurals_of(plural_forms_value: str) -> int:
    """The N of "nplurals=N; ..." (InputError when there is no valid N)."""
    match = _NPLURALS.search(plural_forms_value or "")
    digits = _DIGITS.match(plural_forms_value, match.end()) if match else None
    if digits is None or int(digits.group()) == 0:
        raise InputError(f"invalid Plural-Forms {plural_forms_value!r}: no nplurals=INTEGER")
    return min(int(digits.group()), _ULONG_MAX)  # strtoul saturates


def parse_plural_forms(plural_forms_value: str) -> PluralRule:
    """The usable rule of a Plural-Forms value; InputError with GNU's message when msgfmt -c refuses it."""
    checked = check_plural_forms(plural_forms_value)
    if checked.problem is not None:
        raise InputError(f"invalid Plural-Forms: {checked.problem}")
    return checked.rule


@lru_cache(maxsize=256)
def check_plural_forms(value: str) -> PluralFormsCheck:
    """The one rule for a header's Plural-Forms value (check, compile and update all ask it):
    what msgfmt -c says of it (msgl-check.c), evaluating `plural=` for n = 0..1000."""
    # msgl-check.c looks for the exact texts "nplurals=" and "plural=" (c_strstr), then skips blanks.
    nplurals_at = value.find("nplurals=")
    plural_at = value.find("plural=")
    if plural_at < 0 or nplurals_at < 0:
        missing = "plural=EXPRESSION" if plural_at < 0 else "nplurals=INTEGER"
        return PluralFormsCheck(0, None, None, f'header entry lacks a "{missing}" attribute', incomplete=True)
    digits = _DIGITS.match(value, len(value) - len(value[nplurals_at + 9:].lstrip()))
    if digits is None:
        return PluralFormsCheck(0, None, None, "invalid nplurals value")
    nplurals = min(int(digits.group()), _ULONG_MAX)
    expression = re.split(r"[;\n]", value[plural_at + 7:], maxsplit=1)[0].strip()
    try:
        evaluate = compile_plural_expression(expression)
    except InputError:
        return PluralFormsCheck(nplurals, None, None, "invalid plural expression")
    counts: dict[int, int] = {}
    for n in range(PROBE):
        try:
            form = evaluate(n)
        except ZeroDivisionError:
            return PluralFormsCheck(nplurals, None, None, "plural expression can produce division by zero")
        if form >= 1 << 63:
            return PluralFormsCheck(nplurals, None, None, "plural expression can produce negative values")
        if form >= nplurals:
            return PluralFormsCheck(
                nplurals, None, None,
                f"nplurals = {nplurals} but plural expression can produce values as large as {form}",
            )
        counts[form] = counts.get(form, 0) + 1
    # GNU keeps no statistics for more than 100 forms ("nonsense"), to not risk running out of memory.
    often = tuple(counts.get(form, 0) >= OFTEN for form in range(nplurals)) if nplurals <= 100 else None
    return PluralFormsCheck(nplurals, PluralRule(nplurals, expression, evaluate), often, None)


@dataclass(frozen=True)
class PluralUse:
    """For each plural form: is it used for many values of n (then its translation must keep every
    directive)? A `range:` flag narrows that to the n in the range (format.c, msgl-check.c)."""

    often: tuple[bool, ...] | None
    evaluate: Callable[[int], int] | None = None

    def for_flags(self, flags: list[str]) -> tuple[bool, ...] | None:
        bounds = range_of(flags)
        if self.often is None or bounds is None or self.evaluate is None:
            return self.often
        low, high = max(bounds[0], 0), bounds[1]
        high = min(high, low + PROBE - 1)  # GNU evaluates at most 1001 values
        counts = [0] * len(self.often)
        for n in range(low, high + 1):
            try:
                form = self.evaluate(n)
            except ZeroDivisionError:
                continue
            if 0 <= form < len(counts):
                counts[form] += 1
        return tuple(often and counts[form] > 1 for form, often in enumerate(self.often))


def plural_use(checked: PluralFormsCheck | None) -> PluralUse:
    """How a checked Plural-Forms value uses its forms (none: nothing is known)."""
    if checked is None:
        return PluralUse(None)
    return PluralUse(checked.often, checked.rule.evaluate if checked.rule else None)


def rule_use(rule: PluralRule | None) -> PluralUse:
    """How a parsed Plural-Forms rule uses its forms (no rule: nothing is known)."""
    if rule is None:
        return PluralUse(None)
    return plural_use(check_plural_forms(f"nplurals={rule.nplurals}; plural={rule.expression};"))


# --- The expression: GNU's grammar (plural.y), compiled to postfix code ---------------------------
#
# Parsed by operator precedence with explicit stacks and evaluated by a loop, never by recursion, so
# that an expression nested or chained a thousand deep is read as GNU's bison parser reads it.

_TOKEN = re.compile(r"[ \t]*(?:([0-9]+)|(n)|(\|\||&&|==|!=|<=|>=|[-+*/%<>!?:()]))")
# Binary operators and their precedence (higher binds tighter); all are left-associative.
_PRECEDENCE = {"||": 1, "&&": 2, "==": 3, "!=": 3, "<": 4, ">": 4, "<=": 4, ">=": 4,
               "+": 5, "-": 5, "*": 6, "/": 6, "%": 6, "!": 7}
_MASK = _ULONG_MAX  # GNU evaluates in unsigned long


def compile_plural_expression(expression: str) -> Callable[[int], int]:
    """Compile GNU's plural grammar (C operators on unsigned long `n`) into a Python callable.

    The callable raises ZeroDivisionError when the expression divides by zero for that n."""
    code = _postfix(_tokens(expression), expression)

    def evaluate(n: int) -> int:
        value = _run(code, n & _MASK)
        if value is None:
            raise ZeroDivisionError("plural expression divides by zero")
        return value

    return evaluate


def _tokens(expression: str) -> list[str]:
    tokens: list[str] = []
    position = 0
    text = expression.rstrip(" \t")
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None:
            raise InputError(f"invalid plural expression {expression!r}")
        tokens.append(match.group(match.lastindex))
        position = match.end()
    return tokens


# bison's parser stack (YYMAXDEPTH 10000) holds at most this many symbols: an expression nested
# deeper is "invalid" for GNU.  What each entry of our operator stack stands for on bison's stack:
# "(" and "!" themselves, a binary operator with its left operand, "?" with its condition,
# ":" with the condition, "?" and the value when true.
_BISON_DEPTH = 9998
_SYMBOLS = {"(": 1, "!": 1, "?": 2, ":": 4}


def _postfix(tokens: list[str], source: str) -> list[tuple]:
    """Shunting-yard: postfix code of ("n",), ("num", v), (operator,), ("?:",)."""

    def fail():
        raise InputError(f"invalid plural expression {source!r}")

    output: list[tuple] = []
    stack: list[str] = []  # "(", "!", binary operators, "?" (waiting for ":"), ":" (waiting for its operand)
    depth = 0  # symbols the entries of `stack` stand for on bison's stack

    def push(entry: str) -> None:
        nonlocal depth
        stack.append(entry)
        depth += _SYMBOLS.get(entry, 2)

    def pop() -> str:
        nonlocal depth
        entry = stack.pop()
        depth -= _SYMBOLS.get(entry, 2)
        return entry

    def pop_operators(precedence: int) -> None:
        while stack and stack[-1] in _PRECEDENCE and _PRECEDENCE[stack[-1]] >= precedence:
            output.append((pop(),))

    def close_conditionals() -> None:
        while stack and stack[-1] not in ("(", "?"):
            top = pop()
            output.append(("?:",) if top == ":" else (top,))

    expect_operand = True
    for token in tokens:
        if expect_operand:
            if token == "n" or token[0].isdigit():
                if depth + 1 > _BISON_DEPTH:
                    fail()
                output.append(("n",) if token == "n" else ("num", int(token) & _MASK))
                expect_operand = False
            elif token in ("!", "("):
                push(token)
            else:
                fail()
        elif token in _PRECEDENCE and token != "!":
            pop_operators(_PRECEDENCE[token])
            push(token)
            expect_operand = True
        elif token == "?":
            pop_operators(1)  # right-associative and below every binary operator
            push("?")
            expect_operand = True
        elif token == ":":
            pop_operators(1)
            while stack and stack[-1] == ":":
                pop()
                output.append(("?:",))
            if not stack or stack[-1] != "?":
                fail()
            pop()
            push(":")
            expect_operand = True
        elif token == ")":
            close_conditionals()
            if not stack or stack[-1] != "(":
                fail()
            pop()
        else:
            fail()
    if expect_operand:
        fail()
    close_conditionals()
    if stack:  # an unclosed "(" or a "?" without its ":"
        fail()
    return output


def _run(code: list[tuple], n: int) -> int | None:
    """Evaluate postfix code for n.  Division by zero gives None, which spreads to the result unless
    a `?:`, `&&` or `||` leaves that operand aside (as C's short-circuit never evaluates it)."""
    values: list[int | None] = []
    push = values.append
    pop = values.pop
    for instruction in code:
        kind = instruction[0]
        if kind == "n":
            push(n)
            continue
        if kind == "num":
            push(instruction[1])
            continue
        if kind == "!":
            value = pop()
            push(None if value is None else int(not value))
            continue
        right = pop()
        left = pop()
        if kind == "?:":
            condition = pop()
            push(None if condition is None else (left if condition else right))
        elif left is None:
            push(None)
        elif kind == "&&":
            push(0 if not left else (None if right is None else int(bool(right))))
        elif kind == "||":
            push(1 if left else (None if right is None else int(bool(right))))
        elif right is None:
            push(None)
        elif kind == "==":
            push(int(left == right))
        elif kind == "!=":
            push(int(left != right))
        elif kind == "<":
            push(int(left < right))
        elif kind == ">":
            push(int(left > right))
        elif kind == "<=":
            push(int(left <= right))
        elif kind == ">=":
            push(int(left >= right))
        elif kind == "+":
            push((left + right) & _MASK)
        elif kind == "-":
            push((left - right) & _MASK)
        elif kind == "*":
            push((left * right) & _MASK)
        elif kind == "/":
            push(None if right == 0 else left // right)
        else:
            push(None if right == 0 else left % right)
    return values[0]
