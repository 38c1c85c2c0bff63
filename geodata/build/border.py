"""Authored corrections to Natural Earth's Armenia–Azerbaijan border, applied to the faces.

Natural Earth 1:10m generalises this border by up to a kilometre or two, enough to put border
villages in the wrong country (Kornidzor and Nerkin Khndzoresk in Azerbaijan's Lachin face),
and it lacks the Karki exclave. ``border_corrections.geojson`` (next to this module) holds
each correction as data: a polygon, the country it is taken ``from`` and given ``to``, the
admin-1 ``face`` that receives it, and its ``source``, ``accuracy`` and ``confidence``.
A correction takes land only from faces of its ``from`` country, so a polygon may reach
into the receiving country without effect: only its edge inside ``from`` becomes border.
Faces keep tiling the window: what one face loses, exactly one other gains.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import shapely
from shapely.geometry import Point, shape
from shapely.geometry.base import BaseGeometry

from geodata.build.curated import ADMIN1
from geodata.build.geom import clean
from geodata.build.sources import BuildError

__all__ = ["CORRECTIONS", "Correction", "apply", "load"]

CORRECTIONS = Path(__file__).with_name("border_corrections.geojson")
REQUIRED = ("id", "from", "to", "face", "source", "accuracy", "confidence")
GRID = 1e-6  # the faces' grid (geom.GRID); corrections are cut on it


@dataclass(frozen=True)
class Correction:
    """One authored piece of border: land of ``source_country`` given to ``face``."""

    id: str
    source_country: str
    country: str
    face: str
    geometry: BaseGeometry
    source: str


def load(path: Path = CORRECTIONS) -> list[Correction]:
    """The corrections, in file order; a missing property stops the build naming it."""
    out = []
    for n, f in enumerate(json.loads(path.read_text(encoding="utf-8"))["features"], 1):
        props = f["properties"]
        missing = [k for k in REQUIRED if not props.get(k)]
        if missing:
            raise BuildError(f"{path.name}: feature {n} lacks {', '.join(missing)}")
        cid, face, to = props["id"], props["face"], props["to"]
        if face[:2].upper() != to:
            raise BuildError(f"{path.name}: {cid}: face {face} is not in {to}")
        geom = shapely.set_precision(shape(f["geometry"]), GRID)
        out.append(Correction(cid, props["from"], to, face, geom, props["source"]))
    return out


def apply(faces: list, corrections: list[Correction]) -> list:
    """``faces`` (``admin1.Face``) with each correction's land moved to its receiving face."""
    points = {uid: Point(lon, lat) for uid, _n, _h, _a, lat, lon, _note in ADMIN1}
    faces = list(faces)
    for c in corrections:
        taken = []
        for k, face in enumerate(faces):
            if face.country == c.source_country and face.geom.intersects(c.geometry):
                taken.append(shapely.intersection(face.geom, c.geometry, grid_size=GRID))
                rest = clean(shapely.difference(face.geom, c.geometry, grid_size=GRID), GRID)
                faces[k] = type(face)(face.country, rest)
        gained = clean(shapely.union_all(taken, grid_size=GRID), GRID) if taken else None
        if gained is None or gained.is_empty:
            raise BuildError(f"border correction {c.id} takes no land from {c.source_country}")
        home = [k for k, f in enumerate(faces) if f.geom.intersects(points[c.face])]
        if len(home) != 1 or faces[home[0]].country != c.country:
            raise BuildError(f"border correction {c.id}: no single {c.country} face for {c.face}")
        k = home[0]
        merged = shapely.union(faces[k].geom, gained, grid_size=GRID)
        faces[k] = type(faces[k])(c.country, clean(merged, GRID))
    return [f for f in faces if not f.geom.is_empty]
