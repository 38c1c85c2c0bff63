"""The classroom features on the main window: present, themes, type size, handout, description.

``install_classroom(window)`` adds them to a built :class:`~viewer.window.MainWindow`:

- View → Present (F5), View → Theme, View → Larger / Smaller / Reset text size
  (Ctrl++, Ctrl+-, Ctrl+0);
- File → Export handout…;
- a "Map description" dock under the story: the map at the current date in plain words
  (:func:`geodata.describe.describe`), exposed to screen readers.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMenu, QScrollArea

from geodata.describe import describe
from viewer.classroom.presentation import Presentation
from viewer.classroom.themes import THEMES, ThemeManager
from viewer.menus import window_menu

__all__ = ["Classroom", "install_classroom"]


class Classroom(QObject):
    """Holds what ``install_classroom`` made, for the window and tests to reach."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.themes = ThemeManager(window.controller, self)
        self.presentation = Presentation(window, self.themes, self)
        self.actions: dict[str, QAction] = {}
        self._build_menus()
        self._build_description()
        window.session.date_changed.connect(self.update_description)
        self.update_description()

    def _add(self, menu: QMenu, name: str, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        self.window.addAction(action)  # shortcuts keep working while the menu bar is hidden
        self.actions[name] = action
        return action

    def _build_menus(self) -> None:
        w = self.window
        file_menu, view_menu = window_menu(w, "File"), window_menu(w, "View")
        quit_action = next((a for a in file_menu.actions() if "Quit" in a.text()), None)
        handout = QAction("Export &handout…", w)
        handout.triggered.connect(self.export_handout)
        file_menu.insertAction(quit_action, handout)
        self.actions["handout"] = handout

        view_menu.addSeparator()
        self._add(view_menu, "present", "&Present", self.presentation.toggle, "F5")
        theme_menu = view_menu.addMenu("&Theme")
        group = QActionGroup(self)
        for theme in THEMES.values():
            action = QAction(theme.title, group, checkable=True)
            action.setChecked(theme.name == self.themes.name)
            action.triggered.connect(lambda _=False, n=theme.name: self.themes.set_theme(n))
            theme_menu.addAction(action)
            self.actions[f"theme:{theme.name}"] = action
        self._add(view_menu, "larger", "&Larger text", self.themes.larger, "Ctrl++")
        self._add(view_menu, "smaller", "&Smaller text", self.themes.smaller, "Ctrl+-")
        self._add(view_menu, "reset", "&Reset text size", self.themes.reset_font, "Ctrl+0")

    def _build_description(self) -> None:
        self.description = QLabel()
        self.description.setObjectName("map-description")
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        self.description.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.description.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable with Tab
        self.description.setAccessibleName("Map description")
        self.description.setMargin(6)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.description)
        self.dock = QDockWidget("Map description", self.window)
        self.dock.setObjectName("description-dock")
        self.dock.setWidget(scroll)
        w = self.window
        w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        story_dock = getattr(w, "story_dock", None)
        if story_dock is not None:
            w.splitDockWidget(story_dock, self.dock, Qt.Orientation.Vertical)
        window_menu(w, "View").addAction(self.dock.toggleViewAction())

    def update_description(self, *_args) -> None:
        session = self.window.session
        text = describe(session.data.control, session.date)
        self.description.setText(text)
        self.description.setAccessibleDescription(text)

    def export_handout(self) -> None:
        from viewer.exports.handout import export_handout_dialog

        export_handout_dialog(self.window, self.window.session)


def install_classroom(window) -> Classroom:
    """Add the classroom features to ``window``; keep the result (``window.classroom``)."""
    return Classroom(window)
