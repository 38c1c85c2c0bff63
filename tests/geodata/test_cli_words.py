"""The subcommands' own words in ru, hy and az: headings, sentences, help, errors, names.

Each test asserts that a translated phrase appears and that the English one it replaces
does not, so a string left out of the catalogue (or printed before the language is set)
fails here. Data quoted from sources (a record's source and note) stays as published.
"""

import csv
import re

import pytest

import main
from geodata.place_names import AREA_NAMES_CSV, LOCAL_LANGUAGES

ARMENIAN = re.compile(r"[\u0531-\u058F]")
# Words of the English output that must not survive in a translated run.
ENGLISH = ("counted:", "total\t", "de facto control", "held since", "approximate areas")


def run(capsys, *argv):
    code = main.main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize(
    ("code", "heading", "total"),
    [
        ("ru", "учтено: картографированная зона конфликта", "всего\t"),
        ("hy", "հաշվված է՝ քարտեզագրված հակամարտության գոտին", "ընդամենը\t"),
        ("az", "hesablanıb: xəritələşdirilmiş münaqişə zonası", "cəmi\t"),
    ],
)
def test_stats_table_in_the_language(capsys, code, heading, total):
    status, out, _ = run(capsys, "stats", "--date", "1995-01-01", "--lang", code)
    assert status == 0
    assert out.startswith(heading) and total in out
    assert not [w for w in ENGLISH if w in out]


@pytest.mark.parametrize(
    ("code", "heading", "kalbajar"),
    [
        ("ru", "Перешли под другой контроль между", "Кельбаджар (удерживается с 25 ноября 2020)"),
        ("hy", "Վերահսկողը փոխվել է", "Քարվաճառ (2020 թ. նոյեմբերի 25-ից)"),
        ("az", "nəzarəti dəyişənlər", "Kəlbəcər (25 noyabr 2020 tarixindən)"),
    ],
)
def test_compare_heading_and_area_names_in_the_language(capsys, code, heading, kalbajar):
    argv = ("compare", "--from", "2020-09-01", "--to", "2020-12-02", "--lang", code)
    status, out, _ = run(capsys, *argv)
    assert status == 0
    assert heading in out.splitlines()[0] and kalbajar in out
    assert "Changed hands" not in out and "held since" not in out and "\nnet\t" not in out


def test_compare_with_no_change_says_so_in_the_language(capsys):
    argv = ("compare", "--from", "2000-01-01", "--to", "2000-01-02", "--lang", "az")
    assert "heç bir ərazidə nəzarət dəyişməyib" in run(capsys, *argv)[1]


@pytest.mark.parametrize(
    ("code", "ok", "unknown"),
    [
        ("ru", "ошибок нет: resources/control", "неизвестный id места"),
        ("hy", "սխալներ չկան՝ resources/control", "անհայտ վայրի id"),
        ("az", "xəta yoxdur: resources/control", "naməlum yer id-si"),
    ],
)
def test_validate_and_story_errors_in_the_language(capsys, code, ok, unknown):
    status, out, _ = run(capsys, "validate", "--lang", code)
    assert status == 0 and out.strip() == ok
    status, _, err = run(capsys, "story", "--place", "atlantis", "--lang", code)
    assert status == 2
    assert err.startswith(f"caucasus-atlas: --place: {unknown}") and "'atlantis'" in err


def test_out_of_range_dates_keep_the_option_and_say_the_rest_in_the_language(capsys):
    status, _, err = run(capsys, "stats", "--date", "1800-01-01", "--lang", "ru")
    assert status == 3 and "вне диапазона данных" in err and "outside" not in err
    argv = ("compare", "--from", "1800-01-01", "--to", "2000-01-01", "--lang", "hy")
    status, _, err = run(capsys, *argv)
    assert status == 2 and err.startswith("caucasus-atlas: --from: 1800-01-01-ը տվյալների")


