"""Territorial control: load ``resources/control/`` into one :class:`ControlData`.

Loading never raises on bad data: each reader keeps the valid records and returns
:class:`~geodata.problems.Problem` objects for the rest, so the app starts with what is
valid. An area whose periods do not tile the whole range is left out of the timeline (and
reported), which keeps the model's promise: every area has exactly one controller on every
day in range.

>>> data, problems = load_control()
>>> problems
[]
>>> from datetime import date
>>> data.timeline.state_of("shusha-town", date(1992, 5, 10)).controller
'NKR'
>>> data.area_at(39.8177, 46.7528).id  # Stepanakert / Khankendi
'nkao-core'
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from geodata.control.files import (
    OVERLAY_STATUSES,
    PERIOD_COLUMNS,
    read_areas,
    read_lines,
    read_overlays,
    read_periods,
    tile,
)
from geodata.control.model import (
    FIRST_DAY,
    Area,
    AuthoredLine,
    ControlData,
    Overlay,
    OverlayPeriod,
)
from geodata.events import read_events
from geodata.i18n import QT_TRANSLATE_NOOP
from geodata.prebuilt import unchanged
from geodata.problems import Problem
from geodata.timeline import ControlTimeline

__all__ = [
    "CONTROL_DIR",
    "FIRST_DAY",
    "OVERLAY_STATUSES",
    "PERIOD_COLUMNS",
    "TERRITORY",
    "Area",
    "AuthoredLine",
    "ControlData",
    "Overlay",
    "OverlayPeriod",
    "load_control",
    "read_periods",
    "recognised_state",
    "stats",
    "stats_by_status",
]

CONTROL_DIR = Path(__file__).resolve().parents[2] / "resources" / "control"


def load_control(
    directory: Path | str | None = None, last_day: date | None = None, check_all: bool = False
) -> tuple[ControlData, list[Problem]]:
    """Load ``directory`` (default ``resources/control``): the data and its problems.

    Call it once and keep the result: the app caches it, not this function. Never raises
    on bad content: what is valid loads, the rest is in the problems.

    Parameters
    ----------
    directory : pathlib.Path or str, optional
        A folder with ``areas.geojson``, ``periods.csv``, ``overlays.geojson``,
        ``overlay_periods.csv``, ``events.csv`` and ``lines.geojson``.
    last_day : datetime.date, optional
        The last day that may be asked for; today by default.
    check_all : bool, default False
        Check every geometry even in files as the build checked them
        (:mod:`geodata.prebuilt`), as the build itself does; otherwise those are made
        shapely geometries only when first used.

    Returns
    -------
    data : ControlData
    problems : list of Problem
        ``FILE:LINE: message``; empty for the shipped data.

    Examples
    --------
    >>> data, problems = load_control()
    >>> problems, data.timeline.first_day
    ([], datetime.date(1923, 7, 7))
    >>> data, problems = load_control("no/such/folder")
    >>> data.areas, str(problems[0]).startswith("no/such/folder/areas.geojson:0: cannot read")
    ({}, True)
    """
    d = Path(directory) if directory else CONTROL_DIR
    checked = not check_all and unchanged(d)
    areas, problems, _ = read_areas(d / "areas.geojson", checked)
    by_area, period_problems = read_periods(d / "periods.csv", set(areas))
    problems += period_problems
    good, tiling_problems = tile(d / "periods.csv", by_area)
    problems += tiling_problems
    for aid in areas.keys() - by_area.keys():
        problems.append(Problem(d / "periods.csv", 0, f"area {aid!r} has no periods"))
    overlays, overlay_problems = read_overlays(
        d / "overlays.geojson", d / "overlay_periods.csv", checked
    )
    events, event_problems = read_events(d / "events.csv")
    lines, line_problems = read_lines(d / "lines.geojson", checked)
    problems += overlay_problems + event_problems + line_problems
    timeline = ControlTimeline(good, FIRST_DAY, last_day)
    return ControlData(areas, timeline, overlays, events, lines, checked and not problems), problems


TERRITORY = QT_TRANSLATE_NOOP(
    "stats",
    "the mapped conflict zone: every control area (the former NKAO, the seven districts "
    "around it, Shahumyan and Getashen, the border strips and the exclaves); land outside "
    "it is not counted",
)


def recognised_state(timeline: ControlTimeline, area: str) -> str:
    """The state ``area`` is internationally recognised as part of.

    It is the Soviet republic the area belonged to when the data begins (7 Jul 1923):
    Armenia and Azerbaijan recognise each other's territorial integrity within the Soviet
    republics' borders (Alma-Ata Declaration, 21 Dec 1991; reaffirmed in Prague on 6 Oct
    2022), so the exclaves keep their republic (Karki is Azerbaijan's, Artsvashen
    Armenia's) whoever holds them.

    Parameters
    ----------
    timeline : ControlTimeline
    area : str
        A control area id.

    Returns
    -------
    str
        A controller code, ``AZ`` or ``AM`` in the shipped data.

    Examples
    --------
    >>> data, _ = load_control()
    >>> recognised_state(data.timeline, "karki"), recognised_state(data.timeline, "am-jermuk")
    ('AZ', 'AM')
    """
    return timeline.state_of(area, timeline.first_day).controller


def stats_by_status(data: ControlData, day: date) -> dict[str, dict[str, float]]:
    """km² per controller on ``day``, in total and split by status.

    Counts :data:`TERRITORY` only (every control area); zeros are kept so that every row
    has every key.

    Parameters
    ----------
    data : ControlData
    day : datetime.date

    Returns
    -------
    dict of str to dict of str to float
        Per controller code: ``km2``, ``held`` (stable control), ``contested``,
        ``claimed``, and ``own`` (km² on land recognised as its own state's).

    Examples
    --------
    >>> data, _ = load_control()
    >>> row = stats_by_status(data, date(2021, 6, 1))["AZ"]
    >>> abs(row["km2"] - (row["held"] + row["contested"] + row["claimed"])) < 0.2
    True
    """
    rows: dict[str, dict[str, float]] = {}
    keys = {"stable": "held", "contested": "contested", "claimed": "claimed"}
    for aid, state in data.timeline.state_at(day).items():
        km = data.areas[aid].km2
        row = rows.setdefault(
            state.controller,
            {"km2": 0.0, "held": 0.0, "contested": 0.0, "claimed": 0.0, "own": 0.0},
        )
        row["km2"] += km
        row[keys[state.status]] += km
        if recognised_state(data.timeline, aid) == state.controller:
            row["own"] += km
    return {code: {k: round(v, 1) for k, v in row.items()} for code, row in sorted(rows.items())}


def stats(data: ControlData, day: date) -> dict[str, float]:
    """km² held by each controller on ``day`` inside the conflict zone (all control areas).

    Areas carry their km² from the build (geodesic, on the WGS84 ellipsoid), so this is a sum.

    Parameters
    ----------
    data : ControlData
    day : datetime.date
        Within the data's range.

    Returns
    -------
    dict of str to float
        By controller code, rounded to 0.1 km².

    Raises
    ------
    ValueError
        For a day outside the data's range.

    Examples
    --------
    >>> data, _ = load_control()
    >>> held = stats(data, date(1980, 1, 1))
    >>> max(held, key=held.get)
    'AZ'
    """
    totals: dict[str, float] = {}
    for aid, state in data.timeline.state_at(day).items():
        totals[state.controller] = totals.get(state.controller, 0.0) + data.areas[aid].km2
    return {code: round(km, 1) for code, km in sorted(totals.items())}
