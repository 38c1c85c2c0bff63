"""Export and import: every format gives back the records it was written from, GDAL's own
``ogrinfo`` reads every export, KML periods carry TimeSpans, bad user files are refused."""

from __future__ import annotations

import json
import subprocess
import xml.etree.ElementTree as ET
from datetime import date

import pyogrio
import pytest
import shapely
from pyogrio.raw import read

from geodata.atlas import load_atlas
from geodata.exchange import export
from geodata.exchange.export import layers_for
from geodata.exchange.tables import CONTROL, EVENTS, NKAO, STORY
from geodata.exchange.user_layers import MAX_FEATURES, read_user_layer
from geodata.problems import AtlasError
from tests.conftest import system_tool

KML_NS = {"k": "http://www.opengis.net/kml/2.2"}
LAYERS = (CONTROL, NKAO, EVENTS, STORY)
# Fields every control feature must carry, in every format.
CONTROL_FIELDS = {"area", "name", "name_hy", "name_az", "controller", "status", "source"}
CONTROL_FIELDS |= {"confidence"}


@pytest.fixture(scope="module")
def atlas():
    return load_atlas()


@pytest.fixture(scope="module")
def expected(atlas):
    """Per layer: the written records as {id: properties}."""
    return {layer.name: {r["id"]: r for r in layer.rows()} for layer in layers_for(atlas)}


@pytest.fixture(scope="module")
def exported(atlas, tmp_path_factory):
    out = tmp_path_factory.mktemp("export")
    return {fmt: export(atlas, fmt, out / f"atlas.{fmt}") for fmt in ("kml", "geojson", "gpkg")}


def _text(value) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str) and value.endswith("T00:00:00"):
        return value[:10]  # a GeoPackage day bound: DateTime at midnight
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def test_the_layers_hold_every_period_placed_event_and_story_place(atlas, expected):
    control = atlas.control
    periods = sum(len(control.timeline.periods(a)) for a in control.timeline.areas)
    assert len(expected[CONTROL]) == periods > 100
    placed = [e for e in control.events if e.lat is not None or e.place in atlas.places]
    assert len(expected[EVENTS]) == len(placed) > 20
    assert len(expected[STORY]) > 20
    shusha = [r for r in expected[CONTROL].values() if r["area"] == "shusha-town"]
    assert [r["end"] for r in shusha][-1] is None  # the running period is open
    assert all(r["end"] is not None for r in shusha[:-1])


@pytest.mark.parametrize("fmt", ["gpkg", "geojson"])
def test_ogr_exports_read_back_with_the_same_features_and_properties(fmt, exported, expected):
    path = exported[fmt].path
    got: dict[str, dict[str, dict]] = {name: {} for name in LAYERS}
    for layer, _ in pyogrio.list_layers(path):
        if layer == "layer_styles":
            continue
        meta, _, geoms, cols = read(path, layer=layer, datetime_as_string=True)
        fields = list(meta["fields"])
        for i, wkb in enumerate(geoms):
            row = {f: c[i] for f, c in zip(fields, cols, strict=True)}
            name = row.pop("layer", layer)
            row["_geometry"] = shapely.from_wkb(wkb)
            got[name][row["id"]] = row
    for name in LAYERS:
        assert got[name].keys() == expected[name].keys()
        for fid, want in expected[name].items():
            row = got[name][fid]
            for key, value in want.items():
                assert _text(row[key]) == _text(value), (fid, key)
    if fmt == "gpkg":
        meta = pyogrio.read_info(path, layer=CONTROL)
        types = dict(zip(meta["fields"], meta["ogr_types"], strict=True))
        assert types["start"] == types["end"] == "OFTDateTime"  # see geodata/exchange/gpkg.py


def test_geojson_open_end_is_null_and_dates_are_iso(exported):
    data = json.loads(exported["geojson"].path.read_text())
    control = [f["properties"] for f in data["features"] if f["properties"]["layer"] == CONTROL]
    assert control[0]["start"] == "1923-07-07"
    ends = [p["end"] for p in control]
    assert None in ends and all(e is None or len(e) == 10 for e in ends)


def test_each_kml_period_carries_a_timespan_and_a_controller_style(exported, expected):
    root = ET.parse(exported["kml"].path).getroot()
    docs = {d.get("id"): d for d in root.iter(f"{{{KML_NS['k']}}}Document")}
    placemarks = docs[CONTROL].findall("k:Placemark", KML_NS)
    assert len(placemarks) == len(expected[CONTROL])
    for pm in placemarks:
        want = expected[CONTROL][pm.get("id")]
        begin = pm.findtext("k:TimeSpan/k:begin", namespaces=KML_NS)
        end = pm.findtext("k:TimeSpan/k:end", namespaces=KML_NS)
        assert begin == want["start"].isoformat()
        assert end == (want["end"].isoformat() if want["end"] else None)  # open: no <end>
        colour = pm.findtext("k:Style/k:PolyStyle/k:color", namespaces=KML_NS)
        rgb = {"AZ": "b27200", "AM": "a779cc", "NKR": "005ed5", "RU": "739e00"}
        if want["controller"] in rgb:
            assert colour.endswith(rgb[want["controller"]])  # KML colours are aabbggrr


