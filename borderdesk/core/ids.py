"""Time-ordered client ids: UUID version 7 (RFC 9562).

Python gains ``uuid.uuid7`` only in 3.14; this is the RFC's layout with the 12-bit
``rand_a`` field used as a counter (RFC 9562 section 6.2, method 1), so ids made in one
process are strictly increasing even within one millisecond or when the clock steps back.
"""

from __future__ import annotations

import os
import re
import threading
import time
import uuid
from datetime import UTC, datetime

_UUID7 = re.compile(
    r"[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", re.ASCII)
_lock = threading.Lock()
_last_ms = -1
_counter = 0


def _uuid7_int(now_ms: int | None) -> int:
    global _last_ms, _counter
    with _lock:
        ms = time.time_ns() // 1_000_000 if now_ms is None else now_ms
        if ms > _last_ms:
            _last_ms = ms
            _counter = int.from_bytes(os.urandom(2)) & 0x7FF  # leave room to count up
        else:  # same millisecond, or the clock went back: keep order by counting
            _counter += 1
            if _counter > 0xFFF:
                _last_ms += 1
                _counter = 0
        ms, counter = _last_ms, _counter
    rand_b = int.from_bytes(os.urandom(8)) & ((1 << 62) - 1)
    return (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | counter << 64 | 0b10 << 62 | rand_b


def uuid7(now_ms: int | None = None) -> uuid.UUID:
    """A new UUIDv7; ``now_ms`` (Unix milliseconds) is for tests."""
    return uuid.UUID(int=_uuid7_int(now_ms))


def new_id() -> str:
    """A new UUIDv7 as its canonical string (the form stored and sent), written
    straight from the number (``str(uuid7())`` without the object: one per save)."""
    h = f"{_uuid7_int(None):032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def is_uuid7(text: str) -> bool:
    """True when ``text`` is the canonical string of a version-7 UUID (lower-case hex,
    hyphens, version nibble 7, RFC 9562 variant ``10``): exactly the strings for which
    ``uuid.UUID(text)`` has version 7 and prints back as ``text``."""
    return isinstance(text, str) and _UUID7.fullmatch(text) is not None


def timestamp_of(text: str) -> datetime:
    """The creation time carried in a UUIDv7 string."""
    ms = uuid.UUID(text).int >> 80
    return datetime.fromtimestamp(ms / 1000, tz=UTC)
