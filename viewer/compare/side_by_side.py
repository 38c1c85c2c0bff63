"""Compare side by side: a second map at date A beside the main map at date B.

The second map is a full atlas page of its own, made only when asked for (a page costs
memory and a second or so). It has its own session over the same loaded data, so its date
is date A whatever the timeline does, and it follows the main map's pan and zoom (the
main map leads; the second never steers it, so there is no echo).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow

from geodata.i18n import QT_TRANSLATE_NOOP
from viewer.i18n import Texts
from viewer.map.controller import MapController
from viewer.map.view import MapView
from viewer.menus import window_menu
from viewer.session import Session

__all__ = ["SideBySide", "install_side_by_side"]


class SideBySide(QDockWidget):
    """A dock left of the main map showing the map at date A of the compare panel."""

    def __init__(self, window: QMainWindow, panel):
        super().__init__(window)
        self.texts = Texts(self, "SideBySide")
        self.texts.bind(self.setWindowTitle, QT_TRANSLATE_NOOP("SideBySide", "Map at date A"))
        self.setObjectName("side-by-side-dock")
        self.window_ = window
        self.panel = panel
        self.map: MapView | None = None
        self.controller: MapController | None = None
        self.session: Session | None = None
        panel.datesChanged.connect(self._follow_dates)
        self.visibilityChanged.connect(self._on_visibility)

    def changeEvent(self, event) -> None:
        """A new language: the second map's words follow (the first map's are the window's)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and getattr(self, "controller", None):
            self.controller.retranslate()

    def _on_visibility(self, visible: bool) -> None:
        if visible and self.map is None:
            self._open()

    def _open(self) -> None:
        """Make the second page, at date A, framed like the main map."""
        main = self.window_
        self.session = Session(main.session.data, self.panel.dates[0])
        self.map = MapView(self)
        self.setWidget(self.map)
        self.controller = MapController(self.map, self.session, main.controller.view)
        main.map.bridge.viewChanged.connect(self._follow_view)
        # Half of the map's room, not a dock's narrow default: two maps of a size.
        main.resizeDocks([self], [main.map.width() // 2], Qt.Orientation.Horizontal)

    def _on_triggered(self, shown: bool) -> None:
        """Asked for from the menu: the main map goes to date B, so the two read A | B.
        (A dock brought back by the saved window state leaves the main date alone.)"""
        if shown:
            self.window_.session.set_date(self.panel.dates[1])

    def _follow_dates(self, a: date, _b: date) -> None:
        if self.session is not None:
            self.session.set_date(a)

    def _follow_view(self, bounds, _zoom: int) -> None:
        if self.map is not None:
            self.controller.frame(bounds)

    @property
    def date(self) -> date | None:
        return self.session.date if self.session else None


def install_side_by_side(window: QMainWindow) -> SideBySide:
    """View → "Side by side: date A | date B" (Ctrl+Shift+K); needs install_compare first."""
    dock = SideBySide(window, window.compare_panel)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    dock.hide()
    action = dock.toggleViewAction()
    action.triggered.connect(dock._on_triggered)
    dock.texts.bind(
        action.setText, QT_TRANSLATE_NOOP("SideBySide", "Side by side: date A | date B")
    )
    action.setShortcut(QKeySequence("Ctrl+Shift+K"))
    window_menu(window, "View").addAction(action)
    return dock