def test_every_format_draws_the_nkao_and_the_former_nkao(exported):
    """The oblast's boundary: "NKAO" until 26 Nov 1991, "former NKAO" from then on (open)."""
    want = [("NKAO", "1923-07-07", "1991-11-26"), ("former NKAO", "1991-11-26", None)]
    for fmt in ("gpkg", "geojson"):
        path = exported[fmt].path
        layer = NKAO if fmt == "gpkg" else None
        meta, _, geoms, cols = read(path, layer=layer, datetime_as_string=True)
        rows = [dict(zip(meta["fields"], row, strict=True)) for row in zip(*cols, strict=True)]
        found = [
            (r["name"], r["start"][:10], r["end"][:10] if r["end"] else None)
            for r in rows
            if r.get("layer", NKAO) == NKAO
        ]
        assert found == want, fmt
        kinds = {
            shapely.from_wkb(g).geom_type
            for g, r in zip(geoms, rows, strict=True)
            if r.get("layer", NKAO) == NKAO
        }
        assert kinds <= {"LineString", "MultiLineString"}, fmt  # a boundary, not a fill
    root = ET.parse(exported["kml"].path).getroot()
    docs = {d.get("id"): d for d in root.iter(f"{{{KML_NS['k']}}}Document")}
    names = [
        pm.findtext("k:name", namespaces=KML_NS)
        for pm in docs[NKAO].iter(f"{{{KML_NS['k']}}}Placemark")
    ]
    assert names == ["NKAO", "former NKAO"]


def test_kml_imports_back_as_the_same_features(exported, expected):
    features = read_user_layer(exported["kml"].path)["features"]
    by_id = {f["properties"]["id"]: f["properties"] for f in features}
    assert by_id.keys() == {fid for name in LAYERS for fid in expected[name]}
    for fid, want in expected[CONTROL].items():
        got = by_id[fid]
        assert (got["begin"], got["area"], got["controller"], got["status"]) == (
            want["start"].isoformat(),
            want["area"],
            want["controller"],
            want["status"],
        )
        assert (got["name_hy"], got["name_az"], got["source"]) == (
            want["name_hy"],
            want["name_az"],
            want["source"],
        )


def test_a_date_window_keeps_what_overlaps_it(atlas):
    lo, hi = date(1992, 5, 1), date(1992, 5, 31)
    layers = {layer.name: layer for layer in layers_for(atlas, lo, hi)}
    rows = layers[CONTROL].rows()
    assert rows and all(r["start"] <= hi and (r["end"] is None or r["end"] > lo) for r in rows)
    assert {r["area"] for r in rows} == set(atlas.control.timeline.areas)  # one each at least
    assert all(r["start"] <= hi for r in layers[EVENTS].rows())


