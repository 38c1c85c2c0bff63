"""The day (or the before → after pair of days) a section's map shows.

A section's date says when it is *set*; its map must show what it *describes*. The map of
a war section on the war's first day shows the pre-war line, so a section may name its map
dates (``map: 2020-09-26 -> 2020-11-10``) and otherwise gets the default rule:

- the end of the section (its last day when that is a full date);
- when the end is only a month or a year, the last control change inside that month or
  year, or its last day when nothing changed in it.

Every day is kept inside the control data's range. Pure: the control change days are
passed in (``ControlTimeline.change_dates``), so the story needs no control data.

>>> from geodata.dates import PartialDate as P
>>> from geodata.story.model import Section
>>> changes = (date(2022, 8, 26), date(2022, 9, 13), date(2023, 9, 20))
>>> map_dates(Section("a", "A", "", P.parse("2022")), changes)
(datetime.date(2022, 9, 13),)
>>> map_dates(Section("b", "B", "", P.parse("1991"), P.parse("2022-02")), changes)
(datetime.date(2022, 2, 28),)
>>> map_dates(Section("c", "C", "", P.parse("2020-09-27"), P.parse("2020-11-10")), changes)
(datetime.date(2020, 11, 10),)
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from datetime import date, timedelta

from geodata.story.model import Section

__all__ = ["map_dates", "parse_map_dates"]

ARROWS = ("->", "→")


def parse_map_dates(text: str) -> tuple[date, ...]:
    """``2020-11-10`` or ``2020-09-26 -> 2020-11-10``; ``ValueError`` with the reason otherwise.

    Full days only: a map shows one day, so ``2020-11`` is refused rather than guessed.

    Parameters
    ----------
    text : str
        A ``map:`` value; ``->`` and ``→`` are both accepted.

    Returns
    -------
    tuple of datetime.date
        One day, or (before, after).

    Raises
    ------
    ValueError
        For a partial or malformed day, more than two days, or an "after" not after "before".

    Examples
    --------
    >>> parse_map_dates("2020-09-26 → 2020-11-10")
    (datetime.date(2020, 9, 26), datetime.date(2020, 11, 10))
    >>> parse_map_dates("2020-11")
    Traceback (most recent call last):
    ValueError: '2020-11' is not a day: use YYYY-MM-DD
    >>> parse_map_dates("2020-11-10 -> 2020-09-26")
    Traceback (most recent call last):
    ValueError: the 'after' day 2020-09-26 is not after the 'before' day 2020-11-10
    """
    parts = [text]
    for arrow in ARROWS:
        if arrow in text:
            parts = text.split(arrow)
            break
    if len(parts) > 2:
        raise ValueError("give one day, or two as 'BEFORE -> AFTER'")
    days = []
    for part in parts:
        try:
            days.append(date.fromisoformat(part.strip()))
        except ValueError:
            raise ValueError(f"{part.strip()!r} is not a day: use YYYY-MM-DD") from None
    if len(days) == 2 and days[1] <= days[0]:
        raise ValueError(f"the 'after' day {days[1]} is not after the 'before' day {days[0]}")
    return tuple(days)


def map_dates(
    section: Section,
    change_dates: Sequence[date] = (),
    first_day: date | None = None,
    last_day: date | None = None,
) -> tuple[date, ...]:
    """The section's map day, or its (before, after) pair; each inside first/last day.

    Parameters
    ----------
    section : Section
    change_dates : sequence of datetime.date, optional
        Sorted control change days, for the default rule.
    first_day, last_day : datetime.date, optional
        The control data's range; days outside it are clamped to it.

    Returns
    -------
    tuple of datetime.date
        One day, or (before, after) when the section names two.

    Examples
    --------
    >>> from geodata.dates import PartialDate as P
    >>> s = Section("s", "S", "", P.parse("1900"))
    >>> map_dates(s), map_dates(s, first_day=date(1923, 7, 7))
    ((datetime.date(1900, 12, 31),), (datetime.date(1923, 7, 7),))
    >>> days = (date(2020, 9, 26), date(2020, 11, 10))
    >>> pair = Section("w", "W", "", P.parse("2020-09-27"), map_dates=days)
    >>> len(map_dates(pair))
    2
    """
    days = section.map_dates or (_default(section, change_dates),)
    return tuple(_clamp(day, first_day, last_day) for day in days)


def _default(section: Section, change_dates: Sequence[date]) -> date:
    end = section.end or section.start
    if end.precision == "day":
        return end.first
    inside = bisect_left(change_dates, end.end) - 1
    if inside >= 0 and change_dates[inside] >= end.first:
        return change_dates[inside]
    return end.end - timedelta(days=1)


def _clamp(day: date, first_day: date | None, last_day: date | None) -> date:
    if first_day is not None:
        day = max(day, first_day)
    if last_day is not None:
        day = min(day, last_day)
    return day
