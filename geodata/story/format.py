"""The story file format: Markdown sections, each with a small ``key: value`` metadata block.

A story is plain text a teacher can write and diff (see ``docs/story-format.md``)::

    ---
    title: A short history
    language: en
    ---

    ## The Second Nagorno-Karabakh War

    ```meta
    id: second-war
    date: 2020-09-27 .. 2020-11-10
    places: stepanakert, area:nkao, 39.82,46.75
    ```

    The fighting in 2020 turned into a full-blown war.

:func:`parse_story` never raises on bad content: it returns every valid section together
with a list of :class:`~geodata.problems.Problem` (``FILE:LINE: message``), so that one typo
costs one section at most, never the story.

>>> text = ("---\\ntitle: T\\n---\\n## War\\n```meta\\nid: war\\n"
...         "date: 2020-09 .. 2020-11-10\\n```\\nText.")
>>> story, problems = parse_story(text)
>>> [s.id for s in story.sections], problems
(['war'], [])
>>> story.sections[0].start.label(), story.sections[0].end.label()
('Sep 2020', '10 Nov 2020')
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from geodata.dates import PartialDate
from geodata.problems import Problem
from geodata.story.map_date import parse_map_dates
from geodata.story.model import Bounds, Note, PlaceRef, Section, Story, StoryMeta
from geodata.views import VIEWS

__all__ = ["NOTE_LANGUAGES", "REQUIRED_PLACE_IDS", "parse_story"]

# The place ids docs/architecture.md promises in resources/basemap/places.csv: the fallback
# when the gazetteer cannot be loaded, so that a story still validates on a bare checkout.
REQUIRED_PLACE_IDS = frozenset(
    """
    yerevan baku tbilisi moscow kyiv ankara tehran ganja nakhchivan gyumri sumgait
    stepanakert shusha lachin kalbajar aghdam fuzuli jabrayil qubadli zangilan hadrut martakert
    martuni askeran khojaly talish madagiz horadiz goris kapan jermuk vardenis sisian sotk
    verin-shorzha kut karki artsvashen yukhari-askipara barkhudarly baghanis-ayrum
    ashagi-askipara martunashen shahumyan aghavno sus kornidzor tegh hin-tagher khtsaberd
    mets-shen lisagor charektar lele-tepe jojug-marjanli sev-lich
    """.split()  # noqa: SIM905 - kept as laid out in docs/architecture.md, easy to compare
)

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_NUMBER = re.compile(r"^[+-]?\d+(?:\.\d+)?$")
_KEY_VALUE = re.compile(r"^([a-z]+(?:\.[a-z]+)?):\s*(.*)$")
_FENCE_OPEN = "```meta"
_FENCE_CLOSE = "```"
UNKNOWN = "unknown"

_META_KEYS = {"title", "outlet", "author", "published", "credit", "language"}
_SECTION_KEYS = {"id", "date", "map", "places", "view", "highlight", "credit", "note"}
_REPEATABLE = {"credit", "note"}
# ``note.<lang>: text`` after a ``note:`` line: that note in an interface language.
_NOTE_VARIANT = re.compile(r"^note\.([a-z]+):\s*(.*)$")
NOTE_LANGUAGES = ("ru", "hy", "az")


@dataclass
class _Reader:
    """Collects problems for one file while the parser walks it."""

    file: str
    known_places: Collection[str]
    problems: list[Problem] = field(default_factory=list)

    def problem(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.file, line, message))


def parse_story(
    text: str, file: str | Path = "<story>", known_places: Collection[str] | None = None
) -> tuple[Story, list[Problem]]:
    r"""Parse a story's text into its valid sections and the problems found.

    One typo costs one section at most, never the story: a bad section is reported and
    left out, the rest are kept.

    Parameters
    ----------
    text : str
        The whole file.
    file : str or pathlib.Path, default "<story>"
        Named in problems.
    known_places : collection of str, optional
        Valid place ids (default: the required ids of docs/architecture.md). Area ids are
        checked for their form only.

    Returns
    -------
    story : Story
    problems : list of Problem

    Examples
    --------
    >>> text = "---\ntitle: T\n---\n## X\n```meta\nid: x\ndate: 2020-13\n```\nText."
    >>> story, problems = parse_story(text, "s.md")
    >>> story.sections, [str(p) for p in problems]
    ((), ["s.md:7: date: '2020-13' is not a valid date (month must be in 1..12)"])
    >>> parse_story("")[1]
    [Problem(file='<story>', line=1, message="story has no '---' front matter")]
    """
    reader = _Reader(str(file), REQUIRED_PLACE_IDS if known_places is None else known_places)
    lines = text.splitlines()
    meta, first = _front_matter(lines, reader)
    sections: list[Section] = []
    seen: dict[str, int] = {}
    for heading_line, chunk in _chunks(lines, first, reader):
        section = _section(heading_line, chunk, reader)
        if section is None:
            continue
        if section.id in seen:
            reader.problem(
                heading_line,
                f"duplicate section id {section.id!r} (first used at line {seen[section.id]})",
            )
            continue
        seen[section.id] = heading_line
        sections.append(section)
    return Story(meta, tuple(sections), str(file)), reader.problems


def _front_matter(lines: list[str], reader: _Reader) -> tuple[StoryMeta, int]:
    """Read the ``---`` block at the top; return the metadata and the index after it."""
    values: dict[str, str] = {}
    start = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    first_heading = next((i for i, line in enumerate(lines) if line.startswith("## ")), len(lines))
    if start == len(lines) or lines[start].strip() != "---":
        reader.problem(min(start, first_heading) + 1, "story has no '---' front matter")
        return StoryMeta(title=""), first_heading
    end = next((i for i in range(start + 1, len(lines)) if lines[i].strip() == "---"), None)
    after = end + 1 if end is not None else first_heading
    if end is None:  # read up to the first section, so that no section is lost
        reader.problem(start + 1, "front matter opened here is never closed with '---'")
        end = first_heading
    for i in range(start + 1, end):
        parsed = _key_value(lines[i], i + 1, _META_KEYS, values, reader)
        if parsed:
            values[parsed[0]] = parsed[1]
    title = values.get("title", "")
    if not title or title == UNKNOWN:
        reader.problem(start + 1, "story has no title: add 'title: ...' to the front matter")
    published = None
    if values.get("published", UNKNOWN) != UNKNOWN:
        try:
            published = PartialDate.parse(values["published"])
        except ValueError as exc:
            reader.problem(_line_of(lines, start, end, "published"), f"published: {exc}")

    def known(key: str) -> str | None:
        value = values.get(key, UNKNOWN)
        return None if value == UNKNOWN else value

    meta = StoryMeta(
        title=title,
        outlet=known("outlet"),
        author=known("author"),
        published=published,
        credit=known("credit"),
        language=known("language"),
    )
    return meta, after


def _line_of(lines: list[str], start: int, end: int, key: str) -> int:
    """The line of ``key:`` in the front matter (written indented or not)."""
    found = (i + 1 for i in range(start, end) if lines[i].strip().startswith(f"{key}:"))
    return next(found, start + 1)


def _key_value(
    raw: str, number: int, allowed: set[str], seen: Collection[str], reader: _Reader
) -> tuple[str, str] | None:
    """One ``key: value`` line; ``None`` (with a problem if it is wrong) for anything else."""
    line = raw.strip()
    if not line or line.startswith("#"):
        return None
    match = _KEY_VALUE.match(line)
    if not match:
        reader.problem(number, f"expected 'key: value', found {line[:40]!r}")
        return None
    key, value = match.group(1), match.group(2).strip()
    if key not in allowed:
        reader.problem(number, f"unknown key {key!r}: use one of {', '.join(sorted(allowed))}")
        return None
    if key in seen and key not in _REPEATABLE:
        reader.problem(number, f"{key!r} given twice")
        return None
    return key, value


def _chunks(lines: list[str], first: int, reader: _Reader) -> Iterator[tuple[int, list[str]]]:
    """Split the lines after the front matter at ``## `` headings: (heading line, lines)."""
    heading, chunk, stray = None, [], False
    for i in range(first, len(lines)):
        if lines[i].startswith("## ") or lines[i].rstrip() == "##":
            if heading is not None:
                yield heading, chunk
            heading, chunk = i + 1, [lines[i]]
        elif heading is not None:
            chunk.append(lines[i])
        elif lines[i].strip() and not stray:
            stray = True  # one problem for the whole stray block is enough
            reader.problem(i + 1, "text before the first '## ' section is not shown")
    if heading is not None:
        yield heading, chunk


