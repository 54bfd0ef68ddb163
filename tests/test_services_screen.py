"""CounterService.screen and record: the watch list, each document's history, border
passes; the flagged crossings; finding pre-declarations. Also through ``borderdesk
record``, which enforces the same checks."""

from __future__ import annotations

import io
import json
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519
from helpers.builders import (
    NOW,
    TIME_UTC,
    car_crossing,
    crossing,
    crossing_dict,
    identity,
    person,
    predeclaration,
)
from helpers.officers import OFFICER1, SUPERVISOR, credentials, register
from helpers.screening import enrol, put_on_watchlist
from sqlite_utils import Database

from borderdesk import cli
from borderdesk.core import signed
from borderdesk.core.model import Crossing, Direction, PreDeclarationStatus
from borderdesk.core.validation import Finding, Severity
from borderdesk.services import CounterService, CrossingRefused
from borderdesk.storage import audit
from borderdesk.storage.db import open_db
from borderdesk.storage.predeclarations import PredeclarationStore

pytestmark = pytest.mark.usefixtures("officers")
ACTOR = OFFICER1.officer_id  # the guard the builders' crossings name
REVIEWER = SUPERVISOR.officer_id  # the flagged crossings are a supervisor's
E, W = Severity.ERROR, Severity.WARNING
DOC0 = "persons[0].identity.document_number"


def _codes(findings: list[Finding]) -> set[tuple[str, Severity, str]]:
    return {(f.code, f.severity, f.field) for f in findings}


def _at(hours: float, **overrides: Any) -> Crossing:
    when = TIME_UTC + timedelta(hours=hours)
    return crossing(time_utc=when.isoformat(), **overrides)


def _audit(db: Database) -> list[tuple[int, str, str | None, str, str]]:
    return db.conn.execute(
        "SELECT seq, action, entity_id, at, details FROM audit ORDER BY seq").fetchall()


# -- the watch list ----------------------------------------------------------------


def test_without_an_enrolment_there_is_no_watch_list(service: CounterService,
                                                     db: Database) -> None:
    put_on_watchlist(db, "VNM", "C1234567")  # entries, but no key to look them up
    c = crossing()
    assert service.screen(c) == []
    assert service.record(c, actor=ACTOR).result.created


def test_a_damaged_enrolment_key_is_no_watch_list(service: CounterService,
                                                  db: Database) -> None:
    put_on_watchlist(db, "VNM", "C1234567")
    for raw in ("not base64!", "AAAA"):  # unreadable; 3 bytes, too short
        enrol(db, raw_key=raw)
        assert service.screen(crossing()) == []


def test_a_new_enrolment_takes_effect_at_the_next_save(service: CounterService,
                                                      db: Database) -> None:
    """The key is read in every save (the sync enrols on its own connection); the
    service remembers only how the text it last read decodes."""
    put_on_watchlist(db, "VNM", "C1234567")
    codes = lambda: [f.code for f in service.screen(crossing())]  # noqa: E731
    assert codes() == []  # not enrolled
    enrol(db)
    assert codes() == ["watchlist_hit"]
    enrol(db, raw_key="AAAA")  # damaged
    assert codes() == []
    enrol(db, key=b"\x07" * 32)  # another key: the entry is under the old one
    assert codes() == []
    enrol(db)
    assert codes() == ["watchlist_hit"]


def test_a_listed_document_stops_the_crossing(service: CounterService,
                                              db: Database) -> None:
    enrol(db)
    put_on_watchlist(db, "VNM", "C1234567", "wanted")
    put_on_watchlist(db, "VNM", "C1234567", "lost_document")
    c = crossing(acknowledged=["watchlist_hit"])  # an error: acknowledging is no use
    (hit,) = service.screen(c)
    assert (hit.code, hit.severity, hit.field) == ("watchlist_hit", E, DOC0)
    assert hit.params == {"categories": ["lost_document", "wanted"]}
    with pytest.raises(CrossingRefused) as info:
        service.record(c, actor=ACTOR)
    assert [f.code for f in info.value.findings] == ["watchlist_hit"]
    assert service.store.count() == 0
    assert _audit(db) == []


