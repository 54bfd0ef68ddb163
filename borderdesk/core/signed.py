"""Signed QR payloads: the counter's receipt and the portal's confirmation slip.

Both are compact, JWS-like texts ``PREFIX.BODY.SIGNATURE``:

- ``BDR1`` — a crossing receipt, signed by the terminal that recorded the crossing;
- ``BDC1`` — a pre-declaration confirmation, signed by the national portal.

``BODY`` is base64url (no padding) of compact JSON; ``SIGNATURE`` is base64url of the
Ed25519 signature over the ASCII bytes ``PREFIX.BODY`` (so the type is signed too). The
body names the signing key (``k``: first 16 hex digits of the SHA-256 of the raw public
key), so any terminal holding the gate's public keys verifies it offline.

A receipt carries no personal data in clear: only a short document fingerprint, the
truncated SHA-256 of the crossing id and the document (type, issuing state, number), so
a terminal can check that the document presented is the one the receipt was issued for.
Being unkeyed, it stops casual reading, not a determined search over document numbers.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from borderdesk.core.ids import is_uuid7

RECEIPT_PREFIX = "BDR1"
CONFIRMATION_PREFIX = "BDC1"
MAX_LENGTH = 2048  # far above any real payload; refuses absurd input early
_B64 = re.compile(r"^[A-Za-z0-9_-]+\Z")


class SignedCodeError(ValueError):
    """A receipt or confirmation that cannot be read or does not verify.

    ``code``: ``format``, ``base64``, ``json``, ``field``, ``unknown_key``,
    ``bad_signature``, ``wrong_document``; ``position``: character offset of the fault.
    """

    def __init__(self, code: str, message: str, position: int = 0) -> None:
        super().__init__(message)
        self.code = code
        self.position = position


def b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64decode(text: str) -> bytes:
    """Strict: only the canonical encoding is accepted. The decoder ignores the unused
    low bits of the last character, so without this several texts would carry the same
    bytes, and a changed signature character could still verify."""
    if not _B64.match(text):
        raise ValueError("not base64url")
    data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    if b64encode(data) != text:
        raise ValueError("not canonical base64url")
    return data


def public_key_bytes(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def key_id(key: Ed25519PublicKey) -> str:
    """First 16 hex digits of the SHA-256 of the raw public key."""
    return hashlib.sha256(public_key_bytes(key)).hexdigest()[:16]


def load_public_key(raw: bytes) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(raw)


def document_fingerprint(crossing_id: str, document_type: str, issuing_state: str,
                         document_number: str) -> str:
    """11 base64url characters (64 bits) binding a receipt to one document."""
    text = "|".join(("bd-fp1", crossing_id, document_type, issuing_state, document_number))
    return b64encode(hashlib.sha256(text.encode("utf-8")).digest()[:8])


def _iso_utc(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _sign(prefix: str, body: Mapping[str, Any], key: Ed25519PrivateKey) -> str:
    payload = json.dumps(body, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    head = f"{prefix}.{b64encode(payload.encode('utf-8'))}"
    return f"{head}.{b64encode(key.sign(head.encode('ascii')))}"


@dataclass(frozen=True, slots=True)
class Signed:
    """The common envelope after parsing (not yet verified)."""

    prefix: str
    body: dict[str, Any]
    signing_input: bytes
    signature: bytes

    @property
    def key_id(self) -> str:
        return str(self.body.get("k", ""))

    def verify(self, keyring: Mapping[str, Ed25519PublicKey]) -> None:
        """Raise SignedCodeError unless a key of ``keyring`` signed this payload."""
        key = keyring.get(self.key_id)
        if key is None:
            raise SignedCodeError("unknown_key", f"signed by an unknown key {self.key_id!r}")
        try:
            key.verify(self.signature, self.signing_input)
        except InvalidSignature:
            raise SignedCodeError("bad_signature", "the signature does not match: the code "
                                  "was altered or forged") from None


def _envelope(text: str, prefix: str) -> Signed:
    text = text.strip()
    if len(text) > MAX_LENGTH:
        raise SignedCodeError("format", "the code is too long", MAX_LENGTH)
    parts = text.split(".")
    if len(parts) != 3 or parts[0] != prefix:
        raise SignedCodeError("format", f"not a {prefix} code (PREFIX.BODY.SIGNATURE)")
    try:
        raw = b64decode(parts[1])
    except (ValueError, binascii.Error):
        raise SignedCodeError("base64", "the body is not base64url", len(prefix) + 1) from None
    try:
        signature = b64decode(parts[2])
    except (ValueError, binascii.Error):
        raise SignedCodeError("base64", "the signature is not base64url",
                              len(prefix) + len(parts[1]) + 2) from None
    if len(signature) != 64:
        raise SignedCodeError("bad_signature", "an Ed25519 signature has 64 bytes",
                              len(prefix) + len(parts[1]) + 2)
    try:
        body = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):  # RecursionError: [[[[…
        raise SignedCodeError("json", "the body is not JSON", len(prefix) + 1) from None
    if not isinstance(body, dict):
        raise SignedCodeError("json", "the body is not a JSON object", len(prefix) + 1)
    return Signed(prefix, body, f"{parts[0]}.{parts[1]}".encode("ascii"), signature)


def _field(body: Mapping[str, Any], key: str, kind: type, *, pattern: str | None = None
           ) -> Any:
    value = body.get(key)
    if not isinstance(value, kind) or isinstance(value, bool) and kind is not bool:
        raise SignedCodeError("field", f"field {key!r} is missing or of the wrong type")
    if pattern is not None and not re.fullmatch(pattern, str(value)):
        raise SignedCodeError("field", f"field {key!r} is malformed")
    return value


_TIME = r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z"


def _time(body: Mapping[str, Any], key: str) -> datetime:
    try:
        return datetime.fromisoformat(_field(body, key, str, pattern=_TIME))
    except ValueError:
        raise SignedCodeError("field", f"field {key!r} is not a time") from None


@dataclass(frozen=True, slots=True)
class Receipt:
    crossing_id: str
    gate: str
    terminal: str
    direction: str
    time_utc: datetime
    fingerprint: str
    envelope: Signed

    def matches_document(self, document_type: str, issuing_state: str, number: str) -> bool:
        return document_fingerprint(self.crossing_id, document_type, issuing_state,
                                    number) == self.fingerprint

    def to_dict(self) -> dict[str, Any]:
        return {"crossing_id": self.crossing_id, "gate": self.gate,
                "terminal": self.terminal, "direction": self.direction,
                "time_utc": _iso_utc(self.time_utc), "fingerprint": self.fingerprint,
                "key_id": self.envelope.key_id}


def make_receipt(*, crossing_id: str, gate: str, terminal: str, direction: str,
                 time_utc: datetime, fingerprint: str, key: Ed25519PrivateKey) -> str:
    body = {"v": 1, "id": crossing_id, "g": gate, "t": terminal, "d": direction,
            "ts": _iso_utc(time_utc), "fp": fingerprint, "k": key_id(key.public_key())}
    return _sign(RECEIPT_PREFIX, body, key)


def parse_receipt(text: str) -> Receipt:
    """Read a receipt (signature not checked: call ``.envelope.verify(keyring)``)."""
    env = _envelope(text, RECEIPT_PREFIX)
    b = env.body
    if b.get("v") != 1:
        raise SignedCodeError("format", "unsupported receipt version")
    cid = _field(b, "id", str)
    if not is_uuid7(cid):
        raise SignedCodeError("field", "field 'id' is not a crossing id")
    _field(b, "k", str, pattern=r"[0-9a-f]{16}")
    return Receipt(
        crossing_id=cid,
        gate=_field(b, "g", str, pattern=r"[A-Z0-9]{1,20}"),
        terminal=_field(b, "t", str, pattern=r"[^\x00-\x1f]{1,40}"),
        direction=_field(b, "d", str, pattern="exit|entry"),
        time_utc=_time(b, "ts"),
        fingerprint=_field(b, "fp", str, pattern=r"[A-Za-z0-9_-]{11}"),
        envelope=env,
    )


@dataclass(frozen=True, slots=True)
class Confirmation:
    reference: str
    gate: str
    direction: str
    expected_date: date
    persons: int
    issued_at: datetime
    envelope: Signed

    def to_dict(self) -> dict[str, Any]:
        return {"reference": self.reference, "gate": self.gate,
                "direction": self.direction,
                "expected_date": self.expected_date.isoformat(), "persons": self.persons,
                "issued_at": _iso_utc(self.issued_at), "key_id": self.envelope.key_id}


def make_confirmation(*, reference: str, gate: str, direction: str, expected_date: date,
                      persons: int, issued_at: datetime, key: Ed25519PrivateKey) -> str:
    body = {"v": 1, "ref": reference, "g": gate, "d": direction,
            "date": expected_date.isoformat(), "n": persons, "iat": _iso_utc(issued_at),
            "k": key_id(key.public_key())}
    return _sign(CONFIRMATION_PREFIX, body, key)


def parse_confirmation(text: str) -> Confirmation:
    """Read a confirmation slip (signature not checked: ``.envelope.verify(keyring)``)."""
    env = _envelope(text, CONFIRMATION_PREFIX)
    b = env.body
    if b.get("v") != 1:
        raise SignedCodeError("format", "unsupported confirmation version")
    _field(b, "k", str, pattern=r"[0-9a-f]{16}")
    persons = _field(b, "n", int)
    if not 1 <= persons <= 1000:
        raise SignedCodeError("field", "field 'n' is out of range")
    try:
        expected = date.fromisoformat(_field(b, "date", str, pattern=r"\d{4}-\d{2}-\d{2}"))
    except ValueError:
        raise SignedCodeError("field", "field 'date' is not a date") from None
    return Confirmation(
        reference=_field(b, "ref", str, pattern=r"[A-Za-z0-9\-_/]{1,40}"),
        gate=_field(b, "g", str, pattern=r"[A-Z0-9]{1,20}"),
        direction=_field(b, "d", str, pattern="exit|entry"),
        expected_date=expected, persons=persons,
        issued_at=_time(b, "iat"),
        envelope=env,
    )
