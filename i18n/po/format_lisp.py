"""Common Lisp and Scheme `format` strings as GNU gettext 0.21 reads them (format-lisp.c and
format-scheme.c, which share one design and differ only in their directives).

A string does not yield a list of arguments but constraints on the argument list it accepts:
which arguments must be present and of which type (an integer for `~D`, a character for `~C`, a
list with its own constraints for `~{...~}`), the list ending after some argument (`~^`), and
ultimately a period that repeats forever (a list of unknown length). msgfmt -c asks that a
translation's constraints equal the msgid's, or, for a plural form used for a single n, that
they be a subset of them. The arithmetic on constraints (intersection, union, the repetition of a
loop body) is GNU's, step for step where the result depends on it: where GNU is imprecise, so is
this port, since msgfmt's verdict is the reference.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import gcd

from i18n.po.format_error import FormatError

# Argument types (enum format_arg_type). The *_NULL types also allow NIL (an empty list).
OBJECT = "object"
CHARACTER_INTEGER_NULL = "character, integer or nil"
CHARACTER_NULL = "character or nil"
CHARACTER = "character"
INTEGER_NULL = "integer or nil"
INTEGER = "integer"
REAL = "real"
COMPLEX = "complex"  # Scheme only
LIST = "list"
FORMAT_STRING = "format string"
FUNCTION = "function"  # Lisp only
_NULLABLE = (CHARACTER_INTEGER_NULL, CHARACTER_NULL, INTEGER_NULL)


class Arg:
    """`count` consecutive arguments under one constraint: whether the list may end before them
    (`required` is False) and their type; `sublist` constrains the elements of a LIST."""

    __slots__ = ("count", "required", "type", "sublist")

    def __init__(self, count: int, required: bool, type_: str, sublist: ArgList | None = None):
        self.count, self.required, self.type, self.sublist = count, required, type_, sublist

    def copy(self, count: int | None = None) -> Arg:
        return Arg(self.count if count is None else count, self.required, self.type,
                   self.sublist.copy() if self.sublist is not None else None)

    def same_constraint(self, other: Arg) -> bool:
        """equal_element: the same constraint, whatever the counts."""
        return (self.required == other.required and self.type == other.type
                and (self.type != LIST or self.sublist.equals(other.sublist)))


class ArgList:
    """An argument list: an initial segment, then a segment repeated forever (empty for a
    list of bounded length)."""

    __slots__ = ("initial", "repeated")

    def __init__(self, initial: list[Arg] | None = None, repeated: list[Arg] | None = None):
        self.initial = initial if initial is not None else []
        self.repeated = repeated if repeated is not None else []

    @classmethod
    def unconstrained(cls) -> ArgList:
        return cls([], [Arg(1, False, OBJECT)])

    def copy(self) -> ArgList:
        _spend((len(self.initial) + len(self.repeated)) * _COPIED)
        return ArgList([arg.copy() for arg in self.initial], [arg.copy() for arg in self.repeated])

    @property
    def initial_length(self) -> int:
        _spend(len(self.initial))
        return sum(arg.count for arg in self.initial)

    @property
    def period(self) -> int:
        return sum(arg.count for arg in self.repeated)

    def is_empty(self) -> bool:
        return not self.initial and not self.repeated

    def first(self) -> Arg | None:
        return self.initial[0] if self.initial else self.repeated[0] if self.repeated else None

    def equals(self, other: ArgList) -> bool:
        return all(
            len(mine) == len(theirs)
            and all(a.count == b.count and a.same_constraint(b) for a, b in zip(mine, theirs))
            for mine, theirs in ((self.initial, other.initial), (self.repeated, other.repeated))
        )


# --- Keeping a list in its normal form ------------------------------------------------------------

def _merge_neighbours(segment: list[Arg]) -> list[Arg]:
    merged: list[Arg] = []
    for arg in segment:
        if merged and arg.same_constraint(merged[-1]):
            merged[-1].count += arg.count
        else:
            merged.append(arg)
    return merged


def normalize_outermost(arglist: ArgList) -> None:
    """normalize_outermost_list: merge equal neighbours, shorten the period, and roll the end of
    the initial segment into the loop."""
    arglist.initial = initial = _merge_neighbours(arglist.initial)
    arglist.repeated = repeated = _merge_neighbours(arglist.repeated)
    if not repeated:
        return
    n = len(repeated)
    extra = 0
    if n > 1 and repeated[0].same_constraint(repeated[n - 1]):
        extra = repeated[n - 1].count
        n -= 1
    for m in range(2, n // 2 + 1):
        if n % m:
            continue
        if all(repeated[i].count + (extra if i == 0 else 0) == repeated[i + m].count
               and repeated[i].same_constraint(repeated[i + m]) for i in range(n - m)):
            arglist.repeated = repeated = repeated[:m] + repeated[n:]
            break
    if len(repeated) == 1:
        if initial and initial[-1].same_constraint(repeated[0]):
            initial.pop()
        return
    while initial and initial[-1].same_constraint(repeated[-1]):
        moved = min(initial[-1].count, repeated[-1].count)
        if repeated[0].same_constraint(repeated[-1]):
            repeated[0].count += moved
        else:
            repeated.insert(0, repeated[-1].copy(moved))
        repeated[-1].count -= moved
        if repeated[-1].count == 0:
            repeated.pop()
        initial[-1].count -= moved
        if initial[-1].count == 0:
            initial.pop()


def normalize(arglist: ArgList) -> None:
    for arg in arglist.initial + arglist.repeated:
        if arg.type == LIST:
            normalize(arg.sublist)
    normalize_outermost(arglist)


# --- Surgery: unrolling the loop, splitting elements ----------------------------------------------

def _unfold_loop(arglist: ArgList, times: int) -> None:
    if times > 1:
        _spend(len(arglist.repeated) * times * _CREATED)
        arglist.repeated = [arg.copy() for _ in range(times) for arg in arglist.repeated]


def _rotate_loop(arglist: ArgList, length: int) -> None:
    """Unroll the loop into the initial segment until that is `length` long."""
    initial_length = arglist.initial_length
    if length == initial_length:
        return
    repeated = arglist.repeated
    if len(repeated) == 1:
        arglist.initial.append(repeated[0].copy(length - initial_length))
        return
    rounds, rest = divmod(length - initial_length, arglist.period)
    index, remainder = 0, rest
    while index < len(repeated) and remainder >= repeated[index].count:
        remainder -= repeated[index].count
        index += 1
    _spend(rounds * len(repeated) * _CREATED)
    arglist.initial.extend(arg.copy() for _ in range(rounds) for arg in repeated)
    arglist.initial.extend(arg.copy() for arg in repeated[:index])
    if remainder > 0:
        arglist.initial.append(repeated[index].copy(remainder))
    if rest > 0:
        rotated = repeated[index:] + repeated[:index]
        if remainder > 0:
            tail = rotated[0].copy(remainder)
            rotated[0].count -= remainder
            rotated.append(tail)
        arglist.repeated = rotated


def _locate(segment: list[Arg], index: int) -> tuple[int, int]:
    """(element, offset in it) of argument `index` of a segment (past its end: its length, rest)."""
    _spend(len(segment))
    element = 0
    while element < len(segment) and index >= segment[element].count:
        index -= segment[element].count
        element += 1
    return element, index


def _split_before(arglist: ArgList, index: int) -> int:
    """initial_splitelement: make argument `index` start an element; return that element."""
    if index > arglist.initial_length:
        _rotate_loop(arglist, index)
    element, offset = _locate(arglist.initial, index)
    if offset == 0:
        return element
    whole = arglist.initial[element]
    arglist.initial.insert(element + 1, whole.copy(whole.count - offset))
    whole.count = offset
    return element + 1


def _unshare(arglist: ArgList, index: int) -> int:
    """initial_unshare: give argument `index` an element of its own; return that element."""
    if index >= arglist.initial_length:
        _rotate_loop(arglist, index + 1)
    initial = arglist.initial
    element, offset = _locate(initial, index)
    whole = initial[element]
    if whole.count > 1:
        count = whole.count
        if offset == 0 or offset == count - 1:
            initial.insert(element + 1, whole.copy(1 if offset else count - 1))
            whole.count = count - 1 if offset else 1
        else:
            initial.insert(element + 1, whole.copy(1))
            initial.insert(element + 2, whole.copy(count - 1 - offset))
            whole.count = offset
        if offset > 0:
            element += 1
    return element


def _shift(arglist: ArgList, count: int) -> None:
    """Put `count` required, unconstrained arguments before the list."""
    if count > 0:
        arglist.initial.insert(0, Arg(count, True, OBJECT))
        normalize_outermost(arglist)


# --- Intersection and union -----------------------------------------------------------------------

def _intersect_types(first: Arg, second: Arg) -> tuple[str, ArgList | None] | None:
    """make_intersected_element's types: both constraints at once, None for a contradiction."""
    for one, other in ((first, second), (second, first)):
        if one.type == OBJECT:
            return other.type, other.sublist.copy() if other.type == LIST else None
    for one, other in ((first, second), (second, first)):
        if one.type == LIST and other.type in _NULLABLE:
            sublist = _intersect_with_empty(one.sublist)
            return (LIST, sublist) if sublist is not None else None
    for one, other in ((first, second), (second, first)):
        if (one.type, other.type) in _NARROWER:
            return other.type, None
    if first.type == second.type:
        if first.type != LIST:
            return first.type, None
        sublist = intersect(first.sublist.copy(), second.sublist.copy())
        return (LIST, sublist) if sublist is not None else None
    return None


