"""The story format: the default article, lookups by date and place, and bad input."""

import hashlib
from datetime import date
from pathlib import Path

import pytest

import geodata.story
from geodata.dates import PartialDate
from geodata.places import load_places
from geodata.problems import AtlasError
from geodata.story import (
    DEFAULT_STORY,
    REQUIRED_PLACE_IDS,
    PlaceRef,
    first_sentence,
    known_place_ids,
    load_story,
    parse_story,
    sections_at,
    sections_for_place,
    validate_story_file,
)

REPO = Path(__file__).resolve().parents[2]
ARTICLE = REPO.parent / "shared" / "source" / "article.txt"
PLACES = {"yerevan", "baku", "stepanakert", "kyiv", "moscow"}

# A small story whose every line number the tests below rely on.
STORY = """\
---
title: A test story
outlet: unknown
language: en
---

## War

```meta
id: war
date: 2020-09-27 .. 2020-11-10
places: stepanakert, area:nkao, 40.18,44.51
view: karabakh
credit: Someone, CC BY 4.0
note: Lasted 44 days. | source: chronology
```

The war **began**. It ended.

## A month

```meta
id: month
date: 2023-09
places: yerevan
```

Text.

## Range by months

```meta
id: months
date: 2022-03 .. 2022-09
places: yerevan, baku
```

Text.

## A year

```meta
id: year
date: 2023
places: baku
```

Text.
"""


def parse(text: str):
    return parse_story(text, file="s.md", known_places=PLACES)


def article_sections() -> tuple[str, list[tuple[str, str, list[str]]]]:
    """(title, [(heading, paragraph, credits)]) read straight from article.txt."""
    lines = ARTICLE.read_text(encoding="utf-8").splitlines()
    toc = [line.strip() for line in lines[2:24]]  # the table of contents: not sections
    body = [line.strip() for line in lines[24:] if line.strip()]
    body = body[: body.index("More for you")]  # page debris after the last section
    sections = []
    for line in body:
        if sections and line.startswith("Photo Credit: "):
            sections[-1][2].append(line.removeprefix("Photo Credit: "))
        elif len(sections) < len(toc) and line == toc[len(sections)]:
            sections.append((line, "", []))
        else:
            heading, text, credits = sections[-1]
            sections[-1] = (heading, f"{text}\n\n{line}".strip(), credits)
    return lines[0].strip(), sections


# The article as article_sections() reads it from the source text: a digest of its title,
# then one of each section's heading, paragraphs and photo credits (in order). With them the
# word-for-word check runs without the source beside the repository (a fresh clone); where
# the source is there, the test also checks that these digests are still the source's.
ARTICLE_DIGESTS = (
    "00b06c629c9f25f6",
    "a5cffd99b5275546",
    "a9d80d540eac073c",
    "24c7c3053c4bb8ef",
    "79a378d228caa9c3",
    "d1d76ddaf3990cf5",
    "b9d7207038629648",
    "29b942d6c278b431",
    "59800d5095c88833",
    "e9914919c7bed71a",
    "d087a85970e4f779",
    "2026e0485bb69306",
    "434854d6d9e97403",
    "12add20922a138c7",
    "ac8e1fa0defb4627",
    "5f532864c6827a85",
    "381cc9f4baf0d100",
    "7b3308c014e0763f",
    "0b0cc62f91f53177",
    "5ad80e06c5836944",
    "3855c860ea73e7f2",
    "50309d52ccda1097",
    "8fbce331ffdb0589",
)


def article_digests(title: str, sections) -> tuple[str, ...]:
    """The title's digest, then one per (heading, paragraphs, credits): a changed word,
    section or credit changes the digest of its section and leaves the others, so a failing
    comparison shows which section differs."""

    def digest(*parts: str) -> str:
        return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:16]

    return (digest(title), *(digest(h, body, *credits) for h, body, credits in sections))


@pytest.fixture(scope="module")
def article():
    story, problems = load_story()
    assert problems == []
    return story


def test_default_story_is_the_article_word_for_word(article):
    got = [(s.title, s.body, list(s.credits)) for s in article.sections]
    if ARTICLE.exists():  # the source beside the repository: compare text, then the digests
        title, expected = article_sections()
        assert len(expected) == 22
        assert article.meta.title == title
        assert got == expected
        assert article_digests(title, expected) == ARTICLE_DIGESTS
    assert article_digests(article.meta.title, got) == ARTICLE_DIGESTS


