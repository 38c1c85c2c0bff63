"""Data in and out: the atlas's control timeline, events and story places in the formats
Google Earth and QGIS read (KML, GeoJSON, GeoPackage, CSV), and a user's own layers in.

Pure Python over pyogrio (GDAL) and shapely; no Qt. The CLI (``caucasus-atlas export``) and
the window (File → Export data…, File → Add layer…) both call :func:`export` and
:func:`~geodata.exchange.user_layers.read_user_layer`. Formats and fields are described in
docs/data-exchange.md.
"""

from __future__ import annotations

from geodata.exchange.export import FORMATS, Export, export

__all__ = ["FORMATS", "Export", "export"]
