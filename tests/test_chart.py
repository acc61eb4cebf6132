"""The population chart as a pure function: what it draws, where, and with which text."""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET

import pytest

from i18n.chart import ChartText, DatedEstimate, DatedEvent, _value_axis, population_chart

SVG = "{http://www.w3.org/2000/svg}"
TEXT = ChartText(title="Estimates & events", description="One <dated> estimate", x_label="Year", y_label="Leopards")


def draw(estimates=(), events=(), text=TEXT, number=str, year=str):
    markup = population_chart(list(estimates), list(events), text, number=number, year=year)
    return markup, ET.fromstring(markup)


def estimate(year=2007, low=19, high=26, label="wild", value_text="19–26"):
    return DatedEstimate(year=year, low=low, high=high, label=label, value_text=value_text)


def texts(root):
    return ["".join(node.itertext()) for node in root.iter(f"{SVG}text")]


def test_text_alternative_is_the_title_and_description_escaped():
    markup, root = draw([estimate()])
    title_id, desc_id = root.get("aria-labelledby").split()
    assert root.get("role") == "img"
    assert root.find(f"{SVG}title").get("id") == title_id
    assert root.find(f"{SVG}title").text == "Estimates & events"
    assert root.find(f"{SVG}desc").get("id") == desc_id
    assert root.find(f"{SVG}desc").text == "One <dated> estimate"
    assert "<dated>" not in markup


@pytest.mark.parametrize("count", [0, 1, 3])
def test_one_bar_per_dated_estimate(count):
    estimates = [estimate(year=2000 + 3 * index, label=f"e{index}") for index in range(count)]
    _, root = draw(estimates, [DatedEvent(2012, "park")])
    bars = root.findall(f"{SVG}rect")
    assert [bar.find(f"{SVG}title").text for bar in bars] == [f"e{index}" for index in range(count)]


def test_a_bar_spans_the_estimate_on_the_value_axis():
    _, root = draw([estimate(low=19, high=26)])
    gridlines = {
        float(label.get("y")) - 4: float(label.text)
        for label in root.iter(f"{SVG}text")
        if label.get("text-anchor") == "end" and label.text.replace(".", "").isdigit()
    }
    # Two gridlines give the scale: value = a + b * y.
    (y0, v0), (y1, v1) = sorted(gridlines.items())[:2]
    per_pixel = (v1 - v0) / (y1 - y0)

    def value_at(y):
        return v0 + (y - y0) * per_pixel

    bar = root.find(f"{SVG}rect")
    top, bottom = float(bar.get("y")), float(bar.get("y")) + float(bar.get("height"))
    assert value_at(top) == pytest.approx(26, abs=0.2)
    assert value_at(bottom) == pytest.approx(19, abs=0.2)


def test_years_are_labelled_only_where_something_is_dated():
    events = [DatedEvent(2012, "park"), DatedEvent(2018, "cubs")]
    _, root = draw([estimate(year=2007)], events, year=lambda when: f"y{when}")
    year_labels = [text for text in texts(root) if text.startswith("y")]
    assert year_labels == ["y2007", "y2012", "y2018"]


def test_numbers_go_through_the_locale_formatter_and_are_escaped():
    markup, root = draw([estimate(high=26)], number=lambda value: f"<{value:g}>")
    axis_numbers = [text for text in texts(root) if text.startswith("<")]
    assert axis_numbers[0] == "<0>" and axis_numbers[-1] == "<30>"
    assert "&lt;30&gt;" in markup


def test_events_are_marked_with_their_labels_and_no_bar():
    _, root = draw([], [DatedEvent(2016, "Narva <crossing>"), DatedEvent(2012, "park")])
    assert root.findall(f"{SVG}rect") == []
    assert {"Narva <crossing>", "park"} <= set(texts(root))
    dashed = [line for line in root.iter(f"{SVG}line") if line.get("stroke-dasharray")]
    assert len(dashed) == 2


def test_the_value_written_above_a_bar_is_the_templates_range_text():
    _, root = draw([estimate(value_text="19 à 26")])
    assert "19 à 26" in texts(root)


