"""Build the translations: ``uv run python -m viewer.i18n.build``.

Two steps, both Qt's own tools from the PySide6 wheel:

1. ``pyside6-lupdate`` extracts every marked string of ``main.py``, ``geodata/`` and ``viewer/``
   into ``resources/i18n/atlas_<lang>.ts`` (translations kept, vanished strings dropped,
   no source locations so that a moved line changes nothing);
2. ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` the window's ``QTranslator``
   loads. geodata reads the ``.ts`` itself (:mod:`geodata.i18n`).

The ``.qm`` files are committed like ``resources/web/index.html``; a test fails when they
differ from what ``lrelease`` makes of the ``.ts`` files.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from geodata.i18n import I18N_DIR, LANGUAGES

ROOT = I18N_DIR.parent.parent
TRANSLATED = [code for code in LANGUAGES if code != "en"]


def tool(name: str) -> str:
    """The path of a PySide6 tool (``pyside6-lupdate``), next to this Python first."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: run `uv sync` (it comes with PySide6)")
    return found


def sources() -> list[Path]:
    """The Python files whose marked strings are extracted, sorted (a stable catalogue)."""
    files = [ROOT / "main.py"]
    for package in ("geodata", "viewer"):
        files += sorted((ROOT / package).rglob("*.py"))
    return files


def extract(ts_files: list[Path]) -> None:
    """Run ``pyside6-lupdate`` over :func:`sources` into ``ts_files``."""
    subprocess.run(
        [tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none"]
        + [str(p.relative_to(ROOT)) for p in sources()]
        + ["-ts", *map(str, ts_files)],
        cwd=ROOT,
        check=True,
    )


def compile_qm(ts: Path, qm: Path) -> None:
    """Run ``pyside6-lrelease`` on one ``.ts`` file."""
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], cwd=ROOT, check=True
    )


def main() -> int:
    ts_files = [I18N_DIR / f"atlas_{code}.ts" for code in TRANSLATED]
    extract(ts_files)
    for ts in ts_files:
        compile_qm(ts, ts.with_suffix(".qm"))
        print(ts.with_suffix(".qm").relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
