"""The timeline's arithmetic: a non-linear date scale, what it marks, and how dates step.

A century of data with two short, crowded periods (1988–1994, 2020–2024) cannot be scrubbed
on a linear slider: a year of war would get a few pixels. :class:`TimeScale` maps days to
positions in ``[0, 1]`` piecewise linearly, year by year, and :meth:`TimeScale.weighted`
gives each year room in proportion to what happens in and around it.

>>> from datetime import date as d
>>> scale = TimeScale.weighted(d(1923, 7, 7), d(2025, 12, 31), [d(1992, 5, 9)] * 6)
>>> scale.position(d(1923, 7, 7)), scale.position(d(2025, 12, 31))
(0.0, 1.0)
>>> scale.day_at(scale.position(d(1992, 5, 9)))
datetime.date(1992, 5, 9)
>>> year = lambda y: scale.position(d(y + 1, 1, 1)) - scale.position(d(y, 1, 1))
>>> year(1992) > 5 * year(1960)
True

Marks are the things the bar draws: control changes, events and story sections, each with
its date at the precision the source gives (``Aug 1993`` is never ``1 Aug 1993``).
"""

from __future__ import annotations

import calendar
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise
from typing import Literal

from geodata.data_texts import data_text
from geodata.dates import PartialDate, day_label, range_label
from geodata.i18n import translate

__all__ = [
    "SPEEDS",
    "Mark",
    "Speed",
    "TimeScale",
    "add_months",
    "add_years",
    "change_marks",
    "date_label",
    "density",
    "event_marks",
    "next_after",
    "play_step",
    "previous_before",
    "section_marks",
    "year_ticks",
]

Category = Literal["change", "event", "section"]
_FINER = {"day": 0, "month": 1, "year": 2}


# ---- the scale ---------------------------------------------------------------------------


