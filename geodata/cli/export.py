"""``caucasus-atlas export``: the control timeline, events and story places for other tools.

Examples::

    caucasus-atlas export --format kml --out karabakh.kml          # Google Earth's slider
    caucasus-atlas export --format gpkg --out atlas.gpkg --from 1988-02-20 --to 1994-05-12
    caucasus-atlas export --format csv --out periods.csv            # one row per area-period

Formats and fields: docs/data-exchange.md. The file is replaced only once it is complete.
A bad format, date or path is one line on stderr and exit 2.
"""

from __future__ import annotations

import argparse

from geodata.cli._progress import Progress
from geodata.i18n import QT_TRANSLATE_NOOP, translate
from geodata.problems import AtlasError

NAME = "export"
HELP = QT_TRANSLATE_NOOP(
    "cli", "export control periods, events and story places (KML, GeoJSON, GeoPackage, CSV)"
)
FORMATS = ("kml", "geojson", "gpkg", "csv")  # geodata.exchange.FORMATS, without importing it


def configure(parser: argparse.ArgumentParser) -> None:
    one_of = translate("cli", "one of {choices}").format(choices=", ".join(FORMATS))
    parser.add_argument("--format", required=True, help=one_of)
    parser.add_argument("--out", required=True, help=translate("cli", "the file to write"))
    parser.add_argument(
        "--from", dest="start", help=translate("cli", "keep what overlaps from this day on")
    )
    parser.add_argument(
        "--to", dest="end", help=translate("cli", "keep what overlaps up to this day")
    )
    parser.add_argument(
        "--story", dest="export_story", help=translate("cli", "story file (default: the article)")
    )


def run(args: argparse.Namespace) -> int:
    from geodata.atlas import load_atlas
    from geodata.atomic import check_target
    from geodata.dates import parse_day
    from geodata.exchange import export
    from geodata.story import UNREADABLE

    if args.format not in FORMATS:
        text = translate("cli", "{value} is not one of {choices}")
        raise AtlasError(
            f"--format: {text.format(value=repr(args.format), choices=', '.join(FORMATS))}"
        )
    days = {}
    for flag, text in (("--from", args.start), ("--to", args.end)):
        try:
            days[flag] = parse_day(text) if text else None
        except ValueError as exc:
            raise AtlasError(f"{flag}: {exc}") from None
    if days["--from"] and days["--to"] and days["--to"] < days["--from"]:
        text = translate("cli", "the date window ends ({end}) before it starts ({start})")
        raise AtlasError(f"--to: {text.format(end=args.end, start=args.start)}")
    check_target(args.out)  # before loading anything: a typo costs no work
    story = args.export_story or getattr(args, "story", None)
    with Progress() as progress:
        progress.step(translate("cli", "loading the control data and the story"))
        atlas = load_atlas(story_path=story)
        if story:  # a story asked for by name must be read; its content problems are its own
            unreadable = [p for p in atlas.problems if p.message.startswith(UNREADABLE)]
            if unreadable:
                raise AtlasError(f"--story: {unreadable[0]}")
        text = translate("cli", "writing {format} to {path}")
        progress.step(text.format(format=args.format.upper(), path=args.out))
        done = export(atlas, args.format, args.out, days["--from"], days["--to"])
    print(done.summary())
    return 0
