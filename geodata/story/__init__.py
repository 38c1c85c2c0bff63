"""Stories: load and validate story files, find sections by date and place, render them safely.

The dataclasses live in :mod:`geodata.story.model`, the file format and its parser in
:mod:`geodata.story.format`, the Markdown renderer in :mod:`geodata.story.html`; this
module is the API the app and the CLI use.

>>> story, problems = load_story()
>>> problems
[]
>>> [s.id for s in sections_at(story, date(2020, 10, 1))]
['second-war', 'always-in-corner']
>>> first_sentence(story.section("pashinyan-ineffective"))[:39]
'On September 24th, following Azerbaijan'
"""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import date
from html import escape
from pathlib import Path

from geodata.i18n import language, translate
from geodata.places import load_places
from geodata.problems import AtlasError, Problem
from geodata.story.format import REQUIRED_PLACE_IDS, parse_story
from geodata.story.html import inline_html, markdown_html, plain_text
from geodata.story.model import Note, PlaceRef, Section, Story, StoryMeta
from geodata.textfiles import MB, RefusedFile, read_text

__all__ = [
    "DEFAULT_STORY",
    "MAX_STORY_BYTES",
    "UNREADABLE",
    "Note",
    "PlaceRef",
    "Section",
    "Story",
    "StoryMeta",
    "current_until",
    "first_sentence",
    "known_place_ids",
    "load_story",
    "parse_story",
    "section_distance",
    "section_html",
    "sections_at",
    "sections_for_place",
    "validate_story_file",
]

DEFAULT_STORY = Path(__file__).resolve().parents[2] / "resources" / "stories" / "article.md"
MAX_STORY_BYTES = 5 * MB  # a long article is 50 KB; more is not a story a class reads
UNREADABLE = "cannot read story"
# Up to a full stop (with any closing quote) that is followed by a new sentence.
_FIRST_SENTENCE = re.compile(r"^.*?[.!?][\"”’)]*(?=\s+[\"“‘(]?[A-Z0-9])")


def known_place_ids() -> frozenset[str]:
    """Place ids from the gazetteer (``geodata.places``), or the required ids without it.

    A missing or broken gazetteer must not stop a story from loading: the ids that
    docs/architecture.md promises are the fallback.

    Returns
    -------
    frozenset of str

    Examples
    --------
    >>> ids = known_place_ids()
    >>> "shusha" in ids, "atlantis" in ids
    (True, False)
    """
    try:
        return frozenset(load_places()) or REQUIRED_PLACE_IDS
    except AtlasError:
        return REQUIRED_PLACE_IDS


def load_story(
    path: str | Path | None = None, known_places: Collection[str] | None = None
) -> tuple[Story, list[Problem]]:
    """Read and parse a story file (``None``: the default article).

    Never raises on bad content: a file that cannot be read as text (missing, not a regular
    file, over :data:`MAX_STORY_BYTES`, not UTF-8, holding a NUL byte) is one problem whose
    message starts with :data:`UNREADABLE`, and an empty story, so the app still starts.

    Parameters
    ----------
    path : str or pathlib.Path, optional
        The story file; :data:`DEFAULT_STORY` by default.
    known_places : collection of str, optional
        Valid place ids; by default :func:`known_place_ids`.

    Returns
    -------
    story : Story
        Its valid sections, in file order.
    problems : list of Problem
        ``FILE:LINE: message`` for everything left out.

    Examples
    --------
    >>> story, problems = load_story()
    >>> problems, len(story.sections) > 0
    ([], True)
    >>> story, problems = load_story("no/such/story.md")
    >>> story.sections, problems[0].line
    ((), 0)
    """
    path = DEFAULT_STORY if path is None else Path(path)
    try:
        text = read_text(path, MAX_STORY_BYTES)
    except RefusedFile as exc:
        return Story(StoryMeta(title=""), (), str(path)), [
            Problem(str(path), exc.line, f"{UNREADABLE}: {exc.reason}")
        ]
    places = known_place_ids() if known_places is None else known_places
    return parse_story(text, file=path, known_places=places)


def validate_story_file(path: str | Path) -> list[Problem]:
    """Every problem in a story file, for ``caucasus-atlas validate``.

    Parameters
    ----------
    path : str or pathlib.Path

    Returns
    -------
    list of Problem
        Empty for a clean file.

    Examples
    --------
    >>> validate_story_file(DEFAULT_STORY)
    []
    >>> validate_story_file("no/such/story.md")  # doctest: +ELLIPSIS
    [Problem(file='no/such/story.md', line=0, message='cannot read story: ...')]
    """
    return load_story(path)[1]


def sections_at(story: Story, day: date) -> list[Section]:
    r"""Sections current on ``day`` (see :func:`current_until`), in story order.

    Parameters
    ----------
    story : Story
    day : datetime.date

    Returns
    -------
    list of Section
        Empty on a day no section covers.

    Examples
    --------
    >>> text = ("## War\n```meta\nid: war\ndate: 2020-09-27 .. 2020-11-10\nplaces: shusha\n```\n"
    ...         "Fighting began. It **ended**.\n## After\n```meta\nid: after\ndate: 2021\n"
    ...         "places: shusha\n```\nCalm.")
    >>> story, _ = parse_story(text)
    >>> [s.id for s in sections_at(story, date(2020, 11, 10))]
    ['war']
    >>> sections_at(story, date(2020, 11, 11)), sections_at(story, date(1900, 1, 1))
    ([], [])
    """
    return [s for s in story.sections if s.start.first <= day < current_until(story, s)]


