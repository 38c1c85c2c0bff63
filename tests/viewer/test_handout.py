"""The handout PDF: a cover, a page (or more) per section with its map, sources and credits."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from datetime import date
from types import SimpleNamespace

import pytest
from PySide6.QtGui import QColor, QImage

from geodata.atlas import load_atlas
from geodata.control import controllers
from geodata.map_style import legend_over
from geodata.problems import AtlasError
from geodata.story import load_story
from geodata.story.map import highlight_ids, section_bounds, section_days
from tests.conftest import system_tool
from tests.viewer.conftest import run_js
from viewer.cli import handout as cli
from viewer.compare.chart import TITLE as CHART_TITLE
from viewer.exports import handout as handout_module
from viewer.exports.handout import (
    CHART_SIZE,
    MAP_FONT_SCALE,
    MAP_SIZE,
    build_handout,
    chart_image,
    view_for,
    write_handout,
)
from viewer.exports.render import MapCamera
from viewer.session import Session

LESSON = """---
title: A lesson on Shusha & Lachin
author: A. Teacher
outlet: unknown
---

## Shusha changes hands

```meta
id: shusha-1992
date: 1992-05
places: shusha
view: karabakh
note: Checked against the chronology. | source: Azatutyun (RFE/RL), 9 May 1992
```

Shusha changed hands in **May 1992**. <script>alert(1)</script>

## The corridor "after" the war

```meta
id: corridor-2020
date: 2020-11-10
places: lachin, stepanakert
credit: Photo by somebody, CC BY 4.0
```

The ceasefire statement put the Lachin corridor under Russian peacekeepers.

## Far away

```meta
id: moscow
date: 2023-12
places: moscow, yerevan
```

