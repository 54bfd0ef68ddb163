"""The guard's whole flow in the window: sign in, queue, scan, compare, decide, save,
receipt, Today, amend; the watchlist alert; lock and idle lock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import numpy as np
import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519
from helpers.builders import NOW, crossing, identity, predeclaration
from helpers.officers import ADMIN, register
from helpers.screening import enrol, put_on_watchlist
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from borderdesk.config import Settings
from borderdesk.core import signed
from borderdesk.core.compare import Agreement
from borderdesk.scan import default_decoder
from borderdesk.services import AuthService, CounterService
from borderdesk.storage.predeclarations import PredeclarationStore
from borderdesk.ui import i18n
from borderdesk.ui.app import build_window
from borderdesk.ui.main_window import MainWindow
from borderdesk.ui.scanning.camera import gray_from_qimage

CCCD = "001090012345||Nguyễn Văn An|17051990|Nam|Số 1 Phố Huế, Hà Nội|01022021"
PIN = "246810"


@pytest.fixture
def auth(db: Database, settings: Settings) -> AuthService:
    register(db, [ADMIN])  # the terminal's administrator registers the guards
    service = AuthService(db, settings, clock=lambda: NOW)
    service.create_officer("BP0123", "Nguyễn Văn Hùng", "guard", PIN, actor="AD0001")
    service.create_officer("BP0456", "Lê Thị Hoa", "guard", "135790", actor="AD0001")
    return service


@pytest.fixture
def counter(qtbot: QtBot, service: CounterService, settings: Settings,
            auth: AuthService) -> Iterator[MainWindow]:
    win = build_window(service, settings, auth=auth)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    i18n.install(i18n.DEFAULT_LANGUAGE)
    win.close()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def sign_in(qtbot: QtBot, win: MainWindow, officer: str = "BP0123",
            pin: str = PIN) -> None:
    page = win.sign_in_page
    assert page is not None
    if not page.officer.isReadOnly():
        page.officer.setText(officer)
    page.pin.setText(pin)
    qtbot.keyClick(page.pin, Qt.Key.Key_Return)


def audit_actions(db: Database) -> list[str]:
    return [r[0] for r in db.conn.execute("SELECT action FROM audit ORDER BY seq")]


def declared_an(**overrides: object) -> dict:
    """Nguyễn Văn An's CCCD as declared on the portal, ``overrides`` typed
    differently."""
    person = identity(document_type="cccd", document_number="001090012345",
                      expiry_date=None, personal_number=None)
    person.update(overrides)
    return {k: v for k, v in person.items() if v is not None}


# -- sign-in and lock -----------------------------------------------------------------


def test_nothing_shows_before_sign_in_and_a_wrong_pin_is_refused(
        qtbot: QtBot, counter: MainWindow, db: Database) -> None:
    assert counter.locked
    assert counter.stack.currentWidget() is counter.sign_in_page
    assert not counter.save_action.isEnabled()
    sign_in(qtbot, counter, pin="000000")
    page = counter.sign_in_page
    assert counter.locked
    assert page.error.isVisible()
    assert page.error.text() == "Sai mã cán bộ hoặc mã PIN."
    assert page.pin.text() == ""  # never left on screen
    assert "officer.sign_in_refused" in audit_actions(db)

    sign_in(qtbot, counter)
    assert not counter.locked
    assert counter.header.officer.text() == "BP0123"
    assert counter.header.officer.isReadOnly()
    assert counter.officer() == "BP0123"
    assert audit_actions(db)[-1] == "officer.signed_in"


def test_lock_hides_the_counter_ignores_scans_and_unlocks_with_the_pin(
        qtbot: QtBot, counter: MainWindow, db: Database) -> None:
    sign_in(qtbot, counter)
    counter.form.notes.setText("half-typed")
    qtbot.keyClick(counter, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert counter.locked
    page = counter.sign_in_page
    assert page.officer.isReadOnly() and page.officer.text() == "BP0123"
    assert "Nguyễn Văn Hùng" in page.title.text()
    assert audit_actions(db)[-1] == "officer.session_locked"

    counter.scanning.router.route(CCCD)  # a scan at a locked counter fills nothing
    assert counter.form.document_number.text() == ""

    sign_in(qtbot, counter)
    assert not counter.locked
    assert counter.form.notes.text() == "half-typed"  # the same officer's work stays
    assert audit_actions(db)[-1] == "officer.session_unlocked"


def test_the_idle_timer_locks_and_another_officer_can_take_over(
        qtbot: QtBot, counter: MainWindow, db: Database) -> None:
    sign_in(qtbot, counter)
    assert counter.idle is not None and counter.idle.is_active()
    counter.form.notes.setText("An's notes")
    counter.idle.idle.emit()
    assert counter.locked
    reasons = [r[0] for r in db.conn.execute(
        "SELECT json_extract(details, '$.reason') FROM audit"
        " WHERE action = 'officer.session_locked'")]
    assert reasons == ["idle"]

    qtbot.mouseClick(counter.sign_in_page.switch_button, Qt.MouseButton.LeftButton)
    assert audit_actions(db)[-1] == "officer.signed_out"
    sign_in(qtbot, counter, "BP0456", "135790")
    assert counter.officer() == "BP0456"
    assert counter.form.notes.text() == ""  # nothing of the last officer's traveller


def test_input_restarts_the_idle_countdown(qtbot: QtBot, counter: MainWindow) -> None:
    sign_in(qtbot, counter)
    watcher = counter.idle
    assert watcher is not None
    watcher.set_minutes(0)
    watcher.stop()
    assert not watcher.is_active()  # 0 minutes: never locks
    watcher._timer.setInterval(200)
    watcher.start()
    for _ in range(4):
        qtbot.wait(100)
        qtbot.keyClick(counter.form.notes, Qt.Key.Key_A)
    assert not counter.locked  # 400 ms of typing outlived a 200 ms countdown
    qtbot.waitUntil(lambda: counter.locked, timeout=2000)


# -- the traveller --------------------------------------------------------------------


def test_scan_slip_then_card_compare_decide_save_receipt_today_amend(
        qtbot: QtBot, counter: MainWindow, service: CounterService, db: Database
) -> None:
    portal = ed25519.Ed25519PrivateKey.generate()
    service.keys.trust(portal.public_key(), kind="portal")
    PredeclarationStore(db).upsert([predeclaration(
        "TTBP-2026/000777", persons=[declared_an(given_names="Văn Anh")])])
    sign_in(qtbot, counter)
    counter.refresh_queue()
    assert [counter.queue.item_at(r).reference for r in counter.queue.visible_rows()
            ] == ["TTBP-2026/000777"]

    slip = signed.make_confirmation(
        reference="TTBP-2026/000777", gate="MONGCAI", direction="exit",
        expected_date=date(2026, 3, 10), persons=1,
        issued_at=datetime(2026, 3, 9, 2, tzinfo=UTC), key=portal)
    counter.scanning.router.route(slip)
    panel = counter.counter.panel
    assert panel.isVisible()
    assert panel.person_index is None  # nothing to compare yet
    assert counter.form.direction.value() == "exit"

    counter.scanning.router.route(CCCD)
    assert panel.person_index == 0
    different = [c.field for c in panel.comparisons if c.agreement is Agreement.DIFFERENT]
    assert different == ["given_names"]
    assert panel.summary.text() == (
        "1 trường khác với tờ khai: kiểm tra trước khi quyết định.")
    assert counter.form.given_names.property("finding") == "warning"
    assert "Văn Anh" in counter.form.given_names.toolTip()

    counter.form.decision.set_value("cleared")
    counter.save_action.trigger()
    stored = service.day(NOW.date(), actor="AD0001")
    assert len(stored) == 1
    saved = stored[0].crossing
    assert saved.predeclaration_ref == "TTBP-2026/000777"
    assert saved.officer == "BP0123"
    assert not panel.isVisible()  # ready for the next traveller
    assert counter.form.document_number.text() == ""
    # The queue marks the declaration as recorded.
    row = counter.queue.visible_rows()[0]
    assert counter.queue.table.item(row, 4).text() == "Đã ghi nhận"

    receipt = service.receipt(saved.id, actor="AD0001")
    # The receipt's QR is on screen after the save, and it is that signed receipt.
    assert counter.findings.receipt_qr.isVisible()
    shown = gray_from_qimage(counter.findings.receipt_qr.pixmap().toImage())
    assert default_decoder().decode_frame(np.pad(shown, 40, constant_values=255)
                                          ).texts == [receipt]
    assert service.verify_receipt(receipt).stored.crossing.id == saved.id
    assert counter.records.last_saved_id == saved.id

    counter.today.search.setText("nguyen van an")
    assert counter.today.model.rowCount() == 1
    assert counter.records.start_amend(stored[0])
    counter.form.given_names.setText("Văn Anh")
    counter.form.notes.setText("tên theo tờ khai")
    counter.save_action.trigger()
    versions = service.day(NOW.date(), actor="AD0001")
    amended = [s for s in versions if s.crossing.supersedes == saved.id]
    assert len(amended) == 1 and amended[0].crossing.version == 2


def test_the_queue_search_and_enter_attach_a_declaration(
        qtbot: QtBot, counter: MainWindow, db: Database) -> None:
    PredeclarationStore(db).upsert([
        predeclaration("TTBP-2026/000001", persons=[declared_an()]),
        predeclaration("TTBP-2026/000002", declarant="Trần Thị Mai", persons=[
            declared_an(surname="Trần", given_names="Thị Mai", sex="F",
                        document_number="001190054321")]),
        predeclaration("TTBP-2026/000003", status="submitted"),  # not confirmed
        predeclaration("TTBP-2026/000004", expected_date="2026-03-11"),  # tomorrow
    ])
    sign_in(qtbot, counter)
    counter.refresh_queue()
    assert len(counter.queue.visible_rows()) == 2
    qtbot.keyClick(counter, Qt.Key.Key_F3)
    assert counter.tabs.currentWidget() is counter.queue
    qtbot.keyClicks(counter.queue.search, "tran thi")
    assert counter.queue.count_badge.text() == "1 / 2"
    qtbot.keyClick(counter.queue.search, Qt.Key.Key_Return)
    assert counter.form.predeclaration_ref() == "TTBP-2026/000002"
    assert counter.counter.panel.isVisible()

    counter.scanning.router.route(CCCD)  # An's card against Mai's declaration
    different = {c.field for c in counter.counter.panel.differences()}
    assert {"surname", "given_names", "sex", "document_number"} <= different

    qtbot.mouseClick(counter.counter.panel.detach_button, Qt.MouseButton.LeftButton)
    assert counter.form.predeclaration_ref() == ""
    assert not counter.counter.panel.isVisible()


def test_a_card_scan_finds_its_declaration_by_document_number(
        qtbot: QtBot, counter: MainWindow, db: Database) -> None:
    PredeclarationStore(db).upsert([predeclaration("TTBP-2026/000009",
                                                   persons=[declared_an()])])
    sign_in(qtbot, counter)
    counter.form.set_direction("exit")
    counter.scanning.router.route(CCCD)
    assert counter.form.predeclaration_ref() == "TTBP-2026/000009"
    panel = counter.counter.panel
    assert panel.differences() == []
    assert panel.summary.text() == "Giấy tờ khớp với tờ khai (người thứ 1/1)."


def test_a_watchlist_hit_is_an_alert_that_cannot_be_cleared(
        qtbot: QtBot, counter: MainWindow, service: CounterService, db: Database
) -> None:
    enrol(db)
    put_on_watchlist(db, "VNM", "001090012345", "wanted")
    sign_in(qtbot, counter)
    counter.form.set_direction("exit")
    counter.scanning.router.route(CCCD)
    alert = counter.counter.alert
    assert alert.isVisible()
    assert alert.title.text() == "CÓ TRONG DANH SÁCH CẢNH BÁO — KHÔNG CHO QUA"
    assert "Nguyễn Văn An" in alert.text.text()
    assert counter.form.decision.value() == "secondary"
    assert not counter.form.decision.button("cleared").isEnabled()

    # Even forced through the form's data, the service refuses to clear.
    counter.form.decision.button("cleared").setEnabled(True)
    counter.form.decision.set_value("cleared")
    counter.save_action.trigger()
    assert service.day(NOW.date(), actor="AD0001") == []
    assert [f.code for f in counter.findings.errors()] == ["watchlist_hit"]

    counter.form.decision.set_value("secondary")
    counter.save_action.trigger()
    if not service.day(NOW.date(), actor="AD0001"):  # the hit is a warning to acknowledge
        for row in counter.findings.rows():
            if row.acknowledge is not None:
                row.acknowledge.setChecked(True)
        counter.save_action.trigger()
    stored = service.day(NOW.date(), actor="AD0001")
    assert len(stored) == 1 and str(stored[0].crossing.decision) == "secondary"
    flagged = service.flagged(NOW.date(), actor="AD0001")
    assert [s.crossing.id for s in flagged] == [stored[0].crossing.id]
    assert not alert.isVisible()  # the next traveller starts clean
    assert counter.form.decision.button("cleared").isEnabled()


def test_language_switch_at_run_time_retranslates_the_counter(
        qtbot: QtBot, counter: MainWindow, db: Database) -> None:
    assert counter.sign_in_page.sign_in_button.text() == "Đăng nhập"
    i18n.install("en")
    assert counter.sign_in_page.sign_in_button.text() == "Sign in"
    sign_in(qtbot, counter)
    enrol(db)
    put_on_watchlist(db, "VNM", "001090012345", "wanted")
    counter.scanning.router.route(CCCD)
    assert counter.counter.alert.title.text() == "WATCHLIST HIT — DO NOT CLEAR"
    assert counter.tabs.tabText(1) == "Expected (F3)"
    i18n.install("vi")
    assert counter.counter.alert.title.text() == (
        "CÓ TRONG DANH SÁCH CẢNH BÁO — KHÔNG CHO QUA")
    assert counter.tabs.tabText(1) == "Tờ khai dự kiến (F3)"


def test_a_guard_is_refused_what_the_role_does_not_allow(
        qtbot: QtBot, counter: MainWindow, service: CounterService,
        auth: AuthService, db: Database) -> None:
    """The window asks the service, which refuses (and audits) whatever a button
    offers: here cancelling another guard's crossing, then everything once the
    account is disabled meanwhile."""
    theirs = crossing(officer="BP0456")
    service.record(theirs, actor="BP0456")
    sign_in(qtbot, counter)
    assert counter.today.model.rowCount() == 1  # a guard sees the day's list
    dialog = counter.records.open_detail(theirs.id)
    assert dialog is not None
    error = dialog.cancel_crossing("Nhầm người")
    assert error == ("Không được phép: vai trò của bạn không được làm việc này. Hãy "
                     "nhờ giám sát viên.")
    assert service.cancellation(theirs.id) is None
    denied = db.conn.execute(
        "SELECT actor, terminal, entity_id, details FROM audit"
        " WHERE action = 'permission.denied'").fetchall()
    assert [row[:3] for row in denied] == [("BP0123", "T01", "cancel_any")]
    dialog.close()
    # disabled while signed in: the next look-up is refused
    auth.disable_officer("BP0123", ADMIN.officer_id)
    counter.refresh_action.trigger()
    assert "tài khoản cán bộ này" in counter.statusBar().currentMessage()
    assert db.conn.execute("SELECT details FROM audit ORDER BY seq DESC LIMIT 1"
                           ).fetchone()[0].count('"reason":"disabled"') == 1


def test_a_fresh_terminal_creates_its_first_administrator(
        qtbot: QtBot, service: CounterService, settings: Settings, db: Database
) -> None:
    auth = AuthService(db, settings, clock=lambda: NOW)
    win = build_window(service, settings, auth=auth)
    qtbot.addWidget(win)
    page = win.sign_in_page
    assert page is not None and page.setup and page.name.isVisibleTo(page)
    assert page.sign_in_button.text() == "Tạo và đăng nhập"
    page.name.setText("Trần Thị Lan")
    page.officer.setText("gs0001")
    page.pin.setText("654321")
    page.repeat.setText("654320")
    page.submit()
    assert page.error.text() == "Hai mã PIN không giống nhau: nhập lại mã PIN."
    assert not auth.has_officers()
    page.repeat.setText("654321")
    page.submit()
    assert [(o.officer_id, str(o.role)) for o in auth.officers(actor="GS0001")] == [
        ("GS0001", "admin")]
    assert not win.locked and win.officer() == "GS0001"
    assert not page.name.isVisibleTo(page)  # the next sign-in is an ordinary one
    win.close()
