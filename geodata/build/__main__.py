"""Build (or ``--check``) the derived basemap files in ``resources/basemap``.

Usage::

    uv run --group data python -m geodata.build            # rebuild resources/basemap
    uv run --group data python -m geodata.build --check    # exit 1 naming files that differ
    uv run --group data python -m geodata.build --out DIR  # write elsewhere
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from geodata.build import admin1, countries, credits, hillshade, places, water
from geodata.build.geom import CONTEXT_BOX, DETAIL_BOX
from geodata.build.sources import BuildError
from geodata.build.writer import dumps, feature, feature_collection, write_bytes

OUT = Path(__file__).resolve().parents[2] / "resources" / "basemap"


def build() -> dict[str, bytes]:
    """Every derived file, name -> bytes, computed in memory."""
    known = countries.load_countries(CONTEXT_BOX)
    detail = {iso: g for iso, (_, g) in known.items() if g.intersects(DETAIL_BOX)}
    faces = admin1.faces(detail)
    units = admin1.name_faces(faces)
    by_country: dict[str, list] = defaultdict(list)
    for f in faces:
        if f.country:
            by_country[f.country].append(f.geom)
    names = {iso: name for iso, (name, _) in known.items()}

    def collection(items):
        return dumps(feature_collection([feature(p, g) for p, g in items]))

    files = {
        "admin1.geojson": collection([(p, g) for _, p, g in units]),
        "countries.geojson": collection(countries.detail_countries(by_country, names)),
        "context.geojson": collection(countries.context_features(known)),
        "water.geojson": collection(water.water_features(faces)),
        "places.csv": places.places_csv(),
        "hillshade.png": hillshade.hillshade_png(),
        "CREDITS.md": credits.credits_md(),
    }
    files["basemap.json"] = credits.manifest_json(files)
    return files


def install(files: dict[str, bytes], out: Path) -> None:
    """Write every file to a temporary folder first, then rename each into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out.parent, prefix=".basemap-") as tmp:
        for name, data in files.items():
            write_bytes(Path(tmp) / name, data)
        for name in files:
            (Path(tmp) / name).replace(out / name)


def check(files: dict[str, bytes], out: Path) -> list[str]:
    """Names of files that are missing from ``out`` or differ from the fresh build."""
    return [
        name
        for name, data in sorted(files.items())
        if not (out / name).is_file() or (out / name).read_bytes() != data
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m geodata.build", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "--out", type=Path, default=OUT, help="output folder (default: %(default)s)"
    )
    parser.add_argument(
        "--check", action="store_true", help="compare with --out instead of writing"
    )
    args = parser.parse_args(argv)
    try:
        files = build()
    except BuildError as e:
        print(f"geodata.build: {e}", file=sys.stderr)
        return 2
    if args.check:
        differ = check(files, args.out)
        for name in differ:
            print(f"{args.out / name}: differs from a fresh build", file=sys.stderr)
        return 1 if differ else 0
    install(files, args.out)
    for name, data in sorted(files.items()):
        print(f"{len(data):>9,d}  {args.out / name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
