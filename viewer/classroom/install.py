"""The classroom features on the main window: present, themes, type size, handout, description.

``install_classroom(window)`` adds them to a built :class:`~viewer.window.MainWindow`:

- View → Present (F5), View → Theme, View → Larger / Smaller / Reset text size
  (Ctrl++, Ctrl+-, Ctrl+0);
- File → Export handout…;
- a "Map description" dock under the story: the map at the current date in plain words
  (:func:`geodata.describe.describe`), exposed to screen readers.

Presentation mode (:mod:`viewer.classroom.presentation`: the tour, the presenter view) is
imported and made at the first F5, not with the window (issue 16: start fast).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMenu, QScrollArea

from geodata.describe import describe
from geodata.i18n import QT_TRANSLATE_NOOP, translate
from viewer.classroom.themes import THEMES, ThemeManager
from viewer.i18n import Texts, on_language_change
from viewer.menus import window_menu

__all__ = ["Classroom", "install_classroom"]


class Classroom(QObject):
    """Holds what ``install_classroom`` made, for the window and tests to reach."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.themes = ThemeManager(window.controller, self)
        self._presentation = None
        self.actions: dict[str, QAction] = {}
        self.texts = Texts(window, "Classroom")
        self._build_menus()
        self._build_description()
        window.session.date_changed.connect(self.update_description)
        self.update_description()

    @property
    def presentation(self):
        """The :class:`~viewer.classroom.presentation.Presentation`, made on first use."""
        if self._presentation is None:
            from viewer.classroom.presentation import Presentation

            self._presentation = Presentation(self.window, self.themes, self)
        return self._presentation

    @property
    def presenting(self) -> bool:
        """In presentation mode now (False before the first F5, without making it)."""
        return self._presentation is not None and self._presentation.active

    def _add(self, menu: QMenu, name: str, text: str, slot, shortcut=None) -> QAction:
        """An action; ``text`` is a marked source that follows the language."""
        action = QAction(self.window)
        self.texts.bind(action.setText, text)
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
        quit_action = next((a for a in file_menu.actions() if a.objectName() == "quit"), None)
        handout = QAction(w)
        self.texts.bind(handout.setText, QT_TRANSLATE_NOOP("Classroom", "Export &handout…"))
        handout.triggered.connect(self.export_handout)
        file_menu.insertAction(quit_action, handout)
        self.actions["handout"] = handout

        view_menu.addSeparator()
        self._add(
            view_menu,
            "present",
            QT_TRANSLATE_NOOP("Classroom", "&Present"),
            lambda: self.presentation.toggle(),
            "F5",
        )
        theme_menu = view_menu.addMenu("")
        self.texts.bind(theme_menu.setTitle, QT_TRANSLATE_NOOP("Classroom", "&Theme"))
        group = QActionGroup(self)
        for theme in THEMES.values():
            action = QAction(group, checkable=True)
            on_language_change(
                w, lambda a=action, t=theme.title: a.setText(translate("ThemeManager", t))
            )
            action.setChecked(theme.name == self.themes.name)
            action.triggered.connect(lambda _=False, n=theme.name: self.themes.set_theme(n))
            theme_menu.addAction(action)
            self.actions[f"theme:{theme.name}"] = action
        for name, text, slot, keys in (
            (
                "larger",
                QT_TRANSLATE_NOOP("Classroom", "&Larger text"),
                self.themes.larger,
                "Ctrl++",
            ),
            (
                "smaller",
                QT_TRANSLATE_NOOP("Classroom", "&Smaller text"),
                self.themes.smaller,
                "Ctrl+-",
            ),
            (
                "reset",
                QT_TRANSLATE_NOOP("Classroom", "&Reset text size"),
                self.themes.reset_font,
                "Ctrl+0",
            ),
        ):
            self._add(view_menu, name, text, slot, keys)

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
        self.texts.bind(
            self.description.setAccessibleName, QT_TRANSLATE_NOOP("Classroom", "Map description")
        )
        self.description.setMargin(6)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.description)
        self.dock = QDockWidget(self.window)
        self.texts.bind(self.dock.setWindowTitle, QT_TRANSLATE_NOOP("Classroom", "Map description"))
        self.dock.setObjectName("description-dock")
        self.dock.setWidget(scroll)
        w = self.window
        w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        story_dock = getattr(w, "story_dock", None)
        if story_dock is not None:
            w.splitDockWidget(story_dock, self.dock, Qt.Orientation.Vertical)
        window_menu(w, "View").addAction(self.dock.toggleViewAction())
        on_language_change(w, self.update_description)  # describe() writes in the language

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
