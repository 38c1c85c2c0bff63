"""The story dock without a page: cards follow the date, clicks drive the bridge, files swap."""

import json
from datetime import date
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMainWindow

from geodata.atlas import load_atlas
from viewer.map.bridge import Bridge
from viewer.map.controller import MapController
from viewer.map.messages import FlyTo
from viewer.session import Session
from viewer.story.files import MAX_RECENT, recent_stories, story_menu_actions
from viewer.story.panel import StoryPanel

GOOD_AND_BAD = """---
title: A lesson
---

## Shusha in 1992

```meta
id: shusha-1992
date: 1992-05
places: shusha, nowhere-town
```

Shusha changed hands in **May 1992**.

## No id here

```meta
date: 1992-05
```

Skipped.
"""

HOSTILE = """---
title: <script>alert('title')</script>
---

## <img src=x onerror="window.__pwned=1">Heading

```meta
id: hostile
date: 2020-10
places: stepanakert, area:nkao-core
note: <script>alert(1)</script> [x](javascript:alert(2)) | source: <b>me</b>
```

<script>window.__pwned = 2</script> [click](javascript:alert(3)) [data](data:text/html,hi)
<img src="https://example.org/pixel.png" onerror="window.__pwned=3"> ![remote](https://example.org/a.png)
<iframe src="https://example.org"></iframe> [fine](https://example.org/ok)
"""

LITTLE = "little-help"
MARKUP = ("<script", "<img", "<iframe", 'href="javascript', 'href="data', 'onerror="', 'src="')


class PagelessController(QObject):
    """The map controller without a page: each date's provider messages are sent at once
    (nothing to pace), and the page requests are the real controller's."""

    datePainted = Signal(object)  # never emitted: nothing is painted

    frame = MapController.frame
    highlight = MapController.highlight
    open_popup = MapController.open_popup

    def __init__(self, session, bridge):
        super().__init__()
        self.session = session
        self.map = SimpleNamespace(bridge=bridge)
        self.providers = []
        session.date_changed.connect(self.show_date)

    def add_provider(self, provider):
        self.providers.append(provider)

    def fly_to(self, frame):
        self.map.bridge.send(FlyTo(bounds=frame.bounds, keep=frame.keep, min_zoom=frame.min_zoom))

    def refresh(self):
        self.show_date(self.session.date)

    def show_date(self, day):
        for provider in self.providers:
            for message in provider(day):
                self.map.bridge.send(message)


@pytest.fixture
def panel(qtbot):
    bridge = Bridge()
    bridge.ready()
    sent = []
    bridge.message.connect(lambda text: sent.append(json.loads(text)))
    session = Session(load_atlas(), date(1994, 5, 12))
    panel = StoryPanel(session, PagelessController(session, bridge))
    qtbot.addWidget(panel)
    panel.resize(480, 900)
    panel.show()
    panel.sent = sent
    return panel


def last(sent, kind):
    return next((m for m in reversed(sent) if m["kind"] == kind), None)


def test_cards_list_every_section_in_order_with_date_badges_and_both_names(panel):
    story = panel.stories.story
    assert list(panel.cards) == [s.id for s in story.sections]
    assert panel.cards["first-war"].badge.text() == "20 Feb 1988 – 12 May 1994"
    assert panel.cards["abandon-moscow"].badge.text() == "Dec 2023"
    assert "Stepanakert / Khankendi" in panel.cards["second-war"].chips.text()


@pytest.mark.parametrize(
    ("day", "current"),
    [
        (date(2020, 10, 15), ("second-war", "always-in-corner")),
        (date(2022, 2, 24), ("always-in-corner", "invasion-changed", "takeover-2022", LITTLE)),
        (date(2005, 6, 1), ("always-in-corner",)),
    ],
)
def test_sections_covering_the_date_are_highlighted(panel, day, current):
    panel.session.set_date(day)
    assert panel.current_ids() == current
    assert {i for i, card in panel.cards.items() if card.property("current")} == set(current)


def test_clicking_a_section_moves_the_date_flies_to_its_places_and_highlights(panel):
    card = panel.cards["invasion-changed"]
    panel.scroll.ensureWidgetVisible(card)
    QTest.mouseClick(card, Qt.MouseButton.LeftButton)
    assert panel.session.date == date(2022, 2, 24)
    (south, west), (north, east) = last(panel.sent, "flyTo")["bounds"]
    for pid in ("moscow", "kyiv", "yerevan", "baku"):
        place = panel.session.data.places[pid]
        assert south < place.lat < north and west < place.lon < east
    assert set(last(panel.sent, "highlight")["ids"]) == {"moscow", "kyiv", "yerevan", "baku"}
    assert panel.selected == "invasion-changed"
    assert "The invasion of Ukraine changed things" in panel.text.toPlainText()


