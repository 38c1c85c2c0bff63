"""The map at a date in plain words, for screen readers and the story panel.

A map is a picture; a reader who cannot see it still needs what it says. The description
names, per controller, the land held de facto in the mapped conflict zone (km² from
:func:`geodata.control.stats`, the largest areas by name), the areas whose control is
contested or claimed, and the overlays in force (the Russian peacekeeping zone, the
blockade). The wording is the legend's: "de facto control", never "occupied" or
"liberated".

>>> from datetime import date
>>> from geodata.control import load_control
>>> data, _ = load_control()
>>> text = describe(data, date(2020, 11, 10))
>>> text.startswith("On 10 Nov 2020, of the 13,416 km² of the mapped conflict zone")
True
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from geodata.control import ControlData, controllers, stats
from geodata.dates import day_label
from geodata.i18n import QT_TRANSLATE_NOOP, language, translate
from geodata.place_names import local_area_name
from geodata.places import Place

__all__ = ["MAX_NAMED", "describe", "describe_controllers", "describe_overlays", "held_since"]

MAX_NAMED = 5  # areas named per controller; the rest are counted

# One sentence per overlay status, the overlay's name in it (each language words it whole).
_OVERLAY_STATUS = {
    "deployed": QT_TRANSLATE_NOOP("describe", "The {name} is deployed."),
    "withdrawing": QT_TRANSLATE_NOOP("describe", "The {name} is withdrawing."),
    "restricted": QT_TRANSLATE_NOOP("describe", "The {name} has restricted passage."),
    "checkpoint": QT_TRANSLATE_NOOP("describe", "The {name} has a checkpoint."),
    "closed": QT_TRANSLATE_NOOP("describe", "The {name} is closed."),
    "partial": QT_TRANSLATE_NOOP("describe", "The {name} is partly open."),
}
# The overlays' names in resources/control/overlays.geojson, marked for translation.
OVERLAY_NAMES = (
    QT_TRANSLATE_NOOP("overlays", "Russian peacekeeping zone (2020 corridor)"),
    QT_TRANSLATE_NOOP("overlays", "Russian peacekeeping zone (2022 corridor)"),
    QT_TRANSLATE_NOOP("overlays", "Lachin corridor road (2022–23 blockade)"),
)


def _km2(value: float) -> str:
    return f"{value:,.0f} km²"


def _join(items: list[str]) -> str:
    """``a``, ``a and b``, ``a, b and c`` (the last "and" in the interface language)."""
    if len(items) <= 1:
        return "".join(items)
    return translate("describe", "{items} and {last}").format(
        items=", ".join(items[:-1]), last=items[-1]
    )


def _named(names: list[str], rest: str) -> str:
    """The first :data:`MAX_NAMED` names, then how many more (``rest`` has ``{count}``)."""
    shown = names[:MAX_NAMED]
    if len(names) > MAX_NAMED:
        shown.append(rest.format(count=len(names) - MAX_NAMED))
    return _join(shown)


def _area_name(data: ControlData, area_id: str) -> str:
    """An area's name in the interface language's own usage, else the data's English."""
    return local_area_name(area_id, language())[0] or data.areas[area_id].name


def describe_controllers(data: ControlData, day: date) -> list[str]:
    """One sentence per controller, largest holding first: km², share and the main areas.

    At most :data:`MAX_NAMED` areas are named per controller; a screen reader reading forty
    names would bury the point.

    Parameters
    ----------
    data : ControlData
    day : datetime.date
        Within the data's range.

    Returns
    -------
    list of str

    Raises
    ------
    ValueError
        For a day outside the data's range.

    Examples
    --------
    >>> from geodata.control import load_control
    >>> data, _ = load_control()
    >>> describe_controllers(data, date(1980, 1, 1))[0].startswith("Azerbaijan holds de facto")
    True
    >>> describe_controllers(data, date(1800, 1, 1))  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ValueError: 1800-01-01 is outside the data's range ...
    """
    state = data.timeline.state_at(day)
    totals = stats(data, day)
    zone = sum(totals.values()) or 1.0
    held: dict[str, list[str]] = {}
    for area_id in sorted(state, key=lambda a: -data.areas[a].km2):
        held.setdefault(state[area_id].controller, []).append(_area_name(data, area_id))
    sentences = []
    sentence = translate(
        "describe", "{controller} holds de facto control of {km2} ({share}): {areas}."
    )
    smaller = translate("describe", "{count} smaller areas")
    for code, km2 in sorted(totals.items(), key=lambda item: -item[1]):
        names = held.get(code, [])
        share = 100 * km2 / zone
        share_text = translate("describe", "under 1%") if share < 0.5 else f"{share:.0f}%"
        sentences.append(
            sentence.format(
                controller=controllers.label(code),
                km2=_km2(km2),
                share=share_text,
                areas=_named(names, smaller),
            )
        )
    return sentences


