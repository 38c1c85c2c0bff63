"""The bridge without a page: queueing, typed serialisation, defensive slots."""

import json
import logging

from viewer.map.bridge import Bridge
from viewer.map.messages import AreaStyle, FitBounds, Highlight, SetAreaStyles, to_json


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
