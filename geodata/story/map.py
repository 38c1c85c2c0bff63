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
from geodata.i18n import QT_TRANSLATE_NOOP, translate
from geodata.map_labels import READABLE_ZOOM
from geodata.places import Place
from geodata.story import first_sentence, sections_at
from geodata.story.map_date import map_dates
from geodata.story.model import Bounds, PlaceRef, Section, Story
from geodata.views import VIEWS

__all__ = [
    "PAD_DEGREES",
    "CalloutSpec",
    "SectionFrame",
    "TourStep",
    "callouts_at",
    "date_label",
    "highlight_ids",
    "named_places",
    "ref_point",
    "section_bounds",
    "section_days",
    "section_frame",
    "section_points",
    "tour_steps",
]

PAD_DEGREES = 0.35  # room around a section's places when the map flies to them

Point = tuple[float, float]


@dataclass(frozen=True)
class CalloutSpec:
    r"""A section's pop-up: where it is anchored and the plain text it shows (escape it).

    The bridge sends it to the page as it is (``viewer.map.messages.SetCallouts``).

    Parameters
    ----------
    id : str
        The section id; a click on the pop-up opens that section.
    lat, lon : float
        The anchor.
    title : str
    date : str
        The section's date label, at its precision.
    text : str
        The body's first sentence, plain text.

    Examples
    --------
    >>> from geodata.places import load_places
    >>> from geodata.story import StoryMeta, parse_story
    >>> text = ("## War\n```meta\nid: war\ndate: 2020-09-27 .. 2020-11-10\n"
    ...         "places: shusha, atlantis, 39.5,46.5\nhighlight: nkao-core\n```\n"
    ...         "Fighting. Then calm.")
    >>> war = parse_story(text, known_places={"shusha", "atlantis"})[0].sections[0]
    >>> places = load_places()
    >>> callouts_at(Story(StoryMeta("T"), (war,)), date(2020, 10, 1), places, None)[0].text
    'Fighting.'
    """

    id: str
    lat: float
    lon: float
    title: str
    date: str
    text: str


def date_label(section: Section) -> str:
    """The section's date at its own precision: ``Aug 1993``, ``1991 – Feb 2022``.

    Parameters
    ----------
    section : Section

    Returns
    -------
    str

    Examples
    --------
    >>> from geodata.dates import PartialDate as P
    >>> date_label(Section("s", "S", "", P.parse("1991"), P.parse("2022-02")))
    '1991 – Feb 2022'
    """
    return range_label(section.start, section.end)


def ref_point(
    ref: PlaceRef, places: Mapping[str, Place], control: ControlData | None
) -> tuple[float, float] | None:
    """``(lat, lon)`` of a place reference, or ``None`` when the data does not know it.

    A control area is anchored at a point guaranteed inside it (not its centroid, which
    can fall outside a crescent-shaped area).

    Parameters
    ----------
    ref : PlaceRef
    places : mapping of str to Place
    control : ControlData or None
        Needed only for ``area:`` references.

    Returns
    -------
    tuple of float or None

    Examples
    --------
    >>> from geodata.places import load_places
    >>> places = load_places()
    >>> ref_point(PlaceRef("place", "shusha"), places, None)
    (39.76006, 46.74989)
    >>> ref_point(PlaceRef("point", lat=39.5, lon=46.5), {}, None)
    (39.5, 46.5)
    >>> ref_point(PlaceRef("area", "kalbajar"), places, None) is None
    True
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
    r"""The known points of a section's places, in the order the story lists them.

    Unknown places are skipped, so a section still gets a map from the places that resolve.

    Parameters
    ----------
    section : Section
    places : mapping of str to Place
    control : ControlData or None

    Returns
    -------
    list of tuple of float
        ``(lat, lon)`` pairs; empty when none is known.

    Examples
    --------
    >>> from geodata.places import load_places
    >>> from geodata.story import StoryMeta, parse_story
    >>> text = ("## War\n```meta\nid: war\ndate: 2020-09-27 .. 2020-11-10\n"
    ...         "places: shusha, atlantis, 39.5,46.5\nhighlight: nkao-core\n```\n"
    ...         "Fighting. Then calm.")
    >>> war = parse_story(text, known_places={"shusha", "atlantis"})[0].sections[0]
    >>> places = load_places()
    >>> section_points(war, places, None)
    [(39.76006, 46.74989), (39.5, 46.5)]
    """
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
    r"""Where the map flies for a section: its view (named or explicit), widened to its places.

    Every known place of the section is inside the result, with :data:`PAD_DEGREES` of
    room; ``None`` when the section has neither a view nor a known place.

    Parameters
    ----------
    section : Section
    places : mapping of str to Place
    control : ControlData or None

    Returns
    -------
    tuple of tuple of float or None
        ``((south, west), (north, east))``.

    Examples
    --------
    >>> from geodata.places import load_places
    >>> from geodata.story import StoryMeta, parse_story
    >>> text = ("## War\n```meta\nid: war\ndate: 2020-09-27 .. 2020-11-10\n"
    ...         "places: shusha, atlantis, 39.5,46.5\nhighlight: nkao-core\n```\n"
    ...         "Fighting. Then calm.")
    >>> war = parse_story(text, known_places={"shusha", "atlantis"})[0].sections[0]
    >>> places = load_places()
    >>> [[round(v, 2) for v in corner] for corner in section_bounds(war, places, None)]
    [[39.15, 46.15], [40.11, 47.1]]
    >>> [[round(v, 2) for v in corner] for corner in section_bounds(war, {}, None)]
    [[39.15, 46.15], [39.85, 46.85]]
    >>> section_bounds(Section("s", "S", "", war.start), {}, None) is None
    True
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


