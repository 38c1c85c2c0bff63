"""The window's features are imported and built when first used, not at start (issue 16:
the map must be ready fast): compare's panel and QtCharts, and presentation mode. Their
menu actions and shortcuts are there from the start all the same. A start with nothing to
remember writes no settings (each write syncs the file to disk)."""

from tests.viewer.conftest import run_fresh

# Modules the built window must not have imported; each is imported by its first use below.
LAZY = (
    "PySide6.QtCharts",
    "PySide6.QtSvg",
    "viewer.compare.chart",
    "viewer.compare.panel",
    "viewer.classroom.presentation",
    "viewer.classroom.tour",
    "viewer.classroom.presenter_view",
    "viewer.exports.data_dialog",
)  # not hashlib: loading the data hashes the control files (geodata.prebuilt, ~3 ms)

# Fresh interpreter: the test process has imported everything long ago.
SCRIPT = """
import os
import sys
from PySide6.QtGui import QAction
from viewer.app import create_application
from viewer.map.view import MapView
from viewer.session import Session
from tests.viewer.test_features_on_first_use import LAZY
app = create_application(offscreen=True)
from viewer.window import MainWindow
window = MainWindow(Session.load(date_text="1994-05-12"), "karabakh", MapView())
def loaded():
    return sorted(m for m in LAZY if m in sys.modules)
print("built:", loaded())
written = [f for _, _, files in os.walk(os.environ["XDG_CONFIG_HOME"]) for f in files]
print("settings written:", written)
actions = {a.shortcut().toString(): a for a in window.findChildren(QAction)}
print("keys:", sorted(k for k in ("Ctrl+K", "Ctrl+G", "Ctrl+Shift+K", "F5") if k in actions))
actions["Ctrl+G"].trigger()
chart = window.compare.chart_dock.widget()
print("chart:", type(chart).__name__, "PySide6.QtCharts" in sys.modules)
actions["Ctrl+K"].trigger()
print("panel:", type(window.compare.dock.widget()).__name__)
actions["F5"].trigger()
print("presenting:", window.classroom.presenting)
window.classroom.presentation.leave()
window.close_map()
"""


def test_the_window_imports_compare_charts_and_presentation_on_first_use(tmp_path):
    result = run_fresh(SCRIPT, tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "built: []" in result.stdout, result.stdout
    assert "settings written: []" in result.stdout, result.stdout
    assert "keys: ['Ctrl+G', 'Ctrl+K', 'Ctrl+Shift+K', 'F5']" in result.stdout, result.stdout
    assert "chart: ChartPanel True" in result.stdout
    assert "panel: ComparePanel" in result.stdout
    assert "presenting: True" in result.stdout
