"""The reference portal's own SQLite database (not the terminal's schema).

One file, WAL journal, ``synchronous=FULL``: a batch's results are sent only after the
transaction that stored it has committed, and with FULL that commit survives a power
cut (if the disk honours flushes). Every write is an explicit ``BEGIN IMMEDIATE`` …
``COMMIT`` (:meth:`PortalStore.transaction`); a connection belongs to the thread that
opened it, so the web app opens one per request.

Tables (schema version :data:`SCHEMA_VERSION`, kept in ``PRAGMA user_version``):

- ``meta``: the watchlist key and other portal-wide values;
- ``terminals``: enrolled terminal keys (``key_id`` → gate, terminal, public key,
  revocation); ``enrolment_codes``: one-time codes, stored as SHA-256 only;
- ``nonces``: request-signature nonces seen inside the replay window;
- ``messages``: every message the portal holds (accepted, or a duplicate of a held
  crossing under another message id) with each payload's canonical text; ``crossings``:
  the crossing versions they carry, with the amendment/cancellation chain (a
  crossing's payload is that of the message that brought it, ``message_id``); ``refusals``: a log of rejected and conflicting
  messages (never used for de-duplication: a refused message is re-evaluated if sent
  again);
- ``batches``: idempotency records (request hash and the exact response bytes);
- ``audit_heads``: the latest audit-chain head each terminal reported;
- ``predeclarations`` (a delta feed ordered by ``seq``) and ``watchlist_entries`` with
  their ``watchlist_log`` (the feed: one row per add/remove).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import secrets
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    load_pem_private_key,
)

from borderdesk.core.signed import b64decode, b64encode, load_public_key

SCHEMA_VERSION = 3
BUSY_TIMEOUT_MS = 10_000
KEY_SUFFIX = ".portal-key.pem"


class PortalStoreError(Exception):
    """The portal database or key file cannot be used."""


@functools.lru_cache(maxsize=64)  # a batch stamps hundreds of rows with one "now"
def _now_text(moment: datetime) -> str:
    return (
        moment.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")
    )


_INSERT_MESSAGE = (
    "INSERT INTO messages (message_id, function, crossing_id, ref, payload_sha256,"
    " payload, status, key_id, gate, terminal, batch_id, received_at)"
    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
)
_INSERT_CROSSING = (
    "INSERT INTO crossings (crossing_id, gate, terminal, message_id, payload_sha256,"
    " supersedes, received_at) VALUES (?,?,?,?,?,?,?)"
)
_CHUNK = 500  # ids per IN (...) query


def _message_row(
    *,
    message_id: str,
    function: str,
    crossing_id: str,
    ref: str | None,
    payload_sha256: str,
    payload: str,
    status: str,
    key_id: str,
    gate: str,
    terminal: str,
    batch_id: str,
    now: datetime,
) -> tuple[Any, ...]:
    return (message_id, function, crossing_id, ref, payload_sha256, payload, status,
            key_id, gate, terminal, batch_id, _now_text(now))


def _crossing_row(
    *,
    crossing_id: str,
    gate: str,
    terminal: str,
    message_id: str,
    payload_sha256: str,
    supersedes: str | None,
    now: datetime,
) -> tuple[Any, ...]:
    return (crossing_id, gate, terminal, message_id, payload_sha256, supersedes,
            _now_text(now))


def _chunks(ids: Sequence[str]) -> Iterator[list[str]]:
    unique = list(dict.fromkeys(ids))
    for i in range(0, len(unique), _CHUNK):
        yield unique[i:i + _CHUNK]


def _marks(chunk: Sequence[str]) -> str:
    return ",".join("?" * len(chunk))


def _script(conn: sqlite3.Connection, script: str) -> None:
    # Not executescript(): it COMMITs first, which would end the migration transaction.
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _schema_1(conn: sqlite3.Connection) -> None:
    _script(
        conn,
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
        CREATE TABLE terminals (
            key_id TEXT PRIMARY KEY,
            gate TEXT NOT NULL,
            terminal TEXT NOT NULL,
            public_key TEXT NOT NULL,
            enrolled_at TEXT NOT NULL,
            revoked_at TEXT
        );
        CREATE INDEX terminals_name ON terminals(gate, terminal);
        CREATE TABLE enrolment_codes (
            code_hash TEXT PRIMARY KEY,
            gate TEXT NOT NULL,
            terminal TEXT NOT NULL,
            created_at TEXT NOT NULL,
            expires_at TEXT NOT NULL,
            used_at TEXT,
            key_id TEXT
        );
        CREATE TABLE nonces (
            key_id TEXT NOT NULL,
            nonce TEXT NOT NULL,
            created INTEGER NOT NULL,
            PRIMARY KEY (key_id, nonce)
        ) WITHOUT ROWID;
        CREATE INDEX nonces_created ON nonces(created);
        CREATE TABLE crossings (
            crossing_id TEXT PRIMARY KEY,
            gate TEXT NOT NULL,
            terminal TEXT NOT NULL,
            message_id TEXT NOT NULL,
            payload_sha256 TEXT NOT NULL,
            payload TEXT NOT NULL,
            supersedes TEXT,
            superseded_by TEXT,
            cancelled_by TEXT,
            received_at TEXT NOT NULL
        );
        CREATE TABLE messages (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            message_id TEXT NOT NULL UNIQUE,
            function TEXT NOT NULL,
            crossing_id TEXT NOT NULL,
            ref TEXT,
            payload_sha256 TEXT NOT NULL,
            payload TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('accepted', 'duplicate')),
            key_id TEXT NOT NULL,
            gate TEXT NOT NULL,
            terminal TEXT NOT NULL,
            batch_id TEXT NOT NULL,
            received_at TEXT NOT NULL
        );
        CREATE INDEX messages_crossing ON messages(crossing_id);
        CREATE TABLE refusals (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            message_id TEXT NOT NULL,
            payload_sha256 TEXT,
            status TEXT NOT NULL,
            code TEXT NOT NULL,
            reason TEXT,
            key_id TEXT NOT NULL,
            terminal TEXT NOT NULL,
            batch_id TEXT NOT NULL,
            at TEXT NOT NULL
        );
        CREATE INDEX refusals_message ON refusals(message_id);
        CREATE TABLE batches (
            batch_id TEXT PRIMARY KEY,
            terminal TEXT NOT NULL,
            key_id TEXT NOT NULL,
            request_hash TEXT NOT NULL,
            status INTEGER NOT NULL,
            response BLOB NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX batches_created ON batches(created_at);
        CREATE TABLE audit_heads (
            terminal TEXT PRIMARY KEY,
            key_id TEXT NOT NULL,
            audit_head TEXT NOT NULL,
            batch_id TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE predeclarations (
            reference TEXT PRIMARY KEY,
            gate TEXT NOT NULL,
            declarant TEXT NOT NULL,
            direction TEXT NOT NULL,
            expected_date TEXT NOT NULL,
            status TEXT NOT NULL,
            persons TEXT NOT NULL,
            vehicle TEXT,
            confirmation TEXT,
            seq INTEGER NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX predeclarations_feed ON predeclarations(gate, seq);
        CREATE TABLE watchlist_entries (
            entry_id TEXT PRIMARY KEY,
            key TEXT NOT NULL,
            category TEXT NOT NULL,
            active INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            removed_at TEXT
        );
        CREATE TABLE watchlist_log (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            op TEXT NOT NULL CHECK (op IN ('add', 'remove')),
            entry_id TEXT NOT NULL,
            key TEXT NOT NULL,
            category TEXT NOT NULL,
            at TEXT NOT NULL
        );
        """,
    )
    conn.execute(
        "INSERT INTO meta VALUES ('watchlist_key', ?)",
        (b64encode(secrets.token_bytes(32)),),
    )


