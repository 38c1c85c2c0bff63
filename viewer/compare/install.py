"""The compare features on the main window: the Compare and Territory chart docks, their
View actions (Ctrl+K, Ctrl+G) and File → Export chart….

``install_compare(window)`` makes the docks and the actions, nothing more: the compare panel
(:mod:`viewer.compare.panel`) and the chart (:mod:`viewer.compare.chart`, QtCharts) are
imported and built when their dock is first shown or when something asks for them, so a
window that never compares never pays for them (issue 16: the map must be ready fast).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMainWindow, QMessageBox

from geodata.i18n import QT_TRANSLATE_NOOP
from viewer.i18n import Texts
from viewer.menus import window_menu

__all__ = ["Compare", "install_compare"]


class Compare(QObject):
    """The two docks; ``panel`` and ``chart`` are made on first use.

    ``datesChanged`` repeats the panel's (date A, date B after every refresh), so that side
    by side can listen before the panel exists.
    """

    datesChanged = Signal(object, object)

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self._panel = None
        self._chart = None
        texts = Texts(window, "ComparePanel")
        self.dock = self._dock(
            texts,
            QT_TRANSLATE_NOOP("ComparePanel", "Compare"),
            "compare-dock",
            Qt.DockWidgetArea.RightDockWidgetArea,
            "Ctrl+K",
            lambda: self.panel,
        )
        self.chart_dock = self._dock(
            texts,
            QT_TRANSLATE_NOOP("ComparePanel", "Territory chart"),
            "chart-dock",
            Qt.DockWidgetArea.BottomDockWidgetArea,
            "Ctrl+G",
            lambda: self.chart,
        )
        timeline_dock = getattr(window, "timeline_dock", None)
        if isinstance(timeline_dock, QDockWidget):
            # Above the timeline, full width, not beside it: beside it the two share one
            # row's height, and the timeline keeps the chart's when the chart closes.
            window.splitDockWidget(self.chart_dock, timeline_dock, Qt.Orientation.Vertical)
        story_dock = getattr(window, "story_dock", None)
        if isinstance(story_dock, QDockWidget):  # full height beside the map, its own tab
            window.tabifyDockWidget(story_dock, self.dock)
        toggle = self.dock.toggleViewAction()
        toggle.triggered.connect(lambda on: on and self.dock.raise_())
        texts.bind(toggle.setText, QT_TRANSLATE_NOOP("ComparePanel", "Compare two dates…"))
        toggle.toggled.connect(lambda shown: shown or self._stop_showing_on_map())
        view_menu = window_menu(window, "View")
        view_menu.addSeparator()
        view_menu.addAction(toggle)
        view_menu.addAction(self.chart_dock.toggleViewAction())
        self._add_export_action(texts)

    def _dock(self, texts: Texts, title: str, name: str, area, key: str, make) -> QDockWidget:
        """A hidden dock (shown again if the saved state says so) whose widget ``make()``
        builds the first time the dock is shown."""
        w = self.window
        dock = QDockWidget(w)
        texts.bind(dock.setWindowTitle, title)
        dock.setObjectName(name)
        w.addDockWidget(area, dock)
        dock.hide()
        w.restoreDockWidget(dock)
        dock.visibilityChanged.connect(lambda visible: visible and make())
        # Also from the menu while the window is not shown yet (no visibility change then).
        action = dock.toggleViewAction()
        action.toggled.connect(lambda shown: shown and make())
        action.setShortcut(QKeySequence(key))
        return dock

    def _add_export_action(self, texts: Texts) -> None:
        """File → Export chart…, right after Export image…."""
        export = QAction(self.window)
        export.setObjectName("export-chart")
        texts.bind(export.setText, QT_TRANSLATE_NOOP("ComparePanel", "Export &chart…"))
        export.triggered.connect(self.export_chart)
        file_menu = window_menu(self.window, "File")
        actions = file_menu.actions()
        after = next((i for i, a in enumerate(actions) if a.objectName() == "export-image"), None)
        if after is not None and after + 1 < len(actions):
            file_menu.insertAction(actions[after + 1], export)
        else:
            file_menu.addAction(export)

    # ---- made on first use ---------------------------------------------------------------

    @property
    def panel(self):
        """The :class:`~viewer.compare.panel.ComparePanel`, made the first time it is asked for."""
        if self._panel is None:
            from viewer.compare.panel import ComparePanel

            self._panel = ComparePanel(self.window.session, self.window.controller)
            self._panel.datesChanged.connect(self.datesChanged)
            self.dock.setWidget(self._panel)
        return self._panel

    @property
    def chart(self):
        """The :class:`~viewer.compare.chart.ChartPanel`, made the first time it is asked for."""
        if self._chart is None:
            from viewer.compare.chart import ChartPanel

            self._chart = ChartPanel(self.window.session)
            self.chart_dock.setWidget(self._chart)
        return self._chart

    def _stop_showing_on_map(self) -> None:
        """The Compare dock closed: the map is the main map's again."""
        if self._panel is not None:
            self._panel.set_show_on_map(False)

    def export_chart(self) -> None:
        """File → Export chart…: the chart as it is on screen, as PNG or SVG."""
        window = self.window
        self.chart_dock.show()  # the chart is drawn at the size it has on screen
        chart = self.chart
        title = QCoreApplication.translate("ComparePanel", "Export chart")
        path, chosen = QFileDialog.getSaveFileName(
            window,
            title,
            "territory-chart.png",
            QCoreApplication.translate("ComparePanel", "PNG image (*.png);;SVG drawing (*.svg)"),
        )
        if not path:
            return
        if not path.lower().endswith((".png", ".svg")):
            path += ".svg" if "svg" in chosen.lower() else ".png"
        try:
            chart.export_chart(path)
        except (OSError, ValueError) as exc:
            QMessageBox.warning(window, title, str(exc))
            return
        window.statusBar().showMessage(
            QCoreApplication.translate("ComparePanel", "Chart saved to {path}").format(path=path),
            6000,
        )


def install_compare(window: QMainWindow) -> Compare:
    """Add the Compare and Territory chart docks (hidden at first) and their menu actions;
    keep the result (``window.compare``).

    Needs ``window.session`` and ``window.controller`` (when a dock is first shown). Call it
    after the menus are built.
    """
    return Compare(window)
