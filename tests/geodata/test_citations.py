"""Citations a teacher can follow: the original publisher, never a mirror or a private note.

Several Wikipedia texts were first read from mirror sites; the data cites the article
(title, language, revision where known) or the outlet, not the copy it was read from, and
no record points to a file that is not in the repository.
"""

import csv
import json
import re

import pytest

from geodata.build.border import CORRECTIONS
from geodata.control import CONTROL_DIR

MIRROR = re.compile(
    r"piglix|kiwix|wikisum|soft\.lk|osmarks|wikimili|infosekolah|liquisearch|cloudfront|"
    r"enacademic|onion|iwiki|enwikipedia\.net|radio-utopie|ukobiw|thedigitalage|lexgopc|"
    r"cydlabs|\bmirror\b|\bWikipedia cop(y|ies)\b|\(\w+ copy\)",
    re.IGNORECASE,
)
OUTSIDE = re.compile(r"\b(lines|chronology|geodata-sources)\.md\b|reference/|chronology Part")


def _texts():
    for name in ("periods.csv", "events.csv", "sites.csv", "overlay_periods.csv"):
        with (CONTROL_DIR / name).open(encoding="utf-8", newline="") as f:
            for n, row in enumerate(csv.DictReader(f), 2):
                for key in ("source", "note", "accuracy"):
                    if row.get(key):
                        yield f"{name}:{n}", row[key]
    for path in (CONTROL_DIR / "lines.geojson", CONTROL_DIR / "overlays.geojson", CORRECTIONS):
        for f in json.loads(path.read_text(encoding="utf-8"))["features"]:
            p = f["properties"]
            for key in ("source", "accuracy", "note", "name"):
                if p.get(key):
                    yield f"{path.name}:{p['id']}", p[key]


TEXTS = list(_texts())


@pytest.mark.parametrize("pattern", [MIRROR, OUTSIDE], ids=["mirror", "outside file"])
def test_no_citation_names_a_mirror_or_a_file_outside_the_repository(pattern):
    bad = [(where, text[:80]) for where, text in TEXTS if pattern.search(text)]
    assert not bad


@pytest.mark.parametrize(
    "text", ['"Battle of Shusha (1992)" (en.wikipedia.org; piglix copy)', "lines.md §3"]
)
def test_the_check_catches_what_the_data_used_to_say(text):
    assert MIRROR.search(text) or OUTSIDE.search(text)
