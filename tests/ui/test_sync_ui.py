"""Background sync in the window, against the real reference portal on loopback.

The window's :class:`~borderdesk.ui.sync_worker.SyncService` runs the engine in its
own thread with its own connection; these tests save crossings through the form and
watch the status bar and today's list follow. No timed assertions: every wait is a
``qtbot.waitUntil`` with a generous timeout.

``_dangling_qthreads`` (after napari's ``conftest.py``) fails a test that leaves a
QThread running.
"""

from __future__ import annotations

import inspect
import io
import socket
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import pytest
from helpers.builders import crossing
from helpers.officers import ADMIN, credentials, register, register_in
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QThread
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

import borderdesk.cli as bcli
from borderdesk.config import Settings, load
from borderdesk.services import CounterService
from borderdesk.storage.db import open_db
from borderdesk.ui import i18n
from borderdesk.ui.app import build_window
from borderdesk.ui.main_window import MainWindow
from borderdesk.ui.models import Column
from borderdesk.ui.sync_status import SyncStatusWidget, error_text
from borderdesk.ui.sync_worker import (
    ERROR,
    NOT_ENROLLED,
    OFFLINE,
    ONLINE,
    SYNCING,
    SyncService,
    SyncSnapshot,
    SyncWorker,
)
from sync.portal import admin
from sync.portal.server import PortalServer

WAIT_MS = 20_000


# -- leak guard --------------------------------------------------------------------


