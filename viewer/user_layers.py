"""File → Add layer…, the Layers submenu and File → Export data…: data in and out.

The Export data dialog and the export are :mod:`viewer.exports.data_dialog`, imported at its
first use.

A user's layer (GeoJSON, KML or GPX) is read and checked by
:func:`geodata.exchange.user_layers.read_user_layer`; only a file that passes every check
reaches the map, as GeoJSON served at ``atlas://app/user/<id>.geojson`` and an
``AddUserLayer`` message. Anything wrong is one message box and nothing changes. Added
files are remembered (QSettings ``layers/user``) and added again at the next start; one
that no longer loads is dropped with a status-bar message.

Wire it with one line at the end of ``MainWindow._build_menus``::

    install_data_menus(self)
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from geodata.i18n import QT_TRANSLATE_NOOP
from geodata.problems import AtlasError
from viewer.i18n import Texts, on_language_change
from viewer.menus import window_menu
from viewer.settings import setting_paths

__all__ = ["SETTINGS_KEY", "UserLayers", "install_data_menus"]

SETTINGS_KEY = "layers/user"
FILE_FILTER = QT_TRANSLATE_NOOP(
    "UserLayers",
    "Map layers (*.geojson *.json *.kml *.gpx);;GeoJSON (*.geojson *.json);;KML (*.kml);;"
    "GPX (*.gpx)",
)
log = logging.getLogger(__name__)
COLOURS = ("#6a3d9a", "#b15928", "#1f78b4", "#33a02c", "#e31a1c", "#ff7f00")


def layer_id(path: str) -> str:
    """A stable id for a file (the same file keeps its id between runs)."""
    return "user-" + hashlib.sha1(str(Path(path).resolve()).encode()).hexdigest()[:10]


def remembered() -> list[str]:
    return setting_paths(SETTINGS_KEY)


class UserLayers(QObject):
    """The user's layers on one map: add, remove, remember."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        self.layers: dict[str, str] = {}  # id -> path, in the order added
        self.colours: dict[str, str] = {}  # id -> its colour on the map and in the legend
        self.menu = QMenu(window)
        self.menu.aboutToShow.connect(self._fill_menu)
        on_language_change(window, lambda: self.menu.setTitle(self.tr("&Layers")))

    # ---- adding and removing ----------------------------------------------------------

    def add(self, path: str, remember: bool = True) -> str | None:
        """Add ``path`` to the map; its id, or None (and one message box) if it is refused."""
        try:
            ident = self._add(path)
        except AtlasError as exc:
            QMessageBox.warning(self.window, self.tr("Cannot add the layer"), str(exc))
            return None
        if remember:
            self._remember()
        return ident

    def _add(self, path: str) -> str:
        from geodata.exchange.user_layers import read_user_layer

        path = str(Path(path).resolve())
        ident = layer_id(path)
        if ident in self.layers:
            raise AtlasError(self.tr("{path}: this layer is already on the map").format(path=path))
        collection = read_user_layer(path)
        url = self.controller.map.serve(f"user/{ident}.geojson", json.dumps(collection).encode())
        colour = self._free_colour()
        self.controller.add_user_layer(ident, Path(path).name, url, colour)
        self.layers[ident] = path
        self.colours[ident] = colour
        return ident

    def _free_colour(self) -> str:
        """A colour no layer on the map has (after a removal, the freed one comes back)."""
        used = set(self.colours.values())
        free = [c for c in COLOURS if c not in used]
        return free[0] if free else COLOURS[len(self.layers) % len(COLOURS)]

    def remove(self, ident: str) -> None:
        self.colours.pop(ident, None)
        if self.layers.pop(ident, None) is not None:
            self.controller.remove_user_layer(ident)
            self._remember()

    def restore(self) -> None:
        """Add the remembered layers again; drop (and say so) the ones that no longer load.

        Whatever a remembered file now raises, the app starts: it is dropped and logged.
        """
        dropped = []
        paths = remembered()
        for path in paths:
            try:
                self._add(path)
            except AtlasError as exc:
                dropped.append(str(exc))
            except Exception as exc:  # a file changed under us must never stop the start
                log.warning("remembered layer %s dropped: %r", path, exc)
                dropped.append(
                    self.tr("{path}: cannot be read ({error})").format(
                        path=path, error=type(exc).__name__
                    )
                )
        if list(self.layers.values()) != paths:  # a write syncs the file: ms of the start
            self._remember()
        if dropped:
            self.window.statusBar().showMessage(
                self.tr("Layer dropped: {layers}").format(layers="; ".join(dropped)), 15000
            )

    def _remember(self) -> None:
        QSettings().setValue(SETTINGS_KEY, list(self.layers.values()))

    # ---- menus ------------------------------------------------------------------------

    def ask_and_add(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Add layer"), "", self.tr(FILE_FILTER)
        )
        if path and self.add(path):
            self.window.statusBar().showMessage(
                self.tr("Added layer {name}").format(name=Path(path).name), 6000
            )

    def _fill_menu(self) -> None:
        self.menu.clear()
        if not self.layers:
            empty = self.menu.addAction(self.tr("No layers added"))
            empty.setEnabled(False)
            return
        for ident, path in self.layers.items():
            action = self.menu.addAction(self.tr("Remove {name}").format(name=Path(path).name))
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, i=ident: self.remove(i))


def _export_data(window) -> None:
    """File → Export data…: the dialog's module is imported when first asked for."""
    from viewer.exports.data_dialog import export_data

    export_data(window)


def _before_quit(menu: QMenu) -> QAction | None:
    """Where to insert: before the separator above Quit (or Quit itself); None: at the end."""
    actions = menu.actions()
    for i, action in enumerate(actions):
        if action.objectName() == "quit" or action.text().replace("&", "") == "Quit":
            return actions[i - 1] if i and actions[i - 1].isSeparator() else action
    return None


def install_data_menus(window) -> UserLayers:
    """Add File → Add layer…, Layers, Export data… (before Quit) and restore the layers."""
    menu = window_menu(window, "File")
    layers = UserLayers(window)
    before = _before_quit(menu)
    texts = Texts(window, "ExportDialog")
    add = QAction(window)
    texts.bind(add.setText, QT_TRANSLATE_NOOP("ExportDialog", "&Add layer…"))
    add.triggered.connect(layers.ask_and_add)
    export = QAction(window)
    texts.bind(export.setText, QT_TRANSLATE_NOOP("ExportDialog", "Export &data…"))
    export.triggered.connect(lambda: _export_data(window))
    menu.insertAction(before, add)
    menu.insertMenu(before, layers.menu)
    menu.insertAction(before, export)
    window.user_layers = layers
    layers.restore()
    return layers
