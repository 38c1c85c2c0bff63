"""The story on the real page: call-outs follow the date, clicks open pop-ups, nothing runs."""

import json
from datetime import date, timedelta
from itertools import count

import pytest

from geodata.atlas import load_atlas
from geodata.story.map import callouts_at
from tests.viewer.conftest import TIMEOUT, run_js, shown_map
from tests.viewer.test_story_panel import HOSTILE
from viewer.map.controller import MapController
from viewer.map.messages import SetLayerData
from viewer.session import Session
from viewer.story.panel import StoryPanel

FLUSH_ACKS = count(900_000)  # far from the map controller's own acks
NKAO = ((39.5, 46.3), (40.3, 47.2))  # Nagorno-Karabakh, roughly


@pytest.fixture
def atlas(qtbot):
    session = Session(load_atlas(), date(1994, 5, 12))
    with shown_map((1000, 760)) as view:
        with qtbot.waitSignal(view.bridge.mapReady, timeout=TIMEOUT):
            controller = MapController(view, session, "karabakh")
            panel = StoryPanel(session, controller)
        sent = []
        view.bridge.message.connect(lambda text: sent.append(json.loads(text)))
        panel.sent = sent
        yield panel
        panel.deleteLater()


def flush(panel, qtbot):
    """Wait until everything sent so far has been applied and painted by the page."""
    qtbot.waitUntil(lambda: panel.controller.idle, timeout=TIMEOUT)
    bridge = panel.controller.map.bridge
    ack = next(FLUSH_ACKS)
    with qtbot.waitSignal(bridge.painted, timeout=TIMEOUT, check_params_cb=lambda a: a == ack):
        bridge.send(SetLayerData(layer="overlays", visible={}, ack=ack))


def page(panel):
    return panel.controller.map


def test_the_second_war_pops_up_in_karabakh_and_closes_after(atlas, qtbot):
    atlas.session.set_date(date(2020, 10, 15))
    flush(atlas, qtbot)
    assert "second-war" in run_js(page(atlas), "Atlas.openCallouts()")
    anchor = run_js(page(atlas), "Atlas.calloutAnchor('second-war')")
    (south, west), (north, east) = NKAO
    assert south < anchor["lat"] < north and west < anchor["lon"] < east
    text = run_js(page(atlas), "document.querySelector('.atlas-callout').textContent")
    assert "The Second Nagorno-Karabakh War" in text and "27 Sep 2020" in text
    atlas.session.set_date(date(2023, 6, 1))
    flush(atlas, qtbot)
    assert "second-war" not in run_js(page(atlas), "Atlas.openCallouts()")


def test_rapid_date_changes_end_with_the_callouts_of_the_final_date(atlas, qtbot):
    day = date(2019, 1, 1)
    for step in range(60):
        day += timedelta(days=17 + step % 5)
        atlas.session.set_date(day)
    flush(atlas, qtbot)
    data = atlas.session.data
    expected = [c.id for c in callouts_at(data.story, day, data.places, data.control)]
    assert expected, "the final date should have sections"
    assert run_js(page(atlas), "Atlas.openCallouts()") == expected


def test_many_callouts_at_once_show_two_and_list_the_rest(atlas, qtbot):
    atlas.controller.show_view("caucasus", animate=False)
    atlas.session.set_date(date(2023, 12, 13))
    flush(atlas, qtbot)
    boxes = run_js(page(atlas), "Atlas.calloutBoxes()")
    shown = [i for box in boxes for i in box["ids"]]
    elsewhere = run_js(page(atlas), "Atlas.elsewhere()")  # Moscow, Kyiv: off this view
    folded = run_js(page(atlas), "Atlas.foldedCallouts()")  # in view, no room for a card
    open_ids = run_js(page(atlas), "Atlas.openCallouts()")
    assert sorted(shown + elsewhere + folded) == sorted(open_ids)
    assert len(open_ids) > 5 and len(shown) == 2
    assert shown == [i for i in open_ids if i not in elsewhere][:2], "the story's order decides"
    listed = "Array.from(document.querySelectorAll('.atlas-elsewhere [data-section]'))"
    assert run_js(page(atlas), f"{listed}.map((a) => a.dataset.section)") == folded + elsewhere
    a, b = boxes
    apart = (
        a["right"] <= b["left"]
        or b["right"] <= a["left"]
        or a["bottom"] <= b["top"]
        or b["bottom"] <= a["top"]
    )
    assert apart, f"{a['ids']} overlaps {b['ids']}"
    opacity = "getComputedStyle(document.querySelector('.atlas-callout')).opacity"
    assert run_js(page(atlas), opacity) == "1", "call-outs are opaque over hatching"