def test_the_hit_is_by_issuing_state_and_number(service: CounterService,
                                                db: Database) -> None:
    enrol(db)
    put_on_watchlist(db, "CHN", "C1234567")
    put_on_watchlist(db, "VNM", "C7654321")
    assert service.screen(crossing()) == []
    car = car_crossing()  # its passenger holds C7654321
    assert _codes(service.screen(car)) == {
        ("watchlist_hit", E, "persons[1].identity.document_number")}


def test_another_watch_list_key_finds_nothing(service: CounterService,
                                              db: Database) -> None:
    enrol(db, key=bytes(32))
    put_on_watchlist(db, "VNM", "C1234567")  # keyed with the helpers' key
    assert service.screen(crossing()) == []


def test_a_referred_hit_is_saved_acknowledged_and_flagged(service: CounterService,
                                                          db: Database) -> None:
    enrol(db)
    put_on_watchlist(db, "VNM", "C1234567", "wanted")
    referred = crossing(decision="secondary")
    (hit,) = service.screen(referred)
    assert hit.severity is W
    with pytest.raises(CrossingRefused):
        service.record(referred, actor=ACTOR)  # the warning must be acknowledged

    acked = crossing(decision="secondary", acknowledged=["watchlist_hit"])
    outcome = service.record(acked, actor=ACTOR)
    assert [f.code for f in outcome.warnings] == ["watchlist_hit"]
    recorded, flagged = _audit(db)
    assert recorded[1:3] == ("crossing.recorded", acked.id)
    assert flagged[0] == recorded[0] + 1  # written with it, in the same transaction
    assert flagged[1:4] == ("crossing.flagged", acked.id, recorded[3])
    assert json.loads(flagged[4]) == {
        "code": "watchlist_hit", "fields": [DOC0], "categories": ["wanted"],
        "decision": "secondary"}
    assert audit.verify(db).ok

    service.record(acked, actor=ACTOR)  # the identical crossing again: no second entry
    assert len(_audit(db)) == 2
    day = acked.local_date
    service.record(crossing(persons=[person(document_number="C7777777")]), actor=ACTOR)
    assert [s.crossing.id for s in service.flagged(day, actor=REVIEWER)] == [acked.id]
    flagged = service.flagged(day, gate="mongcai", actor=REVIEWER)
    assert [s.crossing.id for s in flagged] == [acked.id]
    assert service.flagged(day, gate="LAOBAO", actor=REVIEWER) == []
    assert service.flagged(day + timedelta(days=1), actor=REVIEWER) == []


def test_a_referred_passenger_of_a_cleared_car(service: CounterService,
                                               db: Database) -> None:
    enrol(db)
    put_on_watchlist(db, "VNM", "C7654321")
    car = car_crossing(persons=[
        person(role="driver"),
        person(role="passenger", decision="secondary", surname="Trần",
               given_names="Thị Bình", sex="F", birth_date="1992-02-29",
               document_number="C7654321", personal_number=None),
    ], acknowledged=["watchlist_hit"])
    assert _codes(service.screen(car)) == {
        ("watchlist_hit", W, "persons[1].identity.document_number")}
    service.record(car, actor=ACTOR)
    flagged = service.flagged(car.local_date, actor=REVIEWER)
    assert [s.crossing.id for s in flagged] == [car.id]


def test_the_watch_list_is_read_as_it_is_now(service: CounterService,
                                             db: Database) -> None:
    enrol(db)
    assert service.screen(crossing()) == []
    entry = put_on_watchlist(db, "VNM", "C1234567")
    assert len(service.screen(crossing())) == 1
    service.watchlist.apply([{"entry_id": entry, "seq": 2, "op": "remove"}])
    assert service.screen(crossing()) == []


# -- history -------------------------------------------------------------------------


def test_a_first_exit_is_normal(service: CounterService) -> None:
    assert service.screen(_at(0)) == []


def test_exit_twice_in_a_row(service: CounterService) -> None:
    first = _at(-24)
    service.record(first, actor=ACTOR)
    second = _at(0)
    (f,) = service.screen(second)
    assert (f.code, f.severity, f.field) == ("no_entry_before_exit", W, DOC0)
    assert f.params["previous_id"] == first.id
    with pytest.raises(CrossingRefused):
        service.record(second, actor=ACTOR)
    assert service.record(_at(0, acknowledged=["no_entry_before_exit"]),
                          actor=ACTOR).warnings


