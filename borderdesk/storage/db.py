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


WAL_RESERVE = 64 << 20  # bytes of WAL the checkpointer keeps written (see there)


class WalCheckpointer:
    """Moves WAL checkpoints off the save path, for long-running processes, keeps the
    WAL's space written ahead, and indexes the names of new crossings while the
    database is idle.

    By default SQLite checkpoints inside the commit that pushes the WAL past 1000 pages,
    so about one save in forty-four pays for copying the WAL into the database file. A
    process that saves while people wait (the counter window, the sync daemon) opens
    its connections with ``open_db(..., autocheckpoint=False)`` and runs one of these:
    a daemon thread with its own connection that runs ``PRAGMA wal_checkpoint(PASSIVE)``
    every ``interval`` seconds. A PASSIVE checkpoint never blocks writers or readers; it
    copies what it can and the next one continues. ``stop()`` runs a final TRUNCATE
    checkpoint so the WAL file does not outlive the process.

    **WAL space.** A commit whose frames extend the WAL file costs more than one that
    overwrites blocks the file already has: its ``fdatasync`` must also commit the file
    system's journal (ext4: 0.34 against 0.22 ms for 16 pages, p99 0.6-0.9 against
    0.34 ms). SQLite rewinds the WAL at the first commit after a checkpoint that copied
    every frame, but under sustained writing (a queue of saves, a sync catching up) a
    PASSIVE checkpoint never finds that moment, and every commit extends the file. So,
    like a database server's preallocated log, the checkpointer first has SQLite write
    ``reserve`` bytes of WAL in a transaction that it rolls back (pages spilled from a
    small cache; nothing is committed), and syncs the file: from then on commits write
    into blocks already on disk (:meth:`start` returns once that is done, 0.1-0.3 s for
    64 MB here, so that no save waits for it). When the WAL holds half of that, it
    copies what is left with PASSIVE checkpoints until a few frames remain, then runs a
    RESTART one, which holds writers off for the millisecond or so that those take
    (waiting 5 ms at most for a writer or reader, else it tries again a little later),
    so that the next commit starts again at the beginning. The rounds are 0.25 s apart,
    so the WAL cannot outrun the reserve at the benchmark's back-to-back 45 MB/s.
    ``reserve=0`` does neither.

    **Names.** Before each checkpoint it indexes up to
    :data:`~borderdesk.storage.name_index.BATCH` names saved since the last time
    (:mod:`borderdesk.storage.name_index`) when no other connection has committed since
    the previous round (idle time); while others write, only once ``backlog`` rows
    wait, and then :attr:`BUSY_BATCH` at a time (an indexing transaction holds the
    write lock, and a save that meets it waits at least a millisecond: searches do not
    need the index to be complete); and the rest when stopping. Its connection commits
    them with ``synchronous=NORMAL``: the index is derived from rows that are already
    durable, and a lost indexing transaction takes its mark with it (the rows are
    indexed again). ``index_names=False`` leaves indexing to others.
    """

    RESTART_BUSY_MS = 5  # the longest a RESTART checkpoint may hold off writers waiting
    RESTART_BACKOFF = 0.5  # seconds before trying again after a RESTART that gave up
    BUSY_BATCH = 100  # names indexed per round while other connections write
    RESTART_FRAMES = 64  # at most this many frames left for the RESTART checkpoint

    def __init__(self, path: Path | str, interval: float = 0.25, *,
                 index_names: bool = True, backlog: int = 10_000,
                 reserve: int = WAL_RESERVE) -> None:
        import threading

        self.path = str(path)
        self.interval = interval
        self.index_names = index_names
        self.backlog = backlog
        self.reserve = reserve
        self.checkpoints = 0
        self.restarts = 0
        self.indexed = 0
        self.last_error: StorageError | None = None
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="wal-checkpointer",
                                        daemon=True)

    def start(self) -> WalCheckpointer:
        """Start the thread; returns once the WAL's space is reserved (a fraction of
        a second, before the process takes its first save)."""
        self._thread.start()
        self._ready.wait(timeout=BUSY_TIMEOUT_MS / 1000)
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()

    def _run(self) -> None:
        import time

        try:
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000,
                                   isolation_level=None)
            conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.Error as exc:
            self.last_error = translate(exc)
            self._ready.set()
            return
        db = Database(conn, execute_plugins=False)
        version = None
        not_before = 0.0  # no RESTART attempt before this (monotonic) time
        try:
            if self.reserve:
                self._reserve_wal(conn)
            self._ready.set()
            while not self._stop.wait(self.interval):
                if self.index_names:
                    version = self._index(db, version)
                frames = self._checkpoint(conn, "PASSIVE")[1]
                if (self.reserve and frames * self._page_size(conn) >= self.reserve // 2
                        and time.monotonic() >= not_before):
                    if not self._rewind(frames, conn):
                        not_before = time.monotonic() + self.RESTART_BACKOFF
            if self.index_names:
                self._index(db, None, everything=True)
            self._checkpoint(conn, "TRUNCATE")
        finally:
            self._ready.set()
            conn.close()

    @staticmethod
    def _page_size(conn: sqlite3.Connection) -> int:
        return int(conn.execute("PRAGMA page_size").fetchone()[0])

    def _reserve_wal(self, conn: sqlite3.Connection) -> None:
        """Have SQLite write the WAL file out to ``reserve`` bytes, commit nothing, and
        sync the file, so that commits overwrite blocks instead of adding them."""
        import os

        wal = Path(f"{self.path}-wal")
        try:
            have = wal.stat().st_size if wal.exists() else 0
            if have >= self.reserve:
                return
            page = self._page_size(conn)
            conn.execute("PRAGMA cache_size = -1024")  # spill dirty pages early
            conn.execute("BEGIN IMMEDIATE")
            try:
                conn.execute("CREATE TABLE borderdesk_wal_reserve (b BLOB)")
                conn.execute(
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n"
                    " WHERE i < ?) INSERT INTO borderdesk_wal_reserve"
                    " SELECT zeroblob(?) FROM n",
                    ((self.reserve - have) // page + 1024 * 1024 // page, page - 300))
            finally:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                conn.execute("PRAGMA cache_size = -2000")
            fd = os.open(wal, os.O_RDONLY)
            try:
                os.fsync(fd)  # blocks allocated now, not inside the next save's commit
            finally:
                os.close(fd)
        except (sqlite3.Error, OSError) as exc:  # a full disk, say: do without
            self.last_error = (translate(exc) if isinstance(exc, sqlite3.Error)
                               else StorageError(f"WAL reserve: {exc}"))

    def _rewind(self, frames: int, conn: sqlite3.Connection) -> bool:
        """PASSIVE checkpoints of what came meanwhile until little is left, then a
        RESTART one, which holds writers off while it copies that little, waiting at
        most :attr:`RESTART_BUSY_MS` for them: the next commit rewinds the WAL. False
        when it gave up (a writer or a reader held on)."""
        for _ in range(4):
            now = self._checkpoint(conn, "PASSIVE")[1]
            if now - frames <= self.RESTART_FRAMES:
                break
            frames = now
        conn.execute(f"PRAGMA busy_timeout = {self.RESTART_BUSY_MS}")
        try:
            busy, _, _ = self._checkpoint(conn, "RESTART")
        finally:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if busy:
            return False
        self.restarts += 1
        return True

    def _index(self, db: Database, version: int | None, everything: bool = False
               ) -> int | None:
        """One round of indexing; returns the data version it saw."""
        from borderdesk.storage import name_index

        try:
            now = db.conn.execute("PRAGMA data_version").fetchone()[0]
            idle = now == version
            if everything:
                self.indexed += name_index.catch_up(db)
            elif idle:
                self.indexed += name_index.index_pending(db)
            elif name_index.pending(db.conn) >= self.backlog:
                self.indexed += name_index.index_pending(db, self.BUSY_BATCH)
            return int(now)
        except (sqlite3.Error, StorageError) as exc:  # busy, I/O: next round
            self.last_error = exc if isinstance(exc, StorageError) else translate(exc)
            return version

    def _checkpoint(self, conn: sqlite3.Connection, mode: str) -> tuple[int, int, int]:
        """One checkpoint: (busy, frames in the WAL, frames copied); (1, 0, 0) after
        an error (busy or I/O: the next round tries again)."""
        try:
            busy, log, done = conn.execute(f"PRAGMA wal_checkpoint({mode})").fetchone()
        except sqlite3.Error as exc:
            self.last_error = translate(exc)
            return 1, 0, 0
        self.checkpoints += 1
        self.last_error = None
        return int(busy), int(log), int(done)
