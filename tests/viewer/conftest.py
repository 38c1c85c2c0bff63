"""Qt fixtures: the atlas scheme is registered before pytest-qt creates the QApplication,
and every map view is torn down page-first so the process exits cleanly."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, QTimer

from viewer.app import configure_environment
from viewer.map.scheme import register_scheme

configure_environment(offscreen=True)
register_scheme()

TIMEOUT = 20_000
ROOT = Path(__file__).resolve().parents[2]


def run_fresh(script: str, config_dir: Path, **env: str) -> subprocess.CompletedProcess:
    """``script`` in a fresh interpreter at the repository's root (this process imported
    everything long ago), with ``config_dir`` for its settings and ``env`` added."""
    return subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "XDG_CONFIG_HOME": str(config_dir), **env},
    )


def run_js(view, script: str):
    """Evaluate ``script`` in the page and return its JSON-decoded result."""
    result = []
    loop = QEventLoop()

    def done(value):
        result.append(value)
        loop.quit()

    view.page().runJavaScript(f"JSON.stringify({script})", 0, done)
    QTimer.singleShot(TIMEOUT, loop.quit)
    loop.exec()
    assert result, f"no answer from the page for {script!r}"
    return json.loads(result[0]) if result[0] else None


def settle(ms: int = 50) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


@pytest.fixture(autouse=True, scope="session")
def _private_settings(tmp_path_factory):
    """Keep QSettings (window state, recent stories) out of the user's home."""
    import os

    os.environ["XDG_CONFIG_HOME"] = str(tmp_path_factory.mktemp("config"))


@pytest.fixture(autouse=True)
def _fresh_settings(_private_settings):
    """Each test starts with no saved settings: a test that leaves recent stories or a
    language behind must not change what a later one sees (the order would then matter)."""
    yield
    from PySide6.QtCore import QCoreApplication, QSettings

    if QCoreApplication.instance() is not None:
        QSettings().clear()
        QSettings().sync()


@contextmanager
def shown_map(size: tuple[int, int] = (900, 650)):
    """A shown (offscreen) MapView of ``size``, closed page-first afterwards."""
    from viewer.map.view import MapView

    view = MapView()
    view.resize(*size)
    view.show()
    try:
        yield view
    finally:
        view.close()
        view.shutdown()
        view.deleteLater()


@contextmanager
def driven_map(qtbot, day: str, view_name: str = "karabakh", size=(900, 650)):
    """A map driven by a MapController over a session at ``day``, its first date painted:
    yields ``(session, controller, view)``."""
    from viewer.map.controller import MapController
    from viewer.session import Session

    with shown_map(size) as view:
        session = Session.load(date_text=day)
        controller = MapController(view, session, view_name)
        qtbot.waitSignal(controller.datePainted, timeout=TIMEOUT).wait()
        yield session, controller, view


@pytest.fixture
def mapview(qtbot):
    """A shown MapView with the real page loaded and ready (no controller)."""
    with shown_map((900, 700)) as view:
        with qtbot.waitSignal(view.bridge.mapReady, timeout=TIMEOUT):
            view.load_page()
        yield view


@contextmanager
def shown_window(qtbot, day: str):
    """A MainWindow at ``day`` (Karabakh view, the default story), shown with its map ready;
    closed page-first afterwards."""
    from viewer.app import open_window  # as the app opens it: the page preloaded

    win = open_window(day, "karabakh", None)
    win.show()
    qtbot.waitSignal(win.map.bridge.mapReady, timeout=TIMEOUT).wait()
    try:
        yield win
    finally:
        win.close()
        win.close_map()
        win.deleteLater()


@pytest.fixture
def window(qtbot):
    """The main window on 12 May 1994 (the 1994 ceasefire), map ready."""
    with shown_window(qtbot, "1994-05-12") as win:
        yield win
