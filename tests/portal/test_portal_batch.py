"""POST /v1/messages/batch and /v1/messages/reconcile against a real portal on
loopback."""

from __future__ import annotations

import gzip
import sqlite3
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests
from helpers.portal_support import Terminal, amendment_of, cancellation_of, crossing_payload, message
from helpers.builders import person

from borderdesk.core.ids import new_id
from sync.portal import admin
from sync.portal.app import Limits
from sync.portal.server import PortalServer
from sync.protocol import (
    PATH_BATCH,
    PATH_RECONCILE,
    PROTOCOL,
    Message,
    parse_batch_response,
    require_protocol,
)


def results(response: requests.Response) -> list[dict[str, Any]]:
    assert response.status_code == 200, response.text
    body = require_protocol(response.headers, response.json())
    return list(body["results"])


def statuses(response: requests.Response) -> list[tuple[str, str | None]]:
    return [(r["status"], r.get("code")) for r in results(response)]


def held(portal_db: Path) -> dict[str, dict[str, Any]]:
    return {m["message_id"]: m for m in admin.dump(portal_db)}


def test_accepted_batch_is_stored_before_the_answer(
    terminal: Terminal, portal_db: Path
) -> None:
    msgs = [message() for _ in range(3)]
    response = terminal.batch(msgs, audit_head="ab" * 32)
    # The rows are visible to another connection the moment the answer arrives.
    assert set(held(portal_db)) == {m["message_id"] for m in msgs}
    body = require_protocol(response.headers, response.json())
    assert body["batch_id"] == response.request.headers["Idempotency-Key"]
    sent = [
        Message(
            m["message_id"],
            m["function"],
            m["crossing_id"],
            m["payload"],
            m["payload_sha256"],
        )
        for m in msgs
    ]
    assert [str(r.status) for r in parse_batch_response(body, sent)] == ["accepted"] * 3
    rows = held(portal_db)
    assert {r["payload_hash"] for r in rows.values()} == {
        m["payload_sha256"] for m in msgs
    }
    assert all(
        r["state"] == "held" and r["terminal"] == "MONGCAI/T01" for r in rows.values()
    )
    heads = admin.show(portal_db)["audit_heads"]
    assert [(h["terminal"], h["audit_head"]) for h in heads] == [
        ("MONGCAI/T01", "ab" * 32)
    ]


