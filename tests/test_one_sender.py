"""One sender per date: in viewer/, only the map controller sends messages to the page.

Features ask the controller (a provider for what follows the date, a method for the rest),
so a date's caption, call-outs and areas always leave in the same paced update.
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SENDERS = {"viewer/map/controller.py"}


def _calls_send(path: Path) -> bool:
    """Whether the module calls a ``.send(...)`` (``bridge.send``, however it is reached)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    return any(
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "send"
        for node in ast.walk(tree)
    )


def test_only_the_map_controller_sends_to_the_page():
    senders = {
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "viewer").rglob("*.py")
        if _calls_send(path)
    }
    assert senders == SENDERS, "send through viewer.map.controller.MapController instead"


def test_the_check_finds_a_send_however_the_bridge_is_reached(tmp_path):
    module = tmp_path / "feature.py"
    module.write_text("def go(w):\n    b = w.controller.map.bridge\n    b.send(1)\n")
    assert _calls_send(module)
    module.write_text("def go(w):\n    w.controller.highlight(())\n")
    assert not _calls_send(module)
