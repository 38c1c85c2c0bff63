"""File → Export image…: the size dialog, and a PNG with the caption and legend burnt in."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog, QMainWindow

from viewer.classroom.themes import THEMES
from viewer.exports import dialog as export_dialog
from viewer.exports.dialog import PRESETS, ExportImageDialog, export_image, save_image
from viewer.session import Session

SIZE = (1000, 640)
PAPER_MIN = 236  # the caption and legend boxes are near-white paper (#fbf9f4, 92–94% opaque)


def _paper(color: QColor) -> bool:
    r, g, b = color.red(), color.green(), color.blue()
    return min(r, g, b) >= PAPER_MIN and max(r, g, b) - min(r, g, b) <= 14


def _share(image: QImage, rect: tuple[int, int, int, int], test) -> float:
    x0, y0, x1, y1 = rect
    points = [(x, y) for x in range(x0, x1, 3) for y in range(y0, y1, 3)]
    return sum(test(image.pixelColor(x, y)) for x, y in points) / len(points)


def _dark(color: QColor) -> bool:
    return color.lightness() < 90


@pytest.fixture(scope="module")
def renders(qapp, tmp_path_factory):
    folder = tmp_path_factory.mktemp("export")
    session = Session.load()
    images = {}
    for day in (date(1994, 5, 12), date(2020, 11, 10)):
        session.set_date(day)
        out = folder / f"{day}.png"
        save_image(session, "karabakh", SIZE, out)
        images[day] = QImage(str(out))
    return images


def test_png_has_the_requested_size(renders):
    for image in renders.values():
        assert (image.width(), image.height()) == SIZE


def test_legend_box_is_burnt_in_bottom_left(renders):
    width, height = SIZE
    for image in renders.values():
        legend = (12, height - 260, 230, height - 60)
        assert _share(image, legend, _paper) > 0.45  # the legend's paper, not the map
        assert _share(image, legend, _dark) > 0.01  # its text
        blank = (width // 2 + 150, height // 2, width - 120, height - 120)
        assert _share(image, blank, _paper) < 0.3  # elsewhere the map is not paper


def test_title_and_date_are_burnt_in_and_follow_the_date(renders):
    caption = (16, 14, 320, 66)  # top left: no zoom buttons above it in an export
    a, b = (renders[d] for d in sorted(renders))
    for image in (a, b):
        assert _share(image, caption, _paper) > 0.4
        assert _share(image, caption, _dark) > 0.02
    x0, y0, x1, y1 = caption
    differing = sum(
        a.pixel(x, y) != b.pixel(x, y) for x in range(x0, x1, 2) for y in range(y0 + 18, y1, 2)
    )
    assert differing > 100  # the date text changed


@pytest.mark.parametrize("index", range(len(PRESETS)))
def test_dialog_presets_and_custom_size(qtbot, tmp_path, index):
    dialog = ExportImageDialog(tmp_path / "map", None)
    qtbot.addWidget(dialog)
    dialog.preset.setCurrentIndex(index)
    size = PRESETS[index][1]
    if size is None:
        assert dialog.width_box.isEnabled()
        dialog.width_box.setValue(1111)
        dialog.height_box.setValue(555)
        assert dialog.image_size() == (1111, 555)
    else:
        assert not dialog.width_box.isEnabled() and dialog.image_size() == size
    assert dialog.path() == tmp_path / "map.png"


def test_export_image_saves_the_chosen_file_in_the_current_theme(qtbot, tmp_path, monkeypatch):
    QSettings().setValue("export/folder", str(tmp_path))
    monkeypatch.setattr(ExportImageDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(ExportImageDialog, "image_size", lambda self: (400, 300))
    calls = []
    real_grab = export_dialog.grab_map

    def spy(*args, **options):
        calls.append(options)
        return real_grab(*args, **options)

    monkeypatch.setattr(export_dialog, "grab_map", spy)
    window = QMainWindow()
    qtbot.addWidget(window)
    window.classroom = SimpleNamespace(
        themes=SimpleNamespace(theme=THEMES["high-contrast"], font_scale=1.4)
    )
    session = Session.load(date_text="2023-09-20")
    out = export_image(window, session, "karabakh")
    assert out == tmp_path / "caucasus-atlas-2023-09-20.png"
    assert QImage(str(out)).size().toTuple() == (400, 300)
    assert str(out) in window.statusBar().currentMessage()
    assert calls == [{"palette": "high-contrast", "font_scale": 1.4, "bounds": None}]


def test_export_image_frames_what_the_window_shows(qtbot, tmp_path, monkeypatch):
    from tests.viewer.conftest import shown_window

    QSettings().setValue("export/folder", str(tmp_path))
    monkeypatch.setattr(ExportImageDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(ExportImageDialog, "image_size", lambda self: (400, 300))
    calls = []
    monkeypatch.setattr(export_dialog, "save_image", lambda *args: calls.append(args[-1]) or None)
    with shown_window(qtbot, "2020-11-10") as window:
        qtbot.waitUntil(lambda: window.controller.visible_bounds is not None, timeout=20_000)
        export_image(window, window.session, window.controller.view)
        assert calls == [window.controller.visible_bounds]


def test_a_window_without_themes_exports_in_the_default_theme(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    assert export_dialog.current_theme(window) == ("default", 1.0)
