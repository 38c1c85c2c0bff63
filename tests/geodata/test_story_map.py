"""Story sections on the map: anchors, fly-to bounds, call-outs by date, highlights."""

from datetime import date

import pytest

from geodata.atlas import load_atlas
from geodata.story import parse_story
from geodata.story.map import callouts_at, date_label, highlight_ids, section_bounds

DATA = load_atlas()
STORY = DATA.story
POINTS = """---
title: t
---

## Only a point

```meta
id: point
date: 1993-08
places: 39.76,46.75, area:nkao-core
view: 39,45,41,48
highlight: area:shusha-town
```

Text. More text.

## Nowhere

```meta
id: nowhere
date: 1993-08
```

No place.
"""


@pytest.mark.parametrize(
    ("section", "label"),
    [
        ("second-war", "27 Sep 2020 – 10 Nov 2020"),
        ("abandon-moscow", "Dec 2023"),
        ("always-in-corner", "1991 – Feb 2022"),
        ("root-of-problem", "7 Jul 1923"),
    ],
)
def test_date_labels_keep_their_precision(section, label):
    assert date_label(STORY.section(section)) == label


@pytest.mark.parametrize("section", [s.id for s in STORY.sections])
def test_fly_to_bounds_contain_every_place_of_the_section(section):
    s = STORY.section(section)
    (south, west), (north, east) = section_bounds(s, DATA.places, DATA.control)
    for ref in s.places:
        place = DATA.places[ref.id]
        assert south < place.lat < north and west < place.lon < east


def test_callouts_are_the_sections_of_the_day_at_their_first_place():
    callouts = callouts_at(STORY, date(2020, 10, 15), DATA.places, DATA.control)
    assert [c.id for c in callouts] == ["second-war", "always-in-corner"]
    stepanakert = DATA.places["stepanakert"]
    assert (callouts[0].lat, callouts[0].lon) == (stepanakert.lat, stepanakert.lon)
    assert callouts[0].text.startswith("Cross-border attacks")
    assert callouts_at(STORY, date(2023, 6, 1), DATA.places, DATA.control)[0].id != "second-war"


def test_points_and_areas_anchor_and_unplaced_sections_get_no_callout():
    story, _ = parse_story(POINTS, file="p.md", known_places=set(DATA.places))
    callouts = callouts_at(story, date(1993, 8, 15), DATA.places, DATA.control)
    assert [(c.id, c.lat, c.lon) for c in callouts] == [("point", 39.76, 46.75)]
    section = story.section("point")
    assert highlight_ids(section) == ("shusha-town", "nkao-core")
    (south, west), (north, east) = section_bounds(section, DATA.places, DATA.control)
    assert (south, west, north, east) == (39, 45, 41, 48)
    assert section_bounds(story.section("nowhere"), DATA.places, DATA.control) is None
