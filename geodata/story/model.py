"""What a parsed story holds: its metadata, its sections and where and when they are set.

These are plain frozen dataclasses; :mod:`geodata.story.format` builds them from a file and
:mod:`geodata.story` looks them up.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from geodata.dates import PartialDate

__all__ = ["Bounds", "Note", "PlaceRef", "Section", "Story", "StoryMeta"]

Bounds = tuple[tuple[float, float], tuple[float, float]]


@dataclass(frozen=True)
class PlaceRef:
    """Where a section happens: a gazetteer place, a control area, or a point.

    ``kind`` is ``"place"`` (``id`` from places.csv), ``"area"`` (written ``area:<id>``,
    ``id`` without the prefix) or ``"point"`` (written ``lat,lon``; ``id`` is ``""``).
    ``str(ref)`` gives back the written form.
    """

    kind: Literal["place", "area", "point"]
    id: str = ""
    lat: float | None = None
    lon: float | None = None

    def __str__(self) -> str:
        if self.kind == "point":
            return f"{self.lat:g},{self.lon:g}"
        return f"area:{self.id}" if self.kind == "area" else self.id


@dataclass(frozen=True)
class Note:
    """A fact-check note shown beside the article's own words, with its source."""

    text: str
    source: str


@dataclass(frozen=True)
class StoryMeta:
    """Story-level facts; ``None`` where the file says ``unknown`` (never guessed)."""

    title: str
    outlet: str | None = None
    author: str | None = None
    published: PartialDate | None = None
    credit: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class Section:
    """One section: its heading, its Markdown body and where and when it is set.

    ``end`` is the inclusive end of a date range at its own precision (``2020-11`` covers
    all of November); ``None`` means the section is set on ``start`` alone. ``map_dates``
    is the file's ``map:`` (one day, or a before → after pair); empty for the default rule
    of :func:`geodata.story.map_date.map_dates`.
    """

    id: str
    title: str
    body: str
    start: PartialDate
    end: PartialDate | None = None
    places: tuple[PlaceRef, ...] = ()
    view: str | None = None
    bounds: Bounds | None = None
    highlight: tuple[str, ...] = ()
    credits: tuple[str, ...] = ()
    notes: tuple[Note, ...] = ()
    map_dates: tuple[date, ...] = ()
    line: int = 0

    @property
    def until(self) -> date:
        """The first day after the section's time range (half-open, like ``PartialDate.end``)."""
        return (self.end or self.start).end


@dataclass(frozen=True)
class Story:
    """A parsed story: metadata and its valid sections, in file order."""

    meta: StoryMeta
    sections: tuple[Section, ...] = ()
    file: str = ""

    def section(self, section_id: str) -> Section | None:
        """The section with this id, or ``None``."""
        return next((s for s in self.sections if s.id == section_id), None)