def current_until(story: Story, section: Section) -> date:
    r"""The first day the section is no longer current: the story has moved on.

    A section covers ``[start.first, until)``: a month-precision date covers the whole month,
    and the end of a range is inclusive at its own precision. A section set on one date
    (no range) stays current after it, until the next section that shares a place with it
    begins; with no such section, its own end.

    Parameters
    ----------
    story : Story
        The sections that may follow this one.
    section : Section

    Returns
    -------
    datetime.date
        Exclusive.

    Examples
    --------
    >>> story, _ = load_story()
    >>> current_until(story, story.section("invasion-changed"))
    datetime.date(2023, 1, 1)
    >>> text = ("## War\n```meta\nid: war\ndate: 2020-09-27 .. 2020-11-10\nplaces: shusha\n```\n"
    ...         "Fighting began. It **ended**.\n## After\n```meta\nid: after\ndate: 2021\n"
    ...         "places: shusha\n```\nCalm.")
    >>> story, _ = parse_story(text)
    >>> current_until(story, story.section("war")), current_until(story, story.section("after"))
    (datetime.date(2020, 11, 11), datetime.date(2022, 1, 1))
    """
    if section.end is not None:
        return section.until
    mine = {str(ref) for ref in section.places}
    later = [
        s.start.first
        for s in story.sections
        if s.start.first > section.start.first and mine & {str(ref) for ref in s.places}
    ]
    return max(min(later), section.until) if later else section.until


def sections_for_place(story: Story, place: str, day: date | None = None) -> list[Section]:
    r"""Sections naming ``place`` (a place id or ``area:<id>``), nearest in time to ``day`` first.

    Sections covering ``day`` come first (distance 0), then by days to the nearer edge of
    their range; ties keep story order. Without ``day``, story order.

    Parameters
    ----------
    story : Story
    place : str
        A place id, or ``area:<id>`` for a control area.
    day : datetime.date, optional

    Returns
    -------
    list of Section
        Empty when no section names the place.

    Examples
    --------
    >>> text = ("## War\n```meta\nid: war\ndate: 2020-09-27 .. 2020-11-10\nplaces: shusha\n```\n"
    ...         "Fighting began. It **ended**.\n## After\n```meta\nid: after\ndate: 2021\n"
    ...         "places: shusha\n```\nCalm.")
    >>> story, _ = parse_story(text)
    >>> [s.id for s in sections_for_place(story, "shusha", date(2021, 6, 1))]
    ['after', 'war']
    >>> [s.id for s in sections_for_place(story, "shusha")], sections_for_place(story, "goris")
    (['war', 'after'], [])
    """
    matching = [s for s in story.sections if place in {str(ref) for ref in s.places}]
    if day is None:
        return matching
    return sorted(matching, key=lambda s: section_distance(s, day))


def section_distance(section: Section, day: date) -> int:
    """Days from ``day`` to the section's time range (0 inside it): "nearest in time".

    Parameters
    ----------
    section : Section
    day : datetime.date

    Returns
    -------
    int
        0 inside the range, else days to its nearer edge.

    Examples
    --------
    >>> from geodata.dates import PartialDate
    >>> s = Section("war", "War", "", PartialDate.parse("2020-09-27"), PartialDate.parse("2020-11"))
    >>> [section_distance(s, date(y, m, d)) for y, m, d in ((2020, 9, 20), (2020, 11, 30),
    ...                                                      (2020, 12, 1))]
    [7, 0, 1]
    """
    if day < section.start.first:
        return (section.start.first - day).days
    return max(0, (day - section.until).days + 1)


def section_html(section: Section) -> str:
    r"""The section's body, credits and fact-check notes as safe HTML (:mod:`geodata.story.html`).

    Credits and notes are marked with classes (``credit``, ``note``, ``source``) so the
    page and the panel can style them; their text is escaped like the body. A note
    without a source says so, rather than looking sourced.

    Parameters
    ----------
    section : Section

    Returns
    -------
    str

    Examples
    --------
    >>> from geodata.dates import PartialDate
    >>> s = Section("x", "X", "A <b>bold</b> claim.", PartialDate.parse("2020"),
    ...             notes=(Note("Disputed.", ""),))
    >>> print(section_html(s).replace("</p><", "</p>\n<").replace(" <span", "\n<span"))
    <p>A &lt;b&gt;bold&lt;/b&gt; claim.</p>
    <p class="note"><strong>Fact check:</strong> Disputed.
    <span class="source">Source: not given</span></p>
    """
    # The labels and the fact-check notes are the app's words (interface language, a note's
    # ``note.<lang>:`` variant, else English); body, credits and sources are the story's,
    # printed as it has them.
    credit = escape(translate("story", "Photo credit:"))
    check = escape(translate("story", "Fact check:"))
    source = escape(translate("story", "Source:"))
    unknown = translate("story", "not given")
    parts = [markdown_html(section.body)]
    parts += [f'<p class="credit">{credit} {inline_html(c)}</p>' for c in section.credits]
    parts += [
        f'<p class="note"><strong>{check}</strong> {inline_html(n.in_language(language()))}'
        f' <span class="source">{source} {inline_html(n.source or unknown)}</span></p>'
        for n in section.notes
    ]
    return "".join(parts)


def first_sentence(section: Section) -> str:
    """The body's first sentence as plain text (not HTML: escape it), for pop-ups.

    A closing quote after the full stop stays with the sentence.

    Parameters
    ----------
    section : Section

    Returns
    -------
    str
        The whole plain body when it has no sentence break.

    Examples
    --------
    >>> from geodata.dates import PartialDate
    >>> year = PartialDate.parse("2020")
    >>> first_sentence(Section("x", "X", '"It **ended**." Then calm.', year))
    '"It ended."'
    >>> first_sentence(Section("x", "X", "no full stop", year))
    'no full stop'
    """
    text = plain_text(section.body)
    match = _FIRST_SENTENCE.match(text)
    return match.group(0) if match else text
