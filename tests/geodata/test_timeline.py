from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geodata.timeline import AreaState, ControlTimeline, Period, TimelineError

FIRST = date(2000, 1, 1)
LAST = date(2000, 12, 31)
CODES = ("AZ", "AM", "NKR", "RU")


def _state(controller, day, status="stable"):
    return AreaState(controller, status, day, "src", "High")


@st.composite
def timelines(draw):
    """Random areas, each with random change days and controllers that tile the range."""
    periods = []
    for n in range(draw(st.integers(1, 6))):
        days = sorted(set(draw(st.lists(st.integers(1, 365), max_size=6))))
        starts = [FIRST] + [FIRST + timedelta(days=d) for d in days]
        for i, start in enumerate(starts):
            end = starts[i + 1] if i + 1 < len(starts) else None
            state = _state(draw(st.sampled_from(CODES)), start)
            periods.append(Period(f"a{n}", start, end, state))
    return periods


def _brute(periods, area, day):
    hits = [
        p for p in periods if p.area == area and p.start <= day and (p.end is None or day < p.end)
    ]
    return hits


days = st.integers(0, 365).map(lambda d: FIRST + timedelta(days=d))


@settings(max_examples=60, deadline=None)
@given(timelines(), days)
def test_every_area_has_exactly_one_state_on_every_day(periods, day):
    tl = ControlTimeline(periods, FIRST, LAST)
    state = tl.state_at(day)
    for area in {p.area for p in periods}:
        hits = _brute(periods, area, day)
        assert len(hits) == 1
        assert state[area] == hits[0].state


@settings(max_examples=60, deadline=None)
@given(timelines(), days, days)
def test_diff_is_exactly_the_areas_whose_state_differs(periods, a, b):
    tl = ControlTimeline(periods, FIRST, LAST)
    expected = {
        area: tl.state_of(area, b)
        for area in tl.areas
        if tl.state_of(area, a) != tl.state_of(area, b)
    }
    assert tl.diff(a, b) == expected


@settings(max_examples=60, deadline=None)
@given(timelines())
def test_a_change_date_takes_the_new_state(periods):
    tl = ControlTimeline(periods, FIRST, LAST)
    for p in periods:
        if p.start > FIRST:
            assert tl.state_of(p.area, p.start) == p.state
            assert p.start in tl.change_dates


def test_change_dates_are_sorted_and_unique():
    periods = [
        Period("x", FIRST, date(2000, 6, 1), _state("AZ", FIRST)),
        Period("x", date(2000, 6, 1), None, _state("NKR", date(2000, 6, 1))),
        Period("y", FIRST, date(2000, 3, 1), _state("AZ", FIRST)),
        Period("y", date(2000, 3, 1), None, _state("AM", date(2000, 3, 1))),
    ]
    tl = ControlTimeline(periods, FIRST, LAST)
    assert tl.change_dates == (date(2000, 3, 1), date(2000, 6, 1))
    assert tl.diff(date(2000, 2, 1), date(2000, 4, 1)) == {"y": periods[3].state}
    assert tl.diff(date(2000, 4, 1), date(2000, 2, 1)) == {"y": periods[2].state}


@pytest.mark.parametrize(
    ("periods", "message"),
    [
        ([Period("x", date(2000, 1, 2), None, _state("AZ", FIRST))], "starts on"),
        (
            [
                Period("x", FIRST, date(2000, 2, 1), _state("AZ", FIRST)),
                Period("x", date(2000, 3, 1), None, _state("AM", FIRST)),
            ],
            "gap",
        ),
        (
            [
                Period("x", FIRST, date(2000, 3, 1), _state("AZ", FIRST)),
                Period("x", date(2000, 2, 1), None, _state("AM", FIRST)),
            ],
            "overlap",
        ),
        ([Period("x", FIRST, date(2000, 3, 1), _state("AZ", FIRST))], "leave the last end empty"),
    ],
)
def test_periods_that_do_not_tile_are_refused(periods, message):
    with pytest.raises(TimelineError, match=message):
        ControlTimeline(periods, FIRST, LAST)


def test_days_outside_the_range_are_refused():
    tl = ControlTimeline([Period("x", FIRST, None, _state("AZ", FIRST))], FIRST, LAST)
    with pytest.raises(ValueError, match="outside"):
        tl.state_at(date(1999, 12, 31))
    with pytest.raises(ValueError, match="outside"):
        tl.state_of("x", date(2001, 1, 1))


def test_tenure_runs_over_periods_of_the_same_controller():
    """held_since is where the controller's unbroken run began, not the current period."""
    rows = [
        ("AZ", "stable", date(2000, 1, 1), date(2000, 3, 1)),
        ("NKR", "contested", date(2000, 3, 1), date(2000, 5, 1)),
        ("NKR", "stable", date(2000, 5, 1), date(2000, 7, 1)),
        ("NKR", "stable", date(2000, 7, 1), date(2000, 9, 1)),  # a new source, same holding
        ("RU", "stable", date(2000, 9, 1), None),
    ]
    tl = ControlTimeline(
        [Period("a", start, end, _state(c, start, s)) for c, s, start, end in rows], FIRST
    )
    later = tl.tenure("a", date(2000, 8, 15))
    assert later.held_since.first == date(2000, 3, 1)
    assert later.status_since.first == date(2000, 5, 1)
    assert tl.tenure("a", date(2000, 4, 1)).status_since.first == date(2000, 3, 1)
    # a change of hands restarts both, even when the status stays "stable"
    handed = tl.tenure("a", date(2000, 10, 1))
    assert handed.held_since.first == handed.status_since.first == date(2000, 9, 1)


@settings(max_examples=60)
@given(timelines(), days)
def test_tenure_matches_a_walk_back_through_the_periods(periods, day):
    tl = ControlTimeline(periods, FIRST, LAST)
    for area in tl.areas:
        rows = sorted((p for p in periods if p.area == area), key=lambda p: p.start)
        i = max(n for n, p in enumerate(rows) if p.start <= day)
        j = i
        while j > 0 and rows[j - 1].state.controller == rows[i].state.controller:
            j -= 1
        assert tl.tenure(area, day).held_since.first == rows[j].start
        assert tl.tenure(area, day).held_since.first <= tl.tenure(area, day).status_since.first
