"""Hashing and checking officers' PINs with scrypt, a memory-hard KDF (stdlib only).

A stored hash describes itself, ``scrypt$<n>$<r>$<p>$<salt>$<key>`` (salt and key in
base64 without padding), so the cost can be raised later while old hashes still
verify. Checking compares in constant time. A PIN is never stored or logged.
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import hmac
import secrets
import unicodedata

SCHEME = "scrypt"
N, R, P = 2**14, 8, 1  # ~16 MiB and ~50 ms per hash
SALT_BYTES = 16
KEY_BYTES = 32
MIN_LENGTH = 6
MAX_LENGTH = 128
# Bounds on what a stored hash may ask for, so a tampered row cannot exhaust memory.
_MAX_N, _MAX_R, _MAX_P = 2**20, 32, 16
_MAXMEM = 128 * 1024 * 1024


class PinPolicyError(ValueError):
    """A new PIN that the policy refuses; ``code`` is ``pin_too_short`` or
    ``pin_too_long``."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def _normalize(pin: str) -> bytes:
    # NFKC: the same PIN typed on another keyboard layout or input method still matches.
    return unicodedata.normalize("NFKC", pin).encode("utf-8")


def check_policy(pin: str) -> None:
    """Raise :class:`PinPolicyError` unless ``pin`` may be set as a new PIN."""
    length = len(unicodedata.normalize("NFKC", pin))
    if length < MIN_LENGTH:
        raise PinPolicyError("pin_too_short")
    if length > MAX_LENGTH:
        raise PinPolicyError("pin_too_long")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4), validate=True)


def _derive(pin: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    return hashlib.scrypt(_normalize(pin), salt=salt, n=n, r=r, p=p, dklen=length,
                          maxmem=_MAXMEM)


def hash_pin(pin: str) -> str:
    """A new salted hash of ``pin`` (checks the policy first).

    Raises:
        PinPolicyError: the PIN is too short or too long.
    """
    check_policy(pin)
    salt = secrets.token_bytes(SALT_BYTES)
    key = _derive(pin, salt, N, R, P, KEY_BYTES)
    return f"{SCHEME}${N}${R}${P}${_b64(salt)}${_b64(key)}"


def _parse(stored: str) -> tuple[int, int, int, bytes, bytes] | None:
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != SCHEME:
        return None
    try:
        n, r, p = (int(x) for x in parts[1:4])
        salt, key = _unb64(parts[4]), _unb64(parts[5])
    except (ValueError, binascii.Error):
        return None
    if not (1 < n <= _MAX_N and n & (n - 1) == 0 and 0 < r <= _MAX_R
            and 0 < p <= _MAX_P and 128 * n * r * p < _MAXMEM):
        return None
    if len(salt) < 8 or not 16 <= len(key) <= 64:
        return None
    return n, r, p, salt, key


def verify_pin(pin: str, stored: str) -> bool:
    """True if ``pin`` matches ``stored``; False for a wrong PIN or a malformed hash."""
    parsed = _parse(stored)
    if parsed is None or len(pin) > 4 * MAX_LENGTH:
        return False
    n, r, p, salt, key = parsed
    return hmac.compare_digest(_derive(pin, salt, n, r, p, len(key)), key)


def needs_rehash(stored: str) -> bool:
    """True when ``stored`` was made with other parameters than the current ones."""
    parsed = _parse(stored)
    return parsed is None or parsed[:3] != (N, R, P) or len(parsed[4]) != KEY_BYTES


@functools.cache
def dummy_hash() -> str:
    """A hash no PIN is known for: checked against when the officer is unknown, so a
    refusal takes as long whether the id exists or not."""
    return hash_pin(secrets.token_urlsafe(24))
