"""Side by side: a second map at date A beside the main map at date B, framed alike."""

from datetime import date

from tests.viewer.conftest import TIMEOUT, run_js, shown_window
from viewer.map.messages import FitBounds


def test_side_by_side_shows_date_a_beside_date_b_and_follows_the_main_view(qtbot):
    with shown_window(qtbot, "2000-01-01") as window:
        dock = window.side_by_side
        assert dock.map is None, "the second page is only made when asked for"
        window.compare_panel.set_dates(date(1994, 5, 12), date(2020, 12, 2))
        dock.toggleViewAction().trigger()
        qtbot.waitSignal(dock.controller.datePainted, timeout=TIMEOUT).wait()
        assert dock.date == date(1994, 5, 12)
        assert window.session.date == date(2020, 12, 2)
        control = window.session.data.control.timeline
        assert control.state_of("kalbajar", dock.date).controller == "NKR"
        assert (
            run_js(dock.map, "Atlas.styleOf('kalbajar')")["fill"]
            != run_js(window.map, "Atlas.styleOf('kalbajar')")["fill"]
        ), "Kalbajar changed hands between the two dates"

        sent = []
        dock.map.bridge.message.connect(lambda text: sent.append(text))
        bounds = ((39.5, 46.3), (40.3, 47.2))
        with qtbot.waitSignal(window.map.bridge.viewChanged, timeout=TIMEOUT):
            window.map.bridge.send(FitBounds(bounds=bounds))
        assert any('"kind": "fitBounds"' in text for text in sent)

        window.compare_panel.set_dates(date(1993, 4, 10), date(2020, 12, 2))
        assert dock.date == date(1993, 4, 10)
