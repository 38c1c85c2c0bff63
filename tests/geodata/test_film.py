"""The film's plan: which day each picture shows, holds, title cards, and clear refusals."""

from datetime import date
from itertools import pairwise

import pytest

from geodata.control import load_control
from geodata.dates import PartialDate
from geodata.film import check_range, parse_video_size, plan_film, step_days
from geodata.problems import AtlasError
from geodata.story import Section, Story, StoryMeta

TIMELINE = load_control()[0].timeline
MAY_1 = date(1992, 5, 1)


def test_weeks_and_days_end_on_the_last_day_asked_for():
    days = step_days(TIMELINE, MAY_1, date(1992, 5, 20), "1w")
    assert [d.day for d in days] == [1, 8, 15, 20]
    assert len(step_days(TIMELINE, MAY_1, date(1992, 5, 20), "1d")) == 20


def test_change_gives_one_picture_per_control_change():
    end = date(1994, 5, 12)
    days = step_days(TIMELINE, date(1991, 9, 2), end, "change")
    changes = [d for d in TIMELINE.change_dates if date(1991, 9, 2) < d <= end]
    assert days[1:] == changes and len(changes) > 10
    assert all(TIMELINE.diff(a, b) for a, b in pairwise(days))


def test_hold_repeats_only_the_pictures_where_control_changed():
    plan = plan_film(TIMELINE, MAY_1, date(1992, 5, 20), "1d", hold=4)
    held = [f.day for f in plan if f.repeat == 4]
    assert held == [f.day for f in plan if f.changed] and date(1992, 5, 9) in held
    assert sum(f.repeat for f in plan) == 20 + 3 * len(held)


def test_a_title_card_comes_before_the_first_picture_of_its_section():
    section = Section("shusha", "Shusha", "It fell.", PartialDate.parse("1992-05-09"))
    story = Story(StoryMeta("T"), (section,))
    plan = plan_film(TIMELINE, MAY_1, date(1992, 5, 20), "1w", story=story, fps=10)
    cards = [f for f in plan if f.card]
    assert [(f.day, f.card, f.repeat) for f in cards] == [(date(1992, 5, 15), "shusha", 25)]
    assert plan[plan.index(cards[0]) + 1] == plan_film(TIMELINE, MAY_1, date(1992, 5, 20), "1w")[2]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: plan_film(TIMELINE, MAY_1, date(1992, 6, 1), "2w"), "--step: '2w'"),
        (lambda: plan_film(TIMELINE, MAY_1, date(1992, 6, 1), "1d", hold=0), "--hold"),
        (
            lambda: plan_film(TIMELINE, date(1996, 1, 1), date(1997, 1, 1), "change"),
            "control does not change between 1996-01-01 and 1997-01-01",
        ),
        (lambda: plan_film(TIMELINE, date(1924, 1, 1), date(2020, 1, 1), "1d"), "frames"),
        (
            lambda: check_range(date(1994, 1, 1), date(1993, 1, 1), MAY_1, date(2020, 1, 1)),
            "before",
        ),
        (lambda: check_range(MAY_1, MAY_1, MAY_1, date(2020, 1, 1)), "two different days"),
        (lambda: check_range(date(1900, 1, 1), MAY_1, date(1923, 7, 7), MAY_1), "--from: 1900"),
        (lambda: parse_video_size("1920×1080"), "WIDTHxHEIGHT"),
        (lambda: parse_video_size("100x100"), "between"),
        (lambda: parse_video_size("801x450"), "odd side"),
    ],
)
def test_bad_plans_are_refused_with_the_option_named(call, message):
    with pytest.raises(AtlasError, match=message.replace("(", r"\(")) as caught:
        call()
    assert "\n" not in str(caught.value)


def test_a_gif_may_have_odd_sides():
    assert parse_video_size("801x451", even=False) == (801, 451)