def _schema_2(conn: sqlite3.Connection) -> None:
    """Refusals name the message's kind, crossing and reference, so that a
    correction of a refused record can be recognised (ingest.py); the amendment
    chain can be followed from the version a crossing supersedes."""
    _script(
        conn,
        """
        ALTER TABLE refusals ADD COLUMN function TEXT;
        ALTER TABLE refusals ADD COLUMN crossing_id TEXT;
        ALTER TABLE refusals ADD COLUMN ref TEXT;
        CREATE INDEX refusals_crossing ON refusals(crossing_id);
        CREATE INDEX crossings_supersedes ON crossings(supersedes);
        """,
    )


def _schema_3(conn: sqlite3.Connection) -> None:
    """A crossing's payload is kept once, with the message that brought it
    (``crossings.message_id``): every accepted batch wrote each payload twice, half
    of what its commit synced."""
    _script(conn, "ALTER TABLE crossings DROP COLUMN payload;")


#: Forward-only schema steps: ``MIGRATIONS[n]`` brings ``user_version`` n to n + 1.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_schema_1, _schema_2,
                                                          _schema_3]
assert len(MIGRATIONS) == SCHEMA_VERSION


@dataclass(frozen=True, slots=True)
class TerminalKey:
    key_id: str
    gate: str
    terminal: str
    public_key: str  # base64url of the raw 32 bytes
    enrolled_at: str
    revoked_at: str | None

    @property
    def name(self) -> str:
        """``<gate>/<terminal>``, the value of the BD-Terminal header."""
        return f"{self.gate}/{self.terminal}"

    def to_wire(self) -> dict[str, Any]:
        return {
            "key_id": self.key_id,
            "gate": self.gate,
            "terminal": self.terminal,
            "public_key": self.public_key,
            "revoked": self.revoked_at is not None,
        }


