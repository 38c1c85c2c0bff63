"""Progress of a long command on the terminal: one line on stderr, rewritten at each step.

Only when stderr is a terminal: in a pipe, a log or a test, nothing is printed, so the
command's output (a path, a summary) stays the only output. The line is erased when the
command ends, however it ends.
"""

from __future__ import annotations

import sys
from typing import TextIO

from geodata.safe_text import strip_controls

ERASE = "\r\x1b[K"


class Progress:
    """``with Progress() as progress: progress.step("loading the atlas")``."""

    def __init__(self, stream: TextIO | None = None):
        stream = stream if stream is not None else sys.stderr
        # Its own ERASE must pass the filter of geodata.safe_text; the text it shows must not.
        self.stream = getattr(stream, "raw", stream)
        self.live = self.stream.isatty()

    def step(self, text: str) -> None:
        if self.live:
            self.stream.write(f"{ERASE}caucasus-atlas: {strip_controls(text, keep='')}…")
            self.stream.flush()

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc_info) -> None:
        if self.live:
            self.stream.write(ERASE)
            self.stream.flush()
