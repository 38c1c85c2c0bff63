"""Authored lines say when the map draws them; bad dates are problems, not crashes."""

import json
from datetime import date

import pytest

from geodata.control import load_control
from geodata.control.files import read_lines

LINE = {
    "type": "Feature",
    "properties": {"id": "x", "name": "X", "source": "s", "accuracy": "a", "confidence": "Low"},
    "geometry": {"type": "LineString", "coordinates": [[46.0, 39.0], [46.5, 39.5]]},
}


def write(tmp_path, **props):
    feature = {**LINE, "properties": {**LINE["properties"], **props}}
    path = tmp_path / "lines.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}))
    return path


@pytest.mark.parametrize(
    ("line", "day", "shown"),
    [
        ("loc-1994", date(2000, 1, 1), True),
        ("loc-1994", date(2020, 10, 1), False),
        ("ceasefire-2020-north", date(2020, 11, 10), True),
        ("corridor-2020", date(2022, 8, 30), False),
        ("corridor-2022", date(2022, 8, 30), True),
        ("nkao-edge-martakert", date(2000, 1, 1), False),  # a construction line
    ],
)
def test_shipped_lines_are_drawn_only_while_they_applied(line, day, shown):
    data, _ = load_control()
    assert data.lines[line].shown_on(day) is shown


def test_a_bad_date_is_a_problem_with_its_line(tmp_path):
    lines, problems = read_lines(write(tmp_path, shown_from="2020-13-01"))
    assert lines == {}
    assert [(p.line, "not a valid date" in p.message) for p in problems] == [(1, True)]


def test_an_end_before_the_start_is_a_problem(tmp_path):
    lines, problems = read_lines(write(tmp_path, shown_from="2020-01-02", shown_until="2020-01-01"))
    assert lines == {}
    assert "shown_until before shown_from" in problems[0].message
