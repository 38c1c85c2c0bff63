"""Reading the files of ``resources/control``: areas, periods, overlays and lines.

Each reader keeps the valid records and returns :class:`~geodata.problems.Problem` objects
(``FILE:LINE: message``) for the rest; it never raises on bad content.
:func:`geodata.control.load_control` puts them together.
"""

from __future__ import annotations

import json
import math
import warnings
from datetime import date
from pathlib import Path

from geodata.control.controllers import STATUSES, is_controller_code
from geodata.control.model import FIRST_DAY, Area, AuthoredLine, Overlay, OverlayPeriod
from geodata.csv_rows import read_rows
from geodata.dates import PartialDate, parse_day
from geodata.events import CONFIDENCES
from geodata.problems import Problem
from geodata.textfiles import MB, RefusedFile, read_text
from geodata.timeline import AreaState, Period, check_tiling

__all__ = [
    "OVERLAY_COLUMNS",
    "OVERLAY_STATUSES",
    "PERIOD_COLUMNS",
    "read_areas",
    "read_lines",
    "read_overlays",
    "read_periods",
    "tile",
]

PERIOD_COLUMNS = ("area", "start", "end", "controller", "status", "confidence", "source", "note")
OVERLAY_COLUMNS = ("overlay", "start", "end", "status", "confidence", "source", "note")
MAX_GEOJSON_BYTES = 50 * MB  # the shipped areas.geojson is 70 KB
OVERLAY_STATUSES = ("deployed", "withdrawing", "restricted", "checkpoint", "closed", "partial")


def _features(path: Path, problems: list[Problem]) -> list[tuple[int, dict, dict]]:
    """GeoJSON features with the line each starts on (files are written one per line) and
    their properties; a feature that is not an object, or whose properties are not, is a
    problem and left out."""
    try:
        text = read_text(path, MAX_GEOJSON_BYTES)
    except RefusedFile as exc:
        problems.append(Problem(path, exc.line, f"cannot read the file: {exc.reason}"))
        return []
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        problems.append(Problem(path, exc.lineno, f"not valid JSON ({exc.msg})"))
        return []
    except (ValueError, RecursionError) as exc:  # a number of thousands of digits; deep nesting
        problems.append(Problem(path, 0, f"cannot read GeoJSON ({type(exc).__name__})"))
        return []
    features = data.get("features") if isinstance(data, dict) else None
    if not isinstance(features, list):
        problems.append(Problem(path, 1, "not a GeoJSON FeatureCollection (no 'features' list)"))
        return []
    lines = text.splitlines()
    out, cursor = [], 0
    for n, feature in enumerate(features, start=1):
        props = feature.get("properties") if isinstance(feature, dict) else None
        fid = str(props.get("id", "")) if isinstance(props, dict) else ""
        needle = f'"id":"{fid}"'
        line = next(
            (i for i in range(cursor, len(lines)) if needle in lines[i].replace('": "', '":"')),
            cursor,
        )
        cursor = line
        if not isinstance(feature, dict):
            problems.append(Problem(path, line + 1, f"feature {n} is not a JSON object"))
        elif not isinstance(props, dict):
            problems.append(Problem(path, line + 1, f"feature {n}: properties is not an object"))
        else:
            out.append((line + 1, feature, props))
    return out


def _geometry(path: Path, line: int, feature: dict, problems: list[Problem], checked: bool):
    """The feature's geometry: an object, non-empty, every coordinate finite and on Earth.

    ``checked``: the file is as the build checked it (:mod:`geodata.prebuilt`); its GeoJSON
    is kept as it is, made a shapely geometry on first use (numpy and shapely are imported
    here, not at the top, for that).
    """
    geometry = feature.get("geometry")
    if not isinstance(geometry, dict):
        problems.append(Problem(path, line, "bad geometry: not a GeoJSON geometry object"))
        return None
    if checked:
        return geometry
    import numpy as np
    import shapely
    from shapely.errors import ShapelyError
    from shapely.geometry import shape

    try:
        with warnings.catch_warnings():  # shapely warns of NaN; the check below reports it
            warnings.simplefilter("ignore", RuntimeWarning)
            geom = shape(geometry)
        coords = shapely.get_coordinates(geom)
    except (KeyError, TypeError, ValueError, AttributeError, ShapelyError) as exc:
        problems.append(Problem(path, line, f"bad geometry: {exc}"))
        return None
    if geom.is_empty:
        problems.append(Problem(path, line, "bad geometry: it is empty"))
        return None
    lon, lat = coords[:, 0], coords[:, 1]
    if not (np.isfinite(coords).all() and (abs(lon) <= 180).all() and (abs(lat) <= 90).all()):
        problems.append(
            Problem(path, line, "bad geometry: a coordinate is off the Earth or not a number")
        )
        return None
    return geom


