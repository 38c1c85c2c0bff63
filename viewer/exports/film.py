"""A film of the timeline: the export engine's offscreen page stepped date by date.

``caucasus-atlas animate``, File → Export animation… and ``benchmarks/animate.py`` render
here. The map is the one single images use (:func:`viewer.exports.render.prepare_export`:
a view never shown on screen, in exporting mode, with the caption, legend and credits),
driven through its :class:`~viewer.map.controller.MapController` like the window's. Each
picture is one paced update (the date, the call-outs and the title card travel together)
and is grabbed only after the page acknowledged painting it, so no frame shows a
half-applied step; nothing is recorded in real time. The session is the export's own, so
the window's map and timeline do not move while a film renders.

The plan (which days, holds, cards) is :func:`geodata.film.plan_film`'s; the encoders are
:mod:`viewer.exports.encoders`'; writing is atomic (:func:`write_film`): a failure, a
Cancel or Ctrl+C leaves no file and the old one untouched.
"""

from __future__ import annotations

import html
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import suppress
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QImage

from geodata.atomic import atomic_output
from geodata.dates import range_label
from geodata.film import Frame
from geodata.problems import AtlasError
from geodata.story import first_sentence
from geodata.story.map import callouts_at
from viewer import interrupt
from viewer.exports.encoders import open_writer
from viewer.exports.render import TIMEOUT_MS, _settled_grab, prepare_export
from viewer.map.messages import Bounds, SetCallouts, TourCard
from viewer.map.view import MapView
from viewer.session import Session

__all__ = ["Cancelled", "FilmRenderer", "write_film"]

Sink = Callable[[bytes, int], None]  # a picture's pixels and the frames it is shown for
ENCODER_QUEUE = 2  # pictures waiting for the encoder: bounds memory, keeps it busy
STALE_TRIES = 20  # grabs of a picture that still shows the previous one, 15 ms apart


class Cancelled(Exception):
    """The export was cancelled (Cancel, Ctrl+C): nothing was written."""


def pixels(image: QImage) -> bytes:
    """A grab's pixels as the encoders take them (:data:`~viewer.exports.encoders.PIXELS`):
    Qt's RGB32, whose rows of 4-byte pixels are never padded."""
    if image.format() != QImage.Format.Format_RGB32:
        image = image.convertToFormat(QImage.Format.Format_RGB32)
    return bytes(image.constBits())


