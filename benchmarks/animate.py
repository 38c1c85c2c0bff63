"""Films: the cost of a frame next to the page's two-frame paint floor, in the same run.

    uv run python -m benchmarks.animate [--json] [--size 1280x720] [--frames 120] [--out X]

Renders a film of ``--frames`` pictures (one a day from 1 Sep 2020: the 2020 war, the data's
densest run of control changes) with the export engine, as ``caucasus-atlas animate``
does, into an MP4 (or ``--out``'s format). The *floor* is measured first in the same
process, on an export page of the same size: ``MapController.refresh()`` with nothing
changed, i.e. an empty update acknowledged two animation frames after the page applied it,
the cheapest thing the page can paint; median of 30. A frame's cost is the steady time
between pictures handed to the encoder (page update, paint, acknowledgement, grab; the
encoder works in its own thread), without the page's one-off load. Target (issue 17):
``frame_ms`` at most 3 × ``floor_ms``. The last line printed is one JSON object with
``frames``, ``seconds`` (the whole film, load included), ``floor_ms``, ``size`` and more.
Figures are recorded in docs/benchmarks.md ("## Films").
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from benchmarks.harness import wait_until

START = date(2020, 9, 1)
FLOOR_SAMPLES = 30


def measure_floor(session, size: tuple[int, int]) -> float:
    """Median ms of an empty acknowledged update on an export page of ``size``."""
    from PySide6.QtCore import Qt

    from viewer.exports.render import prepare_export
    from viewer.map.view import MapView

    view = MapView()
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    view.resize(*size)
    view.show()
    try:
        controller = prepare_export(view, session, "karabakh")
        painted: list = []
        controller.datePainted.connect(painted.append)
        samples = []
        for _ in range(FLOOR_SAMPLES):
            count = len(painted)
            began = time.perf_counter()
            controller.refresh()
            if not wait_until(lambda c=count: len(painted) > c, 30):
                raise RuntimeError("the page did not acknowledge an empty update")
            samples.append((time.perf_counter() - began) * 1000)
        return statistics.median(samples)
    finally:
        view.shutdown()
        view.deleteLater()


def run(size: tuple[int, int], frames: int, out: Path) -> dict:
    from viewer.app import create_application

    create_application(offscreen=True)
    from geodata.film import plan_film
    from viewer.exports.film import FilmRenderer, write_film
    from viewer.session import Session

    session = Session.load()
    timeline = session.data.control.timeline
    plan = plan_film(timeline, START, START + timedelta(days=frames - 1), "1d")
    floor_ms = measure_floor(session, size)

    renderer = FilmRenderer(session, "karabakh", size)
    stamps: list[float] = []
    renderer.progress.connect(lambda _done, _total: stamps.append(time.perf_counter()))
    began = time.perf_counter()
    written = write_film(renderer, plan, out, 12)
    seconds = time.perf_counter() - began
    frame_ms = (stamps[-1] - stamps[0]) / (len(stamps) - 1) * 1000
    return {
        "frames": written,
        "seconds": round(seconds, 2),
        "floor_ms": round(floor_ms, 1),
        "size": f"{size[0]}x{size[1]}",
        "frame_ms": round(frame_ms, 1),
        "ratio": round(frame_ms / floor_ms, 2),
        "load_s": round(stamps[0] - began, 2),
        "changes": sum(f.changed for f in plan),
        "format": out.suffix[1:],
        "bytes": out.stat().st_size,
        "load_average": round(os.getloadavg()[0], 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print only the JSON line")
    parser.add_argument("--size", default="1280x720")
    parser.add_argument("--frames", type=int, default=120)
    parser.add_argument("--out", help="keep the film here (default: a temporary .mp4)")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.split("x"))
    with tempfile.TemporaryDirectory() as folder:
        out = Path(args.out) if args.out else Path(folder) / "film.mp4"
        result = run((width, height), args.frames, out)
    if not args.json:
        print(
            f"{result['frames']} frames at {result['size']}: {result['frame_ms']} ms a frame, "
            f"floor {result['floor_ms']} ms (x{result['ratio']}), film {result['seconds']} s "
            f"with {result['load_s']} s of page load; load average {result['load_average']}"
        )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
