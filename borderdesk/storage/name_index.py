"""The name index of crossings, filled after the save instead of inside it.

A save writes its persons with their folded ``name_key`` and commits; putting them into
the FTS5 index ``persons_fts`` inside that transaction (a trigger until schema m0006)
cost five to six more pages in every commit, and now and then a segment merge. Instead
``persons_fts_state.indexed_to`` holds the highest ``crossing_persons.id`` that is
indexed: every row at or below it is in the index, none above it is. Rows are indexed
in small transactions of their own, the index and the mark together
(:func:`index_pending`):

* by the WAL checkpointer's thread while the database is idle, or once a backlog has
  built up (:class:`borderdesk.storage.db.WalCheckpointer`);
* after the command line's ``record``, and by ``record_many`` in its own transaction;
* before a search (:meth:`CrossingStore.search_names`), when the connection can write.

A search does not depend on any of these: it reads the index and the rows above the
mark in one read transaction, and matches those rows by the same rules
(:func:`borderdesk.storage.names.key_matches`), so it finds the same whether indexing
has caught up or not. A crash between a save and its indexing loses nothing: the rows
stay above the mark until a transaction indexes them and moves the mark.

Deleting a person row (the application never does) removes an indexed row from the
index (trigger ``persons_fts_ad``) and lowers the mark when the highest rows are gone,
so an id that SQLite hands out again is never taken for indexed. ``rebuild`` indexes
every row: use :func:`rebuild`, which moves the mark with it.
"""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database

from borderdesk.storage.db import write_transaction

BATCH = 500  # rows per indexing transaction: a few milliseconds of write lock


def indexed_to(conn: sqlite3.Connection) -> int:
    """The highest person row id in the index (every lower one is there too)."""
    row = conn.execute("SELECT indexed_to FROM persons_fts_state").fetchone()
    return int(row[0]) if row else 0


def pending(conn: sqlite3.Connection) -> int:
    """How many person rows wait to be indexed."""
    return int(conn.execute(
        "SELECT count(*) FROM crossing_persons"
        " WHERE id > (SELECT indexed_to FROM persons_fts_state)").fetchone()[0])


def has_pending(conn: sqlite3.Connection) -> bool:
    """Whether any person row waits (two index look-ups, no scan)."""
    return bool(conn.execute(
        "SELECT (SELECT max(id) FROM crossing_persons)"
        " > (SELECT indexed_to FROM persons_fts_state)").fetchone()[0])


def index_pending(db: Database, limit: int | None = BATCH) -> int:
    """Index up to ``limit`` waiting rows (all of them: None), oldest first, and move
    the mark, in one write transaction (a savepoint of the caller's, if one is open).

    Returns:
        How many rows were indexed (0: nothing was waiting; no transaction was begun).

    Raises:
        StorageError: busy, read-only, disk full...; nothing was indexed.
    """
    conn = db.conn
    if not conn.in_transaction and not has_pending(conn):
        return 0
    with write_transaction(db):
        mark = indexed_to(conn)
        sql = "SELECT id, name_key FROM crossing_persons WHERE id > ? ORDER BY id"
        params: tuple[int, ...] = (mark,)
        if limit is not None:
            sql += " LIMIT ?"
            params = (mark, limit)
        rows = conn.execute(sql, params).fetchall()
        if not rows:
            return 0
        conn.executemany(
            "INSERT INTO persons_fts (rowid, name_key) VALUES (?, ?)", rows)
        conn.execute("UPDATE persons_fts_state SET indexed_to = ?", (rows[-1][0],))
    return len(rows)


def catch_up(db: Database, batch: int = BATCH) -> int:
    """Index every waiting row, ``batch`` rows per transaction. Returns how many."""
    done = 0
    while True:
        n = index_pending(db, batch)
        done += n
        if n < batch:
            return done


def rebuild(db: Database) -> None:
    """Rebuild the index from every person row and move the mark to the last one."""
    with write_transaction(db):
        db.conn.execute("INSERT INTO persons_fts (persons_fts) VALUES ('rebuild')")
        db.conn.execute("UPDATE persons_fts_state SET indexed_to ="
                        " (SELECT coalesce(max(id), 0) FROM crossing_persons)")
