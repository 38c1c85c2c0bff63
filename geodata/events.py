"""Dated, placed events (``resources/control/events.csv``), each with its date's precision.

A source that says "August 1992" gives ``1992-08``: the event keeps month precision and is
labelled "Aug 1992", never "1 Aug 1992".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from geodata.csv_rows import read_rows
from geodata.dates import PartialDate, range_label
from geodata.problems import Problem

__all__ = ["CONFIDENCES", "EVENT_COLUMNS", "Event", "read_events"]

EVENT_COLUMNS = (
    "id",
    "date",
    "end",
    "title",
    "place",
    "lat",
    "lon",
    "kind",
    "confidence",
    "source",
    "note",
)
CONFIDENCES = ("High", "Medium", "Low")
# One colour per kind, shared by the timeline's ticks and the map's event markers.
KIND_COLOURS = {
    "military": "#c0392b",
    "violence": "#7b1c12",
    "ceasefire": "#2e8b57",
    "diplomacy": "#168f8f",
    "political": "#6c4fb3",
    "blockade": "#e67e22",
    "exodus": "#8d6e63",
    "handover": "#b8860b",
}
OTHER_COLOUR = "#8a8a8a"
LINGER = timedelta(days=30)


@dataclass(frozen=True)
class Event:
    """One dated event of the timeline and the map, with its source and how sure it is.

    Parameters
    ----------
    id : str
        Unique within the file.
    date : PartialDate
        When it happened (or began), at the source's precision.
    end : PartialDate or None
        The last day, month or year of a span; None for a moment.
    title : str
        One line, neutral wording.
    place : str
        A gazetteer id; empty when ``lat``/``lon`` place it instead.
    lat, lon : float or None
        Used when there is no place id; both or neither.
    kind : str
        ``military``, ``ceasefire``, ``diplomacy`` … (a key of ``KIND_COLOURS``), or empty.
    confidence : {"High", "Medium", "Low"}
    source : str
        The citation; never empty.
    note : str
        Context, and both claims where the event is contested.

    Examples
    --------
    >>> e = Event("x", PartialDate.parse("1994-05-12"), None, "Bishkek ceasefire in force",
    ...           "", None, None, "ceasefire", "High", "source", "")
    >>> e.label(), e.kind
    ('12 May 1994', 'ceasefire')
    """

    id: str
    date: PartialDate
    end: PartialDate | None
    title: str
    place: str
    lat: float | None
    lon: float | None
    kind: str
    confidence: str
    source: str
    note: str

    def label(self) -> str:
        """``'25 Feb 1992 – 26 Feb 1992'`` or ``'Aug 1992'``: at the stated precision.

        Returns
        -------
        str

        Examples
        --------
        >>> aug = PartialDate.parse("1992-08")
        >>> Event("x", aug, None, "t", "", None, None, "", "Low", "s", "").label()
        'Aug 1992'
        """
        return range_label(self.date, self.end)


def read_events(path: Path) -> tuple[list[Event], list[Problem]]:
    r"""Every valid row of ``path``; one :class:`Problem` per bad row (``FILE:LINE``).

    A bad row (no source, an end before the start, a lone ``lat``, a repeated id) is left
    out and reported, and the rest load, so one typo never empties the timeline.

    Parameters
    ----------
    path : pathlib.Path
        An events CSV with the :data:`EVENT_COLUMNS`.

    Returns
    -------
    events : list of Event
        In file order.
    problems : list of Problem
        Empty for a clean file.

    Examples
    --------
    >>> import tempfile
    >>> tmp = Path(tempfile.mkdtemp()) / "events.csv"
    >>> head = ",".join(EVENT_COLUMNS)
    >>> rows = ["a,1994-05-12,,Ceasefire,,,,ceasefire,High,src,", "b,1994,1993,Odd,,,,,High,src,"]
    >>> _ = tmp.write_text("\n".join([head, *rows]) + "\n", encoding="utf-8")
    >>> events, problems = read_events(tmp)
    >>> [e.id for e in events], [(p.line, p.message) for p in problems]
    (['a'], [(3, "event 'b' ends (1993) before it starts (1994)")])
    >>> read_events(tmp.with_name("missing.csv"))[0]
    []
    >>> import shutil
    >>> shutil.rmtree(tmp.parent)
    """
    events: list[Event] = []
    problems: list[Problem] = []
    seen: set[str] = set()
    for line, row in read_rows(path, EVENT_COLUMNS, problems):
        try:
            event = _event(row)
        except ValueError as exc:
            problems.append(Problem(path, line, str(exc)))
            continue
        if event.id in seen:
            problems.append(Problem(path, line, f"duplicate event id {event.id!r}"))
            continue
        seen.add(event.id)
        events.append(event)
    return events, problems


def _event(row: dict[str, str]) -> Event:
    if not row["id"]:
        raise ValueError("event without an id")
    start = PartialDate.parse(row["date"])
    end = PartialDate.parse(row["end"]) if row["end"] else None
    if end and end.first < start.first:
        raise ValueError(f"event {row['id']!r} ends ({end}) before it starts ({start})")
    lat, lon = (_coordinate(row, key) for key in ("lat", "lon"))
    if (lat is None) != (lon is None):
        raise ValueError(f"event {row['id']!r}: give both lat and lon, or neither")
    if lat is not None and not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(f"event {row['id']!r}: lat/lon out of range")
    if row["confidence"] not in CONFIDENCES:
        raise ValueError(f"event {row['id']!r}: confidence must be one of {', '.join(CONFIDENCES)}")
    if not row["source"].strip():
        raise ValueError(f"event {row['id']!r} has no source")
    if not row["title"].strip():
        raise ValueError(f"event {row['id']!r} has no title")
    return Event(
        row["id"],
        start,
        end,
        row["title"],
        row["place"],
        lat,
        lon,
        row["kind"],
        row["confidence"],
        row["source"],
        row["note"],
    )


def _coordinate(row: dict[str, str], key: str) -> float | None:
    if not row[key]:
        return None
    try:
        return float(row[key])
    except ValueError:
        raise ValueError(f"event {row['id']!r}: {key} {row[key][:30]!r} is not a number") from None


def events_on(events: list[Event], day: date, linger: timedelta = LINGER) -> list[Event]:
    """The events the map shows on ``day``: from their first day until they end, and for
    ``linger`` after a short one, so that a one-day event can be seen while scrubbing.

    An event known to the month or the year is shown through that month or year.

    Parameters
    ----------
    events : list of Event
    day : datetime.date
    linger : datetime.timedelta, default 30 days
        The least time an event stays on the map after its first day.

    Returns
    -------
    list of Event
        In the order given.

    Examples
    --------
    >>> e = Event("x", PartialDate.parse("1993-08"), None, "t", "", None, None, "", "", "", "")
    >>> [len(events_on([e], date(1993, month, 15))) for month in (7, 8, 9)]
    [0, 1, 0]
    >>> day = PartialDate.parse("2020-09-27")
    >>> one_day = Event("y", day, None, "t", "", None, None, "", "", "", "")
    >>> [len(events_on([one_day], d)) for d in (date(2020, 10, 26), date(2020, 10, 27))]
    [1, 0]
    >>> events_on([], date(2000, 1, 1))
    []
    """
    return [
        e for e in events if e.date.first <= day < max((e.end or e.date).end, e.date.first + linger)
    ]
