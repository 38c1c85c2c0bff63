"""The HTML of the map's click pop-ups: a region's or a place's names, control and story.

A pop-up answers "what is this, who holds it on this date, and what does the story say
about it": both usage names, the de facto controller and since when it has held the area
without a break (``held_since``, not the start of the data's current period), its status
and since when (with its source and
confidence, contested shown as contested), and links to the story sections tied to the
place, nearest in time first. Story, area and place text are untrusted, so every piece
of text is escaped here; the only markup is the module's own.

>>> from datetime import date
>>> from geodata.atlas import load_atlas
>>> data = load_atlas()
>>> html = place_popup_html(data, data.story, "stepanakert", date(2020, 10, 15))
>>> 'data-section="second-war"' in html, "Khankendi" in html
(True, True)
"""

from __future__ import annotations

from datetime import date
from html import escape

from geodata.atlas import AtlasData
from geodata.basemap import load_admin1
from geodata.control import Area
from geodata.control.controllers import STATUSES, country_label, label
from geodata.data_texts import data_text
from geodata.dates import day_label
from geodata.events import Event
from geodata.i18n import language, translate
from geodata.place_names import local_area_name, local_name
from geodata.story import section_distance
from geodata.story.map import date_label
from geodata.story.model import Story

__all__ = [
    "MAX_SECTIONS",
    "event_popup_html",
    "place_popup_html",
    "region_popup_html",
    "sections_for_refs",
]

MAX_SECTIONS = 8  # a pop-up is a glance, not the story: the panel has the rest


def sections_for_refs(story: Story | None, refs: set[str], day: date) -> list:
    """Sections naming any of ``refs`` (place ids, ``area:<id>``), nearest in time first.

    Nearest in time, so a click on a date in 2020 lists the 2020 war before 1988.

    Parameters
    ----------
    story : Story or None
    refs : set of str
        Place ids and ``area:<id>`` references.
    day : datetime.date
        The date shown on the map.

    Returns
    -------
    list of Section
        Empty without a story or without a match.

    Examples
    --------
    >>> from geodata.story import load_story
    >>> story, _ = load_story()
    >>> [s.id for s in sections_for_refs(story, {"stepanakert"}, date(2020, 10, 15))][0]
    'second-war'
    >>> sections_for_refs(None, {"shusha"}, date(2000, 1, 1))
    []
    """
    if story is None:
        return []
    matching = [s for s in story.sections if refs & {str(ref) for ref in s.places}]
    return sorted(matching, key=lambda s: section_distance(s, day))


_USAGES = {
    "hy": lambda name: translate("popups", "Armenian usage: {name}").format(name=name),
    "az": lambda name: translate("popups", "Azerbaijani usage: {name}").format(name=name),
}


def _names(name: str, name_hy: str, name_az: str, local: tuple[str, str] = ("", "")) -> str:
    """The heading, then both usage names where the data has them.

    ``local`` is the name in the interface language's own usage and script and the other
    side's usage in that script (:mod:`geodata.place_names`): the first is the heading, the
    second follows it, so both usages stay visible; English keeps the data's Latin names.
    """
    first, other = local
    if first:
        line = translate("popups", "Other usage: {name}").format(name=f"<b>{escape(other)}</b>")
        line = f'<div class="atlas-popup-names">{line}</div>' if other else ""
        return f'<div class="atlas-popup-title">{escape(first)}</div>{line}'
    usages = [
        _USAGES[code](f"<b>{escape(value)}</b>")
        for code, value in (("hy", name_hy), ("az", name_az))
        if value
    ]
    line = f'<div class="atlas-popup-names">{" · ".join(usages)}</div>' if usages else ""
    return f'<div class="atlas-popup-title">{escape(name)}</div>{line}'


