"""Finding the window's menus by title, for features that install themselves.

Features (classroom, compare, user layers) add their actions to menus the window built;
they find them here, so that each does not carry its own lookup.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QMenu

__all__ = ["window_menu"]


def window_menu(window: QMainWindow, title: str) -> QMenu:
    """The menu bar's menu called ``title`` (ignoring the ``&`` mnemonic), made if missing."""
    for action in window.menuBar().actions():
        menu = action.menu()
        if menu is not None and menu.title().replace("&", "") == title:
            return menu
    return window.menuBar().addMenu(f"&{title}")
