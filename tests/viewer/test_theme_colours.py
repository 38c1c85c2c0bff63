"""Every theme keeps each controller's hue family: a class that learnt "pink is Armenia" on
the default map must not find pink on the NKR when the projector theme is switched on."""

from __future__ import annotations

import colorsys
from itertools import combinations

import pytest

from geodata.control import controllers
from geodata.control.controllers import CONTROLLERS
from viewer.classroom.themes import DEFAULT_THEME, THEMES

HUE_SLACK = 30  # degrees a theme's colour may move from the default theme's
# Told apart on the map: hues this far apart, or lightness this different.
APART_HUE, APART_LIGHTNESS = 30, 0.15
# The ones drawn side by side inside the conflict zone (the others are neighbours' tints).
CONFLICT = ("AZ", "AM", "NKR", "RU")


def _hls(hex_colour: str) -> tuple[float, float, float]:
    """Hue in degrees, lightness and saturation in 0..1."""
    r, g, b = (int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    h, lightness, s = colorsys.rgb_to_hls(r, g, b)
    return h * 360, lightness, s


def _hue_gap(a: float, b: float) -> float:
    gap = abs(a - b) % 360
    return min(gap, 360 - gap)


def _colour(code: str, theme: str) -> str:
    return controllers.colour(code, high_contrast=THEMES[theme].palette == "high-contrast")


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("code", CONTROLLERS)
def test_each_controller_keeps_its_hue_family(theme, code):
    default_hue, _, default_sat = _hls(_colour(code, DEFAULT_THEME))
    hue, _, saturation = _hls(_colour(code, theme))
    assert saturation > 0.3 and default_sat > 0.3, f"{code} in {theme}: a colour, not a grey"
    assert _hue_gap(hue, default_hue) <= HUE_SLACK, (
        f"{code} in {theme}: hue {hue:.0f}° is not the default's {default_hue:.0f}° family"
    )


@pytest.mark.parametrize("theme", THEMES)
def test_the_conflicts_controllers_stay_distinguishable(theme):
    for a, b in combinations(CONFLICT, 2):
        (ha, la, _), (hb, lb, _) = _hls(_colour(a, theme)), _hls(_colour(b, theme))
        assert _hue_gap(ha, hb) >= APART_HUE or abs(la - lb) >= APART_LIGHTNESS, (
            f"{a} and {b} look alike in {theme}"
        )


def test_no_theme_gives_one_controllers_colour_to_another():
    """The reported swap: Armenia's pink on the NKR in high contrast."""
    for theme in THEMES:
        for code in CONFLICT:
            hue = _hls(_colour(code, theme))[0]
            nearest = min(CONFLICT, key=lambda c: _hue_gap(hue, _hls(_colour(c, DEFAULT_THEME))[0]))
            assert nearest == code, f"{code} in {theme} looks like {nearest} in the default"