def read_areas(
    path: Path, checked: bool = False
) -> tuple[dict[str, Area], list[Problem], dict[str, int]]:
    """Areas by id, problems, and the line each area is on (for the validator).

    Parameters
    ----------
    path : pathlib.Path
        An ``areas.geojson``, written one feature per line.
    checked : bool, default False
        The file is as the build checked it: geometries are not checked again.

    Returns
    -------
    areas : dict of str to Area
    problems : list of Problem
    where : dict of str to int
        The line of each area's feature, so geometry problems can name it.

    Examples
    --------
    >>> from geodata.control import CONTROL_DIR
    >>> areas, problems, where = read_areas(CONTROL_DIR / "areas.geojson")
    >>> "kalbajar" in areas, problems, where["kalbajar"] > 1
    (True, [], True)
    >>> read_areas(Path("missing.geojson"))[1][0].line
    0
    """
    problems: list[Problem] = []
    areas: dict[str, Area] = {}
    where: dict[str, int] = {}
    for line, f, p in _features(path, problems):
        aid = p.get("id")
        if not aid or not isinstance(aid, str):
            problems.append(Problem(path, line, "area without an id (a text)"))
            continue
        if aid in areas:
            problems.append(Problem(path, line, f"duplicate area id {aid!r}"))
            continue
        geom = _geometry(path, line, f, problems, checked)
        km2 = _km2(p.get("km2", 0.0))
        if km2 is None:
            problems.append(Problem(path, line, f"area {aid!r}: km2 is not a number ≥ 0"))
        if geom is None or km2 is None:
            continue
        texts = [_text(p, key, default) for key, default in _AREA_TEXTS]
        if None in texts:
            problems.append(Problem(path, line, f"area {aid!r}: a name or note is not a text"))
            continue
        name, name_hy, name_az, note = texts
        areas[aid] = Area(aid, name or aid, name_hy, name_az, km2, note, geom)
        where[aid] = line
    return areas, problems, where


_AREA_TEXTS = (("name", ""), ("name_hy", ""), ("name_az", ""), ("note", ""))


