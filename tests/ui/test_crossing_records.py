"""Recorded crossings at the counter: the detail view (Enter / double-click), cancel
with a reason, amend through the form, and the receipt (shown, verified, printed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.builders import car_crossing, crossing, person
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QLabel
from pytestqt.qtbot import QtBot

from borderdesk.core.model import Crossing
from borderdesk.services import CounterService
from borderdesk.ui import receipt
from borderdesk.ui.crossing_detail import CrossingDetailDialog
from borderdesk.ui.main_window import MainWindow
from borderdesk.ui.models import Column
from borderdesk.ui.receipt import ReceiptDialog, ReceiptInfo, paint_receipt


def _outbox(service: CounterService) -> list[tuple[str, str, str | None, str]]:
    return [
        tuple(row)
        for row in service.db.conn.execute(
            "SELECT crossing_id, function, ref_crossing_id, state FROM outbox"
            " ORDER BY seq"
        )
    ]


def _record(service: CounterService, **overrides: object) -> Crossing:
    c = crossing(**overrides)
    service.record(c, actor="BP0123")
    return c


def _open_with_enter(
    qtbot: QtBot, window: MainWindow, crossing_id: str
) -> CrossingDetailDialog:
    window.refresh_today()
    assert window.today.select_id(crossing_id)
    window.today.table.setFocus()
    qtbot.keyClick(window.today.table, Qt.Key.Key_Return)
    dialog = window.records.detail_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


# -- detail ----------------------------------------------------------------------


def test_enter_on_a_row_opens_everything_about_the_crossing(
    qtbot: QtBot, window: MainWindow, service: CounterService
) -> None:
    c = _record(
        service,
        predeclaration_ref="TTBP-2026-000123",
        persons=[person(expiry_date="2026-01-01")],
        acknowledged=["document_expired"],
    )
    dialog = _open_with_enter(qtbot, window, c.id)
    values = {key: label.text() for key, label in dialog.values.items()}
    assert dialog.name_label.text() == "Nguyễn Văn An"
    assert dialog.state_badge.text() == "Cho qua"
    assert values["id"] == c.id
    assert values["version"] == "1"
    assert values["time"].startswith("10/03/2026 10:00:00")  # the gate's clock
    assert values["direction"] == "Xuất cảnh"
    assert values["mode"] == "Đi bộ"
    assert values["gate"] == "Cửa khẩu Móng Cái"
    assert values["terminal"] == "T01"
    assert values["officer"] == "officer1"
    assert values["predeclaration"] == "TTBP-2026-000123"
    assert values["acknowledged"] == "Giấy tờ đã hết hạn từ ngày 01/01/2026."
    assert values["persons[0].document_number"] == "C1234567"
    assert values["persons[0].birth_date"] == "1990-05-17"
    assert values["persons[0].nationality"] == "Việt Nam (VNM)"
    assert values["persons[0].personal_number"] == "001090012345"
    assert values["sync_state"] == "Chờ gửi"
    assert values["sync.declare"] == "Chờ gửi"
    assert "superseded_by" not in values
    assert dialog.receipt_button.isEnabled()
    assert dialog.amend_button.isEnabled()
    assert dialog.cancel_button.isEnabled()
    assert dialog.cancelled_banner is None


def test_double_click_opens_the_detail_and_vehicles_are_shown(
    qtbot: QtBot, window: MainWindow, service: CounterService
) -> None:
    c = car_crossing()
    service.record(c, actor="BP0123")
    window.refresh_today()
    table = window.today.table
    rect = table.visualRect(window.today.proxy.index(0, Column.NAME))
    # A real double-click: a click, then the second press arrives as a double-click.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = window.records.detail_dialog
    assert dialog is not None
    values = {key: label.text() for key, label in dialog.values.items()}
    assert values["vehicle.plate"] == "14A-123.45"
    assert values["mode"] == "Ô tô con"
    assert values["persons[1].surname"] == "Trần"
    assert values["persons[1].given_names"] == "Thị Bình"
    # The form holds vehicles and their persons too: a car can be corrected.
    assert dialog.amend_button.isEnabled()
    assert dialog.cancel_button.isEnabled()


def test_portal_rejection_reason_is_shown(
    qtbot: QtBot, window: MainWindow, service: CounterService
) -> None:
    from datetime import UTC, datetime

    from borderdesk.storage.outbox import Outbox
    from sync.ports import Outcome

    c = _record(service)
    outbox = Outbox(service.db)
    (message,) = outbox.in_state("pending", 10)
    outbox.mark_sent([message.message_id], "b1", datetime.now(UTC))
    outbox.apply_results(
        [Outcome(message.message_id, "rejected", "gate_closed", "Closed at 22:00")],
        datetime.now(UTC),
    )
    dialog = _open_with_enter(qtbot, window, c.id)
    assert dialog.values["sync_state"].text() == "Bị từ chối"
    text = dialog.values["sync.declare"].text()
    assert "gate_closed" in text
    assert "Closed at 22:00" in text


# -- cancel ----------------------------------------------------------------------


def test_cancel_needs_a_reason_then_queues_a_cancel_message(
    qtbot: QtBot, window: MainWindow, service: CounterService
) -> None:
    c = _record(service)
    dialog = _open_with_enter(qtbot, window, c.id)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    ask = dialog.reason_dialog
    assert ask is not None and ask.isVisible()
    assert not ask.confirm_button.isEnabled()  # no reason yet
    ask.reason_edit.setPlainText("   ")
    assert not ask.confirm_button.isEnabled()
    ask.reason_edit.setPlainText("Ghi nhầm người")
    assert ask.confirm_button.isEnabled()
    qtbot.mouseClick(ask.confirm_button, Qt.MouseButton.LeftButton)

    cancellation = service.cancellation(c.id)
    assert cancellation is not None
    assert (cancellation.reason, cancellation.officer) == ("Ghi nhầm người", "BP0123")
    assert _outbox(service) == [
        (c.id, "declare", None, "pending"),
        (c.id, "cancel", c.id, "pending"),
    ]
    # The dialog shows it, and offers nothing more.
    assert dialog.state_badge.text() == "Đã hủy"
    assert dialog.cancelled_banner is not None
    banner_text = " ".join(
        label.text() for label in dialog.cancelled_banner.findChildren(QLabel)
    )
    assert "Ghi nhầm người" in banner_text
    assert "BP0123" in banner_text
    assert not dialog.cancel_button.isEnabled()
    assert not dialog.amend_button.isEnabled()
    assert not dialog.receipt_button.isEnabled()
    # And today's list strikes it through.
    proxy = window.today.proxy
    assert proxy.index(0, Column.DECISION).data() == "Đã hủy"
    assert proxy.index(0, Column.NAME).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert window.statusBar().currentMessage().startswith("Đã hủy lượt qua")


def test_cancel_without_an_officer_is_refused(
    qtbot: QtBot, window: MainWindow, service: CounterService
) -> None:
    c = _record(service)
    dialog = _open_with_enter(qtbot, window, c.id)
    window.header.officer.clear()  # (without one, Today shows nothing to open)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    ask = dialog.reason_dialog
    assert ask is not None
    ask.reason_edit.setPlainText("Nhầm")
    qtbot.mouseClick(ask.confirm_button, Qt.MouseButton.LeftButton)
    assert service.cancellation(c.id) is None
    assert ask.isVisible()
    assert ask.error.isVisible()
    assert "mã cán bộ" in ask.error.text()


# -- amend -----------------------------------------------------------------------


def test_amend_loads_the_form_and_saves_version_two(
    qtbot: QtBot, window: MainWindow, service: CounterService
) -> None:
    window.form.set_direction("entry")  # the lane
    old = _record(service, notes="")
    dialog = _open_with_enter(qtbot, window, old.id)
    with qtbot.waitSignal(dialog.amendRequested):
        qtbot.mouseClick(dialog.amend_button, Qt.MouseButton.LeftButton)
    form = window.form
    assert form.amending() == old
    assert form.amend_banner.isVisible()
    assert "Nguyễn Văn An" in form.amend_label.text()
    assert "10:00" in form.amend_label.text()
    assert form.document_number.text() == "C1234567"
    assert form.surname.text() == "Nguyễn"
    assert form.birth_date.text() == "1990-05-17"
    assert form.direction.value() == "exit"
    assert form.decision.value() == "cleared"

    form.given_names.setText("Văn Anh")  # the correction
    window.save_action.trigger()

    assert window.findings.errors() == []
    stored = service.day(service.today(), "MONGCAI", actor="BP0123")
    assert len(stored) == 2
    new = next(s for s in stored if s.crossing.id != old.id)
    assert new.crossing.version == 2
    assert new.crossing.supersedes == old.id
    assert new.crossing.persons[0].identity.given_names == "Văn Anh"
    assert new.crossing.persons[0].identity.personal_number == "001090012345"
    assert new.crossing.time_utc == old.time_utc  # the crossing's moment is kept
    assert new.crossing.officer == "BP0123"  # who made the correction
    assert service.get(old.id).superseded_by == new.crossing.id
    assert _outbox(service)[-1] == (new.crossing.id, "amend", old.id, "pending")

    assert form.amending() is None
    assert not form.amend_banner.isVisible()
    assert form.direction.value() == "entry"  # back to the lane's direction
    names = {
        window.today.proxy.index(r, Column.DECISION).data()
        for r in range(window.today.proxy.rowCount())
    }
    assert names == {"Cho qua", "Đã sửa"}

    # The old version's detail offers no action and names its replacement.
    detail = window.records.open_detail(old.id)
    assert detail is not None
    assert detail.values["superseded_by"].text() == new.crossing.id
    assert not detail.amend_button.isEnabled()
    assert not detail.cancel_button.isEnabled()
    detail.close()
    detail = window.records.open_detail(new.crossing.id)
    assert detail is not None
    assert old.id in detail.values["version"].text()
    assert detail.values["sync.amend"].text() == "Chờ gửi"


def test_escape_abandons_the_correction(
    qtbot: QtBot, window: MainWindow, service: CounterService
) -> None:
    window.form.set_direction("entry")
    old = _record(service)
    stored = service.get(old.id)
    assert stored is not None
    assert window.records.start_amend(stored)
    assert window.form.amend_banner.isVisible()
    qtbot.keyClick(window.form.surname, Qt.Key.Key_Escape)
    assert window.form.amending() is None
    assert not window.form.amend_banner.isVisible()
    assert window.form.document_number.text() == ""
    assert window.form.direction.value() == "entry"
    # The banner's button does the same.
    assert window.records.start_amend(stored)
    qtbot.mouseClick(window.form.abandon_amend_button, Qt.MouseButton.LeftButton)
    assert window.form.amending() is None
    assert len(service.day(service.today(), "MONGCAI", actor="BP0123")) == 1


# -- receipt ---------------------------------------------------------------------


def _save_in_window(qtbot: QtBot, window: MainWindow) -> str:
    form = window.form
    form.set_direction("exit")
    form.document_number.setText("C7654321")
    form.expiry_date.setText("2031-01-01")
    form.surname.setText("Nguyễn")
    form.given_names.setText("Văn An")
    form.sex.setCurrentIndex(form.sex.findData("M"))
    form.birth_date.setText("1990-05-17")
    window.save_action.trigger()
    assert window.records.last_saved_id is not None
    return window.records.last_saved_id


def test_receipt_of_the_last_save_verifies_and_masks_the_document(
    qtbot: QtBot, window: MainWindow, service: CounterService, tmp_path: Path
) -> None:
    crossing_id = _save_in_window(qtbot, window)
    assert window.records.receipt_dialog is None  # no dialog after a save
    assert window.records.receipt_action.shortcut().toString() == "F6"
    window.records.receipt_action.trigger()
    dialog = window.records.receipt_dialog
    assert isinstance(dialog, ReceiptDialog)
    qtbot.waitExposed(dialog)

    verified = service.verify_receipt(dialog.qr_text)
    assert verified.receipt.crossing_id == crossing_id
    assert verified.stored is not None
    assert dialog.values["document"].text() == "Hộ chiếu ••••4321"
    assert "C7654321" not in " ".join(v.text() for v in dialog.values.values())
    assert dialog.values["name"].text() == "Nguyễn Văn An"
    assert dialog.values["gate"].text() == "Cửa khẩu Móng Cái"
    assert dialog.values["direction"].text() == "Xuất cảnh"
    assert dialog.values["time"].text() == "10/03/2026 11:00"
    assert dialog.print_button.shortcut().toString() == "Ctrl+P"

    # The QR code on screen reads back as the same signed text.
    from borderdesk import scan

    path = tmp_path / "qr.png"
    assert dialog.qr.pixmap().save(str(path))
    texts = [code.text for code in scan.decode_file(path).codes]
    assert texts == [dialog.qr_text]


def test_receipt_button_of_the_detail_opens_the_receipt(
    qtbot: QtBot, window: MainWindow, service: CounterService
) -> None:
    c = _record(service)
    detail = _open_with_enter(qtbot, window, c.id)
    qtbot.mouseClick(detail.receipt_button, Qt.MouseButton.LeftButton)
    dialog = detail.receipt_dialog
    assert dialog is not None and dialog.isVisible()
    assert service.verify_receipt(dialog.qr_text).receipt.crossing_id == c.id


def test_receipt_without_any_crossing_says_so(window: MainWindow) -> None:
    window.records.receipt_action.trigger()
    assert window.records.receipt_dialog is None
    assert "Chưa lưu lượt nào" in window.statusBar().currentMessage()


def _info() -> ReceiptInfo:
    return ReceiptInfo(
        qr_text="BDR1.demo-text-that-is-not-signed." + "x" * 120,
        crossing_id="019a6f4e-8a10-7c3e-9d41-2b7f5c0e1a22",
        gate="Cửa khẩu Quốc tế Móng Cái",
        terminal="T01",
        direction="Xuất cảnh",
        time="14/08/2026 10:40",
        name="Nguyễn Thị Thu Hương Trần Phương Linh",
        document="Hộ chiếu " + receipt.mask_document("C2837461"),
    )


def test_paint_receipt_to_a_pdf_and_to_an_image(
    qapp: QApplication, tmp_path: Path
) -> None:
    info = _info()
    pdf = tmp_path / "slip.pdf"
    assert receipt.print_to_pdf(info, pdf)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(data) > 2000

    image = QImage(576, 900, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    height = paint_receipt(painter, image.rect().toRectF(), info)
    painter.end()
    assert 500 < height < 900
    dark = sum(
        1
        for y in range(0, round(height), 3)
        for x in range(0, 576, 3)
        if QColor(image.pixel(x, y)).lightness() < 128
    )
    assert dark > 2000  # text and the QR code, not a blank slip
    assert receipt.mask_document("C2837461") == "••••7461"
    assert receipt.mask_document("12") == "••12"


def test_print_button_asks_for_the_printer_and_prints(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    info = _info()
    dialog = ReceiptDialog(info)
    qtbot.addWidget(dialog)
    pdf = tmp_path / "printed.pdf"
    asked: list[QPrinter] = []

    def fake_exec(print_dialog: QPrintDialog) -> int:
        printer = print_dialog.printer()
        asked.append(printer)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(pdf))
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(QPrintDialog, "exec", fake_exec)
    dialog.show()
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert len(asked) == 1
    size = asked[0].pageLayout().pageSize().size(QPageSize.Unit.Millimeter)
    assert round(size.width()) == 80
    assert pdf.exists() and pdf.stat().st_size > 2000


def test_close_dialogs_hides_personal_data(
    qtbot: QtBot, window: MainWindow, service: CounterService
) -> None:
    c = _record(service)
    detail = _open_with_enter(qtbot, window, c.id)
    receipt_dialog = window.records.open_receipt(c.id)
    assert receipt_dialog is not None and receipt_dialog.isVisible()
    with qtbot.waitSignal(detail.destroyed):
        window.records.close_dialogs()
    qtbot.waitUntil(lambda: window.records.detail_dialog is None)
    assert window.records.receipt_dialog is None
    assert window.records.last_saved_id is None
