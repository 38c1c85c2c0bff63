"""Headless export: real pixels on success, one clear line and no file on bad input;
the picture is a finished figure (no controls), framed, outlined and coloured as asked."""

import subprocess
import sys
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest
import shapely
from PySide6.QtGui import QImage

from tests.viewer.conftest import driven_map, run_js, shown_map
from viewer.exports.render import _settled_grab, prepare_export
from viewer.session import Session

ROOT = Path(__file__).resolve().parents[2]
DAY = date(2020, 11, 10)
SIZE = (900, 600)
BOX = ((39.55, 46.45), (39.95, 47.0))  # around Shusha, much smaller than the caucasus view
HIGHLIGHT = ("shusha", "lachin")
TITLE = "Shusha after the war"
HIDDEN = (".leaflet-control-zoom", ".leaflet-control-layers")
KEPT = (".atlas-caption", ".atlas-legend", ".leaflet-control-scale", ".leaflet-control-attribution")


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
    # Its result and nothing else: Qt's and Chromium's logging is silent without --debug.
    assert (result.stdout, result.stderr) == (f"{out}\n", "")
    image = QImage(str(out))
    assert (image.width(), image.height()) == (800, 500)
    assert not list(tmp_path.glob(".atlas-*")), "no temporary file may be left behind"
    # Where the layer control's white button would be (top right), the map shows through.
    corner = [image.pixelColor(x, y) for x in range(750, 786, 3) for y in range(14, 50, 3)]
    white = sum(min(c.red(), c.green(), c.blue()) >= 250 for c in corner)
    assert white < len(corner) / 4, "the layer control is drawn on the exported image"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--date", "2020-13-01"], "--date"),
        (["--date", "1900-01-01"], "outside the data"),
        (["--date", "2020-11-10", "--view", "atlantis"], "unknown view"),
        (["--date", "2020-11-10", "--size", "huge"], "--size"),
        (["--date", "2020-11-10", "--palette", "pink"], "--palette"),
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
    with driven_map(qtbot, "2020-11-10", "caucasus", (900, 600)) as (_session, _ctl, view):
        image = _settled_grab(view)
        land = run_js(view, "Atlas.containerPoint(42.0, 43.6)")  # central Georgia, inland
        sea = run_js(view, "Atlas.containerPoint(39.0, 50.6)")  # the Caspian Sea
        land_px = image.pixelColor(int(land["x"]), int(land["y"]))
        sea_px = image.pixelColor(int(sea["x"]), int(sea["y"]))
        assert sea_px.blue() > sea_px.red() + 10, "the Caspian should be drawn blue"
        assert land_px.red() >= land_px.blue(), "land should be drawn in paper tones"
        # Azerbaijan outside the conflict zone: its own land, in its pale blue tint
        own = run_js(view, "Atlas.containerPoint(40.9, 45.6)")  # north-west Azerbaijan
        own_px = image.pixelColor(int(own["x"]), int(own["y"]))
        assert own_px.blue() > own_px.red() + 10, "Azerbaijan should be filled in its tint"


def _inside_area(data, box) -> tuple[float, float]:
    """A point inside the control area that covers most of ``box`` (lat, lon)."""
    (south, west), (north, east) = box
    frame = shapely.box(west, south, east, north)
    areas = data.control.areas.values()
    biggest = max(areas, key=lambda a: a.geometry.intersection(frame).area)
    point = biggest.geometry.intersection(frame).representative_point()
    return point.y, point.x


def _export(palette: str) -> SimpleNamespace:
    with shown_map(SIZE) as view:
        session = Session.load(date_text=DAY.isoformat())
        prepare_export(
            view,
            session,
            "caucasus",
            palette=palette,
            bounds=BOX,
            highlight=HIGHLIGHT,
            title=TITLE,
        )
        image = _settled_grab(view)
        probe = SimpleNamespace(
            image=image,
            display={
                sel: run_js(view, f"getComputedStyle(document.querySelector('{sel}')).display")
                for sel in HIDDEN + KEPT
            },
            corners=[run_js(view, f"Atlas.containerPoint({lat}, {lon})") for lat, lon in BOX],
            baku=run_js(view, "Atlas.containerPoint(40.41, 49.87)"),
            highlighted=run_js(view, "Atlas.highlighted()"),
            title=run_js(view, "document.querySelector('.atlas-caption-title').textContent"),
        )
        lat, lon = _inside_area(session.data, BOX)
        point = run_js(view, f"Atlas.containerPoint({lat}, {lon})")
        probe.area_px = image.pixelColor(int(point["x"]), int(point["y"]))
        return probe


@pytest.fixture(scope="module")
def exports(qapp):
    return {palette: _export(palette) for palette in ("default", "high-contrast")}


def test_export_hides_the_controls_and_keeps_the_figure(exports):
    for probe in exports.values():
        assert all(probe.display[sel] == "none" for sel in HIDDEN), probe.display
        assert all(probe.display[sel] != "none" for sel in KEPT), probe.display


def test_bounds_frame_the_requested_box(exports):
    width, height = SIZE
    sw, ne = exports["default"].corners
    for point in (sw, ne):
        assert 0 <= point["x"] <= width and 0 <= point["y"] <= height, point
    box_w, box_h = ne["x"] - sw["x"], sw["y"] - ne["y"]
    assert box_w > width / 2 or box_h > height / 2, "the box should fill the frame"
    baku = exports["default"].baku
    assert not (0 <= baku["x"] <= width and 0 <= baku["y"] <= height), "Baku is far outside"


def test_highlight_and_title_are_applied(exports):
    for probe in exports.values():
        assert sorted(probe.highlighted) == sorted(HIGHLIGHT)
        assert probe.title == TITLE


def test_palettes_differ_inside_a_control_area(exports):
    a, b = exports["default"].area_px, exports["high-contrast"].area_px
    distance = sum(abs(x - y) for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))
    assert distance > 30, (a.name(), b.name())
