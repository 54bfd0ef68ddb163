"""Vehicle crossings at the counter: a vehicle with its driver and the persons on
board, each read from their document one by one (F8 lists them), each checked.

Documents are read as a scanner would deliver them (``router.route(text)``) or put
into the fields with ``fill_identity``.
"""

from __future__ import annotations

from typing import Any

from helpers.builders import car_crossing, identity
from helpers.screening import enrol, put_on_watchlist
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from borderdesk.config import Settings
from borderdesk.core.model import Decision, Role, TravelMode, Vehicle
from borderdesk.services import CounterService
from borderdesk.ui import i18n
from borderdesk.ui.app import build_window
from borderdesk.ui.crossing_form import CHECK_COLUMN, NAME_COLUMN, ROLE_COLUMN
from borderdesk.ui.main_window import MainWindow
from borderdesk.ui.scanning.router import ScanReport

# Chip ID cards (CCCD) of a driver and two passengers, as their QR codes read.
DRIVER = "001090012345||Nguyễn Văn An|17051990|Nam|Số 1 Phố Huế, Hà Nội|01022021"
PASSENGER = "001192004321||Trần Thị Bình|29021992|Nữ|Số 5 Hàng Bài, Hà Nội|15062021"
PASSENGER_2 = "031085001122||Lê Văn Cường|03031985|Nam|Lê Chân, Hải Phòng|20072021"


def route(qtbot: QtBot, window: MainWindow, text: str) -> ScanReport:
    with qtbot.waitSignal(window.scanning.router.routed, timeout=1000) as blocker:
        window.scanning.router.route(text)
    report = blocker.args[0]
    assert report.outcome == "filled"
    return report


def column(window: MainWindow, col: int) -> list[str]:
    table = window.form.persons_table
    return [table.item(row, col).text() for row in range(table.rowCount())]


def start_car(window: MainWindow, plate: str = "14A-123.45") -> None:
    form = window.form
    form.set_direction("exit")
    form.set_mode("car")
    form.plate.setText(plate)


def save_acknowledging(window: MainWindow) -> None:
    """Save; tick every warning shown and save again if that is what stops it."""
    window.save_action.trigger()
    if window.findings.warnings() and not window.findings.errors():
        for row in window.findings.rows():
            if row.acknowledge is not None:
                row.acknowledge.setChecked(True)
        window.save_action.trigger()


def passport(**overrides: Any) -> dict[str, Any]:
    return identity(personal_number=None, **overrides)


def test_on_foot_the_form_is_the_walk_in_form(window: MainWindow) -> None:
    form = window.form
    assert form.current_mode() is TravelMode.FOOT
    assert form.mode.currentText() == "Đi bộ"
    assert not form.vehicle_section.isVisible()
    assert not form.add_person_button.isVisible()
    data = form.to_dict()
    assert set(data) == {"mode", "direction", "decision", "notes", "persons"}
    assert data["mode"] == "foot"
    assert [p["role"] for p in data["persons"]] == ["traveller"]


