"""How the map looks, without Qt: fills, lines, event markers and the one legend builder."""

from datetime import date

import pytest

from geodata.compare import compare
from geodata.control import controllers, load_control, recognised_state
from geodata.events import KIND_COLOURS, OTHER_COLOUR
from geodata.map_style import (
    CORRIDOR,
    COUNTRIES,
    FRONT_LINE,
    LEGEND_NOTE,
    MUTED,
    STATUS_SWATCH,
    area_style,
    area_styles,
    change_legend,
    change_styles,
    contested_at_home,
    events_at,
    held_outside,
    holders_at,
    legend,
    legend_at,
    line_kind,
    line_style,
    lines_visible,
    overlays_visible,
    tint,
)
from geodata.places import load_places
from geodata.timeline import AreaState

DATA, _ = load_control()
PLACES = load_places()
A, B = date(1994, 5, 12), date(2020, 12, 2)
DAYS = [date(1980, 1, 1), date(1992, 6, 1), A, date(2021, 1, 1), date(2023, 1, 1), date(2024, 6, 1)]


def test_an_area_takes_its_controllers_colour_and_names_it():
    stable = area_style("Shusha", AreaState("NKR", "stable", A))
    assert stable.fill == controllers.colour("NKR")
    assert stable.status == "stable"
    assert stable.label == f"Shusha: {controllers.label('NKR')}"


def test_a_contested_area_is_hatched_and_says_so():
    style = area_style("Shusha", AreaState("AZ", "contested", A), high_contrast=True)
    assert style.fill == controllers.colour("AZ", high_contrast=True)
    assert style.status == "contested"
    assert style.label.endswith("(contested)")


@pytest.mark.parametrize("day", DAYS)
def test_area_styles_follow_the_timeline(day):
    states = DATA.timeline.state_at(day)
    styles = area_styles(DATA, states, high_contrast=True)
    assert set(styles) == set(DATA.timeline.areas)
    for area, state in states.items():
        full = controllers.colour(state.controller, high_contrast=True)
        own = state.controller == recognised_state(DATA.timeline, area)
        pale = own and state.status == "stable"
        assert styles[area].fill == (tint(full) if pale else full), area
        assert styles[area].label.startswith(DATA.areas[area].name + ": ")


@pytest.mark.parametrize(
    ("area", "day", "fill"),
    [
        ("am-jermuk", date(1985, 1, 1), tint(controllers.colour("AM"))),  # Armenia's, held by it
        ("kalbajar", date(1985, 1, 1), tint(controllers.colour("AZ"))),
        ("karki", date(1985, 1, 1), tint(controllers.colour("AZ"))),  # exclave in Armenia
        ("karki", date(2000, 1, 1), controllers.colour("AM")),  # held by the other state
        ("artsvashen", date(2000, 1, 1), controllers.colour("AZ")),
        ("kalbajar", date(2000, 1, 1), controllers.colour("NKR")),
        ("kalbajar", date(2021, 6, 1), tint(controllers.colour("AZ"))),
        ("lachin-corridor-shared", date(2021, 6, 1), controllers.colour("RU")),
    ],
)
def test_pale_for_land_held_by_its_own_state_full_colour_otherwise(area, day, fill):
    styles = area_styles(DATA, {area: DATA.timeline.state_of(area, day)})
    assert styles[area].fill == fill and styles[area].status == "stable"


def test_full_colour_in_the_legend_only_for_land_held_by_another_party():
    assert held_outside(DATA.timeline, date(1985, 1, 1)) == frozenset()
    assert held_outside(DATA.timeline, date(2021, 6, 1)) == {"AZ", "AM", "NKR", "RU"}
    labels = [e.label for e in legend_at(DATA, date(2021, 6, 1)).entries]
    assert labels[:3] == [
        "Azerbaijan (its recognised territory)",
        "Armenia (its recognised territory)",
        "Azerbaijan, on land recognised as Armenia's",
    ]


def test_a_state_in_full_colour_on_its_own_contested_land_is_named_so():
    # 15 Oct 2020: Hadrut is Azerbaijan's own land, claimed (hatched, full blue); Artsvashen
    # is Armenia's land held by Azerbaijan. The row must name both, not only the second.
    labels = [e.label for e in legend_at(DATA, date(2020, 10, 15)).entries]
    assert (
        "Azerbaijan, on land recognised as Armenia's, or on its own land where control is "
        "contested" in labels
    )
    assert "Armenia (its recognised territory)" in labels


@pytest.mark.parametrize("day", DAYS)
def test_holders_are_what_the_states_say_on_any_day(day):
    states = DATA.timeline.state_at(day).values()
    present, statuses = holders_at(DATA.timeline, day)
    assert present == {s.controller for s in states}
    assert statuses == {s.status for s in states} - {"stable"}


