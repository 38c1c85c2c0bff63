"""Where the page lives: the ``atlas://`` origin and the resources folder (no Qt here)."""

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
ORIGIN = "atlas://app"
PAGE_FILE = RESOURCES / "web" / "index.html"  # built by ``python -m viewer.map.page``
PAGE_URL = f"{ORIGIN}/web/index.html"
PLACES_PATH = "data/places.geojson"  # served from memory by the map controller
