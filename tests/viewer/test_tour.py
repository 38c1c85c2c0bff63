"""The tour's step index: order, ends of the story, auto-advance; and real steps on the map."""

from __future__ import annotations

import pytest

from geodata.control import load_control
from geodata.story import load_story
from geodata.story.map import tour_steps
from tests.viewer.conftest import TIMEOUT, run_js
from viewer.classroom.tour import Tour

STORY, _ = load_story()
CONTROL, _ = load_control()
STEPS = tour_steps(STORY, CONTROL)
SECTIONS = STEPS[:4]
CARD_TITLE = "document.querySelector('.atlas-tour-title').textContent"


class Visits(list):
    """The section ids ``go_to`` was asked for, in order."""

    def __call__(self, section_id, day):
        self.append(section_id)


@pytest.fixture
def visited(qtbot):
    return Visits()


def test_a_before_after_section_is_two_steps_with_its_two_map_days():
    war = [s for s in STEPS if s.section.id == "second-war"]
    assert [(s.phase, str(s.day)) for s in war] == [
        ("before", "2020-09-26"),
        ("after", "2020-11-10"),
    ]
    assert len(STEPS) == len(STORY.sections) + 2  # the two wars


def test_next_and_previous_walk_the_sections_in_order(visited):
    tour = Tour(SECTIONS, visited)
    assert tour.current is None and tour.upcoming is SECTIONS[0]
    for _ in SECTIONS:
        assert tour.next()
    assert visited == [s.section.id for s in SECTIONS]
    assert tour.previous() and tour.current is SECTIONS[-2]
    assert visited[-1] == SECTIONS[-2].section.id


def test_stepping_past_either_end_does_nothing(visited):
    tour = Tour(SECTIONS, visited)
    assert not tour.previous()
    tour.go(len(SECTIONS) - 1)
    assert not tour.next() and tour.index == len(SECTIONS) - 1
    tour.go(0)
    assert not tour.previous() and tour.index == 0
    assert not tour.go(99) and tour.index == 0
    assert visited == [SECTIONS[-1].section.id, SECTIONS[0].section.id]


def test_an_empty_story_has_no_steps(visited):
    tour = Tour((), visited)
    assert not tour.next() and tour.current is None and visited == []


def test_auto_advance_steps_on_and_stops_at_the_end(qtbot, visited):
    tour = Tour(SECTIONS[:2], visited)
    tour.go(0)
    tour.set_auto_advance(0.02)
    assert tour.auto_advance == pytest.approx(0.02)
    qtbot.waitUntil(lambda: tour.index == 1, timeout=2000)
    qtbot.waitUntil(lambda: tour.auto_advance == 0, timeout=2000)
    assert visited == [SECTIONS[0].section.id, SECTIONS[1].section.id]


def test_tour_steps_set_date_view_and_highlights(window, qtbot):
    from geodata.story.map import highlight_ids
    from viewer.classroom.presentation import Presentation
    from viewer.classroom.themes import ThemeManager

    presentation = Presentation(window, ThemeManager(window.controller))
    views = []
    window.map.bridge.viewChanged.connect(lambda bounds, zoom: views.append(bounds))
    presentation.enter()
    tour = presentation.tour
    try:
        for index in (0, 3, 2):
            step = tour.steps[index]
            section = step.section
            tour.go(index)
            assert window.session.date == step.day
            points = _points(section, window)
            assert points
            qtbot.waitUntil(
                lambda p=points: bool(views) and _contains(views[-1], p), timeout=TIMEOUT
            )
            ids = highlight_ids(section)
            qtbot.waitUntil(
                lambda ids=ids: (
                    set(run_js(window.map, "Atlas.highlighted()")) == set(ids) and bool(ids)
                ),
                timeout=TIMEOUT,
            )
            qtbot.waitUntil(
                lambda s=section: run_js(window.map, CARD_TITLE) == s.title, timeout=TIMEOUT
            )
    finally:
        presentation.leave()


def _points(section, window):
    """The places the map must show for the section: its own, or for a far-flung one
    (Moscow, Kyiv) Yerevan and Baku, which stay in view at a readable zoom."""
    from geodata.story.map import section_frame, section_points

    data = window.session.data
    if section_frame(section, data.places, data.control).keep is not None:
        return [(data.places[p].lat, data.places[p].lon) for p in ("yerevan", "baku")]
    return section_points(section, data.places, data.control)


def _contains(bounds, points) -> bool:
    (south, west), (north, east) = bounds
    return all(south <= lat <= north and west <= lon <= east for lat, lon in points)
