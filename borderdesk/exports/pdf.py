"""The PDF report of a gate's log: summaries, a chart per hour, then every row.

Layout (A4): the first pages are portrait — title, totals, summary tables by
direction, decision, document type, sync state, nationality and officer, and a bar
chart of crossings per hour; the list of rows follows on landscape pages (one person per
line, the persons of one crossing on one shaded or white band). Every page carries the
gate and the period in its header and "Trang N/M" in its footer. Texts are Vietnamese
(:mod:`borderdesk.exports.labels`), set in an embedded TrueType font with Vietnamese
glyphs (:mod:`borderdesk.exports.fonts`).

Speed: a busy day is 20,000 crossings, some 600 list pages. The list is not a platypus
``Table`` (which measures and styles every cell) but one flowable per page that draws
its rows straight onto the canvas with one text object; long texts are cut with "…"
to their column, measured only when they might not fit.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from borderdesk.core import countries, gates
from borderdesk.exports import fonts, labels
from borderdesk.exports.log import DailyLog, ExportInfo, LogRow

Tick = Callable[[int], None]

PORTRAIT, LANDSCAPE = A4, landscape(A4)
MARGIN_X = 12 * mm
HEADER_H = 17 * mm  # from the top edge to the frame
FOOTER_H = 12 * mm  # from the bottom edge to the frame
LIST_FONT_SIZE = 7.0
LIST_ROW_H = 10.4
LIST_HEADER_H = 13.0
NOTE_LEADING = 8.2  # between the lines of a wrapped note
NOTE_LINES = 3
ELLIPSIS = "…"

INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#6B6B6B")
RULE = colors.HexColor("#9AA5B1")
HEAD_FILL = colors.HexColor("#DDE4EE")
BAND_FILL = colors.HexColor("#F1F4F8")
EXIT_COLOUR = colors.HexColor("#2E6DB4")
ENTRY_COLOUR = colors.HexColor("#E08A1E")

_R, _B = fonts.REGULAR, fonts.BOLD


def _n(value: int) -> str:
    """A count the Vietnamese way: 20.000."""
    return f"{value:,}".replace(",", ".")


def _pct(part: int, whole: int) -> str:
    if not whole:
        return "–"
    return f"{100 * part / whole:.1f}".replace(".", ",") + " %"


def _day(value: date) -> str:
    return value.strftime("%d/%m/%Y")


def period_text(log: DailyLog) -> str:
    if log.single_day:
        return labels.text("report.period.day", day=_day(log.start))
    return labels.text("report.period.range", start=_day(log.start), end=_day(log.end))


def gate_text(code: str) -> str:
    gate = gates.get(code)
    return labels.text("report.gate", name=gate.name_vi if gate else code, code=code)


# -- page frame: header, footer, "Trang N/M" -----------------------------------------


class _NumberedCanvas(Canvas):
    """Keeps each page until the end, then stamps "Trang N/M" on all of them."""

    footer_y = FOOTER_H - 7 * mm

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, 1):
            self.__dict__.update(state)
            width = self._pagesize[0]
            self.setFont(_R, 8)
            self.setFillColor(INK)
            self.drawRightString(width - MARGIN_X, self.footer_y,
                                 labels.text("report.page", page=number, pages=total))
            super().showPage()
        super().save()


class _Frame:
    """Draws the header and the footer's left part on every page."""

    def __init__(self, log: DailyLog, info: ExportInfo) -> None:
        self.gate = gate_text(log.gate)
        self.period = period_text(log)
        local = info.created_at.astimezone(_zone(log.timezone))
        self.generated = labels.text("report.generated",
                                     time=local.strftime("%d/%m/%Y %H:%M"),
                                     terminal=info.terminal, officer=info.officer)

    def draw(self, canvas: Canvas, subtitle: str) -> None:
        width, height = canvas._pagesize
        top = height - 9 * mm
        canvas.saveState()
        canvas.setFillColor(INK)
        canvas.setFont(_B, 10)
        canvas.drawString(MARGIN_X, top, self.gate)
        canvas.drawRightString(width - MARGIN_X, top, self.period)
        canvas.setFont(_R, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN_X, top - 11, subtitle)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_X, top - 15, width - MARGIN_X, top - 15)
        canvas.line(MARGIN_X, FOOTER_H - 3 * mm, width - MARGIN_X, FOOTER_H - 3 * mm)
        canvas.setFont(_R, 7.5)
        canvas.drawString(MARGIN_X, _NumberedCanvas.footer_y, self.generated)
        canvas.restoreState()


