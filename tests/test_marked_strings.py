"""Every user-visible string in viewer/ is marked for translation (docs/i18n.md).

An AST scan of the Qt calls that put text on screen (actions, menus, labels, buttons,
window titles, tooltips, message boxes, status messages, form rows, file dialogs): a bare
string literal or an f-string with words in it, passed where the user reads it, fails here.
Marked text goes through ``self.tr``, ``QCoreApplication.translate``, ``translate`` or a
``QT_TRANSLATE_NOOP`` constant, so it never reaches these calls as a literal.
"""

import ast
import re
from pathlib import Path

import pytest

VIEWER = Path(__file__).resolve().parent.parent / "viewer"

# Constructors whose string arguments are shown, and methods whose string arguments are.
SHOWN_BY_CLASS = {
    "QAction", "QMenu", "QLabel", "QPushButton", "QCheckBox", "QToolButton", "QRadioButton",
    "QDockWidget", "QGroupBox", "QProgressDialog", "QMessageBox", "QTableWidgetItem",
}  # fmt: skip
SHOWN_BY_METHOD = {
    "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
    "setAccessibleName", "setAccessibleDescription", "setText", "setTitle", "setTitleText",
    "setLabelText", "setSuffix", "setPrefix", "showMessage", "addMenu", "addAction", "addRow",
    "addItem", "addButton", "setItemText", "setHorizontalHeaderLabels", "warning",
    "information", "critical", "question", "about", "getOpenFileName", "getSaveFileName",
    "getExistingDirectory", "loadFailed", "setHtml", "show_tour_card", "show_comparison",
}  # fmt: skip
# File dialogs: only the caption and the filter are read (the rest are paths).
SHOWN_ARGS = {"getOpenFileName": (1, 3), "getSaveFileName": (1, 3), "getExistingDirectory": (1,)}
# Names, not words of the interface: the app's own name stays as it is in every language.
NOT_WORDS = re.compile(r"<[^>]*>|Caucasus Atlas|YYYY-MM-DD|PNG|SVG|PDF|\.\w+|[^A-Za-z]")


def _words(node: ast.AST) -> str:
    """The literal text of a string or f-string argument that a reader would read."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    else:
        return ""
    return NOT_WORDS.sub("", text)


def _name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        owner = func.value
        if isinstance(owner, ast.Name) and owner.id in ("log", "logger", "logging"):  # the log
            return ""
        return func.attr
    return getattr(func, "id", "")


def unmarked(source: str, filename: str = "<string>") -> list[str]:
    """``file:line: call("…")`` for each shown argument that is an unmarked literal."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node)
        if name not in SHOWN_BY_CLASS and name not in SHOWN_BY_METHOD:
            continue
        args = [*node.args, *(k.value for k in node.keywords)]
        if name in SHOWN_ARGS:
            args = [a for i, a in enumerate(node.args) if i in SHOWN_ARGS[name]]
        for arg in args:
            if _words(arg):
                found.append(f"{filename}:{node.lineno}: {name}({ast.unparse(arg)[:60]})")
    return found


def test_the_scan_finds_an_unmarked_string_and_passes_a_marked_one():
    bad = 'menu.addAction("Quit")\nQMessageBox.warning(w, "Oops", f"Lost {n} files")\n'
    bad += 'QFileDialog.getSaveFileName(w, "Save", "map.png", "PNG (*.png);;All files (*)")\n'
    good = (
        'menu.addAction(self.tr("Quit"))\n'
        'QMessageBox.warning(w, title, QCoreApplication.translate("C", "Oops"))\n'
        'label.setText("")\nwindow.setWindowTitle(f"Caucasus Atlas — {day}")\n'
        'log.warning("a message for the log")\n'
    )
    assert len(unmarked(bad)) == 5
    assert unmarked(good) == []


@pytest.mark.parametrize(
    "path", sorted(VIEWER.rglob("*.py")), ids=lambda p: str(p.relative_to(VIEWER))
)
def test_no_user_visible_string_in_viewer_is_left_unmarked(path):
    rel = path.relative_to(VIEWER.parent)
    assert unmarked(path.read_text(encoding="utf-8"), str(rel)) == []
