"""The territory chart: its bands are the km² of stats, its cursor is the session's date."""

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt

from geodata.control import stats
from viewer.compare.chart import ChartPanel, day_of_ms, ms_of_day
from viewer.session import Session

SAMPLED = [
    date(1923, 7, 7),
    date(1960, 1, 1),
    date(1992, 5, 9),
    date(1992, 5, 17),
    date(1994, 5, 12),
    date(2016, 4, 3),
    date(2020, 12, 2),
    date(2022, 8, 26),
    date(2023, 9, 25),
]


@pytest.fixture
def panel(qtbot):
    session = Session.load(date_text="2020-12-02")
    widget = ChartPanel(session)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return session, widget


def _value_at(line, day: date) -> float:
    """A step series' value on ``day``: the last point at or before it (the new value)."""
    x = ms_of_day(day)
    return [p.y() for p in line.points() if p.x() <= x][-1]


@pytest.mark.parametrize("day", SAMPLED)
def test_each_band_is_the_km2_stats_gives_on_that_date(panel, day):
    session, widget = panel
    expected = stats(session.data.control, day)
    bands = {}
    for code, area in widget.chart.areas.items():
        lower = _value_at(area.lowerSeries(), day) if area.lowerSeries() else 0.0
        bands[code] = _value_at(area.upperSeries(), day) - lower
    assert set(expected) <= set(bands)
    for code, km2 in bands.items():
        assert km2 == pytest.approx(expected.get(code, 0.0), abs=0.05), code


def test_the_cursor_follows_the_date_the_slider_sets(panel):
    # The timeline slider (and every other control) changes the date only through
    # session.set_date; the chart follows date_changed.
    session, widget = panel
    for day in (date(1994, 5, 12), date(1950, 3, 1), date(2023, 9, 20)):
        session.set_date(day)
        assert widget.chart.cursor_day() == day
        x = widget.chart.cursor.at(0).x()
        assert [p.x() for p in widget.chart.cursor.points()] == [x, x]
    assert "20 Sep 2023" in widget.readout.text()


def test_the_cursor_stands_where_a_press_on_that_date_would_land(panel):
    _session, widget = panel
    chart = widget.chart
    for day in (date(1950, 3, 1), date(2010, 7, 1)):
        chart.session.set_date(day)
        days_per_px = 103 * 365 / chart.chart().plotArea().width()
        assert abs((chart.day_at(chart.position_of(day).toPointF()) - day).days) <= days_per_px


def test_a_press_sets_the_date_under_it(panel, qtbot):
    session, widget = panel
    chart = widget.chart
    qtbot.mouseClick(
        chart.viewport(), Qt.MouseButton.LeftButton, pos=chart.position_of(date(1960, 6, 1))
    )
    days_per_px = (
        session.data.last_day - session.data.first_day
    ).days / chart.chart().plotArea().width()
    assert abs((session.date - date(1960, 6, 1)).days) <= days_per_px + 1
    assert chart.cursor_day() == session.date


@pytest.mark.parametrize(
    ("step", "offset"), [(date(2024, 5, 24), 4), (date(2024, 5, 24), -3), (date(1990, 1, 19), -4)]
)
def test_a_press_near_a_step_jumps_to_that_change(panel, qtbot, step, offset):
    session, widget = panel
    widget.zoom.setChecked(True)  # since 1988: the steps are apart enough to aim at
    chart = widget.chart
    pos = chart.position_of(step) + QPoint(offset, 0)
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert session.date == step


def test_dragging_scrubs_and_stops_on_release(panel, qtbot):
    session, widget = panel
    chart = widget.chart
    viewport = chart.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=chart.position_of(date(1950, 1, 1)))
    qtbot.mouseMove(viewport, chart.position_of(date(1975, 1, 1)))
    assert session.date.year in (1974, 1975)
    qtbot.mouseMove(viewport, chart.position_of(date(2005, 1, 1)))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=chart.position_of(date(2005, 1, 1)))
    assert session.date.year in (2004, 2005)
    released_at = session.date
    qtbot.mouseMove(viewport, chart.position_of(date(1930, 1, 1)))
    assert session.date == released_at


def test_a_press_outside_the_plot_changes_nothing(panel, qtbot):
    session, widget = panel
    qtbot.mouseClick(widget.chart.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    assert session.date == date(2020, 12, 2)


def test_the_readout_gives_km2_with_thousands_separators(panel):
    _session, widget = panel
    assert "10,351 km²" in widget.readout.text() and "2 Dec 2020" in widget.readout.text()


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_export_writes_the_chart(panel, tmp_path, suffix):
    _session, widget = panel
    path = widget.export_chart(tmp_path / f"chart{suffix}")
    content = path.read_bytes()
    if suffix == ".png":
        assert content.startswith(b"\x89PNG") and len(content) > 10_000
    else:
        assert b"<svg" in content and b"Azerbaijan" in content


def test_export_refuses_another_format(panel, tmp_path):
    with pytest.raises(ValueError, match=r"\.png or \.svg"):
        panel[1].export_chart(tmp_path / "chart.jpg")


@pytest.mark.parametrize("day", [date(1923, 7, 7), date(1969, 12, 31), date(2020, 11, 10)])
def test_x_values_round_trip_to_the_day(day):
    assert day_of_ms(ms_of_day(day)) == day