def test_the_database_is_wal_with_full_sync(
    terminal: Terminal, portal_db: Path
) -> None:
    terminal.batch([message()])
    conn = sqlite3.connect(portal_db)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()
    from sync.portal.store import PortalStore

    with PortalStore.open(portal_db) as store:
        assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_the_server_checkpoints_after_answering_not_inside_the_commit(
    terminal: Terminal, portal: PortalServer, portal_db: Path
) -> None:
    """Requests' connections never checkpoint (their commits only append to the WAL);
    the server's checkpointer copies the WAL into the database once a POST has been
    answered, and a last time when the server stops."""
    from sync.portal.store import PortalStore

    with PortalStore.open(portal_db, autocheckpoint=False) as store:
        assert store.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
    with PortalStore.open(portal_db) as store:
        assert store.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000
    checkpointer = portal.state.checkpointer
    assert checkpointer is not None
    before = checkpointer.checkpoints
    msgs = [message() for _ in range(20)]
    assert statuses(terminal.batch(msgs)) == [("accepted", None)] * 20
    deadline = datetime.now(UTC) + timedelta(seconds=5)
    while checkpointer.checkpoints == before and datetime.now(UTC) < deadline:
        threading.Event().wait(0.01)
    assert checkpointer.checkpoints > before, checkpointer.last_error
    assert checkpointer.last_error is None
    # Everything the WAL held is in the database file now: a reader that ignores
    # the WAL (immutable=1) sees the messages.
    portal.stop()
    wal = portal_db.with_name(portal_db.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    uri = f"file:{portal_db}?immutable=1"
    conn = sqlite3.connect(uri, uri=True)
    try:
        count = conn.execute("SELECT count(*) FROM messages").fetchone()[0]
    finally:
        conn.close()
    assert count == 20


def test_duplicate_and_conflict_on_message_id(
    terminal: Terminal, portal_db: Path
) -> None:
    first = message()
    assert statuses(terminal.batch([first])) == [("accepted", None)]
    assert statuses(terminal.batch([first])) == [("duplicate", None)]
    other = message(message_id=first["message_id"])
    assert statuses(terminal.batch([other])) == [("conflict", "id_conflict")]
    assert len(held(portal_db)) == 1


def test_same_crossing_under_another_message_id(
    terminal: Terminal, portal_db: Path
) -> None:
    payload = crossing_payload()
    assert statuses(terminal.batch([message(payload=payload)])) == [("accepted", None)]
    # The outbox lost its row and made a new message for the same crossing: no harm.
    assert statuses(terminal.batch([message(payload=payload)])) == [("duplicate", None)]
    changed = {**payload, "notes": "changed after sending"}
    assert statuses(terminal.batch([message(payload=changed)])) == [
        ("conflict", "id_conflict")
    ]
    assert [r["status"] for r in admin.dump(portal_db)] == ["accepted", "duplicate"]
    assert admin.show(portal_db)["crossings"] == 1


def test_rejections_do_not_fail_the_rest_of_the_batch(
    terminal: Terminal, portal_db: Path
) -> None:
    good1, good2 = message(), message()
    bad_hash = message(sha="0" * 64)
    invalid = message(payload=crossing_payload(persons=[]))
    unreadable = message(payload=crossing_payload(direction="sideways", mode="flying"))
    wrong_gate = message(payload=crossing_payload(gate="LAOBAO"))
    unknown_function = {**message(), "function": "07"}
    answer = results(
        terminal.batch(
            [good1, bad_hash, invalid, unreadable, wrong_gate, unknown_function, good2]
        )
    )
    by_id = {r["message_id"]: r for r in answer}
    assert len(answer) == 7
    assert by_id[good1["message_id"]]["status"] == "accepted"
    assert by_id[good2["message_id"]]["status"] == "accepted"
    assert by_id[bad_hash["message_id"]] == {
        "message_id": bad_hash["message_id"],
        "status": "rejected",
        "code": "hash_mismatch",
    }
    assert by_id[invalid["message_id"]]["code"] == "payload_invalid"
    assert by_id[invalid["message_id"]]["reason"] == "persons_missing"
    assert by_id[unreadable["message_id"]]["code"] == "payload_invalid"
    assert by_id[unreadable["message_id"]]["reason"] == "value_not_allowed"
    assert by_id[wrong_gate["message_id"]]["code"] == "wrong_gate"
    assert by_id[unknown_function["message_id"]]["reason"] == "function_unknown"
    assert set(held(portal_db)) == {good1["message_id"], good2["message_id"]}
    refused = [
        r for r in admin.dump(portal_db, refusals=True) if r["state"] == "refused"
    ]
    assert len(refused) == 5


def test_a_refused_message_is_judged_again_when_resent(terminal: Terminal) -> None:
    original = crossing_payload()
    amend = message("02", amendment_of(original, notes="sửa"), ref=original["id"])
    assert statuses(terminal.batch([amend])) == [("rejected", "unknown_reference")]
    assert statuses(terminal.batch([message(payload=original), amend])) == [
        ("accepted", None),
        ("accepted", None),
    ]


def test_records_are_judged_at_their_own_time(terminal: Terminal) -> None:
    old = (datetime.now(UTC) - timedelta(days=700)).isoformat().replace("+00:00", "Z")
    # Valid then (the passport ran out later), so a record kept offline is accepted.
    old_payload = crossing_payload(
        time_utc=old,
        persons=[
            person(
                expiry_date=(datetime.now(UTC) - timedelta(days=30)).date().isoformat()
            )
        ],
    )
    ahead = (datetime.now(UTC) + timedelta(days=3)).isoformat().replace("+00:00", "Z")
    assert statuses(
        terminal.batch(
            [
                message(payload=old_payload),
                message(payload=crossing_payload(time_utc=ahead)),
            ]
        )
    ) == [("accepted", None), ("rejected", "payload_invalid")]


def test_payload_must_be_the_named_crossing(terminal: Terminal) -> None:
    payload = crossing_payload()
    no_time = {k: v for k, v in crossing_payload().items() if k != "time_utc"}
    answer = results(
        terminal.batch(
            [
                message(payload=payload, crossing_id=new_id()),
                message(payload=no_time),
                message("01", amendment_of(payload)),
            ]
        )
    )
    assert [(r["code"], r["reason"]) for r in answer] == [
        ("payload_invalid", "crossing_id_mismatch"),
        ("payload_invalid", "required:time_utc"),
        ("payload_invalid", "supersedes_unexpected"),
    ]


def test_amendment_and_cancellation_chains(terminal: Terminal, portal_db: Path) -> None:
    v1 = crossing_payload()
    v2 = amendment_of(v1, notes="sửa số hộ chiếu")
    v2_again = amendment_of(v1, notes="sửa lần hai")
    v3 = amendment_of(v2, notes="sửa lần ba")
    answer = statuses(
        terminal.batch(
            [
                message(payload=v1),
                message("02", v2, ref=v1["id"]),
                message("02", v2_again, ref=v1["id"]),  # v1 is already superseded
                message("02", amendment_of(v1), ref=new_id()),  # supersedes != ref
                message("02", amendment_of(crossing_payload()), ref=None),
                message("02", v3, ref=v3["supersedes"]),
            ]
        )
    )
    assert answer == [
        ("accepted", None),
        ("accepted", None),
        ("conflict", "already_superseded"),
        ("rejected", "payload_invalid"),
        ("rejected", "payload_invalid"),
        ("accepted", None),
    ]
    cancel = message("03", cancellation_of(v3["id"]), ref=v3["id"])
    answer = statuses(
        terminal.batch(
            [
                cancel,
                message("03", cancellation_of(v3["id"], "khác"), ref=v3["id"]),  # twice
                message("03", cancellation_of(v1["id"]), ref=v1["id"]),  # superseded
                message("03", cancellation_of(new_id()), ref=None),  # unknown crossing
                message("02", amendment_of(v3), ref=v3["id"]),  # amend after cancel
                message("03", {**cancellation_of(v2["id"]), "extra": 1}, ref=v2["id"]),
            ]
        )
    )
    assert answer == [
        ("accepted", None),
        ("conflict", "already_superseded"),
        ("conflict", "already_superseded"),
        ("rejected", "unknown_reference"),
        ("conflict", "already_superseded"),
        ("rejected", "payload_invalid"),
    ]
    # The same cancellation again under a new message id is a harmless duplicate.
    again = message("03", cancel["payload"], ref=v3["id"])
    assert statuses(terminal.batch([again])) == [("duplicate", None)]
    states = {r["crossing_id"]: r["crossing_state"] for r in admin.dump(portal_db)}
    assert states[v1["id"]] == "superseded"
    assert states[v2["id"]] == "superseded"
    assert states[v3["id"]] == "cancelled"


def test_another_gate_cannot_touch_this_gates_crossings(
    terminal: Terminal, terminal_factory: Callable[..., Terminal]
) -> None:
    v1 = crossing_payload()
    assert statuses(terminal.batch([message(payload=v1)])) == [("accepted", None)]
    laobao = terminal_factory("LAOBAO", "T01")
    assert statuses(
        laobao.batch(
            [
                message("02", amendment_of(v1, gate="LAOBAO"), ref=v1["id"]),
                message("03", cancellation_of(v1["id"]), ref=v1["id"]),
            ]
        )
    ) == [("rejected", "unknown_reference"), ("rejected", "unknown_reference")]


def test_idempotent_replay_returns_the_same_bytes(
    terminal: Terminal, portal_db: Path
) -> None:
    msgs = [message(), message(sha="f" * 64)]
    batch_id = new_id()
    first = terminal.batch(msgs, batch_id=batch_id)
    again = terminal.batch(msgs, batch_id=batch_id)  # a new signature, same batch
    assert again.status_code == 200
    assert again.content == first.content
    assert again.headers["Idempotent-Replayed"] == "true"
    assert "Idempotent-Replayed" not in first.headers
    assert len(held(portal_db)) == 1
    assert len(admin.dump(portal_db, refusals=True)) == 2  # the replay logged nothing


def test_key_reuse_with_another_batch_is_422(
    terminal: Terminal, portal_db: Path
) -> None:
    batch_id = new_id()
    terminal.batch([message()], batch_id=batch_id)
    response = terminal.batch([message()], batch_id=batch_id)
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "idempotency_key_reused"
    assert len(held(portal_db)) == 1


def test_key_reuse_by_another_terminal_is_422(
    terminal: Terminal, terminal_factory: Callable[..., Terminal]
) -> None:
    msgs, batch_id = [message()], new_id()
    terminal.batch(msgs, batch_id=batch_id)
    other = terminal_factory("MONGCAI", "T02")
    response = other.batch(msgs, batch_id=batch_id)
    assert response.status_code == 422


def test_batch_in_progress_is_409(
    terminal: Terminal, portal: PortalServer, portal_db: Path
) -> None:
    batch_id = new_id()
    portal.state.in_progress.add(batch_id)
    try:
        response = terminal.batch([message()], batch_id=batch_id)
    finally:
        portal.state.in_progress.discard(batch_id)
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "batch_in_progress"
    assert held(portal_db) == {}
    assert statuses(terminal.batch([message()], batch_id=batch_id)) == [
        ("accepted", None)
    ]


@pytest.mark.parametrize(
    ("headers", "why"),
    [({"Idempotency-Key": ""}, "missing"), ({"Idempotency-Key": "other"}, "mismatch")],
)
def test_idempotency_key_must_name_the_batch(
    terminal: Terminal, portal_db: Path, headers: dict[str, str], why: str
) -> None:
    body = {"protocol": PROTOCOL, "batch_id": new_id(), "messages": [message()]}
    if why == "missing":
        response = terminal.request("POST", PATH_BATCH, body=body)
    else:
        response = terminal.request("POST", PATH_BATCH, body=body, headers=headers)
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "bad_request"
    assert held(portal_db) == {}


def test_malformed_batches_are_400_and_store_nothing(
    terminal: Terminal, portal_db: Path
) -> None:
    m = message()
    for msgs in ([m, m], [{"function": "01"}], "not a list", [42]):
        response = terminal.batch(msgs)  # type: ignore[arg-type]
        assert response.status_code == 400, msgs
    response = terminal.request(
        "POST", PATH_BATCH, raw=b"{not json", headers={"Idempotency-Key": "x"}
    )
    assert response.status_code == 400
    body = {"protocol": "borderdesk-sync/9", "batch_id": "b", "messages": []}
    response = terminal.request(
        "POST", PATH_BATCH, body=body, headers={"Idempotency-Key": "b"}
    )
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "unsupported_protocol"
    assert admin.dump(portal_db, refusals=True) == []


def test_gzip_both_ways(terminal: Terminal, portal_db: Path) -> None:
    msgs = [message() for _ in range(20)]
    response = terminal.batch(msgs, gzip_body=True)
    assert response.headers["Content-Encoding"] == "gzip"
    assert [r["status"] for r in results(response)] == ["accepted"] * 20
    plain = terminal.request(
        "GET", "/v1/limits", headers={"Accept-Encoding": "identity"}
    )
    assert "Content-Encoding" not in plain.headers
    assert plain.json()["protocol"] == PROTOCOL
    raw = terminal.session.send(
        terminal.prepare("GET", "/v1/limits"), stream=True, timeout=10
    )
    try:
        compressed = raw.raw.read(decode_content=False)
    finally:
        raw.close()
    assert gzip.decompress(compressed).startswith(b'{"protocol":"borderdesk-sync/1"')
    damaged = terminal.request(
        "POST",
        PATH_BATCH,
        raw=b"\x1f\x8bnot gzip",
        headers={"Content-Encoding": "gzip", "Idempotency-Key": "x"},
    )
    assert damaged.status_code == 400
    assert len(held(portal_db)) == 20


def test_413_for_too_many_bytes_or_messages(tmp_path: Path) -> None:
    from helpers.portal_support import Terminal as T

    db = tmp_path / "p.db"
    limits = Limits(max_batch_messages=5, max_batch_bytes=4096)
    with PortalServer(db, limits=limits) as server:
        t = T(server.url, "MONGCAI", "T01")
        try:
            assert (
                t.enrol(
                    admin.create_enrolment_code(db, "MONGCAI", "T01")["code"]
                ).json()["limits"]["max_batch_messages"]
                == 5
            )
            assert t.request("GET", "/v1/limits").json()["max_batch_bytes"] == 4096
            too_many = t.batch([message() for _ in range(6)])
            assert too_many.status_code == 413
            assert too_many.json()["error"]["code"] == "too_large"
            too_big = t.batch(
                [message(payload=crossing_payload(notes="x" * 1900)) for _ in range(3)]
            )
            assert too_big.status_code == 413
            assert too_big.json()["error"]["code"] == "too_large"
            fits = t.batch(
                [message(payload=crossing_payload(notes="x" * 1900)) for _ in range(3)],
                gzip_body=True,
            )
            assert fits.status_code == 200
        finally:
            t.session.close()
    assert len(admin.dump(db)) == 3


def test_reconcile(
    terminal: Terminal, terminal_factory: Callable[..., Terminal]
) -> None:
    kept, other_hash = message(), message()
    terminal.batch([kept, other_hash])
    rejected = message(sha="1" * 64)
    terminal.batch([rejected])
    missing = message()
    body = {
        "protocol": PROTOCOL,
        "messages": [
            {
                "message_id": kept["message_id"],
                "payload_sha256": kept["payload_sha256"],
            },
            {"message_id": other_hash["message_id"], "payload_sha256": "2" * 64},
            {
                "message_id": missing["message_id"],
                "payload_sha256": missing["payload_sha256"],
            },
            {"message_id": rejected["message_id"], "payload_sha256": "1" * 64},
        ],
    }
    answer = terminal.request("POST", PATH_RECONCILE, body=body, gzip_body=True)
    assert answer.status_code == 200
    assert require_protocol(answer.headers, answer.json())["results"] == [
        {"message_id": kept["message_id"], "state": "held", "status": "accepted"},
        {
            "message_id": other_hash["message_id"],
            "state": "conflict",
            "status": "accepted",
        },
        {"message_id": missing["message_id"], "state": "missing"},
        {
            "message_id": rejected["message_id"],
            "state": "missing",
            "status": "rejected",
            "code": "hash_mismatch",
        },
    ]
    # Another gate learns nothing about this gate's messages.
    laobao = terminal_factory("LAOBAO", "T01")
    answer = laobao.request("POST", PATH_RECONCILE, body=body)
    assert {r["state"] for r in answer.json()["results"]} == {"missing"}
    too_many = {
        "protocol": PROTOCOL,
        "messages": [
            {"message_id": str(i), "payload_sha256": "0"} for i in range(5001)
        ],
    }
    assert (
        terminal.request(
            "POST", PATH_RECONCILE, body=too_many, gzip_body=True
        ).status_code
        == 413
    )
    bad = {"protocol": PROTOCOL, "messages": [{"message_id": 1}]}
    assert terminal.request("POST", PATH_RECONCILE, body=bad).status_code == 400


def test_unknown_paths_and_methods_answer_in_protocol(terminal: Terminal) -> None:
    for method, path, status in (("GET", "/v1/nothing", 404), ("GET", PATH_BATCH, 405)):
        response = terminal.request(method, path)
        assert response.status_code == status
        assert require_protocol(response.headers, response.json())["error"]["code"] == (
            "bad_request"
        )
