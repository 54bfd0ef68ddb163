"""Corrections of refused records: an amendment of a version the portal rejected
from this gate is held as the crossing's current version (what a supervisor's
"correct and resend" sends); the refused version cannot come back after it."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import requests
from helpers.builders import person
from helpers.portal_support import (
    Terminal,
    amendment_of,
    crossing_payload,
    message,
)

from sync.portal import admin
from sync.portal.store import MIGRATIONS, SCHEMA_VERSION, PortalStore, connect
from sync.protocol import require_protocol

# Valid at the crossing's time only if the person was born by then.
BORN = "2026-03-05"
BEFORE_BIRTH = "2026-03-01T03:00:00Z"


def statuses(response: requests.Response) -> list[tuple[str, str | None]]:
    assert response.status_code == 200, response.text
    body = require_protocol(response.headers, response.json())
    return [(r["status"], r.get("code")) for r in body["results"]]


def states(portal_db: Path) -> dict[str, str]:
    return {m["crossing_id"]: m["crossing_state"] for m in admin.dump(portal_db)}


def refused_declaration() -> dict[str, Any]:
    """A crossing the portal rejects: born after the crossing time."""
    return crossing_payload(time_utc=BEFORE_BIRTH,
                            persons=[person(birth_date=BORN, personal_number=None)])


def test_a_rejected_declaration_is_corrected_by_an_amendment(
        terminal: Terminal, portal_db: Path) -> None:
    v1 = refused_declaration()
    assert statuses(terminal.batch([message(payload=v1)])) == [
        ("rejected", "payload_invalid")]
    fixed = [person(birth_date="2016-03-05", personal_number=None)]
    v2 = amendment_of(v1, persons=fixed)
    assert statuses(terminal.batch([message("02", v2, ref=v1["id"])])) == [
        ("accepted", None)]
    assert states(portal_db) == {v2["id"]: "current"}
    # Corrected once: a second correction of the same refused version conflicts.
    again = amendment_of(v1, persons=fixed, notes="lần hai")
    assert statuses(terminal.batch([message("02", again, ref=v1["id"])])) == [
        ("conflict", "already_superseded")]


def test_the_refused_version_cannot_come_back_after_its_correction(
        terminal: Terminal, portal_db: Path) -> None:
    v1 = crossing_payload()
    original = message(payload=v1, sha="0" * 64)  # refused for its envelope
    assert statuses(terminal.batch([original])) == [("rejected", "hash_mismatch")]
    v2 = amendment_of(v1, notes="sửa")
    assert statuses(terminal.batch([message("02", v2, ref=v1["id"])])) == [
        ("accepted", None)]
    resent = message(payload=v1, message_id=original["message_id"])
    assert statuses(terminal.batch([resent])) == [("conflict", "already_superseded")]
    assert states(portal_db) == {v2["id"]: "current"}


def test_a_rejected_amendment_is_corrected_over_the_held_version(
        terminal: Terminal, portal_db: Path) -> None:
    v1 = crossing_payload()
    assert statuses(terminal.batch([message(payload=v1)])) == [("accepted", None)]
    ahead = (datetime.now(UTC) + timedelta(days=3)).isoformat().replace("+00:00", "Z")
    v2 = amendment_of(v1, time_utc=ahead)  # refused: in the portal's future
    assert statuses(terminal.batch([message("02", v2, ref=v1["id"])])) == [
        ("rejected", "payload_invalid")]
    v3 = amendment_of(v2, time_utc=v1["time_utc"], notes="sửa giờ")
    assert statuses(terminal.batch([message("02", v3, ref=v2["id"])])) == [
        ("accepted", None)]
    assert states(portal_db) == {v1["id"]: "superseded", v3["id"]: "current"}


def test_only_this_gates_refusals_count(
        terminal: Terminal, terminal_factory: Callable[..., Terminal]) -> None:
    laobao = terminal_factory("LAOBAO", "T01")
    v1 = refused_declaration()
    assert statuses(laobao.batch([message(payload={**v1, "gate": "LAOBAO"})])) == [
        ("rejected", "payload_invalid")]
    v2 = amendment_of(v1, persons=[person(personal_number=None)])
    assert statuses(terminal.batch([message("02", v2, ref=v1["id"])])) == [
        ("rejected", "unknown_reference")]


def test_a_schema_2_database_keeps_its_crossings_with_the_payload_once(
    tmp_path: Path,
) -> None:
    path = tmp_path / "v2.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    MIGRATIONS[0](conn)
    MIGRATIONS[1](conn)
    conn.execute("PRAGMA user_version = 2")
    conn.execute(
        "INSERT INTO crossings (crossing_id, gate, terminal, message_id, payload_sha256,"
        " payload, supersedes, received_at) VALUES ('c1', 'MONGCAI', 'MONGCAI/T01',"
        " 'm1', 'ab', '{}', NULL, '2026-12-01T00:00:00Z')")
    conn.execute("COMMIT")
    conn.close()
    upgraded = connect(path)
    try:
        assert upgraded.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        columns = {r[1] for r in upgraded.execute("PRAGMA table_info(crossings)")}
        assert "payload" not in columns
        assert upgraded.execute(
            "SELECT crossing_id, message_id, payload_sha256 FROM crossings"
        ).fetchall() == [("c1", "m1", "ab")]
        assert upgraded.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        upgraded.close()


def test_a_schema_1_database_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    MIGRATIONS[0](conn)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("COMMIT")
    conn.close()
    upgraded = connect(path)
    try:
        assert upgraded.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        columns = {r[1] for r in upgraded.execute("PRAGMA table_info(refusals)")}
        assert {"function", "crossing_id", "ref"} <= columns
    finally:
        upgraded.close()
    with PortalStore.open(path) as store:
        assert store.refused_version("x", "MONGCAI") is None
