"""The one door between Python and the page: a QObject on a QWebChannel.

Python → page: :meth:`Bridge.send` takes a typed message (``viewer.map.messages``); messages
sent before the page has said ``ready`` are queued and delivered in order afterwards.
Page → Python: the slots below. Their arguments come from JavaScript, so every one of
them is checked; anything malformed is logged and dropped, never raised into Qt.
"""

from __future__ import annotations

import json
import logging

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from viewer.map.messages import Message, to_json

log = logging.getLogger(__name__)
page_log = logging.getLogger("viewer.page")

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING}


class Bridge(QObject):
    """Registered on the channel as ``bridge``; see docs/architecture.md."""

    # Python → JS: one JSON message per emission (the only signal the page listens to).
    message = Signal(str)

    # JS → Python, re-emitted as typed Qt signals for the window and tests.
    mapReady = Signal()
    regionClicked = Signal(str, float, float)  # id, lat, lon of the click
    markerClicked = Signal(str)
    viewChanged = Signal(tuple, int)  # ((south, west), (north, east)), zoom
    painted = Signal(int)  # the ``ack`` of a message, once painted
    linkClicked = Signal(str)  # a story section id from a pop-up link

    def __init__(self, known_ids: set[str] | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.known_ids = known_ids  # None: accept any id (no data loaded to check against)
        self.is_ready = False
        self._queue: list[str] = []
        self._held = False  # see hold()
        self._ready_held = False  # the page said ready while held

    def hold(self) -> None:
        """Keep the page's ``ready`` back until :meth:`release`.

        A preloaded page (:meth:`viewer.map.view.MapView.preload`) may be ready before the
        window that listens to :attr:`mapReady` exists; held, it stays unready (messages
        queue) and ``mapReady`` is emitted from the event loop after the release.
        """
        self._held = True

    def release(self) -> None:
        """End :meth:`hold`: a ``ready`` held back is delivered by the event loop."""
        self._held = False
        if self._ready_held:
            self._ready_held = False
            QTimer.singleShot(0, self, self.ready)

    def send(self, msg: Message) -> None:
        text = to_json(msg)
        if self.is_ready:
            self.message.emit(text)
        else:
            self._queue.append(text)

    def reset(self) -> None:
        """The page is loading again: queue until it says ready."""
        self.is_ready = False
        self._ready_held = False

    def _known(self, kind: str, ident: object) -> bool:
        if not isinstance(ident, str) or not ident:
            log.warning("ignored %s with a malformed id: %r", kind, ident)
            return False
        if self.known_ids is not None and ident not in self.known_ids:
            log.warning("ignored %s of unknown id %r", kind, ident)
            return False
        return True

    @Slot()
    def ready(self) -> None:
        if self._held:
            self._ready_held = True
            return
        self.is_ready = True
        queued, self._queue = self._queue, []
        for text in queued:
            self.message.emit(text)
        log.debug("map ready")  # benchmarks/startup.py times a bundle by this line
        self.mapReady.emit()

    @Slot(str, float, float)
    def regionClick(self, ident: str, lat: float, lon: float) -> None:
        if self._known("region click", ident):
            self.regionClicked.emit(ident, lat, lon)

    @Slot(str)
    def markerClick(self, ident: str) -> None:
        if self._known("marker click", ident):
            self.markerClicked.emit(ident)

    @Slot(str)
    def linkClick(self, ident: str) -> None:
        if isinstance(ident, str) and ident:
            self.linkClicked.emit(ident)
        else:
            log.warning("ignored a link click with a malformed id: %r", ident)

    @Slot(str)
    def viewChange(self, payload: str) -> None:
        try:
            data = json.loads(payload)
            (s, w), (n, e) = data["bounds"]
            bounds = ((float(s), float(w)), (float(n), float(e)))
            zoom = int(data["zoom"])
        except (ValueError, TypeError, KeyError) as exc:
            log.warning("ignored a malformed view change %r: %s", payload, exc)
            return
        self.viewChanged.emit(bounds, zoom)

    @Slot(int)
    def paint(self, ack: int) -> None:
        self.painted.emit(ack)

    @Slot(str, str)
    def log(self, level: str, text: str) -> None:
        page_log.log(_LEVELS.get(level, logging.ERROR), "%s", text)
