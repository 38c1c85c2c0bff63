"""The legend makes room in the page: folded to a button on a narrow map (side by side),
and at the largest text size never over the caption nor outside the map."""

from __future__ import annotations

import pytest

from tests.viewer.conftest import TIMEOUT, driven_map, run_js
from viewer.classroom.themes import FONT_SCALE_RANGE

RECTS = """(() => {
  const r = (sel) => { const b = document.querySelector(sel).getBoundingClientRect();
                       return {left: b.left, top: b.top, right: b.right, bottom: b.bottom}; };
  const body = document.querySelector('.atlas-legend-body');
  return {legend: r('.atlas-legend'), caption: r('.atlas-caption'),
          map: r('#' + Atlas.map.getContainer().id),
          folded: document.querySelector('.atlas-legend').classList.contains('atlas-legend-folded'),
          body_shown: !!(body && body.offsetParent)};
})()"""


def _state(view):
    return run_js(view, RECTS)


def _overlap(a, b) -> bool:
    return (
        a["left"] < b["right"]
        and b["left"] < a["right"]
        and a["top"] < b["bottom"]
        and (b["top"] < a["bottom"])
    )


def _inside(inner, outer) -> bool:
    return (
        inner["left"] >= outer["left"] - 1
        and inner["top"] >= outer["top"] - 1
        and inner["right"] <= outer["right"] + 1
        and inner["bottom"] <= outer["bottom"] + 1
    )


def test_on_a_narrow_map_the_legend_is_a_button_that_opens(qtbot):
    with driven_map(qtbot, "1994-05-12", size=(450, 650)) as (_s, _c, view):
        qtbot.waitUntil(lambda: _state(view)["folded"], timeout=TIMEOUT)
        assert not _state(view)["body_shown"]
        run_js(view, "document.querySelector('.atlas-legend-title').click() || true")
        state = _state(view)
        assert not state["folded"] and state["body_shown"]
        view.resize(900, 650)  # wide again: open, whatever was pressed
        qtbot.waitUntil(lambda: _state(view)["body_shown"], timeout=TIMEOUT)


def test_on_a_wide_map_the_legend_is_open(qtbot):
    with driven_map(qtbot, "1994-05-12", size=(900, 650)) as (_s, _c, view):
        state = _state(view)
        assert not state["folded"] and state["body_shown"]


@pytest.mark.parametrize("size", [(1086, 687), (690, 687), (700, 480)])  # main, side by side, small
def test_at_the_largest_text_the_legend_stays_off_the_caption(qtbot, size):
    largest = FONT_SCALE_RANGE[1]
    with driven_map(qtbot, "2023-12-01", size=size) as (_s, controller, view):
        controller.set_theme("default", largest)
        qtbot.waitUntil(
            lambda: (
                run_js(
                    view,
                    "getComputedStyle(document.documentElement).getPropertyValue('--atlas-font-scale')",
                ).strip()
                == str(largest)
            ),
            timeout=TIMEOUT,
        )
        qtbot.waitUntil(lambda: not _overlap(_state(view)["legend"], _state(view)["caption"]),
                        timeout=5000)  # fmt: skip
        state = _state(view)
        assert state["body_shown"] or state["folded"]
        assert not _overlap(state["legend"], state["caption"]), state
        assert _inside(state["legend"], state["map"]) and _inside(state["caption"], state["map"])
