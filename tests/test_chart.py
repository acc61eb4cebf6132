"""The population chart as a pure function: every estimate on one scale, where each mark sits, the
text it writes, and the mirror image for a right-to-left page."""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET

import pytest
from markupsafe import Markup

from i18n.sheets.chart import (
    KINDS,
    OPEN_BAR,
    ChartText,
    Estimate,
    EstimateGroup,
    chart_builder,
    population_chart,
    value_axis,
)

TEXT = ChartText(title="Estimates & counts", description="Every <estimate> on one scale", axis_label="Leopards")


def estimate(kind="range", low=19, high=26, label="wild", when="2007", value_text="19–26"):
    return Estimate(kind=kind, low=low, high=high, label=label, when=when, value_text=value_text)


def draw(groups, text=TEXT, number=lambda value: f"{value:g}", direction="ltr"):
    markup = population_chart(groups, text, number=number, direction=direction)
    return markup, ET.fromstring(markup)


def one_group(*estimates, title="group"):
    return [EstimateGroup(title, tuple(estimates))]


def marks(root):
    return [node for node in root.iter("span") if "pop-mark" in node.get("class", "")]


def values(root):
    return [node for node in root.iter("span") if node.get("class") == "pop-value"]


def style(node) -> dict[str, str]:
    return dict(part.split(":", 1) for part in node.get("style").split(";") if part)


def percent(text: str) -> float:
    return float(re.match(r"(?:calc\()?(-?[\d.]+)%?", text).group(1))


def test_the_text_alternative_is_the_title_and_description_escaped():
    markup, root = draw(one_group(estimate()))
    assert root.get("role") == "img"
    assert root.get("aria-label") == "Estimates & counts. Every <estimate> on one scale"
    assert "<estimate>" not in markup and "&lt;estimate&gt;" in markup


def test_every_estimate_gets_one_mark_of_its_kind_dated_or_not():
    kinds = list(KINDS)
    rows = [estimate(kind=kind, low=10 * (index + 1), high=10 * (index + 1) + (5 if kind == "range" else 0),
                     when="no year given" if index else "2007", label=f"row {index}")
            for index, kind in enumerate(kinds)]
    _, root = draw([EstimateGroup("first", tuple(rows[:2])), EstimateGroup("second", tuple(rows[2:]))])
    assert [node.get("class").split()[1] for node in marks(root)] == [f"pop-{kind}" for kind in kinds]
    labels = ["".join(node.itertext()) for node in root.iter("p") if node.get("class") == "pop-label"]
    assert labels[:len(kinds)] == [f"row {index} {'no year given' if index else '2007'}" for index in range(len(kinds))]
    groups = [node.text for node in root.iter("p") if node.get("class") == "pop-group-title"]
    assert groups == ["first", "second"]


def test_a_range_spans_its_low_and_high_figures_on_the_scale():
    _, root = draw(one_group(estimate(low=19, high=26), estimate(kind="above", low=300, high=300, value_text="> 300")))
    top, _step = value_axis([26, 300])
    bar = style(marks(root)[0])
    assert percent(bar["left"]) == pytest.approx(19 / top * 100, abs=0.01)
    assert percent(bar["width"]) == pytest.approx(7 / top * 100, abs=0.01)


@pytest.mark.parametrize("kind", ["count", "about"])
def test_a_single_figure_is_a_point_at_it(kind):
    _, root = draw(one_group(estimate(kind=kind, low=84, high=84), estimate(low=0, high=200)))
    top, _ = value_axis([84, 200])
    assert percent(style(marks(root)[0])["left"]) == pytest.approx(84 / top * 100, abs=0.01)
    assert "width" not in style(marks(root)[0])


def test_fewer_than_fades_from_zero_and_more_than_fades_away_from_the_figure():
    _, root = draw(one_group(estimate(kind="below", low=100, high=100), estimate(kind="above", low=100, high=100)))
    top, _ = value_axis([100])
    below, above = (style(node) for node in marks(root))
    assert percent(below["left"]) == 0 and percent(below["width"]) == pytest.approx(100 / top * 100, abs=0.01)
    assert "to right,rgba(138,75,8,0)" in below["background-image"]
    assert percent(above["left"]) == pytest.approx(100 / top * 100, abs=0.01)
    assert percent(above["width"]) == pytest.approx(OPEN_BAR, abs=0.01)
    assert "to left,rgba(138,75,8,0)" in above["background-image"]


