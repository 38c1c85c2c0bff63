"""The handout: a PDF a student takes home (File → Export handout…, ``caucasus-atlas handout``).

A4 and compact (:mod:`viewer.exports.handout_layout`): a cover with the story's title and
what is known of its source, a timeline overview (the territory chart and every section by
date with its map day), then the sections — each its map beside its text, two to a page
where they fit — and last the sources and credits.

Every map is a shot of one offscreen camera (:class:`viewer.exports.render.MapCamera`):
the page is loaded once, and sections showing the same day, frame and outlines share one
picture. That is what keeps a handout of twenty maps within a few renders' time.

The document is one QTextDocument (HTML, the maps as image resources) printed to a
QPdfWriter, so text stays text: it can be searched, copied and read aloud.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, Qt, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from geodata.atlas import AtlasData
from geodata.atomic import check_target, write_bytes
from geodata.describe import held_since
from geodata.i18n import translate
from geodata.map_style import Legend, legend_over
from geodata.problems import AtlasError
from geodata.story import Section, Story
from geodata.story.map import highlight_ids, section_bounds, section_days, tour_steps
from geodata.views import DEFAULT_VIEW, VIEWS
from viewer import interrupt
from viewer.compare import chart
from viewer.exports import handout_layout as layout
from viewer.exports.render import MapCamera
from viewer.exports.saved import tell_saved
from viewer.session import Session

__all__ = [
    "CHART_SIZE",
    "MAP_SIZE",
    "MAX_SECTIONS",
    "MAX_SECTION_CHARS",
    "build_handout",
    "chart_image",
    "fit_handout",
    "section_day",
    "view_for",
    "write_handout",
]

MAP_SIZE = (880, round(880 * layout.MAP_ASPECT))  # printed ~95 mm wide: about 235 dpi
MAP_FONT_SCALE = 1.35  # the map's caption, readable at that size (the legend is on the cover)
CHART_SIZE = (1000, 640)  # pixels; its 13 pt type prints at about 8 pt across the page
CHART_URL = "chart:territory"
SWATCH_URL = "swatch:{}"  # the cover's legend swatches

Progress = Callable[[int, int, str], bool]  # (done, total, what) -> keep going?
MAX_SECTIONS = 60  # each is a page with its own map (about a second to render)
MAX_SECTION_CHARS = 12_000  # about three printed pages of text


def fit_handout(story: Story) -> tuple[Story, list[str]]:
    """``story`` within :data:`MAX_SECTIONS` and :data:`MAX_SECTION_CHARS`, and what was cut
    (one line each, for the user); a long text is cut at a paragraph where it can be."""
    cuts = []
    sections = list(story.sections)
    if len(sections) > MAX_SECTIONS:
        text = translate(
            "handout", "the story has {count} sections: the handout prints the first {kept}"
        )
        cuts.append(text.format(count=len(sections), kept=MAX_SECTIONS))
        sections = sections[:MAX_SECTIONS]
    for i, section in enumerate(sections):
        if len(section.body) > MAX_SECTION_CHARS:
            cut = section.body.rfind("\n\n", 0, MAX_SECTION_CHARS)
            cut = cut if cut > MAX_SECTION_CHARS // 2 else MAX_SECTION_CHARS
            note = translate(
                "handout",
                "Shortened for the handout: {cut} of {length} characters. "
                "The full text is in the story.",
            )
            note = note.format(cut=f"{cut:,}", length=f"{len(section.body):,}")
            body = section.body[:cut].rstrip() + f"\n\n*[{note}]*"
            sections[i] = replace(section, body=body)
            text = translate(
                "handout", "section {id} is {length} characters long: its text is cut at {cut}"
            )
            cuts.append(
                text.format(id=repr(section.id), length=f"{len(section.body):,}", cut=f"{cut:,}")
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


def _shot_key(section: Section, day: date, data: AtlasData) -> tuple:
    """What a map picture depends on: sections alike in all of it share one picture."""
    bounds = section_bounds(section, data.places, data.control) or VIEWS[view_for(section, data)][1]
    return (day, bounds, highlight_ids(section))


def plan(story: Story, data: AtlasData) -> tuple[list[layout.SectionMaps], dict[str, tuple]]:
    """Each section with its map steps and image urls, and the distinct shots by url."""
    steps = tour_steps(story, data.control)
    shots: dict[tuple, str] = {}
    items = []
    for section in story.sections:
        mine = tuple(s for s in steps if s.section is section)
        urls = []
        for step in mine:
            key = _shot_key(section, step.day, data)
            urls.append(shots.setdefault(key, f"map:{len(shots)}"))
        items.append(layout.SectionMaps(section, mine, tuple(urls)))
    return items, {url: key for key, url in shots.items()}


def chart_image(data: AtlasData, day: date, size: tuple[int, int] = CHART_SIZE) -> QImage:
    """The territory chart (:class:`viewer.compare.chart.TerritoryChart`), cursor at ``day``,
    drawn offscreen; only the years since 1988 when ``day`` is in them."""
    view = chart.TerritoryChart(Session(data, day))
    view.chart().setTitle("")  # the page's heading says it
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    view.resize(*size)
    view.show()
    try:
        return view.grab().toImage()
    finally:
        view.close()
        view.deleteLater()


def handout_legend(data: AtlasData, items: list[layout.SectionMaps]) -> Legend:
    """The one legend of all the handout's maps, printed on the cover: the maps carry
    none, since a small map's own legend box would hide half of it."""
    if data.control is None:
        return Legend()
    return legend_over(data.control, sorted({step.day for item in items for step in item.steps}))


