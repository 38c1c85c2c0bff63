"""A user's own layer (a class's pins, a route, a border): GeoJSON, KML or GPX in, one
checked GeoJSON FeatureCollection out, or one :class:`~geodata.problems.AtlasError`.

The map only ever gets what passed every check, so a bad file changes nothing. The checks:
the file is a regular file of at most :data:`MAX_BYTES`; it parses, nested at most
:data:`~geodata.exchange.layer_checks.MAX_DEPTH` deep; it has at least one feature with a
non-empty geometry and at most :data:`MAX_FEATURES`; every coordinate is a finite number
with longitude in −180..180 and latitude in −90..90 (see :mod:`geodata.exchange.layer_checks`);
every property becomes a short, safe string. Messages name the file and, where the reader
tells it, the line (``FILE:LINE: message``).

GeoJSON is read with the standard ``json`` module (it gives the line of a syntax error).
KML and GPX are read with GDAL (pyogrio), after a quick pass with the standard XML parser
over their coordinates: GDAL reads ``46.7,abc`` as ``46.7,0`` without a word, which would
put a pin on the equator; the same holds for Google Earth's ``<gx:coord>lon lat alt``.

>>> import json, tempfile, pathlib
>>> p = pathlib.Path(tempfile.mkdtemp()) / "pins.geojson"
>>> _ = p.write_text(json.dumps({"type": "Feature", "properties": {"name": "Goris"},
...     "geometry": {"type": "Point", "coordinates": [46.34, 39.51]}}))
>>> read_user_layer(p)["features"][0]["properties"]
{'name': 'Goris'}
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from xml.parsers import expat

import numpy as np
import shapely
from shapely.geometry import mapping, shape

from geodata.exchange.layer_checks import (
    check_coordinates,
    check_depth,
    json_number,
    safe_properties,
)
from geodata.problems import AtlasError
from geodata.textfiles import RefusedFile, check_regular, read_text

__all__ = ["FORMATS", "MAX_BYTES", "MAX_FEATURES", "read_user_layer"]

MAX_BYTES = 20 * 1024 * 1024
MAX_FEATURES = 50_000
FORMATS = {".geojson": "GeoJSON", ".json": "GeoJSON", ".kml": "KML", ".gpx": "GPX"}
# GPX's point layers repeat the routes' and tracks' vertices: the lines are enough.
GPX_LAYERS = ("waypoints", "routes", "tracks")
# KML fields GDAL adds to every Placemark (display settings, not the user's data).
KML_NOISE = frozenset({"tessellate", "extrude", "visibility", "drawOrder", "altitudeMode"})


def read_user_layer(path: str | Path) -> dict:
    """The file as a GeoJSON FeatureCollection (plain dicts), checked; else AtlasError.

    Everything is checked before anything is drawn, so a bad file changes nothing on the map.

    Parameters
    ----------
    path : str or pathlib.Path
        ``.geojson``/``.json``, ``.kml`` or ``.gpx`` (chosen by the name).

    Returns
    -------
    dict
        A FeatureCollection with at least one feature.

    Raises
    ------
    AtlasError
        ``FILE[:LINE]: message`` for an unknown suffix, an unreadable, too large or
        malformed file, no features, too many, or a coordinate off the Earth.

    Examples
    --------
    >>> import json, tempfile
    >>> p = Path(tempfile.mkdtemp()) / "pins.geojson"
    >>> _ = p.write_text(json.dumps({"type": "Feature", "properties": {"name": "Goris"},
    ...     "geometry": {"type": "Point", "coordinates": [46.34, 39.51]}}))
    >>> read_user_layer(p)["features"][0]["geometry"]["coordinates"]
    (46.34, 39.51)
    >>> _ = p.write_text('{"type": "FeatureCollection", "features": []}')
    >>> read_user_layer(p)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    geodata.problems.AtlasError: ...pins.geojson:0: has no features with a geometry: nothing to draw
    >>> read_user_layer("notes.txt")
    Traceback (most recent call last):
    geodata.problems.AtlasError: notes.txt:0: not a GeoJSON, KML or GPX file (by its name)
    >>> import shutil
    >>> shutil.rmtree(p.parent)
    """
    path = Path(path)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise AtlasError(f"{path}:0: not a GeoJSON, KML or GPX file (by its name)")
    try:
        check_regular(path, MAX_BYTES)
    except RefusedFile as exc:
        raise AtlasError(f"{path}:0: cannot read it: {exc.reason}") from None
    features = _read_geojson(path) if fmt == "GeoJSON" else _read_ogr(path, fmt)
    if not features:
        raise AtlasError(f"{path}:0: has no features with a geometry: nothing to draw")
    if len(features) > MAX_FEATURES:
        raise AtlasError(
            f"{path}:0: too many features ({len(features):,}; the limit is {MAX_FEATURES:,})"
        )
    return {"type": "FeatureCollection", "features": features}


def _feature(geometry, properties) -> dict:
    props = safe_properties(properties)
    return {"type": "Feature", "properties": props, "geometry": mapping(geometry)}


def _load_json(path: Path):
    try:
        text = read_text(path, MAX_BYTES)
    except RefusedFile as exc:
        raise AtlasError(f"{path}:{exc.line}: cannot read it: {exc.reason}") from None
    try:
        data = json.loads(text, parse_int=json_number, parse_float=json_number)
    except json.JSONDecodeError as exc:
        raise AtlasError(f"{path}:{exc.lineno}: not valid JSON ({exc.msg})") from None
    except RecursionError:
        raise AtlasError(f"{path}:0: nested too deeply: refused") from None
    check_depth(data, str(path))
    return data


def _read_geojson(path: Path) -> list[dict]:
    data = _load_json(path)
    kind = data.get("type") if isinstance(data, dict) else None
    if kind == "FeatureCollection" and isinstance(data.get("features"), list):
        items = data["features"]
    elif kind == "Feature":
        items = [data]
    elif kind in ("Point", "MultiPoint", "LineString", "MultiLineString", "Polygon",
                  "MultiPolygon", "GeometryCollection"):  # fmt: skip
        items = [{"type": "Feature", "properties": {}, "geometry": data}]
    else:
        raise AtlasError(f"{path}:0: not GeoJSON (no FeatureCollection, Feature or geometry)")
    out, vertices = [], 0
    for n, item in enumerate(items, start=1):
        if not isinstance(item, dict) or item.get("type") != "Feature":
            raise AtlasError(f"{path}:0: feature {n} is not a GeoJSON Feature")
        if item.get("geometry") is None:
            continue  # allowed by GeoJSON; nothing to draw
        try:
            geometry = shape(item["geometry"])
        except (KeyError, TypeError, ValueError, AttributeError, shapely.errors.ShapelyError):
            raise AtlasError(f"{path}:0: feature {n} has a malformed geometry") from None
        vertices = check_coordinates(path, f"feature {n}", geometry, vertices)
        if not geometry.is_empty:  # an empty geometry is valid GeoJSON with nothing to draw
            out.append(_feature(geometry, item.get("properties")))
        if len(out) > MAX_FEATURES:
            break
    return out


def _scan_xml(path: Path, fmt: str) -> None:
    """Fail on malformed XML and on coordinates GDAL would silently turn into zeros."""
    parser = expat.ParserCreate()
    text: list[str] = []

    def fail(message: str) -> None:
        raise AtlasError(f"{path}:{parser.CurrentLineNumber}: {message}")

    def start(name: str, attrs: dict) -> None:
        local = name.rsplit(":", 1)[-1]
        if local in ("coordinates", "coord"):
            text.clear()
        elif fmt == "GPX" and local in ("wpt", "rtept", "trkpt"):
            try:
                lat, lon = float(attrs["lat"]), float(attrs["lon"])
            except (KeyError, ValueError):
                fail(f"<{local}> needs numeric lat and lon attributes")
            if not (math.isfinite(lat) and math.isfinite(lon)):
                fail(f"<{local}> lat/lon is not a number")

    def end(name: str) -> None:
        local = name.rsplit(":", 1)[-1]
        if local == "coord":  # gx:coord: one "lon lat alt" point, separated by spaces
            point = " ".join("".join(text).split())
            if not _numbers(point.split(" "), (2, 3)):
                fail(f"bad <gx:coord> {point[:40]!r} (expected lon lat or lon lat alt)")
        elif local == "coordinates":
            for point in "".join(text).split():
                if not _numbers(point.split(","), (2, 3)):
                    fail(f"bad coordinate {point[:40]!r} (expected lon,lat or lon,lat,alt)")
        else:
            return
        text.clear()

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text.append
    try:
        with path.open("rb") as f:
            parser.ParseFile(f)
    except expat.ExpatError as exc:
        reason = expat.errors.messages[exc.code]
        raise AtlasError(f"{path}:{exc.lineno}: not valid XML ({reason})") from None
    except OSError as exc:
        raise AtlasError(f"{path}:0: cannot read it ({exc.strerror or exc})") from None


def _numbers(parts: list[str], counts: tuple[int, ...]) -> bool:
    """True if ``parts`` are ``counts`` finite numbers."""
    try:
        values = [float(v) for v in parts]
    except ValueError:
        return False
    return len(values) in counts and all(math.isfinite(v) for v in values)


def _value(v):
    """A field value as JSON: dates as ISO text, numpy numbers as Python, NaN/NaT dropped."""
    if v is None:
        return None
    if isinstance(v, np.datetime64):
        return None if np.isnat(v) else str(v).removesuffix("T00:00:00.000")
    if isinstance(v, np.generic):
        v = v.item()
    if isinstance(v, float) and not math.isfinite(v):
        return None
    return v


def _read_ogr(path: Path, fmt: str) -> list[dict]:
    import pyogrio
    from pyogrio.raw import read

    _scan_xml(path, fmt)
    try:
        names = [str(n) for n, _ in pyogrio.list_layers(path)]
        if fmt == "GPX":
            names = [n for n in names if n in GPX_LAYERS]
        out, vertices = [], 0
        for layer in names:
            meta, _, geometries, columns = read(path, layer=layer)
            fields = [str(f) for f in meta["fields"]]
            for i, wkb in enumerate(geometries):
                if wkb is None:
                    continue
                geometry = shapely.from_wkb(wkb)
                if geometry.is_empty:
                    continue
                where = f"layer {layer!r}, feature {i + 1}"
                vertices = check_coordinates(path, where, geometry, vertices)
                props = {k: _value(col[i]) for k, col in zip(fields, columns, strict=True)}
                props = {
                    k: v for k, v in props.items() if v not in (None, "") and k not in KML_NOISE
                }
                if "name" not in props and "Name" in props:
                    props["name"] = props.pop("Name")
                out.append(_feature(geometry, props))
                if len(out) > MAX_FEATURES:
                    return out
        return out
    except AtlasError:
        raise
    except Exception as exc:  # pyogrio raises several GDAL error classes
        raise AtlasError(f"{path}:0: cannot read it as {fmt} ({exc})") from None
