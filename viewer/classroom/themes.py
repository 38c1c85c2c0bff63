"""Themes and type size: one choice that reaches the map's colours, the page and Qt's widgets.

A theme names an area palette for :meth:`MapController.set_palette` and a page theme for
``atlas.css``. The default palette is already Okabe–Ito, which stays distinguishable for
the common colour-vision deficiencies, so "Colour-blind safe" uses the same colours and
exists so that a teacher can pick it by name; "High contrast" (Paul Tol) is for washed-out
projectors. The choice and the font scale are remembered between runs (QSettings
``theme/name`` and ``theme/font_scale``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from geodata.i18n import QT_TRANSLATE_NOOP

__all__ = [
    "DEFAULT_THEME",
    "FONT_SCALE_RANGE",
    "FONT_SCALE_STEP",
    "THEMES",
    "Theme",
    "ThemeManager",
    "clamp_scale",
]


@dataclass(frozen=True)
class Theme:
    name: str  # the page's ``body[data-theme]`` and the settings value
    title: str  # the menu entry, in English (translated in the ThemeManager context)
    palette: str  # MapController palette: "default" or "high-contrast"


THEMES: dict[str, Theme] = {
    t.name: t
    for t in (
        Theme("default", QT_TRANSLATE_NOOP("ThemeManager", "&Default"), "default"),
        Theme(
            "high-contrast",
            QT_TRANSLATE_NOOP("ThemeManager", "&High contrast (projectors)"),
            "high-contrast",
        ),
        Theme(
            "colour-blind-safe", QT_TRANSLATE_NOOP("ThemeManager", "&Colour-blind safe"), "default"
        ),
    )
}
DEFAULT_THEME = "default"
FONT_SCALE_RANGE = (0.8, 2.5)
FONT_SCALE_STEP = 0.1


def clamp_scale(value: float) -> float:
    """A font scale inside :data:`FONT_SCALE_RANGE`, rounded to a tenth.

    >>> clamp_scale(9), clamp_scale(1.04), clamp_scale(0.1)
    (2.5, 1.0, 0.8)
    """
    low, high = FONT_SCALE_RANGE
    return round(min(max(float(value), low), high), 1)


class ThemeManager(QObject):
    """The current theme, font scale and presenting flag, applied to one map controller.

    ``presenting_scale`` multiplies the font scale on the page while presenting, so that
    type grows with the projector's screen; the saved font scale does not change.
    """

    changed = Signal()

    def __init__(self, controller, parent: QObject | None = None):
        super().__init__(parent)
        self.controller = controller
        settings = QSettings()
        name = str(settings.value("theme/name", DEFAULT_THEME))
        self.name = name if name in THEMES else DEFAULT_THEME
        try:
            self.font_scale = clamp_scale(float(settings.value("theme/font_scale", 1.0)))
        except (TypeError, ValueError):
            self.font_scale = 1.0
        self.presenting = False
        self.presenting_scale = 1.0
        app = QApplication.instance()
        self._base_font = QFont(app.font()) if app else None
        self.apply()

    @property
    def theme(self) -> Theme:
        return THEMES[self.name]

    @property
    def page_scale(self) -> float:
        """The scale the page gets: the user's, times the screen's while presenting."""
        return round(self.font_scale * (self.presenting_scale if self.presenting else 1.0), 2)

    def set_theme(self, name: str) -> None:
        if name not in THEMES:
            raise ValueError(f"unknown theme {name!r}: choose one of {', '.join(THEMES)}")
        self.name = name
        QSettings().setValue("theme/name", name)
        self.apply()

    def set_font_scale(self, value: float) -> None:
        self.font_scale = clamp_scale(value)
        QSettings().setValue("theme/font_scale", self.font_scale)
        self.apply()

    def larger(self) -> None:
        self.set_font_scale(self.font_scale + FONT_SCALE_STEP)

    def smaller(self) -> None:
        self.set_font_scale(self.font_scale - FONT_SCALE_STEP)

    def reset_font(self) -> None:
        self.set_font_scale(1.0)

    def set_presenting(self, presenting: bool, scale: float = 1.0) -> None:
        self.presenting, self.presenting_scale = presenting, scale
        self.apply()

    def apply(self) -> None:
        """Send the palette (the controller redraws only when it changes) and the page theme."""
        self.controller.set_palette(self.theme.palette)
        self.controller.set_theme(self.name, self.page_scale, presenting=self.presenting)
        if self._base_font is not None:
            font = QFont(self._base_font)
            if font.pointSizeF() > 0:
                font.setPointSizeF(self._base_font.pointSizeF() * self.font_scale)
            QApplication.instance().setFont(font)
        self.changed.emit()
