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
