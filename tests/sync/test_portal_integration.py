"""The terminal against the real reference portal (waitress on loopback, real sockets):
enrol, ``sync --once``, faults injected by the portal itself, pulls, amend/cancel."""

from __future__ import annotations

import json
import random
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import requests
from helpers.builders import NOW, crossing, person
from helpers.sync_support import Run, run, wire_cli

from borderdesk.config import load
from borderdesk.core.signed import b64decode, b64encode, public_key_bytes
from borderdesk.storage.crossings import CrossingStore
from borderdesk.storage.db import open_db
from borderdesk.storage.outbox import SqliteSyncStore
from sync import engine as E
from sync import ports
from sync.client import PortalClient
from sync.engine import SyncEngine, enrolment_keys
from sync.watchlist_key import document_key

portal_app = pytest.importorskip("sync.portal.app")
from sync.portal import admin  # noqa: E402
from sync.portal.faults import FaultRule  # noqa: E402
from sync.portal.server import PortalServer  # noqa: E402


@pytest.fixture
def portal_db(tmp_path: Path) -> Path:
    return tmp_path / "portal" / "portal.db"


@pytest.fixture
def server(portal_db: Path) -> Iterator[PortalServer]:
    portal_db.parent.mkdir()
    with PortalServer(portal_db) as s:
        yield s


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, server: PortalServer, portal_db: Path) -> Run:
    runner = wire_cli(monkeypatch)
    code = admin.create_enrolment_code(portal_db, "MONGCAI", "T01")["code"]
    result = runner("enrol", "--portal", server.url, "--code", code)
    assert result[0] == 0, result
    return runner


@pytest.fixture
def db_file() -> Path:
    return load().settings.db_path


def _record(db_file: Path, crossings: list[Any]) -> None:
    db = open_db(db_file)
    try:
        CrossingStore(db).record_many(crossings, actor="officer1", now=NOW)
    finally:
        db.close()


def _outbox(db_file: Path) -> dict[str, str]:
    db = open_db(db_file)
    try:
        return dict(db.conn.execute("SELECT message_id, state FROM outbox").fetchall())
    finally:
        db.close()


def _held(portal_db: Path) -> list[dict[str, Any]]:
    return admin.dump(portal_db)


def _fault(server: PortalServer, **rule: Any) -> None:
    server.faults.set_rules([FaultRule(**rule)])


def test_200_crossings_are_held_exactly_once_and_a_rerun_sends_nothing(
        cli: Run, db_file: Path, portal_db: Path) -> None:
    _record(db_file, [crossing() for _ in range(200)])
    code, out, err = cli("sync", "--once")
    assert code == 0, err
    assert out.startswith("sent 200, accepted 200 (0 already held), rejected 0, "
                          "conflict 0, left 0")
    held = _held(portal_db)
    ids = Counter(h["message_id"] for h in held)
    assert len(held) == 200 and max(ids.values()) == 1
    assert set(ids) == set(_outbox(db_file))
    assert set(_outbox(db_file).values()) == {"accepted"}
    # hashes the portal holds are the terminal's frozen ones
    db = open_db(db_file)
    try:
        mine = dict(db.conn.execute("SELECT message_id, payload_sha256 FROM outbox"))
    finally:
        db.close()
    assert {h["message_id"]: h["payload_sha256"] for h in held} == mine

    code, out, err = cli("sync", "--once")
    assert code == 0
    assert out.startswith("sent 0, accepted 0")
    assert len(_held(portal_db)) == 200


@pytest.mark.parametrize("rule", [
    {"mode": "drop_after_commit"},
    {"mode": "truncate"},
    {"mode": "captive"},
    {"mode": "reset"},
    {"mode": "drop_before_commit"},
    {"mode": "http_error", "status": 503, "retry_after": 1},
    {"mode": "http_error", "status": 500},
], ids=lambda r: r["mode"] + str(r.get("status", "")))
def test_faults_converge_without_loss_or_duplicates(
        cli: Run, db_file: Path, portal_db: Path, server: PortalServer,
        rule: dict[str, Any]) -> None:
    _record(db_file, [crossing() for _ in range(30)])
    _fault(server, target="batch", count=1, **rule)
    code, out, err = cli("sync", "--once", "--batch-size", "10")
    assert code == 6, (out, err)
    assert "left" in err
    states = Counter(_outbox(db_file).values())
    assert states["accepted"] == 0
    code, out, err = cli("sync", "--once", "--json")
    assert code == 0, (out, err)
    held = _held(portal_db)
    assert len(held) == len({h["message_id"] for h in held}) == 30
    assert set(_outbox(db_file).values()) == {"accepted"}
    summary = json.loads(out)
    committed_first = rule["mode"] in ("drop_after_commit", "truncate")
    assert summary["duplicates"] == (10 if committed_first else 0)


