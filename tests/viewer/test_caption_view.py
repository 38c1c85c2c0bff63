"""The caption says what the map shows: the named view in the frame, after a preset or a pan."""

from geodata.views import VIEWS
from tests.viewer.conftest import TIMEOUT, driven_map, run_js

TITLE = "document.querySelector('.atlas-caption-title').textContent"


def _caption_becomes(qtbot, view, text: str) -> None:
    qtbot.waitUntil(lambda: run_js(view, TITLE) == text, timeout=TIMEOUT)


def test_the_caption_names_the_view_chosen_and_follows_a_pan(qtbot):
    with driven_map(qtbot, "2020-11-10") as (_session, controller, view):
        assert run_js(view, TITLE) == VIEWS["karabakh"][0]
        controller.show_view("region", animate=False)
        _caption_becomes(qtbot, view, VIEWS["region"][0])
        assert controller.view == "region"
        controller.show_view("caucasus")  # flying there, as View → presets do
        _caption_becomes(qtbot, view, VIEWS["caucasus"][0])
        # The teacher pans and zooms to Yerevan: no longer Karabakh, nor the region.
        run_js(view, "Atlas.map.setView([40.18, 44.51], 9, {animate: false}) && true")
        _caption_becomes(qtbot, view, VIEWS["caucasus"][0])
        run_js(view, "Atlas.map.setView([39.82, 46.75], 10, {animate: false}) && true")
        _caption_becomes(qtbot, view, VIEWS["karabakh"][0])
        # Far from every view (the middle of the Atlantic): no view's name at all.
        run_js(view, "Atlas.map.setView([30.0, -40.0], 7, {animate: false}) && true")
        _caption_becomes(qtbot, view, "")
        assert run_js(view, "document.querySelector('.atlas-caption-date').textContent") == (
            "10 Nov 2020"
        )
