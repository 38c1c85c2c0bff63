"""The main window: the menus a desktop user expects, presets, remembered state."""

from PySide6.QtCore import QSettings

from tests.viewer.conftest import TIMEOUT


def _menu_texts(win):
    return {
        menu.title().replace("&", ""): [a.text().replace("&", "") for a in menu.actions()]
        for menu in (a.menu() for a in win.menuBar().actions())
    }


def test_menus_offer_export_quit_fullscreen_presets_and_about(window):
    menus = _menu_texts(window)
    assert {"Export image…", "Quit"} <= set(menus["File"])
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


def test_window_geometry_is_remembered(window):
    window.resize(1001, 702)
    window.close()
    assert QSettings().value("window/geometry") is not None
