"""Start-up order: Chromium starts before numpy and shapely are imported, and the first date
is painted without them (the shipped data's shapes as the build drew them);
benchmarks/startup.py has the times, docs/benchmarks.md the figures."""

import pytest

from tests.viewer.conftest import run_fresh

# Records which heavy modules are loaded when the page's load begins, then checks that the
# window built around that page still gets its date painted.
SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from viewer.app import create_application, open_window
from viewer.map.view import MapView
app = create_application(offscreen=True)
original = MapView.preload
def preload(self):
    heavy = [m for m in ("numpy", "shapely", "pyproj", "viewer.window") if m in sys.modules]
    print("at preload:", heavy or "none", flush=True)
    original(self)
MapView.preload = preload
window = open_window("1994-05-12", "karabakh", None)
window.show()
def heavy():
    return [m for m in ("numpy", "shapely", "pyproj") if m in sys.modules] or "none"
def painted(day):
    print("painted", day, "with", heavy(), flush=True)
    QTimer.singleShot(500, lambda: (print("then", heavy(), flush=True), app.quit()))
window.controller.datePainted.connect(painted)
QTimer.singleShot(60000, lambda: sys.exit(3))
code = app.exec()
window.close_map()
"""


def test_the_page_starts_loading_before_numpy_and_shapely_are_imported(tmp_path):
    """numpy and shapely take ~0.06 s to import: the page's load must not wait for them
    (an import of geodata.map_style in the bridge's messages once made it wait), nor the
    first date (the control layers were drawn with shapely at every start); once idle, the
    window loads them so that the first click on a region does not wait (~60 ms)."""
    result = run_fresh(SCRIPT, tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "at preload: none" in result.stdout
    assert "painted 1994-05-12 with none" in result.stdout
    # then, idle, the geometry the first click needs (viewer.map.popups)
    assert "then ['numpy', 'shapely']" in result.stdout


def test_a_command_line_that_opens_the_window_imports_no_subcommand(tmp_path):
    """The subcommands' modules take ~35 ms to import, before Qt starts: the window's
    command line (no subcommand named) builds its parser without them."""
    probe = (
        "import sys, main; main.build_parser(main.names_a_command(['--date', '1994-05-12'])); "
        "print([m for m in sys.modules if m.startswith(('geodata.cli.', 'viewer.cli.'))"
        " and not m.rpartition('.')[2].startswith('_')])"
    )
    result = run_fresh(probe, tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "[]"


def test_work_done_while_events_run_returns_its_result_and_raises_its_error(qtbot):
    from viewer.app import _while_events_run

    assert _while_events_run(lambda: 42) == 42
    with pytest.raises(ZeroDivisionError):
        _while_events_run(lambda: 1 / 0)
