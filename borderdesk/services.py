"""The operations a guard or a script performs, shared by the GUI and the command line.

Every entry point (window, CLI, later the sync worker) goes through here, so rules such
as validation-before-save, warning acknowledgement and permissions are enforced in one
place rather than in a widget.

Permissions: every protected method takes the acting officer as ``actor``, the
officer's id. It is resolved through the officer store on every call (so a role change
or a disabled account takes effect at once, even for a window signed in before) and
checked against :mod:`borderdesk.core.permissions` BEFORE anything else happens. A
refusal appends one ``permission.denied`` audit entry in its own transaction and raises
:class:`PermissionDenied`. Proving who the actor is (the PIN) is the caller's part:
the window and the command line sign the officer in through :class:`AuthService`.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlite_utils import Database

from borderdesk import keys
from borderdesk.config import Settings
from borderdesk.core import pin as pins
from borderdesk.core import signed
from borderdesk.core.codec import (
    CrossingFormatError,
    crossing_from_dict,
    predeclaration_from_dict,
)
from borderdesk.core.model import (
    Crossing,
    Direction,
    Identity,
    Officer,
    OfficerRole,
    PreDeclaration,
    PreDeclarationStatus,
    normalize_officer_id,
)
from borderdesk.core.permissions import (
    Change,
    Permission,
    allowed,
    change_permission,
    record_permission,
)
from borderdesk.core.screening import (
    WATCHLIST_HIT,
    PastCrossing,
    history_findings,
    watchlist_findings,
)
from borderdesk.core.text import nfc
from borderdesk.core.validation import MAX_NAME, Finding, Severity, blocking, validate
from borderdesk.storage import audit, maintenance
from borderdesk.storage.crossings import (
    AuditNote,
    CrossingStore,
    RecordResult,
    StoredCrossing,
)
from borderdesk.storage.db import write_transaction
from borderdesk.storage.errors import StorageError
from borderdesk.storage.keys import KeyStore
from borderdesk.storage.officers import OfficerExists, OfficerRecord, OfficerStore
from borderdesk.storage.predeclarations import PredeclarationStore
from borderdesk.storage.sync_state import SyncState
from borderdesk.storage.watchlist import WatchlistStore
from sync.ports import ENROLMENT
from sync.watchlist_key import document_key

log = logging.getLogger(__name__)
Clock = Callable[[], datetime]

FLAGGED = "crossing.flagged"  # audit action: saved with a watch-list hit
PREDECLARATION_CANDIDATES = 200  # name matches ranked by find_predeclarations


class CrossingRefused(Exception):
    """The crossing was not saved; ``findings`` are the reasons (errors and
    unacknowledged warnings), ``all_findings`` everything validation reported."""

    def __init__(self, findings: list[Finding], all_findings: list[Finding]) -> None:
        super().__init__(", ".join(f.code for f in findings))
        self.findings = findings
        self.all_findings = all_findings


@dataclass(frozen=True, slots=True)
class VerifiedReceipt:
    """A receipt whose signature verified, and the crossing if this terminal has it."""

    receipt: signed.Receipt
    stored: StoredCrossing | None


@dataclass(frozen=True, slots=True)
class RecordOutcome:
    result: RecordResult
    warnings: list[Finding]  # acknowledged warnings saved with the crossing


def _utc_now() -> datetime:
    return datetime.now(UTC)


# -- permissions ----------------------------------------------------------------

DENIED = "permission.denied"  # audit action of every refusal
NO_OFFICER = "anonymous"  # the audit actor of a refusal that named no officer
# PermissionDenied.reason values
ROLE, UNKNOWN_OFFICER, OFFICER_DISABLED, OFFICER_MISSING = (
    "role", "unknown_officer", "disabled", "no_officer")


class PermissionDenied(Exception):
    """The acting officer may not do this; nothing was done, and the refusal is in
    the audit log (``permission.denied``).

    Attributes:
        code: always ``not_permitted`` (the CLI's JSON ``error``).
        permission: the :class:`~borderdesk.core.permissions.Permission` missing.
        officer: the acting officer's id as given ("" when none was).
        operation: what was attempted (``record``, ``officer.disable``, ``list``…).
        reason: ``role`` (the role lacks it), ``unknown_officer``, ``disabled`` or
            ``no_officer``.
    """

    code = "not_permitted"

    def __init__(self, permission: Permission, officer: str, operation: str,
                 reason: str = ROLE) -> None:
        who = officer or "no officer"
        super().__init__(f"{who} may not {operation} ({reason}: needs {permission})")
        self.permission = permission
        self.officer = officer
        self.operation = operation
        self.reason = reason


class PermissionGate:
    """Resolves the acting officer and checks a permission, auditing each refusal.

    Shared by :class:`CounterService` and :class:`AuthService` (and through
    :meth:`CounterService.authorize` by commands that have no service method of their
    own: enrolment, sync, demo data).
    """

    def __init__(self, db: Database, settings: Settings, clock: Clock) -> None:
        self.db = db
        self.settings = settings
        self.clock = clock
        self.officers = OfficerStore(db)

    def require(self, actor: str | None, permission: Permission | Sequence[Permission],
                operation: str, **details: Any) -> Officer:
        """The acting officer, if enabled and holding every permission asked for.

        Raises:
            PermissionDenied: after appending the ``permission.denied`` entry
                (``details`` go into it: the target's id, never a secret).
        """
        wanted = ([permission] if isinstance(permission, Permission)
                  else list(permission))
        oid = normalize_officer_id(actor or "")
        officer = self.officers.officer(oid) if oid else None
        role = None if officer is None else officer.role
        if not oid:
            reason, missing = OFFICER_MISSING, wanted[0]
        elif officer is None:
            reason, missing = UNKNOWN_OFFICER, wanted[0]
        elif officer.disabled:
            reason, missing = OFFICER_DISABLED, wanted[0]
        else:
            lacking = [p for p in wanted if not allowed(officer.role, p)]
            if not lacking:
                return officer
            reason, missing = ROLE, lacking[0]
        self._refused(oid, role, missing, operation, reason, details)
        raise PermissionDenied(missing, oid, operation, reason)

    def refused(self, actor: str | None, permission: Permission, operation: str,
                reason: str, **details: Any) -> None:
        """Audit a refusal decided before :meth:`require` could run (the command line's
        sign-in was refused: ``reason`` is the sign-in's code)."""
        self._refused(normalize_officer_id(actor or ""), None, permission, operation,
                      reason, details)

    def _refused(self, oid: str, role: OfficerRole | None, permission: Permission,
                 operation: str, reason: str, details: Mapping[str, Any]) -> None:
        entry = {**details, "operation": operation, "permission": str(permission),
                 "reason": reason, "role": None if role is None else str(role)}
        try:
            with write_transaction(self.db):
                audit.append(self.db, actor=(oid or NO_OFFICER)[:64],
                             terminal=self.settings.terminal, action=DENIED,
                             entity="permission", entity_id=str(permission),
                             details=entry, at=self.clock())
        except StorageError as exc:  # refused all the same
            log.error("could not audit a refused %s by %s: %s", operation,
                      oid or NO_OFFICER, exc)
        log.info("%s by %s refused: %s (%s)", operation, oid or NO_OFFICER, permission,
                 reason)


_UNREAD = object()  # no enrolment key read yet (None is a key missing from one)


def _decode_key(text: object) -> bytes | None:
    """The enrolment's watch-list key (base64url), or None (logged) when unusable."""
    try:
        key = signed.b64decode(str(text)) if text is not None else None
    except (TypeError, ValueError):
        key = None
    if key is None:
        log.warning("the enrolment holds no usable watch-list key")
        return None
    if len(key) < 16:
        log.warning("the enrolment's watch-list key is too short")
        return None
    return key


class CounterService:
    """Recording and looking up crossings at one terminal."""

    def __init__(self, db: Database, settings: Settings, clock: Clock = _utc_now) -> None:
        self.db = db
        self.settings = settings
        self.clock = clock
        self.store = CrossingStore(db)
        self.keys = KeyStore(db)
        self.predeclarations = PredeclarationStore(db)
        self.watchlist = WatchlistStore(db)
        self.permissions = PermissionGate(db, settings, clock)
        self._terminal_key: keys.TerminalKey | None = None
        self._watchlist_text: object = _UNREAD  # the enrolment's key, as last read ...
        self._watchlist_bytes: bytes | None = None  # ... and decoded

    def authorize(self, actor: str | None, permission: Permission, operation: str,
                  **details: Any) -> Officer:
        """Check that ``actor`` may do ``operation`` (for operations without a method
        here: enrolment, sync, demo data, exports). Returns the officer.

        Raises:
            PermissionDenied: refused (and audited).
        """
        return self.permissions.require(actor, permission, operation, **details)

    def today(self) -> date:
        """The gate's calendar day now."""
        return self.clock().astimezone(ZoneInfo(self.settings.timezone)).date()

    def parse(self, data: Mapping[str, Any], officer: str | None = None) -> Crossing:
        """Read a crossing from its JSON shape, filling gate/terminal/officer/time from
        this terminal. Raises CrossingFormatError."""
        defaults: dict[str, Any] = {
            "gate": self.settings.gate,
            "terminal": self.settings.terminal,
            "timezone": self.settings.timezone,
        }
        if officer:
            defaults["officer"] = officer
        return crossing_from_dict(data, defaults=defaults, now=self.clock())

    def check(self, crossing: Crossing) -> list[Finding]:
        """The findings about the crossing alone (see :meth:`screen` for all)."""
        return validate(crossing, self.clock())

    def screen(self, crossing: Crossing) -> list[Finding]:
        """Everything that may stop the save: :meth:`check`, the watch list (when the
        terminal is enrolled) and each document's previous crossing in this store."""
        findings = self.check(crossing)
        findings += watchlist_findings(crossing, self._watchlist_hits(crossing))
        findings += history_findings(crossing, self._previous_crossings(crossing))
        return findings

    def record(self, crossing: Crossing, actor: str | None) -> RecordOutcome:
        """Screen and save, as ``actor`` (the acting officer's id). Raises
        PermissionDenied, CrossingRefused, or a StorageError subclass.

        Needs ``record`` (``record_for_others`` when the crossing names another
        officer); an amendment (``supersedes`` set) also ``amend_own`` for the
        actor's own crossing of today, ``amend_any`` otherwise.

        A crossing saved with a watch-list hit gets a ``crossing.flagged`` audit entry
        in the same transaction (see :meth:`flagged`).
        """
        wanted = [record_permission(actor, crossing.officer) if actor
                  else Permission.RECORD]
        details: dict[str, Any] = {"crossing_id": crossing.id}
        if crossing.supersedes:
            wanted.append(self._change_permission(Change.AMEND, actor,
                                                  crossing.supersedes))
            details["supersedes"] = crossing.supersedes
        officer = self.permissions.require(
            actor, wanted, "amend" if crossing.supersedes else "record", **details)
        findings = self.screen(crossing)
        stop = blocking(findings, crossing.acknowledged)
        if stop:
            log.info("crossing %s refused: %s", crossing.id, ", ".join(f.code for f in stop))
            raise CrossingRefused(stop, findings)
        hits = [f for f in findings if f.code == WATCHLIST_HIT]
        notes = [AuditNote(FLAGGED, {
            "code": WATCHLIST_HIT, "fields": [f.field for f in hits],
            "categories": sorted({c for f in hits for c in f.params["categories"]}),
            "decision": str(crossing.decision),
        })] if hits else []
        result = self.store.record(crossing, actor=officer.officer_id,
                                   now=self.clock(), extra_audit=notes)
        log.info("crossing %s %s (gate %s, audit #%s)", crossing.id,
                 "recorded" if result.created else "already stored", crossing.gate,
                 result.audit_seq)
        warnings = [f for f in findings if f.severity is Severity.WARNING]
        return RecordOutcome(result, warnings)

    def index_names(self) -> int:
        """Put the names saved since the last time into the search index, outside any
        save (see :mod:`borderdesk.storage.name_index`); a database that cannot take
        the write now is left for later, searches find those names all the same.
        Returns how many person rows were indexed."""
        return self.store.index_names()

    def day(self, day: date, gate: str | None = None, *, actor: str | None
            ) -> list[StoredCrossing]:
        """The crossings of a gate day (every gate unless ``gate``). Needs
        ``view_day``."""
        self.permissions.require(actor, Permission.VIEW_DAY, "list",
                                 day=day.isoformat())
        return self.store.by_day(day, gate)

    def find(self, text: str, limit: int = 50, *, actor: str | None
             ) -> list[StoredCrossing]:
        """Crossings by document number or name. Needs ``find`` (the search text is
        not audited: it is personal data)."""
        self.permissions.require(actor, Permission.FIND, "find")
        return self.store.find(text, limit)

    def flagged(self, day: date, gate: str | None = None, *, actor: str | None
                ) -> list[StoredCrossing]:
        """The day's crossings saved with a watch-list hit (every gate unless
        ``gate``), oldest first. Needs ``review``."""
        self.permissions.require(actor, Permission.REVIEW, "flagged",
                                 day=day.isoformat())
        return self.store.with_audit_action(FLAGGED, day, gate)

    def _change_permission(self, change: Change, actor: str | None,
                           crossing_id: str) -> Permission:
        """``*_own`` or ``*_any`` for changing that crossing (``*_own`` for an
        unknown one: the store reports it)."""
        stored = self.store.get(crossing_id) if actor else None
        if stored is None:
            return (Permission.AMEND_OWN if change is Change.AMEND
                    else Permission.CANCEL_OWN)
        c = stored.crossing
        return change_permission(change, actor or "", c.officer, c.local_date,
                                 self.today())

    # -- screening ------------------------------------------------------------------

    def _watchlist_key(self) -> bytes | None:
        """The gate's watch-list key from the enrolment; None when not enrolled.

        Read in every save (the sync may enrol again at any time, on its own
        connection); only the decoding is remembered, for the text last read.
        """
        row = SyncState(self.db).field(ENROLMENT, "watchlist_key")
        if row is None:
            return None
        text = row[0]
        if text != self._watchlist_text:
            self._watchlist_text, self._watchlist_bytes = text, _decode_key(text)
        return self._watchlist_bytes

    def watchlist_categories(self, identity: Identity) -> list[str]:
        """The watch-list categories of ``identity``'s document (empty: not listed,
        or no enrolment to check against). The counter shows the alert from this
        before the decision; :meth:`screen` enforces it at save."""
        return self._categories(self._watchlist_key(), identity)

    def _categories(self, key: bytes | None, identity: Identity) -> list[str]:
        if key is None or not identity.document_number:
            return []
        return self.watchlist.categories(
            document_key(key, identity.issuing_state, identity.document_number))

    def watchlist_ready(self) -> bool:
        """Whether documents can be checked against the watch list here (the
        terminal is enrolled with a usable key): when not, no check finds anything."""
        return self._watchlist_key() is not None

    def _watchlist_hits(self, crossing: Crossing) -> dict[int, list[str]]:
        hits = {}
        key = self._watchlist_key()  # once per crossing, not once per person
        for index, person in enumerate(crossing.persons):
            categories = self._categories(key, person.identity)
            if categories:
                hits[index] = categories
        return hits

    def _previous_crossings(self, crossing: Crossing) -> dict[int, PastCrossing]:
        found = {}
        for index, person in enumerate(crossing.persons):
            ident = person.identity
            if not ident.document_number:
                continue
            previous = self.store.previous_crossing(
                ident.document_number, ident.issuing_state, crossing.time_utc,
                exclude=(crossing.id, crossing.supersedes))
            if previous is not None:
                found[index] = previous
        return found

    # -- pre-declarations -------------------------------------------------------------

    def find_predeclarations(self, text: str, direction: Direction | None = None,
                             limit: int = 20) -> list[PreDeclaration]:
        """Pre-declarations for this gate by reference (exact), document number
        (exact, any case) or declared name (accent-insensitive); confirmed ones first,
        then the nearest expected date."""
        text = text.strip()
        if not text:
            return []
        gate = self.settings.gate
        wanted = None if direction is None else str(direction)
        rows: dict[str, dict[str, Any]] = {}
        for reference in dict.fromkeys((text, text.upper())):
            row = self.predeclarations.get(reference)
            if (row is not None and (row["gate"] or "").upper() == gate.upper()
                    and wanted in (None, row["direction"])):
                rows[row["reference"]] = row
        if any(ch.isdigit() for ch in text):
            for row in self.predeclarations.by_document(text, gate=gate,
                                                        direction=wanted):
                rows.setdefault(row["reference"], row)
        # ranked here, so more candidates than asked for are read
        candidates = max(limit, PREDECLARATION_CANDIDATES)
        for row in self.predeclarations.by_name(text, candidates, gate=gate,
                                                direction=wanted):
            rows.setdefault(row["reference"], row)
        found = [p for p in map(self._predeclaration, rows.values()) if p is not None]
        today = self.today()
        found.sort(key=lambda p: (p.status is not PreDeclarationStatus.CONFIRMED,
                                  abs((p.expected_date - today).days)))
        return found[:limit]

    def expected(self, day: date | None = None) -> list[PreDeclaration]:
        """The confirmed pre-declarations expected at this gate on ``day`` (today by
        default): the counter's queue."""
        rows = self.predeclarations.by_day(day or self.today(), self.settings.gate,
                                           status=str(PreDeclarationStatus.CONFIRMED))
        return [p for p in map(self._predeclaration, rows) if p is not None]

    def predeclaration_from_confirmation(self, text: str) -> PreDeclaration | None:
        """The pre-declaration a confirmation slip names, if this terminal has it.

        Raises:
            SignedCodeError: unreadable, unknown key, or a bad signature.
        """
        confirmation = self.verify_confirmation(text)
        row = self.predeclarations.get(confirmation.reference)
        return None if row is None else self._predeclaration(row)

    @staticmethod
    def _predeclaration(row: Mapping[str, Any]) -> PreDeclaration | None:
        try:
            return predeclaration_from_dict(row)
        except CrossingFormatError as exc:
            log.warning("pre-declaration %s cannot be read: %s", row.get("reference"),
                        exc)
            return None

    def log_event(self, action: str, actor: str, **details: Any) -> None:
        """Write a non-crossing event (sign-in, export, backup…) to the audit log."""
        with write_transaction(self.db):
            audit.append(self.db, actor=actor, terminal=self.settings.terminal,
                         action=action, entity="terminal", entity_id=self.settings.terminal,
                         details=details, at=self.clock())

    # -- the database and its audit log -------------------------------------------

    def backup(self, dest: Path, *, actor: str | None) -> Path:
        """A consistent online copy of the database at ``dest`` (a new file or a
        directory), audited as ``db.backup``. Needs ``db_backup``.

        Raises:
            PermissionDenied: refused (and audited).
            StorageError: the copy could not be made (nothing is left at ``dest``).
        """
        officer = self.permissions.require(actor, Permission.DB_BACKUP, "db.backup")
        copy = maintenance.backup(self.db, dest)
        self.log_event("db.backup", actor=officer.officer_id, file=copy.name)
        return copy

    def check_database(self, *, actor: str | None) -> maintenance.CheckReport:
        """SQLite's integrity check, the audit chain and every payload's hash. Needs
        ``view_audit``."""
        self.permissions.require(actor, Permission.VIEW_AUDIT, "db.check")
        return maintenance.check(self.db)

    def audit_entries(self, *, actor: str | None, since: int = 0,
                      action: str | None = None, officer: str | None = None,
                      limit: int = 100) -> list[dict[str, Any]]:
        """Audit entries after sequence number ``since``, oldest first, optionally of
        one ``action`` (``permission.denied``…) or one acting ``officer``. Needs
        ``view_audit``."""
        self.permissions.require(actor, Permission.VIEW_AUDIT, "audit.list")
        sql = ("SELECT seq, at, actor, terminal, action, entity, entity_id, details"
               " FROM audit WHERE seq > ?")
        params: list[Any] = [since]
        if action:
            sql += " AND action = ?"
            params.append(action)
        if officer:
            sql += " AND actor = ?"
            params.append(normalize_officer_id(officer))
        sql += " ORDER BY seq LIMIT ?"
        params.append(limit)
        cur = self.db.conn.execute(sql, params)
        names = [d[0] for d in cur.description]
        rows = [dict(zip(names, row, strict=True)) for row in cur]
        for row in rows:
            row["details"] = json.loads(row["details"] or "{}")
        return rows

    # -- receipts ----------------------------------------------------------------

    def terminal_key(self) -> keys.TerminalKey:
        """This terminal's signing key, created (and trusted locally) on first use."""
        if self._terminal_key is None:
            key = keys.load_or_create(self.settings.data_dir / "keys")
            self.keys.trust(key.public, kind="terminal", gate=self.settings.gate,
                            terminal=self.settings.terminal)
            self._terminal_key = key
        return self._terminal_key

    def receipt(self, crossing_id: str, *, actor: str | None) -> str:
        """The signed receipt QR text of a stored crossing (its principal's document).
        Needs ``receipt``."""
        self.permissions.require(actor, Permission.RECEIPT, "receipt",
                                 crossing_id=crossing_id)
        stored = self.store.get(crossing_id)
        if stored is None:
            raise KeyError(crossing_id)
        c = stored.crossing
        person = c.principal
        if person is None:
            raise ValueError("a crossing without persons has no receipt")
        ident = person.identity
        return signed.make_receipt(
            crossing_id=c.id, gate=c.gate, terminal=c.terminal, direction=str(c.direction),
            time_utc=c.time_utc,
            fingerprint=signed.document_fingerprint(
                c.id, str(ident.document_type), ident.issuing_state, ident.document_number),
            key=self.terminal_key().private,
        )

    def verify_receipt(self, text: str) -> VerifiedReceipt:
        """Parse and verify a receipt against the trusted terminal keys.

        Raises:
            SignedCodeError: unreadable, unknown key, or a signature that does not match.
        """
        self.terminal_key()  # our own key is always trusted
        receipt = signed.parse_receipt(text)
        receipt.envelope.verify(self.keys.keyring("terminal"))
        return VerifiedReceipt(receipt, self.store.get(receipt.crossing_id))

    def verify_confirmation(self, text: str) -> signed.Confirmation:
        """Parse and verify a confirmation slip against the trusted portal keys."""
        confirmation = signed.parse_confirmation(text)
        confirmation.envelope.verify(self.keys.keyring("portal"))
        return confirmation

    # -- one recorded crossing: the counter's detail view, cancelling ---------------
    # (read-only look-ups for the window; the writes go through the store)

    def get(self, crossing_id: str) -> StoredCrossing | None:
        return self.store.get(crossing_id)

    def cancel(self, crossing_id: str, reason: str, actor: str | None) -> Any:
        """Cancel a stored crossing; its ``cancel`` (03) message is queued for the sync
        in the same transaction. Returns the stored
        :class:`~borderdesk.storage.outbox.Cancellation`.

        Needs ``cancel_own`` for the actor's own crossing of today, ``cancel_any``
        otherwise.

        Raises:
            PermissionDenied: refused (and audited).
            ValueError: empty reason.
            CancelConflict: unknown, already cancelled, or amended crossing.
            StorageError: nothing was written.
        """
        officer = self.permissions.require(
            actor, self._change_permission(Change.CANCEL, actor, crossing_id),
            "cancel", crossing_id=crossing_id)
        cancellation = self.store.cancel(crossing_id, reason,
                                         actor=officer.officer_id, now=self.clock())
        log.info("crossing %s cancelled", crossing_id)
        return cancellation

    def cancellation(self, crossing_id: str) -> Any:
        """The crossing's :class:`~borderdesk.storage.outbox.Cancellation`, or None."""
        from borderdesk.storage.outbox import cancellation

        return cancellation(self.db, crossing_id)

    def cancelled_on(self, day: date, gate: str | None = None) -> dict[str, str]:
        """Crossing id -> cancellation reason, for the crossings of one gate day."""
        sql = ("SELECT x.crossing_id, x.reason FROM crossings_cancelled x"
               " JOIN crossings c ON c.id = x.crossing_id WHERE c.local_date = ?")
        params: list[str] = [day.isoformat()]
        if gate is not None:
            sql += " AND c.gate = ?"
            params.append(gate.upper())
        return dict(self.db.conn.execute(sql, params).fetchall())

    def sync_messages(self, crossing_id: str) -> list[dict[str, Any]]:
        """The crossing's outbox messages, oldest first: ``function`` (declare, amend,
        cancel), ``state``, and the portal's ``result_code`` / ``result_reason``."""
        cur = self.db.conn.execute(
            "SELECT message_id, function, state, created_at, attempts, last_error,"
            " result_code, result_reason, acked_at FROM outbox WHERE crossing_id = ?"
            " ORDER BY seq", (crossing_id,))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur]


# -- officers and sign-in -------------------------------------------------------

MAX_FAILED_ATTEMPTS = 5  # consecutive wrong PINs that lock the account
LOCKOUT = timedelta(minutes=15)
LOCK_REASONS = ("idle", "manual")
UNKNOWN_OR_WRONG_PIN, DISABLED, LOCKED = "unknown_or_wrong_pin", "disabled", "locked"
_OFFICER_ID = re.compile(r"^[A-Z0-9][A-Z0-9._-]{1,31}$")


class SignInRefused(Exception):
    """Sign-in (or unlock) refused. ``code``: ``unknown_or_wrong_pin`` (the same for an
    unknown officer, so ids cannot be probed), ``disabled`` or ``locked`` (then
    ``locked_until`` says until when, UTC)."""

    def __init__(self, code: str, locked_until: datetime | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.locked_until = locked_until


class OfficerInvalid(ValueError):
    """A new officer (or a change to one) that is refused. ``code``:
    ``officer_id_invalid``, ``name_missing``, ``name_too_long``, ``role_invalid``,
    ``pin_too_short``, ``pin_too_long``, ``first_officer_not_admin`` (the first
    officer of a terminal is its administrator) or ``own_account`` (an administrator
    cannot disable or change the role of their own account, so one always remains)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class OfficerNotFound(LookupError):
    """No officer has this id (an administrator's operation named an unknown one)."""

    code = "officer_unknown"

    def __init__(self, officer_id: str) -> None:
        super().__init__(f"no officer {officer_id}")
        self.officer_id = officer_id


@dataclass(frozen=True, slots=True)
class Session:
    """A signed-in officer at this terminal."""

    officer: Officer
    terminal: str
    gate: str
    started_at: datetime


class AuthService:
    """Officers, sign-in with a PIN, screen lock and sign-out at one terminal, and the
    administrators' management of officers.

    Every attempt, lock, unlock and sign-out is appended to the audit log in the same
    transaction as the officer row's update (never the PIN or its hash). The scrypt
    check (~50 ms) runs before the write transaction, so it never holds the lock.

    Managing officers (create, disable, enable, reset a PIN, unlock, change a role)
    needs ``manage_officers`` and listing them ``view_officers``, checked first like
    every :class:`CounterService` operation (``actor``: the acting officer's id). The
    one exception is the first officer of an empty terminal: an administrator,
    registered by nobody.
    """

    def __init__(self, db: Database, settings: Settings,
                 clock: Clock = _utc_now) -> None:
        self.db = db
        self.settings = settings
        self.clock = clock
        self.store = OfficerStore(db)
        self.permissions = PermissionGate(db, settings, clock)
        self.last_refusal: SignInRefused | None = None  # of the last failed unlock()

    def has_officers(self) -> bool:
        return self.store.count() > 0

    def officers(self, *, actor: str | None) -> list[Officer]:
        """Every officer, by id. Needs ``view_officers``."""
        self.permissions.require(actor, Permission.VIEW_OFFICERS, "officer.list")
        return self.store.all()

    def create_officer(self, officer_id: str, name: str, role: OfficerRole | str,
                       pin: str, actor: str | None) -> Officer:
        """Register an officer with a PIN of at least six characters. Needs
        ``manage_officers``, except for the first officer of a terminal, who must be
        an admin and is registered without an actor (``actor`` is then only the audit
        entry's, the new officer's id when None).

        Raises:
            PermissionDenied: refused (and audited).
            OfficerInvalid: a malformed id, an empty name, unknown role, PIN too short,
                a first officer who is not an admin.
            OfficerExists: the id is taken.
        """
        oid = normalize_officer_id(officer_id)
        for _ in range(2):
            bootstrap = not self.has_officers()
            if not bootstrap:
                actor = self.permissions.require(
                    actor, Permission.MANAGE_OFFICERS, "officer.create",
                    officer_id=oid[:64]).officer_id
            officer, pin_hash = self._new_officer(oid, name, role, pin, bootstrap)
            now = self.clock()
            with write_transaction(self.db):
                if bootstrap and self.has_officers():
                    continue  # another first officer meanwhile: the actor needs a role
                self.store.add(officer, pin_hash, now=now)
                extra = {"bootstrap": True} if bootstrap else {}
                self._audit("officer.created", actor or oid, oid, now,
                            name=officer.name, role=str(officer.role), **extra)
            log.info("officer %s (%s) created by %s", oid, officer.role, actor or oid)
            return officer
        raise OfficerExists(f"Officer {oid} already exists")  # pragma: no cover

    def _new_officer(self, oid: str, name: str, role: OfficerRole | str, pin: str,
                     bootstrap: bool) -> tuple[Officer, str]:
        """The officer and the hash of the PIN, once every field is acceptable."""
        if not _OFFICER_ID.match(oid):
            raise OfficerInvalid("officer_id_invalid")
        name = nfc(name)
        if not name:
            raise OfficerInvalid("name_missing")
        if len(name) > MAX_NAME:
            raise OfficerInvalid("name_too_long")
        try:
            officer = Officer(oid, name, OfficerRole(role))
        except ValueError:
            raise OfficerInvalid("role_invalid") from None
        if bootstrap and officer.role is not OfficerRole.ADMIN:
            raise OfficerInvalid("first_officer_not_admin")
        if self.store.get(oid) is not None:  # before spending a hash on it
            raise OfficerExists(f"Officer {oid} already exists")
        try:
            return officer, pins.hash_pin(pin)
        except pins.PinPolicyError as exc:
            raise OfficerInvalid(exc.code) from None

    def sign_in(self, officer_id: str, pin: str, **context: str) -> Session:
        """Check the PIN and open a session. ``context`` goes into the audit entries
        (the command line adds ``via="cli"`` and the command).

        Raises:
            SignInRefused: wrong PIN or unknown officer, disabled, or locked out (five
                wrong PINs in a row lock the account for 15 minutes).
        """
        officer, now = self._authenticate(officer_id, pin, "officer.signed_in",
                                          "officer.sign_in_refused", context)
        return Session(officer, self.settings.terminal, self.settings.gate, now)

    # -- administrators' operations (manage_officers) --------------------------------

    def disable_officer(self, officer_id: str, actor: str | None) -> bool:
        """Disable an account: its officer can no longer sign in or act (an open
        window is refused at its next operation). False if it already was.

        Raises:
            PermissionDenied, OfficerNotFound, OfficerInvalid (``own_account``).
        """
        return self._set_disabled(officer_id, True, actor)

    def enable_officer(self, officer_id: str, actor: str | None) -> bool:
        """Re-enable a disabled account. False if it was not disabled."""
        return self._set_disabled(officer_id, False, actor)

    def reset_pin(self, officer_id: str, new_pin: str, actor: str | None) -> None:
        """Give an officer a new PIN (a forgotten one); the failed attempts and any
        lockout are cleared with it. The audit entry never holds the PIN or its hash.

        Raises:
            PermissionDenied, OfficerNotFound, OfficerInvalid (``pin_too_short``,
            ``pin_too_long``).
        """
        acting, record = self._admin("officer.reset_pin", officer_id, actor)
        try:
            pin_hash = pins.hash_pin(new_pin)
        except pins.PinPolicyError as exc:
            raise OfficerInvalid(exc.code) from None
        oid = record.officer.officer_id
        now = self.clock()
        with write_transaction(self.db):
            self.store.set_pin_hash(oid, pin_hash, now=now)
            self.store.set_attempts(oid, 0, None, now=now)
            self._audit("officer.pin_reset", acting.officer_id, oid, now,
                        was_locked=record.locked_at(now),
                        failed_attempts=record.failed_attempts)
        log.info("PIN of officer %s reset by %s", oid, acting.officer_id)

    def unlock_officer(self, officer_id: str, actor: str | None) -> bool:
        """Lift a lockout (and clear the failed attempts) before its 15 minutes are
        up. False if the account was neither locked nor had failed attempts."""
        acting, record = self._admin("officer.unlock", officer_id, actor)
        oid = record.officer.officer_id
        if not record.failed_attempts and record.locked_until is None:
            return False
        now = self.clock()
        with write_transaction(self.db):
            self.store.set_attempts(oid, 0, None, now=now)
            self._audit("officer.unlocked", acting.officer_id, oid, now,
                        was_locked=record.locked_at(now),
                        failed_attempts=record.failed_attempts)
        log.info("officer %s unlocked by %s", oid, acting.officer_id)
        return True

    def set_role(self, officer_id: str, role: OfficerRole | str,
                 actor: str | None) -> bool:
        """Change an officer's role (it applies to their next operation, even in a
        window already signed in). False if it already was that role.

        Raises:
            PermissionDenied, OfficerNotFound, OfficerInvalid (``role_invalid``,
            ``own_account``).
        """
        acting, record = self._admin("officer.set_role", officer_id, actor)
        try:
            new = OfficerRole(role)
        except ValueError:
            raise OfficerInvalid("role_invalid") from None
        oid = record.officer.officer_id
        if oid == acting.officer_id:
            raise OfficerInvalid("own_account")
        if record.officer.role is new:
            return False
        now = self.clock()
        with write_transaction(self.db):
            self.store.set_role(oid, new, now=now)
            self._audit("officer.role_changed", acting.officer_id, oid, now,
                        previous=str(record.officer.role), role=str(new))
        log.info("officer %s is now %s (by %s)", oid, new, acting.officer_id)
        return True

    def _set_disabled(self, officer_id: str, disabled: bool, actor: str | None
                      ) -> bool:
        operation = "officer.disable" if disabled else "officer.enable"
        acting, record = self._admin(operation, officer_id, actor)
        oid = record.officer.officer_id
        if oid == acting.officer_id:
            raise OfficerInvalid("own_account")
        if record.officer.disabled is disabled:
            return False
        now = self.clock()
        with write_transaction(self.db):
            self.store.set_disabled(oid, disabled, now=now)
            self._audit("officer.disabled" if disabled else "officer.enabled",
                        acting.officer_id, oid, now)
        log.info("officer %s %s by %s", oid, "disabled" if disabled else "enabled",
                 acting.officer_id)
        return True

    def _admin(self, operation: str, officer_id: str, actor: str | None
               ) -> tuple[Officer, OfficerRecord]:
        """The acting administrator (checked first) and the target's row."""
        target = normalize_officer_id(officer_id)
        acting = self.permissions.require(actor, Permission.MANAGE_OFFICERS, operation,
                                          officer_id=target[:64])
        record = self.store.get(target)
        if record is None:
            raise OfficerNotFound(target)
        return acting, record

    def lock(self, session: Session, reason: str = "idle") -> None:
        """Record that the screen was locked (``idle`` or ``manual``)."""
        if reason not in LOCK_REASONS:
            raise ValueError(f"lock reason must be one of {LOCK_REASONS}")
        self._audit_alone("officer.session_locked", session, reason=reason)

    def unlock(self, session: Session, pin: str) -> bool:
        """Check the session officer's PIN again; a wrong PIN counts as a failure.
        False also when the account is locked out or disabled meanwhile
        (:attr:`last_refusal` says which)."""
        try:
            self._authenticate(session.officer.officer_id, pin,
                               "officer.session_unlocked", "officer.unlock_refused")
        except SignInRefused as refusal:
            self.last_refusal = refusal
            return False
        self.last_refusal = None
        return True

    def sign_out(self, session: Session) -> None:
        self._audit_alone("officer.signed_out", session,
                          started_at=_iso(session.started_at))

    # -- internals -------------------------------------------------------------------

    def _authenticate(self, officer_id: str, pin: str, ok_action: str,
                      refused_action: str, context: Mapping[str, str] | None = None
                      ) -> tuple[Officer, datetime]:
        oid = normalize_officer_id(officer_id)
        for _ in range(3):
            before = self.store.get(oid)
            checked = before.pin_hash if before is not None else pins.dummy_hash()
            matches = pins.verify_pin(pin, checked)  # the slow part, outside the lock
            now = self.clock()
            with write_transaction(self.db):
                record = self.store.get(oid)
                if record is not None and record.pin_hash != checked:
                    continue  # created or re-keyed meanwhile: check again
                outcome = self._settle(oid, record, matches, now, ok_action,
                                       refused_action, context or {})
            if isinstance(outcome, SignInRefused):
                log.info("%s %s: %s", refused_action, oid, outcome.code)
                raise outcome
            return outcome, now
        raise SignInRefused(UNKNOWN_OR_WRONG_PIN)

    def _settle(self, oid: str, record: OfficerRecord | None, matches: bool,
                now: datetime, ok_action: str, refused_action: str,
                context: Mapping[str, str]) -> Officer | SignInRefused:
        """Update the row and write the audit entry (inside the write transaction)."""

        def _audit(action: str, actor: str, officer_id: str, at: datetime,
                   **details: Any) -> None:
            self._audit(action, actor, officer_id, at, **details, **context)

        if record is None:
            _audit(refused_action, oid, oid, now, code=UNKNOWN_OR_WRONG_PIN)
            return SignInRefused(UNKNOWN_OR_WRONG_PIN)
        if record.locked_at(now):
            until = record.locked_until
            _audit(refused_action, oid, oid, now, code=LOCKED,
                        locked_until=_iso(until))
            return SignInRefused(LOCKED, until)
        if not matches:
            failed = record.failed_attempts + 1
            if failed >= MAX_FAILED_ATTEMPTS:
                until = now + LOCKOUT
                self.store.set_attempts(oid, 0, until, now=now)
                _audit(refused_action, oid, oid, now, code=LOCKED,
                            failed_attempts=failed, locked_until=_iso(until))
                return SignInRefused(LOCKED, until)
            self.store.set_attempts(oid, failed, None, now=now)
            _audit(refused_action, oid, oid, now, code=UNKNOWN_OR_WRONG_PIN,
                        failed_attempts=failed)
            return SignInRefused(UNKNOWN_OR_WRONG_PIN)
        if record.officer.disabled:
            _audit(refused_action, oid, oid, now, code=DISABLED)
            return SignInRefused(DISABLED)
        if record.failed_attempts or record.locked_until is not None:
            self.store.set_attempts(oid, 0, None, now=now)
        _audit(ok_action, oid, oid, now, role=str(record.officer.role))
        return record.officer

    def _audit(self, action: str, actor: str, officer_id: str, at: datetime,
               **details: Any) -> None:
        audit.append(self.db, actor=actor[:64], terminal=self.settings.terminal,
                     action=action, entity="officer", entity_id=officer_id[:64],
                     details=details, at=at)

    def _audit_alone(self, action: str, session: Session, **details: Any) -> None:
        oid = session.officer.officer_id
        with write_transaction(self.db):
            self._audit(action, oid, oid, self.clock(), **details)


def _iso(at: datetime | None) -> str | None:
    return None if at is None else at.astimezone(UTC).isoformat(timespec="seconds")
