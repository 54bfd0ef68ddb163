"""The counter's receipt: the signed QR code and the key facts, shown and printed.

The receipt's QR text comes from :meth:`CounterService.receipt` (``BDR1`` signed by
this terminal; any counter can verify it offline). The dialog shows it with the
crossing's key facts; "Print" (Ctrl+P) asks for the printer and prints a slip for
80 mm receipt paper. :func:`paint_receipt` draws that slip on any paint device (a
printer, a PDF file, an image), sized from the width it is given, so the same code
prints, previews and is tested.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import qrcode
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
    QPicture,
    QPixmap,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from borderdesk.services import CounterService
from borderdesk.ui import messages, style

log = logging.getLogger(__name__)

PAPER_WIDTH_MM = 80.0  # receipt (thermal) paper
PAPER_MARGIN_MM = 4.0
QR_MODULE_PX = 5  # on screen
_CTX = "ReceiptSlip"

# Texts of the printed slip (translated when painted, in the current language).
SLIP_TITLE = QT_TRANSLATE_NOOP("ReceiptSlip", "BORDER CROSSING RECEIPT")
SLIP_COUNTER = QT_TRANSLATE_NOOP("ReceiptSlip", "Counter {terminal}")
SLIP_DIRECTION = QT_TRANSLATE_NOOP("ReceiptSlip", "Direction")
SLIP_TIME = QT_TRANSLATE_NOOP("ReceiptSlip", "Time")
SLIP_NAME = QT_TRANSLATE_NOOP("ReceiptSlip", "Full name")
SLIP_DOCUMENT = QT_TRANSLATE_NOOP("ReceiptSlip", "Document")
SLIP_RECORD = QT_TRANSLATE_NOOP("ReceiptSlip", "Record")
SLIP_VERIFY = QT_TRANSLATE_NOOP(
    "ReceiptSlip", "Any border counter can scan this code to check the receipt."
)
SLIP_CANCELLED = QT_TRANSLATE_NOOP("ReceiptSlip", "CANCELLED — NOT VALID")


def _tr(source: str) -> str:
    return QCoreApplication.translate(_CTX, source)


def mask_document(number: str) -> str:
    """The document number with all but its last 4 characters hidden."""
    hidden = max(len(number) - 4, 2)
    return "•" * hidden + number[-4:]


@dataclass(frozen=True, slots=True)
class ReceiptInfo:
    """What a receipt shows: the signed QR text and the crossing's key facts
    (already in the current language; the document number masked)."""

    qr_text: str
    crossing_id: str
    gate: str  # the gate's name
    terminal: str
    direction: str  # label
    time: str  # the gate's wall clock: date and HH:MM
    name: str
    document: str  # document type (short) and masked number
    version: int = 1
    cancelled: bool = False


def receipt_info(service: CounterService, crossing_id: str, actor: str
                 ) -> ReceiptInfo:
    """The receipt of a stored crossing, for the officer ``actor``.

    Raises:
        KeyError: unknown crossing. ValueError: a crossing without persons.
        PermissionDenied: the officer may not (disabled meanwhile).
    """
    stored = service.get(crossing_id)
    if stored is None:
        raise KeyError(crossing_id)
    text = service.receipt(crossing_id, actor=actor)
    crossing = stored.crossing
    person = crossing.principal
    name = document = ""
    if person is not None:
        ident = person.identity
        name = ident.full_name
        kind = messages.document_type_label(ident.document_type, short=True)
        document = f"{kind} {mask_document(ident.document_number)}"
    local = crossing.local_time
    return ReceiptInfo(
        qr_text=text,
        crossing_id=crossing.id,
        gate=messages.gate_name(crossing.gate),
        terminal=crossing.terminal,
        direction=messages.direction_label(crossing.direction),
        time=f"{messages.format_date(local.date())} {local:%H:%M}",
        name=name,
        document=document,
        version=crossing.version,
        cancelled=service.cancellation(crossing_id) is not None,
    )


# -- the QR code ----------------------------------------------------------------


def qr_matrix(text: str) -> list[list[bool]]:
    """The modules of ``text``'s QR code (True = dark), quiet zone included.

    Byte mode with the text as UTF-8 and error correction M, as the scanners read it
    (see :mod:`borderdesk.scan.synth`).
    """
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    code.add_data(text.encode("utf-8"), optimize=0)
    code.make(fit=True)
    return [list(row) for row in code.get_matrix()]


def draw_qr(painter: QPainter, rect: QRectF, matrix: list[list[bool]]) -> None:
    """Black modules on white, filling the square ``rect`` (vector on a printer)."""
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.fillRect(rect, QColor("white"))
    size = len(matrix)
    module = rect.width() / size
    black = QColor("black")
    for y, row in enumerate(matrix):
        x = 0
        while x < size:  # one rectangle per run of dark modules
            if not row[x]:
                x += 1
                continue
            start = x
            while x < size and row[x]:
                x += 1
            # Overlap by a hair so no hairline gaps show between runs and rows.
            painter.fillRect(
                QRectF(
                    rect.left() + start * module,
                    rect.top() + y * module,
                    (x - start) * module + 0.5,
                    module + 0.5,
                ),
                black,
            )
    painter.restore()


def qr_image(text: str, module_px: int = QR_MODULE_PX) -> QImage:
    """The QR code of ``text`` as a crisp image, ``module_px`` pixels per module."""
    matrix = qr_matrix(text)
    side = len(matrix) * module_px
    image = QImage(side, side, QImage.Format.Format_Grayscale8)
    image.fill(QColor("white"))
    painter = QPainter(image)
    draw_qr(painter, QRectF(0, 0, side, side), matrix)
    painter.end()
    return image


# -- the slip ---------------------------------------------------------------------


def paint_receipt(painter: QPainter, rect: QRectF, info: ReceiptInfo) -> float:
    """Draw the receipt slip at the top of ``rect``; returns the height used.

    Sizes follow ``rect``'s width (fonts in pixels of the device), so it looks the
    same on an 80 mm printer, a PDF page or an image.
    """
    width = rect.width()
    unit = width / 26  # body text height: about 26 lines' worth across the slip
    y = rect.top()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(QPen(QColor("black")))

    def font(scale: float, bold: bool = False) -> QFont:
        f = QFont()
        f.setFamilies(list(style.VIETNAMESE_FONTS))
        f.setPixelSize(max(1, round(unit * scale)))
        f.setBold(bold)
        return f

    def text(
        value: str,
        scale: float,
        *,
        bold: bool = False,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        left: float = 0.0,
    ) -> float:
        nonlocal y
        painter.setFont(font(scale, bold))
        box = QRectF(rect.left() + left, y, width - left, 10_000)
        flags = align.value | Qt.AlignmentFlag.AlignTop.value
        flags |= Qt.TextFlag.TextWordWrap.value
        used = painter.boundingRect(box, flags, value)
        painter.drawText(box, flags, value)
        return used.height()

    def rule() -> None:
        nonlocal y
        y += unit * 0.5
        painter.save()
        pen = QPen(QColor("black"))
        pen.setWidthF(max(1.0, unit * 0.08))
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
        painter.restore()
        y += unit * 0.6

    center = Qt.AlignmentFlag.AlignHCenter
    y += text(_tr(SLIP_TITLE), 1.15, bold=True, align=center)
    y += unit * 0.3
    y += text(info.gate, 1.1, bold=True, align=center)
    y += text(_tr(SLIP_COUNTER).format(terminal=info.terminal), 1.0, align=center)
    rule()

    label_width = 0.0
    rows = [
        (_tr(SLIP_DIRECTION), info.direction),
        (_tr(SLIP_TIME), info.time),
        (_tr(SLIP_NAME), info.name),
        (_tr(SLIP_DOCUMENT), info.document),
    ]
    metrics = QFontMetricsF(font(0.95))
    label_width = max(metrics.horizontalAdvance(label + ":") for label, _ in rows)
    label_width = min(label_width + unit * 0.6, width * 0.45)
    # Labels are smaller than values: lower them onto the values' first baseline.
    drop = QFontMetricsF(font(1.05, True)).ascent() - metrics.ascent()
    for label, value in rows:
        top = y
        y = top + drop
        text(label + ":", 0.95)
        y = top
        used = text(value, 1.05, bold=True, left=label_width)
        y = top + max(used, unit * 1.3) + unit * 0.15
    if info.cancelled:
        y += unit * 0.3
        y += text(_tr(SLIP_CANCELLED), 1.2, bold=True, align=center)
    rule()

    side = min(width * 0.78, unit * 20)
    qr_rect = QRectF(rect.left() + (width - side) / 2, y, side, side)
    draw_qr(painter, qr_rect, qr_matrix(info.qr_text))
    y += side + unit * 0.4
    y += text(_tr(SLIP_VERIFY), 0.8, align=center)
    version = f" · v{info.version}" if info.version > 1 else ""
    y += text(f"{_tr(SLIP_RECORD)}: {info.crossing_id}{version}", 0.7, align=center)
    painter.restore()
    return y - rect.top()


def slip_height_ratio(info: ReceiptInfo) -> float:
    """The slip's height divided by its width (measured without drawing)."""
    picture = QPicture()
    painter = QPainter(picture)
    width = 600.0
    height = paint_receipt(painter, QRectF(0, 0, width, 100_000), info)
    painter.end()
    return height / width


