"""The supervision window: who may open it, the day's overview, the messages the
portal refused (and correcting one until the real portal accepts it), the audit log
(filters, paging, the hash-chain check), exports and officers."""

from __future__ import annotations

import inspect
import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import pytest
import requests
from helpers.builders import NOW, TIME_UTC, crossing, person, vehicle
from helpers.officers import ADMIN, GUARD, OFFICER1, SUPERVISOR, TestOfficer
from helpers.screening import enrol, put_on_watchlist
from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, QThread
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from borderdesk.config import Settings
from borderdesk.core.signed import b64encode, public_key_bytes
from borderdesk.services import AuthService, CounterService
from borderdesk.storage.db import write_transaction
from borderdesk.storage.outbox import Outbox, SqliteSyncStore
from borderdesk.supervision import AuditFilter
from borderdesk.ui import i18n
from borderdesk.ui.app import build_window
from borderdesk.ui.main_window import MainWindow
from borderdesk.ui.supervisor import labels
from borderdesk.ui.supervisor.window import SupervisionWindow
from sync import ports
from sync.client import PortalClient
from sync.engine import SyncEngine, enrolment_keys
from sync.ports import Outcome

pytestmark = pytest.mark.usefixtures("officers")
DAY = date(2026, 3, 10)  # the gate day of NOW
WAIT_MS = 20_000


