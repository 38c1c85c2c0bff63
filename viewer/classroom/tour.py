"""The guided tour: the story's steps in order, one at a time.

A step is a section and the day its map shows (:func:`geodata.story.map.tour_steps`): a
section with a before → after pair is two steps. The tour only counts; what a step *does*
(set the date, fly to the section, outline its places) is the story panel's "go to section"
(:meth:`viewer.story.sync.StorySync.go_to`), passed in as ``go_to`` so that a click in the
panel and a tour step can never differ.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal

from geodata.story.map import TourStep

__all__ = ["Tour"]


class Tour(QObject):
    """Step index over ``steps``; ``stepChanged(index)`` after each step is taken.

    ``index`` is -1 before the first step. Stepping past either end does nothing (a
    clicker pressed once too often must not leave the story). Auto-advance moves on every
    ``seconds`` and stops at the last step.
    """

    stepChanged = Signal(int)

    def __init__(
        self,
        steps: Sequence[TourStep],
        go_to: Callable[[str, date], object],
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.steps = tuple(steps)
        self.go_to = go_to
        self.index = -1
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._advance)

    def __len__(self) -> int:
        return len(self.steps)

    @property
    def current(self) -> TourStep | None:
        return self.steps[self.index] if 0 <= self.index < len(self.steps) else None

    @property
    def upcoming(self) -> TourStep | None:
        """The step after the current one (the presenter view shows it)."""
        following = self.index + 1
        return self.steps[following] if following < len(self.steps) else None

    def go(self, index: int) -> bool:
        """Take step ``index``; False (and nothing happens) outside the story."""
        if not 0 <= index < len(self.steps):
            return False
        self.index = index
        step = self.steps[index]
        self.go_to(step.section.id, step.day)
        if self._timer.isActive():
            self._timer.start()  # a manual step restarts the count
        self.stepChanged.emit(index)
        return True

    def next(self) -> bool:
        return self.go(self.index + 1)

    def previous(self) -> bool:
        return self.go(max(self.index - 1, 0)) if self.index > 0 else False

    @property
    def auto_advance(self) -> float:
        """Seconds between automatic steps, 0 when off."""
        return self._timer.interval() / 1000 if self._timer.isActive() else 0.0

    def set_auto_advance(self, seconds: float) -> None:
        if seconds > 0:
            self._timer.start(int(seconds * 1000))
        else:
            self._timer.stop()

    def _advance(self) -> None:
        if not self.next():
            self._timer.stop()

    def stop(self) -> None:
        self._timer.stop()