def test_default_story_heading_with_stray_space_is_stripped(article):
    # article.txt's table of contents has " Comments from Dmytro Kuleba"; the body has none.
    assert "Comments from Dmytro Kuleba" in [s.title for s in article.sections]


def test_default_story_metadata_is_not_invented(article):
    meta = article.meta
    assert (meta.outlet, meta.author, meta.published, meta.credit) == (None, None, None, None)
    assert meta.language == "en"


@pytest.mark.parametrize(
    ("section_id", "start", "end", "place"),
    [
        ("second-war", "2020-09-27", "2020-11-10", "stepanakert"),
        ("pashinyan-comments", "2023-09-24", None, "yerevan"),
        ("kuleba-comments", "2023-12-13", None, "kyiv"),
        ("ukraine-alliance", "2023-12-13", None, "yerevan"),
    ],
)
def test_default_story_dates_and_places(article, section_id, start, end, place):
    section = article.section(section_id)
    assert section.start == PartialDate.parse(start)
    assert section.end == (PartialDate.parse(end) if end else None)
    assert PlaceRef("place", place) in section.places


@pytest.mark.parametrize("section_id", ["ukraine-alliance", "kuleba-comments", "second-war"])
def test_default_story_fact_checks_carry_a_source(article, section_id):
    notes = article.section(section_id).notes
    assert notes and all(n.source for n in notes)


def test_kuleba_note_gives_the_chronology_date_and_place(article):
    (note,) = article.section("kuleba-comments").notes
    assert "11 Dec 2023" in note.text and "Brussels" in note.text


def test_first_war_note_is_about_the_districts_not_the_death_toll(article):
    # The sources have nothing to check "roughly 30,000" against, so no note invents one;
    # the section's note is about what it leaves out: the seven surrounding districts.
    (note,) = article.section("first-war").notes
    assert "30,000" not in note.text and "seven surrounding" in note.text


def test_fixture_story_parses_fully():
    story, problems = parse(STORY)
    assert problems == []
    war = story.sections[0]
    assert (war.id, war.title, war.line) == ("war", "War", 7)
    assert war.places == (
        PlaceRef("place", "stepanakert"),
        PlaceRef("area", "nkao"),
        PlaceRef("point", lat=40.18, lon=44.51),
    )
    assert [str(p) for p in war.places] == ["stepanakert", "area:nkao", "40.18,44.51"]
    assert war.view == "karabakh"
    assert war.credits == ("Someone, CC BY 4.0",)
    assert [(n.text, n.source) for n in war.notes] == [("Lasted 44 days.", "chronology")]
    assert war.body == "The war **began**. It ended."
    assert first_sentence(war) == "The war began."


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2020, 9, 26), []),
        (date(2020, 9, 27), ["war"]),
        (date(2020, 11, 10), ["war"]),  # the end of a range is inclusive
        (date(2020, 11, 11), []),
        (date(2023, 9, 1), ["month", "year"]),  # a month-precision date covers its month
        (date(2023, 9, 30), ["month", "year"]),
        (date(2023, 10, 1), ["year"]),
        (date(2022, 9, 30), ["months"]),  # "2022-09" as an end covers all of September
        (date(2022, 10, 1), []),
        (date(2023, 12, 31), ["year"]),
    ],
)
def test_sections_at(day, expected):
    story, _ = parse(STORY)
    assert [s.id for s in sections_at(story, day)] == expected


