"""The font the window, the page, the PNG, the PDF and the film write with.

DejaVu Sans is shipped in ``resources/web/fonts/`` (the page loads it by ``@font-face``; the
window registers the same files here) because Armenian letters cannot be relied on in the
system fonts of Windows and macOS. ``tests/test_fonts.py`` checks that it covers every
character of every translation and place name.
"""

from __future__ import annotations

from viewer.paths import RESOURCES

__all__ = ["FAMILY", "FONT_FILES", "install_fonts"]

FONT_FILES = (
    RESOURCES / "web" / "fonts" / "DejaVuSans.ttf",
    RESOURCES / "web" / "fonts" / "DejaVuSans-Bold.ttf",
)
FAMILY = "DejaVu Sans"
_registered: list[int] = []


def install_fonts(app) -> None:
    """Register the shipped font and make it the application's (sizes stay the platform's)."""
    from PySide6.QtGui import QFont, QFontDatabase

    if not _registered:
        _registered.extend(QFontDatabase.addApplicationFont(str(p)) for p in FONT_FILES)
    font = QFont(app.font())
    font.setFamily(FAMILY)
    app.setFont(font)
