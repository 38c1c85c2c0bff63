"""The painted time scale: story spans, event and change ticks, a density strip, year labels.

All the arithmetic (where a day sits, which years to label, how crowded a slice is) lives in
:mod:`geodata.timescale`; this widget only paints it and turns clicks and drags into days.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from geodata.dates import day_label
from geodata.events import KIND_COLOURS as EVENT_COLOURS
from geodata.events import OTHER_COLOUR
from geodata.i18n import QT_TRANSLATE_NOOP, translate
from geodata.timescale import Mark, TimeScale, density, year_ticks

KIND_COLOURS = {"change": "#2b2b2b", "section": "#3a6fb0", **EVENT_COLOURS}
ROWS = (
    ("section", QT_TRANSLATE_NOOP("timeline", "Story")),
    ("event", QT_TRANSLATE_NOOP("timeline", "Events")),
    ("change", QT_TRANSLATE_NOOP("timeline", "Control")),
)
# The legend's names: the two mark kinds and geodata.events' kinds, marked for lupdate.
KIND_NAMES = {
    "change": QT_TRANSLATE_NOOP("timeline", "control change"),
    "section": QT_TRANSLATE_NOOP("timeline", "story section"),
    "military": QT_TRANSLATE_NOOP("timeline", "military"),
    "violence": QT_TRANSLATE_NOOP("timeline", "violence"),
    "ceasefire": QT_TRANSLATE_NOOP("timeline", "ceasefire"),
    "diplomacy": QT_TRANSLATE_NOOP("timeline", "diplomacy"),
    "political": QT_TRANSLATE_NOOP("timeline", "political"),
    "blockade": QT_TRANSLATE_NOOP("timeline", "blockade"),
    "exodus": QT_TRANSLATE_NOOP("timeline", "exodus"),
    "handover": QT_TRANSLATE_NOOP("timeline", "handover"),
}
NEEDLE = QColor("#d62728")
DENSITY = QColor("#44505c")
LEFT, RIGHT, DENSITY_H, ROW_H, AXIS_H = 64, 14, 7, 15, 18  # LEFT: the least room for row names
HIT_PX = 4  # how near the pointer a tick must be to show in the tooltip


def colour(kind: str) -> str:
    return KIND_COLOURS.get(kind, OTHER_COLOUR)


def legend_html(kinds) -> str:
    """Coloured squares and names: control change, story section, then the event kinds."""
    items = [
        f'<span style="color:{colour(k)}">■</span>&nbsp;'
        f"{html.escape(translate('timeline', KIND_NAMES.get(k, k)))}"
        for k in ("change", "section", *sorted(set(kinds) - {"change", "section"}))
    ]
    return " &nbsp; ".join(items)


class TimelineStrip(QWidget):
    """Shows ``marks`` on ``scale`` with the current day's needle; emits ``dayPicked``."""

    dayPicked = Signal(object)  # datetime.date

    def __init__(self, scale: TimeScale, marks: list[Mark], parent=None):
        super().__init__(parent)
        self.scale = scale
        self.marks = sorted(marks, key=lambda m: m.day)
        self.day = scale.first
        self._density_days = [m.day for m in self.marks if m.category != "section"]
        self._density: list[float] = []
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(DENSITY_H + len(ROWS) * ROW_H + AXIS_H + 8)
        self.retranslate()

    # ---- geometry ------------------------------------------------------------------------

    def retranslate(self) -> None:
        """The accessible name in the current language (the rows are painted translated),
        and room on the left for the longest row name in it."""
        self.setAccessibleName(self.tr("Timeline: click or drag to choose a date"))
        metrics = QFontMetrics(self._small_font())
        widest = max(metrics.horizontalAdvance(translate("timeline", n)) for _, n in ROWS)
        self.left = max(LEFT, widest + 10)
        self._density = density(self.scale, self._density_days, max(int(self.span) // 4, 1))
        self.update()

    def changeEvent(self, event) -> None:
        """A larger type size (View → Larger text) needs more room for the row names too."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "left"):
            self.retranslate()

    def _small_font(self) -> QFont:
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() * 0.85, 7))
        return small

    @property
    def span(self) -> float:
        return max(self.width() - self.left - RIGHT, 1)

    def x_of(self, day: date) -> float:
        return self.left + self.scale.position(day) * self.span

    def day_at_x(self, x: float) -> date:
        return self.scale.day_at((x - self.left) / self.span)

    def _row_top(self, index: int) -> int:
        return 2 + DENSITY_H + 2 + index * ROW_H

    def row_y(self, category: str) -> float:
        """The middle of the row that shows ``category`` (``change``, ``event``, ``section``)."""
        return self._row_top([c for c, _ in ROWS].index(category)) + ROW_H / 2

    # ---- state ---------------------------------------------------------------------------

    def set_day(self, day: date) -> None:
        if day != self.day:
            self.day = day
            self.update()

    def resizeEvent(self, event) -> None:
        self._density = density(self.scale, self._density_days, max(int(self.span) // 4, 1))
        super().resizeEvent(event)

    # ---- painting ------------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        p.setFont(self._small_font())
        self._paint_density(p)
        for index, (category, name) in enumerate(ROWS):
            top = self._row_top(index)
            p.setPen(text)
            p.drawText(
                QRectF(2, top, self.left - 8, ROW_H),
                Qt.AlignmentFlag.AlignRight,
                translate("timeline", name),
            )
            p.fillRect(QRectF(self.left, top + ROW_H - 1, self.span, 1), QColor(128, 128, 128, 60))
            for mark in self.marks:
                if mark.category == category:
                    self._paint_mark(p, mark, top)
        self._paint_axis(p, text)
        self._paint_needle(p)
        p.end()

    def _paint_density(self, p: QPainter) -> None:
        if not self._density:
            return
        w = self.span / len(self._density)
        for i, value in enumerate(self._density):
            if value:
                shade = QColor(DENSITY)
                shade.setAlphaF(0.15 + 0.85 * value)
                p.fillRect(QRectF(self.left + i * w, 2, w + 0.5, DENSITY_H), shade)

    def _paint_mark(self, p: QPainter, mark: Mark, top: int) -> None:
        c = QColor(colour(mark.kind))
        x0 = self.x_of(mark.day)
        if mark.category == "section":
            x1 = self.x_of((mark.end or mark.when).end)
            p.fillRect(QRectF(x0 - 1, top + 1, 3, ROW_H - 3), c)
            c.setAlphaF(0.3)
            p.fillRect(QRectF(x0, top + 4, max(x1 - x0, 3), ROW_H - 8), c)
        else:
            p.fillRect(QRectF(x0 - 1, top + 1, 3, ROW_H - 3), c)

    def _paint_axis(self, p: QPainter, text: QColor) -> None:
        top = self._row_top(len(ROWS))
        metrics = p.fontMetrics()
        gap = metrics.horizontalAdvance("0000") + 8
        for year in year_ticks(self.scale, self.span, gap):
            x = self.x_of(date(year, 1, 1))
            p.fillRect(QRectF(x, top, 1, 4), text)
            label = str(year)
            lx = min(
                max(x - metrics.horizontalAdvance(label) / 2, self.left - 4), self.width() - gap
            )
            p.setPen(text)
            p.drawText(QPointF(lx, top + 4 + metrics.ascent()), label)

    def _paint_needle(self, p: QPainter) -> None:
        x = round(self.x_of(self.day))
        bottom = self._row_top(len(ROWS))
        p.setPen(QPen(NEEDLE, 2))
        p.drawLine(x, 0, x, bottom)
        p.setBrush(NEEDLE)
        p.drawPolygon(QPolygonF([QPointF(x - 5, 0), QPointF(x + 5, 0), QPointF(x, 6)]))

    # ---- interaction ---------------------------------------------------------------------

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.dayPicked.emit(self.day_at_x(event.position().x()))

    def mouseMoveEvent(self, event) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.dayPicked.emit(self.day_at_x(event.position().x()))

    def tooltip_at(self, x: float, y: float | None = None) -> str:
        """What is under the pointer: the day, then each mark within a few pixels.

        With ``y`` on a row, only that row's marks; a story span counts wherever it covers.
        """
        row = None
        if y is not None and y >= self._row_top(0):
            index = int((y - self._row_top(0)) // ROW_H)
            row = ROWS[index][0] if index < len(ROWS) else None
        hits = []
        for mark in self.marks:
            if row and mark.category != row:
                continue
            x0 = self.x_of(mark.day)
            x1 = self.x_of((mark.end or mark.when).end) if mark.category == "section" else x0
            if x0 - HIT_PX <= x <= x1 + HIT_PX:
                hits.append(mark)
        lines = [f"<b>{day_label(self.day_at_x(x))}</b>"]
        lines += [
            f'<span style="color:{colour(m.kind)}">■</span> {html.escape(m.describe())}'
            for m in hits[:12]
        ]
        if len(hits) > 12:
            lines.append(self.tr("… and {count} more").format(count=len(hits) - 12))
        return "<br>".join(lines)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            text = self.tooltip_at(event.pos().x(), event.pos().y())
            QToolTip.showText(event.globalPos(), text, self)
            return True
        return super().event(event)