@pytest.mark.parametrize(
    ("place", "day", "expected"),
    [
        ("yerevan", None, ["month", "months"]),  # story order without a day
        ("yerevan", date(2023, 9, 15), ["month", "months"]),
        ("yerevan", date(2022, 4, 1), ["months", "month"]),
        ("baku", date(2022, 6, 1), ["months", "year"]),
        ("baku", date(2024, 1, 5), ["year", "months"]),
        ("stepanakert", date(2000, 1, 1), ["war"]),
        ("area:nkao", None, ["war"]),
        ("kyiv", None, []),
    ],
)
def test_sections_for_place_nearest_in_time_first(place, day, expected):
    story, _ = parse(STORY)
    assert [s.id for s in sections_for_place(story, place, day)] == expected


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2020, 10, 1), {"second-war"}),
        (date(2023, 9, 24), {"pashinyan-ineffective", "pashinyan-comments"}),
        (date(2023, 12, 13), {"ukraine-alliance", "kuleba-comments", "peace-in-caucasus"}),
        (date(1992, 5, 9), {"first-war"}),
    ],
)
def test_default_story_sections_at(article, day, expected):
    assert expected <= {s.id for s in sections_at(article, day)}


def test_default_story_place_lookup(article):
    found = [s.id for s in sections_for_place(article, "kyiv", date(2023, 12, 13))]
    covering = ["abandon-moscow", "ukraine-alliance", "kuleba-comments", "peace-in-caucasus"]
    assert found == [*covering, "lose-an-ally", "invasion-changed"]


def replace(old: str, new: str) -> str:
    assert old in STORY
    return STORY.replace(old, new, 1)


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        (replace("places: yerevan\n", "places: yerevan, atlantis\n"), 25, "unknown place id"),
        (replace("date: 2023-09\n", "date: 2023-13\n"), 24, "not a valid date"),
        (replace("date: 2023-09\n", "date: last year\n"), 24, "is not a date"),
        (replace("date: 2020-09-27 ..", "date: 2020-12-27 .."), 11, "ends (2020-11-10) before"),
        (replace("title: A test story\n", ""), 1, "story has no title"),
        (replace("## A month\n", "##\n"), 20, "section has no title"),
        (
            replace("id: month\n", "id: war\n"),
            20,
            "duplicate section id 'war' (first used at line 7)",
        ),
        (replace("id: month\n", "id: Month 1\n"), 23, "lowercase letters"),
        (replace("id: month\n", ""), 20, "has no 'id: ...'"),
        (replace("date: 2023-09\n", ""), 20, "has no 'date: ...'"),
        (replace("places: yerevan\n```\n", "places: yerevan\n"), 22, "never closed"),
        (replace("places: yerevan\n", "places yerevan\n"), 25, "expected 'key: value'"),
        (replace("places: yerevan\n", "plaices: yerevan\n"), 25, "unknown key 'plaices'"),
        (replace("```meta\nid: month", "id: month"), 20, "has no ```meta block"),
        (replace("note: Lasted 44 days. | source: chronology", "note: x"), 15, "add its source"),
        (replace("view: karabakh", "view: moon"), 13, "is neither a view"),
        (replace("40.18,44.51", "140.18,44.51"), 12, "not a latitude,longitude"),
        (replace("---\n\n## War", "---\nstray\n## War"), 6, "before the first '## '"),
    ],
)
def test_bad_input_gives_file_line_message(text, line, message):
    story, problems = parse(text)
    assert len(problems) == 1, problems
    assert str(problems[0]).startswith(f"s.md:{line}: ")
    assert message in problems[0].message
    # Whatever is wrong, the sections not at fault still load.
    assert {"months", "year"} <= {s.id for s in story.sections}


def test_broken_front_matter_is_one_problem_and_sections_still_load():
    story, problems = parse(STORY.replace("---\n", "", 1))
    assert [p.line for p in problems] == [1]
    assert "front matter" in problems[0].message
    assert [s.id for s in story.sections] == ["war", "month", "months", "year"]


def test_unclosed_front_matter_keeps_its_title_and_the_sections():
    story, problems = parse(STORY.replace("language: en\n---\n", "language: en\n", 1))
    assert [str(p) for p in problems] == [
        "s.md:1: front matter opened here is never closed with '---'"
    ]
    assert story.meta.title == "A test story" and len(story.sections) == 4


def test_missing_file_is_one_problem_at_line_zero(tmp_path):
    path = tmp_path / "nope.md"
    problems = validate_story_file(path)
    assert [(p.file, p.line) for p in problems] == [(str(path), 0)]
    assert str(problems[0]).startswith(f"{path}:0: cannot read story")


