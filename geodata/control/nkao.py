"""The Nagorno-Karabakh Autonomous Oblast's boundary, drawn on the map at every date.

Control areas change hands; the NKAO's boundary does not, and without it a student cannot
tell the land of the former oblast from the seven districts around it. It is "NKAO" until
Azerbaijan's parliament abolished the oblast on 26 Nov 1991 and "former NKAO" after.

The outline is not authored: it is the union of the control areas cut from the oblast
(:data:`NKAO_AREAS`, the pieces ``geodata/build/areas.py`` cuts from its ``nkao``
geometry), so it follows every correction of the areas. Only its outer edge is drawn:
the oblast had no enclaves, and a hole in the union is a gap of the areas, not a border.

>>> from geodata.control import load_control
>>> data, _ = load_control()
>>> [p.name for p in periods(data)]
['NKAO', 'former NKAO']
>>> name_on(date(1991, 11, 25)), name_on(ABOLISHED)
('NKAO', 'former NKAO')
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from geodata.control.model import FIRST_DAY, ControlData, Shaped

if TYPE_CHECKING:
    from shapely.geometry import Point
    from shapely.geometry.base import BaseGeometry

__all__ = [
    "ABOLISHED",
    "NKAO_AREAS",
    "NkaoPeriod",
    "drawn",
    "label_point",
    "name_on",
    "outline",
    "periods",
    "spans",
]

NKAO_AREAS = (
    "nkao-core",
    "khojaly",
    "shusha-town",
    "shusha-west",
    "martakert",
    "martakert-north",
    "martakert-east",
    "martuni-east",
    "hadrut",
    "hadrut-north",
    "hin-tagher",
    "war-chayli",
    "war-khandzadzor",
)
ABOLISHED = date(1991, 11, 26)
SOURCE = (
    "Decree of the Azerbaijan SSR Central Executive Committee, 7 Jul 1923 (the NKAO); "
    "Law of the Republic of Azerbaijan No. 279-XII, 26 Nov 1991 (its abolition); "
    '"Nagorno-Karabakh Autonomous Oblast", Wikipedia (en)'
)
ACCURACY = "approximate: the outer edge of the control areas cut from the oblast"
NOTES = {
    "nkao": "The Nagorno-Karabakh Autonomous Oblast inside the Azerbaijan SSR (7 Jul 1923).",
    "former-nkao": (
        "Azerbaijan's parliament abolished the oblast on 26 Nov 1991 and split it among "
        "neighbouring districts; Armenian sources and the Nagorno-Karabakh Republic, "
        "proclaimed on 2 Sep 1991, do not recognise the abolition."
    ),
}


# Each period's id, name and days; the outline is the same in both.
_PERIODS = (
    ("nkao", "NKAO", FIRST_DAY, ABOLISHED),
    ("former-nkao", "former NKAO", ABOLISHED, None),
)


@dataclass(frozen=True)
class NkaoPeriod(Shaped):
    """The boundary under one name on ``[start, end)`` (``end`` None: still drawn).

    The oblast keeps one outline but two names: the map must not pretend the abolition of
    1991 settled anything, nor ignore it.

    Parameters
    ----------
    id : str
        ``nkao`` or ``former-nkao`` (``<id>-label`` for the name's point).
    name : str
    start : datetime.date
    end : datetime.date or None
    note : str
    shape : shapely.geometry.base.BaseGeometry or mapping
        Or its GeoJSON; ``geometry`` is it as shapely's.
    source, accuracy : str, optional

    Examples
    --------
    >>> from geodata.control import load_control
    >>> data, _ = load_control()
    >>> [(p.name, p.end) for p in periods(data)]
    [('NKAO', datetime.date(1991, 11, 26)), ('former NKAO', None)]
    """

    id: str
    name: str
    start: date
    end: date | None
    note: str
    shape: BaseGeometry | Mapping = field(repr=False, compare=False)
    source: str = SOURCE
    accuracy: str = ACCURACY

    def shown_on(self, day: date) -> bool:
        """Whether the map draws this boundary (or its name) on ``day``.

        Parameters
        ----------
        day : datetime.date

        Returns
        -------
        bool

        Examples
        --------
        >>> from geodata.control import load_control
        >>> first, after = periods(load_control()[0])
        >>> first.shown_on(ABOLISHED), after.shown_on(ABOLISHED)
        (False, True)
        """
        return self.start <= day and (self.end is None or day < self.end)


def name_on(day: date) -> str:
    """What the map calls the oblast on ``day``.

    Parameters
    ----------
    day : datetime.date

    Returns
    -------
    str

    Examples
    --------
    >>> name_on(date(1991, 11, 25)), name_on(ABOLISHED)
    ('NKAO', 'former NKAO')
    """
    return "NKAO" if day < ABOLISHED else "former NKAO"


def outline(data: ControlData) -> BaseGeometry | None:
    """The oblast's area: the outer edge of its control areas (None if none is loaded).

    Holes between the areas are filled, so the outline is one shell per part.

    Parameters
    ----------
    data : ControlData

    Returns
    -------
    shapely.geometry.base.BaseGeometry or None

    Examples
    --------
    >>> from geodata.control import load_control
    >>> from shapely import Point
    >>> outline(load_control()[0]).contains(Point(46.7528, 39.8177))  # Stepanakert
    True
    """
    import shapely
    from shapely.geometry import MultiPolygon, Polygon

    parts = [data.areas[a].geometry for a in NKAO_AREAS if a in data.areas]
    if not parts:
        return None
    union = shapely.union_all(parts)
    polygons = getattr(union, "geoms", [union])
    shells = [Polygon(p.exterior) for p in polygons if isinstance(p, Polygon)]
    return shells[0] if len(shells) == 1 else MultiPolygon(shells)


def periods(data: ControlData) -> list[NkaoPeriod]:
    """The boundary before and after the abolition; empty without the oblast's areas.

    Parameters
    ----------
    data : ControlData

    Returns
    -------
    list of NkaoPeriod

    Examples
    --------
    >>> from geodata.control import load_control
    >>> [p.id for p in periods(load_control()[0])]
    ['nkao', 'former-nkao']
    """
    shape = outline(data)
    if shape is None:
        return []
    return [NkaoPeriod(i, name, start, end, NOTES[i], shape) for i, name, start, end in _PERIODS]


def spans(data: ControlData) -> dict[str, tuple[date, date | None]]:
    """Each feature :func:`drawn` makes, by id → the days ``[start, end)`` it is shown.

    The same answer as ``drawn``'s periods, without building the outline: the map asks on
    every date step, and the union of the oblast's areas costs milliseconds each time.

    Parameters
    ----------
    data : ControlData

    Returns
    -------
    dict of str to (datetime.date, datetime.date or None)
        Empty without the oblast's areas, as :func:`periods` is.

    Examples
    --------
    >>> from geodata.control import load_control
    >>> spans(load_control()[0])["former-nkao-label"]
    (datetime.date(1991, 11, 26), None)
    """
    return {ident: (start, end) for ident, _name, start, end in _drawn_periods(data)}


def label_point(shape: BaseGeometry) -> Point:
    """Where the name is written: inside the oblast, three tenths of the way down from its
    northern edge, clear of the names of Martakert, Stepanakert and Shusha.

    Parameters
    ----------
    shape : shapely.geometry.base.BaseGeometry
        The outline.

    Returns
    -------
    shapely.geometry.Point

    Examples
    --------
    >>> from shapely import box
    >>> label_point(box(0, 0, 10, 10)).coords[0]
    (5.0, 7.0)
    """
    from shapely.geometry import LineString

    west, south, east, north = shape.bounds
    y = north - 0.3 * (north - south)
    cut = shape.intersection(LineString([(west, y), (east, y)]))
    longest = max(getattr(cut, "geoms", [cut]), key=lambda g: g.length)
    return longest.interpolate(0.5, normalized=True)


def drawn(data: ControlData, shapes: Mapping[str, Mapping] | None = None) -> dict[str, NkaoPeriod]:
    """What the map draws, by feature id: each period's boundary, and its name at
    :func:`label_point` as ``<id>-label``. Both are shown on the period's days.

    Parameters
    ----------
    data : ControlData
    shapes : mapping of str to mapping, optional
        Each feature's GeoJSON geometry as the build drew it (:mod:`geodata.page_layers`):
        then no outline is computed, and shapely is not needed.

    Returns
    -------
    dict of str to NkaoPeriod

    Examples
    --------
    >>> from geodata.control import load_control
    >>> list(drawn(load_control()[0]))
    ['nkao', 'nkao-label', 'former-nkao', 'former-nkao-label']
    """
    if shapes is not None:
        return {
            ident: NkaoPeriod(ident, name, start, end, NOTES[ident.removesuffix("-label")], shape)
            for ident, name, start, end in _drawn_periods(data)
            if (shape := shapes.get(ident)) is not None
        }
    out: dict[str, NkaoPeriod] = {}
    for period in periods(data):
        out[period.id] = period
        out[f"{period.id}-label"] = replace(period, shape=label_point(period.geometry))
    return out


def _drawn_periods(data: ControlData):
    """(id, name, start, end) of each feature :func:`drawn` makes, without its shape."""
    if any(a in data.areas for a in NKAO_AREAS):
        for ident, name, start, end in _PERIODS:
            yield ident, name, start, end
            yield f"{ident}-label", name, start, end
