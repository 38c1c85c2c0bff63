"""``CREDITS.md`` and ``basemap.json``: where every derived file comes from, and its terms."""

from __future__ import annotations

import hashlib

from geodata.build.hillshade import BOUNDS
from geodata.build.sources import SOURCES, version_of
from geodata.build.writer import dumps

__all__ = ["credits_md", "manifest_json"]

CREDIT_LINES = (
    "Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com.",
    "Place coordinates: GeoNames (geonames.org), licensed under CC BY 4.0.",
    "Relief: NOAA National Centers for Environmental Information, GLOBE "
    "(Global Land One-km Base Elevation) digital elevation model.",
    "Coordinates not in GeoNames: the Wikipedia articles named in the `source` column of "
    "places.csv.",
)


def credits_md() -> bytes:
    rows = [
        f"| `{s.package}` {version_of(k)} | `{s.file}` | {s.data} | {s.licence} |"
        for k, s in SOURCES.items()
    ]
    text = "\n".join(
        [
            "# Basemap credits and provenance",
            "",
            "Derived by `uv run --group data python -m geodata.build` (see docs/data.md).",
            "Do not edit by hand: CI rebuilds and compares.",
            "",
            "## Credits",
            "",
            *[f"- {line}" for line in CREDIT_LINES],
            "",
            "## Sources (PyPI package, file inside, data, licence)",
            "",
            "| package | file | data | licence |",
            "|---|---|---|---|",
            *rows,
            "",
            "Package code licences differ from the data licences above; only the data is used.",
            "",
        ]
    )
    return text.encode("utf-8")


def manifest_json(files: dict[str, bytes]) -> bytes:
    """Bounds of the hillshade, the list of files with size and SHA-256, and source versions."""
    south, west, north, east = BOUNDS
    return dumps(
        {
            "hillshade": {"file": "hillshade.png", "bounds": [[south, west], [north, east]]},
            "files": {
                name: {"bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}
                for name, data in sorted(files.items())
            },
            "sources": {SOURCES[k].package: version_of(k) for k in SOURCES},
        }
    )
