"""Named map views (presets): what ``--view NAME`` and View → presets frame.

Bounds are ``((south, west), (north, east))`` in degrees, as Leaflet's fitBounds takes them.
"""

from __future__ import annotations

from geodata.problems import AtlasError

__all__ = ["DEFAULT_VIEW", "VIEWS", "view_bounds", "view_showing"]

import math

from geodata.i18n import QT_TRANSLATE_NOOP, translate

Bounds = tuple[tuple[float, float], tuple[float, float]]

VIEWS: dict[str, tuple[str, Bounds]] = {
    # The former NKAO and the seven surrounding districts, Kalbajar to Zangilan.
    "karabakh": (
        QT_TRANSLATE_NOOP("views", "Nagorno-Karabakh and the surrounding districts"),
        ((38.85, 45.75), (40.45, 47.55)),
    ),
    # Armenia, Azerbaijan (with Nakhchivan) and Georgia.
    "caucasus": (
        QT_TRANSLATE_NOOP("views", "Armenia, Azerbaijan and Georgia"),
        ((38.3, 39.9), (43.7, 50.9)),
    ),
    # Wide enough to show Moscow, Kyiv, Ankara and Tehran.
    "region": (
        QT_TRANSLATE_NOOP("views", "The wider region: Moscow, Kyiv, Ankara, Tehran"),
        ((35.0, 29.0), (56.6, 52.5)),
    ),
}
DEFAULT_VIEW = "karabakh"


def view_bounds(name: str) -> Bounds:
    """The bounds of a named view, for ``--view NAME`` and the View menu.

    Parameters
    ----------
    name : str
        A key of :data:`VIEWS`, e.g. ``"karabakh"``.

    Returns
    -------
    tuple of tuple of float
        ``((south, west), (north, east))`` in degrees, as Leaflet's fitBounds takes them.

    Raises
    ------
    AtlasError
        For an unknown name; the message lists the known ones, so a typo is easy to fix.

    Examples
    --------
    >>> view_bounds("karabakh")
    ((38.85, 45.75), (40.45, 47.55))
    >>> view_bounds("Karabakh")
    Traceback (most recent call last):
    geodata.problems.AtlasError: unknown view 'Karabakh': choose one of karabakh, caucasus, region
    """
    try:
        return VIEWS[name][1]
    except KeyError:
        known = ", ".join(VIEWS)
        message = translate("errors", "unknown view {name}: choose one of {known}")
        raise AtlasError(message.format(name=repr(name), known=known)) from None


def _mercator_box(bounds: Bounds) -> tuple[float, float, float, float]:
    """``bounds`` as the page draws them: x in degrees, y Web Mercator's (same units)."""
    (south, west), (north, east) = bounds

    def y(lat: float) -> float:
        lat = max(min(lat, 85.0), -85.0)
        return math.degrees(math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)))

    return west, y(south), east, y(north)


def view_showing(bounds: Bounds | None) -> str | None:
    """The named view that says what a map showing ``bounds`` shows: the caption's title.

    The view whose extent overlaps the visible one most, relative to both together
    (intersection over union, on the page's Web Mercator plane): after View → region the
    region, after a pan to Yerevan the Caucasus, zoomed in on Shusha Karabakh.

    Parameters
    ----------
    bounds : tuple of tuple of float or None
        ``((south, west), (north, east))`` the map shows, as the page reports it.

    Returns
    -------
    str or None
        A key of :data:`VIEWS`; ``None`` when no view overlaps (the map is elsewhere) or
        ``bounds`` is ``None`` (the page has not said yet).

    Examples
    --------
    >>> view_showing(((38.85, 44.8), (40.45, 48.5)))  # the karabakh view, on a wide window
    'karabakh'
    >>> view_showing(((30.0, 20.0), (60.0, 60.0)))
    'region'
    >>> view_showing(((39.9, 44.2), (40.5, 44.9)))  # around Yerevan
    'caucasus'
    >>> view_showing(((10.0, 0.0), (12.0, 2.0))) is None, view_showing(None) is None
    (True, True)
    """
    if bounds is None:
        return None
    x0, y0, x1, y1 = _mercator_box(bounds)
    best, best_score = None, 0.0
    for name, (_title, extent) in VIEWS.items():
        a0, b0, a1, b1 = _mercator_box(extent)
        overlap = max(0.0, min(x1, a1) - max(x0, a0)) * max(0.0, min(y1, b1) - max(y0, b0))
        union = (x1 - x0) * (y1 - y0) + (a1 - a0) * (b1 - b0) - overlap
        score = overlap / union if union > 0 else 0.0
        if score > best_score:
            best, best_score = name, score
    return best
