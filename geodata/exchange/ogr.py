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
    """All layers as one, with a ``layer`` column; columns missing in a layer are null.

    GeoJSON holds one FeatureCollection, so the layers travel together and QGIS splits
    them again by geometry type.

    Parameters
    ----------
    layers : list of Layer

    Returns
    -------
    Layer
        Named ``caucasus_atlas``, geometry type ``Unknown``.

    Examples
    --------
    >>> from shapely import Point
    >>> a = Layer("a", "Point", [Point(0, 0)], {"x": ["1"]}, {"x": str})
    >>> b = Layer("b", "Point", [Point(1, 1)], {"y": [2.0]}, {"y": float})
    >>> merge([a, b]).rows()
    [{'layer': 'a', 'x': '1', 'y': None}, {'layer': 'b', 'x': None, 'y': 2.0}]
    >>> len(merge([]))
    0
    """
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
    DateTime fields at 00:00, time zone unknown (GDAL writes ``YYYY-MM-DDT00:00:00.000``).

    Column types come from :attr:`Layer.types`, so a date is an OGR Date field (null when
    missing), not a string QGIS cannot filter by.

    Parameters
    ----------
    layers : list of Layer
        Written in order; the second and later are appended as further layers.
    path : pathlib.Path
    driver : str
        A GDAL vector driver: ``"GPKG"``, ``"GeoJSON"``, ``"LIBKML"``.
    layer_options : dict, optional
        GDAL layer creation options (e.g. ``{"RFC7946": "YES"}``).
    dataset_options : dict, optional
        GDAL dataset creation options, used with the first layer.
    midnight : bool, default False
        Dates as DateTime fields at 00:00 (see :mod:`geodata.exchange.gpkg` for why).

    Returns
    -------
    None

    Raises
    ------
    Exception
        GDAL's errors, of several classes; :func:`geodata.exchange.export` turns them into one
        :class:`~geodata.problems.AtlasError`.

    Examples
    --------
    >>> import tempfile, pyogrio
    >>> from shapely import Point
    >>> layer = Layer("pins", "Point", [Point(46.34, 39.51)], {"name": ["Goris"]}, {"name": str})
    >>> path = Path(tempfile.mkdtemp()) / "pins.geojson"
    >>> write_layers([layer], path, "GeoJSON")
    >>> pyogrio.read_info(path)["features"]
    1
    >>> path.unlink()
    >>> path.parent.rmdir()
    """
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
