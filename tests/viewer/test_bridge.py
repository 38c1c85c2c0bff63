"""The bridge without a page: queueing, typed serialisation, defensive slots."""

import json
import logging

from geodata.map_style import AreaStyle
from viewer.map.bridge import Bridge
from viewer.map.messages import FitBounds, Highlight, SetAreaStyles, to_json


def test_messages_serialise_with_their_kind_in_one_place():
    payload = json.loads(to_json(SetAreaStyles(styles={"a1": AreaStyle("#fff", "contested")})))
    assert payload == {
        "kind": "areaStyles",
        "ack": 0,
        "styles": {"a1": {"fill": "#fff", "status": "contested", "label": ""}},
    }


def test_messages_sent_before_ready_are_queued_then_delivered_in_order(qtbot):
    bridge = Bridge()
    seen = []
    bridge.message.connect(seen.append)
    bridge.send(FitBounds(bounds=((1, 2), (3, 4))))
    bridge.send(Highlight(ids=("x",)))
    assert seen == []
    bridge.ready()
    assert [json.loads(m)["kind"] for m in seen] == ["fitBounds", "highlight"]
    bridge.send(Highlight(ids=()))
    assert len(seen) == 3


def test_a_held_ready_waits_for_the_release_then_comes_from_the_event_loop(qtbot):
    """A preloaded page may be ready before its window exists: held, the ready must neither
    deliver messages nor emit mapReady; released, it emits later, so that a listener
    connected right after the release (the window, a benchmark) still hears it."""
    bridge = Bridge()
    seen, ready = [], []
    bridge.message.connect(seen.append)
    bridge.hold()
    bridge.ready()
    bridge.send(Highlight(ids=("x",)))
    assert (bridge.is_ready, seen) == (False, [])
    bridge.release()
    bridge.mapReady.connect(lambda: ready.append(True))
    assert ready == []
    qtbot.waitUntil(lambda: ready == [True], timeout=2000)
    assert [json.loads(m)["kind"] for m in seen] == ["highlight"]


def test_a_release_without_a_held_ready_emits_nothing(qtbot):
    bridge = Bridge()
    ready = []
    bridge.mapReady.connect(lambda: ready.append(True))
    bridge.hold()
    bridge.release()
    qtbot.wait(50)
    assert (ready, bridge.is_ready) == ([], False)


def test_unknown_and_malformed_ids_are_logged_and_dropped(qtbot, caplog):
    bridge = Bridge(known_ids={"az-lachin"})
    clicks = []
    bridge.regionClicked.connect(lambda *a: clicks.append(a))
    with caplog.at_level(logging.WARNING):
        bridge.regionClick("nowhere", 1.0, 2.0)
        bridge.regionClick("", 1.0, 2.0)
        bridge.regionClick("az-lachin", 39.6, 46.5)
    assert clicks == [("az-lachin", 39.6, 46.5)]
    assert "unknown id 'nowhere'" in caplog.text


def test_malformed_view_changes_are_dropped(qtbot, caplog):
    bridge = Bridge()
    views = []
    bridge.viewChanged.connect(lambda *a: views.append(a))
    with caplog.at_level(logging.WARNING):
        bridge.viewChange("not json")
        bridge.viewChange('{"bounds": [[1, 2]], "zoom": 3}')
        bridge.viewChange('{"bounds": [[1, 2], [3, 4]], "zoom": 7.5}')
    assert views == [(((1.0, 2.0), (3.0, 4.0)), 7)]
    assert caplog.text.count("malformed view change") == 2