def test_clicking_a_section_sets_the_date_and_flies_to_its_places(atlas, qtbot):
    atlas.activate_section("second-war")
    assert atlas.session.date == date(2020, 11, 10)  # the map the section describes: the statement
    flush(atlas, qtbot)  # the fly goes with the date's update, after its caption
    fly = next(m for m in reversed(atlas.sent) if m["kind"] == "flyTo")
    (south, west), (north, east) = fly["bounds"]
    stepanakert = atlas.session.data.places["stepanakert"]
    assert south < stepanakert.lat < north and west < stepanakert.lon < east
    flush(atlas, qtbot)
    assert "stepanakert" in run_js(page(atlas), "Atlas.highlighted()")


def test_clicking_a_region_opens_a_popup_listing_its_sections(atlas, qtbot):
    atlas.session.set_date(date(2020, 10, 15))
    page(atlas).bridge.regionClick("nkao-core", 39.82, 46.75)
    flush(atlas, qtbot)
    popup = run_js(page(atlas), "document.querySelector('.atlas-popup').innerHTML")
    assert 'data-section="second-war"' in popup
    assert "Khankendi" in popup or "Xankəndi" in popup
    with qtbot.waitSignal(page(atlas).bridge.linkClicked, timeout=TIMEOUT):
        run_js(page(atlas), "document.querySelector('.atlas-popup [data-section]').click()")
    assert atlas.selected == "second-war"


def test_a_hostile_story_runs_no_script_and_loads_nothing(atlas, qtbot, tmp_path):
    path = tmp_path / "hostile.md"
    path.write_text(HOSTILE, encoding="utf-8")
    assert atlas.open_story(path)
    atlas.session.set_date(date(2020, 10, 15))
    page(atlas).bridge.regionClick("nkao-core", 39.82, 46.75)
    flush(atlas, qtbot)
    view = page(atlas)
    assert run_js(view, "Atlas.openCallouts()") == ["hostile"]
    popup = run_js(view, "document.querySelector('.atlas-popup').innerHTML")
    assert 'data-section="hostile"' in popup
    active = (
        "document.querySelectorAll('.atlas-callout script, .atlas-callout img, .atlas-callout"
        " iframe, .atlas-popup script, .atlas-popup img, .atlas-popup iframe').length"
    )
    assert run_js(view, active) == 0
    links = "'.atlas-callout a, .atlas-popup .leaflet-popup-content a'"
    hrefs = f"Array.from(document.querySelectorAll({links})).map((a) => a.getAttribute('href'))"
    assert set(run_js(view, hrefs)) == {"#"}
    assert run_js(view, "window.__pwned === undefined")
    atlas.show_section("hostile")
    assert atlas.text.refused == []
    assert view.interceptor.remote_requests == []


def test_sections_placed_off_the_view_are_listed_with_the_way_to_them(atlas, qtbot):
    atlas.session.set_date(date(2023, 9, 24))
    flush(atlas, qtbot)
    assert "pashinyan-ineffective" in run_js(page(atlas), "Atlas.elsewhere()"), (
        "Yerevan is west of the Karabakh view"
    )
    atlas.controller.show_view("caucasus", animate=False)
    flush(atlas, qtbot)
    assert "pashinyan-ineffective" not in run_js(page(atlas), "Atlas.elsewhere()")
    assert "pashinyan-ineffective" in run_js(page(atlas), "Atlas.openCallouts()")


def test_chronology_events_show_while_current_and_a_click_opens_their_popup(atlas, qtbot):
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    atlas.session.set_date(date(1992, 5, 20))
    flush(atlas, qtbot)
    assert "event:lachin-1992" in run_js(page(atlas), "Atlas.events()")
    point = run_js(page(atlas), "Atlas.pointOfEvent('lachin-1992')")
    view = page(atlas)
    target = view.focusProxy() or view
    with qtbot.waitSignal(view.bridge.markerClicked, timeout=TIMEOUT):
        QTest.mouseClick(
            target, Qt.MouseButton.LeftButton, pos=QPoint(int(point["x"]), int(point["y"]))
        )
    popup = next(m for m in reversed(atlas.sent) if m["kind"] == "popup")
    assert "Armenian forces take Lachin" in popup["html"] and "Source:" in popup["html"]
    atlas.session.set_date(date(1993, 1, 1))
    flush(atlas, qtbot)
    assert "event:lachin-1992" not in run_js(page(atlas), "Atlas.events()")
