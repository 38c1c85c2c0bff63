"""``caucasus-atlas stats``: km² held by each controller inside the conflict zone on a day.

Examples::

    caucasus-atlas stats --date 1995-01-01
    caucasus-atlas stats --date 2021-01-01 --json

Areas are measured on the WGS84 ellipsoid (geodesic area, pyproj) when the area file is
built. The conflict zone is the union of the control areas (see docs/data-format.md).
"""

from __future__ import annotations

import argparse

from geodata.cli._messages import out_of_range
from geodata.i18n import QT_TRANSLATE_NOOP, translate
from geodata.problems import AtlasError

NAME = "stats"
HELP = QT_TRANSLATE_NOOP("cli", "km² held by each controller on a date")
# How each part of a controller's km² is named in the table (the JSON keeps the keys).
PARTS = {
    "held": QT_TRANSLATE_NOOP("cli", "held"),
    "contested": QT_TRANSLATE_NOOP("cli", "contested"),
    "claimed": QT_TRANSLATE_NOOP("cli", "claimed"),
}


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--date", required=True, help=translate("cli", "the day, YYYY-MM-DD"))
    parser.add_argument(
        "--json", action="store_true", help=translate("cli", "print totals by status as JSON")
    )


def run(args: argparse.Namespace) -> int:
    import json

    from geodata.control import TERRITORY, load_control, stats_by_status
    from geodata.control.controllers import label
    from geodata.dates import parse_day

    try:
        day = parse_day(args.date)
    except ValueError as exc:
        raise AtlasError(f"--date: {exc}", 2) from None
    data, _ = load_control()
    tl = data.timeline
    if not tl.first_day <= day <= tl.last_day:
        raise AtlasError(out_of_range(day, tl.first_day, tl.last_day), 3)
    rows = stats_by_status(data, day)
    split = {
        k: round(sum(r[k] for r in rows.values()), 1) for k in ("held", "contested", "claimed")
    }
    total = round(sum(r["km2"] for r in rows.values()), 1)
    if args.json:
        controllers = {code: {"label": label(code), **row} for code, row in rows.items()}
        out = {
            "date": day.isoformat(),
            "territory": TERRITORY,
            "total_km2": total,
            "by_status": split,
            "controllers": controllers,
        }
        print(json.dumps(out, ensure_ascii=False))
        return 0
    print(translate("cli", "counted: {territory}").format(territory=translate("stats", TERRITORY)))
    for code, row in sorted(rows.items(), key=lambda kv: -kv[1]["km2"]):
        parts = [f"{row[k]:,.1f} {translate('cli', PARTS[k])}" for k in PARTS if row[k]]
        print(f"{code}\t{row['km2']:10.1f} km²\t{label(code)} ({', '.join(parts)})")
    parts = ", ".join(f"{km:,.1f} {translate('cli', PARTS[k])}" for k, km in split.items())
    total_line = translate("cli", "(de facto control, approximate areas: {parts})")
    word = translate("cli", "total")
    print(f"{word}\t{total:10.1f} km²\t{total_line.format(parts=parts)}")
    return 0
