"""Words a student reads: the Russian peacekeepers are named as the 2020 statement names
them (the corridor "under the control of the Russian peacekeeping contingent"), not as
"Russia", wherever they appear as a controller; the country keeps its name."""

from __future__ import annotations

import json
from datetime import date

import main
from geodata.atlas import load_atlas
from geodata.control import controllers
from geodata.describe import describe
from geodata.exchange.records import area_periods
from geodata.popups import region_popup_html

DATA = load_atlas()
PEACEKEEPERS = "Russian peacekeepers (Lachin corridor)"
HELD_BY_RU = date(2021, 6, 1)


def test_the_controller_label_names_the_peacekeepers_and_the_code_stays_ru():
    assert controllers.label("RU") == PEACEKEEPERS
    assert controllers.CONTROLLERS["RU"].code == "RU"


def test_popup_and_description_name_the_peacekeepers():
    popup = region_popup_html(DATA, DATA.story, "lachin-towns", 39.6374, 46.5498, HELD_BY_RU)
    assert f"<b>{PEACEKEEPERS}</b>" in popup
    assert PEACEKEEPERS in describe(DATA.control, HELD_BY_RU)


def test_exports_keep_the_code_and_name_the_peacekeepers():
    rows = [r for r in area_periods(DATA.control) if r.controller == "RU"]
    assert rows and {r.controller_label for r in rows} == {PEACEKEEPERS}


def test_stats_text_names_the_peacekeepers(capsys):
    assert main.main(["stats", "--date", "2021-06-01"]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("RU"))
    assert PEACEKEEPERS in line


def test_russia_the_country_keeps_its_name_outside_the_zone(capsys):
    # Sochi: a point of the basemap's Russia, outside every control area
    argv = ["query", "--date", "2021-06-01", "--lat", "43.6", "--lon", "39.73", "--json"]
    assert main.main(argv) == 0
    answer = json.loads(capsys.readouterr().out)
    assert (answer["controller"], answer["label"]) == ("RU", "Russia")
