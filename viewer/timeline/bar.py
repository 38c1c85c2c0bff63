"""The timeline bar under the map: the date, the painted scale, play, steps and a date field.

The bar changes the date only through ``session.set_date`` and follows ``date_changed``;
the scale, marks and steps come from :mod:`geodata.timescale`.

Keys (:meth:`TimelineBar.install_shortcuts`) work wherever the focus is in the window — over
the map, the story, the scale or a button — because they are window shortcuts, which Qt
tries before the focused widget sees the key. One exception, on purpose: while the date
field has focus, the keys that edit text (Left/Right with or without Shift/Ctrl, Home/End,
Space) edit the text, because a line edit claims them first; PageUp/PageDown still step
between changes. Enter applies the typed date and Escape gives up; both hand the focus back
to the scale, so the arrows step the date again.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from geodata.dates import PartialDate
from geodata.i18n import QT_TRANSLATE_NOOP
from geodata.timescale import (
    SPEEDS,
    TimeScale,
    add_months,
    add_years,
    change_marks,
    date_label,
    event_marks,
    next_after,
    play_step,
    previous_before,
    section_marks,
)
from viewer.timeline.strip import TimelineStrip, legend_html

TICK_MS = 100  # ten play steps a second; the map controller keeps only the newest date
DEFAULT_SPEED = "1 month"
FIELD_TIP = QT_TRANSLATE_NOOP(
    "TimelineBar", "Type a date (YYYY-MM-DD, YYYY-MM or YYYY) and press Enter"
)
# The play speeds' names (geodata.timescale.SPEEDS, also the saved setting), as the box shows them.
SPEED_NAMES = {
    "1 day": QT_TRANSLATE_NOOP("TimelineBar", "1 day / step"),
    "1 week": QT_TRANSLATE_NOOP("TimelineBar", "1 week / step"),
    "1 month": QT_TRANSLATE_NOOP("TimelineBar", "1 month / step"),
    "3 months": QT_TRANSLATE_NOOP("TimelineBar", "3 months / step"),
    "1 year": QT_TRANSLATE_NOOP("TimelineBar", "1 year / step"),
}


class TimelineBar(QWidget):
    """Gets the session; changes the date only through ``session.set_date``."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        data = session.data
        control, story = data.control, data.story
        self.change_days = tuple(control.timeline.change_dates) if control else ()
        changes = change_marks(control.timeline, _area_names(control)) if control else []
        events = event_marks(control.events) if control else []
        sections = section_marks(story.sections) if story else []
        self.marks = [*changes, *events, *sections]
        self.section_days = tuple(sorted({m.day for m in sections}))
        self.scale = TimeScale.weighted(
            data.first_day, data.last_day, [m.day for m in (*changes, *events)]
        )
        self.shortcuts: list[QShortcut] = []
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self._build(sorted({m.kind for m in events}))
        session.date_changed.connect(self._show)
        self._show(session.date)

    def set_story(self, story) -> None:
        """Another story was opened: its sections replace the old ones on the scale."""
        sections = section_marks(story.sections) if story else []
        self.marks = [m for m in self.marks if m.category != "section"] + sections
        self.section_days = tuple(sorted({m.day for m in sections}))
        self.strip.marks = sorted(self.marks, key=lambda m: m.day)
        self.strip.update()
        self._show(self.session.date)

    # ---- layout --------------------------------------------------------------------------

    def _button(self, text: str, tip: str, slot) -> QToolButton:
        """A step button; ``text`` and ``tip`` are marked sources, set by :meth:`retranslate`."""
        button = QToolButton(self)
        self._texts.append((button, text, tip))
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(slot)
        return button

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "strip"):
            self.retranslate()

    def retranslate(self) -> None:
        """The bar's words in the current language (at start and on View → Language)."""
        for button, text, tip in self._texts:
            button.setText(self.tr(text))
            button.setToolTip(self.tr(tip))
        self.play_button.setText(self.tr("❚❚ Pause") if self.playing else self.tr("▶ Play"))
        self.label.setAccessibleName(self.tr("Current date"))
        self.speed.setToolTip(self.tr("Play speed: how far each step moves (10 steps a second)"))
        for i, speed in enumerate(SPEEDS):
            self.speed.setItemText(i, self.tr(SPEED_NAMES.get(speed.name, speed.name)))
        self.loop.setText(self.tr("Loop"))
        self.loop.setToolTip(self.tr("Start again from the beginning at the end"))
        self.go_label.setText(self.tr("Go to:"))
        self.date_field.setPlaceholderText(self.tr("YYYY-MM-DD"))
        if not self.date_field.styleSheet():  # not while it shows why a typed date is wrong
            self.date_field.setToolTip(self.tr(FIELD_TIP))
        self.legend.setText(legend_html(self._event_kinds))
        self.strip.retranslate()
        self._show(self.session.date)

    def _build(self, event_kinds: list[str]) -> None:
        self._texts: list[tuple[QToolButton, str, str]] = []
        self._event_kinds = event_kinds
        self.label = QLabel(self)
        font = QFont(self.font())
        font.setPointSize(24)
        font.setBold(True)
        self.label.setFont(font)
        self.label.setMinimumWidth(self.label.fontMetrics().horizontalAdvance("28 Sep 2023") + 16)

        self.play_button = self._button(
            QT_TRANSLATE_NOOP("TimelineBar", "▶ Play"),
            QT_TRANSLATE_NOOP("TimelineBar", "Play / pause (Space)"),
            self.toggle_play,
        )
        settings = QSettings()
        self.speed = QComboBox(self)
        for speed in SPEEDS:
            self.speed.addItem(speed.name, speed)
        saved = settings.value("timeline/speed", DEFAULT_SPEED)
        names = [s.name for s in SPEEDS]
        self.speed.setCurrentIndex(names.index(saved) if saved in names else 2)
        self.speed.currentIndexChanged.connect(
            lambda i: QSettings().setValue("timeline/speed", SPEEDS[i].name)
        )
        self.loop = QCheckBox(self)
        self.loop.setChecked(settings.value("timeline/loop", "false") == "true")
        self.loop.toggled.connect(lambda on: QSettings().setValue("timeline/loop", str(on).lower()))

        self.date_field = QLineEdit(self)
        self.date_field.setMaximumWidth(self.date_field.fontMetrics().horizontalAdvance("0") * 14)
        self.date_field.returnPressed.connect(self.apply_typed_date)
        QShortcut(QKeySequence("Escape"), self.date_field, self._leave_field).setContext(
            Qt.ShortcutContext.WidgetShortcut
        )

        self.legend = QLabel(legend_html(event_kinds), self)
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.9)
        self.legend.setFont(small)

        top = QHBoxLayout()
        top.addWidget(self.label)
        for text, tip, slot in (
            (
                QT_TRANSLATE_NOOP("TimelineBar", "◀◀ Section"),
                QT_TRANSLATE_NOOP("TimelineBar", "Previous story section"),
                self.previous_section,
            ),
            (
                QT_TRANSLATE_NOOP("TimelineBar", "◀ Change"),
                QT_TRANSLATE_NOOP("TimelineBar", "Previous control change (PageUp)"),
                self.previous_change,
            ),
        ):
            top.addWidget(self._button(text, tip, slot))
        top.addWidget(self.play_button)
        for text, tip, slot in (
            (
                QT_TRANSLATE_NOOP("TimelineBar", "Change ▶"),
                QT_TRANSLATE_NOOP("TimelineBar", "Next control change (PageDown)"),
                self.next_change,
            ),
            (
                QT_TRANSLATE_NOOP("TimelineBar", "Section ▶▶"),
                QT_TRANSLATE_NOOP("TimelineBar", "Next story section"),
                self.next_section,
            ),
        ):
            top.addWidget(self._button(text, tip, slot))
        top.addWidget(self.speed)
        top.addWidget(self.loop)
        top.addStretch(1)
        self.go_label = QLabel(self)
        top.addWidget(self.go_label)
        top.addWidget(self.date_field)

        self.strip = TimelineStrip(self.scale, self.marks, self)
        self.strip.dayPicked.connect(self.session.set_date)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addLayout(top)
        layout.addWidget(self.strip)
        layout.addWidget(self.legend)
        self.retranslate()

    def _show(self, day: date) -> None:
        self.label.setText(date_label(day, self.marks))
        self.strip.set_day(day)

    # ---- steps (session.set_date clamps them to the data's range) ---------------------

    def _go(self, day: date | None) -> None:
        if day is not None:
            self.session.set_date(day)

    def step_days(self, n: int) -> None:
        self._go(self.session.date + timedelta(days=n))

    def step_months(self, n: int) -> None:
        self._go(add_months(self.session.date, n))

    def step_years(self, n: int) -> None:
        self._go(add_years(self.session.date, n))

    def next_change(self) -> None:
        self._go(next_after(self.session.date, self.change_days))

    def previous_change(self) -> None:
        self._go(previous_before(self.session.date, self.change_days))

    def next_section(self) -> None:
        self._go(next_after(self.session.date, self.section_days))

    def previous_section(self) -> None:
        self._go(previous_before(self.session.date, self.section_days))

    def go_first(self) -> None:
        self._go(self.session.data.first_day)

    def go_last(self) -> None:
        self._go(self.session.data.last_day)

    # ---- play ----------------------------------------------------------------------------

    @property
    def playing(self) -> bool:
        return self.timer.isActive()

    def toggle_play(self) -> None:
        if self.playing:
            self.stop()
            return
        if self.session.date >= self.session.data.last_day:
            self.go_first()  # play from the start rather than stop at once
        self.timer.start()
        self.play_button.setText(self.tr("❚❚ Pause"))

    def stop(self) -> None:
        self.timer.stop()
        self.play_button.setText(self.tr("▶ Play"))

    def tick(self) -> None:
        """One play step at the chosen speed; stop at the end unless looping."""
        data = self.session.data
        speed = SPEEDS[self.speed.currentIndex()]
        nxt = play_step(
            self.session.date, speed, data.first_day, data.last_day, self.loop.isChecked()
        )
        if nxt is None:
            self.stop()
        else:
            self.session.set_date(nxt)

    # ---- the date field ------------------------------------------------------------------

    def apply_typed_date(self) -> bool:
        """Go to the typed date (a month or a year goes to its first day); say what is wrong."""
        text = self.date_field.text()
        try:
            day = PartialDate.parse(text).first
        except ValueError as exc:
            self.date_field.setStyleSheet("border: 2px solid #d62728;")
            QToolTip.showText(
                self.date_field.mapToGlobal(self.date_field.rect().bottomLeft()),
                str(exc),
                self.date_field,
            )
            self.date_field.setToolTip(str(exc))
            return False
        self.session.set_date(day)
        self._leave_field()
        return True

    def _leave_field(self) -> None:
        self.date_field.clear()
        self.date_field.setStyleSheet("")
        self.date_field.setToolTip(self.tr(FIELD_TIP))
        self.strip.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # ---- keys ----------------------------------------------------------------------------

    def install_shortcuts(self, window) -> None:
        """Window-wide timeline keys (Left/Right, PageUp/PageDown, Home/End, Space)."""
        bindings = {keys: _slot(self, name, args) for keys, _, name, args in KEY_TABLE}
        for keys, slot in bindings.items():
            shortcut = QShortcut(QKeySequence(keys), window)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.setAutoRepeat(keys != "Space")
            shortcut.activated.connect(slot)
            self.shortcuts.append(shortcut)


