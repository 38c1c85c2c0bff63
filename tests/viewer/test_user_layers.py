"""File → Add layer…: a user's file reaches the map, a bad one shows one error and changes
nothing, removal works, the layers come back at the next start; File → Export data…."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog

from tests.viewer.conftest import TIMEOUT, run_js, shown_window
from viewer import user_layers
from viewer.exports import data_dialog
from viewer.exports.data_dialog import export_data
from viewer.menus import window_menu
from viewer.user_layers import SETTINGS_KEY, UserLayers

PINS = {
    "type": "FeatureCollection",
    "features": [
        {
            "type": "Feature",
            "properties": {"name": "Our school trip"},
            "geometry": {"type": "LineString", "coordinates": [[44.51, 40.18], [46.34, 39.51]]},
        }
    ],
}
BAD = {
    "broken.geojson": '{"type": "FeatureCollection", "features": [',
    "bad.kml": '<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><Point>'
    "<coordinates>46.7,abc</coordinates></Point></Placemark></kml>",
    "empty.gpx": '<gpx version="1.1" creator="t" xmlns="http://www.topografix.com/GPX/1/1"/>',
}


@pytest.fixture
def window(qtbot):
    QSettings().setValue(SETTINGS_KEY, [])
    with shown_window(qtbot, "2020-11-10") as win:
        yield win


@pytest.fixture
def errors(monkeypatch):
    shown = []
    monkeypatch.setattr(
        user_layers.QMessageBox, "warning", lambda parent, title, text: shown.append(text)
    )
    return shown


def _page_layers(win):
    return run_js(win.map, "Atlas.userLayers()")


def test_file_menu_offers_add_layer_layers_and_export(window):
    file_menu = next(
        a.menu() for a in window.menuBar().actions() if a.menu() and a.menu().title() == "&File"
    )
    texts = [a.text().replace("&", "") for a in file_menu.actions()]
    assert {"Add layer…", "Layers", "Export data…"} <= set(texts)
    assert texts[-1] == "Quit"


def test_export_data_from_the_menu_opens_the_dialog(window, monkeypatch):
    """The menu item imports the dialog's module when first used: it must still open it."""
    shown = []
    monkeypatch.setattr(
        data_dialog.ExportDialog, "exec", lambda d: shown.append(d) or QDialog.DialogCode.Rejected
    )
    actions = {a.text().replace("&", ""): a for a in window_menu(window, "File").actions()}
    actions["Export data…"].trigger()
    assert len(shown) == 1 and shown[0].parent() is window


def test_add_draw_remember_and_remove_a_layer(window, qtbot, tmp_path, errors):
    path = tmp_path / "trip.geojson"
    path.write_text(json.dumps(PINS))
    ident = window.user_layers.add(str(path))
    assert ident and not errors
    qtbot.waitUntil(lambda: _page_layers(window) == [ident], timeout=TIMEOUT)
    assert QSettings().value(SETTINGS_KEY) in ([str(path)], str(path))

    window.user_layers.remove(ident)
    qtbot.waitUntil(lambda: _page_layers(window) == [], timeout=TIMEOUT)
    assert not QSettings().value(SETTINGS_KEY)


def test_bad_files_show_one_error_each_and_add_nothing(window, qtbot, tmp_path, errors):
    good = tmp_path / "trip.geojson"
    good.write_text(json.dumps(PINS))
    ident = window.user_layers.add(str(good))
    qtbot.waitUntil(lambda: _page_layers(window) == [ident], timeout=TIMEOUT)
    for name, text in BAD.items():
        path = tmp_path / name
        path.write_text(text)
        assert window.user_layers.add(str(path)) is None
        assert len(errors) == 1 and str(path) in errors.pop()
    assert list(window.user_layers.layers) == [ident]
    assert _page_layers(window) == [ident]
    assert QSettings().value(SETTINGS_KEY) in ([str(good)], str(good))


def test_remembered_layers_come_back_and_missing_ones_are_dropped(window, qtbot, tmp_path):
    good = tmp_path / "pins.geojson"
    good.write_text(json.dumps(PINS))
    QSettings().setValue(SETTINGS_KEY, [str(good), str(tmp_path / "gone.kml")])
    layers = UserLayers(window)
    layers.restore()
    assert list(layers.layers.values()) == [str(good)]
    assert "gone.kml" in window.statusBar().currentMessage()
    assert QSettings().value(SETTINGS_KEY) in ([str(good)], str(good))
    (ident,) = layers.layers
    qtbot.waitUntil(lambda: ident in _page_layers(window), timeout=TIMEOUT)


def test_export_data_writes_or_shows_one_error(window, tmp_path, errors):
    out = tmp_path / "atlas.kml"
    options = {"fmt": "kml", "path": str(out), "start": None, "end": None}
    assert export_data(window, options)
    assert out.stat().st_size > 1000 and "control periods" in window.statusBar().currentMessage()
    assert not export_data(window, {**options, "path": str(tmp_path / "no" / "a.kml")})
    assert len(errors) == 1 and "does not exist" in errors[0]
