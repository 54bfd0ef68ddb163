"""The counter window end to end: typing, saving, findings, today's list, languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.builders import crossing, person
from helpers.officers import TestOfficer, register
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from borderdesk.config import LoadedSettings, Settings
from borderdesk.core.model import OfficerRole
from borderdesk.core.validation import Severity
from borderdesk.services import CounterService
from borderdesk.storage.errors import StorageFull
from borderdesk.ui import app as ui_app
from borderdesk.ui import i18n
from borderdesk.ui.app import build_window
from borderdesk.ui.crossing_form import CrossingForm
from borderdesk.ui.main_window import PREF_LANGUAGE, MainWindow
from borderdesk.ui.models import Column
from borderdesk.ui.widgets import CountryCombo


def _type(qtbot: QtBot, widget: QLineEdit, text: str) -> None:
    """Replace the text as a user would: keys for ASCII, else an input method.

    QTest can only synthesise ASCII keys; Vietnamese letters reach a real window as
    input-method commits (Telex/VNI keyboards), so that is what is sent here.
    """
    widget.clear()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        event = QInputMethodEvent("", [])
        event.setCommitString(text)
        QApplication.sendEvent(widget, event)


def _fill_valid(
    qtbot: QtBot,
    form: CrossingForm,
    *,
    expiry: str = "2031-01-01",
    number: str = "C1234567",
) -> None:
    """Type a valid Vietnamese passport holder leaving on foot."""
    qtbot.mouseClick(form.direction.button("exit"), Qt.MouseButton.LeftButton)
    _type(qtbot, form.document_number, number)
    _type(qtbot, form.expiry_date, expiry)
    _type(qtbot, form.surname, "Nguyễn")
    _type(qtbot, form.given_names, "Văn An")
    form.sex.setCurrentIndex(form.sex.findData("M"))
    _type(qtbot, form.birth_date, "1990-05-17")


def _stored(service: CounterService):
    return service.day(service.today(), service.settings.gate, actor="BP0123")


def _cell(window: MainWindow, row: int, column: Column) -> str:
    proxy = window.today.proxy
    return proxy.index(row, column).data()


def test_window_shows_gate_terminal_and_empty_day(window: MainWindow) -> None:
    assert window.header.gate.text() == "Cửa khẩu Móng Cái"
    assert "Quầy T01" in window.header.detail.text()
    assert "2026" in window.header.detail.text()
    assert window.today.model.rowCount() == 0
    assert window.count_label.text() == "Hôm nay: 0 lượt"
    assert str(window.settings.db_path) in window.db_label.text()


def test_typed_crossing_is_saved_listed_and_form_cleared(
    qtbot: QtBot, window: MainWindow, service: CounterService
) -> None:
    form = window.form
    _fill_valid(qtbot, form)
    qtbot.keyClick(form.birth_date, Qt.Key.Key_Return)  # Enter saves

    stored = _stored(service)
    assert len(stored) == 1
    saved = stored[0].crossing
    ident = saved.persons[0].identity
    assert (ident.surname, ident.given_names, ident.document_number) == (
        "Nguyễn",
        "Văn An",
        "C1234567",
    )
    assert saved.officer == "BP0123"
    assert str(saved.direction) == "exit"
    assert str(saved.decision) == "cleared"

    assert window.today.model.rowCount() == 1
    assert _cell(window, 0, Column.NAME) == "Nguyễn Văn An"
    assert _cell(window, 0, Column.DOCUMENT) == "Hộ chiếu C1234567"
    assert _cell(window, 0, Column.DIRECTION) == "Xuất cảnh"
    assert _cell(window, 0, Column.NATIONALITY) == "Việt Nam"
    assert _cell(window, 0, Column.DECISION) == "Cho qua"
    assert _cell(window, 0, Column.TIME) == "11:00"
    assert _cell(window, 0, Column.SYNC) == "Chờ gửi"  # "pending" in the outbox
    assert saved.id in window.statusBar().currentMessage()
    assert window.count_label.text() == "Hôm nay: 1 lượt"

    assert form.document_number.text() == ""
    assert form.surname.text() == ""
    assert form.direction.value() == "exit"  # the lane's direction is kept
    assert form.document_number.hasFocus()
    assert window.findings.errors() == []
    assert window.findings.warnings() == []
    assert window.prefs.value("ui/direction") == "exit"


def test_invalid_form_shows_errors_and_saves_nothing(
    qtbot: QtBot, window: MainWindow, service: CounterService
) -> None:
    form = window.form
    form.set_direction(None)
    _type(qtbot, form.document_number, "C1234567")
    _type(qtbot, form.expiry_date, "2031-01-01")
    form.sex.setCurrentIndex(form.sex.findData("F"))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    assert _stored(service) == []
    errors = window.findings.errors()
    assert {(f.code, f.field) for f in errors} >= {("required", "direction")}
    assert all(f.severity is Severity.ERROR for f in errors)
    assert form.direction.property("finding") == "error"
    assert "Chưa lưu" in window.findings.summary.text()

    # Fix the direction; validation then reports the missing name and date of birth.
    qtbot.mouseClick(form.direction.button("entry"), Qt.MouseButton.LeftButton)
    assert form.direction.property("finding") == ""  # editing clears the outline
    qtbot.keyClick(form.document_number, Qt.Key.Key_Return)
    codes = {(f.code, f.field) for f in window.findings.errors()}
    assert ("name_missing", "persons[0].identity.surname") in codes
    assert ("required", "persons[0].identity.birth_date") in codes
    assert form.surname.property("finding") == "error"
    assert form.birth_date.property("finding") == "error"
    assert form.document_number.property("finding") == ""
    assert _stored(service) == []


def test_badly_written_date_is_reported_on_its_field(
    qtbot: QtBot, window: MainWindow, service: CounterService
) -> None:
    _fill_valid(qtbot, window.form)
    _type(qtbot, window.form.birth_date, "17/05/1990")
    window.save_action.trigger()
    assert [(f.code, f.field) for f in window.findings.errors()] == [
        ("date_invalid", "persons[0].identity.birth_date")
    ]
    assert window.form.birth_date.property("finding") == "error"
    assert "17/05/1990" in window.findings.rows()[0].text.text()
    assert _stored(service) == []


def test_missing_officer_is_highlighted_in_the_header(
    qtbot: QtBot, window: MainWindow, service: CounterService
) -> None:
    register(service.db, [TestOfficer("BP7", "Lê Văn Bảy", OfficerRole.GUARD,
                                      "777777")])
    window.header.officer.clear()
    _fill_valid(qtbot, window.form)
    window.save_action.trigger()
    assert [(f.code, f.field) for f in window.findings.errors()] == [
        ("required", "officer")
    ]
    assert window.header.officer.property("finding") == "error"
    assert _stored(service) == []
    qtbot.keyClicks(window.header.officer, "BP7")
    assert window.header.officer.property("finding") == ""
    window.save_action.trigger()
    assert [s.crossing.officer for s in _stored(service)] == ["BP7"]


def test_expired_document_blocks_until_acknowledged(
    qtbot: QtBot, window: MainWindow, service: CounterService
) -> None:
    _fill_valid(qtbot, window.form, expiry="2020-01-01")
    window.save_action.trigger()

    assert _stored(service) == []
    assert window.findings.errors() == []
    assert [f.code for f in window.findings.warnings()] == ["document_expired"]
    assert window.form.expiry_date.property("finding") == "warning"
    (row,) = window.findings.rows()
    assert "01/01/2020" in row.text.text()
    assert row.acknowledge is not None
    assert row.acknowledge.text() == "Xác nhận"

    window.save_action.trigger()  # saving again without ticking: still refused
    assert _stored(service) == []

    (row,) = window.findings.rows()
    qtbot.mouseClick(row.acknowledge, Qt.MouseButton.LeftButton)
    assert window.findings.acknowledged() == ["document_expired"]
    window.save_action.trigger()

    (stored,) = _stored(service)
    assert stored.crossing.acknowledged == frozenset({"document_expired"})
    assert window.today.model.rowCount() == 1
    assert window.findings.warnings() == []


def test_clicking_a_finding_focuses_its_field(qtbot: QtBot, window: MainWindow) -> None:
    _fill_valid(qtbot, window.form, expiry="2020-01-01")
    window.save_action.trigger()
    (row,) = window.findings.rows()
    qtbot.mouseClick(row.text, Qt.MouseButton.LeftButton)
    assert window.form.expiry_date.hasFocus()


def test_refusal_needs_a_reason(
    qtbot: QtBot, window: MainWindow, service: CounterService
) -> None:
    form = window.form
    _fill_valid(qtbot, form)
    qtbot.mouseClick(form.decision.button("refused"), Qt.MouseButton.LeftButton)
    window.save_action.trigger()
    assert [f.code for f in window.findings.errors()] == ["refusal_reason_required"]
    assert form.notes.property("finding") == "error"
    _type(qtbot, form.notes, "Không có thị thực")
    window.save_action.trigger()
    (stored,) = _stored(service)
    assert str(stored.crossing.decision) == "refused"
    assert stored.crossing.notes == "Không có thị thực"
    assert _cell(window, 0, Column.DECISION) == "Từ chối"


def test_escape_clears_the_form(qtbot: QtBot, window: MainWindow) -> None:
    form = window.form
    _fill_valid(qtbot, form)
    form.nationality.set_code("CHN")
    qtbot.keyClick(form.surname, Qt.Key.Key_Escape)
    assert form.surname.text() == ""
    assert form.document_number.text() == ""
    assert form.nationality.code() == "VNM"
    assert form.decision.value() == "cleared"


def test_today_lists_newest_first_and_search_filters(
    qtbot: QtBot, window: MainWindow, service: CounterService
) -> None:
    early = crossing(
        time_utc="2026-03-10T01:15:00Z",
        persons=[
            person(
                surname="Trần",
                given_names="Thị Bình",
                sex="F",
                document_number="C7654321",
                personal_number=None,
            )
        ],
    )
    late = crossing(time_utc="2026-03-10T02:30:00Z")
    # (an entry: "late" was the same document's exit, and two in a row would warn)
    other_gate = crossing(gate="LAOBAO", direction="entry")
    for c in (early, late, other_gate):
        service.record(c, actor="BP0123")
    window.refresh_today()

    assert window.today.model.rowCount() == 2  # only this gate
    assert [_cell(window, r, Column.TIME) for r in range(2)] == ["09:30", "08:15"]
    qtbot.keyClicks(window.today.search, "tran binh")  # no diacritics needed
    assert window.today.visible_count() == 1
    assert _cell(window, 0, Column.NAME) == "Trần Thị Bình"
    window.today.search.clear()
    qtbot.keyClicks(window.today.search, "C123")
    assert window.today.visible_count() == 1
    assert _cell(window, 0, Column.NAME) == "Nguyễn Văn An"
    qtbot.keyClicks(window.today.search, "XYZ")
    assert window.today.visible_count() == 0
    assert window.today.empty.isVisible()


def test_language_switch_at_run_time(
    qtbot: QtBot, window: MainWindow, service: CounterService, settings: Settings
) -> None:
    _fill_valid(qtbot, window.form, expiry="2020-01-01")
    window.save_action.trigger()
    (row,) = window.findings.rows()
    assert row.text.text() == "Giấy tờ đã hết hạn từ ngày 01/01/2020."
    assert window.form.save_button.text() == "Lưu (Ctrl+S)"
    header = window.today.model.headerData(Column.NAME, Qt.Orientation.Horizontal)
    assert header == "Họ và tên"

    window.language_actions["en"].trigger()

    assert i18n.current() == "en"
    assert window.form.save_button.text() == "Save (Ctrl+S)"
    assert window.header.gate.text() == "Mong Cai border gate"
    assert window.header.officer.placeholderText() == "e.g. BP0123"
    assert (
        window.today.model.headerData(Column.NAME, Qt.Orientation.Horizontal)
        == "Full name"
    )
    assert (
        window.findings.rows()[0].text.text() == "The document expired on 1 Jan 2020."
    )
    assert window.findings.rows()[0].acknowledge.text() == "Acknowledge"
    assert window.form.document_type.currentText() == "Passport"
    assert window.form.nationality.currentText() == "Vietnam (VNM)"
    assert window.language_actions["en"].isChecked()
    assert window.prefs.value(PREF_LANGUAGE) == "en"

    # The choice is remembered: a new window starts in English.
    second = build_window(service, settings)
    qtbot.addWidget(second)
    assert second.form.save_button.text() == "Save (Ctrl+S)"
    second.close()

    window.language_actions["vi"].trigger()
    assert window.form.save_button.text() == "Lưu (Ctrl+S)"
    assert window.form.nationality.currentText() == "Việt Nam (VNM)"


def test_country_box_accepts_names_without_diacritics_and_codes(qtbot: QtBot) -> None:
    combo = CountryCombo()
    qtbot.addWidget(combo)
    assert combo.code() == "VNM"
    for typed, code in [
        ("trung quoc", "CHN"),
        ("Campuchia", "KHM"),
        ("lao", "LAO"),
        ("jpn", "JPN"),
        ("Hoa Kỳ (USA)", "USA"),
        ("ZZZ", "ZZZ"),
    ]:
        combo.setEditText(typed)
        assert combo.code() == code, typed


def test_storage_error_while_saving_is_shown(
    qtbot: QtBot,
    window: MainWindow,
    service: CounterService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def full(*_args: object, **_kwargs: object) -> None:
        raise StorageFull("disk full", detail="database or disk is full")

    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.text())
        return 0

    monkeypatch.setattr(service, "record", full)
    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    _fill_valid(qtbot, window.form)
    window.save_action.trigger()
    assert shown
    assert shown[0].startswith("Ổ đĩa chứa cơ sở dữ liệu đã đầy")
    assert window.form.document_number.text() == "C1234567"  # kept for a retry


def test_run_reports_a_database_that_cannot_open(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    settings = Settings(data_dir=tmp_path, database=folder)  # a directory: not a DB
    shown: list[str] = []
    monkeypatch.setattr(
        ui_app, "show_fatal", lambda text, detail="": shown.append(text)
    )
    code = ui_app.run(LoadedSettings(settings, {}, tmp_path / "config.toml"), [])
    assert code == ui_app.EXIT_STORAGE_ERROR
    assert shown == ["Không mở được tệp cơ sở dữ liệu."]


def test_enter_in_a_combo_box_saves_but_enter_on_clear_clears(
    qtbot: QtBot, window: MainWindow, service: CounterService
) -> None:
    form = window.form
    _fill_valid(qtbot, form)
    qtbot.keyClick(form.sex, Qt.Key.Key_Return)
    assert len(_stored(service)) == 1

    _fill_valid(qtbot, form, number="C7654321")
    qtbot.keyClick(form.nationality.lineEdit(), Qt.Key.Key_Return)
    assert len(_stored(service)) == 2

    _fill_valid(qtbot, form, number="C1111111")
    qtbot.keyClick(form.clear_button, Qt.Key.Key_Return)
    assert form.document_number.text() == ""
    assert len(_stored(service)) == 2


def test_refresh_picks_up_crossings_recorded_elsewhere(
    window: MainWindow, service: CounterService
) -> None:
    service.record(crossing(), actor="GS0001")  # e.g. through the command line
    assert window.today.model.rowCount() == 0
    window.refresh_action.trigger()
    assert window.today.model.rowCount() == 1
    assert window.count_label.text() == "Hôm nay: 1 lượt"
