"""Seas, lakes and the Aras, as far as the sources carry them.

Seas are the sea faces of the admin-1 coverage (so coasts match the land exactly); lakes
are Natural Earth 10m lake polygons; the only river the sources place is the Aras, traced
along the international border with Iran, which follows the river's course from the
Turkish tripoint to Bahramtapa. No source here carries the Kura.
"""

from __future__ import annotations

import shapely
from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry

from geodata.build.admin1 import Face
from geodata.build.curated import LAKES, SEAS
from geodata.build.geom import DETAIL_BOX, clean, km2, parts
from geodata.build.sources import BuildError, read_shapes

__all__ = ["water_features"]

LAKE_TOLERANCE = 0.0005
MIN_LAKE_KM2 = 20.0
# East of this meridian the Azerbaijan–Iran border leaves the Aras (at Bahramtapa).
ARAS_EAST_LON = 47.95


def _seas(faces: list[Face]) -> list[tuple[dict, BaseGeometry]]:
    out = []
    for name, lat, lon in SEAS:
        hit = [f for f in faces if not f.country and f.geom.contains(Point(lon, lat))]
        if len(hit) != 1:
            raise BuildError(f"sea point for {name} lies in {len(hit)} sea faces")
        out.append(({"id": _slug(name), "kind": "sea", "name": name}, hit[0].geom))
    return out


def _lakes() -> list[tuple[dict, BaseGeometry]]:
    out = []
    for n, s in enumerate(read_shapes("lakes").iterShapes()):
        if not hasattr(s, "bbox") or not DETAIL_BOX.intersects(shapely.box(*s.bbox)):
            continue
        geom = shapely.make_valid(shapely.geometry.shape(s.__geo_interface__))
        if km2(geom) < MIN_LAKE_KM2:
            continue
        geom = clean(shapely.simplify(geom.intersection(DETAIL_BOX), LAKE_TOLERANCE), 1e-5)
        named = [row for row in LAKES if geom.contains(Point(row[4], row[3]))]
        name, name_hy, name_az = named[0][:3] if named else ("", "", "")
        lid = _slug(name) if name else f"lake-{n}"
        out.append(
            (
                {"id": lid, "kind": "lake", "name": name, "name_hy": name_hy, "name_az": name_az},
                geom,
            )
        )
    return out


def _aras(faces: list[Face]) -> list[tuple[dict, BaseGeometry]]:
    iran = shapely.union_all([f.geom for f in faces if f.country == "IR"])
    north = shapely.union_all([f.geom for f in faces if f.country in ("AM", "AZ")])
    border = shapely.line_merge(shapely.intersection(iran.boundary, north.boundary))
    west = shapely.box(38.0, 37.0, ARAS_EAST_LON, 44.5)
    line = shapely.line_merge(shapely.intersection(border, west))
    lines = [g for g in parts(line) if g.geom_type == "LineString" and g.length > 0.01]
    if not lines:
        raise BuildError("no Iran border found to trace the Aras")
    geom = shapely.MultiLineString(lines)
    props = {
        "id": "aras",
        "kind": "river",
        "name": "Aras",
        "name_hy": "Araks",
        "name_az": "Araz",
        "note": "traced along the international border, which follows the river",
    }
    return [(props, geom)]


def _slug(name: str) -> str:
    return name.lower().replace(" ", "-")


def water_features(faces: list[Face]) -> list[tuple[dict, BaseGeometry]]:
    """Seas, lakes and rivers, each ``(properties, geometry)`` with ``id``, ``kind``, ``name``."""
    return [*_seas(faces), *_lakes(), *_aras(faces)]
