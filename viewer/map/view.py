"""The map widget: a QWebEngineView wired to the atlas scheme, the interceptor and the bridge.

Each MapView has its own off-the-record profile, so nothing is written to disk and the
scheme handler and interceptor apply to this page only.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QUrl, Signal
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEngineProfile, QWebEngineSettings
from PySide6.QtWebEngineWidgets import QWebEngineView

from viewer.map.bridge import Bridge
from viewer.map.scheme import AtlasSchemeHandler
from viewer.map.security import AtlasPage, RequestInterceptor
from viewer.paths import ORIGIN, PAGE_URL, RESOURCES

log = logging.getLogger(__name__)


def _leaflet_dir() -> Path:
    import xstatic.pkg.leaflet as leaflet

    return Path(leaflet.BASE_DIR)


class MapView(QWebEngineView):
    """Shows the atlas page; talk to it only through :attr:`bridge`."""

    loadFailed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        # Off the record (no cache or cookies on disk). Not parented to the view: the page
        # must be deleted before its profile, which shutdown() does in that order.
        self.profile = QWebEngineProfile()
        self.profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
        self.scheme = AtlasSchemeHandler(self)
        self.profile.installUrlSchemeHandler(b"atlas", self.scheme)
        self.interceptor = RequestInterceptor(self)
        self.profile.setUrlRequestInterceptor(self.interceptor)
        self.scheme.mount("leaflet", _leaflet_dir())
        self.scheme.mount("web", RESOURCES / "web")
        self.scheme.mount("basemap", RESOURCES / "basemap")

        page = self._page = AtlasPage(self.profile)
        settings = page.settings()
        settings.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessFileUrls, False)
        settings.setAttribute(
            QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, False
        )
        settings.setAttribute(QWebEngineSettings.WebAttribute.JavascriptCanOpenWindows, False)
        settings.setAttribute(QWebEngineSettings.WebAttribute.PluginsEnabled, False)
        self.setPage(page)

        self.bridge = Bridge(parent=self)
        self._preloaded = False  # see preload()
        self.channel = QWebChannel(self)
        self.channel.registerObject("bridge", self.bridge)
        page.setWebChannel(self.channel)
        page.loadFinished.connect(self._on_load_finished)

    def preload(self) -> None:
        """Start loading the page now, before the window and its data exist.

        Chromium's start (its processes, the page's scripts) then overlaps Python's imports
        and data loading (:func:`viewer.app.open_window`); the controller's
        :meth:`load_page` finds the page under way. The page's first request for generated
        data (the places) must be served before this is called; the others are asked for
        by messages, which queue. The page's ``ready`` is held until :meth:`load_page`, so
        that ``mapReady`` reaches the controller built meanwhile.
        """
        self.bridge.hold()
        self.load_page()
        self._preloaded = True

    def load_page(self, url: str = PAGE_URL) -> None:
        """Load the atlas page (built once, see viewer.map.page); the bridge queues messages
        until the page says it is ready."""
        if self._preloaded and url == PAGE_URL:
            self._preloaded = False  # already loading (preload): keep it going
            self.bridge.release()
            return
        self.bridge.reset()
        self.load(QUrl(url))

    def serve(self, path: str, data: bytes, mime: str | None = None) -> str:
        """Make generated data (e.g. control areas as GeoJSON) available to the page."""
        return self.scheme.put(path, data, mime)

    def set_online_tiles(self, allowed: bool) -> None:
        self.interceptor.online_tiles = allowed

    def _on_load_finished(self, ok: bool) -> None:
        if not ok:
            log.error("the map page failed to load from %s", ORIGIN)
            self.loadFailed.emit(self.tr("The map page could not be loaded."))

    def shutdown(self) -> None:
        """Delete the page, then its profile: the other order crashes Qt WebEngine at exit."""
        page = self.page()
        page.setWebChannel(None)
        page.deleteLater()
        self.profile.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