def _zone(name: str) -> Any:
    from zoneinfo import ZoneInfo

    return ZoneInfo(name)


# -- the list pages ---------------------------------------------------------------


class _ListColumn:
    __slots__ = ("align", "header", "safe_chars", "width", "x")

    def __init__(self, header: str, width: float, align: str = "left") -> None:
        self.header = header
        self.width = width
        self.align = align
        self.x = 0.0
        # Texts this short fit whatever their letters (the widest glyph is ~1 em).
        self.safe_chars = int((width - 4) / LIST_FONT_SIZE)


def _list_columns(single_day: bool, total_width: float) -> list[_ListColumn]:
    t = labels.text
    cols = [
        _ListColumn(t("col.seq"), 28, "right"),
        _ListColumn(t("pdf.time") if single_day else t("pdf.time.range"),
                    36 if single_day else 52),
        _ListColumn(t("pdf.direction"), 32),
        _ListColumn(t("pdf.mode"), 40),
        _ListColumn(t("pdf.name"), 128),
        _ListColumn(t("pdf.sex"), 24),
        _ListColumn(t("pdf.birth_date"), 46),
        _ListColumn(t("pdf.nationality"), 24),
        _ListColumn(t("pdf.document_type"), 58),
        _ListColumn(t("pdf.document_number"), 60),
        _ListColumn(t("pdf.plate"), 62),
        _ListColumn(t("pdf.decision"), 54),
        _ListColumn(t("pdf.officer"), 44),
        _ListColumn(t("pdf.sync_state"), 50),
    ]
    used = sum(c.width for c in cols)
    cols.append(_ListColumn(t("pdf.notes"), total_width - used))
    x = 0.0
    for c in cols:
        c.x = x
        x += c.width
    return cols


def _short_date(text: str | None) -> str:
    """A (possibly partial) ISO date as dd/mm/yyyy, mm/yyyy or yyyy."""
    if not text:
        return ""
    return "/".join(reversed(text.split("-")))


class _ListRenderer:
    """Turns rows into the cell texts of the list and fits them to their columns."""

    def __init__(self, single_day: bool, total_width: float) -> None:
        self.columns = _list_columns(single_day, total_width)
        self.single_day = single_day
        v = labels.value
        self.direction = {c: v("direction", c, short=True) for c in ("exit", "entry")}
        self.mode = _group("mode", short=True)
        self.decision = _group("decision", short=True)
        self.sex = _group("sex", short=True)
        self.doc = _group("doc", short=True)
        self.sync = _group("sync", short=True)

    def cells(self, row: LogRow) -> list[str]:
        when = (row.local_time.strftime("%H:%M:%S") if self.single_day
                else row.local_time.strftime("%d/%m %H:%M"))
        decision = self.decision.get(row.person_decision, row.person_decision)
        return [
            str(row.seq), when, self.direction.get(row.direction, row.direction),
            self.mode.get(row.mode, row.mode), row.full_name,
            self.sex.get(row.sex, row.sex), _short_date(row.birth_date),
            row.nationality,
            self.doc.get(row.document_type, row.document_type), row.document_number,
            row.plate or "", decision, row.officer,
            self.sync.get(row.sync_state, row.sync_state),
        ]

    def note_lines(self, row: LogRow) -> list[str]:
        """The row's note, wrapped to its column in at most :data:`NOTE_LINES` lines
        (the list is the official record: a refusal's reason is printed whole when it
        fits three lines)."""
        note = _note(row)
        column = self.columns[-1]
        if len(note) <= column.safe_chars:
            return [note] if note else []
        lines = simpleSplit(note, _R, LIST_FONT_SIZE, column.width - 4)
        if len(lines) > NOTE_LINES:
            lines = lines[:NOTE_LINES]
            lines[-1] = self.fit(lines[-1] + " " + ELLIPSIS * 3, column, _R,
                                 LIST_FONT_SIZE)
        return lines

    def fit(self, text: str, column: _ListColumn, font: str, size: float) -> str:
        if len(text) <= column.safe_chars:
            return text
        room = column.width - 4
        if stringWidth(text, font, size) <= room:
            return text
        while text and stringWidth(text + ELLIPSIS, font, size) > room:
            text = text[:-1]
        return text.rstrip() + ELLIPSIS


