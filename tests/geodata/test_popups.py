"""Map click pop-ups: names, control at the date with source, contested, sections; escaped."""

from dataclasses import replace
from datetime import date

import pytest

from geodata.atlas import load_atlas
from geodata.popups import place_popup_html, region_popup_html, sections_for_refs
from geodata.story import parse_story

DATA = load_atlas()
WAR = date(2020, 10, 15)
HOSTILE = """---
title: t
---

## <script>alert(1)</script>

```meta
id: evil
date: 2020-10
places: stepanakert, area:nkao-core
```

<img src=x onerror=alert(1)>
"""


@pytest.mark.parametrize(
    ("region", "lat", "lon", "expected"),
    [
        ("nkao-core", 39.82, 46.75, ["Xankəndi", "De facto control on 15 Oct 2020", "Source:"]),
        ("az-khankendi", 39.82, 46.75, ["De facto control on 15 Oct 2020", "second-war"]),
        ("am-syunik", 39.5, 46.0, ["Syunik", "Outside the mapped conflict areas: Armenia"]),
    ],
)
def test_region_popups_name_the_controller_and_the_sections(region, lat, lon, expected):
    html = region_popup_html(DATA, DATA.story, region, lat, lon, WAR)
    for text in expected:
        assert text in html


def test_popup_says_held_since_the_capture_not_the_period_start():
    html = region_popup_html(DATA, DATA.story, "lachin-towns", 39.6374, 46.5498, date(2000, 1, 1))
    assert "held since 18 May 1992" in html and "12 May 1994" not in html


def test_contested_areas_are_shown_as_contested_with_the_note():
    html = region_popup_html(DATA, DATA.story, "fuzuli-west", 39.60, 47.14, WAR)
    state = DATA.control.timeline.state_of("fuzuli-west", WAR)
    assert state.status == "contested"
    assert "<b>Contested</b> since 27 Sep 2020" in html and "front-row villages" in html


def test_place_popup_shows_both_usage_names_and_its_sections_nearest_first():
    html = place_popup_html(DATA, DATA.story, "stepanakert", WAR)
    assert "Armenian usage: <b>Stepanakert</b>" in html
    assert "Azerbaijani usage: <b>Khankendi</b>" in html
    first = html.index('data-section="')
    assert html[first:].startswith('data-section="second-war"')


def test_sections_for_refs_are_ordered_nearest_in_time_first():
    found = sections_for_refs(DATA.story, {"stepanakert"}, date(2000, 1, 1))
    assert [s.id for s in found[:2]] == ["first-war", "soviet-collapse"]


def test_story_and_area_text_is_escaped():
    story, _ = parse_story(HOSTILE, file="evil.md", known_places=set(DATA.places))
    area = DATA.control.areas["nkao-core"]
    control = replace(
        DATA.control,
        areas={
            **DATA.control.areas,
            "nkao-core": replace(area, name="<img src=x onerror=alert(2)>"),
        },
    )
    data = replace(DATA, control=control)
    html = region_popup_html(data, story, "nkao-core", 39.82, 46.75, WAR)
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;" in html and "&lt;img" in html
