"""Fact-check notes in the interface language: ``note.<lang>:`` lines, checked and shown."""

import pytest

from geodata.i18n import language_set
from geodata.story import load_story, parse_story, section_html
from geodata.story.format import NOTE_LANGUAGES

STORY = """\
---
title: Notes
---

## War

```meta
id: war
date: 2020-09-27 .. 2020-11-10
note: Lasted 44 days. | source: chronology
note.ru: Длилась 44 дня.
note.hy: Տևեց 44 օր։
note: Ended by a statement. | source: statement
note.az: Bəyanatla başa çatdı.
```

Text.
"""


def parse(text: str):
    return parse_story(text, "s.md", known_places=set())


def test_variants_belong_to_the_note_above_them():
    story, problems = parse(STORY)
    assert problems == []
    first, second = story.sections[0].notes
    assert dict(first.translations) == {"ru": "Длилась 44 дня.", "hy": "Տևեց 44 օր։"}
    assert dict(second.translations) == {"az": "Bəyanatla başa çatdı."}
    # A note's source is shared by its variants and never translated.
    assert (first.source, second.source) == ("chronology", "statement")


def test_section_html_shows_the_interface_language_else_english():
    story, _ = parse(STORY)
    section = story.sections[0]
    with language_set("hy"):
        html = section_html(section)
    assert "Տևեց 44 օր։" in html and "Lasted 44 days." not in html
    assert "Ended by a statement." in html  # no hy variant: English
    assert "chronology" in html
    with language_set("en"):
        assert "Lasted 44 days." in section_html(section)


@pytest.mark.parametrize(
    ("old", "new", "line", "message"),
    [
        ("note.ru: Длилась", "note.de: Длилась", 11, "unknown language code 'de'"),
        ("note.hy: Տևեց 44 օր։", "note.ru: again", 12, "given twice"),
        ("note.hy: Տևեց 44 օր։", "note.hy:", 12, "empty"),
        (
            "note: Lasted 44 days. | source: chronology\n",
            "note.az: first\nnote: Lasted 44 days. | source: chronology\n",
            10,
            "after the 'note:' line",
        ),
        ("note.az: Bəyanatla", "notes.az: Bəyanatla", 14, "unknown key 'notes.az'"),
    ],
)
def test_bad_variant_is_a_file_line_problem(old, new, line, message):
    assert old in STORY
    story, problems = parse(STORY.replace(old, new, 1))
    assert len(problems) == 1, problems
    assert str(problems[0]).startswith(f"s.md:{line}: ")
    assert message in problems[0].message
    assert story.sections  # the section still loads


def test_every_note_of_the_default_story_is_translated():
    story, problems = load_story()
    assert problems == []
    notes = [n for s in story.sections for n in s.notes]
    assert len(notes) == 10
    for note in notes:
        variants = dict(note.translations)
        assert sorted(variants) == sorted(NOTE_LANGUAGES), note.text[:40]
        assert all(v != note.text for v in variants.values())