def test_right_to_left_mirrors_every_position_and_fade():
    groups = one_group(estimate(), estimate(kind="below", low=100, high=100), estimate(kind="above", low=300, high=300))
    _, ltr = draw(groups)
    _, rtl = draw(groups, direction="rtl")
    for left_node, right_node in zip(marks(ltr), marks(rtl)):
        left, right = style(left_node), style(right_node)
        assert "right" not in left and "left" not in right
        assert left["left"] == right["right"]
    fades = [style(node)["background-image"] for node in marks(rtl)[1:]]
    assert "to left,rgba(138,75,8,0)" in fades[0] and "to right,rgba(138,75,8,0)" in fades[1]
    axis = next(node for node in rtl.iter("div") if node.get("class") == "pop-ticks")
    first, *_middle, last = [style(node) for node in axis]
    assert first == {"right": "0"} and last == {"left": "0"}


@pytest.mark.parametrize("low", [0, 5, 50, 90, 100, 140, 190, 300, 333])
@pytest.mark.parametrize("kind", list(KINDS))
def test_the_written_figure_sits_on_the_side_of_its_mark_that_has_room(kind, low):
    high = low + 20 if kind == "range" else low
    _, root = draw(one_group(estimate(kind=kind, low=low, high=high), estimate(low=0, high=340)))
    [value, _other] = values(root)
    where = style(value)
    if "margin-left" in where:  # written after the mark: it starts where the mark ends
        assert percent(where["margin-left"]) <= 58
    else:  # written before it, aligned to end where the mark starts
        assert where["text-align"] == "right"
        assert 100 - percent(where["margin-right"]) >= 58 - OPEN_BAR


def test_the_written_figure_is_isolated_and_text_is_escaped_but_markup_kept():
    markup, root = draw(one_group(estimate(value_text="<19>", label="a & b"),
                                  estimate(value_text=Markup('<bdi class="range">7–12</bdi>'))))
    assert "&lt;19&gt;" in markup and "a &amp; b" in markup
    first, second = values(root)
    assert first.find("bdi").text == "<19>"
    assert second.find("bdi").find("bdi").text == "7–12"


def test_axis_numbers_go_through_the_locale_formatter():
    _, root = draw(one_group(estimate(low=19, high=26)), number=lambda value: f"<{value:g}>")
    axis = next(node for node in root.iter("div") if node.get("class") == "pop-ticks")
    numbers = [node.text for node in axis]
    assert numbers[0] == "<0>" and len(numbers) >= 3
    top, step = value_axis([26])
    assert numbers[-1] == f"<{top:g}>"


def test_nothing_to_draw_or_an_unknown_kind_is_an_error():
    with pytest.raises(ValueError):
        draw([])
    with pytest.raises(ValueError, match="kind"):
        draw(one_group(estimate(kind="guess")))
    with pytest.raises(ValueError):
        draw(one_group(estimate()), direction="up")


@pytest.mark.parametrize("highest", [1, 3, 7, 26, 40, 75, 100, 303, 999, 12345])
def test_value_axis_is_round_and_leaves_room_for_an_open_bar(highest):
    top, step = value_axis([highest])
    mantissa = step / 10 ** math.floor(math.log10(step))
    assert mantissa in (1, 2, 5)
    assert top >= highest * (1 + OPEN_BAR / 100) and top - step < highest * (1 + OPEN_BAR / 100)
    assert 1 <= top / step <= 6


def test_the_template_builder_takes_rows_as_a_template_writes_them():
    build = chart_builder(lambda value: f"{value:g}", "rtl")
    figure = build([{"title": "Wild", "rows": [{"kind": "count", "low": 31, "high": 31, "label": "border",
                                                "when": "no year", "value": "31"}]}],
                   "Title", "Description", "Leopards")
    assert isinstance(figure.html, Markup)
    root = ET.fromstring(str(figure.html))
    assert "right" in style(marks(root)[0])
