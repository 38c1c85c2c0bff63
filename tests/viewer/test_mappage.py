"""The page is built once, reproducibly, and the running app never needs folium."""

import re
import subprocess
import sys

from viewer.map.page import atlas_config, build_page
from viewer.paths import PAGE_FILE


def test_the_committed_page_is_what_folium_builds_now():
    assert PAGE_FILE.read_text(encoding="utf-8") == build_page(atlas_config()), (
        "resources/web/index.html is stale: run `uv run python -m viewer.map.page`"
    )


def test_the_page_loads_nothing_remote_but_optional_tiles():
    urls = set(re.findall(r"https?://[^\s\"'<>)]+", PAGE_FILE.read_text(encoding="utf-8")))
    tiles = {u for u in urls if "tile.openstreetmap.org" in u or "tile.opentopomap.org" in u}
    # Links inside attribution text are fine; scripts and styles must all be atlas:// or qrc.
    scripts = re.findall(r'<(?:script|link)[^>]+(?:src|href)="([^"]+)"', PAGE_FILE.read_text())
    assert tiles, "the online tile layers should be offered"
    assert all(s.startswith(("atlas://", "qrc://")) for s in scripts), scripts


def test_the_window_starts_without_importing_folium():
    probe = "import sys, viewer.window; print('folium' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_page_loads_every_script_in_resources_web_once():
    from viewer.map.page import SCRIPTS

    web = PAGE_FILE.parent
    on_disk = sorted(p.relative_to(web).as_posix() for p in web.rglob("*.js"))
    assert sorted(SCRIPTS) == on_disk and len(set(SCRIPTS)) == len(SCRIPTS)
    loaded = re.findall(r'<script src="atlas://app/web/([^"]+)"', PAGE_FILE.read_text())
    assert loaded == list(SCRIPTS)
