"""Build the map page once, with folium, from local assets only.

folium writes the Leaflet map, the zoom and scale controls, the optional online tile
layers and the layer control. Everything that changes with the date is left to
``resources/web/atlas.js``, which receives typed messages through the bridge.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import folium
from branca.element import MacroElement
from jinja2 import Template

from viewer.scheme import ORIGIN

__all__ = ["PageConfig", "build_page"]

# Online layers: listed, never shown by default, and only reachable when the user allows
# online tiles (viewer.security.RequestInterceptor); offline they fail quietly.
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
    labels: dict[str, str] = field(default_factory=dict)


class _OfflineMap(folium.Map):
    # Class attributes replaced, never mutated: folium appends to the shared lists.
    default_js = [
        ("leaflet", f"{ORIGIN}/leaflet/leaflet.js"),
        ("qwebchannel", "qrc:///qtwebchannel/qwebchannel.js"),
        ("atlas", f"{ORIGIN}/web/atlas.js"),
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


def build_page(config: PageConfig) -> str:
    """The complete HTML of the map page (served at ``atlas://app/index.html``)."""
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
    for name, url, attribution in ONLINE_TILES:
        folium.TileLayer(url, attr=attribution, name=name, overlay=True, show=False).add_to(fmap)
    control = folium.LayerControl(collapsed=True, position="topright")
    control.add_to(fmap)
    _Boot(control, config.__dict__).add_to(fmap)
    return fmap.get_root().render()