def test_entry_twice_and_the_normal_alternation(service: CounterService) -> None:
    service.record(_at(-48, direction="entry"), actor=ACTOR)
    assert service.screen(_at(-24)) == []  # exit after entry
    assert _codes(service.screen(_at(-24, direction="entry"))) == {
        ("entry_twice", W, DOC0)}
    service.record(_at(-24), actor=ACTOR)
    assert service.screen(_at(0, direction="entry")) == []


def test_only_earlier_crossings_count(service: CounterService) -> None:
    service.record(_at(0), actor=ACTOR)  # recorded first, but later in time
    assert service.screen(_at(-24)) == []


def test_cancelled_crossings_do_not_count(service: CounterService) -> None:
    first = _at(-24)
    service.record(first, actor=ACTOR)
    service.store.cancel(first.id, "recorded for the wrong person", actor="officer1",
                         now=NOW)
    assert service.screen(_at(0)) == []


def test_amendments_replace_what_they_amend(service: CounterService) -> None:
    wrong = _at(-24)
    service.record(wrong, actor=ACTOR)
    fixed = _at(-24, direction="entry", version=2, supersedes=wrong.id)
    assert service.screen(fixed) == []  # the crossing it amends is left out
    service.record(fixed, actor=REVIEWER)  # yesterday's: a supervisor amends it
    assert service.screen(_at(0)) == []  # the amendment (an entry) is the last one
    assert _codes(service.screen(_at(0, direction="entry"))) == {
        ("entry_twice", W, DOC0)}


def test_refusals_are_not_crossings(service: CounterService) -> None:
    service.record(_at(-24, decision="refused", notes="passport damaged"), actor=ACTOR)
    assert service.screen(_at(0)) == []
    service.record(_at(-12), actor=ACTOR)
    # refusing now: the person does not cross, so no warning either
    assert service.screen(_at(0, decision="refused", notes="no visa")) == []


def test_each_person_has_their_own_history(service: CounterService) -> None:
    service.record(_at(-24, persons=[person(document_number="C7654321",
                                            personal_number=None)]), actor=ACTOR)
    car = car_crossing()
    assert _codes(service.screen(car)) == {
        ("no_entry_before_exit", W, "persons[1].identity.document_number")}


def test_a_border_pass_valid_for_more_than_a_year(service: CounterService) -> None:
    holder = person(document_type="border_pass_vn_cn", document_number="G1234567",
                    expiry_date="2027-06-01")
    assert _codes(service.screen(crossing(persons=[holder]))) == {
        ("border_pass_validity_too_long", W, "persons[0].identity.expiry_date")}


# -- pre-declarations ----------------------------------------------------------------


@pytest.fixture
def declared(db: Database) -> PredeclarationStore:
    store = PredeclarationStore(db)
    tran = identity(surname="Trần", given_names="Thị Bình", document_number="C7654321")
    store.upsert([
        predeclaration("TTBP-260310-000001", seq=1, status="submitted"),
        predeclaration("TTBP-260310-000002", seq=2),
        predeclaration("TTBP-260310-000003", seq=3, gate="LAOBAO"),
        predeclaration("TTBP-260310-000004", seq=4, direction="entry",
                       expected_date="2026-03-12"),
        predeclaration("TTBP-260310-000005", seq=5, persons=[tran]),
    ])
    return store


def _found(service: CounterService, text: str, **kw: Any) -> list[str]:
    return [p.reference for p in service.find_predeclarations(text, **kw)]


@pytest.mark.usefixtures("declared")
def test_find_predeclarations_by_reference_document_or_name(
    service: CounterService,
) -> None:
    assert _found(service, "TTBP-260310-000005") == ["TTBP-260310-000005"]
    assert _found(service, " ttbp-260310-000005 ") == ["TTBP-260310-000005"]
    assert _found(service, "TTBP-260310-000003") == []  # another gate's
    # confirmed first, then the nearest expected date; never another gate's
    assert _found(service, "c1234567") == [
        "TTBP-260310-000002", "TTBP-260310-000004", "TTBP-260310-000001"]
    assert _found(service, "nguyen van an") == _found(service, "C1234567")
    assert _found(service, "Trần Thị Bình") == ["TTBP-260310-000005"]
    assert _found(service, "tran thi binh") == ["TTBP-260310-000005"]
    assert _found(service, "c1234567", direction=Direction.ENTRY) == [
        "TTBP-260310-000004"]
    assert _found(service, "nguyen", limit=1) == ["TTBP-260310-000002"]
    assert _found(service, "   ") == []
    assert _found(service, "le van tam") == []