# The window-wide timeline keys: what Help → Keyboard shortcuts lists and what
# install_shortcuts binds (keys, what it does, TimelineBar method, its arguments); the help
# translates "what it does" in the TimelineBar context.
KEY_TABLE = (
    ("Left", QT_TRANSLATE_NOOP("TimelineBar", "a day back"), "step_days", (-1,)),
    ("Right", QT_TRANSLATE_NOOP("TimelineBar", "a day forward"), "step_days", (1,)),
    ("Shift+Left", QT_TRANSLATE_NOOP("TimelineBar", "a month back"), "step_months", (-1,)),
    ("Shift+Right", QT_TRANSLATE_NOOP("TimelineBar", "a month forward"), "step_months", (1,)),
    ("Ctrl+Left", QT_TRANSLATE_NOOP("TimelineBar", "a year back"), "step_years", (-1,)),
    ("Ctrl+Right", QT_TRANSLATE_NOOP("TimelineBar", "a year forward"), "step_years", (1,)),
    ("PgUp", QT_TRANSLATE_NOOP("TimelineBar", "previous control change"), "previous_change", ()),
    ("PgDown", QT_TRANSLATE_NOOP("TimelineBar", "next control change"), "next_change", ()),
    ("Home", QT_TRANSLATE_NOOP("TimelineBar", "first date"), "go_first", ()),
    ("End", QT_TRANSLATE_NOOP("TimelineBar", "last date"), "go_last", ()),
    ("Space", QT_TRANSLATE_NOOP("TimelineBar", "play / pause"), "toggle_play", ()),
)


def _slot(bar, name: str, args: tuple):
    method = getattr(bar, name)
    return lambda: method(*args)


def _area_names(control) -> dict[str, str]:
    return {area_id: area.name for area_id, area in control.areas.items()}
