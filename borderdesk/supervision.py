"""What a supervisor looks at: a day's overview, the messages the portal refused, the
audit log and its hash chain. Headless (no Qt), shared by the supervision window and
any script.

Every method takes the acting officer's id as ``actor`` and checks it first through
:class:`borderdesk.services.PermissionGate` (a refusal is audited and raises
:class:`~borderdesk.services.PermissionDenied`): ``review`` for the day's overview
and the review list, ``view_audit`` for the audit log and its verification. A hidden
button is not a permission.

The audit log can hold millions of entries, so it is read by sequence-number ranges:
:meth:`SupervisorService.audit_page` examines at most ``scan`` sequence numbers below
a cursor and returns the matches with the cursor to continue from, and
:meth:`SupervisorService.verify_audit` walks the chain in steps (a generator of
progress, STYLE.md §4).
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlite_utils import Database

from borderdesk.config import Settings
from borderdesk.core.model import Decision
from borderdesk.core.permissions import Permission
from borderdesk.services import FLAGGED, PermissionGate
from borderdesk.storage import audit
from borderdesk.storage.crossings import CrossingStore, StoredCrossing
from borderdesk.storage.officers import OfficerStore

log = logging.getLogger(__name__)
Clock = Callable[[], datetime]

# ReviewItem.status
OPEN = "open"  # nobody has acted on it yet
CORRECTED = "corrected"  # a newer version of the crossing replaces the refused one
CANCELLED = "cancelled"  # the crossing was cancelled at this terminal

AUDIT_PAGE = 200  # entries per page of the audit viewer
AUDIT_SCAN = 50_000  # sequence numbers one page examines at most
RECENT_ACTIONS = 100_000  # entries looked at for the action filter's choices
REVIEW_LIMIT = 1_000


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _stamp(moment: datetime) -> str:
    """As :func:`borderdesk.storage.audit.append` writes ``at`` (comparable text)."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


# -- the day's overview -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FlaggedCase:
    """A crossing of the day referred to secondary control or hit on the watch list.

    Attributes:
        stored: the crossing as stored.
        watchlist: saved with a watch-list hit (a ``crossing.flagged`` audit entry).
        categories: the watch-list categories of the hit.
        referred: the crossing, or one of its persons, was referred to secondary
            control.
        cancelled: the crossing was cancelled afterwards.
    """

    stored: StoredCrossing
    watchlist: bool
    categories: tuple[str, ...]
    referred: bool
    cancelled: bool = False


@dataclass(frozen=True, slots=True)
class DayOverview:
    """The counts of one gate day (crossings in force: neither amended nor
    cancelled), with the referred and flagged cases.

    Attributes:
        crossings / persons: crossings in force and the persons in them.
        by_direction, by_decision, by_sync_state, by_mode, by_officer: crossings in
            force per value (``exit``/``entry``, ``cleared``..., the newest outbox
            message's state, ``foot``/``car``..., officer id).
        cancelled: crossings cancelled at this terminal that day.
        corrected: versions replaced by an amendment (the amendment is counted).
        officer_names: officer id -> name, for the ids in ``by_officer``.
        flagged: referred or watch-list cases, oldest first (amended versions left
            out: their amendment stands for them).
    """

    day: date
    gate: str
    crossings: int = 0
    persons: int = 0
    by_direction: Mapping[str, int] = field(default_factory=dict)
    by_decision: Mapping[str, int] = field(default_factory=dict)
    by_sync_state: Mapping[str, int] = field(default_factory=dict)
    by_mode: Mapping[str, int] = field(default_factory=dict)
    by_officer: Mapping[str, int] = field(default_factory=dict)
    cancelled: int = 0
    corrected: int = 0
    officer_names: Mapping[str, str] = field(default_factory=dict)
    flagged: tuple[FlaggedCase, ...] = ()


_DAY_ROWS = """
SELECT c.id, c.direction, c.decision, c.mode, c.officer,
  (SELECT o.state FROM outbox o WHERE o.crossing_id = c.id ORDER BY o.seq DESC LIMIT 1),
  (SELECT count(*) FROM crossing_persons p WHERE p.crossing_id = c.id),
  EXISTS (SELECT 1 FROM crossings s WHERE s.supersedes = c.id),
  EXISTS (SELECT 1 FROM crossings_cancelled x WHERE x.crossing_id = c.id),
  EXISTS (SELECT 1 FROM crossing_persons p WHERE p.crossing_id = c.id
          AND p.decision = 'secondary')
FROM crossings c WHERE c.local_date = ? AND c.gate = ?
"""


