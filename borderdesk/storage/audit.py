"""The append-only, hash-chained audit log.

Each entry stores the SHA-256 of its own content and of the entry before it, so an
edited entry no longer matches its hash and a deleted one breaks the link of the next.
A deleted tail is caught by comparing the last sequence number with the one SQLite's
AUTOINCREMENT remembers in ``sqlite_sequence``. The chain head is what the sync sends
to the portal, which anchors it outside this machine.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlite_utils import Database

from borderdesk.core.jsontext import canonical_bytes, canonical_json

GENESIS = "0" * 64


def entry_hash(
    seq: int, at: str, actor: str, terminal: str, action: str, entity: str,
    entity_id: str | None, details: str, prev_hash: str,
) -> str:
    """SHA-256 over the canonical JSON array of an entry's fields (strings, integers
    and null: the same bytes as ``json.dumps(..., ensure_ascii=False,
    separators=(",", ":"))``, see :mod:`borderdesk.core.jsontext`)."""
    body = canonical_bytes(
        [seq, at, actor, terminal, action, entity, entity_id, details, prev_hash])
    return hashlib.sha256(body).hexdigest()


def append(
    db: Database, *, actor: str, terminal: str, action: str, entity: str,
    entity_id: str | None = None, details: Mapping[str, Any] | None = None,
    at: datetime | None = None,
) -> int:
    """Append one entry. Must run inside the caller's write transaction.

    Returns:
        The new entry's sequence number.
    """
    conn = db.conn
    if not conn.in_transaction:
        raise RuntimeError("audit.append must run inside a write transaction")
    # max() over the rowid is one step; the bare ``hash`` is that row's (SQLite's rule
    # for min/max aggregates); NULLs when the log is empty
    remembered, last, prev = conn.execute(
        "SELECT (SELECT seq FROM sqlite_sequence WHERE name = 'audit'), max(seq), hash"
        " FROM audit").fetchone()
    seq = max(last or 0, remembered or 0) + 1
    prev = prev or GENESIS
    stamp = (at or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="microseconds")
    text = canonical_json(dict(details or {}))
    digest = entry_hash(seq, stamp, actor, terminal, action, entity, entity_id, text, prev)
    conn.execute(
        "INSERT INTO audit (seq, at, actor, terminal, action, entity, entity_id, details,"
        " prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (seq, stamp, actor, terminal, action, entity, entity_id, text, prev, digest),
    )
    return seq


@dataclass(frozen=True, slots=True)
class ChainReport:
    """Outcome of :func:`verify`. ``first_bad`` is None when the chain is intact."""

    entries: int
    head: str
    first_bad: int | None = None
    problem: str | None = None  # "edited", "broken_link", "missing_entries", "tail_deleted"

    @property
    def ok(self) -> bool:
        return self.first_bad is None


@dataclass(frozen=True, slots=True)
class ChainProgress:
    """One step of :func:`verify_steps`: ``checked`` entries so far out of about
    ``total`` (the last sequence number when the walk began; entries appended
    meanwhile are checked too). ``report`` is set on the last step only."""

    checked: int
    total: int
    report: ChainReport | None = None


def verify(db: Database) -> ChainReport:
    """Walk the whole chain and report the first entry that does not verify."""
    report = None
    for step in verify_steps(db, chunk=50_000):
        report = step.report
    assert report is not None  # the last step always carries it
    return report


def verify_steps(db: Database, chunk: int = 2_000) -> Iterator[ChainProgress]:
    """:func:`verify` in steps of ``chunk`` entries, for a progress bar: yields a
    :class:`ChainProgress` after each step; the last one carries the report.

    Each step is one query by sequence range (``seq > last``), so a caller can stop
    between steps, and a window can run one step per timer tick without freezing.
    """
    conn = db.conn
    top = conn.execute("SELECT max(seq) FROM audit").fetchone()[0] or 0
    prev, expected_seq, count = GENESIS, 1, 0
    last = -(2**63)  # whatever is stored, even a forged seq 0, is read in order
    while True:
        rows = conn.execute(
            "SELECT seq, at, actor, terminal, action, entity, entity_id, details,"
            " prev_hash, hash FROM audit WHERE seq > ? ORDER BY seq LIMIT ?",
            (last, chunk),
        ).fetchall()
        for seq, at, actor, terminal, action, entity, eid, details, prev_hash, digest \
                in rows:
            count += 1
            total = max(top, seq)
            if seq != expected_seq:
                yield ChainProgress(count, total,
                                    ChainReport(count, prev, expected_seq,
                                                "missing_entries"))
                return
            if prev_hash != prev:
                yield ChainProgress(count, total,
                                    ChainReport(count, prev, seq, "broken_link"))
                return
            if entry_hash(seq, at, actor, terminal, action, entity, eid, details,
                          prev_hash) != digest:
                yield ChainProgress(count, total,
                                    ChainReport(count, prev, seq, "edited"))
                return
            prev, expected_seq, last = digest, seq + 1, seq
        if len(rows) < chunk:
            break
        yield ChainProgress(count, max(top, count))
    row = conn.execute(
        "SELECT seq FROM sqlite_sequence WHERE name = 'audit'").fetchone()
    total = max(top, count)
    if row and row[0] >= expected_seq:
        yield ChainProgress(count, total,
                            ChainReport(count, prev, expected_seq, "tail_deleted"))
        return
    yield ChainProgress(count, total, ChainReport(count, prev))
