"""The timeline bar: window-wide keys, play, the date field, clicks and labels at precision."""

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from geodata.atlas import AtlasData
from geodata.control import ControlData
from geodata.dates import PartialDate
from geodata.events import Event
from geodata.story.model import Section, Story, StoryMeta
from geodata.timeline import AreaState, ControlTimeline, Period
from tests.viewer.conftest import TIMEOUT, shown_window
from viewer.session import Session
from viewer.timeline.bar import TimelineBar
from viewer.window import MainWindow

FIRST, LAST = date(1923, 7, 7), date(2025, 12, 31)
SHUSHA, DEAL = date(1992, 5, 9), date(2020, 11, 10)
PERIODS = [
    Period("a", FIRST, SHUSHA, AreaState("AZ", "stable", FIRST)),
    Period("a", SHUSHA, DEAL, AreaState("NKR", "contested", SHUSHA)),
    Period("a", DEAL, None, AreaState("AZ", "stable", DEAL)),
]
SECTIONS = (
    Section("war", "The war", "", PartialDate.parse("1988-02-20"), PartialDate.parse("1994-05-12")),
    Section("now", "Now", "", PartialDate.parse("2023")),
)
BASE = date(2000, 1, 31)
CTRL, SHIFT, NONE = (
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.ShiftModifier,
    Qt.KeyboardModifier.NoModifier,
)
# key, modifier, the date after pressing it on BASE in the shipped data
KEYS = [
    (Qt.Key.Key_Left, NONE, date(2000, 1, 30)),
    (Qt.Key.Key_Right, NONE, date(2000, 2, 1)),
    (Qt.Key.Key_Right, SHIFT, date(2000, 2, 29)),
    (Qt.Key.Key_Left, SHIFT, date(1999, 12, 31)),
    (Qt.Key.Key_Right, CTRL, date(2001, 1, 31)),
    (Qt.Key.Key_Left, CTRL, date(1999, 1, 31)),
    (Qt.Key.Key_PageDown, NONE, date(2016, 4, 2)),
    (Qt.Key.Key_PageUp, NONE, date(1994, 5, 12)),
    (Qt.Key.Key_Home, NONE, date(1923, 7, 7)),
]


def _event(when: str, title: str = "Offensive", kind: str = "military") -> Event:
    return Event("e", PartialDate.parse(when), None, title, "", None, None, kind, "High", "s", "")


def _session(events=(), day=BASE) -> Session:
    control = ControlData({}, ControlTimeline(PERIODS, FIRST, LAST), {}, list(events), {})
    story = Story(StoryMeta("A story"), SECTIONS)
    return Session(AtlasData(control=control, story=story, first_day=FIRST, last_day=LAST), day)


@pytest.fixture
def make_bar(qtbot):
    def make(events=(), day=BASE) -> TimelineBar:
        bar = TimelineBar(_session(events, day))
        qtbot.addWidget(bar)
        bar.resize(1200, bar.sizeHint().height())
        bar.show()
        return bar

    return make


@pytest.fixture
def window(qtbot):
    with shown_window(qtbot, BASE.isoformat()) as win:
        win.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=TIMEOUT)
        yield win
        win.timeline.timer.stop()


def _focus(qtbot, widget):
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=TIMEOUT)
    focused = QApplication.focusWidget()
    assert focused is widget or widget.isAncestorOf(focused) or focused is widget.focusProxy()
    return focused


# ---- keys, wherever the focus is ---------------------------------------------------------


@pytest.mark.parametrize("target", ["map", "story", "strip", "play button"])
def test_each_key_moves_the_date_wherever_the_focus_is(window, qtbot, target):
    widget = {
        "map": window.map,
        "story": window.story_panel,
        "strip": window.timeline.strip,
        "play button": window.timeline.play_button,
    }[target]
    if target == "story":
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the placeholder panel takes none
    focused = _focus(qtbot, widget)
    session = window.session
    for key, modifier, expected in KEYS:
        session.set_date(BASE)
        QTest.keyClick(focused, key, modifier)
        assert session.date == expected, (target, key, modifier)
        assert QApplication.focusWidget() is focused
    QTest.keyClick(focused, Qt.Key.Key_End)
    assert session.date == session.data.last_day
    assert session.data.last_day.strftime("%Y") in window.windowTitle()  # the title follows
    QTest.keyClick(focused, Qt.Key.Key_Space)
    assert window.timeline.playing
    QTest.keyClick(focused, Qt.Key.Key_Space)
    assert not window.timeline.playing


def test_the_date_field_keeps_its_editing_keys_and_enter_goes_to_the_date(window, qtbot):
    field, session = window.timeline.date_field, window.session
    _focus(qtbot, field)
    QTest.keyClicks(field, "1993 08")  # Space types a space: it does not play
    assert field.text() == "1993 08" and not window.timeline.playing
    for key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End):
        QTest.keyClick(field, key)
        QTest.keyClick(field, key, SHIFT)
    assert session.date == BASE
    QTest.keyClick(field, Qt.Key.Key_PageDown)  # still steps to the next change
    assert session.date == date(2016, 4, 2)

    field.setText("1993-13")
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert session.date == date(2016, 4, 2)  # nothing lost, the text is kept, the error said
    assert field.text() == "1993-13" and "not a" in field.toolTip()
    assert QApplication.focusWidget() is field

    field.setText("1993-08")
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert session.date == date(1993, 8, 1)
    assert field.text() == "" and QApplication.focusWidget() is window.timeline.strip
    QTest.keyClick(window.timeline.strip, Qt.Key.Key_Right)  # the arrows step again
    assert session.date == date(1993, 8, 2)