@pytest.mark.parametrize("fmt", ["kml", "geojson", "gpkg", "csv"])
def test_ogrinfo_reads_every_export(fmt, atlas, expected, tmp_path):
    path = export(atlas, fmt, tmp_path / f"atlas.{fmt}").path
    info = subprocess.run(
        [system_tool("ogrinfo", "gdal-bin"), "-ro", "-so", "-al", str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    names = [line.split(": ")[1] for line in info.splitlines() if line.startswith("Layer name")]
    counts = [int(line.split(":")[1]) for line in info.splitlines() if "Feature Count" in line]
    if fmt == "gpkg":
        assert dict(zip(names, counts, strict=True)) == {
            **{n: len(expected[n]) for n in LAYERS},
            "layer_styles": len(LAYERS),
        }
    elif fmt == "kml":
        assert counts == [len(expected[n]) for n in LAYERS]
    elif fmt == "geojson":
        assert counts == [sum(len(expected[n]) for n in LAYERS)]
    else:
        assert counts == [len(expected[CONTROL])]
    fields = {line.split(":")[0] for line in info.splitlines() if ": " in line}
    assert fields | {"name"} >= CONTROL_FIELDS  # LIBKML reads <name> back as "Name"
    if fmt == "geojson":
        assert "start: Date (0.0)" in info and "end: Date (0.0)" in info
    if fmt == "gpkg":
        assert "start: DateTime (0.0)" in info and "end: DateTime (0.0)" in info
        assert "may only be partially supported" not in info  # GeoPackage 1.2, not 1.4


def test_export_refuses_bad_arguments_and_keeps_the_old_file(atlas, tmp_path):
    target = tmp_path / "keep.csv"
    target.write_text("old")
    with pytest.raises(AtlasError, match="unknown format"):
        export(atlas, "shp", target)
    with pytest.raises(AtlasError, match=r"ends .* before it starts"):
        export(atlas, "csv", target, date(2000, 1, 1), date(1999, 1, 1))
    with pytest.raises(AtlasError, match="does not exist"):
        export(atlas, "csv", tmp_path / "missing" / "x.csv")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.csv"]  # no temporary left


# ---- user layers ------------------------------------------------------------------------

PINS = {
    "type": "FeatureCollection",
    "features": [
        {
            "type": "Feature",
            "properties": {"name": "Goris"},
            "geometry": {"type": "Point", "coordinates": [46.34, 39.51]},
        },
        {
            "type": "Feature",
            "properties": {"name": "route"},
            "geometry": {"type": "LineString", "coordinates": [[46.3, 39.5], [46.7, 39.8]]},
        },
    ],
}
GPX = """<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">{}</gpx>"""
KML = """<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document>
<Placemark><name>Shusha</name><Point><coordinates>{}</coordinates></Point></Placemark>
</Document></kml>"""

FAR = {**PINS["features"][0], "geometry": {"type": "Point", "coordinates": [46.3, 139.5]}}
KML_PIN = "<Placemark><Point><coordinates>46.7,39.8</coordinates></Point></Placemark>"
BAD_FILES = [
    ("broken.geojson", '{"type": "FeatureCollection",\n "features": [\n  {"type": }]}', ":3: "),
    ("shape.geojson", json.dumps({"type": "Feature", "geometry": {"type": "Point"}}), "malformed"),
    ("far.geojson", json.dumps({**PINS, "features": [FAR]}), "off the Earth"),
    ("empty.geojson", json.dumps({"type": "FeatureCollection", "features": []}), "no features"),
    ("list.geojson", "[1, 2]", "not GeoJSON"),
    ("bad.kml", KML.format("46.75,abc"), ":3: bad coordinate '46.75,abc'"),
    ("far.kml", KML.format("246.75,39.76"), "off the Earth"),
    ("cut.kml", KML.format("46.75,39.76")[:-20], "not valid XML"),
    ("empty.gpx", GPX.format(""), "no features"),
    ("nan.gpx", GPX.format('<wpt lat="x" lon="46.7"/>'), "numeric lat and lon"),
    ("pins.txt", "46.7,39.8", "not a GeoJSON, KML or GPX"),
]


@pytest.mark.parametrize(("name", "text", "message"), BAD_FILES)
def test_a_bad_user_file_is_one_clear_error_naming_the_file(name, text, message, tmp_path):
    path = tmp_path / name
    path.write_text(text)
    with pytest.raises(AtlasError, match=message) as err:
        read_user_layer(path)
    assert str(err.value).startswith(str(path)) and "\n" not in str(err.value)


def test_a_missing_or_huge_user_file_is_refused(tmp_path, monkeypatch):
    with pytest.raises(AtlasError, match="cannot read"):
        read_user_layer(tmp_path / "gone.geojson")
    path = tmp_path / "big.geojson"
    path.write_text(json.dumps(PINS))
    monkeypatch.setattr("geodata.exchange.user_layers.MAX_BYTES", 100)
    with pytest.raises(AtlasError, match="too large"):
        read_user_layer(path)


@pytest.mark.parametrize("name", ["many.geojson", "many.kml"])
def test_too_many_features_are_refused(name, tmp_path, monkeypatch):
    assert MAX_FEATURES == 50_000
    monkeypatch.setattr("geodata.exchange.user_layers.MAX_FEATURES", 3)
    path = tmp_path / name
    if name.endswith(".kml"):
        path.write_text(KML.format("46.75,39.76"))
        path.write_text(path.read_text().replace("</Placemark>", "</Placemark>" + KML_PIN * 3))
    else:
        many = {"type": "FeatureCollection", "features": [PINS["features"][0]] * 4}
        path.write_text(json.dumps(many))
    with pytest.raises(AtlasError, match=r"too many features .*limit is 3"):
        read_user_layer(path)


@pytest.mark.parametrize(
    ("name", "text", "names"),
    [
        ("pins.geojson", json.dumps(PINS), ["Goris", "route"]),
        ("pin.kml", KML.format("46.75,39.76,0"), ["Shusha"]),
        (
            "trip.gpx",
            GPX.format(
                '<wpt lat="39.51" lon="46.34"><name>Goris</name></wpt>'
                '<trk><name>road</name><trkseg><trkpt lat="39.5" lon="46.3"/>'
                '<trkpt lat="39.8" lon="46.7"/></trkseg></trk>'
            ),
            ["Goris", "road"],  # the track's points are not repeated as pins
        ),
    ],
)
def test_good_user_files_become_geojson(name, text, names, tmp_path):
    path = tmp_path / name
    path.write_text(text)
    fc = read_user_layer(path)
    assert [f["properties"]["name"] for f in fc["features"]] == names
    json.dumps(fc)  # plain JSON all the way down