@dataclass(frozen=True, slots=True)
class StoredCrossing:
    crossing_id: str
    gate: str
    message_id: str
    payload_sha256: str
    supersedes: str | None
    superseded_by: str | None
    cancelled_by: str | None


@dataclass(frozen=True, slots=True)
class StoredMessage:
    message_id: str
    function: str
    crossing_id: str
    payload_sha256: str
    status: str
    gate: str


def connect(path: Path | str, *, autocheckpoint: bool = True) -> sqlite3.Connection:
    """A connection with the portal's pragmas, the schema created or upgraded.

    ``autocheckpoint=False``: this connection's commits never copy the WAL into the
    database (a :class:`Checkpointer` does it, off the requests' path)."""
    target = str(path)
    if target != ":memory:":
        Path(target).parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(
            target, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000
        )
    except sqlite3.Error as exc:
        raise PortalStoreError(
            f"cannot open the portal database {target}: {exc}"
        ) from exc
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if target != ":memory:":
            conn.execute("PRAGMA journal_mode = WAL")
        # FULL: the WAL is synced at every commit; the ack follows durability.
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        if not autocheckpoint:
            conn.execute("PRAGMA wal_autocheckpoint = 0")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise PortalStoreError(
                f"the portal database has schema {version}, newer than this program "
                f"({SCHEMA_VERSION})"
            )
        if version < SCHEMA_VERSION:
            conn.execute("BEGIN IMMEDIATE")
            try:
                # Re-read under the write lock: another process may have migrated.
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                for step in MIGRATIONS[version:]:
                    step(conn)
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
    except sqlite3.Error as exc:
        conn.close()
        raise PortalStoreError(
            f"cannot use the portal database {target}: {exc}"
        ) from exc
    except BaseException:
        conn.close()
        raise
    return conn


def key_path(db_path: Path | str) -> Path:
    """The portal's Ed25519 key file, next to its database."""
    return Path(f"{db_path}{KEY_SUFFIX}")


def load_or_create_portal_key(db_path: Path | str) -> Ed25519PrivateKey:
    """The portal signing key (PKCS#8 PEM, mode 0600), created on first use."""
    path = key_path(db_path)
    if not path.exists():
        key = Ed25519PrivateKey.generate()
        pem = key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            # Created with 0600, never briefly readable by others.
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass  # another process made it first: read theirs
        else:
            with os.fdopen(fd, "wb") as fh:
                fh.write(pem)
                fh.flush()
                os.fsync(fh.fileno())
    try:
        loaded = load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as exc:
        raise PortalStoreError(f"cannot read the portal key {path}: {exc}") from exc
    if not isinstance(loaded, Ed25519PrivateKey):
        raise PortalStoreError(f"{path} is not an Ed25519 key")
    return loaded


def hash_code(code: str) -> str:
    """Enrolment codes are stored as this hash only."""
    return hashlib.sha256(f"bd-enrol1|{code}".encode()).hexdigest()


