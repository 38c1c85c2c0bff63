"""The territory chart: km² under each controller's de facto control, stacked, over time.

It plots ``geodata.compare.series`` with QtCharts (one stacked ``QAreaSeries`` per
controller, in the map's colours) and follows the session: a cursor line stands at
``session.date``. Pressing on the chart sets the date (a press near a step jumps to that
change date), dragging scrubs. ``export_chart`` writes PNG or SVG.
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCharts import (
    QAreaSeries,
    QCategoryAxis,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
)
from PySide6.QtCore import QEvent, QMargins, QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from geodata.compare import series
from geodata.control import controllers
from geodata.dates import day_label
from geodata.i18n import QT_TRANSLATE_NOOP
from geodata.map_style import short_label
from viewer.session import Session

__all__ = ["ChartPanel", "TerritoryChart", "day_of_ms", "ms_of_day"]

EPOCH = date(1970, 1, 1)
DAY_MS = 86_400_000
SNAP_PX = 6  # a press this close to a step jumps to its change date
ZOOM_FROM = date(1988, 1, 1)  # "Since 1988": the conflict years, where every step is
TITLE = QT_TRANSLATE_NOOP("TerritoryChart", "Territory under de facto control")
FONT_PT = 13
Y_STEP = 4000  # km² between labelled lines (few, so they fit a short dock)


def ms_of_day(day: date) -> float:
    """The chart's x value for ``day``: milliseconds since 1970 at 00:00 UTC."""
    return float((day - EPOCH).days * DAY_MS)


