"""The handout's own words in the interface language; the article's text stays English."""

from __future__ import annotations

from dataclasses import replace

from geodata.atlas import load_atlas
from geodata.i18n import language_set
from geodata.story import section_html
from viewer.exports.handout import fit_handout, handout_html, plan

CHROME = {  # the English heading → its Russian
    "Sources and credits": "Источники и благодарности",
    "Map data and software": "Картографические данные и программы",
    "Timeline: Territory under de facto control": "Шкала времени: Территория под фактическим",
    "<b>Map shows</b>": "<b>Карта показывает</b>",
    "Caucasus Atlas · handout": "Caucasus Atlas · раздаточный материал",
    "Control data from": "Данные о контроле с",
}


def test_the_handout_chrome_is_russian_and_the_article_english_word_for_word(qapp):
    data = load_atlas()
    story = data.story
    with language_set("ru"):
        items, _ = plan(story, data)
        html = handout_html(story, data, items)
    for english, russian in CHROME.items():
        assert russian in html, russian
        assert english not in html, english
    assert "Map: de facto control on" not in html and "Карта: фактический контроль на" in html
    for section in story.sections[:3]:  # each section's text as the English run prints it
        assert section_html(section).split("<p class=")[0] in html
        assert section.title.replace("&", "&amp;") in html or section.title in html


def test_a_cut_is_said_in_the_language():
    data = load_atlas()
    story = data.story
    long = replace(story.sections[0], body="word " * 4000)
    with language_set("ru"):
        cut, cuts = fit_handout(replace(story, sections=(long,)))
    assert "Сокращено для раздаточного материала" in cut.sections[0].body
    assert cuts and cuts[0].startswith("раздел ") and "characters" not in cuts[0]
