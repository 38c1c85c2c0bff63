"""Where the map writes the names of countries, seas and lakes, and which places it always names.

Natural Earth's label points fall far from the frame for Russia or Iran, so the anchors are
curated: each name has one anchor for the wide views and one for the Karabakh view, and a
zoom range in which it is written (Leaflet zoom levels; the Karabakh view is ~8.5).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["ALWAYS_NAMED", "MAP_LABELS", "READABLE_ZOOM", "MapLabel", "always_named"]

# Besides the capitals, the places whose name the map writes at every zoom where they are in
# view: Stepanakert/Khankendi, the centre of the NKAO and of the NKR, is what the atlas is
# about. The page places these names first and thins the others out around them.
ALWAYS_NAMED = frozenset({"stepanakert"})


@dataclass(frozen=True)
class MapLabel:
    """One name written on the map, at one anchor, within a range of zoom levels.

    A country has several labels with disjoint zoom ranges, so its name moves into the
    frame as the view narrows instead of being written off-screen.

    Parameters
    ----------
    text : str
        The name as written (countries in capitals, seas and lakes in title case).
    lat, lon : float
        The anchor, in degrees.
    kind : {"country", "sea", "lake"}
        Chooses the page's text style.
    min_zoom, max_zoom : float
        Leaflet zoom levels; the label is written when ``min_zoom <= zoom < max_zoom``.

    Examples
    --------
    >>> near = [m.text for m in MAP_LABELS if m.min_zoom <= 8.5 < m.max_zoom]
    >>> "Lake Sevan" in near, "KAZAKHSTAN" in near
    (True, False)
    """

    text: str
    lat: float
    lon: float
    kind: str  # country | sea | lake
    min_zoom: float
    max_zoom: float


_REGION, _WIDE, _NEAR = (0.0, 5.5), (5.5, 7.75), (7.75, 20.0)

MAP_LABELS: tuple[MapLabel, ...] = (
    # The region view: Moscow to Tehran.
    MapLabel("RUSSIA", 52.0, 43.0, "country", *_REGION),
    MapLabel("UKRAINE", 49.2, 31.5, "country", *_REGION),
    MapLabel("TÜRKIYE", 39.0, 34.5, "country", *_REGION),
    MapLabel("IRAN", 36.1, 55.8, "country", *_REGION),
    MapLabel("KAZAKHSTAN", 48.5, 62.0, "country", *_REGION),
    MapLabel("Black Sea", 43.3, 34.3, "sea", *_REGION),
    MapLabel("Caspian Sea", 42.2, 50.6, "sea", *_REGION),
    # Armenia, Azerbaijan and Georgia, then the Karabakh view.
    MapLabel("ARMENIA", 40.62, 44.55, "country", *_WIDE),
    MapLabel("ARMENIA", 39.72, 45.95, "country", *_NEAR),
    MapLabel("AZERBAIJAN", 40.72, 48.35, "country", *_WIDE),
    MapLabel("AZERBAIJAN", 40.33, 47.30, "country", *_NEAR),
    MapLabel("GEORGIA", 42.05, 43.95, "country", *_WIDE),
    MapLabel("IRAN", 38.45, 46.95, "country", *_WIDE),
    MapLabel("IRAN", 38.98, 47.35, "country", *_NEAR),
    MapLabel("TÜRKIYE", 39.75, 42.10, "country", *_WIDE),
    MapLabel("RUSSIA", 43.75, 45.60, "country", *_WIDE),
    MapLabel("Caspian Sea", 39.35, 50.35, "sea", 5.5, 20.0),
    MapLabel("Black Sea", 42.60, 40.75, "sea", 5.5, 20.0),
    MapLabel("Lake Sevan", 40.33, 45.33, "lake", 7.0, 20.0),
    MapLabel("Mingachevir Reservoir", 40.85, 47.05, "lake", 7.5, 20.0),
)

# The lowest zoom at which the map is drawn for the Caucasus (detailed borders, ARMENIA and
# AZERBAIJAN written inside the frame): a section far away never zooms out further.
READABLE_ZOOM = _WIDE[0]


def always_named(place_id: str, kind: str) -> bool:
    """Whether the map names a place at every zoom where it is in view, whatever else is there.

    Capitals (Yerevan, Baku, Tbilisi, Moscow…) and :data:`ALWAYS_NAMED` are; other places are
    named where there is room for them, and when the current story section names them.

    Parameters
    ----------
    place_id : str
        The gazetteer id (``resources/basemap/places.csv``).
    kind : str
        The gazetteer's kind: ``capital``, ``city``, ``town``, ``village``…

    Returns
    -------
    bool

    Examples
    --------
    >>> always_named("yerevan", "capital"), always_named("stepanakert", "city")
    (True, True)
    >>> always_named("shusha", "town")
    False
    """
    return kind == "capital" or place_id in ALWAYS_NAMED
