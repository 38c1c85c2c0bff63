"""The app exits cleanly: no crash and no WebEngine profile warning at teardown."""

from tests.viewer.conftest import run_fresh

SCRIPT = """
import sys
from viewer.app import create_application
app = create_application(offscreen=True)
from PySide6.QtCore import QTimer
from viewer.window import MainWindow
window = MainWindow.open(date_text="1994-05-12", view="caucasus", story=None)
window.show()
window.map.bridge.mapReady.connect(lambda: QTimer.singleShot(200, window.close))
QTimer.singleShot(30000, lambda: sys.exit(3))
code = app.exec()
window.close_map()
print("closed", code)
"""


def test_window_opens_and_exits_cleanly(tmp_path):
    result = run_fresh(SCRIPT, tmp_path, PATH="/usr/bin:/bin")
    assert result.returncode == 0, result.stderr[-2000:]
    assert "closed 0" in result.stdout
    assert "Release of profile requested" not in result.stderr
