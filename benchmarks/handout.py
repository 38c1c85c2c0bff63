"""The handout: wall time to write the article's PDF, its page count, and one render beside it.

    uv run python -m benchmarks.handout [--json]

Both are the command-line tools in fresh processes, timed from start to exit, in the same
run so that the machine's load weighs on both alike: ``caucasus-atlas handout`` (every
section's map, the chart, the PDF) and ``caucasus-atlas render`` (one map to a PNG, the
unit the target is counted in: the handout should take at most three renders' time).
The page count is read back from the PDF with QtPdf. Results go in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _timed(*argv: str) -> float:
    """Seconds for ``main.py ARGV`` in a fresh offscreen process; raises if it fails."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *argv],
        check=True,
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - start


def page_count(pdf: Path) -> int:
    """Pages in ``pdf``, as QtPdf reads them."""
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["bench", "-platform", "offscreen"])
    document = QPdfDocument(app)
    document.load(str(pdf))
    return document.pageCount()


def measure() -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "handout.pdf"
        seconds = _timed("handout", "--out", str(pdf))
        render = _timed("render", "--date", "2020-11-10", "--out", str(Path(tmp) / "map.png"))
        pages = page_count(pdf)
    return {
        "pages": pages,
        "seconds": round(seconds, 2),
        "render_seconds": round(render, 2),
        "renders": round(seconds / render, 2),
        "load": round(os.getloadavg()[0], 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    result = measure()
    if args.json:
        print(json.dumps(result))
        return
    print(
        f"{result['pages']} pages in {result['seconds']} s; one render {result['render_seconds']}"
        f" s ({result['renders']} renders' time; load {result['load']})"
    )


if __name__ == "__main__":
    main()
