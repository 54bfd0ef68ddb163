"""The engine against the in-memory portal: batches, splits, poison messages,
conflicts, crashes, backoff that survives restarts, resumable pulls, frozen payloads."""

from __future__ import annotations

import gzip
import hashlib
import json
import random
from collections import Counter
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from helpers.builders import NOW, crossing, person
from helpers.fake_portal import Crash, FakePortal
from helpers.sync_support import FakeClock, run

from borderdesk.core.signed import b64decode
from borderdesk.services import CounterService
from borderdesk.storage.outbox import SqliteSyncStore
from sync import engine as E
from sync import ports, protocol
from sync.engine import SyncEngine
from sync.watchlist_key import document_key


def _batches(portal: FakePortal) -> list[dict[str, Any]]:
    out = []
    for r in portal.requests:
        if r["path"] == protocol.PATH_BATCH:
            out.append({**json.loads(gzip.decompress(r["raw"])), "status": r["status"]})
    return out


def _states(store: SqliteSyncStore) -> dict[str, int]:
    return {k: v for k, v in store.counts().items() if v}


def test_everything_is_sent_in_batches_of_the_advertised_size(
        portal: FakePortal, make_engine: Callable[..., SyncEngine],
        record: Callable[..., list[str]], store: SqliteSyncStore) -> None:
    portal.max_batch_messages = 40
    ids = record(100)
    steps, last = run(make_engine())
    assert (last.outcome, last.sent, last.accepted, last.left) == (E.OK, 100, 100, 0)
    assert [len(b["messages"]) for b in _batches(portal)] == [40, 40, 20]
    assert [s.phase for s in steps] == ["start", "push", "push", "push", "pull", "pull",
                                        "pull", "done"]
    assert steps[1].total == 100 and steps[1].left == 60
    assert _states(store) == {"accepted": 100}
    # in outbox order, each exactly once, with the crossing as the message's subject
    sent = [m["crossing_id"] for b in _batches(portal) for m in b["messages"]]
    assert sent == ids
    assert Counter(portal.stored_log).most_common(1)[0][1] == 1
    assert len(portal.held) == 100
    # a second run sends nothing
    portal.requests.clear()
    _, again = run(make_engine())
    assert (again.outcome, again.sent, again.left) == (E.OK, 0, 0)
    assert protocol.PATH_BATCH not in portal.paths()


def test_the_hash_sent_is_the_stored_crossing_hash_and_is_frozen(
        portal: FakePortal, make_engine: Callable[..., SyncEngine],
        record: Callable[..., list[str]], service: CounterService,
        store: SqliteSyncStore) -> None:
    [cid] = record(1)
    run(make_engine())
    [message] = _batches(portal)[0]["messages"]
    payload_text, stored_hash = service.db.conn.execute(
        "SELECT payload, payload_sha256 FROM crossings WHERE id = ?", (cid,)).fetchone()
    assert message["function"] == "01"
    assert message["ref"] is None
    assert message["payload_sha256"] == stored_hash
    assert protocol.sha256_hex(message["payload"]) == stored_hash
    assert protocol.sha256_hex(json.loads(payload_text)) == stored_hash
    assert hashlib.sha256(payload_text.encode()).hexdigest() == stored_hash
    row = store.outbox.get(message["message_id"])
    assert row is not None
    assert row["payload_sha256"] == stored_hash  # frozen at the first send
    assert row["attempts"] == 1 and row["first_sent_at"] and row["acked_at"]
    with pytest.raises(Exception, match="frozen"):
        service.db.conn.execute("UPDATE outbox SET payload_sha256 = 'x'")


def test_a_changed_payload_is_never_sent(
        portal: FakePortal, make_engine: Callable[..., SyncEngine],
        record: Callable[..., list[str]], service: CounterService,
        store: SqliteSyncStore) -> None:
    bad, good = record(2)
    service.db.conn.execute("UPDATE crossings SET payload = replace(payload, 'Nguyễn',"
                            " 'Nguyen') WHERE id = ?", (bad,))
    _, last = run(make_engine())
    assert last.rejected == 1 and last.accepted == 1
    assert [m["crossing_id"] for b in _batches(portal) for m in b["messages"]] == [good]
    [problem] = store.outbox.needing_supervisor()
    assert (problem["crossing_id"], problem["result_code"]) == (bad, "hash_mismatch")


