"""Start-up: process start to map ready, next to a bare QWebEngineView; peak tree PSS.

    uv run python -m benchmarks.startup [--runs 5] [--json]

Each run is a fresh process (offscreen). "Ready" is the moment the page tells Python it
has drawn its basemap (``bridge.mapReady``); the bare run loads an empty page and stops
at ``loadFinished``. Results are recorded in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.proctree import tree_pss_mb

ROOT = Path(__file__).resolve().parent.parent

ATLAS = """
from viewer.app import create_application
app = create_application(offscreen=True)
from viewer.window import MainWindow
w = MainWindow.open(date_text=None, view=None, story=None)
w.show()
w.map.bridge.mapReady.connect(lambda: print("READY", flush=True))
app.exec()
"""

BARE = """
from viewer.app import configure_environment
configure_environment(offscreen=True)
from PySide6.QtWidgets import QApplication
from PySide6.QtWebEngineWidgets import QWebEngineView
app = QApplication([])
v = QWebEngineView()
v.resize(1400, 860)
v.loadFinished.connect(lambda ok: print("READY", flush=True))
v.setHtml("<html><body></body></html>")
v.show()
app.exec()
"""


def one_run(script: str, settle_s: float = 1.0) -> tuple[float, float]:
    """Seconds from spawn to READY, and the tree's peak PSS (MB) until ``settle_s`` later."""
    env = {**os.environ, "XDG_CONFIG_HOME": "/tmp/atlas-bench-config"}
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", script],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    os.set_blocking(proc.stdout.fileno(), False)
    ready, peak, buffer = None, 0.0, b""
    deadline = start + 60
    while time.perf_counter() < deadline:
        with contextlib.suppress(BlockingIOError):
            buffer += os.read(proc.stdout.fileno(), 4096)
        now = time.perf_counter()
        if ready is None and b"READY" in buffer:
            ready = now - start
        peak = max(peak, tree_pss_mb(proc.pid))
        if ready is not None and now - start > ready + settle_s:
            break
        time.sleep(0.02)
    proc.kill()
    proc.wait()
    if ready is None:
        raise SystemExit("the app never reported ready")
    return ready, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    atlas, bare, peaks = [], [], []
    for _ in range(args.runs):
        t, pss = one_run(ATLAS)
        atlas.append(t)
        peaks.append(pss)
        bare.append(one_run(BARE)[0])
    result = {
        "median_s": round(statistics.median(atlas), 3),
        "bare_median_s": round(statistics.median(bare), 3),
        "ratio": round(statistics.median(atlas) / statistics.median(bare), 2),
        "tree_pss_mb": round(max(peaks), 1),
        "runs": args.runs,
    }
    if not args.json:
        print(f"atlas ready: {atlas}")
        print(f"bare page:   {bare}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