# -- the review of refused messages ---------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """An outbox message the portal rejected or answered as a conflict.

    Attributes:
        message_id, function (``declare``/``amend``/``cancel``), state
            (``rejected``/``conflict``), code and reason (the portal's, as sent),
            answered_at (UTC text).
        stored: the crossing the message carries (for a cancellation: the crossing
            cancelled); None if it is missing.
        status: :data:`OPEN`, :data:`CORRECTED` (superseded by a newer version) or
            :data:`CANCELLED`.
        latest: the newest version of the crossing when it was corrected (the head
            of its amendment chain), with its sync state.
    """

    message_id: str
    function: str
    state: str
    code: str | None
    reason: str | None
    answered_at: str | None
    stored: StoredCrossing | None
    status: str = OPEN
    latest: StoredCrossing | None = None

    @property
    def crossing_id(self) -> str | None:
        return None if self.stored is None else self.stored.crossing.id

    @property
    def can_amend(self) -> bool:
        """A declaration or amendment not acted on yet, whose crossing is here."""
        return (self.status == OPEN and self.function != "cancel"
                and self.stored is not None and self.stored.superseded_by is None)


# -- the audit log ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AuditFilter:
    """What the audit viewer narrows the log to; empty values mean "any".

    ``start``/``end``: gate calendar days, inclusive. ``actor``: an officer id (or
    ``sync``…), any case. ``action``: exact. ``text``: found in the entity id or the
    details, any case.
    """

    start: date | None = None
    end: date | None = None
    actor: str = ""
    action: str = ""
    text: str = ""

    def is_empty(self) -> bool:
        return not (self.start or self.end or self.actor.strip() or self.action
                    or self.text.strip())


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One audit entry as stored (``details`` is its canonical JSON text)."""

    seq: int
    at: datetime  # UTC, aware
    actor: str
    terminal: str
    action: str
    entity: str
    entity_id: str | None
    details: str
    prev_hash: str
    hash: str

    def details_dict(self) -> dict[str, Any]:
        try:
            value = json.loads(self.details)
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}