@dataclass(frozen=True)
class SectionFrame:
    """How the map frames a section: its bounds, and for a far-flung one, a limit.

    Parameters
    ----------
    bounds : Bounds
        ``((south, west), (north, east))`` to fit.
    keep : Bounds or None
        What stays in view when ``bounds`` do not fit at ``min_zoom``.
    min_zoom : float
        The map zooms out no further (0: no limit).

    Examples
    --------
    >>> SectionFrame(((39.0, 46.0), (40.0, 47.0))).min_zoom
    0.0
    """

    bounds: Bounds
    keep: Bounds | None = None
    min_zoom: float = 0.0


def section_frame(
    section: Section, places: Mapping[str, Place], control: ControlData | None
) -> SectionFrame | None:
    r"""Where the map goes for a section: :func:`section_bounds`, kept readable.

    A section whose places reach beyond the South Caucasus (Moscow, Kyiv) is framed with
    the South Caucasus in view and no further out than :data:`READABLE_ZOOM`, so Armenia
    and Azerbaijan stay readable instead of shrinking to a speck; if Moscow does not fit
    beside them, they win.

    Parameters
    ----------
    section : Section
    places : mapping of str to Place
    control : ControlData or None

    Returns
    -------
    SectionFrame or None
        ``None`` when the section has neither a view nor a known place.

    Examples
    --------
    >>> from geodata.places import load_places
    >>> from geodata.story import parse_story
    >>> text = ("## Far\n```meta\nid: far\ndate: 2022\nplaces: moscow, yerevan\n```\nFar.\n"
    ...         "## Near\n```meta\nid: near\ndate: 2020\nplaces: shusha\n```\nNear.")
    >>> far, near = parse_story(text, known_places={"moscow", "yerevan", "shusha"})[0].sections
    >>> places = load_places()
    >>> frame = section_frame(far, places, None)
    >>> frame.keep == VIEWS["caucasus"][1], frame.min_zoom
    (True, 5.5)
    >>> section_frame(near, places, None).min_zoom
    0.0
    """
    bounds = section_bounds(section, places, control)
    if bounds is None:
        return None
    (south, west), (north, east) = bounds
    (s, w), (n, e) = caucasus = VIEWS["caucasus"][1]
    if s <= south and w <= west and north <= n and east <= e:
        return SectionFrame(bounds)
    return SectionFrame(_union((bounds, caucasus)), keep=caucasus, min_zoom=READABLE_ZOOM)


def section_days(section: Section, control: ControlData | None) -> tuple[date, ...]:
    r"""The day the section's map shows, or its (before, after) pair: see :mod:`.map_date`.

    The one place the app asks, so that the Story click, the tour, the presenter view, the
    handout and the exports show the same map for a section.

    Parameters
    ----------
    section : Section
    control : ControlData or None
        Supplies change dates and the range; without it, the section's own dates decide.

    Returns
    -------
    tuple of datetime.date

    Examples
    --------
    >>> from geodata.places import load_places
    >>> from geodata.story import StoryMeta, parse_story
    >>> text = ("## War\n```meta\nid: war\ndate: 2020-09-27 .. 2020-11-10\n"
    ...         "places: shusha, atlantis, 39.5,46.5\nhighlight: nkao-core\n```\n"
    ...         "Fighting. Then calm.")
    >>> war = parse_story(text, known_places={"shusha", "atlantis"})[0].sections[0]
    >>> places = load_places()
    >>> section_days(war, None)
    (datetime.date(2020, 11, 10),)
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

    Parameters
    ----------
    section : Section
    day : datetime.date
    phase : {"", "before", "after"}, default ""

    Examples
    --------
    >>> from geodata.dates import PartialDate as P
    >>> step = TourStep(Section("w", "W", "", P.parse("2020")), date(2020, 9, 26), "before")
    >>> step.map_label
    'Map: 26 Sep 2020 (before)'
    """

    section: Section
    day: date
    phase: str = ""

    @property
    def map_label(self) -> str:
        """``Map: 26 Sep 2020 (before)``, for captions and the presenter view.

        Returns
        -------
        str

        Examples
        --------
        >>> from geodata.dates import PartialDate as P
        >>> TourStep(Section("w", "W", "", P.parse("2020")), date(2020, 12, 31)).map_label
        'Map: 31 Dec 2020'
        """
        label = translate("TourStep", "Map: {day}").format(day=day_label(self.day))
        return label + (f" ({translate('TourStep', PHASES[self.phase])})" if self.phase else "")