class PortalStore:
    """Queries and writes on one connection (one thread)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    @classmethod
    def open(cls, path: Path | str, *, autocheckpoint: bool = True) -> PortalStore:
        return cls(connect(path, autocheckpoint=autocheckpoint))

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> PortalStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` … ``COMMIT``; rolled back on any exception."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
            raise

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[sqlite3.Connection]:
        """A read transaction: several queries see one consistent state."""
        self.conn.execute("BEGIN")
        try:
            yield self.conn
        finally:
            self.conn.execute("COMMIT")

    def _one(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    # -- meta, counters ----------------------------------------------------------

    def watchlist_key(self) -> bytes:
        return b64decode(
            self._one("SELECT value FROM meta WHERE key = 'watchlist_key'")
        )

    def next_seq(self, name: str) -> int:
        """The next value of a counter (call inside a transaction)."""
        self.conn.execute(
            "INSERT INTO counters VALUES (?, 1) ON CONFLICT(name) DO UPDATE"
            " SET value = value + 1",
            (name,),
        )
        return int(self._one("SELECT value FROM counters WHERE name = ?", (name,)))

    # -- terminals and enrolment -------------------------------------------------

    def _terminal(self, row: tuple[Any, ...] | None) -> TerminalKey | None:
        return None if row is None else TerminalKey(*row)

    def terminal_key(self, key_id: str) -> TerminalKey | None:
        return self._terminal(
            self.conn.execute(
                "SELECT key_id, gate, terminal, public_key, enrolled_at, revoked_at"
                " FROM terminals WHERE key_id = ?",
                (key_id,),
            ).fetchone()
        )

    def active_public_key(self, key_id: str) -> Ed25519PublicKey | None:
        """The enrolled, non-revoked key with this id (None otherwise)."""
        t = self.terminal_key(key_id)
        if t is None or t.revoked_at is not None:
            return None
        return load_public_key(b64decode(t.public_key))

    def terminals(self, gate: str | None = None) -> list[TerminalKey]:
        sql = (
            "SELECT key_id, gate, terminal, public_key, enrolled_at, revoked_at"
            " FROM terminals"
        )
        params: tuple[Any, ...] = ()
        if gate is not None:
            sql += " WHERE gate = ?"
            params = (gate,)
        rows = self.conn.execute(sql + " ORDER BY gate, terminal, enrolled_at", params)
        return [TerminalKey(*r) for r in rows]

    def add_enrolment_code(
        self, code: str, gate: str, terminal: str, now: datetime, expires: datetime
    ) -> None:
        self.conn.execute(
            "INSERT INTO enrolment_codes (code_hash, gate, terminal, created_at,"
            " expires_at) VALUES (?,?,?,?,?)",
            (hash_code(code), gate, terminal, _now_text(now), _now_text(expires)),
        )

    def enrolment_code(self, code: str) -> dict[str, Any] | None:
        row = self.conn.execute(
            "SELECT gate, terminal, expires_at, used_at, key_id FROM enrolment_codes"
            " WHERE code_hash = ?",
            (hash_code(code),),
        ).fetchone()
        if row is None:
            return None
        return dict(
            zip(
                ("gate", "terminal", "expires_at", "used_at", "key_id"),
                row,
                strict=True,
            )
        )

    def use_enrolment_code(self, code: str, key_id: str, now: datetime) -> None:
        self.conn.execute(
            "UPDATE enrolment_codes SET used_at = ?, key_id = ? WHERE code_hash = ?",
            (_now_text(now), key_id, hash_code(code)),
        )

    def add_terminal_key(
        self, key_id: str, gate: str, terminal: str, public_key: str, now: datetime
    ) -> None:
        self.conn.execute(
            "INSERT INTO terminals (key_id, gate, terminal, public_key, enrolled_at)"
            " VALUES (?,?,?,?,?)",
            (key_id, gate, terminal, public_key, _now_text(now)),
        )

    def revoke(
        self,
        gate: str,
        terminal: str,
        now: datetime,
        *,
        except_key: str | None = None,
        key_id: str | None = None,
    ) -> list[str]:
        """Revoke the terminal's active keys (or one of them); returns the key ids."""
        sql = (
            "SELECT key_id FROM terminals WHERE gate = ? AND terminal = ?"
            " AND revoked_at IS NULL"
        )
        params: list[Any] = [gate, terminal]
        if except_key is not None:
            sql += " AND key_id != ?"
            params.append(except_key)
        if key_id is not None:
            sql += " AND key_id = ?"
            params.append(key_id)
        ids = [r[0] for r in self.conn.execute(sql, params)]
        self.conn.executemany(
            "UPDATE terminals SET revoked_at = ? WHERE key_id = ?",
            [(_now_text(now), k) for k in ids],
        )
        return ids

    # -- replay protection -------------------------------------------------------

    def claim_nonce(self, key_id: str, nonce: str, created: int, oldest: int) -> bool:
        """Record a nonce; False when it was seen before. Prunes nonces older than
        ``oldest`` (Unix seconds). Call inside a transaction."""
        self.conn.execute("DELETE FROM nonces WHERE created < ?", (oldest,))
        cur = self.conn.execute(
            "INSERT OR IGNORE INTO nonces (key_id, nonce, created) VALUES (?,?,?)",
            (key_id, nonce, created),
        )
        return cur.rowcount == 1

    # -- batches (idempotency) ---------------------------------------------------

    def batch(self, batch_id: str) -> dict[str, Any] | None:
        row = self.conn.execute(
            "SELECT terminal, key_id, request_hash, status, response FROM batches"
            " WHERE batch_id = ?",
            (batch_id,),
        ).fetchone()
        if row is None:
            return None
        return dict(
            zip(
                ("terminal", "key_id", "request_hash", "status", "response"),
                row,
                strict=True,
            )
        )

    def save_batch(
        self,
        batch_id: str,
        terminal: str,
        key_id: str,
        request_hash: str,
        status: int,
        response: bytes,
        now: datetime,
    ) -> None:
        self.conn.execute(
            "INSERT INTO batches VALUES (?,?,?,?,?,?,?)",
            (
                batch_id,
                terminal,
                key_id,
                request_hash,
                status,
                response,
                _now_text(now),
            ),
        )

    def prune_batches(self, older_than: datetime) -> int:
        cur = self.conn.execute(
            "DELETE FROM batches WHERE created_at < ?", (_now_text(older_than),)
        )
        return cur.rowcount

    def set_audit_head(
        self, terminal: str, key_id: str, head: str, batch_id: str, now: datetime
    ) -> None:
        self.conn.execute(
            "INSERT INTO audit_heads VALUES (?,?,?,?,?) ON CONFLICT(terminal) DO UPDATE"
            " SET key_id = excluded.key_id, audit_head = excluded.audit_head,"
            " batch_id = excluded.batch_id, updated_at = excluded.updated_at",
            (terminal, key_id, head, batch_id, _now_text(now)),
        )

    # -- messages and crossings --------------------------------------------------

    def message(self, message_id: str) -> StoredMessage | None:
        row = self.conn.execute(
            "SELECT message_id, function, crossing_id, payload_sha256, status, gate"
            " FROM messages WHERE message_id = ?",
            (message_id,),
        ).fetchone()
        return None if row is None else StoredMessage(*row)

    def crossing(self, crossing_id: str) -> StoredCrossing | None:
        row = self.conn.execute(
            "SELECT crossing_id, gate, message_id, payload_sha256, supersedes,"
            " superseded_by, cancelled_by FROM crossings WHERE crossing_id = ?",
            (crossing_id,),
        ).fetchone()
        return None if row is None else StoredCrossing(*row)

    def messages(self, message_ids: Sequence[str]) -> dict[str, StoredMessage]:
        """The held messages among ``message_ids`` (one query per 500 ids)."""
        out: dict[str, StoredMessage] = {}
        for chunk in _chunks(message_ids):
            for row in self.conn.execute(
                "SELECT message_id, function, crossing_id, payload_sha256, status, gate"
                f" FROM messages WHERE message_id IN ({_marks(chunk)})",
                chunk,
            ):
                out[row[0]] = StoredMessage(*row)
        return out

    def crossings(self, crossing_ids: Sequence[str]) -> dict[str, StoredCrossing]:
        """The held crossings among ``crossing_ids`` (one query per 500 ids)."""
        out: dict[str, StoredCrossing] = {}
        for chunk in _chunks(crossing_ids):
            for row in self.conn.execute(
                "SELECT crossing_id, gate, message_id, payload_sha256, supersedes,"
                " superseded_by, cancelled_by FROM crossings"
                f" WHERE crossing_id IN ({_marks(chunk)})",
                chunk,
            ):
                out[row[0]] = StoredCrossing(*row)
        return out

    def superseding_many(self, crossing_ids: Sequence[str]) -> dict[str, str]:
        """:meth:`superseding` of each of ``crossing_ids`` that has one."""
        out: dict[str, str] = {}
        for chunk in _chunks(crossing_ids):
            for old, new in self.conn.execute(
                "SELECT supersedes, crossing_id FROM crossings"
                f" WHERE supersedes IN ({_marks(chunk)})",
                chunk,
            ):
                out.setdefault(old, new)
        return out

    def add_messages(self, rows: Sequence[dict[str, Any]]) -> None:
        """:meth:`add_message` of each row (keyword arguments), one statement."""
        self.conn.executemany(_INSERT_MESSAGE, [_message_row(**r) for r in rows])

    def add_crossings(self, rows: Sequence[dict[str, Any]]) -> None:
        """:meth:`add_crossing` of each row (keyword arguments), one statement."""
        self.conn.executemany(_INSERT_CROSSING, [_crossing_row(**r) for r in rows])

    def add_message(self, **row: Any) -> None:
        """Keyword arguments: message_id, function, crossing_id, ref, payload_sha256,
        payload, status, key_id, gate, terminal, batch_id, now."""
        self.conn.execute(_INSERT_MESSAGE, _message_row(**row))

    def add_crossing(self, **row: Any) -> None:
        """Keyword arguments: crossing_id, gate, terminal, message_id, payload_sha256,
        supersedes, now."""
        self.conn.execute(_INSERT_CROSSING, _crossing_row(**row))

    def mark_superseded(self, crossing_id: str, by: str) -> None:
        self.conn.execute(
            "UPDATE crossings SET superseded_by = ? WHERE crossing_id = ?",
            (by, crossing_id),
        )

    def mark_cancelled(self, crossing_id: str, message_id: str) -> None:
        self.conn.execute(
            "UPDATE crossings SET cancelled_by = ? WHERE crossing_id = ?",
            (message_id, crossing_id),
        )

    def add_refusal(
        self,
        *,
        message_id: str,
        payload_sha256: str | None,
        status: str,
        code: str,
        reason: str | None,
        key_id: str,
        terminal: str,
        batch_id: str,
        now: datetime,
        function: str | None = None,
        crossing_id: str | None = None,
        ref: str | None = None,
    ) -> None:
        self.conn.execute(
            "INSERT INTO refusals (message_id, payload_sha256, status, code, reason,"
            " key_id, terminal, batch_id, at, function, crossing_id, ref)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                message_id,
                payload_sha256,
                status,
                code,
                reason,
                key_id,
                terminal,
                batch_id,
                _now_text(now),
                function,
                crossing_id,
                ref,
            ),
        )

    def refused_version(self, crossing_id: str, gate: str) -> dict[str, Any] | None:
        """The latest *rejected* declaration or amendment that carried
        ``crossing_id`` from a terminal of ``gate``: ``{"function", "ref"}`` (the
        version it corrects, for an amendment); None if there is none."""
        prefix = f"{gate}/"
        row = self.conn.execute(
            "SELECT function, ref FROM refusals WHERE crossing_id = ?"
            " AND status = 'rejected' AND function IN ('01', '02')"
            " AND substr(terminal, 1, ?) = ? ORDER BY seq DESC LIMIT 1",
            (crossing_id, len(prefix), prefix),
        ).fetchone()
        return None if row is None else {"function": row[0], "ref": row[1]}

    def superseding(self, crossing_id: str) -> str | None:
        """The held crossing that supersedes ``crossing_id`` (held or not)."""
        row = self.conn.execute(
            "SELECT crossing_id FROM crossings WHERE supersedes = ? LIMIT 1",
            (crossing_id,),
        ).fetchone()
        return None if row is None else str(row[0])

    def last_refusal(self, message_id: str, terminal: str) -> dict[str, Any] | None:
        """The latest refusal of this message sent by ``terminal`` (gate/terminal)."""
        row = self.conn.execute(
            "SELECT status, code FROM refusals WHERE message_id = ? AND terminal = ?"
            " ORDER BY seq DESC LIMIT 1",
            (message_id, terminal),
        ).fetchone()
        return None if row is None else {"status": row[0], "code": row[1]}

    def dump_messages(self) -> list[dict[str, Any]]:
        """Every held message, oldest first (``borderdesk portal dump``)."""
        rows = self.conn.execute(
            "SELECT m.message_id, m.crossing_id, m.function, m.ref, m.payload_sha256,"
            " m.status, m.gate, m.terminal, m.key_id, m.batch_id, m.received_at,"
            " c.superseded_by, c.cancelled_by"
            " FROM messages m LEFT JOIN crossings c ON c.crossing_id = m.crossing_id"
            " ORDER BY m.seq"
        )
        out = []
        for (
            mid,
            cid,
            function,
            ref,
            digest,
            status,
            gate,
            terminal,
            key_id,
            batch_id,
            received_at,
            superseded_by,
            cancelled_by,
        ) in rows:
            crossing_state = (
                "cancelled"
                if cancelled_by
                else "superseded"
                if superseded_by
                else "current"
            )
            out.append(
                {
                    "message_id": mid,
                    "payload_hash": digest,
                    "state": "held",
                    "status": status,
                    "crossing_id": cid,
                    "function": function,
                    "ref": ref,
                    "payload_sha256": digest,
                    "gate": gate,
                    "terminal": f"{gate}/{terminal}",
                    "key_id": key_id,
                    "batch_id": batch_id,
                    "received_at": received_at,
                    "crossing_state": crossing_state,
                }
            )
        return out

    def dump_refusals(self) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            "SELECT message_id, payload_sha256, status, code, reason, terminal,"
            " batch_id, at FROM refusals ORDER BY seq"
        )
        return [
            {
                "message_id": mid,
                "payload_hash": digest,
                "state": "refused",
                "status": status,
                "code": code,
                "reason": reason,
                "terminal": terminal,
                "batch_id": batch_id,
                "at": at,
            }
            for mid, digest, status, code, reason, terminal, batch_id, at in rows
        ]

    # -- pre-declarations --------------------------------------------------------

    def put_predeclaration(self, item: dict[str, Any], now: datetime) -> int:
        """Insert or replace a pre-declaration; it gets a new feed position (seq)."""
        seq = self.next_seq("predeclarations")
        stamp = _now_text(now)
        self.conn.execute(
            "INSERT INTO predeclarations (reference, gate, declarant, direction,"
            " expected_date, status, persons, vehicle, confirmation, seq, created_at,"
            " updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
            " ON CONFLICT(reference) DO UPDATE SET gate = excluded.gate,"
            " declarant = excluded.declarant, direction = excluded.direction,"
            " expected_date = excluded.expected_date, status = excluded.status,"
            " persons = excluded.persons, vehicle = excluded.vehicle,"
            " confirmation = excluded.confirmation, seq = excluded.seq,"
            " updated_at = excluded.updated_at",
            (
                item["reference"],
                item["gate"],
                item["declarant"],
                item["direction"],
                item["expected_date"],
                item["status"],
                json.dumps(item["persons"], ensure_ascii=False),
                None
                if item.get("vehicle") is None
                else json.dumps(item["vehicle"], ensure_ascii=False),
                item.get("confirmation"),
                seq,
                stamp,
                stamp,
            ),
        )
        return seq

    def set_predeclaration_status(
        self, reference: str, status: str, now: datetime
    ) -> int | None:
        """Change the status; the item moves to the end of the feed. None if unknown."""
        if (
            self._one("SELECT 1 FROM predeclarations WHERE reference = ?", (reference,))
            is None
        ):
            return None
        seq = self.next_seq("predeclarations")
        self.conn.execute(
            "UPDATE predeclarations SET status = ?, seq = ?, updated_at = ?"
            " WHERE reference = ?",
            (status, seq, _now_text(now), reference),
        )
        return seq

    def predeclaration_feed(
        self, gate: str, after: int, limit: int
    ) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            "SELECT reference, declarant, gate, direction, expected_date, status,"
            " persons, vehicle, seq FROM predeclarations WHERE gate = ? AND seq > ?"
            " ORDER BY seq LIMIT ?",
            (gate, after, limit),
        )
        return [
            {
                "reference": ref,
                "declarant": declarant,
                "gate": g,
                "direction": direction,
                "expected_date": expected,
                "status": status,
                "persons": json.loads(persons),
                "vehicle": None if vehicle is None else json.loads(vehicle),
                "seq": seq,
            }
            for (
                ref,
                declarant,
                g,
                direction,
                expected,
                status,
                persons,
                vehicle,
                seq,
            ) in rows
        ]

    def predeclaration(self, reference: str) -> dict[str, Any] | None:
        row = self.conn.execute(
            "SELECT gate, status, seq, confirmation FROM predeclarations"
            " WHERE reference = ?",
            (reference,),
        ).fetchone()
        if row is None:
            return None
        return {
            "reference": reference,
            "gate": row[0],
            "status": row[1],
            "seq": row[2],
            "confirmation": row[3],
        }

    # -- watchlist ---------------------------------------------------------------

    def add_watchlist_entry(
        self, entry_id: str, key: str, category: str, now: datetime
    ) -> None:
        stamp = _now_text(now)
        self.conn.execute(
            "INSERT INTO watchlist_entries"
            " (entry_id, key, category, active, created_at) VALUES (?,?,?,1,?)",
            (entry_id, key, category, stamp),
        )
        self.conn.execute(
            "INSERT INTO watchlist_log (op, entry_id, key, category, at)"
            " VALUES ('add',?,?,?,?)",
            (entry_id, key, category, stamp),
        )

    def remove_watchlist_entry(self, entry_id: str, now: datetime) -> bool:
        row = self.conn.execute(
            "SELECT key, category FROM watchlist_entries"
            " WHERE entry_id = ? AND active = 1",
            (entry_id,),
        ).fetchone()
        if row is None:
            return False
        stamp = _now_text(now)
        self.conn.execute(
            "UPDATE watchlist_entries SET active = 0, removed_at = ?"
            " WHERE entry_id = ?",
            (stamp, entry_id),
        )
        self.conn.execute(
            "INSERT INTO watchlist_log (op, entry_id, key, category, at)"
            " VALUES ('remove',?,?,?,?)",
            (entry_id, row[0], row[1], stamp),
        )
        return True

    def watchlist_version(self) -> int:
        return int(self._one("SELECT coalesce(max(seq), 0) FROM watchlist_log"))

    def watchlist_feed(self, after: int, limit: int) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            "SELECT seq, op, entry_id, key, category FROM watchlist_log WHERE seq > ?"
            " ORDER BY seq LIMIT ?",
            (after, limit),
        )
        return [
            {
                "seq": seq,
                "op": op,
                "entry_id": entry_id,
                "key": key,
                "category": category,
            }
            for seq, op, entry_id, key, category in rows
        ]

    # -- summary -----------------------------------------------------------------

    def summary(self) -> dict[str, Any]:
        """Counts for ``borderdesk portal show``."""

        def counts(sql: str) -> dict[str, int]:
            return {str(k): int(n) for k, n in self.conn.execute(sql)}

        return {
            "schema_version": int(self._one("PRAGMA user_version")),
            "terminals": {
                "active": int(
                    self._one("SELECT count(*) FROM terminals WHERE revoked_at IS NULL")
                ),
                "revoked": int(
                    self._one(
                        "SELECT count(*) FROM terminals WHERE revoked_at IS NOT NULL"
                    )
                ),
            },
            "messages": counts("SELECT status, count(*) FROM messages GROUP BY status"),
            "refusals": counts("SELECT code, count(*) FROM refusals GROUP BY code"),
            "crossings": int(self._one("SELECT count(*) FROM crossings")),
            "predeclarations": counts(
                "SELECT status, count(*) FROM predeclarations GROUP BY status"
            ),
            "watchlist": {
                "active": int(
                    self._one("SELECT count(*) FROM watchlist_entries WHERE active = 1")
                ),
                "version": self.watchlist_version(),
            },
            "enrolment_codes_open": int(
                self._one("SELECT count(*) FROM enrolment_codes WHERE used_at IS NULL")
            ),
            "audit_heads": [
                {
                    "terminal": t,
                    "key_id": k,
                    "audit_head": h,
                    "batch_id": b,
                    "updated_at": u,
                }
                for t, k, h, b, u in self.conn.execute(
                    "SELECT terminal, key_id, audit_head, batch_id, updated_at"
                    " FROM audit_heads ORDER BY terminal"
                )
            ],
        }


