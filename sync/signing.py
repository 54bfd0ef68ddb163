"""Request signatures: RFC 9421 HTTP Message Signatures with the terminal's Ed25519 key.

The client signs ``@method``, ``@target-uri``, ``bd-terminal`` and, for requests with a
body, ``content-digest`` (SHA-256 of the bytes as sent, i.e. after gzip), with the
``created`` time, a random ``nonce`` and ``keyid`` = the key id of
:func:`borderdesk.core.signed.key_id`. The portal verifies with the enrolled public key,
checks the digest against the body, the age of ``created`` and — its own policy, with its
own store — that the nonce was not seen inside the replay window.

Uses the ``http-message-signatures`` library rather than a hand-made canonicalisation.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from http_message_signatures import (
    HTTPMessageSigner,
    HTTPMessageVerifier,
    HTTPSignatureKeyResolver,
    InvalidSignature,
    algorithms,
)
from http_message_signatures.exceptions import HTTPMessageSignaturesException

from borderdesk.core.signed import key_id
from sync.protocol import REPLAY_WINDOW_S, TERMINAL_HEADER

COVERED = ("@method", "@target-uri", TERMINAL_HEADER.lower())


class SignatureRejected(Exception):
    """``code``: unauthenticated, unknown_terminal, replayed or digest_mismatch."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class _Verifier(HTTPMessageVerifier):
    # The library refuses a `created` more than 5 s ahead of the portal clock; a gate
    # PC's clock may drift further. The replay window below is the real policy.
    max_clock_skew = timedelta(seconds=REPLAY_WINDOW_S)


class _Keys(HTTPSignatureKeyResolver):
    def __init__(self, private: Ed25519PrivateKey | None = None,
                 public: Callable[[str], Ed25519PublicKey | None] | None = None) -> None:
        self._private = private
        self._public = public
        self.unknown: str | None = None  # a key id asked for that is not enrolled

    def resolve_private_key(self, key_id: str) -> Ed25519PrivateKey:
        if self._private is None:
            raise KeyError(key_id)
        return self._private

    def resolve_public_key(self, key_id: str) -> Ed25519PublicKey:
        key = self._public(key_id) if self._public else None
        if key is None:
            self.unknown = key_id
            raise KeyError(key_id)
        return key


def sign(prepared: Any, key: Ed25519PrivateKey, terminal: str,
         now: datetime | None = None) -> None:
    """Sign a ``requests.PreparedRequest`` in place (adds BD-Terminal, Content-Digest,
    Signature-Input and Signature)."""
    prepared.headers[TERMINAL_HEADER] = terminal
    body = prepared.body
    if isinstance(body, str):
        body = body.encode("utf-8")
    signer = HTTPMessageSigner(signature_algorithm=algorithms.ED25519,
                               key_resolver=_Keys(private=key))
    signer.sign(
        prepared, key_id=key_id(key.public_key()), created=now or datetime.now(UTC),
        nonce=secrets.token_urlsafe(16), covered_component_ids=COVERED,
        body=body or None,
    )


@dataclass(frozen=True, slots=True)
class _Message:
    """The shape the library resolves components from (a request as received)."""

    method: str
    url: str
    headers: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class Verified:
    key_id: str
    nonce: str
    created: datetime
    terminal: str  # the BD-Terminal header value, covered by the signature


def verify(
    method: str, url: str, headers: Mapping[str, str], body: bytes,
    public_key: Callable[[str], Ed25519PublicKey | None], now: datetime | None = None,
) -> Verified:
    """Verify a received request; raise SignatureRejected with the reason code."""
    now = now or datetime.now(UTC)
    if "signature" not in {k.lower() for k in headers}:
        raise SignatureRejected("unauthenticated", "the request is not signed")
    message = _Message(method.upper(), url, headers)
    keys = _Keys(public=public_key)
    verifier = _Verifier(signature_algorithm=algorithms.ED25519, key_resolver=keys)
    try:
        results = verifier.verify(
            message, max_age=None, require_components=COVERED, body=body or None,
        )
    except (InvalidSignature, HTTPMessageSignaturesException, ValueError, KeyError) as exc:
        if keys.unknown is not None:
            raise SignatureRejected("unknown_terminal",
                                    f"key {keys.unknown!r} is not enrolled") from None
        if not isinstance(exc, InvalidSignature):
            raise SignatureRejected("unauthenticated", f"malformed signature: {exc}") from None
        text = str(exc).lower()
        code = "digest_mismatch" if "digest" in text else "unauthenticated"
        raise SignatureRejected(code, f"invalid signature: {exc}") from None
    result = results[0]
    created_raw = result.parameters.get("created")
    if not isinstance(created_raw, int) or not result.nonce:
        raise SignatureRejected("unauthenticated", "created and nonce are required")
    created = datetime.fromtimestamp(created_raw, UTC)
    if abs(now - created) > timedelta(seconds=REPLAY_WINDOW_S):
        raise SignatureRejected("replayed", "the signature is outside the replay window")
    terminal = next((v for k, v in headers.items() if k.lower() == TERMINAL_HEADER.lower()),
                    "")
    return Verified(str(result.parameters.get("keyid", "")), result.nonce, created, terminal)
