"""Nothing buries what was clicked (issue 13, part 3), held in the real page.

Every box the page draws over the map (the pop-up the user opened, the story's call-outs,
the list card they fold into, the caption, the legend, the tour card) is read from the DOM
after each step of a classroom lesson: every section of the article at its map day, as a
click in the Story panel shows it, and pop-ups opened at ten places. No two boxes may
overlap and every box must lie inside the map. One page for all the steps.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from geodata.atlas import load_atlas
from tests.viewer.conftest import TIMEOUT, run_js, settle, shown_map
from tests.viewer.test_story_map import flush
from viewer.session import Session

# Every box over the map, read as the user sees it: a box counts when it is drawn (not
# hidden, not transparent, not empty); its rectangle includes what sticks out of it (a
# pop-up's tip and close button).
BOXES = """(() => {
  const frame = document.querySelector('.leaflet-container').getBoundingClientRect();
  const kinds = {
    popup: '.leaflet-popup', callout: '.atlas-callout', list: '.atlas-elsewhere',
    caption: '.atlas-caption', legend: '.atlas-legend', tour: '.atlas-tour',
  };
  const shown = (el) => {
    for (let e = el; e && e !== document.body; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.display === 'none' || s.visibility === 'hidden') return false;
      if (Number(s.opacity) === 0) return false;
    }
    return true;
  };
  const boxes = [];
  Object.entries(kinds).forEach(([kind, selector]) => {
    document.querySelectorAll(selector).forEach((el) => {
      if (!shown(el)) return;
      const rects = [el, ...el.children].filter(shown)
        .map((e) => e.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0);
      if (!rects.length) return;
      boxes.push({
        kind,
        ids: Array.from(el.querySelectorAll('[data-section]')).map((a) => a.dataset.section),
        left: Math.min(...rects.map((r) => r.left)) - frame.left,
        top: Math.min(...rects.map((r) => r.top)) - frame.top,
        right: Math.max(...rects.map((r) => r.right)) - frame.left,
        bottom: Math.max(...rects.map((r) => r.bottom)) - frame.top,
      });
    });
  });
  return { width: frame.width, height: frame.height, boxes };
})()"""

# Whether the map is moving (a fly-to, a pop-up's pan), kept by the test itself.
MOVING = """(() => {
  window.testMoving = false;
  Atlas.map.on('movestart', () => { window.testMoving = true; });
  Atlas.map.on('moveend', () => { window.testMoving = false; });
  return true;
})()"""

SLACK = 0.5  # px: sub-pixel rounding, never a real overlap

# (place id, the view it is clicked in, the date): Karabakh's places in the Karabakh view
# during the Second War (its call-out sits on Stepanakert), the capitals in the Caucasus
# view among the many sections of December 2023.
PLACES = [
    ("stepanakert", "karabakh", date(2020, 10, 15)),
    ("shusha", "karabakh", date(2020, 10, 15)),
    ("lachin", "karabakh", date(2020, 10, 15)),
    ("aghdam", "karabakh", date(2020, 10, 15)),
    ("hadrut", "karabakh", date(2020, 10, 15)),
    ("kalbajar", "karabakh", date(2020, 10, 15)),
    ("goris", "karabakh", date(2020, 10, 15)),
    ("yerevan", "caucasus", date(2023, 12, 13)),
    ("baku", "caucasus", date(2023, 12, 13)),
    ("ganja", "caucasus", date(2023, 12, 13)),
]
# Region pop-ups (a click on an area): (area id, lat, lon, view, date).
REGIONS = [
    ("nkao-core", 39.82, 46.75, "karabakh", date(2020, 10, 15)),
    ("kalbajar", 40.1, 46.05, "karabakh", date(1994, 5, 12)),
]


@pytest.fixture(scope="module")
def lesson(qapp):
    """One page for the whole module: the map, its controller and the Story panel."""
    from viewer.map.controller import MapController
    from viewer.story.panel import StoryPanel

    session = Session(load_atlas(), date(1994, 5, 12))
    with shown_map((1000, 760)) as view:
        ready = []
        view.bridge.mapReady.connect(lambda: ready.append(True))
        controller = MapController(view, session, "karabakh")
        panel = StoryPanel(session, controller)
        _wait(lambda: ready)
        run_js(view, MOVING)
        yield panel
        panel.deleteLater()


def _wait(condition, timeout_ms: int = TIMEOUT) -> None:
    waited = 0
    while not condition():
        assert waited < timeout_ms, "the page did not get there"
        settle(25)
        waited += 25


def _still(panel, qtbot) -> None:
    """Wait until the map has stopped moving (a fly-to, a pop-up's pan), then for the page
    to have applied and painted everything sent so far."""
    view = panel.controller.map
    moving = "!!window.testMoving"
    _wait(lambda: not run_js(view, moving))
    settle(300)  # a pop-up's auto-pan starts a frame after it opens
    _wait(lambda: not run_js(view, moving))
    flush(panel, qtbot)


def _check(panel, where: str) -> dict:
    """Assert the rule on what the page shows now; return what was read."""
    seen = run_js(panel.controller.map, BOXES)
    width, height, boxes = seen["width"], seen["height"], seen["boxes"]
    for box in boxes:
        inside = (
            box["left"] >= -SLACK
            and box["top"] >= -SLACK
            and box["right"] <= width + SLACK
            and box["bottom"] <= height + SLACK
        )
        assert inside, f"{where}: the {box['kind']} {box['ids']} leaves the map: {json.dumps(box)}"
    for n, a in enumerate(boxes):
        for b in boxes[n + 1 :]:
            apart = (
                a["right"] <= b["left"] + SLACK
                or b["right"] <= a["left"] + SLACK
                or a["bottom"] <= b["top"] + SLACK
                or b["bottom"] <= a["top"] + SLACK
            )
            assert apart, f"{where}: the {a['kind']} {a['ids']} overlaps the {b['kind']} {b['ids']}"
    return seen


def _close_popup(panel) -> None:
    run_js(panel.controller.map, "Atlas.map.closePopup(), true")


def test_every_section_at_its_map_day_buries_nothing(lesson, qtbot):
    story = lesson.stories.story
    for section in story.sections:
        lesson.activate_section(section.id)
        _still(lesson, qtbot)
        _check(lesson, f"section {section.id} on {lesson.session.date}")


def test_december_2023_shows_two_callouts_and_folds_the_rest_into_a_list(lesson, qtbot):
    view = lesson.controller.map
    for where in ("section", "caucasus"):
        if where == "section":
            lesson.activate_section("abandon-moscow")
        else:
            lesson.controller.show_view("caucasus", animate=False)
            lesson.session.set_date(date(2023, 12, 13))
        _still(lesson, qtbot)
        boxes = _check(lesson, f"Dec 2023 ({where})")["boxes"]
        callouts = [b for b in boxes if b["kind"] == "callout"]
        lists = [b for b in boxes if b["kind"] == "list"]
        open_ids = run_js(view, "Atlas.openCallouts()")
        assert len(open_ids) >= 5, "December 2023 has many sections at once"
        assert 1 <= len(callouts) <= 2, f"{where}: {len(callouts)} call-outs at once"
        assert len(lists) == 1, f"{where}: the other sections fold into one list card"
        shown = [i for b in callouts for i in b["ids"]]
        assert all(len(b["ids"]) == 1 for b in callouts), "one section to a call-out"
        assert sorted(shown + lists[0]["ids"]) == sorted(open_ids), where


@pytest.mark.parametrize("size", [(1000, 760), (640, 480)])
def test_a_popup_opened_at_ten_places_is_on_top_of_every_box(lesson, qtbot, size):
    view = lesson.controller.map
    view.resize(*size)
    bridge = view.bridge
    clicks = [(p, v, d, lambda p=p: bridge.markerClick(p)) for p, v, d in PLACES]
    clicks += [
        (r, v, d, lambda r=r, la=la, lo=lo: bridge.regionClick(r, la, lo))
        for r, la, lo, v, d in REGIONS
    ]
    try:
        for name, view_name, day, click in clicks:
            _close_popup(lesson)
            lesson.session.set_date(day)
            lesson.controller.show_view(view_name, animate=False)
            _still(lesson, qtbot)
            click()
            _wait(lambda: run_js(view, "document.querySelectorAll('.leaflet-popup').length") == 1)
            _still(lesson, qtbot)
            boxes = _check(lesson, f"pop-up at {name} ({view_name}, {day}, {size})")["boxes"]
            assert [b["kind"] for b in boxes].count("popup") == 1, f"{name}: the pop-up is hidden"
    finally:
        _close_popup(lesson)
        view.resize(1000, 760)
