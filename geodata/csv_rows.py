"""Reading a user-editable CSV file without ever raising on its content.

Every reader of the control data (periods, overlay periods, events) starts the same way:
open the file, check its header, then go row by row with the line number for
``FILE:LINE: message``. A file that cannot be read (see :mod:`geodata.textfiles`: not a
regular file, too large, a NUL byte), or that lacks a column, is one
:class:`~geodata.problems.Problem` and no rows, so the app starts with the rest. A row the
``csv`` module cannot read (a field over its size limit) ends the file there, with a problem.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from geodata.problems import Problem
from geodata.textfiles import MB, RefusedFile, read_text

__all__ = ["MAX_CSV_BYTES", "read_rows"]

MAX_CSV_BYTES = 20 * MB  # the shipped periods.csv is 60 KB
THAN_HEADER = "than the header names"


def read_rows(path: Path, columns: tuple[str, ...], problems: list[Problem]):
    r"""``(line, row)`` for each data row of ``path``; problems are appended to ``problems``.

    A row with too many or too few fields is reported and skipped rather than padded, since a
    shifted column would put a source in the date field.

    Parameters
    ----------
    path : pathlib.Path
        The CSV file (UTF-8; a spreadsheet's byte-order mark is accepted).
    columns : tuple of str
        The columns every reader of this file needs; others are allowed.
    problems : list of Problem
        Appended to, never raised.

    Returns
    -------
    list of tuple (int, dict of str to str)
        The 1-based line number and the row; empty when the file is unreadable or lacks a column.

    Examples
    --------
    >>> problems = []
    >>> read_rows(Path("/no/such.csv"), ("id",), problems), str(problems[0])
    ([], '/no/such.csv:0: cannot read the file: No such file or directory')

    >>> import tempfile
    >>> tmp = Path(tempfile.mkdtemp()) / "rows.csv"
    >>> _ = tmp.write_text("id,date\nshusha,1992-05-09\nlachin\n", encoding="utf-8")
    >>> problems = []
    >>> read_rows(tmp, ("id", "date"), problems)
    [(2, {'id': 'shusha', 'date': '1992-05-09'})]
    >>> problems[0].line, problems[0].message
    (3, 'fewer fields than the header names')
    >>> read_rows(tmp, ("id", "source"), problems), problems[-1].message
    ([], 'missing column(s): source')
    >>> import shutil
    >>> shutil.rmtree(tmp.parent)
    """
    try:
        text = read_text(path, MAX_CSV_BYTES)  # drops a spreadsheet's byte-order mark
    except RefusedFile as exc:
        problems.append(Problem(path, exc.line, f"cannot read the file: {exc.reason}"))
        return []
    reader = csv.DictReader(io.StringIO(text, newline=""))
    rows = []
    try:
        missing = [c for c in columns if c not in (reader.fieldnames or ())]
        if missing:
            problems.append(Problem(path, 1, f"missing column(s): {', '.join(missing)}"))
            return []
        for row in reader:
            if None in row:  # csv.DictReader's key for the values beyond the header
                problems.append(Problem(path, reader.line_num, f"more fields {THAN_HEADER}"))
            elif None in row.values():
                problems.append(Problem(path, reader.line_num, f"fewer fields {THAN_HEADER}"))
            else:
                rows.append((reader.line_num, row))
    except csv.Error as exc:
        line = reader.line_num + 1 if reader.fieldnames is None else reader.line_num
        problems.append(Problem(path, max(line, 1), f"cannot read this row ({exc}); stopped here"))
    return rows
