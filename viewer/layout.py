"""The window's dock layout: the default one, View → Reset layout, and which saved one to trust.

The map is what the window is for, so the layout is judged by the map's share of the window.
The default layout gives the map most of it: the Story dock (with Compare and Map description
as tabs) at about a fifth of the width on the right, the timeline at its own height below.
A saved layout (``saveState``) is restored only if it leaves the map at least
:data:`MIN_MAP_SHARE` of the window; otherwise the default is applied and the log says why.
That is what ends a layout that once went wrong (a dead band under the timeline, the map
squeezed to a corner) coming back at every start with no way out.

The default is remembered as the state the window had when its features were installed and
before any saved state came back (where every dock sits, which are shown); the sizes are set
again on each reset, as a share of the window's size, since the window may have changed.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow

__all__ = ["MIN_MAP_SHARE", "STORY_SHARE", "Layout", "hold_height", "map_share"]

log = logging.getLogger(__name__)

MIN_MAP_SHARE = 0.6  # a saved layout leaving the map less of the window is not restored
STORY_SHARE = 0.22  # the right-hand docks' share of the window's width by default
STORY_MAX_SHARE = 0.4  # larger text may widen the story dock, up to this share


def map_share(window: QMainWindow) -> float:
    """The area of the window's shown maps (the main one, side by side's) as a share of the
    window's area (0 for an empty window)."""
    from viewer.map.view import MapView

    area = window.width() * window.height()
    if area <= 0:
        return 0.0
    maps = [m for m in window.findChildren(MapView) if m.isVisible()]
    return sum(m.width() * m.height() for m in maps) / area


class _HeightHolder(QObject):
    """Keeps a dock's maximum height at what its widget asks for, as the text size changes."""

    def __init__(self, dock: QDockWidget):
        super().__init__(dock)
        self.dock = dock
        dock.widget().installEventFilter(self)
        self.update()

    def update(self) -> None:
        self.dock.setMaximumHeight(self.dock.sizeHint().height())

    def eventFilter(self, watched, event) -> bool:
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.FontChange):
            self.update()
        return False


def hold_height(dock: QDockWidget) -> None:
    """Make ``dock`` (holding its widget) never taller than the widget needs.

    Qt keeps a dock area's height when a dock in it closes: a dock that may grow fills it
    (the dead band under the timeline once the chart closed). One that may not leaves it
    to the map.
    """
    _HeightHolder(dock)


class Layout:
    """The default layout of ``window``, applying it, and refusing a saved layout that
    leaves its maps less than :data:`MIN_MAP_SHARE` of the window.

    Create it after every dock is added and before the saved state is restored.
    """

    def __init__(self, window: QMainWindow, right: QDockWidget):
        self.window = window
        self.right = right  # the dock whose width sets the right-hand area's (the story)
        self.default_state = QByteArray(window.saveState())
        self._pending: str | None = None  # what check() does at the first show
        self._settled = False  # True once the first show set the layout up
        self._right_width: int | None = None  # the story's width before a wider tab opened
        for dock in window.findChildren(QDockWidget):
            if (
                dock is not right
                and window.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
            ):
                dock.toggleViewAction().toggled.connect(self._on_right_dock)

    @property
    def starting(self) -> bool:
        """Before the first show is laid out: docks shown now come from the saved state."""
        return not self._settled and self._pending is not None

    def start(self, state: QByteArray | None) -> bool:
        """Restore a saved state (False if it is not one), or plan the default sizes.

        Either is finished by :meth:`check` once the window is shown and laid out: only
        then do the docks have the sizes the map's share is measured from.
        """
        if state is not None and not self.window.restoreState(state):
            state = None
            ok = False
        else:
            ok = True
        self._pending = "judge" if state is not None else "size"
        return ok

    def check(self) -> None:
        """After the first show: keep the restored layout only if the map has its share."""
        pending, self._pending = self._pending, None
        self._settled = True
        if pending == "size":
            self.size_right_docks(STORY_SHARE)
        elif pending == "judge":
            share = map_share(self.window)
            if share < MIN_MAP_SHARE:
                log.warning(
                    "settings: the saved window layout left the map %.0f%% of the window "
                    "(under %.0f%%): the default layout is used instead",
                    share * 100,
                    MIN_MAP_SHARE * 100,
                )
                self.reset()

    def reset(self) -> None:
        """The default layout: the docks where they started, shown as they were, sized."""
        self._settled, self._right_width = False, None
        self.window.restoreState(self.default_state)
        # Sized once the restored docks are in place (a floating one docks again first).
        QTimer.singleShot(0, self._finish_reset)

    def _finish_reset(self) -> None:
        self.size_right_docks(STORY_SHARE)
        self._settled = True

    def _on_right_dock(self, shown: bool) -> None:
        """A panel beside the story (Compare) may widen the right-hand area for its table;
        closed, it gives that width back: the story returns to the width it had."""
        if not self._settled:  # the window's own start or a reset shows tabs: not a panel
            return
        if shown:
            if self._right_width is None and not self.right.isHidden():
                self._right_width = self.right.width()
        elif self._right_width is not None:
            width, self._right_width = self._right_width, None
            QTimer.singleShot(0, lambda: self._give_back(width))

    def _give_back(self, width: int) -> None:
        self.window.resizeDocks([self.right], [width], Qt.Orientation.Horizontal)

    def grow_right_docks(self, share: float) -> None:
        """Widen the right-hand docks towards ``share`` of the width (larger text), as far
        as the map keeps :data:`MIN_MAP_SHARE` of the window: never narrower than now."""
        from viewer.map.view import MapView

        if not self._settled or self.right.isHidden() or self.right.isFloating():
            return
        main = next((m for m in self.window.findChildren(MapView) if m.isVisible()), None)
        area = self.window.width() * self.window.height()
        if main is None or main.height() <= 0 or area <= 0:
            return
        spare = int((map_share(self.window) - MIN_MAP_SHARE) * area / main.height()) - 2
        target = round(self.window.width() * min(share, STORY_MAX_SHARE))
        width = min(target, self.right.width() + max(0, spare))
        if width > self.right.width():
            self.window.resizeDocks([self.right], [width], Qt.Orientation.Horizontal)

    def size_right_docks(self, share: float) -> None:
        """Give the right-hand docks ``share`` of the window's width (capped)."""
        width = round(self.window.width() * min(share, STORY_MAX_SHARE))
        self.window.resizeDocks([self.right], [width], Qt.Orientation.Horizontal)
