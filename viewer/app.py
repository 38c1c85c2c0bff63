"""Application start-up: the environment Qt WebEngine needs, then the main window."""

from __future__ import annotations

import logging
import os
import sys

from geodata.dates import parse_day
from geodata.problems import AtlasError
from geodata.views import DEFAULT_VIEW, view_bounds

ORGANISATION = "caucasus-atlas"
APPLICATION = "Caucasus Atlas"


def configure_environment(offscreen: bool = False, debug: bool | None = None) -> None:
    """Set what must be set before Qt starts.

    Chromium refuses to run as root without ``--no-sandbox`` (CI and these machines run as
    root); ``offscreen`` renders without any display (``render``, tests). Qt's and
    Chromium's own logging (GL fall-backs, D-Bus, GBM) says nothing a user can act on, so
    it is silent unless ``debug`` (by default: Python logging is at DEBUG, i.e. ``--debug``).
    Both are environment variables because QtWebEngineProcess, a child, reads them too.
    """
    if debug is None:
        debug = logging.getLogger().isEnabledFor(logging.DEBUG)
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "").split()
    if hasattr(os, "geteuid") and os.geteuid() == 0 and "--no-sandbox" not in flags:
        flags.append("--no-sandbox")
    if not debug and not any(flag.startswith("--log-level") for flag in flags):
        flags.append("--log-level=3")  # Chromium: fatal only
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = " ".join(flags)
    if not debug:
        os.environ.setdefault("QT_LOGGING_RULES", "*=false")


def create_application(argv: list[str] | None = None, offscreen: bool = False):
    """The QApplication, with the atlas URL scheme registered before it exists."""
    configure_environment(offscreen)
    from PySide6.QtWidgets import QApplication

    from viewer.map.scheme import register_scheme

    app = QApplication.instance()
    if app is None:
        register_scheme()
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    from viewer.fonts import install_fonts
    from viewer.i18n import install_translators

    install_fonts(app)
    install_translators()  # geodata's language: --lang, set by main.py for subcommands
    return app


def check_start_options(date_text: str | None, view: str | None) -> None:
    """Refuse a bad --date or --view before any window opens (one line, exit 2)."""
    if date_text:
        try:
            parse_day(date_text)
        except ValueError as exc:
            raise AtlasError(f"--date: {exc}") from None
    view_bounds(view or DEFAULT_VIEW)


def check_display() -> None:
    """On Linux without a display Qt aborts with a misleading message: say what is wrong."""
    env = os.environ
    if sys.platform.startswith("linux") and not env.get("QT_QPA_PLATFORM"):
        if not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
            raise AtlasError(
                "no display to open a window on: run it in a desktop session "
                "(`caucasus-atlas render` makes images without one)"
            )


def run_window(args) -> int:
    """Open the main window (``caucasus-atlas [--date D] [--view V] [--story F]``)."""
    check_start_options(args.date, args.view)
    check_display()
    app = create_application()
    from viewer.i18n import install_translators, resolve_language

    install_translators(resolve_language(getattr(args, "lang", None)))
    window = open_window(args.date, args.view, args.story)
    sys.excepthook = lambda kind, error, tb: report_error(window, kind, error, tb)
    window.show()
    code = app.exec()
    sys.excepthook = sys.__excepthook__
    window.close_map()
    return code


def open_window(date_text: str | None, view: str | None, story: str | None):
    """The main window, with Chromium started before the rest of the app is imported.

    The map page's load is begun first (:meth:`~viewer.map.view.MapView.preload`), so that
    Chromium's processes start and the page's scripts run while Python imports the window's
    modules and loads the data; the window is then built around that map.
    """
    from viewer.map.view import MapView

    early_map = MapView()
    early_map.preload()
    from viewer.window import MainWindow

    return MainWindow.open(date_text=date_text, view=view, story=story, map_view=early_map)


def report_error(parent, kind, error, tb) -> None:
    """An error nobody caught inside a Qt slot: log it in full, tell the user in one box.

    Qt keeps running after a Python exception in a slot, so the app stays usable; the
    traceback goes to the log (stderr), never into the user's face.
    """
    import logging
    import traceback

    from PySide6.QtWidgets import QMessageBox

    logging.getLogger("viewer").error("".join(traceback.format_exception(kind, error, tb)))
    from PySide6.QtCore import QCoreApplication

    text = QCoreApplication.translate(
        "MainWindow",
        "Something went wrong: {error}\n\nThe app goes on; the details are in its log.",
    )
    QMessageBox.warning(parent, "Caucasus Atlas", text.format(error=error))
