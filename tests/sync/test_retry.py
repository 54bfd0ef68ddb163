"""The retry schedule is a pure function: full jitter between 1 s and a doubling
ceiling capped at 300 s, Retry-After as a floor."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sync.retry import CAP_S, MAX_RETRY_AFTER_S, backoff_delay, parse_retry_after


@pytest.mark.parametrize(("attempt", "ceiling"), [
    (1, 2.0), (2, 4.0), (3, 8.0), (8, 256.0), (9, 300.0), (50, 300.0), (10_000, 300.0),
])
def test_the_ceiling_doubles_up_to_the_cap(attempt: int, ceiling: float) -> None:
    assert backoff_delay(attempt, rand=lambda: 0.0) == 1.0
    assert backoff_delay(attempt, rand=lambda: 1.0) == pytest.approx(ceiling)


def test_attempt_below_one_counts_as_the_first() -> None:
    assert backoff_delay(0, rand=lambda: 1.0) == backoff_delay(1, rand=lambda: 1.0) == 2.0


def test_jitter_spreads_the_delays() -> None:
    rng = random.Random(3)
    delays = [backoff_delay(12, rand=rng.random) for _ in range(2000)]
    assert 1.0 <= min(delays) < 10
    assert 290 < max(delays) <= CAP_S
    assert 130 < sum(delays) / len(delays) < 170  # uniform over [1, 300]


def test_retry_after_is_a_floor_not_a_ceiling() -> None:
    assert backoff_delay(1, retry_after=30, rand=lambda: 0.5) == 30
    assert backoff_delay(9, retry_after=3, rand=lambda: 1.0) == 300
    assert backoff_delay(1, retry_after=10**9, rand=lambda: 0.0) == MAX_RETRY_AFTER_S
    assert backoff_delay(1, retry_after=0, rand=lambda: 0.0) == 1.0


@given(st.integers(min_value=-5, max_value=10**6), st.floats(0, 0.999999),
       st.none() | st.floats(0, 10**7))
def test_always_within_bounds(attempt: int, r: float, retry_after: float | None) -> None:
    delay = backoff_delay(attempt, retry_after=retry_after, rand=lambda: r)
    assert 1.0 <= delay <= max(CAP_S, min(retry_after or 0, MAX_RETRY_AFTER_S))


def test_parse_retry_after() -> None:
    now = datetime(2026, 3, 10, 4, 0, tzinfo=UTC)
    assert parse_retry_after("120") == 120.0
    assert parse_retry_after(" 7 ") == 7.0
    assert parse_retry_after(format_datetime(now + timedelta(seconds=90), usegmt=True),
                             now) == 90.0
    assert parse_retry_after(format_datetime(now - timedelta(seconds=90), usegmt=True),
                             now) == 0.0
    for bad in (None, "", "soon", "-5", "1.5"):
        assert parse_retry_after(bad, now) is None