def test_413_halves_the_batch_and_it_grows_back_slowly(
        portal: FakePortal, make_engine: Callable[..., SyncEngine],
        record: Callable[..., list[str]], store: SqliteSyncStore) -> None:
    portal.max_batch_messages = 100
    portal.enforce_max_messages = 30  # advertises 100, refuses more than 30
    record(150)
    engine = make_engine()
    _, last = run(engine)
    assert (last.outcome, last.accepted, last.left) == (E.OK, 150, 0)
    sizes = [(len(b["messages"]), b["status"]) for b in _batches(portal)]
    assert sizes[:3] == [(100, 413), (50, 413), (25, 200)]
    assert sizes[3] == (27, 200)  # +10 % after a success
    assert all(n <= 30 for n, status in sizes if status == 200)
    assert sum(n for n, status in sizes if status == 200) == 150
    assert len(portal.held) == 150
    assert _states(store) == {"accepted": 150}


def test_a_body_over_max_batch_bytes_is_split_before_sending(
        portal: FakePortal, make_engine: Callable[..., SyncEngine],
        record: Callable[..., list[str]]) -> None:
    portal.max_batch_bytes = 4000  # ~ a few gzip'd crossings
    record(60)
    _, last = run(make_engine())
    assert (last.outcome, last.accepted, last.left) == (E.OK, 60, 0)
    batches = _batches(portal)
    assert all(b["status"] == 200 for b in batches)  # never a 413: split locally
    assert all(len(r["raw"]) <= 4000 for r in portal.requests
               if r["path"] == protocol.PATH_BATCH)
    assert len(batches) > 1


def test_a_poisoned_message_does_not_block_and_is_never_resent(
        portal: FakePortal, make_engine: Callable[..., SyncEngine],
        record: Callable[..., list[str]], store: SqliteSyncStore) -> None:
    ids = record(10)
    portal.reject_crossings.add(ids[3])
    _, last = run(make_engine())
    assert (last.accepted, last.rejected, last.left) == (9, 1, 0)
    [problem] = store.outbox.needing_supervisor()
    assert problem["crossing_id"] == ids[3]
    assert (problem["state"], problem["result_code"]) == ("rejected", "payload_invalid")
    assert problem["result_reason"] == "poisoned for the test"
    # never retried automatically
    for _ in range(2):
        run(make_engine())
    times_sent = sum(m["crossing_id"] == ids[3]
                     for b in _batches(portal) for m in b["messages"])
    assert times_sent == 1
    assert _states(store) == {"accepted": 9, "rejected": 1}


def test_a_conflict_is_recorded_and_not_retried(
        portal: FakePortal, make_engine: Callable[..., SyncEngine],
        record: Callable[..., list[str]], store: SqliteSyncStore) -> None:
    ids = record(3)
    portal.crossings[ids[1]] = {"hash": "f" * 64, "superseded_by": None,
                                "cancelled_by": None}
    _, last = run(make_engine())
    assert (last.accepted, last.conflict, last.left) == (2, 1, 0)
    [problem] = store.outbox.needing_supervisor()
    assert (problem["crossing_id"], problem["state"], problem["result_code"]) == (
        ids[1], "conflict", "id_conflict")
    _, again = run(make_engine())
    assert again.sent == 0


@pytest.mark.parametrize("fault", ["timeout_after_commit", "drop_after_commit",
                                   "captive", "truncated"])
