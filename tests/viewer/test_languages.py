"""The atlas in Russian, Armenian and Azerbaijani: the map's words, the window's menus and
the font that writes them (docs/i18n.md)."""

import csv
import xml.etree.ElementTree as ET

import pytest

from geodata.i18n import I18N_DIR, LANGUAGES, language_set
from geodata.place_names import PLACE_NAMES_CSV
from tests.viewer.conftest import driven_map, run_js, shown_window
from viewer.fonts import FONT_FILES


def _every_text() -> set[str]:
    texts = set(LANGUAGES.values())
    for ts in I18N_DIR.glob("atlas_*.ts"):
        texts |= {t.text or "" for t in ET.parse(ts).getroot().iter("translation")}
    with PLACE_NAMES_CSV.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            texts |= {v for k, v in row.items() if k not in ("id", "source") and v}
    return texts


@pytest.mark.parametrize("path", FONT_FILES, ids=lambda p: p.name)
def test_the_shipped_font_covers_every_translated_character(qapp, path):
    from PySide6.QtGui import QRawFont

    font = QRawFont(str(path), 12)
    assert font.isValid()
    chars = {c for text in _every_text() for c in text if not c.isspace()}
    assert {"Ս", "ə", "Ж", "ı"} <= chars  # Armenian, Azerbaijani Latin and Cyrillic are there
    missing = sorted(c for c in chars if not font.supportsCharacter(ord(c)))  # the ucs4 overload
    assert missing == [], f"{path.name} has no glyph for {missing}"


def test_the_map_writes_armenian_from_the_catalogue(qtbot):
    with language_set("hy"), driven_map(qtbot, "2021-06-01") as (_s, _c, view):
        page = run_js(
            view,
            """((texts) => ({
              legend: document.querySelector('.atlas-legend-title').textContent,
              caption: document.querySelector('.atlas-caption-date').textContent,
              places: texts('.atlas-place b'),
              alts: texts('.atlas-place .alt'),
              labels: texts('.atlas-label'),
              control: document.querySelector('.leaflet-control-layers').textContent,
              font: getComputedStyle(document.body).fontFamily,
              loaded: document.fonts.check('12px "Atlas Sans"', 'Ստեփանակերտ'),
            }))((sel) => Array.from(document.querySelectorAll(sel)).map((e) => e.textContent))""",
        )
    assert page["legend"] == "Փաստացի վերահսկողություն"
    assert page["caption"] == "2021 թ. հունիսի 1"
    assert "Ստեփանակերտ" in page["places"] and "Խանքենդի" in page["alts"]  # both usages
    assert "ԱԴՐԲԵՋԱՆ" in page["labels"] and "AZERBAIJAN" not in page["labels"]
    assert "Տեղանուններ" in page["control"] and "Place names" not in page["control"]
    assert page["font"].startswith('"Atlas Sans"') and page["loaded"]


def test_the_window_menus_follow_the_language(qtbot):
    from viewer.i18n import install_translators

    try:
        install_translators("ru")
        with shown_window(qtbot, "1994-05-12") as win:
            titles = [a.text() for a in win.menuBar().actions()]
            assert titles[:2] == ["&Файл", "&Вид"]
            # Features find the menus by their English name whatever the language.
            from viewer.menus import window_menu

            assert window_menu(win, "View").title() == "&Вид"
            assert len(win.menuBar().actions()) == len(titles)
    finally:
        install_translators("en")