def _section(line: int, chunk: list[str], reader: _Reader) -> Section | None:
    """Build one section from its heading, metadata block and body; ``None`` if unusable."""
    title = chunk[0][2:].strip()
    if not title:
        reader.problem(line, "section has no title after '##'")
    body_start = 1
    while body_start < len(chunk) and not chunk[body_start].strip():
        body_start += 1
    if body_start == len(chunk) or chunk[body_start].strip() != _FENCE_OPEN:
        reader.problem(line, f"section {title!r} has no {_FENCE_OPEN} block after its heading")
        return None
    close = next(
        (i for i in range(body_start + 1, len(chunk)) if chunk[i].strip() == _FENCE_CLOSE), None
    )
    if close is None:
        reader.problem(line + body_start, "metadata block is never closed with '```'")
        return None
    values: dict[str, list[tuple[int, str]]] = {}
    variants: dict[int, dict[str, str]] = {}  # a note's line → {language: text}
    for i in range(body_start + 1, close):
        if _NOTE_VARIANT.match(chunk[i].strip()):
            _note_variant(line + i, chunk[i].strip(), values, variants, reader)
            continue
        parsed = _key_value(chunk[i], line + i, _SECTION_KEYS, values, reader)
        if parsed:
            values.setdefault(parsed[0], []).append((line + i, parsed[1]))
    body = "\n".join(row.rstrip() for row in chunk[close + 1 :]).strip("\n")
    return _build(line, title, body, values, variants, reader)


