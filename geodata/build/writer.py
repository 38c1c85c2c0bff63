"""Deterministic output: fixed rounding, sorted keys, and write-to-temp-then-rename.

Two builds from the same sources give identical bytes, and a failed build never leaves a
half-written file in ``resources/basemap``.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import shapely
from shapely.geometry.base import BaseGeometry

__all__ = ["DECIMALS", "dumps", "feature", "feature_collection", "write_bytes"]

DECIMALS = 5


def _round(coords):
    if isinstance(coords, (int, float)):
        return round(float(coords), DECIMALS)
    return [_round(c) for c in coords]


def feature(props: dict, geom: BaseGeometry) -> dict:
    """A GeoJSON feature with coordinates rounded to :data:`DECIMALS`."""
    gj = shapely.geometry.mapping(geom)
    return {
        "type": "Feature",
        "properties": props,
        "geometry": {"type": gj["type"], "coordinates": _round(gj["coordinates"])},
    }


def feature_collection(features: list[dict], sort_key: str = "id") -> dict:
    """A FeatureCollection sorted by the property ``sort_key``."""
    ordered = sorted(features, key=lambda f: str(f["properties"].get(sort_key, "")))
    return {"type": "FeatureCollection", "features": ordered}


def dumps(obj) -> bytes:
    """JSON with sorted keys and fixed separators, one trailing newline."""
    text = json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return (text + "\n").encode("utf-8")


def write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, 0o644)  # mkstemp makes 0600; the outputs are ordinary repo files
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
