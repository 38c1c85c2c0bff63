"""The typed messages Python sends to the page, and the one place they become JSON.

Every message is a frozen dataclass with a ``kind`` that names its handler in
``resources/web/atlas*.js``. Nothing else in the app builds JavaScript or JSON for the page.
A non-zero ``ack`` asks the page to call ``bridge.painted(ack)`` once the result has been
painted (two animation frames later), which is how updates are paced and measured.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields, is_dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:  # types only: the bridge imports this before the map is up (no shapely)
    from geodata.map_style import AreaStyle, EventMark, Legend, LegendEntry
    from geodata.story.map import CalloutSpec

__all__ = [
    "AddUserLayer",
    "FitBounds",
    "FlyTo",
    "Highlight",
    "Message",
    "OpenPopup",
    "RemoveUserLayer",
    "SetAreaStyles",
    "SetCallouts",
    "SetCaption",
    "SetCatalogue",
    "SetEvents",
    "SetLayerData",
    "SetLegend",
    "SetNamedPlaces",
    "SetPlaces",
    "SetTheme",
    "TourCard",
    "to_json",
]

Bounds = tuple[tuple[float, float], tuple[float, float]]


@dataclass(frozen=True, kw_only=True)
class Message:
    kind: ClassVar[str] = ""
    ack: int = 0


@dataclass(frozen=True, kw_only=True)
class FitBounds(Message):
    """Frame ``bounds`` ((south, west), (north, east)) at once (no animation)."""

    kind: ClassVar[str] = "fitBounds"
    bounds: Bounds


@dataclass(frozen=True, kw_only=True)
class FlyTo(Message):
    """Fly smoothly to ``bounds``: used when a story section or tour step changes place.

    ``clear``: frame them inside the part of the map the caption and the tour card leave
    visible (the page measures both). ``min_zoom``: never zoom out further (Armenia and
    Azerbaijan stay readable); when the bounds do not fit at that zoom, ``keep`` stays in
    view. A fly that arrives while the map is still flying jumps there at once.
    """

    kind: ClassVar[str] = "flyTo"
    bounds: Bounds
    keep: Bounds | None = None
    min_zoom: float = 0.0
    clear: bool = False


@dataclass(frozen=True, kw_only=True)
class SetAreaStyles(Message):
    """Restyle only the areas listed; the page leaves every other area as it is."""

    kind: ClassVar[str] = "areaStyles"
    styles: dict[str, AreaStyle] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class SetLayerData(Message):
    """Replace the GeoJSON of a named overlay layer (areas, lines, overlays, events…).

    ``visible`` maps feature ids to whether they are shown, for layers whose features
    come and go with the date (the peacekeeping zone, a corridor route).
    """

    kind: ClassVar[str] = "layerData"
    layer: str
    url: str = ""
    visible: dict[str, bool] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class Highlight(Message):
    """Outline these area or place ids (and nothing else)."""

    kind: ClassVar[str] = "highlight"
    ids: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class SetCallouts(Message):
    """The complete set of story call-outs to show now; any other open one closes."""

    kind: ClassVar[str] = "callouts"
    callouts: tuple[CalloutSpec, ...] = ()


@dataclass(frozen=True, kw_only=True)
class SetNamedPlaces(Message):
    """The places of the current story section: named at every zoom, the others decluttered
    around them (as the capitals and Stepanakert/Khankendi always are)."""

    kind: ClassVar[str] = "namedPlaces"
    ids: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class SetPlaces(Message):
    """Re-read the place names from ``url`` and re-write the labels already drawn (a new
    interface language): the page fetched them once at boot. The URL names the language,
    so the page never reuses the previous language's file."""

    kind: ClassVar[str] = "places"
    url: str


@dataclass(frozen=True, kw_only=True)
class SetEvents(Message):
    """The complete set of event markers to show now; any other closes."""

    kind: ClassVar[str] = "events"
    events: tuple[EventMark, ...] = ()


@dataclass(frozen=True, kw_only=True)
class OpenPopup(Message):
    """A popup with already-escaped HTML at a point (a clicked region or marker)."""

    kind: ClassVar[str] = "popup"
    lat: float
    lon: float
    html: str


@dataclass(frozen=True, kw_only=True)
class SetTheme(Message):
    """Page-level presentation: palette name and a font scale for projectors.

    ``exporting`` is for pictures (exported images, the handout): the page hides its
    controls (zoom buttons, layer control) and keeps the caption, legend, scale and credits.
    """

    kind: ClassVar[str] = "theme"
    name: str = "default"
    font_scale: float = 1.0
    presenting: bool = False
    exporting: bool = False


@dataclass(frozen=True, kw_only=True)
class SetCaption(Message):
    """The caption drawn on the map: title, the date at its precision, a subtitle."""

    kind: ClassVar[str] = "caption"
    title: str = ""
    date: str = ""
    subtitle: str = ""


@dataclass(frozen=True, kw_only=True)
class SetCatalogue(Message):
    """The page's own words in the interface language: English key → text
    (:func:`geodata.page_strings.page_catalogue`); the page re-writes what it has drawn."""

    kind: ClassVar[str] = "catalogue"
    strings: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, kw_only=True)
class SetLegend(Message):
    """The legend box: a title ("De facto control"), one row per entry, a note."""

    kind: ClassVar[str] = "legend"
    title: str = ""
    entries: tuple[LegendEntry, ...] = ()
    note: str = ""

    @classmethod
    def of(cls, legend: Legend) -> SetLegend:
        """The message that shows ``legend`` (built by :func:`geodata.map_style.legend`)."""
        return cls(title=legend.title, entries=legend.entries, note=legend.note)


@dataclass(frozen=True, kw_only=True)
class AddUserLayer(Message):
    """A layer the user added (GeoJSON at ``url``): drawn above the basemap, listed in the
    layer control under ``name``; features' ``name`` property becomes their tooltip."""

    kind: ClassVar[str] = "addUserLayer"
    id: str
    name: str
    url: str
    color: str = "#6a3d9a"


@dataclass(frozen=True, kw_only=True)
class RemoveUserLayer(Message):
    kind: ClassVar[str] = "removeUserLayer"
    id: str


@dataclass(frozen=True, kw_only=True)
class TourCard(Message):
    """The tour's section text over the map; ``html`` is ``geodata.story.section_html``."""

    kind: ClassVar[str] = "tourCard"
    visible: bool = False
    step: str = ""  # "3 of 22"
    title: str = ""
    date: str = ""
    html: str = ""


def to_json(message: Message) -> str:
    """Serialise a message for the page: its fields plus ``kind``.

    >>> to_json(Highlight(ids=("az-lachin",)))
    '{"ack": 0, "ids": ["az-lachin"], "kind": "highlight"}'
    """
    payload: dict[str, Any] = _plain(message)
    payload["kind"] = message.kind
    return json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(", ", ": "))


def _plain(value: Any) -> Any:
    """Dataclasses to dicts, tuples to lists. Unlike ``dataclasses.asdict`` it copies
    nothing it does not have to: a 2,000-area restyle stays well under a millisecond."""
    names = _field_names(type(value))
    if names is not None:
        return {name: _plain(getattr(value, name)) for name in names}
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


@cache
def _field_names(cls: type) -> tuple[str, ...] | None:
    return tuple(f.name for f in fields(cls)) if is_dataclass(cls) else None