A meeting in Moscow.
"""


def _words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def handout(tmp_path_factory, qapp):
    folder = tmp_path_factory.mktemp("handout")
    story_file = folder / "lesson.md"
    story_file.write_text(LESSON, encoding="utf-8")
    data = load_atlas(str(story_file))
    story = data.story
    assert len(story.sections) == 3
    calls = []
    doc = build_handout(data, story, size=(600, 432), progress=lambda *a: calls.append(a) or True)
    out = folder / "lesson.pdf"
    write_handout(doc, out, story.meta.title)
    return SimpleNamespace(story=story, out=out, calls=calls, folder=folder)


def _pages(path) -> list[str]:
    text = subprocess.run(
        [system_tool("pdftotext", "poppler-utils"), "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    return [_words(page) for page in text.split("\f") if page.strip()]


def test_pdf_is_written_and_progress_is_reported(handout):
    assert handout.out.read_bytes().startswith(b"%PDF")
    assert [c[0] for c in handout.calls] == [0, 1, 2, 3]  # three maps, then the layout
    assert handout.calls[-1][2] == "layout"
    assert not list(handout.folder.glob(".atlas-*"))  # no temporary file left behind


def test_cover_says_only_what_is_known_then_the_timeline_then_sections_share_pages(handout):
    pages = _pages(handout.out)
    story = handout.story
    assert "A lesson on Shusha & Lachin" in pages[0]
    assert "Author: A. Teacher" in pages[0]
    assert "Autonomous Oblast (NKAO)" in pages[0]  # the dash-dot line, explained
    assert "unknown" not in " ".join(pages).lower()  # no "Outlet: unknown"
    assert pages[1].startswith("Timeline: " + CHART_TITLE)
    assert all(s.title in pages[1] for s in story.sections)  # the overview lists them all
    starts = [next(i for i in range(2, len(pages)) if s.title in pages[i]) for s in story.sections]
    assert starts == sorted(starts) and starts[0] == 2
    assert len(set(starts)) < len(starts)  # short sections share a page
    assert pages[-1].startswith("Sources and credits")
    assert len(pages) == 4


def test_section_pages_carry_date_text_notes_and_credits(handout):
    text = " ".join(_pages(handout.out))
    assert "May 1992" in text and "10 Nov 2020" in text and "Dec 2023" in text
    assert "Fact check: Checked against the chronology." in text
    assert "Photo credit: Photo by somebody, CC BY 4.0" in text
    assert "<script>alert(1)</script>" in text  # shown as text, never run
    assert "Natural Earth" in text and "GeoNames" in text
    # each map says which day it shows: the last control change in May 1992 for "1992-05"
    assert "Map: de facto control on 18 May 1992." in text
    # who held the section's places, since the start of the unbroken holding
    assert "Lachin, Sus and Zabukh: Nagorno-Karabakh" in text and "held since 18 May 1992" in text


def test_maps_and_the_chart_are_embedded_as_images(handout):
    images = handout.out.read_bytes().count(b"/Subtype /Image")
    assert images >= len(handout.story.sections) + 1


class FakeCamera:
    """Records each shot instead of rendering it."""

    shots: list = []

    options: dict = {}

    def __init__(self, session, view, size, **options):
        self.session, self.size = session, size
        FakeCamera.options = options

    def shoot(self, day, **options):
        FakeCamera.shots.append((day, options))
        image = QImage(*self.size, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        return image

    def close(self):
        pass


def test_section_maps_are_framed_and_outlined_as_the_tour_shows_them(qapp, monkeypatch):
    data = load_atlas()
    FakeCamera.shots = []
    monkeypatch.setattr(handout_module, "MapCamera", FakeCamera)
    blank = QImage(20, 10, QImage.Format.Format_RGB32)
    monkeypatch.setattr(handout_module, "chart_image", lambda data, day: blank)
    assert build_handout(data, data.story, size=(60, 40)) is not None
    shot = {(day, o["bounds"], o["highlight"]) for day, o in FakeCamera.shots}
    assert len(shot) == len(FakeCamera.shots)  # no picture taken twice
    for section in data.story.sections:
        for day in section_days(section, data.control):  # both days of a before → after pair
            bounds = section_bounds(section, data.places, data.control)
            assert (day, bounds, highlight_ids(section)) in shot
    # sections alike in day, frame and outlines share a picture: fewer shots than steps
    assert len(shot) < len(data.story.sections) + 2
    assert FakeCamera.options["legend"] is False  # the legend is on the cover instead


def test_the_legend_is_printed_once_on_the_cover_for_every_maps_day(handout):
    pages = _pages(handout.out)
    data = load_atlas()
    days = [d for s in handout.story.sections for d in section_days(s, data.control)]
    rows = {e.label for e in legend_over(data.control, days).entries}
    cover = unicodedata.normalize("NFKC", pages[0])  # the PDF's "fi" is a ligature
    assert all(row in cover for row in rows)
    assert {"Contested", "Line of contact / ceasefire line (approximate)"} <= rows
    text = " ".join(pages)
    assert text.count("Hatched: contested or claimed.") == 1  # the note, once


def test_the_handouts_camera_draws_no_legend_box_and_an_exports_does(qapp):
    """A small map beside its text: its legend box covered half of it (Armenia at Dec 2023)."""
    session = Session(load_atlas(), date(2023, 12, 31))
    boxes = {}
    for legend in (False, True):
        with MapCamera(session, "region", MAP_SIZE, font_scale=MAP_FONT_SCALE, legend=legend) as c:
            c.shoot(title="")
            boxes[legend] = run_js(
                c.mapview,
                "(() => { const r = Atlas.legendBox().getBoundingClientRect();"
                " return [r.width, r.height]; })()",
            )
    width, height = MAP_SIZE
    assert boxes[False] == [0, 0]  # hidden
    assert boxes[True][0] * boxes[True][1] > 0.2 * width * height  # a fifth: why it went


def test_the_article_fits_in_sixteen_pages(qapp, tmp_path):
    data = load_atlas()
    items, _ = handout_module.plan(data.story, data)
    html = handout_module.handout_html(data.story, data, items)
    doc = handout_module.layout.layout_document(html)
    assert 4 <= doc.pageCount() <= 16


def test_chart_image_draws_the_controllers_colours(qapp):
    data = load_atlas()
    image = chart_image(data, data.last_day)
    assert image.size().toTuple() == CHART_SIZE
    colours = {
        image.pixel(x, y) for x in range(0, CHART_SIZE[0], 4) for y in range(0, CHART_SIZE[1], 4)
    }
    azerbaijan = QColor(controllers.colour("AZ")).getRgb()[:3]
    nearest = min(
        sum(abs(a - b) for a, b in zip(QColor.fromRgb(c).getRgb()[:3], azerbaijan, strict=True))
        for c in colours
    )
    assert nearest < 60, "the Azerbaijan band should be drawn in the map's colour"


def test_each_section_gets_the_smallest_view_holding_its_places():
    data = load_atlas()
    story, _ = load_story()
    views = {s.id: view_for(s, data) for s in story.sections}
    assert views["second-war"] == "karabakh"
    assert set(views.values()) <= {"karabakh", "caucasus", "region"}


def test_cancel_stops_before_any_map(qapp):
    data = load_atlas()
    assert build_handout(data, data.story, progress=lambda *a: False) is None


@pytest.mark.parametrize(
    ("out", "message"),
    [("handout.png", "must end in .pdf"), ("no/such/folder/h.pdf", "does not exist")],
)
def test_cli_refuses_bad_output(out, message):
    with pytest.raises(AtlasError, match=message):
        cli.check_output(out)


def test_cli_refuses_a_missing_story(tmp_path):
    args = SimpleNamespace(out=str(tmp_path / "h.pdf"), story=str(tmp_path / "nope.md"))
    with pytest.raises(AtlasError, match="no file"):
        cli.run(args)


def test_a_runaway_story_is_cut_to_a_handout_and_says_so():
    """A 10 MB section once made 2,564 pages in 10 minutes: now a few pages and a message."""
    from dataclasses import replace

    from viewer.exports.handout import MAX_SECTION_CHARS, MAX_SECTIONS, fit_handout

    story = load_atlas().story
    huge = replace(story.sections[0], body="A paragraph of the article.\n\n" * 400_000)
    sections = tuple(replace(huge, id=f"s{i}") for i in range(MAX_SECTIONS + 5))
    fitted, cuts = fit_handout(replace(story, sections=sections))
    assert len(fitted.sections) == MAX_SECTIONS
    assert all(len(s.body) < MAX_SECTION_CHARS + 200 for s in fitted.sections)
    assert "Shortened for the handout" in fitted.sections[0].body
    assert f"prints the first {MAX_SECTIONS}" in cuts[0] and len(cuts) == MAX_SECTIONS + 1
    assert fit_handout(story) == (story, [])  # the article fits as it is
