"""Whether the shipped data is still what the build checked and drew ahead.

``python -m geodata.page_layers`` loads ``resources/control`` with every check, draws the
map's layers from it (``resources/prebuilt/shapes.json``) and records the SHA-256 of each
file they came from (``resources/prebuilt/inputs.json``). While those files are unchanged
the app trusts that work: the geometries are not checked again and the layers are not
drawn again, so the window starts without numpy and shapely (docs/benchmarks.md,
"Start-up"). Any change (an edited area, a copied folder with one line changed) falls back
to the full checks. Hashing the files takes about a millisecond.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from geodata.basemap import BASEMAP_DIR

__all__ = ["BASEMAP_INPUTS", "CONTROL_INPUTS", "PREBUILT_DIR", "fingerprint", "unchanged"]

PREBUILT_DIR = BASEMAP_DIR.parent / "prebuilt"
# What the checks and the layers depend on: the control files, and the basemap's countries
# and lakes (the lines are clipped to the land, the countries' tints cut around the lakes).
CONTROL_INPUTS = (
    "areas.geojson",
    "periods.csv",
    "overlays.geojson",
    "overlay_periods.csv",
    "events.csv",
    "lines.geojson",
)
BASEMAP_INPUTS = ("countries.geojson", "water.geojson")


def fingerprint(control_dir: Path) -> dict[str, str]:
    """SHA-256 of each input, ``control/…`` read from ``control_dir``.

    Parameters
    ----------
    control_dir : pathlib.Path

    Returns
    -------
    dict of str to str
        ``control/<name>`` (:data:`CONTROL_INPUTS`) and ``basemap/<name>``
        (:data:`BASEMAP_INPUTS`) → hex digest; missing files are left out, so that they
        never match.

    Examples
    --------
    >>> from geodata.control import CONTROL_DIR
    >>> sorted(fingerprint(CONTROL_DIR))[:2]
    ['basemap/countries.geojson', 'basemap/water.geojson']
    >>> len(fingerprint(CONTROL_DIR)) == len(CONTROL_INPUTS) + len(BASEMAP_INPUTS)
    True
    """
    paths = {f"control/{n}": control_dir / n for n in CONTROL_INPUTS}
    paths |= {f"basemap/{n}": BASEMAP_DIR / n for n in BASEMAP_INPUTS}
    out = {}
    for name, path in paths.items():
        try:
            out[name] = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            continue
    return out


def unchanged(control_dir: Path) -> bool:
    """Whether ``control_dir`` (and the basemap) hold exactly what the build checked.

    Parameters
    ----------
    control_dir : pathlib.Path

    Returns
    -------
    bool
        False too when ``resources/prebuilt/inputs.json`` is missing or unreadable.

    Examples
    --------
    >>> from geodata.control import CONTROL_DIR
    >>> unchanged(CONTROL_DIR), unchanged(Path("no/such/folder"))
    (True, False)
    """
    try:
        recorded = json.loads((PREBUILT_DIR / "inputs.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return recorded == fingerprint(control_dir)