def test_an_unknown_outcome_leaves_messages_sent_and_the_next_run_converges(
        portal: FakePortal, make_engine: Callable[..., SyncEngine],
        record: Callable[..., list[str]], store: SqliteSyncStore, clock: FakeClock,
        fault: str) -> None:
    portal.max_batch_messages = 10
    ids = record(25)
    portal.fault(protocol.PATH_BATCH, fault)
    _, first = run(make_engine())
    assert first.outcome == E.OFFLINE
    assert first.error in ("timeout", "network", "not_protocol")
    assert _states(store) == {"sent": 10, "pending": 15}
    assert first.left == 25
    committed = len(portal.held)
    assert committed == (10 if fault.endswith("after_commit") else 0)
    assert all(store.outbox.get(m.message_id)["last_error"] == first.error  # type: ignore[index]
               for m in store.unresolved(100))

    clock.advance(400)  # past any backoff
    _, second = run(make_engine())  # a new engine: as after a restart
    assert (second.outcome, second.left, second.accepted) == (E.OK, 0, 25)
    assert second.duplicates == committed
    assert _states(store) == {"accepted": 25}
    # the portal holds each exactly once, under the same message ids
    assert sorted(h.crossing_id for h in portal.held.values()) == sorted(ids)
    assert len(portal.stored_log) == len(set(portal.stored_log)) == 25
    resent = _batches(portal)[1]["messages"]
    assert {m["message_id"] for m in resent} == {
        m["message_id"] for m in _batches(portal)[0]["messages"]}


def test_a_crash_after_the_portal_commits_converges_without_duplicates(
        portal: FakePortal, make_engine: Callable[..., SyncEngine],
        record: Callable[..., list[str]], store: SqliteSyncStore, clock: FakeClock,
        service: CounterService, db_factory: Callable[..., Any]) -> None:
    portal.max_batch_messages = 50
    record(120)
    portal.fault(protocol.PATH_BATCH, "ok")  # the first batch passes
    portal.fault(protocol.PATH_BATCH, "crash_after_commit")
    with pytest.raises(Crash):
        run(make_engine())
    assert _states(store) == {"accepted": 50, "sent": 50, "pending": 20}
    assert len(portal.held) == 100
    # "restart": a fresh connection and engine
    fresh = SqliteSyncStore(db_factory(), owns=False)
    _, last = run(make_engine(store=fresh))
    assert (last.outcome, last.left, last.duplicates, last.accepted) == (E.OK, 0, 50, 70)
    assert _states(fresh) == {"accepted": 120}
    assert len(portal.stored_log) == len(set(portal.stored_log)) == 120


def test_connection_refused_puts_messages_back_to_pending(
        portal: FakePortal, make_engine: Callable[..., SyncEngine],
        record: Callable[..., list[str]], store: SqliteSyncStore) -> None:
    record(5)
    portal.fault(protocol.PATH_BATCH, "connect")
    _, last = run(make_engine())
    assert (last.outcome, last.error) == (E.OFFLINE, "unreachable")
    assert _states(store) == {"pending": 5}
    assert {store.outbox.get(m.message_id)["attempts"]  # type: ignore[index]
            for m in store.pending(10)} == {1}


def test_backoff_is_persisted_honoured_after_restart_and_reset_by_success(
        portal: FakePortal, make_engine: Callable[..., SyncEngine],
        record: Callable[..., list[str]], store: SqliteSyncStore,
        clock: FakeClock) -> None:
    record(3)
    portal.fault(protocol.PATH_BATCH, "503", retry_after=30)
    _, first = run(make_engine())
    assert (first.outcome, first.error) == (E.OFFLINE, "unavailable")
    assert _states(store) == {"pending": 3}  # the portal said it did nothing
    assert store.get(ports.BACKOFF_ATTEMPT) == 1
    assert first.next_attempt_at is not None
    wait = (first.next_attempt_at - clock.now).total_seconds()
    assert wait == 30  # Retry-After is a floor over the 1-2 s first delay

    # a new engine (a restarted app) honours it without touching the network
    portal.requests.clear()
    engine = make_engine()
    assert engine.seconds_until_next_attempt() == 30
    _, waiting = run(engine)
    assert waiting.outcome == E.WAITING
    assert portal.requests == []
    assert engine.status().connection == "online"  # the portal answered the 503

    # consecutive failures grow the attempt count
    clock.advance(31)
    portal.fault(protocol.PATH_LIMITS, "timeout")
    _, second = run(make_engine())
    assert second.outcome == E.OFFLINE
    assert store.get(ports.BACKOFF_ATTEMPT) == 2
    assert make_engine().status().connection == "offline"

    # forced ("sync now"), and the first successful request resets everything
    _, forced = run(make_engine(), force=True)
    assert (forced.outcome, forced.accepted, forced.left) == (E.OK, 3, 0)
    assert store.get(ports.BACKOFF_ATTEMPT) is None
    assert store.get(ports.NEXT_ATTEMPT_AT) is None
    assert store.get(ports.LAST_SUCCESS_AT) == clock.now.isoformat()
    status = make_engine().status()
    assert status.connection == "online"
    assert status.last_error is not None and status.last_error["code"] == "timeout"


