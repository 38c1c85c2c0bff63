"""A broken CSV file is problems with lines, never an exception, and the rest loads."""

import shutil

import pytest

from geodata.control import CONTROL_DIR, load_control
from geodata.control.files import PERIOD_COLUMNS
from geodata.csv_rows import read_rows
from geodata.problems import Problem

HEADER = ",".join(PERIOD_COLUMNS)


def rows_and_problems(tmp_path, text):
    path = tmp_path / "periods.csv"
    path.write_text(text, encoding="utf-8")
    problems: list[Problem] = []
    return read_rows(path, PERIOD_COLUMNS, problems), [(p.line, p.message) for p in problems]


def test_short_and_long_rows_are_problems_and_good_rows_stay(tmp_path):
    good = "a,1923-07-07,,AZ,stable,High,s,"
    rows, problems = rows_and_problems(
        tmp_path, f"{HEADER}\n{good}\na,1990\n{good},extra\n{good}\n"
    )
    assert [line for line, _ in rows] == [2, 5]
    assert problems == [
        (3, "fewer fields than the header names"),
        (4, "more fields than the header names"),
    ]


def test_a_missing_column_is_one_problem_on_the_header(tmp_path):
    rows, problems = rows_and_problems(tmp_path, "area,start\na,1990\n")
    assert rows == []
    assert problems[0][0] == 1 and "missing column(s): end" in problems[0][1]


def test_a_byte_order_mark_from_a_spreadsheet_is_not_part_of_the_first_column(tmp_path):
    text = f"\ufeff{HEADER}\na,1923-07-07,,AZ,stable,High,s,\n"
    rows, problems = rows_and_problems(tmp_path, text)
    assert problems == [] and rows[0][1]["area"] == "a"


@pytest.mark.parametrize("missing", ["periods.csv", "overlay_periods.csv", "events.csv"])
def test_a_missing_data_file_is_a_problem_and_the_rest_still_loads(tmp_path, missing):
    folder = tmp_path / "control"
    shutil.copytree(CONTROL_DIR, folder)
    (folder / missing).unlink()
    data, problems = load_control(folder)
    assert any(p.line == 0 and str(p.file).endswith(missing) for p in problems)
    assert data.areas, "the areas load whatever else is missing"
