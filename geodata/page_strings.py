"""The words the page writes itself: layer names, country, sea and lake names.

The page's scripts hold English only as keys; the map's text in the interface language comes
from the catalogue built here and sent over the bridge (``viewer.map.messages.SetCatalogue``),
never from text written into the JavaScript. Every key the scripts look up is listed in
:data:`PAGE_STRINGS` (``tests/viewer/test_page_catalogue.py`` checks the scripts against it).

>>> from geodata.i18n import language_set
>>> with language_set("hy"):
...     page_catalogue()["ARMENIA"], page_catalogue()["Place names"]
('ՀԱՅԱՍՏԱՆ', 'Տեղանուններ')
"""

from __future__ import annotations

from geodata.i18n import QT_TRANSLATE_NOOP, translate
from geodata.map_labels import MAP_LABELS

__all__ = ["PAGE_STRINGS", "page_catalogue"]

# The layer control's names, the tour card's label and the boxes' headings and links, as the
# scripts write them (their keys for Atlas.t).
PAGE_STRINGS = (
    QT_TRANSLATE_NOOP("page", "Place names"),
    QT_TRANSLATE_NOOP("page", "Relief (hillshade)"),
    QT_TRANSLATE_NOOP("page", "De facto control"),
    QT_TRANSLATE_NOOP("page", "Front lines and corridors (approximate)"),
    QT_TRANSLATE_NOOP("page", "NKAO boundary (former NKAO from 26 Nov 1991)"),
    QT_TRANSLATE_NOOP("page", "Peacekeeping zone and blockade"),
    QT_TRANSLATE_NOOP("page", "Events of the chronology"),
    QT_TRANSLATE_NOOP("page", "Tour"),
    QT_TRANSLATE_NOOP("page", "Read in the story ›"),
    QT_TRANSLATE_NOOP("page", "Also now, off this view"),
    QT_TRANSLATE_NOOP("page", "Your layers"),
    QT_TRANSLATE_NOOP("page", "control lines approximate"),
    QT_TRANSLATE_NOOP("page", "Also now"),
)

# The names of geodata.map_labels, marked for lupdate (the module keeps them plain).
_MAP_LABEL_TEXTS = (
    QT_TRANSLATE_NOOP("map_labels", "RUSSIA"),
    QT_TRANSLATE_NOOP("map_labels", "UKRAINE"),
    QT_TRANSLATE_NOOP("map_labels", "TÜRKIYE"),
    QT_TRANSLATE_NOOP("map_labels", "IRAN"),
    QT_TRANSLATE_NOOP("map_labels", "KAZAKHSTAN"),
    QT_TRANSLATE_NOOP("map_labels", "Black Sea"),
    QT_TRANSLATE_NOOP("map_labels", "Caspian Sea"),
    QT_TRANSLATE_NOOP("map_labels", "ARMENIA"),
    QT_TRANSLATE_NOOP("map_labels", "AZERBAIJAN"),
    QT_TRANSLATE_NOOP("map_labels", "GEORGIA"),
    QT_TRANSLATE_NOOP("map_labels", "Lake Sevan"),
    QT_TRANSLATE_NOOP("map_labels", "Mingachevir Reservoir"),
)


def page_catalogue() -> dict[str, str]:
    """English key → text in the current language, for every string the page writes.

    Returns
    -------
    dict of str to str
        Empty in English (the page keeps its keys).

    Examples
    --------
    >>> page_catalogue()
    {}
    """
    out = {s: translate("page", s) for s in PAGE_STRINGS}
    out |= {m.text: translate("map_labels", m.text) for m in MAP_LABELS}
    return {k: v for k, v in out.items() if v != k}