def test_escape_leaves_the_date_field_without_moving(window, qtbot):
    field = window.timeline.date_field
    _focus(qtbot, field)
    QTest.keyClicks(field, "2020")
    QTest.keyClick(field, Qt.Key.Key_Escape)
    assert field.text() == "" and window.session.date == BASE
    assert QApplication.focusWidget() is window.timeline.strip


# ---- the bar on its own ------------------------------------------------------------------


@pytest.mark.parametrize(("when", "label"), [("1993-08", "Aug 1993"), ("1993", "1993")])
def test_hovering_an_event_shows_its_title_and_its_date_at_its_precision(make_bar, when, label):
    bar = make_bar([_event(when)])
    strip = bar.strip
    row = strip.row_y("event")
    text = strip.tooltip_at(strip.x_of(PartialDate.parse(when).first), row)
    assert f"{label} — Offensive (military)" in text
    assert "1 Aug 1993 —" not in text and "1 Jan 1993 —" not in text
    assert "Offensive" not in strip.tooltip_at(strip.x_of(date(1960, 1, 1)), row)


@pytest.mark.parametrize(
    ("day", "label"),
    [(date(1993, 8, 1), "Aug 1993"), (date(1993, 8, 2), "2 Aug 1993"), (SHUSHA, "9 May 1992")],
)
def test_the_big_label_follows_the_date_at_the_precision_of_what_is_dated_on_it(
    make_bar, day, label
):
    bar = make_bar([_event("1993-08")])
    bar.session.set_date(day)
    assert bar.label.text() == label
    assert bar.strip.day == day


def test_clicking_and_dragging_the_strip_picks_the_day_under_the_pointer(make_bar, qtbot):
    bar = make_bar()
    strip = bar.strip
    x = round(strip.x_of(SHUSHA))
    QTest.mouseClick(
        strip, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x, 20)
    )
    assert bar.session.date == strip.day_at_x(x)
    assert abs((bar.session.date - SHUSHA).days) <= 7  # a pixel is a few days in 1992
    assert strip.x_of(date(1992, 1, 1)) - strip.x_of(date(1991, 1, 1)) > 3 * (
        strip.x_of(date(1961, 1, 1)) - strip.x_of(date(1960, 1, 1))
    )


def test_change_and_section_buttons_step_through_the_data(make_bar):
    bar = make_bar(day=date(1990, 1, 1))
    bar.next_change()
    assert bar.session.date == SHUSHA
    bar.next_change()
    bar.next_change()  # no change after the last: stay
    assert bar.session.date == DEAL
    bar.previous_section()
    assert bar.session.date == date(1988, 2, 20)
    bar.next_section()
    assert bar.session.date == date(2023, 1, 1)


def test_play_advances_at_the_speed_and_stops_at_the_end(make_bar, qtbot):
    bar = make_bar(day=date(2024, 6, 15))
    bar.speed.setCurrentIndex([bar.speed.itemData(i).name for i in range(5)].index("1 year"))
    bar.loop.setChecked(False)
    bar.toggle_play()
    assert bar.playing and "Pause" in bar.play_button.text()
    qtbot.waitUntil(lambda: not bar.playing, timeout=TIMEOUT)
    assert bar.session.date == LAST and "Play" in bar.play_button.text()
    bar.toggle_play()  # play at the end starts again from the beginning
    assert bar.session.date >= FIRST and bar.session.date < date(1930, 1, 1)
    bar.toggle_play()


def test_a_last_step_without_loop_stops_playing(make_bar):
    bar = make_bar(day=LAST)
    bar.loop.setChecked(False)
    bar.tick()
    assert bar.session.date == LAST and not bar.playing


def test_play_loops_when_asked(make_bar):
    bar = make_bar(day=date(2025, 12, 28))
    bar.speed.setCurrentIndex(1)  # a week
    bar.loop.setChecked(True)
    bar.tick()
    assert bar.session.date == LAST
    bar.tick()
    assert bar.session.date == FIRST
    bar.tick()
    assert bar.session.date == date(1923, 7, 14)


def test_the_speed_and_loop_are_remembered(make_bar):
    bar = make_bar()
    bar.speed.setCurrentIndex(3)
    bar.loop.setChecked(True)
    assert QSettings().value("timeline/speed") == "3 months"
    again = make_bar()
    assert again.speed.currentText().startswith("3 months") and again.loop.isChecked()
    again.loop.setChecked(False)
    again.speed.setCurrentIndex(2)


def test_opening_another_story_replaces_the_sections_on_the_scale(qtbot, tmp_path):

    story = tmp_path / "one.md"
    story.write_text(
        "---\ntitle: One\n---\n\n## Only\n```meta\nid: only\ndate: 1999-03-04\n```\nText.\n"
    )
    win = MainWindow.open(date_text="2000-01-01", view="karabakh", story=None)
    try:
        assert len(win.timeline.section_days) > 1
        assert win.story_panel.open_story(story)
        assert [str(d) for d in win.timeline.section_days] == ["1999-03-04"]
        assert [m.category for m in win.timeline.strip.marks].count("section") == 1
    finally:
        win.close()
        win.close_map()
        win.deleteLater()
