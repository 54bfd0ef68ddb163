"""``borderdesk enrol``, ``sync --once|--daemon`` and ``sync status`` through the real
``borderdesk.cli.main``, against the fake portal (the HTTP session factory is swapped)."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path
from typing import Any

import pytest
import requests
from helpers.builders import NOW, crossing
from helpers.fake_portal import BASE_URL, FakePortal, _Adapter
from helpers.sync_support import Run, wire_cli

import borderdesk.cli as bcli
from borderdesk.config import load
from borderdesk.storage.crossings import CrossingStore
from borderdesk.storage.db import open_db
from borderdesk.storage.outbox import SqliteSyncStore
from sync import cli as sync_cli
from sync import ports, protocol


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, portal: FakePortal) -> Run:
    monkeypatch.setattr(sync_cli, "make_session", portal.session)
    return wire_cli(monkeypatch)


@pytest.fixture
def db_file() -> Path:
    return load().settings.db_path


def _record(db_file: Path, n: int) -> list[str]:
    db = open_db(db_file)
    try:
        made = [crossing() for _ in range(n)]
        CrossingStore(db).record_many(made, actor="officer1", now=NOW)
        return [c.id for c in made]
    finally:
        db.close()


def _state(db_file: Path, key: str) -> Any:
    db = open_db(db_file)
    try:
        return SqliteSyncStore(db).get(key)
    finally:
        db.close()


@pytest.fixture
def enrolled_cli(cli: Run, portal: FakePortal) -> Run:
    portal.add_code("ABC-123")
    code, out, err = cli("enrol", "--portal", BASE_URL, "--code", "ABC-123")
    assert code == 0, err
    return cli


def test_enrol_stores_the_enrolment_and_trusts_the_keys(
        cli: Run, portal: FakePortal, db_file: Path) -> None:
    other = portal.add_terminal("MONGCAI", "T02")
    portal.add_code("ABC-123")
    code, out, err = cli("enrol", "--portal", BASE_URL, "--code", "ABC-123", "--json")
    assert code == 0, err
    result = json.loads(out)
    assert (result["status"], result["gate"], result["terminal"]) == (
        "enrolled", "MONGCAI", "T01")
    assert result["warnings"] == []
    assert result["trusted_keys"] == 3  # the portal, T02 and this terminal
    enrolment = _state(db_file, ports.ENROLMENT)
    assert enrolment["portal_url"] == BASE_URL
    assert enrolment["key_id"] == result["key_id"]
    assert enrolment["watchlist_key"]
    db = open_db(db_file)
    try:
        kinds = {r[0]: r[1] for r in db.conn.execute(
            "SELECT key_id, kind FROM trusted_keys")}
        actions = [r[0] for r in db.conn.execute("SELECT action FROM audit")]
    finally:
        db.close()
    assert kinds[result["portal_key_id"]] == "portal"
    assert kinds[other] == kinds[result["key_id"]] == "terminal"
    assert "terminal.enrolled" in actions


def test_enrol_with_a_bad_code(cli: Run) -> None:
    code, out, err = cli("enrol", "--portal", BASE_URL, "--code", "WRONG")
    assert code == 1
    assert "enrolment_code_invalid" in err


def test_enrol_with_the_portal_unreachable(cli: Run, portal: FakePortal) -> None:
    portal.fault("*", "connect")
    code, out, err = cli("enrol", "--portal", BASE_URL, "--code", "X", "--json")
    assert code == sync_cli.EXIT_LEFT
    assert json.loads(out)["error"] == "unreachable"


def test_enrol_warns_when_the_portal_names_another_terminal(cli: Run,
                                                            portal: FakePortal) -> None:
    portal.add_code("C2", terminal="T09")
    code, out, err = cli("enrol", "--portal", BASE_URL, "--code", "C2")
    assert code == 0
    assert "MONGCAI/T09" in out
    assert "wrong_gate" in err


def test_sync_before_enrolment_is_a_config_error(cli: Run) -> None:
    code, out, err = cli("sync", "--once")
    assert code == 1
    assert "not enrolled" in err
    code, out, err = cli("sync", "--once", "--json")
    assert (code, json.loads(out)["error"]) == (1, "not_enrolled")


def test_sync_once_sends_everything_and_exits_0(enrolled_cli: Run, db_file: Path,
                                                portal: FakePortal) -> None:
    _record(db_file, 5)
    portal.add_predeclaration("PD-1")
    code, out, err = enrolled_cli("sync", "--once")
    assert code == 0, err
    assert out.splitlines() == [
        "sent 5, accepted 5 (0 already held), rejected 0, conflict 0, left 0",
        "pulled 1 pre-declaration(s), 0 watch-list change(s), 0 key change(s)"]
    assert len(portal.held) == 5
    code, out, err = enrolled_cli("sync", "--once", "--json")
    result = json.loads(out)
    assert (code, result["status"], result["sent"], result["left"]) == (0, "ok", 0, 0)
    assert result["counts"]["accepted"] == 5


def test_sync_once_offline_exits_6_and_says_what_is_left(
        enrolled_cli: Run, db_file: Path, portal: FakePortal) -> None:
    _record(db_file, 3)
    portal.fault("*", "connect", times=10)
    code, out, err = enrolled_cli("sync", "--once")
    assert code == sync_cli.EXIT_LEFT
    assert "left 3" in out
    assert "3 message(s) left to send (unreachable)" in err
    assert "next automatic attempt" in err
    # the next --once is a person asking: it does not wait for the backoff
    portal.faults.clear()
    code, out, err = enrolled_cli("sync", "--once", "--json")
    assert (code, json.loads(out)["accepted"]) == (0, 3)


def test_sync_once_with_rejections_exits_7(enrolled_cli: Run, db_file: Path,
                                           portal: FakePortal) -> None:
    ids = _record(db_file, 4)
    portal.reject_crossings.add(ids[0])
    code, out, err = enrolled_cli("sync", "--once")
    assert code == sync_cli.EXIT_SUPERVISOR
    assert "rejected 1" in out and "left 0" in out
    assert "1 message(s) rejected or in conflict need a supervisor" in err
    code, out, err = enrolled_cli("sync", "status", "--json")
    status = json.loads(out)
    assert code == 0
    assert status["counts"] == {"pending": 0, "sent": 0, "accepted": 3, "rejected": 1,
                                "conflict": 0}
    assert status["connection"] == "online"
    assert status["needing_supervisor"][0]["crossing_id"] == ids[0]
    code, out, err = enrolled_cli("sync", "status")
    assert "3 accepted, 1 rejected" in out
    assert f"rejected: declare {ids[0]} (payload_invalid" in out


def test_sync_status_before_anything(cli: Run) -> None:
    code, out, err = cli("sync", "status")
    assert code == 0
    assert "(not enrolled)" in out
    assert "connection: unknown; last success: never" in out


def test_sync_needs_a_mode(enrolled_cli: Run) -> None:
    code, out, err = enrolled_cli("sync")
    assert code == 2
    assert "--once or --daemon" in err


def test_batch_size_and_portal_override(enrolled_cli: Run, db_file: Path,
                                        portal: FakePortal,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    _record(db_file, 5)

    def proxy_only() -> requests.Session:
        s = requests.Session()
        s.trust_env = False
        s.mount("http://proxy.test", _Adapter(portal))
        return s

    monkeypatch.setattr(sync_cli, "make_session", proxy_only)
    code, out, err = enrolled_cli("sync", "--once", "--portal", "http://proxy.test",
                                  "--batch-size", "2")
    assert code == 0, err
    sizes = [len(json.loads(__import__("gzip").decompress(r["raw"]))["messages"])
             for r in portal.requests if r["path"] == protocol.PATH_BATCH]
    assert sizes == [2, 2, 1]
    # the override is not saved
    assert _state(db_file, ports.ENROLMENT)["portal_url"] == BASE_URL


def test_daemon_stops_with_1_when_the_portal_refuses_the_terminal(
        enrolled_cli: Run, db_file: Path, portal: FakePortal) -> None:
    _record(db_file, 2)
    for t in portal.terminals.values():
        t["revoked"] = True
    code, out, err = enrolled_cli("sync", "--daemon")
    assert code == 1
    events = [json.loads(line) for line in err.splitlines()]
    names = [e.get("event") for e in events]
    assert names[0] == "daemon.start"
    assert "daemon.refused" in names and names[-1] == "daemon.stop"
    assert [e for e in events if e.get("event") == "sync.run"][0]["error"] == \
        "unknown_terminal"


def test_unwired_register_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command")
    sync_cli.register(sub, [])
    args = parser.parse_args(["sync", "status"])
    ctx = bcli.Context(args)
    err = io.StringIO()
    try:
        assert args.func(ctx, io.StringIO(), err) == 1
    finally:
        ctx.close()
    assert "store_factory" in err.getvalue()