@pytest.fixture(autouse=True)
def _dangling_qthreads(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail the test if a QThread it started is still running at its end."""
    started: WeakKeyDictionary[QThread, str] = WeakKeyDictionary()
    base_start = QThread.start

    def start(self: QThread, *args: Any) -> None:
        caller = inspect.stack()[1]
        started[self] = f"{caller.filename}:{caller.lineno}"
        base_start(self, *args)

    monkeypatch.setattr(QThread, "start", start)
    yield
    dangling = []
    for thread, where in list(started.items()):
        try:
            if thread.isRunning():
                dangling.append(where)
                thread.quit()
                thread.wait(5_000)
        except RuntimeError:
            continue
    assert not dangling, f"QThreads left running, started at: {dangling}"


@pytest.fixture
def auth(db: Database, settings: Settings) -> AuthService:
    return AuthService(db, settings, clock=lambda: NOW)


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


def sign_in(qtbot: QtBot, win: MainWindow, who: TestOfficer = SUPERVISOR) -> None:
    page = win.sign_in_page
    assert page is not None
    if not page.officer.isReadOnly():
        page.officer.setText(who.officer_id)
    page.pin.setText(who.pin)
    qtbot.keyClick(page.pin, Qt.Key.Key_Return)
    assert not win.locked, page.error.text()


def open_supervision(qtbot: QtBot, win: MainWindow, tab: str = "overview"
                     ) -> SupervisionWindow:
    window = win.supervision.open(tab)
    assert window is not None  # closed with the counter window (counter fixture)
    qtbot.waitExposed(window)
    return window


def record(service: CounterService, **overrides: Any) -> str:
    c = crossing(officer=OFFICER1.officer_id, **overrides)
    service.record(c, actor=OFFICER1.officer_id)
    return c.id


def other_person(number: str, **overrides: Any) -> list[dict[str, Any]]:
    return [person(document_number=number, personal_number=None, **overrides)]


def answer(db: Database, outcomes: dict[str, tuple[str, str | None, str | None]]
           ) -> None:
    """Give these crossings' pending messages the portal's answer."""
    box = Outbox(db)
    pending = {m.crossing_id: m for m in box.in_state("pending", 1000)}
    box.mark_sent([pending[cid].message_id for cid in outcomes], "batch-1", NOW)
    box.apply_results([Outcome(pending[cid].message_id, state, code, reason)
                       for cid, (state, code, reason) in outcomes.items()], NOW)


def append_audit(db: Database, n: int, action: str = "test.event",
                 actor: str = "BP0123") -> None:
    with write_transaction(db):
        from borderdesk.storage import audit

        for i in range(n):
            audit.append(db, actor=actor, terminal="T01", action=action,
                         entity="terminal", entity_id=f"E{i}", details={"i": i},
                         at=NOW)


# -- who may open it ------------------------------------------------------------------


def test_only_supervisors_and_admins_get_the_menu(
        qtbot: QtBot, counter: MainWindow) -> None:
    launcher = counter.supervision
    assert launcher.open_action.shortcut().toString() == "Ctrl+Shift+S"
    assert not launcher.open_action.isEnabled()  # nobody signed in yet
    sign_in(qtbot, counter, GUARD)
    assert not launcher.open_action.isEnabled()
    assert launcher.open() is None

    counter.sign_out_action.trigger()
    sign_in(qtbot, counter, SUPERVISOR)
    assert launcher.open_action.isEnabled()
    assert launcher.menu.title() == "Giám &sát"
    qtbot.keyClick(counter, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    window = launcher.window
    assert window is not None
    assert window.tabs.currentWidget() is window.overview
    assert window.tabs.tabText(0) == "Tổng quan ngày"

    counter.lock("manual")  # the counter locks: the supervision window goes too
    qtbot.waitUntil(lambda: launcher.window is None)
    assert not launcher.open_action.isEnabled()


# -- the day's overview ---------------------------------------------------------------


def test_overview_counts_a_seeded_day(
        qtbot: QtBot, counter: MainWindow, service: CounterService,
        db: Database) -> None:
    enrol(db)
    put_on_watchlist(db, "VNM", "B7654321", "Truy nã")
    record(service)
    record(service, direction="entry", persons=other_person("C2222222"))
    record(service, mode="car", vehicle=vehicle(),
           persons=[person(role="driver", document_number="C3333333",
                           personal_number=None)])
    referred = record(service, decision="secondary", notes="kiểm tra thêm",
                      persons=other_person("C4444444", surname="Lê",
                                           given_names="Thị Hoa", sex="F"))
    listed = record(service, decision="secondary", acknowledged=["watchlist_hit"],
                    persons=other_person("B7654321", surname="Trần",
                                         given_names="Minh"))
    record(service, time_utc=(TIME_UTC - timedelta(days=1)).isoformat(),
           persons=other_person("C5555555"))
    sign_in(qtbot, counter)
    window = open_supervision(qtbot, counter)
    panel = window.overview
    assert panel.day() == DAY
    assert panel.direction_card.counts() == {"Xuất cảnh": 4, "Nhập cảnh": 1}
    assert panel.decision_card.counts() == {"Cho qua": 3,
                                            "Chuyển kiểm tra chuyên sâu": 2}
    assert panel.mode_card.counts() == {"Đi bộ": 4, "Ô tô con": 1}
    assert panel.sync_card.counts() == {"Chờ gửi": 5}
    assert panel.officer_card.counts() == {f"OFFICER1 · {OFFICER1.name}": 5}
    assert panel.summary.text().startswith("5 lượt")
    cases = {panel.cases.row_at(r).stored.crossing.id: r
             for r in range(panel.cases.rowCount())}
    assert set(cases) == {referred, listed}
    model = panel.cases
    row = cases[listed]
    texts = [model.index(row, c).data() for c in range(model.columnCount())]
    assert texts[1] == "Trần Minh"
    assert texts[2] == "Hộ chiếu B7654321"
    assert texts[4] == "OFFICER1"
    assert "Truy nã" in texts[5] and "Chuyển kiểm tra" in texts[5]

    panel.date_edit.setDate(QDate(2026, 3, 9))  # the day before
    assert panel.direction_card.counts() == {"Xuất cảnh": 1}
    assert panel.cases.rowCount() == 0
    assert panel.empty.isVisible()

    panel.table.setFocus()
    panel.set_day(DAY)
    panel.table.select_row(cases[referred])
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert window.detail_dialog is not None
    assert window.detail_dialog.details.crossing.id == referred
    window.detail_dialog.close()


# -- the review of refused messages --------------------------------------------------


def test_the_review_list_shows_the_portals_reasons(
        qtbot: QtBot, counter: MainWindow, service: CounterService,
        db: Database) -> None:
    ok = record(service)
    late = record(service, persons=other_person("C2222222", surname="Phạm",
                                                given_names="Thu"))
    odd = record(service, persons=other_person("C3333333"))
    answer(db, {ok: ("accepted", None, None),
                late: ("rejected", "payload_invalid", "time_in_future"),
                odd: ("rejected", "document_unknown",
                      "The document number is not in the national register")})
    sign_in(qtbot, counter)
    window = open_supervision(qtbot, counter, "review")
    panel = window.review
    assert window.tabs.currentWidget() is panel
    assert [i.crossing_id for i in panel.items()] == [odd, late]
    assert panel.count_badge.text() == "2"
    assert panel.select_message(panel.items()[1].message_id)
    expected = ("Cổng thấy bản ghi không hợp lệ: giờ qua lại ở tương lai đối với "
                "cổng (kiểm tra đồng hồ của máy này).")
    assert panel.reason.text() == expected
    assert labels.portal_reason("payload_invalid", "time_in_future") == expected
    assert "Phạm Thu" in panel.crossing_text.text()
    assert panel.amend_button.isEnabled()
    assert panel.model.index(1, 4).data() == "Bị từ chối"
    # an unknown code: the portal's own words
    panel.select_message(panel.items()[0].message_id)
    assert panel.reason.text() == ("Cổng trả lời: The document number is not in the "
                                   "national register")


def _portal_client(service: CounterService, url: str, portal_db: Path
                   ) -> PortalClient:
    """Enrol the service's terminal with the real portal; the client to sync with."""
    from sync.portal import admin

    store = SqliteSyncStore(service.db)
    key = service.terminal_key()
    session = requests.Session()
    session.trust_env = False
    client = PortalClient(session, url, key, "MONGCAI/T01", timeout=(5, 20))
    code = admin.create_enrolment_code(portal_db, "MONGCAI", "T01")["code"]
    response = client.enrol(code, b64encode(public_key_bytes(key.public)))
    store.save_enrolment(
        ports.Enrolment(url, "MONGCAI", "T01", key.key_id, response["portal_key_id"],
                        response["watchlist_key"], NOW.isoformat(),
                        response["limits"]),
        enrolment_keys(response), actor="test")
    return client


def _sync_once(service: CounterService, client: PortalClient) -> Any:
    engine = SyncEngine(SqliteSyncStore(service.db), client, rng=random.Random(1))
    steps = list(engine.run_once(force=True, pull=False))
    assert steps[-1].phase == "done"
    return steps[-1]


def test_a_rejected_crossing_is_corrected_and_accepted_by_the_real_portal(
        qtbot: QtBot, counter: MainWindow, service: CounterService,
        tmp_path: Path) -> None:
    from sync.portal import admin
    from sync.portal.server import PortalServer

    portal_db = tmp_path / "portal" / "portal.db"
    portal_db.parent.mkdir()
    with PortalServer(portal_db) as server:
        client = _portal_client(service, server.url, portal_db)
        try:
            # Stored without the counter's checks (an import from an older
            # version): a date of birth after the crossing's day.
            wrong = crossing(officer=OFFICER1.officer_id,
                             persons=other_person("C7777777", surname="Đặng",
                                                  given_names="Văn Lâm",
                                                  birth_date="2026-03-11"))
            service.store.record(wrong, actor=OFFICER1.officer_id, now=NOW)
            wrong = wrong.id
            first = _sync_once(service, client)
            assert (first.rejected, first.accepted) == (1, 0)

            sign_in(qtbot, counter)
            window = open_supervision(qtbot, counter, "review")
            panel = window.review
            assert [i.crossing_id for i in panel.items()] == [wrong]
            assert panel.reason.text() == (
                "Cổng thấy bản ghi không hợp lệ: ngày sinh sau giờ qua lại.")
            assert panel.model.index(0, 6).data() == "Chờ xử lý"

            qtbot.mouseClick(panel.amend_button, Qt.MouseButton.LeftButton)
            form = counter.form
            assert form.amending() is not None
            assert form.amending().id == wrong
            form.birth_date.setText("1990-03-05")
            counter.save_action.trigger()
            assert form.amending() is None, counter.findings.summary.text()

            # The list follows the save: the refused version is corrected.
            item = panel.items()[0]
            assert item.status == "corrected"
            assert item.latest is not None and item.latest.crossing.version == 2
            corrected = item.latest.crossing.id
            assert panel.model.index(0, 6).data() == (
                "Đã sửa: phiên bản 2, Chờ gửi")

            second = _sync_once(service, client)
            assert (second.accepted, second.rejected) == (1, 0)
            window.activateWindow()
            window.refresh_current()  # F5
            assert panel.model.index(0, 6).data() == (
                "Đã sửa: phiên bản 2, Đã đồng bộ")
            assert not panel.amend_button.isEnabled()
            panel.open_only.setChecked(True)
            assert panel.items() == []
            held = {m["crossing_id"]: m for m in admin.dump(portal_db)}
            assert set(held) == {corrected}
            assert held[corrected]["function"] == "02"
        finally:
            client.close()


# -- the audit log --------------------------------------------------------------


def test_audit_viewer_pages_and_filters(
        qtbot: QtBot, counter: MainWindow, db: Database) -> None:
    append_audit(db, 450)
    append_audit(db, 3, action="db.backup", actor="AD0001")
    sign_in(qtbot, counter)
    window = open_supervision(qtbot, counter, "audit")
    panel = window.audit
    model = panel.model
    assert model.rowCount() == 200  # one page, newest first
    newest = model.entry(0)
    assert newest.action == "officer.signed_in" and newest.actor == "GS0001"
    assert model.index(0, 4).data() == "Đăng nhập"
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 400
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 454 and model.exhausted
    assert "tìm hết" in panel.status.text()

    combo = panel.action_combo
    actions = [combo.itemData(i) for i in range(combo.count())]
    assert {"db.backup", "test.event", "officer.signed_in"} <= set(actions)
    panel.action_combo.setCurrentIndex(panel.action_combo.findData("db.backup"))
    panel.apply_filters()
    assert [model.entry(r).seq for r in range(model.rowCount())] == [453, 452, 451]

    panel.set_filters(AuditFilter(actor="bp0123", text="E44"))
    assert {model.entry(r).entity_id for r in range(model.rowCount())} == {
        "E44", "E440", "E441", "E442", "E443", "E444", "E445", "E446", "E447",
        "E448", "E449"}
    panel.set_filters(AuditFilter(start=DAY + timedelta(days=1),
                                  end=DAY + timedelta(days=2)))
    assert model.rowCount() == 0
    panel.clear_filters()
    assert model.rowCount() == 200

    panel.table.select_row(0)
    assert panel.detail.toPlainText().startswith("#")
    assert "officer.signed_in" in panel.detail.toPlainText()


def test_chain_verification_reports_a_tampered_row(
        qtbot: QtBot, counter: MainWindow, db: Database) -> None:
    append_audit(db, 30)
    sign_in(qtbot, counter)
    window = open_supervision(qtbot, counter, "audit")
    panel = window.audit
    qtbot.mouseClick(panel.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.report is not None, timeout=WAIT_MS)
    assert panel.report.ok
    assert panel.result.text() == "Chuỗi còn nguyên vẹn: đã kiểm tra 31 mục."

    # Tampering around the application: the append-only trigger dropped, a row edited.
    db.conn.execute("DROP TRIGGER audit_no_update")
    db.conn.execute("UPDATE audit SET details = '{\"i\":99}' WHERE seq = 12")
    qtbot.mouseClick(panel.verify_button, Qt.MouseButton.LeftButton)
    assert panel.progress.isVisible() or panel.report is not None
    qtbot.waitUntil(lambda: panel.report is not None, timeout=WAIT_MS)
    report = panel.report
    assert (report.ok, report.first_bad, report.problem) == (False, 12, "edited")
    assert "#12" in panel.result.text()
    assert panel.result.property("severity") == "error"
    row = panel.table.current_row()
    assert row >= 0 and panel.model.entry(row).seq == 12
    assert panel.verify_button.isEnabled() and not panel.progress.isVisible()


# -- exports -------------------------------------------------------------------------


def test_export_writes_files_and_verifies_them(
        qtbot: QtBot, counter: MainWindow, service: CounterService,
        tmp_path: Path) -> None:
    record(service)
    record(service, persons=other_person("C2222222"))
    sign_in(qtbot, counter)
    window = open_supervision(qtbot, counter, "export")
    panel = window.exports
    if panel is None:
        pytest.skip("this build has no borderdesk.exports")
    out = tmp_path / "xuat"
    panel.folder.setText(str(out))
    panel.pdf.setChecked(False)
    assert panel.start_export()
    qtbot.waitUntil(lambda: not panel.running, timeout=WAIT_MS)
    assert [f.format for f in panel.files] == ["csv", "xlsx"], panel.message.text()
    assert all(f.path.is_file() and f.manifest.is_file() for f in panel.files)
    assert panel.model.rowCount() == 2
    assert panel.message.property("severity") == "ok"
    result = panel.verify(panel.files[0].path)
    assert result.ok
    assert panel.check_result.text().startswith("Nguyên vẹn")
    panel.files[0].path.write_text("sửa tay\n", encoding="utf-8")
    assert not panel.verify(panel.files[0].path).ok
    assert panel.check_result.text().startswith("ĐÃ BỊ SỬA")


# -- officers --------------------------------------------------------------------


def test_an_admin_registers_and_disables_an_officer(
        qtbot: QtBot, counter: MainWindow, auth: AuthService) -> None:
    sign_in(qtbot, counter, ADMIN)
    window = open_supervision(qtbot, counter, "officers")
    panel = window.officers
    assert panel is not None and panel.add_button.isEnabled()
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    dialog.officer_id.setText("bp0777")
    dialog.name.setText("Hoàng Thị Yến")
    dialog.role.setCurrentIndex(dialog.role.findData("guard"))
    dialog.pin.setText("777777")
    dialog.pin_again.setText("777777")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert panel.current() is not None and panel.current().officer_id == "BP0777"
    qtbot.mouseClick(panel.disable_button, Qt.MouseButton.LeftButton)
    assert panel.current().disabled
    assert panel.message.text() == "BP0777 không còn đăng nhập được."
    assert auth.store.get("BP0777").officer.disabled


def test_a_supervisor_sees_officers_but_cannot_manage_them(
        qtbot: QtBot, counter: MainWindow) -> None:
    sign_in(qtbot, counter)
    window = open_supervision(qtbot, counter, "officers")
    panel = window.officers
    assert panel is not None and panel.model.rowCount() >= 5
    assert not panel.add_button.isEnabled()
    assert not panel.disable_button.isEnabled()


def test_english(qtbot: QtBot, counter: MainWindow, service: CounterService,
                 db: Database) -> None:
    late = record(service)
    answer(db, {late: ("rejected", "wrong_gate", "LAOBAO != MONGCAI")})
    sign_in(qtbot, counter)
    window = open_supervision(qtbot, counter, "review")
    i18n.install("en")
    assert window.tabs.tabText(1) == "Refused by the portal"
    assert counter.supervision.menu.title() == "&Supervision"
    assert window.review.reason.text() == (
        "The record names another border gate than the one this terminal is "
        "enrolled for (LAOBAO != MONGCAI).")
