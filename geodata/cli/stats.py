"""``caucasus-atlas stats``: km² held by each controller inside the conflict zone on a day.

Examples::

    caucasus-atlas stats --date 1995-01-01
    caucasus-atlas stats --date 2021-01-01 --json

Areas are measured on the WGS84 ellipsoid (geodesic area, pyproj) when the area file is
built. The conflict zone is the union of the control areas (see docs/data-format.md).
"""

from __future__ import annotations

import argparse

from geodata.problems import AtlasError

NAME = "stats"
HELP = "km² held by each controller on a date"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--date", required=True, help="the day, YYYY-MM-DD")
    parser.add_argument("--json", action="store_true", help="print {code: km2} as JSON")


def run(args: argparse.Namespace) -> int:
    import json

    from geodata.control import load_control, stats
    from geodata.control.controllers import label
    from geodata.dates import parse_day

    try:
        day = parse_day(args.date)
    except ValueError as exc:
        raise AtlasError(f"--date: {exc}", 2) from None
    data, _ = load_control()
    tl = data.timeline
    if not tl.first_day <= day <= tl.last_day:
        raise AtlasError(f"{day} is outside the data's range ({tl.first_day} to {tl.last_day})", 3)
    totals = stats(data, day)
    if args.json:
        print(json.dumps(totals))
        return 0
    for code, km in sorted(totals.items(), key=lambda kv: -kv[1]):
        print(f"{code}\t{km:10.1f} km²\t{label(code)}")
    print(f"total\t{sum(totals.values()):10.1f} km²\t(de facto control, approximate areas)")
    return 0
