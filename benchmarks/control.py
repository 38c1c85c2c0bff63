"""Control-model speed: state at a date, diff, and loading a synthetic 2,000 × 500 dataset.

Run: ``uv run python benchmarks/control.py`` — prints the figures recorded in
docs/benchmarks.md ("## Control model").
"""

from __future__ import annotations

import csv
import random
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from geodata.control import FIRST_DAY, load_control
from geodata.control.files import read_periods, tile
from geodata.timeline import ControlTimeline

AREAS, CHANGES = 2000, 500


def per_call_us(fn, n: int = 20000) -> float:
    start = time.perf_counter()
    for _ in range(n):
        fn()
    return (time.perf_counter() - start) / n * 1e6


def synthetic_csv(path: Path) -> None:
    """2,000 areas; 500 distinct change dates, each changing 4 random areas (2,000 rows more)."""
    rng = random.Random(1)
    days = sorted(rng.sample(range(1, 36000), CHANGES))
    changes: dict[str, list[date]] = {f"a{i}": [] for i in range(AREAS)}
    for d in days:
        for area in rng.sample(sorted(changes), 4):
            changes[area].append(FIRST_DAY + timedelta(days=d))
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["area", "start", "end", "controller", "status", "confidence", "source", "note"])
        for area, starts in changes.items():
            starts = [FIRST_DAY, *sorted(set(starts))]
            for i, s in enumerate(starts):
                end = starts[i + 1].isoformat() if i + 1 < len(starts) else ""
                code = ("AZ", "AM", "NKR")[i % 3]
                w.writerow([area, s.isoformat(), end, code, "stable", "High", "synthetic", ""])


def main() -> None:
    data, _ = load_control()
    tl = data.timeline
    day, other = date(2020, 11, 10), date(1994, 5, 12)
    area = "shusha-town"
    print(f"shipped: {len(tl.areas)} areas, {len(tl.change_dates)} change dates")
    print(f"state_of(area, day):        {per_call_us(lambda: tl.state_of(area, day)):6.2f} µs")
    print(f"state_at(day):              {per_call_us(lambda: tl.state_at(day)):6.2f} µs")
    print(
        f"dict(state_at(day)):        {per_call_us(lambda: dict(tl.state_at(day)), 5000):6.2f} µs"
    )
    next_day = day + timedelta(days=1)
    print(f"diff(day, next day):        {per_call_us(lambda: tl.diff(day, next_day)):6.2f} µs")
    print(f"diff(1994, 2020):           {per_call_us(lambda: tl.diff(other, day), 5000):6.2f} µs")
    lat, lon = 39.8177, 46.7528
    print(f"area_at(lat, lon):          {per_call_us(lambda: data.area_at(lat, lon)):6.2f} µs")

    start = time.perf_counter()
    load_control()
    print(f"load_control() shipped:     {(time.perf_counter() - start) * 1e3:6.1f} ms")

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "periods.csv"
        synthetic_csv(path)
        start = time.perf_counter()
        by_area, problems = read_periods(path)
        good, tiling = tile(path, by_area)
        big = ControlTimeline(good, FIRST_DAY)
        elapsed = time.perf_counter() - start
        assert not problems and not tiling
        rows = sum(len(r) for r in by_area.values())
        print(
            f"synthetic {AREAS} areas × {len(big.change_dates)} change dates ({rows} rows): "
            f"load {elapsed * 1e3:.0f} ms"
        )
        mid = big.change_dates[250]
        print(f"  state_of:                 {per_call_us(lambda: big.state_of('a7', mid)):6.2f} µs")
        nxt = big.change_dates[251]
        print(f"  diff(adjacent changes):   {per_call_us(lambda: big.diff(mid, nxt)):6.2f} µs")
        first, last = big.change_dates[0], big.change_dates[-1]
        print(
            f"  diff(first, last):        {per_call_us(lambda: big.diff(first, last), 200):6.0f} µs"
        )


if __name__ == "__main__":
    main()
