"""Start-up: process start to map ready, next to a bare QWebEngineView; peak tree PSS.

    uv run python -m benchmarks.startup [--runs 5] [--json] [--bundle PATH]

Each run is a fresh process (offscreen). "Ready" is the moment the page tells Python it
has drawn its basemap (``bridge.mapReady``); the bare run loads an empty page and stops
at ``loadFinished``. With ``--bundle``, the app is also timed as a teacher starts it: the
window's command (``main.py``, with this interpreter, as ``uv run caucasus-atlas`` does) and
the PyInstaller bundle's executable, both until they log "map ready" under ``--debug``.
Results are recorded in docs/benchmarks.md.
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
from viewer.app import create_application, open_window
app = create_application(offscreen=True)
w = open_window(None, None, None)
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


def one_run(script: str | list[str], settle_s: float = 1.0) -> tuple[float, float]:
    """Seconds from spawn to READY, and the tree's peak PSS (MB) until ``settle_s`` later.

    ``script`` is Python source ending in a print of READY, or a command line (the window
    under ``--debug``) whose stderr says "map ready".
    """
    env = {**os.environ, "XDG_CONFIG_HOME": "/tmp/atlas-bench-config"}
    command = [sys.executable, "-c", script] if isinstance(script, str) else script
    if not isinstance(script, str):
        env["QT_QPA_PLATFORM"] = "offscreen"
    start = time.perf_counter()
    proc = subprocess.Popen(
        command,
        cwd=ROOT,
        stdout=subprocess.PIPE if isinstance(script, str) else subprocess.DEVNULL,
        stderr=subprocess.DEVNULL if isinstance(script, str) else subprocess.PIPE,
        env=env,
    )
    stream = proc.stdout if isinstance(script, str) else proc.stderr
    marker = b"READY" if isinstance(script, str) else b"map ready"
    os.set_blocking(stream.fileno(), False)
    ready, peak, buffer = None, 0.0, b""
    deadline = start + 60
    while time.perf_counter() < deadline:
        with contextlib.suppress(BlockingIOError):
            buffer = (buffer + os.read(stream.fileno(), 65536))[-4096:]
        now = time.perf_counter()
        if ready is None and marker in buffer:
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
    parser.add_argument("--bundle", help="also time this bundle executable and main.py")
    args = parser.parse_args()
    atlas, bare, peaks, window, bundle = [], [], [], [], []
    for _ in range(args.runs):
        t, pss = one_run(ATLAS)
        atlas.append(t)
        peaks.append(pss)
        bare.append(one_run(BARE)[0])
        if args.bundle:
            window.append(one_run([sys.executable, str(ROOT / "main.py"), "--debug"])[0])
            bundle.append(one_run([str(Path(args.bundle).resolve()), "--debug"])[0])
    result = {
        "median_s": round(statistics.median(atlas), 3),
        "bare_median_s": round(statistics.median(bare), 3),
        "ratio": round(statistics.median(atlas) / statistics.median(bare), 2),
        "tree_pss_mb": round(max(peaks), 1),
        "runs": args.runs,
    }
    if args.bundle:
        result["window_median_s"] = round(statistics.median(window), 3)
        result["bundle_median_s"] = round(statistics.median(bundle), 3)
        result["bundle_ratio"] = round(statistics.median(bundle) / statistics.median(bare), 2)
    if not args.json:
        print(f"atlas ready: {atlas}")
        print(f"bare page:   {bare}")
        if args.bundle:
            print(f"main.py:     {window}")
            print(f"bundle:      {bundle}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
