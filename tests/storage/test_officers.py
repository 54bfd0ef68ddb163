"""OfficerStore: the officers table (rows only; the rules are AuthService's)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from helpers.builders import NOW
from sqlite_utils import Database

from borderdesk.core.model import Officer, OfficerRole
from borderdesk.storage.db import write_transaction
from borderdesk.storage.errors import StorageError
from borderdesk.storage.officers import OfficerExists, OfficerStore

HASH = "scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$" + "A" * 43


@pytest.fixture
def store(db: Database) -> OfficerStore:
    return OfficerStore(db)


def _hung() -> Officer:
    return Officer("BP0123", "Nguyễn Văn Hùng", OfficerRole.GUARD)


def test_add_and_get(store: OfficerStore) -> None:
    assert store.count() == 0
    store.add(_hung(), HASH, now=NOW)
    record = store.get("BP0123")
    assert record is not None
    assert record.officer == _hung()
    assert record.pin_hash == HASH
    assert (record.failed_attempts, record.locked_until) == (0, None)
    assert record.created_at == record.updated_at == "2026-03-10T04:00:00.000000+00:00"
    assert store.count() == 1
    assert store.get("nobody") is None


def test_ids_are_found_in_any_case(store: OfficerStore) -> None:
    role: str = "guard"  # as read from a row: the constructor takes the text too
    store.add(Officer(" bp0123 ", "Nguyễn Văn Hùng", role), HASH,  # type: ignore[arg-type]
              now=NOW)
    record = store.get("bp0123")
    assert record is not None
    assert record.officer.officer_id == "BP0123"
    assert record.officer.role is OfficerRole.GUARD


def test_an_id_is_taken_once(store: OfficerStore) -> None:
    store.add(_hung(), HASH, now=NOW)
    with pytest.raises(OfficerExists) as info:
        store.add(Officer("bp0123", "Someone Else", OfficerRole.ADMIN), HASH, now=NOW)
    assert info.value.code == "officer_exists"
    assert store.get("BP0123").officer.name == "Nguyễn Văn Hùng"  # type: ignore[union-attr]


def test_all_by_id(store: OfficerStore) -> None:
    store.add(Officer("GS0001", "Trần Thị Lan", OfficerRole.SUPERVISOR), HASH, now=NOW)
    store.add(_hung(), HASH, now=NOW)
    assert [o.officer_id for o in store.all()] == ["BP0123", "GS0001"]


def test_attempts_and_lockout_round_trip(store: OfficerStore) -> None:
    store.add(_hung(), HASH, now=NOW)
    later = NOW + timedelta(minutes=1)
    until = later + timedelta(minutes=15)
    store.set_attempts("bp0123", 5, until, now=later)
    record = store.get("BP0123")
    assert record is not None
    assert (record.failed_attempts, record.locked_until) == (5, until)
    assert record.updated_at > record.created_at
    assert record.locked_at(later)
    assert not record.locked_at(until)
    store.set_attempts("BP0123", 0, None, now=later)
    record = store.get("BP0123")
    assert record is not None
    assert record.locked_until is None
    assert not record.locked_at(later)


def test_disable_and_rekey(store: OfficerStore) -> None:
    store.add(_hung(), HASH, now=NOW)
    store.set_disabled("BP0123", True, now=NOW)
    store.set_pin_hash("BP0123", HASH.replace("A", "B"), now=NOW)
    record = store.get("BP0123")
    assert record is not None
    assert record.officer.disabled
    assert record.pin_hash.endswith("B" * 43)
    assert [o.disabled for o in store.all()] == [True]


def test_updating_an_unknown_officer_raises(store: OfficerStore) -> None:
    with pytest.raises(KeyError):
        store.set_disabled("NOBODY", True, now=NOW)


def test_the_table_refuses_an_unknown_role(db: Database) -> None:
    with pytest.raises(StorageError, match="CHECK constraint"), write_transaction(db):
        db.conn.execute(
            "INSERT INTO officers (officer_id, name, role, pin_hash, created_at,"
            " updated_at) VALUES ('X1', 'x', 'chief', 'h', 'now', 'now')")