class TimeScale:
    """Day ↔ position in ``[0, 1]``, linear between knots ``(day, position)``.

    One object serves the slider, the tick labels and the density strip, so all three agree
    on where a day is drawn.

    Parameters
    ----------
    knots : sequence of tuple (datetime.date, float)
        Knot days and positions, both strictly increasing, from ``(first, 0)`` to ``(last, 1)``.

    Raises
    ------
    ValueError
        With fewer than two knots.

    Examples
    --------
    >>> from datetime import date as d
    >>> s = TimeScale([(d(1900, 1, 1), 0.0), (d(1990, 1, 1), 0.1), (d(2000, 1, 1), 1.0)])
    >>> round(s.position(d(1995, 1, 1)), 2)
    0.55
    >>> TimeScale([(d(1900, 1, 1), 0.0)])
    Traceback (most recent call last):
    ValueError: a scale needs at least two knots
    """

    def __init__(self, knots: Sequence[tuple[date, float]]):
        if len(knots) < 2:
            raise ValueError("a scale needs at least two knots")
        self._days = [d.toordinal() for d, _ in knots]
        self._pos = [p for _, p in knots]
        self.first, self.last = knots[0][0], knots[-1][0]

    @classmethod
    def linear(cls, first: date, last: date) -> TimeScale:
        """Every day the same width: the scale a calendar would use.

        Parameters
        ----------
        first, last : datetime.date
            The days at positions 0 and 1.

        Returns
        -------
        TimeScale

        Examples
        --------
        >>> from datetime import date as d
        >>> TimeScale.linear(d(2000, 1, 1), d(2000, 1, 11)).position(d(2000, 1, 6))
        0.5
        """
        return cls([(first, 0.0), (last, 1.0)])

    @classmethod
    def weighted(
        cls, first: date, last: date, days: Iterable[date], gain: float = 6.0, spread: int = 1
    ) -> TimeScale:
        """Each year gets ``1 + gain × √n`` times the room of an empty year.

        ``n`` is the largest number of ``days`` (change and event dates) in any year within
        ``spread`` years, so a crowded period is widened as a whole, quiet years inside it
        included; the square root keeps one frantic year from squeezing the rest.

        Parameters
        ----------
        first, last : datetime.date
            The days at positions 0 and 1; if `last` is not after `first`: a one-day linear scale.
        days : iterable of datetime.date
            The dates that make a year busy; those outside ``[first, last]`` are ignored.
        gain : float, default 6.0
            How much wider a busy year gets.
        spread : int, default 1
            How many neighbouring years share a busy year's width.

        Returns
        -------
        TimeScale

        Examples
        --------
        >>> from datetime import date as d
        >>> s = TimeScale.weighted(d(1990, 1, 1), d(2000, 1, 1), [d(1994, 5, 12)])
        >>> width = lambda y: s.position(d(y + 1, 1, 1)) - s.position(d(y, 1, 1))
        >>> round(width(1994) / width(1990), 1)
        7.0
        >>> TimeScale.weighted(d(2000, 1, 1), d(2000, 1, 1), []).last
        datetime.date(2000, 1, 2)
        """
        if last <= first:
            return cls.linear(first, first + timedelta(days=1))
        per_year = Counter(d.year for d in days if first <= d <= last)
        bounds = [first, *(date(y, 1, 1) for y in range(first.year + 1, last.year + 1)), last]
        bounds = sorted(set(bounds))
        widths = []
        for a, b in pairwise(bounds):
            n = max(per_year[y] for y in range(a.year - spread, a.year + spread + 1))
            widths.append((b - a).days * (1 + gain * n**0.5))
        total, run, knots = sum(widths), 0.0, [(first, 0.0)]
        for b, w in zip(bounds[1:], widths, strict=True):
            run += w
            knots.append((b, run / total))
        knots[-1] = (last, 1.0)
        return cls(knots)

    def position(self, day: date) -> float:
        """Where ``day`` sits, in ``[0, 1]``; days outside the range are clamped, not extrapolated.

        Parameters
        ----------
        day : datetime.date

        Returns
        -------
        float

        Examples
        --------
        >>> from datetime import date as d
        >>> s = TimeScale.linear(d(2000, 1, 1), d(2000, 1, 11))
        >>> s.position(d(2000, 1, 3)), s.position(d(1999, 1, 1)), s.position(d(2030, 1, 1))
        (0.2, 0.0, 1.0)
        """
        o = min(max(day.toordinal(), self._days[0]), self._days[-1])
        i = min(bisect_right(self._days, o) - 1, len(self._days) - 2)
        d0, d1, p0, p1 = self._days[i], self._days[i + 1], self._pos[i], self._pos[i + 1]
        return p0 + (o - d0) / (d1 - d0) * (p1 - p0)

    def ordinal_at(self, pos: float) -> float:
        """The (fractional) day ordinal at ``pos``; positions outside ``[0, 1]`` are clamped.

        Fractional, so a drag between two days can be rounded by the caller, not here.

        Parameters
        ----------
        pos : float

        Returns
        -------
        float
            A :meth:`datetime.date.toordinal` value, possibly between two days.

        Examples
        --------
        >>> from datetime import date as d
        >>> s = TimeScale.linear(d(2000, 1, 1), d(2000, 1, 3))
        >>> s.ordinal_at(0.25) - d(2000, 1, 1).toordinal()
        0.5
        """
        pos = min(max(pos, 0.0), 1.0)
        i = min(max(bisect_right(self._pos, pos) - 1, 0), len(self._pos) - 2)
        d0, d1, p0, p1 = self._days[i], self._days[i + 1], self._pos[i], self._pos[i + 1]
        return d0 + (pos - p0) / (p1 - p0) * (d1 - d0)

    def day_at(self, pos: float) -> date:
        """The day nearest to ``pos``: what the slider shows when dragged there.

        Parameters
        ----------
        pos : float
            Clamped to ``[0, 1]``.

        Returns
        -------
        datetime.date

        Examples
        --------
        >>> from datetime import date as d
        >>> s = TimeScale.linear(d(2000, 1, 1), d(2000, 1, 11))
        >>> s.day_at(0.5), s.day_at(-3.0)
        (datetime.date(2000, 1, 6), datetime.date(2000, 1, 1))
        """
        o = round(self.ordinal_at(pos))
        return date.fromordinal(min(max(o, self._days[0]), self._days[-1]))


def density(scale: TimeScale, days: Iterable[date], bins: int) -> list[float]:
    """How crowded each of ``bins`` equal slices of the scale is, from 0 to 1 (the busiest).

    Crowding is dates per day of the slice, so a widened war year still reads as busy.

    Parameters
    ----------
    scale : TimeScale
    days : iterable of datetime.date
        Dates outside the scale are ignored.
    bins : int
        The number of slices (pixels or cells of the strip).

    Returns
    -------
    list of float
        All zeros when no date falls on the scale.

    Examples
    --------
    >>> from datetime import date as d
    >>> density(TimeScale.linear(d(2000, 1, 1), d(2003, 12, 31)), [d(2001, 3, 1)] * 2, 4)
    [0.0, 1.0, 0.0, 0.0]
    >>> density(TimeScale.linear(d(2000, 1, 1), d(2003, 12, 31)), [], 2)
    [0.0, 0.0]
    """
    counts = [0] * bins
    for d in days:
        if scale.first <= d <= scale.last:
            counts[min(int(scale.position(d) * bins), bins - 1)] += 1
    edges = [scale.ordinal_at(i / bins) for i in range(bins + 1)]
    rates = [c / max(b - a, 1e-9) for c, a, b in zip(counts, edges, edges[1:], strict=False)]
    top = max(rates, default=0.0)
    return [r / top if top else 0.0 for r in rates]


