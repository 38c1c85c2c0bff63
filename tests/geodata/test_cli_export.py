"""``caucasus-atlas export``: writes each format, says what it wrote, refuses bad input."""

from __future__ import annotations

import csv

import pytest

import main


def _run(capsys, *argv):
    code = main.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("fmt", ["kml", "geojson", "gpkg", "csv"])
def test_export_writes_the_file_and_counts(fmt, capsys, tmp_path):
    out = tmp_path / f"atlas.{fmt}"
    code, stdout, err = _run(capsys, "export", "--format", fmt, "--out", str(out))
    assert code == 0, err
    assert out.stat().st_size > 1000
    assert stdout.startswith(str(out)) and "control periods" in stdout


def test_csv_has_one_row_per_area_period_within_the_window(capsys, tmp_path):
    out = tmp_path / "window.csv"
    argv = ["export", "--format", "csv", "--out", str(out), "--from", "2020-09-27"]
    code, _, _ = _run(capsys, *argv, "--to", "2020-11-10")
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert code == 0 and rows
    assert {"start", "end", "controller", "status", "source", "confidence"} <= rows[0].keys()
    assert {"name_hy", "name_az"} <= rows[0].keys()
    assert all(r["start"] <= "2020-11-10" and (r["end"] == "" or r["end"] > "2020-09-27")
               for r in rows)  # fmt: skip


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "shp"], "--format: 'shp' is not one of"),
        (["--format", "csv", "--from", "1992-02-30"], "--from: "),
        (["--format", "csv", "--to", "1992"], "--to: "),
        (["--format", "csv", "--from", "2000-01-01", "--to", "1999-01-01"], "before it starts"),
    ],
)
def test_bad_arguments_are_one_line_and_exit_2(args, message, capsys, tmp_path):
    code, _, err = _run(capsys, "export", *args, "--out", str(tmp_path / "x.out"))
    assert code == 2
    assert message in err and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_path_is_exit_2(capsys, tmp_path):
    code, _, err = _run(
        capsys, "export", "--format", "kml", "--out", str(tmp_path / "no" / "a.kml")
    )
    assert code == 2 and "does not exist" in err
