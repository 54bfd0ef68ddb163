"""The router: each kind of code does the right thing to the window, in Vietnamese.

Texts are routed as any scanner would deliver them (``router.route(text)``); image
files go through the real decoder in the worker thread, dropped or chosen.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import qrcode
from cryptography.hazmat.primitives.asymmetric import ed25519
from helpers.builders import crossing
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from borderdesk.core import mrz, signed
from borderdesk.services import CounterService
from borderdesk.ui import i18n
from borderdesk.ui.main_window import MainWindow
from borderdesk.ui.models import ID_ROLE
from borderdesk.ui.scanning import worker
from borderdesk.ui.scanning.camera import qimage_from_gray
from borderdesk.ui.scanning.router import ScanReport

CCCD = "001090012345||Nguyễn Văn An|17051990|Nam|Số 1 Phố Huế, Hà Nội|01022021"
# A woman's data under a man's number (century digit 0 = man born 1900-1999).
CCCD_MISMATCH = "001090012345||Trần Thị Bình|17051990|Nữ|Lào Cai|01022021"


@pytest.fixture(autouse=True)
def _no_decoder_thread_left(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every decoding thread a test starts is stopped once its window is closed."""
    started: list[worker.DecodeService] = []
    original = worker.DecodeService.__init__

    def record(self: worker.DecodeService, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        started.append(self)

    monkeypatch.setattr(worker.DecodeService, "__init__", record)
    yield
    assert [s for s in started if s.is_running()] == []


def td3(
    *,
    number: str = "C1234567<",
    birth: str = "900517",
    expiry: str = "310101",
    optional: str = "001090012345<<",
    break_birth_digit: bool = False,
) -> str:
    """A Vietnamese passport's MRZ with correct check digits (or a broken one)."""
    line1 = "P<VNMNGUYEN<<VAN<AN".ljust(44, "<")
    line2 = (
        number
        + str(mrz.check_digit(number))
        + "VNM"
        + birth
        + str(mrz.check_digit(birth))
        + "M"
        + expiry
        + str(mrz.check_digit(expiry))
        + optional
        + str(mrz.check_digit(optional))
    )
    composite = line2[0:10] + line2[13:20] + line2[21:43]
    line2 += str(mrz.check_digit(composite))
    if break_birth_digit:  # a misread digit: its own check and the composite fail
        wrong = (int(line2[19]) + 1) % 10
        line2 = line2[:19] + str(wrong) + line2[20:]
    return line1 + "\n" + line2


def route(qtbot: QtBot, window: MainWindow, text: str) -> ScanReport:
    with qtbot.waitSignal(window.scanning.router.routed, timeout=1000) as blocker:
        window.scanning.router.route(text)
    return blocker.args[0]


def identity(window: MainWindow) -> dict:
    return window.form.to_dict()["persons"][0]["identity"]


def test_a_cccd_qr_fills_the_form(qtbot: QtBot, window: MainWindow) -> None:
    window.form.notes.setText("kept")
    report = route(qtbot, window, CCCD)
    assert report.outcome == "filled"
    assert report.severity == "ok"
    assert identity(window) == {
        "surname": "Nguyễn",
        "given_names": "Văn An",
        "sex": "M",
        "birth_date": "1990-05-17",
        "nationality": "VNM",
        "document_type": "cccd",
        "document_number": "001090012345",
        "issuing_state": "VNM",
        "expiry_date": None,
    }
    assert window.form.notes.text() == "kept"  # only the identity is replaced
    panel = window.scanning.panel
    assert panel.isVisible()
    assert panel.title.text() == "Đã đọc thẻ CCCD: Nguyễn Văn An"
    assert window.statusBar().currentMessage() == panel.title.text()
    assert window.scanning.feedback.last in ("sound:ok", "beep:ok")


def test_cccd_cross_check_findings_are_shown_and_outlined(
    qtbot: QtBot, window: MainWindow
) -> None:
    report = route(qtbot, window, CCCD_MISMATCH)
    assert report.outcome == "filled"
    assert report.severity == "warning"
    assert window.form.surname.text() == "Trần"
    assert window.form.sex.currentData() == "F"
    text = window.scanning.panel.text()
    assert "Số căn cước cho biết giới tính “Nam”, nhưng đã chọn “Nữ”." in text
    assert window.form.document_number.property("finding") == "warning"
    assert window.scanning.feedback.last.endswith(":error")
    # The language can change while the band is shown.
    i18n.install("en")
    assert "The ID card number gives the sex as “Male”" in window.scanning.panel.text()


def test_an_mrz_fills_the_form(qtbot: QtBot, window: MainWindow) -> None:
    report = route(qtbot, window, td3())
    assert report.outcome == "filled"
    assert identity(window) == {
        "surname": "NGUYEN",
        "given_names": "VAN AN",
        "sex": "M",
        "birth_date": "1990-05-17",
        "nationality": "VNM",
        "document_type": "passport",
        "document_number": "C1234567",
        "issuing_state": "VNM",
        "expiry_date": "2031-01-01",
    }
    assert report.title_text() == "Đã đọc vùng MRZ: NGUYEN VAN AN (Hộ chiếu)"


def test_the_mrz_of_a_vietnamese_id_card_is_a_cccd(
    qtbot: QtBot, window: MainWindow
) -> None:
    """TD1: the 12-digit number sits in the optional data of the chip ID card."""
    line1 = "IDVNM" + "090012345"
    line1 += str(mrz.check_digit("090012345")) + "001090012345<<<"
    line2 = "900517" + str(mrz.check_digit("900517")) + "M"
    line2 += "310101" + str(mrz.check_digit("310101")) + "VNM" + "<" * 11
    line2 += str(mrz.check_digit(line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29]))
    line3 = "NGUYEN<<VAN<AN".ljust(30, "<")
    report = route(qtbot, window, "\n".join((line1, line2, line3)))
    assert report.outcome == "filled", report.text()
    assert identity(window)["document_type"] == "cccd"
    assert identity(window)["document_number"] == "001090012345"
    assert report.title_text() == "Đã đọc vùng MRZ: NGUYEN VAN AN (Căn cước / CCCD)"


