"""A calm hillshade overlay from NOAA GLOBE, written as a grey-with-alpha PNG.

Flat land and the sea are fully transparent; slopes facing away from the light darken,
slopes facing it lighten, both faintly, so the overlay sits under the app's colours.
The PNG is written by hand (zlib + struct, no timestamp chunk) so builds are byte-identical.
"""

from __future__ import annotations

import struct
import zlib

import numpy as np

from geodata.build.sources import BuildError, path_of

__all__ = ["BOUNDS", "hillshade_png"]

# south, west, north, east (degrees) of the overlay; GLOBE tile G covers 0–50N, 0–90E.
BOUNDS = (37.5, 40.0, 44.0, 51.0)
CELLS_PER_DEGREE = 120
STEP = 2  # keep every 2nd cell: 60 px/degree, ~1.8 km
AZIMUTH, ALTITUDE = 315.0, 45.0  # light from the north-west, 45 degrees up
Z_FACTOR = 2.0  # vertical exaggeration so the Karabakh range reads at this scale
MAX_ALPHA = 150


def _elevation() -> np.ndarray:
    path = path_of("elevation")
    try:
        with np.load(path) as z:
            grid = z[z.files[0]]
    except (OSError, ValueError, IndexError) as e:
        raise BuildError(f"{path}: unreadable elevation grid ({e})") from None
    south, west, north, east = BOUNDS
    rows = slice(int((50 - north) * CELLS_PER_DEGREE), int((50 - south) * CELLS_PER_DEGREE))
    cols = slice(int(west * CELLS_PER_DEGREE), int(east * CELLS_PER_DEGREE))
    return grid[rows, cols][::STEP, ::STEP].astype(np.float64)


def _shade(z: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    south, _, north, _ = BOUNDS
    lat = np.linspace(north, south, z.shape[0])[:, None]
    cell = 111_320.0 * STEP / CELLS_PER_DEGREE
    dzdy, dzdx = np.gradient(z * Z_FACTOR, cell, 1.0)
    dzdx = dzdx / (cell * np.cos(np.radians(lat)))
    slope = np.arctan(np.hypot(dzdx, dzdy))
    aspect = np.arctan2(-dzdx, dzdy)
    az, alt = np.radians(360.0 - AZIMUTH + 90.0), np.radians(ALTITUDE)
    shade = np.sin(alt) * np.cos(slope) + np.cos(alt) * np.sin(slope) * np.cos(az - aspect)
    return shade, slope


def _png(grey: np.ndarray, alpha: np.ndarray) -> bytes:
    h, w = grey.shape
    pixels = np.dstack([grey, alpha]).astype(np.uint8).reshape(h, w * 2)
    raw = b"".join(b"\x00" + row.tobytes() for row in pixels)

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", w, h, 8, 4, 0, 0, 0)  # 8-bit grey + alpha
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def hillshade_png() -> bytes:
    """The overlay PNG covering :data:`BOUNDS`."""
    z = _elevation()
    shade, slope = _shade(z)
    flat = np.sin(np.radians(ALTITUDE))
    delta = shade - flat  # <0 darker than flat ground, >0 lighter
    grey = np.where(delta < 0, 40, 255)
    strength = np.clip(np.abs(delta) / 0.6, 0, 1) ** 0.8
    alpha = np.round(strength * MAX_ALPHA / 8) * 8  # coarse steps compress well
    alpha[slope < 0.01] = 0
    return _png(grey, alpha)
