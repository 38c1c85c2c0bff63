"""File → Export animation…: the timeline as a film, from the window.

The same plan and engine as ``caucasus-atlas animate`` (:func:`geodata.film.plan_film`,
:func:`viewer.exports.film.write_film`), in the window's theme and framing. The range starts
at the timeline's date; the dialog says how many frames and seconds the choice makes before
anything is drawn, refuses a bad range or size in the words the command line uses, shows a
progress bar with Cancel (which leaves no file), and says where the film was written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QWidget,
)

from geodata.film import Frame, check_range, parse_video_size, plan_film
from geodata.i18n import QT_TRANSLATE_NOOP
from geodata.problems import AtlasError
from geodata.timescale import add_years
from viewer.exports.dialog import current_theme
from viewer.exports.encoders import check_encoder

__all__ = ["ExportFilmDialog", "FilmRequest", "export_film", "run_export"]

# The dialog's words are marked here and translated where shown (ExportFilmDialog context).
TITLE = QT_TRANSLATE_NOOP("ExportFilmDialog", "Export animation")
STEP_CHOICES = (
    (QT_TRANSLATE_NOOP("ExportFilmDialog", "Every week"), "1w"),
    (QT_TRANSLATE_NOOP("ExportFilmDialog", "Every day"), "1d"),
    (QT_TRANSLATE_NOOP("ExportFilmDialog", "Every month"), "1m"),
    (QT_TRANSLATE_NOOP("ExportFilmDialog", "Each control change"), "change"),
)
SIZES = (
    (QT_TRANSLATE_NOOP("ExportFilmDialog", "1280 × 720 (HD)"), (1280, 720)),
    (QT_TRANSLATE_NOOP("ExportFilmDialog", "1920 × 1080 (Full HD slides)"), (1920, 1080)),
    (QT_TRANSLATE_NOOP("ExportFilmDialog", "800 × 450 (GIF for the web)"), (800, 450)),
)
OPTION_FIELDS = (
    ("--from", QT_TRANSLATE_NOOP("ExportFilmDialog", "From")),
    ("--to", QT_TRANSLATE_NOOP("ExportFilmDialog", "To")),
    ("--step", QT_TRANSLATE_NOOP("ExportFilmDialog", "Step")),
    ("--hold", QT_TRANSLATE_NOOP("ExportFilmDialog", "Hold")),
    ("--size", QT_TRANSLATE_NOOP("ExportFilmDialog", "Size")),
    ("--out", QT_TRANSLATE_NOOP("ExportFilmDialog", "File")),
)
FORMATS = QT_TRANSLATE_NOOP(
    "ExportFilmDialog", "MP4 video (*.mp4);;WebM video (*.webm);;GIF animation (*.gif)"
)
SUFFIXES = (".mp4", ".webm", ".gif")


def _tr(source: str) -> str:
    """A marked constant of this module in the current language."""
    return QCoreApplication.translate("ExportFilmDialog", source)


@dataclass(frozen=True)
class FilmRequest:
    """What the dialog asks for, planned and checked (:meth:`ExportFilmDialog.request`)."""

    plan: list[Frame]
    out: Path
    size: tuple[int, int]
    fps: int


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


class ExportFilmDialog(QDialog):
    """Range, step, hold, frame rate, size, title cards and file; ``request()`` plans it."""

    def __init__(self, data, start: date, default_path: Path, parent=None):
        super().__init__(parent)
        self.setWindowTitle(_tr(TITLE))
        self.data = data
        first, last = data.first_day, data.last_day
        end = min(add_years(start, 2), last)
        if end <= start:  # at the end of the timeline: the two years before it
            start, end = max(add_years(last, -2), first), last
        self.from_edit, self.to_edit = QDateEdit(_qdate(start)), QDateEdit(_qdate(end))
        for edit, name in (
            (self.from_edit, self.tr("First day")),
            (self.to_edit, self.tr("Last day")),
        ):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setCalendarPopup(True)
            edit.setDateRange(_qdate(first), _qdate(last))
            edit.setAccessibleName(name)
        self.step = QComboBox()
        self.step.setAccessibleName(self.tr("Step"))
        for label, _ in STEP_CHOICES:
            self.step.addItem(self.tr(label))
        self.hold, self.fps = QSpinBox(), QSpinBox()
        self.hold.setRange(1, 600)
        self.hold.setSuffix(self.tr(" frames"))
        self.hold.setAccessibleName(self.tr("Frames each control change is held"))
        self.fps.setRange(1, 60)
        self.fps.setValue(12)
        self.fps.setSuffix(self.tr(" frames/s"))
        self.fps.setAccessibleName(self.tr("Frame rate"))
        self.size = QComboBox()
        self.size.setAccessibleName(self.tr("Film size"))
        for label, _ in SIZES:
            self.size.addItem(self.tr(label))
        self.cards = QCheckBox(self.tr("A title card as each story section begins"))
        self.path_edit = QLineEdit(str(default_path))
        self.path_edit.setAccessibleName(self.tr("File to save"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(browse)
        self.summary = QLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        form = QFormLayout(self)
        form.addRow(self.tr("&From:"), self.from_edit)
        form.addRow(self.tr("&To:"), self.to_edit)
        form.addRow(self.tr("&Step:"), self.step)
        form.addRow(self.tr("&Hold changes:"), self.hold)
        form.addRow(self.tr("Frame &rate:"), self.fps)
        form.addRow(self.tr("Si&ze:"), self.size)
        form.addRow("", self.cards)
        where_widget = QWidget()
        where_widget.setLayout(where)
        form.addRow(self.tr("&File:"), where_widget)
        form.addRow("", self.summary)
        form.addRow(buttons)
        for signal in (
            self.from_edit.dateChanged,
            self.to_edit.dateChanged,
            self.step.currentIndexChanged,
            self.hold.valueChanged,
            self.fps.valueChanged,
            self.cards.toggled,
        ):
            signal.connect(self._update_summary)
        self._update_summary()

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, _tr(TITLE), self.path_edit.text(), self.tr(FORMATS)
        )
        if path:
            self.path_edit.setText(path)

    def path(self) -> Path:
        text = self.path_edit.text().strip()
        return Path(text if text.lower().endswith(SUFFIXES) else text + ".mp4")

    def request(self) -> FilmRequest:
        """The film asked for, planned; AtlasError, in the dialog's words, if it cannot be."""
        try:
            return self._request()
        except AtlasError as exc:  # the command line's refusals, with the fields' names
            text = str(exc)
            for option, field in OPTION_FIELDS:
                text = text.replace(option, self.tr(field))
            raise AtlasError(text) from None

    def _request(self) -> FilmRequest:
        start, end = _day(self.from_edit), _day(self.to_edit)
        check_range(start, end, self.data.first_day, self.data.last_day)
        if self.data.control is None:
            raise AtlasError(self.tr("no control data to film"))
        out = self.path()
        suffix = out.suffix.lower()
        check_encoder(suffix)
        if not out.parent.is_dir():
            raise AtlasError(
                self.tr("the folder {folder} does not exist").format(folder=out.parent)
            )
        width, height = SIZES[self.size.currentIndex()][1]
        size = parse_video_size(f"{width}x{height}", even=suffix != ".gif")
        fps = self.fps.value()
        plan = plan_film(
            self.data.control.timeline,
            start,
            end,
            STEP_CHOICES[self.step.currentIndex()][1],
            self.hold.value(),
            story=self.data.story if self.cards.isChecked() else None,
            fps=fps,
        )
        return FilmRequest(plan, out, size, fps)

    def _update_summary(self) -> None:
        try:
            request = self.request()
        except AtlasError as exc:
            self.summary.setText(str(exc))
            return
        frames = sum(f.repeat for f in request.plan)
        self.summary.setText(
            self.tr("{frames} frames, {seconds} s").format(
                frames=frames, seconds=f"{frames / request.fps:.1f}"
            )
        )


