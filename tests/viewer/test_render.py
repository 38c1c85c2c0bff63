"""Headless export: real pixels on success, one clear line and no file on bad input."""

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.viewer.conftest import TIMEOUT, run_js
from viewer.mapcontroller import MapController
from viewer.render import _settled_grab
from viewer.session import Session

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args, cwd=None):
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
    )


def test_render_writes_a_png_of_the_requested_size(tmp_path):
    out = tmp_path / "map.png"
    result = run_cli("render", "--date", "2020-11-10", "--out", str(out), "--size", "800x500")
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (800, 500)
    assert not list(tmp_path.glob(".atlas-*")), "no temporary file may be left behind"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--date", "2020-13-01"], "--date"),
        (["--date", "1900-01-01"], "outside the data"),
        (["--date", "2020-11-10", "--view", "atlantis"], "unknown view"),
        (["--date", "2020-11-10", "--size", "huge"], "--size"),
    ],
)
def test_render_refuses_bad_arguments_with_one_line(tmp_path, args, message):
    out = tmp_path / "map.png"
    result = run_cli("render", "--out", str(out), *args)
    assert result.returncode == 2
    lines = [line for line in result.stderr.splitlines() if line.startswith("caucasus-atlas:")]
    assert len(lines) == 1 and message in lines[0]
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_render_refuses_an_unwritable_path(tmp_path):
    result = run_cli("render", "--date", "2020-11-10", "--out", str(tmp_path / "no" / "such.png"))
    assert result.returncode == 2
    assert "does not exist" in result.stderr
    assert "Traceback" not in result.stderr


def test_land_and_sea_differ_in_the_rendered_map(qtbot):
    from viewer.mapview import MapView

    view = MapView()
    view.resize(900, 600)
    view.show()
    try:
        session = Session.load(date_text="2020-11-10")
        controller = MapController(view, session, "caucasus")
        qtbot.waitSignal(controller.datePainted, timeout=TIMEOUT).wait()
        image = _settled_grab(view)
        land = run_js(view, "Atlas.containerPoint(40.9, 45.6)")  # north-west Azerbaijan, inland
        sea = run_js(view, "Atlas.containerPoint(39.0, 50.6)")  # the Caspian Sea
        land_px = image.pixelColor(int(land["x"]), int(land["y"]))
        sea_px = image.pixelColor(int(sea["x"]), int(sea["y"]))
        assert sea_px.blue() > sea_px.red() + 10, "the Caspian should be drawn blue"
        assert land_px.red() >= land_px.blue(), "land should be drawn in paper tones"
    finally:
        view.close()
        view.shutdown()
        view.deleteLater()
