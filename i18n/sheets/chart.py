"""The population chart: every estimate on one scale of numbers, grouped by what it counts.

No estimate is placed on a time axis -- most come without a year, and placing them there would
invent one; a row says its year, or that none is given. The chart is HTML and CSS (the page's
stylesheet draws it), so its text reflows at any width, a right-to-left page mirrors it, and print
draws it as the screen does. Pure: text and numbers arrive translated and formatted; every piece of
text is escaped, positions are percentages of the scale.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

# How an estimate is given, and how it is drawn.
KINDS = {
    "range": "a bar from the low to the high figure",
    "count": "a dot at the figure",
    "about": "a ring at the figure (\"around\")",
    "below": "a bar fading towards zero, ending at the figure (\"fewer than\")",
    "above": "a bar starting at the figure and fading away (\"more than\")",
}
# The chart's ink (the page's --chart-ink, #8a4b08) fully transparent: a fade ends in it rather than in
# `transparent` (transparent black), which some renderers (WeasyPrint) blend through grey.
FADED = "rgba(138,75,8,0)"
# Share of the scale over which an open "more than" bar fades out.
OPEN_BAR = 12.0
# A value written after its mark only if the mark ends before this share of the scale; otherwise
# before it (a long "fewer than" bar: over its faded start), so that no text runs off the track.
WRITE_AFTER_UNTIL = 58.0


@dataclass(frozen=True)
class Estimate:
    kind: str
    low: float
    high: float
    # What this row counts, and its year or "no year given", already translated.
    label: str
    when: str
    # The figure as the locale writes it ("19–26", "more than 100").
    value_text: str


@dataclass(frozen=True)
class EstimateGroup:
    title: str
    estimates: tuple[Estimate, ...]


@dataclass(frozen=True)
class ChartText:
    title: str
    description: str
    axis_label: str


def population_chart(
    groups: Sequence[EstimateGroup],
    text: ChartText,
    *,
    number: Callable[[float], str],
    direction: str = "ltr",
    element_id: str = "population-chart",
) -> str:
    """The chart as a `<div role="img">` whose accessible name is its title and description."""
    estimates = [estimate for group in groups for estimate in group.estimates]
    if not estimates:
        raise ValueError("a population chart needs at least one estimate")
    for estimate in estimates:
        if estimate.kind not in KINDS:
            raise ValueError(f"unknown kind of estimate {estimate.kind!r}; one of {', '.join(KINDS)}")
    if direction not in ("ltr", "rtl"):
        raise ValueError("direction is 'ltr' or 'rtl'")
    top, step = value_axis([estimate.high for estimate in estimates])
    ticks = [step * index for index in range(int(round(top / step)) + 1)]
    start = "left" if direction == "ltr" else "right"
    end = "right" if direction == "ltr" else "left"

    def at(value: float) -> float:
        return value / top * 100

    # An attribute takes plain text: a passage marked with its own language (<span lang>) loses the mark.
    name = f"{_plain(text.title)}. {_plain(text.description)}"
    grid = "".join(f'<span class="pop-grid" style="{start}:{_n(at(tick))}%"></span>' for tick in ticks)
    parts = [
        f'<div class="pop-chart" id="{escape(element_id)}" role="img" '
        f'aria-label="{escape(name)}">',
        f'<p class="pop-title" aria-hidden="true">{escape(text.title)}</p>',
    ]
    for group in groups:
        parts.append('<div class="pop-group">')
        parts.append(f'<p class="pop-group-title">{escape(group.title)}</p>')
        for estimate in group.estimates:
            parts.append(
                '<div class="pop-row">'
                f'<p class="pop-label">{escape(estimate.label)} <span class="pop-when">{escape(estimate.when)}</span></p>'
                f'<div class="pop-track">{grid}{_mark(estimate, at, start, end)}</div>'
                "</div>"
            )
        parts.append("</div>")
    labels = []
    for index, tick in enumerate(ticks):
        if index == 0:
            where = f"{start}:0"
        elif index == len(ticks) - 1:
            where = f"{end}:0"
        else:
            where = f"{start}:{_n(at(tick))}%;transform:translateX({'-' if start == 'left' else ''}50%)"
        labels.append(f'<span style="{where}">{escape(number(tick))}</span>')
    parts.append(
        '<div class="pop-row pop-axis"><p class="pop-label"></p>'
        f'<div class="pop-ticks">{"".join(labels)}</div></div>'
    )
    parts.append(f'<p class="pop-axis-label">{escape(text.axis_label)}</p>')
    parts.append("</div>")
    return "\n".join(parts)


def _mark(estimate: Estimate, at: Callable[[float], float], start: str, end: str) -> str:
    low, high = at(estimate.low), at(estimate.high)
    kind = estimate.kind
    toward_end = "right" if end == "right" else "left"
    toward_start = "left" if toward_end == "right" else "right"
    if kind == "range":
        mark = f'<span class="pop-mark pop-range" style="{start}:{_n(low)}%;width:{_n(max(high - low, 0.8))}%"></span>'
        reach_from, reach_to = low, max(high, low + 0.8)
    elif kind in ("count", "about"):
        mark = f'<span class="pop-mark pop-{kind}" style="{start}:{_n(low)}%"></span>'
        reach_from, reach_to = low - 1, low + 1
    elif kind == "below":
        mark = (f'<span class="pop-mark pop-below" style="{start}:0;width:{_n(high)}%;'
                f'background-image:linear-gradient(to {toward_end},{FADED},var(--chart-ink))"></span>')
        reach_from, reach_to = 0, high
    else:  # above
        width = min(OPEN_BAR, 100 - low)
        mark = (f'<span class="pop-mark pop-above" style="{start}:{_n(low)}%;width:{_n(width)}%;'
                f'background-image:linear-gradient(to {toward_start},{FADED},var(--chart-ink))"></span>')
        reach_from, reach_to = low, low + width
    # Markup (a template's message or range) is kept as it is; plain text is escaped.
    value = Markup("<bdi>%s</bdi>") % estimate.value_text
    # The figure is text in the flow of the track, kept clear of the mark by a margin: a long one
    # wraps inside the track (which grows) instead of running off it.
    if reach_to <= WRITE_AFTER_UNTIL:
        where = f"margin-{start}:calc({_n(reach_to)}% + .5rem)"
    elif kind == "below":  # a long bar from zero: written over its faded, nearly transparent start
        where = f"margin-{start}:.5rem"
    else:
        where = f"margin-{end}:calc({_n(100 - reach_from)}% + .5rem);text-align:{end}"
    label = f'<span class="pop-value" style="{where}">{value}</span>'
    return mark + label


def value_axis(highs: Sequence[float]) -> tuple[float, float]:
    """The end of the scale and its step: a round step (1, 2 or 5 times a power of ten), at most 6
    of them, and room past the highest figure for an open "more than" bar."""
    highest = (max(highs, default=0) or 1) * (1 + OPEN_BAR / 100)
    magnitude = 10 ** math.floor(math.log10(highest / 4)) if highest >= 4 else 1
    for factor in (1, 2, 5, 10):
        step = factor * magnitude
        if highest / step <= 6:
            break
    return math.ceil(highest / step) * step, step


def _plain(text: str) -> str:
    """Text without tags: Markup's own text, or a plain string as it is."""
    return Markup.striptags(text) if isinstance(text, Markup) else text