class Checkpointer:
    """Copies the WAL into the database file in a thread of its own, so that no
    request pays for it.

    With SQLite's automatic checkpoints, the commit that takes the WAL past 1,000
    pages copies it into the database and syncs the file before the portal may
    answer: with batches of 500, every fourth one waited 10-18 ms for that. Here a request that
    wrote calls :meth:`poke` once its answer is out, and this thread runs a PASSIVE
    checkpoint (it never blocks a writer or a reader) while the next batch is being
    read; it also runs every ``interval`` seconds whatever happens, and a last time,
    TRUNCATE, on :meth:`stop`. Request connections are then opened with
    ``autocheckpoint=False``.
    """

    def __init__(self, path: Path | str, interval: float = 1.0) -> None:
        self.path = str(path)
        self.interval = interval
        self.checkpoints = 0
        self.last_error: str | None = None
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="portal-checkpointer",
                                        daemon=True)

    def start(self) -> Checkpointer:
        self._thread.start()
        return self

    def poke(self) -> None:
        """Something was committed: checkpoint soon."""
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join()

    def _run(self) -> None:
        try:
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000,
                                   isolation_level=None)
        except sqlite3.Error as exc:
            self.last_error = str(exc)
            return
        try:
            while not self._stop.is_set():
                self._wake.wait(self.interval)
                self._wake.clear()
                if not self._stop.is_set():
                    self._checkpoint(conn, "PASSIVE")
            self._checkpoint(conn, "TRUNCATE")
        finally:
            conn.close()

    def _checkpoint(self, conn: sqlite3.Connection, mode: str) -> None:
        try:
            conn.execute(f"PRAGMA wal_checkpoint({mode})").fetchone()
            self.checkpoints += 1
            self.last_error = None
        except sqlite3.Error as exc:  # busy or I/O: the next round tries again
            self.last_error = str(exc)
