"""Where story sections sit on the map: anchor points, fly-to bounds, call-outs, highlights.

The story says *which* places a section is about (place ids, ``area:<id>``, points); this
module turns that into coordinates with the gazetteer and the control areas, so the viewer
only has to send messages. Everything here is pure and needs no window.

>>> from datetime import date
>>> from geodata.atlas import load_atlas
>>> data = load_atlas()
>>> [c.id for c in callouts_at(data.story, date(2020, 10, 15), data.places, data.control)]
['second-war', 'always-in-corner']
>>> date_label(data.story.section("second-war"))
'27 Sep 2020 – 10 Nov 2020'
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from geodata.control import ControlData
from geodata.dates import day_label, range_label
from geodata.places import Place
from geodata.story import first_sentence, sections_at
from geodata.story.map_date import map_dates
from geodata.story.model import Bounds, PlaceRef, Section, Story
from geodata.views import VIEWS

__all__ = [
    "PAD_DEGREES",
    "CalloutSpec",
    "TourStep",
    "callouts_at",
    "date_label",
    "highlight_ids",
    "ref_point",
    "section_bounds",
    "section_days",
    "section_points",
    "tour_steps",
]

PAD_DEGREES = 0.35  # room around a section's places when the map flies to them

Point = tuple[float, float]


@dataclass(frozen=True)
class CalloutSpec:
    """A section's pop-up: where it is anchored and the plain text it shows (escape it).

    The bridge sends it to the page as it is (``viewer.map.messages.SetCallouts``).
    """

    id: str
    lat: float
    lon: float
    title: str
    date: str
    text: str


def date_label(section: Section) -> str:
    """The section's date at its own precision: ``Aug 1993``, ``1991 – Feb 2022``."""
    return range_label(section.start, section.end)


def ref_point(
    ref: PlaceRef, places: Mapping[str, Place], control: ControlData | None
) -> tuple[float, float] | None:
    """``(lat, lon)`` of a place reference, or ``None`` when the data does not know it.

    A control area is anchored at a point guaranteed inside it (not its centroid, which
    can fall outside a crescent-shaped area).
    """
    if ref.kind == "point":
        return (ref.lat, ref.lon)
    if ref.kind == "place":
        place = places.get(ref.id)
        return (place.lat, place.lon) if place else None
    area = control.areas.get(ref.id) if control else None
    if area is None:
        return None
    inside = area.geometry.representative_point()
    return (inside.y, inside.x)


def section_points(
    section: Section, places: Mapping[str, Place], control: ControlData | None
) -> list[Point]:
    """The known points of a section's places, in the order the story lists them."""
    points = (ref_point(ref, places, control) for ref in section.places)
    return [p for p in points if p is not None]


def _union(boxes: Iterable[Bounds]) -> Bounds | None:
    boxes = list(boxes)
    if not boxes:
        return None
    return (
        (min(b[0][0] for b in boxes), min(b[0][1] for b in boxes)),
        (max(b[1][0] for b in boxes), max(b[1][1] for b in boxes)),
    )


def section_bounds(
    section: Section, places: Mapping[str, Place], control: ControlData | None
) -> Bounds | None:
    """Where the map flies for a section: its view (named or explicit), widened to its places.

    Every known place of the section is inside the result, with :data:`PAD_DEGREES` of
    room; ``None`` when the section has neither a view nor a known place.
    """
    boxes = []
    if section.bounds:
        boxes.append(section.bounds)
    elif section.view in VIEWS:
        boxes.append(VIEWS[section.view][1])
    boxes += [
        ((lat - PAD_DEGREES, lon - PAD_DEGREES), (lat + PAD_DEGREES, lon + PAD_DEGREES))
        for lat, lon in section_points(section, places, control)
    ]
    return _union(boxes)


def section_days(section: Section, control: ControlData | None) -> tuple[date, ...]:
    """The day the section's map shows, or its (before, after) pair: see :mod:`.map_date`.

    The one place the app asks, so that the Story click, the tour, the presenter view, the
    handout and the exports show the same map for a section.
    """
    if control is None:
        return map_dates(section)
    t = control.timeline
    return map_dates(section, t.change_dates, t.first_day, t.last_day)


@dataclass(frozen=True)
class TourStep:
    """One step of the tour: a section and the day its map shows.

    A section with a before → after pair is two steps; ``phase`` says which one
    (``"before"``, ``"after"``; ``""`` for a section with one map day).
    """

    section: Section
    day: date
    phase: str = ""

    @property
    def map_label(self) -> str:
        """``Map: 26 Sep 2020 (before)``, for captions and the presenter view."""
        return f"Map: {day_label(self.day)}" + (f" ({self.phase})" if self.phase else "")


def tour_steps(story: Story | None, control: ControlData | None) -> tuple[TourStep, ...]:
    """The story's sections in order, a section with a before → after pair as two steps."""
    steps: list[TourStep] = []
    for section in story.sections if story else ():
        days = section_days(section, control)
        phases = ("before", "after") if len(days) == 2 else ("",)
        steps += [TourStep(section, day, phase) for day, phase in zip(days, phases, strict=True)]
    return tuple(steps)


def highlight_ids(section: Section) -> tuple[str, ...]:
    """Ids the map outlines for a section: its ``highlight`` areas, then its places and areas."""
    ids = list(section.highlight)
    ids += [ref.id for ref in section.places if ref.kind != "point"]
    return tuple(dict.fromkeys(ids))


def callouts_at(
    story: Story | None, day: date, places: Mapping[str, Place], control: ControlData | None
) -> tuple[CalloutSpec, ...]:
    """The pop-ups to show on ``day``: one per section covering it, at its first known place.

    Sections without any known place cannot be anchored and get no pop-up (the panel
    still lists them).
    """
    if story is None:
        return ()
    out = []
    for section in sections_at(story, day):
        points = section_points(section, places, control)
        if points:
            lat, lon = points[0]
            text = first_sentence(section)
            out.append(CalloutSpec(section.id, lat, lon, section.title, date_label(section), text))
    return tuple(out)
