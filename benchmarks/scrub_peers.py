"""The peers of ``benchmarks/scrub.py``, each in its own process, on the synthetic set.

- naive: per step, regenerate the folium page with the 2,000 polygons styled for the day
  and load it (local Leaflet through the atlas scheme); painted = two animation frames
  after the page's script has run.
- timestamped: folium's TimestampedGeoJson (Leaflet.TimeDimension) with N times × 2,000
  polygons. Its JavaScript is fetched from the npm registry at run time (``npm pack``)
  into a temporary folder and never committed. The stock build sorts timestamps as text,
  so it cannot reach 1923; a one-function numeric sort
  (``Util.sort_and_deduplicate``) is patched in.

Both report painted through ``document.title`` (no channel needed); their floor is the same
round trip with nothing changed.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import tarfile
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import folium
from branca.element import MacroElement
from jinja2 import Template

from benchmarks.harness import open_view, run_js, summary, wait_until
from benchmarks.proctree import tree_pss_mb
from benchmarks.scrub_data import GRID_BOUNDS, synthetic_atlas

NPM_PACKAGES = {
    "timedimension": ("leaflet-timedimension@1.1.1", "dist"),
    "iso8601": ("iso8601-js-period@0.2.1", ""),
    "moment": ("moment@2.18.1", "min"),
}
COLOURS = {"AZ": "#1f78b4", "AM": "#e66101", "NKR": "#b2182b"}


class _Ack(MacroElement):
    """Page-side helpers: title ``painted N <ms of work>`` two frames after a step."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        window.peerMap = {{ this._parent.get_name() }};
        window.afterPaint = function (text) {
          requestAnimationFrame(() => requestAnimationFrame(() => { document.title = text; }));
        };
        window.peerStep = function (n, time) {
          const td = peerMap.timeDimension, t0 = performance.now();
          if (td && time !== null) td.setCurrentTime(time);
          afterPaint('painted ' + n + ' ' + (performance.now() - t0));
        };
        afterPaint('painted {{ this.n }} 0');
        {% endmacro %}
        """
    )

    def __init__(self, n: int):
        super().__init__()
        self._name = "PeerAck"
        self.n = n


def _local_map(origin: str):
    class LocalMap(folium.Map):
        default_js = [("leaflet", f"{origin}/leaflet/leaflet.js")]
        default_css = [("leaflet_css", f"{origin}/leaflet/leaflet.css")]

    (south, west), (north, east) = GRID_BOUNDS
    fmap = LocalMap(location=None, tiles=None, zoom_control=True)
    fmap.fit_bounds([[south, west], [north, east]])
    return fmap


def _features(data, day: date, times: bool = False) -> list[dict]:
    state = data.control.timeline.state_at(day)
    out = []
    for aid, area in data.control.areas.items():
        fill = COLOURS.get(state[aid].controller, "#999999")
        props = {"id": aid, "fill": fill}
        if times:
            props["times"] = [day.isoformat()]
            props["style"] = {
                "color": "#ffffff",
                "weight": 0.8,
                "fillColor": fill,
                "fillOpacity": 0.62,
            }
        coords = [list(map(lambda v: round(v, 5), xy)) for xy in area.geometry.exterior.coords]
        out.append(
            {
                "type": "Feature",
                "properties": props,
                "geometry": {"type": "Polygon", "coordinates": [coords]},
            }
        )
    return out


class TitleWatch:
    """Collects the page's ``painted N ms`` titles."""

    def __init__(self, view):
        self.seen: dict[int, float] = {}
        view.titleChanged.connect(self._on_title)

    def _on_title(self, title: str) -> None:
        parts = title.split()
        if len(parts) == 3 and parts[0] == "painted":
            self.seen[int(parts[1])] = float(parts[2])

    def wait(self, n: int, timeout_s: float = 120) -> float:
        if not wait_until(lambda: n in self.seen, timeout_s):
            raise RuntimeError(f"step {n} was never painted")
        return self.seen[n]


def naive(steps: int) -> dict:
    from PySide6.QtCore import QUrl

    from viewer.map.scheme import ORIGIN

    data = synthetic_atlas()
    _app, view = open_view()
    watch = TitleWatch(view)
    rng = random.Random(6)
    span = (data.last_day - data.first_day).days
    latency, build, loaded = [], [], []
    finished: list[float] = []
    view.loadFinished.connect(lambda ok: finished.append(time.perf_counter()))
    for n in range(steps + 2):  # the first two warm up
        day = data.first_day + timedelta(days=rng.randint(0, span))
        start = time.perf_counter()
        fmap = _local_map(ORIGIN)
        folium.GeoJson(
            {"type": "FeatureCollection", "features": _features(data, day)},
            style_function=lambda f: {
                "color": "#ffffff",
                "weight": 0.8,
                "fillColor": f["properties"]["fill"],
                "fillOpacity": 0.62,
            },
        ).add_to(fmap)
        _Ack(n).add_to(fmap)
        html = fmap.get_root().render().encode()
        built = time.perf_counter()
        finished.clear()
        view.load(QUrl(view.serve(f"naive-{n % 2}.html", html, "text/html")))
        watch.wait(n)
        if n >= 2:
            end = time.perf_counter()
            latency.append((end - start) * 1e3)
            build.append((built - start) * 1e3)
            if finished:
                loaded.append((finished[0] - built) * 1e3)
    return {
        "polygons": len(data.control.areas),
        "latency": summary(latency),
        "build": summary(build),
        "load_finished": summary(loaded),
        "page_mb": round(len(html) / 1e6, 2),
        "tree_pss_mb": round(tree_pss_mb(os.getpid()), 1),
    }