def test_a_refused_terminal_stops_the_run_and_nothing_is_lost(
        portal: FakePortal, make_engine: Callable[..., SyncEngine],
        record: Callable[..., list[str]], store: SqliteSyncStore,
        service: CounterService) -> None:
    record(4)
    portal.revoke(service.terminal_key().key_id)
    _, last = run(make_engine())
    assert (last.outcome, last.error) == (E.REFUSED, "unknown_terminal")
    assert _states(store) == {"pending": 4}
    assert store.get(ports.BACKOFF_ATTEMPT) is None  # not a transient failure


def test_cancellation_between_batches(
        portal: FakePortal, make_engine: Callable[..., SyncEngine],
        record: Callable[..., list[str]], store: SqliteSyncStore) -> None:
    portal.max_batch_messages = 10
    record(30)
    steps: list[Any] = []
    gen = make_engine().run_once(is_cancelled=lambda: len(steps) >= 2)
    for step in gen:
        steps.append(step)
    assert steps[-1].outcome == E.CANCELLED
    # Pipelined: batch 2 left when batch 1's answer came in (before its progress was
    # reported); it is finished, and batch 3, prepared meanwhile, goes back to pending.
    assert [s.phase for s in steps] == ["start", "push", "push", "done"]
    assert _states(store) == {"accepted": 20, "pending": 10}
    assert len(_batches(portal)) == 2


def test_a_batch_queued_behind_a_failed_one_never_leaves(
        portal: FakePortal, make_engine: Callable[..., SyncEngine],
        record: Callable[..., list[str]], store: SqliteSyncStore,
        clock: FakeClock) -> None:
    """Batch 3 is prepared and queued behind batch 2 while the portal works on 2;
    batch 2 fails, so batch 3 does not leave and goes back to pending; the next run
    sends the rest in outbox order, each message once."""
    portal.max_batch_messages = 10
    ids = record(30)
    portal.fault(protocol.PATH_BATCH, "ok")
    portal.fault(protocol.PATH_BATCH, "503")
    _, last = run(make_engine())
    assert last.outcome == E.OFFLINE
    assert [b["status"] for b in _batches(portal)] == [200, 503]
    assert _states(store) == {"accepted": 10, "pending": 20}
    clock.advance(60)  # past the backoff
    _, last = run(make_engine())
    assert (last.outcome, last.left) == (E.OK, 0)
    accepted = [m["crossing_id"] for b in _batches(portal) if b["status"] == 200
                for m in b["messages"]]
    assert accepted == ids
    assert _states(store) == {"accepted": 30}


def test_a_batch_queued_behind_a_409_leaves_after_the_retry(
        portal: FakePortal, make_engine: Callable[..., SyncEngine],
        record: Callable[..., list[str]], store: SqliteSyncStore) -> None:
    """Batch 1 meets 409 (still in progress) and is retried from the engine's own
    thread; batch 2, queued behind the failed first attempt, did not leave with it
    and is sent after batch 1's answer: the order holds and nothing is left."""
    portal.max_batch_messages = 10
    ids = record(30)
    portal.fault(protocol.PATH_BATCH, "409")
    _, last = run(make_engine())
    assert (last.outcome, last.accepted, last.left) == (E.OK, 30, 0)
    statuses = [b["status"] for b in _batches(portal)]
    assert statuses == [409, 200, 200, 200]
    sent = [m["crossing_id"] for b in _batches(portal) if b["status"] == 200
            for m in b["messages"]]
    assert sent == ids
    assert _states(store) == {"accepted": 30}


