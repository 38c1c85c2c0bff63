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

from geodata.control.controllers import label as controller_label
from geodata.dates import PartialDate, day_label, range_label

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

    Knot days and positions must both strictly increase, from ``(first, 0)`` to ``(last, 1)``.
    """

    def __init__(self, knots: Sequence[tuple[date, float]]):
        if len(knots) < 2:
            raise ValueError("a scale needs at least two knots")
        self._days = [d.toordinal() for d, _ in knots]
        self._pos = [p for _, p in knots]
        self.first, self.last = knots[0][0], knots[-1][0]

    @classmethod
    def linear(cls, first: date, last: date) -> TimeScale:
        """Every day the same width."""
        return cls([(first, 0.0), (last, 1.0)])

    @classmethod
    def weighted(
        cls, first: date, last: date, days: Iterable[date], gain: float = 6.0, spread: int = 1
    ) -> TimeScale:
        """Each year gets ``1 + gain × √n`` times the room of an empty year.

        ``n`` is the largest number of ``days`` (change and event dates) in any year within
        ``spread`` years, so a crowded period is widened as a whole, quiet years inside it
        included; the square root keeps one frantic year from squeezing the rest.
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
        """Where ``day`` sits, in ``[0, 1]`` (days outside the range are clamped)."""
        o = min(max(day.toordinal(), self._days[0]), self._days[-1])
        i = min(bisect_right(self._days, o) - 1, len(self._days) - 2)
        d0, d1, p0, p1 = self._days[i], self._days[i + 1], self._pos[i], self._pos[i + 1]
        return p0 + (o - d0) / (d1 - d0) * (p1 - p0)

    def ordinal_at(self, pos: float) -> float:
        """The (fractional) day ordinal at ``pos``; positions outside ``[0, 1]`` are clamped."""
        pos = min(max(pos, 0.0), 1.0)
        i = min(max(bisect_right(self._pos, pos) - 1, 0), len(self._pos) - 2)
        d0, d1, p0, p1 = self._days[i], self._days[i + 1], self._pos[i], self._pos[i + 1]
        return d0 + (pos - p0) / (p1 - p0) * (d1 - d0)

    def day_at(self, pos: float) -> date:
        """The day nearest to ``pos``."""
        o = round(self.ordinal_at(pos))
        return date.fromordinal(min(max(o, self._days[0]), self._days[-1]))


def density(scale: TimeScale, days: Iterable[date], bins: int) -> list[float]:
    """How crowded each of ``bins`` equal slices of the scale is, from 0 to 1 (the busiest).

    Crowding is dates per day of the slice, so a widened war year still reads as busy.

    >>> from datetime import date as d
    >>> density(TimeScale.linear(d(2000, 1, 1), d(2003, 12, 31)), [d(2001, 3, 1)] * 2, 4)
    [0.0, 1.0, 0.0, 0.0]
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

    >>> from datetime import date as d
    >>> year_ticks(TimeScale.linear(d(1920, 1, 1), d(2020, 1, 1)), 1000, 150)
    [1920, 1940, 1960, 1980, 2000, 2020]
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

    ``category`` is ``change`` (control), ``event`` or ``section`` (of the story); ``kind``
    is the event kind (``military`` …) or the category again.
    """

    when: PartialDate
    category: Category
    kind: str
    title: str
    end: PartialDate | None = None

    @property
    def day(self) -> date:
        return self.when.first

    def date_label(self) -> str:
        """``'Aug 1993'``, ``'1993'``, ``'25 Feb 1992 – 26 Feb 1992'``: as precise as known."""
        return range_label(self.when, self.end)

    def describe(self) -> str:
        """The hover text: ``'Aug 1993 — Fuzuli taken (military)'``."""
        what = "" if self.kind == self.category else f" ({self.kind})"
        return f"{self.date_label()} — {self.title}{what}"


def event_marks(events: Iterable) -> list[Mark]:
    """Marks for :class:`geodata.events.Event` rows (an empty kind reads ``other``)."""
    return [Mark(e.date, "event", e.kind or "other", e.title, e.end) for e in events]


def section_marks(sections: Iterable) -> list[Mark]:
    """Marks for story sections, at their start (the end is kept for the span)."""
    return [Mark(s.start, "section", "section", s.title, s.end) for s in sections]


def change_marks(timeline, names: Mapping[str, str] | None = None, most: int = 3) -> list[Mark]:
    """One mark per control change date: which areas changed, to whom, how precisely known.

    ``names`` maps area ids to display names; the title names at most ``most`` areas.
    The precision is the finest of the changed areas' ``since_precision``.
    """
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

    >>> from datetime import date as d
    >>> aug = Mark(PartialDate.parse("1993-08"), "event", "military", "Offensive")
    >>> date_label(d(1993, 8, 1), [aug]), date_label(d(1993, 8, 2), [aug])
    ('Aug 1993', '2 Aug 1993')
    """
    here = [m.when for m in marks if m.day == day]
    if not here or any(w.precision == "day" for w in here):
        return day_label(day)
    return min(here, key=lambda w: _FINER[w.precision]).label()


# ---- steps -------------------------------------------------------------------------------


def add_months(day: date, n: int) -> date:
    """``n`` months on (or back), the day clamped to the month's length.

    >>> add_months(date(2020, 1, 31), 1), add_months(date(2020, 3, 31), -13)
    (datetime.date(2020, 2, 29), datetime.date(2019, 2, 28))
    """
    y, m = divmod(day.year * 12 + day.month - 1 + n, 12)
    return date(y, m + 1, min(day.day, calendar.monthrange(y, m + 1)[1]))


def add_years(day: date, n: int) -> date:
    """``n`` years on (or back); 29 Feb becomes 28 Feb in a common year.

    >>> add_years(date(2020, 2, 29), 1), add_years(date(2020, 2, 29), 4)
    (datetime.date(2021, 2, 28), datetime.date(2024, 2, 29))
    """
    return add_months(day, 12 * n)


def next_after(day: date, days: Sequence[date]) -> date | None:
    """The first of the sorted ``days`` after ``day``, or None."""
    i = bisect_right(days, day)
    return days[i] if i < len(days) else None


def previous_before(day: date, days: Sequence[date]) -> date | None:
    """The last of the sorted ``days`` before ``day``, or None."""
    i = bisect_left(days, day)
    return days[i - 1] if i else None


@dataclass(frozen=True)
class Speed:
    """How far one play step moves: ``days`` plus ``months``."""

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

    >>> play_step(date(2020, 1, 31), SPEEDS[2], date(1923, 7, 7), date(2025, 1, 1), False)
    datetime.date(2020, 2, 29)
    >>> play_step(date(2025, 1, 1), SPEEDS[2], date(1923, 7, 7), date(2025, 1, 1), True)
    datetime.date(1923, 7, 7)
    """
    if day >= last:
        return first if loop else None
    return min(add_months(day + timedelta(days=speed.days), speed.months), last)
