"""A layout that holds: closing a panel gives its room back to the map, a saved layout that
squeezes the map is not restored, and View → Reset layout brings the default back."""

from __future__ import annotations

import logging
from contextlib import contextmanager, suppress

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDockWidget
from pytestqt.exceptions import TimeoutError

from tests.viewer.conftest import TIMEOUT, settle, shown_window
from viewer.layout import MIN_MAP_SHARE, STORY_SHARE, map_share
from viewer.shortcuts_help import menu_shortcuts

SLACK_PX = 4
SEPARATOR_PX = 8  # between the map and a dock: Qt's separator and margins


@contextmanager
def fresh_window(qtbot):
    """A window with no saved geometry or layout, leaving none behind."""
    QSettings().remove("window")
    try:
        with shown_window(qtbot, "1994-05-12") as win:
            qtbot.waitUntil(lambda: win.map.height() > 0, timeout=TIMEOUT)
            settle(100)
            yield win
    finally:
        QSettings().remove("window")


def _dock(win, name: str) -> QDockWidget:
    return win.findChild(QDockWidget, name)


def _map_size(win):
    settle(100)
    return win.map.width(), win.map.height()


def _near(a, b) -> bool:
    return all(abs(x - y) <= SLACK_PX for x, y in zip(a, b, strict=True))


def test_the_default_layout_gives_the_map_its_share(qtbot):
    with fresh_window(qtbot) as win:
        assert map_share(win) >= MIN_MAP_SHARE
        assert win.story_dock.isVisible()


@pytest.mark.parametrize("dock", ["chart-dock", "compare-dock", "story-dock"])
def test_closing_a_panel_gives_its_room_back_to_the_map(qtbot, dock):
    with fresh_window(qtbot) as win:
        before = _map_size(win)
        panel = _dock(win, dock)
        if not panel.isVisible():
            panel.toggleViewAction().trigger()
            qtbot.waitUntil(panel.isVisible, timeout=TIMEOUT)
            if dock == "chart-dock":
                assert _map_size(win)[1] < before[1] - 100, "the chart takes room from the map"
        panel.close()
        qtbot.waitUntil(lambda: not panel.isVisible(), timeout=TIMEOUT)
        if dock != "story-dock":
            with suppress(TimeoutError):  # the assertion below says what it is
                qtbot.waitUntil(lambda: _near(_map_size(win), before), timeout=3000)
        after = _map_size(win)
        if dock == "story-dock":  # its tabs (map description) keep the right-hand area
            assert after[1] == pytest.approx(before[1], abs=SLACK_PX)
        else:
            assert _near(after, before), f"{before} before, {after} after closing {dock}"
        timeline = win.timeline_dock
        assert timeline.height() <= timeline.sizeHint().height(), "no dead band under it"


def test_the_chart_closed_after_a_restart_leaves_no_dead_band(qtbot):
    """The reported path: the chart was open when the app closed, comes back, is closed."""
    QSettings().remove("window")
    try:
        with shown_window(qtbot, "1994-05-12") as first:
            _dock(first, "chart-dock").toggleViewAction().trigger()
            qtbot.waitUntil(_dock(first, "chart-dock").isVisible, timeout=TIMEOUT)
        with shown_window(qtbot, "1994-05-12") as second:
            chart = _dock(second, "chart-dock")
            if chart.isVisible():  # kept if the map still had its share with it open
                chart.close()
            settle(100)
            timeline = second.timeline_dock
            assert timeline.height() <= timeline.sizeHint().height()
            map_bottom = second.map.mapTo(second, second.map.rect().bottomLeft()).y()
            assert timeline.y() - map_bottom <= SEPARATOR_PX, "the map reaches the timeline"
    finally:
        QSettings().remove("window")


def _squeezed_state(qtbot) -> bytes:
    """A window's saved state with the chart open and the story dock wide: little map."""
    with fresh_window(qtbot) as win:
        _dock(win, "chart-dock").toggleViewAction().trigger()
        qtbot.waitUntil(_dock(win, "chart-dock").isVisible, timeout=TIMEOUT)
        win.resizeDocks([win.story_dock], [int(win.width() * 0.6)], Qt.Orientation.Horizontal)
        settle(100)
        assert map_share(win) < MIN_MAP_SHARE / 2, "the crafted layout squeezes"
        return bytes(win.saveState())


