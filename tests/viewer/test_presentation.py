"""Presentation mode: fullscreen without chrome, the clicker's keys, blackout, caption, themes."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from geodata.dates import day_label
from tests.viewer.conftest import TIMEOUT, run_js, shown_window
from viewer.classroom.presentation import screen_scale
from viewer.classroom.themes import ThemeManager


@pytest.fixture
def window(qtbot):
    """The window as the app builds it (classroom installed once), left presenting or not."""
    with shown_window(qtbot, "1994-05-12") as win:
        yield win
        win.classroom.presentation.leave()


def _press(window, key):
    QTest.keyClick(window.map.focusProxy() or window.map, key)


def _js(window, script):
    return run_js(window.map, script)


def test_f5_enters_fullscreen_without_chrome_and_esc_restores_it(window, qtbot):
    presentation = window.classroom.presentation
    assert window.story_dock.isVisible() and window.menuBar().isVisible()
    window.classroom.actions["present"].trigger()
    qtbot.waitUntil(window.isFullScreen, timeout=TIMEOUT)
    assert presentation.active
    assert not window.story_dock.isVisible()
    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    qtbot.waitUntil(
        lambda: _js(window, "document.body.classList.contains('atlas-presenting')"),
        timeout=TIMEOUT,
    )
    _press(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=TIMEOUT)
    assert not presentation.active
    assert window.story_dock.isVisible() and window.menuBar().isVisible()
    qtbot.waitUntil(
        lambda: not _js(window, "document.body.classList.contains('atlas-presenting')"),
        timeout=TIMEOUT,
    )
    assert _js(window, "document.querySelector('.atlas-tour').style.display") == "none"


# (keys pressed from the first step, the step they lead to; -1 is the last step)
CLICKS = [
    ([Qt.Key.Key_PageDown], 1),
    ([Qt.Key.Key_Right, Qt.Key.Key_Space], 2),
    ([Qt.Key.Key_PageDown, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp], 1),
    ([Qt.Key.Key_Right, Qt.Key.Key_Left], 0),
    ([Qt.Key.Key_PageUp], 0),
    ([Qt.Key.Key_End], -1),
    ([Qt.Key.Key_End, Qt.Key.Key_PageDown, Qt.Key.Key_Home], 0),
]


def test_clicker_keys_step_the_tour(window):
    presentation = window.classroom.presentation
    presentation.enter()
    tour = presentation.tour
    for keys, index in CLICKS:
        tour.go(0)
        for key in keys:
            _press(window, key)
        expected = index % len(tour)
        assert tour.index == expected, keys
        assert window.session.date == tour.steps[expected].day


def test_blackout_hides_the_map_and_any_key_brings_it_back(window):
    presentation = window.classroom.presentation
    presentation.enter()
    for key in (Qt.Key.Key_B, Qt.Key.Key_Period):
        _press(window, key)
        assert presentation.blackout.isVisible()
        assert presentation.blackout.geometry() == window.rect()
        _press(window, Qt.Key.Key_PageDown)  # the first key after a blackout shows the map
        assert not presentation.blackout.isVisible() and presentation.tour.index == 0
        _press(window, key)
        _press(window, key)
        assert not presentation.blackout.isVisible()


def test_auto_advance_key_toggles_the_timer(window):
    presentation = window.classroom.presentation
    presentation.enter()
    _press(window, Qt.Key.Key_A)
    assert presentation.tour.auto_advance > 0
    _press(window, Qt.Key.Key_A)
    assert presentation.tour.auto_advance == 0


def test_caption_strip_shows_the_section_date_at_its_precision_and_title(window, qtbot):
    presentation = window.classroom.presentation
    presentation.enter()
    tour = presentation.tour
    month = next(i for i, s in enumerate(tour.steps) if s.section.start.precision == "month")
    tour.go(month)
    section = tour.steps[month].section
    caption = presentation.caption()
    assert caption.subtitle == section.title
    assert caption.date == section.start.label() or caption.date.startswith(section.start.label())
    assert caption.title == window.session.data.story.meta.title
    qtbot.waitUntil(
        lambda: (
            _js(window, "document.querySelector('.atlas-caption-sub').textContent") == section.title
        ),
        timeout=TIMEOUT,
    )


def test_keys_do_nothing_here_when_not_presenting(window):
    _press(window, Qt.Key.Key_B)
    assert not window.classroom.presentation.blackout.isVisible()


def test_themes_and_font_scale_reach_the_page_and_are_remembered(window, qtbot):
    classroom = window.classroom
    classroom.actions["theme:high-contrast"].trigger()
    assert window.controller.palette == "high-contrast"
    qtbot.waitUntil(
        lambda: _js(window, "document.body.dataset.theme") == "high-contrast", timeout=TIMEOUT
    )
    classroom.actions["larger"].trigger()
    classroom.actions["larger"].trigger()
    assert classroom.themes.font_scale == pytest.approx(1.2)
    qtbot.waitUntil(
        lambda: (
            _js(
                window,
                "getComputedStyle(document.documentElement).getPropertyValue('--atlas-font-scale')",
            ).strip()
            == "1.2"
        ),
        timeout=TIMEOUT,
    )
    again = ThemeManager(window.controller)  # as the next start makes it, from the settings
    assert again.name == "high-contrast" and again.font_scale == pytest.approx(1.2)
    classroom.actions["reset"].trigger()
    classroom.actions["theme:default"].trigger()
    assert window.controller.palette == "default"
    assert classroom.themes.font_scale == 1.0


def test_description_follows_the_date_and_is_accessible(window):
    label = window.classroom.description
    window.session.set_date(window.session.date.replace(year=2020, month=11, day=10))
    assert label.text().startswith("On 10 Nov 2020")
    assert "Russian peacekeeping zone" in label.text()
    assert label.accessibleName() == "Map description"
    assert label.accessibleDescription() == label.text()
    assert label.focusPolicy() == Qt.FocusPolicy.StrongFocus


@pytest.mark.parametrize(("height", "scale"), [(600, 1.2), (1080, 1.5), (1440, 2.0), (4320, 2.5)])
def test_type_scales_with_the_screen(height, scale):
    assert screen_scale(height) == scale


def test_presenter_view_shows_notes_next_step_and_time(qtbot):
    from types import SimpleNamespace

    from geodata.control import load_control
    from geodata.story import load_story
    from geodata.story.map import tour_steps
    from viewer.classroom.presenter_view import PresenterView, elapsed_text
    from viewer.classroom.tour import Tour

    story, _ = load_story()
    steps = tour_steps(story, load_control()[0])
    noted = next(i for i, s in enumerate(steps) if s.section.notes)
    tour = Tour(steps, lambda _id, _day: None)
    pressed = []
    view = PresenterView(tour, SimpleNamespace(handle_key=pressed.append))
    qtbot.addWidget(view)
    tour.go(noted)
    section, upcoming = steps[noted].section, tour.upcoming
    assert section.title in view.now.text()
    assert view.now.text().endswith(steps[noted].map_label)  # the day the map shows
    assert "Fact check" in view.notes.toPlainText()
    assert section.notes[0].text[:30] in view.notes.toPlainText()
    assert upcoming.section.title in view.upcoming.text()
    seconds = {elapsed_text(s * 1000) for s in range(60)}  # 0:00 … 0:59
    started = view.clock.text()
    assert started in seconds
    qtbot.waitUntil(lambda: view.clock.text() != started, timeout=5000)  # the clock runs
    assert view.clock.text() in seconds - {started}
    next_button = next(b for b in view.findChildren(QPushButton) if b.text().startswith("Next"))
    next_button.click()
    assert pressed == [Qt.Key.Key_PageDown]
    tour.go(len(tour) - 1)
    assert view.upcoming.text() == "Next: the end"


RECORD_CAPTIONS = """(() => {
  window.captionsAtPaint = [];
  const paint = Atlas.bridge.paint;
  Atlas.bridge.paint = function (ack) {
    const text = (name) => document.querySelector('.atlas-caption-' + name).textContent;
    window.captionsAtPaint.push([text('title'), text('date')]);
    return paint.apply(this, arguments);
  };
  return true;
})()"""


def test_the_caption_names_the_date_the_map_shows_while_stepping_fast(window, qtbot):
    """Play while presenting: the caption painted with each date is that date's (no lag
    behind the map, no view name in between), and it ends on the last date."""
    presentation = window.classroom.presentation
    presentation.enter()
    controller = window.controller
    qtbot.waitUntil(lambda: controller.idle, timeout=TIMEOUT)
    assert _js(window, RECORD_CAPTIONS)
    painted = []
    controller.datePainted.connect(painted.append)
    days = [date(1995 + i, 3, 1) for i in range(6)]
    for day in days:
        window.session.set_date(day)
    qtbot.waitUntil(lambda: controller.idle, timeout=TIMEOUT)
    assert painted[-1] == days[-1] and len(painted) >= 2
    captions = _js(window, "window.captionsAtPaint")
    assert len(captions) == len(painted)
    title = window.session.data.story.meta.title
    for day, (shown_title, shown_date) in zip(painted, captions, strict=True):
        assert (shown_title, shown_date) == (title, presentation.caption(day).date), day
    assert captions[-1][1] == day_label(days[-1])
    assert _js(window, "document.querySelector('.atlas-caption-date').textContent") == day_label(
        days[-1]
    )