def _build(
    line: int,
    title: str,
    body: str,
    values: dict[str, list[tuple[int, str]]],
    variants: dict[int, dict[str, str]],
    reader: _Reader,
) -> Section | None:
    def one(key: str) -> tuple[int, str] | None:
        return values[key][0] if key in values else None

    section_id = one("id")
    if section_id is None:
        reader.problem(line, f"section {title!r} has no 'id: ...'")
    elif not _ID.match(section_id[1]):
        reader.problem(section_id[0], f"id {section_id[1]!r}: use lowercase letters, digits, '-'")
        section_id = None
    dates = _dates(one("date"), line, reader)
    if not title or section_id is None or dates is None:
        return None
    view, bounds = _view(one("view"), reader)
    places = tuple(
        ref for n, value in values.get("places", ()) for ref in _places(n, value, reader)
    )
    highlight = tuple(
        a for n, value in values.get("highlight", ()) for a in _areas(n, value, reader)
    )
    return Section(
        id=section_id[1],
        title=title,
        body=body,
        start=dates[0],
        end=dates[1],
        places=places,
        view=view,
        bounds=bounds,
        highlight=highlight,
        credits=tuple(value for _, value in values.get("credit", ())),
        notes=tuple(
            _note(n, value, reader, variants.get(n, {})) for n, value in values.get("note", ())
        ),
        map_dates=_map(one("map"), reader),
        line=line,
    )


def _dates(
    entry: tuple[int, str] | None, line: int, reader: _Reader
) -> tuple[PartialDate, PartialDate | None] | None:
    """``date: 2020-09-27`` or ``date: 2020-09-27 .. 2020-11-10``, at any precision."""
    if entry is None:
        reader.problem(line, "section has no 'date: ...'")
        return None
    number, text = entry
    first, dots, last = text.partition("..")
    try:
        start = PartialDate.parse(first)
        end = PartialDate.parse(last) if dots else None
    except ValueError as exc:
        reader.problem(number, f"date: {exc}")
        return None
    if end is not None and end.end <= start.first:
        reader.problem(number, f"date: the range ends ({end}) before it starts ({start})")
        return None
    return start, end


