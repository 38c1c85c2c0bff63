"""The story on the map: call-outs that follow the date, and what a section click does.

Every time the date (or the story) changes, the complete set of call-outs for the new date
is computed and, if it differs from what the page has, sent as one ``SetCallouts`` that
replaces the page's set. Scrubbing fast therefore can never leave a stale pop-up behind:
the last message sent is the set for the last date.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject

from geodata.story.map import (
    CalloutSpec,
    callouts_at,
    highlight_ids,
    section_bounds,
    section_days,
)
from viewer.map.messages import FlyTo, Highlight, SetCallouts

__all__ = ["StorySync"]


class StorySync(QObject):
    """Keeps the page's call-outs equal to the sections of the current date."""

    def __init__(self, session, bridge, stories, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.bridge = bridge
        self.stories = stories
        self.enabled = True
        self._sent: tuple[CalloutSpec, ...] | None = None
        session.date_changed.connect(self.update)
        stories.story_changed.connect(self.update)
        self.update()

    def callouts(self) -> tuple[CalloutSpec, ...]:
        """The call-outs the page should show now (none while pop-ups are switched off)."""
        if not self.enabled:
            return ()
        data = self.session.data
        return callouts_at(self.stories.story, self.session.date, data.places, data.control)

    def update(self, *_args) -> None:
        wanted = self.callouts()
        if wanted != self._sent:
            self._sent = wanted
            self.bridge.send(SetCallouts(callouts=wanted))

    def set_enabled(self, enabled: bool) -> None:
        """View → Story pop-ups: off closes every call-out, on shows the current ones."""
        self.enabled = bool(enabled)
        self.update()

    def go_to(self, section_id: str, day: date | None = None) -> bool:
        """Move the timeline to the section's map day (or ``day``), fly to its places and
        outline them. The map day is what the section describes (``section_days``)."""
        story = self.stories.story
        section = story.section(section_id) if story else None
        if section is None:
            return False
        data = self.session.data
        self.session.set_date(day or section_days(section, data.control)[-1])
        bounds = section_bounds(section, data.places, data.control)
        if bounds is not None:
            self.bridge.send(FlyTo(bounds=bounds))
        self.bridge.send(Highlight(ids=highlight_ids(section)))
        return True