# A before → after pair's two phases, as the presenter view and the tour card name them.
PHASES = {
    "before": QT_TRANSLATE_NOOP("TourStep", "before"),
    "after": QT_TRANSLATE_NOOP("TourStep", "after"),
}


def tour_steps(story: Story | None, control: ControlData | None) -> tuple[TourStep, ...]:
    """The story's sections in order, a section with a before → after pair as two steps.

    Parameters
    ----------
    story : Story or None
    control : ControlData or None

    Returns
    -------
    tuple of TourStep
        Empty without a story.

    Examples
    --------
    >>> from geodata.dates import PartialDate as P
    >>> from geodata.story import StoryMeta
    >>> pair = (date(2020, 9, 26), date(2020, 11, 10))
    >>> war = Section("w", "W", "", P.parse("2020-09-27"), map_dates=pair)
    >>> [s.phase for s in tour_steps(Story(StoryMeta("T"), (war,)), None)]
    ['before', 'after']
    >>> tour_steps(None, None)
    ()
    """
    steps: list[TourStep] = []
    for section in story.sections if story else ():
        days = section_days(section, control)
        phases = ("before", "after") if len(days) == 2 else ("",)
        steps += [TourStep(section, day, phase) for day, phase in zip(days, phases, strict=True)]
    return tuple(steps)


def highlight_ids(section: Section) -> tuple[str, ...]:
    r"""Ids the map outlines for a section: its ``highlight`` areas, then its places and areas.

    Parameters
    ----------
    section : Section

    Returns
    -------
    tuple of str
        Without duplicates or points.

    Examples
    --------
    >>> from geodata.places import load_places
    >>> from geodata.story import StoryMeta, parse_story
    >>> text = ("## War\n```meta\nid: war\ndate: 2020-09-27 .. 2020-11-10\n"
    ...         "places: shusha, atlantis, 39.5,46.5\nhighlight: nkao-core\n```\n"
    ...         "Fighting. Then calm.")
    >>> war = parse_story(text, known_places={"shusha", "atlantis"})[0].sections[0]
    >>> places = load_places()
    >>> highlight_ids(war)
    ('nkao-core', 'shusha', 'atlantis')
    """
    ids = list(section.highlight)
    ids += [ref.id for ref in section.places if ref.kind != "point"]
    return tuple(dict.fromkeys(ids))


def named_places(sections: Iterable[Section]) -> tuple[str, ...]:
    r"""The gazetteer places the sections name: the map writes their names at every zoom.

    Parameters
    ----------
    sections : iterable of Section
        The current ones (the sections of the date, or the tour's step).

    Returns
    -------
    tuple of str
        Place ids in story order, without duplicates; areas and points are not places.

    Examples
    --------
    >>> from geodata.story import StoryMeta, parse_story
    >>> text = ("## War\n```meta\nid: war\ndate: 2020-09-27 .. 2020-11-10\n"
    ...         "places: shusha, area:kalbajar, lachin, 39.5,46.5, shusha\n```\nFighting.")
    >>> war = parse_story(text, known_places={"shusha", "lachin"})[0].sections[0]
    >>> named_places([war]), named_places([])
    (('shusha', 'lachin'), ())
    """
    ids = (ref.id for section in sections for ref in section.places if ref.kind == "place")
    return tuple(dict.fromkeys(ids))


def callouts_at(
    story: Story | None, day: date, places: Mapping[str, Place], control: ControlData | None
) -> tuple[CalloutSpec, ...]:
    r"""The pop-ups to show on ``day``: one per section covering it, at its first known place.

    Sections without any known place cannot be anchored and get no pop-up (the panel
    still lists them).

    Parameters
    ----------
    story : Story or None
    day : datetime.date
    places : mapping of str to Place
    control : ControlData or None

    Returns
    -------
    tuple of CalloutSpec
        Empty without a story or on a day no section covers.

    Examples
    --------
    >>> from geodata.places import load_places
    >>> from geodata.story import StoryMeta, parse_story
    >>> text = ("## War\n```meta\nid: war\ndate: 2020-09-27 .. 2020-11-10\n"
    ...         "places: shusha, atlantis, 39.5,46.5\nhighlight: nkao-core\n```\n"
    ...         "Fighting. Then calm.")
    >>> war = parse_story(text, known_places={"shusha", "atlantis"})[0].sections[0]
    >>> places = load_places()
    >>> story = Story(StoryMeta("T"), (war,))
    >>> [(c.id, c.lat, c.date) for c in callouts_at(story, date(2020, 10, 1), places, None)]
    [('war', 39.76006, '27 Sep 2020 – 10 Nov 2020')]
    >>> after = date(2021, 1, 1)
    >>> callouts_at(story, after, places, None), callouts_at(None, after, {}, None)
    ((), ())
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
