"""Writing a film's frames: PyAV (FFmpeg) for MP4 and WebM, Pillow for GIF.

The codecs and why (licences included) are in ``docs/film.md``: H.264 in MP4 because the
PyAV wheel's FFmpeg carries libx264 and every slide program plays it; VP9 in WebM for the
web. A GIF gets one palette made for the whole film from pictures spread over it, without
dithering, so the map's flat fills stay flat and Pillow stores only what changed between
frames (the caption, the areas that changed): a 30-second GIF at 800 px wide stays small.

Frames arrive as raw 32-bit pixels as Qt grabs them (``QImage.Format_RGB32``: blue, green,
red, 255 in memory on a little-endian machine; :data:`PIXELS`), each with how many frames in
a row it is shown; handing them over as they are spares a conversion per frame. No Qt here.
"""

from __future__ import annotations

import sys
import zlib
from fractions import Fraction
from pathlib import Path

import av
from PIL import Image

from geodata.problems import AtlasError

__all__ = ["FORMATS", "GifWriter", "VideoWriter", "check_encoder", "open_writer"]

# suffix → (container, codec, pixel format, encoder options)
FORMATS = {
    ".mp4": ("mp4", "libx264", "yuv420p", {"crf": "20", "preset": "veryfast"}),
    ".webm": (
        "webm",
        "libvpx-vp9",
        "yuv420p",
        {"crf": "32", "b": "0", "deadline": "realtime", "cpu-used": "8", "row-mt": "1"},
    ),
}
# Qt's RGB32 is the word 0xffRRGGBB: its bytes in memory, as FFmpeg and Pillow name them
PIXELS = "bgra" if sys.byteorder == "little" else "argb"
_PIL_RAW = "BGRX" if sys.byteorder == "little" else "XRGB"
GIF_PALETTE_SAMPLES = 8  # pictures the palette is made from, spread over the film


def check_encoder(suffix: str) -> None:
    """Refuse an output whose encoder this PyAV lacks, before anything is drawn."""
    if suffix not in FORMATS:
        return
    codec = FORMATS[suffix][1]
    try:
        av.Codec(codec, "w")
    except Exception:  # av raises its own error types for an unknown codec
        other = ".webm" if suffix == ".mp4" else ".gif"
        raise AtlasError(
            f"--out: this PyAV's FFmpeg has no {codec} encoder for {suffix}: write {other}"
        ) from None


class VideoWriter:
    """An MP4 (H.264) or WebM (VP9) file at ``fps`` frames a second."""

    def __init__(self, path: Path, suffix: str, size: tuple[int, int], fps: int):
        container, codec, pix_fmt, options = FORMATS[suffix]
        self.container = av.open(
            str(path),
            "w",
            format=container,
            options={"movflags": "+faststart"} if container == "mp4" else {},
        )
        self.stream = self.container.add_stream(codec, rate=fps, options=options)
        self.stream.width, self.stream.height = size
        self.stream.pix_fmt = pix_fmt
        self.stream.time_base = Fraction(1, fps)
        self.frames = 0

    def add(self, pixels: bytes, repeat: int = 1) -> None:
        """A picture (:data:`PIXELS`) for ``repeat`` frames (a hold costs next to nothing)."""
        frame = av.VideoFrame(self.stream.width, self.stream.height, PIXELS)
        frame.planes[0].update(pixels)
        frame = frame.reformat(format=self.stream.pix_fmt)
        for _ in range(repeat):
            frame.pts = self.frames
            self.frames += 1
            self.container.mux(self.stream.encode(frame))

    def close(self) -> None:
        """Flush the encoder and finish the file."""
        self.container.mux(self.stream.encode(None))
        self.container.close()

    def abort(self) -> None:
        """Close without finishing (the caller removes the file)."""
        self.container.close()


class GifWriter:
    """A looping GIF; the pictures are kept compressed until :meth:`close` knows the palette."""

    def __init__(self, path: Path, size: tuple[int, int], fps: int):
        self.path, self.size, self.fps = path, size, fps
        self.pictures: list[tuple[bytes, int]] = []  # zlib'd pixels, frames shown
        self.frames = 0

    def add(self, pixels: bytes, repeat: int = 1) -> None:
        """A picture (:data:`PIXELS`) for ``repeat`` frames, kept compressed until the end."""
        self.pictures.append((zlib.compress(pixels, 1), repeat))
        self.frames += repeat

    def _picture(self, index: int) -> Image.Image:
        pixels = zlib.decompress(self.pictures[index][0])
        return Image.frombuffer("RGB", self.size, pixels, "raw", _PIL_RAW, 0, 1)

    def _palette(self) -> Image.Image:
        """255 colours for the whole film, from pictures spread over it (its first and last
        among them), so a colour that appears late is in the palette too."""
        n = len(self.pictures)
        picks = sorted(
            {round(i * (n - 1) / (GIF_PALETTE_SAMPLES - 1)) for i in range(GIF_PALETTE_SAMPLES)}
        )
        w, h = self.size
        strip = Image.new("RGB", (w, h * len(picks)))
        for row, index in enumerate(picks):
            strip.paste(self._picture(index), (0, row * h))
        return strip.quantize(255, method=Image.Quantize.FASTOCTREE)

    def close(self) -> None:
        """Quantise every picture to the film's palette and write the GIF.

        GIF times are in hundredths of a second: each picture's time is rounded from the
        film's clock, so 12 fps does not drift to 12.5 over a long film.
        """
        palette = self._palette()
        frames, durations, shown = [], [], 0
        for index, (_, repeat) in enumerate(self.pictures):
            frames.append(self._picture(index).quantize(palette=palette, dither=Image.Dither.NONE))
            start = round(shown * 100 / self.fps)
            shown += repeat
            durations.append((round(shown * 100 / self.fps) - start) * 10)
        frames[0].save(
            self.path,
            format="GIF",
            save_all=True,
            append_images=frames[1:],
            duration=durations,
            loop=0,
            optimize=False,
        )

    def abort(self) -> None:
        self.pictures.clear()


def open_writer(path: Path, suffix: str, size: tuple[int, int], fps: int):
    """The writer for ``suffix`` (``.mp4``, ``.webm`` or ``.gif``) writing to ``path``."""
    if suffix == ".gif":
        return GifWriter(path, size, fps)
    return VideoWriter(path, suffix, size, fps)
