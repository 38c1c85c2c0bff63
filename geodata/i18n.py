"""The interface language for text geodata writes (CLI output, controller labels, the legend).

geodata stays Qt-free, so it cannot use ``QTranslator``. It reads the same catalogues the
window's translator is compiled from: ``resources/i18n/atlas_<lang>.ts`` (Qt Linguist XML,
extracted by ``pyside6-lupdate``), with :mod:`xml.etree`. Strings are marked the way
``pyside6-lupdate`` finds them: ``translate("context", "English source")`` for text made at
run time, :func:`QT_TRANSLATE_NOOP` for constants translated where they are shown. English is
the source; a string with no finished translation is shown in English.

The language is process-wide and English until ``main.py`` sets it (``--lang``, else the
window's remembered choice, else the system locale), so library use and tests are stable.

>>> translate("controllers", "Azerbaijan")
'Azerbaijan'
>>> with language_set("ru"):
...     translate("controllers", "Azerbaijan")
'Азербайджан'
>>> normalise("hy_AM.UTF-8"), normalise("de_DE"), normalise("az-Latn-AZ")
('hy', 'en', 'az')
"""

from __future__ import annotations

import locale
import os
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

__all__ = [
    "LANGUAGES",
    "QT_TRANSLATE_NOOP",
    "catalogue",
    "language",
    "language_set",
    "normalise",
    "set_language",
    "system_language",
    "translate",
    "ts_path",
]

# English first (the source); each language's own name, as the View → Language menu shows it.
LANGUAGES = {"en": "English", "ru": "Русский", "hy": "Հայերեն", "az": "Azərbaycanca"}
I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
_current = "en"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # Qt's name: lupdate finds it
    """Mark ``text`` for extraction without translating it (constants, translated when shown).

    Parameters
    ----------
    context : str
        The catalogue's context (``controllers``, ``statuses``, ``legend`` …).
    text : str
        The English source.

    Returns
    -------
    str
        ``text`` unchanged.

    Examples
    --------
    >>> QT_TRANSLATE_NOOP("controllers", "Armenia")
    'Armenia'
    """
    return text


def normalise(code: str | None) -> str:
    """A locale name (``hy_AM.UTF-8``, ``ru-RU``, ``az``) to one of :data:`LANGUAGES`.

    Anything else is English, the source language.

    Parameters
    ----------
    code : str or None

    Returns
    -------
    str
        ``en``, ``ru``, ``hy`` or ``az``.

    Examples
    --------
    >>> normalise("ru_RU.UTF-8"), normalise(None), normalise("C")
    ('ru', 'en', 'en')
    """
    short = (code or "").replace("-", "_").split("_")[0].split(".")[0].lower()
    return short if short in LANGUAGES else "en"


def system_language() -> str:
    """The language of the system locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``), else English.

    Returns
    -------
    str

    Examples
    --------
    >>> system_language() in LANGUAGES
    True
    """
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        if value := os.environ.get(var):
            return normalise(value.split(":")[0])
    return normalise(locale.getlocale()[0])


def set_language(code: str) -> str:
    """Make ``code`` (normalised) the language geodata writes in.

    Parameters
    ----------
    code : str

    Returns
    -------
    str
        The language now in use.
    """
    global _current
    _current = normalise(code)
    return _current


def language() -> str:
    """The current language code (``en`` until :func:`set_language`).

    Returns
    -------
    str

    Examples
    --------
    >>> language()
    'en'
    """
    return _current


@contextmanager
def language_set(code: str) -> Iterator[str]:
    """Use ``code`` for the duration of a ``with`` block (a command's run, tests).

    Parameters
    ----------
    code : str

    Yields
    ------
    str
        The language in use inside the block.
    """
    before = _current
    try:
        yield set_language(code)
    finally:
        set_language(before)


def ts_path(code: str) -> Path:
    """The Qt Linguist source of ``code``'s catalogue: ``resources/i18n/atlas_<code>.ts``.

    Parameters
    ----------
    code : str

    Returns
    -------
    pathlib.Path
    """
    return I18N_DIR / f"atlas_{code}.ts"


@cache
def catalogue(code: str) -> dict[tuple[str, str], str]:
    """``(context, source) → translation`` from ``code``'s ``.ts`` file, finished entries only.

    Unfinished and obsolete entries are left out (they fall back to English); a missing file
    is an empty catalogue.

    Examples
    --------
    >>> catalogue("ru")[("controllers", "Armenia")]
    'Армения'
    >>> catalogue("en")
    {}
    """
    path = ts_path(code)
    if code == "en" or not path.is_file():
        return {}
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if tr.text:
                out[(name, message.findtext("source", ""))] = tr.text
    return out


def translate(context: str, text: str) -> str:
    """``text`` in the current language, or ``text`` itself when there is no translation.

    The call's name and argument order are Qt's, so ``pyside6-lupdate`` extracts it.

    Parameters
    ----------
    context : str
    text : str
        The English source.

    Returns
    -------
    str

    Examples
    --------
    >>> with language_set("hy"):
    ...     translate("controllers", "Armenia")
    'Հայաստան'
    >>> with language_set("az"):
    ...     translate("nowhere", "not in any catalogue")
    'not in any catalogue'
    """
    if _current == "en":
        return text
    return catalogue(_current).get((context, text), text)
