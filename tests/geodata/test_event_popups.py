"""Chronology events on the map: which are current, and their pop-ups (escaped, sourced)."""

from datetime import date

from geodata.control import load_control
from geodata.dates import PartialDate
from geodata.events import Event, events_on
from geodata.popups import event_popup_html

EVENTS = load_control()[0].events


def ids(day):
    return {e.id for e in events_on(EVENTS, day)}


def test_a_one_day_event_lingers_a_month_then_goes():
    assert "khojaly" in ids(date(1992, 2, 26))
    assert "khojaly" in ids(date(1992, 3, 20))
    assert "khojaly" not in ids(date(1992, 4, 30))
    assert "khojaly" not in ids(date(1992, 2, 24))


def test_the_popup_says_what_when_how_sure_and_from_where_all_escaped():
    event = Event(
        "x",
        PartialDate.parse("1993-08"),
        None,
        "<b>Title</b>",
        "",
        39.0,
        46.0,
        "military",
        "Low",
        "A <script>source</script>",
        "Both claims: <i>a</i> / b",
    )
    html = event_popup_html(event)
    assert "Aug 1993" in html and "confidence Low" in html
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "&lt;b&gt;Title&lt;/b&gt;" in html and "Both claims" in html
