"""Today's list: filters by direction, decision and sync state, combined with the
search; the count follows the filter; keyboard access (Ctrl+F, Alt+letter)."""

from __future__ import annotations

import time
from datetime import UTC, datetime

from helpers.builders import crossing, person
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from borderdesk.core.codec import crossing_from_dict
from borderdesk.services import CounterService
from borderdesk.storage.crossings import StoredCrossing
from borderdesk.storage.outbox import Outbox
from borderdesk.ui.main_window import MainWindow
from borderdesk.ui.models import CANCELLED, Column
from sync.ports import Outcome


def _names(window: MainWindow) -> list[str]:
    proxy = window.today.proxy
    return [proxy.index(r, Column.NAME).data() for r in range(proxy.rowCount())]


def _record_day(service: CounterService) -> dict[str, str]:
    """Five crossings of five people; returns name -> crossing id."""
    rows = [
        ("Nguyễn", "Văn An", "C1000001", "exit", "cleared", "01:00", ""),
        ("Trần", "Thị Bình", "C1000002", "entry", "refused", "01:10", "Không có visa"),
        ("Lê", "Văn Cường", "C1000003", "exit", "secondary", "01:20", ""),
        ("Phạm", "Thị Dung", "C1000004", "entry", "cleared", "01:30", ""),
        ("Trần", "Văn Em", "C1000005", "exit", "cleared", "01:40", ""),
    ]
    ids = {}
    for surname, given, number, direction, decision, hhmm, notes in rows:
        c = crossing(
            direction=direction,
            decision=decision,
            notes=notes,
            time_utc=f"2026-03-10T{hhmm}:00Z",
            persons=[
                person(
                    surname=surname,
                    given_names=given,
                    document_number=number,
                    personal_number=None,
                    sex="F" if "Thị" in given else "M",
                )
            ],
        )
        service.record(c, actor="BP0123")
        ids[f"{surname} {given}"] = c.id
    return ids


def test_filters_combine_with_the_search_and_the_count_follows(
    window: MainWindow, service: CounterService
) -> None:
    ids = _record_day(service)
    # The portal accepted the first two; the last one is cancelled.
    outbox = Outbox(service.db)
    first = [m for m in outbox.in_state("pending", 10)][:2]
    outbox.mark_sent([m.message_id for m in first], "batch-1", datetime.now(UTC))
    outbox.apply_results(
        [Outcome(m.message_id, "accepted") for m in first], datetime.now(UTC)
    )
    service.cancel(ids["Trần Văn Em"], "Ghi nhầm hai lần", "BP0123")
    window.refresh_today()
    today = window.today
    assert today.visible_count() == 5
    assert today.count_badge.text() == "5"
    assert not today.shown_label.isVisible()

    today.set_filters(direction="exit")
    assert _names(window) == ["Trần Văn Em", "Lê Văn Cường", "Nguyễn Văn An"]
    assert today.count_badge.text() == "3 / 5"
    assert today.shown_label.isVisible()
    assert today.shown_label.text() == "Đang hiển thị 3/5"

    today.set_filters(direction="exit", decision="cleared")
    assert _names(window) == ["Trần Văn Em", "Nguyễn Văn An"]

    today.set_filters(direction="exit", decision="cleared", sync_state="accepted")
    assert _names(window) == ["Nguyễn Văn An"]

    today.set_filters(sync_state="accepted")
    assert _names(window) == ["Trần Thị Bình", "Nguyễn Văn An"]

    # The search narrows what the filters kept, without diacritics.
    today.set_filters(decision="cleared")
    today.search.setText("tran")
    assert _names(window) == ["Trần Văn Em"]
    assert today.count_badge.text() == "1 / 5"

    today.search.clear()
    today.set_filters(decision=CANCELLED)
    assert _names(window) == ["Trần Văn Em"]
    today.set_filters(decision="refused")
    assert _names(window) == ["Trần Thị Bình"]
    today.set_filters(decision="secondary", direction="entry")
    assert _names(window) == []
    assert today.empty.isVisible()
    assert today.empty.text() == "Không có lượt nào khớp với nội dung tìm kiếm."

    today.clear_filters()
    assert today.visible_count() == 5
    assert today.count_badge.text() == "5"