def _group(group: str, *, short: bool) -> dict[str, str]:
    prefix = f"{group}."
    codes = {k[len(prefix):] for k in labels.LABELS if k.startswith(prefix)}
    return {c: labels.value(group, c, short=short) for c in codes}


def _note(row: LogRow) -> str:
    parts = []
    if row.cancelled:
        parts.append(labels.text("note.cancelled", reason=row.cancel_reason or ""))
    if row.superseded_by is not None:
        parts.append(labels.text("note.superseded"))
    if row.version > 1:
        parts.append(labels.text("note.amendment", n=row.version - 1))
    if row.notes and row.person_decision != "cleared":
        parts.append(row.notes)
    return "; ".join(parts)


class _ListPage(Flowable):
    """One page of the list: a header row and the rows that fit, drawn directly."""

    def __init__(self, renderer: _ListRenderer,
                 rows: Sequence[tuple[LogRow, list[str]]], width: float,
                 tick: Tick) -> None:
        super().__init__()
        self.renderer = renderer
        self.rows = rows  # each with its note's lines
        self.width = width
        self.height = LIST_HEADER_H + sum(_row_height(n) for _, n in rows)
        self.tick = tick

    def wrap(self, available_width: float,
             available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        r = self.renderer
        cols = r.columns
        notes = cols[-1]
        top = self.height
        # header row
        canvas.setFillColor(HEAD_FILL)
        canvas.rect(0, top - LIST_HEADER_H, self.width, LIST_HEADER_H, stroke=0, fill=1)
        # bands: the persons of one crossing share a band
        canvas.setFillColor(BAND_FILL)
        y = top - LIST_HEADER_H
        for row, lines in self.rows:
            h = _row_height(lines)
            if row.crossing_index % 2:
                canvas.rect(0, y - h, self.width, h, stroke=0, fill=1)
            y -= h
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(0, top, self.width, top)
        canvas.line(0, top - LIST_HEADER_H, self.width, top - LIST_HEADER_H)
        canvas.line(0, 0, self.width, 0)

        # One text object for the page; each cell is placed with its own origin, so
        # _textOut (no cursor advance: no width to measure) is enough.
        text = canvas.beginText()
        text.setFont(_B, LIST_FONT_SIZE)
        text.setFillColor(INK)
        baseline = top - LIST_HEADER_H + 4
        for c in cols:
            label = r.fit(c.header, c, _B, LIST_FONT_SIZE)
            text.setTextOrigin(self._x(c, label, _B), baseline)
            text._textOut(label)
        text.setFont(_R, LIST_FONT_SIZE)
        baseline = top - LIST_HEADER_H - LIST_ROW_H + 3
        grey = False
        for row, lines in self.rows:
            faded = not row.counted
            if faded != grey:
                text.setFillColor(MUTED if faded else INK)
                grey = faded
            for c, cell in zip(cols, r.cells(row), strict=False):
                if cell:
                    cell = r.fit(cell, c, _R, LIST_FONT_SIZE)
                    text.setTextOrigin(self._x(c, cell, _R), baseline)
                    text._textOut(cell)
            line_y = baseline
            for line in lines:
                text.setTextOrigin(notes.x + 2, line_y)
                text._textOut(line)
                line_y -= NOTE_LEADING
            baseline -= _row_height(lines)
        canvas.drawText(text)
        self.tick(len(self.rows))

    @staticmethod
    def _x(column: _ListColumn, cell: str, font: str) -> float:
        if column.align == "right":
            return column.x + column.width - 2 - stringWidth(cell, font, LIST_FONT_SIZE)
        return column.x + 2


def _row_height(note_lines: Sequence[str]) -> float:
    return LIST_ROW_H + NOTE_LEADING * max(0, len(note_lines) - 1)


def _list_pages(renderer: _ListRenderer, rows: Sequence[LogRow], width: float,
                height: float, tick: Tick) -> list[_ListPage]:
    """The rows cut into pages of ``height`` (rows with a long note are taller)."""
    pages: list[_ListPage] = []
    page: list[tuple[LogRow, list[str]]] = []
    room = height - LIST_HEADER_H - 1
    used = 0.0
    for row in rows:
        lines = renderer.note_lines(row)
        h = _row_height(lines)
        if page and used + h > room:
            pages.append(_ListPage(renderer, page, width, tick))
            page, used = [], 0.0
        page.append((row, lines))
        used += h
    if page:
        pages.append(_ListPage(renderer, page, width, tick))
    return pages


# -- summaries --------------------------------------------------------------------


def _styles() -> dict[str, ParagraphStyle]:
    return {
        "title": ParagraphStyle("title", fontName=_B, fontSize=15, leading=19,
                                alignment=TA_CENTER, textColor=INK, spaceAfter=2),
        "subtitle": ParagraphStyle("subtitle", fontName=_R, fontSize=10.5, leading=14,
                                   alignment=TA_CENTER, textColor=INK),
        "section": ParagraphStyle("section", fontName=_B, fontSize=10, leading=13,
                                  textColor=INK, spaceBefore=8, spaceAfter=4),
        "note": ParagraphStyle("note", fontName=_R, fontSize=7.5, leading=10,
                               textColor=MUTED, spaceBefore=2, spaceAfter=4),
        "body": ParagraphStyle("body", fontName=_R, fontSize=9, leading=12,
                               textColor=INK),
    }


def _table_style(numeric_from: int, total_row: bool) -> TableStyle:
    cmds: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), _R, 8),
        ("FONT", (0, 0), (-1, 0), _B, 8),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("LINEABOVE", (0, 0), (-1, 0), 0.6, RULE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
        ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if total_row:
        cmds += [("FONT", (0, -1), (-1, -1), _B, 8),
                 ("LINEABOVE", (0, -1), (-1, -1), 0.4, RULE)]
    return TableStyle(cmds)


def _fit_plain(text: str, width: float, font: str = _R, size: float = 8) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + ELLIPSIS, font, size) > width:
        text = text[:-1]
    return text.rstrip() + ELLIPSIS


