"""No file in the repository names a folder of the machine it was written on.

Such a path works on one machine only and says nothing to a reader elsewhere: files are
named by their path relative to the repository, or by what they are.
"""

import re
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# An absolute path into a home, root's home or a build/work area: a slash not preceded by
# a word character, dot, colon or slash (so URLs such as https://host/home/ do not count).
MACHINE_PATH = re.compile(r"(?<![\w.:/~-])/(?:work|farm|home|root|Users)/[\w.-]")
EXEMPT = {"uv.lock"}  # pinned wheel URLs, written by uv


def tracked_files() -> list[Path]:
    out = subprocess.run(
        ["git", "ls-files", "-z"], cwd=REPO, capture_output=True, text=True, check=True
    )
    return [REPO / name for name in out.stdout.split("\0") if name and name not in EXEMPT]


def machine_paths(text: str) -> list[str]:
    """The lines of ``text`` that name an absolute machine path."""
    return [line.strip() for line in text.splitlines() if MACHINE_PATH.search(line)]


def test_the_pattern_finds_machine_paths_and_passes_urls_and_relative_paths():
    # "|" stands for the leading slash, so that this file does not name such a path itself.
    found = [s.replace("|", "/") for s in ("see |work/x.md", "cd |home/ana", "('|root/.config')")]
    fine = ["https://example.org/home/index.html", "../shared/notes.md", "docs/home/x.md"]
    assert machine_paths("\n".join(found)) == found
    assert machine_paths("\n".join(fine)) == []


def test_no_tracked_file_names_a_path_of_the_machine_it_was_written_on():
    files = tracked_files()
    assert len(files) > 100
    offending = {}
    for path in files:
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, FileNotFoundError):
            continue  # binary files (images, the PDF fonts) and files deleted but not staged
        if lines := machine_paths(text):
            offending[path.relative_to(REPO).as_posix()] = lines[:3]
    assert offending == {}
