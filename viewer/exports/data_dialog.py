"""File → Export data…: format, an optional date window and a file, then the export.

The export itself is :func:`geodata.exchange.export`; this module is the dialog around it,
imported when the menu item is first used (:mod:`viewer.user_layers` adds the item).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from geodata.problems import AtlasError

__all__ = ["ExportDialog", "export_data"]


class ExportDialog(QDialog):
    """Format, an optional date window and a file: File → Export data…."""

    def __init__(self, window):
        super().__init__(window)
        from geodata.exchange.export import FORMATS

        data = window.session.data
        self.setWindowTitle(self.tr("Export data"))
        self.format = QComboBox()
        labels = {
            "kml": self.tr("KML (Google Earth)"),
            "geojson": self.tr("GeoJSON (QGIS)"),
            "gpkg": self.tr("GeoPackage (QGIS)"),
            "csv": self.tr("CSV (spreadsheet)"),
        }
        for fmt in FORMATS:
            self.format.addItem(labels[fmt], fmt)
        first = QDate(data.first_day.year, data.first_day.month, data.first_day.day)
        last = QDate(data.last_day.year, data.last_day.month, data.last_day.day)
        self.use_from, self.start = QCheckBox(self.tr("From")), self._date(first, first, last)
        self.use_to, self.end = QCheckBox(self.tr("To")), self._date(last, first, last)
        self.path = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path)
        row.addWidget(browse)
        holder = QWidget()
        holder.setLayout(row)
        form = QFormLayout(self)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.use_from, self.start)
        form.addRow(self.use_to, self.end)
        form.addRow(self.tr("File"), holder)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @staticmethod
    def _date(value: QDate, lo: QDate, hi: QDate) -> QDateEdit:
        edit = QDateEdit(value)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setDateRange(lo, hi)
        edit.setCalendarPopup(True)
        return edit

    def _browse(self) -> None:
        from geodata.exchange.export import SUFFIXES

        fmt = self.format.currentData()
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export data"), f"caucasus-atlas{SUFFIXES[fmt]}", f"*{SUFFIXES[fmt]}"
        )
        if path:
            self.path.setText(path)

    def options(self) -> dict:
        """What the user chose, as :func:`geodata.exchange.export` arguments."""
        return {
            "fmt": self.format.currentData(),
            "path": self.path.text().strip(),
            "start": self.start.date().toPython() if self.use_from.isChecked() else None,
            "end": self.end.date().toPython() if self.use_to.isChecked() else None,
        }


def export_data(window, options: dict | None = None) -> bool:
    """Run the export dialog (or use ``options``) and write; say where, or what went wrong.

    After a warning the same dialog comes back with the user's choices, so a wrong folder
    costs one correction, not the whole form again.
    """
    dialog = ExportDialog(window) if options is None else None
    while True:
        if dialog is not None:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            options = dialog.options()
        problem = _export(window, options)
        if problem is None:
            return True
        QMessageBox.warning(
            window, QCoreApplication.translate("ExportDialog", "Cannot export"), problem
        )
        if dialog is None:
            return False


def _export(window, options: dict) -> str | None:
    """Write the export; ``None`` when done (and the user told where), else the problem."""
    from geodata.exchange import export
    from viewer.exports.saved import tell_saved

    if not options["path"]:
        return QCoreApplication.translate("ExportDialog", "Choose a file to write.")
    try:
        done = export(window.session.data, **options)
    except AtlasError as exc:
        return str(exc)
    tell_saved(
        window,
        QCoreApplication.translate("ExportDialog", "Export data"),
        Path(options["path"]),
        QCoreApplication.translate("ExportDialog", "Exported"),
        done.summary(),
    )
    return None
