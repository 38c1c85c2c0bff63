import json

import pytest

import main


def _run(capsys, *argv):
    code = main.main(["compare", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_lists_the_changed_areas(capsys):
    code, out, _ = _run(capsys, "--from", "1994-05-12", "--to", "2020-12-02", "--json")
    changes = {c["area"]: c for c in json.loads(out)}
    assert code == 0
    assert {k: changes["kalbajar"][k] for k in ("area", "name", "from", "to")} == {
        "area": "kalbajar",
        "name": "Kalbajar",
        "from": "NKR",
        "to": "AZ",
    }
    assert changes["kalbajar"]["km2"] > 2000
    assert changes["lachin-towns"]["to"] == "RU"
    assert "nkao-core" not in changes


def test_json_gives_held_since_and_status_since(capsys):
    code, out, _ = _run(capsys, "--from", "1990-01-01", "--to", "2000-01-01", "--json")
    lachin = next(c for c in json.loads(out) if c["area"] == "lachin-towns")
    assert code == 0
    assert (lachin["held_since"], lachin["status_since"]) == ("1992-05-18", "1992-05-18")
    assert lachin["since"] == lachin["held_since"]


def test_text_names_each_change_and_the_net_totals(capsys):
    code, out, _ = _run(capsys, "--from", "1994-05-12", "--to", "2020-12-02")
    assert code == 0
    assert "NKR → AZ" in out and "2,120.6 km²" in out and "held since 25 Nov 2020" in out
    assert "+8,820.0 km²" in out


@pytest.mark.parametrize(
    "argv",
    [
        ("--from", "1994-05-12", "--to", "2020-02-30"),
        ("--from", "1994", "--to", "2020-12-02"),
        ("--from", "1900-01-01", "--to", "2020-12-02"),
        ("--from", "1994-05-12", "--to", "2999-01-01"),
    ],
)
def test_a_bad_or_out_of_range_date_exits_2_with_one_line(capsys, argv):
    code, out, err = _run(capsys, *argv)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "--" in err
