"""``caucasus-atlas story``: list the story's sections, filtered by date and place.

With both filters, a section must match both; sections are listed in story order.

Examples::

    caucasus-atlas story --date 2020-10-01
    caucasus-atlas story --place yerevan --date 2023-09-24 --json
    caucasus-atlas story --story my-lesson.md

Problems in the story file go to stderr as ``FILE:LINE: message``; the valid sections are
still listed. An unreadable file, a bad ``--date`` or an unknown ``--place`` exit with 2.
"""

from __future__ import annotations

import argparse

from geodata.i18n import QT_TRANSLATE_NOOP, translate
from geodata.problems import AtlasError

NAME = "story"
HELP = QT_TRANSLATE_NOOP("cli", "list the story's sections, by date and place")


def configure(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS keeps the top-level --date/--story (``caucasus-atlas --date D story``) when
    # they are not repeated after the subcommand.
    parser.add_argument(
        "--date", default=argparse.SUPPRESS, help=translate("cli", "sections current on this day")
    )
    parser.add_argument(
        "--place", help=translate("cli", "sections naming this place id (or area:<id>)")
    )
    parser.add_argument(
        "--story",
        default=argparse.SUPPRESS,
        help=translate("cli", "story file (default: the article)"),
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("cli", "print JSON instead of lines")
    )


def run(args: argparse.Namespace) -> int:
    import json
    import sys

    from geodata.control import load_control
    from geodata.dates import parse_day, range_label
    from geodata.story import (
        UNREADABLE,
        known_place_ids,
        load_story,
        sections_at,
        sections_for_place,
    )
    from geodata.story.map import section_days

    day = None
    if getattr(args, "date", None):
        try:
            day = parse_day(args.date)
        except ValueError as exc:
            raise AtlasError(f"--date: {exc}") from None
    known = known_place_ids()
    place = args.place
    if place is not None and not place.startswith("area:") and place not in known:
        text = translate("cli", "unknown place id {place}")
        raise AtlasError(f"--place: {text.format(place=repr(place))}")

    story, problems = load_story(getattr(args, "story", None), known_places=known)
    unreadable = [p for p in problems if p.message.startswith(UNREADABLE)]
    if unreadable:
        raise AtlasError(str(unreadable[0]))
    for problem in problems:
        print(problem, file=sys.stderr)

    sections = list(story.sections) if day is None else sections_at(story, day)
    if place is not None:  # both filters: the place's sections set on that day
        sections = [s for s in sections_for_place(story, place) if s in sections]

    control = load_control()[0] if args.json else None  # map days follow control changes
    if args.json:
        rows = [
            {
                "id": s.id,
                "title": s.title,
                "start": s.start.iso(),
                "end": s.end.iso() if s.end else None,
                "places": [str(ref) for ref in s.places],
                # the day the section's map shows (the "after" of a before → after pair)
                "map_date": section_days(s, control)[-1].isoformat(),
                "map_before": _before(section_days(s, control)),
            }
            for s in sections
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for s in sections:
        places = ", ".join(str(r) for r in s.places)
        print(f"{s.id}\t{range_label(s.start, s.end)}\t{s.title}\t{places}")
    return 0


def _before(days) -> str | None:
    """The "before" day of a before → after pair, else ``None``."""
    return days[0].isoformat() if len(days) == 2 else None
