"""``caucasus-atlas render``: the map at a date as a PNG, with no window shown.

``--size`` is at most 2560×2560 pixels (``viewer.exports.SIZE_RANGE``: larger sizes do not
render reliably). ``--out`` is checked before any work and replaced only by a complete
image; Ctrl+C stops the run, keeps the old file and exits 130.
"""

from __future__ import annotations

import re
from pathlib import Path

from geodata.dates import parse_day
from geodata.i18n import QT_TRANSLATE_NOOP, translate
from geodata.problems import AtlasError
from geodata.views import DEFAULT_VIEW, view_bounds
from viewer.cli import not_one_of, output_path
from viewer.exports import SIZE_RANGE

NAME = "render"
HELP = QT_TRANSLATE_NOOP("cli", "render the map at a date to a PNG file (no window)")
PALETTES = ("default", "high-contrast")  # as MapController.set_palette


def configure(parser) -> None:
    parser.add_argument(
        "--date", required=True, help=translate("cli", "the date to show (YYYY-MM-DD)")
    )
    parser.add_argument("--out", required=True, help=translate("cli", "the PNG file to write"))
    parser.add_argument(
        "--size",
        default="1600x900",
        help=translate("cli", "WIDTHxHEIGHT in pixels, 200 to 2560 a side"),
    )
    parser.add_argument(
        "--view", default=DEFAULT_VIEW, help=translate("cli", "karabakh, caucasus or region")
    )
    parser.add_argument(
        "--story", help=translate("cli", "story file (default: the shipped article)")
    )
    parser.add_argument(
        "--palette",
        default="default",
        help=translate("cli", "area colours: default, or high-contrast for washed-out projectors"),
    )


def parse_size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{2,5})x(\d{2,5})", text.strip())
    if not match:
        message = translate("cli", "{value} is not WIDTHxHEIGHT, e.g. {example}")
        raise AtlasError(f"--size: {message.format(value=repr(text), example='1600x900')}")
    width, height = int(match[1]), int(match[2])
    low, high = SIZE_RANGE
    if not (low <= width <= high and low <= height <= high):
        text = translate("cli", "width and height must be between {low} and {high} pixels")
        raise AtlasError(f"--size: {text.format(low=low, high=high)}")
    return width, height


def check_output(text: str) -> Path:
    return output_path(text, ".png")


def run(args) -> int:
    try:
        day = parse_day(args.date)
    except ValueError as exc:
        raise AtlasError(f"--date: {exc}") from None
    view_bounds(args.view)
    if args.palette not in PALETTES:
        raise AtlasError(f"--palette: {not_one_of(args.palette, PALETTES)}")
    size = parse_size(args.size)
    out = check_output(args.out)

    from viewer.app import create_application
    from viewer.exports.render import render_png
    from viewer.interrupt import interruptible
    from viewer.session import Session

    create_application(offscreen=True)
    session = Session.load(date_text=args.date, story_path=args.story)
    if not (session.data.first_day <= day <= session.data.last_day):
        first, last = session.data.first_day, session.data.last_day
        text = translate("cli", "{day} is outside the data's range ({first} to {last})")
        raise AtlasError(f"--date: {text.format(day=args.date, first=first, last=last)}")
    with interruptible():  # Ctrl+C: stop, keep the old --out, exit 130
        render_png(session, day, out, args.view, size, args.palette)
    print(out)
    return 0
