"""File → Export animation…: the dialog plans from the timeline's date and refuses in plain
words; the export shows progress, Cancel leaves nothing, and the status bar says where."""

from datetime import date

import pytest
from PIL import Image
from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QMainWindow, QPushButton

from geodata.problems import AtlasError
from viewer.exports.film_dialog import ExportFilmDialog, run_export
from viewer.session import Session


@pytest.fixture(scope="module")
def session():
    return Session.load(date_text="1992-05-01")


def _dialog(qtbot, session, path):
    dialog = ExportFilmDialog(session.data, session.date, path)
    qtbot.addWidget(dialog)
    return dialog


def test_the_range_starts_at_the_timelines_date_and_the_summary_counts(qtbot, session, tmp_path):
    dialog = _dialog(qtbot, session, tmp_path / "war.mp4")
    assert dialog.from_edit.date() == QDate(1992, 5, 1)
    dialog.to_edit.setDate(QDate(1992, 5, 29))
    dialog.fps.setValue(4)
    assert dialog.summary.text() == "5 frames, 1.2 s"  # 1, 8, 15, 22, 29 May
    dialog.hold.setValue(3)  # 15 May shows Shusha's change, 22 May Lachin's
    assert dialog.summary.text() == "9 frames, 2.2 s"


def test_a_bad_range_is_refused_in_plain_words(qtbot, session, tmp_path):
    dialog = _dialog(qtbot, session, tmp_path / "war.mp4")
    dialog.to_edit.setDate(QDate(1991, 1, 1))
    with pytest.raises(AtlasError, match="To: 1991-01-01 is before From 1992-05-01"):
        dialog.request()
    assert "before" in dialog.summary.text()
    dialog.to_edit.setDate(QDate(1992, 6, 1))
    dialog.path_edit.setText(str(tmp_path / "no" / "war.mp4"))
    with pytest.raises(AtlasError, match="does not exist"):
        dialog.request()


def _window(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    return window


def test_cancel_leaves_nothing_behind(qtbot, session, tmp_path):
    dialog = _dialog(qtbot, session, tmp_path / "war.mp4")
    dialog.to_edit.setDate(QDate(1992, 12, 31))
    dialog.step.setCurrentIndex(1)  # every day: 245 frames, cancelled after two
    window = _window(qtbot)

    def click_cancel():
        progress = getattr(window, "film_progress", None)
        if progress is not None and progress.value() >= 2:
            poll.stop()
            progress.findChild(QPushButton).click()

    poll = QTimer(interval=20)
    poll.timeout.connect(click_cancel)
    poll.start()
    assert run_export(window, session, "karabakh", dialog.request()) is None
    assert list(tmp_path.iterdir()) == []
    assert "nothing was written" in window.statusBar().currentMessage()


def test_the_status_bar_says_where_the_film_was_written(qtbot, session, tmp_path):
    out = tmp_path / "war.gif"
    dialog = _dialog(qtbot, session, out)
    dialog.to_edit.setDate(QDate(1992, 5, 15))
    dialog.size.setCurrentIndex(2)  # 800 × 450
    window = _window(qtbot)
    assert run_export(window, session, "karabakh", dialog.request()) == out
    assert str(out) in window.statusBar().currentMessage()
    with Image.open(out) as gif:
        assert (gif.n_frames, gif.size) == (3, (800, 450))
    assert session.date == date(1992, 5, 1), "the window's date must not move"