def _summary_table(title: str, header: Sequence[str],
                   rows: Iterable[Sequence[Any]], total: Sequence[Any] | None,
                   widths: Sequence[float]) -> Table:
    """A summary table: a label column then numbers (already formatted)."""
    body = [[_fit_plain(str(r[0]), widths[0] - 8), *r[1:]] for r in rows]
    data: list[list[Any]] = [[title, *header], *body]
    if total is not None:
        data.append(list(total))
    table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    table.setStyle(_table_style(1, total is not None))
    return table


class _Summary:
    """Counts over the rows that count (see :attr:`LogRow.counted`)."""

    def __init__(self, log: DailyLog, info: ExportInfo) -> None:
        rows = [r for r in log.rows if r.counted]
        firsts = [r for r in log.first_rows() if r.counted]
        self.info = info
        self.rows, self.firsts = rows, firsts
        self.persons = len(rows)
        self.crossings = len(firsts)
        self.vehicles = sum(1 for r in firsts if r.mode != "foot")
        self.cancelled = sum(1 for r in log.first_rows() if r.cancelled)
        self.amended = sum(1 for r in log.first_rows() if r.superseded_by is not None)
        self.list_rows = len(log.rows)
        self.by_direction_c = Counter(r.direction for r in firsts)
        self.by_direction_p = Counter(r.direction for r in rows)
        self.by_decision = Counter(r.person_decision for r in rows)
        self.by_document = Counter(r.document_type for r in rows)
        self.by_sync = Counter(r.sync_state for r in firsts)
        self.by_nationality = Counter(r.nationality for r in rows)
        self.by_officer_c = Counter(r.officer for r in firsts)
        self.by_officer_p = Counter(r.officer for r in rows)
        self.per_hour = {d: [0] * 24 for d in ("exit", "entry")}
        for r in firsts:
            self.per_hour.setdefault(r.direction, [0] * 24)[r.local_time.hour] += 1

    def totals(self, width: float) -> Table:
        t = labels.text
        data = [
            [t("totals.crossings"), _n(self.crossings)],
            [t("totals.persons"), _n(self.persons)],
            [t("totals.vehicles"), _n(self.vehicles)],
            [t("totals.cancelled"), _n(self.cancelled)],
            [t("totals.amended"), _n(self.amended)],
            [t("totals.rows"), _n(self.list_rows)],
        ]
        table = Table(data, colWidths=[width - 70, 70], hAlign="LEFT")
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), _R, 9),
            ("FONT", (1, 0), (1, 1), _B, 9),
            ("ALIGN", (1, 0), (1, -1), "RIGHT"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ]))
        return table

    def direction(self, width: float) -> Table:
        t = labels.text
        rows = [[labels.value("direction", d), _n(self.by_direction_c[d]),
                 _n(self.by_direction_p[d]), _pct(self.by_direction_p[d], self.persons)]
                for d in ("exit", "entry")]
        total = [t("summary.total"), _n(self.crossings), _n(self.persons),
                 _pct(self.persons, self.persons)]
        return _summary_table(t("summary.direction"),
                              [t("summary.crossings"), t("summary.persons"),
                               t("summary.share")], rows, total,
                              [width - 150, 50, 50, 50])

    def _persons_table(self, title: str, counts: Counter[str],
                       name: Callable[[str], str], width: float,
                       order: Sequence[str] | None = None) -> Table:
        t = labels.text
        keys = (list(order) if order is not None
                else [k for k, _ in counts.most_common()])
        rows = [[name(k), _n(counts[k]), _pct(counts[k], self.persons)] for k in keys]
        total = [t("summary.total"), _n(self.persons), _pct(self.persons, self.persons)]
        return _summary_table(title, [t("summary.persons"), t("summary.share")], rows,
                              total, [width - 100, 50, 50])

    def decision(self, width: float) -> Table:
        return self._persons_table(labels.text("summary.decision"), self.by_decision,
                                   lambda c: labels.value("decision", c), width,
                                   order=("cleared", "refused", "secondary"))

    def document(self, width: float) -> Table:
        return self._persons_table(labels.text("summary.document_type"),
                                   self.by_document, lambda c: labels.value("doc", c),
                                   width)

    def nationality(self, width: float) -> Table:
        return self._persons_table(labels.text("summary.nationality"),
                                   self.by_nationality,
                                   lambda c: f"{c} – {countries.name(c)}", width)

    def sync(self, width: float) -> Table:
        t = labels.text
        rows = [[labels.value("sync", s), _n(n), _pct(n, self.crossings)]
                for s, n in self.by_sync.most_common()]
        total = [t("summary.total"), _n(self.crossings), _pct(self.crossings,
                                                              self.crossings)]
        return _summary_table(t("summary.sync"), [t("summary.crossings"),
                                                  t("summary.share")],
                              rows, total, [width - 100, 50, 50])

    def officer(self, width: float) -> Table:
        t = labels.text
        names = self.info.officer_names

        def name(oid: str) -> str:
            return f"{oid} – {names[oid]}" if names.get(oid) else oid

        rows = [[name(o), _n(n), _n(self.by_officer_p[o])]
                for o, n in self.by_officer_c.most_common()]
        total = [t("summary.total"), _n(self.crossings), _n(self.persons)]
        return _summary_table(t("summary.officer"), [t("summary.crossings"),
                                                     t("summary.persons")],
                              rows, total, [width - 100, 50, 50])

    def chart(self, width: float, single_day: bool) -> Drawing:
        height = 165.0
        drawing = Drawing(width, height)
        title = labels.text("chart.title" if single_day else "chart.title.range")
        drawing.add(String(0, height - 11, title, fontName=_B, fontSize=10,
                           fillColor=INK))
        exit_, entry = self.per_hour["exit"], self.per_hour["entry"]
        peak = max((a + b for a, b in zip(exit_, entry, strict=True)), default=0)
        step = _nice_step(peak)
        chart = VerticalBarChart()
        chart.x, chart.y = 30, 28
        chart.width, chart.height = width - 40, height - 62
        chart.data = [exit_, entry]
        chart.categoryAxis.categoryNames = [f"{h:02d}" for h in range(24)]
        chart.categoryAxis.style = "stacked"
        chart.categoryAxis.labels.fontName = _R
        chart.categoryAxis.labels.fontSize = 7
        chart.categoryAxis.labels.dy = -2
        chart.categoryAxis.strokeColor = RULE
        chart.valueAxis.valueMin = 0
        chart.valueAxis.valueMax = max(step, math.ceil(peak / step) * step)
        chart.valueAxis.valueStep = step
        chart.valueAxis.labels.fontName = _R
        chart.valueAxis.labels.fontSize = 7
        chart.valueAxis.labelTextFormat = lambda v: _n(int(v))
        chart.valueAxis.strokeColor = RULE
        chart.valueAxis.visibleGrid = True
        chart.valueAxis.gridStrokeColor = colors.HexColor("#E3E7EC")
        chart.valueAxis.gridStrokeWidth = 0.4
        chart.bars[0].fillColor = EXIT_COLOUR
        chart.bars[1].fillColor = ENTRY_COLOUR
        chart.bars.strokeColor = colors.white
        chart.bars.strokeWidth = 0.4
        chart.barSpacing = 0
        chart.groupSpacing = 3
        drawing.add(chart)
        drawing.add(String(width / 2, 4, labels.text("chart.hour"), fontName=_R,
                           fontSize=7.5, fillColor=MUTED, textAnchor="middle"))
        pairs = [
            (EXIT_COLOUR, f"{labels.value('direction', 'exit')} ({_n(sum(exit_))})"),
            (ENTRY_COLOUR, f"{labels.value('direction', 'entry')} ({_n(sum(entry))})"),
        ]
        legend = Legend()
        legend.fontName = _R
        legend.fontSize = 8
        legend.dx = legend.dy = 7
        legend.columnMaximum = 1
        legend.alignment = "right"  # the swatch, then its text on the right
        widest = max(stringWidth(name, _R, 8) for _, name in pairs)
        legend.deltax = widest + 24
        # two columns: swatch (dx) + gap (dxTextSpace) + text, the second ending at
        # the drawing's right edge
        legend.x = width - legend.deltax - legend.dx - legend.dxTextSpace - widest - 2
        legend.y = height - 4
        legend.colorNamePairs = pairs
        drawing.add(legend)
        return drawing


