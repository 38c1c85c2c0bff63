"""``caucasus-atlas story``: filters, JSON output and one-line errors."""

import json

import pytest

import main

STORY = """\
---
title: CLI story
---

## War

```meta
id: war
date: 2020-09-27 .. 2020-11-10
places: stepanakert, area:nkao
```

Text.

## Speech

```meta
id: speech
date: 2023-09-24
places: yerevan
```

Text.
"""


@pytest.fixture
def story_file(tmp_path):
    path = tmp_path / "story.md"
    path.write_text(STORY, encoding="utf-8")
    return str(path)


def run(capsys, *argv):
    code = main.main(["story", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_lists_the_matching_sections(capsys, story_file):
    code, out, _ = run(capsys, "--story", story_file, "--date", "2020-10-01", "--json")
    assert code == 0
    assert json.loads(out) == [
        {
            "id": "war",
            "title": "War",
            "start": "2020-09-27",
            "end": "2020-11-10",
            "places": ["stepanakert", "area:nkao"],
            "map_date": "2020-11-10",  # the end of the range: what the section describes
            "map_before": None,
        }
    ]


def test_json_gives_every_article_section_its_map_day(capsys):
    code, out, _ = run(capsys, "--json")
    rows = {row["id"]: row for row in json.loads(out)}
    assert code == 0 and all(row["map_date"] for row in rows.values())
    assert (rows["second-war"]["map_before"], rows["second-war"]["map_date"]) == (
        "2020-09-26",
        "2020-11-10",
    )
    assert (rows["first-war"]["map_before"], rows["first-war"]["map_date"]) == (
        "1988-02-19",
        "1994-05-12",
    )
    # "2022" at year precision: the last control change inside 2022, not 1 Jan
    assert rows["takeover-2022"]["map_date"] == "2022-09-13"


def test_a_point_dated_section_stays_current_until_the_story_moves_on(capsys):
    _, out, _ = run(capsys, "--date", "2022-03-01", "--json")
    assert "invasion-changed" in [row["id"] for row in json.loads(out)]


@pytest.mark.parametrize(
    ("argv", "ids"),
    [
        ([], ["war", "speech"]),
        (["--date", "2023-09-24"], ["speech"]),
        (["--date", "2021-01-01"], []),
        (["--place", "yerevan"], ["speech"]),
        (["--place", "area:nkao"], ["war"]),
        (["--place", "yerevan", "--date", "2020-10-01"], []),
    ],
)
def test_filters(capsys, story_file, argv, ids):
    code, out, _ = run(capsys, "--story", story_file, *argv, "--json")
    assert code == 0
    assert [row["id"] for row in json.loads(out)] == ids


def test_plain_output_is_one_line_per_section(capsys, story_file):
    code, out, _ = run(capsys, "--story", story_file)
    assert code == 0
    assert out.splitlines() == [
        "war\t27 Sep 2020 – 10 Nov 2020\tWar\tstepanakert, area:nkao",
        "speech\t24 Sep 2023\tSpeech\tyerevan",
    ]


def test_top_level_date_applies_to_the_subcommand(capsys, story_file):
    code = main.main(["--date", "2023-09-24", "story", "--story", story_file, "--json"])
    out, _ = capsys.readouterr()
    assert code == 0 and [row["id"] for row in json.loads(out)] == ["speech"]


def test_default_story_is_the_article(capsys):
    code, out, _ = run(capsys, "--date", "2020-10-01", "--json")
    assert code == 0 and "second-war" in [row["id"] for row in json.loads(out)]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--date", "2020-13-01"], "caucasus-atlas: --date: '2020-13-01' is not a valid date"),
        (["--date", "2020-10"], "caucasus-atlas: --date: '2020-10' is not a full date"),
        (["--place", "atlantis"], "caucasus-atlas: --place: unknown place id 'atlantis'"),
        (["--story", "/no/such/story.md"], "caucasus-atlas: /no/such/story.md:0: cannot read"),
    ],
)
def test_bad_arguments_exit_2_with_one_line(capsys, argv, message):
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert err.startswith(message) and err.count("\n") == 1


def test_problems_go_to_stderr_and_valid_sections_still_list(capsys, tmp_path):
    path = tmp_path / "broken.md"
    path.write_text(STORY.replace("date: 2023-09-24", "date: soon"), encoding="utf-8")
    code, out, err = run(capsys, "--story", str(path), "--json")
    assert code == 0
    assert [row["id"] for row in json.loads(out)] == ["war"]
    assert err.startswith(f"{path}:19: date: 'soon' is not a date")
