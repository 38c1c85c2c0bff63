"""Drives the map page from the session: what to draw at the current date.

It keeps what it last sent, so a date change sends only what changed (the model's diff),
and it is the only place that turns facts into bridge messages.
"""

from __future__ import annotations

import json
import logging

from geodata.atlas import places_geojson
from geodata.views import VIEWS, view_bounds
from viewer.mappage import PageConfig
from viewer.mapview import RESOURCES, MapView
from viewer.messages import FitBounds, FlyTo, SetCaption
from viewer.session import Session

log = logging.getLogger(__name__)

BASEMAP = RESOURCES / "basemap"


def basemap_layers() -> dict:
    """URLs of the basemap files the page loads at boot (only those that exist)."""
    layers = {}
    for name in ("context", "countries", "water", "admin1"):
        if (BASEMAP / f"{name}.geojson").is_file():
            layers[name] = f"atlas://app/basemap/{name}.geojson"
    meta = BASEMAP / "basemap.json"
    if meta.is_file() and (BASEMAP / "hillshade.png").is_file():
        bounds = json.loads(meta.read_text())["hillshade"]["bounds"]
        layers["hillshade"] = {"url": "atlas://app/basemap/hillshade.png", "bounds": bounds}
    return layers


class MapController:
    def __init__(self, view: MapView, session: Session, view_name: str):
        self.map = view
        self.session = session
        self.view = view_name
        layers = basemap_layers()
        places = json.dumps(places_geojson(session.data.places)).encode()
        layers["places"] = view.serve("data/places.geojson", places)
        config = PageConfig(
            bounds=view_bounds(view_name),
            layers=layers,
            attribution="Natural Earth · GeoNames (CC BY 4.0) · NOAA GLOBE · lines approximate",
        )
        view.load_atlas(config)
        session.date_changed.connect(self.show_date)
        self.show_date(session.date)

    def show_view(self, name: str, animate: bool = True) -> None:
        self.view = name
        bounds = view_bounds(name)
        self.map.bridge.send(FlyTo(bounds=bounds) if animate else FitBounds(bounds=bounds))

    def show_date(self, day, ack: int = 0) -> None:
        self.map.bridge.send(
            SetCaption(title=VIEWS[self.view][0], date=self.session.date_label(), ack=ack)
        )
