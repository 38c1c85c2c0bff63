"""Write :class:`~geodata.exchange.tables.Layer` objects with GDAL, through pyogrio.

GeoPackage keeps each layer as its own table. GeoJSON holds one FeatureCollection, so the
layers are merged into one, told apart by a ``layer`` property (QGIS offers the polygons
and the points as two sub-layers). Dates are OGR Date fields (GeoJSON: ISO ``YYYY-MM-DD``
strings, which QGIS reads back as dates), or, with ``midnight=True``, DateTime fields at
00:00 with no time zone (see :mod:`geodata.exchange.gpkg` for why); a missing date is null.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import shapely

from geodata.exchange.tables import Layer

__all__ = ["merge", "write_layers"]


def _column(values: list, kind: type, midnight: bool = False) -> np.ndarray:
    if kind is date:
        days = np.array(
            [np.datetime64(v.isoformat(), "D") if v else np.datetime64("NaT", "D") for v in values],
            dtype="datetime64[D]",
        )
        # datetime64[ms] is what pyogrio writes as an OGR DateTime field.
        return days.astype("datetime64[ms]") if midnight else days
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
    layers: list[Layer],
    path: Path,
    driver: str,
    layer_options: dict | None = None,
    dataset_options: dict | None = None,
    midnight: bool = False,
) -> None:
    """Write each layer into ``path`` (a new file) with ``driver``; ``midnight``: dates as
    DateTime fields at 00:00, time zone unknown (GDAL writes ``YYYY-MM-DDT00:00:00.000``)."""
    from pyogrio.raw import write

    for i, layer in enumerate(layers):
        geometry = np.array([shapely.to_wkb(g) for g in layer.geometries], dtype=object)
        names = list(layer.columns)
        data = [_column(layer.columns[k], layer.types[k], midnight) for k in names]
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
            dataset_options=None if i else dataset_options,
        )
