"""The operations a guard or a script performs, shared by the GUI and the command line.

Every entry point (window, CLI, later the sync worker) goes through here, so rules such
as validation-before-save, warning acknowledgement and (later) permissions are enforced
in one place rather than in a widget.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlite_utils import Database

from borderdesk import keys
from borderdesk.config import Settings
from borderdesk.core import signed
from borderdesk.core.codec import crossing_from_dict
from borderdesk.core.model import Crossing
from borderdesk.core.validation import Finding, Severity, blocking, validate
from borderdesk.storage import audit
from borderdesk.storage.crossings import CrossingStore, RecordResult, StoredCrossing
from borderdesk.storage.db import write_transaction
from borderdesk.storage.keys import KeyStore

log = logging.getLogger(__name__)
Clock = Callable[[], datetime]


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
        return validate(crossing, self.clock())

    def record(self, crossing: Crossing, actor: str | None = None) -> RecordOutcome:
        """Validate and save. Raises CrossingRefused, or a StorageError subclass."""
        findings = self.check(crossing)
        stop = blocking(findings, crossing.acknowledged)
        if stop:
            log.info("crossing %s refused: %s", crossing.id, ", ".join(f.code for f in stop))
            raise CrossingRefused(stop, findings)
        result = self.store.record(crossing, actor=actor or crossing.officer,
                                   now=self.clock())
        log.info("crossing %s %s (gate %s, audit #%s)", crossing.id,
                 "recorded" if result.created else "already stored", crossing.gate,
                 result.audit_seq)
        warnings = [f for f in findings if f.severity is Severity.WARNING]
        return RecordOutcome(result, warnings)

    def day(self, day: date, gate: str | None = None) -> list[StoredCrossing]:
        return self.store.by_day(day, gate)

    def find(self, text: str, limit: int = 50) -> list[StoredCrossing]:
        return self.store.find(text, limit)

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
