"""Areas in km² on the WGS84 ellipsoid, from pyproj's geodesic polygon area.

pyproj (GeographicLib underneath) measures a polygon on the ellipsoid directly, so km² do
not depend on a projection or on where in the region a polygon lies.

>>> from shapely.geometry import box
>>> round(km2(box(46.0, 40.0, 47.0, 41.0)))  # one degree square at 40°N
9413
"""

from __future__ import annotations

import shapely
from pyproj import Geod
from shapely.geometry.base import BaseGeometry

__all__ = ["km2"]

_WGS84 = Geod(ellps="WGS84")


def km2(geom: BaseGeometry) -> float:
    """The ellipsoidal area of ``geom`` (lon, lat degrees) in km²; 0 for points and lines.

    Only polygons count: pyproj would measure a closed line as a ring. pyproj adds ring
    areas with their sign, so rings are oriented first (shells counter-clockwise, holes
    clockwise) for holes to count as holes.

    Parameters
    ----------
    geom : shapely.geometry.base.BaseGeometry
        Any geometry, in degrees; collections are measured part by part.

    Returns
    -------
    float
        Always ≥ 0.

    Examples
    --------
    >>> from shapely.geometry import LineString, Point, box
    >>> round(km2(box(46.0, 40.0, 47.0, 41.0)))  # one degree square at 40°N
    9413
    >>> square, hole = box(46.0, 40.0, 47.0, 41.0), box(46.2, 40.2, 46.8, 40.8)
    >>> round(km2(square.difference(hole)) + km2(hole)) == round(km2(square))
    True
    >>> km2(Point(46, 40)), km2(LineString([(46, 40), (47, 40), (47, 41), (46, 40)]))
    (0.0, 0.0)
    """
    parts = shapely.get_parts(shapely.get_parts(geom))  # a collection may hold multi-parts
    polygons = shapely.orient_polygons(parts[shapely.get_type_id(parts) == 3])
    return sum(abs(_WGS84.geometry_area_perimeter(p)[0]) for p in polygons) / 1e6
