"""What the page may do: load only our own scheme, open links outside, report errors.

The request interceptor is the one place that decides whether a request may leave the
machine: only map tiles, and only when the user has switched online tiles on.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineUrlRequestInterceptor

log = logging.getLogger(__name__)
console_log = logging.getLogger("viewer.page")

LOCAL_SCHEMES = {"atlas", "qrc", "data", "blob"}
TILE_HOSTS = ("tile.openstreetmap.org", "tile.opentopomap.org")


def is_tile_host(host: str) -> bool:
    return any(host == h or host.endswith("." + h) for h in TILE_HOSTS)


class RequestInterceptor(QWebEngineUrlRequestInterceptor):
    """Blocks every non-local request unless it is for tiles and tiles are allowed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.online_tiles = False
        self.remote_requests: list[str] = []  # every non-local URL the page asked for
        self.blocked: list[str] = []

    def interceptRequest(self, info) -> None:
        url = info.requestUrl()
        if url.scheme() in LOCAL_SCHEMES:
            return
        self.remote_requests.append(url.toString())
        if self.online_tiles and url.scheme() == "https" and is_tile_host(url.host()):
            return
        self.blocked.append(url.toString())
        log.debug("blocked a remote request: %s", url.toString())
        info.block(True)


class AtlasPage(QWebEnginePage):
    """Keeps navigation on the atlas page; hands outside links to the system browser."""

    _LEVELS = {
        QWebEnginePage.JavaScriptConsoleMessageLevel.InfoMessageLevel: "info",
        QWebEnginePage.JavaScriptConsoleMessageLevel.WarningMessageLevel: "warning",
        QWebEnginePage.JavaScriptConsoleMessageLevel.ErrorMessageLevel: "error",
    }

    def acceptNavigationRequest(self, url: QUrl, nav_type, is_main_frame: bool) -> bool:
        if url.scheme() in LOCAL_SCHEMES:
            return True
        if url.scheme() in {"http", "https"} and nav_type == (
            QWebEnginePage.NavigationType.NavigationTypeLinkClicked
        ):
            QDesktopServices.openUrl(url)
        else:
            log.warning("refused to navigate to %s", url.toString())
        return False

    def createWindow(self, _type):
        return None  # no pop-up windows; links with target=_blank go through navigation

    def javaScriptConsoleMessage(self, level, message, line, source) -> None:
        """The page's console, forwarded for ``--debug`` only: a user cannot act on it."""
        kind = self._LEVELS.get(level, "info")
        console_log.debug("console %s: %s:%s: %s", kind, source, line, message)
