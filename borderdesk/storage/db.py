"""Opening the database: WAL, synchronous=FULL, foreign keys, explicit transactions."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlite_utils import Database

from borderdesk.storage import migrations
from borderdesk.storage.errors import StorageError, StorageReadOnly, translate

BUSY_TIMEOUT_MS = 10_000


def open_db(
    path: Path | str, *, migrate: bool = True, readonly: bool = False,
    autocheckpoint: bool = True,
) -> Database:
    """Open (and create, and migrate) the database at ``path``.

    The connection is in autocommit mode (``isolation_level=None``): every write is an
    explicit :func:`write_transaction`, so nothing is left open by accident. It belongs
    to the thread that opened it (sqlite3's ``check_same_thread``); open one per thread.
    ``":memory:"`` gives a private in-memory database (tests). ``autocheckpoint=False``
    leaves WAL checkpoints to a :class:`WalCheckpointer` (see there).

    Raises:
        StorageError: the file cannot be opened, is not a database, or is read-only
            while migrations are pending.
    """
    target = str(path)
    try:
        if target != ":memory:":
            p = Path(target)
            if not readonly:
                p.parent.mkdir(parents=True, exist_ok=True)
            if readonly:
                # as_uri() percent-encodes "#", "?", "%" and spaces in folder names
                target = f"{p.resolve().as_uri()}?mode=ro"
        conn = sqlite3.connect(
            target, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000,
            uri=readonly,
        )
    except (sqlite3.Error, OSError) as exc:
        if isinstance(exc, sqlite3.Error):
            raise translate(exc) from exc
        raise StorageError(f"Cannot create the database folder: {exc}") from exc
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        if target != ":memory:" and not readonly:
            conn.execute("PRAGMA journal_mode = WAL")
        # FULL: the WAL is synced at every commit, so "saved" survives a power cut.
        conn.execute("PRAGMA synchronous = FULL")
        if not autocheckpoint:
            conn.execute("PRAGMA wal_autocheckpoint = 0")
        db = Database(conn, execute_plugins=False)
        if migrate and migrations.MIGRATIONS.pending(db):
            if readonly:
                raise StorageReadOnly(
                    "The database needs an upgrade, which a read-only file cannot take"
                )
            # Under the write lock, so two processes opening a new file cannot both
            # migrate; each step becomes a savepoint of this one transaction.
            with write_transaction(db):
                migrations.MIGRATIONS.apply(db)
    except sqlite3.Error as exc:
        conn.close()
        raise translate(exc) from exc
    except BaseException:
        conn.close()
        raise
    return db


@contextlib.contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """``BEGIN IMMEDIATE`` … ``COMMIT``: one atomic, durable write.

    IMMEDIATE takes the write lock up front, so a read-then-write inside (the audit
    chain reads its last hash) cannot deadlock with another writer. Nested calls (and
    sqlite-utils' ``db.atomic()``) become savepoints. Any sqlite3 error is rolled back
    and re-raised as a :class:`StorageError`; nothing partial is left behind.
    """
    conn = db.conn
    if conn.in_transaction:
        with db.atomic():
            yield db
        return
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as exc:
        raise translate(exc) from exc
    try:
        yield db
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        _rollback(conn)
        raise translate(exc) from exc
    except BaseException:
        _rollback(conn)
        raise


def _rollback(conn: sqlite3.Connection) -> None:
    if conn.in_transaction:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")


def schema_version(db: Database) -> list[str]:
    """Names of the migrations applied, in order."""
    return [m.name for m in migrations.MIGRATIONS.applied(db)]


class WalCheckpointer:
    """Moves WAL checkpoints off the save path, for long-running processes, and indexes
    the names of new crossings while the database is idle.

    By default SQLite checkpoints inside the commit that pushes the WAL past 1000 pages,
    so about one save in forty-four pays for copying the WAL into the database file. A
    process that saves while people wait (the counter window, the sync daemon) opens
    its connections with ``open_db(..., autocheckpoint=False)`` and runs one of these:
    a daemon thread with its own connection that runs ``PRAGMA wal_checkpoint(PASSIVE)``
    every ``interval`` seconds. A PASSIVE checkpoint never blocks writers or readers; it
    copies what it can and the next one continues. ``stop()`` runs a final TRUNCATE
    checkpoint so the WAL file does not outlive the process.

    Before each checkpoint it indexes up to :data:`~borderdesk.storage.name_index.BATCH`
    names saved since the last time (:mod:`borderdesk.storage.name_index`), when no
    other connection has committed since the previous round (idle time), or when
    ``backlog`` rows or more wait; and the rest when stopping. Its connection commits
    them with ``synchronous=NORMAL``: the index is derived from rows that are already
    durable, and a lost indexing transaction takes its mark with it (the rows are
    indexed again). ``index_names=False`` leaves indexing to others.
    """

    def __init__(self, path: Path | str, interval: float = 1.0, *,
                 index_names: bool = True, backlog: int = 2000) -> None:
        import threading

        self.path = str(path)
        self.interval = interval
        self.index_names = index_names
        self.backlog = backlog
        self.checkpoints = 0
        self.indexed = 0
        self.last_error: StorageError | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="wal-checkpointer",
                                        daemon=True)

    def start(self) -> WalCheckpointer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()

    def _run(self) -> None:
        try:
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000,
                                   isolation_level=None)
            conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.Error as exc:
            self.last_error = translate(exc)
            return
        db = Database(conn, execute_plugins=False)
        version = None
        try:
            while not self._stop.wait(self.interval):
                if self.index_names:
                    version = self._index(db, version)
                self._checkpoint(conn, "PASSIVE")
            if self.index_names:
                self._index(db, None, everything=True)
            self._checkpoint(conn, "TRUNCATE")
        finally:
            conn.close()

    def _index(self, db: Database, version: int | None, everything: bool = False
               ) -> int | None:
        """One round of indexing; returns the data version it saw."""
        from borderdesk.storage import name_index

        try:
            now = db.conn.execute("PRAGMA data_version").fetchone()[0]
            idle = now == version
            if everything:
                self.indexed += name_index.catch_up(db)
            elif idle or name_index.pending(db.conn) >= self.backlog:
                self.indexed += name_index.index_pending(db)
            return int(now)
        except (sqlite3.Error, StorageError) as exc:  # busy, I/O: next round
            self.last_error = exc if isinstance(exc, StorageError) else translate(exc)
            return version

    def _checkpoint(self, conn: sqlite3.Connection, mode: str) -> None:
        try:
            conn.execute(f"PRAGMA wal_checkpoint({mode})").fetchone()
            self.checkpoints += 1
            self.last_error = None
        except sqlite3.Error as exc:  # busy or I/O: try again next round
            self.last_error = translate(exc)
