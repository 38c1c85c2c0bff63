"""Build the map page once, with folium, from local assets only.

folium writes the Leaflet map, the zoom and scale controls, the optional online tile
layers and the layer control. Everything that changes with the date is left to the
scripts in ``resources/web/`` (``SCRIPTS``), which receive typed messages through the bridge.

The page depends on nothing that changes at run time, so it is built at build time:
``uv run python -m viewer.map.page`` writes ``resources/web/index.html`` (committed; a test
fails when it is stale). The app then starts without importing folium, and folium's
element names are fixed so that the build is reproducible.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from dataclasses import asdict, dataclass, field
from typing import Any

import folium
from branca.element import Element, MacroElement
from jinja2 import Template

from geodata.map_labels import MAP_LABELS
from geodata.views import DEFAULT_VIEW, view_bounds
from viewer.paths import ORIGIN, PAGE_FILE, PLACES_PATH, RESOURCES

__all__ = ["SCRIPTS", "PageConfig", "atlas_config", "basemap_layers", "build_page"]

# The sources' names; the page adds its caveat ("control lines approximate") from the catalogue.
ATTRIBUTION = "Natural Earth · GeoNames (CC BY 4.0) · NOAA GLOBE"

# Online layers: listed, never shown by default, and only reachable when the user allows
# online tiles (viewer.map.security.RequestInterceptor); offline they fail quietly.
ONLINE_TILES = (
    (
        "OpenStreetMap (online)",
        "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
        '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
    ),
    (
        "OpenTopoMap (online)",
        "https://{s}.tile.opentopomap.org/{z}/{x}/{y}.png",
        'Map data &copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'
        ' contributors, SRTM | Style &copy; <a href="https://opentopomap.org">OpenTopoMap</a>'
        " (CC-BY-SA)",
    ),
)


@dataclass
class PageConfig:
    """What atlas.js needs at boot: initial bounds, data URLs and credits."""

    bounds: tuple[tuple[float, float], tuple[float, float]]
    layers: dict[str, Any] = field(default_factory=dict)
    attribution: str = ""


# The page's scripts below resources/web/, in load order: the core first (the Atlas
# namespace), then one idea to a file. Boot steps run in this order too.
SCRIPTS = (
    "atlas.js",
    "atlas-basemap.js",
    "layer/hatch.js",
    "layer/control-layers.js",
    "layer/area-styles.js",
    "layer/highlight.js",
    "layer/events.js",
    "layer/user-layers.js",
    "control/caption.js",
    "control/legend.js",
    "atlas-boxes.js",
    "atlas-story.js",
)


class _OfflineMap(folium.Map):
    # Class attributes replaced, never mutated: folium appends to the shared lists.
    default_js = [
        ("leaflet", f"{ORIGIN}/leaflet/leaflet.js"),
        ("qwebchannel", "qrc:///qtwebchannel/qwebchannel.js"),
        *((f"atlas_{path.removesuffix('.js')}", f"{ORIGIN}/web/{path}") for path in SCRIPTS),
    ]
    default_css = [
        ("leaflet_css", f"{ORIGIN}/leaflet/leaflet.css"),
        ("atlas_css", f"{ORIGIN}/web/atlas.css"),
    ]


class _Boot(MacroElement):
    """Hands folium's randomly named map and layer control to atlas.js, with the config."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        Atlas.boot({{ this._parent.get_name() }}, {{ this.control.get_name() }},
                   {{ this.config|tojson }});
        {% endmacro %}
        """
    )

    def __init__(self, control: folium.LayerControl, config: dict[str, Any]):
        super().__init__()
        self._name = "AtlasBoot"
        self.control = control
        self.config = config


def basemap_layers() -> dict:
    """URLs of the basemap files the page loads at boot (only those that exist)."""
    basemap = RESOURCES / "basemap"
    layers: dict[str, Any] = {}
    for name in ("context", "countries", "water", "admin1"):
        if (basemap / f"{name}.geojson").is_file():
            layers[name] = f"{ORIGIN}/basemap/{name}.geojson"
    meta = basemap / "basemap.json"
    if meta.is_file() and (basemap / "hillshade.png").is_file():
        bounds = json.loads(meta.read_text())["hillshade"]["bounds"]
        layers["hillshade"] = {"url": f"{ORIGIN}/basemap/hillshade.png", "bounds": bounds}
    return layers


def atlas_config() -> PageConfig:
    """The app's page: the basemap, the gazetteer (served by the map controller) and the
    country and sea names, framed on the default view until told otherwise."""
    layers = basemap_layers()
    layers["places"] = f"{ORIGIN}/{PLACES_PATH}"
    layers["labels"] = [asdict(label) for label in MAP_LABELS]
    return PageConfig(bounds=view_bounds(DEFAULT_VIEW), layers=layers, attribution=ATTRIBUTION)


def preload_links(layers: dict[str, Any]) -> str:
    """``<link rel="preload">`` for the files the page fetches when it boots.

    Chromium then asks for them as it reads the page's head, with its scripts, not after
    the scripts have run: they are served before the window's start (on the same Python
    thread as the scheme handler) keeps the handler waiting (docs/benchmarks.md).

    >>> print(preload_links({"water": "w.geojson", "hillshade": {"url": "h.png"}}))
    <link rel="preload" href="w.geojson" as="fetch" crossorigin="anonymous">
    <link rel="preload" href="h.png" as="image">
    """
    links = []
    for value in layers.values():
        if isinstance(value, str) and value.endswith(".geojson"):
            links.append(f'<link rel="preload" href="{value}" as="fetch" crossorigin="anonymous">')
        elif isinstance(value, dict) and "url" in value:
            links.append(f'<link rel="preload" href="{value["url"]}" as="image">')
    return "\n".join(links)


def build_page(config: PageConfig) -> str:
    """The complete HTML of a map page; the same config always gives the same bytes."""
    fmap = _OfflineMap(
        location=None,
        tiles=None,
        control_scale=True,
        zoom_control=True,
        prefer_canvas=False,
        min_zoom=3,
        max_zoom=13,
        zoom_snap=0.25,
        zoom_delta=0.5,
        world_copy_jump=False,
    )
    elements = [fmap]
    for name, url, attribution in ONLINE_TILES:
        tiles = folium.TileLayer(url, attr=attribution, name=name, overlay=True, show=False)
        elements.append(tiles.add_to(fmap))
    control = folium.LayerControl(collapsed=True, position="topright")
    elements.append(control.add_to(fmap))
    elements.append(_Boot(control, config.__dict__).add_to(fmap))
    for number, element in enumerate(elements):
        element._id = f"atlas{number}"  # folium's are random: fixed names, same bytes
    fmap.get_root()._id = "atlas-root"
    fmap.get_root().header.add_child(Element(preload_links(config.layers)), name="preloads")
    return fmap.get_root().render()


def main(argv: list[str] | None = None) -> int:
    """Write ``resources/web/index.html``; with ``--check``, only say whether it is current."""
    parser = argparse.ArgumentParser(prog="python -m viewer.map.page", description=main.__doc__)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    page = build_page(atlas_config())
    if args.check:
        current = PAGE_FILE.is_file() and PAGE_FILE.read_text(encoding="utf-8") == page
        print(f"{PAGE_FILE}: {'up to date' if current else 'STALE: run python -m viewer.map.page'}")
        return 0 if current else 1
    fd, tmp = tempfile.mkstemp(dir=PAGE_FILE.parent, suffix=".html")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(page)
    os.chmod(tmp, 0o644)
    os.replace(tmp, PAGE_FILE)
    print(PAGE_FILE)
    return 0


if __name__ == "__main__":
    sys.exit(main())