@pytest.mark.usefixtures("declared")
def test_found_predeclarations_are_model_objects(service: CounterService) -> None:
    (p,) = service.find_predeclarations("TTBP-260310-000004")
    assert p.direction is Direction.ENTRY
    assert p.status is PreDeclarationStatus.CONFIRMED
    assert p.expected_date == date(2026, 3, 12)
    assert [i.full_name for i in p.persons] == ["Nguyễn Văn An"]


def test_an_unreadable_predeclaration_is_passed_over(service: CounterService,
                                                     db: Database) -> None:
    PredeclarationStore(db).upsert([
        predeclaration("R1", seq=1, direction="sideways"),
        predeclaration("R2", seq=2),
    ])
    assert _found(service, "nguyen van an") == ["R2"]


def _slip(key: ed25519.Ed25519PrivateKey, reference: str) -> str:
    return signed.make_confirmation(
        reference=reference, gate="MONGCAI", direction="exit",
        expected_date=date(2026, 3, 10), persons=1,
        issued_at=datetime(2026, 3, 10, 2, tzinfo=NOW.tzinfo), key=key)


@pytest.mark.usefixtures("declared")
def test_predeclaration_from_a_confirmation_slip(service: CounterService) -> None:
    portal = ed25519.Ed25519PrivateKey.generate()
    service.keys.trust(portal.public_key(), kind="portal", actor="admin")
    slip = _slip(portal, "TTBP-260310-000002")
    found = service.predeclaration_from_confirmation(slip)
    assert found is not None
    assert found.reference == "TTBP-260310-000002"
    assert service.predeclaration_from_confirmation(_slip(portal, "TTBP-9")) is None
    with pytest.raises(signed.SignedCodeError) as info:
        service.predeclaration_from_confirmation(
            _slip(ed25519.Ed25519PrivateKey.generate(), "TTBP-260310-000002"))
    assert info.value.code == "unknown_key"


# -- the same through `borderdesk record` ---------------------------------------------


@pytest.fixture
def cli_db(tmp_path: Path) -> Path:
    path = tmp_path / "cli.db"
    db = open_db(path)
    try:
        enrol(db)
        put_on_watchlist(db, "VNM", "C1234567", "wanted")
        register(db)
    finally:
        db.close()
    return path


def _record(path: Path, tmp_path: Path, data: dict[str, Any], *extra: str
            ) -> tuple[int, Any]:
    source = tmp_path / "in.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    with credentials(OFFICER1) as who:
        code = cli.main(["record", "--json", str(source), "--db", str(path),
                         "--output", "json", *who, *extra], out=out, err=err)
    return code, json.loads(out.getvalue())


def test_record_command_refuses_a_watch_list_hit(cli_db: Path, tmp_path: Path) -> None:
    code, result = _record(cli_db, tmp_path, crossing_dict(time_utc=None),
                           "--acknowledge", "watchlist_hit")
    assert code == cli.EXIT_REFUSED
    assert result["status"] == "refused"
    assert result["findings"] == [{
        "code": "watchlist_hit", "severity": "error", "field": DOC0,
        "params": {"categories": ["wanted"]}}]


def test_record_command_saves_a_referred_hit_when_acknowledged(
    cli_db: Path, tmp_path: Path
) -> None:
    data = crossing_dict(time_utc=None, decision="secondary")
    code, result = _record(cli_db, tmp_path, data)
    assert code == cli.EXIT_REFUSED
    assert [f["severity"] for f in result["findings"]] == ["warning"]

    code, result = _record(cli_db, tmp_path, data, "--acknowledge", "watchlist_hit")
    assert code == cli.EXIT_OK
    assert result["status"] == "recorded"
    assert [w["code"] for w in result["warnings"]] == ["watchlist_hit"]
    db = open_db(cli_db)
    try:
        actions = [r[1] for r in _audit(db)]
        assert actions[-2:] == ["crossing.recorded", "crossing.flagged"]
    finally:
        db.close()
