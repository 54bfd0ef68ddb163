"""A save is all or nothing: failures mid-save, a full disk, a read-only file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from helpers.builders import NOW, car_crossing, crossing
from sqlite_utils import Database

from borderdesk.storage import audit
from borderdesk.storage.crossings import CrossingStore
from borderdesk.storage.errors import StorageError, StorageFull, StorageReadOnly

TABLES = ("crossings", "crossing_persons", "outbox", "audit", "persons_fts")


def _counts(db: Database) -> dict[str, int]:
    return {
        t: db.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES
    }


def _intact(db: Database) -> None:
    assert db.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert db.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert audit.verify(db).ok
    assert not db.conn.in_transaction


@pytest.fixture
def store(db: Database) -> CrossingStore:
    s = CrossingStore(db)
    s.record(crossing(), actor="officer1", now=NOW)  # something that must survive
    return s


def test_failure_in_the_audit_step_leaves_nothing(
    store: CrossingStore, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _counts(db)

    def boom(*args: Any, **kwargs: Any) -> int:
        raise RuntimeError("power cut simulation")

    monkeypatch.setattr(audit, "append", boom)
    c = car_crossing()
    with pytest.raises(RuntimeError, match="power cut"):
        store.record(c, actor="officer1", now=NOW)
    monkeypatch.undo()
    assert _counts(db) == before
    assert store.get(c.id) is None
    _intact(db)
    # and the same crossing can be saved afterwards
    assert store.record(c, actor="officer1", now=NOW).created


@pytest.mark.parametrize("mode", ["ABORT", "FAIL", "ROLLBACK"])
@pytest.mark.parametrize("table", ["outbox", "audit", "crossing_persons"])
def test_sql_failure_mid_save_leaves_nothing(
    store: CrossingStore, db: Database, mode: str, table: str
) -> None:
    db.conn.execute(
        f"CREATE TRIGGER fail_{table} BEFORE INSERT ON {table}"
        f" BEGIN SELECT RAISE({mode}, 'injected failure'); END"
    )
    before = _counts(db)
    c = car_crossing()
    with pytest.raises(StorageError, match="injected failure"):
        store.record(c, actor="officer1", now=NOW)
    assert _counts(db) == before
    assert store.get(c.id) is None
    _intact(db)


def test_failure_in_a_batch_keeps_none_of_it(
    store: CrossingStore, db: Database
) -> None:
    db.conn.execute(
        "CREATE TRIGGER fail_third BEFORE INSERT ON outbox"
        " WHEN (SELECT count(*) FROM outbox) >= 3"
        " BEGIN SELECT RAISE(ABORT, 'injected failure'); END"
    )
    before = _counts(db)
    with pytest.raises(StorageError):
        store.record_many([crossing() for _ in range(4)], actor="import", now=NOW)
    assert _counts(db) == before
    _intact(db)


def test_disk_full(store: CrossingStore, db: Database) -> None:
    previous = [s.crossing.id for s in store.by_day(NOW.date())]
    pages = db.conn.execute("PRAGMA page_count").fetchone()[0]
    db.conn.execute(f"PRAGMA max_page_count = {pages + 2}")
    saved = []
    with pytest.raises(StorageFull) as info:  # noqa: PT012 - a loop that fills the disk
        for _ in range(500):  # each ~1.5 KB: the limit is reached long before
            c = crossing(notes="x" * 1000)
            store.record(c, actor="officer1", now=NOW)
            saved.append(c.id)
    assert info.value.code == "disk_full"
    _intact(db)
    found = [s.crossing.id for s in store.by_day(NOW.date())]
    assert len(found) == len(previous) + len(saved)  # nothing half-saved
    assert set(found) == set(previous) | set(saved)
    assert audit.verify(db).entries == len(found)
    # once space is back, saving works again
    db.conn.execute("PRAGMA max_page_count = 1073741823")
    assert store.record(crossing(), actor="officer1", now=NOW).created
    _intact(db)


def test_disk_full_in_a_batch_keeps_none_of_it(
    store: CrossingStore, db: Database
) -> None:
    before = _counts(db)
    pages = db.conn.execute("PRAGMA page_count").fetchone()[0]
    db.conn.execute(f"PRAGMA max_page_count = {pages + 2}")
    with pytest.raises(StorageFull):
        store.record_many(
            [crossing(notes="x" * 1000) for _ in range(200)], actor="import", now=NOW
        )
    assert _counts(db) == before
    _intact(db)


def test_read_only_file(
    store: CrossingStore,
    db: Database,
    db_path: Path,
    db_factory: Callable[..., Database],
) -> None:
    before = _counts(db)
    ro = db_factory(db_path, readonly=True)
    with pytest.raises(StorageReadOnly) as info:
        CrossingStore(ro).record(crossing(), actor="officer1", now=NOW)
    assert info.value.code == "read_only"
    assert not ro.conn.in_transaction
    assert _counts(db) == before
    assert CrossingStore(ro).count() == before["crossings"]  # reading still works


def test_query_only_connection(store: CrossingStore, db: Database) -> None:
    before = _counts(db)
    db.conn.execute("PRAGMA query_only = 1")
    with pytest.raises(StorageReadOnly):
        store.record(crossing(), actor="officer1", now=NOW)
    db.conn.execute("PRAGMA query_only = 0")
    assert _counts(db) == before
    _intact(db)
