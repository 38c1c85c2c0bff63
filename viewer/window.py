"""The main window: the map in the middle, the story dock, the timeline below, the menus.

The window only wires: it owns no facts. Data comes from ``viewer.session.Session``; the
map is driven by ``viewer.map.controller.MapController``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from geodata.i18n import QT_TRANSLATE_NOOP, translate
from geodata.views import DEFAULT_VIEW, VIEWS
from viewer.classroom.install import install_classroom
from viewer.compare.install import install_compare
from viewer.compare.side_by_side import install_side_by_side
from viewer.i18n import Texts, install_language_menu
from viewer.layout import STORY_SHARE, Layout, hold_height
from viewer.map.controller import MapController
from viewer.map.view import MapView
from viewer.session import Session
from viewer.settings import drop, setting_bytes
from viewer.story.files import story_menu_actions
from viewer.story.panel import StoryPanel
from viewer.timeline.bar import TimelineBar
from viewer.user_layers import install_data_menus

log = logging.getLogger(__name__)

ABOUT = QT_TRANSLATE_NOOP(
    "MainWindow",
    "<h2>Caucasus Atlas</h2>"
    "<p>An offline atlas of the South Caucasus conflict, 1923 to today: who held each area on "
    "each date, with sources and confidence, and a news article tied to the places and dates "
    "it covers.</p>"
    "<p>Lines and areas are approximate. Contested facts are shown as contested, with both "
    "claims.</p>"
    "<h3>Data credits</h3>",
)


class MainWindow(QMainWindow):
    """``languageChanged`` follows Qt's ``LanguageChange``: View → Language applies at once."""

    languageChanged = Signal()

    def __init__(self, session: Session, view: str = DEFAULT_VIEW, map_view: MapView | None = None):
        super().__init__()
        self.session = session
        self.texts = Texts(self, "MainWindow")
        self.setWindowTitle("Caucasus Atlas")
        self.resize(1400, 860)

        self.map = map_view or MapView(self)
        self.setCentralWidget(self.map)
        self.controller = MapController(self.map, session, view)

        self.story_dock = QDockWidget(self)
        self.texts.bind(self.story_dock.setWindowTitle, QT_TRANSLATE_NOOP("MainWindow", "Story"))
        self.story_dock.setObjectName("story-dock")
        self.story_panel = StoryPanel(session, self.controller, self.story_dock)
        self.story_dock.setWidget(self.story_panel)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.story_dock)

        self.timeline = TimelineBar(session, self)
        self.timeline_dock = timeline_dock = QDockWidget(self)
        self.texts.bind(timeline_dock.setWindowTitle, QT_TRANSLATE_NOOP("MainWindow", "Timeline"))
        timeline_dock.setObjectName("timeline-dock")
        timeline_dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        timeline_dock.setTitleBarWidget(QWidget())
        timeline_dock.setWidget(self.timeline)
        # Never taller than it needs: alone in the bottom area, it cannot keep the room a
        # closed panel (the chart) had, so that room goes back to the map.
        hold_height(timeline_dock)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, timeline_dock)
        self.timeline.install_shortcuts(self)
        self.story_panel.stories.story_changed.connect(
            lambda: self.timeline.set_story(session.data.story)
        )

        self._build_menus()
        self.compare = install_compare(self)
        self.side_by_side = install_side_by_side(self)
        self.classroom = install_classroom(self)
        self.dock_layout = Layout(self, self.story_dock)
        self.classroom.themes.changed.connect(self._follow_text_size)
        session.date_changed.connect(self._on_date_changed)
        self._on_date_changed(session.date)
        self._restore_settings()
        if session.problems:
            self.statusBar().showMessage(
                self.tr("Problems in the data: {count} — see Help → Data problems").format(
                    count=len(session.problems)
                ),
                0,
            )

    @classmethod
    def open(
        cls,
        date_text: str | None,
        view: str | None,
        story: str | None,
        map_view: MapView | None = None,
    ) -> MainWindow:
        """Load the data and build the window (around ``map_view`` if one is preloading)."""
        session = Session.load(date_text=date_text, story_path=story)
        return cls(session, view or DEFAULT_VIEW, map_view)

    # ---- menus ---------------------------------------------------------------------------

    def _action(self, menu, text, slot, shortcut=None, checkable=False) -> QAction:
        """An action whose ``text`` (marked with QT_TRANSLATE_NOOP) follows the language."""
        action = QAction(self)
        self.texts.bind(action.setText, text)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _menu(self, name: str, title: str):
        """A menu bar menu: ``name`` (English) finds it (viewer.menus), ``title`` shows."""
        menu = self.menuBar().addMenu("")
        menu.setObjectName(name)
        self.texts.bind(menu.setTitle, title)
        return menu

    def _build_menus(self) -> None:
        file_menu = self._menu("File", QT_TRANSLATE_NOOP("MainWindow", "&File"))
        self._action(
            file_menu,
            QT_TRANSLATE_NOOP("MainWindow", "Export &image…"),
            self._export_image,
            "Ctrl+E",
        ).setObjectName("export-image")  # compare's Export chart… goes after it
        self._action(
            file_menu, QT_TRANSLATE_NOOP("MainWindow", "Export &animation…"), self._export_animation
        )
        file_menu.addSeparator()
        quit_action = self._action(
            file_menu, QT_TRANSLATE_NOOP("MainWindow", "&Quit"), self.close, "Ctrl+Q"
        )
        quit_action.setObjectName("quit")  # features insert before it, whatever its text
        # Ctrl+Q from any focus: the map page, a floating dock, the date field.
        quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.addAction(quit_action)  # also while the menu bar is hidden (presenting)

        view_menu = self._menu("View", QT_TRANSLATE_NOOP("MainWindow", "&View"))
        self.fullscreen_action = self._action(
            view_menu,
            QT_TRANSLATE_NOOP("MainWindow", "&Fullscreen"),
            self._toggle_fullscreen,
            "F11",
            True,
        )
        view_menu.addSeparator()
        for number, (name, (title, _bounds)) in enumerate(VIEWS.items(), start=1):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, n=name: self.controller.show_view(n))
            view_menu.addAction(action)
            self.languageChanged.connect(lambda a=action, t=title: a.setText(translate("views", t)))
            action.setText(translate("views", title))
        view_menu.addSeparator()
        self.online_action = self._action(
            view_menu,
            QT_TRANSLATE_NOOP("MainWindow", "Allow &online map tiles"),
            self._toggle_online,
            None,
            True,
        )
        view_menu.addAction(self.story_dock.toggleViewAction())
        self._action(
            view_menu,
            QT_TRANSLATE_NOOP("MainWindow", "Reset &layout"),
            self.reset_layout,
            "Ctrl+Shift+L",
        )

        self.story_actions = story_menu_actions(self, self.story_panel, file_menu, view_menu)

        help_menu = self._menu("Help", QT_TRANSLATE_NOOP("MainWindow", "&Help"))
        self._action(
            help_menu,
            QT_TRANSLATE_NOOP("MainWindow", "&Keyboard shortcuts"),
            self._show_shortcuts,
            "F1",
        )
        self._action(
            help_menu, QT_TRANSLATE_NOOP("MainWindow", "Data &problems…"), self._show_problems
        )
        self._action(
            help_menu, QT_TRANSLATE_NOOP("MainWindow", "&About Caucasus Atlas"), self._show_about
        )
        install_data_menus(self)
        install_language_menu(self)

    # ---- handlers ------------------------------------------------------------------------

    def _on_date_changed(self, day) -> None:
        self.setWindowTitle(f"Caucasus Atlas — {self.session.date_label()}")

    def changeEvent(self, event) -> None:
        """A new language (View → Language): the window's own texts, the page's words, and
        every feature listening to ``languageChanged``."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "controller"):
            self._on_date_changed(self.session.date)
            self.controller.retranslate()
            self.languageChanged.emit()

    def _toggle_fullscreen(self, on: bool) -> None:
        self.showFullScreen() if on else self.showNormal()

    def _toggle_online(self, on: bool) -> None:
        self.map.set_online_tiles(on)
        self.statusBar().showMessage(
            self.tr("Online tiles allowed: switch them on in the map's layer control.")
            if on
            else self.tr("Offline: no request leaves this computer."),
            6000,
        )

    def _export_image(self) -> None:
        from viewer.exports.dialog import export_image

        export_image(self, self.session, self.controller.view)

    def _export_animation(self) -> None:
        from viewer.exports.film_dialog import export_film

        export_film(self, self.session, self.controller.view)

    def _show_about(self) -> None:
        QMessageBox.about(
            self, self.tr("About Caucasus Atlas"), self.tr(ABOUT) + self.session.credits_html()
        )

    def _show_shortcuts(self) -> None:
        from viewer.shortcuts_help import show_shortcuts

        self.shortcuts_dialog = show_shortcuts(self)

    def _show_problems(self) -> None:
        text = "\n".join(str(p) for p in self.session.problems) or self.tr(
            "No problems found in the data."
        )
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Data problems"), text, parent=self)
        box.exec()

    # ---- state ---------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        """Geometry and dock layout as last closed; anything wrong in them is dropped, and a
        layout that leaves the map too little room is replaced at the first show."""
        geometry = setting_bytes("window/geometry")
        if geometry is not None and not self.restoreGeometry(geometry):
            drop("window/geometry", "not a saved window geometry")
        if not self.dock_layout.start(setting_bytes("window/state")):
            drop("window/state", "not a saved window state")

    def showEvent(self, event) -> None:
        """A restored layout is judged once laid out: the map must keep its share."""
        super().showEvent(event)
        # After the docks shown with the window have laid out their own widgets (side by
        # side's second map is made as it shows).
        QTimer.singleShot(0, self.dock_layout.check)

    def _follow_text_size(self) -> None:
        """Larger text: the story's fonts follow the app's, and its dock widens."""
        self.story_panel.scale_fonts()
        self.dock_layout.grow_right_docks(STORY_SHARE * self.classroom.themes.font_scale)

    def reset_layout(self) -> None:
        """View → Reset layout: the docks where they were at first, the map large."""
        self.side_by_side.forget_aside()
        self.dock_layout.reset()

    def closeEvent(self, event) -> None:
        """Save the layout the user works in: presenting hides every dock (the timeline
        too) and goes fullscreen, and that must not be what the next start opens with."""
        if self.classroom.presenting:
            self.classroom.presentation.leave()
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        super().closeEvent(event)

    def close_map(self) -> None:
        """Release the web pages before Qt tears down (avoids a crash at exit)."""
        for view in self.findChildren(MapView):
            view.shutdown()