def year_ticks(scale: TimeScale, width: float, min_gap: float) -> list[int]:
    """The years to label on an axis ``width`` pixels wide, at least ``min_gap`` apart.

    Round years come first (every century, then 20, 10, 5, 2 years, then each year), so a
    widened period shows every year and a quiet one only its decades.

    Parameters
    ----------
    scale : TimeScale
    width : float
        The axis length in pixels.
    min_gap : float
        The least distance, in pixels, between two labels.

    Returns
    -------
    list of int
        Sorted years; a year is labelled at its 1 January, so `first` counts only if it is one.

    Examples
    --------
    >>> from datetime import date as d
    >>> year_ticks(TimeScale.linear(d(1920, 1, 1), d(2020, 1, 1)), 1000, 150)
    [1920, 1940, 1960, 1980, 2000, 2020]
    >>> year_ticks(TimeScale.linear(d(1920, 6, 1), d(1921, 6, 1)), 100, 10)
    [1921]
    """
    lo = scale.first.year + (scale.first != date(scale.first.year, 1, 1))
    years = range(lo, scale.last.year + 1)
    chosen: list[float] = []
    out: list[int] = []
    for step in (100, 20, 10, 5, 2, 1):
        for y in years:
            if y % step or y in out:
                continue
            x = scale.position(date(y, 1, 1)) * width
            i = bisect_left(chosen, x)
            near = chosen[max(i - 1, 0) : i + 1]
            if all(abs(x - c) >= min_gap for c in near):
                chosen.insert(i, x)
                out.append(y)
    return sorted(out)


# ---- marks -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Mark:
    """One thing on the timeline, dated at its source's precision.

    Parameters
    ----------
    when : PartialDate
        When it happened (or began).
    category : {"change", "event", "section"}
        A control change, an event or a story section.
    kind : str
        The event kind (``military`` …), or the category again.
    title : str
        What the hover text says.
    end : PartialDate, optional
        The end of a span (an offensive, a section); None for a moment.

    Examples
    --------
    >>> m = Mark(PartialDate.parse("1993-08"), "event", "military", "Fuzuli taken")
    >>> m.day, m.describe()
    (datetime.date(1993, 8, 1), 'Aug 1993 — Fuzuli taken (military)')
    """

    when: PartialDate
    category: Category
    kind: str
    title: str
    end: PartialDate | None = None

    @property
    def day(self) -> date:
        """The first day the mark covers: where it is drawn on the bar.

        Returns
        -------
        datetime.date

        Examples
        --------
        >>> Mark(PartialDate.parse("1993"), "event", "military", "x").day
        datetime.date(1993, 1, 1)
        """
        return self.when.first

    def date_label(self) -> str:
        """``'Aug 1993'``, ``'1993'``, ``'25 Feb 1992 – 26 Feb 1992'``: as precise as known.

        Returns
        -------
        str

        Examples
        --------
        >>> start, end = PartialDate.parse("1992-02-25"), PartialDate.parse("1992-02-26")
        >>> Mark(start, "event", "military", "Khojaly", end).date_label()
        '25 Feb 1992 – 26 Feb 1992'
        """
        return range_label(self.when, self.end)

    def describe(self) -> str:
        """The hover text, with the kind in brackets when it says more than the category.

        Returns
        -------
        str

        Examples
        --------
        >>> Mark(PartialDate.parse("1993-08"), "event", "military", "Fuzuli taken").describe()
        'Aug 1993 — Fuzuli taken (military)'
        >>> Mark(PartialDate.parse("2020-09-27"), "section", "section", "War").describe()
        '27 Sep 2020 — War'
        """
        # The kinds' names are the timeline strip's legend (context "timeline").
        what = "" if self.kind == self.category else f" ({translate('timeline', self.kind)})"
        return f"{self.date_label()} — {self.title}{what}"


