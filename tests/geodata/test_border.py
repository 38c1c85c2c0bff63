"""The Armenia–Azerbaijan border keeps every border village in its own country.

Natural Earth 1:10m put Kornidzor and Nerkin Khndzoresk (Syunik, Armenia) inside
Azerbaijan's Lachin face, so ``query`` called them Azerbaijani, then Russian-held. The
build corrects the border with authored pieces (``geodata/build/border_corrections.geojson``);
these tests check the result against named settlements on both sides, each with a source
(``border_settlements.csv``: GeoNames places within 10 km of the border, and the villages
of the reference lines with their Wikipedia coordinates).
"""

import csv
import json
import math
from pathlib import Path

import pytest
from shapely.geometry import Point, shape

from geodata.basemap import load_admin1, load_geojson
from geodata.build.border import CORRECTIONS

SETTLEMENTS = Path(__file__).with_name("border_settlements.csv")
MIRRORS = ("piglix", "kiwix", "wikisum", "soft.lk", "osmarks", "wikimili", "infosekolah")


def _rows():
    with SETTLEMENTS.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


ROWS = _rows()
UNITS = load_admin1()


def _km_inside(point: Point, geom) -> float:
    """How far inside ``geom`` the point lies, in km (negative outside)."""
    d = geom.boundary.distance(point) * 111.32 * math.cos(math.radians(point.y))
    return d if geom.contains(point) else -d


def test_enough_settlements_on_both_sides():
    countries = [r["country"] for r in ROWS]
    assert len(ROWS) >= 40
    assert countries.count("AM") >= 15 and countries.count("AZ") >= 15
    assert all(r["source"] and r["country"] in ("AM", "AZ") for r in ROWS)
    assert all(float(r["km_from_border"]) <= 10 for r in ROWS)


@pytest.mark.parametrize("row", ROWS, ids=[r["name"] for r in ROWS])
def test_each_settlement_lies_in_a_face_of_its_own_country(row):
    point = Point(float(row["lon"]), float(row["lat"]))
    faces = [u for u in UNITS if u.geometry.contains(point)]
    assert [u.properties["country"] for u in faces] == [row["country"]], (
        f"{row['name']} ({row['country']}) lies in {[u.id for u in faces]}"
    )


@pytest.mark.parametrize(
    ("name", "lat", "lon", "country"),
    [
        ("Kornidzor", 39.5476, 46.5305, "AM"),
        ("Nerkin Khndzoresk", 39.5061, 46.4961, "AM"),
        ("Karki", 39.7856, 44.9436, "AZ"),
    ],
)
def test_the_reported_villages_are_well_inside(name, lat, lon, country):
    # Natural Earth had the first two 0.4 km inside Azerbaijan and no Karki exclave at all.
    borders = {
        f["properties"]["id"]: shape(f["geometry"])
        for f in load_geojson("countries.geojson")["features"]
    }
    assert _km_inside(Point(lon, lat), borders[country]) > 0.5, name


def test_every_correction_names_its_source_and_no_mirror():
    features = json.loads(CORRECTIONS.read_text(encoding="utf-8"))["features"]
    assert features
    for f in features:
        p = f["properties"]
        assert p["source"] and p["accuracy"] and p["confidence"], p["id"]
        assert not any(m in p["source"].lower() for m in MIRRORS), p["id"]
        assert {p["from"], p["to"]} <= {"AM", "AZ", "IR"} and p["from"] != p["to"]
