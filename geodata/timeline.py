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
    """The periods do not tile the range: a gap, an overlap or a missing start.

    A :class:`ValueError`, so a caller that checks dates and data alike catches both. Loaders
    call :func:`check_tiling` first and report a :class:`~geodata.problems.Problem` instead.

    Examples
    --------
    >>> from datetime import date as d
    >>> s = AreaState("AZ", "stable", d(1923, 7, 7))
    >>> ControlTimeline([Period("lachin", d(1930, 1, 1), None, s)], first_day=d(1923, 7, 7))
    Traceback (most recent call last):
    geodata.timeline.TimelineError: area 'lachin' starts on 1930-01-01, not on 1923-07-07
    """


@dataclass(frozen=True, slots=True)
class AreaState:
    """The de facto state of one area from ``since`` until the next change.

    ``since_precision`` keeps a source's precision ("day", "month" or "year") so that a
    change known only as "Aug 1992" is never shown as 1 Aug 1992.

    Parameters
    ----------
    controller : str
        A controller code (``AZ``, ``AM``, ``NKR``, ISO 3166-1 alpha-2); see
        :mod:`geodata.control.controllers`.
    status : str
        ``stable``, ``contested`` …: how firmly it is held, a key of ``STATUSES``.
    since : datetime.date
        The day this state began (the first day of the month or year if less is known).
    source, confidence, note : str, optional
        Citation, ``high``/``medium``/``low``, and a remark for the popup; empty when unknown.
    since_precision : {"day", "month", "year"}, default "day"
        How much of `since` the source states.

    Examples
    --------
    >>> from datetime import date
    >>> s = AreaState("NKR", "contested", date(1992, 8, 1), since_precision="month")
    >>> s.controller, s.since_precision
    ('NKR', 'month')
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
    """One row of control: ``area`` is in ``state`` on ``[start, end)``; ``end=None`` is open.

    Half-open ranges let one period's end be the next one's start, with no day counted twice.

    Parameters
    ----------
    area : str
        The control area id (``nkao-core``, ``kalbajar`` …).
    start : datetime.date
        The first day of the period.
    end : datetime.date or None
        The day after the last one; ``None`` for the period still running.
    state : AreaState
        Who held the area, and how.

    Examples
    --------
    >>> from datetime import date
    >>> held = AreaState("NKR", "stable", date(1993, 4, 3))
    >>> p = Period("kalbajar", date(1993, 4, 3), date(2020, 11, 25), held)
    >>> p.end is None, p.state.controller
    (False, 'NKR')
    """

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

    Parameters
    ----------
    held_since : PartialDate
    status_since : PartialDate

    Examples
    --------
    >>> from datetime import date
    >>> from geodata.dates import PartialDate
    >>> t = Tenure(PartialDate(date(1992, 5, 18)), PartialDate(date(1994, 5, 12)))
    >>> t.held_since <= t.status_since
    True
    """

    held_since: PartialDate
    status_since: PartialDate


