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
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(layer.columns)
        for row in layer.rows():
            writer.writerow(_text(v) for v in row.values())
