"""The atlas in Russian, Armenian and Azerbaijani: the map's words, the window's menus and
the font that writes them (docs/i18n.md)."""

import csv
import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt

from geodata.i18n import I18N_DIR, LANGUAGES, language_set
from geodata.place_names import AREA_NAMES_CSV, PLACE_NAMES_CSV
from tests.viewer.conftest import TIMEOUT, driven_map, run_js, shown_window
from viewer.fonts import FONT_FILES


def _every_text() -> set[str]:
    texts = set(LANGUAGES.values())
    for ts in I18N_DIR.glob("atlas_*.ts"):
        texts |= {t.text or "" for t in ET.parse(ts).getroot().iter("translation")}
    for names in (PLACE_NAMES_CSV, AREA_NAMES_CSV):
        with names.open(encoding="utf-8") as f:
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


def _menu_texts(win) -> list[str]:
    """Every menu title and entry of the menu bar (separators, language names and the
    recent stories' paths left out)."""
    texts = []

    recent = win.story_actions["recent"].menu()  # file paths, not words

    def walk(menu):
        texts.append(menu.title())
        for action in menu.actions():
            if action.menu() is not None:
                if action.menu() is not recent:
                    walk(action.menu())
            elif not action.isSeparator() and action.text() not in LANGUAGES.values():
                texts.append(action.text())

    for top in win.menuBar().actions():
        walk(top.menu())
    return texts


SCRIPTS = {"ru": "[А-Яа-яЁё]", "hy": "[\u0531-\u0587]", "az": "[əğıöüçşƏĞİÖÜÇŞ]"}


@pytest.mark.parametrize("code", ["ru", "hy"])
def test_every_menu_entry_reads_in_the_language_given_with_lang(qtbot, code):
    """Menus the window builds and the ones features install (story, classroom, compare,
    side by side, layers, exports) are all in the --lang language."""
    import re

    from viewer.i18n import install_translators, resolve_language

    try:
        install_translators(resolve_language(code))  # what run_window does with --lang
        with shown_window(qtbot, "2021-06-01") as win:
            texts = _menu_texts(win)
            english = [t for t in texts if not re.search(SCRIPTS[code], t)]
            assert len(texts) > 30 and english == []
            assert win.story_dock.windowTitle() != "Story"
            assert win.timeline.play_button.text() != "▶ Play"
    finally:
        install_translators("en")


def test_view_language_switches_the_window_live(qtbot):
    """View → Language: the menus, docks, timeline and the page's words change at once,
    without a restart, and the choice is remembered."""
    from PySide6.QtCore import QSettings

    from geodata.page_strings import page_catalogue
    from viewer.i18n import SETTING, install_translators

    with language_set("ru"):
        place_names_ru = page_catalogue()["Place names"]
    layer_control = "document.querySelector('.leaflet-control-layers').textContent"
    try:
        with shown_window(qtbot, "2021-06-01") as win:
            assert "Place names" in run_js(win.map, layer_control)
            ru = next(a for a in win.language_menu.actions() if a.data() == "ru")
            ru.trigger()
            qtbot.waitUntil(lambda: win.menuBar().actions()[0].text() == "&Файл", timeout=5000)
            assert QSettings().value(SETTING) == "ru"
            assert win.story_dock.windowTitle() == "История"
            assert win.classroom.actions["present"].text() == "&Показ"
            assert win.timeline.play_button.text() == "▶ Пуск"
            badges = " ".join(c.badge.text() for c in win.story_panel.cards.values())
            assert re.search("[А-Яа-я]", badges)  # the cards' dates, rebuilt
            qtbot.waitUntil(
                lambda: place_names_ru in run_js(win.map, layer_control), timeout=TIMEOUT
            )
            en = next(a for a in win.language_menu.actions() if a.data() == "en")
            en.trigger()
            qtbot.waitUntil(lambda: win.menuBar().actions()[0].text() == "&File", timeout=5000)
            assert win.classroom.actions["present"].text() == "&Present"
    finally:
        QSettings().remove(SETTING)
        install_translators("en")


def test_a_live_switch_rewrites_the_place_names(qtbot):
    """View → Language re-reads the place names too: Stepanakert's label turns Armenian
    (both usages, still placed by the declutter) and back, without a restart."""
    script = "Atlas.placeLabels().filter((l) => l.id === 'stepanakert').map((l) => l.text)"
    with driven_map(qtbot, "2021-06-01") as (_s, controller, view):
        assert run_js(view, script)[0].split() == ["Stepanakert", "Khankendi"]
        with language_set("hy"):
            controller.retranslate()
            qtbot.waitUntil(
                lambda: run_js(view, script) == ["Ստեփանակերտ\nԽանքենդի"], timeout=TIMEOUT
            )
        controller.retranslate()
        qtbot.waitUntil(lambda: run_js(view, script) == ["Stepanakert\nKhankendi"], timeout=TIMEOUT)


def _clipped(panel) -> list[str]:
    """What of the story list does not fit its dock: the list, a card, a badge's date."""
    viewport = panel.scroll.viewport().width()
    bad = [] if panel.list.width() <= viewport else ["list wider than the dock"]
    if panel.scroll.horizontalScrollBar().maximum():
        bad.append("sideways scrolling")
    for name, card in panel.cards.items():
        if card.geometry().left() < 0 or card.geometry().right() > viewport:
            bad.append(f"{name}: card outside the dock")
        badge = card.badge  # a wrapped date is as tall as its lines, one line as wide
        if badge.wordWrap() and badge.height() < badge.heightForWidth(badge.width()):
            bad.append(f"{name}: wrapped date cut at the bottom")
        if not badge.wordWrap() and badge.width() < badge.sizeHint().width():
            bad.append(f"{name}: date cut at the side")
    return bad


def test_armenian_story_cards_wrap_inside_a_narrow_dock(qtbot):
    """Long Armenian dates on the cards' badges wrap: the list is never wider than the dock,
    so nothing is cut off on the left and there is no sideways scrolling."""
    from PySide6.QtCore import QSettings

    from viewer.i18n import install_translators

    try:
        install_translators("hy")
        QSettings().remove("window")  # the default layout: the story dock in front
        with shown_window(qtbot, "2020-10-15") as win:
            win.story_dock.show()
            win.story_dock.raise_()
            win.resizeDocks([win.story_dock], [300], Qt.Orientation.Horizontal)
            panel = win.story_panel
            qtbot.waitUntil(lambda: panel.scroll.viewport().width() <= 320, timeout=5000)
            badges = [c.badge.text() for c in panel.cards.values()]
            assert any(re.search("[\u0531-\u0587]", b) for b in badges)
            try:  # the layout settles over a few event-loop turns
                qtbot.waitUntil(lambda: not _clipped(panel), timeout=5000)
            finally:
                assert _clipped(panel) == []
            assert any(c.badge.wordWrap() for c in panel.cards.values())
    finally:
        QSettings().remove("window")
        install_translators("en")
