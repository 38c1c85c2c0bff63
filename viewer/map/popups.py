"""Map clicks → pop-ups: a clicked region or place marker opens its pop-up on the page.

The HTML is composed (and escaped) by :mod:`geodata.popups`; this module only listens to
the bridge's clicks and asks the map controller to open the pop-up.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer

from geodata.popups import event_popup_html, place_popup_html, region_popup_html

__all__ = ["EVENT_PREFIX", "MapPopups"]

EVENT_PREFIX = "event:"  # marker ids of chronology events, as the page sends them


class MapPopups(QObject):
    """Answers the bridge's ``regionClicked`` and ``markerClicked`` with a pop-up."""

    def __init__(self, session, controller, stories, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.controller = controller
        self.stories = stories
        bridge = controller.map.bridge
        bridge.regionClicked.connect(self.open_region)
        bridge.markerClicked.connect(self.open_place)
        controller.datePainted.connect(self._prepare, Qt.ConnectionType.SingleShotConnection)

    def _prepare(self, _day) -> None:
        """Once the first date is painted: the areas' geometry, which the window starts
        without (docs/benchmarks.md, "Start-up"), so that the first click does not wait
        for it (~60 ms)."""
        if (control := self.session.data.control) is not None:
            QTimer.singleShot(0, self, control.prepare)  # after the paint's other listeners

    def open_region(self, region_id: str, lat: float, lon: float) -> None:
        data = self.session.data
        html = region_popup_html(data, self.stories.story, region_id, lat, lon, self.session.date)
        self.controller.open_popup(lat, lon, html)

    def open_place(self, place_id: str) -> None:
        data = self.session.data
        if place_id.startswith(EVENT_PREFIX):
            self.open_event(place_id.removeprefix(EVENT_PREFIX))
            return
        place = data.places.get(place_id)
        if place is None:
            return
        html = place_popup_html(data, self.stories.story, place_id, self.session.date)
        self.controller.open_popup(place.lat, place.lon, html)

    def open_event(self, event_id: str) -> None:
        data = self.session.data
        event = next((e for e in data.control.events if e.id == event_id), None)
        if event is None:
            return
        place = data.places.get(event.place)
        lat, lon = (place.lat, place.lon) if place else (event.lat, event.lon)
        if lat is not None and lon is not None:
            self.controller.open_popup(lat, lon, event_popup_html(event))
