"""Country polygons: Natural Earth 10m admin-0, for face assignment and the context layer."""

from __future__ import annotations

import shapely
from shapely.geometry.base import BaseGeometry

from geodata.build.geom import CONTEXT_BOX, clean, parts
from geodata.build.sources import read_zip_shapefile

__all__ = ["context_features", "detail_countries", "load_countries"]

# Simplification tolerance for the wider context layer, degrees (~1 km).
CONTEXT_TOLERANCE = 0.01
CONTEXT_GRID = 1e-4


def load_countries(window: BaseGeometry) -> dict[str, tuple[str, BaseGeometry]]:
    """ISO2 -> (English name, polygon) for every country touching ``window``."""
    out = {}
    for sr in read_zip_shapefile("countries").iterShapeRecords():
        if not hasattr(sr.shape, "bbox") or not window.intersects(shapely.box(*sr.shape.bbox)):
            continue
        rec = sr.record.as_dict()
        iso = next(c for c in (rec["ISO_A2"], rec["ISO_A2_EH"], rec["ADM0_A3"]) if c != "-99")
        geom = shapely.make_valid(shapely.geometry.shape(sr.shape.__geo_interface__))
        if iso in out:  # a country drawn in several records: merge them
            geom = shapely.union(out[iso][1], geom)
        out[iso] = (rec["NAME_EN"], geom)
    return dict(sorted(out.items()))


def context_features(
    countries: dict[str, tuple[str, BaseGeometry]],
) -> list[tuple[dict, BaseGeometry]]:
    """The wider region at low detail: countries clipped to the context window, simplified
    together (as a coverage) so neighbours keep a common border."""
    isos = [iso for iso, (_, g) in countries.items() if g.intersects(CONTEXT_BOX)]
    clipped = [clean(countries[iso][1].intersection(CONTEXT_BOX), 1e-6) for iso in isos]
    simple = shapely.coverage_simplify(clipped, CONTEXT_TOLERANCE)
    out = []
    for iso, geom in zip(isos, simple, strict=True):
        g = clean(geom, CONTEXT_GRID)
        if g.is_empty:
            continue
        out.append(({"id": iso, "name": countries[iso][0]}, g))
    return out


def detail_countries(
    units: dict[str, list[BaseGeometry]], names: dict[str, str]
) -> list[tuple[dict, BaseGeometry]]:
    """Countries in the detail window as the union of their (already simplified) faces, so
    country borders coincide exactly with the admin-1 edges."""
    out = []
    for iso in sorted(units):
        geom = clean(shapely.union_all(units[iso]), 1e-5)
        geom = shapely.MultiPolygon([p for p in parts(geom) if p.geom_type == "Polygon"])
        out.append(({"id": iso, "name": names.get(iso, iso)}, geom))
    return out
