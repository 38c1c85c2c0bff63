"""Admin-1 faces from Natural Earth lines, named by curated interior points.

Natural Earth's 10m admin-1 layer ships here as *lines* only. Noding those lines together
with the land borders, the coastline and the window frame, then polygonizing, gives faces
that tile the land; each face takes its country from the Natural Earth country polygon
that holds its representative point. Where a land border is missing from the lines
(Abkhazia–Russia, Astara–Iran) one face straddles two countries: it is cut by the country
polygon. All faces, land and sea, form one coverage, simplified together so shared edges
stay shared.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import shapely
from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry
from shapely.ops import polygonize

from geodata.build import border
from geodata.build.curated import ADMIN1
from geodata.build.geom import DETAIL_BOX, GRID, clean, km2, parts
from geodata.build.sources import BuildError, read_shapes

__all__ = ["NAMED_COUNTRIES", "Face", "faces", "name_faces"]

# Countries whose faces become named admin-1 units.
NAMED_COUNTRIES = ("AM", "AZ", "GE")
# A face whose country polygon holds less than this share of it straddles a missing border.
STRADDLE = 0.98
# Simplification tolerance for the detailed coverage, in degrees (~100 m).
TOLERANCE = 0.001
# Pieces smaller than this (km²) left over after a cut are slivers, merged back.
SLIVER_KM2 = 1.0


@dataclass
class Face:
    """One face of the coverage: its country (ISO2, '' at sea) and geometry."""

    country: str
    geom: BaseGeometry


def _lines(key: str, window: BaseGeometry) -> list[BaseGeometry]:
    out = []
    for s in read_shapes(key).iterShapes():
        if not hasattr(s, "bbox") or not window.intersects(shapely.box(*s.bbox)):
            continue
        g = shapely.intersection(shapely.geometry.shape(s.__geo_interface__), window)
        if not g.is_empty:
            out.append(shapely.set_precision(g, GRID))
    return out


def _country_of(point: Point, countries: dict[str, BaseGeometry]) -> str:
    for iso, geom in countries.items():
        if geom.contains(point):
            return iso
    return ""


def faces(countries: dict[str, BaseGeometry]) -> list[Face]:
    """The simplified coverage of the detail window: land faces by country, and sea faces.

    ``countries`` maps ISO2 to Natural Earth country polygons; faces outside all of them
    are sea (or outside the listed countries) and get country ``''``.
    """
    window = DETAIL_BOX
    network = [*_lines("admin1_lines", window), *_lines("admin0_lines", window)]
    network += [*_lines("coastline", window), window.exterior]
    noded = shapely.union_all(network)
    raw = list(polygonize(parts(noded)))

    out: list[Face] = []
    for geom in raw:
        iso = _country_of(geom.representative_point(), countries)
        home = countries.get(iso)
        if home is not None and km2(geom.intersection(home)) < STRADDLE * km2(geom):
            out.extend(_cut(geom, iso, home, countries))
        else:
            out.append(Face(iso, geom))
    simplified = shapely.coverage_simplify([f.geom for f in out], TOLERANCE)
    result = []
    for face, geom in zip(out, simplified, strict=True):
        g = clean(geom, GRID * 10)
        if not g.is_empty:
            result.append(Face(face.country, g))
    return border.apply(result, border.load())


def _cut(geom, iso, home, countries) -> list[Face]:
    """Split a face that straddles a border missing from the lines, by the country polygon."""
    inside = clean(geom.intersection(home), GRID)
    rest = [p for p in parts(clean(geom.difference(home), GRID)) if not p.is_empty]
    slivers = [p for p in rest if km2(p) < SLIVER_KM2]
    big = [p for p in rest if km2(p) >= SLIVER_KM2]
    inside = clean(shapely.union_all([inside, *slivers]), GRID)
    cut = [Face(iso, inside)]
    for p in big:
        cut.append(Face(_country_of(p.representative_point(), countries), p))
    return cut


def name_faces(all_faces: list[Face]) -> list[tuple[str, dict, BaseGeometry]]:
    """Admin-1 units ``(id, properties, geometry)`` for :data:`NAMED_COUNTRIES`.

    Every face of those countries must hold exactly one curated point (several points may
    share an id: the parts are merged), and every point must land in a face of its country.
    """
    named = [f for f in all_faces if f.country in NAMED_COUNTRIES]
    tree = shapely.STRtree([f.geom for f in named])
    by_id: dict[str, list[BaseGeometry]] = defaultdict(list)
    info: dict[str, tuple[str, str, str, list[float]]] = {}
    notes: dict[str, list[str]] = defaultdict(list)
    claimed: dict[int, str] = {}
    for uid, name, name_hy, name_az, lat, lon, note in ADMIN1:
        pt = Point(lon, lat)
        hits = [int(i) for i in tree.query(pt, predicate="intersects")]
        if len(hits) != 1:
            raise BuildError(f"curated point for {uid} ({lat}, {lon}) lies in {len(hits)} faces")
        (i,) = hits
        if named[i].country.lower() != uid[:2]:
            raise BuildError(f"curated point for {uid} lies in a {named[i].country} face")
        if i in claimed:
            raise BuildError(f"curated points for {claimed[i]} and {uid} share one face")
        claimed[i] = uid
        by_id[uid].append(named[i].geom)
        info.setdefault(uid, (name, name_hy, name_az, [lat, lon]))
        if note:
            notes[uid].append(note)
    unnamed = [f for i, f in enumerate(named) if i not in claimed]
    if unnamed:
        where = ", ".join(
            f"{f.country} {km2(f.geom):.0f} km² at {f.geom.representative_point().y:.4f}, "
            f"{f.geom.representative_point().x:.4f}"
            for f in unnamed
        )
        raise BuildError(f"faces without a curated point: {where}")
    units = []
    for uid, geoms in by_id.items():
        name, name_hy, name_az, label = info[uid]
        geom = shapely.union_all(geoms) if len(geoms) > 1 else geoms[0]
        props = {
            "id": uid,
            "country": uid[:2].upper(),
            "name": name,
            "name_hy": name_hy,
            "name_az": name_az,
            "km2": round(km2(geom), 1),
            "note": "; ".join(notes[uid]),
            "label": label,  # [lat, lon]: the curated interior point, a good label anchor
        }
        units.append((uid, props, geom))
    return sorted(units, key=lambda u: u[0])