def _page_layout(info: ReceiptInfo) -> QPageLayout:
    printable = PAPER_WIDTH_MM - 2 * PAPER_MARGIN_MM
    length = printable * slip_height_ratio(info) + 2 * PAPER_MARGIN_MM + 2
    size = QPageSize(
        QSizeF(PAPER_WIDTH_MM, length), QPageSize.Unit.Millimeter, "Receipt 80 mm"
    )
    margins = QMarginsF(*(PAPER_MARGIN_MM,) * 4)
    return QPageLayout(
        size, QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter
    )


def print_on(printer: QPrinter, info: ReceiptInfo) -> bool:
    """Paint the slip on ``printer`` (already set up); False if it cannot start."""
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        paint_receipt(painter, QRectF(0, 0, area.width(), area.height()), info)
    finally:
        painter.end()
    return True


def new_printer(info: ReceiptInfo) -> QPrinter:
    """A printer set up for the slip on 80 mm paper (the guard picks the device)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(_page_layout(info))
    printer.setDocName(f"borderdesk-receipt-{info.crossing_id}")
    return printer


def print_to_pdf(info: ReceiptInfo, path: Path) -> bool:
    """Write the slip as a PDF file (one 80 mm wide page)."""
    printer = new_printer(info)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return print_on(printer, info)


def render_image(info: ReceiptInfo, width_px: int = 576) -> QImage:
    """The slip as an image ``width_px`` wide (576 px: 72 mm at 203 dpi)."""
    height = round(width_px * slip_height_ratio(info)) + 2
    image = QImage(width_px, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_receipt(painter, QRectF(0, 0, width_px, height), info)
    painter.end()
    return image


# -- the dialog -------------------------------------------------------------------


class ReceiptDialog(QDialog):
    """The receipt of one crossing: QR code, key facts, Print (Ctrl+P), Close."""

    def __init__(self, info: ReceiptInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receiptDialog")
        self.info = info
        self.qr_text = info.qr_text
        self.qr = QLabel(self)
        self.qr.setObjectName("qrCode")
        self.qr.setPixmap(QPixmap.fromImage(qr_image(info.qr_text)))
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self._title = QLabel(self)
        self._title.setObjectName("cardTitle")
        self.cancelled = QFrame(self)
        self.cancelled.setObjectName("cancelledBanner")
        self._cancelled_label = QLabel(self.cancelled)
        self._cancelled_label.setWordWrap(True)
        banner = QHBoxLayout(self.cancelled)
        banner.setContentsMargins(10, 6, 10, 6)
        banner.addWidget(self._cancelled_label)
        self.cancelled.setVisible(info.cancelled)
        self._form = QFormLayout()
        self._form.setHorizontalSpacing(14)
        self._form.setVerticalSpacing(6)
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.values: dict[str, QLabel] = {}
        self._labels: dict[str, QLabel] = {}
        values = {
            "gate": info.gate,
            "terminal": info.terminal,
            "direction": info.direction,
            "time": info.time,
            "name": info.name,
            "document": info.document,
            "id": info.crossing_id,
        }
        for key, value in values.items():
            label, shown = QLabel(self), QLabel(value, self)
            label.setObjectName("fieldLabel")
            shown.setTextFormat(Qt.TextFormat.PlainText)
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if key in ("name", "document"):
                shown.setObjectName("detailValue")
                bold = QFont(shown.font())
                bold.setBold(True)
                shown.setFont(bold)
            self._labels[key], self.values[key] = label, shown
            self._form.addRow(label, shown)
        self._hint = QLabel(self)
        self._hint.setObjectName("hint")
        self._hint.setWordWrap(True)

        self.print_button = QPushButton(self)
        self.print_button.setObjectName("primary")
        self.print_button.setEnabled(not info.cancelled)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("secondary")
        self.close_button.clicked.connect(self.reject)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)

        facts = QVBoxLayout()
        facts.setSpacing(8)
        facts.addWidget(self._title)
        facts.addWidget(self.cancelled)
        facts.addLayout(self._form)
        facts.addStretch(1)
        facts.addWidget(self._hint)
        body = QHBoxLayout()
        body.setSpacing(18)
        body.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        body.addLayout(facts, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.print_button.setDefault(True)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Receipt"))
        self._title.setText(self.tr("Crossing receipt"))
        self._cancelled_label.setText(
            self.tr("This crossing was cancelled: the receipt is not valid.")
        )
        names = {
            "gate": self.tr("Border gate"),
            "terminal": self.tr("Counter"),
            "direction": self.tr("Direction"),
            "time": self.tr("Time"),
            "name": self.tr("Full name"),
            "document": self.tr("Document"),
            "id": self.tr("Record id"),
        }
        for key, label in self._labels.items():
            label.setText(names[key] + ":")
        self._hint.setText(
            self.tr(
                "The traveller keeps the printed slip; any counter can scan its code "
                "to check it."
            )
        )
        self.print_button.setText(self.tr("Print… (Ctrl+P)"))
        # setText() replaced the shortcut by the text's mnemonic (none): set it again.
        self.print_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.close_button.setText(self.tr("Close"))

    def _on_print_clicked(self) -> None:
        printer = new_printer(self.info)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the receipt"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if not print_on(printer, self.info):
            log.error("the receipt printer could not start")
            self._hint.setText(self.tr("The printer could not be started."))
