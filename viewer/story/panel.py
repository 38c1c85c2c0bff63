"""The story dock: the story's sections in order, following the date, and the one chosen.

Top to bottom: the story's title, a message line (a story that did not open, problems
found), the sections as cards (date badge, heading, place chips; those covering the
current date are highlighted and scrolled into view), the chosen section's full text with
its fact-check notes, and the story's problems folded at the bottom.

Clicking a card moves the timeline to the section's start, flies the map to its places and
outlines them. A ``[data-section]`` link in a map pop-up shows that section here.
The panel also owns the story's map side (:class:`~viewer.story.sync.StorySync`,
:class:`~viewer.map.popups.MapPopups`) and the open story
(:class:`~viewer.story.files.StoryController`).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from geodata.i18n import QT_TRANSLATE_NOOP, language
from geodata.place_names import local_area_name, local_name
from geodata.story import section_html, sections_at
from geodata.story.map import date_label
from viewer.map.popups import MapPopups
from viewer.story.files import StoryController
from viewer.story.sync import StorySync
from viewer.story.widgets import ProblemList, SafeTextBrowser, SectionCard

__all__ = ["StoryPanel"]

STYLE = """
QFrame#section-card { background: #ffffff; border: 1px solid #9c9486; border-radius: 6px; }
QFrame#section-card[current="true"] { background: #fff1d6; border: 3px solid #b85c00; }
QFrame#section-card[selected="true"] { border: 3px solid #0b4f8a; }
QFrame#section-card:focus { border: 3px dashed #0b4f8a; }
QLabel#badge { background: #2d2a26; color: #ffffff; border-radius: 4px; padding: 2px 8px;
               font-weight: bold; }
QLabel#section-title { color: #111111; font-weight: bold; }
QLabel#story-title { color: #111111; font-weight: bold; }
QLabel#message { background: #fff3b0; color: #2d2a26; border: 1px solid #c2a800;
                 border-radius: 4px; padding: 6px; }
"""
# The byline's labels (geodata.story.model.StoryMeta.known), translated where shown.
BYLINE_LABELS = (
    QT_TRANSLATE_NOOP("StoryPanel", "Outlet"),
    QT_TRANSLATE_NOOP("StoryPanel", "Author"),
    QT_TRANSLATE_NOOP("StoryPanel", "Published"),
    QT_TRANSLATE_NOOP("StoryPanel", "Credit"),
)
FACT_CHECK_BOX = (
    '<table width="100%" cellpadding="8" cellspacing="0" border="1" '
    'style="border-color:#b85c00; border-style:solid; background-color:#fff1d6; color:#2d2a26;">'
    "<tr><td>{}</td></tr></table>"
)


def _chip(ref, places, control) -> str:
    """A place reference as a reader sees it: both usage names (the interface language's
    first, as on the map), an area's name, a point."""
    if ref.kind == "place" and ref.id in places:
        name, alt = local_name(ref.id, language())
        return f"{name} / {alt}" if name and alt else name or places[ref.id].label
    if ref.kind == "area" and control and ref.id in control.areas:
        return local_area_name(ref.id, language())[0] or control.areas[ref.id].name
    return str(ref)


