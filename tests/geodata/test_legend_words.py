"""Compare mode's legend in the interface language (title, the muted row, the note)."""

from datetime import date

from geodata.compare import compare
from geodata.control import load_control
from geodata.i18n import language_set
from geodata.map_style import change_legend


def test_the_change_legend_in_azerbaijani():
    data, _ = load_control()
    a, b = date(2020, 9, 1), date(2020, 12, 2)
    with language_set("az"):
        built = change_legend(compare(data, a, b), a, b)
    assert built.title == "Nəzarətin dəyişməsi, 1 sentyabr 2020 → 2 dekabr 2020"
    assert built.entries[-1].label == "Nəzarət dəyişməyib"
    assert built.note.startswith("Rəng: B tarixinə faktiki nəzarət.")
    assert "Changed hands" not in built.title + built.note