def test_nothing_dated_is_an_error_rather_than_an_empty_axis():
    with pytest.raises(ValueError):
        draw([], [])


@pytest.mark.parametrize("highest", [1, 3, 7, 26, 40, 75, 100, 303, 999, 12345])
def test_value_axis_is_round_and_covers_the_highest_figure(highest):
    top, step = _value_axis([highest])
    mantissa = step / 10 ** math.floor(math.log10(step))
    assert mantissa in (1, 2, 5)
    assert top >= highest and top - step < highest
    assert 1 <= top / step <= 6


def test_coordinates_are_compact():
    markup, _ = draw([estimate()], [DatedEvent(2012, "park")])
    assert not re.search(r"\d\.\d{2,}", markup)


def legend_texts(root):
    """The legend's text elements: those made of tspans (the only wrapped text in the chart)."""
    return [node for node in root.iter(f"{SVG}text") if node.find(f"{SVG}tspan") is not None]


def dashed_lines(root):
    return [line for line in root.iter(f"{SVG}line") if line.get("stroke-dasharray")]


def marker_discs(root, below=None):
    discs = [(float(c.get("cx")), float(c.get("cy")), float(c.get("r"))) for c in root.iter(f"{SVG}circle")]
    return [disc for disc in discs if below is None or disc[1] < below]


LONG_LABEL = "Début des travaux du passage à faune de Narva au-dessus de l’autoroute fédérale"


@pytest.mark.parametrize("labels", [
    ["park", "Narva", "cubs"],
    ["Création du parc national", "Début du passage de Narva", "Femelle suitée observée"],
    [LONG_LABEL, "x", LONG_LABEL],
])
def test_event_labels_sit_in_a_legend_below_every_line_and_keep_their_whole_text(labels):
    events = [DatedEvent(when, label) for when, label in zip((2012, 2016, 2018), labels)]
    _, root = draw([estimate()], events)
    lowest_line_end = max(float(line.get("y2")) for line in dashed_lines(root))
    width = float(root.get("viewBox").split()[2])
    legend = legend_texts(root)
    assert ["".join(node.itertext()) for node in legend] == labels
    for node in legend:
        for span in node.iter(f"{SVG}tspan"):
            assert float(span.get("y")) - 14 > lowest_line_end + 20  # under the axis and the year numbers
            assert float(span.get("x")) + len(span.text.strip()) * 14 * 0.6 <= width
    # Lines of the legend never share a baseline.
    baselines = [float(span.get("y")) for node in legend for span in node.iter(f"{SVG}tspan")]
    assert len(set(baselines)) == len(baselines)


@pytest.mark.parametrize("event_years", [(2012, 2013, 2014), (2012, 2012), (2010, 2018)])
def test_event_markers_never_overlap_even_for_neighbouring_years(event_years):
    events = [DatedEvent(when, f"e{when}") for when in event_years]
    _, root = draw([estimate()], events)
    axis = max(float(line.get("y2")) for line in dashed_lines(root))
    discs = marker_discs(root, below=axis)  # the legend's discs are under the axis
    assert len(discs) == len(event_years)
    for index, (x1, y1, r1) in enumerate(discs):
        for x2, y2, r2 in discs[index + 1:]:
            assert math.hypot(x1 - x2, y1 - y2) >= r1 + r2


def test_year_numbers_of_neighbouring_years_drop_to_a_second_row():
    _, root = draw([estimate(year=2007)], [DatedEvent(2008, "a"), DatedEvent(2020, "b")])
    rows = {text.text: float(text.get("y")) for text in root.iter(f"{SVG}text") if (text.text or "").isdigit()
            and len(text.text) == 4}
    assert rows["2007"] != rows["2008"]
    assert rows["2020"] == rows["2007"]


def test_text_stays_readable_when_a_phone_draws_the_chart_340_px_wide():
    _, root = draw([estimate()], [DatedEvent(2012, "park")])
    scale = 340 / float(root.get("viewBox").split()[2])
    sizes = [float(node.get("font-size", root.get("font-size"))) for node in root.iter(f"{SVG}text")]
    assert min(sizes) * scale >= 12