def test_a_car_with_three_persons_read_one_by_one(
    qtbot: QtBot, window: MainWindow, service: CounterService, settings: Settings
) -> None:
    form = window.form
    start_car(window)
    assert form.vehicle_section.isVisible()
    assert form.plate.isVisible()
    assert form.vehicle_country.code() == "VNM"
    assert form.add_person_button.text() == "Thêm người này (F8)"
    assert form.persons_label.text() == "Người trên phương tiện (0)"

    route(qtbot, window, DRIVER)
    qtbot.keyClick(form.document_number, Qt.Key.Key_F8)
    assert column(window, ROLE_COLUMN) == ["Người lái xe"]
    assert column(window, NAME_COLUMN) == ["Nguyễn Văn An"]
    # The fields are empty for the next document, and have the focus.
    assert form.document_number.text() == ""
    assert form.surname.text() == ""
    assert window.focusWidget() is form.document_number
    assert column(window, CHECK_COLUMN) == ["—"]  # no watchlist: not enrolled

    route(qtbot, window, PASSENGER)
    qtbot.mouseClick(form.add_person_button, Qt.MouseButton.LeftButton)
    route(qtbot, window, PASSENGER_2)  # the last one stays in the fields
    assert column(window, ROLE_COLUMN) == ["Người lái xe", "Hành khách"]
    assert form.persons_label.text() == "Người trên phương tiện (2)"
    data = form.to_dict()
    assert data["vehicle"] == {"plate": "14A-123.45", "kind": "car", "country": "VNM"}
    assert [p["role"] for p in data["persons"]] == ["driver", "passenger", "passenger"]

    window.save_action.trigger()
    assert window.findings.errors() == []
    assert window.findings.warnings() == []
    (stored,) = service.day(service.today(), "MONGCAI", actor="BP0123")
    c = stored.crossing
    assert c.mode is TravelMode.CAR
    assert c.vehicle == Vehicle("14A-123.45", TravelMode.CAR, "VNM")
    assert [(p.role, p.identity.full_name, p.identity.document_number)
            for p in c.persons] == [
        (Role.DRIVER, "Nguyễn Văn An", "001090012345"),
        (Role.PASSENGER, "Trần Thị Bình", "001192004321"),
        (Role.PASSENGER, "Lê Văn Cường", "031085001122"),
    ]
    assert {p.decision for p in c.persons} == {Decision.CLEARED}
    # Ready for the next car of the lane, also after a restart.
    assert form.current_mode() is TravelMode.CAR
    assert form.persons_table.rowCount() == 0
    assert form.plate.text() == ""
    assert "Nguyễn Văn An" in window.findings.summary.text()
    second = build_window(service, settings)
    qtbot.addWidget(second)
    assert second.form.current_mode() is TravelMode.CAR
    second.close()


def test_a_watchlist_hit_on_the_second_person_blocks_clearing(
    qtbot: QtBot, window: MainWindow, service: CounterService, db: Database
) -> None:
    assert not service.watchlist_ready()
    enrol(db)
    put_on_watchlist(db, "VNM", "001192004321", "wanted")
    assert service.watchlist_ready()
    form = window.form
    alert = window.counter.alert
    start_car(window)
    route(qtbot, window, DRIVER)
    qtbot.keyClick(form.document_number, Qt.Key.Key_F8)
    assert not alert.isVisible()
    assert form.row_state(0) == "ok"
    assert column(window, CHECK_COLUMN) == ["Đã kiểm tra"]

    route(qtbot, window, PASSENGER)  # the alert comes with the scan, before F8
    assert alert.isVisible()
    qtbot.keyClick(form.document_number, Qt.Key.Key_F8)
    assert alert.isVisible()  # and stays while the person is in the list
    assert "Trần Thị Bình" in alert.text.text()
    assert form.row_state(0) == "ok"
    assert form.row_state(1) == "error"
    assert column(window, CHECK_COLUMN)[1] == "DS cảnh báo"
    assert "wanted" in form.persons_table.item(1, NAME_COLUMN).toolTip()
    assert form.decision.value() == "secondary"
    assert not form.decision.button("cleared").isEnabled()

    route(qtbot, window, PASSENGER_2)  # the next person does not clear the alert
    assert alert.isVisible()
    assert form.decision.value() == "secondary"

    # Even forced through the form's data, the service refuses to clear the car.
    form.decision.button("cleared").setEnabled(True)
    form.decision.set_value("cleared")
    window.save_action.trigger()
    assert service.day(service.today(), actor="BP0123") == []
    errors = window.findings.errors()
    assert [(f.code, f.field) for f in errors] == [
        ("watchlist_hit", "persons[1].identity.document_number")
    ]
    assert form.row_state(1) == "error"
    assert "danh sách cảnh báo" in form.persons_table.item(1, ROLE_COLUMN).toolTip()
    assert form.persons_table.property("finding") == "error"
    assert form.document_number.property("finding") == ""  # not the one in the fields

    form.decision.set_value("secondary")
    save_acknowledging(window)
    (stored,) = service.day(service.today(), actor="BP0123")
    assert stored.crossing.decision is Decision.SECONDARY
    assert {p.decision for p in stored.crossing.persons} == {Decision.SECONDARY}
    flagged = service.flagged(service.today(), actor="BP0123")
    assert [s.crossing.id for s in flagged] == [stored.crossing.id]
    assert not alert.isVisible()
    assert form.decision.button("cleared").isEnabled()