def event_marks(events: Iterable) -> list[Mark]:
    """Marks for :class:`geodata.events.Event` rows; an empty kind reads ``other``.

    Parameters
    ----------
    events : iterable of geodata.events.Event
        Anything with ``date``, ``end``, ``kind`` and ``title``.

    Returns
    -------
    list of Mark

    Examples
    --------
    >>> from types import SimpleNamespace as E
    >>> e = E(date=PartialDate.parse("1994-05-12"), end=None, kind="", title="Ceasefire")
    >>> event_marks([e])[0].describe()
    '12 May 1994 — Ceasefire (other)'
    >>> event_marks([])
    []
    """
    return [Mark(e.date, "event", e.kind or "other", data_text(e.title), e.end) for e in events]


def section_marks(sections: Iterable) -> list[Mark]:
    """Marks for story sections, at their start (the end is kept for the span).

    Parameters
    ----------
    sections : iterable of geodata.story.Section
        Anything with ``start``, ``end`` and ``title``.

    Returns
    -------
    list of Mark

    Examples
    --------
    >>> from types import SimpleNamespace as S
    >>> s = S(start=PartialDate.parse("1988"), end=PartialDate.parse("1994"), title="First war")
    >>> section_marks([s])[0].date_label()
    '1988 – 1994'
    """
    return [Mark(s.start, "section", "section", s.title, s.end) for s in sections]


def change_marks(timeline, names: Mapping[str, str] | None = None, most: int = 3) -> list[Mark]:
    """One mark per control change date: which areas changed, to whom, how precisely known.

    The precision is the finest of the changed areas' ``since_precision``, so a day the
    sources date exactly is never blurred by a vaguer change on the same day.

    Parameters
    ----------
    timeline : geodata.timeline.ControlTimeline
    names : mapping of str to str, optional
        Area ids to display names; an id without a name is shown as is.
    most : int, default 3
        The title names at most this many areas, then "and N more".

    Returns
    -------
    list of Mark
        Oldest first; a change date on which nothing really changed gets no mark.

    Examples
    --------
    >>> from datetime import date as d
    >>> from geodata.timeline import AreaState, ControlTimeline, Period
    >>> az = AreaState("AZ", "stable", d(1923, 7, 7))
    >>> nkr = AreaState("NKR", "contested", d(1992, 5, 1), since_precision="month")
    >>> tl = ControlTimeline(
    ...     [
    ...         Period("shusha", d(1923, 7, 7), d(1992, 5, 1), az),
    ...         Period("shusha", d(1992, 5, 1), None, nkr),
    ...     ],
    ...     first_day=d(1923, 7, 7),
    ...     last_day=d(2000, 1, 1),
    ... )
    >>> change_marks(tl, {"shusha": "Shusha"})[0].describe()
    'May 1992 — Shusha → Nagorno-Karabakh Republic (Artsakh) / Armenian forces (contested)'
    """
    # Here, not at the top: importing geodata.control loads numpy and shapely, and the
    # command line's parser imports this module (via animate) before the window's page.
    from geodata.control.controllers import label as controller_label

    names = names or {}
    marks = []
    for day in timeline.change_dates:
        changed = timeline.diff(day - timedelta(days=1), day)
        if not changed:
            continue
        parts = [
            f"{names.get(a, a)} → {controller_label(s.controller)} ({s.status})"
            for a, s in sorted(changed.items())
        ]
        more = f"; and {len(parts) - most} more" if len(parts) > most else ""
        precision = min((s.since_precision for s in changed.values()), key=_FINER.__getitem__)
        when = PartialDate(day, precision)
        marks.append(Mark(when, "change", "change", "; ".join(parts[:most]) + more))
    return marks


def date_label(day: date, marks: Iterable[Mark]) -> str:
    """The label for the current day: coarser when what is dated on it is only known coarsely.

    Parameters
    ----------
    day : datetime.date
        The day shown.
    marks : iterable of Mark
        The marks on the bar; only those on `day` matter.

    Returns
    -------
    str
        The day, or the month or year when every mark on it is known only that precisely.

    Examples
    --------
    >>> from datetime import date as d
    >>> aug = Mark(PartialDate.parse("1993-08"), "event", "military", "Offensive")
    >>> date_label(d(1993, 8, 1), [aug]), date_label(d(1993, 8, 2), [aug])
    ('Aug 1993', '2 Aug 1993')
    >>> date_label(d(1993, 8, 1), [])
    '1 Aug 1993'
    """
    here = [m.when for m in marks if m.day == day]
    if not here or any(w.precision == "day" for w in here):
        return day_label(day)
    return min(here, key=lambda w: _FINER[w.precision]).label()


