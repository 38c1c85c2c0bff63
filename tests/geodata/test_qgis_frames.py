"""Every export gives ``query``'s answer on the day before, of and after every change.

Each export is opened with GDAL (pyogrio), and the control periods are filtered the way
QGIS's Temporal Controller filters a one-day frame ``[D 00:00, D+1 00:00)`` with its
default limits (include start, exclude end)::

    ("start" < frame_end OR "start" IS NULL) AND ("end" > frame_begin OR "end" IS NULL)

At a point inside each control area exactly one shown polygon must contain the point, and
its area, controller and status must be what ``query`` (the control model) says.

The GeoPackage is held to the rule twice: on the values GDAL reads, and on the text
SQLite stores, compared with QGIS's literal ``YYYY-MM-DDTHH:MM:SS.000``, because that is
how QGIS 3.22 runs the filter on a GeoPackage (see geodata/exchange/gpkg.py). The GeoJSON's
style reads its dates through expressions, which QGIS evaluates itself (geodata/exchange/qml.py);
the KML is Google Earth's ``<TimeSpan>``, the same half-open span.
"""

from __future__ import annotations

import sqlite3
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import numpy as np
import pytest
import shapely
from pyogrio.raw import read

from geodata.atlas import load_atlas
from geodata.cli import query
from geodata.control import controllers
from geodata.exchange import export
from geodata.exchange.export import layers_for
from geodata.exchange.qml import EXPRESSION_MODE, control_style
from geodata.exchange.tables import CONTROL

FORMATS = ("gpkg", "geojson", "kml", "csv")


@dataclass(frozen=True)
class Period:
    """One control-period feature as an export gives it back."""

    area: str
    controller: str
    status: str
    start: datetime | None
    end: datetime | None
    start_text: str | None  # as stored (GeoPackage: SQLite's text)
    end_text: str | None


def qgis_literal(moment: datetime) -> str:
    """How QGIS writes ``make_datetime(…)`` into the SQL it hands a GeoPackage."""
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000")


def shown(p: Period, begin: datetime, end: datetime, as_text: bool = False) -> bool:
    """QGIS's frame rule, include start, exclude end; ``as_text``: on the stored text."""
    if as_text:
        lo, hi = qgis_literal(begin), qgis_literal(end)
        return (p.start_text is None or p.start_text < hi) and (
            p.end_text is None or p.end_text > lo
        )
    return (p.start is None or p.start < end) and (p.end is None or p.end > begin)


def _moment(value) -> datetime | None:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    return datetime.fromisoformat(str(value)[:19])


def _stored_text(path) -> dict[int, tuple[str | None, str | None]]:
    with sqlite3.connect(path) as db:
        rows = db.execute(f'SELECT fid, "start", "end" FROM {CONTROL}').fetchall()
    return {fid: (s, e) for fid, s, e in rows}


def read_periods(path, fmt: str, areas) -> tuple[list[Period], list]:
    """The control periods of an export and their polygons (CSV: the area's polygon)."""
    layer = None if fmt == "geojson" else CONTROL
    if fmt == "csv":
        layer = path.stem
    meta, fids, wkb, cols = read(path, layer=layer, datetime_as_string=True, return_fids=True)
    rows = [dict(zip(meta["fields"], values, strict=True)) for values in zip(*cols, strict=True)]
    begin_key = "begin" if fmt == "kml" else "start"
    stored = _stored_text(path) if fmt == "gpkg" else {}
    periods, geometries = [], []
    for i, row in enumerate(rows):
        if fmt == "geojson" and row["layer"] != CONTROL:
            continue
        start, end = row[begin_key] or None, row["end"] or None
        start_text, end_text = stored.get(int(fids[i]), (start, end))
        periods.append(
            Period(
                row["area"],
                row["controller"],
                row["status"],
                _moment(start),
                _moment(end),
                start_text,
                end_text,
            )
        )
        geometries.append(areas[row["area"]].geometry if wkb is None else shapely.from_wkb(wkb[i]))
    return periods, geometries


@pytest.fixture(scope="module")
def atlas():
    return load_atlas()


@pytest.fixture(scope="module")
def exports(atlas, tmp_path_factory):
    out = tmp_path_factory.mktemp("frames")
    return {fmt: export(atlas, fmt, out / f"atlas.{fmt}").path for fmt in FORMATS}


@pytest.fixture(scope="module")
def model(atlas):
    """``query``'s answer at each area's test point on each checked day."""
    control = atlas.control
    tl = control.timeline
    changes = {s for a in tl.areas for s, _e, _st in tl.periods(a)} - {tl.first_day}
    days = sorted(
        {
            d
            for c in changes
            for d in (c - timedelta(days=1), c, c + timedelta(days=1))
            if tl.first_day <= d <= tl.last_day
        }
    )
    points = {a: control.areas[a].geometry.representative_point() for a in tl.areas}
    with pytest.MonkeyPatch.context() as mp:  # query loads the control data per call
        mp.setattr("geodata.control.load_control", lambda *a, **k: (control, []))
        answers = {(day, a): query.answer(day, p.y, p.x) for day in days for a, p in points.items()}
    return days, points, answers


