"""Named map views (presets): what ``--view NAME`` and View → presets frame.

Bounds are ``((south, west), (north, east))`` in degrees, as Leaflet's fitBounds takes them.
"""

from __future__ import annotations

from geodata.problems import AtlasError

__all__ = ["DEFAULT_VIEW", "VIEWS", "view_bounds"]

from geodata.i18n import QT_TRANSLATE_NOOP

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
        raise AtlasError(f"unknown view {name!r}: choose one of {known}") from None