@pytest.mark.parametrize("day", DAYS)
def test_the_legend_lists_the_controllers_present_in_order_then_statuses_then_lines(day):
    states = DATA.timeline.state_at(day).values()
    full = held_outside(DATA.timeline, day) | contested_at_home(DATA.timeline, day)
    held = [c for c in controllers.CONTROLLERS if c in full]
    built = legend_at(DATA, day)
    assert built.title == controllers.LEGEND_TITLE and built.note == LEGEND_NOTE
    fills = [e for e in built.entries if e.status == "stable"]
    assert [e.color for e in fills] == [tint(controllers.colour(c)) for c in COUNTRIES] + [
        controllers.colour(c) for c in held
    ]
    hatched = [e for e in built.entries if e.status in ("contested", "claimed")]
    assert {e.status for e in hatched} == {s.status for s in states} - {"stable"}
    assert all(e.color == STATUS_SWATCH for e in hatched)
    shown = {line_kind(line).label for line in DATA.lines.values() if line.shown_on(day)}
    assert shown <= {e.label for e in built.entries if e.status == "line"}
    kinds = [e.status for e in built.entries]
    assert kinds == sorted(kinds, key=["stable", "contested", "claimed", "line"].index)


def test_the_legend_follows_the_palette():
    default, high = legend_at(DATA, A), legend_at(DATA, A, high_contrast=True)
    assert [e.label for e in default.entries] == [e.label for e in high.entries]
    assert default.entries[0].color == tint(controllers.colour("AZ"))
    assert high.entries[0].color == tint(controllers.colour("AZ", high_contrast=True))


def test_one_builder_orders_fills_muted_statuses_and_each_line_kind_once():
    built = legend(
        "T",
        [("Armenia", "AM")],
        statuses=["claimed", "contested"],
        kinds=[FRONT_LINE, CORRIDOR, FRONT_LINE],
        muted="Other",
        note="n",
    )
    assert [(e.label, e.status) for e in built.entries] == [
        ("Armenia", "stable"),
        ("Other", "stable"),
        ("Contested", "contested"),
        ("Claimed", "claimed"),
        (FRONT_LINE.label, "line"),
        (CORRIDOR.label, "line"),
    ]
    assert built.entries[1].color == MUTED


def test_compare_colours_what_changed_hands_and_mutes_the_rest():
    changes = compare(DATA, A, B)
    styles = change_styles(DATA, changes, B)
    assert set(styles) == set(DATA.timeline.areas)
    changed = {c.area: c for c in changes}
    for area, style in styles.items():
        if area in changed:
            assert style.fill == controllers.colour(changed[area].to_controller)
            assert "changed hands" in style.label
        else:
            assert style.fill == MUTED and "did not change hands" in style.label


def test_the_compare_legend_puts_the_largest_change_first_and_muted_last():
    changes = compare(DATA, A, B)
    built = change_legend(changes, A, B, high_contrast=True)
    assert built.title == "Changed hands, 12 May 1994 → 2 Dec 2020"
    *pairs, last = built.entries
    assert (last.label, last.color) == ("Did not change hands", MUTED)
    km = [float(e.label.rsplit("(", 1)[1].split()[0].replace(",", "")) for e in pairs]
    assert km == sorted(km, reverse=True) and len(pairs) >= 2
    biggest = max(
        {(c.from_controller, c.to_controller) for c in changes},
        key=lambda p: sum(c.km2 for c in changes if (c.from_controller, c.to_controller) == p),
    )
    assert pairs[0].color == controllers.colour(biggest[1], high_contrast=True)


def test_a_solid_route_is_drawn_heavier_than_a_dashed_line():
    styles = [line_style(line) for line in DATA.lines.values()]
    assert {s["weight"] for s in styles if s["dash"] == "1 0"} == {3}
    assert {s["weight"] for s in styles if s["dash"] != "1 0"} == {2.2}


@pytest.mark.parametrize("day", DAYS)
def test_visibility_covers_every_line_and_overlay(day):
    lines, overlays = lines_visible(DATA, day), overlays_visible(DATA, day)
    assert set(lines) == set(DATA.lines) and set(overlays) == set(DATA.overlays)
    assert {i for i, on in overlays.items() if on} == set(DATA.overlays_at(day))
    assert lines_visible(None, day) == {} and overlays_visible(None, day) == {}


def test_event_markers_are_placed_and_coloured_by_kind():
    day = date(2020, 11, 10)
    marks = events_at(DATA, PLACES, day)
    assert marks, "the 2020 ceasefire statement is on the map the day after"
    kinds = {e.id: e.kind for e in DATA.events}
    for mark in marks:
        assert mark.lat is not None and mark.lon is not None
        assert mark.color == KIND_COLOURS.get(kinds[mark.id], OTHER_COLOUR)
    assert events_at(None, PLACES, day) == ()