@pytest.fixture(autouse=True)
def _dangling_qthreads(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> Iterator[None]:
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
                dangling.append((thread, where))
        except RuntimeError:  # the C++ object is gone: it was deleted, so not running
            continue
    for thread, _ in dangling:
        thread.quit()
        thread.wait(5_000)
    assert not dangling, "QThreads left running, started at: " + ", ".join(
        where for _, where in dangling
    )


# -- fixtures ----------------------------------------------------------------------


@pytest.fixture
def db_path(settings: Settings) -> Path:
    """The service's database is the configured one (the CLI's ``enrol`` finds it)."""
    return settings.db_path


@pytest.fixture
def portal_db(tmp_path: Path) -> Path:
    path = tmp_path / "portal" / "portal.db"
    path.parent.mkdir()
    return path


@pytest.fixture
def portal(portal_db: Path) -> Iterator[PortalServer]:
    with PortalServer(portal_db) as server:
        yield server


def _enrol(url: str, portal_db: Path) -> None:
    """``borderdesk enrol`` with a fresh code, as an administrator would."""
    code = admin.create_enrolment_code(portal_db, "MONGCAI", "T01")["code"]
    out, err = io.StringIO(), io.StringIO()
    register_in(load().settings.db_path, [ADMIN])
    with credentials(ADMIN) as who:
        status = bcli.main(["enrol", "--portal", url, "--code", code, *who], out, err)
    assert status == 0, err.getvalue()


@pytest.fixture
def enrolled(portal: PortalServer, portal_db: Path) -> PortalServer:
    _enrol(portal.url, portal_db)
    return portal


@pytest.fixture
def make_window(
    qtbot: QtBot, service: CounterService, settings: Settings
) -> Iterator[Callable[..., MainWindow]]:
    windows: list[MainWindow] = []

    register(service.db)  # BP0123, who saves the crossings

    def make(**kwargs: Any) -> MainWindow:
        sync = SyncService(settings.db_path, settings, **kwargs)
        win = build_window(service, settings, sync=sync)
        qtbot.addWidget(win)
        win.header.officer.setText("BP0123")
        win.show()
        qtbot.waitExposed(win)
        windows.append(win)
        return win

    yield make
    i18n.install(i18n.DEFAULT_LANGUAGE)
    for win in windows:
        win.close()
        win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _type(widget: QLineEdit, text: str) -> None:
    widget.clear()
    widget.setText(text)


def _save_crossing(qtbot: QtBot, window: MainWindow, number: str = "C1234567") -> str:
    form = window.form
    qtbot.mouseClick(form.direction.button("exit"), Qt.MouseButton.LeftButton)
    _type(form.document_number, number)
    _type(form.expiry_date, "2031-01-01")
    _type(form.surname, "Nguyễn")
    _type(form.given_names, "Văn An")
    form.sex.setCurrentIndex(form.sex.findData("M"))
    _type(form.birth_date, "1990-05-17")
    before = window.today.model.rowCount()
    window.save_action.trigger()
    assert window.today.model.rowCount() == before + 1, window.findings.summary.text()
    return window.today.model.crossing_at(0).crossing.id


def _sync_cell(window: MainWindow, row: int = 0) -> str:
    return window.today.proxy.index(row, Column.SYNC).data()


def _state(window: MainWindow) -> str:
    return window.sync_status.snapshot.state


def _outbox(db_path: Path) -> dict[str, str]:
    db = open_db(db_path)
    try:
        return dict(db.conn.execute("SELECT crossing_id, state FROM outbox"))
    finally:
        db.close()


# -- end to end --------------------------------------------------------------------


def test_a_saved_crossing_is_synced_and_the_window_says_so(
    qtbot: QtBot, make_window: Callable[..., MainWindow], enrolled: PortalServer,
    db_path: Path, portal_db: Path,
) -> None:
    window = make_window()
    assert window.sync_status.isVisible()
    qtbot.waitUntil(lambda: _state(window) == ONLINE, timeout=WAIT_MS)
    crossing_id = _save_crossing(qtbot, window)

    qtbot.waitUntil(lambda: _sync_cell(window) == "Đã đồng bộ", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: _state(window) == ONLINE and
                    window.sync_status.snapshot.counts.get("accepted") == 1,
                    timeout=WAIT_MS)
    snapshot = window.sync_status.snapshot
    assert snapshot.waiting == 0
    assert snapshot.last_success_at is not None
    assert snapshot.error_code is None
    text = window.sync_status.text()
    assert text.startswith("Trực tuyến · chờ gửi 0 · đồng bộ lúc ")
    assert _outbox(db_path) == {crossing_id: "accepted"}
    assert [m["crossing_id"] for m in admin.dump(portal_db)] == [crossing_id]
    # the row stays selected: only the sync column changed
    assert window.today.table.selectionModel().selectedRows()[0].row() == 0


def test_sync_now_action_is_in_the_file_menu_with_f9(
    make_window: Callable[..., MainWindow], enrolled: PortalServer
) -> None:
    window = make_window()
    action = window.sync_now_action
    assert action in window._file_menu.actions()
    assert action.shortcut().toString() == "F9"
    assert action.text() == "Đồng bộ ngay"
    assert window.sync_status.sync_now_button.defaultAction() is action


def test_portal_down_shows_offline_and_the_queue(
    qtbot: QtBot, make_window: Callable[..., MainWindow], portal: PortalServer,
    portal_db: Path, db_path: Path,
) -> None:
    _enrol(portal.url, portal_db)
    portal.stop()
    window = make_window()
    qtbot.waitUntil(lambda: _state(window) == OFFLINE, timeout=WAIT_MS)
    _save_crossing(qtbot, window)
    _save_crossing(qtbot, window, number="C7654321")

    qtbot.waitUntil(lambda: window.sync_status.snapshot.waiting == 2, timeout=WAIT_MS)
    snapshot = window.sync_status.snapshot
    assert snapshot.state == OFFLINE
    assert snapshot.error_code == "unreachable"
    text = window.sync_status.text()
    assert text.startswith("Ngoại tuyến — ")
    assert "chờ gửi 2" in text
    assert "không kết nối được với cổng" in text
    assert _sync_cell(window) == "Chờ gửi"
    assert set(_outbox(db_path).values()) == {"pending"}


def test_sync_now_after_the_portal_comes_back(
    qtbot: QtBot, make_window: Callable[..., MainWindow], portal_db: Path,
) -> None:
    port = _free_port()
    first = PortalServer(portal_db, port=port).start()
    _enrol(first.url, portal_db)
    first.stop()
    window = make_window()
    _save_crossing(qtbot, window)
    qtbot.waitUntil(lambda: _state(window) == OFFLINE and
                    window.sync_status.snapshot.waiting == 1, timeout=WAIT_MS)

    with PortalServer(portal_db, port=port):
        window.sync_now_action.trigger()  # F9: ignores the backoff
        qtbot.waitUntil(lambda: _sync_cell(window) == "Đã đồng bộ", timeout=WAIT_MS)
        qtbot.waitUntil(lambda: _state(window) == ONLINE, timeout=WAIT_MS)
    assert "chờ gửi 0" in window.sync_status.text()


def test_rejected_records_are_counted_for_a_supervisor(
    qtbot: QtBot, make_window: Callable[..., MainWindow], enrolled: PortalServer,
    service: CounterService,
) -> None:
    # A crossing of another gate: the portal refuses it (wrong_gate).
    service.store.record(crossing(gate="HUUNGHI"), actor="BP0123", now=service.clock())
    window = make_window()
    qtbot.waitUntil(lambda: window.sync_status.snapshot.rejected == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: _state(window) == ONLINE, timeout=WAIT_MS)
    assert "1 bản ghi bị cổng từ chối — cần giám sát viên xem" in (
        window.sync_status.text())


def test_not_enrolled_says_so_and_sends_nothing(
    qtbot: QtBot, make_window: Callable[..., MainWindow], db_path: Path
) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: _state(window) == NOT_ENROLLED, timeout=WAIT_MS)
    assert window.sync_status.text() == "Chưa đăng ký với cổng"
    assert not window.sync_now_action.isEnabled()
    crossing_id = _save_crossing(qtbot, window)
    qtbot.waitUntil(lambda: window.sync_status.snapshot.counts.get("pending") == 1,
                    timeout=WAIT_MS)
    assert _state(window) == NOT_ENROLLED
    assert _outbox(db_path) == {crossing_id: "pending"}
    assert _sync_cell(window) == "Chờ gửi"


