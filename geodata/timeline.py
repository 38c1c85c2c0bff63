"""The temporal model: who holds each area on each day, answered by bisection.

Each area has a list of half-open periods ``[start, end)`` that tile the whole range from
``first_day`` onwards (the last one is open). The change dates of all areas are sorted once;
``state_at(day)`` finds the day's place among them with one bisection and returns a read-only
view, whose lookups bisect the area's own starts. ``diff(a, b)`` visits only the areas that
changed between the two days, so scrubbing the time slider costs microseconds.

A data period's start is not what a reader means by "since": the data splits a holding
into periods whenever a source or a status changes (Lachin was taken on 18 May 1992 and
its period restarts at the 1994 ceasefire). ``tenure(area, day)`` answers with the two
dates a student reads: ``held_since``, the first day of the unbroken run of the same
controller, and ``status_since``, the day the status last changed within that run.

The range ends at ``last_day``: today, or the last change date if that is later (so that a
dataset dated in the future stays queryable). Days outside ``[first_day, last_day]`` raise
``ValueError``.

>>> from datetime import date as d
>>> FIRST, SHUSHA = d(1923, 7, 7), d(1992, 5, 9)
>>> tl = ControlTimeline(
...     [
...         Period("shusha", d(1923, 7, 7), d(1992, 5, 9), AreaState("AZ", "stable", FIRST)),
...         Period("shusha", d(1992, 5, 9), None, AreaState("NKR", "contested", SHUSHA)),
...     ],
...     first_day=d(1923, 7, 7),
... )
>>> tl.state_of("shusha", d(1992, 5, 9)).controller
'NKR'
>>> sorted(tl.diff(d(1990, 1, 1), d(2000, 1, 1)))
['shusha']
>>> tl.tenure("shusha", d(2000, 1, 1)).held_since.label()
'9 May 1992'
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from geodata.dates import PartialDate

__all__ = ["AreaState", "ControlTimeline", "Period", "Tenure", "TimelineError"]


class TimelineError(ValueError):
    """The periods do not tile the range: a gap, an overlap or a missing start."""


@dataclass(frozen=True, slots=True)
class AreaState:
    """The de facto state of one area from ``since`` until the next change.

    ``since_precision`` keeps a source's precision ("day", "month" or "year") so that a
    change known only as "Aug 1992" is never shown as 1 Aug 1992.
    """

    controller: str
    status: str
    since: date
    source: str = ""
    confidence: str = ""
    note: str = ""
    since_precision: str = "day"


@dataclass(frozen=True, slots=True)
class Period:
    """One row of control: ``area`` is in ``state`` on ``[start, end)``; ``end=None`` is open."""

    area: str
    start: date
    end: date | None
    state: AreaState


@dataclass(frozen=True, slots=True)
class Tenure:
    """Since when an area has been held by its controller, and in its status, on a day.

    ``held_since`` is the first day of the unbroken run of periods with the same
    controller; ``status_since`` the first day of the run with the same controller and
    status, so it is never before ``held_since`` (a change of hands is a change of status
    for the reader, even stable to stable). Both keep the source's precision.
    """

    held_since: PartialDate
    status_since: PartialDate


def check_tiling(periods: list[Period], first_day: date) -> str | None:
    """Why the periods of one area (sorted by start) fail to tile ``[first_day, ∞)``, or None."""
    if not periods:
        return "has no periods"
    if periods[0].start != first_day:
        return f"starts on {periods[0].start}, not on {first_day}"
    for before, after in pairwise(periods):
        if before.end is None:
            return f"open period from {before.start} is followed by one from {after.start}"
        if before.end < after.start:
            return f"gap from {before.end} to {after.start}"
        if before.end > after.start:
            return f"periods overlap from {after.start} to {before.end}"
    if periods[-1].end is not None:
        return f"last period ends on {periods[-1].end}: leave the last end empty"
    return None


class ControlTimeline:
    """Areas and their periods, indexed for lookups by day.

    Raises :class:`TimelineError` if any area's periods do not tile the range: loaders check
    first (see ``geodata.control``) and leave out what does not fit.
    """

    def __init__(self, periods: Iterable[Period], first_day: date, last_day: date | None = None):
        by_area: dict[str, list[Period]] = {}
        for p in periods:
            by_area.setdefault(p.area, []).append(p)
        self.first_day = first_day
        self._starts: dict[str, list[date]] = {}
        self._states: dict[str, list[AreaState]] = {}
        self._tenures: dict[str, list[Tenure]] = {}
        changed: dict[date, list[str]] = {}
        for area, rows in by_area.items():
            rows.sort(key=lambda p: p.start)
            problem = check_tiling(rows, first_day)
            if problem:
                raise TimelineError(f"area {area!r} {problem}")
            self._starts[area] = [p.start for p in rows]
            self._states[area] = [p.state for p in rows]
            self._tenures[area] = _tenures([p.state for p in rows])
            for p in rows[1:]:
                changed.setdefault(p.start, []).append(area)
        self.change_dates: tuple[date, ...] = tuple(sorted(changed))
        self._changed: tuple[tuple[str, ...], ...] = tuple(
            tuple(changed[d]) for d in self.change_dates
        )
        last_change = self.change_dates[-1] if self.change_dates else first_day
        self.last_day = max(last_day or date.today(), last_change)

    @property
    def areas(self) -> tuple[str, ...]:
        """The area ids, in the order they were first seen."""
        return tuple(self._starts)

    def __contains__(self, area: object) -> bool:
        return area in self._starts

    def _check(self, day: date) -> None:
        if not self.first_day <= day <= self.last_day:
            raise ValueError(f"{day} is outside the data's range {self.first_day}..{self.last_day}")

    def state_of(self, area: str, day: date) -> AreaState:
        """The state of one area on ``day`` (``KeyError`` for an unknown area)."""
        self._check(day)
        return self._states[area][bisect_right(self._starts[area], day) - 1]

    def tenure(self, area: str, day: date) -> Tenure:
        """Since when ``area`` has had its controller and its status on ``day``."""
        self._check(day)
        return self._tenures[area][bisect_right(self._starts[area], day) - 1]

    def state_at(self, day: date) -> Mapping[str, AreaState]:
        """Every area's state on ``day``, as a read-only mapping (built lazily)."""
        self._check(day)
        return _StateView(self, day)

    def diff(self, a: date, b: date) -> dict[str, AreaState]:
        """The areas whose state on ``b`` differs from ``a``, mapped to their state on ``b``."""
        self._check(a)
        self._check(b)
        ia = bisect_right(self.change_dates, a)
        ib = bisect_right(self.change_dates, b)
        if ia == ib:
            return {}
        lo, hi = min(ia, ib), max(ia, ib)
        candidates = {area for i in range(lo, hi) for area in self._changed[i]}
        out = {}
        for area in candidates:
            after = self.state_of(area, b)
            if after != self.state_of(area, a):
                out[area] = after
        return out

    def periods(self, area: str) -> list[tuple[date, date | None, AreaState]]:
        """One area's history as ``(start, end, state)`` rows, oldest first."""
        starts = self._starts[area]
        ends: list[date | None] = [*starts[1:], None]
        return list(zip(starts, ends, self._states[area], strict=True))


def _tenures(states: list[AreaState]) -> list[Tenure]:
    """Each period's tenure: where its controller's run, and its status's run, began."""
    out: list[Tenure] = []
    held = status = None
    previous: AreaState | None = None
    for state in states:
        here = PartialDate(state.since, state.since_precision)
        if previous is None or state.controller != previous.controller:
            held = status = here
        elif state.status != previous.status:
            status = here
        out.append(Tenure(held, status))
        previous = state
    return out


class _StateView(Mapping[str, AreaState]):
    """``state_at``'s answer: a mapping over all areas, each looked up on demand."""

    __slots__ = ("_day", "_tl")

    def __init__(self, timeline: ControlTimeline, day: date):
        self._tl = timeline
        self._day = day

    def __getitem__(self, area: str) -> AreaState:
        tl = self._tl
        return tl._states[area][bisect_right(tl._starts[area], self._day) - 1]

    def __iter__(self) -> Iterator[str]:
        return iter(self._tl._starts)

    def __len__(self) -> int:
        return len(self._tl._starts)
