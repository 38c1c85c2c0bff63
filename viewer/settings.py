"""Reading the settings file so that nothing in it can stop the app from starting.

The settings file (QSettings) is the user's and the disk's: an edit by hand, another
version of the app, or a damaged file can put any type under any key. Every value is read
through these helpers: a value of the wrong type is removed from the file with a warning in
the log, and the caller gets its default.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QSettings

__all__ = ["drop", "setting_bytes", "setting_paths"]

log = logging.getLogger(__name__)


def drop(key: str, why: str) -> None:
    """Remove ``key`` from the settings file and say so in the log."""
    log.warning("settings: %s dropped (%s)", key, why)
    QSettings().remove(key)


def _value(key: str):
    try:
        return QSettings().value(key)
    except Exception as exc:  # a value Qt cannot even convert raises here
        drop(key, f"unreadable: {exc}")
        return None


def setting_bytes(key: str) -> QByteArray | None:
    """A byte-array setting (window geometry and state), or None."""
    value = _value(key)
    if value is None or isinstance(value, QByteArray):
        return value
    if isinstance(value, bytes | bytearray):
        return QByteArray(bytes(value))
    drop(key, f"not a byte array but {type(value).__name__}")
    return None


def setting_paths(key: str) -> list[str]:
    """A list of file paths (remembered layers, recent stories); wrong entries are left out."""
    value = _value(key)
    if value is None:
        return []
    if isinstance(value, str):  # some backends give a lone string for a one-item list
        value = [value]
    if not isinstance(value, list | tuple):
        drop(key, f"not a list of files but {type(value).__name__}")
        return []
    paths = [v for v in value if isinstance(v, str) and v and "\0" not in v]
    if len(paths) != len(value):
        log.warning("settings: %s: %d entries that are not file paths left out", key,
                    len(value) - len(paths))  # fmt: skip
    return paths
