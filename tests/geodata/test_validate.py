"""The validator catches each class of error (one test each), as FILE:LINE: message."""

import shutil
from pathlib import Path

import pytest

from geodata.control import CONTROL_DIR
from geodata.validate import validate_directory, validate_file

HEADER = "area,start,end,controller,status,confidence,source,note\n"


@pytest.fixture
def data(tmp_path) -> Path:
    d = tmp_path / "control"
    shutil.copytree(CONTROL_DIR, d)
    return d


def _periods(d: Path, rows: str) -> Path:
    text = (d / "periods.csv").read_text(encoding="utf-8")
    kept = [line for line in text.splitlines()[1:] if not line.startswith("karki,")]
    path = d / "periods.csv"
    path.write_text(HEADER + "\n".join(kept) + "\n" + rows, encoding="utf-8")
    return path


def _messages(problems):
    return [str(p) for p in problems]


def test_shipped_data_validates(data):
    assert validate_directory(data) == []


def test_schema_missing_column(data):
    path = data / "events.csv"
    path.write_text("id,date\nx,2000\n", encoding="utf-8")
    assert _messages(validate_file(path)) == [
        f"{path}:1: missing column(s): end, title, place, lat, lon, kind, confidence, source, note"
    ]


def test_bad_date(data):
    path = _periods(
        data, "karki,1923-07-07,,AZ,stable,High,src,\nkarki,1990-13-01,,AM,stable,High,src,\n"
    )
    problems = validate_file(path)
    assert any(":" in str(p) and "not a valid date" in p.message for p in problems)
    assert problems[0].line == len(path.read_text().splitlines())


def test_overlapping_periods(data):
    path = _periods(
        data,
        "karki,1923-07-07,1991-01-01,AZ,stable,High,src,\nkarki,1990-01-19,,AM,stable,High,src,\n",
    )
    assert any("overlap" in p.message and "karki" in p.message for p in validate_file(path))


def test_gap_between_periods(data):
    path = _periods(
        data,
        "karki,1923-07-07,1980-01-01,AZ,stable,High,src,\nkarki,1990-01-19,,AM,stable,High,src,\n",
    )
    assert any("gap from 1980-01-01" in p.message for p in validate_file(path))


def test_unknown_area_id(data):
    path = _periods(
        data, "karki,1923-07-07,,AZ,stable,High,src,\nnowhere,1923-07-07,,AZ,stable,High,src,\n"
    )
    assert any("unknown area id 'nowhere'" in p.message for p in validate_file(path))


def test_unknown_controller_and_status(data):
    path = _periods(data, "karki,1923-07-07,,XYZ,held,High,src,\n")
    assert any("unknown controller code 'XYZ'" in p.message for p in validate_file(path))


def test_missing_source(data):
    path = _periods(data, "karki,1923-07-07,,AZ,stable,High,,\n")
    assert any("has no source" in p.message for p in validate_file(path))


def test_invalid_geometry(data):
    path = data / "areas.geojson"
    lines = path.read_text(encoding="utf-8").splitlines()
    bowtie = (
        '"geometry":{"type":"Polygon","coordinates":[[[44,39],[45,40],[45,39],[44,40],[44,39]]]}}'
    )
    lines[1] = lines[1][: lines[1].index('"geometry"')] + bowtie + ","
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    problems = validate_file(path)
    assert any(p.line == 2 and "invalid" in p.message for p in problems)


def test_overlapping_geometry(data):
    path = data / "areas.geojson"
    lines = path.read_text(encoding="utf-8").splitlines()
    # Give Karki (line 2) Artsvashen's shape (line 3).
    geometry = lines[2][lines[2].index('"geometry"') :].rstrip(",")
    lines[1] = lines[1][: lines[1].index('"geometry"')] + geometry + ","
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    problems = validate_file(path)
    assert any(p.line == 3 and "overlaps area 'karki'" in p.message for p in problems)


def test_unknown_overlay_id(data):
    path = data / "overlay_periods.csv"
    with path.open("a", encoding="utf-8") as f:
        f.write("no-such-zone,2021-01-01,2022-01-01,deployed,High,src,\n")
    problems = validate_file(path)
    assert any("unknown overlay id 'no-such-zone'" in p.message for p in problems)


def test_event_ending_before_it_starts(data):
    path = data / "events.csv"
    with path.open("a", encoding="utf-8") as f:
        f.write("late,2000-05-01,2000-04-01,Title,,,,political,High,src,\n")
    problems = validate_file(path)
    n = len(path.read_text(encoding="utf-8").splitlines())
    assert _messages(problems) == [
        f"{path}:{n}: event 'late' ends (2000-04-01) before it starts (2000-05-01)"
    ]


def test_unknown_file_kind(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("x", encoding="utf-8")
    assert "unknown kind of file" in validate_file(path)[0].message
