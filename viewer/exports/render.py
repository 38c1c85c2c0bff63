"""Render the map at a date to a PNG without showing a window (``caucasus-atlas render``).

The same engine serves File → Export image… and the handout's maps: a map view that is
never shown on screen, sized to the requested pixels, loaded, set to the date, and grabbed
once painted. The page is put in exporting mode (``body.atlas-exporting``): the zoom buttons
and the layer control are hidden, so the picture is a finished figure with its caption,
legend, scale bar and credits.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QEventLoop, QIODevice, Qt, QTimer
from PySide6.QtGui import QImage

from geodata.atomic import write_bytes
from geodata.dates import day_label
from geodata.i18n import translate
from geodata.problems import AtlasError
from geodata.views import VIEWS
from viewer import interrupt
from viewer.map.controller import MapController
from viewer.map.messages import Bounds, SetCaption, SetLegend
from viewer.map.view import MapView
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
    try:
        interrupt.exec_loop(loop)
    finally:
        signal.disconnect(done)
    if not received:
        raise AtlasError(f"the map did not finish {what} within {timeout_ms // 1000} s", 1)
    return received[0]


def _settled_grab(
    mapview: MapView, step_ms: int = 120, tries: int = 25, stale: QImage | None = None
) -> QImage:
    """Grab once the widget shows what the page painted.

    The page's paint acknowledgement can arrive before Qt has received the compositor's
    frame (notably the very first one), so grab until two grabs in a row agree — and
    differ from ``stale``, the camera's previous shot, which is known to be out of date.
    """
    previous = None
    for _ in range(tries):
        loop = QEventLoop()
        QTimer.singleShot(step_ms, loop.quit)
        interrupt.exec_loop(loop)
        image = mapview.grab().toImage()
        if previous is not None and image == previous and not _uniform(image) and image != stale:
            return image
        previous = image
    return previous


def _uniform(image: QImage) -> bool:
    """True for a blank frame (one colour at a few spread-out points)."""
    w, h = image.width(), image.height()
    points = [(w * i // 5, h * j // 5) for i in range(1, 5) for j in range(1, 5)]
    points += [(20, 20), (w - 20, 20), (20, h - 20), (w - 20, h - 20)]
    return len({image.pixel(x, y) for x, y in points}) == 1


def prepare_export(
    mapview: MapView,
    session: Session,
    view: str,
    *,
    palette: str = "default",
    font_scale: float = 1.0,
    bounds: Bounds | None = None,
    highlight: tuple[str, ...] = (),
    title: str | None = None,
) -> MapController:
    """Load the map into ``mapview`` as an export shows it; return once it is painted.

    ``palette`` is a :meth:`MapController.set_palette` name; ``bounds`` ((south, west),
    (north, east)) frames the map instead of ``view``; ``highlight`` outlines area and
    place ids; ``title`` replaces the view's name in the caption.
    """
    controller = MapController(mapview, session, view)
    controller.set_palette(palette)
    controller.set_theme(palette, font_scale, exporting=True)
    _wait(controller.datePainted, TIMEOUT_MS, "drawing")
    if bounds is not None:
        controller.frame(bounds)
    controller.highlight(highlight)
    if title is not None:
        controller.add_provider(lambda day: (SetCaption(title=title, date=day_label(day)),))
    controller.refresh()  # painted after the framing and the outlines: then it is finished
    _wait(controller.datePainted, TIMEOUT_MS, "framing")
    return controller


class MapCamera:
    """One offscreen map, loaded once, that takes many pictures (the handout's maps).

    Loading the page is most of a render's time; a camera pays it once and then only
    moves the date, the frame and the outlines between shots. Close it when done.
    With ``legend=False`` the maps carry no legend box: a small map printed beside its
    text (the handout's) would be half hidden by it, so the handout prints the legend once.
    """

    def __init__(
        self,
        session: Session,
        view: str,
        size: tuple[int, int],
        *,
        palette: str = "default",
        font_scale: float = 1.0,
        legend: bool = True,
    ):
        self.session = session
        self.view = view
        self.mapview = MapView()
        self.mapview.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        self.mapview.resize(*size)
        self.mapview.show()
        self._last: QImage | None = None  # the previous shot: every shot differs from it
        self._framed = False
        self._title = translate("views", VIEWS[view][0])
        try:
            self.controller = prepare_export(
                self.mapview, session, view, palette=palette, font_scale=font_scale
            )
        except AtlasError:
            self.close()
            raise
        self.controller.add_provider(
            lambda day: (SetCaption(title=self._title, date=day_label(day)),)
        )
        if not legend:  # an empty legend hides the box (control/legend.js)
            self.controller.add_provider(lambda day: (SetLegend(),))

    def shoot(
        self,
        day: date | None = None,
        *,
        bounds: Bounds | None = None,
        highlight: tuple[str, ...] = (),
        title: str | None = None,
    ) -> QImage:
        """The map at ``day`` (default: the session's), framed on ``bounds`` (else the
        camera's view), ``highlight`` outlined, ``title`` in the caption."""
        controller = self.controller
        self._title = translate("views", VIEWS[self.view][0]) if title is None else title
        if day is not None and day != self.session.date:
            self.session.set_date(day)
        if bounds is not None or self._framed:  # back to the view after a framed shot
            controller.frame(bounds or VIEWS[self.view][1])
            self._framed = bounds is not None
        controller.highlight(highlight)
        controller.refresh()  # painted after the frame and the outlines: then it is finished
        while not controller.idle:
            _wait(controller.datePainted, TIMEOUT_MS, "framing")
        # The first frame reaches Qt late (see _settled_grab); later ones are quick, but a
        # shot always differs from the one before (another day, frame or outline).
        image = _settled_grab(self.mapview, 120 if self._last is None else 20, stale=self._last)
        self._last = image
        return image

    def close(self) -> None:
        self.mapview.shutdown()
        self.mapview.deleteLater()

    def __enter__(self) -> MapCamera:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


def grab_map(
    session: Session,
    view: str,
    size: tuple[int, int],
    *,
    palette: str = "default",
    font_scale: float = 1.0,
    bounds: Bounds | None = None,
    highlight: tuple[str, ...] = (),
    title: str | None = None,
) -> QImage:
    """The map at ``session.date`` as an image of ``size`` pixels, ready to print or project.

    The options are :func:`prepare_export`'s.
    """
    with MapCamera(session, view, size, palette=palette, font_scale=font_scale) as camera:
        return camera.shoot(bounds=bounds, highlight=highlight, title=title)


def png_bytes(image: QImage) -> bytes:
    """The image encoded as PNG, in memory (so that the file is written by Python, which
    reports a full disk, and replaced atomically)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if image.isNull() or not image.save(buffer, "PNG"):
        raise AtlasError("the map could not be encoded as PNG", 1)
    buffer.close()
    return bytes(data)


def save_png_atomically(image: QImage, out: Path) -> None:
    """Write beside ``out`` and rename (:mod:`geodata.atomic`): never a half-written PNG."""
    data = png_bytes(image)
    interrupt.check()
    write_bytes(out, data)


def render_png(
    session: Session,
    day: date,
    out: Path,
    view: str,
    size: tuple[int, int],
    palette: str = "default",
) -> None:
    session.set_date(day)
    save_png_atomically(grab_map(session, view, size, palette=palette), out)
