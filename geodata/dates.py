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

from geodata.i18n import QT_TRANSLATE_NOOP, language, translate

__all__ = [
    "MAX_YEAR",
    "MONTHS",
    "PartialDate",
    "Precision",
    "day_label",
    "parse_day",
    "range_label",
]

Precision = Literal["day", "month", "year"]
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# The month with a day ("10 Nov": genitive in Russian and Armenian) and alone ("Nov 2020"),
# marked for lupdate; English keeps MONTHS.
_DAY_MONTHS = (
    QT_TRANSLATE_NOOP("day month", "Jan"),
    QT_TRANSLATE_NOOP("day month", "Feb"),
    QT_TRANSLATE_NOOP("day month", "Mar"),
    QT_TRANSLATE_NOOP("day month", "Apr"),
    QT_TRANSLATE_NOOP("day month", "May"),
    QT_TRANSLATE_NOOP("day month", "Jun"),
    QT_TRANSLATE_NOOP("day month", "Jul"),
    QT_TRANSLATE_NOOP("day month", "Aug"),
    QT_TRANSLATE_NOOP("day month", "Sep"),
    QT_TRANSLATE_NOOP("day month", "Oct"),
    QT_TRANSLATE_NOOP("day month", "Nov"),
    QT_TRANSLATE_NOOP("day month", "Dec"),
)
_MONTHS = (
    QT_TRANSLATE_NOOP("month", "Jan"),
    QT_TRANSLATE_NOOP("month", "Feb"),
    QT_TRANSLATE_NOOP("month", "Mar"),
    QT_TRANSLATE_NOOP("month", "Apr"),
    QT_TRANSLATE_NOOP("month", "May"),
    QT_TRANSLATE_NOOP("month", "Jun"),
    QT_TRANSLATE_NOOP("month", "Jul"),
    QT_TRANSLATE_NOOP("month", "Aug"),
    QT_TRANSLATE_NOOP("month", "Sep"),
    QT_TRANSLATE_NOOP("month", "Oct"),
    QT_TRANSLATE_NOOP("month", "Nov"),
    QT_TRANSLATE_NOOP("month", "Dec"),
)
_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
# Dates are history, not science fiction: far from the calendar's end (9999-12-31), so that
# a range's end, a day after, or an event's linger never runs past what ``date`` can hold.
MAX_YEAR = 2999


def parse_day(text: str) -> date:
    """Parse a strict ``YYYY-MM-DD`` day, the form every command-line date takes.

    A month or a year is refused rather than widened to its first day: a query for
    "Aug 1993" has no single answer, so the user is asked to pick the day.

    Parameters
    ----------
    text : str
        The date as typed, e.g. ``"2020-11-10"``; surrounding blanks are ignored.

    Returns
    -------
    datetime.date
        The day.

    Raises
    ------
    ValueError
        With a message fit to show the user, for a partial or malformed date.

    Examples
    --------
    >>> parse_day("2020-11-10")
    datetime.date(2020, 11, 10)
    >>> parse_day("2020-11")
    Traceback (most recent call last):
    ValueError: '2020-11' is not a full date: write it as YYYY-MM-DD
    """
    d = PartialDate.parse(text)
    if d.precision != "day":
        message = translate("errors", "{text} is not a full date: write it as YYYY-MM-DD")
        raise ValueError(message.format(text=repr(text)))
    return d.first


def day_label(day: date) -> str:
    """Name a day the same way in every locale: day, month in words, year.

    ``10/11/2020`` reads as October in one country and November in another; this never does.
    In English the month is short (``Nov``); in ru, hy and az it is the interface language's
    word, in the form a date needs (``10 ноября 2020``, ``2020 թ. նոյեմբերի 10``).

    Parameters
    ----------
    day : datetime.date
        The day to name.

    Returns
    -------
    str
        ``'<day> <Mon> <year>'`` without a leading zero.

    Examples
    --------
    >>> from datetime import date
    >>> day_label(date(2020, 11, 10))
    '10 Nov 2020'
    >>> day_label(date(1988, 2, 1))
    '1 Feb 1988'
    """
    if language() == "en":
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    month = translate("day month", _DAY_MONTHS[day.month - 1])
    return translate("dates", "{day} {month} {year}").format(
        day=day.day, month=month, year=day.year
    )


