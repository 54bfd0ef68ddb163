"""borderdesk sync protocol, version 1: the wire format shared by terminal and portal.

Documented for humans in ``sync/openapi.yaml``; this module is the executable form.
Everything here is pure (no I/O) so both sides and the tests use the same definitions.

Transport rules (see the OpenAPI file for each endpoint):

- JSON bodies, UTF-8. Request bodies may be gzip-compressed (``Content-Encoding:
  gzip``); responses are gzip-compressed when the client sends ``Accept-Encoding: gzip``.
- Every protocol response carries the header ``BD-Protocol: borderdesk-sync/1`` AND a
  body field ``"protocol": "borderdesk-sync/1"``. A response without both is never an
  acknowledgement, whatever its status (a captive portal answers 200 too).
- Every request except ``POST /v1/enrol`` is signed with the terminal's Ed25519 key as an
  HTTP Message Signature (RFC 9421; see :mod:`sync.signing`), covering the method, the
  target URI, ``content-digest`` (requests with a body) and ``bd-terminal``, with
  ``created`` and a random ``nonce``: the portal refuses a signature older or newer than
  :data:`REPLAY_WINDOW_S` and any nonce it has seen inside that window.
- Errors: ``{"protocol", "error": {"code", "message"}}`` with an HTTP status; ``code``
  values are listed in :data:`ERROR_CODES`.
"""

from __future__ import annotations

import enum
import hashlib
from dataclasses import dataclass, field
from typing import Any

from borderdesk.core import jsontext

PROTOCOL = "borderdesk-sync/1"
PROTOCOL_HEADER = "BD-Protocol"
TERMINAL_HEADER = "BD-Terminal"  # "<gate>/<terminal>", covered by the signature
IDEMPOTENCY_HEADER = "Idempotency-Key"  # the batch id, on POST /v1/messages/batch
RETRY_AFTER_HEADER = "Retry-After"
REPLAY_WINDOW_S = 300
# The portal advertises its own in GET /v1/limits. 1,000 rather than 500: a request's
# fixed costs (signing, the round trip, the commit's sync) are shared by twice as many
# records, ~12 % more records/s in bench_sync; still ~90 KB gzipped, 0.7 s at 1 Mbit/s.
MAX_BATCH_MESSAGES = 1000
MAX_BATCH_BYTES = 1_048_576  # compressed; larger -> 413, the client halves the batch

PATH_ENROL = "/v1/enrol"
PATH_LIMITS = "/v1/limits"
PATH_BATCH = "/v1/messages/batch"
PATH_RECONCILE = "/v1/messages/reconcile"
PATH_PREDECLARATIONS = "/v1/predeclarations"
PATH_WATCHLIST = "/v1/watchlist"
PATH_KEYS = "/v1/keys"


class Function(enum.StrEnum):
    """Message functions, after the national single window's own codes."""

    DECLARE = "01"
    AMEND = "02"
    CANCEL = "03"


# outbox.function (storage) <-> wire function code
FUNCTION_OF = {"declare": Function.DECLARE, "amend": Function.AMEND,
               "cancel": Function.CANCEL}


class Status(enum.StrEnum):
    """The portal's answer for one message, given only after its durable commit."""

    ACCEPTED = "accepted"  # stored now
    DUPLICATE = "duplicate"  # the same id with the same hash was already stored: success
    REJECTED = "rejected"  # invalid: never retried automatically (code + reason)
    CONFLICT = "conflict"  # the same id with another hash, or a broken amendment chain


SUCCESS = frozenset({Status.ACCEPTED, Status.DUPLICATE})

# Rejection and error codes (message-level "code" and request-level "error.code").
ERROR_CODES = {
    # request level
    "bad_request": "the body is not a valid request",
    "unsupported_protocol": "the client speaks another protocol version",
    "unauthenticated": "missing or invalid signature",
    "unknown_terminal": "the key is not enrolled (or was revoked)",
    "replayed": "a signature outside the replay window or a nonce seen before",
    "digest_mismatch": "the body does not match its content-digest",
    "batch_in_progress": "a batch with this idempotency key is still being processed",
    "idempotency_key_reused": "the idempotency key was used for another batch",
    "too_large": "too many messages or bytes in one batch",
    "rate_limited": "slow down (see Retry-After)",
    "unavailable": "the portal is temporarily unavailable",
    "enrolment_code_invalid": "unknown, used or expired enrolment code",
    # message level
    "hash_mismatch": "payload_sha256 does not match the payload",
    "payload_invalid": "the payload is not a valid crossing",
    "wrong_gate": "the crossing's gate is not the terminal's gate",
    "id_conflict": "this message id was stored with another hash",
    "unknown_reference": "an amendment or cancellation of a crossing the portal lacks",
    "already_superseded": "the crossing was already amended or cancelled",
}




