"""The ``atlas://`` URL scheme: the page and everything it may read, and nothing else.

Serving through a scheme instead of ``file://`` means the page cannot read arbitrary local
files (file access stays off) and sidesteps ``setHtml``'s 2 MB limit. Content comes from
in-memory entries (the built page, generated GeoJSON) or from a few whitelisted folders.
"""

from __future__ import annotations

import logging
import mimetypes
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtWebEngineCore import (
    QWebEngineUrlRequestJob,
    QWebEngineUrlScheme,
    QWebEngineUrlSchemeHandler,
)

from viewer.paths import ORIGIN

log = logging.getLogger(__name__)

SCHEME = b"atlas"
HOST = "app"

_MIME = {".js": "text/javascript", ".css": "text/css", ".geojson": "application/json"}


def register_scheme() -> None:
    """Declare the scheme; Qt requires this before the QApplication exists."""
    if QWebEngineUrlScheme.schemeByName(SCHEME).name():
        return
    scheme = QWebEngineUrlScheme(SCHEME)
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    # Secure (a secure context), CORS-enabled and fetch-allowed (so the page may fetch its
    # own data). Deliberately not LocalScheme/LocalAccessAllowed: those open the disk.
    flag = QWebEngineUrlScheme.Flag
    scheme.setFlags(flag.SecureScheme | flag.CorsEnabled | flag.FetchApiAllowed)
    QWebEngineUrlScheme.registerScheme(scheme)


def _mime(name: str) -> bytes:
    suffix = Path(name).suffix
    return (
        _MIME.get(suffix) or mimetypes.guess_type(name)[0] or "application/octet-stream"
    ).encode()


class AtlasSchemeHandler(QWebEngineUrlSchemeHandler):
    """Answers ``atlas://app/<path>`` from memory entries first, then mounted folders."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._entries: dict[str, tuple[bytes, bytes]] = {}
        self._mounts: dict[str, Path] = {}
        self.served: list[str] = []  # paths answered, in order (tests and diagnostics)

    def put(self, path: str, data: bytes, mime: str | None = None) -> str:
        """Serve ``data`` at ``path``; returns its full URL."""
        self._entries[path] = (data, (mime or _mime(path).decode()).encode())
        return f"{ORIGIN}/{path}"

    def mount(self, prefix: str, folder: Path) -> None:
        """Serve the files below ``folder`` at ``atlas://app/<prefix>/...``."""
        self._mounts[prefix] = folder.resolve()

    def resolve(self, path: str) -> tuple[bytes, bytes] | None:
        if path in self._entries:
            return self._entries[path]
        prefix, _, rest = path.partition("/")
        root = self._mounts.get(prefix)
        if root is None or not rest:
            return None
        target = (root / rest).resolve()
        if not target.is_relative_to(root) or not target.is_file():
            return None  # no escaping the mounted folder with ../
        return target.read_bytes(), _mime(target.name)

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:
        url = job.requestUrl()
        path = url.path().lstrip("/")
        found = self.resolve(path) if url.host() == HOST else None
        if found is None:
            log.warning("page asked for a missing resource: %s", url.toString())
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        data, mime = found
        buffer = QBuffer(job)  # parented to the job: freed with it
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.served.append(path)
        job.reply(mime, buffer)
