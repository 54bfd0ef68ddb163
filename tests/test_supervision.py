"""SupervisorService: the day's overview, the review of refused messages, the audit
log read by sequence ranges and its verification in steps; permissions enforced."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest
from helpers.builders import NOW, TIME_UTC, crossing, person, vehicle
from helpers.officers import GUARD, OFFICER1, SUPERVISOR
from helpers.screening import enrol, put_on_watchlist
from sqlite_utils import Database

from borderdesk.config import Settings
from borderdesk.core.ids import new_id
from borderdesk.services import CounterService, PermissionDenied
from borderdesk.storage import audit
from borderdesk.storage.db import write_transaction
from borderdesk.storage.outbox import Outbox
from borderdesk.supervision import (
    CANCELLED,
    CORRECTED,
    OPEN,
    AuditFilter,
    SupervisorService,
)
from sync.ports import Outcome

pytestmark = pytest.mark.usefixtures("officers")
BOSS = SUPERVISOR.officer_id
DAY = date(2026, 3, 10)  # the gate day of helpers.builders.NOW


@pytest.fixture
def supervision(db: Database, settings: Settings) -> SupervisorService:
    return SupervisorService(db, settings, clock=lambda: NOW)


def _record(service: CounterService, **overrides: object) -> str:
    c = crossing(officer=OFFICER1.officer_id, **overrides)
    service.record(c, actor=OFFICER1.officer_id)
    return c.id


def _answer(db: Database, outcomes: dict[str, tuple[str, str | None, str | None]]
            ) -> None:
    """Give the pending messages of these crossings the portal's answer."""
    box = Outbox(db)
    pending = {m.crossing_id: m for m in box.in_state("pending", 1000)}
    sent = [pending[cid].message_id for cid in outcomes]
    box.mark_sent(sent, "batch-1", NOW)
    box.apply_results([Outcome(pending[cid].message_id, state, code, reason)
                       for cid, (state, code, reason) in outcomes.items()], NOW)


def test_overview_counts_a_seeded_day(service: CounterService, db: Database,
                                      supervision: SupervisorService) -> None:
    enrol(db)
    put_on_watchlist(db, "VNM", "B7654321", "wanted")
    a = _record(service)
    b = _record(service, direction="entry",
                persons=[person(document_number="C2222222", personal_number=None)])
    car = _record(service, mode="car", vehicle=vehicle(),
                  persons=[person(role="driver", document_number="C3333333",
                                  personal_number=None)])
    referred = _record(service, decision="secondary", notes="kiểm tra",
                       persons=[person(document_number="C4444444",
                                       personal_number=None)])
    listed = _record(service, decision="secondary", acknowledged=["watchlist_hit"],
                     persons=[person(document_number="B7654321",
                                     personal_number=None)])
    other_day = _record(service, time_utc=(TIME_UTC - timedelta(days=2)).isoformat(),
                        persons=[person(document_number="C5555555",
                                        personal_number=None)])
    service.cancel(b, "ghi nhầm", actor=OFFICER1.officer_id)
    old = service.get(a)
    assert old is not None
    fixed = dataclasses.replace(old.crossing, id=new_id(), version=2, supersedes=a,
                                notes="sửa")
    service.record(fixed, actor=OFFICER1.officer_id)
    _answer(db, {car: ("accepted", None, None),
                 referred: ("rejected", "payload_invalid", "time_in_future")})

    view = supervision.overview(DAY, actor=BOSS)
    assert view.crossings == 4  # a (amended: its v2 counts), car, referred, listed
    assert view.persons == 4
    assert view.cancelled == 1 and view.corrected == 1
    assert view.by_direction == {"exit": 4}
    assert view.by_decision == {"cleared": 2, "secondary": 2}
    assert view.by_mode == {"foot": 3, "car": 1}
    assert view.by_sync_state == {"pending": 2, "accepted": 1, "rejected": 1}
    assert view.by_officer == {"OFFICER1": 4}
    assert view.officer_names == {"OFFICER1": OFFICER1.name}
    cases = {f.stored.crossing.id: f for f in view.flagged}
    assert set(cases) == {referred, listed}
    assert cases[listed].watchlist and cases[listed].categories == ("wanted",)
    assert cases[listed].referred
    assert cases[referred].referred and not cases[referred].watchlist
    assert other_day not in cases
    assert supervision.overview(DAY - timedelta(days=2), actor=BOSS).crossings == 1
    assert supervision.overview(DAY, actor=BOSS, gate="LAOBAO").crossings == 0


def test_review_lists_refusals_and_follows_corrections(
        service: CounterService, db: Database, supervision: SupervisorService) -> None:
    ok = _record(service)
    bad = _record(service, persons=[person(document_number="C2222222",
                                           personal_number=None)])
    clash = _record(service, persons=[person(document_number="C3333333",
                                             personal_number=None)])
    gone = _record(service, persons=[person(document_number="C4444444",
                                            personal_number=None)])
    _answer(db, {ok: ("accepted", None, None),
                 bad: ("rejected", "payload_invalid", "birth_date_in_future"),
                 clash: ("conflict", "id_conflict", "crossing_id"),
                 gone: ("rejected", "wrong_gate", "LAOBAO != MONGCAI")})
    items = supervision.review(actor=BOSS)
    assert [i.crossing_id for i in items] == [gone, clash, bad]  # newest first
    first = items[-1]
    assert (first.state, first.code, first.reason, first.function) == (
        "rejected", "payload_invalid", "birth_date_in_future", "declare")
    assert first.status == OPEN and first.can_amend
    assert items[1].state == "conflict"

    stored = service.get(bad)
    assert stored is not None
    v2 = dataclasses.replace(stored.crossing, id=new_id(), version=2, supersedes=bad)
    service.record(v2, actor=BOSS)
    service.cancel(gone, "nhầm cửa khẩu", actor=BOSS)
    items = {i.crossing_id: i for i in supervision.review(actor=BOSS)}
    assert items[bad].status == CORRECTED and not items[bad].can_amend
    assert items[bad].latest is not None
    assert items[bad].latest.crossing.id == v2.id
    assert items[bad].latest.sync_state == "pending"
    assert items[gone].status == CANCELLED
    assert [i.crossing_id for i in supervision.review(
        actor=BOSS, include_resolved=False)] == [clash]
    one = supervision.review_item(first.message_id, actor=BOSS)
    assert one is not None and one.status == CORRECTED


