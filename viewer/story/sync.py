"""The story on the map: call-outs that follow the date, and what a section click does.

The call-outs for a date are a provider of the map controller: the complete set for the
date being drawn joins that date's update (sent when it differs from the page's), and
replaces the page's set. Scrubbing fast therefore can never leave a stale pop-up behind,
and the call-outs always belong to the date the map shows.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject

from geodata.story import sections_at
from geodata.story.map import (
    CalloutSpec,
    callouts_at,
    highlight_ids,
    named_places,
    section_days,
    section_frame,
)
from viewer.map.messages import SetCallouts, SetNamedPlaces

__all__ = ["StorySync"]


class StorySync(QObject):
    """Keeps the page's call-outs equal to the sections of the current date."""

    def __init__(self, session, controller, stories, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.controller = controller
        self.stories = stories
        self.enabled = True
        controller.add_provider(self._messages)
        stories.story_changed.connect(controller.refresh)
        controller.refresh()

    def callouts(self, day: date) -> tuple[CalloutSpec, ...]:
        """The call-outs the page should show on ``day`` (none while pop-ups are off)."""
        if not self.enabled:
            return ()
        data = self.session.data
        return callouts_at(self.stories.story, day, data.places, data.control)

    def named(self, day: date) -> tuple[str, ...]:
        """The places the sections current on ``day`` name: the map writes their names
        (also while the call-outs are switched off: a name is not a pop-up)."""
        story = self.stories.story
        return named_places(sections_at(story, day)) if story else ()

    def _messages(self, day: date) -> tuple[SetCallouts, SetNamedPlaces]:
        return SetCallouts(callouts=self.callouts(day)), SetNamedPlaces(ids=self.named(day))

    def set_enabled(self, enabled: bool) -> None:
        """View → Story pop-ups: off closes every call-out, on shows the current ones."""
        self.enabled = bool(enabled)
        self.controller.refresh()

    def go_to(self, section_id: str, day: date | None = None) -> bool:
        """Move the timeline to the section's map day (or ``day``), fly to its places and
        outline them. The map day is what the section describes (``section_days``); the
        places are framed in the part of the map the caption and the tour card leave
        visible, with Armenia and Azerbaijan readable (``section_frame``)."""
        story = self.stories.story
        section = story.section(section_id) if story else None
        if section is None:
            return False
        data = self.session.data
        self.session.set_date(day or section_days(section, data.control)[-1])
        frame = section_frame(section, data.places, data.control)
        if frame is not None:
            self.controller.fly_to(frame)
        self.controller.highlight(highlight_ids(section))
        return True