def test_cancelled_crossing_is_struck_through_and_labelled(
    window: MainWindow, service: CounterService
) -> None:
    ids = _record_day(service)
    service.cancel(ids["Lê Văn Cường"], "Sai người", "BP0123")
    window.refresh_today()
    proxy = window.today.proxy
    row = _names(window).index("Lê Văn Cường")
    decision = proxy.index(row, Column.DECISION)
    assert decision.data() == "Đã hủy"
    assert decision.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert proxy.index(row, Column.NAME).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert "Sai người" in decision.data(Qt.ItemDataRole.ToolTipRole)
    other = proxy.index(_names(window).index("Nguyễn Văn An"), Column.DECISION)
    assert other.data() == "Cho qua"
    assert not other.data(Qt.ItemDataRole.FontRole).strikeOut()


def test_filter_choices_are_translated_and_have_mnemonics(
    window: MainWindow,
) -> None:
    today = window.today
    assert [
        today.direction_filter.itemText(i)
        for i in range(today.direction_filter.count())
    ] == ["Tất cả", "Xuất cảnh", "Nhập cảnh"]
    assert [
        today.sync_filter.itemText(i) for i in range(today.sync_filter.count())
    ] == [
        "Tất cả",
        "Chờ gửi",
        "Đã gửi, chờ xác nhận",
        "Đã đồng bộ",
        "Bị từ chối",
        "Xung đột",
    ]
    assert today.decision_filter.itemText(4) == "Đã hủy"
    labels = [today._direction_label, today._decision_label, today._sync_label]
    assert [label.buddy() for label in labels] == [
        today.direction_filter,
        today.decision_filter,
        today.sync_filter,
    ]
    letters = [label.text().split("&")[1][0].lower() for label in labels]
    assert all(label.text().count("&") == 1 for label in labels)
    assert len(set(letters)) == 3


def test_keyboard_reaches_the_search_and_the_filters(
    qtbot: QtBot, window: MainWindow, service: CounterService
) -> None:
    _record_day(service)
    window.refresh_today()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.form.document_number.setFocus()
    qtbot.keyClick(
        window.form.document_number, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
    )
    assert window.today.search.hasFocus()
    qtbot.keyClicks(window.today.search, "dung")
    assert _names(window) == ["Phạm Thị Dung"]
    qtbot.keyClick(window.today.search, Qt.Key.Key_Escape)  # clears the search
    assert window.today.search.text() == ""
    assert window.today.visible_count() == 5
    assert window.form.document_number.text() == ""  # the form was not touched

    letter = window.today._sync_label.text().split("&")[1][0]
    qtbot.keyClick(
        window.today.search,
        getattr(Qt.Key, f"Key_{letter.upper()}"),
        Qt.KeyboardModifier.AltModifier,
    )
    assert window.today.sync_filter.hasFocus()


def test_filtering_thousands_of_rows_stays_fast(
    window: MainWindow, service: CounterService
) -> None:
    rows = []
    for i in range(3000):
        data = {
            "id": None,
            "gate": "MONGCAI",
            "terminal": "T01",
            "officer": "BP1",
            "direction": "exit" if i % 2 else "entry",
            "mode": "foot",
            "time_utc": f"2026-03-10T0{i % 4}:{i % 60:02d}:00Z",
            "timezone": "Asia/Ho_Chi_Minh",
            "decision": ("cleared", "refused", "secondary")[i % 3],
            "notes": "x",
            "persons": [person(document_number=f"C{i:07d}", given_names=f"Văn {i}")],
        }
        c = crossing_from_dict({k: v for k, v in data.items() if v is not None})
        rows.append(
            StoredCrossing(c, "2026-03-10T00:00:00+00:00", "0" * 64,
                           ("pending", "accepted")[i % 2])
        )
    today = window.today
    today.set_rows(rows, {rows[5].crossing.id: "test"})
    started = time.perf_counter()
    today.set_filters(direction="exit", decision="cleared", sync_state="accepted")
    today.search.setText("van 1")
    elapsed = time.perf_counter() - started
    assert 0 < today.visible_count() < 3000
    assert elapsed < 0.5
