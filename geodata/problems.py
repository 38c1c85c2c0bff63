"""Problems found in user-editable files, reported as ``FILE:LINE: message``.

Loaders never raise on bad input: they collect :class:`Problem` objects, keep every
valid record, and let the caller show the list (``validate`` prints it; the app
shows it without blocking).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

__all__ = ["AtlasError", "Problem"]


@dataclass(frozen=True)
class Problem:
    """One thing wrong in one file, at one line (0 when the whole file is at fault)."""

    file: Path | str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


class AtlasError(Exception):
    """An error the user can act on: ``main`` prints its message as one line and exits.

    ``exit_code`` follows the CLI contract: 2 for bad arguments or unwritable output,
    3 for a query that has no answer (at sea, off the map, out of range).
    """

    def __init__(self, message: str, exit_code: int = 2):
        super().__init__(message)
        self.exit_code = exit_code
