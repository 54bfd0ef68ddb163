"""Opening the database: pragmas, errors translated to StorageError, transactions."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from borderdesk.storage import db as dbmod
from borderdesk.storage import migrations
from borderdesk.storage.db import open_db, schema_version, write_transaction
from borderdesk.storage.errors import (
    StorageBusy,
    StorageCorrupt,
    StorageError,
    StorageFull,
    StorageReadOnly,
    StorageUnavailable,
    translate,
)


def _pragma(db: Database, name: str) -> Any:
    return db.conn.execute(f"PRAGMA {name}").fetchone()[0]


def test_new_file_is_created_migrated_and_durable(
    tmp_path: Path, db_factory: Callable[..., Database]
) -> None:
    db = db_factory(tmp_path / "new" / "sub" / "b.db")
    assert (tmp_path / "new" / "sub" / "b.db").exists()
    assert schema_version(db) == [m.name for m in migrations.MIGRATIONS.applied(db)]
    assert schema_version(db)[0] == "m0001_crossings"
    assert migrations.MIGRATIONS.pending(db) == []
    assert _pragma(db, "journal_mode") == "wal"
    assert _pragma(db, "foreign_keys") == 1
    assert _pragma(db, "synchronous") == 2  # FULL
    assert _pragma(db, "busy_timeout") == dbmod.BUSY_TIMEOUT_MS
    assert db.conn.isolation_level is None
    assert not db.conn.in_transaction


def test_memory_database(db_factory: Callable[..., Database]) -> None:
    db = db_factory(":memory:")
    assert "crossings" in db.table_names()


def test_migrate_false_leaves_a_new_file_empty(
    db_factory: Callable[..., Database], tmp_path: Path
) -> None:
    db = db_factory(tmp_path / "empty.db", migrate=False)
    assert db.table_names() == []
    assert schema_version(db) == []


def test_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not an SQLite file at all" * 200)
    with pytest.raises(StorageCorrupt) as info:
        open_db(path)
    assert info.value.code == "corrupt"


def test_readonly_missing_file_cannot_be_opened(tmp_path: Path) -> None:
    with pytest.raises(StorageUnavailable) as info:
        open_db(tmp_path / "missing.db", readonly=True)
    assert info.value.code == "cannot_open"
    assert not (tmp_path / "missing.db").exists()


def test_folder_cannot_be_created(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(StorageError):
        open_db(tmp_path / "file" / "sub" / "b.db")


@pytest.mark.parametrize("folder", ["plain", "with space", "hash#1", "what?", "pct%41"])
def test_readonly_open_in_any_folder(
    tmp_path: Path, folder: str, db_factory: Callable[..., Database]
) -> None:
    path = tmp_path / folder / "b.db"
    db_factory(path).close()
    ro = db_factory(path, readonly=True)
    assert "crossings" in ro.table_names()
    with pytest.raises(StorageReadOnly), write_transaction(ro):
        ro.conn.execute("INSERT INTO meta (key, value) VALUES ('k', 'v')")


def test_connection_is_closed_when_opening_fails(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    made: list[sqlite3.Connection] = []
    real_connect = sqlite3.connect

    def connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn = real_connect(*args, **kwargs)
        made.append(conn)
        return conn

    def failing_apply(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("migration bug")

    monkeypatch.setattr(dbmod.sqlite3, "connect", connect)
    monkeypatch.setattr(migrations.MIGRATIONS, "apply", failing_apply)
    with pytest.raises(RuntimeError):
        open_db(tmp_path / "b.db")
    (conn,) = made
    with pytest.raises(sqlite3.ProgrammingError, match="closed"):
        conn.execute("SELECT 1")


# -- write_transaction ----------------------------------------------------------------


def _meta(db: Database) -> dict[str, str]:
    return dict(db.conn.execute("SELECT key, value FROM meta").fetchall())


def test_write_transaction_commits(db: Database) -> None:
    with write_transaction(db):
        assert db.conn.in_transaction
        db.conn.execute("INSERT INTO meta VALUES ('a', '1')")
    assert not db.conn.in_transaction
    assert _meta(db) == {"a": "1"}


def test_write_transaction_rolls_back_on_any_exception(db: Database) -> None:
    with pytest.raises(KeyError), write_transaction(db):  # noqa: PT012
        db.conn.execute("INSERT INTO meta VALUES ('a', '1')")
        raise KeyError("x")
    assert not db.conn.in_transaction
    assert _meta(db) == {}


def test_write_transaction_translates_sqlite_errors(db: Database) -> None:
    with pytest.raises(StorageError) as info, write_transaction(db):  # noqa: PT012
        db.conn.execute("INSERT INTO meta VALUES ('a', '1')")
        db.conn.execute("INSERT INTO meta VALUES ('a', '2')")  # duplicate key
    assert isinstance(info.value.__cause__, sqlite3.IntegrityError)
    assert _meta(db) == {}


def test_nested_write_transaction_is_a_savepoint(db: Database) -> None:
    with write_transaction(db):
        db.conn.execute("INSERT INTO meta VALUES ('outer', '1')")
        with pytest.raises(ValueError), write_transaction(db):  # noqa: PT011, PT012
            db.conn.execute("INSERT INTO meta VALUES ('inner', '1')")
            raise ValueError
        with write_transaction(db):
            db.conn.execute("INSERT INTO meta VALUES ('inner2', '1')")
    assert _meta(db) == {"outer": "1", "inner2": "1"}


def test_second_writer_waits_then_reports_busy(
    db: Database, db_factory: Callable[..., Database]
) -> None:
    other = db_factory()
    other.conn.execute("PRAGMA busy_timeout = 0")
    with write_transaction(db):
        with pytest.raises(StorageBusy) as info, write_transaction(other):
            pass  # pragma: no cover - BEGIN IMMEDIATE fails first
        assert info.value.code == "busy"
    assert not other.conn.in_transaction


# -- translate -------------------------------------------------------------------------


def _err(code: int, text: str = "x") -> sqlite3.Error:
    exc = sqlite3.OperationalError(text)
    exc.sqlite_errorcode = code  # type: ignore[attr-defined]
    return exc


@pytest.mark.parametrize(
    ("exc", "kind", "code"),
    [
        (_err(13), StorageFull, "disk_full"),
        (
            sqlite3.OperationalError("database or disk is full"),
            StorageFull,
            "disk_full",
        ),
        (
            _err(10 | (4 << 8), "disk I/O error: no space left"),
            StorageFull,
            "disk_full",
        ),
        (_err(10, "disk I/O error"), StorageError, "storage_error"),
        (_err(8), StorageReadOnly, "read_only"),
        (_err(8 | (1 << 8)), StorageReadOnly, "read_only"),  # SQLITE_READONLY_RECOVERY
        (_err(3), StorageReadOnly, "read_only"),
        (_err(5), StorageBusy, "busy"),
        (_err(6), StorageBusy, "busy"),
        (_err(5 | (2 << 8)), StorageBusy, "busy"),  # SQLITE_BUSY_SNAPSHOT
        (_err(11), StorageCorrupt, "corrupt"),
        (_err(26), StorageCorrupt, "corrupt"),
        (_err(14), StorageUnavailable, "cannot_open"),
        (_err(19, "UNIQUE constraint failed"), StorageError, "storage_error"),
        (sqlite3.OperationalError("no code at all"), StorageError, "storage_error"),
    ],
)
def test_translate(exc: sqlite3.Error, kind: type[StorageError], code: str) -> None:
    out = translate(exc)
    assert type(out) is kind
    assert out.code == code
    assert out.detail == str(exc)
