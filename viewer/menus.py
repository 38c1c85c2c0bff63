"""Finding the window's menus by title, for features that install themselves.

Features (classroom, compare, user layers) add their actions to menus the window built;
they find them here, so that each does not carry its own lookup.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QMenu

__all__ = ["window_menu"]


def window_menu(window: QMainWindow, title: str) -> QMenu:
    """The menu bar's menu called ``title`` in English (ignoring the ``&`` mnemonic), made
    if missing.

    Titles are shown translated, so the English title is also the menu's object name.
    """
    for action in window.menuBar().actions():
        menu = action.menu()
        if menu is not None and title in (menu.objectName(), menu.title().replace("&", "")):
            return menu
    menu = window.menuBar().addMenu(f"&{title}")
    menu.setObjectName(title)
    return menu