# (wider, narrower): the intersection of the two is the narrower type.
_NARROWER = frozenset({
    *((CHARACTER_INTEGER_NULL, narrower) for narrower in (CHARACTER_NULL, CHARACTER, INTEGER_NULL, INTEGER)),
    (CHARACTER_NULL, CHARACTER), (INTEGER_NULL, INTEGER), (REAL, INTEGER),
    (COMPLEX, REAL), (COMPLEX, INTEGER),
})


def _backtrack(arglist: ArgList) -> ArgList | None:
    """backtrack_in_initial: after a contradiction, end the list at its last optional argument."""
    initial = arglist.initial
    while initial:
        last = initial[-1]
        if last.required:
            initial.pop()
            continue
        if last.count > 1:
            last.count -= 1
        else:
            initial.pop()
        return arglist
    return None


def _align(first: ArgList, second: ArgList) -> None:
    if first.repeated and second.repeated:
        first_period, second_period = first.period, second.period
        common = gcd(first_period, second_period)
        _unfold_loop(first, second_period // common)
        _unfold_loop(second, first_period // common)


def _pairs(first: list[Arg], second: list[Arg]):
    """Walk two segments together, yielding (count, a, b) for each run of arguments under the same
    pair of elements; the elements' counts are used up as GNU does (the lists are consumed)."""
    one = two = 0
    while one < len(first) and two < len(second):
        a, b = first[one], second[two]
        count = min(a.count, b.count)
        yield count, a, b
        a.count -= count
        b.count -= count
        one += a.count == 0
        two += b.count == 0


def _rest(segment: list[Arg]) -> Arg | None:
    return next((arg for arg in segment if arg.count > 0), None)


def intersect(first: ArgList, second: ArgList) -> ArgList | None:
    """make_intersected_list: the arguments both lists accept (None: none); consumes both."""
    _align(first, second)
    if first.repeated or second.repeated:
        length = max(first.initial_length, second.initial_length)
        for arglist in (first, second):
            if arglist.repeated:
                _rotate_loop(arglist, length)
    result = ArgList()
    for count, a, b in _pairs(first.initial, second.initial):
        required = a.required or b.required
        types = _intersect_types(a, b)
        if types is None:
            return _finish_intersection(_backtrack(result) if required else result)
        result.initial.append(Arg(count, required, *types))
    rest_first, rest_second = _rest(first.initial), _rest(second.initial)
    if not first.repeated and not second.repeated:
        leftover = rest_first or rest_second
        if leftover is not None and leftover.required:
            result = _backtrack(result)
        return _finish_intersection(result)
    if not first.repeated or not second.repeated:
        infinite, rest = (second, rest_second) if not first.repeated else (first, rest_first)
        if (rest if rest is not None else infinite.repeated[0]).required:
            result = _backtrack(result)
        return _finish_intersection(result)
    for count, a, b in _pairs(first.repeated, second.repeated):
        required = a.required or b.required
        types = _intersect_types(a, b)
        if types is None:
            result.initial.extend(result.repeated)
            result.repeated = []
            return _finish_intersection(_backtrack(result) if required else result)
        result.repeated.append(Arg(count, required, *types))
    return _finish_intersection(result)


def _finish_intersection(result: ArgList | None) -> ArgList | None:
    if result is not None:
        normalize_outermost(result)
    return result


def _intersect_with_empty(arglist: ArgList) -> ArgList | None:
    first = arglist.first()
    return None if first is not None and first.required else ArgList()


def _union_types(first: Arg, second: Arg) -> tuple[str, ArgList | None]:
    """make_union_element's types: either constraint (GNU widens to OBJECT what it cannot say)."""
    if first.type == second.type:
        return first.type, union(first.sublist.copy(), second.sublist.copy()) if first.type == LIST else None
    for one, other in ((first, second), (second, first)):
        if (one.type, other.type) in _NARROWER:
            return one.type, None
    for one, other in ((first, second), (second, first)):
        if one.type == LIST and one.sublist.is_empty():
            if other.type in _NULLABLE:
                return other.type, None
            return {CHARACTER: CHARACTER_NULL, INTEGER: INTEGER_NULL}.get(other.type, OBJECT), None
    for one, other in ((first, second), (second, first)):
        if one.type in (CHARACTER, CHARACTER_NULL) and other.type in (INTEGER, INTEGER_NULL):
            return CHARACTER_INTEGER_NULL, None
    return OBJECT, None


def union(first: ArgList | None, second: ArgList | None) -> ArgList | None:
    """The arguments either list accepts (None stands for a contradiction); consumes both."""
    if first is None or second is None:
        return first if second is None else second
    if first.repeated and second.repeated:
        _align(first, second)
        length = max(first.initial_length, second.initial_length)
        _rotate_loop(first, length)
        _rotate_loop(second, length)
    else:
        for infinite, finite in ((first, second), (second, first)):
            if infinite.repeated and finite.initial_length >= infinite.initial_length:
                _rotate_loop(infinite, finite.initial_length)
                if infinite.repeated[0].required:
                    _rotate_loop(infinite, infinite.initial_length + 1)
    result = ArgList()
    for count, a, b in _pairs(first.initial, second.initial):
        result.initial.append(Arg(count, a.required and b.required, *_union_types(a, b)))
    for segment in (first.initial, second.initial):
        leftover = [arg for arg in segment if arg.count > 0]
        if leftover:
            # One list may end here: the first argument past its end becomes optional.
            if leftover[0].required:
                result.initial.append(Arg(1, False, leftover[0].type,
                                          leftover[0].sublist.copy() if leftover[0].sublist else None))
                leftover[0].count -= 1
            result.initial.extend(arg.copy() for arg in leftover if arg.count > 0)
    if first.repeated and second.repeated:
        for count, a, b in _pairs(first.repeated, second.repeated):
            result.repeated.append(Arg(count, a.required and b.required, *_union_types(a, b)))
    else:
        result.repeated = [arg.copy() for arg in (first.repeated or second.repeated)]
    normalize_outermost(result)
    return result


def _union_with_empty(arglist: ArgList) -> ArgList:
    first = arglist.first()
    if first is not None and first.required:
        _split_before(arglist, 1)
        arglist.initial[0].required = False
        normalize_outermost(arglist)
    return arglist


# --- Constraints that directives add --------------------------------------------------------------

def _is_required(arglist: ArgList, index: int) -> bool:
    """Whether arguments 0..index must all be present."""
    remaining = index + 1
    for segment in (arglist.initial, arglist.repeated):
        if segment is arglist.repeated and not segment:
            return False
        element = 0
        while element < len(segment) and remaining >= segment[element].count:
            if not segment[element].required:
                return False
            remaining -= segment[element].count
            element += 1
        if remaining == 0:
            return True
        if element < len(segment):
            return segment[element].required
    return True


def require(arglist: ArgList | None, index: int) -> ArgList | None:
    """add_required_constraint: arguments 0..index are present."""
    if arglist is None or (not arglist.repeated and arglist.initial_length <= index):
        return None
    _split_before(arglist, index + 1)
    remaining = index + 1
    for arg in arglist.initial:
        if remaining <= 0:
            break
        arg.required = True
        remaining -= arg.count
    return arglist


def end_at(arglist: ArgList | None, index: int) -> ArgList | None:
    """add_end_constraint: the list ends before argument `index`."""
    if arglist is None or (not arglist.repeated and arglist.initial_length <= index):
        return arglist
    element = _split_before(arglist, index)
    required = (arglist.initial[element] if element < len(arglist.initial) else arglist.repeated[0]).required
    del arglist.initial[element:]
    arglist.repeated = []
    return _backtrack(arglist) if required else arglist


def _take(arglist: ArgList | None, position: int, type_: str,
          sublist: ArgList | None = None) -> tuple[int, ArgList | None]:
    """The directive consumes the next argument, of this type: the position after it and the
    constrained list. An unknown position (-1) stays unknown and constrains nothing."""
    if position < 0:
        return position, arglist
    return position + 1, constrain(arglist, position, type_, sublist)


def constrain(arglist: ArgList | None, index: int, type_: str, sublist: ArgList | None = None) -> ArgList | None:
    """add_req_type_constraint / add_req_listtype_constraint: argument `index` is present and of
    this type."""
    arglist = require(arglist, index)
    if arglist is None:
        return None
    element = _unshare(arglist, index)
    types = _intersect_types(arglist.initial[element], Arg(1, False, type_, sublist))
    if types is None:
        return end_at(arglist, index)
    arglist.initial[element].type, arglist.initial[element].sublist = types
    return arglist


def _repeated_lists(sublist: ArgList | None) -> ArgList:
    """~:{ : a list of any number of lists, each constrained by `sublist`."""
    return ArgList([], [Arg(1, False, LIST, sublist)]) if sublist is not None else ArgList()


def _repeated(sublist: ArgList, period: int) -> ArgList:
    """make_repeated_list: the union of 0, 1, 2... copies of `sublist`, each shifted by `period`."""
    if not sublist.repeated:
        if sublist.initial_length < period:
            return _union_with_empty(sublist)
        source, step = sublist.initial, period
        total = sublist.initial_length
    else:
        loop = sublist.period
        times = period // gcd(period, loop)
        _unfold_loop(sublist, times)
        step = times * loop
        # GNU appends the first elements of the initial segment where it means the loop's
        # (format-lisp.c 0.21); its verdicts follow from that, so this port does the same where
        # those elements exist.
        count = len(sublist.repeated)
        if count > len(sublist.initial):
            _PastGnuList.seen = True
        source = sublist.initial + [
            (sublist.initial[index] if index < len(sublist.initial) else sublist.repeated[index])
            for index in range(count)
        ]
        total = sublist.initial_length + sublist.period
    result = ArgList()
    done, used, element = 0, 0, 0

    def advance(taken: int) -> None:
        nonlocal used, element
        used += taken
        if used == source[element].count:
            used, element = 0, element + 1

    while done < step and element < len(source):
        taken = min(source[element].count - used, step - done)
        result.initial.append(source[element].copy(taken))
        done += taken
        advance(taken)
    if result.initial and result.initial[0].required:
        _split_before(result, 1)
        result.initial[0].required = False
    ended = False
    earlier, earlier_used = 0, 0
    while done < total and element < len(source):
        current, previous = source[element], result.initial[earlier]
        taken = min(current.count - used, previous.count - earlier_used)
        required = current.required or previous.required
        types = _intersect_types(current, previous)
        if types is None:
            if required:
                return _backtrack(result) or ArgList()
            ended = True
            break
        result.initial.append(Arg(taken, required, *types))
        done += taken
        advance(taken)
        earlier_used += taken
        if earlier_used == result.initial[earlier].count:
            earlier, earlier_used = earlier + 1, 0
    # Optional exit points at 0, period, 2 * period...
    for index in range(0, result.initial_length, period):
        result.initial[_unshare(result, index)].required = False
    if not ended:
        split = _split_before(result, total - step)
        result.repeated = result.initial[split:]
        del result.initial[split:]
    return result


# --- The parser -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Dialect:
    """What a dialect's directives take: for each directive character, the parameter types
    (I: integer or nil, C: character or nil, *: any) and the type of argument it consumes."""

    name: str
    # directive -> (parameter types, argument type or None)
    simple: dict[str, tuple[str, str | None]]
    # directives with their own handling, each under its name in _Parser
    special: dict[str, str]


_PARAMETER_TYPES = {"I": INTEGER_NULL, "C": CHARACTER_NULL, "*": CHARACTER_INTEGER_NULL}


def _table(entries: dict[str, tuple[str, str | None]]) -> dict[str, tuple[str, str | None]]:
    return {character: value for characters, value in entries.items() for character in characters}


LISP = Dialect(
    "lisp",
    _table({
        "AaSs": ("IIIC", OBJECT), "Ww": ("", OBJECT), "DdBbOoXx": ("ICCI", INTEGER), "Rr": ("IICCI", INTEGER),
        "Cc": ("", CHARACTER), "Ff": ("IIICC", REAL), "EeGg": ("IIIICCC", REAL), "$": ("IIIC", REAL),
        "%&|~Ii": ("I", None), "\n_": ("", None), "Tt": ("II", None),
    }),
    _table({"Pp": "plural", "*": "goto", "?": "indirection", "/": "call", "(": "case", ")": "end",
            "[": "conditional", "]": "end", "{": "iteration", "}": "end", "<": "justification", ">": "end",
            "^": "up_and_out", ";": "separator", "!": "call_function"}),
)

SCHEME = Dialect(
    "scheme",
    _table({
        "AaSs": ("IIIC", OBJECT), "DdBbOoXx": ("ICCI", INTEGER), "Rr": ("IICCI", INTEGER),
        "Ff": ("IIICC", REAL), "EeGg": ("IIIICCC", REAL), "$": ("IIIC", REAL), "Ii": ("IIICC", COMPLEX),
        "Yy": ("", OBJECT), "%&_/|~": ("I", None), "!\nQq": ("", None), "Tt": ("IIC", None),
    }),
    _table({"Cc": "character", "Pp": "plural", "*": "goto", "?Kk": "indirection", "(": "case", ")": "end",
            "[": "conditional", "]": "end", "{": "iteration", "}": "end", "^": "up_and_out", ";": "separator"}),
)

_OPENER = {"]": "[", "}": "{", ")": "(", ">": "<"}
# Work allowed for one string, in list elements created or walked: GNU's arithmetic can need memory
# proportional to the numbers a string holds (`~{~99999999*~}`) and time growing with the square
# of its directives, where msgfmt runs out of memory or for minutes. A second or two of Python.
_BUDGET = 600_000
# Creating an element costs as much as walking this many; copying a list's element, this many.
_CREATED = 20
_COPIED = 5


class _Budget:
    left = _BUDGET


class _PastGnuList:
    """Set when GNU 0.21 would read loop elements past the end of its initial segment."""
    seen = False


def _spend(elements: int) -> None:
    _Budget.left -= elements
    if _Budget.left < 0:
        raise _TooComplex


class _TooComplex(Exception):
    pass


def _int32(value: int) -> int:
    """C's int arithmetic as GNU's parser does it (it wraps on overflow)."""
    return (value + 2**31) % 2**32 - 2**31


@dataclass
class _Param:
    kind: str  # "nil", "character", "integer", "argcount", "v"
    value: int = 0


class _Directives:
    """The count of directives an error message names: a `~{...~}` body counts its own."""

    def __init__(self) -> None:
        self.count = 0


class _Parser:
    def __init__(self, text: bytes, dialect: Dialect):
        self.text = text
        self.dialect = dialect
        self.at = 0
        self.spans: list[tuple[int, int]] = []

    def byte(self, offset: int = 0) -> int:
        index = self.at + offset
        return self.text[index] if index < len(self.text) else 0

    def fail(self, reason: str):
        raise FormatError(reason, list(self.spans))

    # Each returns (position, arglist, escape, separator: 0 none, 1 `~;`, 2 `~:;`).
    def parse_upto(self, position: int, arglist, escape, directives: _Directives, terminator: str,
                   separator: bool, top: bool = False):
        text = self.text
        while (start := text.find(b"~", self.at)) >= 0:
            self.at = start + 1
            directives.count += 1
            params, position = self.parameters(position, directives)
            colon = atsign = False
            while self.byte() in (0x3A, 0x40):
                colon |= self.byte() == 0x3A
                atsign |= self.byte() == 0x40
                self.at += 1
            if self.at >= len(text):
                self.fail("The string ends in the middle of a directive.")
            character = chr(text[self.at])
            self.at += 1
            context = _Context(self, params, colon, atsign, directives, terminator, separator)
            if character in self.dialect.simple:
                parameter_types, consumed = self.dialect.simple[character]
                arglist = context.check(arglist, parameter_types)
                if consumed is not None and position >= 0:
                    arglist = constrain(arglist, position, consumed)
                    position += 1
            elif character in self.dialect.special:
                handler = getattr(context, self.dialect.special[character])
                outcome = handler(position, arglist, escape, character)
                if len(outcome) == 4:
                    return outcome
                position, arglist, escape = outcome
            else:
                byte = text[self.at - 1]
                if 0x20 <= byte < 0x7F:
                    self.fail(f"In the directive number {directives.count}, the character '{character}' is not a "
                              "valid conversion specifier.")
                self.fail(f"The character that terminates the directive number {directives.count} is not a valid "
                          "conversion specifier.")
            if top:
                self.spans.append((start, self.at - 1))
        self.at = len(text)
        if terminator:
            # GNU names the opening directive as the character before the closing one ('~\\' for ~[).
            self.fail(f"Found '~{chr(ord(terminator) - 1)}' without matching '~{terminator}'.")
        return position, arglist, escape, 0

    def parameters(self, position: int, directives: _Directives) -> tuple[list[_Param], int]:
        params: list[_Param] = []
        text = self.text
        while True:
            byte = self.byte()
            param = _Param("nil")
            if 0x30 <= byte <= 0x39 or byte in (0x2B, 0x2D):
                negative = byte == 0x2D
                if byte in (0x2B, 0x2D):
                    self.at += 1
                    if not 0x30 <= self.byte() <= 0x39:
                        if self.at >= len(text):
                            self.fail("The string ends in the middle of a directive.")
                        self.fail(f"In the directive number {directives.count}, '{chr(byte)}' is not followed by a "
                                  "digit.")
                value = 0
                while 0x30 <= self.byte() <= 0x39:
                    value = _int32(10 * value + self.byte() - 0x30)
                    self.at += 1
                param = _Param("integer", _int32(-value) if negative else value)
            elif byte == 0x27:  # '\''
                self.at += 1
                if self.at >= len(text):
                    self.fail("The string ends in the middle of a directive.")
                self.at += 1
                param = _Param("character")
            elif byte in (0x56, 0x76):  # 'V' 'v'
                self.at += 1
                param = _Param("v", position)
                if position >= 0:
                    position += 1
            elif byte == 0x23:  # '#'
                self.at += 1
                param = _Param("argcount")
            params.append(param)
            if self.byte() == 0x2C:  # ','
                self.at += 1
            else:
                return params, position


class _Context:
    """One directive being read: its parameters and modifiers, and the parse it belongs to."""

    def __init__(self, parser: _Parser, params: list[_Param], colon: bool, atsign: bool,
                 directives: _Directives, terminator: str, separator: bool):
        self.parser, self.params, self.colon, self.atsign = parser, params, colon, atsign
        self.directives, self.terminator, self.separator_allowed = directives, terminator, separator

    def check(self, arglist, types: str):
        """check_params: the parameters against the directive's types; `v` parameters take
        arguments of those types."""
        number = self.directives.count
        for index, param in enumerate(self.params):
            if index < len(types):
                wanted = _PARAMETER_TYPES[types[index]]
                if wanted == CHARACTER_NULL and param.kind in ("integer", "argcount"):
                    self.parser.fail(f"In the directive number {number}, parameter {index + 1} is of type 'integer' "
                                     "but a parameter of type 'character' is expected.")
                if wanted == INTEGER_NULL and param.kind == "character":
                    self.parser.fail(f"In the directive number {number}, parameter {index + 1} is of type "
                                     "'character' but a parameter of type 'integer' is expected.")
                if param.kind == "v" and param.value >= 0:
                    arglist = constrain(arglist, param.value, wanted)
            elif param.kind in ("character", "integer", "argcount"):
                plural = "parameter" if len(types) == 1 else "parameters"
                self.parser.fail(f"In the directive number {number}, too many parameters are given; expected at "
                                 f"most {len(types)} {plural}.")
            elif param.kind == "v" and param.value >= 0:
                arglist = constrain(arglist, param.value, LIST, ArgList())
        return arglist

    def sub(self, position, arglist, escape, terminator, separator):
        """Read a clause up to its terminator, in the same argument list."""
        return self.parser.parse_upto(position, arglist, escape, self.directives, terminator, separator)

    def end(self, position, arglist, escape, character):
        if self.terminator != character:
            self.parser.fail(f"Found '~{character}' without matching '~{_OPENER[character]}'.")
        arglist = self.check(arglist, "")
        return position, arglist, escape, 0

    def separator(self, position, arglist, escape, character):
        if not self.separator_allowed:
            self.parser.fail(f"In the directive number {self.directives.count}, '~;' is used in an invalid "
                             "position.")
        arglist = self.check(arglist, "I" if self.terminator == ">" else "")
        return position, arglist, escape, 2 if self.colon else 1

    def character(self, position, arglist, escape, character):
        # Scheme's ~C: with a parameter it prints that character and takes no argument.
        arglist = self.check(arglist, "I")
        if not self.params or (len(self.params) == 1 and self.params[0].kind == "nil"):
            position, arglist = _take(arglist, position, CHARACTER)
        return position, arglist, escape

    def plural(self, position, arglist, escape, character):
        arglist = self.check(arglist, "")
        if self.colon and position > 0:
            position -= 1  # ~:P looks at the argument before
        position, arglist = _take(arglist, position, OBJECT)
        return position, arglist, escape

    def goto(self, position, arglist, escape, character):
        arglist = self.check(arglist, "I")
        params = self.params
        if not params or params[0].kind == "nil":
            count = 0 if self.atsign else 1
        elif params[0].kind == "integer":
            count = params[0].value
        else:
            return -1, arglist, escape
        if count < 0:
            self.parser.fail(f"In the directive number {self.directives.count}, the argument {count} is negative.")
        if self.atsign:
            position = count
        elif self.colon:
            if count > 0:
                position = max(position - count, 0) if position >= 0 else -1
        elif position >= 0:
            position = _int32(position + count)
        return position, arglist, escape

    def indirection(self, position, arglist, escape, character):
        arglist = self.check(arglist, "")
        position, arglist = _take(arglist, position, FORMAT_STRING)
        if self.atsign:
            position = -1
        else:
            position, arglist = _take(arglist, position, LIST, ArgList.unconstrained())
        return position, arglist, escape

    def call(self, position, arglist, escape, character):
        # Lisp's ~/name/: a user function called with one argument.
        arglist = self.check(arglist, "")
        position, arglist = _take(arglist, position, OBJECT)
        parser = self.parser
        end = parser.text.find(b"/", parser.at)
        if end < 0:
            parser.at = len(parser.text)
            parser.fail("The string ends in the middle of a ~/.../ directive.")
        parser.at = end + 1
        return position, arglist, escape

    def call_function(self, position, arglist, escape, character):
        # CLISP's ~!: a function and its argument.
        for param in self.params:
            if param.kind == "v" and param.value >= 0:
                arglist = constrain(arglist, param.value, CHARACTER_INTEGER_NULL)
        if position >= 0:
            arglist = constrain(arglist, position, FUNCTION)
            arglist = constrain(arglist, position + 1, OBJECT)
            position += 2
        return position, arglist, escape

    def case(self, position, arglist, escape, character):
        arglist = self.check(arglist, "")
        position, arglist, escape, _separator = self.sub(position, arglist, escape, ")", False)
        return position, arglist, escape

    def justification(self, position, arglist, escape, character):
        arglist = self.check(arglist, "IIIC")
        inner_escape = None
        while True:
            position, arglist, inner_escape, separator = self.sub(position, arglist, inner_escape, ">", True)
            if not separator:
                break
        if inner_escape is not None:
            position = -1
        return position, union(arglist, inner_escape), escape

    def up_and_out(self, position, arglist, escape, character):
        arglist = self.check(arglist, "***")
        if position >= 0 and arglist is not None and _is_required(arglist, position):
            return position, arglist, escape  # it can never be executed
        if arglist is not None:
            this_escape = arglist.copy()
            if position >= 0:
                this_escape = end_at(this_escape, position)
            escape = union(escape, this_escape)
        if position >= 0:
            arglist = require(arglist, position)
        return position, arglist, escape

    def conditional(self, position, arglist, escape, character):
        if self.atsign and self.colon:
            self.parser.fail(f"In the directive number {self.directives.count}, both the @ and the : modifiers are "
                             "given.")
        if self.atsign:
            return self._if_present(position, arglist, escape)
        if self.colon:
            return self._if_true(position, arglist, escape)
        return self._case_of(position, arglist, escape)

    def _if_present(self, position, arglist, escape):
        # ~@[...~]: if the argument is not NIL, it stays for the clause.
        arglist = self.check(arglist, "")
        nil_list = arglist.copy() if arglist is not None else None
        if position >= 0:
            nil_list = constrain(nil_list, position, LIST, ArgList())
        sub_list = arglist.copy() if arglist is not None else None
        sub_position, sub_list, escape, _separator = self.sub(position, sub_list, escape, "]", False)
        if position >= 0:
            position = position + 1 if sub_list is None or sub_position == position + 1 else -1
        return position, union(nil_list, sub_list), escape

    def _if_true(self, position, arglist, escape):
        # ~:[false~;true~]
        arglist = self.check(arglist, "")
        position, arglist = _take(arglist, position, OBJECT)
        joined_position, joined = -2, None
        sub_list = arglist.copy() if arglist is not None else None
        if position >= 0:
            sub_list = constrain(sub_list, position - 1, LIST, ArgList())
        sub_position, sub_list, escape, separator = self.sub(position, sub_list, escape, "]", True)
        if not separator:
            self.parser.fail(f"In the directive number {self.directives.count}, '~:[' is not followed by two "
                             "clauses, separated by '~;'.")
        if sub_list is not None:
            joined_position = sub_position
        joined = union(joined, sub_list)
        sub_list = arglist.copy() if arglist is not None else None
        sub_position, sub_list, escape, _separator = self.sub(position, sub_list, escape, "]", False)
        if sub_list is not None:
            joined_position = _join_positions(joined_position, sub_position)
        joined = union(joined, sub_list)
        return (joined_position if joined_position != -2 else position), joined, escape

    def _case_of(self, position, arglist, escape):
        # ~[clause0~;clause1~;...~:;default~]: the argument (or the parameter) picks a clause.
        arglist = self.check(arglist, "I")
        selector = -1
        if not (self.params and self.params[0].kind != "nil") and position >= 0:
            selector = position
            arglist = constrain(arglist, position, OBJECT)
            position += 1
        joined_position, joined = -2, None
        last = False
        while True:
            sub_list = arglist.copy() if arglist is not None else None
            sub_position, sub_list, escape, separator = self.sub(position, sub_list, escape, "]", not last)
            if not last and selector >= 0:
                sub_list = constrain(sub_list, selector, INTEGER)
            if sub_list is not None:
                joined_position = _join_positions(joined_position, sub_position)
            joined = union(joined, sub_list)
            if separator == 2:
                last = True
            if not separator:
                break
        if not last:
            joined_position = _join_positions(joined_position, position)
            if arglist is not None:
                joined = union(joined, arglist.copy())
        return (joined_position if joined_position != -2 else position), joined, escape

    def iteration(self, position, arglist, escape, character):
        arglist = self.check(arglist, "I")
        parser = self.parser
        body_start = parser.at
        body_directives = _Directives()
        sub_position, sub_list, sub_escape, _separator = parser.parse_upto(
            0, ArgList.unconstrained(), None, body_directives, "}", False)
        self.directives.count += body_directives.count
        if parser.text[body_start : body_start + 1] == b"~" and body_directives.count == 1 and position >= 0:
            # `~{~}`: the format string of the body is an argument.
            arglist = constrain(arglist, position, FORMAT_STRING)
            position += 1
        sub_list = union(sub_list, sub_escape)  # ~{ catches ~^
        if self.colon:
            sub_list = _repeated_lists(sub_list)
        elif sub_list is None:
            sub_list = ArgList()
        elif sub_position <= 0:
            # GNU keeps only what running the body 0 or 1 times says.
            sub_list = _union_with_empty(sub_list)
        else:
            sub_list = _repeated(sub_list, sub_position)
        if self.atsign:
            if arglist is not None and position >= 0:
                _shift(sub_list, position)
                arglist = intersect(arglist, sub_list)
            return -1, arglist, escape
        position, arglist = _take(arglist, position, LIST, sub_list)
        return position, arglist, escape


def _join_positions(joined: int, position: int) -> int:
    """The position after alternatives: the same in all (-2: none yet) or unknown (-1)."""
    if joined == -2:
        return position
    return joined if position >= 0 and position == joined else -1


def parse(text: str, dialect: Dialect) -> tuple[ArgList, list[tuple[int, int]]]:
    """The constraints `text` puts on its arguments, and its directives' spans (in characters);
    FormatError with GNU's reason for an invalid string."""
    data = text.encode("utf-8", "surrogateescape")
    parser = _Parser(data, dialect)
    _Budget.left = _BUDGET
    _PastGnuList.seen = False
    try:
        _position, arglist, escape, _separator = parser.parse_upto(
            0, ArgList.unconstrained(), None, _Directives(), "", False, top=True)
        arglist = union(arglist, escape)  # the top level catches ~^
        if arglist is None:
            parser.fail("The string refers to some argument in incompatible ways.")
        normalize(arglist)
    except FormatError as error:
        raise FormatError(str(error), _character_spans(text, data, error.spans)) from None
    except (_TooComplex, RecursionError):
        raise FormatError("The string is too complex to be checked.", _character_spans(text, data, parser.spans)) from None
    return arglist, _character_spans(text, data, parser.spans)


def _character_spans(text: str, data: bytes, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    if len(data) == len(text):
        return spans
    starts = []
    for index, character in enumerate(text):
        starts.extend([index] * len(character.encode("utf-8", "surrogateescape")))
    return [(starts[first], starts[last]) for first, last in spans]


def undefined_in_gnu(text: str, dialect: Dialect) -> bool:
    """Whether msgfmt 0.21 judges `text` from memory past the end of a list: where a loop's
    elements outnumber those of the initial segment, format-lisp.c reads beyond them (valgrind:
    "Invalid read ... after a block of size 24"), and its verdict changes with what else the file
    holds, down to aborting. This port gives those strings the meaning of their directives."""
    try:
        parse(text, dialect)
    except FormatError:
        return False
    return _PastGnuList.seen


def parse_lisp(text: str) -> tuple[ArgList, list[tuple[int, int]]]:
    return parse(text, LISP)


def parse_scheme(text: str) -> tuple[ArgList, list[tuple[int, int]]]:
    return parse(text, SCHEME)


def compare(source: ArgList, target: ArgList, strict: bool, source_name: str, target_name: str) -> str | None:
    """format_check: the same constraints, or (not strict) a translation accepting a subset."""
    try:
        if strict:
            if not source.equals(target):
                return f"format specifications in '{source_name}' and '{target_name}' are not equivalent"
            return None
        _Budget.left = _BUDGET
        both = intersect(source.copy(), target.copy())
        if both is not None:
            normalize(both)
        subset = both is not None and both.equals(target)
    except (_TooComplex, RecursionError):
        subset = False  # beyond what can be checked: not shown to be a subset
    if not subset:
        return f"format specifications in '{target_name}' are not a subset of those in '{source_name}'"
    return None
