"""The outbox as the sync sees it, cancellations, and the store behind ``sync.ports``.

Life of a message (one outbox row, written with its crossing in one transaction):

``pending`` → ``sent`` (committed *before* the request leaves, with the payload hash
frozen and the attempt counted) → ``accepted`` | ``rejected`` | ``conflict``
(committed in one transaction per batch, only after the portal's answer). A request
that certainly did not reach the portal puts its messages back to ``pending``; one
whose outcome is unknown (timeout, reset, crash) leaves them ``sent``, and the next
run resends them with the same message ids, which the portal answers as duplicates
(research §7 G2/G3).

Cancellations (function ``03``) have no crossing row of their own: the outbox row
carries the cancellation body in ``payload`` and points at the crossing it cancels.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlite_utils import Database

from borderdesk.core.codec import canonical_json, payload_sha256
from borderdesk.core.ids import new_id
from borderdesk.core.signed import b64decode, key_id, load_public_key
from borderdesk.storage import audit
from borderdesk.storage.db import write_transaction
from borderdesk.storage.errors import SupersedeConflict
from borderdesk.storage.keys import KeyStore
from borderdesk.storage.predeclarations import PredeclarationStore
from borderdesk.storage.sync_state import SyncState
from borderdesk.storage.watchlist import WatchlistStore
from sync.ports import (
    CURSOR_PREDECLARATIONS,
    CURSOR_WATCHLIST,
    ENROLMENT,
    FINAL,
    PENDING,
    SENT,
    STATES,
    WATCHLIST_VERSION,
    Enrolment,
    OutboxMessage,
    Outcome,
    TrustedKeyInfo,
)


class CancelConflict(SupersedeConflict):
    """The crossing is missing, already cancelled, or was amended (cancel the
    amendment instead). A cancellation supersedes the crossing, so the code (and the
    message the UI shows) is ``supersede_conflict``."""


@dataclass(frozen=True, slots=True)
class Cancellation:
    crossing_id: str
    reason: str
    officer: str
    cancelled_at: str
    message_id: str


def _stamp(at: datetime) -> str:
    return at.astimezone(UTC).isoformat(timespec="microseconds")


def cancel_crossing(db: Database, crossing_id: str, reason: str, *, actor: str,
                    now: datetime | None = None) -> Cancellation:
    """Cancel a stored crossing: the cancellation, its ``cancel`` outbox message and
    the audit entry in one transaction.

    Raises:
        ValueError: the reason is empty.
        CancelConflict: unknown crossing, already cancelled, or already amended.
        StorageError: the disk is full, ...; nothing is written.
    """
    reason = reason.strip()
    if not reason:
        raise ValueError("a cancellation needs a reason")
    at = _stamp(now or datetime.now(UTC))
    with write_transaction(db):
        conn = db.conn
        row = conn.execute(
            "SELECT terminal, (SELECT id FROM crossings s WHERE s.supersedes = c.id),"
            " (SELECT 1 FROM crossings_cancelled x WHERE x.crossing_id = c.id)"
            " FROM crossings c WHERE id = ?", (crossing_id,)).fetchone()
        if row is None:
            raise CancelConflict(f"Crossing {crossing_id} does not exist")
        terminal, amended_by, cancelled = row
        if cancelled:
            raise CancelConflict(f"Crossing {crossing_id} was already cancelled")
        if amended_by is not None:
            raise CancelConflict(
                f"Crossing {crossing_id} was amended by {amended_by}; cancel that one")
        body = {"crossing_id": crossing_id, "reason": reason, "cancelled_at": at,
                "officer": actor}
        text, digest = canonical_json(body), payload_sha256(body)
        message_id = new_id()
        conn.execute(
            "INSERT INTO outbox (message_id, crossing_id, function, ref_crossing_id,"
            " state, created_at, payload, payload_sha256) VALUES (?,?,?,?,?,?,?,?)",
            (message_id, crossing_id, "cancel", crossing_id, PENDING, at, text, digest),
        )
        conn.execute(
            "INSERT INTO crossings_cancelled (crossing_id, reason, officer,"
            " cancelled_at, message_id) VALUES (?,?,?,?,?)",
            (crossing_id, reason, actor, at, message_id),
        )
        audit.append(db, actor=actor, terminal=terminal, action="crossing.cancelled",
                     entity="crossing", entity_id=crossing_id,
                     details={"message_id": message_id, "payload_sha256": digest},
                     at=now)
    return Cancellation(crossing_id, reason, actor, at, message_id)


def cancellation(db: Database, crossing_id: str) -> Cancellation | None:
    row = db.conn.execute(
        "SELECT crossing_id, reason, officer, cancelled_at, message_id"
        " FROM crossings_cancelled WHERE crossing_id = ?", (crossing_id,)).fetchone()
    return None if row is None else Cancellation(*row)


_MESSAGE = (
    "SELECT o.seq, o.message_id, o.function, o.crossing_id, o.ref_crossing_id,"
    " COALESCE(o.payload, c.payload), COALESCE(o.payload_sha256, c.payload_sha256),"
    " o.state, o.attempts FROM outbox o JOIN crossings c ON c.id = o.crossing_id"
)


class Outbox:
    """Delivery bookkeeping over the ``outbox`` table."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def in_state(self, state: str, limit: int) -> list[OutboxMessage]:
        return [OutboxMessage(*row) for row in self.db.conn.execute(
            f"{_MESSAGE} WHERE o.state = ? ORDER BY o.seq LIMIT ?", (state, limit))]

    def get(self, message_id: str) -> dict[str, Any] | None:
        cur = self.db.conn.execute(
            "SELECT seq, message_id, crossing_id, function, ref_crossing_id, state,"
            " created_at, attempts, first_sent_at, last_attempt_at, last_error,"
            " result_code, result_reason, acked_at, batch_id, payload_sha256"
            " FROM outbox WHERE message_id = ?", (message_id,))
        row = cur.fetchone()
        return None if row is None else dict(zip([d[0] for d in cur.description], row,
                                                 strict=True))

    def mark_sent(self, message_ids: Sequence[str], batch_id: str,
                  at: datetime) -> None:
        stamp = _stamp(at)
        with write_transaction(self.db):
            # executemany: one statement, its rowcount summed over the messages
            changed = self.db.conn.executemany(
                "UPDATE outbox SET state = 'sent', batch_id = ?,"
                " attempts = attempts + 1, last_attempt_at = ?,"
                " first_sent_at = COALESCE(first_sent_at, ?),"
                " payload_sha256 = COALESCE(payload_sha256,"
                "   (SELECT c.payload_sha256 FROM crossings c"
                "    WHERE c.id = outbox.crossing_id))"
                " WHERE message_id = ? AND state IN ('pending', 'sent')",
                [(batch_id, stamp, stamp, mid) for mid in message_ids]).rowcount
            if changed != len(message_ids):
                raise RuntimeError(
                    "outbox changed under the sync (another sync running?)")

    def mark_unsent(self, message_ids: Sequence[str], error: str, at: datetime) -> None:
        with write_transaction(self.db):
            self.db.conn.executemany(
                "UPDATE outbox SET state = 'pending', last_error = ?"
                " WHERE message_id = ? AND state = 'sent'",
                [(error, mid) for mid in message_ids])

    def note_error(self, message_ids: Sequence[str], error: str, at: datetime) -> None:
        with write_transaction(self.db):
            self.db.conn.executemany(
                "UPDATE outbox SET last_error = ? WHERE message_id = ?",
                [(error, mid) for mid in message_ids])

    def apply_results(self, outcomes: Sequence[Outcome], at: datetime) -> None:
        stamp = _stamp(at)
        for o in outcomes:
            if o.state not in FINAL:
                raise ValueError(f"not a final state: {o.state}")
        with write_transaction(self.db):
            self.db.conn.executemany(
                "UPDATE outbox SET state = ?, result_code = ?, result_reason = ?,"
                " acked_at = ?, last_error = NULL"
                " WHERE message_id = ? AND state IN ('pending', 'sent')",
                [(o.state, o.code, o.reason, stamp, o.message_id) for o in outcomes])

    def counts(self) -> dict[str, int]:
        out = dict.fromkeys(STATES, 0)
        for state, n in self.db.conn.execute(
                "SELECT state, count(*) FROM outbox GROUP BY state"):
            out[state] = n
        return out

    def needing_supervisor(self, limit: int = 100) -> list[dict[str, Any]]:
        """Rejected and conflicting messages, oldest first (what a supervisor sees)."""
        cur = self.db.conn.execute(
            "SELECT message_id, crossing_id, function, state, result_code,"
            " result_reason, acked_at FROM outbox"
            " WHERE state IN ('rejected', 'conflict') ORDER BY seq LIMIT ?", (limit,))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur]


