"""After an export: tell the user where the file went and offer to open its folder.

:func:`tell_saved` is non-blocking (the window stays usable) and also writes the status bar.
Files themselves are written by :mod:`geodata.atomic` with a plain ``open``, so they get the
usual permissions (0666 less the umask), not a temporary file's 0600.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

__all__ = ["open_folder", "tell_saved"]


def open_folder(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))


def tell_saved(window, title: str, path: Path, what: str = "", detail: str = "") -> QMessageBox:
    """A non-blocking note: "Saved to PATH", with Open folder and Close; also in the status bar.

    ``what`` ("Image saved") comes translated from the caller; by default "Saved".
    """
    what = what or QCoreApplication.translate("SavedBox", "Saved")
    text = QCoreApplication.translate("SavedBox", "{what} to:\n{path}").format(what=what, path=path)
    text += f"\n\n{detail}" if detail else ""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=window)
    box.setObjectName("saved-box")
    folder = box.addButton(
        QCoreApplication.translate("SavedBox", "Open folder"), QMessageBox.ButtonRole.ActionRole
    )
    folder.clicked.connect(lambda: open_folder(path))
    box.addButton(QMessageBox.StandardButton.Close)
    box.open()
    window.saved_box = box  # kept until the next export replaces it
    window.statusBar().showMessage(f"{what}: {detail or path}", 10_000)
    return box
