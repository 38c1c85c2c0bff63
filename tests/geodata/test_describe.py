"""The plain-text map description: who holds what, unsettled areas, overlays, neutral words."""

from __future__ import annotations

from datetime import date

import pytest

from geodata.control import load_control, stats
from geodata.describe import MAX_NAMED, describe, describe_controllers, describe_overlays

DATA, _ = load_control()

# (day, phrases the description must contain)
CASES = [
    (date(1980, 1, 1), ["On 1 Jan 1980", "Azerbaijan holds de facto control of", "Kalbajar"]),
    (
        date(2020, 11, 10),
        [
            "On 10 Nov 2020",
            "Nagorno-Karabakh Republic (Artsakh) / Armenian forces holds de facto control",
            "The Russian peacekeeping zone (2020 corridor) is deployed.",
        ],
    ),
    (date(2020, 10, 15), ["Contested: ", "the controller shown is the last holder"]),
    (date(2023, 1, 1), ["restricted passage", "Claimed: "]),
]

LOADED_WORDS = ("occupied", "occupation", "liberated", "liberation", "aggressor")


@pytest.mark.parametrize(("day", "phrases"), CASES)
def test_description_says_what_the_map_shows(day, phrases):
    text = describe(DATA, day)
    for phrase in phrases:
        assert phrase in text


@pytest.mark.parametrize("day", [d for d, _ in CASES] + [date(2024, 6, 1)])
def test_wording_is_neutral(day):
    text = describe(DATA, day).lower()
    assert not [w for w in LOADED_WORDS if w in text]


def test_one_sentence_per_controller_in_order_of_size():
    day = date(2020, 11, 10)
    sentences = describe_controllers(DATA, day)
    totals = stats(DATA, day)
    assert len(sentences) == len(totals)
    biggest = max(totals, key=totals.get)
    assert sentences[0].startswith("Nagorno-Karabakh") and biggest == "NKR"
    assert f"{totals['AZ']:,.0f} km²" in " ".join(sentences)


def test_long_lists_are_counted_not_spelled_out():
    sentences = describe_controllers(DATA, date(1980, 1, 1))
    azerbaijan = sentences[0]
    held = sum(1 for s in DATA.timeline.state_at(date(1980, 1, 1)).values() if s.controller == "AZ")
    assert f"and {held - MAX_NAMED} smaller areas" in azerbaijan


@pytest.mark.parametrize(
    ("day", "count"), [(date(2019, 1, 1), 0), (date(2020, 11, 10), 1), (date(2023, 1, 1), 2)]
)
def test_overlays_only_in_their_periods(day, count):
    assert len(describe_overlays(DATA, day)) == count


def test_without_control_data_it_says_so():
    assert describe(None, date(2020, 1, 1)) == "On 1 Jan 2020: no control data is loaded."
