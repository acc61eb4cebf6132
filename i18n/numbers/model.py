"""The results of reading and comparing numbers: frozen values the checks and the CLI consume."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

KINDS = ("integer", "decimal", "percent", "permille", "ordinal", "year", "word", "roman", "scaled")


@dataclass(frozen=True)
class Number:
    value: Decimal  # the quantity; a range gives two Numbers (both bounds)
    text: str  # as written: "262 000", "trois", "XXe", "2,5 millions"
    start: int  # offset in the text
    end: int
    kind: str  # one of KINDS


def overlaps(number: Number, others) -> bool:
    """Whether `number`'s span overlaps the span of one of `others` (anything with a start and an end)."""
    return any(number.start < other.end and number.end > other.start for other in others)


@dataclass(frozen=True)
class StyleProblem:
    number: Number  # as read in the TARGET locale
    message: str  # English-language explanation
    suggestion: str  # the number as the target locale writes it


@dataclass(frozen=True)
class Literal:
    """Digits that are no quantity, compared as written: inside a code, option, version or date."""

    text: str  # the token as written: "AX.25", "--max-depth=0", "Cortex-A53", "1.0.2"
    digits: str  # the digit run compared, without leading zeros: "25", "0", "53"
    start: int
    end: int
    kind: str  # "code", "option", "version", "date"


@dataclass(frozen=True)
class LiteralMismatch:
    """A literal's digits absent from the other text: source None = added, target None = missing."""

    source: Literal | None
    target: Literal | None

    @property
    def kind(self) -> str:
        return (self.source or self.target).kind  # type: ignore[union-attr]


@dataclass(frozen=True)
class BoundMismatch:
    """The same value bounded the other way ("less than 250" / "plus de 250"), or a change said the
    other way ("15% less" / "15 % de plus": directions "up" and "down")."""

    source: Number
    target: Number
    source_comparator: str  # as written: "less than"
    target_comparator: str  # "plus de"
    source_direction: str  # "at most" or "at least"
    target_direction: str


@dataclass(frozen=True)
class ExtremeSwap:
    """A limit named by its extreme in the source and by the other extreme in the translation."""

    source: str  # as written: "Maximum"
    target: str  # "Минимальная"
    source_direction: str  # "at most" for a maximum, "at least" for a minimum
    target_direction: str


@dataclass(frozen=True)
class EraFlip:
    """A date the source places in one era and the translation in the other: "49 BC" / "49 d. C."."""

    source: str  # the source's word for its era, as written: "BC"
    target: str  # the translation's word for the other: "d. C."
    source_era: str  # "before the common era" or "of the common era"
    target_era: str


@dataclass(frozen=True)
class UnitChange:
    """The same digits with another unit of the same dimension: "5 km" / "5 m"."""

    source: str  # as written: "5 km"
    target: str  # "5 m"
    source_units: tuple[str, ...]  # what the source's unit may be: ("kilometre",)
    target_units: tuple[str, ...]  # ("metre", "minute")
    start: int  # where the source's number starts


@dataclass(frozen=True)
class NumberComparison:
    missing: tuple[Number, ...]  # in the source, not in the translation
    added: tuple[Number, ...]  # in the translation, not in the source
    changed: tuple[tuple[Number, Number], ...]  # (source, translation) paired, values differ
    foreign_style: tuple[StyleProblem, ...]  # translation numbers written in another locale's style
    literals: tuple[LiteralMismatch, ...] = ()  # codes, options, versions, dates whose digits differ
    bounds: tuple[BoundMismatch, ...] = ()  # same value, opposite comparators
    extremes: tuple[ExtremeSwap, ...] = ()  # "Maximum Height" / "Минимальная высота"
    units: tuple[UnitChange, ...] = ()  # "5 km" / "5 m"
    eras: tuple[EraFlip, ...] = ()  # "49 BC" / "49 d. C."

    @property
    def ok(self) -> bool:
        return not (self.missing or self.added or self.changed or self.foreign_style or self.literals or self.bounds
                    or self.extremes or self.units or self.eras)


# The comparison of two texts whose numbers agree.
AGREEING = NumberComparison((), (), (), ())

_MODEL_CLASSES = {kind.__name__: kind for kind in (Number, StyleProblem, Literal, LiteralMismatch, BoundMismatch,
                                                   ExtremeSwap, EraFlip, UnitChange, NumberComparison)}


def as_plain(value):
    """A result of this module as JSON's values: {"t": class, "f": fields}, a Decimal as {"d": its
    text}, a tuple as a list. `from_plain` builds it back, equal to `value`."""
    if isinstance(value, tuple):
        return [as_plain(item) for item in value]
    if isinstance(value, Decimal):
        return {"d": str(value)}
    if type(value).__name__ in _MODEL_CLASSES:
        return {"t": type(value).__name__, "f": [as_plain(item) for item in value.__dict__.values()]}
    return value


def from_plain(value):
    """What `as_plain` wrote, built back from this module's classes only: ValueError for any other shape."""
    if isinstance(value, list):
        return tuple(from_plain(item) for item in value)
    if isinstance(value, dict):
        if value.keys() == {"d"} and isinstance(value["d"], str):
            try:
                return Decimal(value["d"])
            except ArithmeticError:
                raise ValueError(f"not a number: {value['d']!r}") from None
        if (value.keys() == {"t", "f"} and isinstance(value["t"], str) and value["t"] in _MODEL_CLASSES
                and isinstance(value["f"], list)):
            try:
                return _MODEL_CLASSES[value["t"]](*map(from_plain, value["f"]))
            except TypeError as error:
                raise ValueError(f"not a {value['t']}: {error}") from None
        raise ValueError("not a number comparison's part")
    if value is None or isinstance(value, (str, int)) and not isinstance(value, bool):
        return value
    raise ValueError("not a number comparison's part")
