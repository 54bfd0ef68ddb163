"""The operations a guard or a script performs, shared by the GUI and the command line.

Every entry point (window, CLI, later the sync worker) goes through here, so rules such
as validation-before-save, warning acknowledgement and (later) permissions are enforced
in one place rather than in a widget.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
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
from borderdesk.core.screening import (
    WATCHLIST_HIT,
    PastCrossing,
    history_findings,
    previous_crossing,
    watchlist_findings,
)
from borderdesk.core.text import nfc
from borderdesk.core.validation import MAX_NAME, Finding, Severity, blocking, validate
from borderdesk.storage import audit
from borderdesk.storage.crossings import (
    AuditNote,
    CrossingStore,
    RecordResult,
    StoredCrossing,
)
from borderdesk.storage.db import write_transaction
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
HISTORY_LOOKBACK = 20  # a document's newest stored crossings searched for the last one
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
        self._terminal_key: keys.TerminalKey | None = None

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

    def record(self, crossing: Crossing, actor: str | None = None) -> RecordOutcome:
        """Screen and save. Raises CrossingRefused, or a StorageError subclass.

        A crossing saved with a watch-list hit gets a ``crossing.flagged`` audit entry
        in the same transaction (see :meth:`flagged`).
        """
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
        result = self.store.record(crossing, actor=actor or crossing.officer,
                                   now=self.clock(), extra_audit=notes)
        log.info("crossing %s %s (gate %s, audit #%s)", crossing.id,
                 "recorded" if result.created else "already stored", crossing.gate,
                 result.audit_seq)
        warnings = [f for f in findings if f.severity is Severity.WARNING]
        return RecordOutcome(result, warnings)

    def day(self, day: date, gate: str | None = None) -> list[StoredCrossing]:
        return self.store.by_day(day, gate)

    def find(self, text: str, limit: int = 50) -> list[StoredCrossing]:
        return self.store.find(text, limit)

    def flagged(self, day: date, gate: str | None = None) -> list[StoredCrossing]:
        """The day's crossings saved with a watch-list hit (every gate unless
        ``gate``), oldest first."""
        return self.store.with_audit_action(FLAGGED, day, gate)

    # -- screening ------------------------------------------------------------------

    def _watchlist_key(self) -> bytes | None:
        """The gate's watch-list key from the enrolment; None when not enrolled."""
        enrolment = SyncState(self.db).get(ENROLMENT)
        if not enrolment:
            return None
        try:
            key = signed.b64decode(str(enrolment["watchlist_key"]))
        except (KeyError, TypeError, ValueError):
            log.warning("the enrolment holds no usable watch-list key")
            return None
        if len(key) < 16:
            log.warning("the enrolment's watch-list key is too short")
            return None
        return key

    def watchlist_categories(self, identity: Identity) -> list[str]:
        """The watch-list categories of ``identity``'s document (empty: not listed,
        or no enrolment to check against). The counter shows the alert from this
        before the decision; :meth:`screen` enforces it at save."""
        key = self._watchlist_key()
        if key is None or not identity.document_number:
            return []
        return self.watchlist.categories(
            document_key(key, identity.issuing_state, identity.document_number))

    def _watchlist_hits(self, crossing: Crossing) -> dict[int, list[str]]:
        hits = {}
        for index, person in enumerate(crossing.persons):
            categories = self.watchlist_categories(person.identity)
            if categories:
                hits[index] = categories
        return hits

    def _previous_crossings(self, crossing: Crossing) -> dict[int, PastCrossing]:
        found = {}
        for index, person in enumerate(crossing.persons):
            ident = person.identity
            if not ident.document_number:
                continue
            history = self.store.document_history(
                ident.document_number, ident.issuing_state, HISTORY_LOOKBACK)
            previous = previous_crossing(crossing, index, history)
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

    # -- receipts ----------------------------------------------------------------

    def terminal_key(self) -> keys.TerminalKey:
        """This terminal's signing key, created (and trusted locally) on first use."""
        if self._terminal_key is None:
            key = keys.load_or_create(self.settings.data_dir / "keys")
            self.keys.trust(key.public, kind="terminal", gate=self.settings.gate,
                            terminal=self.settings.terminal)
            self._terminal_key = key
        return self._terminal_key

    def receipt(self, crossing_id: str) -> str:
        """The signed receipt QR text of a stored crossing (its principal's document)."""
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

    def cancel(self, crossing_id: str, reason: str, actor: str) -> Any:
        """Cancel a stored crossing; its ``cancel`` (03) message is queued for the sync
        in the same transaction. Returns the stored
        :class:`~borderdesk.storage.outbox.Cancellation`.

        Raises:
            ValueError: empty reason.
            CancelConflict: unknown, already cancelled, or amended crossing.
            StorageError: nothing was written.
        """
        cancellation = self.store.cancel(crossing_id, reason, actor=actor,
                                         now=self.clock())
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
    """A new officer that cannot be registered. ``code``: ``officer_id_invalid``,
    ``name_missing``, ``name_too_long``, ``role_invalid``, ``pin_too_short`` or
    ``pin_too_long``."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True, slots=True)
class Session:
    """A signed-in officer at this terminal."""

    officer: Officer
    terminal: str
    gate: str
    started_at: datetime


class AuthService:
    """Officers, sign-in with a PIN, screen lock and sign-out at one terminal.

    Every attempt, lock, unlock and sign-out is appended to the audit log in the same
    transaction as the officer row's update (never the PIN or its hash). The scrypt
    check (~50 ms) runs before the write transaction, so it never holds the lock.
    """

    def __init__(self, db: Database, settings: Settings,
                 clock: Clock = _utc_now) -> None:
        self.db = db
        self.settings = settings
        self.clock = clock
        self.store = OfficerStore(db)
        self.last_refusal: SignInRefused | None = None  # of the last failed unlock()

    def has_officers(self) -> bool:
        return self.store.count() > 0

    def officers(self) -> list[Officer]:
        return self.store.all()

    def create_officer(self, officer_id: str, name: str, role: OfficerRole | str,
                       pin: str, actor: str) -> Officer:
        """Register an officer with a PIN of at least six characters.

        Raises:
            OfficerInvalid: a malformed id, an empty name, unknown role, PIN too short.
            OfficerExists: the id is taken.
        """
        oid = normalize_officer_id(officer_id)
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
        if self.store.get(oid) is not None:  # before spending a hash on it
            raise OfficerExists(f"Officer {oid} already exists")
        try:
            pin_hash = pins.hash_pin(pin)
        except pins.PinPolicyError as exc:
            raise OfficerInvalid(exc.code) from None
        now = self.clock()
        with write_transaction(self.db):
            self.store.add(officer, pin_hash, now=now)
            self._audit("officer.created", actor, oid, now, name=name,
                        role=str(officer.role))
        log.info("officer %s (%s) created by %s", oid, officer.role, actor)
        return officer

    def sign_in(self, officer_id: str, pin: str) -> Session:
        """Check the PIN and open a session.

        Raises:
            SignInRefused: wrong PIN or unknown officer, disabled, or locked out (five
                wrong PINs in a row lock the account for 15 minutes).
        """
        officer, now = self._authenticate(officer_id, pin, "officer.signed_in",
                                          "officer.sign_in_refused")
        return Session(officer, self.settings.terminal, self.settings.gate, now)

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
                      refused_action: str) -> tuple[Officer, datetime]:
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
                                       refused_action)
            if isinstance(outcome, SignInRefused):
                log.info("%s %s: %s", refused_action, oid, outcome.code)
                raise outcome
            return outcome, now
        raise SignInRefused(UNKNOWN_OR_WRONG_PIN)

    def _settle(self, oid: str, record: OfficerRecord | None, matches: bool,
                now: datetime, ok_action: str, refused_action: str
                ) -> Officer | SignInRefused:
        """Update the row and write the audit entry (inside the write transaction)."""
        if record is None:
            self._audit(refused_action, oid, oid, now, code=UNKNOWN_OR_WRONG_PIN)
            return SignInRefused(UNKNOWN_OR_WRONG_PIN)
        if record.locked_at(now):
            until = record.locked_until
            self._audit(refused_action, oid, oid, now, code=LOCKED,
                        locked_until=_iso(until))
            return SignInRefused(LOCKED, until)
        if not matches:
            failed = record.failed_attempts + 1
            if failed >= MAX_FAILED_ATTEMPTS:
                until = now + LOCKOUT
                self.store.set_attempts(oid, 0, until, now=now)
                self._audit(refused_action, oid, oid, now, code=LOCKED,
                            failed_attempts=failed, locked_until=_iso(until))
                return SignInRefused(LOCKED, until)
            self.store.set_attempts(oid, failed, None, now=now)
            self._audit(refused_action, oid, oid, now, code=UNKNOWN_OR_WRONG_PIN,
                        failed_attempts=failed)
            return SignInRefused(UNKNOWN_OR_WRONG_PIN)
        if record.officer.disabled:
            self._audit(refused_action, oid, oid, now, code=DISABLED)
            return SignInRefused(DISABLED)
        if record.failed_attempts or record.locked_until is not None:
            self.store.set_attempts(oid, 0, None, now=now)
        self._audit(ok_action, oid, oid, now, role=str(record.officer.role))
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
