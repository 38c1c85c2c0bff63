"""Exports: PNG images, the PDF handout and the export dialog (one render engine).

The offscreen map renders every size up to :data:`SIZE_RANGE`'s maximum reliably (measured
on a loaded two-core machine, docs/benchmarks.md); past about 3000 pixels a side Chromium's
software compositor sometimes never delivers a frame, and a run ends in a time-out or a
broken image. So ``render --size`` and File → Export image… refuse larger sizes.
"""

SIZE_RANGE = (200, 2560)  # pixels a side: ``render --size`` and the export dialog
