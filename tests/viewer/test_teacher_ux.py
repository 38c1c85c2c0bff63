"""What teachers hit next: the shortcut list, About, Ctrl+Q, where exports went, their
permissions, Export data after a warning, and the colours of added layers."""

from __future__ import annotations

import json
import os
import stat

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QImage
from PySide6.QtWidgets import QDialog, QMessageBox

from tests.viewer.conftest import TIMEOUT, run_js, shown_window
from viewer import user_layers
from viewer.exports import data_dialog, saved
from viewer.exports.data_dialog import export_data
from viewer.shortcuts_help import menu_shortcuts, shortcut_rows, shortcuts_html
from viewer.user_layers import SETTINGS_KEY


@pytest.fixture
def window(qtbot):
    QSettings().setValue(SETTINGS_KEY, [])
    with shown_window(qtbot, "2020-11-10") as win:
        yield win


def test_the_shortcut_list_holds_every_bound_key(window):
    listed = {keys for _, rows in shortcut_rows(window) for keys, _ in rows}
    flat = ", ".join(listed)
    for key in ("F5", "B", "Esc", "Ctrl+K", "Ctrl+G", "Ctrl+Shift+K", "F1", "Ctrl+Q", "Space"):
        assert key in flat, key
    # every action with a shortcut anywhere in the menus is listed, whoever installed it
    bound = {
        a.shortcut().toString() for a in window.findChildren(QAction) if not a.shortcut().isEmpty()
    }
    in_menus = {keys for _, _, keys in menu_shortcuts(window)}
    assert bound - in_menus <= set(), bound - in_menus
    # and every timeline key the window binds
    timeline = {s.key().toString() for s in window.timeline.shortcuts}
    assert timeline <= listed
    assert "Keyboard shortcuts" in shortcuts_html(window)


def test_about_has_no_markdown_or_file_names(window):
    about = window.session.credits_html()
    assert "`" not in about
    for suffix in (".shp", ".csv", ".md", ".zip", ".gz", ".npz"):
        assert suffix not in about, suffix
    assert "GeoNames" in about and "Natural Earth" in about


def test_quit_works_from_any_focus(window):
    quit_action = next(a for a in window.actions() if a.text().replace("&", "") == "Quit")
    assert quit_action.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut


def test_exported_files_get_ordinary_permissions(tmp_path, qapp):
    from viewer.exports.render import save_png_atomically

    old = os.umask(0o022)
    try:
        out = tmp_path / "map.png"
        image = QImage(8, 8, QImage.Format.Format_RGB32)
        save_png_atomically(image, out)
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644


def test_an_export_says_where_it_wrote_and_opens_the_folder(window, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(saved.QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    out = tmp_path / "atlas.kml"
    assert export_data(window, {"fmt": "kml", "path": str(out), "start": None, "end": None})
    box = window.saved_box
    assert str(out) in box.text() and box.isVisible()
    button = next(b for b in box.buttons() if b.text() == "Open folder")
    button.click()
    assert [u.toLocalFile() for u in opened] == [str(tmp_path)]


def test_export_data_keeps_its_dialog_and_choices_after_a_warning(window, tmp_path, monkeypatch):
    warnings, shown = [], []
    monkeypatch.setattr(data_dialog.QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    answers = iter([QDialog.DialogCode.Accepted, QDialog.DialogCode.Rejected])

    def exec_(dialog):
        shown.append(dialog)
        if len(shown) == 1:
            dialog.path.setText(str(tmp_path / "no" / "such" / "a.kml"))
            dialog.use_from.setChecked(True)
        return next(answers)

    monkeypatch.setattr(data_dialog.ExportDialog, "exec", exec_)
    assert not export_data(window)
    assert len(warnings) == 1 and len(shown) == 2
    assert shown[0] is shown[1]  # the same dialog again ...
    assert shown[1].use_from.isChecked() and "such" in shown[1].path.text()  # ... as left


PIN = {
    "type": "Feature",
    "properties": {"name": "A pin"},
    "geometry": {"type": "Point", "coordinates": [44.51, 40.18]},
}


def test_each_added_layer_has_its_own_colour_and_legend_entry(window, tmp_path, qtbot, monkeypatch):
    monkeypatch.setattr(user_layers.QMessageBox, "warning", pytest.fail)  # never a modal box
    layers = window.user_layers
    paths = []
    for name in ("a", "b", "c"):
        path = tmp_path / f"{name}.geojson"
        path.write_text(json.dumps({"type": "FeatureCollection", "features": [PIN]}))
        paths.append(path)
    first, second = layers.add(str(paths[0])), layers.add(str(paths[1]))
    assert layers.colours[first] != layers.colours[second]
    freed = layers.colours[first]
    layers.remove(first)
    third = layers.add(str(paths[2]))
    assert layers.colours[third] == freed != layers.colours[second]  # never a shared colour

    def legend():
        return run_js(window.map, "Atlas.userLegend()")

    want = [{"name": "b.geojson", "color": layers.colours[second]}]
    want.append({"name": "c.geojson", "color": layers.colours[third]})
    qtbot.waitUntil(lambda: legend() == want, timeout=TIMEOUT)


def test_saved_box_does_not_block(window, tmp_path):
    box = saved.tell_saved(window, "Export image", tmp_path / "x.png", "Image saved")
    assert isinstance(box, QMessageBox) and box.isVisible()
    box.close()
