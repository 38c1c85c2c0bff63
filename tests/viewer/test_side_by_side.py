"""Side by side: a second map at date A beside the main map at date B, framed alike."""

from datetime import date

import pytest
from PySide6.QtCore import QSettings

from geodata.dates import day_label
from tests.viewer.conftest import TIMEOUT, run_js, shown_window
from viewer.compare.side_by_side import MIN_MAP_SHARE
from viewer.map.messages import FitBounds


@pytest.fixture(autouse=True)
def _no_saved_layout():
    """Each window here starts from the default layout and leaves none behind (a window
    closed with side by side open would bring it back in the next test's window)."""
    QSettings().remove("window")
    yield
    QSettings().remove("window")


def test_side_by_side_shows_date_a_beside_date_b_and_follows_the_main_view(qtbot):
    with shown_window(qtbot, "2000-01-01") as window:
        dock = window.side_by_side
        assert dock.map is None, "the second page is only made when asked for"
        window.compare.panel.set_dates(date(1994, 5, 12), date(2020, 12, 2))
        dock.toggleViewAction().trigger()
        qtbot.waitSignal(dock.controller.datePainted, timeout=TIMEOUT).wait()
        assert dock.date == date(1994, 5, 12)
        assert window.session.date == date(2020, 12, 2)
        control = window.session.data.control.timeline
        assert control.state_of("kalbajar", dock.date).controller == "NKR"
        assert (
            run_js(dock.map, "Atlas.styleOf('kalbajar')")["fill"]
            != run_js(window.map, "Atlas.styleOf('kalbajar')")["fill"]
        ), "Kalbajar changed hands between the two dates"

        sent = []
        dock.map.bridge.message.connect(lambda text: sent.append(text))
        bounds = ((39.5, 46.3), (40.3, 47.2))
        with qtbot.waitSignal(window.map.bridge.viewChanged, timeout=TIMEOUT):
            window.map.bridge.send(FitBounds(bounds=bounds))
        assert any('"kind": "fitBounds"' in text for text in sent)

        window.compare.panel.set_dates(date(1993, 4, 10), date(2020, 12, 2))
        assert dock.date == date(1993, 4, 10)


def _caption_date(view) -> str:
    return run_js(view, "document.querySelector('.atlas-caption-date').textContent")


def _wait_caption(qtbot, view, day) -> None:
    qtbot.waitUntil(lambda: _caption_date(view) == day_label(day), timeout=TIMEOUT)


def test_map_b_shows_date_b_through_every_change(qtbot):
    """Map B is the main map: it shows date B when opened, when B or A changes, on a swap,
    and date B follows the timeline."""
    a, b = date(1994, 5, 12), date(2020, 12, 2)
    with shown_window(qtbot, "2000-01-01") as window:
        panel, dock = window.compare.panel, window.side_by_side
        panel.set_dates(a, b)
        dock.toggleViewAction().trigger()
        qtbot.waitSignal(dock.controller.datePainted, timeout=TIMEOUT).wait()
        _wait_caption(qtbot, dock.map, a)
        _wait_caption(qtbot, window.map, b)

        panel.set_date_b(date(2023, 10, 1))
        assert window.session.date == date(2023, 10, 1)
        _wait_caption(qtbot, window.map, date(2023, 10, 1))
        _wait_caption(qtbot, dock.map, a)

        panel.set_dates(date(1993, 4, 10), date(2020, 11, 10))
        _wait_caption(qtbot, dock.map, date(1993, 4, 10))
        _wait_caption(qtbot, window.map, date(2020, 11, 10))

        panel.swap()
        assert dock.date == date(2020, 11, 10) and window.session.date == date(1993, 4, 10)

        window.session.set_date(date(2008, 3, 4))  # the timeline moves map B
        assert panel.dates == (date(2020, 11, 10), date(2008, 3, 4))
        assert dock.date == date(2020, 11, 10)

        dock.close()
        qtbot.waitUntil(lambda: not dock.isVisible(), timeout=TIMEOUT)
        window.session.set_date(date(2010, 1, 1))  # side by side off: B stays where it was
        assert panel.dates[1] == date(2008, 3, 4)


def test_each_map_has_two_fifths_of_the_width_and_the_docks_come_back(qtbot):
    with shown_window(qtbot, "2000-01-01") as window:
        dock = window.side_by_side
        assert window.story_dock.isVisible()
        dock.toggleViewAction().trigger()
        qtbot.waitSignal(dock.controller.datePainted, timeout=TIMEOUT).wait()
        least = MIN_MAP_SHARE * window.width()
        qtbot.waitUntil(lambda: min(dock.map.width(), window.map.width()) >= least, timeout=TIMEOUT)
        assert not window.story_dock.isVisible()
        dock.toggleViewAction().trigger()
        qtbot.waitUntil(window.story_dock.isVisible, timeout=TIMEOUT)


def test_restored_at_start_map_b_takes_the_main_date(qtbot):
    """Brought back by the saved layout, side by side keeps the start date on the main map
    and makes it date B (before, map B showed a date that was neither)."""
    with shown_window(qtbot, "2000-01-01") as first:
        first.side_by_side.toggleViewAction().trigger()
        qtbot.waitUntil(lambda: first.side_by_side.map is not None, timeout=TIMEOUT)
    with shown_window(qtbot, "1994-05-12") as second:
        dock = second.side_by_side
        qtbot.waitUntil(lambda: dock.map is not None, timeout=TIMEOUT)
        b = date(1994, 5, 12)
        qtbot.waitUntil(lambda: second.compare.panel.dates[1] == b, timeout=TIMEOUT)
        assert second.session.date == b
        _wait_caption(qtbot, second.map, b)
        assert not second.story_dock.isVisible()  # put aside for the two maps
        _wait_caption(qtbot, dock.map, second.compare.panel.dates[0])
        dock.toggleViewAction().trigger()  # off again: the story comes back
        qtbot.waitUntil(second.story_dock.isVisible, timeout=TIMEOUT)


def test_both_maps_take_the_theme(qtbot):
    with shown_window(qtbot, "2000-01-01") as window:
        themes = window.classroom.themes
        dock = window.side_by_side
        try:
            themes.set_theme("high-contrast")
            dock.toggleViewAction().trigger()
            qtbot.waitUntil(lambda: dock.controller is not None, timeout=TIMEOUT)
            assert dock.controller.palette == "high-contrast"
            qtbot.waitUntil(
                lambda: run_js(dock.map, "document.body.dataset.theme") == "high-contrast",
                timeout=TIMEOUT,
            )
            themes.set_theme("default")
            assert dock.controller.palette == "default"
        finally:
            themes.set_theme("default")
