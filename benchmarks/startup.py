"""Start-up: process start to map ready, next to a bare QWebEngineView; peak tree PSS.

    uv run python -m benchmarks.startup [--runs 5] [--json] [--bundle PATH] [--base DIR]

Each run is a fresh process (offscreen). "Ready" is the moment the page tells Python it
has drawn its basemap (``bridge.mapReady``); the bare run loads an empty page and stops
at ``loadFinished``. With ``--bundle``, the app is also timed as a teacher starts it: the
window's command (``main.py``, with this interpreter, as ``uv run caucasus-atlas`` does) and
the PyInstaller bundle's executable, both until they log "map ready" under ``--debug``.
With ``--base``, another checkout (``git worktree add ../base <commit>``) is timed in turn
with this one, round by round, so that the machine's load weighs on both alike; its bundle
is taken from the same path under it. Each round records the load average. A first,
untimed run fills Python's bytecode caches, as any earlier start has on a user's machine.
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


def one_run(
    script: str | list[str], settle_s: float = 1.0, root: Path = ROOT
) -> tuple[float, float]:
    """Seconds from spawn to READY, and the tree's peak PSS (MB) until ``settle_s`` later.

    ``script`` is Python source ending in a print of READY, or a command line (the window
    under ``--debug``) whose stderr says "map ready".
    """
    env = {**os.environ, "XDG_CONFIG_HOME": "/tmp/atlas-bench-config"}
    # Python caches compiled modules (.pyc) on a user's machine; a run without that cache
    # (this variable, set on some build machines) times compiling numpy and the app too.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    command = [sys.executable, "-c", script] if isinstance(script, str) else script
    if not isinstance(script, str):
        env["QT_QPA_PLATFORM"] = "offscreen"
    start = time.perf_counter()
    proc = subprocess.Popen(
        command,
        cwd=root,
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


def time_tree(root: Path, bundle: str | None, into: dict[str, list[float]], prefix: str) -> None:
    """One round of the app from checkout ``root``: the atlas (and main.py and its bundle)."""
    t, pss = one_run(ATLAS, root=root)
    into.setdefault(f"{prefix}atlas", []).append(t)
    into.setdefault(f"{prefix}pss", []).append(pss)
    if bundle:
        window = [sys.executable, str(root / "main.py"), "--debug"]
        into.setdefault(f"{prefix}window", []).append(one_run(window, root=root)[0])
        executable = [str(root / bundle), "--debug"]  # a relative path: inside each checkout
        into.setdefault(f"{prefix}bundle", []).append(one_run(executable, root=root)[0])


def summary(times: dict[str, list[float]], bare: float, prefix: str) -> dict:
    median = {k: statistics.median(v) for k, v in times.items() if k.startswith(prefix)}
    result = {
        "median_s": round(median[f"{prefix}atlas"], 3),
        "ratio": round(median[f"{prefix}atlas"] / bare, 2),
        "tree_pss_mb": round(max(times[f"{prefix}pss"]), 1),
    }
    if f"{prefix}bundle" in median:
        result["window_median_s"] = round(median[f"{prefix}window"], 3)
        result["bundle_median_s"] = round(median[f"{prefix}bundle"], 3)
        result["bundle_ratio"] = round(median[f"{prefix}bundle"] / bare, 2)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--bundle", help="also time main.py and this bundle executable (relative: to the checkout)"
    )
    parser.add_argument("--base", help="also time this other checkout, in turn (A/B)")
    args = parser.parse_args()
    base = Path(args.base).resolve() if args.base else None
    times: dict[str, list[float]] = {}
    bare, loads = [], []
    for root in filter(None, (base, ROOT)):
        one_run(ATLAS, settle_s=0, root=root)  # writes the bytecode caches; not timed
    for _ in range(args.runs):
        loads.append(round(os.getloadavg()[0], 1))
        if base:
            time_tree(base, args.bundle, times, "base_")
        time_tree(ROOT, args.bundle, times, "")
        bare.append(one_run(BARE)[0])
    bare_median = statistics.median(bare)
    result = {
        **summary(times, bare_median, ""),
        "bare_median_s": round(bare_median, 3),
        "runs": args.runs,
        "load": loads,
    }
    if base:
        result["base"] = summary(times, bare_median, "base_")
    if not args.json:
        for name, values in times.items():
            if not name.endswith("pss"):
                print(f"{name + ':':15}{[round(v, 3) for v in values]}")
        print(f"{'bare:':15}{[round(v, 3) for v in bare]}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
