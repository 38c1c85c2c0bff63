"""Scrubbing: slider value → map painted, on the real data and a synthetic 2,000-area set.

    uv run python -m benchmarks.scrub [--quick] [--json] [--soak MINUTES]

Latency per step is ``time.perf_counter()`` at ``session.set_date(day)`` until the map
controller's ``datePainted`` for that day (the page acknowledges after two animation
frames); the next step waits for it. Each step is paired with the *floor*: the same round
trip with an empty update (``SetAreaStyles(styles={})``), so frame pacing is measured in
the same run. The page's own work is read from ``Atlas.workMs()`` (time inside the
handlers, per acknowledged update). Beside it, in separate processes so that their memory
stays their own: the naive approach (regenerate the folium page and reload it per step) and
folium's TimestampedGeoJson (``benchmarks/scrub_peers.py``). ``--soak`` plays the whole
range in a loop and reports the growth of the process tree's memory.

Each part runs in its own child process (``--worker``); the last line printed is one JSON
object. Results are recorded in docs/benchmarks.md ("## Scrubbing").
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from benchmarks.harness import open_view, run_js, summary, wait_until
from benchmarks.proctree import tree_pss_mb
from benchmarks.scrub_data import scrub_plan, synthetic_atlas

ROOT = Path(__file__).resolve().parent.parent
FLOOR_ACK = 1_000_000  # acks of empty updates; the controller's own count from 1


# ---- in a worker: the atlas ------------------------------------------------------------


class AtlasRig:
    """One MapView with a MapController over a Session, and round trips to its page."""

    def __init__(self, data, view_name: str):
        from geodata.views import VIEWS
        from viewer.map.controller import MapController
        from viewer.session import Session

        assert view_name in VIEWS
        self.app, self.view = open_view()
        self.session = Session(data, data.first_day)
        self.controller = MapController(self.view, self.session, view_name)
        self.painted_days: list[date] = []
        self.acks: list[int] = []
        self.controller.datePainted.connect(self.painted_days.append)
        self.view.bridge.painted.connect(self.acks.append)
        self._floor = FLOOR_ACK
        self._seen: set[int] = set()  # acks whose page work has been read
        if not wait_until(lambda: self.painted_days, 180):
            raise RuntimeError("the map never painted its first date")

    def step(self, day: date) -> tuple[float, float]:
        """ms from set_date to painted, and ms of it spent in Python before sending."""
        self.painted_days.clear()
        start = time.perf_counter()
        self.session.set_date(day)
        sent = time.perf_counter()
        if not wait_until(lambda: day in self.painted_days):
            raise RuntimeError(f"{day} was never painted")
        return (time.perf_counter() - start) * 1e3, (sent - start) * 1e3

    def floor(self) -> float:
        """ms of the same round trip with an empty update."""
        from viewer.map.messages import SetAreaStyles

        ack = self.next_ack()
        start = time.perf_counter()
        self.view.bridge.send(SetAreaStyles(styles={}, ack=ack))
        if not wait_until(lambda: ack in self.acks):
            raise RuntimeError("an empty update was never painted")
        return (time.perf_counter() - start) * 1e3

    def next_ack(self) -> int:
        self._floor += 1
        return self._floor

    def work(self) -> tuple[list[float], list[float]]:
        """JS work per update since the last call: (date updates, empty updates), in ms."""
        entries = run_js(self.view, "JSON.stringify(Atlas.workMs())") or []
        fresh = [(ack, ms) for ack, ms in entries if ack not in self._seen]
        self._seen.update(ack for ack, _ in fresh)
        return [ms for ack, ms in fresh if ack < FLOOR_ACK], [
            ms for ack, ms in fresh if ack >= FLOOR_ACK
        ]

    def pss_mb(self) -> float:
        return tree_pss_mb(os.getpid())


def restyle_probe(rig, rounds: int) -> dict:
    """Round trips of bare messages by size, to see what a frame costs: an empty update,
    a caption change, 1, 4 and all areas restyled (alternating colours), and an empty
    update right after restyling all. Run last: it leaves the controller's cache stale."""
    from geodata.map_style import AreaStyle
    from viewer.map.messages import SetAreaStyles, SetCaption

    ids = list(rig.session.data.control.areas)
    spread = ids[:: max(1, len(ids) // 4)][:4]

    def restyle(chosen):
        return lambda i, ack: SetAreaStyles(
            styles={a: AreaStyle(fill=("#1f78b4", "#e66101")[i % 2]) for a in chosen}, ack=ack
        )

    cases = {
        "all areas": restyle(ids),
        "empty after all": lambda i, ack: SetAreaStyles(styles={}, ack=ack),
        "caption": lambda i, ack: SetCaption(title="probe", date=f"step {i}", ack=ack),
        "1 area": restyle(ids[:1]),
        "4 areas": restyle(spread),
        "empty": lambda i, ack: SetAreaStyles(styles={}, ack=ack),
    }
    out: dict[str, list[float]] = {name: [] for name in cases}
    for i in range(rounds + 3):  # the first 3 rounds warm up
        for name, message in cases.items():
            ack = rig.next_ack()
            start = time.perf_counter()
            rig.view.bridge.send(message(i, ack))
            if not wait_until(lambda a=ack: a in rig.acks):
                raise RuntimeError(f"probe {name} was never painted")
            if i >= 3:
                out[name].append((time.perf_counter() - start) * 1e3)
    return {name: summary(values) for name, values in out.items()}


def atlas_worker(dataset: str, n_seq: int, n_rand: int) -> dict:
    if dataset == "real":
        from geodata.atlas import load_atlas
        from geodata.views import DEFAULT_VIEW

        data, view_name = load_atlas(), DEFAULT_VIEW
    else:
        data, view_name = synthetic_atlas(), "caucasus"
    rig = AtlasRig(data, view_name)
    timeline = data.control.timeline
    for _kind, day in scrub_plan(timeline, data.first_day, data.last_day, 10, 10, seed=1):
        rig.step(day)  # warm-up: JIT, tooltips bound, hatch patterns made
        rig.floor()
    rig.work()
    latency: dict[str, list[float]] = {"sequential": [], "random": []}
    python_ms, floors, js_dates, js_empty = [], [], [], []
    plan = scrub_plan(timeline, data.first_day, data.last_day, n_seq, n_rand)
    for i, (kind, day) in enumerate(plan):
        floors.append(rig.floor())
        ms, py = rig.step(day)
        latency[kind].append(ms)
        python_ms.append(py)
        if i % 500 == 499 or i == len(plan) - 1:  # read before the ring buffer wraps
            dates, empty = rig.work()
            js_dates += dates
            js_empty += empty
    everything = latency["sequential"] + latency["random"]
    pss = rig.pss_mb()
    probe = restyle_probe(rig, max(10, n_seq // 6))
    return {
        "dataset": dataset,
        "areas": len(timeline.areas),
        "change_dates": len(timeline.change_dates),
        "latency": summary(everything),
        "sequential": summary(latency["sequential"]),
        "random": summary(latency["random"]),
        "floor": summary(floors),
        "python": summary(python_ms),
        "js_work": summary(js_dates),
        "js_work_empty": summary(js_empty),
        "tree_pss_mb": round(pss, 1),
        "probe": probe,
    }


def soak_worker(minutes: float) -> dict:
    """Play the real data's whole range (change dates and the days before) in a loop."""
    from geodata.atlas import load_atlas
    from geodata.views import DEFAULT_VIEW

    data = load_atlas()
    rig = AtlasRig(data, DEFAULT_VIEW)
    tl = data.control.timeline
    loop = [d for _k, d in scrub_plan(tl, data.first_day, data.last_day, 10**6, 0)][:400]
    loop = list(dict.fromkeys(loop))
    for day in loop:  # one warm-up pass before the baseline
        rig.step(day)
    start_pss = rig.pss_mb()
    samples, steps, latencies = [], 0, []
    start = last_sample = time.perf_counter()
    while time.perf_counter() - start < minutes * 60:
        for day in loop:
            latencies.append(rig.step(day)[0])
            steps += 1
        if time.perf_counter() - last_sample > 30:
            last_sample = time.perf_counter()
            samples.append(round(rig.pss_mb(), 1))
    end_pss = rig.pss_mb()
    return {
        "minutes": round((time.perf_counter() - start) / 60, 2),
        "steps": steps,
        "loop_days": len(loop),
        "start_pss_mb": round(start_pss, 1),
        "end_pss_mb": round(end_pss, 1),
        "max_pss_mb": max([round(end_pss, 1), *samples]),
        "growth_pct": round((end_pss - start_pss) / start_pss * 100, 2),
        "samples_mb": samples,
        "latency": summary(latencies),
    }


# ---- the parent: one child process per part -------------------------------------------


def run_worker(*args: str, timeout_s: float = 1800) -> dict:
    env = {**os.environ, "XDG_CONFIG_HOME": "/tmp/atlas-bench-config"}
    cmd = [sys.executable, "-m", "benchmarks.scrub", "--worker", *args]
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout_s)
    lines = proc.stdout.strip().splitlines()
    if proc.returncode != 0 or not lines:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-5:]
        return {"error": f"{' '.join(args)} failed (rc {proc.returncode}): " + " | ".join(tail)}
    return json.loads(lines[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a shortened run (< 1 minute)")
    parser.add_argument("--json", action="store_true", help="print only the JSON line")
    parser.add_argument("--soak", type=float, metavar="MINUTES", help="only the soak test")
    parser.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.worker:
        kind, *rest = args.worker
        if kind == "atlas":
            result = atlas_worker(rest[0], int(rest[1]), int(rest[2]))
        elif kind == "soak":
            result = soak_worker(float(rest[0]))
        else:
            from benchmarks import scrub_peers

            result = scrub_peers.worker(kind, *rest)
        result["load_average"] = round(os.getloadavg()[0], 2)  # others on the 2 cores?
        print(json.dumps(result), flush=True)
        os._exit(0)  # skip Qt WebEngine's teardown: the figures are out

    if args.soak:
        result = run_worker("soak", str(args.soak), timeout_s=args.soak * 60 + 600)
        print(json.dumps(result))
        return

    n = 30 if args.quick else 300
    parts = {
        "real": run_worker("atlas", "real", str(n), str(n)),
        "synthetic": run_worker("atlas", "synthetic", str(n), str(n)),
        "naive": run_worker("naive", "5" if args.quick else "25"),
    }
    if not args.quick:
        parts["timestamped_geojson"] = run_worker("timestamped", "100", "100", "100")
    result = headline(parts)
    if not args.json:
        for name, part in parts.items():
            print(f"{name}: {json.dumps(part)}")
    print(json.dumps({**result, "parts": parts} if not args.json else result))


def headline(parts: dict) -> dict:
    """The figures the issue asks for, flat, for ``--json``."""
    real, synth, naive = parts["real"], parts["synthetic"], parts["naive"]

    def get(part, *keys):
        for key in keys:
            part = part.get(key, {}) if isinstance(part, dict) else {}
        return part if part != {} else None

    out = {
        "p50_ms": get(real, "latency", "p50"),
        "p95_ms": get(real, "latency", "p95"),
        "max_ms": get(real, "latency", "max"),
        "floor_ms": get(real, "floor", "p50"),
        "js_work_p50_ms": get(real, "js_work", "p50"),
        "synthetic_p50_ms": get(synth, "latency", "p50"),
        "synthetic_p95_ms": get(synth, "latency", "p95"),
        "synthetic_floor_ms": get(synth, "floor", "p50"),
        "synthetic_tree_pss_mb": get(synth, "tree_pss_mb"),
        "naive_p50_ms": get(naive, "latency", "p50"),
    }
    peer = parts.get("timestamped_geojson")
    if peer:
        out["timestamped_p50_ms"] = get(peer, "latency", "p50")
        out["timestamped_tree_pss_mb"] = get(peer, "tree_pss_mb")
    errors = [p["error"] for p in parts.values() if isinstance(p, dict) and "error" in p]
    if errors:
        out["errors"] = errors
    return out


if __name__ == "__main__":
    main()
