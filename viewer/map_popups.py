"""Map clicks → pop-ups: a clicked region or place marker opens its pop-up on the page.

The HTML is composed (and escaped) by :mod:`geodata.popups`; this module only listens to
the bridge and sends ``OpenPopup``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from geodata.popups import place_popup_html, region_popup_html
from viewer.messages import OpenPopup

__all__ = ["MapPopups"]


class MapPopups(QObject):
    """Answers ``regionClicked`` and ``markerClicked`` with an ``OpenPopup``."""

    def __init__(self, session, bridge, stories, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.bridge = bridge
        self.stories = stories
        bridge.regionClicked.connect(self.open_region)
        bridge.markerClicked.connect(self.open_place)

    def open_region(self, region_id: str, lat: float, lon: float) -> None:
        data = self.session.data
        html = region_popup_html(data, self.stories.story, region_id, lat, lon, self.session.date)
        self.bridge.send(OpenPopup(lat=lat, lon=lon, html=html))

    def open_place(self, place_id: str) -> None:
        data = self.session.data
        place = data.places.get(place_id)
        if place is None:
            return
        html = place_popup_html(data, self.stories.story, place_id, self.session.date)
        self.bridge.send(OpenPopup(lat=place.lat, lon=place.lon, html=html))
