import doctest
from datetime import date, timedelta
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geodata import timescale
from geodata.control import load_control
from geodata.dates import PartialDate
from geodata.events import Event
from geodata.story.model import Section
from geodata.timescale import (
    SPEEDS,
    Mark,
    TimeScale,
    add_months,
    add_years,
    change_marks,
    date_label,
    density,
    event_marks,
    next_after,
    play_step,
    previous_before,
    section_marks,
    year_ticks,
)

FIRST, LAST = date(1923, 7, 7), date(2025, 12, 31)
BUSY = [date(1992, m, 1) for m in range(1, 13)] + [date(2020, 10, d) for d in range(1, 20)]
SCALE = TimeScale.weighted(FIRST, LAST, BUSY)
DAYS = st.dates(min_value=FIRST, max_value=LAST)
CHANGES = (date(1990, 1, 19), date(1992, 5, 9), date(2020, 11, 10))


def _event(when: str, kind: str = "military", end: str = "") -> Event:
    return Event(
        "e",
        PartialDate.parse(when),
        PartialDate.parse(end) if end else None,
        "Something happened",
        "shusha",
        None,
        None,
        kind,
        "High",
        "a source",
        "",
    )


# ---- the scale ---------------------------------------------------------------------------


def test_the_scale_spans_zero_to_one():
    assert (SCALE.position(FIRST), SCALE.position(LAST)) == (0.0, 1.0)
    assert (SCALE.day_at(0.0), SCALE.day_at(1.0)) == (FIRST, LAST)
    assert (SCALE.day_at(-3), SCALE.day_at(7)) == (FIRST, LAST)


def test_busy_years_get_more_room_than_quiet_ones():
    def width(year):
        return SCALE.position(date(year + 1, 1, 1)) - SCALE.position(date(year, 1, 1))

    assert width(1992) > 5 * width(1960)
    assert width(2020) > 5 * width(1960)
    assert width(1993) > 2 * width(1960)  # the crowded period is widened as a whole


def test_a_linear_scale_gives_each_day_the_same_room():
    scale = TimeScale.linear(date(2000, 1, 1), date(2000, 1, 11))
    assert scale.position(date(2000, 1, 6)) == pytest.approx(0.5)


@given(DAYS)
def test_day_to_position_to_day_round_trips(day):
    assert SCALE.day_at(SCALE.position(day)) == day


@given(st.floats(0, 1))
def test_position_to_day_to_position_lands_within_half_a_day(pos):
    day = SCALE.day_at(pos)
    half = abs(SCALE.position(day + timedelta(days=1)) - SCALE.position(day)) / 2
    half = max(half, abs(SCALE.position(day) - SCALE.position(day - timedelta(days=1))) / 2)
    assert abs(SCALE.position(day) - pos) <= half + 1e-12


@given(DAYS, DAYS)
def test_the_scale_is_strictly_monotonic(a, b):
    if a < b:
        assert SCALE.position(a) < SCALE.position(b)


@given(st.lists(DAYS, max_size=40), st.floats(0, 20), st.integers(0, 3))
def test_any_weighting_keeps_the_ends_and_the_order(days, gain, spread):
    scale = TimeScale.weighted(FIRST, LAST, days, gain=gain, spread=spread)
    assert (scale.position(FIRST), scale.position(LAST)) == (0.0, 1.0)
    mid = [scale.position(date(y, 1, 1)) for y in range(1924, 2026)]
    assert mid == sorted(mid) and len(set(mid)) == len(mid)


def test_density_peaks_at_the_busiest_slice_and_is_empty_elsewhere():
    strip = density(SCALE, BUSY, 60)
    assert len(strip) == 60 and max(strip) == 1.0
    assert strip[int(SCALE.position(date(1960, 1, 1)) * 60)] == 0.0
    assert strip[int(SCALE.position(date(2020, 10, 10)) * 60)] == 1.0
    assert density(SCALE, [], 5) == [0.0] * 5


def test_year_ticks_label_every_year_where_there_is_room():
    years = year_ticks(SCALE, 1200, 40)
    assert {1992, 1993, 2020, 2021} <= set(years)
    assert 1961 not in years
    xs = [SCALE.position(date(y, 1, 1)) * 1200 for y in years]
    assert all(b - a >= 40 for a, b in pairwise(xs))


# ---- marks and labels --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("when", "end", "label"),
    [
        ("1993-08", "", "Aug 1993"),
        ("1993", "", "1993"),
        ("1992-02-25", "", "25 Feb 1992"),
        ("1992-02-25", "1992-02-26", "25 Feb 1992 – 26 Feb 1992"),
    ],
)
def test_an_event_is_shown_at_its_precision(when, end, label):
    (mark,) = event_marks([_event(when, end=end)])
    assert mark.date_label() == label
    assert mark.describe() == f"{label} — Something happened (military)"


