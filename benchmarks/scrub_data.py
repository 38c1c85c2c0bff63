"""The scrub benchmark's data: the synthetic 2,000-area atlas and the steps to take."""

from __future__ import annotations

import random
import tempfile
from datetime import date, timedelta
from pathlib import Path

from benchmarks.control import synthetic_csv

GRID = (50, 40)  # synthetic areas: 50 × 40 squares over the "caucasus" view
GRID_BOUNDS = ((38.3, 39.9), (43.7, 50.9))


def synthetic_atlas():
    """AtlasData whose control data is 2,000 grid squares × 500 change dates, no places."""
    from shapely.geometry import box

    from geodata.atlas import AtlasData
    from geodata.control import FIRST_DAY, Area, ControlData
    from geodata.control.files import read_periods, tile
    from geodata.timeline import ControlTimeline

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "periods.csv"
        synthetic_csv(path)
        by_area, problems = read_periods(path)
        good, tiling = tile(path, by_area)
    assert not problems and not tiling
    timeline = ControlTimeline(good, FIRST_DAY)
    (south, west), (north, east) = GRID_BOUNDS
    cols, rows = GRID
    dx, dy = (east - west) / cols, (north - south) / rows
    areas = {}
    for i in range(cols * rows):
        x, y = west + (i % cols) * dx, south + (i // cols) * dy
        geom = box(x, y, x + dx * 0.9, y + dy * 0.9)
        areas[f"a{i}"] = Area(f"a{i}", f"Area {i}", "", "", 100.0, "", geom)
    control = ControlData(areas, timeline, {}, [], {})
    return AtlasData(control=control, first_day=timeline.first_day, last_day=timeline.last_day)


def scrub_plan(timeline, first: date, last: date, n_seq: int, n_rand: int, seed: int = 6):
    """Sequential steps (each change date and the day before, in order, spread over the
    whole range, repeated if needed) and seeded random jumps; no day twice in a row."""
    one = timedelta(days=1)
    walk = [d for c in timeline.change_dates for d in (c - one, c) if first <= d <= last]
    if len(walk) >= n_seq:
        seq = [walk[round(i * (len(walk) - 1) / max(1, n_seq - 1))] for i in range(n_seq)]
    else:
        seq = [walk[i % len(walk)] for i in range(n_seq)]
    rng = random.Random(seed)
    span = (last - first).days
    rand = [first + timedelta(days=rng.randint(0, span)) for _ in range(n_rand)]
    plan, previous = [], None
    for kind, days in (("sequential", seq), ("random", rand)):
        for d in days:
            if d != previous:
                plan.append((kind, d))
                previous = d
    return plan
