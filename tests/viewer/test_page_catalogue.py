"""Every word the page writes comes from the catalogue (geodata/page_strings.py), not the JS.

The scripts hold English only as keys: ``Atlas.t('key')``, a layer control name
(``addOverlay(layer, 'key')``, ``title: 'key'``). Each key must be in the catalogue, and no
script may write English text between tags of its own HTML.
"""

import re
from pathlib import Path

import pytest

from geodata.i18n import language_set
from geodata.map_labels import MAP_LABELS
from geodata.page_strings import PAGE_STRINGS, page_catalogue

WEB = Path(__file__).resolve().parents[2] / "resources" / "web"
SCRIPTS = sorted(p for p in WEB.rglob("*.js"))
KEYS = re.compile(r"Atlas\.t\('([^']+)'\)|addOverlay\([^,]+, '([^']+)'\)|title: '([^']+)'")
STRINGS = re.compile(r"'((?:[^'\\\n]|\\.)*)'")
# Text between two tags inside a script's string: '<div>Your layers</div>' and the like.
WORDS_IN_HTML = re.compile(r">([^<>]*[A-Za-z]{3,}[^<>]*)<")
PROPER_NAMES = {"Leaflet"}  # the map library's attribution link


def _keys(text: str) -> set[str]:
    return {next(g for g in m.groups() if g) for m in KEYS.finditer(text)}


def test_the_scripts_are_found():
    assert len(SCRIPTS) >= 8 and (WEB / "atlas-story.js") in SCRIPTS


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_every_key_a_script_writes_is_in_the_catalogue(script):
    known = set(PAGE_STRINGS) | {m.text for m in MAP_LABELS}
    assert _keys(script.read_text(encoding="utf-8")) - known == set()


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_no_script_writes_english_text_into_its_html(script):
    code = "\n".join(
        line
        for line in script.read_text(encoding="utf-8").splitlines()
        if not line.lstrip().startswith(("//", "*", "/*"))
    )
    words = {w for literal in STRINGS.findall(code) for w in WORDS_IN_HTML.findall(literal)}
    assert words - PROPER_NAMES == set()


@pytest.mark.parametrize("code", ["ru", "hy", "az"])
def test_every_page_string_is_translated(code):
    with language_set(code):
        catalogue = page_catalogue()
    assert set(PAGE_STRINGS) <= set(catalogue)
