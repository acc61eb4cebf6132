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

# A narrow drawing with large type: a phone shows it ~340 px wide, nearly 1:1, so its text stays
# 13-14 CSS px there (the page caps its width on a desktop so that it does not grow into a poster).
WIDTH = 340
PLOT_HEIGHT = 150
MARGIN_LEFT = 50
MARGIN_RIGHT = 14
FONT_SIZE = 14
SMALL_FONT_SIZE = 13
# Event markers: numbered discs above the plot, one row per group of markers that would touch.
MARKER_RADIUS = 9
MARKER_ROW = 22
# Headroom between the markers and the top of the value axis, for the figure written above a bar.
HEADROOM = 20
YEAR_ROW = 16
LEGEND_ROW = 20
# An average glyph width as a share of the font size, to wrap legend lines without measuring text.
AVERAGE_GLYPH = 0.56
BAR_WIDTH = 22
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif"
INK = "#1d1d1b"
MUTED = "#5b5b57"
ACCENT = "#8a4b08"
GRID = "#d9d3c7"
PAPER = "#fffdf8"


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
    # A short translated label, written in the legend under the chart beside the marker's number.
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
    """The chart as an `<svg>` element with `<title>` and `<desc>` (its text alternative).

    Events are numbered discs at the top of dashed lines, explained in a legend under the time axis,
    so that no label of any length crosses a line or another label.
    """
    years = [item.year for item in (*estimates, *events)]
    if not years:
        raise ValueError("a population chart needs at least one dated estimate or event")
    first_year, last_year = min(years) - 1, max(years) + 1
    top_value, step = _value_axis([item.high for item in estimates])
    plot_right = WIDTH - MARGIN_RIGHT

    def x_of(when: int) -> float:
        return MARGIN_LEFT + (when - first_year) / (last_year - first_year) * (plot_right - MARGIN_LEFT)

    ordered_events = sorted(events, key=lambda item: item.year)
    marker_rows = _rows([x_of(event.year) for event in ordered_events], 2 * MARKER_RADIUS + 4)
    dated_years = sorted(set(years))
    year_rows = _rows([x_of(when) for when in dated_years], _text_width(year(max(years)), FONT_SIZE) + 6)

    markers_height = (max(marker_rows, default=-1) + 1) * MARKER_ROW
    top = 4 + markers_height + HEADROOM
    bottom = top + PLOT_HEIGHT
    x_label_y = bottom + 18 + YEAR_ROW * (max(year_rows, default=0) + 1) + 4
    legend = _legend_lines(ordered_events)
    legend_top = x_label_y + 12
    height = legend_top + LEGEND_ROW * len(legend) + (8 if legend else 0)

    def y_of(value: float) -> float:
        return bottom - value / top_value * PLOT_HEIGHT

    title_id, desc_id = f"{element_id}-title", f"{element_id}-desc"
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="{escape(element_id)}" '
        f'viewBox="0 0 {WIDTH} {_n(height)}" role="img" aria-labelledby="{title_id} {desc_id}" '
        f'font-family="{escape(FONT)}" font-size="{FONT_SIZE}" fill="{INK}">',
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
            f'<text x="{MARGIN_LEFT - 6}" y="{_n(y + 4)}" text-anchor="end" fill="{MUTED}" '
            f'font-size="{SMALL_FONT_SIZE}">{escape(number(value))}</text>'
        )
        value += step
    parts.append(
        f'<text transform="translate(13 {_n(top + PLOT_HEIGHT / 2)}) rotate(-90)" text-anchor="middle">'
        f"{escape(text.y_label)}</text>"
    )

    # Time axis: a tick for every year, a number under each year that carries data (years too close
    # to the one before drop to a second row rather than overprint it).
    parts.append(
        f'<line x1="{MARGIN_LEFT}" y1="{_n(bottom)}" x2="{plot_right}" y2="{_n(bottom)}" stroke="{INK}" stroke-width="1"/>'
    )
    for when in range(first_year, last_year + 1):
        x = x_of(when)
        parts.append(f'<line x1="{_n(x)}" y1="{_n(bottom)}" x2="{_n(x)}" y2="{_n(bottom + 4)}" stroke="{INK}"/>')
    for when, row in zip(dated_years, year_rows):
        parts.append(
            f'<text x="{_n(x_of(when))}" y="{_n(bottom + 18 + YEAR_ROW * row)}" text-anchor="middle" '
            f'font-size="{SMALL_FONT_SIZE}">{escape(year(when))}</text>'
        )
    parts.append(
        f'<text x="{_n((MARGIN_LEFT + plot_right) / 2)}" y="{_n(x_label_y)}" text-anchor="middle" fill="{MUTED}">'
        f"{escape(text.x_label)}</text>"
    )

    # Events: a dashed line through the plot topped by a numbered disc.
    for number_of_event, (event, row) in enumerate(zip(ordered_events, marker_rows), start=1):
        x = x_of(event.year)
        centre_y = 4 + MARKER_RADIUS + MARKER_ROW * row
        parts.append(
            f'<line x1="{_n(x)}" y1="{_n(centre_y + MARKER_RADIUS)}" x2="{_n(x)}" y2="{_n(bottom)}" '
            f'stroke="{MUTED}" stroke-width="1.5" stroke-dasharray="4 3"/>'
        )
        parts.append(_disc(x, centre_y, number_of_event, number))

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

    # Legend: each event's number and its label, wrapped onto as many lines as it needs.
    line_number = 0
    for number_of_event, event in enumerate(ordered_events, start=1):
        wrapped = _wrap(event.label)
        baseline = legend_top + LEGEND_ROW * line_number + 13
        parts.append(_disc(MARGIN_LEFT - 28, baseline - 4.5, number_of_event, number))
        spans = "".join(
            f'<tspan x="{MARGIN_LEFT - 14}" y="{_n(baseline + LEGEND_ROW * index)}">{escape(piece)}</tspan>'
            for index, piece in enumerate(wrapped)
        )
        parts.append(f"<text>{spans}</text>")
        line_number += len(wrapped)
    parts.append("</svg>")
    return "\n".join(parts)


