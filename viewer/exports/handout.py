"""The handout: a PDF a student takes home (File → Export handout…, ``caucasus-atlas handout``).

A4: a cover with the story's title and what is known of its source ("unknown" where the
story says so), then one section per page — its title, its date at its precision, the map at
that date framed and outlined as the tour shows it (the offscreen engine of
:mod:`viewer.exports.render`), its text with photo credits and fact-check notes — then the territory
chart (km² under each controller over time), and last the sources and credits: the map
data, the basemap's provenance and the control data's sources for the dates shown.

The document is one QTextDocument (HTML with page breaks, the maps as image resources)
printed to a QPdfWriter, so text stays text: it can be searched, copied and read aloud.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF, Qt, QUrl
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from geodata.atlas import AtlasData
from geodata.atomic import check_target, write_bytes
from geodata.basemap import credit_lines
from geodata.dates import day_label
from geodata.describe import held_since
from geodata.problems import AtlasError
from geodata.story import Section, Story, section_html
from geodata.story.map import date_label, highlight_ids, section_bounds, section_days
from geodata.views import DEFAULT_VIEW, VIEWS
from viewer import interrupt
from viewer.compare import chart
from viewer.exports.render import grab_map
from viewer.session import Session

__all__ = [
    "CHART_SIZE",
    "MAP_SIZE",
    "MAX_SECTIONS",
    "MAX_SECTION_CHARS",
    "build_handout",
    "chart_image",
    "fit_handout",
    "handout_html",
    "view_for",
    "write_handout",
]

MAP_SIZE = (1200, 800)
CHART_SIZE = (1000, 640)  # pixels; its 13 pt type prints at about 8 pt across the page
CHART_URL = "chart:territory"
MAP_WIDTH = 600  # layout pixels: the printed text column (A4, 15 mm margins, print_'s own)
STYLE = """
body { font-family: 'DejaVu Sans', 'Noto Sans', Arial, sans-serif; color: #1d1b18; }
h1 { font-size: 20pt; margin: 0 0 4pt 0; }
h2 { font-size: 14pt; margin: 12pt 0 4pt 0; }
.cover h1 { font-size: 28pt; }
.when { font-size: 13pt; font-weight: bold; color: #7a3d00; margin: 0 0 8pt 0; }
.credit, .source, .small { font-size: 8pt; color: #4a4540; }
.note { background-color: #fff1d6; }
p { margin: 0 0 6pt 0; }
"""

Progress = Callable[[int, int, str], bool]  # (done, total, what) -> keep going?
# A handout is a few pages a student takes home: a story past these limits (a 10 MB section
# made 2,564 pages in 10 minutes) is shortened, and the shortening is said on the page and
# to the user.
MAX_SECTIONS = 60  # each is a page with its own map (about a second to render)
MAX_SECTION_CHARS = 12_000  # about three printed pages of text


def fit_handout(story: Story) -> tuple[Story, list[str]]:
    """``story`` within :data:`MAX_SECTIONS` and :data:`MAX_SECTION_CHARS`, and what was cut
    (one line each, for the user); a long text is cut at a paragraph where it can be."""
    cuts = []
    sections = list(story.sections)
    if len(sections) > MAX_SECTIONS:
        cuts.append(
            f"the story has {len(sections)} sections: the handout prints the first {MAX_SECTIONS}"
        )
        sections = sections[:MAX_SECTIONS]
    for i, section in enumerate(sections):
        if len(section.body) > MAX_SECTION_CHARS:
            cut = section.body.rfind("\n\n", 0, MAX_SECTION_CHARS)
            cut = cut if cut > MAX_SECTION_CHARS // 2 else MAX_SECTION_CHARS
            body = section.body[:cut].rstrip() + (
                f"\n\n*[Shortened for the handout: {cut:,} of {len(section.body):,} "
                "characters. The full text is in the story.]*"
            )
            sections[i] = replace(section, body=body)
            cuts.append(
                f"section {section.id!r} is {len(section.body):,} characters long: "
                f"its text is cut at {cut:,}"
            )
    return replace(story, sections=tuple(sections)), cuts


def view_for(section: Section, data: AtlasData) -> str:
    """The smallest named view that holds the section's view and places (its own if named).

    >>> from geodata.atlas import load_atlas
    >>> data = load_atlas()
    >>> view_for(data.story.section("second-war"), data)
    'karabakh'
    """
    bounds = section_bounds(section, data.places, data.control)
    if bounds is None:
        return section.view if section.view in VIEWS else DEFAULT_VIEW
    (south, west), (north, east) = bounds

    def holds(name: str) -> bool:
        (s, w), (n, e) = VIEWS[name][1]
        return s <= south and w <= west and north <= n and east <= e

    def area(name: str) -> float:
        (s, w), (n, e) = VIEWS[name][1]
        return (n - s) * (e - w)

    fitting = sorted((name for name in VIEWS if holds(name)), key=area)
    if section.view in VIEWS and section.view in fitting:
        return section.view
    return fitting[0] if fitting else max(VIEWS, key=area)


def section_day(section: Section, data: AtlasData) -> date:
    """The day a section's map shows (the "after" of a pair): ``section_days``."""
    return section_days(section, data.control)[-1]


def section_map(section: Section, data: AtlasData, size: tuple[int, int]) -> QImage:
    """The section's map as the tour shows it: its fly-to bounds, its places outlined."""
    return grab_map(
        Session(data, section_day(section, data)),
        view_for(section, data),
        size,
        bounds=section_bounds(section, data.places, data.control),
        highlight=highlight_ids(section),
        title=section.title,
    )


def chart_image(data: AtlasData, day: date, size: tuple[int, int] = CHART_SIZE) -> QImage:
    """The territory chart (:class:`viewer.compare.chart.TerritoryChart`), cursor at ``day``,
    drawn offscreen; only the years since 1988 when ``day`` is in them."""
    view = chart.TerritoryChart(Session(data, day))
    view.chart().setTitle("")  # the page's heading says it
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    view.resize(*size)
    view.set_range(day >= chart.ZOOM_FROM)
    view.show()
    try:
        return view.grab().toImage()
    finally:
        view.close()
        view.deleteLater()


def _meta_rows(story: Story) -> str:
    meta = story.meta
    rows = [
        ("Author", meta.author),
        ("Outlet", meta.outlet),
        ("Published", meta.published.label() if meta.published else None),
        ("Credit", meta.credit),
    ]
    return "".join(
        f"<tr><td><b>{label}:</b>&nbsp;</td><td>{escape(value or 'unknown')}</td></tr>"
        for label, value in rows
    )


def _cover(story: Story, data: AtlasData) -> str:
    if story.sections:
        first = min((s.start for s in story.sections), key=lambda d: d.first)
        last = max((s.end or s.start for s in story.sections), key=lambda d: d.end)
        span = f"from {first.label()} to {last.label()}"
    else:
        span = "no sections"
    return (
        f'<div class="cover"><p class="small">Caucasus Atlas · handout</p>'
        f"<h1>{escape(story.meta.title or 'Untitled story')}</h1>"
        f"<table>{_meta_rows(story)}</table>"
        f"<p>{len(story.sections)} section(s), {escape(span)}.</p>"
        "<p>Each section shows the map of de facto control on the day the section describes, "
        "framed on the places it is about, which are outlined; a chart of the territory "
        "each side held over time follows the sections. "
        "Areas and lines are approximate; contested and claimed areas are hatched on the map. "
        "The brown dash-dot line is the boundary of the Nagorno-Karabakh Autonomous Oblast "
        '(NKAO), abolished by Azerbaijan on 26 Nov 1991: "former NKAO" from then on. '
        "The article's words are printed as the article says them; where a fact differs from "
        "its sources, a fact-check note says so and cites them.</p>"
        f'<p class="small">Control data from {day_label(data.first_day)} to '
        f"{day_label(data.last_day)}.</p></div>"
    )


def _held(section: Section, data: AtlasData, day: date) -> str:
    """Who held the section's places on its map's day, and since when (unbroken)."""
    if data.control is None:
        return ""
    lines = held_since(data.control, data.places, section.places, day)
    return "".join(f'<p class="small">{escape(line)}</p>' for line in lines)


def _section(section: Section, image_url: str, day: date, data: AtlasData) -> str:
    return (
        '<div style="page-break-before: always">'
        f"<h1>{escape(section.title)}</h1>"
        f'<p class="when">{escape(date_label(section))}</p>'
        f'<p><img src="{image_url}" width="{MAP_WIDTH}"></p>'
        f'<p class="small">Map: de facto control on {day_label(day)}.</p>'
        f"{_held(section, data, day)}{section_html(section)}</div>"
    )


def _chart(day: date) -> str:
    return (
        '<div style="page-break-before: always">'
        f"<h1>{escape(chart.TITLE)}</h1>"
        f'<p><img src="{CHART_URL}" width="{MAP_WIDTH}"></p>'
        "<p>The area under each side's de facto control, in square kilometres, stacked, from "
        "the same control data as the maps. Areas are approximate. The dashed line marks "
        f"{escape(day_label(day))}, the day of the last section's map.</p></div>"
    )


def _control_sources(data: AtlasData, days: list[date]) -> list[str]:
    """Distinct sources of the control periods shown on the handout's maps."""
    control = data.control
    if control is None:
        return []
    sources: dict[str, None] = {}
    for day in days:
        for state in control.timeline.state_at(day).values():
            sources.setdefault(state.source, None)
        for period in control.overlays_at(day).values():
            sources.setdefault(period.source, None)
    return sorted(s for s in sources if s)


def _sources(data: AtlasData, days: list[date]) -> str:
    def items(lines) -> str:
        return "<ul>" + "".join(f"<li>{escape(line)}</li>" for line in lines) + "</ul>"

    return (
        '<div style="page-break-before: always"><h1>Sources and credits</h1>'
        f"<h2>Map data and software</h2>{items(data.credits)}"
        f"<h2>Basemap provenance</h2>{items(credit_lines())}"
        "<h2>Control data: sources for the maps in this handout</h2>"
        f'<div class="small">{items(_control_sources(data, days))}</div></div>'
    )


def handout_html(story: Story, data: AtlasData) -> str:
    """The whole handout as HTML; section maps are ``map:<section id>`` image resources,
    the chart (when there is control data) is ``chart:territory``."""
    days = [section_day(s, data) for s in story.sections]
    body = [_cover(story, data)]
    body += [_section(s, f"map:{s.id}", section_day(s, data), data) for s in story.sections]
    if data.control is not None and days:
        body.append(_chart(max(days)))
    body.append(_sources(data, days))
    return f"<html><head><style>{STYLE}</style></head><body>{''.join(body)}</body></html>"


def build_handout(
    data: AtlasData,
    story: Story,
    size: tuple[int, int] = MAP_SIZE,
    progress: Progress | None = None,
) -> QTextDocument | None:
    """The handout as a QTextDocument, each section's map rendered; None if cancelled."""
    doc = QTextDocument()
    doc.setDefaultFont(QFont("DejaVu Sans", 10))
    doc.setDefaultStyleSheet(STYLE)
    total = len(story.sections)
    for index, section in enumerate(story.sections):
        interrupt.check()
        if progress and not progress(index, total, section.title):
            return None
        image = section_map(section, data, size)
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"map:{section.id}"), image)
    if progress and not progress(total, total, "layout"):
        return None
    if data.control is not None and story.sections:
        last = max(section_day(s, data) for s in story.sections)
        resource = QTextDocument.ResourceType.ImageResource
        doc.addResource(resource, QUrl(CHART_URL), chart_image(data, last))
    doc.setHtml(handout_html(story, data))
    return doc


def pdf_bytes(doc: QTextDocument, title: str) -> bytes:
    """``doc`` printed to an A4 PDF, in memory: the file is then written by Python, which
    reports a full disk (Qt's PDF writer does not), beside the target and renamed."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Caucasus Atlas")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(300)
    doc.setPageSize(QSizeF())  # let print_ paginate for the writer's page
    doc.print_(writer)
    del writer  # ends the PDF
    buffer.close()
    pdf = bytes(data)
    if not pdf.rstrip().endswith(b"%%EOF"):
        raise AtlasError("the handout could not be printed to PDF", 1)
    return pdf


def write_handout(doc: QTextDocument, out: Path, title: str) -> None:
    """Print ``doc`` to an A4 PDF at ``out`` (written beside it, then renamed)."""
    pdf = pdf_bytes(doc, title)
    interrupt.check()  # Ctrl+C while printing: the old file stays
    write_bytes(out, pdf)


def export_handout_dialog(window, session) -> None:
    """File → Export handout…: choose a PDF, render with a cancellable progress dialog."""
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

    story = session.data.story
    if story is None or not story.sections:
        QMessageBox.information(window, "Export handout", "The story has no sections to print.")
        return
    folder = str(QSettings().value("export/folder", str(Path.home())))
    path, _ = QFileDialog.getSaveFileName(
        window, "Export handout", str(Path(folder) / "caucasus-atlas-handout.pdf"), "PDF (*.pdf)"
    )
    if not path:
        return
    out = Path(path if path.lower().endswith(".pdf") else path + ".pdf")
    try:
        check_target(out)
    except AtlasError as exc:
        QMessageBox.warning(window, "Export handout", f"The handout was not saved: {exc}")
        return
    QSettings().setValue("export/folder", str(out.parent))
    story, cuts = fit_handout(story)
    dialog = QProgressDialog("Rendering the maps…", "Cancel", 0, len(story.sections) + 1, window)
    dialog.setWindowTitle("Export handout")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)

    def progress(done: int, total: int, what: str) -> bool:
        dialog.setValue(done)
        dialog.setLabelText(f"Map {min(done + 1, total)} of {total}: {what}")
        return not dialog.wasCanceled()

    try:
        doc = build_handout(session.data, story, progress=progress)
        if doc is not None:
            write_handout(doc, out, story.meta.title)
    except (AtlasError, OSError) as exc:
        dialog.close()
        QMessageBox.warning(window, "Export handout", f"The handout was not saved: {exc}")
        return
    dialog.close()
    if doc is not None:
        shortened = f" ({'; '.join(cuts)})" if cuts else ""
        window.statusBar().showMessage(f"Handout saved: {out}{shortened}", 10_000)