def describe_overlays(data: ControlData, day: date) -> list[str]:
    """One sentence per overlay in force on ``day`` (none outside their periods).

    Parameters
    ----------
    data : ControlData
    day : datetime.date

    Returns
    -------
    list of str
        Empty when no overlay is in force.

    Examples
    --------
    >>> from geodata.control import load_control
    >>> data, _ = load_control()
    >>> describe_overlays(data, date(2000, 1, 1))
    []
    >>> describe_overlays(data, date(2021, 1, 1))  # doctest: +ELLIPSIS
    ['The Russian peacekeeping zone ... is deployed.']
    """
    sentences = []
    for overlay_id, period in data.overlays_at(day).items():
        name = translate("overlays", data.overlays[overlay_id].name)
        status = _OVERLAY_STATUS.get(period.status)
        if status is None:  # a status the data may add later: said plainly, in English
            sentences.append(f"The {name} is {period.status}.")
        else:
            sentences.append(translate("describe", status).format(name=name))
    return sentences


def _unsettled(data: ControlData, day: date) -> list[str]:
    state = data.timeline.state_at(day)
    sentences = []
    for code in ("contested", "claimed"):
        names = [
            _area_name(data, a)
            for a in sorted(state, key=lambda a: -data.areas[a].km2)
            if state[a].status == code
        ]
        if names:
            status = controllers.STATUSES[code]
            more = translate("describe", "{count} more areas")
            sentences.append(
                f"{translate('statuses', status.label)}: {_named(names, more)} — "
                f"{translate('statuses', status.meaning)}."
            )
    return sentences


def describe(data: ControlData | None, day: date) -> str:
    """The whole description at ``day``: zone size, holders, unsettled areas, overlays.

    Without control data it says so rather than saying nothing, so a reader knows the map
    is empty and not that the description failed.

    Parameters
    ----------
    data : ControlData or None
        None (or data without areas) when nothing is loaded.
    day : datetime.date

    Returns
    -------
    str
        One paragraph, ending with the caveat that areas and lines are approximate.

    Examples
    --------
    >>> describe(None, date(2000, 1, 1))
    'On 1 Jan 2000: no control data is loaded.'
    >>> from geodata.control import load_control
    >>> data, _ = load_control()
    >>> describe(data, date(2021, 1, 1)).endswith("Areas and lines are approximate.")
    True
    """
    if data is None or not data.timeline.areas:
        return translate("describe", "On {day}: no control data is loaded.").format(
            day=day_label(day)
        )
    zone = sum(stats(data, day).values())
    opening = translate("describe", "On {day}, of the {km2} of the mapped conflict zone:")
    parts = [opening.format(day=day_label(day), km2=_km2(zone))]
    parts += describe_controllers(data, day)
    parts += _unsettled(data, day)
    parts += describe_overlays(data, day)
    parts.append(translate("describe", "Areas and lines are approximate."))
    return " ".join(parts)


def held_since(
    data: ControlData, places: Mapping[str, Place], refs: Iterable, day: date
) -> list[str]:
    """Who held it, and since when, for the places and areas a story section names.

    ``refs`` are story place refs (``kind`` place, area or point); those outside every
    control area, or unknown, are left out. One line per control area, in order, with the
    controller's label and ``held_since`` (the first day of its unbroken run), and the
    status when it is not stable.

    Parameters
    ----------
    data : ControlData
    places : mapping of str to Place
    refs : iterable of PlaceRef
    day : datetime.date

    Returns
    -------
    list of str
        Empty when no reference falls in a control area.

    Examples
    --------
    >>> from geodata.control import load_control
    >>> from geodata.places import load_places
    >>> from geodata.story.model import PlaceRef
    >>> data, _ = load_control()
    >>> lines = held_since(data, load_places(), [PlaceRef("place", "lachin")], date(2000, 1, 1))
    >>> lines[0].split(": ")[0], lines[0].split(", ")[-1]
    ('Lachin, Sus and Zabukh', 'held since 18 May 1992.')
    >>> held_since(data, load_places(), [PlaceRef("place", "yerevan")], date(2000, 1, 1))
    []
    """
    lines: dict[str, str] = {}
    line_text = translate("describe", "{area}: {controller}, held since {day}")
    status_text = translate("describe", "{status} since {day}")
    for ref in refs:
        area = None
        if ref.kind == "area":
            area = data.areas.get(ref.id)
        elif ref.kind == "place" and ref.id in places:
            area = data.area_at(places[ref.id].lat, places[ref.id].lon)
        elif ref.kind == "point":
            area = data.area_at(ref.lat, ref.lon)
        if area is None or area.id in lines or area.id not in data.timeline:
            continue
        state = data.timeline.state_of(area.id, day)
        tenure = data.timeline.tenure(area.id, day)
        line = line_text.format(
            area=_area_name(data, area.id),
            controller=controllers.label(state.controller),
            day=tenure.held_since.label(),
        )
        if state.status != "stable":
            status = controllers.STATUSES.get(state.status)
            word = translate("statuses", status.label).lower() if status else state.status
            line += f" ({status_text.format(status=word, day=tenure.status_since.label())})"
        lines[area.id] = line + "."
    return list(lines.values())
