"""Compare mode: the table lists what changed hands, the map shows it, and hands the map back."""

import json
import re
from datetime import date

import pytest
from PySide6.QtWidgets import QDockWidget

from geodata.control import controllers, stats
from geodata.map_style import MUTED, area_styles
from tests.viewer.conftest import TIMEOUT, driven_map, run_js, settle
from viewer.compare.panel import ComparePanel
from viewer.session import Session

A, B = date(1994, 5, 12), date(2020, 12, 2)


@pytest.fixture
def panel(qtbot):
    session = Session.load(date_text="2020-12-02")
    widget = ComparePanel(session)
    qtbot.addWidget(widget)
    widget.set_dates(A, B)
    return session, widget


@pytest.fixture
def on_map(qtbot):
    """A panel driving a real map page through a MapController."""
    with driven_map(qtbot, "2005-01-01") as (session, controller, view):
        widget = ComparePanel(session, controller)
        qtbot.addWidget(widget)
        widget.set_dates(A, B)
        sent = []
        view.bridge.message.connect(lambda text: sent.append(json.loads(text)))
        yield session, controller, widget, sent


def _rows(widget):
    table = widget.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def _km2(text: str) -> int:
    return int(re.sub(r"[^\d]", "", text))


def test_the_table_lists_the_districts_azerbaijan_regained_in_2020(panel):
    _session, widget = panel
    rows = {row[0]: row for row in _rows(widget)}
    assert rows["Kalbajar"][1:] == ["NKR", "Azerbaijan", "2,121 km²", "25 Nov 2020"]
    for name in ("Lachin district", "Qubadli", "Zangilan", "Jabrayil", "Aghdam (west)"):
        assert rows[name][1:3] == ["NKR", "Azerbaijan"], name
    assert rows["Lachin, Sus and Zabukh"][1:3] == ["NKR", "Russian peacekeepers"]
    assert "Stepanakert, Askeran and Martuni" not in rows


def test_the_table_km2_add_up_to_the_difference_of_stats(panel):
    session, widget = panel
    *rows, total = _rows(widget)
    net: dict[str, int] = {}
    for _name, src, dst, km2, _since in rows:
        net[dst] = net.get(dst, 0) + _km2(km2)
        net[src] = net.get(src, 0) - _km2(km2)
    before, after = stats(session.data.control, A), stats(session.data.control, B)
    by_short = {"NKR": "NKR", "Azerbaijan": "AZ", "Russian peacekeepers": "RU"}
    for short, km in net.items():
        code = by_short[short]
        expected = after.get(code, 0.0) - before.get(code, 0.0)
        assert km == pytest.approx(expected, abs=len(rows)), short  # rows round to 1 km²
    assert total[0] == f"Total (areas: {len(rows)})"
    assert _km2(total[3]) == round(sum(c.km2 for c in widget.changes))
    assert "+8,820 km²" in widget.summary.text() and "−8,906 km²" in widget.summary.text()


def test_picking_an_event_sets_the_date(panel):
    _session, widget = panel
    combo = widget.event_b
    index = next(i for i in range(combo.count()) if combo.itemText(i).startswith("26 Aug 2022"))
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert widget.dates == (A, date(2022, 8, 26))
    assert "Lachin, Sus and Zabukh" in [row[0] for row in _rows(widget)]


def test_the_defaults_compare_the_first_and_last_ceasefire(qtbot):
    widget = ComparePanel(Session.load(date_text="2020-12-02"))
    qtbot.addWidget(widget)
    assert widget.dates == (date(1994, 5, 12), date(2020, 11, 10))


def test_swap_reverses_from_and_to(panel):
    _session, widget = panel
    widget.swap()
    assert widget.dates == (B, A)
    kalbajar = next(c for c in widget.changes if c.area == "kalbajar")
    assert (kalbajar.from_controller, kalbajar.to_controller) == ("AZ", "NKR")