class SqliteSyncStore:
    """:class:`sync.ports.SyncStore` over one database connection.

    ``owns``: close the connection in :meth:`close` (a store opened for a worker
    thread); the CLI passes its own connection and keeps it.
    """

    def __init__(self, db: Database, *, owns: bool = False) -> None:
        self.db = db
        self.owns = owns
        self.outbox = Outbox(db)
        self.state = SyncState(db)
        self.predeclarations = PredeclarationStore(db)
        self.watchlist = WatchlistStore(db)
        self.keys = KeyStore(db)

    def close(self) -> None:
        if self.owns:
            self.db.close()

    # -- outbox --------------------------------------------------------------------

    def unresolved(self, limit: int) -> list[OutboxMessage]:
        return self.outbox.in_state(SENT, limit)

    def pending(self, limit: int) -> list[OutboxMessage]:
        return self.outbox.in_state(PENDING, limit)

    def mark_sent(self, message_ids: Sequence[str], batch_id: str,
                  at: datetime) -> None:
        self.outbox.mark_sent(message_ids, batch_id, at)

    def mark_unsent(self, message_ids: Sequence[str], error: str, at: datetime) -> None:
        self.outbox.mark_unsent(message_ids, error, at)

    def note_error(self, message_ids: Sequence[str], error: str, at: datetime) -> None:
        self.outbox.note_error(message_ids, error, at)

    def apply_results(self, outcomes: Sequence[Outcome], at: datetime) -> None:
        self.outbox.apply_results(outcomes, at)

    def counts(self) -> dict[str, int]:
        return self.outbox.counts()

    def audit_head(self) -> str | None:
        row = self.db.conn.execute(
            "SELECT hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
        return None if row is None else str(row[0])

    # -- state ---------------------------------------------------------------------

    def get(self, key: str, default: Any = None) -> Any:
        return self.state.get(key, default)

    def put(self, values: Mapping[str, Any], at: datetime | None = None) -> None:
        self.state.put(values, at)

    # -- pulled data ---------------------------------------------------------------

    def store_predeclarations(self, items: Sequence[Mapping[str, Any]],
                              cursor: str | None, at: datetime) -> int:
        with write_transaction(self.db):
            n = self.predeclarations.upsert(items, at)
            self.state.put({CURSOR_PREDECLARATIONS: cursor}, at)
        return n

    def store_watchlist(self, items: Sequence[Mapping[str, Any]], version: Any,
                        cursor: str | None, at: datetime) -> int:
        with write_transaction(self.db):
            n = self.watchlist.apply(items)
            self.state.put({CURSOR_WATCHLIST: cursor, WATCHLIST_VERSION: version}, at)
        return n

    def apply_keys(self, keys: Sequence[TrustedKeyInfo], actor: str = "sync") -> int:
        changed = 0
        with write_transaction(self.db):
            for info in keys:
                changed += self._apply_key(info, actor)
        return changed

    def _apply_key(self, info: TrustedKeyInfo, actor: str) -> int:
        public = load_public_key(b64decode(info.public_key))
        if key_id(public) != info.key_id:
            raise ValueError(f"key id {info.key_id!r} does not match its public key")
        row = self.db.conn.execute(
            "SELECT revoked_at FROM trusted_keys WHERE key_id = ?", (info.key_id,)
        ).fetchone()
        if info.revoked:
            return int(self.keys.revoke(info.key_id, actor=actor)) if row else 0
        if row is None:
            self.keys.trust(public, kind=info.kind, gate=info.gate,
                            terminal=info.terminal, actor=actor)
            return 1
        return 0  # known (a locally revoked key stays revoked)

    def save_enrolment(self, enrolment: Enrolment, keys: Sequence[TrustedKeyInfo],
                       actor: str) -> None:
        portal = [k for k in keys if k.kind == "portal"]
        if enrolment.portal_key_id not in {k.key_id for k in portal}:
            raise ValueError("the portal's key is not among the keys to trust")
        with write_transaction(self.db):
            for info in keys:
                self._apply_key(info, actor)
            self.state.put({ENROLMENT: enrolment.to_state()})
            audit.append(self.db, actor=actor, terminal=enrolment.terminal,
                         action="terminal.enrolled", entity="terminal",
                         entity_id=enrolment.terminal_id,
                         details={"portal_url": enrolment.portal_url,
                                  "key_id": enrolment.key_id,
                                  "portal_key_id": enrolment.portal_key_id})

    def enrolment(self) -> Enrolment | None:
        data = self.state.get(ENROLMENT)
        return None if data is None else Enrolment.from_state(data)

