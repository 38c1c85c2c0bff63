"""Text from a user's file made safe to print or to show: no control characters.

A section heading or a layer's property can hold an escape sequence (``ESC [ 2 J`` clears
the terminal, others retitle the window or rewrite the line before it), a carriage return
or a bidirectional override that makes text read differently from what it is. None of them
has a use in an atlas's text, so they are removed wherever text leaves the program: the
terminal (``main`` filters stdout and stderr) and the layers sent to the page.

>>> strip_controls("Shusha\\x1b[2J\\rtitle\\u202e")
'Shusha[2Jtitle'
>>> strip_controls("a\\tb\\nc", keep="\\n")
'ab\\nc'
"""

from __future__ import annotations

import re
import sys
from typing import TextIO

__all__ = ["SafeStream", "install", "strip_controls"]

# C0 and C1 controls, DEL, and the bidirectional embeddings, overrides and isolates.
_CONTROLS = "\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069"
_PATTERNS: dict[str, re.Pattern] = {}


def strip_controls(text: str, keep: str = "\n\t") -> str:
    """``text`` without control characters.

    Parameters
    ----------
    text : str
        Any text.
    keep : str, optional
        Control characters to keep (by default new lines and tabs).

    Returns
    -------
    str
        ``text`` without C0/C1 controls, DEL and bidirectional overrides.
    """
    pattern = _PATTERNS.get(keep)
    if pattern is None:
        kept = "".join(re.escape(c) for c in keep)
        pattern = re.compile(f"(?![{kept}])[{_CONTROLS}]" if keep else f"[{_CONTROLS}]")
        _PATTERNS[keep] = pattern
    return pattern.sub("", text)


class SafeStream:
    """A text stream that removes control characters (but new lines and tabs) on the way.

    Parameters
    ----------
    stream : TextIO
        The stream written to (``sys.stdout``, ``sys.stderr``).
    """

    def __init__(self, stream: TextIO):
        self.stream = stream

    def write(self, text: str) -> int:
        """Write ``text`` without its control characters.

        Parameters
        ----------
        text : str
            What the program prints.

        Returns
        -------
        int
            ``len(text)``, as if all of it was written.
        """
        self.stream.write(strip_controls(text))
        return len(text)

    @property
    def raw(self) -> TextIO:
        """The stream underneath, for the program's own control sequences (the progress line).

        Returns
        -------
        TextIO
            The stream as it was before :func:`install`.
        """
        return self.stream

    def __getattr__(self, name: str):  # flush, fileno, isatty, encoding… as the stream's
        return getattr(self.stream, name)


def install() -> tuple[TextIO, TextIO]:
    """Filter ``sys.stdout`` and ``sys.stderr`` through :class:`SafeStream`.

    Returns
    -------
    tuple of TextIO
        The original ``(stdout, stderr)``, to put back.
    """
    old = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = SafeStream(old[0]), SafeStream(old[1])
    return old
