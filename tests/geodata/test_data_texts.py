"""The control data's notes and titles in ru, hy, az: complete, current, and shown."""

import re
import shutil
from datetime import date

import pytest

import main
from geodata.atlas import load_atlas
from geodata.control import CONTROL_DIR, load_control
from geodata.data_texts import DATA_TEXTS_CSV, data_text, load_data_texts, translation_problems
from geodata.i18n import language_set
from geodata.popups import event_popup_html, region_popup_html

ARMENIAN = re.compile("[\u0531-\u0587]")
CYRILLIC = re.compile("[\u0400-\u04ff]")


def test_every_note_and_title_has_all_three_translations_and_no_row_is_obsolete():
    assert translation_problems(CONTROL_DIR) == []


def test_a_new_note_and_an_edited_one_are_reported_at_their_lines(tmp_path):
    for name in ("periods.csv", "events.csv", "overlay_periods.csv"):
        shutil.copy(CONTROL_DIR / name, tmp_path / name)
    events = (tmp_path / "events.csv").read_text(encoding="utf-8").splitlines()
    events[1] = events[1].replace("NKAO set up", "The NKAO is set up")  # an edited title
    (tmp_path / "events.csv").write_text("\n".join(events) + "\n", encoding="utf-8")
    texts = tmp_path / "data_texts.csv"
    rows = DATA_TEXTS_CSV.read_text(encoding="utf-8").splitlines()
    obsolete = next(i for i, row in enumerate(rows, start=1) if row.startswith("NKAO set up"))
    rows = [row.replace("Sumgait pogrom,Сумгаитский погром,", "Sumgait pogrom,,") for row in rows]
    texts.write_text("\n".join(rows) + "\n", encoding="utf-8")
    got = sorted(
        (p.file.rsplit("/", 1)[-1], p.line, p.message)
        for p in translation_problems(tmp_path, texts)
    )
    assert [(file, line) for file, line, _ in got] == [
        ("data_texts.csv", obsolete),
        ("events.csv", 2),
        ("events.csv", 4),
    ]
    assert got[0][2] == "'NKAO set up inside the Azerbaijan SSR': no record uses this text any more"
    assert got[1][2].startswith("'The NKAO is set up") and "has no ru, hy, az" in got[1][2]
    assert got[2][2] == "'Sumgait pogrom' has no ru in data_texts.csv"


def test_translations_are_in_their_own_script():
    for english, langs in load_data_texts().items():
        assert CYRILLIC.search(langs["ru"]) and ARMENIAN.search(langs["hy"]), english
        assert not CYRILLIC.search(langs["az"]) and not ARMENIAN.search(langs["az"]), english


def test_english_and_an_unknown_text_stay_as_written():
    assert data_text("Sumgait pogrom", "en") == "Sumgait pogrom"
    assert data_text("not a note of the data", "ru") == "not a note of the data"
    with language_set("az"):
        assert data_text("Sumgait pogrom") == "Sumqayıt pogromu"


def test_query_in_russian_prints_the_note_in_russian(capsys):
    argv = ["--lang", "ru", "query", "--date", "2000-01-01", "--lat", "39.82", "--lon", "46.75"]
    assert main.main(argv) == 0
    out = capsys.readouterr().out
    assert "примечание\tЛиния прекращения огня 1994 года, замороженная до 2016/2020" in out
    assert "1994 ceasefire line" not in out
    assert '"Bishkek Protocol" (en.wikipedia.org)' in out  # the source keeps its title


def test_region_popup_in_armenian_shows_the_note_in_armenian():
    data = load_atlas()
    day = date(2020, 10, 15)
    state = data.control.timeline.state_of("fuzuli-west", day)
    with language_set("hy"):
        html = region_popup_html(data, data.story, "fuzuli-west", 39.60, 47.14, day)
    assert load_data_texts()[state.note]["hy"] in html
    assert state.note not in html  # the English note is not shown beside it


@pytest.mark.parametrize("code", ["ru", "hy", "az"])
def test_event_popup_shows_title_and_note_in_the_language_source_as_published(code):
    event = next(e for e in load_control()[0].events if e.title == "Sumgait pogrom")
    with language_set(code):
        html = event_popup_html(event)
    assert load_data_texts()["Sumgait pogrom"][code] in html
    assert load_data_texts()[event.note][code] in html
    assert "Sumgait" in html.split("atlas-popup-source", 1)[1]  # the source as published
