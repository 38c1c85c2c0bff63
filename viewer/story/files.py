"""Which story is open: swap it without reloading the page, remember recent ones, menus.

The story is the one piece of the atlas data a user replaces while the app runs (File →
Open story…, a recent story, ``--story FILE``). :class:`StoryController` owns the current
story; the panel, the pop-ups and the map clicks follow its ``story_changed`` signal. A
broken file still loads what is valid (its problems are listed); a file that cannot be read
at all leaves the current story in place.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu

from geodata.i18n import QT_TRANSLATE_NOOP
from geodata.problems import Problem
from geodata.story import DEFAULT_STORY, UNREADABLE, Story, load_story
from viewer.i18n import Texts
from viewer.settings import setting_paths

__all__ = ["MAX_RECENT", "RECENT_KEY", "StoryController", "recent_stories", "story_menu_actions"]

RECENT_KEY = "story/recent"
MAX_RECENT = 8


def recent_stories() -> list[str]:
    """Recently opened story files, most recent first (QSettings ``story/recent``)."""
    return setting_paths(RECENT_KEY)[:MAX_RECENT]


def remember_story(path: str) -> None:
    recent = [path] + [p for p in recent_stories() if p != path]
    QSettings().setValue(RECENT_KEY, recent[:MAX_RECENT])


class StoryController(QObject):
    """The current story and its problems; :meth:`open` swaps it in place."""

    story_changed = Signal()

    def __init__(self, session, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        data = session.data
        self.story: Story | None = data.story
        self.path = str(data.story_path or DEFAULT_STORY)
        file = data.story.file if data.story else self.path
        self.problems: list[Problem] = [p for p in data.problems if str(p.file) == file]

    def open(self, path: str | Path) -> tuple[bool, str]:
        """Load ``path`` as the current story; ``(loaded, message for the user)``.

        A missing or unreadable file changes nothing. A file with problems loads its
        valid sections and the message says how many problems it has.
        """
        path = str(path)
        if not Path(path).exists():
            return False, self.tr(
                "Cannot open the story {path}: there is no such file. The current story stays."
            ).format(path=path)
        data = self.session.data
        story, problems = load_story(path, known_places=set(data.places) or None)
        unreadable = [p.message for p in problems if p.message.startswith(UNREADABLE)]
        if unreadable:
            reason = "; ".join(unreadable)
            return False, self.tr(
                "Cannot open the story {path}: {reason}. The current story stays."
            ).format(path=path, reason=reason)
        old_file = self.story.file if self.story else self.path
        data.problems[:] = [p for p in data.problems if str(p.file) != old_file] + problems
        data.story, data.story_path = story, path  # for anyone who reads it from the data
        self.story, self.path, self.problems = story, path, problems
        remember_story(path)
        self.story_changed.emit()
        name, count = Path(path).name, len(story.sections)
        if problems:
            return True, self.tr(
                "Opened {name}. Sections loaded: {count}; problems: {problems}"
                " — see the list under the story."
            ).format(name=name, count=count, problems=len(problems))
        return True, self.tr("Opened {name}. Sections: {count}.").format(name=name, count=count)


def story_menu_actions(window, panel, file_menu, view_menu) -> dict[str, QAction]:
    """Add File → Open story…, File → Recent stories and View → Story pop-ups.

    ``panel`` is the :class:`viewer.story.panel.StoryPanel`. Returns the actions by name
    (``open``, ``popups``) so that the window and tests can reach them.
    """
    first = file_menu.actions()[0] if file_menu.actions() else None
    texts = Texts(window, "StoryController")
    open_action = QAction(window)
    texts.bind(open_action.setText, QT_TRANSLATE_NOOP("StoryController", "Open &story…"))
    open_action.setShortcut("Ctrl+O")

    def choose() -> None:
        start = str(Path(panel.stories.path).parent)
        path, _ = QFileDialog.getOpenFileName(
            window,
            texts.tr_(QT_TRANSLATE_NOOP("StoryController", "Open story")),
            start,
            texts.tr_(
                QT_TRANSLATE_NOOP(
                    "StoryController", "Stories (*.md *.markdown *.txt);;All files (*)"
                )
            ),
        )
        if path:
            panel.open_story(path)

    open_action.triggered.connect(choose)
    file_menu.insertAction(first, open_action)
    recent_menu = QMenu(window)
    texts.bind(recent_menu.setTitle, QT_TRANSLATE_NOOP("StoryController", "&Recent stories"))
    file_menu.insertMenu(first, recent_menu)
    file_menu.insertSeparator(first)

    def fill_recent() -> None:
        recent_menu.clear()
        for path in recent_stories():
            action = recent_menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: panel.open_story(p))
        recent_menu.setEnabled(bool(recent_menu.actions()))

    recent_menu.aboutToShow.connect(fill_recent)
    fill_recent()

    popups = QAction(window)
    texts.bind(popups.setText, QT_TRANSLATE_NOOP("StoryController", "Story &pop-ups"))
    popups.setCheckable(True)
    popups.setChecked(panel.callouts_enabled)
    popups.toggled.connect(panel.set_callouts_enabled)
    view_menu.addAction(popups)
    return {"open": open_action, "recent": recent_menu.menuAction(), "popups": popups}
