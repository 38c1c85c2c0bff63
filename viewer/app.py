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

    The map page's load is begun first (:meth:`~viewer.map.view.MapView.preload`, with the
    places it asks for at once), then the data is loaded and the window's modules imported
    in a thread while the event loop runs here, so that Chromium, whose browser side runs
    on this thread, starts its processes and runs the page's scripts meanwhile; the window
    is then built around that map.
    """
    from viewer.map.view import MapView
    from viewer.paths import PLACES_PATH

    early_map = MapView()
    early_map.serve(PLACES_PATH, _places_json())
    early_map.preload()
    data = _while_events_run(lambda: _load_in_background(story))
    from viewer.session import Session
    from viewer.window import MainWindow

    session = Session.load(date_text=date_text, data=data)
    return MainWindow(session, view or DEFAULT_VIEW, early_map)


def _places_json() -> bytes:
    """The gazetteer's labels the page draws with its basemap (empty if unreadable: the
    problem is reported when the data loads)."""
    import json

    from geodata.places import load_places, places_geojson

    try:
        places = load_places()
    except AtlasError:
        places = {}
    return json.dumps(places_geojson(places)).encode()


def _load_in_background(story: str | None):
    """The data, and the window's modules imported (numpy and shapely among them)."""
    from geodata.atlas import load_atlas

    data = load_atlas(story_path=story)
    import viewer.window  # noqa: F401 (imported for later: the import is the work)

    return data


SWITCH_S = 0.0005
_runs = 0  # of _while_events_run: before the first, no window has left garbage


def _while_events_run(work):
    """``work()`` run in a thread while this thread runs Qt's event loop; its result.

    Chromium's browser side (the scheme handler, the page's requests, its processes' start)
    is driven by this thread's event loop: a start-up that imports and loads here first
    holds the page back. An exception in ``work`` is raised here.

    The cyclic garbage collector is off meanwhile: collecting in the thread could destroy a
    Qt object left unreachable earlier (a closed window's page, its chart), and Qt aborts
    or deadlocks when its objects die outside this thread. Garbage left by earlier windows
    (tests open many) is collected here first, on this thread and outside any destructor,
    so that it does not pile up while collection is off.

    Meanwhile the interpreter passes the GIL on every :data:`SWITCH_S` instead of every
    5 ms: each of the page's requests (the scheme handler here, the request interceptor on
    Chromium's IO thread) needs Python for a moment, and waited for the loading thread's
    turn to end. The map was ready ~0.1 s sooner (docs/benchmarks.md, "Start-up").
    """
    import gc
    import threading

    from PySide6.QtCore import QEventLoop, QObject, Signal

    class Done(QObject):
        finished = Signal()

    done, outcome = Done(), {}

    def run() -> None:
        try:
            outcome["value"] = work()
        except BaseException as exc:  # re-raised in the caller's thread
            outcome["error"] = exc
        done.finished.emit()  # queued to this thread's loop

    loop = QEventLoop()
    done.finished.connect(loop.quit)
    thread = threading.Thread(target=run, name="atlas-start", daemon=True)
    global _runs
    if _runs:
        gc.collect()
    _runs += 1
    collecting, switch = gc.isenabled(), sys.getswitchinterval()
    gc.disable()
    sys.setswitchinterval(SWITCH_S)
    try:
        thread.start()
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        thread.join()
    finally:
        sys.setswitchinterval(switch)
        if collecting:
            gc.enable()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


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
