"""What a user's layer must be before the page may draw it, checked in Python.

The page's GeoJSON reader throws on things JSON allows (``NaN``, a ``name`` that is an
object), and a throw there means the layer silently never appears. So everything is
decided here: numbers and nesting within limits, coordinates finite and on the Earth, at
least one geometry with something to draw, and every property a short, safe string.

>>> safe_properties({"name": {"en": "Goris"}, "pop": 20.0, "x": float("nan"), "n": None})
{'name': '{"en": "Goris"}', 'pop': '20'}
"""

from __future__ import annotations

import json
import math

import numpy as np
import shapely

from geodata.problems import AtlasError
from geodata.safe_text import strip_controls

__all__ = [
    "MAX_DEPTH",
    "MAX_PROPERTIES",
    "MAX_TEXT",
    "MAX_VERTICES",
    "check_coordinates",
    "check_depth",
    "json_number",
    "safe_properties",
]

MAX_DEPTH = 32  # a GeoJSON MultiPolygon in a FeatureCollection is 8 levels deep
MAX_VERTICES = 2_000_000
MAX_PROPERTIES = 200
MAX_TEXT = 2_000  # characters of one property value (a pop-up, not a book)
MAX_DIGITS = 40  # more digits than any coordinate or measurement needs


def json_number(text: str) -> float | int:
    """``parse_int``/``parse_float`` for :func:`json.loads`, safe for any length.

    A number of thousands of digits would stop Python's int parser (and take seconds); it
    becomes infinite, and is refused as a coordinate or dropped as a property.

    Parameters
    ----------
    text : str
        The number as the JSON file writes it.

    Returns
    -------
    float or int
        Its value; ``inf`` past :data:`MAX_DIGITS` characters.

    Examples
    --------
    >>> json_number("46.75"), json_number("12"), json_number("9" * 500)
    (46.75, 12, inf)
    """
    if len(text) > MAX_DIGITS:
        return math.inf
    return float(text) if any(c in text for c in ".eE") else int(text)


def check_depth(value, where: str) -> None:
    """Refuse JSON nested deeper than :data:`MAX_DEPTH` (checked without recursion).

    Parameters
    ----------
    value : object
        Parsed JSON.
    where : str
        The file, for the message.

    Raises
    ------
    AtlasError
        ``FILE:0: nested more than 32 levels deep``.
    """
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise AtlasError(f"{where}:0: nested more than {MAX_DEPTH} levels deep: refused")
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)


def check_coordinates(path, where: str, geometry, vertices: int) -> int:
    """Refuse a coordinate that is not a finite number or off the Earth.

    Parameters
    ----------
    path : str or pathlib.Path
        The file, for the message.
    where : str
        The feature, for the message.
    geometry : shapely geometry
        The feature's geometry.
    vertices : int
        The points counted so far in the file.

    Returns
    -------
    int
        The points counted so far, with this geometry's.

    Raises
    ------
    AtlasError
        A coordinate not finite or off the Earth, or more than :data:`MAX_VERTICES` points.
    """
    coords = shapely.get_coordinates(geometry)
    vertices += len(coords)
    if vertices > MAX_VERTICES:
        raise AtlasError(f"{path}:0: more than {MAX_VERTICES:,} points: too large to draw")
    if not np.isfinite(coords).all():
        raise AtlasError(f"{path}:0: {where}: a coordinate is not a finite number")
    lon, lat = coords[:, 0], coords[:, 1]
    if len(coords) and not ((abs(lon) <= 180).all() and (abs(lat) <= 90).all()):
        i = int(np.argmax((abs(lon) > 180) | (abs(lat) > 90)))
        raise AtlasError(
            f"{path}:0: {where}: coordinate {lon[i]:g},{lat[i]:g} is off the Earth "
            "(longitude −180..180, latitude −90..90)"
        )
    return vertices


def _text(value) -> str | None:
    """A property value as display text; None for what has no text (null, NaN)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:g}" if math.isfinite(value) else None
    if isinstance(value, int | str):
        return str(value)
    # An object or a list: shown as its JSON text (non-finite numbers as null).
    return json.dumps(_finite(value), ensure_ascii=False)


def _finite(value):
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_finite(v) for v in value]
    return value


def safe_properties(props) -> dict[str, str]:
    """Properties as short strings without control characters; empty ones dropped.

    Parameters
    ----------
    props : object
        A feature's properties (anything: only a dict has some).

    Returns
    -------
    dict of str to str
        At most :data:`MAX_PROPERTIES`, each at most :data:`MAX_TEXT` characters; objects
        and lists as their JSON text, null and non-finite numbers left out.
    """
    if not isinstance(props, dict):
        return {}
    out: dict[str, str] = {}
    for key, value in list(props.items())[:MAX_PROPERTIES]:
        text = _text(value)
        if text is None:
            continue
        name = strip_controls(str(key), keep="")[:100]
        text = strip_controls(text, keep="\n")
        out[name] = text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 1] + "…"
    return {k: v for k, v in out.items() if k and v}
