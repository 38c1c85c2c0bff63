"""What a film of the timeline shows, frame by frame: the date, the holds and the title cards.

``caucasus-atlas animate``, File → Export animation… and ``benchmarks/animate.py`` all plan
their frames here, so the command line and the window can never differ on what a step, a
hold or a title card means. The plan is checked before anything is drawn: a bad range, step
or size is refused with one line, never half-way through a film.

>>> from geodata.control import load_control
>>> plan = plan_film(load_control()[0].timeline, date(1992, 5, 1), date(1992, 6, 1), "1w")
>>> [str(f.day) for f in plan][:3], plan[1].repeat
(['1992-05-01', '1992-05-08', '1992-05-15'], 1)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from geodata.i18n import translate
from geodata.problems import AtlasError
from geodata.story import Story
from geodata.timeline import ControlTimeline
from geodata.timescale import add_months

__all__ = [
    "MAX_FRAMES",
    "STEPS",
    "Frame",
    "check_range",
    "parse_video_size",
    "plan_film",
    "step_days",
]

STEPS = ("1d", "1w", "1m", "change")
MAX_FRAMES = 20_000  # 28 minutes at 12 fps: beyond that a typo, not a film
CARD_SECONDS = 2.5  # how long a section's title card holds the map still
_SIZE = re.compile(r"(\d{2,5})x(\d{2,5})")
SIZE_RANGE = (200, 4096)  # 4096: H.264's and VP9's widest frame at every common level


@dataclass(frozen=True)
class Frame:
    """One picture of the film: the map on ``day``, shown ``repeat`` frames in a row.

    Parameters
    ----------
    day : datetime.date
        The date the map, its caption and its call-outs show.
    repeat : int, default 1
        Consecutive frames of the same picture (a hold, a title card's length).
    changed : bool, default False
        Control differs from the previous picture's day (the first picture: False).
    card : str, default ""
        The id of the story section whose title card is over the map, if any.
    """

    day: date
    repeat: int = 1
    changed: bool = False
    card: str = ""


def step_days(timeline: ControlTimeline, start: date, end: date, step: str) -> list[date]:
    """The days a film from ``start`` to ``end`` shows, one picture each.

    ``change`` gives ``start`` and then each day control changes up to ``end``; the others
    go on by a day, a week or a month (the day of the month clamped, 31 Jan → 29 Feb) and
    end on ``end`` itself, so a film always finishes on the date asked for.

    Parameters
    ----------
    timeline : ControlTimeline
    start, end : datetime.date
        ``start`` before ``end``.
    step : {"1d", "1w", "1m", "change"}

    Returns
    -------
    list of datetime.date
        Increasing, starting with ``start``.

    Examples
    --------
    >>> from geodata.control import load_control
    >>> tl = load_control()[0].timeline
    >>> [str(d) for d in step_days(tl, date(2020, 1, 31), date(2020, 4, 15), "1m")]
    ['2020-01-31', '2020-02-29', '2020-03-31', '2020-04-15']
    >>> str(step_days(tl, date(1992, 1, 1), date(1992, 12, 31), "change")[1])
    '1992-02-26'
    """
    if step == "change":
        return [start, *(d for d in timeline.change_dates if start < d <= end)]
    days, n = [start], 1
    while True:
        if step == "1m":
            day = add_months(start, n)
        else:
            day = start + timedelta(days=n * (7 if step == "1w" else 1))
        if day >= end:
            break
        days.append(day)
        n += 1
    return [*days, end]


def _cards(story: Story | None, days: list[date]) -> dict[int, list[str]]:
    """For each picture, the sections that begin after the previous picture's day and by its
    own (the first picture: those begun by then and still current are not announced)."""
    out: dict[int, list[str]] = {}
    for section in story.sections if story else ():
        begins = section.start.first
        for i in range(1, len(days)):
            if days[i - 1] < begins <= days[i]:
                out.setdefault(i, []).append(section.id)
                break
    return out


def plan_film(
    timeline: ControlTimeline,
    start: date,
    end: date,
    step: str,
    hold: int = 1,
    *,
    story: Story | None = None,
    fps: int = 12,
) -> list[Frame]:
    """The film's pictures: ``step_days``, control changes held, title cards inserted.

    Parameters
    ----------
    timeline : ControlTimeline
    start, end : datetime.date
        Checked with :func:`check_range`.
    step : {"1d", "1w", "1m", "change"}
    hold : int, default 1
        Frames each picture where control changed is shown for (1: no hold).
    story : Story or None, optional
        With a story, each section that begins gets a title card before its first
        picture, held :data:`CARD_SECONDS`.
    fps : int, default 12
        Frames per second, for the cards' length.

    Returns
    -------
    list of Frame

    Raises
    ------
    AtlasError
        For a step that is not one of :data:`STEPS`, ``change`` over a range without any,
        a hold below 1, or more than :data:`MAX_FRAMES` frames.

    Examples
    --------
    >>> from geodata.control import load_control
    >>> tl = load_control()[0].timeline
    >>> plan = plan_film(tl, date(1992, 5, 1), date(1992, 5, 20), "1d", hold=6)
    >>> [(f.day.day, f.repeat) for f in plan if f.changed]
    [(9, 6), (18, 6)]
    >>> plan_film(tl, date(1992, 5, 1), date(1992, 5, 20), "2d")
    Traceback (most recent call last):
    geodata.problems.AtlasError: --step: '2d' is not one of 1d, 1w, 1m, change
    """
    if step not in STEPS:
        message = translate("cli", "{value} is not one of {choices}")
        raise AtlasError(f"--step: {message.format(value=repr(step), choices=', '.join(STEPS))}")
    if hold < 1:
        message = translate("errors", "{hold} must be 1 or more (frames a change is held)")
        raise AtlasError(f"--hold: {message.format(hold=hold)}")
    days = step_days(timeline, start, end, step)
    if len(days) == 1:
        message = translate(
            "errors",
            "control does not change between {start} and {end}: "
            "take 1d, 1w or 1m, or a longer range",
        )
        raise AtlasError(f"--step: {message.format(start=start, end=end)}")
    cards = _cards(story, days)
    card_frames = max(1, round(CARD_SECONDS * fps))
    plan: list[Frame] = []
    for i, day in enumerate(days):
        changed = i > 0 and bool(timeline.diff(days[i - 1], day))
        plan += [Frame(day, card_frames, changed, card=ident) for ident in cards.get(i, ())]
        plan.append(Frame(day, hold if changed else 1, changed))
    frames = sum(f.repeat for f in plan)
    if frames > MAX_FRAMES:
        message = translate(
            "errors",
            "the film would have {frames} frames (at most {most}): "
            "shorten the range or take a longer --step",
        )
        raise AtlasError(message.format(frames=f"{frames:,}", most=f"{MAX_FRAMES:,}"))
    return plan


def check_range(start: date, end: date, first: date, last: date) -> None:
    """Refuse a film that runs backwards, stands still or leaves the data.

    Parameters
    ----------
    start, end : datetime.date
        The film's first and last day.
    first, last : datetime.date
        The data's first and last day.

    Raises
    ------
    AtlasError
        One line naming the option at fault.

    Examples
    --------
    >>> check_range(date(1994, 1, 1), date(1992, 1, 1), date(1923, 7, 7), date(2026, 1, 1))
    Traceback (most recent call last):
    geodata.problems.AtlasError: --to: 1992-01-01 is before --from 1994-01-01
    """
    if end < start:
        message = translate("errors", "{end} is before --from {start}")
        raise AtlasError(f"--to: {message.format(end=end, start=start)}")
    if end == start:
        message = translate("errors", "the film needs two different days (both are {day})")
        raise AtlasError(f"--to: {message.format(day=start)}")
    for option, day in (("--from", start), ("--to", end)):
        if not first <= day <= last:
            message = translate("cli", "{day} is outside the data's range ({first} to {last})")
            raise AtlasError(f"{option}: {message.format(day=day, first=first, last=last)}")


def parse_video_size(text: str, even: bool = True) -> tuple[int, int]:
    """``WIDTHxHEIGHT`` for a film; video encoders want both even (4:2:0 colour).

    Parameters
    ----------
    text : str
        As typed, e.g. ``1920x1080``.
    even : bool, default True
        Require even sides (MP4 and WebM); a GIF takes any.

    Returns
    -------
    tuple of int
        ``(width, height)``.

    Raises
    ------
    AtlasError
        For another shape, a side out of :data:`SIZE_RANGE` or an odd side.

    Examples
    --------
    >>> parse_video_size("1280x720")
    (1280, 720)
    >>> parse_video_size("1281x720")
    Traceback (most recent call last):
    geodata.problems.AtlasError: --size: 1281x720 has an odd side; MP4 and WebM need even ones
    """
    match = _SIZE.fullmatch(text.strip())
    if not match:
        message = translate("cli", "{value} is not WIDTHxHEIGHT, e.g. {example}")
        raise AtlasError(f"--size: {message.format(value=repr(text), example='1280x720')}")
    width, height = int(match[1]), int(match[2])
    low, high = SIZE_RANGE
    if not (low <= width <= high and low <= height <= high):
        message = translate("cli", "width and height must be between {low} and {high} pixels")
        raise AtlasError(f"--size: {message.format(low=low, high=high)}")
    if even and (width % 2 or height % 2):
        message = translate("errors", "{size} has an odd side; MP4 and WebM need even ones")
        raise AtlasError(f"--size: {message.format(size=f'{width}x{height}')}")
    return width, height