# ---- steps -------------------------------------------------------------------------------


def add_months(day: date, n: int) -> date:
    """``n`` months on (or back), the day clamped to the month's length.

    Parameters
    ----------
    day : datetime.date
    n : int
        Negative to go back.

    Returns
    -------
    datetime.date

    Examples
    --------
    >>> add_months(date(2020, 1, 31), 1), add_months(date(2020, 3, 31), -13)
    (datetime.date(2020, 2, 29), datetime.date(2019, 2, 28))
    """
    y, m = divmod(day.year * 12 + day.month - 1 + n, 12)
    return date(y, m + 1, min(day.day, calendar.monthrange(y, m + 1)[1]))


def add_years(day: date, n: int) -> date:
    """``n`` years on (or back); 29 Feb becomes 28 Feb in a common year.

    Parameters
    ----------
    day : datetime.date
    n : int
        Negative to go back.

    Returns
    -------
    datetime.date

    Examples
    --------
    >>> add_years(date(2020, 2, 29), 1), add_years(date(2020, 2, 29), 4)
    (datetime.date(2021, 2, 28), datetime.date(2024, 2, 29))
    """
    return add_months(day, 12 * n)


def next_after(day: date, days: Sequence[date]) -> date | None:
    """The first of the sorted ``days`` after ``day``: the target of "next change".

    Parameters
    ----------
    day : datetime.date
    days : sequence of datetime.date
        Sorted ascending.

    Returns
    -------
    datetime.date or None
        None when nothing comes after `day`.

    Examples
    --------
    >>> days = [date(1992, 5, 9), date(2020, 11, 8)]
    >>> next_after(date(1992, 5, 9), days), next_after(date(2021, 1, 1), days)
    (datetime.date(2020, 11, 8), None)
    """
    i = bisect_right(days, day)
    return days[i] if i < len(days) else None


def previous_before(day: date, days: Sequence[date]) -> date | None:
    """The last of the sorted ``days`` before ``day``: the target of "previous change".

    Parameters
    ----------
    day : datetime.date
    days : sequence of datetime.date
        Sorted ascending.

    Returns
    -------
    datetime.date or None
        None when nothing comes before `day`.

    Examples
    --------
    >>> days = [date(1992, 5, 9), date(2020, 11, 8)]
    >>> previous_before(date(2020, 11, 8), days), previous_before(date(1992, 5, 9), days)
    (datetime.date(1992, 5, 9), None)
    """
    i = bisect_left(days, day)
    return days[i - 1] if i else None


@dataclass(frozen=True)
class Speed:
    """How far one play step moves: ``days`` plus ``months``.

    Months are counted as months, not 30 days, so "1 month" lands on the same day of the month.

    Parameters
    ----------
    name : str
        The menu label.
    days, months : int, default 0

    Examples
    --------
    >>> [s.name for s in SPEEDS]
    ['1 day', '1 week', '1 month', '3 months', '1 year']
    """

    name: str
    days: int = 0
    months: int = 0


SPEEDS = (
    Speed("1 day", days=1),
    Speed("1 week", days=7),
    Speed("1 month", months=1),
    Speed("3 months", months=3),
    Speed("1 year", months=12),
)


def play_step(day: date, speed: Speed, first: date, last: date, loop: bool) -> date | None:
    """The next frame while playing, or None when playing stops (at ``last``, not looping).

    The last step is shortened to land on `last`, so Play always shows the final state.

    Parameters
    ----------
    day : datetime.date
        The day shown.
    speed : Speed
    first, last : datetime.date
        The range being played.
    loop : bool
        Start again from `first` after `last`.

    Returns
    -------
    datetime.date or None

    Examples
    --------
    >>> play_step(date(2020, 1, 31), SPEEDS[2], date(1923, 7, 7), date(2025, 1, 1), False)
    datetime.date(2020, 2, 29)
    >>> play_step(date(2024, 12, 20), SPEEDS[2], date(1923, 7, 7), date(2025, 1, 1), False)
    datetime.date(2025, 1, 1)
    >>> play_step(date(2025, 1, 1), SPEEDS[2], date(1923, 7, 7), date(2025, 1, 1), True)
    datetime.date(1923, 7, 7)
    >>> play_step(date(2025, 1, 1), SPEEDS[2], date(1923, 7, 7), date(2025, 1, 1), False) is None
    True
    """
    if day >= last:
        return first if loop else None
    return min(add_months(day + timedelta(days=speed.days), speed.months), last)
