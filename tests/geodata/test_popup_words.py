"""Pop-ups in Armenian: names in Armenian script with the other side's usage, the app's
sentences translated, the data's sources quoted as published."""

from datetime import date

import pytest

from geodata.atlas import load_atlas
from geodata.describe import describe
from geodata.i18n import language_set
from geodata.popups import event_popup_html, place_popup_html, region_popup_html

ENGLISH = ("De facto control on", "held since", "Source:", "confidence", "usage:", "In the story")


@pytest.fixture(scope="module")
def data():
    return load_atlas()


def test_place_popup_in_armenian(data):
    with language_set("hy"):
        html = place_popup_html(data, data.story, "stepanakert", date(2020, 10, 15))
    assert html.startswith('<div class="atlas-popup-title">Ստեփանակերտ</div>')
    assert "Այլ անվանում՝ <b>Խանքենդի</b>" in html
    assert "Փաստացի վերահսկողություն 2020 թ. հոկտեմբերի 15-ի դրությամբ՝" in html
    assert "Աղբյուր՝" in html and "<b>Պատմության մեջ</b>" in html
    assert not [w for w in ENGLISH if w in html]


@pytest.mark.parametrize(
    ("region", "lat", "lon", "title"),
    [("kalbajar", 40.1, 46.0, "Քարվաճառ"), ("az-ganja", 40.68, 46.36, "Գյանջա")],
)
def test_region_popups_in_armenian(data, region, lat, lon, title):
    with language_set("hy"):
        html = region_popup_html(data, None, region, lat, lon, date(1995, 1, 1))
    assert html.startswith(f'<div class="atlas-popup-title">{title}</div>')
    assert not [w for w in ENGLISH if w in html]


def test_contested_status_and_outside_in_armenian(data):
    with language_set("hy"):
        contested = region_popup_html(data, None, "shusha-town", 39.76, 46.75, date(1992, 5, 1))
        outside = place_popup_html(data, None, "goris", date(2000, 1, 1))
    assert "<b>Վիճարկվող</b>" in contested and " since " not in contested
    assert "Քարտեզագրված հակամարտության տարածքներից դուրս՝ Հայաստան։" in outside


def test_event_popup_keeps_the_data_and_translates_the_rest(data):
    event = data.control.events[0]
    with language_set("hy"):
        html = event_popup_html(event)
    assert event.source.replace('"', "&quot;") in html or event.source in html
    assert "Աղբյուր՝" in html and "հավաստիություն՝" in html
    assert "Source:" not in html and "confidence" not in html


def test_the_description_in_russian_names_areas_in_russian(data):
    with language_set("ru"):
        text = describe(data.control, date(2020, 11, 10))
    assert text.startswith("На 10 ноября 2020 из ")
    assert "Кельбаджар" in text and "Участки и линии приблизительны." in text
    assert "holds de facto control" not in text and "Kalbajar" not in text
