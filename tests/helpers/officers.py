"""Officers of every role for tests, and the command line's credentials for them.

``register(db)`` writes the officers straight into the officers table, with PIN hashes
computed once per test session (scrypt costs ~50 ms a hash) and no audit entry, so a
test's audit assertions see only what the test itself did. Through the command line
an officer signs in for real: :func:`credentials` gives the ``--officer`` option and
the ``BORDERDESK_PIN`` environment for the call.

Fixtures (imported by ``tests/conftest.py``):

- ``officers``: the officers registered in the ``db`` fixture's database.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from helpers.builders import NOW
from sqlite_utils import Database

from borderdesk.core import pin as pins
from borderdesk.core.model import Officer, OfficerRole
from borderdesk.storage.db import open_db
from borderdesk.storage.officers import OfficerStore

PIN_ENV = "BORDERDESK_PIN"


@dataclass(frozen=True, slots=True)
class TestOfficer:
    officer_id: str
    name: str
    role: OfficerRole
    pin: str
    disabled: bool = False

    __test__ = False  # not a test class, whatever pytest thinks of the name

    @property
    def officer(self) -> Officer:
        return Officer(self.officer_id, self.name, self.role, self.disabled)

    @property
    def argv(self) -> list[str]:
        """The command line's option naming this officer as the actor."""
        return ["--officer", self.officer_id]


ADMIN = TestOfficer("AD0001", "Phạm Quốc Bảo", OfficerRole.ADMIN, "112233")
SUPERVISOR = TestOfficer("GS0001", "Trần Thị Lan", OfficerRole.SUPERVISOR, "654321")
GUARD = TestOfficer("BP0123", "Nguyễn Văn Hùng", OfficerRole.GUARD, "123456")
GUARD2 = TestOfficer("BP0456", "Lê Thị Hoa", OfficerRole.GUARD, "135790")
DISABLED = TestOfficer("BP0999", "Đỗ Văn Khải", OfficerRole.SUPERVISOR, "999999",
                       disabled=True)
#: The builders' default crossing officer (``helpers.builders.crossing``), a guard.
OFFICER1 = TestOfficer("OFFICER1", "Võ Thị Mai", OfficerRole.GUARD, "246810")

ALL = (ADMIN, SUPERVISOR, GUARD, GUARD2, DISABLED, OFFICER1)
BY_ROLE = {OfficerRole.ADMIN: ADMIN, OfficerRole.SUPERVISOR: SUPERVISOR,
           OfficerRole.GUARD: GUARD}
UNKNOWN_ID = "XX0000"  # registered nowhere


@functools.cache
def pin_hash(pin: str) -> str:
    """One scrypt hash per PIN and test session."""
    return pins.hash_pin(pin)


def register(db: Database, officers: Iterable[TestOfficer] = ALL) -> None:
    """Add ``officers`` not there yet (no audit entry)."""
    store = OfficerStore(db)
    for o in officers:
        if store.get(o.officer_id) is None:
            store.add(o.officer, pin_hash(o.pin), now=NOW)


def register_in(path: Path, officers: Iterable[TestOfficer] = ALL) -> None:
    """:func:`register` in the database file at ``path`` (created if need be)."""
    db = open_db(path)
    try:
        register(db, officers)
    finally:
        db.close()


@contextlib.contextmanager
def credentials(officer: TestOfficer | None) -> Iterator[list[str]]:
    """While inside: the officer's PIN in ``BORDERDESK_PIN``; yields the options to
    add to the command line (nothing for None: no officer at all)."""
    with pytest.MonkeyPatch.context() as mp:
        if officer is None:
            mp.delenv(PIN_ENV, raising=False)
            yield []
        else:
            mp.setenv(PIN_ENV, officer.pin)
            yield officer.argv


@pytest.fixture
def officers(db: Database) -> tuple[TestOfficer, ...]:
    """Every test officer, registered in ``db``."""
    register(db)
    return ALL
