"""The control layers the map page draws, as GeoJSON: the areas, the overlays, the authored
lines (clipped to the land), the NKAO's boundary and its name, and Armenia and Azerbaijan
in their pale tints around the areas and lakes.

Drawing their shapes takes shapely and about 50 ms; with shapely's import, that was a
fifth of the window's start. For the shipped data (:mod:`geodata.prebuilt`) the shapes are
read as the build drew them, from ``resources/prebuilt/shapes.json``; the properties (names
in the interface's language, the palette's colours) are added at run time either way, so
both paths give the page the same files. Draw them again after changing the control data,
the basemap or this module (a test fails while they are stale)::

    uv run python -m geodata.page_layers            # --check: exit 1 if stale
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path

from geodata.basemap import land_of, load_geojson
from geodata.control import CONTROL_DIR, ControlData, controllers, load_control, nkao
from geodata.i18n import language_set
from geodata.map_style import COUNTRIES, line_style, nkao_style, overlay_style, tint
from geodata.prebuilt import PREBUILT_DIR, fingerprint

__all__ = ["countries_geojson", "draw_shapes", "layer_files", "shapes_of"]

Shapes = dict[str, dict[str, dict]]  # layer -> feature id -> GeoJSON geometry


def draw_shapes(control: ControlData | None) -> Shapes:
    """Each layer's shapes by feature id, drawn now (shapely); without control data, only
    the two countries, whole.

    Parameters
    ----------
    control : ControlData or None

    Returns
    -------
    dict of str to dict
        Per layer (``areas``, ``overlays``, ``lines``, ``nkao``, ``countries``): feature
        id → GeoJSON geometry, coordinates to 5 decimals (~1 m).

    Examples
    --------
    >>> shapes = draw_shapes(load_control()[0])
    >>> sorted(shapes), sorted(shapes["countries"])
    (['areas', 'countries', 'lines', 'nkao', 'overlays'], ['AM', 'AZ'])
    """
    import shapely

    def geojson(geometry, precision=1e-5):  # coordinates to 5 decimals (~1 m)
        return json.loads(shapely.to_geojson(shapely.set_precision(geometry, precision)))

    lands = {code: land_of((code,)) for code in COUNTRIES}
    water = [
        shapely.geometry.shape(f["geometry"])
        for f in load_geojson("water.geojson")["features"]
        if f["geometry"]["type"] in ("Polygon", "MultiPolygon")
    ]
    areas = [a.geometry for a in control.areas.values()] if control else []
    cut = shapely.union_all(water + areas)  # lakes stay water; the areas draw their own part
    countries = {
        code: json.loads(shapely.to_geojson(land.difference(cut).simplify(5e-4)))
        for code, land in lands.items()
    }
    if control is None:
        return {"areas": {}, "overlays": {}, "lines": {}, "nkao": {}, "countries": countries}
    land = shapely.union_all(list(lands.values()))
    return {
        "areas": {i: geojson(a.geometry) for i, a in control.areas.items()},
        "overlays": {i: geojson(o.geometry) for i, o in control.overlays.items()},
        "lines": {
            i: geojson(line.geometry.intersection(land))
            for i, line in control.lines.items()
            if line.shown_from
        },
        "nkao": {i: geojson(p.geometry) for i, p in nkao.drawn(control).items()},
        "countries": countries,
    }


@cache
def _prebuilt() -> Shapes:
    return json.loads((PREBUILT_DIR / "shapes.json").read_text(encoding="utf-8"))


def shapes_of(control: ControlData | None) -> Shapes:
    """The layers' shapes: as the build drew them for the shipped data, else drawn now.

    Parameters
    ----------
    control : ControlData or None

    Returns
    -------
    dict of str to dict
        As :func:`draw_shapes`.

    Examples
    --------
    >>> shapes_of(None)["areas"]
    {}
    """
    if control is not None and control.checked_at_build:
        try:
            return _prebuilt()
        except (OSError, ValueError):
            pass  # no readable copy: draw them
    return draw_shapes(control)


def _collection(items: Mapping, shapes: Mapping[str, dict], properties: Callable) -> bytes:
    features = [
        {"type": "Feature", "properties": {"id": i, **properties(item)}, "geometry": shapes[i]}
        for i, item in items.items()
        if i in shapes
    ]
    return json.dumps({"type": "FeatureCollection", "features": features}).encode()


def countries_geojson(shapes: Shapes, high_contrast: bool = False) -> bytes:
    """Armenia and Azerbaijan outside the control areas and the lakes, each in its pale
    tint: with the areas (which draw their own part) they fill both countries in full.

    Parameters
    ----------
    shapes : dict
        From :func:`shapes_of`.
    high_contrast : bool, default False

    Returns
    -------
    bytes
        A GeoJSON FeatureCollection: ``country-AZ`` and ``country-AM``, each with its
        ``name`` (in the interface's language) and ``fill``.

    Examples
    --------
    >>> body = countries_geojson(shapes_of(load_control()[0]))
    >>> [f["properties"]["id"] for f in json.loads(body)["features"]]
    ['country-AZ', 'country-AM']
    """
    colour = {code: tint(controllers.colour(code, high_contrast)) for code in COUNTRIES}
    return _collection(
        {f"country-{code}": code for code in COUNTRIES},
        {f"country-{code}": shapes["countries"][code] for code in COUNTRIES},
        lambda code: {"name": controllers.label(code), "fill": colour[code]},
    )


def layer_files(control: ControlData, shapes: Shapes) -> dict[str, bytes]:
    """The page's files for the areas, overlays, lines and the NKAO, by layer name.

    Parameters
    ----------
    control : ControlData
    shapes : dict
        From :func:`shapes_of`.

    Returns
    -------
    dict of str to bytes
        GeoJSON FeatureCollections whose features carry an ``id`` and the style of
        :mod:`geodata.map_style`.

    Examples
    --------
    >>> control = load_control()[0]
    >>> files = layer_files(control, shapes_of(control))
    >>> sorted(files), len(json.loads(files["nkao"])["features"])
    (['areas', 'lines', 'nkao', 'overlays'], 4)
    """
    return {
        "areas": _collection(control.areas, shapes["areas"], lambda a: {}),
        "overlays": _collection(control.overlays, shapes["overlays"], overlay_style),
        "lines": _collection(control.lines, shapes["lines"], line_style),
        "nkao": _collection(nkao.drawn(control, shapes["nkao"]), shapes["nkao"], nkao_style),
    }


def build() -> dict[str, bytes]:
    """``shapes.json`` and ``inputs.json`` from the shipped data, checked in full first."""
    with language_set("en"):
        control, problems = load_control(check_all=True)
    if problems:
        raise SystemExit("the control data has problems:\n" + "\n".join(map(str, problems)))
    inputs = json.dumps(fingerprint(CONTROL_DIR), indent=1, sort_keys=True) + "\n"
    shapes = json.dumps(draw_shapes(control), separators=(",", ":")) + "\n"
    return {"inputs.json": inputs.encode(), "shapes.json": shapes.encode()}


def stale(out: Path = PREBUILT_DIR) -> list[str]:
    """Names of the files in ``out`` that differ from a fresh :func:`build`."""
    return [
        name
        for name, data in build().items()
        if not (out / name).is_file() or (out / name).read_bytes() != data
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m geodata.page_layers")
    parser.add_argument("--check", action="store_true", help="exit 1 naming stale files")
    args = parser.parse_args(argv)
    if args.check:
        names = stale()
        print("\n".join(f"stale: {PREBUILT_DIR.name}/{n}" for n in names) or "up to date")
        return 1 if names else 0
    PREBUILT_DIR.mkdir(exist_ok=True)
    for name, data in build().items():
        (PREBUILT_DIR / name).write_bytes(data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
