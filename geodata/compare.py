"""Two dates side by side: which areas changed hands, and km² held over the whole range.

``compare(data, a, b)`` answers the classroom question "what changed between the 1994
ceasefire and the 2020 ceasefire?": every area whose de facto controller on ``b`` differs
from the one on ``a``, with both controllers and its km². It compares two states, not the
path between them: an area that changed hands and came back in between is not listed.
A change of status alone (contested → stable) is not a change of hands either.

Because each area is listed once with its whole km², the table adds up: for every
controller, ``stats(b) - stats(a)`` equals the km² it gained minus the km² it lost
(:func:`net_change`).

``series(data)`` is what the territory chart plots: km² held by each controller as a step
series over the timeline's change dates, taken from :func:`geodata.control.stats`.

>>> from datetime import date
>>> from geodata.control import load_control
>>> data, _ = load_control()
>>> changes = compare(data, date(1994, 5, 12), date(2020, 12, 2))
>>> kalbajar = next(c for c in changes if c.area == "kalbajar")
>>> kalbajar.from_controller, kalbajar.to_controller, round(kalbajar.km2)
('NKR', 'AZ', 2121)
>>> dates, km2 = series(data)
>>> dates[0], km2["NKR"][0]
(datetime.date(1923, 7, 7), 0.0)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from geodata.control import ControlData, stats
from geodata.control.controllers import CONTROLLERS
from geodata.dates import PartialDate

__all__ = ["Change", "compare", "net_change", "series"]


@dataclass(frozen=True)
class Change:
    """One area that changed hands between date A and date B.

    ``held_since`` is the first day of the unbroken run of B's controller (``since`` is the
    same date, kept for older callers); ``status_since`` the day B's status last changed in
    that run. Both at the source's precision. The statuses ride along because "held" and
    "held while contested" read differently in a classroom table.

    Parameters
    ----------
    area : str
        The control area id.
    name : str
        Its display name.
    from_controller, to_controller : str
        Controller codes on A and on B.
    from_status, to_status : str
        Statuses on A and on B.
    km2 : float
        The whole area's km², so a table of changes adds up.
    held_since : PartialDate
        The first day of B's controller's unbroken holding.
    status_since : PartialDate
        The first day of B's status within that holding.

    Examples
    --------
    >>> nov = PartialDate.parse("2020-11")
    >>> c = Change("x", "X", "NKR", "AZ", "stable", "stable", 10.0, nov, nov)
    >>> c.since == c.held_since, c.as_json()["held_since"]
    (True, '2020-11')
    """

    area: str
    name: str
    from_controller: str
    to_controller: str
    from_status: str
    to_status: str
    km2: float
    held_since: PartialDate
    status_since: PartialDate

    @property
    def since(self) -> PartialDate:
        """The same as ``held_since``, for callers written before it was split in two.

        Returns
        -------
        PartialDate

        Examples
        --------
        >>> y = PartialDate.parse("1992-05")
        >>> Change("x", "X", "AZ", "NKR", "stable", "stable", 1.0, y, y).since.label()
        'May 1992'
        """
        return self.held_since

    def as_json(self) -> dict:
        """The CLI's JSON object: ``area, name, from, to, km2``, statuses and the dates.

        ``from``/``to`` are the keys scripts read; the dates keep their written precision, and
        ``since`` (the same as ``held_since``) stays for scripts written before it.

        Returns
        -------
        dict

        Examples
        --------
        >>> y2020, y2021 = PartialDate.parse("2020"), PartialDate.parse("2021")
        >>> c = Change("x", "X", "NKR", "AZ", "stable", "contested", 10.0, y2020, y2021)
        >>> c.as_json()  # doctest: +NORMALIZE_WHITESPACE
        {'area': 'x', 'name': 'X', 'from': 'NKR', 'to': 'AZ', 'km2': 10.0,
         'from_status': 'stable', 'to_status': 'contested', 'since': '2020',
         'held_since': '2020', 'status_since': '2021'}
        """
        return {
            "area": self.area,
            "name": self.name,
            "from": self.from_controller,
            "to": self.to_controller,
            "km2": self.km2,
            "from_status": self.from_status,
            "to_status": self.to_status,
            "since": self.held_since.iso(),
            "held_since": self.held_since.iso(),
            "status_since": self.status_since.iso(),
        }


def compare(data: ControlData, a: date, b: date) -> list[Change]:
    """The areas whose controller on ``b`` differs from ``a``, largest first.

    A change of status alone is not a change of hands, and an area that changed hands and
    came back between the dates is not listed: this compares two states, not the path.

    Parameters
    ----------
    data : ControlData
    a, b : datetime.date
        The two dates; ``a`` may be after ``b``: "from" is always the state on ``a``.

    Returns
    -------
    list of Change
        By km² descending, then by area id; empty when nothing changed hands.

    Raises
    ------
    ValueError
        When a date is outside the data's range.

    Examples
    --------
    >>> from datetime import date
    >>> from geodata.control import load_control
    >>> data, _ = load_control()
    >>> first = compare(data, date(1994, 5, 12), date(2020, 12, 2))[0]
    >>> first.area, first.from_controller, first.to_controller
    ('kalbajar', 'NKR', 'AZ')
    >>> compare(data, date(2000, 1, 1), date(2001, 1, 1))
    []
    >>> compare(data, date(1900, 1, 1), date(2001, 1, 1))
    Traceback (most recent call last):
    ValueError: 1900-01-01 is outside the data's range 1923-07-07..2026-12-02
    """
    timeline = data.timeline
    changes = []
    for area, after in timeline.diff(a, b).items():
        before = timeline.state_of(area, a)
        if before.controller == after.controller:
            continue
        tenure = timeline.tenure(area, b)
        changes.append(
            Change(
                area=area,
                name=data.areas[area].name,
                from_controller=before.controller,
                to_controller=after.controller,
                from_status=before.status,
                to_status=after.status,
                km2=data.areas[area].km2,
                held_since=tenure.held_since,
                status_since=tenure.status_since,
            )
        )
    return sorted(changes, key=lambda c: (-c.km2, c.area))


def net_change(changes: list[Change]) -> dict[str, float]:
    """km² gained minus km² lost per controller over ``changes`` (zeros left out).

    Equal to the difference of :func:`geodata.control.stats` on the two dates, which is
    what lets the compare table and the chart be checked against each other.

    Parameters
    ----------
    changes : list of Change
        As :func:`compare` returns them.

    Returns
    -------
    dict of str to float
        By controller code, rounded to 0.1 km²; empty when nothing changed.

    Examples
    --------
    >>> y2020, y2021 = PartialDate.parse("2020"), PartialDate.parse("2021")
    >>> c = Change("x", "X", "NKR", "AZ", "stable", "stable", 10.0, y2020, y2020)
    >>> net_change([c])
    {'AZ': 10.0, 'NKR': -10.0}
    >>> back = Change("x", "X", "AZ", "NKR", "stable", "stable", 10.0, y2021, y2021)
    >>> net_change([c, back]), net_change([])
    ({}, {})
    """
    net: dict[str, float] = {}
    for c in changes:
        net[c.to_controller] = net.get(c.to_controller, 0.0) + c.km2
        net[c.from_controller] = net.get(c.from_controller, 0.0) - c.km2
    return {code: round(km, 1) for code, km in sorted(net.items()) if round(km, 1)}


def series(data: ControlData) -> tuple[list[date], dict[str, list[float]]]:
    """km² per controller on the first day and on each change date, held until the next.

    Every controller that holds land on some date gets a value on every date (0.0 when it
    holds none), in the order of :data:`geodata.control.controllers.CONTROLLERS`, then others
    by code. The last value holds until ``data.timeline.last_day``.

    Parameters
    ----------
    data : ControlData

    Returns
    -------
    dates : list of datetime.date
        The first day, then each change date.
    km2 : dict of str to list of float
        One value per date for each controller code.

    Examples
    --------
    >>> from geodata.control import load_control
    >>> data, _ = load_control()
    >>> dates, km2 = series(data)
    >>> list(km2)[:3], all(len(v) == len(dates) for v in km2.values())
    (['AZ', 'AM', 'NKR'], True)
    """
    timeline = data.timeline
    dates = [timeline.first_day, *(d for d in timeline.change_dates if d > timeline.first_day)]
    rows = [stats(data, d) for d in dates]
    present = {code for row in rows for code in row}
    order = [c for c in CONTROLLERS if c in present] + sorted(present - CONTROLLERS.keys())
    return dates, {code: [row.get(code, 0.0) for row in rows] for code in order}
