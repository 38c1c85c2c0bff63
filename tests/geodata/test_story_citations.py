"""What the app shows cites sources a teacher can follow: the story's fact-check notes
name the original publisher, not a mirror copy, and nothing shown — notes, popups, the
credits — points at a file outside the repository.

The notes once cited ``reference/chronology.md`` (a file that is not in the repository) and
copies such as "kiwix 2024-01" or a blog reproducing an RFE/RL article. The patterns are
the data's (``test_citations.py``) plus the copy sites the story's notes used.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from geodata.atlas import load_atlas
from geodata.basemap import credit_lines
from geodata.popups import region_popup_html
from geodata.story import load_story, section_html
from tests.geodata.test_citations import MIRROR, OUTSIDE

STORY_MIRRORS = re.compile(r"plawiuk|pledgetimes|blogspot", re.IGNORECASE)
STORY, _ = load_story()
DATA = load_atlas()


@pytest.mark.parametrize("section", STORY.sections, ids=lambda s: s.id)
def test_story_notes_cite_originals_inside_the_repository(section):
    assert not OUTSIDE.search(section_html(section)), section.id
    for note in section.notes:
        assert note.source.strip(), section.id
        text = f"{note.text} {note.source}"
        assert not MIRROR.search(text) and not STORY_MIRRORS.search(text), note.source


def test_the_story_notes_what_the_article_leaves_out():
    notes = {s.id: " ".join(n.text for n in s.notes) for s in STORY.sections}
    assert "100,000" in notes["root-of-problem"]  # "home to mostly Armenians": not after 2023
    for district in ("Kalbajar", "Lachin", "Qubadli", "Zangilan", "Jabrayil", "Aghdam", "Fuzuli"):
        assert district in notes["first-war"], district  # the seven surrounding districts


def test_credits_name_no_file_outside_the_repository():
    assert credit_lines() and not [line for line in credit_lines() if OUTSIDE.search(line)]


@pytest.mark.parametrize("day", [date(1985, 1, 1), date(1993, 1, 1), date(2021, 6, 1)])
def test_popups_name_no_mirror_and_no_file_outside_the_repository(day):
    for area in DATA.control.areas.values():
        point = area.geometry.representative_point()
        html = region_popup_html(DATA, DATA.story, area.id, point.y, point.x, day)
        assert not OUTSIDE.search(html) and not MIRROR.search(html), area.id


@pytest.mark.parametrize(
    "text", ["source: reference/chronology.md, Part 2", "reproduced on plawiuk.blogspot.com"]
)
def test_the_check_catches_what_the_notes_used_to_say(text):
    assert OUTSIDE.search(text) or STORY_MIRRORS.search(text)
