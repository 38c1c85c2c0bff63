"""Write :class:`~geodata.exchange.tables.Layer` objects with GDAL, through pyogrio.

GeoPackage keeps each layer as its own table. GeoJSON holds one FeatureCollection, so the
layers are merged into one, told apart by a ``layer`` property (QGIS offers the polygons
and the points as two sub-layers). Dates are written as OGR Date fields (GeoJSON: ISO
``YYYY-MM-DD`` strings, which QGIS reads back as dates); a missing date is null.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import shapely

from geodata.exchange.tables import Layer

__all__ = ["merge", "write_layers"]


def _column(values: list, kind: type) -> np.ndarray:
    if kind is date:
        return np.array(
            [np.datetime64(v.isoformat(), "D") if v else np.datetime64("NaT", "D") for v in values],
            dtype="datetime64[D]",
        )
    if kind is float:
        return np.array([np.nan if v is None else v for v in values], dtype="float64")
    return np.array([None if v is None else str(v) for v in values], dtype=object)


def merge(layers: list[Layer]) -> Layer:
    """All layers as one, with a ``layer`` column; columns missing in a layer are null."""
    types: dict[str, type] = {"layer": str}
    for layer in layers:
        types.update(layer.types)
    out = Layer("caucasus_atlas", "Unknown", types=types, columns={k: [] for k in types})
    for layer in layers:
        n = len(layer)
        out.geometries += layer.geometries
        for key in types:
            if key == "layer":
                out.columns[key] += [layer.name] * n
            else:
                out.columns[key] += layer.columns.get(key, [None] * n)
    return out


def write_layers(
    layers: list[Layer], path: Path, driver: str, layer_options: dict | None = None
) -> None:
    """Write each layer into ``path`` (a new file) with ``driver``."""
    from pyogrio.raw import write

    for i, layer in enumerate(layers):
        geometry = np.array([shapely.to_wkb(g) for g in layer.geometries], dtype=object)
        names = list(layer.columns)
        data = [_column(layer.columns[k], layer.types[k]) for k in names]
        write(
            str(path),
            geometry,
            data,
            names,
            layer=layer.name,
            driver=driver,
            geometry_type=layer.geometry_type,
            crs="EPSG:4326",
            promote_to_multi=layer.geometry_type.startswith("Multi") or None,
            append=i > 0,
            layer_options=layer_options,
        )
