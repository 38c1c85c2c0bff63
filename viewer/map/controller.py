"""Drives the map page from the session: what to draw at the current date.

It is the only place that turns a date into bridge messages; what each thing looks like
(fills, legend, lines, event markers) is :mod:`geodata.map_style`'s. A date change sends only the
areas whose state changed (the timeline's diff), and updates are paced: at most one is in
flight (sent but not yet painted), and while it is, newer requests replace each other, so
a fast scrub always ends on the last date asked for and never queues a backlog.
"""

from __future__ import annotations

import json
import logging
from dataclasses import replace
from datetime import date

import shapely
from PySide6.QtCore import QObject, QTimer, Signal

from geodata.atlas import places_geojson
from geodata.basemap import land_of
from geodata.dates import day_label
from geodata.map_style import (
    AreaStyle,
    area_styles,
    events_at,
    legend_at,
    line_style,
    lines_visible,
    overlay_style,
    overlays_visible,
)
from geodata.views import VIEWS, view_bounds
from viewer.map.messages import (
    FitBounds,
    FlyTo,
    Message,
    SetAreaStyles,
    SetCaption,
    SetEvents,
    SetLayerData,
    SetLegend,
)
from viewer.map.view import MapView
from viewer.paths import PLACES_PATH
from viewer.session import Session

log = logging.getLogger(__name__)

STALL_MS = 2000  # an update not acknowledged by then is given up on (e.g. page reloaded)


def _geojson(items: dict, properties) -> bytes:
    """Features with an ``id`` and their geometry, coordinates to 5 decimals (~1 m)."""
    features = [
        {
            "type": "Feature",
            "properties": {"id": ident, **properties(item)},
            "geometry": json.loads(shapely.to_geojson(shapely.set_precision(item.geometry, 1e-5))),
        }
        for ident, item in items.items()
    ]
    return json.dumps({"type": "FeatureCollection", "features": features}).encode()


class MapController(QObject):
    """Sends the session's date to one MapView; ``datePainted`` says when it shows."""

    datePainted = Signal(object)  # the date now painted on the map

    def __init__(self, view: MapView, session: Session, view_name: str):
        super().__init__(view)
        self.map = view
        self.session = session
        self.view = view_name
        self.palette = "default"
        self.suspended = False  # another mode (compare, tour) owns the area styles
        self._shown_day: date | None = None  # the date whose state the page has
        self._sent: dict[str, Message] = {}  # the last legend / visibility message by kind
        self._wanted: date | None = session.date
        self._in_flight = 0  # ack of the update on its way, 0 when none
        self._in_flight_day: date | None = None
        self._seq = 0
        self._stall = QTimer(self, singleShot=True, interval=STALL_MS)
        self._stall.timeout.connect(self._on_stalled)

        view.serve(PLACES_PATH, json.dumps(places_geojson(session.data.places)).encode())
        view.load_page()
        self.map.bridge.send(FitBounds(bounds=view_bounds(view_name)))
        self._send_layers()
        self.visible_bounds = None  # what the page shows now, once it has said so
        view.bridge.viewChanged.connect(self._on_view_changed)
        view.bridge.painted.connect(self._on_painted)
        view.bridge.mapReady.connect(self._pump)
        session.date_changed.connect(self.show_date)

    # ---- layers sent once ------------------------------------------------------------------

    def _send_layers(self) -> None:
        control = self.session.data.control
        if control is None:
            return
        areas = self.map.serve("data/areas.geojson", _geojson(control.areas, lambda a: {}))
        self.map.bridge.send(SetLayerData(layer="areas", url=areas))
        overlays = self.map.serve(
            "data/overlays.geojson", _geojson(control.overlays, overlay_style)
        )
        self.map.bridge.send(SetLayerData(layer="overlays", url=overlays))
        land = land_of(("AM", "AZ"))
        drawn = {
            i: replace(line, geometry=line.geometry.intersection(land))
            for i, line in control.lines.items()
            if line.shown_from
        }
        lines = self.map.serve("data/lines.geojson", _geojson(drawn, line_style))
        self.map.bridge.send(SetLayerData(layer="lines", url=lines))

    # ---- the date ------------------------------------------------------------------------

    def show_date(self, day: date) -> None:
        """Ask for ``day`` to be shown; sent now or as soon as the previous one is painted."""
        self._wanted = day
        self._pump()

    def set_palette(self, name: str) -> None:
        """Switch the area colours ("default" or "high-contrast"). A new palette resends
        every area, so asking for the one already shown does nothing."""
        if name != self.palette:
            self.palette = name
            self.redraw()

    def suspend(self, suspended: bool) -> None:
        """Stop (or resume) restyling areas by date while another mode styles them."""
        self.suspended = suspended
        if not suspended:
            self.redraw()

    def redraw(self) -> None:
        """Forget what the page shows and send the current date in full."""
        self._shown_day, self._sent = None, {}
        self.show_date(self.session.date)

    def _pump(self) -> None:
        if self._wanted is None or self._in_flight or not self.map.bridge.is_ready:
            return
        if self.suspended:
            return
        day, self._wanted = self._wanted, None
        self._seq += 1
        self._in_flight, self._in_flight_day = self._seq, day
        self._stall.start()
        bridge = self.map.bridge
        bridge.send(SetCaption(title=VIEWS[self.view][0], date=day_label(day)))
        # The legend and the lines' and overlays' visibility change only now and then:
        # send them only when they do, so that a plain step repaints as little as possible.
        updates = self._date_messages(day)
        for message in updates:
            if self._sent.get(message.kind + getattr(message, "layer", "")) != message:
                self._sent[message.kind + getattr(message, "layer", "")] = message
                bridge.send(message)
        bridge.send(SetAreaStyles(styles=self._changed_styles(day), ack=self._seq))

    def _on_painted(self, ack: int) -> None:
        if ack != self._in_flight:
            return
        self._stall.stop()
        self._in_flight = 0
        self.datePainted.emit(self._in_flight_day)
        self._pump()

    def _on_stalled(self) -> None:
        log.warning("the map did not acknowledge update %d; sending the next one", self._in_flight)
        self._in_flight = 0
        self._pump()

    # ---- what the page should show -------------------------------------------------------

    def _changed_styles(self, day: date) -> dict[str, AreaStyle]:
        """The areas whose state differs from the page's (all of them after a redraw), styled
        from the states the timeline's diff returns."""
        control = self.session.data.control
        if control is None:
            return {}
        timeline = control.timeline
        if self._shown_day is None:
            states = timeline.state_at(day)
        else:
            states = timeline.diff(self._shown_day, day)
        self._shown_day = day
        return area_styles(control, states, self.palette == "high-contrast")

    def _date_messages(self, day: date) -> tuple[Message, ...]:
        """The legend, the lines' and overlays' visibility and the event markers on ``day``."""
        data = self.session.data
        control = data.control
        if control is None:
            legend = SetLegend()
        else:
            legend = SetLegend.of(legend_at(control, day, self.palette == "high-contrast"))
        return (
            legend,
            SetLayerData(layer="overlays", visible=overlays_visible(control, day)),
            SetLayerData(layer="lines", visible=lines_visible(control, day)),
            SetEvents(events=events_at(control, data.places, day)),
        )

    # ---- views ---------------------------------------------------------------------------

    def _on_view_changed(self, bounds, _zoom: int) -> None:
        self.visible_bounds = bounds

    def show_view(self, name: str, animate: bool = True) -> None:
        self.view = name
        bounds = view_bounds(name)
        self.map.bridge.send(FlyTo(bounds=bounds) if animate else FitBounds(bounds=bounds))
