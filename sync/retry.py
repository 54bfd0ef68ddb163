"""The retry schedule: capped exponential backoff with full jitter. Pure functions.

``delay = base + U(0, 1) * (min(cap, base * 2**attempt) - base)``: attempt 1 waits
1–2 s, attempt 2 1–4 s, … and from attempt 9 on anything between 1 s and the 300 s
cap (Couchbase Lite's ``maxAttemptWaitTime``; AWS "full jitter", which spreads
terminals that lost the link together). A ``Retry-After`` from the portal is a floor.
Retries never stop (research §7 G5); the caller persists ``attempt`` and the time of
the next attempt, so a restart honours them, and resets both after any success.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

BASE_S = 1.0
CAP_S = 300.0
MAX_RETRY_AFTER_S = 3600.0  # a server asking for more than an hour is not believed


def backoff_delay(attempt: int, *, retry_after: float | None = None,
                  base: float = BASE_S, cap: float = CAP_S,
                  rand: Callable[[], float] = random.random) -> float:
    """Seconds to wait before retry number ``attempt`` (1 = the first retry).

    Args:
        attempt: consecutive failures so far (values below 1 count as 1).
        retry_after: the server's ``Retry-After`` in seconds, if any (a floor).
        rand: a source of floats in [0, 1) (inject a fixed one in tests).
    """
    attempt = max(1, attempt)
    ceiling = min(cap, base * 2.0 ** min(attempt, 62))
    delay = base + rand() * max(0.0, ceiling - base)
    if retry_after is not None and retry_after > 0:
        delay = max(delay, min(retry_after, MAX_RETRY_AFTER_S))
    return delay


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """``Retry-After`` as seconds: delta-seconds or an HTTP date; None if absent/bad."""
    if not value:
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return max(0.0, (moment - (now or datetime.now(UTC))).total_seconds())