def _control(data: AtlasData, area: Area | None, country: str, day: date) -> str:
    """Who holds the area on ``day``, since when, how sure and from which source."""
    when = escape(day_label(day))
    timeline = data.control.timeline if data.control else None
    if area is None or timeline is None or area.id not in timeline:
        where = (
            country_label(country) if country else translate("popups", "no mapped conflict area")
        )
        text = translate("popups", "Outside the mapped conflict areas: {where}.")
        return f'<p class="atlas-popup-control">{text.format(where=escape(where))}</p>'
    state = timeline.state_of(area.id, day)
    tenure = timeline.tenure(area.id, day)
    held = tenure.held_since.label()
    text = translate("popups", "De facto control on {day}: {controller}, held since {held}.")
    controller = f"<b>{escape(label(state.controller))}</b>"
    parts = [
        f'<p class="atlas-popup-control">'
        f"{text.format(day=when, controller=controller, held=escape(held))}</p>"
    ]
    if state.status != "stable":
        status = STATUSES.get(state.status)
        name = translate("statuses", status.label) if status else state.status
        meaning = f" ({escape(translate('statuses', status.meaning))})" if status else ""
        note = f": {escape(data_text(state.note))}" if state.note else ""  # the atlas's words
        since = translate("popups", "{status} since {day}").format(
            status=f"<b>{escape(name)}</b>", day=escape(tenure.status_since.label())
        )
        parts.append(f'<p class="atlas-popup-{escape(state.status)}">{since}{meaning}{note}</p>')
    elif state.note:
        parts.append(f'<p class="atlas-popup-note">{escape(data_text(state.note))}</p>')
    unknown = translate("popups", "not given")
    source = escape(state.source or unknown)  # sources keep their original titles
    confidence = translate("confidence", state.confidence) if state.confidence else unknown
    text = translate("popups", "Source: {source} · confidence: {confidence}")
    parts.append(
        f'<p class="atlas-popup-source">'
        f"{text.format(source=source, confidence=escape(confidence))}</p>"
    )
    return "".join(parts)


def _sections(story: Story | None, refs: set[str], day: date) -> str:
    found = sections_for_refs(story, refs, day)
    if not found:
        text = translate("popups", "The story has no section about this place.")
        return f'<p class="atlas-popup-story">{text}</p>'
    items = "".join(
        f'<li><a href="#" data-section="{escape(s.id)}">{escape(s.title)}</a>'
        f' <span class="atlas-popup-date">{escape(date_label(s))}</span></li>'
        for s in found[:MAX_SECTIONS]
    )
    more = len(found) - MAX_SECTIONS
    text = translate("popups", "… and {count} more in the story panel").format(count=more)
    tail = f"<li>{text}</li>" if more > 0 else ""
    heading = translate("popups", "In the story")
    return f'<div class="atlas-popup-story"><b>{heading}</b><ul>{items}{tail}</ul></div>'


def _places_inside(data: AtlasData, geometry) -> set[str]:
    from shapely.geometry import Point

    return {pid for pid, p in data.places.items() if geometry.contains(Point(p.lon, p.lat))}


def region_popup_html(
    data: AtlasData, story: Story | None, region_id: str, lat: float, lon: float, day: date
) -> str:
    """The pop-up for a clicked control area or admin-1 face at ``(lat, lon)``.

    For an admin-1 face the controller is that of the control area under the click
    (``area_at``), or the face's country outside every control area. The sections listed
    are those naming the area, its control area or a gazetteer place inside it.

    Parameters
    ----------
    data : AtlasData
    story : Story or None
    region_id : str
        A control area id (``kalbajar``) or an admin-1 id (``am-syunik``).
    lat, lon : float
        Where the click was.
    day : datetime.date
        The date shown on the map.

    Returns
    -------
    str
        HTML; every piece of data is escaped.

    Examples
    --------
    >>> from geodata.atlas import load_atlas
    >>> data = load_atlas()
    >>> html = region_popup_html(data, None, "kalbajar", 40.1, 46.0, date(2000, 1, 1))
    >>> "Armenian usage: <b>Karvachar</b>" in html
    True
    >>> from geodata.atlas import AtlasData
    >>> html = region_popup_html(AtlasData(), None, "am-syunik", 39.5, 46.0, date(2000, 1, 1))
    >>> "Outside the mapped conflict areas: Armenia." in html
    True
    """
    areas = data.control.areas if data.control else {}
    if region_id in areas:
        area = areas[region_id]
        head = _names(area.name, area.name_hy, area.name_az, local_area_name(area.id, language()))
        refs = {f"area:{area.id}"} | _places_inside(data, area.geometry)
        return head + _control(data, area, "", day) + _sections(story, refs, day)
    unit = next((u for u in load_admin1() if u.id == region_id), None)
    props = unit.properties if unit else {}
    area = data.control.area_at(lat, lon) if data.control else None
    head = _names(
        props.get("name") or region_id,
        props.get("name_hy", ""),
        props.get("name_az", ""),
        local_area_name(region_id, language()),
    )
    refs = _places_inside(data, unit.geometry) if unit else set()
    if area is not None:
        refs.add(f"area:{area.id}")
    return head + _control(data, area, props.get("country", ""), day) + _sections(story, refs, day)


