"""pyproj's geodesic km² against the figures the hand-written projection gave before it."""

import json

import pytest
from shapely.geometry import Polygon, box, shape

from geodata.control import CONTROL_DIR
from geodata.geodesic import km2

# km² from the Lambert azimuthal equal-area projection (WGS84, centred 40°N 46.5°E) that
# geodata/equal_area.py computed before pyproj replaced it.
ONE_DEGREE_AT_40N_KM2 = 9412.508


def test_one_degree_square_agrees_with_the_old_projection_within_a_tenth_of_a_percent():
    assert km2(box(46.0, 40.0, 47.0, 41.0)) == pytest.approx(ONE_DEGREE_AT_40N_KM2, rel=1e-3)


def test_committed_area_figures_agree_within_a_tenth_of_a_percent():
    features = json.loads((CONTROL_DIR / "areas.geojson").read_text(encoding="utf-8"))["features"]
    for f in features:
        props = f["properties"]
        assert km2(shape(f["geometry"])) == pytest.approx(props["km2"], rel=1e-3, abs=0.05), props


def test_a_hole_is_subtracted_whichever_way_its_ring_runs():
    shell = [(46.0, 40.0), (47.0, 40.0), (47.0, 41.0), (46.0, 41.0)]
    hole = [(46.25, 40.25), (46.75, 40.25), (46.75, 40.75), (46.25, 40.75)]
    whole = km2(Polygon(shell))
    for ring in (hole, hole[::-1]):
        for outer in (shell, shell[::-1]):
            assert km2(Polygon(outer, [ring])) == pytest.approx(whole - km2(Polygon(hole)))


def test_points_and_lines_have_no_area():
    assert km2(box(46.0, 40.0, 47.0, 41.0).boundary) == 0.0
    mixed = box(46.0, 40.0, 47.0, 41.0).union(box(48.0, 40.0, 49.0, 41.0).boundary)
    assert km2(mixed) == pytest.approx(km2(box(46.0, 40.0, 47.0, 41.0)))
