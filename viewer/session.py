"""The app's live state: the loaded data, the current date, and a signal when it changes.

Every view follows ``date_changed``; nothing but :meth:`Session.set_date` changes the date,
so the slider, the keyboard, the story and the tour can never disagree.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QObject, Signal

from geodata.atlas import AtlasData, load_atlas
from geodata.basemap import credit_lines
from geodata.dates import day_label, parse_day
from geodata.problems import AtlasError


class Session(QObject):
    date_changed = Signal(object)  # datetime.date

    def __init__(self, data: AtlasData, day: date | None = None):
        super().__init__()
        self.data = data
        self.date = self.clamp(day or data.last_day)

    @classmethod
    def load(
        cls,
        date_text: str | None = None,
        story_path: str | None = None,
        data: AtlasData | None = None,
    ) -> Session:
        """The session at ``date_text`` (default: the last day) over ``data``, which is
        loaded here (with ``story_path``) unless given (the window loads it in the background)."""
        day = None
        if date_text:
            try:
                day = parse_day(date_text)
            except ValueError as exc:
                raise AtlasError(f"--date: {exc}") from None
        return cls(data or load_atlas(story_path=story_path), day)

    @property
    def problems(self):
        return self.data.problems

    def clamp(self, day: date) -> date:
        return min(max(day, self.data.first_day), self.data.last_day)

    def set_date(self, day: date) -> None:
        day = self.clamp(day)
        if day != self.date:
            self.date = day
            self.date_changed.emit(day)

    def date_label(self) -> str:
        return day_label(self.date)

    def credits_html(self) -> str:
        """The app's credits, then the basemap's provenance (sources, versions, licences)."""
        lines = (*self.data.credits, *credit_lines())
        items = "".join(f"<li>{html.escape(line)}</li>" for line in lines)
        return f"<ul>{items}</ul>"
