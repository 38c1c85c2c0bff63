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