def handout_html(story: Story, data: AtlasData, items: list[layout.SectionMaps]) -> str:
    """The whole handout: cover (with the maps' one legend) and overview, the sections
    packed two to a page where they fit, the sources. Maps are ``map:<n>`` image
    resources, the chart ``chart:territory``, the legend's swatches ``swatch:<n>``."""
    days = [step.day for item in items for step in item.steps]
    chart_url = CHART_URL if data.control is not None and days else None
    legend = handout_legend(data, items)
    urls = [SWATCH_URL.format(i) for i in range(len(legend.entries))]
    pages = [
        layout.page([layout.cover(story, data, layout.key(legend, urls))], first=True),
        layout.page([layout.overview(items, chart_url, translate("handout", layout.CHART_TITLE))]),
    ]
    blocks = [layout.section_block(i, _held(i.section, data, i.steps[-1].day)) for i in items]
    pages += [layout.page(p) for p in layout.pack(blocks)]
    pages.append(layout.page([layout.sources(data, days)]))
    return f"<html><body>{''.join(pages)}</body></html>"


def _held(section: Section, data: AtlasData, day: date) -> str:
    """Who held the section's places on its map's day, and since when (unbroken)."""
    if data.control is None:
        return ""
    lines = held_since(data.control, data.places, section.places, day)
    return "".join(f'<p class="small">{escape(line)}</p>' for line in lines)


def build_handout(
    data: AtlasData,
    story: Story,
    size: tuple[int, int] = MAP_SIZE,
    progress: Progress | None = None,
) -> QTextDocument | None:
    """The handout as a QTextDocument, each distinct map shot once; None if cancelled.

    ``progress(done, total, what)`` is called before each map and before the layout.
    """
    items, shots = plan(story, data)
    doc = layout.layout_document()
    resource = QTextDocument.ResourceType.ImageResource
    total = len(shots)
    titles = {u: i.section.title for i in reversed(items) for u in i.urls}
    session = Session(data, data.first_day)
    camera = None
    try:
        # By frame, then date: each shot moves the map and restyles areas as little as it can.
        ordered = sorted(shots.items(), key=lambda shot: (shot[1][1], shot[1][0]))
        for done, (url, (day, bounds, highlight)) in enumerate(ordered):
            interrupt.check()
            if progress and not progress(done, total, titles[url]):
                return None
            if camera is None:
                session.set_date(day)
                camera = MapCamera(
                    session, DEFAULT_VIEW, size, font_scale=MAP_FONT_SCALE, legend=False
                )
            image = camera.shoot(day, bounds=bounds, highlight=highlight, title="")
            doc.addResource(resource, QUrl(url), image)
    finally:
        if camera is not None:
            camera.close()
    if progress and not progress(total, total, "layout"):
        return None
    days = [step.day for item in items for step in item.steps]
    if data.control is not None and days:
        doc.addResource(resource, QUrl(CHART_URL), chart_image(data, max(days)))
    for i, entry in enumerate(handout_legend(data, items).entries):
        doc.addResource(resource, QUrl(SWATCH_URL.format(i)), layout.swatch_image(entry))
    doc.setHtml(handout_html(story, data, items))
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
    doc.print_(writer)  # the document is paginated to layout.PAGE: print_ scales it
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
    from PySide6.QtCore import QCoreApplication, QSettings, Qt
    from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

    title = QCoreApplication.translate("HandoutDialog", "Export handout")
    not_saved = QCoreApplication.translate("HandoutDialog", "The handout was not saved: {error}")
    story = session.data.story
    if story is None or not story.sections:
        QMessageBox.information(
            window,
            title,
            QCoreApplication.translate("HandoutDialog", "The story has no sections to print."),
        )
        return
    folder = str(QSettings().value("export/folder", str(Path.home())))
    path, _ = QFileDialog.getSaveFileName(
        window,
        title,
        str(Path(folder) / "caucasus-atlas-handout.pdf"),
        QCoreApplication.translate("HandoutDialog", "PDF document (*.pdf)"),
    )
    if not path:
        return
    out = Path(path if path.lower().endswith(".pdf") else path + ".pdf")
    try:
        check_target(out)
    except AtlasError as exc:
        QMessageBox.warning(window, title, not_saved.format(error=exc))
        return
    QSettings().setValue("export/folder", str(out.parent))
    story, cuts = fit_handout(story)
    dialog = QProgressDialog(
        QCoreApplication.translate("HandoutDialog", "Rendering the maps…"),
        QCoreApplication.translate("HandoutDialog", "Cancel"),
        0,
        1,
        window,
    )
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)

    def progress(done: int, total: int, what: str) -> bool:
        dialog.setMaximum(total + 1)
        dialog.setValue(done)
        text = (
            QCoreApplication.translate("HandoutDialog", "Map {n} of {total}: {what}").format(
                n=done + 1, total=total, what=what
            )
            if done < total
            else QCoreApplication.translate("HandoutDialog", "Laying out the pages…")
        )
        dialog.setLabelText(text)
        return not dialog.wasCanceled()

    try:
        doc = build_handout(session.data, story, progress=progress)
        if doc is not None:
            dialog.setLabelText(QCoreApplication.translate("HandoutDialog", "Writing the PDF…"))
            write_handout(doc, out, story.meta.title)
    except (AtlasError, OSError) as exc:
        dialog.close()
        QMessageBox.warning(window, title, not_saved.format(error=exc))
        return
    dialog.close()
    if doc is not None:
        saved = QCoreApplication.translate("HandoutDialog", "Handout saved")
        tell_saved(window, title, out, saved, "; ".join(cuts))