def _nice_step(peak: int) -> int:
    """A round step giving about five grid lines up to ``peak`` (at least 1)."""
    if peak <= 5:
        return 1
    raw = peak / 5
    magnitude = 10 ** int(math.floor(math.log10(raw)))
    for factor in (1, 2, 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude


def _side_by_side(left: Flowable, right: Flowable, width: float) -> Table:
    half = (width - 14) / 2
    table = Table([[left, "", right]], colWidths=[half, 14, half], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


# -- the document -----------------------------------------------------------------

SIDE_BY_SIDE_MAX = 24  # longer nationality / officer tables get the full width


def write_pdf(log: DailyLog, path: Path, info: ExportInfo, tick: Tick) -> int:
    """Write the report to ``path``; returns the number of list rows.

    Raises:
        FontUnavailable: no TrueType font with Vietnamese glyphs is installed.
    """
    fonts.register()
    frame = _Frame(log, info)
    styles = _styles()
    summary = _Summary(log, info)
    title = labels.text("report.title")

    p_width = PORTRAIT[0] - 2 * MARGIN_X
    l_width = LANDSCAPE[0] - 2 * MARGIN_X
    portrait = Frame(MARGIN_X, FOOTER_H, p_width, PORTRAIT[1] - HEADER_H - FOOTER_H,
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
                     id="summary")
    list_height = LANDSCAPE[1] - HEADER_H - FOOTER_H
    wide = Frame(MARGIN_X, FOOTER_H, l_width, list_height, leftPadding=0,
                 rightPadding=0, topPadding=0, bottomPadding=0, id="list")
    doc = BaseDocTemplate(
        str(path), pagesize=PORTRAIT,
        title=f"{title} – {log.gate} – {period_text(log)}",
        author=f"borderdesk {info.terminal}", subject=gate_text(log.gate),
        creator="borderdesk", leftMargin=MARGIN_X, rightMargin=MARGIN_X,
        topMargin=HEADER_H, bottomMargin=FOOTER_H,
    )
    list_title = labels.text("list.title")
    doc.addPageTemplates([
        PageTemplate(id="summary", frames=[portrait], pagesize=PORTRAIT,
                     onPage=lambda c, d: frame.draw(c, title)),
        PageTemplate(id="list", frames=[wide], pagesize=LANDSCAPE,
                     onPage=lambda c, d: frame.draw(c, f"{title} – {list_title}")),
    ])

    half = (p_width - 14) / 2
    story: list[Flowable] = [
        Paragraph(title, styles["title"]),
        Paragraph(f"{gate_text(log.gate)} — {period_text(log)}", styles["subtitle"]),
        Paragraph(labels.text("report.timezone", timezone=log.timezone),
                  styles["subtitle"]),
        Spacer(1, 8),
        Paragraph(labels.text("report.summary"), styles["section"]),
        summary.totals(half),
        Paragraph(labels.text("report.note.counting"), styles["note"]),
        _side_by_side(summary.direction(half), summary.decision(half), p_width),
        Spacer(1, 8),
        _side_by_side(summary.document(half), summary.sync(half), p_width),
        Spacer(1, 10),
        summary.chart(p_width, log.single_day),
        Spacer(1, 6),
    ]
    if (len(summary.by_nationality) <= SIDE_BY_SIDE_MAX
            and len(summary.by_officer_c) <= SIDE_BY_SIDE_MAX):
        story.append(_side_by_side(summary.nationality(half), summary.officer(half),
                                   p_width))
    else:
        story += [summary.nationality(p_width), Spacer(1, 8), summary.officer(p_width)]

    story += [NextPageTemplate("list"), PageBreak()]
    if not log.rows:
        story.append(Paragraph(labels.text("list.empty"), styles["body"]))
    else:
        renderer = _ListRenderer(log.single_day, l_width)
        story += _list_pages(renderer, log.rows, l_width, list_height, tick)
    doc.build(story, canvasmaker=_NumberedCanvas)
    return len(log.rows)