def _append(db: Database, n: int, action: str = "test.event", actor: str = "BP0123",
            **details: object) -> None:
    with write_transaction(db):
        for i in range(n):
            audit.append(db, actor=actor, terminal="T01", action=action,
                         entity="terminal", entity_id=f"E{i}",
                         details={"i": i, **details}, at=NOW)


def test_audit_pages_by_sequence_ranges(db: Database,
                                        supervision: SupervisorService) -> None:
    _append(db, 450)
    first = supervision.audit_page(AuditFilter(), actor=BOSS, limit=200)
    assert [e.seq for e in first.entries] == list(range(450, 250, -1))
    assert first.next_before == 251
    second = supervision.audit_page(AuditFilter(), actor=BOSS,
                                    before=first.next_before, limit=200)
    assert [e.seq for e in second.entries] == list(range(250, 50, -1))
    last = supervision.audit_page(AuditFilter(), actor=BOSS,
                                  before=second.next_before, limit=200)
    assert [e.seq for e in last.entries] == list(range(50, 0, -1))
    assert last.next_before is None


def test_a_selective_filter_scans_a_bounded_range(
        db: Database, supervision: SupervisorService) -> None:
    _append(db, 5, action="officer.signed_in", actor="GS0001")
    _append(db, 300)
    wanted = AuditFilter(action="officer.signed_in")
    page = supervision.audit_page(wanted, actor=BOSS, limit=50, scan=100)
    assert page.entries == ()  # 100 sequence numbers looked at, none matched
    assert page.next_before == 206 and page.examined == 100
    rest = supervision.audit_page(wanted, actor=BOSS, before=page.next_before,
                                  limit=50, scan=1000)
    assert [e.seq for e in rest.entries] == [5, 4, 3, 2, 1]
    assert rest.next_before is None


def test_audit_filters(db: Database, supervision: SupervisorService) -> None:
    _append(db, 3, action="crossing.recorded", actor="BP0123", note="Nguyễn")
    _append(db, 2, action="officer.signed_in", actor="GS0001")
    _append(db, 1, action="db.backup", actor="AD0001", file="sao-luu.db")
    all_of = supervision.audit_page

    def seqs(**kw: object) -> list[int]:
        return [e.seq for e in all_of(AuditFilter(**kw), actor=BOSS).entries]

    assert seqs(actor="gs0001") == [5, 4]
    assert seqs(action="crossing.recorded") == [3, 2, 1]
    assert seqs(text="sao-luu") == [6]
    assert seqs(text="E1") == [5, 2]  # the entity id
    assert seqs(text="100%") == []  # LIKE wildcards are literal
    assert seqs(start=DAY, end=DAY) == [6, 5, 4, 3, 2, 1]
    assert seqs(start=DAY + timedelta(days=1)) == []
    assert seqs(end=DAY - timedelta(days=1)) == []
    assert supervision.audit_actions(actor=BOSS) == [
        "crossing.recorded", "db.backup", "officer.signed_in"]
    entry = all_of(AuditFilter(), actor=BOSS).entries[0]
    assert entry.details_dict() == {"i": 0, "file": "sao-luu.db"}
    assert entry.at == NOW
    assert supervision.audit_size(actor=BOSS) == 6


def test_verification_in_steps_finds_an_edited_entry(
        db: Database, supervision: SupervisorService) -> None:
    _append(db, 25)
    steps = list(supervision.verify_audit(actor=BOSS, chunk=10))
    assert [s.checked for s in steps] == [10, 20, 25]
    assert all(s.total == 25 for s in steps)
    assert steps[-1].report is not None and steps[-1].report.ok
    assert all(s.report is None for s in steps[:-1])

    db.conn.execute("DROP TRIGGER audit_no_update")  # tampering around the app
    db.conn.execute("UPDATE audit SET details = '{\"i\":99}' WHERE seq = 17")
    steps = list(supervision.verify_audit(actor=BOSS, chunk=10))
    report = steps[-1].report
    assert report is not None
    assert (report.ok, report.first_bad, report.problem) == (False, 17, "edited")
    assert audit.verify(db) == report


def test_guards_are_refused_and_the_refusal_is_audited(
        db: Database, supervision: SupervisorService) -> None:
    guard = GUARD.officer_id
    calls = [
        lambda: supervision.overview(DAY, actor=guard),
        lambda: supervision.review(actor=guard),
        lambda: supervision.audit_page(AuditFilter(), actor=guard),
        lambda: supervision.audit_actions(actor=guard),
        lambda: supervision.verify_audit(actor=guard),
        lambda: supervision.overview(DAY, actor=None),
    ]
    for call in calls:
        with pytest.raises(PermissionDenied):
            call()
    denied = db.conn.execute(
        "SELECT actor, entity_id FROM audit WHERE action = 'permission.denied'"
        " ORDER BY seq").fetchall()
    assert denied == [(guard, "review"), (guard, "review"), (guard, "view_audit"),
                      (guard, "view_audit"), (guard, "view_audit"),
                      ("anonymous", "review")]
