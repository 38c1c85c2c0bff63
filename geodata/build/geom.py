"""Small geometry helpers shared by the build steps: equal-area km², bounding boxes, cleaning."""

from __future__ import annotations

import numpy as np
import shapely
from shapely.geometry import box
from shapely.geometry.base import BaseGeometry

__all__ = ["CONTEXT_BOX", "DETAIL_BOX", "GRID", "clean", "km2", "parts"]

# The detailed Caucasus window and the wider, coarse context window (lon/lat).
DETAIL_BOX = box(38.0, 37.0, 52.0, 44.5)
CONTEXT_BOX = box(10.0, 28.0, 75.0, 64.0)  # wide enough for the region view at 16:9
# Line ends in Natural Earth miss each other by ~1e-7 degree: snap to this grid before noding.
GRID = 1e-6

_R = 6371.0072  # authalic Earth radius, km
_LAT0, _LON0 = np.radians(40.0), np.radians(46.0)


def _laea(xy: np.ndarray) -> np.ndarray:
    """Lambert azimuthal equal-area projection centred at 40N 46E, on the authalic sphere."""
    lon, lat = np.radians(xy[:, 0]), np.radians(xy[:, 1])
    cos_c = np.sin(_LAT0) * np.sin(lat) + np.cos(_LAT0) * np.cos(lat) * np.cos(lon - _LON0)
    k = np.sqrt(2.0 / (1.0 + cos_c))
    x = _R * k * np.cos(lat) * np.sin(lon - _LON0)
    y = _R * k * (np.cos(_LAT0) * np.sin(lat) - np.sin(_LAT0) * np.cos(lat) * np.cos(lon - _LON0))
    return np.column_stack([x, y])


def km2(geom: BaseGeometry) -> float:
    """Area in km² on an equal-area projection (LAEA at 40N 46E, authalic sphere)."""
    return float(shapely.transform(geom, _laea).area)


def clean(geom: BaseGeometry, grid: float) -> BaseGeometry:
    """Snap to ``grid`` and keep only polygonal parts (snapping can drop or split slivers)."""
    g = shapely.set_precision(geom, grid)
    polys = [p for p in parts(g) if p.geom_type == "Polygon" and not p.is_empty]
    return shapely.MultiPolygon(polys) if len(polys) > 1 else (polys[0] if polys else g)


def parts(geom: BaseGeometry) -> list[BaseGeometry]:
    """The single parts of a geometry (itself when it has one)."""
    return list(getattr(geom, "geoms", [geom]))
