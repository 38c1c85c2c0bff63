"""How the map looks: area fills, lines and overlays, event markers, and the one legend builder.

The map page knows no history and no palette: Python tells it, for each area, line and
marker, what to draw. Everything here is pure (no Qt), so the main map, compare mode, the
exports and the tests all colour things the same way, and a colour changes in one place.
The viewer's map controller only decides *when* to send it (see ``viewer/map/controller.py``).

The colour rule does not draw the eye to the wrong places: Armenia and Azerbaijan are
filled in full, in every view. Land held by the state it is internationally recognised as
part of (:func:`geodata.control.recognised_state`) is a pale :func:`tint` of that state's
colour; land held by another party — the NKR and Armenian forces in Azerbaijan, Azerbaijani
forces in Armenia, the exclaves, the peacekeepers' corridor — is in full colour; only
contested or claimed control is hatched.

>>> from datetime import date
>>> from geodata.control import load_control
>>> control, _ = load_control()
>>> styles = area_styles(control, control.timeline.state_at(date(1992, 5, 10)))
>>> styles["kalbajar"].fill == tint(controllers.colour("AZ"))  # Azerbaijan's, held by it
True
>>> styles["shusha-town"].fill == controllers.colour("NKR")
True
>>> [e.label for e in legend_at(control, date(1980, 1, 1)).entries][:2]
['Azerbaijan (its recognised territory)', 'Armenia (its recognised territory)']
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from geodata.compare import Change
from geodata.control import ControlData, controllers, nkao, recognised_state
from geodata.data_texts import data_text
from geodata.dates import day_label
from geodata.events import KIND_COLOURS, OTHER_COLOUR, events_on
from geodata.i18n import QT_TRANSLATE_NOOP, translate
from geodata.timeline import AreaState, ControlTimeline

__all__ = [
    "BLOCKADE",
    "CHANGE_LEGEND_NOTE",
    "CORRIDOR",
    "COUNTRIES",
    "DISPUTED_BORDER",
    "FORMER_NKAO",
    "FRONT_LINE",
    "LEGEND_NOTE",
    "MUTED",
    "NKAO_BOUNDARY",
    "PEACEKEEPING",
    "STATUS_SWATCH",
    "AreaStyle",
    "EventMark",
    "Legend",
    "LegendEntry",
    "LineKind",
    "area_style",
    "area_styles",
    "change_legend",
    "change_styles",
    "contested_at_home",
    "events_at",
    "held_outside",
    "holders_at",
    "km2_text",
    "legend",
    "legend_at",
    "legend_over",
    "line_kind",
    "line_style",
    "lines_visible",
    "nkao_kind",
    "nkao_style",
    "nkao_visible",
    "overlay_kind",
    "overlay_style",
    "overlays_visible",
    "short_label",
    "tint",
]

LEGEND_NOTE = QT_TRANSLATE_NOOP(
    "legend",
    "Pale: held by the state it is recognised as part of. Hatched: contested or claimed. "
    "Areas and lines are approximate.",
)
COUNTRIES = ("AZ", "AM")  # filled in full, in every view
TINT_SHARE = 0.4  # a pale tint: this much of the colour, the rest white
CHANGE_LEGEND_NOTE = QT_TRANSLATE_NOOP(
    "legend", "Colour: de facto control on date B. Areas are approximate."
)
MUTED = "#B0B0B0"  # compare mode: areas that did not change hands
STATUS_SWATCH = "#555555"  # the legend's hatched swatch for a non-stable status


@dataclass(frozen=True)
class AreaStyle:
    """How one control area looks at the current date (the page knows no history).

    Parameters
    ----------
    fill : str
        Hex colour of the controller.
    status : {"stable", "contested", "claimed"}, default "stable"
        Hatched unless stable.
    label : str, default ""
        The hover tooltip: the area and its controller's full name.

    Examples
    --------
    >>> from datetime import date
    >>> from geodata.timeline import AreaState
    >>> area_style("Shusha", AreaState("NKR", "contested", date(1992, 5, 9))).status
    'contested'
    """

    fill: str
    status: str = "stable"  # stable | contested | claimed: hatched unless stable
    label: str = ""  # the controller's full name, for the hover tooltip


@dataclass(frozen=True)
class LegendEntry:
    """One legend row: a fill swatch (hatched unless ``status`` is stable) or a ``line``.

    Parameters
    ----------
    label : str
    color : str
        Hex colour of the swatch or the line.
    status : {"stable", "contested", "claimed", "line"}, default "stable"

    Examples
    --------
    >>> LegendEntry("Azerbaijan", "#0072B2").status
    'stable'
    """

    label: str
    color: str
    status: str = "stable"


@dataclass(frozen=True)
class Legend:
    """The legend box: a title ("De facto control"), one row per entry, a note.

    Parameters
    ----------
    title : str, default ""
    entries : tuple of LegendEntry, default ()
    note : str, default ""
        The caveat under the rows (areas are approximate …).

    Examples
    --------
    >>> Legend().entries
    ()
    """

    title: str = ""
    entries: tuple[LegendEntry, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class EventMark:
    """A chronology event on the map: a small marker coloured by kind.

    Parameters
    ----------
    id : str
    lat, lon : float
    title : str
    date : str
        The event's date label, at its precision.
    color : str
        The kind's colour, shared with the timeline's ticks.

    Examples
    --------
    >>> EventMark("x", 39.8, 46.75, "Ceasefire", "12 May 1994", "#2e8b57").title
    'Ceasefire'
    """

    id: str
    lat: float
    lon: float
    title: str
    date: str
    color: str


class LineKind(NamedTuple):
    """How a kind of line or overlay is drawn and named in the legend: colour and dash.

    Kinds are told apart by colour *and* dash, so they read in black and white too.

    Parameters
    ----------
    label : str
        The legend's words.
    color : str
    dash : str
        SVG dash array; ``"1 0"`` is solid.

    Examples
    --------
    >>> label, color, dash = CORRIDOR
    >>> dash
    '1 0'
    """

    label: str
    color: str
    dash: str  # SVG dash array; "1 0" is solid


# Told apart by colour and dash, so that they read in black and white too.
FRONT_LINE = LineKind(
    QT_TRANSLATE_NOOP("lines", "Line of contact / ceasefire line (approximate)"), "#222222", "7 5"
)
CORRIDOR = LineKind(
    QT_TRANSLATE_NOOP("lines", "Lachin corridor route (approximate)"), "#6a3d9a", "1 0"
)
PEACEKEEPING = LineKind(
    QT_TRANSLATE_NOOP("lines", "Russian peacekeeping zone (not a controller)"), "#00795a", "2 5"
)
BLOCKADE = LineKind(QT_TRANSLATE_NOOP("lines", "Lachin corridor blockade"), "#b2182b", "6 3")
NKAO_BOUNDARY = LineKind(
    QT_TRANSLATE_NOOP("lines", "NKAO boundary (autonomous oblast, 1923–1991)"),
    "#6b3e1f",
    "10 4 2 4",
)
FORMER_NKAO = NKAO_BOUNDARY._replace(
    label=QT_TRANSLATE_NOOP("lines", "Former NKAO boundary (abolished 26 Nov 1991)")
)
DISPUTED_BORDER = LineKind(QT_TRANSLATE_NOOP("lines", "Disputed border segment"), "#9a6200", "2 3")


# ---- labels --------------------------------------------------------------------------------


def km2_text(value: float) -> str:
    """An area for a reader: whole km² with thousands separators (the data is not more exact).

    Parameters
    ----------
    value : float

    Returns
    -------
    str

    Examples
    --------
    >>> km2_text(4388.2)
    '4,388 km²'
    >>> km2_text(0.4)
    '0 km²'
    """
    return f"{value:,.0f} km²"


def short_label(code: str) -> str:
    """A controller's label when it is short, else its short name, else its code (for
    narrow tables and legends).

    Parameters
    ----------
    code : str

    Returns
    -------
    str

    Examples
    --------
    >>> short_label("AZ"), short_label("RU"), short_label("NKR")
    ('Azerbaijan', 'Russian peacekeepers', 'NKR')
    """
    name = controllers.label(code)
    if len(name) <= 20:
        return name
    c = controllers.CONTROLLERS.get(code)
    return c.short if c and c.short else code


# ---- areas ---------------------------------------------------------------------------------


def tint(colour: str, share: float = TINT_SHARE) -> str:
    """A pale tint of ``colour``: ``share`` of it, the rest white.

    Parameters
    ----------
    colour : str
        ``#RRGGBB``.
    share : float, default TINT_SHARE
        How much of the colour is kept (0 white, 1 the colour itself).

    Returns
    -------
    str
        ``#RRGGBB``.

    Examples
    --------
    >>> tint("#0072B2")
    '#99C7E0'
    >>> tint("#CC79A7", share=1.0)
    '#CC79A7'
    """
    rgb = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(255 - share * (255 - c)):02X}" for c in rgb)


def area_style(
    name: str, state: AreaState, high_contrast: bool = False, recognised: str = ""
) -> AreaStyle:
    """The look of the area called ``name`` in ``state``: its controller's fill — a pale
    :func:`tint` when the controller is ``recognised`` and control is stable —, hatched
    unless stable, and a tooltip naming the controller (and the status when not stable).

    Parameters
    ----------
    name : str
        The area's display name.
    state : AreaState
    high_contrast : bool, default False
    recognised : str, optional
        The code of the state the area is internationally recognised as part of
        (:func:`geodata.control.recognised_state`); empty: always full colour.

    Returns
    -------
    AreaStyle

    Examples
    --------
    >>> from datetime import date
    >>> from geodata.timeline import AreaState
    >>> area_style("Lachin", AreaState("AZ", "stable", date(2020, 12, 1))).label
    'Lachin: Azerbaijan'
    >>> area_style("Shusha", AreaState("NKR", "contested", date(1992, 5, 9))).label
    'Shusha: Nagorno-Karabakh Republic (Artsakh) / Armenian forces (contested)'
    >>> area_style("Lachin", AreaState("AZ", "stable", date(2020, 12, 1)), recognised="AZ").fill
    '#99C7E0'
    """
    status = "" if state.status == "stable" else f" ({state.status})"
    fill = controllers.colour(state.controller, high_contrast)
    own = state.controller == recognised and state.status == "stable"
    return AreaStyle(
        fill=tint(fill) if own else fill,
        status=state.status,
        label=f"{name}: {controllers.label(state.controller)}{status}",
    )


def area_styles(
    control: ControlData, states: Mapping[str, AreaState], high_contrast: bool = False
) -> dict[str, AreaStyle]:
    """:func:`area_style` of each area in ``states`` (a day's ``state_at`` or a ``diff``),
    pale where the area's own state holds it (:func:`geodata.control.recognised_state`).

    Parameters
    ----------
    control : ControlData
        For the areas' names and the states they are recognised as part of.
    states : mapping of str to AreaState
    high_contrast : bool, default False

    Returns
    -------
    dict of str to AreaStyle
        Empty for an empty ``states`` (nothing changed).

    Examples
    --------
    >>> from datetime import date
    >>> from geodata.control import load_control
    >>> control, _ = load_control()
    >>> area_styles(control, control.timeline.diff(date(2000, 1, 1), date(2000, 1, 2)))
    {}
    """
    areas, timeline = control.areas, control.timeline
    return {
        a: area_style(areas[a].name, state, high_contrast, recognised_state(timeline, a))
        for a, state in states.items()
    }


def change_styles(
    control: ControlData, changes: Iterable[Change], b: date, high_contrast: bool = False
) -> dict[str, AreaStyle]:
    """Compare mode: a style for every area, the ones that changed hands in their controller's
    colour on ``b`` (the tooltip says from → to), the rest :data:`MUTED`.

    Parameters
    ----------
    control : ControlData
    changes : iterable of Change
        As :func:`geodata.compare.compare` returns them.
    b : datetime.date
        The later date of the comparison.
    high_contrast : bool, default False

    Returns
    -------
    dict of str to AreaStyle
        One per area of the timeline.

    Examples
    --------
    >>> from datetime import date
    >>> from geodata.control import load_control
    >>> control, _ = load_control()
    >>> styles = change_styles(control, [], date(2000, 1, 1))
    >>> {s.fill for s in styles.values()} == {MUTED}
    True
    """
    changed = {c.area: c for c in changes}
    styles = {}
    for area in control.timeline.areas:
        name = control.areas[area].name
        c = changed.get(area)
        if c is None:
            holder = controllers.label(control.timeline.state_of(area, b).controller)
            styles[area] = AreaStyle(MUTED, "stable", f"{name}: did not change hands ({holder})")
        else:
            styles[area] = AreaStyle(
                controllers.colour(c.to_controller, high_contrast),
                "stable",
                f"{name}: changed hands, {controllers.label(c.from_controller)} → "
                f"{controllers.label(c.to_controller)}, {km2_text(c.km2)}",
            )
    return styles


# ---- lines and overlays --------------------------------------------------------------------


def line_kind(line) -> LineKind:
    """A corridor route, a disputed border segment or the line of contact (an
    :class:`~geodata.control.AuthoredLine`), told by the line's id.

    Parameters
    ----------
    line : AuthoredLine
        Anything with an ``id``.

    Returns
    -------
    LineKind

    Examples
    --------
    >>> from types import SimpleNamespace as L
    >>> line_kind(L(id="corridor-2020")) is CORRIDOR, line_kind(L(id="loc-1994")) is FRONT_LINE
    (True, True)
    >>> line_kind(L(id="disputed-border-sev-lich")) is DISPUTED_BORDER
    True
    """
    if line.id.startswith("disputed-border"):
        return DISPUTED_BORDER
    return CORRIDOR if line.id.startswith("corridor") else FRONT_LINE


def overlay_kind(overlay) -> LineKind:
    """The blockade or the peacekeeping zone (an :class:`~geodata.control.Overlay`).

    Parameters
    ----------
    overlay : Overlay
        Anything with an ``id``.

    Returns
    -------
    LineKind

    Examples
    --------
    >>> from types import SimpleNamespace as O
    >>> overlay_kind(O(id="lachin-blockade")) is BLOCKADE
    True
    """
    return BLOCKADE if "blockade" in overlay.id else PEACEKEEPING


def line_style(line) -> dict:
    """The properties the page draws a line with: a solid route is drawn heavier.

    Parameters
    ----------
    line : AuthoredLine

    Returns
    -------
    dict
        ``name``, ``color``, ``weight`` and ``dash``.

    Examples
    --------
    >>> from types import SimpleNamespace as L
    >>> line_style(L(id="corridor-2020", name="Route"))["weight"]
    3
    """
    _label, color, dash = line_kind(line)
    return {"name": line.name, "color": color, "weight": 3 if dash == "1 0" else 2.2, "dash": dash}


def overlay_style(overlay) -> dict:
    """The properties the page draws an overlay with.

    Parameters
    ----------
    overlay : Overlay

    Returns
    -------
    dict
        ``name`` and ``color``.

    Examples
    --------
    >>> from types import SimpleNamespace as O
    >>> overlay_style(O(id="lachin-blockade", name="Blockade")) == {"name": "Blockade",
    ...                                                             "color": BLOCKADE.color}
    True
    """
    return {"name": overlay.name, "color": overlay_kind(overlay).color}


def nkao_kind(day: date) -> LineKind:
    """The oblast's boundary as the legend names it on ``day`` (before or after 1991).

    Parameters
    ----------
    day : datetime.date

    Returns
    -------
    LineKind

    Examples
    --------
    >>> from datetime import date
    >>> nkao_kind(date(1991, 11, 25)) is NKAO_BOUNDARY, nkao_kind(date(1991, 11, 26)) is FORMER_NKAO
    (True, True)
    """
    return NKAO_BOUNDARY if day < nkao.ABOLISHED else FORMER_NKAO


def nkao_style(period: nkao.NkaoPeriod) -> dict:
    """The properties the page draws the boundary and writes its name with.

    Parameters
    ----------
    period : NkaoPeriod

    Returns
    -------
    dict
        ``name``, ``color`` and ``dash``.

    Examples
    --------
    >>> from geodata.control import load_control
    >>> control, _ = load_control()
    >>> [nkao_style(p)["name"] for p in nkao.periods(control)]
    ['NKAO', 'former NKAO']
    """
    kind = nkao_kind(period.start)
    return {"name": translate("nkao", period.name), "color": kind.color, "dash": kind.dash}


# The boundary's names as geodata.control.nkao gives them, marked for lupdate.
_NKAO_NAMES = (QT_TRANSLATE_NOOP("nkao", "NKAO"), QT_TRANSLATE_NOOP("nkao", "former NKAO"))


def nkao_visible(control: ControlData | None, day: date) -> dict[str, bool]:
    """Each drawn boundary feature's id (:func:`geodata.control.nkao.drawn`) → shown on ``day``.

    Parameters
    ----------
    control : ControlData or None
    day : datetime.date

    Returns
    -------
    dict of str to bool
        Empty without control data.

    Examples
    --------
    >>> from datetime import date
    >>> from geodata.control import load_control
    >>> control, _ = load_control()
    >>> shown = nkao_visible(control, date(2000, 1, 1))
    >>> shown["former-nkao"], shown["nkao"], nkao_visible(None, date(2000, 1, 1))
    (True, False, {})
    """
    if control is None:
        return {}
    # From the periods' days only: building the outline on every date step cost ~3 ms.
    return {
        i: start <= day and (end is None or day < end)
        for i, (start, end) in nkao.spans(control).items()
    }


def lines_visible(control: ControlData | None, day: date) -> dict[str, bool]:
    """Each authored line's id → whether it is shown on ``day``.

    All lines are listed, shown or not, so the page can hide the ones that no longer apply.

    Parameters
    ----------
    control : ControlData or None
    day : datetime.date

    Returns
    -------
    dict of str to bool
        Empty without control data.

    Examples
    --------
    >>> from datetime import date
    >>> from geodata.control import load_control
    >>> control, _ = load_control()
    >>> lines_visible(control, date(2000, 1, 1))["loc-1994"], lines_visible(None, date(2000, 1, 1))
    (True, {})
    """
    lines = control.lines if control else {}
    return {i: line.shown_on(day) for i, line in lines.items()}


def overlays_visible(control: ControlData | None, day: date) -> dict[str, bool]:
    """Each overlay's id → whether it is in force on ``day``.

    Parameters
    ----------
    control : ControlData or None
    day : datetime.date

    Returns
    -------
    dict of str to bool
        Empty without control data.

    Examples
    --------
    >>> from datetime import date
    >>> from geodata.control import load_control
    >>> control, _ = load_control()
    >>> any(overlays_visible(control, date(2000, 1, 1)).values())
    False
    """
    if control is None:
        return {}
    active = control.overlays_at(day)
    return {i: i in active for i in control.overlays}


# ---- events --------------------------------------------------------------------------------


def events_at(control: ControlData | None, places: Mapping, day: date) -> tuple[EventMark, ...]:
    """The chronology's events current on ``day`` that have a place on the map, coloured by
    kind (the timeline's ticks use the same colours).

    Parameters
    ----------
    control : ControlData or None
    places : mapping of str to Place
        To place events that name a gazetteer id.
    day : datetime.date

    Returns
    -------
    tuple of EventMark
        Empty without control data.

    Examples
    --------
    >>> from datetime import date
    >>> events_at(None, {}, date(2000, 1, 1))
    ()
    """
    marks = []
    for event in events_on(control.events if control else [], day):
        place = places.get(event.place)
        lat, lon = (place.lat, place.lon) if place else (event.lat, event.lon)
        if lat is None or lon is None:
            continue
        color = KIND_COLOURS.get(event.kind, OTHER_COLOUR)
        title = data_text(event.title)
        marks.append(EventMark(event.id, lat, lon, title, event.label(), color))
    return tuple(marks)


# ---- the legend ----------------------------------------------------------------------------


def legend(
    title: str,
    fills: Iterable[tuple[str, str]],
    *,
    tints: Iterable[tuple[str, str]] = (),
    high_contrast: bool = False,
    statuses: Iterable[str] = (),
    kinds: Iterable[LineKind] = (),
    muted: str = "",
    note: str = "",
) -> Legend:
    """The one legend builder: every legend the map shows is made here.

    Rows in order: ``tints`` as (label, controller code) pairs in the code's pale
    :func:`tint`; ``fills`` as (label, controller code) pairs, swatched in the same colour
    as the areas; a :data:`MUTED` row labelled ``muted`` (when given); the non-stable
    ``statuses`` as hatched swatches (contested before claimed); then each line kind once.

    Parameters
    ----------
    title : str
    fills : iterable of tuple (str, str)
        (label, controller code) pairs.
    tints : iterable of tuple (str, str), optional
        (label, controller code) pairs swatched in the code's pale :func:`tint`, first.
    high_contrast : bool, default False
    statuses : iterable of str, optional
        Statuses present; ``stable`` adds no row.
    kinds : iterable of LineKind, optional
        Repeats are dropped.
    muted : str, optional
        The label of the :data:`MUTED` row; no row when empty.
    note : str, optional

    Returns
    -------
    Legend

    Examples
    --------
    >>> [(e.label, e.color) for e in legend("T", [("Azerbaijan", "AZ")], muted="Other").entries]
    [('Azerbaijan', '#0072B2'), ('Other', '#B0B0B0')]
    >>> [e.status for e in legend("T", [], statuses=["claimed", "contested", "stable"],
    ...                           kinds=[CORRIDOR, CORRIDOR]).entries]
    ['contested', 'claimed', 'line']
    """
    entries = [
        LegendEntry(text, tint(controllers.colour(code, high_contrast))) for text, code in tints
    ]
    entries += [LegendEntry(text, controllers.colour(code, high_contrast)) for text, code in fills]
    if muted:
        entries.append(LegendEntry(muted, MUTED))
    present = set(statuses)
    entries += [
        LegendEntry(translate("statuses", controllers.STATUSES[s].label), STATUS_SWATCH, s)
        for s in ("contested", "claimed")
        if s in present
    ]
    entries += [
        LegendEntry(translate("lines", label), color, "line")
        for label, color, _dash in dict.fromkeys(kinds)
    ]
    return Legend(title=title, entries=tuple(entries), note=note)


def _interval(timeline: ControlTimeline, day: date) -> int:
    """The index of ``day``'s interval between change dates, the key of the per-interval
    caches; raises, as ``state_at`` does, for a day outside the data's range."""
    timeline.state_at(day)
    return bisect_right(timeline.change_dates, day)


def _interval_state(timeline: ControlTimeline, interval: int) -> dict:
    """The state throughout interval ``interval`` (the one from its first day)."""
    first = timeline.change_dates[interval - 1] if interval else timeline.first_day
    return timeline.state_at(first)


@lru_cache(maxsize=64)
def _holders(timeline: ControlTimeline, interval: int) -> tuple[frozenset, frozenset]:
    states = _interval_state(timeline, interval).values()
    present = frozenset(s.controller for s in states)
    return present, frozenset(s.status for s in states) - {"stable"}


def holders_at(timeline: ControlTimeline, day: date) -> tuple[frozenset, frozenset]:
    """The controllers and the non-stable statuses present on ``day``.

    They change only at change dates, so they are computed once per interval between two
    of them (scrubbing asks for them at every step).

    Parameters
    ----------
    timeline : ControlTimeline
    day : datetime.date

    Returns
    -------
    controllers : frozenset of str
    statuses : frozenset of str
        Without ``stable``.

    Raises
    ------
    ValueError
        For a day outside the data's range.

    Examples
    --------
    >>> from datetime import date
    >>> from geodata.control import load_control
    >>> control, _ = load_control()
    >>> present, statuses = holders_at(control.timeline, date(1980, 1, 1))
    >>> "AZ" in present, "stable" in statuses
    (True, False)
    """
    return _holders(timeline, _interval(timeline, day))


@lru_cache(maxsize=64)
def _full_colour(timeline: ControlTimeline, interval: int) -> tuple[frozenset, frozenset]:
    """The controllers drawn in full colour in one interval between change dates: those on
    land recognised as another state's, and states on their own contested land."""
    outside, at_home = set(), set()
    for a, s in _interval_state(timeline, interval).items():
        if s.controller != recognised_state(timeline, a):
            outside.add(s.controller)
        elif s.status != "stable":
            at_home.add(s.controller)
    return frozenset(outside), frozenset(at_home)


def held_outside(timeline: ControlTimeline, day: date) -> frozenset:
    """The controllers holding, on ``day``, land recognised as another state's: the ones the
    map draws in full colour. Computed once per interval between two change dates.

    Parameters
    ----------
    timeline : ControlTimeline
    day : datetime.date

    Returns
    -------
    frozenset of str

    Examples
    --------
    >>> from datetime import date
    >>> from geodata.control import load_control
    >>> control, _ = load_control()
    >>> held_outside(control.timeline, date(1980, 1, 1))
    frozenset()
    >>> sorted(held_outside(control.timeline, date(2000, 1, 1)))
    ['AM', 'AZ', 'NKR']
    """
    return _full_colour(timeline, _interval(timeline, day))[0]


def contested_at_home(timeline: ControlTimeline, day: date) -> frozenset:
    """The states holding, on ``day``, land of their own whose control is contested or
    claimed: :func:`area_style` draws those in full colour too, so that the hatching shows.

    Parameters
    ----------
    timeline : ControlTimeline
    day : datetime.date

    Returns
    -------
    frozenset of str

    Examples
    --------
    >>> from datetime import date
    >>> from geodata.control import load_control
    >>> control, _ = load_control()
    >>> contested_at_home(control.timeline, date(1980, 1, 1))
    frozenset()
    >>> "AZ" in contested_at_home(control.timeline, date(2020, 10, 15))  # Hadrut, claimed
    True
    """
    return _full_colour(timeline, _interval(timeline, day))[1]


def _full_colour_label(code: str, outside: bool, at_home: bool) -> str:
    """The legend's name for a controller in full colour: a country on the other's land,
    or on its own land where control is contested (the two can hold on the same day)."""
    if code not in COUNTRIES:
        return controllers.label(code)
    return translate("legend", _FULL_COLOUR[code, outside, at_home])


# Whole phrases, not a pattern: the names take a grammatical case in ru, hy and az.
_FULL_COLOUR = {
    ("AZ", True, False): QT_TRANSLATE_NOOP("legend", "Azerbaijan, on land recognised as Armenia's"),
    ("AM", True, False): QT_TRANSLATE_NOOP("legend", "Armenia, on land recognised as Azerbaijan's"),
    ("AZ", False, True): QT_TRANSLATE_NOOP(
        "legend", "Azerbaijan, on its own land where control is contested"
    ),
    ("AM", False, True): QT_TRANSLATE_NOOP(
        "legend", "Armenia, on its own land where control is contested"
    ),
    ("AZ", True, True): QT_TRANSLATE_NOOP(
        "legend",
        "Azerbaijan, on land recognised as Armenia's, or on its own land where control is "
        "contested",
    ),
    ("AM", True, True): QT_TRANSLATE_NOOP(
        "legend",
        "Armenia, on land recognised as Azerbaijan's, or on its own land where control is "
        "contested",
    ),
}


def legend_at(control: ControlData, day: date, high_contrast: bool = False) -> Legend:
    """The map's legend on ``day``: both countries' pale tints, the controllers holding
    land recognised as another state's or their own contested land (full colour), the
    statuses present, and the lines
    and overlays shown.

    Parameters
    ----------
    control : ControlData
    day : datetime.date
    high_contrast : bool, default False

    Returns
    -------
    Legend

    Examples
    --------
    >>> from datetime import date
    >>> from geodata.control import load_control
    >>> control, _ = load_control()
    >>> [e.label for e in legend_at(control, date(1980, 1, 1)).entries][:2]
    ['Azerbaijan (its recognised territory)', 'Armenia (its recognised territory)']
    """
    return legend_over(control, (day,), high_contrast)


def legend_over(control: ControlData, days: Iterable[date], high_contrast: bool = False) -> Legend:
    """One legend for maps of several ``days`` (the handout prints it once, for all its
    maps): every row any of the days' :func:`legend_at` has, each once.

    Parameters
    ----------
    control : ControlData
    days : iterable of datetime.date
    high_contrast : bool, default False

    Returns
    -------
    Legend

    Examples
    --------
    >>> from datetime import date
    >>> from geodata.control import load_control
    >>> control, _ = load_control()
    >>> days = (date(1980, 1, 1), date(2020, 11, 10))
    >>> rows = {e.label for e in legend_over(control, days).entries}
    >>> all(rows >= {e.label for e in legend_at(control, d).entries} for d in days)
    True
    """
    outside: set[str] = set()
    at_home: set[str] = set()
    statuses: set[str] = set()
    kinds: list[LineKind] = []
    for day in days:
        statuses |= holders_at(control.timeline, day)[1]
        outside |= held_outside(control.timeline, day)
        at_home |= contested_at_home(control.timeline, day)
        kinds += [line_kind(line) for line in control.lines.values() if line.shown_on(day)]
        kinds += [overlay_kind(control.overlays[i]) for i in control.overlays_at(day)]
        if any(a in control.areas for a in nkao.NKAO_AREAS):
            kinds.append(nkao_kind(day))
    return legend(
        translate("controllers", controllers.LEGEND_TITLE),
        [
            (_full_colour_label(code, code in outside, code in at_home), code)
            for code in controllers.CONTROLLERS
            if code in outside | at_home
        ],
        tints=[
            (
                translate("legend", "{name} (its recognised territory)").format(
                    name=controllers.label(code)
                ),
                code,
            )
            for code in COUNTRIES
        ],
        high_contrast=high_contrast,
        statuses=statuses,
        kinds=kinds,
        note=translate("legend", LEGEND_NOTE),
    )


def change_legend(
    changes: Iterable[Change], a: date, b: date, high_contrast: bool = False
) -> Legend:
    """Compare mode's legend: one row per from → to pair (largest first), then the muted
    "did not change hands".

    Parameters
    ----------
    changes : iterable of Change
    a, b : datetime.date
        The compared dates, named in the title.
    high_contrast : bool, default False

    Returns
    -------
    Legend

    Examples
    --------
    >>> from datetime import date
    >>> from geodata.dates import PartialDate
    >>> y = PartialDate.parse("2020")
    >>> c = Change("x", "X", "NKR", "AZ", "stable", "stable", 2120.6, y, y)
    >>> lg = change_legend([c], date(1994, 5, 12), date(2020, 12, 2))
    >>> lg.title
    'Changed hands, 12 May 1994 → 2 Dec 2020'
    >>> [e.label for e in lg.entries]
    ['NKR → Azerbaijan (2,121 km²)', 'Did not change hands']
    """
    pairs: dict[tuple[str, str], float] = {}
    for c in changes:
        key = (c.from_controller, c.to_controller)
        pairs[key] = pairs.get(key, 0.0) + c.km2
    title = translate("legend", "Changed hands, {a} → {b}")
    return legend(
        title.format(a=day_label(a), b=day_label(b)),
        [
            (f"{short_label(src)} → {short_label(dst)} ({km2_text(km)})", dst)
            for (src, dst), km in sorted(pairs.items(), key=lambda kv: -kv[1])
        ],
        high_contrast=high_contrast,
        muted=translate("legend", "Did not change hands"),
        note=translate("legend", CHANGE_LEGEND_NOTE),
    )
