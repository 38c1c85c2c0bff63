"""Check control data files: schema, dates, gaps and overlaps, geometry, unknown ids.

``validate_directory`` checks the whole ``resources/control`` set (what the app loads, plus
the geometry checks the app skips at start-up, and the sites the area build draws around);
``validate_file`` checks one file, using its siblings for cross-references (area ids): a
control data file, a story (``.md``), or a user's layer (any other GeoJSON, KML or GPX, as
File → Add layer checks it). Each problem is ``FILE:LINE: message``.
"""

from __future__ import annotations

from pathlib import Path

from shapely import STRtree

from geodata.control import CONTROL_DIR, load_control
from geodata.control.files import read_areas, read_lines, read_overlays, read_periods, tile
from geodata.control.sites import read_sites
from geodata.events import read_events
from geodata.geodesic import km2
from geodata.problems import AtlasError, Problem

__all__ = ["OVERLAP_KM2", "validate_directory", "validate_file"]

USER_LAYER_SUFFIXES = (".geojson", ".json", ".kml", ".gpx")  # FORMATS of exchange.user_layers
OVERLAP_KM2 = 0.01  # shared edges snap to a 1 m grid; anything larger is a real overlap


def check_geometry(path: Path) -> list[Problem]:
    """Invalid, empty or overlapping area polygons in ``areas.geojson``.

    The app skips these checks at start-up (they cost a spatial join); ``validate`` runs them
    so an overlap is caught before it double-counts km².

    Parameters
    ----------
    path : pathlib.Path
        An ``areas.geojson``.

    Returns
    -------
    list of Problem
        Also the file's read problems; overlaps under :data:`OVERLAP_KM2` are ignored.

    Examples
    --------
    >>> check_geometry(CONTROL_DIR / "areas.geojson")
    []
    """
    areas, problems, where = read_areas(path)
    if not areas:
        return problems
    ids = list(areas)
    geoms = [areas[a].geometry for a in ids]
    for aid, geom in zip(ids, geoms, strict=True):
        if geom.is_empty or not geom.is_valid or geom.geom_type not in ("Polygon", "MultiPolygon"):
            problems.append(Problem(path, where[aid], f"area {aid!r}: invalid or empty polygon"))
    tree = STRtree(geoms)
    for i, j in zip(*tree.query(geoms, predicate="intersects"), strict=True):
        if i >= j or not (geoms[i].is_valid and geoms[j].is_valid):
            continue
        shared = km2(geoms[i].intersection(geoms[j]))
        if shared > OVERLAP_KM2:
            a, b = ids[i], ids[j]
            problems.append(
                Problem(path, where[b], f"area {b!r} overlaps area {a!r} by {shared:.2f} km²")
            )
    return problems


def validate_directory(directory: Path | str | None = None) -> list[Problem]:
    """All problems in a control data directory: what the app loads, plus geometry checks.

    Parameters
    ----------
    directory : pathlib.Path or str, optional
        Default: the shipped data, ``resources/control``.

    Returns
    -------
    list of Problem
        Empty for clean data.

    Examples
    --------
    >>> validate_directory()
    []
    """
    d = Path(directory) if directory else CONTROL_DIR
    _, problems = load_control(d, check_all=True)  # validate trusts no earlier check
    geometry = [
        p
        for p in check_geometry(d / "areas.geojson")
        if "overlaps" in p.message or "invalid" in p.message
    ]
    return problems + geometry + read_sites(d / "sites.csv")[1]


def validate_file(path: Path | str) -> list[Problem]:
    """Problems in one file, chosen by its name (``periods.csv``, ``areas.geojson`` …).

    Cross-references are checked against the file's siblings, so a file can be checked where
    it is being edited.

    Parameters
    ----------
    path : pathlib.Path or str
        A control data file, or a story (``.md``).

    Returns
    -------
    list of Problem
        Empty for a clean file; never raises on its content.

    Examples
    --------
    >>> validate_file("no/such/periods.csv")
    [Problem(file=PosixPath('no/such/periods.csv'), line=0, message='no such file')]
    >>> validate_file(CONTROL_DIR / "periods.csv")
    []
    >>> validate_file(CONTROL_DIR.parent / "basemap" / "places.csv")[0].message
    'unknown kind of file: expected control data, a story (.md) or a map layer'
    """
    path = Path(path)
    if not path.exists():
        return [Problem(path, 0, "no such file")]
    if not path.is_file():
        return [Problem(path, 0, "not a regular file (a folder, a pipe or a device)")]
    name = path.name
    if name.endswith(".md"):
        return _story(path)
    if name == "areas.geojson":
        return check_geometry(path)
    if name == "periods.csv":
        sibling = path.with_name("areas.geojson")
        known = set(read_areas(sibling)[0]) if sibling.is_file() else None
        by_area, problems = read_periods(path, known)
        return problems + tile(path, by_area)[1]
    if name == "events.csv":
        return read_events(path)[1]
    if name == "lines.geojson":
        return read_lines(path)[1]
    if name in ("overlays.geojson", "overlay_periods.csv"):
        return read_overlays(
            path.with_name("overlays.geojson"), path.with_name("overlay_periods.csv")
        )[1]
    if name == "sites.csv":
        return read_sites(path)[1]
    if path.suffix.lower() in USER_LAYER_SUFFIXES:
        return _user_layer(path)
    return [
        Problem(
            path, 0, "unknown kind of file: expected control data, a story (.md) or a map layer"
        )
    ]


def _user_layer(path: Path) -> list[Problem]:
    from geodata.exchange.user_layers import read_user_layer

    try:
        read_user_layer(path)
    except AtlasError as exc:  # its message is already FILE:LINE: message
        file, line, message = _split(str(exc), str(path))
        return [Problem(file, line, message)]
    return []


def _split(text: str, file: str) -> tuple[str, int, str]:
    line, _, message = text.removeprefix(f"{file}:").partition(": ")
    return file, int(line) if line.isdigit() else 0, message


def _story(path: Path) -> list[Problem]:
    try:
        from geodata.story import validate_story_file
    except ImportError:
        return [Problem(path, 0, "story validation is not available (geodata.story is missing)")]
    return list(validate_story_file(path))
