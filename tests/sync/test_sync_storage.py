"""The store behind the sync: outbox states, cancellations, sync_state, pulled data."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import timedelta

import pytest
from helpers.builders import NOW, crossing

from borderdesk.core.signed import b64encode, public_key_bytes
from borderdesk.services import CounterService
from borderdesk.storage import audit, maintenance
from borderdesk.storage.errors import StorageError
from borderdesk.storage.outbox import CancelConflict, SqliteSyncStore, cancellation
from sync import ports
from sync.ports import Enrolment, Outcome, TrustedKeyInfo


def _message_ids(store: SqliteSyncStore) -> list[str]:
    return [m.message_id for m in store.pending(100)]


def test_outbox_state_machine(service: CounterService, store: SqliteSyncStore) -> None:
    ids = [crossing() for _ in range(3)]
    service.store.record_many(ids, actor="officer1", now=NOW)
    a, b, c = _message_ids(store)
    store.mark_sent([a, b], "batch-1", NOW)
    assert [m.message_id for m in store.unresolved(10)] == [a, b]
    assert [m.message_id for m in store.pending(10)] == [c]
    store.mark_unsent([b, c], "unreachable", NOW)  # c was not sent: untouched
    assert store.counts() == {"pending": 2, "sent": 1, "accepted": 0, "rejected": 0,
                              "conflict": 0}
    assert store.outbox.get(b)["last_error"] == "unreachable"  # type: ignore[index]
    assert store.outbox.get(c)["last_error"] is None  # type: ignore[index]
    store.apply_results([Outcome(a, ports.ACCEPTED, "duplicate")], NOW)
    row = store.outbox.get(a)
    assert row is not None
    assert (row["state"], row["result_code"], row["batch_id"], row["attempts"]) == (
        "accepted", "duplicate", "batch-1", 1)
    # a final state is final: a late answer cannot change it
    store.apply_results([Outcome(a, ports.REJECTED, "x")], NOW)
    assert store.outbox.get(a)["state"] == "accepted"  # type: ignore[index]
    with pytest.raises(ValueError, match="final"):
        store.apply_results([Outcome(b, ports.PENDING)], NOW)
    with pytest.raises(sqlite3.IntegrityError, match="invalid outbox state"):
        service.db.conn.execute("UPDATE outbox SET state = 'lost'")
    with pytest.raises(RuntimeError, match="changed under"):
        store.mark_sent([a], "batch-2", NOW)  # already final


def test_cancel_writes_outbox_cancellation_and_audit_atomically(
        service: CounterService, store: SqliteSyncStore) -> None:
    c = crossing()
    service.store.record(c, actor="officer1", now=NOW)
    before = audit.verify(service.db).entries
    done = service.store.cancel(c.id, "  wrong person  ", actor="supervisor1",
                                now=NOW + timedelta(minutes=5))
    assert done.reason == "wrong person"
    assert cancellation(service.db, c.id) == done
    [_, message] = store.pending(10)
    assert (message.function, message.crossing_id, message.ref) == ("cancel", c.id, c.id)
    assert message.message_id == done.message_id
    assert message.payload_sha256 == ports_sha(message.payload)
    chain = audit.verify(service.db)
    assert chain.ok and chain.entries == before + 1
    action = service.db.conn.execute(
        "SELECT action, actor FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    assert action == ("crossing.cancelled", "supervisor1")
    assert maintenance.check(service.db).ok


def ports_sha(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode()).hexdigest()


def test_cancel_refusals(service: CounterService) -> None:
    c = crossing()
    service.store.record(c, actor="officer1", now=NOW)
    with pytest.raises(ValueError, match="reason"):
        service.store.cancel(c.id, "  ", actor="s")
    with pytest.raises(CancelConflict, match="does not exist"):
        service.store.cancel("nope", "x", actor="s")
    amended = replace(crossing(), supersedes=c.id, version=2)
    service.store.record(amended, actor="officer1", now=NOW)
    with pytest.raises(CancelConflict, match="amended"):
        service.store.cancel(c.id, "x", actor="s")
    service.store.cancel(amended.id, "x", actor="s")
    with pytest.raises(CancelConflict, match="already cancelled"):
        service.store.cancel(amended.id, "x", actor="s")
    # and a cancelled crossing cannot be amended any more
    with pytest.raises(StorageError, match="cancelled"):
        service.store.record(replace(crossing(), supersedes=amended.id, version=3),
                             actor="officer1", now=NOW)


def test_sync_state_values(store: SqliteSyncStore) -> None:
    store.put({"a": 1, "b": {"x": [1, "é"]}, "c": None})
    assert store.get("a") == 1
    assert store.get("b") == {"x": [1, "é"]}
    assert store.get("c", "default") == "default"
    store.put({"a": None})
    assert store.get("a") is None
    assert store.state.all() == {"b": {"x": [1, "é"]}}


def test_predeclaration_pages_never_let_an_older_copy_win(store: SqliteSyncStore) -> None:
    store.store_predeclarations([{"reference": "R1", "seq": 5, "status": "approved",
                                  "persons": [{"identity": {"document_number": "c 1",
                                                            "issuing_state": "VNM"}}]}],
                                "5", NOW)
    store.store_predeclarations([{"reference": "R1", "seq": 3, "status": "draft"}],
                                "3", NOW)
    assert store.predeclarations.get("R1")["status"] == "approved"  # type: ignore[index]
    assert store.predeclarations.by_document("C1", "VNM")[0]["reference"] == "R1"
    with pytest.raises(KeyError):
        store.store_predeclarations([{"reference": "R2", "seq": 6}, {"seq": 7}], "7",
                                    NOW)
    assert store.predeclarations.get("R2") is None  # the whole page rolled back
    assert store.get(ports.CURSOR_PREDECLARATIONS) == "3"


def test_watchlist_page_is_atomic(store: SqliteSyncStore) -> None:
    store.store_watchlist([{"seq": 1, "op": "add", "entry_id": "e", "key": "AB",
                            "category": "c"}], 1, "1", NOW)
    assert store.watchlist.categories("ab") == ["c"]
    with pytest.raises(ValueError, match="operation"):
        store.store_watchlist([{"seq": 2, "op": "remove", "entry_id": "e"},
                               {"seq": 3, "op": "explode", "entry_id": "f"}], 3, "3", NOW)
    assert store.watchlist.categories("ab") == ["c"]
    assert store.get(ports.CURSOR_WATCHLIST) == "1"


def test_enrolment_needs_the_portal_key_and_matching_key_ids(
        service: CounterService, store: SqliteSyncStore) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from borderdesk.core.signed import key_id

    portal = Ed25519PrivateKey.generate().public_key()
    info = TrustedKeyInfo(key_id(portal), "portal", b64encode(public_key_bytes(portal)))
    enrolment = Enrolment("http://p", "MONGCAI", "T01", "k", key_id(portal), "w",
                          NOW.isoformat(), {})
    with pytest.raises(ValueError, match="portal's key"):
        store.save_enrolment(enrolment, [], actor="x")
    with pytest.raises(ValueError, match="does not match"):
        store.save_enrolment(enrolment, [info, replace(info, key_id="0" * 16,
                                                       kind="terminal")], actor="x")
    assert store.get(ports.ENROLMENT) is None  # nothing half-stored
    store.save_enrolment(enrolment, [info], actor="x")
    assert store.enrolment() == enrolment
    assert key_id(portal) in service.keys.keyring("portal")
    assert audit.verify(service.db).ok
