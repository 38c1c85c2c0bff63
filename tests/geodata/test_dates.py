from datetime import date

import pytest

from geodata.dates import PartialDate, day_label, parse_day


@pytest.mark.parametrize(
    ("text", "label", "first", "end"),
    [
        ("1994-05-12", "12 May 1994", date(1994, 5, 12), date(1994, 5, 13)),
        ("1993-08", "Aug 1993", date(1993, 8, 1), date(1993, 9, 1)),
        ("1993-12", "Dec 1993", date(1993, 12, 1), date(1994, 1, 1)),
        ("1993", "1993", date(1993, 1, 1), date(1994, 1, 1)),
    ],
)
def test_partial_dates_keep_their_precision(text, label, first, end):
    d = PartialDate.parse(text)
    assert (d.label(), d.first, d.end, d.iso()) == (label, first, end, text)


@pytest.mark.parametrize("text", ["", "1993-13", "1993-02-30", "12/05/1994", "93", "1993-8"])
def test_bad_dates_are_refused_with_the_text_in_the_message(text):
    with pytest.raises(ValueError, match="not a"):
        PartialDate.parse(text)


def test_parse_day_wants_a_full_day():
    assert parse_day("2020-11-10") == date(2020, 11, 10)
    with pytest.raises(ValueError, match="full date"):
        parse_day("2020-11")


def test_day_label():
    assert day_label(date(2023, 9, 1)) == "1 Sep 2023"
