"""No output is ever lost: a full disk, Ctrl+C or a kill leave the old file and no litter.

Each writer (``export`` in every format, ``render``, ``handout``) writes beside the target
and renames (:mod:`geodata.atomic`). The full disk is real: the process's file-size limit
(``RLIMIT_FSIZE``) is lowered while the file is written, so the write fails as on a full
disk. Ctrl+C is a real SIGINT raised while the maps are being drawn.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import signal
import subprocess
import sys

import pytest

import main
from geodata.atomic import TEMP_PREFIX, remove_stale

resource = pytest.importorskip("resource")  # POSIX

OLD = b"the old file, which must survive\n"
STORY = """---
title: One section
---

## The 2020 war

```meta
id: war
date: 2020-09-27 .. 2020-11-10
places: stepanakert
```

Text.
"""


@contextlib.contextmanager
def _full_disk(limit: int = 4096):
    """Files cannot grow past ``limit`` bytes while inside (EFBIG, as ENOSPC would)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))


def _litter(folder) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.startswith(TEMP_PREFIX)]


def _on_a_full_disk(monkeypatch, target: str) -> None:
    """``target`` ("module.function", a writer) runs on a full disk."""
    module_name, name = target.rsplit(".", 1)
    module = importlib.import_module(module_name)
    original = getattr(module, name)

    def full(*args, **kwargs):
        with _full_disk():
            return original(*args, **kwargs)

    monkeypatch.setattr(module, name, full)


@pytest.mark.parametrize("fmt", ["kml", "geojson", "gpkg", "csv"])
def test_export_on_a_full_disk_fails_and_keeps_the_old_file(fmt, tmp_path, capsys, monkeypatch):
    out = tmp_path / f"atlas.{fmt}"
    out.write_bytes(OLD)
    _on_a_full_disk(monkeypatch, "geodata.exchange.export._write")
    code = main.main(["export", "--format", fmt, "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith(f"caucasus-atlas: cannot write {out}")
    assert err.count("\n") == 1 and "internal error" not in err
    assert out.read_bytes() == OLD and _litter(tmp_path) == []


@pytest.mark.parametrize("command", ["render", "handout"])
def test_render_and_handout_on_a_full_disk_keep_the_old_file(
    command, qapp, tmp_path, capsys, monkeypatch
):
    story = tmp_path / "story.md"
    story.write_text(STORY)
    out = tmp_path / ("map.png" if command == "render" else "handout.pdf")
    out.write_bytes(OLD)
    _on_a_full_disk(monkeypatch, f"viewer.exports.{command}.write_bytes")
    argv = {
        "render": ["render", "--date", "2020-11-10", "--size", "400x300"],
        "handout": ["handout", "--story", str(story)],
    }[command]
    code = main.main([*argv, "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 2, err
    assert f"cannot write {out}: File too large" in err and "internal error" not in err
    assert out.read_bytes() == OLD and _litter(tmp_path) == []


@pytest.mark.parametrize(
    ("command", "where"),
    [
        ("render", "viewer.exports.render.prepare_export"),
        ("handout", "viewer.exports.handout.MapCamera"),  # the one camera of every map
    ],
)
def test_ctrl_c_stops_keeps_the_old_file_and_exits_130(
    command, where, qapp, tmp_path, capsys, monkeypatch
):
    story = tmp_path / "story.md"
    story.write_text(STORY)
    out = tmp_path / ("map.png" if command == "render" else "handout.pdf")
    out.write_bytes(OLD)
    module_name, name = where.rsplit(".", 1)
    module = importlib.import_module(module_name)
    original = getattr(module, name)
    calls = []

    def interrupted(*args, **kwargs):
        calls.append(name)
        signal.raise_signal(signal.SIGINT)  # the user presses Ctrl+C while the map draws
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, interrupted)
    handler = signal.getsignal(signal.SIGINT)
    argv = {
        "render": ["render", "--date", "2020-11-10", "--size", "400x300"],
        "handout": ["handout", "--story", str(story)],
    }[command]
    code = main.main([*argv, "--out", str(out)])
    assert code == 130 and calls == [name]
    assert out.read_bytes() == OLD and _litter(tmp_path) == []
    assert signal.getsignal(signal.SIGINT) is handler  # put back


def _dead_pid() -> int:
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)  # fmt: skip
    return int(child.stdout)


def test_temp_files_of_killed_runs_are_removed_at_the_next_write(tmp_path, capsys):
    dead = _dead_pid()
    stale = [
        f"{TEMP_PREFIX}{dead}-0a1b2c3d.gpkg",
        f"{TEMP_PREFIX}{dead}-0a1b2c3d.gpkg-journal",
        f".atlas.{dead}.tmp.kml",  # an earlier version's name
    ]
    mine = f"{TEMP_PREFIX}{os.getpid()}-00000000.png"  # a run that is still going
    for name in [*stale, mine, ".hidden-but-not-ours"]:
        (tmp_path / name).write_bytes(b"partial")
    out = tmp_path / "atlas.csv"
    assert main.main(["export", "--format", "csv", "--out", str(out)]) == 0
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == sorted([mine, ".hidden-but-not-ours", "atlas.csv"])
    assert remove_stale(tmp_path) == []
