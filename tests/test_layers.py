"""The architecture's one hard rule: ``geodata`` never imports Qt or folium."""

import os
import subprocess
import sys

PROBE = """
import importlib, pkgutil, sys
import geodata
for info in pkgutil.walk_packages(geodata.__path__, "geodata."):
    if info.name.startswith("geodata.build"):
        continue  # the data build step runs with its own dependency group
    importlib.import_module(info.name)
bad = sorted(m for m in sys.modules if m.split(".")[0] in {"PySide6", "shiboken6", "folium"})
print(",".join(bad))
"""


def test_geodata_imports_neither_qt_nor_folium():
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_cli_help_starts_without_qt_numpy_or_shapely():
    """The parser imports every subcommand's module: none may import Qt, nor the data
    (numpy, shapely: the window starts through this parser, and animate once loaded the
    data at import, ~0.1 s before the page's load)."""
    heavy = ("PySide6", "folium", "numpy", "shapely", "pyproj")
    probe = (
        "import sys, main; main.build_parser();"
        f"print(','.join(m for m in sys.modules if m.startswith({heavy!r})))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_output_cut_short_by_a_pipe_is_not_an_error():
    """``caucasus-atlas story | head`` must not print an internal error."""
    probe = (
        "import sys, main; from geodata.cli import story;"
        "story.run = lambda args: print('x' * 10**6) or 0;"
        "sys.exit(main.main(['story']))"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", probe], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    proc.stdout.read(10)
    proc.stdout.close()
    assert proc.wait(timeout=60) == 0
    assert b"internal error" not in proc.stderr.read()


def test_no_display_is_one_clear_line_not_a_qt_abort():
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    env.pop("QT_QPA_PLATFORM", None)
    out = subprocess.run(
        [sys.executable, "main.py"], capture_output=True, text=True, env=env, timeout=60
    )
    assert out.returncode == 2
    assert out.stderr.strip().startswith("caucasus-atlas: no display")