def test_help_in_russian_argparse_chrome_included(capsys):
    with pytest.raises(SystemExit) as exc:
        main.main(["stats", "--help", "--lang", "ru"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("использование: caucasus-atlas stats")
    assert "км² под контролем каждой стороны на дату" in out
    assert "параметры:" in out and "показать эту справку и выйти" in out
    assert "usage:" not in out and "options:" not in out and "the day, YYYY-MM-DD" not in out


def test_argparse_errors_in_the_language_and_english_after(capsys):
    with pytest.raises(SystemExit):
        main.main(["--lang", "az", "query", "--date", "2000-01-01"])
    err = capsys.readouterr().err
    assert "xəta: bu arqumentlər tələb olunur: --lat, --lon" in err
    with pytest.raises(SystemExit):  # the hook is gone once the arguments are read
        main.main(["--lang", "en", "query", "--date", "2000-01-01"])
    assert "the following arguments are required" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("lat", "lon", "name"),
    [
        ("40.1", "46.04", "Քարվաճառ / Քելբաջար"),  # a control area: Kalbajar
        ("40.68", "46.36", "Գյանջա"),
    ],  # outside the control areas: the admin-1 region
)
def test_query_in_armenian_names_the_area_in_armenian_script(capsys, lat, lon, name):
    argv = ("query", "--date", "2000-01-01", "--lat", lat, "--lon", lon, "--lang", "hy")
    status, out, _ = run(capsys, *argv)
    assert status == 0
    area = next(line for line in out.splitlines() if line.startswith("տարածք\t"))
    assert area.endswith(name) and ARMENIAN.search(area.split(" — ")[1])


def test_every_area_has_a_name_in_each_language_with_a_source():
    import json
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    rows = {r["id"]: r for r in csv.DictReader(AREA_NAMES_CSV.open(encoding="utf-8"))}
    ids = set()
    for name in ("resources/control/areas.geojson", "resources/basemap/admin1.geojson"):
        features = json.loads((root / name).read_text(encoding="utf-8"))["features"]
        ids |= {f["properties"]["id"] for f in features}
    assert set(rows) == ids
    for row in rows.values():
        assert row["source"] and all(row[code] for code in LOCAL_LANGUAGES), row["id"]
        assert ARMENIAN.search(row["hy"]) and not ARMENIAN.search(row["ru"] + row["az"])
        assert set(row["unsure"].split()) <= set(LOCAL_LANGUAGES)


@pytest.mark.parametrize(
    ("argv", "said", "english"),
    [
        (
            ("render", "--date", "2020-13-01", "--out", "x.png", "--lang", "ru"),
            "--date: '2020-13-01' — недопустимая дата",
            "is not a valid date",
        ),
        (
            ("render", "--date", "2020-01-01", "--out", "no/such/x.png", "--lang", "hy"),
            "--out: հնարավոր չէ գրել no/such/x.png-ը՝ no/such թղթապանակը գոյություն չունի",
            "cannot write",
        ),
        (
            ("render", "--date", "2020-01-01", "--view", "kara", "--out", "x.png", "--lang", "ru"),
            "неизвестный вид 'kara'",
            "unknown view",
        ),
        (
            (
                "animate",
                "--from",
                "2020-01-01",
                "--to",
                "2020-01-01",
                "--out",
                "x.mp4",
                "--lang",
                "az",
            ),
            "--to: film üçün iki fərqli gün lazımdır",
            "two different days",
        ),
    ],
)
def test_errors_checked_before_any_work_are_in_the_language(capsys, argv, said, english):
    status, _, err = run(capsys, *argv)
    assert status != 0 and said in err and english not in err


def test_export_summary_in_the_language(capsys, tmp_path):
    out = tmp_path / "periods.csv"
    status, printed, _ = run(capsys, "export", "--format", "csv", "--out", str(out), "--lang", "ru")
    assert status == 0 and printed.startswith(f"{out}: периодов контроля: ")
    assert "control periods" not in printed
