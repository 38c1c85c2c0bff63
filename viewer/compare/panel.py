"""Compare mode: pick date A and date B, list the areas that changed hands, show them on the map.

The facts come from ``geodata.compare``; this module only shows them. "Show on map" takes
the area styles from the map controller (``suspend(True)``) and paints every area: the ones
that changed hands in the colour of their controller on B (the tooltip and the legend say
from → to), the rest muted grey. Turning it off hands the map back (``suspend(False)``).

The window's Compare dock holds it (:mod:`viewer.compare.install`, which makes it when the
dock is first shown).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from geodata.compare import Change, compare, net_change
from geodata.control import controllers
from geodata.data_texts import data_text
from geodata.dates import day_label
from geodata.i18n import QT_TRANSLATE_NOOP
from geodata.map_style import change_legend, change_styles, km2_text, short_label
from viewer.session import Session

__all__ = ["ComparePanel"]

FONT_PT = 13  # readable from the back of a classroom
COLUMNS = (
    QT_TRANSLATE_NOOP("ComparePanel", "Area"),
    QT_TRANSLATE_NOOP("ComparePanel", "From"),
    QT_TRANSLATE_NOOP("ComparePanel", "To"),
    QT_TRANSLATE_NOOP("ComparePanel", "km²"),
    QT_TRANSLATE_NOOP("ComparePanel", "Held since"),
)


def _swatch(code: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(controllers.colour(code)))
    return QIcon(pixmap)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ComparePanel(QWidget):
    """Date A and date B, the table of changes and their totals, and "Show on map".

    ``controller`` is the window's MapController; without one the map toggle is disabled.
    """

    datesChanged = Signal(object, object)  # date A, date B, after every refresh

    def __init__(self, session: Session, controller=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.controller = controller
        self.control = session.data.control
        self.changes: list[Change] = []
        font = self.font()
        font.setPointSize(FONT_PT)
        self.setFont(font)

        events = sorted(self.control.events, key=lambda e: e.date) if self.control else []
        ceasefires = [e.date.first for e in events if e.kind == "ceasefire"]
        default_a = ceasefires[0] if ceasefires else session.data.first_day
        default_b = ceasefires[-1] if len(ceasefires) > 1 else session.date

        grid = QGridLayout()
        self._texts: list[tuple[object, str, str]] = []  # (widget, setter name, source)
        self.date_a, self.event_a = self._date_row(
            grid, 0, QT_TRANSLATE_NOOP("ComparePanel", "Date A"), default_a, events
        )
        self.date_b, self.event_b = self._date_row(
            grid, 1, QT_TRANSLATE_NOOP("ComparePanel", "Date B"), default_b, events
        )
        swap = QPushButton(self)
        self._texts.append((swap, "setText", QT_TRANSLATE_NOOP("ComparePanel", "Swap A and B")))
        swap.clicked.connect(self.swap)
        self.show_on_map = QCheckBox(self)
        self.show_on_map.setEnabled(controller is not None)
        self._texts += [
            (self.show_on_map, "setText", QT_TRANSLATE_NOOP("ComparePanel", "Show on map")),
            (
                self.show_on_map,
                "setToolTip",
                QT_TRANSLATE_NOOP(
                    "ComparePanel",
                    "Colour the areas that changed hands by their controller on date B; "
                    "mute the rest",
                ),
            ),
        ]
        self.show_on_map.toggled.connect(self._on_show_on_map)
        grid.addWidget(swap, 2, 1)
        grid.addWidget(self.show_on_map, 2, 2)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._on_selection)

        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        note = QLabel(self)
        note.setWordWrap(True)
        self._texts.append(
            (
                note,
                "setText",
                QT_TRANSLATE_NOOP(
                    "ComparePanel",
                    "De facto control; areas approximate. Compares the two dates only.",
                ),
            )
        )
        note.setStyleSheet("color: #555;")
        layout.addWidget(note)
        self.retranslate()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "table"):
            self.retranslate()

    def retranslate(self) -> None:
        """The panel's words, the table and the summary in the current language."""
        for widget, setter, source in self._texts:
            getattr(widget, setter)(self.tr(source))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        for combo in (self.event_a, self.event_b):
            combo.setItemText(0, self.tr("From an event…"))
        self.refresh()

    def _date_row(self, grid: QGridLayout, row: int, title: str, day: date, events):
        edit = QDateEdit(_qdate(day), self)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setCalendarPopup(True)
        edit.setDateRange(_qdate(self.session.data.first_day), _qdate(self.session.data.last_day))
        edit.dateChanged.connect(self.refresh)
        combo = QComboBox(self)
        combo.addItem("", None)
        for event in events:
            combo.addItem(f"{event.label()} — {data_text(event.title)}", event.date.first)
        combo.setMaximumWidth(360)
        combo.activated.connect(lambda index, e=edit, c=combo: self._pick_event(e, c, index))
        current = QPushButton(self)
        label = QLabel(self)
        self._texts += [
            (current, "setText", QT_TRANSLATE_NOOP("ComparePanel", "Map date")),
            (
                current,
                "setToolTip",
                QT_TRANSLATE_NOOP("ComparePanel", "Use the date the map shows now"),
            ),
            (label, "setText", title),
        ]
        current.clicked.connect(lambda _=False, e=edit: e.setDate(_qdate(self.session.date)))
        grid.addWidget(label, row, 0)
        grid.addWidget(edit, row, 1)
        grid.addWidget(combo, row, 2)
        grid.addWidget(current, row, 3)
        return edit, combo

    def _pick_event(self, edit: QDateEdit, combo: QComboBox, index: int) -> None:
        day = combo.itemData(index)
        if day is not None:
            edit.setDate(_qdate(day))

    # ---- the dates -----------------------------------------------------------------------

    @property
    def dates(self) -> tuple[date, date]:
        return self.date_a.date().toPython(), self.date_b.date().toPython()

    def set_dates(self, a: date, b: date) -> None:
        """Set both dates (each clamped to the data's range) and refresh once."""
        self.date_a.blockSignals(True)
        self.date_a.setDate(_qdate(self.session.clamp(a)))
        self.date_a.blockSignals(False)
        self.date_b.setDate(_qdate(self.session.clamp(b)))
        self.refresh()

    def set_date_b(self, b: date) -> None:
        """Set date B alone (clamped), e.g. to the main map's date while side by side."""
        self.date_b.setDate(_qdate(self.session.clamp(b)))

    def swap(self) -> None:
        a, b = self.dates
        self.set_dates(b, a)

    def refresh(self) -> None:
        """Recompute the changes for the current dates; repaint the table and the map."""
        if self.control is None:
            self.summary.setText(self.tr("No control data loaded."))
            return
        a, b = self.dates
        self.changes = compare(self.control, a, b)
        self._fill_table()
        self._fill_summary(a, b)
        if self.show_on_map.isChecked():
            self._send_to_map()
        self.datesChanged.emit(a, b)

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self.changes) + 1)
        bold = QFont(self.font())
        bold.setBold(True)
        for row, c in enumerate(self.changes):
            cells = (
                QTableWidgetItem(c.name),
                QTableWidgetItem(_swatch(c.from_controller), short_label(c.from_controller)),
                QTableWidgetItem(_swatch(c.to_controller), short_label(c.to_controller)),
                QTableWidgetItem(km2_text(c.km2)),
                QTableWidgetItem(c.held_since.label()),
            )
            cells[0].setData(Qt.ItemDataRole.UserRole, c.area)
            cells[0].setToolTip(f"{c.name} ({c.area})")
            cells[1].setToolTip(f"{controllers.label(c.from_controller)} ({c.from_status})")
            cells[2].setToolTip(f"{controllers.label(c.to_controller)} ({c.to_status})")
            cells[3].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column, item in enumerate(cells):
                self.table.setItem(row, column, item)
        total_row = len(self.changes)
        total = QTableWidgetItem(self.tr("Total (areas: {count})").format(count=len(self.changes)))
        total.setFont(bold)
        km = QTableWidgetItem(km2_text(sum(c.km2 for c in self.changes)))
        km.setFont(bold)
        km.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(total_row, 0, total)
        self.table.setItem(total_row, 3, km)
        for column in (1, 2, 4):
            self.table.setItem(total_row, column, QTableWidgetItem(""))

    def _fill_summary(self, a: date, b: date) -> None:
        if not self.changes:
            self.summary.setText(
                self.tr("No area changed hands between {a} and {b}.").format(
                    a=day_label(a), b=day_label(b)
                )
            )
            return
        net = net_change(self.changes)
        parts = [
            f'<span style="color:{controllers.colour(code)}">■</span> '
            f"{short_label(code)} {'+' if km > 0 else '−'}{km2_text(abs(km))}"
            for code, km in sorted(net.items(), key=lambda kv: -kv[1])
        ]
        self.summary.setText(
            self.tr("<b>Areas that changed hands: {count}</b>, between {a} and {b}.").format(
                count=len(self.changes), a=day_label(a), b=day_label(b)
            )
            + "<br>"
            + self.tr("Net: {parts}").format(parts=" · ".join(parts))
        )

    # ---- the map -------------------------------------------------------------------------

    def set_show_on_map(self, on: bool) -> None:
        self.show_on_map.setChecked(on and self.controller is not None)

    def _on_show_on_map(self, on: bool) -> None:
        if self.controller is None:
            return
        if on:
            self.controller.suspend(True)
            self._send_to_map()
        else:
            self.controller.highlight(())
            self.controller.suspend(False)

    def _send_to_map(self) -> None:
        a, b = self.dates
        high_contrast = self.controller.palette == "high-contrast"
        self.controller.show_comparison(
            self.tr("Compare"),
            f"{day_label(a)} → {day_label(b)}",
            change_legend(self.changes, a, b, high_contrast),
            change_styles(self.control, self.changes, b, high_contrast),
        )

    def _on_selection(self) -> None:
        if self.controller is None or not self.show_on_map.isChecked():
            return
        rows = {i.row() for i in self.table.selectedItems()}
        ids = tuple(self.changes[r].area for r in sorted(rows) if r < len(self.changes))
        self.controller.highlight(ids)