def sweep(periods, geometries, model, as_text: bool = False) -> dict[str, int]:
    """Check every (day, point): the figures and the mismatches."""
    days, points, answers = model
    names = list(points)
    inside = shapely.contains(
        np.array(geometries, dtype=object)[:, None], np.array(list(points.values()))[None, :]
    )
    mismatches = []
    for day in days:
        begin = datetime.combine(day, time())
        end = begin + timedelta(days=1)
        on = [shown(p, begin, end, as_text) for p in periods]
        for j, area in enumerate(names):
            hits = [periods[i] for i in np.flatnonzero(inside[:, j]) if on[i]]
            want = answers[(day, area)]
            got = [(h.area, h.controller, h.status) for h in hits]
            if got != [(want["area"], want["controller"], want["status"])]:
                mismatches.append((day, area, got, want["controller"]))
    return {
        "days": len(days),
        "points": len(names),
        "checks": len(days) * len(names),
        "mismatches": len(mismatches),
        "first": mismatches[:3],
    }


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_export_answers_as_query_does_around_every_change(fmt, exports, atlas, model):
    periods, geometries = read_periods(exports[fmt], fmt, atlas.control.areas)
    result = sweep(periods, geometries, model)
    assert result["days"] > 100 and result["points"] == len(atlas.control.timeline.areas)
    assert result["mismatches"] == 0, result["first"]
    if fmt == "gpkg":  # QGIS 3.22 runs the same filter as text in SQLite
        text = sweep(periods, geometries, model, as_text=True)
        assert text["mismatches"] == 0, text["first"]


@pytest.mark.parametrize(
    ("stored", "wrong_day"),
    [
        (lambda d: d.isoformat(), -1),  # a Date field: the new period shows a day early
        (lambda d: f"{d.isoformat()}T00:00:00.000Z", 0),  # UTC: the old one a day late
    ],
)
def test_the_text_rule_catches_the_bounds_qgis_322_misreads(
    stored, wrong_day, exports, atlas, model
):
    """Why the GeoPackage stores bare midnights: the other two spellings fail the rule."""
    periods, geometries = read_periods(exports["gpkg"], "gpkg", atlas.control.areas)
    respelled = [
        Period(
            p.area,
            p.controller,
            p.status,
            p.start,
            p.end,
            p.start and stored(p.start.date()),
            p.end and stored(p.end.date()),
        )
        for p in periods
    ]
    result = sweep(respelled, geometries, model, as_text=True)
    assert result["mismatches"] > 0
    day, area, got, _want = result["first"][0]
    change = min(p.start.date() for p in periods if p.area == area and p.start.date() >= day)
    assert (day - change).days == wrong_day and len(got) == 2  # both periods answer


def test_the_geopackage_carries_a_default_style_per_layer_with_the_timeline(exports):
    with sqlite3.connect(exports["gpkg"]) as db:
        rows = db.execute(
            "SELECT f_table_name, f_table_schema, f_geometry_column, useAsDefault, styleQML "
            "FROM layer_styles"
        ).fetchall()
        version = db.execute("PRAGMA user_version").fetchone()[0]
    assert version == 10200  # GeoPackage 1.2
    assert {r[0] for r in rows} == {"control_periods", "nkao_boundary", "events", "story_places"}
    for _name, schema, geometry, default, qml in rows:
        assert (schema, geometry, default) == ("", "geom", 1)
        assert 'startField="start"' in qml and 'endField="end"' in qml and 'mode="2"' in qml


def test_open_periods_are_open_in_every_format(exports, atlas):
    """GeoJSON ``null``; KML a ``<TimeSpan>`` with no ``<end>``; GeoPackage NULL."""
    running = set(atlas.control.timeline.areas)
    for fmt in ("gpkg", "geojson", "kml"):
        periods, _ = read_periods(exports[fmt], fmt, atlas.control.areas)
        assert {p.area for p in periods if p.end is None and p.end_text is None} == running
    text = exports["geojson"].read_text(encoding="utf-8")
    assert '"end": null' in text and '"end": ""' not in text
    kml = exports["kml"].read_text(encoding="utf-8")
    open_rows = sum(r["end"] is None for layer in layers_for(atlas) for r in layer.rows())
    assert open_rows > len(running)  # the areas' and the former NKAO's
    assert kml.count("<TimeSpan>") - kml.count("<end>") == open_rows


def test_geopackage_bounds_are_bare_midnights(exports):
    """The bare midnight is a day: GDAL gives it back as 00:00 with no zone."""
    periods, _ = read_periods(exports["gpkg"], "gpkg", {})
    assert all(p.start.time() == time() and p.start_text.endswith("T00:00:00.000") for p in periods)
    assert periods[0].start.date() == date(1923, 7, 7)


def test_the_area_style_takes_the_palette_and_marks_status_as_the_app_does():
    """Categories, colours and stripes come from geodata.control.controllers, not copies."""
    root = ET.fromstring(control_style().split("\n", 1)[1])
    categories = {c.get("value"): c for c in root.iter("category")}
    assert set(categories) == {*controllers.CONTROLLERS, ""}
    symbols = {s.get("name"): s for s in root.find("renderer-v2/symbols").findall("symbol")}
    stable = controllers.STATUSES["stable"].fill_opacity
    for code, c in controllers.CONTROLLERS.items():
        assert categories[code].get("label") == c.label
        symbol = symbols[categories[code].get("symbol")]
        fill, *stripes = symbol.findall("layer")
        options = {o.get("name"): o.get("value") for o in fill.find("Option")}
        r, g, b = (int(c.colour[i : i + 2], 16) for i in (1, 3, 5))
        assert options["color"] == f"{r},{g},{b},{round(stable * 255)}"
        hatched = [s for s, st in controllers.STATUSES.items() if st.hatched]
        enabled = [s.find(".//Option[@name='expression']").get("value") for s in stripes]
        assert enabled == [f"\"status\" = '{s}'" for s in hatched]
    assert root.find("temporal").get("mode") == "2"
    geojson = ET.fromstring(control_style(EXPRESSION_MODE).split("\n", 1)[1]).find("temporal")
    assert geojson.get("mode") == "4" and "now()" in geojson.get("endExpression")
