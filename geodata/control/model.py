"""What control data holds: areas, overlays, authored lines, and the loaded whole.

Plain dataclasses; :mod:`geodata.control.files` reads them from ``resources/control`` and
:mod:`geodata.control` is the API the app and the CLI use (``load_control``, ``stats``).

Each shape is made a shapely geometry when first asked for (``geometry``): the shipped
data, checked when it was built, loads without shapely, so that the window's start does
not wait for numpy and shapely (docs/benchmarks.md, "Start-up").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

from geodata.events import Event
from geodata.timeline import ControlTimeline

if TYPE_CHECKING:
    from shapely import STRtree
    from shapely.geometry.base import BaseGeometry


class Shaped:
    """``geometry``: the ``shape`` field as a shapely geometry, made once (a GeoJSON
    geometry object is made one then, and shapely imported with it).

    Examples
    --------
    >>> line = AuthoredLine("l", "Line", "src", "rough", "High",
    ...                     {"type": "LineString", "coordinates": [[46, 39], [47, 40]]})
    >>> line.geometry.wkt
    'LINESTRING (46 39, 47 40)'
    """

    shape: BaseGeometry | Mapping

    @cached_property
    def geometry(self) -> BaseGeometry:
        if isinstance(self.shape, Mapping):
            from shapely.geometry import shape

            return shape(self.shape)
        return self.shape


__all__ = ["FIRST_DAY", "Area", "AuthoredLine", "ControlData", "Overlay", "OverlayPeriod"]

FIRST_DAY = date(1923, 7, 7)  # the NKAO decree: where the data begins


@dataclass(frozen=True)
class Area(Shaped):
    """One control area: names as each side uses them, its km² and its geometry.

    Parameters
    ----------
    id : str
        ``nkao-core``, ``kalbajar`` …; the key of ``periods.csv``.
    name : str
        The English common name.
    name_hy, name_az : str
        Armenian- and Azerbaijani-usage names; empty where not needed.
    km2 : float
        Geodesic area from the build, so sums never depend on a projection at run time.
    note : str
    shape : shapely.geometry.base.BaseGeometry or mapping
        Or a checked GeoJSON geometry; ``geometry`` is it as shapely's. Not compared and
        not shown in ``repr``.

    Examples
    --------
    >>> from shapely import box
    >>> a = Area("x", "X", "", "", 12.5, "", box(46.0, 39.0, 46.1, 39.1))
    >>> a == Area("x", "X", "", "", 12.5, "", box(0, 0, 1, 1)), "geometry" in repr(a)
    (True, False)
    """

    id: str
    name: str
    name_hy: str
    name_az: str
    km2: float
    note: str
    shape: BaseGeometry | Mapping = field(repr=False, compare=False)


@dataclass(frozen=True)
class OverlayPeriod:
    """When an overlay is in force, in what state, and on whose word.

    Parameters
    ----------
    start, end : datetime.date
        Half-open ``[start, end)``; unlike control, an overlay's periods need not tile.
    status : str
        One of ``OVERLAY_STATUSES`` (``deployed``, ``closed`` …).
    confidence : str
    source : str
    note : str

    Examples
    --------
    >>> p = OverlayPeriod(date(2020, 11, 10), date(2024, 6, 12), "deployed", "High", "src", "")
    >>> p.start < p.end
    True
    """

    start: date
    end: date
    status: str
    confidence: str
    source: str
    note: str


@dataclass(frozen=True)
class Overlay(Shaped):
    """A layer that is not control (peacekeeping zone, blockade), with its own periods.

    Kept apart from control so a zone never changes who holds an area, only what is drawn on top.

    Parameters
    ----------
    id : str
    name : str
    source : str
    accuracy : str
        How exact the geometry is.
    shape : shapely.geometry.base.BaseGeometry or mapping
        Or a checked GeoJSON geometry; ``geometry`` is it as shapely's.
    periods : tuple of OverlayPeriod, optional
        Sorted by start; empty means never shown.

    Examples
    --------
    >>> from shapely import box
    >>> o = Overlay("zone", "Zone", "src", "rough", box(0, 0, 1, 1))
    >>> o.period_at(date(2021, 1, 1)) is None
    True
    """

    id: str
    name: str
    source: str
    accuracy: str
    shape: BaseGeometry | Mapping = field(repr=False, compare=False)
    periods: tuple[OverlayPeriod, ...] = ()

    def period_at(self, day: date) -> OverlayPeriod | None:
        """The period in force on ``day``, or None when the overlay is not shown.

        Parameters
        ----------
        day : datetime.date

        Returns
        -------
        OverlayPeriod or None

        Examples
        --------
        >>> from shapely import box
        >>> p = OverlayPeriod(date(2020, 11, 10), date(2024, 6, 12), "deployed", "High", "src", "")
        >>> o = Overlay("zone", "Zone", "src", "rough", box(0, 0, 1, 1), (p,))
        >>> o.period_at(date(2021, 1, 1)).status, o.period_at(date(2024, 6, 12))
        ('deployed', None)
        """
        return next((p for p in self.periods if p.start <= day < p.end), None)


@dataclass(frozen=True)
class AuthoredLine(Shaped):
    """An authored line (1994 line of contact, corridor routes …) with its source.

    Parameters
    ----------
    id, name : str
    source : str
    accuracy : str
        How exact the drawing is.
    confidence : str
    shape : shapely.geometry.base.BaseGeometry or mapping
        Or a checked GeoJSON geometry; ``geometry`` is it as shapely's.
    shown_from, shown_until : datetime.date or None, optional
        The map draws the line on ``[shown_from, shown_until)``; construction lines (used
        to cut areas) have neither and are never drawn.

    Examples
    --------
    >>> from shapely import LineString
    >>> line = AuthoredLine("loc", "Line", "src", "rough", "Medium", LineString([(0, 0), (1, 1)]),
    ...                     date(1994, 5, 12), date(2020, 11, 10))
    >>> line.shown_on(date(2000, 1, 1)), line.shown_on(date(2020, 11, 10))
    (True, False)
    """

    id: str
    name: str
    source: str
    accuracy: str
    confidence: str
    shape: BaseGeometry | Mapping = field(repr=False, compare=False)
    # The map draws the line on [shown_from, shown_until); construction lines have neither.
    shown_from: date | None = None
    shown_until: date | None = None

    def shown_on(self, day: date) -> bool:
        """Whether the map draws the line on ``day``.

        Parameters
        ----------
        day : datetime.date

        Returns
        -------
        bool
            Never for a line without ``shown_from``.

        Examples
        --------
        >>> from shapely import LineString
        >>> edge = AuthoredLine("e", "Edge", "src", "rough", "High", LineString([(0, 0), (1, 1)]))
        >>> edge.shown_on(date(2000, 1, 1))
        False
        """
        if self.shown_from is None:
            return False
        return self.shown_from <= day and (self.shown_until is None or day < self.shown_until)


@dataclass
class ControlData:
    """Everything the map and the CLI need about control, loaded once.

    Parameters
    ----------
    areas : dict of str to Area
    timeline : ControlTimeline
        Holds only the areas whose periods tile the range.
    overlays : dict of str to Overlay
    events : list of Event
    lines : dict of str to AuthoredLine
    checked_at_build : bool, default False
        Loaded from the shipped files as the build checked them (:mod:`geodata.prebuilt`):
        the map may draw their layers as the build made them.

    Examples
    --------
    >>> from geodata.control import load_control
    >>> data, _ = load_control()
    >>> set(data.timeline.areas) <= set(data.areas)
    True
    """

    areas: dict[str, Area]
    timeline: ControlTimeline
    overlays: dict[str, Overlay]
    events: list[Event]
    lines: dict[str, AuthoredLine]
    checked_at_build: bool = False  # the shipped data, unchanged: see geodata.prebuilt
    _tree: STRtree | None = field(default=None, repr=False)
    _tree_ids: list[str] = field(default_factory=list, repr=False)

    def area_at(self, lat: float, lon: float) -> Area | None:
        """The control area containing the point, or None outside the conflict zone.

        The spatial index is built on the first call, so loading stays cheap for the CLI.

        Parameters
        ----------
        lat, lon : float
            Degrees.

        Returns
        -------
        Area or None

        Examples
        --------
        >>> from geodata.control import load_control
        >>> data, _ = load_control()
        >>> data.area_at(39.8177, 46.7528).id  # Stepanakert / Khankendi
        'nkao-core'
        >>> data.area_at(40.18, 44.51) is None  # Yerevan
        True
        """
        from shapely import STRtree
        from shapely.geometry import Point

        if self._tree is None:
            self._tree_ids = [a for a in self.areas if a in self.timeline]
            self._tree = STRtree([self.areas[a].geometry for a in self._tree_ids])
        hits = self._tree.query(Point(lon, lat), predicate="intersects")
        return self.areas[self._tree_ids[min(hits)]] if len(hits) else None

    def prepare(self) -> None:
        """Build the spatial index now, as :meth:`area_at` does on its first call.

        The shipped data loads without shapely; its import, the areas' geometries and the
        index take ~60 ms, which the window spends once it is idle rather than on the
        user's first click.

        Examples
        --------
        >>> from geodata.control import load_control
        >>> data, _ = load_control()
        >>> data.prepare()
        >>> data._tree is not None
        True
        """
        self.area_at(0.0, 0.0)

    def overlays_at(self, day: date) -> dict[str, OverlayPeriod]:
        """The overlays shown on ``day`` with their period.

        Parameters
        ----------
        day : datetime.date

        Returns
        -------
        dict of str to OverlayPeriod
            Empty when none is in force.

        Examples
        --------
        >>> from geodata.control import load_control
        >>> data, _ = load_control()
        >>> data.overlays_at(date(2000, 1, 1))
        {}
        """
        out = {}
        for oid, overlay in self.overlays.items():
            period = overlay.period_at(day)
            if period:
                out[oid] = period
        return out