def test_the_worker_stops_cleanly_when_the_window_closes(
    qtbot: QtBot, make_window: Callable[..., MainWindow], enrolled: PortalServer
) -> None:
    window = make_window()
    sync = window.sync
    assert sync is not None
    worker = sync.worker
    qtbot.waitUntil(lambda: _state(window) == ONLINE, timeout=WAIT_MS)
    assert sync.is_running()
    window.close()
    assert not sync.is_running()
    assert worker.closed  # its connection was closed in its own thread
    sync.stop()  # idempotent


def test_a_run_in_progress_is_cancelled_on_close(
    qtbot: QtBot, make_window: Callable[..., MainWindow], enrolled: PortalServer
) -> None:
    """Closing while the engine is busy stops it at the next batch boundary."""
    gate = threading.Event()
    release = threading.Event()

    class SlowEngine:
        client = None

        def __init__(self) -> None:
            self.cancelled_seen = False

        def seconds_until_next_attempt(self) -> float:
            return 0.0

        def reset_backoff(self) -> None: ...

        def probe(self) -> bool:
            return True

        def run_once(self, is_cancelled: Callable[[], bool], **kwargs: Any) -> Any:
            from sync.engine import SyncProgress

            yield SyncProgress("start", total=1, left=1)
            gate.set()
            while not is_cancelled():
                release.wait(0.01)
            self.cancelled_seen = True
            yield SyncProgress("done", outcome="cancelled")

    engine = SlowEngine()
    window = make_window(engine_factory=lambda store, enrolment: engine)
    qtbot.waitUntil(gate.is_set, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: _state(window) == SYNCING, timeout=WAIT_MS)
    assert window.sync_status.progress.isVisible()
    window.close()
    assert engine.cancelled_seen
    assert window.sync is not None and not window.sync.is_running()


def test_a_refused_terminal_is_not_retried_at_every_poll(
    qapp: QApplication, enrolled: PortalServer, settings: Settings
) -> None:
    """Driven in this thread (no QThread): each call is one decision of the worker."""
    from sync.engine import SyncProgress

    class RefusingEngine:
        client = None
        runs = 0

        def seconds_until_next_attempt(self) -> float:
            return 0.0

        def reset_backoff(self) -> None: ...

        def run_once(self, is_cancelled: Callable[[], bool], **kwargs: Any) -> Any:
            self.runs += 1
            yield SyncProgress("done", outcome="refused", error="unknown_terminal")

    engine = RefusingEngine()
    worker = SyncWorker(settings.db_path, settings, threading.Event(),
                        engine_factory=lambda store, enrolment: engine)
    worker.start()  # the first look runs at once
    try:
        assert engine.runs == 1
        worker.request_sync()
        worker._on_soon_timeout()
        worker._on_poll_timeout()
        assert engine.runs == 1  # refused: not again before the pull interval
        worker.sync_now()  # a person asked (F9)
        assert engine.runs == 2
    finally:
        worker.finish()
    assert worker.closed


# -- the indicator's words ---------------------------------------------------------

NOW = datetime(2026, 3, 10, 3, 45, tzinfo=UTC)  # 10:45 at the gate


