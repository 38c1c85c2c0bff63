"""Export the atlas: pick the records, write the format, replace the target atomically.

The file is written beside the target under a temporary name and renamed over it only
when complete (:mod:`geodata.atomic`), so a failed or interrupted export never leaves half
a file or destroys an older one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from geodata.atlas import AtlasData
from geodata.atomic import atomic_output, check_target, write_bytes
from geodata.exchange import records, tables
from geodata.i18n import QT_TRANSLATE_NOOP, translate
from geodata.problems import AtlasError

__all__ = ["FORMATS", "SUFFIXES", "Export", "export", "layers_for"]

FORMATS = ("kml", "geojson", "gpkg", "csv")
SUFFIXES = {"kml": ".kml", "geojson": ".geojson", "gpkg": ".gpkg", "csv": ".csv"}


# How the summary counts each layer, in the interface language (the layers keep their names).
COUNTED = {
    tables.CONTROL: QT_TRANSLATE_NOOP("cli", "{count} control periods"),
    tables.NKAO: QT_TRANSLATE_NOOP("cli", "{count} nkao boundary"),
    tables.EVENTS: QT_TRANSLATE_NOOP("cli", "{count} events"),
    tables.STORY: QT_TRANSLATE_NOOP("cli", "{count} story places"),
}


@dataclass(frozen=True)
class Export:
    """What was written: the file, its format and the feature count per layer.

    Returned rather than printed, so the CLI and the window word the result their own way.

    Parameters
    ----------
    path : pathlib.Path
    format : str
        One of :data:`FORMATS`.
    counts : dict of str to int
        Features per layer name, in the order written.

    Examples
    --------
    >>> Export(Path("out.gpkg"), "gpkg", {"control_periods": 210, "events": 40}).summary()
    'out.gpkg: 210 control periods, 40 events'
    """

    path: Path
    format: str
    counts: dict[str, int]

    def summary(self) -> str:
        """One line for the terminal or the status bar: the path and what it holds.

        Returns
        -------
        str

        Examples
        --------
        >>> Export(Path("out.csv"), "csv", {"control_periods": 0}).summary()
        'out.csv: 0 control periods'
        """
        parts = ", ".join(
            translate("cli", COUNTED[name]).format(count=n) for name, n in self.counts.items()
        )
        return f"{self.path}: {parts}"


def layers_for(
    atlas: AtlasData, start: date | None = None, end: date | None = None
) -> list[tables.Layer]:
    """The control periods, the NKAO's boundary, events and story places overlapping
    ``[start, end]``.

    Records that overlap the window are kept whole, not clipped: their dates stay the facts.

    Parameters
    ----------
    atlas : AtlasData
    start, end : datetime.date, optional
        The inclusive window; None leaves that side open.

    Returns
    -------
    list of Layer
        Control, the boundary and events only when control data is loaded; story places always.

    Examples
    --------
    >>> from geodata.atlas import AtlasData, load_atlas
    >>> [layer.name for layer in layers_for(load_atlas(), date(2020, 9, 27), date(2020, 11, 10))]
    ['control_periods', 'nkao_boundary', 'events', 'story_places']
    >>> [(layer.name, len(layer)) for layer in layers_for(AtlasData())]
    [('story_places', 0)]
    """
    control = atlas.control
    out = []
    if control is not None:
        out.append(tables.control_layer(records.area_periods(control, start, end)))
        out.append(tables.nkao_layer(records.nkao_periods(control, start, end)))
        out.append(tables.event_layer(records.event_points(control, atlas.places, start, end)))
    places = records.story_places(atlas.story, atlas.places, control, start, end)
    out.append(tables.story_layer(places))
    return out


def export(
    atlas: AtlasData,
    fmt: str,
    path: str | Path,
    start: date | None = None,
    end: date | None = None,
) -> Export:
    """Write ``fmt`` to ``path``; raise :class:`AtlasError` (one line) when it cannot.

    The file is written beside the target under a temporary name and renamed over it only
    when complete, so a failed export never leaves half a file or destroys an older one.

    Parameters
    ----------
    atlas : AtlasData
    fmt : {"kml", "geojson", "gpkg", "csv"}
        CSV holds the control periods only (a flat table, no geometry).
    path : str or pathlib.Path
        The target; its folder must exist.
    start, end : datetime.date, optional
        Keep what overlaps this inclusive window.

    Returns
    -------
    Export

    Raises
    ------
    AtlasError
        For an unknown format, a window ending before it starts, a missing folder, a folder
        as the target, or a failed write.

    Examples
    --------
    >>> import tempfile
    >>> from geodata.atlas import load_atlas
    >>> folder = Path(tempfile.mkdtemp())
    >>> done = export(load_atlas(), "csv", folder / "control.csv")
    >>> done.format, list(done.counts), sorted(p.name for p in folder.iterdir())
    ('csv', ['control_periods'], ['control.csv'])
    >>> export(load_atlas(), "shp", folder / "control.shp")
    Traceback (most recent call last):
    geodata.problems.AtlasError: unknown format 'shp': use one of kml, geojson, gpkg, csv
    >>> import shutil
    >>> shutil.rmtree(folder)
    """
    if fmt not in FORMATS:
        raise AtlasError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    if start and end and end < start:
        raise AtlasError(f"the date window ends ({end}) before it starts ({start})")
    path = check_target(path)
    layers = layers_for(atlas, start, end)
    if fmt == "csv":
        layers = [layer for layer in layers if layer.name == tables.CONTROL]
    with atomic_output(path, SUFFIXES[fmt]) as tmp:
        try:
            _write(fmt, layers, tmp)
        except (AtlasError, OSError):
            raise
        except Exception as exc:  # GDAL errors come in several classes; all mean "not written"
            raise AtlasError(f"cannot write {path}: {exc}") from None
    if fmt == "geojson":
        _write_sidecar(path)
    return Export(path, fmt, {layer.name: len(layer) for layer in layers})


def _write(fmt: str, layers: list[tables.Layer], tmp: Path) -> None:
    if fmt == "csv":
        from geodata.exchange.csv_out import write_csv

        write_csv(layers[0], tmp)
    elif fmt == "kml":
        from geodata.exchange.kml import write_kml

        write_kml(layers, tmp)
    elif fmt == "gpkg":
        from geodata.exchange.gpkg import write_gpkg

        write_gpkg(layers, tmp)
    else:
        from geodata.exchange.ogr import merge, write_layers

        write_layers([merge(layers)], tmp, "GeoJSON", {"RFC7946": "YES", "WRITE_NAME": "NO"})


def _write_sidecar(path: Path) -> None:
    """The GeoJSON's style, ``<name>.qml`` beside it, where QGIS looks for a layer's
    default style (see :mod:`geodata.exchange.qml`). Replaced whole, like the data."""
    from geodata.exchange.qml import EXPRESSION_MODE, control_style

    write_bytes(path.with_suffix(".qml"), control_style(EXPRESSION_MODE).encode("utf-8"))
