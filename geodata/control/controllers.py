"""Who can hold an area, how the map names them, and how it colours them.

Codes are fixed (the CLI prints them): ``AZ`` Azerbaijan (including the Azerbaijan SSR),
``AM`` Armenia (including the Armenian SSR), ``NKR`` the Nagorno-Karabakh Republic /
Republic of Artsakh and the Armenian forces holding territory outside Armenia; any other
country by its ISO 3166-1 alpha-2 code. Labels are neutral: the legend says "de facto
control", never "occupied" or "liberated". ``RU`` is the Russian peacekeeping contingent
of the 10 Nov 2020 statement, which put the Lachin corridor "under the control of the
Russian peacekeeping contingent": as a controller it is named for that, not "Russia";
:func:`country_label` names the country (the basemap outside the conflict zone).

The palette is Okabe–Ito (safe for the common colour-vision deficiencies). The high-contrast
variant for washed-out projectors keeps each controller's hue family (Azerbaijan blue,
Armenia pink-purple, the NKR orange, the peacekeepers green) in deeper, more saturated
colours (most from Paul Tol's bright and vibrant schemes): a class that saw the default map
must not find Armenia's colour on the NKR when the teacher switches theme
(``tests/viewer/test_theme_colours.py``).

>>> label("NKR")
'Nagorno-Karabakh Republic (Artsakh) / Armenian forces'
>>> colour("AZ")
'#0072B2'
>>> label("GE"), colour("XX") == FALLBACK_COLOUR
('Georgia', True)
>>> label("RU"), CONTROLLERS["RU"].short, country_label("RU")
('Russian peacekeepers (Lachin corridor)', 'Russian peacekeepers', 'Russia')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from geodata.i18n import QT_TRANSLATE_NOOP, translate

__all__ = [
    "CONTROLLERS",
    "FALLBACK_COLOUR",
    "LEGEND_TITLE",
    "STATUSES",
    "Controller",
    "Status",
    "colour",
    "country_label",
    "is_controller_code",
    "label",
]

LEGEND_TITLE = QT_TRANSLATE_NOOP("controllers", "De facto control")
FALLBACK_COLOUR = "#999999"
_ISO2 = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True)
class Controller:
    """A controller code with its neutral label, a longer note and its two colours.

    Parameters
    ----------
    code : str
        ``AZ``, ``AM``, ``NKR`` or an ISO 3166-1 alpha-2 code.
    label : str
        The legend's words: neutral, the same in every view.
    note : str
        What the code covers (e.g. the Soviet republic before 1991); may be empty.
    colour, high_contrast : str
        Hex fills for the default and the projector palettes.
    short : str, default ""
        The name where room is short (tables, the chart's legend); empty when the label is
        short enough, or when the code is the better short name (NKR).

    Examples
    --------
    >>> CONTROLLERS["AM"].note, CONTROLLERS["RU"].short
    ('Armenian SSR until 1991', 'Russian peacekeepers')
    """

    code: str
    label: str
    note: str
    colour: str
    high_contrast: str
    short: str = ""


CONTROLLERS: dict[str, Controller] = {
    c.code: c
    for c in (
        Controller(
            "AZ",
            QT_TRANSLATE_NOOP("controllers", "Azerbaijan"),
            "Azerbaijan SSR until 1991",
            "#0072B2",
            "#004488",
        ),
        Controller(
            "AM",
            QT_TRANSLATE_NOOP("controllers", "Armenia"),
            "Armenian SSR until 1991",
            "#CC79A7",
            "#AA3377",
        ),
        Controller(
            "NKR",
            QT_TRANSLATE_NOOP(
                "controllers", "Nagorno-Karabakh Republic (Artsakh) / Armenian forces"
            ),
            "Karabakh Armenian forces, with Armenia's support, incl. land outside the former NKAO",
            "#D55E00",
            "#BB4400",
        ),
        Controller(
            "RU",
            QT_TRANSLATE_NOOP("controllers", "Russian peacekeepers (Lachin corridor)"),
            "the Russian peacekeeping contingent of the 10 Nov 2020 statement (2020–2024)",
            "#009E73",
            "#009988",
            QT_TRANSLATE_NOOP("controllers", "Russian peacekeepers"),
        ),
        Controller("GE", QT_TRANSLATE_NOOP("controllers", "Georgia"), "", "#F0E442", "#EEDD55"),
        Controller("IR", QT_TRANSLATE_NOOP("controllers", "Iran"), "", "#56B4E9", "#66CCEE"),
        Controller("TR", QT_TRANSLATE_NOOP("controllers", "Türkiye"), "", "#E69F00", "#DDAA33"),
    )
}


@dataclass(frozen=True)
class Status:
    """How sure the map is that the controller holds the area on that day.

    Uncertainty is drawn, not hidden: a contested or claimed area is paler, dashed and hatched.

    Parameters
    ----------
    code : str
        ``stable``, ``contested`` or ``claimed``.
    label : str
        The legend's word.
    meaning : str
        The legend's explanation.
    fill_opacity : float
    dash : str
        SVG dash array for the outline ("" = solid).
    hatched : bool

    Examples
    --------
    >>> [(s.code, s.hatched) for s in STATUSES.values()]
    [('stable', False), ('contested', True), ('claimed', True)]
    """

    code: str
    label: str
    meaning: str
    fill_opacity: float
    dash: str  # SVG dash array for the outline ("" = solid)
    hatched: bool


STATUSES: dict[str, Status] = {
    s.code: s
    for s in (
        Status(
            "stable",
            QT_TRANSLATE_NOOP("statuses", "Stable"),
            QT_TRANSLATE_NOOP("statuses", "held without active fighting"),
            0.55,
            "",
            False,
        ),
        Status(
            "contested",
            QT_TRANSLATE_NOOP("statuses", "Contested"),
            QT_TRANSLATE_NOOP(
                "statuses", "front line or active fighting: the controller shown is the last holder"
            ),
            0.40,
            "6 4",
            True,
        ),
        Status(
            "claimed",
            QT_TRANSLATE_NOOP("statuses", "Claimed"),
            QT_TRANSLATE_NOOP(
                "statuses",
                "one side's claim, disputed by the other (e.g. positions inside Armenia "
                "as Armenia reports them)",
            ),
            0.30,
            "2 4",
            True,
        ),
    )
}


def is_controller_code(code: str) -> bool:
    """A known code, or any ISO 3166-1 alpha-2 shaped code (two capital letters).

    The data may name a country the app has no colour for yet; that is not an error.

    Parameters
    ----------
    code : str

    Returns
    -------
    bool

    Examples
    --------
    >>> is_controller_code("NKR"), is_controller_code("FR"), is_controller_code("nkr")
    (True, True, False)
    >>> is_controller_code("")
    False
    """
    return code in CONTROLLERS or bool(_ISO2.match(code))


def label(code: str) -> str:
    """The neutral full label; unknown ISO codes are shown as they are.

    Parameters
    ----------
    code : str

    Returns
    -------
    str

    Examples
    --------
    >>> label("AZ"), label("FR")
    ('Azerbaijan', 'FR')
    """
    c = CONTROLLERS.get(code)
    return translate("controllers", c.label) if c else code


# Where a controller's label is not the country's name.
COUNTRY_NAMES = {"RU": QT_TRANSLATE_NOOP("controllers", "Russia")}


def country_label(code: str) -> str:
    """The country's name for an ISO code, e.g. a face of the basemap outside the zone.

    A controller's label can name a force rather than a country (``RU`` is the peacekeepers
    in the zone); outside the zone the same code is the country.

    Parameters
    ----------
    code : str

    Returns
    -------
    str

    Examples
    --------
    >>> country_label("RU"), label("RU")
    ('Russia', 'Russian peacekeepers (Lachin corridor)')
    >>> country_label("AZ"), country_label("FR")
    ('Azerbaijan', 'FR')
    """
    name = COUNTRY_NAMES.get(code)
    return translate("controllers", name) if name else label(code)


def colour(code: str, high_contrast: bool = False) -> str:
    """The fill colour for ``code`` (hex), grey for a code without one.

    Parameters
    ----------
    code : str
    high_contrast : bool, default False
        The projector palette (deeper colours of the same hue families).

    Returns
    -------
    str

    Examples
    --------
    >>> colour("AZ"), colour("AZ", high_contrast=True), colour("FR")
    ('#0072B2', '#004488', '#999999')
    """
    c = CONTROLLERS.get(code)
    if c is None:
        return FALLBACK_COLOUR
    return c.high_contrast if high_contrast else c.colour