@pytest.fixture
def indicator(qtbot: QtBot) -> SyncStatusWidget:
    widget = SyncStatusWidget("Asia/Ho_Chi_Minh", now=lambda: NOW)
    qtbot.addWidget(widget)
    return widget


def _snap(state: str, **kwargs: Any) -> SyncSnapshot:
    counts = {"pending": 0, "sent": 0, "accepted": 0, "rejected": 0, "conflict": 0}
    counts.update(kwargs.pop("counts", {}))
    return SyncSnapshot(state, counts, **kwargs)


@pytest.mark.parametrize(("code", "words"), [
    ("not_protocol", "mạng yêu cầu đăng nhập (captive portal)"),
    ("unauthenticated", "máy trạm chưa được cổng chấp nhận — báo quản trị"),
    ("unknown_terminal", "máy trạm chưa được cổng chấp nhận — báo quản trị"),
    ("timeout", "mạng chậm hoặc mất kết nối"),
    ("http_502", "cổng đang bận — sẽ tự động thử lại"),
    ("something_new", "lỗi đồng bộ (something_new)"),
])
def test_error_codes_in_words(qapp: QApplication, code: str, words: str) -> None:
    assert error_text(code) == words


def test_indicator_texts(indicator: SyncStatusWidget) -> None:
    success = NOW - timedelta(minutes=3)
    indicator.set_snapshot(_snap(ONLINE, counts={"pending": 2, "sent": 1},
                                 last_success_at=success))
    assert indicator.text() == "Trực tuyến · chờ gửi 3 · đồng bộ lúc 10:42"

    indicator.set_snapshot(_snap(OFFLINE, counts={"pending": 3},
                                 next_attempt_at=NOW + timedelta(minutes=2),
                                 error_code="timeout", error_text="ReadTimeout"))
    assert indicator.text() == ("Ngoại tuyến — sẽ thử lại lúc 10:47 · chờ gửi 3 · "
                                "mạng chậm hoặc mất kết nối")
    assert "Chi tiết lỗi: ReadTimeout" in indicator.toolTip()

    indicator.set_snapshot(_snap(ERROR, error_code="unknown_terminal"))
    assert indicator.text() == ("Đồng bộ bị dừng · chờ gửi 0 · máy trạm chưa được "
                                "cổng chấp nhận — báo quản trị")

    indicator.set_snapshot(_snap(ONLINE, counts={"rejected": 4, "conflict": 1},
                                 last_success_at=success))
    assert indicator.text() == (
        "Trực tuyến · chờ gửi 0 · đồng bộ lúc 10:42 · 5 bản ghi bị từ chối hoặc xung "
        "đột — cần giám sát viên xem")
    indicator.set_snapshot(_snap(ONLINE, counts={"conflict": 1},
                                 last_success_at=success))
    assert indicator.text().endswith(
        " · 1 bản ghi xung đột với cổng — cần giám sát viên xem")

    indicator.set_snapshot(_snap(SYNCING, done=2, total=5))
    assert indicator.text() == "Đang đồng bộ… · đã gửi 2/5"
    assert indicator.progress.maximum() == 5 and indicator.progress.value() == 2


def test_indicator_follows_the_language(indicator: SyncStatusWidget) -> None:
    indicator.set_snapshot(_snap(OFFLINE, counts={"pending": 1},
                                 next_attempt_at=NOW + timedelta(minutes=5),
                                 error_code="not_protocol"))
    try:
        i18n.install("en")
        assert indicator.text() == (
            "Offline — will retry at 10:50 · 1 waiting to send · the network asks "
            "for a sign-in (captive portal)")
        assert indicator.sync_now_action.text() == "Sync now"
    finally:
        i18n.install(i18n.DEFAULT_LANGUAGE)
    assert indicator.text().startswith("Ngoại tuyến — sẽ thử lại lúc 10:50")


@pytest.mark.parametrize(("state", "label"), [
    ("pending", "Chờ gửi"),
    ("sent", "Đã gửi, chờ xác nhận"),
    ("accepted", "Đã đồng bộ"),
    ("rejected", "Bị từ chối"),
    ("conflict", "Xung đột"),
])
def test_every_outbox_state_has_a_label(qapp: QApplication, state: str,
                                        label: str) -> None:
    from borderdesk.ui import messages

    assert messages.sync_state_label(state) == label


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
