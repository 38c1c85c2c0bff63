"""The tour's step index: order, ends of the story, auto-advance; and real steps on the map."""

from __future__ import annotations

import pytest

from geodata.story import load_story
from tests.viewer.conftest import TIMEOUT, run_js
from viewer.classroom.tour import Tour

STORY, _ = load_story()
SECTIONS = STORY.sections[:4]
CARD_TITLE = "document.querySelector('.atlas-tour-title').textContent"


@pytest.fixture
def visited(qtbot):
    return []


def test_next_and_previous_walk_the_sections_in_order(visited):
    tour = Tour(SECTIONS, visited.append)
    assert tour.current is None and tour.upcoming is SECTIONS[0]
    for _ in SECTIONS:
        assert tour.next()
    assert visited == [s.id for s in SECTIONS]
    assert tour.previous() and tour.current is SECTIONS[-2]
    assert visited[-1] == SECTIONS[-2].id


def test_stepping_past_either_end_does_nothing(visited):
    tour = Tour(SECTIONS, visited.append)
    assert not tour.previous()
    tour.go(len(SECTIONS) - 1)
    assert not tour.next() and tour.index == len(SECTIONS) - 1
    tour.go(0)
    assert not tour.previous() and tour.index == 0
    assert not tour.go(99) and tour.index == 0
    assert visited == [SECTIONS[-1].id, SECTIONS[0].id]


def test_an_empty_story_has_no_steps(visited):
    tour = Tour((), visited.append)
    assert not tour.next() and tour.current is None and visited == []


def test_auto_advance_steps_on_and_stops_at_the_end(qtbot, visited):
    tour = Tour(SECTIONS[:2], visited.append)
    tour.go(0)
    tour.set_auto_advance(0.02)
    assert tour.auto_advance == pytest.approx(0.02)
    qtbot.waitUntil(lambda: tour.index == 1, timeout=2000)
    qtbot.waitUntil(lambda: tour.auto_advance == 0, timeout=2000)
    assert visited == [SECTIONS[0].id, SECTIONS[1].id]


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
            section = STORY.sections[index]
            tour.go(index)
            assert window.session.date == section.start.first
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
    from geodata.story.map import section_points

    data = window.session.data
    return section_points(section, data.places, data.control)


def _contains(bounds, points) -> bool:
    (south, west), (north, east) = bounds
    return all(south <= lat <= north and west <= lon <= east for lat, lon in points)