def _km2(value) -> float | None:
    """An area's km² as a finite number ≥ 0 (the build writes a number); None if it is not."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        km2 = float(value)
    except ValueError:
        return None
    return km2 if math.isfinite(km2) and km2 >= 0 else None


def _text(props: dict, key: str, default: str) -> str | None:
    value = props.get(key, default)
    return value if isinstance(value, str) else None


def read_periods(
    path: Path, known_areas: set[str] | None = None
) -> tuple[dict[str, list[tuple[int, Period]]], list[Problem]]:
    """Rows of ``periods.csv`` grouped by area, each with its line; bad rows as problems.

    Rows are checked one by one here; whether an area's rows tile the range is
    :func:`tile`'s question.

    Parameters
    ----------
    path : pathlib.Path
    known_areas : set of str, optional
        Area ids from ``areas.geojson``; None skips the check (one file validated alone).

    Returns
    -------
    by_area : dict of str to list of tuple (int, Period)
    problems : list of Problem

    Examples
    --------
    >>> from geodata.control import CONTROL_DIR
    >>> by_area, problems = read_periods(CONTROL_DIR / "periods.csv", {"kalbajar"})
    >>> list(by_area), len(problems) > 0
    (['kalbajar'], True)
    """
    problems: list[Problem] = []
    by_area: dict[str, list[tuple[int, Period]]] = {}
    for line, row in read_rows(path, PERIOD_COLUMNS, problems):
        try:
            period = _period(row, known_areas)
        except ValueError as exc:
            problems.append(Problem(path, line, str(exc)))
            continue
        by_area.setdefault(period.area, []).append((line, period))
    return by_area, problems


def _period(row: dict[str, str], known_areas: set[str] | None) -> Period:
    area = row["area"]
    if known_areas is not None and area not in known_areas:
        raise ValueError(f"unknown area id {area!r} (not in areas.geojson)")
    start = PartialDate.parse(row["start"])
    end = PartialDate.parse(row["end"]).first if row["end"] else None
    if end is not None and end <= start.first:
        raise ValueError(f"{area}: end {row['end']} is not after start {row['start']}")
    if not is_controller_code(row["controller"]):
        raise ValueError(f"{area}: unknown controller code {row['controller']!r}")
    if row["status"] not in STATUSES:
        raise ValueError(f"{area}: status must be one of {', '.join(STATUSES)}")
    if row["confidence"] not in CONFIDENCES:
        raise ValueError(f"{area}: confidence must be one of {', '.join(CONFIDENCES)}")
    if not row["source"].strip():
        raise ValueError(f"{area}: period from {row['start']} has no source")
    state = AreaState(
        row["controller"],
        row["status"],
        start.first,
        row["source"],
        row["confidence"],
        row["note"],
        start.precision,
    )
    return Period(area, start.first, end, state)


def tile(
    path: Path, by_area: dict[str, list[tuple[int, Period]]]
) -> tuple[list[Period], list[Problem]]:
    """The periods of the areas that tile the range; a problem for each area that does not.

    An area with a gap is left out whole, so the map never shows an area with no holder.

    Parameters
    ----------
    path : pathlib.Path
        Named in the problems.
    by_area : dict of str to list of tuple (int, Period)
        As :func:`read_periods` returns it.

    Returns
    -------
    periods : list of Period
    problems : list of Problem
        At the line of the row the problem names.

    Examples
    --------
    >>> from geodata.timeline import AreaState, Period
    >>> s = AreaState("AZ", "stable", FIRST_DAY)
    >>> late = {"x": [(2, Period("x", date(1930, 1, 1), None, s))]}
    >>> good, problems = tile(Path("periods.csv"), late)
    >>> good, [str(p) for p in problems]
    ([], ["periods.csv:2: area 'x' starts on 1930-01-01, not on 1923-07-07"])
    """
    good: list[Period] = []
    problems: list[Problem] = []
    for area, rows in by_area.items():
        rows = sorted(rows, key=lambda r: r[1].start)
        why = check_tiling([p for _, p in rows], FIRST_DAY)
        if why:
            problems.append(Problem(path, _line_of(rows, why), f"area {area!r} {why}"))
        else:
            good.extend(p for _, p in rows)
    return good, problems


def _line_of(rows: list[tuple[int, Period]], why: str) -> int:
    """The line of the row a tiling problem names (by its start date), else the first."""
    for line, p in rows[1:]:
        if str(p.start) in why:
            return line
    return rows[0][0]


def read_overlays(
    geo_path: Path, periods_path: Path, checked: bool = False
) -> tuple[dict[str, Overlay], list[Problem]]:
    """Overlays with their periods; periods of unknown overlays and overlaps are problems.

    Parameters
    ----------
    geo_path : pathlib.Path
        ``overlays.geojson``.
    periods_path : pathlib.Path
        ``overlay_periods.csv``.
    checked : bool, default False
        ``geo_path`` is as the build checked it: geometries are not checked again.

    Returns
    -------
    overlays : dict of str to Overlay
    problems : list of Problem

    Examples
    --------
    >>> from geodata.control import CONTROL_DIR
    >>> overlays, problems = read_overlays(
    ...     CONTROL_DIR / "overlays.geojson", CONTROL_DIR / "overlay_periods.csv"
    ... )
    >>> problems, all(o.periods for o in overlays.values())
    ([], True)
    """
    problems: list[Problem] = []
    shapes = {}
    for line, f, p in _features(geo_path, problems):
        geom = _geometry(geo_path, line, f, problems, checked)
        if not isinstance(p.get("id"), str):
            problems.append(Problem(geo_path, line, "overlay without an id (a text)"))
        elif geom is not None:
            shapes[p["id"]] = (p, geom)
    periods: dict[str, list[OverlayPeriod]] = {}
    for line, row in read_rows(periods_path, OVERLAY_COLUMNS, problems):
        try:
            oid, period = _overlay_period(row, shapes)
        except ValueError as exc:
            problems.append(Problem(periods_path, line, str(exc)))
            continue
        clash = [q for q in periods.get(oid, []) if q.start < period.end and period.start < q.end]
        if clash:
            message = f"overlay {oid!r}: periods overlap at {period.start}"
            problems.append(Problem(periods_path, line, message))
            continue
        periods.setdefault(oid, []).append(period)
    overlays = {
        oid: Overlay(
            oid,
            p.get("name", oid),
            p.get("source", ""),
            p.get("accuracy", ""),
            geom,
            tuple(sorted(periods.get(oid, []), key=lambda q: q.start)),
        )
        for oid, (p, geom) in shapes.items()
    }
    return overlays, problems


def _overlay_period(row: dict[str, str], shapes: dict) -> tuple[str, OverlayPeriod]:
    oid = row["overlay"]
    if oid not in shapes:
        raise ValueError(f"unknown overlay id {oid!r} (not in overlays.geojson)")
    start, end = PartialDate.parse(row["start"]).first, PartialDate.parse(row["end"]).first
    if end <= start:
        raise ValueError(f"overlay {oid!r}: end {row['end']} is not after start {row['start']}")
    if row["status"] not in OVERLAY_STATUSES:
        raise ValueError(f"overlay {oid!r}: status must be one of {', '.join(OVERLAY_STATUSES)}")
    if row["confidence"] not in CONFIDENCES or not row["source"].strip():
        raise ValueError(f"overlay {oid!r}: needs a confidence (High/Medium/Low) and a source")
    return oid, OverlayPeriod(
        start, end, row["status"], row["confidence"], row["source"], row["note"]
    )


def read_lines(path: Path, checked: bool = False) -> tuple[dict[str, AuthoredLine], list[Problem]]:
    """Authored lines; each must carry a source, an accuracy note and a confidence.

    A line without them is left out: an unsourced line on a conflict map reads as fact.

    Parameters
    ----------
    path : pathlib.Path
        ``lines.geojson``.
    checked : bool, default False
        The file is as the build checked it: geometries are not checked again.

    Returns
    -------
    lines : dict of str to AuthoredLine
    problems : list of Problem

    Examples
    --------
    >>> from geodata.control import CONTROL_DIR
    >>> lines, problems = read_lines(CONTROL_DIR / "lines.geojson")
    >>> "loc-1994" in lines, problems
    (True, [])
    """
    problems: list[Problem] = []
    lines = {}
    for line, f, p in _features(path, problems):
        keys = ("id", "name", "source", "accuracy", "confidence")
        missing = [k for k in keys if not (p.get(k) and isinstance(p.get(k), str))]
        if missing:
            lacks = ", ".join(missing)
            problems.append(Problem(path, line, f"line feature lacks (as text) {lacks}"))
            continue
        geom = _geometry(path, line, f, problems, checked)
        try:
            shown = [_day_or_none(p.get(k)) for k in ("shown_from", "shown_until")]
        except ValueError as exc:
            problems.append(Problem(path, line, f"line {p['id']!r}: {exc}"))
            continue
        if shown[1] is not None and (shown[0] is None or shown[1] <= shown[0]):
            problems.append(Problem(path, line, f"line {p['id']!r}: shown_until before shown_from"))
            continue
        if geom is not None:
            lines[p["id"]] = AuthoredLine(
                p["id"], p["name"], p["source"], p["accuracy"], p["confidence"], geom, *shown
            )
    return lines, problems


def _day_or_none(text) -> date | None:
    if text and not isinstance(text, str):
        raise ValueError(f"{text!r} is not a date: use YYYY-MM-DD")
    return parse_day(text) if text else None
