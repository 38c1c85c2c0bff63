"""Dated point checks: who held a named place on a day the sources date a change."""

from datetime import date

import pytest

from geodata.control import load_control

DATA, PROBLEMS = load_control()

# (place, lat, lon, day, expected controller) — each row a fact from the chronology.
CHECKS = [
    ("Stepanakert", 39.8177, 46.7528, "1980-01-01", "AZ"),  # NKAO in the AzSSR
    ("Shusha", 39.7601, 46.7499, "1992-05-07", "AZ"),
    ("Shusha", 39.7601, 46.7499, "1992-05-10", "NKR"),
    ("Khojaly", 39.9130, 46.7903, "1992-02-24", "AZ"),
    ("Khojaly", 39.9130, 46.7903, "1992-02-27", "NKR"),
    ("Lachin", 39.6374, 46.5498, "1992-05-17", "AZ"),
    ("Lachin", 39.6374, 46.5498, "1992-05-19", "NKR"),
    ("Martakert", 40.2113, 46.8214, "1992-08-01", "AZ"),  # Operation Goranboy
    ("Martakert", 40.2113, 46.8214, "1993-06-28", "NKR"),
    ("Shahumyan", 40.4222, 46.5600, "1992-07-01", "AZ"),
    ("Kalbajar", 40.1098, 46.0445, "1993-04-10", "NKR"),
    ("Aghdam", 39.9910, 46.9274, "1993-07-24", "NKR"),
    ("Fuzuli", 39.6009, 47.1453, "1993-08-24", "NKR"),
    ("Qubadli", 39.3444, 46.5818, "1993-09-01", "NKR"),
    ("Zangilan", 39.0837, 46.6599, "1993-11-01", "NKR"),
    ("Horadiz", 39.4502, 47.3350, "1993-11-15", "NKR"),
    ("Horadiz", 39.4502, 47.3350, "1994-01-07", "AZ"),
    ("Jojug Marjanli", 39.3911, 47.2981, "1995-01-01", "AZ"),
    ("Lele Tepe", 39.4086, 47.2686, "2016-03-01", "NKR"),
    ("Lele Tepe", 39.4086, 47.2686, "2016-04-06", "AZ"),
    ("Talish", 40.3814, 46.7408, "2000-01-01", "NKR"),
    ("Talish", 40.3814, 46.7408, "2020-10-04", "AZ"),
    ("Jabrayil town", 39.3992, 47.0284, "2020-10-05", "AZ"),
    ("Hadrut", 39.5200, 47.0319, "2020-10-08", "NKR"),
    ("Hadrut", 39.5200, 47.0319, "2020-10-09", "AZ"),  # held from the claim (docs/data-format.md)
    ("Kənd Horadiz", 39.4514, 47.2403, "2020-09-27", "AZ"),
    ("Qaraxanbəyli", 39.5994, 47.2672, "2020-09-26", "NKR"),
    ("Qaraxanbəyli", 39.5994, 47.2672, "2020-09-27", "AZ"),
    ("Böyük Mərcanlı", 39.3611, 47.2469, "2020-09-27", "AZ"),
    ("Jabrayil", 39.3992, 47.0284, "2020-10-03", "NKR"),
    ("Jabrayil", 39.3992, 47.0284, "2020-10-04", "AZ"),
    ("Fuzuli", 39.6009, 47.1453, "2020-10-18", "AZ"),
    ("Shusha", 39.7601, 46.7499, "2020-11-10", "AZ"),
    ("Aghdam", 39.9910, 46.9274, "2020-11-19", "NKR"),
    ("Aghdam", 39.9910, 46.9274, "2020-11-21", "AZ"),
    ("Kalbajar", 40.1098, 46.0445, "2020-11-26", "AZ"),
    ("Hin Tagher", 39.5075, 46.8236, "2020-12-01", "NKR"),
    ("Hin Tagher", 39.5075, 46.8236, "2020-12-14", "AZ"),
    ("Lachin town", 39.6374, 46.5498, "2021-06-01", "RU"),  # corridor under peacekeepers
    ("Lachin town", 39.6374, 46.5498, "2022-08-27", "AZ"),
    ("Stepanakert", 39.8177, 46.7528, "2023-09-18", "NKR"),
    ("Stepanakert", 39.8177, 46.7528, "2023-09-21", "AZ"),
    ("Martuni", 39.7950, 47.1117, "2010-01-01", "NKR"),
    ("Nargiztepe", 39.8517, 47.1914, "2010-01-01", "AZ"),
    ("Karki", 39.7856, 44.9436, "1989-01-01", "AZ"),
    ("Karki", 39.7856, 44.9436, "2010-01-01", "AM"),
    ("Artsvashen", 40.6461, 45.5156, "1990-01-01", "AM"),
    ("Artsvashen", 40.6461, 45.5156, "1993-01-01", "AZ"),
    ("Barkhudarly", 40.9933, 45.2253, "2000-01-01", "AM"),
    ("Baghanis Ayrum", 41.0967, 45.0819, "2024-05-23", "AM"),
    ("Baghanis Ayrum", 41.0967, 45.0819, "2024-05-25", "AZ"),
    ("Yerevan", 40.1811, 44.5136, "2000-01-01", "AM"),
    ("Baku", 40.3777, 49.8920, "2000-01-01", "AZ"),
]


def test_shipped_data_has_no_problems():
    assert PROBLEMS == []


@pytest.mark.parametrize(("place", "lat", "lon", "day", "controller"), CHECKS)
def test_point_on_date(place, lat, lon, day, controller):
    from geodata.cli.query import answer

    got = answer(date.fromisoformat(day), lat, lon)
    assert got["controller"] == controller, f"{place} on {day}: {got}"


def test_claims_inside_armenia_are_marked_claimed():
    state = DATA.timeline.state_of("am-jermuk", date(2023, 1, 1))
    assert (state.controller, state.status) == ("AZ", "claimed")
    assert DATA.timeline.state_of("am-jermuk", date(2022, 9, 1)).controller == "AM"


def test_month_precision_is_kept():
    state = DATA.timeline.state_of("artsvashen", date(1993, 1, 1))
    assert state.since_precision == "month"
