"""The former NKAO on the page: drawn and named by date, listed in the layer control."""

from datetime import date

from tests.viewer.conftest import TIMEOUT, driven_map, run_js

TITLE = "NKAO boundary (former NKAO from 26 Nov 1991)"


def _display(view, fid: str) -> str:
    return run_js(view, f"Atlas.features['{fid}'].getElement().style.display")


def test_the_nkao_is_drawn_named_by_date_and_switchable(qtbot):
    with driven_map(qtbot, "1985-01-01") as (session, controller, view):
        assert [_display(view, i) for i in ("nkao", "nkao-label")] == ["", ""]
        assert [_display(view, i) for i in ("former-nkao", "former-nkao-label")] == ["none"] * 2
        assert run_js(view, "Atlas.features['nkao-label'].getElement().textContent") == "NKAO"
        with qtbot.waitSignal(controller.datePainted, timeout=TIMEOUT):
            session.set_date(date(2021, 6, 1))
        assert [_display(view, i) for i in ("former-nkao", "former-nkao-label")] == ["", ""]
        assert _display(view, "nkao") == "none"
        label = "Atlas.features['former-nkao-label'].getElement().textContent"
        assert run_js(view, label) == "former NKAO"
        # on by default, and a layer the reader can switch off
        assert run_js(view, "Atlas.map.hasLayer(Atlas.layers.nkao)") is True
        assert TITLE in run_js(view, "Atlas.control._layers.map((l) => l.name)")
