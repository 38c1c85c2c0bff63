"""Reading a user's text file without hanging, running out of memory or hiding a NUL byte.

Every reader of a file a user can point at (a story, the control data, a layer) reads it
through :func:`read_text`: only a regular file is opened (a named pipe would block for
ever, ``/dev/zero`` would fill the memory), never more than a limit, and a NUL byte, which
no text editor writes, is refused with its line. The error carries the line, so the caller
reports ``FILE:LINE: message``.

>>> import tempfile, pathlib
>>> p = pathlib.Path(tempfile.mkdtemp()) / "a.md"
>>> _ = p.write_bytes(b"one\\ntwo\\x00")
>>> try:
...     read_text(p, 100)
... except RefusedFile as exc:
...     exc.line, exc.reason
(2, 'a NUL byte: this is not a text file')
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

__all__ = ["MB", "RefusedFile", "check_regular", "read_text"]

MB = 1024 * 1024


class RefusedFile(Exception):
    """A file that cannot be read as text (callers say what they were reading).

    Parameters
    ----------
    line : int
        The line at fault; 0 when it is the whole file.
    reason : str
        Why, as in "cannot read the file: {reason}".
    """

    def __init__(self, line: int, reason: str):
        super().__init__(reason)
        self.line = line
        self.reason = reason


def _size_text(size: int) -> str:
    return f"{size / MB:.1f} MB" if size >= MB else f"{size:,} bytes"


def check_regular(path: str | Path, limit: int) -> int:
    """Check a file for readers, like GDAL, that open it themselves.

    Parameters
    ----------
    path : str or pathlib.Path
        The file.
    limit : int
        The largest size allowed, in bytes.

    Returns
    -------
    int
        Its size, if it is a regular file of at most ``limit`` bytes.

    Raises
    ------
    RefusedFile
        Missing, a folder, a pipe or a device, or too large.
    """
    try:
        info = os.stat(path)
    except OSError as exc:
        raise RefusedFile(0, str(exc.strerror or exc)) from None
    _check_stat(info, limit)
    return info.st_size


def _check_stat(info: os.stat_result, limit: int) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise RefusedFile(0, "this is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise RefusedFile(0, "not a regular file (a pipe or a device): refused")
    if info.st_size > limit:
        raise RefusedFile(
            0, f"too large ({_size_text(info.st_size)}; the limit is {_size_text(limit)})"
        )


def read_text(path: str | Path, limit: int) -> str:
    """The text of a regular file of at most ``limit`` bytes.

    Parameters
    ----------
    path : str or pathlib.Path
        The file; a named pipe is refused without waiting for a writer.
    limit : int
        The largest size allowed, in bytes.

    Returns
    -------
    str
        Its text, read as UTF-8 (a leading byte-order mark dropped).

    Raises
    ------
    RefusedFile
        Missing, a folder, a pipe or a device, too large, not UTF-8, or holding a NUL byte
        (with its line).
    """
    try:
        # O_NONBLOCK: opening a named pipe must not wait for a writer (we refuse it next).
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise RefusedFile(0, str(exc.strerror or exc)) from None
    try:
        _check_stat(os.fstat(fd), limit)
    except RefusedFile:
        os.close(fd)
        raise
    with os.fdopen(fd, "rb") as f:
        try:
            data = f.read(limit + 1)
        except OSError as exc:
            raise RefusedFile(0, str(exc.strerror or exc)) from None
    if len(data) > limit:  # it grew while we read it
        raise RefusedFile(0, f"too large (more than {_size_text(limit)})")
    nul = data.find(b"\0")
    if nul >= 0:
        raise RefusedFile(data.count(b"\n", 0, nul) + 1, "a NUL byte: this is not a text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise RefusedFile(line, "not UTF-8 text (save the file as UTF-8)") from None
