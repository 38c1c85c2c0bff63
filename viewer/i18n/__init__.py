"""The window's language: Qt's translators for the app's ``.qm`` and Qt's own dialogs.

The app's strings come from ``resources/i18n/atlas_<lang>.qm`` (built by
``python -m viewer.i18n.build``); Qt's standard dialogs and buttons from the wheel's
``qtbase_<lang>.qm``. The PySide6 wheel ships ``qtbase_ru`` but no Armenian or Azerbaijani
Qt catalogue, so in ``hy`` and ``az`` Qt's own dialogs (file pickers, OK/Cancel) stay in
English (docs/i18n.md). geodata's text follows the same language (:mod:`geodata.i18n`).

A language chosen in View → Language applies at once: swapping the translators makes Qt send
every widget a ``LanguageChange`` event, and whatever shows translated text re-reads it then
(:func:`on_language_change`, or a widget's own ``changeEvent``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
)

from geodata.i18n import I18N_DIR, LANGUAGES, language, normalise, set_language, system_language

__all__ = [
    "SETTING",
    "Texts",
    "install_language_menu",
    "install_translators",
    "on_language_change",
    "resolve_language",
    "save_language",
    "switch_language",
]

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


class _LanguageWatch(QObject):
    """Calls ``callback`` when ``target`` (a widget) gets Qt's ``LanguageChange`` event."""

    def __init__(self, target: QObject, callback: Callable[[], object]):
        super().__init__(target)
        self.callback = callback
        target.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.callback()
        return False


def on_language_change(widget: QObject, callback: Callable[[], object]) -> QObject:
    """Run ``callback`` now and again whenever the language changes while ``widget`` lives.

    For the texts of objects that get no ``LanguageChange`` of their own (actions and menus a
    feature adds to the window): ``callback`` sets them with ``translate(...)``.
    """
    callback()
    return _LanguageWatch(widget, callback)


class Texts(QObject):
    """The texts of one context on one widget, set now and again at each language change.

    ``bind(action.setText, QT_TRANSLATE_NOOP("MainWindow", "&Quit"))``: the marker lets
    ``pyside6-lupdate`` find the source; ``bind`` translates it in this object's context
    (the marker's must be the same) and remembers the setter for the next change.
    """

    def __init__(self, widget: QObject, context: str):
        super().__init__(widget)
        self.context = context
        self._bound: list[tuple[Callable[[str], object], str, dict]] = []
        on_language_change(widget, self.apply)

    def bind(self, setter: Callable[[str], object], source: str, **fields) -> str:
        """Set ``setter(translation)`` now and at every change; ``fields`` fill ``{name}``s."""
        self._bound.append((setter, source, fields))
        text = self.tr_(source, **fields)
        setter(text)
        return text

    def tr_(self, source: str, **fields) -> str:
        """``source`` in this context and the current language, its ``{fields}`` filled."""
        text = QCoreApplication.translate(self.context, source)
        return text.format(**fields) if fields else text

    def apply(self) -> None:
        for setter, source, fields in getattr(self, "_bound", ()):
            setter(self.tr_(source, **fields))


def switch_language(code: str) -> str:
    """View → Language: remember ``code`` and swap the translators (the window follows)."""
    save_language(code)
    install_translators(code)
    return language()


def install_language_menu(window) -> None:
    """View → Language: one checkable entry per language, each in its own name.

    The choice is remembered and applies at once (:func:`switch_language`).
    """
    from PySide6.QtGui import QAction, QActionGroup

    from viewer.menus import window_menu

    menu = window_menu(window, "View").addMenu("")
    menu.setObjectName("Language")
    on_language_change(
        window, lambda: menu.setTitle(QCoreApplication.translate("MainWindow", "&Language"))
    )
    group = QActionGroup(menu)
    for code, name in LANGUAGES.items():
        action = QAction(name, menu, checkable=True, checked=code == language())
        action.setData(code)
        group.addAction(action)
        menu.addAction(action)
    group.triggered.connect(lambda action: switch_language(action.data()))
    window.language_menu = menu