def test_the_same_date_twice_says_nothing_changed(panel):
    _session, widget = panel
    widget.set_dates(B, B)
    assert widget.changes == [] and "No area changed hands" in widget.summary.text()


def test_show_on_map_suspends_the_controller_and_styles_every_area(on_map, qtbot):
    session, controller, widget, sent = on_map
    widget.show_on_map.setChecked(True)
    assert controller.suspended
    styles = next(m for m in sent if m["kind"] == "areaStyles")["styles"]
    assert set(styles) == set(session.data.control.timeline.areas)
    assert styles["kalbajar"]["fill"] == controllers.colour("AZ")
    assert (
        "Nagorno-Karabakh" in styles["kalbajar"]["label"]
        and "→ Azerbaijan" in styles["kalbajar"]["label"]
    )
    assert styles["nkao-core"]["fill"] == MUTED
    legend = next(m for m in sent if m["kind"] == "legend")
    assert legend["title"] == "Changed hands, 12 May 1994 → 2 Dec 2020"
    qtbot.waitUntil(
        lambda: (
            run_js(controller.map, "Atlas.styleOf('kalbajar')")["fill"] == controllers.colour("AZ")
        ),
        timeout=TIMEOUT,
    )
    assert run_js(controller.map, "Atlas.styleOf('nkao-core')")["fill"] == MUTED


def test_the_date_slider_does_not_repaint_the_map_while_comparing(on_map):
    session, _controller, widget, sent = on_map
    widget.show_on_map.setChecked(True)
    sent.clear()
    session.set_date(date(1993, 1, 1))
    settle(200)
    assert not [m for m in sent if m["kind"] == "areaStyles"]


def test_changing_a_date_repaints_the_comparison(on_map):
    _session, _controller, widget, sent = on_map
    widget.show_on_map.setChecked(True)
    sent.clear()
    widget.set_dates(A, date(2023, 10, 1))
    styles = [m for m in sent if m["kind"] == "areaStyles"][-1]["styles"]
    assert styles["nkao-core"]["fill"] == controllers.colour("AZ")


def test_turning_it_off_hands_the_map_back_at_the_session_date(on_map, qtbot):
    session, controller, widget, _sent = on_map
    widget.show_on_map.setChecked(True)
    session.set_date(date(1993, 1, 1))
    with qtbot.waitSignal(controller.datePainted, timeout=TIMEOUT):
        widget.show_on_map.setChecked(False)
    assert not controller.suspended
    for area in ("kalbajar", "nkao-core", "lachin"):
        control = session.data.control
        state = control.timeline.state_of(area, date(1993, 1, 1))
        fill = run_js(controller.map, f"Atlas.styleOf('{area}')")["fill"]
        assert fill == area_styles(control, {area: state})[area].fill, area


def test_without_a_map_the_toggle_is_disabled(panel):
    assert not panel[1].show_on_map.isEnabled()


def test_install_adds_hidden_docks_and_menu_actions(window):
    docks = {d.objectName(): d for d in window.findChildren(QDockWidget)}
    assert docks["compare-dock"].isHidden() and docks["chart-dock"].isHidden()
    menus = {
        a.menu().title().replace("&", ""): {
            x.text().replace("&", ""): x for x in a.menu().actions()
        }
        for a in window.menuBar().actions()
        if a.menu()
    }
    assert menus["View"]["Compare two dates…"].shortcut().toString() == "Ctrl+K"
    assert menus["View"]["Territory chart"].shortcut().toString() == "Ctrl+G"
    assert "Export chart…" in menus["File"]
    menus["View"]["Territory chart"].trigger()
    assert docks["chart-dock"].isVisible()


def test_closing_the_compare_dock_hands_the_map_back(window):
    dock = window.findChild(QDockWidget, "compare-dock")
    dock.toggleViewAction().trigger()
    window.compare.panel.show_on_map.setChecked(True)
    assert window.controller.suspended
    dock.close()
    assert not window.compare.panel.show_on_map.isChecked()
    assert not window.controller.suspended
