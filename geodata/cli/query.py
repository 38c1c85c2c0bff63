"""``caucasus-atlas query``: who held a point on a day (de facto control).

Examples::

    caucasus-atlas query --date 1992-05-10 --lat 39.7601 --lon 46.7499
    caucasus-atlas query --date 2023-09-21 --lat 39.8177 --lon 46.7528 --json

``since`` is ``held_since``: the first day of the unbroken run of the same controller (not
the start of the current data period); ``status_since`` is the day the status (stable,
contested, claimed) last changed within that run. Dates keep the source's precision.

Inside a control area the answer comes from the control data; elsewhere it is the country
whose territory the basemap puts the point in (status ``stable``). A point at sea or off
the map, or a date outside the data's range, exits with 3 and one line on stderr.
"""

from __future__ import annotations

import argparse

from geodata.cli._messages import out_of_range
from geodata.data_texts import data_text
from geodata.i18n import QT_TRANSLATE_NOOP, translate
from geodata.problems import AtlasError

NAME = "query"
# The data's confidence levels, marked for lupdate (translated when printed).
CONFIDENCE = (
    QT_TRANSLATE_NOOP("confidence", "High"),
    QT_TRANSLATE_NOOP("confidence", "Medium"),
    QT_TRANSLATE_NOOP("confidence", "Low"),
)
HELP = QT_TRANSLATE_NOOP("cli", "the de facto controller of a point on a date")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--date", required=True, help=translate("cli", "the day, YYYY-MM-DD"))
    parser.add_argument(
        "--lat", required=True, type=float, help=translate("cli", "latitude (degrees north)")
    )
    parser.add_argument(
        "--lon", required=True, type=float, help=translate("cli", "longitude (degrees east)")
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("cli", "print one JSON object")
    )


def answer(day, lat: float, lon: float) -> dict:
    """The answer as a dict (keys controller, area, status, since, held_since, status_since,
    source, confidence, …)."""
    from shapely.geometry import Point

    from geodata.control import load_control
    from geodata.control.controllers import label

    data, _ = load_control()
    tl = data.timeline
    if not tl.first_day <= day <= tl.last_day:
        raise AtlasError(out_of_range(day, tl.first_day, tl.last_day), 3)
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        text = translate("cli", "{lat}, {lon} is not a point on Earth")
        raise AtlasError(text.format(lat=lat, lon=lon), 3)
    area = data.area_at(lat, lon)
    if area is not None:
        s = tl.state_of(area.id, day)
        tenure = tl.tenure(area.id, day)
        return {
            "controller": s.controller,
            "label": label(s.controller),
            "area": area.id,
            "name": area.name,
            "name_hy": area.name_hy,
            "name_az": area.name_az,
            "status": s.status,
            "since": tenure.held_since.iso(),
            "held_since": tenure.held_since.iso(),
            "status_since": tenure.status_since.iso(),
            "confidence": s.confidence,
            "source": s.source,
            "note": s.note,
        }
    from geodata.basemap import load_admin1, load_geojson

    point = Point(lon, lat)
    for unit in load_admin1():
        if unit.geometry.intersects(point):
            code = unit.properties.get("country", "")
            return _country(code, unit.id, unit.properties.get("name", unit.id), tl.first_day)
    for f in load_geojson("countries.geojson")["features"]:
        from shapely.geometry import shape

        if shape(f["geometry"]).intersects(point):
            code = f["properties"]["id"]
            return _country(code, code.lower(), f["properties"].get("name", code), tl.first_day)
    text = translate("cli", "{lat}, {lon} is at sea or off the map: no controller")
    raise AtlasError(text.format(lat=lat, lon=lon), 3)


def _country(code: str, area: str, name: str, first_day) -> dict:
    from geodata.control.controllers import country_label

    return {
        "controller": code,
        "label": country_label(code),
        "area": area,
        "name": name,
        "status": "stable",
        "since": first_day.isoformat(),
        "held_since": first_day.isoformat(),
        "status_since": first_day.isoformat(),
        "confidence": "High",
        "source": "basemap: Natural Earth boundaries (outside the conflict zone)",
        "note": "outside every control area: the country whose territory the basemap shows",
    }


def run(args: argparse.Namespace) -> int:
    import json

    from geodata.control.controllers import STATUSES
    from geodata.dates import PartialDate, parse_day
    from geodata.i18n import language
    from geodata.place_names import local_area_name

    try:
        day = parse_day(args.date)
    except ValueError as exc:
        raise AtlasError(f"--date: {exc}", 2) from None
    a = answer(day, args.lat, args.lon)
    if args.json:
        print(json.dumps(a, ensure_ascii=False))
        return 0
    held = PartialDate.parse(a["held_since"]).label()
    since = PartialDate.parse(a["status_since"]).label()
    status = STATUSES[a["status"]].label if a["status"] in STATUSES else a["status"]
    # The interface language's own form first, the other side's usage second.
    first, other = local_area_name(a["area"], language())
    name = (f"{first} / {other}" if other else first) or a["name"]
    # Sources keep their original titles; the note is the atlas's own text (data_texts.csv).
    lines = [
        translate("cli", "{label} (de facto control), held since {day}").format(
            label=a["label"], day=held
        ),
        translate("cli", "area") + f"\t{a['area']} — {name}",
        translate("cli", "status")
        + "\t"
        + translate("cli", "{status} since {day} (confidence {confidence})").format(
            status=translate("statuses", status).lower(),
            day=since,
            confidence=translate("confidence", a["confidence"]),
        ),
        translate("cli", "source") + f"\t{a['source']}",
    ]
    if a.get("note"):
        lines.append(translate("cli", "note") + f"\t{data_text(a['note'])}")
    print(f"{a['controller']}\t" + "\n".join(lines))
    return 0