def _map(entry: tuple[int, str] | None, reader: _Reader) -> tuple[date, ...]:
    """``map: 2020-11-10`` or ``map: 2020-09-26 -> 2020-11-10``; a bad value is dropped."""
    if entry is None:
        return ()
    try:
        return parse_map_dates(entry[1])
    except ValueError as exc:
        reader.problem(entry[0], f"map: {exc}")
        return ()


def _split_refs(text: str) -> list[str]:
    """Split at commas, gluing ``lat,lon`` back together: numbers are never place ids."""
    parts = [p.strip() for p in text.split(",")]
    refs: list[str] = []
    for part in parts:
        if refs and _NUMBER.match(part) and _NUMBER.match(refs[-1]):
            refs[-1] += f",{part}"
        else:
            refs.append(part)
    return refs


def _places(number: int, text: str, reader: _Reader) -> Iterator[PlaceRef]:
    for ref in _split_refs(text):
        if ref.startswith("area:"):
            if _ID.match(ref[5:]):
                yield PlaceRef("area", ref[5:])
            else:
                reader.problem(number, f"places: {ref!r} is not an area id")
        elif "," in ref:
            lat, lon = (float(x) for x in ref.split(","))
            if -90 <= lat <= 90 and -180 <= lon <= 180:
                yield PlaceRef("point", lat=lat, lon=lon)
            else:
                reader.problem(number, f"places: {ref!r} is not a latitude,longitude")
        elif ref in reader.known_places:
            yield PlaceRef("place", ref)
        else:
            reader.problem(number, f"places: unknown place id {ref!r}")


def _areas(number: int, text: str, reader: _Reader) -> Iterator[str]:
    for ref in _split_refs(text):
        area = ref.removeprefix("area:")
        if _ID.match(area):
            yield area
        else:
            reader.problem(number, f"highlight: {ref!r} is not an area id")


def _view(entry: tuple[int, str] | None, reader: _Reader) -> tuple[str | None, Bounds | None]:
    """A named view (``karabakh``) or bounds ``south,west,north,east``."""
    if entry is None:
        return None, None
    number, text = entry
    if text in VIEWS:
        return text, None
    numbers = [p.strip() for p in text.split(",")]
    if len(numbers) == 4 and all(_NUMBER.match(n) for n in numbers):
        s, w, n, e = (float(x) for x in numbers)
        if -90 <= s < n <= 90 and -180 <= w < e <= 180:
            return None, ((s, w), (n, e))
    reader.problem(
        number, f"view: {text!r} is neither a view ({', '.join(VIEWS)}) nor south,west,north,east"
    )
    return None, None


def _note(number: int, text: str, reader: _Reader, variants: dict[str, str]) -> Note:
    """``note: text | source: where``; a note without a source is kept and reported."""
    translations = tuple(sorted(variants.items()))
    note, bar, source = text.partition("|")
    source = source.strip()
    if not bar or not source.startswith("source:") or not source[7:].strip():
        reader.problem(number, "note: add its source as 'note: text | source: ...'")
        return Note(text.strip(), "", translations)
    return Note(note.strip(), source[7:].strip(), translations)


def _note_variant(
    number: int,
    line: str,
    values: dict[str, list[tuple[int, str]]],
    variants: dict[int, dict[str, str]],
    reader: _Reader,
) -> None:
    """``note.ru: text``: the note above it in another language (its source is the note's)."""
    match = _NOTE_VARIANT.match(line)
    code, text = match.group(1), match.group(2).strip()
    if code not in NOTE_LANGUAGES:
        reader.problem(
            number,
            f"note.{code}: unknown language code {code!r}: use one of " + ", ".join(NOTE_LANGUAGES),
        )
        return
    if not values.get("note"):
        reader.problem(number, f"note.{code}: give it after the 'note:' line it translates")
        return
    if not text:
        reader.problem(number, f"note.{code}: the translation is empty")
        return
    langs = variants.setdefault(values["note"][-1][0], {})
    if code in langs:
        reader.problem(number, f"note.{code}: given twice for the same note")
        return
    langs[code] = text
