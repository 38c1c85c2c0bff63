"""Errors a new user meets first: a missing system library, ``--debug`` where they type it,
and progress that shows on a terminal only."""

import io
import subprocess
import sys
from pathlib import Path

import pytest

import main
from geodata.cli._progress import ERASE, Progress

ROOT = Path(__file__).resolve().parent.parent
QUERY = ["query", "--date", "1993-05-01", "--lat", "40.1", "--lon", "46.04"]


@pytest.mark.parametrize(
    ("argv", "debug"),
    [(QUERY, False), (["--debug", *QUERY], True), ([*QUERY, "--debug"], True)],
)
def test_debug_is_taken_before_or_after_the_subcommand(argv, debug):
    parser, _ = main.build_parser()
    assert parser.parse_args(argv).debug is debug


def test_a_missing_system_library_is_one_line_naming_it_and_the_readme(tmp_path):
    """Qt's import on a bare Linux: the loader's error, not 'internal error'."""
    fake = tmp_path / "PySide6"
    fake.mkdir()
    (fake / "__init__.py").write_text(
        "raise ImportError('libglib-2.0.so.0: cannot open shared object file: "
        "No such file or directory')\n"
    )
    probe = f"import sys; sys.path[:0] = [{str(tmp_path)!r}, {str(ROOT)!r}]; import main;"
    argv = ["render", "--date", "2020-11-10", "--out", str(tmp_path / "m.png")]
    result = subprocess.run(
        [sys.executable, "-c", f"{probe} sys.exit(main.main({argv!r}))"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "libglib-2.0.so.0" in lines[0] and "README" in lines[0]
    assert "internal error" not in lines[0]
    assert "On Linux: system libraries" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_missing_library_is_found_through_chained_errors():
    try:
        try:
            raise OSError("libnss3.so: cannot open shared object file: No such file")
        except OSError as exc:
            raise RuntimeError("Qt failed") from exc
    except RuntimeError as exc:
        assert main.missing_library(exc) == "libnss3.so"
    assert main.missing_library(ImportError("No module named 'foo'")) is None


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_shows_on_a_terminal_and_is_erased_at_the_end():
    stream = Terminal()
    with Progress(stream) as progress:
        progress.step("writing KML")
    assert stream.getvalue() == f"{ERASE}caucasus-atlas: writing KML…{ERASE}"


def test_progress_is_silent_when_not_a_terminal():
    stream = io.StringIO()
    with Progress(stream) as progress:
        progress.step("writing KML")
    assert stream.getvalue() == ""