def test_an_event_without_a_kind_is_other_and_sections_keep_their_span():
    (event,) = event_marks([_event("1993", kind="")])
    assert event.kind == "other"
    section = Section(
        "s", "The war", "", PartialDate.parse("1988-02-20"), PartialDate.parse("1994")
    )
    (mark,) = section_marks([section])
    assert (mark.category, mark.day, mark.date_label()) == (
        "section",
        date(1988, 2, 20),
        "20 Feb 1988 – 1994",
    )
    assert mark.describe() == "20 Feb 1988 – 1994 — The war"


@pytest.mark.parametrize(
    ("day", "label"),
    [
        (date(1993, 8, 1), "Aug 1993"),  # only a month-precision event on that day
        (date(1993, 8, 2), "2 Aug 1993"),
        (date(1994, 1, 1), "1994"),
        (date(1992, 5, 9), "9 May 1992"),  # a day-precision mark wins
    ],
)
def test_the_current_date_label_is_no_more_precise_than_what_is_dated_on_it(day, label):
    marks = [
        *event_marks([_event("1993-08"), _event("1994"), _event("1992-05")]),
        Mark(PartialDate(date(1992, 5, 9)), "change", "change", "Shusha"),
        Mark(PartialDate.parse("1992-05"), "section", "section", "May"),
    ]
    assert date_label(day, marks) == label


def test_change_marks_name_the_areas_and_their_new_controller():
    control, _ = load_control()
    marks = {m.day: m for m in change_marks(control.timeline, {"shusha-town": "Shusha"})}
    assert set(marks) == set(control.timeline.change_dates)
    assert "Shusha → " in marks[date(1992, 5, 9)].title
    assert marks[date(1992, 1, 1)].date_label() == "1992"  # known only to the year


# ---- steps -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "n", "expected"),
    [
        (date(2020, 1, 31), 1, date(2020, 2, 29)),
        (date(2021, 1, 31), 1, date(2021, 2, 28)),
        (date(2020, 3, 31), -1, date(2020, 2, 29)),
        (date(2020, 12, 15), 1, date(2021, 1, 15)),
        (date(2020, 1, 15), -1, date(2019, 12, 15)),
        (date(2020, 5, 31), 12, date(2021, 5, 31)),
    ],
)
def test_a_month_step_clamps_to_the_months_length(day, n, expected):
    assert add_months(day, n) == expected


@pytest.mark.parametrize(
    ("day", "n", "expected"),
    [
        (date(2020, 2, 29), 1, date(2021, 2, 28)),
        (date(2020, 2, 29), -1, date(2019, 2, 28)),
        (date(2020, 2, 29), 4, date(2024, 2, 29)),
        (date(1993, 8, 23), -1, date(1992, 8, 23)),
    ],
)
def test_a_year_step_handles_29_february(day, n, expected):
    assert add_years(day, n) == expected


@given(DAYS, st.integers(-30, 30))
def test_month_steps_move_by_whole_months_and_never_past_the_day(day, n):
    moved = add_months(day, n)
    assert (moved.year * 12 + moved.month) - (day.year * 12 + day.month) == n
    assert moved.day <= day.day


@pytest.mark.parametrize(
    ("day", "after", "before"),
    [
        (date(1923, 7, 7), date(1990, 1, 19), None),
        (date(1990, 1, 19), date(1992, 5, 9), None),
        (date(1991, 1, 1), date(1992, 5, 9), date(1990, 1, 19)),
        (date(2020, 11, 10), None, date(1992, 5, 9)),
        (date(2025, 1, 1), None, date(2020, 11, 10)),
    ],
)
def test_next_and_previous_change(day, after, before):
    assert next_after(day, CHANGES) == after
    assert previous_before(day, CHANGES) == before


@given(DAYS)
def test_next_and_previous_are_strictly_after_and_before(day):
    after, before = next_after(day, CHANGES), previous_before(day, CHANGES)
    assert after is None or (after > day and not any(day < c < after for c in CHANGES))
    assert before is None or (before < day and not any(before < c < day for c in CHANGES))


@given(DAYS, st.sampled_from(SPEEDS), st.booleans())
def test_playing_moves_forward_and_stays_in_range(day, speed, loop):
    nxt = play_step(day, speed, FIRST, LAST, loop)
    if day == LAST:
        assert nxt == (FIRST if loop else None)
    else:
        assert day < nxt <= LAST


def test_playing_stops_at_the_end_or_loops():
    day, frames = date(2025, 10, 1), []
    while (day := play_step(day, SPEEDS[2], FIRST, LAST, loop=False)) is not None:
        frames.append(day)
    assert frames == [date(2025, 11, 1), date(2025, 12, 1), LAST]
    assert play_step(LAST, SPEEDS[2], FIRST, LAST, loop=True) == FIRST


def test_the_docstring_examples_hold():
    assert doctest.testmod(timescale).failed == 0
