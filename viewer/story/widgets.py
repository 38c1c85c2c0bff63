"""The story panel's parts: a section card, an inert text browser, a collapsible problem list.

Story text is untrusted: labels showing it are plain text, and the browser that shows a
section's (already safe) HTML never loads a resource and opens only http(s) links, in the
system browser.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

__all__ = ["TEXT_CSS", "ProblemList", "SafeTextBrowser", "SectionCard"]

# The section text: large, high-contrast; fact-check notes in a box of their own.
TEXT_CSS = """
h2 { margin: 0 0 4px 0; }
p { margin: 0 0 10px 0; line-height: 135%; }
.when { color: #5a3300; font-weight: bold; }
.credit { color: #4a4540; font-size: small; }
.source { color: #4a4540; }
.note { margin: 0; }
a { color: #0b4f8a; }
"""
CHIP_STYLE = "background-color:#e4e9f0; color:#1d2b3a;"


class SafeTextBrowser(QTextBrowser):
    """A QTextBrowser that loads nothing and hands http(s) links to the system browser.

    ``refused`` lists every resource the document asked for (images, style sheets): none
    is ever loaded, so a story cannot fetch anything, local or remote.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.refused: list[str] = []
        self.setOpenLinks(False)  # never navigate inside the panel
        self.setOpenExternalLinks(False)  # links go through _open_link, http(s) only
        self.anchorClicked.connect(self._open_link)
        self.document().setDefaultStyleSheet(TEXT_CSS)

    def loadResource(self, kind, url):
        self.refused.append(url.toString())
        return None

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() in {"http", "https"} and url.host():
            QDesktopServices.openUrl(url)


class SectionCard(QFrame):
    """One section in the list: a date badge, the heading and its place chips.

    ``current`` (the section covers the date) and ``selected`` (shown below) are dynamic
    properties the panel's style sheet picks up.
    """

    clicked = Signal(str)

    def __init__(self, section_id: str, title: str, when: str, chips: list[str], parent=None):
        super().__init__(parent)
        self.section_id = section_id
        self.setObjectName("section-card")
        self.setProperty("current", False)
        self.setProperty("selected", False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.retranslate()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        self.badge = QLabel(when)
        self.badge.setObjectName("badge")
        self.badge.setTextFormat(Qt.TextFormat.PlainText)
        self.title = QLabel(title)
        self.title.setObjectName("section-title")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        layout.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.title)
        if chips:
            self.chips = QLabel(
                " ".join(
                    f'<span style="{CHIP_STYLE}">&nbsp;{escape(c)}&nbsp;</span>' for c in chips
                )
            )
            self.chips.setObjectName("chips")
            self.chips.setTextFormat(Qt.TextFormat.RichText)
            self.chips.setWordWrap(True)
            layout.addWidget(self.chips)

    def retranslate(self) -> None:
        self.setToolTip(self.tr("Show this section: move the timeline and the map to it"))

    def resizeEvent(self, event) -> None:
        """A date too long for the card (Armenian dates are) wraps over the card's width;
        one that fits stays a compact badge on the left."""
        super().resizeEvent(event)
        if not self.badge.wordWrap():  # its width on one line, as styled now
            self._badge_width = self.badge.sizeHint().width()
        margins = self.layout().contentsMargins()
        room = self.contentsRect().width() - margins.left() - margins.right()
        wrap = self._badge_width > room
        if wrap != self.badge.wordWrap():
            self.badge.setWordWrap(wrap)
            align = Qt.AlignmentFlag(0) if wrap else Qt.AlignmentFlag.AlignLeft
            self.layout().setAlignment(self.badge, align)

    def set_state(self, name: str, on: bool) -> None:
        if self.property(name) != on:
            self.setProperty(name, on)
            self.style().unpolish(self)
            self.style().polish(self)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.section_id)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit(self.section_id)
        else:
            super().keyPressEvent(event)


class ProblemList(QWidget):
    """The story's problems (``FILE:LINE: message``), folded under a one-line toggle."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.toggle = QToolButton(self)
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAutoRaise(True)
        self.toggle.toggled.connect(self.expand)
        self.items = QListWidget(self)
        self.items.setWordWrap(True)
        self.items.setVisible(False)
        self.items.setMaximumHeight(160)
        layout.addWidget(self.toggle)
        layout.addWidget(self.items)
        self.count = 0

    def expand(self, on: bool) -> None:
        self.toggle.setChecked(on)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.items.setVisible(on)

    def set_problems(self, problems) -> None:
        self.items.clear()
        self.items.addItems([str(p) for p in problems])
        self.count = len(problems)
        self.retranslate()
        self.setVisible(bool(problems))
        if not problems:
            self.expand(False)

    def retranslate(self) -> None:
        self.toggle.setText(
            self.tr("Problems in this story file: {count}").format(count=self.count)
        )