def test_fact_check_notes_are_shown_in_their_own_box(panel):
    panel.show_section("abandon-moscow")
    text = panel.text.toPlainText()
    assert "Fact check:" in text and "Source:" in text
    assert "<table" in panel.text.toHtml()  # the boxed note


def test_callouts_follow_the_date_and_can_be_switched_off(panel):
    panel.session.set_date(date(2020, 10, 15))
    ids = [c["id"] for c in last(panel.sent, "callouts")["callouts"]]
    assert ids == ["second-war", "always-in-corner"]
    panel.set_callouts_enabled(False)
    assert last(panel.sent, "callouts")["callouts"] == []
    panel.session.set_date(date(2020, 10, 16))
    assert last(panel.sent, "callouts")["callouts"] == []
    panel.set_callouts_enabled(True)
    assert len(last(panel.sent, "callouts")["callouts"]) == 2


def test_a_broken_story_loads_its_valid_sections_and_lists_its_problems(panel, tmp_path):
    path = tmp_path / "lesson.md"
    path.write_text(GOOD_AND_BAD, encoding="utf-8")
    assert panel.open_story(path)
    assert list(panel.cards) == ["shusha-1992"]
    items = panel.problem_list.items
    problems = [items.item(i).text() for i in range(items.count())]
    assert any(p.startswith(f"{path}:") and "nowhere-town" in p for p in problems)
    assert any(p.startswith(f"{path}:") and "id" in p for p in problems)
    assert panel.problem_list.isVisible() and panel.problem_list.items.isVisible()
    assert "problems: 2" in panel.message.text()
    assert recent_stories()[0] == str(path)


def test_a_missing_story_keeps_the_current_one(panel, tmp_path):
    before = list(panel.cards)
    assert not panel.open_story(tmp_path / "nope.md")
    assert list(panel.cards) == before
    assert "no such file" in panel.message.text()
    assert panel.message.isVisible()


def test_recent_stories_keep_the_latest_eight(panel, tmp_path):
    for n in range(MAX_RECENT + 2):
        path = tmp_path / f"s{n}.md"
        path.write_text(GOOD_AND_BAD, encoding="utf-8")
        panel.open_story(path)
    recent = recent_stories()
    assert len(recent) == MAX_RECENT
    assert recent[0] == str(tmp_path / f"s{MAX_RECENT + 1}.md")


def test_a_hostile_story_stays_inert_in_the_panel(panel, tmp_path):
    path = tmp_path / "hostile.md"
    path.write_text(HOSTILE, encoding="utf-8")
    assert panel.open_story(path)
    panel.show_section("hostile")
    html = panel.text.toHtml().lower()
    for bad in MARKUP:
        assert bad not in html  # as markup: the same words shown as text are harmless
    assert "&lt;script&gt;" in html  # shown as text
    hrefs = [a.split('"')[0] for a in html.split('href="')[1:]]
    assert hrefs == ["https://example.org/ok"]
    assert panel.text.refused == []
    assert panel.cards["hostile"].title.textFormat() == Qt.TextFormat.PlainText
    assert panel.title.textFormat() == Qt.TextFormat.PlainText


def test_story_menu_actions_open_and_toggle_pop_ups(panel, qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    file_menu = window.menuBar().addMenu("&File")
    file_menu.addAction("Quit")
    view_menu = window.menuBar().addMenu("&View")
    actions = story_menu_actions(window, panel, file_menu, view_menu)
    assert file_menu.actions()[0] is actions["open"]
    assert actions["popups"].isChecked()
    actions["popups"].trigger()
    assert not panel.callouts_enabled
    assert last(panel.sent, "callouts")["callouts"] == []


def test_the_reading_pane_follows_the_date_unless_the_chosen_section_still_covers_it(panel):
    from geodata.story import sections_at

    session = panel.session
    session.set_date(date(2020, 10, 15))
    current = [s.id for s in sections_at(session.data.story, date(2020, 10, 15))]
    assert panel.selected == current[0]
    assert session.data.story.section(current[0]).title in panel.text.toPlainText()
    panel.show_section(current[-1])
    session.set_date(date(2020, 10, 16))
    assert panel.selected == current[-1], "a chosen section that still covers the date stays"
    session.set_date(date(2023, 9, 24))
    assert panel.selected in [s.id for s in sections_at(session.data.story, date(2023, 9, 24))]
