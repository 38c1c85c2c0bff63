"""The main window: the menus a desktop user expects, presets, remembered state."""

from PySide6.QtCore import QSettings

from tests.viewer.conftest import TIMEOUT, shown_window


def _menu_texts(win):
    return {
        menu.title().replace("&", ""): [a.text().replace("&", "") for a in menu.actions()]
        for menu in (a.menu() for a in win.menuBar().actions())
    }


def test_menus_offer_export_quit_fullscreen_presets_and_about(window):
    menus = _menu_texts(window)
    assert {"Export image…", "Export animation…", "Quit"} <= set(menus["File"])
    assert "Fullscreen" in menus["View"]
    assert "Armenia, Azerbaijan and Georgia" in menus["View"]
    assert "About Caucasus Atlas" in menus["Help"]


def test_the_title_follows_the_date(window):
    assert "12 May 1994" in window.windowTitle()
    window.session.set_date(window.session.date.replace(year=2020, month=11, day=10))
    assert "10 Nov 2020" in window.windowTitle()


def test_fullscreen_toggles(window, qtbot):
    window.fullscreen_action.trigger()
    qtbot.waitUntil(window.isFullScreen, timeout=TIMEOUT)
    window.fullscreen_action.trigger()
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=TIMEOUT)


def test_window_geometry_is_remembered(qtbot):
    """The size, place and docks of one window are those the next window opens with.

    Settings are session-wide and every test's window saves its own when it closes, so the
    test starts from none saved and ends leaving none. Qt fits a restored window into the
    screen, and the offscreen test screen is 800 px wide, narrower than the window can be:
    so the height and the top edge are compared, which the screen does not clamp.
    """
    QSettings().remove("window")
    try:
        with shown_window(qtbot, "1994-05-12") as first:
            assert first.height() != 702 and first.y() != 23 and first.story_dock.isVisible()
            first.resize(first.width(), 702)
            first.move(first.x(), 23)
            first.story_dock.hide()
            first.classroom.dock.hide()  # its tab; with both gone the map has the width
            qtbot.waitUntil(lambda: (first.height(), first.y()) == (702, 23), timeout=TIMEOUT)
        with shown_window(qtbot, "1994-05-12") as second:
            assert (second.height(), second.y()) == (702, 23)
            assert not second.story_dock.isVisible()
    finally:
        QSettings().remove("window")


def test_an_uncaught_error_in_a_slot_is_one_message_box_not_a_traceback(
    window, monkeypatch, caplog
):
    from PySide6.QtWidgets import QMessageBox

    from viewer.app import report_error

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    try:
        raise ValueError("bad thing")
    except ValueError as exc:
        report_error(window, type(exc), exc, exc.__traceback__)
    assert shown == [
        "Something went wrong: bad thing\n\nThe app goes on; the details are in its log."
    ]
    assert "Traceback" in caplog.text and "ValueError: bad thing" in caplog.text


def test_the_preloaded_page_is_loaded_once_and_gets_ready(qtbot, monkeypatch):
    """open_window starts the page before the window exists; the controller must keep that
    load going, not start a second one, and the page must still get its data."""
    from viewer.app import open_window
    from viewer.map.view import MapView

    loads = []
    original = MapView.load
    monkeypatch.setattr(MapView, "load", lambda view, url: loads.append(url) or original(view, url))
    win = open_window("1994-05-12", "karabakh", None)
    try:
        win.show()
        qtbot.waitSignal(win.map.bridge.mapReady, timeout=TIMEOUT).wait()
        assert len(loads) == 1
        # the date's state reached the page: the data served after the load began was found
        qtbot.waitUntil(lambda: win.controller._shown_day == win.session.date, timeout=TIMEOUT)
    finally:
        win.close()
        win.close_map()
        win.deleteLater()


def test_the_window_opens_framed_on_its_view_not_the_world(window, qtbot):
    """The page loads before the window is shown (start-up preload): a frame asked for while
    the map had no size used to leave the whole world in view (zoom 0)."""
    from tests.viewer.conftest import run_js

    qtbot.waitUntil(lambda: run_js(window.map, "Atlas.map.getZoom()") >= 7, timeout=TIMEOUT)
    centre = run_js(window.map, "Atlas.map.getCenter()")
    assert 39 < centre["lat"] < 41 and 45 < centre["lng"] < 48, centre  # over Karabakh