def test_an_mrz_with_a_failed_check_digit_fills_nothing_and_says_which(
    qtbot: QtBot, window: MainWindow
) -> None:
    report = route(qtbot, window, td3(break_birth_digit=True))
    assert report.outcome == "check_digit"
    assert report.severity == "error"
    assert identity(window)["document_number"] == ""
    assert identity(window)["surname"] == ""
    computed = mrz.check_digit("900517")
    printed = (computed + 1) % 10
    text = window.scanning.panel.text()
    assert "KHÔNG điền vào biểu mẫu" in text
    assert f"Số kiểm tra của ngày sinh: in {printed}, tính ra {computed}." in text
    # The composite check fails with it: both are listed.
    assert "toàn vùng (số kiểm tra tổng hợp)" in text


def test_an_mrz_of_the_wrong_length_says_where(
    qtbot: QtBot, window: MainWindow
) -> None:
    report = route(qtbot, window, td3()[:-5])
    assert report.outcome == "unreadable"
    assert "không có độ dài" in window.scanning.panel.text()


def test_unknown_and_damaged_texts(qtbot: QtBot, window: MainWindow) -> None:
    report = route(qtbot, window, "https://example.com/promo")
    assert report.outcome == "unknown"
    assert report.title_text().startswith("Mã không xác định")
    assert "https://example.com/promo" in window.scanning.panel.text()
    report = route(qtbot, window, "001090012345||Nguy\ufffdn")
    assert report.outcome == "damaged"


def _record(service: CounterService, **overrides: object) -> str:
    recorded = crossing(**overrides)
    service.record(recorded, actor="officer1")
    return recorded.id


def test_a_receipt_selects_its_crossing_in_today_list(
    qtbot: QtBot, window: MainWindow, service: CounterService
) -> None:
    first = _record(service)
    _record(
        service,
        persons=[
            {
                "role": "traveller",
                "identity": {
                    "surname": "Lý",
                    "given_names": "Thị Mai",
                    "sex": "F",
                    "birth_date": "1985-01-02",
                    "nationality": "VNM",
                    "document_type": "passport",
                    "document_number": "C7654321",
                    "issuing_state": "VNM",
                    "expiry_date": "2030-01-01",
                },
            }
        ],
    )
    window.today.search.setText("Lý")  # the crossing is hidden by a search
    report = route(qtbot, window, service.receipt(first, actor="BP0123"))
    assert report.outcome == "selected"
    assert report.verified is True
    assert report.crossing_id == first
    assert window.today.search.text() == ""
    selected = window.today.table.selectionModel().selectedRows()
    assert [i.data(ID_ROLE) for i in selected] == [first]
    assert report.title_text() == (
        "Biên nhận hợp lệ: đã chọn lượt qua của Nguyễn Văn An trong danh sách hôm nay"
    )


