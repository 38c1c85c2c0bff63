"""Dates as the sources state them: to the day, the month or only the year.

A fact dated "Aug 1993" must never be shown as "1 Aug 1993". :class:`PartialDate`
keeps the precision next to the date so that labels and range checks stay honest.

>>> d = PartialDate.parse("1993-08")
>>> d.label()
'Aug 1993'
>>> d.first, d.end
(datetime.date(1993, 8, 1), datetime.date(1993, 9, 1))
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

__all__ = ["MONTHS", "PartialDate", "Precision", "day_label", "parse_day", "range_label"]

Precision = Literal["day", "month", "year"]
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def parse_day(text: str) -> date:
    """Parse a strict ``YYYY-MM-DD`` day; raise ``ValueError`` with a readable message.

    >>> parse_day("2020-11-10")
    datetime.date(2020, 11, 10)
    """
    d = PartialDate.parse(text)
    if d.precision != "day":
        raise ValueError(f"{text!r} is not a full date: write it as YYYY-MM-DD")
    return d.first


def day_label(day: date) -> str:
    """``date(2020, 11, 10)`` → ``'10 Nov 2020'``: unambiguous in every locale."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def range_label(start: PartialDate, end: PartialDate | None = None) -> str:
    """A date or a range, each end at its own precision; an end equal to the start is dropped.

    Sections, events and timeline marks all name their time this way.

    >>> range_label(PartialDate.parse("1991"), PartialDate.parse("2022-02"))
    '1991 – Feb 2022'
    >>> range_label(PartialDate.parse("1993-08"), PartialDate.parse("1993-08"))
    'Aug 1993'
    """
    if end is None or end == start:
        return start.label()
    return f"{start.label()} – {end.label()}"


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to a ``precision`` of a day, a month or a year.

    ``first`` is the first day it covers, ``end`` the day after the last one, so
    that it behaves as the half-open range ``[first, end)``.
    """

    first: date
    precision: Precision = "day"

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; raise ``ValueError`` otherwise."""
        match = _PATTERN.match(text.strip())
        if not match:
            raise ValueError(f"{text!r} is not a date: use YYYY-MM-DD, YYYY-MM or YYYY")
        year, month, day = (int(g) if g else None for g in match.groups())
        try:
            if day is not None:
                return cls(date(year, month, day), "day")
            if month is not None:
                return cls(date(year, month, 1), "month")
            return cls(date(year, 1, 1), "year")
        except ValueError as exc:
            raise ValueError(f"{text!r} is not a valid date ({exc})") from None

    @property
    def end(self) -> date:
        """The first day after the covered range."""
        f = self.first
        if self.precision == "day":
            return date.fromordinal(f.toordinal() + 1)
        if self.precision == "month":
            return date(f.year + (f.month == 12), f.month % 12 + 1, 1)
        return date(f.year + 1, 1, 1)

    def label(self) -> str:
        """Human label at the stated precision: ``10 Nov 2020``, ``Aug 1993``, ``1993``."""
        if self.precision == "day":
            return day_label(self.first)
        if self.precision == "month":
            return f"{MONTHS[self.first.month - 1]} {self.first.year}"
        return str(self.first.year)

    def iso(self) -> str:
        """The form it was written in: ``1993``, ``1993-08`` or ``1993-08-23``."""
        length = {"day": 10, "month": 7, "year": 4}[self.precision]
        return self.first.isoformat()[:length]

    def __str__(self) -> str:
        return self.iso()
