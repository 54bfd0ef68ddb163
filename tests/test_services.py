"""CounterService: validation before save, acknowledgement, defaults, audit events."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from helpers.builders import NOW, crossing, crossing_dict, person
from helpers.officers import OFFICER1, SUPERVISOR
from sqlite_utils import Database

from borderdesk.config import Settings
from borderdesk.core.codec import CrossingFormatError
from borderdesk.services import CounterService, CrossingRefused
from borderdesk.storage import audit
from borderdesk.storage.errors import StorageReadOnly

pytestmark = pytest.mark.usefixtures("officers")
ACTOR = OFFICER1.officer_id  # the builders' crossings name this guard


def _audit_rows(db: Database) -> list[tuple[str, str, str, str]]:
    return db.conn.execute(
        "SELECT action, actor, entity, details FROM audit ORDER BY seq"
    ).fetchall()


def test_record_a_valid_crossing(service: CounterService, db: Database) -> None:
    c = crossing()
    outcome = service.record(c, actor=ACTOR)
    assert outcome.result.created
    assert outcome.result.id == c.id
    assert outcome.warnings == []
    assert [r[:2] for r in _audit_rows(db)] == [("crossing.recorded", "OFFICER1")]
    assert [s.crossing.id for s in service.find("nguyen van an", actor=ACTOR)] == [c.id]


def test_the_audit_actor_is_the_acting_officer(service: CounterService, db: Database
                                               ) -> None:
    service.record(crossing(officer="tran.b"), actor=SUPERVISOR.officer_id)
    service.record(crossing(), actor="officer1")
    assert [r[1] for r in _audit_rows(db)] == ["GS0001", "OFFICER1"]


def test_errors_refuse_the_save(service: CounterService, db: Database) -> None:
    c = crossing(decision="refused", persons=[person(expiry_date="2026-01-01")])
    with pytest.raises(CrossingRefused) as info:
        service.record(c, actor=ACTOR)
    assert {f.code for f in info.value.findings} == {
        "refusal_reason_required",
        "document_expired",
    }
    assert {f.code for f in info.value.all_findings} == {
        "refusal_reason_required",
        "document_expired",
    }
    assert "refusal_reason_required" in str(info.value)
    assert service.store.count() == 0
    assert _audit_rows(db) == []


def test_acknowledging_an_error_does_not_help(service: CounterService) -> None:
    c = crossing(decision="refused", acknowledged=["refusal_reason_required"])
    with pytest.raises(CrossingRefused):
        service.record(c, actor=ACTOR)
    assert service.store.count() == 0


def test_warnings_need_acknowledgement(service: CounterService) -> None:
    expired = person(expiry_date="2026-03-01")
    with pytest.raises(CrossingRefused) as info:
        service.record(crossing(persons=[expired]), actor=ACTOR)
    assert [f.code for f in info.value.findings] == ["document_expired"]
    assert service.store.count() == 0

    outcome = service.record(
        crossing(persons=[expired], acknowledged=["document_expired"]), actor=ACTOR
    )
    assert outcome.result.created
    assert [f.code for f in outcome.warnings] == ["document_expired"]
    stored = service.store.get(outcome.result.id)
    assert stored is not None
    assert stored.crossing.acknowledged == {"document_expired"}


def test_acknowledging_another_warning_is_not_enough(service: CounterService) -> None:
    c = crossing(
        persons=[person(expiry_date="2026-03-01")], acknowledged=["cccd_sex_mismatch"]
    )
    with pytest.raises(CrossingRefused):
        service.record(c, actor=ACTOR)


def test_validation_uses_the_service_clock(db: Database, settings: Settings) -> None:
    c = crossing(time_utc=(NOW + timedelta(hours=1)).isoformat())
    early = CounterService(db, settings, clock=lambda: NOW)
    with pytest.raises(CrossingRefused) as info:
        early.record(c, actor=ACTOR)
    assert [f.code for f in info.value.findings] == ["time_in_future"]
    later = CounterService(db, settings, clock=lambda: NOW + timedelta(hours=2))
    assert later.record(c, actor=ACTOR).result.created
    assert early.check(c) != []
    assert later.check(c) == []


def test_recorded_at_comes_from_the_clock(service: CounterService) -> None:
    result = service.record(crossing(), actor=ACTOR).result
    stored = service.store.get(result.id)
    assert stored is not None
    assert stored.recorded_at == "2026-03-10T04:00:00.000000+00:00"


def test_recording_again_is_harmless(service: CounterService, db: Database) -> None:
    c = crossing()
    service.record(c, actor=ACTOR)
    again = service.record(c, actor=ACTOR)
    assert not again.result.created
    assert again.result.audit_seq is None
    assert len(_audit_rows(db)) == 1


def test_parse_applies_terminal_defaults(db: Database, tmp_path: Path) -> None:
    settings = Settings(gate="LAOBAO", terminal="T05", data_dir=tmp_path)
    service = CounterService(db, settings, clock=lambda: NOW)
    data = crossing_dict(
        gate=None, terminal=None, officer=None, time_utc=None, timezone=None
    )
    c = service.parse(data, officer="le.b")
    assert (c.gate, c.terminal, c.officer) == ("LAOBAO", "T05", "le.b")
    assert c.timezone == "Asia/Ho_Chi_Minh"
    assert c.time_utc == NOW
    assert service.record(c, actor=SUPERVISOR.officer_id).result.created


def test_parse_keeps_given_values(service: CounterService) -> None:
    c = service.parse(
        crossing_dict(gate="MOCBAI", terminal="T09", officer="x"), officer="le.b"
    )
    assert (c.gate, c.terminal, c.officer) == ("MOCBAI", "T09", "x")


def test_parse_without_officer_reports_it(service: CounterService) -> None:
    with pytest.raises(CrossingFormatError) as info:
        service.parse(crossing_dict(officer=None))
    assert [(f.field, f.code) for f in info.value.findings] == [("officer", "required")]


def test_today_is_the_gate_calendar_day(db: Database, settings: Settings) -> None:
    late = NOW.replace(hour=17, minute=30)  # 00:30 the next day in Vietnam
    assert CounterService(db, settings, clock=lambda: late).today() == date(2026, 3, 11)
    assert CounterService(db, settings, clock=lambda: NOW).today() == date(2026, 3, 10)


def test_day_and_find(service: CounterService) -> None:
    a = crossing(persons=[person(document_number="C7654321")])
    service.record(a, actor=ACTOR)
    assert [s.crossing.id for s in service.day(service.today(), actor=ACTOR)] == [a.id]
    assert service.day(service.today(), "LAOBAO", actor=ACTOR) == []
    assert [s.crossing.id for s in service.find("C7654321", actor=ACTOR)] == [a.id]


def test_log_event_appends_to_the_audit_chain(
    service: CounterService, db: Database
) -> None:
    service.record(crossing(), actor=ACTOR)
    service.log_event("backup.created", "admin", path="/media/usb/b.db", files=2)
    rows = _audit_rows(db)
    assert rows[-1][:3] == ("backup.created", "admin", "terminal")
    assert json.loads(rows[-1][3]) == {"path": "/media/usb/b.db", "files": 2}
    entity_id, terminal, at = db.conn.execute(
        "SELECT entity_id, terminal, at FROM audit ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    assert (entity_id, terminal) == ("T01", "T01")
    assert at == "2026-03-10T04:00:00.000000+00:00"
    report = audit.verify(db)
    assert report.ok
    assert report.entries == 2


def test_log_event_on_a_read_only_database(
    service: CounterService, db: Database
) -> None:
    db.conn.execute("PRAGMA query_only = 1")
    with pytest.raises(StorageReadOnly):
        service.log_event("signin", "officer1")
    db.conn.execute("PRAGMA query_only = 0")
    assert audit.verify(db).entries == 0