def canonical_json(data: Any) -> str:
    """Sorted keys, no spaces, UTF-8 text: what ``payload_sha256`` is computed over
    (:mod:`borderdesk.core.jsontext`)."""
    return jsontext.canonical_json(data)


def sha256_hex(data: Any) -> str:
    return hashlib.sha256(jsontext.canonical_bytes(data)).hexdigest()


class RawJSON(str):
    """JSON text already encoded, placed into a request as it is: the terminal's stored
    payloads are canonical JSON, so a batch is built without parsing and re-encoding
    each one (:func:`batch_json`). Only for text that is known to be valid JSON."""

    __slots__ = ()


def _compact(data: Any) -> str:
    return jsontext.compact_json(data)


@dataclass(frozen=True, slots=True)
class Message:
    """One outbound message in a batch.

    ``payload``: for ``01``/``02`` the crossing in its JSON shape (``payload_sha256`` is
    the SHA-256 of its canonical JSON, the same hash the terminal's store keeps); for
    ``03`` ``{"crossing_id", "reason", "cancelled_at", "officer"}``. ``ref`` names the
    crossing an amendment or cancellation applies to.
    """

    message_id: str
    function: Function
    crossing_id: str
    payload: dict[str, Any] | RawJSON
    payload_sha256: str
    ref: str | None = None

    def to_wire(self) -> dict[str, Any]:
        return {"message_id": self.message_id, "function": str(self.function),
                "crossing_id": self.crossing_id, "ref": self.ref,
                "payload_sha256": self.payload_sha256, "payload": self.payload}


@dataclass(frozen=True, slots=True)
class Result:
    message_id: str
    status: Status
    code: str | None = None
    reason: str | None = None

    def to_wire(self) -> dict[str, Any]:
        out: dict[str, Any] = {"message_id": self.message_id, "status": str(self.status)}
        if self.code:
            out["code"] = self.code
        if self.reason:
            out["reason"] = self.reason
        return out


@dataclass(frozen=True, slots=True)
class BatchRequest:
    batch_id: str  # also sent as Idempotency-Key
    messages: list[Message] = field(default_factory=list)
    audit_head: str | None = None  # the terminal's audit chain head, anchored at the portal

    def to_wire(self) -> dict[str, Any]:
        return {"protocol": PROTOCOL, "batch_id": self.batch_id,
                "audit_head": self.audit_head,
                "messages": [m.to_wire() for m in self.messages]}


def batch_json(batch: BatchRequest) -> str:
    """The batch as compact JSON text: the same text as ``json.dumps(batch.to_wire(),
    ensure_ascii=False, separators=(",", ":"))``, with :class:`RawJSON` payloads
    copied in as they are instead of being parsed and encoded again."""
    parts = []
    for m in batch.messages:
        if isinstance(m.payload, RawJSON):
            head = _compact({"message_id": m.message_id, "function": str(m.function),
                             "crossing_id": m.crossing_id, "ref": m.ref,
                             "payload_sha256": m.payload_sha256})
            parts.append(f'{head[:-1]},"payload":{m.payload}}}')
        else:
            parts.append(_compact(m.to_wire()))
    envelope = _compact({"protocol": PROTOCOL, "batch_id": batch.batch_id,
                         "audit_head": batch.audit_head, "messages": []})
    return f'{envelope[:-3]}[{",".join(parts)}]}}'


class ProtocolError(ValueError):
    """A response (or request) that is not a valid protocol document."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def require_protocol(headers: Any, body: Any) -> dict[str, Any]:
    """Check a decoded response: the header marker, the body marker, a JSON object.

    Raises ProtocolError("not_protocol") for anything else (captive portal, proxy page,
    truncated body decoded into something else).
    """
    if headers.get(PROTOCOL_HEADER) != PROTOCOL:
        raise ProtocolError("not_protocol", "the response is not from a borderdesk portal")
    if not isinstance(body, dict) or body.get("protocol") != PROTOCOL:
        raise ProtocolError("not_protocol", "the response body lacks the protocol marker")
    return body


def parse_batch_response(body: dict[str, Any], sent: list[Message]) -> list[Result]:
    """Per-message results of a batch; every sent id must be answered exactly once."""
    raw = body.get("results")
    if not isinstance(raw, list):
        raise ProtocolError("bad_response", "results missing")
    by_id: dict[str, Result] = {}
    for item in raw:
        if not isinstance(item, dict):
            raise ProtocolError("bad_response", "a result is not an object")
        try:
            result = Result(str(item["message_id"]), Status(item["status"]),
                            item.get("code"), item.get("reason"))
        except (KeyError, ValueError) as exc:
            raise ProtocolError("bad_response", f"malformed result: {exc}") from exc
        by_id[result.message_id] = result
    missing = [m.message_id for m in sent if m.message_id not in by_id]
    if missing or len(by_id) != len(sent):
        raise ProtocolError("bad_response", "the results do not answer the batch exactly")
    return [by_id[m.message_id] for m in sent]
