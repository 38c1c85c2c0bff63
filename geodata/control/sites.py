"""The sites of ``resources/control/sites.csv``: the villages the enclave areas are drawn around.

The area build (``geodata/build/areas.py``) draws a circle of ``radius_km`` around each
site; ``validate`` checks the file like the other control data, so that a typo (a longitude
off the Earth, a radius that is not a number) is a ``FILE:LINE`` problem, not a broken build.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from geodata.csv_rows import read_rows
from geodata.events import CONFIDENCES
from geodata.problems import Problem

__all__ = ["SITE_COLUMNS", "Site", "read_sites"]

SITE_COLUMNS = ("id", "name", "lat", "lon", "radius_km", "source", "accuracy", "confidence")
MAX_RADIUS_KM = 100.0  # a site is a village or a town, not a province


@dataclass(frozen=True)
class Site:
    """One site of ``sites.csv``.

    Parameters
    ----------
    id : str
        The site's id, used by the area build.
    name : str
        Its names, as the file gives them.
    lat, lon : float
        Where it is (degrees).
    radius_km : float
        The circle drawn around it, above 0 and at most 100 km.
    source, accuracy, confidence : str
        Where the figures come from, how the circle was drawn, High/Medium/Low.
    """

    id: str
    name: str
    lat: float
    lon: float
    radius_km: float
    source: str
    accuracy: str
    confidence: str


def read_sites(path: Path) -> tuple[dict[str, Site], list[Problem]]:
    """Read and check ``sites.csv``.

    Parameters
    ----------
    path : pathlib.Path
        The file.

    Returns
    -------
    sites : dict of str to Site
        The valid sites by id.
    problems : list of Problem
        ``FILE:LINE: message`` for each bad row.

    Examples
    --------
    >>> from geodata.control import CONTROL_DIR
    >>> sites, problems = read_sites(CONTROL_DIR / "sites.csv")
    >>> problems, sites["karki"].radius_km > 0
    ([], True)
    """
    sites: dict[str, Site] = {}
    problems: list[Problem] = []
    for line, row in read_rows(path, SITE_COLUMNS, problems):
        try:
            site = _site(row)
        except ValueError as exc:
            problems.append(Problem(path, line, str(exc)))
            continue
        if site.id in sites:
            problems.append(Problem(path, line, f"duplicate site id {site.id!r}"))
            continue
        sites[site.id] = site
    return sites, problems


def _number(row: dict[str, str], key: str) -> float:
    try:
        value = float(row[key])
    except ValueError:
        raise ValueError(f"site {row['id']!r}: {key} {row[key][:30]!r} is not a number") from None
    if not math.isfinite(value):
        raise ValueError(f"site {row['id']!r}: {key} is not a finite number")
    return value


def _site(row: dict[str, str]) -> Site:
    if not row["id"].strip():
        raise ValueError("site without an id")
    lat, lon, radius = (_number(row, k) for k in ("lat", "lon", "radius_km"))
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(f"site {row['id']!r}: {lat:g},{lon:g} is off the Earth")
    if not 0 < radius <= MAX_RADIUS_KM:
        raise ValueError(f"site {row['id']!r}: radius_km must be above 0 and at most 100")
    if row["confidence"] not in CONFIDENCES:
        raise ValueError(f"site {row['id']!r}: confidence must be one of {', '.join(CONFIDENCES)}")
    if not row["source"].strip():
        raise ValueError(f"site {row['id']!r} has no source")
    return Site(
        row["id"], row["name"], lat, lon, radius, row["source"], row["accuracy"], row["confidence"]
    )