def range_label(start: PartialDate, end: PartialDate | None = None) -> str:
    """A date or a range, each end at its own precision; an end equal to the start is dropped.

    Sections, events and timeline marks all name their time this way, so a range is never
    shown more precise than its sources.

    Parameters
    ----------
    start : PartialDate
        The first date.
    end : PartialDate or None, optional
        The last date; ``None`` (the default) or the same date as `start` gives a single date.

    Returns
    -------
    str
        ``'<start>'`` or ``'<start> – <end>'`` (an en dash between spaces).

    Examples
    --------
    >>> range_label(PartialDate.parse("1991"), PartialDate.parse("2022-02"))
    '1991 – Feb 2022'
    >>> range_label(PartialDate.parse("1993-08"), PartialDate.parse("1993-08"))
    'Aug 1993'
    >>> range_label(PartialDate.parse("2020-09-27"))
    '27 Sep 2020'
    """
    if end is None or end == start:
        return start.label()
    return f"{start.label()} – {end.label()}"


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to a ``precision`` of a day, a month or a year.

    ``first`` is the first day it covers, ``end`` the day after the last one, so
    that it behaves as the half-open range ``[first, end)``. Instances order by
    ``first`` (then precision), so a list of them sorts chronologically.

    Parameters
    ----------
    first : datetime.date
        The first day covered; for a month or a year this is its first day.
    precision : {"day", "month", "year"}, default "day"
        How much of `first` the source actually states.

    See Also
    --------
    PartialDate.parse : build one from the text in a data file.

    Examples
    --------
    >>> from datetime import date
    >>> PartialDate(date(1994, 5, 12)).label()
    '12 May 1994'
    >>> PartialDate(date(1994, 1, 1), "year") < PartialDate(date(1994, 5, 12))
    True
    """

    first: date
    precision: Precision = "day"

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read a date at the precision it was written: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

        Parameters
        ----------
        text : str
            The date as written in a data file; surrounding blanks are ignored.

        Returns
        -------
        PartialDate
            With ``precision`` "year", "month" or "day" to match the text.

        Raises
        ------
        ValueError
            For any other shape, or a day that does not exist (30 February).

        Examples
        --------
        >>> PartialDate.parse("1993-08")
        PartialDate(first=datetime.date(1993, 8, 1), precision='month')
        >>> PartialDate.parse(" 1991 ").precision
        'year'
        >>> PartialDate.parse("1993-02-30")
        Traceback (most recent call last):
        ValueError: '1993-02-30' is not a valid date (day is out of range for month)
        >>> PartialDate.parse("Aug 1993")
        Traceback (most recent call last):
        ValueError: 'Aug 1993' is not a date: use YYYY-MM-DD, YYYY-MM or YYYY
        """
        match = _PATTERN.match(text.strip())
        if not match:
            message = translate("errors", "{text} is not a date: use YYYY-MM-DD, YYYY-MM or YYYY")
            raise ValueError(message.format(text=repr(text)))
        year, month, day = (int(g) if g else None for g in match.groups())
        if year > MAX_YEAR:
            message = translate("errors", "{text} is out of range: years go up to {year}")
            raise ValueError(message.format(text=repr(text.strip()), year=MAX_YEAR))
        try:
            if day is not None:
                return cls(date(year, month, day), "day")
            if month is not None:
                return cls(date(year, month, 1), "month")
            return cls(date(year, 1, 1), "year")
        except ValueError as exc:
            message = translate("errors", "{text} is not a valid date ({reason})")
            raise ValueError(message.format(text=repr(text), reason=exc)) from None

    @property
    def end(self) -> date:
        """The first day after the covered range (exclusive), so ranges chain without gaps.

        Returns
        -------
        datetime.date
            The day after `first` for a day, the first of next month or next year otherwise.

        Examples
        --------
        >>> PartialDate.parse("1993-12").end
        datetime.date(1994, 1, 1)
        >>> PartialDate.parse("2020-11-10").end
        datetime.date(2020, 11, 11)
        """
        f = self.first
        if self.precision == "day":
            return date.fromordinal(f.toordinal() + 1)
        if self.precision == "month":
            return date(f.year + (f.month == 12), f.month % 12 + 1, 1)
        return date(f.year + 1, 1, 1)

    def label(self) -> str:
        """Human label at the stated precision, never more precise than the source.

        Returns
        -------
        str
            ``10 Nov 2020``, ``Aug 1993`` or ``1993``.

        Examples
        --------
        >>> [PartialDate.parse(t).label() for t in ("2020-11-10", "1993-08", "1993")]
        ['10 Nov 2020', 'Aug 1993', '1993']
        """
        if self.precision == "day":
            return day_label(self.first)
        if self.precision == "month":
            month = translate("month", _MONTHS[self.first.month - 1])
            return translate("dates", "{month} {year}").format(month=month, year=self.first.year)
        return str(self.first.year)

    def iso(self) -> str:
        """The form it was written in, so it writes back to a data file unchanged.

        Returns
        -------
        str
            ``1993``, ``1993-08`` or ``1993-08-23``; also what ``str()`` gives.

        Examples
        --------
        >>> PartialDate.parse("1993-08").iso()
        '1993-08'
        >>> str(PartialDate.parse("1993"))
        '1993'
        """
        length = {"day": 10, "month": 7, "year": 4}[self.precision]
        return self.first.isoformat()[:length]

    def __str__(self) -> str:
        return self.iso()
