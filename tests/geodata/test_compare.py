"""Comparing two dates: the right areas with the right from/to, and km² that add up."""

import doctest
from datetime import date

import pytest

from geodata import compare as compare_module
from geodata.compare import Change, compare, net_change, series
from geodata.control import load_control, stats

DATA, _ = load_control()
CEASEFIRE_1994 = date(1994, 5, 12)
AFTER_2020 = date(2020, 12, 2)
# The districts outside the former NKAO that Azerbaijan regained in Nov-Dec 2020 (chronology).
REGAINED_2020 = {
    "kalbajar",
    "lachin",
    "qubadli",
    "zangilan",
    "jabrayil",
    "fuzuli-west",
    "aghdam-west",
}
# Parts of the former NKAO taken in the 2020 war.
TAKEN_IN_WAR_2020 = {"hadrut", "hadrut-north", "shusha-town", "martakert-north"}
CORRIDOR_TO_PEACEKEEPERS = {"lachin-corridor-2020", "lachin-corridor-shared", "lachin-towns"}
PAIRS = [
    (CEASEFIRE_1994, AFTER_2020),
    (AFTER_2020, CEASEFIRE_1994),
    (date(1923, 7, 7), date(2024, 1, 1)),
    (date(1991, 1, 1), date(1993, 12, 31)),
    (date(2020, 11, 9), date(2020, 11, 10)),
    (date(2022, 8, 25), date(2023, 10, 1)),
]


def test_doctests_pass():
    assert doctest.testmod(compare_module).failed == 0


def test_1994_to_2020_lists_the_districts_azerbaijan_regained():
    changes = {c.area: c for c in compare(DATA, CEASEFIRE_1994, AFTER_2020)}
    for area in REGAINED_2020 | TAKEN_IN_WAR_2020:
        assert (changes[area].from_controller, changes[area].to_controller) == ("NKR", "AZ")
    for area in CORRIDOR_TO_PEACEKEEPERS:
        assert (changes[area].from_controller, changes[area].to_controller) == ("NKR", "RU")
    assert changes["kalbajar"].since.iso() == "2020-11-25"
    assert changes["aghdam-west"].since.iso() == "2020-11-20"
    assert changes["lachin"].since.iso() == "2020-12-01"


def test_areas_that_kept_their_controller_are_not_listed():
    areas = {c.area for c in compare(DATA, CEASEFIRE_1994, AFTER_2020)}
    # nkao-core stayed Armenian-held; aghdam-east stayed Azerbaijani (its period row changed).
    assert not areas & {"nkao-core", "martakert", "khojaly", "aghdam-east", "fuzuli-east"}


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_gains_minus_losses_equal_the_difference_of_stats(a, b):
    net = net_change(compare(DATA, a, b))
    before, after = stats(DATA, a), stats(DATA, b)
    for code in before.keys() | after.keys():
        expected = after.get(code, 0.0) - before.get(code, 0.0)
        assert net.get(code, 0.0) == pytest.approx(expected, abs=0.15), code


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_every_change_is_a_change_of_controller_at_the_two_dates(a, b):
    timeline = DATA.timeline
    for c in compare(DATA, a, b):
        assert timeline.state_of(c.area, a).controller == c.from_controller
        assert timeline.state_of(c.area, b).controller == c.to_controller != c.from_controller
        assert c.km2 == DATA.areas[c.area].km2


def test_comparing_a_date_with_itself_lists_nothing():
    assert compare(DATA, AFTER_2020, AFTER_2020) == []


def test_a_date_outside_the_range_raises():
    with pytest.raises(ValueError, match="outside"):
        compare(DATA, date(1900, 1, 1), AFTER_2020)


def test_changes_are_largest_first():
    km2 = [c.km2 for c in compare(DATA, CEASEFIRE_1994, AFTER_2020)]
    assert km2 == sorted(km2, reverse=True)


def test_json_has_the_documented_keys():
    change = compare(DATA, CEASEFIRE_1994, AFTER_2020)[0]
    assert change.as_json() == {
        "area": "kalbajar",
        "name": "Kalbajar",
        "from": "NKR",
        "to": "AZ",
        "km2": DATA.areas["kalbajar"].km2,
        "from_status": "stable",
        "to_status": "stable",
        "since": "2020-11-25",
        "held_since": "2020-11-25",
        "status_since": "2020-11-25",
    }


def test_series_starts_on_the_first_day_and_steps_on_each_change_date():
    dates, km2 = series(DATA)
    assert dates == [DATA.timeline.first_day, *DATA.timeline.change_dates]
    assert all(len(values) == len(dates) for values in km2.values())
    assert list(km2)[:3] == ["AZ", "AM", "NKR"]


@pytest.mark.parametrize(
    "day", [date(1923, 7, 7), date(1992, 5, 9), CEASEFIRE_1994, AFTER_2020, date(2023, 9, 20)]
)
def test_series_equals_stats_on_sampled_dates(day):
    dates, km2 = series(DATA)
    i = max(n for n, d in enumerate(dates) if d <= day)
    held = {code: values[i] for code, values in km2.items() if values[i]}
    assert held == stats(DATA, day)


def test_net_change_leaves_out_controllers_that_broke_even():
    since = compare(DATA, CEASEFIRE_1994, AFTER_2020)[0].since
    there = Change("x", "X", "NKR", "AZ", "stable", "stable", 5.0, since, since)
    back = Change("y", "Y", "AZ", "NKR", "stable", "stable", 5.0, since, since)
    assert net_change([there, back]) == {}
