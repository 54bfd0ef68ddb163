"""The hash-chained audit log: intact chains verify, tampering is found."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from helpers.builders import NOW, crossing
from sqlite_utils import Database

from borderdesk.storage import audit
from borderdesk.storage.crossings import CrossingStore
from borderdesk.storage.db import open_db, write_transaction


def _append(db: Database, n: int) -> None:
    for i in range(n):
        with write_transaction(db):
            audit.append(
                db,
                actor="officer1",
                terminal="T01",
                action="test.event",
                entity="terminal",
                entity_id="T01",
                details={"i": i, "tên": "Đức"},
                at=NOW,
            )


@pytest.fixture
def chain(db: Database) -> Database:
    _append(db, 5)
    return db


def _drop_guards(db: Database) -> None:
    db.conn.execute("DROP TRIGGER audit_no_update")
    db.conn.execute("DROP TRIGGER audit_no_delete")


def test_empty_chain_verifies(db: Database) -> None:
    report = audit.verify(db)
    assert (report.ok, report.entries, report.head) == (True, 0, audit.GENESIS)


def test_intact_chain_verifies(chain: Database) -> None:
    report = audit.verify(chain)
    assert report.ok
    assert report.first_bad is None
    assert report.problem is None
    assert report.entries == 5
    last = chain.conn.execute(
        "SELECT hash FROM audit ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    assert report.head == last[0]


def test_entries_link_and_hash(chain: Database) -> None:
    rows = chain.conn.execute(
        "SELECT seq, at, actor, terminal, action, entity, entity_id, details,"
        " prev_hash, hash FROM audit ORDER BY seq"
    ).fetchall()
    assert [r[0] for r in rows] == [1, 2, 3, 4, 5]
    assert rows[0][8] == audit.GENESIS
    for before, after in zip(rows, rows[1:], strict=False):
        assert after[8] == before[9]
    for r in rows:
        assert audit.entry_hash(*r[:9]) == r[9]
    assert rows[0][1] == "2026-03-10T04:00:00.000000+00:00"
    assert json.loads(rows[0][7]) == {"i": 0, "tên": "Đức"}


def test_append_needs_a_transaction(db: Database) -> None:
    with pytest.raises(RuntimeError, match="inside a write transaction"):
        audit.append(db, actor="a", terminal="T01", action="x", entity="terminal")
    assert audit.verify(db).entries == 0


def test_append_stamps_utc(db: Database) -> None:
    with write_transaction(db):
        audit.append(
            db,
            actor="a",
            terminal="T01",
            action="x",
            entity="terminal",
            at=datetime(2026, 3, 10, 11, 0, tzinfo=NOW.tzinfo).astimezone(),
        )
        audit.append(db, actor="a", terminal="T01", action="y", entity="terminal")
    stamps = [r[0] for r in db.conn.execute("SELECT at FROM audit ORDER BY seq")]
    assert stamps[0] == "2026-03-10T11:00:00.000000+00:00"
    assert stamps[1].endswith("+00:00")
    assert datetime.fromisoformat(stamps[1]) <= datetime.now(UTC)


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE audit SET details = '{}' WHERE seq = 2",
        "DELETE FROM audit WHERE seq = 5",
        "DELETE FROM audit",
    ],
)
def test_triggers_refuse_changes(chain: Database, sql: str) -> None:
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        chain.conn.execute(sql)
    assert audit.verify(chain).ok
    assert audit.verify(chain).entries == 5


def test_edited_entry(chain: Database) -> None:
    _drop_guards(chain)
    chain.conn.execute("UPDATE audit SET details = '{\"i\":99}' WHERE seq = 3")
    report = audit.verify(chain)
    assert (report.first_bad, report.problem) == (3, "edited")
    assert not report.ok


@pytest.mark.parametrize(
    "column", ["at", "actor", "terminal", "action", "entity", "entity_id"]
)
def test_any_edited_field_is_found(chain: Database, column: str) -> None:
    _drop_guards(chain)
    chain.conn.execute(f"UPDATE audit SET {column} = 'changed' WHERE seq = 2")
    assert (audit.verify(chain).first_bad, audit.verify(chain).problem) == (2, "edited")


def test_rehashed_edit_breaks_the_next_link(chain: Database) -> None:
    _drop_guards(chain)
    row = chain.conn.execute(
        "SELECT seq, at, actor, terminal, action, entity, entity_id, details, prev_hash"
        " FROM audit WHERE seq = 3"
    ).fetchone()
    forged = list(row)
    forged[7] = '{"i":99}'
    chain.conn.execute(
        "UPDATE audit SET details = ?, hash = ? WHERE seq = 3",
        (forged[7], audit.entry_hash(*forged)),
    )
    report = audit.verify(chain)
    assert (report.first_bad, report.problem) == (4, "broken_link")


def test_deleted_middle_entry(chain: Database) -> None:
    _drop_guards(chain)
    chain.conn.execute("DELETE FROM audit WHERE seq = 3")
    report = audit.verify(chain)
    assert (report.first_bad, report.problem) == (3, "missing_entries")


def test_deleted_first_entry(chain: Database) -> None:
    _drop_guards(chain)
    chain.conn.execute("DELETE FROM audit WHERE seq = 1")
    assert (audit.verify(chain).first_bad, audit.verify(chain).problem) == (
        1,
        "missing_entries",
    )


def test_deleted_tail(chain: Database) -> None:
    _drop_guards(chain)
    chain.conn.execute("DELETE FROM audit WHERE seq >= 4")
    report = audit.verify(chain)
    assert (report.first_bad, report.problem, report.entries) == (4, "tail_deleted", 3)


def test_deleted_everything(chain: Database) -> None:
    _drop_guards(chain)
    chain.conn.execute("DELETE FROM audit")
    assert (audit.verify(chain).first_bad, audit.verify(chain).problem) == (
        1,
        "tail_deleted",
    )


def test_appending_after_a_deleted_tail_does_not_hide_it(chain: Database) -> None:
    _drop_guards(chain)
    chain.conn.execute("DELETE FROM audit WHERE seq = 5")
    _append(chain, 1)
    report = audit.verify(chain)
    assert not report.ok
    assert report.first_bad == 5


def test_crossings_and_events_share_one_chain(db: Database) -> None:
    store = CrossingStore(db)
    store.record(crossing(), actor="officer1", now=NOW)
    _append(db, 1)
    store.record(crossing(), actor="officer1", now=NOW)
    report = audit.verify(db)
    assert report.ok
    assert report.entries == 3


def test_two_writers_in_two_threads_keep_the_chain(db: Database, db_path: Path) -> None:
    """Each thread has its own connection; BEGIN IMMEDIATE serialises the appends."""
    per_thread = 40
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def writer(name: str) -> None:
        try:
            conn = open_db(db_path)
        except BaseException as exc:
            errors.append(exc)
            return
        try:
            store = CrossingStore(conn)
            start.wait()
            for i in range(per_thread):
                if i % 2:
                    store.record(crossing(officer=name), actor=name, now=NOW)
                else:
                    with write_transaction(conn):
                        audit.append(
                            conn,
                            actor=name,
                            terminal="T01",
                            action="ping",
                            entity="terminal",
                            details={"i": i},
                        )
        except BaseException as exc:  # reported below, on the test's thread
            errors.append(exc)
        finally:
            conn.close()

    threads = [threading.Thread(target=writer, args=(f"officer{n}",)) for n in (1, 2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    report = audit.verify(db)
    assert report.ok, report
    assert report.entries == 2 * per_thread
    actors = [r[0] for r in db.conn.execute("SELECT actor FROM audit")]
    assert sorted(set(actors)) == ["officer1", "officer2"]
    assert CrossingStore(db).count() == per_thread


def test_verify_on_a_second_connection(
    chain: Database, db_factory: Callable[..., Database]
) -> None:
    other = db_factory()
    assert audit.verify(other) == audit.verify(chain)


def test_entry_hash_is_over_the_standard_librarys_json_array() -> None:
    """The hash format entries in the field were written with: SHA-256 of
    ``json.dumps([...], ensure_ascii=False, separators=(",", ":"))``."""
    fields = (7, "2026-12-04T10:00:00.000000+00:00", "cb001", "T\x01\"01\\",
              "crossing.recorded", "crossing", None, '{"note":"Đà Nẵng \U0001f600\n"}',
              "0" * 64)
    body = json.dumps(list(fields), ensure_ascii=False, separators=(",", ":"))
    assert audit.entry_hash(*fields) == hashlib.sha256(body.encode()).hexdigest()
