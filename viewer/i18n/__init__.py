"""The window's language: Qt's translators for the app's ``.qm`` and Qt's own dialogs.

The app's strings come from ``resources/i18n/atlas_<lang>.qm`` (built by
``python -m viewer.i18n.build``); Qt's standard dialogs and buttons from the wheel's
``qtbase_<lang>.qm``. The PySide6 wheel ships ``qtbase_ru`` but no Armenian or Azerbaijani
Qt catalogue, so in ``hy`` and ``az`` Qt's own dialogs (file pickers, OK/Cancel) stay in
English (docs/i18n.md). geodata's text follows the same language (:mod:`geodata.i18n`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from geodata.i18n import I18N_DIR, LANGUAGES, language, normalise, set_language, system_language

__all__ = ["SETTING", "install_translators", "resolve_language", "save_language"]

SETTING = "language"
_installed: list[QTranslator] = []


def resolve_language(requested: str | None) -> str:
    """``--lang`` if given, else View → Language's remembered choice, else the system's."""
    if requested:
        return normalise(requested)
    saved = QSettings().value(SETTING, "", str)
    return normalise(saved) if saved in LANGUAGES else system_language()


def save_language(code: str) -> None:
    """Remember View → Language's choice for the next start."""
    QSettings().setValue(SETTING, normalise(code))


def install_translators(code: str | None = None) -> list[str]:
    """Load and install the translators for ``code`` (default: geodata's current language).

    Returns the catalogues installed (``atlas_ru``, ``qtbase_ru``); none for English.
    """
    app = QCoreApplication.instance()
    code = set_language(code or language())
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(code))
    if code == "en":
        return []
    loaded = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"atlas_{code}", str(I18N_DIR)), (f"qtbase_{code}", qt_dir)):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(name)
    return loaded


def install_language_menu(window) -> None:
    """View → Language: one checkable entry per language, each in its own name.

    The choice is remembered and applies from the next start (the window's texts are made
    once); the status bar says so in the chosen language's catalogue's words.
    """
    from PySide6.QtGui import QAction, QActionGroup

    from viewer.menus import window_menu

    menu = window_menu(window, "View").addMenu(
        QCoreApplication.translate("MainWindow", "&Language")
    )
    group = QActionGroup(menu)
    for code, name in LANGUAGES.items():
        action = QAction(name, menu, checkable=True, checked=code == language())
        action.setData(code)
        group.addAction(action)
        menu.addAction(action)
    group.triggered.connect(lambda action: _chosen(window, action.data()))


def _chosen(window, code: str) -> None:
    save_language(code)
    window.statusBar().showMessage(
        QCoreApplication.translate(
            "MainWindow", "The language changes when Caucasus Atlas next starts."
        ),
        8000,
    )