def test_a_read_timeout_is_an_unknown_outcome_on_a_real_socket(
        server: PortalServer, portal_db: Path, service: Any) -> None:
    """The portal commits, then answers after the client's read timeout."""
    store = SqliteSyncStore(service.db)
    key = service.terminal_key()
    session = requests.Session()
    session.trust_env = False
    client = PortalClient(session, server.url, key, "MONGCAI/T01", timeout=(5, 0.5))
    try:
        code = admin.create_enrolment_code(portal_db, "MONGCAI", "T01")["code"]
        response = client.enrol(code, b64encode(public_key_bytes(key.public)))
        store.save_enrolment(
            ports.Enrolment(server.url, "MONGCAI", "T01", key.key_id,
                            response["portal_key_id"], response["watchlist_key"],
                            NOW.isoformat(), response["limits"]),
            enrolment_keys(response), actor="test")
        service.store.record_many([crossing() for _ in range(5)], actor="o", now=NOW)
        _fault(server, mode="slow", target="batch", count=1, delay_s=1.5)
        engine = SyncEngine(store, client, rng=random.Random(1))
        _, first = run(engine)
        assert (first.outcome, first.error) == (E.OFFLINE, "timeout")
        assert store.counts()["sent"] == 5
        _, second = run(engine, force=True)
        assert (second.outcome, second.duplicates, second.left) == (E.OK, 5, 0)
        assert len(_held(portal_db)) == 5
    finally:
        client.close()


def test_pulls_from_the_real_portal_resume_after_an_interruption(
        cli: Run, db_file: Path, portal_db: Path, server: PortalServer) -> None:
    seeded = admin.seed(portal_db, "MONGCAI", predeclarations=1100, watchlist=30)
    # the terminal asks for pages of 500: fail the second page once
    _fault(server, mode="http_error", status=503, retry_after=1,
           target="predeclarations", skip=1, count=1)
    code, out, err = cli("sync", "--once")
    assert code == 0  # nothing was left to send
    assert "pulled 500 pre-declaration(s)" in out
    server.faults.clear()
    code, out, err = cli("sync", "--once", "--json")
    result = json.loads(out)
    assert result["pulled"]["predeclarations"] == 600
    assert result["pulled"]["watchlist"] == len(seeded["watchlist"])
    db = open_db(db_file)
    try:
        store = SqliteSyncStore(db)
        assert store.predeclarations.count() == 1100
        enrolment = store.enrolment()
        assert enrolment is not None
        hit = seeded["predeclarations"][0]["persons"][0]
        key = document_key(b64decode(enrolment.watchlist_key), hit["issuing_state"],
                           hit["document_number"])
        assert store.watchlist.categories(key) == ["wanted"]
        found = store.predeclarations.by_document(hit["document_number"],
                                                  hit["issuing_state"])
        assert found[0]["reference"] == seeded["predeclarations"][0]["reference"]
        assert store.get(ports.CURSOR_WATCHLIST) == str(store.get(ports.WATCHLIST_VERSION))
    finally:
        db.close()


def test_amendment_and_cancellation_are_accepted_by_the_real_portal(
        cli: Run, db_file: Path, portal_db: Path) -> None:
    first = crossing(persons=[person()])
    amended = replace(crossing(persons=[person(given_names="Văn Ân")]),
                      supersedes=first.id, version=2)
    other = crossing()
    _record(db_file, [first, amended, other])
    db = open_db(db_file)
    try:
        CrossingStore(db).cancel(other.id, "Nhập nhầm", actor="supervisor1", now=NOW)
    finally:
        db.close()
    code, out, err = cli("sync", "--once")
    assert code == 0, (out, err)
    assert "accepted 4" in out
    held = {h["crossing_id"] + h["function"]: h for h in _held(portal_db)}
    assert held[first.id + "01"]["crossing_state"] == "superseded"
    assert held[amended.id + "02"]["ref"] == first.id
    assert held[other.id + "03"]["crossing_state"] == "cancelled"


def test_a_crossing_the_portal_refuses_exits_7(cli: Run, db_file: Path) -> None:
    good = crossing()
    wrong_gate = crossing(gate="HUUNGHI")
    _record(db_file, [good, wrong_gate])
    code, out, err = cli("sync", "--once")
    assert code == 7, (out, err)
    assert "rejected 1" in out
    code, out, err = cli("sync", "status")
    assert "wrong_gate" in out
