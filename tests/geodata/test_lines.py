"""Authored lines say when the map draws them; bad dates are problems, not crashes."""

import json
import math
from datetime import date

import pytest
from shapely.geometry import MultiPoint, Point
from shapely.ops import unary_union

from geodata.control import CONTROL_DIR, load_control
from geodata.control.files import read_lines
from geodata.places import load_places

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


# ---- where the 2020 lines and the corridor routes run ----------------------------------------

KM_PER_DEG = 111.32
CORRIDOR_AREAS = {
    "corridor-2020": ("lachin-corridor-2020", "lachin-corridor-shared", "lachin-towns"),
    "corridor-2022": ("lachin-corridor-2022", "lachin-corridor-shared"),
}
LACHIN_DISTRICT = (
    "lachin",
    "lachin-towns",
    "lachin-corridor-2020",
    "lachin-corridor-2022",
    "lachin-corridor-shared",
)


def _km(geom_a, geom_b) -> float:
    """Distance in km (a flat approximation at the latitude of the corridor)."""
    from shapely import affinity

    sx = KM_PER_DEG * math.cos(math.radians(39.7))
    a = affinity.scale(geom_a, sx, KM_PER_DEG, origin=(0, 0))
    b = affinity.scale(geom_b, sx, KM_PER_DEG, origin=(0, 0))
    return a.distance(b)


def _union(data, ids):
    return unary_union([data.areas[a].geometry for a in ids])


@pytest.mark.parametrize("line", ["ceasefire-2020-north", "ceasefire-2020-south"])
def test_the_ceasefire_line_meets_the_corridor_only_at_its_ends(line):
    data, _ = load_control()
    geom = data.lines[line].geometry
    corridor = _union(data, CORRIDOR_AREAS["corridor-2020"] + CORRIDOR_AREAS["corridor-2022"])
    inside = geom.intersection(corridor.buffer(-1e-4))
    assert inside.is_empty, f"{line} crosses the corridor"
    ends = MultiPoint([geom.coords[0], geom.coords[-1]])
    touch = geom.intersection(corridor)
    assert touch.is_empty or _km(touch, ends) < 0.05 or touch.difference(ends.buffer(1e-3)).is_empty


@pytest.mark.parametrize("route", sorted(CORRIDOR_AREAS))
def test_the_route_stays_inside_its_corridor_area(route):
    data, _ = load_control()
    geom = data.lines[route].geometry
    in_district = geom.intersection(_union(data, LACHIN_DISTRICT))
    outside = in_district.difference(_union(data, CORRIDOR_AREAS[route]).buffer(1e-4))
    assert outside.length * KM_PER_DEG < 0.05, f"{route} leaves its corridor area"


@pytest.mark.parametrize("route", sorted(CORRIDOR_AREAS))
def test_no_route_passes_within_1_km_of_a_place_it_does_not_serve(route):
    data, _ = load_control()
    line = data.lines[route]
    features = json.loads((CONTROL_DIR / "lines.geojson").read_text(encoding="utf-8"))["features"]
    labels = next(f["properties"]["vertices"] for f in features if f["properties"]["id"] == route)
    # A route serves the places its vertices are named for ("junction below Shusha" does not).
    served = [label.lower() for label in labels]
    near = [
        p.id
        for p in load_places().values()
        if p.kind in ("city", "town", "village") and _km(line.geometry, Point(p.lon, p.lat)) < 1.0
    ]
    assert near, "the route serves the places on it"
    places = load_places()
    unserved = [
        pid
        for pid in near
        if not any(n and s.startswith(n.lower()) for n in _names(places[pid]) for s in served)
    ]
    assert not unserved, f"{route} passes within 1 km of {unserved}"


def _names(place):
    return (place.name, place.name_hy, place.name_az)
