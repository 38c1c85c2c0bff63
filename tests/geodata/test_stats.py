from datetime import date

import pytest

from geodata.control import load_control, stats

DATA, _ = load_control()


@pytest.mark.parametrize("day", ["1950-01-01", "1995-01-01", "2021-01-01", "2024-06-01"])
def test_stats_cover_the_whole_zone_every_day(day):
    totals = stats(DATA, date.fromisoformat(day))
    zone = sum(a.km2 for a in DATA.areas.values())
    assert sum(totals.values()) == pytest.approx(zone, abs=1.0)


def test_stats_follow_the_history():
    before = stats(DATA, date(1980, 1, 1))
    assert set(before) == {"AZ", "AM"}
    after_1994 = stats(DATA, date(1995, 1, 1))
    assert after_1994["NKR"] > 11000
    after_2023 = stats(DATA, date(2023, 10, 1))
    assert "NKR" not in after_2023 and "RU" not in after_2023
    corridor = stats(DATA, date(2021, 6, 1))
    assert 0 < corridor["RU"] < 200