def run_export(window, session, view_name: str, request: FilmRequest) -> Path | None:
    """Render ``request`` with a progress bar and Cancel; the file written, or None.

    The film frames what the window's map shows and uses its theme, as File → Export image…
    does. Cancel leaves no file (and an older one of that name untouched).
    """
    from viewer.exports.film import Cancelled, FilmRenderer, write_film

    palette, font_scale = current_theme(window)
    bounds = getattr(getattr(window, "controller", None), "visible_bounds", None)
    renderer = FilmRenderer(
        session, view_name, request.size, palette=palette, font_scale=font_scale, bounds=bounds
    )
    total = sum(f.repeat for f in request.plan)
    progress = QProgressDialog(
        QCoreApplication.translate("ExportFilmDialog", "Rendering {frames} frames…").format(
            frames=total
        ),
        QCoreApplication.translate("ExportFilmDialog", "Cancel"),
        0,
        total,
        window,
    )
    progress.setWindowTitle(_tr(TITLE))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.canceled.connect(renderer.cancel)
    renderer.progress.connect(lambda done, _total: progress.setValue(done))
    progress.show()
    window.film_progress = progress  # for tests and the accessibility tree
    try:
        frames = write_film(renderer, request.plan, request.out, request.fps)
    except Cancelled:
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "ExportFilmDialog", "Animation cancelled: nothing was written."
            ),
            10_000,
        )
        return None
    except (AtlasError, OSError) as exc:
        QMessageBox.warning(
            window,
            _tr(TITLE),
            QCoreApplication.translate(
                "ExportFilmDialog", "The film was not saved: {error}"
            ).format(error=exc),
        )
        return None
    finally:
        progress.close()
    window.statusBar().showMessage(
        QCoreApplication.translate(
            "ExportFilmDialog", "Film saved: {path} ({frames} frames, {seconds} s)"
        ).format(path=request.out, frames=frames, seconds=f"{frames / request.fps:.1f}"),
        0,
    )
    return request.out


def export_film(window, session, view_name: str) -> Path | None:
    """File → Export animation…: ask, check, render; say where the film was written."""
    folder = Path(str(QSettings().value("export/folder", str(Path.home()))))
    default = folder / f"caucasus-atlas-{session.date.isoformat()}.mp4"
    dialog = ExportFilmDialog(session.data, session.date, default, window)
    while True:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        try:
            request = dialog.request()
            break
        except AtlasError as exc:
            QMessageBox.warning(window, _tr(TITLE), str(exc))
    QSettings().setValue("export/folder", str(request.out.parent))
    return run_export(window, session, view_name, request)
