"""KML for Google Earth: a ``<TimeSpan>`` per feature and styles in the controller colours.

Written by GDAL's LIBKML driver (through pyogrio), which turns fields named ``begin`` and
``end`` into each Placemark's ``<TimeSpan>``, ``name`` and ``description`` into its name and
balloon text, and an ``OGR_STYLE`` string into an inline ``<Style>``; every other field goes
into ``<ExtendedData>``. Each layer becomes a folder-like ``<Document>``.

The period still running has a ``<TimeSpan>`` with a ``<begin>`` and no ``<end>``: KML's
"from then on", so the file stays right on every later day (an ``<end>`` of the export day
would empty the map the day after). Its ``until`` field says "today". Spans are half-open
like the model: one period's ``end`` is the next one's ``begin``.

A ``SYMBOL`` style without an ``id`` crashes GDAL 3.12's LIBKML writer (segfault), so point
styles always name an icon.
"""

from __future__ import annotations

from pathlib import Path

from geodata.control import controllers
from geodata.dates import day_label
from geodata.exchange.ogr import write_layers
from geodata.exchange.tables import CONTROL, EVENTS, NKAO, Layer
from geodata.map_style import NKAO_BOUNDARY

__all__ = ["ICON", "kml_layer", "write_kml"]

ICON = "http://maps.google.com/mapfiles/kml/shapes/placemark_circle.png"
EVENT_COLOUR = "#222222"
STORY_COLOUR = "#6A3D9A"


def _alpha(opacity: float) -> str:
    return f"{round(opacity * 255):02X}"


def _area_style(row: dict) -> str:
    fill = controllers.colour(row["controller"])
    status = controllers.STATUSES.get(row["status"])
    opacity = status.fill_opacity if status else 0.5
    return f"BRUSH(fc:{fill}{_alpha(opacity)});PEN(c:#FFFFFFFF,w:1px)"


def _style(layer: str, row: dict) -> str:
    if layer == CONTROL:
        return _area_style(row)
    if layer == NKAO:
        return f"PEN(c:{NKAO_BOUNDARY.color}FF,w:3px)"
    return f'SYMBOL(id:"{ICON}",c:{EVENT_COLOUR if layer == EVENTS else STORY_COLOUR}FF)'


def _describe(layer: str, row: dict, until: str) -> str:
    if layer == CONTROL:
        return (
            f"{row['controller_label']} (de facto control), {row['status']}, "
            f"{row['since']} – {until}. Confidence: {row['confidence']}. "
            f"Source: {row['source']}." + (f" Note: {row['note']}" if row["note"] else "")
        )
    if layer == NKAO:
        return f"{row['name']}, {day_label(row['start'])} – {until}. {row['note']} " + (
            f"Source: {row['source']}. Accuracy: {row['accuracy']}."
        )
    if layer == EVENTS:
        return f"{row['label']}. Confidence: {row['confidence']}. Source: {row['source']}." + (
            f" Note: {row['note']}" if row["note"] else ""
        )
    return f"{row['place_name']} — story section “{row['section']}” ({row['date']})"


def kml_layer(layer: Layer) -> Layer:
    """``layer`` with KML's fields: name, description, begin, end (null when open: LIBKML
    then writes no ``<end>``), until, OGR_STYLE.

    An open end stays open, KML's "from then on", so the file is still right on every later
    day; ``until`` says "today" for the reader.

    Parameters
    ----------
    layer : Layer
        A control, event or story layer (:mod:`geodata.exchange.tables`).

    Returns
    -------
    Layer
        A new layer; the input is unchanged.

    Examples
    --------
    >>> from datetime import date
    >>> from shapely import Point
    >>> from geodata.exchange.tables import STORY, Layer
    >>> story = Layer(STORY, "Point", [Point(46.75, 39.76)],
    ...               {"section": ["War"], "place_name": ["Shusha"], "date": ["2020"],
    ...                "start": [date(2020, 1, 1)], "end": [None]},
    ...               {"section": str, "place_name": str, "date": str, "start": date, "end": date})
    >>> row = kml_layer(story).rows()[0]
    >>> row["name"], row["begin"], row["end"], row["until"]
    ('War', '2020-01-01', None, 'today')
    """
    types = {"name": str, "description": str, "begin": str, "end": str, "until": str}
    types |= {k: t for k, t in layer.types.items() if k not in ("name", "start", "end")}
    types["OGR_STYLE"] = str
    out = Layer(layer.name, layer.geometry_type, list(layer.geometries), {k: [] for k in types})
    out.types = types
    for row in layer.rows():
        end = row["end"]
        until = "today" if end is None else day_label(end)
        values = {
            "name": row.get("name") or row.get("title") or row.get("section"),
            "description": _describe(layer.name, row, until),
            "begin": row["start"].isoformat(),
            "end": end.isoformat() if end else None,
            "until": until,
            "OGR_STYLE": _style(layer.name, row),
        }
        for key in types:
            out.columns[key].append(values[key] if key in values else row[key])
    return out


def write_kml(layers: list[Layer], path: Path) -> None:
    """Write the layers as one KML file (GDAL's LIBKML driver), each a folder-like Document.

    Parameters
    ----------
    layers : list of Layer
    path : pathlib.Path

    Returns
    -------
    None

    Examples
    --------
    >>> import re, tempfile
    >>> from datetime import date
    >>> from shapely import Point
    >>> from geodata.exchange.tables import STORY, Layer
    >>> story = Layer(STORY, "Point", [Point(46.75, 39.76)],
    ...               {"section": ["War"], "place_name": ["Shusha"], "date": ["2020"],
    ...                "start": [date(2020, 1, 1)], "end": [None]},
    ...               {"section": str, "place_name": str, "date": str, "start": date, "end": date})
    >>> path = Path(tempfile.mkdtemp()) / "story.kml"
    >>> write_kml([story], path)
    >>> re.findall(r"<(begin|end)>([^<]*)<", path.read_text(encoding="utf-8"))
    [('begin', '2020-01-01')]
    >>> path.unlink()
    >>> path.parent.rmdir()
    """
    write_layers([kml_layer(layer) for layer in layers], path, "LIBKML")
