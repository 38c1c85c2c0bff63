"""Compare side by side: a second map at date A beside the main map at date B.

The second map is a full atlas page of its own, made only when asked for (a page costs
memory and a second or so). It has its own session over the same loaded data, so its date
is date A whatever the timeline does, and it follows the main map's pan and zoom (the
main map leads; the second never steers it, so there is no echo).

While the two are shown the main map *is* map B: date B and the main date are kept one
(a new date B moves the main map; the timeline moving the main map moves date B), so map B
never shows A's date or a date from before side by side opened. Two maps need the width: the
docks on the right (Story, Compare) step aside while side by side is on and come back
after, and the two maps share the rest half and half (:data:`MIN_MAP_SHARE` each at least).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow

from geodata.i18n import QT_TRANSLATE_NOOP
from viewer.i18n import Texts
from viewer.map.controller import MapController
from viewer.map.view import MapView
from viewer.menus import window_menu
from viewer.session import Session

__all__ = ["MIN_MAP_SHARE", "SideBySide", "install_side_by_side"]

MIN_MAP_SHARE = 0.4  # of the window's width, for each of the two maps


class SideBySide(QDockWidget):
    """A dock left of the main map showing the map at date A of the compare panel."""

    def __init__(self, window: QMainWindow, compare):
        super().__init__(window)
        self.texts = Texts(self, "SideBySide")
        self.texts.bind(self.setWindowTitle, QT_TRANSLATE_NOOP("SideBySide", "Map at date A"))
        self.setObjectName("side-by-side-dock")
        self.window_ = window
        self.compare = compare  # viewer.compare.install.Compare: its panel is made on use
        self.map: MapView | None = None
        self.controller: MapController | None = None
        self.session: Session | None = None
        self._aside: list[QDockWidget] = []  # right-hand docks hidden while side by side
        compare.datesChanged.connect(self._follow_dates)
        window.session.date_changed.connect(self._follow_main_date)
        self.visibilityChanged.connect(self._on_visibility)
        self.toggleViewAction().toggled.connect(self._on_shown)

    @property
    def panel(self):
        """The compare panel, whose dates A and B the two maps show."""
        return self.compare.panel

    @property
    def on(self) -> bool:
        """Shown in the window (a tab behind another counts): map B is the main map."""
        return self.map is not None and not self.isHidden()

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
        classroom = getattr(main, "classroom", None)
        if classroom is not None:  # the two maps in one theme: the same colours mean the same
            classroom.themes.changed.connect(self._follow_theme)
            self._follow_theme()
        # Shown by the saved window state, not from the menu: the main date stays (a --date
        # is kept), so date B becomes it. After the menu's own handler, which does the
        # opposite (the main date becomes B) and so leaves nothing to do here.
        QTimer.singleShot(0, lambda: self._follow_main_date(main.session.date))

    def _on_triggered(self, shown: bool) -> None:
        """Asked for from the menu: the main map goes to date B, so the two read A | B."""
        if shown:
            self.window_.session.set_date(self.panel.dates[1])

    def _on_shown(self, shown: bool) -> None:
        """Make room for two maps on showing; give the right-hand docks back on closing."""
        main = self.window_
        layout = getattr(main, "dock_layout", None)
        if shown and (layout is None or layout.starting):
            # Brought back by the saved layout, where the docks it put aside are already
            # hidden: on closing, the story comes back (what it put aside last time).
            self._aside = [main.story_dock]
        elif shown:
            self._aside = [
                d
                for d in main.findChildren(QDockWidget)
                if main.dockWidgetArea(d) == Qt.DockWidgetArea.RightDockWidgetArea
                and not d.isHidden()
                and not d.isFloating()
            ]
            for dock in self._aside:
                dock.hide()
            QTimer.singleShot(0, self._halve)
        else:
            aside, self._aside = self._aside, []
            for dock in aside:
                dock.show()

    def forget_aside(self) -> None:
        """The window's layout is reset: the docks put aside are the layout's business now."""
        self._aside = []

    def _halve(self) -> None:
        """The two maps half and half of the width the window leaves them."""
        main = self.window_
        if self.isHidden() or self.isFloating():
            return
        both = self.width() + main.map.width()
        main.resizeDocks([self], [both // 2], Qt.Orientation.Horizontal)

    def _follow_dates(self, a: date, b: date) -> None:
        if self.session is not None:
            self.session.set_date(a)
        if self.on:
            self.window_.session.set_date(b)

    def _follow_main_date(self, day: date) -> None:
        if self.on and self.panel.dates[1] != day:
            self.panel.set_date_b(day)

    def _follow_theme(self) -> None:
        themes = self.window_.classroom.themes
        self.controller.set_palette(themes.theme.palette)
        self.controller.set_theme(themes.name, themes.page_scale, presenting=themes.presenting)

    def _follow_view(self, bounds, _zoom: int) -> None:
        if self.map is not None:
            self.controller.frame(bounds)

    @property
    def date(self) -> date | None:
        return self.session.date if self.session else None


def install_side_by_side(window: QMainWindow) -> SideBySide:
    """View → "Side by side: date A | date B" (Ctrl+Shift+K); needs install_compare first."""
    dock = SideBySide(window, window.compare)
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
