"""The committed basemap files: valid, non-overlapping faces, areas, places, size."""

import itertools
import struct

import pytest
import shapely
from shapely.geometry import Point, shape

from geodata.basemap import (
    BASEMAP_DIR,
    FILES,
    basemap_credits,
    basemap_path,
    hillshade_bounds,
    load_admin1,
    load_geojson,
)
from geodata.build.curated import ADMIN1
from geodata.build.geom import km2
from geodata.places import load_places

REQUIRED_ADMIN1 = [
    "az-kalbajar",
    "az-lachin",
    "az-shusha",
    "az-shusha-city",
    "az-khankendi",
    "az-khojaly",
    "az-khojavend",
    "az-aghdam",
    "az-fuzuli",
    "az-jabrayil",
    "az-qubadli",
    "az-zangilan",
    "az-tartar",
    "az-goranboy",
    "az-gazakh",
    "az-gadabay",
    "az-sadarak",
    "az-yukhari-askipara",
    "az-barkhudarly",
    "am-syunik",
    "am-tavush",
    "am-gegharkunik",
    "am-vayots-dzor",
    "am-ararat",
    "am-yerevan",
    "am-artsvashen",
]

# Karabakh-region faces (km²) as measured in geodata-sources.md; ours must agree within 1 %.
REFERENCE_KM2 = {
    "az-kalbajar": 2771,
    "az-lachin": 1764,
    "az-shusha": 356,
    "az-shusha-city": 7,
    "az-khankendi": 23,
    "az-khojaly": 901,
    "az-khojavend": 1521,
    "az-aghdam": 1068,
    "az-fuzuli": 1248,
    "az-jabrayil": 850,
    "az-qubadli": 741,
    "az-zangilan": 747,
    "az-tartar": 1261,
}
AREA_TOLERANCE = 0.01
SMALL_FACE_KM2 = 1.0  # reference figures are rounded to 1 km²: allow that much on tiny faces

# Places whose source coordinates fall just outside their (de jure) country in Natural
# Earth 10m, and why. All others must lie inside.
NEAR_BORDER_KM = 2.0
NOT_IN_DATA = {"karki": "Natural Earth 10m has no face for the Karki exclave"}
MAX_BYTES = 3 * 1024 * 1024


@pytest.fixture(scope="module")
def units():
    return {u.id: u for u in load_admin1()}


@pytest.fixture(scope="module")
def countries():
    out = {
        f["properties"]["id"]: shape(f["geometry"])
        for f in load_geojson("context.geojson")["features"]
    }
    out.update(
        {
            f["properties"]["id"]: shape(f["geometry"])
            for f in load_geojson("countries.geojson")["features"]
            if f["properties"]["id"] in ("AM", "AZ", "GE")
        }
    )
    return out


@pytest.mark.parametrize("uid", REQUIRED_ADMIN1)
def test_required_admin1_present(units, uid):
    assert uid in units


@pytest.mark.parametrize(
    "name", ["admin1.geojson", "countries.geojson", "context.geojson", "water.geojson"]
)
def test_every_geometry_valid(name):
    for f in load_geojson(name)["features"]:
        g = shape(f["geometry"])
        assert g.is_valid and not g.is_empty, f["properties"]["id"]


def test_admin1_faces_do_not_overlap(units):
    geoms = [u.geometry for u in units.values()]
    tree = shapely.STRtree(geoms)
    for i, j in tree.query(geoms, predicate="intersects").T:
        if i < j:
            assert geoms[i].intersection(geoms[j]).area < 1e-9


@pytest.mark.parametrize("iso", ["AM", "AZ", "GE"])
def test_admin1_tiles_its_country(units, countries, iso):
    faces = [u.geometry for u in units.values() if u.properties["country"] == iso]
    union = shapely.union_all(faces)
    country = countries[iso]
    assert km2(union.symmetric_difference(country)) < 0.005 * km2(country)


def test_curated_points_land_in_exactly_one_face(units):
    geoms = list(units.values())
    for uid, *_, lat, lon, _note in ADMIN1:
        hits = [u.id for u in geoms if u.geometry.contains(Point(lon, lat))]
        assert hits == [uid]


@pytest.mark.parametrize(("uid", "ref"), REFERENCE_KM2.items())
def test_karabakh_areas_match_reference(units, uid, ref):
    ours = units[uid].properties["km2"]
    assert abs(ours - ref) <= max(AREA_TOLERANCE * ref, SMALL_FACE_KM2)
    assert ours == pytest.approx(km2(units[uid].geometry), abs=0.1)


def test_admin1_properties(units):
    for u in units.values():
        p = u.properties
        assert set(p) >= {"id", "country", "name", "name_hy", "name_az", "km2"}
        assert u.id.startswith(p["country"].lower() + "-")
        assert bool(p["name_hy"]) == bool(p["name_az"])
    assert units["az-khankendi"].properties["name_hy"] == "Stepanakert"


def test_places_fall_inside_their_country(countries):
    for p in load_places().values():
        if p.id in NOT_IN_DATA:
            continue
        km = countries[p.country].distance(Point(p.lon, p.lat)) * 111.2
        assert km <= NEAR_BORDER_KM, (p.id, p.country, km)


def test_runtime_files_small():
    total = sum(basemap_path(n).stat().st_size for n in FILES)
    assert total <= MAX_BYTES


def test_no_stray_files():
    assert {p.name for p in BASEMAP_DIR.iterdir()} == set(FILES)


def test_hillshade_png_matches_bounds():
    data = basemap_path("hillshade.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height, depth, colour = struct.unpack(">IIBB", data[16:26])
    (s, w), (n, e) = hillshade_bounds()
    assert (depth, colour) == (8, 4)
    assert width / (e - w) == pytest.approx(height / (n - s), rel=0.01)


def test_water_named():
    names = {f["properties"]["name"] for f in load_geojson("water.geojson")["features"]}
    assert {"Caspian Sea", "Black Sea", "Lake Sevan", "Mingachevir Reservoir", "Aras"} <= names


def test_credits_name_sources():
    text = basemap_credits()
    for word in ("GeoNames", "CC BY 4.0", "GLOBE", "Natural Earth", "public domain"):
        assert word in text


def test_adjacent_units_share_their_border(units):
    # Topology-preserving simplification: neighbours touch along a line, with no gap.
    for a, b in itertools.combinations(["az-lachin", "az-shusha", "az-khojaly", "az-khankendi"], 2):
        ga, gb = units[a].geometry, units[b].geometry
        if ga.distance(gb) < 1e-9:
            assert ga.intersection(gb).length > 0 or ga.touches(gb)
    assert units["az-lachin"].geometry.intersection(units["az-shusha"].geometry).length > 0.1


def test_label_anchor_lies_inside_its_unit(units):
    for u in units.values():
        lat, lon = u.properties["label"]
        assert u.geometry.contains(Point(lon, lat)), u.id


def test_credit_lines_are_plain_and_name_every_source():
    from geodata.basemap import credit_lines

    lines = credit_lines()
    assert not any(line.startswith(("|", "- ", "#")) for line in lines)
    for word in ("GeoNames", "GLOBE", "Natural Earth"):
        assert any(word in line for line in lines), word