def test_a_finding_on_a_listed_person_marks_its_row(
    window: MainWindow, service: CounterService
) -> None:
    form = window.form
    start_car(window)
    form.fill_identity(passport())
    assert form.add_person()
    form.fill_identity(passport(surname="Trần", given_names="Thị Bình", sex="F",
                                birth_date="1992-02-29", document_number="C7654321",
                                expiry_date="2026-01-01"))
    assert form.add_person()
    window.save_action.trigger()
    assert service.day(service.today(), actor="BP0123") == []
    assert [(f.code, f.field) for f in window.findings.warnings()] == [
        ("document_expired", "persons[1].identity.expiry_date")
    ]
    assert form.row_state(0) == ""  # not checked against a watchlist (no enrolment)
    assert form.row_state(1) == "warning"
    assert column(window, CHECK_COLUMN)[1] == "Cần xem lại"
    assert "hết hạn" in form.persons_table.item(1, NAME_COLUMN).toolTip()
    assert form.expiry_date.property("finding") == ""

    # Taken back into the fields (Enter on the row), the finding goes with it.
    form.persons_table.setFocus()
    form.persons_table.selectRow(1)
    form.edit_person()
    assert form.surname.text() == "Trần"
    assert form.expiry_date.property("finding") == "warning"
    assert form.persons_table.rowCount() == 1


def test_what_a_scan_finds_is_shown_on_the_fields_not_on_the_list(
    qtbot: QtBot, window: MainWindow
) -> None:
    form = window.form
    start_car(window)
    route(qtbot, window, DRIVER)
    form.add_person()
    # A woman's data under a man's number: the card's own cross-check warns.
    route(qtbot, window, "001090012345||Trần Thị Bình|17051990|Nữ|Lào Cai|01022021")
    assert form.document_number.property("finding") == "warning"
    assert form.row_state(0) == ""
    assert form.persons_table.property("finding") == ""


def test_a_missing_plate_is_shown_on_the_plate(
    window: MainWindow, service: CounterService
) -> None:
    form = window.form
    start_car(window, plate="")
    form.fill_identity(passport())
    window.save_action.trigger()
    assert service.day(service.today(), actor="BP0123") == []
    assert [(f.code, f.field) for f in window.findings.errors()] == [
        ("required", "vehicle.plate")
    ]
    assert form.plate.property("finding") == "error"
    assert "Biển số" in form.plate.toolTip()
    assert window.focusWidget() is form.plate
    form.plate.setFocus()
    form.plate.setText("14A-123.45")
    window.save_action.trigger()
    (stored,) = service.day(service.today(), actor="BP0123")
    assert [p.role for p in stored.crossing.persons] == [Role.DRIVER]


def test_a_vessel_has_crew(window: MainWindow, service: CounterService) -> None:
    form = window.form
    form.set_direction("entry")
    form.set_mode("vessel")
    assert form._plate_label.text() == "Số IMO hoặc tên tàu"
    assert form.persons_label.text() == "Thuyền viên và hành khách (0)"
    form.plate.setText("IMO 9234567")
    form.vehicle_country.set_code("PAN")
    form.fill_identity(passport(nationality="PHL", issuing_state="PHL",
                                document_number="P1234567A"))
    assert form.add_person()
    form.fill_identity(passport(nationality="PHL", issuing_state="PHL",
                                surname="Santos", given_names="Jose",
                                document_number="P7654321B"))
    assert form.add_person()
    form.fill_identity(passport(nationality="IND", issuing_state="IND",
                                surname="Kumar", given_names="Ravi",
                                document_number="Z1234567"))
    assert column(window, ROLE_COLUMN) == ["Thuyền viên", "Thuyền viên"]
    save_acknowledging(window)
    assert window.findings.errors() == []
    (stored,) = service.day(service.today(), actor="BP0123")
    c = stored.crossing
    assert c.mode is TravelMode.VESSEL
    assert c.vehicle == Vehicle("IMO 9234567", TravelMode.VESSEL, "PAN")
    assert [p.role for p in c.persons] == [Role.CREW, Role.CREW, Role.CREW]


def test_changing_the_means_of_travel_adapts_the_roles(window: MainWindow) -> None:
    form = window.form
    start_car(window)
    form.fill_identity(passport())
    form.add_person()
    form.fill_identity(passport(surname="Trần", document_number="C7654321"))
    form.add_person()
    form.set_mode("vessel")
    assert [p["role"] for p in form.persons_on_board()] == ["crew", "passenger"]
    form.set_mode("bus")
    assert [p["role"] for p in form.persons_on_board()] == ["driver", "passenger"]
    assert form.to_dict()["vehicle"]["kind"] == "bus"


