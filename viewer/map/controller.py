"""Drives the map page from the session: what to draw at the current date, and when.

It is the only module that sends to the page. A date becomes one update: the caption, the
legend, the visibility of lines and overlays, the event markers, whatever the features'
providers add for that date (the story's call-outs, the presentation's caption), and the
areas whose state changed (the timeline's diff). Updates are paced: at most one is in flight
(sent but not yet painted), and while it is, newer requests replace each other, so a fast
scrub always ends on the last date asked for, caption and call-outs included, and never
queues a backlog. What each thing looks like is :mod:`geodata.map_style`'s. Other features
ask for what is not about the date (framing, outlines, pop-ups, the theme, the tour card,
users' layers, compare mode) through the methods at the end.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal

from geodata.dates import day_label
from geodata.i18n import language, translate
from geodata.map_style import (
    AreaStyle,
    Legend,
    area_styles,
    events_at,
    legend_at,
    lines_visible,
    nkao_visible,
    overlays_visible,
)
from geodata.page_layers import countries_geojson, layer_files, shapes_of
from geodata.page_strings import page_catalogue
from geodata.places import places_geojson
from geodata.story.map import SectionFrame
from geodata.views import VIEWS, view_bounds, view_showing
from viewer.map.messages import (
    AddUserLayer,
    Bounds,
    FitBounds,
    FlyTo,
    Highlight,
    Message,
    OpenPopup,
    RemoveUserLayer,
    SetAreaStyles,
    SetCaption,
    SetCatalogue,
    SetEvents,
    SetLayerData,
    SetLegend,
    SetPlaces,
    SetTheme,
    TourCard,
)
from viewer.map.view import MapView
from viewer.paths import ORIGIN, PLACES_PATH
from viewer.session import Session

log = logging.getLogger(__name__)

Provider = Callable[[date], Iterable[Message]]  # a feature's messages for a date
STALL_MS = 2000  # unacknowledged by then (page reloaded, busy machine): the next may go


class MapController(QObject):
    """Sends the session's date to one MapView; ``datePainted`` says when it shows."""

    datePainted = Signal(object)  # the date now painted on the map

    def __init__(self, view: MapView, session: Session, view_name: str):
        super().__init__(view)
        self.map = view
        self.session = session
        self.view = view_name
        self.palette = "default"
        self.suspended = False  # another mode (compare) owns the caption, legend and areas
        self._providers: list[Provider] = []
        self._shown_day: date | None = None  # the date whose state the page has
        self._sent: dict[str, Message] = {}  # the last message of each kind (and layer)
        self._fly: FlyTo | None = None  # a section's frame, sent with the next update
        self._wanted: date | None = session.date
        self._in_flight = 0  # ack of the update on its way, 0 when none
        self._in_flight_day: date | None = None
        self._seq = 0  # ack of the last update sent
        self._acked = 0  # ack of the last update painted
        self._stall = QTimer(self, singleShot=True, interval=STALL_MS)
        self._stall.timeout.connect(self._on_stalled)

        self._serve_places()
        view.load_page()
        self.frame(view_bounds(view_name))
        self.map.bridge.send(SetCatalogue(strings=tuple(page_catalogue().items())))
        self._send_layers()
        self.visible_bounds = None  # what the page shows now, once it has said so
        self.shown_view: str | None = view_name  # the named view the caption names
        view.bridge.viewChanged.connect(self._on_view_changed)
        view.bridge.painted.connect(self._on_painted)
        view.bridge.mapReady.connect(self._pump)
        session.date_changed.connect(self.show_date)

    # ---- layers sent once ------------------------------------------------------------------

    def _send_layers(self) -> None:
        control = self.session.data.control
        self._shapes = shapes_of(control)
        self._send_countries()
        if control is None:
            return
        for layer, body in layer_files(control, self._shapes).items():
            url = self.map.serve(f"data/{layer}.geojson", body)
            self.map.bridge.send(SetLayerData(layer=layer, url=url))

    def _send_countries(self) -> None:
        """Armenia and Azerbaijan outside the control areas, in the palette's pale tints."""
        body = countries_geojson(self._shapes, self.palette == "high-contrast")
        url = self.map.serve(f"data/countries-{self.palette}.geojson", body)
        self.map.bridge.send(SetLayerData(layer="countries", url=url))

    # ---- the date ------------------------------------------------------------------------

    def show_date(self, day: date) -> None:
        """Ask for ``day`` to be shown; sent now or as soon as the previous one is painted."""
        self._wanted = day
        self._pump()

    def add_provider(self, provider: Provider) -> None:
        """Let a feature add its messages for a date (``provider(day)``) to every update.

        They are sent in the same paced update as the areas, and only when they differ from
        the last of their kind; a provider's message replaces the controller's own of the
        same kind (the presentation's caption, an export's title).
        """
        self._providers.append(provider)

    def refresh(self) -> None:
        """A provider's answer changed without the date (a story opened, call-outs switched
        off, a tour step): send the current date again, paced like any other update."""
        self.show_date(self.session.date)

    @property
    def idle(self) -> bool:
        """True when the page has painted the last update asked for."""
        return not self._in_flight and self._wanted is None

    def set_palette(self, name: str) -> None:
        """Switch the area colours ("default" or "high-contrast"). A new palette resends
        every area, so asking for the one already shown does nothing."""
        if name != self.palette:
            self.palette = name
            self._send_countries()
            self.redraw()

    def suspend(self, suspended: bool) -> None:
        """Stop (or resume) the date's own messages (caption, legend, areas…) while another
        mode (compare) styles the map; the providers' messages still follow the date."""
        self.suspended = suspended
        if not suspended:
            self.redraw()

    def retranslate(self) -> None:
        """A new interface language (View → Language): the page's catalogue again (it
        re-writes its layer names and map labels), then the date in full, since the legend,
        the caption and the call-outs are written in Python; the place names in the new
        language, which the page re-reads (docs/i18n.md)."""
        self.map.bridge.send(SetCatalogue(strings=tuple(page_catalogue().items())))
        self._serve_places()
        self.map.bridge.send(SetPlaces(url=f"{ORIGIN}/{PLACES_PATH}?lang={language()}"))
        self.redraw()

    def _serve_places(self) -> None:
        """The gazetteer's labels in the current language, where the page reads them."""
        places = places_geojson(self.session.data.places)
        self.map.serve(PLACES_PATH, json.dumps(places).encode())

    def redraw(self) -> None:
        """Forget what the page shows and send the current date in full."""
        self._shown_day, self._sent = None, {}
        self.show_date(self.session.date)

    def _pump(self) -> None:
        if self._wanted is None or self._in_flight or not self.map.bridge.is_ready:
            return
        day, self._wanted = self._wanted, None
        # The legend, the visibility of lines and overlays, the call-outs change only now and
        # then: each is sent only when it does, so a plain step repaints as little as possible.
        messages = [m for m in self._messages_at(day) if self._changed(m)]
        if self._fly is not None:
            messages.append(self._fly)
            self._fly = None
        if not self.suspended:
            messages.append(SetAreaStyles(styles=self._changed_styles(day)))
        if not messages:
            return
        self._seq += 1
        messages[-1] = replace(messages[-1], ack=self._seq)
        self._in_flight = self._seq
        self._in_flight_day = None if self.suspended else day
        self._stall.start()
        for message in messages:
            self.map.bridge.send(message)

    def _on_painted(self, ack: int) -> None:
        # The last update sent counts even when it is acknowledged after the stall time-out
        # (a slow first paint on a busy machine): the page did paint it. An older one does not.
        if ack != self._seq or ack == self._acked:
            return
        self._acked = ack
        self._stall.stop()
        self._in_flight = 0
        if self._in_flight_day is not None:
            self.datePainted.emit(self._in_flight_day)
        self._pump()

    def _on_stalled(self) -> None:
        log.warning("the map did not acknowledge update %d; sending the next one", self._in_flight)
        self._in_flight = 0
        self._pump()

    def _changed(self, message: Message) -> bool:
        """Whether ``message`` differs from the last of its kind sent (and remember it)."""
        key = message.kind + getattr(message, "layer", "")
        if self._sent.get(key) == message:
            return False
        self._sent[key] = message
        return True

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

    def _messages_at(self, day: date) -> Iterable[Message]:
        """Everything but the areas for ``day``: the controller's own (unless suspended),
        then the providers', one per kind, a provider's replacing the controller's."""
        own = () if self.suspended else self._own_messages(day)
        by_kind = {}
        for message in (*own, *(m for provider in self._providers for m in provider(day))):
            by_kind[message.kind + getattr(message, "layer", "")] = message
        return by_kind.values()

    def _own_messages(self, day: date) -> tuple[Message, ...]:
        """The caption, the legend, the lines' and overlays' visibility and the event markers."""
        data = self.session.data
        control = data.control
        if control is None:
            legend = SetLegend()
        else:
            legend = SetLegend.of(legend_at(control, day, self.palette == "high-contrast"))
        return (
            SetCaption(title=self.caption_title(), date=day_label(day)),
            legend,
            SetLayerData(layer="overlays", visible=overlays_visible(control, day)),
            SetLayerData(layer="lines", visible=lines_visible(control, day)),
            SetLayerData(layer="nkao", visible=nkao_visible(control, day)),
            SetEvents(events=events_at(control, data.places, day)),
        )

    # ---- what features ask of the page besides the date -----------------------------------

    def caption_title(self) -> str:
        """What the caption says the map shows: the name of the view that matches what is
        in the frame (:func:`geodata.views.view_showing`); nothing when no view does."""
        return translate("views", VIEWS[self.shown_view][0]) if self.shown_view else ""

    def _on_view_changed(self, bounds, _zoom: int) -> None:
        # After a pan, a zoom, a View preset or a section's fly-to the caption names what the
        # map shows now, not the view the window opened with.
        self.visible_bounds = bounds
        shown = view_showing(bounds)
        if shown != self.shown_view:
            self.shown_view = shown
            self.refresh()

    def show_view(self, name: str, animate: bool = True) -> None:
        """Frame the named view (``geodata.views``); once the page has moved there, the
        caption names it (:meth:`caption_title`)."""
        self.view = name
        self.frame(view_bounds(name), animate)

    def frame(self, bounds: Bounds, animate: bool = False) -> None:
        """Show ``bounds`` ((south, west), (north, east)): at once, or flying there."""
        self.map.bridge.send(FlyTo(bounds=bounds) if animate else FitBounds(bounds=bounds))

    def fly_to(self, frame: SectionFrame) -> None:
        """Fly to a section's frame, clear of the caption and the tour card.

        The fly joins the next update, after its caption: the page measures the caption
        to keep the places clear of it, so it must be the new section's caption.
        """
        self._fly = FlyTo(bounds=frame.bounds, keep=frame.keep, min_zoom=frame.min_zoom, clear=True)
        self.refresh()

    def highlight(self, ids: Iterable[str] = ()) -> None:
        """Outline these area or place ids, and nothing else."""
        self.map.bridge.send(Highlight(ids=tuple(ids)))

    def open_popup(self, lat: float, lon: float, html: str) -> None:
        """A pop-up of already-escaped ``html`` at a point."""
        self.map.bridge.send(OpenPopup(lat=lat, lon=lon, html=html))

    def set_theme(self, name: str, font_scale: float, **flags: bool) -> None:
        """The page's theme and type size; ``flags``: ``presenting``, ``exporting``."""
        self.map.bridge.send(SetTheme(name=name, font_scale=font_scale, **flags))

    def show_tour_card(self, step: str, title: str, when: str, html: str) -> None:
        """The tour's section text over the map (``html`` is ``section_html``)."""
        self.map.bridge.send(TourCard(visible=True, step=step, title=title, date=when, html=html))

    def hide_tour_card(self) -> None:
        self.map.bridge.send(TourCard(visible=False))

    def add_user_layer(self, ident: str, name: str, url: str, color: str) -> None:
        """A user's GeoJSON layer served at ``url``, listed in the layer control as ``name``."""
        self.map.bridge.send(AddUserLayer(id=ident, name=name, url=url, color=color))

    def remove_user_layer(self, ident: str) -> None:
        self.map.bridge.send(RemoveUserLayer(id=ident))

    def show_comparison(
        self, title: str, when: str, legend: Legend, styles: dict[str, AreaStyle]
    ) -> None:
        """Compare mode's caption, legend and area styles; call :meth:`suspend` first, so
        that the date does not restyle the areas underneath."""
        bridge = self.map.bridge
        bridge.send(SetCaption(title=title, date=when))
        bridge.send(SetLegend.of(legend))
        bridge.send(SetAreaStyles(styles=styles))
