"""UUIDv7 client ids: layout, order under a frozen or backward clock, timestamps."""

from __future__ import annotations

import threading
import uuid
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from borderdesk.core import ids

T0 = 1_767_225_600_000  # 2026-01-01T00:00:00Z in Unix milliseconds


@pytest.fixture
def fresh_clock_state(monkeypatch: pytest.MonkeyPatch) -> None:
    """Start from "no id made yet" and restore the process-wide state afterwards."""
    monkeypatch.setattr(ids, "_last_ms", -1)
    monkeypatch.setattr(ids, "_counter", 0)


def test_version_and_variant_bits() -> None:
    for _ in range(50):
        u = ids.uuid7()
        assert u.version == 7
        assert u.variant == uuid.RFC_4122
        assert (u.int >> 76) & 0xF == 7
        assert (u.int >> 62) & 0b11 == 0b10


def test_new_id_is_canonical_uuid7_string() -> None:
    text = ids.new_id()
    assert ids.is_uuid7(text)
    assert text == text.lower()
    assert len(text) == 36
    made = [ids.new_id() for _ in range(2000)]
    assert all(str(uuid.UUID(t)) == t and uuid.UUID(t).version == 7 for t in made)
    assert made == sorted(made) and len(set(made)) == len(made)  # time-ordered


@pytest.mark.parametrize(
    "text",
    [
        str(uuid.uuid4()),
        str(uuid.uuid1()),
        "",
        "not-a-uuid",
        None,
        7,
        "0190a8c6-7f10-7cce-8ad1-2b6e0c7c1a44".upper(),
        "0190a8c67f107cce8ad12b6e0c7c1a44",
        "{0190a8c6-7f10-7cce-8ad1-2b6e0c7c1a44}",
    ],
)
def test_is_uuid7_rejects(text: object) -> None:
    assert not ids.is_uuid7(text)  # type: ignore[arg-type]


def test_is_uuid7_accepts_canonical() -> None:
    assert ids.is_uuid7("0190a8c6-7f10-7cce-8ad1-2b6e0c7c1a44")


@pytest.mark.usefixtures("fresh_clock_state")
def test_timestamp_of_gives_the_creation_millisecond() -> None:
    u = ids.uuid7(now_ms=T0 + 123)
    assert ids.timestamp_of(str(u)) == datetime(
        2026, 1, 1, 0, 0, 0, 123_000, tzinfo=UTC
    )


@pytest.mark.usefixtures("fresh_clock_state")
def test_monotonic_under_a_frozen_clock() -> None:
    made = [ids.uuid7(now_ms=T0) for _ in range(3000)]
    assert [u.int for u in made] == sorted(u.int for u in made)
    assert len({u.int for u in made}) == len(made)
    assert all(u.version == 7 for u in made)
    # the counter may overflow into the next millisecond, never further than needed
    assert ids.timestamp_of(str(made[0])) == datetime(2026, 1, 1, tzinfo=UTC)


@pytest.mark.usefixtures("fresh_clock_state")
def test_monotonic_when_the_clock_steps_back() -> None:
    first = ids.uuid7(now_ms=T0 + 5_000)
    later = [ids.uuid7(now_ms=T0 + 5_000 - step) for step in range(1, 200)]
    sequence = [first, *later]
    assert [u.int for u in sequence] == sorted(u.int for u in sequence)
    assert len({u.int for u in sequence}) == len(sequence)
    # the id keeps the latest time seen rather than the stepped-back clock
    assert ids.timestamp_of(str(later[-1])) >= ids.timestamp_of(str(first))


@pytest.mark.usefixtures("fresh_clock_state")
def test_counter_overflow_moves_to_the_next_millisecond(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = ids.uuid7(now_ms=T0)
    monkeypatch.setattr(ids, "_counter", 0xFFF)
    after = ids.uuid7(now_ms=T0)
    assert after.int > before.int
    assert (after.int >> 64) & 0xFFF == 0
    assert ids.timestamp_of(str(after)) == datetime(
        2026, 1, 1, 0, 0, 0, 1000, tzinfo=UTC
    )


@pytest.mark.usefixtures("fresh_clock_state")
def test_a_new_millisecond_resets_the_counter_below_half() -> None:
    ids.uuid7(now_ms=T0)
    u = ids.uuid7(now_ms=T0 + 1)
    assert (u.int >> 64) & 0xFFF <= 0x7FF
    assert ids.timestamp_of(str(u)) == datetime(2026, 1, 1, 0, 0, 0, 1000, tzinfo=UTC)


def test_ids_made_in_threads_are_unique() -> None:
    made: list[str] = []
    lock = threading.Lock()

    def work() -> None:
        mine = [ids.new_id() for _ in range(500)]
        with lock:
            made.extend(mine)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(made)) == 4000


def _uuid7_by_the_uuid_module(text: object) -> bool:
    try:
        value = uuid.UUID(text)  # type: ignore[arg-type]
    except (ValueError, TypeError, AttributeError):
        return False
    return value.version == 7 and str(value) == text


_HEXISH = "0123456789abcdefABCDEF-{}urn:x "


@settings(max_examples=2000, deadline=None)
@given(st.one_of(
    st.uuids().map(str),
    st.uuids().map(lambda u: str(u)[:14] + "7" + str(u)[15:]),
    st.builds(lambda u, v: str(u)[:14] + "7" + str(u)[15:19] + v + str(u)[20:],
              st.uuids(), st.sampled_from("0123456789abcdefABCDEF")),
    st.text(_HEXISH, min_size=30, max_size=45),
    st.just(ids.new_id()).map(str.upper),
    st.just(ids.new_id()).map(lambda s: "{" + s + "}"),
    st.just(ids.new_id()).map(lambda s: s + "\n"),
    st.none(), st.integers(),
))
def test_is_uuid7_agrees_with_the_uuid_module(text: object) -> None:
    assert ids.is_uuid7(text) == _uuid7_by_the_uuid_module(text)  # type: ignore[arg-type]
