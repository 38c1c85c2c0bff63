"""GeoPackage for QGIS: the layers, their styles, and bounds every QGIS reads right.

**Version 1.2** (GDAL's ``VERSION`` creation option): GDAL 3.6, Debian 12's, warns that
its default 1.4 "may only be partially supported"; nothing here needs 1.3 or 1.4.

**Bounds are DateTime fields at 00:00, time zone unknown** (stored
``YYYY-MM-DDT00:00:00.000``), not Date fields and not UTC. QGIS's Temporal Controller
filters with ``"start" < make_datetime(…)``, and on a GeoPackage that test runs in SQLite on
the stored text against QGIS's literal ``YYYY-MM-DDTHH:MM:SS.000``:

- a Date (``1991-09-02``) sorts before its own midnight, so QGIS 3.22 showed a period on
  the day before it starts (qgis/QGIS#48946; newer QGIS casts Date fields first);
- a UTC DateTime (``…T00:00:00.000Z``) sorts after it, so the ending period still showed on
  the day of the change (seen in QGIS 3.22.16);
- the bare midnight equals QGIS's own literal, so the comparison is exact, and QGIS reads
  it as local midnight, the same clock as the controller's frames, in every time zone.

The dates are calendar days (the sources give days, not instants), so a midnight with no
zone says what the data knows. GeoPackage asks for a ``Z``; GDAL reads and writes the
value without one, and ``tests/geodata/test_qgis_frames.py`` holds QGIS's rule to it.

**Styles** go in ``layer_styles``, the table QGIS reads a layer's default style from (a
plain attribute table, written through GDAL like the layers).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from geodata.exchange.ogr import write_layers
from geodata.exchange.qml import style_for
from geodata.exchange.tables import Layer

__all__ = ["STYLE_TABLE", "write_gpkg"]

STYLE_TABLE = "layer_styles"
GEOMETRY_COLUMN = "geom"  # GDAL's name for a GeoPackage geometry column


def write_gpkg(layers: list[Layer], path: Path) -> None:
    """Write the layers as a GeoPackage 1.2, dates as bare midnights, with QGIS styles.

    Parameters
    ----------
    layers : list of Layer
    path : pathlib.Path
        A new file.

    Returns
    -------
    None

    Examples
    --------
    >>> import tempfile, pyogrio
    >>> from shapely import Point
    >>> from geodata.exchange.tables import STORY
    >>> layer = Layer(STORY, "Point", [Point(46.75, 39.76)], {"id": ["war.1"]}, {"id": str})
    >>> path = Path(tempfile.mkdtemp()) / "story.gpkg"
    >>> write_gpkg([layer], path)
    >>> sorted(name for name, _ in pyogrio.list_layers(path))
    ['layer_styles', 'story_places']
    >>> path.unlink()
    >>> path.parent.rmdir()
    """
    write_layers(layers, path, "GPKG", dataset_options={"VERSION": "1.2"}, midnight=True)
    _write_styles([layer.name for layer in layers], path)


def _write_styles(tables: list[str], path: Path) -> None:
    """One default style per table, in the columns QGIS itself writes."""
    from pyogrio.raw import write

    n = len(tables)
    now = np.datetime64(datetime.now(UTC).replace(tzinfo=None), "ms")
    text = {
        "f_table_catalog": [""] * n,
        "f_table_schema": [""] * n,  # QGIS looks styles up with f_table_schema=''
        "f_table_name": tables,
        "f_geometry_column": [GEOMETRY_COLUMN] * n,
        "styleName": tables,
        "styleQML": [style_for(t) for t in tables],
        "styleSLD": [""] * n,
    }
    names = [*text, "useAsDefault", "description", "owner", "ui", "update_time"]
    data = [np.array(v, dtype=object) for v in text.values()]
    data += [
        np.ones(n, dtype=bool),
        np.array(["Caucasus Atlas: the app's colours and timeline"] * n, dtype=object),
        np.array([""] * n, dtype=object),
        np.array([""] * n, dtype=object),
        np.full(n, now),
    ]
    write(str(path), None, data, names, layer=STYLE_TABLE, driver="GPKG", append=True)