class FilmRenderer(QObject):
    """Renders a plan's pictures at ``size`` into a sink; ``progress(done, total)`` frames."""

    progress = Signal(int, int)

    def __init__(
        self,
        session: Session,
        view: str,
        size: tuple[int, int],
        *,
        palette: str = "default",
        font_scale: float = 1.0,
        bounds: Bounds | None = None,
        callouts: bool = True,
    ):
        super().__init__()
        self.data = session.data
        self.view, self.size = view, size
        self.palette, self.font_scale, self.bounds = palette, font_scale, bounds
        self.callouts = callouts
        self.cancelled = False
        self._loop: QEventLoop | None = None
        self._card: TourCard = TourCard(visible=False)

    def cancel(self) -> None:
        """Stop at the next frame; :meth:`render` then raises :class:`Cancelled`."""
        self.cancelled = True
        if self._loop is not None:
            self._loop.quit()

    def check(self) -> None:
        """Raise :class:`Cancelled` after :meth:`cancel`; Ctrl+C or ``SIGTERM`` inside
        :func:`viewer.interrupt.interruptible` raise theirs."""
        interrupt.check()
        if self.cancelled:
            raise Cancelled

    def _messages(self, day: date) -> tuple:
        """The provider of the film's own messages: the story's call-outs, the title card."""
        story = self.data.story if self.callouts else None
        spots = callouts_at(story, day, self.data.places, self.data.control)
        return (SetCallouts(callouts=spots), self._card)

    def _title_card(self, ident: str) -> TourCard:
        section = self.data.story.section(ident) if ident and self.data.story else None
        if section is None:
            return TourCard(visible=False)
        return TourCard(
            visible=True,
            title=section.title,
            date=range_label(section.start, section.end),
            html=f"<p>{html.escape(first_sentence(section))}</p>",
        )

    def _wait_painted(self, controller) -> None:
        loop = QEventLoop()
        self._loop = loop
        controller.datePainted.connect(loop.quit)
        timer = QTimer(singleShot=True, interval=TIMEOUT_MS)
        timer.timeout.connect(loop.quit)
        timer.start()
        try:
            interrupt.exec_loop(loop)
        finally:
            controller.datePainted.disconnect(loop.quit)
        self._loop = None
        self.check()
        if not timer.isActive():
            raise AtlasError(f"the map did not paint a frame within {TIMEOUT_MS // 1000} s", 1)
        timer.stop()

    def _fresh_grab(self, mapview: MapView, previous: QImage) -> QImage:
        """The grab once it differs from the previous picture: the page's acknowledgement can
        come a compositor frame before Qt holds the new picture. A new picture always differs
        (its caption's date or its card changed)."""
        image = mapview.grab().toImage()
        for _ in range(STALE_TRIES):
            if image != previous:
                break
            loop = QEventLoop()
            QTimer.singleShot(15, loop.quit)
            loop.exec()
            image = mapview.grab().toImage()
        return image

    def render(self, plan: Sequence[Frame], sink: Sink) -> None:
        """Draw each picture of ``plan`` and hand it to ``sink`` with its repeat count."""
        total = sum(f.repeat for f in plan)
        session = Session(self.data, plan[0].day)
        mapview = MapView()
        mapview.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        mapview.resize(*self.size)
        mapview.show()
        try:
            controller = prepare_export(
                mapview,
                session,
                self.view,
                palette=self.palette,
                font_scale=self.font_scale,
                bounds=self.bounds,
            )
            controller.add_provider(self._messages)
            done, previous = 0, None
            for frame in plan:
                self.check()
                self._card = self._title_card(frame.card)
                if frame.day != session.date:
                    session.set_date(frame.day)
                else:
                    controller.refresh()
                self._wait_painted(controller)
                if previous is None:
                    image = _settled_grab(mapview)
                else:
                    image = self._fresh_grab(mapview, previous)
                previous = image
                sink(pixels(image), frame.repeat)
                done += frame.repeat
                self.progress.emit(done, total)
        finally:
            mapview.shutdown()
            mapview.deleteLater()


def write_film(renderer: FilmRenderer, plan: Sequence[Frame], out: Path, fps: int) -> int:
    """Render ``plan`` into ``out`` (``.mp4``, ``.webm`` or ``.gif``); the frames written.

    The encoder runs in a thread of its own, a picture or two behind the page, so encoding
    one frame overlaps painting the next (FFmpeg lets go of Python's lock while it works).
    The film is written aside and renamed over ``out`` only once complete
    (:func:`geodata.atomic.atomic_output`): on any error, :class:`Cancelled`, Ctrl+C or
    ``SIGTERM`` nothing is left and an older ``out`` is untouched.
    """
    with atomic_output(out) as tmp:
        writer = open_writer(tmp, out.suffix.lower(), renderer.size, fps)
        finished = False
        try:
            with ThreadPoolExecutor(1, thread_name_prefix="film-encoder") as encoder:
                pending: deque[Future] = deque()

                def sink(data: bytes, repeat: int) -> None:
                    pending.append(encoder.submit(writer.add, data, repeat))
                    while len(pending) > ENCODER_QUEUE:
                        pending.popleft().result()  # raises the encoder's error, if any

                try:
                    renderer.render(plan, sink)
                finally:
                    while pending:  # drained (errors raised) before the writer closes
                        pending.popleft().result()
            renderer.check()
            writer.close()
            finished = True
        finally:
            if not finished:
                with suppress(Exception):
                    writer.abort()
    return writer.frames
