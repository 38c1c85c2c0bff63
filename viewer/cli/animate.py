"""``caucasus-atlas animate``: a film of the timeline (MP4, WebM or GIF), with no window shown.

Everything the user typed is checked before Qt starts, and the range once the data is
loaded, so a bad range, step or size costs no rendering. On a terminal a progress bar is
drawn on stderr; Ctrl+C stops the film and leaves no file behind (exit 130).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from geodata.dates import parse_day
from geodata.film import STEPS, check_range, parse_video_size, plan_film
from geodata.i18n import QT_TRANSLATE_NOOP, translate
from geodata.problems import AtlasError
from geodata.views import DEFAULT_VIEW, view_bounds
from viewer.cli import no_file, not_one_of, output_path

NAME = "animate"
HELP = QT_TRANSLATE_NOOP("cli", "render the timeline as a film: MP4, WebM or GIF (no window)")
SUFFIXES = (".mp4", ".webm", ".gif")
FPS_RANGE = (1, 60)
PALETTES = ("default", "high-contrast")  # as MapController.set_palette


def configure(parser) -> None:
    parser.add_argument(
        "--from", dest="start", required=True, help=translate("cli", "first day (YYYY-MM-DD)")
    )
    parser.add_argument(
        "--to", dest="end", required=True, help=translate("cli", "last day (YYYY-MM-DD)")
    )
    parser.add_argument(
        "--step",
        default="1w",
        help=translate("cli", "1d, 1w, 1m, or change (one frame per control change)"),
    )
    parser.add_argument(
        "--hold",
        default="1",
        help=translate("cli", "frames each control change is held for (default 1)"),
    )
    parser.add_argument(
        "--fps", default="12", help=translate("cli", "frames per second (1 to 60, default 12)")
    )
    parser.add_argument(
        "--size", default="1280x720", help=translate("cli", "WIDTHxHEIGHT in pixels")
    )
    parser.add_argument(
        "--view", default=DEFAULT_VIEW, help=translate("cli", "karabakh, caucasus or region")
    )
    parser.add_argument(
        "--story", help=translate("cli", "story for the call-outs (default: the shipped article)")
    )
    parser.add_argument(
        "--title-cards",
        action="store_true",
        help=translate("cli", "a title card as each story section begins"),
    )
    parser.add_argument(
        "--palette", default="default", help=translate("cli", "default or high-contrast")
    )
    parser.add_argument(
        "--out", required=True, help=translate("cli", "the film: .mp4, .webm or .gif")
    )


def _int(option: str, text: str, low: int, high: int) -> int:
    try:
        value = int(text)
    except ValueError:
        text = translate("cli", "{value} is not a whole number").format(value=repr(text))
        raise AtlasError(f"{option}: {text}") from None
    if not low <= value <= high:
        text = translate("cli", "{value} must be between {low} and {high}")
        raise AtlasError(f"{option}: {text.format(value=value, low=low, high=high)}")
    return value


def _day(option: str, text: str):
    try:
        return parse_day(text)
    except ValueError as exc:
        raise AtlasError(f"{option}: {exc}") from None


class ProgressBar:
    """``[#####-----]  120/360 frames  0:14`` redrawn in place on a terminal, else nothing."""

    WIDTH = 30

    def __init__(self, stream=sys.stderr):
        self.stream = stream
        self.on = stream.isatty()
        self.started = time.monotonic()

    def __call__(self, done: int, total: int) -> None:
        if not self.on:
            return
        filled = self.WIDTH * done // max(total, 1)
        seconds = int(time.monotonic() - self.started)
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        frames = translate("cli", "{done}/{total} frames").format(done=f"{done:>5}", total=total)
        line = f"\r[{bar}] {frames}  {seconds // 60}:{seconds % 60:02d}"
        self.stream.write(line)
        self.stream.flush()

    def end(self) -> None:
        if self.on:
            self.stream.write("\n")
            self.stream.flush()


def check_arguments(args) -> dict:
    """Every option that needs no data, checked: the parsed values, else AtlasError."""
    start, end = _day("--from", args.start), _day("--to", args.end)
    if args.step not in STEPS:
        raise AtlasError(f"--step: {not_one_of(args.step, STEPS)}")
    hold = _int("--hold", args.hold, 1, 600)
    fps = _int("--fps", args.fps, *FPS_RANGE)
    view_bounds(args.view)
    if args.palette not in PALETTES:
        raise AtlasError(f"--palette: {not_one_of(args.palette, PALETTES)}")
    suffix = next((s for s in SUFFIXES if args.out.lower().endswith(s)), None)
    if suffix is None:
        text = translate("cli", "{path} must end in .mp4, .webm or .gif")
        raise AtlasError(f"--out: {text.format(path=repr(args.out))}")
    size = parse_video_size(args.size, even=suffix != ".gif")
    out = output_path(args.out, suffix)

    from viewer.exports.encoders import check_encoder

    check_encoder(suffix)
    return {"start": start, "end": end, "hold": hold, "fps": fps, "size": size, "out": out}


def run(args) -> int:
    checked = check_arguments(args)
    start, end, fps = checked["start"], checked["end"], checked["fps"]
    if args.story and not Path(args.story).exists():
        raise AtlasError(f"--story: {no_file(args.story)}")
    from geodata.atlas import load_atlas  # numpy and shapely: not for the window's start

    data = load_atlas(story_path=args.story)  # pure Python: the range is checked before Qt
    story_file = data.story.file if data.story else None
    for problem in (p for p in data.problems if args.story and str(p.file) == story_file):
        print(problem, file=sys.stderr)  # FILE:LINE: what is wrong; the film goes on
    check_range(start, end, data.first_day, data.last_day)
    if data.control is None:
        raise AtlasError(translate("cli", "no control data to film"), 1)
    story = data.story if args.title_cards else None
    timeline = data.control.timeline
    plan = plan_film(timeline, start, end, args.step, checked["hold"], story=story, fps=fps)

    from viewer.app import create_application
    from viewer.exports.film import FilmRenderer, write_film
    from viewer.interrupt import interruptible
    from viewer.session import Session

    create_application(offscreen=True)
    renderer = FilmRenderer(Session(data, start), args.view, checked["size"], palette=args.palette)
    bar = ProgressBar()
    renderer.progress.connect(bar)
    try:
        with interruptible():  # Ctrl+C: stop, leave no file, keep an old --out, exit 130
            frames = write_film(renderer, plan, checked["out"], fps)
    finally:
        bar.end()
    done = translate("cli", "({frames} frames, {seconds} s)")
    print(f"{checked['out']}  " + done.format(frames=frames, seconds=f"{frames / fps:.1f}"))
    return 0
