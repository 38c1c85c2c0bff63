"""Presentation mode: the map fullscreen for a projector and a clicker, with the guided tour.

The main window itself goes fullscreen with its chrome (menus, docks, status bar) hidden,
so nothing is loaded twice and leaving restores exactly what was shown. While presenting
the mode owns the keyboard through event filters on the window and the map (an
application-wide Python event filter crashes PySide6 6.11 with QtWebEngine), because a
clicker sends plain keys (PageDown, PageUp, ``B``/``.``) that the map page or the
timeline's shortcuts would otherwise take.

Each tour step is the story panel's "go to section" (date, fly-to, highlight); this module
adds the section text over the map (a ``tourCard`` message), a caption strip with the date
at the section's precision and its title, and larger type scaled to the screen.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget, QWidget

from geodata.dates import day_label
from geodata.i18n import QT_TRANSLATE_NOOP, translate
from geodata.story import section_html
from geodata.story.map import PHASES, date_label, tour_steps
from viewer.classroom.presenter_view import PresenterView
from viewer.classroom.tour import Tour
from viewer.map.messages import SetCaption

__all__ = ["AUTO_ADVANCE_SECONDS", "Presentation", "screen_scale"]

AUTO_ADVANCE_SECONDS = 30

_NEXT = {Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_Down}
_PREVIOUS = {Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Up}
_BLACKOUT = {Qt.Key.Key_B, Qt.Key.Key_Period}
_EXIT = {Qt.Key.Key_Escape, Qt.Key.Key_F5}
# The keys while presenting, as Help → Keyboard shortcuts lists them; handle_key acts on
# the same sets, so the help and the keys cannot drift apart.
# The help translates each "what" in the Presentation context ({seconds} filled in).
KEY_TABLE = (
    (_NEXT, QT_TRANSLATE_NOOP("Presentation", "next step (a clicker's forward button)")),
    (_PREVIOUS, QT_TRANSLATE_NOOP("Presentation", "previous step")),
    ({Qt.Key.Key_Home}, QT_TRANSLATE_NOOP("Presentation", "first step")),
    ({Qt.Key.Key_End}, QT_TRANSLATE_NOOP("Presentation", "last step")),
    (_BLACKOUT, QT_TRANSLATE_NOOP("Presentation", "black out the screen, or bring the map back")),
    ({Qt.Key.Key_A}, QT_TRANSLATE_NOOP("Presentation", "auto-advance every {seconds} s on / off")),
    (_EXIT, QT_TRANSLATE_NOOP("Presentation", "leave presentation mode")),
)
KEYS = frozenset().union(*(keys for keys, _ in KEY_TABLE))


def screen_scale(height: int) -> float:
    """Type size for a screen ``height`` pixels tall: readable from the back of a classroom.

    >>> screen_scale(768), screen_scale(1080), screen_scale(2160)
    (1.2, 1.5, 2.5)
    """
    return round(min(max(height / 720, 1.2), 2.5), 2)


def _inside(section, day) -> bool:
    return section.start.first <= day < section.until


class Presentation(QObject):
    """Enter and leave presentation mode on ``window``; the tour runs while presenting."""

    toggled = Signal(bool)

    def __init__(self, window, themes, parent: QObject | None = None):
        super().__init__(parent or window)
        self.window = window
        self.themes = themes
        self.active = False
        self.tour: Tour | None = None
        self.presenter: PresenterView | None = None
        self._restore: dict = {}
        self._filtered: list[QObject] = []
        self.blackout = QWidget(window)
        self.blackout.setObjectName("blackout")
        self.blackout.setStyleSheet("background: #000000;")
        self.blackout.setAccessibleName(self.tr("Screen blacked out: press B to show the map"))
        self.blackout.hide()
        window.controller.add_provider(self._caption_messages)

    # ---- the story and its sections --------------------------------------------------------

    def _story(self):
        panel = getattr(self.window, "story_panel", None)
        stories = getattr(panel, "stories", None)
        return stories.story if stories is not None else self.window.session.data.story

    def _go_to(self, section_id: str, day) -> None:
        # The card first: the page frames the section's places in the part of the map the
        # card leaves visible, so it must be there when the fly-to comes.
        self._show_card()
        self.window.story_panel.sync.go_to(section_id, day)

    # ---- enter and leave ------------------------------------------------------------------

    def toggle(self) -> None:
        self.leave() if self.active else self.enter()

    def enter(self, step: int = 0) -> None:
        """Go fullscreen, hide the chrome, start the tour at ``step`` (if there is a story)."""
        if self.active:
            return
        w = self.window
        docks = [d for d in w.findChildren(QDockWidget) if d.isVisible()]
        self._restore = {
            "state": w.windowState(),
            "geometry": w.saveGeometry(),
            "docks": docks,
            "menu": w.menuBar().isVisible(),
            "status": w.statusBar().isVisible(),
            "callouts": w.story_panel.sync.enabled,
        }
        # The tour card is the section: the story's map call-outs would only repeat it.
        w.story_panel.set_callouts_enabled(False)
        for dock in docks:
            dock.hide()
        w.menuBar().hide()
        w.statusBar().hide()
        w.showFullScreen()
        self.active = True
        screen = w.screen() or QGuiApplication.primaryScreen()
        # Without a window manager (a bare X server, a kiosk) fullscreen is only a hint:
        # cover the screen ourselves as well.
        w.setGeometry(screen.geometry())
        self.themes.set_presenting(True, screen_scale(screen.geometry().height()))
        self._filtered = self._key_targets()
        for target in self._filtered:
            target.installEventFilter(self)
        w.map.setFocus()
        story = self._story()
        if self.tour is not None:
            self.tour.deleteLater()
        self.tour = Tour(tour_steps(story, w.session.data.control), self._go_to, self)
        self.tour.stepChanged.connect(self._on_step)
        self._open_presenter_view(screen)
        if len(self.tour):
            self.tour.go(step)
        else:
            w.controller.refresh()
        self.toggled.emit(True)

    def leave(self) -> None:
        """Restore the window as it was and take the tour's card and outlines off the map."""
        if not self.active:
            return
        for target in self._filtered:
            target.removeEventFilter(self)
        self._filtered = []
        self.active = False
        self.tour.stop()
        self.set_blackout(False)
        if self.presenter is not None:
            self.presenter.close()
            self.presenter.deleteLater()
            self.presenter = None
        w = self.window
        w.controller.hide_tour_card()
        w.controller.highlight(())
        self.themes.set_presenting(False)
        w.setWindowState(self._restore["state"])
        w.restoreGeometry(self._restore["geometry"])
        w.menuBar().setVisible(self._restore["menu"])
        w.statusBar().setVisible(self._restore["status"])
        for dock in self._restore["docks"]:
            dock.show()
        w.story_panel.set_callouts_enabled(self._restore["callouts"])
        w.controller.redraw()  # the controller's own caption again
        self.toggled.emit(False)

    def _key_targets(self) -> list[QObject]:
        """Where the keys arrive: the map's render widget, the map, the window."""
        w = self.window
        return [t for t in (w.map.focusProxy(), w.map, w) if t is not None]

    def _open_presenter_view(self, screen) -> None:
        """Notes, next step and elapsed time on a second screen, when there is one."""
        others = [s for s in QGuiApplication.screens() if s is not screen]
        if not others:
            return
        self.presenter = PresenterView(self.tour, self)
        self.presenter.setScreen(others[0])
        self.presenter.setGeometry(others[0].availableGeometry())
        self.presenter.showMaximized()
        self.presenter.installEventFilter(self)
        self._filtered.append(self.presenter)

    # ---- steps ------------------------------------------------------------------------------

    def _show_card(self) -> None:
        step = self.tour.current
        section = step.section
        phase = translate("TourStep", PHASES[step.phase]) if step.phase else ""
        when = date_label(section) + (
            self.tr(" · map {phase}").format(phase=phase) if phase else ""
        )
        self.window.controller.show_tour_card(
            self.tr("{n} of {total}").format(n=self.tour.index + 1, total=len(self.tour)),
            section.title,
            when,
            section_html(section),
        )

    def _on_step(self, _index: int) -> None:
        self.window.controller.refresh()  # the caption's section, even when the date stays

    def caption(self, day: date | None = None) -> SetCaption:
        """The strip: the story's title, the date the map shows (``day``, by default the
        session's), the section.

        On the section's own map day the date is the section's, at its precision (with
        "before"/"after" for a pair); once the timeline moves, it is the map's day.
        """
        day = day or self.window.session.date
        step = self.tour.current if self.tour else None
        section = step.section if step else None
        story = self._story()
        if step is not None and step.day == day and step.phase:
            when = self.tr("Before: {day}") if step.phase == "before" else self.tr("After: {day}")
            when = when.format(day=day_label(step.day))
        elif step is not None and (step.day == day or _inside(section, day)):
            when = date_label(section)
        else:
            when = day_label(day)
        return SetCaption(
            title=story.meta.title if story else "",
            date=when,
            subtitle=section.title if section else "",
        )

    def _caption_messages(self, day: date) -> tuple[SetCaption, ...]:
        """While presenting, the strip replaces the controller's caption in the update of
        each date, so it always names the date the map shows (also during Play). The step's
        places need no message of their own: the step outlines them, and an outlined place
        is always named."""
        return (self.caption(day),) if self.active else ()

    # ---- blackout and keys ------------------------------------------------------------------

    def set_blackout(self, on: bool) -> None:
        if on:
            self.blackout.setGeometry(self.window.rect())
            self.blackout.raise_()
        self.blackout.setVisible(on)

    def handle_key(self, key: int) -> bool:
        """One clicker or keyboard key; True when it meant something here."""
        tour = self.tour
        if key in _EXIT:
            self.leave()
        elif key in _BLACKOUT:
            self.set_blackout(not self.blackout.isVisible())
        elif self.blackout.isVisible():
            self.set_blackout(False)  # any other key brings the map back first
        elif key in _NEXT:
            tour.next()
        elif key in _PREVIOUS:
            tour.previous()
        elif key == Qt.Key.Key_Home:
            tour.go(0)
        elif key == Qt.Key.Key_End:
            tour.go(len(tour) - 1)
        elif key == Qt.Key.Key_A:
            tour.set_auto_advance(0 if tour.auto_advance else AUTO_ADVANCE_SECONDS)
        else:
            return False
        return True

    def eventFilter(self, watched, event) -> bool:  # Qt override
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier or event.key() not in KEYS:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # no window shortcut (the timeline's keys) takes the key
            return True
        return self.handle_key(event.key())