class StoryPanel(QWidget):
    """Gets the session (date, data) and the map controller (the page's clicks come from
    its ``map.bridge``; everything for the page goes through the controller)."""

    def __init__(self, session, controller, parent=None):
        super().__init__(parent)
        self.session = session
        self.controller = controller
        bridge = controller.map.bridge
        self.stories = StoryController(session, self)
        self.sync = StorySync(session, controller, self.stories, self)
        self.popups = MapPopups(session, controller, self.stories, self)
        self.cards: dict[str, SectionCard] = {}
        self.empty: QLabel | None = None
        self.selected: str | None = None
        self._current: tuple[str, ...] = ()

        self.setStyleSheet(STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.title = QLabel()
        self.title.setObjectName("story-title")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.byline = QLabel()
        self.byline.setTextFormat(Qt.TextFormat.PlainText)
        self.byline.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.hide()

        self.list = QWidget()
        # The list is as wide as the dock, never wider: cards wrap their dates, titles and
        # chips (long Armenian dates) instead of pushing the list off to the left.
        self.list.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.list_layout = QVBoxLayout(self.list)
        self.list_layout.setSpacing(6)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.list)
        self.text = SafeTextBrowser()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.scroll)
        splitter.addWidget(self.text)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1000, 900])  # proportions: the list a little taller than the text
        self.problem_list = ProblemList()

        for widget in (self.title, self.byline, self.message):
            layout.addWidget(widget)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.problem_list)
        self.scale_fonts()

        self.stories.story_changed.connect(self.rebuild)
        session.date_changed.connect(self.follow_date)
        bridge.linkClicked.connect(self.show_section)
        self.rebuild()
        self.retranslate()

    def changeEvent(self, event) -> None:
        """A new language: the panel's own words (the story's text stays as written)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            selected = self.selected
            self.rebuild()  # the cards' dates are written in the language
            if selected:
                self._select(selected)
            self.retranslate()

    def retranslate(self) -> None:
        self.text.setPlaceholderText(self.tr("Click a section to read it here."))
        if self.title.property("untitled"):
            self.title.setText(self.tr("Untitled story"))
        if self.empty is not None:
            self.empty.setText(self.tr("This story has no sections to show."))
        self._fill_byline()
        self.problem_list.retranslate()
        for card in self.cards.values():
            card.retranslate()

    # ---- public API ----------------------------------------------------------------------

    @property
    def callouts_enabled(self) -> bool:
        return self.sync.enabled

    def set_callouts_enabled(self, enabled: bool) -> None:
        """View → Story pop-ups."""
        self.sync.set_enabled(enabled)

    def open_story(self, path) -> bool:
        """Open another story file; the message (problems, or why not) shows in the panel."""
        loaded, text = self.stories.open(path)
        self.show_message(text)
        if self.stories.problems and loaded:
            self.problem_list.expand(True)
        return loaded

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        window = self.window()
        if hasattr(window, "statusBar") and window is not self:
            window.statusBar().showMessage(text, 10_000)

    def activate_section(self, section_id: str) -> None:
        """A click on a card: show it, move the timeline there, fly and outline."""
        self.show_section(section_id)
        self.sync.go_to(section_id)

    def show_section(self, section_id: str) -> None:
        """Show a section's full text below the list (and bring the dock up)."""
        if not self._select(section_id):
            return
        self.scroll.ensureWidgetVisible(self.cards[section_id])
        dock = self.parentWidget()
        if isinstance(dock, QDockWidget):
            dock.show()
            dock.raise_()

    def _select(self, section_id: str) -> bool:
        """Mark the section's card and put its text in the reading pane."""
        story = self.stories.story
        section = story.section(section_id) if story else None
        if section is None:
            return False
        if self.selected in self.cards:
            self.cards[self.selected].set_state("selected", False)
        self.selected = section_id
        self.cards[section_id].set_state("selected", True)
        body = section_html(section)
        start = body.find('<p class="note">')
        if start >= 0:  # section_html puts the fact-check notes last
            body = body[:start] + FACT_CHECK_BOX.format(body[start:])
        self.text.setHtml(
            f"<h2>{escape(section.title)}</h2>"
            f'<p class="when">{escape(date_label(section))}</p>{body}'
        )
        return True

    def current_ids(self) -> tuple[str, ...]:
        """The sections covering the current date, highlighted in the list."""
        return self._current

    # ---- following the story and the date -------------------------------------------------

    def rebuild(self) -> None:
        """Build the cards for the current story (after a swap: the old ones go)."""
        for card in self.cards.values():
            card.deleteLater()
        self.cards.clear()
        while self.list_layout.count():
            self.list_layout.takeAt(0)
        self.selected, self._current = None, ()
        self.text.clear()
        story = self.stories.story
        data = self.session.data
        meta = story.meta if story else None
        untitled = not (meta and meta.title)
        self.title.setProperty("untitled", untitled)
        self.title.setText(self.tr("Untitled story") if untitled else meta.title)
        self._fill_byline()
        for section in story.sections if story else ():
            chips = [_chip(ref, data.places, data.control) for ref in section.places]
            card = SectionCard(section.id, section.title, date_label(section), chips)
            card.clicked.connect(self.activate_section)
            self.cards[section.id] = card
            self.list_layout.addWidget(card)
            for widget in (card, *card.findChildren(QWidget)):  # the list's size (see scale_fonts)
                widget.setFont(self.list.font())
        if self.empty is not None:
            self.empty.deleteLater()
            self.empty = None
        if not self.cards:
            self.empty = QLabel(self.tr("This story has no sections to show."))
            self.empty.setWordWrap(True)
            self.list_layout.addWidget(self.empty)
        self.list_layout.addStretch(1)
        self.problem_list.set_problems(self.stories.problems)
        self.follow_date(self.session.date)

    def _fill_byline(self) -> None:
        story = self.stories.story
        known = story.meta.known() if story and story.meta else []
        byline = " · ".join(f"{self.tr(label)}: {value}" for label, value in known)
        self.byline.setText(byline)
        self.byline.setVisible(bool(byline))

    def follow_date(self, day) -> None:
        story = self.stories.story
        current = tuple(s.id for s in sections_at(story, day)) if story else ()
        if current == self._current:
            return
        self._current = current
        for section_id, card in self.cards.items():
            card.set_state("current", section_id in current)
        # The reading pane follows the date: a chosen section stays while it still covers
        # the date, otherwise the first section that does is shown.
        if current and self.selected not in current:
            self._select(current[0])
        self._scroll_to_current()

    def _scroll_to_current(self) -> None:
        if self._current and self._current[0] in self.cards:
            self.scroll.ensureWidgetVisible(self.cards[self._current[0]], 0, 40)

    def showEvent(self, event) -> None:
        """Scrolling needs a laid-out list: repeat it once the panel is first shown."""
        super().showEvent(event)
        QTimer.singleShot(0, self._scroll_to_current)

    def scale_fonts(self) -> None:
        """Projector-sized text, relative to the app font (so the user's font size wins).

        Called again when View → Larger text changes the app's font: the fonts set here
        (and the style sheet's) keep the app's from reaching the panel by themselves.
        """
        self.setFont(QApplication.font())
        base = QApplication.font().pointSizeF()
        for widget, factor in ((self.title, 1.35), (self.text, 1.15), (self.list, 1.1)):
            font = widget.font()
            font.setPointSizeF(base * factor)
            widget.setFont(font)
        for card in self.list.findChildren(QWidget):  # styled by the sheet: told, not inherited
            card.setFont(self.list.font())