def test_undecodable_file_is_one_problem_at_its_line(tmp_path):
    path = tmp_path / "latin1.md"
    path.write_bytes(b"---\ntitle: caf\xe9\n---\n")
    story, problems = load_story(path)
    assert [p.line for p in problems] == [2] and story.sections == ()
    assert "not UTF-8" in problems[0].message


def test_a_byte_order_mark_is_not_a_problem(tmp_path):
    path = tmp_path / "bom.md"
    path.write_text(STORY, encoding="utf-8-sig")
    story, problems = load_story(path, known_places=PLACES)
    assert problems == [] and story.meta.title == "A test story"


def test_validate_story_file_reports_with_the_file_name(tmp_path):
    path = tmp_path / "lesson.md"
    path.write_text(STORY.replace("places: baku\n", "places: atlantis\n"), encoding="utf-8")
    problems = validate_story_file(path)
    assert [str(p) for p in problems] == [f"{path}:45: places: unknown place id 'atlantis'"]


def test_known_places_come_from_the_gazetteer():
    assert known_place_ids() == frozenset(load_places())
    assert known_place_ids() >= REQUIRED_PLACE_IDS  # what docs/architecture.md promises


def test_known_places_fall_back_without_the_gazetteer(monkeypatch):
    def broken():
        raise AtlasError("places.csv:0: cannot read the gazetteer")

    monkeypatch.setattr(geodata.story, "load_places", broken)
    assert known_place_ids() == REQUIRED_PLACE_IDS


def test_the_documented_example_parses():
    doc = (REPO / "docs" / "story-format.md").read_text(encoding="utf-8")
    example = doc.split("````markdown\n", 1)[1].split("\n````", 1)[0]
    story, problems = parse_story(example, known_places=known_place_ids())
    assert problems == []
    assert [s.id for s in story.sections] == ["second-war"]
    assert story.meta.published == PartialDate.parse("2024-03")


def test_default_story_path():
    assert DEFAULT_STORY.name == "article.md" and DEFAULT_STORY.exists()


CURRENCY = """\
---
title: T
---

## Speech
```meta
id: speech
date: 2022-02-24
places: moscow, kyiv
```

## Elsewhere
```meta
id: elsewhere
date: 2022-06-01
places: baku, yerevan
```

## Reply
```meta
id: reply
date: 2022-09
places: kyiv
```

## Last
```meta
id: last
date: 2023-12-13
places: yerevan
```
"""


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2022, 2, 24), ["speech"]),
        (date(2022, 3, 1), ["speech"]),  # a point date stays current after its day
        (date(2022, 6, 1), ["speech", "elsewhere"]),  # no shared place: no hand-over
        (date(2022, 8, 31), ["speech", "elsewhere"]),
        (date(2022, 9, 1), ["elsewhere", "reply"]),  # kyiv's next section takes over
        (date(2023, 12, 12), ["elsewhere"]),
        (date(2023, 12, 13), ["last"]),  # yerevan's next section
        (date(2023, 12, 14), []),  # no later section shares its place: its own end
    ],
)
def test_point_dated_sections_stay_current_until_the_next_sharing_a_place(day, expected):
    story, _ = parse(CURRENCY)
    assert [s.id for s in sections_at(story, day)] == expected


@pytest.mark.parametrize(
    ("value", "expected", "problem"),
    [
        ("2020-11-10", (date(2020, 11, 10),), None),
        ("2020-09-26 -> 2020-11-10", (date(2020, 9, 26), date(2020, 11, 10)), None),
        ("2020-09-26 → 2020-11-10", (date(2020, 9, 26), date(2020, 11, 10)), None),
        ("2020-11", (), "is not a day"),
        ("2020-11-10 -> 2020-09-26", (), "not after"),
        ("2020-01-01 -> 2020-02-01 -> 2020-03-01", (), "two as"),
    ],
)
def test_map_key_gives_the_days_the_map_shows(value, expected, problem):
    text = CURRENCY.replace("date: 2022-02-24", f"date: 2022-02-24\nmap: {value}")
    story, problems = parse(text)
    assert story.section("speech").map_dates == expected
    assert [p.message for p in problems if problem and problem in p.message] == (
        [p.message for p in problems] if problem else []
    )
    assert len(problems) == (1 if problem else 0)
    if problem:
        assert problems[0].line == 9  # the map: line
