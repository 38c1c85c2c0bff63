"""QGIS layer styles (QML) for the exported layers: the app's look and a working timeline.

A GeoPackage carries them in its ``layer_styles`` table and a GeoJSON in a ``.qml`` file
beside it; QGIS loads either when the layer is added, so the first open shows the app's
map and the Temporal Controller steps through it without any set-up.

The control periods are categorised by ``controller`` in the app's colours (taken from
:mod:`geodata.control.controllers`, never copied) and marked by ``status`` as the app marks
them: a lighter fill for a less certain status (each status's ``fill_opacity``) and
stripes over the hatched ones (contested one way, claimed the other, as on the page).
The NKAO boundary is the page's dashed line (:data:`geodata.map_style.NKAO_BOUNDARY`);
events and story places are dots in the KML export's colours.

The temporal set-up is "start and end from fields", include start, exclude end, like the
model's half-open dates. A GeoJSON read by GDAL 3.6 cannot take that set-up: QGIS hands the
frame to OGR's SQL, which fails on a null date ("Failed to parse date ''") and drops every
period still going on. Its style therefore reads the dates through expressions, which QGIS
evaluates itself, with ``now()`` for an open end.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from geodata.control import controllers
from geodata.exchange.kml import EVENT_COLOUR, STORY_COLOUR
from geodata.exchange.tables import CONTROL, EVENTS, NKAO
from geodata.map_style import NKAO_BOUNDARY

__all__ = [
    "EXPRESSION_MODE",
    "FIELD_MODE",
    "control_style",
    "line_style",
    "point_style",
    "style_for",
]

# QgsVectorLayerTemporalProperties modes and QGIS geometry types as QML stores them.
FIELD_MODE, EXPRESSION_MODE = 2, 4
POINT, LINE, POLYGON = 0, 1, 2
OUTLINE = "255,255,255,230"  # the page draws area edges white
# Stripe direction per hatched status, as the page's patterns turn them (45° and -45°).
STRIPE_ANGLE = {"contested": 45, "claimed": 135}
STRIPE_WIDTH = {"contested": 4, "claimed": 2}  # pixels in an 8-pixel repeat, as on the page
STRIPE_REPEAT = 8


def _rgba(hex_colour: str, opacity: float = 1.0) -> str:
    h = hex_colour.lstrip("#")
    r, g, b = (int(h[i : i + 2], 16) for i in (0, 2, 4))
    return f"{r},{g},{b},{round(opacity * 255)}"


def _options(parent: ET.Element, values: dict[str, str]) -> None:
    box = ET.SubElement(parent, "Option", type="Map")
    for key, value in values.items():
        ET.SubElement(box, "Option", type="QString", name=key, value=str(value))


def _data_defined(parent: ET.Element, expressions: dict[str, str]) -> None:
    outer = ET.SubElement(ET.SubElement(parent, "data_defined_properties"), "Option", type="Map")
    ET.SubElement(outer, "Option", type="QString", name="name", value="")
    props = ET.SubElement(outer, "Option", type="Map", name="properties")
    for key, expression in expressions.items():
        prop = ET.SubElement(props, "Option", type="Map", name=key)
        ET.SubElement(prop, "Option", type="bool", name="active", value="true")
        ET.SubElement(prop, "Option", type="QString", name="expression", value=expression)
        ET.SubElement(prop, "Option", type="int", name="type", value="3")  # expression
    ET.SubElement(outer, "Option", type="QString", name="type", value="collection")


def _layer(
    symbol: ET.Element, cls: str, values: dict, expressions: dict | None = None
) -> ET.Element:
    layer = ET.SubElement(
        symbol, "layer", {"class": cls, "enabled": "1", "locked": "0", "pass": "0"}
    )
    _options(layer, values)
    if expressions:
        _data_defined(layer, expressions)
    return layer


def _fill_symbol(parent: ET.Element, name: str, colour: str) -> None:
    """The controller's fill, lighter by status, with the hatched statuses' stripes."""
    symbol = ET.SubElement(parent, "symbol", type="fill", name=name, alpha="1")
    symbol.set("clip_to_extent", "1")
    by_status = " ".join(
        f"WHEN \"status\" = '{code}' THEN '{_rgba(colour, s.fill_opacity)}'"
        for code, s in controllers.STATUSES.items()
    )
    stable = controllers.STATUSES["stable"].fill_opacity
    _layer(
        symbol,
        "SimpleFill",
        {
            "color": _rgba(colour, stable),
            "style": "solid",
            "outline_color": OUTLINE,
            "outline_style": "solid",
            "outline_width": "0.8",
            "outline_width_unit": "Pixel",
        },
        {"fillColor": f"CASE {by_status} END"},
    )
    for code, status in controllers.STATUSES.items():
        if not status.hatched:
            continue
        stripes = _layer(
            symbol,
            "LinePatternFill",
            {
                "angle": STRIPE_ANGLE[code],
                "distance": STRIPE_REPEAT,
                "distance_unit": "Pixel",
                "color": _rgba(colour),
                "line_width": STRIPE_WIDTH[code],
                "line_width_unit": "Pixel",
            },
            {"enabled": f"\"status\" = '{code}'"},
        )
        line = ET.SubElement(stripes, "symbol", type="line", name=f"@{name}@{code}", alpha="1")
        _layer(
            line,
            "SimpleLine",
            {
                "line_color": _rgba(colour),
                "line_width": STRIPE_WIDTH[code],
                "line_width_unit": "Pixel",
                "capstyle": "flat",
            },
        )


def _temporal(root: ET.Element, mode: int) -> None:
    attrs = {"enabled": "1", "mode": str(mode), "limitMode": "0", "accumulate": "0"}
    if mode == FIELD_MODE:
        attrs |= {"startField": "start", "endField": "end"}
    else:
        attrs |= {
            "startExpression": 'to_datetime("start")',
            "endExpression": 'coalesce(to_datetime("end"), now())',
        }
    ET.SubElement(root, "temporal", attrs)


def _document(renderer: ET.Element, mode: int, geometry: int) -> str:
    root = ET.Element("qgis", version="3.22.0", styleCategories="Symbology|Temporal")
    # QGIS refuses a style made for another geometry type, so the GeoJSON's point
    # sub-layer keeps QGIS's default look instead of taking the areas' fills.
    ET.SubElement(root, "layerGeometryType").text = str(geometry)
    _temporal(root, mode)
    root.append(renderer)
    ET.indent(root)
    return "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n" + ET.tostring(
        root, encoding="unicode"
    )


def control_style(mode: int = FIELD_MODE) -> str:
    """The control periods: categorised by controller, marked by status, on a timeline.

    Parameters
    ----------
    mode : int, default FIELD_MODE
        :data:`FIELD_MODE` (start and end from fields: GeoPackage) or :data:`EXPRESSION_MODE`
        (dates through expressions, ``now()`` for an open end: GeoJSON).

    Returns
    -------
    str
        A QML document.

    Examples
    --------
    >>> import xml.etree.ElementTree as ET
    >>> root = ET.fromstring(control_style())
    >>> [c.get("value") for c in root.iter("category")][:3]
    ['AZ', 'AM', 'NKR']
    """
    renderer = ET.Element("renderer-v2", type="categorizedSymbol", attr="controller")
    categories = ET.SubElement(renderer, "categories")
    symbols = ET.SubElement(renderer, "symbols")
    entries = [(c.code, c.label, c.colour) for c in controllers.CONTROLLERS.values()]
    entries.append(("", "Other", controllers.FALLBACK_COLOUR))  # "" = all other values
    for i, (code, label, colour) in enumerate(entries):
        attrs = {"value": code, "label": label, "symbol": str(i), "render": "true"}
        ET.SubElement(categories, "category", attrs)
        _fill_symbol(symbols, str(i), colour)
    return _document(renderer, mode, POLYGON)


def point_style(colour: str, mode: int = FIELD_MODE) -> str:
    """Events or story places: one dot colour, on the same timeline.

    Parameters
    ----------
    colour : str
        Hex colour.
    mode : int, default FIELD_MODE

    Returns
    -------
    str
        A QML document.

    Examples
    --------
    >>> "SimpleMarker" in point_style("#222222")
    True
    """
    renderer = ET.Element("renderer-v2", type="singleSymbol")
    symbols = ET.SubElement(renderer, "symbols")
    symbol = ET.SubElement(symbols, "symbol", type="marker", name="0", alpha="1")
    _layer(
        symbol,
        "SimpleMarker",
        {
            "name": "circle",
            "color": _rgba(colour),
            "size": "2.6",
            "size_unit": "MM",
            "outline_color": "255,255,255,255",
            "outline_width": "0.3",
            "outline_width_unit": "MM",
        },
    )
    return _document(renderer, mode, POINT)


def line_style(colour: str, dash: str, mode: int = FIELD_MODE) -> str:
    """A boundary: one line in the page's colour and dash (SVG dash array, pixels).

    Parameters
    ----------
    colour : str
        Hex colour.
    dash : str
        SVG dash array, e.g. ``"10 4 2 4"``.
    mode : int, default FIELD_MODE

    Returns
    -------
    str
        A QML document.

    Examples
    --------
    >>> "SimpleLine" in line_style("#6b3e1f", "10 4 2 4")
    True
    """
    renderer = ET.Element("renderer-v2", type="singleSymbol")
    symbols = ET.SubElement(renderer, "symbols")
    symbol = ET.SubElement(symbols, "symbol", type="line", name="0", alpha="1")
    _layer(
        symbol,
        "SimpleLine",
        {
            "line_color": _rgba(colour),
            "line_width": "2.5",
            "line_width_unit": "Pixel",
            "use_custom_dash": "1",
            "customdash": dash.replace(" ", ";"),
            "customdash_unit": "Pixel",
        },
    )
    return _document(renderer, mode, LINE)


def style_for(layer: str) -> str:
    """The GeoPackage style of one exported layer (by its table name).

    Parameters
    ----------
    layer : str
        :data:`~geodata.exchange.tables.CONTROL`, ``NKAO``, ``EVENTS`` or ``STORY``.

    Returns
    -------
    str
        A QML document; any other name gets the story places' dots.

    Examples
    --------
    >>> style_for(CONTROL) == control_style()
    True
    """
    if layer == CONTROL:
        return control_style()
    if layer == NKAO:
        return line_style(NKAO_BOUNDARY.color, NKAO_BOUNDARY.dash)
    return point_style(EVENT_COLOUR if layer == EVENTS else STORY_COLOUR)
