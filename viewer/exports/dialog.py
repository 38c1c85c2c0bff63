"""File → Export image…: the map at the current date as a PNG for slides.

The image comes from the same offscreen engine as ``caucasus-atlas render``
(:func:`viewer.exports.render.grab_map`), so the title, the date, the legend, the scale bar and the
credits that the page draws are burnt into the picture at the chosen size, in the window's
current theme (palette and type size); the zoom buttons and the layer control are left out.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QWidget,
)

from geodata.atomic import check_target
from geodata.i18n import QT_TRANSLATE_NOOP
from geodata.problems import AtlasError
from viewer.exports import SIZE_RANGE
from viewer.exports.render import grab_map, save_png_atomically
from viewer.exports.saved import tell_saved

__all__ = ["PRESETS", "ExportImageDialog", "export_image", "save_image"]

PRESETS = (
    (QT_TRANSLATE_NOOP("ExportImageDialog", "1920 × 1080 (Full HD slides)"), (1920, 1080)),
    (QT_TRANSLATE_NOOP("ExportImageDialog", "1280 × 720 (HD)"), (1280, 720)),
    (QT_TRANSLATE_NOOP("ExportImageDialog", "2560 × 1440 (QHD, the largest)"), (2560, 1440)),
    (QT_TRANSLATE_NOOP("ExportImageDialog", "Custom"), None),
)


def save_image(
    session,
    view_name: str,
    size: tuple[int, int],
    out: Path,
    palette: str = "default",
    font_scale: float = 1.0,
    bounds=None,
) -> None:
    """Render the map at ``session.date`` and write it to ``out`` (never half-written);
    ``bounds`` frames it (what the window shows), else ``view_name`` does."""
    image = grab_map(
        session, view_name, size, palette=palette, font_scale=font_scale, bounds=bounds
    )
    save_png_atomically(image, out)


def current_theme(window) -> tuple[str, float]:
    """The window's palette and font scale (its classroom ThemeManager), else the defaults."""
    themes = getattr(getattr(window, "classroom", None), "themes", None)
    if themes is None:
        return "default", 1.0
    return themes.theme.palette, themes.font_scale


class ExportImageDialog(QDialog):
    """Size (a preset or custom) and where to save: ``image_size()`` and ``path()``."""

    def __init__(self, default_path: Path, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export image"))
        self.preset = QComboBox()
        self.preset.setAccessibleName(self.tr("Image size"))
        for label, _ in PRESETS:
            self.preset.addItem(self.tr(label))
        self.width_box, self.height_box = QSpinBox(), QSpinBox()
        for box, value, name in (
            (self.width_box, 1920, self.tr("Width in pixels")),
            (self.height_box, 1080, self.tr("Height in pixels")),
        ):
            box.setRange(*SIZE_RANGE)
            box.setValue(value)
            box.setSuffix(self.tr(" px"))
            box.setAccessibleName(name)
        custom = QHBoxLayout()
        custom.addWidget(self.width_box)
        custom.addWidget(self.height_box)
        self.path_edit = QLineEdit(str(default_path))
        self.path_edit.setAccessibleName(self.tr("File to save"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(browse)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        form = QFormLayout(self)
        form.addRow(self.tr("&Size:"), self.preset)
        sizes = QWidget()
        sizes.setLayout(custom)
        form.addRow(self.tr("Custom size:"), sizes)
        form.addRow(self.tr("&File:"), _row(where))
        form.addRow(buttons)
        self.preset.currentIndexChanged.connect(self._on_preset)
        self._on_preset(0)

    def _on_preset(self, index: int) -> None:
        size = PRESETS[index][1]
        custom = size is None
        self.width_box.setEnabled(custom)
        self.height_box.setEnabled(custom)
        if size:
            self.width_box.setValue(size[0])
            self.height_box.setValue(size[1])

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export image"), self.path_edit.text(), self.tr("PNG image (*.png)")
        )
        if path:
            self.path_edit.setText(path)

    def image_size(self) -> tuple[int, int]:
        return self.width_box.value(), self.height_box.value()

    def path(self) -> Path:
        text = self.path_edit.text().strip()
        return Path(text if text.lower().endswith(".png") else text + ".png")


def _row(layout) -> QWidget:
    widget = QWidget()
    widget.setLayout(layout)
    return widget


def export_image(window, session, view_name: str) -> Path | None:
    """Ask for a size and a file, render with a busy indicator, report in the status bar."""
    folder = Path(str(QSettings().value("export/folder", str(Path.home()))))
    default = folder / f"caucasus-atlas-{session.date.isoformat()}.png"
    dialog = ExportImageDialog(default, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    out, size = dialog.path(), dialog.image_size()
    title = QCoreApplication.translate("ExportImageDialog", "Export image")
    not_saved = QCoreApplication.translate("ExportImageDialog", "The image was not saved: {error}")
    try:
        check_target(out)
    except AtlasError as exc:
        QMessageBox.warning(window, title, not_saved.format(error=exc))
        return None
    QSettings().setValue("export/folder", str(out.parent))
    busy = QProgressDialog(
        QCoreApplication.translate(
            "ExportImageDialog", "Rendering the map at {width} × {height}…"
        ).format(width=size[0], height=size[1]),
        "",
        0,
        0,
        window,
    )
    busy.setWindowTitle(title)
    busy.setCancelButton(None)
    busy.setWindowModality(Qt.WindowModality.WindowModal)
    busy.setMinimumDuration(0)
    busy.show()
    palette, font_scale = current_theme(window)
    # The image frames what the window's map shows now, not only the named view.
    bounds = getattr(getattr(window, "controller", None), "visible_bounds", None)
    try:
        save_image(session, view_name, size, out, palette, font_scale, bounds)
    except (AtlasError, OSError) as exc:
        busy.close()
        QMessageBox.warning(window, title, not_saved.format(error=exc))
        return None
    busy.close()
    tell_saved(window, title, out, QCoreApplication.translate("ExportImageDialog", "Image saved"))
    return out
