"""What every scrub benchmark worker shares: figures, waiting on Qt, asking the page.

``benchmarks/scrub.py`` (the atlas) and ``benchmarks/scrub_peers.py`` (the naive reload and
TimestampedGeoJson) both build on this module, so neither imports the other's helpers.
Qt is imported inside the functions: the parent process only runs workers and reads JSON.
"""

from __future__ import annotations

import json
import statistics
import time

__all__ = ["open_view", "run_js", "summary", "wait_until"]


def summary(values: list[float]) -> dict:
    """p50, p95 and max in ms (nearest-rank percentiles), and the count."""
    if not values:
        return {"n": 0}
    ordered = sorted(values)

    def rank(p: float) -> float:
        return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))]

    return {
        "n": len(ordered),
        "p50": round(statistics.median(ordered), 2),
        "p95": round(rank(95), 2),
        "max": round(ordered[-1], 2),
    }


def wait_until(check, timeout_s: float = 10.0) -> bool:
    """Run the Qt event loop until ``check()`` is true (sleeping, not spinning)."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.perf_counter() + timeout_s
    while not check():
        if time.perf_counter() > deadline:
            return False
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    return True


def run_js(view, script: str, timeout_s: float = 10.0):
    """The JSON value of ``script`` (which must return a JSON string) in the page."""
    out = []
    view.page().runJavaScript(script, 0, out.append)
    if not wait_until(lambda: out, timeout_s):
        raise RuntimeError(f"no answer from the page to {script!r}")
    return json.loads(out[0]) if out[0] not in ("", None) else None


def open_view():
    """An offscreen application and a shown 1400×860 MapView (the size every run used)."""
    from viewer.app import create_application

    app = create_application(offscreen=True)
    from viewer.map.view import MapView

    view = MapView()
    view.resize(1400, 860)
    view.show()
    return app, view
