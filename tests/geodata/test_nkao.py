"""The former NKAO's boundary: derived from the control areas, named by date, complete."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from shapely.geometry import Point

from geodata.control import CONTROL_DIR, load_control, nkao
from geodata.geodesic import km2
from geodata.map_style import legend_at, nkao_visible

DATA, _ = load_control()
OUTLINE = nkao.outline(DATA)


def test_every_area_of_the_oblast_is_in_the_data():
    assert set(nkao.NKAO_AREAS) <= DATA.areas.keys()


def test_the_areas_the_data_places_in_the_nkao_are_the_ones_the_outline_uses():
    # A new area split from an NKAO area (finer war grain) copies its first period, whose
    # note places it in the NKAO: it must join NKAO_AREAS or the outline gets a notch.
    first: dict[str, str] = {}
    with (CONTROL_DIR / "periods.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            first.setdefault(row["area"], row["note"])
    in_nkao = {a for a, note in first.items() if note.startswith("NKAO")}
    assert in_nkao == set(nkao.NKAO_AREAS)


def test_the_outline_is_one_piece_without_holes_of_about_4400_km2():
    # Published: 4,388 km² (Wikipedia, "Nagorno-Karabakh Autonomous Oblast").
    assert OUTLINE.geom_type == "Polygon" and not OUTLINE.interiors
    assert km2(OUTLINE) == pytest.approx(4400, rel=0.05)


@pytest.mark.parametrize(
    ("place", "lat", "lon", "inside"),
    [
        ("Stepanakert", 39.8177, 46.7528, True),
        ("Shusha", 39.7601, 46.7499, True),
        ("Martakert", 40.2109, 46.8108, True),
        ("Hadrut", 39.5200, 47.0300, True),
        ("Lachin", 39.6374, 46.5498, False),
        ("Aghdam", 39.9911, 46.9297, False),
        ("Kalbajar", 40.1056, 46.0389, False),
    ],
)
def test_towns_fall_on_the_right_side_of_the_boundary(place, lat, lon, inside):
    assert OUTLINE.contains(Point(lon, lat)) is inside, place


def test_nkao_until_the_abolition_then_former_nkao():
    before, after = date(1991, 11, 25), nkao.ABOLISHED
    assert nkao.name_on(before) == "NKAO" and nkao.name_on(after) == "former NKAO"
    assert nkao_visible(DATA, before) == {
        "nkao": True,
        "nkao-label": True,
        "former-nkao": False,
        "former-nkao-label": False,
    }
    shown = [i for i, on in nkao_visible(DATA, date(2024, 6, 1)).items() if on]
    assert shown == ["former-nkao", "former-nkao-label"]
    assert nkao.label_point(OUTLINE).within(OUTLINE)


@pytest.mark.parametrize(
    "day", [nkao.FIRST_DAY, date(1991, 11, 25), nkao.ABOLISHED, date(2024, 6, 1)]
)
def test_visibility_from_the_spans_is_what_the_drawn_periods_say(day):
    drawn = nkao.drawn(DATA)
    assert list(nkao.spans(DATA)) == list(drawn)
    assert nkao_visible(DATA, day) == {i: p.shown_on(day) for i, p in drawn.items()}


@pytest.mark.parametrize(
    ("day", "label"),
    [
        (date(1985, 1, 1), "NKAO boundary (autonomous oblast, 1923–1991)"),
        (date(2021, 6, 1), "Former NKAO boundary (abolished 26 Nov 1991)"),
    ],
)
def test_the_legend_names_the_boundary_on_every_date(day, label):
    entries = legend_at(DATA, day).entries
    assert [e.status for e in entries if e.label == label] == ["line"]
