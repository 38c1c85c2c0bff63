"""CSV for spreadsheets: one row per area-period, no geometry.

Written with the standard library: a flat table needs no GDAL, and the columns are the
control layer's own (dates ISO ``YYYY-MM-DD``; an empty ``end`` is the period still running).
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from geodata.exchange.tables import Layer

__all__ = ["write_csv"]


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def write_csv(layer: Layer, path: Path) -> None:
    """Write one layer's rows to ``path`` as CSV, without geometry.

    Dates are ISO ``YYYY-MM-DD`` and a missing value is an empty cell, so a spreadsheet
    sorts by date and an empty ``end`` reads as "still running".

    Parameters
    ----------
    layer : Layer
    path : pathlib.Path
        Overwritten if it exists (the caller writes to a temporary name).

    Returns
    -------
    None

    Examples
    --------
    >>> import io, tempfile
    >>> from shapely import Point
    >>> layer = Layer("t", "Point", [Point(0, 0)], {"id": ["a"], "start": [date(1994, 5, 12)],
    ...               "end": [None]}, {"id": str, "start": date, "end": date})
    >>> path = Path(tempfile.mkdtemp()) / "t.csv"
    >>> write_csv(layer, path)
    >>> print(path.read_text(encoding="utf-8"), end="")
    id,start,end
    a,1994-05-12,
    >>> path.unlink()
    >>> path.parent.rmdir()
    """
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(layer.columns)
        for row in layer.rows():
            writer.writerow(_text(v) for v in row.values())
