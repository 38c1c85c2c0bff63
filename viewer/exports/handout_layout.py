"""The handout's pages as HTML for a QTextDocument: cover, timeline overview, sections, sources.

Compact on purpose, so that it is worth printing: each section is its map beside its text
(a before → after pair: the two maps side by side above it), and sections share a page
where they fit. :func:`pack` decides the page breaks from each block's laid-out height, so
a section never starts on a page it cannot finish on unless it is taller than a page.

Sizes are layout pixels of a page laid out at 96 dpi: A4 less 15 mm margins is 180 × 267 mm.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from html import escape

from PySide6.QtCore import QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QTextDocument

from geodata.atlas import AtlasData
from geodata.basemap import credit_lines
from geodata.dates import day_label
from geodata.i18n import QT_TRANSLATE_NOOP, translate
from geodata.map_style import Legend, LegendEntry
from geodata.story import Section, Story, section_html
from geodata.story.map import TourStep, date_label

__all__ = [
    "PAGE",
    "SectionMaps",
    "cover",
    "key",
    "layout_document",
    "overview",
    "pack",
    "section_block",
    "sources",
    "swatch_image",
]

PAGE = QSizeF(680, 1009)  # 180 × 267 mm at 96 dpi
MAP_ASPECT = 0.72  # height / width of a section map, as rendered
SINGLE_WIDTH = 360  # a map beside its text: a little over half the column
PAIR_WIDTH = 336  # before and after side by side
GAP = 14  # between two sections sharing a page
STYLE = """
body { font-family: 'DejaVu Sans', 'Noto Sans', Arial, sans-serif; color: #1d1b18; }
h1 { font-size: 18pt; margin: 0 0 4pt 0; }
h2 { font-size: 12.5pt; margin: 0 0 2pt 0; }
.cover h1 { font-size: 24pt; }
.when { font-size: 10.5pt; font-weight: bold; color: #7a3d00; margin: 0 0 4pt 0; }
.credit, .source, .small { font-size: 7.5pt; color: #4a4540; }
.note { background-color: #fff1d6; }
td.overview { font-size: 8pt; padding: 1px 4px; }
td.key { font-size: 8.5pt; padding: 1px 4px; }
p { margin: 0 0 4pt 0; }
"""


# The handout's own words are in the interface language (geodata.i18n, context "handout");
# the story's text, titles and sources are printed as the story has them.
STORY_FIELDS = (  # StoryMeta.known()'s labels
    QT_TRANSLATE_NOOP("handout", "Outlet"),
    QT_TRANSLATE_NOOP("handout", "Author"),
    QT_TRANSLATE_NOOP("handout", "Published"),
    QT_TRANSLATE_NOOP("handout", "Credit"),
)
PHASES = {  # a before → after pair's two maps
    "before": QT_TRANSLATE_NOOP("handout", "Before: de facto control on {day}."),
    "after": QT_TRANSLATE_NOOP("handout", "After: de facto control on {day}."),
}
CHART_TITLE = QT_TRANSLATE_NOOP("handout", "Territory under de facto control")
COLUMNS = (  # the timeline overview's table
    QT_TRANSLATE_NOOP("handout", "When"),
    QT_TRANSLATE_NOOP("handout", "Section"),
    QT_TRANSLATE_NOOP("handout", "Map shows"),
)


@dataclass(frozen=True)
class SectionMaps:
    """A section and its map steps (one, or before and after), each with its image's url."""

    section: Section
    steps: tuple[TourStep, ...]
    urls: tuple[str, ...]


def layout_document(html: str = "", width: float = PAGE.width()) -> QTextDocument:
    """A document styled as the handout, laid out ``width`` wide (a page, for printing)."""
    doc = QTextDocument()
    doc.setDefaultFont(QFont("DejaVu Sans", 9))
    doc.setDefaultStyleSheet(STYLE)
    doc.setDocumentMargin(0)
    doc.setPageSize(QSizeF(width, PAGE.height()))
    if html:
        doc.setHtml(html)
    return doc


def _img(url: str, width: int) -> str:
    return f'<img src="{url}" width="{width}" height="{round(width * MAP_ASPECT)}">'


def section_block(item: SectionMaps, held: str = "") -> str:
    """One section: map beside text, or a before → after pair above the text.

    ``held`` is HTML saying who held the section's places on its map day, and since when.
    """
    section = item.section
    head = f'<h2>{escape(section.title)}</h2><p class="when">{escape(date_label(section))}</p>'
    if len(item.steps) == 2:
        cells = "".join(
            f'<td valign="top">{_img(url, PAIR_WIDTH)}<p class="small">'
            f"{translate('handout', PHASES[step.phase]).format(day=day_label(step.day))}</p></td>"
            for step, url in zip(item.steps, item.urls, strict=True)
        )
        return (
            f'{head}<table cellspacing="0" cellpadding="0" width="100%"><tr>{cells}</tr></table>'
            f"{held}{section_html(section)}"
        )
    (step,), (url,) = item.steps, item.urls
    map_caption = translate("handout", "Map: de facto control on {day}.")
    return (
        '<table cellspacing="0" cellpadding="0" width="100%"><tr>'
        f'<td valign="top" width="{SINGLE_WIDTH + 8}">{_img(url, SINGLE_WIDTH)}'
        f'<p class="small">{map_caption.format(day=day_label(step.day))}</p>{held}</td>'
        f'<td valign="top">{head}{section_html(section)}</td></tr></table>'
    )


def height(block_html: str) -> float:
    """The laid-out height of a block on a page's width."""
    doc = layout_document(block_html)
    doc.setPageSize(QSizeF(PAGE.width(), 1e6))  # one long page: no breaks in the measure
    return doc.size().height()


def pack(blocks: Sequence[str], page_height: float = PAGE.height()) -> list[list[str]]:
    """Blocks grouped by page, in order: a block goes on the current page if it fits."""
    pages: list[list[str]] = []
    used = page_height
    for block in blocks:
        need = height(block)
        if pages and used + GAP + need <= page_height:
            pages[-1].append(block)
            used += GAP + need
        else:
            pages.append([block])
            used = need
    return pages


def page(blocks: Iterable[str], first: bool = False) -> str:
    """Blocks on one page, a new page before it unless it is the document's first."""
    brk = "" if first else ' style="page-break-before: always"'
    spacer = f'<p style="margin: 0; font-size: 1pt; line-height: {GAP}px">&nbsp;</p>'
    return f"<div{brk}>" + spacer.join(blocks) + "</div>"


SWATCH = (24, 12)  # a legend swatch, layout pixels; drawn at three times that


def swatch_image(entry: LegendEntry) -> QImage:
    """A legend row's swatch as the map draws it (control/legend.js, atlas.css): a fill,
    hatched one way for contested and the other for claimed, or a dashed line."""
    w, h = (3 * n for n in SWATCH)
    image = QImage(w, h, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    colour = QColor(entry.color)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if entry.status == "line":
        pen = QPen(colour, 9, Qt.PenStyle.DashLine, Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.drawLine(0, h // 2, w, h // 2)
    elif entry.status in ("contested", "claimed"):
        painter.setPen(QPen(colour, 9 if entry.status == "contested" else 6))
        step = -1 if entry.status == "contested" else 1
        for x in range(-h, w + h, 18):
            painter.drawLine(x, h if step < 0 else 0, x + h, 0 if step < 0 else h)
    else:
        colour.setAlphaF(0.8)
        painter.fillRect(0, 0, w, h, colour)
    if entry.status != "line":
        painter.setPen(QPen(QColor("#8a847c"), 3))
        painter.drawRect(1, 1, w - 3, h - 3)
    painter.end()
    return image


def key(legend: Legend, urls: Sequence[str]) -> str:
    """The legend of every map in the handout, printed once (the maps carry none): each
    row's swatch (image ``urls[i]``, see :func:`swatch_image`) and label, then the note."""
    if not legend.entries:
        return ""
    w, h = SWATCH
    rows = "".join(
        f'<tr><td class="key" valign="middle"><img src="{url}" width="{w}" height="{h}"></td>'
        f'<td class="key" valign="middle">{escape(entry.label)}</td></tr>'
        for entry, url in zip(legend.entries, urls, strict=True)
    )
    return (
        f"<h2>{escape(legend.title)}</h2>"
        f'<table cellspacing="0" cellpadding="0">{rows}</table>'
        f'<p class="small">{escape(legend.note)}</p>'
    )


def cover(story: Story, data: AtlasData, legend_html: str = "") -> str:
    """The title, what the story says of its source (nothing for unknowns), how to read it,
    and ``legend_html`` (:func:`key`): the one legend of all the maps."""
    if story.sections:
        first = min((s.start for s in story.sections), key=lambda d: d.first)
        last = max((s.end or s.start for s in story.sections), key=lambda d: d.end)
        span = translate("handout", "from {first} to {last}")
        span = span.format(first=first.label(), last=last.label())
    else:
        span = translate("handout", "no sections")
    rows = "".join(
        f"<tr><td><b>{escape(translate('handout', label))}:</b>&nbsp;</td>"
        f"<td>{escape(value)}</td></tr>"
        for label, value in story.meta.known()
    )
    count = translate("handout", "{count} section(s), {span}.")
    how_to_read = translate(
        "handout",
        "Each section's map shows de facto control on the day the section describes "
        "(for a war: before and after, side by side), framed on the places it is about, "
        "which are outlined. The timeline overview lists every section by date with the "
        "day of its map, under a chart of the territory each side held over time. "
        "Areas and lines are approximate; contested and claimed areas are hatched on the map. "
        "The brown dash-dot line is the boundary of the Nagorno-Karabakh Autonomous Oblast "
        '(NKAO), abolished by Azerbaijan on 26 Nov 1991: "former NKAO" from then on. '
        "The article's words are printed as the article says them; where a fact differs from "
        "its sources, a fact-check note says so and cites them.",
    )
    data_range = translate("handout", "Control data from {first} to {last}.")
    data_range = data_range.format(first=day_label(data.first_day), last=day_label(data.last_day))
    title = story.meta.title or translate("handout", "Untitled story")
    kind = translate("handout", "handout")
    return (
        f'<div class="cover"><p class="small">Caucasus Atlas · {escape(kind)}</p>'
        f"<h1>{escape(title)}</h1>"
        + (f"<table>{rows}</table>" if rows else "")
        + f"<p>{escape(count.format(count=len(story.sections), span=span))}</p>"
        f"<p>{escape(how_to_read)}</p>"
        f'<p class="small">{escape(data_range)}</p>{legend_html}</div>'
    )


def overview(items: Sequence[SectionMaps], chart_url: str | None, chart_title: str) -> str:
    """The timeline overview: the territory chart, then every section by date with its map day."""
    ordered = sorted(items, key=lambda i: (i.section.start.first, i.section.line))
    rows = "".join(
        f'<tr><td class="overview">{escape(date_label(i.section))}</td>'
        f'<td class="overview">{escape(i.section.title)}</td>'
        f'<td class="overview">{" → ".join(day_label(s.day) for s in i.steps)}</td></tr>'
        for i in ordered
    )
    about = translate(
        "handout",
        "The area under each side's de facto control, in square kilometres, "
        "stacked, from the same control data as the maps. Areas are approximate; the dashed "
        "line marks the last section's map day.",
    )
    chart = (
        f'<p><img src="{chart_url}" width="{round(PAGE.width())}"></p>'
        f'<p class="small">{escape(about)}</p>'
        if chart_url
        else ""
    )
    heading = translate("handout", "Timeline: {title}").format(title=chart_title)
    columns = "".join(
        f'<td class="overview"><b>{escape(translate("handout", word))}</b></td>' for word in COLUMNS
    )
    return (
        f"<h1>{escape(heading)}</h1>{chart}"
        f'<table cellspacing="0" width="100%"><tr>{columns}</tr>{rows}</table>'
    )


def _control_sources(data: AtlasData, days: Iterable[date]) -> list[str]:
    """Distinct sources of the control periods shown on the handout's maps."""
    control = data.control
    if control is None:
        return []
    found: dict[str, None] = {}
    for day in days:
        for state in control.timeline.state_at(day).values():
            found.setdefault(state.source, None)
        for period in control.overlays_at(day).values():
            found.setdefault(period.source, None)
    return sorted(s for s in found if s)


def sources(data: AtlasData, days: Iterable[date]) -> str:
    def items(lines) -> str:
        return "<ul>" + "".join(f"<li>{escape(line)}</li>" for line in lines) + "</ul>"

    # The credits and sources themselves keep their original titles.
    heads = [
        translate("handout", "Sources and credits"),
        translate("handout", "Map data and software"),
        translate("handout", "Basemap provenance"),
        translate("handout", "Control data: sources for the maps in this handout"),
    ]
    return (
        f'<h1>{escape(heads[0])}</h1><div class="small">'
        f"<h2>{escape(heads[1])}</h2>{items(data.credits)}"
        f"<h2>{escape(heads[2])}</h2>{items(credit_lines())}"
        f"<h2>{escape(heads[3])}</h2>"
        f"{items(_control_sources(data, days))}</div>"
    )
