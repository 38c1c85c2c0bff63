"""Areas in km² on the WGS84 ellipsoid: a Lambert azimuthal equal-area projection.

Centred on Karabakh (40°N, 46.5°E), the projection keeps areas exact on the ellipsoid
(Snyder, *Map Projections: A Working Manual*, 1987, pp. 187–190), so km² do not depend
on where in the region a polygon lies.

>>> from shapely.geometry import box
>>> round(km2(box(46.0, 40.0, 47.0, 41.0)))  # one degree square at 40°N
9413
"""

from __future__ import annotations

import math

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

__all__ = ["km2", "project"]

_A = 6378137.0
_E2 = 0.00669437999014
_E = math.sqrt(_E2)
LAT0, LON0 = 40.0, 46.5


def _q(sin_phi):
    return (1 - _E2) * (
        sin_phi / (1 - _E2 * sin_phi**2)
        - np.log((1 - _E * sin_phi) / (1 + _E * sin_phi)) / (2 * _E)
    )


_QP = float(_q(np.float64(1.0)))
_RQ = _A * math.sqrt(_QP / 2)
_S0 = math.sin(math.radians(LAT0))
_BETA1 = math.asin(float(_q(np.float64(_S0))) / _QP)
_D = _A * (math.cos(math.radians(LAT0)) / math.sqrt(1 - _E2 * _S0**2)) / (_RQ * math.cos(_BETA1))


def _forward(coords: np.ndarray) -> np.ndarray:
    lon = np.radians(coords[:, 0] - LON0)
    beta = np.arcsin(_q(np.sin(np.radians(coords[:, 1]))) / _QP)
    sb1, cb1 = math.sin(_BETA1), math.cos(_BETA1)
    b = _RQ * np.sqrt(2 / (1 + sb1 * np.sin(beta) + cb1 * np.cos(beta) * np.cos(lon)))
    x = b * _D * np.cos(beta) * np.sin(lon)
    y = (b / _D) * (cb1 * np.sin(beta) - sb1 * np.cos(beta) * np.cos(lon))
    return np.column_stack([x, y])


def project(geom: BaseGeometry) -> BaseGeometry:
    """``geom`` (lon, lat degrees) in metres on the equal-area plane."""
    return shapely.transform(geom, _forward)


def km2(geom: BaseGeometry) -> float:
    """The ellipsoidal area of ``geom`` (lon, lat degrees) in km²."""
    return project(geom).area / 1e6
