"""Flat records for export: one per area-period, per event, per story place.

Every format is written from these three lists, so KML, GeoJSON, GeoPackage and CSV carry
the same features with the same values. Dates are half-open like the model: a period holds
on ``[start, end)``; ``end`` is ``None`` for the period still running ("to today").

A date window keeps what overlaps it (nothing is clipped: a record's dates stay the facts):

>>> from datetime import date
>>> from geodata.atlas import load_atlas
>>> atlas = load_atlas()
>>> rows = area_periods(atlas.control, date(2023, 9, 19), date(2023, 9, 20))
>>> sorted({r.controller for r in rows if r.area == "nkao-core"})  # both sides of a change
['AZ', 'NKR']
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry

from geodata.control import ControlData, controllers, nkao
from geodata.dates import PartialDate
from geodata.places import Place
from geodata.story.map import ref_point
from geodata.story.model import Story

__all__ = [
    "AreaPeriod",
    "EventPoint",
    "StoryPlace",
    "area_periods",
    "event_points",
    "nkao_periods",
    "story_places",
]


def _overlaps(start: date, end: date | None, lo: date | None, hi: date | None) -> bool:
    """``[start, end)`` meets the inclusive window ``[lo, hi]`` (``None``: unbounded)."""
    return (hi is None or start <= hi) and (lo is None or end is None or end > lo)


@dataclass(frozen=True)
class AreaPeriod:
    """One control area during one period: who held it, how sure, says whom.

    Parameters
    ----------
    area, name, name_hy, name_az : str
        The area's id and names.
    start : datetime.date
    start_precision : {"day", "month", "year"}
        How much of `start` the source states.
    end : datetime.date or None
        Exclusive; None for the period still running.
    controller, controller_label : str
        The code and its neutral label.
    status, confidence, source, note : str
    km2 : float
    geometry : shapely.geometry.base.BaseGeometry

    Examples
    --------
    >>> from datetime import date
    >>> from geodata.atlas import load_atlas
    >>> rows = area_periods(load_atlas().control)
    >>> first = rows[0]
    >>> first.start, first.controller
    (datetime.date(1923, 7, 7), 'AZ')
    """

    area: str
    name: str
    name_hy: str
    name_az: str
    start: date
    start_precision: str
    end: date | None
    controller: str
    controller_label: str
    status: str
    confidence: str
    source: str
    note: str
    km2: float
    geometry: BaseGeometry = field(repr=False, compare=False)

    @property
    def since(self) -> str:
        """The start at the precision the source gives (``Aug 1992``, never ``1 Aug``).

        Returns
        -------
        str

        Examples
        --------
        >>> from datetime import date
        >>> from shapely import box
        >>> row = AreaPeriod("x", "X", "", "", date(1992, 8, 1), "month", None, "NKR", "NKR",
        ...                  "stable", "Medium", "src", "", 1.0, box(0, 0, 1, 1))
        >>> row.since
        'Aug 1992'
        """
        return PartialDate(self.start, self.start_precision).label()


@dataclass(frozen=True)
class EventPoint:
    """A dated, placed event; ``end`` is the first day after it (half-open).

    Parameters
    ----------
    id, title : str
    date : str
        As the source states it: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (``start/end`` for a span).
    label : str
        The human date label.
    start, end : datetime.date
    kind, place, confidence, source, note : str
    geometry : shapely.geometry.Point

    Examples
    --------
    >>> from geodata.atlas import load_atlas
    >>> atlas = load_atlas()
    >>> e = event_points(atlas.control, atlas.places)[0]
    >>> e.end > e.start
    True
    """

    id: str
    title: str
    date: str  # as the source states it: YYYY, YYYY-MM or YYYY-MM-DD
    label: str
    start: date
    end: date
    kind: str
    place: str
    confidence: str
    source: str
    note: str
    geometry: Point = field(repr=False, compare=False)


@dataclass(frozen=True)
class StoryPlace:
    """A place a story section names, with the section's title and time.

    Parameters
    ----------
    section_id, section : str
        The section's id and title.
    place : str
        The reference as written: a place id, ``area:<id>`` or ``lat,lon``.
    place_name : str
    start, end : datetime.date
        The section's range, half-open.
    date : str
        The section's date as written.
    geometry : shapely.geometry.Point

    Examples
    --------
    >>> from geodata.atlas import load_atlas
    >>> atlas = load_atlas()
    >>> rows = story_places(atlas.story, atlas.places, atlas.control)
    >>> all(r.end > r.start for r in rows)
    True
    """

    section_id: str
    section: str
    place: str  # the reference as written: a place id, area:<id> or lat,lon
    place_name: str
    start: date
    end: date
    date: str
    geometry: Point = field(repr=False, compare=False)


def nkao_periods(
    control: ControlData, lo: date | None = None, hi: date | None = None
) -> list[nkao.NkaoPeriod]:
    """The oblast's boundary as "NKAO" and as "former NKAO", where they meet the window.

    Parameters
    ----------
    control : ControlData
    lo, hi : datetime.date, optional
        The inclusive window; None is open.

    Returns
    -------
    list of NkaoPeriod

    Examples
    --------
    >>> from datetime import date
    >>> from geodata.control import load_control
    >>> control, _ = load_control()
    >>> [p.name for p in nkao_periods(control)]
    ['NKAO', 'former NKAO']
    >>> [p.id for p in nkao_periods(control, date(2000, 1, 1))]
    ['former-nkao']
    """
    return [p for p in nkao.periods(control) if _overlaps(p.start, p.end, lo, hi)]


def area_periods(
    control: ControlData, lo: date | None = None, hi: date | None = None
) -> list[AreaPeriod]:
    """Every period of every area in the timeline, area by area, oldest first.

    Parameters
    ----------
    control : ControlData
    lo, hi : datetime.date, optional
        Keep the periods overlapping the inclusive window ``[lo, hi]``; None is open.

    Returns
    -------
    list of AreaPeriod

    Examples
    --------
    >>> from datetime import date
    >>> from geodata.atlas import load_atlas
    >>> control = load_atlas().control
    >>> rows = area_periods(control, date(2023, 9, 19), date(2023, 9, 20))
    >>> sorted({r.controller for r in rows if r.area == "nkao-core"})  # both sides of a change
    ['AZ', 'NKR']
    >>> len(area_periods(control)) >= len(control.timeline.areas)
    True
    """
    out = []
    for aid in control.timeline.areas:
        area = control.areas[aid]
        for start, end, state in control.timeline.periods(aid):
            if not _overlaps(start, end, lo, hi):
                continue
            out.append(
                AreaPeriod(
                    aid,
                    area.name,
                    area.name_hy,
                    area.name_az,
                    start,
                    state.since_precision,
                    end,
                    state.controller,
                    controllers.label(state.controller),
                    state.status,
                    state.confidence,
                    state.source,
                    state.note,
                    area.km2,
                    area.geometry,
                )
            )
    return out


def event_points(
    control: ControlData, places: dict[str, Place], lo: date | None = None, hi: date | None = None
) -> list[EventPoint]:
    """Events that have a position (their own lat/lon, else their gazetteer place).

    An event that cannot be placed is left out of the map layers; the timeline still has it.

    Parameters
    ----------
    control : ControlData
    places : dict of str to Place
    lo, hi : datetime.date, optional
        Keep the events overlapping the inclusive window.

    Returns
    -------
    list of EventPoint

    Examples
    --------
    >>> from datetime import date
    >>> from geodata.atlas import load_atlas
    >>> atlas = load_atlas()
    >>> event_points(atlas.control, {}, date(1923, 7, 7), date(1923, 7, 7))
    []
    """
    out = []
    for ev in control.events:
        if ev.lat is not None and ev.lon is not None:
            point = Point(ev.lon, ev.lat)
        elif ev.place in places:
            point = Point(places[ev.place].lon, places[ev.place].lat)
        else:
            continue
        end = (ev.end or ev.date).end
        if not _overlaps(ev.date.first, end, lo, hi):
            continue
        written = f"{ev.date}/{ev.end}" if ev.end else str(ev.date)
        out.append(
            EventPoint(
                ev.id,
                ev.title,
                written,
                ev.label(),
                ev.date.first,
                end,
                ev.kind,
                ev.place,
                ev.confidence,
                ev.source,
                ev.note,
                point,
            )
        )
    return out


def story_places(
    story: Story | None,
    places: dict[str, Place],
    control: ControlData | None,
    lo: date | None = None,
    hi: date | None = None,
) -> list[StoryPlace]:
    """One point per place a section names: gazetteer places, points, and control areas
    (at a point inside the area). References the data cannot place are left out.

    Parameters
    ----------
    story : Story or None
    places : dict of str to Place
    control : ControlData or None
    lo, hi : datetime.date, optional
        Keep the sections overlapping the inclusive window.

    Returns
    -------
    list of StoryPlace
        Empty without a story.

    Examples
    --------
    >>> story_places(None, {}, None)
    []
    """
    if story is None:
        return []
    out = []
    for s in story.sections:
        if not _overlaps(s.start.first, s.until, lo, hi):
            continue
        written = f"{s.start}/{s.end}" if s.end else str(s.start)
        for ref in s.places:
            where = ref_point(ref, places, control)
            if where is None:
                continue
            if ref.kind == "place":
                name = places[ref.id].label
            elif ref.kind == "area":
                name = control.areas[ref.id].name
            else:
                name = str(ref)
            point = Point(where[1], where[0])
            out.append(
                StoryPlace(s.id, s.title, str(ref), name, s.start.first, s.until, written, point)
            )
    return out