def test_a_saved_layout_that_squeezes_the_map_is_not_restored(qtbot, caplog):
    state = _squeezed_state(qtbot)
    QSettings().setValue("window/state", state)
    caplog.set_level(logging.WARNING)
    try:
        with shown_window(qtbot, "1994-05-12") as win:
            settle(100)
            assert map_share(win) >= MIN_MAP_SHARE
            assert not _dock(win, "chart-dock").isVisible()
            assert "the saved window layout left the map" in caplog.text
    finally:
        QSettings().remove("window")


def test_a_saved_layout_that_leaves_the_map_room_is_kept(qtbot, caplog):
    QSettings().remove("window")
    caplog.set_level(logging.WARNING)
    try:
        with shown_window(qtbot, "1994-05-12") as first:
            for name in ("story-dock", "description-dock"):  # the right-hand area empty
                _dock(first, name).close()
            qtbot.waitUntil(lambda: not first.story_dock.isVisible(), timeout=TIMEOUT)
        with shown_window(qtbot, "1994-05-12") as second:
            settle(100)
            assert not second.story_dock.isVisible()
            assert not _dock(second, "description-dock").isVisible()
            assert "saved window layout" not in caplog.text
    finally:
        QSettings().remove("window")


def test_reset_layout_restores_the_default(qtbot):
    with fresh_window(qtbot) as win:
        default = _map_size(win)
        chart = _dock(win, "chart-dock")
        chart.toggleViewAction().trigger()
        qtbot.waitUntil(chart.isVisible, timeout=TIMEOUT)
        win.story_dock.setFloating(True)
        win.side_by_side.toggleViewAction().trigger()
        qtbot.waitUntil(win.side_by_side.isVisible, timeout=TIMEOUT)
        settle(100)
        assert map_share(win) < MIN_MAP_SHARE

        reset = next(a for a in win.findChildren(type(chart.toggleViewAction()))
                     if a.text().replace("&", "") == "Reset layout")  # fmt: skip
        reset.trigger()
        qtbot.waitUntil(lambda: not chart.isVisible(), timeout=TIMEOUT)
        assert not win.side_by_side.isVisible()
        assert win.story_dock.isVisible() and not win.story_dock.isFloating()
        width = win.width() * STORY_SHARE
        qtbot.waitUntil(lambda: abs(win.story_dock.width() - width) <= 12, timeout=TIMEOUT)
        assert _near(_map_size(win), default)


def test_reset_layout_is_listed_with_its_shortcut(window):
    rows = {command: keys for _menu, command, keys in menu_shortcuts(window)}
    assert rows.get("Reset layout") == "Ctrl+Shift+L"


def test_larger_text_grows_the_story_dock_and_leaves_the_map_its_share(qtbot):
    QSettings().setValue("theme/font_scale", 1.0)
    with fresh_window(qtbot) as win:
        panel, themes = win.story_panel, win.classroom.themes
        title, text = panel.title.font().pointSizeF(), panel.text.font().pointSizeF()
        card = next(iter(panel.cards.values())).title
        card_pt = card.font().pointSizeF()
        width = win.story_dock.width()
        try:
            themes.set_font_scale(1.5)
            qtbot.waitUntil(lambda: panel.text.font().pointSizeF() > text * 1.4, timeout=TIMEOUT)
            assert panel.title.font().pointSizeF() == pytest.approx(title * 1.5, rel=0.1)
            assert card.font().pointSizeF() >= card_pt * 1.4, "the section cards too"
            qtbot.waitUntil(lambda: win.story_dock.width() > width, timeout=TIMEOUT)
            settle(100)
            assert map_share(win) >= MIN_MAP_SHARE - 0.01
        finally:
            themes.reset_font()


def test_closing_the_window_while_presenting_saves_the_working_layout(qtbot):
    """Presenting hides every dock, the timeline too: quitting from there must not make the
    next start open without a timeline or a story."""
    QSettings().remove("window")
    try:
        with shown_window(qtbot, "1994-05-12") as first:
            first.classroom.presentation.enter()
            qtbot.waitUntil(lambda: not first.timeline_dock.isVisible(), timeout=TIMEOUT)
        with shown_window(qtbot, "1994-05-12") as second:
            settle(100)
            assert second.timeline_dock.isVisible() and second.story_dock.isVisible()
            assert not second.isFullScreen() and second.menuBar().isVisible()
    finally:
        QSettings().remove("window")
