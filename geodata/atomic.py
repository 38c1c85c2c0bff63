"""Writing an output file so that no run ever loses the old one: check, write aside, rename.

Every writer of a user's ``--out`` (``export``, ``render``, ``handout`` and their dialogs)
goes through this module:

- :func:`check_target` before any work: the folder exists and takes a new file, the name
  is not too long, the target is not a folder or a device. A typo costs no rendering.
- :func:`atomic_output` around the writing: the writer writes a hidden temporary file in
  the same folder, which replaces the target only once complete (``os.replace``, atomic on
  one file system). On any failure, Ctrl+C or ``SIGTERM`` the temporary file (and the
  ``-journal`` SQLite writes beside a GeoPackage) is removed and the old file is untouched.
- A run killed outright (``SIGKILL``, a power cut) cannot clean up: the next write into
  that folder removes the temporary files of processes that no longer run
  (:func:`remove_stale`).

>>> import tempfile
>>> out = Path(tempfile.mkdtemp()) / "a.txt"
>>> write_bytes(out, b"new")
>>> out.read_bytes(), [p.name for p in out.parent.iterdir()]
(b'new', ['a.txt'])
"""

from __future__ import annotations

import os
import re
import secrets
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from geodata.i18n import translate
from geodata.problems import AtlasError

__all__ = ["TEMP_PREFIX", "atomic_output", "check_target", "remove_stale", "write_bytes"]

TEMP_PREFIX = ".atlas-tmp-"
SIDE_FILES = ("-journal", "-wal", "-shm")  # SQLite's companions of a GeoPackage being written
_OURS = re.compile(rf"^{re.escape(TEMP_PREFIX)}(\d+)-")
# Earlier versions' names: ".out.PID.tmp.kml" (export) and mkstemp's ".atlas-XXXXXXXX.png".
_OLD_EXPORT = re.compile(r"^\..+\.(\d+)\.tmp\.(?:kml|geojson|gpkg|csv)(?:-journal)?$")
_OLD_IMAGE = re.compile(r"^\.atlas-[a-z0-9_]{8}\.(?:png|pdf)$")
OLD_IMAGE_AGE_S = 3600  # no pid in those names: an hour-old one is nobody's


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":  # os.kill would terminate it: assume it runs
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists, under another user
        return True
    return True


def remove_stale(folder: Path) -> list[Path]:
    """Remove temporary files left in ``folder`` by runs that were killed.

    Parameters
    ----------
    folder : pathlib.Path
        The folder of an output file.

    Returns
    -------
    list of pathlib.Path
        What was removed: files of processes that no longer run (and an earlier version's
        image temporaries over an hour old). A running process's files are kept.
    """
    removed = []
    try:
        names = [e.name for e in os.scandir(folder) if e.name.startswith(".")]
    except OSError:
        return removed
    for name in names:
        path = folder / name
        pid = _OURS.match(name) or _OLD_EXPORT.match(name)
        if pid is not None:
            stale = not _alive(int(pid.group(1)))
        elif _OLD_IMAGE.match(name):
            try:
                stale = time.time() - path.lstat().st_mtime > OLD_IMAGE_AGE_S
            except OSError:
                stale = False
        else:
            continue
        if stale:
            try:
                path.unlink()
                removed.append(path)
            except OSError:
                pass
    return removed


def _temp_name(folder: Path, suffix: str) -> Path:
    return folder / f"{TEMP_PREFIX}{os.getpid()}-{secrets.token_hex(4)}{suffix}"


def _remove(tmp: Path) -> None:
    for side in ("", *SIDE_FILES):
        with suppress(OSError):
            os.unlink(f"{tmp}{side}")


