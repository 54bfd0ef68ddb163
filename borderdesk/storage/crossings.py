"""Storing and querying crossings.

:meth:`CrossingStore.record` writes the crossing, the people in it, its outbox message
and its audit entry in one transaction: either all of them exist afterwards or none.
The people's names reach the full-text index after that transaction
(:mod:`borderdesk.storage.name_index`); searches find them before as after.
The canonical JSON payload and its SHA-256 are stored with the row and never change,
which is what the sync sends and what ``db check`` re-verifies against the audit log.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from borderdesk.core.codec import canonical_json, crossing_from_payload, crossing_to_dict
from borderdesk.core.ids import new_id
from borderdesk.core.model import Crossing, Direction
from borderdesk.core.screening import PastCrossing
from borderdesk.core.text import normalize_document_number, search_key
from borderdesk.storage import audit, name_index
from borderdesk.storage.db import write_transaction
from borderdesk.storage.errors import IdConflict, StorageError, SupersedeConflict
from borderdesk.storage.names import Terms, fts_query, key_matches, query_terms

if TYPE_CHECKING:
    from borderdesk.storage.outbox import Cancellation


@dataclass(frozen=True, slots=True)
class StoredCrossing:
    """A crossing as stored, with what the store knows about it."""

    crossing: Crossing
    recorded_at: str
    payload_sha256: str
    sync_state: str  # the state of its outbox message: "pending", later "accepted", ...
    superseded_by: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out = crossing_to_dict(self.crossing)
        out["recorded_at"] = self.recorded_at
        out["sync_state"] = self.sync_state
        return out


@dataclass(frozen=True, slots=True)
class AuditNote:
    """An audit entry about a crossing, written with it (see
    :meth:`CrossingStore.record`)."""

    action: str
    details: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class RecordResult:
    id: str
    created: bool  # False when the identical crossing was already stored
    audit_seq: int | None


_SELECT = (
    "SELECT c.payload, c.recorded_at, c.payload_sha256,"
    " (SELECT o.state FROM outbox o WHERE o.crossing_id = c.id ORDER BY o.seq DESC"
    "  LIMIT 1) AS sync_state,"
    " (SELECT s.id FROM crossings s WHERE s.supersedes = c.id) AS superseded_by"
    " FROM crossings c"
)


def _utc_text(at: datetime) -> str:
    """How times are stored: UTC, to the microsecond, so that text order is time
    order."""
    return at.astimezone(UTC).isoformat(timespec="microseconds")


def _payload(c: Crossing) -> tuple[str, str]:
    text = canonical_json(crossing_to_dict(c, derived=False))  # what was recorded
    return text, hashlib.sha256(text.encode("utf-8")).hexdigest()


class CrossingStore:
    """Crossings in one database connection (so: used from one thread)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # -- writing -----------------------------------------------------------------

    def record(self, crossing: Crossing, *, actor: str, now: datetime | None = None,
               extra_audit: Sequence[AuditNote] = ()) -> RecordResult:
        """Store one crossing atomically (crossing + persons + outbox + audit).

        Recording the identical crossing again (same id, same payload) is a no-op that
        reports ``created=False``, so an import can be re-run safely. ``extra_audit``
        entries (e.g. ``crossing.flagged``) are appended about the crossing in the same
        transaction, only when it is newly stored.

        Raises:
            IdConflict: the id is stored with another content.
            SupersedeConflict: the crossing it amends is missing or already amended.
            StorageError: the disk is full, the file read-only, ...; nothing is written.
        """
        stamp = now or datetime.now(UTC)
        with write_transaction(self.db):
            result = self._record(crossing, actor, stamp)
            if result.created:
                for note in extra_audit:
                    audit.append(self.db, actor=actor, terminal=crossing.terminal,
                                 action=note.action, entity="crossing",
                                 entity_id=crossing.id, details=note.details, at=stamp)
            return result

    def record_many(self, crossings: Iterable[Crossing], *, actor: str,
                    now: datetime | None = None) -> list[RecordResult]:
        """Store many crossings in one transaction (bulk import, demo data), their
        names indexed in it too."""
        stamp = now or datetime.now(UTC)
        with write_transaction(self.db):
            results = [self._record(c, actor, stamp) for c in crossings]
            name_index.index_pending(self.db, limit=None)
            return results

    def cancel(self, crossing_id: str, reason: str, *, actor: str,
               now: datetime | None = None) -> Cancellation:
        """Cancel a stored crossing: a ``cancel`` (03) outbox message, the
        cancellation and its audit entry in one transaction (see
        :func:`borderdesk.storage.outbox.cancel_crossing`).

        Raises:
            ValueError: empty reason.
            CancelConflict: unknown, already cancelled, or amended crossing.
        """
        from borderdesk.storage.outbox import cancel_crossing

        return cancel_crossing(self.db, crossing_id, reason, actor=actor,
                               now=now or datetime.now(UTC))

    def _record(self, c: Crossing, actor: str, now: datetime) -> RecordResult:
        conn = self.db.conn
        payload, digest = _payload(c)
        existing = conn.execute(
            "SELECT payload_sha256 FROM crossings WHERE id = ?", (c.id,)
        ).fetchone()
        if existing is not None:
            if existing[0] == digest:
                return RecordResult(c.id, False, None)
            raise IdConflict(f"Crossing {c.id} is already stored with other content")
        function = "declare"
        if c.supersedes is not None:
            old = conn.execute(
                "SELECT version, (SELECT id FROM crossings s WHERE s.supersedes = c.id)"
                " FROM crossings c WHERE id = ?", (c.supersedes,)
            ).fetchone()
            if old is None:
                raise SupersedeConflict(f"Crossing {c.supersedes} does not exist")
            if old[1] is not None:
                raise SupersedeConflict(f"Crossing {c.supersedes} was already amended")
            if c.version != old[0] + 1:
                raise SupersedeConflict(
                    f"Amendment of version {old[0]} must have version {old[0] + 1}"
                )
            function = "amend"
        recorded_at = now.astimezone(UTC).isoformat(timespec="microseconds")
        time_utc, direction = _utc_text(c.time_utc), str(c.direction)
        conn.execute(
            "INSERT INTO crossings (id, version, supersedes, gate, terminal, officer,"
            " direction, mode, decision, time_utc, local_date, timezone,"
            " predeclaration_ref, vehicle_plate, payload, payload_sha256, recorded_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                c.id, c.version, c.supersedes, c.gate, c.terminal, c.officer,
                direction, str(c.mode), str(c.decision),
                time_utc, c.local_date.isoformat(),
                c.timezone, c.predeclaration_ref,
                c.vehicle.plate if c.vehicle else None, payload, digest, recorded_at,
            ),
        )
        conn.executemany(
            "INSERT INTO crossing_persons (crossing_id, seq, role, decision, surname,"
            " given_names, name_key, sex, birth_date, nationality, document_type,"
            " document_number, issuing_state, expiry_date, time_utc, direction, gate,"
            " timezone) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    c.id, i, str(p.role), str(p.decision), p.identity.surname,
                    p.identity.given_names, search_key(p.identity.full_name),
                    str(p.identity.sex),
                    p.identity.birth_date.isoformat() if p.identity.birth_date else None,
                    p.identity.nationality, str(p.identity.document_type),
                    p.identity.document_number, p.identity.issuing_state,
                    p.identity.expiry_date.isoformat() if p.identity.expiry_date else None,
                    time_utc, direction, c.gate, c.timezone,
                )
                for i, p in enumerate(c.persons)
            ],
        )
        conn.execute(
            "INSERT INTO outbox (message_id, crossing_id, function, ref_crossing_id,"
            " state, created_at) VALUES (?,?,?,?,?,?)",
            (new_id(), c.id, function, c.supersedes, "pending", recorded_at),
        )
        seq = audit.append(
            self.db, actor=actor, terminal=c.terminal,
            action="crossing.amended" if function == "amend" else "crossing.recorded",
            entity="crossing", entity_id=c.id,
            details={"payload_sha256": digest, "supersedes": c.supersedes},
            at=now,
        )
        return RecordResult(c.id, True, seq)

    # -- reading -----------------------------------------------------------------

    def get(self, crossing_id: str) -> StoredCrossing | None:
        rows = list(self._rows(f"{_SELECT} WHERE c.id = ?", (crossing_id,)))
        return rows[0] if rows else None

    def by_day(self, day: date, gate: str | None = None) -> list[StoredCrossing]:
        """The crossings of one day of the gate's calendar, oldest first."""
        if gate is None:
            sql = f"{_SELECT} WHERE c.local_date = ? ORDER BY c.time_utc, c.id"
            return list(self._rows(sql, (day.isoformat(),)))
        sql = f"{_SELECT} WHERE c.local_date = ? AND c.gate = ? ORDER BY c.time_utc, c.id"
        return list(self._rows(sql, (day.isoformat(), gate.upper())))

    def count(self) -> int:
        return int(self.db.conn.execute("SELECT count(*) FROM crossings").fetchone()[0])

    def with_audit_action(self, action: str, day: date, gate: str | None = None
                          ) -> list[StoredCrossing]:
        """The day's crossings that have an audit entry ``action`` (e.g.
        ``crossing.flagged``), oldest first."""
        sql = (f"{_SELECT} WHERE c.local_date = ? AND EXISTS (SELECT 1 FROM audit a"
               " WHERE a.entity = 'crossing' AND a.entity_id = c.id AND a.action = ?)")
        params: list[Any] = [day.isoformat(), action]
        if gate is not None:
            sql += " AND c.gate = ?"
            params.append(gate.upper())
        return list(self._rows(sql + " ORDER BY c.time_utc, c.id", params))

    def previous_crossing(self, number: str, issuing_state: str, before: datetime,
                          exclude: Sequence[str | None] = ()) -> PastCrossing | None:
        """The latest crossing before ``before`` in which this document crossed (was
        not refused) that is still in force (neither amended nor cancelled), leaving
        out the crossings in ``exclude`` (the one being saved, the one it amends):
        :func:`borderdesk.core.screening.previous_crossing` over the stored crossings.

        It runs in every save, once per person, so it reads the document's index
        entries backwards from ``before`` and stops at the first that qualifies
        (migration m0008): the index holds the answer, no row is read.
        """
        skip = [x for x in exclude if x]
        row = self.db.conn.execute(
            "SELECT crossing_id, time_utc, timezone, direction, gate"
            " FROM crossing_persons p"
            " WHERE document_number = ? AND issuing_state = ? AND time_utc < ?"
            " AND decision != 'refused'"
            f" AND crossing_id NOT IN ({','.join('?' * len(skip))})"
            " AND NOT EXISTS (SELECT 1 FROM crossings s"
            "                 WHERE s.supersedes = p.crossing_id)"
            " AND NOT EXISTS (SELECT 1 FROM crossings_cancelled x"
            "                 WHERE x.crossing_id = p.crossing_id)"
            " ORDER BY time_utc DESC, crossing_id DESC LIMIT 1",
            (normalize_document_number(number), issuing_state, _utc_text(before), *skip),
        ).fetchone()
        if row is None:
            return None
        cid, at, tz, direction, gate = row
        return PastCrossing(cid, datetime.fromisoformat(at), tz, Direction(direction),
                            gate, True)

    def by_document(self, number: str, limit: int = 50) -> list[StoredCrossing]:
        """Crossings in which a document with exactly this number was shown, newest first."""
        ids = [
            r[0]
            for r in self.db.conn.execute(
                "SELECT DISTINCT p.crossing_id FROM crossing_persons p"
                " WHERE p.document_number = ? ORDER BY p.crossing_id DESC LIMIT ?",
                (normalize_document_number(number), limit),
            )
        ]
        return self._by_ids(ids)

    def search_names(self, text: str, limit: int = 50) -> list[StoredCrossing]:
        """Accent- and case-insensitive name search, newest first.

        Every word must be a word of the name, in any order, the last one possibly
        unfinished: "nguyen van an", "NGUYEN VAN AN", "Nguyễn An" and "nguyen van a"
        all find "Nguyễn Văn An". When that finds nothing, every word is taken as the
        start of a word ("nguy v a").

        Rows saved since the index last caught up are indexed first when this
        connection can write; whatever is still waiting (a read-only file, a busy
        database) is matched row by row by the same rules, in the same read
        transaction as the index, so the result does not depend on indexing.
        """
        searches = query_terms(text)
        if not searches:
            return []
        self.index_names()
        conn = self.db.conn
        own = not conn.in_transaction
        if own:
            conn.execute("BEGIN")  # one snapshot: the mark, the index, the rows above
        try:
            waiting = conn.execute(
                "SELECT id, crossing_id, name_key FROM crossing_persons"
                " WHERE id > (SELECT indexed_to FROM persons_fts_state)"
                " ORDER BY id DESC").fetchall()
            for terms in searches:
                ids = self._name_ids(terms, waiting, limit)
                if ids:
                    return self._by_ids(ids)
            return []
        finally:
            if own and conn.in_transaction:
                conn.execute("COMMIT")

    def index_names(self) -> int:
        """Index the names saved since the index last caught up (see
        :mod:`borderdesk.storage.name_index`), unless a transaction is open here or
        the database cannot take the write now (read-only, busy, full): searches
        find those rows all the same. Returns how many were indexed."""
        if self.db.conn.in_transaction:
            return 0
        try:
            return name_index.catch_up(self.db)
        except StorageError:
            return 0

    def _name_ids(self, terms: Terms, waiting: list[tuple[int, str, str]],
                  limit: int) -> list[str]:
        """Crossing ids whose persons match, newest person row first: the rows not
        indexed yet (all above the index's), then the index."""
        ids: list[str] = []
        seen: set[str] = set()

        def add(cid: str) -> bool:
            if cid not in seen:
                seen.add(cid)
                ids.append(cid)
            return len(ids) >= limit

        for _, cid, key in waiting:
            if key_matches(terms, key) and add(cid):
                return ids
        cursor = self.db.conn.execute(
            "SELECT p.crossing_id FROM persons_fts f JOIN crossing_persons p"
            " ON p.id = f.rowid WHERE persons_fts MATCH ? ORDER BY f.rowid DESC",
            (fts_query(terms),),
        )
        try:
            for (cid,) in cursor:
                if add(cid):
                    break
        finally:
            cursor.close()
        return ids

    def find(self, text: str, limit: int = 50) -> list[StoredCrossing]:
        """Document-number matches first, then name matches (what ``find`` prints)."""
        found = self.by_document(text, limit) if any(ch.isdigit() for ch in text) else []
        seen = {s.crossing.id for s in found}
        for s in self.search_names(text, limit):
            if s.crossing.id not in seen and len(found) < limit:
                found.append(s)
                seen.add(s.crossing.id)
        return found

    def _by_ids(self, ids: list[str]) -> list[StoredCrossing]:
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        found = {s.crossing.id: s for s in self._rows(f"{_SELECT} WHERE c.id IN ({marks})", ids)}
        return [found[i] for i in ids if i in found]

    def _rows(self, sql: str, params: Iterable[Any]) -> Iterator[StoredCrossing]:
        for payload, recorded_at, digest, state, superseded_by in self.db.conn.execute(
            sql, tuple(params)
        ):
            yield StoredCrossing(
                crossing=crossing_from_payload(json.loads(payload)),
                recorded_at=recorded_at, payload_sha256=digest,
                sync_state=state or "none", superseded_by=superseded_by,
            )