def test_a_tampered_receipt_shows_a_bad_signature(
    qtbot: QtBot, window: MainWindow, service: CounterService
) -> None:
    cid = _record(service)
    text = service.receipt(cid, actor="BP0123")
    tampered = text[:-3] + ("A" if text[-3] != "A" else "B") + text[-2:]
    report = route(qtbot, window, tampered)
    assert report.outcome == "bad_signature"
    assert report.severity == "error"
    assert report.verified is False
    assert window.today.table.selectionModel().selectedRows() == []
    assert window.scanning.router.last_dialog is None
    assert "bị sửa hoặc giả mạo" in window.scanning.panel.text()


def test_a_receipt_of_another_day_is_shown_in_a_dialog(
    qtbot: QtBot, window: MainWindow, service: CounterService
) -> None:
    cid = _record(service, time_utc="2026-03-01T03:00:00Z")
    report = route(qtbot, window, service.receipt(cid, actor="BP0123"))
    assert report.outcome == "dialog"
    dialog = window.scanning.router.last_dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert dialog.values["id"].text() == cid
    assert dialog.values["name"].text() == "Nguyễn Văn An"
    assert dialog.values["time"].text() == "01/03/2026 10:00"
    assert dialog.status.text().startswith("Biên nhận hợp lệ")


def test_a_receipt_from_an_unknown_counter_is_flagged(
    qtbot: QtBot, window: MainWindow
) -> None:
    other = ed25519.Ed25519PrivateKey.generate()
    text = signed.make_receipt(
        crossing_id=crossing().id,
        gate="MONGCAI",
        terminal="T09",
        direction="entry",
        time_utc=datetime(2026, 3, 10, 2, tzinfo=UTC),
        fingerprint="A" * 11,
        key=other,
    )
    report = route(qtbot, window, text)
    assert report.outcome == "dialog"
    assert report.verified is False
    assert report.severity == "warning"
    dialog = window.scanning.router.last_dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert "CHƯA XÁC MINH ĐƯỢC" in dialog.status.text()
    assert dialog.values["terminal"].text() == "T09"
    assert dialog.values["time"].text() == "10/03/2026 09:00"  # the gate's clock


def _confirmation(key: ed25519.Ed25519PrivateKey, **overrides: object) -> str:
    fields: dict = {
        "reference": "TTBP-2026/000123",
        "gate": "MONGCAI",
        "direction": "exit",
        "expected_date": date(2026, 3, 10),
        "persons": 2,
        "issued_at": datetime(2026, 3, 9, 2, tzinfo=UTC),
        "key": key,
    }
    fields.update(overrides)
    return signed.make_confirmation(**fields)


def test_a_verified_confirmation_puts_its_reference_in_the_form(
    qtbot: QtBot, window: MainWindow, service: CounterService
) -> None:
    portal = ed25519.Ed25519PrivateKey.generate()
    service.keys.trust(portal.public_key(), kind="portal")
    window.form.set_direction("exit")
    report = route(qtbot, window, _confirmation(portal))
    assert report.outcome == "reference"
    assert report.verified is True
    assert report.severity == "ok"
    assert window.form.to_dict()["predeclaration_ref"] == "TTBP-2026/000123"
    assert window.form.predeclaration.text() == "Khai báo trước TTBP-2026/000123 ✓"
    text = window.scanning.panel.text()
    assert (
        "Số người khai: 2 · Ngày dự kiến: 10/03/2026 · Cửa khẩu Móng Cái, Xuất cảnh"
        in text
    )
    assert "chữ ký của Cổng quốc gia hợp lệ" in text
    # The reference goes with the form's next save, and the form clears it after.
    window.form.clear()
    assert "predeclaration_ref" not in window.form.to_dict()


def test_a_confirmation_with_an_unknown_key_is_flagged_not_verified(
    qtbot: QtBot, window: MainWindow
) -> None:
    stranger = ed25519.Ed25519PrivateKey.generate()
    window.form.set_direction("entry")
    report = route(
        qtbot,
        window,
        _confirmation(stranger, gate="LAOBAO", expected_date=date(2026, 3, 12)),
    )
    assert report.verified is False
    assert report.severity == "warning"
    assert "chưa xác minh được" in report.title_text().lower()
    assert window.form.predeclaration.text() == (
        "Khai báo trước TTBP-2026/000123 (chưa xác minh được)"
    )
    text = window.scanning.panel.text()
    assert "Khai cho cửa khẩu khác: Cửa khẩu Lao Bảo." in text
    assert "Khai cho chiều khác: Xuất cảnh." in text
    assert "Dự kiến ngày 12/03/2026, không phải hôm nay." in text


