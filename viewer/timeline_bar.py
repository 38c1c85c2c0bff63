"""The timeline bar under the map: the date slider and its controls (placeholder)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QSlider, QWidget


class TimelineBar(QWidget):
    """Gets the session; changes the date only through ``session.set_date``."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        slider = QSlider(Qt.Orientation.Horizontal, self)
        first, last = session.data.first_day, session.data.last_day
        slider.setRange(0, (last - first).days)
        slider.setValue((session.date - first).days)
        slider.valueChanged.connect(
            lambda v: session.set_date(first.fromordinal(first.toordinal() + v))
        )
        QHBoxLayout(self).addWidget(slider)

    def install_shortcuts(self, window) -> None:
        """Window-wide timeline keys (Left/Right, PageUp/PageDown, Home/End, Space)."""
