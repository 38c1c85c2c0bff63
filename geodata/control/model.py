"""What control data holds: areas, overlays, authored lines, and the loaded whole.

Plain dataclasses; :mod:`geodata.control.files` reads them from ``resources/control`` and
:mod:`geodata.control` is the API the app and the CLI use (``load_control``, ``stats``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from shapely import STRtree
from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry

from geodata.events import Event
from geodata.timeline import ControlTimeline

__all__ = ["FIRST_DAY", "Area", "AuthoredLine", "ControlData", "Overlay", "OverlayPeriod"]

FIRST_DAY = date(1923, 7, 7)  # the NKAO decree: where the data begins


@dataclass(frozen=True)
class Area:
    """One control area: names as each side uses them, its km² and its geometry."""

    id: str
    name: str
    name_hy: str
    name_az: str
    km2: float
    note: str
    geometry: BaseGeometry = field(repr=False, compare=False)


@dataclass(frozen=True)
class OverlayPeriod:
    start: date
    end: date
    status: str
    confidence: str
    source: str
    note: str


@dataclass(frozen=True)
class Overlay:
    """A layer that is not control (peacekeeping zone, blockade), with its own periods."""

    id: str
    name: str
    source: str
    accuracy: str
    geometry: BaseGeometry = field(repr=False, compare=False)
    periods: tuple[OverlayPeriod, ...] = ()

    def period_at(self, day: date) -> OverlayPeriod | None:
        """The period in force on ``day``, or None when the overlay is not shown."""
        return next((p for p in self.periods if p.start <= day < p.end), None)


@dataclass(frozen=True)
class AuthoredLine:
    """An authored line (1994 line of contact, corridor routes …) with its source."""

    id: str
    name: str
    source: str
    accuracy: str
    confidence: str
    geometry: BaseGeometry = field(repr=False, compare=False)
    # The map draws the line on [shown_from, shown_until); construction lines have neither.
    shown_from: date | None = None
    shown_until: date | None = None

    def shown_on(self, day: date) -> bool:
        if self.shown_from is None:
            return False
        return self.shown_from <= day and (self.shown_until is None or day < self.shown_until)


@dataclass
class ControlData:
    """Everything the map and the CLI need about control, loaded once."""

    areas: dict[str, Area]
    timeline: ControlTimeline
    overlays: dict[str, Overlay]
    events: list[Event]
    lines: dict[str, AuthoredLine]
    _tree: STRtree | None = field(default=None, repr=False)
    _tree_ids: list[str] = field(default_factory=list, repr=False)

    def area_at(self, lat: float, lon: float) -> Area | None:
        """The control area containing the point, or None outside the conflict zone."""
        if self._tree is None:
            self._tree_ids = [a for a in self.areas if a in self.timeline]
            self._tree = STRtree([self.areas[a].geometry for a in self._tree_ids])
        hits = self._tree.query(Point(lon, lat), predicate="intersects")
        return self.areas[self._tree_ids[min(hits)]] if len(hits) else None

    def overlays_at(self, day: date) -> dict[str, OverlayPeriod]:
        """The overlays shown on ``day`` with their period."""
        out = {}
        for oid, overlay in self.overlays.items():
            period = overlay.period_at(day)
            if period:
                out[oid] = period
        return out
