"""CrossingStore: recording (idempotent, conflicts, amendments) and the queries."""

from __future__ import annotations

import json
import random
import unicodedata
from datetime import date, timedelta
from typing import Any

import pytest
from helpers.builders import (
    NOW,
    TIME_UTC,
    car_crossing,
    crossing,
    crossing_dict,
    person,
)
from sqlite_utils import Database

from borderdesk.core.codec import crossing_from_dict, crossing_to_dict, payload_sha256
from borderdesk.core.ids import new_id
from borderdesk.core.model import Crossing
from borderdesk.core.screening import PastCrossing, previous_crossing
from borderdesk.storage import audit
from borderdesk.storage.crossings import CrossingStore
from borderdesk.storage.errors import IdConflict, SupersedeConflict


@pytest.fixture
def store(db: Database) -> CrossingStore:
    return CrossingStore(db)


def _ids(found: list) -> list[str]:  # type: ignore[type-arg]
    return [s.crossing.id for s in found]


def _rows(db: Database, table: str) -> int:
    return int(db.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


# -- recording -------------------------------------------------------------------------


def test_record_writes_crossing_persons_outbox_and_audit(
    store: CrossingStore, db: Database
) -> None:
    c = car_crossing()
    result = store.record(c, actor="officer1", now=NOW)
    assert result.id == c.id
    assert result.created
    assert result.audit_seq == 1
    assert _rows(db, "crossings") == 1
    assert _rows(db, "crossing_persons") == 2
    row = db.conn.execute(
        "SELECT crossing_id, function, ref_crossing_id, state FROM outbox"
    ).fetchone()
    assert row == (c.id, "declare", None, "pending")
    (entry,) = db.conn.execute(
        "SELECT actor, terminal, action, entity, entity_id, details FROM audit"
    ).fetchall()
    stored = store.get(c.id)
    assert stored is not None
    assert entry[:5] == ("officer1", "T01", "crossing.recorded", "crossing", c.id)
    assert json.loads(entry[5]) == {
        "payload_sha256": stored.payload_sha256,
        "supersedes": None,
    }


def test_stored_crossing_reads_back_equal(store: CrossingStore) -> None:
    c = crossing(
        acknowledged=["document_expired"],
        notes="Ghi chú",
        persons=[person(birth_date="1990-05")],
    )
    store.record(c, actor="officer1", now=NOW)
    stored = store.get(c.id)
    assert stored is not None
    assert stored.crossing == c
    assert stored.recorded_at == "2026-03-10T04:00:00.000000+00:00"
    assert stored.sync_state == "pending"
    assert stored.superseded_by is None
    out = stored.to_dict()
    assert out["recorded_at"] == stored.recorded_at
    assert out["sync_state"] == "pending"
    assert crossing_from_dict(out) == c  # what `list --json` prints can be re-read


def test_payload_hash_is_of_the_stored_payload(
    store: CrossingStore, db: Database
) -> None:
    c = crossing()
    store.record(c, actor="officer1", now=NOW)
    payload, digest = db.conn.execute(
        "SELECT payload, payload_sha256 FROM crossings"
    ).fetchone()
    data = json.loads(payload)
    assert "local_time" not in data
    assert "name_ascii" not in data["persons"][0]["identity"]
    assert payload_sha256(data) == digest
    expected = crossing_to_dict(c)
    del expected["local_time"]
    del expected["persons"][0]["identity"]["name_ascii"]
    assert data == expected


def test_record_identical_again_is_a_no_op(store: CrossingStore, db: Database) -> None:
    c = crossing()
    store.record(c, actor="officer1", now=NOW)
    again = store.record(crossing_from_dict(crossing_to_dict(c)), actor="x", now=NOW)
    assert (again.id, again.created, again.audit_seq) == (c.id, False, None)
    assert (_rows(db, "crossings"), _rows(db, "outbox"), _rows(db, "audit")) == (
        1,
        1,
        1,
    )


def test_same_id_other_content_is_a_conflict(
    store: CrossingStore, db: Database
) -> None:
    data = crossing_dict()
    store.record(crossing_from_dict(data), actor="officer1", now=NOW)
    changed = crossing_from_dict({**data, "notes": "changed afterwards"})
    with pytest.raises(IdConflict) as info:
        store.record(changed, actor="officer1", now=NOW)
    assert info.value.code == "id_conflict"
    stored = store.get(data["id"])
    assert stored is not None
    assert stored.crossing.notes == ""
    assert (_rows(db, "crossings"), _rows(db, "outbox"), _rows(db, "audit")) == (
        1,
        1,
        1,
    )


def test_record_many_is_idempotent_per_crossing(store: CrossingStore) -> None:
    batch = [crossing() for _ in range(3)]
    first = store.record_many(batch, actor="import", now=NOW)
    assert [r.created for r in first] == [True, True, True]
    second = store.record_many([*batch, crossing()], actor="import", now=NOW)
    assert [r.created for r in second] == [False, False, False, True]
    assert store.count() == 4
    assert audit.verify(store.db).entries == 4


# -- amendments ------------------------------------------------------------------------


def _amend(old: Crossing, **changes: object) -> Crossing:
    data = crossing_to_dict(old)
    data.update(id=new_id(), version=old.version + 1, supersedes=old.id, **changes)
    return crossing_from_dict(data)


def test_amendment_supersedes_the_old_version(
    store: CrossingStore, db: Database
) -> None:
    v1 = crossing()
    store.record(v1, actor="officer1", now=NOW)
    v2 = _amend(v1, notes="corrected the name")
    result = store.record(v2, actor="officer2", now=NOW)
    assert result.created
    old = store.get(v1.id)
    assert old is not None
    assert old.superseded_by == v2.id
    new = store.get(v2.id)
    assert new is not None
    assert new.superseded_by is None
    assert new.crossing.version == 2
    outbox = db.conn.execute(
        "SELECT crossing_id, function, ref_crossing_id FROM outbox ORDER BY seq"
    ).fetchall()
    assert outbox == [(v1.id, "declare", None), (v2.id, "amend", v1.id)]
    actions = [r[0] for r in db.conn.execute("SELECT action FROM audit ORDER BY seq")]
    assert actions == ["crossing.recorded", "crossing.amended"]
    # a chain of amendments
    v3 = _amend(v2, notes="and the date")
    store.record(v3, actor="officer2", now=NOW)
    assert store.get(v2.id).superseded_by == v3.id  # type: ignore[union-attr]


def test_second_amendment_of_the_same_version_is_refused(
    store: CrossingStore, db: Database
) -> None:
    v1 = crossing()
    store.record(v1, actor="officer1", now=NOW)
    store.record(_amend(v1, notes="first fix"), actor="officer1", now=NOW)
    before = (_rows(db, "crossings"), _rows(db, "outbox"), _rows(db, "audit"))
    with pytest.raises(SupersedeConflict, match="already amended") as info:
        store.record(_amend(v1, notes="competing fix"), actor="officer2", now=NOW)
    assert info.value.code == "supersede_conflict"
    assert (_rows(db, "crossings"), _rows(db, "outbox"), _rows(db, "audit")) == before


def test_amendment_of_a_missing_crossing_is_refused(
    store: CrossingStore, db: Database
) -> None:
    orphan = crossing(version=2, supersedes=new_id())
    with pytest.raises(SupersedeConflict, match="does not exist"):
        store.record(orphan, actor="officer1", now=NOW)
    assert store.count() == 0
    assert _rows(db, "audit") == 0


def test_amendment_must_be_the_next_version(store: CrossingStore) -> None:
    v1 = crossing()
    store.record(v1, actor="officer1", now=NOW)
    skipping = crossing_from_dict(
        {**crossing_to_dict(v1), "id": new_id(), "version": 3, "supersedes": v1.id}
    )
    with pytest.raises(SupersedeConflict, match="must have version 2"):
        store.record(skipping, actor="officer1", now=NOW)
    assert store.count() == 1


# -- queries ---------------------------------------------------------------------------


def test_by_document_is_exact_and_normalised(store: CrossingStore) -> None:
    a = crossing(persons=[person(document_number="C1234567")])
    b = crossing(persons=[person(document_number="C1234568")])
    c = car_crossing()  # its driver shows C1234567 too, its passenger C7654321
    for x in (a, b, c):
        store.record(x, actor="officer1", now=NOW)
    assert _ids(store.by_document("C1234567")) == [c.id, a.id]  # newest first
    assert _ids(store.by_document(" c123 4567 ")) == [c.id, a.id]
    assert _ids(store.by_document("c-1234-568")) == [b.id]
    assert _ids(store.by_document("C7654321")) == [c.id]
    assert store.by_document("C123456") == []  # a prefix is not a match
    assert _ids(store.by_document("C1234567", limit=1)) == [c.id]


@pytest.fixture
def named(store: CrossingStore) -> dict[str, str]:
    """Four crossings: name -> crossing id."""
    names = {
        "Nguyễn Văn An": ("Nguyễn", "Văn An"),
        "Nguyễn Thị Bình": ("Nguyễn", "Thị Bình"),
        "Đặng Văn Đức": ("Đặng", "Văn Đức"),
        "Lê An Khang": ("Lê", "An Khang"),
    }
    out = {}
    for full, (surname, given) in names.items():
        c = crossing(persons=[person(surname=surname, given_names=given)])
        store.record(c, actor="officer1", now=NOW)
        out[full] = c.id
    return out


@pytest.mark.parametrize(
    "query",
    [
        "Nguyễn Văn An",
        "nguyen van an",
        "NGUYEN VAN AN",
        unicodedata.normalize("NFD", "Nguyễn Văn An"),
        "  nguyễn  VĂN an ",
    ],
)
def test_search_names_accent_and_case_insensitive(
    store: CrossingStore, named: dict[str, str], query: str
) -> None:
    assert _ids(store.search_names(query)) == [named["Nguyễn Văn An"]]


def test_search_names_prefix_and_word_order(
    store: CrossingStore, named: dict[str, str]
) -> None:
    assert _ids(store.search_names("nguy v a")) == [named["Nguyễn Văn An"]]
    assert _ids(store.search_names("An Nguyễn")) == [named["Nguyễn Văn An"]]
    assert _ids(store.search_names("van nguyen")) == [named["Nguyễn Văn An"]]
    assert set(_ids(store.search_names("nguyen"))) == {
        named["Nguyễn Văn An"],
        named["Nguyễn Thị Bình"],
    }
    assert _ids(store.search_names("dang duc")) == [named["Đặng Văn Đức"]]
    assert _ids(store.search_names("Đức")) == [named["Đặng Văn Đức"]]
    assert set(_ids(store.search_names("an"))) == {
        named["Nguyễn Văn An"],
        named["Lê An Khang"],
    }


def test_search_names_newest_first_and_limit(
    store: CrossingStore, named: dict[str, str]
) -> None:
    both = _ids(store.search_names("nguyen"))
    assert both == [named["Nguyễn Thị Bình"], named["Nguyễn Văn An"]]
    assert _ids(store.search_names("nguyen", limit=1)) == [named["Nguyễn Thị Bình"]]


@pytest.mark.parametrize(
    "query",
    ["", "   ", "!!!", '"', "*", "nguyen OR", "NEAR(a b)", "an -van", "a:b", "'"],
)
def test_search_names_odd_input_is_safe(
    store: CrossingStore, named: dict[str, str], query: str
) -> None:
    # FTS5 query syntax in the input must never reach the MATCH expression raw
    found = store.search_names(query)
    assert all(s.crossing.id in named.values() for s in found)


def test_search_names_no_match(store: CrossingStore, named: dict[str, str]) -> None:
    assert store.search_names("Trần") == []
    assert store.search_names("nguyenx") == []


def test_search_finds_every_person_once(store: CrossingStore) -> None:
    c = car_crossing(
        persons=[
            person(role="driver", surname="Phạm", given_names="An"),
            person(
                role="passenger",
                surname="Phạm",
                given_names="Bình",
                document_number="C7654321",
            ),
        ]
    )
    store.record(c, actor="officer1", now=NOW)
    assert _ids(store.search_names("pham")) == [c.id]
    assert _ids(store.search_names("binh")) == [c.id]


def test_find_documents_then_names(store: CrossingStore) -> None:
    older = crossing(
        persons=[person(surname="Hà", given_names="Vy", document_number="C7654321")]
    )
    # the store does not validate: a name holding that number, recorded later
    newer = crossing(persons=[person(surname="Hà", given_names="C7654321")])
    for c in (older, newer):
        store.record(c, actor="officer1", now=NOW)
    # the document match first (though older), then the name matches, no duplicates
    assert _ids(store.find("C7654321")) == [older.id, newer.id]
    assert _ids(store.find("c7654321", limit=1)) == [older.id]
    # without a digit only names are searched, newest first
    assert _ids(store.find("ha")) == [newer.id, older.id]
    assert store.find("zzz") == []


def test_by_day_uses_the_gate_calendar(store: CrossingStore) -> None:
    late = crossing(time_utc="2026-01-01T16:30:00Z")  # 23:30 on the 1st in Vietnam
    early = crossing(time_utc="2026-01-01T17:30:00Z")  # 00:30 on the 2nd in Vietnam
    first_morning = crossing(time_utc="2025-12-31T17:05:00Z")  # 00:05 on the 1st
    elsewhere = crossing(time_utc="2026-01-01T10:00:00Z", gate="LAOBAO")
    for c in (early, late, first_morning, elsewhere):
        store.record(c, actor="officer1", now=NOW)
    assert _ids(store.by_day(date(2026, 1, 1), "MONGCAI")) == [
        first_morning.id,
        late.id,
    ]
    assert _ids(store.by_day(date(2026, 1, 2), "MONGCAI")) == [early.id]
    assert _ids(store.by_day(date(2026, 1, 1), "mongcai")) == [
        first_morning.id,
        late.id,
    ]
    assert _ids(store.by_day(date(2026, 1, 1))) == [
        first_morning.id,
        elsewhere.id,
        late.id,
    ]
    assert _ids(store.by_day(date(2026, 1, 1), "LAOBAO")) == [elsewhere.id]
    assert store.by_day(date(2025, 12, 31)) == []


def test_get_missing(store: CrossingStore) -> None:
    assert store.get(new_id()) is None
    assert store.count() == 0


def test_the_history_query_of_every_save_reads_the_index_backwards(
    store: CrossingStore, db: Database
) -> None:
    store.record(crossing(), actor="officer1", now=NOW)
    seen: list[str] = []
    db.conn.set_trace_callback(seen.append)
    try:
        store.previous_crossing("C1234567", "VNM", NOW, exclude=(new_id(), None))
    finally:
        db.conn.set_trace_callback(None)
    (sql,) = [s for s in seen if "crossing_persons" in s]
    plan = [r[3] for r in db.conn.execute(f"EXPLAIN QUERY PLAN {sql}")]
    assert any("COVERING INDEX persons_document" in step and "time_utc<?" in step
               for step in plan), plan
    # in index order, so it stops at the first entry that qualifies, and the index
    # holds the answer: no crossing is read
    assert not any("TEMP B-TREE" in step for step in plan), plan
    assert not any(" c USING" in step or "crossings_1" in step for step in plan), plan


DOCUMENTS = [("C1234567", "VNM"), ("C7654321", "VNM"), ("C1234567", "CHN")]


def _holder(rng: random.Random, role: str = "traveller") -> dict[str, Any]:
    number, state = rng.choice(DOCUMENTS)
    extra: dict[str, Any] = {"document_number": number}
    if state != "VNM":
        extra.update(nationality=state, issuing_state=state, personal_number=None)
    refused = rng.random() < 0.2
    return person(role=role, decision="refused" if refused else None, **extra)


def test_previous_crossing_is_the_core_rule_over_what_is_stored(
    store: CrossingStore,
) -> None:
    """The store's query against :func:`borderdesk.core.screening.previous_crossing`
    over every stored crossing in force, on a history with refusals, amendments,
    cancellations, several documents and crossings out of time order."""
    rng = random.Random(20261204)
    stored: list[Crossing] = []
    amended: set[str] = set()
    cancelled: set[str] = set()
    seconds = rng.sample(range(-20 * 86400, 20 * 86400), 400)  # distinct times

    def at(k: int) -> str:
        return (TIME_UTC + timedelta(seconds=seconds[k])).isoformat()

    for k in range(150):
        live = [c for c in stored if c.id not in amended | cancelled]
        roll = rng.random()
        if roll < 0.1 and live:
            victim = rng.choice(live)
            store.cancel(victim.id, "entered twice", actor="officer1", now=NOW)
            cancelled.add(victim.id)
            continue
        extra: dict[str, Any] = {}
        if roll < 0.25 and live:
            old = rng.choice(live)
            extra = {"version": old.version + 1, "supersedes": old.id}
            amended.add(old.id)
        if rng.random() < 0.5:
            c = crossing(time_utc=at(k), persons=[_holder(rng)],
                         direction=rng.choice(["exit", "entry"]), **extra)
        else:
            c = car_crossing(time_utc=at(k), persons=[
                _holder(rng, "driver"), _holder(rng, "passenger")], **extra)
        store.record(c, actor="officer1", now=NOW)
        stored.append(c)

    in_force = [c for c in stored if c.id not in amended | cancelled]
    answered = 0
    for k in range(150, 400):
        number, state = rng.choice(DOCUMENTS)
        extra = {"document_number": number}
        if state != "VNM":
            extra.update(nationality=state, issuing_state=state, personal_number=None)
        # some at the very time of a stored crossing: that one is not "before"
        probe_kw: dict[str, Any] = {
            "time_utc": at(rng.randrange(150) if rng.random() < 0.2 else k)}
        if rng.random() < 0.3:  # the probe amends a stored crossing
            old = rng.choice(stored)
            probe_kw.update(version=old.version + 1, supersedes=old.id)
        if rng.random() < 0.1:  # ... or is itself stored already (saved again)
            probe_kw["id"] = rng.choice(stored).id
        probe = crossing(persons=[person(**extra)], **probe_kw)
        ident = probe.persons[0].identity
        candidates = [p for p in (PastCrossing.of(c, ident) for c in in_force) if p]
        expected = previous_crossing(probe, 0, candidates)
        found = store.previous_crossing(number, state, probe.time_utc,
                                        exclude=(probe.id, probe.supersedes))
        assert found == expected, (k, number, state)
        answered += expected is not None
    assert answered > 100  # most probes have a previous crossing to find
