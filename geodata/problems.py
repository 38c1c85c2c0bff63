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
    """One thing wrong in one file, at one line (0 when the whole file is at fault).

    ``str()`` gives the ``FILE:LINE: message`` form that editors and terminals make
    clickable, which is why loaders return these instead of raising.

    Parameters
    ----------
    file : pathlib.Path or str
        The file at fault, as the user knows it.
    line : int
        1-based line number; 0 for the whole file (unreadable, missing, empty).
    message : str
        What is wrong and, where possible, how to fix it.

    Examples
    --------
    >>> str(Problem("events.csv", 12, "date '1993-13' is not a valid date"))
    "events.csv:12: date '1993-13' is not a valid date"
    >>> str(Problem("areas.geojson", 0, "file not found"))
    'areas.geojson:0: file not found'
    """

    file: Path | str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


class AtlasError(Exception):
    """An error the user can act on: ``main`` prints its message as one line and exits.

    ``exit_code`` follows the CLI contract: 2 for bad arguments or unwritable output,
    3 for a query that has no answer (at sea, off the map, out of range).

    Parameters
    ----------
    message : str
        One line saying what was wrong with the request.
    exit_code : int, default 2
        The process exit status ``main`` uses.

    Examples
    --------
    >>> err = AtlasError("no control data at 1850-01-01", exit_code=3)
    >>> str(err), err.exit_code
    ('no control data at 1850-01-01', 3)
    >>> AtlasError("bad --out").exit_code
    2
    """

    def __init__(self, message: str, exit_code: int = 2):
        super().__init__(message)
        self.exit_code = exit_code
