"""The control areas tile the conflict zone: no gap, no overlap, on every date with a change.

A gap is a white patch on the map that ``query`` answers from the basemap ("Azerbaijan,
stable since 1923"), whatever happened there: the hole west of Shusha was one (Natural
Earth's Khojaly face reaches west of the NKAO's Lachin edge, and the build gave that piece
to nobody).
"""

import pytest
from shapely import STRtree
from shapely.geometry import Point
from shapely.ops import unary_union

from geodata.basemap import load_admin1
from geodata.control import load_control
from geodata.geodesic import km2

DATA, _ = load_control()
# The former NKAO's faces, the seven districts around it and Tartar (the NKAO's Martakert
# part is cut out of the Tartar and Kalbajar faces).
ZONE_FACES = (
    "az-khankendi",
    "az-shusha-city",
    "az-shusha",
    "az-khojaly",
    "az-khojavend",
    "az-kalbajar",
    "az-lachin",
    "az-qubadli",
    "az-zangilan",
    "az-jabrayil",
    "az-fuzuli",
    "az-aghdam",
)
# Border strips and exclaves: areas outside those faces, each held by someone on every day.
STRIPS = (
    "karki",
    "artsvashen",
    "yukhari-askipara",
    "barkhudarly-sofulu",
    "baghanis-ayrum",
    "ashagi-askipara",
    "am-sev-lich",
    "am-verin-shorzha",
    "am-jermuk",
    "getashen",
    "shahumyan",
)
SLIVER_KM2 = 0.01  # the build snaps to a 1e-5° grid: a cut may leave metre-wide slivers
NKAO_PART = "az-tartar"


def _faces():
    return {u.id: u.geometry for u in load_admin1()}


def _zone():
    faces = _faces()
    nkao_in_tartar = unary_union(
        [DATA.areas[a].geometry for a in DATA.areas if a.startswith("martakert")]
    ).intersection(faces[NKAO_PART])
    return unary_union([faces[f] for f in ZONE_FACES] + [nkao_in_tartar])


ZONE = _zone()


@pytest.mark.parametrize("day", DATA.timeline.change_dates, ids=str)
def test_areas_held_on_each_change_date_tile_the_zone(day):
    held = [a for a, s in DATA.timeline.state_at(day).items() if s.controller]
    assert set(STRIPS) <= set(held)
    geoms = [DATA.areas[a].geometry for a in held]
    gap = ZONE.difference(unary_union(geoms))
    assert km2(gap) < 2 * SLIVER_KM2, f"{km2(gap):.3f} km² of the zone belongs to no area"
    big = [g for g in getattr(gap, "geoms", [gap]) if km2(g) >= SLIVER_KM2]
    assert not big, [g.representative_point().wkt for g in big]
    tree = STRtree(geoms)
    for i, j in zip(*tree.query(geoms, predicate="intersects"), strict=True):
        if i < j:
            assert km2(geoms[i].intersection(geoms[j])) < SLIVER_KM2, (held[i], held[j])


def test_west_of_shusha_is_in_an_area():
    # The reported hole: 39.770 N, 46.549 E, ~5 km² of the Khojaly face west of the NKAO edge.
    area = DATA.area_at(39.770, 46.549)
    assert area is not None and area.id == "lachin"


def test_the_tiling_check_finds_a_hole():
    # The test above can fail: take one area away and the gap is its size.
    geoms = [a.geometry for a in DATA.areas.values() if a.id != "shusha-west"]
    assert km2(ZONE.difference(unary_union(geoms))) == pytest.approx(
        DATA.areas["shusha-west"].km2, rel=0.01
    )
    assert ZONE.contains(Point(46.549, 39.770))
