"""Both countries filled in full on the page: pale where the state holds its own land."""

from geodata.control import controllers
from geodata.map_style import tint
from tests.viewer.conftest import TIMEOUT, driven_map, run_js

FILLS = "Atlas.layers.countries.getLayers().map((l) => [l.atlasId, l.options.fillColor])"


def test_the_countries_are_filled_in_their_pale_tints_in_both_palettes(qtbot):
    with driven_map(qtbot, "1985-01-01") as (_session, controller, view):
        assert dict(run_js(view, FILLS)) == {
            "country-AZ": tint(controllers.colour("AZ")),
            "country-AM": tint(controllers.colour("AM")),
        }
        # Armenia's border strip, held by Armenia: the same pale tint as the land around it
        assert run_js(view, "Atlas.styleOf('am-jermuk')")["fill"] == tint(controllers.colour("AM"))
        with qtbot.waitSignal(controller.datePainted, timeout=TIMEOUT):
            controller.set_palette("high-contrast")
        want = tint(controllers.colour("AZ", high_contrast=True))
        qtbot.waitUntil(
            lambda: dict(run_js(view, FILLS)).get("country-AZ") == want, timeout=TIMEOUT
        )
