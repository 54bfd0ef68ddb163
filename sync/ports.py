"""What the sync engine needs from the terminal's store, as a Protocol.

``borderdesk.storage.outbox.SqliteSyncStore`` implements it over the local SQLite file;
the engine and the tests only see this interface, so ``sync`` never imports the
storage package (STYLE.md: ``sync -> core``; storage may import ``sync.ports``).

Outbox states: ``pending`` (never sent, or known not to have reached the portal),
``sent`` (transmitted, outcome unknown until the portal answers: after a timeout, a
dropped connection or a crash), and the final ``accepted``, ``rejected`` and
``conflict``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

PENDING, SENT, ACCEPTED, REJECTED, CONFLICT = (
    "pending", "sent", "accepted", "rejected", "conflict",
)
STATES = (PENDING, SENT, ACCEPTED, REJECTED, CONFLICT)
FINAL = frozenset({ACCEPTED, REJECTED, CONFLICT})

# sync_state keys the engine reads and writes (values are JSON)
ENROLMENT = "enrolment"  # see Enrolment.to_state()
LIMITS = "limits"
BACKOFF_ATTEMPT = "backoff_attempt"
NEXT_ATTEMPT_AT = "next_attempt_at"
LAST_SUCCESS_AT = "last_success_at"
LAST_ATTEMPT_AT = "last_attempt_at"
LAST_ERROR = "last_error"  # {"code", "message", "at"} or None
ONLINE = "online"  # True / False / absent: the outcome of the last request
AUDIT_ANCHORED = "audit_anchored"  # {"head", "at"}: the head the portal last received
CURSOR_PREDECLARATIONS = "cursor_predeclarations"
CURSOR_WATCHLIST = "cursor_watchlist"
WATCHLIST_VERSION = "watchlist_version"


@dataclass(frozen=True, slots=True)
class OutboxMessage:
    """One outbox row ready to send.

    ``payload`` is the canonical JSON text (the crossing's stored payload, or the
    cancellation body); ``payload_sha256`` is the hash frozen at the first send, or
    the crossing's stored hash if it was never sent.
    """

    seq: int
    message_id: str
    function: str  # "declare" | "amend" | "cancel"
    crossing_id: str
    ref: str | None
    payload: str
    payload_sha256: str
    state: str
    attempts: int


@dataclass(frozen=True, slots=True)
class Outcome:
    """The final local state of one message after the portal's answer."""

    message_id: str
    state: str  # ACCEPTED | REJECTED | CONFLICT
    # "duplicate" for an accepted duplicate, else the portal's code
    code: str | None = None
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class TrustedKeyInfo:
    """A public key announced by the portal (``public_key``: base64url raw bytes)."""

    key_id: str
    kind: str  # "portal" | "terminal"
    public_key: str
    gate: str | None = None
    terminal: str | None = None
    revoked: bool = False


@dataclass(frozen=True, slots=True)
class Enrolment:
    """What ``POST /v1/enrol`` established, kept in ``sync_state``."""

    portal_url: str
    gate: str
    terminal: str
    key_id: str
    portal_key_id: str
    watchlist_key: str  # as the portal sent it (base64url)
    enrolled_at: str
    limits: Mapping[str, Any]

    @property
    def terminal_id(self) -> str:
        """``<gate>/<terminal>``: the ``BD-Terminal`` header value."""
        return f"{self.gate}/{self.terminal}"

    def to_state(self) -> dict[str, Any]:
        return {"portal_url": self.portal_url, "gate": self.gate,
                "terminal": self.terminal, "key_id": self.key_id,
                "portal_key_id": self.portal_key_id,
                "watchlist_key": self.watchlist_key, "enrolled_at": self.enrolled_at,
                "limits": dict(self.limits)}

    @classmethod
    def from_state(cls, data: Mapping[str, Any]) -> Enrolment:
        return cls(str(data["portal_url"]), str(data["gate"]), str(data["terminal"]),
                   str(data["key_id"]), str(data["portal_key_id"]),
                   str(data["watchlist_key"]), str(data["enrolled_at"]),
                   dict(data.get("limits") or {}))


class SyncStore(Protocol):
    """The engine's view of the local database (one connection, one thread)."""

    def close(self) -> None:
        """Release the connection if the store opened it."""

    # -- outbox --------------------------------------------------------------------

    def unresolved(self, limit: int) -> list[OutboxMessage]:
        """Messages in state ``sent`` (outcome unknown), in outbox order."""

    def pending(self, limit: int) -> list[OutboxMessage]:
        """Messages in state ``pending``, in outbox order."""

    def mark_sent(self, message_ids: Sequence[str], batch_id: str,
                  at: datetime) -> None:
        """Before transmitting: state ``sent``, hash frozen, attempt counted (one
        transaction)."""

    def mark_unsent(self, message_ids: Sequence[str], error: str, at: datetime) -> None:
        """The portal certainly did not process them: back to ``pending``."""

    def note_error(self, message_ids: Sequence[str], error: str, at: datetime) -> None:
        """Outcome unknown: they stay ``sent``; the error is recorded."""

    def apply_results(self, outcomes: Sequence[Outcome], at: datetime) -> None:
        """Record the portal's answers for one batch in one transaction."""

    def counts(self) -> dict[str, int]:
        """Number of messages per state (every state present, 0 if none)."""

    def audit_head(self) -> str | None:
        """The hash of the last audit entry (None when the log is empty)."""

    # -- key/value state -----------------------------------------------------------

    def get(self, key: str, default: Any = None) -> Any:
        """A JSON value of ``sync_state``."""

    def put(self, values: Mapping[str, Any], at: datetime | None = None) -> None:
        """Set several keys in one transaction (``None`` deletes a key)."""

    # -- pulled data ---------------------------------------------------------------

    def store_predeclarations(self, items: Sequence[Mapping[str, Any]],
                              cursor: str | None, at: datetime) -> int:
        """Upsert one page and save the cursor in the same transaction."""

    def store_watchlist(self, items: Sequence[Mapping[str, Any]], version: Any,
                        cursor: str | None, at: datetime) -> int:
        """Apply one page of add/remove deltas and save the cursor, atomically."""

    def apply_keys(self, keys: Sequence[TrustedKeyInfo]) -> int:
        """Trust new keys and revoke revoked ones; returns how many changed."""

    def save_enrolment(self, enrolment: Enrolment,
                       keys: Sequence[TrustedKeyInfo], actor: str) -> None:
        """Store the enrolment and trust its keys in one audited transaction."""
