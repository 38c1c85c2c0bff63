import json

import pytest

import main


def _run(capsys, *argv):
    code = main.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_query_json_keys(capsys):
    code, out, _ = _run(
        capsys, "query", "--date", "2022-08-27", "--lat", "39.6374", "--lon", "46.5498", "--json"
    )
    answer = json.loads(out)
    assert code == 0
    assert {k: answer[k] for k in ("controller", "area", "status", "since")} == {
        "controller": "AZ",
        "area": "lachin-towns",
        "status": "stable",
        "since": "2022-08-26",
    }
    assert answer["source"]


@pytest.mark.parametrize(
    ("day", "lat", "lon", "held", "status"),
    [
        # Lachin town: taken 18 May 1992 and stable from then (nobody fought for it again);
        # the data's period restarts at the 1994 ceasefire
        ("2000-01-01", "39.6374", "46.5498", "1992-05-18", "1992-05-18"),
        ("2016-01-01", "39.6374", "46.5498", "1992-05-18", "1992-05-18"),
        # Jabrayil town: Azerbaijani from the claim of 4 Oct 2020, stable from the video of 9 Oct
        ("2021-06-01", "39.3896", "47.0294", "2020-10-04", "2020-10-09"),
    ],
)
def test_query_since_is_the_unbroken_holding(capsys, day, lat, lon, held, status):
    code, out, _ = _run(capsys, "query", "--date", day, "--lat", lat, "--lon", lon, "--json")
    answer = json.loads(out)
    assert code == 0
    for key in ("controller", "area", "status", "source", "confidence"):
        assert answer[key]
    assert (answer["held_since"], answer["status_since"]) == (held, status)
    assert answer["since"] == answer["held_since"]


def test_query_text_says_held_since(capsys):
    code, out, _ = _run(
        capsys, "query", "--date", "2000-01-01", "--lat", "39.6374", "--lon", "46.5498"
    )
    assert code == 0
    assert "held since 18 May 1992" in out and "stable since 18 May 1992" in out


def test_query_text_shows_precision_of_since(capsys):
    code, out, _ = _run(
        capsys, "query", "--date", "2000-01-01", "--lat", "40.6461", "--lon", "45.5156"
    )
    assert code == 0
    assert "since Aug 1992" in out and "Azerbaijan" in out


def test_query_outside_the_zone_answers_the_country(capsys):
    code, out, _ = _run(
        capsys, "query", "--date", "2000-01-01", "--lat", "41.7151", "--lon", "44.8271", "--json"
    )
    assert code == 0
    assert json.loads(out)["controller"] == "GE" and json.loads(out)["status"] == "stable"


@pytest.mark.parametrize(
    "argv",
    [
        ("--date", "2000-01-01", "--lat", "40.0", "--lon", "51.0"),  # Caspian Sea
        ("--date", "1900-01-01", "--lat", "39.8177", "--lon", "46.7528"),  # before the data
        ("--date", "2000-01-01", "--lat", "-60", "--lon", "0"),  # off the map
    ],
)
def test_query_without_an_answer_exits_3_with_one_line(capsys, argv):
    code, out, err = _run(capsys, "query", *argv)
    assert code == 3 and out == ""
    assert len(err.strip().splitlines()) == 1


def test_query_bad_date_exits_2(capsys):
    code, _, err = _run(capsys, "query", "--date", "2000-02-30", "--lat", "40", "--lon", "46")
    assert code == 2 and "--date" in err


def test_stats_json_gives_the_territory_a_total_and_a_split_by_status(capsys):
    code, out, _ = _run(capsys, "stats", "--date", "2021-06-01", "--json")
    got = json.loads(out)
    assert code == 0 and "conflict zone" in got["territory"]
    assert set(got["controllers"]) == {"AZ", "AM", "NKR", "RU"}
    assert set(got["by_status"]) == {"held", "contested", "claimed"}
    assert got["by_status"]["claimed"] > 0  # Azerbaijani positions inside Armenia since May 2021
    assert sum(got["by_status"].values()) == pytest.approx(got["total_km2"], abs=0.5)
    for row in got["controllers"].values():
        assert row["held"] + row["contested"] + row["claimed"] == pytest.approx(row["km2"], abs=0.2)
    # Armenia's own border strips are counted as its own, the exclaves it holds are not
    assert 0 < got["controllers"]["AM"]["own"] < got["controllers"]["AM"]["km2"]
    assert got["controllers"]["NKR"]["own"] == 0


def test_validate_shipped_data_is_clean(capsys):
    code, out, _ = _run(capsys, "validate")
    assert code == 0 and out.startswith("ok")


def test_validate_reports_file_line_and_exits_1(capsys, tmp_path):
    bad = tmp_path / "periods.csv"
    bad.write_text(
        "area,start,end,controller,status,confidence,source,note\nx,1923,,AZ,stable,High,s,\n"
    )
    code, out, _ = _run(capsys, "validate", str(bad))
    assert code == 1
    assert out.startswith(f"{bad}:2: ")
