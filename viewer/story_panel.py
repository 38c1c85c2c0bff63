"""The story dock: the article's sections in order, following the date (placeholder)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class StoryPanel(QWidget):
    """Gets the session (date, story) and the map controller (fly-to, highlight)."""

    def __init__(self, session, controller, parent=None):
        super().__init__(parent)
        self.session = session
        self.controller = controller
        layout = QVBoxLayout(self)
        title = session.data.story.meta.title if session.data.story else "No story loaded"
        layout.addWidget(QLabel(title))