def test_amendment_and_cancellation_travel_as_02_and_03(
        portal: FakePortal, make_engine: Callable[..., SyncEngine],
        service: CounterService, store: SqliteSyncStore) -> None:
    first = crossing(persons=[person()])
    service.store.record(first, actor="officer1", now=NOW)
    from dataclasses import replace

    amended = replace(crossing(persons=[person(surname="Nguyễn", given_names="Văn Ân")]),
                      supersedes=first.id, version=2)
    service.store.record(amended, actor="officer1", now=NOW)
    other = crossing()
    service.store.record(other, actor="officer1", now=NOW)
    cancelled = service.store.cancel(other.id, "recorded twice by mistake",
                                     actor="supervisor1", now=NOW)
    _, last = run(make_engine())
    assert (last.accepted, last.rejected, last.conflict) == (4, 0, 0)
    messages = [m for b in _batches(portal) for m in b["messages"]]
    assert [(m["function"], m["crossing_id"], m["ref"]) for m in messages] == [
        ("01", first.id, None), ("02", amended.id, first.id), ("01", other.id, None),
        ("03", other.id, other.id)]
    cancel = messages[3]
    assert cancel["message_id"] == cancelled.message_id
    assert cancel["payload"] == {"crossing_id": other.id,
                                 "reason": "recorded twice by mistake",
                                 "cancelled_at": cancelled.cancelled_at,
                                 "officer": "supervisor1"}
    assert cancel["payload_sha256"] == protocol.sha256_hex(cancel["payload"])
    assert portal.crossings[other.id]["cancelled_by"] == cancelled.message_id
    assert service.store.get(other.id).sync_state == "accepted"  # type: ignore[union-attr]


def test_the_audit_head_is_anchored_with_each_batch(
        portal: FakePortal, make_engine: Callable[..., SyncEngine],
        record: Callable[..., list[str]], store: SqliteSyncStore) -> None:
    record(2)
    run(make_engine())
    head = store.audit_head()
    assert portal.audit_heads == [head]
    assert store.get(ports.AUDIT_ANCHORED)["head"] == head


def test_pulls_are_paged_and_an_interrupted_pull_resumes_without_loss(
        portal: FakePortal, make_engine: Callable[..., SyncEngine],
        store: SqliteSyncStore, clock: FakeClock) -> None:
    for i in range(25):
        portal.add_predeclaration(f"PD-{i:03}", persons=[
            {"role": "traveller", "identity": {"surname": "Lý", "given_names": "An",
                                               "document_number": f"C{i:07}",
                                               "issuing_state": "VNM"}}])
    portal.fault(protocol.PATH_PREDECLARATIONS, "ok", times=2)
    portal.fault(protocol.PATH_PREDECLARATIONS, "timeout")  # the third page
    _, first = run(make_engine(page_size=10))
    assert first.outcome == E.OFFLINE
    assert first.pulled["predeclarations"] == 20
    assert store.predeclarations.count() == 20
    assert store.get(ports.CURSOR_PREDECLARATIONS) == "20"

    portal.add_predeclaration("PD-003", status="cancelled")  # updated: reappears later
    clock.advance(400)
    portal.requests.clear()
    _, second = run(make_engine(page_size=10))
    assert second.outcome == E.OK
    cursors = [r["query"].get("cursor") for r in portal.requests
               if r["path"] == protocol.PATH_PREDECLARATIONS]
    assert cursors[0] == "20"  # resumed, not restarted
    assert store.predeclarations.count() == 25
    assert second.pulled["predeclarations"] == 6
    assert store.predeclarations.get("PD-003")["status"] == "cancelled"  # type: ignore[index]
    assert [p["reference"] for p in store.predeclarations.by_document("c0000007")] == [
        "PD-007"]
    # nothing new: one request, nothing stored
    _, third = run(make_engine(page_size=10))
    assert third.pulled["predeclarations"] == 0


