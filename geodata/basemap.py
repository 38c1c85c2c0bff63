"""Runtime access to the derived basemap files in ``resources/basemap``.

These files are produced by ``python -m geodata.build`` and committed; the app reads
only them. Nothing heavy happens at import.

>>> units = load_admin1()
>>> sorted(u.id for u in units if u.id.startswith("az-kal"))
['az-kalbajar']
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import shapely
from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

__all__ = [
    "BASEMAP_DIR",
    "Admin1",
    "basemap_credits",
    "basemap_path",
    "credit_lines",
    "hillshade_bounds",
    "load_admin1",
    "load_geojson",
]

BASEMAP_DIR = Path(__file__).resolve().parent.parent / "resources" / "basemap"
FILES = (
    "admin1.geojson",
    "countries.geojson",
    "context.geojson",
    "water.geojson",
    "places.csv",
    "hillshade.png",
    "basemap.json",
    "CREDITS.md",
)


@dataclass(frozen=True)
class Admin1:
    """One admin-1 unit (rayon, province, region): its id, properties and geometry."""

    id: str
    properties: dict
    geometry: BaseGeometry


def basemap_path(name: str) -> Path:
    """The path of one derived file, e.g. ``basemap_path("admin1.geojson")``."""
    if name not in FILES:
        raise KeyError(f"not a basemap file: {name!r} (known: {', '.join(FILES)})")
    return BASEMAP_DIR / name


@cache
def load_geojson(name: str) -> dict:
    """A derived GeoJSON file as a dict (cached; treat it as read-only)."""
    return json.loads(basemap_path(name).read_text(encoding="utf-8"))


@cache
def load_admin1() -> tuple[Admin1, ...]:
    """All admin-1 units, sorted by id, with shapely geometries."""
    return tuple(
        Admin1(f["properties"]["id"], f["properties"], shapely.geometry.shape(f["geometry"]))
        for f in load_geojson("admin1.geojson")["features"]
    )


def hillshade_bounds() -> tuple[tuple[float, float], tuple[float, float]]:
    """``((south, west), (north, east))`` of ``hillshade.png``, as Leaflet's imageOverlay takes."""
    (s, w), (n, e) = json.loads(basemap_path("basemap.json").read_text())["hillshade"]["bounds"]
    return (s, w), (n, e)


def basemap_credits() -> str:
    """The credits and provenance text (``CREDITS.md``) as the build wrote it."""
    return basemap_path("CREDITS.md").read_text(encoding="utf-8")


def credit_lines() -> list[str]:
    """``CREDITS.md``'s list items and table rows as plain lines, for the About box and the
    handout; a missing file is one line that says so."""
    try:
        text = basemap_credits()
    except OSError:
        return ["resources/basemap/CREDITS.md is missing: see docs/data.md."]
    out = []
    for line in (raw.strip() for raw in text.splitlines()):
        if line.startswith("- "):
            out.append(line[2:])
        elif line.startswith("|") and not set(line) <= set("|- ") and "package" not in line:
            out.append(" · ".join(c.strip().strip("`") for c in line.strip("|").split("|")))
    return out


def land_of(countries: tuple[str, ...]) -> BaseGeometry:
    """The union of these countries' polygons (ISO2 ids in ``countries.geojson``).

    Authored lines end beyond a river or a border where their meeting point is not
    sourced; the map draws them clipped to this land.
    """
    features = load_geojson("countries.geojson")["features"]
    return unary_union(
        [shape(f["geometry"]) for f in features if f["properties"]["id"] in countries]
    )