def check_tiling(periods: list[Period], first_day: date) -> str | None:
    """Why the periods of one area fail to tile ``[first_day, ∞)``, or None when they do.

    Loaders use it to report a bad area and keep the rest, before
    :class:`ControlTimeline` would refuse the whole set.

    Parameters
    ----------
    periods : list of Period
        One area's periods, sorted by start.
    first_day : datetime.date
        The day every area's history must start on.

    Returns
    -------
    str or None
        A phrase to follow the area's name ("gap from … to …"), or None.

    Examples
    --------
    >>> from datetime import date as d
    >>> s = AreaState("AZ", "stable", d(1923, 7, 7))
    >>> check_tiling([Period("a", d(1923, 7, 7), None, s)], d(1923, 7, 7)) is None
    True
    >>> check_tiling([], d(1923, 7, 7))
    'has no periods'
    >>> check_tiling(
    ...     [Period("a", d(1923, 7, 7), d(1990, 1, 1), s), Period("a", d(1991, 1, 1), None, s)],
    ...     d(1923, 7, 7),
    ... )
    'gap from 1990-01-01 to 1991-01-01'
    """
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

    Built once per dataset so that scrubbing the slider costs a bisection, not a scan.

    Parameters
    ----------
    periods : iterable of Period
        Every area's periods, in any order.
    first_day : datetime.date
        The first day of the data; every area must start on it.
    last_day : datetime.date, optional
        The last day that may be asked for; today by default, or the last change date if later.

    Raises
    ------
    TimelineError
        If any area's periods do not tile the range: loaders check first (see
        ``geodata.control``) and leave out what does not fit.

    Examples
    --------
    >>> from datetime import date as d
    >>> az = AreaState("AZ", "stable", d(1923, 7, 7))
    >>> nkr = AreaState("NKR", "contested", d(1992, 5, 9))
    >>> tl = ControlTimeline(
    ...     [
    ...         Period("shusha", d(1923, 7, 7), d(1992, 5, 9), az),
    ...         Period("shusha", d(1992, 5, 9), None, nkr),
    ...     ],
    ...     first_day=d(1923, 7, 7),
    ...     last_day=d(2000, 1, 1),
    ... )
    >>> tl.areas, tl.change_dates
    (('shusha',), (datetime.date(1992, 5, 9),))
    >>> "shusha" in tl, "lachin" in tl
    (True, False)
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
        """The area ids, in the order they were first seen.

        Returns
        -------
        tuple of str

        Examples
        --------
        >>> from datetime import date as d
        >>> az = AreaState("AZ", "stable", d(1923, 7, 7))
        >>> nkr = AreaState("NKR", "contested", d(1992, 5, 9))
        >>> tl = ControlTimeline(
        ...     [
        ...         Period("shusha", d(1923, 7, 7), d(1992, 5, 9), az),
        ...         Period("shusha", d(1992, 5, 9), None, nkr),
        ...     ],
        ...     first_day=d(1923, 7, 7),
        ...     last_day=d(2000, 1, 1),
        ... )
        >>> tl.areas
        ('shusha',)
        """
        return tuple(self._starts)

    def __contains__(self, area: object) -> bool:
        return area in self._starts

    def _check(self, day: date) -> None:
        if not self.first_day <= day <= self.last_day:
            raise ValueError(f"{day} is outside the data's range {self.first_day}..{self.last_day}")

    def state_of(self, area: str, day: date) -> AreaState:
        """The state of one area on ``day``: the cheapest question, for popups and the CLI.

        Parameters
        ----------
        area : str
            An area id.
        day : datetime.date
            Within ``[first_day, last_day]``.

        Returns
        -------
        AreaState

        Raises
        ------
        KeyError
            For an unknown area.
        ValueError
            For a day outside the data's range.

        Examples
        --------
        >>> from datetime import date as d
        >>> az = AreaState("AZ", "stable", d(1923, 7, 7))
        >>> nkr = AreaState("NKR", "contested", d(1992, 5, 9))
        >>> tl = ControlTimeline(
        ...     [
        ...         Period("shusha", d(1923, 7, 7), d(1992, 5, 9), az),
        ...         Period("shusha", d(1992, 5, 9), None, nkr),
        ...     ],
        ...     first_day=d(1923, 7, 7),
        ...     last_day=d(2000, 1, 1),
        ... )
        >>> [tl.state_of("shusha", day).controller for day in (d(1992, 5, 8), d(1992, 5, 9))]
        ['AZ', 'NKR']
        >>> tl.state_of("shusha", d(1900, 1, 1))
        Traceback (most recent call last):
        ValueError: 1900-01-01 is outside the data's range 1923-07-07..2000-01-01
        """
        self._check(day)
        return self._states[area][bisect_right(self._starts[area], day) - 1]

    def tenure(self, area: str, day: date) -> Tenure:
        """Since when ``area`` has had its controller and its status on ``day``.

        A new data period (a better source, a ceasefire) does not restart the holding: the
        pop-up says "held since" the day the controller took the area.

        Parameters
        ----------
        area : str
        day : datetime.date

        Returns
        -------
        Tenure

        Raises
        ------
        KeyError
            For an unknown area.
        ValueError
            For a day outside the data's range.

        Examples
        --------
        >>> from datetime import date as d
        >>> az = AreaState("AZ", "stable", d(1923, 7, 7))
        >>> nkr = AreaState("NKR", "contested", d(1992, 5, 9))
        >>> tl = ControlTimeline(
        ...     [
        ...         Period("shusha", d(1923, 7, 7), d(1992, 5, 9), az),
        ...         Period("shusha", d(1992, 5, 9), None, nkr),
        ...     ],
        ...     first_day=d(1923, 7, 7),
        ...     last_day=d(2000, 1, 1),
        ... )
        >>> later = AreaState("NKR", "stable", d(1994, 5, 12))
        >>> tl2 = ControlTimeline(
        ...     [
        ...         Period("shusha", d(1923, 7, 7), d(1992, 5, 9), az),
        ...         Period("shusha", d(1992, 5, 9), d(1994, 5, 12), nkr),
        ...         Period("shusha", d(1994, 5, 12), None, later),
        ...     ],
        ...     first_day=d(1923, 7, 7),
        ...     last_day=d(2000, 1, 1),
        ... )
        >>> t = tl2.tenure("shusha", d(1999, 1, 1))
        >>> t.held_since.label(), t.status_since.label()
        ('9 May 1992', '12 May 1994')
        """
        self._check(day)
        return self._tenures[area][bisect_right(self._starts[area], day) - 1]

    def state_at(self, day: date) -> Mapping[str, AreaState]:
        """Every area's state on ``day``, as a read-only mapping built lazily.

        Nothing is copied: each lookup bisects that area's own history, so asking for the
        whole map and reading three areas costs three lookups.

        Parameters
        ----------
        day : datetime.date
            Within ``[first_day, last_day]``.

        Returns
        -------
        collections.abc.Mapping of str to AreaState

        Raises
        ------
        ValueError
            For a day outside the data's range.

        Examples
        --------
        >>> from datetime import date as d
        >>> az = AreaState("AZ", "stable", d(1923, 7, 7))
        >>> nkr = AreaState("NKR", "contested", d(1992, 5, 9))
        >>> tl = ControlTimeline(
        ...     [
        ...         Period("shusha", d(1923, 7, 7), d(1992, 5, 9), az),
        ...         Period("shusha", d(1992, 5, 9), None, nkr),
        ...     ],
        ...     first_day=d(1923, 7, 7),
        ...     last_day=d(2000, 1, 1),
        ... )
        >>> {a: s.controller for a, s in tl.state_at(d(1995, 1, 1)).items()}
        {'shusha': 'NKR'}
        """
        self._check(day)
        return _StateView(self, day)

    def diff(self, a: date, b: date) -> dict[str, AreaState]:
        """The areas whose state on ``b`` differs from ``a``, mapped to their state on ``b``.

        Only areas with a change date between the two days are visited, so a step of the slider
        redraws what changed and nothing else. ``b`` may be before ``a`` (scrubbing back).

        Parameters
        ----------
        a, b : datetime.date
            The day shown and the day to show, both within ``[first_day, last_day]``.

        Returns
        -------
        dict of str to AreaState
            Empty when nothing changed.

        Raises
        ------
        ValueError
            For a day outside the data's range.

        Examples
        --------
        >>> from datetime import date as d
        >>> az = AreaState("AZ", "stable", d(1923, 7, 7))
        >>> nkr = AreaState("NKR", "contested", d(1992, 5, 9))
        >>> tl = ControlTimeline(
        ...     [
        ...         Period("shusha", d(1923, 7, 7), d(1992, 5, 9), az),
        ...         Period("shusha", d(1992, 5, 9), None, nkr),
        ...     ],
        ...     first_day=d(1923, 7, 7),
        ...     last_day=d(2000, 1, 1),
        ... )
        >>> {a: s.controller for a, s in tl.diff(d(1990, 1, 1), d(1993, 1, 1)).items()}
        {'shusha': 'NKR'}
        >>> {a: s.controller for a, s in tl.diff(d(1993, 1, 1), d(1990, 1, 1)).items()}
        {'shusha': 'AZ'}
        >>> tl.diff(d(1993, 1, 1), d(1999, 1, 1))
        {}
        """
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
        """One area's history as ``(start, end, state)`` rows, oldest first; the last end is None.

        Parameters
        ----------
        area : str
            An area id.

        Returns
        -------
        list of tuple (datetime.date, datetime.date or None, AreaState)

        Raises
        ------
        KeyError
            For an unknown area.

        Examples
        --------
        >>> from datetime import date as d
        >>> az = AreaState("AZ", "stable", d(1923, 7, 7))
        >>> nkr = AreaState("NKR", "contested", d(1992, 5, 9))
        >>> tl = ControlTimeline(
        ...     [
        ...         Period("shusha", d(1923, 7, 7), d(1992, 5, 9), az),
        ...         Period("shusha", d(1992, 5, 9), None, nkr),
        ...     ],
        ...     first_day=d(1923, 7, 7),
        ...     last_day=d(2000, 1, 1),
        ... )
        >>> [(str(start), str(end), st.controller) for start, end, st in tl.periods("shusha")]
        [('1923-07-07', '1992-05-09', 'AZ'), ('1992-05-09', 'None', 'NKR')]
        """
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
