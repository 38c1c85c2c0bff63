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
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # shapely is imported where geometry is made: the window starts without it
    from shapely.geometry.base import BaseGeometry

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
    """One admin-1 unit (rayon, province, region): its id, properties and geometry.

    Parameters
    ----------
    id : str
        ``<iso2>-<english-slug>``, e.g. ``az-kalbajar``.
    properties : dict
        The GeoJSON properties (``name``, ``name_hy``, ``name_az``, ``km2`` …).
    geometry : shapely.geometry.base.BaseGeometry
        Polygon or MultiPolygon, degrees.

    Examples
    --------
    >>> unit = next(u for u in load_admin1() if u.id == "az-kalbajar")
    >>> unit.geometry.geom_type in ("Polygon", "MultiPolygon"), unit.properties["id"] == unit.id
    (True, True)
    """

    id: str
    properties: dict
    geometry: BaseGeometry


def basemap_path(name: str) -> Path:
    """The path of one derived file; only the files the build writes may be asked for.

    Parameters
    ----------
    name : str
        A file name such as ``"admin1.geojson"`` or ``"hillshade.png"``.

    Returns
    -------
    pathlib.Path
        Under :data:`BASEMAP_DIR`; the file itself is not opened.

    Raises
    ------
    KeyError
        For any other name, so a typo fails here rather than as a missing file later.

    Examples
    --------
    >>> basemap_path("admin1.geojson").name
    'admin1.geojson'
    >>> basemap_path("roads.geojson")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    KeyError: "not a basemap file: 'roads.geojson' (known: admin1.geojson, ...)"
    """
    if name not in FILES:
        raise KeyError(f"not a basemap file: {name!r} (known: {', '.join(FILES)})")
    return BASEMAP_DIR / name


@cache
def load_geojson(name: str) -> dict:
    """A derived GeoJSON file as a dict, parsed once (cached; treat it as read-only).

    Parameters
    ----------
    name : str
        A GeoJSON file of the basemap, e.g. ``"countries.geojson"``.

    Returns
    -------
    dict
        The FeatureCollection.

    Raises
    ------
    KeyError
        For a name the build does not write (see :func:`basemap_path`).

    Examples
    --------
    >>> load_geojson("countries.geojson")["type"]
    'FeatureCollection'
    """
    return json.loads(basemap_path(name).read_text(encoding="utf-8"))


@cache
def load_admin1() -> tuple[Admin1, ...]:
    """All admin-1 units, sorted by id, with shapely geometries (built once, cached).

    Returns
    -------
    tuple of Admin1

    Examples
    --------
    >>> units = load_admin1()
    >>> [u.id for u in units] == sorted(u.id for u in units)
    True
    """
    from shapely.geometry import shape

    return tuple(
        Admin1(f["properties"]["id"], f["properties"], shape(f["geometry"]))
        for f in load_geojson("admin1.geojson")["features"]
    )


def hillshade_bounds() -> tuple[tuple[float, float], tuple[float, float]]:
    """``((south, west), (north, east))`` of ``hillshade.png``, as Leaflet's imageOverlay takes.

    Read from ``basemap.json`` so the relief and its bounds always come from the same build.

    Returns
    -------
    tuple of tuple of float

    Examples
    --------
    >>> (s, w), (n, e) = hillshade_bounds()
    >>> s < n and w < e
    True
    """
    (s, w), (n, e) = json.loads(basemap_path("basemap.json").read_text())["hillshade"]["bounds"]
    return (s, w), (n, e)


def basemap_credits() -> str:
    """The credits and provenance text (``CREDITS.md``) as the build wrote it.

    Returns
    -------
    str
        Markdown.

    Raises
    ------
    OSError
        When the file is missing (:func:`credit_lines` turns that into a line of text).

    Examples
    --------
    >>> basemap_credits().splitlines()[0]
    '# Basemap credits and provenance'
    """
    return basemap_path("CREDITS.md").read_text(encoding="utf-8")


def credit_lines() -> list[str]:
    """``CREDITS.md``'s credits and sources as plain sentences, for the About box and the handout.

    No Markdown and no file names: a source row becomes its data, licence and package, and
    the gazetteer is called that, not ``places.csv``. Never raises: a missing file is one
    line that says so, because a credit box must not stop the app from starting.

    Returns
    -------
    list of str

    Examples
    --------
    >>> any("Natural Earth" in line for line in credit_lines())
    True
    >>> any("`" in line or ".csv" in line for line in credit_lines())
    False
    """
    try:
        text = basemap_credits()
    except OSError:
        return ["The basemap's credits file is missing: see docs/data.md."]
    out = []
    for line in (raw.strip() for raw in text.splitlines()):
        if line.startswith("- "):
            out.append(line[2:].replace("`", "").replace("places.csv", "the gazetteer"))
        elif line.startswith("|") and not set(line) <= set("|- ") and "package" not in line:
            package, _file, data, licence = (
                c.strip().replace("`", "") for c in line.strip("|").split("|")
            )
            out.append(f"{data} ({licence}), from the {package} package")
    return out


def land_of(countries: tuple[str, ...]) -> BaseGeometry:
    """The union of these countries' polygons (ISO2 ids in ``countries.geojson``).

    Authored lines end beyond a river or a border where their meeting point is not
    sourced; the map draws them clipped to this land.

    Parameters
    ----------
    countries : tuple of str
        ISO 3166-1 alpha-2 codes; unknown codes add nothing.

    Returns
    -------
    shapely.geometry.base.BaseGeometry
        Empty when no code matches.

    Examples
    --------
    >>> import shapely
    >>> land_of(("AM",)).contains(shapely.Point(44.51, 40.18))  # Yerevan
    True
    >>> land_of(()).is_empty
    True
    """
    from shapely.geometry import shape
    from shapely.ops import unary_union

    features = load_geojson("countries.geojson")["features"]
    return unary_union(
        [shape(f["geometry"]) for f in features if f["properties"]["id"] in countries]
    )
