"""Help → Keyboard shortcuts, generated from what the keys are bound with.

Nothing here is written twice: the menu shortcuts are read from the window's actions
(whatever installed them: the window, the classroom, compare, side by side), the
timeline's keys from :data:`viewer.timeline.bar.KEY_TABLE` (which ``install_shortcuts``
binds) and the presentation keys from :data:`viewer.classroom.presentation.KEY_TABLE`
(which ``handle_key`` acts on). A new shortcut appears here without anyone remembering to.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMenu, QTextBrowser, QVBoxLayout

from geodata.i18n import QT_TRANSLATE_NOOP
from viewer.classroom.presentation import AUTO_ADVANCE_SECONDS
from viewer.classroom.presentation import KEY_TABLE as PRESENTATION_KEYS
from viewer.timeline.bar import KEY_TABLE as TIMELINE_KEYS

__all__ = ["menu_shortcuts", "shortcut_rows", "show_shortcuts"]

NATIVE = QKeySequence.SequenceFormat.NativeText
FIELD_NOTE = QT_TRANSLATE_NOOP(
    "ShortcutsHelp",
    'In the "Go to" date field, Left/Right/Home/End/Space edit the text, PageUp/PageDown '
    "still step; Enter goes to the date, Escape leaves the field.",
)


def _text(action: QAction) -> str:
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


def menu_shortcuts(window) -> list[tuple[str, str, str]]:
    """``(menu, command, keys)`` for every action with a shortcut, in menu order."""
    rows: list[tuple[str, str, str]] = []
    seen: set[int] = set()

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), f"{path} → {_text(action)}")
            elif action.shortcuts() and id(action) not in seen:
                seen.add(id(action))
                keys = ", ".join(k.toString(NATIVE) for k in action.shortcuts())
                rows.append((path, _text(action), keys))

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu(), _text(top))
    return rows


def shortcut_rows(window) -> list[tuple[str, list[tuple[str, str]]]]:
    """The groups the help shows: ``(heading, [(keys, what)])``."""
    menus = [(keys, f"{menu}: {command}") for menu, command, keys in menu_shortcuts(window)]
    timeline = [
        (QKeySequence(k).toString(NATIVE), QCoreApplication.translate("TimelineBar", what))
        for k, what, _, _ in TIMELINE_KEYS
    ]
    presenting = [
        (
            ", ".join(sorted(QKeySequence(int(k)).toString(NATIVE) for k in keys)),
            QCoreApplication.translate("Presentation", what).format(seconds=AUTO_ADVANCE_SECONDS),
        )
        for keys, what in PRESENTATION_KEYS
    ]
    return [
        (QCoreApplication.translate("ShortcutsHelp", "Menus"), menus),
        (
            QCoreApplication.translate("ShortcutsHelp", "Timeline (anywhere in the window)"),
            timeline,
        ),
        (QCoreApplication.translate("ShortcutsHelp", "Presenting (View → Present)"), presenting),
    ]


def shortcuts_html(window) -> str:
    parts = []
    for heading, rows in shortcut_rows(window):
        cells = "".join(
            f"<tr><td><b>{escape(keys)}</b>&nbsp;&nbsp;</td><td>{escape(what)}</td></tr>"
            for keys, what in rows
        )
        parts.append(f"<h3>{escape(heading)}</h3><table>{cells}</table>")
    parts.append(f"<p>{escape(QCoreApplication.translate('ShortcutsHelp', FIELD_NOTE))}</p>")
    return "".join(parts)


def show_shortcuts(window) -> QDialog:
    """The list in a scrollable, non-blocking dialog (kept until closed)."""
    dialog = QDialog(window)
    dialog.setObjectName("shortcuts-dialog")
    dialog.setWindowTitle(QCoreApplication.translate("ShortcutsHelp", "Keyboard shortcuts"))
    text = QTextBrowser()
    text.setHtml(shortcuts_html(window))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.close)
    layout = QVBoxLayout(dialog)
    layout.addWidget(text)
    layout.addWidget(buttons)
    dialog.resize(560, 620)
    dialog.show()
    return dialog