def npm_assets(folder: Path) -> dict[str, Path]:
    """``npm pack`` the peer's three packages into ``folder``; their asset folders."""
    out = {}
    for name, (spec, sub) in NPM_PACKAGES.items():
        proc = subprocess.run(
            ["npm", "pack", spec, "--silent"],
            cwd=folder,
            capture_output=True,
            text=True,
            timeout=120,
        )
        if proc.returncode != 0:
            raise RuntimeError(f"npm pack {spec}: {proc.stderr.strip()[-200:]}")
        tgz = folder / proc.stdout.strip().splitlines()[-1]
        with tarfile.open(tgz) as tar:
            tar.extractall(folder / name, filter="data")
        out[name] = folder / name / "package" / sub
    return out


PATCH_JS = b"""
// Numeric sort: the stock function sorts ms timestamps as text (1923 is negative).
L.TimeDimension.Util.sort_and_deduplicate = function (arr) {
  arr = arr.slice(0).sort(function (a, b) { return a - b; });
  var result = [], last = null;
  for (var i = 0; i < arr.length; i++) {
    if (arr[i] !== last) { result.push(arr[i]); last = arr[i]; }
  }
  return result;
};
"""


def timestamped(n_times: int, n_seq: int, n_rand: int) -> dict:
    from folium.plugins import TimestampedGeoJson
    from PySide6.QtCore import QTimer, QUrl

    from viewer.map.scheme import ORIGIN

    if not shutil.which("npm"):
        return {"skipped": "npm is not on this machine"}
    tmp = Path(tempfile.mkdtemp(prefix="atlas-peer-"))
    try:
        assets = npm_assets(tmp)
    except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        return {"skipped": f"npm registry unavailable: {exc}"}

    class LocalTimestamped(TimestampedGeoJson):
        default_js = [
            ("iso8601", f"{ORIGIN}/iso8601/iso8601.js"),
            ("timedimension", f"{ORIGIN}/timedimension/leaflet.timedimension.min.js"),
            ("patch", f"{ORIGIN}/peer/patch.js"),
            ("moment", f"{ORIGIN}/moment/moment.min.js"),
        ]
        default_css = [
            ("timedimension_css", f"{ORIGIN}/timedimension/leaflet.timedimension.control.css")
        ]

    data = synthetic_atlas()
    span = (data.last_day - data.first_day).days
    days = [
        data.first_day + timedelta(days=round(i * span / (n_times - 1))) for i in range(n_times)
    ]
    features = [f for day in days for f in _features(data, day, times=True)]
    fmap = _local_map(ORIGIN)
    LocalTimestamped(
        {"type": "FeatureCollection", "features": features},
        period="P1D",
        duration="PT1H",
        auto_play=False,
        add_last_point=False,
    ).add_to(fmap)
    _Ack(0).add_to(fmap)
    html = fmap.get_root().render().encode()
    del features

    _app, view = open_view()
    for name, folder in assets.items():
        view.scheme.mount(name, folder)
    view.serve("peer/patch.js", PATCH_JS, "text/javascript")
    watch = TitleWatch(view)
    peak = [0.0]

    def sample() -> None:
        peak[0] = max(peak[0], tree_pss_mb(os.getpid()))

    timer = QTimer(interval=500)
    timer.timeout.connect(sample)
    timer.start()
    start = time.perf_counter()
    view.load(QUrl(view.serve("peer.html", html, "text/html")))
    watch.wait(0, timeout_s=600)
    load_s = time.perf_counter() - start
    first = run_js(view, "JSON.stringify(new Date(peerMap.timeDimension.getAvailableTimes()[0]))")

    rng = random.Random(6)
    plan = [("warm-up", i) for i in (n_times // 2, 1, n_times - 1)]
    plan += [("sequential", i % n_times) for i in range(1, n_seq + 1)]
    plan += [("random", rng.randrange(n_times)) for _ in range(n_rand)]
    latency = {"warm-up": [], "sequential": [], "random": []}
    floors, work = [], []
    n = 0
    epoch = date(1970, 1, 1)
    for kind, index in plan:
        ms_of_day = (days[index] - epoch).days * 86_400_000
        for target, out in (("null", floors), (ms_of_day, None)):
            n += 1
            t0 = time.perf_counter()
            view.page().runJavaScript(f"peerStep({n}, {target})")
            ms_js = watch.wait(n)
            ms = (time.perf_counter() - t0) * 1e3
            if kind == "warm-up":
                continue
            if out is not None:
                out.append(ms)
            else:
                latency[kind].append(ms)
                work.append(ms_js)
    sample()
    timer.stop()
    shutil.rmtree(tmp, ignore_errors=True)
    return {
        "polygons": len(data.control.areas),
        "times": n_times,
        "features": len(data.control.areas) * n_times,
        "page_mb": round(len(html) / 1e6, 1),
        "first_time": first,
        "load_s": round(load_s, 2),
        "latency": summary(latency["sequential"] + latency["random"]),
        "sequential": summary(latency["sequential"]),
        "random": summary(latency["random"]),
        "floor": summary(floors),
        "js_work": summary(work),
        "tree_pss_mb": round(peak[0], 1),
    }


def worker(kind: str, *args: str) -> dict:
    if kind == "naive":
        return naive(int(args[0]))
    if kind == "timestamped":
        return timestamped(*(int(a) for a in args))
    raise SystemExit(f"unknown worker {kind!r}")
