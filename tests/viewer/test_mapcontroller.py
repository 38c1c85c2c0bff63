"""The map follows the date: only changed areas are sent, updates are paced, the last wins."""

import json
from datetime import date

import pytest

from geodata.map_style import area_styles
from tests.viewer.conftest import TIMEOUT, driven_map, run_js

LATER = date(2020, 11, 20)


@pytest.fixture
def driven(qtbot):
    """A map view driven by a MapController, with the first date painted."""
    with driven_map(qtbot, "2020-11-19") as (session, controller, view):
        sent = []
        view.bridge.message.connect(lambda text: sent.append(json.loads(text)))
        yield session, controller, view, sent


def test_a_date_change_sends_only_the_areas_whose_state_changed(driven, qtbot):
    session, controller, _view, sent = driven
    timeline = session.data.control.timeline
    expected = set(timeline.diff(date(2020, 11, 19), date(2020, 11, 20)))
    assert expected, "the Aghdam hand-over changes at least one area on 20 Nov 2020"
    with qtbot.waitSignal(controller.datePainted, timeout=TIMEOUT):
        session.set_date(date(2020, 11, 20))
    styles = [m for m in sent if m["kind"] == "areaStyles"]
    assert len(styles) == 1
    assert set(styles[0]["styles"]) == expected


def test_the_page_shows_the_new_controller_on_the_change_date(driven, qtbot):
    session, controller, view, _ = driven
    area = next(iter(session.data.control.timeline.diff(date(2020, 11, 19), date(2020, 11, 20))))
    with qtbot.waitSignal(controller.datePainted, timeout=TIMEOUT):
        session.set_date(date(2020, 11, 20))
    state = session.data.control.timeline.state_of(area, date(2020, 11, 20))
    want = area_styles(session.data.control, {area: state})[area].fill
    assert run_js(view, f"Atlas.styleOf('{area}')")["fill"] == want


def test_fast_scrubbing_is_coalesced_and_ends_on_the_last_date(driven, qtbot):
    session, controller, view, sent = driven
    painted = []
    controller.datePainted.connect(painted.append)
    days = [date(1990 + i % 30, 1 + i % 12, 1 + i % 28) for i in range(60)]
    for day in days:
        session.set_date(day)
    qtbot.waitUntil(lambda: bool(painted) and painted[-1] == days[-1], timeout=TIMEOUT)
    updates = [m for m in sent if m["kind"] == "areaStyles"]
    assert len(updates) < len(days) / 2, "intermediate dates must be dropped while one is in flight"
    final = session.data.control.timeline.state_at(days[-1])
    want = area_styles(session.data.control, final)
    for area in final:
        assert run_js(view, f"Atlas.styleOf('{area}')")["fill"] == want[area].fill


def test_an_update_painted_after_the_stall_time_out_still_counts(qtbot, monkeypatch):
    """On a busy machine the first paint can take longer than the controller waits: the
    next update may go, but the late acknowledgement must still say the date is painted."""
    monkeypatch.setattr("viewer.map.controller.STALL_MS", 0)  # every update "stalls" at once
    with driven_map(qtbot, "2020-11-19") as (session, controller, view):
        with qtbot.waitSignal(
            controller.datePainted, timeout=TIMEOUT, check_params_cb=lambda d: d == LATER
        ):
            session.set_date(LATER)
        state = session.data.control.timeline.state_of("aghdam-west", LATER)
        fill = run_js(view, "Atlas.styleOf('aghdam-west')")["fill"]
        assert fill == area_styles(session.data.control, {"aghdam-west": state})["aghdam-west"].fill