def test_watchlist_deltas_and_lookup_by_keyed_hash(
        portal: FakePortal, make_engine: Callable[..., SyncEngine],
        store: SqliteSyncStore, enrolled: ports.Enrolment) -> None:
    key = b64decode(enrolled.watchlist_key)
    listed = document_key(key, "VNM", "C1234567")
    portal.add_watch("w1", listed, "interpol")
    portal.add_watch("w2", document_key(key, "VNM", "C7654321"), "alert")
    portal.remove_watch("w2")
    _, last = run(make_engine(page_size=2))
    assert last.pulled["watchlist"] == 3
    assert store.watchlist.categories(document_key(key, "vnm", "c 123-4567")) == [
        "interpol"]
    assert store.watchlist.categories(document_key(key, "VNM", "C7654321")) == []
    assert store.get(ports.WATCHLIST_VERSION) == 3
    assert store.get(ports.CURSOR_WATCHLIST) == "3"


def test_keys_are_pulled_trusted_and_revoked(
        portal: FakePortal, make_engine: Callable[..., SyncEngine],
        store: SqliteSyncStore, service: CounterService) -> None:
    kid = portal.add_terminal("MONGCAI", "T02")
    _, first = run(make_engine())
    assert first.pulled["keys"] == 1
    assert kid in service.keys.keyring("terminal")
    portal.revoke(kid)
    _, second = run(make_engine())
    assert second.pulled["keys"] == 1
    assert kid not in service.keys.keyring("terminal")
    assert [k for k in service.keys.all() if k.key_id == kid][0].revoked


def test_a_malformed_feed_page_is_skipped_without_backoff(
        portal: FakePortal, make_engine: Callable[..., SyncEngine],
        store: SqliteSyncStore) -> None:
    portal.predeclarations.append({"seq": 1, "no_reference": True})
    _, last = run(make_engine())
    assert last.outcome == E.OK
    assert store.get(ports.LAST_ERROR)["code"] == "bad_response"
    assert store.get(ports.BACKOFF_ATTEMPT) is None
    assert store.get(ports.CURSOR_PREDECLARATIONS) is None  # the page was not stored


def test_not_enrolled(service: CounterService, make_client: Callable[..., Any],
                      clock: FakeClock) -> None:
    s = SqliteSyncStore(service.db)
    engine = SyncEngine(s, make_client(), clock=clock, rng=random.Random(1))
    _, last = run(engine)
    assert (last.outcome, last.error) == (E.NOT_ENROLLED, "not_enrolled")


def test_a_store_factory_is_opened_and_closed_per_run(
        make_engine: Callable[..., SyncEngine], record: Callable[..., list[str]],
        db_path: Any, tmp_path: Any) -> None:
    from borderdesk.storage.db import open_db

    record(3)
    opened: list[SqliteSyncStore] = []

    def factory() -> SqliteSyncStore:
        opened.append(SqliteSyncStore(open_db(db_path), owns=True))
        return opened[-1]

    engine = make_engine(store=factory)
    _, last = run(engine)
    assert (last.outcome, last.accepted) == (E.OK, 3)
    assert engine.status().counts["accepted"] == 3
    assert len(opened) == 2
    import sqlite3

    for s in opened:
        with pytest.raises(sqlite3.ProgrammingError):
            s.db.conn.execute("SELECT 1")


def test_backoff_delay_uses_the_injected_rng(
        portal: FakePortal, make_engine: Callable[..., SyncEngine],
        record: Callable[..., list[str]], clock: FakeClock) -> None:
    record(1)
    portal.fault("*", "connect", times=1)
    _, last = run(make_engine(rng=lambda: 0.5))
    assert last.next_attempt_at == clock.now + timedelta(seconds=1.5)
