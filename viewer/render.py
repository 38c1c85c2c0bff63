"""Render the map at a date to a PNG without showing a window (``caucasus-atlas render``).

The same engine serves File → Export image…: a map view that is never shown on screen,
sized to the requested pixels, loaded, set to the date, and grabbed once painted.
"""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QImage

from geodata.problems import AtlasError
from viewer.mapcontroller import MapController
from viewer.mapview import MapView
from viewer.session import Session

TIMEOUT_MS = 30_000


def _wait(signal, timeout_ms: int, what: str) -> list:
    """Run the event loop until ``signal`` fires; its arguments, or AtlasError on time-out."""
    loop = QEventLoop()
    received: list = []

    def done(*args):
        received.append(args)
        loop.quit()

    signal.connect(done)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(done)
    if not received:
        raise AtlasError(f"the map did not finish {what} within {timeout_ms // 1000} s", 1)
    return received[0]


def _settled_grab(mapview: MapView, step_ms: int = 120, tries: int = 25) -> QImage:
    """Grab once the widget shows what the page painted.

    The page's paint acknowledgement can arrive before Qt has received the compositor's
    frame (notably the very first one), so grab until two grabs in a row agree.
    """
    previous = None
    for _ in range(tries):
        loop = QEventLoop()
        QTimer.singleShot(step_ms, loop.quit)
        loop.exec()
        image = mapview.grab().toImage()
        if previous is not None and image == previous and not _uniform(image):
            return image
        previous = image
    return previous


def _uniform(image: QImage) -> bool:
    """True for a blank frame (one colour at a few spread-out points)."""
    w, h = image.width(), image.height()
    points = [(w * i // 5, h * j // 5) for i in range(1, 5) for j in range(1, 5)]
    points += [(20, 20), (w - 20, 20), (20, h - 20), (w - 20, h - 20)]
    return len({image.pixel(x, y) for x, y in points}) == 1


def grab_map(session: Session, view: str, size: tuple[int, int]) -> QImage:
    """The map at ``session.date`` and ``view`` as an image of ``size`` pixels."""
    mapview = MapView()
    mapview.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    mapview.resize(*size)
    mapview.show()
    try:
        controller = MapController(mapview, session, view)
        _wait(controller.datePainted, TIMEOUT_MS, "drawing")
        return _settled_grab(mapview)
    finally:
        mapview.shutdown()
        mapview.deleteLater()


def save_png_atomically(image: QImage, out: Path) -> None:
    """Write to a temporary file beside ``out`` and rename: never a half-written PNG."""
    fd, tmp = tempfile.mkstemp(prefix=".atlas-", suffix=".png", dir=out.parent)
    os.close(fd)
    try:
        if not image.save(tmp, "PNG"):
            raise AtlasError(f"could not write {out}")
        os.replace(tmp, out)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def render_png(session: Session, day: date, out: Path, view: str, size: tuple[int, int]) -> None:
    session.set_date(day)
    save_png_atomically(grab_map(session, view, size), out)