def day_of_ms(ms: float) -> date:
    """The day an x value falls in (the inverse of :func:`ms_of_day`)."""
    return EPOCH + timedelta(days=int(ms // DAY_MS))


def _km2(value: float) -> str:
    return f"{value:,.0f} km²"


class TerritoryChart(QChartView):
    """The chart itself; the session's date is its cursor, and a press or a drag sets it."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRubberBand(QChartView.RubberBand.NoRubberBand)
        self.setMinimumSize(480, 300)
        self._dragging = False
        control = session.data.control
        self.dates, self.km2 = series(control) if control else ([], {})
        self.change_dates = control.timeline.change_dates if control else ()
        self.areas: dict[str, QAreaSeries] = {}
        self._lines: list[QLineSeries] = []  # the area series' bounds, kept alive here

        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        font = QFont(chart.titleFont())
        font.setPointSize(FONT_PT + 1)
        font.setBold(True)
        chart.setTitleFont(font)
        chart.legend().setFont(QFont(font.family(), FONT_PT - 1))
        self.setChart(chart)

        self.x_axis = QDateTimeAxis()
        self.x_axis.setFormat("yyyy")
        self.x_axis.setTickCount(9)
        # Labels are categories so they can carry thousands separators ("12,000").
        self.y_axis = QCategoryAxis()
        self.y_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        for axis in (self.x_axis, self.y_axis):
            axis.setLabelsFont(QFont(font.family(), FONT_PT - 2))
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self._add_areas()
        self.cursor = QLineSeries()
        self.cursor.setPen(QPen(QColor("#222222"), 2, Qt.PenStyle.DashLine))
        self._attach(self.cursor)
        chart.legend().markers(self.cursor)[0].setVisible(False)
        self.set_range(False)
        self.retranslate()
        session.date_changed.connect(self.move_cursor)
        self.move_cursor(session.date)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "cursor"):
            self.retranslate()

    def retranslate(self) -> None:
        """Title, axis and controller names in the current language."""
        self.chart().setTitle(self.tr(TITLE))
        self.y_axis.setTitleText(self.tr("km² (approximate)"))
        for code, area in self.areas.items():
            area.setName(controllers.label(code))

    def _attach(self, s) -> None:
        self.chart().addSeries(s)
        s.attachAxis(self.x_axis)
        s.attachAxis(self.y_axis)

    def _add_areas(self) -> None:
        """One stacked area per controller: its band lies on the previous one's top."""
        last = self.session.data.last_day
        below: QLineSeries | None = None
        cumulative = [0.0] * len(self.dates)
        for code, values in self.km2.items():
            cumulative = [c + v for c, v in zip(cumulative, values, strict=True)]
            upper = QLineSeries()
            for i, day in enumerate(self.dates):
                if i:
                    upper.append(ms_of_day(day), cumulative[i - 1])
                upper.append(ms_of_day(day), cumulative[i])
            upper.append(ms_of_day(last), cumulative[-1])
            area = QAreaSeries(upper, below) if below else QAreaSeries(upper)
            area.setName(controllers.label(code))
            fill = QColor(controllers.colour(code))
            area.setPen(QPen(fill.darker(130), 1))
            fill.setAlphaF(0.8)
            area.setBrush(fill)
            self._attach(area)
            self.areas[code] = area
            self._lines.append(upper)
            below = upper
        self.top = max(cumulative, default=0.0)
        self.y_max = max(1000, math.ceil(self.top / 1000) * 1000)
        for value in range(0, int(self.y_max) + 1, Y_STEP):
            self.y_axis.append(f"{value:,}", value)

    # ---- the cursor ----------------------------------------------------------------------

    def set_range(self, since_1988: bool) -> None:
        """Show the whole range, or only the years since 1988 (where every step is)."""
        data = self.session.data
        first = max(ZOOM_FROM, data.first_day) if since_1988 else data.first_day
        self.x_axis.setRange(_qdatetime(first), _qdatetime(data.last_day))
        self.y_axis.setRange(0, self.y_max)

    def move_cursor(self, day: date) -> None:
        x = ms_of_day(day)
        self.cursor.replace([QPointF(x, 0), QPointF(x, self.y_max)])

    def cursor_day(self) -> date:
        return day_of_ms(self.cursor.at(0).x())

    # ---- pressing and dragging -----------------------------------------------------------

    def position_of(self, day: date) -> QPoint:
        """Where ``day`` is on the x axis, in viewport coordinates (for a click)."""
        chart = self.chart()
        y = chart.plotArea().center().y()
        return self.mapFromScene(chart.mapToScene(self._chart_x(day), y))

    def _chart_x(self, day: date) -> float:
        return self.chart().mapToPosition(QPointF(ms_of_day(day), 0), self.cursor).x()

    def _chart_point(self, pos: QPointF) -> QPointF:
        return self.chart().mapFromScene(self.mapToScene(pos.toPoint()))

    def day_at(self, pos: QPointF) -> date:
        """The day under a viewport point (the session clamps it to the data's range)."""
        return day_of_ms(self.chart().mapToValue(self._chart_point(pos), self.cursor).x())

    def step_near(self, pos: QPointF) -> date | None:
        """The change date nearest to ``pos`` if it is within ``SNAP_PX``, else None."""
        x = self._chart_point(pos).x()
        best = min(self.change_dates, key=lambda d: abs(self._chart_x(d) - x), default=None)
        if best is not None and abs(self._chart_x(best) - x) <= SNAP_PX:
            return best
        return None

    def _in_plot(self, pos: QPointF) -> bool:
        return self.chart().plotArea().contains(self._chart_point(pos))

    def mousePressEvent(self, event) -> None:
        pos = event.position()
        if event.button() != Qt.MouseButton.LeftButton or not self._in_plot(pos):
            super().mousePressEvent(event)
            return
        self._dragging = True
        self.session.set_date(self.step_near(pos) or self.day_at(pos))
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        if self._dragging:
            self.session.set_date(self.day_at(event.position()))
            event.accept()
        else:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if self._dragging and event.button() == Qt.MouseButton.LeftButton:
            self._dragging = False
            event.accept()
        else:
            super().mouseReleaseEvent(event)

    # ---- export --------------------------------------------------------------------------

    def export_chart(self, path: str | Path) -> Path:
        """Write the chart as PNG or SVG (by the suffix); ``ValueError`` for another one."""
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix == ".png":
            if not self.grab().save(str(path), "PNG"):
                raise OSError(f"cannot write {path}")
        elif suffix == ".svg":
            generator = QSvgGenerator()
            generator.setFileName(str(path))
            generator.setSize(self.size())
            generator.setViewBox(QRect(0, 0, self.width(), self.height()))
            generator.setTitle(self.tr(TITLE))
            generator.setDescription(
                self.tr("Caucasus Atlas, cursor at {day}").format(day=day_label(self.cursor_day()))
            )
            painter = QPainter(generator)
            self.render(painter)
            painter.end()
            if not path.is_file():
                raise OSError(f"cannot write {path}")
        else:
            raise ValueError(f"{path.name}: export the chart as .png or .svg")
        return path


def _qdatetime(day: date):
    from PySide6.QtCore import QDateTime

    return QDateTime.fromMSecsSinceEpoch(int(ms_of_day(day)))


class ChartPanel(QWidget):
    """The chart with a readout of the km² at the cursor and a "Since 1988" zoom."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.chart = TerritoryChart(session, self)
        self.readout = QLabel(self)
        self.readout.setWordWrap(True)
        font = self.readout.font()
        font.setPointSize(FONT_PT)
        self.readout.setFont(font)
        self.zoom = QCheckBox(self)
        self.zoom.toggled.connect(self.chart.set_range)
        top = QHBoxLayout()
        top.addWidget(self.readout, 1)
        top.addWidget(self.zoom)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.chart, 1)
        session.date_changed.connect(self._update_readout)
        self.retranslate()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "zoom"):
            self.retranslate()

    def retranslate(self) -> None:
        self.zoom.setText(self.tr("Since 1988"))
        self.zoom.setToolTip(self.tr("Show only the years since 1988, where every change is"))
        self._update_readout(self.session.date)

    def _update_readout(self, day: date) -> None:
        chart = self.chart
        i = max((n for n, d in enumerate(chart.dates) if d <= day), default=None)
        if i is None:
            self.readout.setText(day_label(day))
            return
        held = [
            f'<span style="color:{controllers.colour(code)}">■</span> {short_label(code)} '
            f"{_km2(values[i])}"
            for code, values in chart.km2.items()
            if values[i]
        ]
        self.readout.setText(f"<b>{day_label(day)}</b>: " + " · ".join(held))

    def export_chart(self, path: str | Path) -> Path:
        return self.chart.export_chart(path)