@dataclass(frozen=True, slots=True)
class AuditPage:
    """Entries newest first. ``next_before``: pass it as ``before`` to read on
    (None: the start of the log was reached). ``examined``: sequence numbers looked
    at for this page."""

    entries: tuple[AuditEntry, ...]
    next_before: int | None
    examined: int = 0


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class SupervisorService:
    """Read-only views for supervisors at one terminal (see the module docstring)."""

    def __init__(self, db: Database, settings: Settings, clock: Clock = _utc_now
                 ) -> None:
        self.db = db
        self.settings = settings
        self.clock = clock
        self.store = CrossingStore(db)
        self.officers = OfficerStore(db)
        self.permissions = PermissionGate(db, settings, clock)

    def today(self) -> date:
        return self.clock().astimezone(ZoneInfo(self.settings.timezone)).date()

    # -- the day's overview -----------------------------------------------------------

    def overview(self, day: date, *, actor: str | None,
                 gate: str | None = None) -> DayOverview:
        """The counts and the referred/flagged cases of ``day`` at ``gate`` (this
        terminal's gate by default). Needs ``review``."""
        self.permissions.require(actor, Permission.REVIEW, "supervision.overview",
                                 day=day.isoformat())
        gate = (gate or self.settings.gate).strip().upper()
        counts: dict[str, Counter[str]] = {
            k: Counter() for k in ("direction", "decision", "sync", "mode", "officer")}
        crossings = persons = cancelled = corrected = 0
        referred: set[str] = set()
        status: dict[str, tuple[bool, bool]] = {}  # id -> (superseded, cancelled)
        for (cid, direction, decision, mode, officer, state, people, superseded,
             was_cancelled, person_referred) in self.db.conn.execute(
                _DAY_ROWS, (day.isoformat(), gate)):
            status[cid] = (bool(superseded), bool(was_cancelled))
            if superseded:
                corrected += 1
                continue
            if decision == Decision.SECONDARY or person_referred:
                referred.add(cid)
            if was_cancelled:
                cancelled += 1
                continue
            crossings += 1
            persons += people
            counts["direction"][direction] += 1
            counts["decision"][decision] += 1
            counts["sync"][state or "none"] += 1
            counts["mode"][mode] += 1
            counts["officer"][officer] += 1
        hits = self._watchlist_hits(day, gate)
        flagged = []
        for cid in sorted(referred | set(hits)):
            superseded, was_cancelled = status.get(cid, (False, False))
            stored = None if superseded else self.store.get(cid)
            if stored is None:
                continue
            flagged.append(FlaggedCase(stored, cid in hits, hits.get(cid, ()),
                                       cid in referred, was_cancelled))
        flagged.sort(key=lambda f: (f.stored.crossing.time_utc, f.stored.crossing.id))
        names = {}
        for oid in counts["officer"]:
            record = self.officers.get(oid)
            if record is not None:
                names[oid] = record.officer.name
        return DayOverview(
            day, gate, crossings, persons,
            dict(counts["direction"]), dict(counts["decision"]),
            dict(counts["sync"]), dict(counts["mode"]),
            dict(counts["officer"].most_common()), cancelled, corrected, names,
            tuple(flagged))

    def _watchlist_hits(self, day: date, gate: str) -> dict[str, tuple[str, ...]]:
        """Crossing id -> watch-list categories, for the day's flagged crossings."""
        rows = self.db.conn.execute(
            "SELECT a.entity_id, a.details FROM audit a JOIN crossings c"
            " ON c.id = a.entity_id WHERE a.entity = 'crossing' AND a.action = ?"
            " AND c.local_date = ? AND c.gate = ?",
            (FLAGGED, day.isoformat(), gate))
        hits: dict[str, tuple[str, ...]] = {}
        for cid, details in rows:
            try:
                categories = json.loads(details).get("categories") or []
            except (ValueError, AttributeError):
                categories = []
            hits[cid] = tuple(str(c) for c in categories)
        return hits

    # -- messages the portal refused ---------------------------------------------------

    def review(self, *, actor: str | None, include_resolved: bool = True,
               limit: int = REVIEW_LIMIT) -> list[ReviewItem]:
        """The outbox messages in state ``rejected`` or ``conflict`` (any day), newest
        first; ``include_resolved=False`` leaves out those corrected or cancelled
        since. Needs ``review``."""
        self.permissions.require(actor, Permission.REVIEW, "supervision.review")
        rows = self.db.conn.execute(
            "SELECT message_id, crossing_id, function, state, result_code,"
            " result_reason, acked_at FROM outbox"
            " WHERE state IN ('rejected', 'conflict') ORDER BY seq DESC LIMIT ?",
            (limit,)).fetchall()
        items = []
        for mid, cid, function, state, code, reason, acked in rows:
            item = self._review_item(mid, cid, function, state, code, reason, acked)
            if include_resolved or item.status == OPEN:
                items.append(item)
        return items

    def review_item(self, message_id: str, *, actor: str | None) -> ReviewItem | None:
        """One message of :meth:`review` (None if it is not rejected or in
        conflict). Needs ``review``."""
        self.permissions.require(actor, Permission.REVIEW, "supervision.review",
                                 message_id=message_id)
        row = self.db.conn.execute(
            "SELECT message_id, crossing_id, function, state, result_code,"
            " result_reason, acked_at FROM outbox WHERE message_id = ?"
            " AND state IN ('rejected', 'conflict')", (message_id,)).fetchone()
        return None if row is None else self._review_item(*row)

    def _review_item(self, mid: str, cid: str, function: str, state: str,
                     code: str | None, reason: str | None, acked: str | None
                     ) -> ReviewItem:
        stored = self.store.get(cid)
        status, latest = OPEN, None
        if stored is not None and function != "cancel":
            if stored.superseded_by is not None:
                status, latest = CORRECTED, self._head(stored)
            elif self.db.conn.execute(
                    "SELECT 1 FROM crossings_cancelled WHERE crossing_id = ?",
                    (cid,)).fetchone():
                status = CANCELLED
        return ReviewItem(mid, function, state, code, reason, acked, stored, status,
                          latest)

    def _head(self, stored: StoredCrossing) -> StoredCrossing:
        """The newest version of an amendment chain."""
        seen = {stored.crossing.id}
        while stored.superseded_by is not None and stored.superseded_by not in seen:
            newer = self.store.get(stored.superseded_by)
            if newer is None:
                break
            seen.add(newer.crossing.id)
            stored = newer
        return stored

    # -- the audit log ----------------------------------------------------------------

    def audit_page(self, filters: AuditFilter, *, actor: str | None,
                   before: int | None = None, limit: int = AUDIT_PAGE,
                   scan: int = AUDIT_SCAN) -> AuditPage:
        """Up to ``limit`` entries matching ``filters`` with a sequence number below
        ``before`` (None: from the newest), newest first, examining at most ``scan``
        sequence numbers. Needs ``view_audit``.

        The log is read by ``seq`` ranges (its primary key), never as a whole: a
        selective filter over millions of entries returns fewer entries, possibly
        none, with the cursor to continue from.
        """
        self.permissions.require(actor, Permission.VIEW_AUDIT, "audit.list")
        conn = self.db.conn
        if before is None:
            top = conn.execute("SELECT max(seq) FROM audit").fetchone()[0]
            if top is None:
                return AuditPage((), None)
            before = top + 1
        where, params = self._audit_where(filters)
        lowest = conn.execute("SELECT min(seq) FROM audit").fetchone()[0] or 1
        found: list[AuditEntry] = []
        examined = 0
        upper = before
        window = max(1, min(scan, max(limit * 50, 5_000)))
        while upper > lowest and len(found) < limit and examined < scan:
            lower = max(lowest, upper - min(window, scan - examined))
            rows = conn.execute(
                "SELECT seq, at, actor, terminal, action, entity, entity_id, details,"
                " prev_hash, hash FROM audit WHERE seq >= ? AND seq < ?"
                f"{where} ORDER BY seq DESC LIMIT ?",
                (lower, upper, *params, limit - len(found))).fetchall()
            found += [self._entry(r) for r in rows]
            if len(found) >= limit:
                upper = found[-1].seq
                break
            examined += upper - lower
            upper = lower
        next_before = upper if upper > lowest else None
        return AuditPage(tuple(found), next_before, examined)

    def _audit_where(self, f: AuditFilter) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        zone = ZoneInfo(self.settings.timezone)
        if f.start is not None:
            clauses.append("at >= ?")
            params.append(_stamp(datetime.combine(f.start, time(), zone)))
        if f.end is not None:
            clauses.append("at < ?")
            params.append(_stamp(datetime.combine(f.end + timedelta(days=1), time(),
                                                  zone)))
        if f.actor.strip():
            clauses.append("actor = ? COLLATE NOCASE")
            params.append(f.actor.strip())
        if f.action:
            clauses.append("action = ?")
            params.append(f.action)
        if f.text.strip():
            clauses.append("(entity_id LIKE ? ESCAPE '\\'"
                           " OR details LIKE ? ESCAPE '\\')")
            params += [_like(f.text.strip())] * 2
        return "".join(f" AND {c}" for c in clauses), params

    @staticmethod
    def _entry(row: tuple[Any, ...]) -> AuditEntry:
        seq, at, actor, terminal, action, entity, eid, details, prev, digest = row
        try:
            moment = datetime.fromisoformat(at)
        except ValueError:
            moment = datetime.min.replace(tzinfo=UTC)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return AuditEntry(seq, moment, actor, terminal, action, entity, eid, details,
                          prev, digest)

    def audit_actions(self, *, actor: str | None,
                      recent: int = RECENT_ACTIONS) -> list[str]:
        """The distinct actions among the newest ``recent`` entries, sorted (the
        action filter's choices; exact for a log of up to ``recent`` entries, bounded
        work for a larger one). Needs ``view_audit``."""
        self.permissions.require(actor, Permission.VIEW_AUDIT, "audit.list")
        top = self.db.conn.execute("SELECT max(seq) FROM audit").fetchone()[0] or 0
        rows = self.db.conn.execute(
            "SELECT DISTINCT action FROM audit WHERE seq > ? ORDER BY action",
            (top - recent,))
        return [r[0] for r in rows]

    def audit_size(self, *, actor: str | None) -> int:
        """The newest sequence number (the number of entries of an intact log).
        Needs ``view_audit``."""
        self.permissions.require(actor, Permission.VIEW_AUDIT, "audit.list")
        return int(self.db.conn.execute("SELECT max(seq) FROM audit").fetchone()[0]
                   or 0)

    def verify_audit(self, *, actor: str | None, chunk: int = 2_000
                     ) -> Iterator[audit.ChainProgress]:
        """Walk the hash chain in steps of ``chunk`` entries (see
        :func:`borderdesk.storage.audit.verify_steps`); the last step carries the
        report. Needs ``view_audit``, checked at once (before the first step)."""
        self.permissions.require(actor, Permission.VIEW_AUDIT, "audit.verify")
        return audit.verify_steps(self.db, chunk)
