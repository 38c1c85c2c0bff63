"""The page's control layers as the build drew them: current, equal to drawing them now,
and used only while the data is what the build checked."""

import json
import shutil

from shapely.geometry import Point, shape

from geodata import page_layers, prebuilt
from geodata.control import CONTROL_DIR, controllers, load_control
from geodata.map_style import COUNTRIES, tint

DATA, _ = load_control()


def test_the_prebuilt_shapes_are_current():
    assert page_layers.stale() == [], "run `uv run python -m geodata.page_layers`"


def test_the_shipped_data_loads_as_checked_and_its_layers_equal_the_drawn_ones():
    assert DATA.checked_at_build
    kept, drawn = page_layers.shapes_of(DATA), page_layers.draw_shapes(DATA)
    assert page_layers.layer_files(DATA, kept) == page_layers.layer_files(DATA, drawn)
    for high_contrast in (False, True):
        assert page_layers.countries_geojson(kept, high_contrast) == (
            page_layers.countries_geojson(drawn, high_contrast)
        )


def test_a_copy_as_shipped_is_trusted_and_an_edited_one_checked_in_full(tmp_path):
    copy = tmp_path / "control"
    shutil.copytree(CONTROL_DIR, copy)
    assert prebuilt.unchanged(copy) and load_control(copy)[0].checked_at_build
    areas = json.loads((copy / "areas.geojson").read_text(encoding="utf-8"))
    areas["features"][0]["geometry"]["coordinates"][0][0][0] = 999.0  # off the Earth
    (copy / "areas.geojson").write_text(json.dumps(areas), encoding="utf-8")
    data, problems = load_control(copy)
    assert not data.checked_at_build and not prebuilt.unchanged(copy)
    assert any("off the Earth" in str(p) for p in problems), problems


def test_an_edited_copy_draws_its_own_layers(tmp_path):
    copy = tmp_path / "control"
    shutil.copytree(CONTROL_DIR, copy)
    lines = (copy / "events.csv").read_text(encoding="utf-8")
    (copy / "events.csv").write_text(lines + "\n", encoding="utf-8")  # a changed file
    data, _ = load_control(copy)
    assert not data.checked_at_build
    assert page_layers.shapes_of(data) == page_layers.draw_shapes(data)


def test_without_control_data_the_countries_are_drawn_whole():
    shapes = page_layers.shapes_of(None)
    features = json.loads(page_layers.countries_geojson(shapes))["features"]
    assert [f["properties"]["id"] for f in features] == ["country-AZ", "country-AM"]
    assert shapes["areas"] == {}


def test_both_countries_are_filled_in_full_around_the_areas_and_lakes_stay_water():
    body = page_layers.countries_geojson(page_layers.draw_shapes(DATA))
    features = {f["properties"]["id"]: f for f in json.loads(body)["features"]}
    assert set(features) == {f"country-{c}" for c in COUNTRIES}
    for code in COUNTRIES:
        f = features[f"country-{code}"]
        assert f["properties"]["fill"] == tint(controllers.colour(code))
        face = shape(f["geometry"])
        for area in DATA.areas.values():
            assert face.intersection(area.geometry).area < 1e-4, (code, area.id)
    armenia, azerbaijan = (shape(features[f"country-{c}"]["geometry"]) for c in ("AM", "AZ"))
    assert armenia.contains(Point(44.51, 40.18))  # Yerevan
    assert azerbaijan.contains(Point(49.87, 40.41))  # Baku
    assert azerbaijan.contains(Point(45.41, 39.21))  # Nakhchivan, the exclave
    assert not armenia.contains(Point(45.25, 40.35))  # Lake Sevan is water