def test_amending_a_vehicle_crossing_keeps_its_persons(
    qtbot: QtBot, window: MainWindow, service: CounterService
) -> None:
    old = car_crossing()
    service.record(old, actor="BP0123")
    dialog = window.records.open_detail(old.id)
    assert dialog is not None
    assert dialog.amend_button.isEnabled()
    with qtbot.waitSignal(dialog.amendRequested):
        qtbot.mouseClick(dialog.amend_button, Qt.MouseButton.LeftButton)
    form = window.form
    assert form.amending() == old
    assert "14A-123.45" in form.amend_label.text()
    assert form.current_mode() is TravelMode.CAR
    assert form.plate.text() == "14A-123.45"
    assert column(window, ROLE_COLUMN) == ["Người lái xe", "Hành khách"]
    assert column(window, NAME_COLUMN) == ["Nguyễn Văn An", "Trần Thị Bình"]
    assert not form.has_identity()

    form.plate.setText("14A-123.46")  # the correction
    window.save_action.trigger()
    assert window.findings.errors() == []
    stored = service.day(service.today(), "MONGCAI", actor="BP0123")
    new = next(s.crossing for s in stored if s.crossing.id != old.id)
    assert new.version == 2 and new.supersedes == old.id
    assert new.vehicle == Vehicle("14A-123.46", TravelMode.CAR, "VNM")
    assert new.persons == old.persons  # roles, decisions, personal numbers and all
    assert new.time_utc == old.time_utc
    assert form.amending() is None
    assert form.current_mode() is TravelMode.FOOT  # the lane's, from before


def test_keys_f8_adds_delete_removes_enter_edits_f2_changes_the_role(
    qtbot: QtBot, window: MainWindow
) -> None:
    form = window.form
    table = form.persons_table
    start_car(window)
    form.fill_identity(passport())
    qtbot.keyClick(form.surname, Qt.Key.Key_F8)
    form.fill_identity(passport(surname="Trần", given_names="Thị Bình", sex="F",
                                birth_date="1992-02-29", document_number="C7654321"))
    qtbot.keyClick(form.surname, Qt.Key.Key_F8)
    assert column(window, NAME_COLUMN) == ["Nguyễn Văn An", "Trần Thị Bình"]

    # F8 with empty fields says what is missing, and lists nobody.
    qtbot.keyClick(form.document_number, Qt.Key.Key_F8)
    assert table.rowCount() == 2
    assert ("required", "persons[2].identity.document_number") in [
        (f.code, f.field) for f in window.findings.errors()
    ]
    assert form.document_number.property("finding") == "error"

    # F2 on a row edits its role; a new driver makes the old one a passenger.
    table.setFocus()
    table.selectRow(1)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.viewport().findChild(QComboBox)
    assert editor is not None
    editor.setCurrentIndex(editor.findData("driver"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits queued
    qtbot.waitUntil(lambda: column(window, ROLE_COLUMN)[1] == "Người lái xe")
    assert column(window, ROLE_COLUMN) == ["Hành khách", "Người lái xe"]

    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert column(window, NAME_COLUMN) == ["Trần Thị Bình"]
    assert form.edit_person_button.isEnabled()

    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)  # back into the fields, not a save
    assert table.rowCount() == 0
    assert form.surname.text() == "Trần"
    assert form.document_number.text() == "C7654321"
    assert window.findings.errors() == []
    assert form.to_dict()["persons"][0]["role"] == "driver"


def test_the_vehicle_section_in_english(window: MainWindow) -> None:
    i18n.install("en")
    form = window.form
    form.set_mode("truck")
    assert form._title.text() == "Record a vehicle crossing"
    assert form.add_person_button.text() == "Add this person (F8)"
    assert form._plate_label.text() == "Licence plate"
    assert form.persons_label.text() == "Persons on board (0)"
    headers = [form.persons_table.horizontalHeaderItem(c).text() for c in range(5)]
    assert headers == ["Role", "Name", "Document", "Nationality", "Check"]
    assert form.mode.currentText() == "Truck"
