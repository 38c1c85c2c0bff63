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
    ``str(ref)`` gives back the written form, which is what look-ups compare.

    Parameters
    ----------
    kind : {"place", "area", "point"}
    id : str, default ""
    lat, lon : float, optional
        Only for a point.

    Examples
    --------
    >>> str(PlaceRef("area", "kalbajar")), str(PlaceRef("point", lat=39.8, lon=46.75))
    ('area:kalbajar', '39.8,46.75')
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
    """A fact-check note shown beside the article's own words, with its source.

    The article is quoted as written; where the sources disagree with it, a note says so
    instead of the text being changed.

    Parameters
    ----------
    text : str
        The note in English, the atlas's source language.
    source : str
        Empty when none is given; the page then says "not given". Never translated.
    translations : tuple of (str, str), optional
        ``(language code, text)`` pairs from the story's ``note.<lang>:`` lines: the note is
        the atlas's own text, so it is shown in the interface language where one is given.

    Examples
    --------
    >>> Note("Six weeks, not two months.", "").source
    ''
    >>> n = Note("Six weeks.", "", (("ru", "Шесть недель."),))
    >>> n.in_language("ru"), n.in_language("hy")
    ('Шесть недель.', 'Six weeks.')
    """

    text: str
    source: str
    translations: tuple[tuple[str, str], ...] = ()

    def in_language(self, code: str) -> str:
        """The note in ``code``, or in English when the story gives no such variant.

        Parameters
        ----------
        code : str
            A language code (``en``, ``ru``, ``hy``, ``az``).

        Returns
        -------
        str
        """
        return dict(self.translations).get(code, self.text)


@dataclass(frozen=True)
class StoryMeta:
    """Story-level facts; ``None`` where the file says ``unknown`` (never guessed).

    Parameters
    ----------
    title : str
    outlet, author, credit, language : str or None, optional
    published : PartialDate or None, optional

    Examples
    --------
    >>> StoryMeta("A short history").author is None
    True
    """

    title: str
    outlet: str | None = None
    author: str | None = None
    published: PartialDate | None = None
    credit: str | None = None
    language: str | None = None

    def known(self) -> list[tuple[str, str]]:
        """What the story says about its source, unknowns left out: a byline of "unknown"s
        tells a reader nothing.

        Returns
        -------
        list of (str, str)
            ``(label, value)`` for outlet, author, published and credit, where known.

        Examples
        --------
        >>> StoryMeta("T", author="A. Teacher").known()
        [('Author', 'A. Teacher')]
        """
        published = self.published.label() if self.published else None
        rows = [
            ("Outlet", self.outlet),
            ("Author", self.author),
            ("Published", published),
            ("Credit", self.credit),
        ]
        return [(label, value) for label, value in rows if value]


@dataclass(frozen=True)
class Section:
    """One section: its heading, its Markdown body and where and when it is set.

    ``end`` is the inclusive end of a date range at its own precision (``2020-11`` covers
    all of November); ``None`` means the section is set on ``start`` alone. ``map_dates``
    is the file's ``map:`` (one day, or a before → after pair); empty for the default rule
    of :func:`geodata.story.map_date.map_dates`.

    Parameters
    ----------
    id : str
        Unique in the story; links and call-outs use it.
    title : str
    body : str
        Markdown (see :mod:`geodata.story.html`).
    start : PartialDate
    end : PartialDate or None, optional
    places : tuple of PlaceRef, optional
    view : str or None, optional
        A named view (:data:`geodata.views.VIEWS`).
    bounds : tuple or None, optional
        Explicit ``((south, west), (north, east))`` instead of a named view.
    highlight : tuple of str, optional
        Area ids the map outlines.
    credits : tuple of str, optional
    notes : tuple of Note, optional
    map_dates : tuple of datetime.date, optional
    line : int, default 0
        The heading's line in the file, for problems.

    Examples
    --------
    >>> from geodata.dates import PartialDate as P
    >>> s = Section("war", "War", "", P.parse("2020-09-27"), P.parse("2020-11"))
    >>> s.until
    datetime.date(2020, 12, 1)
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
        """The first day after the section's time range (half-open, like ``PartialDate.end``).

        Returns
        -------
        datetime.date

        Examples
        --------
        >>> from geodata.dates import PartialDate as P
        >>> Section("a", "A", "", P.parse("1993-08")).until
        datetime.date(1993, 9, 1)
        """
        return (self.end or self.start).end


@dataclass(frozen=True)
class Story:
    """A parsed story: metadata and its valid sections, in file order.

    Parameters
    ----------
    meta : StoryMeta
    sections : tuple of Section, optional
    file : str, default ""
        Where it was read from, for problems and relative links.

    Examples
    --------
    >>> Story(StoryMeta("Empty")).sections
    ()
    """

    meta: StoryMeta
    sections: tuple[Section, ...] = ()
    file: str = ""

    def section(self, section_id: str) -> Section | None:
        """The section with this id, or ``None`` (a link to a removed section is not an error).

        Parameters
        ----------
        section_id : str

        Returns
        -------
        Section or None

        Examples
        --------
        >>> from geodata.dates import PartialDate as P
        >>> story = Story(StoryMeta("T"), (Section("war", "War", "", P.parse("2020")),))
        >>> story.section("war").title, story.section("peace")
        ('War', None)
        """
        return next((s for s in self.sections if s.id == section_id), None)