def _n(value: float) -> str:
    """A position with at most two decimals, without trailing zeros."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


@dataclass(frozen=True)
class ChartFigure:
    """What a template gets back: the chart's markup."""

    html: Markup


def chart_builder(number: Callable[[float], str], direction: str) -> Callable[..., ChartFigure]:
    """The `population_chart(groups, title, description, axis_label)` a template calls, bound to the
    render locale's number format and text direction. `groups` are mappings with `title` and
    `rows`, each row a mapping with kind, low, high, label, when and value. Texts stay as the
    template gives them: its messages are Markup already escaped, which escaping leaves alone."""

    def build(groups: Sequence[Mapping], title: str, description: str, axis_label: str) -> ChartFigure:
        chart_groups = [
            EstimateGroup(
                title=group["title"],
                estimates=tuple(
                    Estimate(kind=row["kind"], low=row["low"], high=row["high"], label=row["label"],
                             when=row["when"], value_text=row["value"])
                    for row in group["rows"]
                ),
            )
            for group in groups
        ]
        markup = population_chart(chart_groups, ChartText(title, description, axis_label),
                                   number=number, direction=direction)
        return ChartFigure(html=Markup(markup))

    return build


# The charts a sheet's template can call, by the name it calls them: each is made for a page from the
# locale's number filter and text direction. A new chart is a row here, never a change to the renderer.
CHARTS: dict[str, Callable[[Callable[[float], str], str], Callable[..., ChartFigure]]] = {
    "population_chart": chart_builder,
}
