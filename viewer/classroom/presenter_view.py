"""The presenter's own screen: the current step with its notes, the next step, the time.

Shown on a second screen while presenting (a laptop with a projector attached); with one
screen the presentation runs without it. The buttons are the clicker's keys, for a
presenter who prefers the laptop's touchpad.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from geodata.i18n import QT_TRANSLATE_NOOP, language
from geodata.story.map import date_label

__all__ = ["PresenterView", "elapsed_text", "notes_html"]


def elapsed_text(ms: int) -> str:
    """``0:07``, ``12:30``, ``1:02:03``.

    >>> elapsed_text(7_000), elapsed_text(750_000), elapsed_text(3_723_000)
    ('0:07', '12:30', '1:02:03')
    """
    seconds = ms // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


def notes_html(section) -> str:
    """What the presenter should know: the fact-check notes and credits, escaped."""
    not_given = QCoreApplication.translate("PresenterView", "not given")
    parts = [
        QCoreApplication.translate(
            "PresenterView", "<p><b>Fact check:</b> {text} <i>(source: {source})</i></p>"
        ).format(text=escape(n.in_language(language())), source=escape(n.source or not_given))
        for n in section.notes
    ]
    parts += [
        QCoreApplication.translate("PresenterView", "<p><i>Credit: {credit}</i></p>").format(
            credit=escape(c)
        )
        for c in section.credits
    ]
    return "".join(parts) or QCoreApplication.translate(
        "PresenterView", "<p>No notes for this section.</p>"
    )


class PresenterView(QWidget):
    """Follows the tour's steps; ``presentation`` handles the buttons as keys."""

    def __init__(self, tour, presentation, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.tour = tour
        self.presentation = presentation
        self.setStyleSheet("QLabel#now { font-size: 22pt; font-weight: bold; }")
        self.step = QLabel()
        self.now = QLabel()
        self.now.setObjectName("now")
        self.now.setWordWrap(True)
        self.now.setTextFormat(Qt.TextFormat.PlainText)
        self.notes = QTextBrowser()
        self.upcoming = QLabel()
        self.upcoming.setWordWrap(True)
        self.upcoming.setTextFormat(Qt.TextFormat.PlainText)
        self.clock = QLabel()

        buttons = QHBoxLayout()
        self.buttons: list[tuple[QPushButton, str]] = []
        for text, key in (
            (QT_TRANSLATE_NOOP("PresenterView", "◀ Previous"), Qt.Key.Key_PageUp),
            (QT_TRANSLATE_NOOP("PresenterView", "Next ▶"), Qt.Key.Key_PageDown),
            (QT_TRANSLATE_NOOP("PresenterView", "Blackout (B)"), Qt.Key.Key_B),
            (QT_TRANSLATE_NOOP("PresenterView", "Stop (Esc)"), Qt.Key.Key_Escape),
        ):
            button = QPushButton()
            self.buttons.append((button, text))
            button.clicked.connect(lambda _=False, k=key: presentation.handle_key(k))
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.step)
        top.addStretch(1)
        top.addWidget(self.clock)
        layout.addLayout(top)
        layout.addWidget(self.now)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.upcoming)
        layout.addLayout(buttons)

        self._elapsed = QElapsedTimer()
        self._elapsed.start()
        self._ticker = QTimer(self, interval=1000)
        self._ticker.timeout.connect(self._tick)
        self._ticker.start()
        tour.stepChanged.connect(self.show_step)
        self.retranslate()
        self._tick()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "buttons"):
            self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Caucasus Atlas — presenter view"))
        self.notes.setAccessibleName(self.tr("Notes for the current step"))
        self.clock.setAccessibleName(self.tr("Elapsed time"))
        for button, text in self.buttons:
            button.setText(self.tr(text))
        self.show_step(self.tour.index)

    def show_step(self, index: int) -> None:
        step = self.tour.current
        section = step.section if step else None
        self.step.setText(
            self.tr("Step {n} of {total}").format(n=index + 1, total=len(self.tour))
            if section
            else ""
        )
        self.now.setText(
            f"{date_label(section)} · {section.title} · {step.map_label}" if section else ""
        )
        self.notes.setHtml(notes_html(section) if section else "")
        upcoming = self.tour.upcoming
        self.upcoming.setText(
            self.tr("Next: {step}").format(
                step=f"{date_label(upcoming.section)} · {upcoming.section.title} · "
                f"{upcoming.map_label}"
            )
            if upcoming
            else self.tr("Next: the end")
        )

    def _tick(self) -> None:
        self.clock.setText(elapsed_text(self._elapsed.elapsed()))