def place_popup_html(data: AtlasData, story: Story | None, place_id: str, day: date) -> str:
    r"""The pop-up for a clicked place marker: names, control at its point, its sections.

    Parameters
    ----------
    data : AtlasData
    story : Story or None
    place_id : str
        A gazetteer id; an unknown one still gets a pop-up with its id as the title.
    day : datetime.date

    Returns
    -------
    str
        HTML; every piece of data is escaped.

    Examples
    --------
    >>> from geodata.atlas import load_atlas
    >>> data = load_atlas()
    >>> html = place_popup_html(data, None, "goris", date(2000, 1, 1))
    >>> "Outside the mapped conflict areas: Armenia." in html
    True
    >>> print(place_popup_html(data, None, "<x>", date(2000, 1, 1)).replace("><", ">\n<"))
    <div class="atlas-popup-title">&lt;x&gt;</div>
    <p class="atlas-popup-story">The story has no section about this place.</p>
    """
    place = data.places.get(place_id)
    if place is None:
        return _names(place_id, "", "") + _sections(story, {place_id}, day)
    area = data.control.area_at(place.lat, place.lon) if data.control else None
    head = _names(place.name, place.name_hy, place.name_az, local_name(place.id, language()))
    return head + _control(data, area, place.country, day) + _sections(story, {place_id}, day)


def event_popup_html(event: Event) -> str:
    r"""The pop-up for a clicked event marker: what happened when, how sure, from where.

    The date is shown at the source's precision; contested events carry both claims in
    their note, which is shown as it is written.

    Parameters
    ----------
    event : Event

    Returns
    -------
    str
        HTML; every piece of the event is escaped.

    Examples
    --------
    >>> from geodata.dates import PartialDate
    >>> e = Event("x", PartialDate.parse("1992-08"), None, "A & B", "", None, None,
    ...           "military", "Low", "src", "")
    >>> print(event_popup_html(e).replace("</div><", "</div>\n<"))
    <div class="atlas-popup-title">A &amp; B</div>
    <div class="atlas-popup-names">Aug 1992 · military · confidence Low</div>
    <div class="atlas-popup-source">Source: src</div>
    """
    # The event's title and note are the atlas's words (resources/i18n/data_texts.csv); its
    # source stays as published.
    confidence = translate("popups", "confidence {confidence}").format(
        confidence=escape(translate("confidence", event.confidence))
    )
    kind = escape(translate("timeline", event.kind))
    source = translate("popups", "Source: {source}").format(source=escape(event.source))
    parts = [
        f'<div class="atlas-popup-title">{escape(data_text(event.title))}</div>',
        f'<div class="atlas-popup-names">{escape(event.label())} · {kind} · {confidence}</div>',
    ]
    if event.note:
        parts.append(f"<p>{escape(data_text(event.note))}</p>")
    parts.append(f'<div class="atlas-popup-source">{source}</div>')
    return "".join(parts)
