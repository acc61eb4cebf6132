"""Plural forms: the gettext `Plural-Forms` value for a locale, and reading one back.

`plural_forms` answers what `msginit` / `pybabel init` would put in a new catalogue's header.
`parse_plural_forms` turns a header value into (nplurals, evaluator) with GNU's C expression
grammar, so that compile checks and merging can count forms and evaluate `plural=` for an `n`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from i18n.errors import InputError

# CLDR's canonical category order; gettext form indices follow it (zero=0, one=1, ...).
_CLDR_TAG_ORDER = ("zero", "one", "two", "few", "many", "other")
# Integers examined when deciding which CLDR categories an integer count can reach.
_INTEGER_SAMPLE = range(0, 1001)


def plural_forms(locale: str) -> str:
    """The `Plural-Forms` header value ("nplurals=N; plural=EXPR;") for `locale`, from CLDR.

    CLDR also classifies fractions and compact exponents, which a gettext count never is: taken
    whole, Russian would get 4 forms (`other` serves only 1.5) and French 3 (`many` is for
    "1 million" written 1e6). So only the categories an integer count 0..1000 reaches become forms,
    in CLDR order. When gettext's own table (shipped by Babel, used by `pybabel init`) has a rule
    that agrees on those integers, its familiar text is used instead -- e.g. French `(n > 1)`.
    The table is not trusted blindly: its Arabic rule swaps CLDR's many (11..99) and other
    (100..102), and it gives Hungarian and Turkish 1 form where CLDR has 2.
    """
    from babel.messages.plurals import PLURALS

    parsed = parse_locale(locale)
    derived = _plural_forms_from_cldr(parsed)
    derived_rule = parse_plural_forms(derived)
    for key in (str(parsed), parsed.language):
        if key in PLURALS:
            nplurals, expression = PLURALS[key]
            table = f"nplurals={nplurals}; plural={expression};"
            table_rule = parse_plural_forms(table)
            if table_rule.nplurals == derived_rule.nplurals and all(
                table_rule.evaluate(n) == derived_rule.evaluate(n) for n in _INTEGER_SAMPLE
            ):
                return table
            break
    return derived


def parse_locale(locale: str):
    """The Babel Locale for `locale` ("pt-BR" or "pt_BR"); InputError for an unknown one."""
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(locale.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        raise InputError(f"unknown locale {locale!r}") from None


def plural_count(locale: str) -> int:
    """The nplurals of `plural_forms(locale)`, without writing its expression (a third of the work)."""
    return len(_integer_categories(parse_locale(locale).plural_form))


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


# --- Reading a Plural-Forms value ------------------------------------------------------------


@dataclass(frozen=True)
class PluralRule:
    nplurals: int
    expression: str
    evaluate: Callable[[int], int]


_NPLURALS = re.compile(r"nplurals\s*=\s*(\d+)")
_PLURAL = re.compile(r"plural\s*=\s*([^;]*)")


def nplurals_of(plural_forms_value: str) -> int:
    """The N of "nplurals=N; ..." (InputError when there is no valid N)."""
    match = _NPLURALS.search(plural_forms_value or "")
    if match is None or int(match.group(1)) == 0:
        raise InputError(f"invalid Plural-Forms {plural_forms_value!r}: no nplurals=INTEGER")
    return int(match.group(1))


def parse_plural_forms(plural_forms_value: str) -> PluralRule:
    """nplurals and a callable evaluating `plural=` as a C expression (InputError if invalid)."""
    nplurals = nplurals_of(plural_forms_value)
    match = _PLURAL.search(plural_forms_value)
    if match is None:
        raise InputError(f"invalid Plural-Forms {plural_forms_value!r}: no plural=EXPRESSION")
    expression = match.group(1).strip()
    return PluralRule(nplurals, expression, compile_plural_expression(expression))


def compile_plural_expression(expression: str) -> Callable[[int], int]:
    """Compile GNU's plural grammar (C operators on unsigned long `n`) into a Python callable."""
    tokens = _tokenize(expression)
    parser = _ExpressionParser(tokens, expression)
    try:
        tree = parser.parse()
    except RecursionError:
        raise InputError(f"invalid plural expression (nested too deeply) {expression[:40]!r}...") from None

    def evaluate(n: int) -> int:
        return _evaluate(tree, n)

    return evaluate


_TOKEN = re.compile(r"\s*(?:(\d+)|(n)\b|(\|\||&&|==|!=|<=|>=|[-+*/%<>!?:()]))")


def _tokenize(expression: str) -> list[str]:
    tokens: list[str] = []
    position = 0
    text = expression.rstrip()
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None:
            raise InputError(f"invalid plural expression {expression!r}")
        tokens.append(match.group(match.lastindex))
        position = match.end()
    return tokens


_BINARY_LEVELS = (("||",), ("&&",), ("==", "!="), ("<", ">", "<=", ">="), ("+", "-"), ("*", "/", "%"))


class _ExpressionParser:
    def __init__(self, tokens: list[str], source: str):
        self.tokens = tokens
        self.position = 0
        self.source = source

    def _fail(self):
        raise InputError(f"invalid plural expression {self.source!r}")

    def _peek(self) -> str | None:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def _take(self) -> str:
        token = self._peek()
        if token is None:
            self._fail()
        self.position += 1
        return token

    def parse(self):
        tree = self._conditional()
        if self._peek() is not None:
            self._fail()
        return tree

    def _conditional(self):
        condition = self._binary(0)
        if self._peek() == "?":
            self._take()
            when_true = self._conditional()
            if self._take() != ":":
                self._fail()
            when_false = self._conditional()
            return ("?", condition, when_true, when_false)
        return condition

    def _binary(self, level: int):
        if level == len(_BINARY_LEVELS):
            return self._unary()
        left = self._binary(level + 1)
        while self._peek() in _BINARY_LEVELS[level]:
            operator = self._take()
            left = (operator, left, self._binary(level + 1))
        return left

    def _unary(self):
        token = self._take()
        if token == "!":
            return ("!", self._unary())
        if token == "(":
            inner = self._conditional()
            if self._take() != ")":
                self._fail()
            return inner
        if token == "n":
            return ("n",)
        if token.isdigit():
            return ("num", int(token))
        self._fail()


_MASK = (1 << 64) - 1  # GNU evaluates in unsigned long


def _evaluate(tree, n: int) -> int:
    kind = tree[0]
    if kind == "n":
        return n & _MASK
    if kind == "num":
        return tree[1]
    if kind == "!":
        return int(not _evaluate(tree[1], n))
    if kind == "?":
        return _evaluate(tree[2], n) if _evaluate(tree[1], n) else _evaluate(tree[3], n)
    left = _evaluate(tree[1], n)
    if kind == "||":
        return int(bool(left) or bool(_evaluate(tree[2], n)))
    if kind == "&&":
        return int(bool(left) and bool(_evaluate(tree[2], n)))
    right = _evaluate(tree[2], n)
    if kind in ("/", "%") and right == 0:
        raise ZeroDivisionError("plural expression divides by zero")
    return {
        "==": lambda: int(left == right),
        "!=": lambda: int(left != right),
        "<": lambda: int(left < right),
        ">": lambda: int(left > right),
        "<=": lambda: int(left <= right),
        ">=": lambda: int(left >= right),
        "+": lambda: (left + right) & _MASK,
        "-": lambda: (left - right) & _MASK,
        "*": lambda: (left * right) & _MASK,
        "/": lambda: left // right,
        "%": lambda: left % right,
    }[kind]()
