"""Nothing in the settings file stops the app from starting: each kind of damage is dropped
with a warning in the log, and the window opens."""

from __future__ import annotations

import json
import logging

import pytest
from PySide6.QtCore import QSettings

from tests.viewer.conftest import shown_window
from viewer.user_layers import SETTINGS_KEY

PIN = {"type": "Point", "coordinates": [46.75, 39.81]}


def _deep_layer(tmp_path):
    """A layer that loaded when it was added, overwritten since with JSON nested too deep."""
    path = tmp_path / "pins.geojson"
    path.write_text("[" * 100_000 + "]" * 100_000)
    return [str(path)]


def _layer_that_raises(tmp_path, monkeypatch):
    """A remembered layer whose reader now raises something that is not the app's error."""
    path = tmp_path / "pins.geojson"
    path.write_text(json.dumps(PIN))

    def broken(_path):
        raise MemoryError("the disk gave back garbage")

    monkeypatch.setattr("geodata.exchange.user_layers.read_user_layer", broken)
    return [str(path)]


CORRUPTIONS = {
    "geometry is text": ("window/geometry", lambda tmp, mp: "not bytes", True),
    "geometry is a number": ("window/geometry", lambda tmp, mp: 42, True),
    "state is a list": ("window/state", lambda tmp, mp: ["a", "b"], True),
    "state is random bytes": ("window/state", lambda tmp, mp: b"\x00\xffjunk", True),
    "layers is a number": (SETTINGS_KEY, lambda tmp, mp: 7, True),
    "layer overwritten, nested too deep": (SETTINGS_KEY, lambda tmp, mp: _deep_layer(tmp), False),
    "layer reader raises": (SETTINGS_KEY, _layer_that_raises, False),
    "recent stories is a number": ("story/recent", lambda tmp, mp: 3, True),
    "font scale is a list": ("theme/font_scale", lambda tmp, mp: ["x"], False),
}


@pytest.mark.parametrize("kind", CORRUPTIONS)
def test_the_window_opens_with_a_corrupted_setting(kind, qtbot, tmp_path, monkeypatch, caplog):
    key, make, logged = CORRUPTIONS[kind]
    QSettings().setValue(key, make(tmp_path, monkeypatch))
    caplog.set_level(logging.WARNING)
    try:
        with shown_window(qtbot, "1994-05-12") as win:
            assert win.isVisible()
            assert win.user_layers.layers == {}  # a bad layer is not on the map
            value = QSettings().value(key)
            assert value in (None, [], "") or key.startswith("theme/")
            if logged:
                assert f"settings: {key} dropped" in caplog.text
            if key == SETTINGS_KEY and not logged:  # a file that no longer loads
                assert "dropped" in win.statusBar().currentMessage()
    finally:
        QSettings().remove(key)
