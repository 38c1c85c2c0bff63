"""The exported layers as typed columns: what every format writes, field by field.

A :class:`Layer` holds one geometry per feature and named columns whose Python type fixes
the field type GDAL writes: ``str`` → String, ``date`` → Date (``None`` → null, so QGIS's
Temporal Controller reads an open end as "still running"), ``float`` → Real.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from shapely.geometry.base import BaseGeometry

from geodata.control.nkao import NkaoPeriod
from geodata.exchange.records import AreaPeriod, EventPoint, StoryPlace

__all__ = [
    "CONTROL",
    "EVENTS",
    "NKAO",
    "STORY",
    "Layer",
    "control_layer",
    "event_layer",
    "nkao_layer",
    "story_layer",
]

CONTROL, EVENTS, STORY = "control_periods", "events", "story_places"
NKAO = "nkao_boundary"


@dataclass
class Layer:
    """One layer: its name, OGR geometry type, geometries and typed columns.

    Column types are declared, not guessed from values, so an all-empty ``end`` column is
    still a Date field in every file.

    Parameters
    ----------
    name : str
        The layer (table) name.
    geometry_type : str
        An OGR type: ``"MultiPolygon"``, ``"Point"``, ``"Unknown"``.
    geometries : list of shapely.geometry.base.BaseGeometry, optional
    columns : dict of str to list, optional
        One value per geometry in each column.
    types : dict of str to type, optional
        ``str``, ``date`` or ``float`` per column.

    Examples
    --------
    >>> from shapely import Point
    >>> layer = Layer("pins", "Point", [Point(0, 0)], {"name": ["a"]}, {"name": str})
    >>> len(layer), layer.rows()
    (1, [{'name': 'a'}])
    """

    name: str
    geometry_type: str
    geometries: list[BaseGeometry] = field(default_factory=list)
    columns: dict[str, list] = field(default_factory=dict)
    types: dict[str, type] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.geometries)

    def rows(self) -> list[dict]:
        """The features' properties as dicts (column order kept).

        Returns
        -------
        list of dict

        Examples
        --------
        >>> Layer("empty", "Point").rows()
        []
        """
        return [{k: v[i] for k, v in self.columns.items()} for i in range(len(self))]


def _layer(name: str, geometry_type: str, types: dict[str, type], items, row) -> Layer:
    layer = Layer(name, geometry_type, types=dict(types), columns={k: [] for k in types})
    for item in items:
        layer.geometries.append(item.geometry)
        for key, value in row(item).items():
            layer.columns[key].append(value)
    return layer


CONTROL_TYPES = {
    "id": str,
    "area": str,
    "name": str,
    "name_hy": str,
    "name_az": str,
    "start": date,
    "end": date,
    "since": str,
    "controller": str,
    "controller_label": str,
    "status": str,
    "confidence": str,
    "source": str,
    "note": str,
    "km2": float,
}
EVENT_TYPES = {
    "id": str,
    "title": str,
    "date": str,
    "label": str,
    "start": date,
    "end": date,
    "kind": str,
    "place": str,
    "confidence": str,
    "source": str,
    "note": str,
}
NKAO_TYPES = {
    "id": str,
    "name": str,
    "start": date,
    "end": date,
    "source": str,
    "accuracy": str,
    "note": str,
}
STORY_TYPES = {
    "id": str,
    "section_id": str,
    "section": str,
    "place": str,
    "place_name": str,
    "date": str,
    "start": date,
    "end": date,
}


def control_layer(rows: list[AreaPeriod]) -> Layer:
    """One polygon feature per area-period; ``id`` is ``<area>.<start>`` (a valid XML id).

    Parameters
    ----------
    rows : list of AreaPeriod

    Returns
    -------
    Layer
        Named :data:`CONTROL`.

    Examples
    --------
    >>> from datetime import date
    >>> from geodata.atlas import load_atlas
    >>> from geodata.exchange.records import area_periods
    >>> layer = control_layer(area_periods(load_atlas().control))
    >>> layer.name, layer.types["end"], layer.rows()[0]["id"]
    ('control_periods', <class 'datetime.date'>, 'nkao-core.1923-07-07')
    >>> len(control_layer([]))
    0
    """
    return _layer(
        CONTROL,
        "MultiPolygon",
        CONTROL_TYPES,
        rows,
        lambda r: {
            "id": f"{r.area}.{r.start.isoformat()}",
            "area": r.area,
            "name": r.name,
            "name_hy": r.name_hy,
            "name_az": r.name_az,
            "start": r.start,
            "end": r.end,
            "since": r.since,
            "controller": r.controller,
            "controller_label": r.controller_label,
            "status": r.status,
            "confidence": r.confidence,
            "source": r.source,
            "note": r.note,
            "km2": r.km2,
        },
    )


def nkao_layer(rows: list[NkaoPeriod]) -> Layer:
    """The oblast's boundary as a line, once as "NKAO" and once as "former NKAO".

    A line, not a polygon, so it draws over the control areas without hiding their colours.

    Parameters
    ----------
    rows : list of NkaoPeriod

    Returns
    -------
    Layer
        Named :data:`NKAO`, MultiLineString.

    Examples
    --------
    >>> from geodata.control import load_control
    >>> from geodata.exchange.records import nkao_periods
    >>> control, _ = load_control()
    >>> layer = nkao_layer(nkao_periods(control))
    >>> layer.geometry_type, [r["name"] for r in layer.rows()]
    ('MultiLineString', ['NKAO', 'former NKAO'])
    """
    return _layer(
        NKAO,
        "MultiLineString",
        NKAO_TYPES,
        [replace(r, shape=r.geometry.boundary) for r in rows],
        lambda r: {
            "id": r.id,
            "name": r.name,
            "start": r.start,
            "end": r.end,
            "source": r.source,
            "accuracy": r.accuracy,
            "note": r.note,
        },
    )


def event_layer(rows: list[EventPoint]) -> Layer:
    """One point feature per placed event, with its date as written and as a Date range.

    Parameters
    ----------
    rows : list of EventPoint

    Returns
    -------
    Layer
        Named :data:`EVENTS`.

    Examples
    --------
    >>> event_layer([]).name, list(event_layer([]).columns)[:3]
    ('events', ['id', 'title', 'date'])
    """
    return _layer(
        EVENTS,
        "Point",
        EVENT_TYPES,
        rows,
        lambda r: {
            "id": r.id,
            "title": r.title,
            "date": r.date,
            "label": r.label,
            "start": r.start,
            "end": r.end,
            "kind": r.kind,
            "place": r.place,
            "confidence": r.confidence,
            "source": r.source,
            "note": r.note,
        },
    )


def story_layer(rows: list[StoryPlace]) -> Layer:
    """One point per (section, place); ``id`` is ``<section>.<n>`` in the section's order.

    Parameters
    ----------
    rows : list of StoryPlace

    Returns
    -------
    Layer
        Named :data:`STORY`.

    Examples
    --------
    >>> from datetime import date
    >>> from shapely import Point
    >>> from geodata.exchange.records import StoryPlace
    >>> row = StoryPlace("war", "War", "shusha", "Shusha", date(2020, 9, 27),
    ...                  date(2020, 11, 11), "2020-09-27/2020-11-10", Point(46.75, 39.76))
    >>> [r["id"] for r in story_layer([row, row]).rows()]
    ['war.1', 'war.2']
    """
    counts: dict[str, int] = {}

    def row(r: StoryPlace) -> dict:
        counts[r.section_id] = counts.get(r.section_id, 0) + 1
        return {
            "id": f"{r.section_id}.{counts[r.section_id]}",
            "section_id": r.section_id,
            "section": r.section,
            "place": r.place,
            "place_name": r.place_name,
            "date": r.date,
            "start": r.start,
            "end": r.end,
        }

    return _layer(STORY, "Point", STORY_TYPES, rows, row)
