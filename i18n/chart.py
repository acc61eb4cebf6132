"""The population chart: an SVG drawing of the estimates that have a year, with dated events as markers.

Pure: text and numbers arrive already translated and formatted (or as formatting callables bound to
the render locale); the result is SVG markup with every piece of text escaped. An estimate without a
year is never drawn here -- the sheet lists those beside the chart -- because placing it on a time
axis would invent a year.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from markupsafe import escape

# A narrow drawing, so that its text stays readable when a phone scales it down to ~340 px.
WIDTH = 480
PLOT_HEIGHT = 220
MARGIN_LEFT = 60
MARGIN_RIGHT = 20
MARGIN_BOTTOM = 56
EVENT_ROW = 19
BAR_WIDTH = 22
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
INK = "#1d1d1b"
MUTED = "#5b5b57"
ACCENT = "#8a4b08"
GRID = "#d9d3c7"


@dataclass(frozen=True)
class DatedEstimate:
    year: int
    low: float
    high: float
    # What the estimate counts, already translated; shown as the bar's tooltip.
    label: str
    # The range as the locale writes it ("19–26"), shown above the bar.
    value_text: str


@dataclass(frozen=True)
class DatedEvent:
    year: int
    # A short translated label, written beside the marker.
    label: str


@dataclass(frozen=True)
class ChartText:
    title: str
    description: str
    x_label: str
    y_label: str


def population_chart(
    estimates: Sequence[DatedEstimate],
    events: Sequence[DatedEvent],
    text: ChartText,
    *,
    number: Callable[[float], str],
    year: Callable[[int], str],
    element_id: str = "population-chart",
) -> str:
    """The chart as an `<svg>` element with `<title>` and `<desc>` (its text alternative)."""
    years = [item.year for item in (*estimates, *events)]
    if not years:
        raise ValueError("a population chart needs at least one dated estimate or event")
    first_year, last_year = min(years) - 1, max(years) + 1
    top_value, step = _value_axis([item.high for item in estimates])

    top = 16 + EVENT_ROW * len(events)
    height = top + PLOT_HEIGHT + MARGIN_BOTTOM
    plot_right = WIDTH - MARGIN_RIGHT
    bottom = top + PLOT_HEIGHT

    def x_of(when: int) -> float:
        return MARGIN_LEFT + (when - first_year) / (last_year - first_year) * (plot_right - MARGIN_LEFT)

    def y_of(value: float) -> float:
        return bottom - value / top_value * PLOT_HEIGHT

    title_id, desc_id = f"{element_id}-title", f"{element_id}-desc"
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="{escape(element_id)}" '
        f'viewBox="0 0 {WIDTH} {_n(height)}" role="img" aria-labelledby="{title_id} {desc_id}" '
        f'font-family="{escape(FONT)}" font-size="14" fill="{INK}">',
        f'<title id="{title_id}">{escape(text.title)}</title>',
        f'<desc id="{desc_id}">{escape(text.description)}</desc>',
    ]

    # Value axis: grid lines and their numbers.
    value = 0.0
    while value <= top_value + step / 2:
        y = y_of(value)
        parts.append(
            f'<line x1="{MARGIN_LEFT}" y1="{_n(y)}" x2="{plot_right}" y2="{_n(y)}" '
            f'stroke="{GRID}" stroke-width="1"/>'
        )
        parts.append(
            f'<text x="{MARGIN_LEFT - 8}" y="{_n(y + 4)}" text-anchor="end" fill="{MUTED}">'
            f"{escape(number(value))}</text>"
        )
        value += step
    parts.append(
        f'<text transform="translate(16 {_n(top + PLOT_HEIGHT / 2)}) rotate(-90)" text-anchor="middle">'
        f"{escape(text.y_label)}</text>"
    )

    # Time axis: a tick for every year, a number under each year that carries data.
    parts.append(
        f'<line x1="{MARGIN_LEFT}" y1="{_n(bottom)}" x2="{plot_right}" y2="{_n(bottom)}" stroke="{INK}" stroke-width="1"/>'
    )
    for when in range(first_year, last_year + 1):
        x = x_of(when)
        parts.append(f'<line x1="{_n(x)}" y1="{_n(bottom)}" x2="{_n(x)}" y2="{_n(bottom + 4)}" stroke="{INK}"/>')
    for when in sorted(set(years)):
        parts.append(
            f'<text x="{_n(x_of(when))}" y="{_n(bottom + 20)}" text-anchor="middle">{escape(year(when))}</text>'
        )
    parts.append(
        f'<text x="{_n((MARGIN_LEFT + plot_right) / 2)}" y="{_n(bottom + 46)}" text-anchor="middle">'
        f"{escape(text.x_label)}</text>"
    )

    # Events: a dashed line through the plot, its label on a row of its own above it.
    middle = (MARGIN_LEFT + plot_right) / 2
    for row, event in enumerate(sorted(events, key=lambda item: item.year)):
        x = x_of(event.year)
        label_y = 14 + EVENT_ROW * row
        anchor, label_x = ("start", x + 4) if x < middle else ("end", x - 4)
        parts.append(
            f'<line x1="{_n(x)}" y1="{_n(label_y + 4)}" x2="{_n(x)}" y2="{_n(bottom)}" '
            f'stroke="{MUTED}" stroke-width="1.5" stroke-dasharray="4 3"/>'
        )
        parts.append(
            f'<text x="{_n(label_x)}" y="{_n(label_y)}" text-anchor="{anchor}" fill="{MUTED}" font-size="13">'
            f"{escape(event.label)}</text>"
        )

    # Estimates: a bar from the low to the high figure, the range written above it.
    for estimate in estimates:
        x = x_of(estimate.year)
        y_high, y_low = y_of(estimate.high), y_of(estimate.low)
        parts.append(
            f'<rect x="{_n(x - BAR_WIDTH / 2)}" y="{_n(y_high)}" width="{BAR_WIDTH}" '
            f'height="{_n(max(y_low - y_high, 2))}" fill="{ACCENT}" rx="2">'
            f"<title>{escape(estimate.label)}</title></rect>"
        )
        parts.append(
            f'<text x="{_n(x)}" y="{_n(y_high - 6)}" text-anchor="middle" font-weight="bold">'
            f"{escape(estimate.value_text)}</text>"
        )
    parts.append("</svg>")
    return "\n".join(parts)


def _value_axis(highs: Sequence[float]) -> tuple[float, float]:
    """The top of the value axis and its step: a round step (1, 2 or 5 times a power of ten), at most 6 of them."""
    highest = max(highs, default=0) or 1
    magnitude = 10 ** math.floor(math.log10(highest / 4)) if highest >= 4 else 1
    for factor in (1, 2, 5, 10):
        step = factor * magnitude
        if highest / step <= 6:
            break
    return math.ceil(highest / step) * step, step


def _n(value: float) -> str:
    """A coordinate with at most one decimal, without a trailing ".0"."""
    rounded = round(value, 1)
    return str(int(rounded)) if rounded == int(rounded) else str(rounded)