def _disc(x: float, centre_y: float, label_number: int, number: Callable[[float], str]) -> str:
    """A numbered marker: the event's number, written the locale's way, in a filled circle."""
    return (
        f'<circle cx="{_n(x)}" cy="{_n(centre_y)}" r="{MARKER_RADIUS}" fill="{MUTED}"/>'
        f'<text x="{_n(x)}" y="{_n(centre_y + 4)}" text-anchor="middle" fill="{PAPER}" '
        f'font-size="{SMALL_FONT_SIZE}" font-weight="bold">{escape(number(label_number))}</text>'
    )


def _rows(positions: Sequence[float], spacing: float) -> list[int]:
    """For each position (in increasing order), the first row where it keeps `spacing` from the one before."""
    last_in_row: list[float] = []
    rows = []
    for position in positions:
        for row, last in enumerate(last_in_row):
            if position - last >= spacing:
                last_in_row[row] = position
                rows.append(row)
                break
        else:
            last_in_row.append(position)
            rows.append(len(last_in_row) - 1)
    return rows


def _text_width(text: str, font_size: float) -> float:
    return len(text) * font_size * AVERAGE_GLYPH


LEGEND_TEXT_WIDTH = WIDTH - MARGIN_RIGHT - (MARGIN_LEFT - 14)


def _wrap(label: str) -> list[str]:
    """The label cut at spaces into lines that fit the legend; each line but the last keeps its
    trailing space, so that the text element's content is still the whole label."""
    limit = max(1, int(LEGEND_TEXT_WIDTH / (FONT_SIZE * AVERAGE_GLYPH)))
    lines: list[str] = []
    current = ""
    for word in label.split(" "):
        if current and len(current) + len(word) > limit:
            lines.append(current)
            current = ""
        current += word + " "
    lines.append(current.rstrip(" "))
    return lines


def _legend_lines(events: Sequence[DatedEvent]) -> list[str]:
    return [line for event in events for line in _wrap(event.label)]


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
