"""Place names on the real page: the places that matter are always named, the rest make room.

Capitals and Stepanakert/Khankendi are written at every zoom where they are in view, and
so are the places the current story section names; no two names overlap.
"""

from contextlib import contextmanager
from datetime import date

import pytest

from geodata.atlas import load_atlas
from tests.viewer.conftest import TIMEOUT, run_js, shown_map
from viewer.map.controller import MapController
from viewer.session import Session
from viewer.story.panel import StoryPanel

SHUSHA_AND_LACHIN = """---
title: Two towns
---

## The road through Lachin

```meta
id: road
date: 2021-06-01 .. 2021-06-30
places: shusha, lachin
```
The road from Shusha to Lachin.
"""


@contextmanager
def atlas(qtbot, view_name: str, size=(1000, 700), day: date | None = None):
    """A map with the story panel (its call-outs and named places), first date painted."""
    session = Session(load_atlas(), day)  # no day: the app's default date
    with shown_map(size) as view:
        with qtbot.waitSignal(view.bridge.mapReady, timeout=TIMEOUT):
            controller = MapController(view, session, view_name)
            panel = StoryPanel(session, controller)
        qtbot.waitUntil(lambda: controller.idle, timeout=TIMEOUT)
        try:
            yield panel
        finally:
            panel.deleteLater()


def labels(panel) -> dict[str, dict]:
    return {label["id"]: label for label in run_js(panel.controller.map, "Atlas.placeLabels()")}


def _assert_apart(shown: dict[str, dict]) -> None:
    boxes = list(shown.values())
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            apart = (
                a["right"] <= b["left"]
                or b["right"] <= a["left"]
                or a["bottom"] <= b["top"]
                or b["bottom"] <= a["top"]
            )
            assert apart, f"{a['id']} and {b['id']} overlap"


def assert_apart_and_inside(panel, shown: dict[str, dict]) -> None:
    frame = run_js(
        panel.controller.map,
        "(() => { const r = Atlas.map.getContainer().getBoundingClientRect();"
        " return {left: r.left, top: r.top, right: r.right, bottom: r.bottom}; })()",
    )
    _assert_apart(shown)
    for name in ("stepanakert",):
        box = shown[name]
        assert frame["left"] <= box["left"] and box["right"] <= frame["right"], box
        assert frame["top"] <= box["top"] and box["bottom"] <= frame["bottom"], box


@pytest.mark.parametrize(
    ("size", "scale"), [((1000, 700), 1.0), ((900, 650), 1.0), ((1280, 800), 1.5)]
)
def test_stepanakert_is_named_in_the_karabakh_view_on_the_default_date(qtbot, size, scale):
    """Beside Shusha (6 km away) it used to lose the declutter; at a projector's type size too."""
    with atlas(qtbot, "karabakh", size) as panel:
        panel.controller.set_theme("default", scale, presenting=scale > 1)
        panel.controller.refresh()
        qtbot.waitUntil(lambda: panel.controller.idle, timeout=TIMEOUT)
        shown = labels(panel)
        assert "stepanakert" in shown
        assert shown["stepanakert"]["named"]
        # Both usages, as the gazetteer has them.
        assert shown["stepanakert"]["text"].split() == ["Stepanakert", "Khankendi"]
        assert "shusha" in shown or "lachin" in shown  # the others are not all dropped
        assert_apart_and_inside(panel, shown)


def test_capitals_and_stepanakert_are_named_in_the_wide_views(qtbot):
    for view_name in ("caucasus", "region"):
        with atlas(qtbot, view_name) as panel:
            shown = labels(panel)
            assert {"yerevan", "baku", "tbilisi", "stepanakert"} <= set(shown), view_name
            assert_apart_and_inside(panel, shown)


def test_the_current_sections_places_are_named(qtbot, tmp_path):
    """In the Caucasus view Lachin (a town) is too small to be named and Shusha gives way
    to Stepanakert; while a section naming both is current, both are named."""
    path = tmp_path / "towns.md"
    path.write_text(SHUSHA_AND_LACHIN, encoding="utf-8")
    with atlas(qtbot, "caucasus", day=date(2021, 7, 15)) as panel:
        assert panel.open_story(path)
        qtbot.waitUntil(lambda: panel.controller.idle, timeout=TIMEOUT)
        before = labels(panel)
        assert "lachin" not in before and "shusha" not in before  # the test can fail
        panel.session.set_date(date(2021, 6, 15))
        qtbot.waitUntil(lambda: panel.controller.idle, timeout=TIMEOUT)
        during = labels(panel)
        assert {"shusha", "lachin", "stepanakert"} <= set(during)
        assert during["shusha"]["named"] and during["lachin"]["named"]
        assert_apart_and_inside(panel, during)
        panel.sync.set_enabled(False)  # pop-ups off: the names stay
        qtbot.waitUntil(lambda: panel.controller.idle, timeout=TIMEOUT)
        assert {"shusha", "lachin"} <= set(labels(panel))
        panel.session.set_date(date(2021, 7, 15))
        qtbot.waitUntil(lambda: panel.controller.idle, timeout=TIMEOUT)
        assert "lachin" not in labels(panel)


def test_the_handouts_maps_name_stepanakert_and_the_sections_places(qtbot):
    """The handout's camera (the same page): a section's outlined places are named."""
    from geodata.story.map import highlight_ids, section_bounds
    from viewer.exports.handout import MAP_FONT_SCALE, MAP_SIZE
    from viewer.exports.render import MapCamera

    session = Session(load_atlas(), date(2022, 9, 13))
    data = session.data
    section = data.story.section("takeover-2022")  # Stepanakert, Lachin, Jermuk
    with MapCamera(session, "karabakh", MAP_SIZE, font_scale=MAP_FONT_SCALE) as camera:
        bounds = section_bounds(section, data.places, data.control)
        camera.shoot(bounds=bounds, highlight=highlight_ids(section), title="")
        shown = {label["id"]: label for label in run_js(camera.mapview, "Atlas.placeLabels()")}
    assert {"stepanakert", "lachin", "jermuk"} <= {i for i, s in shown.items() if s["named"]}
    _assert_apart(shown)