def test_a_forged_confirmation_is_refused(
    qtbot: QtBot, window: MainWindow, service: CounterService
) -> None:
    portal = ed25519.Ed25519PrivateKey.generate()
    service.keys.trust(portal.public_key(), kind="portal")
    text = _confirmation(portal)
    tampered = text[:-3] + ("A" if text[-3] != "A" else "B") + text[-2:]
    report = route(qtbot, window, tampered)
    assert report.outcome == "bad_signature"
    assert "predeclaration_ref" not in window.form.to_dict()
    assert not window.form.predeclaration.isVisible()


# -- image files -------------------------------------------------------------------


def qr_png(path: Path, text: str) -> Path:
    code = qrcode.QRCode(border=4)
    code.add_data(text.encode("utf-8"))
    modules = np.where(np.array(code.get_matrix(), dtype=bool), 0, 255).astype(np.uint8)
    assert qimage_from_gray(np.kron(modules, np.ones((6, 6), np.uint8))).save(str(path))
    return path


def test_an_image_file_is_decoded_in_the_worker_and_routed(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = qr_png(tmp_path / "the card.png", CCCD)
    with qtbot.waitSignal(window.scanning.router.routed, timeout=10_000) as blocker:
        window.scanning.files.scan_file(path)
        assert window.scanning.files.busy()  # returned at once: the worker decodes
    assert blocker.args[0].outcome == "filled"
    assert window.form.surname.text() == "Nguyễn"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (None, "Không tìm thấy mã QR trong blank.png."),
        (b"not an image at all", "Không đọc được ảnh blank.png"),
    ],
)
def test_image_files_without_a_code_or_unreadable_are_explained(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    content: bytes | None,
    expected: str,
) -> None:
    path = tmp_path / "blank.png"
    if content is None:
        assert qimage_from_gray(np.full((200, 300), 255, np.uint8)).save(str(path))
    else:
        path.write_bytes(content)
    files = window.scanning.files
    with qtbot.waitSignal(files.finished, timeout=10_000):
        files.scan_file(path)
    assert window.scanning.panel.text().startswith(expected)
    assert window.scanning.panel.severity() == "error"


def test_dropping_an_image_file_on_the_window_scans_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = qr_png(tmp_path / "cccd.png", CCCD)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    mime.setText(str(path))  # file managers add the path as text too
    target = window.form.surname  # a line edit: it would paste the path
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.scanning.router.routed, timeout=10_000) as blocker:
        QApplication.sendEvent(target, drop)
    assert blocker.args[0].outcome == "filled"
    assert window.form.surname.text() == "Nguyễn"  # not the file's path

    # Other drags are left alone.
    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile(str(tmp_path / "notes.txt"))])
    event = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        other,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    event.ignore()
    assert not window.scanning.drops.eventFilter(target, event)


def test_the_scan_menu(window: MainWindow) -> None:
    menu = window.scanning.menu
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[:2] == ["&Tệp", "&Quét"]
    assert menu.file_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert menu.camera_action.shortcut() == QKeySequence(Qt.Key.Key_F7)
    assert menu.wedge_action.text() == "Máy quét dạng &bàn phím (luôn bật)…"
    i18n.install("en")
    assert menu.title() == "S&can"
    assert menu.file_action.text() == "From an image &file…"


def test_scanner_settings_are_stored_in_the_window_prefs(window: MainWindow) -> None:
    from borderdesk.ui.scanning.dialogs import SerialSettingsDialog, WedgeSettingsDialog
    from borderdesk.ui.scanning.serial import PortInfo
    from borderdesk.ui.scanning.settings import SerialSettings, WedgeSettings

    controller = window.scanning
    dialog = WedgeSettingsDialog(controller.wedge.settings(), window)
    assert dialog._labels[0].text() == "Khoảng nghỉ tối đa giữa hai phím (ms):"
    assert dialog.ok_button.text() == "Đồng ý"
    dialog.max_gap.setValue(45)
    dialog.prefix.setText("]Q1")
    controller.apply_wedge_settings(dialog.values())
    assert controller.wedge.settings().max_gap_ms == 45
    assert WedgeSettings.load(window.prefs).prefix == "]Q1"
    dialog.show_test_scan("ABC")
    assert "ABC" in dialog.test_result.text()
    dialog.deleteLater()

    ports = [PortInfo("ttyACM0", "/dev/ttyACM0", "1900", "Honeywell", 1, 2, "")]
    serial = SerialSettingsDialog(SerialSettings(), lambda: ports, "", window)
    assert serial.port.currentText().startswith("ttyACM0")
    serial.enabled.setChecked(False)
    values = serial.values()
    assert values.port == "ttyACM0"
    controller.apply_serial_settings(values)
    assert SerialSettings.load(window.prefs).port == "ttyACM0"
    assert not controller.serial.is_running()
    serial.deleteLater()