def check_target(path: str | Path, suffix: str | None = None) -> Path:
    """``path`` as a file that can be written, checked before any work.

    Parameters
    ----------
    path : str or pathlib.Path
        The output file (``--out``).
    suffix : str, optional
        The ending the file must have, such as ``".png"``.

    Returns
    -------
    pathlib.Path
        ``path``, once its folder took a new file (a probe, removed at once).

    Raises
    ------
    AtlasError
        One line: a folder, a device, a missing folder, a name too long, a read-only file,
        a folder that takes no file.

    Examples
    --------
    >>> try:
    ...     check_target("no/such/folder/map.png")
    ... except AtlasError as exc:
    ...     print(exc)
    cannot write no/such/folder/map.png: the folder no/such/folder does not exist
    """
    out = Path(path)
    if suffix and out.suffix.lower() != suffix:
        raise AtlasError(
            _cannot(path, translate("errors", "the file name must end in {suffix}"), suffix=suffix)
        )
    folder = out.parent
    try:
        name_max = os.pathconf(folder if folder.is_dir() else ".", "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):
        name_max = 255
    if len(os.fsencode(out.name)) > name_max:
        reason = translate("errors", "the file name is too long ({size} bytes; at most {most})")
        size = len(os.fsencode(out.name))
        raise AtlasError(_cannot(f"{str(path)[:60]}…", reason, size=size, most=name_max))
    try:
        if out.is_dir():
            raise AtlasError(_cannot(path, translate("errors", "it is a folder")))
        if out.exists() and not out.is_file():
            reason = translate("errors", "it is not a regular file (a device or a pipe)")
            raise AtlasError(_cannot(path, reason))
        if not folder.is_dir():
            reason = translate("errors", "the folder {folder} does not exist")
            raise AtlasError(_cannot(path, reason, folder=folder))
    except OSError as exc:  # a path too long as a whole, a loop of links…
        raise AtlasError(_cannot(f"{str(path)[:60]}…", "") + str(exc.strerror or exc)) from None
    if out.exists() and not os.access(out, os.W_OK):
        raise AtlasError(_cannot(path, translate("errors", "the file is read-only")))
    remove_stale(folder)
    probe = _temp_name(folder, ".probe")
    try:
        os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except OSError as exc:
        reason = translate("errors", "the folder {folder} takes no new file ({error})")
        raise AtlasError(_cannot(path, reason, folder=folder, error=exc.strerror or exc)) from None
    _remove(probe)
    return out


@contextmanager
def atomic_output(path: str | Path, suffix: str | None = None) -> Iterator[Path]:
    """A temporary path beside ``path`` to write to, renamed over ``path`` at the end.

    The rename happens only when the block ends without an error and wrote something; the
    temporary file (and SQLite's ``-journal`` beside it) is removed in every case, Ctrl+C
    included.

    Parameters
    ----------
    path : str or pathlib.Path
        The output file, already checked with :func:`check_target`.
    suffix : str, optional
        The temporary file's ending; by default the target's (GDAL picks its format by it).

    Yields
    ------
    pathlib.Path
        The hidden temporary file to write.

    Raises
    ------
    AtlasError
        When writing or renaming fails (an ``OSError``, such as a full disk).
    """
    out = Path(path)
    remove_stale(out.parent)
    tmp = _temp_name(out.parent, suffix if suffix is not None else out.suffix)
    try:
        yield tmp
        if not tmp.is_file() or tmp.stat().st_size == 0:
            raise AtlasError(_cannot(out, translate("errors", "nothing was written")))
        os.replace(tmp, out)
    except OSError as exc:
        raise AtlasError(_cannot(out, "") + str(exc.strerror or exc)) from None
    finally:
        _remove(tmp)


def write_bytes(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically: a full disk is an error, never half a file.

    Parameters
    ----------
    path : str or pathlib.Path
        The output file.
    data : bytes
        Its whole content (written, flushed and synced before the rename).

    Raises
    ------
    AtlasError
        When it cannot be written; the old file is then unchanged.
    """
    with atomic_output(path) as tmp, open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


def _cannot(path, reason: str, **fields) -> str:
    """``cannot write PATH: REASON`` in the interface language (the path as given)."""
    head = translate("errors", "cannot write {path}: ").format(path=path)
    return head + reason.format(**fields)
