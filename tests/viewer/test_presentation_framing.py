"""Presentation framing on the real page: a slide's places lie in the part of the map the
section card and the caption leave visible; a far-flung slide keeps Armenia and Azerbaijan
readable; the next key completes a slide's motion at once."""

from __future__ import annotations

from itertools import count

import pytest
from PySide6.QtCore import Qt

from geodata.map_labels import READABLE_ZOOM
from geodata.story.map import section_frame
from tests.viewer.conftest import TIMEOUT, run_js, shown_window
from viewer.map.messages import SetLayerData

FLUSH_ACKS = count(800_000)  # far from the map controller's own acks

OPEN = """(() => {
  const box = (el) => { const r = el.getBoundingClientRect();
    return {left: r.left, top: r.top, right: r.right, bottom: r.bottom}; };
  const c = Atlas.map.getContainer();
  return {map: box(c), card: box(c.querySelector('.atlas-tour')),
          caption: box(c.querySelector('.atlas-caption'))};
})()"""


@pytest.fixture
def presenting(qtbot):
    with shown_window(qtbot, "1994-05-12") as win:
        win.classroom.presentation.enter()
        try:
            yield win
        finally:
            win.classroom.presentation.leave()


def _flush(window, qtbot) -> None:
    """Wait until everything sent so far (the fly included) has been applied and painted."""
    controller = window.controller
    qtbot.waitUntil(lambda: controller.idle, timeout=TIMEOUT)
    bridge = window.map.bridge
    ack = next(FLUSH_ACKS)
    with qtbot.waitSignal(bridge.painted, timeout=TIMEOUT, check_params_cb=lambda a: a == ack):
        bridge.send(SetLayerData(layer="overlays", visible={}, ack=ack))


def _settled(window, qtbot) -> dict:
    """Wait until the date is painted and the map has arrived where the last frame asked."""
    _flush(window, qtbot)

    def arrived():
        f = run_js(window.map, "Atlas.framing()")
        return f["target"] is not None and not f["flying"]

    qtbot.waitUntil(arrived, timeout=TIMEOUT)
    return run_js(window.map, "Atlas.framing()")


def _point(window, lat, lon) -> tuple[float, float]:
    p = run_js(window.map, f"Atlas.containerPoint({lat}, {lon})")
    return p["x"], p["y"]


def _visible_part(window) -> tuple[float, float, float, float]:
    """(left, top, right, bottom) of the map, in the map's pixels, not under card or caption."""
    boxes = run_js(window.map, OPEN)
    m, card, caption = boxes["map"], boxes["card"], boxes["caption"]
    assert card["left"] > (m["left"] + m["right"]) / 2  # the card is on the right
    return 0, caption["bottom"] - m["top"], card["left"] - m["left"], m["bottom"] - m["top"]


def _step(tour, section_id: str, phase: str = "") -> int:
    return next(
        i for i, s in enumerate(tour.steps) if s.section.id == section_id and s.phase == phase
    )


@pytest.mark.parametrize(
    ("section_id", "phase"),
    [("second-war", "before"), ("second-war", "after"), ("first-war", "after")],
)
def test_a_war_slide_frames_its_places_clear_of_the_card_and_caption(
    presenting, qtbot, section_id, phase
):
    """The 2020 front ran through eastern Karabakh, which the card used to cover."""
    tour = presenting.classroom.presentation.tour
    tour.go(_step(tour, section_id, phase))
    _settled(presenting, qtbot)
    data = presenting.session.data
    frame = section_frame(data.story.section(section_id), data.places, data.control)
    assert frame.min_zoom == 0  # a Karabakh section: its bounds, whole
    left, top, right, bottom = _visible_part(presenting)
    (south, west), (north, east) = frame.bounds
    for lat, lon in ((south, west), (south, east), (north, west), (north, east)):
        x, y = _point(presenting, lat, lon)
        assert left - 1 <= x <= right + 1 and top - 1 <= y <= bottom + 1, (lat, lon, x, y)


def test_a_region_scale_slide_keeps_armenia_and_azerbaijan_readable(presenting, qtbot):
    """Moscow, Kyiv and Yerevan: no further out than the zoom the Caucasus is drawn at,
    and Yerevan, Stepanakert and Baku in the visible part."""
    tour = presenting.classroom.presentation.tour
    tour.go(_step(tour, "abandon-moscow"))
    framing = _settled(presenting, qtbot)
    assert framing["zoom"] >= READABLE_ZOOM
    left, top, right, bottom = _visible_part(presenting)
    places = presenting.session.data.places
    for pid in ("yerevan", "stepanakert", "baku"):
        x, y = _point(presenting, places[pid].lat, places[pid].lon)
        assert left <= x <= right and top <= y <= bottom, pid


def test_the_next_key_completes_the_slides_motion_at_once(presenting, qtbot):
    """A click while the map is still flying to the last slide stops that flight and the map
    is at once where the new slide frames it, not flying on from somewhere in between."""
    presentation = presenting.classroom.presentation
    tour = presentation.tour
    tour.go(_step(tour, "abandon-moscow"))
    _settled(presenting, qtbot)
    presentation.handle_key(Qt.Key.Key_End)  # a long flight, to Karabakh …
    qtbot.waitUntil(lambda: run_js(presenting.map, "Atlas.framing()")["flying"], timeout=TIMEOUT)
    presentation.handle_key(Qt.Key.Key_Home)  # … and straight back before it lands
    _flush(presenting, qtbot)
    framing = run_js(presenting.map, "Atlas.framing()")
    assert tour.index == 0
    assert not framing["flying"]
    assert framing["zoom"] == framing["target"]["zoom"]
    assert framing["offCentrePx"] < 1.5


def test_a_slide_names_its_places_and_stepanakert(presenting, qtbot):
    """The step outlines its section's places, and an outlined place is always named."""
    tour = presenting.classroom.presentation.tour
    tour.go(_step(tour, "takeover-2022"))  # Stepanakert, Lachin, Jermuk
    _settled(presenting, qtbot)
    named = {
        label["id"] for label in run_js(presenting.map, "Atlas.placeLabels()") if label["named"]
    }
    assert {"stepanakert", "lachin", "jermuk"} <= named
