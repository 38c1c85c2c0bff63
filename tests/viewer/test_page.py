"""The real page in an offscreen view: offline, clickable, and talking through the bridge."""

import json

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from tests.viewer.conftest import TIMEOUT, run_js, settle
from viewer.map.messages import SetLayerData

SQUARE = {
    "type": "FeatureCollection",
    "features": [
        {
            "type": "Feature",
            "properties": {"id": "test-square"},
            "geometry": {
                "type": "Polygon",
                "coordinates": [
                    [[46.5, 39.5], [46.9, 39.5], [46.9, 39.9], [46.5, 39.9], [46.5, 39.5]]
                ],
            },
        }
    ],
}


def test_page_loads_offline_with_no_remote_request(mapview):
    assert run_js(mapview, "typeof L") == "object"
    assert mapview.interceptor.remote_requests == []
    assert "web/index.html" in mapview.scheme.served
    assert any(path.startswith("leaflet/") for path in mapview.scheme.served)


def test_the_page_asks_once_for_each_basemap_file_it_preloads(mapview):
    """The page's head preloads what it fetches at boot (viewer.map.page.preload_links), so
    that Chromium asks for it early; a preload that fetch() cannot reuse is asked twice."""
    boot = [path for path in mapview.scheme.served if path.startswith("basemap/")]
    assert {"basemap/context.geojson", "basemap/admin1.geojson", "basemap/hillshade.png"} <= set(
        boot
    )
    assert len(boot) == len(set(boot)), boot


def test_online_tiles_are_listed_but_blocked_while_not_allowed(mapview):
    run_js(
        mapview,
        "(() => { const inputs = document.querySelectorAll("
        "'.leaflet-control-layers-overlays input');"
        " inputs.forEach((i) => { if (!i.checked) i.click(); }); return inputs.length; })()",
    )
    settle(300)
    assert mapview.interceptor.remote_requests, "an online layer should have asked for tiles"
    assert mapview.interceptor.blocked == mapview.interceptor.remote_requests


def test_page_cannot_read_local_files(mapview):
    script = (
        "fetch('file:///etc/hostname').then(() => 'read', () => 'refused')"
        ".then((r) => { window.__probe = r; })"
    )
    run_js(mapview, script)
    settle(300)
    assert run_js(mapview, "window.__probe") == "refused"


def test_a_real_mouse_click_on_a_region_reaches_python(mapview, qtbot):
    url = mapview.serve("test/square.geojson", json.dumps(SQUARE).encode())
    with qtbot.waitSignal(mapview.bridge.painted, timeout=TIMEOUT):
        mapview.bridge.send(SetLayerData(layer="areas", url=url, ack=1))
    point = run_js(mapview, "Atlas.pointOf('test-square')")
    target = mapview.focusProxy() or mapview
    with qtbot.waitSignal(mapview.bridge.regionClicked, timeout=TIMEOUT) as clicked:
        QTest.mouseClick(
            target, Qt.MouseButton.LeftButton, pos=QPoint(int(point["x"]), int(point["y"]))
        )
    ident, lat, lon = clicked.args
    assert ident == "test-square"
    assert 39.5 < lat < 39.9 and 46.5 < lon < 46.9


def test_malformed_messages_from_python_are_ignored_by_the_page(mapview, qtbot):
    mapview.bridge.message.emit("{not json")
    mapview.bridge.message.emit('{"kind": "noSuchKind"}')
    with qtbot.waitSignal(mapview.bridge.painted, timeout=TIMEOUT):
        mapview.bridge.send(SetLayerData(layer="areas", url="", ack=2))
    assert run_js(mapview, "typeof Atlas.pointOf") == "function"


def test_every_message_kind_has_its_handler_on_the_page_and_no_other(mapview):
    from viewer.map import messages

    kinds = {
        cls.kind
        for cls in vars(messages).values()
        if isinstance(cls, type) and issubclass(cls, messages.Message) and cls.kind
    }
    assert len(kinds) > 10
    assert set(run_js(mapview, "Object.keys(Atlas.handlers)")) == kinds
