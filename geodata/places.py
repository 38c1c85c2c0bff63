"""The place gazetteer: ``resources/basemap/places.csv`` as :class:`Place` records.

Ids are the shared keys that stories, events and control data use (docs/architecture.md).
Each place carries its English common name and, where the usages differ, both its
Armenian- and Azerbaijani-usage names:

>>> p = load_places()["stepanakert"]
>>> p.label
'Stepanakert / Khankendi'
>>> load_places()["goris"].label
'Goris'
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from geodata.i18n import language
from geodata.map_labels import always_named
from geodata.place_names import local_name
from geodata.problems import AtlasError

__all__ = ["KINDS", "PLACES_CSV", "Place", "load_places", "places_geojson"]

PLACES_CSV = Path(__file__).resolve().parent.parent / "resources" / "basemap" / "places.csv"
KINDS = ("capital", "city", "town", "village", "feature")


@dataclass(frozen=True)
class Place:
    """One named place of the gazetteer, with both local usages of its name where they differ.

    Parameters
    ----------
    id : str
        The shared key (``shusha``, ``stepanakert``) stories, events and control data use.
    name : str
        The English common name.
    name_hy, name_az : str
        The Armenian- and Azerbaijani-usage names, in Latin script; empty when not needed.
    lat, lon : float
        Degrees (WGS 84).
    country : str
        ISO 3166-1 alpha-2 of the de jure country, not of who holds it.
    kind : str
        One of :data:`KINDS`.
    rank : int
        1 is the most important: labels thin out by zoom, lowest rank last.
    source : str
        Where the coordinates come from.

    Examples
    --------
    >>> p = load_places()["shusha"]
    >>> p.country, p.kind, p.label
    ('AZ', 'town', 'Shushi / Shusha')
    """

    id: str
    name: str
    name_hy: str
    name_az: str
    lat: float
    lon: float
    country: str  # ISO 3166-1 alpha-2, de jure
    kind: str
    rank: int
    source: str

    @property
    def label(self) -> str:
        """Both usages when they differ ("Shushi / Shusha"), else the English name.

        Armenian usage comes first in every label so that the order carries no judgement
        from one place to the next.

        Returns
        -------
        str

        Examples
        --------
        >>> places = load_places()
        >>> places["shusha"].label, places["yerevan"].label
        ('Shushi / Shusha', 'Yerevan')
        """
        if self.name_hy and self.name_az and self.name_hy != self.name_az:
            return f"{self.name_hy} / {self.name_az}"
        return self.name


def load_places(path: Path | str | None = None) -> dict[str, Place]:
    """All places by id, read once per path and cached.

    The committed file is trusted, so a broken row stops the load with its
    ``FILE:LINE`` rather than leaving a silent hole in the map.

    Parameters
    ----------
    path : pathlib.Path or str, optional
        A gazetteer CSV; :data:`PLACES_CSV` by default.

    Returns
    -------
    dict of str to Place
        In file order; a fresh dict each call, so callers may change it.

    Raises
    ------
    AtlasError
        For an unreadable file, a malformed row or an unknown kind, naming ``FILE:LINE``.

    Examples
    --------
    >>> places = load_places()
    >>> places["yerevan"].kind, "atlantis" in places
    ('capital', False)
    >>> load_places("no/such/places.csv")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    geodata.problems.AtlasError: no/such/places.csv:0: cannot read the gazetteer (...)
    """
    return dict(_load(Path(path) if path else PLACES_CSV))


@cache
def _load(path: Path) -> tuple[tuple[str, Place], ...]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise AtlasError(f"{path}:0: cannot read the gazetteer ({e.strerror})") from None
    out = []
    for line, row in enumerate(csv.DictReader(text.splitlines()), start=2):
        try:
            place = Place(
                id=row["id"],
                name=row["name"],
                name_hy=row["name_hy"],
                name_az=row["name_az"],
                lat=float(row["lat"]),
                lon=float(row["lon"]),
                country=row["country"],
                kind=row["kind"],
                rank=int(row["rank"]),
                source=row["source"],
            )
        except (KeyError, TypeError, ValueError) as e:
            raise AtlasError(f"{path}:{line}: bad place row ({e})") from None
        if place.kind not in KINDS:
            raise AtlasError(f"{path}:{line}: unknown kind {place.kind!r}")
        out.append((place.id, place))
    return tuple(out)


def places_geojson(places: dict[str, Place]) -> dict:
    """The gazetteer as GeoJSON points for the map's labels.

    The label leads with the common English name and adds, in a second line, whichever
    Armenian- or Azerbaijani-usage names differ from it: no usage is privileged.

    Parameters
    ----------
    places : dict of str to Place

    Returns
    -------
    dict
        A FeatureCollection, most important places (lowest rank) first.

    Examples
    --------
    >>> shusha = load_places()["shusha"]
    >>> places_geojson({"shusha": shusha})["features"][0]["properties"]["alt"]
    'Shushi'
    >>> places_geojson({})["features"]
    []
    """
    features = []
    for place in sorted(places.values(), key=lambda p: (p.rank, p.id)):
        first, alt = local_name(place.id, language())
        label = f"{first} / {alt}" if alt else first
        if not first:  # English: the common name, then both sides' usages where they differ
            first, label = place.name, place.label
            others = (n for n in (place.name_hy, place.name_az) if n and n != first)
            alt = " / ".join(dict.fromkeys(others))
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [place.lon, place.lat]},
                "properties": {
                    "id": place.id,
                    "name": first,
                    "alt": alt,
                    "label": label,
                    "kind": place.kind,
                    "rank": place.rank,
                    "always": always_named(place.id, place.kind),
                },
            }
        )
    return {"type": "FeatureCollection", "features": features}
